"""Statistics: the numbers that quantify the business of a meeting.

A scan of the text for money, percentages, "2 in 3", fractions and counts in digits or
words, then the exclusions of ANNOTATION.md (dates, years, times, references, ages as
labels, vote tallies, phone numbers, file sizes) applied from models/patterns/statistics.json.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from ..structure import models_dir
from ..text_utils import squash
from .numbers import MULTIPLIERS, apply_multiplier, fraction_words, parse_digits, parse_number_words


@dataclass
class FoundStatistic:
    value: float
    unit: str
    start: int  # the number's span in the text given
    end: int
    text: str
    qualifier: str | None = None
    subject: str | None = None
    period: str | None = None
    comparison: str | None = None
    direction: str | None = None
    change_from: float | None = None


@lru_cache(maxsize=1)
def _rules() -> dict:
    rules = json.loads((models_dir() / "patterns" / "statistics.json").read_text())
    rules["not_before_set"] = {w.lower() for w in rules["not_before"]}
    rules["qualifier_re"] = re.compile(
        r"(?:^|\s)(?P<q>" + "|".join(re.escape(q) for q in sorted(rules["qualifiers"], key=len, reverse=True)) + r")\s*$", re.I
    )
    rules["other_units_re"] = re.compile(r"\s*(?:" + "|".join(re.escape(u) for u in sorted(rules["other_units"], key=len, reverse=True)) + r")\b", re.I)
    rules["not_after_re"] = re.compile(r"^\s*(?:" + "|".join(re.escape(u) for u in sorted(rules["not_after"], key=len, reverse=True)) + r")(?![a-z])", re.I)
    rules["address_re"] = re.compile(r"\s+(?:[A-Z][a-z'’]+\s+){1,3}(?:" + "|".join(rules["address_words"]) + r")\b")
    rules["comparison_re"] = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in rules["comparisons"]) + r")\b", re.I)
    return rules


_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_MONEY_RE = re.compile(
    rf"(?P<cur>US\$|CA\$|£|\$|€)\s{{0,3}}(?P<num>{_NUM})(?:\s?(?P<mult>bn|billion|million|mn|m|k|thousand)\b)?"
    rf"|(?P<num2>{_NUM})\s?(?P<mult2>bn|billion|million|m|k)?\s?(?P<cur2>pounds|euros?|dollars)\b",
    re.I,
)
_PERCENT_RE = re.compile(rf"(?P<num>{_NUM})(?:\s?(?:-|–|to)\s?(?P<num_b>{_NUM}))?\s?(?P<pct>%|per\s?cent\b|percent\b)(?P<plus>\+)?", re.I)
_WORD_NUM = r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)"
_RATIO_RE = re.compile(
    rf"\b(?P<a>\d{{1,3}}|{_WORD_NUM}) (?:in|out of) (?P<b>\d{{1,2}}|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)\b(?! (?:the|a|an|this|which|its|their)\b)", re.I
)
_ATTACHED_UNIT_RE = re.compile(r"(?<![\w.,£$€])(?P<num>\d+(?:\.\d+)?)(?P<unit>mph|kph|km|kg|m2|sqm|ha|hrs|mins|kw|kwh|mw)\b", re.I)
_DIGITS_RE = re.compile(rf"(?<![\w.,/£$€#:=?&-])(?P<num>{_NUM})(?P<plus>\+)?(?![\w/%£]|[.,]\d|-\d|:\d)")
_TALLY_RE = re.compile(
    r"\d+\s+(?:votes?\s+)?(?:for|in favour)\W+(?:and\s+|with\s+)?\d+\s+against(?:\W+(?:and\s+|with\s+)?\d+\s+abst\w*)?|"
    r"\b(?:For|Against|Abstain\w*)\s*[:\-–(]\s*\d+\)?|\(\s*\d+\s*(?:for|votes?)?\s*\)|\d+\s+abstentions?",
    re.I,
)
_DATE_NEAR_RE = re.compile(r"^\s*(?:st|nd|rd|th)?\s*(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b", re.I)
_MONTH_BEFORE_RE = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*$", re.I)
_PHONE_RE = re.compile(r"\b0\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b|\+44[\d\s]{9,13}")
_COUNT_MULTIPLIER_RE = re.compile(r"\s(million|billion|thousand)\b", re.I)
_HYPHEN_DURATION_RE = re.compile(
    r"\b(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)-(?:year|month|week|day|hour)s?\b(?!-old|\s+old)", re.I
)
_URL_RE = re.compile(r"(?:https?://|www\.)\S+|^URL:.*$", re.M)
_TIME_AFTER_RE = re.compile(r"^(?:[.:]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.|hrs\b|o['’]clock)", re.I)
_PERIOD_RE = re.compile(
    r"\b(?:Q[1-4]|[Qq]uarter [1-4]|[Pp]eriod \d{1,2})(?:\s+(?:of\s+)?(?:19|20)\d{2}(?:[-/]\d{2,4})?)?|\b(?:19|20)\d{2}[-/]\d{2,4}\b|\b(?:in|during|for|since|by) (?:19|20)\d{2}\b"
    r"|\b(?:the )?(?:last|past|previous|next|coming) (?:\d+|two|three|four|five|six|twelve|few) (?:months|years|weeks|days)\b|\b(?:this|last|next) (?:financial )?year\b|\byear to date\b|\bper (?:year|annum|month|week)\b",
)
_SUBJECT_STOP = {
    "was", "were", "had", "has", "have", "is", "are", "would", "will", "could", "should", "who", "which", "that", "and", "but", "from",
    "to", "than", "by", "with", "compared", "being", "been", "as", "at", "when", "where", "while", "whilst", "this", "it", "they", "he",
    "she", "we", "or", "against", "per", "into", "the", "a", "an", "had", "did", "not", "also", "on", "since", "over", "under", "during",
    "across", "unless", "throughout", "including", "within", "until", "saying", "said",
}


@lru_cache(maxsize=1)
def _fractions_re() -> re.Pattern:
    """'half of', 'two thirds of the', 'a quarter of all': one pattern for every fraction word."""
    phrases = sorted(fraction_words(), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b(?= of\b| the\b| (?:their|its|all)\b)", re.I)


_PAYMENT_HEADER_RE = re.compile(r"\b(?:Payee|Cheque No|Chq\.? No|Net\s+VAT\s+Gross|Net\s+VAT|VAT\s+Gross)\b")
_PAYMENT_AMOUNT_RE = re.compile(r"\d{1,3}(?:,\d{3})*\.\d{1,2}|\d+\.\d{1,2}")


def _payment_zones(text: str) -> list[tuple[int, int]]:
    """A payments list flattened into text ('Payee Cheque No Net VAT Gross ... 487.50 97.5 585.00'):
    the header's paragraph and the next one (its total), where bare decimals are pounds."""
    zones = []
    for m in _PAYMENT_HEADER_RE.finditer(text):
        end = m.end()
        for _ in range(2):
            nxt = text.find("\n\n", end + 2)
            end = len(text) if nxt == -1 else nxt
        zones.append((m.start(), min(end, m.start() + 3000)))
    return zones


