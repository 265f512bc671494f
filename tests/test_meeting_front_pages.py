"""Invented front pages in many councils' styles, read as a saved page (the collector's 'URL:'
and 'COUNCIL:' lines, then the text), with the body, date and document type ANNOTATION.md
expects: UK principal, parish and town councils, Welsh and Scottish community councils, Irish
county councils and municipal districts, the Isle of Man, US cities, counties, townships, select
boards and school boards, Canadian towns, townships and regional districts, Australian shires,
New Zealand districts, community and local boards; ModernGov pages under navigation text; PDF
text mirrors that run a page into one line; covers printed or published on another date; letter
dates above the title; dates written '3rd day of December, 2024', 'Tuesday 3rd December 2024 at
7.30pm', '12/03/2024' in a US or a UK council's order; bodies with '&', brackets, possessives.
No real council's text. Near misses follow the table."""

from __future__ import annotations

from datetime import date

import pytest

from minutes_miner.evaluate import meeting_right
from helpers import analysed_page

PRESENT = "Present: Cllr A Hale (Chair), Cllr B Noor, Cllr C Lee\n1. Apologies for absence were received from Cllr Page.\n"


def _page(council: str, text: str, body: str | None, when: date | None, doc_type: str = "minutes", url: str = "https://example.org/meetings/123"):
    return pytest.param(f"URL: {url}\nCOUNCIL: {council}\n\n{text}", body, when, doc_type, id=f"{council[:40]}|{text[:40]}")


def _read(tmp_path, text: str):
    return analysed_page(tmp_path, text)


