"""Meeting dates on forms many councils use: a cue for another date wrapped onto the line above, a
running footer printed once, a footer's 'Meeting held ...' line, a dashed date with a two-figure year.
Excerpts from the development documents (corpus/invented, inv28) quoted as written, and openings
written the ways councils print them, each with the wrong nearby date that must not be taken."""

from __future__ import annotations

from datetime import date

from minutes_miner.dates import DATE_RE, foot_held_date, is_previous_meeting_date, parse_date, running_line_date
from minutes_miner.doc_type import classify_document
from minutes_miner.meeting import find_body, find_council, find_meeting_date

# corpus/invented/olcott_county_ne_1.txt
_PUBLISHED_WRAPPED = (
    "OLCOTT COUNTY BOARD OF SUPERVISORS\n"
    "PROCEEDINGS\n"
    "Hartsel, Nebraska\n"
    "January 13, 2026\n\n"
    "The Olcott County Board of Supervisors met in regular session at 9:00 a.m. in the\n"
    "Supervisors' Room of the Courthouse. Notice of the meeting was published in the Hartsel\n"
    "Herald on January 7, 2026. Chairman Dale Vosika presided. Roll call: Supervisors\n"
    "Vosika, Brandt, Kucera, Lemmon, Saathoff, Wiebe and Zeleny present.\n"
)


def test_a_publication_date_whose_cue_wrapped_onto_the_line_above_is_not_the_meetings():
    assert find_meeting_date(_PUBLISHED_WRAPPED) == date(2026, 1, 13)
    start = _PUBLISHED_WRAPPED.index("January 7")
    assert is_previous_meeting_date(_PUBLISHED_WRAPPED, start, start + len("January 7, 2026"))


def test_a_short_title_line_above_a_date_lends_it_no_cue():
    # a title line is short: its words ('Signed Minutes') say nothing of the date on the next line
    text = "ELM PARISH COUNCIL - Signed Minutes\n14 March 2023\n\nPresent: Cllr Smith (Chair), Cllr Jones\n"
    start = text.index("14 March")
    assert not is_previous_meeting_date(text, start, start + len("14 March 2023"))
    # nor does a long line that ends its sentence
    text = "The Council met at the Village Hall, where the following business was duly transacted.\nTuesday 14 March 2023 at 7.30pm\n"
    start = text.index("Tuesday")
    assert not is_previous_meeting_date(text, start + 8, start + 21)


# corpus/invented/hartmoor_cc_1.txt (its foot)
_FOOTER_ONCE = (
    "HARTMOOR COUNTY COUNCIL\n\n"
    "At a meeting of the County Council held at County Hall, Hartmoor, at 10.30 am.\n\n"
    "PRESENT: The Chairman of the Council (Mr B J Tallis), the Vice-Chairman (Mrs R Oldroyd)\n"
    "and 58 other Members (list appended).\n\n"
    "85. Minutes\n"
    "RESOLVED - That the minutes of the meeting held on 11 December 2025 be confirmed and\n"
    "signed by the Chairman.\n\n"
    "The meeting closed at 2.55 pm.\n"
    "--------------------------------------------------------------------------------------\n"
    "HARTMOOR COUNTY COUNCIL - COUNTY COUNCIL - THURSDAY 19 FEBRUARY 2026 27\n"
)


def test_a_running_footer_printed_once_with_its_weekday_and_page_number_dates_the_minutes():
    assert running_line_date(_FOOTER_ONCE) == date(2026, 2, 19)
    assert find_meeting_date(_FOOTER_ONCE) == date(2026, 2, 19)


def test_a_contents_line_with_a_page_number_but_no_weekday_is_no_footer():
    contents = "AGENDA\n\n1. Minutes of the Planning Committee 14 February 2023 5\n2. Planning applications 9\n"
    assert running_line_date(contents) is None


