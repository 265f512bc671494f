"""Meeting dates, bodies and document types in families that no gold file and no earlier test
covers, each in several national styles (UK, Irish, Manx, US, Canadian, Australian, NZ): a date
printed only in a running header or footer, a flattened table's 'Date: | Time: | Venue:' row,
dates written in words ('the fourteenth day of March, two thousand and twenty-three'), US
'03/14/2023' and ISO dates, a clerk's '14.3.23' and "Tue 14th Mar '23", dates broken over lines,
excerpts that open mid-document (the 'meeting held on' of an item there is an earlier meeting),
approved minutes against minutes approved, publication, next-meeting and agenda dates, adjourned
meetings reconvened, and weekdays that contradict the written day (the written date is kept).
The answers were decided from ANNOTATION.md before the extractor was run. Invented text, no
real council's."""

from __future__ import annotations

from datetime import date

import pytest

from minutes_miner.evaluate import meeting_right
from minutes_miner.readers import read_document
from minutes_miner.structure import analyse

ANY = object()  # the body is not what the case is about
UK_PRESENT = "Present: Cllr A Hale (Chair), Cllr B Noor, Cllr C Lee\n1. Apologies for absence were received from Cllr Page.\n"
US_ROLL = "ROLL CALL\nPresent: Mayor Lane, Councilmembers Ortiz, Park and Quinn\n"


def _case(council: str, text: str, body, when: date | None, doc_type: str = "minutes"):
    return pytest.param(council, text, body, when, doc_type, id=f"{council[:30]}|{text[:50]}")


def _read(tmp_path, council: str, text: str):
    path = tmp_path / "page.txt"
    path.write_text(f"URL: https://example.org/meetings/1\nCOUNCIL: {council}\n\n{text}", encoding="utf-8")
    return analyse(read_document(path))


def _pages(*pages: str) -> str:
    """Pages of a PDF's text, one after another."""
    return "\n\f".join(pages)


BUSINESS_UK = "2. Minutes\nThe minutes were approved.\n3. Planning applications\nThe Committee considered the applications listed.\n"
BUSINESS_US = "1. Consent agenda\nMotion by Ortiz, second by Park, to approve the consent agenda. Motion carried 4-0.\n"

# A date printed only in the running header or footer of each page (the title block prints none).
RUNNING_LINES = [
    _case(
        "Westmere District Council - Planning Committee",
        _pages(
            "PLANNING COMMITTEE\nMINUTES\n" + UK_PRESENT + BUSINESS_UK + "Planning Committee - 3 March 2021 - Page 1",
            "4. Enforcement\nThe report was noted.\nPlanning Committee - 3 March 2021 - Page 2",
            "5. Appeals\nThe appeals were noted.\nPlanning Committee - 3 March 2021 - Page 3",
        ),
        "Planning Committee",
        date(2021, 3, 3),
    ),
    _case(
        "City of Larkspur Hollow (Ohio) City Council",
        _pages(
            "CITY OF LARKSPUR HOLLOW\nCITY COUNCIL\nMINUTES\n" + US_ROLL + BUSINESS_US + "Regular Meeting Minutes 03/14/2023 Page 1 of 3",
            "2. Ordinances\nOrdinance 23-04 was adopted.\nRegular Meeting Minutes 03/14/2023 Page 2 of 3",
            "3. Adjournment\nRegular Meeting Minutes 03/14/2023 Page 3 of 3",
        ),
        "City Council",
        date(2023, 3, 14),
    ),
    _case(
        "Coolabah Shire Council (Queensland)",
        _pages(
            "Ordinary Council Meeting Minutes – 21 February 2023\nCOOLABAH SHIRE COUNCIL\nMINUTES\n" + UK_PRESENT + BUSINESS_UK,
            "Ordinary Council Meeting Minutes – 21 February 2023\n4. Roads\nThe report was received.\nPage 2",
            "Ordinary Council Meeting Minutes – 21 February 2023\n5. Closure\nPage 3",
        ),
        "Council",
        date(2023, 2, 21),
    ),
    _case(
        "Ashcombe Parish Council (Wessex)",
        _pages(
            "ASHCOMBE PARISH COUNCIL\nMINUTES\n" + UK_PRESENT + BUSINESS_UK + "Ashcombe Parish Council Minutes 14.3.23   Page 1",
            "4. Highways\nThe Clerk reported on potholes.\nAshcombe Parish Council Minutes 14.3.23   Page 2",
        ),
        "Ashcombe Parish Council",
        date(2023, 3, 14),
    ),
    _case(
        "Kilbrack County Council",
        _pages(
            "KILBRACK COUNTY COUNCIL\nMINUTES OF MONTHLY MEETING\n" + UK_PRESENT + BUSINESS_UK + "Monthly Meeting 13th March 2023 | Page 1",
            "4. Housing\nThe report was noted.\nMonthly Meeting 13th March 2023 | Page 2",
        ),
        "Council",
        date(2023, 3, 13),
    ),
    _case(  # near miss: a printing date repeated on every page is not the meeting's
        "Westmere District Council - Licensing Committee",
        _pages(
            "LICENSING COMMITTEE\nMINUTES\n" + UK_PRESENT + BUSINESS_UK + "Minutes printed 20 March 2023 Page 1",
            "4. Fees\nThe fees were noted.\nMinutes printed 20 March 2023 Page 2",
        ),
        "Licensing Committee",
        None,
    ),
]

