"""Action tables: rows of a table whose header names a task column and an owner column.

Minutes often end with an action log ("| No. | Action | Owner | Due |"), or keep one beside
the minute ("| Item | Minute | Action by |"). In text from Markdown (and readers that keep
a table's columns) such a table is a run of lines split by '|'. Each row with a task and
an owner is one action; the owner is read from its column, never guessed from the task. The
header words are data in models/patterns/action_triggers.json ("tables").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text_utils import iter_lines, squash
from .action_due import due_phrase


@dataclass(frozen=True)
class TableAction:
    owner: str
    task: str
    due: str | None
    row_start: int  # character offsets of the row in the text
    row_end: int
    task_start: int


_ROW_RE = re.compile(r"^[ \t]*\|(?P<cells>[^\n]{1,2000})\|[ \t]*$|^[ \t]*(?P<bare>[^|\n]{1,500}(?:\|[^|\n]{0,500}){2,40}?)[ \t]*$", re.M)
_RULE_CELL_RE = re.compile(r"^\s*:?-{2,}:?\s*$")
_RULE_LINE_RE = re.compile(r"[ \t]*-{2,}(?:[ \t]+-{2,})*[ \t]*$")


def _cells(m: re.Match) -> list[tuple[int, str]]:
    """(offset, text) of each cell of a table row ('| a | b |', or 'a | b | c' with no outer bars, as plain text keeps a table)."""
    group = "cells" if m.group("cells") is not None else "bare"
    cells, pos = [], m.start(group)
    for part in m.group(group).split("|"):
        cells.append((pos, part))
        pos += len(part) + 1
    return cells


def _columns(header: list[str], rules: dict) -> tuple[int, int, int | None] | None:
    """The task, owner and due columns of a header row, if it names a task and an owner."""
    names = [squash(h).lower().strip(" *:") for h in header]
    owner = next((i for i, n in enumerate(names) if re.fullmatch(rules["owner"], n)), None)
    task = next((i for i, n in enumerate(names) if i != owner and re.fullmatch(rules["task"], n)), None)
    if task is None:  # "| Item | Who | When |": with no task column, the item is the task
        task = next((i for i, n in enumerate(names) if i != owner and re.fullmatch(rules["item_task"], n)), None)
    if owner is None or task is None:
        return None
    due = next((i for i, n in enumerate(names) if i not in (owner, task) and re.fullmatch(rules["due"], n)), None)
    return task, owner, due


# A header cell naming a register's status column ("| # | Item | Who | Status |"), in tables of cells and in text tables.
_STATUS_WORDS = r"status|progress|update|notes|comments"
_STATUS_HEADER_RE = re.compile(_STATUS_WORDS)


def _status_column(header: list[str], taken: tuple[int, int, int | None]) -> int | None:
    """The status column of an action table's header, if it has one (none of the task, owner and due columns)."""
    names = [squash(h).lower().strip(" *:") for h in header]
    return next((i for i, n in enumerate(names) if i not in taken and _STATUS_HEADER_RE.fullmatch(n)), None)


def _status_done(cell: str, rules: dict) -> bool:
    """Whether a row's status cell reports its task finished ("| Order 40 new stop signs | Hildebrand | Done — installed Oct 3 |",
    "| Letter to MB Infrastructure re PR 391 | CAO | Sent Sept 30 |"): a past task, not one for after the meeting (ANNOTATION.md)."""
    return _reported_done(squash(cell).strip(" *"), rules)


def _status_task(cell: str, owner: str) -> re.Match | None:
    """The task a status cell gives the row's own owner anew ("Outstanding — CAO to obtain second quote by Nov 12" in the row
    of "Quote for office roof" owned by the CAO): the register's note of what is left to do, in the owner's 'X to V' form.
    Group 'task' is the task, from its verb."""
    return re.search(r"(?<![\w-])" + re.escape(owner) + r"[ \t]+to[ \t]+(?P<task>[a-z][a-z'’-]+\b[^|\n]{0,300}?)[ \t.;]*$", cell)


