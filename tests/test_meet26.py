"""Meeting body (and council where it fails with it), round meet26: excerpts quoted from the
invented development documents (corpus/invented) as they are written, with the records found
and the near misses that must stay as they were. Expected values follow ANNOTATION.md
(section Meeting)."""

from __future__ import annotations

import pytest

from helpers import analysed_page
from minutes_miner.evaluate import meeting_right
from minutes_miner.meeting_council import is_authority_name


def _meeting(tmp_path, text: str):
    return analysed_page(tmp_path, text)


# --- a committee's title sentence names the council after it ---------------------------------

ARGMORE = (
    "CORRIEGLEN AND LOCHSIDE AREA COMMITTEE\n"
    "Minute of Meeting of the Corrieglen and Lochside Area Committee of Argmore Council held in the\n"
    "Victoria Halls, Corrieglen on Tuesday 2 December 2025\n"
    "Present: Councillor Mhairi Strachan (Chair); Councillors Duncan Imrie, Elspeth Nairn and\n"
    "Gordon Yuill\n"
)


def test_committee_of_a_named_council_in_the_title_sentence(tmp_path):
    found = _meeting(tmp_path, ARGMORE)
    assert meeting_right("council", "Argmore Council", found.council)
    assert meeting_right("body", "Corrieglen and Lochside Area Committee", found.body)


def test_title_sentence_under_an_item_title_names_no_council(tmp_path):
    """The sentence must open the paper or stand under the committee's own heading: under an
    item's title ('Matters Arising') the council named is not read from it."""
    text = ARGMORE.replace("CORRIEGLEN AND LOCHSIDE AREA COMMITTEE\n", "MATTERS ARISING FROM THE PREVIOUS MEETING\n")
    assert _meeting(tmp_path, text).council != "Argmore Council"


# --- a running header that says only what kind of council ---------------------------------------

HALDANE = (
    "                                                                    Regional Council\n"
    "                                                                    October 23, 2025\n"
    "                                                                    Page 4\n"
    "and that the Regional Clerk forward a copy of this resolution to the local\n"
    "municipalities and to the Haldane Federation of Agriculture.\n"
    "                                                                           Carried\n"
)


def test_kind_of_council_is_the_body_not_the_authority(tmp_path):
    found = _meeting(tmp_path, HALDANE)
    assert found.council is None
    assert meeting_right("body", "Regional Council", found.body)


@pytest.mark.parametrize("name", ["Regional Council", "Village Council", "Metropolitan Borough Council", "Local Council"])
def test_kind_words_alone_name_no_authority(name):
    assert not is_authority_name(name)


@pytest.mark.parametrize("name", ["Regional Municipality of Durham", "Shire of Karalup", "Haldane Regional Council", "Kilbrackan County Council"])
def test_named_authorities_stay_authorities(name):
    assert is_authority_name(name)


# --- the letterhead over the body's heading, under a reference or the Welsh/Irish letterhead ------

BALMARNOCK = (
    "                                                                          Item 3.1\n"
    "BALMARNOCK COUNCIL\n"
    "COMMUNITIES AND HOUSING COMMITTEE\n"
    "MINUTE OF MEETING HELD ON TUESDAY 17 NOVEMBER 2026 AT 2.00PM\n"
    "IN COMMITTEE ROOM 1, COUNCIL HEADQUARTERS, BALMARNOCK, AND REMOTELY\n"
    "PRESENT\n"
    "Councillor Gillian Thom (Convener)\n"
)

NANTYRHOS = (
    "CYNGOR SIR NANT-Y-RHOS\n"
    "NANT-Y-RHOS COUNTY COUNCIL\n\n"
    "DECISION NOTICE - CABINET\n\n"
    "Date of meeting: 25 November 2025\n"
    "Date of publication: 27 November 2025\n"
    "Call-in deadline: 5.00pm, 4 December 2025\n\n"
    "The following decisions were taken by the Cabinet. They will come into force, and may be\n"
    "implemented, on the expiry of the call-in period unless called in.\n"
)


