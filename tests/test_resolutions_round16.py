"""Resolution families of round 16 (issue 16): short notings as the outcome of an item.

Terse minutes in many countries close an item with a noting that is a sentence of its own and
the whole decision: 'Report received.', 'Received for information.', 'Received and placed on
file.', '- received and filed.'; or print a bare 'Received.' / 'Noted.' under the item's heading
(and a ModernGov 'Minutes:' label) with nothing else; or say '<Body> noted the <document>.' of a
log, register or consultation. ANNOTATION.md: "Noted." and "The Committee NOTED the report" are
the outcome of an item. Snippets are invented, in UK, Irish, Canadian, US, South African, NZ and
Australian styles; the near misses must give no noting ('Report received from the Police ...' is
a matter, 'Noted that ...' and '<Body> noted the register was ...' are narrative).
"""

from __future__ import annotations

import pytest

from helpers import resolution_texts

HEAD = "Minutes of the meeting of Tullagh Vale Council held on 3 March 2025\n\nPresent: Cllr A Hale (Chair), Cllr B Noor, Cllr C Dale\n\n"


def decisions(body: str) -> list[str]:
    return resolution_texts(HEAD + body)


@pytest.mark.parametrize(
    "body, noting",
    [
        (
            "6. DELEGATED DECISIONS - 58 applications determined under delegated powers in May\nand June; 91% within the statutory period. Report received.\n\n7. CLOSE\n",
            "Report received.",
        ),
        (
            "5.3 Information Report - Transit Ridership\nRidership for the first half of the year was 41,200 trips, up 6%. Received for information.\n\n5.4 ADJOURNMENT\n",
            "Received for information.",
        ),
        (
            "C. Assessor's report - Board of Review: 36 appeals heard, 20 granted in\npart; taxable value up 2.9% overall. Received and placed\non file.\n\nD. ADJOURNMENT\n",
            "Received and placed on file.",
        ),
        (
            "MC 14/2026 Quarterly Indigent Register\nThe register holds 3,118 households, 212 more than in the last quarter. Received as information.\n\nMC 15/2026 CLOSURE\n",
            "Received as information.",
        ),
        (
            "L 05/25 Licensing Statistics - Quarter 3\nTreasurer's report noted. 187 licences issued, 94% within the target of 28 days.\n\nL 06/25 Close\n",
            "Treasurer's report noted.",
        ),
        (
            "T/10/26  Accounts to 30 September 2026\nIncome £18,204. Expenditure £14,973.\nReceived and adopted.\n\nT/11/26  Close\n",
            "Received and adopted.",
        ),
    ],
)
def test_a_short_noting_sentence_is_the_decision(body: str, noting: str) -> None:
    assert noting in decisions(body)


@pytest.mark.parametrize(
    "body",
    [
        "## 4. Chair's report\n\nReceived.\n\n## 5. Close of meeting\n",
        "79. Enforcement performance Q3\n\nMinutes:\n\nReceived.\n\n80. Close\n",
        "12. Forward Plan\nDecision:\nNoted.\n\n13. Close\n",
        "7.  CORRESPONDENCE REGISTER\n\nNoted.\n\n8.  CLOSE\n",
        "Agenda item 9.1  Correspondence and Assembly of Councillors records\nReceived.\n\nAgenda item 10.1  Close\n",
    ],
)
def test_a_bare_noting_under_only_its_heading_is_the_noting(body: str) -> None:
    found = decisions(body)
    assert [t for t in found if t.rstrip(".").lower() in {"noted", "received"}], found
    assert not [t for t in found if any(w in t for w in ("report", "Enforcement", "Forward", "REGISTER", "Correspondence"))], found


@pytest.mark.parametrize(
    "body, noting",
    [
        (
            "C 206/24 CONSULTATION - HOUSING INVESTMENT PLAN\nThe Council noted the consultation. Councillor Ward asked about waiting lists.\n\n",
            "The Council noted the consultation.",
        ),
        ("5. Internal audit\nMembers noted the log. Completion has reached 71%, up from 48%.\n\n6. Close\n", "Members noted the log."),
        ("8. Risk\nThe Committee noted the Corporate Risk Register.\n\n9. Close\n", "The Committee noted the Corporate Risk Register."),
        ("4. Scrutiny\nThe Panel noted the work programme and the dates for 2026.\n\n5. Close\n", "The Panel noted the work programme"),
    ],
)
def test_body_noted_a_document_is_a_decision(body: str, noting: str) -> None:
    assert any(t.startswith(noting) for t in decisions(body)), decisions(body)


@pytest.mark.parametrize(
    "body",
    [
        "6. Police\nReport received from the Police about speeding in the village.\n\n7. Close\n",
        "7. Members' items\nNoted that the hall would close in August for repairs.\n\n8. Close\n",
        "8. Risk\nThe Committee noted the register was out of date at the last audit.\n\n9. Close\n",
        "9. Correspondence\nThe Clerk said the report received last week was incomplete.\n\n10. Close\n",
        "5. Library\nUpdate received on Friday from the contractor; the works are on time.\n\n6. Close\n",
    ],
)
def test_near_misses_give_no_noting(body: str) -> None:
    found = decisions(body)
    assert not [t for t in found if t.lower().rstrip(".") in {"noted", "received", "report received", "update received"}], found
    assert not [t for t in found if "noted the register" in t or "Noted that" in t or "received from" in t], found


def test_no_report_received_is_an_absence_not_a_noting() -> None:
    found = decisions("5. County Councillor's report\nNo report received.\n\n6. District Councillor's report\nNil report received.\n\n7. Close\n")
    assert not [t for t in found if "received" in t.lower()], found


