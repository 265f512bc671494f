"""Money in any currency (ANNOTATION.md: statistics.unit is the ISO 4217 code).

A bare '$' takes the council's country, from the saved page's URL, the COUNCIL line's
locator or a region/council name; '€' is EUR, '£' and 'p' GBP. Snippets are invented in the
style of minutes; the real ones come from the tune part of ../shared/corpus/devpool.
"""

from __future__ import annotations

import pytest

from minutes_miner.extract.money import Currencies, document_currencies
from minutes_miner.extract.statistics import find_statistics

from helpers import SHARED, extracted, needs_shared, table_cells, statistics_found as find_statistics_units

DEVPOOL = SHARED / "corpus" / "devpool"


def money(text: str, currencies: Currencies = Currencies()) -> list[tuple[float, str]]:
    return [(s.value, s.unit) for s in find_statistics(text, currencies=currencies) if s.unit not in {"count", "percent", "other"}]


@pytest.mark.parametrize(
    ("url", "council", "home"),
    [
        ("https://annapoliscounty.ca/council-minutes/769", "Municipality of the County of Annapolis (Nova Scotia) Council", "CAD"),
        ("github:owner/repo@abc:minutes/2020-10.md", "Town of North Star (St. Louis County, Minnesota) Town Board", "USD"),
        ("http://village.croton-on-hudson.ny.us/Public_Documents/x", "Village of Croton-on-Hudson Board of Trustees", "USD"),
        ("https://records.lexingtonma.gov/WebLink/DocView.aspx?id=1", None, "USD"),
        ("https://pdfslide.us/documents/quilpie-shire-council.html", "Quilpie Shire Council (Queensland)", "AUD"),
        ("http://businesspapers.bawbawshire.vic.gov.au/Open/2019/04/x.htm", "Baw Baw Shire Council", "AUD"),
        ("http://meetings.nelson.govt.nz/Open/2019/06/CL_20190620_MIN_1947.htm", "Nelson City Council", "NZD"),
        ("https://docslib.org/doc/3789395/x", "Tararua District Council - Eketahuna Community Board", "NZD"),
        ("https://clarecoco.ie/your-council/meetings/minutes/x", "Clare County Council", "EUR"),
        ("https://docslib.org/download/3027748/x", "Meath County Council", "EUR"),
        ("https://democracy.kent.gov.uk/ieListDocuments.aspx?MId=1", "Kent County Council", "GBP"),
    ],
)
def test_home_currency_per_country(url, council, home):
    currencies = document_currencies(url, council, "The meeting opened.")
    assert currencies.home == home
    assert currencies.dollar == (home if home in {"USD", "CAD", "AUD", "NZD"} else "USD")


def test_country_from_the_document_head_when_a_pdf_has_no_header():
    head = "CITY OF ALAMEDA, California\nMinutes of the Regular Meeting of the City Council\nThe budget of $2,500 was approved."
    assert document_currencies(None, None, head) == Currencies("USD", "USD")


def test_signs_outweigh_a_council_name_shared_with_another_country():
    """Nelson is a New Zealand city and a Lancashire town: the pounds in the text decide."""
    assert document_currencies(None, "Nelson Town Council", "The precept of £45,000 was set.").home == "GBP"
    assert document_currencies(None, "Nelson City Council", "A grant of $45,000 was approved.").home == "NZD"
    assert document_currencies(None, None, "Grants totalled €12,000.").home == "EUR"
    assert document_currencies(None, None, "No money was discussed.").home == "GBP"


@pytest.mark.parametrize("dollar", ["USD", "CAD", "AUD", "NZD"])
def test_a_bare_dollar_takes_the_councils_dollar(dollar):
    currencies = Currencies(dollar, dollar)
    text = "The Board approved a transfer of $32,500 from the general fund and the upgrade will cost $1.2M; a further $50k was set aside."
    assert money(text, currencies) == [(32500, dollar), (1_200_000, dollar), (50_000, dollar)]


def test_signs_and_codes_name_their_own_currency_whatever_the_country():
    us = Currencies("USD", "USD")
    text = "The District allocated €1,500 to the club, EUR 500 for signs, £250 to the twinning group, CA$900 and NZ$40 in fees."
    assert money(text, us) == [(1500, "EUR"), (500, "EUR"), (250, "GBP"), (900, "CAD"), (40, "NZD")]


def test_pence_are_a_share_of_a_pound():
    """S2: '6p per week', '20p each', '81p'."""
    text = "The increase equals 6p per week for a Band D home, bags are now 20p each and the cost per visit fell to 81p."
    assert money(text) == [(0.06, "GBP"), (0.2, "GBP"), (0.81, "GBP")]
    assert money("The meeting closed at 9.30p.m.") == []


