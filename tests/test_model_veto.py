"""The veto on the trained layer: what the model proposes passes the rules' negative checks.

The classifier is made to propose every sentence (threshold 0.0, item scope), so these tests
do not depend on the shipped weights: whatever a future model scores, the forms below are no
decision (ANNOTATION.md) and the veto must refuse them, while marker-less decisions, the long
tail the model is there for, must pass. Invented minutes in UK, Irish, US, Canadian,
Australian and New Zealand styles.
"""

from __future__ import annotations

import pytest

from minutes_miner.extract.model_veto import refused_action, refused_decision

HEAD = "Minutes of the meeting of Corrow Parish Council held on 5 May 2025\n\nPresent: Cllr R Amos (Chair), Cllr J Bell, Cllr K Carr\n\n"


def model_decisions(monkeypatch, body: str) -> list[str]:
    """The model's resolutions when it proposes every sentence of every item the rules found nothing in."""
    from minutes_miner.extraction import extract_document
    from minutes_miner.nlp.pipeline import get_pipeline
    from minutes_miner.readers.base import Document

    component = get_pipeline().get_pipe("minutes_trained")
    if component.classifier is None:
        pytest.skip("no trained model in models/trained")
    monkeypatch.setattr(component, "thresholds", {"DECISION": 0.0, "ACTION": 1.01})
    monkeypatch.setattr(component, "scopes", {"DECISION": "item", "ACTION": "item"})
    monkeypatch.setenv("MINUTES_MINER_LAYER", "both")
    extraction = extract_document(Document(path="corrow.txt", format="txt", text=HEAD + body), "test")
    return [r.text for r in extraction.resolutions if r.marker == "model"]


@pytest.mark.parametrize(
    "body",
    [
        # a motion that failed, lapsed or was withdrawn
        "5. Hall hire\nCllr Bell moved that the hire fee be waived for the Lions Club. The motion was put to the vote and lost.\n",
        "5. Fireworks\nMotion by Ortiz, second by Fenn, to fund the July fireworks display. Motion failed 1-4.\n",
        "5. Signage\nCllr Carr proposed that new village signs be bought. The proposal fell for want of a seconder.\n",
        "5. Verge cutting\nCr Amos moved that the verges be cut monthly.\nThe motion was withdrawn.\n",
        "5. Cycle lane\nMoved by Councillor Reid\nSeconded by Councillor Dunn\nThat Council build a cycle lane on King Street.\nDEFEATED\n",
        # put off, nothing decided
        "6. Bus shelter\nThe request for a new shelter was left to lie on the table.\n",
        "6. Rezoning\nThe application for rezoning was held over to the June meeting.\n",
        "6. Pool hours\nThe matter was stood down pending legal advice.\n",
        # a recommendation the meeting has not decided
        "7. Budget\nRecommendation to Council:\nThat the draft budget for 2025/26 be adopted.\n",
        "7. Library report\nStaff Recommendation: That Council receive the library report for information.\n",
        "7. Roading\nOfficer's recommendation\n1. Receives the Roading Programme report; and\n2. Approves the reseal programme for 2025.\n",
        # the agenda's own line
        "3. Minutes\nTo confirm the minutes of the meeting held on 2 April 2025.\n",
        "3. Accounts\nTo approve the schedule of accounts for payment.\n",
        "3. Minutes\nMinutes of the meeting of 7 April 2025, if correct, to be signed by the Chair.\n",
        # a question
        "8. Skate park\nWill the Council fund the new skate park this year?\n",
        # news of a decision, told or dated before the meeting
        "9. Grants\nThe Clerk reported that the grant application had been approved by the Lottery Fund.\n",
        "9. Town plan\nCr Walsh recalled that the town plan was adopted in 2019.\n",
        "9. Budget\nThe Mayor advised that the budget was approved at the last meeting.\n",
        # one person's or officer's act, not the body's, or a decision an officer took
        "10. Audit\nThe CFO noted the position on reserves and would report in March.\n",
        "10. Treasury\nThe Finance Manager agreed the cash flow forecast was cautious.\n",
        "10. Roads\nCllr Petrie agreed the resurfacing schedule looked optimistic.\n",
        "11. Licensing\nNot all late licences are approved in time, Member Okafor noted.\n",
        "11. Street trading\nAll street trading consents are approved by the licensing officer under delegated powers.\n",
    ],
)
def test_the_model_adds_no_form_the_rules_refuse(monkeypatch, body):
    assert model_decisions(monkeypatch, body) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Council agreed to fund the new gates at the cemetery.",
        "That the quotation from GreenCo for grass cutting be accepted.",
        "Members supported the proposal to extend the opening hours, which was carried.",
        "The hall hire fee was set at £20 an hour from 1 June.",
        "The Board approved the purchase of a new mower.",
        "Following a carried amendment, the motion to adopt the parking plan as amended was put and carried.",
        "The Panel noted the report.",
        "The IJB approved the Direction to the Health Board.",
        "The report was noted, and the Committee agreed to write to the Minister.",
        "Moved Cr Hale, seconded Cr Ng, that the grant to the Men's Shed be approved.",  # movers with what they moved
        "Minutes Approved",  # a short line with a word of deciding is no heading
        "Resolved - to approve the minutes of the meeting held on 4 May.",  # a label of deciding before the minutes
        "Members voted to confirm the minutes of 3 March.",
    ],
)
def test_a_decision_with_no_marker_passes_the_veto(sentence):
    text = "4. Business\n" + sentence + "\n"
    assert not refused_decision(None, text, text.index(sentence), len(text))


