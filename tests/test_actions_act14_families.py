"""Families of action misses on councils never seen (issue 16, session 14), each read in general.

Invented snippets in the styles of UK, Irish, Northern Irish, Canadian, Australian and NZ minutes,
with the near misses each rule must leave alone.
"""

from __future__ import annotations

import pytest

from helpers import actions_in


def _owners(tmp_path, body: str) -> dict[str, str]:
    return dict(actions_in(tmp_path, body))


# --- a motion record whose that-clause directs an officer: "Proposed by A, seconded by B, that the Clerk write ..." ---


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        (
            "5 North Wall repairs\nReport circulated. It was proposed by Mr Penhaligon and seconded by Mrs Trebilcock that the Secretary"
            " apply to the Coastal Fund for the balance.\nAll in favour.\n",
            "Secretary",
            "apply to the Coastal Fund",
        ),  # English harbour board
        (
            "7. Bridge Street\nMoved by Councillor Ames, seconded by Councillor Bright, that the Chief Administrative Officer write to the"
            " Minister of Transportation about the weight limit.\nCarried.\n",
            "Chief Administrative Officer",
            "write to the Minister",
        ),  # Canadian town
        (
            "8. Pool shade\nMoved Cr Mitrovic, seconded Cr Bellamy, that the CEO seek quotes for a shade structure over the toddler pool.\nCARRIED\n",
            "CEO",
            "seek quotes",
        ),  # Australian shire
        (
            "ES 12/25 Parking at the Strand\nProposed by Councillor Gormley, seconded by Alderman Irwin that the Chief Executive arrange a site"
            " meeting with DfI Roads.\n",
            "Chief Executive",
            "arrange a site meeting",
        ),  # Northern Irish council
        (
            "9. Footpaths\nProposed Cllr Bowen, seconded Cllr Harries: that the Clerk obtain three quotes for the stile repairs.\nAgreed.\n",
            "Clerk",
            "obtain three quotes",
        ),  # Welsh community council, colon before 'that'
    ],
)
def test_motion_record_directing_an_officer_is_an_action(tmp_path, body, owner, task_start):
    found = _owners(tmp_path, body)
    assert owner in found, found
    assert found[owner].startswith(task_start)


@pytest.mark.parametrize(
    "body",
    [
        "3. Agenda\nMoved by Councillor Peters, seconded by Councillor Doiron that the agenda be approved.\nCarried.\n",
        "4. Minutes\nProposed by Cllr Bowen, seconded by Cllr Harries that the Clerk's notes of the site visit be accepted.\n",
        "5. Tender\nMoved by Councillor Lindahl, seconded by Councillor Ross that Council accept the tender from Ridgeline Paving.\nCarried.\n",
        "6. Hall\nMoved by Councillor Ames, seconded by Councillor Bright, that the Clerk write to the hall trustees about the lease.\nDefeated.\n",
        "7. Signs\nProposed by Cllr Hale, seconded by Cllr Noor, that the Clerk order two new signs. On being put to the vote the motion was LOST.\n",
        "ES 64/24 Charges\nAmendment\nProposed by Alderman Lavery\nSeconded by Councillor O'Hare\nthat no charge be introduced and that officers"
        " bring back options for a reduced charge.\n\nOn being put to the meeting the amendment fell with 4 voting For and 6 Against.\n",
        "8. Grant\nMoved by Councillor Pelletier that Council provide a grant of $500 to the Legion.\nCarried.\n",
    ],
)
def test_motion_records_that_direct_no_officer_or_were_lost_are_not_actions(tmp_path, body):
    assert actions_in(tmp_path, body) == []


# --- several members named after one plural title own one task: "Cllrs Hale and Noor will meet the contractor" ---


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        (
            "6. Verges\nCllrs Hale and Noor will meet the contractor on site before the next meeting.\n",
            "Cllrs Hale and Noor",
            "meet the contractor",
        ),  # English parish
        (
            "7. Litter pick\nCouncillors Pritchard, Evans and Morgan volunteered to organise the spring litter pick.\n",
            "Councillors Pritchard, Evans and Morgan",
            "organise the spring litter pick",
        ),  # Welsh community council, three names
        ("8. Reserve\nCrs Ngata and Foulds agreed to walk the reserve boundary with the ranger.\n", "Crs Ngata and Foulds", "walk the reserve boundary"),  # NZ
        (
            "4. Benches\nMessrs Bell and Cole offered to repaint the benches in May.\n",
            "Messrs Bell and Cole",
            "repaint the benches",
        ),  # Scottish community council
        (
            "Old business\nSupervisors Gruber and Kreider would inspect the culvert on Quarry Road with the engineer.\n",
            "Supervisors Gruber and Kreider",
            "inspect the culvert",
        ),  # US township
    ],
)
def test_members_named_after_a_plural_title_own_their_task(tmp_path, body, owner, task_start):
    found = _owners(tmp_path, body)
    assert owner in found, found
    assert found[owner].startswith(task_start)


@pytest.mark.parametrize(
    "body",
    [
        "6. Verges\nCllrs Hale and Noor will be away in August.\n",  # a state, not a task
        "6. Verges\nCllrs Hale and Noor declared an interest in item 7 and left the room.\n",
        "6. Verges\nCouncillors Pritchard and Evans would like to thank the volunteers.\n",  # a wish
        "New business\nMotion by Trustees Elton and Barnes to approve the bills as presented. All ayes.\n",  # movers of a motion
        "6. Verges\nCllrs Hale and Noor have already met the contractor on site.\n",  # done
    ],
)
def test_plural_title_groups_that_take_on_no_task_are_not_actions(tmp_path, body):
    assert actions_in(tmp_path, body) == []


