"""Families of action errors read in general (issue 16, session 20): work handed on with a causative 'have'
('have the pumps serviced'), a decision's 'must' and the South African post written 'Director: Technical Services'.

Invented snippets in the styles of Canadian, Irish, Scottish, English, NZ, Australian, South African and US
minutes, with the near misses each rule must leave alone.
"""

from __future__ import annotations

import pytest

from helpers import actions_in

# --- causative 'have': an owner has something done by others ---------------------------------------------------


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        (
            "The CAO advised the river crest is forecast for April 18. Foreman to have the portable pumps serviced before the crest.\n",
            "Foreman",
            "have the portable pumps",
        ),  # Canadian RM
        ("Mr. Brophy said he would have it re-assessed under the PSCI rating before the April meeting.\n", "Brophy", "have it re-assessed"),  # Irish
        (
            "Decision: The Board noted the report and instructed the Head of Marine Services to have the pier ladder replaced before the cruise season.\n",
            "Head of Marine Services",
            "have the pier ladder replaced",
        ),  # Scottish
        ("The Clerk will have the noticeboard repainted.\n", "Clerk", "have the noticeboard repainted"),  # English parish
        ("The Roading Manager agreed to have the culvert at Tuhi Road cleared before winter.\n", "Roading Manager", "have the culvert"),  # NZ
        ("The Township Manager said he would have the engineer look at the bridge before spring.\n", "Township Manager", "have the engineer look"),  # US
        ("The Clerk will have staff prepare a list of vacant lots for the March meeting.\n", "Clerk", "have staff prepare"),  # Canadian
        ("Mr. Lutz will have the 2026 tax budget ready for the August meeting.\n", "Lutz", "have the 2026 tax budget ready"),  # US library board
    ],
)
def test_causative_have_is_a_task(tmp_path, body, owner, task_start):
    found = actions_in(tmp_path, body)
    assert any(owner in o and t.startswith(task_start) for o, t in found), found


@pytest.mark.parametrize(
    "body",
    [
        "Cllr Ames said she would have liked more notice of the closure.\n",  # a wish
        "The Treasurer said he would have expected a higher return.\n",  # a perfect tense
        "The Clerk said residents will have the opportunity to comment on the plans.\n",  # a chance, no participle
        "The Director said the scheme would have the effect of reduced traffic in the village.\n",  # a participle after 'of'
        "Mr Hale said the new layout would have the added benefit of more parking.\n",  # a participle before its noun
        "The Clerk will have the newly refurbished hall available from March.\n",  # the same
        "Officers would have the garden shed by the spring.\n",  # 'shed' is a noun
        "Cllr Noor would have preferred a later start.\n",
        "The Chair said the Clerk would have the staff available on the day.\n",  # no verb of work after the agent
        "The Clerk said the new system will have the team working more efficiently.\n",  # a result, not a task
    ],
)
def test_have_that_hands_nothing_on_is_no_task(tmp_path, body):
    assert actions_in(tmp_path, body) == []


# --- a post written with its department after a colon (South African minutes) ---------------------------------


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        (
            "RESOLVED:\n(a) That the report be noted.\n(b) That the Director: Technical Services submit a list of water projects\n"
            "    without approved designs to the next Mayoral Committee.\n",
            "Director: Technical Services",
            "submit a list of water projects",
        ),
        (
            "Cllr Ntuli asked that the Director: Community Services report monthly to the Portfolio Committee on progress.\n",
            "Director: Community Services",
            "report monthly",
        ),
        ("The Manager: Supply Chain will submit the deviation files to the Chief Audit Executive.\n", "Manager: Supply Chain", "submit the deviation files"),
        ("The Senior Manager: Budget is to circulate the adjustments budget timetable to members.\n", "Senior Manager: Budget", "circulate the adjustments"),
    ],
)
def test_post_with_department_after_colon_owns_its_task(tmp_path, body, owner, task_start):
    found = actions_in(tmp_path, body)
    assert any(o.endswith(owner) and t.startswith(task_start) for o, t in found), found


def test_colon_after_a_post_in_an_attendance_line_is_no_task(tmp_path):
    body = "Officials present: Director: Technical Services (Mr T. Mokoena); Manager: Supply Chain (Ms L. Dube).\n"
    assert actions_in(tmp_path, body) == []


# --- 'must' in a decision directs its owner; 'must' in a member's remark is opinion -----------------------------


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        (
            "Decision:\n(1) The report is noted.\n(2) The Manager: Supply Chain must submit the files for the nine deviations to\n"
            "    the Chief Audit Executive by 5 September 2025.\n(3) The Chief Audit Executive must review the files and report to the\n"
            "    MPAC meeting of October 2025.\n",
            "Chief Audit Executive",
            "review the files",
        ),  # South African MPAC
        (
            "RESOLVED that the Chief Executive Officer must report back to Council on the outcome of the negotiations.\n",
            "Chief Executive Officer",
            "report back",
        ),  # Australian
        ("It was agreed that the Clerk must write to the landowner before the next meeting.\n", "Clerk", "write to the landowner"),  # English parish
    ],
)
def test_must_in_a_decision_is_a_task(tmp_path, body, owner, task_start):
    found = actions_in(tmp_path, body)
    assert any(owner in o and t.startswith(task_start) for o, t in found), found


@pytest.mark.parametrize(
    "body",
    [
        "Cllr Dube said the Municipality must do more to collect rates from businesses.\n",  # a member's view
        "The Chairperson said the Municipal Manager must ensure that reports are tabled on time.\n",  # opinion in the minutes' narrative
        "Members raised concern at the slow spending. Cllr Baloyi felt the Director must submit a plan.\n",  # a feeling
        "The Treasurer noted that the Council must set its precept by the end of February.\n",  # a standing duty reported
    ],
)
def test_must_outside_a_decision_is_opinion(tmp_path, body):
    assert actions_in(tmp_path, body) == []
