"""Meeting council and body on the front pages of councils first seen in the newest invented minutes
(corpus/invented): excerpts quoted as written, with the near-misses that must stay as they were."""

from __future__ import annotations

from minutes_miner.meeting import find_body, find_council, normalise_body
from minutes_miner.meeting_council import _before_run_on_title


def _council(text: str) -> str | None:
    return find_council({}, text)[0]


def _meeting(text: str) -> tuple[str | None, str | None]:
    council = _council(text)
    return council, find_body(text, council)


def test_statute_before_the_body_is_not_its_name():
    text = "KELDERBY BOROUGH COUNCIL\nLicensing Act 2003 - Licensing Sub-Committee\n\nNOTICE OF DETERMINATION\n\nPremises:        The Tanners Arms\n"
    assert find_body(text, "Kelderby Borough Council") == "Licensing Sub-Committee"
    # an Act inside the body's name stays part of it
    assert normalise_body("Licensing Act 2003 Sub-Committee", "Hawkridge Borough Council") == "Licensing Act 2003 Sub-Committee"


def test_authority_number_ends_the_body_in_a_title_sentence():
    text = (
        "RURAL MUNICIPALITY OF PRAIRIE GULL NO. 388\n\n"
        "Minutes of the regular meeting of Council of the Rural Municipality of Prairie Gull No.\n"
        "388 held in the Council Chambers at Ravenscrag Junction, Saskatchewan on Wednesday the\n"
        "9th day of April, 2025.\n"
    )
    assert find_body(text, "Rural Municipality of Prairie Gull No. 388") == "Council"
    # an authority named without a number still comes off whole
    housing = (
        "MINUTES OF THE SPECIAL MEETING OF THE BOARD OF COMMISSIONERS OF THE\n"
        "HOUSING AUTHORITY OF THE CITY OF REDBUD HILLS, ARKANSAS\n"
        "10/28/2025 - 4:00 p.m. - Community Room, Dogwood Terrace, 300 Maple Ave.\n"
    )
    assert find_body(housing, "Housing Authority of the City of Redbud Hills") == "Board of Commissioners"


def test_title_run_on_after_a_city_letterhead_is_not_the_council():
    # 'CITY OF BANKSMOOR      MINUTES OF THE ORDINARY MEETING OF COUNCIL' as the reader gives it, the column gap squeezed
    assert _council("CITY OF BANKSMOOR MINUTES OF THE ORDINARY MEETING OF COUNCIL\nTUESDAY 11 NOVEMBER 2025\n") == "City of Banksmoor"
    # a place named in two words keeps both
    assert _council("CITY OF GRAND FORKS\nMINUTES OF THE REGULAR MEETING OF COUNCIL\nTUESDAY 11 NOVEMBER 2025\n") == "City of Grand Forks"


def test_charter_township_keeps_its_kind():
    text = "Charter Township of Loon Harbor\n\nPlanning Commission — Regular Meeting Minutes\n\nDate: Wednesday, October 8, 2025\n"
    assert _meeting(text) == ("Charter Township of Loon Harbor", "Planning Commission")
    assert _council("Township of Loonwater\nCommittee of the Whole Minutes\nTuesday, February 3, 2026\n") == "Township of Loonwater"


def test_official_proceedings_of_a_county_board():
    text = (
        "OFFICIAL PROCEEDINGS OF THE OKEMAW COUNTY BOARD OF COMMISSIONERS\n"
        "Okemaw County Courthouse, Lac Tremblant, Minnesota\n"
        "Regular Meeting - Tuesday, April 1, 2025 - 9:00 A.M.\n\n"
        "Commissioners present: Nygaard, Boe, Lindquist, Fairbanks, Strand. Absent: none.\n"
    )
    assert _meeting(text) == ("Okemaw County", "Board of Commissioners")


def test_letterhead_and_title_in_two_columns_of_one_line():
    text = (
        "QUOINVILLE COUNCIL ORDINARY COUNCIL MEETING MINUTES\n21 JULY 2025\n"
        "Minutes of an Ordinary Meeting of the Quoinville Council held at the Municipal\n"
        "Chambers, 3 Esplanade, Swansport on Monday, 21 July 2025, commencing at 6.00pm.\n"
    )
    assert _council(text) == "Quoinville Council"
    # a committee's name after the letterhead is no run-on title of the council's own meeting
    assert _before_run_on_title("QUOINVILLE COUNCIL PLANNING COMMITTEE MINUTES") == "QUOINVILLE COUNCIL PLANNING COMMITTEE MINUTES"


