"""Decision tables flattened to text: one row, one decision (extract/decision_rows.py).

Invented rows in several countries' layouts, as the reader leaves them (column gaps squashed to
one space, pipes kept), and near misses that must give nothing: an agenda's list of applications,
a table of decisions made under delegation, rows without a header naming a decision column.
"""

from __future__ import annotations

import pytest

from minutes_miner.extract.decision_rows import find_decision_rows
from minutes_miner.extract.found import FoundResolution

TABLES = [
    (  # US zoning board, pipes kept
        "Applications heard:\nCase | Applicant | Location | Request | Action\n"
        "25-014 | Marsh, Dale | 8 Elm Ct | Area variance - rear yard 20 ft where 30 ft required | GRANTED w/ conditions (4-1)\n"
        "25-016 | Ridgeway Storage LLC | 410 Route 9 | Special permit - self storage | DENIED (0-5)\n",
        ["GRANTED", "DENIED"],
    ),
    (  # UK planning committee, wrapped reasons
        "SCHEDULE OF APPLICATIONS\nApp No Site Proposal Decision\n"
        "26/00412/FUL Land east of Pound Lane, Ashcote Erection of 6 dwellings REFUSED (outside settlement\n"
        "boundary; no affordable housing)\n"
        "26/00431/HOU 12 Birch Rise, Ashcote Rear conservatory Granted subject to conditions\n",
        ["REFUSED", "Granted"],
    ),
    (  # Australian shire, own applications
        "Development applications considered\nDA No. Applicant Address Proposal Outcome\n"
        "DA2026/031 K. Nguyen 14 Wattle St Dual occupancy Approved with conditions\n"
        "DA2026/034 Red Gum Farms 220 Old Mill Rd Farm shed Deferred for a site inspection\n",
        ["Approved", "Deferred"],
    ),
    (  # Isle of Man / Irish parish-style consultee comments
        "PLANNING APPLICATIONS\nRef Site Proposal Comments\n"
        "26/00150/B Ballaugh Mill Conversion of mill to 3 dwellings No objection\n"
        "26/00162/A Field 12, Glen Rd Approval in principle, 9 dwellings Object - outside\nsettlement boundary\n",
        ["No objection", "Object"],
    ),
]


@pytest.mark.parametrize("text,outcomes", TABLES)
def test_each_row_is_one_decision(text: str, outcomes: list[str]) -> None:
    rows = find_decision_rows(text, [])
    assert [r.marker for r in rows] == outcomes
    for row in rows:
        assert row.text.split()[0][0].isalnum() or row.text.startswith("(")
        assert row.marker in row.text
    assert rows[-1].text.endswith(text.rstrip().split("\n")[-1].strip())  # a wrapped last cell belongs to its row


NEAR_MISSES = [
    # an agenda's list of applications: no outcome word in a last cell
    "Applications to consider\nApp No Site Proposal Decision\n26/00412/FUL Land east of Pound Lane Erection of 6 dwellings\n"
    "26/00431/HOU 12 Birch Rise Rear conservatory\n",
    # decisions made under delegation, reported to the meeting
    "9.4 DEVELOPMENT APPLICATIONS DETERMINED UNDER DELEGATION\nDA No. Applicant Address Proposal Decision\n"
    "MCU26/019 P Rossi Lot 4 Creek Rd Dual occupancy Approved with conditions\n",
    # decisions notified by the planning authority
    "Planning decisions notified by the District Council\nRef Site Proposal Decision\n26/00101/FUL 3 Mill Row Garage Refused\n",
    # no header naming a decision column: a list, not a decision table
    "Payments\n2026/14 Anglian Water 3 Church Lane standpipe Approved\n2026/15 Ashcote Village Hall hire Approved\n",
    # a sentence, the word in lower case
    "Outcome\n26/00412/FUL the committee noted that the application had been approved\n",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_not_a_decision_table(text: str) -> None:
    assert find_decision_rows(text, []) == []


def test_heading_above_the_item_text_counts() -> None:
    text = "DA No. Applicant Address Proposal Decision\nDA2026/040 J Tane 3 Kauri Rd Garage Approved\n"
    assert find_decision_rows(text, [], above="5.3 APPLICATIONS DECIDED UNDER DELEGATION\n") == []
    assert len(find_decision_rows(text, [], above="5.3 RESOURCE CONSENT HEARINGS\n")) == 1


def test_table_under_a_decision_ending_on_a_colon_is_its_list() -> None:
    text = (
        "Resolved - that the applications listed below be determined as follows:\n\nApp No Address Proposal Decision\n"
        "26/00412/FUL Pound Lane, Ashcote Erection of 6 dwellings REFUSED\n26/00431/HOU 12 Birch Rise Rear conservatory GRANTED\n"
    )
    lead_start = text.index("that")
    lead_end = text.index(":") + 1
    lead = FoundResolution(lead_start, lead_end, text[lead_start:lead_end], "Resolved", "marker")
    assert find_decision_rows(text, [lead]) == []
    assert lead.end == len(text.rstrip()) and "26/00431/HOU" in lead.text
