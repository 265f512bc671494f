"""Families of meeting bodies and authorities that no gold file shows, each in several national
styles: a body told apart from its like by an area or a letter ('Area Planning Sub-Committee
East', 'Licensing Sub-Committee A'), authorities that are a single body (a valuation joint board,
a drainage board, conservators: their own meeting is the authority, not 'Council'), and
authorities named 'London Borough of', 'Royal Borough of', 'Shire of', 'Region of'.
Invented snippets, no real council's text."""

from __future__ import annotations

import pytest

from minutes_miner.meeting import classify_document, find_body, find_council


def _council_and_body(text: str, council_line: str | None = None) -> tuple[str | None, str | None]:
    doc_type = classify_document(text)
    council, hint = find_council({"council": council_line} if council_line else {}, text, doc_type)
    return council, find_body(text[:3000], council, hint)


AREA_BODIES = [
    (  # ModernGov page whose collector line names an area sub-committee
        "Agenda and minutes\nVenue: Council Chamber, Civic Offices\nContact: Democratic Services\n",
        "Elmwood Forest District Council - Area Planning Sub-Committee East",
        ("Elmwood Forest District Council", "Area Planning Sub-Committee East"),
    ),
    (  # London borough licensing panel lettered A, B, C
        "London Borough of Elmwood\nMinutes of the meeting of the Licensing Sub-Committee A held on 5 March 2024\nPresent: Councillor Khan (Chair)\n",
        None,
        ("London Borough of Elmwood", "Licensing Sub-Committee A"),
    ),
    (  # Scottish council area committee
        "ELMSHIRE COUNCIL\nMinutes of the Meeting of the Planning Committee North held in the Council Chamber on 12 March 2024\n",
        None,
        ("Elmshire Council", "Planning Committee North"),
    ),
    (  # English district's area committee as the collector names it
        "Minutes\nThe Committee considered the applications listed below.\n",
        "Elmwood District Council - Western Area Planning Committee South West",
        ("Elmwood District Council", "Western Area Planning Committee South West"),
    ),
]


@pytest.mark.parametrize("text, council_line, expected", AREA_BODIES)
def test_body_named_with_its_area_or_letter(text: str, council_line: str | None, expected: tuple[str, str]) -> None:
    assert _council_and_body(text, council_line) == expected


def test_area_suffix_needs_a_body_noun_before_it() -> None:
    """'Report of the Director North' is no body: the area word only tells like bodies apart."""
    text = "Minutes of the Report of the Director North held on 5 March 2024\n"
    assert _council_and_body(text, "Elmwood District Council")[1] is None


SINGLE_BODY_AUTHORITIES = [
    (  # Scottish valuation joint board
        "TAYBRAE VALUATION JOINT BOARD\nMinutes of Meeting held on 4 March 2024\nPresent: Councillor A Stewart (Convener)\n",
        "Taybrae Valuation Joint Board",
        ("Taybrae Valuation Joint Board", "Taybrae Valuation Joint Board"),
    ),
    (  # English conservators
        "Minutes of the Meeting of the Conservators held on Thursday 7 March 2024 at the Council House\n",
        "Elmwood Hills Conservators",
        ("Elmwood Hills Conservators", "Elmwood Hills Conservators"),
    ),
    (  # a joint committee's own sub-committee keeps its name
        "Minutes of the Audit Committee held on 4 March 2024\n",
        "Taybrae Valuation Joint Board - Audit Committee",
        ("Taybrae Valuation Joint Board", "Audit Committee"),
    ),
    (  # an internal drainage board with no body named in its minutes
        "Minutes of the meeting held at the Board's Offices, Station Road, on Tuesday 5 March 2024\nPresent: Mr J Smith (Chairman)\n",
        "Elmfen Internal Drainage Board",
        ("Elmfen Internal Drainage Board", "Elmfen Internal Drainage Board"),
    ),
]


@pytest.mark.parametrize("text, council_line, expected", SINGLE_BODY_AUTHORITIES)
def test_single_body_authority_meets_as_itself(text: str, council_line: str, expected: tuple[str, str]) -> None:
    assert _council_and_body(text, council_line) == expected


