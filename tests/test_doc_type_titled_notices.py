"""A paper titled as the record of what a body decided is a decision notice (ANNOTATION.md,
Meeting: doc_type), also when its title line names the body first ('CABINET - DECISION RECORD',
'LICENSING SUB-COMMITTEE – NOTICE OF DETERMINATION') or calls itself an extract of resolutions.
Title lines quoted from invented development minutes (corpus/invented: porthmadryn_cbc_1,
pendlecroft_lb_1, matlosane_lm_2), whose gold annotators never saw the extractor."""

from __future__ import annotations

import pytest

from minutes_miner.doc_type import classify_document


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "PORTHMADRYN COUNTY BOROUGH COUNCIL                    CYNGOR BWRDEISTREF SIROL PORTHMADRYN\n\nCABINET - DECISION RECORD\n\n"
            "Date of meeting:   Tuesday, 3 February 2026\nPresent:           Cllr Gareth Llywelyn (Leader, in the Chair)\n\n"
            "ITEM 7   DRAFT REVENUE BUDGET 2026-27\nDecision: Cabinet recommended the budget to Council.\n",
            id="body, then decision record",
        ),
        pytest.param(
            "LONDON BOROUGH OF PENDLECROFT\n\nLICENSING SUB-COMMITTEE – NOTICE OF DETERMINATION\n\n"
            "Licensing Act 2003 – Application for the Review of a Premises Licence\n\nDate of hearing:     Thursday 19 November 2026\n"
            "1. The Sub-Committee considered the application for review made by the Metropolitan Police Service.\n",
            id="body, then notice of determination",
        ),
        pytest.param(
            "MATLOSANE LOCAL MUNICIPALITY\nOFFICE OF THE SPEAKER: COUNCIL SUPPORT SERVICES\n\nEXTRACT OF COUNCIL RESOLUTIONS\n"
            "ORDINARY COUNCIL MEETING: 29 OCTOBER 2026\n\nOC 61/2026   ANNUAL REPORT 2025/26 - TABLING\n"
            "             RESOLVED that the draft Annual Report 2025/26 be tabled\n",
            id="extract of resolutions",
        ),
    ],
)
def test_a_paper_titled_as_a_record_of_decisions_is_a_decision_notice(text: str) -> None:
    assert classify_document(text) == "decision_notice"


def test_minutes_that_mention_a_decision_record_in_a_sentence_stay_minutes() -> None:
    """Near miss: the words inside a line of minutes, not a title line of their own."""
    text = (
        "MINUTES OF THE CABINET MEETING HELD ON 3 FEBRUARY 2026\nPresent: Cllrs Llywelyn, Bowen\n"
        "Members asked that the decision record be published within five days.\nRESOLVED that the budget be recommended to Council.\n"
    )
    assert classify_document(text) == "minutes"
