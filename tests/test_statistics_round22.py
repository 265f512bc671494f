"""Statistics families found on unseen councils' minutes (issue 16, round 22).

Each test is one family stated generally, with invented examples in several countries' styles
and near misses that must not change.
"""

from __future__ import annotations

import pytest

from minutes_miner.extract.money import Currencies

from helpers import statistics_found as found

USD = Currencies(home="USD", dollar="USD")
AUD = Currencies(home="AUD", dollar="AUD")


# --- a count that names what it counts after it, set off from a heading or a label by punctuation ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a spaced dash (or two) after a report's or an item's words: a separator, not a range or a reference
        ("Chief's report -- 47 calls in July, most of them medical.", [(47, "count")]),  # Tennessee fire district
        ("Decisions notified by the District - 7 approved, 1 refused.", [(7, "count"), (1, "count")]),  # English town council
        ("Report on delayed discharge - 63 people delayed at census point.", [(63, "count")]),  # Scottish IJB action log
        ("Education report (in writing) - 23 post-secondary students funded this term.", [(23, "count")]),  # First Nation
        ("Rural Fire Brigade — 12 callouts and 3 false alarms in the month.", [(12, "count"), (3, "count")]),  # Queensland
        # a heading or a label word, then a colon or a full stop, then a count of a plural
        ("Minutes: 61 findings were raised and 38 were resolved.", [(61, "count"), (38, "count")]),  # South African MPAC
        ("Allotments. 58 plots, 54 let.", [(58, "count"), (54, "count")]),  # English town council
        ("- Under-5s: 22 children on roll, thanks for the grant.", [(22, "count")]),  # English parish report
        ("Sections: 14 households were visited by the team.", [(14, "count")]),  # Ontario township
    ],
)
def test_a_count_set_off_from_a_label_by_punctuation_is_a_count(text, expected):
    assert found(text, USD) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The budget for 2024 - 25 was agreed.", []),  # a financial year
        ("25/00123/FUL - 2 Church Street - no objection.", []),  # an address after a reference
        ("Pages 4 - 7 were missing from the pack.", []),  # a run of pages: the dash follows a number
        ("Minutes: 4\n", []),  # a minute number
        ("Item 5: 3 Planning Applications", []),  # a heading's numbers
        ("Refer to Section. 12 units", []),  # no sentence ends in an abbreviation's full stop (only 'Section.')
    ],
)
def test_near_misses_of_a_count_after_punctuation_stay_out(text, expected):
    assert found(text, USD) == expected


# --- a figure with a thousands separator after a month or a capitalised word is a count, never a day or a label ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Director's report - circulation for January 18,462 items, up 6%.", [(18462, "count"), (6, "percent")]),  # Indiana library
        ("Circulation Oct 31,448, digital 9,870.", [(31448, "count"), (9870, "count")]),  # Ohio library
        ("Vessel movements Oct-Feb 1,214 (last year 1,098).", [(1214, "count"), (1098, "count")]),  # Cornish harbour board
        ("Footfall at the Hub in March 12,500 visits.", [(12500, "count")]),  # Welsh county council
    ],
)
def test_a_grouped_figure_after_a_month_or_a_capitalised_word_is_a_count(text, expected):
    assert found(text, USD) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The works start on January 18, 2026.", []),  # a date
        ("Next meeting Oct 31, 7pm.", []),
        ("Tender 1 was the lowest.", []),  # a label
        ("See Appendix 2 and Option 3.", []),
    ],
)
def test_near_misses_of_a_grouped_figure_stay_out(text, expected):
    assert found(text, USD) == expected


# --- metres told from millions by what they measure: a dimension named before, a direction after, another metre figure ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wall height 4.2m (policy 3.6m). Two submissions were received.", [(4.2, "other"), (3.6, "other"), (2, "count")]),  # Western Australia
        ("That Council support the proposal, limited to a maximum building height of 26m.", [(26, "other")]),  # New South Wales
        ("Variation to height, 9.3m v 8.5m, supported.", [(9.3, "other"), (8.5, "other")]),  # New South Wales planning panel
        ("The extension has a frontage of 12.5m to Mill Road.", [(12.5, "other")]),  # English district
        ("Setback reduced from 7.5m to 3m on the north side.", [(7.5, "other"), (3, "other")]),  # Ontario committee of adjustment
        ("the request that the 70 km/h buffer zone be extended 300 m north.", [(70, "other"), (300, "other")]),  # New Zealand
        ("The boardwalk continues 250 m beyond the bridge.", [(250, "other")]),  # Irish municipal district
    ],
)
def test_metres_named_by_a_dimension_or_a_direction_are_a_measure(text, expected):
    assert found(text, AUD) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The deficit is now 4.2m.", [(4200000, "GBP")]),  # millions of the home currency
        ("a population of 1.2m people", []),  # millions of people: not a length (left as it was)
        ("The reserve stands at 3.2m (target 3.0m).", []),  # no dimension named: not read as metres
        ("Height of the budget gap 4m was noted.", []),  # 'gap 4m' is named by 'gap', not by 'Height'
    ],
)
def test_near_misses_of_metres_stay_as_they_were(text, expected):
    assert found(text) == expected


