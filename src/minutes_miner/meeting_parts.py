"""The parts of a document: the stretches that each record one meeting.

An agenda pack that reprints the previous meeting's minutes, or a minutes book of many
meetings, holds parts of other meetings than its own; meetings.py gives each part to its
meeting.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from .attendance import _match_attendance_label
from .minutes_book import book_sections
from .structure import DATE_RE, models_dir, parse_date_match
from .text_utils import split_lines


@lru_cache(maxsize=1)
def meeting_rules() -> dict:
    """models/patterns/meetings.json, with its report-start pattern compiled."""
    data = json.loads((models_dir() / "patterns" / "meetings.json").read_text())
    data["report_re"] = re.compile(data["report_start"], re.I | re.M)
    data["ignored"] = set(data["name_words_ignored"])
    return data


@dataclass
class Part:
    """A stretch of a document that records one meeting."""

    start: int
    end: int
    meeting_date: str | None
    role: str
    meeting_id: str | None = None
    copy_of: str | None = None  # the document already holding this part's records


def previous_minutes_sections(text: str, meeting_date: str | None) -> list[Part]:
    """Minutes of earlier meetings reprinted inside this document (an agenda pack).

    A part starts at a dated heading followed by an attendance list ("PRESENT:") when the
    date is earlier than the document's own meeting, and runs to the next such part, the
    start of a report, or the end of the text.
    """
    if not meeting_date:
        return []
    own = date.fromisoformat(meeting_date)
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
    parts = []
    for index, (start, when) in enumerate(starts):
        limit = starts[index + 1][0] if index + 1 < len(starts) else len(text)
        report = rules["report_re"].search(text, start + 1, limit)
        parts.append(Part(start, report.start() if report else limit, when, "previous minutes"))
    return parts


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


def document_parts(text: str, doc: dict) -> list[Part]:
    """The document as a whole (its own meeting), then the other meetings of a minutes book, or
    any reprinted earlier minutes in it."""
    whole = Part(0, len(text), doc.get("meeting_date"), doc.get("doc_type") or "other")
    if doc.get("doc_type") == "report":
        return [whole]
    book = book_sections(text, doc.get("meeting_date")) if doc.get("doc_type") == "minutes" else []
    if book:  # a minutes book: each meeting its own part (minutes_book.py)
        return [whole, *(Part(start, end, when, "minutes") for start, end, when in book)]
    return [whole, *previous_minutes_sections(text, doc.get("meeting_date"))]


def part_of(parts: list[Part], position: int | None) -> Part:
    """The innermost part holding a character position (sections sit inside the whole)."""
    if position is not None:
        for part in reversed(parts[1:]):
            if part.start <= position < part.end:
                return part
    return parts[0]
