"""Statistics families found on unseen councils' minutes (issue 16, round 14).

Each test is one family stated generally, with invented examples in several countries' styles
and near misses that must not change.
"""

from __future__ import annotations

import pytest

from minutes_miner.extract.money import Currencies
from minutes_miner.extract.statistics import find_statistics

AUD = Currencies(home="AUD", dollar="AUD")
CAD = Currencies(home="CAD", dollar="CAD")
USD = Currencies(home="USD", dollar="USD")
EUR = Currencies(home="EUR")


def found(text: str, currencies: Currencies = Currencies()) -> list[tuple[float, str]]:
    return [(s.value, s.unit) for s in find_statistics(text, currencies=currencies)]


@pytest.mark.parametrize(
    ("text", "currencies", "expected"),
    [
        # an average or a rate written with a decimal and named before the figure (Wales, Scotland, Ontario, Queensland)
        ("The Head of HR reported average days lost per FTE of 5.6 for the half year.", Currencies(), [(5.6, "other")]),
        ("Sickness absence per head stood at 7.9 for the quarter.", Currencies(), [(7.9, "other")]),
        ("The median response time in minutes was 11.4, within the standard.", CAD, [(11.4, "other")]),
        ("Each inspector's caseload averaged 4.7 across the year.", AUD, [(4.7, "other")]),
    ],
)
def test_a_decimal_with_no_noun_after_it_is_an_average_not_a_count(text, currencies, expected):
    """ANNOTATION.md: counts are numbers of things, whole; a decimal naming no plural is a rate or an average (unit other)."""
    assert found(text, currencies) == expected


def test_a_decimal_that_counts_a_plural_or_money_keeps_its_unit():
    assert found("The team employs 2.5 posts in total.") == [(2.5, "count")]
    assert found("Funding covers 1.5 FTE officers for two years.")[0] == (1.5, "count")
    assert found("The average household has 2.4 people.", AUD) == [(2.4, "count")]
    assert found("The hall hire rose to €12.50 an hour.", EUR) == [(12.5, "EUR")]
    assert found("Over 3.2 million passengers used the route.") == [(3200000, "count")]


@pytest.mark.parametrize(
    ("text", "currencies", "expected"),
    [
        # a bare decimal compared with, or changed from, a measured figure still takes that figure's unit
        ("The collection rate was 94.1% compared with 92.6 in 2023.", Currencies(), [(94.1, "percent"), (92.6, "percent")]),
        ("The vacancy rate went from 12.5% to 14.2 over the year.", CAD, [(12.5, "percent"), (14.2, "percent")]),
        ("Hire fees were cut from €450.50 to 400.25 for groups.", EUR, [(450.5, "EUR"), (400.25, "EUR")]),
        ("Average waits fell from 14.5 weeks to 11.2.", AUD, [(14.5, "other"), (11.2, "other")]),
    ],
)
def test_a_bare_decimal_still_borrows_the_unit_of_the_figure_it_is_compared_with(text, currencies, expected):
    assert found(text, currencies) == expected
