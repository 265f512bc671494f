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
    if owner is None or task is None:
        return None
    due = next((i for i, n in enumerate(names) if i not in (owner, task) and re.fullmatch(rules["due"], n)), None)
    return task, owner, due


def table_actions(text: str, rules: dict) -> list[TableAction]:
    """One action per row of every table in `text` whose header has a task and an owner column."""
    found: list[TableAction] = []
    columns = None
    last_end = -2
    for m in _ROW_RE.finditer(text):
        cells = _cells(m)
        if m.start() > last_end + 1:
            columns = None  # a new table: its first row is the header
        last_end = m.end()
        if columns is None:
            columns = _columns([c for _, c in cells], rules) or False
            continue
        if not columns or all(_RULE_CELL_RE.match(c) or not c.strip() for _, c in cells):
            continue
        task_col, owner_col, due_col = columns
        if max(task_col, owner_col) >= len(cells):
            continue
        task_at, task = cells[task_col]
        owner = squash(cells[owner_col][1]).strip(" .;")
        task_words = squash(task).strip(" .;")
        if not owner or not task_words or owner.lower() in rules["no_owner"]:
            continue
        due = squash(cells[due_col][1]) if due_col is not None and due_col < len(cells) else None
        lead = len(task) - len(task.lstrip())
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
        columns = _columns([header[c].text if c in header else "" for c in range(max(header) + 1)], rules)
        if not columns:
            continue
        task_col, owner_col, due_col = columns
        for r in order[1:]:
            row = rows[r]
            task, owner = row.get(task_col), row.get(owner_col)
            if task is None or owner is None:
                continue
            owner_text, task_text = squash(owner.text).strip(" .;"), squash(task.text).strip(" .;")
            if not owner_text or not task_text or owner_text.lower() in rules["no_owner"]:
                continue
            due = squash(row[due_col].text) if due_col is not None and due_col in row else None
            start, end = min(c.start for c in row.values()), max(c.end for c in row.values())
            found.append(TableAction(owner_text, task_text, due or None, start, end, task.start))
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
    column = r"(?:item|no\.?|ref\.?|minute|min\.?|#)"
    status = r"(?:[ \t]+(?:status|progress|update|notes|comments))?"
    header = re.compile(
        r"^[ \t]*(?:(?P<ref>" + column + r")[ \t]+(?:" + rules["task"] + "|" + rules["item_task"] + r")|(?:" + rules["item_task"] + r"))"
        r"[ \t]+(?:" + rules["owner"] + r")[ \t]+(?:" + rules["due"] + r")" + status + r"[ \t]*$",
        re.M | re.I,
    )
    tail = (
        r"[ \t]+(?P<owner>" + rules["row_owner"] + r")(?:[ \t]+(?P<due>" + rules["row_due"] + r")(?:[ \t]+[A-Z]{2,4}\b)?"
        r"(?:[ \t]+(?P<status>(?i:" + rules["row_status"] + r")))?|[ \t]+(?P<done>(?i:" + rules["row_done"] + r")))?[ \t]*$"
    )
    row = re.compile(r"^[ \t]*(?P<ref>(?:[A-Z]{1,5}[ \t]+)?[\w().\/-]{0,8}\d[\w().\/-]{0,8})[ \t]+(?P<task>[^\n]{6,300}?)" + tail)
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
    """
    if "ction" not in text and "CTION" not in text and "ask" not in text and "tem" not in text and "TEM" not in text:
        return []
    patterns = _text_table_patterns(rules)
    found: list[TableAction] = []
    for head in patterns.header.finditer(text):
        row_re = patterns.row if head.group("ref") else patterns.bare_row
        skipped = False
        for row_line in iter_lines(text, head.end() + 1):  # the rows run to the first blank line
            if row_line.blank:
                break
            pos, end, line = row_line.start, row_line.end, row_line.text
            m = row_re.match(line)
            if not m or not re.search(r"\b[a-z]{2,}\b", m.group("task")):
                if found and found[-1].row_end == pos - 1 and line.lstrip()[:1].islower():  # the task cell wrapped onto this line
                    last = found[-1]
                    found[-1] = TableAction(last.owner, last.task + " " + squash(line).strip(" .;"), last.due, last.row_start, end, last.task_start)
                    continue
                break  # the table ends at the first line that is no row
            owner = squash(m.group("owner"))
            if m.group("done") or (m.group("status") and re.fullmatch(rules["row_done"], m.group("status"), re.I)):
                continue  # a row the register reports done: no task left (ANNOTATION.md)
            if m.group("due") is None:
                if re.fullmatch(rules["row_owner_alone"], owner) and not skipped:
                    skipped = True  # a row with no due cell is too like prose to read, but it does not end the register
                    continue
                break
            skipped = False
            if owner.lower() not in rules["no_owner"]:
                task = squash(m.group("task")).strip(" .;")
                found.append(TableAction(owner, task, squash(m.group("due") or "") or None, pos, end, pos + m.start("task")))
    return found
