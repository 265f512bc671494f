"""Dates written in words, as deeds, US county courts and some Irish and parish minutes print them:
'the fourteenth day of March, two thousand and twenty-three', 'March fourteenth, 2023', 'Monday
the thirteenth of March 2023'. They are rewritten in figures ('the 14th day of March, 2023') so
the one date grammar (dates.DATE_RE) reads them; only the opening of a paper is rewritten, where
its meeting's date is printed. Ordinal words are models/patterns/meeting.json (day_ordinals), the
year's cardinal words models/gazetteers/number_words.tsv."""

from __future__ import annotations

import re
from functools import lru_cache

from .models import meeting_vocabulary

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_OPENING_CHARS = 6000  # the title block, a summons, the sentence that opens the meeting


@lru_cache(maxsize=1)
def _patterns() -> tuple[dict[str, int], re.Pattern, re.Pattern, re.Pattern]:
    """(ordinal -> day, day before 'of Month', day after 'Month', year in words), compiled once."""
    from .extract.numbers import number_words  # imported here: extract reads structure, which reads this module

    vocabulary = meeting_vocabulary()
    ordinals = {word.replace("-", ""): day for day, word in enumerate(vocabulary["day_ordinals"], 1)}
    ordinal = "|".join(word.replace("-", "[ -]?") for word in sorted(vocabulary["day_ordinals"], key=len, reverse=True))
    day_of = re.compile(rf"\b(?P<day>{ordinal})(?=[ \t]+(?:day[ \t]+)?of[ \t]+{_MONTH}\b)", re.I)
    month_day = re.compile(
        rf"\b(?P<month>{_MONTH})[ \t]+(?:the[ \t]+)?(?P<day>{ordinal})\b(?=,?[ \t]+(?:(?:19|20)\d\d|{vocabulary['worded_year_start']})\b)", re.I
    )
    cardinal = "|".join(sorted((w for w, v in number_words().items() if 0 < v < 100), key=len, reverse=True))
    year = re.compile(
        rf"\b(?P<before>{_MONTH}(?:[ \t]+\d{{1,2}}(?:st|nd|rd|th)?)?,?[ \t]+(?:A\.?D\.?,?[ \t]+)?)(?P<year>(?:{vocabulary['worded_year_start']})(?:[ \t-]+(?:and[ \t]+)?(?:{cardinal})){{0,2}})\b",
        re.I,
    )
    return ordinals, day_of, month_day, year


def _ordinal_day(word: str, ordinals: dict[str, int]) -> str:
    """'twenty-first' (or 'twenty first', 'twentyfirst') -> '21st'."""
    day = ordinals[re.sub(r"[ -]", "", word.lower())]
    return f"{day}{'st' if day in (1, 21, 31) else 'nd' if day in (2, 22) else 'rd' if day in (3, 23) else 'th'}"


def _year(words: str) -> str:
    from .extract.numbers import parse_number_words

    value = parse_number_words(words)
    return str(int(value)) if value and 1900 <= value < 2100 else words


def with_worded_dates(text: str) -> str:
    """The text with the worded dates of its opening written in figures (the rest untouched)."""
    opening = text[:_OPENING_CHARS]
    ordinals, day_of, month_day, year = _patterns()
    rewritten = day_of.sub(lambda m: _ordinal_day(m.group("day"), ordinals), opening)
    rewritten = month_day.sub(lambda m: f"{m.group('month')} {_ordinal_day(m.group('day'), ordinals)}", rewritten)
    rewritten = year.sub(lambda m: m.group("before") + _year(m.group("year")), rewritten)
    return text if rewritten == opening else rewritten + text[_OPENING_CHARS:]