FRONT_PAGES = [
    _page(
        "Ashcombe Parish Council (Wessex)",
        "ASHCOMBE PARISH COUNCIL\nMinutes of the Parish Council Meeting held on Tuesday 3rd December 2024 at 7.30pm in the Village Hall\n" + PRESENT,
        "Ashcombe Parish Council",
        date(2024, 12, 3),
    ),
    _page(
        "Ashcombe Parish Council (Wessex)",
        "Minutes of the Ordinary Meeting of Ashcombe Parish Council held at the Village Hall on Monday 14th October 2024 at 7pm\nPresent: Cllr A Hale (Chair), Cllr B Noor, Cllr C Lee\n1. Apologies for absence were received from Cllr Page.\n2. The minutes of the meeting held on 9th September 2024 were approved.\n",
        "Ashcombe Parish Council",
        date(2024, 10, 14),
    ),
    _page(
        "Ashcombe Parish Council (Wessex)",
        "ASHCOMBE PARISH COUNCIL\nMINUTES OF THE EXTRAORDINARY MEETING HELD ON THURSDAY 5 SEPTEMBER 2024\n" + PRESENT,
        "Ashcombe Parish Council",
        date(2024, 9, 5),
    ),
    _page(
        "Ashcombe Parish Council (Wessex)",
        "Ashcombe Parish Council\nMinutes of the Planning Committee held on 12 November 2024 at 7pm\n" + PRESENT,
        "Planning Committee",
        date(2024, 11, 12),
    ),
    _page(
        "Ashcombe Parish Council (Wessex)",
        "Ashcombe Parish Council\n\nDraft Minutes\nMeeting held in the Pavilion, Ashcombe\nWednesday 8th January 2025 at 7.00pm\n" + PRESENT,
        "Ashcombe Parish Council",
        date(2025, 1, 8),
    ),
    _page(
        "Ashcombe Parish Council (Wessex)", "Minutes of Ashcombe Parish Council Meeting 12/03/2024\n" + PRESENT, "Ashcombe Parish Council", date(2024, 3, 12)
    ),
    _page(
        "Ashcombe Parish Council (Wessex)",
        "Minutes of the Annual Parish Meeting held on 22nd April 2024 at 7pm in the Village Hall\nPresent: 14 residents and Cllrs Hale, Noor\n",
        "Annual Parish Meeting",
        date(2024, 4, 22),
    ),
    _page(
        "Ashcombe Parish Council (Wessex)",
        "Minutes of the Annual Meeting of the Parish Council held on 13th May 2024\n" + PRESENT,
        "Ashcombe Parish Council",
        date(2024, 5, 13),
    ),
    _page(
        "Elmbury Town Council (Wessex)",
        "ELMBURY TOWN COUNCIL\nMinutes of the meeting of the Finance & General Purposes Committee held at the Guildhall on Tuesday 5 March 2024 at 6.30pm\n"
        + PRESENT,
        "Finance & General Purposes Committee",
        date(2024, 3, 5),
    ),
    _page(
        "Elmbury Town Council (Wessex)",
        "ELMBURY TOWN COUNCIL\nMinutes of the Full Council Meeting held on Monday 4th March 2024\n" + PRESENT,
        "Full Council",
        date(2024, 3, 4),
    ),
    _page(
        "Elmbury Town Council (Wessex) - Planning and Environment Committee",
        "Minutes of the Planning and Environment Committee\nHeld on Wednesday 6 March 2024 at 7pm, Council Chamber\n" + PRESENT,
        "Planning and Environment Committee",
        date(2024, 3, 6),
    ),
    _page(
        "Elmbury Town Council (Wessex)",
        "Minutes of a meeting of the Town Council held on the 3rd day of December, 2024 at the Town Hall\n" + PRESENT,
        "Elmbury Town Council",
        date(2024, 12, 3),
    ),
    _page(
        "Westmere District Council - Licensing Sub-Committee",
        "Licensing Sub-Committee\nThursday, 7th March, 2024 10.00 am\nVenue: Council Chamber\nPresent: Councillors Hale, Noor\n",
        "Licensing Sub-Committee",
        date(2024, 3, 7),
    ),
    _page(
        "Westmere District Council - Council",
        "Council\nWednesday, 17th July, 2024 7.00 pm\nAttendance details\nPresent: Councillor Hale (Chairman)\n",
        "Council",
        date(2024, 7, 17),
    ),
    _page(
        "Westmere Borough Council",
        "WESTMERE BOROUGH COUNCIL\nMinutes of the meeting of the Council held in the Council Chamber on Wednesday 24 July 2024 at 7.00 pm\n" + PRESENT,
        "Council",
        date(2024, 7, 24),
    ),
    _page(
        "Westmere Borough Council - Audit and Governance Committee",
        "Agenda and minutes\nAudit and Governance Committee\nTuesday, 23rd January, 2024 6.30 pm\nVenue: Committee Room 2\nContact: Democratic Services\nItems\nNo. Item\n1. Apologies\n",
        "Audit and Governance Committee",
        date(2024, 1, 23),
    ),
    _page(
        "Westmere Borough Council - Cabinet",
        "Cabinet\n\nMinutes of the meeting held on 4 March 2025\n\nPresent: Councillor Hale (Leader)\n1. Minutes\nThe minutes of the meeting held on 4 February 2025 were approved.\n",
        "Cabinet",
        date(2025, 3, 4),
    ),
    _page(
        "Westmere County Council - Health and Wellbeing Board",
        "Minutes of a meeting of the Health and Wellbeing Board held at County Hall on 18 April 2024\n" + PRESENT,
        "Health and Wellbeing Board",
        date(2024, 4, 18),
    ),
    _page(
        "Westmere County Council - Joint Waste Committee",
        "MINUTES OF THE JOINT WASTE COMMITTEE held at Westmere House on 1 February 2024\n" + PRESENT,
        "Joint Waste Committee",
        date(2024, 2, 1),
    ),
    _page(
        "Westmere County Council - Adults Sub-Committee",
        "Minutes of the Adults, Health and Care Sub-Committee\n12 June 2024\n" + PRESENT,
        "Adults, Health and Care Sub-Committee",
        date(2024, 6, 12),
    ),
    _page(
        "Westmere District Council - Planning Committee",
        "Skip to content\nMenu\nHome > Council and democracy > Meetings\nAgenda and minutes\nPlanning Committee\nThursday, 11th April, 2024 7.00 pm\nVenue: Council Chamber\nItems\nNo. Item\n1. Apologies for absence\nApologies were received from Councillor Hale.\n",
        "Planning Committee",
        date(2024, 4, 11),
    ),
    _page(
        "Westmere District Council - Planning Committee",
        "Cookies on our website\nWe use cookies to make this site work.\nAccept all cookies\nYou are here: Home > Meetings > Planning Committee\nAgenda and draft minutes\nPlanning Committee\nTuesday, 9 April 2024 7.30 pm\nItems\n1. Apologies\n",
        "Planning Committee",
        date(2024, 4, 9),
    ),
    _page(
        "Cwmdu Community Council (Powys)",
        "CYNGOR CYMUNED CWMDU COMMUNITY COUNCIL\nCofnodion / Minutes\nMinutes of the meeting held on Tuesday 9th January 2024 at 7.00pm at the Village Hall\n"
        + PRESENT,
        "Cwmdu Community Council",
        date(2024, 1, 9),
    ),
    _page(
        "Llanfair Town Council / Cyngor Tref Llanfair (Gwynedd)",
        "Cyngor Tref Llanfair / Llanfair Town Council\nCofnodion Cyfarfod / Minutes of Meeting\nDydd Llun 8 Ebrill 2024 / Monday 8 April 2024\n" + PRESENT,
        "Llanfair Town Council",
        date(2024, 4, 8),
    ),
    _page(
        "Glenarn Community Council (Argyll and Bute)",
        "Glenarn Community Council\nMinutes of meeting held on Monday 15th January 2024 in Glenarn Village Hall at 7.30pm\nPresent: J Smith (Chair), K Brown (Secretary)\n",
        "Glenarn Community Council",
        date(2024, 1, 15),
    ),
    _page(
        "Strathmore Council - Education Committee",
        "STRATHMORE COUNCIL\nMINUTE of MEETING of the EDUCATION COMMITTEE held in the COUNCIL CHAMBERS, on THURSDAY, 7 MARCH 2024 at 10.00 a.m.\n" + PRESENT,
        "Education Committee",
        date(2024, 3, 7),
    ),
    _page(
        "Corrib County Council - Municipal District of Oughter",
        "Minutes of the Monthly Meeting of the Municipal District of Oughter held in the Council Chamber, Oughter on Tuesday 16th April 2024 at 10.00 a.m.\nPresent: Cllr M. Murphy, Cathaoirleach\n",
        "Municipal District of Oughter",
        date(2024, 4, 16),
    ),
    _page(
        "Corrib County Council",
        "MINUTES OF ORDINARY MEETING OF CORRIB COUNTY COUNCIL HELD IN THE COUNCIL CHAMBER, ARAS AN CHONTAE, ON MONDAY, 13TH MAY 2024 AT 2.00 P.M.\nPRESENT IN THE CHAIR: Cllr M. Murphy\n",
        "Council",
        date(2024, 5, 13),
    ),
    _page(
        "Corrib County Council - Oughter Municipal District",
        "Oughter Municipal District\nMinutes of Meeting of Oughter Municipal District held on 21st March 2024 in the Civic Offices\nPresent: Cllrs Murphy, Kelly\n",
        "Oughter Municipal District",
        date(2024, 3, 21),
    ),
    _page(
        "City of Pine Ridge (Oregon) City Council",
        "CITY OF PINE RIDGE\nMINUTES OF THE REGULAR MEETING OF THE CITY COUNCIL\nDecember 3, 2024\nThe regular meeting of the Pine Ridge City Council was called to order at 7:00 p.m. by Mayor Smith.\nROLL CALL: Present: Councilmembers Jones, Lee\n",
        "City Council",
        date(2024, 12, 3),
    ),
    _page(
        "City of Pine Ridge (Oregon) City Council",
        "City of Pine Ridge\nCity Council Minutes\n12/03/2024\nCall to order: Mayor Smith called the meeting to order at 7:00 p.m.\n",
        "City Council",
        date(2024, 12, 3),
    ),
    _page(
        "Town of Brookfield (Massachusetts) Board of Selectmen",
        "TOWN OF BROOKFIELD\nBOARD OF SELECTMEN\nMINUTES\nMonday, March 4, 2024\nPresent: Chairman Smith, Selectmen Jones and Lee\n",
        "Board of Selectmen",
        date(2024, 3, 4),
    ),
    _page(
        "Town of Brookfield (Vermont) Selectboard",
        "Town of Brookfield Selectboard\nRegular Meeting Minutes\nMarch 4, 2024\nMembers present: Smith, Jones, Lee\n",
        "Selectboard",
        date(2024, 3, 4),
    ),
    _page(
        "Oakdale County (Iowa) Board of Supervisors",
        "OAKDALE COUNTY BOARD OF SUPERVISORS\nRegular Session\nTuesday, February 6, 2024\nThe Oakdale County Board of Supervisors met in regular session at 9:00 a.m.\n",
        "Board of Supervisors",
        date(2024, 2, 6),
    ),
    _page(
        "Oakdale County (Florida) Board of County Commissioners",
        "BOARD OF COUNTY COMMISSIONERS\nOAKDALE COUNTY, FLORIDA\nMINUTES\nFebruary 6, 2024\nThe Board of County Commissioners met in regular session.\n",
        "Board of County Commissioners",
        date(2024, 2, 6),
    ),
    _page(
        "Village of Maple Bluff (Illinois) Board of Trustees",
        "VILLAGE OF MAPLE BLUFF\nMINUTES OF THE REGULAR MEETING OF THE BOARD OF TRUSTEES\nHELD ON MONDAY, MARCH 4, 2024\nCALL TO ORDER\n",
        "Board of Trustees",
        date(2024, 3, 4),
    ),
    _page(
        "Town of Elm (New York) Town Board",
        "Town of Elm Town Board\nRegular Meeting\nMarch 6, 2024\nPresent: Supervisor Smith, Councilpersons Jones, Lee\n",
        "Town Board",
        date(2024, 3, 6),
    ),
    _page(
        "Cedar Township (Michigan) Township Board",
        "CEDAR TOWNSHIP BOARD\nREGULAR MEETING MINUTES\nMarch 12, 2024\nSupervisor Smith called the meeting to order at 7:00 pm.\n",
        "Township Board",
        date(2024, 3, 12),
    ),
    _page(
        "City of Pine Ridge (Oregon) Planning Commission",
        "CITY OF PINE RIDGE\nPLANNING COMMISSION MINUTES\nThursday, March 14, 2024\nCALL TO ORDER: Chair Lee called the meeting to order at 6:00 p.m.\n",
        "Planning Commission",
        date(2024, 3, 14),
    ),
    _page(
        "City of Pine Ridge (Oregon) City Council",
        "CITY OF PINE RIDGE\nCOMMITTEE OF THE WHOLE\nMINUTES\nMarch 18, 2024\nPresent: Mayor Smith, Councilors Jones, Lee\n",
        "Committee of the Whole",
        date(2024, 3, 18),
    ),
    _page(
        "City of Pine Ridge (Oregon) City Council",
        "CITY OF PINE RIDGE\nSPECIAL MEETING OF THE CITY COUNCIL\nMINUTES\nMarch 20, 2024\nPresent: Mayor Smith\n",
        "City Council",
        date(2024, 3, 20),
    ),
    _page(
        "Township of Birchmount (Ontario) Council",
        "THE CORPORATION OF THE TOWNSHIP OF BIRCHMOUNT\nCOUNCIL MINUTES\nTuesday, December 3, 2024\n7:00 p.m.\nPresent: Mayor Smith, Councillors Jones, Lee\n",
        "Council",
        date(2024, 12, 3),
    ),
    _page(
        "Regional Municipality of Lakeside (Ontario) Regional Council",
        "Regional Municipality of Lakeside\nRegional Council Minutes\nWednesday, March 6, 2024\nPresent: Regional Chair Smith\n",
        "Regional Council",
        date(2024, 3, 6),
    ),
    _page(
        "Township of Birchmount (Ontario) Council",
        "Township of Birchmount\nCommittee of the Whole Minutes\nMarch 5, 2024\nPresent: Mayor Smith\n",
        "Committee of the Whole",
        date(2024, 3, 5),
    ),
    _page(
        "County of Prairie Hill (Alberta) Council",
        "COUNTY OF PRAIRIE HILL\nMINUTES OF THE REGULAR COUNCIL MEETING\nHELD IN COUNCIL CHAMBERS\nON TUESDAY, MARCH 12, 2024 AT 9:00 A.M.\nPRESENT: Reeve Smith\n",
        "Council",
        date(2024, 3, 12),
    ),
    _page(
        "Dunmore Shire Council (Queensland)",
        "DUNMORE SHIRE COUNCIL\nMINUTES OF THE ORDINARY COUNCIL MEETING\nHELD AT THE COUNCIL CHAMBERS, DUNMORE\nON WEDNESDAY 20 MARCH 2024 COMMENCING AT 9.00AM\nPRESENT: Cr J Smith (Mayor)\n",
        "Council",
        date(2024, 3, 20),
    ),
    _page(
        "Dunmore Shire Council (Queensland)",
        "Ordinary Council Meeting\nMinutes\n20 March 2024\nDunmore Shire Council\nPresent: Cr J Smith (Mayor)\n",
        "Council",
        date(2024, 3, 20),
    ),
    _page(
        "Dunmore Shire Council (Queensland)",
        "DUNMORE SHIRE COUNCIL\nSPECIAL MEETING\nMINUTES\nTuesday 26 March 2024\nPRESENT: Cr J Smith (Mayor)\n",
        "Council",
        date(2024, 3, 26),
    ),
    _page(
        "Ruapehu Downs District Council - Taumata Community Board",
        "Minutes of the Taumata Community Board Meeting held at the Taumata Hall on Monday 4 March 2024 commencing at 3.00pm\nPresent: Member Smith (Chair)\n",
        "Taumata Community Board",
        date(2024, 3, 4),
    ),
    _page(
        "Auckland Council - Waitakere Local Board",
        "Minutes of a meeting of the Waitakere Local Board held in the Local Board Office on Thursday, 14 March 2024 at 4.00pm\nPRESENT Chairperson Smith\n",
        "Waitakere Local Board",
        date(2024, 3, 14),
    ),
    _page(
        "Westmere Borough Council - Cabinet",
        "Printed on 12 March 2024\nWESTMERE BOROUGH COUNCIL\nMinutes of the Cabinet held on 5 March 2024\n" + PRESENT,
        "Cabinet",
        date(2024, 3, 5),
    ),
    _page(
        "Westmere Borough Council - Cabinet",
        "Published: 8 March 2024\nCabinet\nMinutes of the meeting held on Tuesday 5 March 2024\n" + PRESENT,
        "Cabinet",
        date(2024, 3, 5),
    ),
    _page(
        "Westmere Borough Council - Planning Committee",
        "Approved at the meeting of 4 April 2024\nPLANNING COMMITTEE\nMinutes of the meeting held on 7 March 2024\n" + PRESENT,
        "Planning Committee",
        date(2024, 3, 7),
    ),
    _page(
        "Ashcombe Parish Council (Wessex)",
        "1 ASHCOMBE PARISH COUNCIL Minutes of the Meeting of Ashcombe Parish Council held on Tuesday 3rd December 2024 at 7.30pm in the Village Hall Present: Cllr A Hale (Chair), Cllr B Noor, Cllr C Lee. In attendance: the Clerk and 3 members of the public. 24/101 Apologies for absence were received from Cllr Page. 24/102 Declarations of interest: none. 24/103 The minutes of the meeting held on 5th November 2024 were approved and signed.",
        "Ashcombe Parish Council",
        date(2024, 12, 3),
        url="https://docslib.org/doc/123/ashcombe-parish-council",
    ),
    _page(
        "Town of Vale (Alberta) Town Council",
        "1 TOWN OF VALE Regular Town Council Meeting March 11, 2024 Page 1 ADOPTION OF AGENDA #2024-MAR-01 REGULAR MEETING OF TOWN COUNCIL MONDAY, FEBRUARY 26, 2024 Councillor Smith moved adoption of the Agenda as presented. CARRIED",
        "Town Council",
        date(2024, 3, 11),
        url="http://lawsdocbox.com/x/123-Town-of-vale-regular-town-council-meeting-march-11-2024.html",
    ),
    _page(
        "County of Elk (Alberta) Council",
        "HomeMy WebLinkAbout2024-03-07 Council (Regular) MinutesCOUNTY OF ELK\nMINUTES OF Regular Council\nMarch 7, 2024\nThe regular Council Meeting of the County of Elk was held in the County Office on Thursday, March 7, 2024 commencing at 9:00 a.m.\n",
        "Council",
        date(2024, 3, 7),
    ),
    _page(
        "Shire of Redgum (Western Australia)",
        "SHIRE OF REDGUM\nMINUTES\nOrdinary Council Meeting\nHeld in Council Chambers\nThursday 21 March 2024\nCommenced at 3.00pm\n1. DECLARATION OF OPENING\n",
        "Council",
        date(2024, 3, 21),
    ),
    _page(
        "Redgum Shire Council (Victoria)",
        "Minutes\nCouncil Meeting\nWednesday 13 March 2024\nCommencing at 6.00pm\nCouncil Chamber\nRedgum Shire Council\nPresent: Cr Smith (Mayor)\n",
        "Council",
        date(2024, 3, 13),
    ),
    _page(
        "Ashcombe Parish Council (Wessex)",
        "ASHCOMBE PARISH COUNCIL\nMinutes of a Meeting of the Parish Council held on Tuesday the 3rd of December 2024 at 7.30 p.m.\n" + PRESENT,
        "Ashcombe Parish Council",
        date(2024, 12, 3),
    ),
    _page(
        "Ashcombe Parish Council (Wessex)",
        "ASHCOMBE PARISH COUNCIL\nMINUTES OF MEETING HELD ON 03.12.2024\n" + PRESENT,
        "Ashcombe Parish Council",
        date(2024, 12, 3),
    ),
    _page("Ashcombe Parish Council (Wessex)", "Ashcombe Parish Council\nMinutes – 3rd Dec 2024\n" + PRESENT, "Ashcombe Parish Council", date(2024, 12, 3)),
    _page(
        "Ashcombe Parish Council (Wessex)",
        "Ashcombe Parish Council\nMeeting Minutes\nDate: Tuesday 3 December 2024\nTime: 7.30pm\nVenue: Village Hall\n" + PRESENT,
        "Ashcombe Parish Council",
        date(2024, 12, 3),
    ),
    _page(
        "Ashcombe Parish Council (Wessex)",
        "Ashcombe Parish Council\nMinutes of the meeting held on\nTuesday 3 December\n2024\n" + PRESENT,
        "Ashcombe Parish Council",
        date(2024, 12, 3),
    ),
    _page(
        "City of Pine Ridge (Oregon) City Council",
        "PINE RIDGE CITY COUNCIL\nREGULAR MEETING MINUTES\nTuesday, December 3rd, 2024 – 7:00 PM\nCALL TO ORDER\n",
        "City Council",
        date(2024, 12, 3),
    ),
    _page(
        "City of Pine Ridge (Oregon) City Council",
        "Pine Ridge City Council\nMeeting Date: 12/03/2024\nMinutes\nCall to Order\n",
        "City Council",
        date(2024, 12, 3),
    ),
    _page(
        "City of Pine Ridge (Oregon) City Council",
        "Pine Ridge City Council Minutes – Dec. 3, 2024\nCall to Order\nMayor Smith called the meeting to order.\n",
        "City Council",
        date(2024, 12, 3),
    ),
    _page("Ashcombe Parish Council (Wessex)", "Ashcombe Parish Council Minutes 2024-12-03\n" + PRESENT, "Ashcombe Parish Council", date(2024, 12, 3)),
    _page("Westmere Borough Council - Cabinet", "WESTMERE BOROUGH COUNCIL\nCABINET\n3 December 2024\nMINUTES\n" + PRESENT, "Cabinet", date(2024, 12, 3)),
    _page(
        "Ashcombe Parish Council (Wessex)",
        "ASHCOMBE PARISH COUNCIL\nClerk: Mrs J Smith, 4 Mill Lane, Ashcombe\nTel: 01234 567890\nEmail: clerk@ashcombe-pc.gov.uk\nDate: 10 December 2024\nMINUTES OF THE MEETING HELD ON 3 DECEMBER 2024\n"
        + PRESENT,
        "Ashcombe Parish Council",
        date(2024, 12, 3),
    ),
    _page(
        "Ashcombe Parish Council (Wessex)",
        "Minutes of the Ashcombe Parish Council meeting held on Tuesday, 3rd December 2024 at 7:30 pm\nPresent: Cllrs Hale, Noor\n",
        "Ashcombe Parish Council",
        date(2024, 12, 3),
    ),
    _page(
        "Ashcombe Parish Council (Wessex)",
        "ASHCOMBE PARISH COUNCIL\nYou are hereby summoned to attend a meeting of Ashcombe Parish Council to be held in the Village Hall on Tuesday 3rd December 2024 at 7.30pm.\nJ Smith, Clerk, 26 November 2024\nAGENDA\n1. Apologies for absence\n2. To approve the minutes of the meeting held on 5 November 2024\n",
        "Ashcombe Parish Council",
        date(2024, 12, 3),
        "agenda",
    ),
    _page(
        "Westmere Borough Council - Cabinet",
        "Notice of Meeting\nCabinet\nTuesday, 3 December 2024 at 7.00 pm\nCouncil Chamber\nAgenda\n1. Apologies for absence\n2. Minutes of the meeting held on 5 November 2024\n",
        "Cabinet",
        date(2024, 12, 3),
        "agenda",
    ),
    _page(
        "Westmere Borough Council - Economy & Growth Scrutiny Panel",
        "Minutes of the Economy & Growth Scrutiny Panel held on 3 December 2024\n" + PRESENT,
        "Economy & Growth Scrutiny Panel",
        date(2024, 12, 3),
    ),
    _page(
        "Westmere Borough Council",
        "Minutes of the Planning (Major Applications) Sub-Committee held on 3 December 2024\n" + PRESENT,
        "Planning (Major Applications) Sub-Committee",
        date(2024, 12, 3),
    ),
    _page(
        "Westmere Borough Council",
        "WESTMERE BOROUGH COUNCIL\nLICENSING ACT 2003 SUB-COMMITTEE\nMinutes of the meeting held on 3 December 2024\n" + PRESENT,
        "Licensing Act 2003 Sub-Committee",
        date(2024, 12, 3),
    ),
    _page(
        "Westmere Borough Council",
        "Minutes of the Joint Meeting of the Housing Committee and the Finance Committee held on 3 December 2024\n" + PRESENT,
        None,
        date(2024, 12, 3),
    ),
    _page(
        "Eastvale and Westmere Joint Committee",
        "EASTVALE AND WESTMERE JOINT COMMITTEE\nMinutes of the meeting held on 3 December 2024\n" + PRESENT,
        "Eastvale and Westmere Joint Committee",
        date(2024, 12, 3),
    ),
    _page(
        "Westmere Borough Council",
        "Westmere Borough Council\nMinutes of the Standards Sub-Committee (Hearing)\nHeld on 3 December 2024\n" + PRESENT,
        "Standards Sub-Committee",
        date(2024, 12, 3),
    ),
    _page(
        "Village of Maple Bluff (Illinois) Board of Trustees",
        "VILLAGE OF MAPLE BLUFF\nSPECIAL MEETING\nBOARD OF TRUSTEES\nDecember 3, 2024\nThe special meeting of the Board of Trustees was called to order at 6:00 p.m.\n",
        "Board of Trustees",
        date(2024, 12, 3),
    ),
    _page(
        "Town of Brookfield (Connecticut) Board of Selectmen",
        "BROOKFIELD BOARD OF SELECTMEN\nMINUTES OF REGULAR MEETING\nDECEMBER 3, 2024\nPresent: First Selectman Smith\n",
        "Board of Selectmen",
        date(2024, 12, 3),
    ),
    _page(
        "City of Oak Park (Michigan) City Council",
        "CITY OF OAK PARK\nCITY COUNCIL\nREGULAR MEETING MINUTES\nMONDAY, DECEMBER 2, 2024\n1. CALL TO ORDER\n",
        "City Council",
        date(2024, 12, 2),
    ),
    _page(
        "Borough of Glenfield (Pennsylvania) Borough Council",
        "BOROUGH OF GLENFIELD\nBOROUGH COUNCIL MEETING MINUTES\nDecember 2, 2024\nThe meeting was called to order at 7:00 PM by President Smith.\n",
        "Borough Council",
        date(2024, 12, 2),
    ),
    _page(
        "Glenfield Township (Pennsylvania) Board of Supervisors",
        "GLENFIELD TOWNSHIP BOARD OF SUPERVISORS\nREGULAR MEETING\nDECEMBER 2, 2024\nThe regular meeting of the Glenfield Township Board of Supervisors was called to order\n",
        "Board of Supervisors",
        date(2024, 12, 2),
    ),
    _page(
        "Oakdale Unified School District (California) Board of Education",
        "OAKDALE UNIFIED SCHOOL DISTRICT\nBOARD OF EDUCATION\nMINUTES OF REGULAR MEETING\nDecember 10, 2024\n",
        "Board of Education",
        date(2024, 12, 10),
    ),
    _page(
        "Town of Lakeshore (Ontario) Council",
        "Town of Lakeshore\nSpecial Council Meeting Minutes\nDecember 3, 2024\nPresent: Mayor Smith\n",
        "Council",
        date(2024, 12, 3),
    ),
    _page(
        "Municipality of Pine (Ontario) Council",
        "The Corporation of the Municipality of Pine\nMinutes of Council Meeting\nTuesday, December 3, 2024, 6:00 p.m.\nCouncil Chambers\nPresent: Mayor Smith\n",
        "Council",
        date(2024, 12, 3),
    ),
    _page(
        "Cedar Regional District (British Columbia) Board",
        "CEDAR REGIONAL DISTRICT\nMINUTES OF THE REGULAR BOARD MEETING\nheld Wednesday, December 4, 2024\nat 1:00 p.m.\nDIRECTORS PRESENT: Chair Smith\n",
        "Board",
        date(2024, 12, 4),
    ),
    _page(
        "Kauri Coast District Council",
        "Kauri Coast District Council\nOrdinary Council Meeting\nMINUTES\nDate: Wednesday, 4 December 2024\nTime: 9.30am\nLocation: Council Chambers\n",
        "Council",
        date(2024, 12, 4),
    ),
    _page(
        "Kauri Coast District Council - Audit and Risk Committee",
        "Audit and Risk Committee\nMINUTES\nDate: Wednesday, 4 December 2024\nTime: 9.30am\n",
        "Audit and Risk Committee",
        date(2024, 12, 4),
    ),
    _page(
        "Riverbend Shire Council (New South Wales)",
        "MINUTES OF THE EXTRAORDINARY MEETING OF RIVERBEND SHIRE COUNCIL HELD AT THE COUNCIL CHAMBERS ON TUESDAY, 3 DECEMBER 2024 AT 5.00PM\nPRESENT: Cr Smith (Mayor)\n",
        "Council",
        date(2024, 12, 3),
    ),
    _page(
        "Kerrow County Council",
        "Minutes of Meeting of Kerrow County Council held in Council Chamber, Áras an Chontae, on Monday 16th December, 2024 at 10.00 am.\nI LATHAIR / PRESENT\nCathaoirleach: Cllr M. Murphy\n",
        "Council",
        date(2024, 12, 16),
    ),
    _page(
        "Kerrow County Council",
        "Miontuairiscí / Meeting Minutes Ordinary Meeting 16th December 2024, Council Chamber An Cathaoirleach, Councillor M. Murphy presided. Members Present: Councillors A, B, C.",
        "Council",
        date(2024, 12, 16),
    ),
    _page(
        "Kerrow County Council - Ballymore Municipal District",
        "Minutes of Ballymore Municipal District Meeting held in the Civic Offices, Ballymore on Tuesday, 10th December, 2024 at 11.00 a.m.\nPresent: Cllrs Murphy, Kelly\n",
        "Ballymore Municipal District",
        date(2024, 12, 10),
    ),
    _page(
        "Rushen Commissioners (Isle of Man)",
        "RUSHEN COMMISSIONERS\nMINUTES OF THE MEETING OF THE COMMISSIONERS HELD IN THE COMMISSIONERS' OFFICE ON WEDNESDAY 4TH DECEMBER 2024 AT 7.00 PM\nPresent: Mr J Smith (Chairman)\n",
        "Rushen Commissioners",
        date(2024, 12, 4),
    ),
    _page(
        "Ashcombe Parish Council (Wessex)",
        "ASHCOMBE PARISH COUNCIL\nMinutes of the Parish Council Meeting held on Monday 2nd\nDecember 2024 at 7.30pm in the Village Hall\n" + PRESENT,
        "Ashcombe Parish Council",
        date(2024, 12, 2),
    ),
    _page(
        "Ashcombe Parish Council (Wessex)",
        "Page 1 of 4\nASHCOMBE PARISH COUNCIL\nMinutes of the meeting held on Monday, 2nd December, 2024\n" + PRESENT,
        "Ashcombe Parish Council",
        date(2024, 12, 2),
    ),
    _page(
        "Ashcombe Parish Council (Wessex)",
        "Ashcombe Parish Council\nMinutes of the Parish Council Meeting – December 2024\nHeld on Monday 2nd December at 7.30pm in the Village Hall\n" + PRESENT,
        "Ashcombe Parish Council",
        date(2024, 12, 2),
    ),
    _page(
        "Ashcombe Parish Council (Wessex)",
        "Ashcombe Parish Council\nDate of meeting: 2nd December 2024\nMinutes\n" + PRESENT,
        "Ashcombe Parish Council",
        date(2024, 12, 2),
    ),
    _page(
        "Ashcombe Parish Council (Wessex)",
        "Ashcombe Parish Council\nExtraordinary Parish Council Meeting\nMinutes\nMonday 16 December 2024\n" + PRESENT,
        "Ashcombe Parish Council",
        date(2024, 12, 16),
    ),
    _page(
        "Ashcombe Parish Council (Wessex)",
        "ASHCOMBE PARISH COUNCIL PLANNING COMMITTEE\nMinutes of the meeting held on 9 December 2024\n" + PRESENT,
        "Planning Committee",
        date(2024, 12, 9),
    ),
    _page(
        "Elmbury Town Council (Wessex)",
        "Elmbury Town Council\nMinutes of the Annual Town Meeting held on Wednesday 17 April 2024 at 7pm\nPresent: the Town Mayor and 23 residents\n",
        "Annual Town Meeting",
        date(2024, 4, 17),
    ),
    _page(
        "Elmbury Town Council (Wessex)",
        "ELMBURY TOWN COUNCIL\nMINUTES OF THE TOWN COUNCIL MEETING\nHELD ON MONDAY 2ND DECEMBER 2024 AT 7PM IN THE COUNCIL CHAMBER\n" + PRESENT,
        "Elmbury Town Council",
        date(2024, 12, 2),
    ),
    _page(
        "Town of Brookfield (Massachusetts) Board of Selectmen",
        "Board of Selectmen's Meeting Minutes\nDecember 3, 2024\nPresent: Chairman Smith, Selectmen Jones and Lee\n",
        "Board of Selectmen",
        date(2024, 12, 3),
    ),
    _page(
        "Town of Brookfield (Massachusetts) Board of Selectmen",
        "Selectmen’s Meeting\nMinutes of December 3, 2024\nPresent: Chairman Smith, Selectmen Jones and Lee\n",
        "Board of Selectmen",
        date(2024, 12, 3),
    ),
    _page(
        "Town of Brookfield (Massachusetts) Planning Board",
        "Planning Board Minutes – Approved 1/14/2025\nMeeting of December 3, 2024\nMembers present: Smith, Jones\n",
        "Planning Board",
        date(2024, 12, 3),
    ),
    _page(
        "City of Palm Key (Florida) City Commission",
        "MINUTES\nREGULAR MEETING\nCITY COMMISSION\nCITY OF PALM KEY, FLORIDA\nDECEMBER 3, 2024\n6:00 P.M.\nCALL TO ORDER\n",
        "City Commission",
        date(2024, 12, 3),
    ),
    _page(
        "City of Palm Key (Florida) City Commission",
        "City of Palm Key\nCity Commission Minutes\nTuesday, December 03, 2024\nCall to Order\n",
        "City Commission",
        date(2024, 12, 3),
    ),
    _page(
        "Kauri Coast District Council",
        "Kauri Coast District Council\nMinutes of an ordinary meeting of the Kauri Coast District Council held in the Council Chamber, 1 High Street, on Wednesday 4 December 2024 commencing at 9.30am\nPresent: Mayor Smith\n",
        "Council",
        date(2024, 12, 4),
    ),
    _page(
        "Kauri Coast District Council",
        "Te Kaunihera o Kauri Coast | Kauri Coast District Council\nOrdinary Council Meeting\nMINUTES\n4 December 2024\nPresent: Mayor Smith\n",
        "Council",
        date(2024, 12, 4),
    ),
    _page(
        "Cwmdu Community Council (Powys)",
        "Cyngor Cymuned Cwmdu\nCofnodion cyfarfod a gynhaliwyd nos Fawrth 3 Rhagfyr 2024\nMinutes of the meeting held on Tuesday 3 December 2024\n" + PRESENT,
        "Cwmdu Community Council",
        date(2024, 12, 3),
    ),
    _page(
        "Glenarn Community Council (Argyll and Bute)",
        "Minutes of the Glenarn Community Council Meeting, held in the Village Hall, on Monday 2nd December 2024 at 7.30pm\nPresent: J Smith (Chair)\n",
        "Glenarn Community Council",
        date(2024, 12, 2),
    ),
    _page(
        "Strathmore Council - Council",
        "STRATHMORE COUNCIL\nMINUTE of MEETING of the STRATHMORE COUNCIL held in the COUNCIL CHAMBERS on THURSDAY 12 DECEMBER 2024 at 10.00 am\nPresent: Provost Smith\n",
        "Council",
        date(2024, 12, 12),
    ),
    _page(
        "Ashmoor Parish Meeting (Wessex)",
        "ASHMOOR PARISH MEETING\nMinutes of the Parish Meeting held on 4 December 2024\nPresent: Chairman J Smith and 9 parishioners\n",
        "Ashmoor Parish Meeting",
        date(2024, 12, 4),
    ),
    _page(
        "Riverbend Shire Council (New South Wales)",
        "UNCONFIRMED MINUTES\nORDINARY MEETING OF COUNCIL\n3 DECEMBER 2024\nRiverbend Shire Council\nPRESENT: Cr Smith (Mayor)\n",
        "Council",
        date(2024, 12, 3),
    ),
    _page(
        "Riverbend Shire Council (New South Wales)",
        "Our Ref: CM-24-12\nMINUTES OF THE ORDINARY MEETING OF RIVERBEND SHIRE COUNCIL HELD ON TUESDAY 3 DECEMBER 2024\nPRESENT: Cr Smith (Mayor)\n",
        "Council",
        date(2024, 12, 3),
    ),
    _page(
        "Westmere Borough Council - Planning Committee",
        "Minutes – Planning Committee – 3 December 2024 Page 1\nPLANNING COMMITTEE\nMinutes of the meeting held on Tuesday 3 December 2024\n" + PRESENT,
        "Planning Committee",
        date(2024, 12, 3),
    ),
    _page(
        "City of Maple (Ontario) Council",
        "Council Meeting\nMinutes\nDate: December 3, 2024\nTime: 6:00 p.m.\nLocation: Council Chambers\nPresent: Mayor Smith\n",
        "Council",
        date(2024, 12, 3),
    ),
    _page(
        "City of Maple (Ontario) Council",
        "Council Minutes\nMeeting #: 2024-23\nDate: Tuesday, December 3, 2024\nTime: 6:00 p.m.\n",
        "Council",
        date(2024, 12, 3),
    ),
    _page(
        "County of Prairie Hill (Alberta) Council",
        "Minutes of the Regular Meeting of Council of the County of Prairie Hill held December 10, 2024 in the Council Chambers\nPresent: Reeve Smith\n",
        "Council",
        date(2024, 12, 10),
    ),
    _page(
        "Ashcombe Parish Council (Wessex)",
        "Minutes of Ashcombe Parish Council Meeting\nHeld: Tuesday 3rd December 2024, 7.30pm\nVenue: Village Hall\n" + PRESENT,
        "Ashcombe Parish Council",
        date(2024, 12, 3),
    ),
    _page("Ashcombe Parish Council (Wessex)", "ASHCOMBE PARISH COUNCIL\nMINUTES 3rd DECEMBER 2024\n" + PRESENT, "Ashcombe Parish Council", date(2024, 12, 3)),
    _page("Westmere Borough Council - Cabinet", "Public Document Pack\nCabinet\nMinutes\nTuesday 3 December 2024\n" + PRESENT, "Cabinet", date(2024, 12, 3)),
    _page(
        "Westmere Borough Council - Overview and Scrutiny Committee",
        "OVERVIEW AND SCRUTINY COMMITTEE\n\nMINUTES of the OVERVIEW AND SCRUTINY COMMITTEE held at the Civic Centre on 3 December 2024 at 7.00 pm\n" + PRESENT,
        "Overview and Scrutiny Committee",
        date(2024, 12, 3),
    ),
]


