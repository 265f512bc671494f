"""Round 26: decisions with no marker that councils outside the development data print (issue 16).

Four forms the rules missed on unseen councils, each seen in several countries:

- an outcome word with its qualifier opening the line under an item or an application ('Approved
  with conditions', 'Deferred for a site visit on ...', 'REFUSED (8-1) - Policy CTY 1', 'Approved
  $3,500.', 'Confirmed without amendment.', 'Adopted on proposal of Cllr. X, seconded Y');
- parish shorthand after a dash: 'Mins 14 Oct – signed.', 'County Cllr report - received. Precept ...'
  (the line goes on), and a list whose rows each close with their own outcome;
- a licensing board's 'The Board GRANTED the application.' / 'revoked the personal licence', 'Cabinet
  delegated authority to ...', and a body wrapped onto the line of its verb.

Near misses: an outcome word with no qualifier in running text, decisions another authority made and
the meeting only heard of, the rows of a table a RESOLVED already lists 'as follows:', and the agreed
minutes sentence whose heading is not the decision.
"""

from __future__ import annotations

import pytest

from helpers import resolution_texts

UK_PLANNING = "Minutes of the meeting of the Planning Committee of Ashcombe District Council held on 3 March 2025\n\nPresent: Cllrs Hale, Noor, Bray\n\n"
UK_PARISH = "Minutes of the meeting of Ashcombe Parish Council held on 3 March 2025\n\nPresent: Cllrs Hale, Noor, Bray\n\n"
IE_MD = "Minutes of the meeting of the Kilmore Municipal District held on 12 May 2025\n\nPresent: Cllr. Nestor, Cllr. Tarpey\n\n"
NZ_BOARD = "Minutes of the meeting of the Ruatane Community Board held on 4 June 2025\n\nPresent: Members Walker, Tomoana\n\n"
ZA_COMMITTEE = "Minutes of the Mayoral Committee of Sediba Local Municipality held on 6 August 2025\n\nPresent: Cllr Ngobeni, Cllr Maluleke\n\n"
SCOT_BOARD = "Minutes of the meeting of the Braeforth Licensing Board held on 5 December 2024\n\nPresent: Councillors Tait, Geddes\n\n"


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    """The rules must find (or refuse) these, not only the trained layer's long tail."""
    monkeypatch.setenv("MINUTES_MINER_LAYER", "rules")


def _found(texts: list[str], wording: str) -> bool:
    return any(wording in text for text in texts)


@pytest.mark.parametrize(
    "head, body, decision",
    [
        (
            UK_PLANNING,
            "Item 5.4 DC/25/0733/VOC Variation of condition 3 at Eastmarsh Garden Centre.\nApproved with conditions\n\nItem 6 APPEALS\n",
            "Approved with conditions",
        ),
        (
            UK_PLANNING,
            "P.61 26/0214/FUL High Garth Farm - agricultural worker's dwelling\nSite visit requested by Councillor Yarker. Deferred for a site visit on 25 November 2025.\n",
            "Deferred for a site visit on 25 November 2025",
        ),
        (
            UK_PLANNING,
            "73. 25/01350/FUL Tarnside Garage - change of use to hot food takeaway\nRefused. 5 for refusal, 3 against.\n\n74. Appeals\n",
            "5 for refusal",
        ),
        (UK_PLANNING, "LA03/2025/0398/F Replacement dwelling, 12 Mill Road\nRefuse REFUSED (8-1) - Policy CTY 1, visual integration\n", "REFUSED (8-1)"),
        (
            IE_MD,
            "5. Vacant Homes Action Plan\nDeferred to next meeting at the request of the Cathaoirleach as the Vacant Homes Officer\nwas on leave.\n",
            "was on leave",
        ),
        (
            IE_MD,
            "1. Minutes of previous meeting 18th June 2025\nAdopted on proposal of Cllr. Nestor, seconded Cllr. Tarpey.\n",
            "Adopted on proposal of Cllr. Nestor",
        ),
        (NZ_BOARD, "6. DISCRETIONARY FUND\n(a) Ruatane Bowling Club - shade sail, requested $4,850\n    Approved $3,500.\n", "Approved $3,500"),
        (
            NZ_BOARD,
            "6. DISCRETIONARY FUND\n(c) Ratepayers Association - newsletter printing, $1,140\n    Declined; does not meet criteria 3.2.\n",
            "Declined; does not meet criteria",
        ),
        (
            ZA_COMMITTEE,
            "MC 112/2025   CONFIRMATION OF MINUTES: 06 AUGUST 2025\n              Confirmed without amendment.\n\nMC 113/2025   SECTION 71 REPORT\n",
            "Confirmed without amendment",
        ),
        (
            SCOT_BOARD,
            "(c) Ferryhouse Inn, Shore Road - variation to extend the outdoor drinking area. Continued to the meeting in January at the\n"
            "request of the applicant.\n",
            "request of the applicant",
        ),
    ],
)
def test_an_outcome_with_its_qualifier_is_the_items_decision(head, body, decision):
    assert _found(resolution_texts(head + body), decision), resolution_texts(head + body)


