"""Action labels that hold the whole action on their line, the owner set off by a dash or a column gap.

Minutes in many countries write an action as one labelled line rather than as a sentence
with its owner label after it:

- owner last, after a dash: "ACTION: Map repeat-offender lots and share with brigade captains – Ranger Luff"
  (Australian and NZ committees, US special districts);
- owner first, then a dash: "ACTION: MO - update register and report back in February";
- owner in a right-hand column that a PDF or a typed page flattened into a wide gap, the task
  wrapped onto an indented next line: "ACTION: circulate the infographic version to partners   SL".

The patterns are data in models/patterns/action_triggers.json ("label_lines").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text_utils import iter_lines, squash
from .action_due import due_phrase
from .action_forms import task_verbs_re
from .action_found import FoundAction, _triggers
from .introduced_names import post_words


@lru_cache(maxsize=1)
def _rules() -> dict:
    data = _triggers()["label_lines"]
    return {
        "line": re.compile(data["regex"], re.M),
        "owner_last": re.compile(data["owner_last"], re.S),
        "owner_first": re.compile(data["owner_first"], re.S),
        "owner_column": re.compile(data["owner_column"]),
        "not_owners": frozenset(data["not_owners"]),
        "register_heading": re.compile(data["register_heading"], re.M),
        "register_row_lead": re.compile(data["register_row_lead"]),
        "register_owner": re.compile(data["register_owner"]),
    }


def _split(body: str, rules: dict) -> tuple[str, str, int] | None:
    """(owner, task, offset of the task in `body`) of one label line's body, or None when it names no owner so."""
    m = rules["owner_column"].match(body)
    if m and (not m.group("rest").strip() or m.group("rest").lstrip(" \t")[:1].islower()):
        rest = squash(m.group("rest"))
        return m.group("owner"), squash(m.group("task")) + (" " + rest if rest else ""), m.start("task")
    one_line = body.split("\n", 1)[0]
    m = rules["owner_first"].match(one_line)
    if m and not _status_word(m.group("task"), rules):
        return m.group("owner"), m.group("task"), m.start("task")
    m = rules["owner_last"].match(one_line)
    if m and re.search(r"\b[a-z]{2,}\b", m.group("task")):  # the task is written in words, not another label
        return m.group("owner"), m.group("task"), m.start("task")
    return None


def _status_word(task: str, rules: dict) -> bool:
    """Whether a label's 'task' opens with a status of the log ('Action by: Clerk – completed in March', 'ACTION: JB - ongoing'):
    the words that are no owner (not_owners) are the log's status words, and a status gives no one a task. One that is also a
    task verb ('ACTION: MO - update register') opens a task."""
    first = re.match(r"[a-z/]+", task)
    return bool(first) and first.group(0) in rules["not_owners"] and not task_verbs_re().match(task)


# A line that is a note of its own, the owner first and set off by a spaced dash, then the task from its verb: 'Clerk – order
# replacement bulbs', '2. LB – obtain insurance quote', 'Mrs Jones - renew the domain name' (parish clerks' notes and action
# lists with no 'ACTION:' label). The owner is a few capitalised words, checked by _register_owner; the verb by task_verbs_re.
_DASH_NOTE_LINE_RE = re.compile(
    r"^[ \t]*(?:[•*][ \t]*|\d{1,3}[.)][ \t]+|\(?[a-z]\)[ \t]+)?(?P<owner>[A-Z][\w'’.&/ \t-]{0,40}?)[ \t]+[–—-][ \t]+(?P<task>[a-z][^\n]{6,300})$", re.M
)
# A verb read as a noun: 'Clerk – report on the audit', 'Clerk – update from the tree warden', 'Highways – repair of potholes':
# a heading's subject, not a task.
_NOUN_READING_RE = re.compile(r"[a-z]+[ \t]+(?:of|on|from|re|regarding)\b")


def dash_note_line_actions(text: str) -> list[FoundAction]:
    """One action per line that is 'Owner – task' alone, a list number or bullet allowed before it ('Clerk – order replacement
    bulbs for the floodlights.'): the owner names a person or post (initials, a titled member, a post word), the task opens
    with a task verb in lower case, and no 'of' / 'on' after the verb makes it a noun ('Clerk – update on the grant')."""
    if "–" not in text and " - " not in text and "—" not in text:
        return []
    rules = _rules()
    found = []
    for m in _DASH_NOTE_LINE_RE.finditer(text):
        owner, task = m.group("owner").strip(), m.group("task").strip(" .;")
        if not _register_owner(owner, rules) or not task_verbs_re().match(task) or _NOUN_READING_RE.match(task):
            continue
        if len(task.split()) < 3:
            continue
        found.append(FoundAction(owner, "LABEL", squash(task)[:300], "label", m.start(), m.end(), m.start("task"), due_phrase(task)))
    return found


