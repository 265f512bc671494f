"""Actions and their owners, family by family (../shared/challenges/generalisation.md, A1-A8).

Snippets are short invented minutes in the style of real ones; the `needs_shared` tests read
real minutes from the tuning part of ../shared/corpus/devpool (never the test part).
"""

from __future__ import annotations

import pytest

from helpers import actions_in, devpool, needs_shared, PARISH_HEAD

HEAD = PARISH_HEAD


# --- A1: owners without an honorific: firms, 'the officer', given names, initials ----------------


@pytest.mark.parametrize(
    "body, owner, task",
    [
        ("It was agreed to ask Greenway Landscapes Ltd to cut back the hedge on Mill Lane.", "Greenway Landscapes Ltd", "cut back the hedge on Mill Lane"),
        ("The officer said he would check the drainage records and report back.", "officer", "check the drainage records and report back"),
        ("Priya Shah (Project Officer) presented the plan. Priya would circulate the revised timetable.", "Priya", "circulate the revised timetable"),
        ("JB will contact the insurers about the claim.", "JB", "contact the insurers about the claim"),
        ("Tom Hale and Ann Rees to draft the spring newsletter.", "Ann Rees", "draft the spring newsletter"),
        ("Administration is to obtain more information on the tender.", "Administration", "obtain more information on the tender"),
    ],
)
def test_owner_without_an_honorific(tmp_path, body, owner, task):
    assert (owner, task) in actions_in(tmp_path, body)


def test_a_given_name_inside_a_place_name_is_no_owner(tmp_path):
    found = actions_in(tmp_path, "Residents of Denbigh Dale will contact the council about the verges.")
    assert not any(owner == "Dale" for owner, _ in found)


def test_a_given_name_does_not_break_a_council_name(tmp_path):
    found = actions_in(tmp_path, "It was agreed that Stanley Parish Council would write to the bus company about the timetable.")
    assert ("Stanley Parish Council", "write to the bus company about the timetable") in found


@needs_shared
def test_first_names_own_their_tasks_in_real_parish_minutes():
    found = {(a.owner, a.description) for a in devpool("huttonsambo_pc_1.txt").actions}
    assert ("Andy", "cut up and dispose of the wood") in found
    assert any(owner == "Richard" and task.startswith("draft a pro forma") for owner, task in found)


@needs_shared
def test_pronoun_commitment_follows_the_named_reporter():
    """'Mike Siers reports he is working on ... He will start working on an email listing'."""
    found = devpool("northstar_mn_1.txt").actions
    listing = [a for a in found if a.description.startswith("start working on an email listing")]
    assert listing and listing[0].owner == "Mike Siers"


# --- A2: commitment syntax ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "body, owner, task",
    [
        ("The Clerk had spoken to the contractor and would confirm the start date by email.", "Clerk", "confirm the start date by email"),
        ("Quotes were invited from Mr Bell, who would repaint the benches in May.", "Mr Bell", "repaint the benches in May"),
        ("Councillor Ahmed replied that she would take the matter up with the bus operator.", "Councillor Ahmed", "take the matter up with the bus operator"),
        ("Councillor Lee explained that the survey had closed but that he would be glad to share the raw data.", "Councillor Lee", "share the raw data"),
        ("Bonita Ryan has agreed to paint the photo stand-ins.", "Bonita Ryan", "paint the photo stand-ins"),
    ],
)
def test_commitment_wordings(tmp_path, body, owner, task):
    assert (owner, task) in actions_in(tmp_path, body)


def test_a_condition_is_not_a_commitment(tmp_path):
    body = "Cllr Hale commented that if masks are required, she would attend the meeting in person."
    assert actions_in(tmp_path, body) == []


def test_and_would_belongs_to_the_subject_not_to_an_object(tmp_path):
    found = actions_in(tmp_path, "PN to speak to Derek Lockwood and Chris Ward to confirm the issues and will send details to NC.")
    assert not any(owner == "Chris Ward" for owner, _ in found)


# --- A3 / A6: owner notes and labels -----------------------------------------------------------


def test_clerk_to_action_names_the_owner_of_the_task_before(tmp_path):
    found = actions_in(tmp_path, "8.1 It was agreed to order a new noticeboard for the green. Clerk to action\n\n8.2 Allotments\n")
    assert found == [("Clerk", "order a new noticeboard for the green")]


def test_numbered_action_label_takes_the_owners_own_clause(tmp_path):
    found = actions_in(tmp_path, "8.2 A poster will be designed for the fun day and RT to print copies for the shop.Action 5.02: RT\n")
    assert ("RT", "print copies for the shop") in found


