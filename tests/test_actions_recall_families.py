"""Families of missed actions read in general: requests without 'that', delegations, coordinated commitments, two notes in one sentence.

Each snippet is invented in the style of one kind of minutes (English parish, ModernGov, Irish
municipal district, US city council and licensing board, Canadian council); the negatives are the
wordings each new form must not take for a task.
"""

from __future__ import annotations

import pytest

from helpers import actions_in


def _tasks_by_owner(tmp_path, body: str) -> dict[str, str]:
    return {owner: task for owner, task in actions_in(tmp_path, body)}


def assert_owner_task(tmp_path, body: str, owner: str, task_start: str) -> None:
    """The body gives `owner` an action whose task starts with `task_start`."""
    tasks = _tasks_by_owner(tmp_path, body)
    assert owner in tasks, tasks
    assert tasks[owner].startswith(task_start), tasks[owner]


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        ("Cllr Hale requested the Clerk write to Highways about the blocked drain.\n", "Clerk", "write to Highways"),  # parish
        (
            "Councillor Teskey requested Sean Coughlan, Deputy Chief Executive, would attend the June meeting to discuss funding.\n",  # Irish
            "Sean Coughlan",
            "attend the June meeting",
        ),
        ("Members requested the Parks Manager arrange a site visit before the next meeting.\n", "Parks Manager", "arrange a site visit"),
        ("Moved by Hensley to adopt, and to request that the City Manager prepare a report on the abatement.\n", "City Manager", "prepare a report"),  # US
        (
            "3. Request that the Housing Coordinating Group review the cold weather events and develop recommendations.\n",
            "the Housing Coordinating Group",
            "review",
        ),
        ("That Council directs that staff prepare a report on the options for the pool.\n", "staff", "prepare a report"),  # Canadian
        ("The Board requests that the Licensee keep the Board apprised of any sale of the License.\n", "Licensee", "keep the Board apprised"),  # US licensing
    ],
)
def test_requests_without_that_or_in_the_present_are_tasks(tmp_path, body, owner, task_start):
    assert_owner_task(tmp_path, body, owner, task_start)


@pytest.mark.parametrize(
    "body",
    [
        "He requested the Clerk information on the cost of the bins.\n",  # a thing asked for, not a task
        "Mr Jones requested the Chair's permission to speak.\n",
        "The Mayor requested the Town Clerk repairs to the fence be chased.\n",  # a plural noun after the owner
    ],
)
def test_a_request_for_a_thing_is_no_task(tmp_path, body):
    assert actions_in(tmp_path, body) == []


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        (
            "That authority be delegated to the Chief Executive, in consultation with the Leader, to agree the final terms of the lease.\n",
            "Chief Executive",
            "agree",
        ),
        (
            "RESOLVED that the Cabinet delegates authority to the Director of Finance to approve the final budget allocations.\n",
            "Director of Finance",
            "approve",
        ),
        ("The Council agreed to delegate authority to the Clerk to approve expenditure up to £500 in an emergency.\n", "Clerk", "approve expenditure"),
    ],
)
def test_what_is_delegated_is_the_task_even_approving(tmp_path, body, owner, task_start):
    assert_owner_task(tmp_path, body, owner, task_start)


def test_asking_members_to_approve_is_still_no_task(tmp_path):
    assert actions_in(tmp_path, "Members were asked to approve the accounts.\n") == []


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        (
            "The Director advised that spaces are not part of this scheme and committed to progress same in due course.\n",  # Irish
            "Director",
            "progress same",
        ),
        ("The Engineer explained the works and pledged to complete the resurfacing by June.\n", "Engineer", "complete the resurfacing"),
        ("Cllr Smith has a draft copy which he will give to all members before the next meeting.\n", "Cllr Smith", "give to all members"),
    ],
)
def test_coordinated_and_relative_commitments(tmp_path, body, owner, task_start):
    assert_owner_task(tmp_path, body, owner, task_start)


