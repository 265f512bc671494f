"""Measures, rates and periods: the number's unit 'other' ('28 days', 'five consecutive years',
'180 DAYS', 'the mill rate of 4.5') and the periods that are not statistics ('the past five
years'). The measure words are data in models/patterns/statistics.json (other_units,
unit_gap_words, area_abbreviations, rate_words), passed in as `rules`.
"""

from __future__ import annotations

import re

_REPEAT_AFTER_RE = re.compile(r"[ \t]{0,2}\([ \t]{0,2}[\w-]{1,14}[ \t]{0,2}\)")


_NUMBERED_LABEL_RE = re.compile(r"\s*(?:Year|Week|Day|Month)[ \t]\d{1,2}\b")


def measure_follows(text: str, end: int, rules: dict) -> bool:
    """A measure after the number makes it unit 'other': '28 days', 'five consecutive years',
    '5 more years', '1 (one) metre', 'twenty-one (21) days', '180 DAYS'."""
    repeat = _REPEAT_AFTER_RE.match(text, end)
    if repeat:
        end = repeat.end()
    gap = rules["unit_gap_re"].match(text, end)
    if gap:
        end = gap.end()
    unit = rules["other_units_re"].match(text, end)
    if not unit and not gap and rules["qualified_unit_re"].match(text, end):
        return True  # "1,900 truck kilometres", "240 overtime hours": a measure qualified by one word
    if unit and _NUMBERED_LABEL_RE.match(text, unit.start()):
        return False  # "30 Year 11 students", "the 6 Year 7 pupils": 'Year 11' names a school year, it measures nothing
    if unit and _across_a_break(unit):
        return False  # "Guests: 3\n\nMinutes 10/21 - approved": the next paragraph's heading, not the count's unit
    return bool(unit) and not ((gap or unit.group(0).endswith("ly")) and _counts_a_plural_after(text, unit))


def _across_a_break(unit: re.Match) -> bool:
    """A unit word read across a paragraph break, or opening the next line with a capital ('Audience: 25\nMinutes of
    the last meeting'), starts another paragraph or heading; a measure broken across a line goes on in lower case
    ('adjourned for 14\ndays') or as a symbol in capitals ('2,432\nSF restaurant')."""
    gap = unit.group(0)[: len(unit.group(0)) - len(unit.group(0).lstrip())]
    return "\n" in gap and (gap.count("\n") > 1 or bool(re.match(r"[A-Z][a-z]", unit.group(0).lstrip())))


def _counts_a_plural_after(text: str, unit: re.Match) -> bool:
    """'two additional year renewal options', 'Two weekly evening sessions': a measure word used as
    an adjective after a gap word or as a frequency; the number counts the plural noun after it
    (but 'twelve month renewal options' is a measure of the options)."""
    word = unit.group(0).strip().lower()
    if word.endswith("s") or not word.isalpha():
        return False
    nxt = re.match(r"[ \t]{1,2}(?:[a-z]{3,}[ \t]{1,2})?([a-z]{3,})\b", text[unit.end() : unit.end() + 40])
    return bool(nxt and nxt.group(1).endswith("s") and not nxt.group(1).endswith("ss"))


def measure_in_its_case(text: str, start: int, end: int, rules: dict) -> bool:
    """A measure that may override the label rules: 'within 180 DAYS GRANTED', '(748 SF)', '10° F',
    but not a capitalised word that only looks like one ('11 Minutes of', '277 MM')."""
    repeat = _REPEAT_AFTER_RE.match(text, end)
    pos = repeat.end() if repeat else end
    gap = rules["unit_gap_re"].match(text, pos)
    pos = gap.end() if gap else pos
    unit = rules["other_units_re"].match(text, pos)
    if not unit:
        return False
    word = unit.group(0).strip()
    if not re.search(r"[A-Za-z]", word) or word.islower():
        return True
    if word.upper() in {"MINUTE", "MINUTES"}:
        return False  # "2 MINUTES OF THE MEETING": a heading
    if word.upper() in rules["area_abbreviations_set"]:
        return True
    following = re.match(r"[ \t]{1,3}([A-Za-z]{2,})", text[unit.end() : unit.end() + 30])
    preceding = re.search(r"\b([A-Za-z]{3,})[ \t]{1,3}$", text[max(0, start - 20) : start])
    in_capitals = bool(following and following.group(1).isupper() or preceding and preceding.group(1).isupper())
    return word.isupper() and len(word) > 2 and in_capitals


