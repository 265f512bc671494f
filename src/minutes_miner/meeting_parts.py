"""The parts of a document: the stretches that each record one meeting.

An agenda pack that reprints the previous meeting's minutes, or a minutes book of many
meetings, holds parts of other meetings than its own; meetings.py gives each part to its
meeting.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .minutes_book import book_sections, earlier_minutes_starts, meeting_rules  # noqa: F401 (meeting_rules: read by meetings.py from here)


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
    rules = meeting_rules()
    starts = earlier_minutes_starts(text, date.fromisoformat(meeting_date))
    parts = []
    for index, (start, when) in enumerate(starts):
        limit = starts[index + 1][0] if index + 1 < len(starts) else len(text)
        report = rules["report_re"].search(text, start + 1, limit)
        parts.append(Part(start, report.start() if report else limit, when, "previous minutes"))
    return parts


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
