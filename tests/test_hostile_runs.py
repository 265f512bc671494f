"""Two hostile inputs bounded (issue 12, docs/adversarial.md fifth pass): runs of post titles and run-on note lines.

"Director " repeated made every (start, end) pair of each owner-ruler window a match (43 CPU s and
470 MB at 100 KB); a line of notes with no full stop ("; Smith to write to the owner ; ...") made
every owner search the rest of its sentence (quadratic). The bounds here count operations, not
wall-clock time: the Matcher's matches per token, and the regex searches of a run of owners.
"""

from __future__ import annotations

import random
import re

import pytest

from minutes_miner.extract import forward_search
from minutes_miner.extract.forward_search import search_forward


@pytest.fixture(scope="module")
def nlp():
    from minutes_miner.nlp.pipeline import get_pipeline

    return get_pipeline()


def _matches_read(nlp, text: str) -> tuple[int, int]:
    """(tokens, matches every Matcher call of the owner ruler returned) for one text."""
    from minutes_miner.nlp import windowed_ruler

    owners = nlp.get_pipe("minutes_owners")
    counted = [0]

    class Counting:
        def __init__(self, matcher):
            self.matcher = matcher

        def __call__(self, window):
            found = self.matcher(window)
            counted[0] += len(found)
            return found

    doc = nlp.make_doc(text)
    groups = windowed_ruler._anchor_groups(owners.ruler)
    for matcher, spans in windowed_ruler._anchored_stretches(groups, doc):
        list(windowed_ruler._token_matches(Counting(matcher), doc, spans))
    return len(doc), counted[0]


@pytest.mark.parametrize("unit", ["Director ", "Chief Executive Officer ", "Head Of Planning Director "])
def test_a_run_of_post_titles_costs_a_few_matcher_matches_a_token_whatever_its_length(nlp, unit):
    """Before: hundreds of matches a token (every pair of each 256-token window, for each pattern group);
    quadratic would grow with the run. Now the first dense window of each group, then about 16 a token a group."""
    small_tokens, small = _matches_read(nlp, unit * 1000)
    large_tokens, large = _matches_read(nlp, unit * 2000)
    assert large_tokens >= 2 * small_tokens - 2
    assert small <= 100 * small_tokens and large <= 100 * large_tokens, (small / small_tokens, large / large_tokens)
    assert large <= 2.2 * small


def test_a_run_of_post_titles_keeps_the_owners_around_it(nlp):
    """A stretch with a dense window is read in small windows: an owner after the run is still found."""
    text = "Director " * 600 + "\nThe Clerk would write to the Head of Planning about the hedge."
    doc = nlp(text)
    found = {e.text for e in doc.ents}
    assert "The Clerk" in found and any(e.endswith("Head of Planning") for e in found), found
    assert max(len(e) for e in doc.ents) <= 16


def test_prose_never_has_a_dense_window(nlp):
    """Minutes in several councils' styles read as before: no window comes near DENSE matches a token."""
    from minutes_miner.nlp.windowed_ruler import DENSE

    text = (
        "Present: Cllr A Smith (Chair), Cllr B Jones, Mr C Brown (Town Clerk), the Director of Finance and the Head of Planning Services.\n"
        "RESOLVED that the Chief Executive Officer, in consultation with the Leader, finalise the scheme.\n"
        "ACTION: Clerk to write to the Highways Department; Cllr Jones to obtain quotes; Deputy Mayor to attend.\n"
        "Moved by Councillor Rivera, seconded by Councillor Chen, that the City Manager report back. Carried.\n"
    ) * 20
    tokens, matches = _matches_read(nlp, text)
    assert matches < DENSE * tokens / 4


def test_search_forward_gives_the_searches_answers(nlp):
    """Random texts, patterns with word boundaries and lookbehinds, positions mostly moving forward."""
    rng = random.Random(14)
    patterns = [re.compile(r"\band\s+[A-Z]\w*(?=\s+to\s)"), re.compile(r"(?<=; )\w+ to"), re.compile(r"\bmeeting\b"), re.compile(r"x")]
    words = ["Smith", "to", "and", "; ", "meeting", "write", "owner", "Jones", "\n", "the"]
    for _ in range(200):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 60)))
        end = rng.randint(0, len(text))
        for pattern in patterns:
            pos = 0
            for _ in range(20):
                pos = max(0, min(len(text), pos + rng.randint(-3, 12)))
                found, expected = search_forward(pattern, text, pos, end), pattern.search(text, pos, end)
                assert (found and found.span()) == (expected and expected.span())


def test_owners_of_one_run_on_line_search_it_a_number_of_times_linear_in_them():
    """Each owner's 'next note after and' search: one search per note that has one ahead, not the whole line each time."""
    calls = [0]

    class Counted:
        def __init__(self, pattern):
            self.pattern = pattern

        def search(self, *args):
            calls[0] += 1
            return self.pattern.search(*args)

    pattern = Counted(re.compile(r"\band\s+[A-Z]\w+\s+to\b"))
    forward_search._LAST.clear()
    for owners in (500, 1000):
        text = "; Smith to write to the owner " * owners
        calls[0] = 0
        for k in range(owners):
            search_forward(pattern, text, 30 * k + 11, len(text))  # no match ahead: answered once
        assert calls[0] == 1


def test_an_action_on_a_run_on_line_keeps_a_bounded_evidence_around_its_task():
    from minutes_miner.extract.building import ACTION_EVIDENCE_MOST
    from minutes_miner.extraction import extract_path

    names = ["Smith", "Jones", "Brown", "Patel", "Nguyen", "Murphy"]
    notes = "".join(f"; {names[i % 6]} to write to the owner of plot {i} " for i in range(600))
    extraction = extract_path("run-on.txt", f"Actions: {notes}.\n".encode())
    actions = extraction.tables()["actions"]
    assert len(actions) > 100
    assert all(len(a.sentence) <= ACTION_EVIDENCE_MOST for a in actions)
    assert all(a.description in a.sentence for a in actions)
