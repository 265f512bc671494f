"""Small text helpers shared by the structure and extraction stages."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_WS_RE = re.compile(r"\s+")


def squash(text: str) -> str:
    """Collapse all whitespace (including wrapped PDF lines) to single spaces."""
    return _WS_RE.sub(" ", text).strip()


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
