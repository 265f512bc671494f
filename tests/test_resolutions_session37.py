"""Resolutions: forms of web14's pages (issue 16, session 37), web14 being the set kept untouched through session 36.

Seen on real pages of bodies new to every set: Scottish community councils approving their minutes by naming who
proposed and seconded them under the minutes' heading ('Acceptance: proposed by ..., seconded by ...', 'Approved: ...' /
'Seconded: ...') or agreeing their notes correct; a Welsh community council's chair signing the minutes; US township and
town boards' papers 'approved as read', 'accepted as typed'; national cabinets' decision briefs ('Cabinet granted
approval, as a matter of policy, for ...', 'Cabinet took note of ...', 'CABINET approved ...', 'The Cabinet approved many
submissions ...'); a Saskatchewan town's movers in capitals before the wording ('SURNAME/SURNAME that ...' / 'CARRIED');
a ModernGov table flattened with rows of bare pipes; and the guards two reviewers asked for. Invented
bodies and people, the same forms; read with the rules alone."""

from __future__ import annotations

import pytest

from tests.helpers import resolution_texts

CC = "Glenbervie Community Council\nMinutes of the meeting held on 4 May 2021\n\nPresent: Ann Kerr, Tom Bell, Ian Ross\n\n"


@pytest.fixture(autouse=True)
def rules_only(monkeypatch):
    monkeypatch.setenv("MINUTES_MINER_LAYER", "rules")


@pytest.mark.parametrize(
    ("item", "record_words"),
    [
        (
            "Minutes of Previous Meeting held on Tuesday, 6th April 2021\n\nAcceptance: proposed by Ann Kerr, seconded by Tom Bell.\n",
            "Acceptance: proposed by Ann Kerr",
        ),
        ("2. Approval of minutes of meeting of 9th March 2021\n\nApproved: Ann Kerr\nSeconded: Tom Bell\n", "Approved: Ann Kerr"),
        (
            "Notes from previous meeting on 6th April agreed correct by all present and points discussed as below.\n",
            "Notes from previous meeting on 6th April agreed correct",
        ),
        (
            "108 MINUTES.\n\nThe Chair signed as a true record the Minutes of the meeting of the Council held on the 6th April, 2021.\n",
            "The Chair signed as a true record the Minutes",
        ),
    ],
)
def test_minutes_approved_by_their_movers_or_signature(item: str, record_words: str) -> None:
    texts = resolution_texts(CC + item + "\n3. Roads\n\nThe potholes on Main Street were discussed.\n")
    assert any(record_words in t for t in texts), texts


@pytest.mark.parametrize(
    "item",
    [
        "Minutes of Previous Meeting held on Tuesday, 6th April 2021\n\nThe minutes will be proposed and seconded at the next meeting.\n",
        "2. Roads\n\nApproved: Ann Kerr\nSeconded: Tom Bell\n",  # movers under a heading that names no minutes
        "Notes from the roads contractor were circulated to members.\n",
    ],
)
def test_no_minutes_approval_without_the_minutes_or_their_movers(item: str) -> None:
    texts = resolution_texts(CC + item)
    assert not any("Ann Kerr" in t or "Notes from" in t or "proposed and seconded" in t for t in texts), texts


def test_a_paper_approved_as_read_or_typed() -> None:
    texts = resolution_texts(
        "Elm Township Board\nMinutes of the regular meeting, June 6, 2023\n\n"
        "Treasurer’s report was approved as read.\n\nThe summary of the May 2nd meeting was accepted as typed.\n\n"
        "The report was read as typed by the clerk.\n"
    )
    assert "Treasurer’s report was approved as read." in texts, texts
    assert "The summary of the May 2nd meeting was accepted as typed." in texts, texts
    assert not any(t.startswith("The report was read") for t in texts), texts


