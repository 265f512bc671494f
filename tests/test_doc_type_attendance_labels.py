"""Minutes told by who attended and how motions were put, when no line says 'Minutes': a
community council's 'Attending:' and 'Apologies:', a band council's 'Quorum:', a joint
organisation's 'Apologies: Nil', a district board's 'Absent - none', a county's 'It was moved and
seconded that'. Near misses: an agenda's membership list and its 'Apologies for absence' item
stay an agenda; a report's 'Absent' in prose is no list. Invented pages; answers from ANNOTATION.md."""

from __future__ import annotations

import pytest

from minutes_miner.doc_type import classify_document


@pytest.mark.parametrize(
    "text",
    [
        (  # a Scottish community council's draft minute
            "Elmbrae & Kilmory Community Council\nDraft minute – ordinary meeting\nWhere: Kilmory Public Hall      When: Wednesday 5th November 2025, 7.30pm\n"
            "Attending: Morag Fyfe (chair), Alasdair Grant (treasurer), Fiona Lennox (secretary).\nApologies: Shona Reilly.\n1. Windfarm fund\n"
        ),
        (  # an Ontario First Nation's duly convened meeting
            "ELM LAKE FIRST NATION\nChief and Council - Duly Convened Meeting\nBand Administration Office, Elm Lake, Ontario\nMonday the twenty-third of June, 2025\n"
            "Quorum: Chief S. Nanokeesic; Councillors R. Moonias, G. Kakegamic, T. Sakanee\n1. Housing allocations\n"
        ),
        (  # an Australian joint organisation's board
            "ELMVALE REGIONAL JOINT ORGANISATION\nBoard Meeting\nHeld at Elmvale Shire Council Chambers, Wed 5 March 2025, commencing 10.00am\n"
            "Voting representatives: Mayor Cr J Feeney (Chair), Mayor Cr A Kiriakou\nApologies: Nil\n1. Regional water strategy\n"
        ),
        (  # a Montana water and sewer district, terse
            "Elm Flats County Water & Sewer District\nBoard of Directors\nDistrict Office - Tuesday, November 18, 2025, 7 pm\n"
            "Directors: Hal Brekke (chair), Joanne Rasmussen, Luis Ybarra. Absent - none.\nBills - 42 checks.\n"
        ),
        (  # a Nova Scotia county's committee, a page from the middle
            "Municipality of the County of Elm Point                    Council in Committee\n                 November 12, 2025\n"
            "Deputy Warden Comeau asked whether the review would include the bonus.\nIt was moved and seconded that Council in Committee recommend to Council that the policy be adopted.\n"
        ),
    ],
)
def test_attendance_lists_and_moved_and_seconded_make_minutes(text: str) -> None:
    assert classify_document(text) == "minutes"


@pytest.mark.parametrize(
    "text, doc_type",
    [
        (
            "ELMSHIRE DISTRICT COUNCIL\nLICENSING COMMITTEE\nThursday 6 March 2025 at 2.00 pm\nMembership: Councillors Ann Hale (Chair), Bo Noor, Cal Lee\nAGENDA\n"
            "1. Apologies for absence\n2. Declarations of interest\n",
            "agenda",
        ),
        (
            "Elmbrae Community Council\nOrdinary meeting, Wednesday 5th November 2025, 7.30pm, Kilmory Public Hall\n"
            "Apologies: To receive apologies for absence.\nQuorum: To confirm a quorum is present.\n2. Windfarm fund\nAGENDA ends\n",
            "agenda",
        ),
        (
            "Report to Cabinet\nSchool attendance\nPurpose of the report\nPupils absent - for more than ten per cent of sessions - rose this year.\nRecommendations: that Cabinet notes the report.\n",
            "report",
        ),
    ],
)
def test_an_agendas_membership_and_a_reports_absence_stay_so(text: str, doc_type: str) -> None:
    assert classify_document(text) == doc_type
