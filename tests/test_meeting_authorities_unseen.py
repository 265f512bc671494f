"""Authorities of kinds the council rules had not met, heading their own papers (no collector's
'COUNCIL:' line): South African local, district and metropolitan municipalities, First Nations
and bands, Canadian regional districts and counties ('County of X'), US general improvement
districts, housing authorities of a city and public libraries under a ' -- ' dash, joint
committees and boards of two councils named by their purpose, and a running header that the
reader flattened into one line ('X Licensing Board Minute - 5 March 2025', 'R.M. OF X NO. 412').
Near misses: the same kinds named only in a later item, in the attendance list, or under a
council's own letterhead; a body word where a place should be. Every page is invented; the
expected values were decided by ANNOTATION.md (section Meeting) before the extractor was run."""

from __future__ import annotations

import pytest

from minutes_miner.evaluate import meeting_right
from helpers import analysed_page

PRESENT = "Present: Cllr A Hale (Chair), Cllr B Noor, Cllr C Lee\nApologies: Cllr D Page\n"


def _read(tmp_path, text: str):
    return analysed_page(tmp_path, text, "minutes.txt")


AUTHORITIES = [
    # (front page, council)
    pytest.param(
        "UMZIMVELO LOCAL MUNICIPALITY\nMINUTES OF THE ORDINARY COUNCIL MEETING HELD IN THE COUNCIL CHAMBER, ESIKHAWINI, ON 26 MARCH 2025 AT 10:00\n" + PRESENT,
        "Umzimvelo Local Municipality",
        id="SA local municipality",
    ),
    pytest.param(
        "Page 3 of 9\nLETSWALO DISTRICT MUNICIPALITY - MUNICIPAL PUBLIC ACCOUNTS COMMITTEE (MPAC)\nMINUTES: 14 FEBRUARY 2025\n" + PRESENT,
        "Letswalo District Municipality",
        id="SA district municipality under a page number",
    ),
    pytest.param(
        "Kgorong Metropolitan Municipality\nMayoral Committee\nMinutes of the meeting held on Wednesday 5 March 2025 at 09:00, Mayor's Parlour\n" + PRESENT,
        "Kgorong Metropolitan Municipality",
        id="SA metropolitan municipality",
    ),
    pytest.param(
        "RIVER BEND LOCAL MUNICIPALITY      SPECIAL COUNCIL\n                                   3 JUNE 2025\nMINUTES OF THE SPECIAL COUNCIL MEETING\n"
        + PRESENT,
        "River Bend Local Municipality",
        id="SA letterhead and title on one line",
    ),
    pytest.param(
        "SANDY POINT FIRST NATION\nChief and Council - Regular Meeting\nMinutes - March 18, 2025\nPresent: Chief L Moose; Councillors A Hale, B Noor\n",
        "Sandy Point First Nation",
        id="First Nation",
    ),
    pytest.param(
        "Waskesiu Lake Cree Nation\nMINUTES OF CHIEF AND COUNCIL\nFebruary 4, 2025 - Band Office\nPresent: Chief R Bear; Councillors Hale, Noor\n",
        "Waskesiu Lake Cree Nation",
        id="Cree Nation",
    ),
    pytest.param(
        "REGIONAL DISTRICT OF SILVERTON\nBOARD OF DIRECTORS\nMINUTES of the regular meeting held Thursday, April 10, 2025 at 1:30 PM\nPRESENT: Chair A Hale, Directors B Noor, C Lee\n",
        "Regional District of Silverton",
        id="BC regional district",
    ),
    pytest.param(
        "# County of Hartwick\n## Council Minutes\n\n**Date:** Tuesday, May 6, 2025\n**Present:** Warden A Hale, Councillors Noor, Lee\n",
        "County of Hartwick",
        id="Ontario county in Markdown",
    ),
    pytest.param(
        "CEDAR WASH GENERAL IMPROVEMENT DISTRICT\nBoard of Trustees - minutes of the regular meeting, 3/18/2025\nTrustees present: Hale (chair), Noor, Lee\n",
        "Cedar Wash General Improvement District",
        id="GID",
    ),
    pytest.param(
        "HOUSING AUTHORITY OF THE CITY OF PORT ALDER\nBoard of Commissioners\nMinutes of the Regular Meeting - Tuesday, February 11, 2025\nCommissioners present: Hale, Noor, Lee\n",
        "Housing Authority of the City of Port Alder",
        id="housing authority of a city",
    ),
    pytest.param(
        "Maple Ford Public Library -- Board of Trustees\nMinutes, regular meeting, Jan. 21 2025\nPresent: Trustees Hale (Pres.), Noor, Lee\n",
        "Maple Ford Public Library",
        id="library under a double dash",
    ),
    pytest.param(
        "# Ashby and Tolworth Cemetery Joint Committee\n\n**Minutes** of the meeting held on Friday 7 March 2025 at 10.00 am\n\n"
        "**Present:** Cllr A Hale (Ashby Borough Council) (Chair); Cllr B Noor (Tolworth District Council)\n",
        "Ashby and Tolworth Cemetery Joint Committee",
        id="joint committee named by its purpose, partners in the attendance list",
    ),
    pytest.param(
        "FENWAY AND STROUD JOINT WASTE BOARD\nMinutes of the meeting held at Fenway Civic Centre on Thursday 20 March 2025 at 2.00pm\n"
        "Present: Cllr A Hale (Fenway Borough Council) (Chair), Cllr B Noor (Stroud District Council)\n",
        "Fenway and Stroud Joint Waste Board",
        id="joint board named by its purpose",
    ),
    pytest.param(
        "Dunkerry Licensing Board                                Minute - 4 March 2025\n\nMINUTE of MEETING of the DUNKERRY LICENSING BOARD held on 4 March 2025\n"
        + PRESENT,
        "Dunkerry Licensing Board",
        id="licensing board in a flattened running header",
    ),
    pytest.param(
        "BOARD OF COUNTY COMMISSIONERS        MESA COUNTY        REGULAR MEETING\nMONDAY, MARCH 3, 2025                PAGE 2\n"
        "the culvert on CR 12 will be replaced. Motion by Hale, second by Noor, to approve. Carried 3-0.\n",
        "Mesa County",
        id="US county in a flattened running header",
    ),
    pytest.param(
        "R.M. OF PRAIRIE ROSE NO. 412\nMinutes of the Regular Meeting of Council held in the Municipal Office on Wednesday, March 12, 2025.\n"
        "Present: Reeve L Hildebrandt; Councillors Kowalchuk, Friesen\n",
        "Rural Municipality of Prairie Rose No. 412",
        id="RM in capitals",
    ),
    # near misses: the same kinds named later, in the attendance list or under a council's letterhead; a body word for a place
    pytest.param(
        "ELMWOOD TOWN COUNCIL\nMinutes of the meeting held on 4 March 2025\n"
        + PRESENT
        + "5. Correspondence from Sandy Point First Nation about the shared water line was noted.\n",
        "Elmwood Town Council",
        id="a First Nation named in an item",
    ),
    pytest.param(
        "MOKGALE DISTRICT MUNICIPALITY\nMINUTES OF THE DISTRICT COUNCIL MEETING HELD ON 27 MARCH 2025\n"
        "Present: Cllr A Hale (Umzimvelo Local Municipality), Cllr B Noor (River Bend Local Municipality)\n",
        "Mokgale District Municipality",
        id="local municipalities in a district's attendance list",
    ),
    pytest.param(
        "Ashby Borough Council\nAshby and Tolworth Cemetery Joint Committee - report of the Treasurer\nMinutes of the Cabinet held on 5 March 2025\n" + PRESENT,
        "Ashby Borough Council",
        id="a council's letterhead above a joint committee's name",
    ),
    pytest.param("PLANNING BOARD MINUTES\nMarch 4, 2025\nPresent: Hale, Noor, Lee\n", None, id="no place before the kind"),
]


