"""Resolution families of round 10 (issue 16): decision forms missed on councils never seen.

Snippets are invented minutes in the styles of English district and parish councils, Scottish
joint boards, Irish and Northern Irish councils, Welsh community councils, Australian and New
Zealand councils and US boards; each runs through the whole extraction. Near misses that must
stay out sit beside each family.
"""

from __future__ import annotations

import pytest

from helpers import resolution_texts

HEAD = "Minutes of the meeting of Ashcombe District Council held on 3 March 2021\n\nPresent: Cllr A Hale (Chair), Cllr B Noor, Cllr C Dale\n\n"


def decisions(body: str, head: str = HEAD) -> list[str]:
    return resolution_texts(head + body)


# --- a labelled decision list ('The Committee:' / '- noted ...' / '- approved ...') ends with its list -------------
# Headings such as 'AG/24/41 Internal Audit' or 'Item 6 FINANCE' are not always read as new agenda items: a
# list read on across its blank line swallowed every later decision of the page.


@pytest.mark.parametrize(
    "body, inside, later",
    [
        (
            "AG/24/40 Audit Findings\nMs Frost presented the report.\nThe Committee:\n- noted the Audit Findings Report;\n- approved the Statement of Accounts.\n\n"
            "AG/24/41 Internal Audit Progress\nHIA reported progress on the plan.\nThe Committee NOTED the report.\n",
            "Statement of Accounts",
            "NOTED the report",
        ),
        (
            "Item 6 FINANCIAL MONITORING\nThe Chief Finance Officer presented the report.\nThe Board:\ni. noted the projected overspend;\nii. approved the recovery plan.\n\n"
            "Item 7 PERFORMANCE\nThe Head of Planning reported on delayed discharges.\nIt was agreed that a workshop be held in October.\n",
            "recovery plan",
            "workshop be held in October",
        ),
        (
            "C/25/12 Play Areas\nThe Council:\n(a) accepted the quotation from Greenway Play for £8,400;\n(b) agreed that the works start in April.\n\n"
            "C/25/13 Christmas Lights\nMembers discussed the display. Resolved that the lights contract be renewed for one year.\n",
            "works start in April",
            "lights contract be renewed",
        ),
        (
            "Agenda Item 9 - Leisure Review\nThe Cabinet:\n1. endorsed the review;\n2. delegated the procurement to the Director of Communities.\n\n"
            "Agenda Item 10 - Fees\nThe report on fees and charges was noted.\n",
            "delegated the procurement",
            "fees and charges was noted",
        ),
    ],
)
def test_a_labelled_decision_list_ends_with_its_list(body, inside, later):
    found = decisions(body)
    assert any(inside in text for text in found), found
    assert not any(inside in text and later in text for text in found), found
    assert any(later in text for text in found), found


@pytest.mark.parametrize(
    "body, part",
    [
        # a 'Decision:' section whose wording follows a blank line still reads its wording
        ("7. Budget\nDecision:\n\nThat the revenue budget for 2025/26 be approved.\n", "revenue budget for 2025/26"),
        # one list whose clauses are spaced by blank lines is still one list
        ("7. Grants\nThe Committee:\n(a) approved a grant of £500 to the Scouts;\n\n(b) approved a grant of £250 to the Guides.\n", "£250 to the Guides"),
    ],
)
def test_a_decision_section_still_reads_across_blank_lines_inside_it(body, part):
    found = decisions(body)
    assert any(part in text for text in found), found


# --- deciding bodies beyond 'Committee / Council / Board': authorities, joint boards, trusts, partnerships ------
# Fire and rescue, national park, police and combined authorities, Scottish integration joint boards, Welsh
# partnerships and Irish assemblies minute their decisions with their own name, often an acronym ('The IJB').

JOINT_HEAD = "Minutes of the meeting of the Moorfell National Park Authority held on 3 March 2024\n\nPresent: Cllr A Hale (Chair), Mr B Noor\n\n"


