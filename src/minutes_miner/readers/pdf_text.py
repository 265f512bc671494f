"""A PDF page's text made readable: pdfium's page text, fonts without a Unicode map detected
(garbled glyph ids, then read by OCR), words hyphenated across lines joined back when the
document itself spells them whole, superscript ordinals put back on their number, and the
page split into lines.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

import pypdfium2 as pdfium

from .cleanup import SYMBOL_FONT_CHARS
from .pdf_margin import restore_margin_owners

# pdfium writes U+FFFE where a line ended in a hyphen and it joined the two lines.
LINE_BREAK_HYPHEN = "\ufffe"


_WORD_RE = re.compile(r"[^\W\d_]++(?:-[^\W\d_]++)*+")
# pdfium puts a superscript ordinal on a line of its own: "MEETING 9" / "th MAY 2018".
_SPLIT_ORDINAL_RE = re.compile(r"(\d)[ \t]*(?:\r\n|\r|\n)(st|nd|rd|th)\b")
_HYPHEN_JOIN_RE = re.compile(r"((?<![^\W\d_])[^\W\d_]*+|)\ufffe[ \t]*+(?:\r\n|\r|\n)?[ \t]*+([^\W\d_]*+)")


# A page whose characters are more than this share control/replacement characters has
# fonts without a Unicode map: its "text" is glyph ids, not words.
GARBAGE_SHARE = 0.1


def page_text(pdf: pdfium.PdfDocument, index: int) -> str:
    page = pdf[index]
    try:
        textpage = page.get_textpage()
        try:
            return restore_margin_owners(textpage, textpage.get_text_range(), page.get_width())
        finally:
            textpage.close()
    finally:
        page.close()


def raw_page_texts(source: str | bytes) -> list[str]:
    """pdfium's text of every page of a PDF (its path or its bytes), as it gives it: no clean-up.

    What the OCR tests score OCR against and what `bench/compare_pdf_text.py` times; each
    page is closed as soon as it is read, as the reader does.
    """
    pdf = pdfium.PdfDocument(source)
    try:
        return [page_text(pdf, index) for index in range(len(pdf))]
    finally:
        pdf.close()


def is_garbled(text: str) -> bool:
    """True when a page's text is glyph ids rather than words.

    PDFs whose fonts lack a ToUnicode map give control characters and U+FFFD; an
    image-only page gives no text at all, which is not garbled, just empty.
    """
    visible = {ch: n for ch, n in Counter(text).items() if not ch.isspace()}  # distinct characters, counted in C
    if not visible:
        return False
    bad = sum(n for ch, n in visible.items() if ch == "\ufffd" or unicodedata.category(ch) == "Cc")
    return bad / sum(visible.values()) > GARBAGE_SHARE


def document_vocabulary(pages: list[str]) -> set[str]:
    """Lower-case words (hyphenated or not) the document uses outside line breaks."""
    words: set[str] = set()
    for text in pages:
        words.update(word.lower() for word in _WORD_RE.findall(text.replace(LINE_BREAK_HYPHEN, " ")))
    return words


def resolve_line_break_hyphens(text: str, vocabulary: set[str]) -> str:
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

    if LINE_BREAK_HYPHEN not in text:  # most pages have none: the pattern, tried at every letter, cannot match
        return text
    return _HYPHEN_JOIN_RE.sub(join, text)


def rejoin_split_ordinals(text: str) -> str:
    """Put a superscript "th" back on its number, so dates read "9th MAY 2018"."""
    return _SPLIT_ORDINAL_RE.sub(r"\1\2", text)


# A character page_lines changes: a control character (Unicode category Cc) other than tab, or a symbol-font one.
_TO_FIX_RE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f" + "".join(re.escape(ch) for ch in SYMBOL_FONT_CHARS) + "]")


def page_lines(text: str) -> list[str]:
    """Non-blank lines of a page, with control characters and symbol-font bullets fixed."""
    lines = []
    for line in text.splitlines():
        if _TO_FIX_RE.search(line):  # most lines have nothing to fix: no walk over their characters
            line = "".join(SYMBOL_FONT_CHARS.get(ch, ch) for ch in line if ch == "\t" or unicodedata.category(ch) != "Cc")
        line = line.strip()
        if line:
            lines.append(line)
    return lines
