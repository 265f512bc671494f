"""Reading numbers as councils write them: 400, 1,611, 20million, £1.611m, six, a hundred.

Kept apart from the statistics rules so it can be tested on its own (property tests in
tests/test_numbers.py): it must never raise, whatever string it is given.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .resources import models_dir

MULTIPLIERS = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mil": 1e6,
    "million": 1e6,
    "millions": 1e6,
    "bn": 1e9,
    "b": 1e9,
    "billion": 1e9,
}


@lru_cache(maxsize=1)
def number_words() -> dict[str, float]:
    return _read_tsv("number_words.tsv")


@lru_cache(maxsize=1)
def _cardinal_words() -> dict[int, str]:
    """Each whole value of number_words.tsv and its word: the first the file gives for it ('twelve', not 'dozen'), the
    cardinal that a count or a vote's side is written with in running words."""
    words: dict[int, str] = {}
    for word, value in number_words().items():
        if value == int(value):
            words.setdefault(int(value), word)
    return words


def cardinal_alternation(low: int, high: int, step: int = 1) -> str:
    """'one|two|...': the cardinal words of low, low + step, ... up to high (models/gazetteers/number_words.tsv) as a regex
    alternation, in the order of their values.

    One vocabulary for every pattern that reads numbers in words, each choosing its own range of it (a tally stops at
    sixty-nine, a year's last part goes to ninety-nine); a value the file has no word for raises KeyError rather than
    leaving a gap in a pattern."""
    words = _cardinal_words()
    return "|".join(words[value] for value in range(low, high + 1, step))


@lru_cache(maxsize=1)
def fraction_words() -> dict[str, float]:
    return _read_tsv("fractions.tsv")


def _read_tsv(name: str) -> dict[str, float]:
    table: dict[str, float] = {}
    for line in (models_dir() / "gazetteers" / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, value = line.split("\t")
            table[word.strip()] = float(value)
    return table


def parse_digits(text: str) -> float | None:
    """'1,611' -> 1611.0, '42.5' -> 42.5; None when it is not a plain number."""
    cleaned = text.replace(",", "").strip()
    if re.fullmatch(r"\d{1,3}\.\d{3}(?:,\d{3})+", text.strip()):
        cleaned = cleaned.replace(".", "")  # "1.700,000": the point is a mistyped thousands comma
    if not re.fullmatch(r"\d+(?:\.\d+)?", cleaned):
        return None
    try:
        return float(cleaned)
    except ValueError:
        return None


def apply_multiplier(value: float, suffix: str | None) -> float:
    """£1.611m -> 1611000; an unknown suffix leaves the value as it is."""
    if not suffix:
        return value
    return value * MULTIPLIERS.get(suffix.lower().strip(" ."), 1.0)


def parse_number_words(text: str) -> float | None:
    """'six' -> 6, 'twenty five' -> 25, 'a hundred' -> 100, 'two hundred and fifty' -> 250."""
    words = [w for w in re.split(r"[\s-]+", text.lower().strip()) if w and w != "and"]
    if not words:
        return None
    if words[0] == "a" and len(words) > 1:
        words[0] = "one"
    table = number_words()
    total = 0.0
    current = 0.0
    seen = False
    for word in words:
        if word not in table:
            return None
        value = table[word]
        seen = True
        if value == 100:
            current = (current or 1) * 100
        elif value >= 1000:
            total += (current or 1) * value
            current = 0
        else:
            current += value
    return total + current if seen else None


def number_to_words(n: int) -> str:
    """The inverse, for tests: 0 <= n < 1000000."""
    ones = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ]
    tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    if n < 20:
        return ones[n]
    if n < 100:
        return tens[n // 10] + ("" if n % 10 == 0 else " " + ones[n % 10])
    if n < 1000:
        rest = n % 100
        return ones[n // 100] + " hundred" + ("" if rest == 0 else " and " + number_to_words(rest))
    rest = n % 1000
    return number_to_words(n // 1000) + " thousand" + ("" if rest == 0 else " " + number_to_words(rest))