@pytest.mark.parametrize("page, body, when, doc_type", FRONT_PAGES)
def test_front_page_meeting(tmp_path, page: str, body: str | None, when: date | None, doc_type: str) -> None:
    found = _read(tmp_path, page)
    assert (found.doc_type, found.meeting_date) == (doc_type, when)
    assert meeting_right("body", body, found.body), (found.body, body)


def test_items_below_a_moderngov_item_table_are_not_the_meeting_date(tmp_path) -> None:
    """'No. Item' heads the items of a ModernGov page: the first item's 'Minutes of the meeting held
    on 2 May 2019' is the earlier meeting whose minutes are approved, not this page's own date."""
    page = (
        "URL: https://example.org/ieListDocuments.aspx?CId=1&MId=2\nCOUNCIL: Borough of Eastvale\n\nAgenda and minutes\n\nVenue: Main Hall\n\n"
        "No. Item\n\n\nMinutes of the meeting held on 2 May 2019\n\n\nMinutes of the meeting held on 2 May 2019 were agreed.\n"
    )
    assert _read(tmp_path, page).meeting_date is None
    dated = page.replace("Agenda and minutes\n", "Agenda and minutes\nCommunity Forum\nThursday, 6th June, 2019 7.00 pm\n")
    assert _read(tmp_path, dated).meeting_date == date(2019, 6, 6)


