"""Round 28: resolution recall on forms the rules dropped or clipped (issue 16).

- a noting sentence under its own item heading ('The action sheet was noted.') dropped as an apology because an
  'Apologies were received ...' item sat a paragraph above it (Northern Irish and Irish minutes);
- 'CC agreed to ...': a Scottish community council names itself by its initials, as a parish council does ('PC');
- a named roll call between a motion and its outcome ('to adopt Ordinance No. 1894. Roll call: Ortega - no; ...
  Motion carried 3-2.'): the motion is read through its outcome (US city, county and library minutes);
- a schedule of payments printed under 'RESOLVED to approve the following payments:' whose rows lost their
  indentation, and a labelled '(b) The bank reconciliation ... was noted.' after it, its own decision.

Near misses: apologies accepted in the noting's own paragraph, a person's initials that are not 'CC', a roll
call closed by a failed motion or by another motion's outcome, and a line under the colon that is no row.
"""

from __future__ import annotations

import pytest

from helpers import resolution_texts

NI_COMMITTEE = (
    "Minutes of proceedings of the Meeting of the Environmental Services Committee of Lisnagh District Council held on 7 October 2025\n\n"
    "Members Present: Alderman D. Beattie, Councillors L. Duffy, K. Graham\n\n"
)
IE_MD = "Minutes of the meeting of the Kilmore Municipal District held on 12 May 2025\n\nPresent: Cllr. Nestor, Cllr. Tarpey\n\n"
SCOT_CC = "Glenmore Community Council\nMinutes of meeting held 11 March 2026\n\nPresent: R. Tosh (Chair), F. Grant, I. Bain\n\n"
US_CITY = "CITY COUNCIL MINUTES\nThe City Council of Quail Run, Kansas, met in regular session on March 11, 2025. Present: Ortega, Pruitt, Lindqvist, Bauman, Keller.\n\n"
UK_PARISH = "Minutes of the meeting of Ashcombe Parish Council held on 3 March 2025\n\nPresent: Cllrs Hale, Noor, Bray\n\n"


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    """The rules must find (or refuse) these, not only the trained layer's long tail."""
    monkeypatch.setenv("MINUTES_MINER_LAYER", "rules")


def _found(texts: list[str], wording: str) -> bool:
    return any(wording in text for text in texts)


@pytest.mark.parametrize(
    "head, body, noted",
    [
        (
            NI_COMMITTEE,
            "ES/117/2025 APOLOGIES\nApologies were received from Councillor Patterson.\n\nES/118/2025 DECLARATIONS OF INTEREST\nNone.\n\n"
            "ES/119/2025 ACTION SHEET OF MEETING HELD ON 2 SEPTEMBER 2025\nThe action sheet was noted. Members were advised that the "
            "consultation closed\non 26 September with 3,915 responses.\n\nES/120/2025 BOOKING SYSTEM\nRead: Report by Ms O'Neill.\n",
            "The action sheet was noted.",
        ),
        (
            IE_MD,
            "1. APOLOGIES\nApologies were received from Cllr. Kiely.\n\n2. MANAGEMENT REPORT\nThe report was noted. In reply to Members, the "
            "Senior Engineer advised that 140 potholes had been repaired.\n\n3. CORRESPONDENCE\nNone.\n",
            "The report was noted.",
        ),
    ],
)
def test_a_noting_a_paragraph_below_an_apologies_item_is_kept(head, body, noted):
    assert _found(resolution_texts(head + body), noted)


def test_apologies_accepted_in_their_own_paragraph_are_attendance():
    texts = resolution_texts(
        NI_COMMITTEE + "1. APOLOGIES\nApologies from Councillors Patterson and Hanna were\nnoted.\n\n2. BUDGET\nRESOLVED that the budget be approved.\n"
    )
    assert not _found(texts, "Patterson")
    assert _found(texts, "budget be approved")


@pytest.mark.parametrize(
    "body, wording",
    [
        (
            "5. Flooding at Burnside - residents reported standing water after the heavy rain. CC agreed to write to the Council asking for a drainage survey.\n",
            "CC agreed to write to the Council asking for a drainage survey",
        ),
        ("6. Gritting: CC agreed to ask the council for a grit bin at the top of Manse Road.\n", "ask the council for a grit bin"),
    ],
)
def test_a_community_council_by_its_initials_decides(body, wording):
    assert _found(resolution_texts(SCOT_CC + body), wording)


def test_a_members_initials_noting_a_fact_is_no_decision():
    texts = resolution_texts(UK_PARISH + "81/17 Glazewing Report - CC noted that Glazewing had not provided a report to the Parish Clerk.\n")
    assert not _found(texts, "Glazewing had not provided")


