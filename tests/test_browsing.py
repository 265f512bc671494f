"""Browsing a minutes database in Datasette (issue 7), through Datasette's own test client.

The source view (/-/minutes/<db>/record/<table>/<id> and /-/minutes/<db>/source/<doc>), the
links from every record to it, the home page on the database page, search across every
record type, and the meeting facets. Assertions are on page content: the highlighted
<mark> holds exactly the stored evidence, the links point at the right records, the counts
agree with SQL.
"""

from __future__ import annotations

import html as html_lib
import json
import re
import shutil
import sqlite3
import sys
import urllib.parse
from html.parser import HTMLParser
from pathlib import Path

import pytest

from minutes_miner.datasette_plugin import fts_query
from minutes_miner.datasette_plugin.home import START_HERE
from minutes_miner.datasette_plugin.metadata import CANNED_QUERIES
from minutes_miner.datasette_plugin.source import Layer, render_text

from helpers import ROOT
from datasette_helpers import fetch, get, other_database, query

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    tomllib = None

EVIDENCE_TABLES = ["resolutions", "actions", "statistics", "agreed_comments", "action_updates"]
SOURCE_TABLES = EVIDENCE_TABLES + ["agenda_items"]
PANEL = "Corporate Parenting Panel"


# --- helpers ------------------------------------------------------------------------------


def text_of(fragment: str) -> str:
    """The text a browser shows for an HTML fragment: tags dropped, entities decoded."""
    return html_lib.unescape(re.sub(r"<[^>]+>", "", fragment))


def norm(text: str) -> str:
    return " ".join(text.split())


def evidence(page: str) -> str:
    """The text inside <mark id="evidence">, exactly (page markers inside it are empty)."""
    match = re.search(r'<mark id="evidence"[^>]*>(.*?)</mark>', page, re.S)
    assert match, 'no <mark id="evidence"> on the page'
    return text_of(match.group(1))