def test_item_reference_over_the_letterhead_and_committee(tmp_path):
    found = _meeting(tmp_path, BALMARNOCK)
    assert meeting_right("council", "Balmarnock Council", found.council)
    assert meeting_right("body", "Communities and Housing Committee", found.body)


def test_reference_over_a_letterhead_alone_is_the_council(tmp_path):
    """Near miss: with no body's heading under the letterhead the meeting stays the Council's."""
    text = BALMARNOCK.replace("COMMUNITIES AND HOUSING COMMITTEE\n", "")
    assert _meeting(tmp_path, text).body == "Council"


def test_decision_notice_of_a_body_under_a_bilingual_letterhead(tmp_path):
    found = _meeting(tmp_path, NANTYRHOS)
    assert meeting_right("body", "Cabinet", found.body)


def test_decision_notice_heading_names_no_other_body(tmp_path):
    """Near miss: 'DECISION NOTICE - <item>' names no body; the notice's decision maker is not invented."""
    text = NANTYRHOS.replace("DECISION NOTICE - CABINET", "DECISION NOTICE - Highways Works Programme").replace("by the Cabinet", "by the meeting")
    assert _meeting(tmp_path, text).body != "Highways Works Programme"


WROXLEY = (
    '<!DOCTYPE html>\n<html lang="en-GB">\n'
    '<head><meta charset="utf-8"><title>Planning Committee decisions | Wroxley Borough Council</title></head>\n<body>\n'
    "<h1>Planning Committee decisions</h1>\n"
    "<p>These are the decisions of the Planning Committee meeting held on 14/01/2025 in the Assembly Room, Wroxley Town Hall.</p>\n"
    "<p><strong>24/02011/HOU</strong><br>9 Beech Croft, Wroxley<br>Two storey side extension</p>\n"
    "<p>Decision: Refused</p>\n</body></html>\n"
)


def test_decisions_page_heading_names_the_body(tmp_path):
    found = analysed_page(tmp_path, WROXLEY, "decisions.html")
    assert meeting_right("council", "Wroxley Borough Council", found.council)
    assert meeting_right("body", "Planning Committee", found.body)


def test_decisions_page_of_no_body_names_none(tmp_path):
    """Near miss: 'Delegated decisions' is a list of officers' decisions, no meeting body."""
    text = WROXLEY.replace("Planning Committee decisions", "Delegated decisions").replace("of the Planning Committee meeting", "made by officers")
    assert analysed_page(tmp_path, text, "decisions.html").body is None


# --- councils named the way local papers name them ----------------------------------------------

COTTERHAY = (
    "COTTERHAY PARISH MEETING\n"
    "Minutes of the Parish Meeting held in St Aldhelm's Church Room, Cotterhay, on Thursday 5th November 2026 at 7.30pm\n"
    "Present: Mr Roger Plaistow (Chairman), Mrs Wendy Lusted (Clerk), District Cllr Anita Buckmaster, and 19 local government electors of the parish.\n"
)

THORNWICK = (
    "Thornwick Annual Parish Meeting - 2025\n\n"
    "Notes of the Annual Parish Meeting of the electors of Thornwick, held at the Reading\n"
    "Room on Tuesday the twentieth of May, 7pm, before the annual meeting of the Parish\n"
    "Council.\n\n"
    "Chair: Cllr P Haddow (Chairman of the Parish Council)\n"
    "Electors present: nineteen\n"
)


def test_parish_meeting_heading_its_papers_is_the_authority(tmp_path):
    found = _meeting(tmp_path, COTTERHAY)
    assert meeting_right("council", "Cotterhay Parish Meeting", found.council)
    assert meeting_right("body", "Cotterhay Parish Meeting", found.body)


