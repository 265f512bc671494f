"""The meeting's own date in four families that unseen councils print and the rules missed,
each in several national styles, with the near misses that must keep their answer:

- a title's date without a year followed by the time ('held on Tuesday the twentieth of May,
  7pm'): the year is still the one whose weekday fits;
- a summons letter's own 'Date:' field (beside 'Contact:' and 'Tel:') above the sentence that
  calls the meeting 'to be held ... on Wednesday 9 April': the letter's date is not the meeting's;
- a bilingual date whose day is followed by the month in two languages ('9 Rhagfyr / December
  2025', '14 Eanáir / January 2025');
- US month-first papers whose only unambiguous numeric dates have no year ('Send notices - Deb
  - 4/15').

Answers decided from ANNOTATION.md before the extractor was run. Invented text, no real council's."""

from __future__ import annotations

from datetime import date

import pytest

from minutes_miner.meeting import classify_document, find_council, find_meeting_date


def _date(text: str, url: str | None = None) -> date | None:
    doc_type = classify_document(text)
    council, _ = find_council({"url": url} if url else {}, text, doc_type)
    return find_meeting_date(text, url, council, doc_type)


# --- a yearless title date followed by the meeting's time ---------------------------------

YEARLESS_WITH_TIME = [
    (  # an English annual parish meeting, its ordinal day in words, the year only in the heading
        "Elmcote Annual Parish Meeting - 2025\n\nNotes of the Annual Parish Meeting of the electors of Elmcote, held at the Village Hall\n"
        "on Tuesday the twentieth of May, 7pm, before the annual meeting of the Parish Council.\n\nChair: Cllr P Hale\n"
        "1. Notes of the 2024 meeting were agreed.\n",
        date(2025, 5, 20),
    ),
    (  # a Scottish community council, the time after a comma in the 24-hour clock
        "Glenbrae Community Council\nMinute of the meeting held in the Hall on Wednesday 5 November, 19:00\nPresent: A Reid (Chair), B Muir\n"
        "1. The minute of 1 October 2025 was approved.\n",
        date(2025, 11, 5),
    ),
    (  # a New Zealand residents' board, '7.30pm' after the date
        "Ruatane Community Board\nMinutes of the meeting held on Monday 3rd March, 7.30pm, at the Ruatane Hall\nPresent: Member Ngata (Chair)\n"
        "Financial year 2025 budget noted.\n",
        date(2025, 3, 3),
    ),
]


@pytest.mark.parametrize("text, expected", YEARLESS_WITH_TIME)
def test_a_yearless_title_date_followed_by_the_time_takes_the_year_whose_weekday_fits(text, expected):
    assert _date(text) == expected


def test_a_yearless_title_date_before_a_time_whose_weekday_fits_no_year_stays_undated():
    """Near miss: 5 November 2025 is a Wednesday; printed as a Saturday, no year nearby fits."""
    text = (
        "Glenbrae Community Council\nMinute of the meeting held on Saturday 5 November, 19:00\nPresent: A Reid\n1. The minute of 1 October 2025 was approved.\n"
    )
    assert _date(text) is None


def test_a_yearless_date_followed_by_a_day_number_is_still_no_title_date():
    """Near miss: 'Monday 3 March 12' is no time; a bare number after the month does not become the hour."""
    text = "Ruatane Community Board\nMinutes of the meeting held on Monday 3 March 12\nPresent: Member Ngata\nFinancial year 2025.\n"
    assert _date(text) != date(2025, 3, 3)


# --- a summons letter's own date against the date of the meeting it calls ------------------