class _Elements(HTMLParser):
    """Each element with an id: its text content and the ids of the elements around it."""

    VOID = {"br", "img", "input", "meta", "link", "hr", "source", "wbr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str | None]] = []
        self.text: dict[str, list[str]] = {}
        self.ancestors: dict[str, list[str]] = {}

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        element_id = dict(attrs).get("id")
        if element_id:
            self.text.setdefault(element_id, [])
            self.ancestors[element_id] = [i for _, i in self.stack if i]
        self.stack.append((tag, element_id))

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break

    def handle_data(self, data):
        for _, element_id in self.stack:
            if element_id:
                self.text[element_id].append(data)


def elements(page: str) -> _Elements:
    parser = _Elements()
    parser.feed(page)
    return parser


def stored_text(db: Path, doc_id: str) -> tuple[str, list[int]]:
    text, starts = query(db, "select text, page_starts from document_texts where document_id = ?", (doc_id,))[0]
    return text, json.loads(starts)


def record_url(name: str, table: str, record_id: str) -> str:
    return f"/-/minutes/{name}/record/{table}/{record_id}"


def source_links(page: str, name: str) -> list[tuple[str, str]]:
    """(table, id) of every link to a record's source view on a page."""
    return re.findall(rf'href="/-/minutes/{re.escape(name)}/record/([a-z_]+)/([^"#/]+)#(?:evidence|item)"', page)


def one_id(db: Path, table: str, where: str = "1") -> str:
    rows = query(db, f"select id from [{table}] where {where} order by id limit 1")
    assert rows, f"the sample corpus has no {table} where {where}"
    return rows[0][0]


# --- the plugin's hooks -------------------------------------------------------------------


def test_the_plugin_registers_its_pages_and_hooks(db):
    plugins = get(db, "/-/plugins.json").json()
    ours = [p for p in plugins if p["name"].replace("-", "_") == "minutes_miner"][0]
    assert {"register_routes", "render_cell", "extra_template_vars", "register_facet_classes", "filters_from_request", "prepare_connection"} <= set(
        ours["hooks"]
    )
    assert ours["templates"] and ours["static"], "templates/ and static/ are not found next to the plugin"


def test_templates_and_static_files_are_package_data():
    """pyproject's package-data globs cover every template and static file (or a wheel lacks them)."""
    if tomllib is None:
        pytest.skip("tomllib needs Python 3.11")
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = config["tool"]["setuptools"]["package-data"]["minutes_miner"]
    package = ROOT / "src" / "minutes_miner"
    files = [p for sub in ("templates", "static") for p in (package / "datasette_plugin" / sub).iterdir() if p.is_file()]
    assert len(files) >= 5
    for path in files:
        relative = path.relative_to(package)
        assert any(relative.match(g) for g in globs), f"{relative} is not covered by package-data {globs}"


# --- the source view ----------------------------------------------------------------------


@pytest.mark.parametrize("table", EVIDENCE_TABLES)
def test_the_record_view_highlights_exactly_the_stored_evidence(db, name, table):
    record_id = one_id(db, table)
    doc_id, start, end, sentence, page_no = query(
        db, f"select document_id, char_start, end_, sentence, page from (select *, char_end as end_ from [{table}]) where id = ?", (record_id,)
    )[0]
    page = get(db, record_url(name, table, record_id)).text
    text, _ = stored_text(db, doc_id)
    assert evidence(page) == text[start:end], "the <mark> does not hold text[char_start:char_end]"
    if table != "statistics":  # a statistic's offsets point at the number inside its sentence
        assert norm(evidence(page)) == norm(sentence)
    else:
        assert norm(evidence(page)) in norm(sentence)
    shown = text_of(page)
    title, council, body, date, pages = query(db, "select title, council, body, meeting_date, pages from documents where id = ?", (doc_id,))[0]
    assert title in shown and (council or "not found") in shown and body in shown and date in shown
    assert f"page {page_no} of {pages}" in norm(shown)
    # The whole document text is on the page, escaped, around the highlight.
    assert norm(text_of(re.search(r'<div class="mm-text" id="text">(.*?)</div>', page, re.S).group(1))) == norm(text)


def test_the_evidence_sits_on_its_page(db, name):
    """In a multi-page PDF the <mark> comes after the marker of its page and before the next."""
    rows = query(
        db,
        "select statistics.id, statistics.page, documents.pages from statistics join documents on documents.id = statistics.document_id "
        "where documents.pages > 1 and statistics.page > 1 order by statistics.id limit 1",
    )
    assert rows, "no statistic beyond page 1 of a multi-page document in the samples"
    record_id, page_no, pages = rows[0]
    page = get(db, record_url(name, "statistics", record_id)).text
    markers = [int(n) for n in re.findall(r'class="mm-page" id="page-(\d+)"', page)]
    assert markers == list(range(1, pages + 1))
    mark_at = page.index('<mark id="evidence"')
    assert page.index(f'id="page-{page_no}"') < mark_at
    if page_no < pages:
        assert mark_at < page.index(f'id="page-{page_no + 1}"')


def test_a_statistic_shades_its_sentence_around_the_number(db, name):
    record_id, sentence = query(db, "select id, sentence from statistics where length(sentence) > length(text) + 20 order by id limit 1")[0]
    page = get(db, record_url(name, "statistics", record_id)).text
    found = elements(page)
    assert "context" in found.ancestors["evidence"], "the number's <mark> is not inside its shaded sentence"
    assert norm("".join(found.text["context"])) == norm(sentence)


def test_the_record_view_lists_every_record_of_its_agenda_item(db, name):
    action_id, item_id = query(db, "select id, agenda_item_id from actions where agenda_item_id is not null order by id limit 1")[0]
    page = get(db, record_url(name, "actions", action_id)).text
    number, title = query(db, "select number, title from agenda_items where id = ?", (item_id,))[0]
    shown = text_of(page)
    assert (title or "") in shown and f"Records of item {number}" in shown
    linked = set(source_links(page, name))
    for table in ("resolutions", "actions", "agreed_comments", "statistics"):
        for (rid,) in query(db, f"select id from [{table}] where agenda_item_id = ?", (item_id,)):
            assert (table, rid) in linked, f"{table} {rid} of the item is not linked"
    assert ("agenda_items", item_id) in linked, "no link to the agenda item itself"
    current = re.search(r'<li class="mm-current"><a href="([^"]+)"', page)
    assert current and f"/record/actions/{action_id}" in current.group(1) and "(this record)" in page
    # The item is shaded in the text and holds the evidence.
    found = elements(page)
    assert "item" in found.ancestors["evidence"] and "text" in found.ancestors["item"]
    start, end, doc_id = query(db, "select char_start, char_end, document_id from agenda_items where id = ?", (item_id,))[0]
    assert norm("".join(found.text["item"])) == norm(stored_text(db, doc_id)[0][start:end])


def test_an_action_links_to_its_follow_ups_and_back(db, name):
    action_id, update_id = query(db, "select action_id, id from action_updates order by id limit 1")[0]
    action_page = get(db, record_url(name, "actions", action_id)).text
    assert ("action_updates", update_id) in source_links(action_page, name)
    assert "Later reported" in action_page
    update_page = get(db, record_url(name, "action_updates", update_id)).text
    assert ("actions", action_id) in source_links(update_page, name)
    assert "Reports on the action" in update_page


def test_the_agenda_item_view_shades_the_item(db, name):
    item_id, doc_id, start, end = query(db, "select id, document_id, char_start, char_end from agenda_items order by id limit 1")[0]
    page = get(db, record_url(name, "agenda_items", item_id)).text
    text, _ = stored_text(db, doc_id)
    found = elements(page)
    assert norm("".join(found.text["item"])) == norm(text[start:end])
    assert "evidence" not in found.text


def test_the_document_view_highlights_a_given_range_and_lists_its_items(db, name):
    doc_id = query(db, "select document_id from agenda_items group by document_id order by count(*) desc limit 1")[0][0]
    text, _ = stored_text(db, doc_id)
    start, end = 100, 160
    page = get(db, f"/-/minutes/{name}/source/{doc_id}?start={start}&end={end}").text
    assert evidence(page) == text[start:end]
    whole = get(db, f"/-/minutes/{name}/source/{doc_id}").text
    assert '<mark id="evidence"' not in whole
    linked = set(source_links(whole, name))
    for (item_id,) in query(db, "select id from agenda_items where document_id = ?", (doc_id,)):
        assert ("agenda_items", item_id) in linked


@pytest.mark.parametrize(
    "path, status",
    [
        ("/-/minutes/{name}/record/actions/no-such-id", 404),
        ("/-/minutes/{name}/record/sqlite_master/x", 404),
        ("/-/minutes/no-such-db/record/actions/x", 404),
        ("/-/minutes/{name}/source/no-such-document", 404),
        ("/-/minutes/{name}/source/{doc}?start=abc", 400),
    ],
)
def test_bad_addresses_are_errors_not_crashes(db, name, path, status):
    doc = one_id(db, "documents")
    get(db, path.format(name=name, doc=doc), status=status)


def test_everything_on_the_source_view_is_escaped(tmp_path, db):
    """Markup in a title, a record or the document text is shown as text, never run."""
    copy = tmp_path / "hostile.db"
    shutil.copy(db, copy)
    action_id, doc_id, start = query(copy, "select id, document_id, char_start from actions where char_start > 40 order by id limit 1")[0]
    conn = sqlite3.connect(copy)
    text = conn.execute("select text from document_texts where document_id = ?", (doc_id,)).fetchone()[0]
    evil = "<script>alert(1)</script>"
    # Same length, before the evidence, so every offset stays true.
    text = evil + text[len(evil) :]
    conn.execute("update document_texts set text = ? where document_id = ?", (text, doc_id))
    conn.execute("update documents set title = ?, body = ? where id = ?", ('<img src=x onerror="alert(2)">', "<b>Panel</b>", doc_id))
    conn.execute("update actions set description = ?, owner = ? where id = ?", ("<i>do</i> & report", '"><svg onload=alert(3)>', action_id))
    conn.commit()
    conn.close()
    record, home = fetch([copy], record_url("hostile", "actions", action_id), "/hostile")
    for response in (record, home):
        assert response.status_code == 200
        page = response.text
        assert "<script>alert(1)" not in page and "<img src=x" not in page and "<b>Panel</b>" not in page
        assert "<svg onload" not in page and "<i>do</i>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in record.text
    assert "&lt;img src=x onerror=" in record.text and "&lt;b&gt;Panel&lt;/b&gt;" in home.text


# --- links from every record to its source -----------------------------------------------


@pytest.mark.parametrize("table", EVIDENCE_TABLES)
def test_every_row_links_to_its_source_and_its_own_row(db, name, table):
    page = get(db, f"/{name}/{table}?_size=max").text
    ids = [r[0] for r in query(db, f"select id from [{table}]")]
    linked = {rid for t, rid in source_links(page, name) if t == table}
    assert linked == set(ids), f"{len(set(ids) - linked)} {table} rows without a source link"
    for rid in ids[:5]:
        assert f'href="/{name}/{table}/{rid}"' in page, f"the id of {rid} no longer links to its row"
    # The link leads to a page that highlights this record's evidence.
    target = get(db, record_url(name, table, ids[0])).text
    doc_id, start, end = query(db, f"select document_id, char_start, char_end from [{table}] where id = ?", (ids[0],))[0]
    assert evidence(target) == stored_text(db, doc_id)[0][start:end]


def test_page_cells_link_to_the_source(db, name):
    page = get(db, f"/{name}/resolutions?_size=3").text
    assert re.search(rf'<a class="mm-page-link" href="/-/minutes/{name}/record/resolutions/[^"]+#evidence"[^>]*>p\.&nbsp;\d+</a>', page)


def test_agenda_items_and_documents_link_to_their_text(db, name):
    items = get(db, f"/{name}/agenda_items?_size=max").text
    ids = {r[0] for r in query(db, "select id from agenda_items where title is not null and title != ''")}
    assert ids <= {rid for t, rid in source_links(items, name) if t == "agenda_items"}
    documents = get(db, f"/{name}/documents").text
    for (doc_id,) in query(db, "select id from documents where title is not null"):
        assert f'/-/minutes/{name}/source/{doc_id}"' in documents


def test_outstanding_actions_link_to_where_each_was_agreed(db, name):
    page = get(db, f"/{name}/outstanding_actions?_size=max").text
    ids = [r[0] for r in query(db, "select id from outstanding_actions")]
    assert ids
    assert {rid for t, rid in source_links(page, name) if t == "actions"} == set(ids)
    for rid in ids[:3]:
        assert f'href="/{name}/actions/{rid}"' in page, "the view's id does not link to the action's row"


# votes_that_do_not_add_up is empty on the samples (their votes add up): tests/test_votes.py checks its links
@pytest.mark.parametrize(
    "query_name", [q for q, c in CANNED_QUERIES.items() if "as source" in c["sql"] and q not in {"search_everything", "votes_that_do_not_add_up"}]
)
def test_canned_queries_link_each_row_to_its_source(db, name, query_name):
    page = get(db, f"/{name}/{query_name}?_size=max").text
    rows = get(db, f"/{name}/{query_name}.json?_shape=array&_size=max").json()
    assert rows, f"{query_name} returned nothing on the samples"
    links = source_links(page, name)
    assert len(links) == len(rows)
    assert [f"{t}/{rid}" for t, rid in links] == [r["source"] for r in rows]


# --- the home page ------------------------------------------------------------------------


def test_the_database_page_says_what_is_in_it(db, name):
    page = get(db, f"/{name}").text
    shown = norm(text_of(page))
    documents, councils, first, last = query(db, "select count(*), count(distinct council), min(meeting_date), max(meeting_date) from documents")[0]
    assert f"{documents} documents" in shown and f"{councils} councils" in shown
    assert f"meetings from {first} to {last}" in shown
    for table, label in [
        ("resolutions", "resolutions"),
        ("actions", "actions"),
        ("statistics", "statistics"),
        ("agreed_comments", "agreed comments"),
        ("action_updates", "action updates"),
    ]:
        n = query(db, f"select count(*) from [{table}]")[0][0]
        assert f"{n:,} {label}" in shown, f"no count of {table}"
    open_actions = query(db, "select count(*) from outstanding_actions")[0][0]
    assert f"{open_actions} outstanding actions" in shown
    for (council,) in query(db, "select distinct council from documents where council is not null"):
        assert council in shown
    for (body,) in query(db, "select distinct body from documents where body is not null"):
        assert body in shown
    for (title,) in query(db, "select title from documents where title is not null"):
        assert norm(title) in shown
    # Datasette's own database page is still there below.
    assert 'id="tables"' in page and "Custom SQL query" in page


def test_the_home_page_offers_every_canned_query_and_each_opens(db, name):
    page = get(db, f"/{name}").text
    start = page[page.index('id="start-here"') :]
    for query_name in START_HERE:
        assert f'href="/{name}/{query_name}"' in start, f"{query_name} is not offered"
        get(db, f"/{name}/{query_name}")  # opens without parameters, not an error page


def test_the_home_page_leads_to_a_bodys_open_actions(db, name):
    page = get(db, f"/{name}").text
    row = re.search(rf"<td>{PANEL}</td>.*?<a href=\"([^\"]+)\">(\d+) open</a>", page, re.S)
    assert row, f"no open-actions link for the {PANEL}"
    url, count = html_lib.unescape(row.group(1)), int(row.group(2))
    assert url.startswith(f"/{name}/outstanding_actions?")
    data = get(db, url.replace("outstanding_actions?", "outstanding_actions.json?_shape=array&_size=max&")).json()
    assert len(data) == count and all(r["body"] == PANEL for r in data)


def test_the_front_page_points_at_the_minutes(db, name):
    shown = norm(text_of(get(db, "/").text))
    assert f"Browse the minutes in {name}" in shown


def test_other_databases_get_datasettes_own_pages(tmp_path, db):
    other = other_database(
        tmp_path,
        "create table actions (id text primary key, sentence text, page integer)",
        "insert into actions values ('a1', 'Someone to do something.', 1)",
    )
    home, table, index = fetch([db, other], "/other", "/other/actions", "/")
    assert home.status_code == 200 and "mm-home" not in home.text and "Custom SQL query" in home.text
    assert table.status_code == 200 and "/-/minutes/" not in table.text
    assert "minutes.css" not in table.text
    assert "Browse the minutes in other" not in index.text


# --- search across every record type ------------------------------------------------------


def test_search_everything_finds_every_kind_of_record(db, name):
    word = "care"
    rows = get(db, f"/{name}/search_everything.json?_shape=array&_size=max&q={word}").json()
    expected = 0
    for table in ("resolutions", "actions", "agreed_comments", "statistics", "agenda_items"):
        expected += query(db, f"select count(*) from {table}_fts where {table}_fts match ?", (f'"{word}"',))[0][0]
    assert len(rows) == expected > 0
    kinds = {r["kind"] for r in rows}
    assert {"resolution", "statistic", "agenda item"} <= kinds
    page = get(db, f"/{name}/search_everything?q={word}&_size=max").text
    assert len(source_links(page, name)) == len(rows)
    assert re.search(r"<mark>care</mark>", page, re.I), "the matched word is not marked in the snippet"


def test_search_everything_requires_every_word(db, name):
    both = get(db, f"/{name}/search_everything.json?_shape=array&_size=max&q=breakdown+district").json()
    one = get(db, f"/{name}/search_everything.json?_shape=array&_size=max&q=breakdown").json()
    assert 0 < len(both) <= len(one)
    for row in both:
        snippet = row["snippet"].lower()
        assert "breakdown" in snippet or "district" in snippet


@pytest.mark.parametrize("words", ["", "children's", '"', "AND OR NOT", "£", "care* (leavers", "<script>"])
def test_search_everything_takes_any_input(db, name, words):
    response = get(db, f"/{name}/search_everything?q={urllib.parse.quote(words)}")
    if words == "<script>":
        assert "&lt;script&gt;" in response.text and 'value="<script>"' not in response.text
    get(db, f"/{name}/search_everything.json?_shape=array&q={urllib.parse.quote(words)}")


def test_snippets_only_keep_their_mark_tags(db, name):
    rows = get(db, f"/{name}/search_everything.json?_shape=array&_size=max&q=council").json()
    assert rows
    page = get(db, f"/{name}/search_everything?q=council&_size=max").text
    body = page[page.index("<table") :]
    tags = set(re.findall(r"<(/?[a-z]+)", body))
    assert tags <= {
        "table",
        "/table",
        "thead",
        "/thead",
        "tbody",
        "/tbody",
        "tr",
        "/tr",
        "th",
        "/th",
        "td",
        "/td",
        "mark",
        "/mark",
        "a",
        "/a",
        "div",
        "/div",
        "span",
        "/span",
        "script",
        "/script",
        "footer",
        "/footer",
        "p",
        "/p",
        "section",
        "/section",
        "br",
        "details",
        "/details",
        "summary",
        "/summary",
        "ul",
        "/ul",
        "li",
        "/li",
        "svg",
        "/svg",
        "title",
        "/title",
        "circle",
        "path",
        "form",
        "/form",
        "input",
        "button",
        "/button",
        "body",
        "/body",
        "html",
        "/html",
        "em",
        "/em",
        "strong",
        "/strong",
        "h3",
        "/h3",
    }


def test_fts_query_quotes_every_word():
    assert fts_query("care leavers") == '"care" "leavers"'
    assert fts_query("children's homes") == '"children\'s" "homes"'
    assert fts_query('"AND" OR') == '"AND" "OR"'
    assert fts_query("") == '""' and fts_query(None) == '""' and fts_query("£ -") == '""'


# --- facets and filters -------------------------------------------------------------------


@pytest.mark.parametrize("table", ["resolutions", "actions", "statistics"])
def test_meeting_facets_count_by_council_body_and_date(db, name, table):
    data = get(db, f"/{name}/{table}.json?_size=0&_extra=facet_results").json()
    facets = data["facet_results"]
    facets = facets.get("results", facets)
    for facet, column in (("council", "council"), ("body", "body"), ("date", "meeting_date")):
        got = {r["value"]: r["count"] for r in facets[facet]["results"]}
        expected = dict(
            query(
                db,
                f"select documents.{column}, count(*) from [{table}] join documents on documents.id = [{table}].document_id "
                f"where documents.{column} is not null group by 1",
            )
        )
        assert got == expected, f"{table}: facet {facet}"
        assert facets[facet]["type"] == "meeting"


def test_a_meeting_facet_value_filters_the_table(db, name):
    page = get(db, f"/{name}/actions").text
    link = re.search(r'href="([^"]*[?&]_body=Corporate(?:\+|%20)Parenting(?:\+|%20)Panel[^"]*)"', page)
    assert link, "the body facet does not offer the Corporate Parenting Panel"
    url = html_lib.unescape(link.group(1))
    filtered = get(db, url.replace("http://localhost", "")).text
    expected = query(db, "select count(*) from actions join documents on documents.id = actions.document_id where documents.body = ?", (PANEL,))[0][0]
    assert re.search(rf"{expected} rows? where body of the meeting is \"{PANEL}\"", html_lib.unescape(filtered))
    rows = get(db, f"/{name}/actions.json?_shape=array&_size=max&_body={PANEL}&_council=Westbrook County Council").json()
    assert rows and len(rows) < expected + 1
    dates = get(db, f"/{name}/resolutions.json?_shape=array&_size=max&_meeting_date=2024-09-17").json()
    assert (
        len(dates)
        == query(db, "select count(*) from resolutions join documents on documents.id = resolutions.document_id where meeting_date = '2024-09-17'")[0][0]
    )


def test_outstanding_actions_facet_on_council_body_owner_and_status(db, name):
    data = get(db, f"/{name}/outstanding_actions.json?_size=0&_extra=facet_results").json()
    facets = data["facet_results"]
    facets = facets.get("results", facets)
    assert {"council", "body", "owner", "owner_role", "status", "meeting_date"} <= set(facets)


def test_facet_labels_read_as_titles_not_hashes(db, name):
    page = html_lib.unescape(get(db, f"/{name}/actions?_facet=document_id").text)
    title = query(db, "select title from documents join actions on actions.document_id = documents.id limit 1")[0][0]
    facet = page[page.index('data-column="document_id"') :]
    assert title in facet[:5000]


# --- the newcomer's question --------------------------------------------------------------


def test_which_panel_actions_are_open_who_owns_them_and_where_each_was_agreed(db, name):
    """From the home page alone: the Panel's open actions, their owners, and their sources."""
    home = get(db, f"/{name}").text
    links = [html_lib.unescape(u) for u in re.findall(rf"<td>{PANEL}</td>.*?<a href=\"([^\"]+)\">\d+ open</a>", home, re.S)]
    expected = query(
        db,
        "select o.id, coalesce(o.owner_name, o.owner), o.owner_role, o.document_id, a.char_start, a.char_end "
        "from outstanding_actions o join actions a on a.id = o.id where o.body = ?",
        (PANEL,),
    )
    assert expected and links
    seen = set()
    for link in links:
        page = get(db, link + "&_size=max").text
        for action_id, owner, role, doc_id, start, end in expected:
            if ("actions", action_id) not in source_links(page, name):
                continue
            seen.add(action_id)
            assert html_lib.escape(owner, quote=False) in page or owner in html_lib.unescape(page)
            source = get(db, record_url(name, "actions", action_id)).text
            assert evidence(source) == stored_text(db, doc_id)[0][start:end]
            assert PANEL in text_of(source)
    assert seen == {row[0] for row in expected}, "some open actions of the Panel are not reachable from the home page"


# --- the text renderer --------------------------------------------------------------------


def test_render_text_nests_layers_and_marks_pages():
    text = "Page one text. The evidence is here.\nPage two <b>starts</b>."
    split = text.index("Page two")
    out = str(
        render_text(
            text,
            [Layer(15, 60, '<span class="mm-item" id="item">', "</span>"), Layer(15, 37, '<mark id="evidence">', "</mark>")],
            [0, split],
        )
    )
    assert text_of(out) == text
    assert "&lt;b&gt;starts&lt;/b&gt;" in out
    assert re.search(r'<span class="mm-item" id="item"><mark id="evidence">The evidence is here\.\n?', out)
    assert out.index('id="page-2"') > out.index("</mark>")


def test_render_text_widens_an_outer_layer_and_keeps_empty_ranges():
    out = str(render_text("abcdefghij", [Layer(4, 6, "<i>", "</i>"), Layer(2, 8, "<mark>", "</mark>")], [0]))
    assert out == "ab<i><mark>cdefgh</mark></i>ij"
    out = str(render_text("abcdef", [Layer(3, 3, "<mark>", "</mark>")], [0]))
    assert out == "abc<mark></mark>def"
    out = str(render_text("abcdef", [Layer(2, 5, "<mark>", "</mark>")], [0, 3]))
    assert text_of(re.search(r"<mark>(.*)</mark>", out).group(1)) == "cde" and 'data-page="2"' in out


def test_a_big_database_lists_its_newest_documents_and_links_to_all(db, name, monkeypatch):
    from minutes_miner.datasette_plugin import home

    monkeypatch.setattr(home, "MAX_DOCUMENTS", 3)
    page = get(db, f"/{name}").text
    total = query(db, "select count(*) from documents")[0][0]
    documents = page[page.index('id="documents"') :]
    assert documents.count("/-/minutes/") == 3
    assert f"all {total} documents" in text_of(documents)
    newest = [r[0] for r in query(db, "select title from documents order by meeting_date desc, council, body, file_name limit 3")]
    for title in newest:
        assert html_lib.escape(title, quote=False) in documents or title in text_of(documents)
