"""Statistics families of round stat2w (real minutes pages of unseen councils), each with invented sentences in the form
of those pages, and the near misses that must stay found or stay out.
"""

from __future__ import annotations

import pytest

from minutes_miner.extract.money import Currencies

from helpers import statistics_found as found

USD = Currencies(home="USD", dollar="USD")
NZD = Currencies(home="NZD", dollar="NZD")


# --- a range of money with its sign written twice: '£70-£85k' ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The new pavilion roof would cost in the region of £70-£85k to replace.", [(70000, "GBP"), (85000, "GBP")]),
        ("The scheme is estimated at $4-$6 million over the term.", [(4000000, "USD"), (6000000, "USD")]),
        # near misses: no shared multiplier, or a change of figures rather than a range
        ("Fees of £20 - £25 per hour were agreed.", [(20, "GBP"), (25, "GBP")]),
        ("The grant went from £5 to £3m after the review.", [(5, "GBP"), (3000000, "GBP")]),
        ("The grant was £5 - £3m was the loan.", [(5, "GBP"), (3000000, "GBP")]),
    ],
)
def test_money_range_with_the_sign_written_twice(text, expected):
    assert found(text, USD if "$" in text else Currencies()) == expected


# --- 'or' between two numbers before one measure: 'at least 2 or 3 months' notice' ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Clerk asked for at least 4 or 6 weeks’ notice of the deadline.", [(4, "other"), (6, "other")]),
        ("Repairs will take 2 or 3 days to complete.", [(2, "other"), (3, "other")]),
        ("The club needs 5 or 6 volunteers on the day.", [(5, "count"), (6, "count")]),
        # near miss: labels joined by 'or' stay labels
        ("Members chose option 1 or 2 for the design.", []),
    ],
)
def test_or_joins_a_range(text, expected):
    assert found(text) == expected


# --- a running title run into the text where the page broke ---


@pytest.mark.parametrize(
    "text",
    [
        "Agenda Item 4.2: Leisure Update - Councillors Boyd and Kerr; and 1 Environment & Regeneration Committee – 9 May 2019 2\n\nAgenda Item 7.",
        "Members raised these points: 3 Council Meeting – 14 March 2017 4 The library served the whole valley.",
    ],
)
def test_page_number_before_a_running_title_is_no_statistic(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("There were 3 Council meetings – 28 July 2016 was the last.", [(3, "count")]),
        ("The trust held 4 Public Meetings - 3 May 2019 saw 40 people attend.", [(4, "count"), (40, "count")]),
    ],
)
def test_a_count_before_a_dash_and_a_date_stays(text, expected):
    assert found(text) == expected


# --- a decision's first clause run on after 'That the <body>:' ---


def test_clause_number_after_a_decision_lead():
    text = "A karakia was given.\nThat the District Council: 1 Accepts the apology from Cr Marsh for lateness. CARRIED"
    assert found(text, NZD) == []


def test_a_count_after_a_colon_stays():
    assert found("Staff confirmed that the scheme: 12 notes were received.", NZD) == [(12, "count")]


# --- an item's number and its sub-item's letter before the heading ---


def test_item_and_sub_item_letters_open_a_heading():
    text = "The motion passed. Page 2 of 9\n\n3 c. APPOINTMENTS TO THE PARKS BOARD: The Chair said 11 candidates applied."
    assert found(text, USD) == [(11, "count")]


# --- a time of day on the 24-hour clock, written with a point, and 'hours' ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2 members of the public joined the meeting at 20.17 hours.", [(2, "count")]),
        ("The meeting closed at 21.05 hours.", []),
        # near misses: hours measured
        ("Staff worked 19.42 hours in the week.", [(19.42, "other")]),
        ("Overtime rose to 12.50 hours after the storm.", [(12.5, "other")]),
    ],
)
def test_dotted_clock_hours(text, expected):
    assert found(text) == expected


# --- a paragraph cited by where it stands, its number written with a point ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hospice appeal - £75.00 (donation as agreed at 12.3. below).", [(75, "GBP")]),
        ("The score was 7. Above, the table shows the rest.", [(7, "other")]),
    ],
)
def test_cited_paragraph_with_its_point(text, expected):
    assert found(text) == expected


