"""Decisions recorded as a disposition label under the item they close.

Disposition lists ('DISPOSITION OF ITEMS': an item's title, then 'ADOPTED' or 'RECEIVED AS
INFORMATION' on its own line) and licensing boards' voting agendas (an application, then
'GRANTED') carry no RESOLVED marker: the decision is the label, and what was decided is the
item's words above it. A label is a line in capitals that begins (or ends) with a disposition
word from models/patterns/dispositions.json, or a titled one in title case, alone or with its
condition after a comma or dash ('Granted', 'Granted, pending ...', 'Violation - Written Warning'); the item runs back to a blank line, a bare item
number, an item's numbered first line or the previous label. An item with no lower-case words
above its label is a heading, not an item, and gives nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..disposition_labels import label_re
from ..resources import pattern_rules
from ..text_utils import squash
from .found import FoundResolution

_MAX_LINES = 25  # an item's words above its label, at most
_HEADER_WORDS = 6  # a header line of a licence item (name, address, licence number) is short
_WORDING_WORDS = 8  # the application's wording after it is not
_NUMBER_ONLY_RE = re.compile(r"^\s*(?:\(?[0-9]{1,3}[.)]?|\(?[a-z]\)|[IVX]{1,5}\.)\s*$")
_NUMBERED_START_RE = re.compile(r"^\s*(?:[0-9]{1,3}[.)]|\([0-9a-z]{1,3}\))\s")


def find_dispositions(text: str, taken: list[tuple[int, int]]) -> list[FoundResolution]:
    """Every item closed by a disposition label in one agenda item's text, except where a
    decision already read (taken: its start and end) overlaps the item: a motion and its
    'MOTION CARRIED' are read by the markers, and one item is one decision."""
    found: list[FoundResolution] = []
    previous_end = 0
    for m in label_re().finditer(text):
        label_start, label_end = m.start() + len(m.group()) - len(m.group().lstrip()), m.end()
        start = _item_start(text, label_start, previous_end, across_blank=not _LOWER_NEXT_RE.match(text, label_end))
        label_end = _reasons_end(text, label_end)
        previous_end = label_end
        if start is None or any(s < label_end and start < e for s, e in taken):
            continue
        wording = text[start:label_end]
        found.append(FoundResolution(start, label_end, squash(wording), squash(m.group()), "disposition", evidence_start=start))
    return found


_LOWER_NEXT_RE = re.compile(r"\s{0,20}[a-z]")
_MAX_REASON_LINES = 4  # 'Reasons for refusal: ...' and the lines it wraps onto
_WRAPPED_LINE_RE = re.compile(r"\n[ \t]*[a-z(][^\n]*")  # a reason wrapped onto the next line goes on in lower case


@lru_cache(maxsize=1)
def _reasons_re() -> re.Pattern[str]:
    """The opening of a label's own reasons on the line below it (dispositions.json 'reasons')."""
    return re.compile(r"\n" + pattern_rules("dispositions.json")["reasons"])


def _reasons_end(text: str, label_end: int) -> int:
    """The end of the label's reasons when the line below it opens them ('Refused' /
    '(Reason: overbearing impact on No. 14.)', 'REFUSED' / 'Reasons for refusal: the structure
    is ...' / 'amenity and ...'): why the application was refused is part of the decision.
    A bracketed reason must close within _MAX_REASON_LINES lines, or nothing is added (a bracket
    that runs on is not the label's); an unbracketed one goes on over lines in lower case.
    Otherwise label_end itself: a blank line, the next application or a sentence of debate."""
    m = _reasons_re().match(text, label_end)
    if m is None:
        return label_end
    line_end = text.find("\n", m.end())
    end = len(text) if line_end == -1 else line_end
    for _ in range(_MAX_REASON_LINES - 1):
        if (wrapped := _WRAPPED_LINE_RE.match(text, end)) is None:
            break
        end = wrapped.end()
    reason = text[label_end:end].rstrip()
    if reason.lstrip().startswith("("):
        closing = _closing_bracket(reason)
        return label_end if closing is None else label_end + closing + 1
    return label_end + len(reason)


def _closing_bracket(reason: str) -> int | None:
    """Where the bracket that opens `reason` closes ('(Reason: contrary to Policy H3 (design).)'), or None."""
    depth = 0
    for i, char in enumerate(reason):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return i
    return None


def _item_start(text: str, label_start: int, floor: int, across_blank: bool = True) -> int | None:
    """Where the item above a label begins, or None when nothing with lower-case words is
    there (a heading in capitals, another label). One blank line between the item and its
    label is crossed (across_blank), unless the label's own object follows it ('NOTED' /
    blank / 'the inspection report ...')."""
    start = label_start
    lines = 0
    while start > floor and lines < _MAX_LINES:
        line_start = text.rfind("\n", floor, start - 1) + 1
        line = text[line_start : start - 1] if text[start - 1 : start] == "\n" else text[line_start:start]
        if across_blank and not line.strip() and lines == 0 and start - line_start <= 2:
            start = line_start  # one blank line between the item and its label ('Attorney: ...' / blank / 'GRANTED')
            continue
        if not line.strip() or _NUMBER_ONLY_RE.match(line):
            break
        start = line_start
        lines += 1
        numbered = _NUMBERED_START_RE.match(line)
        if numbered:
            start = line_start + numbered.end()
            break
    start = max(start, floor)
    while start < label_start and text[start] in " \t\n":
        start += 1
    if start >= label_start or not re.search(r"[a-z]{2}", text[start:label_start]):
        return None
    return _after_header_lines(text, start, label_start)


_FIELD_WORDS = 10  # 'Location: 147 Harbour St, Corrib, MA 01990': a header field, however many words its address takes
_FIELD_LINE_RE = re.compile(r"^\s*[A-Z][\w/#.]*(?:[ \t]+[\w/#.]+){0,3}[ \t]*:")


def _after_header_lines(text: str, start: int, end: int) -> int:
    """Past a licence item's header (name, 'D/B/A:', address, 'License #:'): two or more short
    lines or short 'Field: value' lines before the application's wording are who applied, not
    what was decided."""
    lines = text[start:end].split("\n")
    short = 0
    for line in lines:
        if len(line.split()) > _HEADER_WORDS and not (_FIELD_LINE_RE.match(line) and len(line.split()) <= _FIELD_WORDS):
            break
        short += 1
    if short < 2 or short >= len(lines) or len(lines[short].split()) < _WORDING_WORDS:
        return start
    return start + sum(len(line) + 1 for line in lines[:short])
