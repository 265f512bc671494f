"""Meeting date: a title 'Minutes from the <date> ... Meeting' (issue 11, session 35).

Seen on real pages of bodies no rule was written on: a Minnesota conservation district's page titled 'Minutes from the
July 8, 2021 Regular Board Meeting' (its date taken for an earlier meeting's, since 'from the' before a date names another
occasion). Invented pages, the same forms."""

from __future__ import annotations

from datetime import date

from minutes_miner.meeting import find_meeting_date


def test_a_title_minutes_from_the_date_meeting_is_the_papers_own() -> None:
    text = (
        "July 2021\n\nMinutes from the July 8, 2021 Regular Board Meeting\n\n"
        "The meeting of the Elm Soil and Water Conservation District was held in the Boardroom.\n"
    )
    assert find_meeting_date(text, doc_type="minutes") == date(2021, 7, 8)


def test_minutes_from_an_earlier_meeting_approved_are_not_the_papers_date() -> None:
    text = "Elm Board\nMay 3, 2021\n\nMinutes from the April 8, 2021 Regular Board Meeting were approved as presented.\n"
    assert find_meeting_date(text, doc_type="minutes") == date(2021, 5, 3)


def test_a_nineteenth_century_minute_book_is_dated_by_its_worded_date() -> None:
    """'Council Chambers February 5th 1866.' (a New South Wales borough's minute book, web12): a month in words dates
    the 19th century too; figures alone do not ('3/4/1866 Present: ...' is no date)."""
    text = "Council Chambers February 5th 1866.\n\nPresent the Chairman, Councillors Hale, Noor and Ames.\n\nMinutes of meeting of Council 30th January were read and confirmed.\n"
    assert find_meeting_date(text, doc_type="minutes") == date(1866, 2, 5)
    assert find_meeting_date("Council Chambers 3/4/1866.\n\nPresent the Chairman, Councillors Hale and Noor.\n", doc_type="minutes") is None


def test_a_newspapers_issue_date_is_not_the_meetings() -> None:
    """'Feilding Star, Volume XVIII, Issue 115, 13 November 1896, Page 2' over a hospital board's report 'held yesterday'
    (web12): the issue's date is when it was printed."""
    text = (
        "Hospital Board. Elmford Star, Volume XVIII, Issue 115, 13 November 1896, Page 2\n\n"
        "The ordinary meeting of the above Board was held yesterday morning, Present— Messrs Hale (chairman), Noor.\n"
    )
    assert find_meeting_date(text, doc_type="minutes") is None


def test_a_historic_date_in_modern_minutes_is_not_the_meetings() -> None:
    """A 19th-century date among the minutes of a council that dates its business in this century is history
    ('The church, consecrated on 12 June 1868, ...'), not the day the council met."""
    text = "Elm Parish Council\n\nThe church, consecrated on 12 June 1868, needs repairs; the grant for 2021 was received.\n"
    assert find_meeting_date(text, doc_type="minutes") is None


def test_a_documents_issue_number_is_not_a_newspapers_issue() -> None:
    """'Agenda Issue 3, 5 May 2021': a paper's own version before its date, which stays the meeting's."""
    assert find_meeting_date("Agenda Issue 3, 5 May 2021\n\nPresent: Cllr Hale\n", doc_type="minutes") == date(2021, 5, 5)