@pytest.mark.parametrize(
    "body, words",
    [
        ("Min 74/24 Budget monitoring\nFM reported a projected underspend of £86,000. The Authority noted the position.\n", "Authority noted the position"),
        ("Item 7 PERFORMANCE REPORT\nThe Head of Strategic Planning reported on delayed discharges.\n\nThe IJB noted the report.\n", "IJB noted the report"),
        ("Item 8 DIRECTION\nApproval was sought for a Direction to the Council.\n\nThe IJB approved the Direction.\n", "IJB approved the Direction"),
        ("5. Fire Cover Review\nThe Fire Authority agreed to consult on the revised crewing model for 12 weeks.\n", "consult on the revised crewing model"),
        ("6. Annual Plan\nThe Partnership approved the Wellbeing Plan for publication.\n", "approved the Wellbeing Plan"),
        ("7. Grants\nThe Trust resolved to award £5,000 to the Heritage Open Days programme.\n", "award £5,000"),
        ("8. Minutes\nThe PCP agreed that the minutes be signed as a correct record.\n", "minutes be signed"),
    ],
)
def test_a_joint_body_or_authority_records_its_decision(body, words):
    found = decisions(body, JOINT_HEAD)
    assert any(words in text for text in found), found


@pytest.mark.parametrize(
    "body",
    [
        # an outside agency's decision reported to the meeting is news, not this meeting's decision
        "5. Highways\nThe Clerk reported that the Highway Authority agreed to resurface Mill Lane last year.\n",
        "5. Police\nThe Police Authority had approved the new station in 2019.\n",
        # an officer's acronym is no body
        "6. Audit\nThe CFO noted the position on reserves and would report in March.\n",
        "6. Audit\nThe HIA agreed the audit plan timetable was tight.\n",
    ],
)
def test_an_outside_authority_or_an_officer_is_no_deciding_body(body):
    assert decisions(body, JOINT_HEAD) == []


# --- a motion quoted in full under its notice, then 'The motion was ... carried': the wording is the decision --------
# Irish, Northern Irish, English, Scottish and Australian councils print a notice of motion's wording, then record how
# it was put and that it carried in a sentence of its own about 'the motion'.

NOTICE_MOTIONS = [
    (
        '60/12  NOTICE OF MOTION - CLLR NOEL EGAN\n"That Ballyross Town Council calls on the Minister to retain town councils."\n'
        "The motion was seconded by Cllr Dalton and passed unanimously.\n",
        "calls on the Minister to retain town councils",
    ),
    (
        "C 204/24 NOTICE OF MOTION - COUNCILLOR MCGLINCHEY\n“That this Council writes to the Minister for Infrastructure calling for the bypass to be prioritised.”\n"
        "Proposed by Councillor McGlinchey, seconded by Councillor Haughey.\nThe substantive motion was put to the meeting and declared carried.\n",
        "writes to the Minister for Infrastructure",
    ),
    (
        "9. Notice of Motion – Cr Smith\nThat Council write to the Minister for Roads seeking a speed review on the Princes Highway.\nThe motion was put and carried.\n",
        "seeking a speed review",
    ),
    (
        '4. Notice of Motion - Cllr T. Kelleher\n"That this Municipal District calls on the County Council to install a pedestrian crossing at the school."\n'
        "Reply: A speed survey found speeds above the limit.\nThe motion was proposed by Cllr Kelleher, seconded by Cllr Ruane and adopted.\n",
        "install a pedestrian crossing",
    ),
    (
        "12. MOTION ON NOTICE - RIVERS\nCouncillor Jupp moved and Councillor Olds seconded:\n"
        '"This Council notes the storm overflow discharges and resolves to ask the Chief Executive to write to the water company."\n'
        "The motion was carried.\n",
        "resolves to ask the Chief Executive",
    ),
    (
        '7. Motion by Councillor Reid\nCouncillor Reid, seconded by Councillor Bell, moved:\n"That the Council supports the Living Wage campaign."\n'
        "The motion was agreed unanimously.\n",
        "supports the Living Wage campaign",
    ),
    # the wording as an infinitive after 'I will move at the next meeting'
    (
        "10. Notice of Motion submitted by Councillor S. Keane\n\nI will move at the next Metropolitan meeting to require the contractor charged with grass\n"
        "cutting to collect the grass as it is cut in housing estates.\n\nIn proposing the motion, Councillor Keane said footpaths were left unsightly.\n\n"
        "The motion was seconded by Councillor Butler and agreed.\n",
        "to require the contractor charged with grass",
    ),
    (
        "NOTICE OF MOTION - CLLR BYRNE\nI wish to move to ask the Council to light the canal towpath between the two bridges.\n"
        "The motion was put and carried.\n",
        "to ask the Council to light the canal towpath",
    ),
]


