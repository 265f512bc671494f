"""Families of action misses and false records on unseen councils (issue 16, session 8), each read in general.

Invented snippets in the styles of councils in England, Wales, Scotland, Ireland, the US, Canada,
Australia and New Zealand, with the near misses each rule must leave alone.
"""

from __future__ import annotations

import pytest

from helpers import actions_in


def _owners(tmp_path, body: str) -> dict[str, str]:
    return dict(actions_in(tmp_path, body))


# --- an action note that opens its item, right under the item's heading line --------------------


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        ("13. Website\nClerk to update the website with the new meeting dates.\n", "Clerk", "update the website"),  # English parish
        ("13. Website\nSarah to update the website with the new meeting dates.\n", "Sarah", "update the website"),  # a first name
        ("Item 6. Sidewalks\nStaff to obtain quotes for the Elm Street repairs.\n", "Staff", "obtain quotes"),  # US
        ("9. Bus Shelter\nCllr Noor to chase the glazier about the broken pane.\n", "Cllr Noor", "chase the glazier"),  # Welsh community council
        ("12. Grass cutting\nGreenways Ltd to quote for two additional cuts of the verges.\n", "Greenways Ltd", "quote for two"),  # a firm
        ("6.3 Leaking main\nAnglian Water to repair the leak on School Lane.\n", "Anglian Water", "repair the leak"),
        ("Previous business.\n\nPlay Area\nThe Clerk to book the annual inspection.\n", "Clerk", "book the annual inspection"),  # a paragraph heading
    ],
)
def test_a_note_under_its_item_heading_is_a_task(tmp_path, body, owner, task_start):
    tasks = _owners(tmp_path, body)
    assert tasks.get(owner, "").startswith(task_start), tasks


@pytest.mark.parametrize(
    "body",
    [
        "8.2 Allotments\nNeed to check the insurance renewal date.\n",  # no owner
        "12. Declarations\nCouncillors to register any interest in items on the agenda.\n",  # boilerplate, no owner entity
        "10. Thanks\nThe Chairman thanked the\nClerk to the Council for her work over the year.\n",  # a wrapped line of prose
        "11. Planning\nThe Clerk reported that the application had been approved.\n",  # done
    ],
)
def test_no_task_under_a_heading_without_a_note(tmp_path, body):
    assert actions_in(tmp_path, body) == []


# --- posts and units the owner ruler did not know ----------------------------------------------


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        ("The Allotment Warden to inspect plot 7 and report back.\n", "Allotment Warden", "inspect plot 7"),  # English parish
        ("The Hall Caretaker will check the boiler before the winter.\n", "Hall Caretaker", "check the boiler"),
        ("The Roads Superintendent will grade the Base Line road in May.\n", "Roads Superintendent", "grade the Base Line"),  # Canadian
        ("The Parks Team Leader will arrange for the swings to be replaced.\n", "Parks Team Leader", "arrange for the swings"),  # NZ
        ("Cllr Noor requested that the Housing Section provide an update on voids at the next meeting.\n", "the Housing Section", "provide an update"),  # Irish
        ("The Finance Team will send the budget figures to members by Friday.\n", "the Finance Team", "send the budget figures"),  # Scottish
    ],
)
def test_posts_and_named_units_own_tasks(tmp_path, body, owner, task_start):
    tasks = _owners(tmp_path, body)
    assert any(o.lower().endswith(owner.lower()) and t.startswith(task_start) for o, t in tasks.items()), tasks


@pytest.mark.parametrize(
    "body",
    [
        "The team will visit the site in the spring.\n",  # no one in particular: a named unit needs its name
        "RESOLVED that the Participation Team update be noted.\n",  # 'update' is the team's report, the verb is 'be noted'
        "The Allotment Warden reported that all plots had been let.\n",  # done
    ],
)
def test_unnamed_or_reported_units_are_no_owners(tmp_path, body):
    assert actions_in(tmp_path, body) == []


