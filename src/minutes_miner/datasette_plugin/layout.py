"""How the table pages of a minutes database read: the columns a reader wants first.

Datasette 0.65 has no column-order option in metadata, so the plugin's table template
(templates/minutes_table.html) asks `arrange()` for the columns in reading order: for each
table the *lead* columns (what was decided or who must do what, the meeting, status, the
source link) in that order, then the rest (ids, offsets: provenance, still there but
muted), with columns that repeat another's words left out of the HTML table (they stay in
the row page, JSON and CSV; "all columns" shows them). Headings read as words, not column
names ("meeting" for document_id), and the sort links still use the real column.

Also here: the meeting a document_id stands for ("Cabinet, Kent County Council, 2024-01-12"),
a document's distinguishing heading, and `details` JSON as labelled fields.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from datasette.utils import to_css_class
from markupsafe import Markup, escape

from . import catalog


@dataclass(frozen=True)
class Layout:
    lead: list[str]
    hidden: list[str] = field(default_factory=list)  # repeat another column's words
    labels: dict[str, str] = field(default_factory=dict)
    wide: str | None = None  # the long-text column, given a readable width
    sort_desc: str | None = None  # the default order, newest first (undated rows last)


MEETING = {"document_id": "meeting"}
LAYOUTS: dict[str, Layout] = {
    "resolutions": Layout(
        ["text", "decision_type", "outcome", "document_id", "page"],
        hidden=["sentence", "clauses"],
        labels={**MEETING, "text": "decision", "decision_type": "type"},
        wide="text",
    ),
    "actions": Layout(
        ["description", "owner", "status", "due_date", "document_id", "page"],
        hidden=["sentence", "owner_name", "owner_role"],
        labels={**MEETING, "description": "action", "due_date": "due"},
        wide="description",
    ),
    "outstanding_actions": Layout(
        ["description", "owner", "status", "status_detail", "due_date", "body", "council", "meeting_date", "age_days", "page"],
        hidden=["sentence", "owner_name", "owner_role"],
        labels={"description": "action", "due_date": "due", "age_days": "days open", "meeting_date": "meeting date", "status_detail": "status detail"},
        wide="description",
        sort_desc="meeting_date",
    ),
    "statistics": Layout(
        ["subject", "value", "unit", "qualifier", "period", "text", "document_id", "page"],
        hidden=["sentence"],
        labels={**MEETING, "text": "statement"},
        wide="text",
    ),
    "agreed_comments": Layout(["text", "recipient", "document_id", "page"], hidden=["sentence"], labels={**MEETING, "text": "comment"}, wide="text"),
    "action_updates": Layout(
        ["sentence", "status", "action_id", "document_id", "page"], labels={**MEETING, "sentence": "update", "action_id": "action"}, wide="sentence"
    ),
    "agenda_items": Layout(["number", "title", "document_id", "page", "text"], labels={**MEETING, "number": "item"}, wide="text"),
    "people": Layout(["name", "role", "attendance", "document_id"], labels=MEETING),
    "votes": Layout(["person", "vote", "resolution_id"], labels={"resolution_id": "resolution"}),
    "acronyms": Layout(["acronym", "expansion", "document_id"], labels=MEETING),
    "documents": Layout(
        ["title", "meeting_date", "pages", "status", "error", "details"],
        hidden=["council", "body", "doc_type"],  # in the document's heading
        labels={"title": "document", "meeting_date": "meeting date", "doc_type": "kind"},
        wide="title",
        sort_desc="meeting_date",
    ),
    "people_by_council": Layout(["surname", "name", "council", "roles", "actions", "documents", "first_seen", "last_seen"]),
}


PAGE_SIZE = 25  # rows per table page: rows are tall once text wraps, and each costs ~0.5 ms of CPU (Datasette's cell hooks, the HTML)


def apply_sort(metadata: dict) -> None:
    """Each laid-out table's default order (`sort_desc`) and page size (`size`) in its metadata."""
    for table, layout in LAYOUTS.items():
        meta = metadata.get("tables", {}).get(table)
        if meta is None:
            meta = metadata.setdefault("tables", {})[table] = {}
        if layout.sort_desc:
            meta.setdefault("sort_desc", layout.sort_desc)
        meta.setdefault("size", PAGE_SIZE)
        # Column facets whose counts are kept per page (facets.CachedColumnFacet).
        meta["facets"] = [{"cached": f} if isinstance(f, str) else f for f in meta.get("facets", [])]


def layout_for(table: str | None) -> Layout | None:
    return LAYOUTS.get(table or "")


