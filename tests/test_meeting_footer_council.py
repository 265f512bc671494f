"""The authority named only at the foot of the pages or below a site's menu line: a running footer
('Wexcombe District Council      Page 55', 'Thabamoya Local Municipality - Mayoral Committee
22.01.2025', 'Grindstone County, Wyoming     Commissioners' Proceedings'), a council web site's
footer ('Easterholme District Council | Contact us | Accessibility'), a library's footer with its
address, and a breadcrumb trail printed under a menu line rather than first. Excerpts and saved
pages whose first page is not in the text name their council nowhere else. Near misses: the last
item of the minutes naming another authority (correspondence, a consultation), a signature, a
footer of one cell. Invented pages, no real council's text."""

from __future__ import annotations

import pytest

from minutes_miner.meeting import classify_document, find_council
from minutes_miner.meeting_council import breadcrumb_council, footer_council

EXCERPT = (
    "external auditor had not yet given an opinion on the statement of accounts.\nRESOLVED that the External Audit Progress Report be received.\n\n"
    "AG.47  INTERNAL AUDIT PROGRESS REPORT\nThe Audit Manager reported that 19 of the 31 planned audits were complete.\nRESOLVED that the report be noted.\n\n"
)

FOOTERS = [
    (EXCERPT + "Wexcombe District Council                                            Page 55\n", "Wexcombe District Council"),
    (  # a South African committee's running footer: authority, body, a short date
        "MC 04/2025  ELECTRIFICATION OF INFILL STANDS\nThe report was tabled.\nRESOLVED\nThat the report be noted.\n\n"
        "                                     Thabamoya Local Municipality - Mayoral Committee 22.01.2025\n",
        "Thabamoya Local Municipality",
    ),
    (  # a US county's proceedings: the county and its state, the paper's title in the other column
        "  Commissioner Voss moved to approve Change Order No. 2. Seconded by Commissioner Altaire. Motion carried unanimously.\n\f"
        "Grindstone County, Wyoming                 Commissioners' Proceedings\n  Commissioner Hadley asked about the ductwork.\n",
        "Grindstone County",
    ),
    (  # an English district council's web page footer
        "Agenda item\n\nApplication for a Premises Licence\n\nMinutes:\n\nThe Sub-Committee considered the report.\nRESOLVED that the licence be granted.\n\n"
        "Easterholme District Council  |  Contact us  |  Accessibility  |  Cookies\n",
        "Easterholme District Council",
    ),
    (  # a US library's site footer with its address
        "Board of Trustees Regular Meeting\nJuly 15, 2025 at 6:00 PM\n1. Call to order\n2. Minutes approved.\n\n"
        "Hollisfield District Library · 210 W. Locust St. · Hollisfield, OH\n",
        "Hollisfield District Library",
    ),
]


@pytest.mark.parametrize("text, expected", FOOTERS)
def test_the_authority_named_only_in_a_footer(text: str, expected: str) -> None:
    assert footer_council(text) == expected
    assert find_council({}, text, classify_document(text))[0] == expected


NOT_FOOTERS = [
    # the last item names another authority: correspondence, with what it is about
    EXCERPT + "9. Correspondence\nWestmere County Council – consultation on the Local Plan\n",
    # a signature line under the minutes
    EXCERPT + "Signed ............................ Chairman, Elmcote Parish Council\n",
    # a footer of one cell: the name alone may be an item's heading
    EXCERPT + "Westmere County Council\n",
    # a copy list
    EXCERPT + "cc: Westmere County Council | Highways England\n",
]


@pytest.mark.parametrize("text", NOT_FOOTERS)
def test_a_last_line_that_is_no_footer_names_no_council(text: str) -> None:
    assert footer_council(text) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Menu   Search   Sign in\nBrackenford Council > Council and democracy > Committee meetings > Adults and Health Scrutiny Committee > Meeting\n\nIssue - meetings\n",
            "Brackenford Council",
        ),
        ("Skip to main content\nTown of Elm Creek » Government » Agendas & Minutes\nPlanning Board Minutes\nMarch 4, 2025\n", "Town of Elm Creek"),
    ],
)
def test_a_breadcrumb_under_a_menu_line_starts_at_the_authority(text: str, expected: str) -> None:
    assert breadcrumb_council(text) == expected


