"""A minutes book: one file that holds the minutes of many meetings, one after another.

Community groups and small councils keep a year's (or a decade's) minutes in one document:
"Minutes of Board Meeting: March 8, 1997" ... "Minutes of General Meeting: March 19, 1997" ...
Each such section is its own meeting, so its decisions and actions carry its own date, and a
later section can report on an earlier one's actions. A section starts at a title line that
opens with "Minutes of" and carries a date (on the line or the next) that is not an earlier
meeting's being approved, followed shortly by signs of a meeting being held (an attendance
list, "called to order"). One such title is a document's own heading or a reprint (handled by
meetings.previous_minutes_sections); a book has at least MIN_SECTIONS of them.
"""

from __future__ import annotations

import re

from .dates import DATE_RE, is_previous_meeting_date, parse_date_match
from .text_utils import split_lines

MIN_SECTIONS = 3  # title lines with a date of their own, the document's first one included
MAX_TITLES = 2000  # a hostile file of title lines costs no more than a real decade of minutes
_TITLE_RE = re.compile(r"^\W{0,3}(?:minutes|proceedings)\s+o[fr]\b", re.I)  # 'Minutes or the ...': OCR's 'of'
_HELD_RE = re.compile(
    r"^[ \t]*(?:[A-Za-z]+[ \t]+){0,2}(?:present|absent|attendance)[ \t]*:|\bwere in attendance\b|\bcalled (?:the meeting )?to order\b",
    re.I | re.M,
)
FOLLOW_CHARS = 500


def book_sections(text: str, own_date: str | None) -> list[tuple[int, int, str]]:
    """(start, end, ISO date) of each meeting in a minutes book other than the document's own
    (the first), in order; [] when the document is not a book."""
    titles: list[tuple[int, str]] = []
    for line in split_lines(text):
        if len(titles) >= MAX_TITLES or len(line.text) > 160 or not _TITLE_RE.match(line.text):
            continue
        when = _title_date(text, line.start, line.start + len(line.text))
        if when and _HELD_RE.search(text, line.start, line.start + len(line.text) + FOLLOW_CHARS):
            if not titles or titles[-1][1] != when:
                titles.append((line.start, when))
    if len({when for _, when in titles}) < MIN_SECTIONS:
        return []
    sections = []
    for index, (start, when) in enumerate(titles):
        end = titles[index + 1][0] if index + 1 < len(titles) else len(text)
        if index == 0 and (when == own_date or start < 200):
            continue  # the document's own title: the whole document's meeting
        sections.append((start, end, when))
    return sections


def _title_date(text: str, line_start: int, line_end: int) -> str | None:
    """The date on a title line, or on the line under it; not an earlier meeting's being approved."""
    next_end = text.find("\n", line_end + 1)
    window_end = min(next_end if next_end != -1 else len(text), line_end + 120)
    for m in DATE_RE.finditer(text, line_start, window_end):
        if is_previous_meeting_date(text, m.start(), m.end()):
            return None
        found = parse_date_match(m)
        if found:
            return found.isoformat()
    return None
