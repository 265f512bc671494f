"""Meeting council and body: forms of the web sets' pages (issue 11, session 38).

Seen on real pages of bodies new to every set: an Alberta summer village's title in capitals wrapped after its 'OF'
('MINUTES OF THE REGULAR MEETING OF THE COUNCIL OF THE SUMMER VILLAGE OF' / 'GHOST LAKE HELD ON ...': neither council
nor body was read), and digests titled by what they report ('Decisions made at Full Council meeting – 26 February 2018',
an English district; 'Key outcomes from Ordinary Council meeting 30 October 2024', a New Zealand district: no body was
read). Invented places, the same forms."""

from __future__ import annotations

import pytest

from tests.helpers import analysed_page

ROLL = "\n\nPresent: Mayor Hale; Councillors Noor and Ames\n\nThe meeting was called to order at 7:01 p.m.\n"


def test_a_capitals_title_wrapped_after_the_authoritys_of(tmp_path) -> None:
    title = "MINUTES OF THE REGULAR MEETING OF THE COUNCIL OF THE SUMMER VILLAGE OF\nELM LAKE HELD ON WEDNESDAY, OCTOBER 22, 2008 AT 7:00 P.M."
    page = analysed_page(tmp_path, title + ROLL)
    assert (page.council, page.body) == ("Summer Village of Elm Lake", "Council")


@pytest.mark.parametrize(
    "title",
    [
        "Decisions made at Full Council meeting – 26 February 2018\n\nThe outcomes of items considered at Elmshire District Council's meeting are as follows:",
        "Key outcomes from Ordinary Council meeting 30 October 2024\nYou can watch the recording of the meeting on Council's YouTube channel.",
    ],
)
def test_a_digest_titled_by_the_meeting_it_reports(tmp_path, title: str) -> None:
    assert analysed_page(tmp_path, title + "\n\nCouncillors approved the Corporate Plan.\n").body == "Council"


def test_untitled_minutes_told_by_their_opening_and_their_movers(tmp_path) -> None:
    """A New South Wales community association's minutes open on their date and venue, with no title: 'Meeting opened at
    8pm' and 'moved V Fisher, 2nd B Schaef, carried' are a meeting's record (web15)."""
    text = (
        "Thursday 29th November 2018\nElm Public School\nMeeting opened at 8pm after a presentation by the RFS.\n"
        "Confirmation of minutes of 20th September, moved A Kerr, 2nd T Bell, carried.\nPresident's Report.\nThe path was handed over.\n"
    )
    assert analysed_page(tmp_path, text).doc_type == "minutes"


@pytest.mark.parametrize(
    "name", ["Elmdale Local Access Forum", "Elmshire Community Safety Partnership", "ACT Elm Bushfire Council", "Elm Valley Fish and Game Council"]
)
def test_a_body_that_is_its_own_organisation_is_the_council(tmp_path, name: str) -> None:
    """A partnership, a forum, an association or a trust board heads its minutes with its own name: no council above it
    is named, so its name is the council's (web12, web14)."""
    page = analysed_page(tmp_path, f"{name} Meeting\n\n5th March 2021 16:00 to 19:00\n\nChair: Ann Hale (AH)\nAttendees: Tom Noor (TN)\n")
    assert page.council == name


def test_a_ghanaian_assembly_headlined_by_its_own_news(tmp_path) -> None:
    """A district assembly's news item: its name, then the headline's verb and the meeting it held (web12)."""
    text = "Elmford South District Assembly Holds Second General Assembly Meeting\n\nThe Elmford South District Assembly on Tuesday, October 28, 2025, held its second General Assembly meeting.\n"
    page = analysed_page(tmp_path, text)
    assert (page.council, page.body) == ("Elmford South District Assembly", "General Assembly")


def test_a_municipal_assembly_meeting_as_itself(tmp_path) -> None:
    page = analysed_page(
        tmp_path, "ELMFORD MUNICIPAL ASSEMBLY GENERAL MEETING\n\nElmford Municipal Assembly held its second ordinary meeting on Friday, 10th September 2021.\n"
    )
    assert page.council == "Elmford Municipal Assembly"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (
            "President Ann Hale called the Regular Board Meeting of the Elm Water Supply Corporation to order at 6:30 p.m., Tuesday, January 12. 2010.",
            "2010-01-12",
        ),  # a full stop for the comma before the year (a Texas water supply corporation)
        ("PROCEEDINGS OF SPECIAL BOARD MEETING OF THE BOARD HELD ON 03-01- 2018 AT 1200 HRS IN THE OFFICE OF THE BOARD.", "2018-01-03"),
    ],
)
def test_a_meeting_date_with_a_stray_space_or_stop(tmp_path, text: str, iso: str) -> None:
    page = analysed_page(tmp_path, text + "\n\nMEMBERS PRESENT: Ann Hale, Tom Noor\n")
    assert page.meeting_date.isoformat() == iso