def arrange(columns: list[dict], rows: list, table: str, show_all: bool = False) -> dict:
    """Datasette's display_columns and display_rows in reading order, for the template.

    Returns {"columns": [(column, label, role)], "rows": [row HTML], "hidden": [names]}
    where role is "lead", "wide" or "more" (provenance and the rest, shown muted). Each row's
    cells are joined here, not in the template: Jinja in async mode awaits every expression,
    and ~1,000 cells of four expressions each were a third of a table page's rendering.
    """
    layout = LAYOUTS[table]
    names = [c["name"] for c in columns]
    hidden = [] if show_all else [n for n in layout.hidden if n in names]
    order = [n for n in layout.lead if n in names] + [n for n in names if n not in layout.lead and n not in hidden]
    index = {n: i for i, n in enumerate(names)}
    lead = set(layout.lead)

    def role(name: str) -> str:
        if name == layout.wide:
            return "wide"
        return "lead" if name in lead else "more"

    out_columns = [(columns[index[n]], layout.labels.get(n, n.replace("_", " ")), role(n)) for n in order]
    # The opening of each column's <td>, as the template wrote it: class col-<name> type-<value type> mm-<role>.
    opening = [(index[n], f'<td class="col-{escape(to_css_class(n))} type-', f' mm-{role(n)}"><div class="mm-cell">') for n in order]
    out_rows = []
    for row in rows:
        cells = list(row)  # Datasette's Row iterates its cells in display_columns order
        html = "".join(f"{start}{escape(cells[i]['value_type'])}{middle}{escape(cells[i]['value'])}</div></td>" for i, start, middle in opening)
        out_rows.append(Markup(html))
    return {"columns": out_columns, "rows": out_rows, "hidden": hidden}


# --- the meeting of a document ------------------------------------------------------------


def document_heading(doc: dict) -> str:
    """Body (or council), meeting date and kind: what tells one document from another."""
    who = doc.get("body") or doc.get("council") or "(body not found)"
    if doc.get("body") and doc.get("council"):
        who = f"{doc['body']}, {doc['council']}"
    parts = [who, doc.get("meeting_date") or "undated"]
    if doc.get("doc_type"):
        parts.append(str(doc["doc_type"]).replace("_", " "))
    return " · ".join(parts)


async def documents_by_id(datasette, database: str) -> dict[str, dict]:
    """Every document's meeting fields, read once per version of the database file."""

    async def load():
        db = datasette.get_database(database)
        rows = await db.execute("select id, council, body, meeting_date, doc_type, title, file_name from documents", custom_time_limit=5000)
        return {r["id"]: dict(r) for r in rows.rows}

    return await catalog.cached(datasette, database, "documents_by_id", load)


def meeting_cell(datasette, database: str, doc: dict | None, doc_id: str) -> Markup:
    from .source_records import quick_tilde_encode

    url = datasette.urls.row(database, "documents", quick_tilde_encode(str(doc_id)))
    if not doc:
        return Markup(f'<a href="{escape(url)}">{escape(str(doc_id)[:12])}…</a>')
    return Markup(f'<a href="{escape(url)}" title="{escape(doc.get("file_name") or "")}">{escape(document_heading(doc))}</a>')


def document_title_cell(row_doc: dict, extra: str = "") -> Markup:
    """The documents table's title cell: the heading, then the title as printed and the file."""
    title = row_doc.get("title") or ""
    file_name = row_doc.get("file_name") or ""
    sub = " — ".join(escape(p) for p in (title, file_name) if p)
    return Markup(f'<strong class="mm-doc-heading">{escape(document_heading(row_doc))}</strong><br><span class="mm-muted">{sub}</span>{extra}')


# --- details ------------------------------------------------------------------------------

DETAIL_LABELS = {"url": "Published at"}


def details_fields(value) -> Markup | None:
    """A document's details JSON as labelled fields (links for URLs); None if it is not JSON."""
    try:
        data = json.loads(value) if isinstance(value, str) else value
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    items = []
    for key, item in data.items():
        label = DETAIL_LABELS.get(key, str(key).replace("_", " ").capitalize())
        items.append(f"<dt>{escape(label)}</dt><dd>{_detail_value(item)}</dd>")
    return Markup('<dl class="mm-details">' + "".join(items) + "</dl>")


def _detail_value(item) -> str:
    if isinstance(item, str) and item.startswith(("http://", "https://")):
        return f'<a href="{escape(item)}">{escape(item)}</a>'
    if isinstance(item, list):
        return ", ".join(_detail_value(i) for i in item)
    if isinstance(item, dict):
        return "; ".join(f"{escape(str(k).replace('_', ' '))}: {_detail_value(v)}" for k, v in item.items())
    return str(escape(str(item)))
