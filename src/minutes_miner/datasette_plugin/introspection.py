"""What Datasette asks about a minutes database's schema, answered once per version of its file.

Datasette opens a mutable database as if it could change between any two queries, so every
page asks SQLite again for the table names, counts, columns, primary keys, FTS tables and
foreign keys, one query in a thread each: the database page of ../shared asked ~270 times (43
tables x count, columns, keys, FTS, permission) and each of those awaits queued behind every other request's
work, which made it take 5-10 s under 20 concurrent clients. Datasette caches the counts
only in immutable mode (`-i`), which is not safe here: `ingest` may write the file while it
is served. These answers change only when the file changes, and catalog.py already knows
that (the file's signature, one stat per request); so they are cached under it, as
immutable mode would, and recomputed after an ingest.

Datasette also rebuilds (deep-copies) the whole merged metadata for every "view-table"
permission check, ~2 ms a table with the column descriptions of every table: one check per
table on the database page. The answer depends only on the metadata, so it is kept per
metadata object while no plugin supplies metadata through the get_metadata hook (whose
answers may change per call).
"""

from __future__ import annotations

import asyncio
import copy
import datetime
import sqlite3

from datasette.database import Results
from datasette.utils import detect_fts, detect_primary_keys, sqlite_timelimit, table_columns

from . import catalog

# Database methods whose answer depends only on the file's contents.
CACHED_METHODS = (
    "table_names",
    "view_names",
    "hidden_table_names",
    "table_counts",
    "table_columns",
    "table_column_details",
    "primary_keys",
    "fts_table",
    "get_all_foreign_keys",
    "foreign_keys_for_table",
    "label_column_for_table",
)
# Queries of the schema alone (sqlite_master) that Datasette runs per page, answered from the
# cache too: this Datasette looks up a table's stored spelling for every "view-table"
# permission check (86 queries, each a thread hop, on the database page).
SCHEMA_SQL_PREFIXES = ("select name from sqlite_master", "select 1 from sqlite_master", "select sql from sqlite_master")


def install_all(datasette) -> None:
    """Cache the schema answers of every minutes database (a flag test each for those done)."""
    for name, db in list(datasette.databases.items()):
        if getattr(db, "_minutes_introspection", None) is None and catalog.is_minutes(datasette, name):
            install(datasette, db)


def install(datasette, db) -> None:
    """Answer `db`'s schema questions from a cache kept per version of its file (once per db)."""
    if getattr(db, "_minutes_introspection", None) is not None:
        return
    db._minutes_introspection = {"signature": None, "values": {}}
    for name in CACHED_METHODS:
        setattr(db, name, _cached_method(datasette, db, name, getattr(db, name)))
    db.execute = _cached_schema_execute(datasette, db, db.execute)


COUNT_LIMIT_MS = 5  # the time limit of each table's count on Datasette's database page
# The look-up this Datasette makes before every "view-table" permission check (app.py).
PERMISSION_NAME_SQL = "select name from sqlite_master where type in ('table', 'view') and name = ? collate nocase"


def _values(datasette, db) -> dict | None:
    """The answers cached for the database's current file, or None when it cannot be cached."""
    entry = catalog.entry(datasette, db.name)
    if entry is None or entry.signature is None or not entry.metadata:
        return None
    state = db._minutes_introspection
    if state["signature"] != entry.signature:
        state["signature"], state["values"], state["prefetch"] = entry.signature, {}, None
    return state["values"]


def schema_snapshot(conn: sqlite3.Connection) -> dict:
    """Every table's columns, primary keys, FTS table and count, read in one go (one thread hop
    instead of ~170 after each change of the file), keyed as the cached methods look them up."""
    tables = [r[0] for r in conn.execute("select name from sqlite_master where type='table'")]
    out: dict = {("table_names", (), ()): tables}
    counts = {}
    for table in tables:
        out[("table_columns", (table,), ())] = table_columns(conn, table)
        out[("primary_keys", (table,), ())] = detect_primary_keys(conn, table)
        out[("fts_table", (table,), ())] = detect_fts(conn, table)
        try:
            with sqlite_timelimit(conn, COUNT_LIMIT_MS):
                counts[table] = conn.execute(f"select count(*) from [{table}]").fetchone()[0]
        except sqlite3.DatabaseError:  # interrupted by the limit, as Datasette's own count would be
            counts[table] = None
    out[("table_counts", (COUNT_LIMIT_MS,), ())] = counts
    views = [r[0] for r in conn.execute("select name from sqlite_master where type='view'")]
    for name in tables + views:
        cursor = conn.execute(PERMISSION_NAME_SQL, (name,))
        out[_execute_key(PERMISSION_NAME_SQL, (name,), (), {})] = Results(cursor.fetchall(), False, cursor.description)
    return out


def _execute_key(sql: str, params, args: tuple, kwargs: dict) -> tuple:
    return ("execute", sql, repr(params), args, tuple(sorted(kwargs.items())))


async def _prefetched(db, values: dict) -> None:
    """Fill `values` with schema_snapshot once per version (concurrent callers share the read)."""
    state = db._minutes_introspection
    if state.get("prefetch") is None:
        state["prefetch"] = asyncio.ensure_future(db.execute_fn(schema_snapshot))
    task = state["prefetch"]
    try:
        snapshot = await asyncio.shield(task)
    except Exception:  # a schema that cannot be read in one go: each method asks for itself
        return
    if state["values"] is values:
        for key, value in snapshot.items():
            values.setdefault(key, value)


