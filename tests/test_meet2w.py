"""meet2w: meeting blocks of real web pages' forms (invented names, places and figures): the authority named
in the sentence that opens minutes as the one that met, when no letterhead names it."""

from __future__ import annotations

from datetime import date

import pytest

from minutes_miner.meeting import classify_document, find_body, find_council, find_meeting_date, is_fragment_page
from minutes_miner.meeting_council import met_authority_council


def _meeting(text: str) -> tuple[str | None, str | None, date | None, str]:
    doc_type = classify_document(text)
    council, hint = find_council({}, text, doc_type)
    body = find_body(text[:3000], council, hint, is_fragment_page(text, None))
    return council, body, find_meeting_date(text, None, council, doc_type), doc_type


# --- the authority that met, named in the opening sentence before 'held' -----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "council"),
    [
        ("OPEN SESSION Minutes of a Meeting of the Ballacrane Parish Commissioners held in their Boardroom on", "Ballacrane Parish Commissioners"),
        ("The minutes of Kirkmoor Parish Commissioners meeting held on Monday 3rd May 2010, at 7.30pm", "Kirkmoor Parish Commissioners"),
        ("MINUTES OF THE REGULAR COUNCIL MEETING OF ELKWATER COUNTY, HELD IN THE COUNTY OFFICE ON TUESDAY", "Elkwater County"),
        ("1 REG REGULAR MEETING OF THE DISTRICT OF SEAHOLM COUNCIL HELD IN THE COUNCIL CHAMBERS", "District of Seaholm Council"),
        ("REGULAR MEETING OF THE MAPLE RIDGE COUNTY BOARD OF SUPERVISORS HELD THE THIRD DAY OF MAY", "Maple Ridge County"),
        ("The regular meeting of the Corbin County Fiscal Court was held on the 4th day of May, 2021", "Corbin County"),
        (
            "The Regular Session of the Municipal Council of the Municipality of the County of Westbury was held in the Courthouse",
            "Municipality of the County of Westbury",
        ),
        ("The Regular Meeting of the Board of Directors of the Elm Creek Water District was held on", "Elm Creek Water District"),
        ("Minutes of the meeting of Westmere County Council Cabinet held on 3 March 2025", "Westmere County Council"),
    ],
)
def test_authority_that_met_in_the_opening_sentence(sentence: str, council: str) -> None:
    assert met_authority_council(sentence) == council


@pytest.mark.parametrize(
    "sentence",
    [
        "Minutes of the meeting of the Planning Committee held on 4 March 2025",  # a body, no authority
        "MINUTES OF THE ORDINARY MEETING OF COUNTY COUNCIL HELD REMOTELY ON MONDAY",  # the kind of council, no name
        "Minutes of the meeting of Council held on 4 March 2025",  # the bare 'Council'
        "MINUTE of MEETING of the GLENMOR LICENSING BOARD held in the Council Chambers",  # the board that met is the body
        "The Council discussed the meeting of the Elm County Board of Supervisors next month.",  # no 'held'
    ],
)
def test_no_authority_where_the_sentence_names_none(sentence: str) -> None:
    assert met_authority_council(sentence) is None


def test_opening_sentence_sets_the_body_apart_from_its_authority() -> None:
    text = (
        "Fiscal Court Approved Minutes – May 4, 2021\n"
        "The regular meeting of the Corbin County Fiscal Court was held on the 4th day of May, 2021 at 9:00 a.m. in the "
        "Courtroom of the Corbin County Courthouse.\nMembers present at the meeting were:\nAnn Lowe\nTom Riggs\n"
    )
    council, body, _, _ = _meeting(text)
    assert council == "Corbin County"
    assert body == "Fiscal Court"


def test_a_us_county_named_like_a_british_region_reads_its_dates_month_first() -> None:
    text = (
        "12-03-2009 Regular Meeting REGULAR MEETING OF THE ISLE OF WIGHT COUNTY BOARD OF SUPERVISORS HELD THE THIRD DAY OF "
        "DECEMBER IN THE YEAR TWO THOUSAND AND NINE PRESENT: Ann Lowe, Chairman Tom Riggs, Vice-Chairman Also Attending: "
        "Jo Park, County Attorney, Smithfield, Virginia\n"
    )
    council, body, when, _ = _meeting(text)
    assert council == "Isle of Wight County"
    assert body == "Board of Supervisors"
    assert when == date(2009, 12, 3)


# --- dates: a year glued to the day's ordinal; a document site's 'Post on' stamp -----------------------------------


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("The Minutes of the Annual Meeting of Elmcote Parish Council held on Tuesday May 27th2014 in Elmcote Village Hall.", date(2014, 5, 27)),
        ("Elmcote Community Council\nA meeting was held on November 3rd2015 at Elmcote Memorial Hall\nPRESENT\n", date(2015, 11, 3)),
    ],
)
def test_year_glued_to_the_ordinal_is_the_meetings_date(text: str, when: date) -> None:
    assert _meeting(text)[2] == when


def test_a_year_after_a_bare_day_without_a_space_is_no_date() -> None:
    assert find_meeting_date("Elmcote Parish Council\nItem May 292014 was deferred.\n") is None


def test_document_sites_post_stamp_is_not_the_meetings_date() -> None:
    text = (
        "Post on 14-Nov-2022\n3 views 0 download\n"
        "ELMFORD BOROUGH COUNCIL MINUTES OF COUNCIL MEETING HELD IN THE COUNCIL CHAMBER, CIVIC CENTRE, ELMFORD ON MONDAY "
        "6 APRIL 2015 AT 6.00PM PRESENT: The Mayor, Councillor A Lowe\n"
    )
    assert _meeting(text)[2] == date(2015, 4, 6)


