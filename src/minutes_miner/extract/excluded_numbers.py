"""The numbers that are not statistics (ANNOTATION.md): dates, years, times, references, section
and paragraph numbers, addresses, ages as labels, labels such as 'Option 2', telephone services.

`is_excluded_number` asks three groups of questions in turn, each of which may decide: is the
number a reference, a date or a time (`_reference_or_time`); an address, an age or a code
(`_address_age_or_code`); a label or a piece of the page's layout (`_label_or_layout`). The
vocabulary (not_before, not_after, address words ...) is data in models/patterns/statistics.json,
passed in as `rules`.
"""

from __future__ import annotations

import re

from .measures import age_of_a_thing, is_period, is_rate, measure_follows, measure_in_its_case
from .number_labels import (
    THOUSANDS_GROUPED_RE,
    elliptic_count,
    address_pair,
    capitalised_count,
    count_label_before,
    counts_what_follows,
    determiner_count,
    is_label_age,
    label_after_a_noun,
    lone_on_its_line,
    named_thing,
)
from ..models import meeting_vocabulary
from ..numbers import parse_digits
from ..vocabulary import MONTH_RE
from .stat_vocabulary import plural_word, statistics_rules

# a month's name or its abbreviation, whole: not the start of 'marks', 'Mayor' or 'decent', nor the end of 'primary'
_MONTH = rf"{MONTH_RE}(?![a-z])"
# a day before a month of another language a council writes in ('26 janvier', '14 Hydref', '3 Eanáir'; meeting.json,
# other_language_months) is a date as much as '26 January'
_DATE_NEAR_RE = re.compile(rf"^\s*(?:st|nd|rd|th)?\s*(?:of\s+)?(?:{_MONTH}|(?:{meeting_vocabulary()['other_language_months']})(?![\w-]))", re.I)
MONTH_BEFORE_RE = re.compile(rf"\b{_MONTH}\.?\s*$", re.I)
_DATE_BEFORE_RE = re.compile(rf"\b{_MONTH}\.?[ \t]{{1,3}}\d{{1,2}}(?:st|nd|rd|th)?,[ \t]{{0,3}}$", re.I)
# "Changing November 14 to 15, 2018 to March 12 to 14, 2019", "from June 3 - 7": the last day of a span of days written after its
# month and first day, a date as much as the first
_DAY_SPAN_BEFORE_RE = re.compile(rf"\b{_MONTH}\.?[ \t]{{1,3}}\d{{1,2}}(?:st|nd|rd|th)?[ \t]{{0,2}}(?:to|-|–|and|&|through|thru|until)[ \t]{{0,2}}$", re.I)
# "7pm", "10.30 a.m.", "1800 hrs"; not "8 amber", "3 amendments", "4 ambulances", "2 pmts"
_TIME_AFTER_RE = re.compile(r"^(?:[.:]\d{2})?\s?(?:(?:am|pm)(?![a-z])|a\.m\.|p\.m\.|hrs\b|o['’]clock)", re.I)
# 'hrs' after a figure that is no clock time ('6.5 hrs/day', '37 hrs a week') measures hours; after '1830' or '18.30' it is the hour
_HRS_AFTER_RE = re.compile(r"^\s?hrs\b", re.I)
_CLOCK_FIGURE_RE = re.compile(r"\d{3,4}|\d{1,2}[.:]\d{2}")


def _hours_of_work(raw: str, after: str) -> bool:
    """'teachers work 6.5 hrs/day': hours measured, not the time of day that '1830 hrs' is."""
    return bool(_HRS_AFTER_RE.match(after)) and not _CLOCK_FIGURE_RE.fullmatch(raw)


