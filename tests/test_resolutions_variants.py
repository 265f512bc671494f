"""Decision wordings beyond the marked forms (issue 16): subjectless and passive outcomes,
US motion shorthands, and where a decision inside a lettered parish list stops.

Short invented minutes in the style of real UK parish and US city minutes, run through the
whole extraction.
"""

from __future__ import annotations

from helpers import resolution_texts

HEAD = "Minutes of the meeting of Ashcombe Parish Council held on 3 March 2021\n\nPresent: Cllr A Hale (Chair), Cllr B Noor, Cllr C Dale\n\n"
US_HEAD = "CITY OF MAPLE GROVE\nREGULAR CITY COUNCIL MEETING MINUTES\nMarch 3, 2021\n\nPresent: Mayor Tom Reed, Council Members Ann Lee, Bob Cruz, Dan Fox\n\n"


def decisions(body: str, head: str = HEAD) -> list[str]:
    return resolution_texts(head + body, "ashcombe.txt")


def test_subjectless_unanimous_decision():
    found = decisions("5. Insurance\nUnanimously agreed to renew the insurance with the current provider.\n")
    assert found == ["Unanimously agreed to renew the insurance with the current provider."]


def test_passive_outcomes_received_and_noted_agreed_and_given():
    found = decisions(
        "5. Reports\nThe clerk's report was received and noted.\n\n"
        "6. Precept\nThe precept of £12,000 was agreed.\n\n"
        "7. Training\nApproval was given for the clerk to attend the training course.\n"
    )
    assert len(found) == 3


def test_passive_approval_closed_by_proposer_labels():
    found = decisions("7. Finance:\na. Financial transactions since the meeting held on 19th November were\napproved Prop: CR 2nd: KA\n")
    assert len(found) == 1 and "Financial transactions" in found[0]


def test_body_decided_not_to_and_body_confirmed_appointment():
    found = decisions(
        "5. Planning\nThe Council decided not to support the application.\n\n6. Staffing\nThe council confirmed the appointment of Mrs Hill as clerk.\n"
    )
    assert len(found) == 2


def test_history_and_narrative_are_no_decisions():
    assert decisions("5. Budget\nThe precept was discussed. This was agreed in principle at the November meeting.\n") == []
    assert decisions("5. Planning\nPlanning permission was granted by the district council in May.\n") == []
    assert decisions("5. Minutes\nMinute 64/17c should read: fee increases were displayed. These were unanimously agreed.\n") == []


def test_us_motion_shorthands():
    assert decisions("4. MINUTES\nM/S Lee/Fox to approve the minutes. Passed unanimously.\n", US_HEAD) == ["to approve the minutes."]
    assert decisions("5. VARIANCE\nMOTION: Lee SECOND: Fox to approve the variance. AYES: 4 NAYS: 0 MOTION CARRIED\n", US_HEAD) == ["to approve the variance."]
    found = decisions("6. CONSENT\nApproved the minutes of February 17 as written (Lee/Fox, 4-0).\n", US_HEAD)
    assert len(found) == 1 and "minutes of February 17" in found[0]
    assert decisions("7. REZONING\nThe Commission voted 5-0 to recommend approval of the rezoning.\n", US_HEAD) != []


def test_decision_in_a_lettered_item_stops_before_the_next_item():
    found = decisions(
        "10. Other Business:\n"
        "d. Grass Cutting: Mr Cross has said that he will not increase his prices.\n"
        "It was therefore resolved to renew our contract with Mr Cross, however, maybe an\n"
        "alternative arrangement should be considered for next year\n"
        "e. Grit Storage: Now that the barn is going to be demolished we need to find an alternative\n"
        "f. Update on Footpaths: Bridleways 13 and 8 are being cleared\n"
    )
    assert len(found) == 1 and "Grit" not in found[0]


def test_resolved_clause_list_is_still_read_whole():
    found = decisions("5. Budget\nRESOLVED that:\na) the budget be approved;\nb) the precept be set at £12,000.\n")
    assert len(found) == 1 and "precept" in found[0]


