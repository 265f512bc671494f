"""Helpers for the tests of the ingest spine: source excerpts, table snapshots, clocks."""

from __future__ import annotations

import sqlite3
import sys
from datetime import datetime, timezone
from pathlib import Path

from helpers import SAMPLES, SHARED

# Minutes excerpts as councils published them (ModernGov pages saved as text), each with
# agenda items, decisions and actions or statistics.
SHARED_PAGES = SHARED / "corpus" / "pages"
SHARED_EXCERPTS = ["86_bromsgrove.txt", "32_dorrington.txt", "27_winslow.txt"]
# Without ../shared: three passages quoted from one of the project's own sample minutes.
SAMPLE_MINUTES = SAMPLES / "txt" / "westbrook_cpp_2024-06-11.txt"


def excerpts() -> list[tuple[str, bytes]]:
    """Three real minutes excerpts as (file name, bytes): ../shared when present, else the samples."""
    if all((SHARED_PAGES / name).is_file() for name in SHARED_EXCERPTS):
        return [(name, (SHARED_PAGES / name).read_bytes()) for name in SHARED_EXCERPTS]
    return _quoted_from(SAMPLE_MINUTES)


def _quoted_from(path: Path) -> list[tuple[str, bytes]]:
    """The page's heading, then a third of its body each: three documents from one."""
    text = path.read_text(encoding="utf-8")
    paragraphs = text.split("\n\n")
    head, body = paragraphs[:3], paragraphs[3:]
    third = len(body) // 3
    parts = [body[:third], body[third : 2 * third], body[2 * third :]]
    return [(f"{path.stem}_part{i + 1}.txt", "\n\n".join(head + part).encode("utf-8")) for i, part in enumerate(parts)]


def make_minutes_folder(folder: Path) -> list[Path]:
    """Write the excerpts into `folder` (the last in a sub-folder: ingest is recursive)."""
    targets = []
    for index, (_, data) in enumerate(excerpts()):
        target = folder / ("older" if index == 2 else "") / f"minutes_{index + 1}.txt"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        targets.append(target)
    return targets


def table_rows(db_path: Path, table: str, drop: tuple[str, ...] = (), where: str = "", params: tuple = ()) -> list[tuple]:
    """A table's rows as sorted tuples of (column, value) pairs, minus the `drop` columns."""
    conn = sqlite3.connect(db_path)
    try:
        cursor = conn.execute(f"select * from [{table}] {where}", params)
        names = [d[0] for d in cursor.description]
        rows = [tuple((n, v) for n, v in zip(names, row) if n not in drop) for row in cursor]
    finally:
        conn.close()
    return sorted(rows, key=repr)


def user_tables(db_path: Path) -> list[str]:
    """Every ordinary table and view (FTS shadow tables and sqlite internals left out)."""
    conn = sqlite3.connect(db_path)
    try:
        names = [r[0] for r in conn.execute("select name from sqlite_master where type in ('table', 'view') order by name")]
    finally:
        conn.close()
    return [n for n in names if not n.startswith("sqlite_") and "_fts" not in n]


def snapshot(db_path: Path, drop: tuple[str, ...] = ()) -> dict[str, list[tuple]]:
    return {table: table_rows(db_path, table, drop) for table in user_tables(db_path)}


def document_ids(db_path: Path) -> dict[str, str]:
    """path -> documents.id"""
    conn = sqlite3.connect(db_path)
    try:
        return {path: doc_id for doc_id, path in conn.execute("select id, path from documents")}
    finally:
        conn.close()


def set_extractor_version(monkeypatch, version: str) -> None:
    """Pretend the extractor is at `version`, in every module that copied the constant."""
    for name, module in list(sys.modules.items()):
        if (name == "minutes_miner" or name.startswith("minutes_miner.")) and hasattr(module, "EXTRACTOR_VERSION"):
            monkeypatch.setattr(module, "EXTRACTOR_VERSION", version)


def freeze_clock(monkeypatch, when: datetime) -> None:
    """Make extraction stamp documents.ingested_at with `when`."""
    import minutes_miner.extraction as extraction

    class FrozenDatetime(datetime):
        @classmethod
        def now(cls, tz=None):
            return when if tz is None else when.astimezone(tz)

    monkeypatch.setattr(extraction, "datetime", FrozenDatetime)


FAR_FUTURE = datetime(2099, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
