"""A decision's numbered clauses that have the meeting's body itself act outward.

Australian, NZ and Canadian decisions open with the body and a colon, then list what it does
clause by clause: "That Council: 1. Express its opposition ...; 2. Request the Mayor to seek
...; 3. Write to the Chief Executive of the Local Health District seeking the data." A clause
whose verb goes outward (write to, lobby, seek, make representations, advocate) is a task of
the body (ANNOTATION.md: a body can own an action). Clauses that decide (adopt, note, endorse)
are the decision only; a clause asking someone else is read by the owner triggers.
"""

from __future__ import annotations

import re

from .action_due import due_phrase
from .action_found import FoundAction

_LEAD_RE = re.compile(
    r"^[ \t]*(?:(?i:resolved|recommendation|council\s+resolution)[ \t]*:?[ \t]*)?(?:That|THAT)[ \t]+(?P<body>(?:the[ \t]+|this[ \t]+)?(?:Council|Committee|Board|Shire|Authority|Panel|Commission))[ \t]*:[ \t]*$",
    re.M,
)
_CLAUSE_RE = re.compile(r"[ \t]*(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)])[ \t]+(?P<clause>[^\n]{3,600})")
_OUTWARD_RE = re.compile(
    r"(?:[Ww]rites?[ \t]+(?!off\b|down\b|back\b)|[Ll]obb(?:y|ies)[ \t]+|[Ss]eeks?[ \t]+(?!to[ \t]+be\b)|[Mm]akes?[ \t]+(?:a[ \t]+)?(?:representations?|submissions?)[ \t]+|[Aa]dvocates?[ \t]+|[Pp]etitions?[ \t]+)"
)


def body_clause_actions(text: str) -> list[FoundAction]:
    """One action per outward clause of a 'That Council:' decision list, owned by the body named before the colon."""
    if "hat" not in text and "HAT" not in text:
        return []
    found = []
    for lead in _LEAD_RE.finditer(text):
        body = re.sub(r"^(?:the|this)\s+", "", lead.group("body"))
        pos = lead.end() + 1
        while pos < len(text):
            m = _CLAUSE_RE.match(text, pos)
            if not m:
                break
            clause = m.group("clause")
            if _OUTWARD_RE.match(clause):
                task = re.sub(r"[;,.]?(?:[ \t]+and)?[ \t]*$", "", clause)
                task = task[0].lower() + task[1:]
                found.append(FoundAction(body, "BODY", task, "resolved-directs", m.start(), m.end(), m.start("clause"), due_phrase(task)))
            pos = m.end() + 1
    return found
