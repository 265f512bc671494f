"""Families of statistics misses seen on new councils' minutes (issue 16): measures whose unit is
`other`, ranges, capacities, money ranges, and numbers that name things rather than count them.

Invented snippets in the national styles of the devpool (UK, Ireland, US, Canada, Australia, New
Zealand), each family with the false records it must not produce.
"""

from __future__ import annotations

from minutes_miner.extract.money import Currencies

from helpers import statistics_found as found

USD = Currencies(home="USD", dollar="USD")
AUD = Currencies(home="AUD", dollar="AUD")


def test_a_measure_after_a_gap_word_or_a_repeat_in_brackets_is_other():
    assert found("The land must not be used for a period of five consecutive years.") == [(5, "other")]
    assert found("The fence has a suggested life of 5 more years.") == [(5, "other")]
    assert found("They agreed to leave the record open for two more days.") == [(2, "other")]
    assert found("A gateway up to 1 (one) metre in front of the signs.") == [(1, "other")]
    assert found("The applicant has twenty-one (21) days to appeal.") == [(21, "other")]


def test_a_measure_word_before_a_counted_plural_leaves_a_count():
    """'two additional year renewal options' counts options; 'Two weekly evening sessions' counts sessions."""
    assert found("The contract has two additional year renewal options.", USD) == [(2, "count")]
    assert found("Two weekly evening sessions will be run.") == [(2, "count")]
    assert found("Meetings are held every six weeks and the board meets six weekly.") == [(6, "other"), (6, "other")]


def test_more_measure_units():
    assert found("a 5.5 horse power engine and a two-inch caliper willow oak in a new four-acre park", USD) == [
        (5.5, "other"),
        (2, "other"),
        (4, "other"),
    ]
    assert found("The path is approx 925 mm wide and 1 metre high.") == [(925, "other"), (1, "other")]
    assert found("The site area is 1,250 m² with 12 car parking spaces.", AUD) == [(1250, "other"), (12, "count")]
    assert found("the wind chill reaching 10° F.", USD) == [(10, "other")]
    assert found("within a five-minute drive and 30-minute headways", USD) == [(5, "other"), (30, "other")]
    assert found("a measured line pressure of 3bar gauge") == [(3, "other")]
    assert found("a 3.4 percentage point rise in turnout") == [(3.4, "percent")]  # percentage points are percent (the gold's reading)


def test_times_a_year_is_a_measure_but_times_alone_a_count():
    assert found("Meetings are held four times a year.") == [(4, "other")]
    assert found("The Children in Care Council had met nine times since January.") == [(9, "count")]


def test_areas_at_a_line_start_after_a_dash_and_in_brackets():
    text = "on three (3) floors with seating for 558. Hub hall\n8,665 SF on ground floor (748 SF)"
    assert found(text, USD) == [(3, "count"), (558, "count"), (8665, "other"), (748, "other")]
    assert found("a previously licensed location - 2,432\nSF fast casual restaurant", USD) == [(2432, "other")]
    assert found("a 2,565 s.f. restaurant", USD) == [(2565, "other")]


def test_durations_in_capitals():
    assert found("FURTHER EXTENSION OF UP TO 180 DAYS GRANTED.") == [(180, "other")]
    assert found("PAYMENT OF £50 PER MONTH FOR 10 MONTHS") == [(50, "GBP"), (10, "other")]
    assert found("2 MINUTES OF THE MEETING HELD ON 23 JUNE") == []
    assert found("277 MM Minutes of the meeting") == []


def test_capacities_are_counts():
    assert found("dining area with seating for 18, as well as a patio", USD) == [(18, "count")]
    assert found("two (2) bar areas with seating for 426.", USD) == [(2, "count"), (426, "count")]


def test_both_ends_of_a_range():
    assert found("It easily takes 12-15 minutes; he hears 6-8 people speaking.", USD) == [(12, "other"), (15, "other"), (6, "count"), (8, "count")]
    assert found("Burial space (6-8 graves) and (10-12 graves).") == [(6, "count"), (8, "count"), (10, "count"), (12, "count")]
    assert found("Height 1 to 1.5 metres.") == [(1, "other"), (1.5, "other")]
    assert found("Alameda Point could have 1400-1500 market-rate units.", USD) == [(1400, "count"), (1500, "count")]


