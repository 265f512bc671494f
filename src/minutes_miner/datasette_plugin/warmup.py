"""A server's caches filled as it starts, before readers arrive.

The first requests after a start pay for what the plugin keeps per version of the database
file: the schema (introspection.py), the home summary (home.py), every document's meeting
(layout.documents_by_id) and the facet counts of the record tables (facets.py), 0.2-0.8 s
in all on ../shared. Asked by 20 readers at once, that work runs under their load and the
first pages wait seconds (seen with `serve --workers 2`, where each worker starts cold).

So when the server starts (the ASGI lifespan startup, which `datasette serve` and uvicorn's
workers send before any request), the plugin asks itself for the pages that fill those
caches: each minutes database's page and its laid-out tables, one at a time; and it reports
the start complete (uvicorn then takes connections) when they are done, or after at most
WAIT_SECONDS, the rest going on in the background. A request that arrives meanwhile shares any
value being computed (catalog.cached) rather than computing it again. Errors are ignored:
warming up is never a reason for a server not to serve.
"""

from __future__ import annotations

import asyncio

from . import catalog

# The pages whose computations are kept per version of the file: the database page, then
# the record tables people open first.
WARM_TABLES = ("resolutions", "actions", "outstanding_actions", "statistics", "documents")


def warm_paths(datasette) -> list[str]:
    """The database page and the laid-out tables of every minutes database."""
    paths = []
    for name in list(datasette.databases):
        if not catalog.is_minutes(datasette, name):
            continue
        tables = catalog.tables(datasette, name)
        paths.append(datasette.urls.database(name))
        paths += [datasette.urls.table(name, table) for table in WARM_TABLES if table in tables]
    return paths


async def warm_up(datasette) -> list[int]:
    """GET each warm path in this process, one at a time; their status codes (0: failed)."""
    statuses = []
    for path in warm_paths(datasette):
        try:
            statuses.append((await datasette.client.get(path)).status_code)
        except Exception:  # noqa: BLE001 - a page that fails now fails for its reader later, with its reason
            statuses.append(0)
    return statuses


def start(datasette) -> None:
    """Warm up in the background of the running event loop (once per server)."""
    if getattr(datasette, "_minutes_warm_up", None) is not None:
        return
    datasette._minutes_warm_up = asyncio.ensure_future(warm_up(datasette))


WAIT_SECONDS = 10.0  # longest a start waits for the warm-up; after that it goes on in the background


def ready_when_warm(datasette, send):
    """`send` for the lifespan: "startup complete" (after which uvicorn takes connections) once
    the warm-up is done, or WAIT_SECONDS have passed. With several workers on one port, a
    worker still starting takes no reader: the others, warm, answer them."""

    async def sending(message):
        task = getattr(datasette, "_minutes_warm_up", None)
        if message.get("type") == "lifespan.startup.complete" and task is not None:
            try:
                await asyncio.wait_for(asyncio.shield(task), WAIT_SECONDS)
            except Exception:  # noqa: BLE001 - slow or failed: serve all the same
                pass
        await send(message)

    return sending
