"""Meeting council, body, date and doc type: forms of web11's, web12's and web13's pages (issue 11, session 36).

Seen on real pages of bodies new to every set: Alberta municipalities' templates whose letterhead lost its place with
the logo ('TOWN OF PROVINCE OF REGULAR COUNCIL MEETING MINUTES', 'SUMMER VILLAGE OF REGULAR COUNCIL MEETING'), a Texas
town's title run into its field label ('... FOR THE TOWN OF TROPHY CLUB LOCATION: 100 MUNICIPAL DRIVE'), and pages that
name their body only in the sentence saying the meeting was held ('A meeting of the above Council was held on ...', 'A
Parish Meeting was held in the Schoolroom ...', 'The last Council meeting for the year was held on ...'); public bodies' boards ('NORTHERN IRELAND FIRE & RESCUE SERVICE
BOARD'), names with 'of' inside ('Bay of Plenty'), the body under 'MINUTES OF <council>', and councils' and cabinets'
own digests of a meeting ('June Council meeting highlights', 'Post Cabinet Meeting Statement'). Invented places, the
same forms."""

from __future__ import annotations

import pytest

from tests.helpers import analysed_page

ROLL = "\n\nPresent: Mayor Hale; Councillors Noor and Ames\n\nThe meeting was called to order at 7:01 p.m.\n"


def test_a_letterhead_that_lost_its_place_is_read_past_to_the_meeting(tmp_path) -> None:
    page = analysed_page(
        tmp_path,
        "TOWN OF PROVINCE OF REGULAR COUNCIL MEETING MINUTES NOVEMBER 14, 2017\n\nPlace: Council Chambers Town of Elmhurst Administration Office" + ROLL,
    )
    assert page.council == "Town of Elmhurst"
    assert page.body == "Council"
    page = analysed_page(tmp_path, "SUMMER VILLAGE OF REGULAR COUNCIL MEETING MINUTES THURSDAY, MAY 25, 2017 ELM COVE COMMUNITY HALL" + ROLL)
    assert page.council is None
    assert page.body == "Council"


def test_a_field_label_after_the_authority_is_no_part_of_its_name(tmp_path) -> None:
    page = analysed_page(
        tmp_path,
        "MINUTES OF A REGULAR PARKS BOARD MEETING FOR THE TOWN OF ELM GROVE LOCATION: 100 MUNICIPAL DRIVE, ELM GROVE, TEXAS TUESDAY, May 14, 2013" + ROLL,
    )
    assert page.council == "Town of Elm Grove"


@pytest.mark.parametrize(
    "opening, body",
    [
        ("Minutes 02/2007\n\nA meeting of the above Council was held on 05 March 2007 in Elmwick Primary School.", "Council"),
        ("MINUTES 1930-39\n\nA Parish Meeting was held in the Schoolroom on Friday 7 February 1930 at 7pm after due notice.", "Parish Meeting"),
        ("The last Council meeting for the year was held on 9 December 2020. At this meeting Council considered the following items:", "Council"),
    ],
)
def test_the_body_named_where_the_meeting_was_held(tmp_path, opening: str, body: str) -> None:
    assert analysed_page(tmp_path, opening + "\n\nThe minutes of the last meeting were read and signed.\n").body == body


def test_a_meeting_held_by_a_body_in_lower_case_names_none(tmp_path) -> None:
    """'A site meeting was held at the hall': the words before 'meeting' name no body."""
    assert analysed_page(tmp_path, "Notes\n\nA site meeting was held at the hall on 5 May 2021.\n").body is None


def test_minutes_approved_under_the_attendance_do_not_date_the_meeting(tmp_path) -> None:
    """'Minutes of Meeting 19 November 2012' over 'Present' and 'Apologies', then 'Minutes of Meeting held 30 July 2012'
    (the earlier minutes, approved): the title's date is the meeting's."""
    page = analysed_page(
        tmp_path,
        "Elmvale Hall Society Inc.\nMinutes of Meeting 19 November 2012, 6pm, Elmvale Hall\nPresent\nAnn Hale, Bob Noor, Carl Ames\n"
        "Apologies\nDee West\nMinutes of Meeting held 30 July 2012\nMoved that these were a true and correct record (Hale/Noor) carried.\n",
    )
    assert page.meeting_date.isoformat() == "2012-11-19"


