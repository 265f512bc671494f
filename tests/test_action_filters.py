"""False-action families shared by every action form (extract/action_filters.py) and owners that
were missed in minutes of styles the rules were not written on: member initials mid-sentence
and a post written in capitals before a surname.

Snippets are short invented minutes in the style of parish, Canadian and US minutes.
"""

from __future__ import annotations

import pytest

from minutes_miner.extract.action_filters import member_initials

from helpers import actions_in, PARISH_HEAD

HEAD = PARISH_HEAD


@pytest.mark.parametrize(
    "body",
    [
        # standing duties: statute and policy text, not tasks from this meeting
        "Minutes prepared as per Section 228 of the Municipal Act. Clerk to record, without note or comment, all resolutions, decisions and other proceedings of the council.",
        "The Council will seek tenders for the grass cutting contract every three years and review this figure annually.",
        "The Clerk shall keep the minutes of all meetings in accordance with Standing Orders.",
        # a third party's timetable, reported at the meeting
        "The Clerk reported that the contractor would start work on 5 May.",
        "Cllr Smith reported that the contractor will start work on 5 May and expects to finish in June.",
        # the past 'would' of habit
        "In previous years the Clerk would write to all residents each spring.",
        # a member's stance on a motion
        "Cllr Byrne said that she would support the motion.",
        "Cr Nguyen said she would prefer a different location.",
        # a label note under a heading with no task written
        "Item 7: Grass cutting. Clerk to action.",
        # how things usually go, or a preference
        "Director Chen explained that the department would typically issue permits within ten days.",
        "Commissioner Lopez said he would rather wait until the study is complete.",
        # a routine for every meeting, a hope, another body's works reported
        "The Meetings Administrator will circulate the agenda for future meetings seven days in advance.",
        "Cllr Doyle said he would hope that the Department would fund the scheme.",
        "The Engineer confirmed that Irish Water will carry out the works in the new year.",
        # a notice or forward plan speaking to its reader
        "Democratic Services will send you a link to join the meeting.",
        "The Cabinet Member will make a decision on this matter on or after 12 May.",
        # the chair running the meeting itself
        "The Chair said she would take questions from the public at the end.",
        "The Chair said he would allow the resident to speak for three minutes.",
        # a motion that did not pass
        "Cr Walsh moved that Council write to the Minister; the motion lapsed for want of a seconder.",
    ],
)
def test_false_action_families_give_no_action(tmp_path, body):
    assert actions_in(tmp_path, body) == []


@pytest.mark.parametrize(
    "body, owner, task",
    [
        ("Cllr Hale agreed to contact the school about parking.", "Cllr Hale", "contact the school about parking"),
        ("Cllr Noor said she would speak to the landowner about the hedge.", "Cllr Noor", "speak to the landowner about the hedge"),
        ("Clerk to check the play area and report back.", "Clerk", "check the play area and report back"),
        ("Write to Highways about the potholes. ACTION: Clerk", "Clerk", "Write to Highways about the potholes"),
    ],
)
def test_commitments_are_still_read(tmp_path, body, owner, task):
    assert (owner, task) in actions_in(tmp_path, body)


def test_title_abbreviation_and_surname_own_the_task(tmp_path):
    body = (
        "CM Corbin reported the need to form a Charter Review Committee. CA Gabriel explained the timelines and his plan to provide options"
        " related to the Charter Review Committee for discussion at the December 12 meeting.\nCC Bartle will post the notice on the website.\n"
    )
    found = actions_in(tmp_path, body)
    assert ("CA Gabriel", "provide options related to the Charter Review Committee for discussion at the December 12 meeting") in found
    assert ("CC Bartle", "post the notice on the website") in found
    assert actions_in(tmp_path, "The Alameda, CA Planning Board will review the plan.") == []


SOULDERN_HEAD = "Minutes of the meeting of Souldern Parish Council held on 25 January 2024\nPresent: Heidi Dennison (HD), Alan Smith (AS), Paul Cooper (PC)\n\n4. Swingbridge\n"


def test_member_initials_mid_sentence_own_the_task(tmp_path):
    body = (
        "It was agreed that the PC will send a letter to CRT expressing concerns, HD will draft a letter, circulate for PC approval"
        " and the letter will be sent by the Clerk.\nThe lease was discussed and AS will speak to the tenant by the end of March.\n"
    )
    found = actions_in(tmp_path, body, SOULDERN_HEAD)
    assert ("HD", "draft a letter, circulate for PC approval") in found
    assert ("AS", "speak to the tenant by the end of March") in found
    assert not any(owner == "PC" for owner, _ in found)  # 'the PC' is the parish council, not Paul Cooper


def test_member_initials_leave_out_shared_and_body_initials():
    assert member_initials(["Heidi Dennison", "Alan Smith", "Anne Sykes", "Paul Cooper"]) == ["HD"]


def test_a_task_stops_at_the_next_action_note_line(tmp_path):
    body = "Jan24.02 20 mph - HD to progress with survey HD\nPlayground barrier to be agenda item for next meeting\nClerk to obtain details of PCSO\n"
    found = actions_in(tmp_path, body, SOULDERN_HEAD)
    assert ("HD", "progress with survey HD Playground barrier to be agenda item for next meeting") in found
    assert not any("obtain details" in task for owner, task in found if owner != "Clerk")  # the Clerk's line is not HD's task