def test_inline_first_label_opens_the_clause_list():
    found = decisions(
        "5 ANNUAL GOVERNANCE REPORT (Agenda item 5)\n"
        "RESOLVED: (A) That the Audit Committee notes the Annual Governance Report for the main accounts.\n"
        "(B) That the Audit Committee notes the Use of Resources score\njudgement for 2008/09.\n"
        "6 PENSION FUND REPORT (Agenda item 6)\n"
        "RESOLVED: That the Audit Committee notes the report on the Pension Fund accounts.\n"
    )
    assert len(found) == 2 and "Use of Resources" in found[0] and "Pension Fund" not in found[0]


def test_minutes_pending_approval_boilerplate_is_no_decision():
    assert decisions("All minutes are draft until agreed at the next meeting of the committee.\n") == []


def test_parish_bodies_and_shorthand_outcomes():
    found = decisions(
        "5. Bench\nAll Cllrs agreed to purchase a new bench.\n\n"
        "6. Reports\nReport noted.\n\n"
        "7. Hedges\nQuote from Green Ltd accepted.\n\n"
        "8. Notice board\nA proposal to replace the notice board was carried.\n\n"
        "9. Play area\nCouncillors voted in favour of resurfacing the play area.\n"
    )
    assert len(found) == 5


def test_officer_authorised_and_nominated_and_elected():
    found = decisions("5. Bench\nThe Clerk was authorised to purchase a new bench.\n\n6. Chair\nCllr Noor was nominated and elected as Chair.\n")
    assert len(found) == 2


def test_motion_seconded_and_agreed_is_read_with_its_motion_not_alone():
    found = decisions(
        "5. Motions\nCouncillor Hale proposed that this Council writes to the bus company to restore the evening service.\n"
        "The motion was seconded by Councillor Noor and agreed.\n"
    )
    assert len(found) == 1 and "bus company" in found[0]


def test_bare_motion_decides_the_item_it_is_moved_on():
    # "to approve." names nothing: the record must carry the item it decides, from its numbered line
    found = decisions(
        "7. Request from the Library Board to amend the 2021 library budget by $4,500 for roof repairs.\n"
        "Moved by Lee, seconded by Cruz, to approve. Motion carried 4-0.\n"
        "8. Renewal of the snow removal contract with Northside Services for two years. Moved by Fox to\n"
        "adopt as presented. Motion Carried 4-0.\n",
        US_HEAD,
    )
    assert len(found) == 2
    assert found[0].startswith("7. Request from the Library Board") and found[0].endswith("to approve. Motion carried 4-0.")
    assert found[1].startswith("8. Renewal of the snow removal contract")


def test_motion_with_its_own_object_keeps_its_wording():
    found = decisions("7. Minutes\nMoved by Lee, seconded by Cruz, to approve the minutes of February 17, 2021. Motion carried.\n", US_HEAD)
    assert found == ["to approve the minutes of February 17, 2021. Motion carried."]  # with the outcome that closes it


def test_procedural_motion_on_this_ordinance_carries_the_item():
    found = decisions(
        "12. Amending Chapter 4 of the Municipal Code regarding parking on Elm Street.\n"
        "Moved by Fox that this ordinance be considered and given first vote for passage. Motion carried 4-0.\n"
        "13. Communication from the Maple Grove Historical Society regarding the 2021 heritage plaque program.\n"
        "Moved by Lee to receive and file. Motion carried 4-0.\n",
        US_HEAD,
    )
    assert [t[:3] for t in found] == ["12.", "13."]


def test_closer_after_a_roll_call_closes_the_motion_above_the_roll_call():
    found = decisions(
        "9. Speed signs\nResidents on Oak Lane asked for traffic calming. Council Member Lee made a motion for the purchase of two radar "
        "speed signs for $4,800, seconded by Council Member Cruz. All were in favor. Roll Call was taken as follows: Lee – yes, "
        "Cruz – yes, Fox – yes. Motion passes.\n",
        US_HEAD,
    )
    assert len(found) == 1 and "radar speed signs" in found[0] and not found[0].startswith("All were in favor")