# corpus/invented/carrowmena_dc_1.txt (its opening and its foot)
_FOOT_PARTICULARS = (
    "Leisure and Community Development Committee\n"
    "Minutes\n\n"
    "Present (in Chamber): Councillor S Ó Catháin (Chairperson), Alderman R Hegarty,\n\n"
    "LCD 26/02  Minutes of meeting held 18 December 2025\n"
    "Confirmed as a correct record.\n\n"
    "(The meeting ended at 8.05 pm)\n\n"
    "Chairperson ______________        Carrowmena and Slievebawn District Council\n"
    "                                   Meeting held Thursday 22 January 2026, 7.00 pm\n"
    "                                   Council Chamber, Carrowmena / and via Teams\n"
)


def test_a_footers_meeting_held_line_dates_minutes_whose_title_prints_none():
    assert foot_held_date(_FOOT_PARTICULARS) == date(2026, 1, 22)
    assert find_meeting_date(_FOOT_PARTICULARS) == date(2026, 1, 22)


def test_the_authority_beside_the_chairs_signature_blank_at_the_foot_is_the_council():
    council, hint = find_council({}, _FOOT_PARTICULARS)
    assert council == "Carrowmena and Slievebawn District Council"
    assert find_body(_FOOT_PARTICULARS, council, hint) == "Leisure and Community Development Committee"
    # a signature blank beside a title, not an authority, names none
    unsigned = "Planning Committee\nMinutes\n\nPresent: Cllrs A, B\n1. Apologies: none.\n\nSigned ____________ Chairman\n"
    assert find_council({}, unsigned)[0] is None


def test_the_next_meeting_at_the_foot_is_not_this_ones():
    text = "Licensing Sub-Committee\nMinutes\n\nPresent: Councillors Smith, Jones\n\nThe next meeting will be held on Tuesday 11 April 2023.\n"
    assert foot_held_date(text) is None
    assert find_meeting_date(text) is None


def test_a_dashed_date_with_a_two_figure_year():
    text = "KIRKBY VALE TOWN COUNCIL\nMinutes of the Full Council Meeting\nDate: 14-Mar-23   Time: 19:00   Venue: Town Hall\n\nPresent: Cllr Smith (Mayor)\n"
    assert find_meeting_date(text) == date(2023, 3, 14)
    assert parse_date("held 9-Sept-24") == date(2024, 9, 9)
    # a span of days is no dashed date, nor is a reference that runs on
    assert parse_date("from 5 May-10 June") is None
    assert DATE_RE.search("ref 14-Mar-23-01") is None


def test_the_previous_meetings_dashed_date_is_not_taken():
    text = (
        "KIRKBY VALE TOWN COUNCIL\nMinutes of the Full Council Meeting\nDate: 14-Mar-23\n\nFC/23/41 To approve the minutes of the meeting held on 14-Feb-23\n"
    )
    assert find_meeting_date(text) == date(2023, 3, 14)


# --- document type ---------------------------------------------------------------------------

# corpus/invented/kinnabar_shire_vic_1.txt
_MINUTES_UNDER_LETTERHEAD = (
    "Kinnabar Shire Council\n"
    "Minutes of the Scheduled Council Meeting\n"
    "Held at the Kinnabar Civic Centre, 19 Ballarat Street, Dunmore and livestreamed\n"
    "Tuesday 24 February 2026, commencing at 6.00pm\n\n"
    "8.1  PLANNING PERMIT APPLICATION PA2025-214\n"
    "The officer recommendation is\n"
    "to issue a Notice of Decision to Grant a Permit subject to 31 conditions.\n\n"
    "Moved Cr Waddell                 Seconded Cr Romano\n"
    "That Council issues a Notice of Decision to Grant a Permit for PA2025-214.\n"
    "                                                                     CARRIED\n"
)


def test_minutes_titled_under_the_letterhead_are_minutes_whatever_notice_their_business_issues():
    assert classify_document(_MINUTES_UNDER_LETTERHEAD) == "minutes"
    # a decision notice that names no minutes in its title stays one
    notice = "Elm Shire Council\nNotice of Decision to Grant a Permit\nApplication PA2025-214\n\nThe Responsible Authority has decided to grant a permit.\n"
    assert classify_document(notice) == "decision_notice"
    # 'Minutes of the previous meeting' among the opening lines is an agenda's item, not a title
    agenda = "Elm Parish Council\nAGENDA\nMinutes of the previous meeting held on 3 March 2026\n\n1. Apologies\n2. Planning\n"
    assert classify_document(agenda) == "agenda"


