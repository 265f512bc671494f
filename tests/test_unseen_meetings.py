"""Where minutes from councils nobody here has read name their authority (session 23).

Two annotators who never saw the extractor wrote 200 document openings with their meeting block
(UK, Ireland, Isle of Man, Channel Islands, US, Canada, Australia, New Zealand, South Africa); these
tests hold the families of council the extractor missed, in documents written for the test: the
authority named only at the foot of the page or in the clerk's sign-off. Each has a near miss.
"""

from __future__ import annotations

import pytest

from datetime import date

from minutes_miner.doc_type import classify_document
from minutes_miner.meeting import find_meeting_date
from minutes_miner.meeting_body import normalise_body
from minutes_miner.meeting_council import find_council, footer_council, sign_off_council

BODY = "Present: Cllr A Hale (Chair), Cllr B Noor\n\n1. Apologies\nNone.\n\n2. Minutes\nThe minutes of the last meeting were approved.\n\n"


@pytest.mark.parametrize(
    "footer, council",
    [
        ("City of Fairhaven Mills | 300 Canal Street | Fairhaven Mills, MA 01880 | Page 1 of 4", "City of Fairhaven Mills"),
        ("Township of Millbrook Station - Regular Council Minutes - June 26, 2023          Page 1 of 7", "Township of Millbrook Station"),
        ("Tannerton Borough Council – Town Hall, Victoria Square                         Page 37", "Tannerton Borough Council"),
        ("                                    Aldbrook Council                           page 12", "Aldbrook Council"),
        ("Galway Coast County Council, Áras an Chontae, Prospect Hill", "Galway Coast County Council"),  # the county hall's Irish name
        ("Ashford Vale Town Council, Town Hall, High Street, Ashford Vale", "Ashford Vale Town Council"),
        ("Thurlby Fen Parish Council                                             Chairman's initials ____", "Thurlby Fen Parish Council"),
    ],
)
def test_the_authority_at_the_foot_of_the_page(footer, council):
    text = "Minutes of the meeting held on 4 December 2017\n\n" + BODY + footer + "\n"
    assert footer_council(text) == council
    if council:
        assert find_council({}, text)[0] == council


@pytest.mark.parametrize(
    "footer",
    [
        "Regional Council - Minutes - June 26, 2023          Page 1 of 7",  # a body's generic name, no place
        "Westmere County Council – consultation on the Local Plan",  # a last item naming another authority
        "Kirkby Parish Council",  # a name alone on its line
    ],
)
def test_no_authority_from_a_footer_that_names_none(footer):
    assert footer_council("Minutes of the meeting held on 4 December 2017\n\n" + BODY + footer + "\n") is None


def test_the_clerks_sign_off_names_the_village():
    text = (
        "Minutes of the Regular Meeting\nMonday, January 9, 2023\n\nMayor Paulson called the meeting to order at 7:00 PM.\n\n"
        "There being no further business, the meeting adjourned at 8:12 PM.\n\nRespectfully submitted,\n\nDonna Fry\nClerk-Treasurer\n"
        "Village of North Ashby Board of Trustees\n"
    )
    assert sign_off_council(text) == "Village of North Ashby"
    assert find_council({}, text)[0] == "Village of North Ashby"


def test_the_certificate_of_adoption_names_the_township():
    text = "Regular Council Meeting\nMinutes\n\n1. Call to Order\nMayor Gowan called the meeting to order at 6:30 p.m.\n\n"
    text += "These minutes were adopted by the Council of the Township of Carrick Lake on 2024-03-18.\n"
    assert sign_off_council(text) == "Township of Carrick Lake"


@pytest.mark.parametrize(
    "sign_off",
    [
        "Respectfully submitted,\nDonna Fry\nClerk-Treasurer\n",  # a person only
        "Respectfully submitted,\nDonna Fry\nClerk\nKent County Council planning team\n",  # another authority's team
        "Respectfully submitted,\nDonna Fry\nClerk\n\nKent County Council\n",  # past the signature block
    ],
)
def test_a_sign_off_that_names_no_authority_of_its_own_gives_none(sign_off):
    assert sign_off_council("Minutes\n\nThe meeting closed at 9pm.\n\n" + sign_off) is None