@pytest.mark.parametrize(
    "body, wording",
    [
        (
            "2. Ordinance No. 1894 - Solid Waste Rates. Read by title only.\nMotion by Lindqvist, seconded by Pruitt, to adopt Ordinance No. 1894. "
            "Roll call:\nOrtega - no; Pruitt - yes; Lindqvist - yes; Bauman - no; Keller - yes. Motion\ncarried 3-2.\n\n3. STAFF REPORTS\nNone.\n",
            "Roll call: Ortega - no; Pruitt - yes; Lindqvist - yes; Bauman - no; Keller - yes. Motion carried 3-2.",
        ),
        (
            "ORDINANCE NO. 1187 (second reading). Motion by Pfaff, second by Kruse, to approve the second reading. Roll call: Ayes - Kruse,\n"
            "Ostrander, Pfaff. Nays - Halverson, Mbeki-Lund. Motion carried 3-2.\n\nPUBLIC FORUM: none.\n",
            "Nays - Halverson, Mbeki-Lund. Motion carried 3-2.",
        ),
        (
            "4. Curfew ordinance. Motion by Caudill, seconded by Ridener, to adopt Ordinance 2025-02. Vote: Ridener aye, Fugate aye, Caudill aye, "
            "Whitt nay. Motion carried 3-1.\n",
            "Whitt nay. Motion carried 3-1.",
        ),
    ],
)
def test_a_motion_reads_through_its_roll_call_to_its_outcome(body, wording):
    assert _found(resolution_texts(US_CITY + body), wording)


def test_a_roll_call_closed_by_the_next_motions_outcome_is_not_taken():
    body = (
        "Motion by Pfaff, second by Kruse, to approve the second reading of Ordinance No. 1187. Roll call: Ayes - Kruse, Pfaff. "
        "Motion by Mbeki-Lund, second by Halverson, to waive the third reading. Motion carried 3-2.\n"
    )
    texts = resolution_texts(US_CITY + body)
    assert not any("second reading of Ordinance No. 1187" in text and "waive" in text for text in texts)


def test_a_roll_call_ending_in_a_failed_motion_is_no_decision():
    body = "Motion by Ortega, seconded by Bauman, to table the pool agreement to March 25. Roll call: Ortega - yes; Bauman - yes; Keller - no. Motion failed 2-3.\n"
    assert not _found(resolution_texts(US_CITY + body), "table the pool agreement")


def test_a_payment_schedule_under_the_colon_and_the_labelled_noting_after_it():
    body = (
        "25/007  Finance\n(a) Payments. RESOLVED to approve the following payments:\n    J Ashworth - salary (Dec)              £612.40\n"
        "    Npower - street lighting               £84.17\n(b) The bank reconciliation to 31 December 2024 was noted.\n\n25/008  Allotments\nNone.\n"
    )
    texts = resolution_texts(UK_PARISH + body)
    assert _found(texts, "J Ashworth - salary (Dec) £612.40 Npower - street lighting £84.17")
    assert _found(texts, "The bank reconciliation to 31 December 2024 was noted.")
    assert not any("£84.17" in text and "bank reconciliation" in text for text in texts)


@pytest.mark.parametrize(
    "after, taken",
    [
        (
            "J Ashworth - salary (Dec)   £612.40\nHMRC - PAYE   £153.10\n(b) The bank reconciliation was noted.\n",
            "J Ashworth - salary (Dec)   £612.40\nHMRC - PAYE   £153.10",
        ),
        ("Clerk salary Apr £412.50\nTOTAL £478.00\nThe Clerk reported that the insurance renewal was due.\n", "Clerk salary Apr £412.50\nTOTAL £478.00"),
        ("The Clerk reported that the insurance renewal was due in June.\n", ""),
        (
            "(a) Planning Committee, 3 June\n(b) Finance Committee, 10 June\nThe Chair thanked members.\n",
            "(a) Planning Committee, 3 June\n(b) Finance Committee, 10 June",
        ),
    ],
)
def test_the_list_under_a_colon_is_its_rows_of_amounts_or_its_labelled_lines(after, taken):
    from minutes_miner.extract.blocks import list_after_colon

    lead = "RESOLVED to approve the following payments:"
    text = lead + "\n" + after
    end = list_after_colon(text, len(lead), len(text))
    assert text[len(lead) : end].strip() == taken


NI_COUNCIL = "Minutes of the Monthly Meeting of Lisnagh District Council held on 1 December 2026\n\nPresent: Alderman Boyd, Councillors Fearon, Devlin\n\n"