# --- a direction given in other words: "direction was given to", "consensus ... for staff to" -----


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        ("Council gave direction to staff to prepare a by-law for the closing of the road allowance.\n", "staff", "prepare a by-law"),  # Canadian
        ("Staff was given direction to draft a parking ordinance for the downtown.\n", "Staff", "draft a parking ordinance"),  # US
        ("The consensus of the Council was for staff to schedule a budget workshop in May.\n", "staff", "schedule a budget workshop"),
        ("It was the consensus of the Board to have the Village Manager obtain quotes for the roof.\n", "Village Manager", "obtain quotes"),
        ("Instructions were issued to the Clerk to seek legal advice on the boundary.\n", "Clerk", "seek legal advice"),  # English
    ],
)
def test_a_direction_in_other_words_is_a_task(tmp_path, body, owner, task_start):
    tasks = _owners(tmp_path, body)
    assert tasks.get(owner, "").startswith(task_start), tasks


@pytest.mark.parametrize(
    "body",
    [
        "The consensus of the Council was that no change to the fees was needed.\n",  # a view, no owner
        "Direction was given to the Clerk regarding the training budget.\n",  # no task named
        "Staff recommended that Council approve the purchase of a new plow truck.\n",  # advice to the meeting
    ],
)
def test_a_consensus_or_direction_without_a_task_is_none(tmp_path, body):
    assert actions_in(tmp_path, body) == []


# --- a request put as a question: "asked if the Clerk could ..." --------------------------------


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        ("Cllr Noor asked if the Clerk could request a new grit bin for Station Road.\n", "Clerk", "request a new grit bin"),  # English
        ("Members asked whether the Secretary could write to the Roads Department about the potholes.\n", "Secretary", "write to the Roads"),  # Scottish
        ("Councillor Noor enquired whether the Clerk would be able to circulate the road needs study.\n", "Clerk", "circulate the road needs"),  # Canadian
    ],
)
def test_a_request_put_as_a_question_is_a_task(tmp_path, body, owner, task_start):
    tasks = _owners(tmp_path, body)
    assert tasks.get(owner, "").startswith(task_start), tasks


@pytest.mark.parametrize(
    "body",
    [
        "Cllr Noor asked whether the County Council could fill the potholes on Mill Lane.\n",  # a question about another body
        "Cllr Noor asked if the contractor would be returning to finish the job.\n",  # a question of fact
        "Council Member Ortiz asked if the City Manager could explain the delay.\n",  # answered at the meeting
        "Jan inquired whether Clerk would take them.\n",  # a plain 'would': asks about an intention
        "Cr Noor asked if the CEO could confirm whether the grant had been received.\n",  # answered at the meeting
    ],
)
def test_a_question_is_no_task(tmp_path, body):
    assert actions_in(tmp_path, body) == []


# --- a post and a surname: "City Engineer Walsh will meet ..." -----------------------------------


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        ("City Engineer Walsh will meet with the property owners and report back to Council.\n", "City Engineer Walsh", "meet with the property"),
        ("Public Works Director Smith said he would get a price from the utility for the new lights.\n", "Public Works Director Smith", "get a price"),
        ("Town Clerk Ames agreed to post the notice on the website.\n", "Town Clerk Ames", "post the notice"),
    ],
)
def test_a_post_and_a_lone_surname_own_the_task(tmp_path, body, owner, task_start):
    tasks = _owners(tmp_path, body)
    assert tasks.get(owner, "").startswith(task_start), tasks


def test_a_heading_word_after_a_post_is_no_surname(tmp_path):
    tasks = _owners(tmp_path, "Clerk Report will be presented at the next meeting.\n")
    assert not any("Report" in o for o in tasks), tasks


# --- members as a group taking on work, in a clause after a comma -------------------------------


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        (
            "Pot holes are again appearing on the cart roads, there are plenty of road planings to fill these, Councillors will again fill these in.\n",
            "Councillors",
            "again fill these in",
        ),  # English parish
        ("The hall is free that evening; the Members will set out the chairs for the open meeting.\n", "Members", "set out the chairs"),  # Scottish
        ("Following discussion, Councillors will circulate a rota for the spring litter pick.\n", "Councillors", "circulate a rota"),
    ],
)
def test_members_as_a_group_after_a_comma_own_the_task(tmp_path, body, owner, task_start):
    tasks = _owners(tmp_path, body)
    assert tasks.get(owner, "").startswith(task_start), tasks


