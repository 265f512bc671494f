"""Families of action misses read in general (issue 16, session 17): joint owners and acronym posts.

Invented snippets in the styles of English, Manx, Welsh, Scottish, Irish and Australian minutes,
with the near misses each rule must leave alone.
"""

from __future__ import annotations

import pytest

from helpers import actions_in

# --- two posts joined by '+', '&', '/' or 'and' own one task together -----------------------------------


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        ("08/08 Corr. - Select Committee on reform: response by 30 Sept. Chair + Clerk to draft & circulate.\n", "Chair + Clerk", "draft"),  # Manx
        ("Bus shelter glass broken. Clerk & Chair to arrange a quote for repair.\n", "Clerk & Chair", "arrange a quote"),  # English parish
        ("Playground inspection due. Mayor / Town Clerk to meet the contractor on site.\n", "Mayor / Town Clerk", "meet the contractor"),  # Welsh town
        ("Allotment rents reviewed. The Clerk and the RFO will prepare a revised schedule for March.\n", "Clerk and the RFO", "prepare a revised"),
    ],
)
def test_joined_posts_own_one_task(tmp_path, body, owner, task_start):
    found = actions_in(tmp_path, body)
    assert any(o == owner and t.startswith(task_start) for o, t in found), found


@pytest.mark.parametrize(
    "body, absent",
    [
        ("Clerk to write to the Chair and the Treasurer about the audit.\n", "Chair and the Treasurer"),  # posts in the task's object
        ("The Clerk thanked the Chair and Vice-Chair for their support.\n", "Chair and Vice-Chair"),  # thanks, no task
        ("The Chair & Clerk attended the training day in Ruthin last month.\n", "Chair & Clerk"),  # done, no commitment after the pair
    ],
)
def test_posts_joined_without_a_commitment_are_no_owner(tmp_path, body, absent):
    assert all(o != absent for o, _ in actions_in(tmp_path, body))


def test_object_posts_do_not_take_the_task(tmp_path):
    assert actions_in(tmp_path, "Clerk to write to the Chair and the Treasurer about the audit.\n") == [
        ("Clerk", "write to the Chair and the Treasurer about the audit")
    ]


# --- an acronym post as an action note's owner -----------------------------------------------------------


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        ("Speeding on Station Road. PCSO to arrange a speed check outside the school.\n", "PCSO", "arrange a speed check"),
        ("Dog fouling on the Green. The PCSO will patrol the area at school times.\n", "PCSO", "patrol the area"),
    ],
)
def test_acronym_post_owns_a_note(tmp_path, body, owner, task_start):
    found = actions_in(tmp_path, body)
    assert any(owner in o and t.startswith(task_start) for o, t in found), found


def test_acronym_post_reporting_is_no_action(tmp_path):
    assert actions_in(tmp_path, "Police report: the PCSO reported four incidents of anti-social behaviour in the village.\n") == []
