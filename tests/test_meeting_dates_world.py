"""The meeting's own date on front pages in many national styles, and the dates that are not it.
Invented snippets in the styles of US, Canadian, UK, Irish, Scottish, Australian and New Zealand
minutes (no real council's text): the numeric order read from the document's own written dates
and its country, asides and item business below the title, and dates the title introduces in a
clerk's short forms."""

from __future__ import annotations

from datetime import date

import pytest

from minutes_miner.meeting import classify_document, find_council, find_meeting_date


def _date(text: str, url: str | None = None) -> date | None:
    doc_type = classify_document(text)
    council, _ = find_council({"url": url} if url else {}, text, doc_type)
    return find_meeting_date(text, url, council, doc_type)


MONTH_FIRST_BY_WRITTEN_DATES = [
    (  # a US village board: its written dates put the month first, so '03/04/2025' is 4 March
        "VILLAGE OF ELMWOOD\nBOARD OF TRUSTEES\nMEETING MINUTES\n03/04/2025\nPresident Smith called the meeting to order at 7:00 p.m.\n"
        "1. Minutes of the February 4, 2025 meeting were approved.\n2. Bids are due April 1, 2025 and work begins June 2, 2025.\n",
        date(2025, 3, 4),
    ),
    (  # a Canadian township writing 'March 3rd, 2025' in its prose
        "Township of Elmwood\nCouncil Meeting Minutes\nDate: 03/04/2025\nPresent: Reeve Smith\n"
        "Moved by Councillor A, Seconded by Councillor B, That the minutes of the February 17th, 2025 meeting be adopted. Carried.\n"
        "The tender closes on March 21st, 2025.\n",
        date(2025, 3, 4),
    ),
    (  # a UK town council writing '6 March 2025': day first, as before
        "Minutes of the meeting of Elmwood Town Council held on 03/04/2025\nPresent: Cllrs A, B\n"
        "1. The minutes of the meeting held on 6 March 2025 were approved.\n2. The Fete will be held on 5 July 2025.\n",
        date(2025, 4, 3),
    ),
]


@pytest.mark.parametrize("text, expected", MONTH_FIRST_BY_WRITTEN_DATES)
def test_numeric_dates_follow_the_order_of_the_documents_written_dates(text, expected):
    assert _date(text) == expected


def test_a_known_day_first_country_keeps_day_first_whatever_the_prose():
    text = (
        "Elmwood Shire Council\nMinutes of the Ordinary Council Meeting held on 03/04/2025\nPresent: Cr Smith (Mayor), Cr Brown\n"
        "The grant of March 4, 2025 and the letter of April 1, 2025 were noted.\n"
    )
    assert _date(text, "https://www.elmwood.nsw.gov.au/minutes") == date(2025, 4, 3)


def test_an_upper_case_state_after_the_council_name_makes_the_papers_american():
    text = "MINUTES\nCITY COUNCIL MEETING\nCITY OF ELMWOOD, COLORADO\nHeld Tuesday, 3/4/2025 at 7:00 PM\nMayor Paul called the meeting to order.\n"
    assert _date(text) == date(2025, 3, 4)


ASIDES_AND_BUSINESS = [
    (  # a ModernGov item page whose note mentions an election date
        "Apologies for Absence Minutes: Apologies for absence were received from Councillor A.\n"
        "Note: the meeting was rescheduled because of the by-election being held on 14 March 2024.\n"
        "Declaration of Interests Minutes: There were no declarations.\n"
    ),
    (  # an Irish council's page opening on its business, a date in an 'N.B.' remark
        "Votes of Sympathy\nThe Members extended sympathy to the family of the late Mr J. Murphy.\n"
        "N.B. the Annual Meeting will be held on Friday 6 June 2025.\n"
    ),
    (  # a US page: the date under the roll call is an item's hearing date
        "ROLL CALL\nPresent: Councilmembers Adams, Brown\nPublic hearing held on March 18, 2025 regarding the zoning amendment.\n"
    ),
    (  # a ModernGov page opening on its declarations item, then an item about another meeting
        "Declarations of Interest\nThere were none.\nReferral from the Scrutiny Committee meeting on 5 February 2025\n"
    ),
]


@pytest.mark.parametrize("text", ASIDES_AND_BUSINESS)
def test_a_date_in_an_aside_or_below_the_attendance_list_is_not_the_meetings(text):
    assert _date(text) is None


def test_notes_of_a_meeting_are_a_title_not_an_aside():
    text = "Note of the meeting of the Elmwood Working Group held on 4 March 2025\nPresent: Cllr A (Chair), Cllr B\n"
    assert _date(text) == date(2025, 3, 4)


