"""Resolution precision, round 21: a record that is only a motion's procedure is no decision.

Australian, New Zealand, Northern Irish and Irish minutes print a decision's movers and its
division list as lines of their own, and a marker that comes after the wording ('CARRIED' under
'For: Crs ... / Against: Cr ...', 'Resolution 2025/141' under the outcome, 'Resolution:
2025/SF/071' above 'Moved: / Seconded:') used to read those lines alone as a second record:
'For: Crs Pattison, Dimitriou and Mayor Brennan Against: Cr Feeney', '2025/SF/071 Moved: Cr
Ferris Seconded: Deputy Mayor Pohatu', 'Proposed by Alderman Gault Seconded by Councillor Ní
Bhriain and'. They say who moved and how members voted; the decision is the record beside them
(ANNOTATION.md: vote tallies belong to the resolution). Snippets are invented.

Near misses that stay decisions: a minutes line with its movers and an outcome word ('proposed
Cllr. Ward, seconded Cllr. Feeney and confirmed'), movers then the wording ('Moved: Cr Hale
Seconded: Cr Ng That the report be received.'), and 'Moved ..., seconded ... CARRIED' under an
item (an 'Approved' with proposer and seconder, ANNOTATION.md).
"""

from __future__ import annotations

import re

import pytest

from helpers import resolution_texts
from minutes_miner.extract.resolutions import procedure_only

AU_DIVISION = """Minutes of the Ordinary Meeting of Yarrabin Shire Council held on 12 March 2025

11.3 TENDER T25/04 - HALL ROOF
Council Resolution
Moved: Cr Hale                Seconded: Cr Ng
That Council accept the tender of Corran Roofing Pty Ltd for $412,300 (ex GST).
                                                   CARRIED 6/1
                                                 Resolution 2025/088
For: Crs Hale, Ng, Ross, Petrakis, Lowe and Mayor Tull
Against: Cr Bray

11.4 LIBRARY HOURS
Moved: Cr Ross                     Seconded: Cr Lowe
That Council extend Saturday library opening to 4pm from 1 May 2025.
                                                   CARRIED 7/0
"""

NSW_DIVISION = """Minutes of the Ordinary Meeting of Mirrool Regional Council held 18 June 2025

9.2 PLANNING PROPOSAL - LOT 7 DP 755001
RESOLUTION 25/201
Moved: Cr Anna Frew
Seconded: Cr Maree Oyston

That Council support the planning proposal to rezone part of Lot 7 DP 755001 to R5 Large Lot Residential.

In Favour:     Crs Frew, Oyston, Hartigan and Moon
Against:       Crs Strachan and Pennefather

                                                                     CARRIED
"""

NZ_MOVERS = """Minutes of the Strategy and Finance Committee of Te Awaroa District Council held on 4 September 2025

7. Fees and Charges 2025/26
Mr Tawhai spoke to the report.

Resolution: 2025/SF/112
Moved: Cr Ferris
Seconded: Deputy Mayor Pohatu

That the Strategy and Finance Committee:
a) receives the report;
b) approves the general refuse fee of $248 per tonne from 1 October 2025.
"""

NI_MOVERS = """Minutes of the Environment Committee of Glenmoyle District Council held on 2 December 2025

EC 121/25 Recycling Centre Opening Hours
The Director presented the report on the consultation.

Proposed by Alderman Keys
Seconded by Councillor Ó Dálaigh and

AGREED - that the Committee recommends to Council that Option B be implemented from 1 April 2026.
"""


@pytest.mark.parametrize(
    "text, decision, procedure",
    [
        (AU_DIVISION, "accept the tender of Corran Roofing", "For: Crs Hale"),
        (NSW_DIVISION, "support the planning proposal", "In Favour:"),
        (NZ_MOVERS, "receives the report", "Moved: Cr Ferris"),
        (NI_MOVERS, "Option B be implemented", "Proposed by Alderman Keys"),
    ],
)
def test_movers_and_division_lists_are_not_records_of_their_own(text, decision, procedure):
    texts = resolution_texts(text, "yarrabin.txt")
    assert any(decision in t for t in texts), texts
    assert not any(t.startswith(procedure) or t.split(" ", 1)[-1].startswith(procedure) for t in texts), texts


@pytest.mark.parametrize(
    "text",
    [
        "For: Crs Pattison, Dimitriou, Hoang and Mayor Brennan Against: Cr Feeney",
        "In Favour: Crs Frew, Oyston, Hartigan, Delacey, Moon and Vukovic Against: Crs Strachan and Pennefather",
        "2025/SF/071 Moved: Cr Ferris Seconded: Deputy Mayor Pohatu",
        "OCM 2509/104 Moved: Cr Anning Seconded: Cr Nairn",
        "Proposed by Alderman Gault Seconded by Councillor Ní Bhriain and",
        "Seconded Cllr. Ward.",
        "Motion Whitt / 2nd Fugate.",
        "M/S: Ruiz/Chen",
        "Ayes: Kruse, Pfaff; Nays: none",
    ],
)
def test_procedure_only(text):
    assert procedure_only(text)