_SUBPART_AFTER_RE = re.compile(r"^\([a-zA-Z0-9]{1,4}\)")  # "100(B)", "8(1)", "16(B)(2)": a section or paragraph
_WHOLE_HUNDREDS_RE = re.compile(r"[1-9]\d?00")  # "300 West", "1300 East": the grid street numbers of a western US town
# "options 2, 3 and 4", "WARDS 7, 11 AND 19" (a heading in capitals), "Lots 1\nto 3" (a line broken before the join),
# "section(s) 1.0, 2.0 and 3.0" (the plural's optional 's' in brackets), "paragraphs 2.2(a) and 4" (a subparagraph in the list),
# "(sections\n32, 43 and 93 of the Local Government Finance Act 1992)" (a line broken after the label)
_LABEL_LIST_RE = re.compile(
    r"\b([A-Za-z]+)(?:\(s\))?\.?(?:[ \t]{1,3}|[ \t]?\n[ \t]{0,3})(?:from[ \t]{1,3})?\d+(?:\.\d+)?[a-z]?(?:\([a-z\d]{1,3}\))?"
    r"(?:[ \t]{0,3}(?i:,|and|&|or|to|-|–|thru|through)[ \t]{0,3}\d+(?:\.\d+)?[a-z]?(?:\([a-z\d]{1,3}\))?){0,12}"
    r"(?:[ \t]{0,3}|[ \t]?\n[ \t]{0,3})(?i:to|-|–|and|&|,|or|thru|through)[ \t]{0,3}$"
)
_TIME_BEFORE_RE = re.compile(r"\b\d{1,2}[ \t]?:[ \t]?$|\b(?:19|20)\d{2}[ \t]{1,3}at[ \t]{1,3}$")  # "7 : 45", "March 11, 2021 at 10"
_DATE_RANGE_AFTER_RE = re.compile(rf"^\s{{0,2}}(?:and|&|-|–|to)\s{{0,2}}\d{{1,2}}(?:st|nd|rd|th)?\s{{1,2}}{_MONTH}\b", re.I)
_HEADING_AFTER_RE = re.compile(r"^\s{1,3}[A-Z]{3,}[A-Z'’]{0,20}[ \t]{1,3}[A-Z]{2,}")
_AGE_PAIR_AFTER_RE = re.compile(r"^[ \t]{0,2}(?:and|or|to|-|–|&)[ \t]{0,2}\d{1,2}[ \t-]{0,2}(?:years?|yrs?)[ -]?olds?\b", re.I)
_PLACE_BEFORE_RE = re.compile(r"\b(?:outside|opposite|near|behind|adjoining|adjacent to|at)[ \t]{1,3}$", re.I)
# "The meeting closed at 4.", "the Board adjourned at 9 and reconvened": the hour a meeting's business began or ended
_MEETING_HOUR_BEFORE_RE = re.compile(
    r"\b(?:closed|adjourned|ended|concluded|finished|terminated|commenced|opened|began|started|resumed|reconvened)[ \t]{1,3}at[ \t]{1,3}$", re.I
)
# "the beer garden closing at 2200 hours", "from 0800 hours", "joined the meeting at 19.42 hours": a time on the 24-hour clock,
# its four digits (perhaps split by a point: then only after a word of a moment, since 'rose to 12.50 hours' measures) and 'hours'
_CLOCK_HOURS_RE = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_DOTTED_CLOCK_HOURS_RE = re.compile(r"(?:[01]\d|2[0-3])\.[0-5]\d")
_MOMENT_WORD_BEFORE_RE = re.compile(r"\b(?:at|until|till|by)[ \t]{1,3}$", re.I)
_CLOCK_HOURS_AFTER_RE = re.compile(r"[ \t]{1,2}hours\b", re.I)
_CLOCK_WORD_BEFORE_RE = re.compile(r"\b(?:at|until|till|from|by|before|after|to|between|and)[ \t]{1,3}$", re.I)
# a running header or footer: the meeting's date, then the page number ending the line ('HARBOUR BOARD - MINUTES - 5 FEBRUARY
# 2026      3', 'HARBOUR BOARD 05.02.26  4', 'Audit and Governance Committee 25 November 2024\n54\n')
_HEADER_DATE_BEFORE_RE = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?[ \t]{{1,2}}{_MONTH}[ \t]{{1,2}}(?:19|20)\d{{2}}(?:[ \t]{{1,80}}|[ \t]*\n[ \t]*)$|\b\d{{1,2}}\.\d{{1,2}}\.\d{{2}}(?:\d{{2}})?[ \t]{{1,80}}$",
    re.I,
)
# a running title set between two page numbers, run into the text where the page broke: the meeting's name, a dash, its date
# and the next page's number ('... and 1 Policy & Resources Committee – 11 July 2018 2', 'points: 1 Council Meeting – 28 July
# 2016 2 There were ...'); the number before the title is the page's number, not a count of the title's first noun
_RUNNING_TITLE_AFTER_RE = re.compile(
    rf"[ \t]{{1,3}}[A-Z][A-Za-z&'’,]*(?:[ \t]{{1,2}}(?:[A-Z][A-Za-z&'’,]*|&|and|of|for|the)){{0,8}}[ \t]{{1,3}}[-–—][ \t]{{1,3}}"
    rf"\d{{1,2}}(?:st|nd|rd|th)?[ \t]{{1,2}}{_MONTH}[ \t]{{1,2}}(?:19|20)\d{{2}}[ \t]{{1,6}}\d{{1,3}}(?![\d.,:/%])"
)
# a section number opening a line, then a heading of two or more words in capitals ('9.5 MONTHLY FINANCIAL REPORT'): the
# heading's first word may be a measure's name in capitals ('MONTHLY', 'DAYS'), which a decimal section number never measures
_SECTION_NUMBER_RE = re.compile(r"\d{1,2}\.\d{1,2}")
_CAPITALS_HEADING_AFTER_RE = re.compile(r"[ \t]{1,3}[A-Z]{2,}[A-Z'’&-]*(?:[ \t]{1,3}[A-Z&][A-Z'’&-]+)+[^a-z\n]{0,60}(?:\n|$)")
# "declared a pecuniary interest in 4.3 (his business holds ...)": the item a member's interest is in
_INTEREST_IN_BEFORE_RE = re.compile(r"\binterests?[ \t]{1,3}in[ \t]{1,3}$", re.I)
# "the investigations mentioned in 2.2 and 2.3", "as set out in 4.1", "the options described at 3, 5 and 6", "The Chair referred
# to 5.3": a paragraph of the report cited by its number after a verb of citing, each number of a list of them
_CITED_IN_BEFORE_RE = re.compile(
    r"\b(?:(?:mentioned|referred[ \t]{1,2}to|set[ \t]{1,2}out|outlined|described|detailed|listed|shown|explained|stated|specified|contained|"
    r"identified|highlighted|summari[sz]ed|covered|raised|discussed|considered)[ \t]{1,2}(?:in|at|under)|referred[ \t]{1,2}to)[ \t]{1,2}"
    r"(?:\d{1,2}(?:\.\d{1,2}){0,2}[a-z]?[ \t]{0,2}(?:,|and|&|or|to|-|–)[ \t]{0,2}){0,6}$",
    re.I,
)
# "raised at 2 of the 3 public meetings", "identified in 4 of the 9 bus shelters": a part of a whole counted, no paragraph cited
_OF_A_NUMBER_AFTER_RE = re.compile(r"[ \t]{1,2}of[ \t]{1,2}(?:the[ \t]{1,2})?\d", re.I)
# the numbers a paragraph is cited by ('2.2', '4.1.3', '7'), and a section's number with its decimal ('5.3')
_CITED_NUMBER_RE = re.compile(r"\d{1,2}(?:\.\d{1,2}){0,2}")
_SECTION_NUMBER_CITED_RE = re.compile(r"\d{1,2}\.\d{1,2}(?:\.\d{1,2})?")
# "see 4.1 above for the costs", "as discussed under 7 above.", "as agreed at 14.1. below" (the paragraph's number written with
# its point): a paragraph cited by where it stands on the page (not '7 above the target', a comparison)
_ABOVE_OR_BELOW_AFTER_RE = re.compile(
    r"(?:\.(?=[ \t]{1,2}(?-i:above|below)))?[ \t]{1,2}(?:above|below)(?=[ \t]*(?:[.,;:)]|\n|$)|[ \t]{1,2}(?:for|and|which|were|was|is|are|has|have|had|will|would)\b)",
    re.I,
)
# "on page 4 of the minutes, under 12. Public Question Time – line 2": an item cited by its number and its heading in title case
_ITEM_UNDER_BEFORE_RE = re.compile(r"\bunder[ \t]{1,2}$", re.I)
_TITLED_HEADING_AFTER_RE = re.compile(r"\.[ \t]{1,2}[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)+")
# "dwelling at 11 Abbeyview, Ballycarra": after a place word, a number, one capitalised name and a comma before the town's
# (not a plural, which the number counts: 'at 12 Members, Officers and ...')
_HOUSE_AND_TOWN_AFTER_RE = re.compile(r"[ \t]{1,2}[A-Z][a-z'’]{2,}(?:[ \t][A-Z][a-z'’]{2,})?(?<!s),[ \t]{1,2}[A-Z][a-z'’]{2,}")
# "Quorum: 3 members", "(quorum is 3 of 5)", "a quorum of four": the size a quorum must reach is a rule of the body, not
# a count of the meeting ('quorum present (4 of 5)', 'Quorum: Yes (5 of 7)' count who came and the seats)
_QUORUM_RULE_BEFORE_RE = re.compile(
    r"\bquorum(?:[ \t]{1,2}(?:is|of|was|being|requires|required))?[ \t]{0,2}:?[ \t]{0,2}(?:\d{1,2}[ \t]{1,2}of[ \t]{1,2})?$", re.I
)
# "in 2024–26", "the budget for 2025–26", "2024—25": a span of years joined by an en or em dash (the hyphen's '2024-26' is
# never read as two numbers: the scan skips a number after a hyphen)
_YEAR_SPAN_BEFORE_RE = re.compile(r"(?<![\d.,])(?:19|20)\d{2}[ \t]?[–—][ \t]?$")
# "0.2598", "0.00783128": a fraction of one to three or more decimal places is a rate or a ratio (ANNOTATION.md: other)
_FINE_FRACTION_RE = re.compile(r"0\.\d{3,}")
_LINE_END_AFTER_RE = re.compile(r"[ \t]*(?:\n|$)")
# "cheques numbered 19402 to 19468": the first and last of a run of numbered papers ('Cremations numbered 1,742' counts them)
_NUMBERED_RUN_BEFORE_RE = re.compile(r"\bnumbered[ \t]{1,3}(?:\d+[ \t]{0,2}(?:to|-|–|through|thru)[ \t]{0,2})?$", re.I)
_RUN_AFTER_RE = re.compile(r"[ \t]{0,2}(?:to|-|–|through|thru)[ \t]{0,2}\d")
_CONTENTS_LINE_RE = re.compile(r"(?:^|\n)[ \t]*\d{1,2}\.[ \t]{1,3}[A-Z][A-Za-z ,&'’/()-]{2,80}[a-z][ \t]{1,3}$")


# a number, a code's abbreviation in capitals (dotted or not), then a section: a US statute citation
_CITATION_AFTER_RE = re.compile(
    r"[ \t](?:[A-Z]\.){2,5}(?:[ \t]?[A-Z][a-z]?\.)?[ \t]{0,2}(?:§{1,2}[ \t]?)?\d|[ \t][A-Z]{2,5}[ \t](?:§{1,2}[ \t]?)?\d+(?:[./:-]\d|\b)"
)
_COMPOUND_MEASURE_BEFORE_RE = re.compile(
    r"(?<![\w.,])\d{1,3}(?:\.\d{1,2})?[ \t]{0,2}(?:hours?|hrs?|minutes?|mins?|years?|yrs?|months?|weeks?|days?|feet|foot|ft|metres?|meters?|miles?)"
    r"[ \t]{1,2}(?:and[ \t]{1,2})?$",
    re.I,
)


