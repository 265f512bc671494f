"""Nothing on the web can change a minutes database (issue 13: the write tests kept in the suite).

Every attempt goes through the same Datasette and plugin that `serve` runs, and the database
file is compared byte for byte before and after.
"""

from __future__ import annotations

import asyncio
import hashlib
import shutil
from pathlib import Path
from urllib.parse import quote

import pytest
from datasette.app import Datasette

WRITES_BY_SQL = [
    "delete from documents",
    "update actions set status = 'done'",
    "insert into resolutions (id, text) values ('x', 'forged')",
    "drop table statistics",
    "create table forged (x)",
    "pragma user_version = 99",
    "attach database 'forged.db' as forged",
    "vacuum",
]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def served(tmp_path, samples_db) -> Path:
    """A copy of the samples database, so a write that got through could not hurt other tests."""
    copy = tmp_path / "minutes.db"
    shutil.copy(samples_db, copy)
    return copy


def attempt(db_path: Path, requests: list[tuple[str, str]]):
    async def go():
        ds = Datasette([str(db_path)])
        await ds.invoke_startup()
        out = []
        for method, path in requests:
            if method == "GET":
                out.append(await ds.client.get(path))
            else:
                out.append(await ds.client.post(path, data={"sql": "delete from documents"}))
        return out

    return asyncio.run(go())


def test_write_sql_through_the_query_page_is_refused_and_the_file_is_unchanged(served):
    before = digest(served)
    name = served.stem
    responses = attempt(served, [("GET", f"/{name}.json?sql={quote(sql)}") for sql in WRITES_BY_SQL])
    for sql, response in zip(WRITES_BY_SQL, responses):
        assert response.status_code >= 400, f"{sql!r} answered {response.status_code}"
    assert digest(served) == before
    assert not (served.parent / "forged.db").exists()


def test_posts_to_every_kind_of_page_change_nothing(served):
    import sqlite3

    name = served.stem
    doc_id = sqlite3.connect(served).execute("select id from documents limit 1").fetchone()[0]
    before = digest(served)
    paths = [
        f"/{name}",
        f"/{name}/documents",
        f"/{name}/documents/-/insert",
        f"/{name}/documents/{doc_id}/-/delete",
        f"/{name}/-/create",
        f"/-/minutes/{name}/source/{doc_id}",
    ]
    responses = attempt(served, [("POST", path) for path in paths])
    for path, response in zip(paths, responses):
        assert response.status_code in {400, 403, 404, 405}, f"POST {path} answered {response.status_code}"
    assert digest(served) == before


def test_only_datasettes_refusal_of_a_post_is_the_clients_mistake():
    """Datasette's 'You may only POST to a canned query' assert is a 405; any other assert failing
    during a POST is a fault of the server, left to Datasette's handler and its traceback."""
    from types import SimpleNamespace

    from minutes_miner.datasette_plugin.errors import client_status

    post = SimpleNamespace(method="POST")
    assert client_status(post, AssertionError("You may only POST to a canned query")) == 405
    assert client_status(post, AssertionError("write query returned no rows")) is None
    assert client_status(post, AssertionError()) is None
    assert client_status(SimpleNamespace(method="GET"), AssertionError("You may only POST to a canned query")) is None
