"""Money: a page that names its town and its province's letters with no comma between ('Seniors Hall, Kaslo BC') prices
in that province's dollar (issue 16, session 35).

Seen on a real British Columbia improvement district's annual general meeting (web11): 'Seniors Hall, Kaslo BC' under the
title and 'RDCK grant ($30,000) re-application' below, read as US dollars since only ', BC' was a locator. Invented page."""

from __future__ import annotations

import pytest

from minutes_miner.extract.money import document_currencies

PAGE = "Minutes of 2019 Annual General Meeting\nWednesday April 10, 2019 at 7:00 pm\nCommunity Hall, {town}\n1. Present: A Hale, B Noor\n\nThe grant ($30,000) re-application is in process.\n"


@pytest.mark.parametrize("town, dollar", [("Elmford BC", "CAD"), ("Elmford, BC", "CAD"), ("Elmford MB", "CAD"), ("Elmford CA", "USD")])
def test_a_town_and_its_provinces_letters_name_the_dollar(town: str, dollar: str) -> None:
    """A US state's two letters are never a locator (a person's letters 'Ann Roy, CA'): the US dollar stays the default."""
    assert document_currencies(None, None, PAGE.format(town=town)).dollar == dollar


@pytest.mark.parametrize(
    "sentence, dollar",
    [
        ("Council approved land for the Northern Territory Government to build the hub.", "AUD"),
        ("The grant from the Province of Prince Edward Island was received.", "CAD"),
        ("Staff met the New South Wales and British Columbia delegations.", None),  # two countries: no answer from this
        ("Staff visited the West Coast and the Far North.", None),  # a coast or a north is any country's
    ],
)
def test_a_state_or_province_named_in_full_names_the_dollar(sentence: str, dollar: str | None) -> None:
    """A Northern Territory town council's newsletter naming no place in its head, pricing in '$' and written in
    Commonwealth spelling with month-first dates, was read as Canadian (web11). A page in American spelling is not
    moved by a region it names ('the City of New Brunswick', New Jersey)."""
    from minutes_miner.countries import multiword_region_country

    text = "Council news, February 2, 2024\n\nThe centre will reopen, the Councillor said.\n" + sentence + " The cost of $100,000 was noted.\n"
    found = multiword_region_country(text, frozenset({"AU", "CA", "NZ", "US"}))
    assert found == {"AUD": "AU", "CAD": "CA", None: None}[dollar]
    if dollar:
        assert document_currencies(None, None, text).dollar == dollar


@pytest.mark.parametrize("line", ["Guest speaker: Mr Jones, Mr Rob Hale QC", "Present: Ann Roy, Carl Ames NB"])
def test_a_persons_letters_at_a_lines_end_are_no_province(line: str) -> None:
    """Only after the hall the meeting sat in is a town and its province's letters a locator: a QC's or an NB's
    letters after a name are no place."""
    text = "Minutes of the meeting\n" + line + "\n\nThe grant ($30,000) was received.\n"
    assert document_currencies(None, None, text).dollar == "USD"


def test_an_american_page_naming_a_canadian_provinces_name_stays_american() -> None:
    text = "Borough Council, February 2, 2024\n\nThe Councilmember met the City of New Brunswick center staff. The cost of $100,000 was noted.\n"
    assert document_currencies(None, None, text).dollar == "USD"
