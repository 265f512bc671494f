"""OCR of scanned PDFs: pages with no text layer, or an unreadable one, read by Tesseract.

The scanned PDFs are made here from text PDFs (readers/scanned.py renders each page to a
picture and saves a PDF with no text layer), so the right text is known and OCR is scored
by character error rate. Tests that run Tesseract skip, with the reason, when it is not
installed (.ci/run installs it).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from minutes_miner.cli import cli
from minutes_miner.extraction import extract_path
from minutes_miner.readers import ReadError, read_document
from minutes_miner.readers import ocr, pdf as pdf_reader
from minutes_miner.readers.ocr import character_error_rate, needs_ocr, ocr_disabled, ocr_unavailable_reason
from minutes_miner.readers.scanned import image_only_pdf, page_texts

from helpers import SHARED, needs_shared

needs_tesseract = pytest.mark.skipif(ocr_unavailable_reason() is not None, reason=f"OCR unavailable: {ocr_unavailable_reason()}")

# Two pages of minutes in the style councils type them; page 2 holds the decision and the action.
PAGE_ONE = [
    "HARTWELL PARISH COUNCIL",
    "Minutes of the meeting of the Parish Council held on Tuesday 14 March 2023",
    "at 7.30 pm in the Village Hall, Church Lane, Hartwell.",
    "Present: Cllr J Ashby (Chair), Cllr P Byrne, Cllr S Chaudhry and Cllr M Dunne.",
    "In attendance: Mrs K Ellis (Clerk) and two members of the public.",
    "1. Apologies for absence",
    "Apologies were received from Cllr T Foster, who was unwell.",
    "2. Declarations of interest",
    "Cllr Byrne declared an interest in item 5 as a neighbour of the applicant.",
    "3. Public participation",
    "A resident asked about the condition of the footpath beside the school and",
    "the Chair thanked her for raising it.",
]
PAGE_TWO = [
    "4. Playing field drainage",
    "The Clerk reported that three quotations had been received for the drainage",
    "works on the playing field, the lowest being from Greenway Contractors Ltd.",
    "RESOLVED that the quotation of Greenway Contractors Ltd be accepted and",
    "that the works be completed before the start of the cricket season.",
    "ACTION: The Clerk to write to Greenway Contractors Ltd to confirm the order.",
    "5. Planning applications",
    "The Council considered the application for a rear extension at 12 Mill Road",
    "and made no objection.",
    "The meeting closed at 9.05 pm.",
]


def text_pdf(pages: list[list[str]]) -> bytes:
    from fpdf import FPDF

    document = FPDF()
    document.set_font("Helvetica", size=11)
    for lines in pages:
        document.add_page()
        for line in lines:
            document.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(document.output())


def page_slices(document) -> list[str]:
    ends = document.page_starts[1:] + [len(document.text)]
    return [document.text[start:end] for start, end in zip(document.page_starts, ends)]


@pytest.fixture(scope="module")
def minutes_pdfs(tmp_path_factory) -> tuple[Path, Path, Path]:
    """The minutes as a text PDF, as a clean scan (300 dpi) and as an office scan (200 dpi, skewed, speckled, JPEG)."""
    folder = tmp_path_factory.mktemp("scans")
    data = text_pdf([PAGE_ONE, PAGE_TWO])
    paths = (folder / "minutes_text.pdf", folder / "minutes_scan.pdf", folder / "minutes_office_scan.pdf")
    paths[0].write_bytes(data)
    paths[1].write_bytes(image_only_pdf(data))
    paths[2].write_bytes(image_only_pdf(data, scan_like=True))
    return paths


# --- judgements that need no Tesseract -----------------------------------------------------


def test_needs_ocr_for_empty_and_glyph_id_pages_only():
    assert needs_ocr("") and needs_ocr(" \n ")
    assert needs_ocr("\x15\x1a\x17\x12\x01\x1b\x0e\x16\x15 \x01\x10\x1a\x19 $\x19\x1b\x1b\x01")  # a font without a Unicode map
    assert needs_ocr("\ue001\ue002\ue003 \ue004\ue005\ue006 \ue007\ue008\ue009 \ue00a\ue00b\ue00c \ue00d\ue00e\ue00f \ue010\ue011\ue012 ab")
    assert not needs_ocr("RESOLVED that the minutes be approved.")
    assert not needs_ocr("Contents ........................ 3\nIntroduction .................... 4\nBudget .......... 12")
    assert not needs_ocr("Total £m 12.4 13.1 £ 14.2 £ 15.0 £ 16.9 £ 17.3 Pay band £ 21,000 - £ 24,000 Grade KR6")


def test_character_error_rate_is_edit_distance_over_reference_length():
    assert character_error_rate("RESOLVED", "RESOLVED") == 0.0
    assert character_error_rate("abcd", "abed") == 0.25
    assert character_error_rate("Clerk to write", "Clerk  to\nwrite") == 0.0, "whitespace runs count as one space"
    assert character_error_rate("18th March", "18t March") == 0.1
    assert character_error_rate("", "") == 0.0 and character_error_rate("", "x") == 1.0
    long_reference = "The Clerk reported that three quotations had been received. " * 60
    assert character_error_rate(long_reference, long_reference.replace("Clerk", "Clerc")) == pytest.approx(60 / len(long_reference.strip()))


def test_no_ocr_keeps_todays_error(minutes_pdfs):
    _, scan, _ = minutes_pdfs
    with ocr_disabled():
        with pytest.raises(ReadError, match=r"^PDF has no text layer \(scanned image\?\); run OCR first$"):
            read_document(scan)
    result = CliRunner().invoke(cli, ["extract", "--no-ocr", str(scan)])
    assert result.exit_code == 1
    assert json.loads(result.stdout)["document"]["error"] == "PDF has no text layer (scanned image?); run OCR first"


def test_no_ocr_in_ingest_and_the_switch_is_restored(minutes_pdfs, tmp_path):
    _, scan, _ = minutes_pdfs
    db_path = tmp_path / "m.db"
    result = CliRunner().invoke(cli, ["ingest", str(scan), "--db", str(db_path), "--workers", "1", "--no-ocr"])
    assert result.exit_code == 1
    status, error = sqlite3.connect(db_path).execute("select status, error from documents").fetchone()
    assert (status, error) == ("error", "PDF has no text layer (scanned image?); run OCR first")
    assert ocr.ocr_enabled(), "--no-ocr holds for its own run only"


def test_missing_tesseract_says_how_to_install_it(minutes_pdfs, monkeypatch, tmp_path):
    _, scan, _ = minutes_pdfs
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path))
    monkeypatch.setattr(ocr, "_TESSDATA_DIRS", ())
    ocr.find_tessdata.cache_clear()
    try:
        with pytest.raises(ReadError) as raised:
            read_document(scan)
    finally:
        ocr.find_tessdata.cache_clear()
    reason = str(raised.value)
    assert reason.startswith("PDF has no text layer (scanned image?); ")
    assert "apt-get install tesseract-ocr tesseract-ocr-eng" in reason and "\n" not in reason


def test_the_ocr_budget_leaves_pages_out_and_says_which(minutes_pdfs, monkeypatch):
    """Past MAX_OCR_PAGES a file's remaining pages are listed, not read: OCR time stays bounded."""
    _, scan, _ = minutes_pdfs
    monkeypatch.setattr(pdf_reader, "ocr_unavailable_reason", lambda: None)
    monkeypatch.setattr(pdf_reader, "engine_version", lambda: "tesseract (stub)")
    monkeypatch.setattr(ocr, "recognise", lambda image: ("Minutes read from the picture", 95))
    monkeypatch.setattr(ocr, "MAX_OCR_PAGES", 1)
    document = read_document(scan)
    assert document.pages == 2
    assert page_slices(document) == ["Minutes read from the picture", ""]
    assert document.metadata["pages_ocr"] == "1" and document.metadata["ocr_skipped_pages"] == "2"


