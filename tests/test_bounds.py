"""Where a decision's text ends: the motion's procedural tail, a 'Reason' label, the next entry of a list of applications.

A resolution is scored by the word-set F1 of its text, so one that runs on into the next item (its number and heading, the
movers and the vote, the reason for the decision, the next planning application) is both a miss and a false record.
Invented snippets in the forms of real minutes pages (New Zealand and Australian councils, English parishes, decision notices).
"""

from __future__ import annotations

from helpers import actions_in, resolution_texts

NZ_HEAD = "Minutes of the Ordinary Meeting of the Westbay Regional Council held on 14 March 2024\n\n"


def _only(found: list[str], start: str) -> str:
    texts = [t for t in found if t.startswith(start)]
    assert len(texts) == 1, found
    return texts[0]


def test_a_resolution_section_ends_after_its_movers_and_outcome():
    text = NZ_HEAD + (
        "1. Apologies\n"
        "Resolution\n"
        "WB4/24 That the apology for absence from Councillor Mara Tuhi be accepted.\n"
        "Hollis/Grange\n"
        "CARRIED\n"
        "2. Conflict of Interest Declarations\n"
        "There were no conflict of interest declarations.\n"
        "3. Chief Executive's Report\n"
        "The Chief Executive spoke to the report.\n"
    )
    found = resolution_texts(text, "westbay.txt")
    wording = _only(found, "WB4/24 That the apology")
    assert "Conflict" not in wording and "Chief Executive" not in wording, wording


def test_a_numbered_resolution_ends_at_its_vote_before_a_heading_glued_to_its_number():
    text = "Minutes of the Ordinary Meeting of the Kelby Shire Council held on 9 May 2023\n\n" + (
        "3.1Confirmation of minutes of 11 April 2023\n\n"
        "Resolution No. 2023/41\n"
        "That the minutes of the Ordinary Meeting of 11 April 2023 be confirmed as a true and correct record.\n"
        "Moved:Cr Dana Ashby\n"
        "Seconded:Cr Lee Fairweather\n"
        "Vote:AIF\n\n"
        "3.2Business arising from the minutes\n\n"
        "Nil.\n\n"
        "4.0Presentation - Road safety programme\n\n"
        "The Works Manager spoke about the programme for the coming year.\n"
    )
    found = resolution_texts(text, "kelby.txt")
    wording = _only(found, "That the minutes of the Ordinary Meeting")
    assert "Business arising" not in wording and "Presentation" not in wording, wording


def test_a_section_keeps_every_clause_of_its_decision():
    # near-miss: 'That the Council: 1 ... 2 ...' is ONE resolution with all its clauses, its movers and outcome after them
    text = NZ_HEAD + (
        "5. Annual Plan\n"
        "Resolution\n"
        "WB9/24 That the Council:\n"
        "1 Receives the report, Annual Plan Consultation;\n"
        "2 Notes the reason for the delay to the hearings set out in the report;\n"
        "3 Approves the consultation document for release.\n"
        "Hollis/Grange\n"
        "CARRIED\n"
        "6. General Business\n"
        "Nothing was raised.\n"
    )
    found = resolution_texts(text, "westbay.txt")
    wording = _only(found, "WB9/24 That the Council")
    assert "Receives the report" in wording and "reason for the delay" in wording and "Approves the consultation document" in wording, wording
    assert "General Business" not in wording, wording


def test_a_decision_naming_a_mover_in_its_wording_is_not_cut_there():
    # near-miss: a line of the decision that names someone is no procedural tail
    text = NZ_HEAD + (
        "7. Appointments\n"
        "Resolution\n"
        "WB12/24 That the Council:\n"
        "1 Appoints Councillor Ana Pohe as the Council's representative on the Joint Transport Committee;\n"
        "2 Thanks Councillor Ben Dray, who moved the original proposal, for his work on the committee.\n"
        "Hollis/Grange\n"
        "CARRIED\n"
    )
    found = resolution_texts(text, "westbay.txt")
    wording = _only(found, "WB12/24 That the Council")
    assert "Thanks Councillor Ben Dray, who moved the original proposal" in wording, wording


def test_a_decision_notice_ends_at_its_reason_label():
    text = "Executive decisions of the Northmoor District Council\n\nAgenda item 6\n\nCar Park Charges 2025-26\n\n" + (
        "Decision taken\n\n"
        "To approve the revised tariff and to take its effect on income into account when setting the budget.\n\n"
        "Reason\n\n"
        "The need to keep charges in line with the costs of maintaining the car parks over the next year.\n\n"
        "Options considered and rejected\n\n"
        "None\n"
    )
    found = resolution_texts(text, "northmoor.txt")
    wording = _only(found, "To approve the revised tariff")
    assert "The need to keep charges" not in wording, wording


