"""Decision forms of councils the rules had not seen (issue 16): US motion records with their
outcome, disposition labels in title case, Irish and New Zealand forms, parish shorthand.

Snippets are short invented minutes in the style of real ones, run through the whole extraction.
"""

from __future__ import annotations

from helpers import resolution_texts

HEAD = "Minutes of the meeting of Ashcombe Parish Council held on 3 March 2021\n\nPresent: Cllr A Hale (Chair), Cllr B Noor, Cllr C Dale\n\n"
CITY = "CITY OF LAKEVIEW\nSUMMARY OF CITY COUNCIL MEETING\nMay 9, 2005\n\nROLL CALL: Present: Brooks, Coleman, Hensley and Vlassis.\n\n"


def decisions(body: str, head: str = HEAD) -> list[str]:
    return resolution_texts(head + body, "minutes.txt")


# --- US motion records: the outcome belongs to the record ------------------------------------


def test_motion_record_carries_its_seconder_and_outcome():
    found = decisions(
        "3. APPROVAL OF MINUTES\nCommissioner Reyes moved approval of the minutes. Commissioner Park seconded the motion. Motion passed (4-0, Lee abstained).\n",
        head=CITY,
    )
    assert len(found) == 1
    assert "Commissioner Park seconded the motion" in found[0] and "Motion passed" in found[0]


def test_motion_with_roll_call_keeps_the_all_in_favour_but_not_the_roll():
    found = decisions(
        "PARK BENCHES – Motion to approve the purchase of four park benches was made by Trustee Elm, seconded by Trustee Ash. "
        "All were in favor. Roll Call was taken as follows: Trustee Elm – yes, Trustee Ash – yes.\n",
        head=CITY,
    )
    assert len(found) == 1
    assert found[0].startswith("to approve the purchase of four park benches") and found[0].endswith("All were in favor.")


def test_mover_without_by_and_a_bare_motion_take_the_numbered_item():
    found = decisions(
        "05-1123 (B) Douglas Avenue Intersection Improvements - Pine Construction, Inc. Moved\nHensley to adopt. Motion Carried 4-0.\n",
        head=CITY,
    )
    assert found == ["05-1123 (B) Douglas Avenue Intersection Improvements - Pine Construction, Inc. Moved Hensley to adopt. Motion Carried 4-0."]


def test_bare_motion_reads_back_past_a_wrapped_number_and_a_page_break():
    found = decisions(
        "Motion Carried 4-0.\n05-1114 8. Approving Change Order No. 22 with Birch Construction Co. for additional work on the Fleur Drive\n\n"
        "Intersection Bridges for a total not to exceed $25,000. (Council Communication No.\n239) Moved by Hensley to adopt. Motion Carried 4-0.\n",
        head=CITY,
    )
    assert any(text.startswith("05-1114 8. Approving Change Order No. 22") and text.endswith("Motion Carried 4-0.") for text in found)


def test_short_procedural_wording_takes_its_item():
    found = decisions(
        "Motion Carried 4-0.\n99-510 39. Resolution denying application for Tax Abatement (Auto Parts property at 2927 S.E. 14th Street).\n"
        "Moved by Brooks to adopt denial of application. Motion Carried 4-0.\n",
        head=CITY,
    )
    assert any(text.startswith("99-510 39. Resolution denying application") for text in found)


# --- disposition labels in title case --------------------------------------------------------


def test_title_case_granted_alone_on_its_line_closes_the_application():
    found = decisions(
        "1. Maple Cafe LLC\n12 Harbor St., Lakeview\nHas applied for a Common Victualler License to be exercised on the above: one room on the first floor with kitchen.\n"
        "Manager: Jo Reyes\nGranted\n\n"
        "2. Oak Bar Inc.\nHolder of a Common Victualler License has petitioned to change the manager of the licensed business From: Al Fry To: Bo Lund.\n"
        "Granted, with a closing hour of 11:00 PM\n",
        head="CITY OF LAKEVIEW LICENSING BOARD\nVoting Agenda\nJanuary 5, 2023\n\n",
    )
    assert len(found) == 2
    assert "Common Victualler License" in found[0] and found[0].endswith("Granted")


def test_title_case_word_inside_a_sentence_is_no_label():
    assert decisions("5. Allotments\nPermission was Granted to the tenants in 2019 and nothing has changed.\n") == []


# --- agreed tasks that are decisions ---------------------------------------------------------


def test_it_was_agreed_that_the_clerk_would_act_is_a_decision():
    found = decisions("8. Vandalism\nIt was agreed that the Clerk would report the theft to the Police and to the insurance company.\n")
    assert len(found) == 1 and "report the theft" in found[0]


def test_it_was_agreed_that_an_officer_would_provide_information_is_not():
    assert decisions("8. Budget\nIt was agreed that the Head of Finance would circulate a breakdown of the costs.\n") == []


# --- parish, Irish and New Zealand forms -----------------------------------------------------


def test_correspondence_noted_and_taken_as_read():
    assert decisions("8. Correspondence\nCorrespondence was noted and taken as read.\n") == ["Correspondence was noted and taken as read."]


def test_capital_marker_opening_its_sentence_does_not_take_the_report_before_it():
    found = decisions("4. County Councillor's Report\n- Cllr Dale reported that the gritting lorry had been out twice in January. RESOLVED and noted.\n")
    assert found == ["and noted."]