def test_a_page_read_by_ocr_keeps_its_place_in_the_page_map(minutes_pdfs, monkeypatch):
    """A text page, then a scanned one: the OCR'd text is page 2, and the text layer of page 1 is untouched."""
    text, scan, _ = minutes_pdfs
    import pypdfium2 as pdfium

    mixed = pdfium.PdfDocument.new()
    mixed.import_pages(pdfium.PdfDocument(text.read_bytes()), [0])
    mixed.import_pages(pdfium.PdfDocument(scan.read_bytes()), [1])
    path = scan.parent / "mixed.pdf"
    mixed.save(str(path))
    monkeypatch.setattr(pdf_reader, "ocr_unavailable_reason", lambda: None)
    monkeypatch.setattr(pdf_reader, "engine_version", lambda: "tesseract (stub)")
    monkeypatch.setattr(ocr, "recognise", lambda image: ("4. Playing field drainage\nRESOLVED that the quotation be accepted.", 95))
    document = read_document(path)
    assert document.metadata["pages_ocr"] == "2"
    first, second = page_slices(document)
    assert first.startswith("HARTWELL PARISH COUNCIL") and "RESOLVED" not in first
    assert document.page_at(document.text.index("RESOLVED")) == 2


def test_an_unsure_page_is_read_again_despeckled_and_the_surer_reading_kept(monkeypatch):
    from PIL import Image

    calls = []

    def recognise(image):
        calls.append(image)
        return ("RESOLVED that the minutes be approved.", 94) if len(calls) == 2 else ("RES0LVED . that the rninutes ' be approved.", 71)

    monkeypatch.setattr(ocr, "recognise", recognise)
    assert ocr.read_image(Image.new("L", (60, 60), 255)) == "RESOLVED that the minutes be approved."
    assert len(calls) == 2
    calls.clear()
    monkeypatch.setattr(ocr, "recognise", lambda image: calls.append(image) or ("Minutes", 95))
    assert ocr.read_image(Image.new("L", (60, 60), 255)) == "Minutes" and len(calls) == 1, "a confident page is read once"


