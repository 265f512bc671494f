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


def test_a_head_of_council_named_by_title_alone_owns_the_task(tmp_path):
    body = (
        "5. Bridge\n"
        "On motion of Juror Thibodeaux, seconded by Juror Batiste and carried, the President was\n"
        "authorized to sign the Off-System Bridge Program agreement with LaDOTD.\n"
        "\n"
        "6. Lights\n"
        "Juror Broussard asked that the Secretary-Treasurer write to Entergy about the 3\n"
        "streetlights out at the Mamou Hwy intersection. So ordered.\n"
    )
    found = actions_in(tmp_path, body)
    assert ("President", "sign the Off-System Bridge Program agreement with LaDOTD") in found
    assert ("Secretary-Treasurer", "write to Entergy about the 3 streetlights out at the Mamou Hwy intersection") in found


def test_a_lower_case_president_or_supervisor_is_no_owner(tmp_path):
    body = "5. Club\nThe club said the president would write to members and a supervisor would be hired.\n"
    found = actions_in(tmp_path, body)
    assert not any(owner.lower() in {"president", "supervisor"} for owner, _task in found)


PANEL_HEAD = (
    "NORTH FENMERE POLICE AND CRIME PANEL\nMinutes of the meeting held on 3 February 2026\n"
    "In attendance: Police and Crime Commissioner (PCC) Mr R. Stothard; Panel Support Officer\n\n"
)


def test_a_post_the_document_abbreviates_owns_its_commitment(tmp_path):
    body = "8/26  PRECEPT\nThe PCC\nagreed to send the Panel the abstraction figures for each district quarterly.\n"
    found = actions_in(tmp_path, body, head=PANEL_HEAD)
    assert ("PCC", "send the Panel the abstraction figures for each district quarterly") in found


def test_a_suggestion_answered_with_no_commitment_is_no_task(tmp_path):
    body = (
        "9/26  ASB\n"
        "Cllr Duffy suggested that the PCC fund mobile CCTV for the Marsh villages. The PCC said he\n"
        "would consider it but made no commitment.\n"
        "Cllr Ames suggested that the PCC publish the response times. The PCC agreed to do so.\n"
    )
    found = actions_in(tmp_path, body, head=PANEL_HEAD)
    assert not any("CCTV" in task or task.startswith("consider it") for _owner, task in found)
    assert any(owner == "PCC" and "response times" in task for owner, task in found)


def test_the_procureurs_as_a_body_of_officers_own_a_joint_task(tmp_path):
    body = (
        "7. Parish Hall annexe\n"
        "   The Assembly authorised the Connétable and the Procureurs du Bien Public to apply to the\n"
        "   Royal Court for permission to borrow up to £500,000 over 20 years for the project.\n"
    )
    found = actions_in(tmp_path, body)
    assert any("Procureurs du Bien Public" in owner and task.startswith("apply to the Royal Court") for owner, task in found)


def test_a_note_after_a_passive_plan_and_a_comma_is_read(tmp_path):
    body = (
        "5. Standing Orders\n"
        "   The Clerk advised that the NALC/OVW model had been updated in 2024. RESOLVED to adopt the\n"
        "   revised Standing Orders; Financial Regulations to be reviewed at the June meeting, the Clerk\n"
        "   to circulate a tracked copy 7 days before.\n"
    )
    found = actions_in(tmp_path, body)
    assert ("Clerk", "circulate a tracked copy 7 days before") in found


def test_a_post_after_a_passive_plan_with_no_note_is_no_owner(tmp_path):
    body = "5. Verges\n   The verges are to be cut in May, the Clerk said, and the contractor has been told.\n"
    found = actions_in(tmp_path, body)
    assert not any(owner == "Clerk" for owner, _task in found)


def test_a_note_after_an_em_dash_is_read(tmp_path):
    body = (
        "FC/25/117  Public toilets, Sheep Street\n"
        "   Cllr Ambler asked that the Council take over the toilets from the District. Discussion\n"
        "   only; costs to be obtained first — Town Clerk to ask Wrenvale DC for running costs.\n"
    )
    found = actions_in(tmp_path, body)
    assert ("Town Clerk", "ask Wrenvale DC for running costs") in found


def test_a_post_after_an_em_dash_with_no_note_is_no_owner(tmp_path):
    body = "FC/25/118  Toilets\n   The toilets were closed — the Town Clerk said they were vandalised in May.\n"
    found = actions_in(tmp_path, body)
    assert not any(owner == "Town Clerk" for owner, _task in found)