def test_amounts_without_a_sign_in_the_home_currency():
    """S4: '12m savings', '77m of savings', 'a budget of 2.5 million'; never '20m of road' or a count."""
    text = "The county council has 12m savings to make, 77m of savings over four years and a budget of 2.5 million."
    assert money(text) == [(12_000_000, "GBP"), (77_000_000, "GBP"), (2_500_000, "GBP")]
    assert money("The Municipal District has 3m funding for roads.", Currencies("EUR", "USD")) == [(3_000_000, "EUR")]
    assert money("A 20m stretch of road and 18 million passengers a year.") == []


def test_amounts_in_words_and_their_figures_in_brackets_are_one_statistic():
    us = Currencies("USD", "USD")
    text = "a fine not less than One Hundred Dollars ($100.00) nor more than Seven Hundred Fifty Dollars ($750.00)"
    assert money(text, us) == [(100, "USD"), (750, "USD")]
    assert money("a cheque for just over two thousand pounds") == [(2000, "GBP")]
    assert money("Funding of 1.5 million euro was secured.") == [(1_500_000, "EUR")]


def test_pounds_and_pence_without_a_sign_in_a_list_of_payments():
    text = "Cheques approved as follows\no 436 - SALC for training ………………… 9.00\no 437 - CAB donation ……………… 300.00"
    assert money(text) == [(9, "GBP"), (300, "GBP")]
    assert money("General Fund $45,275.61\nWater Fund 4,671.81", Currencies("USD", "USD")) == [(45275.61, "USD"), (4671.81, "USD")]


def test_payment_lists_under_a_heading_are_money_in_the_councils_currency():
    """A parish 'Payments to be approved:' list, a PDF's 'Total £s' column (cells on lines of their own),
    an Irish or a New Zealand list: bare pounds and pence are money in the home currency."""
    parish = "7. FINANCE\nPayments to be approved:\nClerk salary (October) 456.23\nHMRC PAYE 114.20\nSLCC subscription 98.00\nIt was resolved to approve."
    assert money(parish) == [(456.23, "GBP"), (114.2, "GBP"), (98, "GBP")]
    pdf = "Receipts received\n Detail Total £s VAT Comments\nHMRC VAT Reclaim from Apr to Dec\n23\n22814.21\nVillage Hall Contribution for\nPlayground Turf\n702.08\n"
    assert money(pdf) == [(22814.21, "GBP"), (702.08, "GBP")]
    assert money("The following accounts were approved for payment:\nJ Smith grass cutting 240.00\nBritish Gas 56.78") == [(240, "GBP"), (56.78, "GBP")]
    assert money("Payments for approval\nEirGrid 1,234.56\nBank charges 12.50\n", Currencies("EUR", "USD")) == [(1234.56, "EUR"), (12.5, "EUR")]
    assert money("a) Accounts for payment: Clerk's salary - 456.23; Hall hire - 15.00.", Currencies("NZD", "NZD")) == [(456.23, "NZD"), (15, "NZD")]
    assert money("Amount (£)\nSalary 456.23\nAudit fee 200.00\n") == [(456.23, "GBP"), (200, "GBP")]


def test_pounds_and_pence_after_a_payment_phrase_are_money():
    assert money("The Council approved a payment of 45.00 to the Clerk and a refund of 12.50.") == [(45, "GBP"), (12.5, "GBP")]
    assert money("Motion to approve bills in the amount of 12345.67 carried 5-0.", Currencies("USD", "USD")) == [(12345.67, "USD")]


def test_section_numbers_times_and_measures_in_a_payments_section_are_not_money():
    assert find_statistics("Payments\n8.12 Planning applications were considered.") == []
    assert find_statistics("Payments were approved. 8.12 Planning: no objections.") == []
    assert find_statistics("Accounts\nThe accounts were approved. The meeting closed 21.15.") == []
    assert find_statistics("Receipts\nAgenda item 7.12 was deferred. Next meeting 12.10.23 at 19.30.") == []
    assert money("Income\nThe hall was used for 12.50 hours.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The claims of residents about noise were heard.\nThe average noise reading was 62.50 at the boundary.",  # UK district
        "All accounts of the storm agree.\nThe river gauge read 2.75 on Tuesday.",  # Australian shire
        "Any claims under the policy were noted.\nThe lake level stood 4.25 above datum.",  # Canadian township
        "Our income target was discussed.\nThe pool averaged 3.25 on the survey.",  # Irish county council
    ],
)
def test_a_sentence_that_opens_with_a_word_and_a_payment_noun_is_no_payments_list(text):
    """'The claims ...', 'All accounts of ...': prose, not a 'Payments:' heading or a list item
    ('a) Receipts', '7.1 Accounts'), so its bare decimals stay numbers (a reading or an average: unit other), not money."""
    assert [unit for _, unit in find_statistics_units(text)] == ["other"]


