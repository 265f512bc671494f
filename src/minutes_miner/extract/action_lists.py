"""Tasks written as a list after their owner: "be asked to: (a) write ...; (b) report ...",
"it was agreed that the Company would:- • Provide copies ... • Clarify ...": one task per item.

Split from actions.py, which finds the owner and the trigger; this module reads the list that
follows a trigger ending in a colon.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text_utils import squash


@lru_cache(maxsize=4)
def _task_verb_re(verbs: tuple[str, ...]) -> re.Pattern:
    """Verbs that start a task (models/patterns/action_triggers.json, task_verbs), any case."""
    return re.compile(r"(?i:" + "|".join(verbs) + r")\b")


def list_tasks(text: str, pos: int, verbs: list[str]) -> list[tuple[int, int, str]]:
    """The items after `pos` that each start with a task verb: lettered clauses, else bullets."""
    return _clause_tasks(text, pos, _task_verb_re(tuple(verbs))) or _bullet_tasks(text, pos, _task_verb_re(tuple(verbs)))


def _clause_tasks(text: str, pos: int, verb_re: re.Pattern) -> list[tuple[int, int, str]]:
    """Lettered clauses after 'be asked to:' that each start with a verb: one task each."""
    from .blocks import CLAUSE_LABEL_RE, gather_clauses

    nl = text.find("\n", pos)
    if nl == -1:
        return []
    _, clauses = gather_clauses(text, nl + 1, len(text))
    tasks = []
    for a, b in clauses:
        body = CLAUSE_LABEL_RE.sub("", text[a:b], count=1).strip()
        body = re.sub(r"^(?:to\s+)", "", body)
        if verb_re.match(body) and body[:1].islower():
            tasks.append((a, b, re.sub(r"[;,.]?\s*(?:and|or)?\s*$", "", squash(body))))
    return tasks if len(tasks) >= max(1, len(clauses) // 2) else []


_BULLET_RE = re.compile(r"[•●▪◦]")
_LIST_START_RE = re.compile(r"[\s:\-–]{0,12}[•●▪◦]")
_PARAGRAPH_END_RE = re.compile(r"\n[ \t]*\n(?![ \t]*[•●▪◦])")
_ITEM_TAIL_RE = re.compile(r"[\s,;.]*(?:\d{1,3}\.)?[\s,;.]*(?:and|or)?\s*$")


def _bullet_tasks(text: str, pos: int, verb_re: re.Pattern) -> list[tuple[int, int, str]]:
    """Bullet items ('• Provide copies of the plan, • Clarify limits ...'), on one line or many.

    The list runs to the end of its paragraph (a blank line not followed by another bullet),
    at most 3,000 characters; an item that does not start with a task verb is not a task.
    """
    start = _LIST_START_RE.match(text, pos)
    if not start:
        return []
    limit = min(len(text), pos + 3000)
    end = _PARAGRAPH_END_RE.search(text, start.end(), limit)
    stop = end.start() if end else limit
    marks = [m.start() for m in _BULLET_RE.finditer(text, start.end() - 1, stop)] + [stop]
    tasks = []
    for a, b in zip(marks, marks[1:]):
        body = squash(text[a + 1 : b])
        body = _ITEM_TAIL_RE.sub("", body)
        if verb_re.match(body):
            tasks.append((a + 1, b, body))
    return tasks if len(tasks) >= max(1, (len(marks) - 1) // 2) else []
