"""Families of spurious actions read on real minutes with no gold (issue 16, session 25, act25): a public speaker's
or member's plea that the body direct an officer ('urged Council to direct the City Manager to hire ...'), a speaker's
or delegation's suggestion that someone be directed ('recommends that the Public Service be directed to ...') or wish
that the body act ('I would really like this Council to refer this document back'), and a
post's owner that swallowed the agenda verb or the heading before it ('Authorizing Finance Director to draw checks',
'Community Groups Governance Training The Chief Executive Officer to investigate').

Invented snippets in the styles of US, Australian and English minutes, with the near misses each rule must leave alone.
"""

from __future__ import annotations

import pytest

from helpers import actions_in

# --- a plea to the meeting's own body to direct someone: not a direction given --------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Don Patterson, Alameda, stated that he opposes the stop sign; urged Council to direct the City Manager to hire a traffic engineer.\n",
        "Ms. Lee asked the Council to instruct the City Clerk to publish the notice again.\n",
        "A resident requested the Board to authorize the Road Superintendent to repair the culvert on Mill Lane.\n",
        "Mr. Hughes urged the Commission to direct staff to withdraw the application.\n",
    ],
)
def test_plea_that_the_body_direct_someone_is_no_task(tmp_path, body):
    assert actions_in(tmp_path, body) == []


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        ("Councilmember Matarrese moved that Council direct the City Manager to hire a traffic engineer. The motion carried.\n", "City Manager", "hire"),
        ("RESOLVED that the Council asks the Clerk to write to the Highways Authority about the junction.\n", "Clerk", "write"),
        ("The Chair asked the Clerk to write to the Highways Authority about the junction.\n", "Clerk", "write"),  # asked of an officer, not the body
    ],
)
def test_direction_given_is_still_a_task(tmp_path, body, owner, task_start):
    found = actions_in(tmp_path, body)
    assert any(owner in o and t.startswith(task_start) for o, t in found), found


# --- a wish that the meeting's own body act: a plea it has not taken up (the rules and the model's veto alike) -------


@pytest.mark.parametrize(
    "body",
    [
        "Delegation: Ms. Smith. I would really like this Council to refer this document back to the Housing Steering Committee.\n",
        "Mr. Ortiz, a resident, said he would like the Board to reconsider the parking restrictions on Elm Street.\n",
        "Chair Dausman would like City Council to have a name on hand of a potential candidate in case of a vacancy.\n",
    ],
)
def test_wish_that_the_body_act_is_no_task(tmp_path, body):
    assert actions_in(tmp_path, body) == []


def test_wish_that_an_officer_act_is_left_to_the_other_rules(tmp_path):
    found = actions_in(tmp_path, "Members asked the Clerk to write to the Highways Authority about the junction.\n")
    assert any("Clerk" in o and t.startswith("write") for o, t in found), found


# --- a speaker's or a delegation's suggestion that someone be directed: not a direction given ------------------------


@pytest.mark.parametrize(
    "body",
    [
        "The Public Works Director stated staff applied for grants; suggested staff be authorized to proceed with putting up speed limit signs.\n",
        "The Right to Housing Coalition supports the plan and recommends that the Public Service be directed to take action on the plan.\n",
        "Mr. Hughes, a resident, urged that the Town Engineer be instructed to repair the culvert on Mill Lane.\n",
    ],
)
def test_suggested_direction_is_no_task(tmp_path, body):
    assert actions_in(tmp_path, body) == []


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        ("It was suggested that the Clerk be asked to write to the Highways Authority about the junction.\n", "Clerk", "write"),
        ("The Committee considered the report and recommended that officers be asked to prepare a costed plan for March.\n", "officers", "prepare"),
        ("Members recommended that the Clerk be instructed to obtain three quotes for the bench.\n", "Clerk", "obtain"),
        ("RESOLVED that, as the report recommended, the Clerk be authorised to sign the contract.\n", "Clerk", "sign the contract"),
    ],
)
def test_the_meetings_own_suggested_direction_is_a_task(tmp_path, body, owner, task_start):
    found = actions_in(tmp_path, body)
    assert any(owner in o and t.startswith(task_start) for o, t in found), found


# --- an agenda verb or a heading run into a post's owner -----------------------------------------------------------


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        ("05-1177 51. Authorizing Finance Director to draw checks on the registers of May 12, 2005. Moved by Hensley to adopt.\n", "Finance Director", "draw"),
        ("99-489 21. Authorizing Assessment Clerk to delete the assessment on Schedule No. 1999-34. Moved to adopt.\n", "Assessment Clerk", "delete"),
        (
            "Community Groups Governance Training The Chief Executive Officer to investigate funding under the Blueprint.\n",
            "Chief Executive Officer",
            "investigate",
        ),
        ("Road Safety Review The Clerk to write to the Highways Authority about the junction.\n", "Clerk", "write"),
    ],
)
def test_owner_starts_after_the_heading(tmp_path, body, owner, task_start):
    found = actions_in(tmp_path, body)
    assert found, found
    assert all(not o.startswith(("Authorizing", "Community", "Road")) for o, _ in found), found
    assert any(o.endswith(owner) and len(o.split()) <= len(owner.split()) + 1 and t.startswith(task_start) for o, t in found), found


@pytest.mark.parametrize(
    "body, owner",
    [
        ("The Acting City Manager will report back on the parking study.\n", "Acting City Manager"),  # an -ing word that is part of the post
        ("The Planning Officer will report back on the application.\n", "Planning Officer"),
        ("The Head of The Planning Service will report back on the application.\n", "Head of The Planning Service"),  # 'of The': one post
    ],
)
def test_post_keeps_its_own_words(tmp_path, body, owner):
    found = actions_in(tmp_path, body)
    assert any(o.endswith(owner) for o, _ in found), found
