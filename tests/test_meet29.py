"""Meeting council and body on front pages of the newest invented minutes (corpus/invented, the inv27 batch):
excerpts quoted as written, with the near-misses that must stay as they were."""

from __future__ import annotations

from datetime import date

import pytest

from minutes_miner.doc_type import classify_document
from minutes_miner.meeting import find_body, find_council, find_meeting_date
from minutes_miner.meeting_body import _english_of_dashed_pair, _remit_after_body
from minutes_miner.meeting_council import is_authority_name, without_designation

_POLICE_JURY = (
    "BAYOU CHEVAL PARISH POLICE JURY\n"
    "OFFICIAL PROCEEDINGS\n"
    "Ville Platte Road Courthouse Annex, St. Odile, Louisiana\n"
    "Regular Session, Monday, January 12, 2026, 6:00 o'clock p.m.\n\n"
    "The Bayou Cheval Parish Police Jury met in regular session on the above date with the\n"
    "following members present: Pres. Clovis Fontenot (Dist. 3), Vice-Pres. Yvette Guidry\n"
)


def test_a_louisiana_police_jury_is_the_authority_and_meets_as_itself():
    council, _ = find_council({}, _POLICE_JURY)
    assert council == "Bayou Cheval Parish Police Jury"
    assert find_body(_POLICE_JURY, council) == council
    # a jury that is no authority's name: no place before it
    assert not is_authority_name("Grand Jury")


_NUMBERED_DISTRICT = (
    "MARLOW CREEK UNIFIED SCHOOL DISTRICT 418\n"
    "BOARD OF EDUCATION - REGULAR MEETING\n"
    "Official Minutes\n"
    "District Office Board Room, 600 E. Santa Fe St., Marlow Creek, Kansas\n"
    "Monday, December 8, 2025\n\n"
    "Members present: Dwight Hollenbeck (President), Lisa Ochs (Vice President), Rodney\n"
)


def test_a_school_district_named_by_its_bare_number():
    council, _ = find_council({}, _NUMBERED_DISTRICT)
    assert council == "Marlow Creek Unified School District 418"
    assert find_body(_NUMBERED_DISTRICT, council) == "Board of Education"  # the district's own letterhead is not the body
    assert without_designation("Marlow Creek Unified School District 418") == "Marlow Creek Unified School District"
    # a bare number after another kind of name is no designation
    assert without_designation("Elm Creek County 2025") == "Elm Creek County 2025"
    assert without_designation("Rural Municipality of Prairie Gull No. 388") == "Rural Municipality of Prairie Gull"


def test_an_action_log_brought_up_to_a_meeting_is_no_meeting_record():
    log = (
        "GLENVOAR TOWN COMMISSIONERS\n"
        "ACTION LOG — following Board meeting of 8 January 2026\n"
        "(to be read with the approved minutes; items closed at this meeting are struck from the log)\n\n"
        "Ref     Item                                  Owner             Due          Status\n"
        "24/88   Promenade railings repainting         Town Clerk        Mar 2026     OPEN - quote\n"
    )
    assert classify_document(log, "glenvoar_iom_1.txt") == "other"
    # minutes titled so keep their type, with an action log below them
    minutes = (
        "MINUTES OF THE BOARD MEETING OF GLENVOAR TOWN COMMISSIONERS HELD ON 8 JANUARY 2026\n"
        "ACTION LOG — following Board meeting of 8 January 2026\nPresent: Mr A, Mrs B\n\nRESOLVED that the report be noted.\n"
    )
    assert classify_document(minutes, "glenvoar_iom_2.txt") == "minutes"
    # an 'Action log' line that names no meeting after its dash is no register title
    assert classify_document("GLENVOAR TOWN COMMISSIONERS\nMINUTES\nAction log - see below\nPresent: Mr A\n", "glenvoar_iom_3.txt") == "minutes"


_POLICY_COMMITTEE = (
    "Ballinvarra County Council\n"
    "Strategic Policy Committee – Climate Action, Transportation & Water Services\n"
    "Minutes – Meeting of 3 December 2025 (hybrid; Council Chamber and MS Teams) – 10.30am\n\n"
    "Attendance\n"
    "Chair:     Cllr. Úna Prendergast\n"
)


def test_a_policy_committee_named_with_its_remit_after_a_spaced_dash():
    body = find_body(_POLICY_COMMITTEE, "Ballinvarra County Council")
    assert body == "Strategic Policy Committee – Climate Action, Transportation & Water Services"
    assert _remit_after_body("Strategic Policy Committee – Housing")
    # a dash after any other committee is not a remit ('– Site Visits' is the kind of sitting), nor a remit with a number
    assert not _remit_after_body("Planning Committee – Site Visits")
    assert not _remit_after_body("Strategic Policy Committee – Housing 2025")


