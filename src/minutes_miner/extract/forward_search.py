"""`pattern.search(text, pos, end)` for a run of positions moving forward: each stretch of text read once.

The action finders search the rest of an owner's sentence once per owner (the task's due date,
the next note after 'and', wording done at the meeting). A sentence that never ends, a run-on
line of notes '; Smith to write to the owner ; Jones to call ...', holds thousands of owners,
and each search read to the sentence's end: quadratic. With `pos` (not a slice) a match at q
does not depend on where the search started, so the leftmost match at or after pos is also the
leftmost at or after any later start up to q: the last answer is reused for those starts, and
a search with no match answers every later start of the same text and end. The answers are
exactly `pattern.search(text, pos, end)`.
"""

from __future__ import annotations

import re

# (pattern, end) -> (text, pos, match): the last search of each pattern over each sentence end.
_LAST: dict[tuple[re.Pattern, int], tuple[str, int, re.Match | None]] = {}
_MOST_KEPT = 64  # sentences remembered at once; a finder reads one sentence's owners in order


def search_forward(pattern: re.Pattern, text: str, pos: int, end: int) -> re.Match | None:
    """`pattern.search(text, pos, end)`, reusing the last search of this pattern and end in the same text when it answers."""
    key = (pattern, end)
    last = _LAST.get(key)
    if last is not None and last[0] is text and last[1] <= pos:
        found = last[2]
        if found is None or pos <= found.start():
            return found
    found = pattern.search(text, pos, end)
    if len(_LAST) >= _MOST_KEPT and key not in _LAST:
        _LAST.clear()
    _LAST[key] = (text, pos, found)
    return found
