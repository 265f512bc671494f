"""OCR for PDF pages without a usable text layer: render with pdfium, read with Tesseract.

Scanned minutes (a typed and signed page, scanned) have no text layer; some PDFs have
one that is glyph ids rather than words (fonts without a Unicode map). `read_pdf` asks
`needs_ocr` about every page and, for those pages only, `PageOcr.read` renders the page
(pypdfium2, 300 dpi, greyscale) and reads it with Tesseract through tesserocr, page by
page, so the OCR'd text takes the page's place in the page map and every record's page
and character offsets stay exact.

Why tesserocr (Tesseract's C++ API in process) and not pytesseract or OCRmyPDF: on the
same pages it reads the same text with less CPU per page (one engine kept loaded per
process; no PNG written and no process started per page), and it ships wheels with the
Tesseract library for Linux, macOS and Windows. It still needs Tesseract's English model,
which Debian's `tesseract-ocr-eng` installs. Measurements: docs/readers.md.

OCR is on when the model is found, off when `MINUTES_MINER_OCR=0` (the CLI's `--no-ocr`
sets it for the run, and worker processes inherit it). Time is bounded: at most
`MAX_OCR_PAGES` pages and `MAX_OCR_SECONDS` per file, `PAGE_TIMEOUT_MS` per page; pages
beyond the budget are left out and listed, never a crash.
"""

from __future__ import annotations

import os
import time
import unicodedata
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterator

__all__ = [
    "INSTALL_HINT",
    "OcrResult",
    "PageOcr",
    "character_error_rate",
    "find_tessdata",
    "needs_ocr",
    "ocr_disabled",
    "ocr_enabled",
    "ocr_unavailable_reason",
]

# The one line a user reads when OCR would be needed and Tesseract is not there.
INSTALL_HINT = "install Tesseract to read it: apt-get install tesseract-ocr tesseract-ocr-eng (Debian/Ubuntu), brew install tesseract (macOS)"
ENV_SWITCH = "MINUTES_MINER_OCR"
LANGUAGE = "eng"

# 300 dpi is what Tesseract is trained for; huge pages are scaled so the long side stays
# under MAX_SIDE_PX (a 300 dpi A4 page is 2480 x 3508).
DPI = 300
MAX_SIDE_PX = 5000
MAX_OCR_PAGES = 100
MAX_OCR_SECONDS = 600.0
PAGE_TIMEOUT_MS = 120_000
# Below this mean word confidence a page is read a second time, despeckled. Measured:
# clean renders and the two real scans in ../shared score 91-95; generated office scans
# (speckle) 78-82 raw and 94-95 despeckled.
RETRY_BELOW_CONFIDENCE = 88
# A rendered page with fewer dark pixels than this share is blank: nothing to read.
INK_THRESHOLD = 160
MIN_INK_SHARE = 0.0005

# A text layer is unreadable when, setting digits, punctuation and spaces aside, fewer
# than this share of its characters are letters (glyph ids come out as control
# characters, symbols or private-use code points). Measured on ../shared/corpus: the
# lowest real page is 0.79 (a pay table full of "£"), a font without a Unicode map 0.00.
MIN_LETTER_SHARE = 0.5
MIN_JUDGED_CHARS = 20
# The same test pdf.is_garbled makes: control or replacement characters.
GARBAGE_SHARE = 0.1

# Where Debian, Ubuntu, Fedora, Homebrew and source builds put Tesseract's models.
_TESSDATA_DIRS = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",
    "/opt/homebrew/share/tessdata",
    "/usr/local/share/tesseract-ocr/5/tessdata",
)


# --- when to OCR ------------------------------------------------------------------------


