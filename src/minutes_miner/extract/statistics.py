"""Statistics: the numbers that quantify the business of a meeting.

A scan of the text for money, percentages, "2 in 3", fractions and counts in digits or
words, then the exclusions of ANNOTATION.md (dates, years, times, references, ages as
labels, vote tallies, phone numbers, file sizes) applied from models/patterns/statistics.json.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from collections import Counter
from functools import lru_cache

from ..text_utils import last_match, squash
from ..vocabulary import MONTH_NAME_RE
from .excluded_numbers import MONTH_BEFORE_RE, is_excluded_number
from .literal_prefilter import fold, may_match
from .measures import is_rate, measure_follows
from .money import NUM, Claimed, Currencies, find_money, half_a_million, is_money
from ..numbers import apply_multiplier, cardinal_alternation, fraction_words, parse_digits, parse_number_words
from .stat_breakdowns import breakdown_figures, parts_of_a_total
from .stat_marks import dimension_metres, feet_marks, suspended_hyphens
from .stat_ranges import borrow_change_units, borrow_compared_units, money_range_end, ranges
from .stat_record import FoundStatistic
from .stat_separators import comma_decimal_text, restore
from .stat_tables import TableCell, table_statistics, text_table_statistics
from .stat_vocabulary import alternation, is_plural_noun, plural_word, statistics_rules
from .window_search import kept_scans, search_window
from .word_numbers import word_number_matches

__all__ = ["Currencies", "FoundStatistic", "TableCell", "find_statistics", "table_statistics", "text_table_statistics"]


_NUM = NUM
# home currencies whose councils group thousands with spaces and write a decimal comma
_COMMA_DECIMAL_HOMES = frozenset({"ZAR"})
# not after a slash: "2026/27 and 11.8%" is a year, then a share
_PERCENT_RE = re.compile(
    rf"(?<![\d.,/])(?P<num>{_NUM})(?:(?:\s?(?:-|–|to)\s?|[ \t](?:and|or)[ \t])(?P<num_b>{_NUM}))?\s?(?P<pct>%|per\s?cent\b|percent\b|pct\b|(?-i:pc)\b|percentage[ \t]points?\b)(?P<plus>\+)?",
    re.I,
)
# "had grown by 61% in four years", "(up 3.2% in six months)", "a variation of 28.5% over two years", "a reduction of 12.6%
# over seven years": the period a share or a change is measured over belongs to it (ANNOTATION.md: periods are no statistics);
# a sum's term stays ('£186,540 over five years' is the length of a contract)
_PERIOD_OF_A_SHARE_RE = re.compile(
    r"[ \t]{1,2}(?:in|over)[ \t\n]{1,2}(?:(?:the[ \t]{1,2})?(?:last|past|previous)[ \t]{1,2})?"
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|a)[ \t\n]{1,2}(?:years?|months?|weeks?)\b",
    re.I,
)
# "The operating surplus ratio was -4.1%", "the ratio was -0.08 against a standard of 0.01": a minus sign glued to a figure
# that a linking word states is negative (a ratio, a margin, a change below zero); not a range's second end ('10 -15', a
# digit before) nor a heading's dash ('Item -3', no linking word)
_SIGNED_FIGURE_RE = re.compile(
    rf"\b(?:was|were|is|are|been|remains|remained|stood[ \t]at|of|at)[ \t]{{1,2}}[-−](?P<num>{_NUM})(?![\d.,]?\d)(?P<pct>[ \t]?%|[ \t]per[ \t]?cent\b)?"
)
_WORD_NUM = r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)"
_RATIO_RE = re.compile(
    rf"(?<![\d.,])\b(?P<a>\d{{1,3}}|{_WORD_NUM}) (?:in|out of)(?: every)? (?P<b>\d{{1,2}}|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)\b(?! (?:the|a|an|this|which|its|their)\b)",
    re.I,
)
# "25m long", "a 3.5m wide track", "12m x 5m": metres glued to the number, told from millions by a dimension
# and "over 20m away", "the 2m distancing rule", "2m apart", "turbines up to 200m tip height", "Wind turbine (24.9m to tip)": a
# distance or a turbine's height
_GLUED_METRES_RE = re.compile(
    r"(?<![\w.,£$€])(?P<num>\d{1,4}(?:\.\d{1,2})?)m(?=[ \t]{1,2}(?:long|wide|high|deep|tall|in (?:length|width|height|depth)"
    r"|away|apart|distancing|(?:social[ \t]{1,2})?distance|tip[ \t]{1,2}height|to[ \t]{1,2}(?:the[ \t]{1,2})?(?:blade[ \t]{1,2})?tip)\b|[ \t]?[x×][ \t]?\d)"
)
# SI symbols after a number, read case-sensitively (models' other_units ignore case, and 'M3', 'ML' or 'T' in capitals name
# roads, classes and grades): a spaced metre ('a 7.5 m setback', 'from 7.5 m to 3.0 m') only before what a length is
# followed by, never before a noun ('1.2 m visitors' is millions); cubic and square metres; litres ('96,000 L', '180 L per
# person'), kilolitres and megalitres; tonnes glued to the figure ('281t', '(7.5t)'); million gallons ('31.6 MG')
_SI_SYMBOL_RE = re.compile(
    rf"(?<![\w.,£$€/-])(?P<num>{_NUM})"
    r"(?:[ \t]m(?=[ \t]*(?:[.,;:)\n]|$)|[ \t]{1,2}(?:to|from|and|or|for|in|of|x|by|wide|long|high|deep|tall|setback|above|below|away)\b)"
    r"|[ \t]?(?:m3|m2|kL|ML|L)(?![\w²³'’/-])(?![ \t]{1,2}[a-z]{2,}s\b)|t(?![\w²³'’/-])|[ \t]MG\b)"
)
# "erection of a 9-storey building", "a six-storey shop top housing development": the storeys of a tall building measure its height;
# a house's 'two-storey extension' names the extension's type (models/patterns/statistics.json not_after 'storey')
# "a part-time officer (0.5 FTE)", "0.5 FTE nutrition aide": a fraction of a full-time post measures staff time (unit other;
# 'two FTE advisers', '1.5 FTE officers' count the plural after it)
_FTE_FRACTION_RE = re.compile(r"(?<![\w.,£$€/-])(?P<num>\d{1,3}\.\d{1,2})[ \t]?FTE\b(?![ \t]{1,2}[a-z]+[^s\W]s\b)")
_STOREYS_RE = re.compile(
    r"(?<![\w.,£$€-])(?P<n>\d{1,2}|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)(?:-|[ \t])(?:storey|story)\b(?![ \t]{1,2}(?:rear|side|front)\b)",
    re.I,
)
_TALL_BUILDING_STOREYS = 4
# "the first half of the year", "in the second half of 2024", "the last quarter of the financial year": a part of a
# period, not a share of anything
_PERIOD_FRACTION_RE = re.compile(
    r"[^\n]{0,12}?\b(?:first|second|latter|last|final|early|earlier|later|third|fourth)[ \t]{1,2}(?:half|quarter|third)[ \t]{1,2}of[ \t]{1,2}"
    r"(?:(?:the|this|that|last|next)[ \t]{1,2})?(?:(?:financial|calendar|school|municipal|fiscal|council|academic)[ \t]{1,2})?"
    r"(?:year|month|season|term|decade|century|quarter|period|summer|winter|spring|autumn|fall|(?:19|20)\d{2})",
    re.I,
)
# "3.6 m by 4.8 m", "12 m x 5 m": both sides of a dimension written with a spaced metre sign
_DIMENSION_RE = re.compile(r"(?<![\w.,£$€])(?P<a>\d{1,4}(?:\.\d{1,2})?)[ \t]?m[ \t]{0,2}(?:x|×|by)[ \t]{0,2}(?P<b>\d{1,4}(?:\.\d{1,2})?)[ \t]?m(?![\w²³])")
# "scored 87.5 out of 100", "(score 20)", "a score of 7/10", "scored 88, up from 71": a score is one statistic in its scale's terms (unit other)
_SCORE_RE = re.compile(
    r"\bscor(?:e|ed|es|ing)[ \t]{1,2}(?:(?:of|was|is|at|a)[ \t]{1,2})?(?P<num>\d{1,4}(?:\.\d{1,2})?)(?![\d%]|,\d)"
    r"(?:[ \t]{0,2}(?:out[ \t]{1,2}of|/)[ \t]{0,2}(?P<den>\d{1,4})\b)?",
    re.I,
)
# "a maximum FSR of 2.5:1", "the current ratio improved from 0,9:1 to 1,3:1": a ratio to one is one measure in its first
# term's value (unit other); not a time ('at 7:15') nor a chapter and verse ('Rule 3:1.2')
# "(3:1, Mr Tuckwell dissenting)": a panel's vote, its sides written as a ratio
_DISSENT_AFTER_RE = re.compile(r"[^.\n]{0,40}?\b(?:dissent\w*|against|opposed|abstain\w*|abstention\w*)\b", re.I)
_RATIO_TO_ONE_RE = re.compile(r"(?<![\w.,:])(?P<num>\d{1,3}(?:\.\d{1,2})?)[ \t]?:[ \t]?1(?![\d.,:]?\d|[\w:])")
# "scored 16 (likelihood 4 x impact 4)", "probability 3 x severity 5": the two scores a risk register multiplies, each in its
# scale's terms (unit other)
_RISK_FACTORS_RE = re.compile(
    r"\b(?:likelihood|probability)[ \t]{1,2}(?:of[ \t]{1,2})?(?P<a>[1-9]\d?)[ \t]{0,2}[x×*][ \t]{0,2}(?:impact|severity|consequence)[ \t]{1,2}(?:of[ \t]{1,2})?(?P<b>[1-9]\d?)\b",
    re.I,
)
# "the tender evaluation scored Fulton Roading 82.4 and Ngawhare Civil 76.1": the scores of bidders named after 'scored', each
# in its scale's terms (unit other)
_NAME = r"(?:[A-Z][\w&'’-]*[ \t]{1,2}){1,4}"
_SCORED_NAMES_RE = re.compile(
    rf"\bscored[ \t]{{1,2}}{_NAME}(?P<a>\d{{1,3}}(?:\.\d{{1,2}})?)(?![\d%]|[.,]\d)"
    rf"(?:[ \t\n]{{0,2}}(?:,|and)[ \t\n]{{1,3}}{_NAME}(?P<b>\d{{1,3}}(?:\.\d{{1,2}})?)(?![\d%]|[.,]\d))?"
)
# "8 minutes 42 seconds", "2 hours and 30 minutes", "3 years 6 months", "6 feet 6 inches": one measure, in its larger unit
# (its second part may open the next line of an indented paragraph: '7 minutes\n             41 seconds'; 'min' and 's' abbreviate
# minutes and seconds: '7 min 40 s')
_COMPOUND_TIME_RE = re.compile(
    r"(?<![\w.,])(?P<a>\d{1,3})[ \t]{1,2}(?P<ua>hours?|hrs?|minutes?|mins?|years?|feet|foot|ft)(?:[ \t]{1,2}|[ \t]?\n[ \t]{0,16})(?:and[ \t]{1,2})?"
    r"(?P<b>\d{1,2})[ \t]{1,2}(?P<ub>minutes?|mins?|seconds?|secs?|(?<=min[ \t]\d[ \t])s|(?<=min[ \t]\d\d[ \t])s|months?|inch(?:es)?)\b",
    re.I,
)
_COMPOUND_TIME_SHARE = {("h", "m"): 60, ("m", "s"): 60, ("y", "m"): 12, ("f", "i"): 12}
_WORD_PERCENT_RE = re.compile(r"[ \t]?(?:%|per[ \t]?cent\b|percent\b|percentage[ \t]points?\b)", re.I)
_SLASH_FRACTION_RE = re.compile(r"(?<![\w./-])(?P<a>[1-9])/(?P<b>[2-9]|10)(?=[ \t]{1,2}of\b)")
# "the Bridge St bins (x6) replaced", "benches (×3)": the number of items, written as a multiplier in brackets after them
_TIMES_IN_BRACKETS_RE = re.compile(r"\([ \t]?[x×][ \t]?(?P<num>[1-9]\d{0,2})[ \t]?\)")
# "c.150 attended", "c. 40 volunteers": 'circa' abbreviated before a figure (the scan of bare numbers skips one after a full
# stop); not a year ('c. 1868')
# "the Municipal Act, 2001, S.O. 2001, c. 25": 'c.' after a statute's year or initials is its chapter
_STATUTE_BEFORE_CHAPTER_RE = re.compile(r"(?:\b(?:19|20)\d{2}|[A-Z]\.),?[ \t]{0,2}$")
_CIRCA_RE = re.compile(r"(?<![\w.])c\.[ \t]?(?P<num>[1-9]\d{0,2}(?:,\d{3})*)(?![\w.,%/-]|[.,]\d)")
_NUMBER_OFF_RE = re.compile(r"(?<![\w.,£$€])(?P<num>[1-9]\d{0,3})[ \t]?(?:no|No|NO|x|X|×)\.?(?=[ \t]{1,3}[a-z])")
_DIGITS_RE = re.compile(rf"(?<![\w.,/£$€#:=?&-])(?P<num>{_NUM})(?P<plus>\+)?(?![\w/%£]|[.,]\d|-\d|:\d)")
# the number before a hyphen_count_re tail: the tail is found first, by its hyphen (a fast literal scan)
_NUMBER_BEFORE_HYPHEN_RE = re.compile(
    r"\b(?P<n>\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)$", re.I
)
# a side of a vote in words, up to the size of a large council's chamber ('sixteen Members voted for the amendment and two against'):
# one to sixty-nine, the words from number_words.tsv. It stops at sixty-nine as it always has: a side written out in words is a
# small chamber's count, and reading 'seventy' or 'ninety-five' before 'for' or 'against' as a vote would be a new rule, to be
# measured on its own, not a change of where the words are kept.
_TALLY_WORD = rf"(?:(?:{cardinal_alternation(20, 60, 10)})(?:[- ](?:{cardinal_alternation(1, 9)}))?|{cardinal_alternation(1, 19)})"
_AGAINST_A_FIGURE = (
    r"\s{1,3}(?:(?:a|an|the|its|our|their|this|last)\s{1,3})?(?:[\w-]+\s{1,3}){0,2}?"
    r"(?:budget|budgeted|target|forecast|estimate|benchmark|allocation|baseline|average|projection|profile|plan)\b|\s{1,3}[£$€]?\d"
)
_TALLY_RE = re.compile(
    # every branch starts with a digit, '(' or a word starting with one of these letters: one cheap look at each position first
    r"(?=[\d(]|\b[acdeflnoprstvy])(?:"
    r"(?<!\d)\d+\s+(?:votes?\s+)?(?:for|in favour)\W+(?:and\s+|with\s+)?\d+\s+against(?:\W+(?:and\s+|with\s+)?\d+\s+abst\w*)?|"
    # the sides named in the council's other language: Welsh 'O blaid: 5, Yn erbyn: 2, Ymatal: 1', Jersey French 'Pour: 38 Contre: 6'
    r"\b(?:For|Against|Abstain\w*|Ayes?|Nays?|Yeas?|Noes|O\s{1,2}blaid|Yn\s{1,2}erbyn|Ymatal\w*|Pour|Contre)\s*[:\-–(]\s*\d+\)?|"
    # "6 o blaid/for, 1 yn erbyn/against": a side in Welsh after its count, perhaps with its English after a slash
    r"(?<![\d.,£$€])\b\d{1,3}\s{1,3}(?:o\s{1,2}blaid|yn\s{1,2}erbyn|wedi\s{1,2}ymatal|ymatal\w*)\b(?:\s{0,2}/\s{0,2}(?:for|against|abst\w*)\b)?|"
    # "Roll call: Ayes 5 (Alvarez, ...), Nays 1 (Pruitt)": a side named without a colon, its voters in brackets after it
    r"\b(?:Ayes?|Nays?|Yeas?|Noes)\s{1,3}\d{1,3}(?=[ \t]{0,2}\()|"
    r"\b\d{1,3}\s{1,2}votes?\s{1,2}to\s{1,2}\d{1,3}\b|(?<!public )(?<!public)(?<![$£€])\(\s*\d+\s*(?:for|votes?)?\s*\)|(?<!\d)\d+\s+abstentions?|"
    # "Motion Passed (5 to 0)", "Defeated 4 to 3", "carried 6-1", "6 yes, 0 no", "5 ayes 2 nays"
    r"\b(?:passed|carried|defeated|failed|lost|approved|adopted|resolved|rejected|refused|vote[ds]?)\W{0,3}(?:(?:was|by|of)\s{1,3})?\(?\s{0,2}\d{1,3}\s{0,2}(?:to|-|–|/|:)\s{0,2}\d{1,3}\b\)?|"
    # "The vote was 4 yes, 1 no, 1 absent": the members absent from a roll call close its tally
    r"\b\d{1,3}\s{0,2}(?:yes|yeas?|ayes?)\W{1,3}\d{1,3}\s{0,2}(?:no|nays?|noes)\b(?:\W{1,3}\d{1,3}\s{0,2}(?:absent|excused|abstain\w*|abstentions?)\b)?|"
    # "... voted in favour and 2 against", "4 ayes and 1 nay": each side of a vote on its own
    # but not a figure set against a budget, a target or another figure ('$412,000 against a budget of', '812 against 790')
    # "Roll call 6 yes.", "a variance requires four affirmative votes": one side of a roll call, or the votes a rule requires
    rf"(?<![\d.,£$€])\b(?:\d{{1,3}}|{_TALLY_WORD})\s{{1,3}}(?:votes?\s{{1,3}})?(?:against\b(?!{_AGAINST_A_FIGURE})|(?:ayes?|nays?|yeas?|noes|no[ \t]{{1,2}}votes?|yes(?![ \t]{{1,2}}(?!votes\b)[a-z]+s\b))\b)|"
    rf"\b(?:\d{{1,3}}|{_TALLY_WORD})\s{{1,3}}(?:affirmative|negative|dissenting|concurring|favou?rable|unanimous)\s{{1,3}}votes?\b|"
    # "carried by three to two", "Two councillors voted for ...": the count belongs to the vote
    rf"\b(?:carried|passed|defeated|lost|approved|agreed)\s{{1,3}}by\s{{1,3}}(?:\d{{1,3}}|{_TALLY_WORD})\s{{1,3}}(?:votes?\s{{1,3}})?to\s{{1,3}}(?:\d{{1,3}}|{_TALLY_WORD})\b|"
    rf"\b(?:\d{{1,3}}|{_TALLY_WORD})\s{{1,3}}(?:councillors?|members?|trustees?|directors?|commissioners?|aldermen|alderman)\s{{1,3}}voted\b|"
    # "14 Members voting in favour", "4 voting For", "two voted against": a side of a vote, whoever is named;
    # "28 were in favour of the crossing", "19 opposed" (submissions) are opinions counted, not votes
    rf"\b(?:\d{{1,3}}|{_TALLY_WORD})\s{{1,3}}(?:(?:councill?ors?|members?|trustees?|directors?|commissioners?|aldermen|alderman|selectmen)\s{{1,3}})?"
    r"(?:voting|voted)\s{1,3}(?:in\s{1,3}favou?r|for|against|opposed|to\s{1,3}abstain|abst\w*)\b(?!\s{1,3}(?:of|to)\b)|"
    # "MOTION DEFEATED. (3 in favour, 4 opposed)", "Carried (3 in favour, 1 opposed)": 'opposed' is a side of the vote in the
    # bracket after an outcome ("23 in favour, 19 opposed to the scheme" in a consultation stays a count of views)
    r"\b(?:carried|defeated|lost|passed|adopted|approved|refused)\W{1,4}\(\s{0,2}\d{1,3}\s{1,3}(?:votes?\s{1,3})?in\s{1,3}favou?r\W{1,3}(?:and\s{1,3})?\d{1,3}\s{1,3}opposed\b|"
    # "7 for refusal, 3 against", "6 for approval and 2 against": a side named by the outcome it voted for, the other side following
    r"(?<![\d.,£$€])\b\d{1,3}\s{1,3}(?:votes?\s{1,3})?for\s{1,3}(?:refusal|approval|rejection|deferral|deferment|the\s{1,3}(?:application|proposal|recommendation))\b"
    r"(?=[^.;\n]{0,40}\bagainst\b)|"
    # "(33 votes in favour, 9 against, 2 spoilt)": the spoilt papers of a ballot belong to its tally
    r"(?<![\d.,£$€])\b\d{1,3}\s{1,3}(?:spoilt|spoiled)\b|"
    # "CARRIED (weighted vote, 14 of 17)": the votes a weighted or recorded vote gave, out of those it could give
    r"\bvote\W{1,3}(?<![\d.,£$€])\d{1,3}\s{1,2}of\s{1,2}\d{1,3}\b(?![ \t]{1,2}[a-z])|"
    # "Carried by a majority of 5", "passed by a majority of three votes", "agreed by a majority of 6 to 2" (both sides)
    rf"\b(?:carried|passed|agreed|approved|resolved|defeated|lost)\s{{1,3}}by\s{{1,3}}(?:a\s{{1,3}})?majority\s{{1,3}}(?:vote\s{{1,3}})?of\s{{1,3}}(?:\d{{1,3}}|{_TALLY_WORD})\b"
    rf"(?:\s{{1,3}}(?:votes?\s{{1,3}})?(?:to|-|–)\s{{1,3}}(?:\d{{1,3}}|{_TALLY_WORD})\b(?![.,]\d))?)",
    re.I,
)
# the sides of a division told by the words after the count, so the scan starts at those words (a count before every
# word would be tried at every digit): "... and 8 for the motion", "3 (votes were cast) for the amendment", "1 abst.",
# "1 not voting", "2 did not vote", "carried, 5 for with 1 abstention", "carried 5 for, 1 abst."
_DIVISION_RE = re.compile(
    r"\b(?:for|against)\s{1,3}the\s{1,3}(?:(?:original|substantive|amended|main)\s{1,3})?(?:motion|amendment)\b"
    r"|\babst(?:ain\w*|ention\w*|\.|\b)|\bnot\s{1,3}voting\b|\bdid\s{1,3}not\s{1,3}vote\b|\bdeclined\s{1,3}to\s{1,3}vote\b"
    rf"|\b(?:carried|passed|agreed|approved|adopted|defeated|lost|rejected)\W{{1,3}}(?P<n>\d{{1,3}}|{_TALLY_WORD})\s{{1,3}}(?:votes?\s{{1,3}})?(?:for|in\s{{1,3}}favou?r)\b",
    re.I,
)
_DIVISION_COUNT_BEFORE_RE = re.compile(
    rf"(?<![\d.,£$€])\b(?:\d{{1,3}}|{_TALLY_WORD})\s{{1,3}}(?:votes?\s{{1,3}})?(?:(?:were|was)\s{{1,3}}cast\s{{1,3}})?$", re.I
)

# "A majority of the Board (2 to 1) was satisfied": the sides of a board's vote in brackets after 'majority'
_MAJORITY_SIDES_RE = re.compile(r"\bmajority\b[^.;\n()]{0,30}\(\s{0,2}\d{1,2}\s{0,2}(?:to|-|–)\s{0,2}\d{1,2}\s{0,2}\)", re.I)
# "On a show of hands 19 councillors supported the ANC proposal and 14 the IFP proposal": the bare counts of the sentence that
# follows a show of hands are the sides of its vote (not a figure glued to a unit, a share or a sum: '20mph', '4%', '£24,000')
_SHOW_OF_HANDS_RE = re.compile(r"\bshow[ \t\n]{1,2}of[ \t\n]{1,2}hands\b[^.;\n]{0,20}")
_HANDS_SIDE_RE = re.compile(r"(?<![\d.,£$€])\b\d{1,3}\b(?![.,]\d|[ \t]?%|[ \t]?per[ \t]?cent)")
_HANDS_REACH = 120  # how far a show of hands' sentence is read for its sides
# "One-day liquor licenses (3)", "a one-day wine and malt license": a one-day licence is a kind of licence (a town's permit for
# one event), the day no measure of the business
_ONE_DAY_LICENCE_RE = re.compile(r"\b(?:one|single|1)-day(?=(?:[ \t\n]{1,2}[\w&-]+){0,3}?[ \t\n]{1,2}(?:licen[cs]es?|permits?)\b)", re.I)
# "presented the 25% design", "the 60% design plans": a stage of an engineering design named by how complete it is, no share of
# the business (not '25% design fees')
_DESIGN_STAGE_RE = re.compile(r"(?<![\d.,])\b\d{2,3}[ \t]?%[ \t]{1,2}(?i:design)\b(?![ \t]{1,2}(?i:fees?|costs?|contingency|budget|work)\b)")
# "the indicative allocations for the two projected outer years": the later years of a medium-term budget, a period
_OUTER_YEARS_RE = re.compile(r"\b(?:two|three|2|3)[ \t\n]{1,2}(?:(?:projected|forecast|indicative|following)[ \t\n]{1,2})?outer[ \t\n]{1,2}years\b", re.I)
# "Audio Recording – Session 1 – 19 Seconds", "Audio Recording – Start of Item – Session 1 – 56 Seconds", "Video recording: 1 hour
# 12 minutes" (each part of the mark): where an item starts in the webcast of the meeting, a place in the recording, not a measure of the business
# (the unit right after a number: 'Webcast: 45 residents watched ... the minutes will link to the recording' marks no place)
_RECORDING_MARK_RE = re.compile(
    r"\b(?:(?:audio|video)[ \t]{1,2}recording|webcast)[ \t]{0,2}[–—:-][^\n]{0,80}?\b\d{1,3}[ \t]{1,2}(?:seconds?|secs?|minutes?|mins?|hours?|hrs?)\b"
    r"(?:,?[ \t]{1,2}(?:and[ \t]{1,2})?\d{1,2}[ \t]{1,2}(?:seconds?|secs?|minutes?|mins?)\b){0,2}",
    re.I,
)
# "lives 2½ miles from the farm", "a 1½ hour meeting", "a 3½% rise": a whole number and a fraction written as one glyph, which
# the digits' pattern stops at (a glyph is a word character), read as one figure; only before a measure, a share or a plural
_GLYPH_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75}
_GLYPH_FRACTION_RE = re.compile(r"(?<![\w.,/£$€])(?P<int>\d{1,3})?(?P<frac>[½¼¾])(?:(?P<pct>[ \t]?%)|(?=[ \t]?[a-z]))")
# "2 views 0 download", "1,204 views", "Views: 35  Downloads: 2": a document-sharing site's counters on a line of their own
# above the uploaded minutes, the site's furniture, not the meeting's business; a labelled figure alone on its line
# ('website statistics for the year:\nViews: 1,204\nDownloads: 56') is a figure reported, so labels need both counters on one line
_COUNTER_AFTER = r"\d[\d,]{0,9}[ \t]{1,2}(?:views?|downloads?)"
_COUNTER_LABELLED = r"(?:views?|downloads?)[ \t]{0,2}:[ \t]{0,2}\d[\d,]{0,9}"
_SITE_COUNTERS_RE = re.compile(
    rf"^[ \t]*(?:{_COUNTER_AFTER}(?:[ \t]{{1,4}}(?:{_COUNTER_AFTER}|{_COUNTER_LABELLED})){{0,2}}"
    rf"|{_COUNTER_LABELLED}(?:[ \t]{{1,4}}(?:{_COUNTER_AFTER}|{_COUNTER_LABELLED})){{1,2}})[ \t]*$",
    re.I | re.M,
)


def _show_of_hands_sides(text: str, claimed: Claimed) -> None:
    """Claim the bare counts in the rest of a show of hands' sentence (vote tallies belong to the resolution, ANNOTATION.md)."""
    for m in _SHOW_OF_HANDS_RE.finditer(text) if "hands" in text else ():
        stop = len(text)
        for end_mark in (". ", ".\n", ";"):
            at = text.find(end_mark, m.end(), m.end() + _HANDS_REACH)
            if at != -1:
                stop = min(stop, at)
        for side in _HANDS_SIDE_RE.finditer(text, m.start(), min(stop, m.end() + _HANDS_REACH)):
            claimed.add(side.start(), side.end())


