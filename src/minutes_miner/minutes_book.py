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
from datetime import date, timedelta
from functools import lru_cache

from .dates import DATE_RE, is_previous_meeting_date, parse_date_match
from .resources import pattern_rules
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


# --- earlier minutes reprinted in a document (moved here from meeting_parts so the structure
# stage can read them: a summons carrying earlier minutes is that meeting's paper) ---


@lru_cache(maxsize=1)
def meeting_rules() -> dict:
    """models/patterns/meetings.json, with its report-start pattern compiled."""
    data = dict(pattern_rules("meetings.json"))
    data["report_re"] = re.compile(data["report_start"], re.I | re.M)
    data["ignored"] = set(data["name_words_ignored"])
    return data


def earlier_minutes_starts(text: str, own: date) -> list[tuple[int, str]]:
    """(start, ISO date) of each earlier meeting's minutes reprinted in the text: a dated heading
    followed by an attendance list ('PRESENT:'), the date earlier than the document's own."""
    from .attendance import _match_attendance_label  # imported here: attendance is read by the structure that reads this module

    rules = meeting_rules()
    starts: list[tuple[int, str]] = []
    checked, last = 0, -(10**9)
    for line in split_lines(text):
        # One look back per stretch of the text, a bounded number of times: a hostile file of
        # 'PRESENT:' lines costs no more than a real pack.
        if line.start - last < rules["heading_lookback_chars"] or checked >= 200 or not _match_attendance_label(line.text):
            continue
        checked, last = checked + 1, line.start
        found = _heading_date_before(text, line.start, rules["heading_lookback_chars"])
        if not found:
            continue
        heading_start, when = found
        if own - timedelta(days=rules["max_days_earlier"]) <= when < own and not (starts and starts[-1][1] == when.isoformat()):
            starts.append((heading_start, when.isoformat()))
    return starts


def _heading_date_before(text: str, anchor: int, lookback: int) -> tuple[int, date] | None:
    """The last date on a short heading line within `lookback` characters before an attendance list."""
    window_start = max(0, anchor - lookback)
    best = None
    for m in DATE_RE.finditer(text, window_start, anchor):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start : line_end if line_end != -1 else len(text)]
        if len(line) <= 120 or re.search(r"\bheld\b", line, re.I):
            when = parse_date_match(m)
            if when:
                best = (line_start, when)
    if not best:
        return None
    # The heading block starts after the last blank line (or page break) before the date.
    block = max(text.rfind("\n\n", window_start, best[0]), text.rfind("\f", window_start, best[0]))
    return (block + 1 if block != -1 else best[0]), best[1]
