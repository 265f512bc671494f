"""Counts and the numbers that are not statistics: word numbers ('six care leavers'), and the
exclusions of ANNOTATION.md for a bare number (dates, years, times, references, section and
paragraph numbers, addresses, ages as labels, labels such as 'Option 2').

Split from statistics.py; the vocabulary (not_before, not_after, address words ...) is data in
models/patterns/statistics.json, passed in as `rules`.
"""

from __future__ import annotations

import re

from .numbers import parse_digits, parse_number_words

_DATE_NEAR_RE = re.compile(r"^\s*(?:st|nd|rd|th)?\s*(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b", re.I)
MONTH_BEFORE_RE = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*$", re.I)
_DATE_BEFORE_RE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]{1,3}\d{1,2}(?:st|nd|rd|th)?,[ \t]{0,3}$", re.I)
_TIME_AFTER_RE = re.compile(r"^(?:[.:]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.|hrs\b|o['’]clock)", re.I)
_SUBPART_AFTER_RE = re.compile(r"^\([a-zA-Z0-9]{1,4}\)")  # "100(B)", "8(1)", "16(B)(2)": a section or paragraph
_LABEL_LIST_RE = re.compile(
    r"\b([A-Za-z]+)\.?[ \t]{1,3}(?:from[ \t]{1,3})?\d+(?:\.\d+)?[a-z]?(?:[ \t]{0,3}(?:,|and|&|or|to|-|–|thru|through)[ \t]{0,3}\d+(?:\.\d+)?[a-z]?){0,12}[ \t]{0,3}(?:to|-|–|and|&|,|or|thru|through)[ \t]{0,3}$"
)
_TIME_BEFORE_RE = re.compile(r"\b\d{1,2}[ \t]?:[ \t]?$|\b(?:19|20)\d{2}[ \t]{1,3}at[ \t]{1,3}$")  # "7 : 45", "March 11, 2021 at 10"
_DATE_RANGE_AFTER_RE = re.compile(
    r"^\s{0,2}(?:and|&|-|–|to)\s{0,2}\d{1,2}(?:st|nd|rd|th)?\s{1,2}(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b", re.I
)
_HEADING_AFTER_RE = re.compile(r"^\s{1,3}[A-Z]{3,}[A-Z'’]{0,20}[ \t]{1,3}[A-Z]{2,}")
_AGE_PAIR_AFTER_RE = re.compile(r"^[ \t]{0,2}(?:and|or|to|-|–|&)[ \t]{0,2}\d{1,2}[ \t-]{0,2}(?:years?|yrs?)[ -]?olds?\b", re.I)
_PLACE_BEFORE_RE = re.compile(r"\b(?:outside|opposite|near|behind|adjoining|adjacent to|at)[ \t]{1,3}$", re.I)
_NOUN_BEFORE_RE = re.compile(
    r"\b(?!(?:of|to|by|was|were|is|are|be|been|at|from|with|for|than|about|around|over|under|nearly|almost|only|just|total|totalled|totalling|"
    r"reached|numbered|received|had|has|have|and|or|some|all|approximately|by|in|on|per|into|costs?|paid|pay|spent|raised|needed|needs|employs?|about)\b)[a-z]{3,}(?<!ed)(?<!ing)[ \t]{1,2}$"
)
_LIST_COUNT_RE = re.compile(r"(?:^|[,;:–—-]|\band)[ \t]{0,3}\d{1,4}[ \t]{1,3}[A-Z]")