# "Public: 11", "Press: 0", "Visitors present: 4" opening a line of the attendance: a count of people
# ("Public attendance: 9")
_ATTENDANCE_LABEL = (
    r"(?:^|\n)[ \t]*(?:(?:members[ \t]of[ \t]the[ \t])?public|press|visitors|observers|attendees|guests|parishioners|residents)"
    r"(?:[ \t]{1,2}(?:present|in[ \t]attendance|attending|attendance))?[ \t]{0,3}"
)
_ATTENDANCE_LABEL_RE = re.compile(_ATTENDANCE_LABEL + r"[:–-][ \t]{0,3}$", re.I)
# "Members of the public. 4" on a line of its own in the attendance: the label set off by a full stop, its count ending the line
_ATTENDANCE_LABEL_STOP_RE = re.compile(_ATTENDANCE_LABEL + r"\.[ \t]{0,3}$", re.I)
_COUNTED_PLURAL_AFTER_RE = re.compile(r"[ \t]{1,2}(?:[a-z][a-z-]+[ \t]{1,2})?[a-z]{2,}[^su\W]s\b(?![ \t]{1,2}(?:of|old)\b)")
# a figure in thousands after the lower-case noun it measures ('footfall 9,800,', 'attendance 1,450.', '(target 150,000)'):
# labels and references carry no thousands comma (number_labels.THOUSANDS_GROUPED_RE)
_MEASURE_NOUN_BEFORE_RE = re.compile(r"(?:^|[\s(])[a-z]{4,}[ \t]{1,2}$")
# a whole lower-case word and a full stop: the sentence before ended ('lot.', 'year.'), not an abbreviation ('No.', 'Para.')
_SENTENCE_END_WORD_RE = re.compile(r"(?<![A-Za-z.])[a-z]{3,}\.[ \t]{1,3}$")
# a label or a heading set off from what follows by punctuation: a sentence's last word and its full stop ('lot.', a
# heading's plural 'Allotments.'), or a label and its colon ('Minutes:', 'Under-5s:'); never an abbreviation ('No.', 'Para.')
# after a label set off by its colon, a plural named by capitalised words is counted too ('summarised the year: 11 Parish
# Council meetings held')
_NAMED_PLURAL_AFTER_RE = re.compile(r"[ \t]{1,2}(?:[A-Z][a-z]+[ \t]{1,2}){1,2}[a-z]{2,}[^su\W]s\b")
# a length and where it lies from a level or a line ('groundwater levels in the Upper Basin 12 feet below the five-year
# average'): a measure, even after a capitalised name
_LENGTH_FROM_A_LEVEL_AFTER_RE = re.compile(
    r"[ \t]{1,2}(?:feet|foot|ft|metres|meters|inches|miles|yards|km)[ \t]{1,2}(?:below|above|under|beneath|deeper|higher|lower|short|beyond)\b"
)
_COMMA_BEFORE_RE = re.compile(r",[ \t]{1,3}$")
# "Chief Whitcomb reported 311 calls for service in February": calls for service are a police department's count, whatever
# the figure (a '311 call' is made to the city's line)
_CALLS_FOR_SERVICE_RE = re.compile(r"\s{1,3}calls\s{1,3}for\s{1,3}service\b", re.I)
# a double prime or a straight double quote glued after a figure: inches or seconds of arc; not the closing quote of a quoted figure
_INCH_MARK_AFTER_RE = re.compile(r'^["″]')
_OPEN_QUOTE_BEFORE_RE = re.compile(r'["“][^"“”\n]{0,40}$')
_SET_OFF_BEFORE_RE = re.compile(r"(?:(?<![A-Za-z.])[a-z]{3,}\.|(?<![\w.])[A-Z][a-z]{3,}s\.|(?<![\w.-])[A-Za-z][\w'’-]*[a-z]:)[ \t]{1,3}$")
# a spaced dash after words ('Chief's report -- 47 calls', 'notified by the District - 7 approved'): a separator, not a
# range or a reference, when no number stands before it ('2024 - 25', 'PA24/06240 - 5' are read by the rules after)
_SEPARATOR_DASH_BEFORE_RE = re.compile(r"[A-Za-z)’'][ \t]{1,3}(?:--?|–|—)[ \t]{1,3}$")
_IRREGULAR_PLURAL_AFTER_RE = re.compile(r"[ \t]{1,2}(?:[a-z][a-z-]+[ \t]{1,2})?([a-z]{3,})\b(?![ \t]{1,2}(?:of|old)\b)")


def _plural_counted_after(text: str, end: int, rules: dict) -> bool:
    """'58 plots', '23 post-secondary students', '22 children', '63 people': a lower-case plural (or an irregular plural of
    models/patterns/statistics.json irregular_plurals), perhaps after one adjective, that the number counts."""
    if _COUNTED_PLURAL_AFTER_RE.match(text, end):
        return True
    word = _IRREGULAR_PLURAL_AFTER_RE.match(text, end)
    return bool(word) and word.group(1) in rules["irregular_plurals"]


_THROUGH_AFTER_RE = re.compile(r"[ \t]{1,2}(?:through|thru)[ \t]{1,2}[A-Z]?\d+")


class _Number:
    """One bare number of the text and what stands around it (the costlier facts worked out on first use)."""

    __slots__ = ("text", "m", "rules", "raw", "value", "before", "after", "prev_word", "_qualified", "_measured", "_grouped")

    def __init__(self, text: str, m: re.Match, rules: dict) -> None:
        self.text, self.m, self.rules = text, m, rules
        self.raw: str = m.group("num")
        self.value: float | None = parse_digits(self.raw)
        self.before: str = text[max(0, m.start() - 40) : m.start()]
        self.after: str = text[m.end() : m.end() + 20]
        # 'village’s 40': the curly apostrophe is part of the word
        # "paragraph(s) 4", "section(s) 1.0": a label noun written with its optional plural still names the number
        self.prev_word: re.Match | None = re.search(r"([A-Za-z][A-Za-z.'’]*)(?:\(s\))?[\s.:#]*$", self.before)
        self._qualified: bool | None = None
        self._measured: bool | None = None
        self._grouped: bool | None = None

    @property
    def qualified(self) -> bool:
        """A qualifier stands before the number ('more than 40', 'only 3'): models/patterns/statistics.json qualifiers."""
        if self._qualified is None:
            self._qualified = bool(self.rules["qualifier_re"].search(self.before))
        return self._qualified

    @property
    def measured(self) -> bool:
        """A measure follows in a case that may override the label rules (measures.measure_in_its_case)."""
        if self._measured is None:
            self._measured = measure_in_its_case(self.text, self.m.start(), self.m.end(), self.rules)
        return self._measured

    @property
    def grouped(self) -> bool:
        """'4,721 Site Inspections carried out': no paragraph or label number has a thousands comma before a plural."""
        if self._grouped is None:
            after = self.text[self.m.end() : self.m.end() + 40]
            self._grouped = "," in self.raw and "." not in self.raw and bool(re.match(r"\s{1,3}(?:[A-Z][a-z]+[ \t]{1,2}){0,2}[A-Z][a-z]+[^s\W]s\b", after))
        return self._grouped


def is_excluded_number(text: str, m: re.Match, rules: dict) -> bool:
    """True when the bare number `m` (group 'num') is not a statistic by ANNOTATION.md."""
    n = _Number(text, m, rules)
    if n.value is None:
        return True
    for ask in (_reference_or_time, _address_age_or_code, _label_or_layout):
        verdict = ask(n)
        if verdict is not None:
            return verdict
    return False


