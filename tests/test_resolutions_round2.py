"""Resolution families of issue 16, round 2: decisions lost to the layout of converted PDFs
(a blank line after every line, Symbol-font bullets, a marker broken over a line) and two
motions by the same members told apart by what they decide, not by who moved them."""

from __future__ import annotations

from pathlib import Path


from helpers import resolution_texts
from minutes_miner.readers.text import read_text, undo_double_spacing

HEAD = "Minutes of the meeting of Ashcombe Municipal District held on 16 May 2023\n\nPresent: Cllr A Hale (Chair), Cllr B Noor, Cllr C Dale\n\n"


def decisions(body: str, name: str = "ashcombe.txt") -> list[str]:
    return resolution_texts(HEAD + body, name)


def _double_spaced(lines: list[str]) -> str:
    """A PDF converted with a blank line after every line, as some councils' Markdown copies are."""
    filler = [f"Councillor Hale raised the condition of the footpaths in estate number {i} in the District" for i in range(30)]
    return "\n\n".join(filler + lines) + "\n"


def test_a_line_ending_on_a_title_joins_the_name_on_the_next_line():
    text = _double_spaced(["The report, as circulated, was proposed by Councillor Collins, seconded by Councillor", "O'Donoghue, and agreed."])
    assert "seconded by Councillor\nO'Donoghue, and agreed." in undo_double_spacing(text)


def test_a_heading_after_a_finished_line_stays_its_own_paragraph():
    text = _double_spaced(["The report, as circulated, was noted by the members present at the meeting.", "Correspondence"])
    assert "meeting.\n\nCorrespondence" in undo_double_spacing(text)


def test_symbol_font_bullets_of_a_text_file_read_as_bullets():
    document = read_text(Path("minutes.md"), "Grants\n\n\uf0b7 €3,000 to Dromore United FC.\n".encode())
    assert "•" in document.text and "\uf0b7" not in document.text


def test_it_was_agreed_broken_over_a_line_reads_its_list():
    body = (
        "7. General Municipal Allocation\n\n"
        "On the proposal of Councillor Noor, seconded by Councillor Dale, it was\nagreed to allocate the following:\n"
        "• €3,000 to Dromore United FC.\n• €2,000 to Kilcornan National School.\n\n8. Correspondence\n"
    )
    found = decisions(body)
    assert len(found) == 1 and "Dromore United FC" in found[0] and "Kilcornan National School" in found[0]


def test_two_motions_by_the_same_members_are_two_decisions():
    body = (
        "4. Parklet at West Square\n\nMembers welcomed the proposed scheme.\n\n"
        "The report, as circulated, was proposed by Councillor Noor, seconded by Councillor Dale and agreed.\n\n"
        "On the proposal of Councillor Dale, seconded by Councillor Noor, it was agreed to adjourn the meeting.\n"
    )
    found = decisions(body)
    assert any("The report, as circulated" in text for text in found)
    assert any("adjourn the meeting" in text for text in found)


def test_a_motion_recorded_again_as_resolved_is_one_decision():
    body = (
        "6. Grants\n\nCouncillor Noor proposed that a grant of £500 be awarded to the Ashcombe Scouts, seconded by Councillor Dale.\n"
        "RESOLVED that a grant of £500 be awarded to the Ashcombe Scouts.\n"
    )
    assert len(decisions(body)) == 1


def test_passive_approval_after_another_verb_of_checking():
    found = decisions("9. Finance\n\nThe payments and receipts from 2nd September to 6th October were scrutinised and approved.\n")
    assert len(found) == 1 and "scrutinised and approved" in found[0]


def test_moderngov_minutes_decision_label_mid_line():
    body = (
        "6. Welsh in Education Strategic Plan Minutes: DECISION: To agree: i. to adopt the Action Plan for the Welsh in Education Strategic Plan;"
        " ii. that the Action Plan will be monitored through the Language Forum. |\n"
    )
    found = decisions(body)
    assert len(found) == 1 and "adopt the Action Plan" in found[0]


def test_untitled_proposer_seconded_without_opposition_is_a_decision():
    found = decisions("5. Co-option\n\nFrank Reid proposed that Carole Woolnough be invited to join the Parish Council, and was seconded by Peter Agate.\n")
    assert len(found) == 1 and "be invited to join the Parish Council" in found[0]


def test_seconded_proposal_put_to_a_vote_or_a_bare_seconder_is_no_decision():
    bare = (
        "5. Incineration\n\nCouncillor Noor proposed a ban on incineration.\n\nThe motion was seconded by Cllr. Dale. The Chief Executive advised against it.\n"
    )
    assert decisions(bare) == []
    contested = "5. Car park\n\nFrank Reid proposed that the car park be closed, seconded by Peter Agate. On a vote, 2 were for and 4 against.\n"
    assert not any("car park be closed" in text for text in decisions(contested))


def test_formal_motion_and_nomination_with_a_seconder_wait_for_their_outcome():
    motion = "5. Devolution\n\nMr Gough proposed, and Mr Oakford seconded the motion that the County Council endorse the joint work.\n\nMr Brady spoke.\n"
    assert decisions(motion) == []
    nomination = "2. Election of Chair\n\nCllr J Brennan proposed Cllr M Cavanagh as Chair & Cllr P Millea seconded this proposition.\n\nCllr Dale proposed Cllr Noor as Chair.\n"
    assert not any("seconded this proposition" in text for text in decisions(nomination))


def test_minutes_accepted_subject_to_an_amendment_with_a_seconder():
    body = "1. Minutes\n\nCllr Noor asked for an amendment to item 4.\n\nSubject to this amendment Cllr Hale proposed acceptance seconded by Cllr Dale\n\n2. Matters Arising\n"
    assert any("proposed acceptance" in text for text in decisions(body))


def test_motion_outcome_tail_read_over_a_wrapped_seconder_line():
    body = (
        "2. APPROVAL OF MINUTES\nCommissioner Schatmeier moved approval of the minutes. Commissioner Krueger seconded the\n"
        "motion. Motion passed (4-0 McFarland abstained).\n4. COMMISSION COMMUNICATIONS\n"
    )
    found = decisions(body)
    assert len(found) == 1 and found[0].endswith("Motion passed (4-0 McFarland abstained).")
