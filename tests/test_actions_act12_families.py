"""Families of action misses on councils never seen (issue 16, session 12), each read in general.

Invented snippets in the styles of Scottish, Welsh, English, Irish, US, Canadian, Australian and
NZ minutes, with the near misses each rule must leave alone.
"""

from __future__ import annotations

import pytest

from helpers import actions_in


def _owners(tmp_path, body: str) -> dict[str, str]:
    return dict(actions_in(tmp_path, body))


# --- action notes written in shorthand: two people, a post and a surname, a name ending in s, a note after a dash ---


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        ("5. Litter pick\nDate set for 12 April. Fiona & Hamish to organise the bags and pickers.\n", "Fiona & Hamish", "organise the bags"),  # Scottish CC
        (
            "Old business\nBylaw revisions -- discussion continued. Priya and Tom to bring revised bylaws to the March meeting.\n",
            "Priya and Tom",
            "bring revised bylaws",
        ),  # US library board
        (
            "2025/41 Carnival - 5 July. Cllrs Pritchard & Jenkins to co-ordinate the stalls; 14 booked so far.\n",
            "Cllrs Pritchard & Jenkins",
            "co-ordinate the stalls",
        ),  # Welsh town council: surnames ending in s after a title
        (
            "Station 2 roof. Quotes were mixed. Chief Delaney to call two roofers and bring prices in May.\n",
            "Chief Delaney",
            "call two roofers",
        ),  # US fire district
        (
            "Cr Ngata asked about the reserve balance. Treasurer Okafor to circulate the figures.\n",
            "Treasurer Okafor",
            "circulate the figures",
        ),  # NZ / Canadian
        ("3. Ops report\nWell 2 pump pulled.\nMarcus to get a second quote for the bearing.\n", "Marcus", "get a second quote"),  # a given name in -us
        ("4. Roads\nFlooding at the ford again.\nLuis to send the crew back out to the culvert.\n", "Luis", "send the crew"),  # a given name in -is
        (
            "5. Planning\nResidents concerned about drainage. The Council will object - Morag to draft the letter by Friday.\n",
            "Morag",
            "draft the letter",
        ),  # a note after a spaced hyphen in the same line
        (
            "6. Public forum\nMs Kirk said a traffic count would be done in May – Aroha to confirm dates with the school.\n",
            "Aroha",
            "confirm dates",
        ),  # NZ board: after an en dash
        (
            "7. Hall\nThe heating failed twice. No decision; Superintendent Ruiz to inspect the boiler before winter.\n",
            "Superintendent Ruiz",
            "inspect the boiler",
        ),  # US township: post and surname after a semicolon
    ],
)
def test_a_shorthand_note_owner_owns_its_task(tmp_path, body, owner, task_start):
    tasks = _owners(tmp_path, body)
    assert tasks.get(owner, "").startswith(task_start), tasks


@pytest.mark.parametrize(
    "body",
    [
        "7. Policies\nHealth and Safety to review the lone working policy.\n",  # a subject area, not two people
        "7. Roads\nRoads and Bridges to follow at the next meeting.\n",  # plural nouns
        "8. Maintenance\nRepairs and Renewals to be funded from reserves.\n",  # passive
        "4. Correspondence\nChanges to the bus timetable were noted.\n",  # a plural noun in -s
        "4. Hall\nBookings to date are up 10%.\n",  # a plural noun, no task verb
        "5. Planning\nResidents concerned about drainage - Objections to be sent by Friday.\n",  # after a dash: a noun and a passive
        "6. Roads\nPotholes reported on Mill Lane - Highways to be informed.\n",  # after a dash: a body to be told
        "9. Finance\nThe budget was discussed - Chief Executive Officer Report to follow.\n",  # a post and a noun, no surname
        "Planning Applications\n25/00871/TCA – Glebe House, Church Lane – Various Works to trees in the garden. For information only.\n",  # a description
        "Planning\n25/0412 – Old Forge – Alterations to windows and doors. No objection.\n",  # a description after a dash
        "6. Drainage\nAnalysis to follow from the consultants in April.\n",  # a Greek noun in -sis, no given name in -is
        "7. Hall roof\nDiagnosis to follow once the surveyor has inspected it.\n",
        "3. Budget\nThe precept was discussed. Basis to change next year under the new formula.\n",
    ],
)
def test_shorthand_near_misses_are_no_actions(tmp_path, body):
    assert _owners(tmp_path, body) == {}, _owners(tmp_path, body)


