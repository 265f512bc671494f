"""meetw: meeting blocks of real web pages' forms (invented names, places and figures): a Canadian rural
municipality named with its number, a document-sharing site's furniture above the paper, a page run into
one line under a site's short title, a title that runs on into its attendance list."""

from __future__ import annotations

from datetime import date

import pytest

from minutes_miner.meeting import classify_document, find_body, find_council, find_meeting_date, is_fragment_page
from minutes_miner.page_chrome import is_page_chrome


def _meeting(text: str) -> tuple[str | None, str | None, date | None, str]:
    doc_type = classify_document(text)
    council, hint = find_council({}, text, doc_type)
    body = find_body(text[:3000], council, hint, is_fragment_page(text, None))
    return council, body, find_meeting_date(text, None, council, doc_type), doc_type


# --- a rural municipality: its kind and its number are its name; its council's meeting is 'Council' ---------------


def test_rural_municipality_in_a_title_sentence() -> None:
    text = (
        "Minutes of the Regular Meeting of Council of the Rural Municipality of Elkhorn held Tuesday, June 11, 2024 in the "
        "R.M. of Elkhorn Council Chamber\nMembers Present:\nReeve: Dale Forsyth\nCouncillors: Amy Brandt, Lyle Toews.\n"
    )
    council, body, when, _ = _meeting(text)
    assert council == "Rural Municipality of Elkhorn"
    assert body == "Council"
    assert when == date(2024, 6, 11)


def test_rural_municipality_with_its_number_in_capitals() -> None:
    text = (
        "RM OF PINE COULEE NO. 318 1 May 6, 2024 MINUTES OF THE REGULAR MEETING OF THE COUNCIL OF THE RURAL MUNICIPALITY OF "
        "PINE COULEE NO. 318 HELD IN THE COUNCIL CHAMBERS\n\nPresent Reeve: Ivan Holt Councillors: Division 1 - Ray Quill\n"
    )
    council, body, _, _ = _meeting(text)
    assert council == "Rural Municipality of Pine Coulee No. 318"
    assert body == "Council"


def test_municipality_without_rural_stays_as_named() -> None:
    text = "Minutes of the Regular Meeting of Council of the Municipality of Elkhorn held Tuesday, June 11, 2024\nPresent: Mayor Dale Forsyth\n"
    assert _meeting(text)[0] == "Municipality of Elkhorn"


def test_no_is_not_the_places_second_word() -> None:
    text = "Minutes of the Meeting of Council of the Rural Municipality of Elkhorn No. 77 held June 11, 2024\nPresent: Reeve Dale Forsyth\n"
    assert _meeting(text)[0] == "Rural Municipality of Elkhorn No. 77"


# --- a document-sharing site's furniture above the paper ------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["Size: px", "Start display at page:", 'Download "Ashworth Parish Council"', "Transcription", "Document Sample", "Loading...", "advertisement"]
    + ["ASHWORTH COUNCIL ORDINARY MEETING OF COUNCIL PRESENT His Worship the Powered By Papershare"],
)
def test_document_site_lines_are_chrome(line: str) -> None:
    assert is_page_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "Ashworth Parish Council",
        "Download of the planning portal was noted",
        "Transcription services contract",
        "Minutes of the Meeting held 3 May 2024",
        "The new street lights would be powered by solar",
    ],
)
def test_title_and_business_lines_are_not_site_chrome(line: str) -> None:
    assert not is_page_chrome(line)


def test_site_viewer_lines_do_not_hide_the_title_date() -> None:
    text = (
        "Papershare\n\nASHWORTH COUNCIL ORDINARY MEETING OF COUNCIL PRESENT His Worship the\n\nDocument Sample\n"
        "ASHWORTH COUNCIL ORDINARY MEETING OF COUNCIL PRESENT His Worship the Powered By Papershare\n"
        "                                 ASHWORTH COUNCIL\n\n"
        "                                   MINUTES OF THE\n"
        "                        ORDINARY MEETING OF COUNCIL\n"
        "                           HELD IN THE COUNCIL CHAMBER,\n"
        "                        CIVIC PLACE, 4 WATTLE STREET, ASHWORTH\n"
        "                            ON TUESDAY, APRIL 8, 2014\n"
        "                               COMMENCING AT 6.30PM\n\n\nPRESENT\n\nHis Worship the Mayor (Clr Doyle), Councillors Bell and Tran\n"
    )
    council, body, when, doc_type = _meeting(text)
    assert (council, body, when, doc_type) == ("Ashworth Council", "Council", date(2014, 4, 8), "minutes")


