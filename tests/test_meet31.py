"""meet31: a saved web page's document list, review stamps and menus above the minutes' own title
(excerpts quoted from corpus/invented documents)."""

from __future__ import annotations

from datetime import date

from minutes_miner.dates import form_held_date
from minutes_miner.meeting import find_council_in_text, find_meeting_date, hearing_field_date
from minutes_miner.page_break import first_page_number_is_late, page_break_header
from minutes_miner.page_chrome import is_document_list_entry, is_page_chrome, is_page_stamp_line


def test_listed_files_are_not_the_meeting_date() -> None:
    text = (
        "Kooralong Regional Council\n"
        "Council > Council meetings > Minutes and agendas\n"
        "Share this page | Print\n"
        "Last updated: 21 November 2025\n\n"
        "Minutes and agendas\n"
        "▸ General Meeting Agenda 26 November 2025 (PDF 8.9MB)\n"
        "▸ General Meeting Minutes 12 November 2025 (PDF 1.1MB)\n"
        "▸ Special Meeting Minutes 5 November 2025 (PDF 240KB)\n\n"
        "KOORALONG REGIONAL COUNCIL GENERAL MEETING MINUTES\n"
        "12 NOVEMBER 2025\n"
        "ATTENDANCE\n"
    )
    assert find_meeting_date(text, doc_type="minutes") == date(2025, 11, 12)


def test_file_names_with_sizes_and_a_published_stamp() -> None:
    text = (
        "Coldwater Springs Fire Protection District\n"
        "Menu About Us | Services | Burn Permits | Board of Directors | Careers | Contact\n"
        "Agendas & Minutes\n"
        "2026-02-19 Board Meeting Agenda.pdf (212 KB)\n"
        "2026-01-15 Board Meeting Minutes.pdf (388 KB) Published 02/20/2026\n"
        "2025-12-18 Board Meeting Minutes.pdf (341 KB)\n\n"
        "COLDWATER SPRINGS FIRE PROTECTION DISTRICT\n"
        "Board of Directors - Regular Meeting Minutes\n"
        "January 15, 2026 | Station 1, 4410 County Road 27\n"
    )
    assert find_meeting_date(text, "https://example.org", "Coldwater Springs Fire Protection District (Colorado)", "minutes") == date(2026, 1, 15)


def test_review_stamp_is_not_the_meeting_date() -> None:
    text = (
        "Pukerimu District Council\n"
        "Skip to content   Contact us   Report a problem   Pay my rates\n"
        "Services  |  Your Council  |  Have your say  |  Events  |  Pukerimu District Libraries\n"
        "Tags: minutes, audit   Last reviewed: 3 Oct 2025\n\n"
        "Finance, Audit and Risk Committee - 24 September 2025 - Minutes (unconfirmed)\n"
        "[ Download agenda (PDF, 6.4 MB) ]  [ Download minutes (PDF, 410 KB) ]\n"
    )
    assert find_meeting_date(text, doc_type="minutes") == date(2025, 9, 24)


def test_menu_and_posted_stamp_leave_room_for_the_title() -> None:
    text = (
        "Skip to content\n"
        "Glen Tarrin Parish Commissioners\n"
        "Home About the Parish Commissioners Minutes & Agendas Rates Refuse & Recycling Contact\n\n"
        "Minutes & Agendas > 2025-2026 > October 2025 Minutes\n"
        "Posted on 3 November 2025 by Clerk\n"
        "Categories: Minutes\n\n"
        "Recent posts\n"
        " - Bonfire night - road closure notice\n"
        " - Vacancy for Commissioner - notice of election\n"
        " - September 2025 Minutes\n\n"
        "GLEN TARRIN PARISH COMMISSIONERS\n"
        "Minutes of the Monthly Meeting held in the Parish Hall, Ballaglonney, on Tuesday 28th\n"
        "October 2025 at 7.30pm.\n\n"
        "Present: Mrs C. Kermeen (Chair), Mr J. Clague\n"
    )
    assert find_meeting_date(text, doc_type="minutes") == date(2025, 10, 28)