def test_a_date_field_stands_where_no_minutes_title_gives_another(tmp_path) -> None:
    """A letter's 'Date:' loses only to a 'Minutes of the meeting held on' title: a front page's
    'Date: 4 March 2025' field is still the meeting's when the title line prints no date of its own
    and the only other date is that of the earlier minutes approved."""
    page = "URL: https://example.org/meetings/1\nCOUNCIL: Westmere Borough Council - Cabinet\n\nCabinet\nMinutes\nDate: 4 March 2025\n" + PRESENT
    page += "2. The minutes of the meeting held on 4 February 2025 were approved.\n"
    assert _read(tmp_path, page).meeting_date == date(2025, 3, 4)


@pytest.mark.parametrize(
    "council, expected",
    [
        ("City of Pine Ridge (Oregon) City Council", date(2024, 12, 3)),  # a US council writes the month first
        ("Ashcombe Parish Council (Devon)", date(2024, 3, 12)),  # an English one the day
    ],
)
def test_the_collector_locator_says_the_numeric_order(tmp_path, council: str, expected: date) -> None:
    page = f"URL: https://example.org/meetings/1\nCOUNCIL: {council}\n\nMinutes\nMeeting held 12/03/2024\n" + PRESENT
    assert _read(tmp_path, page).meeting_date == expected


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Minutes of the Area Committee (North) held on 3 December 2024", "Area Committee (North)"),
        ("Minutes of the Licensing (Hearings) Sub-Committee held on 3 December 2024", "Licensing (Hearings) Sub-Committee"),
        ("Minutes of the Planning Committee (Item 5) held on 3 December 2024", "Planning Committee"),  # an item, not part of the name
        ("Minutes of the Planning Committee (see attached) held on 3 December 2024", "Planning Committee"),
    ],
)
def test_bracketed_parts_of_a_body_name(tmp_path, title: str, expected: str) -> None:
    page = f"URL: https://example.org/meetings/1\nCOUNCIL: Westmere Borough Council\n\n{title}\n" + PRESENT
    assert meeting_right("body", expected, _read(tmp_path, page).body)


