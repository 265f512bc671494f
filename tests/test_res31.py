"""Resolution families of session res31, with sentences quoted from the invented development documents.

A table flattened one cell a line whose header row ends in a 'Decision' cell ('Applicant' / 'Purpose' /
'Requested' / 'Decision') is no 'Decision' section: each row's cell holds its outcome and the motion under
the table is its own record; with the near-misses that must stay as they were."""

from __future__ import annotations

from helpers import resolution_texts

from pathlib import Path

from minutes_miner.extraction import extract_path

INVENTED = Path(__file__).resolve().parent.parent / "corpus" / "invented"

HEAD = "Minutes of the meeting of Ashcombe Parish Council held on 3 March 2026\nPresent: Cllr Hale, Cllr Noor\n\n"


def decisions(body: str, name: str = "ashcombe.txt") -> list[str]:
    return resolution_texts(HEAD + body, name)


GRANT_TABLE = (
    "## 6. Discretionary fund applications\n\n"
    "| Applicant | Purpose | Requested | Decision |\n"
    "|---|---|---|---|\n"
    "| Raupō Flat Playcentre | fence repairs | $2,400 | granted $2,400 |\n"
    "| Domain Tennis Club | net & posts | $1,850 | granted $1,200 |\n\n"
    "Lusk/Pettigrew - *that the grants be made as in the table above.* Carried. Balance remaining in the fund is $4,115 (of $9,000).\n"
)


def test_decision_column_header_opens_no_section(tmp_path):
    path = tmp_path / "board.md"
    path.write_text(HEAD + GRANT_TABLE, encoding="utf-8")
    found = [res.text for res in extract_path(path).resolutions]
    motion = [text for text in found if "grants be made as in the table above" in text]
    assert motion and not any("Playcentre" in text or "Tennis" in text for text in motion)


def test_decision_heading_under_an_item_heading_still_opens_a_section():
    body = "7. Waste collection review\nDecision\nThat the three-weekly collection trial be extended to March 2027.\n\n8. Close\n"
    assert any("three-weekly collection trial be extended" in text for text in decisions(body))


def test_noting_after_narrative_with_proposed_as_an_adjective_is_the_noting_alone():
    body = (
        "5. Councillors' reports\n"
        "Cr Gardiner said the Long Term Plan amendment would go out for consultation in April; the proposed rates rise for the ward is 7.2%, "
        "against 8.9% district-wide. Noted.\n\n6. Close\n"
    )
    found = decisions(body)
    assert "Noted." in found and not any("Gardiner" in text for text in found)


def test_noting_after_a_count_of_appeals_decided_is_the_noting_alone():
    body = (
        "DC/76  Appeals Update\n"
        "       Of 12 appeals decided in 2025, 10 were dismissed (83%). The costs award in\n"
        "       Cae Mawr (£7,450) had been paid. Noted.\n\n"
        "DC/77  Site visits\n"
    )
    found = decisions(body)
    assert "Noted." in found and not any("costs award" in text for text in found)


def test_noting_after_a_motion_proposed_keeps_the_motion():
    body = "7. Bus shelter\nCllr Hale proposed that the glass be replaced at a cost of £1,140. Noted.\n\n8. Close\n"
    assert any("glass be replaced" in text for text in decisions(body))


def test_resolved_with_movers_in_brackets_and_a_colon_reads_the_wording_on_its_line():
    body = (
        "6  Riparian Planting Programme - Season Report 2024/25\n"
        "   Mr Dyer reported 412,600 plants (target 400,000) on 186 properties, with 78 km of\n"
        "   stream fenced. Survival at 12 months averaged 83%. Landowner co-funding 35%.\n"
        "   Resolved (Cr Tūhiwai / Cr Soper): That the Catchment Management Committee:\n"
        "   1. receives the report;\n"
        "   2. recommends to Council that the landowner co-funding rate remain at 35% for\n"
        "      the 2026/27 season.\n"
        "   Cr Olsen did not take part in the discussion or vote.\n"
    )
    found = decisions(body)
    assert any("receives the report" in text and "co-funding rate remain at 35%" in text for text in found)


def test_resolved_with_movers_alone_on_its_line_is_no_record_of_its_own():
    body = "6. Puhi Road dust suppression\n\nResolved (Ellery / Quigley):\n\nThat the Board receives the report.\n\nCarried\n"
    found = decisions(body)
    assert not any(text.strip(" :") == "(Ellery / Quigley)" for text in found)