# corpus/invented/sellerby_pc_2.txt
_ANNUAL_PARISH_MEETING = (
    "SELLERBY ST MARY\n"
    "ANNUAL PARISH MEETING - Tuesday 12th May 2026 - 7.00pm - Village Hall\n\n"
    "(This is a meeting of the parish electors, not of the Parish Council. Chaired by the\n"
    "Chairman of Sellerby St Mary Parish Council, Cllr P Dunmore.)\n\n"
    "1. Welcome. Chairman welcomed all, noted it was the best turnout since 2019.\n\n"
    "2. Minutes of the APM held 13th May 2025 - read, agreed, and signed.\n"
)


def test_minutes_read_agreed_and_signed_mark_a_record_of_the_meeting():
    assert classify_document(_ANNUAL_PARISH_MEETING) == "minutes"
    # an agenda's 'to be read, agreed and signed' is business to come
    agenda = "SELLERBY ST MARY\nANNUAL PARISH MEETING - Tuesday 12th May 2026 - 7.00pm\n\n1. Welcome\n2. Minutes of the APM held 13th May 2025 to be read, agreed and signed\n"
    assert classify_document(agenda) != "minutes"


# corpus/invented/totara_downs_dc_1.txt
_NOTICE_OVER_AGENDA = (
    "TŌTARA DOWNS DISTRICT COUNCIL\n"
    "Te Kaunihera ā-Rohe o Tōtara Downs\n\n"
    "NOTICE OF MEETING\n\n"
    "An Ordinary Meeting of the Tōtara Downs District Council will be held in the Council\n"
    "Chamber, 77 Mātai Road, Tōtara Downs on:\n\n"
    "Wednesday 25 March 2026, commencing at 1.00pm\n\n"
    "AGENDA | RĀRANGI TAKE\n"
    "1 Karakia\n"
    "2 Apologies\n"
    "5 Confirmation of minutes - Ordinary Meeting 25 February 2026\n"
    "Recommendation\n"
    "That the minutes of the Ordinary Meeting held on 25 February 2026 be confirmed as\n"
    "a true and correct record.\n"
)


def test_a_notice_calling_the_meeting_over_its_agenda_is_an_agenda():
    assert classify_document(_NOTICE_OVER_AGENDA) == "agenda"
    # minutes that follow such a notice in their title are minutes
    minutes = _NOTICE_OVER_AGENDA.replace("NOTICE OF MEETING", "MINUTES OF MEETING").replace("will be held", "was held")
    assert classify_document(minutes) == "minutes"


# --- body and council --------------------------------------------------------------------------

# corpus/invented/taurakino_dc_1.txt
_BILINGUAL_LETTERHEAD = (
    "Taurakino District Council\n"
    "Te Kaunihera-ā-Rohe o Taurakino\n\n"
    "UNCONFIRMED MINUTES\n"
    "Strategy, Finance and Risk Committee\n"
    "Council Chambers, 41 Kōwhai Street, Rātana Flat\n"
    "Wednesday, 11 March 2026 at 9.30am\n\n"
    "MEMBERS PRESENT   Cr Aroha Whaanga (Chairperson), Mayor Bruce Ellingham, Cr Lynn Pōtae,\n"
)


def test_a_committee_under_a_letterhead_printed_in_two_languages_is_the_body():
    council, hint = find_council({}, _BILINGUAL_LETTERHEAD)
    assert council == "Taurakino District Council"
    assert find_body(_BILINGUAL_LETTERHEAD, council, hint) == "Strategy, Finance and Risk Committee"
    # the council's own meeting under the same letterhead is still 'Council'
    full = _BILINGUAL_LETTERHEAD.replace("Strategy, Finance and Risk Committee\n", "Ordinary Meeting of Council\n")
    assert find_body(full, council) == "Council"


