"""Resolution families of round 12 (issue 16): how unseen councils record decisions, generalised.

Snippets are invented minutes in the styles of UK, Irish, Isle of Man, US, Canadian, Australian
and New Zealand councils; each runs through the whole extraction. Near misses sit beside each family.
"""

from __future__ import annotations

import pytest

from helpers import resolution_texts

HEAD = "Minutes of the meeting of Ashcombe District Council held on 3 March 2021\n\nPresent: Cllr A Hale (Chair), Cllr B Noor, Cllr C Dale\n\n"


def decisions(body: str, head: str = HEAD) -> list[str]:
    return resolution_texts(head + body)


# --- a report heard, then 'Noted.' ------------------------------------------------------------------------------------
# An officer reports (figures, progress) and the minute closes with a bare 'Noted.' / 'Received.' on its own line: the
# decision is the noting itself; the officer's report is narrative, not the wording of a motion. (On the report's own
# line after a single sentence, '... 41 days. Noted.', annotators differ: some take it as the matter noted.)


@pytest.mark.parametrize(
    "body",
    [
        "5. ALLOTMENTS\nThe Town Clerk reported that 14 plots were vacant and 6 people were on the waiting list.\nNoted.\n\n6. Close\n",
        "7. HOUSING REPORT\nThe Meetings Administrator presented the quarterly housing report, showing 212 households on the waiting list in the district.\nNoted.\n\n8. AOB\n",
        "Item 4 Investments\nThe Manager Finance took members through the investment report; the portfolio return for the quarter was 4.6%.\nNoted.\n\nItem 5\n",
        "9. Three Waters update\nThe Group Manager Infrastructure updated the Board on the water meter rollout, now 80% complete across the district.\nReceived.\n\n10.\n",
        "6. FIRE DEPARTMENT\nChief Lindqvist reported 42 calls for service in March, of which 9 were medical assists.\n  Noted.\n\n7. ADJOURNMENT\n",
        "12. Roads\nThe Director of Public Works gave an update on the spring grading programme: 38 km of gravel roads had been graded.\nNoted.\n\n13.\n",
    ],
)
def test_a_report_then_noted_is_the_bare_noting(body: str) -> None:
    found = decisions(body)
    assert any(t.rstrip(".").lower() in {"noted", "received"} for t in found), found
    assert not [t for t in found if "reported" in t or "presented" in t or "updated" in t or "took members" in t or "gave an update" in t], found


@pytest.mark.parametrize(
    "body, expected",
    [
        ("8. CORRESPONDENCE\n(a) Rural Housing Trust - open day at the Old School on 4 May. Noted.\n\n9.\n", "Rural Housing Trust"),
        ("8. Correspondence\nLetter from the Fire Service re hydrant testing in Mill Lane. Noted.\n\n9.\n", "hydrant testing"),
        (
            "10. Grants\nThe Clerk reported a request from the Scouts for £150. Cllr Ray proposed a grant of £100, seconded Cllr Lee. Agreed.\n\n11.\n",
            "grant of £100",
        ),
    ],
)
def test_a_matter_or_a_proposal_before_the_closer_is_still_read(body: str, expected: str) -> None:
    found = decisions(body)
    assert any(expected in t for t in found), found


# --- 'the following ...:' governs the list under it -----------------------------------------------------------------
# A decision whose wording ends on a colon ('... the minutes of the following committees be adopted:', 'RESOLVED to
# approve the following payments:') decides the list printed under it: dash bullets or indented rows of a payment
# schedule, up to a blank line or the next unindented line. ANNOTATION.md: one record holds all the clauses.


@pytest.mark.parametrize(
    "body, last_item",
    [
        (
            "C 203/24 MINUTES OF COMMITTEES\nProposed by Councillor Gormley, seconded by Alderman Irwin and agreed that the minutes of the following "
            "committees be adopted:\n- Planning Committee, 3 June 2024\n- Audit Committee, 10 June 2024\n\nC 204/24 NEXT\n",
            "Audit Committee",
        ),
        ("7. Finance\nRESOLVED to approve the following payments:\n    Clerk - salary (May)        £540.00\n    HMRC - PAYE    £120.00\n8. Planning\n", "HMRC"),
        (
            "14. ACCOUNTS\nOn the proposal of Cllr Nagle, seconded by Cllr Walsh, it was agreed that the following accounts be paid:\n"
            "   Kerry Hardware      €212.40\n   ESB Networks        €88.10\n\n15. CORRESPONDENCE\n",
            "ESB Networks",
        ),
        (
            "9.2 Fees and Charges\nThat Council adopt the hall fees as follows:\n   Hall hire (per hour)   $35.00\n   Cleaning bond   $200.00\nCARRIED 5/0\n",
            "Cleaning bond",
        ),
        (
            "CLAIMS\nOn motion by Commissioner Ruiz, seconded by Commissioner Hale, the Board approved the following claims:\n  • Ace Hardware  $412.10\n"
            "  • County Fuel  $1,880.00\nMotion carried 3-0.\n",
            "County Fuel",
        ),
        (
            "5. Community Grants\nIt was agreed to allocate the following grants:\n- Kilcornan Tidy Towns €1,500\n- Askeaton GAA €2,000\n\n6. AOB\n",
            "Askeaton GAA",
        ),
    ],
)
def test_a_decision_ending_on_a_colon_holds_its_list(body: str, last_item: str) -> None:
    found = decisions(body)
    assert any(last_item in t and "follow" in t for t in found), found


