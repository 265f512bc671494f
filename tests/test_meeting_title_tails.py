"""Meeting body and council from title lines that carry more than the body's name (issue 11, session 30).

Seen on real pages of councils no rule was written on (web3, web5 and web6 development sets): a title line runs on
into the meeting's serial number ('Borough Council Council Meeting No 906'), the weekday whose date is on the next line
('Parish Commissioners Thursday'), a 'notes' paper ('City Council Meeting Notes') or a word the title continues from on
its next line ('FIRST ORDINARY QUARTERLY COUNCIL MEETING FOR'); the body is named before a lower-case sitting
('Ordinary meeting of the Council') or before the kind of authority whose name the next line gives ('Council of the
Rural Municipality of'). A US county's minutes open with a long sentence naming the board that met, and a document
site's copy names the council on a title line well below its own furniture. Invented councils, the same forms.
"""

from __future__ import annotations

import pytest

from minutes_miner.meeting_body import find_body, normalise_body
from minutes_miner.meeting_council import board_authority, find_council_in_text


@pytest.mark.parametrize(
    ("title", "council", "body"),
    [
        ("Elmford Borough Council Council Meeting No 906", "Elmford Borough Council", "Council"),
        ("FIRST ORDINARY QUARTERLY COUNCIL MEETING FOR", "Elmford District Municipality", "Council"),
        ("Council Tuesday", None, "Council"),
        ("Ordinary meeting of the Council", None, "Council"),
        ("City Council Meeting Notes", None, "City Council"),
        ("Council of the Rural Municipality of", None, "Council"),
        ("Elmford Parish Commissioners Thursday", None, "Elmford Parish Commissioners"),
    ],
)
def test_a_title_lines_tail_is_no_part_of_the_body(title: str, council: str | None, body: str) -> None:
    assert normalise_body(title, council) == body


@pytest.mark.parametrize(
    "title",
    [
        "Annual General Meeting of the Elmford Community Council Forum",  # a named meeting, in capitals: stays itself
        "Minutes of the ASSEMBLY OF THE PARISH held at the Parish Hall",  # the Jersey parish's assembly: no authority's name cut off
    ],
)
def test_named_meetings_are_not_cut_as_tails(title: str) -> None:
    assert normalise_body(title, None) != "Council"
    assert normalise_body(title, None) != "Assembly"


def test_the_body_of_a_title_line_running_on_into_its_serial_number() -> None:
    head = (
        "CM 906 3rd August 2009\n"
        "Elmford Borough Council Council Meeting No 906 – 3rd August 2009\n"
        "Table of Contents\n906.1 Casual Vacancy Report noted\n906.2 Minutes Confirmed\n"
    )
    assert find_body(head, "Elmford Borough Council") == "Council"


def test_the_board_a_county_minutes_opening_sentence_names_gives_the_county() -> None:
    minutes = (
        "Commissioners Minutes July 22, 2019\n\n"
        "The Elmwood County Board of Commissioners met in regular session at 9 A.M.  in the Commissioners Office, "
        "Courthouse.  All members present.  The Chairman stated that the meeting would be conducted in accordance with "
        "the provisions of the Open Meeting Act.\n"
    )
    assert board_authority(minutes) == "Elmwood County"
    prose = (
        "Commissioners Minutes July 22, 2019\n\n"
        "The Elmwood County Board of Commissioners approved the claims of the Road Department and the Treasurer, and "
        "the Clerk read the correspondence received since the last regular meeting of the Board.\n"
    )
    assert board_authority(prose) is None  # a long line of prose about the board: not the opening sentence


def test_a_title_line_below_a_document_sites_furniture_names_the_council() -> None:
    page = (
        "co 20161122 min 2079 - elmford shire · pdf file\n60\n"
        "Upload: someone\nPost on 06-Feb-2018\n215 views\nTRANSCRIPT\n"
        "Date: Tuesday, 22 November 2016\nMINUTES\nOrdinary Council Meeting\n22 November 2016\nPage 2\n"
        "MINUTES OF ELMFORD SHIRE COUNCIL ORDINARY COUNCIL MEETING\n"
        "HELD AT THE COUNCIL CHAMBERS ON TUESDAY, 22 NOVEMBER 2016 AT 3PM\n"
    )
    assert find_council_in_text(page) == "Elmford Shire Council"
    mention = page.replace("MINUTES OF ELMFORD SHIRE COUNCIL ORDINARY COUNCIL MEETING", "A letter from Elmford Shire Council about the road")
    assert find_council_in_text(mention) is None  # a sentence naming a council is no title


def test_an_ontario_public_library_board_is_its_own_authority_and_body() -> None:
    """'ELMFORD PUBLIC LIBRARY BOARD' heads the board's minutes: the board is the corporation (Ontario), so the
    authority and the meeting's body are the one name; a US library's 'Board of Trustees' stays under its library."""
    from minutes_miner.meeting_council import authority_letterhead

    head = (
        "Elmford Public Library Board Meeting Minutes June 29, 2011\n"
        "ELMFORD PUBLIC LIBRARY BOARD\nMINUTES OF JUNE 29, 2011\n"
        "The meeting of the Elmford Public Library Board was called to order by the Chair at 6:05 p.m.\n"
    )
    assert authority_letterhead(head) == "Elmford Public Library Board"
    assert find_body(head, "Elmford Public Library Board") == "Elmford Public Library Board"
    us = "ELMFORD PUBLIC LIBRARY\nBoard of Trustees Regular Meeting\nJune 29, 2011\n"
    assert authority_letterhead(us) == "Elmford Public Library"


