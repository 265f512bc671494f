"""Meetings: which meeting each document (and each part of it) records, and copies.

A meeting is a council's body meeting on a date. Every stored document is linked to its
meeting (documents.meeting_id); `meeting_documents` lists every source of a meeting, so
the printed minutes and the copy reprinted in the next agenda pack are both listed while
their records are stored once. Two facts decide this, read from the content:

- a document (or part of one) whose words are the same as an already stored document or
  part (fingerprint.py) is a copy: it gets no records of its own and joins that meeting;
- an agenda pack that reprints the previous meeting's minutes (a dated heading followed by
  an attendance list, earlier than the pack's meeting) gives that part, and the records in
  it, to the earlier meeting.

Everything here runs inside the store's transaction for one document.
"""

from __future__ import annotations

import json
import re

import sqlite_utils

from . import council_names, fingerprint
from .meeting_parts import Part, document_parts, part_of, previous_minutes_sections  # noqa: F401 - imported from here
from .meeting_parts import meeting_rules as _rules
from .records import Meeting, make_id
from .tables import TABLES

MEETING_TABLES = {
    "meetings": {"id": str, "council": str, "body": str, "date": str, "documents": int, "minutes": int, "council_key": str, "body_key": str},
    "meeting_documents": {"meeting_id": str, "document_id": str, "role": str, "char_start": int, "char_end": int, "copy_of": str, "repeats_of": str},
    "fingerprints": {
        "id": str,
        "document_id": str,
        "meeting_id": str,
        "char_start": int,
        "char_end": int,
        "signature": str,
        "council_key": str,
        "meeting_date": str,
        "role": str,
    },
    "fingerprint_bands": {"fingerprint_id": str, "band_key": str},
}


def ensure_meeting_tables(db: sqlite_utils.Database) -> None:
    """The meetings tables and the indexes that keep lookups and the views fast."""
    existing = set(db.table_names())
    if "meetings" not in existing:
        db["meetings"].create(MEETING_TABLES["meetings"], pk="id")
        db["meetings"].create_index(["council_key", "body_key", "date"])
    if "meeting_documents" not in existing:
        db["meeting_documents"].create(
            MEETING_TABLES["meeting_documents"],
            pk=("meeting_id", "document_id", "char_start"),
            foreign_keys=[("meeting_id", "meetings", "id"), ("document_id", "documents", "id")],
        )
        db["meeting_documents"].create_index(["document_id"])
    if "fingerprints" not in existing:
        db["fingerprints"].create(MEETING_TABLES["fingerprints"], pk="id", foreign_keys=[("document_id", "documents", "id")])
        db["fingerprints"].create_index(["document_id"])
    if "fingerprint_bands" not in existing:
        db["fingerprint_bands"].create(MEETING_TABLES["fingerprint_bands"], foreign_keys=[("fingerprint_id", "fingerprints", "id")])
        db["fingerprint_bands"].create_index(["band_key"])
        db["fingerprint_bands"].create_index(["fingerprint_id"])
    for table, columns in MEETING_TABLES.items():  # a database made by an earlier version
        have = set(db[table].columns_dict)
        for name, col_type in columns.items():
            if name not in have:
                db[table].add_column(name, col_type)
    # forget_document looks up the copies and repeats of a document on every store: by index, not by scanning every source
    for column in ("copy_of", "repeats_of"):
        db.execute(f"create index if not exists idx_meeting_documents_{column} on meeting_documents({column})")


def name_key(name: str | None, drop: tuple[str, ...] = ()) -> str:
    """A council or body name as a key: lower-case words without 'the', 'of', 'meeting' ..."""
    if not name:
        return ""
    ignored = _rules()["ignored"] | set(drop)
    return " ".join(w for w in re.findall(r"[a-z0-9]+", name.lower()) if w not in ignored)


def meeting_id_for(council: str | None, body: str | None, meeting_date: str | None) -> str | None:
    """The same council, body and date are one meeting; without a date or a name, no meeting."""
    council_key, body_key = name_key(council), name_key(body)
    if not meeting_date or not (council_key or body_key):
        return None
    return make_id("meeting", council_key, body_key, meeting_date)


# --- copies ---------------------------------------------------------------------------------


