"""Round 29: US motion records under their item's subject (issue 16).

US city, county and township minutes print an item's title, then 'Moved by X to adopt. Motion Carried 6-1.'; the
record is the subject plus the motion through its outcome. Forms the rules missed or clipped:

- a mover word cut at a PDF page's right margin, the rest wrapped to the next line ('... $913,250). Mo' / 'by Hensley
  to adopt. Motion Carried 6-1.'), read as a closer two sentences back instead of the item from its number;
- a bare wording with nothing after its verb ('Moved by Hensley to defer.'), or a clipped one ('that t ordinance be
  considered and given second vote for passage.', 'that this ordina be considered'), read without its item;
- the outcome after the motion in county-board style: 'Carried by voice vote.', a named roll call closed by a bare
  capitalised outcome ('Roll call: 9 ayes, 8 nays. ENACTED.'), and a roll call with no colon ('Roll call 6 yes.
  Motion 25-51 passed.');
- a motion that died ('Moved by Balko to hire Ace Grading ... Motion died for lack of support.') read as a proposal
  through the next mover's 'Motion carried' in the same paragraph (Michigan and Minnesota township style), which
  then hid the next motion.

Near misses: a motion that failed, was tabled or withdrawn, a roll call closed by 'DEFEATED', a motion with no
outcome, and a line ending in 'Mo' that is no mover.
"""

from __future__ import annotations

import pytest

from helpers import resolution_texts

US_CITY = (
    "COUNCIL MEETING MINUTES\nCity of Prairie Falls, Iowa\nRegular Session, May 9, 2005, 4:30 P.M.\n\n"
    "Council met, Mayor Daniels presiding. Present: Hensley, Coleman, Kiernan, Mahaffey, Vlassis.\n\n"
)
US_COUNTY = (
    "Regular Meeting - Minutes\nFebruary 17, 2026, 6:00 PM, County Board Room, Birch Hollow Courthouse, Wisconsin\n\n"
    "Chair Elsie Brandvold called the meeting to order. 17 supervisors present. Quorum declared.\n\n"
)


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    """The rules must find (or refuse) these, not only the trained layer's long tail."""
    monkeypatch.setenv("MINUTES_MINER_LAYER", "rules")


def _record(texts: list[str], start: str) -> str | None:
    return next((t for t in texts if t.startswith(start)), None)


@pytest.mark.parametrize(
    "item, number",
    [
        (
            "05-1111 (E) 2005 HMA Pavement Scarification & Resurfacing - Receiving of Bids, (5-24-05)\n"
            "and Setting Date of Hearing, (6-6-05). (Construction Estimate - $913,250). Mo\n"
            "by Hensley to adopt. Motion Carried 6-1.\n",
            "05-1111 (E) 2005 HMA Pavement",
        ),
        (
            "05-1122 (A) Ingersoll Avenue Traffic Signals - 28th Street to 42nd Street - Baker Electric. Mov\nby Hensley to adopt. Motion Carried 6-1.\n",
            "05-1122 (A) Ingersoll Avenue",
        ),
        (
            "14. Approving Delinquent Sewer Rental Credits for April 2005, Storm Water Improvements Project. Move\nby Coleman to adopt. Motion Carried 5-0.\n",
            "14. Approving Delinquent Sewer Rental",
        ),
    ],
)
def test_a_mover_word_cut_at_the_margin_still_reads_the_item(item, number):
    record = _record(resolution_texts(US_CITY + item), number)
    assert record is not None and record.endswith("Motion Carried " + item.rsplit("Motion Carried ", 1)[1].strip()), record


@pytest.mark.parametrize(
    "item, number, wording",
    [
        (
            "99-533 59. Grant Application for Polk County Housing Trust Fund for funding Home\n"
            "Improvement Loan Program. Moved by Hensley to defer. Refer to City Manager for review\nof funding alternatives. Motion Carried 7-0.\n",
            "99-533 59. Grant Application",
            "Moved by Hensley to defer.",
        ),
        (
            "05-1179 (A) To establish new C-3B Central Business District Mixed Use District. Moved by Hensley to de\n"
            "final consideration until May 23, 2005. Motion Carried 6-1.\n",
            "05-1179 (A) To establish",
            "Moved by Hensley to de final consideration until May 23, 2005.",
        ),
        (
            "05-1185 55. Amending Chapter 42 of the Municipal Code regarding permitted hours of operation of sound\n"
            "equipment in the Court Avenue area. Moved by Hensley that t\nordinance be considered and given second vote for passage. Motion Carried 6-1.\n",
            "05-1185 55. Amending Chapter 42",
            "given second vote for passage. Motion Carried 6-1.",
        ),
    ],
)
def test_a_bare_or_clipped_wording_carries_its_item(item, number, wording):
    record = _record(resolution_texts(US_CITY + item), number)
    assert record is not None and wording in record, resolution_texts(US_CITY + item)


