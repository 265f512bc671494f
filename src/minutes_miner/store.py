"""Store: records into SQLite with sqlite-utils, one transaction per document.

Table and column names here are a public interface: SQL users and Datasette queries
depend on them. Ingest is idempotent (same bytes, same extractor version: nothing to do)
and incremental (a changed file replaces its own rows; a new extractor version re-extracts).
"""

from __future__ import annotations

import json
import types
import typing
from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils

from . import EXTRACTOR_VERSION
from .meetings import Part, ensure_meeting_tables, forget_document, part_of, place_document
from .records import Record
from .tables import DOCUMENT_RECORD_TABLES, FTS_COLUMNS, RECORD_MODELS, SPECS
from .views import create_views

if TYPE_CHECKING:  # only a type here: the extractor's imports are not needed to open a database
    from .extraction import Extraction

# Tables holding one document's records, children first (deleted in this order); the
# declarations in tables.py say which they are, their keys and their full-text columns.
RECORD_TABLES = DOCUMENT_RECORD_TABLES


def _sql_type(annotation) -> type:
    """Map a Pydantic field type to the Python type sqlite-utils turns into a column type."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _sql_type(args[0]) if args else str
    if origin is typing.Literal:
        return type(typing.get_args(annotation)[0])
    if origin in (list, dict):
        return str
    if annotation is bool:
        return int
    if annotation in (int, float, str):
        return annotation
    return str


def _columns(model: type[Record], skip: set[str] = frozenset()) -> dict[str, type]:
    return {name: _sql_type(f.annotation) for name, f in model.model_fields.items() if name not in skip}


def open_db(path: str | Path) -> sqlite_utils.Database:
    # execute_plugins=False: sqlite-utils' own plugins (a prepare_connection hook) are for its
    # command line; finding them reads every installed package's entry points, about 0.04 CPU s
    # of every command (issue 12), and nothing here calls a function a plugin would add
    db = sqlite_utils.Database(path, execute_plugins=False)
    db.execute("pragma journal_mode = wal")
    db.execute("pragma foreign_keys = on")
    with db.atomic():  # one transaction: a new database's ~130 tables, indexes, triggers and views are committed (and synced) once, not each on its own
        ensure_schema(db)
    return db


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create every table, foreign key, full-text index and view that is missing."""
    if "documents" not in db.table_names():
        db["documents"].create(_columns(RECORD_MODELS["documents"], {"text"}) | {"details": str}, pk="id")
        db["documents"].create_index(["path"])
    else:
        _add_missing_columns(db, "documents", _columns(RECORD_MODELS["documents"], {"text"}) | {"details": str})
    if "document_texts" not in db.table_names():
        db["document_texts"].create({"document_id": str, "text": str, "page_starts": str}, pk="document_id", foreign_keys=[("document_id", "documents", "id")])
    else:
        _add_missing_columns(db, "document_texts", {"document_id": str, "text": str, "page_starts": str})
    if "meetings" not in db.table_names() and "documents" in db.table_names():
        # Made before meetings existed: its documents have no meeting and copies hold
        # records twice. Forget their version so that the next ingest re-extracts them all.
        db.execute("update documents set extractor_version = null")
    ensure_meeting_tables(db)
    existing = set(db.table_names())
    for table in reversed(RECORD_TABLES):
        if table in existing:
            _add_missing_columns(db, table, _columns(RECORD_MODELS[table]))
            continue
        columns = _columns(RECORD_MODELS[table])
        fks = [(col, other) for col, other, _ in SPECS[table].foreign_keys]
        pk = "id" if "id" in columns else None
        db[table].create(columns, pk=pk, foreign_keys=fks)
        for col in ("document_id", "agenda_item_id", "resolution_id", "action_id", "meeting_id"):
            if col in columns:
                db[table].create_index([col])
    for table, columns in FTS_COLUMNS.items():
        if f"{table}_fts" not in db.table_names():
            db[table].enable_fts(columns, create_triggers=True, tokenize="porter")
    create_views(db)


def _add_missing_columns(db: sqlite_utils.Database, table: str, columns: dict[str, type]) -> None:
    """Bring a table made by an older minutes-miner up to the current model.

    A new extractor version usually adds fields; its re-extraction must be able to store
    them in a database created before, so missing columns are added (never dropped).
    """
    have = set(db[table].columns_dict)
    for name, col_type in columns.items():
        if name not in have:
            db[table].add_column(name, col_type)


def _delete_document(db: sqlite_utils.Database, doc_id: str) -> list[str]:
    """Delete a document and its records; return the paths of its copies, to extract again."""
    orphans = forget_document(db, doc_id)
    db.execute("delete from votes where resolution_id in (select id from resolutions where document_id = ?)", [doc_id])
    db.execute("delete from action_updates where action_id in (select id from actions where document_id = ?)", [doc_id])
    for table in RECORD_TABLES:
        if "document_id" not in RECORD_MODELS[table].model_fields:
            continue  # votes: deleted with their resolutions above
        db.execute(f"delete from [{table}] where document_id = ?", [doc_id])
    db.execute("delete from document_texts where document_id = ?", [doc_id])
    db.execute("delete from documents where id = ?", [doc_id])
    return orphans


