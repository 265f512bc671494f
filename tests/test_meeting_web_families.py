"""Meeting fields of a US county court's record, a form seen on real pages of councils no rule was written on (issue
16, session 28): the record opens 'BE IT REMEMBERED, that on this ... day ... there was begun and held a SPECIAL MEETING
of the Honorable Commissioners' Court of <X> County, Texas' and copies the meeting's notice and agenda below. The
county is the authority and the paper is minutes. Invented county, same form."""

from __future__ import annotations

from minutes_miner.doc_type import classify_document
from minutes_miner.extract.model_veto import refused_decision
from minutes_miner.meeting_council import board_authority

RECORD = (
    "Return\nSPECIAL MEETING - June 4, 2019\n\n"
    "BE IT REMEMBERED, that on this 4th day of June A.D., 2019, there was begun and held a SPECIAL MEETING of the Honorable "
    "Commissioners’ Court of Elmwood County, Texas, wherein the following members thereof were present, to-wit:\n\n"
    "HONORABLE ANA RUIZ\n\nELMWOOD COUNTY JUDGE\n\n"
    "AGENDA\nELMWOOD COUNTY\nCOMMISSIONERS COURT MEETING\nJune 4, 2019\n\n"
    "NOTICE is hereby given in accordance with Chapter 551, Texas Government Code, that a SPECIAL MEETING of the "
    "Commissioners Court will be held in the Commissioners Courtroom. Discussion and possible action relating to the "
    "following business will be transacted:\n\n1.   Roll Call\n\nJudge Ruiz called the meeting to order at 10:01 a.m.\n"
)


def test_the_county_whose_court_met_is_the_authority() -> None:
    assert board_authority(RECORD) == "Elmwood County"


def test_the_courts_record_is_minutes_though_it_copies_its_agenda() -> None:
    assert classify_document(RECORD) == "minutes"
    notice_only = RECORD[RECORD.index("AGENDA") :]
    assert classify_document(notice_only) == "agenda"


def test_the_notice_naming_the_commissioners_court_is_no_decision() -> None:
    notice = RECORD[RECORD.index("NOTICE") : RECORD.index("1.   Roll")].strip()
    assert refused_decision(None, notice, 0, len(notice))
    decided = "The Commission approved the budget amendment."
    assert not refused_decision(None, decided, 0, len(decided))


def test_a_title_in_capitals_running_on_into_held_names_the_village_alone() -> None:
    """'MINUTES OF THE REGULAR MEETING 09-12 OF COUNCIL FOR THE VILLAGE OF ELMBROOK HELD AT 7:30 PM ON TUESDAY, ...' (a
    Yukon village): the place is the village's name, not 'Elmbrook Held'."""
    from minutes_miner.meeting_council import find_council_in_text

    title = "MINUTES OF THE REGULAR MEETING 09-12 OF COUNCIL FOR THE VILLAGE OF ELMBROOK HELD AT 7:30 PM ON TUESDAY,\nJUNE 23, 2009 IN THE COUNCIL CHAMBERS\n"
    assert find_council_in_text(title) == "Village of Elmbrook"