@pytest.mark.parametrize(
    "title, council",
    [
        ("NORTHERN ELMSHIRE FIRE & RESCUE SERVICE BOARD\nMinutes of the meeting held on 30 October 2012", "Northern Elmshire Fire & Rescue Service"),
        ("North Elmshire Transport Partnership Board\n\nMinutes of Meeting, 5 May 2021", "North Elmshire Transport Partnership"),
        ("Elmvale Regional Library Board\nMinutes of the Regular Meeting, May 3, 2020", "Elmvale Regional Library"),
    ],
)
def test_a_public_bodys_board_is_the_body_and_the_public_body_the_council(tmp_path, title: str, council: str) -> None:
    page = analysed_page(tmp_path, title + "\n\nPresent: Mr J Hale (Chair), Mrs A Noor\n\nThe minutes of the last meeting were approved.\n")
    assert (page.council, page.body) == (council, "Board")


def test_a_county_board_stays_the_countys_body(tmp_path) -> None:
    page = analysed_page(tmp_path, "Elm County Board\nMinutes of the Regular Meeting, May 3, 2020\n\nPresent: Ann Hale\n")
    assert (page.council, page.body) == ("Elm County", "Board")


@pytest.mark.parametrize(
    "opening",
    [
        "June Council meeting highlights\n\n1 Jul 2013\n\nCouncil has approved the visit of its waste officer to the Cook Islands.",
        "Regular Board Meeting Highlights - October 8, 2019\n\nThe Board of Trustees is pleased to share the highlights of its meeting.",
        "Council Meeting Update – 21 August 2014\n\nBelow is a brief summary of the reports and discussions from the meeting.",
        "Elm Islands Post Cabinet Meeting Statement\n\nThe Governor chaired the 13th meeting of the Cabinet on Wednesday, 17 May 2017.",
        "ELMLAND Council Communique – Meeting 440\n\n23 March, 2023\n\nThe Council met for its 440th meeting in Elmford.",
        "Summary of June Council Meeting\n\nCouncil Meeting 25 June 2020\n\nCouncil received an update from the Chief Executive.",
        "Report on Outcomes - Special Meeting 31/10/2017\n\nThe Minister met with the Board at a Special Board meeting.",
        "Decisions made at Full Council meeting – 26 February 2018\n\nThe outcomes of items considered are as follows:",
    ],
)
def test_a_bodys_digest_of_one_meetings_decisions_is_a_decision_notice(opening: str) -> None:
    from minutes_miner.doc_type import classify_document

    assert classify_document(opening + "\n\nCouncillors approved the Corporate Plan.\n") == "decision_notice"


def test_minutes_that_mention_highlights_stay_minutes() -> None:
    from minutes_miner.doc_type import classify_document

    text = "Minutes of the Elm Town Council meeting held on 5 May 2024\n\nPresent: Cllr Hale\n\n4. Council meeting highlights for the newsletter were agreed.\n"
    assert classify_document(text) == "minutes"


def test_a_notice_dated_above_the_attendance_leaves_the_title_below_its_date(tmp_path) -> None:
    page = analysed_page(
        tmp_path,
        "Elm Parish Council\nNotice issued 28 May 2021\nPresent: Cllr Hale\nApologies: Cllr Noor\n"
        "Minutes of the Meeting held on 5 June 2021 at the Village Hall\n1. Minutes\n",
    )
    assert page.meeting_date.isoformat() == "2021-06-05"


@pytest.mark.parametrize("opening", ["The Christmas Meeting was held on 5 December 2021 at the Elm Inn.", "A Residents Meeting was held on 5 December 2021."])
def test_a_meeting_named_for_its_occasion_or_its_people_names_no_body(tmp_path, opening: str) -> None:
    assert analysed_page(tmp_path, "Notes\n\n" + opening + "\n").body is None


def test_a_place_named_council_keeps_its_name() -> None:
    from minutes_miner.meeting_body import normalise_body

    assert normalise_body("City of Council Bluffs Board of Adjustment", None) is None  # as before: no body of that name is stripped to one
    assert normalise_body("Town of Committee of the Whole", None) == "Committee of the Whole"
    assert normalise_body("Town of Council Regular Meeting", None) == "Council"


@pytest.mark.parametrize(
    "title, council",
    [
        ("Elmbadoc Council Meeting Minutes Wednesday 5th June 2019", "Elmbadoc Council"),
        ("WESTERN ELMSHIRE EDUCATION AND LIBRARY BOARD", "Western Elmshire Education and Library Board"),
    ],
)
def test_a_council_named_with_no_kind_over_its_minutes_title(tmp_path, title: str, council: str) -> None:
    page = analysed_page(tmp_path, title + "\n\nPresent: Cllr. Ann Hale, Cllr. Bob Noor\n\nThe minutes of the last meeting were approved.\n")
    assert page.council == council