SUMMONS_UNDER_LETTER_DATE = [
    (  # an English district council's pack: the letter's 'Date:' beside 'To:' and 'Contact:'
        "Public Document Pack\n\nWESTMERE DISTRICT COUNCIL\nCouncil Offices, Mill Lane, Westmere WM1 2AB\n\n"
        "To: All Members of the Cabinet               Date: 2 April 2025\n                                             Contact: J Everard\n"
        "                                             Tel: 01632 960111\n\nDear Councillor,\n\n"
        "You are summoned to attend a meeting of the CABINET to be held in the Council Chamber\non WEDNESDAY, 9 APRIL 2025 at 2.00 p.m. "
        "for the transaction of the following business.\n\nAGENDA\n1. Apologies for absence\n2. Minutes of the meeting held on 12 March 2025\n",
        date(2025, 4, 9),
    ),
    (  # an Irish county council's notice: 'Date:' and 'Our Ref:' over the notice of the meeting
        "CNOC UAINE COUNTY COUNCIL\nÁras an Chontae, Cnoc Uaine\n\nOur Ref: MS/04/25\nDate: 28th March 2025\n\nTo: Each Member of the Council\n\n"
        "Notice is hereby given that the Ordinary Meeting of Cnoc Uaine County Council will be held in the Council Chamber on Monday, "
        "14th April 2025 at 3.00 p.m.\n\nCLÁR / AGENDA\n1. Confirmation of Minutes of 10th March 2025\n",
        date(2025, 4, 14),
    ),
    (  # a Welsh town council: the clerk's 'Dated:' line above the summons
        "CYNGOR TREF LLANFEDW TOWN COUNCIL\nDated: 3rd March 2025\nContact: The Town Clerk\n\n"
        "Members, you are hereby requested to attend the meeting of the Planning Committee to be held at the Town Hall on Monday 10th March 2025 at 6.30pm.\n\n"
        "AGENDA\n1. Apologies\n",
        date(2025, 3, 10),
    ),
]


@pytest.mark.parametrize("text, expected", SUMMONS_UNDER_LETTER_DATE)
def test_a_summons_gives_its_meetings_date_not_the_letters(text, expected):
    assert _date(text) == expected


def test_a_front_pages_meeting_date_field_is_kept_when_the_summons_names_no_date():
    """Near miss: 'Date:' is the meeting's own field ('Meeting / Date / Time / Venue'); the summons calls 'the above meeting'."""
    text = (
        "WESTMERE DISTRICT COUNCIL\nMeeting: Cabinet\nDate: Wednesday 9 April 2025\nTime: 2.00 pm\nVenue: Council Chamber\nContact: J Everard\n\n"
        "You are summoned to attend the above meeting for the transaction of the following business.\n\nAGENDA\n1. Apologies\n"
    )
    assert _date(text) == date(2025, 4, 9)


def test_minutes_carried_under_a_later_summons_are_still_the_minutes_meeting():
    """Near miss: minutes printed under a covering letter keep their own meeting's date (the summons is not theirs)."""
    text = (
        "Westmere District Council\nDate: 2 April 2025\nContact: J Everard\n\n"
        "MINUTES of the meeting of the Cabinet held on 12 March 2025\nPRESENT: Councillor A Hale (Chair), Councillors B Noor, C Lee\n"
        "1. Apologies for absence were received from Councillor Page.\n2. RESOLVED that the report be noted.\n"
    )
    assert _date(text) == date(2025, 3, 12)


# --- a bilingual month ----------------------------------------------------------------------

BILINGUAL_MONTHS = [
    (  # a Welsh community council: the Welsh month, a slash, the English month
        "CYNGOR CYMUNED CWMLLAN COMMUNITY COUNCIL\nCofnodion / Minutes - Cyfarfod Misol / Monthly Meeting\nFestri Bethel, 9 Rhagfyr / December 2025, 7.00yh/pm\n\n"
        "Presennol / Present: Cyng/Cllrs Meinir Jones (Cadeirydd/Chair), Huw Watkins\n110. Cofnodion / Minutes 11/11/25 - cywir / correct. Signed.\n",
        date(2025, 12, 9),
    ),
    (  # an Irish municipal district, the Irish month first
        "Comhairle Contae Chnoc Uaine / Cnoc Uaine County Council\nMinutes of the Meeting of the Municipal District of Abhainn Mhór\n"
        "Dé Máirt 14 Eanáir / January 2025 at 10.00 a.m.\nI Láthair / Present: Cllr A Ó Briain\n1. Minutes of 10 December 2024 were confirmed.\n",
        date(2025, 1, 14),
    ),
    (  # a Welsh town council's title sentence
        "Cyngor Tref Llanfedw Town Council\nCofnodion cyfarfod a gynhaliwyd / Minutes of the meeting held on 3 Mawrth / March 2025\nPresennol / Present: Cyng A Jones\n",
        date(2025, 3, 3),
    ),
]


@pytest.mark.parametrize("text, expected", BILINGUAL_MONTHS)
def test_a_day_before_a_month_in_two_languages_is_the_meetings_date(text, expected):
    assert _date(text) == expected


def test_a_slash_between_two_english_words_after_a_day_is_no_bilingual_month():
    """Near miss: '9 Members / December 2025' is no date of 9 December (only a month in another language may stand before the slash)."""
    text = "Elmcote Parish Council\nMinutes of the meeting held on 2 December 2025\nPresent: 9 Members / December 2025 report\n"
    assert _date(text) == date(2025, 12, 2)


