"""Resolution families of round 7 (issue 16): decision forms missed on councils never seen.

Snippets are invented minutes in the style of UK and Irish parish councils, US city councils
and boards, Canadian townships and Australian/New Zealand councils; each runs through the whole
extraction. Near misses that must stay out sit beside each family.
"""

from __future__ import annotations

import pytest

from helpers import resolution_texts

HEAD = "Minutes of the meeting of Ashcombe Parish Council held on 3 March 2021\n\nPresent: Cllr A Hale (Chair), Cllr B Noor, Cllr C Dale\n\n"
US_HEAD = "CITY OF MAPLE GROVE\nMINUTES OF THE REGULAR CITY COUNCIL MEETING\nMarch 3, 2021\n\nPresent: Mayor Chen, Councilmembers Diaz, Wong and Park\n\n"


def decisions(body: str, head: str = HEAD) -> list[str]:
    return resolution_texts(head + body)


# --- a proposal closed by a title-case outcome word: 'Resolved.', 'Agreed.', 'Carried.' ---------------


@pytest.mark.parametrize(
    "body, words",
    [
        ("7. Membership\nProposed Cllr Hale, seconded Cllr Noor, that the Council join the CPRE. Resolved.\n", "join the CPRE"),
        ("7. Grants\nCllr Hale proposed a grant of £300 to the Scouts, seconded by Cllr Noor. Agreed.\n", "grant of £300"),
        ("7. Lighting\nIt was proposed by Cr Tane that the lighting upgrade proceed; seconded by Cr Hubbard. Carried.\n", "lighting upgrade proceed"),
        ("7. Budget\nProposed by Councillor Walsh that the draft budget be adopted. Passed.\n", "draft budget be adopted"),
    ],
)
def test_a_proposal_closed_by_a_title_case_outcome_is_a_decision(body, words):
    found = decisions(body)
    assert any(words in text for text in found), found


@pytest.mark.parametrize(
    "body",
    [
        "7. Membership\nProposed Cllr Hale, seconded Cllr Noor, that the Council join the CPRE.\n\nOn being put to the vote the motion was lost.\n",
        "7. Grants\nCllr Hale proposed a grant of £300 to the Scouts. Approved grants are listed on the website.\n",
    ],
)
def test_a_proposal_that_fell_or_has_no_outcome_is_no_decision(body):
    assert decisions(body) == []


def test_a_proposal_closed_by_agreed_with_its_tally():
    body = "4.1 Budget. Proposal: that the Council adopts the budget for 2024/25. Proposed by Cllr Moss, seconded by Cllr Dhillon. Agreed (9 for, 2 against).\n"
    assert any("adopts the budget for 2024/25" in text for text in decisions(body))


# --- decisions by consensus (US and Canadian councils and boards) --------------------------------------


@pytest.mark.parametrize(
    "body, words",
    [
        ("7. Hearing date\nIt was the consensus of the Board to postpone the hearing until May.\n", "postpone the hearing until May"),
        ("7. Fees\nAfter discussion, there was a general consensus that staff should bring back a revised fee schedule.\n", "revised fee schedule"),
        ("7. Budget workshop\nConsensus was reached to hold a workshop on the budget in April.\n", "workshop on the budget"),
        ("7. Item 5\nThe consensus of the Council was to defer the item to the next meeting.\n", "defer the item"),
    ],
)
def test_a_consensus_to_act_is_a_decision(body, words):
    found = decisions(body, US_HEAD)
    assert any(words in text for text in found), found


@pytest.mark.parametrize(
    "body",
    [
        "7. Budget\nMembers discussed the budget but there was no consensus on the way forward.\n",
        "7. Procedure\nThe Chair said that consensus was important to the Board.\n",
        "7. Parks\nThere was consensus among residents that the park was well used.\n",
    ],
)
def test_consensus_as_a_topic_is_no_decision(body):
    assert decisions(body, US_HEAD) == []


# --- orders (New England town and city councils) -------------------------------------------------------


@pytest.mark.parametrize(
    "body, words",
    [
        ("9. Contract\nORDERED, that the Town Manager be authorized to sign the contract.\n", "Town Manager be authorized"),
        ("9. Warrant\nOrdered: That the Treasurer pay the bills as listed on the warrant.\n", "Treasurer pay the bills"),
        ("9. Reports\nOn a motion duly seconded, it was ORDERED that the report be placed on file.\n", "placed on file"),
    ],
)
def test_an_order_is_a_decision(body, words):
    found = decisions(body, US_HEAD)
    assert any(words in text for text in found), found