STAMPS_ABOVE_THE_TITLE = [
    ("APPROVED: March 18, 2025\nCITY OF ELMWOOD\nCITY COUNCIL MINUTES\nMarch 4, 2025\nMayor Jones called the meeting to order at 7 p.m.\n", date(2025, 3, 4)),
    ("Revised 3 March 2025\nCABINET\nAGENDA\nThursday 6 March 2025 at 10.00 am\n1. Apologies\n", date(2025, 3, 6)),
    ("DRAFT – subject to approval at the meeting on 1 April 2025\nMinutes of the Licensing Committee held on Tuesday 4 March 2025\n", date(2025, 3, 4)),
    ("Minutes adopted at the meeting of 1 April 2025\nRegular Council Meeting\nTuesday, March 4, 2025\nPresent: Mayor Smith\n", date(2025, 3, 4)),
    ("Revised Agenda – Cabinet 6 March 2025\n1. Apologies\n2. Declarations of interest\n", date(2025, 3, 6)),
]


@pytest.mark.parametrize("text, expected", STAMPS_ABOVE_THE_TITLE)
def test_an_approval_or_revision_stamp_above_the_title_is_not_the_meetings_date(text, expected):
    assert _date(text) == expected


SHORT_FORMS = [
    ("Westbury Town Council\nMinutes of the Full Council Meeting held remotely on 12.03.25 at 7pm\nPresent: Cllrs A, B, C\n", date(2025, 3, 12)),
    ("Ashby Parish Council\nMinutes of the meeting held on Tuesday 4th March '25 at 7.30pm in the Village Hall.\nPresent: Cllrs A, B\n", date(2025, 3, 4)),
    ("Township of Elmwood\nSpecial Council Meeting\nHeld on March 4, ’25\nPresent: Reeve Smith\n", date(2025, 3, 4)),
    ("Corporate Parenting Panel Minutes 10.12.24\nPresent: Cllr A (Chair), Cllr B\n1. Apologies\n", date(2024, 12, 10)),
    ("Elmwood Parish Council Meeting 04-03-25\nPresent: Cllrs A, B\n", date(2025, 3, 4)),
    ("Village of Elmwood, Wisconsin\nVillage Board Meeting 03-04-25\nTrustees present: A, B\n", date(2025, 3, 4)),
    (  # a US county board's formal style
        "STATE OF ILLINOIS )\nCOUNTY OF ELMWOOD )\nMINUTES OF THE REGULAR MEETING OF THE COUNTY BOARD OF ELMWOOD COUNTY, ILLINOIS, "
        "HELD ON THE 4th DAY OF MARCH, A.D. 2025\nThe Board met pursuant to adjournment with Chairman Smith presiding.\n",
        date(2025, 3, 4),
    ),
]


@pytest.mark.parametrize("text, expected", SHORT_FORMS)
def test_a_clerks_short_date_introduced_by_the_title_is_read(text, expected):
    assert _date(text) == expected


def test_a_decision_notices_coming_into_force_date_is_not_the_meetings():
    text = (
        "RECORD OF DECISIONS\nCabinet – 4 March 2025\nDecisions taken at the meeting. These decisions will come into force on "
        "12 March 2025 unless called in.\n1. Budget 2025/26\nDecision: Cabinet approved the budget.\n"
    )
    assert _date(text) == date(2025, 3, 4)


DOCUMENT_TYPES = [
    (  # a joint working group's notes are its minutes
        "Elmwood Joint Working Group\nNotes of the meeting held on 4 March 2025\nAttendees: Cllr A, Cllr B, J Smith (Officer)\n"
        "1. Welcome and introductions\n2. Matters arising: J Smith to circulate the draft plan. Action: JS\n",
        "minutes",
    ),
    ("Action Notes\nElmwood Transport Forum, 4 March 2025\nAttendees: A, B\n1. Bus timetable: the Chair to write to the operator.\n", "minutes"),
    (  # an Irish county council's summons with its 'Clár' (order of business)
        "Meeting of Elmwood County Council\nTo: Each Member of Elmwood County Council\nA Chara,\nYou are requested to attend the Monthly "
        "Meeting of Elmwood County Council to be held in the Council Chamber on Monday 3rd March 2025 at 2.00pm.\nCLÁR\n"
        "1. Confirmation of Minutes of Monthly Meeting held on 3rd February 2025\n2. Chief Executive's Report\n",
        "agenda",
    ),
    (  # a parish notice of meeting without the word 'agenda'
        "ELMWOOD PARISH COUNCIL\nNotice is hereby given that a meeting of the Parish Council will be held on Tuesday 4 March 2025 at 7.30pm.\n"
        "Business to be transacted:\n1. To receive apologies for absence\n2. To consider planning applications\n",
        "agenda",
    ),
]


