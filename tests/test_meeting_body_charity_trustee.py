"""A town or borough council that holds a charity meets as its sole trustee, and those minutes are the
charity's meeting: the body is the charity, as it heads the paper ('ELMSTOW TOWN COUNCIL acting as Sole
Trustee of the ELMSTOW RECREATION GROUND TRUST (Registered Charity No. 1045117)'; the charity's letterhead
over 'Elmstow Town Council acting as sole corporate Trustee'), or the trustees or committee the minutes
name ('meeting of the Charity Trustees', 'acting by its Charity Trustees Committee'). Near misses: the
council's own minutes that mention its trusteeship in an item lower down; 'acting as trustee' beside no
charity's name. Every page is invented; the expected values were decided by ANNOTATION.md (section
Meeting) before the extractor was run."""

from __future__ import annotations

import pytest

from minutes_miner.evaluate import meeting_right
from helpers import analysed_page

PRESENT = "Trustees present: Cllrs Ames (Chair), Bell, Cole, Dunn\nApologies: Cllr Ebdon\n\n1. Declarations of interest\nNone.\n"


@pytest.mark.parametrize(
    "text,body",
    [
        pytest.param(
            "ELMSTOW TOWN COUNCIL\nacting as Sole Trustee of the\nELMSTOW RECREATION GROUND AND PAVILION TRUST (Registered Charity No. 1045117)\n\n"
            "Minutes of a meeting of the Trustee held on Monday 19 October 2026 at 6.30pm in the Pavilion\n\n" + PRESENT,
            "Elmstow Recreation Ground and Pavilion Trust",
            id="council letterhead over the charity it holds",
        ),
        pytest.param(
            "BRAYFORD PLAYING FIELDS TRUST (Registered Charity No. 1049217)\nBrayford Town Council acting as sole corporate Trustee\n\n"
            "Record of the Trustee meeting - 12 March 2026 - Pavilion\n\n" + PRESENT,
            "Brayford Playing Fields Trust",
            id="charity letterhead over the council acting as trustee",
        ),
        pytest.param(
            "MARLCOTE TOWN COUNCIL\nacting as Sole Trustee of the MARLCOTE TOWN LANDS CHARITY (Registered Charity No. 1041877)\n\n"
            "MINUTES of the meeting of the Charity Trustees held on Tuesday 20th May 2025 in the Guildhall\n\n" + PRESENT,
            "Charity Trustees",
            id="the trustees as the minutes name them",
        ),
        pytest.param(
            "ANNEX TO MINUTES\n\nHOLMWICK RELIEF IN NEED CHARITY (Reg. Charity No. 1023417)\nTrustee: Holmwick Borough Council, acting by its Charity Trustees Committee\n\n"
            "Meeting held 27.11.2025, Committee Room 2\n\n" + PRESENT,
            "Charity Trustees Committee",
            id="the committee the council acts by",
        ),
    ],
)
def test_a_council_meeting_as_a_charitys_trustee(tmp_path, text: str, body: str) -> None:
    found = analysed_page(tmp_path, text, "minutes.txt")
    assert meeting_right("body", body, found.body)


@pytest.mark.parametrize(
    "text,body",
    [
        pytest.param(
            "ELMSTOW TOWN COUNCIL\nMinutes of the meeting of the Town Council held on Monday 19 October 2026 at 7.30pm\n\n"
            "Present: Cllrs Ames (Chair), Bell, Cole, Dunn\n\n1. Apologies\nNone.\n2. Minutes\nApproved.\n3. Finance\nPayments approved.\n"
            "4. Planning\nNo objection.\n5. Highways\nNoted.\n6. Pavilion\nThe Council, acting as Sole Trustee of the Elmstow Recreation Ground Trust, "
            "will meet after this meeting.\n",
            "Elmstow Town Council",
            id="the council's own minutes mention the trust in an item",
        ),
        pytest.param(
            "ELMSTOW TOWN COUNCIL\nacting as custodian trustee for the allotment holders\n\nMinutes of the meeting of the Town Council held on 19 October 2026\n\n"
            + PRESENT,
            "Elmstow Town Council",
            id="acting as trustee beside no charity's name",
        ),
    ],
)
def test_no_charity_no_charity_body(tmp_path, text: str, body: str) -> None:
    found = analysed_page(tmp_path, text, "minutes.txt")
    assert meeting_right("body", body, found.body)
