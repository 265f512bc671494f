"""Front pages in the styles councils print them (UK principal and parish, ModernGov, US,
Canadian, Australian, New Zealand, Irish): the meeting's own body and date, never the date of
approved minutes, the next meeting, a report or a publication. Invented snippets, no real
council's text."""

from __future__ import annotations

from datetime import date

import pytest

from minutes_miner.meeting import classify_document, find_body, find_meeting_date

UK_HEADERS = [
    (
        "MINUTES of the meeting of the Planning Committee held on Tuesday 3rd March 2020 at 7pm in the Council Chamber\nPRESENT: Cllr A Smith (Chair)\n",
        "Elmford District Council",
        "Planning Committee",
        date(2020, 3, 3),
    ),
    (
        "ELMFORD PARISH COUNCIL\nMinutes of the Ordinary Meeting of the Parish Council held on Monday 14th September 2020 at 7.30pm\n"
        "Present: Cllrs Brown (Chairman), Green and White\n1. To approve the minutes of the meeting held on 10th August 2020\n",
        "Elmford Parish Council",
        "Elmford Parish Council",
        date(2020, 9, 14),
    ),
    (
        "Minutes of Proceedings\nLicensing Sub-Committee\nWednesday, 6 November 2019\nPresent: Councillors Grey and Black\n",
        "Elmford Borough Council",
        "Licensing Sub-Committee",
        date(2019, 11, 6),
    ),
    (
        "Cabinet\nThursday, 4th July, 2024 10.00 am\nVenue: Council Chamber\nContact: Democratic Services\nItems\n",
        "Elmford County Council",
        "Cabinet",
        date(2024, 7, 4),
    ),
    (
        "Audit and Governance Committee - Tuesday, 21st January, 2025 6.30 pm\nVenue: Town Hall\n",
        "Elmford Borough Council",
        "Audit and Governance Committee",
        date(2025, 1, 21),
    ),
    (
        "ELMFORD TOWN COUNCIL\nMINUTES OF THE FULL COUNCIL MEETING HELD ON 23RD JUNE 2021 AT 7PM\nPRESENT: Cllr J Bloggs (Mayor)\n",
        "Elmford Town Council",
        "Full Council",
        date(2021, 6, 23),
    ),
    (
        "Date of meeting: 12 May 2022\nTime: 7.00 pm\nVenue: Village Hall\nMINUTES OF THE ANNUAL MEETING OF THE PARISH COUNCIL\n",
        "Elmford Parish Council",
        "Elmford Parish Council",
        date(2022, 5, 12),
    ),
    (
        "Joint Committee\nMinutes of the meeting held on 03/03/2020\nPresent: Councillors from both authorities\n",
        "Elmford District Council",
        "Joint Committee",
        date(2020, 3, 3),
    ),
    (
        "Minutes of the Annual Parish Meeting held on Thursday 18th April 2019 at 7pm in the School Hall\n",
        "Elmford Parish Council",
        "Annual Parish Meeting",
        date(2019, 4, 18),
    ),
    (
        "ELMFORD COMMUNITY COUNCIL\nMinutes of meeting held on Wednesday 2nd October 2019\nPresent: Cllrs Jones, Evans\n"
        "Date of next meeting: Wednesday 6th November 2019\n",
        "Elmford Community Council",
        "Elmford Community Council",
        date(2019, 10, 2),
    ),
    (
        "Published: 20 March 2023\nMINUTES of a meeting of the Overview and Scrutiny Committee held on Monday, 13 March 2023\n",
        "Elmford Borough Council",
        "Overview and Scrutiny Committee",
        date(2023, 3, 13),
    ),
    (
        "Minutes of the Meeting of the District Council held at 1.00pm on Tuesday, 3 October 2017, in the Council Chamber\n",
        "Elmford District Council",
        "Council",
        date(2017, 10, 3),
    ),
    (
        "Meeting of Council\nMinutes of the meeting held on Wednesday 6 November 2024\nPresent: The Mayor\n",
        "Elmford Borough Council",
        "Council",
        date(2024, 11, 6),
    ),
]

