"""Two markers that read the same decision ('Proposed ... Carried' and the RESOLVED after it)
give one record: a candidate overlapping a kept one is merged into it. The kept records'
ends are indexed, so a page of hundreds of decisions is merged in linear time.
"""

from __future__ import annotations

import re

from .decision_forms import PROPOSED_AND_SECONDED_RE
from .found import FoundResolution


class _EndIndex:
    """The furthest end in each run of RUN found blocks: _merge_overlapping skips whole runs that end
    before a candidate could touch them, so a page of a thousand decisions is not a million looks."""

    RUN = 64

    def __init__(self) -> None:
        self.furthest: list[int] = []

    def added(self, found: list[FoundResolution]) -> None:
        """Take in the block just appended to `found`."""
        if (len(found) - 1) % self.RUN == 0:
            self.furthest.append(found[-1].end)
        else:
            self.furthest[-1] = max(self.furthest[-1], found[-1].end)

    def changed(self, found: list[FoundResolution], index: int) -> None:
        """A block's end changed: work its run's furthest end out again."""
        run = index // self.RUN
        self.furthest[run] = max(r.end for r in found[run * self.RUN : (run + 1) * self.RUN])

    def reaching(self, found: list[FoundResolution], past: int):
        """(index, block) of `found` in order, leaving out runs whose blocks all end at or before `past`."""
        for run, furthest in enumerate(self.furthest):
            if furthest > past:
                first = run * self.RUN
                yield from enumerate(found[first : first + self.RUN], first)


# a block whose words end on its own motion's outcome ('... to get a loan for $24,500. Motion carried.'): the next closer, read
# back from after it, closes the next motion, not this one; so does a bare outcome ('... Moved B.Miles, 2nd D.Gregory. Carried.')
# when the next closer names its own movers ('... In Camera Meeting Moved D.Gregory, 2nd B.Miles. Carried.'), not a division
# called after the motion ('CARRIED' / 'A division was called ... The Mayor declared the motion CARRIED.')
_CLOSED_BY_ITS_OWN_OUTCOME_RE = re.compile(r"\b(?:[Mm]otion|MOTION)[ \t]+(?:carried|passed|CARRIED|PASSED)(?:[ \t]+(?:unanimously|UNANIMOUSLY))?[.!]?$")
_CLOSED_BY_A_BARE_OUTCOME_RE = re.compile(r"\b(?:Carried|CARRIED|Accepted|ACCEPTED)[.!]?$")


def _merge_overlapping(found: list[FoundResolution], candidate: FoundResolution, ends: _EndIndex) -> bool:
    """Fold a candidate into an earlier block it overlaps; True when it was folded.

    A closing 'Carried' gives its outcome to the motion before it; a marked decision
    ('RESOLVED that ...') replaces a proposal or closing read of the same words; two marked
    decisions that only touch are both kept.
    """
    own_row: bool | None = None  # whether the candidate is its own row's closer: asked once, not once per earlier block
    # a block that ends 2 or more characters before the candidate starts can neither touch it nor lie inside it
    for index, res in ends.reaching(found, candidate.start - 2):
        touches = candidate.start < res.end + 2 and res.start < candidate.end + 2
        if candidate.kind != "close" and candidate.start >= res.end:
            continue  # "The parish council agreed to X. After some debate the decision was taken to Y.": two
        if candidate.kind == "close" and candidate.start >= res.end:
            own_row = _names_own_row(candidate) if own_row is None else own_row
            if own_row:
                continue  # 'Hatchcombe Carnival Cttee - £1,500 - APPROVED' / 'St Mary's Bellringers - £400 - APPROVED': a row each
            if _CLOSED_BY_ITS_OWN_OUTCOME_RE.search(res.text) or (
                _CLOSED_BY_A_BARE_OUTCOME_RE.search(res.text) and PROPOSED_AND_SECONDED_RE.search(candidate.text)
            ):
                continue  # '... made a motion to get a loan. Motion carried. Liquor licence renewals were approved on a Crosby/Dahlstrom motion. Motion carried.'
        if not (touches or candidate.kind == "close" and candidate.start <= res.start < candidate.end):
            continue
        if candidate.kind == "close" and res.kind == "short":
            continue  # 'Report noted. 187 licences issued ... / L 06/25 Taxi ranks / X asked that ... be deferred. Agreed.': a noting closes nothing
        if candidate.kind == "close":
            res.outcome = res.outcome or _outcome_of(candidate.marker)
            if "unanim" in candidate.marker.lower():
                res.unanimous = True
            if candidate.start < res.start and res.kind == "proposal" and not _names_its_matter(res.text):
                res.start, res.text = candidate.start, candidate.text
            return True
        if res.kind in {"close", "proposal", "motion"} and candidate.kind in {"marker", "minutes"}:
            res.start, res.end, res.text, res.marker, res.kind, res.clauses, res.clause_spans = (
                candidate.start,
                candidate.end,
                candidate.text,
                candidate.marker,
                candidate.kind,
                candidate.clauses,
                candidate.clause_spans,
            )
            ends.changed(found, index)
            return True
        if candidate.end > res.end and candidate.start >= res.start and candidate.kind == res.kind == "marker":
            return candidate.start < res.end
        return True
    return False


