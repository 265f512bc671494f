"""Families of action misses on unseen councils (issue 16, session 10), each read in general.

Invented snippets in the styles of councils in England, Wales, Scotland, Northern Ireland,
Ireland, the US, Canada, Australia and New Zealand, with the near misses each rule must leave alone.
"""

from __future__ import annotations

import re

import pytest

from helpers import actions_in


def _owners(tmp_path, body: str) -> dict[str, str]:
    return dict(actions_in(tmp_path, body))


# --- an action label holding the whole action on its line, the owner set off by a dash or a column ---


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        (
            "4. Fire breaks\nThe Ranger reported 90 infringements.\nACTION: Map the repeat offenders and tell the brigades – Ranger Hale\n",
            "Ranger Hale",
            "Map the repeat",
        ),  # WA shire
        ("3. Manager's report\n - Arrears are 41 accounts.\n   ACTION: send final notices by 15 March – JL\n", "JL", "send final notices"),  # US water district
        (
            "5. Audit letter\nThe Committee received the letter.\nACTION: Report progress on the open matters to the May meeting – GM Corporate\n",
            "GM Corporate",
            "Report progress",
        ),  # NZ
        ("7. Hall roof\nACTION: Obtain three quotes for the roof repairs – Property Team\n", "Property Team", "Obtain three quotes"),  # English town council
        (
            "6. Risk register\nThe register was presented. ACTION: MO - update the register and report back in June.\n",
            "MO",
            "update the register",
        ),  # owner first
        ("9. Bins\nACTION: KT – arrange for the bins at the pavilion to be emptied weekly\n", "KT", "arrange for the bins"),  # Welsh community council
        (
            "3. Strategy\nThe Board noted the report.\nACTION: circulate the summary to all partners for SL\nuse in their newsletters by 30 June.\n",
            "SL",
            "circulate the summary",
        ),  # owner column at the line end, task wrapped
    ],
)
def test_an_action_line_names_its_owner_by_a_dash_or_a_column(tmp_path, body, owner, task_start):
    tasks = _owners(tmp_path, body)
    assert tasks.get(owner, "").startswith(task_start), tasks


@pytest.mark.parametrize(
    "body, not_owner",
    [
        ("8. Footpaths\nACTION: None - item closed.\n", "None"),
        ("8. Footpaths\nACTION: Noted - see minute 45 for the response.\n", "Noted"),
        ("8. Footpaths\nACTION: Ongoing – awaiting a reply from the landowner\n", "Ongoing"),
        ("8. Footpaths\nACTION: write to the landowner about the stile on the path to NHS\n", "NHS"),  # initials after 'to': an object, not a column
    ],
)
def test_an_action_line_without_an_owner_names_none(tmp_path, body, not_owner):
    assert not_owner not in _owners(tmp_path, body)


# --- a person introduced by full name with a post, then called by surname or given name alone --------


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        (
            "Staff: District Manager Cole Whitacre.\n\nMANAGER'S REPORT. Whitacre will circulate the draft permit to the Board.\n",
            "Whitacre",
            "circulate the draft",
        ),  # US district
        (
            "EMERGENCY MANAGEMENT\nDirector Sheila Otte reported three sirens down. Otte will apply for the state mitigation grant.\n",
            "Otte",
            "apply for the state",
        ),  # US county
        (
            "Present: Planning Officer Gwen Pritchard.\n\n5. Hedges\nPritchard to write to the owner of Ty Gwyn about the hedge.\n",
            "Pritchard",
            "write to the owner",
        ),  # Welsh
        (
            "Library Director: Beatriz Manning\n\nDirector's report. Beatriz will ask the county about the fibre upgrade.\n",
            "Beatriz",
            "ask the county",
        ),  # given name
        (
            "Staff: Roads Superintendent Dale Kowalczyk (Public Works)\n\n6. Gravel\nCouncil asked Kowalczyk to obtain gravel prices for the spring.\n",
            "Kowalczyk",
            "obtain gravel prices",
        ),  # Canadian
        (
            "In attendance: Kiri Tane (Community Advisor)\n\n4. Grants\nTane will contact the three applicants about the criteria.\n",
            "Tane",
            "contact the three",
        ),  # NZ, post in brackets
    ],
)
def test_a_surname_of_an_introduced_person_owns_a_task(tmp_path, body, owner, task_start):
    tasks = _owners(tmp_path, body)
    assert tasks.get(owner, "").startswith(task_start), tasks