@pytest.mark.parametrize(
    "text, owner, task",
    [
        ("Section 5. The Town Clerk shall keep a register of dog licences.\n", "The Town Clerk", "keep a register of dog licences"),  # a law's standing duty
        ("In previous years the Clerk would write to every household before the fete.\n", "the Clerk", "write to every household before the fete"),  # a habit
        ("Cr Ng moved that the CEO write to the Minister; the motion lapsed for want of a seconder.\n", "the CEO", "write to the Minister"),  # a failed motion
    ],
)
def test_the_model_adds_no_action_the_rules_refuse(text, owner, task):
    owner_start = text.index(owner)
    task_start = text.index(task)
    assert refused_action(text, 0, len(text), owner_start, task_start, task, text[owner_start + len(owner) : task_start])


def test_a_commitment_passes_the_action_veto():
    text = "Mrs Okafor would contact the contractor about the broken lights.\n"
    task_start = text.index("contact")
    assert not refused_action(text, 0, len(text), 0, task_start, "contact the contractor about the broken lights", " would ")


@pytest.mark.parametrize(
    "sentence",
    [
        "E-on - Direct Debit - £48.20",  # a ledger row
        "Letter from the Highways Agency about the resurfacing of Mill Lane in March.",  # correspondence read out
        "The proposed extension would dominate the street scene and overlook the neighbouring gardens.",  # a planning comment's reasons
        "Refund of £12.50 VAT passed to the Hall Committee.",  # money handed on
        "The apologies were as listed above.",  # attendance
    ],
)
def test_a_sentence_with_no_word_of_deciding_is_refused(sentence):
    text = "6. Finance and correspondence\n" + sentence + "\n"
    assert refused_decision(None, text, text.index(sentence), len(text))


