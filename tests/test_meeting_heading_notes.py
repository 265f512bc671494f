"""A body's heading line with a note printed after its name: an acronym or a statute in brackets,
a reference and date, the meeting's date, the authority the body serves ('... FOR THE CITY OF
X'); a 'Committee of Adjustment'/'Court of Revision' named after its purpose; a report addressed
'To: Chair and Members, X Committee'; a Quebec 'regular sitting of the Municipal Council'. The body
is the name without the note, under the council's letterhead too. Near misses: a bracketed area
that is part of the name ('Area Committee (North)'), a note in words that is no acronym, an item
heading. Invented pages; expected values decided by ANNOTATION.md first."""

from __future__ import annotations

import pytest

from minutes_miner.evaluate import meeting_right
from minutes_miner.readers import read_document
from minutes_miner.structure import analyse

PRESENT = "Present: Councillor A Hale (Chair), Councillors B Noor, C Lee\n1. Apologies for absence were received from Councillor Page.\n"

PAGES = [
    (
        "ASHVALE DISTRICT COUNCIL\nLICENSING SUB-COMMITTEE (LICENSING ACT 2003)\nMINUTES of the hearing held on Thursday 6 March 2025 at 10.00 a.m. in the Council Chamber\n"
        + PRESENT,
        "Licensing Sub-Committee",
    ),
    (
        "KOORINGA SHIRE COUNCIL – LOCAL EMERGENCY MANAGEMENT COMMITTEE (LEMC)\nMeeting notes – Tuesday 11 March 2025 – 7.00pm – Depot\n" + PRESENT,
        "Local Emergency Management Committee",
    ),
    (
        "HARBURY TOWN COUNCIL\nPLANNING & ENVIRONMENT COMMITTEE                     P&E 18.03.25\nMinutes of the meeting held on Tuesday 18 March 2025 at 7pm, Council Chamber\n"
        + PRESENT,
        "Planning and Environment Committee",
    ),
    (
        "Audit and Governance Committee                 23 April 2025\nDrumlee District Council                      Page 3 of 8\nCouncillor Hale asked about the risk register.\n",
        "Audit and Governance Committee",
    ),
    (
        "BOARD OF EDUCATION FOR THE CITY OF PORT ALDEN\nRoom 2, City Hall\nMinutes of Regular Meeting – Thursday, June 5, 2025, 6:00 p.m.\nPresent: President Ann Hale, Commissioners Bo Noor, Cal Lee\n",
        "Board of Education",
    ),
    (
        "Township of Elmhurst Falls\nCommittee of Adjustment\nNOTICE OF DECISION\nFile Number: A-2025-022\nDate of Decision: May 7, 2025\n",
        "Committee of Adjustment",
    ),
    (
        "THE REGIONAL MUNICIPALITY OF NORTHDALE\nTo: Chair and Members, Transportation and Works Committee\nMeeting: April 8, 2025\nFrom: Commissioner of Transportation\nReport: TW-25-014\n",
        "Transportation and Works Committee",
    ),
    (
        "PROVINCE OF QUEBEC\nMUNICIPALITY OF SAINT-LIBOIRE-DU-LAC\nMINUTES of the regular sitting of the Municipal Council of the Municipality of Saint-Liboire-du-Lac, held on Monday, March 3, 2025 at 7:30 p.m.\n"
        "Councillors present: Seat 1 Ann Hale, Seat 2 Bo Noor\n",
        "Municipal Council",
    ),
    # near misses: the bracket is part of the name, or the line is an item, not the body
    ("Westmere District Council\nArea Planning Committee (North)\nMinutes of the meeting held on 4 March 2025\n" + PRESENT, "Area Planning Committee (North)"),
    (
        "ASHVALE DISTRICT COUNCIL\nCABINET\nMinutes of the meeting held on 4 March 2025\n"
        + PRESENT
        + "5. HOUSING REVIEW GROUP (HRG)\nThe group's report was noted.\n",
        "Cabinet",
    ),
]


@pytest.mark.parametrize("text,body", PAGES, ids=[p[0][:40] for p in PAGES])
def test_body_heading_without_its_note(tmp_path, text, body):
    path = tmp_path / "minutes.txt"
    path.write_text(text, encoding="utf-8")
    structure = analyse(read_document(path))
    assert meeting_right("body", body, structure.body), structure.body
