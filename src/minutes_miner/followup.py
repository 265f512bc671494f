"""Follow-up across meetings: link what later minutes say to the actions of earlier ones.

Minutes of the next meeting of a body report on its earlier actions in "Matters arising",
an action log, or a sentence such as "the information requested had been circulated".
Each such sentence is linked to the earlier action of the same council and body that it
matches best (owner and shared content words), stored in `action_updates`, and the
action's status is set from its latest update.

This runs over the whole database after an ingest, because a later meeting can be
ingested before an earlier one; it is cheap (it reads only actions and the sentences of
later minutes that carry a status cue).
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass
from functools import lru_cache

import sqlite_utils

from .extract.blocks import sentence_end, sentence_start
from .records import ActionUpdate, make_id
from .structure import models_dir
from .text_utils import squash


@lru_cache(maxsize=1)
def _rules() -> dict:
    data = json.loads((models_dir() / "patterns" / "followup.json").read_text())
    data["status_res"] = [(status, re.compile(rx, re.I)) for status, rx in data["status_cues"]]
    data["stop"] = set(data["stopwords"])
    return data


@dataclass
class EarlierAction:
    id: str
    owner: str
    description: str
    meeting_date: str
    words: set[str]


def content_words(text: str) -> set[str]:
    """Words that say what an action is about (no function words, no short words)."""
    rules = _rules()
    stop = rules["stop"]
    stop_stems = rules.setdefault("stop_stems", {_stem(w) for w in stop})
    words = {re.sub(r"['’]s$", "", w.lower()).strip("'’") for w in re.findall(r"[A-Za-z][A-Za-z'’-]+", text)}
    return {_stem(w) for w in words if len(w) > 3 and w not in stop and _stem(w) not in stop_stems}


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


# Meetings of the same council and body; a meeting without a council name matches any council.
_SAME_BODY = "m.body_key = a.body_key and (m.council_key = a.council_key or m.council_key = '' or a.council_key = '')"


def link_action_updates(db: sqlite_utils.Database) -> int:
    """Recompute action_updates, actions.status and actions.later_meetings; return links made.

    An action is open until a later meeting of the same body reports on it. Only the
    minutes of a later meeting are read (the part of each source that is that meeting's:
    an agenda pack's reprint of the earlier minutes belongs to the earlier meeting), and a
    copy is read once. The status is then, in the words a clerk would sign:
    pending (no later meeting of the body ingested), no update (later meetings ingested,
    none reports on it), or the latest report: in progress, outstanding or done.
    """
    from .meetings import consolidate

    with db.atomic():
        consolidate(db)
    meetings = list(db.query(
        "select id, council_key, body_key, date from meetings where minutes > 0 and body_key != '' and date is not null order by date"
    ))
    links: list[dict] = []
    for meeting in meetings:
        earlier = [
            EarlierAction(r["id"], r["owner"] or "", r["description"], r["date"], content_words(r["description"]))
            for r in db.query(
                "select actions.id, actions.owner, actions.description, a.date from actions join meetings a on a.id = actions.meeting_id "
                "join meetings m on m.id = ? where " + _SAME_BODY + " and a.date < m.date",
                [meeting["id"]],
            )
        ]
        if earlier:
            links += _links_for_meeting(db, meeting, earlier)
    next_meeting_dates = _next_meeting_due_dates(db)
    with db.atomic():
        for action_id, due in next_meeting_dates:
            db.execute("update actions set due_date = ? where id = ?", [due, action_id])
        db.execute("delete from action_updates")
        if links:
            db["action_updates"].insert_all(links, pk="id", replace=True)
        _set_statuses(db)
    return len(links)


def _set_statuses(db: sqlite_utils.Database) -> None:
    db.execute(
        "update actions set later_meetings = (select count(*) from meetings m join meetings a on a.id = actions.meeting_id "
        "where " + _SAME_BODY + " and m.date > a.date and m.minutes > 0 and a.body_key != '')"
    )
    db.execute("update actions set status = case when coalesce(later_meetings, 0) > 0 then 'no update' else 'pending' end")
    db.execute(
        "update actions set status = (select u.status from action_updates u join documents d on d.id = u.document_id "
        "left join meetings um on um.id = d.meeting_id "
        "where u.action_id = actions.id order by coalesce(um.date, d.meeting_date) desc, u.char_start desc limit 1) "
        "where id in (select action_id from action_updates)"
    )


def _next_meeting_due_dates(db: sqlite_utils.Database) -> list[tuple[str, str]]:
    """'by the next meeting' is the date of that body's next meeting, once its minutes are ingested."""
    return [
        (row["id"], row["next_date"])
        for row in db.query(
            "select actions.id, (select min(m.date) from meetings m where " + _SAME_BODY + " and m.date > a.date and m.minutes > 0) as next_date "
            "from actions join meetings a on a.id = actions.meeting_id "
            "where actions.due_date is null and actions.due_text like '%next%meeting%' and a.date is not null and a.body_key != ''"
        )
        if row["next_date"]
    ]


def _links_for_meeting(db: sqlite_utils.Database, meeting: dict, earlier: list[EarlierAction]) -> list[dict]:
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
        parts = [Part(r[1], r[2], None, r[3], r[0]) for r in db.execute(
            "select meeting_id, char_start, char_end, role from meeting_documents where document_id = ? order by char_start = 0 desc, char_start",
            [source["document_id"]],
        )]
        doc = {"id": source["document_id"], "meeting_date": meeting["date"]}
        found = _links_for_document(doc, row[0], json.loads(row[1] or "[0]"), earlier)
        links += [link for link in found if part_of(parts, link["char_start"]).meeting_id == meeting["id"]]
    return links


def _links_for_document(doc: dict, text: str, page_starts: list[int], earlier: list[EarlierAction]) -> list[dict]:
    """The best-matching update sentence of this document for each earlier action it reports on."""
    links: dict[str, tuple[float, dict]] = {}
    for start, end, sentence, status in candidate_sentences(text):
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