@pytest.mark.parametrize(
    "body",
    [
        "Cllr Hale thanked Mr Jones for the report which he will circulate to members.\n",  # 'he' could be either of them
        "The Clerk explained the new rules and committed to nothing further.\n",
    ],
)
def test_no_commitment_from_an_unclear_he_or_a_refusal(tmp_path, body):
    assert actions_in(tmp_path, body) == []


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "The Clerk to write to the landowner and the Chair to speak to the police.\n",
            {"Clerk": "write to the landowner", "Chair": "speak to the police"},
        ),
        ("Clerk to order the bins and Cllr Noor to collect them from the depot.\n", {"Clerk": "order the bins", "Cllr Noor": "collect them from the depot"}),
        ("NC to continue to chase and KN to provide alternative company details.\n", {"NC": "continue to chase", "KN": "provide alternative company details"}),
    ],
)
def test_two_notes_in_one_sentence_are_two_actions(tmp_path, body, expected):
    assert _tasks_by_owner(tmp_path, body) == expected


def test_a_partner_named_in_the_task_is_no_second_owner(tmp_path):
    """'liaise with Cllr Smith and Cllr Jones to arrange': Jones works with the Clerk; the task stays whole."""
    assert actions_in(tmp_path, "Clerk to liaise with Cllr Smith and Cllr Jones to arrange the visit.\n") == [
        ("Clerk", "liaise with Cllr Smith and Cllr Jones to arrange the visit")
    ]


def test_a_public_service_is_an_owner_but_a_bus_service_is_not(tmp_path):
    assert _tasks_by_owner(tmp_path, "That the Winnipeg Public Service be directed to report back in one year on the status of the agreement.\n") == {
        "Public Service": "report back in one year on the status of the agreement"
    }
    assert actions_in(tmp_path, "The X14 Service will run hourly from January.\n") == []


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        ("Councillors will inspect the play area before the next meeting.\n", "Councillors", "inspect the play area"),  # parish
        ("The Councillors will hopefully get a working party together in the middle of August.\n", "Councillors", "hopefully get a working party"),
        ("Trustees will meet the architect on site.\n", "Trustees", "meet the architect"),  # US village
        ("Individual portfolio holders would be reviewing specific areas of concern.\n", "portfolio holders", "reviewing specific areas"),  # ModernGov
        ("Ward Members will meet with the developer to discuss the access road.\n", "Ward Members", "meet with the developer"),
    ],
)
def test_members_as_a_group_take_on_work(tmp_path, body, owner, task_start):
    assert_owner_task(tmp_path, body, owner, task_start)


@pytest.mark.parametrize(
    "body",
    [
        "Members will recall that the grant was approved last year.\n",
        "Members would welcome a further report.\n",
        "Members will note the figures in the appendix.\n",
        "All Members will receive a copy of the draft plan.\n",
        "Councillors will be aware of the new rules.\n",
    ],
)
def test_what_members_will_know_wish_or_receive_is_no_task(tmp_path, body):
    assert actions_in(tmp_path, body) == []


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        ("Moved by Flagg to receive, file and refer to Compensation Committee to review expense reimbursements.\n", "Compensation Committee", "review"),  # US
        ("Finance Committee to review the insurance renewal before the next meeting.\n", "Finance Committee", "review the insurance renewal"),  # parish
    ],
)
def test_a_named_committee_without_its_article_owns_a_task(tmp_path, body, owner, task_start):
    assert_owner_task(tmp_path, body, owner, task_start)


def test_a_named_committee_deciding_its_own_business_is_no_task(tmp_path):
    assert actions_in(tmp_path, "Planning Committee will consider the application in March.\n") == []
    assert actions_in(tmp_path, "Audit Committee would receive a further report in June.\n") == []


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        (
            "RESOLVED that the Director of Finance, in consultation with the Leader, finalise the budget proposals.\n",
            "Director of Finance",
            "finalise",
        ),  # ModernGov
        ("RESOLVED: That the Chief Executive in consultation with the Mayor negotiate the terms of the lease.\n", "Chief Executive", "negotiate"),  # Australian
        ("RESOLVED that the Head of Planning, following consultation with ward members, determine the application.\n", "Head of Planning", "determine"),
        (
            "3. Request that the Housing Council in collaboration with city staff, the County and partners review the cold weather plan.\n",  # US
            "the Housing Council",
            "review the cold weather plan",
        ),
        (
            "RESOLVED that Cabinet delegates authority to the Director of Housing, in consultation with the Cabinet Member, to acquire suitable properties.\n",
            "Director of Housing",
            "acquire suitable properties",
        ),
    ],
)
def test_a_partner_phrase_between_owner_and_task_is_passed_over(tmp_path, body, owner, task_start):
    assert_owner_task(tmp_path, body, owner, task_start)


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        ("Cathaoirleach agreed to raise the matter with the HSE.\n", "Cathaoirleach", "raise the matter"),  # Irish
        ("The Convener will write to the Scottish Government on behalf of the Committee.\n", "Convener", "write to the Scottish Government"),  # Scottish
        ("The Provost agreed to write to the Chief Constable.\n", "Provost", "write to the Chief Constable"),
        ("The Parks Superintendent will follow up with the contractor.\n", "Parks Superintendent", "follow up"),  # US
        ("The Clerk will be asked to obtain quotes.\n", "Clerk", "obtain quotes"),
    ],
)
def test_more_posts_and_a_future_request(tmp_path, body, owner, task_start):
    assert_owner_task(tmp_path, body, owner, task_start)


