"""Actions: a post's note in the elliptic passive, lower-case 'administration', and a town's elected auditors (issue 16,
session 32).

Seen on real minutes of councils no rule was written on (web5, web6, web7, web8: an English town council, a
Saskatchewan rural municipality, a Vermont town): 'Clerk requested to approach SALC for approval', 'Council authorizes
administration to proceed with accepting the Summit Sand & Gravel quote', 'Town Auditors will start doing 2016's Audit.'
A person asking leave ('Mr Jones asked to address the meeting') stays no task. Invented council and people, the same forms."""

from __future__ import annotations

import pytest

from tests.helpers import actions_in


@pytest.mark.parametrize(
    ("sentence", "owner", "task"),
    [
        ("Clerk requested to approach the county association for approval.", "Clerk", "approach the county association"),
        ("Clerk asked to contact the Police about speeding on Mill Lane.", "Clerk", "contact the Police"),
        (
            "Cllr. Dale moved that Council authorizes administration to proceed with the Elm Gravel quote. Crd.",
            "administration",
            "proceed with the Elm Gravel quote",
        ),
        ("Town Auditors will start the 2024 audit in May.", "Town Auditors", "start the 2024 audit"),
    ],
)
def test_the_owner_is_read(tmp_path, sentence: str, owner: str, task: str) -> None:
    found = actions_in(tmp_path, f"5. Roads\n{sentence}\n")
    assert any(owner in o and t.startswith(task) for o, t in found), found


@pytest.mark.parametrize(
    "sentence",
    ["Mr Jones asked to address the meeting about the footpath.", "The administration of the grant will be reviewed."],
)
def test_leave_asked_and_a_noun_are_no_task(tmp_path, sentence: str) -> None:
    assert actions_in(tmp_path, f"5. Roads\n{sentence}\n") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Commissioner Vito has been serving on the Hearing Board and stated she would be willing to continue serving.",
        "Cllr Dale moved that Ed Marsh continue as acting chairman until a chairman is elected.",
        "Any persons not Councillors or the Clerk will be asked to remain silent.",
        "Resignation of Parish Clerk. The Clerk offered to work until 31 October 2025.",
    ],
)
def test_a_term_of_office_or_silence_is_no_task(tmp_path, sentence: str) -> None:
    """A member's or officer's continuance in office, or silence asked of the public (web6, web8, web9: a Texas zoning
    board, a Minnesota planning commission, English parish councils), is no work for after the meeting."""
    assert actions_in(tmp_path, f"5. Appointments\n{sentence}\n") == []


def test_a_cycle_weighed_as_the_alternative_keeps_the_task(tmp_path) -> None:
    """'Action: Iain to check if it would cost more to pay the insurance monthly rather than annually' (web9, a New Zealand
    residents' association): 'annually' names the option weighed, not a cycle the task recurs on ('review this figure
    annually' stays a standing duty)."""
    body = (
        "Present: Iain MacLean, June Penhey\n\n4. Insurance\nAction: Iain to check if it would cost more to pay the insurance monthly rather than annually.\n"
    )
    assert any(o == "Iain" and t.startswith("check if it would cost more") for o, t in actions_in(tmp_path, body))
    assert actions_in(tmp_path, "4. Insurance\nThe Clerk will review this figure annually.\n") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Members also requested the Manager write to Senator Daly on the matter of the committee chair.",
        "Members requested that the Manager write to the Department.",
    ],
)
def test_the_bare_manager_owns_a_request(tmp_path, sentence: str) -> None:
    """'the Manager', an Irish county's or a US city's chief officer (web9, an Irish city council's committee), is a post
    as 'the City Manager' was."""
    assert any(o.endswith("Manager") and t.startswith("write to") for o, t in actions_in(tmp_path, f"4. Correspondence\n{sentence}\n"))


def test_a_speakers_own_administration_is_no_post(tmp_path) -> None:
    """'... the Chair of the Property Committee and our administration will do everything they possibly can to make sure that
    our tax dollars are being respected' (a council's verbatim hansard): the speaker's own people in general, not a post
    given a task, as 'Council authorizes administration to proceed' is."""
    found = actions_in(
        tmp_path, "5. Strategy\nI do think that our administration will do everything they possibly can to make sure that our tax dollars are respected.\n"
    )
    assert not any(o == "administration" for o, _ in found), found
