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
