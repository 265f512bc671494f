"""Datasette plugin: titles, column descriptions, facets and canned queries for a minutes
database; links from every record to its document, its agenda item and its source view (the
evidence highlighted in the document text); a home page on the database page; search across
every record type.

Registered through the package's `datasette` entry point, so both `minutes-miner serve`
and a plain `datasette minutes.db` get it. It only acts on databases that have the
minutes-miner tables.

Pieces:
- metadata.py: titles, descriptions, facets, labels and canned queries
- catalog.py: that metadata per database, computed once per version of its file (no get_metadata hook)
- feeds.py: Atom feeds of new decisions and actions, an iCalendar of meetings (datasette-atom, datasette-ics)
- source.py: /-/minutes/<db>/record/<table>/<id> and /-/minutes/<db>/source/<document_id>
- home.py: the summary shown on the database page (templates/database.html)
- facets.py: facets and filters by the council, body and date of a record's meeting
- introspection.py: Datasette's schema look-ups and table permissions, once per version of the file
- response_cache.py: whole pages kept per version of the database file (fast under many readers)
- warmup.py: those caches filled in the background as the server starts
- templates/, static/minutes.css: the pages and their styles
"""

from __future__ import annotations

import json
import re
import sqlite3

from datasette import Response, hookimpl
from datasette.database import QueryInterrupted
from markupsafe import Markup, escape

from . import catalog, introspection, pages, response_cache, warmup
from .errors import handle_exception  # noqa: F401 - a hook, found by name in this module
from .errors import startup as errors_startup
from .facets import CachedColumnFacet, MeetingFacet, meeting_filters
from .home import index_entry, summary
from .layout import details_fields, document_title_cell, documents_by_id, meeting_cell
from ..tables import SPECS, TABLES
from .source import RECORD_TABLES, document_path, document_view, record_path, record_view
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


@hookimpl
def startup(datasette):
    errors_startup(datasette)
    catalog.refresh(datasette)
    pages.quiet_suggestions(datasette)
    introspection.remember_table_permissions(datasette)
    introspection.remember_permissions(datasette)
    introspection.install_all(datasette)


@hookimpl
def asgi_wrapper(datasette):
    """Before each request: is any database file new or changed? (a few stat calls). Then
    the page from the response cache when it holds it (response_cache.py)."""

    def wrap(app):
        async def wrapped(scope, receive, send):
            if scope.get("type") == "lifespan":  # the server starts: fill the caches first (warmup.py)
                catalog.refresh(datasette)
                warmup.start(datasette)
                return await app(scope, receive, warmup.ready_when_warm(datasette, send))
            if scope.get("type") != "http":
                return await app(scope, receive, send)
            catalog.refresh(datasette)
            introspection.install_all(datasette)
            token = pages.suggestions_off(datasette, scope)
            try:
                await response_cache.serve(datasette, app, scope, receive, send)
            finally:
                pages.suggestions_reset(token)

        return wrapped

    return wrap


@hookimpl
def register_magic_parameters(datasette):
    return [("mmrows", catalog.page_rows)]


@hookimpl
def canned_queries(datasette, database):
    return catalog.queries(datasette, database) or None


async def _is_minutes(datasette, database: str | None) -> bool:
    return catalog.is_minutes(datasette, database)


# --- pages --------------------------------------------------------------------------------


@hookimpl
def register_routes():
    return [
        (r"^/-/minutes/(?P<database>[^/]+)/record/(?P<table>[^/]+)/(?P<id>[^/]+)$", reading_only(record_view)),
        (r"^/-/minutes/(?P<database>[^/]+)/source/(?P<document_id>[^/]+)$", reading_only(document_view)),
    ]