def test_chrome_lines_and_near_misses() -> None:
    assert is_document_list_entry("▸ General Meeting Agenda 26 November 2025 (PDF 8.9MB)")
    assert is_document_list_entry("▸ General Meeting Minutes 12 November 2025 ()")  # a reader dropped the link's label
    assert is_document_list_entry("Documents:  Minutes 12-09-25 (PDF)  |  Minutes 01-13-26 (PDF)  |  Minutes 01-27-26 (this page)")
    assert not is_document_list_entry("Minutes of the Regular Meeting of the Board of Education")
    assert is_page_stamp_line("Posted: January 28, 2026 | Last Modified: February 11, 2026")
    assert is_page_stamp_line("Tags: minutes, audit   Last reviewed: 3 Oct 2025")
    assert not is_page_stamp_line("Finance, Audit and Risk Committee - 24 September 2025 - Minutes (unconfirmed)")
    assert not is_page_stamp_line("Minutes of the meeting held on 3 March 2025, published 10 March 2025")
    assert is_page_chrome("Schools | Departments | Board of Education | Enroll | Calendar | Staff Portal")
    assert is_page_chrome("Categories: Minutes")
    assert not is_page_chrome("Morvenhurst Council")
    assert not is_page_chrome("Committee details > Corporate Parenting Board > Meeting")  # a trail that names the body stays
    assert not is_page_chrome("Board of Directors - Regular Meeting Minutes")


def test_a_decisions_pages_published_field_is_not_a_page_stamp() -> None:
    assert not is_page_stamp_line("Decisions published: 14/06/2023")
    assert is_page_stamp_line("Published: 14/06/2023")


def test_an_excerpt_whose_running_footer_ends_in_a_bare_page_number() -> None:
    text = (
        "11.3.2   LEASE OF RESERVE 40671 - WANDILUP PONY CLUB INC.\n\n"
        "SUMMARY\n"
        "The Pony Club's lease over the 6.8ha portion of Reserve 40671 expired on 31 December\n"
        "2025. The club has 52 registered riders.\n\n"
        "COUNCIL RESOLUTION  036/26\n"
        "That the Officer Recommendation be adopted.\n"
        "_______________________________________________________________________________\n"
        "Shire of Wandilup - Minutes - Ordinary Council Meeting - 26 February 2026   Page 23\n"
        "_______________________________________________________________________________\n\n"
        "11.4     CHIEF EXECUTIVE OFFICER\n"
    )
    assert first_page_number_is_late(text.split("\n"))
    assert page_break_header(text) is not None
    assert not first_page_number_is_late(["Minutes of the meeting", "as set out on page 23"])  # a page cited in prose


def test_a_hearing_continued_to_a_later_session_takes_that_sessions_date() -> None:
    text = (
        "UPPER KINSALE TOWNSHIP ZONING HEARING BOARD\n\nNOTICE OF DECISION\n\n"
        "Hearing held:      December 11, 2025, continued to January 8, 2026, at the Township Building\n"
        "Decided:           January 8, 2026, at a public meeting of the Board\n"
    )
    assert hearing_field_date(text, month_first=True) == date(2026, 1, 8)
    assert hearing_field_date("Hearing date: Thursday, May 22, 2025, 6:00 p.m.\nDate of decision: June 3, 2025\n", True) == date(2025, 5, 22)


def test_a_printed_minute_books_held_blank() -> None:
    text = (
        "                          RECORD OF PROCEEDINGS\n"
        "Minutes of            QUARRY HOLLOW VILLAGE COUNCIL            Meeting\n"
        "Held                  April 6                              20 26\n"
        "---------------------------------------------------------------------------------\n"
        "Mayor Bud Schlosser called the regular meeting of Council to order at 7:30 pm.\n"
        "Minutes of March 16 regular meeting: Mrs. Augenstein moved to approve as presented.\n"
    )
    assert form_held_date(text) == date(2026, 4, 6)
    assert find_meeting_date(text, None, "Quarry Hollow Village Council (Ohio)", "minutes") == date(2026, 4, 6)
    assert form_held_date("Held in the Village Hall on April 6\n20 26 budget\n") is None  # the blank's words on one line only


def test_a_village_council_names_its_village() -> None:
    assert find_council_in_text("Minutes of            QUARRY HOLLOW VILLAGE COUNCIL            Meeting") == "Quarry Hollow Village Council"
    assert find_council_in_text("Mayor Bud Schlosser said the Village Council approved the budget.") is None
