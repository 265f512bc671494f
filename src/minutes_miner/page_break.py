"""The running header of an excerpt that has no front page.

A page cut from the middle of printed minutes opens mid-sentence ('of the Committee held on 17
September were approved ...'): its title block is on an earlier page that was not published.
What names its meeting is the running header or footer printed at the next page break, once,
set apart by the page number or by ruled lines ('Harbour Joint Committee - 10 December 2025' /
'Page 3'; 'Elm County Council   Audit Committee' over '3 March 2026' over '17'). That header is
the page's title: the council, body and date finders read it as they read a front page.
Vocabulary: models/patterns/meeting.json (running_line_words, page_mark_line).
"""

from __future__ import annotations

import re

from .dates import _DATE_LINE_RE, DATE_RE, is_previous_meeting_date
from .meeting_council import is_authority_name
from .models import vocab_re

_HEADER_LINES = 3  # a running header is a line or two (the body, the date), rarely three
_MAX_HEADER_LINE = 120
_AUTHORITY_DASH_RE = re.compile(r"^(.{3,80}?)[ \t]+[-–—|][ \t]+(?=\S)")  # the authority, then the paper's title after a spaced dash
_COLUMNS_RE = re.compile(r"[ \t]*\t[ \t]*| {3,}")  # 'Elm County Council      Audit Committee': a header printed in columns


def opens_mid_page(text: str) -> bool:
    """The first printed line is the rest of a sentence begun on an earlier page (a lower-case word)."""
    first = next((line.strip() for line in text[:2000].split("\n") if line.strip()), "")
    return first[:1].isalpha() and first[:1].islower()


def page_break_header(text: str) -> str | None:
    """The header lines printed beside the first page mark (a page number, 'Page 3 of 9', '- 2 -',
    a ruled line) of an excerpt that opens mid-page, when they name a meeting (a body or paper
    word) and give one date that is not another meeting's ('Minutes of the previous meeting - 4
    February'); None for a document with a front page of its own."""
    if not opens_mid_page(text):
        return None
    lines = text[:30_000].split("\n")
    mark = vocab_re("page_mark_line")
    for index, line in enumerate(lines):
        if not mark.match(line):
            continue
        for part in (_next_to(lines, index, -1, mark), _next_to(lines, index, 1, mark)):
            if _names_a_meeting(part):
                return "\n".join(_cells(line) for line in part)
    return None


def _cells(line: str) -> str:
    """A header printed in columns ('Elm County Council      Audit Committee', or squeezed to one
    space by a reader), or the authority before a spaced dash ('ELM LOCAL MUNICIPALITY - MINUTES:
    ORDINARY COUNCIL MEETING HELD ON 29 MAY 2025'), as a front page's lines: the authority over the body."""
    cells = _COLUMNS_RE.split(line)
    authority = _AUTHORITY_DASH_RE.match(cells[0])
    if authority and is_authority_name(authority.group(1)) and not _DATE_LINE_RE.match(cells[0][authority.end() :]):  # not 'Elm Joint Committee - 10 December'
        cells[:1] = [authority.group(1), cells[0][authority.end() :]]  # 'ELM LOCAL MUNICIPALITY - MINUTES: ORDINARY COUNCIL MEETING ...'
    line = "\n".join(cells)
    return vocab_re("body_nouns", r"^((?:[A-Z][\w'’&-]*[ \t]+){{1,5}}Council)[ \t]+(?=(?:[A-Z][\w'’&,-]*[ \t]+(?:(?:and|of|&)[ \t]+)?){{0,6}}(?:{})$)", 0).sub(
        r"\1\n", line
    )


def _next_to(lines: list[str], index: int, step: int, mark: re.Pattern) -> list[str]:
    """The printed lines directly above (step -1) or below (step 1) a page mark, up to a blank
    line, passing over further marks (a ruled line round a header with its page number)."""
    found: list[str] = []
    at = index + step
    while 0 <= at < len(lines) and lines[at].strip() and len(found) < _HEADER_LINES:
        if not mark.match(lines[at]):
            found.append(lines[at].strip())
        at += step
    return found[::-1] if step < 0 else found


def _names_a_meeting(part: list[str]) -> bool:
    """A header, not a paragraph: short lines that open with no lower-case word and end in no sentence
    stop, naming a meeting and one date of its own."""
    if not part or any(len(line) > _MAX_HEADER_LINE or line[:1].islower() or line[-1] in ".,;" for line in part):
        return False
    joined = "\n".join(part)
    dates = list(DATE_RE.finditer(joined))
    return (
        len(dates) == 1
        and bool(vocab_re("running_line_words", r"\b(?:{})\b").search(joined))
        and not is_previous_meeting_date(joined, dates[0].start(), dates[0].end())
    )
