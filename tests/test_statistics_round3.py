"""Families of statistics for councils nobody here has seen (issue 16, round 3): telephone numbers
in every country's form, vote tallies in Australian and Canadian forms, ranges of percentages
joined by 'and'/'or', '$2.5mil' and '50¢', and route and service numbers.

Snippets are invented in the styles of UK parish and principal councils, US city councils,
Canadian, Australian, New Zealand and Irish councils.
"""

from __future__ import annotations

import pytest

from minutes_miner.extract.money import Currencies
from minutes_miner.extract.statistics import find_statistics

from helpers import statistics_found as found

US = Currencies("USD", "USD")
AU = Currencies("AUD", "AUD")


@pytest.mark.parametrize(
    "text",
    [
        "For enquiries phone 07 4656 1133 or email the Shire office.",  # Australia
        "Contact Council on (02) 9876 5432 or 1300 123 456.",  # Australia
        "Phone 06 374 4080 for details, or 0800 123 456.",  # New Zealand
        "Phone 374 4080 for details.",  # a local number after 'Phone'
        "Tel: 9123 4567.",
        "Phone +353 1 222 2222 or 021 4276891.",  # Ireland
        "Contact 613.555.0199 or +1 (613) 555-0199 for more.",  # Canada
    ],
)
def test_telephone_numbers_are_not_statistics(text):
    assert found(text) == []


def test_counts_beside_a_telephone_number_are_kept():
    assert found("Tel: 9123 4567. The hall seats 120 people.") == [(120, "count")]
    assert found("The mobile library visits 3 times a week.") == [(3, "other")]


@pytest.mark.parametrize(
    "text",
    [
        "Council resolved 7 – 2 to approve the plan.",
        "CARRIED 5/2",
        "Motion carried (5:2).",
        "The motion was rejected 3-4.",
        "Carried by a majority of 5.",
        "Passed by a majority of three votes.",
    ],
)
def test_vote_tallies_in_more_forms_belong_to_the_resolution(text):
    assert found(text) == []


def test_a_majority_of_residents_is_still_a_share():
    assert found("A majority of 60% of residents support it.") == [(60, "percent")]


def test_a_range_of_percentages_joined_by_and_or_or():
    text = "Between 40 and 50 per cent of residents responded, and 10 or 15% of visitors."
    assert found(text) == [(40, "percent"), (50, "percent"), (10, "percent"), (15, "percent")]


def test_mil_and_the_cent_sign():
    assert found("The project cost is $2.5mil and $3 mil more.", US) == [(2_500_000, "USD"), (3_000_000, "USD")]
    assert found("Parking is 50¢ per hour.", US) == [(0.5, "USD")]
    assert found("£5m plus £2 milestones") == [(5_000_000, "GBP"), (2, "GBP")]


@pytest.mark.parametrize(
    "text",
    [
        "The bus service 42 will be withdrawn from April.",
        "Service 21 will now run hourly.",
        "Routes 12 and 14 will be merged.",
    ],
)
def test_route_and_service_numbers_are_names(text):
    assert found(text) == []


def test_a_service_with_a_measure_or_a_count_is_kept():
    assert found("The library will offer the service 7 days a week.") == [(7, "other")]
    assert found("The council runs a service for 40 families.", AU) == [(40, "count")]
    assert found("The youth service 45 young people attended was praised.") == [(45, "count")]  # UK
    assert found("The library service 300 residents use each week is safe.", US) == [(300, "count")]  # US
    assert found("The mobile library service 12 villages rely on will continue.", AU) == [(12, "count")]  # Australian


def test_glued_multipliers_keep_their_whole_word():
    stats = find_statistics("The grant of £1.2million was confirmed and £3billion.")
    assert [(s.value, s.unit) for s in stats] == [(1_200_000, "GBP"), (3_000_000_000, "GBP")]
    assert stats[0].text.startswith("£1.2million")


def test_items_ordered_with_an_x_are_counts():
    assert found("It was agreed to purchase 2 x benches and 3x bins.") == [(2, "count"), (3, "count")]
    assert found("A 4x4 vehicle and 2x4 timber.") == []


def test_metres_glued_to_a_number_before_a_dimension():
    assert found("The hall is 25m long and 10m wide.") == [(25, "other"), (10, "other")]
    assert found("Savings of 3m were made; a 3m wide path.") == [(3_000_000, "GBP"), (3, "other")]
    assert found("A 20m stretch of road.", AU) == []


