"""Extraction on real minutes from ../shared and on the project's own sample corpus.

Each test names the style it covers and asserts on what a clerk would read off the page.
"""

from __future__ import annotations

import pytest

from minutes_miner.numbers import parse_number_words

from helpers import SAMPLES, SHARED, extracted, needs_shared

PAGES = SHARED / "corpus" / "pages"
KENT_CABINET = SHARED / "corpus" / "kent" / "cabinet_2025-01-30" / "Printed minutes 30th-Jan-2025 10.00 Cabinet.pdf"
KENT_CPP = SHARED / "corpus" / "kent" / "full_council_2025-03-13" / "CPP Minutes 29.10.24.pdf"


def resolutions(path):
    return extracted(str(path)).resolutions


# --- resolutions, one test per style -------------------------------------------------------


@needs_shared
def test_misspelt_marker_still_a_resolution():
    found = resolutions(PAGES / "12_cityoflondon.txt")
    assert any("report be received" in r.text and r.marker == "RESOVLED" for r in found)


@needs_shared
def test_spaced_that_after_resolved():
    texts = [r.text for r in resolutions(PAGES / "65_valeofglamorgan.txt")]
    assert any("minutes of the meeting held on 26 January, 2015 be approved" in t for t in texts)


@needs_shared
def test_clauses_kept_in_one_resolution_with_mover_and_seconder():
    found = [r for r in resolutions(PAGES / "58_hinckleybosworth.txt") if r.marker == "RESOLVED"]
    assert len(found) == 1
    clauses = found[0].clauses
    assert len(clauses) >= 8 and clauses[0].startswith("(i)") and clauses[1].startswith("(ii)")
    movers = {r.mover for r in resolutions(PAGES / "58_hinckleybosworth.txt")}
    assert "Councillor Lynch" in movers


@needs_shared
def test_parish_proposal_agreed_is_a_unanimous_resolution():
    found = resolutions(PAGES / "30_cruwysmorchard.txt")
    subscription = [r for r in found if "subscription" in r.text]
    assert subscription and subscription[0].unanimous is True
    assert subscription[0].mover and "Mitchell" in subscription[0].mover


@needs_shared
def test_moderngov_decision_repeated_under_minutes_is_reported_once():
    found = resolutions(PAGES / "70_surrey.txt")
    correct_record = [r for r in found if "correct record" in r.text]
    assert len(correct_record) == 1
    assert correct_record[0].decision_type == "minutes approved"
    assert not any(r.text.lower().startswith("there were none") for r in found)


@needs_shared
def test_body_resolved_to_with_roman_clauses():
    found = resolutions(PAGES / "39_barkingdagenham.txt")
    assert len(found) == 1 and len(found[0].clauses) >= 3


@needs_shared
def test_report_recommendations_are_not_resolutions():
    report = extracted(str(SHARED / "seeds" / "004_684582a1ff08113f.txt"))
    assert report.document.doc_type == "report"
    assert report.resolutions == []


@needs_shared
def test_agreed_comments_passed_back_to_cabinet_member():
    result = extracted(str(SHARED / "seeds" / "000_2c8dc311e54070dd.txt"))
    assert len(result.agreed_comments) == 3
    assert {c.recipient for c in result.agreed_comments} == {"Cabinet Member"}
    sender = [r for r in result.resolutions if r.id == result.agreed_comments[0].resolution_id]
    assert sender and "passed back to the Cabinet Member" in sender[0].text
    assert all(c.text not in sender[0].text for c in result.agreed_comments)


@needs_shared
def test_kent_printed_minutes_structure_and_decisions():
    result = extracted(str(KENT_CABINET))
    doc = result.document
    assert (doc.council, doc.body, doc.meeting_date, doc.doc_type) == ("Kent County Council", "Cabinet", "2025-01-30", "minutes")
    numbers = [i.number for i in result.agenda_items]
    assert numbers[:3] == ["84", "85", "86"] and numbers == sorted(numbers, key=int)
    chairman = [p for p in result.people if p.name == "Mr R W Gough"]
    assert chairman and chairman[0].role == "Chairman" and chairman[0].attendance == "present"
    minutes = [r for r in result.resolutions if r.decision_type == "minutes approved"]
    assert minutes and "9 January 2025" in minutes[0].text
    item = {i.id: i for i in result.agenda_items}[minutes[0].agenda_item_id]
    assert item.number == "86"


