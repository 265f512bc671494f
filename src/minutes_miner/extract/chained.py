"""One resolution written as a chain of resolving clauses (Canadian and US councils):
'THEREFORE BE IT RESOLVED THAT ...; AND THEREFORE, BE IT RESOLVED THAT ...; AND FURTHER BE IT
RESOLVED THAT ... Carried.' Each link repeats the marker, but the links are clauses of one
sentence put to one vote: one record holding them all (ANNOTATION.md, one record per decision
block), not one per link, whose pieces also repeat each other's wording.

A link continues the block before it where that block's clause ends in ';' (or '; and') and the
link opens with AND or FURTHER, or where it ends in a full stop and the link says FURTHER ('Be it
further resolved that ...'); a vote ('Carried') between them ends the motion.
The patterns are data: models/patterns/resolution_chains.json.
"""

from __future__ import annotations

import re

from ..resources import pattern_rules
from ..text_utils import squash
from .found import FoundResolution

_PATTERNS = pattern_rules("resolution_chains.json")
# the end of the gap between two blocks: "...Service Managers;\n\nAND THEREFORE, BE IT RESOLVED THAT "
_LINK_RE = re.compile(_PATTERNS["chain_link"])
_VOTE_RE = re.compile(_PATTERNS["chain_vote"])
_MOST_GAP = 1500  # a link's own clause that no marker read ("We wish to emphasize ...;") is at most this long


def join_chained(found: list[FoundResolution], text: str) -> list[FoundResolution]:
    """The blocks of `found` with each chained link folded into the block it continues."""
    kept: list[FoundResolution] = []
    for res in sorted(found, key=lambda r: r.start):
        prev = kept[-1] if kept else None
        if prev is not None and _continues(prev, res, text):
            prev.text = squash(prev.text + " " + text[prev.end : res.end])
            prev.clauses += res.clauses
            prev.clause_spans += res.clause_spans
            prev.end = res.end
            continue
        kept.append(res)
    return kept


def _continues(prev: FoundResolution, res: FoundResolution, text: str) -> bool:
    if prev.kind != "marker" or res.kind != "marker" or not 0 <= res.start - prev.end <= _MOST_GAP:
        return False
    gap = text[max(prev.start, prev.end - 3) : res.start]
    link = _LINK_RE.search(gap)
    if link is None or _VOTE_RE.search(gap):
        return False
    if link.group("stop"):  # after a full stop only a link that says it continues: 'Be it further resolved that ...'
        return bool(link.group("further") or link.group("further_first"))
    return bool(link.group("and") or link.group("further"))
