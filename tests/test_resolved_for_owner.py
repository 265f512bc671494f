"""A decision that names who acts with 'for' ('it was resolved for the Clerk to write to the Police', a Welsh town
council's form; 'It was decided for the Clerk to order two new bins') sets a task as 'It was agreed for the Clerk to
write' does; without 'for' a resolved or decided sentence is read by the decision's own rules."""

from __future__ import annotations

from helpers import actions_in


def test_resolved_and_decided_for_an_owner_to_act_are_tasks(tmp_path) -> None:
    found = actions_in(
        tmp_path,
        "5. Traffic. Following the discussion it was resolved for the Clerk to write to the Police to ask for an officer at the roundabout.\n\n"
        "6. Bins. It was decided for the Clerk to order two new bins.\n\n"
        "7. Grass. It was agreed for Cllr Noor to obtain three quotes for the verge cutting.\n",
    )
    assert found == [
        ("Clerk", "write to the Police to ask for an officer at the roundabout"),
        ("Clerk", "order two new bins"),
        ("Cllr Noor", "obtain three quotes for the verge cutting"),
    ]


def test_resolved_for_a_purpose_sets_no_task(tmp_path) -> None:
    found = actions_in(tmp_path, "5. Grants. It was resolved for the reasons given in the report to award the grant.\n")
    assert found == []
