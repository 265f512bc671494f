"""False actions removed (session act28).

A motion that did not pass gives no one a task, also when its outcome comes in the sentence or line after it, with the
vote between them ('... with an annual fee of $750.\nRecorded vote: YEAS: ... DEFEATED'; '... in the town. On being put
to the vote the motion was LOST').
"""

from __future__ import annotations

import pytest

from helpers import actions_in


def _tasks(tmp_path, body: str) -> list[str]:
    return [task for _owner, task in actions_in(tmp_path, body)]


@pytest.mark.parametrize(
    "body",
    [
        (
            "7. SHORT-TERM RENTALS\n"
            "    Resolution No. 2025-192\n"
            "    Moved by: Councillor Wojcik       Seconded by: Councillor St-Onge\n"
            "    THAT Council direct staff to prepare a draft short-term rental licensing by-law\n"
            "    with an annual fee of $750.\n"
            "    Recorded vote: YEAS: Wojcik, St-Onge   NAYS: Lalonde, McInnis, Haddad   DEFEATED\n"
        ),  # Ontario township: the recorded vote, then DEFEATED
        (
            "FC/26/096  MOTION ON NOTICE - 20MPH ZONES\n"
            "Cllr Sandhu moved, and Cllr Marriner seconded, that the Town Council ask the County Council to introduce 20mph limits "
            "on all residential streets in the town. On being put to the vote the motion was LOST (3 for, 5 against, 1 abstention).\n"
        ),  # English town council: the outcome in the next sentence
    ],
)
def test_motion_lost_in_the_next_sentence_or_vote_line_gives_no_task(tmp_path, body):
    assert _tasks(tmp_path, body) == []


@pytest.mark.parametrize(
    "body, task_start",
    [
        (
            "7. SHORT-TERM RENTALS\n"
            "    THAT Council direct staff to prepare a draft short-term rental licensing by-law\n"
            "    with an annual fee of $750.\n"
            "    Recorded vote: YEAS: Wojcik, St-Onge, Haddad   NAYS: Lalonde, McInnis   CARRIED\n",
            "prepare a draft",
        ),
        (
            "FC/26/096  MOTION ON NOTICE - 20MPH ZONES\n"
            "Cllr Sandhu moved, and Cllr Marriner seconded, that the Town Council ask the County Council to introduce 20mph limits "
            "on all residential streets in the town. An amendment to exclude the High Street was LOST; the motion was then CARRIED.\n",
            "introduce 20mph",
        ),
    ],
)
def test_motion_carried_after_its_vote_keeps_its_task(tmp_path, body, task_start):
    assert any(task.startswith(task_start) for task in _tasks(tmp_path, body))


_COMMENTS = (
    "RESOLVED: That the Committee, having considered the call-in, does not refer the decision back to Cabinet, but that the following "
    "comments be sent to the Cabinet Member for Housing:\n"
    "(a) priority for in-borough placements should go to households with children in Years 10, 11 and 13;\n"
    "(b) the Council should publish quarterly figures on out-of-borough placements by distance;\n"
    "(c) the Cabinet Member should report to the Committee in six months on progress with the registered providers.\n"
)


def test_comments_passed_on_are_no_tasks(tmp_path):
    """An English borough's call-in: the comments sent to the Cabinet Member are agreed comments, not actions."""
    assert _tasks(tmp_path, _COMMENTS) == []


def test_a_resolution_that_directs_still_gives_a_task(tmp_path):
    body = "RESOLVED: That the Cabinet Member report to the Committee in six months on progress with the registered providers.\n"
    assert any(task.startswith("report to the Committee") for task in _tasks(tmp_path, body))


