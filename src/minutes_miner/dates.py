"""Dates in minutes: the forms councils print them in, and which one is the meeting's own.

The meeting's date is in the title block; dates of earlier meetings (minutes approved,
items called in), later ones (the next meeting) and of publication are not it. Cues are in
models/patterns/meeting.json.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

from .models import meeting_vocabulary
from .models import vocab_re as _vocab_re
from .text_utils import last_match, squash
from .vocabulary import MONTH_NAMES, MONTH_RE, WEEKDAY


_MONTHS = {name.lower(): number for number, name in enumerate(MONTH_NAMES, 1)}
_MONTHS.update({k[:3]: v for k, v in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MONTH_RE = MONTH_RE
_WEEKDAY_NAME = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?"  # 'Monday 3rd & Tuesday 4th April 2023': a meeting over two days
# a month in words dates the 19th century's papers too ('Council Chambers February 5th 1866.', a colonial borough's minute
# book); figures alone ('3/4/1866') stay 20th and 21st century, where an 18 could be anything
# a weekday glued to the day by its comma ('WEDNESDay,3JUNE 2015') and an ordinal a PDF's text layer set apart ('July 10 th,
# 2018') are the same dates; a figure before the comma ('items 1,3 June') is not a day
DATE_RE = re.compile(
    rf"(?<![\d./])(?<!\d,)(?P<d1>\d{{1,2}})\s?(?:(?:st|nd|rd|th)[ \t]?\.?)?(?:\s*(?:and|&|-|–)\s*(?:{_WEEKDAY_NAME},?\s+)?\d{{1,2}}(?:st|nd|rd|th)?)?(?:\s+(?:of|day of))?(?:[\s-]{{0,40}}|/)(?P<m1>{_MONTH_RE})\.?,?(?:[\s-]{{0,40}}|/)(?:A\.?\s?D\.?,?\s+|in\s+the\s+year\s+(?:of\s+our\s+Lord\s+)?)?(?P<y1>(?:1[89]|20)\d{{2}}|['’]\d{{2}}\b)"
    # 'May 29th2012': a PDF's text layer glues the year to the day's ordinal, the space between them lost
    rf"|(?P<m2>{_MONTH_RE})\.?\s{{0,40}}(?:the\s+)?(?P<d2>\d{{1,2}})(?:[ \t]?(?:st|nd|rd|th))?(?:\s*(?:and|&|-|–)\s*\d{{1,2}}(?:st|nd|rd|th)?)?(?:,\s{{0,40}}|\s{{1,40}}|(?<=st|nd|rd|th)|\.[ \t]{{1,2}}(?=(?:19|20)\d{{2}}\b(?![-–/]\d)))(?:A\.?\s?D\.?,?\s+)?(?P<y2>(?:1[89]|20)\d{{2}}|['’]\d{{2}}\b)"
    # 'July-22-2008', 'Jul-22-2008': the month-first order hyphenated throughout
    rf"|(?<![\w-])(?P<m9>{_MONTH_RE})-(?P<d9>\d{{1,2}})-(?P<y9>(?:19|20)\d{{2}})(?![\w-])"
    rf"|(?<![0-9A-Za-z])(?P<y4>(?:19|20)\d{{2}})[-/](?P<m4>\d{{2}})[-/](?P<d4>\d{{2}})(?:(?![0-9A-Za-z])|(?=T\d\d:))"  # '2023-03-14_Planning_Minutes', a file name too; '2008-07-22T19:00'
    # year first with dots or spaces between ('ON TUESDAY, 2008 07 22', '2007.02.15'), as Canadian and ISO-minded clerks print it:
    # a real month and day only, and not one run of a row of figures ('2008 07 22 15 ...'). Run together ('20070215') it is as
    # likely a reference number ('application 20080722'): read only in a file's name or closing a title line (compact_title_date)
    rf"|(?<![\w.,/-])(?<!\d[ .])(?P<y7>(?:19|20)\d{{2}})(?P<sep7>[. ])(?P<m7>0[1-9]|1[0-2])(?P=sep7)(?P<d7>0[1-9]|[12]\d|3[01])(?!\w|[ .]\d+(?![\d:.]))"
    # year, month in words, day ('2008 July 22', '2008, Jul. 22nd'): the order of ISO dates written out, never before a year of its own
    rf"|(?<![\w.,/-])(?P<y8>(?:19|20)\d{{2}}),?[ \t]+(?P<m8>{_MONTH_RE})\.?[ \t]+(?P<d8>\d{{1,2}})(?:st|nd|rd|th)?(?!\w|[.,]\d|,?[ \t]*(?:19|20)\d{{2}})"
    rf"|\b(?P<d3>\d{{1,2}})/(?P<m3>\d{{1,2}})/(?P<y3>(?:19|20)?\d{{2}})\b"
    # '03-01-2018', '03.01.2018'; a space the page put beside a dash ('HELD ON 03-01- 2018', an Indian cantonment board)
    rf"|\b(?P<d5>\d{{1,2}})(?P<sep5>[.-])(?P<m5>\d{{1,2}})(?P=sep5)(?P<y5>(?:19|20)\d{{2}})\b"
    rf"|\b(?P<d11>\d{{1,2}})-(?P<m11>\d{{1,2}})-[ \t](?P<y11>(?:19|20)\d{{2}})\b(?![-–/]\d)"
    # 'HELD ... AT 7.30 P.M. ON 06.06.17' (Welsh and English parish titles): a dotted date with a two-figure year, read only right
    # after 'on' and with day and month of two figures each, so a paragraph number ('12.10.15') is never one
    rf"|(?<=\b[Oo][Nn] )(?P<d10>\d{{2}})\.(?P<m10>\d{{2}})\.(?P<y10>\d{{2}})\b(?![.:]\d)"
    # '14-Mar-23': a spreadsheet's or a clerk's dashed date with a two-figure year, only in that all-dashed form ('5 May-10 June' is a span)
    rf"|\b(?P<d6>\d{{1,2}})-(?P<m6>{_MONTH_RE})-(?P<y6>\d{{2}})\b(?![-/.]\d)",
    re.I,
)


def _month_number(name: str) -> int:
    lowered = name.lower()
    return _MONTHS["sept"] if lowered.startswith("sept") else _MONTHS[lowered[:3]]


def _full_year(year: str) -> int:
    """'2025', or a clerk's "'25" (always this century: minutes with such years are recent)."""
    return 2000 + int(year[1:]) if year[0] in "'’" else int(year)


def parse_date_match(m: re.Match, month_first: bool = False) -> date | None:
    """Turn a DATE_RE match into a date: numeric dates day first (UK order), unless the day
    can't be a month ('1/14/2022') or the document writes its dates month first (US order,
    see numeric_order). A figures date glossed in words in brackets ('03/12/2026 (March 12, 2026)')
    is read as the words say."""
    try:
        if m.group("d3") or m.group("d5") or m.group("d11"):
            glossed = _glossed_in_words(m)
            if glossed:
                return glossed
        if m.group("d1"):
            return date(_full_year(m.group("y1")), _month_number(m.group("m1")), int(m.group("d1")))
        if m.group("m2"):
            return date(_full_year(m.group("y2")), _month_number(m.group("m2")), int(m.group("d2")))
        if m.group("d3"):
            year = int(m.group("y3"))
            year += 2000 if year < 100 else 0
            day, month = int(m.group("d3")), int(m.group("m3"))
            if month > 12 >= day or month_first and day <= 12:
                day, month = month, day  # '1/14/2022': month first, as in North America
            return date(year, month, day)
        if m.group("d5") or m.group("d11"):  # '03.03.2020', '03-03-2020': day first unless it cannot be, or the document writes month first
            n = "5" if m.group("d5") else "11"
            day, month = int(m.group("d" + n)), int(m.group("m" + n))
            if month > 12 >= day or month_first and day <= 12:
                day, month = month, day
            return date(int(m.group("y" + n)), month, day)
        if m.group("d10"):
            year = int(m.group("y10"))
            return date(year + (2000 if year < 70 else 1900), int(m.group("m10")), int(m.group("d10")))
        if m.group("y4"):
            return date(int(m.group("y4")), int(m.group("m4")), int(m.group("d4")))
        if m.group("d6"):
            return date(2000 + int(m.group("y6")), _month_number(m.group("m6")), int(m.group("d6")))
        if m.group("y7"):
            return date(int(m.group("y7")), int(m.group("m7")), int(m.group("d7")))
        if m.group("m9"):
            return date(int(m.group("y9")), _month_number(m.group("m9")), int(m.group("d9")))
        if m.group("y8"):
            return date(int(m.group("y8")), _month_number(m.group("m8")), int(m.group("d8")))
    except (ValueError, KeyError):
        return None
    return None


_GLOSS_OPEN_RE = re.compile(r"[ \t]*\(")


def _glossed_in_words(m: re.Match) -> date | None:
    """The date in words in the brackets right after a date in figures: a clerk who writes both
    settles which of day and month comes first, which the figures alone cannot."""
    opening = _GLOSS_OPEN_RE.match(m.string, m.end())
    words = DATE_RE.match(m.string, opening.end()) if opening else None
    return parse_date_match(words) if words and (words.group("d1") or words.group("m2")) else None


def parse_date(text: str, month_first: bool = False) -> date | None:
    m = DATE_RE.search(text)
    return parse_date_match(m, month_first) if m else None


_SLASHED_RE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(?:19|20)?\d{2}\b")


def numeric_order_month_first(text: str, country: str | None) -> bool:
    """Whether the document writes '03/04/2024' month first: its own unambiguous slashed dates
    decide ('14/03/2024' day first, '03/14/2024' month first); failing those, the country's
    habit (models/patterns/meeting.json: month_first_countries, the United States; day_first_countries),
    and where the country is unknown or mixed (Canada), one date it prints both in figures and in words, then its
    yearless numeric dates, then the order of its written dates."""
    day_first = month_first = 0
    for m in _SLASHED_RE.finditer(text[:50_000]):
        first, second = int(m.group(1)), int(m.group(2))
        day_first += first > 12 >= second
        month_first += second > 12 >= first
    if day_first or month_first:
        return month_first > day_first
    if country and _vocab_re("month_first_countries", r"^(?:{})$").match(country):
        return True
    if country and _vocab_re("day_first_countries", r"^(?:{})$").match(country):
        return False
    if not _NUMERIC_DATE_RE.search(text[:50_000]):
        return False  # no numeric date, no order to decide
    paired = _order_of_a_date_written_both_ways(text)
    if paired is not None:
        return paired
    yearless = _yearless_numeric_order(text)
    return yearless if yearless is not None else writes_month_first(text)