@pytest.mark.parametrize(
    "head, body, not_a_decision",
    [
        (UK_PARISH, "7. Website\nThe Clerk said the approved minutes are published on the website within a week.\n", "published on the website"),
        (  # the district council's decisions, reported to a parish council: not the meeting's own
            UK_PARISH,
            "8. Planning decisions notified by the District Council\n24/0123 4 Elm Road, rear extension.\nApproved with conditions\n",
            "Approved with conditions",
        ),
        (UK_PARISH, "9. Correspondence\nA resident wrote that his fence was approved in principle by the landlord last year.\n", "fence"),
    ],
)
def test_no_decision_from_a_reported_or_running_outcome(head, body, not_a_decision):
    assert not _found(resolution_texts(head + body), not_a_decision), resolution_texts(head + body)


def test_the_rows_of_a_table_a_resolution_lists_are_not_decisions_of_their_own():
    body = (
        "7. Planning applications\nRESOLVED that the applications listed below be determined as follows:\n\nApp No Address Proposal Decision\n"
        "25/01203/HOU 7 Quarry Close Single storey rear extension GRANTED subject to\nconditions 1-3 in report\n"
        "25/01260/LBC Old Rectory Replacement of 11 timber windows DEFERRED for a site visit\n"
    )
    found = resolution_texts(UK_PLANNING + body)
    assert _found(found, "determined as follows"), found
    assert not any(text.startswith(("GRANTED", "DEFERRED", "25/01260")) for text in found), found


@pytest.mark.parametrize(
    "body, decision",
    [
        ("25/004 Mins 14 Oct – signed.\n25/005 Matters arising - none.\n", "Mins 14 Oct – signed"),
        ("2 Minutes of 13 June 2025 – correct record, signed.\n\n3 Operational report\n", "correct record, signed"),
        ("3. Minutes\nMinutes of 26 January 2025 approved and signed.\n\n4. Finance\n", "Minutes of 26 January 2025 approved and signed"),
    ],
)
def test_minutes_signed_in_parish_shorthand(body, decision):
    assert _found(resolution_texts(UK_PARISH + body), decision), resolution_texts(UK_PARISH + body)


def test_minutes_be_confirmed_and_signed_is_read_from_its_own_sentence():
    body = "P.027/26 Minutes of meeting 2 February 2025\nProposed by Councillor Blaney, Seconded by Alderman Gault and agreed that the minutes be confirmed and signed.\n\nP.028/26 Schedule\n"
    found = resolution_texts(UK_PLANNING + body)
    assert _found(found, "the minutes be confirmed and signed"), found
    assert not _found(found, "Minutes of meeting 2 February"), found


@pytest.mark.parametrize(
    "body, decision",
    [
        ("25/004 County Cllr report - received. Precept referendum threshold confirmed at 4.99%.\n", "County Cllr report - received"),
        ("12. Appeals update – noted. Seven appeals decided in the quarter, five dismissed.\n", "Appeals update – noted"),
        ("5. County & District reports – received (written, attached).\n6. Finance\n", "County & District reports – received"),
    ],
)
def test_a_dash_outcome_ends_its_sentence_while_the_line_goes_on(body, decision):
    assert _found(resolution_texts(UK_PARISH + body), decision), resolution_texts(UK_PARISH + body)


def test_a_dash_that_is_not_an_outcome_gives_nothing():
    body = "6. Highways\nThe contractor said the closure dates - agreed with the county in March - were unchanged.\n"
    assert not _found(resolution_texts(UK_PARISH + body), "closure dates"), resolution_texts(UK_PARISH + body)