@pytest.mark.parametrize(
    "body, not_owner",
    [
        ("Staff: Town Planner Ruth Okafor.\n\nOkafor will be on leave in March.\n", "Okafor"),  # a state, not a task
        ("Staff: Town Planner Ruth Okafor.\n\nThe Okafor Trust will fund the new benches.\n", "Okafor"),  # inside a longer name
        (
            "Kiri Okafor (Chair) and Kiri Tane (Secretary) attended.\n\nKiri will send the photographs.\n",
            "Kiri",
        ),  # no post introduced her, and the given name is shared
        ("Chief Executive Officer Jane Smith presented.\n\nExecutive will meet in May.\n", "Executive"),  # a post word is no name
    ],
)
def test_a_short_name_owns_nothing_without_an_introduced_person_or_a_task(tmp_path, body, not_owner):
    assert not_owner not in _owners(tmp_path, body)


# --- a decision that authorises, delegates to or directs an officer ---------------------------------


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        (
            "13. Grant\nDECISION:\n1. To approve the spending plan;\n2. To authorise the Corporate Lead Officer (Housing) to vary allocations between projects.\n",
            "Corporate Lead Officer (Housing)",
            "vary allocations",
        ),  # Welsh
        (
            "144. LCWIP\nRESOLVED that:\n1. the plan be adopted; and\n2. the Strategic Director (Place) be authorised to submit bids for tranche 5.\n",
            "Strategic Director (Place)",
            "submit bids",
        ),  # English ModernGov
        (
            "That Council:\n1. Award the tender to Coastline Seal Pty Ltd; and\n2. Authorise the Chief Executive Officer to approve variations up to 10% of the contract sum.\nCARRIED 6/0\n",
            "Chief Executive Officer",
            "approve variations",
        ),  # Australian
        (
            "Resolution 2024-09 was moved, authorizing the District Manager to apply for a state revolving fund loan. Adopted.\n",
            "District Manager",
            "apply for a state",
        ),  # US district
        (
            "RESOLVED: That permission be GRANTED, with authority delegated to the Head of Planning to agree the final wording of the conditions.\n",
            "Head of Planning",
            "agree the final wording",
        ),
        (
            "That the Committee:\na. receives the report; and\nb. delegates to the Chair the approval of the committee's submission to the Ministry.\nCARRIED\n",
            "Chair",
            "approval of the committee",
        ),  # NZ
        (
            "The Authority AGREED:\n(i) to accept the grant offer and to delegate to the Chief Executive the signing of the grant agreement.\n",
            "Chief Executive",
            "signing of the grant",
        ),  # English national park
        (
            "The Council agreed:-\n(a) to accept the grant; and\n(b) that the Executive Director (Finance and Resources) report on the remaining allocation to the February meeting.\n",
            "Executive Director (Finance and Resources)",
            "report on the remaining",
        ),  # Scottish
        ("Resolved that Cllr Pascoe and Cllr Tonkin carry out the minor repairs to the benches.\n", "Cllr Tonkin", "carry out the minor"),  # two owners
        ("It was agreed that the Chairman and Cllr Wray meet the Trustees to discuss the lease.\n", "Cllr Wray", "meet the Trustees"),
    ],
)
def test_a_decision_that_authorises_or_delegates_gives_the_officer_a_task(tmp_path, body, owner, task_start):
    tasks = _owners(tmp_path, body)
    assert tasks.get(owner, "").startswith(task_start), tasks


