"""What a paper is, read from its title as a clerk reads it: the collector's 'URL:' and 'COUNCIL:'
lines are not the paper's title, so a '<Body> Minutes <date>' header under them still titles
minutes (a planning committee's minutes that say 'issues a Notice of Decision' are minutes); a
decision record titled in other words ('Decision and Action Sheet', 'Determination and Statement
of Reasons', 'Register of Council Resolutions') is a decision notice; a council website's
'Agenda Center' above 'ACTION MINUTES' is the site's section, not the paper's title. Near misses:
an agenda listing a decision sheet item, a report about a register of resolutions, minutes that
record a decision sheet being noted. Invented pages, in UK, Australian, South African, Northern
Irish and US styles; expected values decided by ANNOTATION.md before the extractor ran."""

from __future__ import annotations

import pytest

from minutes_miner.doc_type import classify_document


@pytest.mark.parametrize(
    "text,kind",
    [
        pytest.param(
            "URL: https://www.warrakshire.vic.gov.au/files/council-meetings/planning-cttee-9-feb-2026.pdf\nCOUNCIL: Warrak Shire Council (Victoria)\n\n"
            "Planning Delegated Committee Minutes                 9 February 2026\nWARRAK SHIRE COUNCIL\nPRESENT: Cr Ames (Chair), Cr Bell\n"
            "5.1 Application PA2025/118\nMoved Cr Bell, Seconded Cr Ames\nThat the Committee issues a Notice of Decision to Grant a Permit.\nCARRIED\n",
            "minutes",
            id="collector lines over a committee's minutes header; a notice of decision in a motion",
        ),
        pytest.param(
            "COUNCIL: Elmshire District Council - Licensing Committee\n\nLicensing Committee Minutes - 4 March 2025\n"
            "Present: Cllrs Ames, Bell\nThe Committee agreed to issue a decision notice to the applicant within five working days.\n",
            "minutes",
            id="collector line over a minutes header; a decision notice promised in the text",
        ),
        pytest.param(
            "Environmental Services Committee            Monday 10 March 2025\n\nDRUMLEA BOROUGH COUNCIL\n\n"
            "ENVIRONMENTAL SERVICES COMMITTEE – DECISION AND ACTION SHEET\nMeeting of 10 March 2025, 7.00 pm, Council Chamber\n"
            "Item Subject Decision Officer responsible\nES 14/25 Recycling performance Noted. Head of Waste Services\n",
            "decision_notice",
            id="Northern Irish decision and action sheet",
        ),
        pytest.param(
            "YARRAWONG LOCAL PLANNING PANEL\nDETERMINATION AND STATEMENT OF REASONS\n\nDATE OF DETERMINATION 4 March 2025\n"
            "PANEL MEMBERS Ann Hale (Chair), Bo Noor (Expert)\nMATTER DETERMINED\nDA2024/0617 - 14 Banksia Street\n",
            "decision_notice",
            id="Australian planning panel determination",
        ),
        pytest.param(
            "MPHOLO LOCAL MUNICIPALITY\nOFFICE OF THE SPEAKER\nREGISTER OF COUNCIL RESOLUTIONS\nORDINARY COUNCIL MEETING: 29 JANUARY 2026\n"
            "Res. No. Item Resolution Responsible Dept Target date\nOC 01/01/2026 Confirmation of minutes That the minutes be confirmed.\n",
            "decision_notice",
            id="South African register of council resolutions",
        ),
        pytest.param(
            "Agenda Center | City of Palm Cove, FL\nHome › Government › Agendas & Minutes › City Commission\n\nCITY COMMISSION - REGULAR MEETING\nACTION MINUTES\n"
            "Tuesday, February 17, 2026 - 5:30 p.m.\nROLL CALL: Mayor Ames; Commissioners Bell, Cole. All present.\n6. CONSENT AGENDA\nMOTION: Bell/Cole to approve. Carried 3-0.\n",
            "minutes",
            id="a council website's Agenda Center over action minutes",
        ),
        # near misses
        pytest.param(
            "AGENDA\nEnvironmental Services Committee\nMonday 10 March 2025 at 7.00 pm\n1. Apologies\n2. Decision and action sheet of the last meeting\n3. Recycling performance\n",
            "agenda",
            id="an agenda with an item about the last decision sheet",
        ),
        pytest.param(
            "Minutes of the meeting of the Audit Committee held on 4 March 2025\nPresent: Cllrs Ames, Bell\n"
            "3. Register of Council Resolutions\nThe Committee noted the register of council resolutions and the actions outstanding.\n",
            "minutes",
            id="minutes that note the register of resolutions",
        ),
        pytest.param(
            "Agenda Center | City of Palm Cove, FL\nCITY COMMISSION - REGULAR MEETING\nAGENDA\nTuesday, February 17, 2026 - 5:30 p.m.\n1. Call to order\n2. Consent agenda\n",
            "agenda",
            id="the same site's agenda",
        ),
    ],
)
def test_paper_titles(text: str, kind: str) -> None:
    assert classify_document(text, "page.txt") == kind