# after a count named by the word before it the clause ends: a comma, a semicolon, a bracket, a full stop or the line's end
_NAMED_COUNT_END_RE = re.compile(r"[ \t]{0,2}(?:[,;)]|\.(?:\s|$)|\n|$)")


def _named_count(n: _Number) -> bool:
    """'capacity 86.', 'on roll 214 v capacity 210)', 'waiting list 31.': a word that names a count by itself
    (models/patterns/statistics.json count_nouns_before) right before a whole number that ends its clause. Not a year
    ('Enrolment 2025.'), nor a list of numbers ('capacity 30, 40 and 60' is left to the other rules)."""
    raw = n.raw
    if not re.fullmatch(r"[1-9]\d{0,2}(?:,\d{3})*|[1-9]\d{0,3}", raw) or ("," not in raw and 1800 <= (n.value or 0) <= 2100):
        return False
    end = n.m.end()
    if not _NAMED_COUNT_END_RE.match(n.text, end) or re.match(r",[ \t]{0,2}\d", n.text[end : end + 4]):
        return False
    return bool(n.rules["count_noun_before_re"].search(n.before))


# the last of a list of numbers after its join ('... 266 and 267'): a figure grouped in thousands is one number, never listed so
_LIST_END_AFTER_RE = re.compile(r"[ \t]{1,2}(?:and|&|or)[ \t]{1,2}\d{1,4}(?![\d,]|\.\d)")
_REFERENCE_STEP = 10  # listed references run on from each other; a thousands group is any three digits


def _run_of_references(raw: str, text: str, end: int, rules: dict) -> bool:
    """'Circular 261,262,263,264 and 267', 'minutes 45,46,47 and 48': numbers written with commas but no spaces, each a little
    larger than the one before, and a last one joined by 'and': a list of references that reads as one figure in thousands
    ('12,345 and 400' is a figure and a number). Two references alone ('2,008 and 15 new members') are a figure and a count
    when the last number counts a plural."""
    groups = raw.split(",")
    last = _LIST_END_AFTER_RE.match(text, end)
    if len(groups) < 2 or not all(g.isdigit() for g in groups) or not last:
        return False
    if len(groups) < 3 and _plural_counted_after(text, last.end(), rules):
        return False
    values = [int(g) for g in groups]
    values.append(int(re.findall(r"\d+", text[end : end + 12])[0]))
    return all(0 < b - a <= _REFERENCE_STEP for a, b in zip(values, values[1:]))


def _reference_or_time(n: _Number) -> bool | None:
    """A reference, a date or a time: 'item 7', 'No. 12', 'RPO 72', '3 June', '7.30pm', '999 calls'.
    False for what must be kept whatever follows (a rate, an attendance count); None: undecided."""
    text, m, rules, before, after, prev_word = n.text, n.m, n.rules, n.before, n.after, n.prev_word
    end, raw, value = m.end(), n.raw, n.value
    if is_rate(text, m, rules):
        return False  # "Education Rate 0.00783128", "the mill rate of 4.5": a rate, not a label
    if _INCH_MARK_AFTER_RE.match(after) and not _OPEN_QUOTE_BEFORE_RE.search(before):
        return True  # '24" CMP $48.10/ft', 'North 88° 14' 51" West': a pipe's size in inches or a bearing's seconds, no count
    if _FINE_FRACTION_RE.fullmatch(raw) and not (prev_word and prev_word.group(1).lower().rstrip(".") in rules["not_before_set"]):
        return False  # "determines the Annual Rate on Valuation for 2027 at 0.2875": no time, label or page has three decimals
    if _clock_time(n):
        return True  # "on-sales 11.00 to 24.00", "cease at 00.30 ... and 23.30 on all other days": licensing hours
    if _YEAR_SPAN_BEFORE_RE.search(before) and re.fullmatch(r"\d{2}|(?:19|20)\d{2}", raw):
        return True  # "2025–26": the second year of a financial or school year
    if _QUORUM_RULE_BEFORE_RE.search(before):
        return True  # "Quorum: 3 members", "(quorum is 3 of 5)": the body's rule
    if _INTEREST_IN_BEFORE_RE.search(before) and not measure_follows(text, end, rules) and not _plural_counted_after(text, end, rules):
        return True  # "declared a conflict of interest in 4.3": an agenda item's number
    if _cited_paragraph(n):
        return True  # "the investigations mentioned in 2.2 and 2.3", "see 4.1 above", "5.3 of the report": paragraphs of a document
    if raw.isdigit() and _ITEM_UNDER_BEFORE_RE.search(before) and _TITLED_HEADING_AFTER_RE.match(text, end):
        return True  # "under 12. Public Question Time": an agenda item's number and its heading
    if _hour_of_the_day(n):
        return True  # "The meeting closed at 4.", "closing at 2200 hours"
    if _page_after_a_date(n) or _page_before_a_running_title(n):
        return True  # "HARBOUR BOARD 05.02.26  4\n": a running header's page number
    if _run_of_references(raw, text, end, rules):
        return True  # "Circular 261,262,263 and 267": numbers listed without spaces, not one figure in thousands
    if _NUMBERED_RUN_BEFORE_RE.search(before) and (_RUN_AFTER_RE.match(text, end) or not before.rstrip().endswith("numbered")):
        return True  # "cheques numbered 19402 to 19468": references of numbered papers
    if age_of_a_thing(text, m.start(), end):
        return False  # "the ice plant is 41 years old": an asset's age measures it
    if rules["bracket_figure_before_re"].search(before) and re.match(r"[ \t]{0,2}[),;]", after):
        return False  # "Kinnaird Academy (roll 642)", "(capacity 32)", "(Q2: 164)", "(last year: 905)": the figure a bracketed word names
    if _named_count(n):
        return False  # "capacity 86.", "(normal capacity 11)", "waiting list 31,": the count the word before names
    if _CITATION_AFTER_RE.match(text, end):
        return True  # "65 ILCS 5/11-74.4-4", "42 U.S.C. § 1983", "24 CFR 570.201": the title of a statute's citation
    through = _THROUGH_AFTER_RE.match(text, end)
    if through and not measure_follows(text, through.end(), rules):
        return True  # "Vouchers 412 through 455", "warrants 11872 thru 11913": a run of numbered papers (US style)
    if _COMPOUND_MEASURE_BEFORE_RE.search(before) and measure_follows(text, end, rules):
        return False  # "2 minutes 45 seconds", "1 year 6 months", "3 hrs 15 mins": the second part of one measure, not 'minute 45'
    if (
        prev_word
        and prev_word.group(1).lower().rstrip(".") in rules["not_before_set"]
        and not n.qualified
        and not (THOUSANDS_GROUPED_RE.fullmatch(raw) and _WORD_GOES_ON_RE.match(after))
        and not rules["label_verb_re"].search(before)
        and not (_SET_OFF_BEFORE_RE.search(before) and (_plural_counted_after(text, end, rules) or _NAMED_PLURAL_AFTER_RE.match(text, end)))
    ):
        return True  # "item 7", "Standing Order 4"; but "Clerk to order 4 benches" counts what is ordered, a figure with a
        # thousands group that the sentence goes on from counts ('Last year 1,400 attended'; 'invoice 12,345,' is a
        # reference), and a label word
        # that ends the sentence before, or a heading set off by its colon, names nothing ("a steep lot. 14 notices sent",
        # "per year. 1,087 customers", "Minutes: 61 findings were raised", "Allotments. 58 plots")
    if prev_word and prev_word.group(1).lower() in {"no.", "nos."}:
        return True
    if (
        re.search(r"(?:^|[^\w.])[A-Z]{2,6}[ \t]{1,2}$", before)
        and re.search(r"[a-z]", before[-30:])
        and not re.match(r"[ \t]{1,2}[a-z]{3,}s\b", text[end : end + 30])
        and not n.qualified
    ):
        return True  # "RPO 72", "DASZ 8/2015", "SDG 3": a reference after an acronym
    if re.search(r"\b(?:19|20)\d{2},?[ \t]{0,2}c\.[ \t]{0,2}$", before):
        return True  # "Municipal Act, 2001, S.O. 2001, c. 25": a statute's chapter
    if re.search(r"\bper[ \t]{1,2}$", before, re.I):
        return True  # "63 per 10,000 children", "1500 MPN per 100 mL": the denominator of a rate
    from_word = re.search(r"\b([A-Za-z]+)[ \t]{1,3}from[ \t]{1,3}$", before)
    if (
        from_word
        and from_word.group(1).lower().rstrip("s") in {w.rstrip("s") for w in rules["not_before_set"]}
        and not measure_follows(text, end, rules)
        and not _plural_counted_after(text, end, rules)
    ):
        return True  # "Check numbers from 8108 to 8119"; but "floor area from 1,460 sq. ft. to 2,210 sq. ft." is a measure, and
        # "homecare each week from 19 providers" counts the plural after it
    if (
        rules["not_after_re"].match(after)
        or (_TIME_AFTER_RE.match(after) and not _hours_of_work(raw, after))
        or _DATE_NEAR_RE.match(after)
        or (MONTH_BEFORE_RE.search(before) and not THOUSANDS_GROUPED_RE.fullmatch(raw))  # "January 18,462 items": no day has a thousands group
    ):
        return True
    if raw.isdigit() and value <= 31 and _DAY_SPAN_BEFORE_RE.search(before) and not _plural_counted_after(text, end, rules):
        return True  # "November 14 to 15, 2018": the last day of a span of days
    if re.match(r"^\s*(?:-|–|to)\s*(?:\d+\s*)?(?:-?year-old|years? old|year olds)", after):
        return True
    if value > 0 and re.fullmatch(r"\d{1,3}(?:,\d{3})+|[1-9]\d{0,3}", raw) and not 1800 <= value <= 2100 and count_label_before(text, m.start(), end, rules):
        return False  # "Public: 11.", "Oral submissions: 2", "Sandbags available: 9,000": a count given as 'Label: value' (even broken
        # across a line: 'Sandbags available:\n9,000.')
    if re.search(r"(?:^|\n)[ \t(]*$", before) and re.match(r"^[.):]", after) and not (after[0] == ")" and rules["changed_from_re"].search(before[-80:])):
        return True  # list or minute number at the start of a line; not the earlier value of a change ('(up from\n12,950)')
    if (
        re.search(r"\bof the public[ \t]{0,3}[:–-][ \t]{0,3}$", before, re.I)
        or (_ATTENDANCE_LABEL_STOP_RE.search(before) and _LINE_END_AFTER_RE.match(text, end))  # "Members of the public. 4\n"
        or _ATTENDANCE_LABEL_RE.search(before)
        # (not across a blank line: 'District 3\n\nMembers of the public may comment' ends a roll line, then a paragraph opens)
        or (
            re.match(r"^(?:[ \t]{1,3}|[ \t]?\n[ \t]{0,2})members?\s{1,3}of\s{1,3}the\s{1,3}public\b", text[end : end + 40], re.I)
            and value > 0
            and not re.match(r"0\d", raw)
        )
    ):
        return False  # "Members of the Public: 3": an attendance count
    if re.search(r"\(\s*$", before) and re.match(r"^\s*\)", after) and not re.search(r"\bof the public\s*\(\s*$", before, re.I):
        return True  # "(17)": a label or a tally; "members of the public (3)" is a count
    service_word = re.match(r"\s{1,3}([A-Za-z]+)", after)
    if raw in rules["service_numbers"] and service_word and service_word.group(1).lower() in rules["service_words"] and not _CALLS_FOR_SERVICE_RE.match(after):
        return True  # "999 calls", "the 911 station": a telephone service, not a number of anything
    if raw in rules["service_numbers"] and (rules["service_dialled_re"].search(before) or rules["service_or_after_re"].match(after)):
        return True  # "report it via either 101 or 999 if it is an emergency", "contact Police 101": a number to ring
    if prev_word and prev_word.group(1).lower() in rules["labels_unless_measured"] and not n.measured and not measure_follows(text, end, rules):
        if prev_word.group(1)[0].isupper() or not counts_what_follows(text, end):
            return True  # "the number 42 bus service", "Service 21 will now run hourly": a route's name
    if (
        (_TIME_BEFORE_RE.search(before) and not THOUSANDS_GROUPED_RE.fullmatch(raw))
        or _DATE_RANGE_AFTER_RE.match(after)
        or (_HEADING_AFTER_RE.match(after) and not n.measured)
    ):
        return True  # "7 : 45 P.M."; "On 9 and 10 June"; "15126 OPEN FORUMS", "529 SELECTMEN'S MEETING"; a time's minutes or hour
        # never carry a thousands group ('Enrollment as of October 15: 2,906 students' counts after a date's colon)
    if (
        "," not in raw
        and "." not in raw
        and value >= 1000
        and not n.measured
        and (re.match(r"^\s+[A-Z]", after) or re.search(r"(?:^|\n)[ \t]*$", before) and re.match(r"^\s+(?:and|&|,|to)\s+\d", after))
    ):
        return True  # "2741943 Ontario Inc", "15125 and 15126": a reference (large counts carry a comma)
    return None


