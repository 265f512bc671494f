"""Actions: a past form after 'proposed that X' tells what was done, no task given (issue 16, session 30).

Seen on real parish minutes of councils no rule was written on (web5): 'Cllr Coate proposed that Cllr MacDonagh took this
position and Cllr Henderson seconded this, all agreed' (the election of a vice-chair) was read as a task of Cllr
MacDonagh's. A request or a proposal puts its owner before a bare verb ('proposed that the Clerk write to ...'); a verb in
the past after it narrates. Invented councils and people, the same forms."""

from __future__ import annotations

import pytest

from tests.helpers import actions_in


@pytest.mark.parametrize(
    "sentence",
    [
        "Cllr Hale proposed that Cllr Noor took this position and Cllr Dale seconded this, all agreed.",
        "Cllr Hale requested that the Clerk attended the training day on behalf of the council.",
        "It was proposed that Cllr Noor made the presentation to the school, and this was agreed.",
    ],
)
def test_a_past_form_after_the_owner_is_no_task(tmp_path, sentence: str) -> None:
    body = f"3. Vice-Chair\n\n{sentence}\n\n4. Grass\n\nCllr Dale agreed to ask the contractor for a second cut.\n"
    found = actions_in(tmp_path, body)
    assert [owner for owner, _ in found] == ["Cllr Dale"], found


@pytest.mark.parametrize(
    ("sentence", "owner", "task"),
    [
        ("Cllr Hale proposed that the Clerk write to the highways department about the verge.", "Clerk", "write to the highways"),
        ("Members requested that the Clerk proceed with the repair of the bench.", "Clerk", "proceed with the repair"),
        ("It was requested that the Clerk seed the verge by the school.", "Clerk", "seed the verge"),
    ],
)
def test_a_bare_verb_after_the_owner_is_still_the_task(tmp_path, sentence: str, owner: str, task: str) -> None:
    found = actions_in(tmp_path, f"3. Verges\n\n{sentence}\n")
    assert any(owner in o and task in t for o, t in found), found