AUTHORITY_FORMS = [
    ("LONDON BOROUGH OF BARKMOOR AND DAGSTEAD\nMINUTES OF THE CABINET\nTuesday, 19 March 2024\n", ("London Borough of Barkmoor and Dagstead", "Cabinet")),
    ("Royal Borough of Elmsor and Maidwood\nMinutes of the Cabinet held on 28 March 2024\n", ("Royal Borough of Elmsor and Maidwood", "Cabinet")),
    ("SHIRE OF ELMERANCE\nMINUTES\nOrdinary Council Meeting\n26 March 2024\n", ("Shire of Elmerance", "Council")),
    ("REGION OF ELMPEEL\nMINUTES OF REGIONAL COUNCIL\nThursday, March 14, 2024\n", ("Region of Elmpeel", "Council")),
    ("Regional Municipality of Elmham\nMinutes of the Regional Council Meeting, March 27, 2024\n", ("Regional Municipality of Elmham", "Council")),
]


@pytest.mark.parametrize("text, expected", AUTHORITY_FORMS)
def test_authority_named_type_of_place(text: str, expected: tuple[str, str]) -> None:
    assert _council_and_body(text) == expected


def test_irish_municipal_district_is_a_body_not_the_authority() -> None:
    """'Municipal District of Elmcomer' meets under the county council: not read as a 'District of' authority."""
    text = "Minutes of the meeting of the Municipal District of Elmcomer held on 12 March 2024 in the Area Office\n"
    council, body = _council_and_body(text)
    assert council is None
    assert body == "Municipal District of Elmcomer"


FLATTENED_FRONT_PAGES = [
    (  # US commission workshop, a PDF text layer with no line breaks
        "12-5-24 Commission Workshop Adopted Minutes Mayor Smith gave the invocation. ATTENDANCE: MINUTES Commission Workshop Meeting "
        "Monday, December 2, 2024 - 6:00 PM Commission Chamber Present: Jane Smith, Mayor - Seat 1 Bob Brown, Commissioner - Seat 2 "
        "Also Present: Sam Lee, City Manager (CM) Dana Park, City Clerk (CC) CALL TO ORDER Mayor Smith called the meeting to order at 6:30 p.m. "
        "1. TOPICS A. City Charter review CM Lee provided an overview of the Charter and CC Park explained the codification process.",
        "City of Elmwood Beach (Florida) City Commission - Workshop",
        ("City of Elmwood Beach", "Commission Workshop"),
    ),
    (  # English town council committee from a document site
        "ELMWOOD TOWN COUNCIL Minutes of the meeting of the Planning Committee held on Monday 4th March 2024 at 7.00pm in the Council "
        "Chamber Present: Cllr A Smith (Chair), Cllr B Jones, Cllr C Brown Also present: Mrs D Green (Town Clerk) 1. Apologies for "
        "absence Apologies were received from Cllr E White. 2. Declarations of interest None were declared. 3. Minutes of the previous "
        "meeting The minutes of the meeting held on 5 February 2024 were approved as a correct record and signed by the Chair.",
        "Elmwood Town Council (Kent)",
        ("Elmwood Town Council", "Planning Committee"),
    ),
    (  # ModernGov heading and venue run together
        "Cabinet - Tuesday, 4th July, 2024 10.00 am Venue: Council Chamber, Town Hall, Elmwood Contact: Democratic Services Items No. "
        "Item 1. Apologies for absence Apologies were received from Councillor Smith. 2. Declarations of interest There were none. "
        "3. Minutes of the previous meeting RESOLVED: That the minutes of the meeting held on 6 June 2024 be approved as a correct record. "
        "4. Treasury management RESOLVED: That the report be noted.",
        "Elmwood Borough Council",
        ("Elmwood Borough Council", "Cabinet"),
    ),
]


@pytest.mark.parametrize("text, council_line, expected", FLATTENED_FRONT_PAGES)
def test_front_page_without_line_breaks_read_as_printed(text: str, council_line: str, expected: tuple[str, str]) -> None:
    assert _council_and_body(text, council_line) == expected


def test_title_wrapped_over_its_date_names_the_committee() -> None:
    """'Minutes of the meeting of the Planning Committee held on' / 'Monday 4th March 2024': a title
    wrapped before its date, not a heading naming the town council's own meeting."""
    text = "ELMWOOD TOWN COUNCIL\nMinutes of the meeting of the Planning Committee held on\nMonday 4th March 2024 at 7.00pm in the Council Chamber\nPresent: Cllr A Smith\n"
    assert _council_and_body(text, "Elmwood Town Council (Kent)") == ("Elmwood Town Council", "Planning Committee")


