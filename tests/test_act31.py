"""Actions (session act31): fewer false actions on councils studied least.

Excerpts quoted from the invented development set (the inv27 batch: a Georgia county board, an Irish SPC, ...).
"""

from __future__ import annotations

from helpers import actions_in

US_BOARD_HEAD = (
    "QUILLON COUNTY BOARD OF COMMISSIONERS\nMINUTES OF AUGUST 5, 2025\n\n"
    "COMMISSIONERS PRESENT: Chairman Wade Pruitt; Vice Chair Lorna Sapp (District 2);\n"
    "ALSO PRESENT: County Manager Brent Yarbrough; County Attorney J. Mac Strickland;\n\n"
)

US_ACTION_FIELDS = (
    "ITEM 1. APPROVAL OF MINUTES - July 15, 2025 regular meeting.\n"
    "   MOTION: Hicks   SECOND: Tolbert   VOTE: 4-0   ACTION: Approved as written.\n"
    "\n"
    "ITEM 3. REZONING RZ-25-07 - 1482 Old Mill Road (Parcel 044-019), AG-1 to R-2,\n"
    "approx. 37.6 acres, 29 lots proposed. Planning Commission recommended denial 3-2.\n"
    "   MOTION to deny: Sapp   SECOND: Hicks   VOTE: 3-1 (Tolbert opposed)\n"
    "   ACTION: Denied.\n"
    "\n"
    "ITEM 5. COUNTY MANAGER'S REPORT\n"
    " - Yarbrough will meet with GDOT about the SR 17 signal and report back at the\n"
    "   September 2 meeting.\n"
)


def test_an_action_field_holding_the_boards_disposition_names_no_owner(tmp_path):
    found = actions_in(tmp_path, US_ACTION_FIELDS, head=US_BOARD_HEAD)
    owners = {owner for owner, _task in found}
    assert "Approved as written" not in owners and "Denied" not in owners
    assert ("Yarbrough", "meet with GDOT about the SR 17 signal and report back at the September 2 meeting") in found


def test_an_action_label_naming_an_owner_is_still_read(tmp_path):
    found = actions_in(tmp_path, "4. Bench\nIt was agreed to order a new bench for the green.\nACTION: Clerk\n\n")
    assert any(owner == "Clerk" and "order a new bench" in task for owner, task in found)


def test_a_heading_number_is_no_task_of_its_title(tmp_path):
    body = (
        "Item 4. Water services\n"
        "Grant rate for private well upgrades now 85% up to €5,000. DoS to circulate the new scheme\n"
        "guidelines to members.\n"
        "\n"
        "Item 5. AOB\n"
        "Mr. Sokolov asked that the SPC invite Uisce Éireann to a future meeting. Chair agreed;\n"
        "Meetings Administrator to issue invitation for the March SPC.\n"
    )
    found = actions_in(tmp_path, body)
    assert not any(owner == "AOB" or task == "Item 5" for owner, task in found)
    assert ("Meetings Administrator", "issue invitation for the March SPC") in found


def test_whether_before_a_qualified_owner_asks_a_question(tmp_path):
    body = (
        "8/26  PRECEPT\n"
        "Members questioned whether neighbourhood officers would stay in neighbourhoods. The Clerk\n"
        "agreed to send the Panel the abstraction figures for each district quarterly.\n"
    )
    found = actions_in(tmp_path, body)
    assert not any(task.startswith("stay in") for _owner, task in found)
    assert ("Clerk", "send the Panel the abstraction figures for each district quarterly") in found


def test_a_person_the_board_heard_is_not_the_subject_of_its_decision(tmp_path):
    body = (
        "LB 12/25  VARIATION - The Quay Bar\n"
        "   The Board, having heard from the applicant's agent, Sergeant Mair and one objector,\n"
        "   agreed to grant the increase in capacity but refuse the extension of hours.\n"
        "   Sergeant Mair agreed to send the incident log to the Clerk.\n"
    )
    found = actions_in(tmp_path, body)
    assert not any(task.startswith("grant the increase") for _owner, task in found)
    assert ("Sergeant Mair", "send the incident log to the Clerk") in found


SELECT_BOARD = (
    "Town of East Haddock                                           SELECT BOARD\n"
    "                        Meeting Minutes - Monday, 5/19/2025\n\n"
    "Members: Chair Maureen Costigan (MC), Vice Chair Phil Dellarocco (PD), Clerk Nathan\n"
    "Oyelowo (NO), Jean Tibbetts (JT), Ray Fortier (RF) - all present.\n"
    "Also: Town Administrator Kelsey Marchand (TA); Finance Director Lou Bettencourt.\n\n"
    "OLD BUSINESS\n"
    "Harbor dredging: Army Corps estimate now $2.3M; Town share 25%. PD offered to attend the Harbor Committee on\n"
    "6/4 and report back.\n\n"
    "TOWN ADMINISTRATOR'S REPORT\n"
    "Beach stickers on sale 6/1. TA to post the Assistant DPW Director job by Friday.\n\n"
    "ACTION ITEMS                          WHO      WHEN\n"
    "Harbor Cttee report-back               PD       6/16\n"
    "Post Asst DPW Dir. job                TA       5/23\n"
    "Order flagpole rope                   JT       6/2\n\n"
)


def test_a_summary_table_row_repeating_a_task_set_above_is_not_a_second_task(tmp_path):
    found = actions_in(tmp_path, SELECT_BOARD, head="")
    assert ("TA", "post the Assistant DPW Director job by Friday") in found
    assert not any(task.startswith(("Post Asst", "Harbor Cttee")) for _owner, task in found)
    assert ("JT", "Order flagpole rope") in found  # a row the text above never set stays a task


def test_taking_a_question_on_notice_is_done_at_the_meeting(tmp_path):
    body = (
        "5. Dunmore bridge\n"
        "Cr Tsang asked about the progress of the Dunmore bridge works. The Director Infrastructure\n"
        "said he would take the question on notice and he will\n"
        "provide a written answer at the March meeting.\n"
    )
    found = actions_in(tmp_path, body)
    assert not any("on notice" in task for _owner, task in found)
    assert ("Director Infrastructure", "provide a written answer at the March meeting") in found


ALLOTMENTS = (
    "### FGP/25/34 Allotment rents\n\n"
    "**RESOLVED** that:\n"
    "1. plot rents rise from £38 to £42 per full plot from 1 October 2026;\n"
    "2. the concession for over-65s stays at 50%;\n"
    "3. the Deputy Town Clerk write to all 87 tenants giving the statutory 12 months' notice.\n\n"
    "ACTION: Deputy Town Clerk — letters out by 30 November.\n\n"
)


def test_an_action_line_after_the_decision_that_set_its_task_is_the_same_task(tmp_path):
    found = actions_in(tmp_path, ALLOTMENTS)
    assert ("Deputy Town Clerk", "write to all 87 tenants giving the statutory 12 months' notice") in found
    assert not any(task.startswith("letters out") for _owner, task in found)


def test_an_action_line_for_another_owner_is_its_own_task(tmp_path):
    found = actions_in(tmp_path, ALLOTMENTS.replace("ACTION: Deputy Town Clerk —", "ACTION: Allotments Officer —"))
    assert ("Allotments Officer", "letters out by 30 November") in found