# --- US papers whose only unambiguous numeric dates have no year ----------------------------

US_YEARLESS_NUMERIC = [
    (  # an Idaho water district: '4/9/2025' in the title, '4/15' in its action table
        "CINDERBROOK WATER & SEWER DISTRICT\nBoard of Directors\nMinutes - Regular Meeting                         4/9/2025\n"
        "Directors: A Holm (Pres.), B Ek - present.\nHolm called to order 7:02 pm.\nMinutes 3/12/25 - Ek moved approve. Passed 2-0.\n"
        "ACTION ITEMS\nSend 10-day shutoff notices            Deb          4/15\nSludge RFP draft                       Marty        5/14\n",
        date(2025, 4, 9),
    ),
    (  # a township board: 'bids due 3/21' in the business
        "ELM RIDGE TOWNSHIP BOARD\nRegular Meeting Minutes 3/4/2025\nSupervisor Lane called the meeting to order at 7:00 pm.\n"
        "1. Road grading bids are due 3/21 and will be opened at the 4/1 meeting.\n",
        date(2025, 3, 4),
    ),
    (  # a library district, the yearless dates in a calendar list
        "Larkspur Public Library District\nBoard of Trustees - Minutes 5/6/2025\nPresident Ortiz called the meeting to order at 6:30 pm.\n"
        "Upcoming: book sale 5/17-5/18; Summer reading kickoff 6/14.\n",
        date(2025, 5, 6),
    ),
]


@pytest.mark.parametrize("text, expected", US_YEARLESS_NUMERIC)
def test_yearless_numeric_dates_decide_month_first_papers(text, expected):
    assert _date(text) == expected


YEARLESS_NEAR_MISSES = [
    (  # a UK parish whose yearless dates put the day first ('by 30/4')
        "Elmcote Parish Council\nMinutes of the meeting held 4/9/2025\nPresent: Cllrs A Hale, B Noor\n1. Clerk to order the bench by 30/4.\n",
        date(2025, 9, 4),
    ),
    (  # '24/7' cover and a three-quarters majority decide nothing: no order, day first as before
        "Elmcote Parish Council\nMinutes of the meeting held 4/9/2025\nPresent: Cllrs A Hale, B Noor\n1. CCTV now records 24/7; a 3/4 majority agreed.\n",
        date(2025, 9, 4),
    ),
    (  # a planning reference is no date
        "Elmcote Parish Council\nMinutes of the meeting held 4/9/2025\nPresent: Cllrs A Hale\n1. Application C25/0917 and KD/25/04 - no objection.\n",
        date(2025, 9, 4),
    ),
]


@pytest.mark.parametrize("text, expected", YEARLESS_NEAR_MISSES)
def test_yearless_numbers_that_are_no_dates_or_day_first_keep_day_first(text, expected):
    assert _date(text) == expected


# --- an ordinal day in words straight before the month, no 'of' -----------------------------

ORDINAL_WITHOUT_OF = [
    ("on Tuesday, seventh October, two thousand and twenty-five at 7.00 pm", "on Tuesday, 7th October, 2025 at 7.00 pm"),
    ("held on Thursday twenty-first March 2024", "held on Thursday 21st March 2024"),
    ("Minutes of the meeting held on the third June, 2025", "Minutes of the meeting held on the 3rd June, 2025"),
    # near misses: an ordinal before a month that is no day of it stays as written
    ("the second March deadline was missed", "the second March deadline was missed"),
    ("ranked first May 2024 in the county table", "ranked first May 2024 in the county table"),
]


@pytest.mark.parametrize("words, figures", ORDINAL_WITHOUT_OF)
def test_an_ordinal_day_before_the_month_after_a_weekday_or_on_the_is_read_in_figures(words: str, figures: str) -> None:
    from minutes_miner.worded_dates import with_worded_dates

    assert with_worded_dates(words) == figures


def test_a_northern_irish_title_with_its_date_all_in_words():
    text = (
        "ENVIRONMENTAL SERVICES COMMITTEE\n\nMinutes of proceedings of the Meeting of the Environmental Services Committee of\n"
        "Elmvale and Mourne District Council held in the Council Chamber, Lakeside Offices,\nElmvale on Tuesday, seventh October, two thousand and twenty-five at 7.00 pm.\n\n"
        "In the Chair:       Councillor C. Hale\nMembers Present:    Alderman D. Noor\n\nES/117/2025 APOLOGIES\nApologies were received from Councillor Page.\n"
    )
    assert _date(text) == date(2025, 10, 7)
