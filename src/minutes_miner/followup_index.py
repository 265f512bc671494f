"""What follow-up linking must redo after an ingest, and the indexes that keep it flat as an archive grows.

Linking one meeting depends only on its own sources and on the actions of earlier meetings of
the same body. So after an ingest only the meetings of the bodies that received documents, on
or after the earliest date touched, are linked again, and each of their update sentences looks
up the earlier actions it shares words with in `followup_terms` (a posting list per body and
pair of content words, with the action's meeting date) instead of comparing itself with every
earlier action. A sentence must share `min_shared_words` (2) words with an action to be linked
to it, so an action that shares no pair of words with it can never be its match; and only the
actions of the last `window_days` are candidates (the postings are read by term and date), so
the work per new meeting does not grow with the body's history.

How many later meetings an action has is not stored per action (a new meeting would change
every earlier action's count): each meeting's rank in its body (`followup_meetings`: how many
meetings of the body with minutes were held on or before its date) and each body's total
(`followup_scopes`) are stored, and later_meetings = total - rank (`later_meetings_sql`).
Appending a meeting ranks that meeting and changes one total per council of its body.
"""

from __future__ import annotations

import hashlib
import itertools
import sqlite3
from datetime import date, timedelta

import sqlite_utils

INDEX_VERSION = "2"
_SEP = "\x1f"
# A meeting that counts as a later meeting of the same body as meeting m (aliases n and m).
_SAME_SCOPE = "n.body_key = m.body_key and n.minutes > 0 and n.date is not null and (m.council_key = '' or n.council_key in (m.council_key, ''))"


def rules_version(rules_text: str) -> str:
    """Changing the follow-up rules or the index layout makes the stored links stale: relink all."""
    return hashlib.sha256((INDEX_VERSION + rules_text).encode()).hexdigest()[:16]


def ensure_rank_tables(db: sqlite_utils.Database) -> None:
    """The tables later_meetings is computed from (the outstanding_actions view reads them), and
    `followup_unlinked`: the actions that lost a report since linking last ran (a document
    stored again deletes the reports it made), whose status linking must settle again."""
    db.execute("create table if not exists followup_meetings (meeting_id text primary key, body_key text, council_key text, rank integer)")
    db.execute("create table if not exists followup_scopes (body_key text, council_key text, total integer, primary key (body_key, council_key))")
    db.execute("create table if not exists followup_unlinked (action_id text primary key)")
    if "action_updates" in db.table_names():
        db.execute(
            "create trigger if not exists followup_unlinked_ad after delete on action_updates "
            "begin insert or ignore into followup_unlinked (action_id) values (old.action_id); end"
        )


def take_unlinked(db: sqlite_utils.Database) -> set[str]:
    """The actions that lost a report since the last call (followup_unlinked), emptied."""
    found = {r[0] for r in db.execute("select action_id from followup_unlinked")}
    db.execute("delete from followup_unlinked")
    return found


def later_meetings_sql(meeting_id: str) -> str:
    """SQL for how many later meetings of its body (with minutes) the meeting `meeting_id` has."""
    return (
        "coalesce((select fs.total - fm.rank from followup_meetings fm join followup_scopes fs "
        f"on fs.body_key = fm.body_key and fs.council_key = fm.council_key where fm.meeting_id = {meeting_id}), 0)"
    )


def ensure_index(db: sqlite_utils.Database, current: bool) -> bool:
    """Create the term index if missing or made by other rules (current False); True when it was (re)made, so empty."""
    ensure_rank_tables(db)
    if current and "followup_terms" in db.table_names():
        return False
    db.execute("drop table if exists followup_terms")
    db["followup_terms"].create({"term": str, "action_id": str, "meeting_id": str, "date": str})
    db["followup_terms"].create_index(["term", "date"])
    db["followup_terms"].create_index(["meeting_id"])
    if "later_meetings" in db["actions"].columns_dict:
        try:  # stored by older versions; now computed (later_meetings_sql)
            db.execute("alter table actions drop column later_meetings")
        except sqlite3.OperationalError:  # SQLite before 3.35 cannot drop a column: the stale one stays, unread
            pass
    if "idx_meetings_body_key_date" not in {i.name for i in db["meetings"].indexes}:
        db["meetings"].create_index(["body_key", "date"], index_name="idx_meetings_body_key_date")
    return True


