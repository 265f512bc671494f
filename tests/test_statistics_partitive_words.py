"""A count in words taken out of a whole ('Six of the existing fleet', 'nine of the deviations',
'eleven of the fourteen units'): the part counts the things of the whole, in every style of minutes.
Near misses stay out: 'one of the', 'a number of the', 'Part Two of the minutes', 'Phase Three of the
works', 'week fifteen of the diversion', a part of a singular thing ('two of the issue')."""

from __future__ import annotations

import pytest

from minutes_miner.extract.statistics import find_statistics


def counts(text: str) -> list[float]:
    return [s.value for s in find_statistics(text) if s.unit == "count"]


@pytest.mark.parametrize(
    "text",
    [
        "One of the residents asked about the bins.",  # 'one of the' is a determiner
        "A number of the residents raised parking.",  # no number
        "The Committee noted Part Two of the minutes.",  # a part's label
        "Phase Three of the works will start in May.",  # a phase's label
        "Members discussed Section Two of the regulations.",
        "The detour is in week fifteen of the diversion works.",  # a week's label
        "Cllr Ames spoke on two of the issue.",  # a part of a singular thing
    ],
)
def test_labels_and_determiners_before_of_the_are_not_counts(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Eleven units had been returned to stock and the remaining three would be tenanted by April.", 3),  # Irish voids report
        ("Two bids were compliant; the other four had been rejected on price.", 4),  # US bid tabulation
        ("Nine applications came in and the final two will be assessed in May.", 2),  # Scottish community fund
        ("Of the six shelters, the last three should be replaced next year.", 3),  # Australian shire works
        ("Eight of the fourteen units were let; the\nremaining six would follow.", 6),  # the lead words across a line break
    ],
)
def test_the_remaining_few_standing_for_the_things_counted(text: str, value: float) -> None:
    """'the remaining three would be tenanted': after 'the remaining/other/last/final' the number stands
    for the things counted before it, even before a modal or an auxiliary."""
    assert value in counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The remaining one would be let in May.",  # 'one' is a determiner here
        "The other would be reviewed next year.",  # no number
        "The last of the three would be the hardest.",  # 'three' counts nothing ('of the three' is no count here either)
    ],
)
def test_no_count_without_a_number_after_the_remaining(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The twentieth day of January, two thousand twenty-six\n\nMembers present: Ames, Bell.",  # US formal minutes
        "held on Monday, the thirteenth day of October, two thousand twenty-five, in the Library",
        "Tuesday, the eleventh of March, Two Thousand Twenty-Five, at 7:00 in the evening",
        "in the year two thousand and twenty-four the Board met",
    ],
)
def test_a_year_written_in_words_is_a_date_not_a_count(text: str) -> None:
    assert counts(text) == []


def test_a_thousands_count_in_words_still_counts() -> None:
    assert 2000 in counts("Some two thousand residents responded to the January survey.")
