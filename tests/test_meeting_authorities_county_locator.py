"""US townships, boroughs and villages named with the county they lie in: the municipality is the
authority, the county after it only says where it is ('Elm Creek Township, Berks Valley County').
Also a letterhead in capitals with a posting note run into its line by the reader ('ELM RUN
TOWNSHIP Posted 3/4/2025'). Near misses: a county board's own papers, and a township named in the
county's business, stay the county's. Answers from ANNOTATION.md; invented text, no real council's."""

from __future__ import annotations

import pytest

from minutes_miner.meeting import classify_document, find_council

ROLL = "\nSupervisors present: Earl Stoltz, Dennis Weber, Marla Kopp. Also present: Solicitor Hain.\nResidents in attendance: twelve.\n"


def _council(text: str) -> str | None:
    return find_council({}, text, classify_document(text))[0]


@pytest.mark.parametrize(
    "text, council",
    [
        (  # a Pennsylvania township's minutes open with a sentence, the county after a comma
            "The regular monthly meeting of the Board of Supervisors of Elm Creek Township,\nBerks Valley County, was held on January 6, 2025, at the"
            " Township Municipal Building, beginning at 7:00 P.M." + ROLL,
            "Elm Creek Township",
        ),
        (  # a New Jersey township named in the 'of' form
            "Minutes of the regular meeting of the Township Committee of the Township of Elm Ridge, Morris Plains County, held on January 7, 2025\n" + ROLL,
            "Township of Elm Ridge",
        ),
        (  # a township's notice of decisions: the name in capitals, a posting note on its line, the county on the next
            "ELM RUN TOWNSHIP Posted 12/04/2025\nOakdale County, Pennsylvania\n\nNOTICE OF DECISIONS\nZoning Hearing Board\nHearing held December 2, 2025, 7:00 P.M.\n",
            "Elm Run Township",
        ),
    ],
)
def test_a_municipality_named_with_its_county_is_the_authority(text: str, council: str) -> None:
    assert _council(text) == council


@pytest.mark.parametrize(
    "text, council",
    [
        (  # the county board's own papers, a township named in its business
            "OAKDALE COUNTY BOARD OF COMMISSIONERS\nRegular Meeting\nThe Board heard from Elm Creek Township, Oakdale County residents about the bridge.\n",
            "Oakdale County",
        ),
        ("Oakdale County\nBoard of Commissioners\nRegular Meeting - March 4, 2025\nPresent: Commissioners Hale, Ortiz\n", "Oakdale County"),
    ],
)
def test_a_county_that_heads_its_own_papers_stays_the_authority(text: str, council: str) -> None:
    assert _council(text) == council


@pytest.mark.parametrize(
    "text, council, body",
    [
        (  # a Kentucky county: its governing body is the Fiscal Court
            "Elm Fork County Fiscal Court\nRegular Session\nThe Elm Fork County Fiscal Court met in regular session on Tuesday, July 15, 2025 at 9:00 a.m.\n"
            "in the Fiscal Courtroom of the Elm Fork County Courthouse, with Judge/Executive W. Pruitt presiding. Magistrates present: B. Caudill, S. Napier.\n",
            "Elm Fork County",
            "Fiscal Court",
        ),
        (
            "ASPEN COUNTY FISCAL COURT\nSpecial Called Meeting - March 4, 2025\nPresent: Judge/Executive Hale; Magistrates Noor, Lee, Ortiz\n",
            "Aspen County",
            "Fiscal Court",
        ),
    ],
)
def test_a_kentucky_fiscal_court_is_its_countys_governing_body(text: str, council: str, body: str) -> None:
    from minutes_miner.meeting import find_body

    found, hint = find_council({}, text, classify_document(text))
    assert (found, find_body(text, found, hint)) == (council, body)


def test_a_fiscal_courtroom_is_no_body():
    """Near miss: the room named after the court, in a city's minutes, leaves the city the authority."""
    text = "CITY OF ELM FORK\nCity Council - Regular Meeting\nThe Council met in the Elm Fork County Fiscal Courtroom on March 4, 2025.\nPresent: Mayor Hale\n"
    assert _council(text) == "City of Elm Fork"
