"""A tally, roll call or 'unanimously' belongs to one decision, never to its neighbour (issue 15).

Each snippet is in the style of a family of minutes where a look-around once crossed into the
next or previous decision and raised a false consistency flag (English parish minutes, a New
England board of selectmen, an Illinois village board, an Iowa city council, Kent County Council).
"""

from __future__ import annotations

import re

import pytest

from minutes_miner.extract.found import FoundResolution
from minutes_miner.extract.vote_scope import VoteScope

from helpers import SHARED, extracted, extracted_text, needs_shared, the_resolution

PARISH = """DORRINGTON PARISH COUNCIL
Minutes of the meeting of the Parish Council held on 8 April 2024 at 7.00 pm in the Village Hall.

Present: Cllr B Davies (Chair), Cllr J Hughes, Cllr P Morgan, Cllr S Price, Cllr T Lloyd.

5. Allotment: 005/24 – 2 applications for allotments 1 and 4 have been received. Proposed by BD and seconded by JH that the allotment be let to Donna-Melody Boxall. Carried 4 for and 1 against. Motion carried.

It was unanimously agreed to allow allotment tenant Gillian Skipper permission to erect a greenhouse on her current allotment.
"""

SELECTMEN = """Board of Selectmen
Town Hall Conference Room
March 16, 2005
Minutes
The meeting was called to order at 7:00 p.m. by Chairman Ira Wood. Selectmen present included Michael May, Dale Donovan, Helen Miranda Wilson and Jerry Houk.
On a motion by Donovan, seconded by May, the Board voted unanimously at 7:01 p.m. on a roll call vote (Donovan, May, Wilson, Houk, Wood – yea) to enter executive session to discuss the reputation of an individual and to reconvene in open session.
Wood reconvened the meeting in open session at 8:24 p.m.
On a motion by Houk, seconded by Donovan, the Board voted 4-1, with Wilson voting against, to authorize the Town Administrator to conduct an inquiry into the management of the Fire Department.
"""

VILLAGE = """VILLAGE OF TOWER LAKES
Minutes of the Board of Trustees meeting held on February 17, 2009.

Present: President Kirk, Trustees Merkle, Parro, deVries, Bolger, Baggett.
3.) Building and Zoning: (i) See Inspectors Report on File (ii) Ordinance amending Section 10-9-3 "Notice to Property Owners in the Vicinity". A motion was made by Tr. Parro Seconded by Tr. Bolger to recommend the Plan Commission conduct a public hearing with the change keeping the 2nd strike out. Vote: Yeas; Merkle, Parro, deVries, Bolger, Nays; Tr. Baggett, Absent; Fitzgibbons. (iii) Ordinance amending Chapter 6 and Chapter 9 of Title 10, "Zoning Regulations". A motion was made by Tr. Bolger and 2nd by Tr. Merkle, consideration of the ordinance be deferred until the March Meeting. Unanimous Voice Vote.
"""

CITY = """CITY OF DES MOINES, IOWA
Council Meeting, March 1, 1999

PUBLIC IMPROVEMENTS
16. Resolution Ordering Construction of the following:
99-479 (A) Elm & SW 7th Streets Sanitary Sewer Cleaning and Televising, Receiving of Bids,
(3-9-99), and Setting Date of Hearing, (3-15-99), (Construction Estimate - $208,635). Moved by
McPherson to adopt. Motion Carried 7-0.
99-480 (B) Savage Ballfield Drainage Improvements, Receiving of Bids,
(3-9-99), and Setting Date of Hearing, (3-15-99), (Construction Estimate - $75,492). Moved by
McPherson to adopt. Motion Carried 6-1. Absent: Coleman.
"""

COUNTY = """KENT COUNTY COUNCIL
Minutes of the meeting of the County Council held on 13 March 2025.

PRESENT: Mr Baker, Mr Brady, Mrs Bell, Mrs Binks, Mr Booth, Mr Dance, Mr Gough, Mr Oakford.

306. Governance Working Party
1) The report of the Governance Working Party was debated.
2) The Chairman put part 4 of the substantive motion – "debates and decides whether the Chair
of the Scrutiny Committee should be mandated as an opposition Member" - to the vote and the voting was as
follows:
For (4)
Mr Baker, Mr Brady, Mrs Bell, Mrs Binks
Against (2)
Mr Booth, Mr Dance
Abstain (0)
Agreed.
3) Following the debate, the Chairman put the substantive motion to the vote
and the voting was as follows:
For (5)
Mr Baker, Mr Brady, Mrs Bell, Mrs Binks
Against (0)
Abstain (2)
Mr Booth, Mr Dance
Substantive Motion carried.
4) RESOLVED that Council approves the relevant changes to the Constitution.
"""


