"""Which decision a tally, roll call or unanimity phrase belongs to.

The vote readers look a little before and after a decision for its vote ('For (4) ...
Motion carried. / RESOLVED that ...', 'RESOLVED that ... AYES: ... NOES: ...'). Left to
themselves, those look-arounds cross into a neighbouring decision: 'Carried 4 for and 1
against. / It was unanimously agreed to ...' gave the second decision the first one's count
and the first one the second one's 'unanimously', and a roll call after one motion became
the vote of the next. A phrase belongs to exactly one decision:

- the one whose words (from where its evidence starts to where it ends) contain it, unless
  what it counts was put to the vote just before it and a RESOLVED follows at once;
- else, between two decisions, the one it follows ('Moved by X to adopt. Motion Carried 7-0.'),
  unless it leads at once into a RESOLVED ('For (37) ... Substantive Motion carried. /
  RESOLVED that ...') and does not follow one ('RESOLVED ... AYES: ... NOES: ...') or puts something new to the vote ('the Chairman put the substantive
  motion to the vote'): then the decision after it;
- never one on the far side of an agenda heading ('6. Planning fees').

Every regex is linear: bounded repeats only.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from .found import FoundResolution

# '6. Planning fees', '307. Pay Policy Statement 2025/26', 'Item 7 - Tree planting': a short numbered
# line that is not a sentence ('7) Following the debate, the Chairman put the motion to the vote' is one)
_HEADING_RE = re.compile(
    r"(?m)^[ \t]{0,8}(?:Item[ \t]{1,3})?\d{1,3}[.)]?(?:\d{1,2}[.)]?)?[ \t]{1,6}(?:[-–:][ \t]{0,3})?[A-Z][^\n.;:!?]{1,56}[ \t]*$"
)
# a new question put to the meeting: what follows is the vote of the decision after it
_PUT_TO_VOTE_RE = re.compile(r"\bput\b[^.\n]{0,160}\bto\s+the\s+vote\b|\bvoting\s+was\s+as\s+follows\b", re.I)


class VoteScope:
    """The decisions of one agenda item's text, and the agenda headings between them."""

    def __init__(self, text: str, decisions: Sequence[FoundResolution]) -> None:
        self.text = text
        self.decisions = sorted(decisions, key=lambda r: (r.evidence_start, r.end))
        self.headings = [m.start() for m in _HEADING_RE.finditer(text)]

    def reach(self, res: FoundResolution) -> tuple[int, int]:
        """How far around a decision its vote may be looked for: from the end of the decision
        before it (or an agenda heading) to the start of the decision after it (or a heading)."""
        lo, hi = 0, len(self.text)
        for other in self.decisions:
            if other is res:
                continue
            if other.end <= res.evidence_start:
                lo = max(lo, other.end)
            elif other.evidence_start >= res.end or other.evidence_start > res.evidence_start:
                hi = min(hi, max(other.evidence_start, res.end))
        heading_before = self._heading_between(lo, res.evidence_start, last=True)
        heading_after = self._heading_between(res.end, hi)
        return (heading_before if heading_before is not None else lo), (heading_after if heading_after is not None else hi)

    def owner(self, start: int, end: int) -> FoundResolution | None:
        """The one decision the phrase at start..end belongs to (None: no decision in reach)."""
        inside = [r for r in self.decisions if r.evidence_start <= start < r.end]
        after = min((r for r in self.decisions if r.evidence_start >= end), key=lambda r: r.evidence_start, default=None)
        if inside:
            holder = max(inside, key=lambda r: r.evidence_start)
            put = _PUT_TO_VOTE_RE.search(self.text, max(holder.evidence_start, start - 200), start)
            if put and after is not None and _leads_into_resolved(self.text, end, after):
                return after  # '... put the motion in paragraph 1 to the vote: For (32) ... Motion carried. / RESOLVED'
            return holder
        before = max((r for r in self.decisions if r.end <= start), key=lambda r: r.end, default=None)
        if before is not None and self._heading_between(before.end, start) is not None:
            before = None
        if after is not None and self._heading_between(end, after.evidence_start) is not None:
            after = None
        if before is None or after is None:
            return before or after
        if _PUT_TO_VOTE_RE.search(self.text, before.end, start):
            return after  # 'the Chairman put the substantive motion to the vote ...': a new question
        if _leads_into_resolved(self.text, end, after) and not _RESOLVED_RE.match(before.marker.strip()):
            return after  # 'For (4) ... Motion carried. / RESOLVED that ...': the RESOLVED records that vote
        return before  # minutes record a vote after the motion: 'Moved by X to adopt. Motion Carried 7-0.'

    def owns(self, res: FoundResolution, start: int, end: int) -> bool:
        """True when the phrase at start..end is this decision's and no other's."""
        return self.owner(start, end) is res

    def _heading_between(self, lo: int, hi: int, last: bool = False) -> int | None:
        """The first (or last) agenda heading that starts at a line inside lo..hi."""
        i, j = bisect_left(self.headings, lo), bisect_left(self.headings, hi)
        if i >= j:
            return None
        return self.headings[j - 1] if last else self.headings[i]


_RESOLVED_RE = re.compile(r"(?:It\s+was\s+)?RESOLVED\b|Resolved\b", re.I)


def _leads_into_resolved(text: str, end: int, after: FoundResolution) -> bool:
    """The phrase is followed at once (a result line, a paragraph number) by a RESOLVED."""
    gap = text[end: after.evidence_start]
    return len(gap.strip()) <= 80 and "\n\n\n" not in gap and bool(_RESOLVED_RE.match(after.marker.strip()))


def sole_scope(text: str, res: FoundResolution) -> VoteScope:
    """A scope holding one decision: what a reader called on its own (tests, amendments) sees."""
    return VoteScope(text, [res])