@pytest.mark.parametrize(
    "title",
    [
        "Cabinet Brief\n\nElmtown. 12th January 2023.\n\nThe Cabinet, chaired by the Prime Minister, met in regular session on 10th January 2023.",
        "DECISIONS TAKEN BY THE CABINET OF MINISTERS AT ITS MEETING HELD ON 14.02.2018\n\n01. Amendment of the Elm Fund Act (Document No.07)",
    ],
)
def test_a_cabinets_brief_of_its_decisions_is_a_decision_notice(tmp_path, title: str) -> None:
    """National cabinets publish their decisions as briefs, not minutes (Belize, Sri Lanka; web14)."""
    assert analysed_page(tmp_path, title + "\n\nCabinet approved the plan to build 300 houses.\n").doc_type == "decision_notice"


@pytest.mark.parametrize("name", ["Schools Forum", "Youth Forum", "Community Safety Partnership", "Allotment Association"])
def test_a_kind_of_body_any_council_has_is_no_council(tmp_path, name: str) -> None:
    page = analysed_page(tmp_path, f"{name}\nMinutes of the meeting held on 4 March 2021\n\nPresent: Ann Hale (Chair), Tom Noor\n")
    assert page.council is None


@pytest.mark.parametrize("text", ["Items 4 - 6 - 2019/20 budget were discussed.", "Returns are due by March 31. 2019-20 accounts were noted."])
def test_figures_and_a_year_span_are_no_meeting_date(tmp_path, text: str) -> None:
    assert analysed_page(tmp_path, "Elm Town Council\nMinutes\n\n" + text + "\n").meeting_date is None


def test_a_boards_narrative_minutes_are_minutes(tmp_path) -> None:
    """'Chairman Jack Majeres called the regular board meeting to order ...' and 'Motion carried unanimously.' (a South Dakota
    conservation district's board, web15): signs of minutes, whatever 'agenda' the page also mentions."""
    text = (
        "Board of Supervisors Meeting –Tuesday, March 18, 2014\n\nChairman Ann Hale called the regular board meeting to order on Tuesday, "
        "March 18, at 1:03 p.m.\n\nThe agenda was reviewed. Tom moved to approve the agenda as amended. Ian seconded. Motion carried unanimously.\n"
    )
    assert analysed_page(tmp_path, text).doc_type == "minutes"


def test_a_date_under_a_column_of_form_labels(tmp_path) -> None:
    """A partnership's minutes-and-actions sheet flattened into one column: its labels, then their values in order
    (web12). The date is the value at the 'Date:' label's place."""
    text = (
        "minutes/actions sheet - Elmshire Police and Crime Commissioner\n\nMINUTES/ACTIONS SHEET\nName of meeting:\n"
        "ELMSHIRE COMMUNITY SAFETY PARTNERSHIP\nDate:\nTime (from/to):\nLocation held:\nAttendees:\n5th December 2014\n"
        "10:00am-12:00pm\nElm Town Hall\n(CHAIR) Ann Hale\n"
    )
    assert analysed_page(tmp_path, text).meeting_date.isoformat() == "2014-12-05"


@pytest.mark.parametrize(
    "opening",
    [
        "President Tom Hale today chaired a Cabinet meeting at State House. Cabinet reached decisions on a wide range of issues.",
        "CABINET NOTES: Thursday March 18, 2021\n\nThe Cabinet of Elm and Ash met for approximately seven hours today.",
        "Cabinet orders Associate Ministers to return Govt. property\n\nCabinet has ordered Associate Ministers to return vehicles.",
    ],
)
def test_a_national_cabinets_brief_or_news_names_its_body(tmp_path, opening: str) -> None:
    """National cabinets' briefs and news reports of their meetings name no council; the body that met is the Cabinet (web14)."""
    assert analysed_page(tmp_path, opening + "\n").body == "Cabinet"


def test_a_cabinet_named_in_a_councils_minutes_is_not_the_body(tmp_path) -> None:
    text = "Elm Town Council\nMinutes of the meeting held on 4 May 2021\n\nPresent: Cllrs Hale, Noor\n\n5. Budget\nThe county's Cabinet met last week and approved the budget.\n"
    assert analysed_page(tmp_path, text).body == "Elm Town Council"