@pytest.mark.parametrize("text,council", AUTHORITIES)
def test_authority_of_an_unseen_kind(tmp_path, text: str, council: str | None) -> None:
    """The authority as it names itself at the head of its papers."""
    structure = _read(tmp_path, text)
    assert meeting_right("council", council, structure.council), structure.council


@pytest.mark.parametrize(
    "text,body",
    [
        ("FENWAY AND STROUD JOINT WASTE BOARD\nMinutes of the meeting held on Thursday 20 March 2025\n" + PRESENT, "Fenway and Stroud Joint Waste Board"),
        ("Maple Ford Public Library -- Board of Trustees\nMinutes, regular meeting, Jan. 21 2025\nPresent: Trustees Hale, Noor, Lee\n", "Board of Trustees"),
    ],
    ids=["a joint board meets as itself", "the body after a double dash"],
)
def test_body_of_an_unseen_authority(tmp_path, text: str, body: str) -> None:
    structure = _read(tmp_path, text)
    assert meeting_right("body", body, structure.body), structure.body


@pytest.mark.parametrize(
    "text,body",
    [
        (
            "SANDY POINT FIRST NATION\nChief and Council - Regular Meeting\nMinutes - March 18, 2025\nPresent: Chief L Moose; Councillors A Hale, B Noor\n",
            "Chief and Council",
        ),
        (
            "BIRCH HOLLOW FIRE PROTECTION DISTRICT\nBoard of Commissioners -- Regular Monthly Meeting\nStation 2 -- Monday, April 14, 2025, 7:00 PM\n"
            "Commissioners: Chair A Hale, B Noor, C Lee -- all present.\n",
            "Board of Commissioners",
        ),
        (
            "CEDAR WASH GENERAL IMPROVEMENT DISTRICT\nBoard of Trustees  -  minutes of regular mtg  3/18/2025\nTrustees: Hale (chair), Noor, Lee present.\n",
            "Board of Trustees",
        ),
        (
            "HADLEIGH TOWN COUNCIL\nRecreation & Allotments Cttee  -  MINUTES  -  Tues 4 Mar 2025 (7pm, Town Hall)\nPresent: Cllrs A Hale (Ch), B Noor, C Lee\n",
            "Recreation & Allotments Cttee",
        ),
        (
            "Eastvale School Board\nBoard of Education | Special Meeting\nMarch 11, 2025, 6:00 p.m., District Office\nMembers present: Hale, Noor, Lee\n",
            "Board of Education",
        ),
        (
            "TARAWERA DISTRICT COUNCIL\nTe Kaunihera ā-Rohe o Tarawera\n\nMinutes: Infrastructure and Services Committee\nDate: Wednesday, 12 March 2025   Time: 9.30am\n"
            "Present: Cr A Hale (Chair), Mayor B Noor, Cr C Lee\n",
            "Infrastructure and Services Committee",
        ),
        (
            "CYNGOR SIR GLANMOR\nGLANMOR COUNTY COUNCIL\nCorporate Scrutiny Committee\nMinutes of the meeting held on 6 March 2025\n" + PRESENT,
            "Corporate Scrutiny Committee",
        ),
        # near miss: the letterhead over another language's line and a title of the full meeting
        (
            "TARAWERA DISTRICT COUNCIL\nTe Kaunihera ā-Rohe o Tarawera\n\nMinutes of the Ordinary Meeting of Council held on 12 March 2025\n" + PRESENT,
            "Council",
        ),
    ],
    ids=["chief and council", "board then double dash", "board then mtg", "Cttee", "board of education bar", "Maori line", "Welsh line", "council"],
)
def test_body_heading_with_its_kind_of_meeting_after_a_dash(tmp_path, text: str, body: str) -> None:
    """The body's heading with the kind of meeting or paper after a dash, or under a letterhead
    repeated in another language (Māori, Welsh, Irish)."""
    structure = _read(tmp_path, text)
    assert meeting_right("body", body, structure.body), structure.body