US_BOARDS_NOT_COUNCILS = [
    "VILLAGE OF ELMWOOD MEETING\nMINUTES NOVEMBER 6, 2023 AT: VILLAGE HALL\nPRESENT: J.SMITH, K.BROWN, L.GREEN. ALSO PRESENT: P.LEE, ADMINISTRATOR; "
    "Q.PARK, VILLAGE CLERK.\nPresident Smith called the meeting to order at 7:00 p.m. Roll call was taken, all Trustees were present.\n",
    "Town of Elmwood\nRegular Meeting\nMarch 4, 2024\nPresent: Selectmen Smith, Brown and Green; Town Administrator Lee.\n",
    "ELMWOOD COUNTY\nSPECIAL MEETING\nMarch 5, 2024\nCommissioners present: Smith, Brown, Green. County Administrator Lee.\n",
]


@pytest.mark.parametrize("text", US_BOARDS_NOT_COUNCILS)
def test_own_meeting_of_a_board_is_not_called_council(text: str) -> None:
    """A US village, town or county whose own meeting is its board's: 'Regular Meeting' names no
    body, and 'Council' would be wrong (no body is better than a wrong one)."""
    assert _council_and_body(text)[1] is None


COUNCILS_OWN_MEETING = [
    ("THE CORPORATION OF THE TOWN OF ELMWOOD\nREGULAR MEETING MINUTES\nTuesday, March 12, 2024\nPresent: Mayor J. Smith, Councillor L. Green\n", "Council"),
    ("SHIRE OF ELMERANCE\nMINUTES\nOrdinary Meeting\n26 March 2024\nPresent: Cr J Smith (Shire President), Cr A Brown\n", "Council"),
    ("Elmwood District Council\nOrdinary Meeting\nWednesday 13 March 2024\n", "Council"),
]


@pytest.mark.parametrize("text, body", COUNCILS_OWN_MEETING)
def test_own_meeting_of_a_council_is_council(text: str, body: str) -> None:
    """The same untitled 'Regular/Ordinary Meeting' is 'Council' where the members are councillors."""
    assert _council_and_body(text)[1] == body


def test_printed_bare_noun_yields_to_the_collectors_fuller_name() -> None:
    """'MINUTES REGULAR COMMISSION MEETING' printed, 'City Commission' named on the COUNCIL: line: the same body, named more fully."""
    text = "MINUTES REGULAR COMMISSION MEETING\nWEDNESDAY, December 11, 2024 7:00 P.M. Village Auditorium\n"
    assert _council_and_body(text, "City of Elmwood (Florida) City Commission") == ("City of Elmwood", "City Commission")


CAPITAL_TITLES_OVER_LABELLED_DATES = [
    ("PLANNING COMMITTEE MINUTES\nDate: 5 March 2024\nTime: 7.00pm\nVenue: Council Chamber\n", "Elmwood District Council", "Planning Committee"),
    ("COUNCIL MINUTES\nDate: 5 March 2024\nTime: 7.00pm\n", "Elmwood District Council", "Council"),
    ("LICENSING SUB-COMMITTEE MINUTES\nDate: Tuesday 5 March 2024\nPresent: Councillors Khan, Lee\n", "London Borough of Elmwood", "Licensing Sub-Committee"),
    ("AUDIT AND RISK COMMITTEE MINUTES\nWednesday 6 March 2024\nPresent: Cr J Smith\n", "Elmwood Shire Council (Victoria)", "Audit and Risk Committee"),
]


@pytest.mark.parametrize("text, council_line, body", CAPITAL_TITLES_OVER_LABELLED_DATES)
def test_title_in_capitals_ending_in_minutes(text: str, council_line: str, body: str) -> None:
    """'PLANNING COMMITTEE MINUTES' over 'Date: ...' names its body as 'Planning Committee Minutes' does."""
    assert _council_and_body(text, council_line)[1] == body


