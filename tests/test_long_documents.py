"""Long documents and long items (issue 12): read in bounded windows, never an error; and follow-up
linking whose work per new meeting does not grow with the archive."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from generated_minutes import write_meetings

import minutes_miner.extraction as extraction
import minutes_miner.followup as followup
from minutes_miner.ingest import ingest_files

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import long_bench  # noqa: E402


def test_one_long_item_is_read_in_windows_and_stored_without_error(tmp_path, monkeypatch):
    """The bench's 2 MB item at a small scale, with windows small enough that it takes many."""
    path = tmp_path / "long_item.txt"
    size = long_bench.write_long_item(path, 0.03)
    monkeypatch.setattr(extraction, "WINDOW_CHARS", 2000)
    windows = []
    real = extraction._windows
    monkeypatch.setattr(extraction, "_windows", lambda *a: windows.append(found := real(*a)) or found)
    summary = ingest_files(tmp_path / "m.db", [path])
    assert summary.errors == 0
    conn = sqlite3.connect(tmp_path / "m.db")
    assert conn.execute("select status from documents").fetchone()[0] == "ok"
    longest = max(windows, key=len)
    assert len(longest) >= size // 2000, "the long item came in windows of at most WINDOW_CHARS"
    item_id = longest[0][2]
    resolutions = conn.execute("select char_start from resolutions where agenda_item_id = ?", [item_id]).fetchall()
    assert len(resolutions) >= len(longest) - 1 and max(r[0] for r in resolutions) > longest[-1][0], "decisions found in the last window too"


def test_a_generated_multi_page_minutes_pdf_is_read_to_its_last_page(tmp_path):
    path = tmp_path / "minutes.pdf"
    pages = long_bench.write_minutes_pdf(path, 6)
    assert pages == 6
    summary = ingest_files(tmp_path / "m.db", [path])
    assert summary.errors == 0
    conn = sqlite3.connect(tmp_path / "m.db")
    assert conn.execute("select max(page) from resolutions").fetchone()[0] == pages


def test_a_new_meeting_rewrites_the_statuses_of_a_few_actions_not_of_the_archive(tmp_path, cached_extraction, monkeypatch):
    """later_meetings is computed from ranks (not stored per action), so a new meeting touches
    its own actions, the last meeting's and the ones its sentences report on."""
    files = write_meetings(tmp_path / "minutes", 16)
    db_path = tmp_path / "m.db"
    ingest_files(db_path, files[:-1])
    marked = []
    real = followup._mark_actions
    monkeypatch.setattr(followup, "_mark_actions", lambda db, touched: marked.append(touched) or real(db, touched))
    ingest_files(db_path, files[-1:])
    conn = sqlite3.connect(db_path)
    assert conn.execute("select count(*) from actions").fetchone()[0] == 64
    assert 4 < len(marked[0]) <= 4 + 4 + 3, "the new meeting's 4, the last meeting's 4 and the 3 it reports on"
    later = dict(conn.execute("select meeting_id, max(later_meetings) from outstanding_actions group by meeting_id"))
    assert sorted(later.values(), reverse=True)[:2] in ([15, 14], [14, 13])


def test_reports_link_only_to_actions_of_the_window(tmp_path, cached_extraction, monkeypatch):
    """Weekly meetings report on the last three meetings' actions: with a 10-day window only last week's link."""
    files = write_meetings(tmp_path / "minutes", 10)
    ingest_files(tmp_path / "all.db", files)
    monkeypatch.setitem(followup._rules(), "window_days", 10)
    ingest_files(tmp_path / "window.db", files)
    gap = (
        "select cast(julianday(d.meeting_date) - julianday(m.date) as integer) from action_updates u join actions a on a.id = u.action_id "
        "join meetings m on m.id = a.meeting_id join documents d on d.id = u.document_id"
    )
    everything = [r[0] for r in sqlite3.connect(tmp_path / "all.db").execute(gap)]
    windowed = [r[0] for r in sqlite3.connect(tmp_path / "window.db").execute(gap)]
    assert max(everything) > 10 and windowed and max(windowed) <= 10
    # every report on last week's actions is still linked (a sentence whose best match was older may now take a recent one)
    assert len(windowed) >= sum(1 for g in everything if g <= 10)