def test_a_reason_inside_the_decision_is_kept():
    # near-miss: 'reason' in the wording, lower case or mid-line, is no label
    text = "Executive decisions of the Northmoor District Council\n\nAgenda item 7\n\nFees waiver\n\n" + (
        "Decision taken\n\n"
        "To waive the hire fee for the Youth Club, for the reason that the event raises funds for the hall.\n\n"
        "Reason\n\n"
        "The club is a registered charity.\n"
    )
    found = resolution_texts(text, "northmoor.txt")
    wording = _only(found, "To waive the hire fee")
    assert wording.endswith("raises funds for the hall."), wording


PARISH = "Minutes of the Planning Meeting of Lowfield Parish Council held on 2 April 2024\n\n"


def test_each_application_of_a_bulleted_list_has_its_own_decision():
    text = PARISH + (
        "41.2 To consider the following planning applications:\n"
        "- 24/500113/FULL 4 Mill Cottages Church Lane\n"
        "Erection of a single storey rear extension.\n"
        "Unanimously AGREED to recommend APPROVAL\n"
        "- 24/500178/FULL 2 Orchard Way\n"
        "Erection of a detached garage, to include a store above.\n"
        "Unanimously AGREED to recommend APPROVAL\n"
        "- 24/500201/SUB Old Forge Barn\n"
        "Consultee comment on discharge of conditions\n"
        "No Comments and AGREED to go with decision of Planning Officer\n"
        "41.3 To receive notifications of planning decisions\n"
    )
    found = resolution_texts(text, "lowfield.txt")
    approvals = [t for t in found if t.startswith("Unanimously AGREED to recommend APPROVAL")]
    assert approvals and all("Orchard Way" not in t and "Old Forge" not in t for t in approvals), found
    assert any(t.endswith("to go with decision of Planning Officer") for t in found), found


def test_a_decision_that_opens_a_bulleted_list_keeps_its_bullets():
    # near-miss: a wording that announces its list (a colon) keeps the bullets under it, whatever bullets stood above
    text = PARISH + (
        "42. Village green\n"
        "- the grass had been cut twice\n"
        "- two benches needed repair\n"
        "It was RESOLVED that the Clerk obtain quotes for the following:\n"
        "- repair of both benches\n"
        "- a new litter bin by the pond\n"
    )
    found = resolution_texts(text, "lowfield.txt")
    wording = _only(found, "that the Clerk obtain quotes")
    assert "repair of both benches" in wording and "litter bin" in wording, wording


# pages flattened by a crawler onto one line: the ends must hold without line breaks
FLAT_HEAD = "STRATHMORE COMMUNITY COUNCIL Meeting held on 6 May 2022 Present: A Reid, B Munro, C Gillies In Attendance: D Shaw, Clerk "


def test_a_flattened_decision_ends_before_a_label_glued_to_the_next_heading():
    text = FLAT_HEAD + (
        "RESOLVED to note that apologies had been received from Councillors E Baird and F Lyall. "
        "(a)Minute of Meeting held on 1 April 2022 The Minute of the Meeting held on 1 April 2022 was approved, being proposed by A Reid and seconded by B Munro. "
        "(b)Harbour Lights After discussion of the letter it was:- RESOLVED to write to the Harbour Trust in support of the new lights."
    )
    found = resolution_texts(text, "strathmore.txt")
    wording = _only(found, "to note that apologies")
    assert wording.endswith("F Lyall."), wording
    assert any(t.startswith("to write to the Harbour Trust") for t in found), found


def test_a_flattened_list_of_appointments_is_parted_at_its_bullets():
    text = FLAT_HEAD + "4. Officers Chair: AR was appointed • Treasurer: BM was appointed • Secretary: CG was appointed 5. Grants The grant list was discussed."
    found = resolution_texts(text, "strathmore.txt")
    assert not any("Treasurer" in t and "Secretary" in t for t in found), found


def test_bullets_a_colon_opens_stay_with_their_sentence():
    # near-miss: 'The following minutes: • Full Council ...' is one sentence whose list the bullet opens
    text = (
        FLAT_HEAD
        + "3. MINUTES The following minutes: • Full Council of 12 April 2022, copies of which had been circulated, were read and accepted as a true record."
    )
    found = resolution_texts(text, "strathmore.txt")
    assert any("Full Council of 12 April 2022" in t and "accepted as a true record" in t for t in found), found


def test_a_decision_sentence_ends_at_the_colon_above_its_schedule_of_payments():
    text = PARISH + (
        "44. Finance\n"
        "The following accounts were approved for payment:\n"
        "Paid by standing order\n"
        "Payee Detail Total VAT\n"
        "J Marsh Clerk Salary 412.50 0.00\n"
        "Invoices to be approved\n"
        "Hedgerow Ltd Verge cutting 310.00 62.00\n"
        "45. Councillor vacancy\n"
        "The vacancy notice had been published and was noted by the Council.\n"
    )
    found = resolution_texts(text, "lowfield.txt")
    assert "The following accounts were approved for payment:" in found, found