NORTH_AMERICAN_HEADERS = [
    (
        "REGULAR MEETING OF THE CITY COUNCIL, March 3, 2020\nThe meeting was called to order at 7:00 p.m. by Mayor Smith.\n",
        "City of Elmwood",
        "City Council",
        date(2020, 3, 3),
    ),
    (
        "BOARD OF SELECTMEN\nMINUTES\nMonday, March 3rd, 2020\nPresent: Chairman Jones, Selectmen Brown and Green\n",
        "Town of Elmwood",
        "Board of Selectmen",
        date(2020, 3, 3),
    ),
    (
        "City Commission Meeting Minutes\nTuesday, 03/10/2020\nCall to Order: 6:00 PM\n",
        "City of Elmwood",
        "City Commission",
        date(2020, 3, 10),
    ),
    (
        "COMMITTEE OF THE WHOLE\nMinutes of the meeting held Monday, the 3rd day of March, 2020, at 7:00 p.m.\n",
        "Township of Elmwood",
        "Committee of the Whole",
        date(2020, 3, 3),
    ),
    (
        "Board of County Commissioners\nRegular Meeting\n2020-03-03\nThe Board met in regular session.\n",
        "Elmwood County",
        "Board of County Commissioners",
        date(2020, 3, 3),
    ),
    (
        "MINUTES OF THE REGULAR MEETING OF THE BOARD OF TRUSTEES OF THE VILLAGE OF ELMWOOD HELD ON MARCH 3, 2020\n",
        "Village of Elmwood",
        "Board of Trustees",
        date(2020, 3, 3),
    ),
    (
        "Town of Elmwood\nPlanning Board\nMinutes of 04/02/2020\nApproval of minutes of 03/05/2020: approved as written.\n",
        "Town of Elmwood",
        "Planning Board",
        date(2020, 4, 2),
    ),
]

COMMONWEALTH_HEADERS = [
    (
        "Ordinary Council Meeting 23 June 2021\nMINUTES\nPresent: Mayor Cr J Smith\n",
        "Elmwood Shire Council",
        "Council",
        date(2021, 6, 23),
    ),
    (
        "MINUTES OF THE ORDINARY MEETING OF COUNCIL HELD IN THE COUNCIL CHAMBERS ON WEDNESDAY 10 APRIL 2019 COMMENCING AT 9.00AM\n",
        "Elmwood Regional Council",
        "Council",
        date(2019, 4, 10),
    ),
    (
        "Minutes of a meeting of the Elmwood Community Board held in the Library on Wednesday, 9 December 2015 at 11am.\n",
        "Elmwood District Council",
        "Elmwood Community Board",
        date(2015, 12, 9),
    ),
    (
        "MINUTES OF THE MONTHLY MEETING OF ELMWOOD COUNTY COUNCIL HELD ON MONDAY, 18th JULY, 2005, AT 2.00 p.m.\n",
        "Elmwood County Council",
        "Council",
        date(2005, 7, 18),
    ),
    (
        "Minutes of the Regular Meeting of Council\nTuesday, June 23, 2020\n6:00 p.m.\nCouncil Chambers\n",
        "Township of Elmwood",
        "Council",
        date(2020, 6, 23),
    ),
]


@pytest.mark.parametrize("head, council, body, when", UK_HEADERS + NORTH_AMERICAN_HEADERS + COMMONWEALTH_HEADERS)
def test_front_page_body(head, council, body, when):
    assert find_body(head, council) == body


@pytest.mark.parametrize("head, council, body, when", UK_HEADERS + NORTH_AMERICAN_HEADERS + COMMONWEALTH_HEADERS)
def test_front_page_date(head, council, body, when):
    url = "https://elmwood.example.gov/minutes" if council.startswith(("City of", "Town of", "Village of", "Elmwood County")) else None
    assert find_meeting_date(head, url, council) == when


@pytest.mark.parametrize(
    "head, expected",
    [
        ("KENT COUNTY COUNCIL\nCOUNTY COUNCIL\nMINUTES of a meeting of the County Council held on Thursday, 9 January 2025.\n", "County Council"),
        ("County Council - Thursday, 13th March, 2025 10.00 am\nMINUTES of a meeting of the County Council held on 13 March 2025\n", "County Council"),
        ("Minutes of the Meeting of the County Council held on Monday, 18 July 2005 at 2.00 pm\n", "Council"),
    ],
)
def test_a_full_meeting_keeps_its_typed_name_only_where_the_papers_head_it_so(head, expected):
    assert find_body(head, "Elmford County Council") == expected


