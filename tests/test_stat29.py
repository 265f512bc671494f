"""Statistics families of round stat29, each with real sentences of the development documents (quoted as written)
and the near misses that must stay out.
"""

from __future__ import annotations

import pytest

from minutes_miner.extract.money import Currencies

from helpers import statistics_found as found

USD = Currencies(home="USD", dollar="USD")
CAD = Currencies(home="CAD", dollar="CAD")
AUD = Currencies(home="AUD", dollar="AUD")


# --- 'Label: value' in running prose: a label saying the state of what it counts, or a figure with a thousands group ---


@pytest.mark.parametrize(
    ("text", "currencies", "expected"),
    [
        ("The CAO advised the Ross River crest is forecast for April 18. Sandbags available:\n9,000. Reeve Penner and the CAO", CAD, [(9000, "count")]),
        ("27 leak\n    repairs completed. Customer accounts: 11,406. The GM will present the draft", USD, [(27, "count"), (11406, "count")]),
    ],
)
def test_a_labelled_count_in_prose(text, currencies, expected):
    assert found(text, currencies) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Dunn asked about the play area. Repairs: 3\n",  # a plural alone, a small figure: a label of the layout, not a count
        "The report was noted. Minutes: 1,204\n",  # papers are numbered (count_labels.not_counts), whatever the figure
    ],
)
def test_near_misses_of_a_labelled_count_in_prose(text):
    assert found(text) == []


# --- a minus sign glued to a figure that a linking word states: a negative ratio, margin or change ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(2) no review of masterfile changes. The operating surplus ratio was -4.1%\n", [(-4.1, "percent")]),
        ("operating surplus ratio was -0.08 against a standard of 0.01; the current ratio", [(-0.08, "other"), (0.01, "other")]),
    ],
)
def test_a_negative_figure_after_a_linking_word(text, expected):
    assert found(text, AUD) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("See pages 10 -15 of the pack.", []),  # a range's second end, not a negative figure
        ("Item -3 was noted.", []),  # a heading's dash, no linking word
    ],
)
def test_near_misses_of_a_negative_figure(text, expected):
    assert found(text, AUD) == expected


# --- the amount a figure just given changed by: '(up 4)', ', down 2' ---


@pytest.mark.parametrize(
    ("text", "currencies", "expected"),
    [
        ("Assaults causing harm: 26 (up 4).", Currencies(home="EUR"), [(26, "count"), (4, "count")]),
        ("2,906 students (up 41). HIB report for period 1:", USD, [(2906, "count"), (41, "count")]),
        ("  Volunteer roster 23, down 2. Recruit academy starts Jan.", USD, [(23, "count"), (2, "count")]),
    ],
)
def test_the_amount_of_a_change_after_up_or_down(text, currencies, expected):
    assert found(text, currencies) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The figures are on the slide; scroll down 2.",  # no figure given before: a direction, not a change
        "Members were referred to the report (see item 4).",
    ],
)
def test_near_misses_of_the_amount_of_a_change(text):
    assert found(text) == []


# --- a figure with a thousands group after a date's colon: no time's minutes carry a thousands group ---


def test_a_grouped_count_after_a_dates_colon():
    assert found("Enrollment as of October 15: 2,906 students (up 41). HIB report", USD) == [(2906, "count"), (41, "count")]


@pytest.mark.parametrize(
    "text",
    [
        "The meeting was called to order at 7 : 45 P.M.",  # a time's minutes
        "Adjourned March 11, 2021 at 10.",  # the hour of a date
    ],
)
def test_near_misses_of_a_grouped_count_after_a_colon(text):
    assert found(text, USD) == []


# --- a multiplier and a currency word wrapped to the line after the figure (Kent County Council, questions and answers) ---


def test_a_figure_with_its_multiplier_and_currency_word_on_the_next_line():
    text = "On average 7.2 million doctor appointments are missed a year which totals to around 1.2\nbillion pounds a year."
    assert found(text) == [(7200000, "count"), (1200000000, "GBP")]


def test_number_words_before_a_currency_word_still_are_money():
    assert found("The Council agreed to give two thousand pounds to the appeal.") == [(2000, "GBP")]


# --- a list of references after its label, the line broken after the label (Kent County Council, section 25 statement) ---


def test_a_reference_list_broken_after_its_label():
    text = "• the balanced budget requirement (England, Scotland and Wales) (sections\n32, 43 and 93 of the Local Government Finance Act 1992)"
    assert found(text) == []


def test_a_count_on_the_line_after_a_plural_still_counts():
    assert found("Applications received from residents\n32 in total, and 12 were refused.") == [(32, "count"), (12, "count")]


# --- a count after 'from' and a label word, with the plural counted after it ---


@pytest.mark.parametrize(
    ("text", "currencies", "expected"),
    [
        ("purchases about\n14,300 hours of homecare each week from 19 providers; average hourly rate", Currencies(), [(14300, "other"), (19, "count")]),
        ("   Applications from 7 traders for the summer season, fee €60 per trading day.", Currencies(home="EUR"), [(7, "count"), (60, "EUR")]),
    ],
)
def test_a_count_after_from_names_its_plural(text, currencies, expected):
    assert found(text, currencies) == expected


def test_near_miss_of_a_count_after_from():
    assert found("Cheque numbers from 8108 to 8119 were approved.", USD) == []


# --- 'to' after a figure joins a code to the next words only as a word: 'tonnes' is a measure ---


def test_a_measure_starting_with_to_after_an_adjective():
    text = "Be it resolved that Council authorize the purchase of an additional 600 tonnes of\nroad salt from Northshore Salt Ltd."
    assert found(text, CAD) == [(600, "other")]


