"""Statistics families found on the invented minutes of unseen councils (issue 16, round 10).

Each test is one family stated generally, with invented examples in several countries' styles
and near misses that must keep their statistics.
"""

from __future__ import annotations

import pytest


from helpers import statistics_found as found


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The owner proposes to add a 3.6 m by 4.8 m rear sunroom.", [(3.6, "other"), (4.8, "other")]),  # Ontario
        ("A shed of 12 m x 5 m is proposed.", [(12, "other"), (5, "other")]),
        ("The plant treated an average of 1.37 MGD in September.", [(1.37, "other")]),  # Oregon
        ("Noise is limited to 50 dB LAeq at the boundary.", [(50, "other")]),  # New Zealand
        ("The uniform municipal mill rate was set at 6.85 mills.", [(6.85, "other")]),  # Saskatchewan
        ("Tidy Towns achieved 298 marks, an increase of 11 marks.", [(298, "other"), (11, "other")]),  # Ireland
        ("The proposal is for 2.2 units per acre.", [(2.2, "other")]),  # Georgia
        ("Delayed discharges averaged 47 bed days per 1,000 population.", [(47, "other")]),  # Scotland
        ("Lot 503 (4,012m²) is sold on condition that a 300m² building is erected.", [(4012, "other"), (300, "other")]),  # Western Australia
        ("The tender scored 87.5 out of 100 on quality.", [(87.5, "other")]),
        ("Cyber security remained the highest risk (score 20).", [(20, "other")]),
        ("An average response time of 8 minutes 42 seconds was reported.", [(8.7, "other")]),
    ],
)
def test_a_measure_takes_its_unit_whatever_the_unit(text, expected):
    """Metres written apart in dimensions, flows, decibels, mills, marks, densities, areas glued to m²,
    scores on their scale and compound times: each is one statistic of unit 'other'."""
    assert found(text) == expected


def test_near_misses_of_measures():
    # the people in a rate are still counted; a label word before a time unit is no label
    assert found("The average caseload was 18 children per social worker.") == [(18, "count")]
    assert found("A 3 bed house was let.") == []
    # the start of a word is no month ('marks', 'Mayors'), nor a valid time '6.85'
    assert found("Only 3 Mayors attended the event.") == [(3, "count")]
    assert found("The meeting closed at 20.50.") == []
    # a spaced 'm' that is no dimension stays what it was
    assert found("£3.6 m by 2026.") == [(3600000, "GBP")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chief Amirault reported 214 calls in the last fiscal year (up from 176).", [(214, "count"), (176, "count")]),  # Nova Scotia
        ("The ranger reported 1,870 wallabies culled, up from 1,120.", [(1870, "count"), (1120, "count")]),  # New Zealand
        ("Membership fell to 290 from 350.", [(290, "count"), (350, "count")]),
        ("Complaints were down from 48 to 30.", [(48, "count"), (30, "count")]),
    ],
)
def test_the_earlier_value_of_a_change_is_a_statistic(text, expected):
    """'(up from 176)', 'fell to 290 from 350': the value a change started from is counted like the new one."""
    assert found(text) == expected


def test_a_bare_number_after_from_without_a_change_stays_out():
    assert found("The item was deferred from 5.") == []
    assert found("Apologies from 3.") == []


@pytest.mark.parametrize(
    "text",
    [
        "25/0132/HOU - replacement garage, 7 Maes Glas. No objection.",  # Wales
        "The extension at 5 Heol y Felin was supported.",
        "Held at the Community Hall, 480 chemin Principal, at 7:30 p.m.",  # Quebec
        "The office moved to 12 rue de la Gare last spring.",
        "Vouchers 412 through 455 were presented.",  # New York
        "The bills were paid (warrants 11872 through 11913).",  # Ohio
        "Resolutions 24 thru 31 were adopted on the consent agenda.",
    ],
)
def test_addresses_with_the_street_word_first_and_runs_of_numbered_papers_are_no_statistics(text):
    assert found(text) == []