@pytest.mark.parametrize(
    "head, council, when",
    [
        ("Date of next meeting: 5 April 2020\nMINUTES of the meeting of the Parish Council held on 3 March 2020\n", "Elmford Parish Council", date(2020, 3, 3)),
        (
            "Minutes of the meeting held on 3rd March 2020\nMinutes of the meeting held on 4th February 2020 were approved.\n",
            "Elmford Parish Council",
            date(2020, 3, 3),
        ),
        ("Publication date: 10 March 2020\nMinutes of the Cabinet held on Tuesday, 3 March 2020\n", "Elmford District Council", date(2020, 3, 3)),
        (
            "Report date: 1 March 2020\nReport to: Cabinet\nDate of meeting: 12 March 2020\nSubject: Budget\n",
            "Elmford District Council",
            date(2020, 3, 12),
        ),
        ("MINUTES\nMonday, the 3rd day of March, 2020\nPresent: the Mayor\n", "Township of Elmwood", date(2020, 3, 3)),
        ("Minutes of the Board of Selectmen\nMarch 3rd, 2020\n", "Town of Elmwood", date(2020, 3, 3)),
        ("Minutes of the meeting held on 2020-03-03\n", "Elmford Parish Council", date(2020, 3, 3)),
        ("Minutes of the meeting held on 12.03.2020 at 7pm\n", "Elmford Parish Council", date(2020, 3, 12)),
        ("Minutes of the Parish Council meeting held on 03/04/2020\n", "Elmford Parish Council", date(2020, 4, 3)),
        ("Minutes of the meeting held Sept. 3, 2019 at 6:30 PM\n", "City of Elmwood", date(2019, 9, 3)),
        ("Minutes of the meeting held 7th Jan 2020 at the Village Hall\n", "Elmford Parish Council", date(2020, 1, 7)),
        (
            "You are hereby summoned to attend a meeting of the Parish Council to be held on Thursday 12 March 2020 at 7pm.\nDated this 5th day of March 2020\n",
            "Elmford Parish Council",
            date(2020, 3, 12),
        ),
        (
            "These minutes were confirmed at the meeting held on 19 April 2021\nMINUTES OF THE ORDINARY MEETING OF COUNCIL HELD ON 15 MARCH 2021\n",
            "Elmwood Shire Council",
            date(2021, 3, 15),
        ),
        (
            "Ordinary Meeting of Council\nOpen Minutes\nMeeting Date: |\nThursday 17 December 2020 |\nTime: |\n9.00am |\n",
            "Elmwood City Council",
            date(2020, 12, 17),
        ),
        ("Miontuairiscí / Meeting Minutes Ordinary Meeting 10th June 2013, Council Chamber\n", "Elmwood County Council", date(2013, 6, 10)),
        ("MINUTES OF THE MEETING HELD ON\nTUESDAY 19TH DECEMBER 2011\nAT 7.30PM\n", "Elmford Parish Council", date(2011, 12, 19)),
    ],
)
def test_the_meetings_own_date_among_others(head, council, when):
    assert find_meeting_date(head, None, council) == when


@pytest.mark.parametrize(
    "head, council, when",
    [
        (
            "Minutes of the Planning Committee held on Wednesday 6 November at 7pm\nPresent: Cllrs A, B\n3. The minutes of 2 October 2019 were approved.\n",
            "Elmford Borough Council",
            date(2019, 11, 6),
        ),
        (
            "MINUTES OF THE MEETING HELD ON THURSDAY 21ST SEPTEMBER\nPresent: Cllr Smith\nThe Cabinet meeting of 11 September 2023 was noted.\n",
            "Elmford Borough Council",
            date(2023, 9, 21),
        ),
    ],
)
def test_a_meeting_date_without_its_year_takes_the_year_whose_weekday_fits(head, council, when):
    assert find_meeting_date(head, None, council) == when


