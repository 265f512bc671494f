"""Attendance lists as councils print them: names with roles, never fragments of sentences."""

from __future__ import annotations

from minutes_miner.attendance import find_attendance, person_name
from helpers import SHARED, needs_shared


def _people(text: str) -> list[tuple[str, str, str | None, bool]]:
    return [(p.attendance, p.name, p.role, p.virtual) for p in find_attendance(text)]


def test_a_role_in_brackets_may_wrap_onto_a_line_that_starts_like_a_label():
    text = (
        "PRESENT: Mr R W Gough (Chairman), Mr N Baker and Mr R J Thomas\n"
        "IN ATTENDANCE: Mr B Watts (General Counsel), Mr N Abrahams (Area Education\n"
        "Officer – West Kent), Ms C McInnes (Director of Education) and McKay (Acting Chief\n"
        "Accountant)\n"
        "IN ATTENDANCE VIRTUALLY: Mr S Jones (Corporate Director of Growth,\n"
        "Environment and Transport), Mr M Albiston (Director of Adult Social Care)\n"
        "UNRESTRICTED ITEMS\n"
    )
    people = _people(text)
    assert ("in_attendance", "Mr N Abrahams", "Area Education Officer – West Kent", False) in people
    assert ("in_attendance", "Ms C McInnes", "Director of Education", False) in people
    assert ("in_attendance", "Mr M Albiston", "Director of Adult Social Care", True) in people
    assert not any("West Kent" in name or ")" in name for _, name, _, _ in people)


def test_apologies_written_as_a_sentence_end_with_the_sentence():
    text = (
        "Apologies and Substitutes\n(Item 1)\n"
        "Apologies were received from Mr R Love OBE, Ms K Leonard, and Ms A Farmer.\n"
        "Ms L Game, Ms S Chandler and Ms T Scott were in attendance virtually.\n"
        "Chairman’s Announcements\n"
    )
    people = _people(text)
    assert [n for a, n, _, _ in people if a == "apologies"] == ["Mr R Love OBE", "Ms K Leonard", "Ms A Farmer"]
    assert [(n, v) for a, n, _, v in people if a == "in_attendance"] == [("Ms L Game", True), ("Ms S Chandler", True), ("Ms T Scott", True)]


def test_apologies_reported_by_an_officer():
    text = (
        "292. Apologies for Absence\n(Item 1)\n"
        "The Democratic Services Manager reported apologies from Mr Bond, Mrs\n"
        "Bruneau, Mr Campkin, Mrs McArthur and Mr McInroy.\n"
        "293. Declarations of Disclosable Pecuniary Interests\n"
    )
    assert [n for a, n, _, _ in _people(text) if a == "apologies"] == ["Mr Bond", "Mrs Bruneau", "Mr Campkin", "Mrs McArthur", "Mr McInroy"]


def test_names_split_at_full_stops_and_wrapped_and():
    text = "PRESENT: Dave Roberts (Chairman), Danny Connellan. Councillors\nAngela Caldara, Corinna Edge, Peter Southgate and\nMartin Whelton.\n"
    assert [n for _, n, _, _ in _people(text)] == ["Dave Roberts", "Danny Connellan", "Angela Caldara", "Corinna Edge", "Peter Southgate", "Martin Whelton"]


def test_a_role_after_a_comma_is_the_role_not_a_person():
    text = "ALSO PRESENT: Sue Chandler, Cabinet Member for Integrated Children’s Services.\nIN ATTENDANCE: James Clapson (Democratic Services Officer)\n"
    people = _people(text)
    assert ("in_attendance", "Sue Chandler", "Cabinet Member for Integrated Children’s Services", False) in people
    assert all(not name.startswith("Cabinet Member") for _, name, _, _ in people)


def test_a_person_mentioned_in_running_text():
    assert person_name("Services Tony Cain") == "Tony Cain"
    assert person_name("Mrs S Hammond") == "Mrs S Hammond"
    assert person_name("Council Standing Orders") is None
    assert person_name("Town Clerk") is None
    assert person_name("PLA146/14") is None


def test_a_post_printed_before_a_name_becomes_the_role_and_markdown_labels_are_read():
    text = (
        "**Present:** Mayor Heather Kibbey, Council President Arne Nyberg, and Councilors Carolyn Bahrman, "
        "Brenda Ruble, and Bill Tuttle.\n\nThe meeting was called to order at 7:00 p.m.\n"
    )
    people = [(m.name, m.role, m.attendance) for m in find_attendance(text)]
    assert ("Arne Nyberg", "Council President", "present") in people
    assert [name for name, _, _ in people] == ["Mayor Heather Kibbey", "Arne Nyberg", "Carolyn Bahrman", "Brenda Ruble", "Bill Tuttle"]


@needs_shared
def test_a_us_city_councils_roll_counts_everyone_present():
    # devpool TUNE part: five present, so a 5-0 vote is not more votes than members present
    from minutes_miner.extraction import extract_path

    result = extract_path(SHARED / "corpus" / "devpool" / "intl" / "rivergrove_or_3.txt")
    present = [p.name for p in result.people if p.attendance == "present"]
    assert len(present) == 5 and "Arne Nyberg" in present
    assert not any("more_votes_than_present" in (r.vote_checks or "") for r in result.resolutions)
