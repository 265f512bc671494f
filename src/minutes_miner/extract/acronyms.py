"""Acronyms a document defines ('Special Educational Needs (SEN)', 'SEN (Special Educational
Needs)'), so statistics and search can expand them."""

from __future__ import annotations

import re

from ..records import Acronym
from ..text_utils import squash

_ACRONYM_AFTER_RE = re.compile(r"\b(?P<long>(?:[A-Z][\w'’-]*(?:\s+(?:and|of|for|the|in|&|to)\s+|\s+)){1,7}[A-Z][\w'’-]*)\s*\((?P<short>[A-Z][A-Za-z&]{1,9})\)")
_ACRONYM_BEFORE_RE = re.compile(r"\b(?P<short>[A-Z]{2,8})\s*\((?P<long>[A-Z][\w'’-]*(?:\s+[\w'’&-]+){1,7})\)")


def find_acronyms(text: str, doc_id: str) -> list[Acronym]:
    """'Looked After Children (LAC)' and 'UASC (Unaccompanied Asylum Seeking Children)'."""
    found: dict[str, str] = {}
    for regex in (_ACRONYM_AFTER_RE, _ACRONYM_BEFORE_RE):
        for m in regex.finditer(text):
            short, long = m.group("short"), squash(m.group("long"))
            long = _trim_to_initials(long, short)
            if long and short not in found:
                found[short] = long
    return [Acronym(document_id=doc_id, acronym=k, expansion=v) for k, v in found.items()]


def _trim_to_initials(long: str, short: str) -> str | None:
    """Keep the shortest tail of `long` whose capitals spell `short` ('the Kent Youth County Council' -> ...)."""
    words = long.split()
    letters = [c for c in short.upper() if c.isalpha()]
    for i in range(len(words)):
        tail = words[i:]
        initials = [w[0].upper() for w in tail if w[0].isupper() or w.lower() not in {"and", "of", "for", "the", "in", "to", "&"}]
        if initials == letters or "".join(initials).startswith("".join(letters)) and len(initials) <= len(letters) + 1:
            return " ".join(tail)
    return None


# A post's title, as an expansion spells it: "Head of Development Management", "Chief Finance Officer", "Town Planner"; an
# outside body named like one ("Health and Safety Executive (HSE)") is none.
_POST_RE = re.compile(
    r"(?:Head|Director|Chief|Deputy|Assistant)\b.*|.*\b(?:Officer|Manager|Director|Clerk|Chief\s+Executive|Engineer|Planner|Treasurer|Secretary|Administrator"
    r"|Superintendent|Co-?ordinator|Supervisor|Inspector|Solicitor|Accountant|Auditor)"
)


def post_acronyms(acronyms: list[Acronym]) -> list[str]:
    """The initials a document defines for a post ("Officers: Head of Development Management (HDM)"), so that "The HDM to
    write to the parish council" has its owner. Three letters at least: two ('CO') are too often something else."""
    return [a.acronym for a in acronyms if len(a.acronym) >= 3 and a.acronym.isupper() and _POST_RE.fullmatch(a.expansion)]
