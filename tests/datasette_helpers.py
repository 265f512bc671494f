"""Helpers for the tests that talk to Datasette: one client, SQL rows, a stranger's database."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

from datasette.app import Datasette


def fetch(db_paths, *paths: str):
    """GET each path from one fresh Datasette over `db_paths`; the responses in order."""

    async def go():
        ds = Datasette([str(p) for p in db_paths])
        await ds.invoke_startup()
        return [await ds.client.get(path) for path in paths]

    return asyncio.run(go())


def get(db_path: Path, path: str, status: int = 200):
    (response,) = fetch([db_path], path)
    assert response.status_code == status, f"{path}: {response.status_code} {response.text[:500]}"
    return response


def query(db_path: Path, sql: str, params=()) -> list[tuple]:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def other_database(folder: Path, *statements: str) -> Path:
    """A database that is not a minutes database, made of the given SQL statements."""
    path = folder / "other.db"
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return path