def test_a_title_in_two_languages_joined_by_a_dash_keeps_its_english_name():
    assembly = (
        "PARISH OF ST HÉREL\n"
        "ASSEMBLÉE PAROISSIALE — PARISH ASSEMBLY\n\n"
        "Minutes of the Parish Assembly of the Principals and Electors of the Parish of St Hérel,\n"
        "convened by the Connétable and held at the Parish Hall on Tuesday 25 November 2025 at 7.30pm.\n"
    )
    assert find_body(assembly, "Parish of St Hérel") == "Parish Assembly"
    assert _english_of_dashed_pair("Te Poari ā-Hapori — Community Board") == "Community Board"
    # a body then the kind of sitting, or the body then whose it is: no second language
    assert _english_of_dashed_pair("Ōtaki Community Board — Annual Meeting") == "Ōtaki Community Board — Annual Meeting"
    assert _english_of_dashed_pair("Board of Trustees — Elm Public Library District") == "Board of Trustees — Elm Public Library District"
    assert _english_of_dashed_pair("Comité de Planification — Cté") == "Comité de Planification — Cté"


def test_a_board_of_education_named_after_its_township_is_the_authority():
    board = (
        "PEQUANSET TOWNSHIP BOARD OF EDUCATION\n"
        "Pequanset, New Jersey\n"
        "MINUTES - REGULAR PUBLIC MEETING - October 20, 2025\n"
        "Pequanset Middle School Media Center, 7:00 PM\n\n"
        "I.   CALL TO ORDER. Board President Linda Marchetti called the meeting to order at\n"
    )
    council, _ = find_council({}, board)
    assert council == "Pequanset Township Board of Education"
    assert find_body(board, council) == "Board of Education"
    # a township's own board of trustees is the township's body, not an authority of its own
    trustees = "ELM CREEK TOWNSHIP BOARD OF TRUSTEES\nMINUTES - REGULAR MEETING - October 20, 2025\n\nCALL TO ORDER at 7 pm.\n"
    assert find_council({}, trustees)[0] == "Elm Creek Township"


_ACTION_REGISTER = (
    "TOWNSHIP OF BELLCAIRN\n"
    "COUNCIL MEETING - ACTION ITEM REGISTER\n"
    "Updated following the Regular Council Meeting of Wednesday, May 6, 2026\n"
    "Prepared by: Nadia Kostova, Deputy Clerk\n\n"
    "No.      Meeting      Resolution / Direction                         Assigned to        Due          Status\n"
    "2026-17  Mar 4        Obtain two quotes for replacing the             Facilities Mgr     Apr 1        C\n"
)


def test_an_action_register_takes_the_meeting_it_was_brought_up_to():
    assert classify_document(_ACTION_REGISTER, "bellcairn_twp_on_1.txt") == "other"
    assert find_meeting_date(_ACTION_REGISTER, council="Township of Bellcairn", doc_type="other") == date(2026, 5, 6)
    # minutes that open so are still read as minutes: the meeting 'following' which is an earlier one
    minutes = "TOWNSHIP OF BELLCAIRN\nMINUTES\nUpdated following the Regular Council Meeting of Wednesday, May 6, 2026\nPresent: Mayor Horvath\n"
    assert find_meeting_date(minutes, council="Township of Bellcairn", doc_type="minutes") is None
    # a register whose opening names no meeting has no date
    assert find_meeting_date("TOWNSHIP OF BELLCAIRN\nACTION LOG\nPrinted May 6, 2026\n", council="Township of Bellcairn", doc_type="other") is None


def test_an_authority_heading_its_meeting_with_its_kind_keeps_that_name():
    brecon = (
        "Agenda and minutes\n\n"
        "National Park Authority\n"
        "Tuesday, 25th June, 2019 10.00 am\n\n"
        "Venue: Conference Room, Plas y Ffynnon, Cambrian Way, Brecon LD3 7HP. View directions\n"
    )
    assert find_body(brecon, "Brecon Beacons National Park Authority") == "National Park Authority"
    # the kind named only inside a title sentence: the authority meets as itself, by its full name
    moorfell = (
        "Moorfell National Park Authority\nAwdurdod Parc Cenedlaethol Rhos-y-Fell\n\n"
        "Minutes of the National Park Authority meeting\n"
        "Friday 6 December 2024, 10.00am, Plas Rhiwlas, Llanfyrnach, and via Teams\n"
    )
    assert find_body(moorfell, "Moorfell National Park Authority") == "Moorfell National Park Authority"
    # a parish council's own meeting headed 'Parish Council' keeps the council's name
    parish = "Parish Council\nTuesday, 4 March 2025 7.30 pm\n\nPresent: Cllrs A and B\n"
    assert find_body(parish, "Elmford Parish Council") == "Elmford Parish Council"


@pytest.mark.parametrize(
    "title, held",
    [
        ("MINUTES of the meeting of Ashcombe Parish Council (deferred from 7 March 2023) held on 14 March 2023 at 7pm", date(2023, 3, 14)),
        ("Minutes of the Adjourned Meeting of Ashcombe Town Council (adjourned from 2 May 2024) reconvened on 9 May 2024", date(2024, 5, 9)),
    ],
)
def test_a_date_after_a_bracketed_aside_about_another_date_is_the_meetings(title: str, held: date) -> None:
    assert find_meeting_date(title + "\n\nPresent: Cllrs Hale, Noor.\n\n1. Apologies\nNone.\n") == held


def test_an_aside_with_no_date_leaves_an_approved_minutes_date_an_earlier_meetings() -> None:
    text = "Ashcombe Parish Council\n\n1. To approve the minutes (attached) of 7 February 2021\nApproved.\n"
    assert find_meeting_date(text) != date(2021, 2, 7)
