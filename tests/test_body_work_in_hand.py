"""Actions: the meeting's own body given work in hand, or a matter carried to a later meeting (issue 16, session 32).

Seen on real minutes of councils no rule was written on (web3, web6, web8: a New Hampshire selectboard, a Vermont
selectboard, an Illinois library board, an Irish town council): 'The board will double check the revenue numbers', 'The
Selectboard will consider the contract options on the next agenda', 'The Board will review the guidelines and discuss the
program at a future meeting', 'Members were informed that the Council would facilitate the setting up of a Residents
Association'. What a body 'will' do as a standing way of working, or decides there and then, stays no task. Invented
council and people, the same forms."""

from __future__ import annotations

import pytest

from tests.helpers import actions_in


@pytest.mark.parametrize(
    ("sentence", "owner", "task"),
    [
        ("The board will double check the tax figures that have been uploaded.", "board", "double check the tax figures"),
        ("Members were informed that the Council would facilitate the setting up of a residents group in Mill Court.", "Council", "facilitate the setting up"),
        ("The Committee would investigate the cause of the flooding on Mill Lane.", "Committee", "investigate the cause"),
        ("The Board will review the draft policy and discuss it at a future meeting.", "Board", "review the draft policy"),
        ("The Selectboard will consider the paving bids on the next agenda.", "Selectboard", "consider the paving bids"),
    ],
)
def test_the_bodys_work_in_hand_is_its_task(tmp_path, sentence: str, owner: str, task: str) -> None:
    found = actions_in(tmp_path, f"5. Roads\nThe resident raised the matter. {sentence}\n")
    assert any(owner in o and t.startswith(task) for o, t in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "The Council would provide a choice of bin sizes to every household.",
        "The Board will consider applications in the order they are received.",
        "The Selectboard will consider the paving bids. The next meeting is on 5 May.",
    ],
)
def test_a_standing_way_of_working_is_no_task(tmp_path, sentence: str) -> None:
    """How the body works, or a decision verb with no later meeting in its own sentence, stays the body's business."""
    found = actions_in(tmp_path, f"5. Roads\n{sentence}\n")
    assert found == [], found
