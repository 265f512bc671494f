"""The hot spots of hostile input made cheap without changing a single output (issue 13).

Each faster form here is compared with the form it replaced, on random strings built from the
characters that matter to it, and the crowded-sentence reach of action owners is checked to
keep the work of one sentence linear in its length.
"""

from __future__ import annotations

import gc
import random
import re
import time
import weakref

from minutes_miner.extract.actions import MIN_OWNER_REACH, OWNER_REACH, OWNER_READS_PER_TOKEN, owner_reach
from minutes_miner.extract import window_search
from minutes_miner.extract.stat_vocabulary import statistics_rules
from minutes_miner.extract.statistics import _PERIOD_RE, find_statistics
from minutes_miner.extract.window_search import kept_scans, search_window
from minutes_miner.readers.cleanup import PAGE_LABEL_RE
from minutes_miner.readers.pdf_text import _HYPHEN_JOIN_RE, _WORD_RE
from minutes_miner.readers.text import _PIPE_SEPARATOR_RE, _atx_heading
from minutes_miner.text_utils import squash, squash_prefix

WHITESPACE = [chr(c) for c in range(0x3100) if chr(c).isspace()]


def _random_strings(alphabet: list[str], count: int, longest: int, seed: int):
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest)))


def test_squash_is_the_whitespace_regex_and_strip_it_replaced():
    old = re.compile(r"\s+")
    for text in _random_strings(WHITESPACE + list("ab."), 20000, 12, 1):
        assert squash(text) == old.sub(" ", text).strip()


def test_squash_prefix_reads_a_prefix_and_gives_the_squashed_whole_cut():
    for text in _random_strings(list("ab \n\t\u3000."), 20000, 40, 2):
        for start, end, limit in ((0, len(text), 5), (1, len(text), 0), (2, len(text) - 1, 17)):
            assert squash_prefix(text, start, end, limit) == squash(text[start:end])[:limit]
    page = "up 10% " * 20000  # a sentence of 140,000 characters: the 1,000 kept need only a prefix
    started = time.process_time()
    for _ in range(200):
        squash_prefix(page, 0, len(page), 1000)
    assert time.process_time() - started < 1.0


def test_window_search_finds_exactly_what_searching_each_window_finds():
    words = "last year in 2019 2020/21 Q1 quarter 3 of target LAST national average xlast yearx per annum".split() + ["  ", "\n"]
    rng = random.Random(3)
    found = 0
    for text in (" ".join(rng.choice(words) for _ in range(rng.randint(1, 30))) for _ in range(1500)):
        with kept_scans():  # as find_statistics reads one text: one relaxed scan answers its windows
            for _ in range(10):
                lo = rng.randint(0, len(text))
                hi = rng.randint(lo, len(text))
                for regex in (_PERIOD_RE, statistics_rules()["comparison_re"]):
                    plain, windowed = regex.search(text[lo:hi]), search_window(regex, text, lo, hi)
                    assert (plain and (plain.span(), plain.group(0))) == (windowed and (windowed.span(), windowed.group(0)))
                    found += bool(plain)
    assert found > 1000  # the comparison is not empty-handed


class _Text(str):
    """A str that can be watched with a weak reference."""


def test_window_scans_are_made_once_per_text_and_let_go_when_it_is_read(monkeypatch):
    """A long archive's segments must not stay alive in a process-wide cache after their statistics are found."""
    scans = []
    real = window_search._relaxed_spans
    monkeypatch.setattr(window_search, "_relaxed_spans", lambda regex, text: scans.append(regex) or real(regex, text))
    text = _Text("Fly-tipping rose 12% last year compared with the national average, and 8% in 2023/24. " * 400)
    statistics = find_statistics(text)
    assert len(statistics) >= 800 and statistics[0].period == "last year" and statistics[0].comparison
    assert len(scans) == len(set(scans)) <= 2, "one relaxed scan of the text per pattern answers all its sentence windows"
    watched = weakref.ref(text)
    del text, statistics
    gc.collect()
    assert watched() is None, "nothing keeps the text once its statistics are found"
    assert window_search._SCANS.get() is None