# The first line of a table flattened by PDF-to-text: labels, then their values.
FLATTENED_TABLES = [
    _case(
        "Westmere Borough Council - Cabinet",
        "Meeting: Cabinet | Date: 14 March 2023 | Time: 10.00 am | Venue: Council Chamber\nMINUTES\n" + UK_PRESENT,
        "Cabinet",
        date(2023, 3, 14),
    ),
    _case(
        "Ashcombe Parish Council (Wessex)",
        "ASHCOMBE PARISH COUNCIL\nMINUTES\nDate: | Time: | Venue:\nTuesday 14 March 2023 | 7.30 pm | Village Hall\n" + UK_PRESENT,
        "Ashcombe Parish Council",
        date(2023, 3, 14),
    ),
    _case(
        "City of Larkspur Hollow (Ohio) City Council",
        "CITY OF LARKSPUR HOLLOW\nCITY COUNCIL MINUTES\nDate | Time | Location\n03/14/2023 | 6:00 PM | City Hall\n" + US_ROLL,
        "City Council",
        date(2023, 3, 14),
    ),
    _case(
        "Harrowgate Town Council (Wessex) - Finance Committee",
        "HARROWGATE TOWN COUNCIL\nFinance Committee Minutes\nDate: Wednesday 15 March 2023   Time: 7pm   Place: Council Offices\n" + UK_PRESENT,
        "Finance Committee",
        date(2023, 3, 15),
    ),
    _case(
        "Waipara District Council (Canterbury) - Audit and Risk Committee",
        "Audit and Risk Committee\nMinutes\nDate:\tThursday 16 March 2023\nTime:\t9.30am\nLocation:\tCouncil Chamber\n" + UK_PRESENT,
        "Audit and Risk Committee",
        date(2023, 3, 16),
    ),
]

# Dates written in words, as deeds and some US and Irish minutes write them.
WORDED_DATES = [
    _case(
        "Ashcombe Parish Council (Wessex)",
        "ASHCOMBE PARISH COUNCIL\nMinutes of the meeting held on the fourteenth day of March, two thousand and twenty-three\n" + UK_PRESENT,
        "Ashcombe Parish Council",
        date(2023, 3, 14),
    ),
    _case(
        "Town of Millbrook (Massachusetts) Board of Selectmen",
        "TOWN OF MILLBROOK\nBOARD OF SELECTMEN\nMinutes of the meeting held on Tuesday, the fourteenth day of March, 2023 at 7:00 p.m.\nPresent: Chairman Smith\n",
        "Board of Selectmen",
        date(2023, 3, 14),
    ),
    _case(
        "Larkspur County (Texas) Commissioners Court",
        "THE STATE OF TEXAS\nCOUNTY OF LARKSPUR\nBE IT REMEMBERED that on the twenty-first day of February, two thousand twenty-three, the Commissioners Court met in regular session.\n",
        ANY,
        date(2023, 2, 21),
    ),
    _case(
        "Township of Elm Creek (Ontario)",
        "TOWNSHIP OF ELM CREEK\nCOUNCIL MINUTES\nMinutes of the regular meeting of Council held on March fourteenth, 2023\n" + US_ROLL,
        "Council",
        date(2023, 3, 14),
    ),
    _case(
        "Kilbrack County Council",
        "KILBRACK COUNTY COUNCIL\nMinutes of the Monthly Meeting of Kilbrack County Council held on Monday the thirteenth of March 2023\n" + UK_PRESENT,
        "Council",
        date(2023, 3, 13),
    ),
    _case(
        "Town of Millbrook (Massachusetts) Board of Selectmen",
        "TOWN OF MILLBROOK\nBOARD OF SELECTMEN\nMinutes of the meeting held on this 14th day of March, A.D. 2023\nPresent: Chairman Smith\n",
        "Board of Selectmen",
        date(2023, 3, 14),
    ),
    _case(  # near miss: ordinal words that are no date
        "Ashcombe Parish Council (Wessex)",
        "ASHCOMBE PARISH COUNCIL\nMinutes of the fourteenth meeting of the year\n"
        + UK_PRESENT
        + "2. The fourteenth item was deferred to the second meeting in May.\n",
        "Ashcombe Parish Council",
        None,
    ),
]

