"""Statistics on real minutes pages of councils no rule was written on (issue 16, session 29): telephone service numbers
dialled ('via either 101 or 999', 'contact Police 101') count nothing, and a Canadian territory's name ('Yukon') says
whose dollar a '$' is. Invented snippets in the same styles; each fails on the code before the session."""

from __future__ import annotations


from helpers import statistics_found as found


def test_service_numbers_to_ring_are_no_counts() -> None:
    text = (
        "PCSO report: there had been 3 shed break-ins. Please report any suspicious activity via either 101 or 999 if it is "
        "an emergency. Advice was also given to contact Police 101 to report anti-social behaviour."
    )
    assert found(text) == [(3.0, "count")]


def test_a_service_number_counting_something_still_counts() -> None:
    assert (999.0, "count") in found("The show drew 999 visitors over the weekend.")


def test_a_canadian_territorys_dollars_are_cad(tmp_path) -> None:
    from minutes_miner.extraction import extract_path

    path = tmp_path / "minutes.txt"
    path.write_text(
        "TOWN OF ELM LAKE\nREGULAR MEETING\nCOUNCIL CHAMBERS April 19, 2011\n\nStephen Ames - CAO\n\n"
        "Administration explained that the funds held by Yukon Government for the Town's Gas Tax have earned interest in the "
        "amount of $55,000.00 which the Town can spend as needed.\n",
        encoding="utf-8",
    )
    units = {s.unit for s in extract_path(path).statistics if s.value == 55000}
    assert units == {"CAD"}
