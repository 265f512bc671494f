"""A committee's heading printed above the authority's letterhead, then the paper's title
('Planning and Development Committee' / 'Kilmory Town Council' / 'Minutes of meeting held ...'):
the letterhead over 'Minutes' is no title naming the council's own meeting. Near misses: the
letterhead alone over 'Minutes', and a full council's meeting heading above it. Invented
snippets, no real council's text."""

from __future__ import annotations

import pytest

from minutes_miner.meeting import classify_document, find_body, find_council


def _council_and_body(text: str) -> tuple[str | None, str | None]:
    council, hint = find_council({}, text, classify_document(text))
    return council, find_body(text[:3000], council, hint)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Planning and Development Committee\nKilmory Town Council\nMinutes of meeting held 5 March 2024\nPresent: Cllr A Boyd (Chair)\n",
            ("Kilmory Town Council", "Planning and Development Committee"),
        ),
        (
            "Licensing Committee\nElmford District Council\n\nMinutes of the meeting held on 12 March 2024\nPresent: Cllr R Hale\n",
            ("Elmford District Council", "Licensing Committee"),
        ),
        (
            "AUDIT AND GOVERNANCE PANEL\nASHBY BOROUGH COUNCIL\nMINUTES\n12 March 2024\nPresent: Cllr J Fox\n",
            ("Ashby Borough Council", "Audit and Governance Panel"),
        ),
    ],
)
def test_the_heading_over_the_letterhead_names_the_body(text: str, expected: tuple[str, str]) -> None:
    assert _council_and_body(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kilmory Town Council\nMinutes of meeting held 5 March 2024\nPresent: Cllr A Boyd (Chair)\n", ("Kilmory Town Council", "Kilmory Town Council")),
        (
            "Council Meeting\nKilmory Town Council\nMinutes of meeting held 5 March 2024\nPresent: Cllr A Boyd (Chair)\n",
            ("Kilmory Town Council", "Kilmory Town Council"),
        ),
    ],
)
def test_the_council_s_own_meeting_stays_the_council(text: str, expected: tuple[str, str]) -> None:
    assert _council_and_body(text) == expected
