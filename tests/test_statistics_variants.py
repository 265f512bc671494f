"""Counts that open a sentence after a determiner ('The 12 new homes'), kept apart from
capitalised labels before a number ('Option 2', 'the 42 bus')."""

from __future__ import annotations

from minutes_miner.extraction import extract_document
from minutes_miner.readers.base import Document

HEAD = "Minutes of the meeting of Ashcombe Parish Council held on 3 March 2021\n\nPresent: Cllr A Hale (Chair), Cllr B Noor\n\n"


def counts(body: str) -> list[float]:
    result = extract_document(Document(path="ashcombe.txt", format="txt", text=HEAD + body), "test")
    return [s.value for s in result.statistics if s.unit == "count"]


def test_determiner_before_a_count_of_a_plural_noun():
    assert counts("5. Housing\nThe 12 new homes at Mill Lane were completed.\n") == [12]
    assert counts("5. Survey\nSome 250 households responded.\n") == [250]


def test_labels_after_a_capitalised_word_stay_out():
    assert counts("5. Transport\nThe 42 bus now runs hourly.\n") == []
    assert counts("5. Options\nOption 2 was chosen by the working group.\n") == []


def units(body: str) -> list[tuple[float, str]]:
    result = extract_document(Document(path="ashcombe.txt", format="txt", text=HEAD + body), "test")
    return [(s.value, s.unit) for s in result.statistics]


def test_floor_areas_are_measures_not_counts():
    assert units("6. Licence\nRestaurant of approx. 2,400 SF on the ground floor and a 1,000SF patio.\n") == [(2400, "other"), (1000, "other")]


def test_statute_chapter_and_section_numbers_are_references():
    assert units("6. Licence\nNotice: sale after hours in violation of M.G.L. ch. 138 s. 34.\n") == []


def test_a_count_after_a_curly_possessive_is_kept():
    assert counts("6. Lighting\nThe village’s 40 streetlights will be converted.\n") == [40]
