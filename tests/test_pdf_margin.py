"""A PDF's right-hand action column (a parish clerk's Word table with the owners' initials
beside each minute) put back beside its minute as an "(Action: X)" label
(readers/pdf_margin.py), and the right-hand columns that are not owners left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_miner.extraction import extract_path
from minutes_miner.readers.pdf import read_pdf

from helpers import DEVPOOL, needs_shared

pytest.importorskip("fpdf")

LINE_MM = 6  # the body's line height
BODY_X, MARGIN_X = 20, 182  # millimetres on an A4 page (210 wide): the margin column starts past 80% of it


def margin_pdf(body: list[str], cells: list[tuple[int, list[str]]], tmp_path: Path) -> str:
    """The text of a one-page PDF with the body lines down its left, then (written after them, as a
    Word table's narrow last column is) each cell's lines in the right margin, its last line level
    with body line `row` (as a clerk's cell sits beside the end of its minute)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=10)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    for row, line in enumerate(body):
        pdf.text(BODY_X, 30 + row * LINE_MM, line)
    for row, lines in cells:
        for offset, line in enumerate(lines):
            pdf.text(MARGIN_X, 30 + row * LINE_MM - (len(lines) - 1 - offset) * 4.5, line)
    path = tmp_path / "minutes.pdf"
    path.write_bytes(bytes(pdf.output()))
    return read_pdf(path, path.read_bytes()).text


PARISH_BODY = [
    "MINUTES OF THE ASHCOMBE PARISH COUNCIL MEETING HELD ON 9th MAY 2024",
    "4 Matters arising:",
    "a. Footpath 12 - the stile at Mill Lane is still broken and needs replacing.",
    "It was resolved to report the stile to the County Rights of Way team.",
    "b. Playground - the annual inspection report was received and discussed by",
    "members, who asked that a quote be obtained for the repair of the swings.",
    "c. Website - the new pages are live and were welcomed by all councillors.",
]


def test_initials_cell_becomes_a_label_after_its_sentence(tmp_path):
    text = margin_pdf(PARISH_BODY, [(3, ["JP", "&", "KD"])], tmp_path)
    assert "the County Rights of Way team. (Action: JP & KD)" in text
    assert "\nJP\n" not in text and "\nKD" not in text  # the cell's own lines are gone


def test_cell_beside_a_sentence_going_on_is_put_at_its_end(tmp_path):
    text = margin_pdf(PARISH_BODY, [(4, ["Clerk"])], tmp_path)
    assert "repair of the swings. (Action: Clerk)" in text
    assert "discussed by (Action" not in text


def test_label_gives_the_action_its_owner(tmp_path):
    margin_pdf(PARISH_BODY, [(3, ["JP", "&", "KD"]), (4, ["RD"])], tmp_path)
    actions = extract_path(tmp_path / "minutes.pdf").actions
    owners = {action.owner for action in actions}
    assert "JP & KD" in owners and "RD" in owners


def test_owner_already_written_beside_gets_no_second_label(tmp_path):
    body = PARISH_BODY[:3] + ["It was resolved that more information is needed. NO to action."] + PARISH_BODY[4:]
    text = margin_pdf(body, [(3, ["NO"])], tmp_path)
    assert "(Action:" not in text
    assert "NO to action." in text


@pytest.mark.parametrize(
    "cells",
    [
        [(3, ["RED"]), (4, ["AMBER"])],  # a report's RAG ratings
        [(3, ["See 6b"])],  # a cross-reference set at the right
        [(3, ["Approved"])],  # an outcome column: a word, not an owner
    ],
)
def test_right_hand_words_that_are_not_owners_are_left_alone(tmp_path, cells):
    text = margin_pdf(PARISH_BODY, cells, tmp_path)
    assert "(Action:" not in text
    for _, lines in cells:
        assert all(line in text for line in lines)


def test_cell_beside_table_rows_without_a_sentence_is_left_alone(tmp_path):
    table = [
        "Service measures, quarter 3",
        "Measure Target Actual",
        "Complaints answered within 20 days 85 79",
        "Calls answered within 30 seconds 90 93",
        "Invoices paid within 30 days 95 96",
    ]
    text = margin_pdf(table, [(2, ["CHB"]), (3, ["NAC"])], tmp_path)
    assert "(Action:" not in text
    assert "CHB" in text and "NAC" in text


@needs_shared
def test_a_real_parish_pdfs_margin_initials_own_the_minutes_they_stand_beside():
    """Souldern Parish Council's minutes (../shared/corpus/devpool/uk_local/souldern_pc_1.pdf): the owners'
    initials sit in the table's last column, which the PDF's text gives after the page; the actions beside
    them are each owned by their own cell."""
    actions = extract_path(DEVPOOL / "uk_local" / "souldern_pc_1.pdf").actions
    owners = {a.description.split()[0] + " " + a.description.split()[1]: a.owner for a in actions}
    assert owners.get("advertise Community") == "BM & MM"  # 'BM' / '&' / 'MM': one cell over three lines
    assert owners.get("remove the") == "AM & BM"
    assert "oversee the" in owners and owners["oversee the"] == "AM, JM & BM"