def test_a_parish_meeting_authority_meets_as_itself_but_a_parish_councils_annual_parish_meeting_does_not(tmp_path) -> None:
    own = "URL: https://example.org/meetings/1\nCOUNCIL: Ashmoor Parish Meeting (Wessex)\n\nMinutes of the Parish Meeting held on 4 December 2024\nPresent: 9 parishioners\n"
    electors = own.replace("Ashmoor Parish Meeting (Wessex)", "Ashmoor Parish Council (Wessex)").replace("the Parish Meeting", "the Annual Parish Meeting")
    assert _read(tmp_path, own).body == "Ashmoor Parish Meeting"
    assert _read(tmp_path, electors).body == "Annual Parish Meeting"


# The collector's line names only the council: the body must be read from the page itself.
PAGES_WITHOUT_A_BODY_HINT = [
    (  # a public document portal's trail glued to the title, with the file's own name
        "Town of Elmville (New York)",
        "HomeMy WebLinkAboutM5120 TOWN OF ELMVILLE TOWN BOARD MEETING MINUTES WEDNESDAY, MAY 6TH, 2020 6:30 P.M. The regular monthly meeting of "
        "the Town Board of the Town of Elmville was held Wednesday, May 6th, 2020 at the Town Hall. Present: Supervisor Owens.",
        ("Town Board", date(2020, 5, 6), "minutes"),
    ),
    (  # the portal's file name is the only word saying what the paper is
        "Town of Elmville (Massachusetts)",
        "HomeMy WebLinkAbout2020-05-06-FC-min DATE: May 6, 2020 TIME: 7:45 P.M. PLACE: Town Office Building PRESENT: G. Ward, J. Camp. "
        "Discussed the capital budget and the warrant articles.",
        (None, date(2020, 5, 6), "minutes"),
    ),
    (  # a PDF mirror's page number run into a town council's title
        "Town of Vale (Alberta)",
        "1 TOWN OF VALE Regular Town Council Meeting March 11, 2024 Page 1 ADOPTION OF AGENDA #2024-MAR-01 Councillor Smith moved adoption "
        "of the Agenda as presented. CARRIED",
        ("Town Council", date(2024, 3, 11), "minutes"),
    ),
    (
        "Elk River Regional District (British Columbia)",
        "1 Elk River Regional District Board Minutes March 6, 2024; 10:30 AM Boardroom 12 Aster Street In Attendance: Board: J. Smith, Chair",
        ("Board", date(2024, 3, 6), "minutes"),
    ),
    (  # a US county board named after the county, inside a title sentence
        "Oakdale County (Florida)",
        "MINUTES OF A REGULAR MEETING OF THE OAKDALE COUNTY BOARD OF COUNTY COMMISSIONERS HELD FEBRUARY 17, 2024.\n"
        "The Oakdale County Board of County Commissioners convened in a regular meeting on Monday, February 17, 2024 at 5:00 p.m.\n",
        ("Board of County Commissioners", date(2024, 2, 17), "minutes"),
    ),
    (
        "Cedar Township (Michigan)",
        "MINUTES OF THE SPECIAL MEETING OF THE CEDAR TOWNSHIP PLANNING COMMISSION HELD MARCH 4, 2024\nPresent: Chair Lee\n",
        ("Planning Commission", date(2024, 3, 4), "minutes"),
    ),
    (  # an electors' meeting under a draft label
        "Ashcombe Parish Council (Wessex)",
        "Draft - Annual Parish Meeting Minutes May 2024\nThe Annual Parish Meeting was held on Tuesday 14 May 2024 at 7.00 pm at the Village Hall.\n"
        "PRESENT: Chairman Cllr Ridger\n",
        ("Annual Parish Meeting", date(2024, 5, 14), "minutes"),
    ),
    (
        "Elmbury Town Council (Wessex)",
        "Draft: Annual Town Meeting Minutes\nThe Annual Town Meeting was held on Wednesday 17 April 2024 at 7pm in the Town Hall.\nPresent: the Town Mayor\n",
        ("Annual Town Meeting", date(2024, 4, 17), "minutes"),
    ),
]


@pytest.mark.parametrize("council, text, expected", PAGES_WITHOUT_A_BODY_HINT)
def test_body_read_from_the_page_itself(tmp_path, council: str, text: str, expected: tuple) -> None:
    found = _read(tmp_path, f"URL: https://example.org/meetings/1\nCOUNCIL: {council}\n\n{text}\n")
    assert (found.meeting_date, found.doc_type) == expected[1:]
    assert meeting_right("body", expected[0], found.body), found.body


def test_a_council_named_board_is_not_cut_from_a_title_that_ends_with_the_council() -> None:
    """'Town Board of the Town of Enfield' is the Town Board; 'Regular Meeting of the Elm County Board
    of County Commissioners' is the Board of County Commissioners, not a bare 'Regular Meeting'."""
    from minutes_miner.meeting_body import normalise_body

    assert normalise_body("Town Board of the Town of Enfield", "Town of Enfield") == "Town Board"
    assert normalise_body("REGULAR MEETING OF THE ELM COUNTY BOARD OF COUNTY COMMISSIONERS", "Elm County") == "Board of County Commissioners"


# ModernGov pages whose text mirror ran the page into one line.
FLATTENED_MODERNGOV = [
    (
        "Elmvale Police and Crime Panel",
        "Agenda and minutes Elmvale Police and Crime Panel - Thursday, 16th November, 2023 10.30 am Venue: Chamber, 3 High Street, Elmvale. "
        "View directions Contact: Kevin Thomas 01234 224027 Items No. Item 1. APOLOGIES FOR ABSENCE Minutes: Apologies were received from "
        "Councillor Evans. 2. DATE OF NEXT MEETING Minutes: The next meeting will be held on 16 February 2024.",
        ("Elmvale Police and Crime Panel", date(2023, 11, 16)),
    ),
    (
        "Westmere Shire Council (Victoria)",
        "Agenda and draft minutes Council Meeting - Tuesday, 11th June, 2024 7.00 pm Venue: Council Chamber - Civic Centre. View directions "
        "Contact: Governance Items No. Item 5. MAYORAL ANNOUNCEMENTS Minutes: The Mayor read the following statement. " + "Council noted the item. " * 30,
        ("Council", date(2024, 6, 11)),
    ),
    (  # the heading lost: under 'No. Item' the earlier minutes' date is not this meeting's
        "London Borough of Elmham - Overview and Scrutiny Business Panel",
        "Agenda and minutes Venue: Civic Suite Contact: Jasmine Kay No. Item Minutes pdf icon PDF 304 KB RESOLVED that the minutes of the "
        "open meeting held on 12 November 2019 be confirmed as a correct record. Declarations of Interests None received.",
        ("Overview and Scrutiny Business Panel", None),
    ),
]


