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
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from .found import FoundResolution

# '6. Planning fees', '307. Pay Policy Statement 2025/26', 'Item 7 - Tree planting': a short numbered
# line that is not a sentence ('7) Following the debate, the Chairman put the motion to the vote' is one)
_HEADING_RE = re.compile(r"(?m)^[ \t]{0,8}(?:Item[ \t]{1,3})?\d{1,3}[.)]?(?:\d{1,2}[.)]?)?[ \t]{1,6}(?:[-–:][ \t]{0,3})?[A-Z][^\n.;:!?]{1,56}[ \t]*$")
# a new question put to the meeting: what follows is the vote of the decision after it
_PUT_TO_VOTE_RE = re.compile(r"\bput\b[^.\n]{0,160}\bto\s+the\s+vote\b|\bvoting\s+was\s+as\s+follows\b", re.I)


class VoteScope:
    """The decisions of one agenda item's text, and the agenda headings between them."""

    def __init__(self, text: str, decisions: Sequence[FoundResolution]) -> None:
        self.text = text
        self.decisions = sorted(decisions, key=lambda r: (r.evidence_start, r.end))
        self.headings = [m.start() for m in _HEADING_RE.finditer(text)]
        # indexes for bisection, so a page of hundreds of decisions is not read once per phrase
        self._starts = [r.evidence_start for r in self.decisions]
        self._by_end = sorted((r.end, i) for i, r in enumerate(self.decisions))
        self._end_values = [e for e, _ in self._by_end]
        self._reach_end: list[int] = []  # the furthest end of any decision up to each index
        for r in self.decisions:
            self._reach_end.append(max(r.end, self._reach_end[-1]) if self._reach_end else r.end)

    def reach(self, res: FoundResolution) -> tuple[int, int]:
        """How far around a decision its vote may be looked for: from the end of the decision
        before it (or an agenda heading) to the start of the decision after it (or a heading)."""
        lo, hi = 0, len(self.text)
        j = bisect_right(self._end_values, res.evidence_start) - 1
        while j >= 0 and self.decisions[self._by_end[j][1]] is res:
            j -= 1
        if j >= 0:
            lo = max(lo, self._by_end[j][0])
        if res.end <= res.evidence_start:
            i = bisect_left(self._starts, res.end)
        else:
            i = bisect_right(self._starts, res.evidence_start)
        while i < len(self.decisions) and self.decisions[i] is res:
            i += 1
        if i < len(self.decisions):
            hi = min(hi, max(self._starts[i], res.end))
        heading_before = self._heading_between(lo, res.evidence_start, last=True)
        heading_after = self._heading_between(res.end, hi)
        return (heading_before if heading_before is not None else lo), (heading_after if heading_after is not None else hi)

    def _holder(self, start: int) -> FoundResolution | None:
        """The decision whose words contain start, the latest to begin (the first such in order on a tie)."""
        holder_index = None
        i = bisect_right(self._starts, start) - 1
        while i >= 0 and self._reach_end[i] > start:
            r = self.decisions[i]
            if holder_index is not None and r.evidence_start != self.decisions[holder_index].evidence_start:
                break
            if r.end > start:
                holder_index = i
            i -= 1
        return None if holder_index is None else self.decisions[holder_index]

    def _before(self, start: int) -> FoundResolution | None:
        """The decision ending last at or before start (the first in order on a tie)."""
        j = bisect_right(self._end_values, start) - 1
        if j < 0:
            return None
        j = bisect_left(self._end_values, self._end_values[j])
        return self.decisions[self._by_end[j][1]]

    def owner(self, start: int, end: int) -> FoundResolution | None:
        """The one decision the phrase at start..end belongs to (None: no decision in reach)."""
        holder = self._holder(start)
        i = bisect_left(self._starts, end)
        after = self.decisions[i] if i < len(self.decisions) else None
        if holder is not None:
            put = _PUT_TO_VOTE_RE.search(self.text, max(holder.evidence_start, start - 200), start)
            if put and after is not None and _leads_into_resolved(self.text, end, after):
                return after  # '... put the motion in paragraph 1 to the vote: For (32) ... Motion carried. / RESOLVED'
            return holder
        before = self._before(start)
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
    gap = text[end : after.evidence_start]
    return len(gap.strip()) <= 80 and "\n\n\n" not in gap and bool(_RESOLVED_RE.match(after.marker.strip()))


def sole_scope(text: str, res: FoundResolution) -> VoteScope:
    """A scope holding one decision: what a reader called on its own (tests, amendments) sees."""
    return VoteScope(text, [res])
