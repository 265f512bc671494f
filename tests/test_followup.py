"""Follow-up across meetings: later minutes reporting on earlier actions."""

from __future__ import annotations

import sqlite3

from helpers import SAMPLES

from minutes_miner.followup import content_words, status_of


def test_status_wording():
    assert status_of("The breakdown of suspensions by year group was still outstanding.") == "outstanding"
    assert status_of("The dates had been circulated to all Members on 14 June. Action complete.") == "done"
    assert status_of("Work on the new leaflet was ongoing.") == "in progress"
    assert status_of("Members discussed the leaflet.") is None


def test_content_words_ignore_function_words_and_plurals():
    assert content_words("circulate the dates of the meetings to all Members") == {"circulate", "date"}


def test_later_panel_minutes_update_the_earlier_actions(samples_db):
    """June's Corporate Parenting Panel set actions; September's action log reports on them."""
    conn = sqlite3.connect(samples_db)
    rows = conn.execute(
        "select a.description, a.status, u.status, d.meeting_date from action_updates u "
        "join actions a on a.id = u.action_id join documents d on d.id = u.document_id"
    ).fetchall()
    by_task = {description: (status, update, date) for description, status, update, date in rows}
    dates = [t for t in by_task if t.startswith("circulate the dates of the autumn Children in Care Council")]
    suspensions = [t for t in by_task if t.startswith("provide a breakdown of suspensions")]
    assert dates and by_task[dates[0]][:2] == ("done", "done")
    assert suspensions and by_task[suspensions[0]][:2] == ("outstanding", "outstanding")
    assert all(date == "2024-09-17" for _, _, date in by_task.values())
    # an update only ever points back in time, to the same body
    bad = conn.execute(
        "select count(*) from action_updates u join actions a on a.id = u.action_id "
        "join documents later on later.id = u.document_id join documents earlier on earlier.id = a.document_id "
        "where later.meeting_date <= earlier.meeting_date or later.body != earlier.body"
    ).fetchone()[0]
    assert bad == 0


def test_outstanding_actions_leaves_out_what_was_done(samples_db):
    conn = sqlite3.connect(samples_db)
    open_tasks = [r[0] for r in conn.execute("select description from outstanding_actions")]
    assert not any(t.startswith("circulate the dates of the autumn Children in Care Council") for t in open_tasks)
    assert any(t.startswith("provide a breakdown of suspensions") for t in open_tasks)
    assert (SAMPLES / "txt" / "westbrook_cpp_2024-06-11.txt").exists()


def test_by_the_next_meeting_is_dated_from_the_next_minutes(samples_db):
    conn = sqlite3.connect(samples_db)
    rows = conn.execute("select due_text, due_date from actions where description like 'provide a breakdown of suspensions%'").fetchall()
    assert rows == [("by the next meeting", "2024-09-17")]
