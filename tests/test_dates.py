"""The meeting's date in the forms real minutes pages print it, with invented councils, people and figures:
a Canadian year-first date run into a page's one line, a page number printed above the title, a title
cut short of its year whose year the page names elsewhere, a minute book's or a register's period, and a
US meeting named by its date before 'was called to order'. And the near misses: a period's bounds, a
next meeting, earlier minutes, a weekday that fits no year or more than one."""

from __future__ import annotations

from datetime import date

import pytest

from minutes_miner.meeting import find_meeting_date


def _date(text: str, doc_type: str = "minutes") -> date | None:
    return find_meeting_date(text, doc_type=doc_type)


def test_a_year_first_date_with_spaces_closing_a_run_together_title() -> None:
    text = (
        "17\nMINUTES OF THE REGULAR COUNCIL MEETING OF ASHCROFT COUNTY, HELD IN THE COUNTY OFFICE, COUNCIL CHAMBERS IN MILLBROOK "
        "ON TUESDAY, 2009 03 17 CALL TO ORDER Reeve J. Harlan called the meeting to order at 9:00 am. PRESENT J. Harlan, Reeve "
        "T. Osei, Councillor ADOPTION OF AGENDA 211/09 Moved by T. Osei to approve the agenda. Adoption of Minutes March 3, 2009 "
        "Regular Meeting CARRIED\n"
    )
    assert _date(text) == date(2009, 3, 17)


def test_a_page_number_above_a_long_title_line_does_not_make_the_title_prose() -> None:
    text = (
        "41\nMINUTES OF THE SPECIAL MEETING OF COUNCIL OF THE RURAL MUNICIPALITY OF WILLOWDALE NO. 212 HELD AT 77 PRAIRIE ROAD, "
        "ASHBURN, SASKATCHEWAN THURSDAY MARCH 19 2009 Present Dana Kowal Reeve and Council Lee Marsh Administrator Reeve Dana "
        "Kowal called the meeting to order at 10:30 am\n"
    )
    assert _date(text) == date(2009, 3, 19)


def test_a_yearless_title_takes_the_one_year_the_page_names_that_fits_its_weekday() -> None:
    text = (
        "Elmbury Neighbourhood Plan Steering Group Minutes Thursday 14 July\n\n"
        "Open as a PDF document: steering-group-minutes-july-2016\n\nPresent: Ann Vale (AV)\n\nIntroduction: AV welcomed all.\n"
    )
    assert _date(text) == date(2016, 7, 14)


def test_a_yearless_title_gets_no_date_when_two_named_years_fit_its_weekday() -> None:
    # 14 July was a Thursday in 2011 and in 2016: no guess
    text = "Elmbury Steering Group Minutes Thursday 14 July\n\nPresent: Ann Vale\n\nThe plans of 2011 and of 2016 were compared.\n"
    assert _date(text) is None


def test_a_yearless_next_meeting_under_its_label_is_not_the_meeting_date() -> None:
    text = "ELMBURY PARISH COUNCIL\nDate of next meeting:\nThursday 14 July\n\nPresent: Ann Vale\n\nThe 2016 precept was noted.\n"
    assert _date(text) is None


def test_a_next_meeting_under_its_label_with_its_year_is_not_the_meeting_date() -> None:
    text = "ELMBURY PARISH COUNCIL\nDate of next meeting:\nThursday 14 July 2016\n\nPresent: Ann Vale\n"
    assert _date(text) is None


def test_a_minute_books_period_is_not_a_meeting_date_its_first_meeting_is() -> None:
    text = (
        "CWMBRYN COMMUNITY COUNCIL\n\nMinutes of meetings held from 1st April 2018 to 31st March 2019\n\n"
        "Date Meeting Type Page\n\n10th May 2018 Annual Meeting 2\n\n"
        "10th May 2018 at 7pm Cwmbryn Village Hall\n\nPresent : Gwen Rhys, Huw Parry\n\n1. Welcome by the Chairman.\n"
    )
    assert _date(text) == date(2018, 5, 10)


