"""One council, one name, over a whole database: papers that never name their authority get
the one their folder's papers name, and one authority printed two ways is shown once."""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path

import sqlite_utils

from minutes_miner.council_names import canonical_key, folder_council, initials, mentions_council, unify_body_names
from minutes_miner.ingest import ingest_files

# Minutes in the style of Kent's printed minutes (../shared/corpus/kent): the Cabinet's and the
# County Council's name the authority; the Corporate Parenting Panel's say only 'KCC'.
CABINET = """KENT COUNTY COUNCIL
CABINET
MINUTES of a meeting of the Cabinet held in the Council Chamber, Sessions House, County Hall, Maidstone on Thursday, 30 January 2025.
PRESENT: Mr R Gough (Chairman), Mr N Baker, Mrs S Chandler and Mr D Jeffrey
Apologies and Substitutes
(Item 1)
Apologies were received from Mr P Oakford.
Revenue Budget Monitoring
(Item 3)
RESOLVED that the revenue and capital forecast for 2024-25 be noted.
"""
COUNTY_COUNCIL = """KENT COUNTY COUNCIL
COUNTY COUNCIL
MINUTES of a meeting of the County Council held in the Council Chamber, Sessions House, County Hall, Maidstone on Thursday, 9 January 2025.
PRESENT: Mr N Baker, Mr M Baldock, Mr P Bartlett and Mrs C Bell
Apologies
(Item 1)
Apologies were received from Mr A Booth.
English Devolution White Paper
(Item 3)
RESOLVED that the Leader write to the Minister setting out the Council's position.
"""
PANEL = """CORPORATE PARENTING PANEL – 10th December 2024
MINUTES of the meeting held in the Darent Room, Sessions House, County Hall, Maidstone.
PRESENT: Mrs S Prendergast (Chair), Mr P Bartlett (Vice-Chair), Mr D Brazier
Apologies and Substitutes
(Item 1)
Apologies were received from Mr D Jeffrey.
Participation Team Update
(Item 4)
The Panel noted the report. Members asked how KCC foster carers were told of the new offer.
RESOLVED that the report be noted.
"""


def _rows(db_path: Path, sql: str, params: tuple = ()) -> list[tuple]:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def test_keys_initials_and_mentions():
    assert canonical_key("City of Alameda") == canonical_key("Alameda City Council")
    assert canonical_key("Manordeilo & Salem Community Council") == canonical_key("Manordeilo and Salem Community Council")
    assert canonical_key("City of London Corporation") != canonical_key("City of London")
    assert initials("Kent County Council") == "KCC"
    assert mentions_council("Members asked how KCC foster carers were told.", "Kent County Council")
    assert mentions_council("County Hall, Maidstone, Kent, ME14 1XQ", "Kent County Council")
    assert not mentions_council("The Panel noted the report of the Council.", "Kent County Council")


def test_a_folder_names_its_council_only_when_its_papers_agree():
    folders = {
        "a/kent/jan": Counter({"Kent County Council": 1}),
        "a/kent": Counter({"Kent County Council": 5}),
        "a/mixed": Counter({"Town of Aurora": 2, "Arun District Council": 2}),
        "a": Counter({"Kent County Council": 5, "Town of Aurora": 2, "Arun District Council": 2}),
    }
    assert folder_council(folders, "a/kent/jan/panel.pdf") == "Kent County Council"  # one named paper here, more above
    assert folder_council(folders, "a/mixed/notes.txt") is None  # two councils: none is better than a wrong one
    assert folder_council({"b": Counter({"Town of Aurora": 1})}, "b/x.txt") is None  # one paper is no consensus


def test_a_panel_filed_with_its_councils_papers_gets_that_council(tmp_path):
    folder = tmp_path / "kent"
    for sub, name, text in (
        ("cabinet", "printed_minutes_cabinet.txt", CABINET),
        ("council", "printed_minutes_county_council.txt", COUNTY_COUNCIL),
        ("council", "CPP Minutes 10.12.24.txt", PANEL),
    ):
        (folder / sub).mkdir(parents=True, exist_ok=True)
        (folder / sub / name).write_text(text, encoding="utf-8")
    db_path = tmp_path / "m.db"
    ingest_files(str(db_path), sorted(folder.rglob("*.txt")), workers=1)
    councils = dict(_rows(db_path, "select file_name, council from documents"))
    assert councils["CPP Minutes 10.12.24.txt"] == "Kent County Council"
    meetings = _rows(db_path, "select council, body, date from meetings order by date")
    assert ("Kent County Council", "Corporate Parenting Panel", "2024-12-10") in meetings
    assert ("Kent County Council", "County Council", "2025-01-09") in meetings  # 'meeting of the County Council'
    assert all(council == "Kent County Council" for council, _, _ in meetings)


