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


# --- a passive note "to be V-ed ... by the Clerk" under lines with no full stop ------------------------


@pytest.mark.parametrize(
    "body, owner, task",
    [
        (
            "4/10/24 PLANNING APPLICATIONS\n24/00912/B Ballamodda Farm Conversion of barn No objection\n"
            "24/00944/A Field 421187 Approval in principle, 14 dwellings Object\n"
            "The Commissioners' comments to be forwarded to the Planning Directorate by the Clerk.\n",
            "Clerk",
            "The Commissioners' comments to be forwarded",
        ),  # Manx commissioners: a table of applications
        (
            "5. CORRESPONDENCE\nCounty Council - winter gritting routes\nPolice - quarterly crime figures\n"
            "The letters to be circulated to all members by the Clerk.\n",
            "Clerk",
            "The letters to be circulated",
        ),  # English parish: a list of correspondence
        (
            "4. PAYMENTS\nHedge cutting contract £450\nStreet lighting £212.40\nA cheque for the hall insurance to be signed by the Chairman.\n",
            "Chairman",
            "A cheque for the hall insurance",
        ),  # Welsh community council: a schedule of payments
    ],
)
def test_passive_note_starts_on_its_own_line(tmp_path, body, owner, task):
    found = actions_in(tmp_path, body)
    assert any(owner in o and t.startswith(task) for o, t in found), found


def test_wrapped_passive_sentence_keeps_its_lower_case_start(tmp_path):
    body = "Members discussed the verges. It was agreed that a letter about the verges on Mill Lane\nand the drain be sent to the highways authority by the Clerk.\n"
    found = actions_in(tmp_path, body)
    assert any(o == "Clerk" and "be sent to the highways authority" in t for o, t in found), found


# --- a capital-letter list marker before a titled name and its verb ---------------------------------------


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        (
            "C. Assessor's report received and placed on file.\nD. Supervisor Dykstra to contact Consumers Energy about the street lights.\n",
            "Supervisor Dykstra",
            "contact",
        ),
        ("B. Councillor Tremblay will meet the ratepayers' association about the ditch.\n", "Councillor Tremblay", "meet the ratepayers"),  # Canadian
        ("A. Trustee Okafor to obtain two quotes for the roof repair.\n", "Trustee Okafor", "obtain two quotes"),  # US library board
    ],
)
def test_letter_marker_is_not_an_initial(tmp_path, body, owner, task_start):
    found = actions_in(tmp_path, body)
    assert any(o == owner and t.startswith(task_start) for o, t in found), found


def test_initial_before_a_surname_stays_the_owners(tmp_path):
    assert ("D. Smith", "contact the contractor about the fence") in actions_in(tmp_path, "D. Smith to contact the contractor about the fence.\n")
