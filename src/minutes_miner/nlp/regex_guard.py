"""A first-character guard for regexes that open with lookbehinds: the same matches, found sooner.

Python's regex engine skips ahead on its own only when a pattern opens with a literal or a
character class (its "prefix" and "charset" scans, in C). A pattern that opens with lookbehinds
or word boundaries, as many decision markers do ("(?<!had been )(?<!to be )(?<![Ii]t )\\b(?:was|
were) ..."), is instead started at every position of the text, and each position pays for the
lookbehinds before the first letter is looked at: a few of the ~55 marker patterns took most of
the markers' time on the Kent minutes.

`guarded` reads the pattern's parse tree (Python's own parser) and works out the characters its
first consumed character can be: zero-width items (lookarounds, anchors, `\\b`) consume nothing
and are passed over, optional items add their characters and let the next item add its own. It
then puts a lookahead for those characters in front: `(?=[w])(?<!had been )...`. Every match
starts with one of them, so the lookahead is implied by the pattern and the matches, groups and
spans are the same; a position that cannot start a match is now refused by one class test.

No guard (the pattern as it is) where it cannot be exact or would not pay: a pattern that can
match the empty string, back-references, conditional groups, inline flags inside the pattern
that change case or mode, classes with negations or categories (`\\w`, `\\d`, which hold most
characters), a verbose pattern, a first character that can be more than MAX_GUARD_CHARS
characters, or a pattern that already opens with a literal or a class (the engine's own scan)
or with `^` (one test already refuses a position inside a line).
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

# The most characters the first character may be for a guard to pay: a class wider than this
# lets most positions through, and then costs more than it saves.
MAX_GUARD_CHARS = 40

_ZERO_WIDTH = {sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT}
_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, getattr(sre_constants, "POSSESSIVE_REPEAT", None)} - {None}
_LINE_STARTS = {sre_constants.AT_BEGINNING, sre_constants.AT_BEGINNING_LINE, sre_constants.AT_BEGINNING_STRING}
_MODE_FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE | re.ASCII | re.LOCALE
_LEADING_FLAGS_RE = re.compile(r"\(\?[aiLmsux]+\)")


class _Unknown(Exception):
    """A construct whose first characters are not worked out: no guard."""


def guarded(pattern: str, flags: int = 0) -> str:
    """`pattern` with a lookahead for its possible first characters in front, or `pattern` itself (see the module).

    Worked out once per machine for the fixed patterns (kept beside the regex cache, fastload.memo,
    under a hash of this file), as regex_literals does: parsing the marker patterns again would
    cost every command about as much as the guards save on a page.
    """
    memo = _memo()
    key = (pattern, int(flags))
    if key not in memo:
        found = _guarded(pattern, flags)
        if not fastload.learning():  # a pattern made from a document's words is never kept
            return found
        memo[key] = found
    return memo[key]


@lru_cache(maxsize=1)
def _memo() -> dict:
    source = hashlib.sha256(Path(__file__).read_bytes() + sys.version.encode()).hexdigest()
    return fastload.memo("regex-guards", source)


def _guarded(pattern: str, flags: int) -> str:
    try:
        parsed = sre_parse.parse(pattern, flags)
        if parsed.state.flags & re.VERBOSE or _engine_scans(list(parsed)):
            return pattern
        chars, nullable = _first_of_sequence(list(parsed))
    except (_Unknown, re.error, RecursionError):
        return pattern
    if nullable or not chars or len(chars) > MAX_GUARD_CHARS:
        return pattern
    head = _LEADING_FLAGS_RE.match(pattern)  # global inline flags must stay at the very start
    cut = head.end() if head else 0
    return pattern[:cut] + "(?=[" + "".join(_class_char(c) for c in sorted(chars)) + "])" + pattern[cut:]


def _engine_scans(items: list) -> bool:
    """Whether the engine finds start positions by itself, or one test refuses most: the pattern (inside
    its outer groups) opens with a literal, a class, a choice whose every branch opens with one, or `^`."""
    while items and items[0][0] is sre_constants.SUBPATTERN and not (items[0][1][1] | items[0][1][2]):
        items = list(items[0][1][3])
    if not items:
        return True  # nothing to guard
    op, av = items[0]
    if op is sre_constants.AT and av in _LINE_STARTS:
        return True  # "^[ \t]*...": the anchor refuses most positions in one test already
    if op is sre_constants.BRANCH:
        return all(branch and list(branch)[0][0] in (sre_constants.LITERAL, sre_constants.IN) for branch in av[1])
    return op in (sre_constants.LITERAL, sre_constants.IN)


def _class_char(char: str) -> str:
    """A character written so that it stands for itself inside a class."""
    return "\\" + char if char in "\\]^-[" else re.escape(char) if not char.isalnum() else char


def _first_of_sequence(items: list) -> tuple[set[str], bool]:
    """(the characters the sequence's first consumed character can be, whether it can consume nothing)."""
    chars: set[str] = set()
    for op, av in items:
        first, nullable = _first_of_item(op, av)
        chars |= first
        if not nullable:
            return chars, False
    return chars, True


def _first_of_item(op, av) -> tuple[set[str], bool]:
    if op is sre_constants.LITERAL:
        return {chr(av)}, False
    if op in _ZERO_WIDTH:
        return set(), True
    if op is sre_constants.IN:
        return _class_chars(av), False
    if op is sre_constants.SUBPATTERN:
        _group, add_flags, del_flags, inner = av
        if (add_flags | del_flags) & _MODE_FLAGS:
            raise _Unknown("inline flags")  # the guard is read under the pattern's global flags only
        return _first_of_sequence(list(inner))
    if op is getattr(sre_constants, "ATOMIC_GROUP", None):
        return _first_of_sequence(list(av))
    if op is sre_constants.BRANCH:
        chars: set[str] = set()
        nullable = False
        for branch in av[1]:
            first, empty = _first_of_sequence(list(branch))
            chars |= first
            nullable = nullable or empty
        return chars, nullable
    if op in _REPEATS:
        low, _high, inner = av
        first, empty = _first_of_sequence(list(inner))
        return first, empty or low == 0
    raise _Unknown(str(op))  # ANY, back-references, conditional groups, ...


def _class_chars(items: list) -> set[str]:
    """The characters of a class of literals and small ranges; a negation or a category (\\w, \\d) is too wide."""
    chars: set[str] = set()
    for kind, value in items:
        if kind is sre_constants.LITERAL:
            chars.add(chr(value))
        elif kind is sre_constants.RANGE and value[1] - value[0] < MAX_GUARD_CHARS:
            chars.update(chr(c) for c in range(value[0], value[1] + 1))
        else:
            raise _Unknown(str(kind))
        if len(chars) > MAX_GUARD_CHARS:
            raise _Unknown("wide")
    return chars
