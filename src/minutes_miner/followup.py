"""Follow-up across meetings: link what later minutes say to the actions of earlier ones.

Minutes of the next meeting of a body report on its earlier actions in "Matters arising",
an action log, or a sentence such as "the information requested had been circulated".
Each such sentence is linked to the earlier action of the same council and body that it
matches best (owner and shared content words), stored in `action_updates`, and the
action's status is set from its latest update.

A later meeting can be ingested before an earlier one, so after an ingest every meeting of
the bodies that received documents, from the earliest date touched on, is linked again,
looking earlier actions of the last `window_days` up in an index of their words
(followup_index.py); the result is the same as linking the whole database again, which a
crash mid-ingest leads to. Only the actions whose status can have changed are rewritten, so
adding a meeting costs the same at the tenth meeting of a body as at the thousandth.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass
from functools import lru_cache

import sqlite_utils

from . import followup_index as fx
from .extract.blocks import sentence_end, sentence_start
from .records import ActionUpdate, make_id
from .resources import models_dir, pattern_rules
from .text_utils import squash


@lru_cache(maxsize=1)
def _rules() -> dict:
    data = dict(pattern_rules("followup.json"))
    data["status_res"] = [(status, re.compile(rx, re.I)) for status, rx in data["status_cues"]]
    data["stop"] = set(data["stopwords"])
    return data


@dataclass
class EarlierAction:
    id: str
    owner: str
    description: str
    meeting_date: str
    words: frozenset[str]


@lru_cache(maxsize=65536)
def content_words(text: str) -> frozenset[str]:
    """Words that say what an action is about (no function words, no short words); memoised, as
    each action description is compared with the sentences of many later meetings."""
    rules = _rules()
    stop = rules["stop"]
    stop_stems = rules.setdefault("stop_stems", {_stem(w) for w in stop})
    words = {re.sub(r"['’]s$", "", w.lower()).strip("'’") for w in re.findall(r"[A-Za-z][A-Za-z'’-]+", text)}
    return frozenset(_stem(w) for w in words if len(w) > 3 and w not in stop and _stem(w) not in stop_stems)


def _stem(word: str) -> str:
    for suffix in ("ments", "ment", "ings", "ing", "ies", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def status_of(sentence: str) -> str | None:
    """done, in progress or outstanding, from the sentence's wording; None if it says none."""
    for status, regex in _rules()["status_res"]:
        if regex.search(sentence):
            return status
    return None


def candidate_sentences(text: str) -> list[tuple[int, int, str, str]]:
    """Sentences of a document that report the state of something: (start, end, sentence, status)."""
    found = []
    seen: set[int] = set()
    for status, regex in _rules()["status_res"]:
        for m in regex.finditer(text):
            start = sentence_start(text, m.start(), max(0, m.start() - 600))
            if start in seen:
                continue
            end = sentence_end(text, start, min(len(text), start + 1200))
            if end <= m.start():
                end = sentence_end(text, m.start(), min(len(text), m.start() + 600))
            seen.add(start)
            found += _split_table_rows(text, start, end) or [(start, end, squash(text[start:end]), status_of(text[start:end]) or status)]
    return sorted(found)