@pytest.mark.parametrize(
    "body",
    [
        "The Cathaoirleach informed the Meeting that he would welcome debate on the Motion.\n",
        "Mr Jones said that he would appreciate a response from the Council.\n",
        "Cllr Hale explained the works and would hope to see them finished soon.\n",
    ],
)
def test_what_someone_would_welcome_or_hope_is_no_task(tmp_path, body):
    assert actions_in(tmp_path, body) == []


@pytest.mark.parametrize(
    "body",
    [
        "The Council resolved to approve the budget.\n",
        "The Committee decided to defer the item.\n",
        "The Council resolved to postpone this until the July meeting.\n",
        "The Council resolved to object on the grounds of overdevelopment.\n",
    ],
)
def test_a_body_resolving_its_own_business_is_no_task(tmp_path, body):
    assert actions_in(tmp_path, body) == []


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        (
            "Youth – Trustee Albrecht stated that she is moving the toys to the new Center and will be moving the new toys out to the center soon.\n",  # US
            "Trustee Albrecht",
            "moving the new toys",
        ),
        ("Cllr Hale said that she had spoken to the police and would write to them again.\n", "Cllr Hale", "write to them again"),  # parish
        (
            "Mr. Knopf noted that the next steps would be to receive the Commission's feedback and return with a draft plan in late February.\n",  # US
            "Mr. Knopf",
            "receive the Commission's feedback",
        ),
        (
            "The Planning Manager explained that the next step will be to consult the residents on the draft plan.\n",
            "Planning Manager",
            "consult the residents",
        ),
        (
            "The Leader advised that the Council, along with other organisations, would be making representations to government on the spending review.\n",
            "the Council",
            "making representations",
        ),  # ModernGov
    ],
)
def test_own_reports_next_steps_and_progressive_commitments(tmp_path, body, owner, task_start):
    assert_owner_task(tmp_path, body, owner, task_start)


def test_another_subject_between_keeps_the_commitment_theirs(tmp_path):
    """'said that the contractor had been slow and would start': the contractor's start, not Mr Jones's task."""
    assert actions_in(tmp_path, "Mr Jones said that the contractor had been slow and would start next week.\n") == []
    assert actions_in(tmp_path, "Cllr Hale said that she had spoken to the police and will be learning more about it.\n") == []


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        (
            "Motion by Trustee Smith, seconded by Trustee Lee, directing the Village Engineer to obtain bids for the water main. Motion carried.\n",
            "Village Engineer",
            "obtain bids",
        ),  # US village
        ("A resolution authorizing the City Manager to execute the agreement with ABC Paving. Adopted 5-0.\n", "City Manager", "execute the agreement"),
        ("Resolution 2024-15 requesting staff to prepare a traffic study for Elm Street. Carried.\n", "staff", "prepare a traffic study"),
    ],
)
def test_a_motion_directing_or_authorizing_an_officer_gives_a_task(tmp_path, body, owner, task_start):
    assert_owner_task(tmp_path, body, owner, task_start)


def test_a_plea_to_the_council_in_a_participle_is_no_task(tmp_path):
    assert actions_in(tmp_path, "Mrs Green spoke on behalf of residents requesting the Council to reduce the speed limit.\n") == []


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        (
            "A query was raised about the quorum and the Director of Law and Assurance said the wording would be adjusted.\n",
            "Director of Law and Assurance",
            "the wording",
        ),
        ("The Head of Service confirmed that the figures would be circulated to members after the meeting.\n", "Head of Service", "the figures"),  # ModernGov
        ("The Clerk stated that the invoice would be checked before payment.\n", "Clerk", "the invoice would be checked"),  # parish
        ("The Chief Executive gave an assurance that the report would be circulated to all members.\n", "The Chief Executive", "the report would be"),
    ],
)
def test_an_officer_saying_a_thing_would_be_done_owns_it(tmp_path, body, owner, task_start):
    assert_owner_task(tmp_path, body, owner, task_start)


