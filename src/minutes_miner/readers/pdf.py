"""PDF reader: text from pypdfium2, running headers and footers removed.

Why pypdfium2 and not pdfplumber for text: on the Kent corpus it is ~50x faster and
does not split drop capitals ("A pologies") or letter-spaced headings; see
docs/readers.md and bench/compare_pdf_text.py for the numbers. pdfplumber is still
used for `extract_pdf_tables`, where its ruling-line table finder is what we want.

The text comes out one page after another, one "line" block per text line, with a
blank line between pages, so `Document.page_at` maps any offset to its page.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium

from .base import Document, DocumentBuilder, ReadError
from .cleanup import PAGE_LABEL_RE, SYMBOL_FONT_CHARS, is_explicit_page_label, page_label_number, plausible_title
from .ocr import MAX_OCR_PAGES, MAX_OCR_SECONDS, PageOcr, engine_version, needs_ocr, ocr_enabled, ocr_unavailable_reason

__all__ = ["read_pdf", "extract_pdf_tables", "PdfTable", "remove_headers_and_footers"]

# pdfium writes U+FFFE where a line ended in a hyphen and it joined the two lines.
LINE_BREAK_HYPHEN = "\ufffe"

_DIGITS_RE = re.compile(r"\d+")
_WORD_CHARS_RE = re.compile(r"\w+")
_WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# pdfium puts a superscript ordinal on a line of its own: "MEETING 9" / "th MAY 2018".
_SPLIT_ORDINAL_RE = re.compile(r"(\d)[ \t]*(?:\r\n|\r|\n)(st|nd|rd|th)\b")
_HYPHEN_JOIN_RE = re.compile(r"([^\W\d_]*)\ufffe[ \t]*(?:\r\n|\r|\n)?[ \t]*([^\W\d_]*)")

# PDFium is not thread-safe: one document at a time per process. Use processes, not
# threads, to read PDFs in parallel; the lock only stops threads corrupting each other.
_PDFIUM_LOCK = threading.Lock()

# How many lines at each edge of a page can belong to a header or footer.
EDGE_ZONE_LINES = 4
# A running header/footer is at most this long and on at least this share of pages.
RUNNING_LINE_MAX_CHARS = 120
RUNNING_LINE_MIN_SHARE = 0.5
RUNNING_LINE_MIN_PAGES = 3
# A page whose characters are more than this share control/replacement characters has
# fonts without a Unicode map: its "text" is glyph ids, not words.
GARBAGE_SHARE = 0.1


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

    vocabulary = _document_vocabulary(layer.texts)
    pages = [_page_lines(_rejoin_split_ordinals(_resolve_line_break_hyphens(text, vocabulary))) for text in layer.texts]
    stripped = remove_headers_and_footers(pages, punctuation_blind=bool(layer.ocr_done))
    # every line repeated on every page ("Minutes / Approved" on each): that is the text, not a running header
    pages = stripped if any(line.strip() for lines in stripped for line in lines) else pages

    builder = DocumentBuilder(str(path), "pdf")
    title = metadata.pop("title", None)
    builder.metadata.update(metadata)
    builder.metadata.update(layer.notes())
    for index, lines in enumerate(pages):
        if index:
            builder.new_page()
        for line in lines:
            builder.add(line, "line", separator="\n")
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
            text = _page_text(pdf, index)
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


def _page_text(pdf: pdfium.PdfDocument, index: int) -> str:
    page = pdf[index]
    try:
        textpage = page.get_textpage()
        try:
            return textpage.get_text_range()
        finally:
            textpage.close()
    finally:
        page.close()


def is_garbled(text: str) -> bool:
    """True when a page's text is glyph ids rather than words.

    PDFs whose fonts lack a ToUnicode map give control characters and U+FFFD; an
    image-only page gives no text at all, which is not garbled, just empty.
    """
    visible = [ch for ch in text if not ch.isspace()]
    if not visible:
        return False
    bad = sum(1 for ch in visible if ch == "\ufffd" or unicodedata.category(ch) == "Cc")
    return bad / len(visible) > GARBAGE_SHARE


def _document_vocabulary(pages: list[str]) -> set[str]:
    """Lower-case words (hyphenated or not) the document uses outside line breaks."""
    words: set[str] = set()
    for text in pages:
        words.update(word.lower() for word in _WORD_RE.findall(text.replace(LINE_BREAK_HYPHEN, " ")))
    return words


def _resolve_line_break_hyphens(text: str, vocabulary: set[str]) -> str:
    """Turn pdfium's U+FFFE line-break hyphen into "-" or nothing.

    In council documents written in Word, a hyphen at the end of a line is nearly
    always a real one ("father-inclusive", "long-term", "Crow-Brown" in the Kent
    minutes), because Word does not hyphenate by default. So keep "-", unless the
    document spells the joined word without a hyphen elsewhere and never with one:
    that is the mark of automatic hyphenation ("manage-ment" -> "management").
    """

    def join(match: re.Match[str]) -> str:
        left, right = match.group(1), match.group(2)
        if left and right:
            joined = (left + right).lower()
            hyphenated = f"{left}-{right}".lower()
            if joined in vocabulary and hyphenated not in vocabulary:
                return left + right
        return f"{left}-{right}"

    return _HYPHEN_JOIN_RE.sub(join, text)


def _rejoin_split_ordinals(text: str) -> str:
    """Put a superscript "th" back on its number, so dates read "9th MAY 2018"."""
    return _SPLIT_ORDINAL_RE.sub(r"\1\2", text)


def _page_lines(text: str) -> list[str]:
    """Non-blank lines of a page, with control characters and symbol-font bullets fixed."""
    lines = []
    for line in text.splitlines():
        line = "".join(SYMBOL_FONT_CHARS.get(ch, ch) for ch in line if ch == "\t" or unicodedata.category(ch) != "Cc")
        line = line.strip()
        if line:
            lines.append(line)
    return lines


def remove_headers_and_footers(pages: list[list[str]], punctuation_blind: bool = False) -> list[list[str]]:
    """Drop page labels and running headers/footers from the edges of each page.

    - A page label ("Page 3 of 17", "- 4 -") at the top or bottom goes. A bare number
      goes only if it is the page's own number, or shifted from it by the same amount
      as on other pages (agenda packs number from the first page of the pack).
    - A short line that recurs (digits ignored) at the top or bottom of at least half
      the pages, and of at least three, is a running header or footer: it is kept
      where it first appears, because there it is often the document's own title,
      and dropped from every later page.
    - punctuation_blind (for documents with OCR'd pages): lines that differ only in
      punctuation count as the same line, because OCR reads a header's dashes and dots
      a little differently on each page ("Council -- Cabinet -." / "Council - Cabinet -").
    """
    page_offsets = _page_number_offsets(pages)
    running_top = _running_lines(pages, top=True, blind=punctuation_blind)
    running_bottom = _running_lines(pages, top=False, blind=punctuation_blind)
    seen: set[str] = set()
    cleaned = []
    for index, lines in enumerate(pages):
        lines = _strip_edge(lines, index, page_offsets, running_top, seen, top=True, blind=punctuation_blind)
        lines = _strip_edge(lines, index, page_offsets, running_bottom, seen, top=False, blind=punctuation_blind)
        cleaned.append(lines)
    return cleaned


def _strip_edge(
    lines: list[str], index: int, page_offsets: set[int], running: set[str], seen: set[str], top: bool, blind: bool = False
) -> list[str]:
    """Remove header (top=True) or footer lines from the edge zone of one page.

    Page labels go wherever they sit in the zone (a label often follows a header line
    that changes from section to section); running lines go only while they are
    contiguous from the edge, so body text that happens to repeat is left alone.
    """
    order = list(range(len(lines))) if top else list(range(len(lines) - 1, -1, -1))
    drop: set[int] = set()
    at_edge = True
    for position in order[:EDGE_ZONE_LINES]:
        line = lines[position]
        if _is_this_pages_label(line, index, page_offsets):
            drop.add(position)
            continue
        keys = [key for key in _running_keys(line, blind) if key in running]
        if at_edge and keys:
            if keys[0] in seen:
                drop.add(position)
            seen.add(keys[0])
            continue
        at_edge = False
    return [line for position, line in enumerate(lines) if position not in drop]


def _is_this_pages_label(line: str, index: int, page_offsets: set[int]) -> bool:
    number = page_label_number(line)
    if number is None:
        return False
    if is_explicit_page_label(line):
        return True  # "Page 3", "- 3 -", "3 of 17": written as a page label
    return number - (index + 1) in page_offsets


def _page_number_offsets(pages: list[list[str]]) -> set[int]:
    """Offsets (printed number minus page position) that bare edge numbers follow.

    0 always counts; another offset counts when two or more pages agree on it, so a
    lone "7" at the foot of a table is not taken for a page number.
    """
    offsets: Counter[int] = Counter()
    for index, lines in enumerate(pages):
        edge = lines[:EDGE_ZONE_LINES] + lines[-EDGE_ZONE_LINES:]
        numbers = (page_label_number(line) for line in edge)
        found = {number - (index + 1) for number in numbers if number is not None}
        offsets.update(found)
    return {0} | {offset for offset, count in offsets.items() if count >= 2}


def _exact_key(line: str, blind: bool = False) -> str:
    if blind:
        return " ".join(_WORD_CHARS_RE.findall(line)).lower()
    return " ".join(line.split()).lower()


def _masked_key(line: str, blind: bool = False) -> str:
    return _DIGITS_RE.sub("#", _exact_key(line, blind))


def _running_keys(line: str, blind: bool = False) -> tuple[str, str]:
    """The two ways a line can repeat: word for word, or with only its numbers changed."""
    return "=" + _exact_key(line, blind), "#" + _masked_key(line, blind)


def _running_lines(pages: list[list[str]], top: bool, blind: bool = False) -> set[str]:
    """Keys of short lines that sit in the top (or bottom) zone of most pages.

    A line repeated word for word counts. A line whose numbers change from page to
    page ("Budget Report | 7", "July 11, 2023 - Minutes - Page 2") counts only if one
    of its numbers follows the page number; otherwise it is a table's running total
    ("Total £m 12.4 13.1") or similar, which is data.
    """
    if len(pages) < RUNNING_LINE_MIN_PAGES:
        return set()
    exact: Counter[str] = Counter()
    offsets_by_masked: dict[str, Counter[int]] = {}
    for index, lines in enumerate(pages):
        zone = lines[:EDGE_ZONE_LINES] if top else lines[-EDGE_ZONE_LINES:]
        for line in {line for line in zone if len(line) <= RUNNING_LINE_MAX_CHARS}:
            exact[_exact_key(line, blind)] += 1
            offsets = {int(number) - (index + 1) for number in _DIGITS_RE.findall(line)}
            offsets_by_masked.setdefault(_masked_key(line, blind), Counter()).update(offsets)
    needed = max(RUNNING_LINE_MIN_PAGES, RUNNING_LINE_MIN_SHARE * len(pages))
    keys = {"=" + key for key, count in exact.items() if count >= needed}
    keys |= {"#" + key for key, offsets in offsets_by_masked.items() if offsets and max(offsets.values()) >= needed}
    return {key for key in keys if not PAGE_LABEL_RE.match(key[1:].replace("#", "1"))}


@dataclass
class PdfTable:
    """One table found by pdfplumber: its 1-based page and rows of cell strings."""

    page: int
    rows: list[list[str]]


def extract_pdf_tables(path: str | Path, pages: list[int] | None = None) -> list[PdfTable]:
    """Tables on the given 1-based pages (all pages if None), via pdfplumber.

    Slow (pdfplumber parses every glyph) so it is for report tables a later stage asks
    for, not for every page `read_pdf` reads. Empty cells come back as "".
    """
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    tables: list[PdfTable] = []
    try:
        with pdfplumber.open(str(path), pages=pages) as pdf:
            for page in pdf.pages:
                for table in page.extract_tables():
                    rows = [[" ".join((cell or "").split()) for cell in row] for row in table]
                    if any(any(cell for cell in row) for row in rows):
                        tables.append(PdfTable(page=page.page_number, rows=rows))
                page.close()
    except PDFPasswordIncorrect:
        raise ReadError("encrypted PDF (password required)") from None
    except PDFSyntaxError as error:
        raise ReadError(f"corrupt PDF: {error}") from None
    return tables