# "give Bylaw 1342-26 three readings", "the bylaw come forward for three readings", "suspend the rule requiring three readings":
# the readings a bylaw or an ordinance is given on its way to being passed, a procedure, not a count of the business (a meter's
# 'took three readings' stays a count)
_READINGS_RE = re.compile(r"\b(?:two|three|2|3)[ \t\n]{1,2}readings\b", re.I)
_LAW_BEFORE_READINGS_RE = re.compile(r"\b(?:by-?laws?|ordinances?|rule|requiring|requires?)\b", re.I)
# a bare verb of giving ('was given three readings') names a law's readings unless a level follows them: 'the diffusion tube
# has given 3 readings above the legal limit' counts a meter's readings
_GIVING_BEFORE_READINGS_RE = re.compile(r"\b(?:give|given|gives|giving)\b", re.I)
_LEVEL_AFTER_READINGS_RE = re.compile(r"[ \t\n]{1,2}(?:above|below|over|under|exceed(?:ing|ed)?|in[ \t]excess|of|at|from|within)\b", re.I)
_READINGS_REACH = 80  # how far before the readings the law or the verb giving them is looked for


def _readings_of_a_law(text: str, claimed: Claimed) -> None:
    """Claim the number of readings a bylaw or an ordinance is given (a procedure, not a statistic)."""
    for m in _READINGS_RE.finditer(text) if "reading" in text else ():
        lo = max(0, m.start() - _READINGS_REACH)
        lo = max(lo, text.rfind(". ", lo, m.start()) + 1)  # in the readings' own sentence
        if _LAW_BEFORE_READINGS_RE.search(text, lo, m.start()) or (
            _GIVING_BEFORE_READINGS_RE.search(text, lo, m.start()) and not _LEVEL_AFTER_READINGS_RE.match(text, m.end())
        ):
            claimed.add(m.start(), m.end())


