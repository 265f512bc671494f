"""Meeting bodies in two families that unseen papers print and the rules missed, each in several
national styles, with near misses:

- a harbour, port or conservancy board heading its own minutes: the board is the authority and
  the body that met (as a licensing or drainage board is);
- the body on a line of its own over a date written 'the fourth day of March, 2025' (in words or
  figures), or in the right-hand column of the authority's line ('Township of Elm Bend        Committee of the Whole').

Answers decided from ANNOTATION.md before the extractor was run. Invented text, no real council's."""

from __future__ import annotations

import pytest

from minutes_miner.meeting import classify_document, find_body, find_council

PRESENT = "\nPresent:    Mr A. MacRury (Chair), Mrs F. Gillies, Cllr D. Stewart\nIn attendance: Harbour Master\n1. Apologies were received from Mr Beaton.\n"


def _council_and_body(text: str) -> tuple[str | None, str | None]:
    council, hint = find_council({}, text, classify_document(text))
    return council, find_body(text[:3000], council, hint)


@pytest.mark.parametrize(
    "text, council",
    [
        (
            "                                   CRAIGDUNE HARBOUR BOARD\n           Minute of Meeting held in the Harbour Office, Quay Road, Port Ellan\n"
            "                    on Thursday the fourth of September 2025 at 6.30pm\n" + PRESENT,
            "Craigdune Harbour Board",
        ),
        ("Elmouth Port Board\nMinutes of the meeting held on 4 March 2025\n" + PRESENT, "Elmouth Port Board"),
        ("RIVER ELM CONSERVANCY BOARD\nMINUTES OF THE QUARTERLY MEETING HELD ON 12 JUNE 2025\n" + PRESENT, "River Elm Conservancy Board"),
    ],
)
def test_a_harbour_or_conservancy_board_is_the_body_of_its_own_minutes(text: str, council: str) -> None:
    assert _council_and_body(text) == (council, council)


def test_a_councils_harbour_board_is_a_body_of_the_council():
    """Near miss: the islands council runs the harbour board; the council stays the authority."""
    text = "TORVAIG ISLANDS COUNCIL\nHARBOUR BOARD\nMinutes of the meeting held on 4 March 2025\n" + PRESENT
    assert _council_and_body(text) == ("Torvaig Islands Council", "Harbour Board")


@pytest.mark.parametrize(
    "text, council, body",
    [
        (  # an Ontario township: the body in the right-hand column, the date in words below
            "Township of Elm Bend                                   Committee of the Whole\n                                                        Tuesday, the fourth day of March, 2025\n"
            "held in the Council Chambers, 12 Mill Road, Elm Bend\n\nPresent: Reeve G. Lafrance (Chair), Deputy Reeve M. Okafor\n",
            "Township of Elm Bend",
            "Committee of the Whole",
        ),
        (  # a US village: the body over a date in figures written with 'day of'
            "VILLAGE OF ELMWOOD\nPlanning Commission\nMonday, the 3rd day of March, 2025\nChair Ortiz called the meeting to order at 7:00 p.m.\n",
            "Village of Elmwood",
            "Planning Commission",
        ),
        (  # an English district: its committee in the right-hand column of the letterhead
            "Westmere District Council                          Licensing Committee\nThursday 6 March 2025\nPresent: Councillors A Hale (Chair), B Noor\n",
            "Westmere District Council",
            "Licensing Committee",
        ),
    ],
)
def test_the_body_over_a_day_of_date_or_in_the_right_hand_column(text: str, council: str, body: str) -> None:
    assert _council_and_body(text) == (council, body)


def test_a_right_hand_column_that_is_no_body_leaves_the_council_meeting():
    """Near miss: the right-hand column of the letterhead holds the town hall's address, not a body."""
    text = "Westmere District Council                          Town Hall, Westmere\nMinutes of the meeting of the Cabinet held on 6 March 2025\nPresent: Councillors A Hale\n"
    assert _council_and_body(text) == ("Westmere District Council", "Cabinet")
