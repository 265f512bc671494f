"""Bad input through `minutes-miner ingest`: every malformed file is made here, in the test.

Each bad file must end up in `documents` with status 'error' and a one-line reason that
says what is wrong with the file; good files beside them are read; the batch carries on;
the exit code is 1 and the summary says how many failed.
"""

from __future__ import annotations

import io
import re
import sqlite3
import zipfile
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner

from minutes_miner.cli import cli

from store_helpers import FAR_FUTURE, freeze_clock, snapshot

MINUTES = (
    "MINUTES of the meeting of Hartwell Parish Council held on 14 May 2024 at the Village Hall.\n"
    "Present: Cllr A Jones (Chair), Cllr B Patel and Cllr C Wood.\n"
    "1. Apologies. Apologies were received from Cllr D Smith.\n"
    "2. Minutes. RESOLVED that the minutes of the meeting held on 9 April 2024 be approved.\n"
    "3. Highways. The Clerk agreed to write to the highways authority about the Mill Lane potholes.\n"
)
# Characters that cp1252 and UTF-8 encode differently: a wrong guess shows at once.
ENCODED = (
    "MINUTES of the meeting of Hartwell Parish Council held on 14 May 2024.\n"
    "4. Finance. The Council’s grant of £1,250 to the Village Hall was approved.\n"
    "RESOLVED that the Clerk’s report be noted.\n"
)


def text_pdf(text: str, **encryption) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    if encryption:
        pdf.set_encryption(**encryption)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, text)
    return bytes(pdf.output())


