"""Statistics families found on unseen councils' minutes (issue 16, round 12).

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
NZD = Currencies(home="NZD", dollar="NZD")


@pytest.mark.parametrize(
    ("text", "currencies", "expected"),
    [
        # a fall: the first end is larger, and only the second carries the unit
        ("The attainment gap narrowed from 21.4 to 17.9 percentage points.", Currencies(), [(21.4, "percent"), (17.9, "percent")]),  # Scotland
        ("Average waiting times fell from 14 to 9 weeks over the year.", Currencies(), [(14, "other"), (9, "other")]),
        ("Ambulance response improved from 14.5 to 11.2 minutes on average.", AUD, [(14.5, "other"), (11.2, "other")]),  # Queensland
        ("The posted limit on Concession 6 drops from 60 to 40 km/h.", CAD, [(60, "other"), (40, "other")]),  # Ontario
        # 'between ... and ...': a range with one unit, in digits or words
        ("The works are expected to take between 3 and 5 years.", USD, [(3, "other"), (5, "other")]),
        ("Officers estimated between 2 and 4 hours of overtime a week.", Currencies(), [(2, "other"), (4, "other")]),
        ("Restoration would take between three and five years.", Currencies(), [(3, "other"), (5, "other")]),
        # the unit on the first end, the second bare: 'from 34 working days to 22'
        ("The time to assess had fallen from 34 working days to 22.", Currencies(), [(34, "other"), (22, "other")]),  # England
        ("Hall bookings were up to 412 hours from 350.", Currencies(), [(412, "other"), (350, "other")]),
        ("Hire fees were cut from €450 to 400 for community groups.", Currencies(home="EUR"), [(450, "EUR"), (400, "EUR")]),  # Ireland
        ("Turnout rose to 46 per cent from 41.", Currencies(), [(46, "percent"), (41, "percent")]),
    ],
)
def test_both_ends_of_a_change_or_range_share_one_unit(text, currencies, expected):
    """ANNOTATION.md: each number of 'from 15% to 26%' is its own record, in the unit the phrase gives both."""
    assert found(text, currencies) == expected


def test_ends_of_a_change_keep_their_own_units_when_each_has_one():
    # both ends counted things: nothing to borrow
    assert found("Membership went from 1,200 to 1,450 members.") == [(1200, "count"), (1450, "count")]
    # the second end counts something else after it: its own count
    assert found("The rate went from 12% to 15 complaints a month.") == [(12, "percent"), (15, "count")]
    # no 'from' or 'between': 'to' joins two separate things
    assert found("The hall seats 120 to 150 people.") == [(120, "count"), (150, "count")]
    # a year or a label after 'from' is no end of the change
    assert found("Hours of opening were extended to 40 hours from 2025.") == [(40, "other")]
    assert found("Speed limit of 30mph from Item 12 onwards.") == [(30, "other")]


@pytest.mark.parametrize(
    ("text", "currencies", "expected"),
    [
        ("The tendered price for the footpath was $412,000 against a budget of $330,000.", AUD, [(412000, "AUD"), (330000, "AUD")]),  # Tasmania
        ("Net cost to the Council £3,145 against a budget of £5,000.", Currencies(), [(3145, "GBP"), (5000, "GBP")]),  # English town council
        ("Spend to date is €1,250,400 against an allocation of €1.5m.", Currencies(home="EUR"), [(1250400, "EUR"), (1500000, "EUR")]),  # Ireland
        ("Library visits were 812 against 790 in the same month last year.", CAD, [(812, "count"), (790, "count")]),
        ("The contact centre answered 94 against a target of 95 within the hour.", Currencies(), [(94, "count"), (95, "count")]),
    ],
)
def test_a_figure_set_against_a_budget_or_another_figure_is_no_vote(text, currencies, expected):
    """'N against' is a side of a vote only where no budget, target or other figure follows it."""
    assert found(text, currencies) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The motion was carried with 7 for and 2 against.",
        "Votes: 6 for, 1 against, 1 abstention.",
        "There were 3 against the amendment.",
        "Two against, the rest in favour.",
    ],
)
def test_a_side_of_a_vote_counted_against_stays_a_tally(text):
    assert found(text) == []


# The dollar of a page that names no country: words only some countries' councils write decide it.
DOLLAR_PAGES = [
    # Australian or New Zealand titles only ('Cr', 'Crs'), nothing of the US or Canada: never the US dollar
    ("Present: Cr A Lowe (Mayor), Crs B Nunn, C Price\nMoved Cr Nunn, seconded Cr Price\nThat Council accept the quote of $48,500.\n", "AUD"),
    ("MINUTES\nCrs Doyle and Fenech were absent. Cr Hart moved that the $12,000 grant be approved.\n", "AUD"),
    # ... and a Māori word written with its macrons tells New Zealand
    ("Members: Cr Tipene (Chair), Crs Walsh, Rāwiri\nThe Ōtaki reserve upgrade of $220,000 was approved.\n", "NZD"),
    ("Present: Cr M Henare (Chair), Cr J Whitlock\nThe Port Ruatā wharf renewal budget rises to $1.4m.\n", "NZD"),
    # month-first dates and a sales tax the US does not levy: Canada
    ("VILLAGE OF ASPEN FLATS\nRegular Meeting held Wednesday, March 12, 2025\nThat the quote of $14,200 plus GST be accepted.\n", "CAD"),
    ("Minutes of the April 9, 2025 meeting were adopted. Council approved $8,900 plus HST for the rink boards.\n", "CAD"),
    # British Columbia's local government words
    ("REGIONAL DISTRICT OF CEDAR FALLS\nDirector Ames, Electoral Area B\nThe grant-in-aid of $2,500 was approved.\n", "CAD"),
]


@pytest.mark.parametrize(("text", "dollar"), DOLLAR_PAGES)
def test_a_dollar_page_takes_the_country_its_own_words_and_dates_show(text, dollar):
    from minutes_miner.extract.money import document_currencies

    assert document_currencies(None, None, text).dollar == dollar


@pytest.mark.parametrize(
    "text",
    [
        # one antipodean title and an American one: no agreement
        "Present: Cr Brown, Councilmember Diaz.\nThe Crs were thanked. A grant of $500 was made.\n",
        # month-first dates with no sales tax: a US page
        "Minutes of the March 12, 2025 meeting of the Village Board. The quote of $14,200 was accepted.\n",
        # a sales tax with day-first dates and no title: nothing says Canada
        "Meeting of 12 March 2025. The quote of $14,200 plus GST was accepted.\n",
        # Hawaiian place names carry macrons and the ʻokina: no New Zealand word
        "Present: Cr Brown.\nThe Kāneʻohe and Lānaʻi grants of $5,000 were approved.\n",
    ],
)
def test_words_that_do_not_agree_keep_the_us_dollar(text):
    from minutes_miner.extract.money import document_currencies

    assert document_currencies(None, None, text).dollar == "USD"


ZAR = Currencies(home="ZAR", dollar="USD")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Total operating budget R 684 213 000; capital budget R 127 540 000 of which MIG R 71 300 000.",
            [(684213000, "ZAR"), (127540000, "ZAR"), (71300000, "ZAR")],
        ),
        ("Property rates increase 4,9%, electricity 12,7% (per NERSA guideline).", [(4.9, "percent"), (12.7, "percent")]),
        ("Eskom bulk account arrears stand at R 38 612 440,00. Operating expenditure at R 412,7 million.", [(38612440, "ZAR"), (412700000, "ZAR")]),
        ("The libraries had 14 870 visits and 2 306 new members; hire of a truck at R 4 200 per day.", [(14870, "count"), (2306, "count"), (4200, "ZAR")]),
        ("The ward projects cost R4.5m and the province adds R2 million.", [(4500000, "ZAR"), (2000000, "ZAR")]),
        ("Shelter kits at R 6 850 each; 11 306 households are registered.", [(6850, "ZAR"), (11306, "count")]),
        # 'million' wrapped onto the next printed line; an abbreviation there is the next line's word ('m' of a name), not a multiplier
        ("The capital budget is R212,5\nmillion, of which grants fund most.", [(212500000, "ZAR")]),
        ("Paid R 1 250,00\nm Dlamini Catering for the function.", [(1250, "ZAR")]),
    ],
)
def test_south_african_rand_space_grouped_thousands_and_decimal_comma(text, expected):
    """ANNOTATION.md: money in the currency's ISO code; a South African council writes 'R 3 480 000' and '4,9%'."""
    assert found(text, ZAR) == expected