# --- numbers listed with commas and no spaces ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Licensing Circular 314,315,316,317 and 319. Nothing relevant to the parish.", []),
        ("Minutes 45,46,47 and 48 were approved.", []),
        # near misses: figures in thousands
        ("We had 12,345 and 400 more.", [(12345, "count"), (400, "count")]),
        ("There were 1,200 and 1,500 visitors.", [(1200, "count"), (1500, "count")]),
        # two numbers only, the last one counting a plural: a figure in thousands and a count
        ("Attendance rose to 2,008 and 15 new members joined the club.", [(2008, "count"), (15, "count")]),
        ("The library lent 5,012 and 20 books were lost.", [(5012, "count"), (20, "count")]),
    ],
)
def test_a_run_of_references(text, expected):
    assert found(text) == expected


# --- a document-sharing site's counters above the minutes ---


@pytest.mark.parametrize(
    "text",
    ["Post on 14-Mar-2020\n\n7 views 1 download\n\n\n– 1 –\n\nMINUTES OF THE MEETING", "Views: 35  Downloads: 2\nMINUTES"],
)
def test_site_counters_are_no_statistic(text):
    assert found(text) == []


def test_views_counted_in_a_sentence_stay():
    assert found("The webcast had 2,000 views online.") == [(2000, "count")]


def test_labelled_figures_each_on_its_line_stay():
    # labelled figures reported one a line are no site's counters
    assert found("website statistics for the year:\nViews: 1,204\nDownloads: 56") == [(1204, "count"), (56, "count")]


# --- 'minute' as a unit without its hyphen ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr Grey gave a 12 minute presentation on the flood plan.", [(12, "other")]),
        ("After a 15 minute break the meeting resumed.", [(15, "other")]),
        # near miss: Scottish councils' 'Minute' of a meeting after an item number
        ("Item 3 Minute of the meeting of the Board held on 5 May.", []),
    ],
)
def test_minute_is_a_unit(text, expected):
    assert found(text) == expected


# --- an attendance label's count in words: 'PUBLIC PRESENT: One' ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MINUTES: Jane Marsh\n\nPUBLIC PRESENT: Two\n\nOM-21-044 DECLARATIONS OF INTEREST", [(2, "count")]),
        ("Members of the public present: three.\n", [(3, "count")]),
        # near miss: a count wrapped at the line's end still counts what the next line names
        ("The council approved two\nnew benches for the park.", [(2, "count")]),
    ],
)
def test_attendance_label_with_a_word_number(text, expected):
    assert found(text) == expected


def test_a_roll_count_in_words_names_nobody():
    from minutes_miner.attendance import person_name

    assert person_name("One") is None
    assert person_name("Two") is None
    assert person_name("Tony Seven") == "Tony Seven"


# --- 'two more <things>': a count of plural things qualified by 'more' ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The board interviewed four applicants and reviewed three more re-appointment applications.", [(4, "count"), (3, "count")]),
        ("The clerk said two more complaints have been received.", [(2, "count")]),
        ("Two more days were needed.", [(2, "other")]),
        # near misses: 'more' compares, or names no things
        ("There were two more than last year.", []),
        ("There are three more to come.", []),
        ("It was asked one more time.", []),
    ],
)
def test_more_things(text, expected):
    assert found(text) == expected


# --- a fraction written as one glyph after its whole number; a herd counted by a hyphen ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The applicant lives 3½ miles from the holding.", [(3.5, "other")]),
        ("A 1½ hour workshop was held.", [(1.5, "other")]),
        ("Rents rose by 2½% this year.", [(2.5, "percent")]),
        ("The farm keeps a 120-cow dairy herd.", [(120, "count")]),
        # near miss: a glyph fraction in an item's label is no figure
        ("Item 4½ Planning", []),
    ],
)
def test_glyph_fractions_and_herds(text, expected):
    assert found(text) == expected


# --- a number opening a list of counts of capitalised things ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Present:\n9 Councillors, 2 Officers and 3 members of the public", [(9, "count"), (2, "count"), (3, "count")]),
        ("Members were present as follows:\n\n          24 Tenants, 11 Deputies and the Clerk\n", [(24, "count"), (11, "count")]),
        ("The Clerk read out the police report. 4 Burglary, 9 rti and 2 thefts.", [(4, "count"), (9, "count"), (2, "count")]),
        # near misses: house numbers listed before their streets' names, an item number before its heading
        ("APPROVED 14/0221/B: Erection of a shed. 7 Thalloo, 7 Balla Ny Cronk, Ballaugh", []),
        ("\n5 Apologies were received\n6 Planning applications", []),
        # an item's number before its heading's word, then a count
        ("7 Planning, 2 applications were considered and supported.", [(2, "count")]),
    ],
)
def test_a_list_of_counts_opens_with_a_count(text, expected):
    assert found(text) == expected