_ORDER_WINDOW = 3000  # the head of a page, where a scan's file date and its title's date are printed


def _order_of_a_date_written_both_ways(text: str) -> bool | None:
    """Whether the page writes numeric dates month first, from one date it prints in figures and in words ('03/08/1972' over
    'MINUTES OF BOARD OF HEALTH, March 8, 1972' on a scanned US page): the figures read in one order only are that date.
    None when no such pair decides."""
    head = text[:_ORDER_WINDOW]
    worded = set()
    for m in DATE_RE.finditer(head):
        if m.group("m1") or m.group("m2"):
            parsed = parse_date_match(m)
            if parsed:
                worded.add(parsed)
    if not worded:
        return None
    day_first = month_first = 0
    for m in _NUMERIC_DATE_RE.finditer(head):
        parts = re.split(r"[./-]", m.group(0))
        first, second, year = int(parts[0]), int(parts[1]), _full_year(parts[2])
        if first == second:
            continue
        month_first += any((d.year, d.month, d.day) == (year, first, second) for d in worded)
        day_first += any((d.year, d.month, d.day) == (year, second, first) for d in worded)
    return month_first > day_first if month_first != day_first else None


# A day and month without a year ('due 4/15', 'by 30/4'), not part of a longer date, a reference ('KD/25/04', 'C25/0917') or a decimal
_YEARLESS_SLASHED_RE = re.compile(r"(?<![\w/.,-])(\d{1,2})/(\d{1,2})(?![\w/]|[.,]\d)")


def _yearless_numeric_order(text: str) -> bool | None:
    """Whether a paper of unknown country writes its yearless numeric dates month first: a clerk
    whose action table says 'Send notices - Deb - 4/15' (an Idaho district) writes '4/9/2025' as
    9 April, one who says 'by 30/4' as 4 September. Only pairs that cannot be read the other way
    vote; '24/7' (round the clock) and fractions ('3/4') decide nothing. None when nothing decides."""
    day_first = month_first = 0
    for m in _YEARLESS_SLASHED_RE.finditer(text[:50_000]):
        first, second = int(m.group(1)), int(m.group(2))
        if (first, second) == (24, 7) or not (first and second) or first > 31 or second > 31:
            continue
        day_first += first > 12 >= second
        month_first += second > 12 >= first
    return month_first > day_first if day_first != month_first else None


_NUMERIC_DATE_RE = re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2}\b")


# '27/04/17', '04/27/2017': a date in figures written with slashes, its parts captured; dots and dashes also number sections
# and chapters ('Chapter 13.12.10'), which _NUMERIC_DATE_RE's callers tell apart by context and this count cannot
_FIGURE_DATE_PARTS_RE = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})/(?:\d{4}|\d{2})(?![\d/])")


def figure_date_orders(window: str) -> tuple[int, int]:
    """How many dates in figures can only be day first ('27/04/17') and how many only month first ('04/27/17'): a
    community group's correspondence list dates every letter so, and never both ways (money reads it for the dollar)."""
    day_first = month_first = 0
    for m in _FIGURE_DATE_PARTS_RE.finditer(window):
        a, b = int(m.group(1)), int(m.group(2))
        day_first += 12 < a <= 31 and 1 <= b <= 12
        month_first += 12 < b <= 31 and 1 <= a <= 12
    return day_first, month_first


def writes_month_first(text: str) -> bool:
    """Whether the document's written dates put the month first ('March 4, 2025', as North
    American papers do) rather than the day ('4 March 2025'): a clerk who writes the month first
    in words writes '03/04/2025' month first too. Two such dates at least, and more than the other order."""
    month_day = day_month = 0
    for m in DATE_RE.finditer(text[:20_000]):
        month_day += bool(m.group("m2"))
        day_month += bool(m.group("d1"))
    return month_day >= 2 and month_day > day_month


_WEEKDAY = WEEKDAY
# a date in words with its year, a weekday before it or not ('22 FEBRUARY 2007', 'Thursday, 3rd March 2025', 'September 17th,
# 2015'): a text fragment for the readers of titles and letterheads, which wrap it in their own anchors and case
WORDED_DATE_WITH_YEAR = rf"(?:{_WEEKDAY},?\s+)?(?:{_MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_RE}),?\s+\d{{4}}"
_DATE_LINE_RE = re.compile(
    rf"^\s*(?:{_WEEKDAY},?\s*)?(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:(?:day\s+)?of\s+)?{_MONTH_RE}|^\s*(?:{_WEEKDAY},?\s*)?{_MONTH_RE}\s+\d{{1,2}}", re.I
)
_SENTENCE_START_RE = re.compile(r"[.;!?]\s|\n\s*\n")
_NEW_LINE_START_RE = re.compile(r"\n[ \t]*(?=[A-Z0-9(•·-])")


# a bracketed aside holding a date of its own, closed before this date ('MINUTES of the meeting (deferred from 7 March
# 2023) held on 14 March 2023', '(adjourned from 2 May) reconvened on 9 May'): its words speak of the other date
_DATED_ASIDE_RE = re.compile(r"\([^()]*\)(?=[^()]*$)")


def _past_a_dated_aside(before: str) -> str:
    """The words before a date that speak of it: past the last bracketed aside when that aside holds a date of its own.

    An aside with no date ('to approve the minutes (attached) of 7 March') is part of the sentence and stays."""
    aside = _DATED_ASIDE_RE.search(before)
    return before[aside.end() :] if aside and DATE_RE.search(aside.group(0)) else before


_PROSE_LINE_CHARS = 60  # a line this long that ends mid-sentence is prose wrapped at the page's width, not a title line
_WRAPPED_LINE_MAX = 300  # a page's printed line is shorter; is_previous_meeting_date reads 150 characters back at most
_LINE_ENDS_SENTENCE_RE = re.compile(r"[.;:!?][\"'’”)]*[ \t]*$")


_FIELD_LABEL_RE = re.compile(r"[ \t]*[A-Z][\w ]{0,30}:")  # 'Meeting date:', 'File:', 'Date of hearing:'


def _wrapped_sentence_start(text: str, line_start: int) -> int:
    """Where the sentence around a date begins when a paragraph wraps it over two lines: the line above,
    when that is a long line of prose that runs on ('Notice of the meeting was published in the Grant' over
    'Gazette on March 8, 2023.'), so its cue is read; else the date's own line. One line back only."""
    if line_start < 2 or text[line_start - 2] == "\n" or _FIELD_LABEL_RE.match(text, line_start):
        return line_start  # a paragraph's first line, or a field of a header ('Title: Adoption of ...' over 'Meeting date: 22 May')
    window = max(0, line_start - 1 - _WRAPPED_LINE_MAX)  # bounded: linear in the text
    above_start = text.rfind("\n", window, line_start - 1) + 1 or window
    above = text[above_start : line_start - 1]
    return above_start if len(above.strip()) >= _PROSE_LINE_CHARS and not _LINE_ENDS_SENTENCE_RE.search(above) else line_start


# a US court's or board's order recites the day it sits on ('ORDER NO. 4417 APPROVAL OF ... On this the 12th day of March 2024,
# upon motion made by Commissioner Reyes'): the title's 'APPROVAL OF' before it speaks of the order, not of earlier minutes
_OWN_DAY_RECITAL_RE = re.compile(r"\b(?:on|at)[ \t]+this[ \t]+(?:the[ \t]+)?$", re.I)


# the line above ends in words that introduce the date on this one, after its weekday ('Date of next meeting:' / 'Thursday 14 July 2016')
_LINE_ABOVE_INTRODUCES_RE = re.compile(rf"(?:\b(?:held|on|of|dated|from)|:)\s*\n[ \t]*(?:{_WEEKDAY_NAME}\.?,?[ \t]+)?(?:the[ \t]+)?$", re.I)


# a paper titled 'Minutes from the <date> <kind> Meeting' on a line of its own (a Minnesota district's page): the title, whose date
# is the meeting's own; 'Minutes from the June 10, 2021 meeting were approved' goes on past 'Meeting' (on its line or the next) and is an
# earlier meeting's
_MINUTES_FROM_TITLE_BEFORE_RE = re.compile(r"[ \t]*(?i:minutes)[ \t]+(?i:from)[ \t]+(?:(?i:the)[ \t]+)?")
_MEETING_TITLE_AFTER_RE = re.compile(r"(?:[ \t]+[A-Z][\w-]*){0,4}[ \t]+(?i:meeting|session)[ \t]*(?:\n(?![ \t]*[a-z])|$)")
# a council's digest of its own meeting, opening the page ('The following are highlights from the October 13, 2020 Regular Meeting
# of Council.', 'Summary of the March 4, 2025 Council Meeting')
_DIGEST_TITLE_BEFORE_RE = re.compile(
    r"[ \t]*(?:(?i:the following are|here are)[ \t]+)?(?:(?i:the)[ \t]+)?(?i:highlights|summary|key decisions|outcomes)[ \t]+(?i:from|of)[ \t]+(?:(?i:the)[ \t]+)?"
)
# a public notice opening on the meeting it reports ('At its ordinary monthly meeting held 23 March 2023, the Council agreed ...'),
# where no minutes are under way before it (an item's 'At its meeting held on 12 January, ...' reports an earlier meeting)
_AT_ITS_MEETING_BEFORE_RE = re.compile(
    r"(?:^|[.!?][ \t]+|\n)[ \t]*(?i:at)[ \t]+its[ \t]+(?:(?:ordinary|regular|monthly|special|annual|scheduled)[ \t]+){0,2}meeting[ \t]+held[ \t]+(?:on[ \t]+)?$"
)
# minutes under way before the sentence: an attendance list or a numbered item ('Present: Ann Kerr' / '5. Item'); a notice has neither
_MINUTES_BEGUN_RE = re.compile(r"(?im)^[ \t]*(?:present\b|in attendance\b|apologies\b|\(?\d{1,3}[.)][ \t])")
# not 'The summary of the February 16th, 2010 meeting was accepted', '... meeting approved as typed'
_MEETING_NAMED_AFTER_RE = re.compile(r"(?:[ \t]+[A-Z][\w-]*){0,4}[ \t]+(?i:meeting|session)\b(?![^\n]*\b(?:was|were|approved|accepted|adopted)\b)")
_TITLE_REACH = 500  # the paper's title opens it: under an 'APPROVAL OF MINUTES' heading further down, the same words are an earlier meeting's


