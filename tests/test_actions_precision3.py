"""False actions of families seen across national styles, and action notes typed in title case.

Snippets are short invented minutes in the style of US city councils, Canadian townships,
Australian shires, Irish municipal districts and English parishes.
"""

from __future__ import annotations

import pytest

from minutes_miner.extract.action_forms import lower_task_verbs

from helpers import actions_in

US_HEAD = "CITY OF RIVERTON\nCITY COUNCIL REGULAR MEETING MINUTES\nMarch 3, 2021\nPresent: Mayor Jones, Councilmember Lee, Councilmember Park\n\n"
AU_HEAD = "Shire of Barwon\nMinutes of the Ordinary Council Meeting held 3 March 2021\nPresent: Cr Walsh, Cr Nguyen\n\n"


@pytest.mark.parametrize(
    "body",
    [
        # the meeting's own ceremony, which North American and Australian minutes open with
        "The Clerk will call the roll.",
        "The Mayor will lead the Pledge of Allegiance.",
        "Pastor Lee would give the invocation.",
        "Mayor Dunn will read the Land Acknowledgement.",
        "The Shire President would declare the meeting open at 6pm.",
        # a start or a finish given only a time: a timetable, whoever's it is
        "The contractor will start on 5 May.",
        "The grass cutting contractor will begin in the spring and finish by October.",
        "The new Clerk will start on 1 April.",
        "Council was advised that the crew will commence works in the new year.",
    ],
)
def test_ceremony_and_timetables_give_no_action(tmp_path, body):
    assert actions_in(tmp_path, body, head=US_HEAD) == []
    assert actions_in(tmp_path, body, head=AU_HEAD) == []


@pytest.mark.parametrize(
    "body, owner, task",
    [
        # a start with an object is still a task
        ("The Clerk will start the process of recruiting a new handyman.", "Clerk", "start the process of recruiting a new handyman"),
        ("Staff will begin work on the design next month.", "Staff", "begin work on the design next month"),
        ("The Mayor will open the new library on Saturday.", "Mayor", "open the new library on Saturday"),
    ],
)
def test_starts_with_an_object_stay_tasks(tmp_path, body, owner, task):
    assert actions_in(tmp_path, body, head=US_HEAD) == [(owner, task)]


@pytest.mark.parametrize(
    "body, owner, task",
    [
        # action notes typed in title case: the owner from the note, the task from its verb
        ("ACTION: Clerk to Complete the grant application.", "Clerk", "complete the grant application"),
        ("The hedge on Mill Lane is overgrown. ACTION: Clerk to Write to Highways.", "Clerk", "write to Highways"),
        ("Action: Cllr Hale to Contact the school about parking.", "Cllr Hale", "contact the school about parking"),
        ("Clerk to Complete the grant application by Friday.", "Clerk", "complete the grant application by Friday"),
        ("Dave to Arrange a site visit with the contractor.", "Dave", "arrange a site visit with the contractor"),
        ("JB will Contact the insurers about the claim.", "JB", "contact the insurers about the claim"),
        # a proper noun or two between the verb and the rest of the sentence
        ("ACTION: Clerk to Contact Highways about the footpath.", "Clerk", "contact Highways about the footpath"),
        ("Action: Senior Engineer to Contact Irish Water about the leak.", "Senior Engineer", "contact Irish Water about the leak"),
    ],
)
def test_title_case_task_verbs_are_read(tmp_path, body, owner, task):
    assert actions_in(tmp_path, body) == [(owner, task)]


@pytest.mark.parametrize(
    "body",
    [
        # headings in title case: the word after 'to' is no task, or the heading goes on in capitals
        "Call to Order by Corporate Officer\nThe meeting was called to order at 10:36 AM.",
        "Amendment to Plan Review Process",
        "Response to Review of Polling Districts.",
        "Offer to Purchase Real Estate and Acceptance, Warranty Deed and Lease Agreement",
    ],
)
def test_title_case_headings_give_no_action(tmp_path, body):
    assert actions_in(tmp_path, body, head=US_HEAD) == []


def test_lowering_task_verbs_keeps_every_offset():
    text = "ACTION: Clerk to Complete the form. Report to Highways England. JB will Write to the MP."
    lowered = lower_task_verbs(text)
    assert len(lowered) == len(text)
    assert lowered == "ACTION: Clerk to complete the form. Report to Highways England. JB will write to the MP."


@pytest.mark.parametrize("head", [US_HEAD, AU_HEAD])
def test_the_agent_of_a_passive_is_not_the_subject_of_the_next_verb(tmp_path, head):
    # "shall be prepared by the Director of Law and shall contain ...": the contract contains, not the Director
    body = "The contract shall be prepared by the Director of Law and shall contain such other provisions as the Director of Law deems necessary."
    assert not any(task.startswith("contain") for _, task in actions_in(tmp_path, body, head=head))
    body = "The item was introduced by the Finance Director, who agreed to provide a breakdown by ward."
    assert actions_in(tmp_path, body, head=head) == [("Finance Director", "provide a breakdown by ward")]


@pytest.mark.parametrize(
    "body",
    [
        # 'it' after a person's 'said that' is no person: a cost, a time, an effect
        "Mr Read said that it would take a full year of tracking before results were known.",
        "The Clerk said it would cost around £500 to replace the sign.",
        "The Director advised that it would help to have the figures earlier.",
        # how things usually go
        "Normally, the Department would respond to such requests within two months.",
        "Usually the Clerk would write to residents before the works.",
        # the recitals of a resolution
        "AND WHEREAS under the Municipal Act, the Clerk shall record all resolutions of the council;",
        "Motion No. 1 Moved by Councillor Steen, WHEREAS the Mayor shall appoint members of the Executive Policy Committee;",
        "Whereas, the Gas Company has requested the Director to convey an easement.",
    ],
)
def test_impersonal_habitual_and_recital_give_no_action(tmp_path, body):
    assert actions_in(tmp_path, body, head=US_HEAD) == []