def test_a_decision_sentence_keeps_the_clauses_its_colon_announces():
    # near-miss: the colon's labelled list is the decision's own, and a line carrying on in lower case is the same sentence
    text = PARISH + (
        "46. Grants\n"
        "The following grants were approved:\n"
        "(a) Lowfield Youth Club, £250;\n"
        "(b) Lowfield Gardening Society, £150.\n"
        "47. Minutes\n"
        "The minutes of the meeting of 5 March were approved with the amendment:\n"
        "that item 6 record three objections, not two.\n"
    )
    found = resolution_texts(text, "lowfield.txt")
    assert any("Youth Club" in t and "Gardening Society" in t for t in found), found
    assert any("approved with the amendment:" in t and "three objections" in t for t in found), found


def test_a_carried_motion_starts_at_its_that_not_at_the_header_above_it():
    text = (
        "Westbay Regional Council\nOpen Minutes\nCommencing: Wednesday 4 December 2024, 09:30am\nVenue: Council Chambers, Harbour House\n"
        "Chairperson: Chair Ana Tere\nMembers: Cr Lou Marsh Cr Ben Dray Cr Ivy Cole\nApologies: Cr Ivy Cole\n"
        "The Chair reminded those present that the meeting was being recorded and that the recording would be on the website\n"
        "A karakia was provided by Cr Lou Marsh.\n"
        "That the Regional Council: 1 Accepts the apology from Cr Cole for lateness tendered at the meeting. CARRIED\n"
        "3. Declarations of Conflicts of Interest\nNone were declared.\n"
    )
    found = resolution_texts(text, "westbay.txt")
    wording = _only(found, "That the Regional Council: 1 Accepts the apology")
    assert "karakia" not in wording and "Commencing" not in wording, wording


def test_a_carried_motion_keeps_every_numbered_that_clause():
    # near-miss: '1. That ...' / '2. That ...' are the clauses of one motion, not a motion starting at the last 'That'
    text = NZ_HEAD + (
        "8. Library Hours\n"
        "The Library Manager spoke to the report\n"
        "1. That the report be received.\n"
        "2. That the winter opening hours be extended to 7pm on Thursdays.\n"
        "CARRIED\n"
    )
    found = resolution_texts(text, "westbay.txt")
    assert any("report be received" in t and "winter opening hours" in t for t in found), found


def test_a_web_paragraph_ends_at_its_line_break_with_no_stop():
    paragraph = (
        "Minutes of the Council Meeting held on 14.05.24 were read. 412/06 It was agreed to raise the state of the bridge "
        "at the next Highways panel meeting. 412/09 The date of the Carnival was confirmed. Minutes were unanimously confirmed as a True Record"
    )
    assert len(paragraph) >= 200
    text = PARISH + paragraph + "\nHighways Panel Meeting held on 21.05.24 Cllr Ruth Amos declared an interest in item 4 Planning.\n"
    found = resolution_texts(text, "lowfield.txt")
    assert any(t.endswith("Minutes were unanimously confirmed as a True Record") for t in found), found


def test_a_long_line_that_carries_on_is_not_ended_at_its_break():
    # near-miss: '...; and' / 'BE IT FURTHER RESOLVED ...' is one resolution however long its first line; a short line is a page's wrap
    text = "BOARD OF FIRE COMMISSIONERS OF THE NORTH VALE FIRE DISTRICT\nMinutes of the Regular Meeting, March 3, 2025\n\n" + (
        "NOW, THEREFORE, BE IT RESOLVED that the Board authorizes an expenditure of not more than $412,000 from the Equipment Reserve Fund "
        "for the purchase of a new rescue vehicle, subject to permissive referendum; and\n"
        "BE IT FURTHER RESOLVED that the District Secretary publish notice of this resolution in the official newspaper within ten days.\n"
        "Vote: 5-0. Adopted.\n\n"
        "It was agreed that the Chief would report on the condition of the hose\n"
        "Tower at the April meeting.\n"
    )
    found = resolution_texts(text, "northvale.txt")
    assert not any(t.startswith("that the District Secretary publish") for t in found), found
    assert any("Equipment Reserve Fund" in t and "publish notice" in t for t in found), found
    assert any(t.startswith("It was agreed that the Chief would report") and t.endswith("April meeting.") for t in found), found


def test_an_action_ends_at_the_owner_note_after_its_full_stop(tmp_path):
    body = (
        "6. Playing field\n"
        "A branch had fallen across the path by the pond. Clerk to contact highways.(Act Clerk)\n"
        "There are some untaxed cars on the road to the playing field. Chair will raise it on the estate walk. (Act CH)\n"
    )
    tasks = [task for owner, task in actions_in(tmp_path, body) if owner == "Clerk"]
    assert tasks and all("untaxed" not in task and "Act Clerk" not in task for task in tasks), tasks
    assert any(task.startswith("contact highways") for task in tasks), tasks


def test_an_action_naming_an_act_keeps_it(tmp_path):
    # near-miss: a statute the task names is no owner's note
    body = "7. Lighting\nClerk to check the consent needed under the Highways Act (1980) before the lamps are moved.\n"
    tasks = [task for owner, task in actions_in(tmp_path, body) if owner == "Clerk"]
    assert any("Highways Act (1980) before the lamps are moved" in task for task in tasks), tasks