# corpus/invented/east_brayford_dc_1.txt
_DETERMINATION = (
    "EAST BRAYFORD DISTRICT COUNCIL\n"
    "Licensing Act 2003\n\n"
    "NOTICE OF DETERMINATION\n"
    "Licensing Sub-Committee (Panel B)\n\n"
    "Hearing date:       Tuesday 10 March 2026\n"
    "Venue:              Meeting Room 1, Brayford House, Station Approach, East Brayford\n"
    "Panel:              Councillors K Whitlock (Chair), A Desai, L Ormerod\n"
)


def test_a_panel_under_the_statute_and_the_papers_name_is_the_body():
    council, hint = find_council({}, _DETERMINATION)
    assert council == "East Brayford District Council"
    assert find_body(_DETERMINATION, council, hint) == "Licensing Sub-Committee (Panel B)"
    assert find_meeting_date(_DETERMINATION) == date(2026, 3, 10)


# corpus/invented/skookum_flats_pud_wa_1.txt
_PUD = (
    "PUBLIC UTILITY DISTRICT NO. 3 OF SKOOKUM FLATS COUNTY\n"
    "                       BOARD OF COMMISSIONERS\n"
    "                    REGULAR MEETING MINUTES\n"
    "                          March 3, 2026\n\n"
    "The regular meeting of the Board of Commissioners of Public Utility District No. 3 of\n"
    "Skookum Flats County was called to order by President Gail Haugen at 1:30 p.m. at the\n"
    "District auditorium, 600 W. Railroad Avenue, Orting Springs, Washington. Present were\n"
)


def test_a_numbered_special_district_of_a_county_is_the_authority_and_its_board_the_body():
    council, hint = find_council({}, _PUD)
    assert council == "Public Utility District No. 3 of Skookum Flats County"
    assert find_body(_PUD, council, hint) == "Board of Commissioners"
    # an unnumbered district of a county is no such name
    assert find_council({}, "PUBLIC UTILITY DISTRICT OF ELM\nMinutes\n")[0] != "Public Utility District of Elm"


# corpus/invented/st_anselme_cedres_qc_1.txt
def test_a_place_in_capitals_keeps_its_accented_letters_after_a_hyphen():
    text = "PROVINCE OF QUEBEC\nMUNICIPALITY OF SAINT-ANSELME-DES-CÈDRES\nMRC DU VAL-BRÛLÉ\n\nMinutes of the regular sitting of the municipal council\n"
    assert find_council({}, text)[0] == "Municipality of Saint-Anselme-Des-Cèdres"


# corpus/invented/northcombe_fields_1.txt
_PARISH_MEETING = (
    "NORTHCOMBE FIELDS PARISH MEETING\n"
    "(a parish meeting without a parish council - Local Government Act 1972 s.9)\n\n"
    "Notes / minutes of the meeting held Thurs 5 March 2026, 7.30pm, in St Petroc's Church\n"
)


def test_a_parish_meeting_that_says_its_parish_has_no_council_is_the_authority():
    council, hint = find_council({}, _PARISH_MEETING)
    assert council == "Northcombe Fields Parish Meeting"
    assert find_body(_PARISH_MEETING, council, hint) == "Northcombe Fields Parish Meeting"
    # the electors' meeting of a parish whose council is named is not the authority
    with_council = _PARISH_MEETING.replace("(a parish meeting without a parish council", "(chaired by the Chairman of Northcombe Fields Parish Council")
    assert find_council({}, with_council)[0] != "Northcombe Fields Parish Meeting"


def test_a_web_pages_title_in_sentence_case_names_the_body():
    # a council site's page title: the body, then 'minutes' in lower case, under the site's name
    text = "Elm District Council\nLicensing sub-committee minutes\n14 March 2023\nPresent: Councillors Smith (Chair), Jones, Brown\n"
    council, hint = find_council({}, text)
    assert council == "Elm District Council"
    assert find_body(text, council, hint) == "Licensing Sub-Committee"
    text = "London Borough of Elm\nCabinet minutes\nPresent: Councillors Smith (Chair), Jones, Brown\n"
    assert find_body(text, find_council({}, text)[0]) == "Cabinet"
    # a paragraph's line that ends in 'the minutes' names no body
    text = "Elm District Council\nThe Committee approved the minutes\nPresent: Councillors Smith (Chair), Jones\n"
    assert find_body(text, "Elm District Council") == "Council"


