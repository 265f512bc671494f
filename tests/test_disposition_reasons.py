"""A disposition label's own reasons: 'Refused' on its line under a planning application, then
'(Reason: overbearing impact ...)' or 'Reasons for refusal: ...' on the lines below it. The
reasons are part of the decision (what was refused and why), so the record runs on over them
(extract/dispositions.py). Snippets are invented, in UK, Irish, Australian, NZ and US styles.
Near misses: the next application, a blank line, a sentence of debate after the label, and a
bracket that never closes stay out of the record.
"""

from __future__ import annotations

import pytest

from minutes_miner.extract.dispositions import find_dispositions

UK_DISTRICT = """Item 5.2  DC/25/0702/HH  Two-storey side extension. 12 Willow Way, Ashmere.
Refused
(Reason: overbearing impact on No. 14; contrary to Policy DM4.)

Item 5.3  DC/25/0719/FUL  Change of use of barn to 3 holiday lets.
"""

IRISH_COUNTY = """Planning Ref. 25/4471 - Retention of domestic garage, Knockanore, Co. Kilbrack.
REFUSED
Reasons for refusal: the structure is visually obtrusive in an area of high
amenity and the site lies within the flood zone.

Planning Ref. 25/4480 - Dwelling house, Ballyderrig.
"""

AU_PANEL = """DA 2025/331  Two-lot subdivision, 14 Kurrajong Street, Tamberlee
REFUSED
(Reasons: non-compliance with the minimum lot size in clause 4.1 of the LEP,
and inadequate bushfire access.)
"""

US_BOARD = """Case 2025-07  Variance to reduce the front setback to 12 ft, 9 Orchard Lane.
DENIED
Reason for denial: no hardship peculiar to the lot was shown.
"""


@pytest.mark.parametrize(
    "text, reason",
    [
        (UK_DISTRICT, "(Reason: overbearing impact on No. 14; contrary to Policy DM4.)"),
        (UK_DISTRICT.replace("Policy DM4.", "Policy DM4 (design)."), "contrary to Policy DM4 (design).)"),
        (IRISH_COUNTY, "the site lies within the flood zone."),
        (AU_PANEL, "and inadequate bushfire access.)"),
        (US_BOARD, "no hardship peculiar to the lot was shown."),
    ],
)
def test_the_reasons_below_a_label_are_part_of_its_decision(text, reason):
    found = find_dispositions(text, [])
    assert found, text
    assert found[0].text.endswith(reason)
    assert text[found[0].start : found[0].end].rstrip().endswith(reason.split()[-1])


def test_the_next_application_is_not_a_reason():
    found = find_dispositions(UK_DISTRICT, [])
    assert len(found) == 1 and "DC/25/0719" not in found[0].text


@pytest.mark.parametrize(
    "after",
    [
        "\nThe applicant may appeal to the Planning Inspectorate.",  # a sentence of the minute after the label, not its reasons
        "\n\n(Reason: overbearing impact on No. 14.)",  # a blank line ends the decision
        "\n(Reason: overbearing impact on No. 14 and the Chair then left the meeting at 8.10 p.m. while the",  # a bracket that never closes
        "\nReasoning behind the objectors' case was discussed at length.",  # a word that only begins like 'Reason'
    ],
)
def test_what_follows_a_label_without_being_its_reasons_stays_out(after):
    text = "Item 4  DC/25/0800/HH  Rear dormer, 3 Mill Lane.\nRefused" + after + "\n"
    found = find_dispositions(text, [])
    assert found and found[0].text.endswith("Refused")


# Rows of a planning or licensing item printed without a header row: the item's own heading names
# applications, each row is a reference, the site and proposal, and last the meeting's outcome,
# often closed by a full stop (extract/decision_rows.py).
HEADERLESS_ROWS = [
    "B24/106 PLANNING\n24/01133/B Glen Farm, Ballacrennan - agricultural shed. No objection.\n",  # Isle of Man commissioners
    "7. Planning Applications\n25/01187/FUL 12 Mill Lane, Ashcote - rear extension. Support.\n",  # English parish
    "PLANNING APPLICATIONS CONSIDERED\nDA2026/031 14 Wattle St, Tamberlee - dual occupancy. Approved with conditions.\n",  # Australian shire
    "Licensing applications\nLIC2026/014 Ocho Cantina, 92 Lantern Square - transfer of licence. GRANTED (3-0).\n",  # licensing board
]


@pytest.mark.parametrize("text", HEADERLESS_ROWS)
def test_a_row_under_a_planning_heading_needs_no_header_row(text):
    from minutes_miner.extract.decision_rows import find_decision_rows

    rows = find_decision_rows(text, [])
    assert [row.text for row in rows] == [text.split("\n")[1]]


HEADERLESS_NEAR_MISSES = [
    "Payments\n2026/14 Anglian Water, 3 Church Lane - standpipe. Approved.\n",  # not a planning item: a payments list
    "Planning decisions notified by the District Council\n26/00101/FUL 3 Mill Row - garage. Refused.\n",  # decided elsewhere
    "PLANNING APPEALS\n25/00912/FUL Land at Ash Farm - 4 dwellings. Dismissed. Refused.\n",  # appeal results of another body
    "PLANNING APPLICATIONS\n25/01187/FUL 12 Mill Lane, Ashcote - rear extension\n25/01190/HOU 4 Birch Rise - porch\n",  # an agenda list
    "PLANNING\n25/01187/FUL the committee heard that the application had been refused.\n",  # a sentence, lower case
]


@pytest.mark.parametrize("text", HEADERLESS_NEAR_MISSES)
def test_a_headerless_row_outside_this_family_is_no_decision(text):
    from minutes_miner.extract.decision_rows import find_decision_rows

    assert find_decision_rows(text, []) == []