@pytest.mark.parametrize("council, text, expected", FLATTENED_MODERNGOV)
def test_flattened_moderngov_page(tmp_path, council: str, text: str, expected: tuple) -> None:
    found = _read(tmp_path, f"URL: https://example.org/ieListDocuments.aspx?CId=1&MId=2\nCOUNCIL: {council}\n\n{text}\n")
    assert found.meeting_date == expected[1]
    assert meeting_right("body", expected[0], found.body), found.body


def test_no_item_in_prose_does_not_end_the_title_block() -> None:
    """'No. Item 5 was deferred' is prose, not ModernGov's item table header."""
    from minutes_miner.dates import title_block_date

    assert title_block_date("Planning Committee No. Item 5 was deferred, held on 4 March 2025\n") == date(2025, 3, 4)


# Printed pages: furniture above the title, a long letterhead, numeric dates beside the body's name.
PRINTED_PAGES = [
    (
        "Westmere Borough Council",
        "Page 1 of 12\nPrinted on 12/03/2025\nLicensing Committee\nMinutes of the meeting held on 4 March 2025\n" + PRESENT,
        "Licensing Committee",
        date(2025, 3, 4),
    ),
    (
        "Ashcombe Parish Council (Wessex)",
        "Page 1\nAshcombe Parish Council\nMinutes of the meeting held on Tuesday 4th March 2025\n" + PRESENT,
        "Ashcombe Parish Council",
        date(2025, 3, 4),
    ),
    (
        "Ashcombe Parish Council (Wessex)",
        "Date published: 10 March 2025\nAshcombe Parish Council\nDraft minutes of the meeting held on Tuesday 4th March 2025\n" + PRESENT,
        "Ashcombe Parish Council",
        date(2025, 3, 4),
    ),
    (  # furniture above a page run into one line: its title and date are still the first line's
        "Ashcombe Parish Council (Wessex)",
        "Page 1 of 3\nDRAFT MINUTES ONLY 1006 Ashcombe Parish Council J Smith MA – Clerk to the Council 2 Mill Court Ashcombe AB1 2CD Tel 01234 567890 "
        "Email: clerk@example.org Minutes of Meeting 8 January 2025 6.45pm Ashcombe School Attendance: Councillor K Carins in the chair "
        "Councillor S Wilson Councillor M Scott D Hall Clerk Public Session A resident expressed concern at the lack of buses.",
        "Ashcombe Parish Council",
        date(2025, 1, 8),
    ),
    (  # a letterhead of short lines pushes the date to the ninth line
        "Town of Aurelia (Ontario) Council",
        "MINUTES - Council - 20250304\nTOWN OF AURELIA\nCOUNCIL MEETING MINUTES\nNO. 25-04\nCouncil Chambers\nAurelia Town Hall\n"
        "100 John West Way\nAurelia, Ontario\nTuesday, March 4, 2025 ATTENDANCE\nMayor Jones in the Chair\n",
        "Council",
        date(2025, 3, 4),
    ),
    ("Westmere Borough Council", "Licensing Committee - 04/03/2025\n" + PRESENT, "Licensing Committee", date(2025, 3, 4)),
    (
        "City of Pine Ridge (Oregon)",
        "Planning Commission Meeting 03/04/2025\nMinutes\nThe meeting was called to order at 7:00 p.m.\n",
        "Planning Commission",
        date(2025, 3, 4),
    ),
    (
        "Westmere Borough Council",
        "Agenda and minutes\nLicensing Committee\n04/03/2025 7.00 pm\nVenue: Town Hall\n" + PRESENT,
        "Licensing Committee",
        date(2025, 3, 4),
    ),
    ("Westmere Borough Council", "Licensing Committee\nTuesday the 4th day of March, 2025\n" + PRESENT, "Licensing Committee", date(2025, 3, 4)),
]


@pytest.mark.parametrize("council, text, body, when", PRINTED_PAGES)
def test_printed_page(tmp_path, council: str, text: str, body: str, when: date) -> None:
    found = _read(tmp_path, f"URL: https://example.org/meetings/1\nCOUNCIL: {council}\n\n{text}")
    assert found.meeting_date == when
    assert meeting_right("body", body, found.body), found.body


def test_a_date_under_a_letterhead_only_while_no_business_has_begun() -> None:
    """The ninth line's date counts under short letterhead lines, not under a paragraph of business."""
    from minutes_miner.dates import date_under_letterhead

    letterhead = "TOWN OF AURELIA\nCOUNCIL MINUTES\nNO. 25-04\nCouncil Chambers\nTown Hall\n100 John West Way\nAurelia\nOntario\nTuesday, March 4, 2025\n"
    assert date_under_letterhead(letterhead) == date(2025, 3, 4)
    business = letterhead.replace("Ontario\n", "The Council considered the draft budget and the report of the Treasurer on reserves.\n")
    assert date_under_letterhead(business) is None
    assert date_under_letterhead(letterhead.replace("Ontario\n", "Present: Mayor Jones\n")) is None


# The collector's line names the body in many councils' words; the page itself names none.
HINTED_BODIES = [
    ("Ashcombe Parish Council (Wessex) - Extraordinary Meeting", "Ashcombe Parish Council"),
    ("Ashcombe Parish Council (Wessex) - Extraordinary Parish Council Meeting", "Ashcombe Parish Council"),
    ("Ashcombe Parish Council (Wessex) - Annual Meeting of the Council", "Ashcombe Parish Council"),
    ("Ashcombe Parish Council (Wessex) - Annual Parish Meeting", "Annual Parish Meeting"),
    ("Ashcombe Parish Council (Wessex) - Planning Committee", "Planning Committee"),
    ("Ashcombe Parish Council (Wessex) - Full Council", "Full Council"),
    ("Ashcombe Parish Council (Wessex) - Parish Council Meeting", "Ashcombe Parish Council"),
    ("Ashcombe Parish Council (Wessex) - Ordinary Meeting", "Ashcombe Parish Council"),
    ("Ashcombe Parish Council (Wessex) - Council Meeting", "Ashcombe Parish Council"),
    ("Westmere District Council - Extraordinary Council", "Council"),
    ("Westmere District Council - Extraordinary Meeting of Council", "Council"),
    ("Westmere District Council - Annual Council", "Council"),
    ("Westmere District Council - Budget Council", "Council"),
    ("Westmere District Council - Council (Budget)", "Council"),
    ("Westmere District Council - Full Council", "Council"),
    ("Westmere District Council - Council Meeting", "Council"),
    ("Westmere District Council - Planning & Licensing Committee", "Planning & Licensing Committee"),
    ("Westmere District Council - Executive Board", "Executive Board"),
    ("Westmere District Council - Cabinet (decision record)", "Cabinet"),
    ("Westmere District Council - Finance Sub-Committee", "Finance Sub-Committee"),
    ("Westmere District Council - Joint Planning Committee", "Joint Planning Committee"),
    ("Westmere District Council - Area Committee (North)", "Area Committee (North)"),
    ("Westmere District Council - Licensing Act 2003 Sub-Committee", "Licensing Act 2003 Sub-Committee"),
    ("Westmere District Council - Police and Crime Panel", "Police and Crime Panel"),
    ("Elmvale Town Council (Wessex) - Annual Town Meeting", "Annual Town Meeting"),
    ("Elmvale Town Council (Wessex) - Town Council", "Elmvale Town Council"),
    ("Town of Brookfield (Massachusetts) Select Board", "Select Board"),
    ("Town of Brookfield (Massachusetts) - Select Board", "Select Board"),
    ("Town of Brookfield (Massachusetts) - Board of Health", "Board of Health"),
    ("Town of Brookfield (Massachusetts) - Conservation Commission", "Conservation Commission"),
    ("Town of Brookfield (Massachusetts) - Zoning Board of Appeals", "Zoning Board of Appeals"),
    ("Town of Brookfield (Massachusetts) - Finance Committee", "Finance Committee"),
    ("City of Oakvale (Texas) City Council", "City Council"),
    ("City of Oakvale (Texas) - City Council Work Session", "City Council Work Session"),
    ("Oakvale County (Texas) Commissioners Court", "Commissioners Court"),
    ("Oakvale Independent School District (Texas) Board of Trustees", "Board of Trustees"),
    ("Municipality of Elm (Nova Scotia) Council", "Council"),
    ("City of Elm (Ontario) - Committee of the Whole", "Committee of the Whole"),
    ("Elm Regional District (British Columbia) - Board", "Board"),
    ("Elm Shire Council (Victoria) - Audit and Risk Committee", "Audit and Risk Committee"),
    ("Elm District Council - Elmtown Community Board", "Elmtown Community Board"),
    ("Auckland Council - Elm Local Board", "Elm Local Board"),
    ("Elm County Council - Municipal District of Elmtown", "Municipal District of Elmtown"),
    ("Elm County Council - Elmtown Municipal District (AGM)", "Elmtown Municipal District"),
    ("Elm Commissioners (Isle of Man)", "Elm Commissioners"),
    ("Elm National Park Authority - Planning Committee", "Planning Committee"),
    ("Elm Fire and Rescue Authority", "Elm Fire and Rescue Authority"),
    ("Elm Community Council (Highland)", "Elm Community Council"),
    ("Elmshire Council - Council", "Council"),
    ("The Elmshire Council - Education Committee", "Education Committee"),
]


@pytest.mark.parametrize("council_line, body", HINTED_BODIES)
def test_body_from_the_collector_line(tmp_path, council_line: str, body: str) -> None:
    text = "Minutes\nTuesday 4 March 2025\n" + PRESENT
    found = _read(tmp_path, f"URL: https://example.org/meetings/1\nCOUNCIL: {council_line}\n\n{text}")
    assert found.meeting_date == date(2025, 3, 4)
    assert meeting_right("body", body, found.body), found.body


