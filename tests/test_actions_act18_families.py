"""Families of action errors read in general (issue 16, session 18): take-ups of a request, lost motions,
delegated powers and units as owners.

Invented snippets in the styles of Canadian, Irish, NZ, English, Welsh, Scottish, Australian and US minutes,
with the near misses each rule must leave alone.
"""

from __future__ import annotations

import pytest

from helpers import actions_in

# --- a bare take-up ("to arrange", "will follow up", "agreed to do so") takes the request just before it -------


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        (
            "Cllr Kerr asked staff to look into the cost of a crosswalk at the school; the Director of Public Works will follow up.\n",
            "Director of Public Works",
            "look into the cost",
        ),  # Canadian
        (
            "Ms. Mulready asked that the grant figures be broken down by district for the next meeting. Ms. Pettit to arrange.\n",
            "Ms. Pettit",
            "the grant figures",
        ),  # Irish
        (
            "Cr Paewai asked that the submission be shared with the Community Board. The Chief Executive agreed to do so.\n",
            "Chief Executive",
            "the submission",
        ),  # NZ
    ],
)
def test_take_up_owns_the_request_before_it(tmp_path, body, owner, task_start):
    found = actions_in(tmp_path, body)
    assert any(owner in o and t.startswith(task_start) for o, t in found), found
    assert all(t not in {"arrange", "follow up", "do so"} for _, t in found), found


def test_take_up_with_no_request_before_it_stays_a_note(tmp_path):
    assert ("Clerk", "arrange") in actions_in(tmp_path, "Hall booking for the fete. Clerk to arrange.\n")


# --- a motion whose outcome after its text says it was lost directs no one -----------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Moved by: A. Kowalchuk      Seconded by: G. Ashdown\nTHAT Council direct staff to prepare a report on the cost of a by-law officer.            DEFEATED\n",
        "Moved Cr Ames, seconded Cr Byrne that the CEO write to the Minister seeking a review.\nLOST 3/4\n",
    ],
)
def test_lost_motion_gives_no_task(tmp_path, body):
    assert actions_in(tmp_path, body) == []


@pytest.mark.parametrize(
    "body, owner",
    [
        ("Moved by: M. Paquin   Seconded by: R. Tessier\nTHAT the Clerk be directed to write to the Ministry of Transportation.       CARRIED\n", "Clerk"),
        ("The Clerk will write to the owner of the lost dog.\nLost property: a coat was handed in.\n", "Clerk"),
    ],
)
def test_carried_motion_or_lost_property_keeps_its_task(tmp_path, body, owner):
    assert any(o == owner for o, _ in actions_in(tmp_path, body))


# --- a power delegated to an officer, then its task --------------------------------------------------------


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        (
            "That Council, BY ABSOLUTE MAJORITY, delegate to the Chief Executive Officer the power under section 6.64 of the Local Government Act 1995 "
            "to take possession of and sell Lot 77 Mitchell Street.\n",
            "Chief Executive Officer",
            "take possession",
        ),  # Western Australia
        (
            "RESOLVED to delegate to the Head of Planning – Development Management the authority to issue the permission.\n",
            "Head of Planning",
            "issue the permission",
        ),
        (
            "Decision:\n2. To delegate to the Assistant Director – Operations the selection of body and chassis options within that budget.\n",
            "Assistant Director",
            "selection",
        ),
        (
            "RESOLVED: That the Development Control Manager be given plenary powers to issue a decision notice granting consent.\n",
            "Development Control Manager",
            "issue",
        ),
        (
            "The Committee AGREED to:\n(i) approve Option 2;\n(ii) remit to the Executive Chief Officer to begin statutory consultation on decanting; and\n",
            "Executive Chief Officer",
            "begin",
        ),
    ],
)
def test_delegated_power_is_the_officers_task(tmp_path, body, owner, task_start):
    found = actions_in(tmp_path, body)
    assert any(owner in o and t.startswith(task_start) for o, t in found), found


def test_power_held_with_no_task_is_no_action(tmp_path):
    assert actions_in(tmp_path, "The Panel noted that the Chair holds delegated power under the Act.\n") == []


# --- a unit of the council as owner: "Treasurer's office", "the Clerk's team", "The Public Works crew" --------


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        (
            "The CAO will write to the Club.\nTreasurer's office to confirm the 2026 interim levy dates by December 1.\n",
            "Treasurer's office",
            "confirm",
        ),  # Ontario
        ("Agreed to accept the lower quote. Clerk's office to issue the order and notify the churchwardens.\n", "Clerk's office", "issue the order"),  # Welsh
        ("Dog fouling near the school - the Clerk's team will ask the District for an extra bin.\n", "Clerk's team", "ask the District"),  # English parish
        (
            "Clubroot: sixteen fields positive. The Agricultural Fieldman's department will resurvey all known sites.\n",
            "Fieldman's department",
            "resurvey",
        ),  # Alberta
        ("Speeding on Bay Road. The Public Works crew to install two new speed signs before freeze-up.\n", "Public Works crew", "install"),  # First Nation
    ],
)
def test_unit_owns_a_task(tmp_path, body, owner, task_start):
    found = actions_in(tmp_path, body)
    assert any(owner in o and t.startswith(task_start) for o, t in found), found


@pytest.mark.parametrize(
    "body",
    [
        "The Clerk's office was closed over Christmas.\n",  # a fact
        "The Grounds team cut the verges in May.\n",  # done
        "A letter was sent to the Planning Team about the hedge.\n",  # an object
    ],
)
def test_unit_without_a_commitment_is_no_owner(tmp_path, body):
    assert actions_in(tmp_path, body) == []