def _cited_paragraph(n: _Number) -> bool:
    """A paragraph of a document cited by its number: after a verb of citing ('mentioned in 2.2 and 2.3', 'referred to 5.3'), before
    where it stands on the page ('see 4.1 above'), or a section number before the document it belongs to ('4.2 of the
    constitution', models/patterns/statistics.json cited_document_nouns); never a measure or a count of a plural ('set out in 3
    letters')."""
    raw, end = n.raw, n.m.end()
    if not _CITED_NUMBER_RE.fullmatch(raw):
        return False
    cited = (
        _CITED_IN_BEFORE_RE.search(n.before)
        or _ABOVE_OR_BELOW_AFTER_RE.match(n.text, end)
        or (_SECTION_NUMBER_CITED_RE.fullmatch(raw) and n.rules["cited_document_after_re"].match(n.text, end))
    )
    return (
        bool(cited)
        and not measure_follows(n.text, end, n.rules)
        and not _plural_counted_after(n.text, end, n.rules)
        and not _OF_A_NUMBER_AFTER_RE.match(n.text, end)
    )


_NOON_AFTER_RE = re.compile(r"[ \t]{0,2}(?:[Nn]oon|NOON|[Mm]id-?day|MID-?DAY|[Mm]idnight|MIDNIGHT)\b")


def _hour_of_the_day(n: _Number) -> bool:
    """'The meeting closed at 4.', 'the beer garden closing at 2200 hours', 'left at 19.42 hours', 'by 12 noon': the hour a meeting ended or a licence's time
    (ANNOTATION.md: times of day are no statistics); '24 hours' or 'within 48 hours' measure a length of time."""
    if n.value is not None and n.raw.isdigit() and n.value <= 24 and _MEETING_HOUR_BEFORE_RE.search(n.before):
        return True
    if n.value == 12 and _NOON_AFTER_RE.match(n.text, n.m.end()):
        return True  # "comments are due by 12 noon", "opens at 12 midday": a time, not twelve of anything
    if not _CLOCK_HOURS_AFTER_RE.match(n.text, n.m.end()):
        return False
    if _DOTTED_CLOCK_HOURS_RE.fullmatch(n.raw):
        return bool(_MOMENT_WORD_BEFORE_RE.search(n.before))
    return bool(_CLOCK_HOURS_RE.fullmatch(n.raw) and _CLOCK_WORD_BEFORE_RE.search(n.before))


