"""Statistics families found on unseen councils' minutes (issue 16, round 14).

Each test is one family stated generally, with invented examples in several countries' styles
and near misses that must not change.
"""

from __future__ import annotations

import pytest

from minutes_miner.extract.money import Currencies

from helpers import statistics_found as found

AUD = Currencies(home="AUD", dollar="AUD")
CAD = Currencies(home="CAD", dollar="CAD")
USD = Currencies(home="USD", dollar="USD")
EUR = Currencies(home="EUR")
NZD = Currencies(home="NZD", dollar="NZD")


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


@pytest.mark.parametrize(
    ("text", "currencies", "expected"),
    [
        # the figure set beside a measured one by 'instead of', 'rather than', 'the national figure of' is in its unit
        ("Objectors asked for a setback of 2,640 feet from homes instead of 1,500.", USD, [(2640, "other"), (1500, "other")]),  # Iowa
        ("Response times averaged 9.5 minutes in rural areas, above the national figure of 8.", Currencies(), [(9.5, "other"), (8, "other")]),
        ("The scheme now gives 1,200 square metres of floorspace rather than 1,450, as first proposed.", AUD, [(1200, "other"), (1450, "other")]),
        # a heading line before the clause is not the clause: its number does not stop the borrowing
        (
            "5.  ABSENCE MANAGEMENT - QUARTER 3\n    The Director reported average absence of 13.2\n    days each against a target of 11.",
            Currencies(),
            [(13.2, "other"), (11, "other")],
        ),
    ],
)
def test_a_bare_figure_set_beside_a_measured_one_takes_its_unit(text, currencies, expected):
    assert found(text, currencies) == expected


def test_a_figure_beside_a_count_or_with_its_own_noun_keeps_its_unit():
    # the first figure counts things: nothing to borrow
    assert found("Twelve tenders were received, instead of 20.") == [(12, "count"), (20, "count")]
    # the second names its own thing
    assert found("The hall is 30 metres long rather than 12 bays.") == [(30, "other"), (12, "count")]
    # a figure of another clause (a digit earlier in the same sentence) is not borrowed across
    assert found("Volunteers planted 184,000 plants across 46 km (target 150,000).") == [(184000, "count"), (46, "other"), (150000, "count")]


@pytest.mark.parametrize(
    "text",
    [
        "Minutes of the October meeting -- Durkin moved, Faulk 2nd. Roll call 6 yes.",  # Ohio
        "Motion to approve the bills. Roll call vote: 5 ayes.",
        "The motion failed; the variance is denied (a variance requires four affirmative votes).",  # Massachusetts
        "Adoption of the by-law requires 2 concurring votes of the Board.",
        "Vote on the amendment: 4 yes votes, 1 no vote.",
    ],
)
def test_one_side_of_a_vote_is_no_statistic(text):
    """ANNOTATION.md: vote tallies belong to the resolution, one side of them as much as both."""
    assert found(text, USD) == []


def test_yes_and_no_that_count_answers_are_still_counts():
    assert (6, "count") in found("Residents returned 412 forms; 6 yes responses arrived late.")
    assert (3, "count") in found("The Clerk ordered 3 no. benches for the green.")


@pytest.mark.parametrize(
    ("text", "currencies", "expected"),
    [
        # a change in a rate written in percentage points is in percent, in digits or words (Scotland, NZ, Nova Scotia, Montana)
        ("The attainment gap narrowed by 3 percentage points.", Currencies(), [(3, "percent")]),
        ("61 of 88 measures were achieved, up four percentage points on Q1.", NZD, [(61, "count"), (88, "count"), (4, "percent")]),
        (
            "Assessment growth was 2.4%, compared with 3.9% last year - a drop of 1.5 percentage points.",
            CAD,
            [(2.4, "percent"), (3.9, "percent"), (1.5, "percent")],
        ),
        ("Chronic absenteeism fell 3 percentage points to 19%.", USD, [(3, "percent"), (19, "percent")]),
    ],
)
def test_percentage_points_are_percent(text, currencies, expected):
    """The gold of every council that writes them (7 documents, three annotators) gives percentage points unit percent."""
    assert found(text, currencies) == expected


def test_a_point_that_is_no_percentage_point_is_not_a_percent():
    assert found("The driver's total rose to 9 points on his licence.") != [(9, "percent")]
    assert found("The scheme scored 42 points out of 50.")[0][1] != "percent"


@pytest.mark.parametrize(
    ("head", "dollar"),
    [
        (
            "RURAL MUNICIPALITY OF ASPEN DRAW NO. 212\nMinutes of the Regular Meeting of Council held in the Council Chambers, Lindale,\nSaskatchewan, on Wednesday, March 4, 2026.",
            "CAD",
        ),
        ("Minutes of the Ordinary Meeting of Council held at the Shire Hall, Kooralup,\nWestern Australia, on Tuesday 10 March 2026.", "AUD"),
        ("Minutes of the regular meeting of the Board of Trustees held at the District Office, Marlow,\nOregon, on March 3, 2026.", "USD"),
    ],
)
def test_a_locator_wrapped_onto_the_next_line_still_names_the_dollar(head, dollar):
    """'held in the Council Chambers, Lindale,\\nSaskatchewan': the region after a comma that ends a line is the council's
    locator, so a bare '$' is that country's dollar (ANNOTATION.md: a bare '$' takes the council's country)."""
    from minutes_miner.extract.money import document_currencies

    text = head + "\n\nThe bank balance was $2,418,336.07 and a repair is estimated at $46,000."
    assert document_currencies(None, None, text).dollar == dollar


def test_a_line_ending_in_a_comma_before_no_region_names_no_country():
    from minutes_miner.extract.money import document_currencies

    text = "Minutes of the meeting held in the Village Hall,\nMain Street, on Monday.\n\nThe bank balance was $2,418.07."
    assert document_currencies(None, None, text).dollar == document_currencies(None, None, "The bank balance was $2,418.07.").dollar
