"""Meeting date: a dotted date with a two-figure year right after 'on' (issue 11, session 32).

Seen on a real page of a council no rule was written on (web9, a Welsh community council): 'MINUTES OF DYFFRYN
ARDUDWY AND TALYBONT COMMUNITY COUNCIL HELD AT THE COMMUNITY CENTRE ... AT 7.30 P.M. ON 06.06.17'. Read only after 'on'
with two figures for the day and the month, so a paragraph number ('12.10.15') stays no date. Invented council."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import analysed_page

from minutes_miner.dates import parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [("AT 7.30 P.M. ON 06.06.17", date(2017, 6, 6)), ("held on 21.11.98", date(1998, 11, 21)), ("see item 12.10.15", None), ("on 12.10.15.3", None)],
)
def test_a_two_figure_year_after_on(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


def test_the_title_gives_the_meeting_date(tmp_path) -> None:
    page = analysed_page(
        tmp_path,
        "MINUTES OF ELM COMMUNITY COUNCIL HELD AT THE COMMUNITY CENTRE, ELM AT 7.30 P.M. ON 06.06.17\n\n6.1 APOLOGIES\n\n"
        "Cllr. Edward Griffiths.\n\n6.2 PRESENT\n\nCllr. Emrys Jones.\n",
    )
    assert page.meeting_date == date(2017, 6, 6)


def test_a_report_titled_as_the_meeting_held_beats_the_sites_date_line(tmp_path) -> None:
    """'Monday, October 12, 2020' (the site's date, alone on its line) over 'Draft Report from South Dublin County Joint
    Policing Committee meeting held at 10am on Friday 18th September 2020' (web9, an Irish joint policing committee): the
    report's title, its hour before the date, names the meeting's own day; a line of the date alone is no later meeting's
    heading."""
    page = analysed_page(
        tmp_path,
        "Monday, October 12, 2020\nDraft Report from Elm County Joint Policing Committee meeting held at 10am on Friday 18th September 2020 "
        "via MS TEAMS.\nIn Attendance: (Committee Members)\nCllr Emma Murphy (Chair)\n\nThe minutes of the previous meeting were agreed.\n",
    )
    assert page.meeting_date == date(2020, 9, 18)


def test_a_report_from_an_earlier_meeting_in_prose_stays_another_meetings(tmp_path) -> None:
    page = analysed_page(
        tmp_path,
        "Minutes of the Elm Parish Council meeting held on 5 May 2020\n\nPresent: Cllr Hale (Chair)\n\n"
        "4. Highways\nCllr Hale gave a report from the highways forum meeting held on 20 April 2020.\n",
    )
    assert page.meeting_date == date(2020, 5, 5)
