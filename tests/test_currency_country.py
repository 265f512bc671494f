"""A bare '$' takes the council's country, and a rand amount its own number format (ANNOTATION.md:
money in its ISO 4217 code). Invented minutes of several countries' styles; near misses stay as they were."""

from __future__ import annotations

import pytest

from minutes_miner.extract.money import Currencies, document_currencies
from minutes_miner.extract.statistics import find_statistics


@pytest.mark.parametrize(
    ("council", "text", "dollar"),
    [
        # a province's abbreviation after the town in the head
        (None, "TOWN OF KINGSVILLE\nKingsville, ON\nRegular Council Meeting\nMarch 3, 2025\nTHAT Council approve $45,000 for the arena roof.\n", "CAD"),
        (None, "Township of Elm Creek\nElm Creek, MB  R0G 0N0\nMinutes\nThat $12,500 be allocated to drainage.\n", "CAD"),
        (None, "Village of Pine Lake, AB\nCouncil Minutes, June 4, 2025\nA grant of $3,000 was approved.\n", "CAD"),
        (None, "District of Cedar Cove, BC\nRegular Council Meeting\nA grant of $3,000 was approved.\n", "CAD"),
        (None, "Town of Riverport, NS\nCouncil Minutes\nThe fire hall roof will cost $88,000.\n", "CAD"),
        (None, "CITY OF WINDSOR, ONTARIO\nCouncil Minutes, June 4, 2025\nThe transit grant of $3,000 was approved.\n", "CAD"),
        # a province named in the body of a page that prices in '$'
        (
            "Municipality of Birch Harbour",
            "Municipality of Birch Harbour\nCommittee of the Whole, September 16, 2025\nStaff applied to the Nova Scotia Municipal Capital "
            "Grant for the wharf repairs, estimated at $1,935,000. Councillor Doucet asked about the Province's share of the community centre.\n",
            "CAD",
        ),
        (
            "Rural Municipality of Prairie Rose",
            "Rural Municipality of Prairie Rose\nRegular Meeting, May 6, 2025\nThe Reeve reported the grader repairs cost $18,400.\n",
            "CAD",
        ),
        # Commonwealth spelling with North American dating: Canadian, not American
        (
            "City of Maple Falls",
            "City of Maple Falls - Decision details\nThat the adult fare increase from $3.50 to $3.75 effective January 1, 2026.\n"
            "Moved by Councillor Vasquez. Ridership is 93 per cent of 2019 levels. The saving is $610,000.\n",
            "CAD",
        ),
        # an Australian state after the town; a New Zealand company and GST
        (None, "Murray Bend Shire Council\nMurray Bend, VIC\nOrdinary Meeting 3 March 2025\nThe tender of $230,000 was accepted.\n", "AUD"),
        (
            "Harakeke City Council",
            "Harakeke City Council\nThat the Committee approves a variation with CleanCycle NZ Ltd, increasing the contract sum by $1,930,000 "
            "(excl. GST) from 1 February 2026. The kerbside rate rises by $46.50, about 3.1 per cent.\n",
            "NZD",
        ),
    ],
)
def test_the_dollar_takes_the_councils_country(council, text, dollar):
    assert document_currencies(None, council, text).dollar == dollar