class _Claimed:
    """Which characters already belong to a number or an exclusion (a byte mask: fast to test)."""

    def __init__(self, length: int) -> None:
        self.mask = bytearray(length + 1)

    def add(self, a: int, b: int) -> None:
        a, b = max(0, a), min(len(self.mask) - 1, b)
        if b > a:
            self.mask[a:b] = b"\x01" * (b - a)

    def free(self, a: int, b: int) -> bool:
        return self.mask.find(1, max(0, a), max(a, b)) == -1


def find_statistics(text: str, base: int = 0, excluded: list[tuple[int, int]] | None = None) -> list[FoundStatistic]:
    """All statistics in `text` (offsets relative to it); `excluded` spans are skipped."""
    rules = _rules()
    claimed = _Claimed(len(text))
    for a, b in excluded or []:
        claimed.add(a, b)
    for regex in (_TALLY_RE, _PHONE_RE, _URL_RE):
        for m in regex.finditer(text):
            claimed.add(m.start(), m.end())
    found: list[FoundStatistic] = []
    free = claimed.free

    def keep(start: int, end: int, value: float, unit: str) -> None:
        """Record a statistic and claim its characters, so no later pattern reads them again."""
        found.append(_stat(text, start, end, value, unit))
        claimed.add(start, end)

    for stat in text_table_statistics(text):
        if free(stat.start, stat.end):
            found.append(stat)
            claimed.add(stat.start, stat.end)

    for m in _MONEY_RE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        cur = m.group("cur") or m.group("cur2")
        value = parse_digits(m.group("num") or m.group("num2"))
        if value is None:
            continue
        value = apply_multiplier(value, m.group("mult") or m.group("mult2"))
        unit = "GBP" if cur.lower() in {"£", "pounds"} else "other"
        keep(m.start(), m.end(), value, unit)
    for m in _PERCENT_RE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        for group in ("num", "num_b"):
            if m.group(group):
                value = parse_digits(m.group(group))
                if value is not None and value <= 1000:
                    found.append(_stat(text, m.start(group), m.end(), value, "percent"))
        claimed.add(m.start(), m.end())
    for m in _ATTACHED_UNIT_RE.finditer(text):  # "52mph", "3.5km"
        if free(m.start(), m.end()):
            value = parse_digits(m.group("num"))
            if value:
                keep(m.start(), m.end(), value, "other")
    for m in _RATIO_RE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        a, b = _word_or_digits(m.group("a")), _word_or_digits(m.group("b"))
        if a and b and 0 < a <= b and not _MONTH_BEFORE_RE.search(text[: m.start()]):
            keep(m.start(), m.end(), round(100 * a / b, 1), "percent")
    for m in re.finditer(r"\b(?:half a|a quarter of a|quarter of a)\s+(million|billion)\b", text, re.I):
        if free(m.start(), m.end()):  # "half a million nationally"
            fraction = 0.5 if m.group(0).lower().startswith("half") else 0.25
            keep(m.start(), m.end(), fraction * MULTIPLIERS[m.group(1).lower()], "count")
    fractions = fraction_words()
    for m in _fractions_re().finditer(text):
        if free(m.start(), m.end()) and not re.search(r"\b(?:on behalf|behalf)\s*$", text[max(0, m.start() - 10): m.start()]):
            keep(m.start(), m.end(), fractions[m.group(0).lower()], "percent")
    zones = _payment_zones(text)
    for m in _DIGITS_RE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        if zones and _PAYMENT_AMOUNT_RE.fullmatch(m.group("num")) and any(a <= m.start() < b for a, b in zones):
            value = parse_digits(m.group("num"))
            if value and not re.search(r"(?:^|\n)[ \t]*$|\bat\s*$", text[max(0, m.start() - 12): m.start()]):
                found.append(_stat(text, m.start(), m.end(), value, "GBP"))  # "487.50 97.5 585.00" under "Net VAT Gross"
                claimed.add(m.start(), m.end())
            continue
        if _is_excluded_number(text, m, rules):
            continue
        value = parse_digits(m.group("num"))
        if value is None:
            continue
        end = m.end()
        multiplier = _COUNT_MULTIPLIER_RE.match(text, end)
        if multiplier:  # "18 million passengers"
            value = apply_multiplier(value, multiplier.group(1))
            end = multiplier.end()
            claimed.add(m.start(), end)
        unit = "other" if rules["other_units_re"].match(text, end) or re.match(r"\s*/\s*\d", text[m.end():]) else "count"
        found.append(_stat(text, m.start(), end, value, unit))
    for m in _HYPHEN_DURATION_RE.finditer(text):  # "a two-year contract", "a 12-month extension"
        if free(m.start(), m.end()):
            value = _word_or_digits(m.group("n"))
            if value:
                keep(m.start(), m.end(), value, "other")
    for m in _word_number_matches(text):
        if not free(m[0], m[1]):
            continue
        start, end, value, range_unit = m
        unit = "other" if rules["other_units_re"].match(text, end) or rules["other_units_re"].fullmatch(" " + range_unit) else "count"
        found.append(_stat(text, start, end, value, unit))
    found.sort(key=lambda s: s.start)
    _pair_changes(text, found)
    for stat in found:
        stat.start += base
        stat.end += base
    return found