def is_previous_meeting_date(text: str, start: int, end: int) -> bool:
    """A date of an earlier (or later) meeting: minutes approved, items called in, the next meeting."""
    line_start = text.rfind("\n", 0, start) + 1
    if _LINE_ABOVE_INTRODUCES_RE.search(text[max(0, line_start - 40) : start]):  # 'Minutes of the Meeting Held' / '19th December 2011'
        line_start = text.rfind("\n", 0, line_start - 1) + 1
    else:
        line_start = _wrapped_sentence_start(text, line_start)
    before = text[max(line_start, start - 150) : start]
    cut = list(_SENTENCE_START_RE.finditer(before))
    if cut:
        before = before[cut[-1].end() :]
    before = _past_a_dated_aside(before)
    if _OWN_DAY_RECITAL_RE.search(before):
        return False  # 'On this the 28th day of December 1992, upon motion made ...': the order's recital of its own day
    if start < _TITLE_REACH and _MINUTES_FROM_TITLE_BEFORE_RE.fullmatch(text, line_start, start) and _MEETING_TITLE_AFTER_RE.match(text, end):
        return False  # 'Minutes from the July 8, 2021 Regular Board Meeting': the paper's own title, not an approval of earlier minutes
    if start < _TITLE_REACH and _DIGEST_TITLE_BEFORE_RE.fullmatch(text, line_start, start) and _MEETING_NAMED_AFTER_RE.match(text, end):
        return False  # 'The following are highlights from the October 13, 2020 Regular Meeting of Council.': the digest's own meeting
    if start < _TITLE_REACH and _AT_ITS_MEETING_BEFORE_RE.search(before) and not _MINUTES_BEGUN_RE.search(text, 0, start):
        return False  # a public notice's 'At its ordinary monthly meeting held 23 March 2023, the Council agreed ...': the meeting it reports
    sitting_end = _sitting_closes_at(text, start, end)
    if sitting_end is not None:  # 'held from Tuesday 4 March 2025 to Wednesday 5 March 2025': the sitting's first day, read past its last
        before, end = _FROM_AT_END_RE.sub("", before), sitting_end
    after = _NEW_LINE_START_RE.split(text[end : end + 100], 1)[0]  # not the next item's line ('1. Minutes ... approved')
    return bool(
        _vocab_re("previous_meeting_before").search(before)
        or _vocab_re("previous_meeting_after", flags=re.I | re.M).search(after)
        or (sitting_end is None and _bounds_a_period(text, start, end))
    )


# 'PERIOD 01 OCTOBER 2017 TO 31 DECEMBER 2017', 'Minutes of meetings held from 1st March 2019 to 31st March 2020': a period's
# bounds (a register's quarter, a minute book's year), neither of them the day a meeting sat
_PERIOD_TO = rf"[ \t]*(?:to|until|till|through|thru)[ \t]+(?:{_WEEKDAY_NAME}\.?,?[ \t]+)?(?:the[ \t]+)?"
_PERIOD_TO_RE = re.compile(_PERIOD_TO, re.I)
_PERIOD_TO_BEFORE_RE = re.compile(_PERIOD_TO + "$", re.I)
_PERIOD_START_CHARS = 60  # the longest written date and its connector before a period's end
_SITTING_DAYS = 7  # a meeting may sit for some days in a row; a register's or a minute book's period is months long


_FROM_AT_END_RE = re.compile(rf"\bfrom\s+(?:{_WEEKDAY_NAME}\.?,?\s+)?(?:the\s+)?$", re.I)


def _date_after_connector(text: str, end: int) -> re.Match | None:
    """The date written right after a period's connector at `end` ('... to 5 March 2025'), if there is one."""
    to = _PERIOD_TO_RE.match(text, end)
    return DATE_RE.match(text, to.end()) if to else None


def _sitting_closes_at(text: str, start: int, end: int) -> int | None:
    """Where the last day ends of a meeting sitting some days in a row whose first day is the date at start:end ('from 4 March
    2025 to 5 March 2025'); None for any other date."""
    closing = _date_after_connector(text, end)
    opening = DATE_RE.match(text, start) if closing else None
    first, last = (parse_date_match(opening), parse_date_match(closing)) if opening and closing else (None, None)
    return closing.end() if first and last and 0 <= (last - first).days <= _SITTING_DAYS else None


def _bounds_a_period(text: str, start: int, end: int) -> bool:
    """The date at start:end opens or closes a period written '<date> to <date>': a date range's end is never a meeting's date,
    nor is its start (but for a meeting's sitting of a few days, _sitting_closes_at)."""
    if _date_after_connector(text, end):
        return True
    window = max(0, start - _PERIOD_START_CHARS)
    to_before = _PERIOD_TO_BEFORE_RE.search(text, window, start)
    return bool(to_before) and any(m.end() == to_before.start() for m in DATE_RE.finditer(text, window, to_before.start()))


_SITE_TITLE_CHARS = 160  # a document site's title line above the paper's text: the paper's name (with its caption), not a paragraph


def _header_region(text: str, max_lines: int = 8) -> str:
    """The opening lines where a title and the meeting date are printed (long lines cut short)."""
    kept, size = [], 0
    for line in text.split("\n"):
        if not line.strip():
            kept.append("")
            continue
        # a first line may be a whole page run together, under a site's short title of the paper too ('Elm Parish Council' over
        # '1 (These minutes are subject to approval ...) Elm Parish Council Minutes of a Meeting ... held on Monday 4 February 2008 ...')
        piece = line[:700] if size <= _SITE_TITLE_CHARS else line[:260]
        kept.append(piece)
        size += len(piece)
        if sum(1 for k in kept if k) >= max_lines or size > 900:
            break
    return "\n".join(kept)


_LABEL_BEFORE_RE = re.compile(r"(?:\bheld\b|\bon\b|\bdate\b\s*:?|\bmeeting\b|\bcommencing\b)[^.\n]{0,40}$", re.I)  # over squashed text


def _own_dates(region: str, month_first: bool = False) -> list[tuple[date, int]]:
    """(date, offset) of the dates in `region` that are not those of another meeting, nor in an
    aside ('Note: ... the election being held on 12 December'), in order."""
    found = []
    for m in DATE_RE.finditer(region):
        if is_previous_meeting_date(region, m.start(), m.end()) or _in_aside(region, m.start()):
            continue
        parsed = weekday_checked(region, m, month_first)
        if parsed:
            found.append((parsed, m.start()))
    return found


_WEEKDAY_BEFORE_RE = re.compile(r"\b(Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?[ \t]+(?:the[ \t]+)?$", re.I)


def weekday_checked(text: str, m: re.Match, month_first: bool = False) -> date | None:
    """A numeric date whose day and month could swap ('Tuesday 03/04/2025'), read in the order
    whose weekday is the one printed before it (4 March 2025 was a Tuesday, 3 April a Thursday);
    otherwise as parse_date_match reads it."""
    parsed = parse_date_match(m, month_first)
    weekday = _WEEKDAY_BEFORE_RE.search(text, max(0, m.start() - 16), m.start())
    if not parsed or not weekday or not (m.group("d3") or m.group("d5")) or parsed.day > 12 or parsed.day == parsed.month:
        return parsed
    wanted = _WEEKDAYS.index(next(w for w in _WEEKDAYS if w.startswith(weekday.group(1).lower()[:3])))
    if parsed.weekday() == wanted:
        return parsed
    swapped = date(parsed.year, parsed.day, parsed.month)
    return swapped if swapped.weekday() == wanted else parsed