# Numeric dates: US month first, ISO, a clerk's short forms.
NUMERIC_DATES = [
    _case(
        "City of Larkspur Hollow (Ohio) City Council",
        "CITY OF LARKSPUR HOLLOW\nREGULAR MEETING\nCITY COUNCIL\n03/14/2023 6:00 PM\n" + US_ROLL,
        "City Council",
        date(2023, 3, 14),
    ),
    _case(
        "Town of Millbrook (Massachusetts) Board of Selectmen",
        "TOWN OF MILLBROOK\nRegular Meeting of the Board of Selectmen 03/07/2023\nPresent: Chairman Smith\n",
        "Board of Selectmen",
        date(2023, 3, 7),
    ),
    _case(
        "Village of Cedar Bend (Illinois) Board of Trustees",
        "VILLAGE OF CEDAR BEND\nBOARD OF TRUSTEES\nRegular Meeting – 3/7/23\nPresident Ruiz called the meeting to order at 7:00 p.m.\n",
        "Board of Trustees",
        date(2023, 3, 7),
    ),
    _case(
        "Waipara District Council (Canterbury)",
        "WAIPARA DISTRICT COUNCIL\nMinutes of the Ordinary Council Meeting\nMeeting date: 2023-03-14\n" + UK_PRESENT,
        "Council",
        date(2023, 3, 14),
    ),
    _case(
        "Town of Aurelia (Nova Scotia)",
        "TOWN OF AURELIA\nCommittee of the Whole Minutes 2023-03-14\n" + US_ROLL,
        "Committee of the Whole",
        date(2023, 3, 14),
    ),
    _case(
        "Westmere District Council - Planning Committee",
        "2023-03-14 Planning Committee Minutes\n" + UK_PRESENT,
        "Planning Committee",
        date(2023, 3, 14),
    ),
    _case(
        "Ashcombe Parish Council (Wessex)",
        "ASHCOMBE PARISH COUNCIL\nMinutes of the Parish Council meeting held Tue 14th Mar '23 at 7.30pm\n" + UK_PRESENT,
        "Ashcombe Parish Council",
        date(2023, 3, 14),
    ),
    _case(
        "Ashcombe Parish Council (Wessex)",
        "ASHCOMBE PARISH COUNCIL\nDate of meeting: 14.3.23\n" + UK_PRESENT,
        "Ashcombe Parish Council",
        date(2023, 3, 14),
    ),
    _case(
        "Onchan District Commissioners (Isle of Man)",
        "ONCHAN DISTRICT COMMISSIONERS\nMinutes of the meeting held on Wed 15th Mar '23\n" + UK_PRESENT,
        "Onchan District Commissioners",
        date(2023, 3, 15),
    ),
    _case(
        "Coolabah Shire Council (Queensland)",
        "COOLABAH SHIRE COUNCIL\nMinutes of the Ordinary Meeting held 21.02.2023\n" + UK_PRESENT,
        "Council",
        date(2023, 2, 21),
    ),
]

# A date broken over lines by the layout.
SPLIT_DATES = [
    _case(
        "Ashcombe Parish Council (Wessex)",
        "ASHCOMBE PARISH COUNCIL\nMinutes of the meeting of the Parish Council held on Tuesday\n14 March 2023 at 7.30pm in the Village Hall\n" + UK_PRESENT,
        "Ashcombe Parish Council",
        date(2023, 3, 14),
    ),
    _case(
        "Westmere Borough Council - Cabinet",
        "CABINET\nMINUTES OF THE MEETING HELD ON TUESDAY 14th\nMARCH 2023\n" + UK_PRESENT,
        "Cabinet",
        date(2023, 3, 14),
    ),
    _case(
        "City of Larkspur Hollow (Ohio) City Council",
        "CITY OF LARKSPUR HOLLOW\nCITY COUNCIL REGULAR MEETING MINUTES\nTuesday, March 14,\n2023\n" + US_ROLL,
        "City Council",
        date(2023, 3, 14),
    ),
    _case(
        "Kilbrack County Council",
        "KILBRACK COUNTY COUNCIL\nMINUTES OF THE MEETING OF THE COUNCIL HELD ON\nMONDAY\n13 MARCH\n2023\n" + UK_PRESENT,
        "Council",
        date(2023, 3, 13),
    ),
    _case(
        "Douglas Borough Council (Isle of Man)",
        "DOUGLAS BOROUGH COUNCIL\nMinutes of the meeting of the Council held on\nWednesday, 15th March, 2023\nat the Town Hall\n" + UK_PRESENT,
        "Council",
        date(2023, 3, 15),
    ),
]

# Excerpts that open mid-document: no front page, so no date of their own; the 'meeting held on'
# of an item below is an earlier (or another body's) meeting.
EXCERPTS = [
    _case(
        "Ashcombe Parish Council (Wessex)",
        "5. MINUTES OF THE PREVIOUS MEETING\nThe minutes of the meeting held on 14 February 2023 were approved and signed.\n6. PLANNING\nNo applications.\n",
        ANY,
        None,
        ANY,
    ),
    _case(
        "Westmere District Council - Planning Committee",
        "7. Matters arising from the meeting held on 14 February 2023\nThe Chair reported that the site visit had taken place.\n8. Applications\nThe applications were determined.\n",
        ANY,
        None,
        ANY,
    ),
    _case(
        "Kilbrack County Council",
        "12. Reports from Committees\nCllr Ryan reported on the meeting of the Joint Policing Committee held on 2 March 2023.\nThe report was noted.\n",
        ANY,
        None,
        ANY,
    ),
    _case(
        "City of Larkspur Hollow (Ohio) City Council",
        "ITEM 6. APPROVAL OF MINUTES\nMotion by Ortiz, second by Park, to approve the minutes of the February 28, 2023 meeting. Motion carried 4-0.\n"
        "ITEM 7. NEW BUSINESS\nNone.\n",
        ANY,
        None,
        ANY,
    ),
    _case(
        "Coolabah Shire Council (Queensland)",
        "9.3 Confirmation of minutes\nThat the minutes of the Ordinary Meeting held on 21 February 2023 be confirmed.\nCARRIED\n9.4 Correspondence\nNoted.\n",
        ANY,
        None,
        ANY,
    ),
]