# '<the matter> [was] proposed by A, seconded by B': three or more words of matter before the mover phrase (not 'It was' nor
# 'The motion was', which name no matter)
_MATTER_FIRST_RE = re.compile(
    r"(?!(?:It|it|This|That|These|They|He|She|(?:The|the|This|this) (?:motion|proposal|recommendation|amendment|resolution)s?)\b)(?:\S+\s+){3,}?(?:(?:was|were|is)\s+)?(?:proposed|moved)\s+by\b"
)


def _names_its_matter(proposal: str) -> bool:
    """'A contribution of £1,000 proposed by Cllr Eckles & seconded by Cllr Hastings. All agreed.': the
    proposal's own sentence opens with what was decided, so the closer after it must not widen the record
    back over bank balances or the item's report. 'Proposed by Cllr Ray, seconded by Cllr Bell.' names
    nothing, and the closer's reading of the sentences before it gives the matter."""
    return _MATTER_FIRST_RE.match(proposal) is not None


def _names_own_row(candidate: FoundResolution) -> bool:
    """A closer read from its own row of a list ('St Mary's Bellringers - £400 - APPROVED', resolutions._own_row_start):
    it starts after the block before it ends, holds words of its own and opens with its row's label or ends on
    its dash and outcome, so it is the next row's decision, not that block's outcome."""
    if candidate.start != candidate.evidence_start or len(candidate.text.split()) < len(candidate.marker.split()) + 2:
        return False
    if _ROW_LABEL_RE.match(candidate.text):
        return True  # '(b) Ysgol Gynradd Caerwenny PTA - £250 towards the summer trip. Agreed unanimously.'
    return re.search(r"[–—-][ \t]*(?:\*{1,2}|_)?" + re.escape(candidate.marker) + _ROW_OUTCOME_END, candidate.text) is not None


# what may follow a row's dashed outcome to the row's end: nothing but punctuation, or the qualifier of a refusal, deferral or
# noting ('- REFUSED (not within policy)', '– deferred to next meeting; Clerk to ask for accounts', '– noted, no comment')
_ROW_OUTCOME_END = (
    r"(?:\W*$|(?:\*{1,2}|_)?(?:[ \t]*\([^()\n]{2,100}\)|[ \t]+(?:to|until)[ \t]+(?:the[ \t]+)?(?:next[ \t]+meeting|[A-Z][a-z]+)\b|,[ \t]+no[ \t]+[a-z])[^\n]*$)"
)


# a row's own label or minute number: '(b) ', '3. ', '25/008 ', 'F.107 '
_ROW_LABEL_RE = re.compile(r"(?:\(?[a-z0-9]{1,3}[.)]|[A-Z]{0,4}\.?\d{1,4}(?:[/.]\d{1,4})+)[ \t]")


def _outcome_of(marker: str) -> str | None:
    m = marker.lower()
    if "carried" in m or "agreed" in m or "approved" in m:
        return "carried"
    if "lost" in m or "defeated" in m:
        return "lost"
    return None