# --- action registers pasted as text: a register's lettered reference, an initial and a surname as the owner ---


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "6. Action register\nItem Action Responsible Due\nARC 24-11 Update the fraud control plan K Morris Mar 2025\nARC 24-12 Report on fleet use J Ng Apr 2025\n",
            {"K Morris": "Update the fraud control plan", "J Ng": "Report on fleet use"},
        ),  # Australian audit and risk committee
        (
            "Outstanding actions\nNo. Action Owner Due\nRC 25/04 Draft speed plan for the community boards L Porter April 2025\n",
            {"L Porter": "Draft speed plan for the community boards"},
        ),  # NZ district council committee
        (
            "Actions\nRef Action Lead Timescale\nFC 12 Obtain three quotes for the gates R. Evans next meeting\n",
            {"R. Evans": "Obtain three quotes for the gates"},
        ),  # Welsh town council finance committee
    ],
)
def test_an_action_register_row_with_an_initial_and_surname_owner(tmp_path, body, expected):
    assert _owners(tmp_path, body) == expected, _owners(tmp_path, body)


@pytest.mark.parametrize(
    "body",
    [
        "6. Audit\nARC 24-11 Update the fraud control plan K Morris Mar 2025\n",  # no header: a line of prose, not a register
        "6. Action register\nItem Action Responsible Due\nThe register was reviewed and K Morris reported progress in Mar 2025.\n",  # prose under the header
    ],
)
def test_register_like_lines_without_a_register_are_no_actions(tmp_path, body):
    assert _owners(tmp_path, body) == {}, _owners(tmp_path, body)


# --- posts of councils in other countries as owners: South African office-bearers, US road posts, finance initials ---


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        (
            "SC 15/05/2025 LEAVE OF ABSENCE\nCllrs Khoza and Nene were absent without leave. The Speaker will address letters to them.\n",
            "Speaker",
            "address letters",
        ),
        (
            "EX 12/2025 WARD COMMITTEES\nThe Executive Mayor undertook to meet the ward committee chairs before the IDP hearings.\n",
            "Executive Mayor",
            "meet the ward committee chairs",
        ),
        (
            "MC 31/2025 CAUCUS\nThe Chief Whip would circulate the revised seating plan to all councillors.\n",
            "Chief Whip",
            "circulate the revised seating plan",
        ),
        ("Item 7. Roads\nThe Roadmaster will grade Quarry Road after the rain.\n", "Roadmaster", "grade Quarry Road"),
        ("4. Audit\nThe Committee asked that the CFO provide an update on the procurement finding.\n", "CFO", "provide an update"),
    ],
)
def test_a_post_of_another_countrys_council_owns_its_task(tmp_path, body, owner, task_start):
    tasks = _owners(tmp_path, body)
    assert tasks.get(owner, "").startswith(task_start), tasks


@pytest.mark.parametrize(
    "body",
    [
        "3. Public participation\nThree people spoke. The speaker thanked the Council for its support.\n",  # a member of the public, no task
        "4. Public question time\nThe first speaker asked the Council to repair the bus shelter.\n",  # a plea to the body
        "5. Finance\nThe CFO presented the quarterly accounts, which were noted.\n",  # a presentation
    ],
)
def test_posts_without_a_commitment_are_no_actions(tmp_path, body):
    assert _owners(tmp_path, body) == {}, _owners(tmp_path, body)


# --- a body's own business put to it or agreed by it: plans, reports it asks for, groups it sets up ---