@pytest.mark.parametrize(
    "body, not_owner",
    [
        ("RESOLVED that the Head of Service report on the budget be noted.\n", "Head of Service"),  # a noun: the report is noted
        ("The Board delegated to the Chair responsibility for the seating plan at the meeting.\n", "Chair"),  # no noun of work delegated
        ("Cllr Hale asked the Council to approve the new play equipment.\n", "Council"),  # a request to decide, not authority given
        ("It was agreed that the Chairman and Cllr Wray were thanked for their work.\n", "Cllr Wray"),  # no task verb
    ],
)
def test_no_task_from_a_decision_that_gives_no_officer_work(tmp_path, body, not_owner):
    assert not_owner not in _owners(tmp_path, body)


# --- an action table that plain text kept without its grid --------------------------------------------


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        (
            "ACTIONS ARISING\nNo. | Action | Responsible | Due\n4.1 | Benchmark the roads indicator against rural councils | Director Corporate | Feb 2025\n",
            "Director Corporate",
            "Benchmark the roads",
        ),  # AU
        (
            "Action Sheet\nItem Action Lead Timescale\n3 Rates leaflet to be issued with the bills TM March 2025\n5 Wellbeing plan to the next meeting AL February 2025\n",
            "AL",
            "Wellbeing plan",
        ),  # NI
        (
            "ACTION LIST\nItem Action Who By\n4 send comments on the householder application to the case officer Clerk 10 March\n",
            "Clerk",
            "send comments",
        ),  # Welsh
        (
            "Actions\nRef Action Owner Due\n12.1 obtain a quote for the hedge cutting NC/JB next meeting\n",
            "NC/JB",
            "obtain a quote",
        ),  # English parish, two owners
        ("Action log\nNo Action Owner Due\n7 renew the insurance policy with the new broker Cllr Tamsin 1 May\n", "Cllr Tamsin", "renew the insurance"),
    ],
)
def test_a_flattened_action_table_row_names_its_owner(tmp_path, body, owner, task_start):
    tasks = _owners(tmp_path, body)
    assert tasks.get(owner, "").startswith(task_start), tasks


@pytest.mark.parametrize(
    "body, not_owner",
    [
        ("Item Action Who By\nThe meeting closed at 9pm. Next meeting 4 May\n", "May"),  # a line that is no row ends the table
        ("Item Action Lead Timescale\n3 Rates leaflet to be issued with bills TM\n", "TM"),  # the header has a due column, the row no due
        ("The Clerk read the action list. Action Owner Due dates were discussed.\n", "Due"),  # header words inside prose
        ("Action Owner\nrenew the insurance policy with the new broker Cllr Tamsin\n", "Cllr Tamsin"),  # two columns only: too like prose
    ],
)
def test_no_row_outside_a_flattened_action_table(tmp_path, body, not_owner):
    assert not_owner not in _owners(tmp_path, body)


# --- a note that opens a clause after a semicolon or inside brackets ---------------------------------


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        (
            "Members asked about procurement cards. HIA to circulate the action plan; CFO to attend the next meeting to explain the delay.\n",
            "CFO",
            "attend the next meeting",
        ),  # English audit committee
        (
            "Members asked about grazing agreements; HoC to arrange a site visit for Members in the spring.\n",
            "HoC",
            "arrange a site visit",
        ),  # a post's short form in mixed case
        (
            "25/009 Correspondence - closure of the post office counter on Thursdays (the Clerk to write expressing concern).\n",
            "Clerk",
            "write expressing concern",
        ),  # Manx, a note in brackets
        ("Resurfacing of Main Street was discussed; JD to ask the county for a start date.\n", "JD", "ask the county"),  # US
        ("The grant was welcomed (Treasurer to pay the first instalment in July).\n", "Treasurer", "pay the first"),  # Australian
    ],
)
def test_a_note_opens_a_clause_after_a_semicolon_or_a_bracket(tmp_path, body, owner, task_start):
    tasks = _owners(tmp_path, body)
    assert tasks.get(owner, "").startswith(task_start), tasks


