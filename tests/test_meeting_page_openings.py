"""Web page openings of councils no gold file covers: navigation, "Skip to content", cookie
banners and breadcrumbs above the title; ModernGov agenda-item, issue and decision pages; a text
mirror whose first line is a file name; dates printed as '03-03-2020' or 'March 3 2020'. The
council, body, date and type a clerk reads from them. Invented snippets, no real council's text."""

from __future__ import annotations

from datetime import date

import pytest

from minutes_miner.dates import parse_date
from minutes_miner.meeting import classify_document, find_body, find_council, find_meeting_date, is_fragment_page
from minutes_miner.page_chrome import is_page_chrome, without_page_chrome


def _meeting(text: str) -> tuple[str | None, str | None, date | None, str]:
    doc_type = classify_document(text)
    council, hint = find_council({}, text, doc_type)
    body = find_body(text[:3000], council, hint, is_fragment_page(text, None))
    return council, body, find_meeting_date(text, None, council, doc_type), doc_type


PAGE_OPENINGS = [
    (  # ModernGov meeting page under a breadcrumb
        "Skip to content\nHome > Council and democracy > Meetings > Planning Committee\nAgenda and minutes\n"
        "Planning Committee - Tuesday, 3rd March, 2020 7.00 pm\nVenue: Council Chamber, Town Hall, Elmwood\nContact: Jane Doe\n"
        "Items\n1. Apologies for absence\nMinutes:\nApologies were received from Councillor Smith.\n",
        (None, "Planning Committee", date(2020, 3, 3), "minutes"),
    ),
    (  # agenda item page: the meeting only in the 'Meeting of ..., date (Item N.)' line, under the site's menu
        "Elmwood Borough Council\nSkip to main content\nHome\nCouncil and democracy\nAgenda item\n"
        "Agenda item - Minutes of the previous meeting\nMeeting of Planning Committee, Tuesday 3 March 2020 7.00 pm (Item 45.)\n"
        "To approve the minutes of the meeting held on 4 February 2020.\nMinutes:\n"
        "RESOLVED: That the minutes of the meeting held on 4 February 2020 be approved as a correct record.\n",
        ("Elmwood Borough Council", "Planning Committee", date(2020, 3, 3), "minutes"),
    ),
    (  # agenda item page of the full council's meeting
        "Elmwood District Council\nAgenda item\nMeeting of Council, Thursday, 5th March, 2020 7.00 pm (Item 12.)\nMinutes:\n"
        "RESOLVED that the budget be approved.\n",
        ("Elmwood District Council", "Council", date(2020, 3, 5), "minutes"),
    ),
    (  # agenda item page of a sub-committee, no letterhead
        "Agenda item\nMeeting of Licensing Sub-Committee, Tuesday, 3rd March, 2020 10.00 am (Item 4.)\nMinutes:\nThe Sub-Committee granted the licence.\n",
        (None, "Licensing Sub-Committee", date(2020, 3, 3), "minutes"),
    ),
    (  # agenda item page naming no body under the council's letterhead: any of its committees
        "Elmwood District Council\nAgenda item\nMinutes:\nRESOLVED: That the minutes of the meeting held on 4 February 2020 be approved.\n",
        ("Elmwood District Council", None, None, "minutes"),
    ),
    (  # cookie banner over a ModernGov page
        "This website uses cookies. We use cookies to make our website work. Accept all cookies Reject\nElmwood District Council\n"
        "Agenda and minutes\nCabinet - Wednesday, 4th March, 2020 6.30 pm\nVenue: Civic Centre\nItems\n",
        ("Elmwood District Council", "Cabinet", date(2020, 3, 4), "minutes"),
    ),
    (  # issue page
        "Issue - meetings\nItem 12 - Elmwood Local Plan\nMeeting: 03/03/2020 - Planning Committee (Item 45)\n45 Elmwood Local Plan\n"
        "Minutes:\nThe Committee considered the report.\nRESOLVED: That the plan be approved.\n",
        (None, "Planning Committee", date(2020, 3, 3), "minutes"),
    ),
    (  # decision details page
        "Decision details\nElmwood Local Plan\nDecision Maker: Cabinet\nDecision status: Implemented\nIs key decision?: Yes\nDecision:\n"
        "RESOLVED: That the plan be approved.\nPublication date: 06/03/2020\nDate of decision: 04/03/2020\nDecided at meeting: 04/03/2020 - Cabinet\n",
        (None, "Cabinet", date(2020, 3, 4), "decision_notice"),
    ),
    (  # a text mirror whose first line is the file's name
        "minutes-2020-03-03.pdf\nELMWOOD PARISH COUNCIL\nMinutes of the Meeting of Elmwood Parish Council held on Tuesday 3rd March 2020 "
        "at 7.30pm in the Village Hall\nPresent: Cllr Smith (Chair)\n",
        ("Elmwood Parish Council", "Elmwood Parish Council", date(2020, 3, 3), "minutes"),
    ),
    (  # a date printed with dashes
        "Elmwood Parish Council\nMinutes of the Parish Council Meeting held on 03-03-2020 at 7.30pm\nPresent: Cllrs Smith, Jones\n",
        ("Elmwood Parish Council", "Elmwood Parish Council", date(2020, 3, 3), "minutes"),
    ),
    (  # 'March 3 2020', a town council's Full Council
        "ELMWOOD TOWN COUNCIL\nMINUTES OF THE MEETING OF THE FULL COUNCIL\nHeld on March 3 2020 at 7pm\nPresent: Cllr A Smith\n",
        ("Elmwood Town Council", "Full Council", date(2020, 3, 3), "minutes"),
    ),
    (  # a parish website's menu bar
        "Home | About the Council | Meetings | Minutes\nElmwood Parish Council\n"
        "Minutes of the Parish Council meeting held on Tuesday, 3rd March, 2020 7.00 pm\nPresent: Cllr Jones\n",
        ("Elmwood Parish Council", "Elmwood Parish Council", date(2020, 3, 3), "minutes"),
    ),
    (  # 'You are here' trail
        "You are here: Home / Parish Council / Minutes / March 2020 Minutes\nMarch 2020 Minutes\nElmwood Parish Council\n"
        "Minutes of the meeting held on 3 March 2020\nPresent: Cllrs A, B\n",
        ("Elmwood Parish Council", "Elmwood Parish Council", date(2020, 3, 3), "minutes"),
    ),
    (  # accessibility and cookie lines push the title of an Annual Parish Meeting down
        "Accessibility links\nSkip to content\nCookie settings\nElmwood Parish Council\nMenu\nMeetings\n"
        "Minutes of the Annual Parish Meeting held on Wednesday 20th May 2020 at 7pm\nPresent:\n",
        ("Elmwood Parish Council", "Annual Parish Meeting", date(2020, 5, 20), "minutes"),
    ),
    (  # a ModernGov page title 'Agenda for X on date'
        "Elmwood Council - Agenda for Audit Committee on Tuesday, 3rd March, 2020, 7.00 pm\n"
        "Agenda for Audit Committee on Tuesday, 3rd March, 2020, 7.00 pm\nVenue: Town Hall\n",
        (None, "Audit Committee", date(2020, 3, 3), "agenda"),
    ),
    (  # a blog post's own date above the minutes is not the meeting's
        "Posted on 10 March 2020 by Clerk\nElmwood Parish Council\nMinutes of the meeting held on 3 March 2020\nPresent: Cllr A\n",
        ("Elmwood Parish Council", "Elmwood Parish Council", date(2020, 3, 3), "minutes"),
    ),
    (  # a breadcrumb naming the committee and the date
        "Home > Your Council > Committees > Licensing Committee > Minutes 3 March 2020\n"
        "Minutes of the Licensing Committee held on 3 March 2020\nPresent: Councillors Smith, Jones\n",
        (None, "Licensing Committee", date(2020, 3, 3), "minutes"),
    ),
]