@pytest.mark.parametrize(
    "body",
    [
        (
            "5 COMMUNITY BOARD PLAN\nMOVED: Member Pohatu SECONDED: Member Kemp\nThat the Board:\na) Adopts the Board Plan 2025-2028.\n"
            "b) Asks Council to include the Wharf Street footpath ($185,000) in the 2026/27 Annual Plan.\nCARRIED\n"
        ),  # NZ community board asking its council
        (
            "24. Home to School Transport\nRESOLVED: That the following comments be submitted to Cabinet:\n"
            "(i) that Cabinet defer the ending of post-16 discretionary transport for one year;\n"
            "(ii) that Cabinet ask for a report on the cost of in-house minibus provision.\n"
        ),  # English scrutiny panel's comments to Cabinet
        "6. Budget scrutiny\nThe Committee agreed to set up a Budget Task Group of 5 members to meet in December.\n",  # London borough
        "7. Events\nThe Council agreed to establish a working party to plan the centenary.\n",  # English town council
        "8. Capital plan\nThat the Board requests the Council to include the skate park in its Long Term Plan.\n",  # NZ board
    ],
)
def test_a_bodys_own_business_is_no_action(tmp_path, body):
    assert _owners(tmp_path, body) == {}, _owners(tmp_path, body)


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        ("8. Grants\nRESOLVED that the Clerk include the hall grant in the draft budget.\n", "Clerk", "include the hall grant"),  # an officer's task
        ("9. Hall\nThe Council agreed to write to the Minister about the funding.\n", "The Council", "write to the Minister"),  # outward
        ("10. Budget\nThe Finance Officer was asked to prepare a report on the cost of the minibus.\n", "Finance Officer", "prepare a report"),
    ],
)
def test_a_bodys_outward_task_and_an_officers_budget_task_stay(tmp_path, body, owner, task_start):
    tasks = _owners(tmp_path, body)
    assert tasks.get(owner, "").startswith(task_start), tasks


# --- a descriptive post whose capitalised words a PDF line break cuts ('The Senior Planning\nLawyer was asked to') ---


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        (
            "4 Planning\nMembers overturned the officer recommendation. The Senior Planning\nLawyer was asked to finalise the reasons for refusal.\n",
            "Senior Planning Lawyer",
            "finalise the reasons",
        ),  # London borough planning committee
        (
            "5 Trees\nResidents raised the oak on Mill Lane. The Principal Tree\nOfficer agreed to inspect it before the spring.\n",
            "Principal Tree Officer",
            "inspect it",
        ),  # English district
        (
            "6 Roads\nCllr Byrne raised the flooding at Ballyhale. The Senior Roads\nEngineer undertook to have the gullies cleaned.\n",
            "Senior Roads Engineer",
            "have the gullies cleaned",
        ),  # Irish municipal district
        (
            "7 Waste\nThe Kerbside Recycling\nCoordinator will circulate the new collection calendar to all members.\n",
            "Kerbside Recycling Coordinator",
            "circulate the new collection calendar",
        ),  # Australian shire
    ],
)
def test_a_descriptive_post_cut_by_a_line_break_owns_its_task(tmp_path, body, owner, task_start):
    tasks = _owners(tmp_path, body)
    assert tasks.get(owner, "").startswith(task_start), tasks


@pytest.mark.parametrize(
    "body",
    [
        "8. Playing Field\nClerk to obtain quotes for the new gates.\n",  # a heading over a note: the heading is not the owner
        "9. Report of the Road Safety\nOfficer\nThe report was noted.\n",  # a report's title over its outcome
        "5. Planning enforcement\nThe Assistant\nDirector of Planning will write to the landowner.\n",  # 'of Planning' belongs to the post
    ],
)
def test_a_heading_over_a_post_does_not_join_it(tmp_path, body):
    tasks = _owners(tmp_path, body)
    assert not any("Playing" in owner or "Road Safety" in owner or owner.endswith("Assistant Director") for owner in tasks), tasks
