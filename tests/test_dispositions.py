"""Disposition labels: an item closed by 'ADOPTED', 'RECEIVED AS INFORMATION' or 'GRANTED' on
its own line is a decision (extract/dispositions.py).

Snippets are invented, in the style of a city clerk's disposition list and of a licensing
board's voting agenda; the `needs_shared` tests read real tune files of ../shared.
"""

from __future__ import annotations

import pytest

from minutes_miner.extract.dispositions import find_dispositions

from helpers import SHARED, extracted, needs_shared, resolution_texts

DISPOSITION_LIST = """CITY OF HALDANE
CLERK'S OFFICE
DISPOSITION OF ITEMS
COUNCIL MEETING – MARCH 4, 2021

REPORT OF THE FINANCE COMMITTEE dated February 18, 2021

1
Renewal of the Transit Shelter Advertising Contract
ADOPTED

2
Annual Report of the Heritage Advisory Panel (2020)
RECEIVED AS INFORMATION

3
Closing – Public Lane north of Dunmore Road – LC 4/2020
AMENDED AND ADOPTED

4
Street Lighting Review
FOR REPORT BACK TO THE FINANCE COMMITTEE WITHIN 90 DAYS

5
Sidewalk Patio Fees
60 DAY EXTENSION OF TIME GRANTED
"""

LICENSING_AGENDA = """Town of Corrib Licensing Board
Voting Agenda, June 3, 2021
1. Harbour Lights Diner, LLC
D/B/A: Harbour Lights
12 QUAY ST
CORRIB, MA 01990
License #: LB 10422
Has applied for a Common Victualler License to be exercised on the above - one room on the ground floor with 24 seats.
Manager: Ann Doyle
GRANTED

2. Mill Pond Tavern, Inc.
D/B/A: Mill Pond
4 MILL LANE
CORRIB, MA 01990
License #: LB 10511
Holder of a Wines and Malt Beverages License has petitioned to change the manager of the licensed business.
DENIED
"""


def test_each_item_of_a_disposition_list_is_a_decision():
    found = resolution_texts(DISPOSITION_LIST, "haldane_disposition.txt")
    assert "Renewal of the Transit Shelter Advertising Contract ADOPTED" in found
    assert "Annual Report of the Heritage Advisory Panel (2020) RECEIVED AS INFORMATION" in found
    assert "Closing – Public Lane north of Dunmore Road – LC 4/2020 AMENDED AND ADOPTED" in found
    assert "Street Lighting Review FOR REPORT BACK TO THE FINANCE COMMITTEE WITHIN 90 DAYS" in found
    assert "Sidewalk Patio Fees 60 DAY EXTENSION OF TIME GRANTED" in found


def test_headings_in_capitals_are_not_items():
    found = resolution_texts(DISPOSITION_LIST, "haldane_disposition.txt")
    assert not any(text.startswith(("DISPOSITION", "REPORT OF", "CITY OF")) for text in found)


def test_licensing_decision_is_the_application_not_its_header():
    found = resolution_texts(LICENSING_AGENDA, "corrib_licensing.txt")
    granted = [text for text in found if text.endswith("GRANTED")]
    assert granted == [
        "Has applied for a Common Victualler License to be exercised on the above - one room on the ground floor with 24 seats. Manager: Ann Doyle GRANTED"
    ]
    assert any(text.startswith("Holder of a Wines and Malt Beverages License") and text.endswith("DENIED") for text in found)


@pytest.mark.parametrize(
    "text",
    [
        "The report on the village hall roof was discussed at length.\n\nITEMS REFERRED FROM THE PLANNING COMMITTEE\n",
        "The clerk read the correspondence.\nAPPROVED CONTRACTORS LIST\nThe list was circulated for information only.\n",
        "The clerk read the correspondence.\nREFERRED ITEMS\n",
    ],
)
def test_a_capital_heading_that_only_begins_or_ends_alike_is_no_label(text):
    assert find_dispositions(text, []) == []


def test_a_label_already_read_as_a_decision_is_not_read_again():
    text = "Sidewalk Patio Fees\nGRANTED\n"
    assert [found.text for found in find_dispositions(text, [])] == ["Sidewalk Patio Fees GRANTED"]
    assert find_dispositions(text, [(0, len(text))]) == []


@needs_shared
def test_winnipeg_disposition_of_items():
    result = extracted(str(SHARED / "corpus" / "formats" / "docx" / "winnipeg_council_disposition_of_items_2018-07-19.docx"))
    texts = [r.text for r in result.resolutions]
    assert "Tax Sale Process Changes ADOPTED" in texts
    assert "“Buy Local” Procurement Procedure RECEIVED AS INFORMATION" in texts
    assert sum(text.endswith("ADOPTED") for text in texts) >= 40


