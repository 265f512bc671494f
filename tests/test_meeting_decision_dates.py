"""A decision notice's date is the one its 'Date of decision:' field gives (ANNOTATION.md: a
decision notice takes the date of the decision it records), wherever on the page that field is
printed: below a ModernGov decision page's text, after a planning board's application fields,
beside a mailing date. Not the publication date, the call-in deadline, a public hearing's date
told in a sentence (a 'Hearing date:' field is test_meeting_hearing_dates.py's), the date the application was deemed complete, nor the date the decision takes effect.
Every page is invented; the expected values were decided by ANNOTATION.md (section Meeting)
before the extractor was run."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import analysed_page


def _read(tmp_path, text: str):
    return analysed_page(tmp_path, text)


@pytest.mark.parametrize(
    "text,when",
    [
        pytest.param(
            "Ashmoor Council\nDecision details\nAward of contract - Highway Lighting (Lot 2)\nDecision Maker: Cabinet Member for Highways\n"
            "Decision status: Recommendations Approved\nIs Key decision?: Yes\nPurpose:\nTo award the lighting contract.\nDecision:\n"
            "1. Awarded the contract to Brightway Ltd from 1 April 2026 for three years.\n"
            + "Reasons: the tender scored highest on quality.\n" * 6
            + "Publication date: 19/02/2026\nDate of decision: 18/02/2026\nEffective from: 27/02/2026\n",
            date(2026, 2, 18),
            id="ModernGov decision page, the field at its foot",
        ),
        pytest.param(
            "VILLAGE OF ELM HOLLOW\nZONING BOARD OF APPEALS\nNOTICE OF DECISION\nApplication No.: ZBA 2025-04\nApplicant: R. Castillo\n"
            "Property: 12 Mill Street\nAction: Area variance - side yard setback, 6 ft where 10 ft required\n"
            "Date of Decision: February 3, 2026\n"
            "The application was deemed complete on November 4, 2025 and a public hearing was held on December 9, 2025.\n"
            "RESOLVED that the variance be granted.\n",
            date(2026, 2, 3),
            id="US board notice, hearing held earlier",
        ),
        pytest.param(
            "COMMITTEE OF ADJUSTMENT\nTOWNSHIP OF PELL RIVER\nNOTICE OF DECISION - File A-12/25\n"
            "Date of decision: July 16, 2025      Date of mailing: July 23, 2025\nLast date of appeal: August 5, 2025\n"
            "The Committee heard the application on July 16, 2025 and granted the minor variance.\n",
            date(2025, 7, 16),
            id="Canadian notice with mailing and appeal dates",
        ),
        pytest.param(
            "Record of decision taken by an officer under delegated powers\nSubject: Road closure, Quay Street\n"
            "Decision taken by: Head of Highways\nDecision date: 9 March 2025\nPublished: 10 March 2025\nDecision: The closure was approved.\n",
            date(2025, 3, 9),
            id="UK officer decision record",
        ),
    ],
)
def test_a_decision_notice_takes_its_date_of_decision(tmp_path, text: str, when: date) -> None:
    assert _read(tmp_path, text).meeting_date == when


def test_a_report_dated_for_a_later_decision_is_not_a_decision_notice_field(tmp_path) -> None:
    """Near miss: minutes that mention when a decision is due in a sentence take their own date."""
    text = (
        "MINUTES OF THE MEETING OF THE PLANNING COMMITTEE HELD ON 4 MARCH 2025\nPresent: Cllrs Hale, Noor\n"
        "The applicant asked when the date of decision would be; officers said 30 April 2025.\nRESOLVED that the item be deferred.\n"
    )
    assert _read(tmp_path, text).meeting_date == date(2025, 3, 4)
