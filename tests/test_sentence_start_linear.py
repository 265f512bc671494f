"""blocks.sentence_start reads back about its own sentence, not the paragraph before it (issue 12).

A paragraph of n short closers ('The Chair declared the motion carried.' on each line, as
Australian, Irish and Canadian minutes print a run of motions) asked, for each closer, where
its sentence starts; each question scanned a fixed chunk of up to 512 characters before it,
so 4 closers -> 16 cost about 5x. The work is counted here (characters handed to the
sentence-end regex), never timed, and the answers are checked against a plain scan from the
paragraph's start.
"""

from __future__ import annotations

import random

from minutes_miner.extract import blocks
from minutes_miner.sentences import SENTENCE_END_RE, is_abbreviation

CLOSERS = [
    "The Chair declared the motion carried.\n",  # Australian shire
    "The Cathaoirleach declared the motion carried unanimously.\n",  # Irish county
    "The Mayor declared the motion lost on a show of hands.\n",  # Canadian town
    "Cr. Amos moved, Cr. Brook seconded; the motion was carried.\n",  # abbreviations inside the sentence
]


class _CountingRegex:
    """SENTENCE_END_RE that adds up how many characters each scan is given."""

    def __init__(self) -> None:
        self.chars = 0

    def finditer(self, text: str, start: int, end: int):
        self.chars += end - start
        return SENTENCE_END_RE.finditer(text, start, end)


def _chars_read(monkeypatch, closers: int, style: str) -> int:
    """Characters scanned to find the start of every closer of a paragraph of `closers` of them."""
    counter = _CountingRegex()
    monkeypatch.setattr(blocks, "_SENTENCE_END_RE", counter)
    text = style * closers
    pos = 0
    for _ in range(closers):
        marker = text.index("declared" if "declared" in style else "carried", pos)
        blocks.sentence_start(text, marker, 0)
        pos = text.index("\n", marker) + 1
    monkeypatch.undo()
    return counter.chars


def test_a_paragraph_of_closers_costs_in_proportion_to_its_closers(monkeypatch):
    for style in CLOSERS:
        reads = {n: _chars_read(monkeypatch, n, style) for n in (4, 16, 64, 256)}
        for n, chars in reads.items():
            assert chars <= 3 * len(style) * n, (style, reads)  # each closer reads about its own sentence
        assert reads[64] <= 4.5 * reads[16] and reads[256] <= 4.5 * reads[64], (style, reads)


def test_one_long_sentence_is_read_back_once_per_doubling(monkeypatch):
    """No sentence end for 20,000 characters: the reads double, so their sum is about twice the sentence."""
    text = "Members noted " + "the report and " * 1300 + "agreed"
    counter = _CountingRegex()
    monkeypatch.setattr(blocks, "_SENTENCE_END_RE", counter)
    blocks.sentence_start(text, len(text) - 3, 0)
    monkeypatch.undo()
    assert counter.chars <= 2.5 * len(text)


def _plain_last_end(text: str, lo: int, pos: int) -> int:
    """The scan the chunks stand in for: every sentence end from lo to pos, abbreviations skipped."""
    best = lo
    for m in SENTENCE_END_RE.finditer(text, lo, pos):
        if m.group(0)[0] == "." and is_abbreviation(text, m.start()):
            continue
        best = m.end()
    return best


_PIECES = [
    "The Chair declared the motion carried.",
    " Cllr. Smith noted it",
    " e.g. the hall",
    " (a) the report.",
    " b. The next point",
    "\n\n",
    "\n",
    "   ",
    " J. Smith agreed!",
    " Is it? Yes",
    " on 3 Jan. 2024 it met",
    " RESOLVED that the report be noted;",
    " | ",
    " word" * 30,
    "...",
]


def test_the_chunked_reading_finds_what_a_scan_from_the_start_finds():
    rng = random.Random(12)
    for _ in range(400):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 40)))
        for _ in range(5):
            pos = rng.randint(0, len(text))
            lo = rng.randint(0, pos)
            assert blocks._last_sentence_end(text, lo, pos) == _plain_last_end(text, lo, pos), (text, lo, pos)
