"""The literal strings a regex cannot match without: a cheap prefilter before running it.

The ~50 decision-marker patterns each scanned every Doc's whole text, although most of them
need a keyword ("resolved", "Motion", "were duly") that a given agenda item does not contain.
`required_literals` reads a pattern's parse tree (Python's own regex parser) and returns a set
of strings of which every match must contain at least one, case-sensitively, or None when it
cannot tell. A text holding none of them has no match, so skipping the pattern there gives the
same matches as running it: the audit is automatic, nothing is declared by hand to drift from
the pattern.

Only what a match consumes counts: lookarounds, anchors and word boundaries consume nothing,
so they are the empty string; a repeat that may run zero times, a character class of more than
a few letters or a case-insensitive group requires nothing.
"""

from __future__ import annotations

import hashlib
import re
import sys
from functools import lru_cache
from pathlib import Path

from .. import fastload

try:  # Python 3.11+
    from re import _constants as sre_constants
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

# How many alternative strings a run of literals may expand to ("[Tt]he" is two) before it
# stops being worth spelling out, and the shortest literal that is still a useful filter.
MAX_ALTERNATIVES = 64
MIN_LENGTH = 3
# Letters a small character class ("[Tt]", "[Ss]") may hold and still be spelt out.
MAX_CLASS = 4

_ZERO_WIDTH = {sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT}