# More excerpts that open on an item: the dates of other occasions they mention.
EXCERPT_OCCASIONS = [
    _case(
        "Ashcombe Parish Council (Wessex)",
        "Item 3 – Minutes of meeting held on 14.2.23\nApproved and signed.\nItem 4 – Finance\nPayments were approved.\n",
        ANY,
        None,
        ANY,
    ),
    _case(
        "Ashcombe Parish Council (Wessex)",
        "Cllr Noor gave an update on the meeting held on 2 March 2023 with the Highways Authority.\nThe Clerk would write to the contractor.\n",
        ANY,
        None,
        ANY,
    ),
    _case(
        "Westmere Borough Council - Cabinet",
        "Following the Cabinet meeting of 7 March 2023, the Leader reported on the budget.\nThe report was noted.\n",
        ANY,
        None,
        ANY,
    ),
    _case(
        "Westmere District Council - Planning Committee",
        "Further to the meeting on 2 March 2023, officers had met the applicant.\nThe Committee noted the update.\n",
        ANY,
        None,
        ANY,
    ),
    _case(
        "Westmere District Council - Planning Committee",
        "10. Planning application 23/0001/FUL\nThe application was deferred at the meeting held on 14 February 2023 for a site visit.\n"
        "The Committee RESOLVED to grant permission.\n",
        ANY,
        None,
        ANY,
    ),
    _case(  # near miss: a title followed by the meeting this one follows keeps its own date
        "Westmere District Council - Planning Committee",
        "Minutes of the Planning Committee held on 14 March 2023, following the site visit held on 10 March 2023\n" + UK_PRESENT,
        "Planning Committee",
        date(2023, 3, 14),
    ),
]


# Approved minutes (this meeting's, approved later) against minutes approved at this meeting (an earlier one's).
APPROVALS = [
    _case(
        "Ashcombe Parish Council (Wessex)",
        "ASHCOMBE PARISH COUNCIL\nApproved Minutes of 14 March 2023\n" + UK_PRESENT,
        "Ashcombe Parish Council",
        date(2023, 3, 14),
    ),
    _case(
        "City of Larkspur Hollow (Ohio) City Council",
        "APPROVED MINUTES\nCITY OF LARKSPUR HOLLOW\nCity Council Regular Meeting\nMarch 14, 2023\n" + US_ROLL,
        "City Council",
        date(2023, 3, 14),
    ),
    _case(
        "Westmere Borough Council - Cabinet",
        "CABINET\nMINUTES\n" + UK_PRESENT + "2. The minutes of the meeting of 14 February 2023 were approved as a correct record.\n",
        "Cabinet",
        None,
    ),
    _case(
        "Waipara District Council (Canterbury)",
        "WAIPARA DISTRICT COUNCIL\nApproved by Council on 11 April 2023\nMinutes of the Ordinary Council Meeting held on Tuesday 14 March 2023\n" + UK_PRESENT,
        "Council",
        date(2023, 3, 14),
    ),
    _case(
        "Township of Elm Creek (Ontario)",
        "TOWNSHIP OF ELM CREEK\nCOUNCIL MINUTES\nAdopted: April 11, 2023\nRegular Meeting of Council, March 14, 2023\n" + US_ROLL,
        "Council",
        date(2023, 3, 14),
    ),
]

# Publication, printing and posting dates, and the next meeting's.
OTHER_DATES = [
    _case(
        "Westmere District Council - Planning Committee",
        "Published: 20 March 2023\nPLANNING COMMITTEE\nMINUTES\n" + UK_PRESENT,
        "Planning Committee",
        None,
    ),
    _case(
        "Westmere District Council - Planning Committee",
        "Date of publication: 20 March 2023\nPLANNING COMMITTEE\nMINUTES\nDate of meeting: 14 March 2023\n" + UK_PRESENT,
        "Planning Committee",
        date(2023, 3, 14),
    ),
    _case(
        "Village of Cedar Bend (Illinois) Board of Trustees",
        "Posted 3/10/2023\nVILLAGE OF CEDAR BEND\nBOARD OF TRUSTEES\nRegular Meeting Minutes\nMarch 14, 2023\n",
        "Board of Trustees",
        date(2023, 3, 14),
        "minutes",
    ),
    _case(
        "Ashcombe Parish Council (Wessex)",
        "ASHCOMBE PARISH COUNCIL\nMINUTES\nIssued on 17 March 2023\n" + UK_PRESENT,
        "Ashcombe Parish Council",
        None,
    ),
    _case(
        "Ashcombe Parish Council (Wessex)",
        "ASHCOMBE PARISH COUNCIL\nMINUTES\nThe next meeting will be held on Tuesday 11 April 2023 at 7.30pm.\n" + UK_PRESENT,
        "Ashcombe Parish Council",
        None,
    ),
    _case(
        "Coolabah Shire Council (Queensland)",
        "COOLABAH SHIRE COUNCIL\nNext Meeting – 18 April 2023\nMinutes of the Ordinary Meeting of Council held on 21 March 2023\n" + UK_PRESENT,
        "Council",
        date(2023, 3, 21),
    ),
    _case(
        "Harrowgate Town Council (Wessex)",
        "HARROWGATE TOWN COUNCIL\nMinutes\nDate of next meeting: Tuesday 11 April 2023\n" + UK_PRESENT,
        "Harrowgate Town Council",
        None,
    ),
]

