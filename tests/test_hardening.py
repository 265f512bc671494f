"""No single file or fault ends a batch: budgets, dead workers, odd files, locks, a full disk.

Each hostile case is made here, among real minutes from corpus/samples, and run through the
real `minutes-miner ingest` (supervised worker processes, forked from this test process, so a
monkeypatched extraction reaches the workers).
"""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import time
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner

import minutes_miner.extraction as extraction
from minutes_miner.cli import cli
from minutes_miner.ingest import collect_files, exclusive_ingest, extract_file, ingest_files, unreadable_id
from minutes_miner.store import get_state, open_db, set_state

from helpers import SAMPLES

GOOD = ["westbrook_cpp_2024-06-11.txt", "hartwell_pc_agenda_2024-01-09.txt"]


def run(*args) -> "CliRunner":
    return CliRunner().invoke(cli, [str(a) for a in args])


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    for name in GOOD:
        (folder / name).write_bytes((SAMPLES / "txt" / name).read_bytes())
    return folder


def documents(db_path: Path) -> dict[str, dict]:
    return {Path(r["path"]).name: r for r in sqlite_utils.Database(db_path)["documents"].rows}


def misbehave_on(monkeypatch, name: str, behaviour) -> None:
    """Make extraction of the file called `name` run `behaviour()` first (in the worker)."""
    real = extraction.extract_document

    def patched(document, doc_id, *args, **kwargs):
        if document.path.endswith(name):
            behaviour()
        return real(document, doc_id, *args, **kwargs)

    monkeypatch.setattr(extraction, "extract_document", patched)


def assert_good_files_stored(db_path: Path) -> None:
    rows = documents(db_path)
    for name in GOOD:
        assert rows[name]["status"] == "ok", rows[name]["error"]


def test_a_file_past_its_time_budget_is_an_error_and_the_batch_goes_on(inbox, tmp_path, monkeypatch):
    (inbox / "b_slow.txt").write_text("Minutes of the Parish Council\n\nRESOLVED that the report be noted.\n")
    misbehave_on(monkeypatch, "b_slow.txt", lambda: time.sleep(60))
    started = time.monotonic()
    result = run("ingest", inbox, "--db", tmp_path / "m.db", "--workers", "1", "--time-budget", "2")
    assert time.monotonic() - started < 40
    assert result.exit_code == 1
    row = documents(tmp_path / "m.db")["b_slow.txt"]
    assert row["status"] == "error" and "time budget of 2 s" in row["error"]
    assert_good_files_stored(tmp_path / "m.db")
    assert re.search(r"\b1 failed\b", result.stdout)


def test_a_worker_killed_mid_file_is_one_error_row_and_a_new_worker_carries_on(inbox, tmp_path, monkeypatch):
    (inbox / "b_killed.txt").write_text("Minutes of the Parish Council\n\nRESOLVED that the report be noted.\n")
    misbehave_on(monkeypatch, "b_killed.txt", lambda: os.kill(os.getpid(), signal.SIGKILL))
    result = run("ingest", inbox, "--db", tmp_path / "m.db", "--workers", "2")
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    row = documents(tmp_path / "m.db")["b_killed.txt"]
    assert row["status"] == "error" and "killed by SIGKILL" in row["error"]
    assert_good_files_stored(tmp_path / "m.db")


def test_a_file_past_its_memory_budget_is_an_error(inbox, tmp_path, monkeypatch):
    (inbox / "b_greedy.txt").write_text("Minutes of the Parish Council\n\nRESOLVED that the report be noted.\n")
    misbehave_on(monkeypatch, "b_greedy.txt", lambda: bytearray(600 * 1024 * 1024))
    result = run("ingest", inbox, "--db", tmp_path / "m.db", "--workers", "1", "--memory-budget", "300")
    assert result.exit_code == 1
    row = documents(tmp_path / "m.db")["b_greedy.txt"]
    assert row["status"] == "error" and "memory budget" in row["error"]
    assert_good_files_stored(tmp_path / "m.db")


def test_a_file_name_that_is_not_utf8_is_stored_and_a_rerun_is_clean(inbox, tmp_path):
    raw = os.path.join(os.fsencode(inbox), b"caf\xe9_minutes.txt")
    with open(raw, "wb") as handle:
        handle.write((SAMPLES / "txt" / GOOD[0]).read_bytes().replace(b"Westbrook", b"Eastbrook"))
    first = run("ingest", inbox, "--db", tmp_path / "m.db", "--workers", "1")
    assert first.exit_code == 0, first.output
    rows = documents(tmp_path / "m.db")
    assert rows["caf\\xe9_minutes.txt"]["status"] == "ok"
    again = run("ingest", inbox, "--db", tmp_path / "m.db", "--workers", "1")
    assert again.exit_code == 0 and "3 unchanged" in again.stdout


