"""Property tests for the number parser: it must read what councils write, and never raise."""

from hypothesis import given
from hypothesis import strategies as st

from minutes_miner.numbers import apply_multiplier, number_to_words, parse_digits, parse_number_words
from minutes_miner.extract.statistics import find_statistics


@given(st.integers(min_value=1, max_value=999_999))
def test_number_words_round_trip(n):
    assert parse_number_words(number_to_words(n)) == n


@given(st.integers(min_value=0, max_value=10**9))
def test_digits_with_thousands_separators(n):
    assert parse_digits(f"{n:,}") == n


@given(st.decimals(min_value=0, max_value=10_000, places=3, allow_nan=False, allow_infinity=False))
def test_money_multipliers(d):
    value = float(d)
    assert abs(apply_multiplier(value, "m") - value * 1e6) < 1e-3
    assert abs(apply_multiplier(value, "bn") - value * 1e9) < 1
    assert abs(apply_multiplier(value, "k") - value * 1e3) < 1e-6


@given(st.text(max_size=200))
def test_parsers_never_raise(text):
    parse_digits(text)
    parse_number_words(text)
    find_statistics(text)


def test_money_forms_councils_write():
    cases = {
        "an overspend of around £20million this year": 20_000_000,
        "a grant of £1.611m was agreed": 1_611_000,
        "savings of £500k were found": 500_000,
        "the fund of £206,525 was approved": 206_525,
        "capital of £2.6bn over ten years": 2_600_000_000,
    }
    for sentence, value in cases.items():
        money = [s for s in find_statistics(sentence) if s.unit == "GBP"]
        assert [s.value for s in money] == [value], sentence


def test_words_fractions_and_ratios():
    stats = find_statistics("six care leavers were at university and only around half of councillors attended; 2 in 3 children were in education")
    assert [(s.value, s.unit) for s in stats] == [(6, "count"), (50, "percent"), (66.7, "percent")]
    assert stats[1].qualifier == "around"


def test_exclusions_of_annotation_md():
    text = (
        "Item 7 of the agenda, the Children Act 1989, young people aged 19-21, on 3 March 2024 at 10.30am, "
        "the vote was 12 for and 3 against, call 01632 960123, see paragraph 4.5."
    )
    assert find_statistics(text) == []