# Agendas: their own meeting's date, not a publication date nor the earlier minutes.
AGENDAS = [
    _case(
        "Town of Aurelia (Nova Scotia)",
        "AGENDA\nRegular Meeting of Council\nTuesday, March 14, 2023 – 7:00 p.m.\nCouncil Chambers\n1. Call to Order\n2. Approval of Agenda\n",
        "Council",
        date(2023, 3, 14),
        "agenda",
    ),
    _case(
        "Westmere District Council - Planning Committee",
        "Agenda published 7 March 2023\nPLANNING COMMITTEE\nAGENDA\nMeeting: 14 March 2023 at 7pm\n1. Apologies\n2. To approve the minutes of the meeting held on 14 February 2023\n",
        "Planning Committee",
        date(2023, 3, 14),
        "agenda",
    ),
    _case(
        "Town of Aurelia (Nova Scotia)",
        "Agenda – Committee of the Whole – 2023-03-14\n1. Call to Order\n2. Approval of the minutes of 2023-02-14\n",
        "Committee of the Whole",
        date(2023, 3, 14),
        "agenda",
    ),
    _case(
        "Ashcombe Parish Council (Wessex)",
        "ASHCOMBE PARISH COUNCIL\nNotice of Meeting\nYou are hereby summoned to attend a meeting of the Parish Council to be held on Tuesday 14th March 2023 at 7.30pm in the Village Hall.\n"
        "Signed: J Bloggs, Clerk   Date: 7th March 2023\nAGENDA\n1. Apologies\n2. To approve the minutes of the meeting held on 14th February 2023\n",
        "Ashcombe Parish Council",
        date(2023, 3, 14),
        "agenda",
    ),
]

# Adjourned meetings reconvened: the sitting the document records.
RECONVENED = [
    _case(
        "Kilbrack County Council",
        "KILBRACK COUNTY COUNCIL\nADJOURNED MEETING RECONVENED ON TUESDAY 14 MARCH 2023\n" + UK_PRESENT,
        "Council",
        date(2023, 3, 14),
    ),
    _case(
        "City of Larkspur Hollow (Ohio) City Council",
        "CITY OF LARKSPUR HOLLOW\nCITY COUNCIL MINUTES\nThe adjourned meeting of March 7, 2023 was reconvened on March 14, 2023 at 7:00 p.m.\n" + US_ROLL,
        "City Council",
        date(2023, 3, 14),
    ),
    _case(
        "Westmere Borough Council - Cabinet",
        "CABINET\nMinutes of the reconvened meeting held on 14 March 2023 (adjourned on 7 March 2023)\n" + UK_PRESENT,
        "Cabinet",
        date(2023, 3, 14),
    ),
]

# A weekday that contradicts the day: the written date is kept.
WRONG_WEEKDAYS = [
    _case(
        "Ashcombe Parish Council (Wessex)",
        "ASHCOMBE PARISH COUNCIL\nMinutes of the meeting held on Monday 14 March 2023\n" + UK_PRESENT,  # 14 March 2023 was a Tuesday
        "Ashcombe Parish Council",
        date(2023, 3, 14),
    ),
    _case(
        "City of Larkspur Hollow (Ohio) City Council",
        "CITY OF LARKSPUR HOLLOW\nCITY COUNCIL MINUTES\nWednesday, March 14, 2023\n" + US_ROLL,
        "City Council",
        date(2023, 3, 14),
    ),
    _case(
        "Westmere Borough Council - Cabinet",
        "CABINET\nMinutes of the meeting held on Friday 07/03/2023\n" + UK_PRESENT,  # neither 7 March nor 3 July 2023 was a Friday
        "Cabinet",
        date(2023, 3, 7),
    ),
    _case(
        "Coolabah Shire Council (Queensland)",
        "COOLABAH SHIRE COUNCIL\nMinutes of the Ordinary Meeting held on Thursday 21st February 2023\n" + UK_PRESENT,  # a Tuesday
        "Council",
        date(2023, 2, 21),
    ),
]

