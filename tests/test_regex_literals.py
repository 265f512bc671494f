"""The literal prefilter of the decision-marker regexes: it must skip only texts that cannot match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from minutes_miner.nlp.pipeline import MarkerFinder, get_pipeline
from minutes_miner.nlp.regex_literals import gate_keys, holds_any, required_literals
from minutes_miner.resources import models_dir

SAMPLES = Path(__file__).resolve().parent.parent / "corpus" / "samples"
SAMPLE_TEXTS = sorted([*(SAMPLES / "txt").glob("*.txt"), *(SAMPLES / "md").glob("*.md")])


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\b(?P<marker>[Ii]t\s+was agreed)", {"was agreed"}),  # the longer literal run wins over "It"/"it"
        (r"(?:The |the )?Committee", {"Committee"}),  # "The Committee" holds "Committee": the shorter is enough
        (r"(?:x|y)+resolved(?= that)", {"resolved"}),  # a lookahead consumes nothing
        (r"(?m)^[ \t]*(?P<m>Decisions?|DECISIONS?)[ \t]*:", {"Decision", "DECISION"}),
        (r"a(?:bc)?de", {"ade", "abcde"}),
        # the parser takes the common "B" out of the choice ('B' then 'CR|and ...'): the literal before it joins each branch's start
        (r"(?:BCR|Band[ \t]+Council[ \t]+Resolution)[ \t]*\d", {"BCR", "Band"}),
        (r"Res(?:olution|\.)[ \t]+\d", {"Resolution", "Res."}),
    ],
)
def test_required_literals_of_small_patterns(pattern: str, expected: set[str]) -> None:
    assert required_literals(pattern) == expected


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r".resolved?", {"resolve"}),  # "resolve" is required, ".resolve" or "resolved" is not
        (r"(?:RESOLVED)?\s+that", {"that"}),  # the optional word is not required, nor the space (\s may be a newline)
        (r"(?:resolved|\w+ed) that", {" that"}),  # one branch names no literal: the branch requires nothing
        (r"(?i)resolved", None),  # case-insensitive: no case-sensitive literal is required
        (r"[A-Z]{2,}", None),
        (r"(?:Motion)?ed", None),  # too short to be worth a scan
    ],
)
def test_nothing_is_required_that_a_match_may_lack(pattern: str, expected: set[str] | None) -> None:
    assert required_literals(pattern) == expected


def test_holds_any() -> None:
    assert holds_any("It was RESOLVED that", frozenset({"RESOLVED"}))
    assert not holds_any("It was agreed that", frozenset({"RESOLVED", "Resolved"}))
    assert holds_any("anything", None)


def test_every_marker_match_holds_one_of_its_literals() -> None:
    """Run on the sample minutes: no match of a pattern lacks the literals its prefilter looks for."""
    finder = MarkerFinder(models_dir())
    checked = 0
    for path in SAMPLE_TEXTS:
        text = path.read_text(encoding="utf-8")
        for (pattern_id, _kind, regex), literals in zip(finder.patterns, finder.literals):
            for m in regex.finditer(text):
                checked += 1
                assert holds_any(m.group(0), literals), (pattern_id, m.group(0))
    assert checked > 20
    assert sum(literals is not None for literals in finder.literals) >= len(finder.patterns) - 5  # the audit finds most keywords


def test_prefilter_gives_the_same_markers_as_every_pattern_on_every_text() -> None:
    nlp = get_pipeline()
    finder = nlp.get_pipe("minutes_markers")
    for path in SAMPLE_TEXTS:
        for paragraph in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):  # small texts: many skip most patterns
            doc = finder(nlp.make_doc(paragraph))
            expected = []
            for _pattern_id, kind, regex in finder.patterns:
                expected += [(m.start("marker"), kind) for m in regex.finditer(paragraph)]
            found = [(span.start_char, span.label_) for span in doc.spans["markers"]]
            assert sorted(found) == sorted((doc[doc.char_span(s, s + 1, alignment_mode="expand").start].idx, k) for s, k in expected)


def test_gate_keys_cover_every_literal_and_change_no_answer() -> None:
    """Every literal holds one of its pattern's keys, so looking for the keys first gives holds_any's answer."""
    finder = MarkerFinder(models_dir())
    assert any(keys is not None for keys in finder.keys)  # the wide body-and-verb patterns get a few keys
    texts = [path.read_text(encoding="utf-8") for path in SAMPLE_TEXTS]
    texts += [  # invented snippets: a keyword inside a longer word, case variants, nothing at all
        "The Board passed the following resolution: that the levy be struck.",
        "The Shire passed the motion. All in favour.",
        "Cr Ruiz moved and Cr Ng seconded; the motion was CARRIED unanimously.",
        "disagreedunanimouslyfollowingly",
        "",
    ]
    for literals, keys in zip(finder.literals, finder.keys):
        if keys is None:
            continue
        assert len(keys) < len(literals)
        assert all(any(key in literal for key in keys) for literal in literals)
        for text in texts:
            assert holds_any(text, literals, keys) == holds_any(text, literals)


def test_gate_keys_of_small_sets() -> None:
    assert gate_keys(None) is None
    assert gate_keys(frozenset({"RESOLVED", "Resolved"})) is None  # a few literals: nothing to save
    keys = gate_keys(frozenset({f"{body} passed the following " for body in ("Board", "Council", "Cabinet", "Shire", "Committee")}))
    assert keys == frozenset({"following"})  # the word every literal holds, not a common one ('the')
    assert gate_keys(frozenset({"ab", "cd", "ef", "gh", "ij", "kl"})) is None  # no word long enough: each its own key, no saving
