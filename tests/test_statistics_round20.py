"""Statistics families found on unseen councils' minutes (issue 16, round 20).

Each test is one family stated generally, with invented examples in several countries' styles
and near misses that must not change.
"""

from __future__ import annotations

import pytest

from minutes_miner.extract.money import Currencies
from minutes_miner.extract.statistics import find_statistics

USD = Currencies(home="USD", dollar="USD")


def found(text: str, currencies: Currencies = Currencies()) -> list[tuple[float, str]]:
    return [(s.value, s.unit) for s in find_statistics(text, currencies=currencies)]


# --- a bare figure compared with a measured one is in its unit (value right, unit wrong is a miss and a false find) ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'up from' / 'down from' after a measure: the earlier value of the same measure
        ("Unit turnaround averaged 23 days, down from 41.", [(23, "other"), (41, "other")]),  # Arkansas housing authority
        ("Average wait for a bin repair was 6.5 days, up from 4.", [(6.5, "other"), (4, "other")]),  # English district
        ("Response times were 11 minutes in March, down from 14 in February.", [(11, "other"), (14, "other")]),  # Ontario
        # a score on its scale, then the score it is compared with
        ("The inspection at Riverside Courts scored 88, up from 71.", [(88, "other"), (71, "other")]),  # Texas
        ("The play area scored 62, down from 70 last year.", [(62, "other"), (70, "other")]),  # Welsh community council
        # a target compared after a list earlier in the sentence: the comparison belongs to the measure just before it
        (
            "The Officer reported five voids at 31 March (Mill Terrace, Quay Close), average re-let time 47 days against the target of 28.",
            [(5, "count"), (47, "other"), (28, "other")],
        ),  # Isle of Man
        # numbers that are no statistics (a rate's denominator, an age band) between the measure and its comparison
        (
            "Delayed discharges averaged 47 bed days per 1,000 population aged 75+, above the national figure of 38.",
            [(47, "other"), (38, "other")],
        ),  # Scotland
    ],
)
def test_a_compared_figure_takes_the_unit_of_the_measure_it_is_compared_with(text, expected):
    assert found(text, USD) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the earlier value of a count stays a count
        ("Chief Amirault reported 214 calls in the last fiscal year (up from 176).", [(214, "count"), (176, "count")]),
        ("The district population 12,500, up from 11,900.", [(12500, "count"), (11900, "count")]),
        # a compared figure naming its own thing keeps it
        ("Response took 6 minutes, down from 20 visits a week.", [(6, "other"), (20, "count")]),
        # the target of the clause's first figure, in brackets after a measure, stays that figure's unit
        ("Volunteers planted 184,000 plants across 46 km (target 150,000).", [(184000, "count"), (46, "other"), (150000, "count")]),
        # 'scored' with a thousands comma is no score
        ("The petition scored 1,250 signatures.", [(1250, "count")]),
    ],
)
def test_near_misses_of_the_compared_unit_stay(text, expected):
    assert found(text, USD) == expected
