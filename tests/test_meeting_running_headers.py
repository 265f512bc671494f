"""A meeting's date printed in a heading line '<body or paper> - <date>' (a running header on a
later page, 'Decisions - Thursday 22 October 2026' under a letterhead) beats a date that a
sentence below labels ('the backstop date of 28 February 2027', 'may be implemented after 5pm
on 30 October'); a decisions page titled so is a decision notice; a Scottish 'MINUTE of MEETING'
is minutes. Near misses: the next meeting's and the previous minutes' dates in the same form.
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
            "Planning Committee - 12 March 2025                                        4\n\nTarnwick District Council\n\n"
            "the applicant's agent, who said that the scheme met the policy. The deadline date of 30 June 2025 for the\n"
            "legal agreement was noted and the Committee agreed the conditions.\n",
            date(2025, 3, 12),
            id="UK running header with a page number",
        ),
        pytest.param(
            "Cabinet | Tuesday 4 March 2025 | Page 3\n\nthe consultation closes on 14 April 2025 and the results will be reported to Cabinet.\n"
            "RESOLVED that the draft strategy be approved for consultation.\n",
            date(2025, 3, 4),
            id="bar-separated running header",
        ),
        pytest.param(
            "City Council Regular Meeting – March 3, 2025                              Page 2\n\n"
            "staff noted that the effective date of April 1, 2025 applies to all new permits. Motion by Hale, second by Noor. Carried 5-0.\n",
            date(2025, 3, 3),
            id="US running header",
        ),
        pytest.param(
            "Ashby District Council\nCabinet\n\nDecisions - Thursday 6 March 2025\n\nPublished 7 March 2025. These decisions may be implemented\n"
            "after 5pm on 14 March 2025 unless called in.\n\nCAB/12 Leisure Contract\nThe extension of the contract was approved.\n",
            date(2025, 3, 6),
            id="decisions page",
        ),
        # near misses: the next meeting's and the previous minutes' dates written the same way
        pytest.param(
            "Minutes of the meeting of the Finance Committee held on 3 March 2025\nNext meeting - 5 May 2025\nPresent: Cllr A Hale (Chair), Cllr B Noor\n",
            date(2025, 3, 3),
            id="next meeting line",
        ),
        pytest.param(
            "HOLM PARISH COUNCIL\nMinutes of the meeting held on Monday 3 March 2025\nMinutes of the previous meeting - 3 February 2025\nPresent: Cllrs Hale, Noor\n",
            date(2025, 3, 3),
            id="previous minutes line",
        ),
    ],
)
def test_date_in_a_heading_line(tmp_path, text: str, when: date) -> None:
    assert _read(tmp_path, text).meeting_date == when


@pytest.mark.parametrize(
    "text,doc_type",
    [
        (
            "Ashby District Council\nCabinet\n\nDecisions - Thursday 6 March 2025\n\nCAB/12 Leisure Contract\nThe extension of the contract was approved.\n",
            "decision_notice",
        ),
        (
            "Kelby Borough Council\nLicensing Committee\nDecisions: 12 February 2025\n\n1. Premises licence, 4 High Street - granted with conditions.\n",
            "decision_notice",
        ),
        (
            "MINUTE of MEETING of LOCHMORE COUNCIL held in the Council Chambers, Kilmuir House on WEDNESDAY, 26 FEBRUARY 2025 at 10.00 AM\n"
            "Sederunt: Provost A Hale (Chair); Councillors Noor, Lee\n",
            "minutes",
        ),
        # near miss: minutes whose items end in a decisions heading
        (
            "Minutes of the Cabinet held on 6 March 2025\nPresent: Cllr A Hale (Leader), Cllr B Noor\n\nDecisions - summary\n1. The contract was extended.\n",
            "minutes",
        ),
    ],
    ids=["decisions dash date", "decisions colon date", "scottish minute", "minutes with a decisions summary"],
)
def test_doc_type_of_a_titled_page(tmp_path, text: str, doc_type: str) -> None:
    assert _read(tmp_path, text).doc_type == doc_type


@pytest.mark.parametrize(
    "text,when",
    [
        (
            "City of Dunmore Falls\nCity Council Minutes\nMarch 4th, 2025\nNext regular meeting: March 18th, 2025\nPresent: Mayor Hale, Councilmembers Noor, Lee\n",
            date(2025, 3, 4),
        ),
        ("Elm Ridge Parish Council\nMinutes 4 March 2025\nNext ordinary meeting of the council: 1 April 2025\nPresent: Cllrs Hale, Noor\n", date(2025, 3, 4)),
        # near miss: the meeting's own date labelled 'Meeting:' is still read
        ("Village of Alder Bay\nBoard of Trustees\nMeeting: March 4, 2025\nPresent: Trustees Hale, Noor, Lee\n", date(2025, 3, 4)),
    ],
    ids=["next regular meeting", "next ordinary meeting of the council", "meeting label"],
)
def test_the_next_meeting_with_a_qualifier_is_not_this_one(tmp_path, text: str, when: date) -> None:
    assert _read(tmp_path, text).meeting_date == when


@pytest.mark.parametrize(
    "text,doc_type",
    [
        (
            "DECISION OF THE CABINET MEMBER FOR HOUSING\nWexley District Council\nDecision date: 4 March 2025\nDecision: To approve the tenancy strategy.\n",
            "decision_notice",
        ),
        (
            "TOWN OF ALDER BAY\nNOTICE OF REGULAR MEETING\nThe Town Council will meet on Tuesday, March 4, 2025 at 7:00 p.m.\n1. Call to order\n"
            "2. Approval of minutes of February 18, 2025\n3. Public comment\n",
            "agenda",
        ),
        (
            "HOLM PARISH COUNCIL\nNotice of Extraordinary Meeting\nMembers are summoned to a meeting on Monday 3 March 2025 at 7pm.\nBusiness: 1. Apologies\n",
            "agenda",
        ),
        # near misses: minutes that print a summary of decisions or a notice of meeting below their title
        (
            "Minutes of the Planning Committee held on 5 March 2025\nPresent: Cllr A Hale (Chair), Cllr B Noor\nSummary of Decisions\n"
            "1. The application was approved.\n",
            "minutes",
        ),
        (
            "Minutes of the Town Council meeting held on 4 March 2025\nPresent: Mayor Hale, Councillors Noor, Lee\nNotice of Regular Meeting\n"
            "The notice was posted as required. Moved by Noor, seconded by Lee, to approve the agenda. Carried.\n",
            "minutes",
        ),
    ],
    ids=[
        "cabinet member decision",
        "notice of regular meeting",
        "notice of extraordinary meeting",
        "minutes with decisions",
        "minutes with notice",
    ],
)
def test_decision_and_notice_titles(tmp_path, text: str, doc_type: str) -> None:
    assert _read(tmp_path, text).doc_type == doc_type


def test_a_heading_date_line_of_blanks_is_read_in_linear_time():
    """A line of 3,000 blanks before (or after) a date: the indent is taken once (possessive), not given back a
    blank at a time with the 'next/previous' look-ahead read to the line's end at each (0.3 s a date)."""
    import time

    from minutes_miner.dates import _HEADING_DATE_AFTER_RE, _HEADING_DATE_BEFORE_RE

    assert _HEADING_DATE_BEFORE_RE.match("   Planning Committee - ")
    assert _HEADING_DATE_BEFORE_RE.match("\tCabinet | Tuesday ")
    assert not _HEADING_DATE_BEFORE_RE.match("   Next meeting - ")
    assert all(_HEADING_DATE_AFTER_RE.fullmatch(after) for after in ("   5", " | Page 3", "\t4 of 12  ", ""))
    assert not _HEADING_DATE_AFTER_RE.fullmatch("   at 7pm in the Hall")
    started = time.process_time()
    for _ in range(10):
        assert not _HEADING_DATE_BEFORE_RE.match(" " * 3000)
        assert not _HEADING_DATE_AFTER_RE.fullmatch(" " * 3000 + "x")
    assert time.process_time() - started < 0.5