def test_a_youth_council_over_its_minutes_is_no_authority(tmp_path) -> None:
    page = analysed_page(tmp_path, "Youth Council Meeting Minutes 5 May 2020\n\nPresent: Ann Hale\n")
    assert page.council is None


def test_a_highlights_page_dated_when_published_dates_the_meeting_it_reports(tmp_path) -> None:
    """'June Council meeting highlights' / '1 Jul 2013' / '... for the Council meeting held Thursday 27 June 2013' (a New
    Zealand district council's page): the meeting's date, not the page's."""
    page = analysed_page(
        tmp_path,
        "June Council meeting highlights\n\n1 Jul 2013\n\nJune Council meeting highlights\n\n"
        "Here's the agenda and staff reports for the Council meeting held Thursday 27 June 2013(external link)\n\n"
        "Council has approved the waste officer's visit to the Cook Islands.\n",
    )
    assert page.doc_type == "decision_notice"
    assert page.meeting_date.isoformat() == "2013-06-27"


@pytest.mark.parametrize(
    "title, council",
    [
        ("Elmwood Bay of Plenty District Council\nMinutes of the Elm Community Board held on 26 July 2023", "Elmwood Bay of Plenty District Council"),
        ("ISLE OF ELMSEY COUNTY COUNCIL\nMinutes of the Executive held on 5 May 2020", "Isle of Elmsey County Council"),
        ("Minutes of the Members of Elmford Town Council held on 5 May 2020", "Elmford Town Council"),  # 'of' after no word of geography
    ],
)
def test_a_place_named_with_of_inside_keeps_its_whole_name(tmp_path, title: str, council: str) -> None:
    assert analysed_page(tmp_path, title + "\n\nPresent: Cllr Hale, Cllr Noor\n").council == council


def test_a_title_wrapped_before_council_and_the_body_on_the_line_below(tmp_path) -> None:
    """'MINUTES OF Western Bay of Plenty District' / 'Council' / 'Katikati Community Board Meeting No. KKC23-5' (a New
    Zealand district council's community board): the council's name rejoined, and the body the line under its title."""
    page = analysed_page(
        tmp_path,
        "26 July 2023 |\nMINUTES OF Elmwood Bay of Plenty District\nCouncil\nElmvale Community Board Meeting No. KKC23-5\n"
        "HELD IN THE Centre, 21 Main Road, Elmvale ON Wednesday, 26 July 2023 AT 7.00pm\n\nChairperson J Hale, Member N Noor\n",
    )
    assert (page.council, page.body) == ("Elmwood Bay of Plenty District Council", "Elmvale Community Board")


def test_prose_wrapped_before_council_is_not_rejoined() -> None:
    from minutes_miner.structure import rejoined_authority_names

    text = "The meeting heard that the District\nCouncil will consider the matter in June.\n"
    assert rejoined_authority_names(text) == text


@pytest.mark.parametrize(
    "opening, body",
    [("The Trustees Meeting was held on 5 May 2021.", "Board of Trustees"), ("The Annual General Meeting was held on 5 May 2021.", "Annual General Meeting")],
)
def test_a_body_of_members_or_a_general_meeting_named_where_it_was_held(tmp_path, opening: str, body: str) -> None:
    assert analysed_page(tmp_path, "Notes\n\n" + opening + "\n").body == body


@pytest.mark.parametrize(
    "title", ["Unconfirmed Council Minutes 5 May 2020", "Confirmed Council Meeting Minutes 5 May 2020", "Pupil Council Minutes 5 May 2020"]
)
def test_a_minutes_status_or_a_pupils_council_is_no_authority(tmp_path, title: str) -> None:
    assert analysed_page(tmp_path, title + "\n\nPresent: Ann Hale\n").council is None


@pytest.mark.parametrize(
    "opening",
    [
        "Parish Council Update – Spring 2024\n\nNews from the parish.",
        "Cabinet Briefing\n\nThe Minister spoke to the press.",
        "Council Update from the Mayor\n\nThe Mayor opened the new library.",
    ],
)
def test_an_update_or_a_briefing_is_no_digest_of_decisions(opening: str) -> None:
    from minutes_miner.doc_type import classify_document

    assert classify_document(opening + "\n") != "decision_notice"