def test_a_count_and_a_unanimous_agreement_stay_with_their_own_decisions(tmp_path):
    parish = extracted_text(tmp_path, "dorrington_pc_2024-04-08.txt", PARISH)
    allotment = the_resolution(parish, "Donna-Melody Boxall")
    greenhouse = the_resolution(parish, "greenhouse")
    assert (allotment.votes_for, allotment.votes_against, allotment.unanimous) == (4, 1, None)
    assert (greenhouse.votes_for, greenhouse.votes_against, greenhouse.unanimous) == (None, None, True)
    assert allotment.vote_checks == greenhouse.vote_checks == []


def test_a_bracketed_roll_call_and_the_next_motions_count(tmp_path):
    board = extracted_text(tmp_path, "wellfleet_ma_2005-03-16.txt", SELECTMEN)
    session = the_resolution(board, "executive session")
    inquiry = the_resolution(board, "Fire Department")
    assert (session.votes_for, session.votes_against, session.unanimous) == (5, 0, True)
    assert {v.person: v.vote for v in board.votes if v.resolution_id == session.id} == dict.fromkeys(["Donovan", "May", "Wilson", "Houk", "Wood"], "for")
    assert (inquiry.votes_for, inquiry.votes_against) == (4, 1)
    assert session.vote_checks == inquiry.vote_checks == []


def test_a_roll_call_is_not_the_vote_of_the_next_motion(tmp_path):
    village = extracted_text(tmp_path, "towerlakes_il_2009-02-17.txt", VILLAGE)
    hearing = the_resolution(village, "public hearing")
    deferred = the_resolution(village, "deferred until the March")
    assert (hearing.votes_for, hearing.votes_against) == (4, 1)  # 'deVries' and 'Tr. Baggett' are members
    assert (deferred.votes_for, deferred.votes_against, deferred.unanimous) == (None, None, True)
    assert [v.resolution_id for v in village.votes] == [hearing.id] * 5
    assert hearing.vote_checks == deferred.vote_checks == []


def test_dates_in_brackets_are_not_tallies(tmp_path):
    city = extracted_text(tmp_path, "desmoines_ia_1999-03-01.txt", CITY)
    # the record carries its item before the bare motion ("... Moved by X to adopt.")
    first, second = sorted((r for r in city.resolutions if re.search(r"to adopt\. Motion Carried [\d-]+\.$", r.text)), key=lambda r: r.char_start)
    assert (first.votes_for, first.votes_against, first.abstentions) == (7, 0, None)  # not '(3-9-99)'
    assert (second.votes_for, second.votes_against, second.abstentions) == (6, 1, None)
    assert first.vote_checks == second.vote_checks == []


def test_one_named_vote_one_decision_and_a_real_disagreement_still_flags(tmp_path):
    county = extracted_text(tmp_path, "kent_cc_2025-03-13.txt", COUNTY)
    part4 = the_resolution(county, "part 4 of the substantive motion")
    resolved = the_resolution(county, "relevant changes to the Constitution")
    assert (part4.votes_for, part4.votes_against) == (4, 2)
    assert (resolved.votes_for, resolved.votes_against, resolved.abstentions) == (5, 0, 2)
    by_decision = {r: [v.person for v in county.votes if v.resolution_id == r] for r in (part4.id, resolved.id)}
    assert len(by_decision[part4.id]) == len(by_decision[resolved.id]) == 6  # no vote given to two decisions
    assert part4.vote_checks == []
    assert resolved.vote_checks == ["tally_differs_from_roll"]  # 'For (5)' names four members


VILLAGE_BOARD = """VILLAGE OF MAPLE PARK
Minutes of the Village Board meeting held on 3 June 2025.

Present: President Ann Price, Trustees Bill Hart, Cara Lund, Dev Shah, Eva Ortiz.

RESOLVED that the water main replacement contract be awarded to Midwest Pipe Inc.
AYES: Price, Hart, Lund, Shah. NAYS: Ortiz.
Motion carried.
RESOLVED that the summer concert series budget be approved.
AYES: Price, Hart, Lund, Shah, Ortiz. NAYS: None.
Motion carried.
"""


