"""Actions: owners of web16's pages (issue 16, session 39), web16 being the set kept untouched through session 38.

Seen on real pages of bodies new to every set: an English parish's 'Highways Dept. to look at the issue' (the
abbreviation's full stop was read as the owner's sentence ending, so the note had no trigger); a Victorian hall committee's
'Al Perkins' and 'Di Feldtmann' (given names of two letters, left out of the census list as too short, named nobody); an
Australian consultative committee's 'MMH - Will follow up new contact.'. Invented bodies and people, the same forms; read
with the rules alone."""

from __future__ import annotations

import pytest

from tests.helpers import actions_in


@pytest.fixture(autouse=True)
def rules_only(monkeypatch):
    monkeypatch.setenv("MINUTES_MINER_LAYER", "rules")


@pytest.mark.parametrize(
    ("note", "owner", "task"),
    [
        ("5. Potholes\nHighways Dept. to look at the issue and report back.\n", "Highways Dept.", "look at the issue and report back"),
        ("5. Car park\nThe lights are out again. Car Parks Dept. to look into the matter.\n", "Car Parks Dept.", "look into the matter"),
    ],
)
def test_a_department_shortened_with_a_full_stop_owns_its_note(tmp_path, note: str, owner: str, task: str) -> None:
    assert (owner, task) in actions_in(tmp_path, note)


@pytest.mark.parametrize(("given", "task"), [("Al Perkins", "erect the shed after the market"), ("Di Lowe", "contact the hall's insurers")])
def test_a_two_letter_given_name_with_its_surname_owns_the_task(tmp_path, given: str, task: str) -> None:
    assert (given, task) in actions_in(tmp_path, f"5. Hall\n{given} offered to {task}.\n")


def test_a_strategic_director_of_a_service_stays_a_post(tmp_path) -> None:
    note = "5. Training\nThe Strategic Director Children's Services agreed to arrange training sessions for members.\n"
    owners = [owner for owner, _ in actions_in(tmp_path, note)]
    assert owners and all("Strategic Director" in owner for owner in owners)


def test_a_speakers_note_set_off_by_a_dash_commits_with_will(tmp_path) -> None:
    head = "Elm Quarry Community Consultative Committee\nMinutes of the meeting held on 4 May 2021\n\nPresent: AK, TB, MMH\n\n"
    note = "8. Rail\nNL - gave a contact number for J Holland who maintains rail assets.\nMMH - Will follow up new contact.\n"
    assert actions_in(tmp_path, note, head) == [("MMH", "follow up new contact")]


def test_a_speakers_wish_set_off_by_a_dash_is_no_task(tmp_path) -> None:
    assert actions_in(tmp_path, "8. Rail\nMMH - Would like to thank the Clerk for the report.\n") == []


def test_a_full_stop_after_a_department_before_a_capital_ends_the_sentence(tmp_path) -> None:
    note = "5. Drains\nThe drain had been reported to the Highways Dept. Mrs Kerr will write to the MP about it.\n"
    assert ("Mrs Kerr", "write to the MP about it") in actions_in(tmp_path, note)