@pytest.mark.parametrize(
    "rows, first, second",
    [
        ("F.107 GRANTS\nCarnival Committee - £1,500 - APPROVED\nSt Mary's Bellringers - £400 - APPROVED\n", "Carnival Committee", "Bellringers"),
        ("FGP/25/36 Grants\nOxenholt Foodbank £1,500 – approved\nFriends of Holt Park £650 – approved\n", "Foodbank", "Friends of Holt Park"),
        (
            "5. Grant requests\n(a) Young Farmers - £500 towards their costs. Agreed.\n(b) Ysgol Gynradd PTA - £250 towards the summer trip. Agreed unanimously.\n",
            "Young Farmers",
            "Ysgol Gynradd PTA",
        ),
    ],
)
def test_each_row_of_a_list_closed_by_its_outcome_is_its_own_decision(rows, first, second):
    found = resolution_texts(UK_PARISH + rows)
    assert _found(found, first) and _found(found, second), found
    assert not any(first in text and second in text for text in found), found


@pytest.mark.parametrize(
    "head, body, decision",
    [
        (
            SCOT_BOARD,
            "3. (a) The Anchorage, 14 Harbour Street - restaurant. No objections or representations. The Board GRANTED the application.\n",
            "GRANTED the application",
        ),
        (SCOT_BOARD, "6. Personal licence review - J. Smith\nFollowing a hearing, the Board revoked the personal licence.\n", "revoked the personal licence"),
        (
            "Minutes of the Cabinet of Ridgemarsh County Council held on 9 July 2025\n\n",
            "7. School building programme\nCabinet delegated authority to the Director of Education to award the construction contracts within the approved budget.\n",
            "delegated authority to the Director of Education",
        ),
        (
            UK_PARISH,
            "6. Budget\nAfter a long discussion on the reserves, Members\nagreed to add £1,500 to the earmarked reserve for the play area.\n",
            "£1,500 to the earmarked reserve",
        ),
    ],
)
def test_a_body_and_its_verb_in_forms_beyond_resolved_and_agreed(head, body, decision):
    assert _found(resolution_texts(head + body), decision), resolution_texts(head + body)


def test_authority_as_a_subject_that_delegates_nothing_is_no_body():
    body = "CAB/51 Decarbonisation\nGrant of £3.47m accepted. Authority delegated to the Director of Communities to award the contract.\n"
    found = resolution_texts(UK_PARISH + body)
    assert not any(text.startswith("Authority delegated") for text in found), found


US_BOARD = "Town of Ashgrove, Vermont\nDevelopment Review Board - Minutes of the meeting of April 22, 2025\n\nPresent: Pelkey, Szabo, Kinsey\n\n"


@pytest.mark.parametrize(
    "body, decision",
    [
        ("DRB-25-07 Doucette. Conditions were read. Motion Pelkey, 2nd Szabo, to approve with conditions 1-2. 5-0.\n", "to approve with conditions 1-2"),
        (
            "Case 2025-33 - Granite Notch LLC. Continuance requested. Motion Penrose/Kilgore to continue to February 24. Vote 5-0.\n",
            "to continue to February 24",
        ),
        ("Warrant articles reviewed. Moved Cote/2nd Osgood to authorize application. VOTED 3-0.\n", "to authorize application"),
        ("Claims list $486,902.33 presented. Motion Slone, second Caudill, to pay claims and approve\ntransfers. All aye.\n", "to pay claims and approve"),
    ],
)
def test_a_shorthand_motion_carried_by_its_vote(body, decision):
    assert _found(resolution_texts(US_BOARD + body), decision), resolution_texts(US_BOARD + body)


@pytest.mark.parametrize(
    "body, wording",
    [
        ("Case 2026-01 - Okafor. Motion Thibodeau, 2nd Kilgore, to grant the variance. 2-3.\n", "to grant the variance"),
        ("Hall rental. Motion Amato, 2nd Hess, to waive the rental fee. Motion failed.\n", "to waive the rental fee"),
        ("Road report heard. Motion Napier, second Slone, to hire a second grader operator for the summer.\n", "second grader operator"),
    ],
)
def test_a_shorthand_motion_lost_or_with_no_vote_decides_nothing(body, wording):
    assert not _found(resolution_texts(US_BOARD + body), wording), resolution_texts(US_BOARD + body)
