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
    ["Ashworth Parish Council", "Download of the planning portal was noted", "Transcription services contract", "Minutes of the Meeting held 3 May 2024"],
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
