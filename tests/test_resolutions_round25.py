"""Round 25: where a decision ends and where it begins (span boundaries).

A decision header on its own line ('Decision:', 'Council Decision', 'RESOLUTION 2025-09',
'RESOLUTION NO. 25-04') governs the paragraph under it. Without a clause list it used to run on
across blank lines to the next stop line, swallowing the next item's heading and its narrative
(a US county's next department heading in capitals, an Australian shire's 'Item 9.1.2 ...', a
housing authority's next 'RESOLUTION NO.' heading, a UK committee's next numbered item). A blank
line followed by the heading of the next part of the minutes ends it. Near misses: the wording
may still follow the header after a blank line, a 'CARRIED 6/0' or a vote line after a blank
line still belongs to it, and a lettered list under the header still reads whole.
"""

from __future__ import annotations

import pytest

from helpers import resolution_texts

US_HEAD = "BAXTON COUNTY BOARD OF COMMISSIONERS\nRegular Session, April 7, 2025\n\n"
AU_HEAD = "Shire of Kellerup\nMinutes of the Ordinary Council Meeting held 17 September 2025\n\n"
UK_HEAD = "Minutes of the meeting of the Cabinet of Ashcombe District Council held on 3 June 2025\n\n"


@pytest.mark.parametrize(
    "head, body, decision, later",
    [
        (  # a US county: the resolution's heading, its motion, then the next department's heading in capitals
            US_HEAD,
            "RESOLUTION 2025-11\nCommissioner Ruiz moved to adopt Resolution 2025-11 declaring a burn ban in the unincorporated county. "
            "Commissioner Hale seconded. Motion carried 3-0.\n\nROAD AND BRIDGE\nThe Road Supervisor reported that 12 miles of chip seal are complete.\n",
            "declaring a burn ban",
            "chip seal",
        ),
        (  # a US housing authority: one numbered resolution heading after another
            "SEACOVE HOUSING AUTHORITY\nSpecial Meeting of the Board of Commissioners, March 3, 2025\n\n",
            "RESOLUTION NO. 25-07\nAPPROVING THE ANNUAL PLAN\nCommissioner Brandt moved adoption of Resolution No. 25-07; seconded by Commissioner Osei. "
            "Resolution No. 25-07 adopted.\n\nRESOLUTION NO. 25-08\nAUTHORIZING A BOILER CONTRACT\nThree bids were opened on February 20 and the low bid was $84,200.\n",
            "adoption of Resolution No. 25-07",
            "Three bids were opened",
        ),
        (  # an Australian shire: 'Council Decision' over a motion, then the next numbered item
            AU_HEAD,
            "Item 9.1.1 Accounts for payment\n\nCouncil Decision\n\nOCM 2509/104 Moved: Cr Ames Seconded: Cr Boyd\nThat Council endorse the list of payments "
            "for August 2025 totalling $1,204,330.10.\nCARRIED 6/0\n\nItem 9.1.2 Rates debtors report\n\nThe Manager Finance advised that arrears had fallen by 8%.\n",
            "endorse the list of payments",
            "arrears had fallen",
        ),
        (  # a UK committee: 'Decision:' then the next numbered item heading
            UK_HEAD,
            "7. Leisure Centre Fees\n\nDecision:\nThat the fees for 2025/26 be increased by 4%.\n\n8. Car Park Review\n\nThe Head of Place introduced the review of tariffs.\n",
            "fees for 2025/26",
            "review of tariffs",
        ),
    ],
)
def test_a_decision_header_ends_at_the_next_heading_after_a_blank_line(head, body, decision, later):
    found = resolution_texts(head + body)
    assert any(decision in text for text in found), found
    assert not any(decision in text and later in text for text in found), found


