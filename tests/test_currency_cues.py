"""A bare '$' takes the council's country; where no name, region, domain or postcode says it,
the country's own words in the first pages do ('Cr White', 'excl GST', 'plus HST')."""

from __future__ import annotations

import pytest

from minutes_miner.extract.money import document_currencies
from minutes_miner.extraction import extract_document
from minutes_miner.readers.base import Document

AU = (
    "MINUTES OF THE ORDINARY MEETING OF WATTLE SHIRE COUNCIL HELD ON 3 MARCH 2021\n"
    "PRESENT: Cr J Brown (Mayor), Cr K White, Cr L Green\n\n"
    "8.1 DRAINAGE WORKS TENDER\nMoved: Cr White\nSeconded: Cr Green\n"
    "That Council accept the tender from Reef Civil Pty Ltd for $230,000 (excl GST).\nCARRIED 5/0\n"
)
CA = (
    "THE CORPORATION OF THE TOWN OF PINE RIDGE\nCOUNCIL MINUTES\nMarch 3, 2021\n\n"
    "Present: Reeve J. Hill, Deputy Reeve A. Roy, Councillor B. Tan\n\n"
    "Moved by Deputy Reeve Roy\nSeconded by Councillor Tan\n"
    "THAT Council award the road resurfacing tender in the amount of $412,000 plus HST.\nCARRIED\n"
)


def money_units(text: str) -> list[str]:
    result = extract_document(Document(path="minutes.txt", format="txt", text=text), "test")
    return [s.unit for s in result.statistics if s.value >= 1000]


def test_australian_words_make_the_dollar_aud():
    assert money_units(AU) == ["AUD"]


def test_canadian_words_make_the_dollar_cad():
    assert money_units(CA) == ["CAD"]


def test_one_cue_alone_or_a_tie_keeps_the_default():
    assert document_currencies(None, None, "Present: Cr Brown.\nA grant of $500 was agreed.").home == "USD"
    assert document_currencies(None, None, "Cr Brown, His Worship the Mayor, Pty Ltd, Chief Executive Officer, Long Term Plan, Karakia").home in {"AUD", "NZD"}


# A page with no place name: Commonwealth spelling rules the US dollar out, and then one word of
# one country decides; a cue inside a longer cue of another country counts for the longer one.
DOLLAR_BY_WORDS = [
    (
        "Township of Birch Narrows\nCouncil Minutes\nPresent: Councillors Ames, Boyd\n"
        "The Councillors toured the recreation centre. The parking by-law fine rises to $150.\n",
        "CAD",
    ),
    (
        "Regular sitting of the Municipal Council\nRegrets: Councillor Poirier\n"
        "The paving of chemin des Érables was awarded for $212,400 taxes included. The centre roof was noted.\n",
        "CAD",
    ),
    (
        "Kereru Bay Community Board\nPresent: Members Hohaia, Walsh; Councillor Pike\n"
        "Mana whenua will be engaged on the signs in te reo. A grant of $2,000 was made to the playcentre licence holder.\n",
        "NZD",
    ),
    (
        "ORDINARY MEETING OF COUNCIL\nAcknowledgement of Country was given by Cr Nolan.\nThe Councillors approved $45,000 for the community centre.\n",
        "AUD",
    ),
    (
        "Present: Cr Ruiz, Cr Cole; Chief Executive Officer P. Dunn\nMoved Cr Ruiz, seconded Cr Cole\n"
        "That Council allocate $18,000 for footpaths (excl. GST).\n",
        "AUD",
    ),
]


@pytest.mark.parametrize(("text", "dollar"), DOLLAR_BY_WORDS)
def test_a_page_that_names_no_place_takes_the_dollar_its_words_show(text, dollar):
    assert document_currencies(None, None, text).dollar == dollar


@pytest.mark.parametrize(
    "text",
    [
        # American spelling and titles: one Canadian-looking word does not outweigh them
        "Board of Trustees\nPresent: Councilmember Diaz\nThe CAO presented the senior center budget of $80,000.\n",
        # one British spelling alone is no Commonwealth page; 'Shire' alone is no Australian one
        "Village Board minutes\nThe Shire Road culvert costs $9,500. The community centre lease was renewed.\n",
        # a shared cue only ('Cr'), nothing to tell Australia from New Zealand
        "Present: Cr Brown, Cr Ede.\nThe Councillors agreed a grant of $500 to the centre.\n",
    ],
)
def test_a_dollar_page_without_agreeing_words_keeps_the_us_dollar(text):
    assert document_currencies(None, None, text).dollar == "USD"


# a county's Warden and Deputy Warden chair Nova Scotia's and Ontario's county councils; 'Municipality of the County of'
# names a Nova Scotia county municipality: with the CAO they make a bare '$' Canadian
NS = (
    "Municipality of the County of Kelp Harbour          Council in Committee\n"
    "Present: Warden Doucet, Deputy Warden LeBlanc, Councillors Aucoin and Boudreau; CAO Pothier.\n"
    "Community grant requests totalled $142,500; the recommended total is $61,000.\n"
)


def test_a_deputy_warden_and_a_county_municipality_make_the_dollar_cad():
    assert money_units(NS) == ["CAD", "CAD"]


def test_a_warden_alone_is_no_cue():
    """England's 'Tree Warden' or 'Dog Warden' names no country: one word alone keeps the default."""
    assert document_currencies(None, None, "Present: the Tree Warden and the Clerk.\nA grant of $500 was agreed.").home == "USD"


# a First Nation's head in capitals, its Band Manager and Band Office: Canada's (a US tribe has a Tribal Council)
FN = (
    "KESTREL RIVER FIRST NATION\nCHIEF AND COUNCIL - DULY CONVENED MEETING\nBand Office Boardroom\n"
    "Band Manager: R. Whitecloud\nThe housing amendment adds $186,400 to the capital plan.\n"
)


def test_a_first_nation_band_makes_the_dollar_cad():
    assert money_units(FN) == ["CAD"]


# Words only one dollar country's papers use, which a page that names no place still prints: Canada's day of Truth and
# Reconciliation and its provincial land commission, a New Zealand school board's 'BoT' and 'Karakia', an Australian
# state's name and its 'Acknowledgment of Country' (spelt without the middle 'e' too).
@pytest.mark.parametrize(
    ("text", "home"),
    [
        (
            "Council highlights\n- Council reviewed Procedure Bylaw No. 131.\n- Council approved the use of District tents for "
            "National Day for Truth and Reconciliation, to a maximum of $500.\n",
            "CAD",
        ),
        ("BoT Minutes - 27th June 2022\nThank you, Mere, for the Karakia.\nA gas credit of $6700.00 was noted.\n", "NZD"),
        (
            "Minutes General Meeting 28 October 2024\nAcknowledgment of Country by Paula Reyes\nChq 252 to NSW Fair Trading $45.00 was approved.\n",
            "AUD",
        ),
    ],
)
def test_a_nations_own_words_name_the_dollar_of_a_page_that_names_no_place(text: str, home: str):
    assert document_currencies(None, None, text).home == home