def test_a_cabinets_decision_brief() -> None:
    texts = resolution_texts(
        "Cabinet Decisions of the meeting held on 27 February 2024\n\n"
        "Cabinet granted approval, as a matter of policy, for the Ministry of Works to repair the coastal road.\n\n"
        "Cabinet took note of the local costs associated with hosting the regional course.\n\n"
        "CABINET approved the Draft National Transport Policy which aims to improve rural roads.\n\n"
        "• The Cabinet approved many submissions for small businesses in the island's villages.\n\n"
        "• The Minister took note of the concerns raised by fishermen.\n"
    )
    for opening in (
        "Cabinet granted approval, as a matter of policy",
        "Cabinet took note of the local costs",
        "CABINET approved the Draft",
        "The Cabinet approved many submissions",
    ):
        assert any(t.startswith(opening) for t in texts), (opening, texts)
    assert not any("Minister took note" in t for t in texts), texts  # a minister is no body deciding


def test_movers_in_capitals_before_the_wording_each_closed_by_carried() -> None:
    texts = resolution_texts(
        "Town of Elm Coulee\nMinutes of the regular meeting of Council held April 23, 2014\n\n"
        "AGENDA\nKOWALSKI/FRASER that the agenda be adopted as presented.\nCARRIED\n"
        "MINUTES\nOLSEN/FRASER that the minutes of the Regular Meeting on April 2, 2014 be\napproved.\nCARRIED\n"
        "DELEGATION\nOLSEN/BRANDT to hear the delegation of Ann Lee at\n7:15 p.m. regarding the rink.\nCARRIED\n"
    )
    assert any(t.startswith("that the agenda be adopted as presented") for t in texts), texts
    assert any(t.startswith(("that the minutes of the Regular Meeting", "OLSEN/FRASER that the minutes")) for t in texts), texts
    assert not any(t.startswith(("CARRIED", "AGENDA", "MINUTES")) for t in texts), texts  # the last outcome and the heading are not the next motion's
    assert any(t.startswith("to hear the delegation of Ann Lee") for t in texts), texts


def test_a_flattened_tables_empty_rows_end_the_decision() -> None:
    texts = resolution_texts(
        "Elm Crematorium Joint Committee\nMinutes of the meeting held on 5 July 2021\n\nNo. | Item |\n---|---|\n"
        "APPOINTMENT OF CHAIR Minutes:\nRESOLVED that Councillor A Bell be appointed Chair of the Joint Committee.\n|\n|\n"
        "APPOINTMENT OF VICE CHAIR Minutes: RESOLVED that Councillor B Kerr be appointed Vice Chair of the Joint Committee.\n|\n|\n"
    )
    assert any(t.endswith("be appointed Chair of the Joint Committee.") for t in texts), texts
    assert any("B Kerr be appointed Vice Chair" in t and "A Bell" not in t for t in texts), texts


def test_two_acronyms_joined_by_a_slash_put_no_motion() -> None:
    texts = resolution_texts(
        "Town of Elm Coulee\nMinutes of the regular meeting of Council held April 23, 2014\n\n"
        "STAFFING\nHR/IT to review the staff handbook before the summer.\nNHS/ICB that was the subject of the letter has replied.\n"
        "KOWALSKI/FRASER that the staffing report be received.\nCARRIED\n\n"
        "RINK\nOLSEN/BRANDT to hear the delegation of Ann Lee at 7:15 p.m. CARRIED\n"
    )
    assert not any("handbook" in t or "ICB" in t for t in texts), texts  # the next motion's CARRIED is not theirs
    assert any(t.startswith("that the staffing report be received") for t in texts), texts
    assert any(t.startswith("to hear the delegation of Ann Lee") for t in texts), texts  # the outcome on the motion's own line


def test_a_body_taking_note_of_a_fact_or_concerns_decides_nothing() -> None:
    texts = resolution_texts(
        CC + "4. Buses\nMembers took note of the fact that the bus service ends in May.\n"
        "The Committee took note of the concerns raised by residents about parking.\n"
    )
    assert texts == [], texts
