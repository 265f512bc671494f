"""Actions: a first name after a clause's capitalised opening word is still a person (issue 16, session 35).

Seen on a real Saskatchewan village's minutes (web12): '49/15   Anderson:   That Ashley contact TSL and book them to clean
the lagoon drainage ditch ASAP.   Carried.' The administrator, named by her first name after a capitalised 'That', was
read as part of a longer name ('That Ashley'), as a given name after another capitalised word is ('Denbigh Dale'), so the
motion's task had no owner. Words that open a clause (models/gazetteers/clause_openers.txt) do not join a name; articles
still do ('The Rose Theatre'). Invented village and people."""

from __future__ import annotations

import pytest

from tests.helpers import actions_in

VILLAGE = "Village of Elmdale\nRegular Council Meeting, March 11, 2015\n\nPresent: Mayor Hale, Aldermen Noor and Ames\n\n"


@pytest.fixture(autouse=True)
def rules_only(monkeypatch):
    monkeypatch.setenv("MINUTES_MINER_LAYER", "rules")


@pytest.mark.parametrize(
    "motion",
    [
        "49/15   Noor:   That Ashley contact the contractor and book them to clean the lagoon ditch.   Carried.",
        "RESOLVED: That Ashley contact the contractor and book them to clean the lagoon ditch.",
    ],
)
def test_a_first_name_after_that_owns_the_motions_task(tmp_path, motion: str) -> None:
    found = actions_in(tmp_path, "Lagoon Dredging:\n" + motion + "\n", head=VILLAGE)
    assert ("Ashley", "contact the contractor and book them to clean the lagoon ditch") in found, found


def test_a_first_name_after_an_article_is_still_part_of_a_name(tmp_path) -> None:
    found = actions_in(tmp_path, "Hall hire:\nThe Ashley Centre will send its invoice to the village office.\n", head=VILLAGE)
    assert not any(owner.startswith("Ashley") for owner, _ in found), found


@pytest.mark.parametrize(
    "note, owner, task",
    [
        ("Giles to amend draft and recirculate.", "Giles", "amend draft and recirculate"),
        ("Niamh to book the hall for the open day.", "Niamh", "book the hall for the open day"),
        ("Zach will offer another walk some time this fall.", "Zach", "offer another walk some time this fall"),
    ],
)
def test_a_british_irish_or_short_given_name_owns_its_task(tmp_path, note: str, owner: str, task: str) -> None:
    """'Giles to amend draft and recirculate.' (a New Zealand school board): names the US census list lacks
    (models/gazetteers/first_names.txt)."""
    assert (owner, task) in actions_in(tmp_path, "5. Playground\n" + note + "\n"), note


@pytest.mark.parametrize(
    "line, owner, task",
    [
        ("It was agreed that the Prime Minister would appoint members to the council.", "Prime Minister", "appoint members to the council"),
        ("The Acting Governor to convey the decision to the Governor on his return.", "Acting Governor", "convey the decision to the Governor on his return"),
    ],
)
def test_a_governments_post_owns_the_task_its_cabinet_gives(tmp_path, line: str, owner: str, task: str) -> None:
    """Post-Cabinet statements and a joint council's minutes give tasks to the territory's or state's posts
    (models/gazetteers/roles.txt)."""
    head = "Executive Council of Elmstone\nMinutes of the meeting held on 23 May 2013\n\n"
    assert (owner, task) in actions_in(tmp_path, "Items\n" + line + "\n", head=head), line


def test_a_noun_of_intent_before_to_is_no_owner(tmp_path) -> None:
    """'Promise to get these meetings to be held out in the community.' (a New Zealand health board's consumer council):
    a lone capitalised noun that takes 'to' is no person (action_triggers.json name_to stop)."""
    found = actions_in(tmp_path, "5. Health\nPromise to get these meetings to be held out in the community. Siobhan to write to the board.\n")
    assert found == [("Siobhan", "write to the board")], found


@pytest.mark.parametrize(
    "line",
    [
        "It was agreed that the Prime Minister would chair meetings held in Canberra and Mr Hale would chair meetings held in Hobart.",
        "It was agreed that Mr Noor would act as Governor when the Governor is off-Island.",
    ],
)
def test_who_chairs_which_meetings_or_stands_in_an_office_is_no_task(tmp_path, line: str) -> None:
    """A joint council's and an Executive Council's arrangement of offices (web12, web11): settled at the meeting, like
    'Cllr Bowles continues as the Vice-Chairman'; a working group to chair is still a task."""
    found = actions_in(tmp_path, "5. Council\n" + line + "\nIt was agreed that the Clerk would chair a working group on the playground.\n")
    assert found == [("Clerk", "chair a working group on the playground")], found


@pytest.mark.parametrize(
    "line, owner, task",
    [
        (
            "It was agreed that Cllr Noor would act as the Mayor's representative at the Remembrance Sunday parade.",
            "Cllr Noor",
            "act as the Mayor's representative at the Remembrance Sunday parade",
        ),
        ("Cllr Hale agreed to act as chair of the new working group.", "Cllr Hale", "act as chair of the new working group"),
        ("Target Group to report back in May.", "Target Group", "report back in May"),
    ],
)
def test_an_office_held_for_a_task_is_still_a_task(tmp_path, line: str, owner: str, task: str) -> None:
    """Standing in an office ('act as Governor when ...') is an arrangement; representing the Mayor at a parade or
    chairing a new working group is work to do, and a group named 'Target Group' is an owner."""
    assert (owner, task) in actions_in(tmp_path, "5. Council\n" + line + "\n"), line