def test_ranges_that_are_not_statistics():
    assert found("Paragraphs 7 to 20 and items 5-8 were noted.") == []
    assert found("Young people aged 19-21 and an older age (12-13 years or greater).") == []
    assert found("The 20-21 accounts were approved.") == []
    assert found("The 18-25 section of the service transfers.") == []
    assert found("Motion carried 4-1.") == []
    assert found("Council considered Hearing Items 59 thru 63 next.", USD) == []


def test_the_upper_end_of_a_money_range():
    assert found("Parking would cost $130-140 an hour.", USD) == [(130, "USD"), (140, "USD")]
    assert found("A saving of £2-3 million is expected.") == [(2_000_000, "GBP"), (3_000_000, "GBP")]
    assert found("A fee of £100 to 2024 levels.") == [(100, "GBP")]


def test_one_is_a_count_only_where_it_counts():
    assert found("One question was raised about the hall.") == []
    assert found("One resident asked about parking.") == []
    assert found("The scheme will run for more than one financial year.") == []
    assert found("There should be at least one meeting of the panel.") == []
    assert found("if one of those three people is promoted", USD) == [(3, "count")]  # 'one' is no count; the three people are (gold of alameda_ca_3)
    assert found("Only one tender was received.") == [(1, "count")]
    assert found("One member of the public was also present.") == [(1, "count")]
    assert found("They will leave the record open for one week.", USD) == [(1, "other")]


def test_word_number_percentages_and_shares():
    assert found("Forty-two per cent agreed and ten percent disagreed.") == [(42, "percent"), (10, "percent")]
    assert found("45 pct of respondents and 2/3 of members supported it.") == [(45, "percent"), (66.7, "percent")]


def test_north_american_addresses_and_house_number_pairs():
    assert found("The property at 705 Massachusetts Avenue and 100 Legends Wy Boston.", USD) == []
    assert found("Located at 627 SE 14th Street and 200 SW 2nd Ave.", USD) == []
    assert found("Rezoning at 3600 and 3636 Portage Avenue and land at 16 and 24 Speers Road.", Currencies(home="CAD", dollar="CAD")) == []


def test_labels_and_references_are_not_counts():
    assert found("No one under 21 in possession of alcohol.", USD) == []
    assert found("The draft plan conflicts with RPO 72 (pg. 12) and Pg. 185 and RPO 203 below.", Currencies(home="EUR", dollar="USD")) == []
    assert found("as authorized by the Municipal Act, 2001, S.O. 2001, c. 25 as amended", Currencies(home="CAD", dollar="CAD")) == []
    assert found("fares on the 19 line; the 394 and Exchange intersection; a space known as the 200 Club", USD) == []
    assert found("Bridleways 13 and 8 are being cleared and the footbridge on footpath 18 is to be replaced.") == []
    assert found("Fire Station 39 on 65th Avenue will begin construction.", USD) == []
    assert found("Phone (02) 6123 4567 for bookings.", AUD) == []
    assert found("The 12 new homes were completed and the 5,200 LED lights replaced.") == [(12, "count"), (5200, "count")]


def test_vote_counts_belong_to_the_vote():
    assert found("Two councillors voted for all five to be co-opted. The vote was carried by three to two.") == []
    assert found("Holly Landscapes: 2 votes, Country Grounds Maintenance: 4 votes.") == []


def test_a_place_name_written_twice_is_not_a_count():
    assert found("Four Oaks Ladies and Leyhill Bowling Club. Four Oaks- £200 New Hall- £200.") == [(200, "GBP"), (200, "GBP")]
    assert found("the bowling green\nFour Oaks ward £2334.00") == [(2334, "GBP")]


def test_rates_are_other_and_never_labels():
    cad = Currencies(home="CAD", dollar="CAD")
    assert found("The tax rates be set: Municipal Rate 0.00637270, Education Rate 0.00783128.", cad) == [(0.0063727, "other"), (0.00783128, "other")]
    assert found("The mill rate of 4.5 and a tax ratio of 1.25 were adopted.", USD) == [(4.5, "other"), (1.25, "other")]
    assert found("Option 2 was preferred to Tender 1.") == []
