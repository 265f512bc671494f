"""The next action note, after 'and' or on a new line (action_next_note): where a task stops and the next owner's note opens.

Invented snippets in English parish, Irish district and Australian shire styles, with near misses.
"""

from __future__ import annotations

import pytest

from helpers import actions_in
from minutes_miner.extract.action_next_note import next_note_after_and, opens_line_note, opens_next_note, task_start


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


@pytest.mark.parametrize(
    "body, owner, task",
    [
        (  # Irish municipal district, a PDF line wrapped inside a meeting's name
            "Councillor Teskey requested the Clerk would attend the June District\nMeeting to discuss funding for road improvements.\n",
            "Clerk",
            "attend the June District Meeting to discuss funding for road improvements",
        ),
        (
            "Cllr Hale agreed to write to the Parish\nCouncil to ask for a contribution to the repairs.\n",
            "Cllr Hale",
            "write to the Parish Council to ask",
        ),  # English
        (  # a line break after an article: the object runs on (Irish)
            "He further requested the Clerk write to the\nSuperintendent to note that warnings be issued to people who park on footpaths.\n",
            "Clerk",
            "write to the Superintendent to note that warnings",
        ),
        (  # Australian shire
            "The CEO agreed to write to the Shire\nPresident to seek support for the grant application.\n",
            "CEO",
            "write to the Shire President to seek support",
        ),
    ],
)
def test_a_line_break_inside_a_name_is_no_new_note(tmp_path, body, owner, task):
    tasks = dict(actions_in(tmp_path, body))
    assert tasks.get(owner, "").startswith(task), tasks


@pytest.mark.parametrize(
    "body, notes",
    [
        (
            "Clerk to chase the contractor about the drains\nClerk to obtain details of the new bins\n",
            [("Clerk", "chase the contractor about the drains"), ("Clerk", "obtain details of the new bins")],
        ),
        (
            "- JB to resend the map to the Clerk\n- Chair to sign the lease with the football club\n",
            [("JB", "resend the map to the Clerk"), ("Chair", "sign the lease with the football club")],
        ),
    ],
)
def test_notes_one_a_line_are_each_a_task(tmp_path, body, notes):
    assert sorted(actions_in(tmp_path, body)) == sorted(notes)


def test_a_note_after_a_line_of_prose_is_not_read_as_a_list_of_notes():
    assert not opens_line_note("The report about the drains was noted\n")
    assert opens_line_note("NC to chase the contractor about the drains\n")
