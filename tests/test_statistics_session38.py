"""Statistics: the line numbers of a numbered page flattened into running text, and a running header's page counter
after its pipe, are no statistics (issue 16, session 38).

Seen on real pages: a North Carolina town board's minutes, numbered down the margin and saved as one line ('... called
to order by 9 Mayor Eddie Barber ... 10 11 2. Roll Call 12 13 Present ...', web14), a Philippine municipal council's the
same way, one number lost ('... on the 21 st 8 day of October', web15), and a North Carolina commission's header
'HISTORIC DISTRICT COMMISSION MINUTES | 2 of 11' (web15). Invented pages, the same forms."""

from __future__ import annotations

from helpers import SHARED, needs_shared
from helpers import statistics_found as found

from minutes_miner.extract.money import Currencies

USD = Currencies(home="USD", dollar="USD")

NUMBERED = (
    "MINUTES OF THE REGULAR MEETING 1 OF THE ELM ISLE BOARD OF COMMISSIONERS 2 TUESDAY, SEPTEMBER 12, 2017 3 TOWN HALL 4 5 "
    "6 1. Call to Order 7 8 The regular meeting was called to order by 9 Mayor Ann Hale at 6:00 PM. 10 11 2. Roll Call 12 "
    "13 Present: Mayor Hale, Commissioners Noor and Ames. 14 15 3. Budget 16 17 The Board approved the purchase of {item} "
    "for {price}. 18 19 Motion carried. 20"
)


def test_a_flattened_pages_line_numbers_are_no_statistics() -> None:
    assert found(NUMBERED.format(item="4 mowers", price="$12,500"), USD) == [(4, "count"), (12500, "USD")]


def test_a_line_lost_from_the_run_still_leaves_it_one_run() -> None:
    text = NUMBERED.replace(" 7 8 ", " 8 ").format(item="4 mowers", price="$12,500")
    assert found(text, USD) == [(4, "count"), (12500, "USD")]


def test_a_short_count_down_a_page_is_no_run_of_line_numbers() -> None:
    text = "Attendance by month: 1 in January, 2 in February, 3 in March and 4 in April; the fund stood at $900."
    assert found(text, USD) == [(1, "count"), (2, "count"), (3, "count"), (4, "count"), (900, "USD")]


def test_a_running_headers_page_counter_after_its_pipe() -> None:
    text = "HISTORIC DISTRICT COMMISSION MINUTES | 2 of 11 The commission approved 3 applications."
    assert found(text, USD) == [(3, "count")]


def test_counts_rising_by_ones_and_twos_are_figures() -> None:
    text = "41 visitors in week one, 42 in week two, 44 in week three, 45 in week four, 47 in five, 48 in six, 50 in seven and 51 in week eight."
    assert [value for value, _ in found(text, USD)] == [41, 42, 44, 45, 47, 48, 50, 51]


def test_a_tables_cell_of_n_of_m_is_no_page_counter() -> None:
    assert found("Attendance | 9 of 11 councillors | 7 of 11 councillors", USD) == [(9, "count"), (11, "count"), (7, "count"), (11, "count")]


def test_line_numbers_with_lines_lost_in_two_runs_are_still_line_numbers() -> None:
    text = " ".join(f"{n} the Board discussed item" for n in range(1, 23) if n not in (4, 12, 16)) + ". The Board bought 5 mowers."
    assert found(text, USD) == [(5, "count")]


def test_a_title_case_running_headers_page_counter() -> None:
    assert found("Historic District Commission Minutes | 2 of 11 The commission approved 3 applications.", USD) == [(3, "count")]


@needs_shared
def test_a_real_appendixs_row_numbers_are_no_counts() -> None:
    """Kent's cabinet appendix of ICS priority measures (../shared/corpus/kent) numbers its table's rows down the page;
    flattened into text they run 'Public Health 13', 'Communities 14', ... and were read as thirteen, fourteen ... things."""
    from minutes_miner.extraction import extract_path

    path = SHARED / "corpus/kent/cabinet_2025-01-30/24-00115 - Appendix B - KCC ICS priorities measures.pdf"
    texts = [s.text for s in extract_path(path).statistics]
    assert texts, "the appendix's own figures are still read"
    assert not any(t in texts for t in ("Public Health 13", "Communities 14", "Commercial and Procurement 19", "Adult Social Care 21")), texts
