"""Meeting council: public bodies other than councils heading their own papers, and councils under a title (issue 11,
session 35).

Seen on real pages of bodies new to every set (web11, web12): New Zealand road boards of the 1870s in a newspaper's
column ('OTEPOPO ROAD BOARD.'), a Washington port district ('Port of Grays Harbor' over 'Commission Meeting'), the
island governments of British Overseas Territories ('Ascension Island Government', 'PITCAIRN ISLAND COUNCIL Minutes of
the Regular Council Meeting ...'), Alberta's summer villages ('SUMMER VILLAGE OF NORRIS BEACH REGULAR COUNCIL MEETING'),
an Ontario township's draft ('The Corporation of the Township of Seguin Draft Minutes of ...') and a district council
under its paper's title ('MINUTES OF Central Hawkes Bay District Council'). Invented places, the same forms."""

from __future__ import annotations

import pytest

from tests.helpers import analysed_page

BODY = "\n\nPresent: Messrs Hale (chair), Noor and Ames.\n\nThe minutes of the last meeting were approved.\n"


@pytest.mark.parametrize(
    "head, council",
    [
        ("ELMDALE ROAD BOARD.\nThe monthly meeting of this Board was held on Friday, May 3rd.", "Elmdale Road Board"),
        ("Port of Elm Harbor\n\nCommission Meeting\n\nNovember 13, 2018", "Port of Elm Harbor"),
        ("Elmstone Island Government\n\nIsland Council Update May 2013", "Elmstone Island Government"),
        ("ELMSTONE ISLAND COUNCIL Minutes of the Regular Council Meeting held at the Public Hall 13th Jan 2021", "Elmstone Island Council"),
        ("SUMMER VILLAGE OF ELM BEACH REGULAR COUNCIL MEETING SATURDAY, MAY 22, 2010", "Summer Village of Elm Beach"),
        ("The Corporation of the Township of Elmvale Draft Minutes of a Regular Meeting of Council held on Tuesday, April 6th, 2021", "Township of Elmvale"),
        (
            "Council Meeting Minutes          8 February 2018\n\ns   MINUTES OF Elmdale Plains District Council\nCouncil Meeting",
            "Elmdale Plains District Council",
        ),
    ],
)
def test_the_body_heading_its_papers_is_the_council(tmp_path, head: str, council: str) -> None:
    assert analysed_page(tmp_path, head + BODY).council == council


def test_a_road_board_that_names_no_place_is_no_authority(tmp_path) -> None:
    assert analysed_page(tmp_path, "ROAD BOARD.\nThe monthly meeting was held on Friday." + BODY).council is None


@pytest.mark.parametrize(
    "head, council, body",
    [
        (
            "A Regular Meeting of the Elm Hollow Village Board of Trustees was convened in open and public session at the Village Center at 7:00 p.m. on August 15, 2024.",
            "Village of Elm Hollow",
            None,
        ),
        (
            "Elmford Local Service District – Advisory Committee Minutes of Meeting:\n\nDate: February 4, 2008",
            "Elmford Local Service District",
            "Advisory Committee",
        ),
        ("A regular meeting of the Dodge City Commission was held on May 3, 2021 in the Commission Chambers.", None, None),
    ],
)
def test_the_authority_before_its_body_is_the_council(tmp_path, head: str, council: str | None, body: str | None) -> None:
    """'A Regular Meeting of the Elm Creek Village Board of Trustees was convened ...' (a Nebraska village): the village
    whose board met; 'Hanwell Local Service District – Advisory Committee' (New Brunswick): the district, and its committee."""
    page = analysed_page(tmp_path, head + BODY)
    assert page.council == council, page.council  # 'Dodge City Commission' names a city whose name ends in 'City': no 'City of Dodge'
    if body:
        assert page.body == body, page.body
