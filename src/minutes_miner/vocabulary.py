"""The vocabularies every stage shares, one place for each: the decision marker words of
models/patterns/decision_words.json, the titles before a person's name (models/gazetteers/person_titles.txt)
and the months.

'RESOLVED', 'Agreed', 'it was decided': the words that mark a decision were written out in
the marker patterns, the document-type cues, the title reader, the sentence splitter and the
action finder. They are data now, read here and handed out as regex alternations in the case
forms minutes print them in, so adding a marker word is one line in one data file.
Free of heavy imports: the read, structure, nlp and extract stages all use it.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from .numbers import cardinal_alternation
from .resources import gazetteer_lines, pattern_rules

_FORMS = {"upper": str.upper, "title": str.title, "lower": str.lower}

# The months, the one place every finder takes them from (dates, deadlines, money, number exclusions, sentence ends).
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
# a month's whole name, as a regex fragment ('in March', 'March 4, 2025')
MONTH_NAME_RE = "(?:" + "|".join(MONTH_NAMES) + ")"
# a month's name or the short forms clerks print ('4 Feb 2025', 'Sept. 9', the common 'Febuary'), as a regex fragment
MONTH_RE = r"(?:Jan(?:uary)?|Feb(?:r?uary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"  # a weekday in full, as regex text

# the abbreviations a full stop may follow ('Feb. 2'); May has none
MONTH_ABBREVIATIONS = frozenset({name[:3].lower() for name in MONTH_NAMES if len(name) > 3} | {"sept"})


def word_alternation(words: Iterable[str], gap: str = r"\s+") -> str:
    """'w1|w2|...' of a word list of models/ for a regex, in the list's order, each word a regex fragment as written
    ('authori[sz]ed'), the blank between a phrase's words read as `gap` ('in the meantime' -> 'in\\s+the\\s+meantime').

    The lists are data so that a reader can see and extend them; the blank is the one thing a pattern reads
    otherwise than written, because minutes wrap and pad a phrase (a line break, two spaces) where the list
    writes one space."""
    return "|".join(word.replace(" ", gap) for word in words)


@lru_cache(maxsize=1)
def person_titles() -> str:
    """'Cllr|Councillor|...|Dr' (models/gazetteers/person_titles.txt) as a regex alternation: the
    titles before a member's or officer's name, one list for every finder that reads one."""
    return "|".join(gazetteer_lines("person_titles.txt"))


@lru_cache(maxsize=1)
def person_title_words() -> frozenset[str]:
    """The same titles (models/gazetteers/person_titles.txt) as a set of words, for a finder that tests a word rather than
    searches a text: 'Cllr' before 'Mary Noor' is no initial of her name."""
    return frozenset(gazetteer_lines("person_titles.txt"))


@lru_cache(maxsize=1)
def decision_words() -> dict:
    """models/patterns/decision_words.json, read once."""
    return pattern_rules("decision_words.json")


@lru_cache(maxsize=None)
def decision_verbs(*forms: str) -> str:
    """'resolved', 'agreed', 'decided' as a regex alternation in the given case forms, e.g.
    decision_verbs("upper", "title") -> 'RESOLVED|AGREED|DECIDED|Resolved|Agreed|Decided'."""
    verbs = decision_words()["verbs"]
    return "|".join(_FORMS[form](verb) for form in forms for verb in verbs)


@lru_cache(maxsize=None)
def capitalised_markers(capitals_only: bool = True) -> str:
    """Every marker word as printed in capitals, each verb followed by its common misspellings
    (regexes, tried in this order), then (with capitals_only) the words that mark a decision
    only in capitals ('APPROVED', 'RECOMMENDED', 'ENDORSED')."""
    data = decision_words()
    words: list[str] = []
    for verb in data["verbs"]:
        words.append(verb.upper())
        words += data.get("misspelt", {}).get(verb, [])
    if capitals_only:
        words += [word.upper() for word in data.get("capitals_only", [])]
    return "|".join(words)


@lru_cache(maxsize=1)
def more_bodies() -> str:
    """The deciding bodies beyond Committee/Council/Board (decision_words.json 'bodies'), as a regex
    alternation: each noun unless an outside agency's word stands before it ('the Highway Authority'),
    then a body's initials ('IJB')."""
    data = decision_words()
    outside = "".join(f"(?<!{word} )" for word in data.get("outside_authorities", []))
    return "|".join([outside + "(?:" + "|".join(data.get("bodies", [])) + ")", data["body_acronym"]])


@lru_cache(maxsize=1)
def assemblies_in_capitals() -> str:
    """The assemblies that decide under their own name (decision_words.json 'assemblies'), in capitals, as a regex
    alternation: 'STATES' ('THE STATES noted ...'). Capitals only, since 'states' is an ordinary word otherwise."""
    return "|".join(word.upper() for word in decision_words().get("assemblies", []))


@lru_cache(maxsize=1)
def entry_verbs() -> str:
    """The past-tense verbs a decision list's entry opens on (decision_words.json 'entry_verbs'), as a regex alternation:
    the numbered-verb-first marker reads the entries, the list reader ends a list before one (extract/blocks.py)."""
    return "|".join(decision_words()["entry_verbs"])


def officer_posts() -> str:
    """The posts a meeting empowers or instructs by name ('The Clerk was authorised to ...', 'The secretary was instructed
    to ...'; decision_words.json 'officer_posts'), as a regex alternation for the officer-authorised and officer-instructed
    markers."""
    return "|".join(decision_words()["officer_posts"])


def few_in_words() -> str:
    """'one|two|...|ten' (models/gazetteers/number_words.tsv): a count in words opening what a decision names ('Hired three
    summer interns', 'Council approved two grant applications')."""
    return cardinal_alternation(1, 10)


def task_after_outcome() -> str:
    """An officer's task after an outcome's full stop on its line, from the blanks after the stop to the line's
    end ('Noted. Scrutiny Officer to add ... to the April agenda.'; decision_words.json 'task_after_outcome')."""
    return decision_words()["task_after_outcome"]


def expand_markers(pattern: str) -> str:
    """A pattern of models/patterns/resolution_markers.jsonl with its placeholders filled in."""
    return (
        pattern.replace("{DECISION_CAPS}", capitalised_markers())
        .replace("{DECISION_TITLE}", decision_verbs("title"))
        .replace("{DECISION_LOWER}", decision_verbs("lower"))
        .replace("{BODY_MORE}", more_bodies())
        .replace("{ASSEMBLY_CAPS}", assemblies_in_capitals())
        .replace("{TASK_AFTER_OUTCOME}", task_after_outcome())
        .replace("{ENTRY_VERBS}", entry_verbs())
        .replace("{OFFICER_POSTS}", officer_posts())
        .replace("{FEW_IN_WORDS}", few_in_words())
        .replace("{MONTH}", MONTH_RE)
    )


# the movers after a comma, by name, then the outcome, standing for an approval word: 'Confirmation of minutes of 20th
# September, moved V Fisher, 2nd B Schaef, carried.' (a New South Wales community association): the minutes sentence reads it
# as their approval (extract/decision_forms.py), the document type as a sign of minutes (doc_type.py)
MOVERS_AND_CARRIED = r"(?<=,[ \t])(?i:moved|proposed)[ \t]+(?i:by[ \t]+)?(?-i:[A-Z])[^\n.]{0,40}?\b(?i:seconded|2nd)\b[^\n.]{0,40}?\b(?i:carried)"