@needs_shared
def test_clerk_to_action_notes_in_real_minutes_are_not_tasks_themselves():
    found = devpool("stweonards_pc_2.txt").actions
    assert found and not any(a.description.split()[0] == "action" and len(a.description.split()) <= 2 for a in found)
    assert any(a.owner == "Clerk" and a.description.startswith("contact Graham Hornsby") for a in found)


def test_need_to_is_no_name_and_a_walk_with_the_chair_no_task(tmp_path):
    body = "9.2 Allotments\n(b) Need to check the insurance renewal date.\n\nA walkabout will take place with the Chair to inspect the verges.\n"
    assert actions_in(tmp_path, body) == []


# --- A4 / A5: directing decisions and note lines under a heading ------------------------------------


@pytest.mark.parametrize(
    "body, owner, task",
    [
        (
            "RESOLVED – That the Clerk writes to the Highways Authority about the speed signs.",
            "Clerk",
            "writes to the Highways Authority about the speed signs",
        ),
        ("It was agreed that the Town Council would seek quotes for new planters.", "the Town Council", "seek quotes for new planters"),
        ("7 (2) Bus Shelter – Repairs\nThe Clerk to obtain a quote from the contractor.", "Clerk", "obtain a quote from the contractor"),
        (
            "COMMUNICATION REPORT\nCarrie to select an email service provider for the newsletter.",
            "Carrie",
            "select an email service provider for the newsletter",
        ),
        ("The Council AGREED to ask Tracy, the Lengthsman, to tidy up the overgrown path.", "Tracy", "tidy up the overgrown path"),
    ],
)
def test_directions_and_notes(tmp_path, body, owner, task):
    assert (owner, task) in actions_in(tmp_path, body)


@needs_shared
def test_bulleted_list_after_would_gives_one_task_per_item():
    found = [a for a in devpool("ystradgynlais_tc_2.txt").actions if a.owner == "the Company"]
    assert len(found) == 6
    assert found[0].description.startswith("Provide copies of the context plan")
    assert any(a.description.startswith("Clarify limitations on HGV deliveries") for a in found)


@needs_shared
def test_authorise_with_an_aside_before_to():
    """'authorize the Town Administrator, or his agent, to conduct an inquiry'."""
    found = devpool("wellfleet_ma_1.txt").actions
    assert any(a.owner == "Town Administrator" and a.description.startswith("conduct an inquiry") for a in found)
    assert not any(a.owner == "the Board" and a.description.startswith("consider") for a in found)


# --- A7 / A8: not tasks --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "The Monitoring Officer invited the Board to appoint a Vice-Chair for the year.",
        "Councillors to register any interest in items on tonight's agenda.",
        "Cllr Hale declared an interest in item 6. She said she would keep an open mind and take part in the vote.",
        "It was agreed that Cllr Noor would act as Chair for item 5.",
        "It was noted that the Committee should continue to challenge partners on delays.",
        "Members asked why grant claims were not being checked by the Finance Officer before submission.",
        "The Chairman will announce his decision as to whether there are any urgent items.",
        "During discussion, the Commission agreed to keep the town hall meetings on Saturdays at 10 a.m.",
        "The Committee shall prior to each Annual Town Meeting prepare and publish a report.",
        "A motion by Tr. Parro and seconded by Tr. Baggett to approve the monthly expenditures as presented.",
        "Cllr Gregory as a District Councillor on this Full Council will make their comments and decisions later.",
        "Stiles have been replaced in conjunction with Bradford Council who will match-fund each stile replacement.",
    ],
)
def test_acts_at_the_meeting_and_views_are_not_tasks(tmp_path, body):
    assert actions_in(tmp_path, body) == []


def test_a_question_inside_a_task_is_not_a_second_task(tmp_path):
    found = actions_in(tmp_path, "The Clerk will find out how the council will pay for the new gates.")
    assert found == [("Clerk", "find out how the council will pay for the new gates")]


@needs_shared
def test_authority_to_sign_the_minutes_is_no_task():
    assert not any(a.description.startswith("sign the minutes") for a in devpool("powys_1.txt").actions)


# --- owner patterns stay linear on hostile runs -----------------------------------------------------


def test_given_names_are_read_in_one_pass_over_long_runs():
    """A run of thousands of given names is read in linear time (the known blow-up is elsewhere)."""
    import time

    from minutes_miner.nlp.pipeline import get_pipeline

    nlp = get_pipeline()
    ruler = nlp.get_pipe("minutes_owners")
    doc = nlp.make_doc("Andy " * 20000 + "will write.")
    started = time.perf_counter()
    names = list(ruler._given_names(doc))
    assert time.perf_counter() - started < 2
    assert all(len(span) <= 3 for span in names)


