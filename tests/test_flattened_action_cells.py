"""A flattened minutes-and-actions table: '<minute>. / <owner> to <task>' (issue 16, session 31).

Seen on real parish minutes and a council company's board minutes of councils no rule was written on (web8): 'There
are potholes in Newtown. / Clerk to report', 'SW to follow up. / SW to email the Deed of Indemnity to the board.' A
document site ran each row's cells together with ' / ', so the action cell opened mid-sentence and no note rule saw it.
After a full stop the ' / ' is the cell's edge; a mover and seconder pair ('D. Hansen / L. Bodie to adopt the minutes')
is no such edge. Invented parish and people, the same forms."""

from __future__ import annotations

import pytest

from tests.helpers import actions_in


@pytest.mark.parametrize(
    ("body", "owner", "task"),
    [
        ("5. Roads\nThere are potholes on Mill Lane. / Clerk to report\n", "Clerk", "report"),
        ("6. Toilets\nNo update on the sale of the block. / Clerk to chase\n", "Clerk", "chase"),
        ("7. Insurance\nThe deed has not been sent. AB to follow up. / AB to email the deed to the board.\n", "AB", "email the deed to the board"),
    ],
)
def test_the_action_cell_after_the_minute_is_a_note(tmp_path, body: str, owner: str, task: str) -> None:
    found = actions_in(tmp_path, body)
    assert (owner, task) in found, found


def test_a_mover_and_seconder_pair_is_no_action_cell(tmp_path) -> None:
    found = actions_in(tmp_path, "104/25 M/S/C D. Hale / L. Noor to adopt the minutes of the meeting of June 9, 2025.\n")
    assert not any("Noor" in owner for owner, _ in found), found