def test_two_people_joined_by_an_ampersand_open_a_note(tmp_path):
    body = (
        "4/26 BOUNDARY STONES SURVEY\n"
        "  Mr Dorey reported that of the 31 boundary stones recorded in 1938, 24 have been located.\n"
        "  Mr Dorey & Mrs Tostevin to continue the survey in spring. (No cost.)\n"
    )
    found = actions_in(tmp_path, body)
    assert any("Tostevin" in owner and task == "continue the survey in spring" for owner, task in found)


def test_an_ampersand_inside_a_name_is_no_list_of_owners(tmp_path):
    body = "5. Grants\n  A grant was paid to Smith & Jones to cover the costs of the fete.\n"
    found = actions_in(tmp_path, body)
    assert not any(owner in {"Jones", "Smith & Jones"} for owner, _task in found)


def test_agreed_then_a_note_with_no_comma_is_read(tmp_path):
    body = "25/109 Play area - RoSPA report rec'd, 2 items medium risk (swing chain, gate closer).\n  Agreed Cllr Tillotson to get quotes for both.\n"
    found = actions_in(tmp_path, body)
    assert ("Cllr Tillotson", "get quotes for both") in found


def test_agreed_with_a_person_is_no_note(tmp_path):
    body = "25/110 Hedges\n  It was agreed with Cllr Tillotson to the hedge being cut in March last year.\n"
    found = actions_in(tmp_path, body)
    assert not any(owner == "Cllr Tillotson" for owner, _task in found)


def test_a_manager_named_by_portfolio_owns_the_task(tmp_path):
    body = (
        "11.  NOTICES OF MOTION\n"
        "Cr Caldwell asked that the Manager Waste bring a report on the cost of quarterly\n"
        "free weekends to the December meeting.\n"
        "\n"
        "12.  GENERAL BUSINESS\n"
        "Cr Reid raised the condition of the Mount Ellen Road grid. GM Infrastructure to\n"
        "inspect and advise Councillors by email.\n"
    )
    found = actions_in(tmp_path, body)
    assert ("Manager Waste", "bring a report on the cost of quarterly free weekends to the December meeting") in found
    assert ("GM Infrastructure", "inspect and advise Councillors by email") in found


def test_a_town_manager_and_a_name_stay_apart(tmp_path):
    body = "5. Roads\nThe Town Manager Bob Smith reported that the road was resurfaced in May.\n"
    found = actions_in(tmp_path, body)
    assert not any("Manager Bob" in owner for owner, _task in found)


def test_a_decision_clause_directing_an_officer_to_sign_or_approach(tmp_path):
    body = (
        "MC 07/2025    APPOINTMENT OF PANEL OF ATTORNEYS\n\n"
        "RESOLVED:\n"
        "(a)   That a panel of eight (8) service providers as listed in Annexure A be appointed for a\n"
        "      period of thirty-six (36) months at the tariffs tendered.\n"
        "(b)   That the Municipal Manager sign the service level agreements.\n"
        "\n"
        "MC 08/2025    MINUTES\n\n"
        "RESOLVED:\n"
        "That the Chairperson sign the minutes of 4 December 2024 as a correct record.\n"
    )
    found = actions_in(tmp_path, body)
    assert ("Municipal Manager", "sign the service level agreements") in found
    assert not any("minutes" in task for _owner, task in found)


def test_a_causative_have_with_an_official_or_a_named_department_doing_it(tmp_path):
    body = (
        "PUBLIC COMMENT: Ron Szymanski, 2117 Bell Rd, complained of a sump pump discharge\n"
        "crossing the road. Supervisor Wojcik said he would have the building official look at it.\n"
        "\n"
        "5. Four-way stop\n"
        "Mayor Okafor asked the City\n"
        "Manager to have Public Works review the intersection and report back at the November 18\n"
        "meeting.\n"
    )
    found = actions_in(tmp_path, body)
    assert ("Supervisor Wojcik", "have the building official look at it") in found
    assert any(owner == "City Manager" and task.startswith("have Public Works review the intersection") for owner, task in found)


def test_have_with_a_lower_case_group_is_no_causative(tmp_path):
    found = actions_in(tmp_path, "5. Hall\nIt was agreed that the Clerk would have some people look at it.\n")
    assert not any(owner == "Clerk" for owner, _task in found)


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


