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
- cells.py: how the cells of the table, row and query pages read (links to rows and sources)
- facets.py: facets and filters by the council, body and date of a record's meeting
- introspection.py: Datasette's schema look-ups and table permissions, once per version of the file
- response_cache.py: whole pages kept per version of the database file (fast under many readers)
- warmup.py: those caches filled in the background as the server starts
- templates/, static/minutes.css: the pages and their styles
"""

from __future__ import annotations

import re
import sqlite3

from datasette import Response, hookimpl
from datasette.database import QueryInterrupted
from markupsafe import Markup

from . import catalog, introspection, pages, response_cache, warmup
from .cells import render_cell  # noqa: F401 - a hook, found by name in this module
from .errors import handle_exception  # noqa: F401 - a hook, found by name in this module
from .errors import startup as errors_startup
from .facets import CachedColumnFacet, MeetingFacet, meeting_filters
from .home import index_entry, summary
from .source import document_view, record_view


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
