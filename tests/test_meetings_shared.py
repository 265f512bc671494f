"""Kent's minutes as published (../shared/corpus/kent): each meeting once, apologies read,
people without fragments, statuses by the rules. Kent republishes each meeting's printed
minutes in the next agenda pack ("Minutes of Previous Meeting.pdf", "9 January 2025 -
County Council minutes.pdf"); those copies must not count, or store records, twice."""

from __future__ import annotations

import re
import sqlite3
from collections import Counter

import pytest
from helpers import SHARED, needs_shared

pytestmark = needs_shared

KENT = SHARED / "corpus" / "kent"
MERTON = SHARED / "corpus" / "devpool" / "uk_principal" / "merton_1.pdf"


@pytest.fixture(scope="module")
def kent_db(tmp_path_factory):
    """Every minutes file of Kent (by their names: 11 files, 3 of them copies), the seeds and Merton's agenda pack."""
    from minutes_miner.ingest import ingest_files, iter_files

    files = sorted(p for p in KENT.rglob("*.pdf") if "minutes" in p.name.lower())
    files += list(iter_files([str(SHARED / "seeds")])) + [MERTON]
    db_path = tmp_path_factory.mktemp("kent") / "kent.db"
    summary = ingest_files(str(db_path), files, workers=2)
    assert summary.errors == 0, summary.line()
    conn = sqlite3.connect(db_path)
    yield conn
    conn.close()


def _kent_minutes(conn):
    return conn.execute(
        "select id, file_name, path, copy_of, meeting_id from documents where path like ? and doc_type = 'minutes'", [f"%{KENT.name}/%"]
    ).fetchall()


def test_kent_meetings_are_counted_by_date(kent_db):
    docs = _kent_minutes(kent_db)
    assert len(docs) == 11
    meetings = {meeting for *_, meeting in docs}
    dates = Counter(kent_db.execute(f"select date from meetings where id in ({','.join('?' * len(meetings))})", sorted(meetings)).fetchall())
    assert {d[0]: n for d, n in dates.items()} == {
        "2024-10-29": 1,
        "2024-12-10": 1,
        "2024-12-19": 1,
        "2025-01-09": 2,  # Cabinet and County Council met on 9 January
        "2025-01-30": 1,
        "2025-02-13": 1,
        "2025-03-13": 1,
    }
    by_name = {name if "Previous" not in name else path.split("/")[-2] + "/" + name: meeting for _, name, path, _, meeting in docs}
    assert by_name["cabinet_2025-03-04/Minutes of Previous Meeting.pdf"] == by_name["Printed minutes 30th-Jan-2025 10.00 Cabinet.pdf"]
    assert by_name["full_council_2025-03-13/Minutes of Previous Meeting.pdf"] == by_name["Printed minutes 13th-Feb-2025 09.30 County Council.pdf"]
    assert by_name["9 January 2025 - County Council minutes.pdf"] == by_name["Printed minutes 09th-Jan-2025 10.00 County Council.pdf"]
    assert sum(1 for *_, copy_of, _ in docs if copy_of) == 3


def test_copies_store_no_records_and_no_text_repeats_in_a_meeting(kent_db):
    for table, column in (("resolutions", "text"), ("actions", "description"), ("agreed_comments", "text")):
        repeated = kent_db.execute(f"select meeting_id, {column}, count(*) from {table} group by meeting_id, {column} having count(*) > 1").fetchall()
        assert repeated == [], f"{table} repeated within a meeting: {repeated[:3]}"
    copies = [doc_id for doc_id, _, _, copy_of, _ in _kent_minutes(kent_db) if copy_of]
    for table in ("resolutions", "actions", "people", "statistics", "agenda_items"):
        n = kent_db.execute(f"select count(*) from {table} where document_id in ({','.join('?' * len(copies))})", copies).fetchone()[0]
        assert n == 0, f"{n} {table} stored again from a copy"
    assert kent_db.execute("select count(*) from meeting_documents where copy_of is not null").fetchone()[0] >= 3


def test_apologies_are_captured_for_every_kent_minutes(kent_db):
    for doc_id, name, _, copy_of, _ in _kent_minutes(kent_db):
        if copy_of:
            continue
        apologies = kent_db.execute("select count(*) from people where document_id = ? and attendance = 'apologies'", [doc_id]).fetchone()[0]
        text = kent_db.execute("select text from document_texts where document_id = ?", [doc_id]).fetchone()[0]
        assert apologies or re.search(r"No apologies (?:for absence )?were received", text), f"no apologies read in {name}"


def test_people_are_names_not_fragments(kent_db):
    names = [
        r[0] for r in kent_db.execute("select people.name from people join documents d on d.id = people.document_id where people.attendance != 'mentioned'")
    ]
    assert len(names) > 300
    bad = [n for n in names if re.search(r"[()]|\b(?:were|was|in attendance|virtually|Council|Orders|and)\b|\.\s+[A-Z]", n) or not n[:1].isupper()]
    assert bad == []
    # 'IN ATTENDANCE VIRTUALLY: Mr S Jones ..., Mr M Albiston ...' (Cabinet) and, in the Corporate Parenting
    # Panel, 'Ms L Game, Ms S Chandler and Ms T Scott were in attendance virtually' (listed as present above it)
    virtual = {r[0] for r in kent_db.execute("select name from people where virtual = 1")}
    assert {"Mr M Albiston", "Tracy Scott", "Lesley Game"} <= virtual


def test_reprinted_minutes_in_an_agenda_pack_belong_to_the_earlier_meeting(kent_db):
    """Merton's Audit Committee summons for 22 October 2009 carries the minutes of 24 September:
    the paper is that meeting's minutes (corpus/gold/README.md, agenda packs), its records too."""
    doc_id = kent_db.execute("select id from documents where file_name = 'merton_1.pdf'").fetchone()[0]
    parts = kent_db.execute(
        "select md.role, m.date, md.char_start from meeting_documents md join meetings m on m.id = md.meeting_id where md.document_id = ? order by md.char_start",
        [doc_id],
    ).fetchall()
    assert [(r, d) for r, d, _ in parts] == [("minutes", "2009-09-24")]
    dates = {
        r[0]
        for r in kent_db.execute("select m.date from resolutions join meetings m on m.id = resolutions.meeting_id where resolutions.document_id = ?", [doc_id])
    }
    assert dates == {"2009-09-24"}, "the pack's decisions are those of the minutes it reprints"


def test_kent_statuses_follow_the_rules(kent_db):
    rows = kent_db.execute(
        "select o.status, o.later_meetings, o.council, o.body, o.meeting_date, "
        "(select count(*) from action_updates u where u.action_id = o.id) from outstanding_actions o"
    ).fetchall()
    assert rows
    for status, later, council, body, when, updates in rows:
        if updates:
            assert status in {"in progress", "outstanding"}
            continue
        expected = (
            kent_db.execute("select count(*) from meetings where body is ? and council is ? and date > ? and minutes > 0", [body, council, when]).fetchone()[0]
            if body and when
            else 0
        )
        assert later == expected and status == ("no update" if expected else "pending"), (status, later, expected, body, when)
    # Cabinet's 30 January actions: Cabinet minutes of no later meeting are ingested
    cabinet = {r[0] for r in kent_db.execute("select status from outstanding_actions where body = 'Cabinet' and meeting_date = '2025-01-30'")}
    assert cabinet <= {"pending"}
