"""One decision as the resolution finders read it, before it becomes a `records.Resolution`.

Kept apart from the finders so that the readers of particular forms (decision_forms) and the
recorded votes (votes) can build and fill it without importing the finder module.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class FoundResolution:
    start: int  # passage offsets, relative to the Doc
    end: int
    text: str
    marker: str
    kind: str
    clauses: list[str] = field(default_factory=list)
    evidence_start: int = 0
    clause_spans: list[tuple[int, int]] = field(default_factory=list)
    outcome: str | None = None
    unanimous: bool | None = None
    mover: str | None = None
    seconder: str | None = None
    votes_for: int | None = None
    votes_against: int | None = None
    abstentions: int | None = None
    votes: list[tuple[str, str]] = field(default_factory=list)
    decision_type: str = "other"
    comments: list[tuple[int, int, str]] = field(default_factory=list)
    recipient: str | None = None
