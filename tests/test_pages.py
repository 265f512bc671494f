"""Pages for the questions people ask, feeds, and metadata computed once per database version.

Datasette's test client over the ingested sample corpus; the feeds are read with real
parsers (feedparser for Atom, icalendar for iCalendar).
"""

from __future__ import annotations

import asyncio
import html as html_lib
import re
import shutil
import sqlite3
import urllib.parse

import feedparser
import icalendar
from datasette.app import Datasette

from minutes_miner.datasette_plugin import catalog

from datasette_helpers import fetch, get, other_database, query

PANEL, WESTBROOK = "Corporate Parenting Panel", "Westbrook County Council"
HEX64 = re.compile(r"\b[0-9a-f]{64}\b")


def qs(**params) -> str:
    return urllib.parse.urlencode(params)


def header_cells(page: str) -> list[str]:
    head = page[page.index("<thead>") : page.index("</thead>")]
    return re.findall(r'<th [^>]*class="col-([\w-]+)', head)


# --- feeds --------------------------------------------------------------------------------


def test_new_decisions_of_one_body_are_an_atom_feed(db, name):
    response = get(db, f"/{name}/new_decisions.atom?{qs(council=WESTBROOK, body=PANEL)}")
    assert response.headers["content-type"].startswith("application/xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    expected = query(
        db,
        "select r.id from resolutions r join documents d on d.id = r.document_id where d.council = ? and d.body = ?",
        (WESTBROOK, PANEL),
    )
    assert len(feed.entries) == len(expected) > 0
    assert {e.id for e in feed.entries} == {f"minutes-miner:resolutions/{r[0]}" for r in expected}
    for entry in feed.entries:
        assert entry.title.startswith(PANEL + ", 2024-09-17: ")
        assert entry.link.endswith("/-/minutes/%s/record/resolutions/%s" % (name, entry.id.rsplit("/", 1)[1]))
        assert entry.updated.startswith("2024-09-17")


def test_new_actions_feed_names_each_owner(db, name):
    feed = feedparser.parse(get(db, f"/{name}/new_actions.atom?{qs(body=PANEL)}").content)
    assert not feed.bozo, feed.get("bozo_exception")
    expected = query(
        db,
        "select coalesce(a.owner_name, a.owner_role, a.owner), a.description from actions a join documents d on d.id = a.document_id where d.body = ?",
        (PANEL,),
    )
    assert len(feed.entries) == len(expected) > 0
    assert sorted(e.title for e in feed.entries) == sorted(f"{o}: {d[:120]}" for o, d in expected)
    assert all("Status: " in e.summary for e in feed.entries)