# Bodies as the page names them.
BODIES = [
    _case(
        "Town of Millbrook (Vermont)",
        "TOWN OF MILLBROOK\nSELECT BOARD MEETING MINUTES\nMarch 14, 2023\nPresent: Chair Smith, Jones, Brown\n",
        "Select Board",
        date(2023, 3, 14),
    ),
    _case(
        "Town of Millbrook (Massachusetts)",
        "TOWN OF MILLBROOK\nBOARD OF SELECTMEN\nMINUTES OF MEETING\nTuesday, March 14, 2023\nPresent: Chairman Smith\n",
        "Board of Selectmen",
        date(2023, 3, 14),
    ),
    _case(
        "Town of Aurelia (Nova Scotia)",
        "TOWN OF AURELIA\nCOUNCIL IN COMMITTEE\nMINUTES\nTuesday, March 14, 2023\n" + US_ROLL,
        "Council in Committee",
        date(2023, 3, 14),
    ),
    _case(
        "City of Wattle Creek (Western Australia)",
        "CITY OF WATTLE CREEK\nMinutes of the Council in Committee meeting held on 14 March 2023\n" + UK_PRESENT,
        "Council in Committee",
        date(2023, 3, 14),
    ),
    _case(
        "Coolabah Shire Council (Queensland)",
        "COOLABAH SHIRE COUNCIL\nSPECIAL COUNCIL MEETING\nMINUTES\nTuesday 14 March 2023\n" + UK_PRESENT,
        "Council",
        date(2023, 3, 14),
    ),
    _case(
        "City of Larkspur Hollow (Ohio)",
        "CITY OF LARKSPUR HOLLOW\nSpecial City Council Meeting Minutes\nMarch 14, 2023\n" + US_ROLL,
        "City Council",
        date(2023, 3, 14),
    ),
    _case(
        "Larkspur County (Florida)",
        "LARKSPUR COUNTY\nBOARD OF COUNTY COMMISSIONERS\nREGULAR MEETING MINUTES\nMarch 14, 2023\n",
        "Board of County Commissioners",
        date(2023, 3, 14),
    ),
    _case(
        "Kilbrack County Council",
        "KILBRACK COUNTY COUNCIL\nMinutes of the Meeting of the Ballymore Municipal District held on Monday 13th March 2023\n" + UK_PRESENT,
        "Ballymore Municipal District",
        date(2023, 3, 13),
    ),
    _case(
        "Westmere Borough Council",
        _pages(
            "MINUTES\n" + UK_PRESENT + BUSINESS_UK + "Licensing Sub-Committee – 14 March 2023",
            "4. Review\nThe licence was suspended.\nLicensing Sub-Committee – 14 March 2023",
        ),
        "Licensing Sub-Committee",
        date(2023, 3, 14),
    ),
    _case(
        "Township of Elm Creek (Ontario)",
        "TOWNSHIP OF ELM CREEK\nCOMMITTEE OF THE WHOLE\nMINUTES\nMarch 14, 2023\n" + US_ROLL,
        "Committee of the Whole",
        date(2023, 3, 14),
    ),
    _case(
        "Onchan District Commissioners (Isle of Man)",
        "ONCHAN DISTRICT COMMISSIONERS\nMinutes of the Ordinary Meeting of the Commissioners held on Wednesday 15th March 2023\n" + UK_PRESENT,
        "Onchan District Commissioners",
        date(2023, 3, 15),
    ),
]

# Document types beside the date.
DOC_TYPES = [
    _case(
        "Westmere District Council - Planning Committee",
        "Report to: Planning Committee\nDate of meeting: 14 March 2023\nReport of: Head of Planning\nSubject: Local Plan review\n1. Purpose of the report\n",
        ANY,
        date(2023, 3, 14),
        "report",
    ),
    _case(
        "Harrowgate Town Council (Wessex)",
        "HARROWGATE TOWN COUNCIL\nUnconfirmed minutes of the Town Council meeting held on 14 March 2023\n" + UK_PRESENT,
        "Harrowgate Town Council",
        date(2023, 3, 14),
    ),
    _case(
        "Westmere Borough Council - Cabinet",
        "Record of Decision\nDecision Maker: Cabinet\nDate of decision: 14 March 2023\nSubject of Decision: Leisure centre contract\n",
        ANY,
        date(2023, 3, 14),
        "decision_notice",
    ),
]

