"""The trained layer's veto: what a report asked the meeting to decide is no decision (issue 16, session 35).

Seen on a real Northumberland local area council's planning minutes (web12): 'The committee was requested to decide the
planning applications attached to the report using the powers delegated to it.' The model scored it as a decision
('decide', 'delegated' are deciding words); the rules had no marker for it. Invented text, the same form."""

from __future__ import annotations

import pytest

from minutes_miner.extract.model_veto import refused_decision

ITEM = "12. DETERMINATION OF PLANNING APPLICATIONS\n\n{sentence}\n\nThe next item followed.\n"


@pytest.mark.parametrize(
    "sentence, refused",
    [
        ("The report requested the Committee to decide the planning applications attached to the report using the powers delegated to it.", True),
        ("The committee was requested to decide the planning applications attached to the report using the powers delegated to it.", True),
        ("Members were asked to note the update from the highways team.", True),
        # a decision beside the request passes
        ("The Committee, having been asked to decide the applications, agreed to approve them as recommended.", False),
        ("The Board approved the budget, which staff had asked it to approve in March.", False),
        ("The Committee agreed to approve the planning applications as recommended.", False),
        ("The Chair invited members to approve the budget which was carried unanimously.", False),
    ],
)
def test_what_the_meeting_was_asked_to_decide_is_refused(sentence: str, refused: bool) -> None:
    text = ITEM.format(sentence=sentence)
    assert refused_decision(None, text, text.index(sentence), text.index(sentence) + len(sentence)) is refused
