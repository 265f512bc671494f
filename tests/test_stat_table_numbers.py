"""Paragraph numbers down a minutes table's first column ('8.0 | Tree Management Plan') are the
minute's numbers, not measures (extract/stat_tables.py). Invented tables in the style of a
parish council's minutes kept as a table; the `needs_shared` test reads a real file of
../shared/corpus/formats."""

from __future__ import annotations

from minutes_miner.extract.statistics import table_statistics

from helpers import SHARED, extracted, needs_shared, table_cells


def test_paragraph_numbers_in_the_first_column_are_not_statistics():
    text = " |Minutes|Action\n4.0|Highways|\n4.1|The clerk reported 12 potholes on Mill Lane.|Clerk\n4.2|Two quotes were received for the verge.|JB"
    assert table_statistics(table_cells(text)) == []


def test_a_measure_after_its_label_is_still_a_statistic():
    text = "Measure|Result\nAverage speed (mph)|31.5\nVehicles counted|4,210"
    assert {(s.value, s.unit) for s in table_statistics(table_cells(text))} == {(31.5, "count"), (4210, "count")}


@needs_shared
def test_wereham_minute_numbers_are_not_statistics():
    stats = extracted(str(SHARED / "corpus" / "formats" / "md" / "wereham_pc_minutes_2014-01-14.md")).statistics
    assert not any(s.text.endswith(("Tree Management Plan 8.0", "HR Issues 18.0")) or s.text == "General 17.0" for s in stats)
    assert not any(s.value in {8.1, 12.2, 17.4} for s in stats)