@pytest.mark.parametrize(
    "body, owner, task",
    [
        ("The Clerk said she would write to Highways.", "Clerk", "write to Highways"),
        ("Cllr Hale, who usually chairs the group, agreed to write to the school.", "Cllr Hale", "write to the school"),
        # after NOW THEREFORE BE IT RESOLVED the owner is in what was decided
        (
            "WHEREAS the Council has asked the Director of Public Works to prepare a plan; NOW THEREFORE BE IT RESOLVED that the Director of Public Works prepare a plan.",
            "Director of Public Works",
            "prepare a plan",
        ),
    ],
)
def test_commitments_beside_those_families_stay(tmp_path, body, owner, task):
    assert actions_in(tmp_path, body, head=US_HEAD) == [(owner, task)]


@pytest.mark.parametrize(
    "body",
    [
        # a member's or officer's part in the meeting's own business
        "Councilmember Lee will recuse herself from item 5.",
        "The City Attorney will read the ordinance by title.",
        "Mayor Jones said she would entertain a motion to approve the consent agenda.",
        "Cr Walsh will declare a conflict of interest in item 5.",
        "Mayor Jones would open the public hearing at 7:05 p.m.",
        "The Mayor will swear in the new councillors.",
        "Councilmember Park will move to approve the minutes.",
        # a report given at this meeting
        "The Chair welcomed PC Smith, who would give the police report.",
        # a story of the past, in the owner's clause
        "The City only had a $1000 fee in its ordinance at that time, and the developer was happy to just pay the fee and remove the trees.",
    ],
)
def test_meeting_business_and_past_stories_give_no_action(tmp_path, body):
    assert actions_in(tmp_path, body, head=US_HEAD) == []


@pytest.mark.parametrize(
    "body, owner, task",
    [
        ("Staff will continue the public outreach on the budget.", "Staff", "continue the public outreach on the budget"),
        ("The Clerk will give an update at the next meeting.", "Clerk", "give an update at the next meeting"),
        ("All the tenants were notified at that time; staff would ensure the tenant has all the facts.", "staff", "ensure the tenant has all the facts"),
        ("At the time of the next review, the Clerk will write to all residents.", "Clerk", "write to all residents"),
    ],
)
def test_tasks_beside_meeting_business_stay(tmp_path, body, owner, task):
    assert actions_in(tmp_path, body, head=US_HEAD) == [(owner, task)]


@pytest.mark.parametrize(
    "body",
    [
        # a feeling or a verb taking 'to' opens the sentence: no one's action note
        "Pleased to see the new benches installed on the green.",
        "Listen to residents and hopefully act on their concerns.",
        "Happy to help with the litter pick if needed.",
        "Sorry to hear of the passing of former councillor Jim Hale.",
        "Back to work on the village plan in the new year.",
        "Visit to inspect the footpath on 3 May.",
        "Glad to report the playground is open again.",
        "Open to residents from 10am on Saturday.",
    ],
)
def test_words_taking_to_are_no_owners(tmp_path, body):
    assert actions_in(tmp_path, body) == []


@pytest.mark.parametrize(
    "body, owner, task",
    [
        # given names the gazetteer does not hold still own a note with a task verb
        ("Siobhan to write to the school about parking.", "Siobhan", "write to the school about parking"),
        ("Gwilym to contact the contractor.", "Gwilym", "contact the contractor"),
        ("Bev to pay the invoice.", "Bev", "pay the invoice"),
        ("NB to research whether the grant covers the cost.", "NB", "research whether the grant covers the cost"),
    ],
)
def test_unlisted_given_names_still_own_notes(tmp_path, body, owner, task):
    assert actions_in(tmp_path, body) == [(owner, task)]


@pytest.mark.parametrize(
    "body, owner, task",
    [
        # a note in brackets ends at its closing bracket, not in the next item's words
        ("The memorial bench has been ordered.\n(Sue to pay) Remaining work on the footpath is due in May.", "Sue", "pay"),
        ("The hedge is overgrown.\n(Clerk to write to the landowner) The verge also needs cutting.", "Clerk", "write to the landowner"),
        # a bracket the task opens itself stays in it
        ("Cllr Hale agreed to contact the school (St Mary's) about parking.", "Cllr Hale", "contact the school (St Mary's) about parking"),
    ],
)
def test_a_bracketed_note_ends_at_its_bracket(tmp_path, body, owner, task):
    assert actions_in(tmp_path, body) == [(owner, task)]


@pytest.mark.parametrize(
    "body",
    [
        # the same sentence reports the task done
        "The Clerk had agreed to write to Highways and has now done so.",
        "Cllr Hale had offered to cut the hedge, which has now been completed.",
        "At the last meeting the Clerk agreed to write to Highways; this was done on 4 March.",
        "Matters arising: Clerk to write to Highways – done.",
        "Clerk to write to Highways (done).",
    ],
)
def test_tasks_reported_done_give_no_action(tmp_path, body):
    assert actions_in(tmp_path, body) == []


@pytest.mark.parametrize(
    "body, owner, task",
    [
        ("Clerk to check that the works have been completed.", "Clerk", "check that the works have been completed"),
        ("The Clerk will write to the contractor, who has now completed the first phase.", "Clerk", "write to the contractor"),
    ],
)
def test_done_words_about_something_else_keep_the_task(tmp_path, body, owner, task):
    assert actions_in(tmp_path, body) == [(owner, task)]