GRANTS_UNDER_A_MOTION = (
    "7. Discretionary fund applications\n\n"
    "Applicant\nPurpose\nRequested\nDecision\n\n"
    "Maungatea Playcentre\nShade sail\n$4,200\nGranted $4,200\n\n"
    "Puhi Valley Rugby Club\nFloodlight repairs\n$9,800\nGranted $6,000\n\n"
    "Resolved (Walker / Hollings): That the grants be made as set out in the table above. Carried\n\n"
    "8. Chairperson's report\n\nNoted.\n"
)


def test_grant_rows_decided_by_the_motion_under_the_table_are_its_schedule():
    found = decisions(GRANTS_UNDER_A_MOTION)
    assert any("grants be made as set out in the table above" in text for text in found)
    assert not any(text.startswith("Granted") for text in found)


def test_grant_rows_with_no_motion_on_the_table_keep_their_outcomes():
    body = GRANTS_UNDER_A_MOTION.replace("Resolved (Walker / Hollings): That the grants be made as set out in the table above. Carried\n\n", "")
    assert any(text.startswith("Granted $4,200") for text in decisions(body))


ACTION_REGISTER = (
    "2. ACTION REGISTER\n"
    "Item Action Responsible Due Status\n"
    "24/17 Regional FOGO tender - evaluation report EO Mar 2025 Complete\n"
    "24/19 Letter to Minister re water security funding Chair Dec 2024 Complete\n"
    "24/21 Road safety officer cost share options GMs Apr 2025 In progress\n"
    "Noted.\n\n"
    "3. REGIONAL FOGO COLLECTION TENDER (RFT 02/2024)\n"
)


def test_noting_under_an_action_register_is_the_noting_alone():
    found = decisions(ACTION_REGISTER)
    assert "Noted." in found and not any("FOGO tender" in text for text in found)


def test_noting_under_a_pipe_table_after_a_blank_line_is_the_noting_alone():
    body = (
        "ITS 05/03/2026 ACTION REGISTER\n\n"
        "| Ref | Matter | Responsible | Target date | Status |\n"
        "| ITS 07/02/26 | Fix street lights on Main Road, Ward 3 | Mr Dube | 28 Feb 2026 | Completed |\n"
        "| ITS 10/02/26 | Engage Eskom on electrification backlog | Senior Manager | Ongoing | In progress |\n\n"
        "Noted.\n\n"
        "ITS 06/03/2026 GENERAL\n"
    )
    found = decisions(body)
    assert "Noted." in found and not any("street lights" in text for text in found)


def test_approval_under_a_schedule_is_not_read_as_a_noting():
    body = "5. Finance\nClerk salary Jan 2026 £486.40\nHMRC Q3 2025 £121.60\nApproved.\n\n6. Close\n"
    assert "Approved." not in decisions(body)


def test_movers_pair_between_a_motion_and_its_carried_is_no_record():
    body = (
        "4. Public Transport Patronage Report - Quarter 2\n\n"
        "Patronage across the network was 1.94 million trips for the six months.\n\n"
        "Resolved\n\n"
        "That the report be received.\n\n"
        "Cr Whaanga / Cr Parata\nCARRIED\n\n"
        "5. Close\n"
    )
    found = decisions(body)
    assert any("report be received" in text for text in found)
    assert not any(text.strip() == "Cr Whaanga / Cr Parata" for text in found)


def test_a_matter_line_with_a_slash_before_its_closer_keeps_its_matter():
    body = "7. Grants\nScouts / Guides joint camp grant of £300\nCARRIED\n\n8. Close\n"
    assert any("joint camp grant" in text for text in decisions(body))


NOTICE_OF_DECISIONS = (
    "Appl. #     Applicant / Location                    Request                          Decision\n"
    "DRB-25-08   Green Mtn Self Storage LLC,             Site plan amendment - 2 add'l    DENIED\n"
    "            Route 100 (Parcel 14-002)               buildings (9,600 sq ft)\n"
    "DRB-25-09   Ashgrove Congregational Church,         Variance - front setback         APPROVED\n"
    "            3 Common Rd                             (ramp), 12 ft where 30 ft req'd\n\n"
)


def test_summary_table_row_minuted_again_below_is_no_record_of_its_own():
    body = NOTICE_OF_DECISIONS + "DRB-25-08 Green Mtn Self Storage. Abutters (6) testified on stormwater runoff to Marsh Brook.\n\n"
    found = decisions(body)
    assert not any(text.startswith("DRB-25-08") and "DENIED" in text for text in found)
    assert any(text.startswith("DRB-25-09") and "APPROVED" in text for text in found)