def test_columns_of_pounds_and_pence_are_money_without_a_sign():
    """A payments table whose header names no currency ('Sum', 'Inc GST', 'FY24', or no header at all)."""
    from helpers import table_cells
    from minutes_miner.extract.statistics import table_statistics

    def cells(text: str, currencies: Currencies = Currencies()) -> list[tuple[float, str]]:
        return [(s.value, s.unit) for s in table_statistics(table_cells(text), currencies)]

    assert cells("Payee|Purpose|Sum\nJ Smith|Grass cutting|240.00\nBritish Gas|Electricity|56.78") == [(240, "GBP"), (56.78, "GBP")]
    assert cells("Supplier|Description|Inc GST\nABC Pty Ltd|Mowing|1,240.00\nXYZ|Fuel|356.78", AU) == [(1240, "AUD"), (356.78, "AUD")]
    assert cells("Account|Description|FY24\nGeneral|Salaries|45,000.00\nGeneral|Supplies|1,200.50", US) == [(45000, "USD"), (1200.5, "USD")]
    # a column of counts and times stays as it was
    indicators = cells("Indicator|Q1|Q2\nCalls answered|1,234|1,456\nResponse time (mins)|12.50|11.25")
    assert indicators == [(1234, "count"), (1456, "count"), (12.5, "count"), (11.25, "count")]


def test_rows_of_pounds_and_pence_from_a_pdf_are_money():
    text = "Clerk salary 456.23 0.00 456.23\nHMRC PAYE 114.20 0.00 114.20\nSLCC subscription 98.00 19.60 117.60\n"
    assert {unit for _, unit in found(text)} == {"GBP"}
    assert {unit for _, unit in found(text, Currencies("EUR", "USD"))} == {"EUR"}


def test_lengths_written_with_a_foot_mark():
    assert found("He planted a very nice 16’ tree and a 6' fence.", US) == [(16, "other"), (6, "other")]
    assert found("A 12′ x 20′ shed was approved.", US) == [(12, "other"), (20, "other")]
    assert found("The ‘Option 2’ route was chosen.") == []
    assert found("Residents chose 'Plan 3' over the others.") == []


def test_a_suspended_hyphen_shares_the_unit_of_the_next_number():
    assert found("The plan is reviewed on either a two- or five-year cycle.", US) == [(2, "other"), (5, "other")]
    assert found("Homes are within 10- to 15-minute walks of the station.") == [(10, "other"), (15, "other")]
    assert found("Homes with two- or three-bedrooms.") == []


def test_a_range_and_its_unit_across_a_pdf_line_break():
    assert found("he can’t enjoy the river that is 10-15\nyards from his home.", US) == [(10, "other"), (15, "other")]
    assert found("Figures for 2-3\npeople were noted.") == [(2, "count"), (3, "count")]
    assert found("Agenda items 10-12\nwere deferred. Between 3-5\nJune the hall is closed.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Councillors discussed the flat 7 at length.",  # UK housing
        "Works on the culvert 3 will start in May.",  # Australian shire
        "Voters in the precinct 5 area were notified.",  # US city
        "Severance on the concession 4 road allowance was approved.",  # Ontario township
    ],
)
def test_a_number_right_after_the_and_a_singular_noun_is_its_name(text):
    assert [v for v, _ in found(text)] == []


def test_counts_after_a_noun_phrase_are_kept():
    assert found("They gave the club 200 chairs.") == [(200, "count")]
    assert found("The remaining 7 were approved.") == [(7, "count")]
    assert found("The council gave the applicant 3 weeks to respond.") == [(3, "other")]


def test_measures_split_by_a_pdf_line_break_or_written_min():
    assert found("The lease is for a two-\nyear period.") == [(2, "other")]
    assert found("A 30 min presentation and 2 min of silence.", US) == [(30, "other"), (2, "other")]


def test_a_road_named_by_a_number_that_recurs_is_not_a_count():
    """A US highway or a bus route called by its bare number, three times in one item."""
    text = "The lanes on 394 will change. Trees on the east side of 394 so that will help. You cannot go across 394 on Burrville."
    assert found(text, US) == []


@pytest.mark.parametrize(
    "text, currencies",
    [
        ("Minutes of the meeting held on 12 March 2025.\n3. Litter pick: 12 attended on Saturday.\n4. Next meeting: 12 April 2025.", Currencies()),  # parish
        ("Regular Meeting, Tuesday, March 12, 2025.\nCommunity cleanup: 12 volunteered on Saturday.\nNext meeting: April 12, 2025.", US),  # US city
        ("Monthly Meeting 15 May 2025\nTidy Towns: 15 turned out for the clean-up on 15 June 2025.", Currencies("EUR", "USD")),  # Irish
    ],
)
def test_a_count_whose_number_recurs_only_as_a_dates_day_is_kept(text, currencies):
    """The days of the meeting's dates ('12 March', 'April 12') are no recurrences of a name: '12 attended' stays a count."""
    assert found(text, currencies) == [(float(text.split(": ")[1].split()[0]), "count")]


def test_a_count_that_recurs_is_still_a_count():
    text = "There were 45 objections. Then 45 more arrived, only 45 of them valid."
    assert found(text) == [(45, "count"), (45, "count"), (45, "count")]
    assert found("The hall seats 120 people. The survey had 120 responses. Another 120 people applied.") == [(120, "count")] * 3