@pytest.mark.parametrize("text, expected", DOCUMENT_TYPES)
def test_notes_of_a_meeting_are_minutes_and_a_summons_is_an_agenda(text, expected):
    assert classify_document(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ashby Parish Council\nAgenda\nNotes of the last meeting held on 3 February 2025 to be approved.\n1. Apologies\n2. Planning\n",
        "Shire of Elmwood\nOrdinary Council Meeting - Agenda\nNotes of the previous meeting, 4 February 2025, for confirmation\n1. Opening\n",
        "Elmwood Community Council\nAGENDA\nNotes of a prior meeting\n1. Sederunt\n2. Police report\n",  # Scottish
    ],
)
def test_notes_of_the_previous_meeting_on_an_agenda_do_not_make_it_minutes(text):
    """As with 'Minutes of the last meeting', an agenda's item approving an earlier meeting's notes names no title."""
    assert classify_document(text) == "agenda"


WEEKDAY_DECIDES_THE_ORDER = [
    ("BOARD OF COMMISSIONERS\nREGULAR MEETING MINUTES\nTuesday 03/04/2025\nPresent: Commissioners Allen, Baker\n", date(2025, 3, 4)),
    ("Minutes of the meeting of Elmwood Parish Council held on Thursday 03/04/2025 at 7.30pm\nPresent: Cllrs A, B\n", date(2025, 4, 3)),
    ("Village Board Meeting Minutes\nTues. 3.4.2025\nTrustees present: A, B\n", date(2025, 3, 4)),
]


@pytest.mark.parametrize("text, expected", WEEKDAY_DECIDES_THE_ORDER)
def test_the_printed_weekday_decides_an_ambiguous_numeric_date(text, expected):
    assert _date(text) == expected


OPENED_BELOW_THE_ATTENDANCE = [
    (  # a US city council: the attendance list first, then the call to order with the date
        "CITY OF ELMWOOD\nCITY COUNCIL MINUTES\nPresent: Mayor Adams, Councilmembers Brown, Clark\nAbsent: None\n"
        "The regular meeting of the Elmwood City Council was called to order by Mayor Adams at 7:00 p.m. on Tuesday, March 4, 2025.\n",
        date(2025, 3, 4),
    ),
    (  # a parish council listing those present above its title line
        "ELMWOOD PARISH COUNCIL\nPresent: Cllrs Adams (Chair), Brown, Clark\n"
        "Minutes of the meeting held on Tuesday 4 March 2025 at 7.30pm in the Village Hall\n1. Apologies: none.\n",
        date(2025, 3, 4),
    ),
    (  # a US county board
        "ELMWOOD COUNTY\nBOARD OF SUPERVISORS\nMembers Present: Supervisors Smith, Jones, Lee\n"
        "The Board of Supervisors met in regular session on March 4, 2025 at 9:00 a.m. in the Courthouse.\n",
        date(2025, 3, 4),
    ),
]


@pytest.mark.parametrize("text, expected", OPENED_BELOW_THE_ATTENDANCE)
def test_a_meeting_opened_below_its_attendance_list_keeps_its_date(text, expected):
    assert _date(text) == expected


def test_at_the_regular_meeting_the_following_members_were_present_is_minutes():
    text = (
        "At the Regular Meeting of the Council of the Township of Elmwood held Tuesday, March 4, 2025 at 7:00 p.m. in the "
        "Council Chambers, the following members were present:\nReeve Smith, Deputy Reeve Jones, Councillors Lee and Wong\n"
    )
    assert classify_document(text) == "minutes"
    assert _date(text) == date(2025, 3, 4)


_MEMBERS = "\n".join(f"Councillor {name}" for name in ("Adams", "Brown", "Clark", "Davis", "Evans", "Foster", "Green", "Hughes", "Irwin"))


def test_a_summons_below_a_long_membership_list_gives_the_agendas_date():
    text = (
        f"ELMWOOD DISTRICT COUNCIL\nDemocratic Services\nTown Hall, High Street, Elmwood\nTo: Members of the Planning Committee\n{_MEMBERS}\n"
        "Dear Councillor,\nYou are summoned to attend a meeting of the Planning Committee to be held in the Council Chamber on "
        "Tuesday 4 March 2025 at 7.00 pm.\nAGENDA\n1. Apologies\n2. To approve the minutes of the meeting held on 4 February 2025\n"
    )
    assert classify_document(text) == "agenda"
    assert _date(text) == date(2025, 3, 4)


