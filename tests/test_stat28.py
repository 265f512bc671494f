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