def _page_after_a_date(n: _Number) -> bool:
    """A small number ending its line right after a date: the page number of a running header or footer that repeats the
    meeting's name and date on every page, not a count."""
    if not (n.raw.isdigit() and (n.value or 0) < 1000 and _LINE_END_AFTER_RE.match(n.text, n.m.end())):
        return False
    start = n.m.start()
    return bool(_HEADER_DATE_BEFORE_RE.search(n.text, max(0, start - 120), start))


def _page_before_a_running_title(n: _Number) -> bool:
    """A small page number before a running title that ends in the meeting's date and the next page's number (the title
    is read only up to its next 120 characters)."""
    return n.raw.isdigit() and (n.value or 0) < 1000 and bool(_RUNNING_TITLE_AFTER_RE.match(n.text[n.m.end() : n.m.end() + 120]))


# a time on the 24-hour clock written with a point, at a quarter hour ('23.30', '11.00'); an afternoon's hour alone, a morning's
# hour only joined to another such time ('10.00 to 22.00')
_QUARTER_HOUR = r"(?:[01]?\d|2[0-4])\.(?:00|15|30|45)"
_AFTERNOON_HOUR_RE = re.compile(r"(?:1[3-9]|2[0-4])\.(?:00|15|30|45)")
_CLOCK_JOIN = r"[ \t]{0,2}(?:to|until|till|-|–|and)[ \t]{0,2}"
_CLOCK_AFTER_RE = re.compile(_CLOCK_JOIN + _QUARTER_HOUR + r"(?![\d%]|[.,]\d)")
_CLOCK_BEFORE_RE = re.compile(r"(?<![\d.,£$€])" + _QUARTER_HOUR + _CLOCK_JOIN + "$")


def _clock_time(n: _Number) -> bool:
    """'on-sales 11.00 to 24.00', 'the sale of alcohol shall cease at 00.30 ... and 23.30': a time of day written on the
    24-hour clock with a point (ANNOTATION.md: no statistic). A decimal with no measure after it, at a quarter hour, past
    noon, or joined by 'to'/'until'/'and' to another such time; '14.30 hectares' or '£23.30' are measured or money."""
    if not re.fullmatch(_QUARTER_HOUR, n.raw) or n.measured:
        return False
    return bool(_AFTERNOON_HOUR_RE.fullmatch(n.raw) or _CLOCK_AFTER_RE.match(n.text, n.m.end()) or _CLOCK_BEFORE_RE.search(n.before))


def _address_age_or_code(n: _Number) -> bool | None:
    """An address, an age, a year or a code: 'outside 17 Mill Cres', '18 and 19 year olds',
    'reserve 3310 to', 'Section 100(B)', '2019', 'aged 16', '24/00093', '08'. None: undecided."""
    text, m, rules, before, after = n.text, n.m, n.rules, n.before, n.after
    start, end, raw, value = m.start(), m.end(), n.raw, n.value
    if (
        _AGE_PAIR_AFTER_RE.match(after)
        or _PLACE_BEFORE_RE.search(before)
        and re.match(r"^[ \t]{1,3}[A-Z][a-z'’]+[ \t]{1,3}[A-Z][a-z]", after)
        and not capitalised_count(text, start, end, before)
    ):
        return True  # "18 and 19 year olds"; "outside 17 Mill Cres": an address
    if raw.isdigit() and value >= 100 and rules["noun_before_re"].search(before) and re.match(r"^[ \t]{0,2}(?:(?:to|and|from)\b|[,.;)])", after):
        return True  # "earmarked reserve 3310 to": a code after a noun, not a count ('an additional 600 tonnes of road salt' is)
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
    if (
        re.search(r"[/-]\s*$", before[-2:])
        and not (re.search(r"\s[-–]\s$", before[-3:]) and (n.measured or _plural_counted_after(text, end, rules) and value < 1000))
        and not (_SEPARATOR_DASH_BEFORE_RE.search(before) and re.match(r"[ \t]{1,2}[a-z]", after) and not re.match(r"[ \t]{1,2}(?:to|and|or)\b", after))
    ):
        return True  # "2019-20", "24/ 0093"; but "PA24/06240 - 5 holiday lets": a dash between a reference and a count
    if value == 0 or re.match(r"0\d", raw):
        return True  # nothing counted, or a reference number such as "08"
    return None


# "pay the Clerk 4 additional hours", "give the Mayor 2 weeks": a role named as the object, then a measure (not 'Tender 1',
# nor a heading's 'Head Teacher 6 monthly update')
_OBJECT_BEFORE_RE = re.compile(r"\b(?:the|a|an|our|their|his|her)[ \t]{1,2}[A-Z][a-z]+[ \t]+$")
_FREQUENCY_AFTER_RE = re.compile(r"[ \t]{1,2}[a-z]+ly\b")
_HOUSE_NAME_AFTER_RE = re.compile(r"[ \t]{1,2}The[ \t]{1,2}[A-Z][a-z]")
_OPENING_WORD_RE = re.compile(r"(?:^|[.!?:;][ \t]{1,3}|\n[ \t]*)(?P<word>[A-Z][a-z]{2,})[ \t]{1,2}$")
_VERB_OR_LABEL_AFTER_RE = re.compile(
    r"[ \t]{1,2}(?:(?:was|were|is|are|has|had|have|will|would|shall|should|may|can|could|must)\b|(?:and|or|&)[ \t]{1,2}[A-Z][a-z]{2,}[ \t]{1,2}\d)"
)


_OF_AFTER_RE = re.compile(r"[ \t]{1,2}of[ \t]{1,2}(?:the|this|that|its|their)?[ \t]{0,2}[A-Za-z]")
# opening words that are no noun naming what follows them: a preposition, a quantifier, an adverb
_NOT_A_NAMING_NOUN = frozenset(
    "for from with over under about around after before since during within out between among across all both each half most many any "
    "none only just nearly almost approximately roughly another only also then there here when while what which where".split()
)


# "Tanks 1 and 2", "variances 1 & 2", "wells 2, 3 and 5": a plural noun, then small whole numbers listed; a count names what it
# counts after it
_PLURAL_PAIR_RE = re.compile(
    r"\b(?P<noun>[A-Za-z]{3,})[ \t]{1,2}(?P<a>\d{1,2})(?P<mid>(?:[ \t]{0,2},[ \t]{0,2}\d{1,2}){0,6})[ \t]{0,2}(?(mid),?[ \t]{0,2})(?:and|&|or)[ \t]{0,2}"
    r"(?P<b>\d{1,2})(?![\w%/:-]|[.,]\d)(?![ \t]{1,2}[a-z]+s\b)"
)


def _numbered_after_a_plural(text: str, start: int, end: int, before: str) -> bool:
    """'Tanks 1 and 2 can carry summer demand', 'approves variances 1 and 2': numbered things named
    together after their plural are labels (a count of the plural would stand before it: '2 tanks');
    'the scores were 12 and 14' has a verb, not a noun, before the pair."""
    pair = _PLURAL_PAIR_RE.search(text, max(0, start - 60), min(len(text), end + 40))
    if not pair or not (start in (pair.start("a"), pair.start("b")) or pair.start("mid") <= start < pair.end("mid")):
        return False
    noun = pair.group("noun")
    return plural_word(noun) and noun.lower() not in statistics_rules()["subject_stop"]


def _sentence_opening_label(before: str, after: str, qualified: bool) -> bool:
    """A capitalised singular word opening a sentence, a number, then a verb or another label:
    'Scenario 2 was preferred', 'Flat 2 and Plot 7 were let' (a count opens with a determiner or a
    qualifier and names a plural: 'Some 250 households were', 'About 40 people were')."""
    opening = _OPENING_WORD_RE.search(before)
    if not opening or qualified or plural_word(opening.group("word")) or opening.group("word").endswith("ly"):
        return False
    if statistics_rules()["determiner_before_re"].search(before):
        return False
    if _OF_AFTER_RE.match(after) and opening.group("word").lower() not in _NOT_A_NAMING_NOUN:
        return True  # "Block 12 of the Smith Addition", "Tract 2 of the subdivision": a part's label ('For 3 of the items' counts)
    return bool(_VERB_OR_LABEL_AFTER_RE.match(after))


