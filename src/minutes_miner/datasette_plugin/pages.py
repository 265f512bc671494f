"""Template variables for the table, row and canned query pages of a minutes database.

The templates (table.html, row.html, query.html) switch to the plugin's layout only when
these say so, so every other database keeps Datasette's own pages.
"""

from __future__ import annotations

import contextvars

from datasette.utils import path_with_replaced_args, tilde_decode

from . import catalog, table_html
from .feeds import feed_link
from .layout import arrange, document_heading, layout_for
from .source import RECORD_TABLES, document_path, record_path

# The feeds (feeds.py) offered on a table's page: (query, extension, label).
TABLE_FEEDS = {
    "resolutions": [("new_decisions", "atom", "Atom feed of new decisions")],
    "actions": [("new_actions", "atom", "Atom feed of new actions")],
    "outstanding_actions": [("new_actions", "atom", "Atom feed of new actions")],
    "documents": [("meetings_calendar", "ics", "Meetings calendar (iCal)")],
}
QUERY_FEEDS = {
    "new_decisions": [("atom", "Atom feed")],
    "new_actions": [("atom", "Atom feed")],
    "meetings_calendar": [("ics", "iCalendar (.ics)")],
}
PARAMETER_LABELS = {
    "q": "Words to find",
    "body": "Body (part of its name)",
    "council": "Council (part of its name)",
    "meeting_date": "Meeting date (YYYY-MM-DD)",
    "subject": "Subject (part of it)",
    "person": "Person or role (part of it)",
}
COLUMN_HEADERS = {"document_id": "meeting", "snippet": "found", "item_title": "item title"}
FEED_COLUMN_PREFIXES = ("atom_", "event_")
WIDE_COLUMNS = {"text", "description", "snippet", "item_title"}


# Datasette's suggested facets are left out of a minutes table's web page: the layout does
# not show them, and working them out (queries over every column) took 0.3-0.7 s of a table
# page on ../shared. Datasette reads the instance-wide `suggest_facets` setting; the plugin
# answers False for it while it serves such a page (a context variable set per request by
# its asgi_wrapper), so URLs stay clean and JSON and other databases keep the suggestions.
_NO_SUGGESTIONS: contextvars.ContextVar[bool] = contextvars.ContextVar("minutes_no_suggestions", default=False)


def quiet_suggestions(datasette) -> None:
    """Make datasette.setting('suggest_facets') answer False during such a page (once per instance)."""
    original = datasette.setting
    if getattr(original, "minutes_miner", False):
        return

    def setting(key):
        if key == "suggest_facets" and _NO_SUGGESTIONS.get():
            return False
        return original(key)

    setting.minutes_miner = True
    datasette.setting = setting


def is_laid_out_page(datasette, scope: dict) -> bool:
    """A GET of the web page (not JSON, CSV ...) of a laid-out table in a minutes database."""
    parts = scope.get("path", "").strip("/").split("/")
    if len(parts) != 2 or "." in parts[1] or scope.get("method") != "GET":
        return False
    database, table = (tilde_decode(p) for p in parts)
    return bool(layout_for(table)) and catalog.is_minutes(datasette, database)


def suggestions_off(datasette, scope: dict):
    """Set for the request being served; give the token back to `_NO_SUGGESTIONS.reset`."""
    return _NO_SUGGESTIONS.set(is_laid_out_page(datasette, scope))


def suggestions_reset(token) -> None:
    _NO_SUGGESTIONS.reset(token)


def _labelled(feed: dict, label: str) -> dict:
    """A feed link as a table or query page shows it: its label says which body it is narrowed to."""
    return {**feed, "label": label + (f" ({feed['scope']})" if feed["scope"] else "")}


def _narrowed_to(request, table: str) -> tuple[str, str]:
    """The council and body a table page is narrowed to, by the meeting filters or its own columns."""
    args = request.args
    if table == "outstanding_actions":
        return args.get("council", ""), args.get("body", "")
    return args.get("_council", ""), args.get("_body", "")


def table_vars(datasette, database: str, table: str, request) -> dict:
    if not layout_for(table) or not catalog.is_minutes(datasette, database):
        return {}
    council, body = _narrowed_to(request, table)
    names = catalog.queries(datasette, database)
    feeds = [
        _labelled(feed_link(datasette, database, query, ext, names[query]["title"], council, body), label)
        for query, ext, label in TABLE_FEEDS.get(table, [])
        if query in names
    ]
    return {"mm_table": table, "mm_arrange": arrange, "mm_show_all": bool(request.args.get("_mm_all")), "mm_feeds": feeds, "mm_html": table_html}


async def row_vars(datasette, database: str, table: str, request) -> dict:
    if not layout_for(table) or not catalog.is_minutes(datasette, database):
        return {}
    pk = tilde_decode(request.url_vars.get("pks", ""))
    if table != "documents":
        kind = RECORD_TABLES[table][0] if table in RECORD_TABLES else (datasette.table_metadata(database, table) or {}).get("title") or table
        links = []
        if table in RECORD_TABLES:
            links.append({"url": record_path(datasette, database, table, pk), "label": "show it in the document"})
        return {"mm_row_heading": f"{kind} {pk}", "mm_row_links": links, "mm_row_kind": kind.lower(), "mm_row_labels": layout_for(table).labels}
    doc_id = pk
    db = datasette.get_database(database)
    rows = (await db.execute("select id, council, body, meeting_date, doc_type, title, file_name, status from documents where id = ?", [doc_id])).rows
    if not rows:
        return {}
    doc = dict(rows[0])
    sub = " — ".join(p for p in (doc.get("title"), doc.get("file_name")) if p)
    links = [{"url": document_path(datasette, database, doc_id), "label": "read the document"}]
    return {
        "mm_row_heading": document_heading(doc),
        "mm_row_sub": sub,
        "mm_row_links": links,
        "mm_row_kind": "document",
        "mm_row_labels": layout_for(table).labels,
    }


def query_vars(datasette, database: str, request) -> dict:
    if not catalog.is_minutes(datasette, database):
        return {}
    name = tilde_decode(request.url_vars.get("table") or "")
    queries = catalog.queries(datasette, database)
    if name not in queries:
        return {}
    council, body = request.args.get("council", ""), request.args.get("body", "")
    feeds = [_labelled(feed_link(datasette, database, name, ext, queries[name]["title"], council, body), label) for ext, label in QUERY_FEEDS.get(name, [])]
    return {
        "mm_query": {
            "name": name,
            "page_rows": catalog.page_rows("", request),
            "all_url": path_with_replaced_args(request, {"_size": "max"}),
            "labels": PARAMETER_LABELS,
            "headers": COLUMN_HEADERS,
            "feeds": feeds,
            "wide": WIDE_COLUMNS,
            "visible": lambda columns: [(i, c) for i, c in enumerate(columns) if not c.startswith(FEED_COLUMN_PREFIXES)],
        }
    }