@pytest.mark.parametrize(
    "body, outside",
    [
        ("7. Finance\nRESOLVED to approve the following payments:\n\n8. PLANNING\n    Land at Mill Lane - two dwellings\n", "Mill Lane"),
        ("7. Finance\nRESOLVED to approve the following payments:\n8. Planning\n    Land at Mill Lane - two dwellings: no objection.\n", "Mill Lane"),
    ],
)
def test_the_list_ends_at_a_blank_line_or_the_next_item(body: str, outside: str) -> None:
    assert not [t for t in decisions(body) if outside in t], decisions(body)


# --- 'Noted.' opening an item's minute, the discussion after it ---------------------------------------------------------
# Terse minutes put the outcome first ('7. Work programme' / 'Noted. The item on ... was moved to March.'): the first
# word of the item, right under its heading, is the decision; what follows is the discussion or a member's question.


@pytest.mark.parametrize(
    "body",
    [
        "CCM 218/26 CHIEF EXECUTIVE'S MANAGEMENT REPORT\nNoted. Cllr. Byrne asked for an update on the 40 homes at Mill Court. Ms. Roche would circulate it.\n\nCCM 219/26\n",
        "CAB/52 Quarter 2 Performance\nNoted. Of 30 indicators, 21 were on target. Benefit claims took 25 days against a target of 20.\n\nCAB/53 Next\n",
        "5. Risk and Assurance Report Q2\n   Noted. Cr Patel wanted to know when the cyber review would be done.\n   Answer: due June.\n\n6. Next\n",
        "7. Work programme\nNoted. The item on temporary accommodation was moved to March at the Chair's request.\n\n8. Date of next meeting\n",
        "12. TREASURER'S REPORT\nReceived. Councillor Hayes asked about the reserve fund balance; the Treasurer will report in June.\n\n13. ADJOURNMENT\n",
    ],
)
def test_noted_opening_the_item_is_its_outcome(body: str) -> None:
    found = decisions(body)
    assert any(t.rstrip(".").lower() in {"noted", "received"} for t in found), found


@pytest.mark.parametrize(
    "body",
    [
        "7. Work programme\nThe Chair said it should be noted. The item on temporary accommodation was moved to March.\n\n8. Next\n",
        "7. Work programme\nNoted that the item on temporary accommodation had moved to March; no decision was needed.\n\n8. Next\n",
    ],
)
def test_noted_inside_a_sentence_is_not_a_leading_outcome(body: str) -> None:
    assert not [t for t in decisions(body) if t.rstrip(".").lower() == "noted"], decisions(body)


# On the report's own line, after a paragraph of several sentences of narrative, 'Noted.' notes the paragraph: the
# narrative is what was heard, not the wording of a decision. A one-sentence matter line keeps its matter (above).


@pytest.mark.parametrize(
    "body",
    [
        "P.63  ENFORCEMENT UPDATE\n41 cases were open at 30 September (52 at 30 June). Members thanked the team. The Committee asked for a list of older cases. Noted.\n\nP.64\n",
        "25. Ofsted Focused Visit\nThe Panel received the letter following the visit in September. Inspectors found 92% of care leavers in touch with the service. Noted.\n\n26.\n",
        "8. POLICE REPORT\nSgt Ward attended. There had been 14 reported crimes in the ward since May, 6 of them thefts from vehicles. Residents should lock cars. Noted.\n\n9.\n",
        "Item 6 Library Services\nVisits rose 8% on last year. The mobile library now serves 11 villages, and the Saturday pilot will continue. Noted.\n\nItem 7\n",
    ],
)
def test_noted_after_a_paragraph_of_narrative_is_the_bare_noting(body: str) -> None:
    found = decisions(body)
    assert any(t.rstrip(".").lower() == "noted" for t in found), found


def test_noted_after_decisions_reported_keeps_them() -> None:
    body = "PL/24/23 Decisions notified by the planning authority\nP/HOU/2024/01211 (Elm Barn) - granted. P/FUL/2024/00302 (Mill Garage) - refused. Noted.\n\nPL/24/24\n"
    assert any("Elm Barn" in t for t in decisions(body)), decisions(body)