def test_firm_owner_pattern_has_only_bounded_repeats():
    import json

    from minutes_miner.resources import models_dir

    patterns = [json.loads(line) for line in (models_dir() / "patterns" / "owners.jsonl").read_text().splitlines()]
    firm = [p for p in patterns if p["id"] == "firm"]
    assert firm and all(token.get("OP") not in {"+", "*"} for token in firm[0]["pattern"])


@pytest.mark.parametrize(
    "body",
    [
        "Failure to comply with the code may result in cancellation of the contract.",
        "Requirement to work with other local authorities in the region.",
        "It was felt that officers should review the parking scheme again.",
        "Cllr Hale thanked the volunteers.\n\nThe hall was busy. Heating was discussed. Bookings rose. He would write to the hirers.",
    ],
)
def test_nouns_views_and_distant_pronouns_own_no_task(tmp_path, body):
    assert actions_in(tmp_path, body) == []


def test_an_agreed_should_is_still_a_task(tmp_path):
    assert ("Clerk", "write to the hirers about the heating") in actions_in(
        tmp_path, "It was agreed that the Clerk should write to the hirers about the heating."
    )


def test_an_owner_does_not_end_in_and(tmp_path):
    found = actions_in(tmp_path, "The agreement shall be prepared by the Director of Law and shall contain such terms as he deems necessary.")
    assert found and all(not owner.endswith(" and") for owner, _ in found)


# --- precision on unseen councils: what is said is not always what is committed -------------------


@pytest.mark.parametrize(
    "body",
    [
        # advice or opinion: 'should' with no decision or request before it
        "Mayor Hale stated Mr. Bowen should conduct further analysis before other measures are implemented.",
        "It also was recommended that the Corporate Parenting Forum should take over the role of the Safeguarding Panel.",
        # a plea put to the meeting's own body by a speaker, and a direction inside it or inside advice
        "Marie Tanner, 115 Woodland Way, spoke in opposition and asked Council to slow down and pause the process.",
        "The draft report to Cabinet proposed that the Council open three children's homes of its own.",
        "He requested Council direct staff to research the possibility of renting roof space for solar panels.",
        "Mayor Hale stated that Council should wait; Council should direct staff to review other ways to remedy the problem.",
        # answers and acts at the meeting itself
        "Councillor Noor requested staff to comment on the claim of defects in the appraisal.",
        "The City Attorney asked Mr. McKay to clarify if his testimony was representing the residents' association.",
        "The Chair will then invite Members to make their disclosure orally at the commencement of Agenda item 3.",
        "The Chair advised that the committee noted Part A of the report and agreed to discuss it further under Part B.",
        "Kirsty Peden explained that she would help June through the meeting and carry on as Chair for the rest of the meeting.",
        "Councillor Stephen Murray will pay tribute to Roger Baddock. The Chairman will read the following announcement.",
        "The Mayor invited Councillor Smith to address the meeting. Councillor Jones agreed to second the motion.",
        "Cllr Hale declared a pecuniary interest in item 7 and would take no part in the discussion or vote.",
        "The Chairman welcomed Mr Davies and the Chair asked the Clerk to give her report.",
        # negated, relative 'that would', no one in particular, recitals, permissions, signature lines
        "Transportation Councilor Bahrman clarified that she will no longer continue to be the transportation chair.",
        "Councilor Tuttle asked to add two items to Section II, Item 9, that would clarify the orientation of the dock.",
        "He stated that a mayor was not needed and the people of Kent should be given what they want and would benefit from it.",
        "Whereas, the Gas Company has requested the Director of Public Service to convey certain easement rights.",
        "Council's objection to said permit must be received by the Director of Liquor Control within 30 days of notification.",
        "To be signed by the Chair",
        "The Committee agreed to recommend to Council that the fees be increased.",
        "Cllr Lee would join the meeting later.",
    ],
)
def test_what_is_said_or_done_at_the_meeting_is_no_commitment(tmp_path, body):
    assert actions_in(tmp_path, body) == []