# The collector's line says what kind of paper or sitting it was, around the body's name.
DESCRIBED_BODIES = [
    ("Westmere District Council - Minutes of the Cabinet", "Cabinet"),
    ("Westmere District Council - Licensing Committee hearing", "Licensing Committee"),
    ("Westmere District Council - Planning Committee agenda and minutes", "Planning Committee"),
    ("Westmere District Council - Cabinet meeting 2025", "Cabinet"),
    ("Westmere District Council - Development Management Committee, 4 March 2025", "Development Management Committee"),
    ("Westmere District Council - Adults, Health and Care Sub-Committee", "Adults, Health and Care Sub-Committee"),  # a comma inside the name
    ("Westmere District Council - Cabinet Member decision", None),  # not the full Council, though the page is titled only 'Minutes'
    ("Westmere District Council - Council meeting", "Council"),
    ("Ashcombe Parish Council (Wessex) - Annual Parish Meeting", "Annual Parish Meeting"),  # 'Meeting' is the name here
    ("Town of Brookfield (Massachusetts) Selectmen", "Board of Selectmen"),
    ("Town of Brookfield (Massachusetts) Board of Selectmen Meeting", "Board of Selectmen"),
    ("Village of Elm (Illinois) - Board of Trustees regular meeting", "Board of Trustees"),
    ("Village of Elm (Illinois) Village Board of Trustees", "Village Board of Trustees"),
    ("Elm Commissioners (Isle of Man)", "Elm Commissioners"),  # a Manx authority of commissioners meets as itself
]


@pytest.mark.parametrize("council_line, body", DESCRIBED_BODIES)
def test_body_from_a_described_collector_line(tmp_path, council_line: str, body: str | None) -> None:
    text = "Minutes\nTuesday 4 March 2025\n" + PRESENT
    found = _read(tmp_path, f"URL: https://example.org/meetings/1\nCOUNCIL: {council_line}\n\n{text}")
    assert meeting_right("body", body, found.body), found.body


def test_selectmens_meeting_on_the_page(tmp_path) -> None:
    page = "URL: https://example.org/meetings/1\nCOUNCIL: Town of Brookfield (Massachusetts)\n\nSELECTMEN'S MEETING\nJULY 10, 2024\nVice-Chairman Brunelle called the meeting to order at 7:06 PM.\n"
    assert _read(tmp_path, page).body == "Board of Selectmen"


ATTENDANCE = "Present: Cllr A Hale (Chair), Cllr B Noor\n1. Apologies for absence were received from Cllr Page.\n"

# The meeting's date as clerks write it, beside other dates (earlier, later, approval, signing) and venues.
DATES_AS_WRITTEN = [
    (
        "Ashcombe Parish Council (Wessex)",
        "ASHCOMBE PARISH COUNCIL\nMinutes of the meeting held on Dec 3rd 2024\n" + ATTENDANCE,
        "Ashcombe Parish Council",
        date(2024, 12, 3),
    ),
    (
        "Ashcombe Parish Council (Wessex)",
        "ASHCOMBE PARISH COUNCIL\nMinutes of the meeting held on December 3rd, 2024\n" + ATTENDANCE,
        "Ashcombe Parish Council",
        date(2024, 12, 3),
    ),
    (
        "Ashcombe Parish Council (Wessex)",
        "ASHCOMBE PARISH COUNCIL\nMinutes of the meeting held on Tues. 3rd Dec. 2024\n" + ATTENDANCE,
        "Ashcombe Parish Council",
        date(2024, 12, 3),
    ),
    (
        "Ashcombe Parish Council (Wessex)",
        "ASHCOMBE PARISH COUNCIL\nMinutes of the meeting held on 3rd  December  2024\n" + ATTENDANCE,
        "Ashcombe Parish Council",
        date(2024, 12, 3),
    ),
    (
        "Ashcombe Parish Council (Wessex)",
        "ASHCOMBE PARISH COUNCIL\nMinutes of the meeting held on 3 Dec 24\n" + ATTENDANCE,
        "Ashcombe Parish Council",
        date(2024, 12, 3),
    ),
    (
        "Ashcombe Parish Council (Wessex)",
        "ASHCOMBE PARISH COUNCIL\nMinutes of the meeting held on 3-Dec-2024\n" + ATTENDANCE,
        "Ashcombe Parish Council",
        date(2024, 12, 3),
    ),
    (
        "Ashcombe Parish Council (Wessex)",
        "ASHCOMBE PARISH COUNCIL\nMinutes of the meeting held on 3.12.24\n" + ATTENDANCE,
        "Ashcombe Parish Council",
        date(2024, 12, 3),
    ),
    (
        "Ashcombe Parish Council (Wessex)",
        "ASHCOMBE PARISH COUNCIL\nMinutes of the meeting held on Tuesday 3rd December at 7.30pm\nMinutes 2024\n" + ATTENDANCE,
        "Ashcombe Parish Council",
        date(2024, 12, 3),
    ),
    (
        "Ashcombe Parish Council (Wessex)",
        "ASHCOMBE PARISH COUNCIL\nMinutes of the Parish Council meeting held on Tuesday 3 December 2024, following the Planning Committee meeting held on 26 November 2024\n"
        + ATTENDANCE,
        "Ashcombe Parish Council",
        date(2024, 12, 3),
    ),
    (
        "Ashcombe Parish Council (Wessex)",
        "ASHCOMBE PARISH COUNCIL\nMinutes of the meeting held on Tuesday 3rd December 2024 (adjourned from 26th November 2024)\n" + ATTENDANCE,
        "Ashcombe Parish Council",
        date(2024, 12, 3),
    ),
    (
        "Ashcombe Parish Council (Wessex)",
        "ASHCOMBE PARISH COUNCIL\nMinutes of the meeting held on Tuesday 3rd December 2024 at 7.30pm. Next meeting: Tuesday 7th January 2025\n" + ATTENDANCE,
        "Ashcombe Parish Council",
        date(2024, 12, 3),
    ),
    (
        "Ashcombe Parish Council (Wessex)",
        "ASHCOMBE PARISH COUNCIL\nMinutes of the meeting of Tuesday 3rd December 2024\n" + ATTENDANCE,
        "Ashcombe Parish Council",
        date(2024, 12, 3),
    ),
    (
        "Ashcombe Parish Council (Wessex)",
        "ASHCOMBE PARISH COUNCIL\nMinutes – December 2024 Meeting\nHeld on Tuesday 3rd December 2024\n" + ATTENDANCE,
        "Ashcombe Parish Council",
        date(2024, 12, 3),
    ),
    (
        "Ashcombe Parish Council (Wessex)",
        "ASHCOMBE PARISH COUNCIL\nMinutes of the December meeting held on the 3rd\n" + ATTENDANCE,
        "Ashcombe Parish Council",
        None,
    ),
    (
        "Ashcombe Parish Council (Wessex)",
        "ASHCOMBE PARISH COUNCIL\nMINUTES OF THE MEETING HELD ON TUESDAY 3RD DECEMBER, 2024 AT 7.30 P.M.\n" + ATTENDANCE,
        "Ashcombe Parish Council",
        date(2024, 12, 3),
    ),
    (
        "Ashcombe Parish Council (Wessex)",
        "ASHCOMBE PARISH COUNCIL\nMinutes of the meeting held on Tuesday 3 December 2024\nMinutes of the meeting held on 5 November 2024 were approved\n"
        + ATTENDANCE,
        "Ashcombe Parish Council",
        date(2024, 12, 3),
    ),
    (
        "Ashcombe Parish Council (Wessex)",
        "Minutes of the Ordinary Meeting of Ashcombe Parish Council\nDate: 03/12/2024\n" + ATTENDANCE,
        "Ashcombe Parish Council",
        date(2024, 12, 3),
    ),
    (
        "Ashcombe Parish Council (Wessex)",
        "Ashcombe Parish Council\nMinutes of the meeting\n3rd December 2024\n" + ATTENDANCE,
        "Ashcombe Parish Council",
        date(2024, 12, 3),
    ),
    ("Ashcombe Parish Council (Wessex)", "Ashcombe Parish Council\n2024/12/03 Minutes\n" + ATTENDANCE, "Ashcombe Parish Council", date(2024, 12, 3)),
    ("Ashcombe Parish Council (Wessex)", "Ashcombe Parish Council\nMinutes: 3 December 2024\n" + ATTENDANCE, "Ashcombe Parish Council", date(2024, 12, 3)),
    (
        "Ashcombe Parish Council (Wessex)",
        "Ashcombe Parish Council\nMeeting held: 3 December 2024 at 7pm\n" + ATTENDANCE,
        "Ashcombe Parish Council",
        date(2024, 12, 3),
    ),
    (
        "Ashcombe Parish Council (Wessex)",
        "Ashcombe Parish Council\nMeeting of Full Council – Tuesday 3rd December 2024\n" + ATTENDANCE,
        "Full Council",
        date(2024, 12, 3),
    ),
    (
        "Cwmdu Community Council (Powys)",
        "Cyngor Cymuned Cwmdu Community Council\nCofnodion y cyfarfod a gynhaliwyd ar 3 Rhagfyr 2024 / Minutes of the meeting held on 3 December 2024\n"
        + ATTENDANCE,
        "Cwmdu Community Council",
        date(2024, 12, 3),
    ),
    (
        "City of Pine Ridge (Oregon) City Council",
        "City of Pine Ridge\nCity Council Regular Meeting Minutes\nTuesday, December 3rd, 2024\n6:00 PM\nCall to Order\n",
        "City Council",
        date(2024, 12, 3),
    ),
    (
        "City of Pine Ridge (Oregon) City Council",
        "City of Pine Ridge City Council Minutes\nDecember 3, 2024 Regular Meeting\nCall to Order\n",
        "City Council",
        date(2024, 12, 3),
    ),
    (
        "Town of Brookfield (Massachusetts) Board of Selectmen",
        "Board of Selectmen\nMinutes of Meeting\n12/3/2024\nPresent: Chairman Smith\n",
        "Board of Selectmen",
        date(2024, 12, 3),
    ),
    (
        "Town of Brookfield (Massachusetts) Board of Selectmen",
        "Board of Selectmen\nMeeting Minutes\n12.03.2024\nPresent: Chairman Smith\n",
        "Board of Selectmen",
        date(2024, 12, 3),
    ),
    (
        "Elm Shire Council (Queensland)",
        "ELM SHIRE COUNCIL\nMINUTES OF THE ORDINARY MEETING HELD AT THE COUNCIL CHAMBERS ON TUESDAY 3RD DECEMBER 2024 COMMENCING AT 9:00AM\n" + ATTENDANCE,
        "Council",
        date(2024, 12, 3),
    ),
    ("Elm District Council", "Elm District Council\nMinutes\nOrdinary Council Meeting\n3 December 2024\n" + ATTENDANCE, "Council", date(2024, 12, 3)),
    (
        "Ashcombe Parish Council (Wessex)",
        "Minutes of the meeting of Ashcombe Parish Council held at 7.30pm on Tuesday 3rd December 2024 in the Village Hall\n" + ATTENDANCE,
        "Ashcombe Parish Council",
        date(2024, 12, 3),
    ),
    (
        "Ashcombe Parish Council (Wessex)",
        "Minutes of the meeting of Ashcombe Parish Council held in the Village Hall, Church Lane, Ashcombe, AB12 3CD at 7.30 p.m. on Tuesday 3 December 2024\n"
        + ATTENDANCE,
        "Ashcombe Parish Council",
        date(2024, 12, 3),
    ),
    (
        "Ashcombe Parish Council (Wessex)",
        "Minutes of the meeting of Ashcombe Parish Council held in the Village Hall, Church Lane, Ashcombe, AB12 3CD at 7.30 p.m. on Tuesday 3 December 2024. The minutes of the meeting held on 5 November 2024 were approved.\n"
        + ATTENDANCE,
        "Ashcombe Parish Council",
        date(2024, 12, 3),
    ),
    (
        "Ashcombe Parish Council (Wessex)",
        "ASHCOMBE PARISH COUNCIL\nMinutes of the Meeting of the Parish Council held remotely via Zoom on Tuesday 3rd December 2024 commencing at 7.00pm\n"
        + ATTENDANCE,
        "Ashcombe Parish Council",
        date(2024, 12, 3),
    ),
    (
        "Ashcombe Parish Council (Wessex)",
        "ASHCOMBE PARISH COUNCIL\nMinutes of the Meeting held on Tuesday 3rd December 2024 (rescheduled from 26th November 2024)\n" + ATTENDANCE,
        "Ashcombe Parish Council",
        date(2024, 12, 3),
    ),
    (
        "Ashcombe Parish Council (Wessex)",
        "ASHCOMBE PARISH COUNCIL\nMinutes of the Meeting held on Tuesday 3rd December 2024\nSigned ............ Chairman  Date: 7 January 2025\n" + ATTENDANCE,
        "Ashcombe Parish Council",
        date(2024, 12, 3),
    ),
    (
        "Ashcombe Parish Council (Wessex)",
        "ASHCOMBE PARISH COUNCIL\nApproved 7 January 2025\nMinutes of the Meeting held on Tuesday 3rd December 2024\n" + ATTENDANCE,
        "Ashcombe Parish Council",
        date(2024, 12, 3),
    ),
    (
        "Ashcombe Parish Council (Wessex)",
        "ASHCOMBE PARISH COUNCIL\nAgreed at the meeting held on 7 January 2025\nMinutes of the Meeting held on Tuesday 3rd December 2024\n" + ATTENDANCE,
        "Ashcombe Parish Council",
        date(2024, 12, 3),
    ),
    (
        "Ashcombe Parish Council (Wessex)",
        "ASHCOMBE PARISH COUNCIL\nDraft minutes – to be approved at the meeting on 7 January 2025\nMinutes of the Meeting held on Tuesday 3rd December 2024\n"
        + ATTENDANCE,
        "Ashcombe Parish Council",
        date(2024, 12, 3),
    ),
    (
        "Ashcombe Parish Council (Wessex)",
        "ASHCOMBE PARISH COUNCIL\nMinutes of the Meeting held on Tuesday 3rd December 2024\nThese minutes are subject to approval at the next meeting on 7 January 2025\n"
        + ATTENDANCE,
        "Ashcombe Parish Council",
        date(2024, 12, 3),
    ),
    (
        "Ashcombe Parish Council (Wessex)",
        "ASHCOMBE PARISH COUNCIL\nMinutes of the Meeting held on 3 Dec 24\n" + ATTENDANCE,
        "Ashcombe Parish Council",
        date(2024, 12, 3),
    ),
]


