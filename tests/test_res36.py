"""Decision extents found in the development minutes (res36): a short outcome that opens its own sentence after the item's
heading or the facts it decides on ('... staffing matter. Resolved to exclude.') is read from its marker, not from the line's start.

The excerpts are quoted from the invented development documents named in each test, under a short heading of their style.
"""

from __future__ import annotations

from helpers import resolution_texts

TOWN_HEAD = (
    "HADWICK TOWN COUNCIL\nFinance & General Purposes Committee\n\n"
    "MINUTES of the Finance and General Purposes Committee meeting held on Thursday 15th\n"
    "January 2026 in the Mayor's Parlour, Hadwick Town Hall, commencing at 6.30 p.m.\n\n"
    "PRESENT: Cllr S. Marchetti (Chair), Cllr A. Bellamy, Cllr G. Crouch, Cllr H. Dunne,\nCllr M. Oyelaran\n\n"
)


def test_short_outcome_opening_its_sentence_reads_from_its_marker():
    # hadwick_tc_1.txt
    found = resolution_texts(TOWN_HEAD + "F&GP 58/25 EXCLUSION OF PRESS AND PUBLIC - staffing matter. Resolved to exclude.\n\nMeeting closed 8.12 p.m.\n")
    assert "Resolved to exclude." in found
    assert not any("EXCLUSION OF PRESS" in text for text in found)  # the heading is the item, not the decision


def test_short_outcome_after_the_facts_leaves_them_out():
    # kirkarrasey_iom_1.txt
    found = resolution_texts(
        TOWN_HEAD + "PM 26/145 PLAYING FIELD\nTwo quotes for replacing the goalposts: Manx Sports Supplies £1,140; Island Leisure £1,295. "
        "Agreed to accept the lower quote. Clerk to order.\n"
    )
    assert any(text.startswith("Agreed to accept the lower quote") for text in found)
    assert not any("Two quotes" in text for text in found)


def test_short_outcome_in_mid_sentence_keeps_its_line():
    # the line before the marker is no sentence of its own: what the decision is about stays with it
    found = resolution_texts(TOWN_HEAD + "7. Precept\nFollowing discussion of the options, the Councillors resolved to increase to £2700.\n")
    assert any("the Councillors resolved to increase to £2700" in text for text in found)


DISTRICT_HEAD = (
    "Marlcombe District Council                                   PLANNING COMMITTEE\n"
    "                                                              Wednesday, 8 October 2025\n\n"
    "Minutes of a meeting of the Planning Committee held in the Council Chamber, Marlcombe House,\ncommencing at 2.00 pm.\n\n"
)


def test_noting_a_count_after_its_noun_is_the_noting_alone():
    # marlcombe_dc_1.txt: a report's figure printed after its plural noun, closed by a bare noting
    found = resolution_texts(
        DISTRICT_HEAD + "PL.47   ENFORCEMENT UPDATE\n        Open enforcement cases 212 (Q1: 236). Noted.\n\n"
        "        The meeting ended at 4.47 pm.                        CHAIRMAN ..............\n"
    )
    assert "Noted." in found
    assert not any("ENFORCEMENT UPDATE" in text or "cases 212" in text for text in found)


def test_a_reference_after_its_noun_is_no_figure():
    # the planning reference is the matter noted, not a count: the line keeps it
    from minutes_miner.extract.resolutions import _REPORT_FIGURE_RE

    assert _REPORT_FIGURE_RE.search("Open enforcement cases 212 (Q1: 236)")
    assert not _REPORT_FIGURE_RE.search("Planning applications 25/00947, Ballacregga Farm")
    assert not _REPORT_FIGURE_RE.search("Minutes of meetings 2025")


COMMISSIONERS_HEAD = (
    "PORT SKILLIN TOWN COMMISSIONERS\nTown Hall, Harbour Road, Port Skillin, Isle of Man IM7 3PS\n\n"
    "PUBLIC MINUTES - BOARD MEETING - 9 DECEMBER 2025 - 6.00PM\n\n"
    "Members:   Mr D. Cregeen (Chairman), Mrs L. Kinvig (Vice-Chairman), Mr S. Costain\n\n"
)


def test_minutes_outcome_under_a_dotted_item_number_leaves_the_heading():
    # port_skillin_iom_1.txt: 'M.25/143' is the item's number, its full stop no sentence's end
    found = resolution_texts(
        COMMISSIONERS_HEAD + "M.25/141  APOLOGIES - none.\n\n"
        "M.25/143  MINUTES OF 11 NOVEMBER 2025\n"
        "          Confirmed and signed.                                     Prop. LK / Sec. NW\n\n"
        "M.25/144  FINANCIAL POSITION TO 30 NOVEMBER 2025\n"
    )
    assert any(text.startswith("Confirmed and signed.") for text in found)
    assert not any("MINUTES OF 11 NOVEMBER" in text for text in found)


def test_minutes_heading_that_is_a_sentence_is_not_skipped():
    # a full stop before a word still ends the line's sentence: no heading, nothing cut
    from minutes_miner.extract.decision_forms import _MINUTES_HEADING_LINES_RE

    assert _MINUTES_HEADING_LINES_RE.match("M.25/143  MINUTES OF 11 NOVEMBER 2025\n")
    assert not _MINUTES_HEADING_LINES_RE.match("The Clerk read the minutes. They were\n")


