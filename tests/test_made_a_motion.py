"""'<Name> made (a/the) motion to ...': the mover's own sentence, its seconder and its outcome (issue 16, session 31).

Seen on real US town, borough and township minutes of councils no rule was written on (web7, web3): 'Lloyd made motion to
accept, Lyn seconded.' (no article) was no motion at all; 'Edee made a motion to approve corrections. Patrick second.
Passed 3-0' and 'Alan made the motion to pay the claims. John made the second. All in favor. Motion carried.' were read
as their bare wording ('to approve corrections.'), too short to be the decision the annotators copied; and 'All Board
members had reviewed minutes from the October 9, 2023 meeting. ... Bunch made a motion to approve, seconded by Brown.'
lost what 'to approve' approved, because no numbered item stood above it. Invented towns and people, the same forms."""

from __future__ import annotations

import pytest

from tests.helpers import resolution_texts

HEAD = "TOWN OF ELMWOOD\nSELECTBOARD MINUTES\nMarch 4, 2025\n\nPresent: Ada Hale, Ben Noor, Cy Dale.\n\n"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Noor made motion to pay the bills for March, Dale seconded. Motion carried.", "to pay the bills for March, Dale seconded. Motion carried."),
        (
            "Hale made the motion to buy a new mower for the green. Dale made the second. All in favor. Motion carried.",
            "to buy a new mower for the green. Dale made the second. All in favor. Motion carried.",
        ),
        ("Hale made a motion to repaint the town hall doors. Noor second. Passed 3-0", "to repaint the town hall doors. Noor second. Passed 3-0"),
        (
            "Dale made the motion to ask the state about the bridge. Second was made by Noor, all in favor.",
            "to ask the state about the bridge. Second was made by Noor",
        ),
    ],
)
def test_the_motion_reads_with_its_seconder_and_outcome(sentence: str, words: str) -> None:
    texts = resolution_texts(HEAD + "4. Town business\n" + sentence + "\n")
    assert any(words in t for t in texts), texts


@pytest.mark.parametrize(
    ("lines", "words"),
    [
        (
            "Minutes:\nAll members had read the minutes of the February 4, 2025 meeting. There were no corrections. Hale made a motion to approve, seconded by Dale. Motion passed by voice vote.",
            "All members had read the minutes of the February 4, 2025 meeting. There were no corrections. Hale made a motion to approve, seconded by Dale.",
        ),
        (
            "Road report was given by the foreman.\nRoad report; Noor made motion to accept, Dale seconded. Motion carried.",
            "Road report; Noor made motion to accept, Dale seconded. Motion carried.",
        ),
    ],
)
def test_a_bare_motion_reads_its_own_unnumbered_line(lines: str, words: str) -> None:
    texts = resolution_texts(HEAD + lines + "\n")
    assert any(words in t for t in texts), texts


def test_a_wrapped_line_gives_a_bare_motion_no_stranger_words() -> None:
    """The line above ends mid-sentence: the entry began higher up, so 'to approve' stands alone."""
    lines = "The clerk said the insurance renewal would cost more than last\nyear and Hale made a motion to approve. Motion carried.\n"
    texts = resolution_texts(HEAD + lines)
    assert any(t.startswith("to approve") for t in texts), texts
    assert not any("year and Hale" in t for t in texts), texts


def test_an_earlier_motion_on_the_line_is_not_the_subject() -> None:
    line = "Treasurer's report was read. Noor made motion to accept the report, Hale seconded. Motion carried. Dale made a motion to approve. Motion carried.\n"
    texts = resolution_texts(HEAD + "Reports:\n" + line)
    assert not any("Treasurer" in t and t.rstrip().endswith("to approve. Motion carried.") for t in texts), texts


@pytest.mark.parametrize(
    "sentence",
    [
        "A motion was made, seconded, and passed to accept the resignation of Ada Hale.",
        "A motion was made,seconded, and passed to accept Ben Noor to the library trust board.",
        "A motion was made, seconded and carried to close the library on December 26.",
    ],
)
def test_a_motion_told_without_its_movers_reads_from_its_wording(sentence: str) -> None:
    """A library board's 'A motion was made, seconded, and passed to ...' (web8): the wording after it is the decision."""
    texts = resolution_texts(HEAD + "NEW BUSINESS\n" + sentence + "\n")
    wording = sentence.split(" to ", 1)[1]
    assert any(wording in t for t in texts), texts