def test_the_rand_sign_and_grouping_only_where_the_rand_is_home():
    # an Irish regional road and a room number are no rand
    assert found("Resurfacing of the R445 at Castletroy costs €120,000.", Currencies(home="EUR")) == [(120000, "EUR")]
    assert all(unit != "ZAR" for _, unit in found("Cars parked on the R 12 and the R 135 near the school."))
    # elsewhere a space between two numbers is no thousands separator
    assert found("Of the 12 365 day passes were sold.") != [(12365, "count")]
    # in a rand page, a date, a time and a list of numbers keep their own readings
    assert found("The meeting on 27 May 2025 at 09:00 considered items 3, 4 and 5.", ZAR) == []


@pytest.mark.parametrize(
    "text",
    [
        "NTABAZWE LOCAL MUNICIPALITY\nSpeaker: Cllr Zungu\nMunicipal Manager Mr Khumalo tabled the IDP review. The budget is R 684 213 000.\n",
        "UMVOTI DISTRICT MUNICIPALITY\nThe MFMA section 72 report was noted; MIG spending is R 92 400 000.\n",
        "Qhubeka Heights Local Municipality - SALGA guidelines applied to the R 850 000 fencing budget.\n",
    ],
)
def test_south_african_municipal_words_make_the_rand_home(text):
    from minutes_miner.extract.money import document_currencies

    assert document_currencies(None, None, text).home == "ZAR"


