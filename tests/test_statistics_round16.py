"""Statistics families found on unseen councils' minutes (issue 16, round 16).

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
ZAR = Currencies(home="ZAR")


@pytest.mark.parametrize(
    ("text", "currencies", "expected"),
    [
        # US, Canadian and South African drafting doubles a quantity in words and digits: the doubling marks a figure,
        # even before a model year, after 'of', for 'one', and before a capitalised noun
        ("That Council accept the tender for one (1) 2027 tandem axle plow truck with wing.", CAD, [(1, "count")]),
        ("Approve purchase of Two (2) 2026 Ford Police Interceptor Utility vehicles.", USD, [(2, "count")]),
        ("The Board authorised the purchase of one (1) used grader from the dealer.", CAD, [(1, "count")]),
        ("The Clerk may issue a Five (5) Day License for the fair.", USD, [(5, "other")]),
        ("Council awarded the contract to a panel of six (6) service providers.", ZAR, [(6, "count")]),
        # a period set by a rule in doubled form is a measure like one in digits ('within 28 days')
        ("This approval expires if a building permit is not obtained within eighteen (18) months.", USD, [(18, "other")]),
        ("Objections must be lodged within twenty-one (21) days of the notice.", ZAR, [(21, "other")]),
    ],
)
def test_a_number_doubled_in_words_and_digits_is_a_statistic(text, currencies, expected):
    """ANNOTATION.md: a number in words is a statistic like one in digits; 'three (3)' is one record."""
    assert found(text, currencies) == expected


@pytest.mark.parametrize(
    ("text", "currencies"),
    [
        ("Council would respond within two weeks of the meeting.", CAD),  # a promise in words: a deadline, not a measure
        ("One resident asked about the 2026 budget.", USD),  # 'one' opening a sentence is a determiner
        ("The motion was carried (5) and the item closed.", USD),  # a tally in brackets
        ("That one (2) vehicle be bought.", USD),  # words and digits that disagree are not a doubling
    ],
)
def test_near_misses_of_the_doubled_number_stay_out(text, currencies):
    assert found(text, currencies) == []


@pytest.mark.parametrize(
    ("text", "currencies", "expected"),
    [
        # Saskatchewan mill rate factors, a US levy list, Australian differential rates, an Irish rate on valuation
        (
            "That council approve the 2025 mill rate factors as follows: Agriculture 0.78, Residential 1.00, Commercial/Industrial 1.65.",
            CAD,
            [(0.78, "other"), (1.0, "other"), (1.65, "other")],
        ),
        (
            "That the 2026 mill rate factors be set as follows: agricultural 0.78,\nresidential 1.00, commercial/industrial 1.45.",
            CAD,
            [(0.78, "other"), (1.0, "other"), (1.45, "other")],
        ),
        (
            "The board certified the levy rates as follows: General Fund 4.25, Road and Bridge 1.10 and Library 0.85.",
            USD,
            [(4.25, "other"), (1.1, "other"), (0.85, "other")],
        ),
        (
            "Council set the rates in the dollar for 2025-26: Residential 0.4512; Farmland 0.2871; Commercial 0.6390.",
            AUD,
            [(0.4512, "other"), (0.2871, "other"), (0.639, "other")],
        ),
    ],
)
def test_a_list_of_rates_named_by_category_is_one_rate_each(text, currencies, expected):
    """ANNOTATION.md: rates are statistics (unit other); a list after 'mill rate factors:' names each rate by its class."""
    assert found(text, currencies) == expected


@pytest.mark.parametrize(
    ("text", "currencies"),
    [
        ("The tax rate report is at section 4.2, Appendix 3.1.", USD),  # section numbers after a rate word
        ("Rates: see item 5.3 of the agenda.", AUD),
        ("That the mill rate be discussed at the next meeting. Item 6.2 Roads.", CAD),  # a new sentence names an item
    ],
)
def test_section_numbers_near_a_rate_word_are_not_rates(text, currencies):
    assert found(text, currencies) == []


@pytest.mark.parametrize(
    ("text", "currencies", "expected"),
    [
        # days of a service counted as time (a standard, downtime, a school year, sickness): a measure, unit other
        ("Permits were decided in a median of 47 statutory days.", AUD, [(47, "other")]),
        ("The calendar provides 148 student days for the year.", USD, [(148, "other")]),
        ("The cremator was out of use for 11 breakdown days in the quarter.", Currencies(), [(11, "other")]),
        ("Staff absence averaged 9 sick days per employee.", CAD, [(9, "other")]),
        # a multi-word measure broken across a line is the same measure
        ("Complaints were answered within eleven working\ndays on average.", Currencies(), [(11, "other")]),
        ("Applications were decided in 23 calendar\ndays.", USD, [(23, "other")]),
    ],
)
def test_days_of_a_service_named_by_their_kind_are_a_measure(text, currencies, expected):
    """ANNOTATION.md: durations of a service measure are statistics in unit other."""
    assert found(text, currencies) == expected


@pytest.mark.parametrize(
    ("text", "currencies", "expected"),
    [
        ("The programme ran 17 activity days with 312 places booked.", Currencies(), [(17, "count"), (312, "count")]),  # events counted
        ("Two open days were held at the library.", Currencies(), [(2, "count")]),
    ],
)
def test_days_that_are_events_stay_counts(text, currencies, expected):
    assert found(text, currencies) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the sides of a division written as 'N for the motion' (Scotland, Ireland, Wales), 'carried N for', 'N not voting'
        "On a vote being taken, 4 members voted for the amendment and 8 for the motion, which was accordingly carried.",
        "On a vote, 2 votes were cast for the amendment and 3 for the motion.",
        "On a show of hands, seven voted for the original motion and five for the amendment.",
        "Precept 2025/26 set as proposed - carried 5 for, 1 abst.",
        "The original proposal was then carried, 5 for with 1 abstention.",
        "For 5, against 0, 1 not voting.",
        "The recommendation was agreed, 6 for and 2 against, 2 did not vote.",
    ],
)
def test_the_sides_of_a_division_are_tallies_not_statistics(text):
    """ANNOTATION.md: vote tallies belong to the resolution, they are not statistics."""
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("There were 12 applications for the fund and 3 for the bursary.", [(12, "count"), (3, "count")]),  # counts of things, no vote
        ("The grant paid for 8 new benches and 2 for the play area.", [(8, "count"), (2, "count")]),
        ("Of 40 responses, 28 were for the proposal.", [(40, "count"), (28, "count")]),  # opinions counted in a consultation
    ],
)
def test_counts_for_something_that_is_not_a_vote_stay(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # numbered things named together after their plural: 'Tanks 1 and 2', 'variances 1 and 2', 'Wards 3 & 5'
        "The tank will be out of service; Tanks 1 and 2 can carry summer demand.",
        "The Committee approves variances 1 and 2, subject to conditions.",
        "Councillors for Wards 3 & 5 were consulted.",
        "Grants to Phases 2 or 3 would need a new bid.",
    ],
)
def test_numbered_things_after_their_plural_are_labels(text):
    """ANNOTATION.md: labels and reference numbers are not statistics."""
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The scores were 12 and 14 respectively.", [(12, "count"), (14, "count")]),  # a verb before the pair: figures
        ("Between them the sites had 40 and 55 visitors.", [(40, "count"), (55, "count")]),
    ],
)
def test_pairs_of_figures_that_are_not_labels_stay(text, expected):
    assert found(text) == expected
