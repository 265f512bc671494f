"""The next action note after 'and' in the same sentence: "Clerk to order the bins and Cllr Noor to
collect them", "NC to continue to chase and KN to provide alternative company details".

One place for what the three users of this shape need: the first note's task stops before the
'and' (action_found._make_action), initials after the 'and' own a note of their own
(action_forms.next_note_actions), and an owner after the 'and' stands where a note starts
(action_context.opens_a_clause).

The 'and' must follow a lower-case word, a figure or a closing bracket: after a name ("liaise
with Cllr Smith and Cllr Jones to arrange") the second name is the first owner's partner, not a
new owner.
"""

from __future__ import annotations

import re

from ..vocabulary import person_titles
from .forward_search import search_forward

_TITLE = rf"(?:(?:{person_titles()})\.?\s+)"
INITIALS = r"[A-Z]{2,3}(?:\s*[&/]\s*[A-Z]{2,3}){0,2}"  # "KN", "KD & PL", "JB/SM"

# <word> and [the] [title] <Name ...| initials> to <verb>
_NEXT_NOTE_RE = re.compile(
    r"(?P<word>\s[a-z][\w'’-]{0,30}|\d|\))(?P<and>\s+and\s+)"
    r"(?P<owner>(?:the\s+)?" + _TITLE + r"?(?:[A-Z][\w'’-]{1,20}(?:\s+(?:of\s+|for\s+)?[A-Z][\w'’-]{1,20}){0,2}|" + INITIALS + r"))"
    r"(?=\s+to\s+[a-z])"
)
_TO_RE = re.compile(r"\s+to\s+")

# A line that opens with an owner and "to <verb>": "...about the drains\nClerk to obtain details".
_LINE_NOTE_RE = re.compile(r"\n(?=[ \t]*[A-Z][\w'’]{1,20}(?:[ \t]+[A-Z][\w'’]{1,20})?[ \t]+to[ \t]+[a-z])")
# The word before that line break when the phrase runs on: a name's first word ("the June District\nMeeting to discuss")
# or a word no clause ends in ("write to the\n\nSuperintendent to note").
_RUNS_ON_BEFORE_RE = re.compile(r"(?:^|\s)(?:[A-Z][a-z][\w'’-]*|the|a|an|to|of|for|with|by|from|at|in|on|and|or)\s*$")

# Where a note opens: a line or clause start, a bullet or dash, then its owner and "to <verb>".
_NOTE_OPENER = r"(?:the\s+|The\s+)?" + _TITLE + r"?(?:[A-Z][\w'’-]{0,30}(?:[ \t]+[A-Z][\w'’-]{0,30}){0,2}|[A-Z]{2,3})\s+to\s+[a-z]"
_NOTE_START_RE = re.compile(r"(?:^|(?<=[.;:•\n–])|(?<=\s-))[ \t]*" + _NOTE_OPENER)
_CLAUSE_END_RE = re.compile(r"[.;:\n]")
_NOTE_GAP = 200  # the most characters between a note's 'to <verb>' and the word before its 'and'


def next_note_after_and(text: str, start: int, end: int) -> re.Match | None:
    """The first 'and' in text[start:end] that opens another owner's note ('... bins and Cllr Noor to collect').

    Groups: `and` (the 'and' with its spaces: where the first note's task stops), `owner` (with
    any 'the' and title). The task starts after the owner's ' to ' (task_start).
    """
    return search_forward(_NEXT_NOTE_RE, text, start, end)  # _NEXT_NOTE_RE.search(text, start, end), linear over a run-on line of notes


def next_line_note(text: str, start: int, end: int) -> int | None:
    """Where the next note on a new line begins in text[start:end] ("...about the drains\nClerk to obtain details").

    A line break inside a wrapped phrase is no new note: after a capitalised word the capitalised
    words opening the next line continue its name ("attend the June District\nMeeting to discuss",
    "write to the Parish\nCouncil to ask"); after an article or preposition they are its object
    ("write to the\n\nSuperintendent to note that ...").
    """
    for m in _LINE_NOTE_RE.finditer(text, start, end):
        if not _RUNS_ON_BEFORE_RE.search(text, max(start, m.start() - 40), m.start()):
            return m.start()
    return None


def task_start(text: str, note: re.Match) -> int:
    """Where the next note's task begins: after its owner's ' to '."""
    return _TO_RE.match(text, note.end("owner")).end()


def opens_next_note(before: str, rest: str) -> bool:
    """Whether the owner at the end of `before` (it and the rest of its sentence in `rest`) opens the next note after 'and'.

    "Clerk to order the bins and Cllr Noor to collect them": Noor's note, when a note opened
    earlier in the same clause (no full stop, semicolon, colon or line break between, at most
    _NOTE_GAP characters of task).
    """
    joined = before + rest
    note = next_note_after_and(joined, max(0, len(before) - 60), len(joined))
    while note is not None and note.end("and") < len(before) and not re.fullmatch(r"the\s+", before[note.end("and") :]):
        note = next_note_after_and(joined, note.end("and"), len(joined))
    if note is None or note.end("and") > len(before):
        return False
    word_start = note.start("word")
    return any(
        word_start - e <= _NOTE_GAP and not _CLAUSE_END_RE.search(before, e, word_start)
        for e in (m.end() for m in _NOTE_START_RE.finditer(before, max(0, len(before) - 300), word_start))
    )


# A line that opens a note and runs to its end: "Clerk to chase the contractor about the drains\n".
_NOTE_LINE_BEFORE_RE = re.compile(r"(?:^|\n)[ \t]*(?:[-•*–][ \t]*)?" + _NOTE_OPENER + r"[^\n]{0,200}\n[ \t]*(?:the\s+)?$")


def opens_line_note(before: str) -> bool:
    """Whether an owner at the start of a line follows a line that is a note itself.

    "Clerk to chase the contractor about the drains\nClerk to obtain details": a list of notes
    with no full stops, one a line; the second owner opens a note as the first did.
    """
    return "\n" in before[-8:] and bool(_NOTE_LINE_BEFORE_RE.search(before, max(0, len(before) - 300)))
