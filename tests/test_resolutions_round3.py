"""Resolution families of issue 16, round 3: invented snippets in several national styles for
forms the rules missed (a mover clause that swallowed its wording's 'That', 'MSC (A/B)',
passive approvals 'authorised for payment' / 'adopted on the proposal of', minutes approved
after a dash, more verbs of a body's decision) and the precision guards that go with them
(amendments and motions that were lost, withdrawn or lapsed; news of an earlier decision)."""

from __future__ import annotations

from helpers import resolution_texts

HEAD = "Minutes of the meeting of Ashcombe Parish Council held on 3 March 2021\nPresent: Cllr Hale, Cllr Noor\n\n"


def decisions(body: str) -> list[str]:
    return resolution_texts(HEAD + body)


def test_nz_numbered_clauses_after_mover_and_seconder_read_whole():
    body = (
        "6. Community Grants\nMOVED by Cr Williams, seconded by Cr Tane\nThat the Committee:\n"
        "1. Receives the report Community Grants Round One (R1234); and\n2. Approves grants totalling $12,500.\nCARRIED\n"
    )
    found = decisions(body)
    assert len(found) == 1 and "Receives the report" in found[0] and "Approves grants" in found[0]


def test_canadian_mover_lines_then_upper_case_that():
    body = "8. ADOPTION OF AGENDA\nMoved by: Councillor Amy Chen\nSeconded by: Councillor Raj Patel\nTHAT the agenda be approved as presented.\nCARRIED\n"
    assert any("agenda be approved as presented" in text for text in decisions(body))


def test_msc_with_movers_in_brackets():
    assert decisions("13. Agenda\nMSC (Jones/Smith) to approve the agenda as amended.\n") == ["to approve the agenda as amended."]


def test_payments_authorised_for_payment():
    assert decisions("10. Finance\nAccounts totalling £4,512.20 were authorised for payment.\n")


def test_future_authorisation_is_no_decision():
    assert decisions("10. Policy\nFuture payments will be authorised for payment by two signatories.\n") == []


def test_adopted_on_the_proposal_of_a_councillor():
    found = decisions("13. Estimates\nThe Draft Budget was adopted on the proposal of Cllr Byrne, seconded by Cllr Nolan.\n")
    assert any("Draft Budget was adopted" in text for text in found)


def test_minutes_approved_after_a_dash():
    assert decisions("24. Minutes\nMinutes of the meeting held on 5th March 2024 – approved and signed.\n")
    assert decisions("3. Minutes of previous meeting - agreed and signed by the Chair.\n")


def test_minutes_to_be_approved_after_a_dash_is_the_agenda():
    assert decisions("4. Minutes\nMinutes of the meeting held on 5th March 2024 – to be approved.\n") == []


def test_body_awarded_and_noted_a_named_report():
    assert decisions("20. Community Council Grants\nThe Panel awarded grants as follows: Ashcombe Gala £500; Youth Club £300.\n")
    assert decisions("18. Audit Report\nMembers noted the audit report and agreed that no further action was required.\n")


def test_news_of_an_earlier_decision_is_no_decision():
    assert decisions("9. Update\nThe Chair reported that the Panel awarded the contract last year.\n") == []
    assert decisions("9. Update\nIt was reported that the Board granted an extension in May.\n") == []


def test_an_amendment_put_and_lost_is_no_decision():
    body = (
        "7. Dog Control Bylaw\nMoved Cr Smith, seconded Cr Jones\nThat the item lie on the table.\nThe amendment was put and lost.\n"
        "Moved Cr Brown, seconded Cr Green\nThat the Council adopts the Dog Control Bylaw 2024.\nCARRIED\n"
    )
    assert decisions(body) == ["the Council adopts the Dog Control Bylaw 2024."]


def test_a_withdrawn_or_lapsed_motion_is_no_decision():
    for outcome in ("The motion was withdrawn.", "The motion lapsed for want of a seconder."):
        body = f"9. NOTICE OF MOTION\nMoved by Cr Smith Seconded by Cr Jones\nThat Council write to the Minister regarding road funding.\n{outcome}\n"
        assert decisions(body) == [], outcome


def test_a_carried_motion_stands_when_a_later_amendment_is_lost():
    body = "8. Play Area\nMoved Cr Brown, seconded Cr Green\nThat the play area be resurfaced.\nCARRIED\nA further amendment to add a bench was lost.\n"
    assert any("play area be resurfaced" in text for text in decisions(body))