@pytest.mark.parametrize(
    "head, body, parts",
    [
        # the wording may follow the header after a blank line
        (UK_HEAD, "7. Budget\nDecision:\n\nThat the revenue budget for 2025/26 be approved.\n", ["revenue budget for 2025/26"]),
        # the outcome line after a blank line belongs to the decision above it
        (
            AU_HEAD,
            "Council Decision\n\nOCM 2509/110 Moved: Cr Ames Seconded: Cr Boyd\nThat Council adopt the Fees and Charges Schedule 2025/26.\n\nCARRIED 6/0\n",
            ["Fees and Charges Schedule", "CARRIED 6/0"],
        ),
        # a lettered list under the header, spaced by blank lines, is one decision
        (
            UK_HEAD,
            "Decision:\n\n(a) That the Leisure Strategy be adopted;\n\n(b) That the Director be authorised to consult on fees.\n",
            ["Leisure Strategy be adopted", "consult on fees"],
        ),
    ],
)
def test_a_decision_header_still_reads_what_belongs_to_it_across_a_blank_line(head, body, parts):
    found = resolution_texts(head + body)
    assert any(all(part in text for part in parts) for text in found), found


AU_ITEMS = (
    "Item 9.1.2 Monthly financial report - August 2025\n\nCouncil Decision\n\nOCM 2509/105  Moved: Cr Whyte  Seconded: Cr Bertola\n\nReceived.\n\nCARRIED 6/0\n\n"
    "Item 9.2.1 Purchase of grader - Tender RFT 04/2025\n\nOfficer Recommendation\n\n"
    "That Council accept the tender from Westrac Equipment Pty Ltd for a motor grader at $528,600 (ex GST).\n\n"
    "Council Decision\n\nOCM 2509/106  Moved: Cr Kowalski  Seconded: Cr Anning\n\n"
    "That Council accept the tender from Brookton Machinery Sales for a motor grader at $512,450 (ex GST).\n\nCARRIED BY ABSOLUTE MAJORITY 5/1\n\n"
    "Reason for varying the officer recommendation: the alternative tender has a lower whole-of-life cost.\n\n"
    "Item 9.3.1 Bush fire brigade volunteer numbers\n\nNoted.\n"
)


def test_a_header_over_a_movers_line_records_the_wording_moved_not_the_movers():
    found = resolution_texts(AU_HEAD + AU_ITEMS)
    assert any(text.startswith("Received.") for text in found), found
    assert not any(text.startswith("OCM 2509/105") for text in found), found


def test_a_motion_never_takes_its_wording_from_under_the_next_items_heading():
    # the recommendation the officers put under the next item is not what the movers above moved
    found = resolution_texts(AU_HEAD + AU_ITEMS)
    assert not any("Westrac" in text for text in found), found
    assert any("Brookton" in text for text in found), found


@pytest.mark.parametrize(
    "label",
    [
        "Reason for varying the officer recommendation: the alternative tender has a lower whole-of-life cost.",
        "Reason for variation: Council wished to make the accreditation requirement explicit.",
        "Reasons for the amendment: members preferred a local supplier.",
    ],
)
def test_a_reason_for_label_ends_the_decision(label):
    body = (
        "10.2 Tender T25/06 - Road reseal\nMoved: Cr Fanning Seconded: Cr Ross\n"
        "That Council award Tender T25/06 to Bonner Civil Pty Ltd for $386,200 (excl. GST).\nCARRIED 5/0\n" + label + "\n"
    )
    found = resolution_texts(AU_HEAD + body)
    assert any("Bonner Civil" in text for text in found), found
    assert not any("Bonner Civil" in text and label.split(":")[1].split()[1] in text for text in found), found


# --- a bare outcome closing an item: what it closes ------------------------------------------------------------
# A report's figures closed by 'Noted.' / 'Received.' are narrative, the noting is the decision (round 22); words
# that look like a motion put but are not one ('carried out', '14 226 approved households') must not keep the
# narrative as the decision's wording. Items that follow one another with no blank line between them ('PC 145/25
# APPEALS' straight after the previous item's vote) are still separate items.

ZA_HEAD = "MINUTES OF THE MAYORAL COMMITTEE OF KGOTSO LOCAL MUNICIPALITY HELD ON 12 AUGUST 2025\n\n"
UK_PC_HEAD = "Minutes of the meeting of Pennock Parish Council held on 9 June 2025\n\n"