def _division_sides(text: str, claimed: Claimed) -> None:
    """Claim the counts of a division's sides (vote tallies belong to the resolution, ANNOTATION.md)."""
    for m in _DIVISION_RE.finditer(text):
        if m.group("n"):
            claimed.add(m.start(), m.end())
            continue
        count = _DIVISION_COUNT_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
        if count:
            claimed.add(count.start(), m.end())


# "(3 in favour, 4 opposed)", "1 in favor (Ruiz), 3 opposed", "8 were in favour and 3 were opposed", "voted 2 in favor, with 4
# opposed", "voted 2 in favor 4 opposed", "Upon voting, 6 councillors supported the motion and 27 opposed": both sides of
# a vote together, a tally only where a vote is named just before (_VOTE_BEFORE_RE): a consultation's "80 in favour,
# 40 opposed" counts opinions
_SIDES_RE = re.compile(
    rf"\b(?:\d{{1,3}}|{_TALLY_WORD})\s{{1,3}}(?:were\s{{1,3}})?(?:in\s{{1,3}}favou?r|for"
    r"|(?:(?:councill?ors|members)\s{1,3})?supported\s{1,3}the\s{1,3}(?:motion|amendment|proposal|recommendation))"
    r"(?:\s{0,2}\([^()\n]{1,60}\))?\s{0,2}(?:[,;]\s{0,2}(?:(?:and|with)\s{1,3})?|\s(?:and|with)\s{1,3}|(?<=\s))"
    rf"(?:\d{{1,3}}|{_TALLY_WORD})\s{{1,3}}(?:were\s{{1,3}})?(?:against|opposed)\b",
    re.I,
)
_VOTE_BEFORE_RE = re.compile(
    r"\b(?:vot(?:e|es|ed|ing)|motion|amendment|carried|defeated|lost|failed|passed|put to the meeting|show of hands|roll call)\b[^.\n]{0,40}$", re.I
)
_POSTCODE_RE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s{1,2}\d[A-Z]{2}\b")  # "TR14 8HA"
# "Page 2 of 13"; "HISTORIC DISTRICT COMMISSION MINUTES | 2 of 11 Minutes ..." (a running header, its counter after its pipe, the
# page's text going on after it; not a table's cell: 'Attendance | 9 of 11 councillors', 'ATTENDANCE | 9 of 11 | 7 of 11')
_PAGE_OF_RE = re.compile(
    r"\b(?i:page)\s{1,3}\d{1,4}\s{1,3}(?i:of)\s{1,3}\d{1,4}\b|(?<=[A-Za-z]{3})[ \t]{1,3}\|[ \t]{0,3}\d{1,4}[ \t]{1,3}of[ \t]{1,3}\d{1,4}(?=[ \t]+[A-Z])"
)
# "Art. IV §4.3", "Government Code §551.074", "G.L. c. 40A §6", "§§ 12-14": a section of a code or an Act, cited by its sign
_SECTION_SIGN_RE = re.compile(r"§{1,2}[ \t]{0,2}\d[\w.()-]*")
_PHONE_RE = re.compile(
    r"\b0\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b|\+44[\d\s]{9,13}|\+6[14][\d\s]{8,13}|\(0\d{1,5}\)\s?\d{3,4}[\s-]?\d{2,4}\b|\(\d{3}\)\s?\d{3}-\d{4}\b|\b\d{3}-\d{3}-\d{4}\b"
    # Australia and New Zealand "07 4656 1133", "06 374 4080", "1300 123 456"; Ireland "+353 1 222 2222"; "613.555.0199"
    r"|\b0\d[ \t-]\d{3,4}[ \t-]\d{4}\b|\b1[38]00[ \t-]?\d{3}[ \t-]?\d{3}\b|\+353[\d\s]{7,13}|\+1[ \t-]?\(?\d{3}\)?[ \t.-]?\d{3}[ \t.-]\d{4}\b|\b\d{3}\.\d{3}\.\d{4}\b"
)
_COUNT_MULTIPLIER_RE = re.compile(r"\s(million|billion|thousand)\b", re.I)
_URL_RE = re.compile(r"(?:https?://|www\.)\S+|^URL:.*$", re.M)
_PERIOD_RE = re.compile(
    r"\b(?:Q[1-4]|[Qq]uarter [1-4]|[Pp]eriod \d{1,2})(?:\s+(?:of\s+)?(?:19|20)\d{2}(?:[-/]\d{2,4})?)?|\b(?:19|20)\d{2}[-/]\d{2,4}\b|\b(?:in|during|for|since|by) (?:19|20)\d{2}\b"
    r"|\b(?:the )?(?:last|past|previous|next|coming) (?:\d+|two|three|four|five|six|twelve|few) (?:months|years|weeks|days)\b|\b(?:this|last|next) (?:financial )?year\b|\byear to date\b|\bper (?:year|annum|month|week)\b",
)


