"""A heading line that prints the meeting in cells: a running header laid out in columns
('BOARD OF COUNTY COMMISSIONERS      GRAYSON COUNTY      REGULAR MEETING', as a US county's
later pages carry it) or joined by a spaced dash ('Ashvale Council - Licensing Sub-Committee
(Alcohol and Entertainment)', 'BOARD OF SELECTMEN - TOWN OF EASTBRIDGE'). One cell names the
body, one the authority, one the kind of sitting; the body is the cell that reads as a body,
even on a page that starts mid-document with no title sentence. Near misses: a cell that only
names the authority (its own meeting is not read from it), a table row with a committee's name
in a column, an item's title beside a page number.

Every page is invented, in the styles of US, South African, UK, Irish and Canadian councils;
the expected values were decided by ANNOTATION.md (section Meeting) before the extractor ran."""

from __future__ import annotations

import pytest

from helpers import analysed_page


def _read(tmp_path, text: str):
    return analysed_page(tmp_path, text)


@pytest.mark.parametrize(
    "text,body",
    [
        pytest.param(
            "BOARD OF COUNTY COMMISSIONERS        GRAYSON COUNTY        REGULAR MEETING\n"
            "MONDAY, MARCH 10, 2025                                        PAGE 3\n"
            "culvert on County Road 12 will be replaced next month.\nMotion by Ames, second by Polk to approve the claims. Motion carried 3-0.\n",
            "Board of County Commissioners",
            id="US county running header in columns",
        ),
        pytest.param(
            "CITY COMMISSION          CITY OF PALM HOLLOW          REGULAR SESSION\nTUESDAY, APRIL 8, 2025                                   PAGE 4\n"
            "the sidewalk program was discussed at length.\nMotion by Commissioner Reyes to approve. Motion carried 5-0.\n",
            "City Commission",
            id="US city commission running header in columns",
        ),
        pytest.param(
            "Tarnbrook Township\tBoard of Trustees\tSpecial Meeting\nJune 2, 2025\nTrustee Orr moved to approve the road levy. Motion carried.\n",
            "Board of Trustees",
            id="tab-separated header cells",
        ),
        pytest.param(
            "BOARD OF SELECTMEN - TOWN OF EASTBRIDGE\nMeeting Minutes, Tuesday, May 6, 2025\nPresent: Chair Lisa Marsh, Selectmen Tom Pike and Dana Cole\n",
            "Board of Selectmen",
            id="body then authority joined by a dash",
        ),
        pytest.param(
            "Ashvale Council - Licensing Sub-Committee (Alcohol and Entertainment)\nNOTICE OF DECISION\nDate of hearing:    Tuesday 3 June 2025\n"
            "Members:            Cllr A Brown (Chair), Cllr B Green\nMatter:             Review of premises licence\n",
            "Licensing Sub-Committee (Alcohol and Entertainment)",
            id="authority then body with its bracketed remit",
        ),
        pytest.param(
            "Page 2 of 9\nMBALENHLE LOCAL MUNICIPALITY - PORTFOLIO COMMITTEE: INFRASTRUCTURE\nMINUTES: 4 APRIL 2025\n"
            "  5.  ROADS MAINTENANCE\n      The Manager Roads reported 14 potholes repaired.\n      AGREED.\n",
            "Portfolio Committee: Infrastructure",
            id="South African portfolio committee after the municipality",
        ),
        pytest.param(
            "Kilcoole Municipal District  |  Roads and Transportation Committee  |  Minutes\n11 March 2025\nThe committee noted the works programme.\n",
            "Roads and Transportation Committee",
            id="bar-separated cells",
        ),
    ],
)
def test_body_from_a_heading_in_cells(tmp_path, text: str, body: str) -> None:
    assert _read(tmp_path, text).body == body


@pytest.mark.parametrize(
    "text,body",
    [
        pytest.param(
            "GRAYSON COUNTY        REGULAR MEETING\nMONDAY, MARCH 10, 2025\nculvert on County Road 12 will be replaced.\nMotion carried 3-0.\n",
            None,
            id="authority and sitting only: no body read",
        ),
        pytest.param(
            "Minutes of the meeting of the Finance Committee held on 3 March 2025\nPresent: Cllr A Hale (Chair), Cllr B Noor\n"
            "Budget monitoring        Audit Committee        5 May 2025\n",
            "Finance Committee",
            id="a committee named in a table column below the title",
        ),
        pytest.param(
            "Budget Consultation Report\nHarrowdene County Council Labour Group – Alternative Budget\nAmendment to the Revenue Budget 2025-26\n"
            "Proposed by Mr A Brady\n",
            None,
            id="a political group's paper: a cell that is neither authority, sitting, date nor page",
        ),
        pytest.param(
            "Agenda item\n\nHealth and Wellbeing Board - Revised Terms of Reference\n\nMinutes:\n\nThe report was received.\n",
            None,
            id="an agenda item titled with a body and its subject",
        ),
        pytest.param(
            "Harbour Vale District Council\nMinutes of the meeting of the Cabinet held on 4 March 2025\n"
            "12.  Report of the Scrutiny Committee          Page 14\n",
            "Cabinet",
            id="an item's title beside its page number",
        ),
    ],
)
def test_cells_near_misses(tmp_path, text: str, body: str | None) -> None:
    assert _read(tmp_path, text).body == body


