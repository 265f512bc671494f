"""Statistics families found on unseen councils' minutes (issue 16, round 18).

Each test is one family stated generally, with invented examples in several countries' styles
and near misses that must not change.
"""

from __future__ import annotations

import pytest

from minutes_miner.extract.money import Currencies

from helpers import statistics_found as found

CAD = Currencies(home="CAD", dollar="CAD")
USD = Currencies(home="USD", dollar="USD")
AUD = Currencies(home="AUD", dollar="AUD")


@pytest.mark.parametrize(
    ("text", "currencies", "expected"),
    [
        # attendance written as 'Label: value' after another sentence of the attendance block, not only at a line's start
        ("Clerk: Mrs T. Arnott. Public: 7.\n\nAPOLOGIES", Currencies(), [(7, "count")]),
        ("Apologies – none.  Press – 2.\n\n12/03  Minutes", Currencies(), [(2, "count")]),
        ("Present: Mayor Dunn, Trustees Ortiz and Bell.\nAttendance – 14\n", USD, [(14, "count")]),
        # a plural noun (with what state it is in) as the label of a count that ends its line or clause
        ("Written objections: 3\nOral submissions: 2\n\nDECISION", CAD, [(3, "count"), (2, "count")]),
        ("Representations: 19, mostly about traffic on the access lane.", AUD, [(19, "count")]),
        ("Sandbags available: 12,500\nPumps on loan: 4\n", CAD, [(12500, "count"), (4, "count")]),
        ("Petitions received: 6; all were referred to the Planning Committee.", Currencies(), [(6, "count")]),
        ("The crest is forecast to pass.\nSandbags available:\n9,000. Crews are ready.", CAD, [(9000, "count")]),
        # a run of labelled fields on one line; the period counted in brackets; a column gap for the colon
        ("Councillors present: 11. Public speakers: 9.", Currencies(), [(11, "count"), (9, "count")]),
        ("CHIEF'S REPORT\nCalls (June): 58\nFire calls YTD: 47\n", USD, [(58, "count"), (47, "count")]),
        ("Apologies        Cr Latu\nPublic           12\n\n1    APOLOGY", Currencies(), [(12, "count")]),
        ("Councillors: 6          Clerk: Mrs K Blewitt\n", Currencies(), [(6, "count")]),
        # and in words
        ("Voids: three. The average re-let time was 41 days.", Currencies(), [(3, "count"), (41, "other")]),
        ("Complaints received: nine.\n", CAD, [(9, "count")]),
    ],
)
def test_a_count_given_as_label_and_value(text, currencies, expected):
    """ANNOTATION.md: a count is a statistic however it is written; 'Label: value' names what it counts before it."""
    assert found(text, currencies) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Minutes: 4\n",  # a minute number
        "Ward: 12\n",  # a singular label names one thing
        "Reference: 4471\n",  # a reference
        "Votes for: 5\nAbstentions: 1\n",  # a tally belongs to the resolution
        "Meeting dates: 14 March and 9 May\n",  # dates
        "Appendices: 2\n",  # a label word of the exclusions
        "Policies: 4.2\n",  # a numbered policy, never a count with decimals
        "Actions:\n1. Clerk to write to the highways authority.\n",  # a numbered list under its heading
        "Decisions made:\n2) That the report be noted.\n",
        "Cllr Dunn asked about the play area. Repairs: 3\n",  # a plural label is layout opening its line, not run into prose
        "Venue: the Town Hall. Repairs: 3\n",  # a run of labelled fields goes on from a labelled count, not from any field
        "Wards: 3\n",  # wards are numbered, a label of their own (count_labels.not_counts)
    ],
)
def test_near_misses_of_the_count_label_stay_out(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "currencies", "expected"),
    [
        # a size or a capacity joined to the thing by a hyphen counts beds, covers, places, berths or bays
        ("The application seeks a 66-bed care home on the former depot site.", Currencies(), [(66, "count")]),
        ("Council welcomed the commitment to fund the 24-bed emergency department expansion.", AUD, [(24, "count")]),
        ("Change of use to a 120-cover restaurant with rear extraction flue.", Currencies(), [(120, "count")]),
        ("The licence is for a 150-capacity music venue on Water Street.", USD, [(150, "count")]),
        ("The marina plan adds a 40-berth pontoon and a 25-bay trailer park.", CAD, [(40, "count"), (25, "count")]),
    ],
)
def test_a_capacity_joined_by_a_hyphen_is_a_count(text, currencies, expected):
    """ANNOTATION.md: counts of things; 'a 40-space car park' was read, beds, covers and bays are the same family."""
    assert found(text, currencies) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The scheme provides a mix of 3-bed houses and 2-bed flats.",  # the homes' type, not beds counted
        "Erection of a four-bed detached dwelling with garage.",
        "The bed and breakfast has a capacity-based charge.",  # no number
    ],
)
def test_near_misses_of_the_hyphen_capacity_stay_out(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "currencies", "expected"),
    [
        # a figure named by a lower-case word inside brackets after the thing it describes
        ("The preferred option replaces Kinnaird Academy (roll 642) on its existing site.", Currencies(), [(642, "count")]),
        ("The jail population averaged 27 inmates in February (capacity 32); costs rose.", USD, [(27, "count"), (32, "count")]),
        ("Average absence was 13.2 days per employee (target 11), mostly stress.", Currencies(), [(13.2, "other"), (11, "other")]),
        ("Library members rose to 980 (last year: 905) after the campaign.", CAD, [(980, "count"), (905, "count")]),
        # a period's figure set beside this period's, with a colon
        ("187 licences were issued (Q2: 164), most within target.", Currencies(), [(187, "count"), (164, "count")]),
        ("Council received 23 petitions (2024/25: 17).", AUD, [(23, "count"), (17, "count")]),
    ],
)
def test_a_figure_named_inside_brackets(text, currencies, expected):
    """ANNOTATION.md: each number is its own record; '(capacity 32)' and '(Q2: 164)' are figures, not labels."""
    assert found(text, currencies) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The works are in the second tranche (phase 2) of the programme.",  # a phase's label
        "See the earlier decision (item 5) for details.",
        "The earmarked fund (reserve 3310) was drawn down.",  # a code
        "The bid (Option 3) was preferred.",
        "Works in the town centre (ward 12) start soon.",
    ],
)
def test_near_misses_of_the_bracketed_figure_stay_out(text):
    assert found(text) == []