def _rows(records: list[Record]) -> list[dict]:
    rows = []
    for record in records:
        row = record.model_dump()
        for key, value in row.items():
            if isinstance(value, (list, dict)):
                row[key] = json.dumps(value, ensure_ascii=False)
        rows.append(row)
    return rows


def save_extraction(db: sqlite_utils.Database, extraction: Extraction) -> list[str]:
    """Replace everything stored for this document (and for an older file at its path) at once.

    One transaction: a crash leaves either the old rows or the new rows, never half. The
    document is placed in its meeting(s) first; the records of a part that is a copy of
    content already stored are not stored again. Returns the paths of copies whose
    primary this replaced (they hold no records and must be extracted again).
    """
    doc = extraction.document
    orphans: list[str] = []
    with db.atomic():
        for row in db.query("select id from documents where path = ? and id != ?", [doc.path, doc.id]):
            orphans += _delete_document(db, row["id"])
        orphans += _delete_document(db, doc.id)
        doc_row = doc.model_dump(exclude={"text"})
        doc_row["details"] = json.dumps(extraction.details, ensure_ascii=False) if extraction.details else None
        db["documents"].insert(doc_row)
        if doc.text is not None:
            db["document_texts"].insert({"document_id": doc.id, "text": doc.text, "page_starts": json.dumps(extraction.page_starts)})
        parts = place_document(db, doc_row, doc.text)
        db.execute("update documents set meeting_id = ?, copy_of = ? where id = ?", [parts[0].meeting_id, parts[0].copy_of, doc.id])
        if extraction.spill is not None and not any(part.copy_of for part in parts):
            _insert_batches(db, extraction, parts)
        else:
            for table, rows in _kept_rows(extraction, parts).items():
                if rows:
                    db[table].insert_all(rows, batch_size=500)
    return [path for path in orphans if path != doc.path]


def _insert_batches(db: sqlite_utils.Database, extraction: Extraction, parts: list[Part]) -> None:
    """A long document's records, a batch at a time from its spill (spill.py), stamped with their meeting.

    The same rows in the same order as _kept_rows gives when no part is a copy (the only case
    this is used for), without holding every record of the document at once.
    """
    for table, batches in extraction.table_batches():
        for batch in batches:
            rows = _rows(batch)
            for row in rows:
                if "char_start" in row and "meeting_id" in row:
                    row["meeting_id"] = part_of(parts, row["char_start"]).meeting_id
            if rows:
                db[table].insert_all(rows, batch_size=500)


def _kept_rows(extraction: Extraction, parts: list[Part]) -> dict[str, list[dict]]:
    """Each table's rows stamped with their meeting, without the records of copied parts."""
    if parts[0].copy_of:
        return {}  # the whole document is a copy: its records are already stored
    tables = {table: _rows(records) for table, records in extraction.tables().items()}
    dropped: dict[str, set[str]] = {}
    for table, rows in tables.items():
        kept = []
        for row in rows:
            if "char_start" in row and "meeting_id" in row:
                part = part_of(parts, row["char_start"])
                if part.copy_of:
                    dropped.setdefault(table, set()).add(row.get("id"))
                    continue
                row["meeting_id"] = part.meeting_id
            kept.append(row)
        tables[table] = kept
    gone = {key: dropped.get(table, set()) for key, table in (("resolution_id", "resolutions"), ("person_id", "people"), ("agenda_item_id", "agenda_items"))}
    tables["votes"] = [v for v in tables.get("votes", []) if v["resolution_id"] not in gone["resolution_id"]]
    for rows in tables.values():  # a kept record that pointed into a copied part loses that link
        for row in rows:
            for key, ids in gone.items():
                if ids and row.get(key) in ids:
                    row[key] = None
    return tables


def stored_status(db: sqlite_utils.Database, doc_id: str) -> str | None:
    """'ok' or 'error' when these bytes are stored by this extractor version, else None (extract them)."""
    rows = list(db.query("select status, extractor_version from documents where id = ?", [doc_id]))
    return rows[0]["status"] if rows and rows[0]["extractor_version"] == EXTRACTOR_VERSION else None


def get_state(db: sqlite_utils.Database, key: str) -> str | None:
    """A value of the store's own bookkeeping (table `_minutes_state`), e.g. whether linking is stale."""
    if "_minutes_state" not in db.table_names():
        return None
    rows = list(db.query("select value from _minutes_state where key = ?", [key]))
    return rows[0]["value"] if rows else None


def set_state(db: sqlite_utils.Database, key: str, value: str) -> None:
    with db.atomic():
        db["_minutes_state"].upsert({"key": key, "value": value}, pk="key")