def test_near_misses_of_addresses_and_runs():
    assert found("The 3 chemins were resurfaced and 4 rue closures approved.") == [(3, "count"), (4, "count")]
    # a run of a measure is no run of papers: its first number stays
    assert found("The program runs 10 through 12 weeks each summer.") != []


def test_an_attendance_line_counts_the_public_even_none():
    """'Public: 11' (Isle of Man, English parishes), 'Press: 0', 'Visitors present: 4': a line of the
    attendance that counts people; ANNOTATION.md counts 'Members of the Public: 9' the same way."""
    assert found("Clerk: Mrs H. Faragher\nPublic: 2\n") == [(2, "count")]
    assert found("Present: Cllrs Ames, Boyd\nPress: 0\nVisitors present: 4\n") == [(0, "count"), (4, "count")]
    # not a label opening the line: a number after 'public:' in a sentence is left to the other rules
    assert found("Questions from the public: none.") == []


@pytest.mark.parametrize(
    "text",
    [
        "One submission was received, from an adjoining owner, supporting the sale.",  # Western Australia
        "1. Having considered the one submission received, approve the sale of Lot 503.",
        "One letter of support and 4 objections were received.",  # Northern Ireland
        "One objection has been lodged by a neighbour.",  # England
    ],
)
def test_one_response_to_a_consultation_is_counted(text):
    assert (1, "count") in found(text)


def test_one_as_a_determiner_stays_out():
    assert found("One resident asked about the bins. One question was raised about parking.") == []
    assert found("At least one objection was received.") == []
    assert found("One of the reports was received late.") == []


def test_a_count_after_a_spaced_dash_in_a_list_of_applications():
    """'PA24/06240 - 5 holiday lets, Higher Farm' (Cornwall), '24/01560/B - 3 holiday chalets' (Isle of
    Man): the dash separates the reference from what the application proposes, a count."""
    assert found("PA24/06240 - 5 holiday lets, Higher Trenoweth Farm - Object.") == [(5, "count")]
    assert found("24/01560/B - 3 holiday chalets, Glen Road - the Commissioners object.") == [(3, "count")]
    # a range of years or an address after the dash is still no count
    assert found("The budget for 2024 - 25 was agreed.") == []
    assert found("25/00123/FUL - 2 Church Street - no objection.") == []


def test_the_count_of_a_capitalised_plural_after_the():
    """'the 4 Municipal Districts' (Ireland), 'the 12 Area Committees', 'the 3 Local Authorities': the
    capitalised run ends in a plural, so the number counts them; 'the 200 Club' names one thing."""
    assert found("The Council will engage with the 4 Municipal Districts on local priorities.") == [(4, "count")]
    assert [v for v, _ in found("Officers met the 12 Area Committees and the 3 Local Authorities in March.")] == [12, 3]
    assert found("The room was booked by the 200 Club with various rooms.") == []
    assert found("Item 4 Municipal Districts Report was noted.") == []


@pytest.mark.parametrize(
    "text",
    [
        "No new long-term borrowing had been taken out in the first half of the year.",  # England
        "The diversion rate for the first half of 2024 was noted.",  # Nova Scotia
        "Spending in the last quarter of the financial year rose.",
        "Works are planned for the second half of the season.",
    ],
)
def test_a_part_of_a_period_is_no_share(text):
    """'the first half of the year' names a time, like a quarter or a period (ANNOTATION.md: periods are not statistics)."""
    assert found(text) == []


def test_shares_in_words_stay_statistics():
    assert found("Half of the respondents supported the scheme, and a third of the budget was spent.") == [(50, "percent"), (33.3, "percent")]


def test_a_qualified_hyphenated_measure_is_read_once():
    """'no more than 500-metre intervals', 'more than 12-month delays': one statistic of unit other, not
    also a count of the bare number."""
    assert found("Seating at no more than 500-metre intervals.") == [(500, "other")]
    assert found("There were more than 12-month delays.") == [(12, "other")]
