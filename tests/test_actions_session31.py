"""Actions: 'be given the authority to' (issue 16, session 31).

Seen on real minutes of councils no rule was written on (web6 and web7, a South African
municipality among them): 'Council resolved that the Municipal Manager be given the authority to source funding for any water
projects' (delegated authority, the delegate's task), as 'be given delegated authority to' was already. An
invitation to an outside party ('Invites the Local Health District Chief Executive to brief Councillors') stays no
task. Invented council and people, the same forms."""

from __future__ import annotations

import pytest

from tests.helpers import actions_in


@pytest.mark.parametrize(
    ("sentence", "owner", "task"),
    [
        ("Council resolved that the Municipal Manager be given the authority to source funding for the new reservoir.", "Municipal Manager", "source funding"),
        ("RESOLVED that the Clerk be given authority to order two new benches for the green.", "Clerk", "order two new benches"),
    ],
)
def test_the_delegate_owns_the_task(tmp_path, sentence: str, owner: str, task: str) -> None:
    found = actions_in(tmp_path, f"5. Water\n{sentence}\n")
    assert any(owner in o and task in t for o, t in found), found


def test_an_invitation_in_the_present_is_no_task(tmp_path) -> None:
    found = actions_in(tmp_path, "5. Health\nRESOLVED that the Council invites the District Health Chief Executive to brief Councillors.\n")
    assert not any("brief" in t for _, t in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "Cr Hale declared a pecuniary interest in Item 9.3 and indicated Cr Hale would depart the meeting room, taking no part in debate or voting on this item.",
        "Councillor Noor disclosed a pecuniary interest in item 9 and indicated that he would move to the back of the room when the item was being discussed.",
        "Cllr Dale declared an interest and agreed to withdraw from the meeting room for the item.",
    ],
)
def test_leaving_the_room_for_a_declared_interest_is_no_task(tmp_path, sentence: str) -> None:
    """A member's conduct at the meeting for an item they declared an interest in (web8: an Australian shire, an English
    district council) is no task for after it, as 'leave the room' already was."""
    found = actions_in(tmp_path, f"2. Declarations of interest\n{sentence}\n")
    assert not any(t.startswith(("depart", "move to the back", "withdraw")) for _, t in found), found


def test_an_agenda_item_to_discuss_is_no_owner(tmp_path) -> None:
    """'Agenda Item to discuss Fiber Rollout & Resiliency project for May 31st' (a Vermont selectboard's list of the next
    meeting's business, web7): the next agenda's entry, not a person's task."""
    found = actions_in(tmp_path, "7. Next meeting\n- Agenda Item to discuss the broadband project for the May 31st state deadline\n")
    assert not any(owner.startswith("Agenda") for owner, _ in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "Update on the play area. Report to follow.",
        "The bids came in under budget. More to follow.",
        "The Chairman to ask Members if they have any interests to declare in respect of items on this agenda.",
        "The Council to adjourn for the following items.",
    ],
)
def test_formalities_and_things_to_come_are_no_tasks(tmp_path, sentence: str) -> None:
    """'Report to follow', 'More to follow' (web3, web8), the agenda's 'The Chairman to ask Members if they have any
    interests to declare' (web6) and 'The Council to adjourn' (web7): no one is given anything to do after the meeting."""
    found = actions_in(tmp_path, f"4. Business\n{sentence}\n")
    assert found == [], found


def test_a_follow_up_is_still_a_task(tmp_path) -> None:
    found = actions_in(tmp_path, "4. Business\nThe contractor has not replied. Clerk to follow up with the contractor.\n")
    assert ("Clerk", "follow up with the contractor") in found, found