@pytest.mark.parametrize(
    "text, held",
    [
        # the paper's title as its closing footer, the head printing no date
        (
            BODY + "Signed ............ Chairman\n\nHALLOWFIELD PARISH COUNCIL – Minutes of the Parish Council Meeting held 10th September 2019\n",
            date(2019, 9, 10),
        ),
        (
            "Glenmorven CC - Minutes Jan 2016\n\n" + BODY + "Minutes of Glenmorven Community Council meeting, Monday 18 January 2016, Glenmorven Hall.\n",
            date(2016, 1, 18),
        ),
        (BODY + "Hollins Green Parish Council – minutes of meeting held 14/06/12 in the Village Hall\n", date(2012, 6, 14)),
        # the approval of these minutes in brackets after the meeting's own date
        ("Town Council meeting – 12th April 2021 – minutes (approved 10th May 2021)\n\n" + BODY, date(2021, 4, 12)),
    ],
)
def test_the_meetings_date_at_the_foot_or_beside_its_approval(text, held):
    assert find_meeting_date(text) == held


@pytest.mark.parametrize(
    "text",
    [
        BODY + "Date of next meeting: Minutes of the Parish Council meeting to be held 8th October 2019\n",  # the next meeting's
        BODY + "3. Minutes\nThe minutes of the meeting held on 9th July 2019 were approved.\n\nThe meeting closed at 9pm.\n",  # earlier minutes
        "Minutes of 12th April 2021 approved and signed.\n\n" + BODY,  # earlier minutes, in the business
        BODY + "26. Minutes of the Meeting Held on 26 March 2024\n",  # an item's heading (its text cut off), not a footer
    ],
)
def test_no_date_from_other_meetings_at_the_foot_or_approved(text):
    assert find_meeting_date(text) is None


@pytest.mark.parametrize(
    "raw, body",
    [
        ("BOARD OF DIRECTORS - REGULAR MEETING", "Board of Directors"),  # capitals: the kind of sitting after a dash
        ("NOTICE OF MAYORAL COMMITTEE MEETING", "Mayoral Committee"),  # the notice of a meeting names its body
        ("BEFORE THE HARBOUR DISTRICT LICENSING COMMITTEE", "Harbour District Licensing Committee"),  # a tribunal's decision
        ("Notice of Motion", None),  # no body
    ],
)
def test_the_body_from_a_title_in_capitals_or_after_a_notice(raw, body):
    assert normalise_body(raw, None) == body


@pytest.mark.parametrize(
    "opening, held",
    [
        # a report's header fields: the meeting's date, not the report's own (a long title field above it is no prose)
        (
            "Waitoa District Council\nReport to Council\n\nTitle: Adoption of the Rates Remission and Postponement Policy 2024\n"
            "Meeting date: 22 May 2024\nFile: 24/331\nAuthor: Tania Holloway, Revenue Manager\nReport date: 9 May 2024\n\n1. Purpose\n",
            date(2024, 5, 22),
        ),
        (
            "Mangawhero District Council\nInfrastructure Committee\n11 May 2023\n\nItem 7.2\nThree Waters Renewals Programme - Quarter 3 Update\n\n"
            "Report author: Lindsay Pearce\nApproved by: Hamish Dunn\nDate written: 27 April 2023\n\nPurpose\n",
            date(2023, 5, 11),
        ),
    ],
)
def test_a_reports_meeting_date_not_its_writing_date(opening, held):
    assert find_meeting_date(opening, doc_type="report") == held


@pytest.mark.parametrize(
    "text, kind",
    [
        (
            "WHITFIELD TOWNSHIP ZONING HEARING BOARD\n1750 Old Lancaster Pike\n\nThe Whitfield Township Zoning Hearing Board met on Tuesday, "
            "April 19, 2022 at 7:30 P.M. in the Township Building. Present were Board members Anthony Ricci and Dana Hoke.\n\n"
            "APPEAL #2022-03 - PETITION OF JAMES KAUFFMAN\nThe applicants request a variance from Section 402.C.\n",
            "minutes",
        ),
        (
            "TOWN OF EASTGATE\nJOINT MEETING OF THE BOARD OF SELECTMEN AND FINANCE COMMITTEE\nThursday, February 16, 2023 at 7:00 PM\n\n"
            "Chair Gould called the Board of Selectmen to order at 7:00 PM.\n\nFY2024 Operating Budget Review\nThe Town Administrator presented the budget.\n",
            "minutes",
        ),
        (
            "TOWN OF EASTGATE\nBOARD OF SELECTMEN\nThursday, February 16, 2023 at 7:00 PM\n\n1. Call to order\n2. Budget review\n3. Adjourn\n",
            "other",  # an order of business with no record of a sitting: not minutes
        ),
    ],
)
def test_a_boards_narrative_record_is_minutes(text, kind):
    assert classify_document(text) == kind
