"""Meeting metadata: council, body, date and document type, read like a clerk reads a front page."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import SHARED, extracted, needs_shared

from minutes_miner.meeting import (
    classify_document,
    find_body,
    find_council,
    find_meeting_date,
    normalise_body,
    parse_council_line,
)

DEVPOOL = SHARED / "corpus" / "devpool"


# --- the collector's COUNCIL: line ------------------------------------------------------------


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Town of Aurora (Ontario) Council", ("Town of Aurora", "Council")),
        ("Arun District Council - Full Council (agenda item minutes)", ("Arun District Council", "Full Council")),
        ("Town of North Star (St. Louis County, Minnesota) Town Board", ("Town of North Star", "Town Board")),
        ("London Borough of Harrow - Cabinet / Leader decision", ("London Borough of Harrow", "Cabinet")),
        ("Llandovery Town Council / Cyngor Tref Llanymddyfri (Carmarthenshire)", ("Llandovery Town Council", "Cyngor Tref Llanymddyfri")),
        (
            "Southend-on-Sea Borough Council (now City Council) - committee meeting, agenda and minutes",
            ("Southend-on-Sea Borough Council", "committee meeting, agenda and minutes"),
        ),
        ("Bournemouth, Christchurch and Poole Council", ("Bournemouth, Christchurch and Poole Council", None)),
    ],
)
def test_council_line_split_into_council_and_body_hint(line, expected):
    assert parse_council_line(line) == expected


def test_council_line_that_names_no_authority_gives_no_council():
    council, _ = parse_council_line("School governing body, Shrivenham Road, Highworth (Wiltshire/Swindon) - Full Governing Body")
    assert council is None


def test_descriptive_hint_is_not_a_body():
    council, hint = parse_council_line("Southend-on-Sea Borough Council (now City Council) - committee meeting, agenda and minutes (committee name not shown)")
    assert find_body("Agenda and minutes\nVenue: Committee Room 1 - Civic Suite.\n", council, hint) is None


# --- council from the page itself ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("KENT COUNTY COUNCIL\nCOUNTY COUNCIL\nMINUTES of a meeting of the County Council held on 9 January 2025.", "Kent County Council"),
        ("Merton Council\nAudit Committee\nMembership:\n", "Merton Council"),
        ("MINUTES OF THE REGULAR MEETING\nOF THE\nCIVIL SERVICE BOARD OF THE CITY OF ALAMEDA\n", "City of Alameda"),
        ("MINUTES OF PROCEEDINGS AT SPECIAL MEETING OF LIMERICK CITY AND COUNTY COUNCIL\nHELD IN THE COUNCIL CHAMBER", "Limerick City and County Council"),
        ("Minutes of Stoke Ferry Annual Parish Council Meeting held in The Community Centre", "Stoke Ferry Parish Council"),
        ("City of Boston\nMayor Michelle Wu\nLicensing Board\n", "City of Boston"),
    ],
)
def test_council_from_letterhead_and_title(text, expected):
    assert find_council({}, text)[0] == expected


def test_not_a_name_that_merely_ends_in_council():
    assert find_council({}, "The report goes to the March County Council for decision.\n")[0] is None
    assert find_council({}, "Minutes of the Regular City Council Meeting\n")[0] is None


def test_town_council_minutes_naming_the_city_council_twice_stay_without_council():
    text = (
        "Amenities, Leisure and Community Services\nTuesday 13th March 2018\nPresent:\nCllr A Smith (Chair)\nCllr B Jones\n"
        "Cllr C Brown\nCllr D Green\nIn attendance: the Town Clerk\n1. Apologies\nNone.\n2. Community grants\n"
        "Birmingham City Council has agreed the grant. Birmingham City Council will report back.\n"
    )
    assert find_council({}, text)[0] is None


@needs_shared
def test_minutes_without_letterhead_take_the_council_they_name_throughout():
    limerick = next((SHARED / "corpus" / "formats").rglob("limerick_metropolitan_district_minutes_2020-02-17.md"))
    doc = extracted(str(limerick)).document
    assert (doc.council, doc.body, doc.meeting_date) == ("Limerick City and County Council", "Metropolitan District of Limerick", "2020-02-17")


@needs_shared
def test_a_consultation_response_does_not_take_the_council_it_answers():
    response = next((SHARED / "corpus" / "formats").rglob("horsley_pc_response_barton_end_*.pdf"))
    doc = extracted(str(response)).document
    # its author, titled 'Response from Horsley Parish' / 'Council' (read as one name since session 36; None before), not Stroud
    # District Council, the addressee it names four times
    assert doc.doc_type == "other" and doc.council == "Horsley Parish Council"


# --- body ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("raw", ["Cabinet meeting", "CABINET", "Kent County Council Cabinet", "the Cabinet"])
def test_one_body_one_name(raw):
    assert normalise_body(raw, "Kent County Council") == "Cabinet"


@pytest.mark.parametrize(
    "raw, council, expected",
    [
        ("Parish Council Meeting", "Allington Parish Council", "Allington Parish Council"),
        ("Extra-ordinary meeting of Glentworth Parish Council", "Glentworth Parish Council", "Glentworth Parish Council"),
        ("Monthly Meeting of Council", "Lisburn & Castlereagh City Council", "Council"),
        ("Barcoo Shire Council", "Barcoo Shire Council", "Council"),
        ("Dyfed Powys Police and Crime Panel", "Dyfed-Powys Police and Crime Panel", "Dyfed-Powys Police and Crime Panel"),
        ("Town Board of the Town of Enfield", "Town of Enfield", "Town Board"),
        ("Gilchrist County Board of County Commissioners", "Gilchrist County", "Board of County Commissioners"),
        ("Rivergrove City Council", "City of Rivergrove", "City Council"),
        ("Annual General Meeting of the West Dunbartonshire Community Council Forum", "West Dunbartonshire Community Council Forum", "Annual General Meeting"),
        ("Annual Parish Meeting", "Ludford Parish Council", "Annual Parish Meeting"),
        ("FULL COUNCIL MEETING", "Chinnor Parish Council", "Full Council"),
        ("Full Council", "Arun District Council", "Council"),
        ("Planning Committee Meeting of the Parish Council", "Chinnor Parish Council", "Planning Committee"),
        ("Council Meeting of the Llanedi Community Council", "Llanedi Community Council", "Llanedi Community Council"),
        ("Municipal District of Castlecomer", "Kilkenny County Council", "Municipal District of Castlecomer"),
        ("First Meeting of the Eketahuna Community Board following the triennial general election", "Tararua District Council", "Eketahuna Community Board"),
    ],
)
def test_body_normalised_by_the_gold_conventions(raw, council, expected):
    assert normalise_body(raw, council) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "Leader of the Council",
        "Amanda Beer, Chief Executive",
        "Draft",
        "Signing of the Minutes",
        "Request approval to transfer \\$3980.33 from savings",
        "Provisional",
    ],
)
def test_roles_sentences_and_title_words_are_not_bodies(raw):
    assert normalise_body(raw, "Kent County Council") is None


def test_collectors_body_beats_a_title_that_only_names_the_authority():
    council, hint = parse_council_line("Cairngorms National Park Authority - Board")
    text = "CAIRNGORMS NATIONAL PARK AUTHORITY MINUTES OF THE BOARD MEETING held at The Gordon Hotel on 10 October 2003\n"
    assert find_body(text, council, hint) == "Board"


def test_report_addressed_to_a_body():
    text = "From: Oliver Richardson, Armed Forces Champion\nAmanda Beer, Chief Executive\nTo: Full Council\nDate: 13 March 2025\n"
    assert find_body(text, "Kent County Council") == "Council"  # a principal council's full meeting


def test_report_to_a_meeting_with_its_date():
    assert find_body("By: Anna Taylor, Scrutiny Research Officer\nTo: Cabinet - 4 March 2025\n", "Kent County Council") == "Cabinet"


def test_moderngov_heading_over_the_date():
    text = "Agenda and draft minutes\nCumbria Health and Wellbeing Board\nThursday, 18th April, 2019 10.00 am\nVenue: Council Chamber\n"
    assert find_body(text, "Cumbria County Council") == "Cumbria Health and Wellbeing Board"


def test_named_body_beats_an_ordinary_meeting_title():
    text = "Minutes of AGM 2025 of West Clare Municipal District\nLocation: Held in the Council Chamber\nOn: Friday 27th June, 2025\n"
    assert find_body(text, "Clare County Council") == "West Clare Municipal District"


def test_parish_minutes_without_a_body_are_the_councils_own_meeting():
    text = "Minutes\nPresent: Cllr A Smith (Chair), Cllr B Jones\nApologies: none\n"
    assert find_body(text, "Gaydon Parish Council") == "Gaydon Parish Council"
    assert find_body(text, "Bolsover District Council") is None  # a principal council's committee is not guessed


# --- date ----------------------------------------------------------------------------------------


def test_date_of_the_meeting_not_of_minutes_approved():
    text = (
        "Minutes of the meeting of Cornforth Parish Council which was held in the Community Centre, at 7.00pm on Monday 14th April 2014.\n"
        "3. MINUTES\nThe Minutes of the meeting held on 10th March 2014 were agreed as a true record.\n"
    )
    assert find_meeting_date(text) == date(2014, 4, 14)


@pytest.mark.parametrize(
    "text",
    [
        "Declarations of Interest\nThat the minutes of the meeting held on 15 May 2020 be taken as read and signed as a correct record.\n",
        "Minutes\nTo consider the minutes of the last meeting held on 19th June 2023.\n",
        "Planning Committee\nMinutes approved on 12 June 2023\n",
        "Agenda item\nMinutes\nTo approve as a correct record the Minutes of the Meeting of the Council held on 14 July 2021, which are attached.\n",
        "1 TOWN OF SMITHERS Minutes of the Regular Meeting of Council held in Council Chambers\n2 Page ITEMS MADE PUBLIC THAT Report ADM dated February 4, 2002\n",
    ],
)
def test_page_without_its_own_date_gets_none(text):
    assert find_meeting_date(text) is None


def test_meeting_date_announced_under_a_letter_date():
    text = (
        "3rd February, 2015\n\nTO ALL MEMBERS OF DONEGAL COUNTY COUNCIL\n\nThe Adjourned January Meeting of Donegal County Council, will be held on\n"
        "Monday 9th February, 2015 at 2.30pm, in the County House\n"
    )
    assert find_meeting_date(text) == date(2015, 2, 9)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1 Squamish-Lillooet Regional District Board Minutes November 23 and 24, 2016; 10:30 AM SLRD Boardroom", date(2016, 11, 23)),
        ("Reference Number :-2128\nDate :-2011/12/14\nDecision Maker :-Cabinet\n", date(2011, 12, 14)),
        ("HELD THIS 22nd DAY OF MAY, 2014 AT 5:30PM\nPRESENT: Mayor Knudson\n", date(2014, 5, 22)),
        ("COMMUNITY COUNCIL\nA meeting of the Community Council was held Tuesday night February the 6th 2018 at 7.30pm\n", date(2018, 2, 6)),
        ("CONFIRMED MINUTES – GENERAL MEETING, 17 MAY 2017 ETHERIDGE SHIRE COUNCIL", date(2017, 5, 17)),
        (
            "DRAFT MINUTES ONLY 1006 Stannington Parish Council David Hall MA., PGC., B.Eng (Hons) – Clerk to the Council 2 Monmouth Court "
            "Widdrington Morpeth Northumberland NE61 5QS Tel/Fax 01670 791622 Email: clerk@example.org Minutes of Meeting 8 January 2020 6.45pm",
            date(2020, 1, 8),
        ),
        ("DES MOINES CITY COUNCIL MEETING 1/14/2022\n", date(2022, 1, 14)),
        ("Parish Council Meeting 3/9/2022\nPresent: Cllr A Smith\n", date(2022, 9, 3)),
        ("Agenda published on 3 March 2024\nCabinet - Tuesday, 12th March, 2024 10.00 am\n", date(2024, 3, 12)),
    ],
)
def test_date_forms(text, expected):
    assert find_meeting_date(text) == expected


def test_minute_numbers_are_not_dates():
    text = "Newbiggin Parish Council - 3rd September 2019\n\nPresent\n\nCouncillors D Thompson, Clerk J Brampton\n\n19.09.01 Apologies\n"
    assert find_meeting_date(text) == date(2019, 9, 3)


# --- document type -------------------------------------------------------------------------------


def test_moderngov_agenda_and_minutes_page_is_minutes():
    text = "Agenda and draft minutes\nCorporate Parenting Panel - Tuesday, 29th September, 2020 5.00 pm\nNo. Item\nMinutes of the previous meeting\n"
    assert classify_document(text, "croydon_1.txt") == "minutes"


def test_minutes_by_signs_of_a_meeting_held():
    text = (
        "Board of Selectmen Minutes 05-21-15\nMr. Sprague called the Board of Selectmen's meeting to order at 7:00 p.m.\n"
        "On a motion made by Sprague and seconded by Wysocki, the Board voted to adjourn at 7:06 p.m.\n"
    )
    assert classify_document(text, "bolton_ma_1.txt") == "minutes"


def test_minutes_in_the_first_line_name():
    assert classify_document("HomeMy WebLinkAbout1980-12-15-AC-min DATE: December 15, 1980 PLACE: Town Office\n", "x.txt") == "minutes"


def test_minutes_in_the_page_address():
    assert classify_document("Council Meeting\n10 April 2019\n", "x.txt", "http://businesspapers.example.gov.au/Open/2019/04/OC_10042019_MIN.HTM") == "minutes"


def test_decision_details_page():
    text = "Reference Number :-2128\nDate :-2011/12/14\nDecision Maker :-Cabinet\nSubject of Decision :-Future Delivery of Leisure Services\n"
    assert classify_document(text, "tendring_1.txt") == "decision_notice"


def test_minutes_title_beats_a_notice_of_decision_inside():
    text = "Rivergrove City Council Meeting Minutes\nAugust 13, 2018\nThe council approved the Notice of Decision for the land use application.\n"
    assert classify_document(text, "rivergrove.pdf") == "minutes"


# --- real documents (tune part of devpool, corpus/pages, kent, formats) --------------------------


@needs_shared
@pytest.mark.parametrize(
    "name, expected",
    [
        ("uk_local/allington_pc_1.txt", ("Allington Parish Council", "Allington Parish Council", "2019-07-10", "minutes")),
        ("intl/aurora_on_1.txt", ("Town of Aurora", "Council", "2003-12-16", "minutes")),
        ("uk_principal/bolsover_1.txt", ("Bolsover District Council", "Standards Committee", None, "minutes")),
        ("intl/crotononhudson_ny_1.txt", ("Village of Croton-on-Hudson", "Board of Trustees", "2007-03-19", "minutes")),
        ("uk_principal/croydon_1.txt", ("London Borough of Croydon", "Corporate Parenting Panel", "2020-09-29", "minutes")),
        ("intl/donegal_coco_1.txt", ("Donegal County Council", "Council", "2015-02-09", "minutes")),
        ("uk_principal/lisburncastlereagh_1.txt", ("Lisburn & Castlereagh City Council", "Council", "2015-07-28", "minutes")),
        ("intl/meath_coco_1.txt", ("Meath County Council", "Council", "2013-06-10", "minutes")),
        ("intl/tararua_nz_1.txt", ("Tararua District Council", "Eketahuna Community Board", "2004-11-03", "minutes")),
        ("uk_principal/harrow_1.txt", ("London Borough of Harrow", "Cabinet", None, "minutes")),
        ("uk_local/settrington_pc_1.txt", ("Settrington Parish Council", "Settrington Parish Council", "2024-03-14", "minutes")),
    ],
)
def test_devpool_tune_documents(name, expected):
    doc = extracted(str(DEVPOOL / name)).document
    assert (doc.council, doc.body, doc.meeting_date, doc.doc_type) == expected


@needs_shared
def test_moderngov_page_and_kent_minutes():
    lancashire = extracted(str(SHARED / "corpus" / "pages" / "04_lancashire.txt")).document
    assert (lancashire.council, lancashire.body, lancashire.meeting_date) == ("Lancashire County Council", "Corporate Parenting Board", "2022-11-23")
    kent = extracted(str(SHARED / "corpus" / "kent" / "cabinet_2025-01-30" / "Printed minutes 30th-Jan-2025 10.00 Cabinet.pdf")).document
    assert (kent.council, kent.body, kent.meeting_date, kent.doc_type) == ("Kent County Council", "Cabinet", "2025-01-30", "minutes")


@needs_shared
def test_parish_minutes_named_in_their_title_not_by_the_county_they_mention():
    northwold = next((SHARED / "corpus" / "formats").rglob("northwold_pc_minutes_2014-10-07.md"))
    doc = extracted(str(northwold)).document
    assert (doc.council, doc.body, doc.meeting_date) == ("Northwold Parish Council", "Northwold Parish Council", "2014-10-07")


@needs_shared
def test_a_pdfs_stored_title_does_not_push_the_title_block_down():
    doc = extracted(str(next(DEVPOOL.rglob("souldern_pc_3.pdf")))).document  # stored title 'Souldern PC minutes January 2024'
    assert (doc.council, doc.body, doc.meeting_date) == ("Souldern Parish Council", "Souldern Parish Council", "2024-01-25")


def test_a_summons_whose_membership_list_comes_first_takes_the_date_of_its_date_field():
    from minutes_miner.dates import title_block_date

    summons = (
        "Merton Council\nAudit Committee\nMembership:\nCouncillors:\nAngela Caldara\nCorinna Edge\nRod Scott\n"
        "Other Members:\nDave Roberts (Independent Chair)\nDanny Connellan\n"
        "A meeting of the Audit Committee will be held:\nDate: 22 October 2009\nTime: 19:15\n"
    )
    assert str(title_block_date(summons)) == "2009-10-22"


# --- families a new council brings (generated in the style of real minutes) ------------------------


@pytest.mark.parametrize(
    "text, url, council, expected",
    [
        # US numeric dates are month first: by the country of the page's address or council ...
        ("CITY OF ELMWOOD\nCity Council Regular Meeting\n03/04/2024\nCall to order", "https://www.elmwoodtx.gov/minutes", None, date(2024, 3, 4)),
        ("TOWN OF ELMWOOD\nSelect Board Minutes\n03/04/2024\nCall to order", None, "Town of Elmwood (Texas)", date(2024, 3, 4)),
        # ... or by the document's own unambiguous dates, whatever its country
        ("Town Board\nMinutes 03/04/2024\nMinutes of 02/27/2024 were approved.", None, None, date(2024, 3, 4)),
        (
            "Ashby Parish Council\nMinutes of the meeting held 03/04/2024\nThe minutes of 27/02/2024 were approved.",
            None,
            "Ashby Parish Council",
            date(2024, 4, 3),
        ),
        ("Ashby Parish Council\nMinutes of the meeting held 03/04/2024\nPresent: Cllr A Smith", None, "Ashby Parish Council", date(2024, 4, 3)),
    ],
)
def test_numeric_dates_read_in_the_documents_own_order(text, url, council, expected):
    assert find_meeting_date(text, url, council) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Minutes of the Finance Committee\nheld on Tuesday 5 March 2024 at 7pm\n1. The minutes of the meeting held on 13 February 2024 were approved.",
            date(2024, 3, 5),
        ),
        ("Town Board\nMinutes 5 March 2024\nThe minutes of the meeting of 27 February 2024 were approved.", date(2024, 3, 5)),
        ("MINUTES OF THE REGULAR MEETING OF THE BOARD OF SUPERVISORS\nheld on the 5th day of January, 2024 at 7:00 p.m.", date(2024, 1, 5)),
        ("Minutes of the Meeting held on Monday, the 3rd of June 2024\nPresent:", date(2024, 6, 3)),
        ("Meeting of the Licensing Committee\nDate:\nThursday 7 March 2024\nTime: 10am", date(2024, 3, 7)),
        ("Published: 20 March 2024\nMinutes of the Cabinet meeting held on 12 March 2024\n", date(2024, 3, 12)),
    ],
)
def test_a_title_date_is_not_taken_for_an_approved_meetings_on_the_next_line(text, expected):
    assert find_meeting_date(text) == expected


def test_minutes_approved_in_a_sentence_of_their_own_are_not_the_meetings_date():
    page = (
        "Agenda item\n\nTo receive the minutes of the meeting of County Council held on 26 January 2016 (copy attached).\n\n"
        "The minutes of the Council meeting held on 26 January 2016, were submitted.\n\nMatters Arising\n\n"
        "Page 8, Item 5 – Councillor Jones confirmed that she had received a response.\n"
    )
    assert find_meeting_date(page) is None


def test_without_a_title_date_the_motion_adopting_the_agenda_dates_the_meeting():
    minutes = (
        "The Corporation of the City of Elmwood\nMinutes\nRegular Council Meeting\nCC2020-06\nCommencing at 1:00 p.m.\n"
        "Members:\n  • Mayor A Letham\n  • Councillor R Ashmore\n  • Councillor P Dunn\n  • Councillor D Elmslie\n"
        "  • Councillor T Richardson\n  • Councillor K Seymour\nCR2020-142\nMoved By Councillor Richardson\nSeconded By Councillor Veale\n"
        "That the Agenda for the Open Session of the Regular Council Meeting of Tuesday, June 23, 2020, be adopted as circulated.\nCarried\n"
    )
    assert find_meeting_date(minutes) == date(2020, 6, 23)


@pytest.mark.parametrize(
    "raw, council, expected",
    [
        ("County Council", "Kent County Council", "County Council"),  # 'MINUTES of a meeting of the County Council'
        ("COUNTY COUNCIL", "Kent County Council", "County Council"),
        ("Borough Council", "Elmbridge Borough Council", "Borough Council"),
        ("Council", "Kent County Council", "Council"),
        ("Mayo County Council Meeting", "Mayo County Council", "Council"),  # the authority's full name: its meeting is 'Council'
        ("Parish Council", "Ashby Parish Council", "Ashby Parish Council"),
        ("County Council 13th March 2025", "Kent County Council", "County Council"),  # a report's 'To: County Council 13th March 2025'
        ("Cabinet Thursday, 30 January 2025", "Kent County Council", "Cabinet"),
    ],
)
def test_a_full_meeting_keeps_the_wording_the_authority_uses(raw, council, expected):
    assert normalise_body(raw, council) == expected


def test_a_meeting_title_is_not_an_authority():
    council, _ = find_council({}, "MINUTES\nFORMAL MEETING OF CITY COUNCIL\nCity Hall, 206 S. Main Street\nMonday, May 22, 2023 - 5:30 p.m.\n")
    assert council is None


def test_a_reports_memo_front_page_is_a_report_dated_by_the_meeting_it_goes_to():
    report = (
        "From: Sue Chandler, Cabinet Member for Integrated\nChildren's Services\nDan Watkins, Cabinet Member for Adult Social Care\n"
        "and Public Health\nSarah Hammond, Corporate Director, Children, Young\nPeople and Education\nRichard Smith, Corporate Director\n"
        "and Health\nTo: Cabinet - 30 January 2025\nSubject: Transfer of the 18-25 service\nDecision no: 24/00109\nKey Decision: Yes\n"
        "Minutes: the Cabinet Committee RESOLVED to endorse the proposal on 15 January.\n"
    )
    assert classify_document(report, "Item 7 - Supplementary - 24-00109 - Transfer.pdf") == "report"
    assert find_meeting_date(report) == date(2025, 1, 30)
    assert find_body(report, "Kent County Council") == "Cabinet"


@pytest.mark.parametrize(
    "head, council, expected",
    [
        ("Board of Supervisors\nMeeting Minutes\nMarch 5th, 2024\n", "County of Elmwood", "Board of Supervisors"),  # a plural body name as the heading
        ("Village of Elmwood\nBoard of Trustees Regular Meeting\nMarch 5, 2024 – 7:00 PM\n", "Village of Elmwood", "Board of Trustees"),
        ("Minutes of the Meeting of Elmwood Town Council's Planning Committee held on 5 March 2024\n", "Elmwood Town Council", "Planning Committee"),
        ("Planning Committee | 5 March 2024\nPresent: Cllr A Smith\n", "Elmwood District Council", "Planning Committee"),
        ("The Board of Commissioners met in regular session on Tuesday, March 5, 2024, at 9:00 a.m.\n", "Elmwood County", "Board of Commissioners"),
        (
            "The regular meeting of the Springfield City Council was called to order by Mayor Smith at 7:00 p.m. on March 5, 2024.\n",
            "City of Springfield",
            "City Council",
        ),
    ],
)
def test_body_families_of_north_american_and_parish_titles(head, council, expected):
    assert find_body(head, council) == expected


def test_a_contents_line_is_not_the_authoritys_letterhead():
    contents = "Containing PAGE\nCity Council 3\nThe Calendar 25\nBoard of Control 25\nPublic Hearings 29\nCity of Cleveland Bids 29\nIndex 39\n"
    council, _ = find_council({}, contents)
    assert council is None


def test_a_contents_line_with_its_page_glued_on_is_not_the_letterhead():
    """PDF text glues a contents line's page to its last word ('Public Hearings35'): still a
    contents line, not an authority called 'City of Cleveland Bids35'."""
    contents = (
        "Containing PAGE\nCity Council 3\nThe Calendar 30\nBoard of Zoning Appeals32\nPublic Notice 35\nPublic Hearings35\n"
        "City of Cleveland Bids35\nCommittee Meetings36\nIndex 36\nThe City Record\n"
    )
    council, _ = find_council({}, contents)
    assert council is None or "Bids" not in council
    letterhead = "CITY OF MAPLE RIDGE\nCouncil Meeting Minutes\nHeld in Room B12\n\n1. Call to order\nThe Mayor called the meeting to order.\n"
    assert find_council({}, letterhead)[0] == "City of Maple Ridge"  # one glued number is no contents list
