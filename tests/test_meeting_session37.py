"""Meeting council, body, date and doc type: forms of web14's pages (issue 11, session 37).

Seen on real pages of bodies new to every set: Scottish places named with 'of' after their muir, bridge or boat ('Muir
of Ord Community Council' was read as 'Ord Community Council'), and a Florida town named after a saint with the title cut
short ('The Town of Glen St. Mary held ...' was read as 'Town of Glen St'). Invented places, the same forms."""

from __future__ import annotations

import pytest

from tests.helpers import analysed_page

ROLL = "\n\nPresent: Mayor Hale; Councillors Noor and Ames\n\nThe meeting was called to order at 7:01 p.m.\n"


@pytest.mark.parametrize(
    ("title", "council"),
    [
        ("Bridge of Elm Community Council meeting minutes 10th September 2020\n\nBridge of Elm Community Council", "Bridge of Elm Community Council"),
        ("Boat of Garnet Community Council\nMinutes of the meeting held on 3 May 2022", "Boat of Garnet Community Council"),
        ("Members of Elm Town Council met on 3 May 2022 in the hall.", "Elm Town Council"),  # no place is named 'Members of Elm'
        ("Minutes of the meeting of 3 May 2022\nCllr Hill of Elm Town Council reported on the fete.", "Elm Town Council"),  # a surname
        ("Minutes of the Bridge of Elm Community Council meeting held on 3 May 2022", "Bridge of Elm Community Council"),
        ("BRIDGE OF ELM COMMUNITY COUNCIL\nMinutes of the meeting held on 3 May 2022", "Bridge of Elm Community Council"),
    ],
)
def test_a_scottish_place_named_with_of(tmp_path, title: str, council: str) -> None:
    assert analysed_page(tmp_path, title + ROLL).council == council


@pytest.mark.parametrize(
    ("title", "council"),
    [
        ("The Town of Elm St. Mary held the regular monthly meeting on Tuesday, October 20, 2015 at 7:00 P.M.", "Town of Elm St. Mary"),
        ("Minutes of the City of St. Elmo Beach Commission meeting, May 3, 2022", "City of St. Elmo Beach"),
    ],
)
def test_a_saints_place_keeps_its_name_past_the_abbreviation(tmp_path, title: str, council: str) -> None:
    assert analysed_page(tmp_path, title + ROLL).council == council


def test_a_magazine_write_up_of_a_meeting_is_no_officers_report(tmp_path) -> None:
    page = analysed_page(
        tmp_path,
        "Report for Village Magazine – 8th July 2025\n\nReport of the Parish Council Meeting 8th July 2025\n"
        "The meeting was chaired by Cllr Hale who welcomed Cllr Noor to his first meeting.\n\n"
        "Cllrs resolved to ask the Highways Group to explore a footpath between Elm Cottages and Mill Road.\n",
    )
    assert page.doc_type == "other"
    assert page.body == "Parish Council"


@pytest.mark.parametrize(
    "title",
    [
        "Report of the Director of Finance\n\nPurpose of the report",
        "Report to Cabinet, 8 July 2025\n\nSummary",
        "Report on the Council's progress in meeting its climate targets\n\nSummary",
    ],
)
def test_a_report_put_to_a_meeting_stays_a_report(tmp_path, title: str) -> None:
    page = analysed_page(tmp_path, title + "\n\nRecommendations\nThat Cabinet notes the budget position and approves the virements.\n")
    assert page.doc_type == "report"


@pytest.mark.parametrize(
    "opening",
    [
        "Elmvale County Council.  The Council met on Wednesday. Present— Crs Hale, Noor and Ames.\n",
        "Hospital Board. The ordinary meeting of the above Board was held yesterday morning, Present— Messrs W. Park (chairman), Hale.\n",
        "Elmvale town council held a special meeting last Friday, October 20th.\n",
    ],
)
def test_a_newspapers_account_of_a_meeting_is_no_minutes(tmp_path, opening: str) -> None:
    page = analysed_page(tmp_path, opening + "\nIt was resolved that the roads be graded before winter.\n")
    assert page.doc_type == "other"


@pytest.mark.parametrize(
    "opening",
    [
        "The meeting was held on Monday, 3 May 2021 at 7pm in the hall.\n",
        "The Council met on Wednesday 3 May 2021. Present: Crs Hale, Noor.\n",
        "The meeting opened at 7pm.\nMatters arising: the Clerk met the contractor last week; the litter pick held last Saturday went well.\n",
    ],
)
def test_minutes_dating_their_meeting_stay_minutes(tmp_path, opening: str) -> None:
    """And a meeting held 'last week' further down is no newspaper's account of this one."""
    page = analysed_page(tmp_path, "Elmvale Parish Council\n\n" + opening + ROLL + "\nIt was resolved that the roads be graded.\n")
    assert page.doc_type == "minutes"


def test_a_county_board_named_as_the_subject_of_the_opening_sentence(tmp_path) -> None:
    page = analysed_page(
        tmp_path,
        "MINUTES OF THE ADJOURNED MEETING\nPursuant to adjournment, the Board of County Commissioners of Elm Lake County Minnesota "
        "met at 9:30 a.m., Tuesday, June 9, 1981, all members present.\n",
    )
    assert page.council == "Elm Lake County"
    page = analysed_page(
        tmp_path, "Minutes of the meeting of June 9, 1981\nThe Clerk wrote to the Board of County Commissioners of Elm County about the road.\n"
    )
    assert page.council != "Elm County"


@pytest.mark.parametrize(
    ("head", "day"),
    [
        (
            "March 9, 2020\nThe meeting was called to order at 9:00 by Commissioner Hale. Commissioner Noor submitted a letter on Friday March 6, 2020.\n",
            "2020-03-09",
        ),
        (
            "July 11th, 2023, 7:00 PM\n\n\nMember’s Present: R Hale, M Noor\n\nMinutes were approved. June’s board meeting was held on June 6th 2023, not June 7th.\n",
            "2023-07-11",
        ),
    ],
)
def test_a_date_alone_over_the_meeting_opening_dates_it(tmp_path, head: str, day: str) -> None:
    page = analysed_page(tmp_path, head + "\nIt was resolved to grade the roads.\n")
    assert str(page.meeting_date) == day


@pytest.mark.parametrize(
    "second_line",
    ["Dear Councillor,\nYou are summoned to attend", "You are hereby summoned to be present at"],
)
def test_a_letters_date_over_its_salutation_is_not_the_meetings(tmp_path, second_line: str) -> None:
    page = analysed_page(tmp_path, f"2 April 2025\n{second_line} a meeting of the Elm Parish Council to be held on Wednesday, 9 April 2025.\n")
    assert str(page.meeting_date) == "2025-04-09"