@pytest.mark.parametrize(
    "council_line, body",
    [
        ("Elmwood School District (Oregon) Board of Education", "Board of Education"),
        ("City of Elmwood (Ohio) - Committee of the Whole", "Committee of the Whole"),
        ("Town of Elmwood (Maine) - Board of Assessors", "Board of Assessors"),
    ],
)
def test_collectors_body_named_noun_of_name(council_line: str, body: str) -> None:
    """A collector's body named 'Board of X' or 'Committee of the Whole' reads as a body, as a printed one does."""
    assert _council_and_body("Agenda item\n\nMinutes:\n\nThe report was noted.\n", council_line)[1] == body


@pytest.mark.parametrize(
    "text, body",
    [
        ("ELMSHIRE COUNCIL\nLOCAL REVIEW BODY\nMINUTE OF MEETING\nDate: Tuesday 5 March 2024\n", "Local Review Body"),
        ("Minute of Meeting of the Planning Local Review Body held on 5 March 2024\n", "Planning Local Review Body"),
        ("Minutes of the Climate Emergency Task Force held on 5 March 2024\n", "Climate Emergency Task Force"),
    ],
)
def test_review_bodies_and_task_forces_are_bodies(text: str, body: str) -> None:
    """A Scottish council's Local Review Body and a task force are meeting bodies like a committee."""
    assert _council_and_body(text, "Elmshire Council")[1] == body


@pytest.mark.parametrize(
    "text",
    [
        "ELMSHIRE COUNCIL\nEDUCATION AND CHILDREN'S SERVICES\nMINUTE OF MEETING\nDate: Tuesday 5 March 2024\n",
        "ELMWOOD DISTRICT COUNCIL\nSTANDARDS HEARING\nMinutes of meeting held on 5 March 2024\nPresent: Councillor Smith\n",
    ],
)
def test_letterhead_over_a_body_heading_not_read_is_no_full_meeting(text: str) -> None:
    """The letterhead over a heading in capitals that names some body we cannot read: no body, not 'Council'."""
    assert _council_and_body(text)[1] is None


@pytest.mark.parametrize(
    "text",
    [
        "ELMSHIRE COUNCIL\nMINUTES OF MEETING\nDate: Tuesday 5 March 2024\n",
        "ELMSHIRE COUNCIL\nCOUNCIL CHAMBERS, ELMTOWN\nMinutes of meeting held on 5 March 2024\n",
    ],
)
def test_letterhead_over_a_title_or_address_is_the_full_meeting(text: str) -> None:
    assert _council_and_body(text)[1] == "Council"


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "ŌPŌTIKI DISTRICT COUNCIL\nMinutes of an Ordinary Meeting of the Ōpōtiki District Council held on Tuesday 12 March 2024\n",
            ("Ōpōtiki District Council", "Council"),
        ),
        ("Ōtorohanga District Council\nMinutes of the Ordinary Meeting of Council held on 12 March 2024\n", ("Ōtorohanga District Council", "Council")),
        (
            "Kāpiti Coast District Council\nMinutes of the Ōtaki Community Board held on Tuesday 5 March 2024\n",
            ("Kāpiti Coast District Council", "Ōtaki Community Board"),
        ),
    ],
)
def test_names_opening_with_a_macron_capital(text: str, expected: tuple[str, str]) -> None:
    """New Zealand councils and boards whose names open with a macron ('Ōpōtiki', 'Ōtaki') are read as others are."""
    assert _council_and_body(text) == expected


SUMMONSES = [
    (  # English town council committee notice
        "NOTICE IS HEREBY GIVEN that a meeting of the Planning Committee will be held in the Council Chamber on Monday 11 March 2024 at 7.00pm\nAGENDA\n",
        "Elmwood Town Council (Kent)",
        "Planning Committee",
    ),
    (  # district council summons
        "Dear Councillor,\nYou are summoned to attend a meeting of the Council to be held at the Civic Centre on Wednesday 13 March 2024 at 7.00pm.\n"
        "Yours sincerely\nChief Executive\nAGENDA\n",
        "Elmwood District Council",
        "Council",
    ),
    (  # Irish county council circular
        "TO ALL MEMBERS OF ELMWOOD COUNTY COUNCIL\nThe Adjourned March Meeting of Elmwood County Council, will be held on Monday 11th March 2024 at 2.30pm\n",
        "Elmwood County Council",
        "Council",
    ),
    (  # Australian shire notice
        "Notice is hereby given that a Special Meeting of the Audit and Risk Committee will be held in the Shire Offices on Tuesday 12 March 2024\n",
        "Elmwood Shire Council (Queensland)",
        "Audit and Risk Committee",
    ),
]