@pytest.mark.parametrize("council, text, body, when", DATES_AS_WRITTEN)
def test_date_as_written(tmp_path, council: str, text: str, body: str, when: date | None) -> None:
    found = _read(tmp_path, f"URL: https://example.org/meetings/1\nCOUNCIL: {council}\n\n{text}")
    assert found.meeting_date == when
    assert meeting_right("body", body, found.body), found.body


def test_a_two_figure_year_only_where_the_title_introduces_the_date() -> None:
    from minutes_miner.dates import short_dotted_title_date

    assert short_dotted_title_date("Minutes of the meeting held on 3 Dec 24\n") == date(2024, 12, 3)
    assert short_dotted_title_date("Item 3 Dec 24 units were let\n") is None


@pytest.mark.parametrize(
    "opening",
    [
        "TO ALL MEMBERS OF KERROW COUNTY COUNCIL\nThe Adjourned November Meeting of Kerrow County Council, will be held on\nMonday 9th December, 2024 at 2.30pm\n",
        "To the Members of Elmvale Town Council\nA Meeting of the Planning Committee is to be held on Monday 9th December, 2024 at 7pm in the Town Hall.\n",
        "The Ordinary Meeting of Elm Shire Council will be held on Monday 9 December 2024 commencing at 9.00am.\n",
    ],
)
def test_a_notice_of_meeting_is_an_agenda_for_its_own_date(tmp_path, opening: str) -> None:
    page = f"URL: https://example.org/meetings/1\nCOUNCIL: Kerrow County Council\n\n2nd December, 2024\n{opening}\nAGENDA\n1. Apologies\n2. Correspondence\n"
    found = _read(tmp_path, page)
    assert (found.doc_type, found.meeting_date) == ("agenda", date(2024, 12, 9))


def test_the_next_meeting_to_be_held_is_not_a_summons() -> None:
    from minutes_miner.dates import summons_date

    assert summons_date("AGENDA\n1. Apologies\n\nThe next meeting of the Council will be held on Monday 13 January 2025.\n") is None


ROLL_CALL = "".join(f"Councilmember {name} - Present\n" for name in ["Adams", "Baker", "Clark", "Davis", "Evans", "Ford", "Green"])


@pytest.mark.parametrize(
    "text",
    [
        "CITY OF PINE RIDGE\nCITY COUNCIL MINUTES\nROLL CALL\n" + ROLL_CALL + "CALL TO ORDER\n"
        "Mayor Smith called the regular meeting to order at 7:00 p.m. on Tuesday, December 3, 2024.\n",
        "CITY OF PINE RIDGE\nCITY COUNCIL MINUTES\n"
        + ROLL_CALL
        + "The regular meeting of the Pine Ridge City Council was held on December 3, 2024 in the Council Chambers.\n",
        "CITY OF PINE RIDGE\nCITY COUNCIL MINUTES\nThe City Council of the City of Pine Ridge met in regular session on Tuesday, December 3, 2024, at 7:00 p.m.\n"
        + ROLL_CALL,
    ],
)
def test_the_sentence_opening_the_meeting_dates_it_below_a_roll_call(tmp_path, text: str) -> None:
    found = _read(tmp_path, f"URL: https://example.org/meetings/1\nCOUNCIL: City of Pine Ridge (Oregon) City Council\n\n{text}")
    assert found.meeting_date == date(2024, 12, 3)


@pytest.mark.parametrize(
    "sentence",
    [
        "Minutes of the meeting held on November 5, 2024 were approved as presented.\n",  # the earlier minutes, an item
        "The last meeting of the City Council was held on November 5, 2024.\n",
    ],
)
def test_other_meetings_sentences_below_a_roll_call_do_not_date_it(tmp_path, sentence: str) -> None:
    text = "CITY OF PINE RIDGE\nCITY COUNCIL MINUTES\n" + ROLL_CALL + sentence
    found = _read(tmp_path, f"URL: https://example.org/meetings/1\nCOUNCIL: City of Pine Ridge (Oregon) City Council\n\n{text}")
    assert found.meeting_date is None


@pytest.mark.parametrize(
    "council, title, body",
    [
        (
            "Ashcombe Parish Council (Wessex) - Finance and General Purposes",
            "Minutes of the Finance and General Purposes meeting held on 3 December 2024",
            "Finance and General Purposes",
        ),
        ("Ashcombe Parish Council (Wessex)", "Minutes of the Finance and General Purposes meeting held on 3 December 2024", "Finance and General Purposes"),
        ("Elmbury Town Council (Wessex)", "ELMBURY TOWN COUNCIL\nMinutes of the Planning Meeting held on 3 December 2024", "Planning Meeting"),
        ("Westmere District Council", "Westmere District Council\nMinutes of the Licensing meeting held on 3 December 2024", "Licensing"),
        # near misses: another meeting, or how this one sat, is not a body's name
        ("Ashcombe Parish Council (Wessex)", "Ashcombe Parish Council\nMinutes of the Zoom Meeting held on 3 December 2024", "Ashcombe Parish Council"),
        (
            "Ashcombe Parish Council (Wessex)",
            "Ashcombe Parish Council\nMinutes of the Parish Council meeting held on 3 December 2024",
            "Ashcombe Parish Council",
        ),
    ],
)
def test_a_committee_named_by_the_word_meeting(tmp_path, council: str, title: str, body: str) -> None:
    found = _read(tmp_path, f"URL: https://example.org/meetings/1\nCOUNCIL: {council}\n\n{title}\n" + PRESENT)
    assert found.meeting_date == date(2024, 12, 3)
    assert meeting_right("body", body, found.body), found.body


def test_minutes_of_previous_meeting_is_not_a_body() -> None:
    from minutes_miner.meeting_body import normalise_body

    assert normalise_body("Minutes of Previous Meeting", "Westmere District Council") is None
    assert normalise_body("Minutes of the Zoom Meeting", "Westmere District Council") != "Zoom"
