"""A number that names a thing rather than counting it: 'the 19 line', 'the flat 7', 'the 200 Club',
a page or item number alone on its line, a house number ('16 and 24 Speers Road'), an age as a
group's label ('anyone under 21 in possession'); and the counts that only look like labels
('The 12 new homes', 'PCSO update – 2 Shed Break-ins, 1 Vehicle Theft').

Helpers of excluded_numbers.is_excluded_number; the words are data in
models/patterns/statistics.json (not_label_nouns, sentence_determiners, sentence_goes_on,
irregular_plurals, address_words, label_ages).
"""

from __future__ import annotations

import re

from ..numbers import cardinal_alternation
from .stat_vocabulary import plural_word, statistics_rules


def named_thing(text: str, start: int, end: int, before: str, measured: bool) -> bool:
    """'the 19 line', 'the 394 and Exchange intersection', 'the 200 Club': after 'the' a count names
    plural things ('the 12 new homes', 'the 5,200 LED lights'); a number before a singular word is a name."""
    if measured:
        return False
    if not re.search(r"(?:\bthe|[A-Za-z][’']s)[ \t]{1,2}$", before):
        return False  # "the 200 Club", "AC Transit’s 19 bus line"
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", text[end : end + 40])[:3]
    if (
        words
        and re.fullmatch(r"[A-Z][a-z]+", words[0])
        and not plural_word(words[0])
        and re.match(r"[ \t]{1,2}[A-Z]", text[end : end + 3])
        and not _capitalised_run_ends_plural(text, end)
    ):
        return True  # "the 200 Club with various rooms": a capitalised singular word names it; "the 4 Municipal Districts" counts them
    return not any(plural_word(w) for w in words)


_NOUN_LABEL_BEFORE_RE = re.compile(r"\b(?:the|this|that)[ \t]{1,2}(?P<noun>[a-z]{3,20})[ \t]{1,2}$")


def label_after_a_noun(text: str, end: int, before: str, rules: dict) -> bool:
    """'the flat 7', 'the covid 19 pandemic', 'that tender 2': a number right after 'the' and a singular
    noun names the thing; a count follows a verb or a preposition, or counts the plural after it
    ('the council 7 members' would count members; 'the first 7 homes' is kept by its adjective)."""
    m = _NOUN_LABEL_BEFORE_RE.search(before)
    if not m or m.group("noun") in rules["not_label_nouns"] or plural_word(m.group("noun")) or m.group("noun").endswith(("ing", "ed", "est")):
        return False
    if rules["qualifier_re"].search(before):
        return False
    words = re.findall(r"[A-Za-z]+", text[end : end + 30])[:2]
    return not any(plural_word(w) for w in words)


def counts_what_follows(text: str, end: int) -> bool:
    """'the youth service 45 young people', 'the library service 300 residents use': a plural among the
    next two words is what the number counts (a named 'Service 21 runs' is capitalised)."""
    return any(plural_word(w) for w in re.findall(r"[A-Za-z]+", text[end : end + 30])[:2])


def lone_on_its_line(before: str, after: str) -> bool:
    """'...requested\n\n3\n\nto be included', 'RD\n5\na\nFinance': a page or item number alone on its
    line, set apart by a blank line or after a line that does not run on into it ('...visitors was\n250')."""
    if not re.search(r"(?:^|\n)[ \t]*$", before):
        return False
    if re.search(r"(?:^|\n)[ \t]*\n[ \t]*$", before) or re.match(r"[ \t]*\n[ \t]*(?:\n|$)", after):
        return True
    return not re.search(r"[a-z,;:][ \t]*\n[ \t]*$", before)


def address_pair(text: str, end: int, rules: dict) -> bool:
    """'3600 and 3636 Portage Avenue', '16 and 24 Speers Road': the first of two house numbers."""
    pair = re.match(r"[ \t]{0,2}(?:and|&|-|–)[ \t]{0,2}\d{1,5}[A-Za-z]?(?=[ \t])", text[end : end + 20])
    return bool(pair) and bool(rules["address_re"].match(text, end + pair.end()))


_LABEL_AGE_AFTER_RE = re.compile(r"^(?:s\b|[ \t]{0,2}[.,;)]|[ \t]{1,3}(?:in|who|with|at|and|or|are|is|were|was|may|must|can|cannot|from|on)\b)", re.I)


