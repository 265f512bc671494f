"""The body of a record of an individual member's decision is its decision-maker, the office
('Cabinet Member for Environment and Climate', 'Portfolio Holder for Housing', 'Leader of the
Council', an elected 'Mayor'), not the person who holds it nor 'Council' (ANNOTATION.md: a
decision notice takes the body of 'Decided at meeting' / the decision-maker). Near misses: a
motion's 'That Council:' is not a heading naming a body; a role in the attendance list is not the
body. Invented pages; expected values decided by ANNOTATION.md first."""

from __future__ import annotations

import pytest

from minutes_miner.evaluate import meeting_right
from minutes_miner.readers import read_document
from minutes_miner.structure import analyse

PAGES = [
    (
        "ASHVALE BOROUGH COUNCIL\nRECORD OF AN EXECUTIVE DECISION BY AN INDIVIDUAL CABINET MEMBER\nDecision No.: ICM/2025/004\nTitle: Award of contract - street cleansing\n"
        "Decision maker: Councillor Ann Hale, Cabinet Member for Environment and Climate\nDate of decision: 9 April 2025\n",
        "Cabinet Member for Environment and Climate",
    ),
    (
        "Westmere District Council\nRecord of Portfolio Holder Decision\nDecision maker: Portfolio Holder for Housing\nDate of decision: 14 March 2025\nSubject: Tenancy strategy\n",
        "Portfolio Holder for Housing",
    ),
    (
        "NORTHDALE CITY COUNCIL\nRecord of Decision\nDecision taker: Cllr Bo Noor, Leader of the Council\nDate: 2 May 2025\nSubject: Appointment to outside bodies\n",
        "Leader of the Council",
    ),
    # near misses
    (
        "of the project to date. Cr Lee asked whether the grant could be carried forward.\n\nMOVED Cr Noor SECONDED Cr Page\n\nThat Council:\n1. Notes the progress report;\n2. Approves the budget.\nCARRIED\n",
        None,
    ),
    (
        "ASHVALE BOROUGH COUNCIL\nCABINET\nMinutes of the meeting held on 9 April 2025\nPresent: Councillor Hale (Chair)\nIn attendance: Cabinet Member for Housing\n",
        "Cabinet",
    ),
]


@pytest.mark.parametrize("text,body", PAGES, ids=[p[0][:30] for p in PAGES])
def test_decision_maker_is_the_office(tmp_path, text, body):
    path = tmp_path / "paper.txt"
    path.write_text(text, encoding="utf-8")
    structure = analyse(read_document(path))
    assert meeting_right("body", body, structure.body), structure.body


REPORTS = [
    (
        "Westmere District Council\nReport to Cabinet\nDate of meeting: 4 March 2025\nReport of: Director of Place\nPurpose of the report: to seek approval\n",
        "Cabinet",
    ),
    ("KOORINGA SHIRE COUNCIL\nREPORT TO THE AUDIT AND RISK COMMITTEE\nMeeting date: 11 March 2025\nAuthor: Finance Manager\n", "Audit and Risk Committee"),
    ("Report to the Licensing Board\nDate of meeting: 4 March 2025\nReport of: Licensing Standards Officer\n", "Licensing Board"),
    # near misses: a report to an officer or to members names no body (under a letterhead, 'Council' is another rule's reading)
    ("Westmere District Council\nReport to the Chief Executive\nDate: 4 March 2025\nSubject: Delegated decision on a grant\n", None),
    ("Report to Members\nDate: 4 March 2025\nSubject: Members' allowances\n", None),
]


@pytest.mark.parametrize("text,body", REPORTS, ids=[r[0][:30] for r in REPORTS])
def test_report_names_the_meeting_it_goes_to(tmp_path, text, body):
    """An officer's report titled 'Report to <body>' goes to that body's meeting (ANNOTATION.md)."""
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    assert meeting_right("body", body, analyse(read_document(path)).body)