def test_the_date_a_reconvened_meeting_was_adjourned_or_moved_from_is_not_its_own():
    text = "PLANNING COMMITTEE\nMINUTES\n14 March 2023\n(Reconvened meeting; adjourned on 7 March 2023)\n\nPresent: Councillors Smith (Chair), Jones\n"
    assert find_meeting_date(text) == date(2023, 3, 14)
    text = "FINANCE COMMITTEE\nMINUTES\n14 March 2023\n(postponed from 7 March 2023)\n\nPresent: Councillors Smith (Chair), Jones\n"
    assert find_meeting_date(text) == date(2023, 3, 14)
    # a meeting adjourned at an hour on its own date still has that date
    text = "FINANCE COMMITTEE\nMINUTES\nMeeting held on 14 March 2023\n\nPresent: Councillors Smith (Chair), Jones\n"
    assert find_meeting_date(text) == date(2023, 3, 14)


def test_a_clerks_short_dashed_date_alone_under_the_title():
    text = "TOWN OF ELM\nSELECT BOARD MINUTES\n3-14-23\n\nPresent: Chair Smith, Members Jones and Lee\nMinutes of 2-28-23 approved.\n"
    assert find_meeting_date(text) == date(2023, 3, 14)
    text = "ELM PARISH COUNCIL\nMINUTES\n14.3.23\n\nPresent: Cllrs Smith, Jones\n"
    assert find_meeting_date(text) == date(2023, 3, 14)
    # a short number under a line that is no title is not read as a date
    text = "ELM PARISH COUNCIL\nPresent: Cllrs Smith, Jones\n14.3.23\n"
    assert find_meeting_date(text) is None


def test_a_county_boards_at_a_meeting_of_opening_names_the_county_and_the_board():
    # a Virginia county board's minutes open with one sentence naming the board, the county and the date
    text = (
        "At a Regular Meeting of the Board of Supervisors of Elm County, Virginia, held in the Board Room on the 14th day of March, 2023, at 7:00 p.m.:\n"
        "PRESENT: Smith, Jones, Lee\n"
    )
    council, hint = find_council({}, text)
    assert council == "Elm County"
    assert find_body(text, council, hint) == "Board of Supervisors"
    assert find_meeting_date(text) == date(2023, 3, 14)
    # a sentence that opens otherwise names no authority this way
    assert find_council({}, "We attended a Regular Meeting of the Board of Supervisors of Elm County.\n")[0] is None


# corpus/invented/glenbrannagh_md_1.txt
_TWO_TOWN_DISTRICT = (
    "GLENBRANNAGH COUNTY COUNCIL\n"
    "Municipal District of Inchmore - Rathcoole\n\n"
    "MINUTES OF THE FEBRUARY MEETING OF THE MUNICIPAL DISTRICT OF INCHMORE - RATHCOOLE\n"
    "Held in the Area Office, Bridge Street, Inchmore, on Wednesday 18 February 2026 at 3.00pm\n\n"
    "Members Present: Cllr. Eoin Tobin (Cathaoirleach), Cllr. Síle Kavanagh\n"
)


def test_a_municipal_district_named_after_two_towns_keeps_both():
    council, hint = find_council({}, _TWO_TOWN_DISTRICT)
    assert council == "Glenbrannagh County Council"
    assert find_body(_TWO_TOWN_DISTRICT, council, hint) == "Municipal District of Inchmore - Rathcoole"
    assert find_meeting_date(_TWO_TOWN_DISTRICT) == date(2026, 2, 18)
    # a body's heading with the paper's name after the dash is not extended by it
    text = "Elm City Council\nCommittee of the Whole - Minutes\n14 March 2023\nPresent: Mayor Smith\n"
    assert find_body(text, "Elm City Council") == "Committee of the Whole"
