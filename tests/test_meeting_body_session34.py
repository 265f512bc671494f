"""Meeting body: forms seen on real pages of bodies no rule was written on (issue 11, session 34, web11: an Ontario
library board, a Minnesota township, a Utah fire district, a Texas water supply corporation, St Helena's Executive Council).

'BOARD MEETING MINUTES' and 'Regular Board Meeting, July 2, 2008' (a board's own meeting, where nothing else on the page
names a body: the title rules read a short word before 'Meeting' as an authority's initials or the way it met, 'KCC
Ordinary Meeting', 'Zoom Meeting'); 'September 17th, 2015 Board Meeting Minutes' (a title led by its date in words);
'Executive Council met today, Tuesday 11 February 2014, to consider ...'; and a page with no title whose opening sentence
names the meeting its chair called to order. Invented bodies, the same forms."""

from __future__ import annotations

import pytest

from tests.helpers import analysed_page

from minutes_miner.meeting_body import strip_meeting_words

MINUTES = "\n\nPresent: Carl Ellis, Jane Pincus, Omar Haddad.\n\nThe minutes of the last meeting were approved as circulated.\n"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("KCC Ordinary Meeting", "Meeting"),
        ("Zoom Meeting", "Meeting"),
        ("September 17th, 2015 Planning Commission Minutes", "Planning Commission"),
        ("Tuesday, 3 March 2020 Planning Committee", "Planning Committee"),
    ],
)
def test_title_words_around_the_body_are_cut(title: str, body: str) -> None:
    assert strip_meeting_words(title) == body


@pytest.mark.parametrize(
    "head",
    [
        "ELMWOOD PUBLIC LIBRARY\nBOARD MEETING MINUTES\nWednesday, June 25th, 2014, 7:00 p.m.\n",
        "Regular Board Meeting, July 2, 2008\nJULY 2, 2008\n",
        "Meeting Minutes\nSeptember 17th, 2015 Board Meeting Minutes\nElmwood Fire District\n",
    ],
)
def test_a_boards_own_meeting_names_the_board(tmp_path, head: str) -> None:
    assert analysed_page(tmp_path, head + MINUTES).body == "Board"


def test_a_board_meeting_title_yields_to_a_body_named_below(tmp_path) -> None:
    page = analysed_page(tmp_path, "Board Meeting Minutes\n\nELMWOOD LIBRARY BOARD OF TRUSTEES\nMarch 3, 2024\n" + MINUTES)
    assert page.body and page.body.endswith("Board of Trustees"), page.body


def test_a_body_that_met_today_is_named(tmp_path) -> None:
    page = analysed_page(tmp_path, "Executive Council met today, Tuesday 11 February 2025, to consider four items on the open agenda." + MINUTES)
    assert page.body == "Executive Council", page.body


@pytest.mark.parametrize(
    ("opening", "body"),
    [
        ("President Ann Hale called the Regular Board Meeting of the Elmwood Water Supply Corporation to order at 6:30 p.m.", "Board"),
        ("Chair Ames called the regular meeting of the Parks Commission to order at 7 p.m.", "Parks Commission"),
        ("Chairman Vink called the meeting to order at 7:30 p.m.", None),
    ],
)
def test_the_meeting_called_to_order_names_its_body(tmp_path, opening: str, body: str | None) -> None:
    assert analysed_page(tmp_path, opening + MINUTES).body == body


@pytest.mark.parametrize(
    "title",
    ["THE ELMWOOD COUNCIL - 22 FEBRUARY 2007", "Elmwood Council – Thursday, 3rd March 2025", "ELMWOOD COUNCIL - March 3, 2025"],
)
def test_a_councils_name_over_its_meetings_date_is_the_council_and_its_full_meeting(tmp_path, title: str) -> None:
    """'THE INVERCLYDE COUNCIL - 22 FEBRUARY 2007' (a Scottish council's full meeting): the letterhead before a dash and
    the date names the authority, as a letterhead alone on its line does."""
    page = analysed_page(tmp_path, title + "\n\nPresent: Provost Hale, Councillors Noor and Ames.\n\nThe minutes of the last meeting were approved.\n")
    assert page.council and page.council.lower().endswith("elmwood council"), page.council
    assert page.body == "Council", page.body


def test_a_body_after_the_dash_is_still_the_body(tmp_path) -> None:
    page = analysed_page(tmp_path, "Elmwood Council - Licensing Sub-Committee\n3 March 2025\n\nPresent: Councillors Noor and Ames.\n")
    assert page.council == "Elmwood Council" and page.body == "Licensing Sub-Committee", (page.council, page.body)
