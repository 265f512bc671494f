"""The next action note after 'and' (action_next_note): one definition for the task cut, the initials' note and the owner's clause start."""

from __future__ import annotations

import pytest

from minutes_miner.extract.action_next_note import next_note_after_and, opens_next_note, task_start


@pytest.mark.parametrize(
    "text, owner, task",
    [
        ("Clerk to order the bins and Cllr Noor to collect them.", "Cllr Noor", "collect them."),  # English parish
        ("NC to continue to chase and KN to provide alternative company details.", "KN", "provide alternative company details."),
        ("Clerk to obtain 3 quotes and KD & PL to meet the contractor.", "KD & PL", "meet the contractor."),  # a figure before 'and'
        ("Clerk to write to TII (roads) and the Head of Roads to report back.", "the Head of Roads", "report back."),
    ],
)
def test_the_next_note_after_and(text, owner, task):
    note = next_note_after_and(text, 0, len(text))
    assert note is not None and note.group("owner") == owner
    assert text[task_start(text, note) :] == task


@pytest.mark.parametrize(
    "text",
    [
        "Clerk to liaise with Cllr Smith and Cllr Jones to arrange a visit.",  # a partner after a name, not a new owner
        "Clerk to order the bins and benches to be installed.",  # no owner after 'and'
        "Clerk to order the bins and the Council agreed to pay.",  # no 'to <verb>' after the owner
    ],
)
def test_no_next_note(text):
    assert next_note_after_and(text, 0, len(text)) is None


def test_an_owner_after_a_notes_and_opens_a_note():
    assert opens_next_note("Clerk to order the bins and ", "Cllr Noor to collect them.")
    assert opens_next_note("• NC to chase the contractor and the ", "Clerk to write.")
    assert not opens_next_note("Clerk to order the bins. Later the bins and ", "Cllr Noor to collect them.")  # a new sentence
    assert not opens_next_note("The bins and ", "Cllr Noor to collect them.")  # no note before the 'and'