# "the ice plant is 41 years old", "cremator No. 2 is now twenty-two years old", "vehicles were more than ten years old",
# "lift beyond economic repair (31 years old)": the age of a thing, after a verb of being or in a bracket after it
_AGE_AFTER_RE = re.compile(r"[ \t]{0,2}-?[ \t]{0,2}years?[ \t-]{1,2}old\b", re.I)
_THING_AGE_BEFORE_RE = re.compile(
    r"(?:\b(?:is|are|was|were|now|been)[ \t]{1,2}(?:(?:now|already|more[ \t]than|over|nearly|almost|about|around|some)[ \t]{1,2})?|\([ \t]?)$", re.I
)


def age_of_a_thing(text: str, start: int, end: int) -> bool:
    """'the ice plant is 41 years old', 'refuse vehicles were more than ten years old', '(31 years old)': the age of an asset
    is a measure of it (ANNOTATION.md leaves out only ages that label a group: 'aged 19-21', '(19-21 years old)', 'over 16
    years old and resident', 'a 6 year old boy')."""
    return bool(_AGE_AFTER_RE.match(text, end)) and bool(_THING_AGE_BEFORE_RE.search(text, max(0, start - 30), start))


def is_rate(text: str, m: re.Match, rules: dict) -> bool:
    """A decimal after 'rate', 'ratio' or 'multiplier' is a rate (unit other), and so is each decimal of a list of
    rates by class ('mill rate factors: Agriculture 0.78, Residential 1.00'), unless its label names a section ('item 5.3')."""
    if "." not in m.group("num"):
        return False
    if rules["rate_before_re"].search(text[max(0, m.start() - 30) : m.start()]):
        return True
    listed = rules["rate_list_before_re"].search(text, max(0, m.start() - 250), m.start())
    return bool(listed) and listed.group("label").split()[-1].lower().rstrip(".") not in rules["not_before_set"]


# not "the first five years": a length of time that a rule or a goal sets is a measure
_PERIOD_BEFORE_RE = re.compile(r"(?<!\bfirst )(?<!\bfinal )\b(?:past|previous|last|next|coming|over the|for the|within|in the|during the|the)\s*$", re.I)
_PERIOD_UNITS_RE = re.compile(r"\s*(?:years?|months?|weeks?|days?|decades?)\b", re.I)
# "the 30 week target", "during the 28 day objection period", "over the five year term": a singular unit before the noun it
# describes makes the number the measure of that thing (a target, a notice period, a contract's term), not the period the
# sentence is about ('the last five years', 'over the next 3 months')
_UNIT_AS_A_MODIFIER_RE = re.compile(
    r"[ \t]{1,2}(?:year|month|week|day)[ \t]{1,2}(?!(?:of|and|or|to|in|on|at|by|for|from|since|before|after|when|while|is|was|are|were|has|had|ago|old|olds|"
    r"earlier|later|prior|period|periods|time)\b)[a-z]{3,}\b",
)
# "three weeks ago", "six months earlier", "two meetings prior": a date told by its distance, not a measure
# ("48 hours prior to the event" is a notice period, a measure; "96 hours since April" a total)
_RELATIVE_TIME_AFTER_RE = re.compile(
    r"[ \t]{1,2}(?:(?:working|calendar|business|school)[ \t]{1,2})?(?:years?|months?|weeks?|days?|decades?|hours?|meetings?|sessions?)"
    r"[ \t]{1,2}(?:ago|earlier|later|prior(?![ \t]{1,2}to\b)|previously|beforehand|hence)\b",
    re.I,
)


def is_period(text: str, start: int, end: int, before: str) -> bool:
    """'the past five years', 'over the next 3 months', 'three weeks ago': a period or a date, not a measure.

    'within' reads by how the number is written: a standard set in digits is a measure ('repaired
    within 28 days', 'WITHIN 180 DAYS'), a promise in words a deadline ('would share it within two weeks')."""
    if _RELATIVE_TIME_AFTER_RE.match(text, end):
        return True
    if not _PERIOD_UNITS_RE.match(text, end) or _UNIT_AS_A_MODIFIER_RE.match(text, end):
        return False
    period = _PERIOD_BEFORE_RE.search(before)
    return bool(period) and not (period.group(0).lower().startswith("within") and text[start : start + 1].isdigit())
