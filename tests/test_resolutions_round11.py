"""Resolution families of round 11 (issue 16): forms found in real tune-part minutes, generalised.

Snippets are invented minutes in the styles of English, Australian, Canadian, Irish and US
councils; each runs through the whole extraction. Near misses that must stay in sit beside
each family.
"""

from __future__ import annotations

import pytest

from helpers import resolution_texts

HEAD = "Minutes of the meeting of Ashcombe District Council held on 3 March 2021\n\nPresent: Cllr A Hale (Chair), Cllr B Noor, Cllr C Dale\n\n"


def decisions(body: str, head: str = HEAD) -> list[str]:
    return resolution_texts(head + body)


# --- a request or recommendation to approve the minutes is not their approval ---------------------------------------
# The chair asks the meeting to approve the minutes, or reports that she has read them and recommends they be signed;
# the meeting's decision (a vote, 'RESOLVED', 'The minutes were signed') comes after it, or a debate on their accuracy.


@pytest.mark.parametrize(
    "body",
    [
        "1. Minutes\nThe Chair requested Council to approve the Minutes of the Council Meeting held on 2 June 2021, which would be signed at the end of the meeting.\n"
        "Councillor Peel said the minutes did not record his question on the budget.\n",
        "2. CONFIRMATION OF MINUTES\nThe Mayor reports that she has perused the minutes of the Ordinary Council meeting held on Monday, 6 May 2024, finds them "
        "to be a true record and recommends that they be taken as read and signed as a correct record.\nCr Vance pointed out an error in item 8.\n",
        "Item 3 - Previous Minutes\nThe Chairperson asked Members to confirm the minutes of the meeting held on 14 January 2025 as a correct record.\n"
        "Cllr Hughes asked that the spelling of her name be corrected.\n",
        "3) Adoption of Minutes\nThe Reeve invited Council to adopt the minutes of the meeting of March 4, 2025 as presented.\n"
        "Councillor Moss raised a question on page 3.\n",
        "4. Minutes\nThe Clerk recommended that the minutes of the meeting held on 9 September 2024 be approved and signed as a correct record.\n"
        "Members discussed the wording of minute 44.\n",
    ],
)
def test_a_request_to_approve_the_minutes_is_no_decision(body: str) -> None:
    assert not [t for t in decisions(body) if "minutes" in t.lower()], decisions(body)


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "1. Minutes\nThe Chair requested Council to approve the Minutes of the meeting held on 2 June 2021 and they were approved as a correct record.\n",
            "approved as a correct record",
        ),
        ("2. Minutes\nThe minutes of the meeting held on 6 May 2024 were approved and signed as a correct record.\n", "signed as a correct record"),
        (
            "3. Minutes\nThe Chair reported that the minutes of the meeting held on 14 January 2025 had been signed as a correct record.\n",
            "signed as a correct record",
        ),
        ("4. Minutes\nRESOLVED that the minutes of the meeting held on 9 September 2024 be approved and signed as a correct record.\n", "correct record"),
    ],
)
def test_minutes_approved_still_found(body: str, expected: str) -> None:
    assert any(expected in t for t in decisions(body)), decisions(body)


# --- a blanket outcome line: 'All <things listed> are / have been approved' closes a list of applications ------------
# Licensing boards and councils list each application with its own 'Granted', then settle a whole class in one line of
# present or perfect tense. The line on its own is the decision; the same words inside a sentence that goes on ('... by
# the licensing officer', '... in 2019') or under a modal are news or policy, not a decision.

LICENSING_HEAD = "Minutes of the Licensing Board of Carrick City held on 7 January 2025\n\nPresent: Chair Moran, Member Olsen, Member Ruiz\n\n"


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "1. Rosa's Cantina, 14 Dock St. has applied for a one day amendment for a street fair.\nGranted\n"
            "All special one day licenses are approved\n\nOld and New Business\nThe Board discussed the hearing schedule.\n",
            "All special one day licenses are approved",
        ),
        (
            "2. Harbour Events Ltd has applied for a one day license for a wedding on 3 May.\nGranted\n"
            "All Special One Day Alcohol Licenses have been approved\nOld and New Business:\nThe Board is in receipt of a letter.\n",
            "All Special One Day Alcohol Licenses have been approved",
        ),
        (
            "7. Street Trading Consents\nThe schedule of renewals was circulated with the agenda.\nAll street trading renewals listed were granted.\n",
            "All street trading renewals listed were granted",
        ),
        (
            "8. Payments\nThe schedule of payments for February was tabled.\nAll invoices on the schedule have been approved.\n\n9. Correspondence\nNone.\n",
            "All invoices on the schedule have been approved",
        ),
        (
            "5. Temporary Event Notices\nThe Board considered six notices for the summer festival.\nAll other temporary event permits are approved.\n",
            "All other temporary event permits are approved",
        ),
    ],
)
def test_blanket_outcome_line_is_a_decision(body: str, expected: str) -> None:
    found = decisions(body, LICENSING_HEAD)
    assert any(expected in t and "Granted" not in t and "has applied" not in t for t in found), found


