"""Letters read into the minutes. US and Canadian councils print a mayor's or officer's letter
in full, signed off ("Sincerely, / Jane Doe / Mayor"), then the clerk's outcome on its own line
("Received." / "Referred to Committee on ..."). That outcome decides on the letter: the
closing sentences before it are the letter's courtesy and signature, never the decision.
Old newspapers' reports and terse minutes give each letter a sentence and its outcome after a
dash ("From Mr Bell, asking that the drain be cleared.—Referred to the engineer."): the letter
and its outcome are the decision.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..resources import pattern_rules
from .blocks import sentence_end


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    data = pattern_rules("correspondence.json")
    vals = "|".join(re.escape(v) for v in sorted(data["valedictions"], key=len, reverse=True))
    refs = "|".join(re.escape(r) for r in sorted(data["referrals"], key=len, reverse=True))
    # the sign-off opens its line (or follows a sentence) and ends it or is followed by a comma ('With regards to the swings'
    # is no sign-off), then the signature: at most 4 short lines
    signed = re.compile(r"(?:^|\n|(?<=[.!?])[ \t])[ \t]*(?i:" + vals + r")[ \t]*(?:,[^\n]{0,60})?(?:\n[^\n]{0,60}){0,4}\s*$")
    # the blanks around the line break each read by one possessive run: a long run of blanks costs its length, not its square
    referral = re.compile(r"[ \t]*+\n?[ \t]*+(?:" + refs + r")\b")
    return signed, referral


def signed_off(before: str) -> bool:
    """The text just before an outcome ends with a letter's sign-off and signature lines."""
    return _patterns()[0].search(before[-400:]) is not None


def letter_outcome_end(text: str, m_end: int) -> int:
    """Where the clerk's outcome on a letter ends: its own word, and a referral that follows at once
    ('Received.' / 'Referred to Committee on Mayor's Appointments.')."""
    end = m_end + 1 if text[m_end : m_end + 1] == "." else m_end
    referral = _patterns()[1].match(text, end)
    return sentence_end(text, referral.end(), len(text)) if referral else end


# a letter's sentence, opening its line or following a sentence (an old newspaper's dash between): 'From Mr Bell, asking ...',
# 'Letter from the Education Board, re ...', 'Application from Mrs Hale for ...'
_LETTER_OPENS_RE = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?:] )|(?<=[.!?:]  )|(?<=[.!?:][—–])|(?<=[.!?:] [—–])|(?<=[.!?:]--)|(?<=[.!?:] --)|(?<=[.!?:]— ))"
    r"[ \t]*(?:(?:A[ \t]+)?(?:[Ll]etters?|[Aa]pplications?|[Rr]equests?|[Cc]ommunications?)[ \t]+from|From|FROM)[ \t]+(?=(?:the[ \t]+)?[A-Z])"
)
_LETTER_REACH = 500  # how far back from its outcome a letter's sentence may open


def letter_before_outcome(text: str, m_start: int) -> int | None:
    """Where the letter an outcome after a dash decides opens ('From Mr Bell, asking that the drain at his corner be
    cleared.—Referred to the engineer.'): the last letter's sentence opening within reach, on the outcome's line, with no
    other sentence or outcome between it and this one; None when no letter is read there, so the outcome decides nothing known."""
    lo = max(0, m_start - _LETTER_REACH)
    opens = [m.start() for m in _LETTER_OPENS_RE.finditer(text, lo, m_start)]
    if not opens:
        return None
    start = opens[-1] + len(text[opens[-1] : m_start]) - len(text[opens[-1] : m_start].lstrip())
    between = text[start:m_start].rstrip(" \t—–-")
    if "\n" in between or _DASHED_STOP_RE.search(between) or _SENTENCE_STOP_RE.search(between):
        return None  # '... for a drain. The chairman said the weather had been severe.—Received.': another sentence came between
    return start


# a stop and a dash inside the letter's span: an outcome of its own ('—Referred to the engineer.') or the next sentence run on
_DASHED_STOP_RE = re.compile(r"[.!?][ \t]?(?:—|–|--)[ \t]?[A-Z]")
# a sentence's end inside it: a stop after a word of small letters, then a capitalised word ('a drain. The chairman'); not an
# initial's or a title's stop ('Mr J. Hale', 'Messrs. Bell and Ross')
_SENTENCE_STOP_RE = re.compile(r"(?<![A-Z])(?<!Messrs)(?<!Bros)[a-z]{2,}[.!?][ \t]+[A-Z][a-z]")