def test_a_trail_below_the_title_is_no_sites_breadcrumb() -> None:
    """Near miss: below a paper's title and date, an arrow line is an item's content, not the site's trail."""
    text = "Planning Committee\nMinutes of the meeting held on 4 March 2025\nPresent: Cllrs A, B\nWestmere County Council > Highways > Consultation\n"
    assert breadcrumb_council(text) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("# Board of Education — Pinecastle Area Public Schools\n\n**Special Meeting** · Monday, 3/24/2025\n", "Pinecastle Area Public Schools"),
        ("ELMWOOD COMMUNITY SCHOOLS\nBoard of Education\nRegular Meeting Minutes\nMarch 4, 2025\n", "Elmwood Community Schools"),
        ("Larkspur District Library\nBoard of Trustees - Minutes\nMay 6, 2025\n", "Larkspur District Library"),
    ],
)
def test_us_school_systems_and_district_libraries_are_authorities(text: str, expected: str) -> None:
    assert find_council({}, text, "minutes")[0] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a Welsh community council's name in the right-hand column of the title line
            "Minutes – Extraordinary Meeting                                       Nant-y-Garth Community Council\n\n"
            "Held at Capel Bethel vestry.  Monday 3rd November 2025, 7pm.\nCllrs present: E Vaughan (Chair), H Pritchard\n",
            "Nant-y-Garth Community Council",
        ),
        (  # an English parish, its name on the right of the date
            "Tuesday 4 March 2025                                  Elmcote Parish Council\nMinutes of the monthly meeting\nPresent: Cllrs A Hale, B Noor\n",
            "Elmcote Parish Council",
        ),
    ],
)
def test_a_council_named_in_the_right_hand_column_of_the_title_line(text: str, expected: str) -> None:
    assert find_council({}, text, "minutes")[0] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "MINUTES OF THE ORDINARY COUNCIL MEETING OF MMOLA LOCAL MUNICIPALITY HELD IN THE\nCOUNCIL CHAMBER, CIVIC CENTRE, ON THURSDAY 27 FEBRUARY 2025 AT 10H00\n\n"
            "PRESENT: Cllr N.P. Mabuza (Speaker)\n",
            "Mmola Local Municipality",
        ),
        (
            "Minutes of the Special Council Meeting of Kgatleng District Municipality held on 4 March 2025 at the Council Chamber\nPresent: Cllr A Dube\n",
            "Kgatleng District Municipality",
        ),
        ("MINUTE OF MEETING OF LOCHMORE COUNCIL HELD IN THE COUNCIL CHAMBERS ON 4 MARCH 2025\nPresent: Provost A Reid\n", "Lochmore Council"),
    ],
)
def test_the_municipality_that_met_named_in_the_title_sentence(text: str, expected: str) -> None:
    assert find_council({}, text, "minutes")[0] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (EXCERPT + "Wexcombe District Council Page 55\n", "Wexcombe District Council"),  # the reader squashed the footer's gap
        (
            "Minutes – Extraordinary Meeting Nant-y-Garth Community Council\n\nHeld at Capel Bethel vestry. Monday 3rd November 2025, 7pm.\n",
            "Nant-y-Garth Community Council",
        ),
    ],
)
def test_a_squashed_column_still_parts_the_name_from_the_title_or_the_page_number(text: str, expected: str) -> None:
    assert find_council({}, text, "minutes")[0] == expected


def test_a_meeting_word_inside_a_name_is_kept():
    """Near miss: only leading title words are cut; 'Elmcote Parish Meeting' style names are not touched."""
    text = "Minutes of the Annual Parish Meeting\nElmcote Parish Council\nHeld on 4 March 2025\n"
    assert find_council({}, text, "minutes")[0] == "Elmcote Parish Council"
