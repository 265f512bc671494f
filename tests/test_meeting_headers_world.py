"""Front pages in the styles of councils that no gold file covers (an Australian shire, a New
Zealand district, a Scottish council, a Welsh community council printed in two languages, an Irish
county council, a Canadian township, US county boards, school districts, city councils and
townships, a licensing board's voting agenda, a ModernGov decisions page, a summons carrying
earlier minutes): council, body, date and document type as a clerk reads them. Invented snippets,
no real council's text."""

from __future__ import annotations

from datetime import date

import pytest

from minutes_miner.meeting import classify_document, find_body, find_council, find_meeting_date


def _meeting(text: str) -> tuple[str | None, str | None, date | None, str]:
    doc_type = classify_document(text)
    council, hint = find_council({}, text, doc_type)
    return council, find_body(text[:3000], council, hint), find_meeting_date(text, None, council, doc_type), doc_type


WORLD_HEADERS = [
    (  # Australian shire
        "ELMWOOD SHIRE COUNCIL\nMINUTES OF THE ORDINARY MEETING OF COUNCIL\nHELD AT THE COUNCIL CHAMBERS, ELMWOOD\n"
        "ON WEDNESDAY 15 MARCH 2023 COMMENCING AT 9.00AM\nPRESENT: Cr J Smith (Mayor), Cr A Brown\n",
        ("Elmwood Shire Council", "Council", date(2023, 3, 15), "minutes"),
    ),
    (  # New Zealand district
        "Elmwood District Council\nMinutes of the Ordinary Council Meeting held in the Council Chamber, 10 High Street, Elmwood "
        "on Thursday 27 April 2023 at 1.00pm\nPresent: His Worship the Mayor, Crs Black, White\n",
        ("Elmwood District Council", "Council", date(2023, 4, 27), "minutes"),
    ),
    (  # Scottish council committee
        "THE ELMWOOD COUNCIL\nMINUTES of MEETING of the ENVIRONMENT AND HOUSING COMMITTEE held in the COUNCIL CHAMBERS, ELMWOOD "
        "on THURSDAY 8 JUNE 2023 at 10.00am\nPresent: Councillor A Stewart\n",
        ("The Elmwood Council", "Environment and Housing Committee", date(2023, 6, 8), "minutes"),
    ),
    (  # Welsh community council, Welsh name first
        "CYNGOR CYMUNED ELMWOOD COMMUNITY COUNCIL\nMinutes of the meeting of Elmwood Community Council held on Tuesday 9th May 2023 "
        "at 7pm in the Village Hall\nPresent: Cllr Jones (Chair)\n",
        ("Elmwood Community Council", "Elmwood Community Council", date(2023, 5, 9), "minutes"),
    ),
    (  # Irish county council, Irish name over the English
        "Comhairle Contae Elmwood\nElmwood County Council\nMinutes of the Monthly Meeting of Elmwood County Council held in the "
        "Council Chamber on Monday 22nd May 2023 at 2.00 p.m.\nPresent: Cathaoirleach Cllr M. Murphy\n",
        ("Elmwood County Council", "Council", date(2023, 5, 22), "minutes"),
    ),
    (  # Canadian township
        "THE CORPORATION OF THE TOWNSHIP OF ELMWOOD\nREGULAR COUNCIL MEETING MINUTES\nTuesday, June 13, 2023\n7:00 p.m.\n"
        "Present: Reeve Smith, Deputy Reeve Brown\n",
        ("Township of Elmwood", "Council", date(2023, 6, 13), "minutes"),
    ),
    (  # US county board of supervisors
        "ELMWOOD COUNTY BOARD OF SUPERVISORS\nMINUTES OF THE REGULAR MEETING\nTuesday, June 13, 2023\n"
        "The Board of Supervisors met in regular session at 9:00 a.m.\nPresent: Supervisors Smith, Jones\n",
        ("Elmwood County", "Board of Supervisors", date(2023, 6, 13), "minutes"),
    ),
    (  # US county commissioners under a county letterhead
        "Elmwood County\nBoard of Commissioners\nRegular Meeting Minutes\nJune 13, 2023\nPresent: Commissioners Smith, Jones\n",
        ("Elmwood County", "Board of Commissioners", date(2023, 6, 13), "minutes"),
    ),
    (  # US school district
        "ELMWOOD UNIFIED SCHOOL DISTRICT\nBOARD OF EDUCATION\nREGULAR MEETING MINUTES\nJune 13, 2023\n"
        "CALL TO ORDER: President Smith called the meeting to order at 6:00 p.m.\n",
        ("Elmwood Unified School District", "Board of Education", date(2023, 6, 13), "minutes"),
    ),
    (  # US school board named after its district
        "Minutes of the Meeting of the Board of Trustees of Elmwood Independent School District\nJune 13, 2023\nPresent: Trustees Smith and Jones\n",
        ("Elmwood Independent School District", "Board of Trustees", date(2023, 6, 13), "minutes"),
    ),
    (  # US city council: the city is the authority, its City Council a body of it
        "ELMWOOD CITY COUNCIL\nREGULAR MEETING\nJUNE 13, 2023\nThe regular meeting of the Elmwood City Council was called to order "
        "at 7:00 p.m. by Mayor Smith.\nROLL CALL: Councilmembers Brown, Jones\n",
        ("City of Elmwood", "City Council", date(2023, 6, 13), "minutes"),
    ),
    (  # US township named two ways: the letterhead's form yields to the one the papers use
        "State of Elmshire\nCounty of Oakdale\nTown of Elmwood\nELMWOOD TOWNSHIP BOARD OF TRUSTEES MEETING\nMarch 9, 2022\n"
        "The regular meeting of the Elmwood Township Board of Trustees was called to order by Supervisor Grey at 7:00 PM.\n"
        "Pledge of Allegiance was given to the flag. Elmwood Township Clerk Green was present.\n",
        ("Elmwood Township", "Board of Trustees", date(2022, 3, 9), "minutes"),
    ),
    (  # a township's electors' meeting under a 'X Township' letterhead
        "State of Elmshire\nCounty of Oakdale\nElmwood Township\nELMWOOD TOWNSHIP ANNUAL TOWN HALL MEETING\nTuesday April 9, 2024\n"
        "The Elmwood Township Annual Town Hall Meeting was called to order by Clerk Green at 7:00 PM.\n",
        ("Elmwood Township", "Annual Town Hall Meeting", date(2024, 4, 9), "minutes"),
    ),
    (  # a decorated 'meeting report' heading and a 'Summary of' title under a US city's notice
        "*** ELMWOOD CITY COUNCIL MEETING REPORT ***\nThe City Council took the following action on items listed in the attached meeting\n"
        "agenda summary. Copies may be obtained from the City Clerk's Office.\nSUMMARY OF ELMWOOD CITY COUNCIL MEETING\n"
        "City Hall, Council Chambers\n400 Main Street\nElmwood, Iowa 50309\nJanuary 14, 2022\n7:30 AM\n"
        "22-0073 1. ROLL CALL: Present: Grey, Brown and Green. Moved by Grey to adopt. Motion Carried 3-0.\n",
        ("City of Elmwood", "City Council", date(2022, 1, 14), "minutes"),
    ),
]


