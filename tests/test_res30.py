"""Resolution families of session res30, with sentences quoted from the invented development documents.

A consultee council's response to a planning application printed on the line under the application's
reference ('(b) 26/2231/FUL  Land r/o ...' / '    Object – overdevelopment; ...'), references with a
district's number before them ('6/26/0131/FUL') or letters joined to the year ('F/YR25/0987/O'), and the
movers and vote closing a response's line; with the near-misses that must stay out."""

from __future__ import annotations

from helpers import resolution_texts

HEAD = "Minutes of the meeting of Ashcombe Parish Council held on 3 March 2026\nPresent: Cllr Hale, Cllr Noor\n\n"


def decisions(body: str) -> list[str]:
    return resolution_texts(HEAD + body)


def test_response_on_the_line_under_the_reference_is_one_record_per_application():
    body = (
        "PH/26/64 To consider the following planning applications\n\n"
        "(a) 26/2210/HOU  14 Fairfield Gardens – first floor side extension\n"
        "    Support.\n"
        "(b) 26/2231/FUL  Land r/o 2-8 Station Approach – erection of 4 flats\n"
        "    Object – overdevelopment; no parking provision; loss of trees T3 and T4.\n"
    )
    found = decisions(body)
    assert any(text.startswith("(a) 26/2210/HOU") and text.endswith("Support.") for text in found)
    assert any(text.startswith("(b) 26/2231/FUL") and "overdevelopment" in text and "26/2210" not in text for text in found)


def test_reference_with_letters_joined_to_the_year():
    body = "7. Planning\nF/YR25/0987/O  Land S of Main Street - up to nine dwellings\nObjection: outside the settlement boundary, flood zone 3.\n"
    assert any(text.startswith("F/YR25/0987/O") and "flood zone 3" in text for text in decisions(body))


def test_reference_with_a_district_number_before_it():
    body = "PE/26/10 Planning applications\n6/26/0114/HH – 21 Lower Fore Street – rear dormer\nSupport\n"
    assert any(text.startswith("6/26/0114/HH") and text.endswith("Support") for text in decisions(body))


def test_movers_and_vote_closing_the_response_line_belong_to_it():
    body = (
        "AGENDA ITEM 4 – Planning applications\n"
        "25/01122/C – Field 321456, Ballalough – change of use to equestrian\n"
        "Objection – additional traffic on an unadopted lane. Mr Teare / Mrs Faragher 4-1.\n"
    )
    found = decisions(body)
    assert any("unadopted lane" in text and text.endswith("Mr Teare / Mrs Faragher 4-1.") for text in found)


def test_a_count_of_objections_under_a_reference_is_no_response():
    body = "7. Planning\n26/2231/FUL  Land r/o 2-8 Station Approach – erection of 4 flats\nObjections: 12 letters received from neighbours.\n"
    assert not any("26/2231/FUL" in text for text in decisions(body))


def test_a_response_two_lines_under_the_reference_is_not_read_as_its_response():
    body = "7. Planning\n26/2231/FUL  Land r/o 2-8 Station Approach – erection of 4 flats\nThe Clerk read the officer's summary.\nSupport for the scheme from the school.\n"
    assert not any("26/2231/FUL" in text for text in decisions(body))


def test_a_decision_list_ends_before_the_next_numbered_item():
    body = (
        "9.    FINANCE REPORT - MONTH 6\n"
        "The Chief Finance Officer reported a projected overspend of £3.84m.\n"
        "The Board:\n"
        "a) noted the projected overspend;\n"
        "b) approved the recovery actions at Appendix 2.\n\n"
        "10.   CLINICAL AND CARE GOVERNANCE\n"
        "Dr Mowat presented the quarterly report. Two significant adverse events were under\n"
        "review. Falls in care homes had reduced by nine percentage points over the year.\n"
        "Noted.\n"
    )
    found = decisions(body)
    assert "Noted." in found
    assert not any("CLINICAL" in text for text in found)


def test_a_numbered_list_goes_on_after_a_blank_line():
    body = "5. Budget\nThe Committee:\n1. noted the report;\n\n2. approved the budget for 2026/27\n"
    found = decisions(body)
    assert any("noted the report" in text and "approved the budget" in text for text in found)


