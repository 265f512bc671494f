"""Meeting date, document type and body on front pages of the newest invented minutes (corpus/invented):
excerpts quoted as written, with the near-misses that must stay as they were."""

from __future__ import annotations

from datetime import date

from minutes_miner.doc_type import classify_document
from minutes_miner.extraction import Scope, extraction_scope
from minutes_miner.meeting import find_body, find_council, find_meeting_date

_REGISTER = (
    "Northmoor County Council\n"
    "Register of Individual Cabinet Member Decisions – November 2025\n\n"
    "Published in accordance with the Local Authorities (Executive Arrangements) (Meetings and\n"
    "Access to Information) (England) Regulations 2012. Call-in deadline: 5pm, 5 working days\n"
    "after publication.\n\n"
    "Ref | Date | Decision maker | Subject | Decision | Key?\n"
    "ICMD/25/088 | 03/11/2025 | Cabinet Member for Children and Families | Foster carer allowances\n"
)


def test_register_of_individual_member_decisions_has_no_meeting_date():
    assert find_meeting_date(_REGISTER, council="Northmoor County Council", doc_type="decision_notice") is None
    # a register of one body's decisions keeps the date of the meeting that took them
    cabinet = "CWMLLECH COUNTY BOROUGH COUNCIL\nREGISTER OF DECISIONS TAKEN BY CABINET\n\nMeeting held on Tuesday 8 October 2024\n"
    assert find_meeting_date(cabinet, council="Cwmllech County Borough Council", doc_type="decision_notice") == date(2024, 10, 8)


def test_register_of_decisions_with_its_month_is_a_decision_notice():
    assert classify_document(_REGISTER, "northmoor_cc_1.txt") == "decision_notice"
    # minutes whose section is headed so are still minutes
    minutes = (
        "MINUTES of the meeting of Wellsby District Council held on 4 March 2025\n\nPRESENT: Councillors A, B and C\n\n"
        "RESOLVED that the report be noted.\n\nREGISTER OF DECISIONS – March 2025\n"
    )
    assert classify_document(minutes, "wellsby_dc_1.txt") == "minutes"


_SUMMONS = (
    "EASTWOLD DISTRICT COUNCIL\nCouncil Offices, Saltmarsh Road, Hembridge HB9 3QT\n\n"
    "To: All Members of the Cabinet               Date: 2 April 2025\n\nDear Councillor,\n\n"
    "You are summoned to attend a meeting of the CABINET to be held in the Council Chamber\n"
    "on WEDNESDAY, 9 APRIL 2025 at 2.00 p.m. for the transaction of the following business.\n\n"
    "AGENDA\n\n1.   Apologies for absence\n"
    "4.   Leisure Centre Decarbonisation - Public Sector Decarbonisation   Pages 13 - 34\n"
    "     Report of the Director of Place. Recommended:\n"
    "     (c) to authorise the Director of Place to award the works contract following\n"
    "         a compliant procurement.\n"
    "     Report of the Head of Finance. Recommended: to note the outturn.\n"
)


def test_summons_over_agenda_of_reports_is_an_agenda():
    assert classify_document(_SUMMONS, "eastwold_dc_1.txt") == "agenda"
    order_paper = (
        "                        MĀTAIWHETŪ DISTRICT COUNCIL\n                                ORDER PAPER\n"
        "                         ORDINARY COUNCIL MEETING\n\n"
        "NOTICE is hereby given that an Ordinary Meeting of the Mātaiwhetū District Council will\n"
        "be held in the Council Chamber, 60 Wharf Street, Ōtere, on:\n\n        Date:   Wednesday, 28 May 2025\n\n"
        "7.1  LONG TERM PLAN AMENDMENT - DELIBERATIONS ON SUBMISSIONS\nRecommendation:\nThat Council adopts the amendment.\n"
    )
    assert classify_document(order_paper, "mataiwhetu_dc_1.txt") == "agenda"
    # the same reports with no summons and no agenda heading: a report
    assert classify_document(_SUMMONS.replace("You are summoned to attend", "Members attended").replace("AGENDA", "ITEMS"), "eastwold.txt") == "report"


