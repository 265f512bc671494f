"""How the cells of a minutes database's pages read: a record's meeting instead of its document's
sha256, id columns linked to their rows, every record linked to its source view, a document by
its meeting and kind, `details` as labelled fields, an action's owner once.

Datasette's `render_cell` hook (__init__.py imports it, so the plugin module has it by name): None
leaves a cell as Datasette renders it; an awaitable is awaited by Datasette.
"""

from __future__ import annotations

import json
import re

from datasette import hookimpl
from markupsafe import Markup, escape

from . import catalog
from ..tables import SPECS, TABLES
from .layout import details_fields, document_title_cell, documents_by_id, meeting_cell
from .source import RECORD_TABLES, document_path, record_path
from .source_records import quick_tilde_encode

# Id columns that link to the row they point to: every declared foreign key (tables.py).
_LINK_COLUMNS = {column: other for spec in TABLES for column, other, _ in spec.foreign_keys}
# Record tables whose rows link to their source view from the `sentence` and `page` cells.
_EVIDENCE_TABLES = {spec.name for spec in TABLES if spec.source and spec.model and "sentence" in spec.model.model_fields}
# The column that says what a record is; it carries the link to the source (the sentence,
# which often repeats it, is not shown in the table layout).
_MAIN_TEXT = {name: SPECS[name].label for name in _EVIDENCE_TABLES if SPECS[name].label}
_SOURCE_VALUE = re.compile(r"^(%s)/([^/]+)$" % "|".join(RECORD_TABLES))
_MARK_OPEN, _MARK_CLOSE = str(escape("<mark>")), str(escape("</mark>"))


def _badge(url: str, label: str) -> str:
    return f'<a class="mm-source-link" href="{escape(url)}">{escape(label)}</a>'


def _short(datasette, text: str) -> str:
    limit = datasette.setting("truncate_cells_html") or 0
    return text[:limit] + "\u2026" if limit and len(text) > limit else text


def _row_value(row, column):
    try:
        return row[column] if column in row.keys() else None
    except (AttributeError, IndexError, KeyError, TypeError):
        return None


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """Link id columns to their rows, and every record to its source view; show a record's
    meeting instead of its document's sha256, a document by its meeting and kind, `details`
    as labelled fields, an action's owner once.

    Only in databases that hold the minutes-miner tables: a document_id or clauses column in
    anyone else's database is left alone.
    """
    if not catalog.is_minutes(datasette, database):
        return None
    if column == "document_id" and value and table != "documents":
        return _meeting(datasette, database, value)
    if table == "documents" and column == "details" and isinstance(value, str) and value.startswith("{"):
        return details_fields(value)
    if table == "documents" and column == "title":
        return _document_title(row, value, database, datasette)
    if table in ("actions", "outstanding_actions") and column == "owner":
        return _owner(row, value)
    if column in _LINK_COLUMNS and value and table != _LINK_COLUMNS[column]:
        return _id_link(datasette, database, _LINK_COLUMNS[column], value)
    if column == "clauses" and isinstance(value, str) and value.startswith("["):
        return _clauses(value)
    if _could_link(column, table, value):
        return _source_cell(row, value, column, table, database, datasette)
    return None


def _meeting(datasette, database, value):
    doc_id = value.get("value") if isinstance(value, dict) else value
    if doc_id in (None, ""):
        return None

    async def inner():
        documents = await documents_by_id(datasette, database)
        return meeting_cell(datasette, database, documents.get(doc_id), doc_id)

    return inner


def _document_title(row, value, database, datasette):
    doc = {k: _row_value(row, k) for k in ("id", "council", "body", "meeting_date", "doc_type", "title", "file_name")}
    if not doc["id"]:
        return None
    return document_title_cell(doc, " " + _badge(document_path(datasette, database, doc["id"]), "read"))


def _owner(row, value):
    """The owner's name (or the owner as written), and the role when it adds something."""
    name = _row_value(row, "owner_name") or value
    role = _row_value(row, "owner_role")
    if not name and not role:
        return None
    if not name or (role and str(name).strip().lower() == str(role).strip().lower()):
        return Markup(f"{escape(str(role or name))}")
    if role and str(role).lower() not in str(name).lower():
        return Markup(f'{escape(str(name))}<br><span class="mm-muted">{escape(str(role))}</span>')
    return Markup(escape(str(name)))


def _clauses(value: str):
    try:
        items = json.loads(value)
    except ValueError:
        return None
    if not isinstance(items, list):
        return None
    return Markup("<ol>" + "".join(f"<li>{escape(str(i))}</li>" for i in items) + "</ol>")


def _id_link(datasette, database, target, value):
    # On table pages Datasette expands a declared foreign key into
    # {"value": id, "label": label_column}; elsewhere (views, queries) it is the bare id.
    label = None
    if isinstance(value, dict):
        label, value = value.get("label"), value.get("value")
        if value in (None, ""):
            return None
    url = datasette.urls.row(database, target, quick_tilde_encode(str(value)))
    if label not in (None, "") and str(label) != str(value):
        return Markup(f'<a href="{escape(url)}">{escape(str(label))}</a>&nbsp;<em>{escape(str(value))}</em>')
    return Markup(f'<a href="{escape(url)}">{escape(str(value))}</a>')


def _could_link(column, table, value) -> bool:
    """Cheap test, before any database look-up, of whether a cell is one the plugin links."""
    if value in (None, ""):
        return False
    if table is None:
        return column in ("source", "snippet")
    if table in _EVIDENCE_TABLES:
        return column in ("sentence", "page", _MAIN_TEXT.get(table))
    if table == "outstanding_actions":
        return column in ("id", "description", "page")
    if table == "agenda_items":
        return column in ("title", "page")
    if table == "documents":
        return column == "title"
    return False


def _source_cell(row, value, column, table, database, datasette):
    if table is None and column == "source":
        match = _SOURCE_VALUE.match(str(value))
        if not match:
            return None
        return Markup(_badge(record_path(datasette, database, match.group(1), match.group(2)), "source"))
    if table is None and column == "snippet":
        # FTS snippet: escape everything, then restore only the <mark> pairs it was built with.
        html = str(escape(" ".join(str(value).split()))).replace(_MARK_OPEN, "<mark>").replace(_MARK_CLOSE, "</mark>")
        return Markup(html)
    if table == "documents":
        doc_id = _row_value(row, "id")
        if not doc_id:
            return None
        return Markup(f"{escape(_short(datasette, str(value)))} {_badge(document_path(datasette, database, doc_id), 'read')}")
    record_table = "actions" if table == "outstanding_actions" else table
    record_id = _row_value(row, "id")
    if not record_id:
        return None
    url = record_path(datasette, database, record_table, record_id)
    if column == "page":
        return Markup(f'<a class="mm-page-link" href="{escape(url)}" title="Show the source">p.&nbsp;{escape(str(value))}</a>')
    if table == "outstanding_actions" and column == "id":
        return Markup(f'<a href="{escape(datasette.urls.row(database, "actions", quick_tilde_encode(str(record_id))))}">{escape(str(value))}</a>')
    page = _row_value(row, "page")
    label = f"source p.\u00a0{page}" if page else "source"
    return Markup(f"{escape(_short(datasette, str(value)))} {_badge(url, label)}")