def _in_aside(text: str, start: int) -> bool:
    """A date in a sentence that opens as an aside ('Note:', 'N.B.', 'Please note that'): a remark
    about some other occasion, never the title's statement of when the meeting is held."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 200) : start]
    cut = list(_SENTENCE_START_RE.finditer(before))
    aside = _vocab_re("aside_sentence")
    return bool(aside.match(before[cut[-1].end() :] if cut else before) or aside.match(text, line_start, start))  # 'N.B. the ...


_BUSINESS_LINE_RE = re.compile(r"^[ \t]*(?:\d{1,3}[.)]?[ \t]+)?(?:" + meeting_vocabulary()["business_headings"] + ")", re.I | re.M)


# ModernGov's item table header, on its own line or inside a page run into one line ('... Contact: Kevin Thomas No. Item 1. APOLOGIES ...')
_ITEM_TABLE_RE = re.compile(r"^[ \t]*(?:No\.?[ \t]+Item|Item[ \t]+No\.?)[ \t]*$|\bNo\.[ \t]+Item[ \t]+(?=(?:\d{1,3}[.)][ \t]+)?[A-Z])", re.M)


def _before_business(header: str) -> str:
    """The header up to its first attendance or apologies line: the title block is over once the
    business has begun, and a date below it belongs to an item (a page that opens on its items
    has no title date), unless its line opens the meeting itself ('called to order ... on
    March 4, 2025', 'met in regular session on'). Below a ModernGov page's item table header
    ('No. Item') every line is an item's: 'Minutes of the meeting held on 2 May 2019' there is
    the earlier meeting whose minutes are approved, as it is below a dated title line above the attendance."""
    table = _ITEM_TABLE_RE.search(header)
    if table:
        header = header[: table.start()]
    m = _BUSINESS_LINE_RE.search(header)
    title = _dated_title_below(header, m.start()) if m else None
    if title is not None:
        m = _BUSINESS_LINE_RE.search(header, title)  # the business above was a site's preview of the page, not its items
    if not m:
        return header
    opening = _vocab_re("own_meeting_opening")
    dated_above = any(DATE_RE.search(line) and not _PAPER_DATE_WORD_RE.search(line) for line in header[: m.start()].split("\n"))
    return header[: m.start()] + "\n".join(
        line if opening.search(line) and not (dated_above and _MINUTES_OF_HELD_LINE_RE.match(line)) else "" for line in header[m.start() :].split("\n")
    )


# 'Minutes of Meeting held 30 July 2012' below 'Present' and 'Apologies': under a title that printed its own meeting's date above
# the attendance ('Minutes of Meeting 19 November 2012, 6pm'), a minutes line of this shape is the earlier meeting whose minutes
# are approved, not the title the page opens on late; a notice's or letter's date above ('Notice issued 28 May 2021') is no title
_PAPER_DATE_WORD_RE = re.compile(r"\b(?:issued|published|notice|printed|posted|circulated|despatched|dispatched|dated|letter|release)\b", re.I)
_MINUTES_OF_HELD_LINE_RE = re.compile(r"^\W*(?:draft\s+|unconfirmed\s+)?(?:minutes?|notes)\s+of\b[^.\n]{0,120}?\bheld\b", re.I)


# A title line that ends on its date ('MINUTES OF APRIL 20, 2015', 'Minutes - 4 March 2025'): the paper's own title
_DATED_TITLE_LINE_RE = re.compile(r"^\W*(?:draft\s+|unconfirmed\s+|approved\s+)?minutes\b[^\n.]{0,80}$", re.I | re.M)


def _dated_title_below(header: str, business_start: int) -> int | None:
    """The end of a minutes title line dated in full below the first business line, with no date above that line: a
    document site prints the opening words of the page ('ROLL CALL Mayor Ken Mundy called the') over the paper, whose
    title block starts at its title ('SYCAMORE CITY COUNCIL - REGULAR MEETING' / 'MINUTES OF APRIL 20, 2015')."""
    if DATE_RE.search(header, 0, business_start):
        return None
    for m in _DATED_TITLE_LINE_RE.finditer(header, business_start):
        found = DATE_RE.search(m.group())
        if found and found.end() == len(m.group().rstrip()) and not is_previous_meeting_date(header, m.start() + found.start(), m.start() + found.end()):
            return m.end()
    return None


_COMPACT_DATE = r"(?P<year>(?:19|20)\d{2})(?P<month>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01])(?!\d)"
_COMPACT_DATE_RE = re.compile(r"(?<!\d)" + _COMPACT_DATE)
# a title line closing on a run-together date ('Council Minutes 20070215'), or a line of its own under it
_TITLE_COMPACT_DATE_RE = re.compile(r"\b(?:minutes|meeting|agenda)\b[^\n\d]{0,40}?(?:\n[ \t]*)?(?<![\w.,/-])" + _COMPACT_DATE + r"[ \t]*$", re.I | re.M)
# or opening the title line, a document site's file name as the page's title ('20180301 - CDF&R Business Meeting Minutes')
_COMPACT_DATE_TITLE_RE = re.compile(
    r"^[ \t]{0,4}" + _COMPACT_DATE + r"(?:[ \t]{0,3}[-–—:|_])?[ \t]{1,3}[^\n]{0,80}?\b(?:minutes|meeting|agenda)\b", re.I | re.M
)
# or introduced as the meeting's ('held on 20070215', 'Date: 20070215')
_HELD_COMPACT_DATE_RE = re.compile(rf"(?:\bheld[ \t]+on|\bdate[ \t]*:)[ \t]+(?:{_WEEKDAY},?[ \t]+)?" + _COMPACT_DATE + r"(?![\w.,/-])", re.I)


def _compact_date(m: re.Match | None) -> date | None:
    """The date of a _COMPACT_DATE match ('20070215' is 15 February 2007); None for no match or no such day ('20070231')."""
    if m is None:
        return None
    try:
        return date(int(m.group("year")), int(m.group("month")), int(m.group("day")))
    except ValueError:
        return None


def find_date_in_name(path: str) -> date | None:
    """The date in a file's name ('2023-03-14_Planning_Minutes', 'minutes_14_March_2023', 'council_20070215')."""
    name = Path(path).stem.replace("_", " ")
    return parse_date(name) or _compact_date(_COMPACT_DATE_RE.search(name))


_TITLE_BLOCK_LINES = 8
_FOOTER_CHARS = 2_000  # a long paper's last page, whose footer may name the year its title left out ('Minutes July 2016   Page 31')
_LETTERHEAD_LINES = 12  # a title block under a letterhead of short lines may print its date this far down
_LETTERHEAD_LINE_CHARS = 60


_BROKEN_TITLE_LINE = 40  # a title's line broken short by a PDF's text layer
_BROKEN_TITLE_LINES = 16


def broken_title_date(text: str, month_first: bool = False) -> date | None:
    """The date of a title block whose lines a PDF's text layer broke into many short ones ('Board of' / 'Directors
    Meeting' / 'Regular' / 'Meeting' / 'November 1,' / '2007'), too many for the title block's count of lines: the first
    date under short lines only, above the business."""
    lines = [line for line in _before_business(text[:1500]).split("\n") if line.strip()][:_BROKEN_TITLE_LINES]
    short = next((count for count, line in enumerate(lines) if len(line.strip()) >= _BROKEN_TITLE_LINE), len(lines))
    found = _own_dates("\n".join(lines[:short]), month_first)
    return found[0][0] if found else None


_DATE_ALONE_LINE_RE = re.compile(rf"[ \t]*(?:{_WEEKDAY_NAME}\.?,?[ \t]+)?(?:the[ \t]+)?(?:{DATE_RE.pattern})[ \t.]*$", re.I)


def _date_alone_on_line(header: str, line_start: int) -> bool:
    """'Monday, October 12, 2020' on a line of its own: nothing names a meeting on it."""
    line_end = header.find("\n", line_start)
    return bool(_DATE_ALONE_LINE_RE.match(header[line_start : len(header) if line_end < 0 else line_end]))


_HELD_BEFORE_RE = re.compile(rf"\bheld[ \t]+(?:on[ \t]+)?(?:the[ \t]+)?(?:{WEEKDAY},?[ \t]+)?$", re.I)
_DIGEST_DELAY_DAYS = 31  # a digest of one meeting's decisions is published within weeks of it, under its own date


def digest_held_date(text: str, published: date, month_first: bool = False) -> date | None:
    """The meeting a digest of its decisions reports, when the page's title block dates the page itself on a line of its
    own ('June Council meeting highlights' / '1 Jul 2013' / 'Here's the agenda ... for the Council meeting held Thursday 27
    June 2013'): the date after 'held' in the opening lines, up to a month before the page's."""
    header = _before_business(_header_region(text[:3000], _TITLE_BLOCK_LINES))
    found = _own_dates(header, month_first)
    page_dated_alone = any(day == published and _date_alone_on_line(header, header.rfind("\n", 0, start) + 1) for day, start in found)
    for day, start in found:
        if page_dated_alone and _HELD_BEFORE_RE.search(header, max(0, start - 30), start) and 0 < (published - day).days <= _DIGEST_DELAY_DAYS:
            return day
    return None


def title_block_date(text: str, month_first: bool = False) -> date | None:
    """The date printed in the title block: one introduced as the meeting's ('held on',
    'Date:', 'Meeting, 17 May') wins over a bare one (a letter's date above a summons); dates of
    earlier meetings whose minutes are approved, and of later ones, are skipped."""
    header = _before_business(_header_region(text[:3000], _TITLE_BLOCK_LINES))
    first_line_end = _first_line_end(header)
    dates, labelled, fields, titles, headings = [], [], [], [], []
    for found, start in _own_dates(header, month_first):
        is_labelled = bool(_LABEL_BEFORE_RE.search(squash(header[max(0, start - 60) : start]) + " "))
        if _in_prose_line(header, start, first_line_end) and not is_labelled and not _opens_with_title(header, start):
            continue  # a date inside an item's paragraph, not the title's
        dates.append(found)
        if is_labelled:
            labelled.append((start, found))
        line_start = header.rfind("\n", 0, start) + 1
        if _FIELD_LINE_RE.match(header, line_start):
            fields.append(found)  # 'To: Cabinet - 4 March 2025', 'Date: 13 March 2025': a front page's own field
        elif _MINUTES_HELD_TITLE_RE.match(header[line_start:start]):
            titles.append(found)  # 'MINUTES OF THE MEETING HELD ON 3 DECEMBER 2024' under a clerk's letter 'Date: 10 December 2024'
        elif _heading_date_line(header, line_start, start) or _date_opens_meeting_title(header, line_start, start):
            fields.append(found)  # 'Audit Committee - 29 October 2026   5', 'Decisions - Thursday 22 October 2026': the heading's own date
            if not titles and not _date_alone_on_line(header, line_start):
                headings.append(found)  # a line of the date alone is a site's or a letter's date, not a later meeting's heading
    years_named = text[:20_000] + "\n" + text[-_FOOTER_CHARS:] if len(text) > 20_000 else text  # the papers' opening and their footer
    labelled = [found for _, found in sorted(labelled + yearless_title_dates(header, years_named), key=lambda pair: pair[0])]
    below = [
        titled_date_below_header(text[:3000], month_first)
        or labelled_date_below_header(text[:3000], month_first)
        or short_dotted_title_date(header, month_first)
        or date_under_letterhead(text[:3000], month_first)
    ]
    if headings and titles and titles[0] < headings[0]:
        return headings[0]  # 'Meeting 04/20, Tuesday 25th February 2020' over 'Minutes of the Meeting held on 11th February 2020': the earlier minutes approved
    opening = _date_line_over_the_meeting(header, month_first)
    return (titles or fields or ([opening] if opening else []) or labelled or dates or below)[0]


# the paper's first line a date alone, its time after it too ('July 11th, 2023, 7:00 PM'), then the meeting itself opening
# ('The meeting was called to order at 9:00 by Commissioner Borner.', 'Member’s Present: R Bennett, M Palmer'): US township
# and county boards date their minutes so, and a date in the sentences below ('a resignation letter ... on Friday March 6,
# 2020', 'June’s board meeting was held on June 6th 2023, not June 7th') is another day's
_TIME_AFTER_DATE_RE = re.compile(r"[ \t]*+,?[ \t]*+(?:at[ \t]++)?\d{1,2}(?:[:.]\d{2})?[ \t]*+(?:[AaPp]\.?[Mm]\.?)?[ \t.]*+$")
# the line under it opens the meeting: it was called to order, or the line is the attendance list's label ('Member’s Present:',
# 'PRESENT:', 'Roll Call'), not a summons's 'to be present at a meeting ...'
_MEETING_OPENS_RE = re.compile(
    r"[^\n]{0,80}?\bcalled[ \t]+to[ \t]+order\b|[ \t]*(?:[A-Z][\w'’]*[ \t]+){0,2}(?:Present|PRESENT|Attendance|ATTENDANCE)\b|[ \t]*(?:Roll|ROLL)[ \t]+(?:[Cc]all|CALL)\b"
)


def _date_line_over_the_meeting(header: str, month_first: bool) -> date | None:
    """The date that is the whole of the paper's first line (a time may follow it) when the next line opens the meeting."""
    lines = [line for line in header.split("\n") if line.strip()][:2]
    if len(lines) < 2 or not _MEETING_OPENS_RE.match(lines[1]):
        return None
    line = lines[0].strip()
    m = DATE_RE.search(line)
    if not m or not _DATE_ALONE_LINE_RE.match(line[: m.end()]):
        return None
    rest = line[m.end() :]
    if rest.strip(" .") and not _TIME_AFTER_DATE_RE.fullmatch(rest):
        return None  # 'March 9, 2020 Budget workshop': more than the date and its time
    return parse_date_match(m, month_first)


# '<body or paper> - <date>' as a heading line (a running header on a later page, a decisions page's title; 'Meeting 04/20, Tuesday 25th
# February 2020', a town council's numbered meeting with a comma), the date closing the line
# but for a page number; not the next meeting's, earlier minutes' or a publication date written the same way
_HEADING_DATE_BEFORE_RE = re.compile(
    rf"^[ \t]*+(?!.*\b(?:next|previous|last|prior|minutes of|held|publi(?:shed|cation)|issued|printed|circulated|despatched|dispatched|deadline|closing)\b)"
    rf"[A-Z][^\n.:;]{{1,80}}?(?:[ \t]+[-–—|]|(?<![Dd]ay)(?<!DAY),)[ \t]+(?:{_WEEKDAY_NAME},?[ \t]+)?$",
    re.I,
)
# possessive blanks: a line of blanks after the date once gave them back one at a time to the blanks at its end
_HEADING_DATE_AFTER_RE = re.compile(r"[ \t]*+(?:[|–—-][ \t]*+)?(?:(?i:page)[ \t]++)?(?:\d{1,3}(?:[ \t]++of[ \t]++\d{1,3})?)?[ \t]*+")


def _heading_date_line(header: str, line_start: int, start: int) -> bool:
    """The date at `start` closes a heading line '<name> - <date>' ('Planning Committee - 12 March
    2025   4', 'Cabinet | Tuesday 4 March 2025 | Page 3'): the date of the meeting the page records,
    which a date labelled in a sentence below ('the backstop date of 28 February') does not beat."""
    m = DATE_RE.match(header, start)
    if not m or not _HEADING_DATE_BEFORE_RE.match(header[line_start:start]):
        return False
    line_end = header.find("\n", start)
    return bool(_HEADING_DATE_AFTER_RE.fullmatch(header[m.end() : line_end if line_end >= 0 else len(header)]))


# what follows a date that opens a title line naming the meeting ('JANUARY 17TH, 2006 RE-ORGANIZATIONAL MEETING', 'March 3, 2025 Regular
# Session Minutes'): a few words of the meeting's kind, no sentence
_MEETING_TITLE_AFTER_DATE_RE = re.compile(
    r"[ \t]*+(?:[-–—:|][ \t]*+)?(?:[A-Za-z][\w'’-]*+[ \t]++){0,5}?(?:meeting|session|minutes)(?:[ \t]+minutes)?[ \t]*+", re.I
)


def _date_opens_meeting_title(header: str, line_start: int, start: int) -> bool:
    """The date at `start` opens a title line that names the meeting it dates ('JANUARY 17TH, 2006 RE-ORGANIZATIONAL
    MEETING'): the paper's own heading, over a date in the opening sentence below it that a typing slip may have
    got wrong ('met in special session ... on Tuesday January 17th, 2005')."""
    m = DATE_RE.match(header, start)
    if not m or header[line_start:start].strip():
        return False
    line_end = header.find("\n", start)
    return bool(_MEETING_TITLE_AFTER_DATE_RE.fullmatch(header[m.end() : line_end if line_end >= 0 else len(header)]))


# A minutes title that says the meeting was held on the date that follows: the paper's own statement of its meeting's date.
# 'MINUTES OF THE MEETING HELD ON', and a report of the meeting with its hour before the date ('Draft Report from South Dublin
# County Joint Policing Committee meeting held at 10am on Friday 18th September 2020', under a site's own date line)
_MINUTES_HELD_TITLE_RE = re.compile(
    r"^\W*(?:draft\s+|unconfirmed\s+|approved\s+)?(?:minutes\s+of|(?:report|notes)\s+(?:of|from))\s+(?:the\s+|an?\s+)?(?!previous\b|last\b|prior\b)"
    r"[^.\n]{0,120}?\bheld\b(?:[^.\n\d]|\d{1,2}(?:[.:]\d{2})?[ \t]*(?:am|pm|a\.m\.|p\.m\.)(?!\w)){0,60}$",
    re.I,
)


_MINUTES_TITLE_START_RE = re.compile(r"\W*(?:draft\s+|unconfirmed\s+)?(?:minutes?|notes)\b", re.I)


# a news digest's title sentence dates the meeting without its year ('Elm Housing Authority Board of Commissioners met July 19.')
_DIGEST_TITLE_RE = re.compile(
    rf"[^\n]{{3,150}}?\bmet[ \t]+(?:on[ \t]+)?(?:{_WEEKDAY},?[ \t]+)?(?P<month>{MONTH_RE})\.?[ \t]+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\.?[ \t]*$"
)
_DIGEST_YEAR_REACH = 2_000  # the full date that gives the year stands in the minutes' opening (the minutes approved, the agenda adopted)


def digest_title_date(text: str) -> date | None:
    """The date of a news digest's title sentence that gives the month and day only ('Village of Elm Board of Trustees met
    April 10.' over the minutes the board provided): the year is the one that puts the meeting nearest the first full
    date below it (the minutes of March 6, 2018 approved: 10 April 2018; of December 13, 2018: 10 January 2019)."""
    first = next((line for line in text[:600].split("\n") if line.strip()), "")
    m = _DIGEST_TITLE_RE.fullmatch(first.strip())
    if m is None:
        return None
    below = text.find(first) + len(first)
    for found in DATE_RE.finditer(text, below, below + _DIGEST_YEAR_REACH):
        anchor = parse_date_match(found)
        if anchor is None:
            continue
        candidates = _dates_in_years(int(m.group("day")), _month_number(m.group("month")), {anchor.year - 1, anchor.year, anchor.year + 1})
        return min(candidates, key=lambda day: abs((day - anchor).days), default=None)
    return None


def opening_sentence_date(opening: str, month_first: bool = False) -> date | None:
    """The date in the sentence that opens the meeting ('Mayor Smith called the regular meeting to
    order at 7:00 p.m. on Tuesday, December 3, 2024', 'The regular meeting of the City Council was
    held on December 3, 2024'), where a roll call or a membership list above it pushed it out of
    the title block and the title printed no date: the minutes say when their own meeting sat. So does a council's digest of
    its own meeting ('The following are highlights from the October 13, 2020 Regular Meeting of Council.')."""
    regex = _vocab_re("own_meeting_opening", flags=re.I | re.M)
    for m in regex.finditer(opening):
        line_end = opening.find("\n", m.end())
        sentence = opening[m.start() : line_end if line_end >= 0 else len(opening)]
        if _MINUTES_TITLE_START_RE.match(sentence) and not _attendance_follows(opening, line_end):
            continue  # 'Minutes of the meeting held on ...' below the title is an item: the earlier minutes approved
        found = DATE_RE.search(sentence, 0, 160)
        if found and not is_previous_meeting_date(opening, m.start() + found.start(), m.start() + found.end()):  # the whole line: 'The last meeting of ...'
            return weekday_checked(sentence, found, month_first)
        subject = _DATED_SUBJECT_RE.search(opening, max(0, m.start() - _DATED_SUBJECT_CHARS), m.start())
        if subject and not is_previous_meeting_date(opening, subject.start("date"), subject.end("date")):
            return weekday_checked(opening, DATE_RE.match(opening, subject.start("date")), month_first)
    return None


_ATTENDANCE_LINES_BELOW = 3  # a title's sentence may wrap over a line or two before its 'Present:' list


def _attendance_follows(opening: str, line_end: int) -> bool:
    """A 'Present:' list opens within the few lines after the line ending at line_end: that line is the title of the minutes
    it heads ('Minutes' over 'Minutes of the Parish Council Meeting held on Monday 10th August 2020;' over 'Present: Cllrs ...',
    under an agenda the page printed first), not an item approving earlier minutes, whose next line is more business."""
    from .attendance import _match_attendance_label  # imported here: attendance reads structure, which reads this module

    if line_end < 0:
        return False
    lines = [line for line in opening[line_end : line_end + 600].split("\n") if line.strip()][:_ATTENDANCE_LINES_BELOW]
    return any((_match_attendance_label(line) or ("",))[0] == "present" for line in lines)


# the meeting named by its date before the words that open it, as US minutes write it ('The January 7, 2019 Board of
# Supervisors Organization Meeting was called to order by ...', 'The March 4, 2025 regular meeting of the Board was called to order')
_DATED_SUBJECT_RE = re.compile(rf"\bThe[ \t]+(?P<date>(?:{DATE_RE.pattern}))[ \t]+[^.\n]{{0,80}}?\bmeeting\b[^.\n]{{0,40}}$", re.I)
_DATED_SUBJECT_CHARS = 200  # the sentence's subject before 'was called to order': a date and a body's name


def date_under_letterhead(opening: str, month_first: bool = False) -> date | None:
    """A date line further down a title block of short lines ('TOWN OF AURELIA', 'COUNCIL MEETING
    MINUTES', 'NO. 25-04', 'Council Chambers', the hall, its street, its town and province, then
    'Tuesday, March 4, 2025'): a letterhead and title that long push the date past the opening
    lines read first. Only where every line above is short (no sentence of business has begun)."""
    lines = [line.strip() for line in opening.split("\n") if line.strip()][:_LETTERHEAD_LINES]
    for index, line in enumerate(lines):
        if _BUSINESS_LINE_RE.match(line) or _ITEM_TABLE_RE.match(line):
            return None
        if index >= _TITLE_BLOCK_LINES and _DATE_LINE_RE.match(line):
            found = DATE_RE.search(line)
            if found and not is_previous_meeting_date(line, found.start(), found.end()):
                return weekday_checked(line, found, month_first)
        if len(line) > _LETTERHEAD_LINE_CHARS:
            return None
    return None


_SHORT_DOTTED_RE = re.compile(
    rf"(?:\bheld(?:[^.\n\d]{{0,60}}?[ \t]on)?|\bdate(?:[ \t]+of[ \t]+meeting)?[ \t]*:|\bmeeting[ \t]+on)[ \t]+(?:{_WEEKDAY},?[ \t]+)?(?:the[ \t]+)?"
    r"(\d{1,2})([.-])(\d{1,2})\2(\d{2})\b(?![.\d-])",  # 'held on 3.3.20', 'held on 22-07-08'
    re.I,
)


# or on the line under the title, alone ('SELECT BOARD MINUTES' over '3-14-23')
_TITLE_SHORT_DATE_RE = re.compile(r"\b(?:minutes|meeting|agenda)\b[^\n\d]{0,40}?(?:\n[ \t]*)?\b(\d{1,2})([.-])(\d{1,2})\2(\d{2})[ \t]*$", re.I | re.M)


def short_dotted_title_date(header: str, month_first: bool = False) -> date | None:
    """'held on 3.3.20' (or '3 Dec 24') or a title line ending in one ('Parish Council Minutes 10.12.24', or opening with a
    run-together date: '20180301 - Business Meeting Minutes'): a
    parish clerk's short date, read only where the title introduces it as the meeting's (bare,
    '3.3.20' is as likely an item's paragraph number), in the papers' numeric order."""
    compact = _TITLE_COMPACT_DATE_RE.search(header) or _COMPACT_DATE_TITLE_RE.search(header) or _HELD_COMPACT_DATE_RE.search(header)
    found = _compact_date(compact)  # none for '20070231': no such day
    if found and not is_previous_meeting_date(header, compact.start("year"), compact.end()):
        return found
    m = _SHORT_DOTTED_RE.search(header)
    if m and is_previous_meeting_date(header, m.start(1), m.end()):
        return None  # 'Item 3 – Minutes of meeting held on 14.2.23': the earlier meeting whose minutes are approved
    if not m:
        titled = _TITLE_SHORT_DATE_RE.search(header)
        if not titled:
            return _short_year_date(header)
        return _short_date(titled.group(1), titled.group(3), titled.group(4), month_first)
    return _short_date(m.group(1), m.group(3), m.group(4), month_first)


_SHORT_YEAR_RE = re.compile(
    rf"(?:\bheld(?:[^.\n\d]{{0,60}}?[ \t]on)?|\bdate(?:[ \t]+of[ \t]+meeting)?[ \t]*:|\bmeeting[ \t]+on)[ \t]+(?:{_WEEKDAY},?[ \t]+)?(?:the[ \t]+)?"
    rf"(\d{{1,2}})(?:st|nd|rd|th)?[ \t]+({_MONTH_RE})\.?,?[ \t]+(\d{{2}})\b(?![.:\d])",
    re.I,
)


# or closing a title line, or alone on the line under it ('Minutes of the Finance Committee – 22 Jul 08', 'MINUTES' over '22 Jul 08')
_TITLE_SHORT_YEAR_RE = re.compile(
    rf"\b(?:minutes|meeting|agenda)\b[^\n\d]{{0,40}}?(?:\n[ \t]*)?\b(\d{{1,2}})(?:st|nd|rd|th)?[ \t]+({_MONTH_RE})\.?,?[ \t]+(\d{{2}})[ \t]*$", re.I | re.M
)


def _short_year_date(header: str) -> date | None:
    """'held on 3 Dec 24': a month in words with a two-figure year, read only where the title
    introduces it as the meeting's date (a bare '3 Dec 24' could be anything)."""
    m = _SHORT_YEAR_RE.search(header) or _TITLE_SHORT_YEAR_RE.search(header)
    if not m:
        return None
    try:
        return date(2000 + int(m.group(3)), _month_number(m.group(2)), int(m.group(1)))
    except ValueError:
        return None


def _short_date(first: str, second: str, year: str, month_first: bool) -> date | None:
    """'3.4.25': day first, unless the papers write month first (a US council's) or the second
    number cannot be a month."""
    day, month = int(first), int(second)
    if month > 12 >= day or month_first and day <= 12:
        day, month = month, day
    try:
        return date(2000 + int(year), month, day)
    except ValueError:
        return None


_ITEM_OR_ATTENDANCE_RE = re.compile(
    r"(?:\d{1,3}[.)]?\s|[-–•·*]\s|\(?[a-z0-9]{1,3}\)\s|(?:members\s+|councillors\s+)?present\b|apologies\b|in attendance\b)", re.I
)


def titled_date_below_header(opening: str, month_first: bool = False) -> date | None:
    """When a long letterhead (a board's commissioners, its secretary) fills the title block, the
    date on or under the paper's title line further down ('Voting Hearing Agenda' over 'January 5,
    2023'; 'Voting Agenda, April 23, 2020'), before any item's own 'Date:' field."""
    lines = [line.strip() for line in opening.split("\n") if line.strip()][:30]
    title_word = _vocab_re("title_line_words", r"\b(?:{})\b")
    for index, line in enumerate(lines):
        following = _title_continued(lines[index + 1 : index + 3])
        if _ITEM_OR_ATTENDANCE_RE.match(line) or _BUSINESS_LINE_RE.match(line) or _ITEM_TABLE_RE.match(line):
            return None  # the business has begun: a date under an item is not the paper's
        if len(line) > 100 or not title_word.search(line) or _vocab_re("previous_minutes_line").search(line) or _vocab_re("aside_sentence").match(line):
            continue
        if _vocab_re("previous_meeting_before").search(line):
            continue  # 'Date of next meeting:' over 'Thursday 14 July 2016': another meeting's line
        same_line = DATE_RE.search(line)
        if same_line and not is_previous_meeting_date(line, same_line.start(), same_line.end()):
            return weekday_checked(line, same_line, month_first)
        below = DATE_RE.search(following) if len(following) <= 60 and _DATE_LINE_RE.match(following) else None  # 'Tuesday, 4 March 2025' too
        if below and not same_line:
            return weekday_checked(following, below, month_first)
    return None


_CONTINUED_RE = re.compile(r"\b(?:held|on|at|of)[ \t]*$|,[ \t]*$", re.I)


def _title_continued(next_lines: list[str]) -> str:
    """The line under a title line, or the one below it when the title runs on over a line that
    ends mid-phrase ('HELD AT THE GUILDHALL ON' over 'TUESDAY 4 MARCH 2025')."""
    if not next_lines:
        return ""
    first = next_lines[0]
    if len(next_lines) > 1 and len(first) <= 100 and _CONTINUED_RE.search(first) and not DATE_RE.search(first):
        return next_lines[1]
    return first


_FIELD_LINE_RE = re.compile(r"[ \t]*(?:To|Date|Meeting date|Date of meeting)[ \t]*:", re.I)


def labelled_date_below_header(opening: str, month_first: bool = False) -> date | None:
    """When the title block prints no date (a summons whose membership list comes first), the
    date of a 'Date: 22 October 2009' field line further down, as a meeting notice prints it,
    or of a report's 'To: Cabinet - 30 January 2025' (the meeting it is presented to)."""
    for line in _DATE_FIELD_RE.finditer(opening):
        found = parse_date(line.group(1), month_first)
        if found:
            return found
    return None


_DATE_FIELD_RE = re.compile(r"^[ \t]*(?:Date(?: of meeting)?|Meeting date|To)[ \t]*:[ \t]*(\S[^\n]{0,60})$", re.M | re.I)  # 'To: Cabinet - 30 January 2025'


# a page's number printed alone above its title ('53' over 'MINUTES OF THE SPECIAL MEETING OF COUNCIL ... HELD AT ... THURSDAY FEBRUARY 15 2007'),
# as a PDF's text layer puts it first
_PAGE_NUMBER_LINE_RE = re.compile(r"\s*\d{1,4}[ \t]*\n")


def _first_line_end(header: str) -> int:
    """Where the header's first line ends (0 for an empty header): the title's line, past a page number printed alone above it."""
    if not header.strip():
        return 0
    number = _PAGE_NUMBER_LINE_RE.match(header)
    start = number.end() if number and header[number.end() :].strip() else 0
    start += len(header[start:]) - len(header[start:].lstrip())
    return header.find("\n", start)


def _in_prose_line(text: str, offset: int, first_line_end: int) -> bool:
    """Beyond the first line, a long line is an item's paragraph rather than part of a title."""
    if first_line_end < 0 or offset <= first_line_end:
        return False
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    return (line_end if line_end >= 0 else len(text)) - line_start > 150


def _opens_with_title(text: str, offset: int) -> bool:
    """A long line that opens as a title with its date ('Elmwood Community Council – Minutes – 4
    March 2025 Present: ...', a page that PDF-to-text run together): the date within the line's
    first 120 characters, after a title word and before any sentence ends."""
    line_start = text.rfind("\n", 0, offset) + 1
    before = text[line_start:offset]
    return len(before) <= 120 and not _SENTENCE_START_RE.search(before) and bool(_vocab_re("title_line_words", r"\b(?:{})\b").search(before))


def agenda_adoption_date(text: str, month_first: bool = False) -> date | None:
    """The date in the motion adopting this meeting's agenda ('That the Agenda for the Regular
    Council Meeting of Tuesday, June 23, 2020, be adopted as circulated'): an agenda is adopted
    at its own meeting, so where no title prints the date, that motion does."""
    for m in _vocab_re("agenda_adoption").finditer(text[:8000]):
        found = parse_date(m.group("date"), month_first)
        if found:
            return found
    return None


# The end of a summons's sentence: not the point of 'at 7 p.m. on Tuesday' or 'St. Ives, on' (a capital
# must follow, and not after an abbreviation), else a date after the time or the place is never read.
_SUMMONS_END_RE = re.compile(r"(?<!\bSt)(?<!\bMt)(?<!\bNo)(?<!\bRd)(?<!\bDr)[.!?][ \t\n]{1,3}(?=[A-Z])|;|\n[ \t]*\n")


def summons_date(text: str, month_first: bool = False) -> date | None:
    """The date in a summons or notice of meeting ('You are summoned to attend a meeting of the
    Planning Committee to be held ... on Tuesday 4 March 2025'), however far a letterhead and a
    membership list push it down the front page: the sentence names the meeting it calls."""
    m = _vocab_re("summons_sentence").search(text[:4000])
    if not m:
        return None
    sentence = text[m.start() : m.start() + 400]
    end = _SUMMONS_END_RE.search(sentence)
    for found in DATE_RE.finditer(sentence[: end.start() + 1] if end else sentence):
        if not is_previous_meeting_date(sentence, found.start(), found.end()):
            return weekday_checked(sentence, found, month_first)
    return None


_YEARISH_RE = re.compile(r"(?:19|20)\d\d|['’]\d\d\b")
_PAGE_NUMBER_RE = re.compile(r"\bpage\s{0,3}\d{1,4}(?:\s{0,3}of\s{0,3}\d{1,4})?\b|\s\d{1,3}\s*$", re.I)  # 'Page 2 of 9', a bare page number at the end


def running_line_date(text: str, month_first: bool = False) -> date | None:
    """The date of a running header or footer ('Planning Committee 4 March 2025   Page 2'): a
    short line naming a meeting or body that the pages repeat, for minutes whose title block
    prints no date. Lines of one date only, and only when every such line agrees."""
    counts: dict[str, int] = {}
    for line in text[:100_000].split("\n"):
        if 8 <= len(line) <= 200 and 8 <= len(line.strip()) <= 120 and (_YEARISH_RE.search(line) and DATE_RE.search(line) or _SHORT_NUMERIC_RE.search(line)):
            key = squash(_PAGE_NUMBER_RE.sub(" ", line)).strip(" |-–").lower()
            counts[key] = counts.get(key, 0) + (2 if _printed_as_page_footer(line) else 1)  # a page's running line, even printed once in an excerpt
    found = set()
    for key, count in counts.items():
        if count < 2 or not _vocab_re("running_line_words", r"\b(?:{})\b").search(key):
            continue
        m = DATE_RE.search(key)
        if m is None:
            short = _TITLE_SHORT_DATE_RE.search(key)  # 'Parish Council Minutes 14.3.23   Page 2': a clerk's short date after the title
            parsed = short and _short_date(short.group(1), short.group(3), short.group(4), month_first)
            found |= {parsed} if parsed else set()
            continue
        if len(DATE_RE.findall(key)) > 1 or is_previous_meeting_date(key, m.start(), m.end()) or _in_aside(key, m.start()):
            continue
        parsed = weekday_checked(key, m, month_first)
        if parsed:
            found.add(parsed)
    return found.pop() if len(found) == 1 else None


# A printed minute-book form's 'Held' blank, filled in with the year's last figures after the form's printed century
# ('RECORD OF PROCEEDINGS' / 'Minutes of  QUARRY HOLLOW VILLAGE COUNCIL  Meeting' / 'Held   April 6      20 26'),
# as the record books of Ohio's villages, cities and townships are printed; a line of its own in the opening
_FORM_HELD_LINE_RE = re.compile(
    rf"^[ \t]*Held[ \t]+(?P<month>{_MONTH_RE})\.?[ \t]+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?[ \t]+(?P<century>19|20)[ \t]+(?P<year>\d{{2}})[ \t]*$",
    re.I | re.M,
)
_FORM_OPENING_CHARS = 1500  # the form's heading, printed at the top of every page of the book


def form_held_date(text: str) -> date | None:
    """The date written into a printed minute book's 'Held ____ 20__' blank at the top of the
    page: the month and day in the blank, the year's last two figures after the printed '20'."""
    m = _FORM_HELD_LINE_RE.search(text, 0, _FORM_OPENING_CHARS)
    if not m:
        return None
    try:
        return date(int(m.group("century") + m.group("year")), _month_number(m.group("month")), int(m.group("day")))
    except ValueError:
        return None


# a form's labels flattened into one column, their values after them in the same order ('Date:' / 'Time (from/to):' /
# 'Location held:' / 'Attendees:' / '5th December 2014' / '10:00am-12:00pm' / ...: a partnership's minutes-and-actions sheet)
_LABEL_LINE_RE = re.compile(r"[ \t]*[A-Z][\w ()/&'’.-]{1,30}:[ \t]*")
_DATE_LABEL_LINE_RE = re.compile(r"[ \t]*(?:Meeting[ \t]+)?Date(?:[ \t]+of[ \t]+[Mm]eeting)?[ \t]*:[ \t]*", re.I)
_COLUMN_FORM_CHARS = 1500  # a form's fields are on its first page


# the weekday a field prints before its date ('Hearing Date: Thursday, May 22, 2025', a column's 'Tuesday 4 April 2017'):
# meeting._field_line_date and column_label_date read the date after it
FIELD_WEEKDAY_RE = re.compile(rf"{_WEEKDAY_NAME}\.?,?[ \t]+", re.I)


def column_label_date(text: str, month_first: bool = False) -> date | None:
    """The value under a 'Date:' label that stands alone on its line in a column of labels: the values follow the
    labels in their order, so the date is the value at the label's place, the first or a later one ('File Reference:' /
    'Meeting Date:' / 'Venue:' / 'ECM 7382683' / 'Tuesday 4 April 2017 at 4.30pm', a New Zealand district's minutes). A
    'Date:' with no label after it is left to the title block's reading."""
    lines = text[:_COLUMN_FORM_CHARS].split("\n")
    for i, line in enumerate(lines):
        if not _DATE_LABEL_LINE_RE.fullmatch(line):
            continue
        before = 0
        while i - before > 0 and _LABEL_LINE_RE.fullmatch(lines[i - before - 1]):
            before += 1
        after = 1
        while i + after < len(lines) and _LABEL_LINE_RE.fullmatch(lines[i + after]):
            after += 1
        values = [v.strip() for v in lines[i + after :] if v.strip()]
        if before + after < 2 or not values:
            return None
        # at the label's place; else the first value, the column's date under a heading that reads like a label ('Meeting
        # details:' / 'Date:' / 'Time:' / 'Venue:' / '12 March 2020' / '7.00pm' / ...)
        for value in dict.fromkeys(values[place] for place in (before, 0) if place < len(values)):
            weekday = FIELD_WEEKDAY_RE.match(value)
            found = DATE_RE.match(value, weekday.end() if weekday else 0)
            parsed = parse_date_match(found, month_first) if found else None
            if parsed:
                return parsed
        return None
    return None


# A line at the foot that states when the meeting was held, as a signature block or a closing footer prints it
# ('Chairperson ____   Carrowmena and Slievebawn District Council' over 'Meeting held Thursday 22 January 2026, 7.00 pm')
_FOOT_HELD_LINE_RE = re.compile(r"^[ \t]*(?:this[ \t]+)?meeting[ \t]+(?:was[ \t]+)?held\b[^\n\d]{0,40}?(?=\d|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun))", re.I | re.M)
_FOOT_CHARS = 600  # the last lines of the text: a footer or signature block, not the business above it


def foot_held_date(text: str, month_first: bool = False) -> date | None:
    """The date on a closing line 'Meeting held Thursday 22 January 2026, 7.00 pm' at the text's foot,
    for minutes whose title block names the body but prints no date and whose footer carries the
    meeting's particulars. The line must open with the words, so 'The next meeting will be held on ...'
    (a later meeting) is not read."""
    foot_start = max(0, len(text.rstrip()) - _FOOT_CHARS)
    m = last_match(_FOOT_HELD_LINE_RE, text, foot_start)
    found = DATE_RE.search(text, m.end(), m.end() + 60) if m else None
    return weekday_checked(text, found, month_first) if found and "\n" not in text[m.end() : found.start()] else None


# the paper's title printed as its closing footer, with the meeting's date ('HALLOWFIELD PARISH COUNCIL – Minutes of the
# Parish Council Meeting held 10th September 2019', 'Minutes of Glenmorven Community Council meeting, Monday 18 January
# 2016, Glenmorven Hall.', 'Hollins Green Parish Council – minutes of meeting held 14/06/12 in the Village Hall'); not a
# line of the next, last or previous meeting, nor an item's heading ('26. Minutes of the Meeting Held on 26 March 2024')
_CLOSING_TITLE_RE = re.compile(
    r"^(?![^\n]*\b(?:next|previous|last|prior|following)\b)(?![(\[]?\d{1,4}[./)\]]?\s)[^\n]{0,100}?\bminutes\b[^\n]{0,80}?\bmeeting\b", re.I
)


def closing_title_date(text: str, month_first: bool = False) -> date | None:
    """The date on the paper's title printed as the last line of the text (a running footer of a
    page or a saved page's closing line) when the head prints none: minutes whose heading names
    the meeting without its date, or whose heading the excerpt lost."""
    lines = [line.strip() for line in text[-_FOOT_CHARS:].split("\n") if line.strip()]
    m = _CLOSING_TITLE_RE.match(lines[-1]) if lines and len(lines[-1]) <= 200 else None
    found = DATE_RE.search(lines[-1], m.end(), m.end() + 60) if m else None
    if found and not is_previous_meeting_date(lines[-1], found.start(), found.end()):  # '... held on 9 July were approved.'
        return weekday_checked(lines[-1], found, month_first)
    return None


_PAGE_OF_RE = re.compile(r"\bPage[ \t]+\d{1,4}[ \t]+of[ \t]+\d{1,4}\b", re.I)
# a page number printed after the date's year at the line's end ('HARTMOOR COUNTY COUNCIL - COUNTY COUNCIL - THURSDAY 19 FEBRUARY 2026      27',
# its column gap often squeezed to one space by a reader)
_YEAR_THEN_PAGE_NUMBER_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}[ \t]+\d{1,4}[ \t]*$")
_WEEKDAY_WORD_RE = re.compile(rf"\b{_WEEKDAY}\b", re.I)


