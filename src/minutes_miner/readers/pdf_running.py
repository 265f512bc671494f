"""Running headers and footers of a paged document: lines repeated at the top or bottom of
most pages (exactly, or with their numbers masked) and each page's own page label are
removed, so that they do not land in the middle of a minute that crosses a page break.
"""

from __future__ import annotations

import re
from collections import Counter

from ..extract.dispositions import is_disposition_label
from .cleanup import PAGE_LABEL_RE, is_explicit_page_label, page_label_number

_WORD_CHARS_RE = re.compile(r"\w+")
_DIGITS_RE = re.compile(r"\d+")

# How many lines at each edge of a page can belong to a header or footer.
EDGE_ZONE_LINES = 4
# A running header/footer is at most this long and on at least this share of pages.
RUNNING_LINE_MAX_CHARS = 120
RUNNING_LINE_MIN_SHARE = 0.5
RUNNING_LINE_MIN_PAGES = 3


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


def _strip_edge(lines: list[str], index: int, page_offsets: set[int], running: set[str], seen: set[str], top: bool, blind: bool = False) -> list[str]:
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
    ("Total £m 12.4 13.1") or similar, which is data. A disposition label ('Granted',
    'ADOPTED') closing an item at a page's edge is the decision on it, never chrome.
    """
    if len(pages) < RUNNING_LINE_MIN_PAGES:
        return set()
    exact: Counter[str] = Counter()
    offsets_by_masked: dict[str, Counter[int]] = {}
    for index, lines in enumerate(pages):
        zone = lines[:EDGE_ZONE_LINES] if top else lines[-EDGE_ZONE_LINES:]
        for line in {line for line in zone if len(line) <= RUNNING_LINE_MAX_CHARS and not is_disposition_label(line)}:
            exact[_exact_key(line, blind)] += 1
            offsets = {int(number) - (index + 1) for number in _DIGITS_RE.findall(line)}
            offsets_by_masked.setdefault(_masked_key(line, blind), Counter()).update(offsets)
    needed = max(RUNNING_LINE_MIN_PAGES, RUNNING_LINE_MIN_SHARE * len(pages))
    keys = {"=" + key for key, count in exact.items() if count >= needed}
    keys |= {"#" + key for key, offsets in offsets_by_masked.items() if offsets and max(offsets.values()) >= needed}
    return {key for key in keys if not PAGE_LABEL_RE.match(key[1:].replace("#", "1"))}