def is_label_age(before: str, after: str, value: float, rules: dict) -> bool:
    """'anyone under 21 in possession', 'sold to under 18s': a legal age naming a group, not a count
    (a count names what it counts: 'under 25 people attended')."""
    if value in rules["label_ages"] and re.search(r"\b(?:under|over)[ \t]{1,2}$", before, re.I) and _LABEL_AGE_AFTER_RE.match(after):
        return True
    if 5 <= value <= 99 and _AND_BEYOND_AFTER_RE.match(after) and rules["age_group_noun_before_re"].search(before[-40:]):
        return True  # "children 12 and under continue to ride free": people named by an age and the ages beyond it
    # 'islanders under 26', 'a child under 18 remain', 'plot holders over 70': people named by an age limit,
    # whatever the age; 'residents over 300 signed' or 'children under 5 places' count what follows
    return (
        value == int(value)
        and 5 <= value <= 99
        and bool(rules["age_group_before_re"].search(before[-40:]))
        and not _PLURAL_AFTER_RE.match(after)
        and not re.match(r"^[ \t]{0,2}(?:%|per\b|percent)", after, re.I)
    )


_AND_BEYOND_AFTER_RE = re.compile(r"^[ \t]{1,2}(?:and|&)[ \t]{1,2}(?:under|over|younger|older|below|above)\b", re.I)
_PLURAL_AFTER_RE = re.compile(r"^[ \t]{1,3}(?:[a-z]+[ \t]{1,3})?(?:[a-z]{2,}[^su]s|people|children|staff)\b")


def determiner_count(before: str, after: str) -> bool:
    """'The 12 new homes', 'Some 250 households': a sentence-opening determiner before a count of
    a plural noun, not a capitalised label word ('Tender 1', 'Option 2')."""
    return bool(statistics_rules()["determiner_before_re"].search(before) and _PLURAL_AFTER_RE.match(after))


_LIST_COUNT_RE = re.compile(r"(?:^|[,;:–—-]|\band)[ \t]{0,3}\d{1,4}[ \t]{1,3}[A-Z]")


_CAPITALISED_RUN_RE = re.compile(r"\s+[“\"']?(?!The\b)(?:[A-Z][\w'’-]*[ \t]{1,2}){1,2}([A-Z][a-z'’-]*)(?![\w'’-])")


def _capitalised_run_ends_plural(text: str, end: int) -> bool:
    """'3 Vacant Plots', '2 Missed Bin Collections': a title-case noun phrase whose last word is plural
    (a heading's is not: '97 Audit Recommendation Tracker', '3 Oaks Close'; nor a house's name: '1 The Old Stores')."""
    run = _CAPITALISED_RUN_RE.match(text, end)
    return bool(run) and plural_word(run.group(1)) and not run.group(1).endswith(("'s", "’s"))


_NAMES_BEFORE_A_PLURAL_RE = re.compile(r"[ \t]{1,2}(?:[A-Z][a-z]+[ \t]{1,2}){1,2}([a-z]{3,})\b")


def _names_before_a_plural(text: str, end: int) -> bool:
    """'the year: 11 Parish Council meetings held', ', 4 Community Speedwatch sessions': capitalised words naming the kind
    of the lower-case plural that the number counts; not papers or a tally (count_labels.not_counts: '4 Finance Committee minutes')."""
    run = _NAMES_BEFORE_A_PLURAL_RE.match(text, end)
    return bool(run) and plural_word(run.group(1)) and run.group(1) not in statistics_rules()["count_label_not_set"]  # not '4 Finance Committee minutes'


def _acronym_before_a_plural(noun: re.Match | None) -> bool:
    """'Fire: 32 EMS calls', 'Licensing: 12 HMO licences', 'Police: 32 ASB incidents': an acronym used
    as an adjective before the plural noun the number counts (not 'Item 4 CIL Report': no plural)."""
    return bool(noun and noun.group(2) and re.fullmatch(r"[A-Z]{2,6}", noun.group(1)) and plural_word(noun.group(2).strip()))


