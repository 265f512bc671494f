"""An excerpt of minutes that opens mid-page (its first line is the rest of a sentence) has no
front page: the only place that names its meeting is the running header printed at the next page
break, once, beside the page number or between ruled lines ('Harbour Joint Committee - 4 March
2025' / 'Page 3'; 'Elm County Council     Audit Committee' over '3 March 2026' and '17'). That
header is the page's title, so council, body and date are read from it. Near misses: a page that
opens with its own title keeps it; a dated line in the text that no page number or rule sets apart
is no header; a header of another meeting's date ('minutes of 4 February') is not this one's.
Every page is invented; the expected values were decided by ANNOTATION.md (section Meeting)
before the extractor was run."""

from __future__ import annotations

from datetime import date

import pytest

from minutes_miner.evaluate import meeting_right
from minutes_miner.page_break import page_break_header
from helpers import analysed_page

_BUSINESS = (
    "      The Manager reported on activity for the year. There had been a rise in\n"
    "      demand compared with the same period last year, and the waiting time\n"
    "      from booking to service had fallen to nine working days.\n"
    "      Members asked about the staffing of the weekend service and were told\n"
    "      that two posts had been filled since the last report.\n"
    "      Members noted the report.\n"
    "      RESOLVED that the fees be increased by 4% from 1 April 2026, and that\n"
    "      the new fees be published on the website.\n"
)


def _read(tmp_path, text: str):
    return analysed_page(tmp_path, text)


