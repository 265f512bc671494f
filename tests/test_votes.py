"""Recorded votes: tallies, named votes linked to people, and the checks that a count adds up (issue 15)."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from minutes_miner.checks import VoteRecord, vote_checks

from helpers import SHARED, extracted, extracted_text, needs_shared, the_resolution

KENT_BUDGET = SHARED / "corpus" / "kent" / "full_council_2025-02-13" / "Printed minutes 13th-Feb-2025 09.30 County Council.pdf"

PARISH = """ASHFORD PARISH COUNCIL

Minutes of the meeting of the Parish Council held on 4 March 2025 at 7.30 pm in the Village Hall.

Present: Cllr J Smith (Chairman), Cllr A Brown, Cllr P Green, Cllr K White, Cllr R Black.

Apologies: Cllr T Grey.

1. Playground equipment
Members considered quotations for replacement playground equipment. Cllr Brown proposed and Cllr Green seconded that the quotation from Playsafe Ltd be accepted.
For (4)
Cllr Smith, Cllr Brown, Cllr Green
Against (1)
Cllr White
Abstain (0)
Motion carried.
RESOLVED that the quotation from Playsafe Ltd for £12,400 be accepted.

2. Grass cutting contract
RESOLVED unanimously that the grass cutting contract be renewed for 2025-26 (For 3, Against 2).

3. Village hall lease
RESOLVED that the lease of the village hall be renewed for five years. For 9, Against 0, Abstain 0.

4. Footpath signs
RESOLVED that new footpath signs be ordered. For 3, Against 1, Abstain 1.
"""


CITY = """CITY OF MAPLE GROVE
Minutes of the City Council meeting held on 10 June 2025.

Present: Mayor Ann Price, Councilmembers Bill Hart, Cara Lund, Dev Shah, Eva Ortiz.

5. Sidewalk repairs
RESOLVED that the sidewalk repair programme for 2025 be approved.
AYES: Price, Hart, Lund, Shah. NOES: Ortiz. ABSENT: None.

6. Planning fees
RESOLVED that the schedule of planning fees be adopted. Carried by 12 votes to 3 with 2 abstentions.

7. Tree planting
RESOLVED that the tree planting grant application be submitted (5-0).