def required_literals(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Strings of which every match of `pattern` contains one (case-sensitively), or None if none is known.

    Worked out once per machine for the fixed patterns (kept with the regex cache, fastload.memo,
    under a hash of this file): parsing the ~60 marker patterns cost 0.04 CPU s of every command.
    """
    memo = _memo()
    key = (pattern, int(flags))
    if key in memo:
        return memo[key]
    literals = _required_literals(pattern, flags)
    if fastload.learning():  # a pattern made from a document's words is never kept
        memo[key] = literals
    return literals


@lru_cache(maxsize=1)
def _memo() -> dict:
    source = hashlib.sha256(Path(__file__).read_bytes() + sys.version.encode()).hexdigest()
    return fastload.memo("regex-literals", source)


def _required_literals(pattern: str, flags: int) -> frozenset[str] | None:
    parsed = sre_parse.parse(pattern, flags)
    if parsed.state.flags & re.IGNORECASE:
        return None
    _exact, required = _sequence(list(parsed))
    if required is None or min(map(len, required)) < MIN_LENGTH:
        return None
    return frozenset(_shortest(required))


def _shortest(strings: set[str]) -> set[str]:
    """The strings that hold no other of the set: a text holding "agreed unanimously" holds "agreed" too."""
    return {s for s in strings if not any(other != s and other in s for other in strings)}


def holds_any(text: str, literals: frozenset[str] | None, keys: frozenset[str] | None = None) -> bool:
    """Whether `text` may match a pattern that requires one of `literals` (None: no requirement known).

    `keys` (see `gate_keys`), when given, are looked for first: every literal holds one of them,
    so a text without any key holds no literal either. The answer is the same, found with a few
    `in` tests instead of one per literal (a body-and-verb pattern spells out fifty literals).
    """
    if literals is None:
        return True
    if keys is not None and not any(key in text for key in keys):
        return False
    return any(literal in text for literal in literals)


# Words too common in minutes to tell a text apart: a key is never one of them.
_COMMON_KEYS = frozenset({"the", "The", "that", "That", "was", "were", "and", "for", "with", "this", "This", "have", "been", "from"})


def gate_keys(literals: frozenset[str] | None) -> frozenset[str] | None:
    """A few substrings of which every one of `literals` holds one (None: no saving to be had).

    Chosen greedily from the literals' words (at least MIN_LENGTH characters, not a common
    word): the word in most literals not yet covered first, the longer on a tie; a literal
    with no such word is its own key. Only a speed-up of `holds_any`: any such set gives its answer.
    """
    if literals is None or len(literals) <= 4:
        return None
    words = {literal: {w for w in re.split(r"\W+", literal) if len(w) >= MIN_LENGTH and w not in _COMMON_KEYS} for literal in literals}
    uncovered, keys = set(literals), set()
    while uncovered:
        counts: dict[str, int] = {}
        for literal in uncovered:
            for word in words[literal]:
                counts[word] = counts.get(word, 0) + 1
        if not counts:
            keys |= uncovered
            break
        best = max(sorted(counts), key=lambda w: (counts[w], len(w)))
        keys.add(best)
        uncovered = {literal for literal in uncovered if best not in literal}
    return frozenset(keys) if len(keys) < len(literals) else None


def _sequence(items: list) -> tuple[set[str] | None, set[str] | None]:
    """(exact, required) of a sequence: the strings it matches exactly if finitely few, and the best required set."""
    best: set[str] | None = None
    run: set[str] | None = {""}  # the exact strings of the literals read since the last break
    whole = True  # whether `run` spells out the whole sequence so far
    for op, av in items:
        exact, required = _item(op, av)
        if exact is not None and run is not None and len(run) * len(exact) <= MAX_ALTERNATIVES:
            run = {a + b for a in run for b in exact}
            continue
        whole = False
        if op is sre_constants.BRANCH and run is not None:
            best = _better(best, _run_into_branch(run, av[1]))
        best = _better(best, run)
        best = _better(best, required)
        run = exact if exact is not None and len(exact) <= MAX_ALTERNATIVES else None
    if whole and run is not None:
        return run, run
    return None, _better(best, run)


def _item(op, av) -> tuple[set[str] | None, set[str] | None]:
    """(exact, required) of one parse-tree node."""
    if op is sre_constants.LITERAL:
        return {chr(av)}, None
    if op in _ZERO_WIDTH:
        return {""}, None
    if op is sre_constants.IN:
        letters = [chr(value) for kind, value in av if kind is sre_constants.LITERAL]
        if len(letters) == len(av) and 0 < len(letters) <= MAX_CLASS:
            return set(letters), None
        return None, None
    if op is sre_constants.SUBPATTERN:
        _group, add_flags, _del_flags, inner = av
        if add_flags & re.IGNORECASE:
            return None, None
        return _sequence(list(inner))
    if op is sre_constants.BRANCH:
        return _branch(av[1])
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, getattr(sre_constants, "POSSESSIVE_REPEAT", None)):
        low, high, inner = av
        exact, required = _sequence(list(inner))
        if low == high == 1:
            return exact, required
        if low == 0:
            if high == 1 and exact is not None:
                return exact | {""}, None  # "(?:The )?": the literal or nothing
            return None, None
        return None, required if required is not None else exact
    return None, None


def _branch(branches: list) -> tuple[set[str] | None, set[str] | None]:
    """A choice: exact if every branch is, and required only if every branch requires something."""
    results = [_sequence(list(branch)) for branch in branches]
    if all(exact is not None for exact, _ in results):
        union = set().union(*(exact for exact, _ in results))
        if len(union) <= MAX_ALTERNATIVES:
            return union, None if "" in union else union
    if any(required is None for _, required in results):
        return None, None
    return None, set().union(*(required for _, required in results))


def _run_into_branch(run: set[str], branches: list) -> set[str] | None:
    """The literals read just before a choice joined to each branch's leading literals: the parser takes a
    prefix common to every branch out of the choice ("BCR|Band Council Resolution" is "B" then "CR|and ..."),
    which would leave only "CR" and "Resolution" to require; "BCR" and "Band" are what a match holds."""
    leads: set[str] = set()
    for branch in branches:
        lead = _leading(list(branch))
        if lead is None or len(run) * (len(leads) + len(lead)) > MAX_ALTERNATIVES:
            return None
        leads |= lead
    return {a + b for a in run for b in leads}


def _leading(items: list) -> set[str] | None:
    """The exact strings every match of a sequence starts with (its literals up to the first break), or None."""
    run: set[str] = {""}
    for op, av in items:
        exact, _required = _item(op, av)
        if exact is None or len(run) * len(exact) > MAX_ALTERNATIVES:
            break
        run = {a + b for a in run for b in exact}
    return run if run != {""} else None


def _better(a: set[str] | None, b: set[str] | None) -> set[str] | None:
    """The more selective of two required sets: the longer shortest string, then the fewer strings."""
    if b is None or not b or "" in b:
        return a
    if a is None:
        return b
    return a if (min(map(len, a)), -len(a)) >= (min(map(len, b)), -len(b)) else b
