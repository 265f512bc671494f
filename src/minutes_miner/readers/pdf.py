"""PDF reader: text from pypdfium2, running headers and footers removed.

Why pypdfium2 and not pdfplumber for text: on the Kent corpus it is ~50x faster and
does not split drop capitals ("A pologies") or letter-spaced headings; see
docs/readers.md and bench/compare_pdf_text.py for the numbers. pdfplumber is still
used for `extract_pdf_tables`, where its ruling-line table finder is what we want.

The text comes out one page after another, one "line" block per text line, with a
blank line between pages, so `Document.page_at` maps any offset to its page.

Pieces: pdf_text.py (a page's text made readable), pdf_running.py (running headers and
footers), pdf_tables.py (tables, by pdfplumber).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium

from .base import Document, DocumentBuilder, ReadError
from .cleanup import plausible_title
from .ocr import MAX_OCR_PAGES, MAX_OCR_SECONDS, PageOcr, engine_version, needs_ocr, ocr_enabled, ocr_unavailable_reason
from .pdf_running import remove_headers_and_footers
from .pdf_tables import PdfTable, extract_pdf_tables
from .pdf_text import document_vocabulary, is_garbled, page_lines, page_text, rejoin_split_ordinals, resolve_line_break_hyphens

__all__ = ["read_pdf", "extract_pdf_tables", "PdfTable", "remove_headers_and_footers", "is_garbled", "resolve_line_break_hyphens"]


# PDFium is not thread-safe: one document at a time per process. Use processes, not
# threads, to read PDFs in parallel; the lock only stops threads corrupting each other.
_PDFIUM_LOCK = threading.Lock()


def read_pdf(path: Path, data: bytes) -> Document:
    """Read a PDF's text layer into a `Document`, or raise `ReadError`.

    Pages with no text layer, or an unreadable one, are OCR'd (see `readers/ocr.py`)
    when OCR is on and Tesseract is installed; their text takes the page's place, so
    the page map stays exact.
    """
    with _PDFIUM_LOCK:
        pdf = open_pdf(data)
        try:
            metadata = _pdf_metadata(pdf)
            layer = _extract_page_texts(pdf)
            ocr_note = _ocr_unreadable_pages(pdf, layer)
        finally:
            pdf.close()
    if not any(layer.texts):
        raise ReadError(_no_text_reason(layer, ocr_note))

    vocabulary = document_vocabulary(layer.texts)
    pages = [page_lines(rejoin_split_ordinals(resolve_line_break_hyphens(text, vocabulary))) for text in layer.texts]
    blind, notes = bool(layer.ocr_done), layer.notes()
    del layer  # the raw page texts: from here a page is held once, as its lines (a 5,000-page PDF is read whole)
    stripped = remove_headers_and_footers(pages, punctuation_blind=blind)
    # every line repeated on every page ("Minutes / Approved" on each): that is the text, not a running header
    pages = stripped if any(line.strip() for lines in stripped for line in lines) else pages
    del stripped

    builder = DocumentBuilder(str(path), "pdf")
    title = metadata.pop("title", None)
    builder.metadata.update(metadata)
    builder.metadata.update(notes)
    for index, lines in enumerate(pages):
        if index:
            builder.new_page()
        for line in lines:
            builder.add(line, "line", separator="\n")
        pages[index] = []  # its lines are in the builder now
    document = builder.build()
    document.title = plausible_title(title, document.text)
    return document


def open_pdf(data: bytes) -> pdfium.PdfDocument:
    """Open PDF bytes with pdfium, turning its failures into one-line reasons."""
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        raise ReadError(_open_error_reason(error, data)) from None


def _open_error_reason(error: pdfium.PdfiumError, data: bytes) -> str:
    code = getattr(error, "err_code", None)
    if code == pdfium.raw.FPDF_ERR_PASSWORD:
        return "encrypted PDF (password required)"
    if code == pdfium.raw.FPDF_ERR_SECURITY:
        return "encrypted PDF (unsupported security handler)"
    if b"%%EOF" not in data[-2048:]:
        return "corrupt PDF: file is truncated (no end-of-file marker)"
    return "corrupt PDF: pdfium cannot parse it (damaged structure)"


def _pdf_metadata(pdf: pdfium.PdfDocument) -> dict[str, str]:
    """The document info fields worth keeping, under lower-case names."""
    try:
        info = pdf.get_metadata_dict(skip_empty=True)
    except pdfium.PdfiumError:
        return {}
    keep = {"Title": "title", "Author": "author", "Creator": "creator", "Producer": "producer", "CreationDate": "created"}
    return {keep[key]: value.strip() for key, value in info.items() if key in keep and value and value.strip()}


@dataclass
class TextLayer:
    """Each page's text as read so far, and what was wrong with the pages that had none."""

    texts: list[str]
    garbled: list[int] = field(default_factory=list)  # 1-based page numbers
    broken: list[int] = field(default_factory=list)
    blank: list[int] = field(default_factory=list)  # nothing drawn at all: no text, no image (damaged or empty)
    ocr_wanted: list[int] = field(default_factory=list)
    ocr_done: list[int] = field(default_factory=list)
    ocr_skipped: list[int] = field(default_factory=list)  # over the OCR budget
    ocr_failed: list[int] = field(default_factory=list)
    ocr_engine: str | None = None

    def unreadable(self) -> list[int]:
        """Pages that are still without text although they should have some."""
        return sorted(n for n in set(self.garbled + self.broken + self.ocr_failed) if not self.texts[n - 1])

    def notes(self) -> dict[str, str]:
        """What the document's metadata records about OCR and unreadable pages."""
        notes = {}
        if self.ocr_done:
            notes["pages_ocr"] = _page_list(self.ocr_done)
            notes["ocr_engine"] = self.ocr_engine or "tesseract"
        if self.ocr_skipped:
            notes["ocr_skipped_pages"] = _page_list(self.ocr_skipped)
        if self.unreadable():
            notes["unreadable_pages"] = _page_list(self.unreadable())
        return notes