def test_ocr_noise_lines_go_so_page_labels_are_still_found(monkeypatch, minutes_pdfs):
    """Specks read as "_" or "«" lines must not stand between "Page 1 of 2" and the page's edge."""
    _, scan, _ = minutes_pdfs
    monkeypatch.setattr(pdf_reader, "ocr_unavailable_reason", lambda: None)
    monkeypatch.setattr(pdf_reader, "engine_version", lambda: "tesseract (stub)")
    monkeypatch.setattr(ocr, "recognise", lambda image: ("RESOLVED that the accounts be approved.\nPage 1 of 2\n_\n« .\n", 95))
    document = read_document(scan)
    assert page_slices(document)[0].strip() == "RESOLVED that the accounts be approved."


def test_running_headers_read_by_ocr_match_despite_their_punctuation():
    from minutes_miner.readers.pdf import remove_headers_and_footers

    headers = [
        "Westbrook County Council - Cabinet - 4 July 2024",
        "Westbrook County Council -- Cabinet -. 4 July 2024",
        "Westbrook County Council - Cabinet, 4 July 2024",
    ]
    bodies = [["Apologies were received from Cllr Foster."], ["The minutes were approved."], ["The meeting closed at 9.05 pm."]]
    pages = [[header, *body] for header, body in zip(headers, bodies)]
    blind = remove_headers_and_footers(pages, punctuation_blind=True)
    assert blind == [pages[0], bodies[1], bodies[2]], "the header stays where it first appears, as for text layers"
    assert remove_headers_and_footers(pages) == pages, "text layers still need the same line word for word"


# --- Tesseract at work ---------------------------------------------------------------------


@needs_tesseract
@pytest.mark.parametrize("which", ["clean scan", "office scan"])
def test_scanned_minutes_read_back_within_two_percent(minutes_pdfs, which):
    text, clean, office = minutes_pdfs
    scan = clean if which == "clean scan" else office
    document = read_document(scan)
    assert document.metadata["pages_ocr"] == "1,2" and document.metadata["ocr_engine"].startswith("tesseract ")
    assert document.pages == 2
    for number, (reference, read) in enumerate(zip(page_texts(text.read_bytes()), page_slices(document)), start=1):
        assert character_error_rate(reference, read) <= 0.02, f"page {number}: {read!r}"
    assert document.page_at(document.text.index("RESOLVED")) == 2