def capitalised_count(text: str, start: int, end: int, before: str) -> bool:
    """'Also attending: 10 Parishioners', 'PCSO update – 2 Shed Break-ins, 1 Vehicle Theft': a count
    before a capitalised noun, told from a heading ('97 Audit Recommendation Tracker') by its place
    inside a line after ':' ',' '–', and by a plural noun or a list of such counts."""
    rules = statistics_rules()
    noun = re.match(r"\s+[“\"']?([A-Z][\w'’-]*)(\s+[a-z]+)?", text[end : end + 40])
    name = noun.group(1).rstrip("'’") if noun else ""  # "42 Commissioners' dwellings": a plural's possessive is plural too
    plural = bool(noun and (re.search(r"[a-z]s$", name) and not name.endswith("ss") or name.lower() in rules["irregular_plurals"]))
    if (
        re.search(r"[a-z)][.!?][ \t]{1,3}$", before)
        and plural
        and noun.group(2)
        and noun.group(2).strip() in rules["sentence_goes_on"]
        and text[start:end].isdigit()
    ):
        return True  # "... for children. 53 Children and Young People's Council Members were ..."
    if not re.search(r"[:;,–—(-][ \t]{0,3}$|\b(?:and|with|attending|present)[ \t]{1,3}$", before):  # '(6 Members)' too
        return False
    if plural or _capitalised_run_ends_plural(text, end) or _acronym_before_a_plural(noun) or _names_before_a_plural(text, end):
        return True
    line_start = max(text.rfind("\n", max(0, start - 50), start) + 1, start - 50)
    line_end = text.find("\n", end, end + 50)
    line_end = line_end if line_end != -1 else min(len(text), end + 50)
    return len(_LIST_COUNT_RE.findall(text[line_start:line_end])) >= 2


# after a labelled count the clause ends ('Public: 11.', 'Representations: 19, mostly ...', 'Written submissions: 3 (1 in support')
# and no list of numbers goes on ('Wards: 3, 4 and 7' numbers wards)
# ('Public: 11.', 'Representations: 19, mostly ...', 'Written submissions: 3 (1 in support'); or another labelled field of the
# head goes on, after a column gap or a separator ('Councillors: 6 Clerk: Mrs K Blewitt', 'Members of public: 11 · Police:')
_LABELLED_COUNT_END_RE = re.compile(
    r"[ \t]*(?:$|\n|[;)]|,(?![ \t]*\d)|\.(?:[ \t\n]|$)|[ \t]{1,2}\((?![ \t]*\d+[ \t]*\)))|[ \t]{4,}[A-Z]"
    r"|[ \t]{1,3}(?:[·•|][ \t]{1,3})?[A-Z][A-Za-z]+(?:[ \t][A-Za-z]+){0,2}:"
)
_LINE_END_RE = re.compile(r"[ \t]*(?:\n|$)")


# the labelled count a run of them goes on from: 'Councillors present: 11.' before 'Public speakers: 9.'
_LABELLED_COUNT_BEFORE_RE = re.compile(r"[A-Za-z)][ \t]{0,2}[:–-][ \t]{0,3}\d{1,3}(?:,\d{3})*[.;]$")


_PARTICIPLE_RE = re.compile(r"[a-z]{3,}ed")


# a whole number written with a thousands group ('11,406'): a count of many, never an item's or a list's number, a
# label or a reference (excluded_numbers reads it too)
THOUSANDS_GROUPED_RE = re.compile(r"[1-9]\d{0,2}(?:,\d{3})+")


def _done_to_them(words: list[str], rules: dict) -> int:
    """How many of the label's last words say what was done to the things counted: a participle in -ed, perhaps with a
    particle ('filled', 'removed', 'turned around'), after a plural ('Potholes filled: 140.', 'Beaver dams removed: eight.'),
    never one that names a vote or a paper ('Members voted: 7', 'Sections amended: 12': count_labels.not_states). 0: none."""
    tail = 2 if len(words) > 2 and words[-1] in rules["count_label_particles_set"] else 1
    if len(words) <= tail:
        return 0
    verb, noun = words[-tail], words[-tail - 1]
    if not _PARTICIPLE_RE.fullmatch(verb) or verb in rules["count_label_not_states_set"] or not plural_word(noun):
        return 0
    return tail