@pytest.mark.parametrize(
    "body, not_owner",
    [
        ("The road will close on Monday; Highways to repair it next week.\n", "Highways"),  # a plural-looking body word, no post or initials
        ("Works will start in May; Residents to be informed by letter.\n", "Residents"),  # passive, no owner
        ("The scheme (Option to purchase the land) was discussed.\n", "Option"),  # a title in brackets
        ('3. Minutes. Item 9.1 should read "the papers have arrived. Bills to be paid (Steve Teale to pay costs)."\n', "Steve Teale"),  # earlier minutes quoted
    ],
)
def test_no_note_in_a_clause_without_an_owner(tmp_path, body, not_owner):
    assert not_owner not in _owners(tmp_path, body)


# --- a meeting body's own decision is no task ----------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Decision\nThe Board agreed to suspend the premises licence for 14 days.\n",  # Scottish licensing board
        "The board agreed to go with Brightline Electric for the parking lot lights.\n",  # US library board
        "The Chief asked about drill points. The Board agreed to take it up at the budget workshop.\n",  # US fire district
        "The Panel agreed to add a session on rural crime to its June meeting.\n",  # English police and crime panel
        "The Committee agreed to add the review of allotment rents to its work programme.\n",
        "Council agreed to revoke the licence with immediate effect.\n",  # Irish
    ],
)
def test_a_body_deciding_for_itself_is_no_task(tmp_path, body):
    assert actions_in(tmp_path, body) == []


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        ("The Council agreed to write to the Minister seeking restoration of the funding.\n", "The Council", "write to the Minister"),  # outward: a task
        ("The Parish Council agreed to lobby the County Council for a crossing.\n", "The Parish Council", "lobby the County"),
    ],
)
def test_a_body_acting_outward_still_has_a_task(tmp_path, body, owner, task_start):
    tasks = _owners(tmp_path, body)
    assert tasks.get(owner, "").startswith(task_start), tasks


# --- a decision's clauses that have the body itself act outward ---------------------------------------


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        (
            "That Council:\n1. Note the closure of the ward;\n2. Write to the Chief Executive of the Health District seeking the data.\n",
            "Council",
            "write to the Chief",
        ),  # NSW
        (
            "That the Committee:\n(a) receives the report; and\n(b) writes to Waka Kotahi requesting a speed review of State Highway 2.\n",
            "Committee",
            "writes to Waka",
        ),  # NZ
        ("THAT Council:\n1. Endorse the submission; and\n2. Lobby the Province for stable transit funding.\n", "Council", "lobby the Province"),  # Ontario
        ("That the Board:\na) accepts the audit; and\nb) seeks a meeting with the Minister about the levy.\n", "Board", "seeks a meeting"),  # Irish/AU board
    ],
)
def test_an_outward_clause_of_a_body_decision_is_the_body_task(tmp_path, body, owner, task_start):
    tasks = _owners(tmp_path, body)
    assert tasks.get(owner, "").startswith(task_start), tasks


@pytest.mark.parametrize(
    "body",
    [
        "That Council:\n1. Adopt the plan; and\n2. Write off the debt of $2,300.\n",  # writing off is a decision
        "That Council:\n1. Receive the report;\n2. Note the submissions.\n",
        "Council noted that it had written to the Minister.\n",  # done, no clause list
    ],
)
def test_no_body_task_in_clauses_that_only_decide(tmp_path, body):
    assert actions_in(tmp_path, body) == []


