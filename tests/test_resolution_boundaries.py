"""Where a resolution's text begins and ends: motions whose wording names no object.

"Moved by X to adopt." decides the agenda item it is moved on, so the record must carry the
item's words (ANNOTATION.md: gold copies the item with its motion). Invented snippets in the
styles of US city councils, Canadian townships and Australian shires.
"""

from __future__ import annotations

from helpers import resolution_texts

US_HEAD = "CITY COUNCIL MEETING\nMay 16, 2022\n"


def test_a_verb_clipped_at_the_right_margin_still_reads_as_a_bare_motion():
    # PDF text cut at the page's right edge: "to ado" / "to adop" are "to adopt"
    text = US_HEAD + (
        "21-104 5. City Clerk to issue Coin Operated Machine Licenses. Moved by Hensley to ado\n"
        "Motion Carried 6-1.\n"
        "21-105 6. Approving Change Order No. 3 with Acme Paving for additional resurfacing work, $25,000. Moved by Hensley to adop\n"
        "Motion Carried 6-1.\n"
    )
    found = resolution_texts(text, "council.txt")
    assert any(t.startswith("21-104 5. City Clerk to issue Coin Operated") and t.endswith("Motion Carried 6-1.") for t in found)
    assert any(t.startswith("21-105 6. Approving Change Order No. 3") for t in found)
    assert not any(t.startswith("to ado") for t in found)


def test_an_unfinished_bare_wording_that_runs_into_its_outcome_carries_its_item():
    text = "Township of Hope Regular Council Meeting Minutes\nJune 6, 2023\n" + (
        "8. (a) Roads Report for May 2023 from the Public Works Superintendent\n"
        "Moved by Councillor Jones, seconded by Councillor Smith to receive and file\n"
        "Carried.\n"
    )
    found = resolution_texts(text, "township.txt")
    assert any(t.startswith("8. (a) Roads Report for May 2023") and t.endswith("Carried.") for t in found), found


def test_a_wrapped_reference_number_is_no_agenda_item_heading():
    # "(Council Communication No.\n239) Moved by ...": 239) ends the line above, it numbers no item
    text = US_HEAD + (
        "22-114 8. Approving Change Order No. 22 with Jensen Construction Co. for additional work on the King Pkwy\n"
        "and Fleur Drive bridges for a total not to exceed $25,000. (Council Communication No.\n"
        "239) Moved by Hensley to adopt. Motion Carried 6-1.\n"
        "22-115 9. Approving Delinquent Sewer Rental and Solid Waste Utility Fees for April\n"
        "2022. Moved by Hensley to adopt. Motion Carried 6-1.\n"
    )
    found = resolution_texts(text, "council.txt")
    assert any(t.startswith("22-114 8. Approving Change Order No. 22") and t.endswith("Motion Carried 6-1.") for t in found), found
    assert any(t.startswith("22-115 9. Approving Delinquent Sewer Rental") for t in found), found


def test_a_decimal_item_number_begins_the_item_a_bare_motion_decides():
    text = "Shire Council Ordinary Meeting Minutes\n15 March 2022\n" + (
        "9.1 Naming of the new reserve at Smith Street as Wattle Park\nMoved Cr Brown, seconded Cr Lee to adopt.\nCARRIED 7/0\n"
    )
    found = resolution_texts(text, "shire.txt")
    assert any(t.startswith("9.1 Naming of the new reserve") for t in found), found


def test_a_motion_that_names_its_object_stands_alone():
    text = US_HEAD + "4. Fire Department\nMoved by Smith to approve the purchase of a new fire engine.\nMotion carried 5-0.\n"
    found = resolution_texts(text, "council.txt")
    assert found and all(t.startswith("to approve the purchase of a new fire engine") for t in found), found


def test_a_number_on_a_line_wrapped_after_a_comma_is_no_agenda_item():
    text = US_HEAD + (
        "99-467 4. Communication from Legal Department regarding the License and Permit Agenda. Moved by McPherson to receive\n"
        "and file. Motion Carried 7-0.\n"
        "99-468 5. Git N Go Convenience Stores, Inc., Dennis Flora, President dba Git N Go Store #10,\n"
        "816 East Euclid; Renewal - Expires 3-30-99 (With Sunday Sales) - Application submitted 1-11-\n"
        "99. Moved by McPherson to adopt. Motion Carried 7-0.\n"
        "99-469 6. Quik Trip Corporation, Chester Cadieux, President dba Quik Trip Store #512,\n"
        "1200 Grand Avenue; New - (With Sunday Sales) - Application submitted 1-14-\n"
        "99. Moved by McPherson to adopt. Motion Carried 7-0.\n"
    )
    found = resolution_texts(text, "council.txt")
    assert any(t.startswith("99-468 5. Git N Go Convenience Stores") and t.endswith("Motion Carried 7-0.") for t in found), found
    assert any(t.startswith("99-469 6. Quik Trip Corporation") for t in found), found