@pytest.mark.parametrize(
    "item",
    [
        "99-533 59. Grant Application for Polk County Housing Trust Fund for funding Home\nImprovement Loan Program. Moved by Hensley to defer. Motion failed 2-5.\n",
        "05-1179 (A) To establish new C-3B Central Business District Mixed Use District. Moved by Hensley to de\n"
        "final consideration until May 23, 2005. Motion died for lack of a second.\n",
        "05-1185 55. Amending Chapter 42 of the Municipal Code regarding sound equipment. Moved by Hensley\n"
        "that this ordinance be considered and given first vote for passage. Motion withdrawn.\n",
    ],
)
def test_a_failed_or_withdrawn_motion_on_an_item_is_no_decision(item):
    texts = resolution_texts(US_CITY + item)
    assert not any("Moved by Hensley" in t or "Grant Application" in t or "To establish" in t for t in texts), texts


def test_a_line_ending_in_mo_is_no_mover():
    texts = resolution_texts(
        US_CITY + "12. Report on the rail study from Kansas City, Mo\nby Director Pruitt, received for information only, no action taken.\n"
    )
    assert not any("rail study" in t for t in texts), texts


@pytest.mark.parametrize(
    "motion, outcome",
    [
        ("Approval of Agenda - Motion (Mertz/Onsgard) to approve the agenda as amended. Carried by voice vote.\n", "Carried by voice vote."),
        (
            "ORDINANCE 2026-02: SHORELAND ZONING\nThe ordinance reduces the setback for accessory structures. Motion (Brekke/Mertz) to\n"
            "adopt the ordinance as amended. Roll call: 9 ayes, 8 nays. ENACTED.\n",
            "Roll call: 9 ayes, 8 nays. ENACTED.",
        ),
        (
            "Bills. Moved by Dehner, seconded by Amberger, to approve the July payments of $112,903.44. Roll call 6 yes. Motion 25-51 passed.\n",
            "Roll call 6 yes. Motion 25-51 passed.",
        ),
    ],
)
def test_a_county_board_motion_reads_through_its_outcome(motion, outcome):
    texts = resolution_texts(US_COUNTY + motion)
    assert any(t.endswith(outcome) for t in texts), texts


@pytest.mark.parametrize(
    "motion",
    [
        "ORDINANCE 2026-03: NOISE\nMotion (Brekke/Mertz) to adopt the noise ordinance as amended. Roll call: 8 ayes, 9 nays. DEFEATED.\n",
        "Bills. Moved by Dehner, seconded by Amberger, to approve the July payments of $112,903.44. Roll call 2 yes, 4 no. Motion 25-51 failed.\n",
    ],
)
def test_a_roll_call_that_defeats_the_motion_is_no_decision(motion):
    texts = resolution_texts(US_COUNTY + motion)
    assert not any("noise ordinance" in t or "July payments" in t for t in texts), texts


def test_a_roll_call_with_no_outcome_leaves_the_motion_alone():
    texts = resolution_texts(
        US_COUNTY + "Bills. Moved by Dehner, seconded by Amberger, to approve the July payments of $112,903.44. Roll call 6 yes.\n\nAdjourned 8:10 p.m.\n"
    )
    assert not any("Motion" in t and "July payments" in t for t in texts), texts


US_TOWNSHIP = (
    "ORCHARD GROVE CHARTER TOWNSHIP\nRegular Board Meeting Minutes - January 13, 2026\n\n"
    "Present: Supervisor Ann DeVries, Clerk Linda Britton, Treasurer Paul Quiroga, Trustees Ted Balko, Sherri Lutz.\n\n"
)
UK_PARISH = "Minutes of the meeting of Ashcombe Parish Council held on 3 March 2025\n\nPresent: Cllrs Hale, Noor, Bray\n\n"


@pytest.mark.parametrize(
    "head, body, failed, carried",
    [
        (
            US_TOWNSHIP,
            "NEW BUSINESS\nB. Park Pavilion Rental Rates - Moved by Quiroga to lower resident pavilion rental to $40.\n"
            "   Motion died for lack of support.\nC. Planning Commission Appointment - Moved by Lutz, supported by Rusch, to reappoint\n"
            "   Gary Voss to the Planning Commission for a three-year term ending 12/31/2028.\n   Motion carried.\n",
            "pavilion rental",
            "to reappoint Gary Voss",
        ),
        (
            US_TOWNSHIP,
            "Road grading: Moved by Balko to hire Ace Grading at $95 per hour. Motion died for lack of support. Moved by Lutz, "
            "supported by Quiroga, to hire Lakeland Grading at $88 per hour for the 2026 season. Motion carried 5-0.\n",
            "Ace Grading",
            "to hire Lakeland Grading",
        ),
        (
            US_TOWNSHIP,
            "Cemetery: Moved by Britton to raise the grave fee to $900. Motion died for lack of a second.\n"
            "Moved by Lutz, supported by DeVries, to raise the grave fee to $800. Motion carried.\n",
            "$900",
            "grave fee to $800",
        ),
    ],
)
def test_a_motion_that_fell_takes_no_outcome_from_the_next_motion(head, body, failed, carried):
    texts = resolution_texts(head + body)
    assert not any(failed in t for t in texts), texts
    assert any(carried in t for t in texts), texts


def test_one_proposal_still_reads_to_its_agreement():
    texts = resolution_texts(
        UK_PARISH + "8. Bench. Proposed by Cllr Hale and seconded by Cllr Noor that a memorial bench be bought for the green. All agreed.\n"
    )
    assert any("memorial bench" in t for t in texts), texts