def test_terse_motion_with_its_movers_wrapped_onto_the_next_line():
    body = (
        "DRB-25-08 Green Mtn Self Storage. Abutters (6) testified on stormwater runoff to Marsh Brook.\n"
        "The Board found the application did not meet §5.4(C) (landscaped buffer of 50 ft). Motion\n"
        "Ouellette, 2nd Kinsey, to deny. 4-1 (Pelkey).\n\n"
    )
    assert any("to deny. 4-1" in text for text in decisions(body))


def test_motion_heading_over_a_paragraph_is_no_terse_motion():
    body = "9. Motion\nCouncillor Ames spoke to the notice of motion on verges and asked that it be deferred.\n\n"
    assert not any("verges" in text for text in decisions(body))


def test_duly_elected_after_a_nomination_is_the_election_sentence():
    body = (
        "4. ELECTION OF ROADS COMMITTEE MEMBER\n"
        "One nomination, Mrs H. Le Feuvre, proposed by Mr Amy, seconded by Mrs Vibert.\n"
        "Mrs Le Feuvre was duly elected to the Roads Committee for 3 years.\n\n"
        "5. PARISH ALLOTMENTS\n"
    )
    found = decisions(body)
    assert "Mrs Le Feuvre was duly elected to the Roads Committee for 3 years." in found
    assert not any(text.startswith("One nomination") for text in found)


def test_duly_elected_followed_by_its_resolved_is_one_record():
    body = (
        "Councillor Downing was nominated for the position of Chair by Councillor Saleem and this was seconded by Councillor Atkins. "
        "As there were no other nominations for the role, Councillor Downing was duly elected as the Chair of the Authority for the ensuing year.\n\n"
        "RESOLVED:\n\nThat Councillor Downing be elected Chair of the Authority for 2018/19.\n"
    )
    found = decisions(body)
    assert any("be elected Chair" in text for text in found) and not any("duly elected" in text for text in found)


def test_appointment_to_an_outside_body_in_place_of_a_member():
    body = "Min 12.8  REPRESENTATIVES ON OUTSIDE BODIES\nCllr Griffiths was appointed to the Penrhydd Regeneration Partnership in place of Cllr Bowen.\n\n"
    assert any("appointed to the Penrhydd Regeneration Partnership" in text for text in decisions(body))


def test_terse_elected_with_its_votes_under_the_posts_heading():
    body = "2. Election of Deputy Mayor. Cllr Medwyn Jones elected, 5 votes to 3 over Cllr Edwards.\n3. Apologies: Cllr Wyn Thomas.\n"
    assert any("Medwyn Jones elected, 5 votes to 3" in text for text in decisions(body))


def test_terse_elected_by_acclamation_after_the_nomination():
    body = (
        "1. Election of officers. Comm. Rasmusson nominated Arlene Bjornstad as Chair and Curtis Moe as\n"
        "Vice Chair; no other nominations. Bjornstad and Moe elected by acclamation.\n\n"
    )
    assert any("elected by acclamation" in text for text in decisions(body))


def test_a_history_of_who_was_elected_is_no_election():
    body = "6. Correspondence\nA letter from the Rugby Club, whose secretary was elected unopposed in 2019, asked about pitch fees.\n\n"
    assert not any("elected unopposed" in text for text in decisions(body))


def test_decision_status_field_of_a_decision_page_is_no_record():
    body = (
        "Decision details\n\nAmberley Falls Transit Fare Strategy 2026-2028\n"
        "Decision Maker: General Issues Committee\n"
        "Decision status: Recommendations approved (subject to ratification by Council)\n"
        "Is Key decision?: Yes\n\n"
    )
    assert not any("Decision status" in text for text in decisions(body))


def test_a_matter_with_its_outcome_participle_still_reads():
    body = "7. Finance\nPayments list October £8,915.33 approved.\n\n8. Close\n"
    assert any("Payments list October" in text for text in decisions(body))


def test_motion_not_seconded_is_no_decision():
    body = (
        "8. Traffic\nMr. Varga moved to reduce the speed limit on Orchard Hill Road to 25 mph; the motion was not seconded.\n\n"
        "9. Audit\nCouncillor Grassie moved that the audit of fleet management be brought forward to Quarter 4, but there was no seconder.\n\n"
    )
    found = decisions(body)
    assert not any("speed limit" in text or "fleet management" in text for text in found)


def test_motion_seconded_and_carried_stays():
    body = "8. Traffic\nMr. Varga moved to reduce the speed limit on Orchard Hill Road to 25 mph; Ms. Lee seconded. Motion carried 5-0.\n\n"
    assert any("speed limit" in text for text in decisions(body))