def test_a_town_letterhead_stops_before_the_body_it_names() -> None:
    head = "Town Clerk’s Office\nMinutes of the Regular Meeting of the TOWN OF ELMBROOK SELECTBOARD\nOct 12 2021\n"
    assert find_council_in_text(head) == "Town of Elmbrook"
    assert find_council_in_text("TOWN OF GREAT ELMBROOK\nSelectboard Minutes\n") == "Town of Great Elmbrook"
    assert find_council_in_text("PC MINS 20070213 Approved\nCITY OF ELM PALOS VERDES\nPLANNING COMMISSION MINUTES\n") == "City of Elm Palos Verdes"
    assert find_council_in_text("CITY OF ELM REGULAR MEETING\nFEBRUARY 13, 2007\n") == "City of Elm"


def test_a_logos_initials_before_the_council_name_are_no_part_of_it() -> None:
    from minutes_miner.meeting_council import tidy_council

    assert tidy_council("EPC ELMSWORTH PARISH COUNCIL") == "Elmsworth Parish Council"
    assert normalise_body("EPC ELMSWORTH PARISH COUNCIL", "Elmsworth Parish Council") == "Elmsworth Parish Council"
    assert tidy_council("ST ELMO TOWN COUNCIL") == "St Elmo Town Council"  # 'ST' is no set of initials of the rest


def test_a_ghanaian_district_assemblys_meeting_title_before_its_name() -> None:
    """'GENERAL ASSEMBLY MEETING ASUNAFO SOUTH DISTRICT ASSEMBLY' (a district assembly in Ghana): the authority is the
    district assembly, the body its General Assembly; a district assembly is a kind of authority."""
    from minutes_miner.meeting_council import authority_letterhead

    head = (
        "GENERAL ASSEMBLY MEETING ELMWA NORTH DISTRICT ASSEMBLY\n\nDate: 4th November 2025\nVenue: District Assembly Hall\n\n"
        "The General Assembly Meeting of the Elmwa North District Assembly was duly convened on Tuesday, 4th November 2025.\n"
    )
    assert authority_letterhead(head) == "Elmwa North District Assembly"
    assert find_body(head, "Elmwa North District Assembly") == "General Assembly"
    municipality = "ELMWATER DISTRICT MUNICIPALITY MINUTES OF THE FIRST ORDINARY COUNCIL MEETING HELD ON 29 AUGUST 2007\n"
    assert authority_letterhead(municipality) == "Elmwater District Municipality"  # a title after the name is not cut as a lead


@pytest.mark.parametrize(
    ("opening", "council", "body"),
    [
        (
            "The Elm Township Board of Supervisors held their regular meeting at 7:00 PM at the Elm Township Municipal Building. "
            "Ann Roe, Carl Doe and Keith Poe were present.\nThe Board approved the Minutes of the February meeting.\n",
            "Elm Township",
            "Board of Supervisors",
        ),
        (
            "The Board of Supervisors of the Elmwood Soil and Water Conservation District held its monthly meeting on Tuesday, "
            "April 21, 2015 in the Ag Service Center.\nChairman Smith called the meeting to order at 10:00 a.m.\n",
            "Elmwood Soil and Water Conservation District",
            "Board of Supervisors",
        ),
        (  # an Iowa county's, under its place and date
            " date 2019-05-12 Waterloo, Iowa April 30, 2019\n"
            "The Board of Supervisors of the County of Elm Hawk, in the State of Iowa, met in regular adjourned meeting at the "
            "Courthouse in Waterloo, County Seat of said County, at nine o’clock (9:00) a.m., pursuant to law.\n",
            "County of Elm Hawk",
            "Board of Supervisors",
        ),
        (  # a time before the meeting of an authority, on its own line under the title
            "MINUTES OF THE MEETING OF PARISH COMMISSIONERS HELD ON MONDAY DECEMBER 9th 2013, 7.30 PM AT THE CHURCH HALL\n"
            "7.30 pm Meeting of Elmhold Parish Commissioners\n"
            "Present: Mrs M. Fargher (Chairman), Mr M. Cowley. Clerk: M. Royle\n",
            "Elmhold Parish Commissioners",
            "Elmhold Parish Commissioners",
        ),
    ],
)
def test_a_boards_minutes_opening_on_the_board_that_met(opening: str, council: str, body: str) -> None:
    from minutes_miner.meeting_council import find_council

    assert find_council({}, opening)[0] == council
    assert find_body(opening, council) == body


def test_an_opening_sentence_about_the_board_doing_business_names_no_board_that_met() -> None:
    from minutes_miner.meeting_council import board_that_met

    assert board_that_met("The Board approved the Minutes of the February meeting.\nThe Board held a discussion.\n") is None