@pytest.mark.parametrize(
    "text,body",
    [
        pytest.param(
            "LOWER WENHAM PARISH COUNCIL\nANNUAL PARISH MEETING - notes\nHeld Tues 13th May 2025, 7pm, Village Hall. Chaired by Cllr P Ames.\nApprox 20 residents attended.\n",
            "Annual Parish Meeting",
            id="the electors' annual meeting under the parish council's letterhead, a note after a dash",
        ),
        pytest.param(
            "Brinkley Town Council\nAnnual Town Meeting – Minutes\nHeld on Thursday 17 April 2025 at 7.00pm in the Town Hall\nPresent: The Town Mayor and 35 electors\n",
            "Annual Town Meeting",
            id="annual town meeting, the paper's name after a dash",
        ),
        pytest.param(
            "PENHALLOW PARISH COUNCIL\nParish Meeting - Minutes\nHeld on Wednesday 9 April 2025 at 7pm in the Village Hall\nPresent: 14 electors and Cllrs Ames, Bell\n",
            "Parish Meeting",
            id="the parish meeting of electors under the council's letterhead",
        ),
        # near misses: the council's own annual meeting is the council
        pytest.param(
            "LOWER WENHAM PARISH COUNCIL\nANNUAL MEETING OF THE PARISH COUNCIL - Minutes\nHeld Tues 13th May 2025, 7pm, Village Hall.\nPresent: Cllrs Ames, Bell\n",
            "Lower Wenham Parish Council",
            id="the parish council's own annual meeting",
        ),
        pytest.param(
            "Brinkley Town Council\nAnnual Council Meeting – Minutes\nHeld on Thursday 15 May 2025 at 7.00pm in the Town Hall\nPresent: Cllrs Ames, Bell\n",
            "Brinkley Town Council",
            id="the town council's annual meeting",
        ),
    ],
)
def test_letterhead_over_a_heading_with_a_note(tmp_path, text: str, body: str) -> None:
    assert _read(tmp_path, text).body == body


@pytest.mark.parametrize(
    "text,body",
    [
        pytest.param(
            "HARLOW FIELDS TOWN COUNCIL\nPLANNING COMMITTEE\nMINUTES – 5 MARCH 2025\nPresent: Cllrs A Ames, B Bell\n",
            "Planning Committee",
            id="letterhead, body, then the paper's name over its date",
        ),
        pytest.param(
            "Kilbride Community Council\nRoads and Paths Working Group\nDraft Minutes | Tuesday 8 April 2025\nPresent: J Ames, K Bell\n",
            "Roads and Paths Working Group",
            id="a working group under a Scottish community council, draft minutes and a bar",
        ),
        pytest.param(
            "Waimaru District Council\nAudit and Risk Committee\nAgenda - 14/05/2025\n1. Apologies\n",
            "Audit and Risk Committee",
            id="an agenda's name over a numeric date",
        ),
        # near miss: nothing but the paper's name under the letterhead: the council's own meeting
        pytest.param(
            "ASHBY PARISH COUNCIL\nMINUTES – 5 MARCH 2025\nPresent: Cllrs A Ames, B Bell\n",
            "Ashby Parish Council",
            id="the parish council's own minutes",
        ),
    ],
)
def test_paper_name_over_date_names_no_body(tmp_path, text: str, body: str) -> None:
    assert _read(tmp_path, text).body == body


@pytest.mark.parametrize(
    "text,council",
    [
        pytest.param(
            "Agenda and minutes - Education Committee, Tuesday 2 September 2025 | Glenmorrow Council\n\nAgenda and minutes\n"
            "Education Committee - Tuesday, 2nd September, 2025 10.00 am\nVenue: Council Chambers\n1. Declarations of Interest\nMinutes:\nThere were none.\n",
            "Glenmorrow Council",
            id="a ModernGov page title with the site's name after a bar",
        ),
        pytest.param(
            "Meeting minutes | Town of Harrow Creek\n\nPlanning Commission\nMarch 4, 2025\nPresent: Commissioners Ames, Bell\nMotion carried 3-0.\n",
            "Town of Harrow Creek",
            id="a US town's page title",
        ),
        # near misses: the last cell is a page number, a body or a date, not the authority
        pytest.param(
            "Cabinet | Tuesday 4 March 2025 | Page 3\n\nthe consultation closes on 14 April 2025.\nRESOLVED that the strategy be approved.\n",
            None,
            id="a running header ending in a page number",
        ),
        pytest.param(
            "Minutes | Planning Committee\n\nPresent: Cllrs Ames, Bell\nThe Committee agreed the conditions.\n",
            None,
            id="a title ending in the body",
        ),
    ],
)
def test_council_from_a_page_title(tmp_path, text: str, council: str | None) -> None:
    assert _read(tmp_path, text).council == council