@pytest.mark.parametrize(
    "body",
    ["9. Hall\nThe Clerk ordered that new chairs be delivered before the fair.\n", "9. Hall\nThe Council ordered new chairs for the hall last year.\n"],
)
def test_ordering_goods_or_a_clerk_ordering_is_no_decision(body):
    assert decisions(body, US_HEAD) == []


# --- a decision label naming the body ('Council Decision:', 'Committee Resolution:') ---------------------


@pytest.mark.parametrize(
    "body, expected",
    [
        ("12. Finance report\nCouncil Decision: That the report be received and noted.\n", "That the report be received and noted."),
        ("12. Finance report\nCommittee Resolution: That the quarterly report be received.\n", "That the quarterly report be received."),
        ("12. Policy\nCOUNCIL RESOLUTION\nThat Council adopts the Tree Management Policy.\n", "That Council adopts the Tree Management Policy."),
        ("12. Fees\nBoard decision: to hold the fees at the current level.\n", "to hold the fees at the current level."),
    ],
)
def test_a_decision_label_that_names_the_body(body, expected):
    assert expected in decisions(body)


def test_an_officer_recommendation_label_is_no_decision():
    assert decisions("12. Finance report\nOfficer Recommendation: That the report be received.\n") == []


# --- 'The motion to ... was carried <tally>' and 'Voted unanimously to ...' ----------------------------


@pytest.mark.parametrize(
    "body, words, head",
    [
        ("8. Contract\nThe motion to approve the contract was carried 5 votes to 2.\n", "approve the contract", HEAD),
        ("8. Contract\nThe motion to award the contract to Acme was carried (4 for, 1 against).\n", "award the contract to Acme", HEAD),
        ("8. Warrant\nVoted unanimously to approve the warrant of $12,340.\n", "approve the warrant", US_HEAD),
        ("8. Warrant\nVoted 5-0 to approve the warrant of $12,340.\n", "approve the warrant", US_HEAD),
    ],
)
def test_a_motion_carried_with_its_tally_and_a_vote_with_its_margin(body, words, head):
    found = decisions(body, head)
    assert any(words in text for text in found), found


@pytest.mark.parametrize(
    "body",
    [
        "8. Contract\nThe motion to approve the contract was carried over from the last meeting.\n",
        "8. Contract\nThe motion to approve the contract was to be carried forward to April.\n",
        "8. Roof\nResidents voted 5 to 1 in a survey last year for a new roof.\n",
    ],
)
def test_a_motion_carried_over_or_a_survey_vote_is_no_decision(body):
    assert decisions(body) == []


# --- a motion's 'Seconded by X.' sentence and its outcome belong to it; a motion naming its object keeps its own words ---


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "8. Fee schedule\nThe City Attorney explained the revision.\nMotion: Councilor Nyberg moved to adopt Resolution 259-2018. Seconded by Councilor Ruble."
            " The motion passed 5-0.\n",
            "to adopt Resolution 259-2018. Seconded by Councilor Ruble. The motion passed 5-0.",
        ),
        (
            "8. Minutes\nMoved by Trustee Elton to approve the minutes of March 5. Seconded by Trustee Hawkins. Motion carried.\n",
            "to approve the minutes of March 5. Seconded by Trustee Hawkins. Motion carried.",
        ),
        (
            "8. Bylaw\nDirector Crompton moved that Bylaw 1402 be given first reading. Seconded by Director Lee. CARRIED\n",
            "that Bylaw 1402 be given first reading. Seconded by Director Lee. CARRIED",
        ),
    ],
)
def test_seconded_by_and_the_outcome_close_the_motion(body, expected):
    assert expected in decisions(body, US_HEAD)


def test_a_seconder_sentence_does_not_pull_in_the_next_item():
    body = "8. Minutes\nMoved by Trustee Elton to approve the minutes. Motion carried.\n\n9. Seconded by Trustee Hawkins. Discussion of the fair.\n"
    assert "to approve the minutes. Motion carried." in decisions(body, US_HEAD)


# --- a mover with no wording: the item heading is what was decided ('APPROVING AGENDA: Moved by Boesen. Motion Carried 6-0.') ---


@pytest.mark.parametrize(
    "body, words",
    [
        ("3. APPROVING AGENDA, AS PRESENTED: Moved by Boesen. Motion Carried 6-0.\n", "APPROVING AGENDA"),
        ("3. Approval of the minutes of March 5, 2023: Motion by Hall, second by Ng. Motion Carried 5-0.\n", "minutes of March 5"),
        ("3. Consent agenda\nThe consent agenda was presented. Moved by Director Lee. Motion Passed.\n", "consent agenda"),
    ],
)
def test_a_motion_with_no_wording_decides_its_item(body, words):
    found = decisions(body, US_HEAD)
    assert any(words in text for text in found), found