@pytest.mark.parametrize(
    "body",
    [
        "6. FORWARD WORK PROGRAMME\nThe Panel agreed to hold the precept scrutiny meeting on 30th January 2026.\n",  # Welsh police panel
        "5. OVERPROVISION\nThe Depute Clerk reported that the consultation had closed with 19 responses. The Board agreed to hold a workshop in "
        "March to consider them.\n",  # Scottish licensing board
        "Trash and Recycling Contract. The Board agreed to go out to bid instead.\n",  # US school board
    ],
)
def test_what_the_meetings_own_body_agreed_to_do_is_its_decision(tmp_path, body):
    assert _tasks(tmp_path, body) == []


def test_the_body_decides_and_a_person_carries_it_out(tmp_path):
    body = (
        "Trash and Recycling Contract. Ms. Hemming said the three-year extension offered by Bay Colony\n"
        "Waste would raise the per-household cost from $212 to $239. The Board agreed to go out to bid\n"
        "instead. Kim will post the RFP by November 7.\n"
    )
    tasks = _tasks(tmp_path, body)
    assert any(task.startswith("post the RFP") for task in tasks)
    assert not any(task.startswith("go out to bid") for task in tasks)


@pytest.mark.parametrize(
    "body, task_start",
    [
        ("26/126 - The Highways Authority has agreed to move the speed indicator device in January.\n", "move the speed indicator"),  # outside body
        (
            "Cr Paewai asked that the submission be shared with the Mangatoro Community Board. The Chief Executive agreed to do so.\n",
            "the submission be shared",
        ),  # a post takes up a request
    ],
)
def test_an_outside_body_or_a_post_agreeing_still_owns_the_task(tmp_path, body, task_start):
    assert any(task.startswith(task_start) for task in _tasks(tmp_path, body))


@pytest.mark.parametrize(
    "body, asked, answer",
    [
        (
            "Cr Parata asked that staff provide a breakdown of Bee Card concession use by age group; the Public Transport Manager, "
            "Sione Latu, agreed to circulate it before the next meeting.\n",
            "provide a breakdown",
            "circulate it",
        ),  # NZ regional council
        (
            "7. GENERAL BUSINESS\nCr Beitz requested that officers investigate shade over the playground at Lions Park.\n"
            "Mr Fahey undertook to include it in the September budget review.\n",
            "investigate shade",
            "include it in the September",
        ),  # Australian shire
    ],
)
def test_a_request_answered_by_a_commitment_is_one_task(tmp_path, body, asked, answer):
    tasks = _tasks(tmp_path, body)
    assert any(task.startswith(answer) for task in tasks)
    assert not any(task.startswith(asked) for task in tasks)


def test_a_request_followed_by_another_commitment_stays(tmp_path):
    body = (
        "Board Comments: Trustee Fiedler asked staff to put the township newsletter on the website.\n"
        "Clerk Ostrowski agreed to order a new noticeboard for the hall.\n"
    )
    tasks = _tasks(tmp_path, body)
    assert any(task.startswith("put the township newsletter") for task in tasks)


def test_the_partner_met_with_owns_no_task(tmp_path):
    body = (
        "Moved Cr Habel, Seconded Cr Nankivell\n"
        "That Council requests the CEO to meet with the Koonawarra Bowling Club to explore a self-funded loan of up to $100,000 and report "
        "back to the May meeting. CARRIED (2025/063)\n"
    )  # South Australian council
    owners = {owner for owner, _task in actions_in(tmp_path, body)}
    assert owners == {"CEO"}


def test_a_decision_with_the_clerk_to_do_something_is_the_clerks(tmp_path):
    body = "RESOLVED that the hall be booked for the litter pick, with the Clerk to compile a list of volunteers.\n"
    assert any(owner == "Clerk" and task.startswith("compile a list") for owner, task in actions_in(tmp_path, body))