def test_agenda_pack_of_reports_proposes_no_records():
    assert extraction_scope("agenda", _SUMMONS) == Scope(False, False)
    # an agenda with no officer reports is still read for an agenda's own decisions
    assert extraction_scope("agenda", "AGENDA\n\n1. Apologies\n2. To approve the minutes\n") == Scope(True, True)


def test_agenda_item_page_with_minutes_is_minutes():
    item = (
        "Skelmoor District Council\nAgenda item\nAward of contract - Grounds Maintenance Services 2026-2031\n"
        "Meeting: 14/01/2026 - Cabinet (Item 86)\nForward Plan reference: FP/2025/117\nDecision Maker: Cabinet\n\n"
        "Purpose:\nTo seek approval to award the grounds maintenance contract following a competitive tender.\n\n"
        "Minutes:\nThe Portfolio Holder for Environment introduced the report.\n\nDecision:\n(1) That the contract be awarded.\n"
    )
    assert classify_document(item, "skelmoor_dc_1.txt") == "minutes"
    # an issue's decision page, with the same fields and minutes under the decision, stays a decision notice
    issue = (
        "Maruwhenua City Council\nIssue - meetings\nKerbside Food Scraps Collection - Service Level and Targeted Rate\n\n"
        "Meeting: 14/08/2025 - Strategy and Finance Committee (Item 9)\n\nDecision details\nDecision Maker: Strategy and Finance Committee\n"
        "Decision status: Recommendations approved\n\nDecision:\nThat the Strategy and Finance Committee:\na) receives the report;\n\n"
        "Minutes:\nCr Tawhiri spoke against Option 2.\n"
    )
    assert classify_document(issue, "maruwhenua_city_nz_1.txt") == "decision_notice"


def test_summary_of_decisions_that_says_it_is_not_the_minutes():
    summary = (
        "Yallock Ranges Shire Council\nSummary of Council Decisions\n"
        "Scheduled Council Meeting - Tuesday 24 June 2025, 6.30pm, Yallock Civic Centre\n\n"
        "This summary is published the day after the meeting. It is not the official minutes; the\n"
        "confirmed minutes will be available after the next Scheduled Council Meeting.\n\nCouncillors present: 7 of 7\n\n"
        "Item 9.1  Adoption of 2025/26 Budget and Revenue and Rating Plan\nOutcome: Adopted. Council resolved to adopt the budget.\n"
        "Vote: 5 for, 2 against\n"
    )
    assert classify_document(summary, "yallockranges_vic_1.txt") == "decision_notice"
    # minutes titled so keep their type, whatever they say of their status
    titled = "MINUTES of the Scheduled Council Meeting held on 24 June 2025\nDecisions are not the official minutes until confirmed.\n\nPRESENT: Crs A, B\n"
    assert classify_document(titled, "yallock.txt") == "minutes"


def test_moved_seconded_carried_shorthand_is_a_minutes_sign():
    shorthand = (
        "PIKE RIDGE TOWNSHIP\nOsceola Co., Michigan\n\nTwp. Hall - 6 Nov 2025 - 7 pm\n\n"
        "Board: Supv. R. Gatling, Clerk D. Hess, Treas. M. Amato, Trustees B. Szymanski, K. LaBarge. All\npresent.\n\n"
        "Pledge. Agenda approved w/ addition of 9c (cemetery mowing). M/S/C Hess/Amato.\n"
        "Minutes 10/2 reg. mtg. M/S/C LaBarge/Szymanski.\n"
    )
    assert classify_document(shorthand, "pikeridge_twp_mi_1.txt") == "minutes"
    # a speed in metres a second is no motion
    assert classify_document(shorthand.replace("M/S/C", "at 20 m/s"), "pikeridge.txt") == "agenda"