def table_actions(text: str, rules: dict) -> list[TableAction]:
    """One action per row of every table in `text` whose header has a task and an owner column."""
    found: list[TableAction] = []
    columns = None
    status_col: int | None = None
    last_end = -2
    for m in _ROW_RE.finditer(text):
        cells = _cells(m)
        if m.start() > last_end + 1:
            columns = None  # a new table: its first row is the header
        last_end = m.end()
        if columns is None:
            columns = _columns([c for _, c in cells], rules) or False
            status_col = _status_column([c for _, c in cells], columns) if columns else None
            continue
        if not columns or all(_RULE_CELL_RE.match(c) or not c.strip() for _, c in cells):
            continue
        task_col, owner_col, due_col = columns
        status = cells[status_col][1] if status_col is not None and status_col < len(cells) else None
        if max(task_col, owner_col) >= len(cells) or (status is not None and _status_done(status, rules)):
            continue
        task_at, task = cells[task_col]
        owner = squash(cells[owner_col][1]).strip(" .;")
        task_words = squash(task).strip(" .;")
        if not owner or not task_words or owner.lower() in rules["no_owner"]:
            continue
        due = squash(cells[due_col][1]) if due_col is not None and due_col < len(cells) else None
        lead = len(task) - len(task.lstrip())
        left = _status_task(status, owner) if status is not None else None
        if left:  # the status cell says what the owner has still to do
            task_at, lead, task_words = cells[status_col][0], left.start("task"), squash(left.group("task"))
            due = due or due_phrase(task_words)
        found.append(TableAction(owner, task_words, due or None, m.start(), m.end(), task_at + lead))
    return found


def cell_table_actions(cells: list, rules: dict) -> list[TableAction]:
    """The same, from table cells a reader kept (Markdown, HTML, DOCX, PDF tables).

    `cells` have start, end, table, row, col and text (extract.stat_tables.TableCell); the first
    row of each table is its header. Offsets are the document's.
    """
    found: list[TableAction] = []
    tables: dict[int, dict[int, dict[int, object]]] = {}
    for cell in cells:
        tables.setdefault(cell.table, {}).setdefault(cell.row, {})[cell.col] = cell
    for rows in tables.values():
        order = sorted(rows)
        header = rows[order[0]]
        names = [header[c].text if c in header else "" for c in range(max(header) + 1)]
        columns = _columns(names, rules)
        if not columns:
            continue
        task_col, owner_col, due_col = columns
        status_col = _status_column(names, columns)
        for r in order[1:]:
            row = rows[r]
            task, owner = row.get(task_col), row.get(owner_col)
            if task is None or owner is None:
                continue
            status = row.get(status_col) if status_col is not None else None
            if status is not None and _status_done(status.text, rules):
                continue  # a row the register reports done
            owner_text, task_text = squash(owner.text).strip(" .;"), squash(task.text).strip(" .;")
            if not owner_text or not task_text or owner_text.lower() in rules["no_owner"]:
                continue
            due = squash(row[due_col].text) if due_col is not None and due_col in row else None
            start, end = min(c.start for c in row.values()), max(c.end for c in row.values())
            task_start = task.start
            left = _status_task(status.text, owner_text) if status is not None else None
            if left:  # the status cell says what the owner has still to do
                task_start, task_text = status.start + left.start("task"), squash(left.group("task"))
                due = due or due_phrase(task_text)
            found.append(TableAction(owner_text, task_text, due or None, start, end, task_start))
    return found


@dataclass(frozen=True)
class _TextTable:
    header: re.Pattern
    row: re.Pattern  # a row under a header with a reference column
    bare_row: re.Pattern  # a row under a header whose first column is the task


