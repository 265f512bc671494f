"""Families of action misses on unseen councils (issue 16, session 26), each read in general.

Invented snippets in the styles of councils in New Zealand, the US, Canada, Scotland and Australia,
with the near misses each rule must leave alone.
"""

from __future__ import annotations

import pytest

from helpers import actions_in

from minutes_miner.extract.introduced_names import listed_names


def _owners(tmp_path, body: str) -> dict[str, str]:
    return dict(actions_in(tmp_path, body))


# --- a person of the attendance list called by given name or surname alone -----------------------


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        (
            "Present: Trish Kawhia (Chair), Doug Faulkner, Ana Seumanu, Robbie Clegg\n\n"
            "7. Christmas lights\nAna asked about Christmas lights; Robbie offered to contact the Lions Club about volunteers.\n",
            "Robbie",
            "contact the Lions Club",
        ),  # NZ community board
        (
            "Present: Ruth Ohlsen (president), Marv Tenney, Kim Dao, Lyle Schaaf. Absent: Deb Kloster.\n\n"
            "Budget FY26. The request for a $9,000 increase was cut. Marv offered to speak at the City Council budget hearing on September 8.\n",
            "Marv",
            "speak at the City Council",
        ),  # US library board
        (
            "Present: Reeve Dan Sawchuk, Councillors Lena Moen, Gus Halvorsen\n\n"
            "5. Cemetery\nCouncil discussed the cemetery transfer. Halvorsen will meet with the Cemetery Board in May.\n",
            "Halvorsen",
            "meet with the Cemetery Board",
        ),  # Canadian RM, a surname
    ],
)
def test_a_listed_person_called_by_one_name_owns_a_task(tmp_path, body, owner, task_start):
    tasks = _owners(tmp_path, body)
    assert tasks.get(owner, "").startswith(task_start), tasks


@pytest.mark.parametrize(
    "body, not_owner",
    [
        (
            "Present: Robbie Clegg (Chair), Robbie Tane, Ana Seumanu\n\n4. Hall\nRobbie will contact the hall committee about the boiler.\n",
            "Robbie",
        ),  # two listed people share the given name: no one person is meant
        (
            "Present: Trish Kawhia (Chair), Doug Faulkner\n\n4. Hall\nFaulkner Street will be resurfaced by the roads contractor in May.\n",
            "Faulkner",
        ),  # the surname inside a longer name (a street) is no person
    ],
)
def test_a_listed_name_owns_nothing_when_it_is_not_one_person(tmp_path, body, not_owner):
    assert not_owner not in _owners(tmp_path, body)


def test_listed_names_drop_posts_and_bodies():
    """The post or title before a listed person is cut (one person with 'Ross Gunn'); a body's name is no person."""
    names = listed_names(["Inspector Ross Gunn", "Cllrs G Parri", "Mr. John Smith", "Police Scotland", "Community Learning", "Robbie Clegg"])
    assert "Ross Gunn" in names and "John Smith" in names and "Robbie Clegg" in names
    assert not any("Scotland" in n or "Learning" in n or n.startswith(("Cllr", "Inspector", "Mr")) for n in names)


# --- a named outside body that has promised the council something --------------------------------


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        (
            "8. Boat ramp\nCr Ashby asked about the boat ramp lighting. The CEO advised that Ergon has promised to install the pole by the end of August.\n",
            "Ergon",
            "install the pole",
        ),  # Australian shire, a company
        (
            "5. Flooding\nThe Chair reported the river gauge alert was triggered twice in October. SEPA has promised to install a second gauge at Milton Bridge.\n",
            "SEPA",
            "install a second gauge",
        ),  # Scottish community council, an agency's acronym
        (
            "6. Footpaths\nThe Clerk reported that Northern Rail have now undertaken to repair the fence at the level crossing.\n",
            "Northern Rail",
            "repair the fence",
        ),  # English parish, 'have undertaken to'
    ],
)
def test_a_named_body_owns_what_it_has_promised(tmp_path, body, owner, task_start):
    tasks = _owners(tmp_path, body)
    assert tasks.get(owner, "").startswith(task_start), tasks


@pytest.mark.parametrize(
    "body, not_owner",
    [
        ("4. Bus shelter\nBus shelter at Loughan crossroads - Bus Vannin have agreed to fund 50%. Balance from reserves.\n", "Bus Vannin"),  # a grant
        ("8. Boat ramp\nThe CEO advised that Ergon has promised that the pole will be installed by August.\n", "Ergon"),  # no task verb after 'to'
        ("8. Grants\nThe Rotary Club has promised funding of $2,000 towards the playground.\n", "The Rotary Club"),  # a promise of money, no task
    ],
)
def test_a_body_owns_nothing_without_a_promised_task(tmp_path, body, not_owner):
    assert not_owner not in _owners(tmp_path, body)


# --- a works department named by its short name ('Public Works', 'Parks') --------------------------


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        ("6. Beacon\nPublic Works will replace the flashing beacon on Pinon Avenue this week.\n", "Public Works", "replace the flashing beacon"),  # US town
        (
            "4. Skatepark\nThe Town Clerk said Parks would inspect the fencing this week and report to the next meeting.\n",
            "Parks",
            "inspect the fencing",
        ),  # English town council
        (
            "7. Arena\nThe curling club asked for an extra four hours of weekday ice. Parks to look at the schedule with the arena manager.\n",
            "Parks",
            "look at the schedule",
        ),  # Canadian town, an action note
    ],
)
def test_a_works_department_owns_its_task(tmp_path, body, owner, task_start):
    tasks = _owners(tmp_path, body)
    assert tasks.get(owner, "").startswith(task_start), tasks


@pytest.mark.parametrize(
    "body, not_owner",
    [
        ("5. Parks\nParks will be closed on Mondays through the winter.\n", "Parks"),  # a place, no task
        ("5. Roads\nthe parks will need more mowing this summer.\n", "parks"),  # lower case: places
        (
            "4. Parking\nMayor Okafor asked the City Manager to have Public Works review the intersection and report back.\n",
            "Public Works",
        ),  # the causative 'have': the City Manager has it done
        (
            "4. Roads\nMr. Furlong undertook to have the Area Engineer inspect the road and revert to Cllr. Quirke.\n",
            "Area Engineer",
        ),  # Irish, the same
    ],
)
def test_a_department_owns_nothing_without_its_own_task(tmp_path, body, not_owner):
    assert not_owner not in _owners(tmp_path, body)


def test_a_motion_to_have_a_person_do_something_is_still_theirs(tmp_path):
    body = "Present: Janet Keough, Carrie Landman\n\n6. Training\nMotion by Janet Keough, second by Dick Dillon to have Carrie sign up for the classes on being a clerk.\n"
    assert _owners(tmp_path, body).get("Carrie", "").startswith("sign up"), _owners(tmp_path, body)