# Shorthand motion records of US and Canadian small boards: a bare surname moves, a second name seconds
# ('Haddad moved approval of ..., Yoder second.'), or 'MOTION: Gaskins/Pham to ...' names the pair after a colon.
@pytest.mark.parametrize(
    "body, wording",
    [
        (
            "6.D Proclamation - Ocean Rescue Week\nMOTION: Gaskins/Pham to approve the Consent Agenda. VOTE: 5-0.\n\n7. ORDINANCES\n",
            "to approve the Consent Agenda",
        ),
        ("4. Zoning\nMotion: Ortega/Kim to continue the hearing to March 12. Vote 4-1.\n\n5. Adjourn\n", "to continue the hearing to March 12"),
        (
            "Consent items - minutes of 1/8/26; Jan. financials; gifts report. Haddad moved approval of the\nconsent items as one motion, Yoder second. All ayes, 5-0.\n\nDirector's report\n",
            "approval of the consent items as one motion",
        ),
        (
            "2. Warning articles. The board went through the 14 articles. Marcy moved to sign the warning as amended, Todd 2nd, passed 3-0.\n\n3. Roads\n",
            "to sign the warning as amended",
        ),
        (
            "4. Roof. After discussion Velasquez\nmoved to award the contract to Hoosier Roofing in the amount of $26,300,\nto be paid from the Rainy Day Fund. Brenneman seconded. Roll call 5-0, motion carried.\n",
            "to award the contract to Hoosier Roofing",
        ),
        ("7. Grader. Lindqvist moved, Pellegrini seconded to purchase the used grader for $84,000. Carried 3-0.\n\n8. Close\n", "to purchase the used grader"),
    ],
)
def test_shorthand_motion_records_are_decisions(body: str, wording: str) -> None:
    found = decisions(body)
    assert any(wording in t for t in found), found


@pytest.mark.parametrize(
    "body",
    [
        "6. Budget. Discussion moved to the capital plan and the reserve; the Treasurer will second a staff member to help.\n\n7. Close\n",
        "7. Hall. Jensen moved to table the item, no second. Motion died for lack of a second.\n\n8. Close\n",
        "8. Chairs. Olsen moved to the back of the room while Petra presented. The second half of the meeting was short.\n",
        "9. Staff. The Clerk moved to part-time hours in May; her deputy Ruiz will second for her in June.\n",
    ],
)
def test_moved_that_is_no_motion_gives_no_record(body: str) -> None:
    found = decisions(body)
    assert not [t for t in found if "moved" in t or t.startswith("to ")], found


@pytest.mark.parametrize(
    "body, tail",
    [
        (
            "6. Magistrate\nMOTION: Broadnax/Lamarre to reappoint Atty. Gerald Nwosu as Special Magistrate for a two-year term. VOTE: 5-0.\n",
            "Special Magistrate",
        ),
        (
            "5. Transport. Pfaff moved to restore the bus route beginning Feb. 2 at an estimated cost of $14,600. Second Two Bulls. Motion passed 4-1.\n",
            "$14,600",
        ),
        ("8. Works\nMoved by Cr Hale, seconded by Cr Dunn that PW Supt. Kerns obtain three quotes for the culvert. CARRIED\n", "three quotes"),
    ],
)
def test_a_title_or_a_month_cut_short_does_not_end_the_decision(body: str, tail: str) -> None:
    found = decisions(body)
    assert any(tail in t for t in found), found


def test_a_month_at_a_sentence_end_still_ends_it() -> None:
    found = decisions("4. Budget\nThe budget was adopted in Feb. Members noted the report.\n\n5. Close\n")
    assert not [t for t in found if "budget was adopted" in t and "noted" in t], found


def test_a_noting_does_not_swallow_the_next_items_closer() -> None:
    body = (
        "L 05/25 Licensing Statistics\nReport noted. 187 licences issued, 94% within the target of 28 days.\n"
        "L 06/25 Review of Taxi Ranks\nCouncillor Doyle asked that this item be deferred to allow Members to visit the\nranks. Agreed.\n\nL 07/25 Close\n"
    )
    found = decisions(body)
    assert "Report noted." in found, found
    assert any("deferred" in t for t in found), found


def test_an_attorney_cut_short_still_owns_the_task() -> None:
    from minutes_miner.extraction import extract_document
    from minutes_miner.readers.base import Document

    text = (
        HEAD + "5. Dog park - Board consensus to proceed with the Ridge St site at $24,000.\n"
        "Atty. Moskowitz to draft the license agreement with the school district for\nthe next meeting.\n\n6. Close\n"
    )
    actions = extract_document(Document(path="x.txt", format="txt", text=text), "test").actions
    assert [a.owner for a in actions if "license agreement" in a.description] == ["Atty. Moskowitz"], actions


@pytest.mark.parametrize(
    "body, matter",
    [
        ("b) Patron survey closed with 540 responses - received and filed.\n\nc) Closing\n", "Patron survey"),
        (
            "9. Correspondence\nLetter from the Minister of Municipal Affairs re: 2026 equalization payment\n($1,214,000, a 3.5% increase) - received and filed.\n\n10. Close\n",
            "Letter from the Minister",
        ),
        (
            "7. Letters\nCircular from the Regional Library on the per-capita levy – received for information.\n\n8. Close\n",
            "Circular from the Regional Library",
        ),
    ],
)
def test_a_matter_closed_by_a_dashed_noting_keeps_its_matter(body: str, matter: str) -> None:
    found = decisions(body)
    assert any(matter in t and "received" in t for t in found), found