def test_a_post_and_surname_then_a_note(tmp_path):
    body = (
        "6. Other Business\n"
        "- CAO Harnois to circulate the draft amending cost-sharing agreement to both councils by\n"
        "  November 15.\n"
        "- The Clerk Thursday to attend.\n"
    )
    found = actions_in(tmp_path, body)
    assert ("CAO Harnois", "circulate the draft amending cost-sharing agreement to both councils by November 15") in found
    assert not any("Thursday" in owner for owner, _task in found)


def test_a_decision_clause_having_an_officer_give_notice(tmp_path):
    body = (
        "12. ANNUAL REPORT\n"
        "RESOLVED\n"
        "       That Council adopt the Annual Report 2024-25 and the General Manager\n"
        "       give public notice of the Annual General Meeting to be held on 2\n"
        "       December 2025.\n"
    )
    found = actions_in(tmp_path, body)
    assert ("General Manager", "give public notice of the Annual General Meeting to be held on 2 December 2025") in found
    assert not any(task.startswith("adopt") for _owner, task in found)


def test_a_person_with_a_bracketed_post_then_a_note(tmp_path):
    body = (
        "8. Planning scheme amendment\n"
        "The Committee will consider a draft submission at its April meeting. Mr Sandhu\n"
        "(Strategic Planner) to circulate the draft to Councillors by 4 April.\n"
        "Mr Hale (Chair) thanked everyone for their work.\n"
    )
    found = actions_in(tmp_path, body)
    assert ("Mr Sandhu", "circulate the draft to Councillors by 4 April") in found
    assert not any(owner == "Mr Hale" for owner, _task in found)


def test_the_director_mid_sentence_owns_the_task_and_keeps_a_portfolio(tmp_path):
    body = (
        "5. Home to school transport\n"
        "Councillor Nazir asked why parents were not being offered personal transport budgets earlier; the Director said she\n"
        "would bring a note on take-up to the next meeting.\n"
        "\n"
        "6. Boreholes\n"
        "RESOLVED that the Director Technical appoint a service provider from the panel to repair the two boreholes.\n"
    )
    found = actions_in(tmp_path, body)
    assert ("Director", "bring a note on take-up to the next meeting") in found
    assert any(owner == "Director Technical" and task.startswith("appoint a service provider") for owner, task in found)


def test_a_lower_case_director_is_no_owner(tmp_path):
    found = actions_in(tmp_path, "5. Club\nThe club said the director would write to members in May.\n")
    assert not any(owner.lower() == "director" for owner, _task in found)


def test_the_manager_by_title_alone_is_authorised(tmp_path):
    body = "5. Well 4\nM/S/C Tsosie/Hamby to award to Valley Drilling for $58,275 and authorize the Manager to approve change orders up to\n$5,000. 4-0.\n"
    found = actions_in(tmp_path, body)
    assert ("Manager", "approve change orders up to $5,000") in found


def test_a_headline_direction_with_no_be(tmp_path):
    body = (
        "ITEM 4. BID AWARD - ANIMAL SHELTER HVAC\n"
        "Three bids received. Low bidder Peachtree Mechanical, $184,300.\n"
        "   MOTION: Hicks   SECOND: Tolbert   VOTE: 4-0\n"
        "   ACTION: Awarded to Peachtree Mechanical; Chairman authorized to sign contract.\n"
    )
    found = actions_in(tmp_path, body, head=US_BOARD_HEAD)
    assert ("Chairman", "sign contract") in found
    assert not any(owner.startswith("Awarded") for owner, _task in found)


def test_an_owner_inside_a_clause_is_not_directed_by_a_headline_participle(tmp_path):
    found = actions_in(tmp_path, "5. Expenses\nThe payment to the Clerk authorised to cover expenses was noted.\n")
    assert not any(owner == "Clerk" for owner, _task in found)


def test_a_numbered_resolution_with_its_mover_lists_the_bodys_outward_clauses(tmp_path):
    body = (
        "3. Mayoral Minute - Drought Support\n\n"
        "25/189 RESOLVED (Beaumont) that Council:\n"
        "a) waive water carting standpipe fees for rural landholders until 31 March 2026\n"
        "(estimated revenue forgone $23,500); and\n"
        "b) write to the Minister for Agriculture seeking the extension of the Farm Innovation\n"
        "Fund drought loans.\n"
    )
    found = actions_in(tmp_path, body)
    assert any(owner == "Council" and task.startswith("write to the Minister for Agriculture") for owner, task in found)
    assert not any(task.startswith("waive") for _owner, task in found)
