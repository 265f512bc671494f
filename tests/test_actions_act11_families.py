"""Families of action misses on real councils (issue 16, session 11), each read in general.

Invented snippets in the styles of councils in England, Wales, Ireland, the US and Australia,
with the near misses each rule must leave alone.
"""

from __future__ import annotations

import pytest

from helpers import actions_in


def _owners(tmp_path, body: str) -> dict[str, str]:
    return dict(actions_in(tmp_path, body))


# --- a post cut by a hard line break of the PDF's column ---


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        (
            "6. Housing repairs\nMembers asked about void turnaround. The Cabinet\nMember for Housing replied that she would send the figures to all members.\n",
            "Cabinet Member for Housing",
            "send the figures",
        ),  # English county cabinet
        (
            "4. Roads\nCllr Byrne raised potholes on the Main Street. The Director,\nService Operations, agreed to arrange a site inspection.\n",
            "Director, Service Operations",
            "arrange a site inspection",
        ),  # Irish municipal district
        (
            "5. Planning enforcement\nThe Assistant\nDirector of Planning will write to the landowner about the hoarding.\n",
            "Assistant Director of Planning",
            "write to the landowner",
        ),  # Welsh county borough
        (
            "3. Library hours\nResidents asked for Sunday opening. The Cabinet Member\nfor Communities undertook to report back on the cost in March.\n",
            "Cabinet Member for Communities",
            "report back on the cost",
        ),  # London borough
        (
            "05-1204 (A) Communication on the lease of air rights. Moved by Coleman to adopt and to refer to the City\nManager to implement. Motion Carried 5-1.\n",
            "City Manager",
            "implement",
        ),  # US city council summary (a listed post, cut by the line)
        (
            "7. Bins\nMembers raised fly-tipping at the lay-by. The Town\nClerk agreed to report it to the District Council.\n",
            "Town Clerk",
            "report it",
        ),  # English town council
        (
            "8. Signs\nThe Chief\nExecutive undertook to write to the Minister about the funding.\n",
            "Chief Executive",
            "write to the Minister",
        ),  # Irish county council
        (
            "9. Grants\nThe Finance Committee asked the Responsible\nFinancial Officer to prepare the grant schedule.\n",
            "Responsible Financial Officer",
            "prepare the grant schedule",
        ),  # Welsh community council
        (
            "7. Drainage\nThe Director,\nInfrastructure Services, would arrange for the culvert to be cleared before winter.\n",
            "Director, Infrastructure Services",
            "arrange for the culvert",
        ),  # Australian shire
    ],
)
def test_a_post_cut_by_a_line_break_still_owns_its_task(tmp_path, body, owner, task_start):
    tasks = _owners(tmp_path, body)
    assert tasks.get(owner, "").startswith(task_start), tasks


@pytest.mark.parametrize(
    "body",
    [
        "8. Playing Field\nClerk to obtain quotes for the new gates.\n",  # a heading over an action note: the heading is not the owner
        "9. Report of the Director\nPlanning applications were received and noted.\n",  # a title over a sentence: no task
        "10. Cabinet\nMember for Housing Cllr Lee presented the report, which was noted.\n",  # a presentation is no task
        "11. Report of the Town\nClerk\nThe report was noted.\n",  # a report's title over its outcome
    ],
)
def test_a_heading_over_the_next_line_does_not_join_an_owner(tmp_path, body):
    tasks = _owners(tmp_path, body)
    assert not any("\n" in owner or owner.startswith(("Playing", "Report")) for owner in tasks), tasks
    if "Clerk to obtain" in body:
        assert tasks == {"Clerk": "obtain quotes for the new gates"}, tasks
    else:
        assert tasks == {}, tasks


# --- the office-holder of a named body: 'the Chair of the Finance Committee' ---


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        (
            "3. Zoning\nThe Board asked the chairman of the Building and Zoning Subcommittee to arrange a meeting with all the trustees.\n",
            "chairman of the Building and Zoning Subcommittee",
            "arrange a meeting",
        ),  # US village board
        (
            "4. Audit\nThe Chair of the Audit and Risk Committee undertook to raise the matter with the auditors.\n",
            "Chair of the Audit and Risk Committee",
            "raise the matter",
        ),  # English district
        (
            "6. Budget\nThe Chair of the Finance Committee will circulate the draft budget before the workshop.\n",
            "Chair of the Finance Committee",
            "circulate the draft",
        ),
        (
            "5. Licensing\nThe convenor of the Licensing Board agreed to meet the taxi operators in May.\n",
            "convenor of the Licensing Board",
            "meet the taxi operators",
        ),  # Scottish council
        (
            "7. Events\nThe secretary of the Village Hall Committee undertook to circulate the booking rota.\n",
            "secretary of the Village Hall Committee",
            "circulate the booking rota",
        ),  # English parish
    ],
)
def test_the_office_holder_of_a_body_owns_the_task(tmp_path, body, owner, task_start):
    tasks = _owners(tmp_path, body)
    assert tasks.get(owner, "").startswith(task_start), tasks


@pytest.mark.parametrize(
    "body",
    [
        "6. Minutes\nThe Chair of the Finance Committee presented the accounts, which were noted.\n",  # a presentation, no task
        "7. Hall\nThe report of the Director of the Housing Trust was noted.\n",  # a report received
        "8. Hall\nA letter from the Secretary of the Residents Association was read.\n",  # correspondence
    ],
)
def test_an_office_holder_without_a_commitment_is_no_action(tmp_path, body):
    assert _owners(tmp_path, body) == {}


# --- an outcome closed by a comma, then the note of who acts on it ---


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        (
            "4. Grants\n(d) Playgroup - refused, as the application did not meet the criteria, the Area Manager to signpost the group to other funding.\n",
            "Area Manager",
            "signpost the group",
        ),  # Scottish area committee
        (
            "4. Grants\nThe application from the Bowls Club was approved, the Clerk to notify the club of the award.\n",
            "Clerk",
            "notify the club",
        ),  # English parish
        ("7. Litter\nThe new bins were approved, the Town Ranger to install them by June.\n", "Town Ranger", "install them"),  # Australian shire
        (
            "8. Hall hire\nThe revised charges were adopted, subject to review in April, the Finance Officer to update the booking form.\n",
            "Finance Officer",
            "update the booking form",
        ),  # Welsh town council
    ],
)
def test_an_outcome_then_a_comma_then_who_acts(tmp_path, body, owner, task_start):
    tasks = _owners(tmp_path, body)
    assert tasks.get(owner, "").startswith(task_start), tasks


@pytest.mark.parametrize(
    "body",
    [
        "8. Hall\nThe hall was booked, the Clerk to the Council having confirmed the date.\n",  # no outcome; 'to the Council' is the post
        "9. Bins\nThe bins were installed last month, the contractor to be paid in April.\n",  # past work; a passive, no task
        "10. Bins\nThe tender was approved, the contractor to be appointed in May.\n",  # a passive note names no owner
    ],
)
def test_a_comma_after_other_clauses_opens_no_note(tmp_path, body):
    assert _owners(tmp_path, body) == {}