def test_a_motion_that_fails_after_a_carried_amendment_is_no_decision():
    """Only a lost amendment leaves the carried motion standing; a motion lost after an amendment passed fell."""
    body = "8. Fence\nMotion by Hensley, second by Moore to approve the fence variance. An amendment to add a 6 ft limit passed 3-2. The motion failed 2-3.\n"
    assert decisions(body) == []
    from minutes_miner.extract.motions import motion_failed

    text = "MOVED BY Councillor Ryan that the roads programme be adopted. An amendment to include Main Street was carried. The motion as amended was lost."
    assert motion_failed(text, 0, text.index(" An amendment"))
    text = "MOVED BY Councillor Ryan that the roads programme be adopted. CARRIED. An amendment to include Main Street was lost."
    assert not motion_failed(text, 0, text.index(" CARRIED"))


def test_nz_infocouncil_resolution_reads_its_whole_clause_list():
    for label in ("Resolved CL/2019/201\nHer Worship the Mayor/Councillor Ngata\n", "Councillor Skinner/Councillor Lawrey\n"):
        body = (
            f"4.1 Climate Action\n{label}That the Council\n1. Receives the report Action for the Climate Emergency (R10123); and\n"
            "2. Agrees to establish a working group.\nCarried\n"
        )
        found = decisions(body)
        assert len(found) == 1 and "Receives the report" in found[0] and "working group" in found[0], label


def test_a_minute_reference_in_a_table_is_no_decision_section():
    body = "12. Finance\nResolved 14/10/12.02\nCheques signed by Cllr Crisp.\nHighways Matters: Parking\nThe Clerk advised that the school reminds parents to park responsibly.\n"
    assert not any("park responsibly" in text for text in decisions(body))


def test_proposed_and_seconded_then_all_in_favour():
    found = decisions("17. Precept\nCllr Hale proposed and Cllr Noor seconded that the precept be set at £25,000. All in favour.\n")
    assert any("precept be set at £25,000" in text for text in found)


def test_an_outcome_without_a_verb_after_another_sentence():
    assert decisions("13. Quotes\nCouncil considered three quotes. Quote from Smith Ltd (£1,200) accepted.\n") == ["Quote from Smith Ltd (£1,200) accepted."]


def test_a_person_agreeing_after_another_sentence_is_no_decision():
    assert decisions("5. Parking\nThe Chair asked whether the survey should go ahead. Commissioner Krueger agreed.\n") == []


def test_minutes_approved_without_was_or_were():
    assert decisions("4. Minutes\nMinutes of the January 9 meeting approved on a motion by Smith, second by Jones; carried 5-0.\n")
    assert decisions("4. Minutes\nMinutes of 5 March approved.\n")
    assert decisions("4. Minutes\nThe minutes, once approved, will be published online.\n") == []


def test_minutes_standing_approved_after_their_motion_are_one_decision():
    body = (
        "APPROVAL OF MINUTES:\nMotion to approve the minutes of the regular Board of Trustees meeting on February 9, 2022, as written\n"
        "made by Trustee Piacentini, seconded by Trustee Elton. All were in favor. Motion passes. The minutes\nstand approved as written.\n"
    )
    assert len(decisions(body)) == 1


def test_us_action_label_with_an_outcome():
    assert decisions("8. Tree policy\nRecommendation: Approve the revised tree policy.\nAction: Approved as recommended on a 4-1 vote.\n")
    assert decisions("8. Actions\nAction: Clerk to write to the landowner.\n") == []


def test_adopted_by_the_following_vote():
    body = (
        "10. Resolution 2024-12\nRESOLUTION NO. 2024-12, A RESOLUTION OF THE CITY COUNCIL OF THE CITY OF ASHTON AUTHORIZING THE PURCHASE "
        "OF A FIRE ENGINE, was adopted by the following vote: AYES: 5 NOES: 0.\n"
    )
    assert any("FIRE ENGINE" in text for text in decisions(body))


def test_body_decides_by_consensus_directs_staff_and_approves_a_numbered_ordinance():
    assert decisions("12. Letter of Support\nThe Board agreed by consensus to send a letter of support.\n")
    assert decisions("13. Street Closure\nBy consensus, the Council directed staff to prepare a street closure ordinance.\n")
    assert decisions("11. Public Hearing\nFollowing the public hearing, Council approved Ordinance 24-03 on second reading.\n")