@pytest.mark.parametrize(
    "text",
    [
        "LOWVELD HILLS LOCAL MUNICIPALITY COUNCIL RESOLUTION REGISTER FIRST QUARTER 2018/19\n\nPERIOD 01 JULY 2018 TO 30 SEPTEMBER 2018\n\n"
        "Agenda item Description Resolution Responsibility Status\n",
        "ELMBURY TOWN COUNCIL\nACTIONS REGISTER\nfor the period 1 April 2018 until 30 June 2018\n\nItem Action Owner\n",
    ],
)
def test_a_registers_period_gives_no_meeting_date(text: str) -> None:
    assert _date(text, "other") is None


def test_a_meeting_named_by_its_date_before_it_was_called_to_order() -> None:
    text = (
        "WEST ELM TOWNSHIP\nBOARD OF SUPERVISORS\n\nATTENDANCE:\nBOARD\nRuth Alder, Chair\nSam Ortiz, Vice-Chair\nSTAFF\nKim Lowe, Township Manager\n\n"
        "1. CALL TO ORDER The February 4, 2019 Board of Supervisors Regular Meeting was called to order by Chair Ruth Alder at 7:02PM. "
        "2. APPROVAL OF MINUTES Mr. Ortiz moved to approve the minutes of the January 7, 2019 meeting.\n"
    )
    assert _date(text) == date(2019, 2, 4)


def test_earlier_minutes_named_by_their_date_are_not_the_meeting_date() -> None:
    text = "ROLL CALL Ruth Alder, Sam Ortiz\nThe January 7, 2019 meeting minutes were approved as read.\nThe meeting was called to order at 7:02PM.\n"
    assert _date(text) is None


def test_a_yearless_title_takes_its_year_from_the_footer_of_a_long_paper() -> None:
    business = "".join(f"{n}. The committee noted the report on footpath number {n} and asked for a survey.\n" for n in range(1, 400))
    text = "Elmbury Parish Council\nMinutes of the meeting held on Thursday 14 July\n\nPresent: Ann Vale\n\n" + business + "\nElmbury Minutes July 2016\n"
    assert len(text) > 20_000
    assert _date(text) == date(2016, 7, 14)


def test_a_meeting_sitting_two_days_in_a_row_is_dated_by_its_first() -> None:
    text = "ELMBURY DISTRICT COUNCIL\nMinutes of the Budget Council held from Tuesday 4 March 2025 to Wednesday 5 March 2025\n\nPresent: Ann Vale\n"
    assert _date(text) == date(2025, 3, 4)


def test_an_earlier_sitting_of_two_days_whose_minutes_were_approved_is_not_the_meeting_date() -> None:
    text = "ELMBURY DISTRICT COUNCIL\nMINUTES\n\nPresent: Ann Vale\n\nThe minutes of the meeting held from 4 March 2025 to 5 March 2025 were approved.\n"
    assert _date(text) is None


def test_minutes_title_over_its_present_list_under_an_agenda_printed_first() -> None:
    text = (
        "Parish Council Meeting\nOnline meeting\nAgenda\n- Apologies\n- Declarations of interest\n- Annual Audit\n- Bank Reconciliation\n"
        "Date of next Meetings: Monday 14th September; Tuesday 8th December\nMinutes\n"
        "Minutes of the Parish Council Meeting held on Monday 10th August 2020;\nthis was an online meeting.\n"
        "Present: Cllrs Hale and Moss, Cllr Mrs Penn\nMiss R Dyer (Parish Clerk)\n1 Apologies\nThere were no apologies.\n"
    )
    assert _date(text) == date(2020, 8, 10)


def test_an_item_approving_earlier_minutes_under_an_agenda_is_not_the_meeting_date() -> None:
    text = (
        "Parish Council Meeting\nAgenda\n- Apologies\n- Declarations of interest\n- Annual Audit\n- Bank Reconciliation\n- Planning\n- Finance\n"
        "Minutes of the Parish Council Meeting held on Monday 13th July 2020 were approved and signed.\n"
        "The Clerk reported the balance of the current account.\n"
    )
    assert _date(text) is None
