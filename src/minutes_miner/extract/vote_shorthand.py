"""Decisions minuted as the matter first and the motion after it in shorthand.

Small US and Canadian boards (water, fire and library districts, villages, townships, school
boards, county commissions) write a routine item as its matter, then who moved and seconded
it as two surnames joined by a slash, then the tally: 'Claims list #07-25, $29,877.41 -
Plum/Vickery, approved 4-0.', 'Minutes 3/20/25; disbursements $87,442.61. M/S/C Hamby/Greer
4-0.', 'Approved with conditions (Voss/Altaire 3-0).'. No marker word opens the decision and
no wording follows the shorthand, so the decision is the matter before it: the closer's own
sentence when it holds words of its own, else the item above it (from its line, or from its
first line after a blank line or a numbered label). Vocabulary: models/patterns/vote_shorthand.json.

Not decisions: an 'M/S' pair (moved and seconded, not carried) with no tally or passing roll
call after it; a motion whose outcome says it failed; shorthand inside a decision already read.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..resources import pattern_rules
from ..text_utils import squash, trim_span
from .blocks import list_after_colon, sentence_start
from .found import FoundResolution
from .motions import motion_failed

_MATTER_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’]+|\$?\d[\d,.]*")
_SENTENCE_BACK = 600  # how far back the closer's own sentence is read
# 'The Planning Commission recommended approval (Ostby/Crane 5-0)': another body's vote on its advice, not this meeting's decision
_OTHER_BODY_RE = re.compile(r"\b(?:Commission|Committee|Board|Panel|[Ss]taff)[ \t]+(?:had[ \t]+|has[ \t]+)?recommend(?:ed|s)\b")


@lru_cache(maxsize=1)
def _outcome_words() -> tuple[str, ...]:
    """The words saying a motion passed, lower case (vote_shorthand.json 'outcome_words'): the one list that the
    closers' {outcome}, the capitalised outcome that leads a closer and the test of a closer that passed are built from."""
    return tuple(pattern_rules("vote_shorthand.json")["outcome_words"])


def _outcome_pattern() -> str:
    """An outcome word, lower case or capitalised ('approved', 'Approved')."""
    return "(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _outcome_words()) + ")"


@lru_cache(maxsize=1)
def _outcome_lead() -> str:
    """A capitalised outcome word ('Approved (Altaire/Voss 3-0).')."""
    return "(?:" + "|".join(w.capitalize() for w in _outcome_words()) + ")"


@lru_cache(maxsize=1)
def _passed_re() -> re.Pattern[str]:
    """What says a closer passed: a tally, an outcome word in any case, or 'M/S/C' ('moved, seconded, carried':
    'Minutes 10/2. M/S/C LaBarge/Szymanski.')."""
    words = "|".join(_outcome_words())
    return re.compile(rf"\d[ \t]*[-–][ \t]*\d|\ball\b|unanimous|{words}|\bM/S/C\b|\bMSC\b", re.I)


@lru_cache(maxsize=1)
def _rules() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], int]:
    """The closers as one pattern, the roll call that may follow one, what says it passed,
    the outcome words alone, and how many lines the item above may take."""
    rules = pattern_rules("vote_shorthand.json")
    surname, tally, outcome = f"(?:{rules['surname']})", rules["tally"], _outcome_pattern()
    pair = rf"{rules['title']}{surname}[ \t]*/[ \t\n]*{rules['title']}{surname}"
    forms = [f.replace("{pair}", pair).replace("{surname}", surname).replace("{tally}", tally).replace("{outcome}", outcome) for f in rules["closers"]]
    closer = re.compile("|".join(f"(?:{f})" for f in forms), re.M)
    return (
        closer,
        re.compile(rules["roll_call"]),
        re.compile(rules["roll_call_passed"]),
        re.compile(
            rf"(?:{surname}[ \t]+)?(?:moved|[Ss]econd(?:ed)?|2nd|yes|no|ayes?|nays?|[YN])\b|{outcome}\b|(?:M/S/C|M/S|MSC)\b"
            rf"|{surname}[ \t]*/[ \t\n]*{surname}|{tally}|\b(?:[Mm]otion|[Rr]oll(?:[ \t]+call)?|[Vv]ote|by|and|absent|abstain\w*)\b"
        ),
        int(rules["matter_lines"]),
    )


def find_vote_shorthand(text: str, taken: list[tuple[int, int]]) -> list[FoundResolution]:
    """Every matter closed by vote shorthand in one agenda item's text that no decision read
    already (taken: its start and end) overlaps."""
    closer_re, roll_re, passed_re, _, _ = _rules()
    found: list[FoundResolution] = []
    floor = 0
    for m in closer_re.finditer(text):
        if m.start() < floor:
            continue  # 'Adopted 4-1' closing the roll call that the closer before it already took
        end = m.end()
        roll = roll_re.match(text, end + 1 if text[end : end + 1] == "." else end)
        if roll:
            end = roll.end()
        if not _passed_re().search(m.group()) and not (roll and passed_re.search(roll.group())):
            continue  # 'M/S Greer/Tsosie.' with no tally or passing roll call: moved and seconded, not decided
        if end < len(text) and text[end] in ".:":  # (at the text's end the slice is '', which `in` finds in any string)
            end = list_after_colon(text, end + 1, len(text)) if text[end] == ":" else end + 1  # 'approved as one motion (Ostrander/Brennan, 6-0):' / its items
        if motion_failed(text, m.start(), end):
            continue
        lo = max([floor] + [e for s, e in taken if e <= m.start()])
        start = _matter_start(text, m.start(), lo)
        floor = end
        if start is None or start >= end or any(s < end and start < e for s, e in taken) or _OTHER_BODY_RE.search(text, start, m.start()):
            continue
        if text[start].islower() and any(not text[e:start].strip() for s, e in taken if e <= start):
            continue  # '... renewals - approved' / 'except The Rusty Anchor ... (Tesch/Oyen 5-1)': the decision read above goes on here
        start, end = trim_span(text, start, end)
        found.append(FoundResolution(start, end, squash(text[start:end]), squash(m.group()), "disposition", evidence_start=start))
    return found