def test_the_next_items_withdrawn_is_not_this_decisions_outcome():
    body = (
        "5. OVERPROVISION - STATEMENT OF LICENSING POLICY\n"
        "The Depute Clerk reported that the consultation had closed with 19 responses. The Board agreed to hold a workshop in March to consider them.\n\n"
        "6. CIVIC LICENSING - not a Board item, withdrawn from the agenda.\n"
    )
    assert "The Board agreed to hold a workshop in March to consider them." in decisions(body)


def test_a_withdrawn_motion_after_a_blank_line_in_its_own_item_stays_out():
    body = "5. Motion\nCouncillor Hale moved that the Council buy the field.\n\nThe motion was withdrawn.\n"
    assert not any("buy the field" in text for text in decisions(body))


def test_a_body_notes_licences_granted_under_delegated_powers():
    body = (
        "3. APPLICATIONS UNDER THE LICENSING (SCOTLAND) ACT 2005 - DELEGATED GRANTS\n"
        "The Board noted that since the last meeting 64 occasional licences, 11 minor variations and 9\n"
        "personal licences had been granted under delegated powers.\n"
    )
    assert any(text.startswith("The Board noted that since the last meeting") and "delegated powers" in text for text in decisions(body))


def test_a_body_notes_appeals_decided():
    body = "6.   Appeals Received and Decided\n     Minutes: The Committee noted that 3 appeals had been decided (2 dismissed, 1 allowed).\n"
    assert any("3 appeals had been decided" in text for text in decisions(body))


def test_a_body_notes_an_urgent_decision_taken_by_an_officer():
    body = (
        "53. Urgent Decisions\nThe Council noted the urgent decision taken by the Chief Executive on 2 November 2026 to release £48,000 "
        "from the Contingency Reserve for storm repairs to the seafront shelters.\n"
    )
    assert any(text.startswith("The Council noted the urgent decision taken") for text in decisions(body))


def test_a_fact_noted_in_debate_is_no_decision():
    body = "5. DA 2024/287\nThe Panel noted that the written request under clause 4.6 is well founded.\n"
    assert not any("well founded" in text for text in decisions(body))
    body = "4. Licences\nThe Board noted that the applicant may appeal to the Sheriff within 21 days.\n"
    assert not any("may appeal" in text for text in decisions(body))


def test_a_plural_title_with_a_full_stop_does_not_end_the_sentence():
    body = (
        "2025/216  Conferences and Training\n"
        "The Members approved attendance of Cllrs. Prunty and Cusack at the AILG training seminar on\n"
        "planning, Athlone, 29th November 2025.\n"
    )
    assert any(text.startswith("The Members approved attendance of Cllrs. Prunty") and text.endswith("2025.") for text in decisions(body))


def test_a_supervisors_title_with_a_full_stop_does_not_end_the_sentence():
    body = (
        "APPOINTMENTS\nThe Chair's appointment of Roger Tveit to the Library Board (term to 2029) was confirmed on a\n"
        "motion by Sup. Onsgard, seconded by Sup. Hauge. Carried.\n"
    )
    found = decisions(body)
    assert any("The Chair's appointment of Roger Tveit" in text and "seconded by Sup. Hauge" in text for text in found)
    assert not any(text.startswith("Onsgard") for text in found)


UPPER_TARRANT = (
    "PL/24/22 Applications received\n"
    "Ref Address Proposal PC response\n"
    "(a) P/HOU/2024/02871 Hillside, Crab Lane Single-storey rear extension and porch No objection\n"
    "(b) P/FUL/2024/03014 Land at Down Barn Erection of agricultural building (540 sq m) for straw storage Objection - scale and siting in the National "
    "Landscape; request landscaping condition if approved\n"
    "(c) P/HOU/2024/03120 2 Forge Cottages Replacement windows (listed building) No objection subject to Conservation Officer agreement\n"
    "(d) P/OUT/2024/02555 Land south of Tarrant Lane Outline for up to 38 dwellings Objection - see below\n"
)


def test_a_consultee_schedule_under_a_response_column_is_a_decision_a_row():
    found = decisions(UPPER_TARRANT)
    for ref in ("(a) P/HOU/2024/02871", "(b) P/FUL/2024/03014", "(c) P/HOU/2024/03120"):
        assert sum(text.startswith(ref) for text in found) == 1