def test_a_yearless_date_whose_weekday_fits_no_year_nearby_gives_no_date():
    head = "Minutes of the meeting held on Saturday 6 November at 7pm\nThe minutes of 2 October 2019 were approved.\n"  # a Tuesday in 2018, Wednesday in 2019, Friday in 2020
    assert find_meeting_date(head, None, "Elmford Parish Council") is None


@pytest.mark.parametrize(
    "head, url, council, when",
    [
        ("City Council Minutes\nRegular Meeting 03/04/2020\n", "https://www.elmwood.gov/minutes", "City of Elmwood", date(2020, 3, 4)),
        ("Town Council Minutes\nRegular Meeting 03/04/2020\n", "https://www.elmford-tc.gov.uk/minutes", "Elmford Town Council", date(2020, 4, 3)),
    ],
)
def test_numeric_dates_by_country(head, url, council, when):
    assert find_meeting_date(head, url, council) == when


def test_a_committee_system_page_told_as_done_is_minutes_not_an_agenda():
    page = (
        "Apologies for absence\nAn apology for absence was received from Cllr Smith.\n"
        "To sign the minutes of the previous meeting\nThe minutes of the meeting held on 6 July 2023 were agreed and signed by the Chair.\n"
        "To declare any interests which members may have on the items contained on this agenda.\nNo declarations of interest were made.\n"
    )
    assert classify_document(page, "", "https://democracy.elmford.gov.uk/ieListDocuments.aspx?CId=1&MId=2") == "minutes"


def test_an_agenda_in_the_future_tense_stays_an_agenda():
    agenda = "Apologies for absence\nTo receive apologies for absence.\nDeclarations of interest\nTo declare any interests on the items on this agenda.\n"
    assert classify_document(agenda, "", "https://democracy.elmford.gov.uk/ieListDocuments.aspx?CId=1&MId=2") == "agenda"


