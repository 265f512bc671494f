"""The first-character guard (nlp/regex_guard.py): a pattern and its guarded form find the same matches."""

from __future__ import annotations

import random
import re

import pytest

from minutes_miner.nlp.regex_guard import MAX_GUARD_CHARS, _guarded, guarded

# Invented minutes in several councils' styles: a ModernGov county, an English parish, a US city,
# a Canadian township, an Australian shire, an Irish county council, a Scottish committee.
SNIPPETS = [
    "RESOLVED that the report be noted.\nThe minutes of the meeting held on 4 March were approved as a correct record.",
    "The accounts were duly accepted. Proposed Cllr Hughes, seconded Cllr Bell. The Committee AGREED to defer the item.",
    "Motion by Alderman Price, seconded by Councilman Ortiz, to adopt Ordinance 24-07. Motion carried 5-0.",
    "Moved by Councillor Tremblay / Seconded by Councillor Roy THAT Council receive the report for information. CARRIED.",
    "It was moved by Cr Nguyen and seconded by Cr Walsh that the tender be awarded. The Shire President declared the motion carried.",
    "On the proposal of Cllr Ó Briain, seconded by Cllr Byrne, the Members agreed the Chief Executive's report.",
    "The Committee noted the update. Decision: the Sub-Committee approved the licence. Payments were approved for payment.",
    "The grant of £2,500 was approved. The precept was set at £45,000. Apologies were received and accepted.",
    "it was agreed unanimously. The motion was proposed by Mr Lee. MOVED: Alderman Fox. The Board voted 4-1 to approve.",
    "Cllr A Smith proposed that the item be deferred. JS proposed and KL seconded. Standing Orders were suspended.",
    "had been accepted; to be approved; It was approved. This was noted. They were noted.\twere\tnoted.",
]


def _matches(regex: re.Pattern, text: str) -> list:
    return [(m.span(), m.groups(), m.groupdict()) for m in regex.finditer(text)]


def _noise(seed: int) -> str:
    """Random text over the letters, marks and spaces that the markers look at."""
    rng = random.Random(seed)
    alphabet = "aeiouwtdnrsAEIOUWTDNRSMCPBLmcpbl .,;:()-–'’\n\t0123456789£$%/" + "İıſK"
    words = ["was", "were", "noted", "accepted", "approved", "RESOLVED", "Motion", "moved", "by", "Cllr", "the", "Council", "agreed", "It", "had been"]
    return "".join(rng.choice(words) + " " if rng.random() < 0.3 else rng.choice(alphabet) for _ in range(600))


def _marker_sources() -> list[tuple[str, str]]:
    from minutes_miner.nlp.pipeline import _read_jsonl
    from minutes_miner.resources import models_dir
    from minutes_miner.vocabulary import expand_markers

    return [(p["id"], expand_markers(p["regex"])) for p in _read_jsonl(models_dir() / "patterns" / "resolution_markers.jsonl")]


@pytest.mark.parametrize("pattern_id,source", _marker_sources())
def test_every_marker_pattern_finds_the_same_matches_guarded(pattern_id: str, source: str) -> None:
    plain, guard = re.compile(source, re.M), re.compile(_guarded(source, re.M), re.M)
    assert plain.groupindex == guard.groupindex
    for text in SNIPPETS + [_noise(seed) for seed in range(20)]:
        assert _matches(plain, text) == _matches(guard, text), pattern_id
        for start in (1, 7, 40):  # a search from inside the text, as the finders' windows do
            assert [m.span() for m in plain.finditer(text, start, len(text) - 3)] == [m.span() for m in guard.finditer(text, start, len(text) - 3)]


def test_lookbehind_led_patterns_get_a_guard_for_their_first_letters() -> None:
    assert _guarded(r"(?<!had been )(?<![Ii]t )\b(?P<m>(?:were|was) noted)", 0) == r"(?=[w])(?<!had been )(?<![Ii]t )\b(?P<m>(?:were|was) noted)"
    assert _guarded(r"(?<![\w-])(?:The |the )?Council agreed", 0).startswith("(?=[CTt])")
    assert _guarded(r"(?m)(?<=[.] )(?:Carried|Lost)\b", 0).startswith("(?m)(?=[CL])(?<=")  # global flags stay first


def test_patterns_without_a_safe_or_useful_guard_are_left_as_they_are() -> None:
    for pattern in [
        r"RESOLVED that",  # a literal: the engine's own prefix scan
        r"[Rr]esolved",  # a class: the engine's own charset scan
        r"(?:Agreed|Noted)\.",  # every branch a literal
        r"(?m)^[ \t]*Decision:",  # a line start refuses most positions already
        r"(?<!x)(?:abc)?",  # can match nothing
        r"(?<!x)(?i:resolved)",  # a flag inside the pattern
        r"(?<!x)\w+ agreed",  # a category holds most characters
        r"(?<!x)[^a]bc",  # a negated class
        r"(?<!x).agreed",  # any character
        r"(?<!x)(?(1)a|b)",  # a conditional group
        r"(?x) (?<!x) a b c",  # verbose
    ]:
        assert _guarded(pattern, 0) == pattern, pattern
    wide = "".join(chr(c) for c in range(0x100, 0x100 + MAX_GUARD_CHARS + 1))
    assert _guarded(rf"(?<!x)[{wide}]b", 0) == rf"(?<!x)[{wide}]b"


def test_case_insensitive_patterns_keep_the_same_matches_with_special_folds() -> None:
    source = r"(?<![\w-])(?:k|s|i)elvin\b"
    plain, guard = re.compile(source, re.I), re.compile(_guarded(source, re.I), re.I)
    assert guard.pattern != plain.pattern
    text = "Kelvin kelvin \u212aelvin \u017felvin \u0130elvin \u0131elvin SELVIN"
    assert _matches(plain, text) == _matches(guard, text)


def test_guarded_memo_gives_what_is_worked_out_afresh() -> None:
    source = r"(?<![Ii]t )\b(?:were|was) accepted"
    assert guarded(source, re.M) == _guarded(source, re.M)