@pytest.mark.parametrize(
    "head, body, narrative",
    [
        (
            UK_PC_HEAD,
            "T6/25  Tree safety survey - the survey carried out in April found eleven trees needing\nwork, four urgent; the urgent works "
            "were completed in May (£2,280). Remaining works to be\nprogrammed by the Grounds team in the winter. Received.\n\nT7/25  Close\n",
            "eleven trees",
        ),
        (
            ZA_HEAD,
            "MC 114/2025   INDIGENT REGISTER UPDATE\n              The register now has 14 226 approved households (up from\n"
            "              12 950). Each receives 6 kl free water per month.\n              Noted.\n\nMC 115/2025   CLOSURE\n",
            "indigent",
        ),
        (
            "Minutes of the Planning Committee of Rathkeel Borough Council held on 2 June 2025\n\n",
            "PC 144/25  LA09/2025/0311/F\nApproved. Democratic Services recorded the vote: For 6, Against 4.\nPC 145/25  APPEALS\n"
            "The Planning Appeals Commission had dismissed two appeals and allowed one in the period.\nNoted.\nPC 146/25  PERFORMANCE\n"
            "The report was taken as read.\n",
            "Appeals Commission",
        ),
    ],
)
def test_a_bare_noting_closing_a_report_of_figures_is_the_decision(head, body, narrative):
    found = resolution_texts(head + body)
    assert [t for t in found if t.rstrip(".") in {"Noted", "Received"}], found
    assert not [t for t in found if narrative.lower() in t.lower()], found


@pytest.mark.parametrize(
    "body, outcome",
    [
        ("58/24 WORK PROGRAMME\nAgreed.\n\nThe meeting ended at 9.47 pm.\n", "Agreed."),
        ("2 MINUTE OF PREVIOUS MEETING - 16 January 2025\nApproved.\n\n3 FINANCE\nThe Treasurer reported a balance of £4,210.\n", "Approved."),
        ("7. Standing Orders review\nAdopted.\n\n8. Close\n", "Adopted."),
    ],
)
def test_a_bare_outcome_under_an_items_heading_alone_is_the_decision(body, outcome):
    found = resolution_texts(UK_PC_HEAD + body)
    assert outcome in found, found


@pytest.mark.parametrize(
    "body, matter",
    [
        # a proposal put above the outcome: the outcome closes it
        ("10. Grants\nCllr Ray proposed a grant of £100 to the Scouts, seconded Cllr Lee.\nAgreed.\n\n11. Close\n", "grant of £100"),
        # an unpunctuated matter line with an amount is the matter agreed, not a heading
        ("5. Bus shelter - replace the glass panels at £1,140\nAgreed.\n\n6. Close\n", "glass panels"),
        # a motion line with its movers above 'Carried'
        ("Moved Cr Ames, seconded Cr Boyd that the agenda be adopted\nCarried\n\n", "agenda be adopted"),
    ],
)
def test_a_bare_outcome_under_a_matter_or_motion_keeps_it(body, matter):
    found = resolution_texts(UK_PC_HEAD + body)
    assert any(matter in text for text in found), found


# --- a decision marker over a motion that failed -------------------------------------------------------------
# 'BE IT RESOLVED THAT ...' / 'THAT ...' under movers, a proposal, or an 'Outcome:' label print the motion as it
# was put; when its own paragraph records that it failed ('DEFEATED', 'MOTION DEFEATED (3 in favour, 4 opposed)',
# 'Not carried.', 'Outcome: Lost (3 for, 4 against).') no decision was made (ANNOTATION.md: defeated motions are
# not resolutions). Near misses: an amendment lost beside the decision, a failure in the next item's paragraph.