@pytest.mark.parametrize("body, words", NOTICE_MOTIONS)
def test_a_notice_of_motion_carried_records_its_wording(body, words):
    found = decisions(body)
    assert any(words in text for text in found), found
    assert not any(text.startswith(("The motion", "The substantive motion", "Proposed by")) for text in found), found


@pytest.mark.parametrize(
    "body",
    [
        '5. Notice of Motion - Cllr P. Hegarty\n"That this Council calls on the Minister to fund a new library."\nThe motion was seconded by Cllr Ruane and was lost.\n',
        "5. NOTICE OF MOTION - CLLR WALSH\n“That this Council opposes the closure of the Garda station.”\nThe motion was withdrawn.\n",
        "5. Notice of Motion – Cr Lee\nThat Council write to the Premier about bus services.\nThe motion was deferred to the next meeting.\n",
        "5. Notice of Motion – Cr Lee\nThat Council write to the Premier about bus services.\nThe motion was put and lost 3 votes to 6.\n",
        "5. Amendment\nCllr Hale moved an amendment to delete paragraph 2. The amendment was carried.\n",
    ],
)
def test_a_notice_of_motion_that_fell_or_an_amendment_is_no_decision(body):
    found = decisions(body)
    assert not any(w in text for text in found for w in ("library", "Garda", "bus services", "paragraph 2")), found


# --- minutes approved under another name: the Scottish 'Minute' (singular), 'Notes' of an informal board ------------

SCOT_HEAD = "Minute of the Meeting of Carnbrae Community Council held on 3 December 2024\n\nPresent: Cllr A Hale (Chair), Mr B Noor\n\n"


@pytest.mark.parametrize(
    "body, words",
    [
        ("2. MINUTE\nThe Minute of the meeting of 17 July 2024 was approved as a correct record.\n\n3. FINANCE\nThe Treasurer reported.\n", "17 July 2024"),
        ("2  Minute of Previous Meeting\nThe minute of meeting of 5 November 2024 was submitted and approved.\n\n3  Roads\nNo update.\n", "5 November 2024"),
        ("1. Minute of October meeting: approved (proposed IG, seconded SL).\n2. Ferry\nThe Chair reported on the timetable.\n", "Minute of October meeting"),
        ("2     Notes of 4 July 2024 agreed.\n3     Pharmacy needs assessment\nThe Director presented the draft.\n", "Notes of 4 July 2024"),
        (
            "Item 2 Action notes\nThe Action Notes of the last meeting were agreed as accurate.\n\nItem 3 Budget\nThe Treasurer reported.\n",
            "Action Notes of the last meeting",
        ),
        (
            "2. Minute of the previous meeting\nThe Minute of the previous meeting, having been circulated, was approved.\n\n3. Roads\nNo update.\n",
            "having been circulated",
        ),
    ],
)
def test_a_minute_or_notes_approved_is_a_decision(body, words):
    found = decisions(body, SCOT_HEAD)
    assert any(words in text for text in found), found


@pytest.mark.parametrize(
    "body",
    [
        "2. Minute\nThe Minute of the meeting of 17 July will be submitted to the next meeting for approval.\n",
        "2. Site visit\nNotes of the site visit were circulated by the Clerk.\n",
        "2. Roads\nMinute 45/24 refers: the Clerk reported that the gully had been cleared.\n",
        "2. Minute of the previous meeting\nThe Minute of the meeting of 5 November was not approved; it is to be corrected and resubmitted.\n",
    ],
)
def test_a_minute_or_notes_not_approved_is_no_decision(body):
    assert decisions(body, SCOT_HEAD) == []


# --- 'The report was noted.' stands as its item's outcome when the decision beside it belongs to the next item ------