@pytest.mark.parametrize(
    "text, owner, task",
    [
        # no word of commitment between the owner and the task
        ("Write to the Highways Authority with the Town Council's reply about the verges\n", "the Town Council", "reply about the verges"),  # a possessive
        ("Item 7 replace the bench on the green Groundsman end of May\n", "Groundsman", "end of May"),  # an action table's cells read as one run
        (
            "The City Engineer, attended and presented the paving programme for 2026.\n",
            "The City Engineer",
            "attended and presented the paving programme for 2026",
        ),  # narrative
        (
            "The Mayor said the Borough would resurface Main Street in the spring.\n",
            "The Mayor",
            "the Borough would resurface Main Street in the spring",
        ),  # who said it
        ("Ms Dunne mentioned her plan to report on the survey to the committee at a later date.\n", "the committee", "at a later date"),  # an object
        # advised, urged, encouraged or reminded: an exhortation, not a task
        ("The Chair advised Mrs Dunne to raise the matter with the County Council.\n", "Mrs Dunne", "raise the matter with the County Council"),
        ("The Reeve reminded Councillor Tait to return his expense forms.\n", "Councillor Tait", "return his expense forms"),
        (
            "The Mayor urged the Ratepayers Association to make a submission on the draft plan.\n",
            "the Ratepayers Association",
            "make a submission on the draft plan",
        ),
        # the object of a preposition, not the one who acts
        ("The levy would fund a new roof on the depot of the Works Department and to replace the gates.\n", "the Works Department", "replace the gates"),
        ("Money was set aside for a meeting room beside the Youth Officer and to buy chairs.\n", "the Youth Officer", "buy chairs"),
        # a question
        ("Cr Li asked whether the CEO would write to the Minister about the bypass?\n", "the CEO", "write to the Minister about the bypass"),
        # a recommendation not yet decided
        ("Officer Recommendation:\nThat the Chief Executive be asked to prepare a heritage report.\n", "the Chief Executive", "prepare a heritage report"),
    ],
)
def test_the_model_adds_no_action_without_a_commitment(text, owner, task):
    owner_start = text.index(owner)
    task_start = text.index(task)
    sent_start = text.index("That") if text.startswith("Officer") else 0
    assert refused_action(text, sent_start, len(text), owner_start, task_start, task, text[owner_start + len(owner) : task_start])


@pytest.mark.parametrize(
    "text, owner, task",
    [
        ("Action: the Clerk to write to Highways about the blocked drain.\n", "the Clerk", "write to Highways about the blocked drain"),  # UK action note
        ("The Treasurer undertook to circulate the audited accounts before the AGM.\n", "The Treasurer", "circulate the audited accounts before the AGM"),
        (
            "The General Manager will arrange a site meeting with the residents of Hill Street.\n",
            "The General Manager",
            "arrange a site meeting with the residents of Hill Street",
        ),  # AU
        (
            "Council asked the Town Administrator to obtain three quotes for the roof.\n",
            "the Town Administrator",
            "obtain three quotes for the roof",
        ),  # a direction, not advice
        ("It was left to the Parks Manager to arrange the tree survey.\n", "the Parks Manager", "arrange the tree survey"),  # 'to' before the owner
        ("It was agreed for the Clerk to write to the bus operator.\n", "the Clerk", "write to the bus operator"),  # 'for' before the owner
    ],
)
def test_a_committed_task_passes_the_action_veto(text, owner, task):
    owner_start = text.index(owner)
    task_start = text.index(task)
    assert not refused_action(text, 0, len(text), owner_start, task_start, task, text[owner_start + len(owner) : task_start])


@pytest.mark.parametrize(
    "sentence",
    [
        # only a motion's movers: who moved, not what was decided
        "Motion Okoro, second Lindqvist.",
        "Moved Cr Hale, seconded Cr Ng",
        "Prop DW, sec AH.",
        # only a roll-call vote on a motion recorded beside it
        "Roll: Barros Y, Kemp Y, Ostrowski N. Passed.",
        "Reeve Tait aye, Councillor Moss aye, Councillor Lund nay. Carried.",
        # only an item's heading
        "Consent Calendar",
        "Planning Applications:",
        # the agenda's own line for the minutes
        "Minutes - to approve the minutes of the meeting held 9 October 2025.",
        "Item 2: to confirm the minutes of 14 August",
        # only 'agreed accordingly': the decision is the text above it
        "The Committee agreed accordingly.",
        "So resolved.",
        # an item put off to a later meeting
        "The item on the allotment rents was moved to April at the Clerk's request.",
        # a prediction in a planning comment ('will be generated'), no decision's 'be approved'
        "The junction is too narrow for the extra traffic that will be generated by the new houses.",
    ],
)
def test_a_block_of_movers_votes_or_a_heading_is_refused(sentence):
    text = "7. Business\n" + sentence + "\n"
    assert refused_decision(None, text, text.index(sentence), len(text))