@pytest.mark.parametrize(
    "body, owner, task",
    [
        ("It was agreed that the Clerk should write to the hirers about the heating.", "Clerk", "write to the hirers about the heating"),
        (
            "RESOLVED that the Council:\n(a) notes the report; and\n(b) asks the Corporate Parenting Panel to review the Local Offer by March.",
            "the Corporate Parenting Panel",
            "review the Local Offer by March",
        ),
        (
            "Members requested that Lincolnshire County Council repair the footway on Mill Lane.",
            "Lincolnshire County Council",
            "repair the footway on Mill Lane",
        ),
        ("Councillor Lee explained that the survey had closed but that he would be glad to share the raw data.", "Councillor Lee", "share the raw data"),
        ("The Clerk will report back at the next meeting on the cost of the gates.", "Clerk", "report back at the next meeting on the cost of the gates"),
    ],
)
def test_commitments_next_to_those_families_stay(tmp_path, body, owner, task):
    assert (owner, task) in actions_in(tmp_path, body)


def test_a_body_relaying_a_request_leaves_the_task_to_whom_it_asked(tmp_path):
    found = actions_in(tmp_path, "The Council agreed to ask the Clerk to write to the police about parking.")
    assert found == [("Clerk", "write to the police about parking")]


@pytest.mark.parametrize(
    "body, owner, task",
    [
        # a commitment in the progressive, when its verb is a task verb
        (
            "Administration will be calling all organizations and confirming their various events.",
            "Administration",
            "calling all organizations and confirming their various events",
        ),
        (
            "The Chair advised that he would be discussing the subject of topic reviews with the Chief Executive.",
            "Chair",
            "discussing the subject of topic reviews with the Chief Executive",
        ),
        # posts of councils outside the UK, and a post printed before the name of who holds it
        (
            "RESOLUTION: 2008.11.2 That the Chief Executive Officer obtain legal advice on business rates.",
            "Chief Executive Officer",
            "obtain legal advice on business rates",
        ),
        (
            "City Manager/ City Recorder Leanne Moll will call for a current quote for the park bench.",
            "City Recorder Leanne Moll",
            "call for a current quote for the park bench",
        ),
        (
            "The department will work with the clerks to check on available grant money.",
            "The department",
            "work with the clerks to check on available grant money",
        ),
        # an action note after a dotted item reference
        ("4.2 Item 4.2.3 –EW to contact One Voice to ask for advice.", "EW", "contact One Voice to ask for advice"),
    ],
)
def test_progressive_commitments_and_posts_abroad(tmp_path, body, owner, task):
    assert (owner, task) in actions_in(tmp_path, body)


@pytest.mark.parametrize(
    "body",
    [
        "Carrie Landman will be learning about the clerk job that she will take over in February.",
        "Councillor Helme said she would be viewing the application fairly and with an open mind.",
        "The Chief Executive would be reading out a statement on behalf of the Leader.",
    ],
)
def test_a_progressive_state_is_no_task(tmp_path, body):
    assert actions_in(tmp_path, body) == []


@pytest.mark.parametrize(
    "body, owner, task",
    [
        ("Anglian Water have been chased and they have now promised to fix the leak.", "Anglian Water", "fix the leak"),
        ("The Environment Agency will clear the culvert in the spring.", "The Environment Agency", "clear the culvert in the spring"),
        ("Network Rail agreed to repair the fence by the level crossing.", "Network Rail", "repair the fence by the level crossing"),
    ],
)
def test_outside_organisations_own_their_promises(tmp_path, body, owner, task):
    assert (owner, task) in actions_in(tmp_path, body)


@pytest.mark.parametrize(
    "body",
    [
        "Cllr Ryves agreed to be the third signatory.",
        "Mrs Clements agreed to be a member of this committee.",
        "Frank Reid proposed that Carole be invited to join the Parish Council.",
        "Supervisor Liccar mentioned that 5 homes were being reviewed by John for grass and weed violations.",
        "First Supplement to agreement with Sherman Hill Association, Inc. to permit placement of light poles.",
    ],
)
def test_roles_accepted_work_under_way_and_titles_are_no_tasks(tmp_path, body):
    assert actions_in(tmp_path, body) == []


def test_an_officer_passing_a_request_on_keeps_the_task(tmp_path):
    found = actions_in(tmp_path, "The Clerk is to instruct CP Tree Services Ltd to proceed with the works.")
    assert found == [("Clerk", "instruct CP Tree Services Ltd to proceed with the works")]


def test_a_name_in_apposition_before_a_post_is_kept_with_it(tmp_path):
    body = "Harriet Lomas, Democratic Services Officer, confirmed that she would add the Sufficiency Strategy to the agenda for September."
    assert ("Harriet Lomas, Democratic Services Officer", "add the Sufficiency Strategy to the agenda for September") in actions_in(tmp_path, body)


# --- action tables and labels ------------------------------------------------------------------------


