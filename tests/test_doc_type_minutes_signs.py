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


TITLED_PAPERS = [
    (
        "Tarawhiti District Council\nAGENDA\nKōwhai Community Board\nDate: Wednesday 9 April 2025\nTime: 4.00pm\nMembership\nChairperson Ann Hale\n"
        "1. Apologies\n2. Report of the Roading Manager\nPurpose of the report: to update the Board. Recommendations: That the Board receives the report.\n",
        "agenda",
    ),
    (
        "CARRIGBEG COUNTY COUNCIL\nREPORT TO: Housing Strategic Policy Committee\nMEETING DATE: 9th May 2025\nAGENDA ITEM: 5\nSUBJECT: Vacant homes - progress report\n"
        "PREPARED BY: Senior Executive Officer\n1. Purpose\nTo update the Committee.\n",
        "report",
    ),
    # near misses: minutes under a letterhead stay minutes; an 'Agenda item 4' page is not an agenda
    (
        "Tarawhiti District Council\nMINUTES\nKōwhai Community Board\nDate: Wednesday 9 April 2025\nPresent: Ann Hale (Chair)\nThe Board resolved to receive the report.\n",
        "minutes",
    ),
    ("Westmere District Council\nAgenda item 4\nMinutes:\nThe Cabinet RESOLVED to approve the budget.\n", "minutes"),
]


@pytest.mark.parametrize("text,doc_type", TITLED_PAPERS, ids=[p[0][:40] for p in TITLED_PAPERS])
def test_paper_titled_under_its_letterhead(text, doc_type):
    """'AGENDA' on its own line under the letterhead titles an agenda, whatever reports it carries;
    a 'REPORT TO: ... SUBJECT:' front page is a report even with an 'AGENDA ITEM:' line."""
    assert classify_document(text, "paper.txt") == doc_type


def test_page_with_agenda_and_minutes_tabs_is_minutes():
    """A parish page whose tabs read 'Agenda' and 'Minutes' above its minutes is the minutes."""
    page = (
        "Finance Committee\nTo be held in the Board Room, Elm Civic Centre\nAgenda\nMinutes\nMinutes of the Finance Committee\n"
        "held at Elm Civic Centre on Wednesday 5th March 2025 @ 5.00pm\nPresent: A Hale (Chairman), B Noor\nF12/25 APOLOGIES FOR ABSENCE\nApologies received from C Lee\n"
    )
    assert classify_document(page, "page.txt") == "minutes"