_PEOPLE_VERB_AFTER_RE = re.compile(r"[ \t]{1,2}(?P<noun>[A-Z][a-z]+)[ \t]{1,2}(?:were|are|attended|had|have|took|will|would|did|sent|gave|spoke|voted)\b")


def _people_opening(text: str, end: int, rules: dict) -> bool:
    """'9 Members were present.', '12 Councillors attended the training.': a paragraph that opens with
    a count of people, capitalised as roles are, then a verb; a minute number before its heading
    ('5 Apologies were received') counts no people."""
    m = _PEOPLE_VERB_AFTER_RE.match(text, end)
    return bool(m) and m.group("noun").lower() in rules["people_nouns_set"]


# a decision's lead ending in a colon, its clauses run on after it on the same line ('That the Regional Council: 1 Accepts ...',
# 'That the Committee: 1 receives the report'; New Zealand and Australian resolutions where the page lost the clause's line break)
_DECISION_LEAD_BEFORE_RE = re.compile(r"\bthat[ \t]{1,2}(?:the[ \t]{1,2})?[A-Za-z][^\n:;.]{0,50}:[ \t]{0,3}$", re.I)


def _clause_after_a_decision_lead(text: str, end: int, before: str, rules: dict) -> bool:
    """A number after 'That the <body>:' and before a decision's verb in either case: the clause's number, not a count."""
    return bool(_DECISION_LEAD_BEFORE_RE.search(before)) and bool(rules["clause_verb_after_re"].match(text[end : end + 40].lower()))


def _label_or_layout(n: _Number) -> bool | None:
    """A label or a piece of the page: a page number alone on its line, '17.3 Cllr Lord', 'the flat 7',
    'the 200 Club', '125 Hunters Bay Road', '18+ Care Leaver Service', 'Option 2', 'paragraphs 7 to 20',
    a bare number with nothing it counts. None: a count."""
    text, m, rules, before, after, measured, grouped = n.text, n.m, n.rules, n.before, n.after, n.measured, n.grouped
    start, end, raw, value = m.start(), m.end(), n.raw, n.value
    line_start = re.search(r"(?:^|\n)[ \t]*(?:[o•·*-][ \t]+)?$", before)
    if _acronym_in_a_list_of_counts(text, start, end):
        return None  # "29 medical, 8 MVA, 6 brush", "63 runs, 44 EMS and 19 fire", "sheds,\n1 RTC on the B8122": a count of incidents by their acronym
    if not measured and re.match(r"[ \t]*(?:\n|$)", after) and (lone_on_its_line(before, after) or _CONTENTS_LINE_RE.search(before)):
        return True  # "\n\n3\n\n": a page or item number alone on its line; "8. Work programme 169": a contents page number
    if (
        line_start
        and not measured
        and not grouped
        and (re.match(r"^\s+[A-Z]", after) or not after.strip() or "." in raw or _BRACKETED_SENTENCE_AFTER_RE.match(after) or _SUB_ITEM_AFTER_RE.match(after))
        and not _people_opening(text, end, rules)
        and not _MULTIPLIER_AFTER_RE.match(after)
        and not _COUNTS_LISTED_AFTER_RE.match(text, end)
    ):
        return True  # a paragraph number "17.3 Cllr Lord" or a lone number on its line; not a figure in millions wrapped to
        # open a line ('Footfall fell from\n    1.3 million visits in 2019'); a page's number before a bracketed note ('1 (These
        # minutes are published subject to approval ...)')
    if line_start and not measured and not grouped and rules["clause_verb_after_re"].match(text, end):
        return True  # "1  receives the report;", "2  notes that ...": a resolution's clause number that lost its full stop
    if not measured and _clause_after_a_decision_lead(text, end, before, rules):
        return True  # "That the Regional Council: 1 Accepts the apology ...": the first clause run on after the decision's lead
    if "." in raw and "," not in raw and re.match(r"^\s+[A-Z][a-z]", after) and not rules["other_units_re"].match(text, end):
        return True  # "3.0 Expressions of Sympathy": a section number before its heading (no section number has a thousands
        # group: 'Tax base 4,431.2 Band D equivalents' measures)
    if line_start and _SECTION_NUMBER_RE.fullmatch(raw) and _CAPITALS_HEADING_AFTER_RE.match(text, end):
        return True  # "9.5 MONTHLY FINANCIAL REPORT - JANUARY 2026": a section number before its heading in capitals
    if not measured and label_after_a_noun(text, end, before, rules):
        return True  # "the flat 7 was let", "the covid 19 pandemic", "this tender 2 at £400": a name, not a count
    if named_thing(text, start, end, before, measured):
        return True  # "the 19 line", "the 200 Club", "advertise in the 3 Parishes" (twice): a name, not a count
    if (
        rules["address_re"].match(text, end)
        or rules["address_direction_re"].match(text, end)
        or rules["address_first_re"].match(text, end)
        or address_pair(text, end, rules)
        or (_WHOLE_HUNDREDS_RE.fullmatch(raw) and rules["grid_street_re"].match(text, end))
        or rules["lone_street_re"].match(text, end)
        or (rules["nameless_street_re"].match(text, end) and _COMMA_BEFORE_RE.search(before))
        or (rules["address_capitals_re"].match(text, end) and not rules["other_units_re"].match(text, end))
        or (_PLACE_BEFORE_RE.search(before) and _HOUSE_AND_TOWN_AFTER_RE.match(text, end))
    ):
        return True  # "125 Hunters Bay Road", "627 SE 14th Street": an address
    if _HOUSE_NAME_AFTER_RE.match(text, end):
        return True  # "the bench by 21 The Ridings", "4 The Green": a house number before 'The' and a street's name
    if is_label_age(before, after, value, rules):
        return True  # "no one under 21 in possession of alcohol": an age as a group's label
    if re.match(r"^\+\s+[A-Z]", after) or (m.group("plus") and re.match(r"^\s+[A-Z]", after)):
        return True  # "18+ Care Leaver Service": an age group's name
    if (
        re.match(r"^\s+[A-Z]", after)
        and not measured
        and not grouped
        and not n.qualified
        and not re.search(r"\b[a-z]+\s*$", before)
        and not capitalised_count(text, start, end, before)
        and not _people_opening(text, end, rules)
        and not _COUNTS_LISTED_AFTER_RE.match(text, end)
    ):
        return True  # "97 Audit Recommendation Tracker": a label, not a count
    if is_period(text, start, end, before):
        return True
    if re.fullmatch(r"(?:[01]?\d|2[0-4])[.:][0-5]\d", raw) and not measured and re.search(r"\b(?:at|until|from|by|to)\s*$", before):
        return True  # a time of day: "closed at 20.50"; not "set at 6.85 mills" (no 85th minute, and a measure follows)
    if (
        re.search(r"(?<![.!?:]\s)(?<!^)\b[A-Z][a-z]+[ \t]+$", before)
        and not n.qualified
        and not THOUSANDS_GROUPED_RE.fullmatch(raw)  # "Circulation Oct 31,448": labels carry no thousands group
        and not (measured and _OBJECT_BEFORE_RE.search(before) and not _FREQUENCY_AFTER_RE.match(after))  # "pay the Clerk 4 additional hours"
        and not re.search(r"\b(?:In|By|Of|With|From|To|For|At|Over|About|Around)\s+$", before)
        and not determiner_count(before, after)
        and not _LENGTH_FROM_A_LEVEL_AFTER_RE.match(after)
    ):
        return True  # "Tender 1", "Option 2", "Recommendation 17": a label; not "the Upper Basin 12 feet below the average"
    if _sentence_opening_label(before, after, n.qualified):
        return True  # "Scenario 2 was preferred.", "Flat 2 and Plot 7 were let."
    if _numbered_after_a_plural(text, start, end, before):
        return True  # "Tanks 1 and 2 can carry", "approves variances 1 and 2": numbered things named together
    label_range = _LABEL_LIST_RE.search(text[max(0, start - 120) : start])
    if (
        label_range
        and not measured  # "(Parcel 0817-44-2093, 26.8 acres": the list of labels ended, a measure follows
        and label_range.group(1).lower().rstrip("s") in rules["not_before_set"] | {w.rstrip("s") for w in rules["not_before_set"]}
        and not re.match(rf"[ \t]{{1,2}}(?:in|of|at|for|from)[ \t]{{1,2}}{re.escape(label_range.group(1))}\b", after, re.I)
        and not (_COMMA_BEFORE_RE.search(text, max(0, start - 4), start) and _plural_counted_after(text, end, rules))
    ):  # but "120 pupils in Year 7 and 95 in Year 11": a count that names its own label after it; "(Phase 2, 96 homes)": after
        # a comma the plural counted ends the list
        return True  # "paragraphs 7 to 20", "options 2, 3 and 4", "items 5.1, 5.2, 5.3", "numbers from 8108 to 8119"
    if _INSTEAD_OF_A_FIGURE_BEFORE_RE.search(before[-80:]):
        return None  # "2 parking spaces per house not 1.5", "(not 4)", "300 feet and not 500": the figure the clause's own replaces
    if not re.match(r"^\s*[A-Za-z(£$€“\"']", after) and not measured and not n.qualified and not re.match(r"^\s*[.,;)]", after):
        return True  # a bare number with nothing it counts
    if (
        re.match(r"^\s*[.,;)]", after)
        and not n.qualified
        and not (THOUSANDS_GROUPED_RE.fullmatch(raw) and (_MEASURE_NOUN_BEFORE_RE.search(before) or MONTH_BEFORE_RE.search(before)))
        # "estimated footfall 9,800,", "(target 150,000)", "Circulation Oct 31,448,": a figure in thousands after what it
        # measures or the month it measures; 'grant all 9.' counts the things the sentence before named
        and not re.search(r"\b(?:of|to|by|was|were|is|are|at|totalled|reached|numbered|all|of the public \()\s*$", before, re.I)
        and not rules["capacity_before_re"].search(before)
        and not rules["changed_from_re"].search(before[-80:])
        and not _CHANGE_AMOUNT_BEFORE_RE.search(before[-12:])
        and not elliptic_count(text, start, end, rules)  # "44 parking spaces where the ordinance calls for 60."
    ):
        return True
    return None


