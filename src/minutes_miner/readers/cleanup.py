"""Small text judgements shared by several readers: page labels, symbol bullets, titles."""

from __future__ import annotations

import re

__all__ = [
    "PAGE_LABEL_RE",
    "page_label_number",
    "is_page_number_line",
    "is_explicit_page_label",
    "SYMBOL_FONT_CHARS",
    "plausible_title",
    "format_list_number",
]

# A line that is only a page label: "3", "- 4 -", "(5)", "Page 3", "Page | 3",
# "Page 3 of 17", "3/17". The slash form is limited to 3 digits so "2023/2024" is not one.
PAGE_LABEL_RE = re.compile(
    r"^(?:page\s*+[|:.]?\s*+)?[-–—(\[]?\s*+"
    r"(?:(?P<n>\d{1,4})(?:\s*+of\s*+\d{1,4})?|(?P<slash>\d{1,3})\s*+/\s*+\d{1,3})"
    r"\s*+[-–—)\]]?$",
    re.IGNORECASE,
)
# Forms that say "page label" by themselves. A bare or bracketed number could be a table
# value or a list number, and "24/25" a financial year, so callers must check that
# those fit the page sequence.
_EXPLICIT_PAGE_LABEL_RE = re.compile(r"^page\b|^[-–—]\s*\d+\s*[-–—]$|\d\s*of\s*\d", re.IGNORECASE)


def page_label_number(line: str) -> int | None:
    """The page number a page-label line shows ("Page 3 of 17" -> 3), else None."""
    match = PAGE_LABEL_RE.match(line.strip())
    if not match:
        return None
    return int(match.group("n") or match.group("slash"))


def is_page_number_line(line: str) -> bool:
    """True for a line that is only a page label: "3", "- 4 -", "Page 3 of 17"."""
    return bool(PAGE_LABEL_RE.match(line.strip()))


def is_explicit_page_label(line: str) -> bool:
    """True for "Page 3", "Page | 3", "- 3 -", "3 of 17": page labels beyond doubt."""
    line = line.strip()
    return bool(PAGE_LABEL_RE.match(line) and _EXPLICIT_PAGE_LABEL_RE.search(line))


# Symbol / Wingdings characters that arrive as private-use code points (PDF text layers,
# Word bullets and w:sym), mapped to the Unicode characters they draw.
SYMBOL_FONT_CHARS = {
    "\uf0b7": "•",
    "\uf0a7": "▪",
    "\uf0a8": "•",
    "\uf076": "❖",
    "\uf0d8": "➢",
    "\uf0e0": "➢",
    "\uf0fc": "✓",
    "\uf06e": "■",
    "\uf071": "❑",
    "\uf02d": "-",
}

_PLACEHOLDER_TITLE_RE = re.compile(
    r"^(?:untitled|document\d*|slide \d+|powerpoint presentation|heading \d|title|"
    r"microsoft word|agenda template|minutes template|no title|page \d+)$",
    re.IGNORECASE,
)
_TITLE_TOKEN_RE = re.compile(r"[^\W_]+")


def plausible_title(title: str | None, text: str) -> str | None:
    """A metadata title cleaned, or None if it is a placeholder or belongs to another document.

    Clerks reuse last year's file, so a 2019 Word or PDF file often still says
    "Milburn Parish Council - 6th March 2012" (or another council's name) in its
    properties. A title is kept only if every number in it, and most of its words,
    occur in the document's own text.
    """
    if not title:
        return None
    title = re.sub(r"^Microsoft (?:Word|PowerPoint|Excel) - ", "", " ".join(title.split()))
    title = re.sub(r"\.(?:docx?|pptx?|xlsx?|rtf|odt|pdf)$", "", title, flags=re.IGNORECASE).strip(" -–")
    if not title or _PLACEHOLDER_TITLE_RE.match(title):
        return None
    tokens = [token.lower() for token in _TITLE_TOKEN_RE.findall(title)]
    if not tokens:
        return None
    present = set(_TITLE_TOKEN_RE.findall(text.lower()))
    numbers = [token for token in tokens if any(ch.isdigit() for ch in token)]
    words = [token for token in tokens if token not in numbers]
    if any(number not in present for number in numbers):
        return None
    if words and sum(word in present for word in words) < 0.75 * len(words):
        return None
    return title


def format_list_number(value: int, style: str) -> str:
    """A list counter as a list shows it: style is a Word numFmt ("lowerLetter", "upperRoman",
    "decimalZero", ...); anything else is decimal. HTML's <ol type> maps onto these."""
    if style in ("lowerLetter", "upperLetter") and value > 0:
        letters = ""
        while value > 0:
            value, remainder = divmod(value - 1, 26)
            letters = chr(ord("a") + remainder) + letters
        return letters.upper() if style == "upperLetter" else letters
    if style in ("lowerRoman", "upperRoman") and 0 < value < 4000:
        roman = _to_roman(value)
        return roman if style == "upperRoman" else roman.lower()
    if style == "decimalZero":
        return f"{value:02d}"
    return str(value)


def _to_roman(value: int) -> str:
    numerals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]  # fmt: skip
    out = ""
    for number, numeral in numerals:
        while value >= number:
            out += numeral
            value -= number
    return out