def test_that_pursuant_to_the_community_board_resolves():
    found = decisions(
        "4. Election of Chairperson\n\n4.1 That pursuant to Schedule 7 Clause 25 of the Local Government Act 2002, the Westvale Community Board "
        "resolves to adopt the following system of voting to elect its Chairperson:-\n\n(a) The person elected receives the votes of a majority; and\n\n"
        "(b) A tie is resolved by lot.\n",
        head="Westvale Community Board\nMinutes of a meeting held on 4 November 2019\n\nPresent: Cr Hale, Cr Noor\n\n",
    )
    assert len(found) == 1 and "resolves to adopt the following system of voting" in found[0]


def test_candidates_accepted_onto_the_council():
    found = decisions("15.82 Co-option – two parishioners had applied for the vacancy. After a vote both candidates were accepted onto the Parish Council.\n")
    assert found == ["After a vote both candidates were accepted onto the Parish Council."]


def test_committee_noted_part_of_the_report():
    found = decisions("5. Budget monitoring\nAfter discussion the committee noted Part A of the report and agreed to discuss it further under Part B.\n")
    assert len(found) == 1 and "Part A of the report" in found[0]


def test_an_uncontested_nomination_for_a_post_is_the_election():
    found = decisions(
        "3. Election of Chair\nCllr. Ann Keating proposed Cllr. Bill Slattery for position as Cathaoirleach. This was seconded by Cllr. Sean Talty.\n"
    )
    assert len(found) == 1 and "Bill Slattery for position as Cathaoirleach" in found[0]


def test_contested_nominations_are_not_decisions_the_result_is():
    found = decisions(
        "3. Election of Cathaoirleach\nCllr. Ann Keating proposed Cllr. Bill Slattery as Cathaoirleach. Cllr. Joe Dunne proposed Cllr. Mary Farrell as Cathaoirleach. "
        "Cllr. Bill Slattery, on receiving the vote of the majority, was declared elected as Cathaoirleach.\n"
    )
    assert len(found) == 1 and "declared elected" in found[0]


def test_councillors_appointed_a_named_representative():
    found = decisions("7. Outside bodies\nUnited Charities – parish council representative – councillors appointed Peter Dance, all in agreement.\n")
    assert len(found) == 1 and "appointed Peter Dance" in found[0]


def test_agreed_without_that_before_a_be_clause():
    assert decisions("9. Finance\nAgreed cheques be signed and payments approved\n") == ["cheques be signed and payments approved"]
    assert decisions("9. Finance\nAgreed at length with residents before the vote would be held.\n") == []


def test_decision_to_at_the_start_of_a_line():
    found = decisions("10. Precept\nDecision to accept the spreadsheet and proceed with a precept request of £11,960.\n")
    assert found == ["to accept the spreadsheet and proceed with a precept request of £11,960."]
    assert decisions("10. Precept\nDecision to be made at the next meeting.\n") == []


def test_all_agreed_and_all_in_favour_opening_their_own_wording():
    assert decisions("8. Policies\nThe clerk circulated the revised HR policies. All agreed these should be adopted.\n") == [
        "All agreed these should be adopted."
    ]
    found = decisions("11. Speed watch\nResidents asked the council to back the new speed watch group. All in favour of supporting and encouraging this.\n")
    assert found == ["All in favour of supporting and encouraging this."]


def test_both_proposals_agreed_reads_back_to_the_proposals():
    found = decisions(
        "4. Presentation\nIt was proposed that Standing Orders be suspended for the presentation on the Local Plan.\n\n"
        "It was further proposed that Standing Orders be suspended for the open forum.\n\nBoth proposals were unanimously agreed by all the Cllrs.\n"
    )
    assert len(found) == 1
    assert found[0].startswith("It was proposed that Standing Orders be suspended") and found[0].endswith("agreed by all the Cllrs.")


def test_minutes_approved_after_how_they_were_amended():
    # how the minutes were taken may run to a dozen words before the outcome, a sum among them
    found = decisions(
        "2. MINUTES of the last meeting were taken as read, after amendment to item 13 to read £14500pa, agreed and duly signed by the Chairwoman.\n"
    )
    assert found == [
        "2. MINUTES of the last meeting were taken as read, after amendment to item 13 to read £14500pa, agreed and duly signed by the Chairwoman."
    ]


def test_minutes_discussed_then_another_sentence_agreed_is_no_approval():
    found = decisions("2. The minutes of the last meeting were discussed at length. Members agreed to hold a site visit.\n")
    assert not any(text.startswith("2. The minutes") and "site visit" in text for text in found)


def test_minutes_approved_by_their_proposer_and_seconder_named_with_and():
    # a community council's shorthand: the outcome under the heading, after a blank line, names who proposed and seconded
    found = decisions("2. Minutes of last meeting\n\nApproved by A Masson  and  N Margiotta\n\n3. Matters arising\n\nThe bench was repaired.\n")
    assert found == ["Approved by A Masson and N Margiotta"]
    found = decisions("2. Minutes of last meeting Approved by A Masson and N Margiotta\n")
    assert found == ["Minutes of last meeting Approved by A Masson and N Margiotta"]


def test_something_else_approved_by_two_people_under_no_minutes_heading_is_not_their_approval():
    found = decisions("5. Planning\n\nThe application was approved by the Chair and Vice Chair last week.\n")
    assert not any("Minutes" in text for text in found)
