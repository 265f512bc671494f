"""Follow-up linking after an ingest redoes only the bodies that received documents, with the
same result as linking the whole database again, whatever order the meetings came in."""

from __future__ import annotations

import sqlite3

from generated_minutes import write_meetings
from helpers import SAMPLES, SHARED, needs_shared

import minutes_miner.followup as followup
from minutes_miner.followup_index import later_meetings_sql
from minutes_miner.ingest import ingest_files, iter_files
from minutes_miner.store import open_db


def _dump(db_path) -> dict:
    """Everything linking decides: the links, and each action's status, count of later meetings and due date."""
    conn = sqlite3.connect(db_path)
    return {
        "updates": sorted(conn.execute("select id, action_id, document_id, status, page, char_start, char_end, sentence from action_updates").fetchall()),
        "actions": sorted(conn.execute(f"select id, status, {later_meetings_sql('actions.meeting_id')}, due_date from actions").fetchall()),
        "outstanding": sorted(conn.execute("select * from outstanding_actions").fetchall()),
    }


def _full_relink(db_path) -> dict:
    db = open_db(db_path)
    followup.link_action_updates(db)
    db.close()
    return _dump(db_path)


def _ingest_in_batches(db_path, batches) -> dict:
    for batch in batches:
        ingest_files(db_path, list(batch))
    return _dump(db_path)


def test_generated_meetings_one_at_a_time_in_any_order_link_as_one_ingest(tmp_path, cached_extraction):
    files = write_meetings(tmp_path / "minutes", 14)
    whole = _ingest_in_batches(tmp_path / "whole.db", [files])
    statuses = {status for _, status, _, _ in whole["actions"]}
    assert len(whole["updates"]) >= 20 and statuses == {"pending", "no update", "done", "in progress", "outstanding"}
    assert _full_relink(tmp_path / "whole.db") == whole
    assert _ingest_in_batches(tmp_path / "one.db", [[f] for f in files]) == whole
    assert _ingest_in_batches(tmp_path / "reverse.db", [[f] for f in reversed(files)]) == whole
    shuffled = [files[5:9], files[:3], files[12:], files[9:12], files[3:5]]
    assert _ingest_in_batches(tmp_path / "shuffled.db", shuffled) == whole


def test_a_replaced_meeting_relinks_the_later_ones(tmp_path, cached_extraction):
    """Minutes corrected after later meetings were ingested: the later reports link to the new actions."""
    files = write_meetings(tmp_path / "minutes", 8)
    db_path = tmp_path / "m.db"
    _ingest_in_batches(db_path, [[f] for f in files])
    text = files[2].read_text()
    files[2].write_text(text.replace("ACTION:", "It was noted that:", 2))  # two of its actions are gone
    ingest_files(db_path, [files[2]])
    incremental = _dump(db_path)
    assert incremental == _full_relink(db_path)
    fresh = _ingest_in_batches(tmp_path / "fresh.db", [files])
    assert incremental == fresh


def test_a_new_meeting_links_only_itself_against_the_index(tmp_path, cached_extraction, monkeypatch):
    files = write_meetings(tmp_path / "minutes", 12)
    db_path = tmp_path / "m.db"
    ingest_files(db_path, files[:-1])
    linked, offered = [], []
    real_links, real_earlier = followup._links_for_meeting, followup._earlier_actions
    monkeypatch.setattr(followup, "_links_for_meeting", lambda db, m: linked.append(m["date"]) or real_links(db, m))
    monkeypatch.setattr(followup, "_earlier_actions", lambda db, m, s: offered.append(found := real_earlier(db, m, s)) or found)
    ingest_files(db_path, files[-1:])
    assert linked == ["2001-03-20"], "only the new meeting is linked again"
    earlier_actions = sqlite3.connect(db_path).execute("select count(*) from actions where meeting_id is not null").fetchone()[0] - 4
    assert 3 <= len(offered[0]) < earlier_actions / 4, "the index offers the actions its sentences share words with, not all 44"


def test_a_crash_left_stale_links_everything_again(tmp_path, cached_extraction, monkeypatch):
    from minutes_miner.store import set_state

    files = write_meetings(tmp_path / "minutes", 6)
    db_path = tmp_path / "m.db"
    ingest_files(db_path, files[:5])
    db = open_db(db_path)
    set_state(db, "followup", "stale")
    db.close()
    linked = []
    real = followup._links_for_meeting
    monkeypatch.setattr(followup, "_links_for_meeting", lambda db, m: linked.append(m["date"]) or real(db, m))
    ingest_files(db_path, files[5:])
    assert len(linked) == 6
    assert _dump(db_path) == _ingest_in_batches(tmp_path / "fresh.db", [files])


@needs_shared
def test_real_minutes_one_at_a_time_link_as_one_ingest(tmp_path, cached_extraction):
    """Kent's cabinet and full council minutes of three dates each, and the sample Westbrook panel's action log."""
    files = iter_files([SHARED / "corpus" / "kent", SAMPLES])
    whole = _ingest_in_batches(tmp_path / "whole.db", [files])
    assert whole["updates"], "the samples' September action log reports on June's actions"
    assert _ingest_in_batches(tmp_path / "one.db", [[f] for f in files]) == whole
    # In reverse order a reprint may be stored before its original (other ids): the same as linking it all again
    reverse = _ingest_in_batches(tmp_path / "reverse.db", [[f] for f in reversed(files)])
    assert reverse["updates"] and reverse == _full_relink(tmp_path / "reverse.db")