def test_annual_parish_meeting_named_after_its_parish(tmp_path):
    found = _meeting(tmp_path, THORNWICK)
    assert meeting_right("council", "Thornwick Parish Council", found.council)
    assert meeting_right("body", "Annual Parish Meeting", found.body)


def test_annual_parish_meeting_of_a_parish_without_a_council_names_none(tmp_path):
    """Near miss: papers that never name a Parish Council give the electors' meeting no council,
    and the annual meeting is not read as an authority 'Thornwick Annual Parish Meeting'."""
    text = THORNWICK.replace(", before the annual meeting of the Parish\nCouncil.", ".").replace(" (Chairman of the Parish Council)", "")
    assert _meeting(tmp_path, text).council is None


def test_annual_parish_meeting_under_the_letterhead_keeps_its_whole_name(tmp_path):
    """Near miss: 'ANNUAL PARISH MEETING - notes' is the Annual Parish Meeting, not a 'Parish Meeting' of a place 'Annual'."""
    text = "SKELWITH HATCH PARISH COUNCIL\n\nANNUAL PARISH MEETING - notes\n\nHeld Wed 20th May 2026, 7pm, Hatch Village Hall.  Chaired by Cllr P Oddie (Chair of PC).\n"
    assert meeting_right("body", "Annual Parish Meeting", _meeting(tmp_path, text).body)


ORMESBY = (
    "Ormesby Fen PC  - minutes 14/01/2026 - DRAFT                                   page 2\n"
    "the footpath had been reported to the County Council's rights of way team, ref. RW/88213.\n"
    "7. HIGHWAYS & FOOTPATHS\n"
    "a) Fen Drove potholes - Cllr Ketteridge has reported them again on Fix My Street; the\n"
)


def test_parish_council_initials_in_a_running_header(tmp_path):
    found = _meeting(tmp_path, ORMESBY)
    assert meeting_right("council", "Ormesby Fen Parish Council", found.council)
    assert meeting_right("body", "Ormesby Fen Parish Council", found.body)


def test_police_constable_is_no_parish_council(tmp_path):
    """Near miss: 'PC Harker' opening a line is a police constable, not a council's initials."""
    text = ORMESBY.replace("Ormesby Fen PC  - minutes 14/01/2026 - DRAFT", "PC Harker - notes of the ward surgery")
    assert _meeting(tmp_path, text).council is None


PECAN_BAYOU = (
    "THE STATE OF TEXAS           §\n"
    "                             §\n"
    "COUNTY OF PECAN BAYOU        §\n\n"
    "MINUTES - REGULAR SESSION OF THE PECAN BAYOU COUNTY COMMISSIONERS COURT\n"
    "MONDAY, JANUARY 26, 2026, 9:00 A.M.\n"
    "COMMISSIONERS COURTROOM, PECAN BAYOU COUNTY COURTHOUSE, 101 E. HOUSTON ST., CALDER, TEXAS\n\n"
    "BE IT REMEMBERED that the Commissioners Court of Pecan Bayou County convened in regular session\n"
)


def test_commissioners_court_in_a_session_title(tmp_path):
    found = _meeting(tmp_path, PECAN_BAYOU)
    assert meeting_right("council", "Pecan Bayou County", found.council)
    assert meeting_right("body", "Commissioners Court", found.body)


# --- a body's initials in a running header, spelt out in the title -----------------------------

HOLLESBY = (
    "Hollesby Town Council – F&GP Committee – 9th December 2025                                   FGP 25/26 p.41\n\n"
    "HOLLESBY TOWN COUNCIL\n"
    "FINANCE AND GENERAL PURPOSES COMMITTEE\n\n"
    "MINUTES of the meeting held on Tuesday, the ninth of December 2025 at 7.00 p.m. in the\n"
    "Corn Exchange Committee Room\n"
)


def test_initials_of_the_body_spelt_out_below(tmp_path):
    found = _meeting(tmp_path, HOLLESBY)
    assert meeting_right("body", "Finance and General Purposes Committee", found.body)


