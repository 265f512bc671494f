"""The order of a page's numeric dates from one date it prints both in figures and in words (issue 11, session 33).

Seen on a real scanned page of a body no rule was written on (web10, a North Carolina board of health of 1972):
'03/08/1972 ... MINUTES OF BOARD OF HEALTH, March 8, 1972', with no country named and one written date only, read
as 3 August. Invented pages, the same forms."""

from __future__ import annotations

from datetime import date

import pytest

from minutes_miner.dates import numeric_order_month_first
from minutes_miner.meeting import find_meeting_date


def test_figures_and_words_for_one_date_say_month_first() -> None:
    text = "03/08/1972 orr557 MINUTES OF BOARD OF HEALTH, March 8, 1972 .... Present: All members of the Board.\n"
    assert numeric_order_month_first(text, None) is True
    assert find_meeting_date(text) == date(1972, 3, 8)


def test_figures_and_words_for_one_date_say_day_first() -> None:
    text = "03/08/1972 scan 557 MINUTES OF THE PARISH MEETING, 3rd August 1972. Present: the Chairman and six electors.\n"
    assert numeric_order_month_first(text, None) is False


@pytest.mark.parametrize("text", ["04/04/1972 MINUTES, April 4, 1972. Present: all.\n", "Minutes of 12 May 1990. Present: all.\n"])
def test_nothing_decides_without_a_pair_read_one_way_only(text: str) -> None:
    from minutes_miner.dates import _order_of_a_date_written_both_ways

    assert _order_of_a_date_written_both_ways(text) is None
