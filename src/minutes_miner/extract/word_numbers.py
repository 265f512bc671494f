"""Counts written in words: 'six care leavers', 'two of them', 'Only one tender', 'a waiting list
of four.', and the word numbers that count nothing ('one of', 'two votes', 'each one', 'via
Three Ashes'). The stop words are data in models/patterns/statistics.json (word_number_stop_after,
group_nouns, modal_after_subject, one_counted_after, irregular_plurals), passed in as `rules`; the
number words of its patterns come from models/gazetteers/number_words.tsv (numbers.cardinal_alternation),
each pattern over the range it has always read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .measures import age_of_a_thing, is_period, measure_follows
from .number_labels import count_label_before, elliptic_count
from ..numbers import cardinal_alternation, parse_digits, parse_number_words
from .stat_vocabulary import is_plural_noun
from ..vocabulary import MONTH_NAME_RE

# a doubled number ('one (1) 2027 tandem truck', 'Two (2) 2026 Ford vehicles') may name a model year before its noun, and any
# count a model year before a make ('two 2011 Ford F-250 trucks') or a size joined to its noun ('two 77-passenger buses')
_WORD_NUMBER_RE = re.compile(
    rf"\b(?P<w>(?:(?:{cardinal_alternation(20, 90, 10)})(?:[ -](?:{cardinal_alternation(1, 9)})\b)?|a|{cardinal_alternation(1, 19)})"
    r"(?:\s+(?:hundred|thousand|million)(?:\s+and\s+\w+)?)?|a\s+(?:hundred|thousand|dozen)|(?:a |one )?dozen)\b(?P<repeat>(?:[ \t]{0,2}|[ \t]?\n[ \t]?)\([ \t]{0,2}\d{1,4}[ \t]{0,2}\))?(?=\s+(?(repeat)(?:(?:19|20)\d{2}[ \t]{1,2}|\d{1,3}-)?|(?:(?:19|20)\d{2}[ \t]{1,2}(?=(?-i:[A-Z]))|\d{1,3}-)?)[‘“\"]?(?P<next>[A-Za-z][\w'-]*)|[ \t]?[.;](?:\s|$)|[ \t]{1,2}\((?![ \t]{0,2}\d)|\))",
    re.I,
)
_ENDS_ITS_LINE_RE = re.compile(r"[ \t]*\n")  # a field's value at the end of its line: the next word is no noun it counts
_NUMBER_WORD_BEFORE_RE = re.compile(rf"\b(?:{cardinal_alternation(1, 12)})[ \t]$")
_END_COUNT_BEFORE_RE = re.compile(r"(?<!age )\b(?:of|totall?ed|totalling|numbered|reached)[ \t]{1,3}$", re.I)
PUBLIC_RE = re.compile(r"\s+of\s+the\s+public\b", re.I)
_ELLIPTIC_SUBJECT_BEFORE_RE = re.compile(r"(?:\b(?:and|but|while|whilst|whereas)|,)[ \t]{1,2}$", re.I)
_PART_OF_BEFORE_RE = re.compile(r"\bof[ \t]{1,2}(?:which|whom|these|those)[ \t]{1,2}$", re.I)
_VERBS_AFTER_A_PART = frozenset({"would", "will", "could", "should", "had", "have", "has", "is", "was", "are", "were", "may", "might", "must"})
_RANGE_AFTER_RE = re.compile(rf"\s+(?:to|or)\s+(?:\d+|{cardinal_alternation(1, 12)}|{cardinal_alternation(20, 50, 10)})\b", re.I)
# "between three and five years": 'and' joins the two ends of a range only after 'between'
_AND_RANGE_AFTER_RE = re.compile(rf"\s+and\s+(?:\d+|{cardinal_alternation(1, 12)}|{cardinal_alternation(20, 50, 10)})\b", re.I)
_BETWEEN_BEFORE_RE = re.compile(r"\bbetween[ \t]{1,2}(?:(?:around|about|approximately|some)[ \t]{1,2})?$", re.I)
_NOT_COUNTED_BEFORE_RE = re.compile(r"\b(?:those|this|each|every|no|whichever|aged?|under|over the age of|year|stage|key stage|level|phase|page|item)\s*$")

# "two of them", "two of which": a part of the count just given
_PART_OF_THEM_RE = re.compile(r"\s+of\s+(?:them|which|whom|these|those|us)\b", re.I)
# "four of the county's six districts", "three of its 12 sites": a part of a whole that is counted too
_PART_OF_A_COUNT_RE = re.compile(
    r"\s+of\s+(?:the|its|their|our|his|her|all)\s+(?:[A-Za-z]+[’']s\s+)?"
    rf"(?:\d{{1,4}}|{cardinal_alternation(2, 19)}|{cardinal_alternation(20, 50, 10)})\s+[a-z]",
    re.I,
)
# "nine of the deviations", "Six of the existing fleet", "five of the apartments": the words of a whole whose count is not given
_PART_OF_THINGS_RE = re.compile(r"\s+of\s+(?:the|its|their|these|those)\s+(?:[A-Za-z]+[’']s\s+)?(?P<words>[a-z][\w-]*(?:[ \t]{1,2}[a-z][\w-]*){0,2})")

# "up twelve from last year", "an increase of six on 2025": a change in a count, told by the words before it
_CHANGE_BEFORE_RE = re.compile(r"\b(?:up|down|(?:increase|decrease|rise|fall|drop|reduction)[ \t]{1,2}of)[ \t]{1,2}$", re.I)

WordNumber = tuple[int, int, float, str]  # start, end, value, the unit word of a range ('eight to nine sessions')


# one to ninety-nine in words (number_words.tsv): the last part of a year written out ('two thousand and twenty-four')
_UNITS_WORD = f"(?:{cardinal_alternation(1, 9)})"
_TENS_WORD = rf"(?:(?:{cardinal_alternation(20, 90, 10)})(?:[ -]{_UNITS_WORD})?|{cardinal_alternation(10, 19)}|{_UNITS_WORD})"
# "the twentieth day of January, two thousand twenty-six", "in the year two thousand and twenty-four", "Thursday, April
# seventeenth, two thousand twenty-five": a date's year in words
_YEAR_IN_WORDS_RE = re.compile(
    rf"(?:\b{MONTH_NAME_RE}(?:[ \t]{{1,2}}(?:\d{{1,2}}(?:st|nd|rd|th)?|[a-z-]*(?:first|second|third|th)))?|\bday[ \t]{{1,2}}of|\byear)[ \t,]{{1,3}}"
    rf"(?P<year>(?:two[ \t]{{1,2}}thousand|nineteen[ \t]{{1,2}}hundred)(?:[ \t]{{1,2}}and)?[ \t]{{1,2}}{_TENS_WORD})\b",
    re.I,
)

_HUNDREDS_RE = re.compile(r"thousand|hundred", re.I)  # a cheap test before the year search

# "MINUTES OF THE EIGHTY FOURTH (84TH) SPECIAL COUNCIL MEETING", "the twenty first century": a tens word and an ordinal of the
# units written apart are one ordinal, which numbers a meeting or a period and counts nothing
_BARE_TENS_RE = re.compile(r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety")
_UNITS_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"})
# "twenty first class stamps", "thirty second hand bikes": the ordinal opens a compound ('first class'), the tens word counts
_ORDINAL_COMPOUND_AFTER_RE = re.compile(r"[ \t]{1,2}(?:class|hand|aid)\b", re.I)


def word_number_matches(text: str, rules: dict) -> Iterator[WordNumber]:
    """Every word number that counts something, with its span and value; a year in words after a date is none."""
    years = [(y.start("year"), y.end("year")) for y in _YEAR_IN_WORDS_RE.finditer(text)] if _HUNDREDS_RE.search(text) else []
    for m in _WORD_NUMBER_RE.finditer(text):
        if years and any(start <= m.start() < end for start, end in years):
            continue
        words = m.group("w").lower()
        if m.group("next") is None or (_ENDS_ITS_LINE_RE.match(text, m.end("w")) and count_label_before(text, m.start(), m.end("w"), rules)):
            # "a waiting list of four.", "Members present: five (Mr T. Crellin, ...)": the number ends its clause;
            # "PUBLIC PRESENT: One\n\nMINUTES: ...": or a labelled count's line, the next word on another line
            labelled = count_label_before(text, m.start(), m.end("w"), rules)  # 'Members absent: one (Mr R. Teare)' counts one too
            if (
                (labelled and words != "a")
                or (_ends_a_count(text, m.start(), rules) and words not in {"a", "one"})
                or _qualified_in_brackets(text, m, rules)
                or (words != "a" and elliptic_count(text, m.start(), m.end("w"), rules))  # "the panel recommended seven."
            ):
                value = parse_number_words(m.group("w"))
                if value:
                    yield m.start(), m.end("w"), value, ""
            continue
        if m.group("w")[0].isupper() and m.group("next")[0].isupper() and not m.group("repeat") and _capitalised_name(text, m):
            continue  # "via Three Ashes", "Four Oaks ward": a capitalised name, not a count ('Five (5) Day License' is doubled: a figure)
        is_range = _RANGE_AFTER_RE.match(text[m.end() :]) or (
            _BETWEEN_BEFORE_RE.search(text, max(0, m.start() - 24), m.start()) and _AND_RANGE_AFTER_RE.match(text, m.end())
        )
        if words == "a" or (words.startswith("a ") and "hundred" not in words and "thousand" not in words and "dozen" not in words):
            continue
        nxt = _role_of_next_word(text, m, words, bool(is_range), rules)
        if nxt in _UNITS_ORDINALS and _BARE_TENS_RE.fullmatch(words) and not _ORDINAL_COMPOUND_AFTER_RE.match(text, m.end("next")):
            continue  # "the EIGHTY FOURTH meeting": an ordinal written in two words
        if nxt in rules["word_number_stop_after"] or words == "one" and not _counts_one(text, m, rules):
            continue
        value = _counted_value(text, m, words, nxt, rules)
        if value is None:
            continue
        if is_range:
            unit_word = re.match(r"\s+(?:to|or|and)\s+\w+\s+(\w+)", text[m.end() :])
            yield m.start(), m.end("w"), value, (unit_word.group(1) if unit_word else "")
            continue
        yield m.start(), m.end("w"), value, ""


def _qualified_in_brackets(text: str, m: re.Match, rules: dict) -> bool:
    """'volunteers needed (about ten)', 'objectors present (some forty)': an estimate in brackets counts what the clause names."""
    return (
        text.startswith(")", m.end("w"))
        and m.group("w").lower() not in {"a", "one"}
        and bool(re.search(r"\([ \t]{0,2}\S+(?:[ \t]\S+)?[ \t]{1,2}$", text[max(0, m.start() - 20) : m.start()]))
        and bool(rules["qualifier_re"].search(text, max(0, m.start() - 20), m.start()))
    )


def _ends_a_count(text: str, start: int, rules: dict) -> bool:
    """'a waiting list of four.', 'numbered twelve.', 'Waiting list stands at thirty-one.': the words before a number that ends
    its clause say it is the count of what the sentence names (models/patterns/statistics.json count_end_verbs)."""
    before = text[max(0, start - 30) : start]
    return bool(_END_COUNT_BEFORE_RE.search(before) or rules["count_end_before_re"].search(before))


def _role_of_next_word(text: str, m: re.Match, words: str, is_range: bool, rules: dict) -> str:
    """The word after the number, or the role it plays when that word would wrongly stop the count:
    'one member of the public', 'two of them', 'two more days', 'two teams of three', 'three would be'."""
    nxt = m.group("next").lower()
    if nxt in {"member", "members"} and PUBLIC_RE.match(text, m.end("next")):
        nxt = "members of the public"  # "one member of the public": an attendance count
    if is_range and words not in {"a", "one"}:
        nxt = ""  # "eight to nine sessions": the first end of a range counts too
    if (
        nxt == "of"
        and words != "one"
        and (
            _PART_OF_THEM_RE.match(text, m.end("w"))  # at the number's end, not on a copy of the rest of the text
            or _PART_OF_A_COUNT_RE.match(text, m.end("w"))
            or _part_of_things(text, m.end("w"), rules)
        )
        and not _label_word_before(text, m.start(), rules)
    ):
        nxt = "of them"  # "co-opted two of them", "two of which had been closed", "four of the county's six districts"
    if nxt in {"from", "on"} and words != "one" and _CHANGE_BEFORE_RE.search(text, max(0, m.start() - 24), m.start()):
        nxt = "change"  # "up twelve from last year", "an increase of six on 2025": the size of a change in a count
    if nxt == "in" and words != "one" and rules["count_in_after_re"].match(text, m.end("w")) and not _label_word_before(text, m.start(), rules):
        nxt = "counted in"  # "eleven in March", "twenty-three in the 2025 season", "thirty-three in support", "(eleven in total)"
    if (nxt in rules["unit_gap_words"] or m.group("repeat")) and measure_follows(text, m.end("w"), rules):
        nxt = "measure"  # "two more days", "five further years", "a Five (5) Day License" (a doubled figure's measure)
    if nxt == "more" and words not in {"a", "one"} and _more_things_after(text, m.end("next")):
        nxt = "more things"  # "reviewed two more re-appointment applications": a count of plural things, 'more' qualifying them
    if nxt in rules["word_number_stop_after"] and rules["groups_of_re"].search(text, max(0, m.start() - 20), m.start()) and words not in {"a", "one"}:
        nxt = "group size"  # "two teams of three to operate": the size of each group is a count
    if nxt in rules["modal_after_subject"] and words not in {"a", "one"} and _ELLIPTIC_SUBJECT_BEFORE_RE.search(text, max(0, m.start() - 6), m.start()):
        nxt = "subject"  # "two signs would be $50,000 and three would be $70,000": the number stands for the things counted
    if (
        nxt in _VERBS_AFTER_A_PART
        and words not in {"a", "one"}
        and (
            _PART_OF_BEFORE_RE.search(text, max(0, m.start() - 16), m.start())
            or rules["remaining_part_before_re"].search(text, max(0, m.start() - 20), m.start())
        )
    ):
        nxt = "subject"  # "42 homes, of which twelve would be affordable", "9 councillors, of whom three are new", "the remaining three would be tenanted"
    return nxt


# the plural after 'more', perhaps behind one word qualifying it ('two more applications', 'three more affordable homes')
_MORE_THINGS_AFTER_RE = re.compile(r"[ \t]{1,2}(?P<first>[a-z][a-z'’-]*)\b(?:[ \t]{1,2}(?P<second>[a-z][a-z'’-]*)\b)?")


def _more_things_after(text: str, end: int) -> bool:
    """'two more applications', 'three more re-appointment applications': more of plural things, a count of them (not 'two
    more than last year', 'one more time', 'two more to come')."""
    after = _MORE_THINGS_AFTER_RE.match(text, end)
    if not after or after.group("first") in {"than", "to"}:
        return False
    return is_plural_noun(after.group("first")) or bool(after.group("second")) and is_plural_noun(after.group("second"))


def _part_of_things(text: str, end: int, rules: dict) -> bool:
    """'nine of the deviations', 'Six of the existing fleet': a part taken out of things of the business is a count of them; a
    part of the meeting's own members ('Two of the members left early') or of one thing ('two of the issue') is not
    (models/patterns/statistics.json part_of_wholes, part_of_not_wholes)."""
    m = _PART_OF_THINGS_RE.match(text, end)
    if not m:
        return False
    words = m.group("words").split()
    for word in words:
        if word in rules["part_of_not_wholes"]:
            return False
        if is_plural_noun(word) or word in rules["part_of_wholes"]:
            return True
    return False


def _label_word_before(text: str, start: int, rules: dict) -> bool:
    """'week fifteen of the diversion', 'Part Two of the Act': the word before names the number (models/patterns/statistics.json
    not_before), so what follows 'of' is the thing it belongs to, not a whole it is a part of."""
    word = re.search(r"([A-Za-z]+)[ \t]{1,2}$", text[max(0, start - 20) : start])
    return bool(word) and word.group(1).lower() in rules["not_before_set"]


def _counted_value(text: str, m: re.Match, words: str, nxt: str, rules: dict) -> float | None:
    """The count's value, or None where the words before or after make the number no count
    ('each one', 'aged four', 'the past five years', 'three four pane windows', 'two (3)')."""
    before = text[max(0, m.start() - 25) : m.start()].lower()
    if _NUMBER_WORD_BEFORE_RE.search(before):
        return None  # "three four pane windows": the second number describes the thing counted
    if _NOT_COUNTED_BEFORE_RE.search(before) and not (
        before.rstrip().endswith("every") and measure_follows(text, m.end("w"), rules) or before.rstrip().endswith("those") and is_plural_noun(nxt)
    ):  # "those three people" counts people
        return None  # "each one", "aged four"; but "every three months" is a measure
    if is_period(text, _figure_start(m), m.end(), before):
        return None
    if (re.match(r"\s+(?:years? old|year-old|-year-old)", text[m.end() :]) or "year-old" in text[m.end() : m.end() + 10]) and not age_of_a_thing(
        text, m.start(), m.end()
    ):
        return None
    value = parse_number_words(words)
    if value is None or value == 0 or nxt in {"hundred", "thousand", "million"}:
        return None
    if m.group("repeat") and parse_digits(m.group("repeat").strip(" \t\n()")) != value:
        return None  # "two (3)": one of them is not what it seems
    return value


def _figure_start(m: re.Match) -> int:
    """Where the figure as written starts: the digits of a doubled number ('within eighteen (18) months' is drafted
    as a rule's period, like 'within 28 days'), else the words."""
    if m.group("repeat"):
        repeat = m.group("repeat")
        return m.start("repeat") + len(repeat) - len(repeat.lstrip(" \t\n("))
    return m.start()


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
    if m.group("repeat"):
        return True  # "purchase of one (1) used grader": a number doubled in digits is a quantity, never a determiner
    before = text[max(0, m.start() - 20) : m.start()]
    low = before.lower()
    if _ONE_RECEIVED_AFTER_RE.match(text, m.end("w")):
        return not re.search(r"\b(?:this|that|no|any|each|every|which|least|than)\s*$", low)  # "One submission was received"
    if _ONE_BEFORE_A_COUNT_RE.match(text, m.end("w")) and not re.search(r"\b(?:the|this|that|no|any|each|every|which|least|than)\s*$", low):
        return True  # "One letter of support and 4 objections were received"
    if PUBLIC_RE.match(text, m.end("next")) and m.group("next").lower() == "member":
        return not re.search(r"\b(?:the|this|that|no|any|each|every|which)\s*$", low)
    if rules["one_counted_before_re"].search(before) or measure_follows(text, m.end("w"), rules):
        return not re.search(r"\b(?:the|this|that|no|any|each|every|which|least|than)\s*$", low)
    if m.group("w")[0] == "O" and re.search(r"(?:^|[.!?:]\s*|\n\s*)$", before):
        return False  # "One resident asked ...", "One question was raised"
    if not (m.group("repeat") or _one_in_a_list_of_counts(text, m) or _same_thing_counted_before(text, m)):
        return False  # "one sign was faded", "one morning", "one suggestion": a determiner, not a count
    return (
        not re.search(r"\b(?:the|this|that|no|any|each|every|which|at|as|of|in|on|to|one|for|than|least)\s*$", low)
        and not (m.group("next").lower().endswith("s") and m.group("next").lower() not in _SINGULAR_IN_S)
        and m.group("next")[0].islower()
    )


# nouns whose singular ends in 's' like a plural: 'one premises licence review', 'one series of talks'
_SINGULAR_IN_S = frozenset({"premises", "series", "species", "means", "news", "bus", "gas", "census", "campus", "surplus", "bonus", "virus"})
# "One submission was received", "the one submission received", "one letter of objection has been lodged":
# responses to a consultation or an application are counted, 'one' included ('one letter of interest received': a bid for a vacancy)
_ONE_THING = r"[ \t]{1,2}[a-z][\w-]*(?:[ \t]{1,2}(?:of|in)[ \t]{1,2}(?:support|objection|opposition|complaint|interest|[a-z]+s))?"
_ONE_RECEIVED_AFTER_RE = re.compile(
    _ONE_THING + r"[ \t]{1,2}(?:(?:was|has[ \t]{1,2}been|had[ \t]{1,2}been)[ \t]{1,2})?(?:received|lodged|submitted|registered)\b"
)
# "One letter of support and 4 objections": 'one' before another count joined to it
_ONE_BEFORE_A_COUNT_RE = re.compile(
    _ONE_THING
    + rf"[ \t]{{0,2}}(?:,|[ \t]and)[ \t]{{1,2}}(?:[2-9]|[1-9]\d{{1,3}}|{cardinal_alternation(2, 12)}|{cardinal_alternation(20, 20)})[ \t]{{1,2}}[a-z]+s\b",
    re.I,
)
_LIST_JOIN_BEFORE_RE = re.compile(r"(?:\b(?:and|or|plus)|,)[ \t]{1,2}$", re.I)
_COUNT_IN_CLAUSE_RE = re.compile(
    rf"(?<![\w.,/£$€-])(?:[2-9]|[1-9]\d{{1,3}}|{cardinal_alternation(2, 12)}|{cardinal_alternation(20, 20)})[ \t]{{1,2}}[a-z][\w-]*[^.;:!?]{{0,60}}$", re.I
)


def _one_in_a_list_of_counts(text: str, m: re.Match) -> bool:
    """'two ground floor windows and one first floor window', '3 benches, one bin': 'one' joined to
    another count of the same clause is a count too."""
    if not _LIST_JOIN_BEFORE_RE.search(text, max(0, m.start() - 8), m.start()):
        return False
    return bool(_COUNT_IN_CLAUSE_RE.search(text, max(0, m.start() - 90), m.start()))


_COUNT_WORD = rf"(?:[2-9]|[1-9]\d{{1,3}}|{cardinal_alternation(2, 12)}|{cardinal_alternation(20, 20)})"


def _same_thing_counted_before(text: str, m: re.Match) -> bool:
    """'ten live recommendations ... two recommendations had been completed ... one recommendation for
    which an extension was requested': 'one' in a run of counts of the same thing is a count too."""
    noun = m.group("next").lower()
    if len(noun) < 3:
        return False
    for earlier in _EARLIER_COUNT_RE.finditer(text, max(0, m.start() - 300), m.start()):
        if any(word.lower() in (noun, noun + "s") for word in earlier.group("words").split()):
            return True
    return False


_EARLIER_COUNT_RE = re.compile(rf"(?<![\w.,/£$€-]){_COUNT_WORD}[ \t]{{1,2}}(?P<words>(?:[a-z-]+[ \t]{{1,2}}){{0,2}}[A-Za-z-]+)", re.I)
