"""Session res34: resolutions on councils studied least (the inv27 batch of the invented set).

- A motion that failed is no decision, whatever form records the failure: a bare capitalised outcome closing the
  motion's last line after its full stop ('... to 22 m.   DEFEATED', its blanks squashed), a motion 'put and lost',
  a motion 'moved by X but not seconded' (the failure read from the mover clause, where 'A motion' stands).

Near misses: a motion carried next to a failed one keeps its record; a lower-case 'lost' closing prose is no outcome.
"""

from __future__ import annotations

import pytest

from helpers import resolution_texts

HEAD = "Minutes of the meeting of Ashcombe Town Council held on 3 March 2026\n\nPresent: Cllrs Hale, Noor, Moss, Reid.\n\n"
ONTARIO_HEAD = "Township of Ashcombe\nMinutes of the Regular Meeting of Council\nMarch 3, 2026\n\nPresent: Mayor Hale, Councillors Noor, Moss, Reid.\n\n"


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    """The rules must refuse (or find) these, not only the trained layer's long tail."""
    monkeypatch.setenv("MINUTES_MINER_LAYER", "rules")


@pytest.mark.parametrize(
    "head, item, failed",
    [
        (  # bramble_narrows_twp_on_1: the outcome printed at the right of the motion's last line (as its reader squashes the blanks)
            ONTARIO_HEAD,
            "8.2 Minor Variance A-07-25, 1144 Heron Bay Road\nResolution No. 2025-201\n"
            "Moved by: Councillor Kowalski      Seconded by: Councillor McTavish\n"
            "BE IT RESOLVED THAT Council, acting as Committee of Adjustment, approve Minor Variance\n"
            "A-07-25 to reduce the water setback from 30 m to 22 m. DEFEATED\n"
            "Councillor Lafrance returned.\n\n",
            "approve Minor Variance",
        ),
        (  # scarrowby_tc_1
            HEAD,
            "7. Precept options\nA motion by Cllr Brannigan, seconded by Cllr Moss, to recommend Option C was put and lost (2 for, 3 against).\n\n",
            "Option C",
        ),
        (  # hollinford_dc_1
            HEAD,
            "5. 25/0412/FUL Land at Mill Lane\nA motion to defer for a site visit was moved by Councillor Bellamy but was not seconded.\n\n",
            "site visit",
        ),
    ],
)
def test_a_failed_motion_is_no_decision(head, item, failed):
    texts = resolution_texts(head + item)
    assert not any(failed in t for t in texts), texts


def test_a_motion_carried_beside_a_failed_one_stays():
    item = (
        "6. Discretionary Fund\nResolution PFCB/25/09 - Moved Member Pask / Seconded Cr Blakeley\n"
        "That the Board grants $2,500 to the Playcentre and $2,000 to the Anglers Club from its Discretionary Fund. Carried\n"
        "A motion by Member Kingi to grant the Anglers Club the full $4,000 was lost.\n\n"
    )
    texts = resolution_texts(HEAD + item)
    assert any(t.startswith("That the Board grants $2,500") for t in texts), texts


def test_a_carried_motion_ending_its_line_in_capitals_stays():
    item = (
        "8.3 Gravel haul\nResolution No. 2025-202\nMoved by: Councillor Noor      Seconded by: Councillor Reid\n"
        "BE IT RESOLVED THAT Council award the 2025 gravel haul contract to Prairie Hoe Ltd. CARRIED\n\n"
    )
    texts = resolution_texts(ONTARIO_HEAD + item)
    assert any("gravel haul contract" in t for t in texts), texts