def _word_or_digits(token: str) -> float | None:
    return parse_digits(token) if token[0].isdigit() else parse_number_words(token)


_WORD_NUMBER_RE = re.compile(
    r"\b(?P<w>(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?)(?:\s+(?:hundred|thousand|million)(?:\s+and\s+\w+)?)?|a\s+(?:hundred|thousand|dozen)|(?:a |one )?dozen)\b(?=\s+(?P<next>[A-Za-z][\w'-]*))",
    re.I,
)
_WORD_NUMBER_NEXT_STOP = {
    "of", "another", "or", "to", "in", "and", "way", "hand", "off", "point", "such", "who", "which", "that", "is", "was", "would", "will",
    "could", "should", "had", "has", "have", "another", "more", "time", "thing", "item", "the", "a", "an", "on", "at", "by", "for", "from",
    "with", "as", "but", "if", "so", "it", "he", "she", "they", "we", "you", "day", "o'clock", "pm", "am", "side", "stage", "phase", "part",
    "occasion", "occasions", "option", "options", "element", "particular", "aspect", "issue", "matter", "member", "councillor", "person",
    "minute", "moment", "year-old", "years-old",
}


def _word_number_matches(text: str):
    for m in _WORD_NUMBER_RE.finditer(text):
        words = m.group("w").lower()
        nxt = m.group("next").lower()
        is_range = re.match(r"\s+(?:to|or)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\b", text[m.end():], re.I)
        if is_range and words not in {"a", "one"}:
            nxt = ""  # "eight to nine sessions": the first end of a range counts too
        if nxt in _WORD_NUMBER_NEXT_STOP or words in {"a", "one"} and not _counts_one(text, m):
            continue
        if words == "a" or (words.startswith("a ") and "hundred" not in words and "thousand" not in words and "dozen" not in words):
            continue
        before = text[max(0, m.start() - 25): m.start()].lower()
        if re.search(r"\b(?:those|this|each|every|no|whichever|aged?|under|over the age of|year|stage|key stage|level|phase|page|item)\s*$", before):
            continue
        if _is_period(text, m.start(), m.end(), before):
            continue
        if re.match(r"\s+(?:years? old|year-old|-year-old)", text[m.end():]) or "year-old" in text[m.end(): m.end() + 10]:
            continue
        value = parse_number_words(words)
        if value is None or value == 0:
            continue
        if nxt in {"hundred", "thousand", "million"}:
            continue
        if is_range:
            unit_word = re.match(r"\s+(?:to|or)\s+\w+\s+(\w+)", text[m.end():])
            yield m.start(), m.end(), value, (unit_word.group(1) if unit_word else "")
            continue
        yield m.start(), m.end(), value, ""


