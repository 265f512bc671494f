"""Resolution families of round 24 (issue 16): a numbered resolution or motion, its wording, then the vote that passed it.

US boards, housing authorities, school districts, village and city councils, First Nations' band councils
and South African councils print each decision under its own number ('Resolution 2025-11', 'Res. 2025-31',
'Motion 25-61', 'BCR #2025-26/014', 'Municipal Order 25-06'), then what it does as an order or a gerund
('Authorize the purchase ...', 'Authorizing the Executive Director to ...', 'Chief and Council approve ...',
'Upon the recommendation of the Superintendent, appoint ...'), then its mover, seconder and vote with no
wording of their own ('Motion: Tarver  Second: Reyes  Vote: 4-0  ADOPTED', 'Moved: A  Seconded: B  For: 4
Against: 0'). The numbered wording is the decision when its paragraph records it passed (an outcome word or a
tally with more for than against). Near misses: the same forms failed, lost on a tally, tabled or withdrawn,
a numbered item whose line is only a title, an agenda's recommended action, a notice of motion.
"""

from __future__ import annotations

import pytest

from helpers import resolution_texts

HEAD = "Minutes of the Regular Meeting of the Board held on March 3, 2025\n\nPresent: Chair A. Hale, B. Noor, C. Dale, D. Ruiz\n\n"


def decisions(body: str, head: str = HEAD) -> list[str]:
    return resolution_texts(head + body)


