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