def test_table_cells_take_the_councils_currency():
    from minutes_miner.extract.statistics import table_statistics

    text = "Item|Cost ($)|Grant\nPaving|12,500|4,000"
    found = {(s.value, s.unit) for s in table_statistics(table_cells(text), Currencies("AUD", "AUD"))}
    assert found == {(12500, "AUD"), (4000, "AUD")}


# --- real minutes from the tune part of devpool ------------------------------------------------


@needs_shared
def test_minnesota_town_board_dollars_are_usd():
    stats = extracted(str(DEVPOOL / "intl" / "northstar_mn_1.txt")).statistics
    found = {(s.value, s.unit) for s in stats}
    assert {(32500, "USD"), (88786.61, "USD"), (360.33, "USD")} <= found
    assert not any(s.unit == "other" and "$" in s.text for s in stats)


@needs_shared
def test_ontario_council_dollars_are_cad():
    stats = extracted(str(DEVPOOL / "intl" / "london_ontario_1.txt")).statistics
    assert (589105, "CAD") in {(s.value, s.unit) for s in stats}
    assert not any(s.unit == "USD" for s in stats)


@needs_shared
def test_dollars_in_words_with_figures_in_brackets_once_each():
    stats = extracted(str(DEVPOOL / "intl" / "towerlakes_il_1.txt")).statistics
    hundreds = [s for s in stats if s.value == 100]
    assert [s.unit for s in hundreds] == ["USD"]
    assert any(s.value == 750 and s.unit == "USD" for s in stats)


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("Township office, 2381 Highway 654, Callander, ON P0H 1H0. The quote of $4,500 was accepted.", "CAD"),
        ("City Hall, 400 Robert D. Ray Drive, Des Moines, IA 50309. The quote of $4,500 was accepted.", "USD"),
        ("Shire Office, Brolga Street, Quilpie QLD 4480. The quote of $4,500 was accepted.", "AUD"),
        ("County Hall, Maidstone ME14 1XQ. The quote of £4,500 was accepted.", "GBP"),
    ],
)
def test_a_postal_code_names_the_country_when_nothing_else_does(text, home):
    assert document_currencies(None, None, text).home == home


@pytest.mark.parametrize(
    ("head", "home"),
    [
        ("Kiama Municipal Council, New South Wales\nMinutes of the Ordinary Meeting\nA variance of $12,000 was reported.", "AUD"),
        ("Shire of Wentworth (New South Wales)\nMinutes of Council\nThe tender of $85,000 was accepted.", "AUD"),
        ("Newport City Council, Wales\nMinutes of Cabinet\nThe grant of £85,000 was accepted.", "GBP"),
        ("Town of Hampden, New England\nMinutes of the Select Board\nThe quote of $4,500 was accepted.", "USD"),
    ],
)
def test_a_country_name_inside_a_longer_region_is_not_that_country(head, home):
    """'New South Wales' holds 'Wales': the longer region names the country."""
    assert document_currencies(None, None, head).home == home


@pytest.mark.parametrize(
    ("council", "head", "home"),
    [
        ("Regional Municipality of Durham", "Regional Municipality of Durham, Ontario\nThe expansion will cost about 2.3 million dollars.", "CAD"),
        ("Durham Regional Council", "Durham Regional Council, Ontario\nA grant of $40,000 was approved.", "CAD"),
        ("City of Lancaster", "City of Lancaster, California\nThe contract of $1.2 million was awarded.", "USD"),
    ],
)
def test_a_dollar_document_takes_its_heads_dollar_over_an_english_county_name(council, head, home):
    """Durham and Lancaster are English places too: a document pricing in dollars takes the dollar
    country its head names (', Ontario'); one in pounds keeps the English county."""
    assert document_currencies(None, council, head).home == home
    assert document_currencies(None, "Durham County Council", "Durham County Council\nA grant of £40,000 was approved.").home == "GBP"


def test_dollars_in_words_make_a_dollar_document():
    """'2.3 million dollars' with no sign is money in the council's own dollar."""
    stats = find_statistics(
        "The expansion will cost 2.3 million dollars.", currencies=document_currencies(None, None, "Town of Cobourg, Ontario\n2.3 million dollars")
    )
    assert [(s.value, s.unit) for s in stats] == [(2300000.0, "CAD")]