def test_pipes_link_loops_and_non_documents_are_skipped_and_counted(inbox, tmp_path):
    os.mkfifo(inbox / "a_pipe.txt")
    (inbox / "loop").mkdir()
    os.symlink("..", inbox / "loop" / "up")
    (inbox / "README.md").write_text("# Minutes archive\nDownloaded from the council website.\n")
    (inbox / "payments.csv").write_text("payee,amount\nA,1\n")
    (inbox / "scan.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    result = run("ingest", inbox, "--db", tmp_path / "m.db", "--workers", "1")
    assert result.exit_code == 0, result.output
    assert "4 skipped (not documents)" in result.stdout and "0 failed" in result.stdout
    assert re.search(r"skipped: .*a_pipe\.txt: not a regular file", result.stderr)
    assert set(documents(tmp_path / "m.db")) == set(GOOD)


def test_extract_refuses_a_pipe_instead_of_waiting_for_ever(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    result = run("extract", tmp_path / "pipe.txt")
    assert result.exit_code == 2 and "not a regular file" in result.output


def test_an_unreadable_file_never_takes_the_id_of_empty_content(tmp_path):
    missing = tmp_path / "deleted_mid_run.txt"
    result = extract_file(str(missing))
    assert result.document.status == "error" and "cannot open file" in result.document.error
    assert result.document.id == unreadable_id(str(missing))
    assert result.document.id != extraction.file_id(b"")


def test_a_second_ingest_into_the_same_database_refuses_in_one_line(inbox, tmp_path):
    db_path = tmp_path / "m.db"
    with exclusive_ingest(db_path):
        result = run("ingest", inbox, "--db", db_path, "--workers", "1")
    assert result.exit_code == 1
    assert result.output.strip().splitlines()[-1].startswith("Error: another minutes-miner ingest is writing to")
    assert run("ingest", inbox, "--db", db_path, "--workers", "1").exit_code == 0


def test_a_full_disk_stops_with_one_line_a_summary_and_a_valid_database(inbox, tmp_path, monkeypatch):
    db_path = tmp_path / "m.db"
    real = sqlite_utils.db.Table.insert_all
    calls = {"documents": 0}

    def insert_all(self, rows, *args, **kwargs):
        if self.name == "documents":
            calls["documents"] += 1
            if calls["documents"] == 2:
                raise sqlite3.OperationalError("database or disk is full")
        return real(self, rows, *args, **kwargs)

    monkeypatch.setattr(sqlite_utils.db.Table, "insert_all", insert_all)
    result = run("ingest", inbox, "--db", db_path, "--workers", "1")
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert re.search(r"Error: the disk is full: stopped before storing .*; the 1 documents stored before it are whole", result.output)
    assert re.search(r"2 files: 1 ingested", result.stdout)
    connection = sqlite3.connect(db_path)
    assert connection.execute("pragma integrity_check").fetchone()[0] == "ok"
    assert connection.execute("select count(*) from documents").fetchone()[0] == 1


def test_follow_up_linking_left_stale_by_a_crash_runs_on_the_next_ingest(inbox, tmp_path, monkeypatch):
    db_path = tmp_path / "m.db"
    files = collect_files([inbox])[0]
    ingest_files(db_path, files)
    db = open_db(db_path)
    assert get_state(db, "followup") == "current"
    set_state(db, "followup", "stale")  # as a crash after the last document would leave it
    db.close()
    linked = []
    import minutes_miner.followup as followup

    monkeypatch.setattr(followup, "link_action_updates", lambda db: linked.append(True) or 0)
    summary = ingest_files(db_path, files)
    assert summary.unchanged == len(files) and linked == [True]
    assert get_state(open_db(db_path), "followup") == "current"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--workers", "0"], "Invalid value for '--workers': 0 is not in the range x>=1"),
        (["--workers", "-3"], "Invalid value for '--workers': -3 is not in the range x>=1"),
        (["--db", "/nonexistent-folder/m.db"], "Error: cannot create /nonexistent-folder/m.db: folder /nonexistent-folder does not exist"),
    ],
)
def test_bad_ingest_arguments_are_one_line_errors(inbox, args, message):
    result = run("ingest", inbox, *args)
    assert result.exit_code != 0
    assert message in result.output and "Traceback" not in result.output


