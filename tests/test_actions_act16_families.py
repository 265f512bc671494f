"""Families of action misses on councils never seen (issue 16, session 16), each read in general.

Invented snippets in the styles of US, Canadian, UK, Irish, South African, Australian and NZ minutes,
with the near misses each rule must leave alone.
"""

from __future__ import annotations

import pytest

from helpers import actions_in


def _owners(tmp_path, body: str) -> dict[str, str]:
    return dict(actions_in(tmp_path, body))


# --- an action register whose columns plain text kept as runs of spaces ("Item   Who   When") ----------


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        (
            "Action items\nItem                                   Who          When\n"
            "Sign the roofing contract; order slates   Pruitt       by 2/20\n"
            "Post the survey results on website        Okafor/Lind  next mtg\n",
            "Okafor/Lind",
            "Post the survey results",
        ),  # US library board: the task column headed 'Item', two owners in one cell
        (
            "OPEN ITEMS LOG\nNo.   Item                                  Assigned to     Target     Status\n"
            "25-11 Security camera bid, Bldgs 1-6         Harrow          Mar mtg    open\n"
            "26-02 Unit 14 - damp and mould                Maintenance     2/26/26    new\n",
            "Harrow",
            "Security camera bid",
        ),  # US housing authority: reference and task single-spaced under two headers
        (
            "Actions\nNo.  Action                                        Owner              Due\n"
            "4.2  Write to the Minister about the ferry timetable   Head of Transport  March 2026\n",
            "Head of Transport",
            "Write to the Minister",
        ),  # Scottish board, a post as owner
        (
            "ACTION REGISTER\nRef\tAction\tResponsible\tDue date\n7/25\tReview the footpath survey with the contractor\tB Tully\t30 June\n",
            "B Tully",
            "Review the footpath survey",
        ),  # Australian shire, tab-separated
        (
            "ACTIONS\nWhat                                   Who          When\n"
            "Write to the estate re the path event     RM           before April mtg\n"
            "Chase roads re potholes on the brae       Cllr Mowat   asap\n",
            "Cllr Mowat",
            "Chase roads",
        ),  # Scottish community council: 'What Who When'
        (
            "ACTIONS\nNo.   Action                                         Owner        Due        Status\n"
            "A118  Write to DEFRA re the payment schedule             Chair/JWM    Dec 25     Open\n"
            "A120  Report the recycling rate by round                 Ops Mgr      Jan mtg    Carried fwd\n",
            "Ops Mgr",
            "Report the recycling rate",
        ),  # English joint waste committee: a post abbreviated, a post joined to initials
    ],
)
def test_a_space_aligned_action_register_row_names_its_owner(tmp_path, body, owner, task_start):
    tasks = _owners(tmp_path, body)
    assert tasks.get(owner, "").startswith(task_start), tasks


def test_every_row_of_a_space_aligned_register_is_read(tmp_path):
    body = (
        "Action items\nItem                                   Who          When\n"
        "Sign the roofing contract; order slates   Pruitt       by 2/20\n"
        "Submit the levy transfer to the Gateway   Ayers        March 1\n"
        "Draft the 2027 budget calendar            Ayers/Rudd   April mtg\n"
    )
    found = actions_in(tmp_path, body)
    assert [o for o, _ in found] == ["Pruitt", "Ayers", "Ayers/Rudd"], found


@pytest.mark.parametrize(
    "body, not_owner",
    [
        (
            "PAYMENTS\nPayee                      Purpose                Amount\nHarrow Ltd                 Grass cutting          £450.00\n",
            "Grass cutting",
        ),  # a payments table: no owner column
        (
            "Item                                   Who          When\nThe meeting closed at 9pm.\n",
            "The meeting closed at 9pm",
        ),  # a line with no owner cell is no row
        (
            "Item                       Who          When\nPlayground   Clerk reported the inspection was done   May\n",
            "Clerk reported the inspection was done",
        ),  # the cell under 'Who' is a sentence, not an owner
        (
            "Item                       Who          When\nHedge at the Pavilion      Cllr Ames\n",
            "Cllr Ames",
        ),  # a row with no due cell: too like a line of prose
        (
            "ACTIONS\nNo.   Action                                         Owner        Due        Status\n"
            "A114  Confirm the depot lease extension with the DC      JWM          Sept mtg   Complete\n",
            "JWM",
        ),  # a row the register reports done
        (
            "Planning applications\nRef            Site                      Proposal                 Response\n"
            "24/00912/B     Ballamodda Farm           Barn to 2 dwellings      No objection\n",
            "No objection",
        ),  # a planning table: no owner column
    ],
)
def test_no_row_outside_a_space_aligned_action_register(tmp_path, body, not_owner):
    assert not_owner not in _owners(tmp_path, body)


# --- a decision clause that has an officer do the task, its verb in the present ('That the Municipal Manager submits') ---


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        (
            "5. DRAFT BUDGET\nCOUNCIL RESOLVED\n(a) That the draft Budget be noted.\n"
            "(b) That the Executive Mayor conducts budget roadshows in all four local municipalities before 30 April.\n",
            "Executive Mayor",
            "conducts budget roadshows",
        ),  # South African district municipality
        (
            "8. ANNUAL REPORT\nRESOLVED That Council notes the report, and that the Accounting Officer submits the report to the Provincial"
            " Treasury within five working days.\n",
            "Accounting Officer",
            "submits the report",
        ),  # South African local municipality, a second that-clause
        (
            "6. SPEED LIMIT\nRESOLVED that the Town Manager facilitate a meeting with the roads authority before the next meeting.\n",
            "Town Manager",
            "facilitate a meeting",
        ),  # a base form outside the old list
        (
            "9. DERELICT SITES\nIt was RESOLVED that the Director of Services compiles a list of vacant sites for the next meeting.\n",
            "Director of Services",
            "compiles a list",
        ),  # Irish, present tense
    ],
)
def test_a_decision_clause_directs_an_officer_in_the_present(tmp_path, body, owner, task_start):
    tasks = _owners(tmp_path, body)
    assert tasks.get(owner, "").startswith(task_start), tasks


@pytest.mark.parametrize(
    "body, not_owner",
    [
        ("4. BUDGET\nRESOLVED that Council approves the budget and adopts the tariffs.\n", "Council"),  # the body's own decision, not a task
        ("5. MOTION\nCllr Dick makes a motion that the hall reopens in May. Carried.\n", "Cllr Dick"),  # a motion made, no task
        ("6. AUDIT\nRESOLVED that Council notes the report of the Chief Financial Officer.\n", "Council"),  # the decision itself
        (
            "5. SUBMISSION\nThat Council:\n(a) endorses the draft submission; and\n(b) seeks to be consulted on the schedule before it is finalised.\n",
            "Council",
        ),  # a wish to be consulted, no task
        ("7. BUDGET\nThe Municipal Manager submits that the budget is funded.\n", "Municipal Manager"),  # no decision clause
    ],
)
def test_no_task_from_a_present_tense_clause_that_is_no_direction(tmp_path, body, not_owner):
    assert not_owner not in _owners(tmp_path, body)
