"""Ranges: both ends of '12-15 minutes', '6-8 people', '1 to 1.5 metres', '2 or 3 weeks', and the upper end of a
range of money written with one sign ('$130-140 an hour', '£10-15m').

Split from statistics.py. A range of labels ('paragraphs 7 to 20'), years ('the 20-21 accounts'),
ages ('aged 19-21') or a vote ('carried 4-1') is not a statistic.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .excluded_numbers import MONTH_BEFORE_RE
from .measures import measure_follows
from .money import NUM, Amount, Claimed
from ..numbers import apply_multiplier, parse_digits

# 'or' joins the ends as 'to' does: 'at least 2 or 3 months’ notice' gives both numbers the measure written once
_RANGE_RE = re.compile(
    r"(?<![\w.,/£$€#:=-])(?P<a>\d{1,4}(?:\.\d{1,2})?)(?:[ \t]?[-–][ \t]?|[ \t]{1,2}(?:to|or)[ \t]{1,2})(?P<b>\d{1,4}(?:\.\d{1,2})?)(?![\w.,/%:-]|[ \t]?%)"
    r"(?=(?:[ \t]{1,2}|[ \t]?\n[ \t]?)(?P<next>[a-z][a-z-]{1,30})|[ \t]*(?P<unit>[A-Za-z°]))"
)


def ranges(text: str, claimed: Claimed, rules: dict) -> Iterator[re.Match]:
    """Both ends of a range of a measure or a count ('12-15 minutes', '6-8 people', '1 to 1.5 metres'),
    but not a range of labels ('paragraphs 7 to 20'), years, dates, ages or a vote ('carried 4-1')."""
    for m in _RANGE_RE.finditer(text):
        if not claimed.free(m.start(), m.end()):
            continue
        a, b = parse_digits(m.group("a")), parse_digits(m.group("b"))
        if a is None or b is None or not 0 < a < b or b >= 1800 and "," not in m.group("b"):
            continue
        nxt = (m.group("next") or "").lower()
        if nxt in rules["range_stop_after"] or nxt.startswith(("year-old", "years-old")) or rules["not_after_re"].match(text[m.end() : m.end() + 20]):
            continue
        if m.group("unit") and not measure_follows(text, m.end(), rules):
            continue  # "10-12 Smith Street", "3-5 June": only a measure may follow in capitals or glued
        before = text[max(0, m.start() - 40) : m.start()]
        prev = re.search(r"([A-Za-z][A-Za-z.'’]*)[\s.:#]*$", before)
        if prev and prev.group(1).lower().rstrip(".") in rules["not_before_set"] | {"aged", "ages"}:
            continue
        if MONTH_BEFORE_RE.search(before) or re.search(r"\b(?:aged?|ages)\b[^.\n]{0,12}$", before, re.I):
            continue  # "aged 19-21", "at an older age (12-13 years"
        if b == a + 1 and 10 <= a <= 40 and "." not in m.group(0):
            continue  # "the 20-21 accounts": a financial year
        if not measure_follows(text, m.end(), rules) and not _plural_follows(text, m.end(), rules["irregular_plurals"]):
            continue  # "the 18-25 section": a label; a count names plural things ("6-8 people")
        yield m


def _plural_follows(text: str, end: int, irregular_plurals: frozenset[str]) -> bool:
    """One of the next three words is a plural noun: '6-8 people', '1400-1500 market-rate units'."""
    words = re.findall(r"[A-Za-z][a-z'’-]*", text[end : end + 50])[:3]
    return any(w.lower() in irregular_plurals or (len(w) > 3 and w.endswith("s") and not w.endswith("ss")) for w in words)


# the sign may be written again on the upper end ('in the region of £90-£100k', '$5-$7 million'): the multiplier still scales both
_MONEY_RANGE_END_RE = re.compile(
    rf"[ \t]?(?:-|–|to)[ \t]?(?P<sign>[£$€][ \t]?)?(?P<b>{NUM})(?:[ \t]?(?P<mult>bn|billion|million|mn|m|k)\b)?(?![\w%/-]|[.,]\d)", re.I
)  # a full stop may end the sentence: '£10-15m.'


def _scale_by_a_signed_upper_end(text: str, amount: Amount, m: re.Match) -> None:
    """'£90-£100k': the upper end, its sign written again, is an amount of its own (read by find_money), but its
    multiplier scales the lower end too when the lower end alone would be under a thousandth of it."""
    if not (m.group("sign") and m.group("mult")) or text[amount.end : m.start("sign")].strip() not in ("-", "–"):
        return
    b = parse_digits(m.group("b"))
    if (
        b is not None
        and amount.value < apply_multiplier(b, m.group("mult")) / 1000
        and apply_multiplier(amount.value, m.group("mult")) < apply_multiplier(b, m.group("mult"))
    ):
        amount.value = apply_multiplier(amount.value, m.group("mult"))


def money_range_end(text: str, amount: Amount, claimed: Claimed) -> tuple[int, int, float] | None:
    """The upper end of a range of money written with one sign: '$130-140 an hour' (140 USD), and
    '£10-15m' or '£90-£100k' where the multiplier after the second number scales the first too."""
    m = _MONEY_RANGE_END_RE.match(text, amount.end)
    if not m:
        return None
    if not claimed.free(m.start("b"), m.end()):
        _scale_by_a_signed_upper_end(text, amount, m)
        return None
    b = parse_digits(m.group("b"))
    if b is None or 1800 <= b <= 2100 and re.fullmatch(r"\d{4}", m.group("b")):
        return None  # "£100 to 2024": a year
    if m.group("mult"):
        b = apply_multiplier(b, m.group("mult"))
        if amount.value < b / 1000:
            amount.value = apply_multiplier(amount.value, m.group("mult"))
    if not amount.value < b:
        return None
    claimed.add(m.start("b"), m.end())
    return m.start("b"), m.end(), b


# the bare end of a change or a range: 'from 14 to 9 weeks', 'between 3 and 5 years' (the first end bare), 'from 34 working
# days to 22', 'up to 412 hours from 350' (the second end bare)
_BARE_END_RE = re.compile(r"(?:\d[\d,]*(?:\.\d+)?|[A-Za-z]+(?:-[a-z]+)?)")
_FIRST_END_BEFORE_RE = re.compile(r"\b(?:from|between)[ \t]{1,2}(?:(?:around|about|approximately|some)[ \t]{1,2})?$", re.I)
_JOIN_TO_RE = re.compile(r"[ \t]{1,2}(?:to|and)[ \t]{1,2}(?:(?:around|about|approximately)[ \t]{1,2})?|[ \t]?[-–][ \t]?")
_JOIN_FROM_RE = re.compile(r"(?:[ \t]{1,2}[a-z/]+){0,3}[ \t]{1,2}(?:from|down[ \t]from|up[ \t]from)[ \t]{1,2}")
# the unit words of a measured first end before its join ('34 working days to 22')
_UNIT_THEN_TO_RE = re.compile(r"(?:[ \t]{1,2}[a-z/]+){0,3}(?:" + _JOIN_TO_RE.pattern + ")")
_TO_BEFORE_RE = re.compile(r"\bto[ \t]{1,2}(?:(?:around|about|approximately|some)[ \t]{1,2})?$", re.I)
# what may follow a bare second end: the clause goes on about the change, names no thing counted
_AFTER_BARE_END_RE = re.compile(
    r"(?:[ \t]*(?:[.,;:)\n]|$)|[ \t]{1,2}(?:in|by|on|at|over|for|since|last|this|the|per|a|an|and|but|or|compared|previously|during|within|between|across)\b)"
)


# a bare figure set beside a measured one as its target or its past: 'took 27 days against a target of 20', '8.2 minutes
# (9.1 last year)', '94.1% compared with 92.6 in 2023', '23 days, down from 41', 'the setback is 300 feet and not 500'
_COMPARED_BEFORE_RE = re.compile(
    r"(?:\b(?:target|forecast|benchmark|average|standard|goal|aim|figure)(?:[ \t]{1,2}(?:of|was|is|at))?|\bcompared[ \t]{1,2}(?:with|to)|\bagainst|\bversus|\bvs\.?"
    r"|\binstead[ \t]{1,2}of|\brather[ \t]{1,2}than|\bnot|\b(?:up|down)[ \t]{1,2}from)[ \t]{0,2}$",
    re.I,
)
_COMPARED_AFTER_RE = re.compile(r"[ \t]{1,2}(?:last|previous|prior)[ \t]{1,2}(?:year|quarter|month)\b|[ \t]{1,2}(?:target|forecast|benchmark)\b", re.I)
# where the clause of a compared figure opens: a sentence's end, a blank line, or a heading's line ('5. ABSENCE - QUARTER 3')
# ending with no lower-case word or comma before a capitalised line
_CLAUSE_BREAK_RE = re.compile(r"[.;!?][ \t\n]|\n[ \t]*\n|(?<=[A-Z0-9])[ \t]*\n(?=[ \t]*[A-Z][a-z])")
# what stands between a measure and the figure compared with it: no sentence's end; digits only of numbers that are no
# statistic (the pair is consecutive), as a rate's denominator or an age band ('47 bed days per 1,000 population aged 75+,
# above the national figure of 38')
_BETWEEN_COMPARED_RE = re.compile(r"[^\n.;!?]{0,70}(?:\n[^\n.;!?]{0,40})?")
# the last part of a clause before the measure: after a comma-space or a closing bracket and comma ('five voids (Mill
# Terrace x2), average re-let time 47 days against the target of 28': the list before is another part)
_CLAUSE_PART_RE = re.compile(r",[ \t\n]|\)[ \t]*,")


def borrow_compared_units(text: str, stats: list) -> None:
    """A bare figure compared with a measured one in the same clause is in its unit: '27 days on average
    against a target of 20' (20 days), '8.2 minutes (9.1 last year)'. A figure that names its own thing
    ('a target of 20 visits') keeps its unit. `stats` are in text order; changed in place."""
    for first, second in zip(stats, stats[1:]):
        if first.unit not in ("other", "percent") or not _open_unit(text, second) or first.unit == second.unit:
            continue
        if not _BETWEEN_COMPARED_RE.fullmatch(text, first.end, second.start):
            continue
        opening = _CLAUSE_PART_RE.split(_CLAUSE_BREAK_RE.split(text[max(0, first.start - 200) : first.start])[-1])[-1]
        if re.search(r"\d", opening):
            continue  # '184,000 plants across 46 km (target 150,000)': the target may be the clause's first figure's, not the measure's
        lead = text[max(first.end, second.start - 40) : second.start]
        if _COMPARED_BEFORE_RE.search(lead) and _AFTER_BARE_END_RE.match(text, second.end) or _COMPARED_AFTER_RE.match(text, second.end):
            second.unit = first.unit


def borrow_change_units(text: str, stats: list) -> None:
    """One unit for both ends of a change or a range whose unit is written once: '21.4' of 'from 21.4 to
    17.9 percentage points' is percentage points too, '22' of 'from 34 working days to 22' days, '400' of
    'from €450 to 400' euro. Both ends of 'from 1,200 to 1,450 members' are counts already; an end with
    its own noun after it ('to 15 complaints') keeps its unit. `stats` are in text order; changed in place."""
    for first, second in zip(stats, stats[1:]):
        if _open_unit(text, first) and second.unit not in ("count", first.unit) and not _is_money_code(second.unit):
            if (
                _bare(text, first)
                and _JOIN_TO_RE.fullmatch(text, first.end, second.start)
                and _FIRST_END_BEFORE_RE.search(text, max(0, first.start - 30), first.start)
            ):
                first.unit = second.unit
        elif _open_unit(text, second) and first.unit not in ("count", second.unit) and _AFTER_BARE_END_RE.match(text, second.end):
            if _UNIT_THEN_TO_RE.fullmatch(text, first.end, second.start) and _FIRST_END_BEFORE_RE.search(text, max(0, first.start - 30), first.start):
                pass
            elif not (_JOIN_FROM_RE.fullmatch(text, first.end, second.start) and _TO_BEFORE_RE.search(text, max(0, first.start - 30), first.start)):
                continue
            if _is_money_code(first.unit) and not first.value / 10 <= second.value <= first.value * 10:
                continue  # 'from £1.2m to 900': a different scale, not the same money
            second.unit = first.unit


def _open_unit(text: str, stat) -> bool:
    """A bare figure whose unit nothing of its own decides: a count by default, or a bare decimal
    read as an average ('92.6'), which a measured figure it is compared with may still name."""
    return (stat.unit == "count" or stat.unit == "other" and "." in text[stat.start : stat.end]) and _bare(text, stat)


def _bare(text: str, stat) -> bool:
    """The statistic's span is the number alone, with no unit or noun of its own."""
    return bool(_BARE_END_RE.fullmatch(text, stat.start, stat.end))


def _is_money_code(unit: str) -> bool:
    return len(unit) == 3 and unit.isupper()