def narrow_fts_update_trigger(db: sqlite_utils.Database, table: str, columns: list[str]) -> None:
    """Re-index a row's full text only when a searched column changes, not on every update.

    Linking rewrites the status of actions; with sqlite-utils' trigger (AFTER UPDATE ON the
    table) each of those writes also deleted and re-inserted the row in the full-text index.
    The full-text rows are the same either way.
    """
    row = db.execute("select sql from sqlite_master where type = 'trigger' and name = ?", [f"{table}_au"]).fetchone()
    plain = f'AFTER UPDATE ON "{table}"'
    if not row or plain not in row[0]:
        return
    narrowed = row[0].replace(plain, f'AFTER UPDATE OF {", ".join(chr(34) + c + chr(34) for c in columns)} ON "{table}"')
    db.execute(f'drop trigger "{table}_au"')
    db.execute(narrowed)


def terms(body_key: str, words: frozenset[str] | set[str], min_shared: int) -> set[str]:
    """Posting keys of a set of words: each pair of words (each word when one shared word is enough)."""
    ordered = sorted(words)
    if min_shared >= 2:
        return {body_key + _SEP + a + _SEP + b for a, b in itertools.combinations(ordered, 2)}
    return {body_key + _SEP + w for w in ordered}


def reindex(db: sqlite_utils.Database, meeting_ids: list[str] | None, words_of, min_shared: int) -> None:
    """Rebuild the postings of the actions of these meetings (None: of every meeting)."""
    if meeting_ids is None:
        db.execute("delete from followup_terms")
    else:
        for chunk in _chunks(meeting_ids):
            db.execute(f"delete from followup_terms where meeting_id in ({','.join('?' * len(chunk))})", chunk)
    rows = []
    chunks = [None] if meeting_ids is None else _chunks(meeting_ids)
    for chunk in chunks:
        where, params = ("", []) if chunk is None else (f" and a.id in ({','.join('?' * len(chunk))})", chunk)
        for r in db.execute(
            "select actions.id, actions.description, a.id, a.body_key, a.date from actions join meetings a on a.id = actions.meeting_id "
            "where a.body_key != '' and a.date is not null" + where,
            params,
        ):
            rows += [(t, r[0], r[2], r[4]) for t in terms(r[3], words_of(r[1]), min_shared)]
    if rows:
        db.conn.executemany("insert into followup_terms (term, action_id, meeting_id, date) values (?, ?, ?, ?)", rows)


def window_start(meeting_date: str, window_days: int) -> str:
    """The earliest meeting date whose actions a meeting on meeting_date can report on."""
    try:
        return (date.fromisoformat(meeting_date[:10]) - timedelta(days=window_days)).isoformat()
    except ValueError:
        return ""


def candidate_actions(db: sqlite_utils.Database, meeting: dict, keys: set[str], window_days: int) -> list[dict]:
    """Actions of earlier meetings of the meeting's body, in the last window_days, sharing a posting key.

    In a fixed order that does not depend on the order files were ingested in (earliest meeting,
    then place in its document), since the first of two equally good matches is kept.
    """
    ids: set[str] = set()
    since = window_start(meeting["date"], window_days)
    for chunk in _chunks(sorted(keys)):
        ids.update(
            r[0]
            for r in db.execute(
                f"select action_id from followup_terms where term in ({','.join('?' * len(chunk))}) and date >= ? and date < ?",
                [*chunk, since, meeting["date"]],
            )
        )
    found = []
    for chunk in _chunks(sorted(ids)):
        found += [
            dict(zip(("meeting_id", "char_start", "id", "owner", "description", "date", "council_key"), r))
            for r in db.execute(
                "select a.id, coalesce(actions.char_start, -1), actions.id, actions.owner, actions.description, a.date, a.council_key "
                f"from actions join meetings a on a.id = actions.meeting_id where actions.id in ({','.join('?' * len(chunk))}) "
                "and a.date < ? and (a.council_key = ? or a.council_key = '' or ? = '')",
                [*chunk, meeting["date"], meeting["council_key"], meeting["council_key"]],
            )
        ]
    return sorted(found, key=lambda r: (r["date"], r["meeting_id"], r["char_start"], r["id"]))