def test_near_miss_a_code_after_a_noun_then_to():
    assert found("It was agreed to move £500 from earmarked reserve 3310 to the play area fund.") == [(500, "GBP")]


# --- a figure with a thousands group after a label word, the sentence going on from it: a count ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Date fixed for Saturday 13 June. Last year 1,400 attended and the day made a surplus", [(1400, "count")]),
    ],
)
def test_a_grouped_figure_after_a_label_word_is_a_count(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The matter is covered at item 7 of the agenda.",
        "Standing Order 4 was suspended.",
        "See page 1,204 of the pack.",
        "Paid under invoice 12,345, as agreed.",
    ],
)
def test_near_misses_a_label_word_before_a_small_number(text):
    assert found(text) == []


# --- the number of the things a plural names, in brackets right after it ---

ZAR = Currencies(home="ZAR")


@pytest.mark.parametrize(
    ("text", "currencies", "expected"),
    [
        ("7.     Request by Moses Kotane LM for water tankers (5)            Deferred to next meeting", ZAR, [(5, "count")]),
        ("The DA and FF+ councillors (7) walked out before the vote.", ZAR, [(7, "count")]),
        ("DRB-25-08 Green Mtn Self Storage. Abutters (6) testified on stormwater runoff to Marsh Brook.", USD, [(6, "count")]),
        ("The highest\nnumber of requests (205) were received by the Growth, Environment and Transport\nDirectorate.", Currencies(), [(205, "count")]),
        ("- Members asked about the high number of false alarms from automatic systems (1,106);\nthe Chair", Currencies(), [(1106, "count")]),
    ],
)
def test_a_plurals_count_in_brackets(text, currencies, expected):
    assert found(text, currencies) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Vote:  For - Sayle, Cain, Clucas (3)   Against - Gelling (1)",  # a vote's sides, the last surname of each
        "Yeas (6): Baptiste, Chen, Duval, Ford, Gill, Hart",  # a tally's side
        "The recommendations (2) were agreed.",  # numbered papers (count_labels.not_counts)
    ],
)
def test_near_misses_of_a_plurals_count_in_brackets(text):
    assert found(text, USD) == []


# --- a bare figure after 'not' that a figure earlier in its clause replaces ---


@pytest.mark.parametrize(
    ("text", "currencies", "expected"),
    [
        (
            "6 affordable homes: Support, but ask for 2 parking spaces per house not 1.5 - to go to county planning.",
            Currencies(),
            [(6, "count"), (2, "count"), (1.5, "other")],
        ),
        ("Condition 31 was amended to require 8 accessible car spaces (not 4).", AUD, [(8, "count"), (4, "count")]),
        ("asked why the solar ordinance setback is 300\nfeet and not 500. Supervisor Dykstra said", USD, [(300, "other"), (500, "other")]),
    ],
)
def test_the_figure_a_clauses_own_replaces(text, currencies, expected):
    assert found(text, currencies) == expected


@pytest.mark.parametrize(
    "text",
    [
        "if we made a decision to do Marion 2 not 3, as for the administrative reports",  # a label against a label (Winnipeg hansard)
    ],
)
def test_near_misses_of_the_figure_replaced(text):
    assert found(text, CAD) == []


# --- a figure in millions: never a paragraph's number, a whole count even with decimals ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "3.1 The hall has 58 stalls. Footfall fell from\n    1.3 million visits in 2019 to 820,000 in 2025.",
            [(58, "count"), (1300000, "count"), (820000, "count")],
        ),
        ("3. That the Trust be asked to report annual visitor numbers (1.12 million in\n   2024/25) to the Scrutiny Committee.", [(1120000, "count")]),
        ("• Scale: Combined population of 1.5 million or above", [(1500000, "count")]),  # Kent, devolution report
    ],
)
def test_a_figure_in_millions(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("    1.3 Cllr Lord declared an interest.", []),  # a paragraph number opening its line
        ("Average household size was 2.5.", [(2.5, "other")]),  # a bare decimal is an average, not a count
    ],
)
def test_near_misses_of_a_figure_in_millions(text, expected):
    assert found(text) == expected


# --- a figure with a thousands group and decimals before a capitalised measure: no section number ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(an increase\n     of 2.95%, or £3.96 a year). Tax base 4,431.2 Band D equivalents.", [(2.95, "percent"), (3.96, "GBP"), (4431.2, "other")]),
        ("The precept was set on a tax base of 2,910.4 Band D equivalents.", [(2910.4, "other")]),
    ],
)
def test_a_tax_base_in_band_d_equivalents(text, expected):
    assert found(text) == expected


def test_near_miss_a_section_number_before_its_heading():
    assert found("3.0 Expressions of Sympathy\nThe Chair opened the meeting.") == []


# --- hours and gallons abbreviated in the singular ('hr', 'gal') are measures ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Foreman's report (Gord Pilon, verbal): 3 graders running; Cat 140M due for 6,000 hr\nservice;", [(3, "count"), (6000, "other")]),
        (
            "a) Tender replacement: ad hoc cmte (Dyer, Merriweather) rec'd 2,500 gal tender\n      from Summit Apparatus at $398,400.",
            [(2500, "other"), (398400, "USD")],
        ),
    ],
)
def test_abbreviated_hours_and_gallons_are_measures(text, expected):
    assert found(text, USD) == expected


def test_near_miss_a_count_before_a_word_starting_like_a_unit():
    assert found("Volunteers: 12 galley helpers and 3 hrt nurses.", USD) == [(12, "count"), (3, "count")]