def test_proposer_and_seconder_cut_short_are_no_decision():
    # port_skillin_iom_1.txt: 'Prop.' and 'Sec.' are abbreviations, so the movers' line under the RESOLVED stays whole
    # and is the vote of the decision above, not a decision of its own
    from minutes_miner.sentences import is_abbreviation

    line = "Prop. KG / Sec. LK"
    assert is_abbreviation(line, line.index("."))
    found = resolution_texts(
        COMMISSIONERS_HEAD + "M.25/146  GARAGE RENTS\n"
        "          Mr Costain left the room. Proposal to increase garage rents from £9.50 to\n"
        "          £11.00 per week from 1 April 2026.\n"
        "          Mr Watterson proposed £10.50; no seconder.\n"
        "          RESOLVED to increase garage rents to £11.00 per week from 1 April 2026.\n"
        "                                                                    Prop. DC / Sec. KG\n"
        "                                                                    Carried unanimously\n\n"
        "M.25/147  HARBOUR ROAD CAR PARK\n"
    )
    assert any(text.startswith("to increase garage rents to £11.00") for text in found)
    assert not any("Sec. KG" in text and "garage" not in text for text in found)


def test_accepting_a_statement_of_accounts_is_the_acceptance_alone():
    # glenrossie_cc_1.txt: each account named with its sum is a balance stated; the meeting accepted the statement
    found = resolution_texts(
        "GLENROSSIE & DISTRICT COMMUNITY COUNCIL\nMinutes of Ordinary Meeting, Glenrossie Village Hall, Monday 19th January 2026, 7.30pm\n\n"
        "5. Treasurer's report\n"
        "   Admin account £1,874.22 (Highland Council admin grant of £612 received).\n"
        "   Windfarm Community Fund account £46,310.90.\n"
        "   Accepted.\n\n"
    )
    assert "Accepted." in found
    assert not any("Admin account" in text for text in found)


def test_an_account_without_its_sum_is_no_balance():
    from minutes_miner.extract.resolutions import _BALANCE_RE

    assert _BALANCE_RE.search("Windfarm Community Fund account £46,310.90.")
    assert not _BALANCE_RE.search("Grant to the Shinty Club on account of the minibus, £500.")


def test_minutes_heading_then_outcome_with_its_movers():
    # lisduvane_coco_1.txt: the heading ends in a bracket, the outcome opens the next line and its movers follow as a sentence
    found = resolution_texts(
        "Lisduvane County Council\nHousing, Community and Culture Strategic Policy Committee (SPC)\n\n"
        "MINUTES OF MEETING\nDate:      Thursday, 27 November 2025\n\n"
        "Item 1 - Minutes of previous meeting (18 September 2025)\nAgreed. Proposed Cllr Gahan, seconded Ms Kinsella.\n\n"
    )
    assert "Agreed. Proposed Cllr Gahan, seconded Ms Kinsella." in found


def test_minutes_heading_then_outcome_opening_its_line():
    # morlands_fra_1.txt: 'Approved.' then another sentence on its line; the approval alone is the record
    found = resolution_texts(
        "MORLANDS COMBINED FIRE AUTHORITY\nAudit and Governance Committee\n\n"
        "Minutes - 21 January 2026 - Fire Service Headquarters, Sandy Lane, Morbridge\n\n"
        "AGC/26/01  Minutes of 15 October 2025\nApproved. Matters arising: see action log.\n\n"
    )
    assert "Approved." in found
    assert not any("Matters arising" in text for text in found)


def test_minutes_heading_then_narrative_is_no_approval():
    # near miss: a line under the heading that merely mentions approval later in a sentence is not the outcome form
    found = resolution_texts(
        "MORLANDS COMBINED FIRE AUTHORITY\nAudit and Governance Committee\n\n"
        "AGC/26/01  Minutes of 15 October 2025\nMembers discussed the action log. Matters arising were listed.\n\n"
    )
    assert found == []


def test_numbered_minutes_heading_then_outcome_with_proposer_after_a_dash():
    # glenarrish_1.txt: the heading's item number ends a 'sentence' of its own; the outcome on the next line is the approval
    found = resolution_texts(
        "Glenarrish & Strathmore Bridge Community Council\n\n"
        "Minutes of meeting held Tuesday 18th November 2025, 7pm, Glenarrish Public Hall\n\n"
        "2. Minutes of previous meeting (21st October)\nAccepted - proposed HL, seconded JS.\n\n"
    )
    assert "Accepted - proposed HL, seconded JS." in found
    assert not any("previous meeting" in text for text in found)


def test_numbered_minutes_heading_then_other_business_is_no_approval():
    # near miss: no outcome opens the line under the heading
    found = resolution_texts(
        "Glenarrish & Strathmore Bridge Community Council\n\n"
        "Minutes of meeting held Tuesday 18th November 2025, 7pm, Glenarrish Public Hall\n\n"
        "2. Minutes of previous meeting (21st October)\nMatters arising were taken under item 5.\n\n"
    )
    assert found == []
