"""The store: the public tables of issue 2, idempotent and incremental ingest, one
transaction per document, declared and enforced foreign keys.

Documents are real minutes excerpts (../shared/corpus/pages, else corpus/samples) copied
into tmp_path, so each test owns its folder and database.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

import minutes_miner
from sqlite_utils.db import ForeignKey

from minutes_miner import records
from minutes_miner.ingest import ingest_files, iter_files
from minutes_miner.extraction import extract_path
from minutes_miner.store import RECORD_TABLES, open_db

from store_helpers import (
    FAR_FUTURE,
    document_ids,
    freeze_clock,
    make_minutes_folder,
    set_extractor_version,
    snapshot,
    table_rows,
)

# The public interface, as issue 2 lists it.
PUBLIC_COLUMNS = {
    "documents": [
        "id",
        "path",
        "file_name",
        "format",
        "doc_type",
        "title",
        "council",
        "body",
        "meeting_date",
        "pages",
        "status",
        "error",
        "ingested_at",
        "extractor_version",
    ],
    "agenda_items": ["id", "document_id", "number", "title", "text", "page", "char_start", "char_end"],
    "people": ["id", "document_id", "name", "role", "attendance"],
    "resolutions": ["id", "document_id", "agenda_item_id", "text"],
    "agreed_comments": ["id", "document_id", "agenda_item_id", "text", "recipient"],
    "actions": ["id", "document_id", "agenda_item_id", "owner", "description", "due_date", "status"],
    "statistics": ["id", "document_id", "agenda_item_id", "value", "unit", "subject", "sentence"],
}
# "all record tables also: page, char_start, char_end, sentence (evidence)"
EVIDENCE_TABLES = ["resolutions", "agreed_comments", "actions", "statistics"]
EVIDENCE_COLUMNS = ["page", "char_start", "char_end", "sentence"]
FTS_TABLES = ["agenda_items", "resolutions", "actions", "statistics"]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "minutes"
    make_minutes_folder(folder)
    return folder


def ingest(db_path: Path, folder: Path, **kwargs):
    return ingest_files(str(db_path), list(iter_files([str(folder)])), workers=1, **kwargs)


def count(db_path: Path, sql: str, params=()) -> int:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute(sql, params).fetchone()[0]
    finally:
        conn.close()


def rows_of_document(db_path: Path, doc_id: str) -> dict[str, list[tuple]]:
    """Everything stored for one document, table by table."""
    out = {"documents": table_rows(db_path, "documents", where="where id = ?", params=(doc_id,))}
    out["document_texts"] = table_rows(db_path, "document_texts", where="where document_id = ?", params=(doc_id,))
    for table in RECORD_TABLES:
        if table == "votes":
            out[table] = table_rows(db_path, "votes", where="where resolution_id in (select id from resolutions where document_id = ?)", params=(doc_id,))
        else:
            out[table] = table_rows(db_path, table, where="where document_id = ?", params=(doc_id,))
    return out


# --- schema -----------------------------------------------------------------------------


def test_ingest_creates_every_public_table_and_column(tmp_path, folder):
    db_path = tmp_path / "minutes.db"
    summary = ingest(db_path, folder)
    assert (summary.files, summary.ok, summary.errors) == (3, 3, 0), summary.line()

    db = sqlite_utils.Database(db_path)
    for table, columns in PUBLIC_COLUMNS.items():
        assert table in db.table_names(), f"missing table {table}"
        missing = set(columns) - set(db[table].columns_dict)
        assert not missing, f"{table} lacks {sorted(missing)}"
        assert db[table].pks == ["id"], f"{table} should have id as its primary key"
    for table in EVIDENCE_TABLES:
        missing = set(EVIDENCE_COLUMNS) - set(db[table].columns_dict)
        assert not missing, f"{table} lacks evidence columns {sorted(missing)}"

    assert db["statistics"].columns_dict["value"] is float, "statistics.value must be REAL"
    for table in ["agenda_items", *EVIDENCE_TABLES]:
        for column in ("page", "char_start", "char_end"):
            assert db[table].columns_dict[column] is int, f"{table}.{column} must be INTEGER"


def test_documents_rows_describe_the_files(tmp_path, folder):
    db_path = tmp_path / "minutes.db"
    ingest(db_path, folder)
    rows = {r["path"]: r for r in sqlite_utils.Database(db_path)["documents"].rows}
    files = list(iter_files([str(folder)]))
    assert set(rows) == {str(f) for f in files}
    for path in files:
        row = rows[str(path)]
        assert row["id"] == hashlib.sha256(path.read_bytes()).hexdigest()
        assert row["file_name"] == path.name
        assert row["format"] == "txt"
        assert row["status"] == "ok" and row["error"] is None
        assert row["pages"] == 1
        assert row["extractor_version"] == minutes_miner.EXTRACTOR_VERSION
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\+00:00|Z)", row["ingested_at"]), row["ingested_at"]
        if row["meeting_date"] is not None:
            assert re.fullmatch(r"\d{4}-\d\d-\d\d", row["meeting_date"]), row["meeting_date"]


def test_record_offsets_index_into_the_stored_text(tmp_path, folder):
    """char_start:char_end of every record points at its evidence in document_texts.text."""
    db_path = tmp_path / "minutes.db"
    ingest(db_path, folder)
    db = sqlite_utils.Database(db_path)
    texts = {r["document_id"]: r["text"] for r in db["document_texts"].rows}
    checked = 0
    for table in EVIDENCE_TABLES:
        for row in db[table].rows:
            text = texts[row["document_id"]]
            assert 0 <= row["char_start"] < row["char_end"] <= len(text), (table, row)
            span = " ".join(text[row["char_start"] : row["char_end"]].split())
            assert span and span in " ".join(text.split())
            if table != "statistics":  # a statistic's span is its number; the sentence is wider
                assert " ".join(row["sentence"].split()) == span, (table, row["sentence"], span)
            else:
                assert span in " ".join(row["sentence"].split())
            checked += 1
    for row in db["agenda_items"].rows:
        text = texts[row["document_id"]]
        assert text[row["char_start"] : row["char_end"]] == row["text"]
    assert checked, "the excerpts gave no records at all: nothing was checked"


def test_full_text_search_tables_find_records(tmp_path, folder):
    db_path = tmp_path / "minutes.db"
    ingest(db_path, folder)
    db = sqlite_utils.Database(db_path)
    searched = 0
    for table in FTS_TABLES:
        assert db[table].detect_fts() == f"{table}_fts", f"no full-text index on {table}"
        assert count(db_path, f"select count(*) from [{table}_fts]") == db[table].count
        column = {"agenda_items": "text", "resolutions": "text", "actions": "description", "statistics": "sentence"}[table]
        for row in db[table].rows:
            words = [w for w in re.findall(r"[A-Za-z]{6,}", row[column] or "")]
            if not words:
                continue
            hits = [r["id"] for r in db[table].search(words[0])]
            assert row["id"] in hits, f"searching {table} for {words[0]!r} misses its row"
            searched += 1
            break
    assert searched >= 3, "too few records to exercise full-text search"


def test_outstanding_actions_view_lists_open_actions_only(tmp_path):
    db = open_db(tmp_path / "minutes.db")
    assert "outstanding_actions" in db.view_names()
    db["documents"].insert(
        {"id": "d1", "path": "a.txt", "file_name": "a.txt", "status": "ok", "council": "Kent County Council", "body": "Cabinet", "meeting_date": "2024-01-10"}
    )
    db["agenda_items"].insert({"id": "i1", "document_id": "d1", "number": "7", "title": "Budget", "text": "...", "char_start": 0, "char_end": 3})
    base = {"document_id": "d1", "agenda_item_id": "i1", "page": 1, "char_start": 0, "char_end": 3, "sentence": "..."}
    db["actions"].insert_all(
        [
            {**base, "id": "open1", "owner": "the Clerk", "description": "write to the police", "status": "open"},
            {**base, "id": "done1", "owner": "the Chair", "description": "sign the minutes", "status": "done"},
            {**base, "id": "prog1", "owner": "Mr Smith", "description": "get three quotes", "status": "in progress"},
        ]
    )
    rows = {r["id"]: r for r in db.query("select * from outstanding_actions")}
    assert set(rows) == {"open1", "prog1"}
    assert rows["open1"]["body"] == "Cabinet" and rows["open1"]["council"] == "Kent County Council"
    assert rows["open1"]["meeting_date"] == "2024-01-10" and rows["open1"]["item_title"] == "Budget"
    assert rows["open1"]["age_days"] > 300
    db.execute("update actions set status = 'done' where id = 'open1'")
    assert [r["id"] for r in db.query("select id from outstanding_actions")] == ["prog1"]


# --- idempotent and incremental ---------------------------------------------------------


def test_reingesting_the_same_bytes_changes_nothing(tmp_path, folder, monkeypatch):
    db_path = tmp_path / "minutes.db"
    first = ingest(db_path, folder)
    assert first.ok == 3
    before = snapshot(db_path)

    import minutes_miner.extraction as extraction

    calls = []
    real = extraction.extract_path
    monkeypatch.setattr(extraction, "extract_path", lambda *a, **k: calls.append(a) or real(*a, **k))
    freeze_clock(monkeypatch, FAR_FUTURE)  # a re-ingest would show up in ingested_at
    second = ingest(db_path, folder)

    assert (second.unchanged, second.ok, second.errors) == (3, 0, 0), second.line()
    assert calls == [], "unchanged files were extracted again"
    assert snapshot(db_path) == before


def test_byte_identical_copies_are_one_document_and_stay_unchanged(tmp_path, folder):
    """Real archives hold the same file under two names: one document, and a re-run is a no-op."""
    first_file = sorted(folder.rglob("*.txt"))[0]
    (folder / "copy of minutes.txt").write_bytes(first_file.read_bytes())
    db_path = tmp_path / "minutes.db"
    ingest(db_path, folder)
    assert count(db_path, "select count(*) from documents") == 3
    before = snapshot(db_path)
    again = ingest(db_path, folder)
    assert again.unchanged == 4 and again.ok == 0
    assert snapshot(db_path) == before


def test_a_changed_file_replaces_its_own_records(tmp_path, folder):
    db_path = tmp_path / "minutes.db"
    ingest(db_path, folder)
    ids = document_ids(db_path)
    changed = sorted(folder.rglob("*.txt"))[1]
    old_id = ids[str(changed)]
    others = {p: rows_of_document(db_path, i) for p, i in ids.items() if p != str(changed)}
    assert any(rows for rows in rows_of_document(db_path, old_id).values()), "the changed document had no rows to replace"

    addition = "\n\nRESOLVED that the Clerk write to the highways authority about the Mill Lane potholes.\n"
    changed.write_bytes(changed.read_bytes() + addition.encode("utf-8"))
    summary = ingest(db_path, folder)

    assert (summary.ok, summary.unchanged) == (1, 2), summary.line()
    new_ids = document_ids(db_path)
    new_id = new_ids[str(changed)]
    assert new_id == hashlib.sha256(changed.read_bytes()).hexdigest() != old_id
    assert old_id not in new_ids.values(), "the old version's documents row is still there"
    assert all(not rows for rows in rows_of_document(db_path, old_id).values()), "records of the old version remain"
    assert len(new_ids) == 3
    for path, rows in others.items():
        assert rows_of_document(db_path, ids[path]) == rows, f"records of the untouched {path} changed"
    stored = count(db_path, "select count(*) from document_texts where document_id = ? and text like '%Mill Lane potholes%'", (new_id,))
    assert stored == 1, "the new text is not stored"
    for table in FTS_TABLES:  # the FTS triggers removed the old rows too
        assert count(db_path, f"select count(*) from [{table}_fts]") == count(db_path, f"select count(*) from [{table}]")


def test_a_new_extractor_version_reextracts_everything(tmp_path, folder, monkeypatch):
    db_path = tmp_path / "minutes.db"
    ingest(db_path, folder)
    before = snapshot(db_path, drop=("ingested_at", "extractor_version"))

    set_extractor_version(monkeypatch, "99.0-test")
    freeze_clock(monkeypatch, FAR_FUTURE)
    summary = ingest(db_path, folder)

    assert (summary.ok, summary.unchanged) == (3, 0), summary.line()
    versions = {r[0] for r in sqlite3.connect(db_path).execute("select extractor_version from documents")}
    assert versions == {"99.0-test"}
    stamps = {r[0] for r in sqlite3.connect(db_path).execute("select ingested_at from documents")}
    assert stamps == {FAR_FUTURE.isoformat()}
    # same extractor code, so the same rows with the same (stable) ids
    assert snapshot(db_path, drop=("ingested_at", "extractor_version")) == before
    # and the new version is then current
    assert ingest(db_path, folder).unchanged == 3


def test_force_reextracts_with_stable_ids(tmp_path, folder):
    """Ids come from the content, so links into Datasette survive a re-extraction."""
    db_path = tmp_path / "minutes.db"
    ingest(db_path, folder)
    before = snapshot(db_path, drop=("ingested_at",))
    summary = ingest(db_path, folder, force=True)
    assert summary.ok == 3 and summary.unchanged == 0
    assert snapshot(db_path, drop=("ingested_at",)) == before


def test_an_older_database_gains_the_columns_of_a_new_model(tmp_path, monkeypatch):
    """A new extractor version that adds a field must be able to store it in an old database."""
    db_path = tmp_path / "minutes.db"
    open_db(db_path).close()

    class StatisticV2(records.Statistic):
        confidence: float | None = None

    import minutes_miner.store as store

    monkeypatch.setitem(store.RECORD_MODELS, "statistics", StatisticV2)
    db = open_db(db_path)
    assert db["statistics"].columns_dict.get("confidence") is float


def test_ingest_into_a_database_made_by_an_older_version(tmp_path, folder):
    """Columns added since (documents.venue, document_texts.page_starts, statistics.period) come back."""
    db_path = tmp_path / "old.db"
    open_db(db_path).close()
    conn = sqlite3.connect(db_path)
    dropped = [("documents", "venue"), ("document_texts", "page_starts"), ("statistics", "period")]
    for table, column in dropped:
        assert column in [r[1] for r in conn.execute(f"pragma table_info([{table}])")], f"{table}.{column} is gone: update the test"
        conn.execute(f"alter table [{table}] drop column [{column}]")
    conn.commit()
    conn.close()

    summary = ingest(db_path, folder)
    assert (summary.ok, summary.errors) == (3, 0), summary.line()
    db = sqlite_utils.Database(db_path)
    for table, column in dropped:
        assert column in db[table].columns_dict, f"{table}.{column} was not added back"


# --- one transaction per document -------------------------------------------------------


def test_a_crash_mid_document_leaves_every_stored_document_whole(tmp_path, folder, monkeypatch):
    files = list(iter_files([str(folder)]))
    second = files[1]
    second_tables = [t for t, recs in extract_path(second).tables().items() if recs]
    assert len(second_tables) >= 2, f"{second} must give records in two tables to fail half-way; got {second_tables}"

    # What document 1 looks like stored on its own.
    reference = tmp_path / "reference.db"
    ingest_files(str(reference), files[:1], workers=1)
    first_id = document_ids(reference)[str(files[0])]
    expected_first = rows_of_document(reference, first_id)

    real_insert_all = sqlite_utils.db.Table.insert_all
    state = {"documents": 0, "record_tables": 0, "failed": False}

    def insert_all(self, rows, *args, **kwargs):
        rows = list(rows)
        if self.name == "documents":
            state["documents"] += 1
            state["record_tables"] = 0
        elif self.name in RECORD_TABLES and rows and state["documents"] == 2:
            state["record_tables"] += 1
            if state["record_tables"] == 2:  # after documents, its text and one record table
                state["failed"] = True
                raise sqlite3.OperationalError("disk I/O error (simulated)")
        return real_insert_all(self, rows, *args, **kwargs)

    monkeypatch.setattr(sqlite_utils.db.Table, "insert_all", insert_all)
    db_path = tmp_path / "minutes.db"
    with pytest.raises(sqlite3.OperationalError, match="simulated"):
        ingest_files(str(db_path), files, workers=1)
    assert state["failed"]
    monkeypatch.undo()

    stored = document_ids(db_path)
    assert set(stored) == {str(files[0])}, "only the first document may be stored"
    got_first = rows_of_document(db_path, first_id)
    assert _without_ingested_at(got_first) == _without_ingested_at(expected_first), "the first document is not whole"
    second_id = hashlib.sha256(second.read_bytes()).hexdigest()
    leftovers = {t: rows for t, rows in rows_of_document(db_path, second_id).items() if rows}
    assert not leftovers, f"partial rows of the failed document: {sorted(leftovers)}"
    for table in FTS_TABLES:
        assert count(db_path, f"select count(*) from [{table}_fts]") == count(db_path, f"select count(*) from [{table}]")

    # The next run picks up where the crash left off.
    summary = ingest_files(str(db_path), files, workers=1)
    assert (summary.unchanged, summary.ok) == (1, 2), summary.line()
    assert set(document_ids(db_path)) == {str(f) for f in files}


def _without_ingested_at(tables: dict[str, list[tuple]]) -> dict[str, list[tuple]]:
    return {t: [tuple(kv for kv in row if kv[0] != "ingested_at") for row in rows] for t, rows in tables.items()}


def test_records_that_break_a_constraint_make_an_error_document_and_the_batch_goes_on(tmp_path, folder, monkeypatch):
    """Two records with one id (an extractor bug on one file) must not stop the batch."""
    import minutes_miner.extraction as extraction

    files = list(iter_files([str(folder)]))
    real = extraction.extract_path

    def duplicate_ids(path, data=None, **options):
        result = real(path, data, **options)
        if Path(path) == files[1]:
            assert result.resolutions, "the second excerpt must give a resolution"
            result.resolutions.append(result.resolutions[0].model_copy())
        return result

    monkeypatch.setattr(extraction, "extract_path", duplicate_ids)
    db_path = tmp_path / "minutes.db"
    summary = ingest_files(str(db_path), files, workers=1)
    assert (summary.ok, summary.errors) == (2, 1), summary.line()
    row = sqlite_utils.Database(db_path)["documents"].get(hashlib.sha256(files[1].read_bytes()).hexdigest())
    assert row["status"] == "error" and "\n" not in row["error"] and "resolutions.id" in row["error"]
    assert count(db_path, "select count(*) from resolutions where document_id = ?", (row["id"],)) == 0


# --- foreign keys -----------------------------------------------------------------------


def test_foreign_keys_are_declared(tmp_path, folder):
    db_path = tmp_path / "minutes.db"
    ingest(db_path, folder)
    db = sqlite_utils.Database(db_path)
    for table in [*PUBLIC_COLUMNS, "votes", "action_updates", "acronyms", "document_texts"]:
        fks = set(db[table].foreign_keys)
        if "document_id" in db[table].columns_dict:
            assert ForeignKey(table, "document_id", "documents", "id") in fks, f"{table}.document_id"
        if "agenda_item_id" in db[table].columns_dict:
            assert ForeignKey(table, "agenda_item_id", "agenda_items", "id") in fks, f"{table}.agenda_item_id"
    assert ForeignKey("votes", "resolution_id", "resolutions", "id") in set(db["votes"].foreign_keys)
    assert ForeignKey("actions", "person_id", "people", "id") in set(db["actions"].foreign_keys)
    assert ForeignKey("agreed_comments", "resolution_id", "resolutions", "id") in set(db["agreed_comments"].foreign_keys)
    assert ForeignKey("action_updates", "action_id", "actions", "id") in set(db["action_updates"].foreign_keys)


def test_foreign_keys_are_enforced_on_the_store_connection(tmp_path, folder):
    db_path = tmp_path / "minutes.db"
    ingest(db_path, folder)
    db = open_db(db_path)
    with pytest.raises(sqlite3.IntegrityError):
        db["actions"].insert(
            {
                "id": "orphan",
                "document_id": "no-such-document",
                "char_start": 0,
                "char_end": 1,
                "sentence": "x",
                "description": "x",
                "status": "open",
            }
        )
    stored_doc = next(iter(document_ids(db_path).values()))
    with pytest.raises(sqlite3.IntegrityError):
        db["statistics"].insert(
            {
                "id": "orphan",
                "document_id": stored_doc,
                "agenda_item_id": "no-such-item",
                "char_start": 0,
                "char_end": 1,
                "sentence": "x",
                "value": 1.0,
                "unit": "count",
                "text": "x",
            }
        )


def test_a_new_database_s_schema_made_in_one_transaction_is_the_one_made_statement_by_statement(tmp_path):
    """open_db writes a new database's schema in one transaction (issue 12: a fixed cost of every ingest); the schema is the same."""
    from minutes_miner.store import ensure_schema

    open_db(tmp_path / "one.db").conn.close()
    plain = sqlite_utils.Database(tmp_path / "plain.db")
    plain.execute("pragma journal_mode = wal")
    ensure_schema(plain)
    plain.conn.close()

    def schema(name: str) -> list:
        conn = sqlite3.connect(tmp_path / name)
        try:
            return sorted(conn.execute("select type, name, tbl_name, sql from sqlite_master").fetchall())
        finally:
            conn.close()

    made = schema("one.db")
    assert made == schema("plain.db")
    assert {"documents", "resolutions", "actions", "statistics"} <= {name for kind, name, _, _ in made if kind == "table"}
    assert any(kind == "view" for kind, *_ in made) and any(kind == "trigger" for kind, *_ in made)