_WORD_NUMBER_RE = re.compile(
    r"\b(?P<w>(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -](?:one|two|three|four|five|six|seven|eight|nine)\b)?|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?:\s+(?:hundred|thousand|million)(?:\s+and\s+\w+)?)?|a\s+(?:hundred|thousand|dozen)|(?:a |one )?dozen)\b(?P<repeat>(?:[ \t]{0,2}|[ \t]?\n[ \t]?)\([ \t]{0,2}\d{1,4}[ \t]{0,2}\))?(?=\s+[‘“\"]?(?P<next>[A-Za-z][\w'-]*)|[ \t]?[.;](?:\s|$))",
    re.I,
)
_WORD_NUMBER_NEXT_STOP = {
    "of",
    "another",
    "or",
    "to",
    "in",
    "and",
    "way",
    "hand",
    "off",
    "point",
    "such",
    "who",
    "which",
    "that",
    "is",
    "was",
    "would",
    "will",
    "could",
    "should",
    "had",
    "has",
    "have",
    "another",
    "more",
    "time",
    "thing",
    "item",
    "the",
    "a",
    "an",
    "on",
    "at",
    "by",
    "for",
    "from",
    "with",
    "as",
    "but",
    "if",
    "so",
    "it",
    "he",
    "she",
    "they",
    "we",
    "you",
    "day",
    "o'clock",
    "pm",
    "am",
    "side",
    "stage",
    "phase",
    "part",
    "occasion",
    "occasions",
    "option",
    "element",
    "particular",
    "aspect",
    "issue",
    "matter",
    "member",
    "councillor",
    "person",
    "minute",
    "moment",
    "year-old",
    "years-old",
    "abstentions",
    "abstention",
    "abstained",
    "ballot",
    "votes",
    "vote",
    "storey",
    "story",
    "bedroom",
    "bedroomed",
    "bed",
}
_NUMBER_WORD_BEFORE_RE = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[ \t]$")
_END_COUNT_BEFORE_RE = re.compile(r"(?<!age )\b(?:of|totall?ed|totalling|numbered|reached)[ \t]{1,3}$", re.I)
_SENTENCE_GOES_ON = {"and", "were", "are", "have", "had", "who", "attended", "took", "received", "from", "with", "had", "will", "would", "did"}
_IRREGULAR_PLURALS = {"children", "people", "men", "women", "staff", "police", "cattle", "sheep", "geese", "mice"}
_PUBLIC_RE = re.compile(r"\s+of\s+the\s+public\b", re.I)
_CONTENTS_LINE_RE = re.compile(r"(?:^|\n)[ \t]*\d{1,2}\.[ \t]{1,3}[A-Z][A-Za-z ,&'’/()-]{2,80}[a-z][ \t]{1,3}$")
_MODAL_AFTER_SUBJECT = {"would", "will", "could", "had", "have"}
_ELLIPTIC_SUBJECT_BEFORE_RE = re.compile(r"(?:\b(?:and|but|while|whilst|whereas)|,)[ \t]{1,2}$", re.I)
_GROUPS_OF_RE = re.compile(r"\b(?:teams|groups|sets|packs|batches|rows|blocks|bundles|pairs|shifts)[ \t]{1,2}of[ \t]{1,2}$", re.I)