@pytest.mark.parametrize(
    "body",
    [
        "4. Officer update\nAll one day licenses are approved by the licensing officer under delegated powers.\n",
        "5. Policy\nAll applications must be approved by the Board before a licence is issued.\n",
        "6. Officer update\nThe officer said that all event permits have been approved in previous years without complaint.\n",
        "7. Questions\nNot all special one day licenses are approved, Member Ruiz noted.\n",
    ],
)
def test_blanket_outcome_near_misses(body: str) -> None:
    found = decisions(body, LICENSING_HEAD)
    assert not [t for t in found if "approved" in t], found


# --- a mid-line 'Decision:' label: the decision is what follows the colon, however short ---------------------------
# Printed decision pages run the item's standing description and its 'Decision:' into one line ('Declarations of
# Interest The Members will be asked to say ... Decision: No interests were declared.'). A short decision must not
# reach back over the description as a short 'resolved to ...' clause does.


@pytest.mark.parametrize(
    "body, expected, not_in",
    [
        (
            "3 Declarations of Interest The Members will be asked to say if they have any interests in the items on the agenda. Decision: No interests were declared.\n",
            "No interests were declared.",
            "will be asked",
        ),
        (
            "4 Admission of the Public You will be told at this point whether any items are to be taken in private. Decision: All items were taken in public.\n",
            "All items were taken in public.",
            "You will be told",
        ),
        (
            "5 Deputations The Committee will hear any deputations from members of the public. Decision: None were received.\n"
            "6 Questions Members may ask questions of the Chair. Decision: The answers were noted.\n",
            "The answers were noted.",
            "may ask questions",
        ),
        (
            "7 Substitutes Members are asked to report any substitutes. Decision: Cllr Dale substituted.\n",
            "Cllr Dale substituted.",
            "are asked to report",
        ),
    ],
)
def test_mid_line_decision_label_keeps_to_its_words(body: str, expected: str, not_in: str) -> None:
    found = decisions(body)
    assert any(expected in t and not_in not in t for t in found), found


def test_short_clause_still_reads_from_its_line() -> None:
    body = "8 Grants\nAfter discussion, the Councillors resolved to give £250.\n"
    assert any("Councillors resolved to give £250" in t for t in decisions(body)), decisions(body)


# --- '<the matter> proposed by A, seconded by B. All agreed.': the proposal names its own matter ---------------------
# Parish minutes put the matter first and the mover after it. The closer ('All agreed.', 'Agreed unanimously.') must not
# read two sentences back over a bank balance, a report line or the item heading and take the record from the proposal.

PARISH_HEAD = "Minutes of Elmfield Parish Council meeting held on 3 March 2021\n\nPresent: Cllr A Hale (Chair), Cllr B Noor\n\n"


@pytest.mark.parametrize(
    "body, expected, not_in",
    [
        (
            "8. Finance\nd) Bank Account balances.\nCommunity Account 1234 £1742.49\nReserve Account 5678 £8556.33\n"
            "- To agree a contribution to the footpath fund (Cllr Allison)\nReport given by Councillor Allison.\n"
            "A contribution of £1,000 proposed by Councillor Eckles & seconded by Councillor Hastings. All agreed.\n",
            "A contribution of £1,000 proposed by Councillor Eckles & seconded by Councillor Hastings. All agreed",
            "Reserve Account",
        ),
        (
            "10. Village Hall\nThe hall committee's letter was read.\nHire charge increase to £12 an hour proposed by Cllr Tate, seconded by Cllr Lowe. Agreed unanimously.\n",
            "Hire charge increase to £12 an hour proposed by Cllr Tate, seconded by Cllr Lowe. Agreed unanimously",
            "letter was read",
        ),
        (
            "11. Grass cutting\nThree quotes were circulated. The lowest was from Green Blade.\n"
            "The Green Blade quote of £2,150 for the season proposed by Cllr Ives and seconded by Cllr Fenn. Carried.\n",
            "The Green Blade quote of £2,150 for the season proposed by Cllr Ives and seconded by Cllr Fenn",
            "Three quotes",
        ),
        (
            "12. Remembrance\nThe Clerk reported on the wreath order.\nA donation of £50 to the Royal British Legion was proposed by Cllr Ray and seconded by Cllr Bell. All in favour.\n",
            "A donation of £50 to the Royal British Legion was proposed by Cllr Ray and seconded by Cllr Bell",
            "wreath order",
        ),
    ],
)
def test_subject_first_proposal_keeps_its_sentence(body: str, expected: str, not_in: str) -> None:
    found = decisions(body, PARISH_HEAD)
    assert any(expected in t and not_in not in t for t in found), found


def test_mover_first_proposal_still_reads_its_matter_from_before() -> None:
    body = "13. Defibrillator\nThe Council to buy a defibrillator for the hall at £1,200.\nProposed by Cllr Ray, seconded by Cllr Bell. All agreed.\n"
    found = decisions(body, PARISH_HEAD)
    assert any("defibrillator for the hall" in t for t in found), found