# --- 'he' or 'she' after a lead that names the questioner ------------------------------------------------


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        (
            "The Head of Education advised that the gap had narrowed. In response to a question from Councillor Munro, she undertook to circulate a breakdown by cluster.\n",
            "Head of Education",
            "circulate a breakdown",
        ),  # Scottish
        (
            "The Town Engineer presented the paving plan. In reply to Cllr Byrne, he said that he would check the kerb heights on Main Street.\n",
            "Town Engineer",
            "check the kerb",
        ),  # Irish
        (
            "The City Manager outlined the budget. Responding to Councilmember Ortiz, she agreed to provide the overtime figures by Friday.\n",
            "City Manager",
            "provide the overtime",
        ),  # US
    ],
)
def test_a_pronoun_after_a_lead_naming_the_questioner_is_the_officer(tmp_path, body, owner, task_start):
    tasks = _owners(tmp_path, body)
    assert tasks.get(owner, "").startswith(task_start), tasks


def test_a_pronoun_after_a_lead_with_no_commitment_is_no_task(tmp_path):
    body = "The Head of Education advised that the gap had narrowed. In response to a question from Councillor Munro, she said that the figures were provisional.\n"
    assert actions_in(tmp_path, body) == []


# --- 'agreed to do so': the request before, owned by whoever takes it up ---------------------------------


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        (
            "Cllr Byrne asked that the Council write to the Minister seeking the funding; the Chief Executive agreed to do so.\n",
            "Chief Executive",
            "write to the Minister",
        ),  # Irish
        (
            "Cllr Hale asked that the Clerk contact the bus company about the late services. The Chairman agreed to do this.\n",
            "Chairman",
            "contact the bus company",
        ),  # English parish
        (
            "Councilmember Diaz requested that staff prepare a parking study; the City Manager said she would do so.\n",
            "City Manager",
            "prepare a parking study",
        ),  # US
    ],
)
def test_do_so_takes_up_the_request_before(tmp_path, body, owner, task_start):
    tasks = {re.sub(r"^the\s+", "", o, flags=re.I): t for o, t in _owners(tmp_path, body).items()}
    assert tasks.get(owner, "").startswith(task_start), tasks
    assert not any(task.startswith("do ") for task in tasks.values()), tasks


def test_do_so_with_no_request_before_is_no_task(tmp_path):
    assert actions_in(tmp_path, "5. Website\nThe Clerk agreed to do so.\n") == []


# --- the meeting's own order of business, and invitations to its members, are no tasks ------------------


@pytest.mark.parametrize(
    "body",
    [
        "3 Order of business - the Chair agreed to take item 5 before item 4 owing to the number of objectors present.\n",  # London borough
        "The Mayor agreed to vary the order of business to take the petitions first.\n",  # Australian
        "The Cathaoirleach agreed to take the item as urgent business.\n",  # Irish
        "Members of the Panel were invited to attend a fostering information evening.\n",  # an invitation, not a task
        "Councillors of the Board were asked to complete the skills survey.\n",
    ],
)
def test_the_meetings_own_procedure_and_invitations_are_no_tasks(tmp_path, body):
    assert actions_in(tmp_path, body) == []


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        ("The Chair agreed to take the matter up with the Highways Authority.\n", "Chair", "take the matter up"),
        ("The Clerk was invited to attend the next meeting of the Board.\n", "Clerk", "attend the next meeting"),
    ],
)
def test_near_misses_of_procedure_still_tasks(tmp_path, body, owner, task_start):
    tasks = _owners(tmp_path, body)
    assert tasks.get(owner, "").startswith(task_start), tasks


# --- posts named by their profession ----------------------------------------------------------------


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        (
            "The Senior Planning Lawyer was asked to finalise the reasons for refusal with the Chair.\n",
            "Senior Planning Lawyer",
            "finalise the reasons",
        ),  # London borough
        ("The Building Surveyor will inspect the pavilion roof before the winter.\n", "Building Surveyor", "inspect the pavilion"),  # NZ
        ("The County Ecologist agreed to survey the verge for orchids in June.\n", "County Ecologist", "survey the verge"),
    ],
)
def test_a_professional_post_owns_a_task(tmp_path, body, owner, task_start):
    tasks = _owners(tmp_path, body)
    assert tasks.get(owner, "").startswith(task_start), tasks


