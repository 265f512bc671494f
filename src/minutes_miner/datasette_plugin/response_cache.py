"""Whole responses of a minutes database's pages, kept per version of its file.

A minutes database is read far more often than it is written, and the pages people open
most (the database page, the record tables, the outstanding actions) are the same URL for
everyone. Rendering one costs 50-130 ms of Python on Datasette's single event loop (the
table template and its cells, the database page's look at every table), so 20 readers at
once queue behind each other for seconds (docs/load.md). A deployment of Datasette puts a
cache in front for that; this is that cache inside the server, keyed on the database file's
signature (catalog.py: size and mtime of the file and its WAL, one stat per request), so an
ingest that changes the file changes every key and nothing stale is served after it.

What is kept, and when:
- GET requests for a minutes database's pages (`/<db>...` and `/-/minutes/<db>/...`), without
  cookies or an Authorization header (a signed-in actor may see other pages), without `_trace`.
- Responses with status 200, no Set-Cookie, a body of at most MAX_BODY bytes; at most
  MAX_TOTAL bytes in all (least recently used first out).
- For TTL_SECONDS at most: `age_days` in outstanding_actions is counted from today. The
  plugin setting `page_cache_seconds` changes it (0: no page is kept): `{"plugins":
  {"minutes_miner": {"page_cache_seconds": 0}}}` in `datasette minutes.db -m metadata.json`.
- Identical requests arriving while the first is being rendered wait for it (one render,
  not twenty, after a start or an ingest) and are then answered from the cache.

The bytes answered are the ones Datasette rendered, with one header added:
`x-minutes-cache: hit` or `miss`.
"""

from __future__ import annotations

import asyncio
import time
from collections import OrderedDict
from dataclasses import dataclass

from datasette.utils import tilde_decode

from . import catalog

PLUGIN_NAME = "minutes_miner"  # the entry point's name: metadata {"plugins": {"minutes_miner": {...}}}
TTL_SECONDS = 60.0
MAX_BODY = 2 * 2**20
MAX_TOTAL = 64 * 2**20
WAIT_SECONDS = 30.0  # longest wait for an identical request being rendered
_UNCACHED_HEADERS = (b"cookie", b"authorization")


@dataclass
class Kept:
    """One response as Datasette sent it."""

    status: int
    headers: list
    body: bytes
    made: float


class ResponseCache:
    """A bounded LRU of responses, and the renders in flight (one per key)."""

    def __init__(self, max_total: int = MAX_TOTAL, ttl: float = TTL_SECONDS) -> None:
        self.max_total = max_total
        self.ttl = ttl
        self.entries: OrderedDict[tuple, Kept] = OrderedDict()
        self.total = 0
        self.in_flight: dict[tuple, asyncio.Event] = {}

    def get(self, key: tuple) -> Kept | None:
        kept = self.entries.get(key)
        if kept is None:
            return None
        if time.monotonic() - kept.made > self.ttl:
            self._drop(key)
            return None
        self.entries.move_to_end(key)
        return kept

    def put(self, key: tuple, kept: Kept) -> None:
        if key in self.entries:
            self._drop(key)
        self.entries[key] = kept
        self.total += len(kept.body)
        while self.total > self.max_total and self.entries:
            self._drop(next(iter(self.entries)))

    def _drop(self, key: tuple) -> None:
        kept = self.entries.pop(key)
        self.total -= len(kept.body)


def _state(datasette) -> ResponseCache:
    cache = getattr(datasette, "_minutes_response_cache", None)
    if cache is None:
        cache = datasette._minutes_response_cache = ResponseCache(ttl=configured_ttl(datasette))
    return cache


def configured_ttl(datasette) -> float:
    """Seconds a page is kept: plugin config `page_cache_seconds` (0 turns the cache off)."""
    config = datasette.plugin_config(PLUGIN_NAME) or {}
    try:
        return max(0.0, float(config.get("page_cache_seconds", TTL_SECONDS)))
    except (TypeError, ValueError):
        return TTL_SECONDS


def database_of(path: str) -> str | None:
    """The database a page belongs to: `/<db>/...` or `/-/minutes/<db>/...` (None for others)."""
    parts = path.split("/")
    if len(parts) >= 4 and parts[1] == "-" and parts[2] == "minutes":
        return tilde_decode(parts[3])
    if len(parts) >= 2 and parts[1] and parts[1] != "-":
        return tilde_decode(parts[1])
    return None


def cache_key(datasette, scope: dict) -> tuple | None:
    """The key of a request whose response may be kept, or None."""
    if scope.get("method") != "GET":
        return None
    headers = dict(scope.get("headers") or [])
    if any(name in headers for name in _UNCACHED_HEADERS):
        return None
    query = scope.get("query_string") or b""
    if b"_trace" in query:
        return None
    path = scope.get("path") or ""
    database = database_of(path)
    if database is None or not catalog.is_minutes(datasette, database):
        return None
    entry = catalog.entry(datasette, database)
    if entry is None or entry.signature is None:
        return None
    # Some links are absolute (facet toggles): the host and scheme are part of the page.
    return (database, entry.signature, scope.get("scheme"), headers.get(b"host"), scope.get("root_path", ""), path, query)


async def serve(datasette, app, scope, receive, send) -> None:
    """Answer from the cache, or let Datasette answer and keep what it sent."""
    key = cache_key(datasette, scope)
    if key is None:
        return await app(scope, receive, send)
    cache = _state(datasette)
    if cache.ttl <= 0:
        return await app(scope, receive, send)
    kept = cache.get(key)
    if kept is None and key in cache.in_flight:
        try:
            await asyncio.wait_for(cache.in_flight[key].wait(), WAIT_SECONDS)
        except asyncio.TimeoutError:
            pass
        kept = cache.get(key)
    if kept is not None:
        return await _replay(kept, send)
    if key in cache.in_flight:  # the first render was not kept (or is too slow): render our own
        return await app(scope, receive, _with_header(send, b"miss"))
    done = cache.in_flight[key] = asyncio.Event()
    try:
        await _render_and_keep(cache, key, app, scope, receive, send)
    finally:
        del cache.in_flight[key]
        done.set()


async def _replay(kept: Kept, send) -> None:
    await send({"type": "http.response.start", "status": kept.status, "headers": kept.headers + [(b"x-minutes-cache", b"hit")]})
    await send({"type": "http.response.body", "body": kept.body})


def _with_header(send, value: bytes):
    async def sending(message):
        if message["type"] == "http.response.start":
            message = dict(message, headers=list(message.get("headers") or []) + [(b"x-minutes-cache", value)])
        await send(message)

    return sending


async def _render_and_keep(cache: ResponseCache, key: tuple, app, scope, receive, send) -> None:
    """Pass Datasette's response through as it comes, keeping a copy if it may be kept."""
    started: dict = {}
    chunks: list[bytes] = []
    size = 0
    keep = True

    async def sending(message):
        nonlocal size, keep
        if message["type"] == "http.response.start":
            headers = list(message.get("headers") or [])
            started.update(status=message["status"], headers=headers)
            keep = message["status"] == 200 and not any(name.lower() == b"set-cookie" for name, _ in headers)
            message = dict(message, headers=headers + [(b"x-minutes-cache", b"miss")])
        elif message["type"] == "http.response.body" and keep:
            body = message.get("body", b"")
            size += len(body)
            keep = size <= MAX_BODY
            chunks.append(body)
            if keep and not message.get("more_body", False):
                cache.put(key, Kept(started["status"], started["headers"], b"".join(chunks), time.monotonic()))
        await send(message)

    await app(scope, receive, sending)