# "ask for 2 parking spaces per house not 1.5", "8 accessible car spaces (not 4)", "the setback is 300\nfeet and not 500": a bare
# figure after 'not' that a figure earlier in its clause replaces, a figure of the same things; that figure names what it
# counts or measures ('Marion 2 not 3' sets a label against a label)
_INSTEAD_OF_A_FIGURE_BEFORE_RE = re.compile(r"\d[ \t\n]{1,2}[a-z][^\d;:]{0,60}(?:\(|\b)not[ \t]{1,2}$")


# a bracketed note opening with a capitalised word and going on in lower case ('(These minutes are published ...)'), no count's noun
_BRACKETED_SENTENCE_AFTER_RE = re.compile(r"[ \t]{1,3}\([A-Z][a-z]+[ \t]{1,2}[a-z]")
# a number that opens a list of counts of capitalised things ('9 Councillors, 2 Officers and 3 members of the public', '30 Tenants,
# 12 Deputies and the Seneschal', a police report's '6 Assault, 8 rti, ...'): the first number counts its thing as the next one
# does, no paragraph number or heading; after a singular the next count names its thing in lower case ('8 rti', '1 Brim damage'),
# since house numbers list so too ('5 Queig, 5 Faaie Ny Cabbal'); an agenda heading's word is no singular thing counted
# ('7 Planning, 2 applications were considered': an item's number, its heading, then a count)
_COUNTS_LISTED_AFTER_RE = re.compile(
    r"[ \t]{1,2}(?:[A-Z][a-z]{2,}s(?:,|[ \t]{1,2}and)[ \t]{1,2}\d{1,4}[ \t]{1,2}[A-Za-z]"
    r"|(?!(?:Planning|Finance|Correspondence|Licensing|Highways|Housing|Governance|Environment|Recreation|Budget|Precept|Insurance|Maintenance)\b)"
    r"[A-Z][a-z]{2,}(?:,|[ \t]{1,2}and)[ \t]{1,2}\d{1,4}[ \t]{1,2}(?:[A-Z][a-z]+[ \t]{1,2})?[a-z])"
)
# an item's number and its sub-item's letter before the heading ('2 b. INTERVIEW WITH PROSPECTIVE MEMBERS', '7 a) Planning
# applications'): a line opening so is a numbered heading, not a count
_SUB_ITEM_AFTER_RE = re.compile(r"[ \t]{1,2}\(?[a-z][.)][ \t]{1,3}[A-Z]")
# a multiplier word after a figure makes it a quantity, never a paragraph's number
_MULTIPLIER_AFTER_RE = re.compile(r"[ \t]{1,2}(?:million|billion|thousand)\b", re.I)
# after a figure the sentence goes on with a word of its own, not a preposition of a reference ('1,400 attended', not
# 'page 1,204 of')
_WORD_GOES_ON_RE = re.compile(r"[ \t]{1,2}(?!(?:of|to|and|or|in|on|at|for|from|by|with|as)\b)[a-z]{3,}")


# "Assaults causing harm: 26 (up 4).", "Volunteer roster 23, down 2.": the amount a figure just given has changed by, in a
# bracket or after a comma; it counts what that figure counts
_CHANGE_AMOUNT_BEFORE_RE = re.compile(r"(?:\(|,)[ \t]{0,2}(?:up|down)[ \t]{1,2}$", re.I)


# an acronym after a number, then the list goes on or the clause ends ('8 MVA,', '44 EMS and', '1 RTC on the'), never a
# capitalised name after it ('97 ABC Tracker')
_ACRONYM_AFTER_RE = re.compile(r"[ \t]{1,2}[A-Z]{2,5}s?(?=[ \t]*(?:[,;.)]|$|\n)|[ \t]{1,2}(?:and|or|on|in|at|from|with|to)\b)")
_LIST_JOIN_BEFORE_RE = re.compile(r"(?:,|;|:|\band|\bplus)\s{1,3}$")
_COUNT_BEFORE_IN_LIST_RE = re.compile(r"(?<![\w.,/])\d{1,4}[ \t]{1,2}[a-z]{3,}[^\n]{0,60}$")
_COUNT_AFTER_IN_LIST_RE = re.compile(r"[ \t]{0,2}(?:,|[ \t]and)[ \t]{1,2}\d{1,4}[ \t]{1,2}[a-z]{3,}")


def _acronym_in_a_list_of_counts(text: str, start: int, end: int) -> bool:
    """A number before an acronym among other counts of the same clause ('29 medical, 8 MVA, 6 brush',
    '63 runs in February, 44 EMS and 19 fire'): it counts the incidents the acronym names."""
    acronym = _ACRONYM_AFTER_RE.match(text, end)
    if not acronym:
        return False
    window = text[max(0, start - 80) : start]
    if _LIST_JOIN_BEFORE_RE.search(window) and _COUNT_BEFORE_IN_LIST_RE.search(window):
        return True
    return bool(_COUNT_AFTER_IN_LIST_RE.match(text, acronym.end()))