@needs_tesseract
def test_scanned_minutes_give_the_same_records_as_their_text_version(minutes_pdfs):
    text, clean, _ = minutes_pdfs
    from_text, from_scan = extract_path(text), extract_path(clean)
    assert from_scan.document.status == "ok"
    assert from_scan.details["pages_ocr"] == "1,2"

    def squash(value: str) -> str:
        return " ".join(value.split())

    resolutions = [squash(r.text) for r in from_text.resolutions]
    assert resolutions and any("Greenway Contractors Ltd be accepted" in r for r in resolutions)
    assert [squash(r.text) for r in from_scan.resolutions] == resolutions
    assert [r.page for r in from_scan.resolutions] == [r.page for r in from_text.resolutions] == [2]
    actions = [(a.owner, squash(a.description)) for a in from_text.actions]
    assert actions and [(a.owner, squash(a.description)) for a in from_scan.actions] == actions
    assert (from_scan.document.meeting_date, from_scan.document.council) == (from_text.document.meeting_date, from_text.document.council)


@needs_tesseract
def test_a_blank_scan_is_still_an_error(tmp_path):
    from PIL import Image

    path = tmp_path / "blank.pdf"
    Image.new("L", (1700, 2200), 255).save(path, "PDF", resolution=200)
    with pytest.raises(ReadError, match=r"^PDF has no text layer \(scanned image\?\); OCR found no text"):
        read_document(path)


@needs_tesseract
def test_the_source_view_says_which_pages_were_read_by_ocr(minutes_pdfs, tmp_path):
    from datasette_helpers import get, query

    _, clean, _ = minutes_pdfs
    db_path = tmp_path / "scans.db"
    result = CliRunner().invoke(cli, ["ingest", str(clean), "--db", str(db_path), "--workers", "1"])
    assert result.exit_code == 0, result.output
    (details,) = query(db_path, "select details from documents")[0]
    assert json.loads(details)["pages_ocr"] == "1,2"
    (resolution_id,) = query(db_path, "select id from resolutions")[0]
    html = get(db_path, f"/-/minutes/scans/record/resolutions/{resolution_id}").text
    assert "Read by OCR" in html and "pages 1–2 of 2" in html
    assert "(read by OCR)" in html, "the evidence's page is an OCR'd page"
    assert 'class="mm-page mm-ocr" id="page-2"' in html


# --- the two real scanned files in ../shared -----------------------------------------------

REAL_SCANS = {
    "corpus/devpool/intl/greenville_sc_1.pdf": (10, "FORMAL MEETING OF CITY COUNCIL"),
    "corpus/formats/pdf/horsley_pc_agenda_363.pdf": (1, "HORSLEY PARISH COUNCIL"),
}


@needs_shared
@needs_tesseract
def test_the_real_scanned_files_ingest_as_ok_with_their_text(tmp_path):
    db_path = tmp_path / "real.db"
    paths = [str(SHARED / name) for name in REAL_SCANS]
    result = CliRunner().invoke(cli, ["ingest", *paths, "--db", str(db_path), "--workers", "1"])
    assert result.exit_code == 0, result.output
    db = sqlite3.connect(db_path)
    for name, (pages, heading) in REAL_SCANS.items():
        status, count, details, text = db.execute(
            "select status, pages, details, text from documents join document_texts on document_id = id where file_name = ?", [Path(name).name]
        ).fetchone()
        assert status == "ok" and count == pages
        assert json.loads(details)["pages_ocr"] == ",".join(str(n) for n in range(1, pages + 1))
        assert heading in text
    greenville = db.execute("select text from document_texts join documents on id = document_id where file_name = 'greenville_sc_1.pdf'").fetchone()[0]
    assert "Monday, May 22, 2023" in greenville and "Mayor Knox White" in greenville