def _printed_as_page_footer(line: str) -> bool:
    """A running line a page prints with its number: 'Page 9 of 14', or a bare page number after the
    year of a line that names the meeting's weekday and date ('... - COUNTY COUNCIL - THURSDAY 19 FEBRUARY
    2026      27'): a footer even when an excerpt prints it once. A bare number after a date with no
    weekday may be a contents line's page ('Minutes of 14 February 2023      5'), so it needs the weekday."""
    return bool(_PAGE_OF_RE.search(line) or _YEAR_THEN_PAGE_NUMBER_RE.search(line) and _WEEKDAY_WORD_RE.search(line))


_SHORT_NUMERIC_RE = re.compile(r"\b\d{1,2}[.-]\d{1,2}[.-]\d{2}[ \t]")  # '14.3.23 ' before a page number


# The rest of a clock time after its first digit ('7pm', '7.30 p.m.', '19:00'): a time after a yearless date ('held on
# Tuesday 20 May, 7pm') is no year and no day, where a bare number after it ('May 20, 25', 'March 12') may be either.
_CLOCK_TAIL = r"\d?(?:[.:]\d\d)?[ \t]*(?:[ap]\.?m\b|hrs\b)|\d?[.:]\d\d"
_YEARLESS_RE = re.compile(
    rf"\b(?P<weekday>{_WEEKDAY}),?[ \t]+(?:the[ \t]+)?(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?P<m1>{_MONTH_RE})"
    rf"|(?P<m2>{_MONTH_RE})\.?[ \t]+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)\b(?![.,]?[ \t]*(?:(?:19|20)\d{{2}}|\d(?!{_CLOCK_TAIL})))",
    re.I,
)
# a year printed alone or in a file's name ('steering-group-minutes-july-2016'), not a figure's part nor a span's ('2016-17')
_YEAR_RE = re.compile(r"(?<![\d/.])(?<!\d-)(?:19|20)\d{2}(?![\d/]|-\d)")
# what may follow a yearless date closing a title line: a clock time ('Steering Group Minutes Thursday 14 July, 7.30pm')
# (possessive repeats: linear)
_LINE_END_AFTER_DATE_RE = re.compile(r"[ \t,]*+(?:(?:at|@|[-–])[ \t]*+)?(?:\d{1,2}(?:[.:]\d\d)?+[ \t]*+(?:[ap]\.?m\.?|hrs)?)?[ \t]*+$", re.I)
_TITLE_LINE_CHARS = 120