@pytest.mark.parametrize(
    "body, noted",
    [
        (
            "PCP 25/05 COMPLAINTS\nThe Chief Executive reported that 2 complaints had been received. The report was noted.\n\n"
            "PCP 25/06 WORK PROGRAMME\nThe Panel agreed to add a session on rural crime to its June meeting.\n",
            "The report was noted.",
        ),
        (
            "25/007  Finance\nThe bank reconciliation to 31 December 2024 was noted.\n\n25/008  Allotments\nRESOLVED that the allotment rents be held for 2025.\n",
            "bank reconciliation",
        ),
        (
            "14. Correspondence\nA letter from the Roads Service about the Shore Road was noted.\n15. Car parking\nIt was agreed that the charge be introduced.\n",
            "letter from the Roads Service",
        ),
    ],
)
def test_a_noted_outcome_beside_the_next_items_decision_stands(body, noted):
    found = decisions(body)
    assert any(noted in text for text in found), found


def test_a_noted_report_beside_its_own_resolved_is_still_one_decision():
    body = "7. Budget monitoring\nThe report was noted.\n\nRESOLVED that the report be noted and the virements approved.\n"
    found = decisions(body)
    assert len(found) == 1 and "virements" in found[0], found


# --- compact US motion records: 'Mrs. Brezina moved to ...', 'Iverson/Petty moved ...', 'Motion (Costa / Lindgren) to ...' --
# Township trustees, zoning boards, special districts and small city councils record the mover as a titled surname,
# the mover and seconder as a slash pair, or the pair in brackets after 'Motion', and the outcome as a tally.

US_HEAD = "HARROWGATE TOWNSHIP BOARD OF TRUSTEES\nMINUTES OF THE REGULAR MEETING\nMarch 11, 2025\n\nPresent: Trustees Kuchar, Brezina and Meineke\n\n"


@pytest.mark.parametrize(
    "body, words",
    [
        (
            "Minutes: Mrs. Brezina moved to approve the minutes of the February 25 regular meeting as presented. Mr. Meineke seconded. "
            "Vote: Kuchar yes, Brezina yes, Meineke yes. Motion carried.\n",
            "approve the minutes of the February 25",
        ),
        (
            "Mr. Kuchar moved to adopt Resolution 2025-14 authorizing participation in the winter salt contract. Mr. Meineke seconded. Vote: all yes.\n",
            "winter salt contract",
        ),
        ("Ms. Olson moved to approve the consent agenda. Mr. Dahl seconded. Motion carried 5-0.\n", "consent agenda"),
        ("Motion (Costa / Venkataraman) to continue Case #24-19 to February 27, 2025 at 7:00 PM. Vote 4-0.\n", "continue Case #24-19"),
        ("Claims: Motion (Kerr/Vance) to approve the claims as presented. Roll call: all ayes. Motion carried.\n", "approve the claims"),
        (
            "CONSENT AGENDA. Iverson/Petty moved and seconded approval of the September 26 minutes and the financial statements. Passed unanimously (4-0).\n",
            "September 26 minutes",
        ),
        ("Haugen/Lind moved to adopt Ordinance 2025-3 amending the parking code. Motion carried 4-1.\n", "Ordinance 2025-3"),
    ],
)
def test_a_compact_us_motion_record_is_a_decision(body, words):
    found = decisions(body, US_HEAD)
    assert any(words in text for text in found), found


@pytest.mark.parametrize(
    "body",
    [
        "Mr. Meineke moved to purchase a new mower from Stahl Equipment for $14,950. Motion died for lack of a second.\n",
        "Motion (Venkataraman / Costa) to grant the variance as requested.\nVote: 1 in favor (Venkataraman), 3 opposed. The motion failed.\n",
        "Iverson/Petty moved to table the pool item. Motion failed 2-3.\n",
        "Mrs. Jones moved to the village in 2019 and has joined the parks committee.\n",
    ],
)
def test_a_compact_us_motion_that_failed_or_a_move_of_house_is_no_decision(body):
    found = decisions(body, US_HEAD)
    assert not any(w in text for text in found for w in ("mower", "variance", "pool item", "village in 2019")), found


# --- a passive decision with its complement: 'was agreed for September', 'were approved: receipts ...', 're-adopted' ----


