"""Resolution families of round 14 (issue 16): short outcome closers on councils never seen.

A minute often records a one-sentence report or fact and closes it with a bare 'Noted.' or
'Received.' on the same line ('The Assistant Clerk reported that 9 void properties were
outstanding. Noted.'). The sentence before is narrative (someone reported, asked, confirmed;
a figure stood at ...), not the wording of a motion: the decision is the noting itself
(ANNOTATION.md: "Noted." is the outcome of an item). A matter line ('Letter from the Fire
Service re hydrants. Noted.', 'Rural Housing Trust - open day on 4 May. Noted.') names what was
noted and keeps its matter. Snippets are invented, in Manx, South African, NZ, Australian,
Irish, US and UK styles.
"""

from __future__ import annotations

import pytest

from helpers import resolution_texts

HEAD = "Minutes of the meeting of Kilrenny Commissioners held on 3 March 2025\n\nPresent: Mr A Hale (Chair), Mrs B Noor, Mr C Dale\n\n"


def decisions(body: str, head: str = HEAD) -> list[str]:
    return resolution_texts(head + body)


def _bare(found: list[str]) -> bool:
    return any(t.rstrip(".").strip().lower() in {"noted", "received"} for t in found)


@pytest.mark.parametrize(
    "body, narrative",
    [
        (
            "1148. HOUSING - ESTATE MAINTENANCE\nThe Assistant Clerk reported that 9 void properties were outstanding, the average re-let time being 41 days. Noted.\n\n"
            "1149. CLOSE\n",
            "void properties",
        ),
        (
            "  9.  GENERAL\n      Cllr Mkhize requested the sports field lights at the stadium be repaired\n      before the games. Noted.\n\n  The meeting closed at 12:15.\n",
            "Mkhize",
        ),
        (
            "24/219  Housing\n(a) Rent arrears stood at £18,426 across 19 tenancies, 0.9 per cent of the annual rent roll. Noted.\n\n24/220 Close\n",
            "Rent arrears",
        ),
        ("  6   MEMBERS' REPORTS\n      Members reported on their activities in the ward. Received.\n\n  7   MEETING SCHEDULE\n", "Members reported"),
        ("Item 7 Library Services\nThe Library Manager advised that visits had risen by 12% on last year. Noted.\n\nItem 8 Close\n", "Library Manager"),
        ("T/13/26  Charity Commission annual return - the Town Clerk confirmed it was filed on 2 October. Noted.\n\nClosed 7.05pm.\n", "Charity Commission"),
        ("6. FIRE DEPARTMENT\nChief Lindqvist stated that the new pumper was in service. Received.\n\n7. ADJOURNMENT\n", "pumper"),
    ],
)
def test_one_narrative_sentence_then_noted_is_the_bare_noting(body: str, narrative: str) -> None:
    found = decisions(body)
    assert _bare(found), found
    assert not [t for t in found if narrative in t], found


@pytest.mark.parametrize(
    "body, matter",
    [
        (
            "1149. CORRESPONDENCE\n(b) Manx Utilities - street lighting replacement programme (LED), 120 columns in Phase 2. Noted.\n\n1150. CLOSE\n",
            "Manx Utilities",
        ),
        ("8. Correspondence\nLetter from the Fire Service re hydrant testing in Mill Lane. Noted.\n\n9.\n", "hydrant testing"),
        ("8. CORRESPONDENCE\n(a) Invitation to the Mayor's civic service on 12 May. Noted.\n\n9.\n", "civic service"),
        ("5. Correspondence\nEmail from a resident, who reported fly-tipping in Back Lane. Noted.\n\n6.\n", "fly-tipping"),
        (
            "10. Grants\nThe Clerk reported a request from the Scouts for £150. Cllr Ray proposed a grant of £100, seconded Cllr Lee. Agreed.\n\n11.\n",
            "grant of £100",
        ),
    ],
)
def test_a_matter_or_a_proposal_before_the_closer_keeps_its_words(body: str, matter: str) -> None:
    found = decisions(body)
    assert any(matter in t for t in found), found


def test_noted_inside_a_sentence_is_no_closer() -> None:
    body = "5. Finance\nThe Clerk reported that the precept had been received. Members noted that the bank balance was healthy.\n\n6. Close\n"
    assert not _bare(decisions(body)), decisions(body)


# --- '<matter> approved.': the outcome word as the predicate of a terse minute ----------------------------------------
# Parish, town, trust, library-board and township minutes often record a decision as a matter followed by its outcome
# participle, with no subject and no auxiliary: 'wreath £25 to RBL approved.', 'Payments list October £8,915.33
# approved.', 'Treasurer's report and bills ... approved on motion Kreider / Gruber, 3-0.', 'Quote ... £2,650 -
# approved, from EMR.', 'Repair up to £2,000 from the sinking fund authorised; anything over to come back.' The
# matter and its outcome are the decision. Near misses: a participle in narrative ('which the Council had approved',
# 'had been approved', 'were approved by the county'), before its noun ('the approved budget'), or a heading.


