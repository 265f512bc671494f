"""US and Canadian resolutions printed in full: 'Be it resolved by the Council of the City of X:'
and then 'Section 1. That ... Section 2. That ...'. The enacting clause decides nothing by
itself; what it governs are its numbered sections, so the decision reads on through them (one
record, ANNOTATION.md: a marker and everything it governs). The sections end where a line
stops being one ('Motion to suspend rules.', 'Adopted. Yeas 19.', the next resolution).
The patterns are data: models/patterns/resolution_chains.json.
"""

from __future__ import annotations

import re

from ..resources import pattern_rules
from .blocks import sentence_end

_PATTERNS = pattern_rules("resolution_chains.json")
# the passage stopped at the first section's label: "... of the City of Cleveland: Section 1." or "...: Sec."
_FIRST_SECTION_RE = re.compile(_PATTERNS["enactment_first_section"])
_NUMBER_ONE_RE = re.compile(_PATTERNS["enactment_number_one"])
_NEXT_SECTION_RE = re.compile(_PATTERNS["enactment_next_section"])
_MOST_CHARS = 4000  # a section that describes land parcel by parcel is cut here, not read to the end of the page


def enacted_sections_end(text: str, end: int) -> int | None:
    """Where the numbered sections after an enacting clause end, when the decision read so far
    stops at 'Section 1.'; None otherwise."""
    first = _FIRST_SECTION_RE.search(text, max(0, end - 20), end)
    if not first:
        return None
    if not first.group(1):  # "Sec." read as a sentence's end: its number follows
        number = _NUMBER_ONE_RE.match(text, end)
        if not number:
            return None
        end = number.end()
    limit = min(len(text), end + _MOST_CHARS)
    pos = sentence_end(text, end, limit)
    while pos < limit:
        more = _NEXT_SECTION_RE.match(text, pos)
        if not more:
            break
        nxt = sentence_end(text, more.end(), limit)
        if nxt <= pos:
            break
        pos = nxt
    return pos if pos > end else None