@needs_shared
def test_every_record_offset_points_at_its_evidence():
    result = extracted(str(KENT_CPP))
    text = result.document.text
    for record in [*result.resolutions, *result.actions, *result.statistics]:
        assert 0 <= record.char_start < record.char_end <= len(text)
        assert record.page == __import__("bisect").bisect_right(_page_starts(KENT_CPP), record.char_start)
    for stat in result.statistics:
        span = text[stat.char_start : stat.char_end]
        assert any(c.isdigit() for c in span) or parse_number_words(span) == stat.value or stat.unit == "percent", span


def _page_starts(path):
    from minutes_miner.readers import read_document

    return read_document(path).page_starts


# --- actions -------------------------------------------------------------------------------


@needs_shared
def test_would_commitment_by_a_body():
    actions = extracted(str(SHARED / "seeds" / "000_2c8dc311e54070dd.txt")).actions
    assert any(a.owner == "The Council" and a.description.startswith("provide monitoring of the benchmarking data") for a in actions)


@needs_shared
def test_be_asked_to_in_a_resolution_gives_the_owner():
    actions = extracted(str(SHARED / "seeds" / "003_707aec4d8f460f5b.txt")).actions
    asked = [a for a in actions if a.trigger == "be asked to"]
    assert {a.owner for a in asked} == {"Strategic Director Children’s Services"}
    assert any(a.description.startswith("arrange workshop / training sessions") for a in asked)


@needs_shared
def test_resolution_directing_officers_is_an_action():
    actions = extracted(str(PAGES / "86_bromsgrove.txt")).actions
    assert any("Heads of Services" in a.owner and a.description.startswith("provide a full update") for a in actions)


@needs_shared
def test_decision_of_the_body_itself_is_not_an_action():
    actions = extracted(str(PAGES / "66_denbighshire.txt")).actions
    assert not any(a.owner == "Cabinet" for a in actions)


def test_sample_panel_actions_have_owners_and_due_dates():
    result = extracted(str(SAMPLES / "txt" / "westbrook_cpp_2024-06-11.txt"))
    assert result.actions, "the sample Corporate Parenting Panel minutes set actions"
    assert all(a.owner for a in result.actions)
    dated = [a for a in result.actions if a.due_date]
    assert dated and all(a.due_date >= result.document.meeting_date for a in dated)


# --- statistics ----------------------------------------------------------------------------


@needs_shared
def test_seed_statistics_values_and_units():
    stats = extracted(str(SHARED / "seeds" / "002_4049bd61987f1355.txt")).statistics
    found = {(s.value, s.unit) for s in stats}
    assert {(66.7, "percent"), (42.0, "percent"), (15.0, "percent"), (26.0, "percent")} <= found
    change = [s for s in stats if s.value == 26.0]
    assert change[0].change_from == 15.0 and change[0].direction == "increase"


@needs_shared
def test_qualifier_and_subject_of_a_count():
    stats = extracted(str(SHARED / "seeds" / "000_2c8dc311e54070dd.txt")).statistics
    first = stats[0]
    assert (first.value, first.unit, first.qualifier) == (400.0, "count", "in excess of")
    assert first.subject.startswith("Looked After Children")


@needs_shared
def test_no_statistics_from_urls_dates_or_item_numbers():
    for name in ("03_durham.txt", "06_westsussex.txt", "18_sheffield.txt"):
        for stat in extracted(str(PAGES / name)).statistics:
            assert stat.value not in {28087, 1360, 18143}
            assert not (1900 <= stat.value <= 2100 and stat.unit == "count")


def test_money_in_the_sample_cabinet_minutes():
    stats = extracted(str(SAMPLES / "md" / "westbrook_cabinet_2024-07-04.md")).statistics
    money = [s for s in stats if s.unit == "GBP"]
    assert money and all(s.value >= 1 for s in money)
    assert any(s.value >= 1_000_000 for s in money)