def test_a_row_that_points_to_the_minute_below_is_not_its_decision():
    assert not any("P/OUT/2024/02555" in text for text in decisions(UPPER_TARRANT))


def test_decisions_received_from_the_planning_authority_are_still_not_this_meetings():
    body = "PL/24/23 Decisions received\nRef Address Proposal Decision\n(a) P/HOU/2024/01987 The Barn, Sheep Drove Rear extension Granted\n"
    assert not any("P/HOU/2024/01987" in text for text in decisions(body))


def test_a_body_notes_the_programme():
    body = (
        "### 3. Active Travel programme 2026\n\nMr. Foley outlined the 2026 allocation of €3.86m from the NTA for 14 schemes.\n\nThe SPC noted the programme.\n"
    )
    assert "The SPC noted the programme." in decisions(body)


def test_a_programme_noted_as_a_fact_in_a_longer_sentence_is_not_read_as_noted():
    body = "3. Roads\nThe Committee noted the programme would slip by six months because of the weather.\n"
    assert not any(text.startswith("The Committee noted the programme") for text in decisions(body))


def test_a_dashed_refusal_keeps_its_reason_and_is_its_own_rows_decision():
    body = "F.106 GRANTS\nHatchcombe Carnival Cttee - £1,500 - APPROVED\nHatchcombe Rugby Club (minibus) - £3,000 - REFUSED (not within policy)\n"
    found = decisions(body)
    assert "Hatchcombe Rugby Club (minibus) - £3,000 - REFUSED (not within policy)" in found
    assert any(text.startswith("Hatchcombe Carnival Cttee") and "Rugby" not in text for text in found)


def test_a_dashed_deferral_to_the_next_meeting_and_a_noting_with_no_comment():
    body = (
        "7. Grants\nOxenholt Foodbank £1,500 – approved\nOxenholt Rugby Club (minibus) £3,000 – deferred to next meeting; Clerk to ask for accounts\n\n"
        "8. Correspondence\nb) Wrexley DC - consultation on polling districts - noted, no comment\n"
    )
    found = decisions(body)
    assert any(text.startswith("Oxenholt Rugby Club (minibus) £3,000 – deferred to next meeting") for text in found)
    assert any(text.endswith("polling districts - noted, no comment") for text in found)


def test_a_heading_ending_in_a_deferral_in_capitals_is_no_decision_of_its_own():
    body = "MC 04/2025  LEASE OF ERF 2217 - DEFERRED\nDeferred to allow Legal Services to verify zoning.\n"
    assert not any("LEASE OF ERF" in text for text in decisions(body))


def test_a_capitals_marker_opening_its_own_sentence_mid_line_decides():
    body = (
        "EC 120/26 Grounds Maintenance Contract\n\n"
        "Members were advised that tenders had been received from 4 contractors. AGREED that the\n"
        "contract for Lot 2 (cemeteries) be awarded to Glenburn Landscapes Ltd at a value of\n£412,655 over 3 years, subject to call-in.\n"
    )
    assert any(text.startswith("that the contract for Lot 2") for text in decisions(body))


def test_a_capitals_marker_inside_a_sentence_stays_narrative():
    body = "5. Contract\nThe Clerk said the quote had been AGREED by the previous council in 2019 and no change was needed.\n"
    assert not any("previous council" in text for text in decisions(body))


def test_a_noting_on_its_own_line_under_a_line_of_figures_is_the_decision_alone():
    body = (
        "3.  MONTHLY EXPENDITURE - MIG PROJECTS\n    Expenditure to 31 July: R38,2 million of the R211,5 million allocation (18%).\n    Received.\n\n"
        "4.  GENERAL\n    Nothing raised.\n"
    )
    found = decisions(body)
    assert "Received." in found
    assert not any("MIG PROJECTS" in text for text in found)


def test_a_matter_line_with_a_participle_keeps_its_matter():
    body = "6. Appeals\nAppeal dismissed: NP/24/0871/FUL, Lower Bosvean (stables).\nNoted.\n\n7. Close\nThe meeting closed at 9pm.\n"
    assert "Noted." not in decisions(body)