def needs_ocr(text: str) -> bool:
    """True when a page's text layer is empty or unreadable, so the page must be OCR'd.

    Counted over the page's distinct characters (Counter runs in C), not character by character.
    """
    visible = {ch: n for ch, n in Counter(text).items() if not ch.isspace()}
    total = sum(visible.values())
    if not total:
        return True
    bad = sum(n for ch, n in visible.items() if ch == "\ufffd" or unicodedata.category(ch) == "Cc")
    if bad / total > GARBAGE_SHARE:
        return True
    judged = {ch: n for ch, n in visible.items() if not ch.isdigit() and not unicodedata.category(ch).startswith("P") and ch != "\ufffe"}
    judged_total = sum(judged.values())
    if judged_total < MIN_JUDGED_CHARS:
        return False
    return sum(n for ch, n in judged.items() if ch.isalpha()) / judged_total < MIN_LETTER_SHARE


def ocr_enabled() -> bool:
    """False when the user switched OCR off (`--no-ocr`, or MINUTES_MINER_OCR=0)."""
    return os.environ.get(ENV_SWITCH, "1").strip().lower() not in {"0", "no", "off", "false"}


@contextmanager
def ocr_disabled(disabled: bool = True) -> Iterator[None]:
    """Switch OCR off for what runs inside (and the worker processes it starts), then restore."""
    if not disabled:
        yield
        return
    before = os.environ.get(ENV_SWITCH)
    os.environ[ENV_SWITCH] = "0"
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(ENV_SWITCH, None)
        else:
            os.environ[ENV_SWITCH] = before


@lru_cache(maxsize=1)
def find_tessdata() -> str | None:
    """The folder holding Tesseract's English model, or None when it is not installed."""
    candidates = []
    prefix = os.environ.get("TESSDATA_PREFIX")
    if prefix:
        candidates += [prefix, os.path.join(prefix, "tessdata")]
    candidates += list(_TESSDATA_DIRS)
    for folder in candidates:
        if (Path(folder) / f"{LANGUAGE}.traineddata").is_file():
            return folder
    return None


def ocr_unavailable_reason() -> str | None:
    """Why OCR cannot run here (one line with the install command), or None when it can."""
    try:
        import tesserocr  # noqa: F401
    except ImportError:
        return "the tesserocr package is missing (pip install tesserocr); " + INSTALL_HINT
    if find_tessdata() is None:
        return f"Tesseract's English model ({LANGUAGE}.traineddata) was not found; " + INSTALL_HINT
    return None


# --- reading pages ----------------------------------------------------------------------


@dataclass
class OcrResult:
    """What OCR did to one file: text per OCR'd page (1-based) and the pages it left."""

    texts: dict[int, str] = field(default_factory=dict)
    blank: list[int] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)  # over the page or time budget
    failed: list[int] = field(default_factory=list)
    seconds: float = 0.0


@lru_cache(maxsize=1)
def _engine():
    """One Tesseract engine per process, kept loaded: loading the model takes ~0.3 s."""
    import tesserocr

    api = tesserocr.PyTessBaseAPI(path=find_tessdata(), lang=LANGUAGE, psm=tesserocr.PSM.AUTO)
    return api


def engine_version() -> str:
    import tesserocr

    return "tesseract " + tesserocr.tesseract_version().split()[1]


class PageOcr:
    """OCR of chosen pages of one open pdfium document, within the time and page budget."""

    def __init__(self, max_pages: int | None = None, max_seconds: float | None = None) -> None:
        self.max_pages = MAX_OCR_PAGES if max_pages is None else max_pages
        self.max_seconds = MAX_OCR_SECONDS if max_seconds is None else max_seconds

    def read(self, pdf, pages: list[int]) -> OcrResult:
        """Text of each of `pages` (1-based) of `pdf`; a page that fails is listed, not raised."""
        result = OcrResult()
        started = time.perf_counter()
        done = 0
        for number in pages:
            if done >= self.max_pages or time.perf_counter() - started > self.max_seconds:
                result.skipped.append(number)
                continue
            image = render_page(pdf, number - 1)
            if image is None:
                result.failed.append(number)
                continue
            if not has_ink(image):
                result.blank.append(number)
                continue
            done += 1
            text = read_image(image)
            if text is None:
                result.failed.append(number)
            else:
                result.texts[number] = without_noise_lines(text)
        result.seconds = time.perf_counter() - started
        return result