def test_sample_documents_all_read_and_typed():
    expected = {"txt": "minutes", "md": "minutes", "html": "minutes", "docx": "minutes"}
    for folder, doc_type in expected.items():
        for path in sorted((SAMPLES / folder).glob("*")):
            result = extracted(str(path))
            assert result.document.status == "ok", path
            if "agenda" not in path.name and "report" not in path.name:
                assert result.document.doc_type == doc_type, path


@pytest.mark.parametrize("name", ["westbrook_cpp_2024-09-17.pdf", "westbrook_county_council_2024-10-17.pdf"])
def test_sample_pdf_minutes_have_resolutions_and_pages(name):
    result = extracted(str(SAMPLES / "pdf" / name))
    assert result.document.pages >= 2
    assert result.resolutions
    assert max(r.page for r in result.resolutions) >= 1


# --- votes, movers, follow-on fields ------------------------------------------------------


def test_named_recorded_vote_goes_to_the_substantive_motion_not_the_amendment():
    result = extracted(str(SAMPLES / "pdf" / "westbrook_county_council_2024-10-17.pdf"))
    voted = [r for r in result.resolutions if r.votes_for is not None]
    assert len(voted) == 1, "only the substantive motion's vote belongs to a resolution"
    motion = voted[0]
    assert (motion.votes_for, motion.votes_against, motion.abstentions, motion.outcome) == (56, 0, 2, "carried")
    assert "protected characteristic" in motion.text
    names = [v for v in result.votes if v.resolution_id == motion.id]
    assert len(names) == 58 and {v.vote for v in names} == {"for", "abstain"}
    assert ("Mrs Tolley", "abstain") in {(v.person, v.vote) for v in names}
    assert motion.mover == "Mr Rees"


def test_amendment_lost_is_not_a_resolution():
    result = extracted(str(SAMPLES / "pdf" / "westbrook_county_council_2024-10-17.pdf"))
    assert not any("Hardship Fund" in r.text for r in result.resolutions)


@needs_shared
def test_nipissing_numbered_motions_with_mover_seconder_and_carried():
    result = extracted(str(SHARED / "corpus" / "formats" / "html" / "nipissing_township_council_minutes_april-17-2018.html"))
    library = [r for r in result.resolutions if "Library Budget" in r.text]
    assert library and library[0].mover == "L. Smith" and library[0].seconder == "L. Andersen"
    assert library[0].outcome == "carried"


@needs_shared
def test_action_note_with_bare_first_name_and_initials():
    actions = extracted(str(PAGES / "32_dorrington.txt")).actions
    assert any(a.owner == "Claire" and a.description.startswith("send quote details to clerk") for a in actions)
    initials = extracted(str(SHARED / "corpus" / "formats" / "md" / "west_dereham_pc_draft_minutes_2017-06-01.md")).actions
    assert any(a.owner == "PW" and a.description.startswith("circulate the report") for a in initials)


@needs_shared
def test_owner_linked_to_attendance_list_person():
    actions = extracted(str(KENT_CPP)).actions
    carpenter = [a for a in actions if a.owner == "Joanne Carpenter"]
    assert carpenter and carpenter[0].owner_role == "Participation and Engagement Manager" and carpenter[0].person_id


def test_each_lettered_request_to_an_officer_is_its_own_action(tmp_path):
    path = tmp_path / "requests.txt"
    path.write_text(
        "Minutes:\n\nRESOLVED that the Head of Highways be asked to:\n"
        "(a) write to the bus operator about the Saturday timetable;\n"
        "(b) report back to the next meeting on the cost of new shelters; and\n"
        "(c) arrange a site visit for Members by 31 March.\n",
        encoding="utf-8",
    )
    from minutes_miner.extraction import extract_path

    actions = extract_path(path).actions
    assert [a.description for a in actions] == [
        "write to the bus operator about the Saturday timetable",
        "report back to the next meeting on the cost of new shelters",
        "arrange a site visit for Members by 31 March",
    ]
    assert {a.owner for a in actions} == {"Head of Highways"}
    assert [a.due_text for a in actions] == [None, "to the next meeting", "by 31 March"]


@needs_shared
def test_pronoun_commitment_owned_by_the_officer_named_before():
    actions = extracted(str(SHARED / "corpus" / "formats" / "md" / "limerick_metropolitan_district_minutes_2020-02-17.md")).actions
    seek = [a for a in actions if a.description.startswith("seek further clarification")]
    assert seek and seek[0].owner == "Director, Physical Development"