def test_one_south_african_word_alone_does_not():
    from minutes_miner.extract.money import document_currencies

    assert document_currencies(None, None, "The IDP of the district was noted. A grant of £500 was made.").home == "GBP"


@pytest.mark.parametrize(
    ("text", "currencies", "expected"),
    [
        ("The side setback would be reduced from 7.5 m to 3.0 m for the garage.", CAD, [(7.5, "other"), (3.0, "other")]),  # British Columbia
        ("Estimated 1,800 m3 of sludge will be removed from the lagoon.", CAD, [(1800, "other")]),  # Saskatchewan
        ("The new reservoir holds approx. 96,000 L when full; use is 180 L per person per day.", CAD, [(96000, "other"), (180, "other")]),  # Ontario
        ("Landings for the quarter: shellfish 281t, wet fish 131t.", Currencies(), [(281, "other"), (131, "other")]),  # Cornwall harbour
        ("A weight limit (7.5t) applies on Mill Bridge.", Currencies(), [(7.5, "other")]),  # Scotland
        ("Total production was 31.6 MG for the month.", USD, [(31.6, "other")]),  # Nevada water district
        ("The standpipe tanker holds 12 kL.", AUD, [(12, "other")]),
    ],
)
def test_a_unit_symbol_after_a_number_makes_it_a_measure(text, currencies, expected):
    """ANNOTATION.md: a measure's number is unit 'other'; SI symbols are written spaced ('7.5 m') or glued ('281t')."""
    assert found(text, currencies) == expected


def test_capital_letters_and_a_spaced_m_before_a_noun_are_no_symbols():
    # millions of things, a road, a class and a grade: not measures
    assert found("The museum had 1.2 m visitors last year.") != [(1.2, "other")]
    assert "other" not in {u for _, u in found("Junction 5 M3 was closed and 3 L plates were issued.")}
    assert found("The council bought 3 T-shirts per volunteer.") == [(3, "count")]
    assert found("The ward has 2 MGs parked outside the hall.") != [(2, "other")]


@pytest.mark.parametrize(
    "text",
    [
        "That the Environment and Catchments Committee:\n1  receives the report; and\n2  notes that the full report will be published.\n",  # New Zealand
        "That the Committee\n1  receives the report;\n2  recommends to Council that the budget be increased by $250,000.\n",
        "That Council:\n1 approve the grant to the Show Society; and\n2 authorise the CEO to sign the agreement.\n",  # Australia
        "RESOLVED that the Board\n 1 adopts the Annual Plan;\n 2 delegates authority to the Chief Executive.\n",
    ],
)
def test_a_clause_number_before_its_decision_verb_is_no_count(text):
    assert [v for v, u in found(text, NZD) if v < 10] == []


def test_a_count_at_a_line_start_before_a_plural_or_its_verb_stays():
    assert found("Correspondence:\n2 notes were received from residents about parking.\n") == [(2, "count")]
    assert found("Submissions:\n14 requests from residents asked for a crossing.\n") == [(14, "count")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chief's report: 29 medical, 8 MVA, 6 brush fires.", [29, 8, 6]),  # Tennessee fire district
        ("Fire Department: 63 runs in February, 44 EMS and 19 fire.", [63, 44, 19]),  # Ohio township
        ("Police - 7 calls for October, 2 thefts from sheds,\n1 RTC on the B8122 (no injuries).", [7, 2, 1]),  # Scotland
        ("Incidents: 4 ASB, 3 RTCs and 12 thefts were logged.", [4, 3, 12]),  # England
    ],
)
def test_a_count_of_incidents_named_by_an_acronym_in_a_list_of_counts(text, expected):
    assert [v for v, u in found(text, USD) if u == "count"] == expected


