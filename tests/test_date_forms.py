"""An audit of the ways a meeting's date is written, as a class: every order (day-month-year, month-day-year,
year-month-day), separators (space, comma, slash, dot, hyphen, none), ordinals, abbreviations, a weekday
before it, 'the 22nd day of', two-figure years, a time glued on, a year wrapped to the next line, and the
month and weekday names of Welsh, Irish, French (Canadian), Afrikaans and Dutch councils. Each form is
read in a 'held on' sentence, alone under a title, and closing a title line, and must give the same day
(Tuesday 22 July 2008). Invented councils; forms, not any page's text."""

from __future__ import annotations

from datetime import date

import pytest

from minutes_miner.dates import find_date_in_name
from minutes_miner.meeting import find_meeting_date

MEETING_DAY = date(2008, 7, 22)  # a Tuesday

FORMS = [
    # day, month in words, year
    "22 July 2008",
    "22nd July 2008",
    "22ND JULY 2008",
    "22nd. July 2008",
    "22 Jul 2008",
    "22 Jul. 2008",
    "22-July-2008",
    "22 July, 2008",
    "22nd July, 2008",
    "22 July '08",
    # month in words, day, year
    "July 22, 2008",
    "July 22nd, 2008",
    "Jul. 22, 2008",
    "July 22 2008",
    "JULY 22, 2008",
    "July-22-2008",
    "Jul-22-2008",
    # year, month in words, day
    "2008 July 22",
    "2008, July 22",
    # a weekday before it, or after it in brackets
    "Tuesday 22 July 2008",
    "Tuesday, 22 July 2008",
    "Tuesday, July 22, 2008",
    "Tues. 22 July 2008",
    "Tue 22 Jul 2008",
    "22 July 2008 (Tuesday)",
    "Tuesday the 22nd of July 2008",
    # the deed's form
    "the 22nd day of July 2008",
    "the 22nd day of July, 2008",
    "22nd day of July, A.D. 2008",
    "22nd day of July in the year 2008",
    # figures, day first (a UK council's order)
    "22/07/2008",
    "22.07.2008",
    "22-07-2008",
    "22/7/2008",
    "22.7.2008",
    "22/07/08",
    "22.07.08",
    "22-07-08",
    "22-Jul-08",
    "22 Jul 08",
    "22 July 08",
    "Tuesday 22nd July '08",
    "22/7/08",
    # figures, year first, with any separator or none
    "2008-07-22",
    "2008/07/22",
    "2008.07.22",
    "2008 07 22",
    "20080722",
    "2008-07-22T19:00",
    # a time glued on, before or after
    "22 July 2008 7.30pm",
    "22 July 2008 at 7.30 p.m.",
    "7:00 p.m. July 22, 2008",
    "7.30pm, Tuesday 22 July 2008",
    "July 22, 2008 at 7:00 PM",
    "22nd July 2008 commencing at 7pm",
    # the year wrapped to the next line
    "22 July\n2008",
    "Tuesday 22 July\n2008",
    "July 22,\n2008",
    # Welsh
    "22 Gorffennaf 2008",
    "Dydd Mawrth 22 Gorffennaf 2008",
    "Dydd Mawrth, 22 Gorffennaf 2008",
    "22ain Gorffennaf 2008",
    "22 Gorff 2008",
    "Dydd Mawrth 22ain o Orffennaf 2008",
    # Irish
    "22 Iúil 2008",
    "Dé Máirt 22 Iúil 2008",
    # French (Canada)
    "le 22 juillet 2008",
    "mardi 22 juillet 2008",
    "mardi, le 22 juillet 2008",
    "22 juil. 2008",
    # Afrikaans and Dutch
    "22 Julie 2008",
    "Dinsdag 22 Julie 2008",
    "22 juli 2008",
    "dinsdag 22 juli 2008",
]

PRESENT = "\n\nPresent: Cllr A Penhallow, Cllr B Trevose\n\n1. Apologies\nNone received.\n"
CONTEXTS = {
    "held on": "Minutes of the meeting of Elmford Parish Council held on {date} in the Village Hall" + PRESENT,
    "under the title": "ELMFORD TOWN COUNCIL\nPLANNING COMMITTEE\nMINUTES\n{date}" + PRESENT,
    "closing the title": "Minutes of the Finance Committee – {date}" + PRESENT,
}


@pytest.mark.parametrize("context", CONTEXTS, ids=list(CONTEXTS))
@pytest.mark.parametrize("form", FORMS)
def test_each_form_is_read_as_the_meeting_date(form: str, context: str) -> None:
    assert find_meeting_date(CONTEXTS[context].format(date=form), doc_type="minutes") == MEETING_DAY