def _text_table_patterns(rules: dict) -> _TextTable:
    """A header line of single-word column names ('Item Action Who By', 'No. Action Lead Timescale', 'Item Who When') and its rows.

    The columns, in order: a reference (which may carry its register's letters: 'ARC 25-03'), the task, the owner, the due
    date, and perhaps a status ('No. Item Assigned to Target Status'); the task column may be headed 'Item' (item_task).
    Every row has a task, an owner and a due (and a reference when the header has one): a line of words with initials in
    it is too common in prose for less to make a table.
    """
    column = r"(?:item|no\.?|ref\.?|minute|min\.?|#|meeting)"
    status = r"(?P<status_col>[ \t]+(?:" + _STATUS_WORDS + r"))?"
    header = re.compile(
        r"^[ \t]*(?:(?P<ref>"
        + column
        + r")(?:[ \t]+meeting)?[ \t]+(?:"
        + rules["task"]
        + "|"
        + rules["item_task"]
        + r")|(?:"
        + rules["task"]
        + "|"
        + rules["item_task"]
        + r"))"
        r"[ \t]+(?:" + rules["owner"] + r")(?P<due_col>[ \t]+(?:" + rules["due"] + r"))?" + status + r"[ \t]*$",
        re.M | re.I,
    )
    # A status cell: a word of the register's ('In progress', 'Carried forward - June', 'Sent 14/10', a one-letter code), or the
    # date the row is due when the register keeps that under 'Status' ("Audit Mgr Feb 2025", "J Reeves Due April").
    status_cell = (
        r"(?:(?i:"
        + rules["row_status"]
        + r")(?:[ \t]*[-–:][ \t]*[^\n]{1,40}|[ \t]+\d{1,2}[ \t]+[A-Z][a-z]{2,8}|[ \t]+\d{1,2}/\d{1,2}(?:/\d{2,4})?)?|[A-Z]|(?:Due[ \t]+)?(?:"
        + rules["row_due"]
        + r"))"
    )
    tail = (
        r"[ \t]+(?P<owner>" + rules["row_owner"] + r")(?:[ \t]+(?P<due>" + rules["row_due"] + r")(?:[ \t]+[A-Z]{2,4}\b)?"
        r"(?:[ \t]+(?P<status>" + status_cell + r"))?|[ \t]+(?P<done>(?i:" + rules["row_done"] + r"))|[ \t]+(?P<only_status>" + status_cell + r"))?[ \t]*$"
    )
    meeting = r"(?:[ \t]+(?:\d{1,2}/\d{1,2}/\d{2,4}|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}))?"  # the meeting that set the task: "19/02/25", "Mar 4"
    row = re.compile(r"^[ \t]*(?P<ref>(?:[A-Z]{1,5}[ \t]+)?[\w().\/-]{0,8}\d[\w().\/-]{0,8})" + meeting + r"[ \t]+(?P<task>[^\n]{6,300}?)" + tail)
    bare_row = re.compile(r"^[ \t]*(?P<task>[A-Za-z][^\n]{5,300}?)" + tail)
    return _TextTable(header, row, bare_row)


def text_table_actions(text: str, rules: dict) -> list[TableAction]:
    """Rows of an action table whose columns plain text kept only as single spaces.

    "Item Action Who By" over "4 send comments to the case officer Clerk 10 March", "No. Action Lead Timescale"
    over "3 Rates leaflet to be issued with bills TM March 2025" (Welsh, Northern Irish, Australian action sheets
    pasted as text), "Item Who When" over "Sign the roofing contract; order slates Pruitt by 2/20" (US boards).
    The owner is the last owner-shaped cell (initials, a post of the clerk's office, 'Cllr X', a surname) before
    the due date. A due cell may carry the meeting's
    initials ("27 May FC"); a row is no task when its register reports it done ("Post vacancy notice again Deb done");
    a lower-case line after a row is its task wrapped. A row with no due cell ending in initials or a titled member
    ("Ask the roads team re path clearance CB") is not read (too like prose) but does not end the register.
    A header may also be led by its task column ("Action Who When") or its reference and the meeting that set the
    task ("No. Meeting Action Responsible Due Status"), and have a status column and no due one ("Ref Action Owner
    Status", where the status may hold the date: "Feb 2025", "Due April"); under a reference with neither due nor
    status ("Minute Action Responsible") each row ends with its owner. A rule line under the header is passed over.
    """
    if not any(
        word in text for word in ("ction", "CTION", "ask", "tem", "TEM", "inding", "INDING")
    ):  # no task column: 'Action', 'Task', 'Item', 'Finding', 'Direction'
        return []
    patterns = _text_table_patterns(rules)
    found: list[TableAction] = []
    for head in patterns.header.finditer(text):
        if not (head.group("ref") or head.group("due_col") or head.group("status_col")):
            continue  # "Action Owner" alone heads too little to read its lines as rows
        row_re = patterns.row if head.group("ref") else patterns.bare_row
        skipped = False
        row_end, taken = -2, False  # the end of the last row, and whether it was taken as an action
        for row_line in iter_lines(text, head.end() + 1):  # the rows run to the first blank line
            if row_line.blank:
                break
            pos, end, line = row_line.start, row_line.end, row_line.text
            if _RULE_LINE_RE.match(line):
                continue  # a rule under the header: "------- -----------"
            m = row_re.match(line)
            if not m or not re.search(r"[a-z]{2}", m.group("task")):  # a task in capitals ("AOB 6") is no row; "Instruct Oakline Arboriculture" is
                if row_end == pos - 1 and _wrapped_task(line, text, end, row_re):  # the task cell wrapped onto this line
                    row_end = end
                    if taken:
                        last = found[-1]
                        found[-1] = TableAction(last.owner, last.task + " " + squash(line).strip(" .;"), last.due, last.row_start, end, last.task_start)
                    continue
                break  # the table ends at the first line that is no row
            row_end, taken = end, False
            owner = squash(m.group("owner"))
            status = m.group("status") or m.group("only_status") or ""
            if m.group("done") or _reported_done(status, rules):
                continue  # a row the register reports done: no task left (ANNOTATION.md)
            due = m.group("due") or _due_in_status(m.group("only_status"), rules)
            if not (head.group("due_col") or head.group("status_col")) and re.fullmatch(r"[A-Z][a-z'’-]+", owner):
                break  # under "Minute Action Responsible" the owner cell ends the line: one capitalised word there ("... CF Emailed") is too weak
            if m.group("due") is None and not (m.group("only_status") and head.group("status_col")) and (head.group("due_col") or not head.group("ref")):
                if re.fullmatch(rules["row_owner_alone"], owner) and not skipped:
                    skipped = True  # a row with no due cell is too like prose to read, but it does not end the register
                    continue
                break
            skipped = False
            if owner.lower() not in rules["no_owner"]:
                task = squash(m.group("task")).strip(" .;")
                found.append(TableAction(owner, task, squash(due or "") or None, pos, end, pos + m.start("task")))
                taken = True
    return found


