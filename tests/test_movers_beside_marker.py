"""A marker whose own paragraph names only the movers: Australian and New Zealand minutes print 'RESOLVED: (Hoban/Ainsworth)'
or 'Resolved (Mayor Wallace/Deputy Mayor Bassett)  Minute No. C 19201(2)' beside the marker and the motion in the paragraph
below ('That Council write to ...'). The record is the motion, never the movers' names alone (a family seen on real
councils' pages of both countries, written here in invented councils' words)."""

from __future__ import annotations

from helpers import resolution_texts

from minutes_miner.extract.resolutions import procedure_only

HEAD = "Minutes of the Ordinary Meeting of Wirrabin Shire Council held on 15 September 2025\nPresent: Cr Hoban (Mayor), Cr Ainsworth, Cr Smyth\n\n"


def decisions(body: str) -> list[str]:
    return resolution_texts(HEAD + body, "wirrabin.txt")


def test_movers_in_brackets_and_a_minute_number_are_procedure_only() -> None:
    assert procedure_only("(Hoban/Ainsworth)")
    assert procedure_only("(Mayor Wallace/Deputy Mayor Bassett)              Minute No. C 19201(2)")
    assert procedure_only("(Cr Smith / Cr Jones)")
    assert not procedure_only("(Hoban/Ainsworth) That the report be noted.")
    assert not procedure_only("Minute No. 5 approved")


def test_the_motion_below_a_movers_only_marker_is_the_record() -> None:
    found = decisions(
        "8.30 Mayoral Minute - Loss of 25 Positions\n\n3058/11 RESOLVED:       (Hoban/Ainsworth)\n\n \n\n"
        "That Council write to the Minister for Infrastructure expressing its concern at the loss of the positions.\n\n \n\n"
        "9. CONFIRMATION OF MINUTES\n\n3059/11 RESOLVED:       (Smyth/Finlayson)\n\n \n\n"
        "That the minutes of the Ordinary Council Meeting of 1 September 2025 be confirmed.\n"
    )
    assert found == [
        "That Council write to the Minister for Infrastructure expressing its concern at the loss of the positions.",
        "That the minutes of the Ordinary Council Meeting of 1 September 2025 be confirmed.",
    ]


def test_a_quoted_motion_under_titled_movers_and_a_minute_number() -> None:
    found = decisions(
        "4. SPORTSGROUND LIGHTING\n\nResolved(Mayor Wallace/Deputy Mayor Bassett)              Minute No. C 19201(2)\n\n"
        "\u201cThat the quotation for the sportsground lighting be accepted.\u201d \n\n5. PUBLIC COMMENT\n"
    )
    assert found == ["\u201cThat the quotation for the sportsground lighting be accepted.\u201d"]


def test_movers_on_the_marker_line_with_the_motion_beside_them_stay_one_record() -> None:
    found = decisions("4. PLANNING\n\nRESOLVED (Smith/Jones) That the application be approved subject to conditions.\n")
    assert found == ["(Smith/Jones) That the application be approved subject to conditions."]


def test_a_paragraph_below_that_is_not_a_motion_is_not_taken() -> None:
    found = decisions("4. PLANNING\n\nRESOLVED (Smith/Jones)\n\nThe Mayor thanked staff for the report.\n")
    assert not any("thanked" in text for text in found)
