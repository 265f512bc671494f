"""What the plugin knows about each database, computed once and kept until its file changes.

Datasette asks for metadata many times per page; the plugin used to answer through the
`get_metadata` hook, which opened a connection to every database on every call (~300
connections, 0.6-0.8 s per page on ../shared) and which Datasette 1.0 removes. Instead:

- `refresh(datasette)` runs before each request (the plugin's `asgi_wrapper`) and at
  startup. It compares each database file's signature (size and modification time of the
  file and its -wal) with the one it last saw: a few `stat` calls. Only when a file changed
  does it read the database's table names (one connection) and rebuild its metadata.
- The metadata of the minutes databases is merged under the instance's own metadata
  (`metadata.json` still wins) into the dict Datasette reads, so table pages, facets and
  label columns need no hook. Canned queries come from the `canned_queries` hook, which
  Datasette 1.0 keeps, answered from the same cache.
- Anything else computed from a database's contents (the home page summary) is cached with
  the same signature through `cached()`, so it is recomputed when the data changes, not per request.
"""

from __future__ import annotations

import asyncio
import copy
import os
import sqlite3
from dataclasses import dataclass, field

from .feeds import feed_queries
from .layout import apply_sort
from .metadata import build_metadata, is_minutes_database

INSTANCE_TITLE = "minutes-miner"
INSTANCE_DESCRIPTION = "Resolutions, actions, statistics and people extracted from council minutes, each with its source."


@dataclass
class Entry:
    """One database as last seen: its file signature, tables and what was built from them."""

    signature: tuple
    tables: frozenset[str]
    metadata: dict | None
    values: dict = field(default_factory=dict)
    computing: dict = field(default_factory=dict)  # key -> the task computing it (one at a time)


def _signature(db) -> tuple | None:
    """Size and mtime of the file and of its WAL; None for a database without a file.

    An empty or missing WAL counts as no change: opening a WAL database creates one.
    """
    path = getattr(db, "path", None)
    if not path or getattr(db, "is_memory", False):
        return None
    parts = []
    for suffix in ("", "-wal"):
        try:
            st = os.stat(path + suffix)
        except OSError:
            parts.append(None)
            continue
        parts.append((st.st_size, st.st_mtime_ns) if st.st_size or not suffix else None)
    return tuple(parts)


def _table_names(db) -> frozenset[str]:
    try:
        conn = db.connect()
    except Exception:  # a database that cannot be opened has no minutes tables
        return frozenset()
    try:
        return frozenset(r[0] for r in conn.execute("select name from sqlite_master where type in ('table', 'view')"))
    except sqlite3.Error:
        return frozenset()
    finally:
        conn.close()


def _state(datasette) -> dict:
    state = getattr(datasette, "_minutes_catalog", None)
    if state is None:
        # The instance's own metadata (metadata.json), kept to merge ours under it.
        state = {"entries": {}, "user": copy.deepcopy(getattr(datasette, "_metadata_local", None) or {})}
        datasette._minutes_catalog = state
    return state


def refresh(datasette) -> None:
    """Bring the cache up to date with the database files; reinstall metadata if one changed."""
    state = _state(datasette)
    entries: dict[str, Entry] = state["entries"]
    changed = False
    for name, db in list(datasette.databases.items()):
        if name.startswith("_"):
            continue
        signature = _signature(db)
        entry = entries.get(name)
        if entry is not None and (signature is None or entry.signature == signature):
            continue
        tables = _table_names(db)
        metadata = None
        if is_minutes_database(tables):
            metadata = build_metadata(set(tables))
            queries = {**metadata.get("queries", {}), **feed_queries(tables, db.route)}
            metadata["queries"] = {name: paged(query) for name, query in queries.items()}
            apply_sort(metadata)
        if entry is None or entry.tables != tables or (entry.metadata is None) != (metadata is None):
            changed = True
        entries[name] = Entry(signature, tables, metadata)
    for gone in set(entries) - set(datasette.databases):
        del entries[gone]
        changed = True
    if changed:
        _install(datasette, state)


# A canned query's web page shows its first PAGE_ROWS rows (rendering 1,000 rows of cells
# took 0.6-0.8 s); its CSV, JSON and feeds have them all. `:_mmrows_page` is a magic
# parameter (register_magic_parameters in __init__.py): PAGE_ROWS on the HTML page (or
# ?_size=N / max), else ALL_ROWS.
MAX_CACHED = 2000  # values cached per database version (home summary, facet counts)
PAGE_ROWS = 100
ALL_ROWS = 1_000_000


def paged(query: dict) -> dict:
    sql = query["sql"].strip().rstrip(";")
    return {**query, "sql": f"select * from ({sql}) limit :_mmrows_page"}


def page_rows(key: str, request) -> int:
    """The magic parameter :_mmrows_page; `?_size=max` (or a number) asks for more on the page."""
    if request is None or (request.url_vars or {}).get("format"):
        return ALL_ROWS
    size = request.args.get("_size", "")
    if size == "max":
        return ALL_ROWS
    return int(size) if size.isdigit() and int(size) > 0 else PAGE_ROWS


def _install(datasette, state: dict) -> None:
    # Canned queries are not installed: the canned_queries hook answers them.
    ours = {name: {k: v for k, v in e.metadata.items() if k != "queries"} for name, e in state["entries"].items() if e.metadata}
    if not ours:
        datasette._metadata_local = copy.deepcopy(state["user"])
        return
    merged = {"title": INSTANCE_TITLE, "description": INSTANCE_DESCRIPTION, "databases": copy.deepcopy(ours)}
    datasette._metadata_local = datasette._metadata_recursive_update(merged, copy.deepcopy(state["user"]))


def entry(datasette, database: str | None) -> Entry | None:
    if not database or database.startswith("_"):
        return None
    entries = _state(datasette)["entries"]
    if database not in entries and database in datasette.databases:
        refresh(datasette)
    return entries.get(database)


def is_minutes(datasette, database: str | None) -> bool:
    e = entry(datasette, database)
    return bool(e and e.metadata)


def tables(datasette, database: str) -> frozenset[str]:
    e = entry(datasette, database)
    return e.tables if e else frozenset()


def queries(datasette, database: str) -> dict:
    e = entry(datasette, database)
    return (e.metadata or {}).get("queries", {}) if e else {}


async def cached(datasette, database: str, key: str, compute):
    """`await compute()` once per version of the database file.

    Requests that ask for a value while another computes it wait for that one (after a start
    or an ingest, twenty readers of the database page compute its summary once, not twenty times).
    """
    e = entry(datasette, database)
    if e is None or e.signature is None:
        return await compute()
    if key in e.values:
        return e.values[key]
    task = e.computing.get(key)
    if task is None:
        task = e.computing[key] = asyncio.ensure_future(compute())
        task.add_done_callback(lambda _: e.computing.pop(key, None))
    value = await asyncio.shield(task)
    if len(e.values) >= MAX_CACHED:  # many distinct filters: start again rather than grow
        e.values.clear()
    e.values[key] = value
    return value