def test_an_acronym_after_a_lone_number_is_still_a_label_or_a_time():
    assert found("The Committee considered Item 8 MVA review.") == []
    assert found("The meeting closed at 9 PM, and members left.") == []
    assert found("See Appendix 2 HRA, and the notes.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Consent for a carport on a steep lot. 14 notices sent; 1 response.", [(14, "count"), (1, "count")]),  # British Columbia
        ("Bills rise to $698 per year. 1,087 customers are affected.", [(698, "CAD"), (1087, "count")]),  # Nova Scotia
        ("The budget was set for the year. 45 residents attended the meeting.", [(45, "count")]),
        ("Members discussed the next phase. 12 households have asked for bins.", [(12, "count")]),
    ],
)
def test_a_label_word_that_ends_the_sentence_before_does_not_name_the_count(text, expected):
    assert found(text, CAD) == expected


def test_a_label_word_and_its_number_in_one_sentence_stay_a_label():
    assert found("Under item 14 notices of motion were considered.") == []
    assert found("Planning for Lot 14 was deferred.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Of 34 indicators, 22 on target (green), 8 amber, 4 red.", [34, 22, 8, 4]),  # English district RAG report
        ("The Council considered 3 amendments to the motion.", [3]),
        ("The trust runs 4 ambulances and 2 amenity blocks at the site.", [4, 2]),
        ("Five pmts were listed and 6 ambassadors attended.", [5, 6]),
    ],
)
def test_words_that_start_with_am_or_pm_are_no_time_of_day(text, expected):
    assert [v for v, u in found(text) if u == "count"] == expected


def test_times_of_day_stay_excluded():
    assert found("The meeting closed at 9 pm and resumed at 10am; the next starts 7.30 p.m.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Major applications took 27 days on average against a target of 20.", [(27, "other"), (20, "other")]),  # England
        ("Average response was 8.2 minutes (9.1 last year).", [(8.2, "other"), (9.1, "other")]),  # Wales
        ("The collection rate was 94.1% compared with 92.6 in 2023.", [(94.1, "percent"), (92.6, "percent")]),  # Ontario
        ("Recycling rose to 46% against a national average of 44.", [(46, "percent"), (44, "percent")]),  # New Zealand
    ],
)
def test_a_bare_figure_compared_with_a_measured_one_takes_its_unit(text, expected):
    assert found(text, CAD) == expected


def test_a_compared_figure_with_its_own_noun_or_in_another_sentence_keeps_its_unit():
    assert found("Response took 6 minutes against a target of 20 visits.") == [(6, "other"), (20, "count")]
    assert found("It took 27 days. A target of 20 was set for the next year.") == [(27, "other"), (20, "count")]


@pytest.mark.parametrize(
    "text",
    [
        "Item 5 Three Waters Update\nThe manager took the report as read.",
        "the revaluation of three waters assets was rated moderate.",
        "The Government's three waters reform was discussed.",
        "Council submitted on the Three Waters transition.",
    ],
)
def test_new_zealands_three_waters_is_a_name_not_a_count(text):
    assert found(text, NZD) == []


def test_three_water_things_are_still_counted():
    assert found("Council bought three water tanks and two pumps.", NZD) == [(3, "count"), (2, "count")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Events report: 64 stalls, estimated footfall 9,800, net cost £3,145.", [64, 9800]),  # English town council
        ("Planting this season was 96,400 trees (target 150,000).", [96400, 150000]),  # New Zealand
        ("Annual visits reached 212,000; attendance 1,450.", [212000, 1450]),
        ("The district population 12,500, up from 11,900.", [12500, 11900]),  # Nova Scotia
    ],
)
def test_a_figure_in_thousands_after_the_noun_it_measures_is_kept(text, expected):
    assert [v for v, u in found(text) if u == "count"] == expected


def test_a_reference_in_thousands_after_its_label_stays_excluded():
    assert found("Payment was made under invoice 12,345, as agreed.") == []
    assert found("See page 1,204.") == []


def test_a_compared_figure_after_two_figures_of_one_clause_borrows_nothing():
    text = "The programme planted 184,000 plants across 46 km of stream bank\n(target 150,000)."
    assert found(text, NZD) == [(184000, "count"), (46, "other"), (150000, "count")]