_SHARE_QUALIFIERS = ("about", "around", "roughly", "nearly", "almost", "approximately", "over", "under")  # "Staff estimated about a third."
_SHARE_SUBJECT_BEFORE = (
    "while",
    "whilst",
    "whereas",
    "but",
    "nearly",
    "almost",
    "around",
    "about",
    "roughly",
    "approximately",
    "just",
    "over",
    "under",
    "than",
)


@lru_cache(maxsize=1)
def _fractions_re() -> re.Pattern:
    """'half of', 'two thirds of the', 'a quarter of all': one pattern for every fraction word (a phrase of two words may
    break across a printed line: 'an increase of nearly a\\nfifth over five years')."""
    phrases = sorted(fraction_words(), key=len, reverse=True)
    spaced = [re.escape(p).replace(r"\ ", r"(?:[ \t]{1,2}|[ \t]?\n[ \t]{0,16})") for p in phrases]
    return re.compile(
        r"\b(?:" + "|".join(spaced) + r")\b(?= of\b| the\b| (?:their|its|all)\b| (?:is|was|are|were) (?!the\b|a\b))"
        # "the grant will pay for half.", "cut by a third,": a share that ends its clause
        r"|(?:(?<=\bfor )|(?<=\bby )|(?<=\bthan )|"
        + "|".join(rf"(?<=\b{w} )" for w in _SHARE_QUALIFIERS)
        + ")(?:"
        + "|".join(spaced)
        + r")(?=[ \t]?[.;,](?:\s|$)|[ \t](?:since|compared|over|from|on|last|this|in)\b)"
        # "while a quarter opposed it", "Nearly a third said no", "More than half voted": a share as the subject of a verb
        r"|(?:(?<=^)|(?<=[.;,:] )|" + "|".join(rf"(?<=\b{w} )" for w in _SHARE_SUBJECT_BEFORE) + ")"
        r"(?:"
        + "|".join(spaced)
        + r")(?=[ \t](?:[a-z]+ed|said|felt|thought|wanted|had|did|would|will|could|supported|opposed|agreed|disagreed|responded|attended)\b)",
        re.I | re.M,
    )


