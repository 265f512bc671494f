"""The server under many readers: pages kept per version of the database file, and Datasette's
schema look-ups answered once per version (datasette_plugin/response_cache.py, introspection.py).

Each test asserts behaviour (what is answered from where, and that a change of the file is
seen at once), not a time.
"""

from __future__ import annotations

import asyncio
import sqlite3

import pytest
from datasette import database as datasette_database
from datasette.app import Datasette


def _copy(samples_db, tmp_path):
    """A writable copy of the samples database (the session's one is shared by every test)."""
    path = tmp_path / "copy.db"
    source = sqlite3.connect(samples_db)
    target = sqlite3.connect(path)
    source.backup(target)
    source.close()
    target.close()
    return path


def _other_database(path, create_sql: str):
    """A SQLite database that is not a minutes database: one table made by `create_sql`."""
    conn = sqlite3.connect(path)
    conn.execute(create_sql)
    conn.commit()
    conn.close()
    return path


@pytest.fixture
def thread_hops(monkeypatch) -> list:
    """Every function Datasette sends to a database thread (Database.execute_fn), in order: one per SQLite round trip."""
    calls = []
    original = datasette_database.Database.execute_fn

    async def counting(self, fn):
        calls.append(fn)
        return await original(self, fn)

    monkeypatch.setattr(datasette_database.Database, "execute_fn", counting)
    return calls


def _run(db_path, steps):
    """Run `steps(ds)` (a coroutine function) against one Datasette over db_path."""

    async def go():
        ds = Datasette([str(db_path)])
        await ds.invoke_startup()
        return await steps(ds)

    return asyncio.run(go())


def test_a_page_asked_again_is_the_same_bytes_from_the_cache(samples_db):
    name = samples_db.stem

    async def steps(ds):
        return [await ds.client.get(f"/{name}/resolutions") for _ in range(2)]

    first, second = _run(samples_db, steps)
    assert first.status_code == second.status_code == 200
    assert first.headers["x-minutes-cache"] == "miss"
    assert second.headers["x-minutes-cache"] == "hit"
    assert second.text == first.text
    assert second.headers["content-type"] == first.headers["content-type"]


def test_a_change_to_the_database_is_shown_at_once(samples_db, tmp_path):
    path = _copy(samples_db, tmp_path)
    name = path.stem
    conn = sqlite3.connect(path)
    record_id, text = conn.execute("select id, text from resolutions order by rowid limit 1").fetchone()
    conn.close()

    async def steps(ds):
        before = await ds.client.get(f"/{name}/resolutions/{record_id}")
        database_page = await ds.client.get(f"/{name}")
        writer = sqlite3.connect(path)
        writer.execute("update resolutions set text = ? where id = ?", ["A decision changed after the page was kept", record_id])
        writer.execute("create table notes_added_later (id integer primary key)")
        writer.commit()
        writer.close()
        return before, database_page, await ds.client.get(f"/{name}/resolutions/{record_id}"), await ds.client.get(f"/{name}")

    before, database_page, after, database_page_after = _run(path, steps)
    assert text[:40] in before.text
    assert "A decision changed after the page was kept" in after.text
    assert after.headers["x-minutes-cache"] == "miss"
    # The database page's list of tables comes from the schema cache: a new table shows at once.
    assert "notes_added_later" not in database_page.text
    assert "notes_added_later" in database_page_after.text


def test_requests_with_cookies_or_credentials_are_never_kept(samples_db):
    name = samples_db.stem

    async def steps(ds):
        out = []
        for _ in range(2):
            out.append(await ds.client.get(f"/{name}/actions", cookies={"ds_actor": "someone"}))
            out.append(await ds.client.get(f"/{name}/statistics", headers={"Authorization": "Bearer x"}))
        return out

    responses = _run(samples_db, steps)
    assert all(r.status_code == 200 for r in responses)
    assert all("x-minutes-cache" not in r.headers for r in responses)


def test_errors_and_other_databases_are_not_kept(samples_db, tmp_path):
    other = _other_database(tmp_path / "other.db", "create table t (id integer primary key, v text)")
    name = samples_db.stem

    async def steps(ds):
        out = []
        for _ in range(2):
            out.append(await ds.client.get(f"/-/minutes/{name}/record/resolutions/no-such-id"))
            out.append(await ds.client.get("/other/t"))
        return out

    async def go():
        ds = Datasette([str(samples_db), str(other)])
        await ds.invoke_startup()
        return await steps(ds)

    missing, stranger, missing_again, stranger_again = asyncio.run(go())
    assert missing.status_code == missing_again.status_code == 404
    assert missing_again.headers.get("x-minutes-cache") != "hit"
    assert stranger.status_code == 200 and "x-minutes-cache" not in stranger_again.headers