# --- outside parties the meeting directs: an applicant, a consultant, a contractor ---------------------------


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        (
            "The Panel adjourned the hearing. The Panel directed the applicant to provide an updated traffic assessment within 15 working days.\n",
            "the applicant",
            "provide an updated",
        ),  # NZ hearing
        ("Mayor Oyelaran asked the consultant to model a tiered residential rate as an alternative.\n", "the consultant", "model a tiered"),  # US
        ("The Board instructed the contractor to repair the footway outside the school before September.\n", "the contractor", "repair the footway"),  # English
    ],
)
def test_an_outside_party_directed_by_the_meeting_owns_the_task(tmp_path, body, owner, task_start):
    tasks = _owners(tmp_path, body)
    assert tasks.get(owner, "").startswith(task_start), tasks


@pytest.mark.parametrize(
    "body",
    [
        "The applicant will provide 12 parking spaces at the rear of the site.\n",  # what is applied for
        "The Chair asked the applicant to explain the access arrangements.\n",  # an answer at the meeting
        "a) That the owner's agent be notified of the decision.\n",  # passive
        "DECISION\nThe Committee APPROVES the variance, subject to the following conditions:\na) That the owner obtain a permit from the Conservation Authority;\n",  # a consent's condition
        "The Committee noted that the developer had agreed terms with the landowner.\n",
    ],
)
def test_an_outside_party_not_directed_owns_nothing(tmp_path, body):
    assert actions_in(tmp_path, body) == []


# --- a consensus that directs staff ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        ("It was the consensus of Council that staff research the cost of a second fire station.\n", "staff", "research the cost"),  # US
        ("The consensus was that staff bring back a revised fee schedule in June.\n", "staff", "bring back a revised"),  # Canadian
        ("Consensus of the Commission is that the City Engineer prepare a traffic count on Elm Street.\n", "City Engineer", "prepare a traffic count"),
    ],
)
def test_a_consensus_that_directs_gives_a_task(tmp_path, body, owner, task_start):
    tasks = _owners(tmp_path, body)
    assert tasks.get(owner, "").startswith(task_start), tasks


@pytest.mark.parametrize(
    "body",
    [
        "The consensus of the Board was that the budget is adequate.\n",
        "It was the consensus that the Council would not pursue the matter.\n",
    ],
)
def test_a_consensus_that_states_a_view_is_no_task(tmp_path, body):
    assert actions_in(tmp_path, body) == []


# --- the meeting's members asking their own body to act outward ------------------------------------------


@pytest.mark.parametrize(
    "body, task_start",
    [
        (
            "Correspondence from the Roads Service was noted. Members requested that the Council write to the Roads Service seeking a start date.\n",
            "write to the Roads",
        ),  # NI
        ("Councillors requested that the Council lobby the Department for a crossing on Main Street.\n", "lobby the Department"),  # Irish
        ("It was agreed that the Council write to the Minister about the hospital.\n", "write to the Minister"),
    ],
)
def test_members_asking_their_body_to_act_outward_is_the_body_task(tmp_path, body, task_start):
    tasks = {re.sub(r"^the\s+", "", o, flags=re.I): t for o, t in _owners(tmp_path, body).items()}
    assert tasks.get("Council", "").startswith(task_start), tasks


@pytest.mark.parametrize(
    "body",
    [
        "Marie Tanner asked that the Council write to the Minister about the closure.\n",  # a member of the public's plea
        "Members asked that the Council consider a new play area.\n",  # the body's own business
    ],
)
def test_a_plea_or_own_business_is_no_body_task(tmp_path, body):
    assert actions_in(tmp_path, body) == []