# Round two: a file name as the first line, month names between slashes, US county journals, a
# body heading under 'Notice of meeting and agenda', and styles of agenda software and of
# Scottish, bilingual Canadian and Irish councils that must keep working.
MORE_STYLES = [
    _case(
        "Westmere District Council - Planning Committee",
        "2023-03-14_Planning_Committee_Minutes\nPLANNING COMMITTEE\nMINUTES\n" + UK_PRESENT,
        "Planning Committee",
        date(2023, 3, 14),
    ),
    _case(
        "Westmere District Council - Planning Committee",
        "PLANNING COMMITTEE\nMinutes of the meeting held on 14/Mar/2023\n" + UK_PRESENT,
        "Planning Committee",
        date(2023, 3, 14),
    ),
    _case(
        "Larkspur County (Minnesota)",
        "LARKSPUR COUNTY\nJOURNAL OF PROCEEDINGS OF THE BOARD OF COUNTY COMMISSIONERS\nMarch 14, 2023\n",
        "Board of County Commissioners",
        date(2023, 3, 14),
    ),
    _case(
        "Larkspur County (Iowa)",
        "LARKSPUR COUNTY BOARD OF SUPERVISORS\nOFFICIAL PROCEEDINGS\nMarch 14, 2023\nThe Board met in regular session at 9:00 a.m.\n",
        "Board of Supervisors",
        date(2023, 3, 14),
    ),
    _case(
        "Westmere District Council",
        "Westmere District Council\nNotice of meeting and agenda\nCabinet\nDate: 14 March 2023\n1. Apologies\n2. Declarations of interest\n",
        "Cabinet",
        date(2023, 3, 14),
        "agenda",
    ),
    _case(
        "Westmere District Council",
        "Westmere District Council\nMinutes\nLicensing Committee\nDate: 14 March 2023\n" + UK_PRESENT,
        "Licensing Committee",
        date(2023, 3, 14),
    ),
    _case(  # near miss: under the title line, a heading that is no body leaves the council's own meeting
        "Westmere District Council",
        "Westmere District Council\nMinutes\nTuesday 14 March 2023\n" + UK_PRESENT,
        "Council",
        date(2023, 3, 14),
    ),
    _case(
        "Glenmoray Council (Scotland)",
        "GLENMORAY COUNCIL\nMINUTE of MEETING of the PLANNING COMMITTEE held in the Council Chambers, Kilbride on Tuesday, 14 March 2023\n" + UK_PRESENT,
        "Planning Committee",
        date(2023, 3, 14),
    ),
    _case(
        "Town of Aurelia (New Brunswick)",
        "TOWN OF AURELIA\nRegular Council Meeting / Réunion ordinaire du conseil\nTuesday, March 14, 2023 / le mardi 14 mars 2023\n" + US_ROLL,
        "Council",
        date(2023, 3, 14),
    ),
    _case(
        "City of Larkspur Hollow (Ohio)",
        "City of Larkspur Hollow\n100 Main Street\nLarkspur Hollow, OH 44000\nMeeting Minutes\nCity Council\nTuesday, March 14, 2023\n6:00 PM\nCouncil Chambers\n"
        + US_ROLL,
        "City Council",
        date(2023, 3, 14),
    ),
    _case(
        "City of Larkspur Hollow (Ohio) City Council",
        "Generated 3/20/2023 4:15 PM\nPacket Pg. 3\nCITY COUNCIL\nREGULAR MEETING MINUTES\nMarch 14, 2023\n" + US_ROLL,
        "City Council",
        date(2023, 3, 14),
    ),
    _case(
        "Coolabah Shire Council (Queensland)",
        "MINUTES\nOrdinary Meeting\nWednesday, 15 March 2023\n\nI hereby certify that these minutes were confirmed at the Ordinary Meeting held on 19 April 2023.\n"
        + UK_PRESENT,
        "Council",
        date(2023, 3, 15),
    ),
    _case(
        "Kilbrack County Council",
        "Comhairle Contae Chill Bhraic\nKilbrack County Council\nMinutes of Ordinary Meeting of Kilbrack County Council held in the Council Chamber, Áras an Chontae, "
        "on Monday, 13th March, 2023 at 3.00 p.m.\n" + UK_PRESENT,
        "Council",
        date(2023, 3, 13),
    ),
]


# Papers that say what they are in words other than 'Minutes' and 'Agenda'.
PAPER_NAMES = [
    _case(
        "Westmere District Council - Planning Committee",
        "PLANNING COMMITTEE\nDECISION LIST\n14 March 2023\nApplication 23/0001/FUL - Granted\nApplication 23/0002/FUL - Refused\n",
        "Planning Committee",
        date(2023, 3, 14),
        "decision_notice",
    ),
    _case(
        "Westmere District Council - Licensing Sub-Committee",
        "LICENSING SUB-COMMITTEE\nNOTICE OF DETERMINATION\nHearing held on 14 March 2023\nThe Sub-Committee determined to grant the licence.\n",
        "Licensing Sub-Committee",
        date(2023, 3, 14),
        "decision_notice",
    ),
    _case(
        "Coolabah Shire Council (New South Wales)",
        "COOLABAH SHIRE COUNCIL\nBUSINESS PAPER\nOrdinary Meeting of Council\nTuesday 21 March 2023\n1. Opening\n2. Apologies\n3. Confirmation of Minutes\n",
        "Council",
        date(2023, 3, 21),
        "agenda",
    ),
    _case(
        "Town of Millbrook (Massachusetts)",
        "TOWN OF MILLBROOK\nSYNOPSIS OF SELECT BOARD MEETING\nMarch 14, 2023\nPresent: Chair Smith\nVoted to approve the warrant.\n",
        "Select Board",
        date(2023, 3, 14),
    ),
    _case(  # near miss: a summary of a cabinet's decisions that records them as minutes do
        "Westmere District Council - Cabinet",
        "CABINET\nSUMMARY OF DECISIONS\nTuesday 14 March 2023\nThe Cabinet RESOLVED that the budget be approved.\n",
        "Cabinet",
        date(2023, 3, 14),
    ),
    _case(
        "City of Larkspur Hollow (California) City Council",
        "CITY OF LARKSPUR HOLLOW\nACTION MINUTES\nCITY COUNCIL REGULAR MEETING\nMarch 14, 2023\n" + US_ROLL,
        "City Council",
        date(2023, 3, 14),
    ),
]


MODERNGOV = "Agenda and minutes\n\n{} - Tuesday, 14th March, 2023 7.00 pm\n\nVenue: Council Chamber\n\nItems\nNo. Item\n\n1.\n\nApologies for absence\n\nMinutes:\n\nApologies were received.\n"

# ModernGov headings: a bracketed note of how the meeting sat, an executive named with its leader.
MODERNGOV_HEADINGS = [
    _case("Westshire County Council", MODERNGOV.format("Planning Committee (Extraordinary)"), "Planning Committee", date(2023, 3, 14)),
    _case("Westshire County Council", MODERNGOV.format("Council (Budget)"), "Council", date(2023, 3, 14)),
    _case("Westshire County Council", MODERNGOV.format("Licensing Sub-Committee (Special Meeting)"), "Licensing Sub-Committee", date(2023, 3, 14)),
    _case("London Borough of Eastvale", MODERNGOV.format("Mayor and Cabinet"), "Mayor and Cabinet", date(2023, 3, 14)),
    _case("Westshire County Council", MODERNGOV.format("Leader and Executive"), "Leader and Executive", date(2023, 3, 14)),
    # near misses: a bracketed area is part of the name; a cabinet member's decisions name no body
    _case("Westshire County Council", MODERNGOV.format("Area Planning Committee (South)"), "Area Planning Committee (South)", date(2023, 3, 14)),
    _case("Westshire County Council", MODERNGOV.format("Cabinet Member for Highways - Decision Meeting"), None, date(2023, 3, 14)),
]


