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
from .meeting_body import _acceptable_body
from .meeting_council import is_authority_name
from .models import vocab_re

_HEADER_LINES = 3  # a running header is a line or two (the body, the date), rarely three
_MAX_HEADER_LINE = 120
_AUTHORITY_DASH_RE = re.compile(r"^(.{3,80}?)[ \t]+[-–—|][ \t]+(?=\S)")  # the authority, then the paper's title after a spaced dash
_BODY_END_RE = vocab_re("body_nouns", r"\b(?:{})$", 0)
_ITEM_LINE_RE = re.compile(r"^[ \t]*\d{1,3}(?:\.\d{1,2})?[.)]?[ \t]+[A-Z]")  # an item's heading ('9  PLANNING AUTHORITY'): the business, not the header
_COLUMNS_RE = re.compile(
    r"[ \t]*\t[ \t]*| {3,}|[ \t]+\|[ \t]+"
)  # 'Elm County Council      Audit Committee' (or '... | Audit Committee'): a header printed in columns


def opens_mid_page(text: str) -> bool:
    """The first printed line is the rest of a sentence begun on an earlier page (a lower-case word)."""
    first = next((line.strip() for line in text[:2000].split("\n") if line.strip()), "")
    return first[:1].isalpha() and first[:1].islower()


def _first_printed_lines(lines: list[str]) -> list[str]:
    """The first three lines with print on them (within the first 40): where a paper's title or a page's running header stands."""
    return [line for line in lines[:40] if line.strip()][:3]


def opens_on_a_later_page(lines: list[str]) -> bool:
    """The first printed lines are a later page's running header: 'Page 2' (or '- 7 -') among them."""
    opening = _first_printed_lines(lines)
    return any(int(next(g for g in m.groups() if g)) > 1 for line in opening for m in [_LATER_PAGE_RE.search(line)] if m)


_LATE_PAGE = 3  # 'Page 2' may follow a front page whose own footer a reader dropped; 'Page 9 of 14' cannot
# 'Page 9 of 14' at a line's end, or a bare 'Page 23' closing a running footer after its date's year
# ('Shire of Wandilup - Minutes - Ordinary Council Meeting - 26 February 2026   Page 23')
_PAGE_OF_RE = re.compile(r"(?:^|[ \t])(?i:page)[ \t]+(\d{1,4})[ \t]+(?i:of)[ \t]+\d{1,4}[ \t]*$|\b(?:19|20)\d\d[ \t]+Page[ \t]+(\d{1,4})[ \t]*$")


def first_page_number_is_late(lines: list[str]) -> bool:
    """The first 'Page N of M' printed in the text is page 3 or later: the excerpt opens on a later
    page of a paper whose front page was not published ('ITEM C 58/2025 (continued)' above the
    footer 'ELM LOCAL MUNICIPALITY | ORDINARY COUNCIL | 30 JANUARY 2025   Page 9 of 14'); a paper
    with a front page prints its page 1 or 2 first. (page_break_header asks this only of a text whose
    opening names no paper: an excerpt that keeps its front page keeps its title.)"""
    for line in lines[:400]:
        m = _PAGE_OF_RE.search(line)
        if m:
            return int(m.group(1) or m.group(2)) >= _LATE_PAGE
    return False


def opens_with_a_title(lines: list[str]) -> bool:
    """One of the first three printed lines names a paper or a meeting ('Gidgee Shire Council   Ordinary
    Meeting Minutes'): a front page, however late its first page number; an item's heading or its
    paragraph ('ITEM C 58/2025 (continued)') is not (models/patterns/meeting.json, title_line_words)."""
    opening = _first_printed_lines(lines)
    title_word = vocab_re("title_line_words", r"\b(?:{})\b")
    return any(title_word.search(line) for line in opening)


_LATER_PAGE_RE = re.compile(
    r"(?:^|[ \t])(?:(?i:page)[ \t]+(\d{1,4})(?:[ \t]+of[ \t]+\d{1,4})?|[-–][ \t]*(\d{1,4})[ \t]*[-–])[ \t]*$|^[ \t]*(?i:page)[ \t]+(\d{1,4})\b"
    r"|^[ \t]*(\d{1,4})[ \t]*$"  # a page number on a line of its own
    r"|\b(?i:minutes|agenda|proceedings)[ \t]+(\d{1,4})[ \t]*$"  # 'ELM COUNCIL - MINUTES      13': the number after the paper's name
)


def page_break_header(text: str) -> str | None:
    """The header lines printed beside the first page mark (a page number, 'Page 3 of 9', '- 2 -',
    a ruled line, alone or in a column of the header's own line) of an excerpt that opens mid-page
    or on a later page's header, when they name a meeting (a body or paper word) and give one date
    that is not another meeting's ('Minutes of the previous meeting - 4 February'); None for a
    document with a front page of its own."""
    lines = text[:30_000].split("\n")
    if not opens_mid_page(text) and not opens_on_a_later_page(lines) and not (first_page_number_is_late(lines) and not opens_with_a_title(lines)):
        return None
    mark = vocab_re("page_mark_line")
    for index, line in enumerate(lines):
        rest = _beside_page_mark(line, mark)
        if rest is None:
            continue
        beside = [rest] if rest else []
        for part in (_next_to(lines, index, -1, mark) + beside, beside + _next_to(lines, index, 1, mark), beside):
            if _names_a_meeting(part):
                found = "\n".join(_cells(line) for line in part).split("\n")
                return "\n".join(sorted(found, key=_front_page_order))
    return None