@needs_shared
def test_name_wrapped_across_a_pdf_line_still_owns_its_offer():
    actions = extracted(str(KENT_CPP)).actions
    assert any(a.owner == "Ms Coombs" and a.description.startswith("provide Members with further details") for a in actions)
    assert not any(a.owner == "Standing Orders" for a in actions)


def test_report_table_in_a_pdf_read_row_by_column():
    stats = extracted(str(SAMPLES / "pdf" / "westbrook_cabinet_report_inhouse_homes_2024-07-04.pdf")).statistics
    cells = {(s.value, s.period, s.subject) for s in stats if s.period in {"2024/25", "2025/26", "2026/27"} and s.unit == "GBP"}
    assert (2_670_000, "2025/26", "Running costs") in cells
    assert (-400_000, "2024/25", "Net revenue saving") in cells
    assert (4_650_000, "2026/27", "External costs avoided") in cells


def test_text_table_needs_three_rows_of_the_same_width():
    from minutes_miner.extract.statistics import text_table_statistics

    assert text_table_statistics("Costs (£m)\nYear 1 2.5 3.0\nYear 2 2.6 3.1\n") == []
    table = "Table 2: Places (number)\nArea 2023/24 2024/25\nNorth 12 14\nSouth 9 11\nEast 7 8\n"
    found = {(s.subject, s.period, s.value, s.unit) for s in text_table_statistics(table)}
    assert ("North", "2024/25", 14, "count") in found and len(found) == 6


def test_recommendations_and_comments_to_another_body(tmp_path):
    path = tmp_path / "scrutiny.txt"
    path.write_text(
        "Minutes:\n\nThe Committee AGREED to make the following recommendations to Cabinet:\n\n"
        "1. That the Council reviews the charging policy for garden waste before April.\n"
        "2. That more detail on the savings from the new contract is reported to Members.\n\n"
        "RESOLVED that the following comments be forwarded to the Cabinet Member for Adult Social Care:\n"
        "(a) the Board welcomed the increase in home care hours;\n"
        "(b) the Board asked for the waiting list to be published each quarter.\n",
        encoding="utf-8",
    )
    from minutes_miner.extraction import extract_path

    comments = [(c.recipient, c.text) for c in extract_path(path).agreed_comments]
    assert comments == [
        ("Cabinet", "That the Council reviews the charging policy for garden waste before April."),
        ("Cabinet", "That more detail on the savings from the new contract is reported to Members."),
        ("Cabinet Member for Adult Social Care", "the Board welcomed the increase in home care hours;"),
        ("Cabinet Member for Adult Social Care", "the Board asked for the waiting list to be published each quarter."),
    ]


def test_inline_view_forwarded_to_cabinet():
    comments = extracted(str(SAMPLES / "docx" / "westbrook_cyp_scrutiny_2024-06-25.docx")).agreed_comments
    assert ("Cabinet", "spending on agency staff should be reported to it every quarter") in {(c.recipient, c.text) for c in comments}


def test_inline_resolution_label_and_body_noted(tmp_path):
    path = tmp_path / "panel.txt"
    path.write_text("Minutes:\n\nResolution: That the annual report of the Panel be received and noted.\n\nThe Panel NOTED the report.\n", encoding="utf-8")
    from minutes_miner.extraction import extract_path

    found = [(r.marker, r.text, r.decision_type) for r in extract_path(path).resolutions]
    assert found == [
        ("Resolution", "That the annual report of the Panel be received and noted.", "noted"),
        ("NOTED", "The Panel NOTED the report.", "noted"),
    ]


@needs_shared
def test_motion_then_resolved_in_the_same_words_is_one_decision():
    path = SHARED / "corpus" / "kent" / "full_council_2025-03-13" / "Printed minutes 13th-Mar-2025 10.00 County Council.pdf"
    texts = [r.text for r in extracted(str(path)).resolutions]
    assert any(t.endswith("RESOLVED that Council endorses the report.") for t in texts)
    assert not any("Mr Oakford proposed" in t for t in texts)
