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
    found = actions_in(tmp_path, "Hall hire:\nThe Rose Theatre will send its invoice to the village office.\n", head=VILLAGE)
    assert not any(owner == "Rose" or owner.startswith("Rose ") for owner, _ in found), found