def find_copy(db: sqlite_utils.Database, sig: list[int], doc_id: str, council_key: str = "", part: Part | None = None) -> dict | None:
    """The stored fingerprint (of another document) with the same content, if any.

    Same words are not enough when what is known says otherwise: two parish councils that
    share a clerk publish near-identical minutes, and one body's minutes of two dates
    can share most of their wording. A stored part of another council, or minutes of
    another date, is never the same publication.
    """
    keys = fingerprint.band_keys(sig)
    marks = ",".join("?" * len(keys))
    best = None
    for row in db.query(
        f"select distinct f.id, f.document_id, f.meeting_id, f.signature, f.council_key, f.meeting_date, f.role "
        f"from fingerprint_bands b join fingerprints f on f.id = b.fingerprint_id "
        f"where b.band_key in ({marks}) and f.document_id != ?",
        [*keys, doc_id],
    ):
        if council_key and row["council_key"] and council_key != row["council_key"]:
            continue
        if (
            part
            and _is_minutes(part.role)
            and _is_minutes(row["role"])
            and part.meeting_date
            and row["meeting_date"]
            and part.meeting_date != row["meeting_date"]
        ):
            continue
        score = fingerprint.similarity(sig, json.loads(row["signature"]))
        if score >= fingerprint.SAME_CONTENT and (best is None or score > best[0]):
            best = (score, row)
    return best[1] if best else None


def _is_minutes(role: str | None) -> bool:
    return role in ("minutes", "previous minutes")


def _store_fingerprint(db: sqlite_utils.Database, doc_id: str, part: Part, sig: list[int], council_key: str) -> None:
    fid = make_id("fingerprint", doc_id, part.start)
    db["fingerprints"].insert(
        {
            "id": fid,
            "document_id": doc_id,
            "meeting_id": part.meeting_id,
            "char_start": part.start,
            "char_end": part.end,
            "signature": json.dumps(sig),
            "council_key": council_key,
            "meeting_date": part.meeting_date,
            "role": part.role,
        },
        replace=True,
    )
    db["fingerprint_bands"].insert_all({"fingerprint_id": fid, "band_key": key} for key in fingerprint.band_keys(sig))


# --- placing a document ---------------------------------------------------------------------


def place_document(db: sqlite_utils.Database, doc: dict, text: str | None) -> list[Part]:
    """Decide the meeting and copy status of each part of a document being stored.

    Returns the parts (the whole first); the caller drops the records of parts that are
    copies and stamps each kept record with its part's meeting_id.
    """
    if not text or doc.get("status") != "ok":
        return [Part(0, 0, doc.get("meeting_date"), doc.get("doc_type") or "other")]
    parts = document_parts(text, doc)
    for index, part in enumerate(parts):
        part.meeting_id = meeting_id_for(doc.get("council"), doc.get("body"), part.meeting_date)
        if part.meeting_id is None and index == 0 and doc.get("doc_type") == "minutes":
            part.meeting_id = make_id("meeting", "document", doc["id"])  # minutes always record a meeting
        sig = fingerprint.signature(text[part.start : part.end])
        match = find_copy(db, sig, doc["id"], name_key(doc.get("council")), part) if sig else None
        if match:
            part.copy_of = match["document_id"]
            if match["meeting_id"] and (_is_minutes(part.role) or part.meeting_id is None):
                part.meeting_id = match["meeting_id"]  # the same minutes are the same meeting, whatever this copy's heading said
        elif sig:
            _store_fingerprint(db, doc["id"], part, sig, name_key(doc.get("council")))
    for part in parts:
        if part.meeting_id:
            _ensure_meeting(db, part.meeting_id, doc, part.meeting_date)
            db["meeting_documents"].insert(
                {
                    "meeting_id": part.meeting_id,
                    "document_id": doc["id"],
                    "role": part.role,
                    "char_start": part.start,
                    "char_end": part.end,
                    "copy_of": part.copy_of,
                },
                replace=True,
            )
    for meeting_id in {p.meeting_id for p in parts if p.meeting_id}:
        recount(db, meeting_id)
    return parts


def _ensure_meeting(db: sqlite_utils.Database, meeting_id: str, doc: dict, meeting_date: str | None) -> None:
    if db.execute("select 1 from meetings where id = ?", [meeting_id]).fetchone():
        return
    row = Meeting(id=meeting_id, council=doc.get("council"), body=doc.get("body"), date=meeting_date)
    db["meetings"].insert(row.model_dump() | {"council_key": name_key(doc.get("council")), "body_key": name_key(doc.get("body"))})


def recount(db: sqlite_utils.Database, meeting_id: str) -> None:
    """Keep a meeting's document counts right, and drop a meeting left without sources."""
    docs, minutes = db.execute(
        "select count(distinct md.document_id), count(distinct case when md.role in ('minutes', 'previous minutes') then md.document_id end) "
        "from meeting_documents md where md.meeting_id = ?",
        [meeting_id],
    ).fetchone()
    if docs:
        db.execute("update meetings set documents = ?, minutes = ? where id = ?", [docs, minutes, meeting_id])
    else:
        db.execute("delete from meetings where id = ?", [meeting_id])


