"""text_utils.last_match: the match nearest the end of a window, as the finders that read backwards need it."""

import re

from minutes_miner.text_utils import last_match

PROPOSAL_RE = re.compile(r"\bproposed\b")
TEXT = "Cllr A proposed a bench. Cllr B proposed a bin. AGREED."


def test_the_last_of_several_matches_is_returned():
    found = last_match(PROPOSAL_RE, TEXT)
    assert found is not None and found.start() == TEXT.index("Cllr B") + len("Cllr B ")


def test_the_window_bounds_the_search():
    end_of_first_sentence = TEXT.index(".") + 1
    found = last_match(PROPOSAL_RE, TEXT, 0, end_of_first_sentence)
    assert found is not None and found.start() == TEXT.index("proposed")
    assert last_match(PROPOSAL_RE, TEXT, TEXT.index("AGREED")) is None
