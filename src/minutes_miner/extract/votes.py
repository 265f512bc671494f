"""Named recorded votes ('For (15)' then names, 'Against (39)' then names) and which decision
they belong to: the substantive motion, never an amendment's."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text_utils import squash
from .blocks import sentence_start
from .found import FoundResolution
from .vote_scope import VoteScope, sole_scope


_VOTE_SIDE_RE = re.compile(
    r"^[ \t]*(?P<side>For|FOR|Against|AGAINST|Abstain(?:ed|ing|tions?)?|ABSTAIN(?:ED|ING|TIONS?)?|Yeas|Nays)\s*(?:\((?P<count>\d+)\)|[:\-–]\s*(?P<count2>\d+)\b)?[ \t]*:?[ \t]*$",
    re.M,
)
_VOTE_NAME_SPLIT_RE = re.compile(r",|;|\band\b")


@dataclass
class RecordedVote:
    start: int
    end: int
    votes: list[tuple[str, str]]
    counts: dict[str, int]
    on_amendment: bool


def recorded_votes(text: str) -> list[RecordedVote]:
    """Named recorded votes: 'For (15)' then names, 'Against (39)' then names, 'Abstain (4)' ...

    A block whose lead-in or result speaks of an amendment is kept apart, so its tally is
    never given to the substantive resolution.
    """
    sides = list(_VOTE_SIDE_RE.finditer(text))
    blocks: list[RecordedVote] = []
    current: RecordedVote | None = None
    for i, m in enumerate(sides):
        side = m.group("side").lower()
        vote = "for" if side in {"for", "yeas"} else "against" if side in {"against", "nays"} else "abstain"
        names_end = sides[i + 1].start() if i + 1 < len(sides) and sides[i + 1].start() - m.end() < 2500 else _names_end(text, m.end())
        names_text = text[m.end() : names_end]
        names = [squash(n) for n in _VOTE_NAME_SPLIT_RE.split(names_text) if _looks_like_member(squash(n))]
        if current is None or m.start() - current.end > 40 or vote in {v for _, v in current.votes} and vote == "for":
            lead = text[sentence_start(text, max(0, m.start() - 2), max(0, m.start() - 400)) : m.start()]
            current = RecordedVote(m.start(), names_end, [], {}, bool(re.search(r"amendment", lead, re.I)))
            blocks.append(current)
        current.votes += [(n, vote) for n in names]
        count = m.group("count") or m.group("count2")
        current.counts[vote] = int(count) if count else len(names)
        current.end = names_end
    for block in blocks:
        result = text[block.end : block.end + 80]
        if re.search(r"amendment\s+(?:was\s+)?(?:lost|carried|defeated|fell)", result, re.I):
            block.on_amendment = True
    return blocks


def _names_end(text: str, pos: int) -> int:
    m = re.compile(r"\n[^\n]*(?:carried|lost|defeated|RESOLVED|motion|amendment)", re.I).search(text, pos, pos + 2500)
    return m.start() if m else min(len(text), pos + 600)


def _looks_like_member(name: str) -> bool:
    return (
        bool(name)
        and len(name) < 50
        and bool(re.match(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|Sir|Dame|Lord|Lady)\b|[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2}$", name))
    )


def attach_recorded_vote(text: str, res: FoundResolution, blocks: list[RecordedVote], scope: VoteScope | None = None) -> None:
    """A recorded vote within a decision, just before it or just after it is that decision's vote,
    unless it is nearer a neighbouring decision (vote_scope): one vote, one decision."""
    scope = scope or sole_scope(text, res)
    for block in blocks:
        if block.on_amendment or not block.votes:
            continue
        before = 0 <= res.evidence_start - block.end <= 400
        after = 0 <= block.start - res.end <= 200
        within = res.evidence_start <= block.start < res.end
        if (before or after or within) and scope.owns(res, block.start, block.end):
            res.votes = block.votes
            res.votes_for = block.counts.get("for")
            res.votes_against = block.counts.get("against")
            res.abstentions = block.counts.get("abstain")
            if res.outcome is None and res.votes_for is not None and res.votes_against is not None:
                res.outcome = "carried" if res.votes_for > res.votes_against else "lost"
            return