def test_arrow_bullets_of_colon_notes_each_give_a_task(tmp_path):
    body = (
        "Actions arising:\n"
        "  → Clerk: submit scheme to DoI (target 20 March); instruct architects\n"
        "  → Chair: meet with the Minister for Infrastructure if a meeting can be arranged\n"
        "  → Mr Gelling asked for a 10-year cash-flow forecast; the Clerk will circulate it\n"
        "    before the April ordinary meeting.\n"
    )  # Isle of Man commissioners
    found = actions_in(tmp_path, body)
    assert ("Clerk", "instruct architects") in found
    assert any(owner == "Clerk" and task.startswith("submit scheme to DoI") for owner, task in found)
    assert any(owner == "Chair" and task.startswith("meet with the Minister") and "Gelling" not in task for owner, task in found)
    assert any(owner == "Clerk" and task.startswith("circulate it") for owner, task in found)


def test_publicise_opens_a_colon_note(tmp_path):
    body = (
        "ACTION ITEMS\n"
        "   - Group Manager Finance: circulate the storm cost breakdown by ward - 17 Sept\n"
        "   - Governance Advisor: publicise the dog bylaw consultation on the Council website and\n"
        "     Facebook page - 15 Sept\n"
        "   - Hearing of submissions: date TBC\n"
    )  # NZ district council
    found = actions_in(tmp_path, body)
    assert [owner for owner, task in found if task.startswith("publicise the dog bylaw consultation")] == ["Governance Advisor"]
    assert [owner for owner, task in found if task.startswith("circulate the storm cost breakdown")] == ["Group Manager Finance"]  # a post and its department
    assert not any("date TBC" in task for _owner, task in found)


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        (
            "The Assembly APPROVED expenditure of up to £28,000.\nThe Connétable will report the final cost to the next Assembly.\n",
            "Connétable",
            "report the final cost",
        ),  # Jersey parish assembly
        (
            "11 accounts remain outstanding, totalling £2,960. The Senior Constable will issue\n        final reminders this month.\n",
            "Senior Constable",
            "issue final reminders",
        ),  # Guernsey douzaine
    ],
)
def test_channel_islands_parish_posts_own_tasks(tmp_path, body, owner, task_start):
    assert any(o == owner and task.startswith(task_start) for o, task in actions_in(tmp_path, body))


def test_a_police_constable_mentioned_in_passing_is_no_new_owner(tmp_path):
    body = "A constable will attend the fete if staffing allows.\n"
    assert _tasks(tmp_path, body) == []


def test_an_outcome_opening_the_sentence_then_its_note(tmp_path):
    body = (
        "9. Correspondence\n"
        "Request for the Parish Council to support a new dog bin on Mill Lane. Agreed, Cllr Everitt-Cole\nto order.\n"
    )  # English parish council
    assert ("Cllr Everitt-Cole", "order") in actions_in(tmp_path, body)


def test_an_outcome_word_inside_a_clause_opens_no_note(tmp_path):
    body = "The Clerk reported that the County had Agreed, the Chair to his surprise, to fund the bench.\n"
    assert not any(owner == "Chair" for owner, _task in actions_in(tmp_path, body))


def test_a_note_on_the_line_after_a_bracketed_vote(tmp_path):
    body = "25/2901/OUT – Land N of Wyndham Farm – 9 dwellings. OBJECT. (DP/AR 4-0, MT not voting)\nClerk to submit comments.\n"  # English parish
    assert ("Clerk", "submit comments") in actions_in(tmp_path, body)


def test_a_bracket_inside_a_wrapped_sentence_opens_no_note(tmp_path):
    body = "Members asked the Chair (Cllr Hale)\nwhether the Clerk to the Council had written to the school.\n"
    assert not any(owner == "Chair" for owner, _task in actions_in(tmp_path, body))


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        (
            "The Chair asked that the Group Manager Corporate bring a report on insurance renewal\noptions to the next meeting.\n",
            "Group Manager Corporate",
            "bring a report on insurance renewal",
        ),  # NZ district council: a group manager named by the group
        (
            "The Committee noted the position and requested that the Housing Team Leader present an improvement plan to the next meeting.\n",
            "Housing Team Leader",
            "present an improvement plan",
        ),  # Scottish council: the team's leader, not the team
    ],
)
def test_posts_named_by_their_group_or_team(tmp_path, body, owner, task_start):
    assert any(o == owner and task.startswith(task_start) for o, task in actions_in(tmp_path, body))


