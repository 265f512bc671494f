"""Measures whose unit is a mark or is shared with the next number: '16’ tree', "a 6' fence",
'12\u2032 x 20\u2032', and the first number of 'a two- or five-year cycle', '10- to 15-minute walks'.

Split from statistics.py. Both are unit 'other' (ANNOTATION.md: lengths and durations).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..numbers import parse_digits, parse_number_words

_WORD = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety"

# "16’ tree", "a 6' fence", "12′ x 20′", "5' 6\" high": a foot mark after a number, a word or a size after it
_FEET_RE = re.compile(
    r"(?<![\w.,£$€‘'’])(?P<num>\d{1,3}(?:\.\d)?)[’'′](?:[ \t]?\d{1,2}[”\"″])?(?=[ \t]{1,2}(?:[a-z]{2,}|x[ \t]?\d|by[ \t]{1,2}\d)|[ \t]?[x×][ \t]?\d)"
)
_OPEN_QUOTE_RE = re.compile(r"[‘'][^’'\n]{0,40}$")


def feet_marks(text: str) -> Iterator[tuple[int, int, float]]:
    """Lengths written with a foot mark ('16’ tree'), not a number closing a quotation ('‘Option 2’ was')."""
    for m in _FEET_RE.finditer(text):
        if _OPEN_QUOTE_RE.search(text, max(0, m.start() - 41), m.start()):
            continue
        value = parse_digits(m.group("num"))
        if value:
            yield m.start(), m.end(), value


def suspended_hyphens(text: str, hyphen_units: list[str]) -> Iterator[tuple[int, int, float]]:
    """'a two- or five-year cycle', '10- to 15-minute walks': the first number shares the unit of the second."""
    if not _SUSPENDED_HINT_RE.search(text):
        return  # the full pattern tries a word at every boundary: look for its hyphen first
    for m in _suspended_re(tuple(hyphen_units)).finditer(text):
        token = m.group("n")
        value = parse_digits(token) if token[0].isdigit() else parse_number_words(token)
        if value:
            yield m.start("n"), m.end("n") + 1, value


_SUSPENDED_HINT_RE = re.compile(r"\w-[ \t]{1,2}(?:or|and|to)[ \t]")
_CACHE: dict[tuple[str, ...], re.Pattern] = {}


def _suspended_re(units: tuple[str, ...]) -> re.Pattern:
    if units not in _CACHE:
        unit = "|".join(re.escape(u) for u in units)
        _CACHE[units] = re.compile(
            rf"\b(?P<n>\d{{1,3}}(?:\.\d{{1,2}})?|{_WORD})-[ \t]{{1,2}}(?:or|and|to)[ \t]{{1,2}}(?:\d{{1,3}}(?:\.\d{{1,2}})?|{_WORD})-(?:{unit})s?\b", re.I
        )
    return _CACHE[units]


_METRES = r"(?P<num>\d{1,4}(?:\.\d{1,2})?)[ \t]?m(?![\w²³'’/])"
# after a metre figure, another compared with it: '9.3m v 8.5m', '4.2m (policy 3.6m)', 'from 7.5m to 3m'
_COMPARED_METRES_RE = re.compile(r"[ \t]{0,2},?[ \t]{0,2}(?:v\.?|vs\.?|versus|against|to|and|or|\([ \t]{0,2}(?:[a-z]+:?[ \t]{1,2}){0,2})[ \t]{0,2}" + _METRES)


@lru_cache(maxsize=1)
def _metres_res(dimension_nouns: tuple[str, ...], directions: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern]:
    """The two ways a figure and an 'm' name a length: a dimension named up to two words before it, or a spaced
    'm' and a direction after it (models/patterns/statistics.json dimension_nouns, metre_directions)."""
    nouns = "|".join(re.escape(n).replace("\\ ", "[ \t]") for n in sorted(dimension_nouns, key=len, reverse=True))
    named = re.compile(r"\b(?i:" + nouns + r")[ \t]{0,2},?[ \t]{1,2}(?:(?:[a-z]+\.?)[ \t]{1,2}){0,2}(?<![\w.,£$€])" + _METRES.replace("[ \\t]?m", "m"))
    heading = re.compile(r"(?<![\w.,£$€/-])(?P<num>\d{1,4}(?:[.,]\d{1,3})?)[ \t]m[ \t]{1,2}(?:" + "|".join(directions) + r")\b")
    return named, heading


def dimension_metres(text: str, rules: dict) -> Iterator[tuple[int, int, float]]:
    """Lengths in metres told from millions by what they measure: 'Wall height 4.2m (policy 3.6m)', 'a maximum
    building height of 26m', 'extended 300 m north' (a bare '4.2m' is millions of the home currency, money.py)."""
    named, heading = _metres_res(tuple(rules["dimension_nouns"]), tuple(rules["metre_directions"]))
    for m in named.finditer(text):
        yield m.start("num"), m.end(), float(m.group("num"))
        end = m.end()
        while (more := _COMPARED_METRES_RE.match(text, end)) is not None:
            yield more.start("num"), more.end(), float(more.group("num"))
            end = more.end()
    for m in heading.finditer(text):
        value = parse_digits(m.group("num"))
        if value:
            yield m.start("num"), m.end("num") + 2, value