@pytest.mark.parametrize(
    "body, words",
    [
        ("61/12 TIDY TOWNS\nThe Mayor congratulated the committee on its result. A civic reception was agreed for September.\n", "civic reception was agreed"),
        ("5. Governance\nThe Standing Orders and Financial Regulations were reviewed and re-adopted without change.\n", "re-adopted without change"),
        (
            "6. Annual return\nThe Accounting Statements 2023/24 were approved: receipts £31,448, payments £27,905.\n",
            "Accounting Statements 2023/24 were approved",
        ),
        ("7. Fees\nThe revised burial fees were approved with effect from 1 April 2025.\n", "burial fees were approved"),
        ("8. Grants\nThe grant application from the Men's Shed was approved subject to the group providing its accounts.\n", "Men's Shed was approved"),
        ("9. Tenders\nThe tender from Ace Paving Ltd was accepted in full.\n", "Ace Paving Ltd was accepted"),
    ],
)
def test_a_passive_decision_with_its_complement_is_a_decision(body, words):
    found = decisions(body)
    assert any(words in text for text in found), found


@pytest.mark.parametrize(
    "body",
    [
        "5. Play area\nThe play area was agreed for refurbishment in 2019 but the works never started.\n",
        "5. Footpaths\nThe Clerk noted that the footpath scheme was approved for funding by the County Council.\n",
        "5. Budget\nThe precept was approved with reluctance last year, Cllr Hale recalled.\n",
        "5. Planning\nThe application is to be approved subject to conditions by the planning authority.\n",
    ],
)
def test_a_passive_in_history_or_anothers_decision_is_no_decision(body):
    found = decisions(body)
    assert not any(w in text for text in found for w in ("play area", "footpath scheme", "precept", "application is")), found


# --- an outcome word closing its line in emphasis, with its proposer, or in two languages ----------------------------
# Minutes published as Markdown or HTML keep the clerk's bold or italics ('- **AGREED**.', '*Approved and signed.*');
# parish clerks put the proposer in brackets after it; Welsh councils print 'cytunwyd / agreed'.


@pytest.mark.parametrize(
    "body, words",
    [
        ("9. Payments\nSchedule of £11,873.52 - **AGREED**.\n", "Schedule of £11,873.52"),
        ("9. Payments\nPayments of £2,114.62 listed on the schedule - *approved (proposed MR, seconded TT)*\n", "Payments of £2,114.62"),
        ("9. Insurance\nRenewal with Zurich at £612.58 (year 2 of a 3-year agreement) - cytunwyd / agreed.\n", "Renewal with Zurich"),
        ("9. Hedges\nQuote from Green Ltd for hedge cutting (£450) – agreed (proposed AB, seconded CD).\n", "hedge cutting"),
        ("9. Christmas\nContribution of £300 to the Christmas lights - **Approved unanimously**\n", "Christmas lights"),
        ("**4. Minutes of 27th August** - *Approved and signed.*\n\n**5. Finance**\nThe Clerk reported.\n", "Minutes of 27th August"),
    ],
)
def test_an_emphasised_or_bilingual_outcome_closes_its_line(body, words):
    found = decisions(body)
    assert any(words in text for text in found), found


@pytest.mark.parametrize(
    "body",
    [
        "9. Website\nItem 9 - **Approved** minutes are published on the website within a month.\n",
        "9. Budget\nThe draft budget for 2025/26 - *to be approved* at the January meeting.\n",
        "9. Toilets\nProposal to close the public toilets in winter - *not agreed*.\n",
    ],
)
def test_an_emphasised_word_that_is_no_outcome_is_no_decision(body):
    found = decisions(body)
    assert not any(w in text for text in found for w in ("published on the website", "draft budget", "public toilets")), found


def test_an_outcome_line_keeps_its_signing_and_its_proposer():
    found = decisions(
        "**4. Minutes of 27th August** - *Approved and signed.*\n\n**5. Payments**\nPayments of £2,114.62 - *approved (proposed MR, seconded TT)*\n"
    )
    assert any("Approved and signed" in text for text in found), found
    assert any("proposed MR" in text for text in found), found
