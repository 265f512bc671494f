"""A decision not to act is a decision: 'It was agreed not to write to the MP', 'AGREED not to renew'.

Real minutes of several councils record decisions in the negative; the 'It was agreed' marker and a
capitalised 'AGREED' opening its own sentence took only 'that' / 'to' after them, so these were
lost (or, worse, the sentence before was taken). Sentences are invented; the rules alone are tested
(the trained layer could otherwise rescue a form the rules miss).
"""

from __future__ import annotations

import pytest

from helpers import PARISH_HEAD, resolution_texts


@pytest.fixture(autouse=True)
def rules_only(monkeypatch):
    monkeypatch.setenv("MINUTES_MINER_LAYER", "rules")


def decisions(sentence: str) -> list[str]:
    return resolution_texts(
        PARISH_HEAD + f"5. Correspondence\nA letter from the residents' group was read. {sentence}\n\n6. Close\nThe meeting closed at 9pm.\n"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "It was agreed not to write to the local MP as the letter suggested.",
        "It was unanimously agreed not to support the proposal.",
        "It was therefore agreed not to proceed with the bench.",
        "It was resolved not to proceed with the purchase of the field.",
        "It was decided not to comment on the application.",
        "AGREED not to renew the grass cutting contract.",
    ],
)
def test_a_decision_not_to_act_is_a_decision(sentence):
    found = decisions(sentence)
    assert any("not to" in text and text.rstrip(".").endswith(sentence.rstrip(".").split(" not to ")[1]) for text in found), found
    assert not any("letter from the residents" in text for text in found), found  # never the sentence before


@pytest.mark.parametrize(
    "sentence",
    [
        "The Clerk said it was not agreed to proceed with the bench.",  # nothing was decided
        "Members had previously AGREED not to renew the contract.",  # news of an earlier decision
        "It was not agreed whether to renew the contract.",
    ],
)
def test_near_misses_are_not_decisions(sentence):
    assert decisions(sentence) == []