def test_a_post_office_line_keeps_its_date() -> None:
    from minutes_miner.page_chrome import is_page_chrome

    assert is_page_chrome("Post on 14-Nov-2022")
    assert not is_page_chrome("Post Office closure on 3 May 2021")


# --- body: a kind of session before 'meeting of the <body>' ---------------------------------------------------------


def test_study_session_meeting_of_the_town_board() -> None:
    text = (
        "Town of Pine Hollow, Elk County, Colorado, June 10, 2015\n"
        "Minutes of a Study Session meeting of the TOWN BOARD of the Town of\n"
        "Pine Hollow, Elk County, Colorado. Meeting held at Town Hall in the\n"
        "Rooms 101/102 in said Town of Pine Hollow on the 10th day of June, 2015.\n"
        "Committee: Mayor Dunn, Trustees Ames, Bell and Cole\nAttending: All\n"
    )
    council, body, _, _ = _meeting(text)
    assert council == "Town of Pine Hollow"
    assert body == "Town Board"


@pytest.mark.parametrize(
    ("raw", "body"),
    [
        ("Work Session of the City Council", "City Council"),
        ("Executive Session meeting of the Board of Trustees", "Board of Trustees"),
        ("Study Session", None),  # a kind of meeting: the body is named elsewhere
    ],
)
def test_kind_of_session_before_the_body(raw: str, body: str | None) -> None:
    from minutes_miner.meeting_body import normalise_body

    assert normalise_body(raw, "Town of Pine Hollow") == body


# --- a document site's file name glued to the paper's first line -----------------------------------------------------


def test_file_name_glued_to_the_letterhead() -> None:
    text = (
        "HomeMy WebLinkAbout1991-03-04 Regular MinutesMAPLEFORD CITY COUNCIL\n"
        "March 4, 1991 Mapleford City Hall\n7:00 P.M. Council Chambers\nCALL TO ORDER\nROLL CALL\n"
    )
    council, _, when, _ = _meeting(text)
    assert council == "Mapleford City Council"  # None while the file's name ran into it
    assert when == date(1991, 3, 4)


@pytest.mark.parametrize(
    ("text", "first_line"),
    [
        ("HomeMy WebLinkAbout2012-09-06 Council (Regular) MinutesCOUNTY OF ELMWOOD\nx", "Council (Regular) Minutes"),
        ("HomeMy WebLinkAbout2019 AgendasPlanning Board\nx", "AgendasPlanning Board"),  # not a paper's kind ending the name
        ("Regular MinutesMAPLEFORD CITY COUNCIL\nx", "Regular MinutesMAPLEFORD CITY COUNCIL"),  # no document site's trail
    ],
)
def test_document_site_file_name_parted_only_after_the_sites_trail(text: str, first_line: str) -> None:
    from minutes_miner.page_chrome import without_document_site_prefix

    assert without_document_site_prefix(text).split("\n")[0] == first_line


# --- doc_type: the meeting's name, 'Agenda', then the date on the first line ----------------------------------------


@pytest.mark.parametrize(
    ("text", "doc_type"),
    [
        (
            "COUNCIL MEETING NOTICE & AGENDA 15 May 2019\nTotal Page:12\n"
            "General Council Meeting Notice & Agenda 15 May 2019 12 Main Street Elmvale Qld 4490 Agenda General Meeting of Council "
            "To be held on Wednesday 15 May 2019 at the Council Chambers 1 OPENING OF MEETING 2 ATTENDANCES AND APOLOGIES "
            "3 CONFIRMATION OF MINUTES Recommendation: That Council adopt the minutes of the General Meeting of Council held "
            "Tuesday 16 April 2019 as a true and correct record. Moved Cr Lowe Seconded Cr Park. Carried.\n",
            "agenda",
        ),
        (
            "Planning Committee Agenda - 5 March 2024\n1. Apologies\n2. Declarations of interest\n3. Planning applications\n",
            "agenda",
        ),
    ],
)
def test_meeting_agenda_title_on_the_first_line(text: str, doc_type: str) -> None:
    assert classify_document(text) == doc_type


def test_agenda_and_minutes_title_is_no_agenda_title() -> None:
    text = (
        "Council Meeting Agenda and Minutes 5 March 2024\nPresent: Cllr A Lowe (Chair), Cllr B Park\n"
        "Apologies were received from Cllr C Dunn.\nRESOLVED that the minutes of the last meeting be approved.\n"
    )
    assert classify_document(text) == "minutes"


# --- body: the council acting in a resolution's 'That the Regional Council:' ----------------------------------------


def test_typed_council_acting_in_a_resolution_before_a_colon() -> None:
    text = (
        "Open Minutes\nCommencing: Wednesday 10 December 2025, 09:30am\nVenue: Council Chambers, Regional House, Elmhaven\n"
        "Chairperson: Chairman Ann Lowe\nMembers: Cr Ben Park\nCr Cara Dunn\nApologies: Cr Dan Hale\n"
        "A karakia was provided by Cr Ben Park.\nThat the Regional Council: 1 Accepts the apology from Cr Hale for absence.\n"
    )
    assert _meeting(text)[1] == "Regional Council"


def test_council_named_inside_a_sentence_does_not_act() -> None:
    text = (
        "Open Minutes\nCommencing: Wednesday 10 December 2025, 09:30am\nVenue: Council Chambers, Regional House, Elmhaven\n"
        "Chairperson: Chairman Ann Lowe\nMembers: Cr Ben Park\nThe recording will be on the Regional Council website: see below.\n"
    )
    assert _meeting(text)[1] is None