def test_a_database_that_is_not_sqlite_is_a_one_line_error(inbox, tmp_path):
    not_db = tmp_path / "notes.db"
    not_db.write_text("these are my notes, not a database\n" * 100)
    result = run("ingest", inbox, "--db", not_db)
    assert result.exit_code == 1
    assert f"Error: {not_db} is not a minutes-miner SQLite database" in result.output
    assert "Traceback" not in result.output


def test_a_rerun_reports_the_documents_still_in_error(inbox, tmp_path):
    (inbox / "z_empty.txt").write_bytes(b"")
    first = run("ingest", inbox, "--db", tmp_path / "m.db", "--workers", "1")
    assert first.exit_code == 1
    assert "still in error" not in first.output  # a failure of this run is not an earlier one
    again = run("ingest", inbox, "--db", tmp_path / "m.db", "--workers", "1")
    assert again.exit_code == 1
    assert "3 unchanged (1 of them still in error)" in again.stdout
    assert re.search(r"still in error from an earlier run .*z_empty\.txt", again.stderr)


def test_eval_with_no_gold_files_is_an_error(tmp_path):
    (tmp_path / "empty").mkdir()
    result = run("eval", tmp_path / "empty")
    assert result.exit_code == 2 and "no gold files" in result.output


@pytest.mark.parametrize("command", ["ingest", "extract", "serve", "eval", "schemas"])
def test_dash_h_is_help_everywhere(command):
    result = run(command, "-h")
    assert result.exit_code == 0 and "Usage: " in result.output and "--help" in result.output