def test_one_authority_printed_two_ways_is_shown_under_one_name(tmp_path):
    minutes = (
        "COUNCIL: {council}\n\nRegular Meeting of the City Council\n{date}\n\nPresent: Mayor A Smith, Councilmember B Jones\n\n"
        "1. Budget\nMoved by Councilmember Jones, seconded by Mayor Smith, that the {item} be approved. Carried.\n"
    )
    files = []
    for index, (council, date, item) in enumerate(
        (
            ("City of Elmwood (Oregon)", "January 8, 2024", "budget"),
            ("City of Elmwood (Oregon)", "February 12, 2024", "park plan"),
            ("Elmwood City Council", "March 11, 2024", "road plan"),
        )
    ):
        path = tmp_path / f"elmwood_{index}.txt"
        path.write_text(minutes.format(council=council, date=date, item=item), encoding="utf-8")
        files.append(path)
    db_path = tmp_path / "m.db"
    ingest_files(str(db_path), files, workers=1)
    assert {r[0] for r in _rows(db_path, "select council from documents")} == {"City of Elmwood"}
    assert {r[0] for r in _rows(db_path, "select council from meetings")} == {"City of Elmwood"}


def test_a_decision_two_papers_of_one_meeting_state_is_stored_once(tmp_path):
    decision = "RESOLVED that the Chief Financial Officer negotiate and approve the terms of the funding agreements."
    disposition = f"COUNCIL: City of Elmwood\n\nDISPOSITION OF ITEMS\nCouncil Meeting\nWednesday, March 25, 2015\n\nItem 1. Funding agreements\n{decision}\n"
    hansard = (
        "COUNCIL: City of Elmwood\n\nMINUTES\nCouncil Meeting\nWednesday, March 25, 2015\n\nPresent: Mayor A Smith, Councillor B Jones\n\n"
        "The Mayor called the meeting to order. Councillor Jones spoke at length about the agreements and the need for them.\n"
        f"Item 1. Funding agreements\n{decision}\nThe meeting closed at 9 pm.\n"
    )
    files = [tmp_path / "elmwood_disposition_2015-03-25.txt", tmp_path / "elmwood_minutes_2015-03-25.txt"]
    files[0].write_text(disposition, encoding="utf-8")
    files[1].write_text(hansard, encoding="utf-8")
    db_path = tmp_path / "m.db"
    ingest_files(str(db_path), files, workers=1)
    rows = _rows(db_path, "select meeting_id, lower(text) from resolutions where text like '%funding agreements%'")
    assert len({m for m, _ in rows}) == 1
    assert len(rows) == 1


def test_one_body_named_with_and_without_its_trailing_committee_is_one_body():
    # A town council's committee minutes head themselves 'Amenities, Leisure and Community
    # Services'; a report to the same meeting names the 'Amenities, Leisure & Community Services
    # Committee'. The home page must show one body, not two on the same date.
    db = sqlite_utils.Database(memory=True)
    rows = [
        ("Sutton Town Council", "Amenities, Leisure and Community Services"),
        ("Sutton Town Council", "Amenities, Leisure & Community Services Committee"),
        ("Sutton Town Council", "Amenities, Leisure & Community Services Committee"),
        ("Sutton Town Council", "Licensing Sub-Committee"),
        ("Sutton Town Council", "Licensing Committee"),
    ]
    db["documents"].insert_all({"id": str(i), "council": c, "body": b} for i, (c, b) in enumerate(rows))
    renames = unify_body_names(db, {})
    assert renames == {("Sutton Town Council", "Amenities, Leisure and Community Services"): "Amenities, Leisure & Community Services Committee"}
    bodies = {r["body"] for r in db.query("select distinct body from documents")}
    assert bodies == {"Amenities, Leisure & Community Services Committee", "Licensing Sub-Committee", "Licensing Committee"}
