"""An action column in a PDF's right-hand margin put back beside its minute.

Parish clerks often type minutes in a Word table whose narrow last column holds the
initials of whoever must act ('BM' / '&' / 'MM' beside "It was resolved to advertise ...").
pdfium reads the wide column first and the narrow one after it, so the initials come out as
short lines at the end of the page's text, far from the minute they belong to, and the owner
is lost. Here each such cell is read with its position, taken out of the text and written
back as an "(Action: BM & MM)" label at the end of the sentence it stands beside, the form
the action extractor already reads (owner from the label, task from its sentence).

Only a page that has a body of text on its left and lines made of nothing but initials or an
owner's role word far to the right is changed; vocabulary in models/patterns/margin_owners.json.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pypdfium2 as pdfium

from ..resources import pattern_rules

_LINE_BREAK = "\r\n"  # how pdfium ends a line of get_text_range
_SENTENCE_END_RE = re.compile(r"(?<=\w\w)[.!?](?=[ \t]|$)")  # not an item's letter ('b. Nancy Bowles Wood')
_INITIALS_RE = re.compile(r"\b[A-Z]{2,4}\b")
_NAMED_REACH_LINES = 1.6  # how far (in line heights) from the cell a line naming its owner may be
_MAX_LINES_TO_SENTENCE_END = 3  # lines read on after the cell's line for the end of its sentence


@dataclass
class _Line:
    """One line of the page's text with where it sits: its left edge and its middle height."""

    text: str
    left: float
    middle: float
    height: float


@lru_cache(maxsize=1)
def _rules() -> tuple[re.Pattern[str], re.Pattern[str], float]:
    rules = pattern_rules("margin_owners.json")
    return re.compile(rules["owner_line"]), re.compile(rules["not_owner"]), float(rules["min_left"])


def restore_margin_owners(textpage: pdfium.PdfTextPage, text: str, page_width: float) -> str:
    """The page's text with its right-margin owner cells moved beside their minutes as
    "(Action: X)" labels, or the text unchanged when the page has no such column."""
    owner_re, not_owner_re, min_left = _rules()
    if not any(owner_re.match(line) for line in text.split(_LINE_BREAK)) or len(text) != textpage.count_chars():
        return text  # no line that could be an owner cell (most pages: no character boxes read), or an index pdfium does not share
    lines = _located_lines(textpage, text)
    is_margin = [line.left >= min_left * page_width and owner_re.match(line.text) is not None and not not_owner_re.search(line.text) for line in lines]
    body = [index for index, margin in enumerate(is_margin) if not margin and lines[index].left < page_width / 2]
    if not any(is_margin) or not body:
        return text
    out: list[str | None] = [line.text for line in lines]
    for cell in _cells(lines, is_margin):
        owner = " ".join(" ".join(lines[index].text.split()) for index in cell).strip(" ,&")
        if _named_beside(lines, body, cell, owner) or _label_sentence_end(out, body, _line_beside(lines, body, cell), owner):
            for index in cell:
                out[index] = None  # its owner is in the text now, beside its minute
    return _LINE_BREAK.join(line for line in out if line is not None)


def _located_lines(textpage: pdfium.PdfTextPage, text: str) -> list[_Line]:
    """Every line of the page's text with its left edge and middle height from its characters'
    boxes (pdfium's text and its characters share one index). A blank line sits nowhere: it is
    never a margin cell nor the line a cell stands beside."""
    lines: list[_Line] = []
    position = 0
    for line in text.split(_LINE_BREAK):
        boxes = [textpage.get_charbox(position + offset) for offset, char in enumerate(line) if not char.isspace()]
        if boxes:
            bottom, top = min(box[1] for box in boxes), max(box[3] for box in boxes)
            lines.append(_Line(line, min(box[0] for box in boxes), (bottom + top) / 2, top - bottom))
        else:
            lines.append(_Line(line, float("inf"), float("nan"), 0.0))
        position += len(line) + len(_LINE_BREAK)
    return lines


def _cells(lines: list[_Line], is_margin: list[bool]) -> list[list[int]]:
    """The margin lines grouped into cells: lines that follow one another in the text and sit
    at most about a line and a half apart ('BM' / '&' / 'MM' is one owner, 'BM & MM')."""
    cells: list[list[int]] = []
    for index, margin in enumerate(is_margin):
        if not margin:
            continue
        if cells and cells[-1][-1] == index - 1 and _close(lines[cells[-1][-1]], lines[index]):
            cells[-1].append(index)
        else:
            cells.append([index])
    return cells


def _close(upper: _Line, lower: _Line) -> bool:
    return 0 <= upper.middle - lower.middle <= 1.6 * max(upper.height, lower.height, 1.0) + 4


def _named_beside(lines: list[_Line], body: list[int], cell: list[int], owner: str) -> bool:
    """True when a body line level with the cell already names its owner ('... NO to action.'
    with 'NO' in the margin): the clerk wrote the owner twice, and a label would only pin the
    owner on a wrong sentence."""
    initials = _INITIALS_RE.findall(owner)
    if not initials:
        return False
    middle = (lines[cell[0]].middle + lines[cell[-1]].middle) / 2
    reach = _NAMED_REACH_LINES * max(lines[index].height for index in cell) + (lines[cell[0]].middle - lines[cell[-1]].middle) / 2
    return any(abs(lines[index].middle - middle) <= reach and all(re.search(rf"\b{initial}\b", lines[index].text) for initial in initials) for index in body)


def _line_beside(lines: list[_Line], body: list[int], cell: list[int]) -> int:
    """The body line the cell stands beside: the lowest body line within the cell's height
    (a cell of three lines is set beside the last line of a minute's opening words), else the
    body line nearest to it."""
    top, bottom = lines[cell[0]].middle, lines[cell[-1]].middle
    slack = 0.75 * max(lines[index].height for index in cell) + 2  # a cell may sit a little off its lines
    within = [index for index in body if bottom - slack <= lines[index].middle <= top + slack]
    if within:
        return min(within, key=lambda index: lines[index].middle)
    return min(body, key=lambda index: abs(lines[index].middle - (top + bottom) / 2))


def _label_sentence_end(out: list[str | None], body: list[int], beside: int, owner: str) -> bool:
    """Write "(Action: owner)" after the end of the sentence the line `beside` is part of: at its
    own end when it closes a sentence, else after the first sentence end on the body lines that
    follow. With no sentence end near, the cell stands beside a table's row or a heading, not a
    minute, and no label is written. True when the label was written."""
    label = f" (Action: {owner})"
    if (out[beside] or "").rstrip().endswith((".", "!", "?")):
        out[beside] = (out[beside] or "").rstrip() + label
        return True
    for index in [index for index in body if index > beside][:_MAX_LINES_TO_SENTENCE_END]:
        line = out[index] or ""
        if m := _SENTENCE_END_RE.search(line):
            out[index] = line[: m.end()] + label + line[m.end() :]
            return True
    return False
