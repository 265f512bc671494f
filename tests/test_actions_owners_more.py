"""Actions on councils the rules were not written against: more owner forms, commitment forms
and non-commitments (../shared/challenges/generalisation.md, A1, A2, A3, A8).

Snippets are short invented minutes in the style of real ones; the `needs_shared` tests read
real minutes from the tuning part of ../shared/corpus/devpool (never the test part).
"""

from __future__ import annotations

import pytest

from helpers import actions_in, devpool, needs_shared, PARISH_HEAD

HEAD = PARISH_HEAD


# --- A1: owners ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body, owner, task",
    [
        # given names that are also words open a person only with a surname
        ("Frank Reid offered to advertise for a clerk in the long term.", "Frank Reid", "advertise for a clerk in the long term"),
        ("Mark Pogmore will speak to Hugh Jenkins about the seat.", "Mark Pogmore", "speak to Hugh Jenkins about the seat"),
        # titles of US village and township boards
        (
            "Trustee Albrecht will be moving the new toys out to the new community center.",
            "Trustee Albrecht",
            "moving the new toys out to the new community center",
        ),
        ("Supervisor Liccar will contact the attorneys about the parking spaces.", "Supervisor Liccar", "contact the attorneys about the parking spaces"),
        # a named department with no article, a firm named by its trade
        ("Refer to Legal Department for preparation of proper legislation.", "Legal Department", "preparation of proper legislation"),
        ("The bus company has promised to restore the Sunday service.", "The bus company", "restore the Sunday service"),
        # initials joined by 'and' or '&', with will / volunteered / was requested, under a minute number
        ("KD and PL will arrange the litter pick.", "KD and PL", "arrange the litter pick"),
        ("9.1.2 RL & BB volunteered to pressure wash the floor tiles.", "RL & BB", "pressure wash the floor tiles"),
        ("9.1.3 Litter bins – NC was requested to get a quote for new bins.", "NC", "get a quote for new bins"),
        (
            "8.4\nNC to check with the tree officer which month is best for the survey.\n",
            "NC",
            "check with the tree officer which month is best for the survey",
        ),
    ],
)
def test_more_owner_forms(tmp_path, body, owner, task):
    assert (owner, task) in actions_in(tmp_path, body)


@pytest.mark.parametrize(
    "body",
    [
        "Residents asked for a crossing on Mark Lane near the school.\n\nFrank said the hall was full.",
        "The scale of the buildings, in relation to Belmont and Rose Villa, would make them appear out of place.",
    ],
)
def test_words_that_are_given_names_are_no_owners_alone_or_in_place_names(tmp_path, body):
    assert actions_in(tmp_path, body) == []


def test_a_note_ends_where_the_next_initials_note_starts(tmp_path):
    found = actions_in(tmp_path, "It is uncertain whether they visited. NC to continue to chase and KN to provide alternative company details.")
    assert ("NC", "continue to chase") in found


# --- A2: commitment forms ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body, owner, task",
    [
        ("A rota will be organised by Will Green.", "Will Green", "A rota will be organised by Will Green"),
        (
            "It was agreed that the PC will send a letter to CRT, HD will draft it and the letter will be sent by the Clerk.",
            "Clerk",
            "the letter will be sent by the Clerk",
        ),
        ("Moved by Mahaffey, seconded by Hensley to refer to the City Manager to implement. Motion Carried 7-0.", "City Manager", "implement"),
        ("Cllr Noor stated that she could circulate the survey results.", "Cllr Noor", "circulate the survey results"),
        (
            "Councilor Ruble asked Councilor Bahrman if she could ask if the crosswalks are a similar price.",
            "Councilor Bahrman",
            "ask if the crosswalks are a similar price",
        ),
        ("Tom Roberts had received it directly from Jane Scarrott, and he will forward it.", "Tom Roberts", "forward it"),
        ("The contractor, who would replace the lamp next week, had been paid.", "The contractor", "replace the lamp next week"),
    ],
)
def test_more_commitment_forms(tmp_path, body, owner, task):
    assert (owner, task) in actions_in(tmp_path, body)