def _counts_one(text: str, m: re.Match) -> bool:
    """'one' is a statistic only as a count of something in the business ('one foster carer')."""
    before = text[max(0, m.start() - 20): m.start()].lower()
    return not re.search(r"\b(?:the|this|that|no|any|each|every|which|only|at|as|of|in|to|one|just)\s*$", before) and m.group("next").lower().endswith("s") is False and m.group("next")[0].islower()


def _is_excluded_number(text: str, m: re.Match, rules: dict) -> bool:
    start, end = m.start(), m.end()
    raw = m.group("num")
    value = parse_digits(raw)
    if value is None:
        return True
    before = text[max(0, start - 40): start]
    prev_word = re.search(r"([A-Za-z][A-Za-z.']*)[\s.:#]*$", before)
    if prev_word and prev_word.group(1).lower().rstrip(".") in rules["not_before_set"] and not rules["qualifier_re"].search(before):
        return True
    if prev_word and prev_word.group(1).lower() in {"no.", "nos."}:
        return True
    after = text[end: end + 20]
    if rules["not_after_re"].match(after) or _TIME_AFTER_RE.match(after) or _DATE_NEAR_RE.match(after) or _MONTH_BEFORE_RE.search(before):
        return True
    if re.match(r"^\s*(?:-|–|to)\s*(?:\d+\s*)?(?:-?year-old|years? old|year olds)", after):
        return True
    if re.search(r"(?:^|\n)[ \t(]*$", before) and re.match(r"^[.):]", after):
        return True  # list or minute number at the start of a line
    if re.search(r"\(\s*$", before) and re.match(r"^\s*\)", after):
        return True  # "(17)": a label or a tally
    if "," not in raw and "." not in raw and 1800 <= value <= 2100:
        return True  # a year
    if re.search(r"\b(?:aged|age of|ages?)\s+(?:over|under|between|from)?\s*(?:\d+\s*(?:-|–|to|and)\s*)?$", before, re.I) or re.search(r"\bunder\s*$", before) and re.match(r"\s*(?:-|–)?\s*years?", after):
        return True
    if re.match(r"^\s*(?:-|–|/)\s*\d", after) and not re.match(r"^\s*(?:-|–)\s*\d+\s*(?:%|per)", after):
        return True  # ranges of years, references 24/00093
    if re.search(r"[/-]\s*$", before[-2:]):
        return True
    if value == 0 or re.match(r"0\d", raw):
        return True  # nothing counted, or a reference number such as "08"
    line_start = re.search(r"(?:^|\n)[ \t]*(?:[o•·*-][ \t]+)?$", before)
    if line_start and (re.match(r"^\s+[A-Z]", after) or not after.strip() or "." in raw):
        return True  # a paragraph number "17.3 Cllr Lord" or a lone number on its line
    if rules["address_re"].match(after):
        return True  # "125 Hunters Bay Road": an address
    if re.match(r"^\+\s+[A-Z]", after):
        return True  # "18+ Care Leaver Service": an age group's name
    if re.match(r"^\s+[A-Z]", after) and not rules["qualifier_re"].search(before) and not re.search(r"\b[a-z]+\s*$", before):
        return True  # "97 Audit Recommendation Tracker": a label, not a count
    if _is_period(text, start, end, before):
        return True
    if re.fullmatch(r"\d{1,2}[.:]\d{2}", raw) and re.search(r"\b(?:at|until|from|by|to)\s*$", before):
        return True  # a time of day: "closed at 20.50"
    if re.search(r"(?<![.!?:]\s)(?<!^)\b[A-Z][a-z]+\s+$", before) and not rules["qualifier_re"].search(before) and not re.search(r"\b(?:In|By|Of|With|From|To|For|At|Over|About|Around)\s+$", before):
        return True  # "Tender 1", "Option 2", "Recommendation 17": a label
    label_range = re.search(r"\b([A-Za-z]+)\.?\s+\d+(?:\.\d+)?\s*(?:to|-|–|and|&|,)\s*$", before)
    if label_range and label_range.group(1).lower() in rules["not_before_set"]:
        return True  # "paragraphs 7 to 20"
    if not re.match(r"^\s*[A-Za-z(£]", after) and not rules["qualifier_re"].search(before) and not re.match(r"^\s*[.,;)]", after):
        return True  # a bare number with nothing it counts
    if re.match(r"^\s*[.,;)]", after) and not rules["qualifier_re"].search(before) and not re.search(r"\b(?:of|to|by|was|were|is|are|at|totalled|reached|numbered)\s*$", before):
        return True
    return False