def _beside_page_mark(line: str, mark: re.Pattern) -> str | None:
    """'' for a line that is only a page mark, the rest of a header line that prints its page
    number at its start or end ('Page 9 of 14     Elm Council – Ordinary Council Meeting', columns
    that a reader may have squeezed to one space), None for a line with no page mark."""
    if mark.match(line):
        return ""
    cells = _COLUMNS_RE.split(line.strip())
    if len(cells) >= 2 and (mark.match(cells[0]) or mark.match(cells[-1])):
        return "   ".join(cells[1:] if mark.match(cells[0]) else cells[:-1])
    m = _PAGE_WORD_END_RE.search(line)
    return (line[m.end() :] if m and m.start() == 0 else line[: m.start()] if m else "").strip() if m else None


_PAGE_WORD_END_RE = re.compile(
    r"(?<=\S)[ \t]+(?i:page)[ \t]+\d{1,4}(?:[ \t]+(?i:of)[ \t]+\d{1,4})?[ \t]*$|^[ \t]*(?i:page)[ \t]+\d{1,4}(?:[ \t]+(?i:of)[ \t]+\d{1,4})?[ \t]+(?=\S)"
    r"|(?:(?<=MINUTES)|(?<=Minutes)|(?<=AGENDA)|(?<=Agenda))[ \t]+\d{1,4}[ \t]*$"  # 'ELM COUNCIL - MINUTES      13'
)


def _front_page_order(line: str) -> int:
    """A front page's order: the authority, then the body or title, then the date (a body over its date is read as a heading)."""
    return 0 if _AUTHORITY_KIND_END_RE.search(line) or _KIND_OF_RE.match(line) else 2 if _DATE_LINE_RE.match(line) else 1


_PAPER_WORD_RE = re.compile(r"(?i:minutes|agenda|meeting|notes|proceedings)\b")


def _cells(line: str) -> str:
    """A header printed in columns ('Elm County Council      Audit Committee', or squeezed to one
    space by a reader), or the authority before a spaced dash ('ELM LOCAL MUNICIPALITY - MINUTES:
    ORDINARY COUNCIL MEETING HELD ON 29 MAY 2025'), as a front page's lines: the authority over the body."""
    mark = vocab_re("page_mark_line")
    cells = [cell for cell in _COLUMNS_RE.split(line) if not mark.match(cell)] or [line]  # the page number is no part of the title
    authority = _AUTHORITY_DASH_RE.match(cells[0])
    if authority and is_authority_name(authority.group(1)) and _PAPER_WORD_RE.match(cells[0][authority.end() :]):  # not 'Elm Joint Committee - 10 December'
        cells[:1] = [authority.group(1), cells[0][authority.end() :]]  # 'ELM LOCAL MUNICIPALITY - MINUTES: ORDINARY COUNCIL MEETING ...'
    cells = [part for cell in cells for part in _authority_then_body(_date_apart(cell))]
    line = "\n".join(cells)
    return line


def _date_apart(cell: str) -> str:
    """'Elm District Council 14 May 2025' (columns squeezed by a reader): the date on a line of its own."""
    for m in DATE_RE.finditer(cell):
        if m.start() > 3 and not cell[m.end() :].strip(" .,") and cell[: m.start()].strip()[-1:].isalpha():
            return cell[: m.start()].strip() + "\n" + m.group(0)
    return cell


def _authority_then_body(cell: str) -> list[str]:
    """'Municipality of the County of Elm Cove Council in Committee', 'Elm County Council Audit
    Committee' (columns squeezed by a reader): the longest leading authority's name (one that ends
    in the kind of authority, or opens with it: 'Municipality of ...'), then a body's name."""
    out = []
    for line in cell.split("\n"):
        words = line.split()
        for k in range(len(words) - 1, 1, -1):
            authority, rest = " ".join(words[:k]), " ".join(words[k:])
            if (
                (_AUTHORITY_KIND_END_RE.search(authority) or _KIND_OF_RE.match(authority))
                and is_authority_name(authority)
                and rest[:1].isupper()
                and _acceptable_body(rest)
                and not _AUTHORITY_KIND_END_RE.search(rest)  # 'CYNGOR SIR ELM ELM COUNTY COUNCIL' is one name in two languages
            ):
                out += [authority, rest]
                break
        else:
            out.append(line)
    return out


_AUTHORITY_KIND_END_RE = re.compile(r"\b(?i:council|county|municipality|shire|township|borough|nation|authority|corporation)$")
_KIND_OF_RE = re.compile(
    r"^(?i:(?:the[ \t]+)?(?:municipality|town|city|village|county|township|shire|district|borough|region|municipal district)[ \t]+of)[ \t]"
)


def _next_to(lines: list[str], index: int, step: int, mark: re.Pattern) -> list[str]:
    """The printed lines directly above (step -1) or below (step 1) a page mark, up to a blank
    line, passing over further marks (a ruled line round a header with its page number)."""
    found: list[str] = []
    at = index + step
    while (
        0 <= at < len(lines)
        and lines[at].strip()
        and len(found) < _HEADER_LINES
        and not (_ITEM_LINE_RE.match(lines[at]) and not _DATE_LINE_RE.match(lines[at]))
    ):
        if not mark.match(lines[at]):
            found.append(lines[at].strip())
        at += step
    return found[::-1] if step < 0 else found


def _names_a_meeting(part: list[str]) -> bool:
    """A header, not a paragraph: short lines that open with no lower-case word and end in no sentence
    stop, naming a meeting and one date of its own."""
    if not part or any(len(" ".join(line.split())) > _MAX_HEADER_LINE or line[:1].islower() or line[-1] in ".,;" for line in part):
        return False
    joined = "\n".join(part)
    dates = list(DATE_RE.finditer(joined))
    return (
        len(dates) == 1
        and bool(vocab_re("running_line_words", r"\b(?:{})\b").search(joined))
        and not is_previous_meeting_date(joined, dates[0].start(), dates[0].end())
    )