@pytest.mark.parametrize(
    "text, owner, task",
    [
        ("The Board agreed to take it up at the budget workshop.\n", "The Board", "take it up at the budget workshop"),  # US fire district
        ("The Committee agreed to add the hedge survey to its work programme.\n", "The Committee", "add the hedge survey to its work programme"),  # English
        ("Council agreed to revoke the casual trading licence.\n", "Council", "revoke the casual trading licence"),  # Irish
    ],
)
def test_the_model_adds_no_task_for_a_body_deciding_for_itself(text, owner, task):
    owner_start, task_start = text.index(owner), text.index(task)
    lead = text[owner_start + len(owner) : task_start]
    assert refused_action(text, 0, len(text), owner_start, task_start, task, lead, owner, "BODY")
    assert not refused_action(text, 0, len(text), owner_start, task_start, task, lead, owner, "PERSON")  # the body's test, not the commitment's


@pytest.mark.parametrize(
    "text, block",
    [
        # an Irish municipal district's question on notice and the officer's reply
        (
            "8. Question submitted by Councillor A. Brennan\nI will ask at the next meeting how much has been allocated to the greenway.\n\nReply:\n\n"
            "The funding, which is managed by the Tourism Directorate, will be allocated to the greenway strategy and supported by match funding.\n",
            "The funding, which is managed by the Tourism Directorate, will be allocated to the greenway strategy and supported by match funding.",
        ),
        # an English council's written question with its response on the same line
        (
            "14. Questions from Members\nCllr Hart asked what the cost of the new parking charges consultation had been.\n"
            "Response: The consultation cost was approved within the existing budget of the Parking Service.\n",
            "The consultation cost was approved within the existing budget of the Parking Service.",
        ),
        # a Scottish council's 'Answer -' label line
        (
            "6. Question by Councillor Lamont\nWill the Council extend the school bus contract?\nAnswer -\nThe contract was extended to 2027 under delegated powers and noted by officers.\n",
            "The contract was extended to 2027 under delegated powers and noted by officers.",
        ),
    ],
)
def test_an_answer_to_a_question_is_refused(text, block):
    """What follows 'Reply:' / 'Response:' in an item answers a member's question: nothing is decided there."""
    start = text.index(block)
    assert refused_decision(None, text, start, start + len(block))


@pytest.mark.parametrize(
    "text, block",
    [
        # the label is a planning response's own decision, after the model's block: not an answer above it
        (
            "5. Planning\nThe Council agreed to object to the extension at 4 Mill Lane.\nResponse: objection sent.\n",
            "The Council agreed to object to the extension at 4 Mill Lane.",
        ),
        # 'Responses to the consultation' is no reply label
        (
            "5. Consultation\nResponses to the consultation were received from 12 residents.\nThe Committee approved the final scheme.\n",
            "The Committee approved the final scheme.",
        ),
    ],
)
def test_a_decision_with_no_reply_label_above_still_passes(text, block):
    start = text.index(block)
    assert not refused_decision(None, text, start, start + len(block))


def test_amendments_as_a_noun_are_no_word_of_deciding():
    """'the proposed amendments ... were set out in Appendix B' describes a report; 'the amendments were agreed' decides."""
    described = "A summary of the proposed amendments to the existing Policy were set out in Appendix B to the report"
    text = "13. Draft Licensing Policy\n" + described + "\n"
    assert refused_decision(None, text, text.index(described), len(text) - 1)
    for decided in ("The Committee amended the policy to remove paragraph 4.", "The amendments to the standing orders were agreed."):
        text = "13. Standing Orders\n" + decided + "\n"
        assert not refused_decision(None, text, text.index(decided), len(text) - 1), decided