def test_initials_of_another_name_are_not_spelt_out(tmp_path):
    """Near miss: the committee below is not the one the initials stand for; the header's body stays."""
    text = HOLLESBY.replace("FINANCE AND GENERAL PURPOSES COMMITTEE", "PLANNING AND HIGHWAYS COMMITTEE")
    assert _meeting(tmp_path, text).body != "Planning and Highways Committee"


# --- the body in a header table, and a joint body's name wrapped under its places -------------

SAWGRASS = (
    "HOUSING AUTHORITY OF THE CITY OF SAWGRASS POINT\n"
    "Meeting Type      Body                              Date                     Location\n"
    "Regular           Board of Commissioners            May 21, 2025 5:30 PM     Cypress Court Community Room\n\n"
    "Commissioners Present   Vernell Pughsley (Chair), Antonio Reyes, Shirley McCray, Rev. Glenn Tarver\n"
)


def test_body_column_of_a_header_table(tmp_path):
    found = _meeting(tmp_path, SAWGRASS)
    assert meeting_right("body", "Board of Commissioners", found.body)


def test_header_table_without_a_body_column_names_no_board(tmp_path):
    """Near miss: a table of when and where only; its first cell is not read as a body."""
    text = SAWGRASS.replace("Meeting Type      Body  ", "Meeting Type      Room  ").replace("Board of Commissioners  ", "Board of Directors Room")
    assert _meeting(tmp_path, text).body != "Board of Directors Room"


HARROWFOLD = (
    "HARROWFOLD AND DENBY VALE\n"
    "CREMATORIUM JOINT COMMITTEE\n"
    "Minutes of a meeting held at Harrowfold Crematorium, Lych Gate Road, on\n"
    "Friday, 16th January, 2026\n"
    "PRESENT: Councillor M. Ashworth (Harrowfold Borough Council) (Chair)\n"
)


def test_joint_body_named_after_its_places_over_two_lines(tmp_path):
    found = _meeting(tmp_path, HARROWFOLD)
    assert meeting_right("body", "Harrowfold and Denby Vale Crematorium Joint Committee", found.body)


def test_places_over_a_committee_that_is_not_joint(tmp_path):
    """Near miss: two places over an ordinary committee's heading are not read into its name."""
    text = HARROWFOLD.replace("CREMATORIUM JOINT COMMITTEE", "PLANNING COMMITTEE")
    assert _meeting(tmp_path, text).body != "Harrowfold and Denby Vale Planning Committee"


# --- the presiding officer named with the board -----------------------------------------------

ORLAND = (
    "VILLAGE OF ORLAND HEIGHTS\n"
    "MINUTES OF THE REGULAR MEETING OF THE PRESIDENT AND BOARD OF TRUSTEES\n"
    "December 16, 2024\n"
    "CALL TO ORDER\n"
    "Village President Theresa Janowski called the meeting to order at 7:00 p.m. in the Board Room of the Village Hall, 16100 S. Wolf Road.\n"
)


def test_president_and_board_of_trustees_is_the_board(tmp_path):
    assert meeting_right("body", "Board of Trustees", _meeting(tmp_path, ORLAND).body)


def test_mayor_and_council_stays_one_body(tmp_path):
    """Near miss: 'Mayor and Council' is the name a Georgia city's governing body goes by."""
    text = ORLAND.replace("VILLAGE OF ORLAND HEIGHTS", "CITY OF OAKRIDGE, GEORGIA").replace("PRESIDENT AND BOARD OF TRUSTEES", "MAYOR AND COUNCIL")
    assert meeting_right("body", "Mayor and Council", _meeting(tmp_path, text).body)


# --- a running header's page number, its gap squeezed by the reader ------------------------------

THABAMOYA = (
    "                                   MAYORAL COMMITTEE                                       3\n"
    "                          MINUTES: 22 JANUARY 2025\n"
    "_______________________________________________________________________________________\n\n"
    "MC 04/2025    ELECTRIFICATION OF INFILL STANDS: WARDS 7, 11 AND 19 (6/2/1/3)\n"
    "Report by the Director: Technical Services was tabled.\n"
)