# --- a person introduced by a works or site post ('Roadmaster Gene Fahnestock'), then called by one name ---


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        (
            "Present: Supervisors Stoltzfus and Gruber; Roadmaster Gene Fahnestock.\nPublic Comment: Mr. Ray Seitz asked about the ditch by his"
            " property. Gene will clean it out after paving is finished.\n",
            "Gene",
            "clean it out",
        ),  # US township
        (
            "4. Highways\nLengthsman Tom Ashby reported blocked gullies on Church Lane. Ashby will clear them before the winter.\n",
            "Ashby",
            "clear them",
        ),  # English parish
        (
            "Roads\nRoad Foreman Dale Pruitt presented the spring work plan. Pruitt will replace the culvert on Concession 4 in May.\n",
            "Pruitt",
            "replace the culvert",
        ),  # Ontario township
        (
            "5. Hall\nCaretaker Maria Lopez reported the doors were peeling. Maria would repaint them over the summer.\n",
            "Maria",
            "repaint them",
        ),  # Australian hall committee
    ],
)
def test_a_person_introduced_by_a_works_post_owns_tasks_by_one_name(tmp_path, body, owner, task_start):
    found = _owners(tmp_path, body)
    assert owner in found, found
    assert found[owner].startswith(task_start)


@pytest.mark.parametrize(
    "body",
    [
        "5. Hall\nCaretaker Maria Lopez retired in March. Maria was thanked for her years of service.\n",
        "4. Highways\nLengthsman Tom Ashby reported blocked gullies. Ashby will be on leave in August.\n",
    ],
)
def test_a_person_introduced_by_a_works_post_with_no_task_is_no_owner(tmp_path, body):
    assert actions_in(tmp_path, body) == []


# --- an action line written as a command, its owner in brackets or after a dash: "Write to the landowner (Clerk)." ---


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        ("7. Trees\nWrite to the landowner about the overhanging branches by the old school (Clerk).\n", "Clerk", "Write to the landowner"),  # English parish
        ("8. Bus shelter\nObtain three quotes for replacing the roof panels [JB]\n", "JB", "Obtain three quotes"),  # initials in square brackets
        ("9. Play area\n- Arrange the annual RoSPA inspection before the summer – Clerk\n", "Clerk", "Arrange the annual RoSPA inspection"),  # bullet, dash
        ("10. Footpaths\nChase the County about the stile on the bridleway (Cllr Hale).\n", "Cllr Hale", "Chase the County"),  # a member
    ],
)
def test_a_command_with_its_owner_in_brackets_is_an_action(tmp_path, body, owner, task_start):
    found = _owners(tmp_path, body)
    assert owner in found, found
    assert found[owner].startswith(task_start)


@pytest.mark.parametrize(
    "body",
    [
        "3. Reports\nReport of the Clerk on the year end accounts (RFO).\n",  # a heading: 'Report of'
        "4. Updates\nUpdate from the play area working group (Chair).\n",  # a heading: 'Update from'
        "Present: Cllr Dunn, Cllr Hale\nApologies were received from Cllr Ross (Chair).\n",  # no command
        "5. Planning\nReview of allotment rents for 2026 (Clerk).\n",  # a noun: 'Review of'
    ],
)
def test_headings_and_lists_with_a_bracketed_post_are_not_actions(tmp_path, body):
    assert actions_in(tmp_path, body) == []


# --- an action register under its own heading, one action a line, the cells set off by dashes ---


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "9. Close\nACTIONS\nClerk – quotes for the shelter glass – March mtg\nSAT – replace the defib pads – asap\nRW – draft the parking response – by 26/2\n\n",
            {"Clerk": "quotes for the shelter glass", "SAT": "replace the defib pads", "RW": "draft the parking response"},
        ),  # Welsh community council, owner first, due last
        (
            "Actions arising\nCA25/10 - Chief Executive - apprenticeships for local residents - by March Board\n"
            "CA25/11 - Director of Skills - circulate provider outcome data to Leaders\n",
            {"Chief Executive": "apprenticeships for local residents", "Director of Skills": "circulate provider outcome data to Leaders"},
        ),  # English combined authority: reference, owner, task, due
        (
            "Action points\n- Order two new grit bins for Station Road – Clerk\n- Walk the footpaths with the ranger – Cllr Hale\n\n",
            {"Clerk": "Order two new grit bins for Station Road", "Cllr Hale": "Walk the footpaths with the ranger"},
        ),  # bullets, owner last
    ],
)
def test_register_lines_under_an_actions_heading_are_actions(tmp_path, body, expected):
    found = _owners(tmp_path, body)
    for owner, task in expected.items():
        assert owner in found, found
        assert found[owner].startswith(task), found


@pytest.mark.parametrize(
    "body",
    [
        "ACTIONS\nNone – all items complete\n\n",  # no owner
        "Actions arising\nMinutes – approved – signed by the Chair\n",  # a heading word, not an owner
        "7. Finance\nPayments – March 2025 – £1,240.00\nInsurance – Zurich – renewed\n",  # a list, not under an actions heading
    ],
)
def test_dash_lines_that_are_no_register_rows_are_not_actions(tmp_path, body):
    assert actions_in(tmp_path, body) == []
