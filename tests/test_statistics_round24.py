"""Counts written in words that earlier rounds left out, each seen in several councils' minutes:
a part taken out of things of the business ('nine of the deviations', 'Six of the existing fleet'),
a count before 'in' and the period or whole it is counted in ('eleven in March', 'seventeen in 2024',
'thirty-three in support'), and a count that ends its clause after a verb giving a level ('Waiting list
stands at thirty-one.', 'Missed collections down to six'). The near misses stay out: the meeting's own
members, labels ('week fifteen of the diversion'), 'one', votes and people 'in all'."""

from __future__ import annotations

import pytest

from minutes_miner.extract.statistics import find_statistics


def counts(text: str) -> list[float]:
    return [s.value for s in find_statistics(text) if s.unit == "count"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The Municipal Manager explained why a single supplier received nine of the deviations.", 9),  # South Africa
        ("Reason: Six of the existing fleet exceed 8 years of age.", 6),  # England, a collective noun
        ("Condition 31 amended to require five of the apartments to be adaptable.", 5),  # New South Wales panel
        ("Ms Nestor advised that eleven of the fourteen units had been returned to stock.", 11),  # Ireland, the whole counted too
        ("The grading program is complete and eleven of\nthe fourteen flood damage sites are closed.", 11),  # Queensland, a line break
        ("Twenty-three of the district's boreholes were repaired within 48 hours.", 23),  # a possessive before the whole
    ],
)
def test_a_part_of_things_is_a_count(text: str, value: float) -> None:
    assert value in counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Two of the members left early.",  # the meeting's own members
        "Three of the councillors declared an interest in the item.",
        "Members agreed two of the following.",  # a list's lead, no whole
        "The detour is in week fifteen of the diversion works.",  # a label before the number
        "One of the residents asked about the bins.",  # 'one of' is a determiner
    ],
)
def test_parts_that_count_no_things_of_the_business(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Grinder pump repairs: eleven in March.", 11),  # Pennsylvania authority
        ("Cruise calls are expected to reach twenty-three in the 2025 season.", 23),  # Scottish harbour
        ("Calls fell against seventeen in 2024 and the target was met.", 17),
        ("Forty-one submissions were received, thirty-three in support.", 33),  # New Zealand community board
        ("The appendices were signed and affixed to the documents listed (eleven in total).", 11),  # Northern Ireland
    ],
)
def test_a_count_before_in_and_its_period_or_whole(text: str, value: float) -> None:
    assert value in counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Chair thanked everyone (five in all were thanked by name).",  # people 'in all' stay out
        "Work on phase two in 2026 was deferred.",  # a phase's label
        "One in March and another in May were postponed.",  # 'one' picks a thing out
        "The members met two in the afternoon.",  # no period or whole after 'in'
    ],
)
def test_near_misses_before_in(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Allotments: waiting list stands at thirty-one. Deputy Clerk to report.", 31),  # English town council
        ("Missed collections down to six in the month.", 6),  # Isle of Man commissioners
        ("The caseload stood at twelve. Officers reported no change.", 12),
        ("Vacancies have fallen to four.", 4),
    ],
)
def test_a_level_in_words_ending_its_clause(text: str, value: float) -> None:
    assert value in counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The item was deferred to two.",  # no verb of a level
        "The meeting stood at ease.",  # no number
        "The balance fell to one.",  # 'one' ending a clause is no count
    ],
)
def test_near_misses_ending_a_clause(text: str) -> None:
    assert counts(text) == []
