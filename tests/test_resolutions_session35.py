"""Resolutions: forms of web12's pages (issue 16, session 35), web12 being the set kept untouched through session 34.

Seen on real pages of bodies new to every set: Scottish and Welsh community councils approving their minutes by
proposer and seconder, often by initials ('Notes of Previous Meeting: Approved by NJ and seconded by LMcV', 'The Minutes
were ratified by P Carroll and seconded by S Finnegan.', '28th September 2021: Approved, proposed GT and seconded DW.',
'Minutes of Previous Meeting - ... these were proposed by B. Walker and seconded by L. Mitchell', on a line of its
own under the minutes 'Approved by A Miller and G Clapton', or on a line opening with the dated meeting under '3. Signing
of the minutes;'); a Saskatchewan village's numbered motions with the mover
before a colon and no 'Carried' ('45/15   Anderson:   That the agenda be accepted as presented.'); an Alberta school
board's 'The Board received as information the Enrolment Report as presented by ...'; and a New Zealand road board's
'Three accounts were passed for payment.' Invented bodies and people, the same forms; read with the rules alone."""

from __future__ import annotations

import pytest

from tests.helpers import resolution_texts

COMMUNITY = "Elmbank Community Council\n\nMinutes of the meeting held on 3 March 2021\n\nPresent: A Hale, B Noor, C Ames\n\n"


@pytest.fixture(autouse=True)
def rules_only(monkeypatch):
    monkeypatch.setenv("MINUTES_MINER_LAYER", "rules")


@pytest.mark.parametrize(
    "item, words",
    [
        ("2. Notes of Previous Meeting: Approved by AH and seconded by BMcN\n\n3. Police report", "Approved by AH and seconded by BMcN"),
        ("Item 3 Minutes of Meeting on 25th May 2020: 3.1 The Minutes were ratified by P Hale and seconded by S Ames.\n\nItem 4 Police", "ratified by P Hale"),
        (
            "Minutes of the meeting held on\n28th September 2020: Approved, proposed AH and seconded BN.\n\nMatters arising",
            "Approved, proposed AH and seconded BN",
        ),
        ("Minutes of Previous Meeting - with one amendment these were proposed by B. Noor and seconded by C. Ames\n\nPolice", "proposed by B. Noor"),
        (
            "Minutes of Meeting on 220310 circulated and taken as read.\n\nApproved by A Hale and C Ames\nThe Chair welcomed all.",
            "Approved by A Hale and C Ames",
        ),
        ("3. Signing of the minutes;\n\n28th September 2020: Approved, proposed AH and seconded BN.\n\n4. Correspondence", "28th September 2020: Approved"),
    ],
)
def test_minutes_approved_by_their_proposer_and_seconder(item: str, words: str) -> None:
    texts = resolution_texts(COMMUNITY + item + "\n")
    assert any(words in t for t in texts), texts


@pytest.mark.parametrize(
    "line",
    [
        "Approved by: J Smith and K Jones",  # a report's sign-off, with its colon
        "The minutes were proposed to be held over until the next meeting.",  # no proposer, no seconder
        "Minutes of the last meeting: it was proposed by AH and seconded by BN that they be held over to the next meeting.",
        "12/03/2019 - Approved: rear extension at 4 Elm Road (18/0456/FUL)",  # a planning history's line
        "3 May 2021 – Adopted by Council",  # a policy's version table
        "Approved by Policy and Resources Committee",  # a policy's foot
        "12/23 Bench: That bench has now been repaired by the contractor.",  # a British minute's number, a demonstrative
    ],
)
def test_a_sign_off_a_history_or_a_hold_over_is_no_approval(line: str) -> None:
    texts = resolution_texts(COMMUNITY + "4. Correspondence\n\n" + line + "\n")
    assert not any(line[:20] in t for t in texts), texts


def test_a_numbered_motion_with_its_mover_before_a_colon_is_a_decision() -> None:
    texts = resolution_texts(
        "Village of Elmdale\nRegular Council Meeting\n\nA quorum being present, the Mayor called the meeting to order.\n\n"
        "45/15        Hale:        That the agenda be accepted as presented.\n\n"
        "47/15        Noor:        That the accounts be accepted as presented/attached.\n"
    )
    assert any(t.startswith("the agenda be accepted") for t in texts), texts
    assert any(t.startswith("the accounts be accepted") for t in texts), texts


def test_a_report_received_as_information_is_the_boards_decision() -> None:
    texts = resolution_texts(
        "Elmdale School Division\nRegular Meeting of the Board of Trustees, October 22, 2019\n\n"
        "  • The Board received as information the 2019 - 2020 Enrolment Report as presented by Associate Superintendent, Dana Hale.\n"
        "  • The Board received the Transportation Report as information.\n"
    )
    assert any("received as information the 2019 - 2020 Enrolment Report" in t for t in texts), texts
    assert any("received the Transportation Report as information" in t for t in texts), texts


def test_accounts_passed_for_payment_however_counted() -> None:
    texts = resolution_texts(
        "ELMDALE ROAD BOARD.\nThe monthly meeting of this Board was held on Friday. Present: Messrs Hale (chair), Noor and Ames.\n\n"
        "Three accounts were passed for payment. The Engineer reported on the bridge.\n\nThree tenders were received.\n"
    )
    assert "Three accounts were passed for payment." in texts, texts
    assert not any(t.startswith("Three tenders") for t in texts), texts


def test_a_capitalised_outcome_after_the_minutes_words_needs_its_proposer() -> None:
    """'Minutes of January 27, 2026 Approved as presented 6-0' (a flattened summary table's row): the capitalised
    outcome after the minutes' words is read as a minutes sentence only when its proposer follows ('Approved, proposed
    AH and seconded BN'); 'as presented' alone is left to the readers of tables and outcome lines."""
    texts = resolution_texts(COMMUNITY + "5.a Minutes of January 27, 2026 Approved as presented 6-0\n")
    assert not any(t.startswith("Minutes of January 27") for t in texts), texts


def test_invoices_a_bank_passed_for_payment_are_a_count_not_a_decision() -> None:
    texts = resolution_texts(COMMUNITY + "6. Finance report\n\nFinance report: 312 invoices were passed for payment by the bank last year.\n")
    assert not any("312 invoices" in t for t in texts), texts