@pytest.mark.parametrize(
    "body",
    [
        "The consultation closes on 5 May, Members will recall that the Council objected last time.\n",  # memory
        "After the presentation, Trustees will vote on the levy at the December meeting.\n",  # a decision to come
        "As in previous years, Members would like to thank the Clerk for preparing the budget.\n",  # a wish
        "If the report is ready, Councillors will consider it in June.\n",  # the meeting's own business
    ],
)
def test_what_members_will_know_wish_or_decide_is_no_task(tmp_path, body):
    assert actions_in(tmp_path, body) == []


# --- 'bring' is a base form, not a participle: "requested staff bring back a report" ------------


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        ("Councilmember Ortiz requested staff bring back a report on short-term rentals.\n", "staff", "bring back a report"),  # US
        ("Cllr Noor requested the Clerk bring the tenancy agreement to the next meeting.\n", "Clerk", "bring the tenancy agreement"),  # English
        ("It was the consensus of the Board to have staff bring back options for the roof.\n", "staff", "bring back options"),
    ],
)
def test_a_request_to_bring_something_back_is_a_task(tmp_path, body, owner, task_start):
    tasks = _owners(tmp_path, body)
    assert tasks.get(owner, "").startswith(task_start), tasks


def test_a_participle_after_a_bare_request_is_still_no_task(tmp_path):
    assert actions_in(tmp_path, "Cllr Noor requested the Clerk preparing the accounts to stay late.\n") == []


# --- an action column flattened: the owner on the next line, or a member's initials at the line's end


NAMED_HEAD = "Minutes of the meeting of Ashcombe Parish Council held on 3 March 2021\nPresent: Rob Dean, Beth Moss, Jo Marsh\n\n"


@pytest.mark.parametrize(
    "body, owner, task_word",
    [
        ("8. Trees\nQuotes to be obtained for the tree work on the green.\nClerk\n9. Finance\nThe accounts were noted.\n", "Clerk", "obtained"),
        ("8. Trees\nQuotes to be obtained for the tree work on the green RD\n9. Finance\nThe accounts were noted.\n", "RD", "obtained"),
        ("8. Website\nThe new pages to be uploaded before the annual meeting BM & JM\n9. Finance\nNoted.\n", "BM & JM", "uploaded"),
    ],
)
def test_a_flattened_action_column_gives_the_owner(tmp_path, body, owner, task_word):
    tasks = dict(actions_in(tmp_path, body, head=NAMED_HEAD))
    assert task_word in tasks.get(owner, ""), tasks


@pytest.mark.parametrize(
    "body",
    [
        "30. Close\nThe meeting closed at 9.15pm.\nChairman\n",  # a signature
        "8. Licensing\nThe applicant wants to change the opening hours to 8:00 AM - 11:00 PM\n9. Finance\nNoted.\n",  # a time
        "8. Audit\nThe Clerk reported the audit was to be completed by Mazars LLP\n9. Finance\nNoted.\n",  # a firm
        "8. Boundaries\nThe re-alignment of boundaries is to be discussed at next week's CDC\n9. Finance\nNoted.\n",  # a body
        "8. Trees\nQuotes to be obtained for the tree work on the green KT\n9. Finance\nNoted.\n",  # initials of no one present
        "8. Trees\nThe Clerk reported that the tree work had been completed RD\n9. Finance\nNoted.\n",  # done: no task on the line
    ],
)
def test_no_owner_from_a_line_end_that_is_not_an_action_column(tmp_path, body):
    assert not [o for o, _ in actions_in(tmp_path, body, head=NAMED_HEAD) if o in {"Chairman", "PM", "AM", "LLP", "CDC", "KT", "RD"}]


# --- a pronoun's commitment after a semicolon: "...; he will circulate it" -----------------------


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        (
            "Cllr Patel has been in contact with the supplier and is awaiting a quote; he will circulate it when received.\n",
            "Cllr Patel",
            "circulate it",
        ),  # English parish
        ("The Secretary has spoken to the bus company; she will write to them to confirm the new timetable.\n", "Secretary", "write to them"),  # Scottish
        ("The Town Manager met with the contractor; he will bring a change order to the next meeting.\n", "Town Manager", "bring a change order"),  # US
    ],
)
def test_a_commitment_after_a_semicolon_is_the_speakers(tmp_path, body, owner, task_start):
    tasks = _owners(tmp_path, body)
    assert tasks.get(owner, "").startswith(task_start), tasks