def test_page_run_into_one_line_under_a_site_title() -> None:
    text = (
        'Ashworth Parish Council\n\nSize: px\nStart display at page:\n\nDownload "Ashworth Parish Council"\n\nTranscription\n\n'
        "1 (These minutes are published subject to approval by the Parish Council and to any amendments that will be recorded in the "
        "minutes of the Meeting at which they are approved) Ashworth Parish Council Minutes of a Meeting of Ashworth Parish Council "
        "held at 7.30pm on Monday 3 March 2014 at the Village Hall, Mill Lane, Ashworth Ref/101/13-14 Present Members: Cllr A Bell "
        "(Chairman), Cllr B Cole, Cllr D Dent. Ref/102/13-14 Apologies for Absence Apologies were received from Cllr E Ford.\n"
    )
    council, body, when, _ = _meeting(text)
    assert council == "Ashworth Parish Council"
    assert body == "Ashworth Parish Council"
    assert when == date(2014, 3, 3)


def test_long_paragraph_after_a_heading_keeps_its_dates_out() -> None:
    text = (
        "Ashworth Parish Council\n\n"
        "The council discussed at length the resurfacing of the lane and the consultation the county ran over the winter, and heard "
        "that the contractor first contacted on 12 January 2014 had since withdrawn from the works entirely.\n"
    )
    assert _meeting(text)[2] != date(2014, 1, 12)


# --- a document mirror's search snippet and transcript line above the paper ------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "MINUTES OF A MEETING OF FULL COUNCIL HELD ON TUESDAY …€¦ · Monday 4th March 2019 due to the...",
        "Transcript of MINUTES OF A MEETING OF FULL COUNCIL HELD ON TUESDAY …€¦ · Monday 4th March 2019 due to the...",
    ],
)
def test_mirror_snippet_lines_are_chrome(line: str) -> None:
    assert is_page_chrome(line)


def test_a_title_with_a_middle_dot_is_not_a_snippet() -> None:
    assert not is_page_chrome("Planning Committee · Minutes · 4 March 2019")


def test_snippet_date_is_not_the_meeting_date_and_full_council_stays() -> None:
    text = (
        "MINUTES OF A MEETING OF FULL COUNCIL HELD ON TUESDAY …€¦ · Monday 4th March 2019 due to the...\n\n12\n"
        "Full Council 20 February 2019 Page 1 41/18 MINUTES OF A MEETING OF FULL COUNCIL HELD ON WEDNESDAY 20 th FEBRUARY 2019 AT 7PM "
        "IN THE COUNCIL CHAMBER, MARKET HOUSE PRESENT: Cllr A Bell (Mayor) Cllr B Cole APOLOGIES: Cllr D Dent\n\n"
        "Transcript of MINUTES OF A MEETING OF FULL COUNCIL HELD ON TUESDAY …€¦ · Monday 4th March 2019 due to the...\n"
    )
    council, body, when, _ = _meeting(text)
    assert council is None
    assert body == "Full Council"  # no council named: the page's own name for the meeting, not a principal council's 'Council'
    assert when == date(2019, 2, 20)


def test_principal_councils_full_council_is_council() -> None:
    text = "Ashworth District Council\nMinutes of the Full Council meeting held on 20 February 2019\nPresent: Councillor A Bell\n"
    assert _meeting(text)[1] == "Council"


# --- an authority's heading run on into its title and items in capitals -------------------------------------------------


def test_commissioners_heading_run_on_in_capitals() -> None:
    text = (
        "KELLAGH COMMISSIONERS ORDINARY BOARD MEETING 14th May 2019 AGENDA – OPEN PUBLIC SESSION 1. Welcome, Apologies and "
        "Declarations 2. Minutes for Adoption: 2.1 Consideration of the Minute of the meeting of 9th April 2019 3. Finance\n"
    )
    council, body, when, _ = _meeting(text)
    assert council == "Kellagh Commissioners"
    assert body == "Kellagh Commissioners"
    assert when == date(2019, 5, 14)


