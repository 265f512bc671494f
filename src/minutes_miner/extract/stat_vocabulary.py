"""The statistics vocabulary: models/patterns/statistics.json, read once, its word lists compiled.

Every statistics module (the finder, counts, measures, the exclusions, money, ranges, tables)
reads its words from here, so adding a unit, a label noun or a stop word is one line in one
data file. The rules dict holds the lists as written in the JSON and, under the keys built
below, the sets and regexes made from them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..resources import pattern_rules
from ..vocabulary import MONTH_NAME_RE

# The lists that the code tests a word against (`word in rules[key]`): read as sets.
_SET_KEYS = (
    "word_number_stop_after",
    "irregular_plurals",
    "sentence_goes_on",
    "modal_after_subject",
    "not_label_nouns",
    "subject_stop",
    "range_stop_after",
    "not_plurals",
    "part_of_wholes",
    "part_of_not_wholes",
)


def alternation(words: Iterable[str], longest_first: bool = False) -> str:
    """'a|b|c' of literal words for a regex, in the data's order (or longest first, so that
    'working days' is tried before 'days' where nothing after the group tells them apart)."""
    words = sorted(words, key=len, reverse=True) if longest_first else list(words)
    return "|".join(re.escape(w) for w in words)


def words_re(words: Iterable[str], flags: int = re.I) -> re.Pattern:
    """A whole word (or phrase) of `words` anywhere: r'\b(?:w1|w2)\b'."""
    return re.compile(r"\b(?:" + alternation(words) + r")\b", flags)


@lru_cache(maxsize=1)
def statistics_rules() -> dict:
    """models/patterns/statistics.json with its lists compiled (see the keys set here)."""
    rules = dict(pattern_rules("statistics.json"))
    for key in _SET_KEYS:
        rules[key] = frozenset(rules[key])
    rules["not_before_set"] = {w.lower() for w in rules["not_before"]}
    rules["people_nouns_set"] = {w.lower() for w in rules["people_nouns"]}
    # "1  receives the report;": a clause's number before its decision verb (not "2 notes were received")
    rules["clause_verb_after_re"] = re.compile(
        r"[ \t]{1,4}(?:"
        + alternation(rules["clause_verbs"], longest_first=True)
        + r")\b(?![ \t]{1,2}(?:were|was|are|is|have|has|had|of|from|received|submitted)\b)"
    )
    # "islanders under 26", "care leavers up to 25", "plot holders aged over 70": a group named by its age limit
    rules["age_group_before_re"] = re.compile(
        r"\b(?:"
        + alternation(rules["age_group_nouns"], longest_first=True)
        + r")(?:[ \t]{1,2}aged)?[ \t]{1,2}(?:under|over|up[ \t]to|below|above|aged)[ \t]{1,2}$",
        re.I,
    )
    # "children 12 and under": the people an age and the ages beyond it name (number_labels.is_label_age)
    rules["age_group_noun_before_re"] = re.compile(r"\b(?:" + alternation(rules["age_group_nouns"], longest_first=True) + r")[ \t]{1,2}$", re.I)
    # "more than 40", "only 3", and inside a bracket "(about 30)", "(approx. 150)"
    rules["qualifier_re"] = re.compile(r"(?:^|[\s(])(?P<q>" + alternation(rules["qualifiers"], longest_first=True) + r")\s*$", re.I)
    # a unit of two words may break across a line ('eleven working\ndays')
    units = alternation(rules["other_units"], longest_first=True).replace("\\ ", r"\s")
    rules["other_units_re"] = re.compile(r"\s*(?:" + units + r")(?!\w)", re.I)
    # the gap word may open the next line of an indented paragraph ('missed for three\n             consecutive weeks')
    rules["unit_gap_re"] = re.compile(r"(?:[ \t]{1,2}|[ \t]?\n[ \t]{0,16})(?:" + alternation(rules["unit_gap_words"]) + r")(?=\s)", re.I)
    # "1,900 truck kilometres", "1,100 dry tons": one singular lower-case word qualifying a plural measure
    rules["qualified_unit_re"] = re.compile(
        r"[ \t]{1,2}(?!(?:"
        + alternation(rules["qualified_unit_not_gap"])
        + r")\b)[a-z]{3,}(?<!s)[ \t]{1,2}(?:"
        + alternation(rules["qualified_units"], longest_first=True).replace("\\ ", r"[ \t]")
        + r")(?![\w/-])"
    )
    rules["hyphen_unit_re"] = re.compile(
        r"\b(?P<n>\d{1,3}(?:\.\d{1,2})?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety)-\n?(?:"
        + alternation(rules["hyphen_units"])
        + r")s?\b(?!-old|\s+old)",
        re.I,
    )
    # "-member", "-space": the tail of "a five-member panel" (statistics.find_statistics reads the number before it)
    rules["hyphen_count_re"] = re.compile(r"-(?:" + alternation(rules["hyphen_count_nouns"]) + r")\b(?!-)", re.I)
    # "the 5-year capital plan", "the Six-Year Road Plan", "its five-year cost projection", "(high level county 3 year\nplan)": the span
    # that names a plan (plan_horizon_nouns), a printed line perhaps broken inside it
    rules["plan_horizon_re"] = re.compile(
        r"(?<![\w.,£$€])(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|twenty-five|thirty|forty|fifty)"
        r"(?:-|[ \t])(?:year|yr|month)(?:-\n?|[ \t]{0,2}\n?[ \t]{0,2}(?<=\s))(?:[A-Za-z&]+[ \t]{0,2}\n?[ \t]{0,2}(?<=\s)){0,3}?(?:"
        + alternation(rules["plan_horizon_nouns"], longest_first=True)
        + r")\b",
        re.I,
    )
    # "3 bed house" is a label, "47 bed days" a measure of care
    rules["not_after_re"] = re.compile(r"^\s*(?:" + alternation(rules["not_after"], longest_first=True) + r")(?![a-z])(?![ \t]{1,2}(?:days|nights)\b)", re.I)
    directions = alternation(rules["address_directions"], longest_first=True)
    # "705 Massachusetts Avenue", "200 Clarendon\nSt" (a PDF line break inside the address), "212 Kākāriki Road", "14 Tŷ Gwyn Road"
    # (Māori and Welsh names: letters with macrons and circumflexes)
    rules["address_re"] = re.compile(
        r"(?:[ \t]{1,3}|[ \t]{0,2}\n{1,2}[ \t]{0,2})(?:(?:"
        + directions
        + r")[ \t]{1,3})?(?:(?:[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž'’]+|\d{1,3}(?:st|nd|rd|th))(?:[ \t]{1,3}|[ \t]{0,2}\n{1,2}[ \t]{0,2})){1,3}(?i:"
        + "|".join(rules["address_words"])
        + r")\b"
    )
    # "COUNCIL CHAMBER, 80 TE KORAHA STREET, MATAIRANGI": an address in a heading of capitals, the street word in capitals too
    rules["address_capitals_re"] = re.compile(
        r"[ \t]{1,3}(?:[A-Z][A-Z'’-]+[ \t]{1,3}){1,3}(?:" + "|".join(re.escape(w.upper()) for w in rules["address_words"]) + r")\b(?![a-z])"
    )
    # "7 Maes Glas", "480 chemin Principal", "12 rue de la Gare": the street word before the street's name
    rules["address_first_re"] = re.compile(
        r"[ \t]{1,3}(?i:"
        + alternation(rules["address_words_first"], longest_first=True)
        + r")[ \t]{1,3}(?:(?:de la|de|du|des|d'|y|yr|del|la|le|an|na)[ \t]{1,3})?[A-ZÀ-Ý]"
    )
    # "the Municipal Chambers, 3 Esplanade, Swansport", "12 Broadway": a street that a street word names on its own (not '3 Broadway shows')
    rules["lone_street_re"] = re.compile(r"[ \t]{1,3}(?:" + alternation(rules["lone_street_names"]) + r")\b(?![ \t]{1,2}[a-z])")
    # "the Chair referred to 5.3 of the report", "in line with 4.2 of the Code of Conduct": the document a paragraph's number cites
    rules["cited_document_after_re"] = re.compile(
        r"[ \t]{1,2}of[ \t]{1,2}(?:the|this|that|its|our|their|these)[ \t]{1,2}(?:[A-Za-z'’-]+[ \t]{1,2}){0,2}?(?:"
        + alternation(rules["cited_document_nouns"], longest_first=True)
        + r")\b",
        re.I,
    )
    # "held in the Council Chamber, 50 Road, Magherafelt": a house number and a street word whose name was lost in publishing,
    # between the commas of an address (excluded_numbers asks for the comma before the number)
    rules["nameless_street_re"] = re.compile(r"[ \t]{1,3}(?:" + "|".join(rules["address_words"]) + r"),[ \t]{1,3}[A-Z][a-z]")
    # "627 SE 14th Street", "200 SW\n": an abbreviated compass point after a number is a street address
    short = alternation((d for d in rules["address_directions"] if len(d) <= 3), longest_first=True)
    rules["address_direction_re"] = re.compile(r"[ \t]{1,3}(?:" + short + r")(?:[ \t]{1,3}(?:\d{1,3}(?:st|nd|rd|th)\b|[A-Z][a-z'’]+)|[ \t]*(?:\n|$))")
    # "the dust on 300 West.", "at 1300 East, where": a street of a gridded western US town, named by its hundreds and a
    # compass point written out, the name ending there (excluded_numbers reads it after a number in whole hundreds)
    rules["grid_street_re"] = re.compile(r"[ \t]{1,3}(?:North|South|East|West)\b(?=[ \t]*(?:[.,;:)]|\n|$))")
    rules["rate_before_re"] = re.compile(
        r"\b(?:" + alternation(rules["rate_words"], longest_first=True) + r")[ \t]{1,2}(?:(?:of|was|is|at)[ \t]{1,2})?[:=]?[ \t]{0,2}$",
        re.I,
    )
    # "mill rate factors as follows: Agriculture 0.78, Residential 1.00", "levy rates: General Fund 4.25 and Library 0.85",
    # "rates in the dollar: Residential 0.4512; Farmland 0.2871": a list after a rate word and a colon names each rate by its class
    label = r"[A-Za-z][A-Za-z/&'’-]*(?:[ \t][A-Za-z/&'’-]+){0,3}"
    sep = r"(?:[ \t]*[,;][ \t]*\n?[ \t]*(?:and[ \t]{1,2})?|[ \t]{1,2}and[ \t]{1,2})"
    rules["rate_list_before_re"] = re.compile(
        r"\b(?:" + alternation(rules["rate_words"], longest_first=True) + r")[^.:;\n]{0,60}:[ \t]*\n?[ \t]*"
        rf"(?:{label}[ \t]{{1,2}}\d{{1,3}}\.\d{{1,6}}{sep}){{0,8}}(?P<label>{label})[ \t]{{1,2}}$",
        re.I,
    )
    rules["area_abbreviations_set"] = set(rules["area_abbreviations"])
    rules["money_after_set"] = {w.lower() for w in rules["money_after"]}
    rules["money_before_re"] = re.compile(
        r"\b(?:" + alternation(rules["money_before"], longest_first=True) + r")\s{0,3}(?:of\s{1,3})?(?:around\s|about\s|some\s|over\s)?$",
        re.I,
    )
    # "the overspend is 2.1m", "reserves stand at 5m": a money noun, a linking verb, the amount
    rules["money_noun_link_re"] = re.compile(
        r"\b(?:" + alternation(rules["money_after"], longest_first=True) + r")[ \t]{1,2}(?:" + alternation(rules["money_link_words"], longest_first=True) + r")"
        r"[ \t]{1,2}(?:(?:around|about|some|over|nearly|almost|approximately|just over|just under)[ \t]{1,2})?$",
        re.I,
    )
    # "Clerk to order 4 benches", "will post 6 notices": a label noun of not_before used as a verb
    rules["label_verb_re"] = re.compile(
        r"\b(?:to|will|would|shall|should|must|can|could|may|and|then|please)[ \t]{1,2}(?:" + alternation(rules["label_verbs"]) + r")[ \t]{1,2}$", re.I
    )
    rules["comparison_re"] = re.compile(r"\b(?:" + alternation(rules["comparisons"]) + r")\b", re.I)
    rules["decimal_money_before_re"] = re.compile(
        r"\b(?:" + alternation(rules["decimal_money_before"], longest_first=True) + r")[ \t]{0,3}(?:of[ \t]{1,3})?(?:about[ \t]|some[ \t])?$",
        re.I,
    )
    rules["payment_heading_re"] = _payment_heading_re(rules["payment_headings"])
    rules["time_before_re"] = re.compile(r"\b(?:" + alternation(rules["time_words_before"]) + r")[ \t]{1,3}$", re.I)
    # "the remaining three would be tenanted", "the other four had been rejected": the rest of the things counted
    rules["remaining_part_before_re"] = re.compile(r"\bthe\s{1,3}(?:" + alternation(rules["remaining_part_words"]) + r")[ \t]{1,2}$", re.I)
    # "eleven in March", "seventeen in 2024", "thirty-three in support": what a count in words before 'in' is counted in
    rules["count_in_after_re"] = re.compile(
        r"\s{1,3}in\s{1,3}(?:(?:the\s{1,3})?(?:19|20)\d{2}\b|"
        + MONTH_NAME_RE
        + r"\b|(?:"
        + alternation(rules["count_in_after"]).replace("\\ ", r"\s{1,3}")
        + r")\b)",
        re.I,
    )
    # "Waiting list stands at thirty-one.", "down to six in the month": a count in words after a verb that gives a level
    rules["count_end_before_re"] = re.compile(
        r"\b(?:" + alternation(rules["count_end_verbs"], longest_first=True).replace("\\ ", r"\s{1,3}") + r")[ \t]{1,3}$", re.I
    )
    # "the panel recommended seven.", "the ordinance calls for 60.": a verb right before a number ending its clause (number_labels.elliptic_count)
    rules["elliptic_verb_before_re"] = re.compile(
        r"\b(?:" + alternation(rules["elliptic_count_verbs"], longest_first=True).replace("\\ ", r"\s{1,6}") + r")\s{1,3}$"
    )
    rules["meter_device_cue_re"] = words_re(rules["meter_device_cues"])
    rules["groups_of_re"] = re.compile(r"\b(?:" + alternation(rules["group_nouns"]) + r")[ \t]{1,2}of[ \t]{1,2}$", re.I)
    rules["capacity_before_re"] = re.compile(
        r"\b(?:" + alternation(rules["capacity_words"]) + r")[ \t]{1,2}(?:for|of)[ \t]{1,2}(?:up to[ \t]{1,2}|approximately[ \t]{1,2})?$", re.I
    )
    # "(up from 176)", "fell to 290 from 350", "down from 48", "(up from\n  12 950)": the earlier value of a change, on the same line
    # or the next
    change = [w for w in rules["increase_words"] + rules["decrease_words"] if w not in {"more", "less", "fewer", "higher", "lower", "saving", "savings"}]
    rules["changed_from_re"] = re.compile(
        r"\b(?:"
        + alternation(change, longest_first=True)
        + r")\b[^.;()\n]{0,40}?\bfrom(?:[ \t]{1,2}|[ \t]?\n[ \t]{0,16})(?:a[ \t]{1,2}|an[ \t]{1,2})?(?:total[ \t]{1,2}of[ \t]{1,2})?$",
        re.I,
    )
    # "reserve 3310 to": a lower-case noun (no verb, preposition or past participle) right before the number
    rules["noun_before_re"] = re.compile(r"\b(?!(?:" + alternation(rules["count_lead_words"]) + r")\b)[a-z]{3,}(?<!ed)(?<!ing)[ \t]{1,2}$")
    # "via either 101 or 999", "contact Police 101", "999 or 101": a telephone service dialled, not a number of anything
    services = alternation(rules["service_numbers"])
    rules["service_dialled_re"] = re.compile(
        r"(?:\b(?:" + alternation(rules["service_call_words"]) + r")|\b(?:" + services + r")[ \t]{1,2}or)[ \t]{1,2}$", re.I
    )
    rules["service_or_after_re"] = re.compile(r"[ \t]{1,2}or[ \t]{1,2}(?:" + services + r")\b")
    rules["one_counted_before_re"] = re.compile(r"\b(?:" + alternation(rules["one_counted_after"]) + r")[ \t]{1,3}$", re.I)
    rules["determiner_before_re"] = re.compile(r"\b(?:" + alternation(rules["sentence_determiners"]) + r")[ \t]+$")
    # "Phone 374 4080", "Tel: 9123 4567", "Fax (03) 5555 1234": digit groups after a telephone word are one number
    rules["phone_word_re"] = re.compile(
        r"\b(?:" + alternation(rules["phone_words"]) + r")\b\.?:?[ \t]{0,3}(?:on[ \t]{1,3})?\(?\d{2,5}\)?(?:[ \t.-]\d{2,5}){1,3}\b", re.I
    )
    # "ABN 12 345 678 901", "Charity No. 1234567", "VAT Reg No: 123 4567 89": a registration number, digit groups and all.
    # The words match as written (capitals); the lookahead on their first letters lets most positions fail at once.
    first_letters = "".join(sorted({w[0] for w in rules["registration_words"]}))
    rules["registration_re"] = re.compile(
        rf"(?=[{first_letters}])\b(?:"
        + alternation(rules["registration_words"], longest_first=True)
        + r")\b[ \t]{0,2}(?:[Nn]o\.?|[Nn]umber|#)?[:.]?[ \t]{0,3}[A-Z]{0,3}\d[\d \t-]{3,18}\d\b"
    )
    # "Public: 11", "Oral submissions: 2", "Sandbags available: 9,000": a label opening a line or a sentence, a colon or a
    # dash, then the number (number_labels.count_label_before tells a count's label from a reference's)
    labels = rules["count_labels"]
    rules["count_label_singular_set"] = frozenset(labels["singular"])
    rules["count_label_states_set"] = frozenset(labels["states"])
    rules["count_label_not_set"] = frozenset(labels["not_counts"])
    rules["count_label_not_states_set"] = frozenset(labels["not_states"])
    rules["count_label_particles_set"] = frozenset(labels["particles"])
    rules["count_label_before_re"] = re.compile(
        r"(?:^|\n|[.;!?][ \t]{1,3})[ \t]*(?:[•·*-][ \t]+)?(?P<label>[A-Za-z][A-Za-z'’-]*(?:[ \t]{1,2}[A-Za-z][A-Za-z'’-]*){0,4})"
        # 'Calls (June): 58', 'files opened (May): 31': the period the count covers, in brackets; 'Public      12': a column gap
        # 'Public 12' alone on its line: a column gap the reader squashed to one space (number_labels.count_label_before)
        r"(?:[ \t]{1,2}\([^()\n]{1,20}\))?(?:[ \t]{0,2}:|[ \t]{1,2}[–—-]|(?P<gap>[ \t]{4,})|(?P<space>[ \t]))[ \t]{0,3}\n?[ \t]{0,3}$"
    )
    # "(roll 642)", "(capacity 32)", "(target 11)", "(last year: 140)", "(Q2: 164)", "(2024/25: 17)": inside a bracket, a
    # lower-case word naming a figure, or a period with a colon, then the figure (excluded_numbers keeps it)
    rules["bracket_figure_before_re"] = re.compile(
        r"\([ \t]{0,2}(?:(?:" + alternation(rules["bracket_figure_labels"], longest_first=True) + r")[ \t]{0,2}:?"
        r"|(?:Q[1-4]|(?:19|20)\d{2}(?:[/-]\d{2,4})?)[ \t]{0,2}:)[ \t]{0,2}(?:(?:about|around|approx\.?|c\.)[ \t]{1,2})?$"
    )
    # "capacity 86.", "(normal capacity 11)", "waiting list 31,": a word that names a count by itself right before the number
    rules["count_noun_before_re"] = re.compile(r"(?<![\w-])(?:" + alternation(rules["count_nouns_before"], longest_first=True) + r")[ \t]{1,2}$", re.I)
    headers = rules["table_headers"]
    rules["not_measure_header_re"] = words_re(headers["not_measure"])
    rules["money_header_re"] = re.compile(r"[£$€]|" + words_re(headers["money"]).pattern, re.I)
    rules["measure_header_re"] = words_re(headers["measure"])
    return rules


def _payment_heading_re(headings: list[str]) -> re.Pattern:
    """A line that opens a list of payments or receipts: 'Payments to be approved:', 'a) Receipts',
    'The following accounts were approved for payment:', 'Schedule of payments'."""
    return re.compile(
        r"(?im)^[ \t]{0,4}(?:(?:\(?\d{1,3}(?:\.\d{1,2}){0,2}[).:]?|\(?[a-z]{1,4}[).:]|[•·*o-])[ \t]{1,3})?"  # '7.1', 'a)', '(ii)': never a word ('The claims')
        r"(?:(?:the[ \t]{1,2}following|schedule[ \t]{1,2}of|list[ \t]{1,2}of|approval[ \t]{1,2}of|to[ \t]{1,2}approve)[ \t]{1,2}(?:the[ \t]{1,2})?)?"
        rf"(?:{alternation(headings, longest_first=True)})\b[^\n]{{0,100}}$"
    )


def plural_word(word: str) -> bool:
    """'homes', 'people': a word that names several things (not 'class', 'bus', 'was', 'its')."""
    rules = statistics_rules()
    low = word.lower()
    return low in rules["irregular_plurals"] or (
        len(word) > 2 and word.endswith("s") and not word.endswith("ss") and low != "bus" and low not in rules["not_plurals"]
    )


def is_plural_noun(word: str) -> bool:
    """'people', 'members', 'applications' (a lower-case word): a noun naming several things
    (not 'class', 'bus', 'is'); stricter than plural_word, for a word that follows a number word."""
    return word in statistics_rules()["irregular_plurals"] or (len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")))