def image_only_pdf() -> bytes:
    """What a scanner makes: a page that is one picture of text, with no text layer."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    picture = Image.new("L", (800, 400), 255)
    draw = ImageDraw.Draw(picture)
    for row, line in enumerate(MINUTES.splitlines()):
        draw.text((20, 20 + 30 * row), line, fill=0)
    pdf = FPDF()
    pdf.add_page()
    pdf.image(picture, x=10, y=10, w=190)
    return bytes(pdf.output())


def docx_bytes(text: str) -> bytes:
    import docx

    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def xlsx_bytes() -> bytes:
    """A minimal Office Open XML workbook (the parts Excel writes first)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
        )
        z.writestr(
            "_rels/.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        )
        z.writestr(
            "xl/workbook.xml",
            '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Budget" sheetId="1"/></sheets></workbook>',
        )
        z.writestr(
            "xl/worksheets/sheet1.xml",
            '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>',
        )
    return buffer.getvalue()


# name -> (bytes, what the one-line reason must say). Names interleave good and bad files
# so that good files come after failures in the batch's order.
def bad_files() -> dict[str, tuple[bytes, str]]:
    good_pdf = text_pdf(MINUTES)
    good_docx = docx_bytes(MINUTES)
    return {
        "a_empty.txt": (b"", r"empty"),
        "b_truncated.pdf": (good_pdf[: len(good_pdf) // 2], r"truncated|corrupt|damaged"),
        "c_garbage.pdf": (b"%PDF-1.4\n" + bytes(range(256)) * 8, r"corrupt|damaged|truncated"),
        "d_encrypted.pdf": (text_pdf(MINUTES, owner_password="clerk", user_password="secret"), r"encrypted|password"),
        "e_scanned.pdf": (image_only_pdf(), r"no text layer"),
        "f_damaged.docx": (good_docx[: len(good_docx) // 2], r"corrupt|damaged"),
        "g_legacy.doc": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4096, r"\.doc\b|legacy|Word 97|binary Word"),
        "h_budget.xlsx": (xlsx_bytes(), r"(?i)(xlsx|excel|spreadsheet).*(not supported|unsupported)|(not supported|unsupported).*(xlsx|excel|spreadsheet)"),
    }


def good_files() -> dict[str, bytes]:
    return {
        "a_minutes.txt": MINUTES.encode("utf-8"),
        "c_minutes_really_a_pdf.docx": text_pdf(MINUTES),
        "e_minutes_cp1252.txt": ENCODED.encode("cp1252"),
        "g_minutes_bom.txt": b"\xef\xbb\xbf" + ENCODED.encode("utf-8"),
        "i_minutes.docx": docx_bytes(MINUTES),
        "j_permissions_only.pdf": text_pdf(MINUTES, owner_password="clerk"),  # no password to open
    }


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    """One ingest run over a folder of bad and good files."""
    folder = tmp_path_factory.mktemp("inbox")
    for name, (data, _) in bad_files().items():
        (folder / name).write_bytes(data)
    for name, data in good_files().items():
        (folder / name).write_bytes(data)
    db_path = folder.parent / f"{folder.name}.db"
    # --no-ocr: the scanned page stays a failure whether or not Tesseract is installed here
    # (with OCR it is read: tests/test_ocr.py).
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(db_path), "--workers", "1", "--no-ocr"])
    rows = {Path(r["path"]).name: r for r in sqlite_utils.Database(db_path)["documents"].rows} if db_path.exists() else {}
    return folder, db_path, result, rows


def test_the_batch_runs_to_the_end_and_exits_1(batch):
    _, _, result, rows = batch
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 1, result.output
    assert set(rows) == set(bad_files()) | set(good_files()), "every file must have a documents row"


def test_the_summary_says_how_many_failed(batch):
    _, _, result, _ = batch
    summary = result.stdout.strip().splitlines()[-1]
    failed = re.search(r"(\d+) failed", summary)
    assert failed, f"no failure count in the summary: {summary!r}"
    assert int(failed.group(1)) == len(bad_files())
    assert re.search(rf"\b{len(bad_files()) + len(good_files())} files\b", summary), summary


def test_each_failure_is_named_on_stderr(batch):
    _, _, result, _ = batch
    for name in bad_files():
        assert re.search(rf"{re.escape(name)}\b.*\S", result.stderr), f"{name} is not reported on stderr"
    assert "Traceback" not in result.output


def test_no_progress_bar_when_not_a_terminal(batch):
    _, _, result, _ = batch
    assert "\r" not in result.output


@pytest.mark.parametrize("name", list(bad_files()))
def test_a_bad_file_gets_an_error_row_with_a_one_line_reason(batch, name):
    _, _, _, rows = batch
    row = rows[name]
    expected = bad_files()[name][1]
    assert row["status"] == "error"
    reason = row["error"] or ""
    assert reason.strip() and "\n" not in reason and len(reason) < 300, repr(reason)
    assert re.search(expected, reason, re.I), f"reason for {name} should match {expected!r}: {reason!r}"
    assert "Traceback" not in reason and 'File "' not in reason


@pytest.mark.parametrize("name", list(good_files()))
def test_good_files_beside_bad_ones_are_read(batch, name):
    _, db_path, _, rows = batch
    row = rows[name]
    assert row["status"] == "ok", f"{name}: {row['error']}"
    assert row["error"] is None
    text = sqlite3.connect(db_path).execute("select text from document_texts where document_id = ?", [row["id"]]).fetchone()[0]
    assert "Hartwell Parish Council" in text


def test_a_pdf_named_docx_is_read_as_pdf(batch):
    _, _, _, rows = batch
    assert rows["c_minutes_really_a_pdf.docx"]["format"] == "pdf"
    assert rows["i_minutes.docx"]["format"] == "docx"


@pytest.mark.parametrize("name", ["e_minutes_cp1252.txt", "g_minutes_bom.txt"])
def test_odd_encodings_keep_their_characters(batch, name):
    _, db_path, _, rows = batch
    text = sqlite3.connect(db_path).execute("select text from document_texts where document_id = ?", [rows[name]["id"]]).fetchone()[0]
    assert "£1,250" in text
    assert "Council’s grant" in text and "Clerk’s report" in text
    assert "\ufffd" not in text and "\ufeff" not in text and "Ã" not in text and "â€" not in text
    assert text.startswith("MINUTES"), repr(text[:20])


def test_records_carry_the_right_characters_too(batch):
    """The encodings reach the records, not just the stored text."""
    _, db_path, _, rows = batch
    db = sqlite_utils.Database(db_path)
    for name in ("e_minutes_cp1252.txt", "g_minutes_bom.txt"):
        doc_id = rows[name]["id"]
        sentences = [r["sentence"] for r in db["statistics"].rows_where("document_id = ?", [doc_id])]
        sentences += [r["sentence"] for r in db["resolutions"].rows_where("document_id = ?", [doc_id])]
        assert any("£" in s or "’" in s for s in sentences), f"{name}: {sentences}"
        assert not any("\ufffd" in s for s in sentences)


def test_running_again_changes_nothing_even_for_failed_files(batch, monkeypatch):
    folder, db_path, _, _ = batch
    before = snapshot(db_path)
    freeze_clock(monkeypatch, FAR_FUTURE)
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(db_path), "--workers", "1"])
    total = len(bad_files()) + len(good_files())
    assert re.search(rf"\b{total} unchanged\b", result.stdout), result.stdout
    assert snapshot(db_path) == before


def test_a_crash_inside_extraction_is_one_error_not_the_end_of_the_batch(tmp_path, monkeypatch):
    """A bug met on one file (not a ReadError) is recorded against that file; the rest go on."""
    import minutes_miner.extraction as extraction

    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / "in").mkdir(exist_ok=True)
        (tmp_path / "in" / name).write_text(MINUTES.replace("Hartwell", name[0].upper() + "ford"), encoding="utf-8")
    real = extraction.extract_document

    def flaky(document, doc_id, *args, **kwargs):
        if document.path.endswith("b.txt"):
            raise IndexError("list index out of range")
        return real(document, doc_id, *args, **kwargs)

    monkeypatch.setattr(extraction, "extract_document", flaky)
    db_path = tmp_path / "m.db"
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "in"), "--db", str(db_path), "--workers", "1"])
    assert result.exit_code == 1, result.output
    assert re.search(r"\b1 failed\b", result.stdout)
    rows = {Path(r["path"]).name: r for r in sqlite_utils.Database(db_path)["documents"].rows}
    assert rows["a.txt"]["status"] == rows["c.txt"]["status"] == "ok"
    assert rows["b.txt"]["status"] == "error"
    assert "IndexError" in rows["b.txt"]["error"] and "\n" not in rows["b.txt"]["error"]
