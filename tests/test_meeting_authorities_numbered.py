"""US special districts and authorities that head their own papers with a name the council rules had
not read: a district known by its number ('INDEPENDENT SCHOOL DISTRICT NO. 2291', a Colorado 'School
District RE-4' in a web page's title), a municipal utility district named in the sentence that opens
the minutes under a Texas legal caption ('THE STATE OF TEXAS  §' / 'COUNTY OF HALVERSON  §': where the
board sits, not its authority), a Pennsylvania joint sewer or municipal authority over the boroughs
and townships that formed it. Near misses: a committee's number is no authority; a county in a caption
of a county's own court is still found; a borough's own letterhead keeps its borough. Every page is
invented; the expected values were decided by ANNOTATION.md (section Meeting) before the extractor was run."""

from __future__ import annotations

import pytest

from minutes_miner.evaluate import meeting_right
from minutes_miner.meeting_council import is_authority_name
from helpers import analysed_page

PRESENT = "Members present: Olsen (Chair), Varga, Whitcombe, Ruiz\nMembers absent: Kell\n\n1. Call to order 6:00 pm.\n2. Agenda approved.\n"


@pytest.mark.parametrize(
    "text,name,council",
    [
        pytest.param(
            "INDEPENDENT SCHOOL DISTRICT NO. 718, LAKE BRENNA, MINNESOTA\nSchool Board - Regular Meeting\nDistrict Office Board Room\n"
            "January 12, 2026\n\n" + PRESENT,
            "minutes.txt",
            "Independent School District No. 718",
            id="Minnesota district known by its number",
        ),
        pytest.param(
            "<html><head><title>Board Meeting Minutes - March 3, 2025 | Pinyon Mesa School District RE-2</title></head><body>"
            "<h1>Regular Board Meeting Minutes</h1><p>Date: March 3, 2025, 6:00 PM</p><p>" + PRESENT.replace("\n", "</p><p>") + "</p></body></html>",
            "minutes.html",
            "Pinyon Mesa School District RE-2",
            id="Colorado district designation in a page title",
        ),
        pytest.param(
            "MINUTES OF REGULAR MEETING\n\nTHE STATE OF TEXAS          §\n                            §\nCOUNTY OF BRAZOS VALLEY     §\n\n"
            "     The Board of Directors of Cedar Hollow Municipal Utility District No. 4 met in regular session, open to the public,\n"
            "on the 9th day of April, 2025, at the offices of the District.\n\n" + PRESENT,
            "minutes.txt",
            "Cedar Hollow Municipal Utility District No. 4",
            id="Texas MUD under a legal caption",
        ),
        pytest.param(
            "UPPER LEHIGH JOINT SEWER AUTHORITY\n(Elm Township - Borough of Kessler Falls - Upper Ridge Township)\n\n"
            "The monthly meeting of the Board was called to order by Chairman R. Hoch at 7:00 PM on Wednesday, 9 April 2025.\n\n" + PRESENT,
            "minutes.txt",
            "Upper Lehigh Joint Sewer Authority",
            id="Pennsylvania joint sewer authority over its member municipalities",
        ),
    ],
)
def test_a_special_district_heading_its_papers_is_the_council(tmp_path, text: str, name: str, council: str) -> None:
    found = analysed_page(tmp_path, text, name)
    assert meeting_right("council", council, found.council)


@pytest.mark.parametrize(
    "opening,body",
    [
        pytest.param(
            "     The Board of Directors of Cedar Hollow Municipal Utility District No. 4 met in regular session,",
            "Board of Directors",
            id="Texas MUD, indented",
        ),
        pytest.param(
            "The Board of Directors of Cedar Hollow Municipal Utility District No. 4 convened in special session",
            "Board of Directors",
            id="Texas MUD, special session",
        ),
    ],
)
def test_the_board_that_met_under_a_caption(tmp_path, opening: str, body: str) -> None:
    """A title sentence names the board that met ('The Board of Directors of <the district> met in regular session'), the
    authority's name after 'of' being the council's; a caption above it names no body."""
    text = (
        "MINUTES OF REGULAR MEETING\n\nTHE STATE OF TEXAS          §\n                            §\nCOUNTY OF BRAZOS VALLEY     §\n\n"
        + opening
        + ("\nopen to the public, on the 9th day of April, 2025.\n\n" + PRESENT)
    )
    found = analysed_page(tmp_path, text, "minutes.txt")
    assert meeting_right("body", body, found.body)


def test_a_borough_letterhead_keeps_its_borough(tmp_path) -> None:
    """Near miss: a borough council naming the sewer authority in its business is still the borough's paper."""
    text = (
        "BOROUGH OF KESSLER FALLS\nMINUTES OF THE REGULAR MEETING OF COUNCIL\nApril 7, 2025\n\n"
        + PRESENT
        + ("3. Upper Lehigh Joint Sewer Authority - the Authority's rate increase was noted.\n")
    )
    found = analysed_page(tmp_path, text, "minutes.txt")
    assert meeting_right("council", "Borough of Kessler Falls", found.council)


@pytest.mark.parametrize(
    "name,expected",
    [
        ("Mossback Valley School District No. 14", True),
        ("Cottonwood Pass School District RE-4", True),
        ("Brazos Valley Fire Protection District", True),
        ("Planning Committee No. 2", False),  # a committee's number is no authority
        ("Item No. 14", False),
        ("Section C-11", False),
    ],
)
def test_a_district_number_after_its_kind(name: str, expected: bool) -> None:
    assert is_authority_name(name) is expected


@pytest.mark.parametrize(
    "text,council,body",
    [
        pytest.param(
            "Western Ranges Joint Planning Panel\n(Kooralbyn Shire Council and Mitta Valley Council)\n\nRECORD OF DETERMINATIONS AND MINUTES - Panel meeting 4/2025\n"
            "Date: Thursday 12 June 2025   Time: 10.00am\nLocation: Kooralbyn Shire Council Chambers\n\n" + PRESENT,
            "Western Ranges Joint Planning Panel",
            "Western Ranges Joint Planning Panel",
            id="NSW joint planning panel over its member councils",
        ),
        pytest.param(
            "YARRABEE REGIONAL JOINT ORGANISATION\nBoard Meeting\nHeld at Coolabah Shire Council Chambers, Wed 5 March 2025, commencing 10.00am\n\n" + PRESENT,
            "Yarrabee Regional Joint Organisation",
            None,  # the body is the Board, named in the business ('The Board noted'); only the authority is asked here
            id="NSW joint organisation meeting in a member council's chambers",
        ),
    ],
)
def test_a_joint_body_of_councils_is_its_own_authority(tmp_path, text: str, council: str, body: str) -> None:
    """A joint panel or organisation of several councils heads its papers; the member council that hosts it is not the authority."""
    found = analysed_page(tmp_path, text, "minutes.txt")
    assert meeting_right("council", council, found.council)
    if body:
        assert meeting_right("body", body, found.body)
