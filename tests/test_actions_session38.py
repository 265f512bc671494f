"""Actions: the title 'Clr' (issue 16, session 38).

Seen on real pages of bodies new to every set: a Welsh community council writes 'Clr. Parker' and 'Clrs. Kidney and
Haynes would remove the rubbish' (web15), as do New South Wales and New Zealand bodies ('Clr Mayne to take it to the
Roads and Traffic committee'); the full stop after the title was read as a sentence's end and the name as nobody's.
Invented bodies and people, the same forms; read with the rules alone."""

from __future__ import annotations

import pytest

from tests.helpers import actions_in


@pytest.fixture(autouse=True)
def rules_only(monkeypatch):
    monkeypatch.setenv("MINUTES_MINER_LAYER", "rules")


CC = "Elm Community Council\nMinutes of the meeting held on 4 May 2021\n\nPresent: Clr. Ann Hale, Clr. Tom Noor, Clr. Ian Ross\n\n"


@pytest.mark.parametrize(
    ("note", "owner", "task"),
    [
        ("5. Noticeboard\nClr. Hale will write to the Park Authority.\n", "Clr. Hale", "write to the Park Authority"),
        ("5. Dovecote\nAn email was received from a resident. Clrs. Noor and Ross would remove the rubbish.\n", "Clrs. Noor and Ross", "remove the rubbish"),
        (
            "5. Paths\nThe path is blocked by parked cars. Clr Hale to take it to the Roads and Traffic committee.\n",
            "Clr Hale",
            "take it to the Roads and Traffic committee",
        ),
    ],
)
def test_a_member_titled_clr_owns_the_task(tmp_path, note: str, owner: str, task: str) -> None:
    assert (owner, task) in actions_in(tmp_path, note, CC)


def test_permission_to_speak_is_no_task(tmp_path) -> None:
    assert actions_in(tmp_path, "5. Speakers\nThe Chairman gave Mr Brown permission to speak on the item.\n", CC) == []


def test_authority_given_in_capitals_is_a_task(tmp_path) -> None:
    actions = actions_in(tmp_path, "5. Lease\nThe Board GAVE Mayor Tom Bell authority to sign the lease.\n", CC)
    assert ("Mayor Tom Bell", "sign the lease") in actions, actions