@pytest.mark.parametrize(
    "text,council,body",
    [
        (
            "GLENVAAR DISTRICT COMMISSIONERS\nMinutes of the Monthly Meeting of the Board held at the Commissioners' Office on Tuesday 11th March 2025 at 7.30pm\n"
            + PRESENT,
            "Glenvaar District Commissioners",
            "Glenvaar District Commissioners",
        ),
        (
            "Ballaugh Bay Town Commissioners\nMINUTES OF THE PUBLIC MEETING OF THE BOARD HELD ON 12th MARCH 2025\n" + PRESENT,
            "Ballaugh Bay Town Commissioners",
            "Ballaugh Bay Town Commissioners",
        ),
        (
            "TOWNSHIP OF ELM CREEK\nREORGANIZATION MEETING OF THE TOWNSHIP COMMITTEE\nJanuary 2, 2025 – 7:00 p.m.\nROLL CALL: Present: Committeeman Hale, Mayor Lee\n",
            "Township of Elm Creek",
            "Township Committee",
        ),
        (
            "LARCH COUNTY\nMinutes of the Organizational Meeting of the Board of Supervisors\nJanuary 6, 2025\nSupervisors present: Hale, Noor, Lee\n",
            "Larch County",
            "Board of Supervisors",
        ),
        (
            "CITY OF PELHAM FORGE, MISSOURI\nCITY COUNCIL - REGULAR SESSION\nMonday, March 3, 2025, 6:00 p.m.\nMayor Hale presiding. The City of Pelham\nForge budget was discussed.\n",
            "City of Pelham Forge",
            None,
        ),
        # near misses: a regional district's and a national park authority's board is 'Board'
        (
            "REGIONAL DISTRICT OF SILVERTON\nMinutes of the Regular Meeting of the Board held on Thursday, April 10, 2025\nPRESENT: Chair A Hale, Directors B Noor, C Lee\n",
            "Regional District of Silverton",
            "Board",
        ),
    ],
    ids=[
        "district commissioners",
        "town commissioners",
        "reorganization meeting",
        "organizational meeting",
        "name wrapped in the text",
        "regional district board",
    ],
)
def test_commissioners_boards_and_named_sittings(tmp_path, text: str, council: str, body: str | None) -> None:
    """Commissioners meeting 'as the Board' meet as themselves; 'Reorganization Meeting of the
    Township Committee' is the Township Committee; a place wrapped over two lines is one name."""
    structure = _read(tmp_path, text)
    assert meeting_right("council", council, structure.council), structure.council
    if body is not None:
        assert meeting_right("body", body, structure.body), structure.body