def test_an_action_table_gives_one_action_per_row_with_its_owner_and_due(tmp_path):
    from minutes_miner.extraction import extract_path

    body = (
        "ACTIONS ARISING\n\n| No. | Action | Owner | Due |\n|---|---|---|---|\n"
        "| 1 | Write to Highways about the potholes on Mill Lane | Clerk | March |\n"
        "| 2 | Obtain three quotes for the bus shelter repairs | Cllr Hale | April |\n"
    )
    path = tmp_path / "minutes.md"
    path.write_text(HEAD + body, encoding="utf-8")
    found = [(a.owner, a.description, a.due_text) for a in extract_path(path).actions]
    assert found == [
        ("Clerk", "Write to Highways about the potholes on Mill Lane", "March"),
        ("Cllr Hale", "Obtain three quotes for the bus shelter repairs", "April"),
    ]


def test_a_table_without_an_owner_column_gives_no_table_actions():
    from minutes_miner.extract.action_tables import table_actions
    from minutes_miner.extract.actions import _triggers

    text = "| Item | Minute | Action |\n| --- | --- | --- |\n| a) | The accounts were approved. | |\n"
    assert table_actions(text, _triggers()["tables"]) == []


@pytest.mark.parametrize(
    "body, expected",
    [
        ("Action: Clerk to circulate the revised budget to all members.", [("Clerk", "circulate the revised budget to all members")]),
        ("Discussion on the inspection report.\nAction: DL to get quotes for bark.", [("DL", "get quotes for bark")]),
        ("5. Footpaths. The stile on FP12 is broken. ACTION: Cllr Noor", [("Cllr Noor", "The stile on FP12 is broken")]),
    ],
)
def test_action_labels_holding_a_whole_note_or_following_a_report(tmp_path, body, expected):
    assert actions_in(tmp_path, body) == expected


@pytest.mark.parametrize(
    "body, owner, task",
    [
        ("Cllr Smith reported on the footpath. It was agreed that he would contact the landowner.", "Cllr Smith", "contact the landowner"),
        ("PCSO Davies gave the police report. She would arrange extra patrols near the school.", "PCSO Davies", "arrange extra patrols near the school"),
        ("Cllr Noor raised the state of the play area and said she would obtain quotes for new matting.", "Cllr Noor", "obtain quotes for new matting"),
        ("Councilmember Daysog said he would review the budget.", "Councilmember Daysog", "review the budget"),
    ],
)
def test_pronouns_after_a_decision_or_a_report_and_police_titles(tmp_path, body, owner, task):
    assert (owner, task) in actions_in(tmp_path, body)


@pytest.mark.parametrize(
    "body, owner, task",
    [
        (
            "Ms Leemya McKeown thanked the team. She mentioned her intention to report on the practice framework to the panel.",
            "Ms Leemya McKeown",
            "report on the practice framework to the panel",
        ),
        (
            "Mr Gabriel explained the timelines and his plan to provide options for the Charter Review Committee.",
            "Mr Gabriel",
            "provide options for the Charter Review Committee",
        ),
        (
            "RESOLVED that:\n\n(a) the Performance Scorecard be noted; and\n\n(b) the Head of Service report back on health assessments by the next meeting.",
            "Head of Service",
            "report back on health assessments by the next meeting",
        ),
    ],
)
def test_stated_intentions_and_lettered_directions(tmp_path, body, owner, task):
    assert (owner, task) in actions_in(tmp_path, body)


def test_a_referral_gives_the_referred_officer_a_task(tmp_path):
    found = actions_in(
        tmp_path,
        "7. Play area\nThe condition of the play area was discussed. Referred to the Clerk for a report on repair costs.\n"
        "8. Correspondence\nA letter from a resident about parking was referred to the Chairman for information.\n",
    )
    assert found == [("Clerk", "report on repair costs")]


@pytest.mark.parametrize(
    ("task", "expected"),
    [
        ("do so.", True),  # English parish: "The Clerk agreed to do so."
        ("action this", True),  # Irish: "Ms Pettit would action this"
        ("follow up on it", True),  # Canadian: "staff will follow up on it"
        (" pursue that ", True),  # NZ, padded as a task slice may be
        ("follow up on the drainage complaint", False),  # a task of its own
        ("do some research on costs", False),
        ("progress the bus shelter repairs", False),
    ],
)
def test_is_pro_form_is_the_one_test_of_a_task_that_names_nothing(task: str, expected: bool) -> None:
    """actions.is_pro_form is the public home of the pro-form pattern that model_veto.py also asks."""
    from minutes_miner.extract.actions import is_pro_form

    assert is_pro_form(task) is expected