@lru_cache(maxsize=1)
def _attached_unit_re() -> re.Pattern:
    """'52mph', '3.5km', '10years': a measure glued to its number (models/patterns/statistics.json attached_units)."""
    return re.compile(rf"(?<![\w.,£$€])(?P<num>{_NUM})(?P<unit>{alternation(statistics_rules()['attached_units'])})\b", re.I)


# a whole number standing alone: no part of a decimal, an amount, a numeric date, a range, a time or an item's '6.' (a worded
# date's day may be one: only a run of them is read as line numbers)
_BARE_INTEGER_RE = re.compile(r"(?<![\w.,:/$£€#-])\d{1,3}(?![\w.,:/%)’'-])")
_LINE_NUMBER_RUN = 8  # so many whole numbers, each one more than the one before, are a page's line numbers
_LINE_NUMBER_GAP = 300  # characters at most between one line number and the next (a line, or a few blank ones)


def flattened_line_numbers(text: str) -> list[tuple[int, int]]:
    """The line numbers of a numbered page flattened into running text ('... called to order by 9 Mayor Eddie Barber at
    6:00 PM ... 10 11 2. Roll Call 12 13 Present ...', a North Carolina town board; 'Republic of the Philippines 1 Region
    XII 2 Province of Cotabato 3 ...', a Philippine municipal council): a run of whole numbers, each one more than the
    one before and close after it, counts the page's lines, not anything in the meeting's business. One number may be
    missing from a run ('... on the 21 st 8 day of October': no 7), not more: counts that rise by ones and twos ('41
    visitors in week one, 42 in week two, 44 ...') are figures."""
    open_runs: dict[int, _NumberRun] = {}  # the value a run expects next (or the one after, over a lost line) -> the run
    numbers: list[tuple[int, int]] = []
    for m in _BARE_INTEGER_RE.finditer(text):
        value = int(m.group())
        run = open_runs.pop(value, None)
        skipped = run is not None and value == run.last + 2
        if run is None or m.start() - run.spans[-1][1] > _LINE_NUMBER_GAP or (skipped and run.skipped):
            run, skipped = _NumberRun(), False  # a new run starts here, with no number lost yet
        run.skipped = run.skipped or skipped
        run.last = value
        run.spans.append(m.span())
        if len(run.spans) == _LINE_NUMBER_RUN:
            numbers.extend(run.spans)
        elif len(run.spans) > _LINE_NUMBER_RUN:
            numbers.append(m.span())
        open_runs[value + 1] = run
        open_runs.setdefault(value + 2, run)
    return numbers


@dataclass
class _NumberRun:
    spans: list[tuple[int, int]] = field(default_factory=list)
    last: int = -1
    skipped: bool = False


