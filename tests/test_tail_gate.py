"""The end-of-text gates say False only where the `$`-anchored searches they guard cannot match (issue 12)."""

import itertools
import re

import pytest

from minutes_miner.extract.action_context import opens_a_clause
from minutes_miner.extract.tail_gate import end_gaps, ends_in

# Text before an owner in several styles: ModernGov, an English parish, a US city council, a Canadian
# township, an Australian shire, an Irish county council, a Scottish council.
HEADS = [
    "RESOLVED that the report be referred to",
    "It was proposed by Cllr Jones and seconded by",
    "Moved by Councillor Tremblay, seconded by",
    "MOVED BY",
    "The Mayor thanked the members of",
    "Cr Nguyen spoke on behalf of the Shire; the",
    "Item 7 – Roads\n\n",
    "7.2 Planning Applications\n",
    "CORRESPONDENCE\n  ",
    "It was agreed, on the proposal of Cllr Ó Briain, with",
    "The Convener asked whether the",
    "Members noted the update. The",
    "the letter - the",
    "ſeconded by",  # a long s: re.I matches it to 's'
    "bathe",
    "",
]
TAILS = ["", " ", "\n", "  \n", " the ", "the ", " the\n", "\t", " this "]

GUARDED = [  # (pattern, flags, the gate that comes before it in the code)
    (
        r"\b(?:of|on|in|at|for|from|about|into|than|under|by)\s+(?:the\s+|this\s+)?$",
        0,
        lambda b: ends_in(b, ("of", "on", "in", "at", "for", "from", "about", "into", "than", "under", "by"), ("the", "this")),
    ),
    (r"\b(?:seconded|proposed|moved)(?: by)?\s*$", re.I, lambda b: ends_in(b, ("seconded", "proposed", "moved", " by"), (), folded=True)),
    (
        r"\b(?:to|with|and|of|on|in|at|for|from|about|by)\s+(?:the\s+)?$",
        0,
        lambda b: ends_in(b, ("to", "with", "and", "of", "on", "in", "at", "for", "from", "about", "by")),
    ),
    (r"(?:[;:•]|\s[–-])\s*(?:the\s+)?$", 0, lambda b: ends_in(b, (";", ":", "•", "–", "-"))),
    (r"\n[ \t]*\n\s*(?:the\s+)?$", 0, lambda b: any("\n" in g for g in end_gaps(b))),
    (r"\bwith\s*(?:the\s+)?$", 0, lambda b: ends_in(b, ("with",))),
]


@pytest.mark.parametrize("pattern,flags,gate", GUARDED)
def test_a_gate_says_false_only_where_its_search_finds_nothing(pattern, flags, gate):
    regex = re.compile(pattern, flags)
    matched = 0
    for head, tail in itertools.product(HEADS, TAILS):
        before = head + tail
        found = regex.search(before) is not None
        matched += found
        assert gate(before) or not found, repr(before)
    assert matched  # the snippets exercise the pattern


def test_gates_rule_out_ordinary_sentence_ends():
    assert not ends_in("The Clerk reported that the bins had been emptied and the ", ("to", "of", "with"))
    assert ends_in("seconded by the ", ("by",)) and ends_in("Seconded By ", (" by",), (), folded=True)
    assert end_gaps("Roads\n\nthe ") == [" ", "\n\n"]


@pytest.mark.parametrize(
    "before,in_resolution,opens",
    [
        ("", False, True),
        ("Highways; the ", False, True),
        ("Planning - the ", False, True),
        ("5 FOOTPATHS\n", False, True),  # a heading line in capitals
        ("Item 3 – Grants\n\nthe ", False, True),  # a blank line
        ("The Mayor thanked the ", False, False),
        ("Councillor Roy spoke with the ", False, False),
        ("Councillor Roy spoke with the ", True, True),  # "with the Clerk to ..." inside a decision
    ],
)
def test_opens_a_clause_is_unchanged_by_its_gates(before, in_resolution, opens):
    assert opens_a_clause(before, in_resolution) is opens