def forget_document(db: sqlite_utils.Database, doc_id: str) -> list[str]:
    """Remove a document from its meetings; return the paths of copies that relied on it.

    Those copies hold no records of their own, so they must be extracted again (the caller
    does it) to become the primary source or a copy of another.
    """
    meetings = [r[0] for r in db.execute("select distinct meeting_id from meeting_documents where document_id = ?", [doc_id])]
    db.execute("delete from fingerprint_bands where fingerprint_id in (select id from fingerprints where document_id = ?)", [doc_id])
    db.execute("delete from fingerprints where document_id = ?", [doc_id])
    orphans = [
        r[0]
        for r in db.execute(
            "select distinct d.path from meeting_documents md join documents d on d.id = md.document_id "
            "where (md.copy_of = ? or md.repeats_of = ?) and md.document_id != ?",
            [doc_id, doc_id, doc_id],
        )
    ]
    db.execute(
        "update documents set extractor_version = null where id in (select document_id from meeting_documents "
        "where (copy_of = ? or repeats_of = ?) and document_id != ?)",
        [doc_id, doc_id, doc_id],
    )
    db.execute("delete from meeting_documents where document_id = ?", [doc_id])
    for meeting_id in meetings:
        recount(db, meeting_id)
    return orphans


# --- after an ingest ------------------------------------------------------------------------

# Every stored record that carries its meeting (amendments too, which the list written out by hand missed).
RECORDS_WITH_MEETING = tuple(spec.name for spec in TABLES if spec.stored == "extraction" and "meeting_id" in spec.model.model_fields)


def consolidate(db: sqlite_utils.Database, moved: list | None = None, meeting_ids: list[str] | None = None) -> int:
    """Give a document that names no council (or no body) to the one meeting it must be.

    A report without its council's name, presented to the Cabinet on a date when exactly
    one stored council's Cabinet met, belongs to that meeting; the same for a document of a
    council that names no body, when that council has exactly one meeting on the date.
    With two candidates nothing is merged: no meeting is better than a wrong one.
    Runs over the whole database after an ingest, so the order files came in does not matter.
    moved, when given, receives (the merged meeting's row, the id it was merged into).
    meeting_ids: the meetings whose sources changed since the last run (None: all); only they
    and the meetings merged into can hold a record twice, so only they are looked at for repeats.
    """
    moves: list = []
    merged = name_councils(db, moves)
    drop_repeated_records(db, None if meeting_ids is None else [*meeting_ids, *(new for _, new in moves)])
    named = len(moves)
    for row in list(db.query("select id, council_key, body_key, date from meetings where date is not null and (council_key = '' or body_key = '')")):
        if row["council_key"] == "" and row["body_key"]:
            sql = "select id from meetings where body_key = ? and date = ? and council_key != '' and id != ?"
            params = [row["body_key"], row["date"], row["id"]]
        elif row["body_key"] == "" and row["council_key"]:
            sql = "select id from meetings where council_key = ? and date = ? and body_key != '' and id != ?"
            params = [row["council_key"], row["date"], row["id"]]
        else:
            continue
        targets = [r[0] for r in db.execute(sql, params)]
        if len(targets) == 1:
            _move_meeting(db, row["id"], targets[0])
            merged += 1
            moves.append((row, targets[0]))
    if len(moves) > named:
        drop_repeated_records(db, [new for _, new in moves[named:]])  # a merged meeting now holds both sources' records
    drop_paper_only_meetings(db)
    if moved is not None:
        moved.extend(moves)
    return merged


def drop_paper_only_meetings(db: sqlite_utils.Database) -> int:
    """A report or appendix that names no body and matches no stored meeting on its date is not
    evidence of a meeting (its date may be a consultation's or a plan's): it is left without
    one rather than counted as a meeting of its council. Returns the meetings dropped."""
    rows = db.execute(
        "select id from meetings m where body_key = '' and not exists (select 1 from meeting_documents md "
        "where md.meeting_id = m.id and md.role not in ('report', 'other'))"
    ).fetchall()
    for (meeting_id,) in rows:
        db.execute("update documents set meeting_id = null where meeting_id = ?", [meeting_id])
        for table in RECORDS_WITH_MEETING:
            db.execute(f"update [{table}] set meeting_id = null where meeting_id = ?", [meeting_id])
        db.execute("update fingerprints set meeting_id = null where meeting_id = ?", [meeting_id])
        db.execute("delete from meeting_documents where meeting_id = ?", [meeting_id])
        db.execute("delete from meetings where id = ?", [meeting_id])
    return len(rows)