def test_noted_after_a_proposal_still_closes_it() -> None:
    body = "9. Bus shelter\nThe shelter on Mill Lane is damaged. Cllr Ray proposed that a replacement be bought at £1,800, seconded Cllr Lee. Noted.\n\n10.\n"
    assert any("replacement" in t for t in decisions(body)), decisions(body)


# --- terse vote records: 'Motion Haney, 2nd Marsh, to accept. Passed.' / 'Lisowski/Reyes. 6 yes.' ----------------------
# Small US boards (fire districts, library boards, townships, water districts) minute an item as its matter, the mover and
# seconder in shorthand and the vote: 'Passed 5-0', '6 yes', 'Accepted 4-0'. The closer with a tally, or a bare 'Passed.'
# after a shorthand mover, closes the item's motion; the item's line is the decision.


@pytest.mark.parametrize(
    "body, expected",
    [
        ("Minutes of June 9 read. Motion Ortiz, 2nd Bell, to accept. Passed.\n\nChief's report -- 31 calls.\n", "Minutes of June 9"),
        ("Treasurer's report -- checking $41,220.10. Motion Bell / Ortiz to accept. Passed.\n\nOld business\n", "Treasurer's report"),
        ("25-071  Gifts and donations, $1,250 from the Friends. Novak/Reyes. 5 yes.\n25-072  Adjourn.\n", "Gifts and donations"),
        ("3) Financials May - cash on hand $806,318; reserve $544,900. Accepted 3-0.\n4) Ops report.\n", "Financials May"),
        ("New business --\nMotion Pyle, 2nd Tuck, to buy 6 sets of turnout gear from the state grant, $18,900. Passed 5-0.\n\nAdjourned.\n", "turnout gear"),
        ("25-090  Financial report & bills. Sept expenditures $98,410.20. Moved Okafor / 2nd\nBrandt. 5 yes.\n25-091  Adjourn.\n", "Financial report"),
        (
            "4) Ops report.\n5) Resolution 25-11 adopting the tentative budget ($2.1M) and\n   setting the hearing for June 3. Motion Vance, second Ruiz.\n"
            "   Roll: Hollis Y, Vang Y, Vance Y, Ruiz Y. Passed.\n6) Fence - tabled.\n",
            "Resolution 25-11",
        ),
    ],
)
def test_a_terse_vote_closes_the_item(body: str, expected: str) -> None:
    found = decisions(body)
    assert any(expected in t for t in found), found


@pytest.mark.parametrize(
    "body, outside",
    [
        ("Motion Marsh, 2nd Haney, to raise the fire fee from $95 to $110. Discussion. Vote 2-3. Failed.\n\nAdjourned.\n", "fire fee"),
        ("Chief's report -- the Engine 2 pump test was repeated in July. Passed.\n\nAdjourned.\n", "pump test"),
    ],
)
def test_no_vote_or_a_failed_vote_closes_nothing(body: str, outside: str) -> None:
    assert not [t for t in decisions(body) if outside in t], decisions(body)


# --- '<matter> - granted.' closing its line -------------------------------------------------------------------------------
# The dash outcome ('Letter from X - noted.', 'Schedule of payments - agreed.') takes the other outcome words of requests
# and applications too: granted, refused, declined, deferred (not 'accepted': 'Apologies: Cllr X (work) - accepted' is attendance).


@pytest.mark.parametrize(
    "body, expected",
    [
        ("7  Correspondence\nPolwenna Rowing Club requesting free storage over winter for 2 gigs - granted.\n\nNext meeting 19th November.\n", "free storage"),
        ("9. Requests\nRequest from the Scouts to use the field for a camp on 14 June - refused.\n\n10. AOB\n", "camp on 14 June"),
        ("5.3 Hall hire\nApplication from Tidy Towns for a fee waiver for the AGM - declined.\n\n5.4\n", "fee waiver"),
        ("Item 6\nRequest by Riverside Bowls Club for a $2,000 grant towards new mats - deferred.\n\nItem 7\n", "new mats"),
    ],
)
def test_a_dash_outcome_closes_its_matter(body: str, expected: str) -> None:
    found = decisions(body)
    assert any(expected in t for t in found), found


@pytest.mark.parametrize(
    "body",
    [
        "PL/24/23 Decisions of the planning authority\n24/0112 (Mill Barn) - refused by the planning authority on appeal grounds.\n\nPL/24/24\n",
        "1. Apologies\nApologies: Cllr D Royle (work) - accepted.\n\n2. Minutes\n",
    ],
)
def test_an_outcome_word_inside_the_line_is_no_dash_outcome(body: str) -> None:
    assert not [t for t in decisions(body) if "Mill Barn" in t or "Royle" in t], decisions(body)
