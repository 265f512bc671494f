"""Facet links built once per page (facets.ToggleUrls) are exactly Datasette's own, and a
facet's counts are reused by any page of the same rows (another sort, page or argument)."""

from __future__ import annotations

import asyncio

import pytest
from datasette.app import Datasette
from datasette.utils import path_with_added_args
from datasette.utils.asgi import Request

from minutes_miner.datasette_plugin.facets import ToggleUrls, cached_counts


@pytest.mark.parametrize(
    "path",
    [
        "/minutes/actions",
        "/minutes/actions?_sort=status&_next=20&empty=",
        "/minutes/outstanding_actions?council=Kent+County+Council&_facet_size=max",
        "/minutes/actions?_search=children%27s+%C2%A33m",
        "/minutes/./actions?_sort=status",  # Datasette's urljoin normalises the path
        "//evil.example/minutes/actions",  # a path that reads as another host: Datasette's answer, whatever it is
    ],
)
@pytest.mark.parametrize("settings", [{}, {"base_url": "/prefix/"}, {"force_https_urls": True}])
def test_toggle_urls_equal_datasettes_links(path, settings):
    ds = Datasette([], settings=settings)
    request = Request.fake(path)
    urls = ToggleUrls(ds, request)
    values = [("status", "pending"), ("owner", "Head of Planning & Housing"), ("_council", "Épinal"), ("age_days", 42), ("status", "done")]
    values += [("_body", "Bishop's Stortford & Thorley #1 ~ 100% / +é?"), ("_meeting_date", "2024-05-01"), ("photo", b"\x00\xff&="), ("ratio", 0.5)]
    for arg, value in values:
        expected = ds.absolute_url(request, ds.urls.path(path_with_added_args(request, {arg: value})))
        assert urls.added(arg, value) == expected


def test_facet_counts_are_computed_once_per_query(tmp_path):
    import sqlite3

    db_path = tmp_path / "counts.db"
    with sqlite3.connect(db_path) as conn:
        conn.execute("create table t (status text)")
        conn.executemany("insert into t values (?)", [("open",), ("open",), ("done",)])
    ds = Datasette([str(db_path)])
    sql = "select status as value, count(*) as count from t group by status order by count desc"
    calls = []
    original = ds.execute

    async def counting(*args, **kwargs):
        calls.append(args[1])
        return await original(*args, **kwargs)

    ds.execute = counting

    async def twice():
        await ds.invoke_startup()
        first = await cached_counts(ds, "counts", sql, {})
        second = await cached_counts(ds, "counts", sql, {})
        return first, second

    first, second = asyncio.run(twice())
    assert [tuple(r) for r in first.rows] == [("open", 2), ("done", 1)]
    assert second is first and calls == [sql]