@pytest.mark.parametrize(
    ("council", "text"),
    [
        # US places that share a word with a Canadian province or town stay in US dollars
        ("City of London", "CITY OF LONDON, KENTUCKY\nCity Commission Minutes, March 3, 2025\nThe commission approved $45,000 for paving.\n"),
        ("Town of Windsor", "Town of Windsor\nWindsor, VT 05089\nSelectboard Minutes, June 4, 2025\nThe board approved $12,500 for the garage.\n"),
        ("City of Ontario", "City of Ontario, California\nCouncil Minutes, May 6, 2025\nA contract of $3,000 was approved.\n"),
        (None, "CITY OF LANCASTER\nLancaster, PA 17602\nCity Council Minutes, May 6, 2025\nA contract of $3,000 was approved.\n"),
        # an engineer's letters after his name are no Prince Edward Island
        (None, "Sewer Authority Minutes\nAlso present: Engineer Tom Rossi, PE\nThe low bid was $311,920.\n"),
        (None, "City of Spokane Valley\nSpokane Valley, WA\nCouncil Minutes, May 6, 2025\nA contract of $3,000 was approved.\n"),
        (None, "Village of Oak Park\nOak Park, IL\nBoard Minutes, May 6, 2025\nA contract of $3,000 was approved.\n"),
        # 'ON' that opens a phrase is no province
        (None, "CITY OF SPRINGFIELD\nMINUTES OF THE COUNCIL, ON TUESDAY, MAY 6, 2025\nThe council approved $3,000 for the park.\n"),
    ],
)
def test_us_near_misses_keep_the_us_dollar(council, text):
    assert document_currencies(None, council, text).dollar == "USD"


@pytest.mark.parametrize(
    ("council", "text"),
    [
        ("Kgorong District Municipality", "KGORONG DISTRICT MUNICIPALITY\nThe contract had a total value of R6 402 117,40.\n"),
        ("Sizwe Local Municipality", "Minutes of the Portfolio Committee\nHired trucks cost R287 400 for the quarter.\n"),
        ("City of Thekwini Metropolitan Municipality", "Council Minutes\nThe Committee recommends an amount of R2 100 000.\n"),
        # no council line: a rand amount with spaced thousands is South Africa's own
        (None, "Minutes of the Finance Committee held on 14 October 2025\nHired trucks cost R287 400 for the quarter.\n"),
    ],
)
def test_a_south_african_municipality_prices_in_rand(council, text):
    assert document_currencies(None, council, text).home == "ZAR"


def test_a_us_states_letters_after_a_name_locate_no_uk_council():
    text = "Ashby Parish Council\nAlso present: Dr A Jones, MD\nMinutes of 03/04/2025\nThe hall hire is 12m savings.\n"
    assert document_currencies(None, "Ashby Parish Council", text).home == "GBP"


def test_an_irish_road_or_a_uk_district_stays_where_it_was():
    assert document_currencies(None, "Limerick City and County Council", "Resurfacing of the R445 at Castletroy costs €120,000.\n").home == "EUR"
    assert document_currencies(None, "Mid Devon District Council", "The scheme costs £45,000.\n").home == "GBP"


ZAR = Currencies(home="ZAR", dollar="USD")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The contract runs for 36 months at R1 184 300.00 (VAT incl.) per annum.", 1184300),
        ("Deviations for the quarter totalled R1 946 512.40 (17 deviations).", 1946512.4),
        ("The contract had a total value of R6 402 117,40.", 6402117.4),
    ],
)
def test_rand_spaced_thousands_with_a_decimal_point_or_comma(text, value):
    money = [s.value for s in find_statistics(text, currencies=ZAR) if s.unit == "ZAR"]
    assert money == [pytest.approx(value)]


CAD = Currencies(home="CAD", dollar="CAD")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Each one-cent change in the residential rate yields about $58,500.", 0.01),
        ("Staff proposed a two cent increase to the tax rate.", 0.02),
        ("Fuel rose by five cents a litre over the month.", 0.05),
    ],
)
def test_cents_counted_in_words_are_the_home_dollars_coin(text, value):
    cents = [s.value for s in find_statistics(text, currencies=CAD) if s.unit == "CAD" and s.value < 1]
    assert cents == [pytest.approx(value)]


def test_the_two_cents_idiom_is_no_amount():
    assert [s for s in find_statistics("Councillor Roy added her two cents' worth on the matter.", currencies=CAD) if s.unit == "CAD"] == []
    assert [s for s in find_statistics("Councillor Roy said, for my two cents, the plan works.", currencies=CAD) if s.unit == "CAD"] == []