@pytest.mark.parametrize("text, expected", WORLD_HEADERS)
def test_front_pages_of_councils_no_gold_covers(text, expected):
    assert _meeting(text) == expected


def test_an_antipodean_city_council_is_the_authority_itself():
    """'Nelson City Council' in New Zealand is the authority: its full meeting is 'Council'."""
    text = "Minutes of a meeting of the Elmwood City Council\nHeld in the Council Chamber\nOn Thursday 20 June 2019\nPresent: Her Worship the Mayor, Cr Black\n"
    assert _meeting(text)[:2] == ("Elmwood City Council", "Council")


VOTING_AGENDA = (
    "City of Elmwood\nMayor A. Grey\nLicensing Board\nCommissioners:\nJ. Brown, Chairman\nK. Green\nL. White\nExecutive Secretary:\nM. Black\n"
    "Voting Hearing Agenda\nJanuary 5, 2023\n(all commissioners present)\nPremise Inspection Hearing on Tuesday, January 3, 2023\n"
    "1. Elm Bar, LLC\nLocation: 1 Elm St\nDate: 01/08/2022\nNotice: Patron on patron assault.\nNo Violation\n"
    "2. Oak Cafe, LLC\nHas applied for a Common Victualler License.\nGranted\n"
    "3. Ash Diner, Inc.\nHas applied to change the manager of record.\nGranted\n"
    "4. Birch Tavern\nNotice: Overcapacity.\nDeferred to determine the availability of more video evidence\n"
)


