"""Money: the dollar of a page that names no place, told by how it writes its dates (issue 16, session 38).

Seen on real pages of web15: a New South Wales community association's minutes ('Thursday 29th November 2018', 'on 2nd
November', '$270.00 from theatre day') read as US dollars, and a Vermont selectboard's orders with no sign at all
('Tuesday, July 19, 2022', 'General: 6,323.59') read as pounds, the default. Invented pages, the same forms."""

from __future__ import annotations

import pytest

from minutes_miner.extract.money import document_currencies

DAY_FIRST = "Thursday 29th November 2018\nElm Public School\nMinutes of 20th September confirmed.\nThe path payment was handed over on 2nd November.\n"
MONTH_FIRST = "Elm Selectboard Meeting Minutes\nTuesday, July 19, 2022, 7:30 pm at Town Hall\nMinutes of July 5, 2022 approved.\n"


def test_a_dollar_page_that_dates_day_first_is_not_american() -> None:
    found = document_currencies(None, None, DAY_FIRST + "Treasurer: General Acc. $5,311.00, plus $100.00 donation.\n")
    assert (found.home, found.dollar) == ("AUD", "AUD")


def test_a_dollar_page_dated_day_first_with_new_zealands_words_is_new_zealands() -> None:
    text = DAY_FIRST + "Two iwi representatives attended.\nGeneral Acc. $5,311.00.\n"  # one word of New Zealand's, none of Australia's
    found = document_currencies(None, None, text)
    assert (found.home, found.dollar) == ("NZD", "NZD")


@pytest.mark.parametrize("cue", ["The Councilmember asked about the ordinance.", "Staff will bring a By-law to Council."])
def test_a_north_american_word_keeps_a_day_first_page_in_north_america(cue: str) -> None:
    assert document_currencies(None, None, DAY_FIRST + cue + "\nGeneral Acc. $5,311.00.\n").home in {"USD", "CAD"}


def test_a_page_without_a_sign_that_dates_month_first_prices_in_dollars() -> None:
    assert document_currencies(None, None, MONTH_FIRST + "Orders totalling:\nGeneral: 6,323.59\nHighway: 19,698.59\n").home == "USD"


def test_a_page_without_a_sign_that_dates_day_first_keeps_the_default() -> None:
    assert document_currencies(None, None, DAY_FIRST + "Orders totalling: 6,323.59\n").home == "GBP"


def test_one_north_american_date_on_a_page_without_a_sign_keeps_the_default() -> None:
    text = (
        "Elm Parish Council\nMinutes of the meeting held on Monday 3rd March\n\nAn email dated March 4, 2024 was noted.\nThe salary of 1,250.00 was approved.\n"
    )
    assert document_currencies(None, None, text).home == "GBP"
