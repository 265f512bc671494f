"""Meetings: each meeting once, copies recognised by content, reprinted minutes given to their
own meeting, and action statuses a clerk would sign."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from helpers import SAMPLES

from minutes_miner.ingest import ingest_files
from minutes_miner.fingerprint import signature, similarity
from minutes_miner.followup import link_action_updates
from minutes_miner.followup_index import later_meetings_sql
from minutes_miner.meetings import meeting_id_for, previous_minutes_sections
from minutes_miner.store import open_db

CPP_JUNE = SAMPLES / "txt" / "westbrook_cpp_2024-06-11.txt"
CABINET_JULY = SAMPLES / "md" / "westbrook_cabinet_2024-07-04.md"


def _republished(text: str) -> str:
    """The same minutes as another file would carry them: another header, page numbers, wrapping."""
    lines = text.split("\n")
    out = ["Agenda Item 3", "Minutes of Previous Meeting"]
    for index, line in enumerate(lines):
        out.append(line)
        if index % 40 == 39:
            out += [f"Page {index // 40 + 5}", ""]
    return "\n".join(out)


def test_the_same_minutes_republished_have_the_same_fingerprint():
    june = CPP_JUNE.read_text(encoding="utf-8")
    assert similarity(signature(june), signature(_republished(june))) >= 0.9
    other = CABINET_JULY.read_text(encoding="utf-8")
    assert similarity(signature(june), signature(other)) < 0.3


def test_a_short_text_has_no_fingerprint():
    assert signature("Apologies: none. Minutes approved.") is None


PACK = """Westbrook County Council
Corporate Parenting Panel
Agenda
Date: Tuesday, 17 September 2024
Venue: Lydgate Room, County Hall
1. Apologies for absence
2. Minutes of the meeting held on 11 June 2024
3. Children in Care Council update

"""


# Printed minutes in the style of Kent's (../shared/corpus/kent), as reprinted in the next pack.
JUNE_MINUTES = """CORPORATE PARENTING PANEL
MINUTES of a meeting of the Corporate Parenting Panel held in the Darent Room, Sessions House,
County Hall, Maidstone on Tuesday, 11 June 2024.
PRESENT: Mrs M Ellery (Chair), Mr O Tranter (Vice-Chair), Mr C Ashdown, Mr T Baig,
Mrs A Lovibond and Ms P Nair
IN ATTENDANCE: Joanne Whitlock (Participation and Engagement Manager), Dr Anil Mistry
(Virtual School Head) and Harriet Lomas (Democratic Services Officer)
UNRESTRICTED ITEMS
1. Apologies and Substitutes
(Item 1)
Apologies were received from Mr D Quarrie and Ms L Okwu.
Mrs S Prout was in attendance virtually.
2. Minutes of the meeting held on 12 March 2024
(Item 2)
RESOLVED that the minutes of the meeting held on 12 March 2024 were a correct record.
3. Participation Team update
(Item 3)
1. Joanne Whitlock, Participation and Engagement Manager, introduced the report. The
Children in Care Council had met four times since March and the summer activity days
had been fully booked, with 212 places taken by children and young people in care.
2. Joanne Whitlock agreed to circulate the dates of the autumn Children in Care Council
meetings to all Members of the Panel.
3. RESOLVED that the report be noted.
4. Virtual School Kent annual report
(Item 4)
1. Dr Anil Mistry introduced the annual report of the Virtual School. Attendance of
children in care at school had risen to 91 percent and suspensions had fallen.
2. Dr Anil Mistry agreed to provide a breakdown of suspensions by year group to the
next meeting of the Panel.
3. RESOLVED that the annual report of the Virtual School be noted.
"""


def test_an_agenda_pack_gives_the_reprinted_minutes_to_their_own_meeting():
    minutes = JUNE_MINUTES
    text = PACK + minutes
    sections = previous_minutes_sections(text, "2024-09-17")
    assert [s.meeting_date for s in sections] == ["2024-06-11"]
    assert sections[0].start >= len(PACK) - 2 and sections[0].start < len(PACK) + 200
    # the minutes of a meeting on their own hold no earlier meeting
    assert previous_minutes_sections(minutes, "2024-06-11") == []


def _ingest(db_path: Path, files: list[Path]):
    summary = ingest_files(str(db_path), files, workers=1)
    assert summary.errors == 0
    return sqlite3.connect(db_path)


def test_minutes_published_twice_are_one_meeting_with_records_stored_once(tmp_path):
    folder = tmp_path / "docs"
    (folder / "september").mkdir(parents=True)
    first = folder / "Printed minutes 11th-Jun-2024.txt"
    first.write_text(CPP_JUNE.read_text(encoding="utf-8"), encoding="utf-8")
    copy = folder / "september" / "Minutes of Previous Meeting.txt"
    copy.write_text(_republished(CPP_JUNE.read_text(encoding="utf-8")), encoding="utf-8")
    conn = _ingest(tmp_path / "m.db", [first, copy])
    (primary, copy_of), (duplicate, points_to) = conn.execute("select id, copy_of from documents order by path like '%september%'").fetchall()
    assert copy_of is None and points_to == primary
    assert conn.execute("select count(*) from actions where document_id = ?", [duplicate]).fetchone()[0] == 0
    assert conn.execute("select count(*) from actions").fetchone()[0] > 0
    meetings = conn.execute("select id, date, documents, minutes from meetings").fetchall()
    assert len(meetings) == 1 and meetings[0][1:] == ("2024-06-11", 2, 2)
    sources = conn.execute("select document_id, copy_of from meeting_documents where meeting_id = ?", [meetings[0][0]]).fetchall()
    assert sorted(sources, key=lambda r: r[1] or "") == [(primary, None), (duplicate, primary)]
    assert conn.execute("select count(distinct meeting_id) from actions").fetchone()[0] == 1
    # the home page counts the Panel's meeting once, not once per file
    from datasette_helpers import get

    page = get(tmp_path / "m.db", "/m").text
    row = re.search(r"<tr>\s*<td>[^<]*</td>\s*<td>Corporate Parenting Panel</td>\s*<td[^>]*>(\d+)</td>", page)
    assert row and row.group(1) == "1", page[page.find("mm-bodies") :][:1500]


def test_a_copy_whose_primary_changes_is_extracted_again(tmp_path):
    """The copy holds no records; when the primary's file is replaced, the copy must not be left empty."""
    folder = tmp_path / "docs"
    folder.mkdir()
    first = folder / "a_printed.txt"
    text = CPP_JUNE.read_text(encoding="utf-8")
    first.write_text(text, encoding="utf-8")
    copy = folder / "b_copy.txt"
    copy.write_text(_republished(text), encoding="utf-8")
    _ingest(tmp_path / "m.db", [first, copy]).close()
    first.write_text("Nothing here any more but a short note.", encoding="utf-8")
    conn = _ingest(tmp_path / "m.db", [first, copy])
    copy_id, copy_of = conn.execute("select id, copy_of from documents where path = ?", [str(copy)]).fetchone()
    assert copy_of is None
    assert conn.execute("select count(*) from actions where document_id = ?", [copy_id]).fetchone()[0] > 0


