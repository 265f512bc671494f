"""Small text helpers shared by the structure and extraction stages."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass


# A blank line (spaces or tabs allowed on it): where one paragraph ends and the next begins.
PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t]*\n")


def last_match(regex: re.Pattern, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
    """The last match of `regex` in text[pos:endpos], or None: the one nearest a point read backwards
    from ('the proposal words closest before this line'). One forward pass; Python's `re` has no
    search from the right."""
    last = None
    for last in regex.finditer(text, pos, len(text) if endpos is None else endpos):
        pass
    return last


def squash(text: str) -> str:
    """Collapse all whitespace (including wrapped PDF lines) to single spaces.

    str.split() splits at exactly the characters `\\s` matches (str.isspace) and drops the ends:
    the same as substituting `\\s+` and stripping, about four times faster.
    """
    return " ".join(text.split())


def squash_prefix(text: str, start: int, end: int, limit: int) -> str:
    """squash(text[start:end])[:limit], reading only as much of the text as those `limit` characters need.

    A page with no full stops gives every statistic in it a sentence of ~1,400 characters; squashing
    all of it to keep 1,000 is most of the record's cost. Exact: squashing a prefix gives a prefix of
    the squashed whole (a whitespace run cut short still becomes one space), and once that has more
    than `limit` characters, its first `limit` are the whole's.
    """
    size = limit + 1
    while True:
        stop = min(end, start + size)
        out = squash(text[start:stop])
        if stop >= end or len(out) > limit:
            return out[:limit]
        size *= 2


@dataclass(frozen=True)
class Line:
    """One line of the document text with its offsets (end excludes the newline)."""

    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def split_lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """The lines of `text[start:end]` with absolute offsets."""
    end = len(text) if end is None else end
    lines: list[Line] = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl == -1 else nl
        lines.append(Line(pos, stop, text[pos:stop]))
        pos = stop + 1
    return lines


def iter_lines(text: str, start: int = 0, end: int | None = None) -> Iterator[Line]:
    """split_lines one line at a time: a reader that stops at the first blank line costs that line, not the rest of the text."""
    end = len(text) if end is None else end
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl == -1 else nl
        yield Line(pos, stop, text[pos:stop])
        pos = stop + 1


def trim_span(text: str, start: int, end: int, chars: str = " \n\t") -> tuple[int, int]:
    """Shrink `start:end` so the span neither starts nor ends with `chars`."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def word_set(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9£%']+", text.lower().replace("’", "'")))


def word_f1(a: str, b: str) -> float:
    """Word-set F1 of two texts, the overlap measure ANNOTATION.md scores with."""
    wa, wb = word_set(a), word_set(b)
    if not wa or not wb:
        return 0.0
    common = len(wa & wb)
    if not common:
        return 0.0
    p, r = common / len(wb), common / len(wa)
    return 2 * p * r / (p + r)
