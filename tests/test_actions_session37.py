"""Actions: forms of web14's pages (issue 16, session 37).

Seen on real pages of bodies new to every set: a Welsh community council's matters arising run on one line, each a topic,
a dash, a telegraphic note and its owner after a comma ('Defibrillators – protocol partly written, Jayne to sort out
...'); a Scottish community council's initials with the small c of Mc and no 'was' before the instruction ('EMcA
instructed to write to Council in stronger terms'); an English district's resolution naming whom officers work with
between commas ('Officers are instructed, in conjunction with relevant District Councillors, to begin ...'); and a
Nebraska village board whose roll call 'as follows' lists the trustees later named by surname ('Stroy will contact ...').
Invented bodies and people, the same forms; read with the rules alone."""

from __future__ import annotations

import pytest

from tests.helpers import actions_in


@pytest.fixture(autouse=True)
def rules_only(monkeypatch):
    monkeypatch.setenv("MINUTES_MINER_LAYER", "rules")


CC = "Minutes of Elm Community Council held on 3 May 2021\nPresent: Councillors: Ann Hale, David Cowley. Clerk to the Council: Jayne Evans\n\n"


def test_a_topics_telegraphic_note_then_its_owner(tmp_path) -> None:
    actions = actions_in(
        tmp_path,
        "4. Matters arising: Defibrillators – protocol partly written, Jayne to sort out the broken defibrillator in Oldwalls. "
        "Wild flowers – Ordered JE Garden Project – requesting support with benches in the garden, Councillor David Cowley to discuss with trustees. JE "
        "5. Correspondence: none\n",
        CC,
    )
    assert ("Jayne", "sort out the broken defibrillator in Oldwalls") in actions, actions
    assert ("Councillor David Cowley", "discuss with trustees") in actions, actions


def test_a_noun_phrase_after_a_topics_dash_owns_nothing(tmp_path) -> None:
    actions = actions_in(tmp_path, "4. Planning: Elm House – Various Works to trees, Refurbishment to windows. No objection.\n", CC)
    assert actions == [], actions


@pytest.mark.parametrize(
    "note, owner, task",
    [
        ("9.1.3 Litter bins – NC was requested to get a quote for these to be reinstalled.", "NC", "get a quote for these to be reinstalled"),
        ("9.1.4 Benches – Jayne will ask the joiner for a price.", "Jayne", "ask the joiner for a price"),
        ("- JB to tidy the noticeboard by the shop.", "JB", "tidy the noticeboard by the shop"),  # a list's bullet is no heading's dash
    ],
)
def test_a_person_after_a_topics_dash_still_owns_the_note(tmp_path, note: str, owner: str, task: str) -> None:
    assert (owner, task) in actions_in(tmp_path, "9. Play Area\n" + note + "\n", CC)


@pytest.mark.parametrize(
    "note, owner, task",
    [
        ("8/15/2 – Transfer of Funds – EMcA – EMcA instructed to write to Council in stronger terms.", "EMcA", "write to Council in stronger terms"),
        ("RMcC to send a reminder to the hall committee.", "RMcC", "send a reminder to the hall committee"),
        ("JB tasked to write to the Roads Department.", "JB", "write to the Roads Department"),
    ],
)
def test_initials_own_an_instruction_without_was(tmp_path, note: str, owner: str, task: str) -> None:
    assert (owner, task) in actions_in(tmp_path, "6. Roads\n" + note + "\n", CC)


@pytest.mark.parametrize("note", ["JB asked to speak on the item and was heard.", "Councillor Hale asked to add two items to the policy's Section II."])
def test_a_members_own_request_is_no_task(tmp_path, note: str) -> None:
    actions = actions_in(tmp_path, "6. Roads\n" + note + "\n", CC)
    assert actions == [], actions


@pytest.mark.parametrize("aside", ["in conjunction with the Chair", "in liaison with the Chair, the Treasurer and the Hall Committee", "alongside the Chair"])
def test_whom_the_owner_works_with_between_commas(tmp_path, aside: str) -> None:
    actions = actions_in(tmp_path, f"7. Assets\nThe Clerk was instructed, {aside}, to write to the landowner about the hedge.\n", CC)
    assert ("Clerk", "write to the landowner about the hedge") in actions, actions


@pytest.mark.parametrize(
    "roll",
    [
        "Roll call was taken as follows: Present: Hale, Stroy. Absent: Olson.",
        "Roll call as follows: Yeas: Hale, Stroy. Nays: Noor. Absent: Olson.",
        "Roll call as follows; Ann Hale, John Stroy and Jake Noor were all present. Absent: Olson.",  # a label after them: the labels read
    ],
)
def test_a_roll_call_with_its_own_labels_keeps_them(roll: str) -> None:
    from minutes_miner.attendance import find_attendance

    people = {p.name: p.attendance for p in find_attendance("Elm Village Board Minutes\nThe Board met on May 3, 2022. " + roll + "\n\nWater\n")}
    assert people.get("Olson") == "absent", people


def test_a_roll_call_as_follows_names_the_members_owning_tasks_by_surname(tmp_path) -> None:
    actions = actions_in(
        tmp_path,
        "Water\nChlorine testing was discussed.  Stroy will contact more suppliers for more information before a decision is made.\n",
        "Elm Village Board Minutes\nThe Village Board of Trustees met in regular session on Tuesday, September 1, 2020 at 7:30 p.m. "
        "at the Village Hall.   Roll call as follows;  Kristy Hale,  John Stroy, Jake Noor, Travis Olson,  and Clerk were all present. \n\n",
    )
    assert ("Stroy", "contact more suppliers for more information before a decision is made") in actions, actions


@pytest.mark.parametrize(
    "note, owner, task",
    [
        ("Clerk – tidy the noticeboard by the shop and the bus shelter.", "Clerk", "tidy the noticeboard by the shop and the bus shelter"),
        ("Clerk – buy a new kettle for the hall kitchen.", "Clerk", "buy a new kettle for the hall kitchen"),
        ("JB – sweep the bus shelter and the car park.", "JB", "sweep the bus shelter and the car park"),
    ],
)
def test_upkeep_and_errands_are_tasks(tmp_path, note: str, owner: str, task: str) -> None:
    assert (owner, task) in actions_in(tmp_path, "8. Village\n" + note + "\n", CC)