_PERIOD_BEFORE_RE = re.compile(r"\b(?:past|previous|last|next|coming|first|final|over the|for the|within|in the|during the|the)\s*$", re.I)
_PERIOD_UNITS_RE = re.compile(r"\s*(?:years?|months?|weeks?|days?|decades?)\b", re.I)


def _is_period(text: str, start: int, end: int, before: str) -> bool:
    """'the past five years', 'over the next 3 months': a period, not a measure."""
    return bool(_PERIOD_UNITS_RE.match(text, end) and _PERIOD_BEFORE_RE.search(before))


def _stat(text: str, start: int, end: int, value: float, unit: str) -> FoundStatistic:
    rules = _rules()
    before = text[max(0, start - 40): start]
    q = rules["qualifier_re"].search(before)
    qualifier = q.group("q").lower() if q else None
    if text[end: end + 1] == "+":
        qualifier = qualifier or "+"
        end += 1
    phrase_start = start - (len(before) - q.start("q")) if q else start
    if unit in {"percent", "GBP"}:
        # money and shares name their subject after "of/for/on/towards", else before the number
        m = re.match(r"\s+(?:of|for|on|towards|to fund|in)\s+", text[end: end + 14])
        noun = re.match(r"\s+([a-z][a-z-]+)\b", text[end: end + 30])
        noun_follows = noun and noun.group(1) not in _SUBJECT_STOP and not noun.group(1).endswith("ed") and noun.group(1) not in {"per", "each", "a", "an"}
        subject, subject_end = _subject_after(text, end) if m or noun_follows else (None, 0)
        if not subject:
            subject = _subject_before(text, phrase_start)
    else:
        subject, subject_end = _subject_after(text, end)
    if subject:
        subject = _tidy_subject(subject)
        if not subject or _PERIOD_RE.fullmatch(subject):
            subject = _subject_before(text, phrase_start)
    sentence = _sentence_around(text, start)
    period = _PERIOD_RE.search(sentence)
    comparison = rules["comparison_re"].search(sentence)
    direction = _direction(text[max(0, start - 60): start + 40], rules)
    phrase_end = max(end, subject_end) if subject_end else end
    return FoundStatistic(
        value=value,
        unit=unit,
        start=start,
        end=end,
        text=squash(text[max(0, phrase_start): phrase_end])[:200],
        qualifier=qualifier,
        subject=subject,
        period=squash(period.group(0)) if period else None,
        comparison=squash(comparison.group(0)) if comparison else None,
        direction=direction,
    )


