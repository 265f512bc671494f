"""A body named with its authority before it: 'Minnehaha Conservation District Supervisors' (issue 11, session 31).

Seen on real minutes of US special districts, townships and a library board no rule was written on (web5, web7, web8):
the heading names the authority and its board at once ('Roosevelt County Conservation District Board of Supervisors',
'Laurel Public Library Board of Trustees', 'HARRISON TOWNSHIP TRUSTEES MEETING'); the whole was read as the body and no
council was found. Invented authorities, the same forms."""

from __future__ import annotations

import pytest

from minutes_miner.meeting_council import authority_before_board
from tests.helpers import analysed_page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Elm Creek Conservation District Supervisors", ("Elm Creek Conservation District", "Board of Supervisors")),
        ("Oakhurst Public Library Board of Trustees", ("Oakhurst Public Library", "Board of Trustees")),
        ("Hartwell Township Trustees", ("Hartwell Township", "Board of Trustees")),
        ("Board of Trustees", None),  # no authority before it
        ("Finance Committee Trustees", None),  # no authority's kind before the board
        ("Planning Commission", None),
    ],
)
def test_the_authority_and_its_board_are_told_apart(body: str, expected: tuple[str, str] | None) -> None:
    assert authority_before_board(body) == expected


def test_a_township_heading_gives_council_and_board(tmp_path) -> None:
    page = (
        "TUESDAY, JULY 15, 2025 AT 7:00PM\n\nHARTWELL TOWNSHIP TRUSTEES MEETING\nJuly 15, 2025\n\n"
        "Chairman A Hale called the meeting to order. Attending were Trustee B Noor and Trustee C Dale.\n"
    )
    structure = analysed_page(tmp_path, page)
    assert (structure.council, structure.body) == ("Hartwell Township", "Board of Trustees")
