"""A regex searched in many small windows of one text, skipping the windows it cannot match in.

Each statistic searches its sentence (up to 500 characters) for a period and a comparison
phrase; a page of 13,000 percentages does that 13,000 times over overlapping windows. A
window can only hold a match where the whole text holds one of the pattern with its word
boundaries dropped ("relaxed"): the relaxed pattern matches wherever the pattern does, and a
scan of the whole text either finds a relaxed match at that place or one that covers it. So
one scan of the text answers most windows, and the real search runs only where the answer
may be yes, giving exactly the matches of searching every window.

The scans are kept while one text is being read, not for the life of the process: a caller
wraps its work on a text in `kept_scans()` (a context manager and a decorator), and the
scans, with the texts they were made of, are dropped when it ends. Outside one, each window
is simply searched. A cache keyed by the text itself would keep the last long segments of a
long archive alive for as long as the process runs.
"""

from __future__ import annotations

import bisect
import contextlib
import re
from contextvars import ContextVar
from functools import lru_cache
from typing import Iterator

# Context-dependent constructs besides \b: a pattern holding any of them is always searched.
_CONTEXT_RE = re.compile(r"\\B|\\A|\\Z|\^|\$|\(\?<?[=!]")
# The relaxed scans of the innermost `kept_scans()` running in this thread or task, by (regex, text).
_SCANS: ContextVar[dict | None] = ContextVar("window_search_scans", default=None)


@contextlib.contextmanager
def kept_scans() -> Iterator[None]:
    """Keep each text's relaxed scans until this block (or decorated call) ends, then let them go."""
    token = _SCANS.set({})
    try:
        yield
    finally:
        _SCANS.reset(token)


@lru_cache(maxsize=32)
def _relaxed(regex: re.Pattern) -> re.Pattern | None:
    if _CONTEXT_RE.search(regex.pattern) or "\\\\" in regex.pattern:
        return None
    relaxed = re.compile(regex.pattern.replace(r"\b", ""), regex.flags)
    return None if relaxed.match("") else relaxed


def _relaxed_spans(regex: re.Pattern, text: str) -> tuple[list[int], list[int]] | None:
    """Starts and ends of the relaxed pattern's matches in the whole text (sorted, not overlapping)."""
    relaxed = _relaxed(regex)
    if relaxed is None:
        return None
    starts, ends = [], []
    for m in relaxed.finditer(text):
        starts.append(m.start())
        ends.append(m.end())
    return starts, ends


def search_window(regex: re.Pattern, text: str, lo: int, hi: int) -> re.Match | None:
    """regex.search(text[lo:hi]), run only when a relaxed match of the whole text overlaps lo..hi
    (inside `kept_scans()`; outside one, always)."""
    scans, spans = _SCANS.get(), None
    if scans is not None:
        key = (regex, text)
        if key not in scans:
            scans[key] = _relaxed_spans(regex, text)
        spans = scans[key]
    if spans is not None:
        starts, ends = spans
        last = bisect.bisect_left(starts, hi) - 1  # the relaxed match starting last before `hi` ends last
        if last < 0 or ends[last] <= lo:
            return None
    return regex.search(text[lo:hi])
