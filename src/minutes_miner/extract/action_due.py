"""Deadlines of actions: the due phrase in a task ('by the next meeting', 'within two weeks')
and the date it means, counted from the meeting. Split from actions.py, which finds owners and tasks.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..structure import DATE_RE, parse_date_match
from ..numbers import cardinal_alternation, parse_number_words
from ..text_utils import squash
from ..vocabulary import MONTH_NAME_RE

# The counts a period 'within' a deadline is written with ('within two weeks', 'within a couple of months'): digits, the
# cardinal words one to twelve (models/gazetteers/number_words.tsv, read by numbers.py) and two article forms.
_ARTICLE_COUNTS = {"a couple of": 2, "a": 1}
_COUNT = r"\d+|" + cardinal_alternation(1, 12) + "|" + "|".join(_ARTICLE_COUNTS)

# A date or the end of a period after 'by' or 'before' ('by 1 May', 'before 1 May', 'before the end of the month'): the
# same deadline in either word, as clerks write it. An event the task must be done 'in time for' is one too ('in time
# for the budget', 'in time for the spring clean'): up to six words, ending at a clause's punctuation or its 'and'.
DUE_RE = re.compile(
    rf"\b(?P<due>(?:by|before|at|to|for|in time for) (?:the )?(?:next|following|subsequent|{MONTH_NAME_RE})\b[^.;,]{{0,40}}?(?:meeting|Panel|Committee|Board|Council|Cabinet)"
    rf"|(?:by|before) (?:the end of )?(?:the )?(?:\d{{1,2}}(?:st|nd|rd|th)? )?{MONTH_NAME_RE}(?: \d{{1,2}}(?:st|nd|rd|th)?)?(?:,? (?:19|20)\d{{2}})?"
    r"|(?:by|before) (?:the )?end of (?:the )?(?:month|year|week|financial year|summer|autumn|spring|winter|term)"
    rf"|within (?:the next )?(?:{_COUNT}) (?:working )?(?:days?|weeks?|months?)"
    r"|in time for (?:the |a |an |its |their )?[\w'’-]+(?:[ ][\w'’-]+){0,5}?(?=\s*(?:[.;,:)]|$)|\s(?:and|so|to|which|but|when|if)\b)"
    r"|by \d{1,2}[/.]\d{1,2}[/.]\d{2,4}|as soon as possible|asap|by (?:the )?(?:next|following) (?:week|month))\b",
    re.I,
)


def due_phrase(text: str) -> str | None:
    """The deadline as written in a task ("by the next meeting"), if any."""
    m = DUE_RE.search(text)
    return squash(m.group("due")) if m else None


def resolve_due_date(due_text: str | None, meeting_date: date | None) -> date | None:
    """Turn 'within two weeks' or 'by 31 March' into a date, counting from the meeting."""
    if not due_text or not meeting_date:
        return None
    m = re.search(rf"within (?:the next )?({_COUNT}) (?:working )?(day|week|month)", due_text, re.I)
    if m:
        count = m.group(1).lower()  # the pattern's phrases have single spaces: 'a couple of' is read as written
        n = int(count) if count.isdigit() else _ARTICLE_COUNTS.get(count) or int(parse_number_words(count))
        unit = m.group(2).lower()
        days = n * {"day": 1, "week": 7, "month": 30}[unit]
        return meeting_date + timedelta(days=days)
    m = DATE_RE.search(due_text)
    if m:
        return parse_date_match(m)
    m = re.search(
        rf"(\d{{1,2}})(?:st|nd|rd|th)? ({MONTH_NAME_RE})|({MONTH_NAME_RE})",
        due_text,
        re.I,
    )
    if m:
        from ..structure import _MONTHS

        month = _MONTHS[(m.group(2) or m.group(3)).lower()[:3]]
        year = meeting_date.year
        day = int(m.group(1)) if m.group(1) else _month_end(year, month)
        candidate = date(year, month, min(day, _month_end(year, month)))
        if candidate < meeting_date:
            candidate = date(year + 1, month, min(day, _month_end(year + 1, month)))
        return candidate
    return None


def _month_end(year: int, month: int) -> int:
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return (nxt - timedelta(days=1)).day