def _subject_after(text: str, end: int) -> tuple[str | None, int]:
    m = re.match(r"[ \t\n]*(?:(?:of|in)\s+)?", text[end:])
    pos = end + (m.end() if m else 0)
    words = []
    cursor = pos
    for wm in re.finditer(r"[A-Za-z][\w'’&-]*|[(),.;:!?]|\S", text[pos: pos + 120]):
        token = wm.group(0)
        if not re.match(r"[A-Za-z]", token) or (words and token.lower() in _SUBJECT_STOP) or len(words) >= 7:
            break
        if words and token.islower() and len(token) > 4 and token.endswith("ed"):
            break  # "58 children lived ...": a verb ends the noun phrase
        if not words and token.lower() in _SUBJECT_STOP - {"of"}:
            break
        words.append(token)
        cursor = pos + wm.end()
    while words and words[-1].lower() in {"of", "in", "for", "on", "the", "a", "and"}:
        words.pop()
    if not words:
        return None, 0
    return " ".join(words), cursor


def _tidy_subject(subject: str) -> str | None:
    """No leading 'of'/'for', no trailing 'aged'/'of': the noun phrase itself."""
    words = subject.split()
    while words and words[0].lower() in {"of", "for", "in", "on", "to", "by", "at"}:
        words.pop(0)
    while words and words[-1].lower() in {"aged", "of", "for", "in", "on", "to", "by", "at", "and", "the", "a"}:
        words.pop()
    tidy = " ".join(words)
    return tidy if tidy and not re.fullmatch(r"(?:Q[1-4]|quarter \d|the year|this year|last year)", tidy, re.I) else None


def _subject_before(text: str, start: int) -> str | None:
    paren = re.search(r"\(\s*$", text[max(0, start - 3): start])
    if paren:  # "dental checks for CLA (42%)": the phrase before the bracket
        start = text.rfind("(", 0, start)
    chunk = text[max(0, start - 80): start]
    chunk = re.split(r"[.;:!?\n(]", chunk)[-1]
    words = [w for w in re.findall(r"[A-Za-z][\w'’&-]*", chunk) if len(w) > 1 or w in {"A", "I"}]
    while words and words[-1].lower() in _SUBJECT_STOP | {"of", "for", "in", "around", "about", "over", "some", "approximately", "total", "budget"} - {"budget"}:
        words.pop()
    picked = []
    for w in reversed(words):
        if w.lower() in _SUBJECT_STOP or len(picked) >= 6:
            break
        picked.append(w)
    return " ".join(reversed(picked)) or None


def _sentence_around(text: str, pos: int) -> str:
    lo = max(text.rfind(". ", 0, pos), text.rfind("\n\n", 0, pos), 0)
    hi_candidates = [i for i in (text.find(". ", pos), text.find("\n\n", pos)) if i != -1]
    hi = min(hi_candidates) if hi_candidates else len(text)
    return text[lo:hi]


def _direction(window: str, rules: dict) -> str | None:
    words = set(re.findall(r"[a-z]+", window.lower()))
    if words & set(rules["increase_words"]) - {"more"}:
        return "increase"
    if words & set(rules["decrease_words"]) - {"less", "fewer"}:
        return "decrease"
    return None


def _pair_changes(text: str, stats: list[FoundStatistic]) -> None:
    """'from 15% to 26%': the second gets change_from 15 and a direction."""
    for first, second in zip(stats, stats[1:]):
        between = text[first.end: second.start]
        if first.unit == second.unit and re.fullmatch(r"\s*(?:%|per ?cent)?\s*(?:to|and)\s*(?:more than |over |around |about )?", between, re.I):
            if re.search(r"\bfrom\s*(?:around |about )?$", text[max(0, first.start - 12): first.start]):
                second.change_from = first.value
                second.direction = "increase" if second.value > first.value else "decrease" if second.value < first.value else None


