"""Meeting dates: forms of web16's pages (issue 11, session 39), web16 being the set kept untouched through session 38.

Seen on real pages of bodies new to every set: a St Helena planning authority's title whose text layer glued the weekday,
its comma, the day and the month together ('... AUTHORITYMEETING held on WEDNESDay,3JUNE 2015, at 9am'), and a Labrador
town's minutes whose PDF set the ordinal apart from the day ('July 10 th, 2018'): no date was read from either. Invented
places, the same forms."""

from __future__ import annotations

from datetime import date

import pytest

from minutes_miner.dates import DATE_RE, column_label_date, parse_date_match
from tests.helpers import analysed_page


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "Minutes of THE land development control AUTHORITYMEETING held on WEDNESDay,3JUNE 2015, at 9am at THE LEARNING CENTRE\n"
            "Present / Mr Ron Bell / Chairman\nMrs Ann Hale / Member\n"
            "The Chairman welcomed all present.\nMinutes of the meeting held on 6May 2015 were circulated, confirmed and signed.\n",
            date(2015, 6, 3),
        ),
        (
            "COUNCIL MEETING MINUTES. July 10 th, pm\n\nIn Attendance: Ann Hale, Mayor; Councillor Tom Bell\n\n"
            "1. Call Meeting to Order 1.1. Adoption of Agenda Be it resolved the agenda for meeting of July 10 th, 2018 be adopted as presented.\n",
            date(2018, 7, 10),
        ),
    ],
    ids=["day glued to its weekday's comma", "ordinal set apart from its day"],
)
def test_a_date_whose_text_layer_moved_its_spaces_dates_the_meeting(tmp_path, text: str, when: date) -> None:
    assert analysed_page(tmp_path, text).meeting_date == when


@pytest.mark.parametrize("text", ["items 1,3 June 2015 were deferred", "May 10 the council 2018"])
def test_a_figure_before_a_comma_and_a_word_after_a_day_are_no_dates(text: str) -> None:
    found = DATE_RE.search(text)
    assert found is None or parse_date_match(found) is None


def test_a_title_whose_words_a_pdf_ran_together_names_its_council(tmp_path) -> None:
    text = (
        "Elmbank Community CouncilMinutes12 -03 - 18AttendanceA. Kerr, T. Bell, I. Ross\n\nApologies: S. Day\n\n1. Minutes of the last meeting were approved.\n"
    )
    page = analysed_page(tmp_path, text)
    assert (page.council, page.body) == ("Elmbank Community Council", "Elmbank Community Council")


def test_a_municipal_title_run_into_its_date_gives_the_council_its_body(tmp_path) -> None:
    text = (
        "Municipality of the District of ElmbankMunicipal Council MinutesNovember 22, 2010Elm Cove, Nova Scotia1Call to OrderThe Council "
        "meeting was called to order with Warden Kerr in the chair at 6:00 p.m.\n"
    )
    page = analysed_page(tmp_path, text)
    assert (page.body, page.meeting_date) == ("Council", date(2010, 11, 22))


def test_a_name_with_a_capital_inside_it_is_not_parted(tmp_path) -> None:
    text = "Minutes of the meeting of DeMarch Parish Council held on 3 March 2021\n\nPresent: Cllr Kerr, Cllr Bell\n"
    assert analysed_page(tmp_path, text).council == "DeMarch Parish Council"


def test_a_date_label_in_the_middle_of_a_column_of_labels_reads_the_value_at_its_place(tmp_path) -> None:
    text = (
        "MINUTES OF AN ORDINARY MEETING OF THE ELMSTEAD DISTRICT COUNCIL\n\nMINUTES OF COUNCIL MEETING\n"
        "File Reference:\nMeeting Date:\nVenue:\nMembers Present:\n"
        "ECM 7382683\nTuesday 4 April 2017 at 4.30pm\nCivic Centre, Main Street, Elmstead.\nMayor Ann Kerr, Councillors Tom Bell and Ian Ross\n"
    )
    assert analysed_page(tmp_path, text).meeting_date == date(2017, 4, 4)


def test_a_heading_that_reads_like_a_label_above_the_column_leaves_the_date_first() -> None:
    text = "Elmstead Parish Council\n\nMeeting details:\nDate:\nTime:\nVenue:\n12 March 2020\n7.00pm\nVillage Hall\n\n1. Apologies\nNone.\n"
    assert column_label_date(text) == date(2020, 3, 12)