@pytest.mark.parametrize(
    "text,body",
    [
        (
            "TOWN OF WESTMARSH\nZONING BOARD OF APPEALS\nNOTICE OF DECISION\nHearing held: March 4, 2025\nMembers sitting: Hale (Chair), Noor, Lee\n",
            "Zoning Board of Appeals",
        ),
        ("CITY OF ELM FORD\nLOCAL BOARD OF REVIEW\nMinutes, March 4, 2025\nMembers present: Hale, Noor\n", "Local Board of Review"),
        (
            "Board Minutes 03-04-2025 | Alder Creek Central School District\nAlder Creek Central School District\nBoard of Education – Regular Business Meeting\n"
            "March 4, 2025, 6:30 p.m.\nMembers present: Hale (President), Noor, Lee\n",
            "Board of Education",
        ),
        # near misses: a bare 'Board' with no fuller name below stays; another body below is not the board's fuller name
        ("Alder Creek Regional District\nMinutes of the Board\nMarch 4, 2025\nPresent: Directors Hale, Noor\n", "Board"),
    ],
    ids=["zoning board of appeals", "local board of review", "board then board of education", "bare board"],
)
def test_board_of_a_purpose(tmp_path, text: str, body: str) -> None:
    """'ZONING BOARD OF APPEALS' as a heading; a page title's bare 'Board' named in full below."""
    structure = _read(tmp_path, text)
    assert meeting_right("body", body, structure.body), structure.body