def _is_plural_noun(word: str) -> bool:
    """'people', 'members', 'applications': a noun naming several things (not 'class', 'bus', 'is')."""
    return word in _IRREGULAR_PLURALS or (len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")))


def word_number_matches(text: str, rules: dict):
    for m in _WORD_NUMBER_RE.finditer(text):
        words = m.group("w").lower()
        if m.group("next") is None:  # "a waiting list of four.": the number ends the sentence
            if _END_COUNT_BEFORE_RE.search(text[max(0, m.start() - 30) : m.start()]) and m.group("w").lower() not in {"a", "one"}:
                value = parse_number_words(m.group("w"))
                if value:
                    yield m.start(), m.end("w"), value, ""
            continue
        nxt = m.group("next").lower()
        if nxt in {"member", "members"} and _PUBLIC_RE.match(text, m.end("next")):
            nxt = "members of the public"  # "one member of the public": an attendance count
        if m.group("w")[0].isupper() and m.group("next")[0].isupper() and _capitalised_name(text, m):
            continue  # "via Three Ashes", "Four Oaks ward": a capitalised name, not a count
        is_range = re.match(
            r"\s+(?:to|or)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\b", text[m.end() :], re.I
        )
        if is_range and words not in {"a", "one"}:
            nxt = ""  # "eight to nine sessions": the first end of a range counts too
        if nxt == "of" and words != "one" and re.match(r"\s+of\s+(?:them|which|whom|these|those|us)\b", text[m.end("w") :], re.I):
            nxt = "of them"  # "co-opted two of them", "two of which had been closed"
        if nxt in rules["unit_gap_words"] and measure_follows(text, m.end("w"), rules):
            nxt = "measure"  # "two more days", "five further years"
        if nxt in _WORD_NUMBER_NEXT_STOP and _GROUPS_OF_RE.search(text, max(0, m.start() - 20), m.start()) and words not in {"a", "one"}:
            nxt = "group size"  # "two teams of three to operate": the size of each group is a count
        if nxt in _MODAL_AFTER_SUBJECT and words not in {"a", "one"} and _ELLIPTIC_SUBJECT_BEFORE_RE.search(text, max(0, m.start() - 6), m.start()):
            nxt = "subject"  # "two signs would be $50,000 and three would be $70,000": the number stands for the things counted
        if nxt in _WORD_NUMBER_NEXT_STOP or words in {"a", "one"} and not _counts_one(text, m, rules):
            continue
        if words == "a" or (words.startswith("a ") and "hundred" not in words and "thousand" not in words and "dozen" not in words):
            continue
        before = text[max(0, m.start() - 25) : m.start()].lower()
        if _NUMBER_WORD_BEFORE_RE.search(before):
            continue  # "three four pane windows": the second number describes the thing counted
        if re.search(r"\b(?:those|this|each|every|no|whichever|aged?|under|over the age of|year|stage|key stage|level|phase|page|item)\s*$", before) and not (
            before.rstrip().endswith("every") and measure_follows(text, m.end("w"), rules) or before.rstrip().endswith("those") and _is_plural_noun(nxt)
        ):  # "those three people" counts people
            continue  # "each one", "aged four"; but "every three months" is a measure
        if is_period(text, m.start(), m.end(), before):
            continue
        if re.match(r"\s+(?:years? old|year-old|-year-old)", text[m.end() :]) or "year-old" in text[m.end() : m.end() + 10]:
            continue
        value = parse_number_words(words)
        if value is None or value == 0:
            continue
        if nxt in {"hundred", "thousand", "million"}:
            continue
        if m.group("repeat") and parse_digits(m.group("repeat").strip(" \t\n()")) != value:
            continue  # "two (3)": one of them is not what it seems
        if is_range:
            unit_word = re.match(r"\s+(?:to|or)\s+\w+\s+(\w+)", text[m.end() :])
            yield m.start(), m.end("w"), value, (unit_word.group(1) if unit_word else "")
            continue
        yield m.start(), m.end("w"), value, ""


_REPEAT_AFTER_RE = re.compile(r"[ \t]{0,2}\([ \t]{0,2}[\w-]{1,14}[ \t]{0,2}\)")


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
    return bool(unit) and not ((gap or unit.group(0).endswith("ly")) and _counts_a_plural_after(text, unit))


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


_ONE_COUNTED_BEFORE_RE = re.compile(r"\b(?:only|just|there (?:was|is|were)|also present|attended by|with only)[ \t]{1,3}$", re.I)


def _capitalised_name(text: str, m: re.Match) -> bool:
    """'via Three Ashes' (mid-sentence, even across a line break) or 'Four Oaks' written capitalised
    more than once in the text: a place or a name, not a count."""
    if re.search(r"[a-z,][ \t]{0,3}\n?[ \t]{0,3}$", text[max(0, m.start() - 6) : m.start()]) and re.search(r"\s$", text[max(0, m.start() - 1) : m.start()]):
        return True
    name = m.group("w") + " " + m.group("next").rstrip("-'’")
    return text.count(name, max(0, m.start() - 20_000), m.start() + 20_000) >= 2


def _counts_one(text: str, m: re.Match, rules: dict) -> bool:
    """'one' counts something in the business ('one foster carer', 'Only one tender', 'one member of
    the public', 'for one week') unless it is a determiner: after 'the', 'at least', 'more than'
    ('more than one financial year'), or opening a sentence about one of many ('One resident asked')."""
    before = text[max(0, m.start() - 20) : m.start()]
    low = before.lower()
    if _PUBLIC_RE.match(text, m.end("next")) and m.group("next").lower() == "member":
        return not re.search(r"\b(?:the|this|that|no|any|each|every|which)\s*$", low)
    if _ONE_COUNTED_BEFORE_RE.search(before) or measure_follows(text, m.end("w"), rules):
        return not re.search(r"\b(?:the|this|that|no|any|each|every|which|least|than)\s*$", low)
    if m.group("w")[0] == "O" and re.search(r"(?:^|[.!?:]\s*|\n\s*)$", before):
        return False  # "One resident asked ...", "One question was raised"
    return (
        not re.search(r"\b(?:the|this|that|no|any|each|every|which|at|as|of|in|on|to|one|for|than|least)\s*$", low)
        and not m.group("next").lower().endswith("s")
        and m.group("next")[0].islower()
    )


def is_excluded_number(text: str, m: re.Match, rules: dict) -> bool:
    start, end = m.start(), m.end()
    raw = m.group("num")
    value = parse_digits(raw)
    if value is None:
        return True
    before = text[max(0, start - 40) : start]
    if is_rate(text, m, rules):
        return False  # "Education Rate 0.00783128", "the mill rate of 4.5": a rate, not a label
    prev_word = re.search(r"([A-Za-z][A-Za-z.'’]*)[\s.:#]*$", before)  # 'village’s 40': the curly apostrophe is part of the word
    if prev_word and prev_word.group(1).lower().rstrip(".") in rules["not_before_set"] and not rules["qualifier_re"].search(before):
        return True
    if prev_word and prev_word.group(1).lower() in {"no.", "nos."}:
        return True
    if (
        re.search(r"(?:^|[^\w.])[A-Z]{2,6}[ \t]{1,2}$", before)
        and re.search(r"[a-z]", before[-30:])
        and not re.match(r"[ \t]{1,2}[a-z]{3,}s\b", text[end : end + 30])
        and not rules["qualifier_re"].search(before)
    ):
        return True  # "RPO 72", "DASZ 8/2015", "SDG 3": a reference after an acronym
    if re.search(r"\b(?:19|20)\d{2},?[ \t]{0,2}c\.[ \t]{0,2}$", before):
        return True  # "Municipal Act, 2001, S.O. 2001, c. 25": a statute's chapter
    if re.search(r"\bper[ \t]{1,2}$", before, re.I):
        return True  # "63 per 10,000 children", "1500 MPN per 100 mL": the denominator of a rate
    from_word = re.search(r"\b([A-Za-z]+)[ \t]{1,3}from[ \t]{1,3}$", before)
    if from_word and from_word.group(1).lower().rstrip("s") in {w.rstrip("s") for w in rules["not_before_set"]}:
        return True  # "Check numbers from 8108 to 8119"
    after = text[end : end + 20]
    if rules["not_after_re"].match(after) or _TIME_AFTER_RE.match(after) or _DATE_NEAR_RE.match(after) or MONTH_BEFORE_RE.search(before):
        return True
    if re.match(r"^\s*(?:-|–|to)\s*(?:\d+\s*)?(?:-?year-old|years? old|year olds)", after):
        return True
    if re.search(r"(?:^|\n)[ \t(]*$", before) and re.match(r"^[.):]", after):
        return True  # list or minute number at the start of a line
    if re.search(r"\bof the public[ \t]{0,3}[:–-][ \t]{0,3}$", before, re.I) or (
        re.match(r"^\s{1,3}members?\s{1,3}of\s{1,3}the\s{1,3}public\b", text[end : end + 40], re.I) and value > 0 and not re.match(r"0\d", raw)
    ):
        return False  # "Members of the Public: 3": an attendance count
    if re.search(r"\(\s*$", before) and re.match(r"^\s*\)", after) and not re.search(r"\bof the public\s*\(\s*$", before, re.I):
        return True  # "(17)": a label or a tally; "members of the public (3)" is a count
    if (
        raw in rules["service_numbers"]
        and re.match(r"\s{1,3}([A-Za-z]+)", after)
        and re.match(r"\s{1,3}([A-Za-z]+)", after).group(1).lower() in rules["service_words"]
    ):
        return True  # "999 calls", "the 911 station": a telephone service, not a number of anything
    measured = measure_in_its_case(text, start, end, rules)
    if prev_word and prev_word.group(1).lower() in rules["labels_unless_measured"] and not measured and not measure_follows(text, end, rules):
        if prev_word.group(1)[0].isupper() or not _counts_what_follows(text, end):
            return True  # "the number 42 bus service", "Service 21 will now run hourly": a route's name
    if _TIME_BEFORE_RE.search(before) or _DATE_RANGE_AFTER_RE.match(after) or (_HEADING_AFTER_RE.match(after) and not measured):
        return True  # "7 : 45 P.M."; "On 9 and 10 June"; "15126 OPEN FORUMS", "529 SELECTMEN'S MEETING"
    if (
        "," not in raw
        and "." not in raw
        and value >= 1000
        and not measured
        and (re.match(r"^\s+[A-Z]", after) or re.search(r"(?:^|\n)[ \t]*$", before) and re.match(r"^\s+(?:and|&|,|to)\s+\d", after))
    ):
        return True  # "2741943 Ontario Inc", "15125 and 15126": a reference (large counts carry a comma)
    if (
        _AGE_PAIR_AFTER_RE.match(after)
        or _PLACE_BEFORE_RE.search(before)
        and re.match(r"^[ \t]{1,3}[A-Z][a-z'’]+[ \t]{1,3}[A-Z][a-z]", after)
        and not _capitalised_count(text, start, end, before)
    ):
        return True  # "18 and 19 year olds"; "outside 17 Mill Cres": an address
    if raw.isdigit() and value >= 100 and _NOUN_BEFORE_RE.search(before) and re.match(r"^[ \t]{0,2}(?:to|and|from|[,.;)])", after):
        return True  # "earmarked reserve 3310 to": a code after a noun, not a count
    if _SUBPART_AFTER_RE.match(after) or (re.search(r"(?:^|\n)[ \t]*$", before) and re.match(r"^ \([a-z0-9]{1,3}\)", after)) or _DATE_BEFORE_RE.search(before):
        return True  # "Section 100(B) 4(b)", "paragraph 8(1)"; "dated March 8, 1007": a reference
    if "," not in raw and "." not in raw and 1800 <= value <= 2100:
        return True  # a year
    if (
        re.search(r"\b(?:aged|age of|ages?)\s+(?:over|under|between|from)?\s*(?:\d+\s*(?:-|–|to|and)\s*)?$", before, re.I)
        or re.search(r"\bunder\s*$", before)
        and re.match(r"\s*(?:-|–)?\s*years?", after)
    ):
        return True
    if re.match(r"^\s*(?:-|–|/)\s*\d", after) and not re.match(r"^\s*(?:-|–)\s*\d+\s*(?:%|per)", after):
        return True  # ranges of years, references 24/00093
    if re.search(r"[/-]\s*$", before[-2:]) and not (measured and re.search(r"\s[-–]\s$", before[-3:])):
        return True
    if value == 0 or re.match(r"0\d", raw):
        return True  # nothing counted, or a reference number such as "08"
    line_start = re.search(r"(?:^|\n)[ \t]*(?:[o•·*-][ \t]+)?$", before)
    if not measured and re.match(r"[ \t]*(?:\n|$)", after) and (_lone_on_its_line(before, after) or _CONTENTS_LINE_RE.search(before)):
        return True  # "\n\n3\n\n": a page or item number alone on its line; "8. Work programme 169": a contents page number
    # "4,721 Site Inspections carried out": no paragraph or label number has a thousands comma before a plural
    grouped = "," in raw and "." not in raw and bool(re.match(r"\s{1,3}(?:[A-Z][a-z]+[ \t]{1,2}){0,2}[A-Z][a-z]+[^s\W]s\b", text[end : end + 40]))
    if line_start and not measured and not grouped and (re.match(r"^\s+[A-Z]", after) or not after.strip() or "." in raw):
        return True  # a paragraph number "17.3 Cllr Lord" or a lone number on its line
    if "." in raw and re.match(r"^\s+[A-Z][a-z]", after) and not rules["other_units_re"].match(text, end):
        return True  # "3.0 Expressions of Sympathy": a section number before its heading
    if not measured and _label_after_a_noun(text, end, before, rules):
        return True  # "the flat 7 was let", "the covid 19 pandemic", "this tender 2 at £400": a name, not a count
    if _named_thing(text, start, end, before, measured):
        return True  # "the 19 line", "the 200 Club", "advertise in the 3 Parishes" (twice): a name, not a count
    if rules["address_re"].match(text, end) or rules["address_direction_re"].match(text, end) or _address_pair(text, end, rules):
        return True  # "125 Hunters Bay Road", "627 SE 14th Street": an address
    if _is_label_age(before, after, value, rules):
        return True  # "no one under 21 in possession of alcohol": an age as a group's label
    if re.match(r"^\+\s+[A-Z]", after) or (m.group("plus") and re.match(r"^\s+[A-Z]", after)):
        return True  # "18+ Care Leaver Service": an age group's name
    if (
        re.match(r"^\s+[A-Z]", after)
        and not measured
        and not grouped
        and not rules["qualifier_re"].search(before)
        and not re.search(r"\b[a-z]+\s*$", before)
        and not _capitalised_count(text, start, end, before)
    ):
        return True  # "97 Audit Recommendation Tracker": a label, not a count
    if is_period(text, start, end, before):
        return True
    if re.fullmatch(r"\d{1,2}[.:]\d{2}", raw) and re.search(r"\b(?:at|until|from|by|to)\s*$", before):
        return True  # a time of day: "closed at 20.50"
    if (
        re.search(r"(?<![.!?:]\s)(?<!^)\b[A-Z][a-z]+[ \t]+$", before)
        and not rules["qualifier_re"].search(before)
        and not re.search(r"\b(?:In|By|Of|With|From|To|For|At|Over|About|Around)\s+$", before)
        and not _determiner_count(before, after)
    ):
        return True  # "Tender 1", "Option 2", "Recommendation 17": a label
    label_range = _LABEL_LIST_RE.search(text[max(0, start - 120) : start])
    if label_range and label_range.group(1).lower().rstrip("s") in rules["not_before_set"] | {w.rstrip("s") for w in rules["not_before_set"]}:
        return True  # "paragraphs 7 to 20", "options 2, 3 and 4", "items 5.1, 5.2, 5.3", "numbers from 8108 to 8119"
    if not re.match(r"^\s*[A-Za-z(£$€“\"']", after) and not measured and not rules["qualifier_re"].search(before) and not re.match(r"^\s*[.,;)]", after):
        return True  # a bare number with nothing it counts
    if (
        re.match(r"^\s*[.,;)]", after)
        and not rules["qualifier_re"].search(before)
        and not re.search(r"\b(?:of|to|by|was|were|is|are|at|totalled|reached|numbered|of the public \()\s*$", before, re.I)
        and not _CAPACITY_BEFORE_RE.search(before)
    ):
        return True
    return False


_CAPACITY_BEFORE_RE = re.compile(
    r"\b(?:seating|seats|capacity|places|spaces|room|occupancy|accommodation)[ \t]{1,2}(?:for|of)[ \t]{1,2}(?:up to[ \t]{1,2}|approximately[ \t]{1,2})?$", re.I
)


def is_rate(text: str, m: re.Match, rules: dict) -> bool:
    """A decimal after 'rate', 'ratio' or 'multiplier' is a rate (unit other)."""
    return "." in m.group("num") and bool(rules["rate_before_re"].search(text[max(0, m.start() - 30) : m.start()]))


def _named_thing(text: str, start: int, end: int, before: str, measured: bool) -> bool:
    """'the 19 line', 'the 394 and Exchange intersection', 'the 200 Club': after 'the' a count names
    plural things ('the 12 new homes', 'the 5,200 LED lights'); a number before a singular word is a name."""
    if measured:
        return False
    if not re.search(r"(?:\bthe|[A-Za-z][’']s)[ \t]{1,2}$", before):
        return False  # "the 200 Club", "AC Transit’s 19 bus line"
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", text[end : end + 40])[:3]
    if words and re.fullmatch(r"[A-Z][a-z]+", words[0]) and not _plural_word(words[0]) and re.match(r"[ \t]{1,2}[A-Z]", text[end : end + 3]):
        return True  # "the 200 Club with various rooms": a capitalised singular word right after the number names it
    return not any(_plural_word(w) for w in words)


_NOUN_LABEL_BEFORE_RE = re.compile(r"\b(?:the|this|that)[ \t]{1,2}(?P<noun>[a-z]{3,20})[ \t]{1,2}$")
_NOT_A_LABEL_NOUN = frozenset(
    {"other", "first", "last", "next", "remaining", "final", "top", "bottom", "initial", "original", "following", "latest", "same", "total", "whole"}
    | {"full", "extra", "additional", "further", "former", "latter", "current", "previous", "past", "present", "existing", "new", "proposed", "agreed"}
    | {"expected", "estimated", "approved", "minimum", "maximum", "average", "overall", "combined", "entire", "only", "sum", "figure", "number"}
)


def _label_after_a_noun(text: str, end: int, before: str, rules: dict) -> bool:
    """'the flat 7', 'the covid 19 pandemic', 'that tender 2': a number right after 'the' and a singular
    noun names the thing; a count follows a verb or a preposition, or counts the plural after it
    ('the council 7 members' would count members; 'the first 7 homes' is kept by its adjective)."""
    m = _NOUN_LABEL_BEFORE_RE.search(before)
    if not m or m.group("noun") in _NOT_A_LABEL_NOUN or _plural_word(m.group("noun")) or m.group("noun").endswith(("ing", "ed", "est")):
        return False
    if rules["qualifier_re"].search(before):
        return False
    words = re.findall(r"[A-Za-z]+", text[end : end + 30])[:2]
    return not any(_plural_word(w) for w in words)


def _counts_what_follows(text: str, end: int) -> bool:
    """'the youth service 45 young people', 'the library service 300 residents use': a plural among the
    next two words is what the number counts (a named 'Service 21 runs' is capitalised)."""
    return any(_plural_word(w) for w in re.findall(r"[A-Za-z]+", text[end : end + 30])[:2])


def _plural_word(word: str) -> bool:
    """'homes', 'people': a word that names several things (not 'class', not 'bus')."""
    return word.lower() in _IRREGULAR_PLURALS or (len(word) > 2 and word.endswith("s") and not word.endswith("ss") and word.lower() != "bus")


plural_word = _plural_word


def _lone_on_its_line(before: str, after: str) -> bool:
    """'...requested\n\n3\n\nto be included', 'RD\n5\na\nFinance': a page or item number alone on its
    line, set apart by a blank line or after a line that does not run on into it ('...visitors was\n250')."""
    if not re.search(r"(?:^|\n)[ \t]*$", before):
        return False
    if re.search(r"(?:^|\n)[ \t]*\n[ \t]*$", before) or re.match(r"[ \t]*\n[ \t]*(?:\n|$)", after):
        return True
    return not re.search(r"[a-z,;:][ \t]*\n[ \t]*$", before)


def _address_pair(text: str, end: int, rules: dict) -> bool:
    """'3600 and 3636 Portage Avenue', '16 and 24 Speers Road': the first of two house numbers."""
    pair = re.match(r"[ \t]{0,2}(?:and|&|-|–)[ \t]{0,2}\d{1,5}[A-Za-z]?(?=[ \t])", text[end : end + 20])
    return bool(pair) and bool(rules["address_re"].match(text, end + pair.end()))


_LABEL_AGE_AFTER_RE = re.compile(r"^(?:s\b|[ \t]{0,2}[.,;)]|[ \t]{1,3}(?:in|who|with|at|and|or|are|is|were|was|may|must|can|cannot|from|on)\b)", re.I)


def _is_label_age(before: str, after: str, value: float, rules: dict) -> bool:
    """'anyone under 21 in possession', 'sold to under 18s': a legal age naming a group, not a count
    (a count names what it counts: 'under 25 people attended')."""
    return value in rules["label_ages"] and bool(re.search(r"\b(?:under|over)[ \t]{1,2}$", before, re.I)) and bool(_LABEL_AGE_AFTER_RE.match(after))


# not "the first five years": a length of time that a rule or a goal sets is a measure
_PERIOD_BEFORE_RE = re.compile(r"(?<!\bfirst )(?<!\bfinal )\b(?:past|previous|last|next|coming|over the|for the|within|in the|during the|the)\s*$", re.I)
_PERIOD_UNITS_RE = re.compile(r"\s*(?:years?|months?|weeks?|days?|decades?)\b", re.I)


_DETERMINER_BEFORE_RE = re.compile(r"\b(?:The|These|Those|Some|All|Another|Only|Nearly|Almost|Approximately|Roughly|Just|Its|Their|Our)[ \t]+$")
_PLURAL_AFTER_RE = re.compile(r"^[ \t]{1,3}(?:[a-z]+[ \t]{1,3})?(?:[a-z]{2,}[^su]s|people|children|staff)\b")


def _determiner_count(before: str, after: str) -> bool:
    """'The 12 new homes', 'Some 250 households': a sentence-opening determiner before a count of
    a plural noun, not a capitalised label word ('Tender 1', 'Option 2')."""
    return bool(_DETERMINER_BEFORE_RE.search(before) and _PLURAL_AFTER_RE.match(after))


def is_period(text: str, start: int, end: int, before: str) -> bool:
    """'the past five years', 'over the next 3 months': a period, not a measure."""
    return bool(_PERIOD_UNITS_RE.match(text, end) and _PERIOD_BEFORE_RE.search(before))


def _capitalised_count(text: str, start: int, end: int, before: str) -> bool:
    """'Also attending: 10 Parishioners', 'PCSO update – 2 Shed Break-ins, 1 Vehicle Theft': a count
    before a capitalised noun, told from a heading ('97 Audit Recommendation Tracker') by its place
    inside a line after ':' ',' '–', and by a plural noun or a list of such counts."""
    noun = re.match(r"\s+[“\"']?([A-Z][\w'’-]*)(\s+[a-z]+)?", text[end : end + 40])
    plural = bool(noun and (re.search(r"[a-z]s$", noun.group(1)) and not noun.group(1).endswith("ss") or noun.group(1).lower() in _IRREGULAR_PLURALS))
    if (
        re.search(r"[a-z)][.!?][ \t]{1,3}$", before)
        and plural
        and noun.group(2)
        and noun.group(2).strip() in _SENTENCE_GOES_ON
        and _is_integer(text, start, end)
    ):
        return True  # "... for children. 53 Children and Young People's Council Members were ..."
    if not re.search(r"[:;,–—-][ \t]{0,3}$|\b(?:and|with|attending|present)[ \t]{1,3}$", before):
        return False
    if plural:
        return True
    line_start = max(text.rfind("\n", max(0, start - 50), start) + 1, start - 50)
    line_end = text.find("\n", end, end + 50)
    line_end = line_end if line_end != -1 else min(len(text), end + 50)
    return len(_LIST_COUNT_RE.findall(text[line_start:line_end])) >= 2


def _is_integer(text: str, start: int, end: int) -> bool:
    """'53', not '2.0' (a section number)."""
    return text[start:end].isdigit()