def test_the_opening_sentence_under_the_meetings_date_names_the_authority() -> None:
    from minutes_miner.meeting_council import find_council

    township = (
        "September 24, 2019\nThe regular meeting of the Elmer Township Trustees was called to order by Chairman Stewart with "
        "the following members responding to roll call: Present: Stewart, Wymer. Absent: Baltz.\n"
    )
    assert find_council({}, township)[0] == "Elmer Township"
    common = (
        "SEPTEMBER 25, 1995\nAt a meeting of the Common Council, held at the City Hall in the City of Elmport, on Monday, "
        "the twenty-fifth day of September, AD. 1995, at 4:00 o'clock\nShirley McAlary, Mayor\n"
    )
    assert find_council({}, common)[0] != "Common Council"  # the body that met, not a place's authority
    assert find_body(common, None) == "Common Council"


def test_an_officer_on_an_attendance_line_is_never_the_body() -> None:
    head = (
        "Agenda and minutes\n\nTuesday, 28th January, 2020 10.00 am\n\nVenue: Civic Centre, Elm Road\n\nNo. Item\n\n\n"
        "Attendance / Presenoldeb\n\n\nOfficers on the dias\n\n\nNigel Elmore, Assistant Chief Executive (Resources)\n\n"
        "Delyth Harries, Monitoring Officer & Assistant Chief Legal Officer\n"
    )
    assert find_body(head, None) == "Council"  # the officers on the dais of a principal council's meeting, not a body
    assert normalise_body("Nigel Elmore, Assistant Chief Executive (Resources)", None) is None
    assert normalise_body("Senior Staff Appointments Committee", None) == "Senior Staff Appointments Committee"


def test_a_boards_title_run_on_into_its_villages_name() -> None:
    title = "Minutes ZONING BOARD OF APPEALS VILLAGE OF ELM GROVE , ILLINOIS TUESDAY ,"
    assert normalise_body(title, "Village of Elm Grove") == "Zoning Board of Appeals"


@pytest.mark.parametrize(
    ("heading", "authority"),
    [
        ("ELMSIDE POLICE SERVICES BOARD\nMINUTES\nDATE: Monday, January 19, 1998\n", "Elmside Police Services Board"),
        ("Southeast Elmshire Service Commission Board\nRegular Meeting\nMarch 3, 2024\n", "Southeast Elmshire Service Commission"),
    ],
)
def test_canadian_boards_and_commissions_that_are_authorities(heading: str, authority: str) -> None:
    from minutes_miner.meeting_council import authority_letterhead

    assert authority_letterhead(heading) == authority
    assert normalise_body("Elmside Police Services Board", "Elmside Police Services Board") == "Elmside Police Services Board"


@pytest.mark.parametrize(
    ("head", "body"),
    [
        (
            "Minute of Meeting held in the Council Chamber, Council Offices, Elmsway, on Wednesday 13 December 2017 at 5.00pm.\n"
            "PRESENT Members\nMr Norman A MacElm (Convener) Mr Roddie Mackay (Leader) Mr Calum Macmillan\n",
            "Council",
        ),
        (
            "13 June 2005\nIn the Chair: Councillor O McElm\nMembers Present: Councillors M Black, O Black, S Blaney.\n"
            "Also Present: Mr R G Lewis, Clerk and Chief Executive\nMr P Mawdsley, Director of District Services\n",
            "Council",
        ),
        (  # a community council's minutes with no name: its own meeting is its name, which the page does not give
            "Minutes of the meeting held on 3 March 2021 in the Council Chamber.\nPresent: Cllrs Hale, Noor and Dale.\n"
            "The Mayor welcomed members. The Community Council noted the Clerk's report.\n",
            None,
        ),
        (  # a committee's page that lost its title: not the full council
            "Minutes of the meeting held on 3 March 2021 in the Council Chamber.\nPresent: the Mayor; Cllrs Hale and Noor.\n"
            "Licensing Committee members considered the application.\n",
            None,
        ),
    ],
)
def test_minutes_naming_no_body_that_open_on_a_principal_councils_full_meeting(head: str, body: str | None) -> None:
    assert find_body(head, None) == body


def test_a_sanitary_districts_opening_sentence_under_a_date_glued_to_its_day() -> None:
    from minutes_miner.meeting_council import find_council

    glued = "MAY18, 2017\nA regular scheduled meeting of the Board of Trustees of The Elmburg Sanitary District was held May18, 2017.\n"
    assert find_council({}, glued)[0] == "The Elmburg Sanitary District"


@pytest.mark.parametrize(
    ("roll_call", "body"),
    [
        ("MAY 2ND, 2023\nRoberts called the meeting to order at 06:01 PM. Selectboard Members present were Ann Roe and Ed Poe.\n", "Selectboard"),
        (
            "Regular meeting Monday, April 1, 2019\nThe meeting was called to order by Chairman Manley. Supervisors present were Kevin Ertl and Jim Stone.\n",
            "Board of Supervisors",
        ),
    ],
)
def test_the_body_whose_members_answered_the_roll_call(roll_call: str, body: str) -> None:
    assert find_body(roll_call, None) == body
