"""Meeting date, document type and body on front pages of the newest invented minutes (corpus/invented):
excerpts quoted as written, with the near-misses that must stay as they were."""

from __future__ import annotations

from datetime import date

from minutes_miner.doc_type import classify_document
from minutes_miner.meeting import find_meeting_date

_REGISTER = (
    "Northmoor County Council\n"
    "Register of Individual Cabinet Member Decisions – November 2025\n\n"
    "Published in accordance with the Local Authorities (Executive Arrangements) (Meetings and\n"
    "Access to Information) (England) Regulations 2012. Call-in deadline: 5pm, 5 working days\n"
    "after publication.\n\n"
    "Ref | Date | Decision maker | Subject | Decision | Key?\n"
    "ICMD/25/088 | 03/11/2025 | Cabinet Member for Children and Families | Foster carer allowances\n"
)


def test_register_of_individual_member_decisions_has_no_meeting_date():
    assert find_meeting_date(_REGISTER, council="Northmoor County Council", doc_type="decision_notice") is None
    # a register of one body's decisions keeps the date of the meeting that took them
    cabinet = "CWMLLECH COUNTY BOROUGH COUNCIL\nREGISTER OF DECISIONS TAKEN BY CABINET\n\nMeeting held on Tuesday 8 October 2024\n"
    assert find_meeting_date(cabinet, council="Cwmllech County Borough Council", doc_type="decision_notice") == date(2024, 10, 8)


def test_register_of_decisions_with_its_month_is_a_decision_notice():
    assert classify_document(_REGISTER, "northmoor_cc_1.txt") == "decision_notice"
    # minutes whose section is headed so are still minutes
    minutes = (
        "MINUTES of the meeting of Wellsby District Council held on 4 March 2025\n\nPRESENT: Councillors A, B and C\n\n"
        "RESOLVED that the report be noted.\n\nREGISTER OF DECISIONS – March 2025\n"
    )
    assert classify_document(minutes, "wellsby_dc_1.txt") == "minutes"