@pytest.mark.parametrize("text, expected", PAGE_OPENINGS)
def test_page_openings(text: str, expected: tuple) -> None:
    assert _meeting(text) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Skip to main content",
        "Accessibility links",
        "Cookie settings",
        "Accept all cookies",
        "Menu",
        "Home",
        "Home > Council and democracy > Meetings",
        "Home » Parish Council » Minutes",
        "You are here: Home / Minutes",
        "We use cookies to make our website work and to improve your experience.",
    ],
)
def test_page_chrome_lines(line: str) -> None:
    assert is_page_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "Elmwood Parish Council",
        "Minutes of the Home Improvement Agency Board held on 3 March 2020",
        "Homes and Communities Committee",
        "Planning Committee - Tuesday, 3rd March, 2020 7.00 pm",
        "Home Office consultation on cookies and tracking",
        "12. Menu of options for the play area",
        "Search and Rescue Panel",
    ],
)
def test_titles_are_not_chrome(line: str) -> None:
    assert not is_page_chrome(line)


def test_only_the_opening_loses_its_chrome() -> None:
    text = "Skip to content\nElmwood Parish Council\n" + "line\n" * 50 + "Home\n"
    assert without_page_chrome(text) == "Elmwood Parish Council\n" + "line\n" * 50 + "Home\n"