@kept_scans()  # each text's scans for the sentence windows, dropped when it is done
def find_statistics(text: str, base: int = 0, excluded: list[tuple[int, int]] | None = None, currencies: Currencies = Currencies()) -> list[FoundStatistic]:
    """All statistics in `text` (offsets relative to it); `excluded` spans are skipped.

    `currencies` says what a bare '$' and an amount without a sign ('12m savings') mean in this
    document (money.document_currencies); the default is a UK council's.
    """
    rules = statistics_rules()
    originals: dict[str, str] = {}
    if currencies.home in _COMMA_DECIMAL_HOMES:  # "R 3 480 000", "4,9%": read in the comma-thousands, point-decimal form
        text, originals = comma_decimal_text(text)
    claimed = Claimed(len(text))
    for a, b in excluded or []:
        claimed.add(a, b)
    attendance = [(start, end, value) for start, end, value in _attendance_sizes(text) if claimed.free(start, end)]
    attendance += [(start, end, value) for start, end, value in _opinion_counts(text) if claimed.free(start, end)]
    attendance += [(start, end, value) for start, end, value in _bracketed_plural_counts(text, rules) if claimed.free(start, end)]
    for start, end, _value in attendance:  # read before the tallies, whose '(17)' or '3 against' would claim it
        claimed.add(start, end)
    for regex in (
        _TALLY_RE,
        _PHONE_RE,
        rules["phone_word_re"],
        rules["registration_re"],
        rules["plan_horizon_re"],
        _URL_RE,
        _POSTCODE_RE,
        _PAGE_OF_RE,
        _SECTION_SIGN_RE,
        _MAJORITY_SIDES_RE,
        _ONE_DAY_LICENCE_RE,
        _DESIGN_STAGE_RE,
        _OUTER_YEARS_RE,
        _RECORDING_MARK_RE,
        _SITE_COUNTERS_RE,
    ):
        for m in regex.finditer(text):
            claimed.add(m.start(), m.end())
    for start, end in flattened_line_numbers(text):
        claimed.add(start, end)
    _division_sides(text, claimed)
    _show_of_hands_sides(text, claimed)
    _readings_of_a_law(text, claimed)
    for m in _SIDES_RE.finditer(text):
        if _VOTE_BEFORE_RE.search(text, max(0, m.start() - 60), m.start()):
            claimed.add(m.start(), m.end())
    found: list[FoundStatistic] = [_stat(text, start, end, value, "count") for start, end, value in attendance]
    free = claimed.free

    def keep(start: int, end: int, value: float, unit: str) -> None:
        """Record a statistic and claim its characters, so no later pattern reads them again."""
        found.append(_stat(text, start, end, value, unit))
        claimed.add(start, end)

    for stat in text_table_statistics(text, currencies):
        if free(stat.start, stat.end):
            found.append(stat)
            claimed.add(stat.start, stat.end)
    folded = fold(text)  # read once, by the money and the fraction prefilters
    for amount in find_money(text, currencies, claimed, rules, folded):
        upper = money_range_end(text, amount, claimed)  # "$130-140 an hour", "£10-15m"
        found.append(_stat(text, amount.start, amount.end, amount.value, amount.unit))
        if upper:
            found.append(_stat(text, upper[0], upper[1], upper[2], amount.unit))
    for m in _SIGNED_FIGURE_RE.finditer(text) if "-" in text or "−" in text else ():  # "the ratio was -0.08"
        value = parse_digits(m.group("num"))
        if value and free(m.start("num") - 1, m.end()):
            unit = "percent" if m.group("pct") else "other" if "." in m.group("num") or measure_follows(text, m.end(), rules) else "count"
            keep(m.start("num") - 1, m.end(), -value, unit)
    for m in _GLYPH_FRACTION_RE.finditer(text) if "½" in text or "¼" in text or "¾" in text else ():  # "lives 2½ miles away"
        if free(m.start(), m.end()):
            unit = "percent" if m.group("pct") else "other" if measure_follows(text, m.end(), rules) else "count"
            keep(m.start(), m.end(), int(m.group("int") or 0) + _GLYPH_FRACTIONS[m.group("frac")], unit)
    for m in _PERCENT_RE.finditer(text):
        if not free(m.start(), m.end()):
            if m.group("num_b") and free(m.start("num_b"), m.end()):
                keep(m.start("num_b"), m.end(), parse_digits(m.group("num_b")), "percent")  # "an increase of £900 or 5.9 per cent"
            continue
        for group in ("num", "num_b"):
            if group == "num" and m.group("num_b") and _label_before(text, m.start(), rules):
                continue  # "12.9% in year 1 and 8.6% in year 2": 'year 1' names the year, only 8.6 is a share
            if m.group(group):
                value = parse_digits(m.group(group))
                if value is not None and value <= 1000:
                    found.append(_stat(text, m.start(group), m.end(), value, "percent"))
        claimed.add(m.start(), m.end())
        period = _PERIOD_OF_A_SHARE_RE.match(text, m.end())
        if period:
            claimed.add(period.start(), period.end())  # "grown by 61% in four years": the period the share is over, no measure
    for start, end, value in parts_of_a_total(text):  # "188 calls (Brackenvale 121, Lisgar 67)": the named parts of a total
        if free(start, end):
            keep(start, end, value, "count")
    for start, end, value in breakdown_figures(text, rules):  # "(fishing 884, cargo 61, ferry 312)": each figure of a breakdown
        if free(start, end):
            keep(start, end, value, "count")
    for m in _TIMES_IN_BRACKETS_RE.finditer(text) if "(" in text else ():  # "bins (x6)"
        if free(m.start(), m.end()):
            keep(m.start(), m.end(), float(m.group("num")), "count")
    for m in _CIRCA_RE.finditer(text) if "c." in text else ():  # "c.150 attended"
        value = parse_digits(m.group("num"))
        measured = measure_follows(text, m.end(), rules)
        if (
            value
            and (value >= 10 or measured)
            and free(m.start(), m.end())
            and not ("," not in m.group("num") and 1800 <= value <= 2100)
            and not _STATUTE_BEFORE_CHAPTER_RE.search(text, max(0, m.start() - 12), m.start())
        ):
            keep(m.start(), m.end(), value, "other" if measured else "count")  # a small bare one may be a clause's label ('Fig. c.2')
    for m in _RATIO_TO_ONE_RE.finditer(text) if ":" in text else ():  # "FSR of 2.5:1"
        if (
            free(m.start(), m.end())
            and not re.search(r"\bat[ \t]{1,2}$", text[max(0, m.start() - 4) : m.start()])
            and not _label_before(text, m.start(), rules)
            and not _DISSENT_AFTER_RE.match(text, m.end())
        ):
            keep(m.start(), m.end(), float(m.group("num")), "other")
    for m in _RISK_FACTORS_RE.finditer(text):  # "(likelihood 4 x impact 4)": two scores
        if free(m.start(), m.end()):
            found.append(_stat(text, m.start("a"), m.end("a"), float(m.group("a")), "other"))
            found.append(_stat(text, m.start("b"), m.end("b"), float(m.group("b")), "other"))
            claimed.add(m.start(), m.end())
    for m in _NUMBER_OFF_RE.finditer(text):  # "2 No. benches", "3no. litter bins": a count of items ordered
        if free(m.start(), m.end()):
            keep(m.start(), m.end(), float(m.group("num")), "count")
    for start, end, value in feet_marks(text):  # "a very nice 16’ tree"
        if free(start, end):
            keep(start, end, value, "other")
    for m in _DIMENSION_RE.finditer(text):  # "3.6 m by 4.8 m"
        if free(m.start(), m.end()):
            found.append(_stat(text, m.start("a"), m.end("a") + 2, float(m.group("a")), "other"))
            found.append(_stat(text, m.start("b"), m.end(), float(m.group("b")), "other"))
            claimed.add(m.start(), m.end())
    for m in _SCORE_RE.finditer(text):  # "a score of 87.5 out of 100": the scale's top is no statistic
        if free(m.start("num"), m.end()) and (m.group("den") is None or float(m.group("num")) <= float(m.group("den"))):
            keep(m.start("num"), m.end(), float(m.group("num")), "other")
    for m in _SCORED_NAMES_RE.finditer(text) if "scored" in text else ():  # "scored Fulton Roading 82.4 and Ngawhare Civil 76.1"
        for group in ("a", "b"):
            if m.group(group) and free(m.start(group), m.end(group)) and not _label_before(text, m.start(group), rules):
                keep(m.start(group), m.end(group), float(m.group(group)), "other")  # not 'scored Ward 3 highly'
    for m in _COMPOUND_TIME_RE.finditer(text):  # "8 minutes 42 seconds" is 8.7 minutes
        share = _COMPOUND_TIME_SHARE.get((m.group("ua")[0].lower(), m.group("ub")[0].lower()))
        if share and free(m.start(), m.end()) and int(m.group("b")) < share:
            keep(m.start(), m.end(), round(int(m.group("a")) + int(m.group("b")) / share, 2), "other")
    for start, end, value in dimension_metres(text, rules):  # "Wall height 4.2m (policy 3.6m)", "extended 300 m north"
        if free(start, end):
            keep(start, end, value, "other")
    for m in _GLUED_METRES_RE.finditer(text):  # "25m long", "12m x 5m"
        if free(m.start(), m.end()):
            keep(m.start(), m.end(), float(m.group("num")), "other")
    for m in _SI_SYMBOL_RE.finditer(text):  # "7.5 m", "1,800 m3", "96,000 L", "281t", "31.6 MG": a unit's symbol, in its own case
        if free(m.start(), m.end()):
            value = parse_digits(m.group("num"))
            if value:
                keep(m.start(), m.end(), value, "other")
    for m in _FTE_FRACTION_RE.finditer(text) if "FTE" in text else ():  # "(0.5 FTE)"
        if free(m.start(), m.end()):
            keep(m.start(), m.end(), float(m.group("num")), "other")
    for m in _STOREYS_RE.finditer(text):  # "a 9-storey building", "a six-storey development": the height of a tall building
        value = _word_or_digits(m.group("n"))
        if value and value >= _TALL_BUILDING_STOREYS and free(m.start(), m.end()):
            keep(m.start(), m.end(), value, "other")
    for m in _attached_unit_re().finditer(text):  # "52mph", "3.5km"
        if free(m.start(), m.end()):
            value = parse_digits(m.group("num"))
            if value:
                keep(m.start(), m.end(), value, "other")
    for m in ranges(text, claimed, rules):  # "12-15 minutes", "(6-8 graves)", "1 to 1.5 metres"
        unit = "other" if measure_follows(text, m.end(), rules) else "count"
        found.append(_stat(text, m.start("a"), m.end(), parse_digits(m.group("a")), unit))
        found.append(_stat(text, m.start("b"), m.end(), parse_digits(m.group("b")), unit))
        claimed.add(m.start(), m.end())
    for m in _RATIO_RE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        a, b = _word_or_digits(m.group("a")), _word_or_digits(m.group("b"))
        if a and b and 0 < a <= b and not MONTH_BEFORE_RE.search(text[: m.start()]):
            keep(m.start(), m.end(), round(100 * a / b, 1), "percent")
    for m in _SLASH_FRACTION_RE.finditer(text):  # "2/3 of members": a share
        a, b = int(m.group("a")), int(m.group("b"))
        if free(m.start(), m.end()) and 0 < a < b and not re.search(r"[\d/]", text[max(0, m.start() - 1) : m.start()]):
            keep(m.start(), m.end("b"), round(100 * a / b, 1), "percent")
    for amount in half_a_million(text, claimed):  # "half a million nationally"
        found.append(_stat(text, amount.start, amount.end, amount.value, amount.unit))
    fractions = fraction_words()
    fractions_re = _fractions_re()
    for m in fractions_re.finditer(text) if may_match(fractions_re, folded) else ():  # no fraction word, no scan
        if (
            free(m.start(), m.end())
            and not re.search(r"\b(?:on behalf|behalf)\s*$", text[max(0, m.start() - 10) : m.start()])
            and not _PERIOD_FRACTION_RE.match(text, m.start() - 12 if m.start() >= 12 else 0)
        ):
            keep(m.start(), m.end(), fractions[" ".join(m.group(0).lower().split())], "percent")
    repeats: Counter[str] | None = None
    for m in _DIGITS_RE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        if text.startswith("-", m.end()) and rules["hyphen_unit_re"].match(text, m.start()):
            continue  # "no more than 500-metre intervals": the hyphenated measure below reads it, once
        if is_excluded_number(text, m, rules):
            continue
        if _may_be_a_name(text, m, rules):
            repeats = repeats if repeats is not None else _name_like_counts(text, rules)
            if repeats[m.group("num")] >= 3:
                continue  # "the east side of 394 so", "across 394 on", "lanes on 394 will": a road or a code named by its number
        value = parse_digits(m.group("num"))
        if value is None:
            continue
        end = m.end()
        multiplier = _COUNT_MULTIPLIER_RE.match(text, end)
        if multiplier:  # "18 million passengers"
            value = apply_multiplier(value, multiplier.group(1))
            end = multiplier.end()
            claimed.add(m.start(), end)
        unit = (
            "other"
            if (measure_follows(text, end, rules) and not _meters_as_devices(text, m.start(), end, rules))
            or re.match(r"\s*/\s*\d", text[m.end() :])
            or is_rate(text, m, rules)
            or not multiplier  # '1.12 million' visitors: a decimal of millions is a whole count, not an average
            and (_FINE_DECIMAL_RE.fullmatch(m.group("num")) or _bare_decimal(text, m.group("num"), end))
            else "count"
        )
        found.append(_stat(text, m.start(), end, value, unit))
    for start, end, value in suspended_hyphens(text, rules["hyphen_units"]):  # "a two- or five-year cycle"
        if free(start, end):
            keep(start, end, value, "other")
    for m in rules["hyphen_unit_re"].finditer(text):  # "a two-year contract", "a 12-month extension", "a five-minute drive"
        if free(m.start(), m.end()) and not _ordinal_second(text, m):
            value = _word_or_digits(m.group("n"))
            if value:
                keep(m.start(), m.end(), value, "other")
    for tail in rules["hyphen_count_re"].finditer(text):  # "a five-member panel", "a 40-space car park", "a 200-home estate"
        head = _NUMBER_BEFORE_HYPHEN_RE.search(text, max(0, tail.start() - 12), tail.start())
        if head and free(head.start(), tail.end()):
            value = _word_or_digits(head.group("n"))
            if value and not _home_type(text, tail, value, rules):
                keep(head.start(), tail.end(), value, "count")
    for m in word_number_matches(text, rules):
        if not free(m[0], m[1]):
            continue
        start, end, value, range_unit = m
        if _WORD_PERCENT_RE.match(text, end):  # "forty-two per cent", "ten percent"
            unit = "percent"
        else:
            unit = "other" if measure_follows(text, end, rules) or rules["other_units_re"].fullmatch(" " + range_unit) else "count"
        found.append(_stat(text, start, end, value, unit))
    found.sort(key=lambda s: s.start)
    found = _drop_repeats(text, found)
    borrow_change_units(text, found)
    borrow_compared_units(text, found)
    _pair_changes(text, found)
    for stat in found:
        stat.start += base
        stat.end += base
        if originals:
            stat.text = restore(stat.text, originals)
    return found