def test_a_minutes_title_under_a_us_letterhead_of_members_and_officers():
    officers = "\n".join(f"{role} {name}" for role, name in (("Mayor", "John Adams"), ("Mayor Pro Tem", "Mary Brown"), ("City Manager", "Bob Foster")))
    text = f"CITY OF ELMWOOD\n{officers}\nCity Clerk Kim Hughes\nREGULAR CITY COUNCIL MEETING MINUTES\nMarch 4, 2025\n1. Call to Order\n"
    assert classify_document(text) == "minutes"
    assert _date(text) == date(2025, 3, 4)


MORE_DOCUMENT_TYPES = [
    (  # a US common council's journal
        "JOURNAL OF THE COMMON COUNCIL\nCITY OF ELMWOOD\nRegular Session – Tuesday, March 4, 2025\n"
        "The Common Council met in regular session pursuant to adjournment. President Lee in the chair.\nAldermen present: Smith, Jones.\n",
        "minutes",
    ),
    (  # a UK officer's delegated decision
        "RECORD OF OFFICER DECISION\nDecision taken by: Director of Place\nSubject: Award of contract for grounds maintenance\n"
        "Date of decision: 4 March 2025\nDecision: To award the contract to ABC Ltd.\nReasons for the decision: Best value tender.\n",
        "decision_notice",
    ),
]


@pytest.mark.parametrize("text, expected", MORE_DOCUMENT_TYPES)
def test_a_journal_of_proceedings_is_minutes_and_an_officers_decision_record_a_decision_notice(text, expected):
    assert classify_document(text) == expected


_PARAGRAPH = "The Committee considered the report of the Head of Planning and the representations received from residents. " * 3


def test_minutes_dated_only_in_their_running_footer_take_its_date():
    text = (
        "PLANNING COMMITTEE\nMINUTES\nPresent: Councillors Evans (Chair), Hughes, Price\n1. MINUTES\n"
        f"The minutes of the meeting held on 4 February 2025 were approved as a correct record.\n{_PARAGRAPH}\n"
        f"Planning Committee 4 March 2025                    Page 1\n{_PARAGRAPH}\nPlanning Committee 4 March 2025                    Page 2\n"
    )
    assert _date(text) == date(2025, 3, 4)


RUNNING_LINES_THAT_ARE_NOT_THE_MEETINGS = [
    f"MINUTES\nPresent: Trustees Hall, Bay\n{_PARAGRAPH}\nPrinted 10/03/2025 10:32 Board minutes 14\n{_PARAGRAPH}\nPrinted 10/03/2025 10:32 Board minutes 15\n",
    f"MINUTES\nPresent: Cllrs A, B\n{_PARAGRAPH}\nNext meeting: 1 April 2025\n{_PARAGRAPH}\nNext meeting: 1 April 2025\n",
    f"MINUTES\nPresent: Cllrs A, B\n{_PARAGRAPH}\nCabinet 4 March 2025\n{_PARAGRAPH}\nCouncil 13 March 2025\nCabinet 4 March 2025\nCouncil 13 March 2025\n",
]


@pytest.mark.parametrize("text", RUNNING_LINES_THAT_ARE_NOT_THE_MEETINGS)
def test_a_print_stamp_a_next_meeting_line_or_disagreeing_running_lines_give_no_date(text):
    assert _date(text) is None


PDF_TEXT_ARTEFACTS = [
    ("Minutes of the meeting of Elmwood Parish Council held on Tuesday 4thMarch 2025 at 7.30pm\nPresent: Cllrs A, B\n", date(2025, 3, 4)),
    ("CITY COUNCIL MINUTES\nTuesday, March 4,2025 at 6:00 p.m.\nMayor Jones called the meeting to order.\n", date(2025, 3, 4)),
    ("ORDINARY COUNCIL MEETING\nMINUTES\n4 March2025\nCr Smith (Mayor) declared the meeting open at 5.30pm.\n", date(2025, 3, 4)),
]


@pytest.mark.parametrize("text, expected", PDF_TEXT_ARTEFACTS)
def test_a_date_whose_spaces_pdf_extraction_dropped_is_read(text, expected):
    assert _date(text) == expected


def test_a_financial_years_digits_do_not_lend_a_day_to_a_month():
    text = "Budget Monitoring Report\nPeriod ending 2024 March 2025 forecast\nCabinet is asked to note the forecast.\n"
    assert _date(text) is None