@pytest.mark.parametrize(
    "body",
    [
        "The Chair said the meeting would be held on 5 May.\n",  # an announcement
        "Mr Smith said the scheme would be funded by the Government.\n",
        "The Clerk said the road would be resurfaced by Highways in June.\n",  # another's work
        "The Chair said that the matter would be considered at the next meeting.\n",
    ],
)
def test_what_someone_says_will_happen_otherwise_is_no_task(tmp_path, body):
    assert actions_in(tmp_path, body) == []


def test_a_thing_done_by_an_agent_of_its_own_is_not_the_speakers(tmp_path):
    """'said the figures would be checked by the auditor': the auditor's task (a passive agent), not the Clerk's."""
    assert [owner for owner, _ in actions_in(tmp_path, "The Clerk said the figures would be checked by the auditor.\n")] == ["auditor"]


@pytest.mark.parametrize(
    "body, owner, task",
    [
        ("Quotes to be obtained for the bench repairs (Clerk).\n", "Clerk", "be obtained for the bench repairs"),  # parish action column
        ("Risk assessment to be updated [JB]\n", "JB", "be updated"),
        ("Letter to be sent to the landowner – Clerk\n", "Clerk", "be sent to the landowner"),
        ("It was agreed to write to the owner of the hedge - JB\n", "JB", "write to the owner of the hedge"),
    ],
)
def test_an_owner_in_brackets_at_the_end_of_a_task_line(tmp_path, body, owner, task):
    assert actions_in(tmp_path, body) == [(owner, task)]


@pytest.mark.parametrize(
    "body",
    [
        "Present: Cllr Hale, Cllr Noor, Jane Smith (Clerk)\n",  # a post beside a name
        "Apologies were received from Cllr Brown (Chair).\n",
        "Grass cutting contract renewed for another year (Clerk).\n",  # no task verb
        "Correspondence from Highways – Clerk\n",
    ],
)
def test_a_post_in_brackets_without_a_task_is_no_action(tmp_path, body):
    assert actions_in(tmp_path, body) == []


def test_a_post_in_brackets_after_a_name_does_not_take_the_task(tmp_path):
    assert actions_in(tmp_path, "The Clerk agreed to write to Cllr Hale (Chair).\n")[0][0] == "Clerk"


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        (
            "Minute 32, Response to the Review of the Benefits Plan – concerns from Councillor Leake would be passed on to officers by Councillor Finch.\n",
            "Councillor Finch",
            "concerns from Councillor Leake",
        ),  # ModernGov matters arising
        ("The letter will be sent to residents by the Clerk.\n", "Clerk", "The letter will be sent"),  # parish
        ("The figures would be circulated to all members by the Treasurer.\n", "Treasurer", "The figures would be circulated"),
    ],
)
def test_a_passive_with_a_short_to_phrase_before_its_agent(tmp_path, body, owner, task_start):
    assert_owner_task(tmp_path, body, owner, task_start)


@pytest.mark.parametrize(
    "body",
    [
        "Any comments could be passed to officers by the Clerk.\n",  # a possibility
        "A letter has been sent to residents by the Clerk.\n",  # done already
    ],
)
def test_a_possible_or_done_passive_is_no_task(tmp_path, body):
    assert actions_in(tmp_path, body) == []


PANEL_HEAD = (
    "Minutes of the Corporate Parenting Panel held on 10 December 2024\n"
    "Present: Councillor Hale (Chair), Leemya McKeown (Head of Quality Assurance), Sarah Hammond\n\n"
)


def test_a_pronoun_after_a_person_of_the_attendance_list_names_the_owner(tmp_path):
    """'Leemya McKeown' has no honorific and no known given name: the people list makes her the antecedent of 'She'."""
    body = "b. Leemya McKeown thanked the team for the Roadshow. She mentioned her intention to report on the framework to the panel at a later date.\n"
    assert actions_in(tmp_path, body, head=PANEL_HEAD) == [("Leemya McKeown", "report on the framework to the panel at a later date")]


def test_a_pronoun_two_paragraphs_after_the_person_names_no_one(tmp_path):
    body = "Leemya McKeown thanked the team.\n\nThe panel discussed the budget.\n\nShe would write to the schools.\n"
    assert actions_in(tmp_path, body, head=PANEL_HEAD) == []