def test_atx_heading_is_the_regex_it_replaced_without_its_cubic_cost():
    old = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
    for line in _random_strings(["#", "##", " ", "\t", "\u3000", "\r", "a", "b"], 30000, 14, 4):
        m = old.match(line)
        assert _atx_heading(line) == (m.groups() if m else None)
    assert _atx_heading("## Budget 2024 ##  ") == ("##", "Budget 2024")
    started = time.process_time()
    assert _atx_heading("# a" + " " * 100_000 + "b") == ("#", "a" + " " * 100_000 + "b")  # the regex took 1 s at 800 spaces
    assert time.process_time() - started < 0.5


# The patterns before their possessive rewrites: each rewrite must match the same spans and groups.
_REWRITTEN = [
    (_WORD_RE, r"[^\W\d_]+(?:-[^\W\d_]+)*", list("ab-1_ é")),
    (_PIPE_SEPARATOR_RE, r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$", ["|", " ", ":", "-", "---", "\n", "a"]),
    (
        PAGE_LABEL_RE,
        r"^(?:page\s*[|:.]?\s*)?[-–—(\[]?\s*(?:(?P<n>\d{1,4})(?:\s*of\s*\d{1,4})?|(?P<slash>\d{1,3})\s*/\s*\d{1,3})\s*[-–—)\]]?$",
        ["page", " ", "|", ":", ".", "-", "(", "1", "23", "of", "/", ")", "\n"],
    ),
    (_HYPHEN_JOIN_RE, r"([^\W\d_]*)\ufffe[ \t]*(?:\r\n|\r|\n)?[ \t]*([^\W\d_]*)", ["a", "b", "\ufffe", " ", "\t", "\r", "\n", "1", "é"]),
]


def test_possessive_rewrites_match_what_the_old_patterns_matched():
    for new, old_pattern, alphabet in _REWRITTEN:
        old = re.compile(old_pattern, new.flags)
        for text in _random_strings(alphabet, 20000, 12, 5):
            assert [(m.span(), m.groups()) for m in new.finditer(text)] == [(m.span(), m.groups()) for m in old.finditer(text)]
            m_old, m_new = old.match(text), new.match(text)
            assert (m_old and (m_old.span(), m_old.groups())) == (m_new and (m_new.span(), m_new.groups()))


def test_hyphen_join_reads_a_long_word_once():
    word = "a" * 200_000  # the old pattern retried the rest of the word from every letter (quadratic)
    started = time.process_time()
    assert _HYPHEN_JOIN_RE.search(word) is None
    assert time.process_time() - started < 0.5


def test_owner_reach_shrinks_in_a_crowded_sentence_and_keeps_its_work_linear():
    assert owner_reach(500, 1) == OWNER_REACH  # a long sentence with one owner reads as before
    assert owner_reach(1000, 5) == OWNER_REACH
    assert owner_reach(20250, 10125) == MIN_OWNER_REACH  # "Clerk to Clerk to ...": 24 tokens, not 200
    for tokens, owners in ((401, 3), (600, 20), (5000, 400), (40000, 1000)):
        reach = owner_reach(tokens, owners)
        assert MIN_OWNER_REACH <= reach <= OWNER_REACH
        assert owners * 2 * reach <= max(OWNER_READS_PER_TOKEN * tokens, owners * 2 * MIN_OWNER_REACH)


def test_an_owner_in_a_crowded_sentence_still_gets_its_task(tmp_path):
    from minutes_miner.extraction import extract_path

    names = "".join(f"Cllr A Smith{i}, " for i in range(300))  # one sentence of ~1,800 tokens, 300 owners: the reach is 24
    path = tmp_path / "minutes.txt"
    path.write_text(f"Minutes of Ashcombe Parish Council\n\nPresent {names}and the Clerk agreed to write to the Highways Authority about Mill Lane.\n")
    actions = [(a.owner, a.description) for a in extract_path(path).actions]
    assert ("Clerk", "write to the Highways Authority about Mill Lane") in actions