def test_a_title_running_over_three_lines_below_a_long_letterhead_gives_its_weekday_date():
    text = (
        "ELMWOOD\nTOWN COUNCIL\nClerk: Mrs J Bloggs\nThe Guildhall\nMarket Place\nElmwood\nEL1 2AB\nTel: 01234 567890\nclerk@elmwood-tc.gov.uk\n"
        "MINUTES OF THE TOWN COUNCIL MEETING\nHELD AT THE GUILDHALL ON\nTUESDAY 4 MARCH 2025 AT 7PM\nPresent: Cllrs A, B\n"
    )
    assert _date(text) == date(2025, 3, 4)


def test_a_title_run_together_with_the_page_below_a_bilingual_heading_keeps_its_date():
    text = (
        "CYNGOR CYMUNED ELMWOOD COMMUNITY COUNCIL\nElmwood Community Council – Minutes – 4 March 2025 Present: Cllrs Jones (Chair), Evans, "
        "Hughes, Price and the Clerk Mrs Davies. 1. Apologies: Cllr Lewis. 2. Declarations of interest: none. 3. The minutes of 4 February "
        "2025 were approved.\n"
    )
    assert _date(text) == date(2025, 3, 4)


def test_a_date_deep_in_a_run_together_paragraph_is_still_not_the_title():
    text = (
        "Elmwood Community Council\nPlanning: the Council considered application 25/0012 for an extension, and noted the appeal decision of "
        "4 February 2025 on the neighbouring site; members asked the Clerk to write to the planning authority about drainage concerns.\n"
    )
    assert _date(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "You are hereby summoned to attend a meeting of the Town Council to be held at 7 p.m. on Tuesday 4 March 2025 in the Guildhall.\n",  # English town
        "Notice is hereby given that a special meeting of the City Council will be held at 6:30 p.m. on March 4, 2025, in Council Chambers.",  # US city
        "You are requested to attend the meeting in the Burgh Hall, St. Andrews, on Tuesday 4 March 2025 at 7pm.\n",  # Scottish
    ],
)
def test_a_summons_is_read_past_the_point_of_a_time_or_a_place(text):
    """'at 7 p.m. on ...', 'St. Andrews, on ...': an abbreviation's point does not end the summons's sentence."""
    from minutes_miner.dates import summons_date

    assert summons_date(text) == date(2025, 3, 4)


def test_a_summons_sentence_still_ends_before_the_next_ones_date():
    from minutes_miner.dates import summons_date

    assert summons_date("You are requested to attend the meeting in the Chamber at 2 p.m. Minutes of 3 February 2025 are enclosed.") is None


@pytest.mark.parametrize(
    "text, day",
    [
        (  # a South African municipality's title sentence in capitals, its worded year wrapped
            "MAYORAL COMMITTEE\nof the\nELMKLOOF LOCAL MUNICIPALITY\nMINUTES OF THE SPECIAL MEETING HELD ON THE TWENTY-EIGHTH DAY OF MAY TWO THOUSAND AND\n"
            "TWENTY-FIVE AT 10:00 IN THE COMMITTEE ROOM, CIVIC CENTRE\nPRESENT\nExecutive Mayor: Cllr K.P. Sefolo (Chairperson)\n",
            date(2025, 5, 28),
        ),
        (  # a Nova Scotia town: the day's words wrapped before the month, the year without 'and'
            "Special Meeting of Council\nTOWN OF ELM HARBOUR\nCouncil Chambers, 81 Water Street, Elm Harbour, Nova Scotia - Monday, the twenty-fourth of\n"
            "February, two thousand twenty-five, 5:30 p.m.\nPresent:        Mayor Heather MacIsaac; Councillors Dawn Fraser, Rick Sampson\n",
            date(2025, 2, 24),
        ),
        (  # a US county court's order, the day and 'day of' on two lines
            "ELM COUNTY COMMISSIONERS COURT\nOn this the fourteenth\nday of March, two thousand and twenty-five, the Court met in regular session.\n",
            date(2025, 3, 14),
        ),
    ],
)
def test_a_worded_date_wrapped_across_lines_is_the_meetings(text: str, day: date) -> None:
    assert find_meeting_date(text) == day


def test_a_worded_sum_after_a_date_in_figures_is_no_year():
    """Near miss: 'two thousand' after a month and a blank line is a sum, not the year."""
    from minutes_miner.worded_dates import with_worded_dates

    assert with_worded_dates("paid on the 3rd of May two thousand\n\nTwenty items") == "paid on the 3rd of May two thousand\n\nTwenty items"
