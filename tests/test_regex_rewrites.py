"""The last four patterns of the regex audit, rewritten without their backtracking shapes (issue 13).

Each rewrite must find exactly what the pattern it replaced found: the same spans and groups
on random strings built from the words and characters that matter to it. The old patterns
are written out here as they were before the rewrite.
"""

from __future__ import annotations

import random
import re
import time

from minutes_miner.extract.action_found import _triggers
from minutes_miner.extract.action_context import _NAME_LIST_AND_RE, _may_end_in_and, opens_a_clause
from minutes_miner.meeting_body import _BODY_PHRASE, _MINUTES_OF_RE, _MINUTES_TITLE_RE, _WEEKDAY


def _random_strings(alphabet: list[str], count: int, longest: int, seed: int):
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest)))


def _same_matches(new: re.Pattern, old: re.Pattern, alphabet: list[str], seed: int, count: int = 20000, longest: int = 12) -> None:
    for text in _random_strings(alphabet, count, longest, seed):
        assert [(m.span(), m.groupdict()) for m in new.finditer(text)] == [(m.span(), m.groupdict()) for m in old.finditer(text)], text
        m_old, m_new = old.match(text), new.match(text)
        assert (m_old and (m_old.span(), m_old.groupdict())) == (m_new and (m_new.span(), m_new.groupdict())), text


_OLD_MINUTES_OF = (
    r"(?:minutes|proceedings|meeting|session)\s*:?\s+of\s+(?:the\s+|a\s+|an\s+)?(?P<body>" + _BODY_PHRASE + r")"
    r"\s*(?:,|\s(?:held|was|which|on|at|in|commencing|to be|will|following|to consider)\b|\s[-–—]\s|[–—]|\s?\(|\d|\n|$)"
)
_OLD_MINUTES_TITLE = rf"^(?:minutes|agenda)\s*[-–:]?\s+(?P<body>(?-i:[A-Z])[\w&'’ -]{{2,80}}?)\s+(?:{_WEEKDAY}|\d)"


def test_minutes_of_and_minutes_title_match_what_they_matched():
    _same_matches(
        _MINUTES_OF_RE,
        re.compile(_OLD_MINUTES_OF, _MINUTES_OF_RE.flags),
        ["Minutes", "meeting", " ", "\t", "\n", ":", "of", "the ", "Parish", "Council", ",", "held", " - ", "–", "(", "1", "x"],
        11,
    )
    _same_matches(
        _MINUTES_TITLE_RE,
        re.compile(_OLD_MINUTES_TITLE, _MINUTES_TITLE_RE.flags),
        ["Minutes", "agenda", " ", "\t", "\n", "-", "–", ":", "Town", "council", "Monday", "1", "&"],
        12,
    )
    assert _MINUTES_OF_RE.search("Minutes : of the Planning Committee held on 3 May").group("body") == "Planning Committee"
    assert _MINUTES_TITLE_RE.match("MINUTES - Finance Committee 12 March 2024").group("body") == "Finance Committee"


def test_name_to_and_trailing_owner_match_what_they_matched():
    rules = _triggers()
    old_name_to = rules["name_to"]["regex"].replace(r")?[\s\-•*–(]*", r"\s*)?[\s\-•*–(]*", 1).replace(r"(?P<task>[a-z]++\b.*)", r"(?P<task>[a-z]+\b.*)")
    alphabet = [
        "Claire",
        "JB",
        "NC",
        " ",
        "\n",
        "to ",
        "will ",
        "send",
        "quote",
        "8.4",
        ".",
        " –",
        ":",
        "Action",
        "(a)",
        "- ",
        "•",
        "It was agreed that ",
        "/",
        "9",
    ]
    _same_matches(re.compile(rules["name_to"]["regex"], re.S), re.compile(old_name_to, re.S), alphabet, 13, longest=10)
    old_trailing = rules["trailing_owner"]["regex"].replace(r"[A-Z]{2,3})*+))", r"[A-Z]{2,3})*))")
    alphabet = [".", " ", "\t", "\n", "Clerk", "AB", "CDE", "/", " & ", "and", "Cllr ", "Smith", "J.", "(a)", "1)", "x"]
    _same_matches(re.compile(rules["trailing_owner"]["regex"]), re.compile(old_trailing), alphabet, 14, longest=14)
    assert re.match(rules["name_to"]["regex"], "8.4 NC to check the insurance policy", re.S).group("owner") == "NC"


def test_name_to_reads_a_run_of_spaces_once():
    # "Action: " then a long run of spaces: \s* and the bullet class used to split the run every way (quadratic)
    text = "Action:" + " " * 8_000 + "."
    started = time.process_time()
    assert re.match(_triggers()["name_to"]["regex"], text, re.S) is None
    assert time.process_time() - started < 0.5


def test_the_end_check_of_a_names_list_rules_out_only_what_the_pattern_cannot_match():
    alphabet = ["Tom", "Hale", "Ann", "and", "the", "band", "thee", " and ", " and the ", " ", "\n", "\t", "\u3000", ",", ";", "- ", "x"]
    kept = 0
    for text in _random_strings(alphabet, 40000, 10, 15):
        if _NAME_LIST_AND_RE.search(text):
            assert _may_end_in_and(text), text
            kept += 1
    assert kept > 500  # the alphabet makes names lists often enough for the check to be tested
    assert opens_a_clause("Tom Hale and ", False) and opens_a_clause("Tom Hale and the\n", False)
    assert not opens_a_clause("the Application of Sally and ", False)
