"""Round 22: an item's bare noting line closing a paragraph of report narrative.

Terse minutes (UK parish and town councils, Manx commissioners, Irish and Northern Irish
councils, Australian and NZ committees, US boards) set out an officer's update as a short
paragraph of several sentences and close the item with 'Received.' or 'Noted.' on a line of
its own, then a blank line. No motion was put: the bare line is the body's decision on the
item (ANNOTATION.md: "Noted." is the outcome of an item) and the narrative above it is not the
wording of a decision. The near misses must not give a bare noting: a paragraph that puts a
motion ('Proposed ... seconded ...'), a noting that runs on in its own paragraph, a 'Noted'
inside a sentence of debate, and an agenda's 'For noting'.
"""

from __future__ import annotations

import pytest

from helpers import resolution_texts

HEAD = "Minutes of the meeting of Kilbrannan Commissioners held on 14 October 2025\n\nPresent: Mr A Quirk (Chair), Mrs B Teare, Mr C Moore\n\n"


def decisions(body: str) -> list[str]:
    return resolution_texts(HEAD + body)


@pytest.mark.parametrize(
    "body, noting, narrative",
    [
        (
            "181/25 Street lighting\nEngineer: 14 lanterns replaced with LED units in the quarter. Two columns failed the\nstructural test and are programmed for renewal in March. Energy use down 9%.\nReceived.\n\n182/25 Close\n",
            "Received.",
            "lanterns",
        ),
        (
            "ITEM 7  TREASURY MANAGEMENT MID-YEAR REVIEW\n\nBorrowing stood at £41.2m; no new loans were taken in the half year. Investment\nreturns averaged 4.6%. All prudential indicators were within limits.\nNoted.\n\nITEM 8  ANY OTHER BUSINESS\n",
            "Noted.",
            "Borrowing",
        ),
        (
            "6.2 Library Services Quarterly Update\nVisits were 18,420 for the quarter, up 7% on last year. The mobile library resumed its\nrural routes on 2 September. E-book loans continue to grow.\nNoted.\n\n6.3 Close of Meeting\n",
            "Noted.",
            "mobile library",
        ),
        (
            "C. Fire Chief's monthly report\n41 calls for the month (27 EMS, 9 fire, 5 other). Engine 2 is back in service after\npump repairs. Two recruits completed Firefighter I.\nReceived.\n",
            "Received.",
            "Engine 2",
        ),
    ],
)
def test_a_bare_noting_line_closing_an_items_narrative_is_the_decision(body: str, noting: str, narrative: str) -> None:
    found = decisions(body)
    assert noting in found, found
    assert not [t for t in found if narrative in t], found


@pytest.mark.parametrize(
    "body",
    [
        # a motion put in the paragraph: the closer closes that motion, not the narrative
        "5. Grass cutting contract\nThree quotes were received. The lowest was from Greenway Ltd at £6,400.\nProposed by Mr Moore, seconded by Mrs Teare, that Greenway Ltd be appointed.\nNoted.\n\n6. Close\n",
        # the noting runs on in its own paragraph: it does not close the item on a line of its own
        "4. Police report\nThere were 12 incidents in the ward. Two arrests were made.\nNoted. The Clerk will invite the Sergeant to the next meeting.\n\n5. Close\n",
    ],
)
def test_a_bare_noting_that_closes_a_motion_or_runs_on_is_not_alone(body: str) -> None:
    found = decisions(body)
    assert "Noted." not in found, found


@pytest.mark.parametrize(
    "body",
    [
        "8. Planning\nMembers noted concerns that the new estate road had not been adopted. The Chair will write to the Department.\n\n9. Close\n",
        "AGENDA\n3. Quarterly performance report - for noting.\n4. Budget monitoring - for noting.\n\n",
    ],
)
def test_noting_in_debate_or_an_agendas_for_noting_gives_no_bare_noting(body: str) -> None:
    found = decisions(body)
    assert not [t for t in found if t.rstrip(".").lower() in {"noted", "received"}], found


@pytest.mark.parametrize(
    "body",
    [
        # one sentence telling what stood so or what someone did, the next item's heading straight after
        "PC 145/25  APPEALS\nThe Planning Appeals Commission had dismissed two appeals and allowed one in the period.\nNoted.\nPC 146/25  PERFORMANCE\nThe report was taken as read.\n",
        "9. Ward councillor's report\nCllr Dale reported that the footpath on Mill Lane would be resurfaced in the spring.\nReceived.\n10. Close\n",
        "Item 6 - Library\nVisits were up 7% on the previous quarter.\nNoted.\n\nItem 7 - Close\n",
    ],
)
def test_a_bare_noting_after_one_sentence_of_narrative_closing_its_item(body: str) -> None:
    found = decisions(body)
    assert [t for t in found if t.rstrip(".").lower() in {"noted", "received"}], found
    assert not [t for t in found if any(w in t for w in ("Commission", "footpath", "Visits"))], found


@pytest.mark.parametrize(
    "body",
    [
        # a matter line (a letter, an invitation) keeps its matter with the noting
        "7. Correspondence\nLetter from the Fire Service re hydrant inspections in the village.\nNoted.\n\n8. Close\n",
        # the noting is followed by more of the same item: it closes no item
        "5. Police report\nThere had been 12 incidents in the ward.\nNoted.\nThe Clerk will invite the Sergeant to the next meeting.\n\n6. Close\n",
    ],
)
def test_a_matter_or_a_running_item_keeps_its_wording(body: str) -> None:
    found = decisions(body)
    assert "Noted." not in found, found