def test_a_named_team_still_owns_its_task(tmp_path):
    body = "The Housing Team will send the survey to all tenants by March.\n"
    assert any(owner == "The Housing Team" and task.startswith("send the survey") for owner, task in actions_in(tmp_path, body))


@pytest.mark.parametrize(
    "body",
    [
        'C.215  NOTICE OF MOTION - COUNCILLOR HEGARTY\n"That this Council installs a permanent memorial bench at Lismoyne Quay."\n'
        "Following discussion, Councillor Hegarty agreed to withdraw the motion to allow officers to\nbring a costed report to the Leisure and "
        "Development Committee.\n",  # Northern Irish council
        "Reply: There is currently no budget provision for a dog park.\nCllr. Tierney agreed to defer the motion to the January meeting.\n",  # Irish MD
        "3. URGENT ITEM - STORM DAMAGE, PONT Y FELIN\nThe Mayor agreed to take an urgent item.\n",  # Welsh county borough
    ],
)
def test_a_motion_withdrawn_or_deferred_at_the_meeting_is_no_task(tmp_path, body):
    assert not any(task.startswith(("withdraw", "defer", "take an urgent")) for task in _tasks(tmp_path, body))


def test_deferring_a_decision_to_do_later_work_stays_a_task(tmp_path):
    body = "The Clerk agreed to defer the hedge cutting until the nesting season has ended.\n"
    assert any(task.startswith("defer the hedge cutting") for task in _tasks(tmp_path, body))


@pytest.mark.parametrize(
    "body",
    [
        "The Mayor proposed that items (a) to (e) below be taken together without debate.\n(d) renewal of the Council's membership of One Voice Wales (£412)\n"
        "(e) the Clerk's report on correspondence\nProposed Cllr Price, seconded Cllr Ellis, all approved.\n",  # Welsh town council
        "The Appellants said the suite would house Mrs. Vandermeer's parents and offered to\nreduce the height to 7.5 m.\n",  # Alberta appeal board
    ],
)
def test_a_possessive_mention_owns_no_task(tmp_path, body):
    owners = {owner for owner, _task in actions_in(tmp_path, body)}
    assert not owners & {"Clerk", "the Clerk", "Mrs. Vandermeer"}


def test_an_office_named_by_its_post_still_owns_its_task(tmp_path):
    body = "The Treasurer's office to confirm the 2026 interim levy dates by December 1.\n"
    assert any(task.startswith("confirm the 2026 interim levy dates") for task in _tasks(tmp_path, body))


def test_a_register_row_sent_is_done_and_its_status_no_owner(tmp_path):
    body = (
        "5  Action Register\n"
        "   No.   Action                                              Owner     Status\n"
        "   31    Report on willow pest control costs                 G Dyer    Completed\n"
        "   33    Map erosion-prone land in the Kōpara sub-catchment  G Dyer    Open - due Feb 2026\n"
        "   34    Letter of thanks to Pukehou Landcare Trust          Chair     Sent 14/10\n"
        "\n6  Riparian Planting Programme\n"
    )  # NZ regional council
    found = actions_in(tmp_path, body)
    assert ("G Dyer", "Map erosion-prone land in the Kōpara sub-catchment") in found
    assert not any(owner == "Sent" or "Letter of thanks" in task for owner, task in found)


@pytest.mark.parametrize(
    "task, stance",
    [
        ("support a reduction in the number of on-sales licences", True),  # Scottish licensing board: Police Scotland's view
        ("oppose any increase in the permitted hours", True),
        ("support the Youth Forum with its grant application", False),  # work to do
    ],
)
def test_a_stance_on_a_change_is_no_task(task, stance):
    from minutes_miner.extract.action_filters import not_a_commitment

    text = "Sergeant McAra said Police Scotland would " + task + "."
    assert not_a_commitment(text, 0, text.index(task), task, "said would", len(text)) is stance