@needs_shared
def test_kent_march_each_named_vote_on_its_own_decision():
    march = extracted(str(SHARED / "corpus" / "kent" / "full_council_2025-03-13" / "Printed minutes 13th-Mar-2025 10.00 County Council.pdf"))

    def tally(words):
        res = the_resolution(march, words)
        return res.votes_for, res.votes_against, res.abstentions, res.vote_checks

    # the vote put just before 'Motion carried. / RESOLVED', inside a closure motion's words: the RESOLVED's
    assert tally("endorses the attached Pay Policy Statement") == (32, 1, 2, [])
    assert tally("be put to the vote. Agreed. 3)")[:3] == (None, None, None)
    # a closure motion's own vote, then the substantive motion's vote before its RESOLVED
    assert tally("Mr Rayner proposed and Mr Meade seconded") == (33, 2, 0, [])
    assert tally("Immediate and decisive action") == (34, 0, 0, [])
    # 'For (36)' and 'For (37)' each name 35 members: real disagreements, each flagged once
    assert tally("put part 4 of the substantive motion") == (36, 4, 0, ["tally_differs_from_roll"])
    assert tally("Notes with thanks, the contribution") == (37, 0, 2, ["tally_differs_from_roll"])


def test_a_roll_call_after_a_resolved_stays_with_it(tmp_path):
    board = extracted_text(tmp_path, "maple_park_2025-06-03.txt", VILLAGE_BOARD)
    water = the_resolution(board, "water main")
    concert = the_resolution(board, "concert series")
    assert (water.votes_for, water.votes_against) == (4, 1)
    assert (concert.votes_for, concert.votes_against) == (5, 0)
    assert water.vote_checks == concert.vote_checks == []


# --- the scope itself --------------------------------------------------------------------------

SCOPE_TEXT = (
    "5. Sidewalk repairs\nRESOLVED that the sidewalk repair programme be approved.\n6. Street lights\nMembers discussed street lights. Motion carried 3-2.\n"
)


def _decision(text: str, words: str) -> FoundResolution:
    start = text.index(words)
    return FoundResolution(start, start + len(words), words, "RESOLVED", "marker", evidence_start=start)


@pytest.mark.parametrize(
    "phrase, owner",
    [("approved.", "the sidewalk repair programme be approved."), ("Motion carried 3-2.", None)],
)
def test_a_phrase_past_an_agenda_heading_belongs_to_no_earlier_decision(phrase, owner):
    sidewalk = _decision(SCOPE_TEXT, "the sidewalk repair programme be approved.")
    scope = VoteScope(SCOPE_TEXT, [sidewalk])
    at = SCOPE_TEXT.index(phrase)
    found = scope.owner(at, at + len(phrase))
    assert (found.text if found else None) == owner
    assert scope.reach(sidewalk)[1] == SCOPE_TEXT.index("6. Street lights")


def test_the_scope_and_its_readers_stay_fast_on_hostile_input():
    import time

    from minutes_miner.extract.tallies import complete_vote

    for hostile in ("(" + "Abc – " * 20000 + ")", "1. Heading line\n" * 20000, "(3-9-99) " * 20000):
        decisions = [FoundResolution(i, i + 5, "x", "RESOLVED", "marker", evidence_start=i) for i in range(0, len(hostile), 1000)]
        started = time.perf_counter()
        scope = VoteScope(hostile, decisions)
        for res in decisions:
            complete_vote(hostile, res, [], scope)
        assert time.perf_counter() - started < 4


def test_an_amendment_takes_the_count_its_result_closes_not_a_motion_voted_in_between():
    from minutes_miner.extract.amendments import find_amendments

    text = (
        "2) Mr Holden proposed and Mr Lewis seconded the following amendment:\n"
        "“Delete recommendation 4 and replace with: 4. Debates and decides whether the Chair of the Scrutiny Committee should be an opposition Member.”\n"
        "3) The Chairman proposed and the Vice-Chairman seconded that Council resolve to extend the meeting beyond 4.30pm.\n"
        "4) The Chairman put the motion set out in paragraph 3 to the vote and the voting was as follows:\n"
        "For (39)\nMr Baker, Mr Brady, Mrs Bell\nAgainst (3)\nMr Marsh, Mr Rayner, Mr Robey\nAbstain (0)\nMotion carried.\n"
        "5) Following the debate the Chairman put the amendment set out in paragraph 2 to the vote and the voting was as follows:\n"
        "For (32)\nMr Baker, Mr Brady, Mrs Bell\nAgainst (11)\nMr Gough, Mr Hood\nAbstain (0)\nAmendment carried\n"
    )
    (found,) = find_amendments(text)
    assert (found.mover, found.result, found.votes_for, found.votes_against, found.abstentions) == ("Mr Holden", "carried", 32, 11, 0)
