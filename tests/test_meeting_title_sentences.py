"""Front pages whose council, body or type is told only by a title sentence or a second line:
a council without a type word named in the title sentence ('MINUTE of MEETING of LOCHMORE
COUNCIL held ...') or before a dash ('Brackwater Council - Licensing Sub-Committee'); a
letterhead in two languages whose second line is the name the text uses; a venue named after the
council ('held in Council Chamber') that is not the Council's meeting; long minutes titles,
'notes' of a meeting and motions 'by X, second by Y' that make a paper minutes. Near misses: a
council named later in the title sentence as a venue, an English line first, a report. Every
page is invented; the expected values were decided by ANNOTATION.md (section Meeting) before the
extractor was run."""

from __future__ import annotations

import pytest

from minutes_miner.evaluate import meeting_right
from helpers import analysed_page

PRESENT = "Present: Cllr A Hale (Chair), Cllr B Noor, Cllr C Lee\n"


def _read(tmp_path, text: str):
    return analysed_page(tmp_path, text)


@pytest.mark.parametrize(
    "text,council",
    [
        (
            "MINUTE of MEETING of LOCHMORE COUNCIL held in the Council Chambers, Kilmuir House on WEDNESDAY, 26 FEBRUARY 2025 at 10.00 AM\nSederunt: Provost A Hale\n",
            "Lochmore Council",
        ),
        ("Minutes of the Meeting of Elsworth Council held at the Shire Hall on 4 March 2025\n" + PRESENT, "Elsworth Council"),
        ("Brackmoor Council - Licensing Sub-Committee\nNOTICE OF DECISION\nDate of hearing: Monday 3 March 2025\n", "Brackmoor Council"),
        (
            "Cyngor Dinas Aberwen\nAberwen City Council\nCabinet\nMinutes of the meeting held on 5 March 2025 at the Guildhall, Aberwen\n" + PRESENT,
            "Aberwen City Council",
        ),
        (
            "Ceann Mara County Council\nKinmara County Council\nHousing Strategic Policy Committee\nMinutes of meeting held in Council Chamber, Kinmara, on 6 March 2025\n"
            "Chair: Cllr A Hale\nThe Kinmara housing figures were noted. Kinmara applicants numbered 412.\n",
            "Kinmara County Council",
        ),
        # near misses: a council named after 'held at' as a venue; the English name printed first
        ("Minutes of the meeting of the Finance Committee held at Elsworth Council offices on 4 March 2025\n" + PRESENT, None),
        ("Aberwen City Council\nCyngor Dinas Aberwen\nCabinet\nMinutes of the meeting held on 5 March 2025 in Aberwen\n" + PRESENT, "Aberwen City Council"),
    ],
    ids=["scottish minute", "title sentence", "before a dash", "welsh over english", "irish over english", "venue", "english first"],
)
def test_council_from_the_title(tmp_path, text: str, council: str | None) -> None:
    structure = _read(tmp_path, text)
    assert meeting_right("council", council, structure.council), structure.council


@pytest.mark.parametrize(
    "text,body",
    [
        (
            "Ceann Mara County Council\nKinmara County Council\nHousing Strategic Policy Committee\nMinutes of meeting held in Council Chamber, Kinmara, on 6 March 2025\nChair: Cllr A Hale\n",
            "Housing Strategic Policy Committee",
        ),
        # near miss: the Council's own meeting in the Council Chamber
        ("Elsworth Borough Council\nMinutes of the meeting of the Council held in the Council Chamber on 4 March 2025\n" + PRESENT, "Council"),
    ],
    ids=["venue is not the council", "council in its chamber"],
)
def test_body_from_the_title(tmp_path, text: str, body: str) -> None:
    structure = _read(tmp_path, text)
    assert meeting_right("body", body, structure.body), structure.body


@pytest.mark.parametrize(
    "text,doc_type",
    [
        (
            "Ceann Mara County Council\nKinmara County Council\nHousing Strategic Policy Committee\nMinutes of meeting held in Council Chamber, Civic Offices, Kinmara and via MS Teams\n"
            "Thursday, 6 March 2025 at 3.00 p.m.\nChair: Cllr A Hale\n",
            "minutes",
        ),
        ("ELM GREEN PARISH COUNCIL\n\nANNUAL PARISH MEETING - notes\n\nHeld Tues 20th May 2025, 7pm, Village Hall. About 30 residents.\n", "minutes"),
        (
            "BOARD OF COUNTY COMMISSIONERS MESA COUNTY REGULAR MEETING\nMONDAY, MARCH 3, 2025 PAGE 2\n"
            "the culvert will be replaced. Motion by Hale, second by Noor to accept the low bid. Carried 3-0.\n",
            "minutes",
        ),
        # near miss: a report's front page
        (
            "Elsworth Borough Council\nReport to Cabinet\nPurpose of the report\nTo seek approval of the housing strategy.\nRecommendations: That Cabinet approves the strategy.\n",
            "report",
        ),
    ],
    ids=["long title sentence", "meeting notes", "motion by second by", "report"],
)
def test_doc_type_from_the_title(tmp_path, text: str, doc_type: str) -> None:
    assert _read(tmp_path, text).doc_type == doc_type


# A letterhead in two languages: the second line's own name is no naming "again below" (it once counted,
# so the second line won whenever neither place was named in the minutes). Invented councils.
@pytest.mark.parametrize(
    "text, council",
    [
        pytest.param(
            "Cnoc Uaine County Council\nKnockowen County Council\n\nMinutes of the Ordinary Meeting held on 3 March 2025.\nPresent: Cllr A Byrne.\n",
            "Cnoc Uaine County Council",
            id="neither place named below: the first line stands",
        ),
        pytest.param(
            "Page 1 of 6\nCnoc Uaine County Council\nKnockowen County Council\n\nMinutes of the Ordinary Meeting held on 3 March 2025.\n",
            "Cnoc Uaine County Council",
            id="under a page mark",
        ),
        pytest.param(
            "Cnoc Uaine County Council\nKnockowen County Council\n\nMinutes.\nThe Knockowen Municipal District report was noted.\n",
            "Knockowen County Council",
            id="the second line's place named below",
        ),
    ],
)
def test_a_two_language_letterhead_prefers_the_name_the_minutes_use(text: str, council: str) -> None:
    from minutes_miner.meeting_council import bilingual_letterhead

    assert bilingual_letterhead("Cnoc Uaine County Council", text) == council