# a whole number in brackets ending its clause or its line ('Zwane (16)\n', 'sign-in sheet (11).', 'present (5):')
_BRACKETED_SIZE_RE = re.compile(r"\((?P<n>[1-9]\d{0,2})\)(?=[ \t]*(?::|[.;]?[ \t]*(?:\n|$)))")
_ATTENDANCE_WORD_RE = re.compile(r"\b(?:present|in[ \t]attendance|attending|sign-in[ \t]sheet|signed[ \t]in)\b", re.I)
# a vote's side or the absent between the attendance word and the bracket: the figure is a tally or another roll's
# the roll ended before the bracket: another field of the block ('\nOfficers:') or a sentence of prose ('. The Clerk')
_ANOTHER_FIELD_RE = re.compile(r"\n[ \t]*[A-Z][A-Za-z /&-]{2,30}:|[a-z]{2,}\.[ \t]{1,3}[A-Z][a-z]*(?:[ \t]{1,2}[A-Z][a-z]*){0,2}[ \t]{1,2}[a-z]{3,}")
_NOT_ATTENDANCE_RE = re.compile(r"\b(?:for|against|ayes?|nays?|noes|abstain\w*|favou?r|opposed|vot\w+|absent|apolog\w+)\b", re.I)


def _attendance_sizes(text: str) -> list[tuple[int, int, float]]:
    """The size of the attendance in brackets: right after the word that says who is present ('Councillors present (5):',
    'see sign-in sheet (11).') or closing the roll of names after it ('PRESENT: Cllrs Botha, Dikgale, ..., Zwane (16)'),
    never a vote's side ('For: Crs Egan, Shaw (2)') nor the absent's roll (a bracketed figure is otherwise a label or a tally)."""
    sizes = []
    for m in _BRACKETED_SIZE_RE.finditer(text) if "(" in text else ():
        window = text[max(0, m.start() - 400) : m.start()]
        window = window[window.rfind("\n\n") + 1 :]
        word = last_match(_ATTENDANCE_WORD_RE, window)
        if word is None:
            continue
        between = window[word.end() :]
        if _NOT_ATTENDANCE_RE.search(between) or _ANOTHER_FIELD_RE.search(between) or not (len(between.strip()) <= 25 or between.count(",") >= 2):
            continue
        sizes.append((m.start("n"), m.end("n"), float(m.group("n"))))
    return sizes


# a whole number in brackets right after a word ('water tankers (5)', 'false alarms from automatic systems (1,106)'); the
# word is read back from the bracket
_NUMBER_IN_BRACKETS_RE = re.compile(r"(?<=[A-Za-z])[ \t]\((?P<n>[1-9]\d{0,2}(?:,\d{3})*)\)")
# the plural before it: lower case, or capitalised opening its sentence ('Abutters (6) testified'); a roll's or a vote's last
# surname ('For - Sayle, Cain, Clucas (3)') follows a comma
_PLURAL_BEFORE_BRACKET_RE = re.compile(r"(?:(?<![A-Za-z'’.-])(?P<low>[a-z]{3,})|(?:^|\n|[.!?][ \t]{1,3})[ \t]*(?P<cap>[A-Z][a-z]{2,}))$")
_TALLY_NOUNS = frozenset({"yeas", "nays", "ayes", "noes", "votes", "abstentions"})


def _bracketed_plural_counts(text: str, rules: dict) -> list[tuple[int, int, float]]:
    """The number of the things a plural names, in brackets right after it ('Request by Moses Kotane LM for water tankers
    (5)', 'the unauthorised pitches (7)', 'The DA and FF+ councillors (7) walked out', 'Abutters (6) testified'): read before
    the tallies, whose bracketed figure would claim it. Not a tally's side, a label the rules name ('Appendices (3)'), nor a
    roll's last surname."""
    counts = []
    for m in _NUMBER_IN_BRACKETS_RE.finditer(text) if "(" in text else ():
        word = _PLURAL_BEFORE_BRACKET_RE.search(text, max(0, m.start() - 40), m.start())
        if not word:
            continue
        noun = (word.group("low") or word.group("cap")).lower()
        if is_plural_noun(noun) and noun not in _TALLY_NOUNS and noun not in rules["count_label_not_set"] and noun not in rules["not_before_set"]:
            counts.append((m.start("n"), m.end("n"), float(m.group("n").replace(",", ""))))
    return counts


# one side of the views given at a hearing or in a consultation ('29 in favour', 'three in favor', '11 spoke in favor',
# 'nine against', 'two were opposed'); 'against' before a figure compares ('812 against 790', 'against a target of 85%')
_OPINION_SIDE_RE = re.compile(
    rf"(?<![\d.,£$€])\b(?P<n>[1-9]\d{{0,3}}|{_TALLY_WORD})\s{{1,3}}(?:(?:spoke|were|was)\s{{1,3}})?"
    rf"(?:in\s{{1,3}}favou?r\b|opposed\b|against\b(?!{_AGAINST_A_FIGURE}))",
    re.I,
)
# the people or papers whose views are counted, named earlier in the sentence: '41 responses were received, 29 in favour',
# 'Four speakers: three in favor, one opposed', 'eleven neighbors spoke, nine against'
_OPINION_SOURCE_RE = re.compile(
    r"\b(?:responses|respondents|submissions|representations|objections|letters|comments|speakers|spoke|testified|residents|"
    r"neighbou?rs|members[ \t]of[ \t]the[ \t]public|people|petition|survey|consultation)\b",
    re.I,
)
# a vote named in the same sentence makes the sides a tally, which belongs to the resolution (ANNOTATION.md)
_VOTE_IN_SENTENCE_RE = re.compile(
    r"\b(?:vot(?:e|es|ed|ing)|motion|amendment|carried|defeated|lost|passed|resolved|seconded|abst(?:ain|ained|entions?)|show[ \t]of[ \t]hands|"
    r"roll[ \t]call|ayes?|nays?|division|councill?ors|members[ \t]present)\b",
    re.I,
)
_OPINION_REACH = 110  # how far back in its sentence a side looks for whose views it counts


def _opinion_counts(text: str) -> list[tuple[int, int, float]]:
    """The sides of the views given by speakers at a hearing or by responses to a consultation ('23 submissions were
    received, 19 in favour', 'Five residents spoke ...; three opposed and two in favor'): opinions counted, statistics
    (ANNOTATION.md), unlike the sides of a vote, which a sentence naming a vote or a motion keeps as a tally."""
    counts = []
    for m in _OPINION_SIDE_RE.finditer(text) if ("favo" in text or "against" in text or "opposed" in text) else ():
        lo = max(0, m.start() - _OPINION_REACH)
        window = text[lo : m.start()]
        window = window[max(window.rfind(". "), window.rfind("\n\n")) + 1 :]
        after = text[m.end() : m.end() + 40]
        after = after[: after.find(". ")] if ". " in after else after
        if not _OPINION_SOURCE_RE.search(window) or _VOTE_IN_SENTENCE_RE.search(window) or _VOTE_IN_SENTENCE_RE.search(after):
            continue
        n = m.group("n")
        value = parse_digits(n) if n[0].isdigit() else parse_number_words(n)
        if value:
            counts.append((m.start("n"), m.end(), float(value)))
    return counts


_TENS_WORD_RE = re.compile(f"(?:{cardinal_alternation(20, 90, 10)})", re.I)
_ORDINAL_BEFORE_RE = re.compile(rf"\b(?:the|{MONTH_NAME_RE})[ \t]{{1,2}}$", re.I)
_ORDINAL_AFTER_RE = re.compile(
    r"[ \t]*(?:[,.;)]|of\b|day\b|\n|$)|[ \t]+(?i:meeting|session|annual|regular|special|ordinary|general|anniversary|birthday|street|avenue)\b"
)


def _ordinal_second(text: str, m: re.Match) -> bool:
    """'Tuesday, April twenty-second, 2025', 'the twenty-second of January', 'FORTY-SECOND MEETING': a tens word and
    '-second' is a date's or a meeting's ordinal, not a measure in seconds ('a thirty-second clip' still is one)."""
    if not _TENS_WORD_RE.fullmatch(m.group("n")) or not m.group(0).lower().endswith("second"):
        return False
    return bool(_ORDINAL_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()) or _ORDINAL_AFTER_RE.match(text, m.end()))


_METERS_AFTER_RE = re.compile(r"[ \t]{1,2}meters\b")


def _meters_as_devices(text: str, start: int, end: int, rules: dict) -> bool:
    """'Water meter replacement. ... the village's 5,300 meters are more than 20 years old': where the water meters were named
    shortly before, 'meters' after a number counts the devices, not a length in metres (models/patterns/statistics.json
    meter_device_cues)."""
    return bool(_METERS_AFTER_RE.match(text, end)) and bool(rules["meter_device_cue_re"].search(text, max(0, start - 400), start))


