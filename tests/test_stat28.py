"""Statistics session 28: plural label nouns before a number ('plots 4 to 7'), and a resolution number opening its line
before a capitalised heading that only looks like a measure ('25-112 Minutes of Oct 21'), kept apart from the counts and
ranges of a measure they resemble (sentences quoted from the development documents)."""

from __future__ import annotations

from minutes_miner.extract.statistics import find_statistics


def _found(text: str) -> list[tuple[float, str]]:
    return [(s.value, s.unit) for s in find_statistics(text)]


def test_plural_label_nouns_name_the_numbers_after_them() -> None:
    assert _found("An objector, Mr Caldwell, spoke about overlooking from plots 4 to 7.") == []
    assert _found("Members agreed that lots 3 and 4 be offered for sale.") == []
    # the things counted, after the number, still count
    assert _found("(1)   LA09/2026/0412/F - 16 dwellings and associated site works") == [(16.0, "count")]
    assert _found("Reconfiguration 1 into 3 lots Approved with conditions") != []


def test_a_resolution_number_before_a_capitalised_heading_is_no_range() -> None:
    assert _found("25-112 Minutes of Oct 21 regular meeting -- Durkin moved, Faulk 2nd.") == []
    # a range before a measure in lower case is still both ends of the measure
    assert _found("The meeting was adjourned for 10-15 minutes while members read the tabled paper.") == [(10.0, "other"), (15.0, "other")]


def test_a_labelled_count_that_is_a_sentence_of_its_own() -> None:
    assert (11406.0, "count") in _found("27 leak\n    repairs completed. Customer accounts: 11,406. The GM will present the draft")
    assert (9000.0, "count") in _found(
        "The CAO advised the Ross River crest is forecast for April 18. Sandbags available:\n9,000. Reeve Penner and the CAO will meet"
    )
    # a sentence of its own whose plural label numbers papers or names what was done to them is still no count
    assert _found("The Clerk listed the changes to the code. Sections amended: 12. The Chair thanked her.") == []
    assert _found("The Clerk circulated the papers. Pages: 14. The Chair thanked her.") == []


def test_a_count_in_brackets_after_its_plural() -> None:
    assert _found("DRB-25-08 Green Mtn Self Storage. Abutters (6) testified on stormwater runoff to Marsh Brook.") == [(6.0, "count")]
    assert _found("- One-day liquor licenses (3): Haddock Historical Soc. 6/14, St. Brendan's 6/21,") == [(3.0, "count")]
    assert (42.0, "count") in _found("The scheme would provide 35% affordable homes\n(42). Councillor Dent proposed refusal")
    assert _found("The DA and FF+ councillors (7) walked out before the vote.") == [(7.0, "count")]
    # a tally after a councillor's name or before a vote word, a list's numbers, a year: no count
    assert _found("Members (7) voted in favour of the motion.") == []
    assert _found("     Yea: Duguay, Hanlon, Rheaume, Mayor Lafrenière (4)   Nay: Brisebois (1)\n          Carried") == []
    assert _found("Members asked for the following works (2) resurface the path; (3) replace the gate.") == []
    assert _found("Reports received from the committees (2017) RECEIVED") == []


def test_a_change_written_after_a_bare_figure() -> None:
    assert _found("   Burglary: 38 incidents Jan-Oct. Assaults causing harm: 26 (up 4).") == [(38.0, "count"), (26.0, "count"), (4.0, "count")]
    assert _found("  Volunteer roster 23, down 2. Recruit academy starts Jan.") == [(23.0, "count"), (2.0, "count")]
    # after a share or a sum the change is in points or money, which this rule does not read
    assert _found("Smoking rate 26% (up 4).") == [(26.0, "percent")]
    assert _found("The precept is £26 (up 4).") == [(26.0, "GBP")]


def test_the_whole_a_measured_part_is_of_shares_its_unit() -> None:
    assert _found("7.  Highways - report from Cllr Beddoes on the Lengthsman scheme (38 hours used of 60).") == [(38.0, "other"), (60.0, "other")]
    assert _found("He has used 1,850\nyards of gravel out of 3,000 budgeted. Posting of Class 3 roads continues") == [(1850.0, "other"), (3000.0, "other")]
    # a part of a count stays a count; a whole naming its own thing keeps its unit
    assert _found("Members noted that 12 homes of the 40 homes planned were complete.") == [(12.0, "count"), (40.0, "count")]
    assert _found("The team used 38 hours out of 60 volunteer sessions offered.") == [(38.0, "other"), (60.0, "count")]


def test_a_markdown_table_left_in_the_text() -> None:
    table = "### 5. Drought relief - water tankers\n| Ward | Tankers deployed | Households served |\n|---|---|---|\n| 3 | 6 | 1,420 |\n| 12 | 4 | 880 |\n"
    # the ward numbers down the first column label the rows
    assert _found(table) == [(6.0, "count"), (1420.0, "count"), (4.0, "count"), (880.0, "count")]
    # pipes with no rule of dashes under a header are no table
    assert _found("Ward | 3 | 12\nTankers | 6 | 4\n") == []


def test_a_markdown_table_reads_in_linear_time() -> None:
    import time

    text = "| a | b |\n|---|---|\n" + "| x | 1 |\n" * 20000 + "|" + " " * 50000 + "\n"
    started = time.perf_counter()
    find_statistics(text)
    assert time.perf_counter() - started < 10


def test_millions_glued_to_a_figure_before_hours_and_visits() -> None:
    assert _found("Demand for home care had risen to 1.46m hours a year, and") == [(1460000.0, "other")]
    assert _found("The library service recorded 1.2m visits last year.") == [(1200000.0, "count")]
    # metres glued to a figure stay metres
    assert _found("Reason: inadequate visibility (2.4m x 43m splays not achievable)") == [(2.4, "other"), (43.0, "other")]
    assert _found("The Clerk will order a 2m fence for the play area.") == []
