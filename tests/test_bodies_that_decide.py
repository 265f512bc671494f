"""Deciding bodies beyond committee, council, board, panel and cabinet: a US county's Commissioners' Court or Fiscal Court
records its decisions under 'the Court', and a commission written in lower case decides as one in capitals."""

from __future__ import annotations

from helpers import resolution_texts

HEAD = "Minutes of the regular meeting of the Elm County Commissioners Court held on March 3, 2026\nPresent: Judge Hale, Commissioners Noor and Ortiz\n\n"


def test_a_court_and_a_lower_case_commission_decide() -> None:
    found = resolution_texts(
        HEAD + "4. The Court approved the consent agenda with the exception of item 8.\n\n" + "5. The commission voted 5-0 to deny the variance application.\n",
        "elmcounty.txt",
    )
    assert found == [
        "The Court approved the consent agenda with the exception of item 8.",
        "The commission voted 5-0 to deny the variance application.",
    ]


def test_a_court_that_is_only_mentioned_decides_nothing() -> None:
    found = resolution_texts(HEAD + "4. The Clerk reported that the Court of Appeal had heard the case in May.\n", "elmcounty.txt")
    assert found == []