# A row of an action list whose cells carry their own labels, with no header row to name the columns: 'Item 8 | Repair the
# reservoir inlet valve | Responsible: Director: Technical Services | Due date: 30 April 2023' (South African and Australian
# action lists). The task is the cell before the 'Responsible:' / 'Owner:' / 'Action by:' cell.
_RESPONSIBLE_ROW_RE = re.compile(
    r"^[^|\n]{0,40}\|[ \t]*(?P<task>[A-Za-z][^|\n]{5,200}?)[ \t]*\|[ \t]*(?:Responsible|Owner|Action[ \t]+by|Lead)[ \t]*:[ \t]*(?P<owner>[A-Z][^|\n]{1,60}?)"
    r"[ \t]*(?:\|[ \t]*(?:Due(?:[ \t]+date)?|Deadline|Target(?:[ \t]+date)?)[ \t]*:[ \t]*(?P<due>[^|\n]{1,40}?)[ \t]*)?\|?[ \t]*$",
    re.M,
)


def responsible_row_actions(text: str) -> list[FoundAction]:
    """One action per 'task | Responsible: Owner | Due date: ...' row (_RESPONSIBLE_ROW_RE), the owner and the due as labelled."""
    if "|" not in text or ":" not in text:
        return []
    found = []
    for m in _RESPONSIBLE_ROW_RE.finditer(text):
        task = squash(m.group("task")).strip(" .;")
        if len(task.split()) < 2 or not re.search(r"\b[a-z]{2,}\b", task):
            continue
        due = squash(m.group("due")) if m.group("due") else None
        found.append(FoundAction(squash(m.group("owner")).strip(" .,;"), "LABEL", task[:300], "label", m.start(), m.end(), m.start("task"), due))
    return found


def label_line_actions(text: str) -> list[FoundAction]:
    """One action per 'ACTION: task – Owner' / 'ACTION: Owner - task' / 'ACTION: task   XX' line of `text`."""
    rules = _rules()
    if "ction" not in text and "CTION" not in text:
        return []
    found = []
    for m in rules["line"].finditer(text):
        parts = _split(m.group("body"), rules)
        if parts is None:
            continue
        owner, task, at = parts
        owner = squash(owner).strip(" .,;")
        task = squash(task).strip(" .;")
        if not owner or owner.lower() in rules["not_owners"] or len(task.split()) < 2:
            continue
        start = m.start("body") + at
        found.append(FoundAction(owner, "LABEL", task[:300], "label", m.start(), m.end(), start, due_phrase(task)))
    return found


_CELL_SPLIT_RE = re.compile(r"[ \t]+[–—-][ \t]+")
_TITLE_RE = re.compile(r"(?:Cllrs?|Councillors?|Cr|Mr|Mrs|Ms|Dr)\b")


def _register_owner(cell: str, rules: dict) -> bool:
    """Whether a register cell names an owner: initials, a titled member, or a post ('Clerk', 'Director of Skills', 'Deputy CEO')."""
    if not rules["register_owner"].fullmatch(cell) or cell.lower() in rules["not_owners"]:
        return False
    words = cell.replace("&", " ").replace("/", " ").split()
    letters = cell.replace(" ", "").replace("&", "").replace("/", "").replace(",", "")
    return (
        (letters.isupper() and letters.isalpha())  # initials, never a road or a reference ('A13 – repair ...', 'S106 – ...')
        or (
            len(words) <= 3 and len(words[-1]) >= 2 and words[-1].isupper() and words[-1].isalpha()
        )  # a post's initials after its rank: 'Deputy CEO', 'Acting MM'
        or bool(_TITLE_RE.match(cell))
        or any(w in post_words() for w in words)
    )


def register_actions(text: str) -> list[FoundAction]:
    """One action per row of an action register under its own heading ('ACTIONS', 'Actions arising'): the rows
    run to a blank line, each 'Owner – task – due' or 'task – Owner', after a list number or a reference."""
    rules = _rules()
    if "ction" not in text and "CTION" not in text:
        return []
    found = []
    for heading in rules["register_heading"].finditer(text):
        rows = 0
        for line_no, row_line in enumerate(iter_lines(text, heading.end() + 1)):  # the rows run to the first blank line
            if row_line.blank:
                break
            pos, end, line = row_line.start, row_line.end, row_line.text
            lead = rules["register_row_lead"].match(line)
            row = line[lead.end() :]
            cells = _CELL_SPLIT_RE.split(row.strip())
            action = None
            if len(cells) >= 2 and _register_owner(cells[0].strip(), rules) and re.search(r"\b[a-z]{2,}\b", cells[1]):
                owner, task, due = cells[0].strip(), cells[1].strip(" .;"), (cells[2].strip() if len(cells) > 2 else None)
                action = (owner, task, due, row.find(cells[1]))
            elif len(cells) in (2, 3) and _register_owner(cells[1].strip(" ."), rules) and re.search(r"\b[a-z]{2,}\b", cells[0]):
                due = cells[2].strip(" .;") if len(cells) == 3 else None  # 'Repair the washout - Works Manager - by 31 March'
                action = (cells[1].strip(" ."), cells[0].strip(" .;"), due, row.find(cells[0]))
            if action and len(action[1].split()) >= 2:
                owner, task, due, at = action
                start = pos + lead.end() + max(at, 0)
                found.append(FoundAction(owner, "LABEL", squash(task)[:300], "label", pos, end, start, due or due_phrase(task)))
                rows += 1
            elif not action and (rows or line_no > 0):
                break  # a line that is no row ends the register; the first may say what the list is ('The list was reviewed.')
    return found
