"""Statistics families found on the invented minutes of unseen councils (issue 16, round 10).

Each test is one family stated generally, with invented examples in several countries' styles
and near misses that must keep their statistics.
"""

from __future__ import annotations

import pytest

from minutes_miner.extract.money import Currencies
from minutes_miner.extract.statistics import find_statistics


def found(text: str, currencies: Currencies = Currencies()) -> list[tuple[float, str]]:
    return [(s.value, s.unit) for s in find_statistics(text, currencies=currencies)]


@pytest.mark.parametrize(
    "text",
    [
        "On a vote being taken the proposal was LOST, 5 Members voting in favour and 8 against.",  # Northern Ireland
        "The substantive motion was declared carried, with 14 Members voting in favour and 3 against.",
        "MOTION DEFEATED (3 in favour, 4 opposed)",  # Nova Scotia
        "Vote: 1 in favor (Ruiz), 3 opposed. The motion failed.",  # Massachusetts board
        "On being put to the meeting the amendment fell with 4 voting For and 6 Against.",
        "The amendment was lost, 6 Councillors voting for and 9 against.",
        "Seven members voted in favour, two voted against and one abstained.",
        "Upon a show of hands, 8 were in favour and 3 were opposed.",
    ],
)
def test_each_side_of_a_vote_is_a_tally_not_a_statistic(text):
    """ANNOTATION.md: vote tallies belong to the resolution, in whatever words a side is counted."""
    assert found(text) == []


def test_opinions_counted_in_favour_of_something_stay_statistics():
    assert found("The council received 312 objections and 14 letters in favour of the scheme.") == [(312, "count"), (14, "count")]
    assert found("Of the 40 residents surveyed, 28 were in favour of the new crossing and 12 were opposed to it.") == [
        (40, "count"),
        (28, "count"),
        (12, "count"),
    ]
    assert found("Some 30 households opposed the closure.") == [(30, "count")]
    # both sides with no vote named before them: a consultation's result
    assert found("Of the 120 responses, 80 were in favour and 40 were opposed.") == [(120, "count"), (80, "count"), (40, "count")]
    # submissions for and against an application are counted opinions, not a vote of the meeting
    assert found("The application was notified and 41 submissions were received: 30 opposed, 9 in support and 2 neutral.") == [
        (41, "count"),
        (30, "count"),
        (9, "count"),
        (2, "count"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The fares rise with a discount for islanders under 26.",  # Scotland
        "(b) that the fee for the cremation of a child under 18 remain waived.",
        "That free bus travel for children in care and care leavers up to 25 be explored with the operators.",
        "Cllr Probert proposed that rents be held for plot holders over 70; seconded Cllr Lewis.",  # Wales
        "The concession applies to residents aged over 65 who hold a bus pass.",  # Ireland
        "A free swim is offered to young people under 16 in the school holidays.",
    ],
)
def test_an_age_limit_naming_a_group_of_people_is_no_statistic(text):
    """ANNOTATION.md: ages used as a label for a group ('up to the age of 25') are not statistics, whatever the age."""
    assert found(text) == []


def test_a_limit_that_counts_people_or_places_stays_a_statistic():
    assert found("Members noted that residents over 300 had signed the petition.") == [(300, "count")]
    assert found("The event attracted over 70 and raised £400.") == [(70, "count"), (400, "GBP")]
    assert found("Pupils under 40 per cent attendance will be contacted.") == [(40, "percent")]