def _home_type(text: str, tail: re.Match, value: float, rules: dict) -> bool:
    """'3-bed houses', 'a four-bed detached dwelling', '8 two-bed': a few beds before a word for a home, or after a count of
    homes, name the home's type, not a count of beds ('a 66-bed care home', 'the 24-bed ward' count them)."""
    if tail.group(0).lower() != "-bed" or value > 6:
        return False
    if _COUNT_BEFORE_A_TYPE_RE.search(text, max(0, tail.start() - 12), tail.start()):
        return True  # "24 units (16 one-bed, 8 two-bed)": the count before it counts homes of that type
    word = re.match(r"[ \t]{1,2}([A-Za-z-]+)", text[tail.end() : tail.end() + 30])
    return bool(word) and word.group(1).lower() in rules["hyphen_dwelling_words"]


_COUNT_BEFORE_A_TYPE_RE = re.compile(r"(?<![\w.,])\d{1,4}[ \t]{1,2}(?:[1-6]|one|two|three|four|five|six)$", re.I)


# "0.01234567", "0.0912", "1.875": a figure to three or more decimal places below ten is a rate or a ratio, never a number of things
_FINE_DECIMAL_RE = re.compile(r"\d\.\d{3,}")


# the word after a figure that may name what it counts ('2.5 posts', '1.5 FTE officers')
_WORDS_AFTER_RE = re.compile(r"[ \t]{1,2}([A-Za-z][\w-]*)(?:[ \t]{1,2}([A-Za-z][a-z-]*))?")


def _bare_decimal(text: str, raw: str, end: int) -> bool:
    """'days lost per FTE of 5.6 (5.1 last year), forecast 11.4': a figure written with a decimal
    fraction and no plural noun after it is an average, a rate or a score, never a number of things
    (ANNOTATION.md counts are whole); '2.5 posts' still counts posts."""
    if "." not in raw:
        return False
    words = _WORDS_AFTER_RE.match(text, end)
    return not (words and any(w and plural_word(w) for w in words.groups()))


def _label_before(text: str, start: int, rules: dict) -> bool:
    """The word before a number names it ('year 1', 'phase 2', 'option 3'): models/patterns/statistics.json not_before."""
    word = re.search(r"([A-Za-z]+)[ \t]{1,2}$", text[max(0, start - 20) : start])
    return bool(word) and word.group(1).lower() in rules["not_before_set"]


def _name_like_counts(text: str, rules: dict) -> Counter[str]:
    """How often each number stands where a name could ('across 394 on'): a road's number recurs
    so, while a count's recurrences are most often a date's day ('12 March') or another figure,
    which must not make '12 attended' a name."""
    return Counter(r.group("num") for r in _DIGITS_RE.finditer(text) if _may_be_a_name(text, r, rules))


def _may_be_a_name(text: str, m: re.Match, rules: dict) -> bool:
    """A bare whole number of two to four digits with no plural noun or measure after it: a name
    when the same number recurs (see find_statistics), as a road's or a route's does."""
    raw = m.group("num")
    if not raw.isdigit() or not 10 <= int(raw) <= 9999 or measure_follows(text, m.end(), rules):
        return False
    if rules["qualifier_re"].search(text, max(0, m.start() - 40), m.start()):
        return False  # "only 25 of 47": a count stressed as one
    nxt = re.match(r"[ \t\n]{1,3}([a-z]+)\b", text[m.end() : m.end() + 30])
    return bool(nxt) and nxt.group(1) not in {"of", "more", "further", "additional", "extra", "or", "and", "to"} and not plural_word(nxt.group(1))


def _drop_repeats(text: str, found: list[FoundStatistic]) -> list[FoundStatistic]:
    """'One Hundred Dollars ($100.00)', 'three (3)': a number repeated in brackets is one statistic."""
    kept: list[FoundStatistic] = []
    for stat in found:
        last = kept[-1] if kept else None
        if last and last.value == stat.value and re.fullmatch(r"[ \t]{0,3}\([ \t]{0,2}", text[last.end : stat.start]):
            continue
        kept.append(stat)
    return kept


def _word_or_digits(token: str) -> float | None:
    return parse_digits(token) if token[0].isdigit() else parse_number_words(token)


def _stat(text: str, start: int, end: int, value: float, unit: str) -> FoundStatistic:
    rules = statistics_rules()
    before = text[max(0, start - 40) : start]
    q = rules["qualifier_re"].search(before)
    qualifier = q.group("q").lower() if q else None
    if text[end : end + 1] == "+":
        qualifier = qualifier or "+"
        end += 1
    phrase_start = start - (len(before) - q.start("q")) if q else start
    if unit == "percent" or is_money(unit):
        # money and shares name their subject after "of/for/on/towards", else before the number
        m = re.match(r"\s+(?:of|for|on|towards|to fund|in)\s+", text[end : end + 14])
        noun = re.match(r"\s+([a-z][a-z-]+)\b", text[end : end + 30])
        noun_follows = (
            noun and noun.group(1) not in rules["subject_stop"] and not noun.group(1).endswith("ed") and noun.group(1) not in {"per", "each", "a", "an"}
        )
        subject, subject_end = _subject_after(text, end) if m or noun_follows else (None, 0)
        if not subject:
            subject = _subject_before(text, phrase_start)
    else:
        subject, subject_end = _subject_after(text, end)
    if subject:
        subject = _tidy_subject(subject)
        if not subject or _PERIOD_RE.fullmatch(subject):
            subject = _subject_before(text, phrase_start)
    lo, hi = _sentence_window(text, start)
    period = search_window(_PERIOD_RE, text, lo, hi)
    comparison = search_window(rules["comparison_re"], text, lo, hi)
    direction = _direction(text[max(0, start - 60) : start + 40], rules)
    phrase_end = max(end, subject_end) if subject_end else end
    return FoundStatistic(
        value=value,
        unit=unit,
        start=start,
        end=end,
        text=squash(text[max(0, phrase_start) : phrase_end])[:200],
        qualifier=qualifier,
        subject=subject,
        period=squash(period.group(0)) if period else None,
        comparison=squash(comparison.group(0)) if comparison else None,
        direction=direction,
    )


def _subject_after(text: str, end: int) -> tuple[str | None, int]:
    """The noun phrase after a number, up to a verb or a stop word: '58 looked after children lived' -> 'looked after children'."""
    stop = statistics_rules()["subject_stop"]
    m = re.match(r"[ \t\n]*(?:(?:of|in)\s+)?", text[end:])
    pos = end + (m.end() if m else 0)
    words = []
    cursor = pos
    for wm in re.finditer(r"[A-Za-z][\w'’&-]*|[(),.;:!?]|\S", text[pos : pos + 120]):
        token = wm.group(0)
        if not re.match(r"[A-Za-z]", token) or (words and token.lower() in stop) or len(words) >= 7:
            break
        if words and token.islower() and len(token) > 4 and token.endswith("ed"):
            break  # "58 children lived ...": a verb ends the noun phrase
        if not words and token.lower() in stop - {"of"}:
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
    """The noun phrase before a number: 'dental checks for CLA (42%)' -> 'dental checks for CLA'."""
    stop = statistics_rules()["subject_stop"]
    paren = re.search(r"\(\s*$", text[max(0, start - 3) : start])
    if paren:  # "dental checks for CLA (42%)": the phrase before the bracket
        start = text.rfind("(", 0, start)
    chunk = text[max(0, start - 80) : start]
    chunk = re.split(r"[.;:!?\n(]", chunk)[-1]
    words = [w for w in re.findall(r"[A-Za-z][\w'’&-]*", chunk) if len(w) > 1 or w in {"A", "I"}]
    while words and words[-1].lower() in stop | {"of", "for", "in", "around", "about", "over", "some", "approximately", "total", "budget"} - {"budget"}:
        words.pop()
    picked = []
    for w in reversed(words):
        if w.lower() in stop or len(picked) >= 6:
            break
        picked.append(w)
    return " ".join(reversed(picked)) or None


def _sentence_around(text: str, pos: int, reach: int = 250) -> str:
    """The sentence holding `pos`, at most `reach` characters either side (a page with no full
    stops must not make every statistic read the whole page: that is quadratic)."""
    lo, hi = _sentence_window(text, pos, reach)
    return text[lo:hi]


def _sentence_window(text: str, pos: int, reach: int = 250) -> tuple[int, int]:
    """Where _sentence_around's sentence starts and ends."""
    floor, ceiling = max(0, pos - reach), min(len(text), pos + reach)
    lo = max(text.rfind(". ", floor, pos), text.rfind("\n\n", floor, pos), floor)
    hi_candidates = [i for i in (text.find(". ", pos, ceiling), text.find("\n\n", pos, ceiling)) if i != -1]
    hi = min(hi_candidates) if hi_candidates else ceiling
    return lo, hi


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
        between = text[first.end : second.start]
        if first.unit == second.unit and re.fullmatch(r"\s*(?:%|per ?cent)?\s*(?:to|and)\s*(?:more than |over |around |about )?", between, re.I):
            if re.search(r"\bfrom\s*(?:around |about )?$", text[max(0, first.start - 12) : first.start]):
                second.change_from = first.value
                second.direction = "increase" if second.value > first.value else "decrease" if second.value < first.value else None