def test_a_boards_voting_agenda_that_records_outcomes_is_a_decision_notice_of_its_title_date():
    assert _meeting(VOTING_AGENDA) == ("City of Elmwood", "Licensing Board", date(2023, 1, 5), "decision_notice")


def test_an_agenda_of_business_to_come_stays_an_agenda():
    agenda = "City of Elmwood\nLicensing Board\nHearing Agenda\nJanuary 5, 2023\n1. Elm Bar, LLC\nHas applied for a Common Victualler License.\n2. Oak Cafe\n"
    assert classify_document(agenda) == "agenda"


def test_a_date_under_an_item_is_not_the_papers_date():
    """A committee page that lists its members and goes straight into its items prints no date of its
    own: 'Minutes of the Meeting Held on 26 March 2024' is an item approving earlier minutes."""
    text = (
        "Overview Committee\n\nCommittee Members:\n\nCouncillors Grey (Chairman), Brown, Green\n\n19. Apologies for Absence\n\n"
        "Apologies were received from Councillor White.\n\n20. Notification of Substitute Members\n\nThere were none.\n\n"
        "21. Urgent Items\n\nThere were no urgent items.\n\n22. Disclosures by Members\n\nThere were none.\n\n"
        "26. Minutes of the Meeting Held on 26 March 2024\n\n"
        "RESOLVED: That the Minutes be approved as a correct record.\n"
    )
    assert find_meeting_date(text, None, "Elmford Borough Council", "minutes") is None


SUMMONS_WITH_MINUTES = (
    "Elmford Council\nAudit Committee\nMembership:\nCouncillors:\nA. Grey\nB. Brown\nA meeting of the Audit Committee will be held:\n"
    "Date: 22 October 2009\nTime: 19:15\nVenue: Committee Room\n\nAudit Committee\n22 October 2009\n1. Declarations of interest\n"
    "2. Minutes of the meeting held on 24 September 2009\n3. Internal audit progress report\n\n"
    "24 SEPTEMBER 2009\n(19:15 TO 19:25)\nPRESENT: A. Grey (Chairman), Councillor B. Brown.\n"
    "1 DECLARATIONS OF INTEREST\nNone.\n2 INTERNAL AUDIT\nRESOLVED: That the Committee notes the report.\n"
)


def test_minutes_carried_under_a_summons_take_their_own_meetings_date():
    assert find_meeting_date(SUMMONS_WITH_MINUTES, None, "Elmford Council", "minutes") == date(2009, 9, 24)


def test_minutes_that_announce_their_next_meeting_keep_their_own_date():
    """No summons or covering letter opens the paper: its own date stands, whatever it quotes."""
    text = (
        "Elmford Parish Council\nMinutes of the meeting held on 12 November 2019\n\n1 Minutes\n"
        "The minutes of the meeting held on 8 October 2019 were approved.\n\n8 October 2019\nPRESENT: Cllrs Grey and Brown\n"
        "The next meeting will be held on 10 December 2019.\n"
    )
    assert find_meeting_date(text, None, "Elmford Parish Council", "minutes") == date(2019, 11, 12)


def test_a_moderngov_decisions_page_is_a_decision_notice():
    text = (
        "Decisions\nCabinet\nTuesday, 13th June, 2023 10.00 am\nDecisions published: 14/06/2023\nEffective from: 21/06/2023\nDecisions:\n5. Budget monitoring\n"
    )
    assert _meeting(text)[1:] == ("Cabinet", date(2023, 6, 13), "decision_notice")


