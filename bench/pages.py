"""Time every page the plugin serves, every canned query and view, on real databases.

Usage (from the project root; `make bench` runs it on a database of ../shared):

    .venv/bin/python bench/pages.py /tmp/shared.db [--scale 10] [--out docs/page_times.md]

For each database: one Datasette in this process (as `minutes-miner serve` configures it),
asked through its ASGI client, so the time is the server's (routing, SQL, plugin hooks,
templates), not the network's. Each page is asked once cold (the first request after start,
which fills the plugin's per-database cache) and then 5 times; the table shows the cold time
and the median of the warm ones.

--scale N also builds (once, next to the database, reused while it is newer than the
database) a copy N times the size and times it too: every document and record copied N
times with distinct ids, paths and council names ("<council> (copy k)"), so each copy is a
different document of a different council, as an ingest of N unique copies of the corpus
would give, without N ingests of the whole corpus.

Never run from the tests: timings are not assertions.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
import urllib.parse
from pathlib import Path


import bench_support  # noqa: E402, F401  (first: it makes the package importable from this checkout)
from scale_db import scaled_copy  # noqa: E402

WARM_RUNS = 5
LIMIT_MS = 300


def pages(ds, name: str, conn) -> list[tuple[str, str]]:
    """(label, path) of every page worth timing in database `name`."""
    tables = {r[0] for r in conn.execute("select name from sqlite_master where type in ('table', 'view')")}
    q = urllib.parse.quote
    out = [("front page", "/"), ("database page", f"/{name}")]
    for table in sorted(tables):
        if table.endswith(("_fts", "_fts_data", "_fts_idx", "_fts_docsize", "_fts_config")) or table.startswith(("sqlite_", "_")):
            continue
        out.append((f"table {table}", f"/{name}/{table}"))
    for query_name in sorted(ds_queries(ds, name)):
        out.append((f"query {query_name}", f"/{name}/{query_name}"))
    # Feeds and a narrowed page: the busiest body.
    council, body = conn.execute(
        "select council, body from documents where council is not null and body is not null group by 1, 2 order by count(*) desc limit 1"
    ).fetchone()
    narrow = f"council={q(council)}&body={q(body)}"
    for feed, ext in (("new_decisions", "atom"), ("new_actions", "atom"), ("meetings_calendar", "ics")):
        out.append((f"feed {feed}.{ext} (one body)", f"/{name}/{feed}.{ext}?{narrow}"))
        out.append((f"feed {feed}.{ext} (all)", f"/{name}/{feed}.{ext}"))
    out.append(("outstanding actions of one body", f"/{name}/outstanding_actions?council={q(council)}&body={q(body)}"))
    out.append(("resolutions of one body", f"/{name}/resolutions?_council={q(council)}&_body={q(body)}"))
    out.append(("search everything: 'budget'", f"/{name}/search_everything?q=budget"))
    doc_id = conn.execute("select id from documents where status = 'ok' order by pages desc limit 1").fetchone()[0]
    out.append(("document row page", f"/{name}/documents/{doc_id}"))
    out.append(("document source view", f"/-/minutes/{name}/source/{doc_id}"))
    for table in ("resolutions", "actions", "statistics"):
        row = conn.execute(f"select id from [{table}] order by rowid limit 1").fetchone()
        if row:
            out.append((f"source view of a {table[:-1]}", f"/-/minutes/{name}/record/{table}/{row[0]}"))
    return out


def ds_queries(ds, name: str) -> list[str]:
    async def go():
        return list((await ds.get_canned_queries(name, None)).keys())

    return asyncio.get_event_loop().run_until_complete(go())


def time_database(path: Path) -> list[dict]:
    import sqlite3

    from datasette.app import Datasette

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    # As `minutes-miner serve` runs it (cli.SERVE_SETTINGS), with the page cache off: the times
    # are of rendering each page (bench/load_test.py measures the cache under many readers).
    ds = Datasette(
        [str(path)],
        settings={"truncate_cells_html": 300, "suggest_facets": False, "facet_time_limit_ms": 200},
        metadata={"plugins": {"minutes_miner": {"page_cache_seconds": 0}}},
    )
    loop.run_until_complete(ds.invoke_startup())
    name = path.stem
    conn = sqlite3.connect(path)
    results = []
    for label, url in pages(ds, name, conn):
        t0 = time.perf_counter()
        response = loop.run_until_complete(ds.client.get(url))
        cold = (time.perf_counter() - t0) * 1000
        warm = []
        for _ in range(WARM_RUNS):
            t0 = time.perf_counter()
            loop.run_until_complete(ds.client.get(url))
            warm.append((time.perf_counter() - t0) * 1000)
        results.append({"page": label, "url": url, "status": response.status_code, "cold_ms": cold, "warm_ms": statistics.median(warm)})
        print(f"{response.status_code} {statistics.median(warm):8.1f} ms (cold {cold:8.1f})  {label}", flush=True)
    conn.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--scale", type=int, default=0, help="also time a copy this many times the size")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    runs = [(args.db, time_database(args.db))]
    if args.scale > 1:
        big = scaled_copy(args.db, args.scale)
        runs.append((big, time_database(big)))
    if args.out:
        args.out.write_text(report(runs), encoding="utf-8")
        print(f"wrote {args.out}")


def report(runs) -> str:
    import sqlite3

    lines = [
        "# Page times",
        "",
        "Written by `bench/pages.py` (`make bench`). Server time per page through Datasette's ASGI client in one process: "
        f"cold = the first request after start; warm = median of {WARM_RUNS} more. Pages over {LIMIT_MS} ms warm are marked **bold**. "
        "The same pages before issue 14 (metadata through `get_metadata`, no layout or feeds): [page_times_before.md](page_times_before.md).",
        "",
    ]
    sizes = []
    for path, _ in runs:
        conn = sqlite3.connect(path)
        docs, pages_ = conn.execute("select count(*), sum(pages) from documents").fetchone()
        records = sum(
            conn.execute(f"select count(*) from [{t}]").fetchone()[0]
            for t in ("resolutions", "actions", "statistics", "agreed_comments", "people", "agenda_items")
        )
        conn.close()
        sizes.append(f"`{path.name}`: {docs:,} documents, {pages_ or 0:,} pages, {records:,} records, {path.stat().st_size / 2**20:,.0f} MiB")
    lines += ["Databases: " + "; ".join(sizes) + ".", ""]
    header = "| page | " + " | ".join(f"{p.name} warm ms | cold ms" for p, _ in runs) + " |"
    lines += [header, "| --- |" + " ---: | ---: |" * len(runs)]
    by_label = [{r["page"]: r for r in results} for _, results in runs]
    for label in by_label[0]:
        cells = []
        for table in by_label:
            r = table.get(label)
            if not r:
                cells += ["", ""]
                continue
            warm = f"{r['warm_ms']:.0f}" + ("" if r["status"] == 200 else f" ({r['status']})")
            cells += [f"**{warm}**" if r["warm_ms"] > LIMIT_MS else warm, f"{r['cold_ms']:.0f}"]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
