"""The resolution readers added for issue 11 (chained resolving clauses, enacting clauses with
numbered sections, letters signed off before the clerk's outcome) on 100 KB hostile lines.

Each of their patterns is run on one long line of the characters it reads in runs (blanks, tabs,
colons, commas, newlines) that never completes a match: a pattern in which two quantifiers can
share a run tries every way of dividing it, and costs the square of the run's length. A match
attempt on 100 KB must take well under a second (quadratic: minutes). Runs of blanks are what a
caller of the library may hand in unnormalised (the readers squeeze spaces, not colons).
"""

from __future__ import annotations

import time

import pytest

from minutes_miner.extract import chained, correspondence, enactments

LINE = 100_000
SECONDS = 1.0  # microseconds when linear; the quadratic link pattern took 0.15 s at 1.5 KB, 1.9 s at 6 KB


def _cpu(call) -> float:
    started = time.process_time()
    call()
    return time.process_time() - started


LINK_GAPS = {
    "blanks and tabs after ';'": ";" + " \t" * (LINE // 2) + "x",
    "tabs and newlines after ';'": ";" + "\t" * (LINE - 3) + "\n\nx",
    "blanks after THEREFORE": "; AND THEREFORE" + " " * LINE + "x",
    "colons after RESOLVED": "; AND BE IT RESOLVED" + ":" * LINE + "x",
    "commas and blanks after RESOLVED THAT": "; AND BE IT RESOLVED THAT" + ", " * (LINE // 2) + "x",
    "many links without a marker": "; AND FURTHER BE IT " * (LINE // 20),
}


@pytest.mark.parametrize("name", list(LINK_GAPS))
def test_the_chain_link_pattern_is_linear_on_a_100kb_gap(name):
    gap = LINK_GAPS[name]
    assert len(gap) >= LINE * 0.9
    seconds = _cpu(lambda: chained._LINK_RE.search(gap))
    assert seconds < SECONDS, f"{name}: {seconds:.2f} CPU s"


def test_the_chain_link_pattern_still_reads_a_link_after_a_long_blank_run():
    """Possessive runs take nothing a match needs: the link after 5,000 blanks is still a link."""
    link = chained._LINK_RE.search("the review;" + " " * 5000 + "\n\nAND THEREFORE ,  BE IT RESOLVED THAT ")
    assert link is not None and link.group("and") == "AND"
    further = chained._LINK_RE.search("salt spreader; and\nBE IT FURTHER RESOLVED:,  ")
    assert further is not None and further.group("further") and not further.group("and")
    assert chained._LINK_RE.search("the review;" + " " * 5000 + "THEREFORE BE IT RESOLVED THAT x") is None  # the clause after the marker is no gap


ENACTMENT_TEXTS = {
    "blanks after Section 1.": ": Section 1." + " " * LINE,
    "whitespace that never reaches a section": ": Section 1. That x." + "\n \t" * (LINE // 3) + "Sectionx",
    "a section label per few characters": ": Section 1. That x." + " Section 2. " * (LINE // 12),
}


@pytest.mark.parametrize("name", list(ENACTMENT_TEXTS))
def test_enacted_sections_are_read_in_linear_time_on_100kb(name):
    text = ENACTMENT_TEXTS[name]
    seconds = _cpu(lambda: enactments.enacted_sections_end(text, 12))
    assert seconds < SECONDS, f"{name}: {seconds:.2f} CPU s"


SIGN_OFF_TEXTS = {
    "blank lines after a sign-off": "Thank you.\nSincerely," + "\n" * LINE,
    "blanks after a sign-off": "Thank you.\nSincerely" + " \t" * (LINE // 2),
    "a sign-off per line": "\nRegards, J" * (LINE // 11),
}


@pytest.mark.parametrize("name", list(SIGN_OFF_TEXTS))
def test_a_letters_sign_off_is_found_in_linear_time_on_100kb(name):
    text = SIGN_OFF_TEXTS[name]
    seconds = _cpu(lambda: (correspondence.signed_off(text), correspondence.letter_outcome_end(text + "Received." + " " * LINE, len(text) + 8)))
    assert seconds < SECONDS, f"{name}: {seconds:.2f} CPU s"


def test_the_referral_after_a_letters_outcome_is_still_read_across_blanks_and_a_line_break():
    text = "Sincerely,\nJane Doe\nMayor\nReceived. \t\n  Referred to Committee on Appointments.\n\n8. Reports"
    end = correspondence.letter_outcome_end(text, text.index("Received") + len("Received"))
    assert text[:end].endswith("Committee on Appointments.")