def test_running_header_body_with_its_page_number(tmp_path):
    assert meeting_right("body", "Mayoral Committee", _meeting(tmp_path, THABAMOYA).body)


def test_item_heading_with_a_number_is_no_body(tmp_path):
    """Near miss: an item's heading in capitals that ends in a number is not read as a body."""
    text = THABAMOYA.replace("MAYORAL COMMITTEE", "WARD BOUNDARY REVIEW")
    assert _meeting(tmp_path, text).body != "Ward Boundary Review"


def test_parish_meeting_of_a_parish_with_a_council_is_no_authority(tmp_path):
    """Near miss: the electors' meeting of a parish whose papers name its Parish Council is not an authority of its own."""
    text = COTTERHAY + "The Chairman of the Parish Council reported on the year's work.\n"
    assert _meeting(tmp_path, text).council != "Cotterhay Parish Meeting"


# --- the letterhead under a notice of meeting --------------------------------------------------

MALLOWBANK = (
    "NOTICE OF SPECIAL MEETING\n\n"
    "To:   Mayor Leonie Harker\n"
    "      Councillors: Bernie Cavallaro, Trish Wendt, Sam Odhiambo, Gail Fensom, Nick Papadakis,\n"
    "      Ruth Kernich, Alan Ploetz\n\n"
    "Notice is hereby given pursuant to Sections 82 and 83 of the Local Government Act 1999 that a\n"
    "Special Meeting of the Council will be held in the Council Chamber, Mallowbank Civic Centre,\n"
    "3 Goyder Terrace, Mallowbank on Monday 14 July 2025, commencing at 7.00pm.\n\n"
    "Daniel Roocroft\nCHIEF EXECUTIVE OFFICER\nDate: 9 July 2025\n\n"
    "MALLOWBANK COUNCIL\n"
    "AGENDA FOR SPECIAL MEETING OF COUNCIL\n\n"
    "1.  ACKNOWLEDGEMENT OF COUNTRY\n"
)


def test_letterhead_over_the_agenda_title_under_a_notice(tmp_path):
    assert meeting_right("council", "Mallowbank Council", _meeting(tmp_path, MALLOWBANK).council)


def test_council_named_in_an_item_is_not_the_letterhead(tmp_path):
    """Near miss: another council's name over an item line (not the paper's title) is no letterhead."""
    text = MALLOWBANK.replace("MALLOWBANK COUNCIL\nAGENDA FOR SPECIAL MEETING OF COUNCIL", "ADELAIDE HILLS COUNCIL\nBoundary adjustment request")
    assert _meeting(tmp_path, text).council != "Adelaide Hills Council"


# --- a register of individual members' decisions ----------------------------------------------

NORTHMOOR = (
    "Northmoor County Council\n"
    "Register of Individual Cabinet Member Decisions – November 2025\n"
    "Published in accordance with the Local Authorities (Executive Arrangements) (Meetings and\n"
    "Access to Information) (England) Regulations 2012. Call-in deadline: 5pm, 5 working days\n"
    "after publication.\n"
    "Ref | Date | Decision maker | Subject | Decision | Key?\n"
    "ICMD/25/088 | 03/11/2025 | Cabinet Member for Children and Families | Foster carer allowances\n"
)


def test_register_of_individual_decisions_names_no_body(tmp_path):
    assert _meeting(tmp_path, NORTHMOOR).body is None


def test_register_of_cabinet_decisions_is_the_cabinets(tmp_path):
    """Near miss: a register of the Cabinet's own decisions keeps its body."""
    text = NORTHMOOR.replace("Register of Individual Cabinet Member Decisions", "Cabinet - Record of Decisions")
    assert meeting_right("body", "Cabinet", _meeting(tmp_path, text).body)
