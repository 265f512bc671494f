"""Skip a regex search when the text lacks every word the pattern needs (issue 12: throughput).

A search with a pattern such as "(?i:requested|asked|invited|...)\\s+(?:the\\s+)?$" tries the
pattern at every position of the text, and most texts hold none of its words. The words are
read from the pattern itself (`required_literals`): a set of strings, one of which is in
every match. `may_match` looks for them with `in` on the text lowered, a few C scans in place
of a regex pass, and says no only when none is there, so the searches that still run find
exactly what they found before.

Exactness under IGNORECASE: only ASCII literals are used, and the text is folded so that every
character re matches to an ASCII letter under re.I becomes that letter in lower case (A-Z by
`lower()`, and the four non-ASCII ones re also matches: 'İ', 'ı', 'ſ' and the Kelvin sign).
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as c
from re import _parser

# Non-ASCII characters that re matches to an ASCII letter under re.I, as lower() leaves them (tests/test_literal_prefilter.py
# checks all of Unicode): the Kelvin sign lowers to 'k', and 'İ' is replaced before lower() makes it 'i' and a combining dot.
_LOWERED_ODD = (("\u0131", "i"), ("\u017f", "s"))
# A literal shorter than this says too little to be worth a look.
MIN_LITERAL = 3


def fold(text: str) -> str:
    """The text as `may_match` reads it: ASCII letters in lower case, whatever re.I matches to them included."""
    if text.isascii():
        return text.lower()
    if "\u0130" in text:
        text = text.replace("\u0130", "i")
    lowered = text.lower()
    for odd, letter in _LOWERED_ODD:
        if odd in lowered:
            lowered = lowered.replace(odd, letter)
    return lowered


def may_match(pattern: re.Pattern, folded: str) -> bool:
    """False only when no match of `pattern` can lie in the text `folded` came from."""
    needed = required_literals(pattern)
    return needed is None or any(word in folded for word in needed)


@lru_cache(maxsize=512)
def required_literals(pattern: re.Pattern) -> frozenset[str] | None:
    """Lower-case ASCII strings one of which is in every match, or None when the pattern gives none."""
    try:
        found = _factors(_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - a construct this reader does not know: no prefilter
        return None
    if not found or min(map(len, found)) < MIN_LITERAL:
        return None
    return frozenset(w for w in found if not any(o != w and o in w for o in found))  # 'ask' covers 'asked'


def _factors(sequence) -> set[str] | None:
    """For a sequence of items: the best set among its literal runs and its parts that must match."""
    candidates: list[set[str]] = []
    run: list[str] = []
    for op, av in list(sequence) + [(None, None)]:
        if op is c.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        if run:
            candidates.append({"".join(run)})
            run = []
        part = _item_factors(op, av)
        if part:
            candidates.append(part)
    if not candidates:
        return None
    return max(candidates, key=lambda s: (min(map(len, s)), -len(s)))


def _item_factors(op, av) -> set[str] | None:
    """What one item needs: a group's or an atomic group's contents, a branch's union, a repeat of at least one."""
    if op is c.SUBPATTERN:
        return _factors(av[3])
    if op is c.ATOMIC_GROUP:
        return _factors(av)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _factors(av[2])
    if op is c.BRANCH:
        union: set[str] = set()
        for alternative in av[1]:
            part = _factors(alternative)
            if not part:
                return None
            union |= part
        return union
    return None