@pytest.mark.parametrize(
    "body, expected",
    [
        (  # US housing authority: gerund wording, then a one-line motion record
            "IV. RESOLUTIONS\nResolution 2025-11  Authorizing the Executive Director to execute a contract with Gulf Roofing, Inc. for roof\n"
            "replacement at Magnolia Terrace in an amount not to exceed $418,750.\nMotion: Tarver   Second: Reyes   Vote: 4-0   ADOPTED\n\nV. COMMENTS\n",
            "Authorizing the Executive Director to execute a contract",
        ),
        (  # Canadian band council resolution: label on its own line, 'Chief and Council approve', a tally
            "BCR #2025-26/014\nChief and Council approve the Fiscal Year 2025-2026 operating budget of $11,482,300 as\npresented by the Finance Officer.\n"
            "Moved: T. Sakanee   Seconded: G. Kakegamic   For: 4   Against: 0   Abstain: 0\n\nBCR #2025-26/015\n",
            "Chief and Council approve the Fiscal Year 2025-2026 operating budget",
        ),
        (  # New York village: 'Res.' and an imperative, shorthand movers and 'Ayes 4, Nays 0. ADOPTED.'
            "Res. 2025-31  Authorize purchase of one (1) 2025 dump truck w/ plow from state\ncontract, not to exceed $212,500, to be paid from equipment reserve.\n"
            "M Oyelaran / S Hatch. Ayes 4, Nays 0. ADOPTED.\n\nLibrary - Ames reported circulation up.\n",
            "Authorize purchase of one (1) 2025 dump truck",
        ),
        (  # school district: 'Motion 25-61 - Upon the recommendation of ..., appoint ...'
            "Action Items\nMotion 25-61 \u2013 Upon the recommendation of the Superintendent, appoint Marisol Grant, Elementary Teacher, effective 10/20/2025.\n"
            "Motion: Tsai   Second: McKee   Vote: 5\u20130   Motion carried.\n\nAdjournment\n",
            "appoint Marisol Grant",
        ),
        (  # Kentucky city: numbered item, 'Municipal Order', the motion record on the wording's last line
            "3. Municipal Order 25-06 - authorize the purchase of one (1) pumper for the Fire Department from Southern Fire Apparatus\n"
            "in the amount of $849,500. Motion Whitt / 2nd Fugate.\nCarried 4-0.\n\n4. Adjourn\n",
            "authorize the purchase of one (1) pumper",
        ),
        (  # South African council: 'RESOLUTION 112/2025 - Council approves ...', moved and seconded, adopted
            "RESOLUTION 112/2025 - Council approves the appointment of Ms Zanele Mabuza as Director: Community Services for five years.\n"
            "Moved: Cllr Dlamini   Seconded: Cllr Nkosi   Adopted\n\nRESOLUTION 113/2025\n",
            "Council approves the appointment of Ms Zanele Mabuza",
        ),
    ],
)
def test_a_numbered_wording_then_passed_is_a_decision(body: str, expected: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MINUTES_MINER_LAYER", "rules")  # the rules find it, not only the trained layer's long tail
    found = decisions(body)
    assert [t for t in found if expected in t], found


@pytest.mark.parametrize(
    "body, absent",
    [
        (  # failed on the vote
            "Action Items\nMotion 25-63 \u2013 Approve the 2025-26 transportation contract with Blue Bird Lines.\n"
            "Motion: Ortiz   Second: Tsai   Vote: 2\u20133   Motion failed.\n\nAdjournment\n",
            "transportation contract",
        ),
        (  # lost on a tally, no outcome word
            "BCR #2025-26/017\nChief and Council approve $8,500 for the August canoe trip.\nMoved: B. Meekis   Seconded: T. Sakanee   For: 2   Against: 3\n\nHousing\n",
            "canoe trip",
        ),
        (  # tabled
            "Res. 2025-33  Authorize the sale of the 1998 fire truck by sealed bid.\nM Greer / S Hatch. Tabled to April 8.\n\nDPW\n",
            "fire truck",
        ),
        (  # withdrawn, and only a title on the numbered line
            "Resolution 2025-13  Write-off of vacated tenant accounts receivable, $23,118.40 (19 accounts).\nWithdrawn - to be resubmitted in June.\n\nV. COMMENTS\n",
            "Write-off",
        ),
        (  # an agenda's recommended action: nothing records it passed
            "Res. 2025-40  Authorize the purchase of a zero-turn mower, not to exceed $14,200.\nRecommended action: adopt.\n\nDPW\n",
            "zero-turn mower",
        ),
        (  # a notice of motion for the next meeting
            "Motion 25-70 \u2013 Trustee Hale gave notice that she will move to approve a later start time at the next meeting.\n\nAdjournment\n",
            "later start time",
        ),
    ],
)
def test_a_numbered_wording_not_passed_is_no_decision(body: str, absent: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # the rules' decision (the trained layer scores a numbered imperative line on its own words, with no vote read)
    monkeypatch.setenv("MINUTES_MINER_LAYER", "rules")
    found = decisions(body)
    assert not [t for t in found if absent in t], found


# The outcome read after a decision ('... be noted. CARRIED', '... LOST 3/4') is its own only up to the next item's
# heading: 'MC 06/2025 REQUEST FOR DONATION' / 'Item withdrawn by the Office of the Executive Mayor.' withdrew that
# item, not the decision above it. Near misses: a motion's own 'LOST' or 'withdrawn' under it still voids it.


@pytest.mark.parametrize(
    "body, expected",
    [
        (  # South African mayoral committee, the next item withdrawn after a blank line
            "MC 05/2025    SECTION 71 REPORT: DECEMBER 2024\nThe CFO presented the report.\n\nRESOLVED:\nThat the Section 71 report for December 2024 be noted.\n\n"
            "MC 06/2025    REQUEST FOR DONATION: YOUTH GAMES\n\nItem withdrawn by the Office of the Executive Mayor.\n",
            "Section 71 report for December 2024 be noted",
        ),
        (  # the same with no blank line between the items
            "MC 17/2025      BID AWARD\nFour bids were received.\nRESOLVED that the Mayoral Committee notes the award by the Accounting Officer.\n"
            "MC 18/2025      INDIGENT REGISTER\nItem withdrawn by the Directorate: Community Services.\n",
            "notes the award by the Accounting Officer",
        ),
        (  # English district council: the next item's notice of motion lost
            "12. Budget Monitoring\nRESOLVED that the forecast outturn be noted.\n13. Motion on Notice\nLost.\n",
            "forecast outturn be noted",
        ),
        (  # Irish municipal district: the next item's motion withdrawn
            "4. Schedule of Works\nRESOLVED: That the Schedule of Works 2026 be adopted.\n5. Notice of Motion\nWithdrawn.\n",
            "Schedule of Works 2026 be adopted",
        ),
    ],
)
def test_the_next_items_outcome_does_not_void_a_decision(body: str, expected: str) -> None:
    found = decisions(body)
    assert [t for t in found if expected in t], found


@pytest.mark.parametrize(
    "body, absent",
    [
        (
            "10.1 Fees and charges\nMoved Cr Hale, seconded Cr Noor that the hall fees be frozen for 2026.\nLOST 3/4\n\n10.2 Quarterly report\nReceived.\n",
            "fees be frozen",
        ),
        ("7. Notice of Motion\nRESOLVED that the Council sells the old depot.\nWithdrawn by the mover.\n\n8. Close\n", "old depot"),
    ],
)
def test_a_decisions_own_outcome_still_voids_it(body: str, absent: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MINUTES_MINER_LAYER", "rules")
    found = decisions(body)
    assert not [t for t in found if absent in t], found


@pytest.mark.parametrize(
    "body, expected",
    [
        (  # North Dakota housing authority: 'RESOLUTION NO.' in capitals, a roll call of ayes, 'Adopted.'
            "4. RESOLUTION NO. 2025-06 - Approving the Annual PHA Plan for FY2026 and authorizing the\nChair to sign the HUD-50077 certifications.\n"
            "Motion: Yusuf. Second: Rasmusson.\nRoll call - Bjornstad aye; Moe aye; Yusuf aye; Rasmusson aye. Adopted.\n\n5. Adjourn\n",
            "Approving the Annual PHA Plan",
        ),
        (  # Kentucky fiscal court: no number, the order opens its paragraph, the motion and 'All aye.' close it
            "Accept bid of Mountain Asphalt LLC at $118.50 per ton for blacktop, FY26. Motion Caudill, second\nCouch. All aye.\n\nJail report\n",
            "Accept bid of Mountain Asphalt",
        ),
        (  # Michigan township: 'M/S/C' is moved, seconded and carried
            "Pledge.\nMinutes 10/2 reg. mtg. M/S/C LaBarge/Szymanski.\nTreas. rpt - general fund bal. $1,118,402.\n",
            "Minutes 10/2",
        ),
    ],
)
def test_a_passed_wording_before_its_motion_is_a_decision(body: str, expected: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MINUTES_MINER_LAYER", "rules")
    found = decisions(body)
    assert [t for t in found if expected in t], found


@pytest.mark.parametrize(
    "body, absent",
    [
        (
            "Approve the purchase of a new plow truck, not to exceed $98,000.\nStaff will bring quotes to the next meeting.\n\nRoads\n",
            "plow truck",
        ),  # no motion
        ("Accept the bid of Ridge Paving at $121 per ton. Motion Slone, second Napier. Motion failed 1-2.\n\nJail report\n", "Ridge Paving"),  # failed
        ("Approve the revised leave policy. Motion Hess; no second.\n\nRoads\n", "leave policy"),  # unseconded
    ],
)
def test_a_wording_before_a_motion_not_passed_is_no_decision(body: str, absent: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MINUTES_MINER_LAYER", "rules")
    found = decisions(body)
    assert not [t for t in found if absent in t], found


def test_an_items_title_case_heading_is_no_order(monkeypatch: pytest.MonkeyPatch) -> None:
    """'2. Authorize Purchase - Replacement AMI Meters' heads an item whose report and motion follow: the motion is the decision."""
    monkeypatch.setenv("MINUTES_MINER_LAYER", "rules")
    body = (
        "2. Authorize Purchase - Replacement AMI Meters (Phase 2)\nMr. Ashby requested authority to purchase 1,200 meters at a unit price of $318.40.\n"
        "Director Strunk moved to authorize the purchase as presented. Director Archuleta\nseconded. Motion carried 3-1.\n3. Water Rate Study\n"
    )
    found = decisions(body)
    assert [t for t in found if t.startswith("to authorize the purchase") or t.startswith("Director Strunk moved")], found


def test_a_firms_bros_does_not_end_the_decision() -> None:
    """'BE IT RESOLVED THAT Council accept the tender of Fehr Bros. Aggregates Ltd. at $14.35 ...': 'Bros.' is a firm's name, not a sentence's end."""
    body = (
        "Resolution 2025-215     Gagne - Hrynchuk\nWHEREAS the Municipality received two tenders for gravel;\n"
        "BE IT RESOLVED THAT Council accept the tender of Fehr Bros. Aggregates Ltd. at $14.35 per cubic\nyard, plus GST, being the lowest tender received.     CARRIED\n\n"
    )
    found = decisions(body)
    assert [t for t in found if "lowest tender received" in t], found
