"""The patterns that read numbers in words take them from one vocabulary (models/gazetteers/number_words.tsv),
each over the range it has always read: moving the words to data must not widen or narrow any of them."""

import re

from minutes_miner.extract.number_labels import _PLURAL_COUNT_RE
from minutes_miner.extract.statistics import _TALLY_WORD, _TENS_WORD_RE
from minutes_miner.extract.word_numbers import _TENS_WORD
from minutes_miner.numbers import cardinal_alternation, number_to_words

UNITS = "one|two|three|four|five|six|seven|eight|nine"


def _words(low: int, high: int) -> list[str]:
    return [number_to_words(n) for n in range(low, high + 1)]


def test_cardinal_alternation_is_the_cardinals_in_order():
    assert cardinal_alternation(1, 9) == UNITS
    assert cardinal_alternation(10, 19).split("|")[2] == "twelve"  # the cardinal, never 'dozen'
    assert cardinal_alternation(20, 90, 10) == "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"


def test_a_tally_reads_one_to_sixty_nine_only():
    tally = re.compile(_TALLY_WORD)
    for word in _words(1, 69):
        assert tally.fullmatch(word.replace(" ", "-")), word
    for word in ("zero", "seventy", "seventy-one", "ninety-nine", "dozen", "hundred"):
        assert not tally.fullmatch(word), word


def test_a_year_in_words_ends_in_one_to_ninety_nine():
    tens = re.compile(_TENS_WORD)
    for word in _words(1, 99):
        assert tens.fullmatch(word.replace(" ", "-")), word
    assert not tens.fullmatch("zero") and not tens.fullmatch("hundred")
    assert all(_TENS_WORD_RE.fullmatch(word) for word in cardinal_alternation(20, 90, 10).split("|"))


def test_a_count_of_a_plural_reads_two_to_nineteen_and_the_tens_to_fifty():
    def counts(word: str) -> bool:
        return bool(_PLURAL_COUNT_RE.fullmatch(f"{word} new homes"))

    assert all(counts(word) for word in [*_words(2, 19), "twenty", "thirty", "forty", "fifty"])
    assert not any(counts(word) for word in ("one", "sixty", "seventy", "ninety", "dozen"))
