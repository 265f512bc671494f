"""Dates written in words, as deeds, US county courts and some Irish and parish minutes print them:
'the fourteenth day of March, two thousand and twenty-three', 'March fourteenth, 2023', 'Monday
the thirteenth of March 2023'. They are rewritten in figures ('the 14th day of March, 2023') so
the one date grammar (dates.DATE_RE) reads them; only the opening of a paper is rewritten, where
its meeting's date is printed. Ordinal words are models/patterns/meeting.json (day_ordinals), the
year's cardinal words models/gazetteers/number_words.tsv.

Speed: the month names are found once (over the lower-cased opening, a literal search), and the
worded day and year are looked for only beside them, never by a pattern tried at every position.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .vocabulary import MONTH_NAMES
from .models import meeting_vocabulary
from .numbers import number_words, parse_number_words

_MONTH_RE = re.compile(r"\b(?:" + "|".join(name.lower() for name in MONTH_NAMES) + r")\b")
_OPENING_CHARS = 6000  # the title block, a summons, the sentence that opens the meeting


@lru_cache(maxsize=1)
def _patterns() -> tuple[dict[str, int], re.Pattern, re.Pattern, re.Pattern]:
    """(ordinal -> day, the day before 'of Month', the day after 'Month', the year after them), over lower-cased text."""
    vocabulary = meeting_vocabulary()
    ordinals = {word.replace("-", ""): day for day, word in enumerate(vocabulary["day_ordinals"], 1)}
    ordinal = "|".join(word.replace("-", "[ -]?") for word in sorted(vocabulary["day_ordinals"], key=len, reverse=True))
    year_start = vocabulary["worded_year_start"]
    cardinal = "|".join(sorted((w for w, v in number_words().items() if 0 < v < 100), key=len, reverse=True))
    weekday = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    # 'the fourteenth (day) of March'; without 'of' only after a weekday or 'on (the)' ('Tuesday, seventh October'), not 'the second March deadline'
    gap = r"(?:[ \t]*\n[ \t]*|[ \t]+)"  # a space, or a line break where the title sentence wraps ('the twenty-fourth of\nFebruary')
    day_before = re.compile(rf"\b(?P<day>{ordinal}){gap}(?:day{gap})?of{gap}$|(?:\b(?:{weekday}),?|\bon(?:[ \t]+the)?)[ \t]+(?P<day2>{ordinal})[ \t]+$")
    day_after = re.compile(rf"[ \t]+(?:the[ \t]+)?(?P<day>{ordinal})\b(?=,?[ \t]+(?:(?:19|20)\d\d|{year_start})\b)")
    year_after = re.compile(
        rf"(?:[ \t]+\d{{1,2}}(?:st|nd|rd|th)?|[ \t]+(?:the[ \t]+)?(?:{ordinal}))?,?{gap}(?:a\.?d\.?,?[ \t]+)?"
        rf"(?P<year>(?:{year_start})(?:(?:{gap}|[ \t]*-[ \t]*)(?:and{gap})?(?:{cardinal})){{0,2}})\b"
    )
    return ordinals, day_before, day_after, year_after


def _ordinal_day(word: str, ordinals: dict[str, int]) -> str:
    """'twenty-first' (or 'twenty first', 'twentyfirst') -> '21st'."""
    day = ordinals[re.sub(r"[ -]", "", word)]
    return f"{day}{'st' if day in (1, 21, 31) else 'nd' if day in (2, 22) else 'rd' if day in (3, 23) else 'th'}"


def _year(words: str) -> str | None:
    value = parse_number_words(words)
    if not value or not 1900 < value < 2100 or value == 2000:
        return None  # 'two thousand' alone after a date is more likely a sum than the year 2000
    return str(int(value))


def with_worded_dates(text: str) -> str:
    """The text with the worded dates of its opening written in figures (the rest untouched)."""
    opening = text[:_OPENING_CHARS]
    low = opening.lower()
    if len(low) != len(opening):
        return text  # a letter whose lower case is longer: offsets would not match
    ordinals, day_before, day_after, year_after = _patterns()
    edits: list[tuple[int, int, str]] = []
    for month in _MONTH_RE.finditer(low):
        window = max(0, month.start() - 40)
        before = day_before.search(low, window, month.start())
        if before:
            group = "day" if before.group("day") else "day2"
            edits.append((before.start(group), before.end(group), _ordinal_day(before.group(group), ordinals)))
        after = day_after.match(low, month.end())
        if after:
            edits.append((after.start("day"), after.end("day"), _ordinal_day(after.group("day"), ordinals)))
        year = year_after.match(low, month.end())
        written = year and _year(year.group("year"))
        if written:
            edits.append((year.start("year"), year.end("year"), written))
    if not edits:
        return text
    pieces, last = [], 0
    for start, end, figures in sorted(edits):
        if start >= last:
            pieces += [opening[last:start], figures + "\n" * opening.count("\n", start, end)]  # a wrapped year keeps its line break: lines still count
            last = end
    return "".join(pieces) + opening[last:] + text[_OPENING_CHARS:]


@lru_cache(maxsize=1)
def _bilingual_month_re() -> re.Pattern:
    """A day, then a month in another language, a slash and the English month ('9 Rhagfyr / December')."""
    other = meeting_vocabulary()["other_language_months"]
    english = "|".join(MONTH_NAMES)
    return re.compile(rf"(?<=\d)(?P<suffix>st|nd|rd|th)?[ \t]+(?:{other})[ \t]*/[ \t]*(?=(?:{english})\b)", re.I)


_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@lru_cache(maxsize=1)
def _other_language_date_re() -> re.Pattern:
    """A date wholly in another language: an optional weekday (and 'le'), a day's figures with their ordinal ending, a month,
    and the year if one follows ('Dydd Mawrth 22 Gorffennaf 2008', 'mardi, le 22 juillet 2008', '1er août 2008', '22 Iúil 2008')."""
    vocabulary = meeting_vocabulary()
    weekdays = "|".join(f"(?P<w{i}>{names})" for i, names in enumerate(vocabulary["weekday_names_other_languages"]))
    months = "|".join(f"(?P<m{i}>{names})" for i, names in enumerate(vocabulary["month_names_other_languages"]))
    suffixes, connectors = vocabulary["day_suffixes_other_languages"], vocabulary["day_month_connectors_other_languages"]
    return re.compile(
        rf"(?:(?<!\w)(?P<weekday>{weekdays})\.?,?[ \t]+(?:le[ \t]+)?)?(?<![\w.,/])(?P<day>\d{{1,2}})(?:{suffixes})?\.?[ \t]+(?:(?:{connectors})[ \t]+)?"
        rf"(?P<month>{months})(?!\w)"
        rf"(?P<year>\.?,?[ \t]*(?:\n[ \t]*)?(?:19|20)\d{{2}}(?!\d))?",
        re.I,
    )


def _in_english(m: re.Match) -> str:
    """The date of an _other_language_date_re match with its weekday and month in English ('Tuesday 22 July 2008'), or the
    match unchanged where neither a weekday opens it nor a year follows ('22 Mai' alone could be anything)."""
    if not (m.group("weekday") or m.group("year")):
        return m.group(0)
    weekday = next((_WEEKDAY_NAMES[i] + " " for i in range(7) if m.group(f"w{i}")), "")
    month = next(MONTH_NAMES[i] for i in range(12) if m.group(f"m{i}"))
    return f"{weekday}{m.group('day')} {month}{m.group('year') or ''}"


def with_english_months(text: str) -> str:
    """The opening with its dates' months (and weekdays) in English, which the one date grammar reads. Welsh, Irish, Māori, French and
    Afrikaans councils print a date's month in both languages ('9 Rhagfyr / December 2025', '14 Eanáir / January 2025'): written
    once, in English ('9 December 2025'); other-language month names before a slash and an English month are models/patterns/meeting.json
    (other_language_months). A date wholly in another language ('Dydd Iau 14 Mawrth 2024', 'le mardi 22 juillet 2008') is written
    in English words (month_names_other_languages, weekday_names_other_languages)."""
    opening = text[:_OPENING_CHARS]
    rewritten = _bilingual_month_re().sub(lambda m: (m.group("suffix") or "") + " ", opening) if "/" in opening else opening
    rewritten = _other_language_date_re().sub(_in_english, rewritten)
    return rewritten + text[_OPENING_CHARS:] if rewritten != opening else text
