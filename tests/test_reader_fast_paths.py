"""The readers' fast paths (issue 12): a substitution skipped only where it cannot match gives the same text."""

from __future__ import annotations

import itertools
import random
import unicodedata

from minutes_miner.readers import base
from minutes_miner.readers.pdf_text import LINE_BREAK_HYPHEN, resolve_line_break_hyphens


def _normalised_every_step(text: str) -> str:
    """normalise_text as it was: every substitution run on every block."""
    text = unicodedata.normalize("NFC", text)
    text = base._CHAR_FIX_RE.sub(lambda m: base._CHAR_FIXES[m.group(0)], text)
    text = base._SPACE_RUN_RE.sub(" ", text)
    text = base._TRAILING_SPACE_RE.sub("\n", text)
    return base._MANY_BLANK_LINES_RE.sub("\n\n", text)


PIECES = ["Cllr", "£1,316.50", " ", "  ", "\n", "\t", "\f", "\r", "\r\n", "\u00a0", "\u2009", "\u200b", "\ufeff", "\u00ad", "\ufffe", "e\u0301", "é", "—"]


def test_normalise_text_is_the_same_as_running_every_substitution():
    texts = ["", "RESOLVED that the minutes be approved.", "Item 4 \n\n\n\nMinutes", "Mayor\u00a0Pro Tem\tLee", "Clerk\r\nto write  to\fKCC"]
    texts += ["".join(p) for p in itertools.product(PIECES[2:9], repeat=3)]
    rnd = random.Random(12)
    texts += ["".join(rnd.choice(PIECES) for _ in range(rnd.randrange(1, 30))) for _ in range(3000)]
    for text in texts:
        assert base.normalise_text(text) == _normalised_every_step(text), repr(text)


def test_a_page_without_a_line_break_hyphen_is_returned_as_it_is():
    vocabulary = {"management"}
    assert resolve_line_break_hyphens("The manage-\nment plan was agreed.", vocabulary) == "The manage-\nment plan was agreed."
    assert resolve_line_break_hyphens(f"The manage{LINE_BREAK_HYPHEN}\nment plan was agreed.", vocabulary) == "The management plan was agreed."
    assert resolve_line_break_hyphens(f"a long{LINE_BREAK_HYPHEN}\nterm lease", vocabulary) == "a long-term lease"