def _split_table_rows(text: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """An action-log table read as one run of lines: one candidate per line that has a status."""
    chunk = text[start:end]
    if chunk.count("\n") < 2 or sum(1 for _, rx in _rules()["status_res"] for _ in rx.finditer(chunk)) < 2:
        return []
    rows = []
    pos = start
    for line in chunk.split("\n"):
        status = status_of(line)
        if status and line.strip():
            rows.append((pos, pos + len(line), squash(line), status))
        pos += len(line) + 1
    return rows


def _owner_matches(owner: str, sentence: str) -> bool:
    """The owner is named again: a person by surname, a role by its whole title."""
    owner = owner.strip()
    if re.match(r"(?:mr|mrs|ms|miss|dr|cllr|councillor)\b", owner, re.I) or re.fullmatch(r"[A-Z][a-z'’-]+ [A-Z][a-z'’-]+", owner):
        surname = owner.split()[-1]
        return re.search(rf"\b{re.escape(surname)}\b", sentence) is not None
    title = re.sub(r"^the\s+", "", owner, flags=re.I)
    return len(title) > 3 and re.search(rf"\b{re.escape(title)}\b", sentence, re.I) is not None


def best_match(sentence: str, earlier: list[EarlierAction]) -> tuple[EarlierAction, float] | None:
    """The earlier action the sentence reports on, if the overlap is convincing."""
    rules = _rules()
    words = content_words(sentence)
    best: tuple[EarlierAction, float] | None = None
    for action in earlier:
        shared = words & action.words
        if not shared:
            continue
        score = len(shared) / max(1, min(len(action.words), 8))
        if action.owner and _owner_matches(action.owner, sentence):
            score += rules["owner_bonus"]
        if len(shared) >= rules["min_shared_words"] and score >= rules["min_score"] and (best is None or score > best[1]):
            best = (action, score)
    return best


def link_action_updates(db: sqlite_utils.Database, changed: list[dict] | None = None) -> int:
    """Bring action_updates, actions.status and the meeting ranks later_meetings is computed from up to date; return the links stored.

    An action is open until a later meeting of the same body reports on it. Only the
    minutes of a later meeting are read (the part of each source that is that meeting's:
    an agenda pack's reprint of the earlier minutes belongs to the earlier meeting), and a
    copy is read once. The status is then, in the words a clerk would sign:
    pending (no later meeting of the body ingested), no update (later meetings ingested,
    none reports on it), or the latest report: in progress, outstanding or done.

    changed: the meetings (id, council_key, body_key, date) whose documents this ingest
    added, replaced or removed; only their bodies are linked again (followup_index.py), with
    the same result as None, which links the whole database again.
    """
    from .meetings import consolidate
    from .store import FTS_COLUMNS, get_state, set_state

    moved: list[tuple[dict, str]] = []
    with db.atomic():
        consolidate(db, moved, None if changed is None else sorted({m["id"] for m in changed}))
    if fx.ensure_index(db, get_state(db, "followup_index") == _index_version()):
        changed = None  # no index yet, or one made under other rules: everything again
    if changed is not None:
        changed = list(changed) + _moved_meetings(db, moved)
    dirty, bodies = fx.dirty_meetings(db, changed)
    with db.atomic():
        fx.narrow_fts_update_trigger(db, "actions", FTS_COLUMNS["actions"])
        changed_ids = None if changed is None else sorted({m["id"] for m in changed})
        fx.reindex(db, changed_ids, content_words, _rules()["min_shared_words"])
        touched = None if bodies is None else _actions_now_pending(db, list(bodies))
        fx.update_ranks(db, changed_ids or [], bodies)
        documents = _delete_links(db, dirty, changed)
        links: list[dict] = []
        for meeting in _with_meetings_of(db, dirty, documents):
            links += _links_for_meeting(db, meeting)
        if links:
            db["action_updates"].insert_all(links, pk="id", replace=True)
        unlinked = fx.take_unlinked(db)
        if touched is not None:
            touched |= unlinked | {link["action_id"] for link in links}
            meetings = set(changed_ids or []) | {m["id"] for m in dirty} | set(fx.last_meetings(db, list(bodies)))
            touched |= _actions_of_meetings(db, sorted(meetings))
        _mark_actions(db, touched)
        for action_id, due in _next_meeting_due_dates(db, touched is not None):
            db.execute("update actions set due_date = ? where id = ?", [due, action_id])
        _set_statuses(db, touched is not None)
    set_state(db, "followup_index", _index_version())
    return db.execute("select count(*) from action_updates").fetchone()[0]


def _index_version() -> str:
    return fx.rules_version((models_dir() / "patterns" / "followup.json").read_text())


def _moved_meetings(db: sqlite_utils.Database, moved: list[tuple[dict, str]]) -> list[dict]:
    """The meetings consolidation merged (both sides changed their sources)."""
    found = []
    for old, new in moved:
        found.append(old)
        found += db.query("select id, council_key, body_key, date from meetings where id = ?", [new])
    return found


def _actions_now_pending(db: sqlite_utils.Database, bodies: list[str]) -> set[str]:
    """Actions of these bodies that no later meeting follows yet: a new meeting can make them 'no update'."""
    return {
        r[0]
        for r in db.execute(
            "select actions.id from actions join meetings m on m.id = actions.meeting_id where actions.status = 'pending' "
            "and m.body_key in (select value from json_each(?))",
            [json.dumps(bodies)],
        )
    }


def _actions_of_meetings(db: sqlite_utils.Database, meeting_ids: list[str]) -> set[str]:
    found: set[str] = set()
    for chunk in fx._chunks(meeting_ids):
        found.update(r[0] for r in db.execute(f"select id from actions where meeting_id in ({','.join('?' * len(chunk))})", chunk))
    return found


def _delete_links(db: sqlite_utils.Database, dirty: list[dict], changed: list[dict] | None) -> set[str]:
    """Delete the links from the sources of meetings to link again; return those documents.

    The actions they reported on are noted in followup_unlinked (a trigger): their status may change."""
    if changed is None:
        db.execute("delete from action_updates")
        return set()
    ids = sorted({m["id"] for m in dirty} | {m["id"] for m in changed})
    documents: set[str] = set()
    for chunk in fx._chunks(ids):
        documents.update(r[0] for r in db.execute(f"select document_id from meeting_documents where meeting_id in ({','.join('?' * len(chunk))})", chunk))
    for chunk in fx._chunks(sorted(documents)):
        db.execute(f"delete from action_updates where document_id in ({','.join('?' * len(chunk))})", chunk)
    return documents


def _with_meetings_of(db: sqlite_utils.Database, dirty: list[dict], documents: set[str]) -> list[dict]:
    """The meetings to link: the dirty ones and every linkable meeting of a document whose links were deleted."""
    meetings = {m["id"]: m for m in dirty}
    for chunk in fx._chunks(sorted(documents)):
        for m in db.query(
            "select distinct m.id, m.council_key, m.body_key, m.date from meeting_documents md join meetings m on m.id = md.meeting_id "
            f"where md.document_id in ({','.join('?' * len(chunk))}) and m.minutes > 0 and m.body_key != '' and m.date is not null",
            chunk,
        ):
            meetings.setdefault(m["id"], m)
    return sorted(meetings.values(), key=lambda m: (m["date"], m["id"]))


def _mark_actions(db: sqlite_utils.Database, touched: set[str] | None) -> None:
    """Keep the actions whose status and due date are to be settled again in a temporary table (None: all)."""
    db.execute("create temp table if not exists _followup_actions (id text primary key)")
    db.execute("delete from temp._followup_actions")
    if touched:
        db.conn.executemany("insert into temp._followup_actions values (?)", [(i,) for i in sorted(touched)])


def _set_statuses(db: sqlite_utils.Database, marked_only: bool) -> None:
    """The status of the marked actions (all actions when not marked_only), rows unchanged left alone.

    The latest report on an action, else 'no update' once a later meeting of its body is
    ingested, else 'pending'. Only the actions of the last meeting of a body can go from
    pending to no update, so a new meeting marks those, its own and the ones linked anew.
    """
    scope = " and actions.id in (select id from temp._followup_actions)" if marked_only else ""
    reported = (
        "(select u.status from action_updates u join documents d on d.id = u.document_id left join meetings um on um.id = d.meeting_id "
        "where u.action_id = actions.id order by coalesce(um.date, d.meeting_date) desc, u.char_start desc limit 1)"
    )
    later = fx.later_meetings_sql("actions.meeting_id")
    status = f"coalesce({reported}, case when {later} > 0 then 'no update' else 'pending' end)"
    db.execute(
        f"update actions set status = n.status from (select actions.id, {status} as status from actions where 1{scope}) n "
        "where actions.id = n.id and actions.status is not n.status"
    )


def _next_meeting_due_dates(db: sqlite_utils.Database, marked_only: bool) -> list[tuple[str, str]]:
    """'by the next meeting' is the date of that body's next meeting, once its minutes are ingested.

    Such an action without a date has no later meeting, so it is pending: marked when a
    meeting is added to its body."""
    scope = " and actions.id in (select id from temp._followup_actions)" if marked_only else ""
    found = []
    for action_id, meeting_id in db.execute(
        "select actions.id, a.id from actions join meetings a on a.id = actions.meeting_id "
        "where actions.due_date is null and actions.due_text like '%next%meeting%' and a.date is not null and a.body_key != ''" + scope
    ).fetchall():
        due = fx.next_meeting_date(db, meeting_id)
        if due:
            found.append((action_id, due))
    return found


def _links_for_meeting(db: sqlite_utils.Database, meeting: dict) -> list[dict]:
    """Update sentences in the minutes of one meeting, from the parts of its sources that are its own."""
    from .meetings import Part, part_of

    links: list[dict] = []
    sources = db.query(
        "select md.document_id, md.char_start, md.char_end from meeting_documents md "
        "where md.meeting_id = ? and md.copy_of is null and md.role in ('minutes', 'previous minutes')",
        [meeting["id"]],
    )
    for source in list(sources):
        row = db.execute("select text, page_starts from document_texts where document_id = ?", [source["document_id"]]).fetchone()
        if not row:
            continue
        parts = [
            Part(r[1], r[2], None, r[3], r[0])
            for r in db.execute(
                "select meeting_id, char_start, char_end, role from meeting_documents where document_id = ? order by char_start = 0 desc, char_start",
                [source["document_id"]],
            )
        ]
        doc = {"id": source["document_id"], "meeting_date": meeting["date"]}
        sentences = candidate_sentences(row[0])
        earlier = _earlier_actions(db, meeting, sentences)
        if not earlier:
            continue
        found = _links_for_document(doc, sentences, json.loads(row[1] or "[0]"), earlier)
        links += [link for link in found if part_of(parts, link["char_start"]).meeting_id == meeting["id"]]
    return links


def _earlier_actions(db: sqlite_utils.Database, meeting: dict, sentences: list[tuple[int, int, str, str]]) -> list[EarlierAction]:
    """The earlier actions of the meeting's body that share enough words with one of the sentences."""
    min_shared = _rules()["min_shared_words"]
    keys: set[str] = set()
    for _, _, sentence, _ in sentences:
        keys |= fx.terms(meeting["body_key"], content_words(sentence), min_shared)
    return [
        EarlierAction(r["id"], r["owner"] or "", r["description"], r["date"], content_words(r["description"]))
        for r in fx.candidate_actions(db, meeting, keys, _rules()["window_days"])
    ]


def _links_for_document(doc: dict, sentences: list[tuple[int, int, str, str]], page_starts: list[int], earlier: list[EarlierAction]) -> list[dict]:
    """The best-matching update sentence of this document for each earlier action it reports on."""
    links: dict[str, tuple[float, dict]] = {}
    for start, end, sentence, status in sentences:
        match = best_match(sentence, earlier)
        if not match:
            continue
        action, score = match
        update = ActionUpdate(
            id=make_id(action.id, doc["id"], start),
            action_id=action.id,
            document_id=doc["id"],
            sentence=sentence,
            status=status,
            page=max(1, bisect.bisect_right(page_starts, start)),
            char_start=start,
            char_end=end,
        )
        if action.id not in links or score > links[action.id][0]:
            links[action.id] = (score, update.model_dump())
    return [row for _, row in links.values()]