def test_a_movers_name_stops_at_its_full_stop():
    """'Moved by Boesen. Motion Carried': the name is 'Boesen', not 'Boesen. Motion Carried'; an initial keeps its stop."""
    found = decisions("3. Budget\nMoved by J. Boesen that the budget be adopted. Motion Carried 6-0.\n", US_HEAD)
    assert any(text.startswith("that the budget be adopted") for text in found), found


def test_a_motion_that_fell_with_a_title_case_outcome_is_no_decision():
    assert decisions("3. Fence\nThe fence proposal was discussed. Moved by Boesen. Motion Failed 2-4.\n", US_HEAD) == []


# --- 'BE IT RESOLVED THAT ...; AND THEREFORE, BE IT RESOLVED THAT ...; AND FURTHER IT BE RESOLVED ...' is one resolution ---

CA_HEAD = "TOWNSHIP OF LAKEVIEW\nMINUTES OF THE REGULAR MEETING OF COUNCIL\nJuly 11, 2023\n\nPresent: Mayor Rennet, Councillors Butler and Yemm\n\n"


@pytest.mark.parametrize(
    "body, last_words",
    [
        (
            "5. Housing funding\nR2023-150 D. Yemm, T. Butler\nWHEREAS the Province needs to support vulnerable households;\n"
            "THEREFORE BE IT RESOLVED THAT the Township supports the provincial ask for operating funding. We wish to stress the rural need;\n"
            "AND THEREFORE, BE IT RESOLVED THAT the Township supports the Housing Accelerator Fund;\n"
            "AND FURTHER IT BE RESOLVED THAT a copy of this Resolution be forwarded to the MP and MPP.\nCarried.\n",
            "forwarded to the MP and MPP",
        ),
        (
            "5. Transit\nWhereas the County has cut the rural bus service;\nBe it resolved that the Town write to the County Council;\n"
            "And be it further resolved that the Town ask neighbouring towns for support;\nAnd further be it resolved that this be copied to the MLA.\nCarried\n",
            "copied to the MLA",
        ),
    ],
)
def test_a_chain_of_be_it_resolved_clauses_is_one_resolution(body, last_words):
    found = decisions(body, CA_HEAD)
    assert len(found) == 1 and last_words in found[0], found


def test_two_carried_resolutions_stay_two():
    body = (
        "5. Roads\nBE IT RESOLVED THAT Council approves the gravel tender.\nCarried.\n"
        "6. Parks\nAND FURTHER BE IT RESOLVED THAT the park hours be extended.\nCarried.\n"
    )
    assert len(decisions(body, CA_HEAD)) == 2


# --- 'Correspondence was noted and taken as read.' is an item's outcome even when a later item has a RESOLVED ---


def test_a_noted_outcome_stands_beside_a_decision_items_away():
    """Minutes whose item numbers the structure cannot split (a bold number on its own line) put several
    items in one block: a RESOLVED in the next item does not make this item's 'was noted' a preamble."""
    body = (
        "**16.**\n\n**Correspondence**\n\nCorrespondence was noted and taken as read.\n\n**17.**\n\n**A.O.B**\n\n"
        + "Councillor Walsh raised the condition of the footpaths in the village and the drainage on the main road. " * 4
        + "\n\nIt was agreed that the June meeting would be held in the Community Hall.\n"
    )
    found = decisions(body)
    assert "Correspondence was noted and taken as read." in found, found


def test_a_noted_report_beside_its_resolved_is_one_decision():
    body = "5. Budget monitoring\nThe budget monitoring report was noted.\nRESOLVED that the budget monitoring report be noted.\n"
    assert decisions(body) == ["that the budget monitoring report be noted."]


# --- double-spaced text converted from PDF: a blank line inside a wrapped sentence is no paragraph end ---


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "6. Playground\n\nAfter advice from the county association, the Council agreed that the Playground\n\n"
            "Committee will be regarded as a Working Group, with Cllr Dale reporting back to Council.\n\n7. Finance\n",
            "Committee will be regarded as a Working Group",
        ),
        (
            "9. Notice of Motion\n\nIt was proposed by Councillor Ryan, seconded by Councillor Walsh and agreed that this District invite\n\n"
            "a member of the national roads authority to inspect the condition of our national roads.\n\n10. Correspondence\n",
            "inspect the condition of our national roads",
        ),
        (
            "4. Grants\n\nFollowing a short discussion the Committee resolved to award a grant of £500 to the Scouts,\n\n"
            "subject to receipt of their annual accounts.\n",
            "subject to receipt of their annual accounts",
        ),
    ],
)
def test_a_sentence_wrapped_across_a_blank_line_reads_whole(body, expected):
    found = decisions(body)
    assert any(expected in text for text in found), found


