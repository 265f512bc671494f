"""Structure: document type, meeting, attendance, agenda items and report cover facts."""

from __future__ import annotations

from helpers import SAMPLES, SHARED, extracted, needs_shared

KENT = SHARED / "corpus" / "kent"


def test_sample_panel_minutes_items_titled_over_item_labels():
    result = extracted(str(SAMPLES / "pdf" / "westbrook_cpp_2024-09-17.pdf"))
    doc = result.document
    assert (doc.doc_type, doc.council, doc.body, doc.meeting_date) == ("minutes", "Westbrook County Council", "Corporate Parenting Panel", "2024-09-17")
    assert [i.number for i in result.agenda_items] == [str(n) for n in range(1, 9)]
    assert result.agenda_items[2].title == "Matters Arising and Action Log"


def test_report_cover_facts():
    result = extracted(str(SAMPLES / "pdf" / "westbrook_cabinet_report_inhouse_homes_2024-07-04.pdf"))
    assert result.document.doc_type == "report"
    assert result.details["key_decision"].startswith("Yes")
    assert "Corporate Director of Children's Services" in result.details["responsible_officer"]
    assert result.details["recommendations"].startswith("Cabinet is asked to")
    assert result.resolutions == [], "a report's recommendations are not decisions"


@needs_shared
def test_kent_items_numbered_with_reference_titles():
    result = extracted(str(KENT / "cabinet_2025-01-30" / "Printed minutes 30th-Jan-2025 10.00 Cabinet.pdf"))
    assert [i.number for i in result.agenda_items] == [str(n) for n in range(84, 93)]
    assert result.agenda_items[4].title.startswith("24/00108 - Revenue and Capital Budget Monitoring")


@needs_shared
def test_kent_panel_minutes_attendance_with_roles():
    result = extracted(str(KENT / "full_council_2025-03-13" / "CPP Minutes 29.10.24.pdf"))
    people = {p.name: p for p in result.people}
    assert people["Shellina Prendergast"].role == "Chair" and people["Shellina Prendergast"].attendance == "present"
    assert people["Joanne Carpenter"].role == "Participation and Engagement Manager"
    assert people["Joanne Carpenter"].attendance == "in_attendance"
    assert result.document.body == "Corporate Parenting Panel" and result.document.meeting_date == "2024-10-29"


@needs_shared
def test_kent_report_cover():
    result = extracted(str(KENT / "cabinet_2025-01-30" / "24-00109 - Transfer the 18-25 section of the Strengthening Independence Service - Report.pdf"))
    assert result.document.doc_type == "report"
    assert result.details["decision_number"] == "24/00109"
    assert result.details["recommendations"].startswith("Cabinet is asked to")


@needs_shared
def test_moderngov_issue_page_gives_body_and_date():
    result = extracted(str(SHARED / "corpus" / "pages" / "91_hampshire.txt"))
    doc = result.document
    assert (doc.council, doc.body, doc.meeting_date, doc.doc_type) == (
        "Hampshire County Council",
        "Children and Families Advisory Panel",
        "2020-10-13",
        "minutes",
    )
