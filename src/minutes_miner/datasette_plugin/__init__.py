"""Datasette plugin: titles, column descriptions, facets and canned queries for a minutes
database, and links from every record to its document and agenda item.

Registered through the package's `datasette` entry point, so both `minutes-miner serve`
and a plain `datasette minutes.db` get it. It only acts on databases that have the
minutes-miner tables.
"""

from __future__ import annotations

import json

from datasette import hookimpl
from datasette.utils import tilde_encode
from markupsafe import Markup, escape

from .metadata import build_metadata, is_minutes_database

_LINK_COLUMNS = {
    "document_id": "documents",
    "agenda_item_id": "agenda_items",
    "resolution_id": "resolutions",
    "action_id": "actions",
    "person_id": "people",
}


@hookimpl
def get_metadata(datasette, key, database, table):
    """Metadata for every database that holds minutes-miner tables."""
    databases = {}
    for name, db in datasette.databases.items():
        if name.startswith("_"):
            continue
        tables = _table_names(db)
        if is_minutes_database(tables):
            databases[name] = build_metadata(tables)
    if not databases:
        return {}
    return {
        "title": "minutes-miner",
        "description": "Resolutions, actions, statistics and people extracted from council minutes, each with its source.",
        "databases": databases,
    }


def _table_names(db) -> set[str]:
    try:
        conn = db.connect()
    except Exception:  # a database that cannot be opened has no minutes tables
        return set()
    try:
        return {r[0] for r in conn.execute("select name from sqlite_master where type in ('table', 'view')")}
    except Exception:
        return set()
    finally:
        conn.close()


@hookimpl
def render_cell(value, column, table, database, datasette):
    """Link id columns to the row they point at, so every record leads to its source.

    Only in databases that hold the minutes-miner tables: a `document_id` column elsewhere
    means something else.
    """
    if not value or (column not in _LINK_COLUMNS and column != "clauses"):
        return None

    async def inner():
        db = datasette.databases.get(database)
        if db is None or not is_minutes_database(set(await db.table_names())):
            return None
        return _render_cell(value, column, table, database, datasette)

    return inner


def _render_cell(value, column, table, database, datasette):
    if column in _LINK_COLUMNS and table != _LINK_COLUMNS[column]:
        target = _LINK_COLUMNS[column]
        # On table pages Datasette expands a declared foreign key into
        # {"value": id, "label": label_column}; elsewhere (views, queries) it is the bare id.
        label = None
        if isinstance(value, dict):
            label, value = value.get("label"), value.get("value")
            if value in (None, ""):
                return None
        row_path = tilde_encode(str(value))
        url = datasette.urls.row(database, target, row_path) if hasattr(datasette.urls, "row") else f"/{database}/{target}/{row_path}"
        if label not in (None, "") and str(label) != str(value):
            return Markup(f'<a href="{escape(url)}">{escape(str(label))}</a>&nbsp;<em>{escape(str(value))}</em>')
        return Markup(f'<a href="{escape(url)}">{escape(str(value))}</a>')
    if column == "clauses" and isinstance(value, str) and value.startswith("["):
        try:
            items = json.loads(value)
        except ValueError:
            return None
        return Markup("<ol>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ol>")
    return None