@pytest.mark.parametrize(
    "text,council,body,when",
    [
        pytest.param(
            "of the Committee held on 17 September 2025 were approved as a correct record.\n9.    MANAGER'S REPORT\n" + _BUSINESS + "\n"
            "-------------------------------------------------------------------------\n"
            "Tarnby and Holm Crematorium Joint Committee - 10 December 2025\n"
            "                                                                  Page 3\n"
            "-------------------------------------------------------------------------\n\n"
            "11.   FEES AND CHARGES\n" + _BUSINESS,
            None,
            "Tarnby and Holm Crematorium Joint Committee",
            date(2025, 12, 10),
            id="UK joint committee between ruled lines",
        ),
        pytest.param(
            "services at the general hospital was still under way and consultation would follow.\n32. DENTAL ACCESS\n" + _BUSINESS + "\n"
            "Elmarsh County Council                 Health Overview and Scrutiny Committee\n"
            "                                           3 March 2026\n"
            "                                                                             17\n"
            "33. WORK PROGRAMME\n" + _BUSINESS,
            "Elmarsh County Council",
            "Health Overview and Scrutiny Committee",
            date(2026, 3, 3),
            id="UK county header in columns over its date and page number",
        ),
        pytest.param(
            "and the motion was carried on a show of hands.\n7. ROADS PROGRAMME\n" + _BUSINESS + "\n"
            "Page 4 of 9\n"
            "Minutes of the Ordinary Meeting of Council – Wednesday, 18 June 2025\n\n"
            "8. RATES\n" + _BUSINESS,
            None,
            "Council",
            date(2025, 6, 18),
            id="Australian footer over the next page's header",
        ),
        pytest.param(
            "approved the purchase of the plow truck as presented.\n6. PARKS\n" + _BUSINESS + "\n"
            "Board of Trustees Regular Meeting - March 11, 2025\n"
            "- 2 -\n\n"
            "7. STREETS\n" + _BUSINESS,
            None,
            "Board of Trustees",
            date(2025, 3, 11),
            id="US header with a dashed page number",
        ),
        pytest.param(
            "amounts to R12 400 000, of which 5% may be used for project management.\nRESOLVED\n" + _BUSINESS + "\n"
            "UMTHOMBO LOCAL MUNICIPALITY - MINUTES: ORDINARY COUNCIL MEETING HELD ON 29 MAY 2025\n"
            "                                                                    4\n"
            "A.C. 113/2025  WRITE-OFF OF IRREGULAR EXPENDITURE\n" + _BUSINESS,
            "Umthombo Local Municipality",
            "Council",
            date(2025, 5, 29),
            id="South African authority before a dash, over its page number",
        ),
        pytest.param(
            "of the pavilion project to date. Cr Vettori asked whether the grant could be carried forward.\nMOVED Cr Szabo   SECONDED Cr Appleby\n"
            + _BUSINESS
            + "\nPage 9 of 14          Yarrabin City Council – Ordinary Council Meeting – 18 February 2025\n\n"
            + _BUSINESS,
            "Yarrabin City Council",
            "Council",
            date(2025, 2, 18),
            id="Australian footer with its page number in the same line",
        ),
        pytest.param(
            "Municipality of the County of Elm Cove                    Council in Committee\n"
            "                                                             November 12, 2025\n"
            "                                                             Page 2\n"
            "Deputy Warden Comeau asked whether the review would include the retention bonus.\n" + _BUSINESS,
            "Municipality of the County of Elm Cove",
            "Council in Committee",
            date(2025, 11, 12),
            id="Canadian page 2 opening on its running header in columns",
        ),
        pytest.param(
            "Rakaunui District Council                                                      14 May 2025\n"
            "Infrastructure and Services Committee - Open Minutes                                  Page 7\n"
            "ISC25/41 Three Waters Capital Programme - progress to 31 March 2025\n" + _BUSINESS,
            "Rakaunui District Council",
            "Infrastructure and Services Committee",
            date(2025, 5, 14),
            id="New Zealand page 7 opening on its running header",
        ),
        pytest.param(
            "                    WARRABEEN COUNCIL - MINUTES                       13\n"
            "                    Council Meeting held 21 October 2025\n"
            "9      COUNCIL ACTING AS A PLANNING AUTHORITY\n" + _BUSINESS,
            "Warrabeen Council",
            "Council",
            date(2025, 10, 21),
            id="Tasmanian page 13 opening on its header, the page number in a column",
        ),
        pytest.param(
            "SEKHUKHU LOCAL MUNICIPALITY                       MAYORAL COMMITTEE 03/09/2025\n"
            "------------------------------------------------------------------------------\n"
            "                                                                           2\n"
            "MMC: Ms G. Ramaphakela (Community Services)  In attendance: Mr S. Mabuza\n" + _BUSINESS,
            "Sekhukhu Local Municipality",
            "Mayoral Committee",
            date(2025, 9, 3),
            id="South African page 2 opening on its ruled header",
        ),
    ],
)
def test_a_page_break_header_titles_a_page_with_no_front_page(tmp_path, text: str, council, body, when) -> None:
    found = _read(tmp_path, text)
    assert found.meeting_date == when
    assert meeting_right("body", body, found.body)
    if council:
        assert meeting_right("council", council, found.council)


def test_a_page_with_its_own_title_keeps_it(tmp_path) -> None:
    text = (
        "MINUTES OF THE MEETING OF THE LICENSING COMMITTEE HELD ON 2 APRIL 2025\n\nPresent: Cllrs Hale, Noor, Abbot\n\n" + _BUSINESS + _BUSINESS + "\n"
        "Planning Committee - 9 April 2025\nPage 2\n\n" + _BUSINESS
    )
    found = _read(tmp_path, text)
    assert found.meeting_date == date(2025, 4, 2)
    assert found.body == "Licensing Committee"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "and the Clerk reported that the grant had been received.\n5. FINANCE\n"
            + _BUSINESS
            + "Members were told the Finance Committee - 4 March 2025 - had agreed the budget.\n"
            "6. PLAYING FIELD\n" + _BUSINESS,
            id="a dated line in the text with no page break",
        ),
        pytest.param(
            "and the Clerk reported that the grant had been received.\n5. FINANCE\n" + _BUSINESS + "\n"
            "Minutes of the previous meeting - 4 February 2025\nPage 2\n\n6. PLAYING FIELD\n" + _BUSINESS,
            id="a break line naming the previous minutes",
        ),
    ],
)
def test_no_header_no_meeting(tmp_path, text: str) -> None:
    found = _read(tmp_path, text)
    assert found.meeting_date is None
    assert found.body is None