def _wrapped_task(line: str, text: str, end: int, row_re: re.Pattern) -> bool:
    """Whether a line that is no row carries on the task of the row above it.

    A lower-case line does; so does a line with no full stop at its end when a row follows it
    ("2026-17 Mar 4 Obtain two quotes for replacing the Facilities Mgr Apr 1 C" / "Bellcairn Arena
    dehumidifier" / "2026-21 ..."), where a remark under the table ("The tracker was noted.") does not.
    """
    if line.lstrip()[:1].islower():
        return True
    if line.rstrip().endswith((".", ":")) or row_re.match(line):
        return False
    stop = text.find("\n", end + 1, end + 402)
    following = text[end + 1 : stop if stop != -1 else min(len(text), end + 401)]
    return bool(row_re.match(following))


def _reported_done(status: str, rules: dict) -> bool:
    """A status cell saying the row is finished: 'Complete', 'Closed - May', the one-letter 'C' of a status key."""
    return bool(re.match(r"(?:" + rules["row_done"] + r")\b", status, re.I)) or status == rules["row_done_letter"]


def _due_in_status(status: str | None, rules: dict) -> str | None:
    """The date a status cell gives ("Due April", "Feb 2025", "In progress - Sept"), if it gives one."""
    if not status:
        return None
    m = re.search(r"(?:Due[ \t]+)?(?:" + rules["row_due"] + r")[ \t]*$", status)
    return m.group() if m and m.group().strip() else None


# Words a summary row and its minute share that say nothing of which task it is.
_COMMON_WORDS = frozenset({"the", "and", "for", "with", "from", "into", "about", "re", "to", "of", "on", "at", "by", "in", "a", "an"})
_WORD_RE = re.compile(r"[a-z0-9]{3,}")


@dataclass(frozen=True)
class FoundTask:
    """A task the minutes' text set, as a summary table's row is compared with it."""

    start: int  # where the task is in the text
    words: frozenset[str]  # task_words(task)
    length: int  # how many words the task has


def found_task(start: int, task: str) -> FoundTask:
    return FoundTask(start, task_words(task), len(task.split()))


def task_words(task: str) -> frozenset[str]:
    """The words of a task that name what it is about ('post the Assistant DPW Director job' -> post, assistant, dpw, director, job)."""
    return frozenset(_WORD_RE.findall(task.lower())) - _COMMON_WORDS


def restates_found_task(owner: str, task: str, row_start: int, found: dict[str, list[FoundTask]]) -> bool:
    """Whether a summary table's row repeats, in shorthand, a task the minutes already gave the same owner.

    Select boards and parish councils close their minutes with an 'ACTION ITEMS  WHO  WHEN' table that
    lists in shorthand the tasks the minute text set above it ('TA to post the Assistant DPW Director job
    by Friday' then 'Post Asst DPW Dir. job  TA  5/23'): the row is the same task, not a second one. Only
    for the same owner, a task above the table, written at least as fully as the row, and sharing a word
    that names the task (`found`: each owner's tasks, by lower-case owner). A register that opens the
    minutes, or a row fuller than a terse note ('Cllr Mowat to chase roads.'), is kept.
    """
    words, length = task_words(task), len(task.split())
    return any(t.start < row_start and t.length >= length and words & t.words for t in found.get(owner.lower(), ()))