def test_a_pack_with_the_previous_minutes_and_the_printed_minutes_store_them_once(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    printed = folder / "printed_minutes_2024-06-11.txt"
    printed.write_text(JUNE_MINUTES, encoding="utf-8")
    pack = folder / "agenda_pack_2024-09-17.txt"
    pack.write_text(
        PACK + JUNE_MINUTES + "\n\nAgenda Item 3\nReport of the Participation and Engagement Manager\n" + "The report sets out the work of the team. " * 30,
        encoding="utf-8",
    )
    conn = _ingest(tmp_path / "m.db", [pack, printed])  # the pack first: its part is the primary
    rows = conn.execute("select m.date, a.description, count(*) from actions a join meetings m on m.id = a.meeting_id group by 1, 2").fetchall()
    assert rows and all(date == "2024-06-11" and n == 1 for date, _, n in rows), rows
    printed_row = conn.execute("select copy_of, meeting_id from documents where path = ?", [str(printed)]).fetchone()
    pack_id, pack_meeting = conn.execute("select id, meeting_id from documents where path = ?", [str(pack)]).fetchone()
    assert printed_row[0] == pack_id
    assert printed_row[1] != pack_meeting
    dates = {
        r[0]: r[1]
        for r in conn.execute("select role, m.date from meeting_documents md join meetings m on m.id = md.meeting_id where md.document_id = ?", [pack_id])
    }
    assert dates["previous minutes"] == "2024-06-11" and list(dates.values()).count("2024-09-17") == 1


def test_meeting_ids_ignore_how_the_body_is_written():
    assert meeting_id_for("Kent County Council", "Cabinet", "2025-01-30") == meeting_id_for("Kent County Council", "the Cabinet meeting", "2025-01-30")
    assert meeting_id_for(None, None, "2025-01-30") is None
    assert meeting_id_for("Kent County Council", "Cabinet", None) is None


# --- action status ------------------------------------------------------------------------


def _meeting_db(tmp_path) -> sqlite3.Connection:
    """Three meetings of one panel and one of another body, with an action at the first."""
    db = open_db(tmp_path / "s.db")
    for key, body, when in (("m1", "Panel", "2024-01-10"), ("m2", "Panel", "2024-03-10"), ("m3", "Panel", "2024-05-10"), ("c1", "Cabinet", "2024-06-01")):
        db["documents"].insert(
            {
                "id": key,
                "path": f"{key}.txt",
                "file_name": f"{key}.txt",
                "status": "ok",
                "doc_type": "minutes",
                "council": "Westbrook County Council",
                "body": body,
                "meeting_date": when,
                "meeting_id": key,
            }
        )
        db["meetings"].insert(
            {
                "id": key,
                "council": "Westbrook County Council",
                "body": body,
                "date": when,
                "documents": 1,
                "minutes": 1,
                "council_key": "westbrook county council",
                "body_key": body.lower(),
            }
        )
        db["meeting_documents"].insert({"meeting_id": key, "document_id": key, "role": "minutes", "char_start": 0, "char_end": 10})
        db["document_texts"].insert({"document_id": key, "text": "Nothing to report.", "page_starts": "[0]"})
    base = {"page": 1, "char_start": 0, "char_end": 3, "sentence": "..."}
    db["actions"].insert_all(
        [
            {**base, "id": "a1", "document_id": "m1", "meeting_id": "m1", "owner": "the Clerk", "description": "write to the police about parking"},
            {**base, "id": "a3", "document_id": "m3", "meeting_id": "m3", "owner": "the Clerk", "description": "book the hall"},
            {**base, "id": "c1", "document_id": "c1", "meeting_id": "c1", "owner": "Leader", "description": "write to the minister"},
        ]
    )
    link_action_updates(db)
    return sqlite3.connect(tmp_path / "s.db")


def test_status_pending_until_a_later_meeting_of_the_body_then_no_update(tmp_path):
    conn = _meeting_db(tmp_path)
    rows = {r[0]: r[1:] for r in conn.execute("select id, status, later_meetings, status_detail from outstanding_actions")}
    assert rows["a1"] == ("no update", 2, "no update in 2 later meetings")
    assert rows["a3"] == ("pending", 0, "no later meeting of this body ingested yet")
    assert rows["c1"][:2] == ("pending", 0), "a later meeting of another body says nothing about it"


def test_status_follows_what_a_later_meeting_reports(tmp_path):
    conn = _meeting_db(tmp_path)
    conn.execute(
        "update document_texts set text = ? where document_id = 'm2'",
        ["Matters arising. The Clerk had written to the police about parking; the letter was sent and the action is complete."],
    )
    conn.commit()
    db = open_db(tmp_path / "s.db")
    link_action_updates(db)
    status = conn.execute("select status from actions where id = 'a1'").fetchone()[0]
    assert status == "done"
    assert "a1" not in {r[0] for r in conn.execute("select id from outstanding_actions")}


def test_samples_statuses_follow_the_rules(samples_db):
    conn = sqlite3.connect(samples_db)
    for status, later, updates in conn.execute(
        f"select status, {later_meetings_sql('actions.meeting_id')}, (select count(*) from action_updates u where u.action_id = actions.id) from actions"
    ):
        if updates:
            assert status in {"done", "in progress", "outstanding"}
        else:
            assert status == ("no update" if later else "pending"), (status, later)


def test_people_by_council_reads_through_indexes(samples_db):
    conn = sqlite3.connect(samples_db)
    indexes = {r[1] for r in conn.execute("select * from sqlite_master where type = 'index'")}
    assert {"idx_people_name_key", "idx_actions_person_id"} <= indexes
    plan = " ".join(str(r) for r in conn.execute("explain query plan select * from people_by_council"))
    assert "CORRELATED" not in plan.upper(), plan
    assert not re.search(r"SCAN (?:TABLE )?actions\b(?! USING)", plan) or "person_id" in plan


def test_a_file_of_attendance_labels_is_read_in_linear_time():
    import time

    hostile = "1 January 2020\n" + "PRESENT: Mr A\n" * 50000
    started = time.perf_counter()
    previous_minutes_sections(hostile, "2030-01-01")
    signature(hostile)
    assert time.perf_counter() - started < 5


def test_a_database_made_before_meetings_is_extracted_again(tmp_path):
    first = tmp_path / "minutes.txt"
    first.write_text(JUNE_MINUTES, encoding="utf-8")
    _ingest(tmp_path / "m.db", [first]).close()
    conn = sqlite3.connect(tmp_path / "m.db")
    for table in ("fingerprint_bands", "fingerprints", "meeting_documents", "meetings"):
        conn.execute(f"drop table {table}")
    conn.commit()
    conn.close()
    summary = ingest_files(str(tmp_path / "m.db"), [first], workers=1)
    assert summary.ok == 1 and summary.unchanged == 0
    conn = sqlite3.connect(tmp_path / "m.db")
    assert conn.execute("select date from meetings").fetchall() == [("2024-06-11",)]