@pytest.mark.parametrize(
    "head, body, wording",
    [
        (
            IE_MD,
            'CM 68/26 Motions\n\nMotion 2 – Cllr. Madigan\n"That Kilmore Municipal District requests Irish Rail to reopen the ticket office at Kilmore station."\n'
            "Reply: This is a matter for Iarnród Éireann. The Municipal District will write to the company.\nThe motion was adopted.\n\nCM 69/26 Correspondence\nNone.\n",
            "That Kilmore Municipal District requests Irish Rail to reopen the ticket office at Kilmore station.",
        ),
        (
            IE_MD,
            'RCC 22/26 NOTICE OF MOTION - CLLR. F. NAUGHTON\n"That Kilmore County Council writes to the Minister for Transport seeking the\n'
            'reinstatement of funding for the N61 bypass."\nSeconded by Cllr. Dolan. Following contributions from seventeen members the motion\n'
            "was unanimously agreed.\nRCC 24/26 CORRESPONDENCE\nNone.\n",
            "That Kilmore County Council writes to the Minister for Transport seeking the reinstatement of funding for the N61 bypass.",
        ),
        (
            NI_COUNCIL,
            "C/202/2026 Notice of Motion – Rural Bus Services\nCouncillor Fearon proposed the following Notice of Motion, seconded by Councillor Devlin:\n"
            '"That this Council notes with concern the withdrawal of 11 rural bus routes; and writes to the Minister requesting a meeting."\n'
            "The Notice of Motion was put to a recorded vote:\nFor (14): Aldermen Boyd and McKee; Councillors Devlin, Fearon\nAgainst (0)\n"
            "The Notice of Motion was declared CARRIED.\n\nC/203/2026 Shop Front Scheme\nNoted.\n",
            "That this Council notes with concern the withdrawal of 11 rural bus routes",
        ),
    ],
)
def test_a_notice_of_motion_closed_by_the_motion_carried_is_its_quoted_wording(head, body, wording):
    assert _found(resolution_texts(head + body), wording)


def test_a_numbered_motion_withdrawn_or_deferred_is_no_decision():
    body = (
        'CM 68/26 Motions\n\nMotion 3 – Cllr. Tierney\n"That the Council provides a dog park in Kilmore Town Park."\n'
        "Reply: There is currently no budget provision for a dog park.\nCllr. Tierney agreed to defer the motion to the January meeting.\n\nCM 69/26 Correspondence\nNone.\n"
    )
    assert not _found(resolution_texts(IE_MD + body), "dog park in Kilmore Town Park")


@pytest.mark.parametrize(
    "head, body, decision",
    [
        (
            UK_PARISH,
            "6.3 The scout group requested £150 towards the summer fete. Agreed, funds to come from the community budget.\n6.4 Budget 2027/28 – first draft circulated.\n",
            "Agreed, funds to come from the community budget.",
        ),
        (
            UK_PARISH,
            "7. Defibrillator\nTwo replacement pads are needed. Cllr Pegg offered to fit them if the Council buys them. Agreed, budget up to £120.\n\n8. Close\n",
            "Agreed, budget up to £120.",
        ),
        (
            "Minutes of the Kingsbarrow Recreation Ground Trust held on 4 November 2025\n\nPresent: Trustees Hale, Noor\n\n",
            "5. Cricket club request. The club asked for a 10 year lease of the nets area. Town Clerk to obtain a surveyor's report. Agreed in\n"
            "principle only.\n\n6. Close\n",
            "Agreed in principle only.",
        ),
        (
            "Minutes of the Penhallow Harbour Board held on 12 February 2025\n\nPresent: Mr Pascoe, Mrs Tregear\n\n",
            "6     Harbour dues 2025/26. Board considered proposed increase of 6.5% across all tariffs. Agreed 6.5% for\n"
            "      all categories except under-10m fishing vessels, +3.0%. To be published by 1 March.\n",
            "Agreed 6.5% for all categories except under-10m fishing vessels, +3.0%.",
        ),
    ],
)
def test_an_outcome_word_with_its_condition_after_the_matter_is_the_decision(head, body, decision):
    assert _found(resolution_texts(head + body), decision)


@pytest.mark.parametrize(
    "body, wording",
    [
        ("5. Finance\nThe Clerk said the 2024 grant was Approved 6.5% above the bid.\n", "6.5% above the bid"),
        ("5. Finance\nThe Treasurer reported that the audit was approved in 2023 and that income rose 6.5% to £9,000.\n", "income rose 6.5%"),
    ],
)
def test_an_outcome_word_without_a_condition_of_the_decision_is_not_read(body, wording):
    assert not _found(resolution_texts(UK_PARISH + body), wording)


def test_apologies_under_a_heading_set_apart_by_a_blank_line_are_attendance():
    body = "### TC/24/71 Apologies\n\nCllr Delph (holiday) - accepted.\n\n### TC/24/72 Minutes\nThe minutes of 3 February were approved as a correct record.\n"
    texts = resolution_texts(UK_PARISH + body)
    assert not _found(texts, "Cllr Delph")
    assert _found(texts, "approved as a correct record")


def test_an_apology_line_ending_the_attendance_list_is_no_heading_of_the_next_item():
    head = "Minutes of the Mayoral Committee of Sediba Local Municipality held on 6 August 2025\n\n"
    body = (
        "OFFICIALS: Mr S. Maluleke (Acting Municipal Manager), Ms B. Khumalo (CFO)\nAPOLOGY: Cllr P. Baloyi (MMC Local Economic Development) - leave\n\n"
        "MC 01/2026 ADOPTION OF THE AGENDA\nThe agenda was adopted with the inclusion of item MC 09/2026 (Eskom bulk account).\n"
    )
    assert _found(resolution_texts(head + body), "The agenda was adopted with the inclusion of item MC 09/2026")