# North American boards: a kind of session under the board's name.
BOARD_MEETINGS = [
    _case(
        "Village of Cedar Bend (New York)",
        "VILLAGE OF CEDAR BEND\nBOARD OF TRUSTEES\nWORK SESSION\nMarch 14, 2023\n" + US_ROLL,
        "Board of Trustees",
        date(2023, 3, 14),
    ),
    _case(
        "Larkspur County (Virginia)",
        "LARKSPUR COUNTY\nBOARD OF SUPERVISORS\nEXECUTIVE SESSION\nMarch 14, 2023\n" + US_ROLL,
        "Board of Supervisors",
        date(2023, 3, 14),
    ),
    _case(  # near miss: a session the council names as its own body stays
        "City of Larkspur Hollow (Ohio)",
        "CITY OF LARKSPUR HOLLOW\nCITY COUNCIL WORK SESSION\nMINUTES\nMarch 14, 2023\n" + US_ROLL,
        "City Council Work Session",
        date(2023, 3, 14),
    ),
]


ALL_CASES = RUNNING_LINES + FLATTENED_TABLES + WORDED_DATES + NUMERIC_DATES + SPLIT_DATES + EXCERPTS + APPROVALS + OTHER_DATES + AGENDAS + RECONVENED
ALL_CASES += WRONG_WEEKDAYS + BODIES + DOC_TYPES + MORE_STYLES + PAPER_NAMES + EXCERPT_OCCASIONS + MODERNGOV_HEADINGS + BOARD_MEETINGS


@pytest.mark.parametrize("council, text, body, when, doc_type", ALL_CASES)
def test_meeting_fields_on_unseen_pages(tmp_path, council: str, text: str, body, when: date | None, doc_type) -> None:
    """The excerpts' document type is not asserted (ANY): with no title, what they are is not the question."""
    found = _read(tmp_path, council, text)
    assert found.meeting_date == when
    if doc_type is not ANY:
        assert found.doc_type == doc_type
    if body is not ANY:
        assert meeting_right("body", body, found.body), (found.body, body)


@pytest.mark.parametrize(
    "words, figures",
    [
        ("held on the fourteenth day of March, two thousand and twenty-three", "held on the 14th day of March, 2023"),
        ("on the Twenty First day of December, Nineteen Hundred and Ninety-Nine", "on the 21st day of December, 1999"),
        ("MARCH FOURTEENTH, TWO THOUSAND TWENTY-THREE", "MARCH 14th, 2023"),
        ("Monday the thirteenth of March 2023", "Monday the 13th of March 2023"),
        # near misses: ordinals that are no day of a month, and a sum after a date, stay as written
        ("the fourteenth meeting of the year, seconded by the second member", "the fourteenth meeting of the year, seconded by the second member"),
        ("paid on March 14, two thousand pounds", "paid on March 14, two thousand pounds"),
        ("the first of the May events", "the first of the May events"),
    ],
)
def test_dates_in_words_are_read_in_figures(words: str, figures: str) -> None:
    from minutes_miner.worded_dates import with_worded_dates

    assert with_worded_dates(words) == figures


@pytest.mark.parametrize(
    "line",
    ["Web version created 20 March 2023", "Released: 20 March 2023", "Effective date: 27 March 2023", "Version 2 – 20 March 2023", "Last modified 20/03/2023"],
)
def test_a_document_systems_dates_are_not_the_meeting(tmp_path, line: str) -> None:
    """A record system's stamps above the title (created, released, modified, a version) date the
    file, not the meeting: with no title date the meeting has none, and with one the title's stands."""
    bare = f"{line}\nPLANNING COMMITTEE\nMINUTES\n" + UK_PRESENT
    assert _read(tmp_path, "Westmere District Council - Planning Committee", bare).meeting_date is None
    titled = f"{line}\nPLANNING COMMITTEE\nMINUTES\nDate of meeting: 14 March 2023\n" + UK_PRESENT
    assert _read(tmp_path, "Westmere District Council - Planning Committee", titled).meeting_date == date(2023, 3, 14)


@pytest.mark.parametrize(
    "title",
    [
        "Minutes of the meeting held on Monday 3rd & Tuesday 4th April 2023",
        "Minutes of the meeting held on 3 and 4 April 2023",
        "Minutes of the meeting held on Monday 3 April and Tuesday 4 April 2023",
        "Minutes of the meeting held on 3rd April, 2023 (continued on 4th April, 2023)",
    ],
)
def test_a_meeting_over_two_days_is_dated_by_its_first(tmp_path, title: str) -> None:
    found = _read(tmp_path, "Westmere District Council - Planning Committee", f"PLANNING COMMITTEE\n{title}\n" + UK_PRESENT)
    assert found.meeting_date == date(2023, 4, 3)