# --- a measure's unit after one word that qualifies it, or written as an abbreviation ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Weekly collection adds about 1,900 truck kilometres a week.", [(1900, "other")]),  # New Zealand
        ("The engineer estimates 1,100 dry tons of sludge.", [(1100, "other")]),  # Idaho sewer district
        ("Crews logged 240 overtime hours in January.", [(240, "other")]),  # Saskatchewan RM
        ("The quarry will export 60,000 crushed tonnes a year.", [(60000, "other")]),  # Queensland
        ("Dredging of the inner basin: 4,600 cu m removed in January.", [(4600, "other")]),  # Cornish harbour
        ("Excavate 350 cu. yd. of fill at the park.", [(350, "other")]),  # Vermont town
    ],
)
def test_a_qualified_or_abbreviated_measure_is_unit_other(text, expected):
    assert found(text, USD) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The district installed 1,450 water meters this year.", [(1450, "count")]),  # meters counted as devices
        ("Five council houses were let; 12 residents attended.", [(5, "count"), (12, "count")]),
        ("There were 14 residents hours before the vote.", [(14, "count")]),  # a plural before the unit names what is counted
    ],
)
def test_near_misses_of_a_qualified_measure_stay_counts(text, expected):
    assert found(text, USD) == expected


# --- 'Plural things done: N': a count reported as a label, the things and what was done to them, then the figure ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Public Works: the washout was repaired. Beaver dams removed: eight.\n", [(8, "count")]),  # Manitoba RM
        ("Highways report\nPotholes filled: 140.\nGullies cleared: 96.\n", [(140, "count"), (96, "count")]),  # English county
        ("Streetlights repaired: 14; lanterns replaced: 3.", [(14, "count"), (3, "count")]),  # Irish municipal district
        ("Parks. Trees planted: 212. Benches replaced: 6.", [(212, "count"), (6, "count")]),  # Victorian shire
        ("Dogs impounded (October): 9\n", [(9, "count")]),  # Ontario township by-law report
    ],
)
def test_a_plural_and_what_was_done_to_it_labels_a_count(text, expected):
    assert found(text, USD) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Members voted: 7.", []),  # a side of a vote, not a count of the business
        ("Minutes approved: 4.", []),  # papers numbered
        ("Items deferred: 5.", []),  # items are numbered
        ("Sections amended: 12.", []),  # sections are numbered
        ("... the play area. Repairs: 3\n", []),  # a plural alone in running prose labels nothing
    ],
)
def test_near_misses_of_a_plural_done_label_stay_out(text, expected):
    assert found(text, USD) == expected


# --- the size of the attendance in brackets: after a roll of names, or after the word that says who is present ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PRESENT: Cllrs Botha, Dikgale, Gaorekwe, Kgomo, Zwane (5)\nABSENT WITH APOLOGY: Cllr Moloi", [(5, "count")]),  # South Africa
        ("Committee Members present: Aldermen Boyd, Kerr; Councillors Devlin, Stewart, Wylie (5)\nOfficers: Head of Planning", [(5, "count")]),  # NI
        ("Councillors present (5): Mr B. Fairclough (Chairman), Mrs D. Illingworth, Mr K. Roe", [(5, "count")]),  # English parish
        ("Visitors: see sign-in sheet (11).", [(11, "count")]),  # Pennsylvania township
    ],
)
def test_the_size_of_the_attendance_in_brackets_is_a_count(text, expected):
    assert found(text, USD) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("For: Crs Bramich, Egan, Fitzpatrick, Hallam (4)\nAgainst: Cr Shaw (1)", []),  # the sides of a vote
        ("Voting in favour: Councillors Devlin, Ferguson, McAteer (3)", []),
        ("Apologies were received from Cllr Smith (17)", []),  # a bracketed number after one name is no roll's size
        ("see Appendix (2).", []),
    ],
)
def test_near_misses_of_a_bracketed_attendance_stay_out(text, expected):
    assert found(text, USD) == expected


def test_a_bracket_after_the_roll_has_ended_is_no_attendance_size():
    """After the roll, the block's next field or a sentence of prose: a bracketed figure there is a label or a tally."""
    assert found("Present: Cllrs Ames, Bell, Cole.\nOfficers: Clerk\nItems deferred (3)\n", USD) == []
    assert found("Present: Cllrs Ames, Bell, Cole, Dunn. The Clerk reported the sale of plots (3).", USD) == []