def test_a_local_review_body_decides_under_its_own_name():
    body = (
        "3. REVIEW 25/0031/LRB\n"
        "    The Local Review Body agreed that it had sufficient information before it to determine the\n"
        "    review without further procedure.\n"
    )
    assert any("agreed that it had sufficient information" in text for text in decisions(body))


def test_an_outside_body_reported_is_not_the_meetings_decision():
    body = "4. Roads\nThe Clerk reported that the Highway Authority agreed to resurface the lane in May.\n"
    assert not any("resurface" in text for text in decisions(body))


def test_a_body_objecting_in_capitals_to_an_application():
    body = (
        "1192  PLANNING\n"
        "25/01203/A  Approval in principle for 6 dwellings, land off Close Sulby - The Board OBJECTED\n"
        "on grounds of access and drainage. Clerk to submit comments to Planning before 31st October.\n"
    )
    found = decisions(body)
    assert any(text.startswith("25/01203/A") and text.endswith("on grounds of access and drainage.") for text in found)


def test_a_titled_persons_initials_do_not_end_the_sentence():
    body = (
        "OC 04/2026  APPOINTMENT OF ACTING MUNICIPAL MANAGER\n"
        "Following a secret ballot (33 votes in favour, 9 against, 2 spoilt), it was RESOLVED that Mr T.L. Mabotja, Director\n"
        "Corporate Services, be appointed Acting Municipal Manager for a period not exceeding three months.\n"
    )
    assert any("Mabotja" in text and "be appointed Acting Municipal Manager" in text for text in decisions(body))


def test_an_advocates_title_does_not_end_the_sentence():
    body = (
        "C 12/2026  AUDIT COMMITTEE\nRESOLVED that Ms L. Pretorius CA(SA)\nand Adv. M. Radebe be appointed as members of the Audit and Performance "
        "Committee for a\nperiod of three years.\n"
    )
    assert any("Radebe be appointed" in text for text in decisions(body))


def test_initials_of_a_body_still_end_a_sentence():
    from minutes_miner.sentences import is_abbreviation

    text = "the Clerk to report to C.C.C. It was also noted that seven lights were out"
    assert not is_abbreviation(text, text.index("C. It") + 1)
    text = "the meeting closed at 8:41 p.m. Carried."
    assert not is_abbreviation(text, text.index("m. Carried") + 1)


def test_minutes_approved_alone_under_the_items_heading():
    body = "T2/25 Minutes of the Trustees meeting 18th March 2025\nConfirmed.\n\nT3/25 Annual accounts\nThe accounts were received.\n"
    found = decisions(body)
    assert "Confirmed." in found
    assert not any("T2/25" in text for text in found)


def test_minutes_approved_in_a_sentence_keep_the_sentence():
    body = "1. Minutes\nThe minutes of the meeting held on 3 February 2026 were approved and signed.\n"
    assert any(text.endswith("The minutes of the meeting held on 3 February 2026 were approved and signed.") for text in decisions(body))
    assert "approved and signed." not in decisions(body)


def test_agreed_after_a_matters_label_in_lower_case():
    body = (
        "25/122 Finance\nCurrent balance £12,640.55.\n"
        "Internal auditor for 2025/26: agreed to reappoint Pennine Parish Audit Services at £220.\n"
        "c) Internal auditor - agreed to re-appoint Fenland Audit Services for 2025/26, fee £220.\n"
    )
    found = decisions(body)
    assert any("reappoint Pennine Parish Audit Services at £220." in text for text in found)
    assert any("re-appoint Fenland Audit Services" in text for text in found)


def test_agreed_as_narrative_after_a_dash_is_not_read():
    body = "5. Hall\nThe hall roof - as agreed last year - will be repaired in May.\n"
    assert not any("repaired in May" in text for text in decisions(body))


def test_an_apologies_line_with_its_names_is_not_the_heading_of_the_minute_below():
    body = "Apologies - Neil Ferrier\n\nMinute of 5 Oct approved, proposed GU, seconded KB.\n\nChristmas tree - agreed, same as last year, up to £300.\n"
    assert any(text.startswith("Minute of 5 Oct approved") for text in decisions(body))


def test_an_apology_accepted_under_an_apologies_heading_is_still_attendance():
    body = "TC/24/71 Apologies\n\nCllr Delph (holiday) - accepted.\n"
    assert not any("Delph" in text for text in decisions(body))
