"""The literal prefilter says no only when a pattern cannot match (issue 12: the same output, faster)."""

import re

import pytest

from minutes_miner.extract.actions import BEFORE_REACH, _trigger_before, _triggers
from minutes_miner.extract.literal_prefilter import fold, may_match, required_literals

# Text before an owner in minutes of several styles: a ModernGov county, an English parish, a US city
# council, a Canadian township, an Australian shire, an Irish county council, a Scottish council.
BEFORES = [
    "RESOLVED that the Cabinet Member for Highways be requested to ",
    "It was agreed that the Clerk would write to the landowner and requested that the ",
    "Council directed staff to prepare a report and Mayor Gomez asked the ",
    "Moved by Councillor Tremblay, seconded by Councillor Roy, THAT Council directs that ",
    "The Shire President instructed the ",
    "It was proposed by Cllr. Ó Súilleabháin and agreed that the matter be referred to the ",
    "The Committee agreed that delegated authority be given to the ",
    "AGREED that the letter be sent by the ",
    "Members noted the update from the ",
    "The Chair thanked the ",
    "INSTRUCTED THE ",
    "The Board aſked the ",  # a long s: re.I matches it to 's'
    "Council İnvited the ",  # a dotted capital I: re.I matches it to 'i'
]


def test_required_literals_of_a_word_list_and_a_bare_group():
    assert required_literals(re.compile(r"\b(?:requested|requests|(?i:request))\s+(?:the\s+)?$")) == {"request"}
    # "grants?" ends in an optional letter, so the run after it is what every branch shares
    assert required_literals(re.compile(r"(?i:delegated authority to|grants? authority to)\s+$")) == {" authority to"}
    assert required_literals(re.compile(r"\(\s*\d+\s*\)")) is None  # one-character literals say too little
    assert required_literals(re.compile(r"(?:the\s+)?council")) == {"council"}  # an optional group needs nothing


@pytest.mark.parametrize("before", BEFORES)
def test_a_trigger_skipped_by_the_prefilter_never_matches(before):
    folded = fold(before[-BEFORE_REACH:])
    for t in _triggers()["before_owner"]:
        if not may_match(t["compiled"], folded):
            assert _trigger_before(t["compiled"], before) is None, (t["trigger"], before)


def test_the_prefilter_skips_triggers_whose_words_are_absent():
    folded = fold("Members noted the update from the ")
    skipped = [t for t in _triggers()["before_owner"] if not may_match(t["compiled"], folded)]
    assert len(skipped) >= 4


def test_fold_covers_every_character_re_matches_to_an_ascii_letter():
    letter = re.compile("[a-z]", re.I)
    odd = [chr(c) for c in range(128, 0x110000) if letter.fullmatch(chr(c))]
    assert odd and all(fold(ch).isascii() and letter.fullmatch(fold(ch)) for ch in odd)
    assert fold("The Board aſked the İnspector") == "the board asked the inspector"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The Town Board authorized payment of Seven Hundred Fifty Dollars to the fire company.", [(750.0, "USD")]),
        ("The Parish Council agreed a grant of five hundred pounds to the village hall.", [(500.0, "GBP")]),
        ("Members approved a contribution of two thousand euro towards the Tidy Towns group.", [(2000.0, "EUR")]),
        ("The Shire noted that half of the budget had been spent; the Convener thanked the treasurer.", []),
    ],
)
def test_money_in_words_is_found_with_the_prefilter(text, expected):
    """The word-money scan runs only where a currency word is; where one is, the amount is still found."""
    from minutes_miner.extract.money import _word_money_re
    from minutes_miner.extract.statistics import find_statistics

    assert {"dollar", "pound", "euro"} <= required_literals(_word_money_re())
    money = [(s.value, s.unit) for s in find_statistics(text) if s.unit not in {"count", "percent", "other"}]
    assert money == expected


TALLY_GUARD = r"(?=[\d(]|\b[acdeflnoprstvy])(?:"


@pytest.mark.parametrize(
    "text",
    [
        "The motion was CARRIED by 7 votes for, 2 against and 1 abstention.",  # an English district
        "Motion Passed (5 to 0). Ayes: 5 Nays: 0",  # a US city council
        "Carried by a majority of three. Two councillors voted against.",  # a parish
        "Defeated 4-3; the Reeve called the vote. 6 yes, 0 no.",  # a Canadian township
        "LOST on the casting vote (4 for) — Cr Nguyen requested a division: For: 4 Against: 5",  # an Australian shire
        "The Cathaoirleach declared the motion carried by twelve votes to nine; ſeven members voted",  # an Irish county, a long s
    ],
)
def test_the_tally_guard_finds_what_the_tally_pattern_finds(text):
    """_TALLY_RE looks at each position's first character before trying its ten branches: the same matches."""
    from minutes_miner.extract.statistics import _TALLY_RE

    assert _TALLY_RE.pattern.startswith(TALLY_GUARD) and _TALLY_RE.pattern.endswith(")")
    unguarded = re.compile(_TALLY_RE.pattern[len(TALLY_GUARD) : -1], _TALLY_RE.flags)
    found = [(m.span(), m.groups()) for m in _TALLY_RE.finditer(text)]
    assert found and found == [(m.span(), m.groups()) for m in unguarded.finditer(text)]
