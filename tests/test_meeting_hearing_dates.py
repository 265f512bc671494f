"""A notice that prints a 'Hearing date:' field records that hearing: its date is the meeting's
(ANNOTATION.md, Meeting: the date of the meeting itself), before a 'Date of Decision' signed days
later; and a date in figures glossed in words in brackets is read as the words say. The field
lines and title lines are quoted from invented development minutes (corpus/invented:
willowmere_ab_1, brackwater_ua_1, pendlebrook_charity_1), whose gold was written by annotators
who never saw the extractor; the rest of each page is cut to what the test needs."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import analysed_page
from minutes_miner.dates import parse_date


@pytest.mark.parametrize(
    "text,when",
    [
        pytest.param(
            "TOWN OF WILLOWMERE\nSubdivision and Development Appeal Board\n\n                           NOTICE OF DECISION\n"
            "SDAB File No.:        SDAB-2025-003\nAppellant:            Corinne and Darcy Vandermeer\n"
            "Hearing Date:         Thursday, May 22, 2025, 6:00 p.m., Town Council Chambers\n"
            "Date of Decision:     May 29, 2025\n\n"
            "1. BACKGROUND\nThe Board heard the appeal and allowed it in part.\n",
            date(2025, 5, 22),
            id="appeal board: the hearing, not the later date of decision",
        ),
        pytest.param(
            "Brackwater Council - Licensing Sub-Committee (Hackney Carriage and Private Hire)\n\nNOTICE OF DECISION\n\n"
            "Date of hearing:    Monday 16 November 2026\nMembers:            Cllr T Ibbotson (Chair), Cllr R Khalil, Cllr W Moss\n"
            "Matter:             Review of private hire driver's licence - Driver ref. PHD/4471\n\n"
            "Summary of the facts\nOn 2 August 2026 he was stopped by police and received a fixed penalty.\n",
            date(2026, 11, 16),
            id="licensing notice: its date of hearing field",
        ),
        pytest.param(
            "COMMITTEE OF ADJUSTMENT\nTOWNSHIP OF PELL RIVER\nNOTICE OF DECISION - File A-12/25\n"
            "Date of decision: Wednesday, July 16, 2025      Date of mailing: July 23, 2025\n"
            "The Committee granted the minor variance.\n",
            date(2025, 7, 16),
            id="a field that prints a weekday first",
        ),
        pytest.param(
            "VILLAGE OF ELM HOLLOW\nZONING BOARD OF APPEALS\nNOTICE OF DECISION\nApplication No.: ZBA 2025-04\n"
            "Date of Decision: February 3, 2026\nThe hearing date was December 9, 2025, when the board heard the applicant.\n"
            "RESOLVED that the variance be granted.\n",
            date(2026, 2, 3),
            id="near miss: a hearing told in a sentence is no hearing field",
        ),
        pytest.param(
            "PENDLEBROOK RECREATION GROUND TRUST (Registered Charity No. 1049217)\nPendlebrook Town Council acting as sole corporate Trustee\n\n"
            "Record of the Trustee meeting - 03/12/2026 (March 12, 2026) - Pavilion, Pendlebrook Rec\n\n"
            "Trustee members present: Cllrs Bellamy (chairing), Cuthbertson, Dunmore\n",
            date(2026, 3, 12),
            id="a date in figures and words takes the words",
        ),
    ],
)
def test_the_meeting_date_of_a_notice_or_record(tmp_path, text: str, when: date) -> None:
    assert analysed_page(tmp_path, text).meeting_date == when


@pytest.mark.parametrize(
    "written,when",
    [
        pytest.param("03/12/2026 (12 March 2026)", date(2026, 3, 12), id="glossed day first"),
        pytest.param("03/12/2026", date(2026, 12, 3), id="figures alone: day first"),
        pytest.param("03/12/2026 (see item 4, 5 March 2026)", date(2026, 12, 3), id="brackets that open with no date"),
        pytest.param("03/12/2026 (Item 7)", date(2026, 12, 3), id="brackets without a date"),
    ],
)
def test_only_a_gloss_that_opens_the_brackets_settles_the_order(written: str, when: date) -> None:
    assert parse_date(written) == when