# --- an authority's letterhead behind a page number or a file name ---------------------------------------------------


def test_page_number_before_a_municipality_letterhead() -> None:
    text = (
        "1 KWAMBONI LOCAL MUNICIPALITY\n\nOFFICE OF THE DIRECTOR CORPORATE SERVICES\n\n"
        "MINUTES OF THE TWELFTH (12TH) SPECIAL COUNCIL MEETING OF KWAMBONI MUNICIPALITY WHICH WAS HELD ON TUESDAY, 14 MAY 2019 "
        "IN THE COUNCIL CHAMBER.\n\nPRESENT Councillors DLAMINI, N P MOLEFE\n"
    )
    council, body, when, _ = _meeting(text)
    assert council == "Kwamboni Local Municipality"
    assert body == "Council"
    assert when == date(2019, 5, 14)


def test_township_glued_to_a_file_name() -> None:
    text = (
        "14 05 2019 COW MinutesTOWNSHIP OF ELMVALE\nREGULAR COMMITTEE OF THE WHOLE MEETING MINUTES\nCouncil Chambers\n"
        "Tuesday, May 14, 2019 TIME: 9:00 a.m.\nPresent: Mayor J. Hart\n"
    )
    council, body, when, _ = _meeting(text)
    assert council == "Township of Elmvale"
    assert body == "Committee of the Whole"
    assert when == date(2019, 5, 14)


def test_housing_authority_in_a_file_name_title() -> None:
    text = (
        "HomeMy WebLinkAbout2024-02-22 - Minutes -ELMVALE HOUSING AUTHORITY\nBoard of Commissioners Regular Session\n"
        "THURSDAY, FEBRUARY 22nd, 2024, 5 PM\nI. Call to Order\nThe Elmvale Housing Authority Board of Commissioners Regular Session "
        "was called to order at 5 pm.\n"
    )
    council, body, when, _ = _meeting(text)
    assert council == "Elmvale Housing Authority"
    assert body == "Board of Commissioners"
    assert when == date(2024, 2, 22)


def test_an_item_number_before_a_heading_in_capitals_is_no_authority() -> None:
    text = "Elmvale Parish Council\nMinutes of the meeting held on 3 March 2020\n1 PLANNING APPLICATIONS\nNone were received.\n"
    assert _meeting(text)[0] == "Elmvale Parish Council"


# --- earlier minutes considered in a sentence; a ModernGov issue's decisions page ----------------------------------------


def test_minutes_considered_in_a_sentence_are_an_earlier_meetings() -> None:
    text = (
        "Decision details\n\nMinutes\n\nDecision Maker: Council\n\nDecision status: Recommendations Approved\n\nDecisions:\n\n"
        "Consideration was given to the minutes of the meeting held on 3 June 2019.\n\nCouncillor A Bell referred to minute 12.\n"
    )
    council, body, when, doc_type = _meeting(text)
    assert when is None
    assert (body, doc_type) == ("Council", "decision_notice")


def test_a_minutes_title_keeps_its_date() -> None:
    text = "Elmvale Parish Council\nMinutes of the meeting held on 3 June 2019\nPresent: Cllr A Bell\n"
    assert _meeting(text)[2] == date(2019, 6, 3)


def test_issue_decisions_page_is_a_decision_notice_of_the_combined_authority() -> None:
    text = (
        "Issue - decisions\n\nBus Service Improvement Plan\n\n14/03/2022 - Bus Service Improvement Plan\n\nResolved:\n\n"
        "(a) That the Combined Authority approves the plan set out in the submitted report.\n\n"
        "(b) That officers be asked to report back on delivery.\n"
    )
    council, body, when, doc_type = _meeting(text)
    assert doc_type == "decision_notice"
    assert body == "Combined Authority"
    assert when == date(2022, 3, 14)


def test_issue_meetings_page_is_not_a_decision_notice() -> None:
    text = "Issue - meetings\n\nBus Service Improvement Plan\n\nMeeting: 14/03/2022 - Combined Authority (Item 7)\n"
    assert _meeting(text)[3] != "decision_notice"


# --- a US court's order reciting its own day -------------------------------------------------------------------------------