def _closes_title_line(header: str, start: int, end: int) -> bool:
    """A yearless date that ends a title line ('Neighbourhood Plan Steering Group Minutes Thursday 14 July') or stands alone
    on its line under the title: the title's own date, cut short of its year, as a label before it would say."""
    line_start = header.rfind("\n", 0, start) + 1
    line_end = header.find("\n", end)
    before = header[line_start:start]
    if len(before) > _TITLE_LINE_CHARS or not _LINE_END_AFTER_DATE_RE.match(header[end : line_end if line_end >= 0 else len(header)]):
        return False
    title_word = _vocab_re("title_line_words", r"\b(?:{})\b")
    if before.strip():
        return bool(title_word.search(before))
    above = header[max(0, line_start - 1 - _TITLE_LINE_CHARS) : max(0, line_start - 1)].rstrip().rsplit("\n", 1)[-1]  # bounded: one line back
    return bool(title_word.search(above)) and not _vocab_re("previous_meeting_before").search(above)  # not under 'Date of next meeting:'


def yearless_title_dates(header: str, text: str) -> list[tuple[int, date]]:
    """(offset, date) of a title's 'held on Wednesday 6 November' that prints no year: the year is
    the one printed elsewhere in the papers (or next to it) on which that day is that weekday;
    where none or several fit, no date."""
    found = []
    for m in _YEARLESS_RE.finditer(header):
        labelled = _LABEL_BEFORE_RE.search(squash(header[max(0, m.start() - 60) : m.start()]) + " ")
        if not (labelled or _closes_title_line(header, m.start(), m.end())) or is_previous_meeting_date(header, m.start(), m.end()):
            continue
        day, month = int(m.group("d1") or m.group("d2")), _month_number(m.group("m1") or m.group("m2"))
        when = _year_by_weekday(day, month, _weekday_number(m.group("weekday")), text)
        if when:
            found.append((m.start(), when))
    return found