@pytest.mark.parametrize(
    "text",
    [
        "Minutes of meeting of 17th April 2025 proposed Cllr. Ward, seconded Cllr. Feeney and confirmed.",
        "Proposed Cllr Price, seconded Cllr Ellis, all approved.",
        "Moved: Cr Hale Seconded: Cr Ng That the report be received.",
        "Moved Cr Hale, seconded Cr Ng. CARRIED",
        "Prop KN 2nd BB All agreed.",
        "For the reasons given, the application be refused.",
        "Against the officer recommendation, Members Refused the application.",
        "For: 5 Against: 2",
        "Approved.",
    ],
)
def test_records_with_a_word_of_their_own_stay(text):
    assert not procedure_only(text)


def test_minutes_with_movers_and_an_outcome_stay_a_decision():
    text = (
        "Minutes of the meeting of Drumkeel Municipal District held on 15 May 2025\n\n"
        "DK/25/031  Minutes of previous meeting\nProposed Cllr. Ward, seconded Cllr. Feeney and AGREED.\n\n"
        "DK/25/032  Roads Programme\nMoved: Cr Hale Seconded: Cr Ng\nThat the Schedule of Municipal District Works 2025 be adopted.\nCARRIED\n"
    )
    texts = resolution_texts(text, "drumkeel.txt")
    assert any(t.startswith("Proposed Cllr. Ward") and "AGREED" in t for t in texts), texts
    assert any("Schedule of Municipal District Works" in t for t in texts), texts


# A motion that found no seconder, or was recorded 'Not carried.' after its own sentence or tally,
# decided nothing (ANNOTATION.md: failed motions are not resolutions). The outcome often sits after
# a semicolon or full stop in the motion's own sentence: US '...; no second.', Scottish '...; there
# was no seconder.', Canadian '... No seconder; the motion was not considered.', parish 'For 2,
# Against 3. Not carried.' (motions.json 'failed').
UNSECONDED = [
    "Director Amundsen moved to amend so that the purchase order is not issued until the grant award letter is received; no second. Main motion carried 4-1.\n",
    "Councillor Bell, seconded by Dr Forsyth, moved approval. Mr Adair moved that the matter be continued to the next meeting; there was no seconder.\n\n"
    "The Board approved the Direction.\n",
    "7.4 Official Plan review - Councillor MacAulay moved that the review be postponed to 2026. No seconder; the motion was not considered.\n",
    "Cr Dunn moved that the footpath budget be doubled, not seconded.\n",
]


@pytest.mark.parametrize("body", UNSECONDED)
def test_a_motion_with_no_seconder_is_no_decision(body):
    head = "Minutes of the regular meeting of the Board of Stonemere Fire District held on 10 March 2025\n\n"
    texts = resolution_texts(head + body, "stonemere.txt")
    assert not any(re.search(r"no second|not seconded|postponed to 2026|be continued|footpath budget", t, re.I) for t in texts), texts


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Director Amundsen moved to amend so that the order is held; no second. Main motion carried 4-1.", True),
        ("Mr Adair moved that the matter be continued; there was no seconder.", True),
        ("Mrs Varley proposed the PC commission a drainage survey; seconded Mr Whitehouse. For 2, Against 3. Not carried.", True),
        ("Moved by Cr Hale that no second bin be provided to flats. Carried.", False),
        ("Motion by Ortiz, second by Bell, to hold no second reading this year. Passed 5-0.", False),
        ("Moved by Cr Hale, seconded by Cr Ng, that the report be received. CARRIED", False),
    ],
)
def test_motion_failed_reads_an_unseconded_or_not_carried_outcome(text, expected):
    from minutes_miner.extract.motions import motion_failed

    assert motion_failed(text, 0, len(text)) is expected


def test_the_main_motion_stays_when_its_amendment_found_no_seconder():
    body = (
        "Minutes of the regular meeting of the Board of Stonemere Fire District held on 10 March 2025\n\n"
        "6. Engine replacement\nDirector Ferrante moved to approve the purchase of a Type 1 engine for $612,000, seconded by Director Ruiz. "
        "Director Amundsen moved to amend so that the purchase order is not issued until the grant award letter is received; no second. "
        "Main motion carried 4-1.\n"
    )
    texts = resolution_texts(body, "stonemere.txt")
    assert any("Type 1 engine" in t for t in texts), texts