def test_one_hostile_file_of_each_kind_among_real_minutes_costs_only_itself(inbox, tmp_path, monkeypatch):
    """Issue 13's batch: every other file is stored, each hostile one is an error with its true
    reason (or read, when it is only odd), and the exit code and summary say so."""
    import zipfile

    for sample in ["pdf/westbrook_county_council_2024-10-17.pdf", "docx/hartwell_pc_2023-11-14.docx"]:
        (inbox / Path(sample).name).write_bytes((SAMPLES / sample).read_bytes())
    with zipfile.ZipFile(inbox / "h_bomb.docx", "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        with package.open("word/document.xml", "w", force_zip64=True) as member:
            for _ in range(300):
                member.write(b" " * (1 << 20))
    (inbox / "h_truncated.pdf").write_bytes((SAMPLES / "pdf/westbrook_county_council_2024-10-17.pdf").read_bytes()[:3000])
    (inbox / "h_slow.txt").write_text("Minutes of the Parish Council\n\nRESOLVED that the report be noted.\n")
    misbehave_on(monkeypatch, "h_slow.txt", lambda: time.sleep(600))
    odd_but_readable = {
        "o_head_of.txt": "Minutes of Ashby Parish Council\n\nthe Head of " + "Planning " * 1000,
        "o_initials.txt": "Minutes of Ashby Parish Council\n\nCllr John " + "A " * 1200,
        "o_deep.html": "<html><body>" + "<div>" * 5000 + "<p>RESOLVED that the accounts be approved.</p>" + "</div>" * 5000 + "</body></html>",
        "o_script.html": "<html><body><h1>Minutes</h1><script>alert(1)</script><p onclick='x()'>RESOLVED that the accounts be approved.</p></body></html>",
    }
    for name, text in odd_but_readable.items():
        (inbox / name).write_text(text)
    (inbox / "o_nul.html").write_bytes(b"<html><body><h1>Minutes</h1>\x00<p>RESOLVED that the accounts be approved.</p></body></html>")
    with open(os.path.join(os.fsencode(inbox), b"o_caf\xe9.txt"), "wb") as handle:
        handle.write(b"Minutes of Ashby Parish Council\n\nRESOLVED that the caf\xe9 grant of \xa3250 be paid.\n")
    os.mkfifo(inbox / "s_pipe.txt")
    (inbox / "s_loop").mkdir()
    os.symlink("..", inbox / "s_loop" / "up")

    started = time.monotonic()
    result = run("ingest", inbox, "--db", tmp_path / "m.db", "--workers", "2", "--time-budget", "5")
    assert time.monotonic() - started < 300  # the 600 s file was cut at its budget (a loose bound: the machine may be busy)
    assert result.exit_code == 1 and "Traceback" not in result.output
    rows = documents(tmp_path / "m.db")
    reasons = {"h_bomb.docx": "zip bomb", "h_truncated.pdf": "truncated", "h_slow.txt": "time budget of 5 s"}
    for name, reason in reasons.items():
        assert rows[name]["status"] == "error" and reason in rows[name]["error"], (name, rows[name]["error"])
        assert re.search(rf"error: .*{re.escape(name)}: .*{reason}", result.stderr), name
    readable = [n for n in rows if n not in reasons]
    assert len(readable) == len(GOOD) + 2 + len(odd_but_readable) + 2
    for name in readable:
        assert rows[name]["status"] == "ok", (name, rows[name]["error"])
    assert "<script>" not in sqlite_utils.Database(tmp_path / "m.db").execute("select group_concat(text) from document_texts").fetchone()[0]
    summary = result.stdout.strip().splitlines()[-1]
    assert re.search(rf"{len(rows) + 1} files: {len(readable)} ingested, 0 unchanged, 3 failed, 1 skipped \(not documents\)", summary), summary
    assert "skipped: " in result.stderr and "s_pipe.txt: not a regular file" in result.stderr


# --- the server -------------------------------------------------------------------------------


def test_bad_urls_are_answered_fast_without_a_traceback(samples_db, capsys):
    from datasette_helpers import fetch

    name = samples_db.stem
    (doc_id,) = [row[0] for row in __import__("sqlite3").connect(samples_db).execute("select id from documents where status = 'ok' limit 1")]
    responses = fetch(
        [samples_db],
        f"/-/minutes/{name}/record/resolutions/" + "x" * 20000,
        f"/-/minutes/{name}/record/no_such_table/1",
        "/no_such_database/table/row",
        f"/-/minutes/{name}/source/{doc_id}?start=9223372036854775808",
        f"/-/minutes/{name}/source/{doc_id}?start=-5",
    )
    assert [r.status_code for r in responses] == [404, 404, 404, 400, 400]
    assert len(responses[0].text) < 20000  # the id is not echoed back in full
    printed = capsys.readouterr()
    assert "Traceback" not in printed.err + printed.out and "NotFound" not in printed.err + printed.out


# --- hostile files ----------------------------------------------------------------------------


def test_a_docx_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    import zipfile

    from minutes_miner.readers import ReadError, read_document

    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        with package.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b" " * (1 << 20)
            for _ in range(300):
                member.write(chunk)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    with pytest.raises(ReadError, match=r"would unpack to 300 MB .*zip bomb"):
        read_document(bomb)


def test_html_nested_thousands_deep_is_read_not_a_recursion_error(tmp_path):
    from minutes_miner.readers import read_document

    page = tmp_path / "deep.html"
    page.write_text("<html><body>" + "<div>" * 5000 + "<p>RESOLVED that the accounts be approved.</p>" + "</div>" * 5000 + "</body></html>")
    assert "RESOLVED that the accounts be approved." in read_document(page).text


def test_an_html_page_with_a_stray_nul_byte_is_read_as_html(tmp_path):
    from minutes_miner.readers import read_document

    page = tmp_path / "minutes.html"
    page.write_bytes(b"<html><body><h1>Minutes</h1>\x00<p>RESOLVED that the accounts be approved.</p></body></html>")
    document = read_document(page)
    assert document.format == "html" and "\x00" not in document.text
    assert "RESOLVED that the accounts be approved." in document.text


def test_a_segment_longer_than_a_window_is_read_in_windows_with_the_same_records(tmp_path, monkeypatch):
    """What a minutes book of millions of characters meets, at a small scale: same records, no E088."""
    paragraph = "The Committee considered the report of the Head of Finance.\n\nRESOLVED that the report on item {n} be noted.\n\n"
    text = "Minutes of the meeting of Ashby Parish Council held on 4 March 2024\n\n" + "".join(paragraph.format(n=n) for n in range(60))
    path = tmp_path / "book.txt"
    path.write_text(text)
    whole = extraction.extract_path(path)
    monkeypatch.setattr(extraction, "WINDOW_CHARS", 1000)
    windowed = extraction.extract_path(path)
    assert len(whole.resolutions) == 60
    assert [r.text for r in windowed.resolutions] == [r.text for r in whole.resolutions]
    assert [(r.char_start, r.char_end) for r in windowed.resolutions] == [(r.char_start, r.char_end) for r in whole.resolutions]


def test_windows_cover_the_segment_exactly_and_cut_at_paragraphs():
    text = ("word " * 30 + "\n\n") * 2000
    windows = extraction._windows(text, 0, len(text), "item")
    assert windows[0][0] == 0 and windows[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(windows, windows[1:]))
    assert all(end - start <= extraction.WINDOW_CHARS for start, end, _ in windows)
    assert all(text[end - 2 : end] == "\n\n" for _, end, _ in windows[:-1])


def test_serve_refuses_a_file_that_is_not_sqlite_in_one_line(tmp_path):
    not_db = tmp_path / "notes.db"
    not_db.write_text("these are my notes\n" * 200)
    result = run("serve", not_db)
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: {not_db} is not a SQLite database (file is not a database)"


def test_stopping_serve_by_its_pid_stops_the_server(samples_db):
    import socket
    import subprocess
    import sys
    import urllib.request

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    cmd = [sys.executable, "-c", "from minutes_miner.cli import cli; cli()", "serve", str(samples_db), "--port", str(port)]
    server = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/-/versions.json", timeout=2).read()
                break
            except OSError:
                time.sleep(0.2)
        else:
            pytest.fail("the server did not start")
        server.terminate()
        server.wait(timeout=20)
        time.sleep(0.5)
        with pytest.raises(OSError):
            urllib.request.urlopen(f"http://127.0.0.1:{port}/-/versions.json", timeout=2).read()
    finally:
        server.kill()


def test_a_forced_reingest_of_a_primary_and_its_copy_counts_each_file_once(tmp_path):
    """The copy orphaned when its primary is stored again is extracted on its own turn, not twice."""
    folder = tmp_path / "in"
    folder.mkdir()
    minutes = (SAMPLES / "txt" / GOOD[0]).read_bytes()
    (folder / "a_minutes.txt").write_bytes(minutes)
    (folder / "b_minutes_copy.txt").write_bytes(minutes + b"\n")  # the same minutes published twice
    db_path = tmp_path / "m.db"
    first = run("ingest", folder, "--db", db_path, "--workers", "1")
    assert "2 files: 2 ingested" in first.stdout, first.stdout
    again = run("ingest", folder, "--db", db_path, "--workers", "1", "--force")
    assert "2 files: 2 ingested" in again.stdout, again.stdout
    copies = sqlite_utils.Database(db_path).execute("select count(*) from documents where copy_of is not null").fetchone()[0]
    assert copies == 1


# --- numbering past 9,999 and PDFs that are not scans -------------------------------------------


def test_agenda_items_are_numbered_past_9999(tmp_path):
    """Councils that number minutes from their founding reach five digits: 9998, 9999, 10000 ..."""
    path = tmp_path / "minutes.txt"
    path.write_text(
        "Minutes of the Parish Council meeting\n\n" + "".join(f"{n}. Highways report {n}\nThe Council noted the report.\n\n" for n in range(9998, 10004))
    )
    assert [item.number for item in extraction.extract_path(path).agenda_items] == [str(n) for n in range(9998, 10004)]


def _pdf(pages: list[str]) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    for text in pages:
        pdf.add_page()
        pdf.set_font("Helvetica", size=11)
        pdf.multi_cell(0, 6, text)
    return bytes(pdf.output())


def test_a_pdf_whose_pages_repeat_the_same_short_lines_is_read_not_called_a_scan(tmp_path):
    """Every line on every page looks like a running header; when that is all there is, it is the text."""
    from minutes_miner.readers import read_document

    path = tmp_path / "notices.pdf"
    path.write_bytes(_pdf(["Ashby Parish Council\nNotice of meeting\nAgreed"] * 4))
    document = read_document(path)
    assert document.text.count("Notice of meeting") == 4 and document.pages == 4


def test_a_pdf_with_damaged_content_is_not_told_to_run_ocr(tmp_path):
    """Pages that draw nothing (a scrambled content stream) hold no picture for OCR to read."""
    from minutes_miner.readers import ReadError, read_document

    data = bytearray(_pdf(["Minutes of the Parish Council\nRESOLVED that the report be noted.\n" * 5]))
    start, end = data.find(b"stream\n") + 7, data.find(b"endstream") - 1
    data[start:end] = bytes((b * 7 + 13) % 256 for b in data[start:end])  # same length: the file still opens
    path = tmp_path / "damaged.pdf"
    path.write_bytes(bytes(data))
    with pytest.raises(ReadError) as error:
        read_document(path)
    assert "OCR" not in str(error.value).replace("OCR cannot help", "") and "scanned" not in str(error.value)
    assert "damaged" in str(error.value)
