"""Memory of long documents (issue 12): a long document's records leave memory window by window
(spill.py) and are stored batch by batch in its one transaction, with the same rows as before."""

from __future__ import annotations

import os
import pickle
import sqlite3
import sys
import tracemalloc
from pathlib import Path

import pytest

import minutes_miner.extraction as extraction
import minutes_miner.spill as spill
import minutes_miner.store as store
from minutes_miner import fingerprint
from minutes_miner.ingest import ingest_files

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import long_bench  # noqa: E402

HEAD = "WESTBROOK TOWN COUNCIL\n\nMINUTES of the meeting of the Full Council held on Tuesday 4 March 2025 at 7.00 pm\n\n"


def write_minutes(path: Path, items: int) -> Path:
    """Text minutes of one meeting with `items` numbered items, each with a resolution, an action and a cost."""
    path.write_text(HEAD + "".join(long_bench.item_text(number) for number in range(1, items + 1)))
    return path


@pytest.fixture
def small_windows(monkeypatch, tmp_path):
    """Spill from 5,000 characters on, in batches of 20 records, into a folder the test can look at."""
    monkeypatch.setattr(extraction, "SPILL_CHARS", 5_000)
    monkeypatch.setattr(spill, "BATCH", 20)
    folder = tmp_path / "spill"
    folder.mkdir()
    monkeypatch.setattr(spill.tempfile, "tempdir", str(folder))
    return folder


def held_bytes(result) -> int:
    """What an extraction holds and sends from its worker to the writer, beyond the document's text."""
    data = pickle.dumps(result)
    pickle.loads(data)  # the copy takes the spill file over (and deletes it when it goes), as the writer's would
    return len(data) - len(result.document.text.encode())


def test_what_a_long_document_holds_does_not_grow_with_its_records(tmp_path, small_windows):
    short = extraction.extract_path(write_minutes(tmp_path / "short.txt", 30))
    long = extraction.extract_path(write_minutes(tmp_path / "long.txt", 120))
    assert len(long.tables()["resolutions"]) >= 4 * len(short.tables()["resolutions"]) - 4 >= 80
    assert long.resolutions == [] and long.spill is not None and len(long.spill.batches["resolutions"]) >= 5
    assert held_bytes(long) < 1.5 * held_bytes(short), "records of a long document are in its spill file, not in memory"
    assert list(small_windows.iterdir()) == [], "each spill file is deleted by the process that owns it"


def _rows(db: Path) -> dict[str, list]:
    conn = sqlite3.connect(db)
    tables = [t for (t,) in conn.execute("select name from sqlite_master where type = 'table' and name not like '%fts%'")]
    return {t: conn.execute(f"select * from [{t}] order by rowid").fetchall() for t in tables if t != "documents"}


def test_a_spilled_document_is_stored_with_the_same_rows_and_its_file_deleted(tmp_path, small_windows, monkeypatch):
    path = write_minutes(tmp_path / "minutes.txt", 60)
    assert ingest_files(tmp_path / "spilled.db", [path]).errors == 0
    assert list(small_windows.iterdir()) == []
    monkeypatch.setattr(extraction, "SPILL_CHARS", None)
    assert ingest_files(tmp_path / "whole.db", [path]).errors == 0
    spilled, whole = _rows(tmp_path / "spilled.db"), _rows(tmp_path / "whole.db")
    assert len(whole["resolutions"]) >= 59 and len(whole["statistics"]) >= 59
    assert spilled == whole


def test_a_document_whose_storing_fails_half_way_leaves_no_records(tmp_path, small_windows, monkeypatch):
    """Batches are written inside the document's one transaction: a failure after the first rolls all of them back."""
    real = store._rows
    calls = []

    def failing(records):
        calls.append(len(records))
        if len(calls) == 3:
            raise sqlite3.IntegrityError("a record broke a constraint")
        return real(records)

    monkeypatch.setattr(store, "_rows", failing)
    summary = ingest_files(tmp_path / "m.db", [write_minutes(tmp_path / "minutes.txt", 60)])
    conn = sqlite3.connect(tmp_path / "m.db")
    assert summary.errors == 1 and conn.execute("select status from documents").fetchone()[0] == "error"
    assert conn.execute("select count(*) from agenda_items").fetchone()[0] == 0
    assert conn.execute("select count(*) from resolutions").fetchone()[0] == 0
    assert list(small_windows.iterdir()) == []


def _signature_peak(text: str) -> int:
    tracemalloc.start()
    try:
        fingerprint.signature(text)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_documents_fingerprint_takes_memory_that_does_not_grow_with_its_text():
    text = "".join(long_bench.item_text(number) for number in range(1, 401))
    assert _signature_peak(text) < 1.5 * _signature_peak(text[: len(text) // 4])


def test_a_spill_a_killed_worker_never_closed_goes_with_its_batch_folder():
    """Files of workers killed by their budget are removed when the ingest's spill folder ends."""
    from minutes_miner.spill import RecordSpill, batch_folder

    with batch_folder() as folder:
        left_behind = RecordSpill()
        left_behind.add("statistics", [{"value": 1}])
        left_behind._owner = False  # as in a worker that died before handing it over: nobody closes it
        assert os.path.dirname(left_behind.path) == folder
    assert not os.path.exists(folder)


def test_two_ingests_in_one_process_keep_their_own_spill_folders():
    """Threads of a program using the library: a batch opened inside another's is not the other's,
    and the first one's end does not take the second's folder away."""
    import threading

    from minutes_miner.spill import RecordSpill, batch_folder

    first_open, second_open, first_ended = threading.Event(), threading.Event(), threading.Event()
    seen: dict[str, str] = {}

    def second_batch():
        first_open.wait(30)
        with batch_folder() as folder:
            seen["second_folder"] = folder
            second_open.set()
            first_ended.wait(30)
            seen["second"] = os.path.dirname(_spill_path(RecordSpill))

    thread = threading.Thread(target=second_batch)
    thread.start()
    with batch_folder() as folder:
        first_open.set()
        second_open.wait(30)
        seen["first"] = os.path.dirname(_spill_path(RecordSpill))
    first_ended.set()
    thread.join(30)
    assert seen["first"] == folder
    assert seen["second"] == seen["second_folder"] != folder


def test_a_forked_worker_spills_into_its_ingests_folder():
    import multiprocessing

    from minutes_miner.spill import batch_folder

    context = multiprocessing.get_context("fork")
    with batch_folder() as folder, context.Pool(1) as pool:
        assert pool.apply(_spill_folder_here) == folder


def _spill_folder_here() -> str:
    from minutes_miner.spill import RecordSpill

    return os.path.dirname(_spill_path(RecordSpill))


def _spill_path(record_spill) -> str:
    made = record_spill()
    path = made.path
    made.close()
    return path
