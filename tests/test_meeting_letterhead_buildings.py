"""A US letterhead that prints the building beside the authority's name ('Hallam County   County
Courthouse', 'CITY OF OAK BLUFF   CITY HALL'), read by the text reader with its gap closed: the
authority is the name before the building. Near misses: a building with no authority before it
names none. Invented snippets, no real council's text."""

from __future__ import annotations

import pytest

from minutes_miner.meeting import find_council


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Hallam County County Courthouse\n410 NW Juniper Ave.\nMillrace, Oregon\nMeeting Minutes - Final\nBoard of County Commissioners\n"
            "Wednesday, March 4, 2026 9:00 AM Commissioners' Hearing Room\nPresent: 3 - Chair Jessa Lindqvist\n",
            "Hallam County",
        ),
        (
            "Tollard County Administration Building\n200 Main Street\nBoard of Supervisors\nRegular Meeting Minutes\nMarch 4, 2026\n",
            "Tollard County",
        ),
        ("Kettle Valley Township Township Hall\nBoard of Trustees\nMinutes\nMarch 4, 2026\nPresent: Trustees Ames, Boyd\n", "Kettle Valley Township"),
    ],
)
def test_the_authority_before_its_building(text: str, expected: str) -> None:
    assert find_council({}, text, "minutes")[0] == expected


def test_a_building_alone_names_no_authority() -> None:
    text = "Elmcote Village Hall\nMinutes of the meeting of the Trustees held on 4 March 2026\nPresent: Mrs A Dale (Chair)\n"
    assert find_council({}, text, "minutes")[0] is None
