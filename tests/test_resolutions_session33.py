"""Resolutions: New England's 'SO VOTED' closing the motion above it, and an Australian association's mover line
'Moved A Seconded B Carried' under the motion put in words (issue 16, session 33).

Seen on real pages of bodies no rule was written on (web10: a Massachusetts conservation commission, 'Mr. Hoerle MOVED
and Mr. Collins SECONDED the Motion to grant ...' / 'SO VOTED UNANIMOUSLY.'; a New South Wales progress association,
'Moved that the treasurers Report as presented be accepted' / 'Moved R. Eggins Seconded Kaye Hilaire Carried', under a
treasurer's balance lines with no full stop between them). Invented bodies and people, the same forms; read with the
rules alone, so a trained layer's rescue cannot pass them."""

from __future__ import annotations

import pytest

from tests.helpers import resolution_texts

COMMISSION = "Conservation Commission Minutes\nWESTBROOK CONSERVATION COMMISSION\n13 October 2009\n\n"
ASSOCIATION = "KELLYS CREEK PROGRESS ASSOCIATION INC.\nMINUTES OF ORDINARY MEETING\nTuesday 5 June 2018\n"


@pytest.fixture(autouse=True)
def rules_only(monkeypatch):
    monkeypatch.setenv("MINUTES_MINER_LAYER", "rules")


@pytest.mark.parametrize("closer", ["SO VOTED UNANIMOUSLY.", "So voted.", "SO VOTED."])
def test_so_voted_closes_the_motion_above(closer: str) -> None:
    texts = resolution_texts(
        COMMISSION + "There was no discussion.  Mr. Pratt MOVED and Ms. Okoye SECONDED the Motion to grant a three-year "
        "Extension for Order of Conditions SE 19-301.\n\n" + closer + "\n\n7:04 P.M.  Request for Extension Permit, Lowe.\n"
    )
    assert any(t.endswith("Extension for Order of Conditions SE 19-301.") for t in texts), texts


def test_two_motions_alike_but_for_their_orders_are_two_decisions() -> None:
    motion = "Mr. Pratt MOVED and Ms. Okoye SECONDED the Motion to grant a three-year Extension for Order of Conditions SE {}.\n\nSO VOTED UNANIMOUSLY.\n\n"
    texts = resolution_texts(COMMISSION + motion.format("19-301") + "7:04 P.M. Request, Lowe.\n\n" + motion.format("19-1188"))
    assert sum("19-301" in t for t in texts) == 1 and sum("19-1188" in t for t in texts) == 1, texts


def test_a_mover_line_closes_the_motion_put_in_words_above_it() -> None:
    texts = resolution_texts(
        ASSOCIATION + "CORRESPONDENCE\nIN: Email from the shire advising of grants.\nMoved Ann Tulloch Seconded Kate Moss Carried\n"
        "TREASURER'S REPORT\nOpening Balance as at 1st May 2018 $18,360.21\nCashbook Balance as at 31 May 2018 $17,898.83\n"
        "Moved that the treasurers Report as presented be accepted\nMoved R. Egan Seconded Kaye Hill Carried\nREPORTS\n"
        "1. Footpath: Stage 4 starts on Wednesday.\n"
    )
    assert any(t.startswith("Moved that the treasurers Report as presented be accepted") for t in texts), texts
    assert not any("Balance" in t for t in texts), texts


def test_it_was_then_moved_is_where_the_motion_starts() -> None:
    texts = resolution_texts(
        ASSOCIATION + "BUSINESS ARISING from previous Minute\nThe band will cost $770.\n"
        "It was then moved that other business arising from previous meeting be moved to general business.\n"
        "Moved Kaye Hill Seconded Carol Rankin Carried\nCORRESPONDENCE\n"
    )
    assert any(t.startswith("It was then moved that other business") for t in texts), texts


def test_a_line_opening_on_its_glued_minute_number_starts_a_new_sentence() -> None:
    texts = resolution_texts(
        "Minutes of a meeting of the Allotments Committee held 18:00hrs, Tuesday, 11 July 2023.\n"
        "23.005.It was resolved to elect Cllr B Rowe onto the committee\n"
        "23.006.It was resolved to adopt the committee's terms of reference, amending items 5 and 11.\n"
    )
    assert "to elect Cllr B Rowe onto the committee" in texts, texts
    assert any(t.startswith("to adopt the committee's terms of reference") for t in texts), texts


@pytest.mark.parametrize(
    "decision",
    [
        "City Council directed Administration to prepare a draft of its priorities for the 2020-2022 budget.",
        "Council regretfully accepted his resignation.",
        "The Board passed a suite of federally required policies tied to the housing grant.",
        "Council amended the 2021-2025 Five-Year Financial Plan to include an additional $9,000 for the backhoe.",
    ],
)
def test_a_body_that_acts_on_a_matter_decides_it(decision: str) -> None:
    texts = resolution_texts("Minutes of the Regular Meeting of Council, 3 March 2020\n\n5. Business\n" + decision + "\n\n6. Other\nNothing.\n")
    assert decision in texts, texts


def test_what_the_body_heard_then_decided_is_one_decision() -> None:
    texts = resolution_texts(
        "Report from Closed Session\n\nItem I - Gravel Roads heard under Section 239(2)(e). In the open session that followed, "
        "Council heard a delegation respecting the conditions of Birch Road, which is gravel, and directed Administration to "
        "bring forward a report on the Town's gravel road maintenance program.\n"
    )
    assert any(t.startswith("Council heard a delegation respecting the conditions of Birch Road") for t in texts), texts


def test_what_the_body_heard_alone_is_no_decision() -> None:
    texts = resolution_texts("6. Delegations\n\nCouncil heard a delegation from the Birch Road residents and asked questions.\n")
    assert texts == [], texts
