"""What follow-up linking must redo after an ingest, and the index it looks earlier actions up in.

Linking one meeting depends only on its own sources and on the actions of earlier meetings of
the same body. So after an ingest only the meetings of the bodies that received documents, on
or after the earliest date touched, are linked again, and each of their update sentences looks
up the earlier actions it shares words with in `followup_terms` (a posting list per body and
pair of content words) instead of comparing itself with every earlier action. A sentence must
share `min_shared_words` (2) words with an action to be linked to it, so an action that shares
no pair of words with it can never be its match: the lookup finds exactly the actions the full
comparison could choose, and the output is the same as linking the whole database again.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
from dataclasses import dataclass, field

import sqlite_utils

INDEX_VERSION = "1"
_SEP = "\x1f"


@dataclass
class BodyMeetings:
    """The meetings of one body (every council), for counting later meetings by bisection."""

    linkable_dates: dict[str, list[str]] = field(default_factory=dict)  # council_key -> sorted dates with minutes
    all_dates: list[str] = field(default_factory=list)
    _merged: dict[str, list[str]] = field(default_factory=dict)

    def later_dates(self, council_key: str) -> list[str]:
        """Dates of meetings with minutes that count as the same body for a meeting of this council."""
        if council_key == "":
            return self.all_dates
        if council_key not in self._merged:
            self._merged[council_key] = sorted(self.linkable_dates.get(council_key, []) + self.linkable_dates.get("", []))
        return self._merged[council_key]


def rules_version(rules_text: str) -> str:
    """Changing the follow-up rules or the index layout makes the stored links stale: relink all."""
    return hashlib.sha256((INDEX_VERSION + rules_text).encode()).hexdigest()[:16]


def ensure_index(db: sqlite_utils.Database) -> bool:
    """Create the term index if missing; True when it had to be created (so it is empty)."""
    if "followup_terms" in db.table_names():
        return False
    db["followup_terms"].create({"term": str, "action_id": str, "meeting_id": str})
    db["followup_terms"].create_index(["term"])
    db["followup_terms"].create_index(["meeting_id"])
    if "idx_meetings_body_key_date" not in {i.name for i in db["meetings"].indexes}:
        db["meetings"].create_index(["body_key", "date"], index_name="idx_meetings_body_key_date")
    return True


def narrow_fts_update_trigger(db: sqlite_utils.Database, table: str, columns: list[str]) -> None:
    """Re-index a row's full text only when a searched column changes, not on every update.

    Linking rewrites status and later_meetings of every earlier action of a body when a
    meeting is added; with sqlite-utils' trigger (AFTER UPDATE ON the table) each of those
    writes also deleted and re-inserted the row in the full-text index, the larger part of the
    cost. The full-text rows are the same either way.
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
            "select actions.id, actions.description, a.id, a.body_key from actions join meetings a on a.id = actions.meeting_id "
            "where a.body_key != '' and a.date is not null" + where,
            params,
        ):
            rows += [(t, r[0], r[2]) for t in terms(r[3], words_of(r[1]), min_shared)]
    if rows:
        db.conn.executemany("insert into followup_terms (term, action_id, meeting_id) values (?, ?, ?)", rows)


def candidate_actions(db: sqlite_utils.Database, meeting: dict, keys: set[str]) -> list[dict]:
    """Actions of earlier meetings of the meeting's body sharing a posting key.

    In a fixed order that does not depend on the order files were ingested in (earliest meeting,
    then place in its document), since the first of two equally good matches is kept.
    """
    ids: set[str] = set()
    for chunk in _chunks(sorted(keys)):
        ids.update(r[0] for r in db.execute(f"select action_id from followup_terms where term in ({','.join('?' * len(chunk))})", chunk))
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


def dirty_meetings(db: sqlite_utils.Database, changed: list[dict] | None) -> tuple[list[dict], list[str] | None]:
    """(linkable meetings to link again, meetings whose actions' statuses may change (None: all)).

    A meeting is linked again when a meeting of its body (same council, or either without a
    council) on or before its date changed; the statuses of every action of such a body change
    (a new later meeting changes each earlier action's count of later meetings).
    """
    linkable = "minutes > 0 and body_key != '' and date is not null"
    if changed is None:
        return list(db.query(f"select id, council_key, body_key, date from meetings where {linkable} order by date")), None
    by_body: dict[str, list[dict]] = {}
    for row in changed:
        if row.get("body_key"):
            by_body.setdefault(row["body_key"], []).append(row)
    dirty: dict[str, dict] = {}
    affected: list[str] = []
    for body, rows in by_body.items():
        earliest: dict[str, str] = {}  # council_key -> earliest date changed
        for r in rows:
            if r["date"] and (r["council_key"] not in earliest or r["date"] < earliest[r["council_key"]]):
                earliest[r["council_key"]] = r["date"]
        councils = {r["council_key"] for r in rows}
        overall = min(earliest.values(), default=None)
        for m in db.query("select id, council_key, body_key, date, minutes from meetings where body_key = ?", [body]):
            if not (m["council_key"] in councils or "" in councils or m["council_key"] == ""):
                continue
            affected.append(m["id"])
            since = overall if m["council_key"] == "" else min((d for d in (earliest.get(m["council_key"]), earliest.get("")) if d), default=None)
            if m["minutes"] and m["date"] and since and since <= m["date"]:
                dirty[m["id"]] = {k: m[k] for k in ("id", "council_key", "body_key", "date")}
    return sorted(dirty.values(), key=lambda m: m["date"]), affected


def _same_body(council_a: str, council_b: str) -> bool:
    return council_a == council_b or council_a == "" or council_b == ""


def body_meetings(db: sqlite_utils.Database, body_key: str, cache: dict[str, BodyMeetings]) -> BodyMeetings:
    """The body's meeting dates, read once per linking run."""
    if body_key in cache:
        return cache[body_key]
    found = cache[body_key] = BodyMeetings()
    for council, date in db.execute("select council_key, date from meetings where body_key = ? and minutes > 0 and date is not null order by date", [body_key]):
        found.linkable_dates.setdefault(council, []).append(date)
        found.all_dates.append(date)
    return found


def later_count(dates: list[str], after: str) -> int:
    return len(dates) - bisect.bisect_right(dates, after)


def next_date(dates: list[str], after: str) -> str | None:
    i = bisect.bisect_right(dates, after)
    return dates[i] if i < len(dates) else None


def _chunks(items: list, size: int = 500) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)]