def render_page(pdf, index: int):
    """The page as a greyscale PIL image at DPI (less for huge pages), or None if pdfium fails."""
    import pypdfium2 as pdfium

    try:
        page = pdf[index]
    except pdfium.PdfiumError:
        return None
    try:
        width, height = page.get_size()
        scale = min(DPI / 72, MAX_SIDE_PX / max(width, height, 1))
        bitmap = page.render(scale=scale, grayscale=True)
        try:
            return bitmap.to_pil().copy()
        finally:
            bitmap.close()
    except pdfium.PdfiumError:
        return None
    finally:
        page.close()


def has_ink(image) -> bool:
    """True when enough of the page is dark to hold text (a blank separator page is not)."""
    histogram = image.convert("L").histogram()
    dark = sum(histogram[:INK_THRESHOLD])
    return dark / max(1, image.width * image.height) >= MIN_INK_SHARE


def read_image(image) -> str | None:
    """Tesseract's text for one page image, or None when it fails or times out.

    A page Tesseract is unsure of (mean word confidence under RETRY_BELOW_CONFIDENCE) is
    read again despeckled, and the more confident reading is kept: scanner speckle is the
    commonest cause, and filtering every page instead would blur clean scans' thin strokes.
    """
    first = recognise(image)
    if first is None or first[1] >= RETRY_BELOW_CONFIDENCE:
        return first[0] if first else None
    second = recognise(despeckle(image))
    best = max((reading for reading in (first, second) if reading), key=lambda reading: reading[1])
    return best[0]


def without_noise_lines(text: str) -> str:
    """OCR text without the lines that hold no letter or digit ("_", "«", ". |").

    Tesseract reads specks, rules and table borders as such lines; at a page's edge they
    would hide the running header or "Page 3 of 3" from the header and footer cleaning.
    """
    return "\n".join(line for line in text.splitlines() if any(ch.isalnum() for ch in line))


def despeckle(image):
    """A 3x3 median filter: removes the isolated dots of a scan (dust, noise)."""
    from PIL import ImageFilter

    return image.filter(ImageFilter.MedianFilter(3))


def recognise(image) -> tuple[str, int] | None:
    """Tesseract's text and mean word confidence (0-100) for one image; None on failure or timeout."""
    api = _engine()
    try:
        api.SetImage(image)
        api.SetSourceResolution(DPI)
        if not api.Recognize(timeout=PAGE_TIMEOUT_MS):
            return None
        return api.GetUTF8Text(), api.MeanTextConf()
    except RuntimeError:
        return None
    finally:
        api.Clear()


# --- accuracy ---------------------------------------------------------------------------


def character_error_rate(reference: str, hypothesis: str) -> float:
    """Levenshtein distance / reference length, on text with whitespace runs made one space.

    How OCR accuracy is measured in the tests and `make bench`. Bit-parallel (Myers/Hyyrö),
    so a whole page (thousands of characters) takes milliseconds in pure Python.
    """
    a, b = " ".join(reference.split()), " ".join(hypothesis.split())
    if not a:
        return 0.0 if not b else 1.0
    return _levenshtein(a, b) / len(a)


def _levenshtein(a: str, b: str) -> int:
    """Edit distance by Hyyrö's bit-vector algorithm, with `a` as the pattern."""
    if not b:
        return len(a)
    masks: dict[str, int] = {}
    for i, ch in enumerate(a):
        masks[ch] = masks.get(ch, 0) | (1 << i)
    full = (1 << len(a)) - 1
    high = 1 << (len(a) - 1)
    positive, negative, score = full, 0, len(a)
    for ch in b:
        match = masks.get(ch, 0)
        vertical = match | negative
        horizontal = (((match & positive) + positive) ^ positive) | match
        horizontal_pos = negative | (~(horizontal | positive) & full)
        horizontal_neg = positive & horizontal
        if horizontal_pos & high:
            score += 1
        elif horizontal_neg & high:
            score -= 1
        horizontal_pos = ((horizontal_pos << 1) | 1) & full
        horizontal_neg = (horizontal_neg << 1) & full
        positive = horizontal_neg | (~(vertical | horizontal_pos) & full)
        negative = horizontal_pos & vertical
    return score
