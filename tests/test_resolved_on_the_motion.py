"""'It was resolved on the motion of the Mayor, seconded by ..., that ...' and a passive outcome after the movers
(issue 16, session 31).

Seen on real minutes of councils no rule was written on (web7: a New Zealand city council; web8: a harbour board's
report of its first meeting): 'It was resolved on the motion of the Mayor seconded by Councillor Wells that the
apologies be accepted.' was no decision (the verb's wording was looked for straight after it, and 'the Mayor' is a post,
not a name), and 'On the motion of Mr Trwslet, seconded by Mr Davie, the bye-laws were approved and passed.' was read
from a 'to' further on. Invented councils and people, the same forms."""

from __future__ import annotations

import pytest

from tests.helpers import resolution_texts

HEAD = "Elmwood City Council\nMinutes of the ordinary meeting held on 3 March 2025\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "It was resolved on the motion of the Mayor seconded by Councillor Hale that the apologies be accepted.",
        "It was resolved on the motion of the Mayor, seconded by Councillor Hale, that the minutes of 3 February 2025 be confirmed.",
        "It was agreed on the proposal of Cllr Noor that the hall fees remain unchanged.",
    ],
)
def test_the_mover_between_verb_and_wording_keeps_the_decision(sentence: str) -> None:
    texts = resolution_texts(HEAD + "2. Business\n" + sentence + "\n")
    mover, wording = sentence.split(" that ", 1)
    movers = mover.split(" on ", 1)[1]  # annotators copy the mover with the wording: 'the Mayor seconded by ...'
    assert any(wording in t and movers in t for t in texts), texts


def test_a_passive_outcome_after_the_seconder_is_the_wording() -> None:
    texts = resolution_texts(HEAD + "3. Bye-laws\nOn the motion of Mr Hale, seconded by Mr Noor, the bye-laws were approved and passed.\n")
    assert any(t.startswith("the bye-laws were approved and passed") or "the bye-laws were approved" in t for t in texts), texts


def test_a_passive_clause_that_is_no_outcome_is_not_the_wording() -> None:
    """', the report was read' reports the meeting's business: only a decided outcome ('approved', 'adopted') is wording."""
    texts = resolution_texts(HEAD + "3. Report\nOn the motion of Mr Hale, seconded by Mr Noor, the report was read.\n")
    assert not any("the report was read" in t for t in texts), texts


def test_a_paper_presented_by_someone_and_approved_by_the_board_is_a_decision() -> None:
    """An Irish board of management's agreed report (web7): 'The Treasurer's Report was presented by Dr. Delma Byrne and
    approved by the Board.' The presenter stands between the verbs, and the approving body is the meeting's own."""
    texts = resolution_texts(HEAD + "4. Finance\nThe Treasurer's Report was presented by Dr. Ada Hale and approved by the Board.\n")
    assert any("approved by the Board" in t for t in texts), texts
