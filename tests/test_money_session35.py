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