@pytest.mark.parametrize(
    "sentence",
    [
        # an outcome denied: nothing was decided, as with a lost motion
        "Proposal to close the public conveniences over the winter - not agreed.",  # English parish shorthand
        "The Minutes of the meeting of 3 June were not approved and are to be corrected.",  # Scottish community council
        "The recommendation to increase the hall fees was NOT CARRIED.",  # Irish municipal district
        "The revised fee schedule has not yet been adopted.",  # US township
        # a remark of the one who presides, not the body's decision
        "The Mayor noted there were no changes to the order of business.",  # NZ district council
        "The Chair confirmed the order of the agenda.",  # English committee
        "The Reeve said the grader would be repaired next week.",  # Canadian rural municipality
    ],
)
def test_a_denied_outcome_or_the_chair_s_remark_is_refused(sentence):
    text = "4. Business\n" + sentence + "\n"
    assert refused_decision(None, text, text.index(sentence), len(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "The Council agreed not to proceed with the car park extension.",  # a decision not to act: 'not' after the outcome
        "It was resolved not to renew the lease of the kiosk.",
        "Members agreed that the Chair would sign the grant agreement.",  # the chair named in a decision the body made
    ],
)
def test_a_decision_not_to_act_passes_the_veto(sentence):
    text = "4. Business\n" + sentence + "\n"
    assert not refused_decision(None, text, text.index(sentence), len(text))


@pytest.mark.parametrize(
    "text, owner, task",
    [
        ("5. Website\nThe Clerk agreed to do so.\n", "The Clerk", "do so."),  # English parish
        ("6. Signage\nThe Town Manager would action this.\n", "The Town Manager", "action this."),  # Australian shire
        ("7. Culverts\nThe Director of Services undertook to follow up on it.\n", "The Director of Services", "follow up on it."),  # Irish county
    ],
)
def test_a_task_that_is_only_a_pro_form_is_refused(text, owner, task):
    owner_start, task_start = text.index(owner), text.index(task)
    sent_start = text.index(owner)
    assert refused_action(text, sent_start, len(text), owner_start, task_start, task, text[owner_start + len(owner) : task_start])


def test_a_task_with_its_own_words_after_do_passes_the_action_veto():
    text = "The Clerk agreed to do the risk assessment for the fete.\n"
    task = "do the risk assessment for the fete"
    assert not refused_action(text, 0, len(text), 0, text.index(task), task, " agreed to ")


@pytest.mark.parametrize(
    "sentence",
    [
        # an outcome only under a modal or a condition: a rule or an arrangement to come
        "Future payments will be authorised by two signatories.",  # English parish
        "All event permits must be approved by the Board before a licence is issued.",  # US township
        "The minutes, once approved, will be published on the council website.",  # Australian shire
        "Hall bookings at weekends should be endorsed by the ward councillor.",  # Irish municipal district
        # an officer's undertaking to inform, worded as agreed: an action, not a decision
        "It was agreed that the Head of Finance would circulate a breakdown of the costs.",
        "Members agreed that the Planning Manager would provide the appeal dates.",
    ],
)
def test_a_modal_arrangement_or_an_officer_s_undertaking_is_refused(sentence):
    text = "4. Business\n" + sentence + "\n"
    assert refused_decision(None, text, text.index(sentence), len(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "The hall fee was set at £20 an hour and will be reviewed in April.",  # a decision, then what is to come
        "That the fee shall be increased to £30 from 1 April.",  # 'shall' in a resolution's own wording
        "It was agreed that Cllr Noor would act as Chair for item 5.",  # the meeting's decision about a member
        "Members approved the grant, which will be paid in May.",
    ],
)
def test_a_decision_beside_a_modal_passes_the_veto(sentence):
    text = "4. Business\n" + sentence + "\n"
    assert not refused_decision(None, text, text.index(sentence), len(text))
