"""One council, one name, across a whole database: after an ingest, not per document.

Two things a single document cannot know, settled over everything stored:

- A paper that never names its authority (Kent's Corporate Parenting Panel minutes say only
  "KCC"; a report headed "To: Cabinet") was filed with the authority's other papers. When the
  documents in its folder (or the nearest folder above that has named documents) name one
  council, and the paper itself mentions that council (its place name or its initials), the
  paper is that council's.
- The same authority printed two ways ("City of Alameda" / "Alameda City Council",
  "Manordeilo & Salem" / "Manordeilo and Salem") is shown under one name: the form most of
  its documents use.

Meetings are keyed on the council's name (meetings.meeting_id_for), so a meeting whose council
changes is moved to the meeting it now is (merged when that meeting is already stored).
"""

from __future__ import annotations

import posixpath
import re
from collections import Counter

import sqlite_utils

_TYPE_WORDS = {"council", "the", "of", "and"}
_PLACE_STOP = {
    "city",
    "county",
    "borough",
    "district",
    "town",
    "parish",
    "community",
    "village",
    "township",
    "municipality",
    "shire",
    "regional",
    "region",
    "metropolitan",
    "london",
    "royal",
    "council",
    "of",
    "the",
    "and",
    "corporation",
    "commissioners",
    "authority",
}
MIN_NEIGHBOURS = 2
MIN_SHARE = 0.75
FOLDER_LEVELS = 3  # a document's folder and two above it


def canonical_key(name: str | None) -> str:
    """The words of a council's name in any order, without 'Council', 'the', 'of', 'and':
    'City of Alameda' and 'Alameda City Council' are one key; 'City of London Corporation' is not 'City of London'."""
    if not name:
        return ""
    words = re.findall(r"[a-z0-9]+", name.lower().replace("&", " and "))
    return " ".join(sorted(w for w in words if w not in _TYPE_WORDS))


def initials(name: str) -> str:
    """'Kent County Council' -> 'KCC': the acronym an authority's own papers use for it."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z]+", name) if w.lower() not in {"of", "the", "and"}).upper()


def mentions_council(text: str, council: str) -> bool:
    """The text names the council: its place name ('Kent'), or its initials ('KCC') as a word."""
    places = [w for w in re.findall(r"[A-Za-z][\w'-]+", council) if w.lower() not in _PLACE_STOP]
    head = text[:60_000]
    if places and re.search(r"\b" + r"\s+".join(map(re.escape, places)) + r"\b", head, re.I):
        return True
    acronym = initials(council)
    return len(acronym) >= 3 and bool(re.search(rf"\b{re.escape(acronym)}\b", head))


def folder_council(folder_councils: dict[str, Counter], path: str) -> str | None:
    """The council the papers filed next to `path` name: one council names 3 in 4 of the named
    documents of its folder and of every folder above it up to the first (at most two levels
    up) where it has at least 2; a folder whose papers name other councils decides nothing."""
    candidate = None
    for folder in _folder_and_above(path):
        counts = folder_councils.get(folder)
        if counts:
            (council, n), total = counts.most_common(1)[0], sum(counts.values())
            if n < MIN_SHARE * total or candidate not in (None, council):
                return None
            if n >= MIN_NEIGHBOURS:
                return council
            candidate = council
    return None


def _folder_and_above(path: str) -> list[str]:
    """The folder of `path` and the folders above it, FOLDER_LEVELS at most: the papers a document is filed among."""
    folders = [posixpath.dirname(path)]
    while len(folders) < FOLDER_LEVELS and (parent := posixpath.dirname(folders[-1])) != folders[-1]:
        folders.append(parent)
    return folders


def _councils_by_folder(db: sqlite_utils.Database) -> dict[str, Counter]:
    """Named documents counted per folder and per every folder above it."""
    found: dict[str, Counter] = {}
    for path, council in db.execute("select path, council from documents where council is not null and status = 'ok'"):
        for folder in _folder_and_above(path or ""):
            found.setdefault(folder, Counter())[council] += 1
    return found


def fill_councils_from_folders(db: sqlite_utils.Database) -> dict[str, str]:
    """Give documents that name no council the council of their folder; return {document id: council}."""
    filled: dict[str, str] = {}
    rows = db.execute(
        "select d.id, d.path, t.text from documents d left join document_texts t on t.document_id = d.id where d.council is null and d.status = 'ok'"
    ).fetchall()
    if not rows:
        return filled  # every document names its council: no need to count the folders (runs after every ingest)
    by_folder = _councils_by_folder(db)
    for doc_id, path, text in rows:
        council = folder_council(by_folder, path or "")
        if council and text and mentions_council(text, council):
            filled[doc_id] = council
    for doc_id, council in filled.items():
        db.execute("update documents set council = ? where id = ?", [council, doc_id])
    return filled


def preferred_names(db: sqlite_utils.Database) -> dict[str, str]:
    """{name: the name to show} for councils stored under more than one form."""
    counts: dict[str, Counter] = {}
    for council, n in db.execute("select council, count(*) from documents where council is not null group by council"):
        counts.setdefault(canonical_key(council), Counter())[council] += n
    renames = {}
    for forms in counts.values():
        if len(forms) < 2:
            continue
        best = max(forms, key=lambda name: (forms[name], len(name), name))
        renames.update({name: best for name in forms if name != best})
    return renames


def unify_council_names(db: sqlite_utils.Database) -> dict[str, str]:
    """Store each council under its preferred name (documents and meetings); return the renames."""
    renames = preferred_names(db)
    for old, new in renames.items():
        db.execute("update documents set council = ? where council = ?", [new, old])
    return renames


_FULL_MEETING = "(the council's full meeting)"


def _body_key(body: str, council: str | None = None) -> str:
    """A body's name as a key within its council; the full meeting's names ('Council', 'Full
    Council', 'County Council' of a county council, the council's own name) are one key, and
    a committee's name is one key with or without its trailing 'Committee'."""
    words = [w for w in re.findall(r"[a-z0-9]+", body.lower().replace("&", " and ")) if w not in {"the", "of", "and", "meeting"}]
    council_words = set(re.findall(r"[a-z0-9]+", (council or "").lower().replace("&", " and "))) - {"the", "of", "and"}
    if words and words[-1] == "council" and set(words) <= council_words | {"full", "council"}:
        return _FULL_MEETING
    if len(words) > 1 and words[-1] == "committee":
        # 'Planning' in one paper's heading is the 'Planning Committee' of another's; a
        # 'Sub-Committee' keeps its 'sub' and stays a body of its own
        words = words[:-1]
    return " ".join(words)


def unify_body_names(db: sqlite_utils.Database, council_renames: dict[str, str]) -> dict[tuple[str | None, str], str]:
    """Within each council, one name per body ('Manordeilo & Salem Community Council' and
    '... and Salem ...' are one): the form most of its documents use; a parish council's own
    meeting follows its council's new name. Returns {(council, old body): new body}."""
    for old, new in council_renames.items():
        db.execute("update documents set body = ? where body = ? and council = ?", [new, old, new])
    forms: dict[tuple[str | None, str], Counter] = {}
    for council, body, n in db.execute("select council, body, count(*) from documents where body is not null group by council, body"):
        forms.setdefault((council, _body_key(body, council)), Counter())[body] += n
    renames = {}
    for (council, _), counts in forms.items():
        if len(counts) < 2:
            continue
        best = max(counts, key=lambda name: (counts[name], len(name), name))
        renames.update({(council, name): best for name in counts if name != best})
    for (council, old), new in renames.items():
        db.execute("update documents set body = ? where body = ? and council is ?", [new, old, council])
    return renames