def _matter_words(text: str) -> int:
    """Words of the matter in `text`: not the shorthand's own (outcome, pair, tally, 'motion')."""
    return len(_MATTER_WORD_RE.findall(_rules()[3].sub(" ", text)))


def _matter_start(text: str, closer: int, lo: int) -> int | None:
    """Where the matter a closer decides begins, or None when no item can be told above it.

    'Bills for August, $8,914.36, approved (Tenney/Dao, all aye)': its own sentence. 'Total
    $150,201.01. M/S/C Castellano/Lund. 3-0.': the closer's sentence is only shorthand, so its
    line when the line opens a sentence, else the item's first line above (after a blank line,
    a numbered label or the previous decision). 'January payroll of $914,660.52. Approved
    (Altaire/Voss 3-0).', its line a wrapped sentence's end: the outcome sentence alone.
    """
    line = text.rfind("\n", lo, closer) + 1 if text.rfind("\n", lo, closer) != -1 else lo
    own = sentence_start(text, closer, max(lo, closer - _SENTENCE_BACK))
    row = _LABEL_RE.match(text, line)
    if row and own < row.end() <= closer:
        own = row.end()  # 'PZ-25-07  Kyle Brandt ... DENIED (Hauser/Pruitt 3-2)': a table row or numbered line opens the matter
    if own < line and not text[line:closer].strip() and _opens_sentence(text, line, lo):
        own = line  # 'assessed value.' / 'M/S/C Sandoval/Okonkwo, 5-0.': the shorthand opens its own line and sentence
    if _matter_words(text[own:closer]) >= 2:
        return own
    lead = text[own:closer].strip()  # 'Approved (Altaire/Voss 3-0).': an outcome word alone before the shorthand, or the outcome closer itself
    outcome_led = re.fullmatch(_outcome_lead(), lead) is not None if lead else re.match(_outcome_lead() + r"\b", text[closer : closer + 12]) is not None
    if line < own:  # the closer sits mid-line
        if _opens_sentence(text, line, lo) and _matter_words(text[line:closer]) >= 2:
            label = _LABEL_RE.match(text, line)
            return label.end() if label else line
        return own if outcome_led else None
    if outcome_led and own >= line:  # 'Approved, Mrs Sayle / Mr Gelling, 5-0.' on its own line: the outcome is the record
        return own
    return _item_start(text, min(line, text.rfind("\n", lo, own) + 1 if text.rfind("\n", lo, own) != -1 else lo), lo)


def _opens_sentence(text: str, line: int, lo: int) -> bool:
    """The line at `line` begins a sentence: the first line, after a blank line, or after a line that ends one."""
    before = text[lo:line].rstrip(" \t")
    if not before.strip() or before.endswith("\n\n") or re.search(r"\n[ \t]*\n$", text[lo:line]):
        return True
    return before.rstrip()[-1:] in ".:!?)"


_LABEL_RE = re.compile(
    r"[ \t]*(?:\d{1,3}(?:\.\d{1,3}){0,2}[.)]|\(?[a-z]\)|[a-z]\.|[A-Z]{0,4}-?\d{2,4}[-/]\d{1,4}(?=[ \t]+[A-Z]))[ \t]+"
)  # '3.', 'b)', 'a.', '25-116  Holiday bonus', 'PZ-25-07  Kyle Brandt'


def _item_start(text: str, line: int, lo: int) -> int | None:
    """The first line of the item above a closer that opens its own line: back over at most
    matter_lines lines to a blank line, a numbered or lettered label, or `lo`."""
    max_lines = _rules()[4]
    own_label = _LABEL_RE.match(text, line)
    if own_label:  # 'b. Res. 2026-12 setting a public hearing ...' opens the item on the closer's own line
        return own_label.end() if _matter_words(text[own_label.end() : text.find("\n", line) if "\n" in text[line:] else len(text)]) >= 2 else None
    start = line
    for _ in range(max_lines):
        if start <= lo:
            start = lo
            break
        prev = text.rfind("\n", lo, start - 1) + 1 if text.rfind("\n", lo, start - 1) != -1 else lo
        above = text[prev : start - 1] if text[start - 1 : start] == "\n" else text[prev:start]
        if not above.strip():
            break
        label = _LABEL_RE.match(text, prev)
        start = prev
        if label:
            start = label.end()
            break
    else:
        return None  # no item start within reach: the matter cannot be told
    return start if _matter_words(text[start:line]) >= 2 else None