8. Library hours
Motion carried unanimously.
RESOLVED that the library open on Sundays from 1 September 2025.
"""


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    return extracted_text(tmp_path_factory.mktemp("votes"), "maple_grove_2025-06-10.txt", CITY)


@pytest.fixture(scope="module")
def parish(tmp_path_factory):
    return extracted_text(tmp_path_factory.mktemp("votes"), "ashford_pc_2025-03-04.txt", PARISH)


# --- each flag, on a snippet in the style of parish minutes ---------------------------------


def test_a_count_that_differs_from_the_named_roll_is_flagged(parish):
    res = the_resolution(parish, "Playsafe")
    assert (res.votes_for, res.votes_against) == (4, 1)
    assert res.vote_checks == ["tally_differs_from_roll"]  # 'For (4)' names three members


def test_unanimous_with_votes_against_is_flagged(parish):
    res = the_resolution(parish, "grass cutting")
    assert res.unanimous and res.votes_against == 2
    assert "unanimous_with_dissent" in res.vote_checks


def test_more_votes_than_members_present_is_flagged(parish):
    res = the_resolution(parish, "village hall")
    assert res.vote_checks == ["more_votes_than_present"]  # nine votes, five present


def test_a_vote_that_adds_up_raises_no_flag(parish):
    res = the_resolution(parish, "footpath signs")
    assert (res.votes_for, res.votes_against, res.abstentions) == (3, 1, 1)
    assert res.vote_checks == []


def test_named_votes_link_to_the_people_present(parish):
    people = {p.id: p.name for p in parish.people}
    linked = {v.person: people.get(v.person_id) for v in parish.votes}
    assert linked == {"Cllr Smith": "Cllr J Smith", "Cllr Brown": "Cllr A Brown", "Cllr Green": "Cllr P Green", "Cllr White": "Cllr K White"}


@pytest.mark.parametrize(
    "vote, flags",
    [
        (VoteRecord(votes_for=3, votes_against=5, outcome="carried"), ["majority_contradicts_outcome"]),
        (VoteRecord(votes_for=4, votes_against=4, outcome="carried"), ["majority_contradicts_outcome"]),
        (VoteRecord(votes_for=6, votes_against=2, outcome="lost"), ["majority_contradicts_outcome"]),
        (VoteRecord(votes_for=6, votes_against=2, outcome="carried"), []),
        (VoteRecord(votes_for=2, votes_against=6, outcome="lost"), []),
        (VoteRecord(outcome="carried", unanimous=True), []),
    ],
)
def test_a_majority_that_contradicts_the_outcome(vote, flags):
    assert vote_checks(vote) == flags


def test_the_checks_need_a_roll_and_an_attendance_to_compare_with():
    vote = VoteRecord(votes_for=12, votes_against=3, abstentions=2, outcome="carried")
    assert vote_checks(vote, roll=[], present=None) == []
    assert vote_checks(vote, roll=[], present=16) == ["more_votes_than_present"]


# --- tallies in their common forms (item 2) --------------------------------------------------


def test_inline_roll_call_ayes_noes_links_each_member(city):
    res = the_resolution(city, "sidewalk")
    assert (res.votes_for, res.votes_against) == (4, 1)
    roll = {v.person: v.vote for v in city.votes if v.resolution_id == res.id}
    assert roll == {"Price": "for", "Hart": "for", "Lund": "for", "Shah": "for", "Ortiz": "against"}
    people = {p.id: p.name for p in city.people}
    assert people[next(v.person_id for v in city.votes if v.person == "Ortiz")] == "Eva Ortiz"


def test_carried_by_votes_to_with_abstentions(city):
    res = the_resolution(city, "planning fees")
    assert (res.votes_for, res.votes_against, res.abstentions, res.outcome) == (12, 3, 2, "carried")


def test_dash_tally_in_brackets(city):
    res = the_resolution(city, "tree planting")
    assert (res.votes_for, res.votes_against) == (5, 0)


def test_motion_carried_unanimously_before_thethe_resolution(city):
    res = the_resolution(city, "library")
    assert (res.outcome, res.unanimous) == ("carried", True)


@needs_shared
def test_yeas_nays_absent_roll_calls_of_a_real_board():
    from minutes_miner.extract.tallies import roll_calls

    text = (SHARED / "corpus" / "devpool" / "intl" / "cleveland_2.txt").read_text()
    calls = roll_calls(text, 0, len(text))
    assert len(calls) >= 10
    denk = [c for c in calls if [n for n, _ in c[2]] == ["Denk", "Gallagher", "Saab", "Bradley"]]
    assert denk and denk[0][3] == {"for": 4, "against": 0}  # 'Nays: None. Absent: Mr. Maschke.': absent is no vote


def test_roll_calls_stay_linear_on_hostile_input():
    import time

    from minutes_miner.extract.tallies import roll_calls

    hostile = "Ayes: Nays. " * 5000 + "Ayes: " + "Mr. " * 20000
    started = time.perf_counter()
    roll_calls(hostile, 0, len(hostile))
    assert time.perf_counter() - started < 2


# --- Kent County Council, 13 February 2025 ----------------------------------------------------


@needs_shared
def test_kent_section_25_vote_adds_up_and_links_every_member():
    kent = extracted(str(KENT_BUDGET))
    res = the_resolution(kent, "pursuant to section 25")
    assert (res.votes_for, res.votes_against, res.abstentions, res.outcome) == (57, 0, 2, "carried")
    assert res.vote_checks == []
    roll = [v for v in kent.votes if v.resolution_id == res.id]
    assert Counter(v.vote for v in roll) == {"for": 57, "abstain": 2}
    people = {p.id: p for p in kent.people}
    baker = [v for v in roll if v.person == "Mr Baker"]
    assert baker and people[baker[0].person_id].attendance == "present"
    # Mr Wright and Ms Wright share a surname and no initial: left unlinked rather than guessed
    assert {v.person for v in roll if v.person_id is None} == {"Mr Wright", "Ms Wright"}


def test_the_canned_query_lists_flagged_resolutions(tmp_path):
    from datasette_helpers import get
    from minutes_miner.ingest import ingest_files, iter_files

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "ashford_pc_2025-03-04.txt").write_text(PARISH)
    db_path = tmp_path / "votes.db"
    ingest_files(str(db_path), list(iter_files([str(tmp_path / "in")])), workers=1)
    rows = get(db_path, "/votes/votes_that_do_not_add_up.json?_shape=array&flag=").json()
    assert sorted(json.loads(r["vote_checks"])[0] for r in rows) == ["more_votes_than_present", "tally_differs_from_roll", "unanimous_with_dissent"]
    narrowed = get(db_path, "/votes/votes_that_do_not_add_up.json?_shape=array&flag=unanimous").json()
    assert [r["votes_against"] for r in narrowed] == [2]
    page = get(db_path, "/votes/votes_that_do_not_add_up?flag=").text
    links = re.findall(r'href="/-/minutes/votes/record/([a-z_]+)/([^"#/]+)#(?:evidence|item)"', page)
    assert [f"{t}/{rid}" for t, rid in links] == [r["source"] for r in rows]  # each row links to its source


@needs_shared
def test_kent_budget_carries_its_substantive_vote_41_10_7():
    kent = extracted(str(KENT_BUDGET))
    res = the_resolution(kent, "due regard to the s25 Report")
    assert (res.votes_for, res.votes_against, res.abstentions, res.outcome) == (41, 10, 7, "carried")
    assert res.vote_checks == []
    # every clause, across its sub-headings ('Kent Pay Scheme 2025-26', 'In addition:'): (a) to (v)
    assert [c[:3] for c in res.clauses] == [f"({chr(c)})" for c in range(ord("a"), ord("w"))]
    roll = Counter(v.vote for v in kent.votes if v.resolution_id == res.id)
    assert roll == {"for": 41, "against": 10, "abstain": 7}


# --- amendments (item 3) ------------------------------------------------------------------------


def test_amendment_moved_seconded_and_carried_unanimously():
    from minutes_miner.extract.amendments import find_amendments

    text = (
        "An amendment was moved by the Deputy Leader of the Council and seconded by Councillor Mrs S B Morris, proposing that "
        "in respect of recommendation A, the words 'future proposals' be replaced with '2020/21 proposals'.\n"
        "The amendment was put to the vote and was carried unanimously.\n"
        "It was moved by Councillor D A Gamble, seconded by Councillor Dr I K Ridley that the recommendations (as amended) be approved."
    )
    (found,) = find_amendments(text)
    assert (found.mover, found.seconder, found.result, found.unanimous) == ("the Deputy Leader of the Council", "Councillor Mrs S B Morris", "carried", True)
    assert found.text.startswith("that in respect of recommendation A")


def test_amendment_withdrawn_and_amendment_lost_on_a_count():
    from minutes_miner.extract.amendments import find_amendments

    text = (
        "Cllr Jones moved an amendment, seconded by Cllr Patel, that the precept be increased by 2% rather than 3%.\n"
        "Following discussion Cllr Jones withdrew the amendment.\n\n"
        "Cllr Lee proposed and Cllr Khan seconded an amendment that the car park charges be frozen for 2025-26.\n"
        "On being put to the vote there were 4 votes for and 7 against, and the amendment was lost.\n"
    )
    first, second = find_amendments(text)
    assert (first.mover, first.seconder, first.result) == ("Cllr Jones", "Cllr Patel", "withdrawn")
    assert (second.mover, second.seconder, second.result, second.votes_for, second.votes_against) == ("Cllr Lee", "Cllr Khan", "lost", 4, 7)


@needs_shared
def test_kent_budget_amendments_are_stored_lost_with_their_counts_and_linked_to_the_budget():
    kent = extracted(str(KENT_BUDGET))
    budget = the_resolution(kent, "due regard to the s25 Report")
    found = [(a.mover, a.seconder, a.result, a.votes_for, a.votes_against, a.abstentions) for a in kent.amendments]
    assert found == [
        ("Mr Brady", "Ms Meade", "lost", 12, 42, 7),
        ("Mr Hood", "Mr Lewis", "lost", 16, 41, 0),
        ("Mr Hook", "Mr Streatfeild", "lost", 9, 41, 8),
        ("Mr Streatfeild", "Mr Hook", "lost", 8, 40, 10),
        ("Mr Passmore", "Mr Chittenden", "lost", 13, 39, 3),
        ("Mr Lehmann", "Mr Hood", "lost", 15, 43, 1),
    ]
    assert {a.resolution_id for a in kent.amendments} == {budget.id}
    assert "Labour Group’s Alternative Budget" in kent.amendments[0].text


@needs_shared
def test_carried_slash_tally_and_not_the_resolution_number():
    quilpie = extracted(str(SHARED / "corpus" / "devpool" / "intl" / "quilpie_qld_1.txt"))
    res = the_resolution(quilpie, "Ordinary Meeting of Quilpie Shire Council held on Tuesday 12")
    assert (res.votes_for, res.votes_against) == (5, 0)  # 'Resolution No: (01-07-12) ... Carried: 5/0'
    assert res.vote_checks == []


@needs_shared
def test_kent_amendment_quoted_over_blank_lines_and_one_accepted_by_the_mover():
    jan = extracted(str(SHARED / "corpus" / "kent" / "full_council_2025-01-09" / "Printed minutes 09th-Jan-2025 10.00 County Council.pdf"))
    first = jan.amendments[0]
    assert (first.mover, first.seconder, first.result) == ("Mr Streatfeild", "Mr Sole", "carried")
    assert [a.result for a in jan.amendments] == ["carried", "lost", "lost", "lost", "lost"]
    assert all(a.text.endswith("as much transparency as possible in this process.”") for a in jan.amendments)
    march = extracted(str(SHARED / "corpus" / "kent" / "full_council_2025-03-13" / "Printed minutes 13th-Mar-2025 10.00 County Council.pdf"))
    vapes = [a for a in march.amendments if a.mover == "Mr Watkins"]
    assert vapes and vapes[0].result == "carried"  # 'The proposer and seconder of the original motion agreed to the amendment'
