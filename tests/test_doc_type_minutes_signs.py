"""Minutes whose title never says 'Minutes' (a US district board's 'Regular Meeting', a UK
hearing sub-committee's front page) are still minutes when they record what happened in the past
tense: members present, a quorum confirmed, a vote tallied ('approved 5-0', 'carried (Noor/Lee)
4-0'), a chair elected. Near misses: an agenda with its membership list and an 'Election of
Chair' item is an agenda; a budget paper's '2024-25' is no vote. Invented pages; expected values
decided by ANNOTATION.md first."""

from __future__ import annotations

import pytest

from minutes_miner.doc_type import classify_document

PAGES = [
    (
        "ELMBROOK IRRIGATION DISTRICT\nBoard of Directors – Regular Meeting\nMarch 4, 2025 · District Office\n\nDirectors present: Ann Hale (President), Bo Noor, Cal Lee\n"
        "1. Call to order 6:30 pm; quorum confirmed.\n2. Consent items – minutes of Feb. 4, 2025; bills. Consent items approved 5-0.\n3. GM report\n",
        "minutes",
    ),
    (
        "ASHVALE DISTRICT COUNCIL\n\nSTANDARDS HEARING SUB-COMMITTEE\n\nThursday 6 March 2025 at 2.00 pm\nMeeting Room 3\n\nMembers: Councillors Ann Hale (Chair), Bo Noor, Cal Lee\n"
        "Officers: Monitoring Officer\n\n1. ELECTION OF CHAIR\nCouncillor Hale was elected Chair for the hearing.\n\n2. COMPLAINT REF. SC/25/002\nThe Investigating Officer presented her report.\n",
        "minutes",
    ),
    (
        "NORTH FORK LIBRARY DISTRICT\nBoard of Trustees\nApril 9, 2025, 7:00 p.m., Main Library\nTrustees present: Ann Hale, Bo Noor, Cal Lee, Dee Page\n"
        "Budget amendment for the roof repair. Motion carried (Noor/Lee) 4-0.\n",
        "minutes",
    ),
    # near misses
    (
        "ASHVALE DISTRICT COUNCIL\nCABINET\nThursday 6 March 2025 at 2.00 pm\nMembership: Councillors Ann Hale (Chair), Bo Noor, Cal Lee\nAGENDA\n1. Election of Chair\n2. Apologies for absence\n"
        "3. Budget 2024-25 and 2025-26\n",
        "agenda",
    ),
]


@pytest.mark.parametrize("text,doc_type", PAGES, ids=[p[0][:30] for p in PAGES])
def test_minutes_told_by_what_they_record(text, doc_type):
    assert classify_document(text, "paper.txt") == doc_type