# Welsh 'Mawrth' is both March and Tuesday: after 'Dydd' it is the weekday, after a day's figures the month.
def test_welsh_mawrth_is_the_weekday_after_dydd_and_the_month_after_a_day() -> None:
    text = "Cofnodion cyfarfod Cyngor Cymuned Llanelwy a gynhaliwyd Dydd Mawrth 11 Mawrth 2008" + PRESENT
    assert find_meeting_date(text, doc_type="minutes") == date(2008, 3, 11)


@pytest.mark.parametrize("name", ["council_minutes_20080722.pdf", "2008-07-22_Planning_Minutes.pdf", "minutes_22_July_2008.docx"])
def test_a_file_name_gives_the_date_in_its_forms(name: str) -> None:
    assert find_date_in_name(name) == MEETING_DAY


# Near misses: the same new forms where they are not the meeting's date.
NOT_THE_MEETING = [
    "ELMFORD TOWN COUNCIL\nMINUTES\nDate of next meeting: Dydd Mawrth 12 Awst 2008" + PRESENT,
    "ELMFORD TOWN COUNCIL\nMINUTES\nDate of next meeting: 2008 08 12" + PRESENT,
    "ELMFORD TOWN COUNCIL\nMINUTES\nThe next meeting will be held on 2008 August 12" + PRESENT,
    "ELMFORD TOWN COUNCIL\nMINUTES\nTo approve the minutes of the meeting held on 24 Mehefin 2008" + PRESENT,
    "Planning application 20080722 was considered.\n\nELMFORD TOWN COUNCIL\nMINUTES" + PRESENT,
    "ELMFORD TOWN COUNCIL\nMINUTES\nBudget figures 22 Mai for the hall\n2008 07 22 15 40 11" + PRESENT,
]


@pytest.mark.parametrize("text", NOT_THE_MEETING)
def test_other_dates_in_the_new_forms_are_not_the_meeting_date(text: str) -> None:
    assert find_meeting_date(text, doc_type="minutes") is None


def test_a_publication_date_in_a_new_form_does_not_beat_the_meeting_date() -> None:
    text = "ELMFORD TOWN COUNCIL\nPrinted on 2008 07 30\nMinutes of the meeting held on 22 Gorffennaf 2008" + PRESENT
    assert find_meeting_date(text, doc_type="minutes") == MEETING_DAY


def test_a_next_meeting_in_another_language_does_not_beat_the_meeting_date() -> None:
    text = "ELMFORD TOWN COUNCIL\nMinutes of the meeting held on 22 juillet 2008\nDate of next meeting: mardi 12 août 2008" + PRESENT
    assert find_meeting_date(text, doc_type="minutes") == MEETING_DAY


# A document site's file name as the page's title, its run-together date first ('20180301 - CDF&R Business Meeting Minutes'):
# the meeting's date; a run-together number opening a line that is no title of minutes is not.
def test_a_run_together_date_opening_the_title_is_the_meeting_date() -> None:
    text = "20080722 - Elmford Fire District Business Meeting Minutes\n\nMeeting called to order at 18:05." + PRESENT
    assert find_meeting_date(text, doc_type="minutes") == MEETING_DAY


def test_a_run_together_number_opening_another_line_is_no_date() -> None:
    text = "ELMFORD TOWN COUNCIL\n20080722 planning application for a rear extension was noted\n" + PRESENT
    assert find_meeting_date(text, doc_type="minutes") is None


# A news digest's title sentence gives the month and day only; the year is the one nearest the first full date below it.
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Village of Elm Board of Trustees met July 22.\n\n1. Minutes of June 10, 2008 Regular Board Meeting were approved.\n", MEETING_DAY),
        ("Elm Housing Authority Board of Commissioners met January 10.\n\nMotion to adopt the December 13, 2018 minutes.\n", date(2019, 1, 10)),
        ("Elm Township Board met on Tuesday, July 22.\n\nThe next meeting will be August 19, 2008.\n", MEETING_DAY),
    ],
)
def test_a_digest_title_sentence_takes_its_year_from_the_nearest_full_date(text: str, day: date) -> None:
    assert find_meeting_date(text, doc_type="minutes") == day


def test_a_digest_title_sentence_with_no_full_date_below_gives_no_date() -> None:
    assert find_meeting_date("Village of Elm Board of Trustees met July 22.\n\nTrustees present: Ames, Bell.\n", doc_type="minutes") is None