@pytest.mark.parametrize("text, council_line, body", SUMMONSES)
def test_summons_names_the_meeting_body(text: str, council_line: str, body: str) -> None:
    """'a meeting of X will be held' / 'to be held': the body a notice or summons calls, not the authority's own meeting."""
    assert _council_and_body(text, council_line)[1] == body


@pytest.mark.parametrize(
    "text, body",
    [
        ("MINUTES\nBOARD OF ADJUSTMENT\nCITY OF ELMWOOD\nMARCH 5, 2024\n", "Board of Adjustment"),
        ("TOWN OF ELMWOOD\nBOARD OF HEALTH\nMeeting Minutes\nMarch 5, 2024\n", "Board of Health"),
        ("Village of Elmwood\nBoard of Zoning Appeals\nMinutes\nMarch 5, 2024\n", "Board of Zoning Appeals"),
    ],
)
def test_us_board_of_headings(text: str, body: str) -> None:
    assert _council_and_body(text)[1] == body


@pytest.mark.parametrize(
    "text",
    [
        "Minutes of Previous Meeting To approve the minutes of the meeting of the Committee held on the 6th July 2024.\nDecision: approved.\n",
        "Minutes of the Panel\nThe Panel noted the report.\n",
        "Agenda item\nMinutes of the meeting of the Sub-Committee held on 5 March 2024\n",
    ],
)
def test_bare_committee_or_panel_is_no_body_name(text: str) -> None:
    """'the Committee', 'the Panel' say a committee met, not which: no body (gold is null for such pages)."""
    assert _council_and_body(text, "Elmwood Borough Council")[1] is None


def test_single_body_authority_named_by_its_noun_alone() -> None:
    """'the Committee' of a joint committee that is itself the authority is its own meeting."""
    text = "Minutes of the meeting of the Committee held on 5 March 2024\nPresent: Councillor Smith (Chair)\n"
    assert _council_and_body(text, "Elmwood and Oakfield Joint Committee")[1] == "Elmwood and Oakfield Joint Committee"


BILINGUAL_TITLES = [
    (  # New Zealand: Māori name | English name
        "HUTT CITY COUNCIL\nKOMITI RATONGA RANGATŌPŪ | REGULATORY COMMITTEE\nMinutes of a meeting held in the Council Chambers on Tuesday 12 March 2024\n",
        None,
        "Regulatory Committee",
    ),
    (
        "Te Komiti Rautaki me te Kaupapa Here | Strategy and Policy Committee\nMinutes of a meeting held on 12 March 2024\n",
        None,
        "Strategy and Policy Committee",
    ),
    (  # Welsh community council, Welsh name first on one heading line
        "CYNGOR CYMUNED ELMWOOD COMMUNITY COUNCIL\nCofnodion cyfarfod / Minutes of meeting held on 5 March 2024\n",
        "Elmwood Community Council (Gwynedd)",
        "Elmwood Community Council",
    ),
    (  # Welsh county committee
        "Pwyllgor Cynllunio / Planning Committee\nDydd Mercher, 6 Mawrth 2024 / Wednesday, 6 March 2024\n",
        "Elmwood County Council",
        "Planning Committee",
    ),
]


@pytest.mark.parametrize("text, council_line, body", BILINGUAL_TITLES)
def test_title_printed_in_two_languages_gives_one_name(text: str, council_line: str | None, body: str) -> None:
    assert _council_and_body(text, council_line)[1] == body


def test_acronym_not_written_out_with_a_common_word() -> None:
    """'KCC' beside 'Key' three times: 'key' is a word (written in lower case too), not the place KCC is named after."""
    text = "Key decision\nKCC budget\nKey risks\nKey dates\nThe key issue for KCC is funding.\nKCC will report.\n"
    assert find_council({}, text, "report")[0] is None


def test_acronym_written_out_with_the_place_despite_its_web_address() -> None:
    """'kent.gov.uk' is an address, not the word 'kent' in prose: KCC is still Kent County Council."""
    text = "Kent Highways\nKCC budget\nKent roads\nKent schools\nSee www.kent.gov.uk or email budget@kent.gov.uk.\nKCC will report.\n"
    assert find_council({}, text, "report")[0] == "Kent County Council"
