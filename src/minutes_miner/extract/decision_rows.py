"""Decisions read from a planning, zoning, licensing or grant table flattened to text.

A zoning board's 'SUMMARY OF DECISIONS', a planning committee's schedule or a parish
council's list of consultations prints one application a row: its reference, then its cells
(applicant, address, proposal) set apart by a run of spaces or a pipe, and last the
decision ('GRANTED w/ conditions (5-0)', 'Refused', 'No objection', 'TABLED to 2/20'). The
row carries no RESOLVED marker: each row is one decision, its words the row's own. The reader squashes the
column gaps to one space, so a row is told by its reference first and its outcome word last,
written with a capital ('Refused', 'GRANTED'); a cell wrapped onto lines going on in lower case
under the row belongs to it. Vocabulary: models/patterns/decision_rows.json.

Not decisions: an agenda's list of applications (no outcome word in a last cell), and a
table of decisions made elsewhere (an officer's delegated decisions, decisions notified by
the planning authority, appeal results), told by the words just above the table.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..resources import pattern_rules
from ..text_utils import PARAGRAPH_BREAK_RE, squash
from .found import FoundResolution

_CELL_GAP = r"[ \t]+(?:\|[ \t]*)?"  # a column boundary once the reader has squashed the gaps: a space, a pipe may remain
_TAIL_MAX = 160  # the decision cell's words after its outcome word ('(5-0)', '- harm to amenity ...')
TEXT_ABOVE_KEY = "minutes_text_above"  # doc.user_data: the text just above an agenda item's Doc, where its heading is
TEXT_ABOVE_CHARS = 200  # enough for an item's heading of two lines
_HEADING_LINES = 3  # the table's header row and a heading of two lines, where 'delegated' or 'appeals' would be
_WRAP_RE = re.compile(r"\n[ \t]*[a-z][^\n]*")  # a wrapped cell goes on in lower case ('Object - outside' / 'settlement bound-')
# a decision cell that points to the minute where the decision is recorded ('Objection - see below', 'Object (see minute 24/19)'):
# that minute's decision is the record, the row is its pointer
_POINTS_ELSEWHERE_RE = re.compile(r"\b(?:see|refer\s+to)\s+(?:below|above|minute|item|min\.?)\b", re.I)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """One row (reference, cells, outcome cell closed by a full stop or not), the words that make a
    table not this meeting's, a line that begins with a reference (any row of the table, whatever
    its last cell), the header row naming the decision column and an item heading naming applications."""
    rules = pattern_rules("decision_rows.json")
    row = re.compile(
        rf"^[ \t]*(?:{rules['reference']})(?:{_CELL_GAP})"  # the reference cell
        rf"(?P<cells>[^\n]*?[a-z][^\n]*?){_CELL_GAP}"  # applicant / address / proposal: words, not a header in capitals
        rf"(?P<outcome>{rules['outcome']})(?P<tail>{rules['tail']})\.?[ \t]*$",
        re.M,
    )
    reference = re.compile(rf"[ \t]*(?:{rules['reference']})[ \t]")
    return row, re.compile(rules["not_decided"]), reference, re.compile(rules["header"], re.M), re.compile(rules["item_heading"])


def find_decision_rows(text: str, found: list[FoundResolution], above: str = "") -> list[FoundResolution]:
    """Every row of a decision table in one agenda item's text that no decision read already
    (found) covers. A table printed under a decision that ends on a colon ('Resolved - that
    the applications listed below be determined as follows:') is that decision's own list:
    its rows are added to it (found is changed) and are not decisions of their own. above: the
    text just above this agenda item's text, where its heading is when the table opens the item."""
    row_re, not_decided_re, reference_re, header_re, item_heading_re = _patterns()
    taken = [(res.start, res.end) for res in found]
    leads = [res for res in found if res.text.rstrip().endswith(":")]
    rows: list[FoundResolution] = []
    minuted = _minuted_references(text, reference_re)
    rows.extend(_named_rows(text, taken, above, (row_re, reference_re, not_decided_re, header_re)))
    taken.extend((res.start, res.end) for res in rows)
    for m in row_re.finditer(text):
        if len(m.group("tail")) > _TAIL_MAX:
            continue  # a sentence goes on past the word: prose, not a cell
        if _POINTS_ELSEWHERE_RE.search(m.group("tail")):
            continue  # '(d) P/OUT/2024/02555 Land south of Tarrant Lane ... Objection - see below': decided in the minute below
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        end = _wrapped_end(text, m.end(), row_re)
        reference = reference_re.match(text, m.start())
        if reference is not None and minuted.get(reference.group().strip(), -1) > end:
            continue  # a summary table of the night's decisions above the minutes: the application's own minute below records it
        if any(s < end and start < e for s, e in taken):
            continue
        heading_start = _heading_start(text, m.start(), reference_re)
        if not header_re.search(text, heading_start, m.start()) and not _under_item_heading(text, heading_start, m.start(), above, item_heading_re):
            continue  # no header row naming a decision column, nor a planning item's heading: an agenda's or a schedule's list
        if not_decided_re.search(text, heading_start, m.start()) or (heading_start == 0 and not_decided_re.search(above[-TEXT_ABOVE_CHARS:])):
            continue  # '9.4 DEVELOPMENT APPLICATIONS DETERMINED UNDER DELEGATION' / 'DA No. Applicant ... Decision' / rows
        lead = next((res for res in leads if res.end <= start and _only_header_between(text[res.end : start])), None)
        if lead is not None:
            lead.end, lead.text = end, squash(lead.text + " " + text[lead.end : end])
            continue
        rows.append(FoundResolution(start, end, squash(text[start:end]), squash(m.group("outcome")), "disposition", evidence_start=start))
    return rows


def _minuted_references(text: str, reference_re: re.Pattern[str]) -> dict[str, int]:
    """The references that open a paragraph of their own, each with where its last such paragraph starts: a zoning or
    review board's notice prints a table of its decisions ('DRB-25-08 Green Mtn Self Storage LLC ... DENIED') and then
    minutes each application in a paragraph that opens with its reference, where the motion and vote are the record.
    One pass over the text."""
    minuted: dict[str, int] = {}
    for blank in PARAGRAPH_BREAK_RE.finditer(text):
        reference = reference_re.match(text, blank.end())
        if reference is not None:
            minuted[reference.group().strip()] = blank.end()
    return minuted


def _under_item_heading(text: str, heading_start: int, row_start: int, above: str, item_heading_re: re.Pattern[str]) -> bool:
    """True when the lines just above the rows, or the item's heading above its text when the rows
    open it, name planning, development or licensing applications ('B24/106 PLANNING'): each row of
    such an item that ends in an outcome word is the meeting's decision on one application."""
    if item_heading_re.search(text, heading_start, row_start):
        return True
    return heading_start == 0 and item_heading_re.search(above[-TEXT_ABOVE_CHARS:]) is not None


def _only_header_between(gap: str) -> bool:
    """Between a decision ending on a colon and a row: blank lines and at most a header row
    ('App No Address Proposal Decision'), no words of a sentence."""
    lines = [line for line in gap.splitlines() if line.strip()]
    return len(lines) <= 1 and not any(word[:1].islower() for line in lines for word in line.split())


def _wrapped_end(text: str, row_end: int, row_re: re.Pattern[str]) -> int:
    """The end of the row with the lines its last cell wraps onto ('Object - outside' /
    'settlement bound-' / 'ary; flooding'): lines that go on in lower case, not a new row."""
    end = row_end
    while (m := _WRAP_RE.match(text, end)) and not row_re.match(text, end + 1):
        end = m.end()
    return end


def _heading_start(text: str, row_start: int, reference_re: re.Pattern[str]) -> int:
    """Where the table's heading begins: back over the rows above this one (and their wrapped
    lines), then over the header row and heading, at most _HEADING_LINES lines that are not
    rows; a blank line ends it once a heading line is passed."""
    pos, heading_lines, blanks = row_start, 0, 0
    while pos > 0 and heading_lines < _HEADING_LINES:
        line_start = text.rfind("\n", 0, pos - 1) + 1
        line = text[line_start : pos - 1]
        if not line.strip():
            blanks += 1
            if heading_lines or blanks > 1:
                break
        elif not (reference_re.match(text, line_start) or line.lstrip()[:1].islower()):
            heading_lines += 1
        pos = line_start
    return pos


# A schedule whose rows are named by their applicant or scheme, not by a reference, under a header row that names the
# decision column last: a grant, loan, hall-hire or licence schedule ('Scheme Units Loan Decision' / 'Canal Basin, Millby
# 148 £9.8m Approved'; 'Applicant Hall Outcome' / 'Nqabarha Youth Choir Ngqamakhwe Hall Approved (full exemption)'; the
# reader has squashed the column gaps). Each row whose last cell begins with an outcome word is one decision.
_NAMED_ROW_REACH = 3000  # how far below its header row a row of the same table may be (a table longer than that is cut)
_LOWER_WORD_RE = re.compile(r"(?<![\w'’-])[a-z]")
_HEADER_LOWER_WORDS = 1  # a header row's words are its columns' names, capitalised ('Variation sought'): a sentence has more in lower case


@lru_cache(maxsize=1)
def _named_row_re() -> re.Pattern[str]:
    """A row with no reference: a first cell opening with a capital, an item letter or a figure, words in lower case
    before the outcome cell (decision_rows.json 'outcome', 'named_outcome' and 'tail')."""
    rules = pattern_rules("decision_rows.json")
    return re.compile(
        rf"^[ \t]*(?P<cells>(?:\([a-z0-9]{{1,3}}\)[ \t]+)?[A-Z0-9£$€][^a-z\n]*[a-z][^\n]*?){_CELL_GAP}"
        rf"(?P<outcome>{rules['outcome']}|{rules['named_outcome']})(?P<tail>{rules['tail']})\.?[ \t]*$",
        re.M,
    )


def _is_header_row(line: str) -> bool:
    """Column names, not a sentence ending in 'response' or 'decision': two words or more, at most
    _HEADER_LOWER_WORDS of them in lower case, no full stop or colon."""
    words = line.split()
    return len(words) >= 2 and len(_LOWER_WORD_RE.findall(line)) <= _HEADER_LOWER_WORDS and not re.search(r"[.:;,]", line)


def _named_rows(
    text: str,
    taken: list[tuple[int, int]],
    above: str,
    patterns: tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]],
) -> list[FoundResolution]:
    """The rows of each schedule named by applicant or scheme that no decision read already covers. A row counts only
    in the block of lines right under a header row naming the decision column (no blank line between), and not when the
    words above the header make the table one of decisions made elsewhere. Each header's block is read once, at most
    _NAMED_ROW_REACH characters: linear in the text."""
    row_re, reference_re, not_decided_re, header_re = patterns
    named_re = _named_row_re()
    rows: list[FoundResolution] = []
    read_to = 0  # the end of the blocks read so far: a header inside a block read already reads only what lies past it
    for header in header_re.finditer(text):
        if not _is_header_row(header.group()):
            continue
        heading = text[max(0, header.start() - TEXT_ABOVE_CHARS) : header.start()]
        if not_decided_re.search(heading) or (header.start() < TEXT_ABOVE_CHARS and not_decided_re.search(above[-TEXT_ABOVE_CHARS:])):
            continue  # 'Decisions notified by the District Council' / 'Applicant Proposal Decision'
        block_start = max(header.end(), read_to)
        blank = PARAGRAPH_BREAK_RE.search(text, block_start, header.end() + _NAMED_ROW_REACH)
        block_end = blank.start() if blank else min(len(text), header.end() + _NAMED_ROW_REACH)
        read_to = max(read_to, block_end)
        for m in named_re.finditer(text, block_start, block_end):
            if reference_re.match(text, m.start()) or len(m.group("tail")) > _TAIL_MAX or _POINTS_ELSEWHERE_RE.search(m.group("tail")):
                continue  # a row that opens with its application's reference is read by find_decision_rows' own pattern
            start = m.start() + len(m.group()) - len(m.group().lstrip())
            end = _wrapped_end(text, m.end(), row_re)
            if any(s < end and start < e for s, e in taken):
                continue
            rows.append(FoundResolution(start, end, squash(text[start:end]), squash(m.group("outcome")), "disposition", evidence_start=start))
    return rows