def _cached_method(datasette, db, name: str, original):
    async def cached(*args, **kwargs):
        values = _values(datasette, db)
        if values is None:
            return await original(*args, **kwargs)
        if not values:
            await _prefetched(db, values)
        key = (name, args, tuple(sorted(kwargs.items())))
        if key not in values:
            values[key] = await original(*args, **kwargs)
        # A copy: callers may change what they are given (a list they sort, a dict they fill).
        return _copy(values[key])

    cached.__name__ = name
    return cached


_SCALARS = (str, int, float, bool, type(None))


def _copy(value):
    """A copy the caller may change: the value itself when it cannot be changed, a new list
    of the same items when they cannot (names, column details), else a deep copy.

    A deep copy of every column list took a fifth of the database page (~60 tables asked).
    """
    if isinstance(value, _SCALARS):
        return value
    if isinstance(value, (list, tuple)) and all(
        isinstance(item, _SCALARS) or (isinstance(item, tuple) and all(isinstance(i, _SCALARS) for i in item)) for item in value
    ):
        return list(value) if isinstance(value, list) else value
    return copy.deepcopy(value)


def _cached_schema_execute(datasette, db, original):
    async def execute(sql, params=None, *args, **kwargs):
        values = _values(datasette, db) if isinstance(sql, str) and sql.lstrip().startswith(SCHEMA_SQL_PREFIXES) else None
        if values is None:
            return await original(sql, params, *args, **kwargs)
        if not values:
            await _prefetched(db, values)
        key = _execute_key(sql, params, args, kwargs)
        if key not in values:
            values[key] = await original(sql, params, *args, **kwargs)
        kept = values[key]
        return Results(list(kept.rows), kept.truncated, kept.description)

    return execute


def remember_table_permissions(datasette) -> None:
    """Keep Datasette's per-table permission rules per metadata object (once per instance)."""
    original = getattr(datasette, "_table_permission_allows", None)
    if original is None or getattr(original, "minutes_miner", False):
        return
    memo: dict = {"metadata": None, "answers": {}}

    from datasette.plugins import pm  # not at import: see errors.py

    def table_permission_allows(database, table):
        if pm.hook.get_metadata.get_hookimpls():
            return original(database, table)
        metadata = datasette._metadata_local
        if memo["metadata"] is not metadata:  # catalog.py installs a new dict when anything changes
            memo["metadata"], memo["answers"] = metadata, {}
        key = (database, table)
        if key not in memo["answers"]:
            memo["answers"][key] = original(database, table)
        return copy.deepcopy(memo["answers"][key])

    table_permission_allows.minutes_miner = True
    datasette._table_permission_allows = table_permission_allows


# The plugins whose permission answers depend only on the actor, the metadata and the settings.
PURE_PERMISSION_PLUGINS = frozenset({"datasette.default_permissions"})
MAX_PERMISSION_ANSWERS = 10_000  # many signed-in actors: start again rather than grow


def remember_permissions(datasette) -> None:
    """Keep each permission answer until the metadata or a database file changes (once per instance).

    Datasette asks again for every check: the database page of ../shared makes ~200 (three
    for each table, view and canned query, for the reader and again for an anonymous one),
    each a look-up of the table's spelling, a pluggy call and the metadata read through.
    Kept only while every `permission_allowed` hook is Datasette's own (whose answer depends
    on the actor, the metadata and the settings alone); each check is still logged for
    /-/permissions as Datasette logs it.
    """
    from datasette.plugins import pm  # not at import: see errors.py

    original = datasette.permission_allowed
    if getattr(original, "minutes_miner", False):
        return
    memo: dict = {"metadata": None, "version": None, "answers": {}}

    async def permission_allowed(actor, action, resource=None, default=False):
        impure = {impl.plugin_name for impl in pm.hook.permission_allowed.get_hookimpls()} - PURE_PERMISSION_PLUGINS
        if impure or pm.hook.get_metadata.get_hookimpls():  # metadata from a plugin may change without a new dict
            return await original(actor, action, resource=resource, default=default)
        metadata = datasette._metadata_local  # catalog.py installs a new dict when anything changes
        version = tuple((name, e.signature) for name, e in catalog._state(datasette)["entries"].items())
        if memo["metadata"] is not metadata or memo["version"] != version or len(memo["answers"]) > MAX_PERMISSION_ANSWERS:
            memo["metadata"], memo["version"], memo["answers"] = metadata, version, {}
        key = (repr(sorted(actor.items())) if isinstance(actor, dict) else repr(actor), action, repr(resource), default)
        kept = memo["answers"].get(key)
        if kept is None:
            result = await original(actor, action, resource=resource, default=default)
            logged = datasette._permission_checks[-1] if datasette._permission_checks else None
            memo["answers"][key] = kept = (result, dict(logged) if logged and logged["action"] == action else None)
            return result
        result, logged = kept
        if logged is not None:  # logged as Datasette logs each check (/-/permissions)
            datasette._permission_checks.append(dict(logged, when=datetime.datetime.now(datetime.timezone.utc).isoformat()))
        return result

    permission_allowed.minutes_miner = True
    datasette.permission_allowed = permission_allowed