@pytest.mark.parametrize(
    "text, month_first, expected",
    [
        ("held on 03-03-2020", False, date(2020, 3, 3)),
        ("held on 14-03-2020", False, date(2020, 3, 14)),
        ("held on 03-14-2020", False, date(2020, 3, 14)),
        ("held on 04-03-2020", True, date(2020, 4, 3)),
    ],
)
def test_dashed_numeric_dates(text: str, month_first: bool, expected: date) -> None:
    assert parse_date(text, month_first) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Elmwood Parish Council\nMinutes of the Parish Council Meeting held on 3.3.20 at 7.30pm\nPresent: Cllrs Smith, Jones\n", date(2020, 3, 3)),
        ("Elmwood Parish Council\nMinutes of the meeting held on Tuesday 14.1.20\nPresent: Cllr A\n", date(2020, 1, 14)),
        ("Elmwood Parish Council\nMinutes\nDate: 3.3.20\nPresent: Cllr A\n", date(2020, 3, 3)),
    ],
)
def test_short_dotted_title_dates(text: str, expected: date) -> None:
    assert find_meeting_date(text, None, "Elmwood Parish Council", "minutes") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Elmwood Parish Council\nMinutes\n3.3.20 The clerk reported on the play area.\nPresent: Cllr A\n",  # a paragraph number
        "Elmwood Parish Council\nMinutes of the meeting held on 1.2.3.4\nPresent: Cllr A\n",
    ],
)
def test_bare_short_dotted_numbers_are_not_dates(text: str) -> None:
    assert find_meeting_date(text, None, "Elmwood Parish Council", "minutes") is None


_COMMISSION = (
    "DRAFT\nPLANNING COMMISSION MINUTES\nJanuary 31, 2007\nChair Grey called the Planning Commission to order at 7:30 p.m.\n"
    "1. ROLL CALL\nMembers Present: Commissioners Brown, Green\n"
    + "Staff noted that traffic in Elmwood had grown; Elmwood residents asked about parking near Elmwood Point.\n" * 3
    + "The plan for the City of Elmwood Implementation Strategy was discussed. Elmwood Landing was reviewed.\n"
)


def test_a_commission_names_its_city_once_and_its_place_throughout() -> None:
    assert find_council({}, _COMMISSION, "minutes") == ("City of Elmwood", None)


@pytest.mark.parametrize(
    "text, doc_type",
    [
        (_COMMISSION.replace("Elmwood residents", "residents").replace("Elmwood Point", "the point"), "minutes"),  # named too rarely
        (_COMMISSION + "A letter from the City of Oakdale was noted.\n", "minutes"),  # two cities: which one met?
        (_COMMISSION, "other"),  # a paper that is not a body's minutes may be about another city
    ],
)
def test_no_city_without_its_place_named_throughout(text: str, doc_type: str) -> None:
    assert find_council({}, text, doc_type)[0] is None


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "ELMWOOD CITY COMMISSION\nMinutes of Regular Meeting\nTuesday, March 3rd, 2020\nCall to order 6:00 p.m.\n",
            ("City of Elmwood", "City Commission", date(2020, 3, 3), "minutes"),
        ),
        (
            "Elmwood Village Board\nMinutes\nMar. 3, 2020\nPresident Smith called the meeting to order.\n",
            ("Village of Elmwood", "Village Board", date(2020, 3, 3), "minutes"),
        ),
        (  # a British town council is the authority itself
            "Elmwood Town Council\nMinutes of the meeting of the Town Council held on 3 March 2020\nPresent: Cllrs A, B\n",
            ("Elmwood Town Council", "Elmwood Town Council", date(2020, 3, 3), "minutes"),
        ),
    ],
)
def test_a_municipal_body_heading_its_papers_names_its_municipality(text: str, expected: tuple) -> None:
    assert _meeting(text) == expected


@pytest.mark.parametrize("text", ["THE CITY COMMISSION\nMinutes\nMarch 3, 2020\n", "Regular City Commission\nMinutes\nMarch 3, 2020\n"])
def test_title_words_are_not_a_municipality(text: str) -> None:
    assert _meeting(text)[0] is None