@needs_shared
def test_boston_licensing_board_voting_agenda():
    result = extracted(str(SHARED / "corpus" / "devpool" / "intl" / "boston_licensing_1.pdf"))
    texts = [r.text for r in result.resolutions]
    assert any(text.startswith("Holder of an Innholder All Alcoholic Beverages License has petitioned") and text.endswith("GRANTED") for text in texts)


_APPLICANTS = ["Harbour Lights Diner", "Mill Pond Tavern", "Quayside Grill", "Old Forge Inn", "Riverside Market"]


def _page(name: str, wording: str, foot: str) -> list[str]:
    return [f"{name}, LLC", f"Doing business as: {name}", "Location: on the above premises", wording, "Attorney: as filed", "Manager: as filed", foot]


@pytest.mark.parametrize(
    "foot",
    ["Granted", "GRANTED", "ADOPTED", "REFUSED", "Deferred", "RECEIVED AS INFORMATION"],
)
def test_a_disposition_label_at_the_foot_of_every_page_is_no_running_footer(foot):
    """A voting agenda or disposition list (US licensing boards, Canadian clerks' lists) often ends a page
    with the label that closes its last item: repeated at the foot of most pages, it is each item's decision."""
    from minutes_miner.readers.pdf import remove_headers_and_footers

    pages = [_page(name, "Holder of a licence has petitioned to change the manager.", foot) for name in _APPLICANTS]
    assert remove_headers_and_footers(pages) == pages


@pytest.mark.parametrize("footer", ["Harbour Town Council - Minutes", "Draft - subject to approval", "Signed ........ Chair"])
def test_a_real_running_footer_still_goes(footer):
    from minutes_miner.readers.pdf import remove_headers_and_footers

    pages = [_page(name, "The Board heard the application.", footer) for name in _APPLICANTS]
    cleaned = remove_headers_and_footers(pages)
    assert cleaned[0][-1] == footer and all(footer not in page for page in cleaned[1:])


HEARING_AGENDA = """Licensed Premise Inspection Hearing
1. Quayside Grill, LLC
Doing business as: The Quay
Location: 14 Harbour St, Corrib, MA 01990
License#: LB-10422, Notice/Violation#: 0231, Category: CV7AL
Date: 03/02/2023
Notice: Persons under 21 in possession of alcohol on premise in violation of the licensing rules.
No Violation
2. Old Forge Inn, Inc.
Location: 2 Forge Lane, Corrib, MA 01990
Notice: Overcapacity on mechanical count in violation of the Board's rule on capacity.
Violation - Written Warning
3. Mill Pond Tavern, Inc.
Doing business as: Mill Pond
Holder of a Wines and Malt Beverages License has petitioned to change the closing hour of the licensed business.
Granted - Closing hour at 12:00 AM, all patrons out by 12:30 AM
4. The Board is in receipt of a release of the pledge of a licence held by the Old Forge Inn.
Acknowledged
5. Harbour Lights Diner has applied for a one day amendment to include a portion of the car park.
Granted, pending the approval of the Fire Department
"""


def test_a_licensing_hearing_finding_closes_its_notice():
    """A violation hearing ends in a finding ('No Violation', 'Violation - Written Warning'), an application
    in 'Granted' with its condition after a dash or comma, a correspondence item in 'Acknowledged'."""
    found = [res.text for res in find_dispositions(HEARING_AGENDA, [])]
    assert found == [
        "Notice: Persons under 21 in possession of alcohol on premise in violation of the licensing rules. No Violation",
        "Notice: Overcapacity on mechanical count in violation of the Board's rule on capacity. Violation - Written Warning",
        "Holder of a Wines and Malt Beverages License has petitioned to change the closing hour of the licensed business."
        " Granted - Closing hour at 12:00 AM, all patrons out by 12:30 AM",
        "The Board is in receipt of a release of the pledge of a licence held by the Old Forge Inn. Acknowledged",
        "Harbour Lights Diner has applied for a one day amendment to include a portion of the car park. Granted, pending the approval of the Fire Department",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Board discussed the notice at length.\nViolations of the rules were discussed with the licensee.\n",
        "The Chair read the letter from the licensee.\nGranted the circumstances, the Board took no view.\n",
        "Members asked about the hearing.\nNo violation was found by the inspector last year, she said.\n",
    ],
)
def test_prose_that_opens_with_a_finding_word_is_no_label(text):
    assert find_dispositions(text, []) == []