@pytest.mark.parametrize(
    "text,council,body",
    [
        pytest.param(
            "Regional Council - Minutes September 24, 2025\n- 4 -\n\nthe Region's share of the cost would be about 35 per cent.\n" + _BUSINESS,
            None,
            "Regional Council",
            id="a body's generic name before the dash is no authority",
        ),
        pytest.param(
            "CYNGOR SIR ELMWYN ELMWYN COUNTY COUNCIL\nCorporate Resources Scrutiny Committee - Minutes - 2 November 2026 Page 2 of 6\n\n"
            "Present: County Councillor E. Llewelyn (Chair)\n" + _BUSINESS,
            "Elmwyn County Council",
            "Corporate Resources Scrutiny Committee",
            id="a letterhead in two languages is one authority's name",
        ),
    ],
)
def test_a_later_page_header_names_no_authority_it_does_not_print(tmp_path, text: str, council, body) -> None:
    found = _read(tmp_path, text)
    assert meeting_right("council", council, found.council)
    assert meeting_right("body", body, found.body)


_LATE_FOOTER = "-" * 80 + "\n{footer}\n" + "-" * 80 + "\n\n"


@pytest.mark.parametrize(
    "text,council,body,when",
    [
        pytest.param(
            "ITEM C 58/2025 (continued)\n\n"
            + _BUSINESS
            + "\n"
            + _LATE_FOOTER.format(footer="ELANDSKLOOF LOCAL MUNICIPALITY | ORDINARY COUNCIL | 30 JANUARY 2025        Page 9 of 14")
            + "ITEM C 63/2025  WRITE-OFF OF IRRECOVERABLE DEBT\n"
            + _BUSINESS,
            "Elandskloof Local Municipality",
            "Council",  # a principal council's full meeting, however the footer qualifies it
            date(2025, 1, 30),
            id="South African item continued from page 8, footer cells between bars",
        ),
        pytest.param(
            "12.4  STORMWATER RENEWAL PROGRAM (cont.)\n\n" + _BUSINESS + "\n"
            "Wirrega Shire Council   Ordinary Meeting   18 March 2026                    Page 5 of 12\n\n"
            "12.5  FEES AND CHARGES\n" + _BUSINESS,
            "Wirrega Shire Council",
            "Council",
            date(2026, 3, 18),
            id="Australian item continued from page 4, footer in columns",
        ),
    ],
)
def test_a_late_first_page_number_marks_an_excerpt(tmp_path, text: str, council, body, when) -> None:
    """A text whose first 'Page N of M' is page 3 or later, and whose opening names no paper, is a later page
    cut from its minutes: its footer is its title."""
    found = _read(tmp_path, text)
    assert found.meeting_date == when
    assert meeting_right("council", council, found.council)
    assert meeting_right("body", body, found.body)


def test_a_front_page_with_a_late_first_page_number_keeps_its_title(tmp_path) -> None:
    """Near miss: a front page that a reader printed without its first footers keeps its own title and date."""
    text = (
        "MINUTES OF THE LICENSING COMMITTEE HELD ON 2 APRIL 2025\n\nPresent: Cllrs Hale, Noor, Abbot\n\n" + _BUSINESS + _BUSINESS + "\n"
        "Planning Committee | 9 April 2025        Page 3 of 7\n\n" + _BUSINESS
    )
    found = _read(tmp_path, text)
    assert found.meeting_date == date(2025, 4, 2)
    assert found.body == "Licensing Committee"


def test_a_page_two_footer_is_no_excerpt_mark() -> None:
    """Near miss: 'Page 2 of 5' first may follow a front page whose own footer was dropped: no header is read."""
    late = "5. FINANCE\n" + _BUSINESS + "\nPlanning Committee | 9 April 2025        Page {} of 5\n\n" + _BUSINESS
    assert page_break_header(late.format(2)) is None
    assert page_break_header(late.format(3)) is not None