# English weekday names, fixed: calendar.day_name follows the locale (LC_TIME), minutes here do not.
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _weekday_number(name: str) -> int:
    return _WEEKDAYS.index(name.lower())


def _year_by_weekday(day: int, month: int, weekday: int, text: str) -> date | None:
    """The one year printed in `text` (or one either side) on which day/month falls on that weekday."""
    years = {int(y) for y in _YEAR_RE.findall(text)}
    fitting = {when for when in _dates_in_years(day, month, {y + shift for y in years for shift in (-1, 0, 1)}) if when.weekday() == weekday}
    return fitting.pop() if len(fitting) == 1 else None


def _dates_in_years(day: int, month: int, years: set[int]) -> list[date]:
    """The day of the month in each of the years where it exists (29 February only in a leap year): the candidates a
    date printed without its year may be, for the readers that choose among them."""
    found = []
    for year in sorted(years):
        try:
            found.append(date(year, month, day))
        except ValueError:
            continue
    return found


# a news report's day of the meeting, counted from the date it is printed under: 'THE Tailevu Provincial Council yesterday agreed
# to submit ...' under 'Thursday, December 13, 2007', 'the decisions made at Council's December meeting held yesterday.' under
# '9 December 2015' (a council's own news page); 'today' and 'this morning' are the printed day itself. Only the report's lead:
# a sentence of the body or its meeting within the lines under that date, with no roll call or minutes label between (minutes
# date their own meeting, and a member who 'met the engineer yesterday' further down is no account of it)
_RELATIVE_DAY_RE = re.compile(r"\b(?:(?P<before>yesterday|last[ \t]+night)|today|this[ \t]+(?:morning|afternoon)|tonight)\b", re.I)
_BODY_DEED_RE = re.compile(
    r"\b(?:council|board|committee|commission|assembly|cabinet|trustees|meeting|session)\b[^.\n]{0,120}?"
    r"\b(?:met|held|agreed|decided|resolved|passed|approved|adopted|voted|appointed|elected)\b"
    r"|\b(?:met|held|agreed|decided|resolved|passed|approved|adopted|voted|appointed|elected)\b[^.\n]{0,60}?\b(?:council|board|committee|meeting)\b",
    re.I,
)
_MINUTES_LABEL_RE = re.compile(r"(?im)^\W*(?:present|apologies|attendance|in attendance|members present|roll call)\b")
_DAY_AND_MONTH_RE = re.compile(
    rf"(?i)\b(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:{_MONTH_RE})|(?:{_MONTH_RE})[ \t]+\d{{1,2}})\b|\b\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}\b"
)  # 'Tuesday 28 September', 'TUESDAY 28 SEPTEMBER', '28/09/2021'
_MINUTES_WORD_RE = re.compile(r"\b(?:minutes|MINUTES|Minutes)\b")
_LEAD_REACH = 400  # from the dateline to the report's first sentences
_NEWS_OPENING = 1200  # where a report's dateline stands
_SENTENCE_END_RE = re.compile(r"[.!?](?:\s|$)|\n")


def news_report_day(text: str, found: date | None) -> date | None:
    """The meeting's day where the date `found` heads a report (the first date printed) whose lead says the body met or
    decided 'yesterday' or 'last night' (the day before) or 'today' / 'this morning' (that day), in a sentence that prints no
    day of its own ('held last night, Tuesday 28 September'); else `found`."""
    dateline = DATE_RE.search(text, 0, _NEWS_OPENING)
    if found is None or dateline is None:
        return found
    for m in _RELATIVE_DAY_RE.finditer(text, dateline.end(), dateline.end() + _LEAD_REACH + 200):
        start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        ends = _SENTENCE_END_RE.search(text, m.end())
        sentence = text[start : ends.start() if ends else len(text)]
        if start - dateline.end() > _LEAD_REACH or _MINUTES_LABEL_RE.search(text, dateline.end(), start) or _MINUTES_WORD_RE.search(text, 0, start):
            return found  # minutes ('Minutes of the meeting held on 12 November 2013' / 'Present: ...') date their own meeting
        if _BODY_DEED_RE.search(sentence) and not _DAY_AND_MONTH_RE.search(sentence):
            return found - timedelta(days=1) if m.group("before") else found
    return found