@pytest.mark.parametrize(
    "text,kind",
    [
        pytest.param(
            "Bellbrae City Council\nBellbrae Local Planning Panel\nDETERMINATIONS AND STATEMENT OF REASONS\nPublic meeting held by teleconference\n"
            "Date of meeting: Wednesday, 9 April 2025   Time: 2.00pm\nPanel members: Ms H Corrigan (Chair), Mr A Pham\n"
            "5.1    DA2024/0611     27 Kurrajong Parade     Alterations and additions     APPROVED subject to conditions\n",
            "decision_notice",
            id="Australian planning panel's determinations",
        ),
        pytest.param(
            "Cyngor Bwrdeistref Sirol Glanrafon\nGlanrafon County Borough Council\n\nREGISTER OF DECISIONS TAKEN BY CABINET\n"
            "Meeting: Cabinet, 8 October 2024, Council Chamber\nPublication date: 10 October 2024\n\n"
            "C/24/61  Community grants round 2   Grants totalling £48,650 APPROVED.\n",
            "decision_notice",
            id="Welsh register of decisions taken by cabinet",
        ),
        pytest.param(
            "Town of Elmford, New Hampshire\nZoning Board of Adjustment\nMeeting Minutes - Tuesday, January 27, 2026 - 7:00 p.m.\n\n"
            "Present: Chair R. Dube, J. Hart\n\nSUMMARY OF DECISIONS\nCase 2026-01: variance GRANTED 5-0.\nMotion by Hart, seconded by Dube. Carried.\n",
            "minutes",
            id="near miss: minutes with a summary of decisions section",
        ),
        pytest.param(
            "ELMSBY DISTRICT COUNCIL\n\nEXTRAORDINARY MEETING OF THE COUNCIL - RECONVENED\nheld on Monday 3 March 2025\n\nPresent: Cllrs Ames, Bell, Cole\n"
            "Apologies: Cllr Dunn\n\n1. Declarations of interest\nNone were declared.\n2. Budget\nMoved by Cllr Ames, seconded by Cllr Bell. CARRIED.\n\n"
            "REGISTER OF DECISIONS\n",
            "minutes",
            id="near miss: a register of decisions below the title of a meeting's minutes",
        ),
    ],
)
def test_decision_record_titles(text: str, kind: str) -> None:
    """A paper titled as the record of what was decided, in its opening lines; the same words heading a section lower down do not retitle minutes."""
    assert classify_document(text) == kind


@pytest.mark.parametrize(
    "title",
    ["Ordinary Council Meeting - 22 October 2025 - Minutes", "Strategic Planning Committee – Minutes", "Full Council | Draft Minutes"],
)
def test_a_title_that_ends_in_minutes_after_a_dash_is_minutes_even_where_a_permit_notice_is_named(title):
    """A council's web page titled '<meeting> - <date> - Minutes' is minutes, though a Victorian
    planning item resolves to issue a 'Notice of Decision to Grant a Permit' (a decision notice's
    words, in prose)."""
    text = (
        f"Elmvale Shire Council\nSearch | Contact us | Pay a rate notice\n\n{title}\nLocation: Council Chambers\n\n"
        "Present: Cr J. Grey (Mayor), Cr P. Brown\n\n7.1 Planning application 25/118 - Two lot subdivision\n"
        "Officer recommendation:\nThat Council issue a Notice of Decision to Grant a Permit subject to the 14 conditions.\n"
    )
    assert classify_document(text) == "minutes"


@pytest.mark.parametrize("line", ["2. Previous meeting - Minutes", "Confirmation of the last meeting – Minutes"])
def test_an_agenda_item_for_earlier_minutes_is_no_minutes_title(line):
    text = f"AGENDA\n{line}\n3. Planning applications\nNotice is hereby given that a meeting of the Elm Parish Council will be held on 4 March 2025.\n"
    assert classify_document(text) == "agenda"