def test_motion_by_a_member_moved_but_not_seconded_is_no_decision():
    body = "5. Precept\nA motion by Cllr Stroud to veto the precept was moved but not seconded.\n\n6. Close\n"
    assert not any("veto the precept" in text for text in decisions(body))


def test_proposal_not_seconded_falls():
    body = (
        "26/004  Finance\n"
        "        RESOLVED: precept £14,750 to be requested from district.  4 for, 1 against (Cllr Fensome).\n"
        "        Cllr Arnott proposed also taking £1,000 from reserves for the Jubilee Field drainage - not\n"
        "        seconded, falls.\n\n"
        "26/005  Planning\n"
    )
    found = decisions(body)
    assert any("precept £14,750" in text for text in found) and not any("Jubilee Field" in text for text in found)


RECOMMENDATION_AGREED = (
    "2. SPORTS FIELDS\n"
    "Members expressed concern about the delay. The Director Community\n"
    "Services will follow up with DEDTEA and report back to the next\n"
    "Portfolio meeting.\n"
    "RECOMMENDATION TO EXCO:\n"
    "(i) That the report be noted;\n"
    "(ii) That R 850 000 be reprioritised in the 2025/26 budget for fencing\n"
    "and access road at Ebhuqwini, subject to the EIA approval.\n"
    "AGREED.\n\n"
    "3. GENERAL\n"
)


def test_recommended_list_wrapped_in_lower_case_and_agreed_is_one_decision():
    found = decisions(RECOMMENDATION_AGREED)
    assert any(text.startswith("(i) That the report be noted") and "EIA approval" in text for text in found)
    assert "AGREED." not in found


def test_recommended_list_with_no_agreement_stays_a_recommendation():
    found = decisions(RECOMMENDATION_AGREED.replace("AGREED.\n", ""))
    assert not any("R 850 000 be reprioritised" in text for text in found)


def test_motion_withdrawn_by_its_mover_is_no_decision():
    """kelsworth_bc_1.txt (invented): 'Councillor Quayle moved a motion calling on the Council to fund an additional 12 CCTV
    cameras in the town centre. With the consent of the meeting, Councillor Quayle withdrew the motion ...'."""
    found = [res.text for res in extract_path(INVENTED / "kelsworth_bc_1.txt").resolutions]
    assert any("Council Tax Support Scheme" in text for text in found)
    assert not any("withdrew the motion" in text or "CCTV cameras" in text for text in found)


def test_clerk_instructed_after_the_items_outcome_is_a_task_not_a_resolution():
    """nantygwernen_cc_1.txt (invented): the letter's outcome is 'noted'; the instruction after it is the task that follows
    (a bare instruction standing as an item's outcome is a decision: test_session42_forms)."""
    body = (
        "7. Correspondence\nLetter from Natural Resources Wales re tree felling at Coed y Garn – noted. The Clerk was instructed to ask "
        "NRW for the timetable of the works and the diversion of footpath 12.\n\n8. Close\n"
    )
    found = decisions(body)
    assert any("tree felling" in text for text in found)
    assert not any("timetable of the works" in text for text in found)


def test_clerk_authorised_is_still_a_resolution():
    body = "7. Lease\nThe Clerk was authorised to sign the lease of the allotment field for a further five years.\n\n8. Close\n"
    assert any("authorised to sign the lease" in text for text in decisions(body))


def test_amount_granted_keeps_the_request_on_its_line():
    body = (
        "4.  GRANT-IN-AID REQUESTS\n"
        "    Area C: Ossian Lake Snowmobile Club, trail grooming - $2,500. Approved.\n"
        "    Area E: Nordby Community Hall Society, furnace - $6,000. Approved $4,000.\n\n"
    )
    assert "Area E: Nordby Community Hall Society, furnace - $6,000. Approved $4,000." in decisions(body)


def test_amount_granted_under_its_request_line():
    body = "6. Discretionary fund\n\n• Ōtaupiri Rugby Club - new goal post pads, $1,450\nApproved $1,000\n\n7. Reports\n"
    assert any(text.startswith("Ōtaupiri Rugby Club") and text.endswith("Approved $1,000") for text in decisions(body))


def test_amount_granted_under_a_sentence_of_debate_stays_alone():
    body = "6. Discretionary fund\n\nMembers discussed the club's accounts at length.\nApproved $1,000 towards the pads.\n\n7. Reports\n"
    assert not any(text.startswith("Members discussed") for text in decisions(body))
