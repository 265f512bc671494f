"""People introduced by full name with their post after a comma, then called by surname (issue 16, session 32).

Seen on real minutes of councils no rule was written on (web6, web8: a Nebraska county board, US township boards):
'Lynn Webster of the NRD and Tom Kuester, Road Superintendent met with the board ... Kuester will meet with the NRD
representatives and an engineer to prepare an estimate.' 'Name, Post' introduces the person as 'Post Name' and
'Name (Post)' already did. A comma list of people with no post introduces no one. Invented county and people, the same
forms."""

from __future__ import annotations

import pytest

from helpers import actions_in

from minutes_miner.extract.introduced_names import introduced_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tom Keller, Road Superintendent met with the board.", "Tom Keller"),
        ("Also present: Rita M. Vance, Town Manager, and the Clerk.", "Rita M. Vance"),
        ("Jane Osei, Library Director, presented the budget.", "Jane Osei"),
    ],
)
def test_a_post_after_a_comma_introduces_the_name(text: str, name: str) -> None:
    assert name in introduced_names(text)


def test_a_list_of_people_with_no_post_introduces_no_one() -> None:
    assert introduced_names("Present: Kerry Tetzner, Sandy Raspotnik, Brenda Rechel, Wendy Stein.") == []


def test_the_surname_then_owns_the_task(tmp_path) -> None:
    body = (
        "4. Flood repairs\nMembers of the water district and Tom Keller, Road Superintendent met with the board about the "
        "damaged culverts. Keller will meet with the district engineer to prepare an estimate.\n"
    )
    assert ("Keller", "meet with the district engineer to prepare an estimate") in [(o, t) for o, t in actions_in(tmp_path, body)]