def test_numbered_headings_after_finished_lines_still_open_items():
    from minutes_miner.readers.base import Document
    from minutes_miner.structure import find_agenda_items

    text = (
        "Minutes of the meeting of Ashcombe Parish Council held on 3 March 2021\n\nPresent: Cllr A Hale (Chair), Cllr B Noor,\nCllr C Dale\n"
        "1. Apologies for Absence\nNone were received.\n2. Declarations of Interest\nNone.\n3. Play Area Fencing\nIt was resolved to accept the quote.\n"
    )
    titles = [item.title for item in find_agenda_items(Document(path="a.txt", format="txt", text=text))]
    assert titles == ["Apologies for Absence", "Declarations of Interest", "Play Area Fencing"]


def test_numbered_headings_under_rule_lines_still_open_items():
    """A rule line of dashes or underscores ends in a mark the wrap test reads, but breaks off no phrase."""
    from minutes_miner.readers.base import Document
    from minutes_miner.structure import find_agenda_items

    for rule in ("-" * 40, "---", "_" * 30, "– – –"):
        text = (
            f"MINUTES OF KILBRIDE COMMUNITY COUNCIL\n{rule}\n1. Apologies for Absence\nCllr Smith sent apologies.\n{rule}\n"
            f"2. Declarations of Interest\nNone were declared.\n{rule}\n3. Planning Applications\nNo objection was raised.\n"
        )
        titles = [item.title for item in find_agenda_items(Document(path="a.txt", format="txt", text=text))]
        assert titles == ["Apologies for Absence", "Declarations of Interest", "Planning Applications"], (rule, titles)


def test_a_long_list_of_marked_clauses_without_a_full_stop_is_read_in_linear_time():
    """Every clause carries its own RESOLVED and ends in ';', and no full stop or blank line
    comes for 100 KB: each marker's sentence search stops within a bounded window instead of
    reading to the end of the item, so eight times the clauses cost about eight times the time."""
    import time

    from minutes_miner.extraction import extract_path

    def clauses(n: int) -> str:
        head = "MINUTES of the meeting of the Parish Council held on 1 May 2024.\n1. Grants\n"
        return head + "".join(f"RESOLVED that grant {i} be paid to the hall committee for the roof works;\n" for i in range(n))

    extract_path("clauses.txt", clauses(20).encode())  # rules built on first use are not part of the measure
    timings = {}
    for n in (250, 2000):
        started = time.process_time()
        records = extract_path("clauses.txt", clauses(n).encode())
        timings[n] = time.process_time() - started
        assert records.resolutions and records.resolutions[0].text.startswith("that grant 0 be paid")  # the clauses are still read as decisions
    assert timings[2000] < 16 * max(timings[250], 0.05), timings  # eight times the clauses: ~7x now; the whole-item search took ~29x


def test_a_number_alone_on_its_line_heads_the_item_titled_below_it():
    """Markdown ('**2.**' over a bold title) and PDF text put the minute number on a line of its
    own and the title on the next: each is an item, as a clerk numbers them."""
    from minutes_miner.readers.base import Document
    from minutes_miner.structure import find_agenda_items

    texts = [
        "Minutes of the Meeting of the Municipal District of Corravale held on 9 March 2021\n\n1.\n\nAdoption of Minutes\n\nThe minutes were adopted.\n\n"
        "2.\n\nDisposal of Land\n\nThe report, as circulated, was noted by Members.\n\n3.\n\nDraft Road Works Programme 2021 for the Corravale District and its Villages\n\nNoted.\n",
        "KILMORE TOWN COUNCIL\nMinutes of 4 May 2022\n\n1)\nApologies\nCllr Daly.\n\n2)\nFinance Report\nThe accounts were approved.\n",
    ]
    expected = [
        ["Adoption of Minutes", "Disposal of Land", "Draft Road Works Programme 2021 for the Corravale District and its Villages"],
        ["Apologies", "Finance Report"],
    ]
    for text, titles in zip(texts, expected):
        found = [item.title for item in find_agenda_items(Document(path="a.txt", format="txt", text=text))]
        assert found == titles, found


def test_a_number_alone_that_is_no_heading_opens_no_item():
    """A page number with no stop, a number that ends a wrapped sentence, and a number over a
    sentence are no item headings."""
    from minutes_miner.readers.base import Document
    from minutes_miner.structure import find_agenda_items

    texts = [
        "Minutes of Dunmore Parish Council, 2 June 2023\n\nThe Clerk reported on the play area.\n\n2\n\nMarch Meeting of Council in this regard, for approval, was agreed by all.\n",
        "Minutes of Dunmore Parish Council, 2 June 2023\n\nThe Council noted the figures given in paragraph\n2.\n\nAllotments\n\nThe rents were set.\n",
        "Minutes of Dunmore Parish Council, 2 June 2023\n\n2.\n\nThe Clerk said that the hall was damp and had been inspected by the surveyor.\n",
    ]
    for text in texts:
        assert find_agenda_items(Document(path="a.txt", format="txt", text=text)) == [], text
