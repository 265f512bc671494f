"""The months are read from one list (dates.MONTH_NAMES): every form a finder accepts comes from it."""

from datetime import date

import pytest

from minutes_miner.dates import MONTH_ABBREVIATIONS, MONTH_NAMES, parse_date
from minutes_miner.extract.action_due import resolve_due_date
from minutes_miner.sentences import is_abbreviation


@pytest.mark.parametrize(
    "written, expected",
    [
        ("Thursday 4 Febuary 2025", date(2025, 2, 4)),  # a clerk's common misspelling
        ("Sept. 9, 2024", date(2024, 9, 9)),
        ("9th day of September 2024", date(2024, 9, 9)),
        ("Dec 1 2023", date(2023, 12, 1)),
    ],
)
def test_every_printed_month_form_is_a_date(written, expected):
    assert parse_date(written) == expected


def test_a_word_that_starts_like_a_month_is_no_date():
    assert parse_date("Mayor's report 4 2025") is None


def test_abbreviations_are_the_months_cut_short():
    assert MONTH_ABBREVIATIONS == {name[:3].lower() for name in MONTH_NAMES if name != "May"} | {"sept"}


def test_a_full_stop_after_a_cut_month_before_its_day_is_no_sentence_end():
    text = "Works begin Feb. 2 at a cost of £400."
    assert is_abbreviation(text, text.index("."))
    ended = "The works were agreed in May. 2 members abstained."
    assert not is_abbreviation(ended, ended.index("."))


def test_a_deadline_in_a_month_counts_from_the_meeting():
    assert resolve_due_date("by 31 March", date(2025, 4, 10)) == date(2026, 3, 31)
    assert resolve_due_date("by June", date(2025, 4, 10)) == date(2025, 6, 30)
