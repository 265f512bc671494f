"""A body's heading that names the decision paper after it ('Cabinet – Record of Decisions',
'Planning Committee – Schedule of Decisions', 'Licensing Sub-Committee - Notice of Decision',
'Cabinet Decisions - 4 March 2025'), as English, Welsh and Scottish councils publish their
decision lists: the body is the heading's body, not the authority on the letterhead over it.
Near misses: a member's or an officer's decisions name no body. Invented snippets, no real
council's text."""

from __future__ import annotations

import pytest

from minutes_miner.meeting import classify_document, find_body, find_council


def _council_and_body(text: str) -> tuple[str | None, str | None]:
    council, hint = find_council({}, text, classify_document(text))
    return council, find_body(text[:3000], council, hint)


DECISION_PAPERS = [
    (  # a Markdown page of a district's executive decisions, as the Markdown reader gives its text
        "Fosse Vale District Council\n\nCabinet – Record of Decisions\n\nMeeting date: Wednesday 9 July 2025\n\n"
        "CAB/25/031 – Waste vehicles\n\nDecision:\n1. To authorise the purchase of nine vehicles.\n",
        ("Fosse Vale District Council", "Cabinet"),
    ),
    (  # planning decisions list
        "Ashby District Council\nPlanning Committee – Schedule of Decisions\n12 March 2024\n\n24/0012 Land at Mill Lane: APPROVED subject to conditions.\n",
        ("Ashby District Council", "Planning Committee"),
    ),
    (  # capitals, hyphen
        "ELMWOOD BOROUGH COUNCIL\nEXECUTIVE - RECORD OF DECISIONS\nDate of meeting: 9 July 2025\n\nDecision: To approve the budget.\n",
        ("Elmwood Borough Council", "Executive"),
    ),
    (  # licensing hearing's notice
        "Harbour District Council\nLicensing Sub-Committee - Notice of Decision\nHearing date: 3 March 2025\n\nThe Sub-Committee resolved to grant the licence.\n",
        ("Harbour District Council", "Licensing Sub-Committee"),
    ),
    (  # a licensing hearing's determination, the kind of sitting in brackets
        "ROYAL BOROUGH OF ELMBRIDGE\nLICENSING SUB-COMMITTEE (HEARING) - NOTICE OF DETERMINATION\nLicensing Act 2003\n\nDate of hearing: 3 February 2026\n"
        "Sub-Committee: Councillors A Oduya (Chair), B Tremlett\n",
        ("Royal Borough of Elmbridge", "Licensing Sub-Committee"),
    ),
    (  # the body's decisions with the date after a dash
        "Kelby Borough Council\nCabinet Decisions - 4 March 2025\n\n1. RESOLVED that the report be noted.\n",
        ("Kelby Borough Council", "Cabinet"),
    ),
]


@pytest.mark.parametrize("text, expected", DECISION_PAPERS)
def test_the_body_heads_its_decision_paper(text: str, expected: tuple[str, str]) -> None:
    assert _council_and_body(text) == expected


@pytest.mark.parametrize(
    "text, not_body",
    [
        ("Kelby Borough Council\nCabinet Member Decisions - 4 March 2025\n\n1. The Cabinet Member approved the scheme.\n", "Cabinet"),
        ("Kelby Borough Council\nOfficer Report – Summary of Decisions\n4 March 2025\n", "Officer Report"),
    ],
)
def test_a_member_or_officer_paper_is_no_body(text: str, not_body: str) -> None:
    assert _council_and_body(text)[1] != not_body


def test_a_committee_minutes_heading_under_the_letterhead_is_read_as_before() -> None:
    text = "KELBY BOROUGH COUNCIL\nPLANNING COMMITTEE - MINUTES\n4 March 2025\nPresent: Cllr A\n"
    assert _council_and_body(text) == ("Kelby Borough Council", "Planning Committee")