def dirty_meetings(db: sqlite_utils.Database, changed: list[dict] | None) -> tuple[list[dict], dict[str, str] | None]:
    """(linkable meetings to link again, {body: earliest date changed} for the ranks (None: all bodies)).

    A meeting is linked again when a meeting of its body (same council, or either without a
    council) on or before its date changed.
    """
    linkable = "minutes > 0 and body_key != '' and date is not null"
    if changed is None:
        return list(db.query(f"select id, council_key, body_key, date from meetings where {linkable} order by date")), None
    by_body: dict[str, list[dict]] = {}
    for row in changed:
        if row.get("body_key"):
            by_body.setdefault(row["body_key"], []).append(row)
    dirty: dict[str, dict] = {}
    bodies: dict[str, str] = {}
    for body, rows in by_body.items():
        earliest: dict[str, str] = {}  # council_key -> earliest date changed
        for r in rows:
            if r["date"] and (r["council_key"] not in earliest or r["date"] < earliest[r["council_key"]]):
                earliest[r["council_key"]] = r["date"]
        councils = {r["council_key"] for r in rows}
        overall = min(earliest.values(), default=None)
        if overall is None:
            continue
        bodies[body] = overall
        for m in db.query("select id, council_key, body_key, date, minutes from meetings where body_key = ? and date >= ?", [body, overall]):
            if not (m["council_key"] in councils or "" in councils or m["council_key"] == ""):
                continue
            since = overall if m["council_key"] == "" else min((d for d in (earliest.get(m["council_key"]), earliest.get("")) if d), default=None)
            if m["minutes"] and since and since <= m["date"]:
                dirty[m["id"]] = {k: m[k] for k in ("id", "council_key", "body_key", "date")}
    return sorted(dirty.values(), key=lambda m: m["date"]), bodies


def update_ranks(db: sqlite_utils.Database, changed_ids: list[str], bodies: dict[str, str] | None) -> None:
    """Rank again the meetings of these bodies on or after the date given (None: every meeting), and their totals.

    A meeting's rank (meetings of its body with minutes on or before its date) changes only when
    a meeting on or before its date changes, so appending a meeting ranks that meeting alone.
    """
    rank = f"(select count(*) from meetings n where {_SAME_SCOPE} and n.date <= m.date)"
    total = f"(select count(*) from meetings n where {_SAME_SCOPE})"
    ranks = (
        f"insert or replace into followup_meetings select m.id, m.body_key, m.council_key, {rank} from meetings m where m.body_key != '' and m.date is not null"
    )
    totals = f"insert into followup_scopes select m.body_key, m.council_key, {total} from (select distinct body_key, council_key from meetings where body_key != '' and date is not null"
    if bodies is None:
        db.execute("delete from followup_meetings")
        db.execute("delete from followup_scopes")
        db.execute(ranks)
        db.execute(totals + ") m")
        return
    for chunk in _chunks(changed_ids):
        db.execute(f"delete from followup_meetings where meeting_id in ({','.join('?' * len(chunk))})", chunk)
    for body, since in bodies.items():
        db.execute(ranks + " and m.body_key = ? and m.date >= ?", [body, since])
        db.execute("delete from followup_scopes where body_key = ?", [body])
        db.execute(totals + " and body_key = ?) m", [body])


def last_meetings(db: sqlite_utils.Database, bodies: list[str]) -> list[str]:
    """The meetings of these bodies that no later meeting of their body follows (later_meetings 0)."""
    found: list[str] = []
    for body in bodies:
        found += [
            r[0]
            for r in db.execute(
                "select fm.meeting_id from followup_meetings fm join followup_scopes fs on fs.body_key = fm.body_key and fs.council_key = fm.council_key "
                "where fm.body_key = ? and fm.rank >= fs.total",
                [body],
            )
        ]
    return found


def next_meeting_date(db: sqlite_utils.Database, meeting_id: str) -> str | None:
    """The date of the first later meeting of the meeting's body (with minutes), if one is stored."""
    row = db.execute(f"select min(n.date) from meetings m join meetings n on {_SAME_SCOPE} and n.date > m.date where m.id = ?", [meeting_id]).fetchone()
    return row[0] if row else None


def _chunks(items: list, size: int = 500) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)]