def reading_only(view):
    """The plugin's pages only show: any method but GET and HEAD is answered 405, as Datasette's
    own pages answer a POST they do not take (errors.client_status)."""

    async def guarded(datasette, request):
        if request.method not in ("GET", "HEAD"):
            return Response.text("Method not allowed: these pages are read only", status=405, headers={"Allow": "GET, HEAD"})
        return await view(datasette, request)

    guarded.__name__ = view.__name__
    guarded.__doc__ = view.__doc__
    return guarded


@hookimpl
def extra_template_vars(template, database, table, view_name, request, datasette):
    """The home summary on a minutes database's page; a pointer to it on the front page; the
    layout of its table, row and canned query pages (pages.py)."""
    if template == "table.html" and database and table:
        return pages.table_vars(datasette, database, table, request)
    if template == "row.html" and database and table:
        return pages.row_vars(datasette, database, table, request)
    if template == "query.html" and database and request is not None:
        return pages.query_vars(datasette, database, request)
    if template == "database.html" and view_name == "database" and database:

        async def home():
            if not await _is_minutes(datasette, database):
                return {}
            try:
                data = await catalog.cached(datasette, database, "summary", lambda: summary(datasette, database))
                # Rendered once per database version too: 200 bodies and 100 documents
                # of links took ~0.1 s of template work per request.
                html = await catalog.cached(datasette, database, "summary_html", lambda: _render_home(datasette, data))
                return {"minutes_home": data, "minutes_home_html": html}
            except (QueryInterrupted, sqlite3.OperationalError) as error:
                # Too big for Datasette's time limit, or a database from an older
                # minutes-miner: Datasette's own page still shows, with a note.
                return {"minutes_home_error": str(error) or type(error).__name__}

        return home
    if template == "index.html":

        async def index():
            entries = []
            for name in list(datasette.databases):
                if await _is_minutes(datasette, name):
                    try:
                        entries.append(await catalog.cached(datasette, name, "index", lambda: index_entry(datasette, name)))
                    except (QueryInterrupted, sqlite3.OperationalError):
                        entries.append({"name": name, "url": datasette.urls.database(name), "documents": None})
            return {"minutes_databases": entries}

        return index
    return None


async def _render_home(datasette, data: dict) -> Markup:
    template = datasette.jinja_env.get_template("_minutes_home.html")
    return Markup(await template.render_async(minutes_home=data))


@hookimpl
def extra_css_urls(database, datasette):
    """The plugin's styles, on the front page and on a minutes database's pages only."""

    async def urls():
        if database and not await _is_minutes(datasette, database):
            return []
        return [{"url": datasette.urls.static_plugins("minutes_miner", "minutes.css")}]

    return urls


@hookimpl
def menu_links(datasette, request):
    async def links():
        out = []
        for name in datasette.databases:
            if await _is_minutes(datasette, name):
                out.append({"href": datasette.urls.database(name), "label": f"Minutes: {name}"})
                out.append({"href": datasette.urls.query(name, "search_everything"), "label": f"Search everything in {name}"})
        return out

    return links


@hookimpl
def prepare_connection(conn):
    conn.create_function("minutes_fts_query", 1, fts_query, deterministic=True)


def fts_query(text: str | None) -> str:
    """Words typed by a user as an FTS5 query: each word quoted, all required.

    Quoting makes any input safe ("children's", "£3m", "AND", unbalanced quotes); no words
    gives '""', which matches nothing instead of raising a syntax error.
    """
    words = re.findall(r"\w+(?:['’]\w+)*", text or "")
    if not words:
        return '""'
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


# --- facets and filters -------------------------------------------------------------------


@hookimpl
def register_facet_classes():
    return [MeetingFacet, CachedColumnFacet]


@hookimpl
def filters_from_request(request, database, table, datasette):
    if not any(k in request.args for k in ("_council", "_body", "_meeting_date")):
        return None

    async def inner():
        if not table or not await _is_minutes(datasette, database):
            return None
        columns = set(await datasette.get_database(database).table_columns(table))
        return meeting_filters(request, columns)

    return inner


# --- cells --------------------------------------------------------------------------------


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