def test_a_semicolon_clause_with_another_subject_is_not_the_speakers(tmp_path):
    tasks = _owners(tmp_path, "Cllr Patel has been in contact with the supplier; the fence will be repaired in May.\n")
    assert "Cllr Patel" not in tasks, tasks


# --- a decision that directs someone, its 'that' left out: "It was agreed the Clerk write to ..." -


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        ("It was agreed the Clerk write to the Environment Agency to request a site visit.\n", "Clerk", "write to the Environment"),  # English parish
        ("RESOLVED the Chairman contact the landowner about the hedge.\n", "Chairman", "contact the landowner"),
        ("It was decided the Secretary would obtain quotes for the new sign.\n", "Secretary", "obtain quotes"),  # Scottish
    ],
)
def test_a_directing_decision_without_that_is_a_task(tmp_path, body, owner, task_start):
    tasks = _owners(tmp_path, body)
    assert tasks.get(owner, "").startswith(task_start), tasks


@pytest.mark.parametrize(
    "body",
    [
        "It was agreed the Clerk salary increase be backdated to April.\n",  # a noun after the owner
        "It was agreed the Council response be sent as drafted.\n",  # the body's own response
    ],
)
def test_a_decision_about_an_owner_is_no_task(tmp_path, body):
    assert actions_in(tmp_path, body) == []


# --- an Irish acting post ("A/Senior Engineer") after the person's name -------------------------


@pytest.mark.parametrize(
    "body, name",
    [
        ("Mr. Tom Ryan, A/Senior Engineer, undertook to examine the junction at Quin Road.\n", "Tom Ryan"),
        ("Ms. Ann Hale, A/Director of Services, agreed to revert to the members on the housing grants.\n", "Ann Hale"),
    ],
)
def test_the_holder_of_an_acting_post_owns_the_task(tmp_path, body, name):
    owners = list(_owners(tmp_path, body))
    assert any(name in o for o in owners), owners


# --- an owner column at the end of an item: the item's text may end in a line break ---------------


@pytest.mark.parametrize(
    "body, owner, task_word",
    [
        ("8. Grass\nThe contractor will be asked to cut the verges twice more. Clerk\n", "Clerk", "verges"),  # the column names who acts
        ("8. Trees\nA tree surgeon to be asked for a quote for the oak. Cllr Hale\n", "Cllr Hale", "quote"),
    ],
)
def test_an_owner_column_ending_the_item_gives_the_owner(tmp_path, body, owner, task_word):
    tasks = _owners(tmp_path, body)
    assert task_word in tasks.get(owner, ""), tasks


def test_a_persons_own_commitment_keeps_its_owner_beside_a_column(tmp_path):
    tasks = _owners(tmp_path, "8. Grass\nCllr Noor will ask the contractor to cut the verges. Clerk\n")
    assert "Cllr Noor" in tasks, tasks


# --- a member named by a two-word title: "Council Member Ortiz", "Board Member Smith", "Member Noor"


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        ("Council Member Ortiz will contact the county about the trail grant.\n", "Council Member Ortiz", "contact the county"),  # US
        ("Board Member Smith agreed to draft the letter to the school district.\n", "Board Member Smith", "draft the letter"),  # US school board
        ("Member Noor will liaise with the Waste team about the missed collections.\n", "Member Noor", "liaise with the Waste"),  # NZ community board
        (
            "Council Member Ortiz asked about the trail grant. He stated his intention to meet with the county trails coordinator.\n",
            "Council Member Ortiz",
            "meet with the county",
        ),
    ],
)
def test_a_member_by_a_two_word_title_owns_the_task(tmp_path, body, owner, task_start):
    tasks = _owners(tmp_path, body)
    assert tasks.get(owner, "").startswith(task_start), tasks


def test_a_members_rule_is_no_person(tmp_path):
    owners = list(_owners(tmp_path, "Member Code of Conduct will be reviewed in May.\nMember Training will follow the review.\n"))
    assert not any(o.startswith(("Member Code", "Member Training")) for o in owners), owners
