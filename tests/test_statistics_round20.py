"""Statistics families found on unseen councils' minutes (issue 16, round 20).

Each test is one family stated generally, with invented examples in several countries' styles
and near misses that must not change.
"""

from __future__ import annotations

import pytest

from minutes_miner.extract.money import Currencies

from helpers import statistics_found as found

USD = Currencies(home="USD", dollar="USD")


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


# --- a count named by the word before it that ends its clause: 'capacity 86.', 'waiting list 31', 'intake 30,' ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(a) The Anchorage, Harbour Street - restaurant with ancillary bar; capacity 86.", [(86, "count")]),  # Scottish licensing board
        ("Cremations were limited to 6 a day (normal capacity 11).", [(6, "count"), (11, "count")]),  # English joint committee
        ("Allotments: all let, waiting list 31. Two tenants are in arrears.", [(31, "count"), (2, "count")]),  # English town council
        ("The primary school is full (Reception intake 30, on roll 214).", [(30, "count"), (214, "count")]),  # parish council
        ("The hall was approved for events, maximum occupancy 120; the fee was waived.", [(120, "count")]),  # Ontario township
        ("Library use rose; circulation 4,210, membership 1,380.", [(4210, "count"), (1380, "count")]),  # Irish county library
    ],
)
def test_a_count_named_by_the_word_before_it_is_kept(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Councillors discussed the flat 7 at length.",  # a lower-case label noun names a thing
        "Works in the town centre (ward 12) start soon.",
        "The earmarked fund (reserve 3310) was drawn down.",
        "The capacity 2024 review is due.",  # a year after the word
        "Enrolment 2025.",  # a heading's year
        "Meeting in Room 12.",  # a room's number
    ],
)
def test_near_misses_of_the_count_named_before_stay_out(text):
    assert found(text) == []


# --- a breakdown written as 'label N, label N, label N': each figure counts the thing its label names ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vessel arrivals Oct-Dec: 1,306 (fishing 884, cargo 61, ferry 312, other 49).",
            [(1306, "count"), (884, "count"), (61, "count"), (312, "count"), (49, "count")],
        ),  # Scottish harbour board
        (
            "186 homes were delivered. Social housing build 94, acquisitions 31, leasing 12 and vacant property\ngrants 49.",
            [(186, "count"), (94, "count"), (31, "count"), (12, "count"), (49, "count")],
        ),  # Irish county council
        ("Complaints by service: waste 41, parking 17, planning 9.", [(41, "count"), (17, "count"), (9, "count")]),  # English district
        ("Calls in June - medical 29; fire 8; rescue 3.", [(29, "count"), (8, "count"), (3, "count")]),  # US fire district
    ],
)
def test_a_breakdown_of_labelled_figures_counts_each(text, expected):
    assert found(text, USD) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Councillors for ward 3, ward 5 and ward 7 were consulted.",  # one label numbering several things
        "See paragraph 4, clause 7 and appendix 2 of the report.",  # references
        "The report covers phase 1, stage 2 and tier 3 of the plan.",  # labels of parts
        "Trees were felled at Mill Lane 4, Church Street 12 and Park Road 9.",  # house numbers after their streets
        "The bus 42, route 12 and service 9 will change.",  # routes
        "Tenders were received for lot 1, lot 2 and lot 3.",
    ],
)
def test_near_misses_of_the_breakdown_stay_out(text):
    assert found(text, USD) == []


# --- an attendance count as 'Label: value' in the head of the minutes (reader-squashed column gaps, another field after) ---


@pytest.mark.parametrize(
    ("text", "currencies", "expected"),
    [
        # a unit word after a paragraph break or opening the next line's heading is not the count's unit
        ("Staff: Wes Dunmore, operator. Guests: 3\n\nMinutes 10/21 - approved as corrected.", USD, [(3, "count")]),  # Montana
        ("Audience: approx. 25\n\nMinutes of the previous meeting approved.", USD, [(25, "count")]),  # Iowa county
        ("Public attending: 14\nMinutes of the last meeting were signed.", Currencies(), [(14, "count")]),  # English parish
        # 'members of public', without 'the'
        ("Others: Secretary N. Dietz\nMembers of public: 2\n\nPurpose of meeting", USD, [(2, "count")]),  # New York
        ("Town Clerk: Sarah Penhaligon · Deputy Clerk: Joe Arkwright\nMembers of public: 11 · Police: PCSO Danby\n", Currencies(), [(11, "count")]),
        # a column gap the reader squashed: a count label and its figure alone on their line
        ("Apologies Cr Sione Latu\nPublic 12\n\n1 APOLOGY", Currencies(), [(12, "count")]),  # New Zealand
        ("Kiara Banks, HCV Manager\nPublic 7\n\nI. CALL TO ORDER", USD, [(7, "count")]),  # Florida housing authority
        # another labelled field after the count on its line
        ("Electors present: 19\nCouncillors: 6 Clerk: Mrs K Blewitt\n\n1. Notes", Currencies(), [(19, "count"), (6, "count")]),  # England
    ],
)
def test_an_attendance_count_in_the_head_is_a_count(text, currencies, expected):
    assert found(text, currencies) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The hearing was adjourned for 14\ndays to allow the applicant to respond.", [(14, "other")]),  # a measure broken across a line
        ("The works will take 6\nweeks.", [(6, "other")]),
        ("Ward 12\n\nMinutes of the last meeting", []),  # a label stays a label
        ("Public 12 Market Street was closed.", []),  # an address
    ],
)
def test_near_misses_of_the_attendance_count_stay(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people counted in words after a label, in an attendance written as sentences or before the names in brackets
        ("Police Scotland: PC K. Abbas.  Residents: nine.\nApologies: Shona Reilly.", [(9, "count")]),  # Scottish community council
        ("Secretary-Treasurer Linda Bixler. Residents in attendance: twelve.\n", [(12, "count")]),  # Pennsylvania township
        ("Members present: five (Mr T. Crellin - Chairman, Mrs J. Faragher)\nMembers absent: one (Mr R. Teare)\n", [(5, "count"), (1, "count")]),  # Isle of Man
    ],
)
def test_people_counted_in_words_after_their_label(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Dunn asked about the play area. Repairs: three.\n",  # not people: prose, not the attendance
        "The Chair thanked everyone (five in all were thanked by name).",
        "Option: one (the cheaper of the two).\n",  # a singular label
    ],
)
def test_near_misses_of_people_counted_in_words_stay_out(text):
    assert found(text) == []
