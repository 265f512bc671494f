"""Councils named the ways real pages with no 'COUNCIL:' line name them (families seen on councils nobody wrote rules on,
written here with invented places): a Florida community development district whose supervisors meet, an authority of one
body that is the body that met ('Portlagh Town Commissioners'), a council whose name lists its places with commas, a US
village's name before its board, and kinds of authority with no place ('Council and County Council') that are no name."""

from __future__ import annotations

import pytest
from helpers import analysed_page

from minutes_miner.meeting_council import authority_named_as_body, is_authority_name


def test_a_community_development_district_is_the_authority_its_supervisors_serve(tmp_path) -> None:
    page = analysed_page(
        tmp_path,
        "MINUTES OF MEETING ELM HOLLOW COMMUNITY DEVELOPMENT DISTRICT The regular meeting of the Board of Supervisors of the "
        "Elm Hollow Community Development District was held on Wednesday, August 9, 2023 at 10:00 a.m. at the offices of the "
        "district manager.\n\nPresent and constituting a quorum were: Ann Lee, Chair; Bo Park, Vice Chair\n",
    )
    assert (page.council, page.body) == ("Elm Hollow Community Development District", "Board of Supervisors")


@pytest.mark.parametrize(
    ("body", "council"),
    [
        ("Portlagh Town Commissioners", "Portlagh Town Commissioners"),
        ("Glenvane Parish Police Jury", "Glenvane Parish Police Jury"),
        ("Parish Commissioners", None),  # the kind alone: no place named
        ("Licensing Authority", None),
        ("Braeforth Licensing Board", None),  # a board within a council's area, not the council
        ("Planning Committee", None),
        (None, None),
    ],
)
def test_an_authority_of_one_body_is_named_by_its_body(body, council) -> None:
    assert authority_named_as_body(body) == council


PAGES_AND_COUNCILS = {
    # the body that met is the authority: it names the council when nothing else does
    "one body's authority": (
        "Town Hall, Market Square, Portlagh.\n\nThe monthly meeting of the Portlagh Town Commissioners was convened in the "
        "Boardroom on Wednesday 20 January 2016 at 7.00 p.m.\n\nPresent: Mr A Quine (Chairman), Mrs B Kerruish\n\n"
        "1. Apologies were received from Mr Cowin.\n",
        "Portlagh Town Commissioners",
    ),
    # a council named with a list of its places keeps them all
    "places with commas": (
        "Minutes of the meeting held on 4 March 2025 in the village hall.\n\nPresent: Cllrs Moar, Flett, Drever\n\n"
        "1. RESOLVED that Mr A Moar be appointed Chairman of Hoy, Graemsay, Fara and Flotta Community Council.\n",
        "Hoy, Graemsay, Fara and Flotta Community Council",
    ),
    # a village named before its board is the village, not 'Village of Elmcrest Board'
    "village before its board": (
        "Village of Elmcrest Board of Trustees met April 10.\n\nTrustees present: Schultz, Gray, Ortiz.\n\n1. Minutes of the March 6 meeting were approved.\n",
        "Village of Elmcrest",
    ),
}


@pytest.mark.parametrize("case", PAGES_AND_COUNCILS, ids=list(PAGES_AND_COUNCILS))
def test_the_council_a_page_names(tmp_path, case: str) -> None:
    text, council = PAGES_AND_COUNCILS[case]
    assert analysed_page(tmp_path, text).council == council


def test_kinds_of_authority_without_a_place_are_no_name() -> None:
    assert not is_authority_name("Council and County Council")
    assert not is_authority_name("County and Parish Council")
    assert is_authority_name("Argyll and Bute Council")
    assert is_authority_name("Elm Hollow Community Development District")


def test_a_mirrors_date_stamp_before_the_title_is_not_the_meeting(tmp_path) -> None:
    page = analysed_page(
        tmp_path,
        " date 2019-10-30 Elmfield County Board of Supervisors\n\nOCTOBER 15, 2019\n\nFORTY-SECOND MEETING\n\n"
        "OF THE ELMFIELD COUNTY\n\nBOARD OF SUPERVISORS\n\nThe Board of Supervisors met on Tuesday, October 15, 2019 at "
        "3:45 p.m. Board members present were De Witt, Taylor and Ung.\n",
    )
    assert (page.council, page.body, str(page.meeting_date)) == ("Elmfield County", "Board of Supervisors", "2019-10-15")


def test_a_news_digests_title_sentence_names_the_authority_and_its_body(tmp_path) -> None:
    page = analysed_page(
        tmp_path,
        "Elmport Housing Authority Board of Commissioners met July 19.\n\nHere are the minutes provided by the board:\n\n"
        "A Meeting of the Board of Commissioners of the Elmport Housing Authority was held at the Central Office.\n",
    )
    assert (page.council, page.body) == ("Elmport Housing Authority", "Board of Commissioners")