# --- tables -------------------------------------------------------------------------------

_CELL_NUMBER_RE = re.compile(r"^\s*(?P<cur>£|\$|€)?\s*(?P<num>-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)\s*(?P<mult>m|k|bn)?\s*(?P<pct>%)?\s*$", re.I)
_NOT_MEASURE_HEADER_RE = re.compile(r"\b(?:no\.?|number|ref(?:erence)?|cheque|chq|invoice|account|a/c|year|date|item|minute|code|id|tel|phone|page|para(?:graph)?|ward|postcode|version|rank)\b", re.I)
_MONEY_HEADER_RE = re.compile(r"£|\b(?:gbp|amount|net|vat|gross|total|cost|costs|budget|spend|income|expenditure|price|grant|payment|value|balance|salary|fee|fees|£k|£m)\b", re.I)
_PERIOD_HEADER_RE = re.compile(r"\b(?:19|20)\d{2}(?:[-/]\d{2,4})?\b|\bQ[1-4]\b|\bquarter\b", re.I)


@dataclass
class TableCell:
    start: int
    end: int
    table: int
    row: int
    col: int
    text: str


def table_statistics(cells: list[TableCell]) -> list[FoundStatistic]:
    """Numbers in table cells, with the row label and column header as subject and period.

    A header that names a reference ('Cheque No', 'Year') makes its column labels, not
    measures; '£' or a money word in the cell or header makes the column GBP.
    """
    found: list[FoundStatistic] = []
    tables: dict[int, dict[int, dict[int, TableCell]]] = {}
    for cell in cells:
        tables.setdefault(cell.table, {}).setdefault(cell.row, {})[cell.col] = cell
    for rows in tables.values():
        header_row = next((r for r in sorted(rows) if _mostly_words(rows[r].values())), None)
        headers = {col: cell.text for col, cell in rows.get(header_row, {}).items()} if header_row is not None else {}
        for r in sorted(rows):
            if r == header_row:
                continue
            row = rows[r]
            label = next((c.text for _, c in sorted(row.items()) if c.text.strip() and not _CELL_NUMBER_RE.match(c.text)), "")
            first_col = min(row)
            for col, cell in sorted(row.items()):
                m = _CELL_NUMBER_RE.match(cell.text)
                if m and col == first_col and not m.group("cur") and not m.group("pct") and re.fullmatch(r"\d{1,3}", m.group("num")):
                    continue  # "1", "2", "3" down the first column: item numbers
                header = squash(headers.get(col, ""))
                if not m or _NOT_MEASURE_HEADER_RE.search(header) or (not header and not label):
                    continue
                value = parse_digits(m.group("num").lstrip("-"))
                if value is None or value == 0:
                    continue
                if not m.group("cur") and not m.group("pct") and "," not in m.group("num") and "." not in m.group("num") and 1900 <= value <= 2100:
                    continue  # a year in a table
                value = apply_multiplier(value, m.group("mult"))
                if m.group("pct") or "%" in header:
                    unit = "percent"
                elif m.group("cur") == "£" or _MONEY_HEADER_RE.search(header):
                    unit = "GBP"
                    if re.search(r"£\s*k\b|\(£k\)|£000", header, re.I):
                        value *= 1_000
                    elif re.search(r"£\s*m\b|\(£m\)", header, re.I):
                        value *= 1_000_000
                elif m.group("cur"):
                    unit = "other"
                else:
                    unit = "count"
                subject = " – ".join(p for p in (squash(label), header) if p and not _PERIOD_HEADER_RE.fullmatch(p)) or None
                period = header if header and _PERIOD_HEADER_RE.search(header) else None
                found.append(FoundStatistic(value=value, unit=unit, start=cell.start, end=cell.end, text=squash(f"{label} {header} {cell.text}")[:200], subject=subject, period=period))
    return found


def _mostly_words(cells) -> bool:
    cells = [c for c in cells if c.text.strip()]
    return bool(cells) and sum(1 for c in cells if not _CELL_NUMBER_RE.match(c.text)) >= 0.75 * len(cells)


# --- tables that a PDF's text layer gives as lines of numbers ---------------------------------