def test_a_council_named_only_by_its_acronym_is_written_out():
    """A panel's minutes that say 'KCC' once and 'Kent' throughout are Kent County Council's; an
    acronym defined in brackets ('Integrated Care Board (ICB)') and numbered headings ('Item 2')
    are not read as one."""
    text = (
        "CORPORATE PARENTING PANEL – 10th December 2024\nMINUTES of the meeting held in the Darent Room, Sessions House.\n"
        "PRESENT: A Grey (Chair), B Brown\nApologies and Substitutes\n(Item 1)\nApologies were received from C Green.\n"
        "Integrated Care Board (IBC) Annual Report\n(Item 2)\nThe Panel heard about children in care in Elmshire, and Elmshire's "
        "foster carers. Members asked how Elmshire compared with its neighbours; ECC officers would report back on Elmshire placements.\n"
    )
    council, _ = find_council({}, text)
    assert council == "Elmshire County Council"


def test_a_town_councils_papers_naming_a_city_council_by_acronym_name_no_council():
    text = (
        "Amenities Committee Minutes | Tuesday 13th March 2018\nAmenities Committee\nTuesday 13th March 2018\n"
        "Present: Cllrs Grey (Chairman), Brown\nUnder the Town Council Standing Orders the Town Clerk advised the Committee.\n"
        "Elm in Bloom: BCC would fund the Elm in Bloom planters; Elm in Bloom volunteers thanked.\n"
    )
    assert find_council({}, text)[0] is None


def test_a_committee_that_titles_itself_twice_is_the_body_even_without_a_body_noun():
    text = (
        "Amenities, Leisure and Community Services Minutes | Tuesday 13th March 2018\nAmenities, Leisure and Community Services\n"
        "Tuesday 13th March 2018\nElm Town Hall\nPresent:\nCllrs Grey (Chairman), Brown and White.\n"
    )
    assert find_body(text, None) == "Amenities, Leisure and Community Services"


def test_a_numbered_place_still_outnumbers_a_heading_word_that_shares_its_initial():
    """A budget appendix that heads a numbered row with 'Elmshire' and names it throughout: 'Estate
    Review' (a heading, three times) is not the place that 'ECC' stands for. No council is better
    than 'Estate County Council'; where the place is never numbered it is still read."""
    rows = "".join(f"Elmshire {name} scheme: ECC funding agreed.\n" for name in ("Arena", "Harbour", "Library", "Market", "Museum", "Park", "Pier"))
    reviews = "".join(f"Estate Review {n}: ECC holds the asset.\n" for n in ("A", "B", "C"))
    numbered = "APPENDIX F: BUDGET SPENDING\nElmshire 2.3 4.1 0.8\n" + rows + reviews
    assert find_council({}, numbered, "report")[0] is None
    assert find_council({}, "APPENDIX F: BUDGET SPENDING\n" + rows + reviews, "report")[0] == "Elmshire County Council"


@pytest.mark.parametrize(
    ("letterhead", "council"),
    [
        ("DISTRICT COUNCIL OF ELM FLATS", "District Council of Elm Flats"),
        ("The Regional Council of Ashgrove", "Regional Council of Ashgrove"),
        ("Municipal Council of Birch Downs", "Municipal Council of Birch Downs"),
    ],
)
def test_a_south_australian_council_named_kind_first_heads_its_papers(letterhead, council):
    """South Australian councils name themselves kind first ('District Council of Mount Barker',
    'Regional Council of Goyder', 'Municipal Council of Roxby Downs'): the letterhead is the council."""
    text = f"{letterhead}\n\nMINUTES OF THE ORDINARY MEETING OF COUNCIL HELD IN THE COUNCIL CHAMBER ON MONDAY 20 OCTOBER 2025\nPRESENT: Mayor A Grey, Crs Brown, White\n"
    assert _meeting(text)[:3] == (council, "Council", date(2025, 10, 20))


def test_a_district_council_of_in_a_title_sentence_is_no_letterhead():
    """'the District Council of Elm' inside a title sentence is no heading line of its own; a
    council named place first is read as before."""
    assert find_council({}, "Minutes of the meeting of the District Council of Elm held on 3 March 2025\nPresent: Cllrs Grey, Brown\n")[0] is None
    assert find_council({}, "ELMSHIRE DISTRICT COUNCIL\nMinutes of the Licensing Committee held on 3 March 2025\n")[0] == "Elmshire District Council"