def test_an_amount_set_and_standing_orders_suspended():
    assert decisions("9. Precept\nThe precept for 2024/25 was set at £32,000.\n")
    assert decisions("16. Standing Orders\nStanding Orders were suspended at 7.45pm to allow a member of the public to speak.\n")


def test_a_question_or_reminder_about_an_earlier_decision_is_none():
    assert decisions("9. Precept\nThe Clerk reminded members that last year the precept was set at £30,000.\n") == []
    assert decisions("9. Precept\nMembers asked why the rate was set at 5% in 2019.\n") == []
    assert decisions("9. Precept\nThe precept for 2024/25 will be set at the January meeting.\n") == []
    assert decisions("9. Precept\nCllr Dale asked if the precept had been approved at the last meeting.\n") == []


def test_members_asked_to_decide_then_deciding_is_a_decision():
    """'asked' opens many real decisions ('Members were asked to consider the quotes and ... was approved'): only 'asked if / why' is a question."""
    assert decisions("5. Grass cutting\nMembers were asked to consider the three quotes received and the quote from Greenscape was approved.\n")
    assert decisions("9. Estimates\nThe Cathaoirleach asked the members to adopt the draft budget and the draft budget was adopted.\n")


def test_a_decision_in_its_own_clause_after_a_question():
    """'asked whether ..., and the accounts were approved': the question is one clause, the decision another."""
    assert decisions("5. Accounts\nThe Chair asked whether members were content, and the accounts were approved.\n")
    assert decisions("7. Precept\nMembers asked why the rate was set at 5% in 2019.\n") == []


def test_labelled_outcomes_and_a_bodys_decision():
    assert decisions("7. Audit\nRecommendation adopted: That the annual audit be received.\n")
    assert decisions("8. Footway\nThe Committee's decision was to refuse the application.\n")
    assert decisions("9. Hedge\nCouncil's decision: to write to the landowner.\n")


def test_agreed_by_majority_without_an_article():
    assert decisions("12. Play area\nA vote was taken and it was agreed by majority to proceed with option B.\n")


def test_a_proposal_carried_or_members_agreeing_unanimously_close_the_proposal_before():
    found = decisions("13. Play area\nCllr Hale suggested that option B be adopted for the new play area. The proposal was carried.\n")
    assert any("option B be adopted" in text for text in found)
    found = decisions("16. Bins\nCllr Noor suggested moving the dog bin to the car park entrance. Members agreed unanimously.\n")
    assert any("moving the dog bin" in text for text in found)
    assert decisions("18. History\nMembers recalled that the proposal was approved at the last meeting.\n") == []


def test_licensing_items_granted_alike_and_a_label_after_a_blank_line_are_each_a_decision():
    item = (
        "{n}. WESTERN HOST, INC.\nD/B/A: {dba}\n401 D ST\nLicense #: LB 9942{n}\nHolder of an Innholder All Alcoholic Beverages License has petitioned "
        "to change the\nmanager of the licensed business - From: Michael Jorgensen To: Jennifer Pendola.\n{gap}GRANTED\n"
    )
    body = item.format(n=4, dba="ALOFT HOTEL", gap="") + item.format(n=5, dba="ELEMENT HOTEL", gap="\n")
    assert len(decisions(body)) == 2


def test_agreed_in_principle():
    assert decisions("5. Churchyard\nThe Council agreed in principle that they would take on the maintenance of the churchyard.\n")
    assert decisions("6. Skate park\nIt was agreed in principle to support the skate park project, subject to funding.\n")


def test_a_proposal_keeps_its_words_when_the_next_sentence_agrees():
    found = decisions(
        "6. Election of committee\nCllr Mrs Clements was proposed by Cllr Mrs Leamon seconded by Cllr Ryves. Mrs Clements agreed to be a member.\n"
    )
    assert any(text.startswith("Cllr Mrs Clements was proposed") for text in found)
    found = decisions("7. Hedge\nIt was proposed by Cllr A Hale, seconded by Cllr B Noor and agreed to defer the hedge works to the spring.\n")
    assert found == ["defer the hedge works to the spring."]