@pytest.mark.parametrize(
    "head, council, expected",
    [
        ("Minutes of the Meeting of the Licensing Sub-Committee held on Monday, 3 March 2020\n", "Elmford Borough Council", "Licensing Sub-Committee"),
        ("LICENSING SUB-COMMITTEE\nMINUTES\nMonday 3 March 2020\n", "Elmford Borough Council", "Licensing Sub-Committee"),
        (
            "Licensing Act 2003 Sub-Committee - Monday, 3rd March, 2020 10.00 am\nVenue: Town Hall\n",
            "Elmford Borough Council",
            "Licensing Act 2003 Sub-Committee",
        ),
        ("Minutes - Health and Wellbeing Board - 5 March 2024\n", "Elmford County Council", "Health and Wellbeing Board"),
        ("Regular City Council Meeting Minutes\nMarch 3, 2020\n", "City of Elmwood", "City Council"),
        ("CITY OF ELMWOOD\nCITY COMMISSION MEETING MINUTES\nMarch 3, 2020\n", "City of Elmwood", "City Commission"),
        ("Board of Supervisors Regular Meeting\nMarch 3, 2020\n", "Elmwood County", "Board of Supervisors"),
        ("MINUTES OF THE SPECIAL MEETING OF THE TOWN BOARD\nMarch 3, 2020\n", "Town of Elmwood", "Town Board"),
        ("Selectboard Meeting Minutes\nMarch 3, 2020\n", "Town of Elmwood", "Selectboard"),
        ("ZONING BOARD OF APPEALS\nMinutes of March 3, 2020\n", "Town of Elmwood", "Zoning Board of Appeals"),
        ("Planning and Zoning Commission\nRegular Meeting Minutes\nMarch 3, 2020\n", "City of Elmwood", "Planning and Zoning Commission"),
        ("Minutes of the Parks and Recreation Advisory Board\nMarch 3, 2020\n", "City of Elmwood", "Parks and Recreation Advisory Board"),
        ("Council in Committee Minutes\nMarch 3, 2020\n", "Town of Elmwood", "Council in Committee"),
        ("GENERAL PURPOSES COMMITTEE\nMinutes of the meeting held on 3 March 2020\n", "Elmford District Council", "General Purposes Committee"),
        ("Minutes of the Budget Committee held on 3 March 2020\n", "Elmford Town Council", "Budget Committee"),
        ("Minutes of the Public Protection Sub-Committee held on 3 March 2020\n", "Elmford District Council", "Public Protection Sub-Committee"),
        ("Minutes of the Extraordinary Meeting of the Parish Council held on 3 March 2020\n", "Elmford Parish Council", "Elmford Parish Council"),
        ("MINUTES OF THE ANNUAL MEETING OF THE TOWN COUNCIL HELD ON 3 MARCH 2020\n", "Elmford Town Council", "Elmford Town Council"),
        ("Minutes of the Elmwood District Council Ordinary Meeting held on 3 March 2020\n", "Elmwood District Council", "Council"),
        ("Minutes of the Ordinary Meeting of Elmwood Shire Council held on 3 March 2020\n", "Elmwood Shire Council", "Council"),
        ("Minutes of the Monthly Meeting of Elmwood Municipal District held on 3 March 2020\n", "Elmwood County Council", "Elmwood Municipal District"),
        (
            "ELMFORD COMMUNITY COUNCIL\nMinutes of the meeting held in the Village Hall on 3 March 2020\n",
            "Elmford Community Council",
            "Elmford Community Council",
        ),
        (
            "Minutes of a meeting of Elmford Town Council's Finance and General Purposes Committee held on 3 March 2020\n",
            "Elmford Town Council",
            "Finance and General Purposes Committee",
        ),
        ("Minutes of the Overview and Scrutiny Management Board held on 3 March 2020\n", "Elmford County Council", "Overview and Scrutiny Management Board"),
        ("Full Council\nMonday, 3rd March, 2020 7.00 pm\nVenue: Civic Centre\n", "Elmford District Council", "Council"),
        ("Council - Monday, 3rd March, 2020 7.00 pm\nVenue: Civic Centre\n", "Elmford District Council", "Council"),
        ("Minutes of the Regular Meeting of the Board of Aldermen\nMarch 3, 2020\n", "City of Elmwood", "Board of Aldermen"),
        ("Minutes of the Joint Meeting of the Planning Committee and the Licensing Committee held on 3 March 2020\n", "Elmford District Council", None),
        ("MINUTES OF THE FINANCE COMMITTEE MEETING HELD ON 3 MARCH 2020\n", "Elmford Parish Council", "Finance Committee"),
        (
            "Minutes of the Finance & Policy Committee meeting of Elmford Parish Council held on 3 March 2020\n",
            "Elmford Parish Council",
            "Finance & Policy Committee",
        ),
        ("Minutes of the Village Board meeting, March 3, 2020\n", "Village of Elmwood", "Village Board"),
        ("Minutes of the Committee of Adjustment\nMarch 3, 2020\n", "Town of Elmwood", "Committee of Adjustment"),
        ("REGULAR MEETING OF THE BOARD OF COUNTY COMMISSIONERS\nMarch 3, 2020\n", "Elmwood County", "Board of County Commissioners"),
        ("Minutes of the Standards Hearing Sub-Committee held on 3 March 2020\n", "Elmford District Council", "Standards Hearing Sub-Committee"),
        ("Minutes of the Community Board meeting held on 3 March 2020\n", "Elmwood District Council", "Community Board"),
        ("Minutes of the Planning Meeting held on 3 March 2020\n", "Elmford Town Council", "Planning Meeting"),
        ("Minutes of the Local Board meeting held on 3 March 2020\n", "Elmwood Council", "Local Board"),
        ("MINUTES OF THE STRATEGIC PLANNING COMMITTEE\n3 MARCH 2020\n", "Elmford District Council", "Strategic Planning Committee"),
        ("Minutes of Elmwood Parish Meeting held on 3 March 2020\n", "Elmwood Parish Meeting", "Elmwood Parish Meeting"),
        ("Minutes of the Policy and Resources Committee of the Town Council held on 3 March 2020\n", "Elmford Town Council", "Policy and Resources Committee"),
    ],
)
def test_body_names_of_many_council_styles(head, council, expected):
    """Committee system headings, US boards and commissions, Canadian committees, Irish municipal
    districts, parish and town committees: the body as named, qualifiers and the council's name off;
    two bodies meeting jointly are not one name."""
    assert find_body(head, council) == expected