def _page_list(pages: list[int]) -> str:
    return ",".join(str(n) for n in sorted(pages))


def _extract_page_texts(pdf: pdfium.PdfDocument) -> TextLayer:
    """Raw text of every page ("" where there is none or it is garbage), and which pages need OCR.

    Each page and text page is closed straight away so that memory stays flat when
    thousands of files go through one process.
    """
    if len(pdf) == 0:
        raise ReadError("corrupt PDF: it has no pages")
    layer = TextLayer(texts=[])
    for index in range(len(pdf)):
        try:
            text = page_text(pdf, index)
        except pdfium.PdfiumError:
            layer.broken.append(index + 1)
            text = ""
        if is_garbled(text):
            layer.garbled.append(index + 1)
            text = ""
        if not text.strip() and index + 1 not in layer.broken and index + 1 not in layer.garbled and _draws_nothing(pdf, index):
            layer.blank.append(index + 1)  # no picture of text to OCR: a damaged content stream, or a blank page
        elif needs_ocr(text):
            layer.ocr_wanted.append(index + 1)
        layer.texts.append(text)
    return layer


def _ocr_unreadable_pages(pdf: pdfium.PdfDocument, layer: TextLayer) -> str | None:
    """OCR the pages that need it, in place; None, or why OCR did not run (for the error)."""
    if not layer.ocr_wanted:
        return None
    if not ocr_enabled():
        return "run OCR first"
    missing = ocr_unavailable_reason()
    if missing:
        return missing
    result = PageOcr().read(pdf, layer.ocr_wanted)
    for number, text in result.texts.items():
        if text.strip():
            layer.texts[number - 1] = text
            layer.ocr_done.append(number)
    layer.ocr_skipped, layer.ocr_failed = result.skipped, result.failed
    layer.ocr_engine = engine_version() if layer.ocr_done else None
    if result.skipped and not any(layer.texts):
        return f"OCR stopped at its budget of {MAX_OCR_PAGES} pages / {MAX_OCR_SECONDS:.0f} s"
    return "OCR found no text on its pages (blank scan?)"


def _no_text_reason(layer: TextLayer, ocr_note: str | None) -> str:
    """The one-line reason a PDF with no text at all is stored as an error."""
    note = f"; {ocr_note}" if ocr_note else ""
    if layer.garbled:
        return "PDF text layer is unreadable (fonts without a Unicode map)" + note
    if layer.broken:
        return "corrupt PDF: no page can be read"
    if len(layer.blank) == len(layer.texts):
        return "PDF pages draw nothing, neither text nor images (damaged content or blank pages); OCR cannot help"
    return "PDF has no text layer (scanned image?)" + note


def _draws_nothing(pdf: pdfium.PdfDocument, index: int) -> bool:
    """A page with no page objects at all: a scan has its picture, so OCR has nothing to read here."""
    page = pdf[index]
    try:
        return next(iter(page.get_objects(max_depth=1)), None) is None
    except pdfium.PdfiumError:
        return False
    finally:
        page.close()