_NUM_TOKEN = r"(?:[-–]?£?\d[\d,]*(?:\.\d+)?%?|[-–])"
_NUMERIC_ROW_RE = re.compile(
    rf"^[ \t]*(?P<label>(?:[A-Za-z(][^\n£%]{{1,80}}?|(?:19|20)\d{{2}}(?:[-/]\d{{2,4}})?))[ \t]+(?P<nums>{_NUM_TOKEN}(?:[ \t]+{_NUM_TOKEN}){{1,12}})[ \t]*$",
    re.M,
)
_UNIT_MARK_RE = re.compile(r"\(\s*(£m|£k|£000s?|£|%|m|k|number|no\.?)\s*\)", re.I)


def text_table_statistics(text: str) -> list[FoundStatistic]:
    """Rows of numbers under a header, as a PDF table reads line by line ('2025/26 1.50 2.67 3.10 0.43').

    A block needs three or more such rows in a row; columns are named from the header when it
    splits into as many names as the rows have numbers (at unit marks like '(£m)', else at spaces).
    """
    rows = list(_NUMERIC_ROW_RE.finditer(text))
    found: list[FoundStatistic] = []
    block: list[re.Match] = []
    for row in rows + [None]:
        if row is not None and block and _next_line(text, block[-1].end()) == row.start() and _width(row) == _width(block[-1]):
            block.append(row)
            continue
        if len(block) >= 3:
            found += _block_statistics(text, block)
        block = [row] if row is not None else []
    return found


def _width(row: re.Match) -> int:
    return len(re.findall(_NUM_TOKEN, row.group("nums")))


def _next_line(text: str, end: int) -> int:
    return end + 1 if text[end: end + 1] == "\n" else -1


def _block_statistics(text: str, block: list[re.Match]) -> list[FoundStatistic]:
    header_start = text.rfind("\n\n", 0, block[0].start())
    lines = text[max(0, header_start, block[0].start() - 600): block[0].start()].strip().split("\n")[-6:]
    caption = next((ln for ln in reversed(lines) if re.match(r"\s*Table\s+\d", ln)), "")
    header_lines = lines[lines.index(caption) + 1:] if caption in lines else lines[-2:]
    header = squash(" ".join(header_lines))
    width = _width(block[0])
    columns = _split_columns(header, width)
    table_unit = _UNIT_MARK_RE.search(caption) or _UNIT_MARK_RE.search(header)
    found = []
    for row in block:
        label = squash(row.group("label"))
        for index, token in enumerate(re.finditer(_NUM_TOKEN, row.group("nums"))):
            raw = token.group(0).replace(" ", "")
            if raw in {"-", "–"}:
                continue
            column = columns[index] if columns else ""
            unit_mark = (_UNIT_MARK_RE.search(column) or table_unit)
            value = parse_digits(raw.lstrip("-–£").rstrip("%"))
            if value is None:
                continue
            value = -value if raw[0] in "-–" else value
            unit, value = _table_unit(raw, unit_mark.group(1).lower() if unit_mark else "", value)
            start = row.start("nums") + token.start()
            period = next((p for p in (label, column) if _PERIOD_HEADER_RE.fullmatch(p.strip() or "x")), None)
            subject = " – ".join(p for p in (label, _UNIT_MARK_RE.sub("", column).strip()) if p and p != period) or None
            found.append(FoundStatistic(value, unit, start, start + len(token.group(0)), squash(f"{label} {column} {raw}")[:200], subject=subject, period=period))
    return found


def _split_columns(header: str, width: int) -> list[str]:
    marked = [squash(p) for p in re.split(r"(?<=\))\s+", header) if p.strip()]
    marked = [p for p in marked if _UNIT_MARK_RE.search(p)]
    if len(marked) == width:
        return marked
    plain = header.split()
    return plain[-width:] if len(plain) >= width and all(_PERIOD_HEADER_RE.search(p) or p.lower() == "total" for p in plain[-width:]) else []


def _table_unit(raw: str, mark: str, value: float) -> tuple[str, float]:
    if raw.endswith("%") or mark == "%":
        return "percent", value
    if "£" in raw or mark.startswith("£") or mark in {"m", "k"}:
        scale = {"£m": 1e6, "m": 1e6, "£k": 1e3, "k": 1e3, "£000": 1e3, "£000s": 1e3}.get(mark, 1)
        return "GBP", round(value * scale, 2)
    return "count", value