def count_label_before(text: str, start: int, end: int, rules: dict) -> bool:
    """'Public: 11.', 'Press – 1.', 'Oral submissions: 2', 'Sandbags available: 9,000', 'Voids: two.': a count given as
    'Label: value' (attendance blocks, reports read out as lists). The label is either a word that names a count by itself
    (public, press, attendance: count_labels.singular), opening a line or a sentence of an attendance block, or a plural
    noun opening its line, perhaps with the state of the things counted after it ('received', 'on loan'); the number
    ends its clause. Not a count: a
    singular label ('Ward: 12', 'Reference: 4471'), a plural that numbers papers or names a tally ('Minutes: 4',
    'Abstentions: 1': count_labels.not_counts), a list of numbers ('Wards: 3 and 7')."""
    if not _LABELLED_COUNT_END_RE.match(text, end) or re.match(r"[ \t]{1,2}(?:and|&|or|to)[ \t]{1,2}\d", text[end : end + 12]):
        return False
    m = rules["count_label_before_re"].search(text, max(0, start - 60), start)
    if not m:
        return False
    if "\n" in text[m.end("label") : start] and "," not in text[start:end] and not re.match(r"[ \t]*(?:\n|$)", text[end : end + 8]):
        return False  # "Actions:\n1. Clerk to write ...": a list's first number under its heading ('Sandbags available:\n9,000.' counts)
    words = m.group("label").lower().split()
    if m.group("space") is not None:
        # 'Public 12' alone on its line (a squashed column gap): only a word that names a count by itself, opening the line
        return m.group(0)[:1] not in ".;!?" and " ".join(words) in rules["count_label_singular_set"] and bool(_LINE_END_RE.match(text, end))
    if " ".join(words) in rules["count_label_singular_set"]:
        return True
    if m.group("gap") is not None and m.group(0)[:1] in ".;!?":
        return False  # a column gap only in a block's layout
    states = rules["count_label_states_set"]
    done = _done_to_them(words, rules)  # 'Potholes filled', 'Beaver dams removed', 'homes turned around'
    if done:
        words = words[:-done]
    stated = False
    while len(words) > 1 and words[-1] in states:  # 'Fire calls YTD', 'Peace Officer files opened'
        words.pop()
        stated = True
    if stated and " ".join(words) in rules["count_label_singular_set"]:
        return True  # 'PUBLIC PRESENT: One', 'Members of the public present: two.', 'Press in attendance: 1'
    noun = words[-1]
    if (
        m.group(0)[:1] in ".;!?"
        and not done
        and not (stated or THOUSANDS_GROUPED_RE.fullmatch(text, start, end))
        and not _LABELLED_COUNT_BEFORE_RE.search(text, max(0, m.start() - 40), m.start() + 1)
        and noun not in rules["people_nouns_set"]
    ):
        return False  # a plural label opens its line or follows another labelled count ('Councillors present: 11. Public
        # speakers: 9.'), or counts people in the attendance written as sentences ('PC K. Abbas.  Residents: nine.',
        # 'Linda Bixler. Residents in attendance: twelve.'); in running prose ('... the play area. Repairs: 3') counts are 'N things',
        # unless the label says the state of the things counted ('... the crest. Sandbags available:\n9,000.') or the figure has a
        # thousands group no list or reference number carries ('27 leak repairs completed. Customer accounts: 11,406.')
    return plural_word(noun) and noun not in rules["count_label_not_set"] and noun not in rules["not_before_set"] and noun not in rules["subject_stop"]


# a count of a plural: digits or a number in words, perhaps one adjective, then the plural ('Nine applications', '44 parking spaces');
# the words two to nineteen and the tens to fifty (number_words.tsv), the range this reader has always had ('one' counts no plural)
_PLURAL_COUNT_RE = re.compile(
    r"(?<![\w.,/£$€-])(?:\d{1,4}|" + cardinal_alternation(2, 19) + "|" + cardinal_alternation(20, 50, 10) + r")"
    r"[ \t]{1,2}(?P<first>[a-z][a-z-]+)(?:[ \t]{1,2}(?P<noun>[a-z]{3,})\b)?",
    re.I,
)
_CLAUSE_END_AFTER_RE = re.compile(r"[ \t]*(?:[.;,)](?:\s|$)|$)")
_ELLIPTIC_REACH = 160  # how far back the count of the things is looked for


def elliptic_count(text: str, start: int, end: int, rules: dict) -> bool:
    """'Nine applications came in to the autumn round; the panel recommended seven.', '44 parking spaces where the ordinance
    calls for 60.': a number ending its clause right after a verb that chooses or requires some of the things a count of a
    plural named shortly before counts those things (models/patterns/statistics.json elliptic_count_verbs)."""
    if not _CLAUSE_END_AFTER_RE.match(text, end) or not rules["elliptic_verb_before_re"].search(text, max(0, start - 24), start):
        return False
    return any(
        plural_word(m.group("first")) or (m.group("noun") is not None and plural_word(m.group("noun")))
        for m in _PLURAL_COUNT_RE.finditer(text, max(0, start - _ELLIPTIC_REACH), start)
    )
