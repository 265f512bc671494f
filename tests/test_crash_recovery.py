"""kill -9 of `minutes-miner ingest` mid-batch: the database stays valid, and a re-run gives the
same database as one clean run (issue 13: "Keep what holds").

The batch runs as a real subprocess, so the kill hits the command a user started, its worker
included, at whatever point of storing it had reached.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from helpers import SAMPLES

# Columns that say when, not what: everything else must be equal between the two databases.
WHEN = {"ingested_at"}
TABLES = ["documents", "meetings", "meeting_documents", "agenda_items", "resolutions", "actions", "statistics", "people", "action_updates"]


def make_inbox(folder: Path, copies: int) -> int:
    """The sample corpus `copies` times over, each copy made distinct by a line of its own."""
    folder.mkdir()
    count = 0
    for source in sorted((SAMPLES / "txt").glob("*.txt")) + sorted((SAMPLES / "md").glob("*.md")):
        for n in range(copies):
            text = source.read_text(encoding="utf-8") + f"\n\nArchive copy {n}.\n"
            (folder / f"{n:02d}_{source.name}").write_text(text, encoding="utf-8")
            count += 1
    return count


def ingest(inbox: Path, db_path: Path) -> subprocess.Popen:
    command = [str(Path(sys.executable).parent / "minutes-miner"), "ingest", str(inbox), "--db", str(db_path), "--workers", "1"]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)


def stored_documents(db_path: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=0.2) as connection:
            return connection.execute("select count(*) from documents").fetchone()[0]
    except sqlite3.Error:
        return 0


def contents(db_path: Path) -> dict[str, list[tuple]]:
    connection = sqlite3.connect(db_path)
    out = {}
    for table in TABLES:
        columns = [row[1] for row in connection.execute(f"pragma table_info({table})") if row[1] not in WHEN]
        out[table] = sorted(connection.execute(f"select {', '.join(columns)} from {table}").fetchall(), key=repr)
    return out


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_kill_9_mid_batch_leaves_a_valid_database_and_a_rerun_equals_a_clean_run(tmp_path):
    inbox = tmp_path / "inbox"
    total = make_inbox(inbox, copies=6)
    killed_db = tmp_path / "killed.db"
    process = ingest(inbox, killed_db)
    deadline = time.monotonic() + 120
    while stored_documents(killed_db) < 2 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert process.poll() is None, "the batch ended before it could be killed: make the inbox larger"
    os.killpg(process.pid, signal.SIGKILL)  # the command and its worker, as an OOM killer or kill -9 would
    process.wait()

    connection = sqlite3.connect(killed_db)
    assert connection.execute("pragma integrity_check").fetchone()[0] == "ok"
    stored = connection.execute("select count(*) from documents").fetchone()[0]
    assert 2 <= stored < total
    # Nothing half-written: every stored document has its text (stored in the same transaction as its records).
    assert connection.execute("select count(*) from documents where id not in (select document_id from document_texts)").fetchone()[0] == 0
    connection.close()

    rerun = ingest(inbox, killed_db)
    out, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err.decode()
    assert f"{total} files: {total - stored} ingested, {stored} unchanged, 0 failed" in out.decode()

    clean_db = tmp_path / "clean.db"
    clean = ingest(inbox, clean_db)
    clean.communicate(timeout=600)
    assert clean.returncode == 0
    assert contents(killed_db) == contents(clean_db)