def test_a_duties_note_gives_one_task_per_verb(tmp_path):
    body = "REVIEW OF DUTIES\nCarrie: create a Q1 newsletter, create a posting about the Hall meetings, create the payments report for June.\n"
    assert actions_in(tmp_path, body) == [
        ("Carrie", "create a Q1 newsletter"),
        ("Carrie", "create a posting about the Hall meetings"),
        ("Carrie", "create the payments report for June"),
    ]


@pytest.mark.parametrize("body", ["Present: Cllr Hale, Cllr Noor, Cllr Patel.", "Purpose: to report on the budget.", "Decision: Approve the budget."])
def test_a_colon_after_a_word_that_is_no_owner_is_no_note(tmp_path, body):
    assert actions_in(tmp_path, body) == []


# --- A8: non-commitments ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Cllr Noor suggested that the Clerk could contact the police.",
        "Cllr Davies had agreed to continue as the Council's representative on the Area Committee.",
        "3.2 GM agreed to transfer from the Finance Committee to the Curriculum Committee.",
        "Guy Heelis was invited to speak and provided a brief history of the green.",
        "Richard and Simon plan to attend a discussion event being held by Kevin Holinrake.",
    ],
)
def test_suggestions_roles_and_described_events_are_no_tasks_of_their_owner(tmp_path, body):
    found = actions_in(tmp_path, body)
    assert not any(owner in {"Clerk", "Cllr Davies", "GM", "Guy Heelis", "Kevin Holinrake"} for owner, _ in found)


def test_and_she_would_goes_to_the_subject_not_to_the_person_approached(tmp_path):
    found = actions_in(tmp_path, "It was agreed that Cllr Muir would approach the Club Chairman and that she would discuss the rent with him.")
    assert ("Cllr Muir", "approach the Club Chairman") in found
    assert not any(owner == "Chairman" for owner, _ in found)


def test_they_after_a_body_is_the_bodys_task(tmp_path):
    found = actions_in(tmp_path, "Mr Jones said that he had contacted the Highways department and they would repair the road.")
    assert not any(owner == "Mr Jones" for owner, _ in found)


# --- real minutes of the tuning part ----------------------------------------------------------------


@needs_shared
def test_duties_notes_in_real_township_minutes():
    found = {(a.owner, a.description) for a in devpool("northstar_mn_2.txt").actions}
    assert ("Carrie", "create a posting regarding resuming meetings at the Hall with May") in found


@needs_shared
def test_asked_if_she_could_in_real_city_minutes():
    found = {(a.owner, a.description) for a in devpool("rivergrove_or_3.txt").actions}
    assert any(owner == "Councilor Bahrman" and task.startswith("ask if the lighted crosswalks") for owner, task in found)


@pytest.mark.parametrize(
    "body",
    [
        "Clerk to write to the school about parking. Done\n",
        "Nov23.02 Planning - Clerk to submit responses to CDC CF Completed\n",
    ],
)
def test_a_task_an_action_log_marks_done_is_no_new_task(tmp_path, body):
    assert actions_in(tmp_path, body) == []


def test_a_done_word_inside_a_task_does_not_drop_it(tmp_path):
    found = actions_in(tmp_path, "Cllr Hale will ensure the repairs are done by the contractor.")
    assert ("Cllr Hale", "ensure the repairs are done by the contractor") in found


@pytest.mark.parametrize(
    ("body", "owner", "task_start"),
    [
        ("Clerk to chase the Completed survey forms with the school.\n", "Clerk", "chase the Completed survey forms"),
        ("The Clerk will write to the county council about the Closed footpath at Mill Lane.\n", "Clerk", "write to the county council"),
    ],
)
def test_a_capitalised_status_word_inside_a_task_does_not_drop_it(tmp_path, body, owner, task_start):
    """Only a status set off as a log writes it (a bar, a dash, the owner's initials) marks a task done."""
    found = actions_in(tmp_path, body)
    assert any(o.endswith(owner) and t.startswith(task_start) for o, t in found), found
