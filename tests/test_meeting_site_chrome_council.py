"""The authority named only by a web page's chrome: the <title> that ends in the site's name
('... | Rangiwhetu District Council', '... - London Borough of Aldersmead'), which the HTML reader
keeps aside from the text, and a saved page's breadcrumb trail that starts at the site's home
('Kgorong District Municipality > Council > Committees > ...'). Near misses: a title or a trail
whose cell is a body or 'Home', a title of one cell. Invented pages, no real council's text."""

from __future__ import annotations

import pytest

from minutes_miner.meeting import find_council
from minutes_miner.meeting_council import breadcrumb_council, page_title_council
from minutes_miner.readers import read_document


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Elmstead Community Board - 14 August 2025 - Minutes | Rangiwhetu District Council", "Rangiwhetu District Council"),
        ("Agenda item - Housing Repairs Contract: Performance Review - London Borough of Aldersmead", "London Borough of Aldersmead"),
        ("Meeting of Council – 4 March 2025 – City of Ashgrove", "City of Ashgrove"),
        ("Minutes | Township of Elm Creek", "Township of Elm Creek"),
    ],
)
def test_the_page_title_ends_in_the_authority(title: str, expected: str) -> None:
    assert page_title_council(title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Minutes - 4 March 2025 | Planning Committee",  # a body, not the site
        "Elmstead District Council",  # one cell: the page's own title, read by the text rules
        "Meetings | Home",
        None,
    ],
)
def test_a_title_that_ends_in_no_authority_names_none(title: str | None) -> None:
    assert page_title_council(title) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Kgorong District Municipality > Council > Committees > Municipal Public Accounts Committee > Meeting 22/08/2025\n\nMUNICIPAL PUBLIC ACCOUNTS COMMITTEE\n",
            "Kgorong District Municipality",
        ),
        ("Ashby Borough Council › Your council › Meetings › Cabinet\n\nCabinet - 4 March 2025\nMinutes\n", "Ashby Borough Council"),
        ("Town of Elm Creek » Government » Agendas & Minutes\nPlanning Board Minutes\nMarch 4, 2025\n", "Town of Elm Creek"),
    ],
)
def test_the_breadcrumb_starts_at_the_authority(text: str, expected: str) -> None:
    assert breadcrumb_council(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Home > Council > Meetings > Finance Committee\nFinance Committee - 5 March 2024\n",  # the trail starts at 'Home'
        "Ashby Borough Council > Cabinet\nCabinet - 4 March 2025\n",  # two cells: a heading, not a trail
        "Planning Committee > Agenda > Item 5\nMinutes\n",  # a body, not the site
    ],
)
def test_a_trail_that_starts_at_no_authority_names_none(text: str) -> None:
    assert breadcrumb_council(text) is None


def test_the_html_reader_keeps_the_page_title_for_the_council(tmp_path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Elmstead Community Board - 14 August 2025 - Minutes | Rangiwhetu District Council</title></head><body>"
        "<nav><a href='/'>Rangiwhetu District Council</a> | <a href='/services'>Services</a></nav>"
        "<main><h1>Elmstead Community Board</h1><p>Minutes of an ordinary meeting held on Thursday 14 August 2025.</p>"
        "<p>Present: A Tipene (Chairperson), B Ellery</p></main></body></html>",
        encoding="utf-8",
    )
    document = read_document(page)
    assert document.metadata["page_title"].endswith("| Rangiwhetu District Council")
    assert find_council(document.metadata, document.text, "minutes")[0] == "Rangiwhetu District Council"