def test_action_item_register_is_other():
    register = (
        "TOWNSHIP OF BELLCAIRN\nCOUNCIL MEETING - ACTION ITEM REGISTER\n"
        "Updated following the Regular Council Meeting of Wednesday, May 6, 2026\nPrepared by: Nadia Kostova, Deputy Clerk\n\n"
        "No.      Meeting      Resolution / Direction                         Assigned to        Due          Status\n"
        "2026-17  Mar 4        Obtain two quotes for replacing the             Facilities Mgr     Apr 1        C\n"
    )
    assert classify_document(register, "bellcairn_twp_on_1.txt") == "other"
    # one meeting's sheet of decisions and actions is its decision notice
    sheet = "BALLYCARN AND MOURNEVIEW BOROUGH COUNCIL\n\nENVIRONMENTAL SERVICES COMMITTEE – DECISION AND ACTION SHEET\nMeeting of 10 March 2025\n"
    assert classify_document(sheet, "ballycarn_bc_2.txt") == "decision_notice"
    assert classify_document(sheet.replace("DECISION AND ACTION SHEET", "DECISIONS AND ACTIONS LOG"), "ballycarn.txt") != "other"


def test_running_header_over_date_and_page_yields_to_the_title():
    text = (
        "Oakridge City Council Regular Meeting\nMay 6, 2025 Page 1 of 3\n\nCITY OF OAKRIDGE, GEORGIA\n"
        "MINUTES OF THE REGULAR MEETING OF THE MAYOR AND COUNCIL\n\n"
        "The Mayor and Council of the City of Oakridge met in regular session on Tuesday, May 6, 2025 at 6:00 p.m.\n"
    )
    assert find_body(text, "City of Oakridge") == "Mayor and Council"
    # a ModernGov heading, the body over the meeting's date, is still the body
    moderngov = "Planning Committee\nTuesday, 4th March, 2025 7.00 pm\n\nVenue: Council Chamber\n\nMINUTES OF THE MEETING OF THE COUNCIL\n"
    assert find_body(moderngov, "Elmshire District Council") == "Planning Committee"


def test_joint_heading_of_two_partners_is_not_the_second_partners_letterhead():
    text = (
        "Brackenvale - Lisgar Township\nJOINT FIRE SERVICES COMMITTEE\nMinutes of Meeting No. 2026-04\n\nThursday, October 8, 2026\n"
        "Brackenvale Fire Hall No. 1, 55 Mill Street West\n\nMembers Present:\n"
        "Town of Brackenvale: Councillor Irene Moffat (Chair), Councillor Dev Sharma\n"
        "Township of Lisgar: Deputy Reeve Alan Buckley (Vice-Chair), Councillor Rosa Pennington\n"
    )
    assert find_council({}, text)[0] == "Town of Brackenvale"
    # a township's own letterhead is still read
    assert find_council({}, "Lisgar Township\nRegular Council Meeting\nThursday, October 8, 2026\n")[0] == "Lisgar Township"


def test_guernsey_douzaine_is_its_parish_authority():
    text = (
        "ST ANDRELLE DOUZAINE Parish of St Andrelle, Guernsey\n\n"
        "Minutes of the Douzaine Meeting held in the Douzaine Room, Parish Hall, Les Vardes\nTuesday 20 January 2026, 6.00pm\n\n"
        "Present:  Mrs B Ozanne (Dean of the Douzaine), Mr P Le Page (Senior Constable),\n"
    )
    council = find_council({}, text)[0]
    assert council == "St Andrelle Douzaine"
    assert find_body(text, council) == "St Andrelle Douzaine"
    # a parish council's letterhead is read whole, not cut before its kind
    assert find_council({}, "HARTWELL PARISH COUNCIL\nMinutes of the meeting held on 9 January 2024\n")[0] == "Hartwell Parish Council"


def test_jersey_parish_named_as_parish_of():
    text = (
        "PARISH OF ST AUBERT - JERSEY\n\nASSEMBLÉE PAROISSIALE / PARISH ASSEMBLY\n\n"
        "Minutes of a Parish Assembly of the Principals and Officers of the Parish of St Aubert held\n"
        "at the Parish Hall on Wednesday 25th February 2026 at 7.30 pm.\n"
    )
    council = find_council({}, text)[0]
    assert council == "Parish of St Aubert"
    assert find_body(text, council) == "Parish Assembly"
    # an English parish council's letterhead above such a line keeps its own name
    assert find_council({}, "Hartwell Parish Council\nParish of Hartwell\nMinutes of the meeting held on 9 January 2024\n")[0] == "Hartwell Parish Council"