@pytest.mark.parametrize(
    "body, outside",
    [
        ("4. Hall\n\nRESOLVED that the hire charges be frozen\n\nThe Clerk reported on the boiler.\n", "boiler"),
        ("4. Hall\n\nRESOLVED that the hire charges for local groups be frozen for another year.\n\nthe Clerk reported on the boiler.\n", "boiler"),
        (
            "4. Accounts\n\nRESOLVED that the payments be approved: Clerk salary and expenses for the month 132.69 and 26.67\n\nThe Clerk reported on the boiler.\n",
            "boiler",
        ),
    ],
)
def test_a_blank_line_after_a_short_line_a_full_stop_or_a_number_still_ends_the_sentence(body, outside):
    found = decisions(body)
    assert found and not any(outside in text for text in found), found


# --- 'That the Council:' / '1. Receives ...; and' / '2. Approves ...' with its Resolved label lost (NZ, Australia) ---


@pytest.mark.parametrize(
    "body, words",
    [
        (
            "7. Annual Plan\nThat the Committee:\n1. Receives the report Annual Plan Update (R2345); and\n2. Approves the draft fees schedule.\n",
            "Approves the draft fees",
        ),
        ("7. Annual Plan\nThat the Council\n(a) Notes the submissions received; and\n(b) Adopts the Annual Plan 2023/24.\n", "Adopts the Annual Plan"),
        ("7. Grants\nThat the Community Board:\n1. Receives the report; and\n2. Agrees to grant $2,000 to the Brook Hall Society.\n", "grant $2,000"),
    ],
)
def test_a_that_the_body_clause_list_is_one_decision(body, words):
    found = decisions(body, "Minutes of the meeting of Harbour City Council held on 3 March 2021\n\nPresent: Her Worship the Mayor\n\n")
    assert len([text for text in found if words in text]) == 1, found


@pytest.mark.parametrize(
    "body",
    [
        "7. Annual Plan\nRecommendation\nThat the Council:\n1. Receives the report Annual Plan Update (R2345); and\n2. Approves the draft fees schedule.\n",
        "7. Annual Plan\nThat the Council:\n1. The report was taken as read.\n2. Members discussed the fees.\n",
    ],
)
def test_a_recommended_or_narrative_list_is_no_decision(body):
    assert decisions(body, "Minutes of the meeting of Harbour City Council held on 3 March 2021\n\nPresent: Her Worship the Mayor\n\n") == []


# --- 'The recommendations were approved.' right under the item heading records the decision, not the heading ---


@pytest.mark.parametrize(
    "body, expected",
    [
        ("8. Recommendations\nThe recommendations were approved unanimously.\n", "The recommendations were approved unanimously."),
        ("8. Leisure Panel report\nThe recommendation was adopted.\n", "The recommendation was adopted."),
    ],
)
def test_a_closer_under_a_bare_heading_is_its_own_decision(body, expected):
    assert decisions(body) == [expected]


def test_a_closer_after_the_recommendations_still_carries_them():
    body = "8. Leisure review\nThe Panel recommended that the leisure centre contract be extended by two years.\nThe recommendation was adopted.\n"
    found = decisions(body)
    assert any("leisure centre contract be extended" in text for text in found), found


# --- 'Councillors were in agreement that ... should ...' / 'Members were unanimously in agreement to ...' ---


@pytest.mark.parametrize(
    "body, words",
    [
        ("8. Hedges\nCouncillors were in agreement that the hedge should be cut in September.\n", "hedge should be cut"),
        ("8. Bench\nMembers were unanimously in agreement to purchase the new bench for £450.\n", "purchase the new bench"),
        ("8. Website\nAll Councillors present were in agreement that the website contract be renewed.\n", "website contract be renewed"),
    ],
)
def test_an_agreement_to_act_is_a_decision(body, words):
    found = decisions(body)
    assert any(words in text for text in found), found


@pytest.mark.parametrize(
    "body",
    [
        "8. Service\nMembers were in agreement that the service had improved.\n",
        "8. Bench\nMembers were in agreement with the Chair's comments about the bench.\n",
        "8. Bus\nResidents were in agreement that the bus should run later.\n",
    ],
)
def test_an_opinion_shared_or_residents_agreeing_is_no_decision(body):
    assert decisions(body) == []