@pytest.mark.parametrize(
    "head, body, failed, kept",
    [
        (
            "Rural Municipality of Whitemud Flats\nMinutes of the Regular Meeting of Council, June 10, 2025\n\n",
            "Resolution 2025-216     Shewchuk – Dyck\nBE IT RESOLVED THAT Council approve the grader purchase from Brandt Tractor Ltd.\n"
            "                                                   DEFEATED\n\nResolution 2025-217     Penner – Gagné\n"
            "BE IT RESOLVED THAT By-law No. 7-2025 be given first reading.                     CARRIED\n",
            "grader purchase",
            "By-law No. 7-2025",
        ),
        (
            "Municipality of the County of Kingsbay\nMinutes of Council, November 5, 2024\n\n",
            "2024-289 MOVED by Councillor Cormier, SECONDED by Councillor Hatt\nTHAT the separation distance be amended to 1,500 metres.\n"
            "MOTION DEFEATED (3 in favour, 4 opposed)\n2024-290 MOVED by Councillor LeBlanc, SECONDED by Councillor Hatt\n"
            "THAT the wind turbine by-law be given first reading.\nMOTION CARRIED\n",
            "separation distance",
            "wind turbine by-law",
        ),
        (
            UK_PC_HEAD,
            "8. Flooding\nMr Roe proposed that the Council write to the Highway Authority, seconded Mrs Varley. Agreed.\n"
            "Mrs Varley proposed the PC commission its own drainage assessment up to £2,500; seconded Mr Whitehouse. For 2, Against 3. Not carried.\n",
            "drainage assessment",
            "Highway Authority",
        ),
        (
            AU_HEAD,
            "Item 9.5 Recreation Reserves Masterplan\nOutcome: Noted.\n\nItem 9.6 Notice of Motion 4/2025 (Cr Dunphy) - Free green waste weekends\n"
            "Outcome: Lost (3 for, 4 against).\n",
            "Lost",
            "Noted",
        ),
    ],
)
def test_a_decision_marker_over_a_motion_that_failed_records_nothing(head, body, failed, kept):
    found = resolution_texts(head + body)
    assert not any(failed in text for text in found), found
    assert any(kept in text for text in found), found


@pytest.mark.parametrize(
    "body, kept",
    [
        # an amendment lost beside the decision leaves the decision standing
        ("6. Precept\nRESOLVED that the precept for 2026/27 be set at £9,750.\nAn amendment to hold the precept at £9,300 was lost.\n", "£9,750"),
        # a motion that failed under the next item is not this decision's outcome
        ("THAT the report be received.\nCARRIED\n\n5. Notice of motion\nThe motion to close the depot was lost.\n", "report be received"),
    ],
)
def test_a_failure_beside_or_after_the_decision_leaves_it_standing(body, kept):
    found = resolution_texts("Minutes of Council, 3 March 2025\n\n" + body)
    assert any(kept in text for text in found), found


@pytest.mark.parametrize(
    "sentence",
    ["Died for lack of second.", "Motion died for want of a seconder.", "Failed for lack of second."],
)
def test_a_motion_that_died_for_want_of_a_second_in_any_wording_is_no_decision(sentence):
    body = "Item 13. Motion by Whitcomb to hire a part-time grant writer at $22.50 an hour. " + sentence + "\n\nItem 14. Adjourn.\n"
    found = resolution_texts("OXBOW COUNTY BOARD OF COMMISSIONERS\nRegular Meeting, March 3, 2025\n\n" + body)
    assert not any("grant writer" in text for text in found), found


def test_movers_printed_after_a_motion_do_not_hide_that_it_was_defeated():
    # First Nations and Canadian band councils print the motion, then its movers and vote, then the outcome
    body = (
        "Motion to support the Youth Council's request for $8,500 for the August canoe trip.\n"
        "Moved: B. Meekis Seconded: T. Sakanee For: 2 Against: 2 Chief broke the tie\nagainst. Motion defeated.\n\n"
        "Motion to approve the 2025-2026 operating budget as presented.\nMoved: T. Sakanee Seconded: B. Meekis For: 4 Against: 0\nMotion carried.\n"
    )
    found = resolution_texts("Wapaskeg Lake First Nation\nChief and Council Meeting, March 4, 2025\n\n" + body)
    assert not any("canoe trip" in text for text in found), found
    assert any("operating budget" in text for text in found), found