@pytest.mark.parametrize(
    "body, expected",
    [
        ("7. Remembrance - wreath £25 to RBL approved. Thanks to all who helped with the parade.\n8. Close\n", "wreath £25 to RBL approved"),
        ("2026/92 Finance\nPayments list October £8,915.33 approved. Budget monitoring: 54% of budget spent at month 6.\n\n2026/93\n", "Payments list October"),
        (
            "Minutes of June 2 read.\nMotion carried 3-0. Treasurer's report and bills in the amount of\n$84,207.19 approved on motion Kreider / Gruber, 3-0.\n\nROADS\n",
            "bills in the amount of",
        ),
        ("AO/34   Cemetery. 41 interments to date. Quote to survey land at\n        rear of Section F £2,650 - approved, from EMR.\nAO/35   Close\n", "£2,650"),
        (
            "T/12/26  Pavilion roof\nWater ingress in changing room 2. Repair up\nto £2,000 from the sinking fund authorised; anything over to come back.\n\nT/13/26\n",
            "sinking fund",
        ),
        ("8.3 Community Use\nRequest from the Lions Club to use the oval for Carols by Candlelight accepted unanimously.\n\n8.4 Close\n", "Lions Club"),
        ("12. Grants\nApplication from Kilcoole Tidy Towns for €1,500 towards planters endorsed; to go to the Municipal District.\n\n13. AOB\n", "Tidy Towns"),
    ],
)
def test_a_matter_then_its_outcome_participle_is_a_decision(body: str, expected: str) -> None:
    found = decisions(body)
    hits = [t for t in found if expected in t]
    assert hits, found
    assert all(len(t) < 260 for t in hits), hits


@pytest.mark.parametrize(
    "body",
    [
        "5. Pavilion\nThe Clerk reported that the works, which the Council had approved, are now complete.\n\n6. Close\n",
        "5. Grants\nThe Clerk said the lottery application had been approved.\n\n6. Close\n",
        "5. Planning\nPlans for the Mill Lane extension were approved by the county last year.\n\n6. Close\n",
        "5. Finance\nBudget monitoring: 54% of the approved budget spent at month 6.\n\n6. Close\n",
        "5. Planning Applications Approved\nNone this month.\n\n6. Close\n",
        "5. Highways\nResidents asked why the scheme, once approved, took so long to start.\n\n6. Close\n",
    ],
)
def test_a_participle_in_narrative_or_a_heading_is_no_decision(body: str) -> None:
    assert decisions(body) == [], decisions(body)


@pytest.mark.parametrize(
    "line",
    [
        "Apols: Cllr D Royle (work) - accepted.",
        "Apologies: Cllr Hale (holiday) - accepted.",
        "Apologies: Cllr Hale (holiday) - accepted; Cllr Noor absent.",
        "Present: Cllr A Royle (Chair), Cllr B Hale Apologies accepted: Cllr C Moon.",
    ],
)
def test_apologies_accepted_are_attendance_not_a_decision(line: str) -> None:
    body = f"1. Attendance\n{line}\n\n2. Close\n"
    assert not [t for t in decisions(body) if "Royle" in t or "Hale" in t or "Moon" in t], decisions(body)


# --- a long numbered item heading is not part of the sentence under it ----------------------------------------------
@pytest.mark.parametrize(
    "body, outcome, heading",
    [
        ("8.2 Ngarrin Creek Flood Study - Community Reference Group\nThe report was noted.\n\n8.3 Close\n", "report was noted", "Flood Study"),
        (
            "CAB/51 Leisure Centre Decarbonisation and Solar Panels at Three Sites\nThe report was received.\n\nCAB/52\n",
            "report was received",
            "Decarbonisation",
        ),
        (
            "12.4 Quarterly Performance Report for the Planning and Building Control Service\nThe Budget Summary was noted.\n\n12.5\n",
            "Budget Summary",
            "Building Control",
        ),
    ],
)
def test_a_long_numbered_heading_stays_out_of_the_decision(body: str, outcome: str, heading: str) -> None:
    found = decisions(body)
    assert any(outcome in t for t in found), found
    assert not [t for t in found if heading in t], found


def test_a_numbered_line_that_decides_is_no_heading() -> None:
    body = "5. Members agreed to grant £250 to the Village Hall Committee for the new\nChairs in the main hall.\n\n6. Close\n"
    assert any("Members agreed" in t for t in decisions(body)), decisions(body)


@pytest.mark.parametrize(
    "body, outside",
    [
        ("3. Housing Adaptation Grants\nApplications this year: 40 received, 31 approved, 9 pending.\n\n4. Close\n", "31 approved"),
        (
            "DECISIONS REGISTER\nRef    Decision                          Proposer / Seconder\nT1/25  Chair of Trustees: Cllr Banbrook    Venn / Okafor\n"
            "T3/25  Accounts 24/25 approved; examiner reapp.     Tulloch / Marsh\n\n",
            "REGISTER",
        ),
    ],
)
def test_a_count_approved_or_a_table_read_back_is_no_matter_outcome(body: str, outside: str) -> None:
    assert not [t for t in decisions(body) if outside in t], decisions(body)


def test_accepted_under_an_apologies_heading_and_a_blank_line_is_attendance() -> None:
    body = "TC/24/71 Apologies\n\nCllr Delph (holiday) - accepted.\n\nTC/24/72 Close\n"
    assert not [t for t in decisions(body) if "Delph" in t], decisions(body)