def name_councils(db: sqlite_utils.Database, moved: list | None = None) -> int:
    """Councils settled over the whole database (council_names.py): a paper filed with its
    authority's papers gets that authority, one authority gets one name; each meeting whose
    council changed moves to the meeting it now is. Returns the meetings moved."""
    filled = council_names.fill_councils_from_folders(db)
    renames = council_names.unify_council_names(db)
    body_renames = council_names.unify_body_names(db, renames)
    if not filled and not renames and not body_renames:
        return 0
    count = 0
    for row in list(db.query("select id, council, body, date, council_key, body_key from meetings")):
        council = renames.get(row["council"], row["council"]) if row["council"] else _only_council_of(db, row["id"])
        body = renames.get(row["body"], row["body"])
        body = body_renames.get((council, body), body)
        if (council, body) == (row["council"], row["body"]):
            continue
        new_id = meeting_id_for(council, body, row["date"]) if row["date"] else row["id"]
        if new_id == row["id"]:
            db.execute(
                "update meetings set council = ?, council_key = ?, body = ?, body_key = ? where id = ?",
                [council, name_key(council), body, name_key(body), row["id"]],
            )
            continue
        _ensure_meeting(db, new_id, {"council": council, "body": body}, row["date"])
        _move_meeting(db, row["id"], new_id)
        count += 1
        if moved is not None:
            moved.append(({k: row[k] for k in ("id", "council_key", "body_key", "date")}, new_id))
    return count


REPEATABLE = {"resolutions": ("text", "votes", "resolution_id"), "actions": ("description", "action_updates", "action_id")}


def drop_repeated_records(db: sqlite_utils.Database, meeting_ids: list[str] | None = None) -> int:
    """One meeting, each decision and action once: two different records of the same meeting
    (Winnipeg's 'disposition of items' and its Hansard) may both state a decision; the repeat
    in the later-sorting source goes (minutes before other papers, then by id), and that
    source is marked (meeting_documents.repeats_of) so it is extracted again should the
    keeping source be removed. Only the meetings given are looked at (None: every meeting).
    Returns the records dropped."""
    dropped = 0
    scope, params = ("", []) if meeting_ids is None else (" and meeting_id in (select value from json_each(?))", [json.dumps(sorted(set(meeting_ids)))])
    for table, (column, child, child_key) in REPEATABLE.items():
        repeats = db.execute(
            f"select r.id, r.meeting_id, r.document_id, lower(trim(r.[{column}])) as words from [{table}] r "
            f"where r.meeting_id in (select meeting_id from [{table}] where meeting_id is not null{scope} "
            f"group by meeting_id, lower(trim([{column}])) having count(distinct document_id) > 1)",
            params,
        ).fetchall()
        kept: dict[tuple[str, str], str] = {}
        for record_id, meeting_id, document_id, words in sorted(repeats, key=lambda r: (r[1], _source_rank(db, r[1], r[2]), r[2])):
            keeper = kept.setdefault((meeting_id, words), document_id)
            if keeper == document_id:
                continue
            db.execute(f"delete from [{child}] where [{child_key}] = ?", [record_id])
            db.execute(f"delete from [{table}] where id = ?", [record_id])
            db.execute("update meeting_documents set repeats_of = ? where meeting_id = ? and document_id = ?", [keeper, meeting_id, document_id])
            dropped += 1
    return dropped


def _source_rank(db: sqlite_utils.Database, meeting_id: str, document_id: str) -> int:
    """0 for a meeting's minutes, 1 for its other papers."""
    roles = {r[0] for r in db.execute("select role from meeting_documents where meeting_id = ? and document_id = ?", [meeting_id, document_id])}
    return 0 if roles & {"minutes", "previous minutes"} else 1


def _only_council_of(db: sqlite_utils.Database, meeting_id: str) -> str | None:
    """The one council the sources of a meeting stored without a council now name."""
    names = [
        r[0]
        for r in db.execute(
            "select distinct d.council from meeting_documents md join documents d on d.id = md.document_id where md.meeting_id = ?", [meeting_id]
        )
    ]
    return names[0] if len(names) == 1 and names[0] else None


def _move_meeting(db: sqlite_utils.Database, old: str, new: str) -> None:
    db.execute("update or replace meeting_documents set meeting_id = ? where meeting_id = ?", [new, old])
    db.execute("update fingerprints set meeting_id = ? where meeting_id = ?", [new, old])
    db.execute("update documents set meeting_id = ? where meeting_id = ?", [new, old])
    for table in RECORDS_WITH_MEETING:
        db.execute(f"update [{table}] set meeting_id = ? where meeting_id = ?", [new, old])
    recount(db, new)
    recount(db, old)