def test_order_recital_names_its_own_day() -> None:
    text = (
        "ORDER NO. 4417 APPROVAL OF DESIGNATION OF THE FIRST MONDAY OF EACH MONTH AS COMMISSIONERS' COURT DAY On this the 12th day of "
        "March 2024, upon motion made by Commissioner Reyes, seconded by Commissioner Vance, the Court unanimously approved by a vote "
        "of 4-0-0 to designate the first Monday of each month as Commissioners' Court Day.\n"
    )
    assert _meeting(text)[2] == date(2024, 3, 12)


def test_approval_of_earlier_minutes_is_still_an_earlier_meeting() -> None:
    text = "Elmvale Parish Council\nAPPROVAL OF THE MINUTES OF 12 MARCH 2024 were agreed.\n"
    assert _meeting(text)[2] != date(2024, 3, 12)


# --- an agenda's items run on into its title line ------------------------------------------------------------------------


def test_agenda_items_run_on_are_an_agenda() -> None:
    text = (
        "KELLAGH COMMISSIONERS ORDINARY BOARD MEETING 14th May 2019 AGENDA – OPEN PUBLIC SESSION 1. Welcome, Apologies and "
        "Declarations 2. Minutes for Adoption: 2.1 Consideration of the Minute of the meeting of 9th April 2019 3. Finance: 3.1 "
        "Approval of invoices for payment\n"
    )
    assert _meeting(text)[3] == "agenda"


def test_minutes_title_is_minutes() -> None:
    text = "KELLAGH COMMISSIONERS MINUTES OF THE ORDINARY BOARD MEETING 14th May 2019\nPresent: Mr A Bell (Chairman)\n1. Apologies were received.\n"
    assert _meeting(text)[3] == "minutes"


# --- a US association library heading its board's minutes -----------------------------------------------------------------


def test_memorial_library_named_in_its_meeting_title() -> None:
    text = (
        "June 2024\n\nMeeting of the Elsie Marsh Crandall Memorial Library\n\nJune 10, 2024 at 5:00 pm\n\n"
        "1. Call to Order/Roll Call\n\nMeeting called to order at 5:05. Allard, Horth & Worden present.\n"
    )
    council, _, when, _ = _meeting(text)
    assert council == "Elsie Marsh Crandall Memorial Library"
    assert when == date(2024, 6, 10)


def test_a_library_mentioned_in_the_business_is_not_the_authority() -> None:
    text = "Elmvale Parish Council\nMinutes of the meeting held on 3 June 2024\nThe Clerk reported on the Elm Hollow Memorial Library roof.\n"
    assert _meeting(text)[0] == "Elmvale Parish Council"


# --- a site's name over a meeting page's tab title, the meeting's own heading lost -------------------------------------


def test_site_name_over_agenda_and_minutes_names_no_body() -> None:
    text = (
        "Elmshire Council\n\nAgenda and draft minutes\n\nVenue: via MS Teams\n\nContact: Ann Bell, Clerk to Council\n\nItems\nNo. Item\n\n"
        "1.\n\nWelcome\n\nMinutes:\n\nThe Chairman welcomed everyone to the meeting.\n"
    )
    council, body, _, _ = _meeting(text)
    assert council == "Elmshire Council"
    assert body is None


def test_meeting_heading_under_the_tab_title_is_read() -> None:
    text = (
        "Elmshire Council\n\nAgenda and minutes\n\nPlanning Committee - Tuesday, 4th March, 2025 10.00 am\n\nVenue: Council Chamber\n\n"
        "Items\nNo. Item\n\n1.\n\nApologies\n\nMinutes:\n\nNone.\n"
    )
    assert _meeting(text)[1] == "Planning Committee"


def test_parish_council_page_is_still_its_own_meeting() -> None:
    text = "Elmvale Parish Council\n\nAgenda and minutes\n\nVenue: Village Hall\n\nItems\n\n1.\n\nApologies\n\nMinutes:\n\nNone.\n"
    assert _meeting(text)[1] == "Elmvale Parish Council"


def test_free_library_after_a_regular_meeting_title() -> None:
    text = "Regular Meeting of the Elm Hollow Free Library\nBoard of Trustees\nMarch 12, 2024 at 6:00 pm\n1. Call to Order\n"
    council, body, when, _ = _meeting(text)
    assert council == "Elm Hollow Free Library"
    assert body == "Board of Trustees"
    assert when == date(2024, 3, 12)