def test_a_feed_with_nothing_in_it_still_parses(db, name):
    feed = feedparser.parse(get(db, f"/{name}/new_decisions.atom?{qs(council='No Such Council')}").content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert [e.title for e in feed.entries] == ["No decisions found yet"]


def test_meetings_are_an_icalendar(db, name):
    response = get(db, f"/{name}/meetings_calendar.ics")
    assert response.headers["content-type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    events = list(calendar.walk("VEVENT"))
    meetings = query(
        db,
        "select council, body, meeting_date from documents where status = 'ok' and meeting_date is not null group by 1, 2, 3",
    )
    assert len(events) == len(meetings) > 0
    got = {(str(e["SUMMARY"]), e.decoded("DTSTART").date().isoformat()) for e in events}
    want = {(f"{b or 'Meeting'}" + (f" ({c})" if c else ""), d) for c, b, d in meetings}
    assert got == want
    assert len({str(e["UID"]) for e in events}) == len(events)


def test_feeds_are_linked_from_the_home_page_and_the_tables(db, name):
    home = html_lib.unescape(get(db, f"/{name}").text)
    assert re.search(r'<link rel="alternate" type="application/atom\+xml"[^>]*new_decisions\.atom', home)
    assert re.search(r'<link rel="alternate" type="text/calendar"[^>]*meetings_calendar\.ics', home)
    row = re.search(r"<tr>\s*<td>%s</td>\s*<td>%s</td>.*?</tr>" % (WESTBROOK, PANEL), home, re.S).group(0)
    links = re.findall(r'href="([^"]+)"', row)
    feeds = [urllib.parse.urlparse(link) for link in links if ".atom" in link or ".ics" in link]
    assert {f.path.rsplit("/", 1)[1] for f in feeds} == {"new_decisions.atom", "new_actions.atom", "meetings_calendar.ics"}
    for f in feeds:
        params = urllib.parse.parse_qs(f.query)
        assert params["council"] == [WESTBROOK] and params["body"] == [PANEL]
    table = html_lib.unescape(get(db, f"/{name}/resolutions?{qs(_council=WESTBROOK, _body=PANEL)}").text)
    link = re.search(r'class="mm-feed-link" href="([^"]+)"', table).group(1)
    assert "new_decisions.atom" in link and urllib.parse.parse_qs(urllib.parse.urlparse(link).query)["body"] == [PANEL]


def test_one_bodys_decisions_feed_is_one_url_wherever_it_is_offered(db, name):
    """The home page's row, the resolutions page narrowed to the body and the query page of the feed subscribe to one URL."""
    home = html_lib.unescape(get(db, f"/{name}").text)
    row = re.search(r"<tr>\s*<td>%s</td>\s*<td>%s</td>.*?</tr>" % (WESTBROOK, PANEL), home, re.S).group(0)
    from_home = next(link for link in re.findall(r'href="([^"]+)"', row) if "new_decisions.atom" in link)
    table = html_lib.unescape(get(db, f"/{name}/resolutions?{qs(_council=WESTBROOK, _body=PANEL)}").text)
    from_table = re.search(r'class="mm-feed-link" href="([^"]+)"', table).group(1)
    query_page = html_lib.unescape(get(db, f"/{name}/new_decisions?{qs(council=WESTBROOK, body=PANEL)}").text)
    from_query = re.search(r'class="mm-feed-link" href="([^"]+)"', query_page).group(1)
    assert from_home == from_table == from_query
    assert urllib.parse.parse_qs(urllib.parse.urlparse(from_home).query)["_feed_title"] == [f"New decisions: {PANEL}, {WESTBROOK}"]


# --- the layout of the pages --------------------------------------------------------------


def test_resolutions_lead_with_the_decision_and_its_meeting(db, name):
    page = get(db, f"/{name}/resolutions").text
    columns = header_cells(page)
    assert columns[:5] == ["text", "decision_type", "outcome", "document_id", "page"]
    assert "sentence" not in columns and "clauses" not in columns, "the same words twice"
    assert re.search(r'<th [^>]*class="col-document_id[^>]*>\s*<a [^>]*>meeting', page)
    # The meeting, not the document's sha256, in every row.
    cells = re.findall(r'<td class="col-document_id[^"]*"><div class="mm-cell">(.*?)</div>', page, re.S)
    assert cells and not any(HEX64.search(re.sub(r'href="[^"]*"', "", c)) for c in cells)
    assert any(f"{PANEL}, {WESTBROOK} · 2024-09-17 · minutes" in html_lib.unescape(c) for c in cells)
    everything = get(db, f"/{name}/resolutions?_mm_all=1").text
    assert "sentence" in header_cells(everything)


def test_outstanding_actions_name_the_owner_once_newest_first(db, name):
    page = get(db, f"/{name}/outstanding_actions").text
    columns = header_cells(page)
    assert columns[:3] == ["description", "owner", "status"]
    assert "owner_name" not in columns and "owner_role" not in columns
    dates = [d for d in re.findall(r'<td class="col-meeting_date[^"]*"><div class="mm-cell">([^<]*)<', page)]
    assert dates and dates[0] and dates == sorted(dates, key=lambda d: (d != "", d), reverse=True), "undated rows first"
    # Facets stay small: no suggested facets to work out, and each list scrolls.
    assert "suggested-facets" not in page


def test_documents_are_told_apart_and_details_are_fields(db, name):
    page = html_lib.unescape(get(db, f"/{name}/documents").text)
    headings = re.findall(r'<strong class="mm-doc-heading">([^<]*)</strong>', page)
    assert len(headings) == query(db, "select count(*) from documents")[0][0]
    assert "Cabinet, Westbrook County Council · 2024-07-04 · report" in headings
    details = re.findall(r'<td class="col-details[^"]*"><div class="mm-cell">(.*?)</div></td>', page, re.S)
    filled = [d for d in details if d.strip() and d.strip() != "&nbsp;"]
    assert filled and all(d.startswith('<dl class="mm-details">') for d in filled), "details shown as raw JSON"
    assert not any('{"' in d for d in details)


def test_a_documents_page_is_headed_by_its_meeting_not_its_sha256(db, name):
    doc_id, file_name = query(db, "select id, file_name from documents where doc_type = 'report'")[0]
    page = html_lib.unescape(get(db, f"/{name}/documents/{doc_id}").text)
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S).group(1)
    assert h1.strip() == "Cabinet, Westbrook County Council · 2024-07-04 · report"
    assert not HEX64.search(h1) and file_name in page
    assert "<title>Cabinet, Westbrook County Council" in page


def test_canned_queries_speak_plainly(db, name):
    page = get(db, f"/{name}/resolutions_by_body_and_date?body=Cabinet").text
    assert "Custom SQL query" not in page and "Run SQL" not in page
    assert re.search(r'<label for="qp1">Body \(part of its name\)</label>', page)
    assert re.search(r"<h1>\s*Resolutions by body and date\s*</h1>", page)
    # The feed's own columns are for feed readers, not for the page.
    feed_page = get(db, f"/{name}/new_decisions").text
    assert "atom_id" not in header_cells(feed_page) and "text" in header_cells(feed_page)


def test_a_canned_query_page_shows_its_first_rows_and_downloads_all(db, name):
    total = len(get(db, f"/{name}/statistics_by_subject.json?_shape=array").json())
    assert total > catalog.PAGE_ROWS, "the samples need more statistics than one page for this test"
    page = get(db, f"/{name}/statistics_by_subject").text
    assert page.count('<td class="col-subject') == catalog.PAGE_ROWS
    assert "show them all" in page
    assert get(db, f"/{name}/statistics_by_subject?_size=max").text.count('<td class="col-subject') == total
    assert get(db, f"/{name}/statistics_by_subject.csv").text.strip().count("\n") == total


def test_search_everything_names_the_meeting_of_each_hit(db, name):
    rows = get(db, f"/{name}/search_everything.json?_shape=array&q=children").json()
    assert rows and {"kind", "snippet", "document_id", "source"} <= set(rows[0])
    page = html_lib.unescape(get(db, f"/{name}/search_everything?q=children&_size=max").text)  # the page shows 100 rows unless asked for all
    cells = re.findall(r'<td class="col-document_id"><div class="mm-cell">(.*?)</div>', page, re.S)
    assert len(cells) == len(rows) and all(" · " in c for c in cells)


def test_other_databases_keep_datasettes_own_pages(tmp_path, db):
    other = other_database(
        tmp_path, "create table documents (id text primary key, title text, details text)", "insert into documents values ('x', 'T', '{\"a\": 1}')"
    )
    _, page, query_page = fetch([db, other], "/", "/other/documents", "/other?sql=select+1")
    assert "mm-table-page" not in page.text, "another database's table got the minutes layout"
    assert '{"a": 1}' in html_lib.unescape(page.text), "another database's JSON column was rewritten"
    assert "Custom SQL query" in query_page.text


# --- metadata once per database version ---------------------------------------------------


def test_metadata_is_read_once_and_again_when_the_file_changes(tmp_path, db, monkeypatch):
    copy = tmp_path / "copy.db"
    source = sqlite3.connect(db)
    source.execute("pragma wal_checkpoint(truncate)")
    source.close()
    shutil.copyfile(db, copy)
    reads = []
    original = catalog._table_names
    monkeypatch.setattr(catalog, "_table_names", lambda d: reads.append(d.name) or original(d))

    async def go():
        ds = Datasette([str(copy)])
        await ds.invoke_startup()
        for path in ("/", "/copy", "/copy/resolutions", "/copy/actions", "/copy/outstanding_actions_by_owner"):
            assert (await ds.client.get(path)).status_code == 200
        before = len(reads)
        conn = sqlite3.connect(copy)
        conn.execute("create table notes (id integer primary key)")
        conn.commit()
        conn.close()
        page = await ds.client.get("/copy/resolutions")
        return before, len(reads), page

    before, after, page = asyncio.run(go())
    assert before == 1, f"the tables were read {before} times for five pages"
    assert after == 2, "a changed file was not read again"
    assert re.search(r"<h1>\s*Resolutions\s*</h1>", page.text)
