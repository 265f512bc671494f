"""Actions on real minutes pages of councils no rule was written on (issue 16, session 29): an owner whose surname
has a capital inside after a short particle ('Mr. LaRocque', 'Mr. DeLousia', as North American minutes spell
them) is still a person after an honorific. Invented council, same form; fails on the code before the session."""

from __future__ import annotations

from helpers import actions_in

SELECTBOARD = "TOWN OF ELMBROOK\nSELECTBOARD MEETING MINUTES\nMarch 4, 2014\n\nTHOSE PRESENT: Jo Benson, Chair; Jeff Kimmel, Dennis LaRocque, Members\n\n"


def test_a_surname_with_a_capital_inside_owns_its_task(tmp_path) -> None:
    body = (
        "1. Roads: Mr. LaRocque reported that the work on Pond Road has begun. Mr. LaRocque will talk with the regional "
        "commission to see if the grant can be increased.\n\n"
        "2. Time Clock: After some discussion, Mr. DeLousia said he would install the time clock at the garage.\n"
    )
    found = actions_in(tmp_path, body, SELECTBOARD)
    assert ("Mr. LaRocque", "talk with the regional commission to see if the grant can be increased") in found
    assert ("Mr. DeLousia", "install the time clock at the garage") in found


def test_a_camel_case_product_name_is_no_owner(tmp_path) -> None:
    """Only after an honorific: a product's name with a capital inside ('PowerPoint') owns nothing."""
    body = "3. Website: PowerPoint will be used for the presentation at the next meeting.\n"
    assert actions_in(tmp_path, body, SELECTBOARD) == []