BUSINESS = "".join(
    f"{n}. ITEM {n}\nThe report on item {n} was received and discussed at some length by members, who asked about costs and timing.\n"
    "Officers answered the questions and the item was noted.\n"
    for n in range(20, 45)
)  # a later page's business: the running header stands beyond the opening lines the letterhead rules read


@pytest.mark.parametrize(
    "text,council",
    [
        (
            "of the project to date. Cr Hale asked whether the grant could be carried forward; the Director advised that it could.\nMOVED Cr Noor SECONDED Cr Lee\n"
            "That Council notes the report.\nCARRIED\n"
            + BUSINESS
            + "\nPage 9 of 14 Warrenby City Council – Ordinary Council Meeting – 18 February 2025\n\n12. CLOSE\n",
            "Warrenby City Council",
        ),
        (
            "Ordinary Meeting of Council Minutes 21 May 2025 Page 7 of 31\n\n   cluding the additional haulage traffic on Bluff Road.\n11.3 PAVEMENT TENDER\n"
            "Four tenders were received.\n" + BUSINESS + "\nKooringal Shire Council                Ordinary Meeting of Council\nPage 8 of 31\n",
            "Kooringal Shire Council",
        ),
        (
            "was agreed that the clerk would write to the highways authority.\n7. Finance: payments were approved.\n"
            + BUSINESS
            + "\nHolme Lacy Parish Council | Regular Meeting | 4 March 2025 | Page 3\n",
            "Holme Lacy Parish Council",
        ),
        # near miss: the letterhead above names the council; a later item's heading about another council does not
        (
            "ASHBY PARISH COUNCIL\nMinutes of the meeting held on 4 March 2025\nPresent: Cllrs Hale, Noor\n"
            + BUSINESS
            + "\nAshby District Council Ordinary Meeting - report from Cllr Lee.\n",
            "Ashby Parish Council",
        ),
    ],
    ids=["AU city page header", "shire header under a later page", "parish bar header", "letterhead first"],
)
def test_council_from_a_later_pages_running_header(tmp_path, text: str, council: str | None) -> None:
    """Minutes that begin mid-page (their first page lost) name the council in a later page's running header."""
    structure = _read(tmp_path, text)
    assert meeting_right("council", council, structure.council), structure.council


@pytest.mark.parametrize(
    "text,council",
    [
        (
            "Kaituna Shire\nMinutes – Ordinary Council Meeting\nWednesday 26 February 2025\nPRESENT: Cr J Holloway (Mayor), Cr S Brandt\n",
            "Kaituna Shire Council",
        ),
        (
            "MOUNT ELLIS SHIRE\nMINUTES OF THE AUDIT AND RISK COMMITTEE\nHeld Thursday 6 March 2025 at 10.00am\nPresent: Cr A Hale (Chair), Mr B Noor\n",
            "Mount Ellis Shire",
        ),
        # near misses: a venue and a generic word are not a shire's letterhead
        ("Shire Hall\nMinutes of the meeting of the Planning Committee held on 4 March 2025\n" + PRESENT, None),
        ("The Shire\nMinutes of the meeting held on 4 March 2025\n" + PRESENT, None),
    ],
    ids=["shire letterhead", "shire letterhead in capitals", "shire hall", "the shire"],
)
def test_a_shire_heading_its_papers(tmp_path, text: str, council: str | None) -> None:
    """An Australian shire's letterhead without the word 'Council' ('Kaituna Shire')."""
    structure = _read(tmp_path, text)
    assert meeting_right("council", council, structure.council), structure.council