def test_ward_number_is_part_of_a_ward_committee_name():
    text = (
        "LETSATSING LOCAL MUNICIPALITY\nOFFICE OF THE SPEAKER - PUBLIC PARTICIPATION UNIT\n"
        "MINUTES OF WARD 12 WARD COMMITTEE MEETING\nVenue: Tlhabane Community Hall, Stand 2231, Ext 4\n"
    )
    assert find_body(text, "Letsatsing Local Municipality") == "Ward 12 Ward Committee"
    assert normalise_body("Ward 12 Report Committee", "Letsatsing Local Municipality") is None  # only a ward committee's own name


def test_selectboard_under_the_towns_bare_name():
    text = "EAST DUNMORE SELECTBOARD\nMinutes - Special Meeting - Thursday January 30 2025 - 6:30pm - Town Office\nDRAFT - subject to approval\n"
    assert _meeting(text) == ("Town of East Dunmore", "Selectboard")
    assert _council("Minutes of the Selectboard\nThursday January 30 2025\n") is None


def test_authority_form_counts_only_its_capitalised_kind():
    text = (
        "The Corporation of the Township of Fernhollow\nCommittee of the Whole - Minutes\n"
        "September 29th, 2026 - 1:00 p.m. - Fernhollow Community Centre, Upper Hall\n"
        "Fernhollow village has 62 hectares of vacant designated land.\n"
        "That the Committee recommend that Council endorse Option 2 (no expansion of the Fernhollow village boundary).\n"
    )
    assert _council(text) == "Township of Fernhollow"


def test_running_header_names_the_body_the_title_does_not():
    text = (
        "Ōtaraua District Council\n"
        "Minutes of a meeting held at the Tuiroa Memorial Hall, 12 Kōwhai Street, Tuiroa, on\n"
        "Monday the third of March 2025, commencing at 5.00pm\n\n"
        "Present: Chairperson Hemi Walker, Deputy Chair Sue Ballantyne\n\n"
        "1 KARAKIA\nMember Tomoana opened the meeting with a karakia.\n\n"
        "Tuiroa Community Board 3 March 2025 Page 2\n\n"
    )
    assert find_body(text, "Ōtaraua District Council") == "Tuiroa Community Board"
    # a header naming no body leaves the letterhead's full meeting
    assert find_body(text.replace("Tuiroa Community Board 3 March", "Minutes 3 March"), "Ōtaraua District Council") == "Council"


def test_full_meeting_named_in_the_meeting_field():
    text = (
        "Corvedown County Council Minutes - Full Record\n"
        "Meeting:   County Council (Budget Meeting)\n"
        "Date:      Thursday 19 February 2026, 10.30am\n"
        "Place:     Council Chamber, Shire Hall, Corvebridge\n"
    )
    assert find_body(text, "Corvedown County Council") == "County Council"
    # the same meeting only in a title sentence is the council's full meeting, 'Council'
    sentence = "Corvedown County Council\nMinutes of the meeting of the County Council held on Thursday 19 February 2026\n"
    assert find_body(sentence, "Corvedown County Council") == "Council"


def test_us_city_council_letterhead_over_a_kind_of_sitting():
    text = (
        "JUNIPER WELLS CITY COUNCIL\nREGULAR SESSION MINUTES\nTuesday, March 11, 2025  6:00 p.m.\n"
        "City Council Chambers, 85 North Main Street, Juniper Wells, Utah\n"
        "PRESENT: Mayor Dale Hixon; Council Members Kerri Ostler, Brandon Yazzie, Lynette Pace,\n"
    )
    assert find_body(text, "City of Juniper Wells") == "City Council"
    # another place's city council heading the page is not this city's letterhead
    assert find_body(text.replace("JUNIPER WELLS CITY COUNCIL", "CEDAR FORK CITY COUNCIL"), "City of Juniper Wells") == "Council"
