"""Resolution families of round 18 (issue 16): a body's own outcome sentence in narrative minutes.

1. An item's noting is kept when a formal RESOLVED of the NEXT item sits nearby: items numbered with
   letters joined to the number ('MD/104/26 Taking in Charge', 'PH/105 Planning', 'OCM 2509/104
   Payments', 'Item 9.3.1 Bush fire brigades') open another item as much as '7. Planning' does.
2. A body's decision sentence in telegraphic or narrative form: an adverb of manner between the body and
   its verb ('Members reluctantly accepted the increase'); a bare noun of business after 'noted'
   ('Board noted report.'); the comments or feedback a body noted; 'approved' / 'ratified' /
   'granted' with a bare noun and its 'of' ('Council approved attendance of two Members').
3. A zoning board's variance, permit or waiver granted or denied ('The lot coverage variance was
   DENIED, 1-4').

Snippets are invented, in Irish, Northern Irish, Scottish, Manx, Australian, US and Canadian styles.
Near misses must give no decision: an individual's noting, a past appointment in narrative, a
bare noun followed by a clause ('Members noted progress was slow'), a variance in a report.
"""

from __future__ import annotations

import pytest

from helpers import resolution_texts

HEAD = "Minutes of the meeting of Carrickvale Council held on 3 March 2025\n\nPresent: Cllr A Hale (Chair), Cllr B Noor, Cllr C Dale\n\n"


def decisions(body: str) -> list[str]:
    return resolution_texts(HEAD + body)


@pytest.mark.parametrize(
    "body, noting",
    [
        (
            "KMD/103/26 Roadworks Programme - Update\nMr. Culhane reported that 31 of the 38 schemes were complete.\nThe report was noted.\n\n"
            "KMD/104/26 Taking in Charge - Cois Abhann\nIt was proposed by Cllr. Begley, seconded by Cllr. Doody, and resolved to take the estate in charge.\n",
            "The report was noted.",
        ),
        (
            "OCM 2509/103 Library Services Update\nThe Manager outlined visitor numbers for the quarter.\nThe update was noted.\n\n"
            "OCM 2509/104 Tender for Grader\nRESOLVED that Council accept the tender from Brookton Machinery Sales.\n",
            "The update was noted.",
        ),
        (
            "Item 9.3.1 Volunteer numbers\nBrigade volunteer numbers have fallen over four years.\nThe report was noted.\n"
            "Item 9.3.2 Fire break tender\nRESOLVED that the tender from Karri Earthmoving be accepted.\n",
            "The report was noted.",
        ),
    ],
)
def test_a_noting_is_not_settled_by_the_next_items_resolved(body: str, noting: str) -> None:
    assert noting in decisions(body)


def test_a_noting_beside_its_own_resolved_is_still_its_preamble() -> None:
    body = "PH/105 Budget Monitoring\nThe report was noted.\nRESOLVED that the forecast underspend be transferred to reserves.\n\nPH/106 Close\n"
    found = decisions(body)
    assert "The report was noted." not in found
    assert any("forecast underspend" in t for t in found)


@pytest.mark.parametrize(
    "body, fragment",
    [
        (
            "6. Estimates\nThe Clerk reported on the Department's figures. Members reluctantly accepted the increase.\n\n7. Close\n",
            "reluctantly accepted the increase",
        ),
        ("4. Standing Orders\nThe Board formally adopted the revised Standing Orders.\n\n5. Close\n", "formally adopted the revised"),
        (
            "3 Harbour Master's Report\nVessel arrivals Oct-Dec: 1,306. Two near-miss incidents at the pier.\nBoard noted report.\n\n4 Close\n",
            "Board noted report.",
        ),
        ("5. Treasurer\nBalances were read out.\nCommittee noted Treasurer's report.\n\n6. Close\n", "noted Treasurer's report"),
        (
            "25. MEMORIAL GARDEN\nTen comments had been received about the rose beds. The Committee noted the comments and the planned replanting.\n\n26. CLOSE\n",
            "noted the comments",
        ),
        (
            "8. Conference\nCouncil approved attendance of up to 2 Members at the Annual Conference (cost £195 per delegate).\n\n9. Close\n",
            "approved attendance of up to 2 Members",
        ),
        ("7. Retention\nThe Board approved release of the retention to Harcourt Builders.\n\n8. Close\n", "approved release of the retention"),
        (
            "Case 2026-04 - 14 Elm St - lot coverage\nThe lot coverage variance was DENIED, 1-4 (Kasprzak in favor).\n\nAdjourned 8:40 PM.\n",
            "variance was DENIED",
        ),
        (
            "Case 2026-05 - 3 Birch Rd\nThe special exception was granted with the conditions read into the record.\n\nAdjourned.\n",
            "special exception was granted",
        ),
    ],
)
def test_a_bodys_outcome_sentence_is_a_decision(body: str, fragment: str) -> None:
    assert any(fragment in t for t in decisions(body)), decisions(body)


@pytest.mark.parametrize(
    "body",
    [
        "5. Treasurer\nMembers noted progress was slow on the audit.\n\n6. Close\n",
        "5. History\nIt was noted that the Council subsequently appointed a different contractor to undertake the works.\n\n6. Close\n",
        "4. Planning report\nThe officer explained that a variance was granted by the Board of Appeals in 2019 for the same lot.\n\n5. Close\n",
        "7. Hall\nThe hall committee had approved of the idea of a fete in 2019, the Clerk recalled.\n\n8. Close\n",
    ],
)
def test_near_misses_give_no_decision(body: str) -> None:
    assert decisions(body) == [], decisions(body)
