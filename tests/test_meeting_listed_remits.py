"""A committee whose name lists its remit with commas ('Finance, Audit and Risk Committee',
'EDUCATION, CHILDREN AND FAMILIES COMMITTEE', 'Housing, Building & Community Strategic Policy
Committee'), as Scottish, Irish, Welsh, New Zealand and English councils name them: the comma
inside the name ends no body in a title sentence. Near misses: a comma after the authority's
name parts it from its committee, and a comma before a venue or 'held' still ends the name.
Invented snippets, no real council's text."""

from __future__ import annotations

import pytest

from minutes_miner.meeting import classify_document, find_body, find_council


def _body(text: str, council_line: str | None = None) -> str | None:
    council, hint = find_council({"council": council_line} if council_line else {}, text, classify_document(text))
    return find_body(text[:3000], council, hint)


LISTED_REMITS = [
    (  # Scottish minute in capitals under the letterhead
        "ELMSHIRE COUNCIL\nMINUTE of MEETING of the EDUCATION, CHILDREN AND FAMILIES COMMITTEE held in the Council Chambers,"
        " Elm House, on THURSDAY, 12 MARCH 2024 at 10.00 AM\nPresent: Councillor A Stewart (Convener)\n",
        "Education, Children and Families Committee",
    ),
    (  # English district
        "Ashdown District Council\nMinutes of the meeting of the Governance, Audit and Standards Committee held on 4 March 2025 at 7pm\nPresent: Cllr R Patel\n",
        "Governance, Audit and Standards Committee",
    ),
    (  # Irish strategic policy committee with an ampersand, its venue on the next line
        "Minutes of Housing, Building & Community Strategic Policy Committee\nHeld in Meeting Room 2, Áras an Chontae\nTuesday 4th March 2025 at 11:00am\n",
        "Housing, Building & Community Strategic Policy Committee",
    ),
    (  # New Zealand, 'Meeting' after the name
        "Minutes of the Strategy, Finance and Risk Committee Meeting held on Wednesday 5 March 2025 at 9.30am\nPresent: Mayor T Ngata\n",
        "Strategy, Finance and Risk Committee",
    ),
    (  # Welsh county borough, three parts to the remit
        "Minutes of a meeting of the Planning, Licensing and Regulatory Committee, held at the Civic Centre on 6 March 2025\nPresent: Cllr G Owen\n",
        "Planning, Licensing and Regulatory Committee",
    ),
]


@pytest.mark.parametrize("text, expected", LISTED_REMITS)
def test_a_comma_in_a_listed_remit_ends_no_name(text: str, expected: str) -> None:
    assert _body(text) == expected


def test_a_comma_after_the_authority_parts_it_from_its_committee() -> None:
    text = "ELMSHIRE COUNCIL\nMinutes of the meeting of Elmshire Council, Planning and Transport Committee held on 4 March 2025\nPresent: Cllr A\n"
    assert _body(text) == "Planning and Transport Committee"


def test_a_comma_before_the_venue_still_ends_the_name() -> None:
    """'Committee Room 1' is a room, not the end of a body's name."""
    text = "Minutes of the Cabinet, Town Hall and Civic Centre Committee Room 1, 4 March 2025\nPresent: Cllr A\n"
    assert _body(text) == "Cabinet"


def test_a_comma_before_held_in_capitals_still_ends_the_name() -> None:
    text = "ELMSHIRE COUNCIL\nMINUTE of MEETING of the COUNCIL, HELD IN THE COUNCIL CHAMBERS AND COMMITTEE ROOM on 4 March 2025\nPresent: Provost A\n"
    assert _body(text) == "Council"