def test_identical_requests_at_once_are_rendered_once(samples_db):
    name = samples_db.stem

    async def steps(ds):
        return await asyncio.gather(*(ds.client.get(f"/{name}/outstanding_actions") for _ in range(8)))

    responses = _run(samples_db, steps)
    assert [r.status_code for r in responses] == [200] * 8
    assert sorted(r.headers["x-minutes-cache"] for r in responses) == ["hit"] * 7 + ["miss"]
    assert len({r.text for r in responses}) == 1


def test_the_database_page_asks_sqlite_about_its_schema_once_per_version(samples_db, thread_hops):
    """Every table's count, columns, keys and permission look-up were one query in a thread
    each, per request (~90 on this page); after the first request they come from the cache."""
    name = samples_db.stem

    async def steps(ds):
        first = await ds.client.get(f"/{name}?_n=1")
        before = len(thread_hops)
        second = await ds.client.get(f"/{name}?_n=2")  # a new URL: rendered, not from the page cache
        return first, second, len(thread_hops) - before, before

    first, second, second_queries, first_queries = _run(samples_db, steps)
    assert first.status_code == second.status_code == 200
    assert second.headers["x-minutes-cache"] == "miss"
    assert first_queries <= 30  # one read of the whole schema (schema_snapshot), the summary's queries
    assert second_queries <= 5
    assert "resolutions" in second.text and "outstanding_actions" in second.text


def test_a_database_that_is_not_minutes_keeps_datasettes_own_look_ups(samples_db, tmp_path):
    other = _other_database(tmp_path / "plain.db", "create table t (id integer primary key)")

    async def go():
        ds = Datasette([str(other)])
        await ds.invoke_startup()
        await ds.client.get("/plain")
        return ds.get_database("plain")

    plain = asyncio.run(go())
    assert getattr(plain, "_minutes_introspection", None) is None


def test_readers_arriving_together_compute_the_database_summary_once(samples_db, monkeypatch):
    import minutes_miner.datasette_plugin as plugin

    name = samples_db.stem
    computed = []
    original = plugin.summary

    async def counting(datasette, database):
        computed.append(database)
        await asyncio.sleep(0.05)  # long enough for the others to arrive while it runs
        return await original(datasette, database)

    monkeypatch.setattr(plugin, "summary", counting)

    async def steps(ds):
        # Different URLs, so the page cache does not merge them: only the summary is shared.
        return await asyncio.gather(*(ds.client.get(f"/{name}?_reader={n}") for n in range(6)))

    responses = _run(samples_db, steps)
    assert [r.status_code for r in responses] == [200] * 6
    assert all("Search everything" in r.text for r in responses)
    assert computed == [name]


def test_every_column_a_page_facets_on_is_indexed(samples_db):
    """A facet's counts come from an index, not a scan of the table (views.PAGE_INDEXES)."""
    from minutes_miner.datasette_plugin.metadata import FACETS

    conn = sqlite3.connect(samples_db)
    indexed = {
        (table, row[2])
        for (table,) in conn.execute("select name from sqlite_master where type = 'table'").fetchall()
        for index in conn.execute(f"pragma index_list([{table}])").fetchall()
        for row in conn.execute(f"pragma index_info([{index[1]}])").fetchall()[:1]
    }
    conn.close()
    plain = {(table, facet) for table, facets in FACETS.items() for facet in facets if isinstance(facet, str)}
    assert plain and plain - indexed == set()


def test_the_page_cache_can_be_turned_off_in_the_plugin_config(samples_db):
    name = samples_db.stem

    async def go():
        ds = Datasette([str(samples_db)], metadata={"plugins": {"minutes_miner": {"page_cache_seconds": 0}}})
        await ds.invoke_startup()
        return [await ds.client.get(f"/{name}/resolutions") for _ in range(2)]

    first, second = asyncio.run(go())
    assert first.status_code == second.status_code == 200
    assert "x-minutes-cache" not in second.headers


def test_after_a_change_the_schema_is_read_again_in_one_go(samples_db, tmp_path, thread_hops):
    """The first database page after an ingest reads every table's columns, keys, count and
    permission name in one thread hop (introspection.schema_snapshot), not ~130 of them."""
    path = _copy(samples_db, tmp_path)
    name = path.stem

    async def steps(ds):
        await ds.client.get(f"/{name}")
        writer = sqlite3.connect(path)
        writer.execute("create table added_by_a_later_ingest (id integer primary key)")
        writer.commit()
        writer.close()
        before = len(thread_hops)
        page = await ds.client.get(f"/{name}")
        return page, len(thread_hops) - before

    page, hops = _run(path, steps)
    assert page.status_code == 200 and "added_by_a_later_ingest" in page.text
    assert hops <= 30
