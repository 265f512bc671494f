"""The Datasette plugin, through Datasette's own test client over the ingested sample corpus.

No pytest-asyncio: each test runs its requests with asyncio.run.
"""

from __future__ import annotations

import html as html_lib
import json
import re
import sqlite3
from importlib.metadata import entry_points

import pytest

from minutes_miner import records

from helpers import ROOT
from datasette_helpers import fetch, get, other_database, query

FACETS_REQUIRED = {  # issue 2: facets (council, body, doc_type, unit, status, owner)
    "documents": {"council", "body", "doc_type", "status"},
    "statistics": {"unit"},
    "actions": {"status", "owner"},
}
CANNED = ["outstanding_actions_by_owner", "resolutions_by_body_and_date", "statistics_search"]


# --- registration -----------------------------------------------------------------------


def test_the_plugin_is_registered_through_the_package_entry_point():
    found = [ep for ep in entry_points(group="datasette") if ep.value == "minutes_miner.datasette_plugin"]
    assert found, "no datasette entry point for minutes_miner.datasette_plugin (is the package installed?)"


def test_datasette_lists_the_plugin(db):
    plugins = get(db, "/-/plugins.json").json()
    ours = [p for p in plugins if p["name"].replace("-", "_") == "minutes_miner"]
    assert ours, f"minutes_miner not in {[p['name'] for p in plugins]}"
    assert {"render_cell", "canned_queries", "asgi_wrapper"} <= set(ours[0]["hooks"])
    # Datasette 1.0 removes get_metadata; it also made every page open ~300 connections.
    assert "get_metadata" not in ours[0]["hooks"]


# --- metadata ---------------------------------------------------------------------------


def test_table_titles_and_column_descriptions_come_from_the_models(db, name):
    metadata = get(db, "/-/metadata.json").json()
    tables = metadata["databases"][name]["tables"]
    for table, model in records.RECORD_MODELS.items():
        meta = tables[table]
        assert meta.get("title") and meta.get("description"), f"{table} has no title or description"
        for column, field in model.model_fields.items():
            if table == "documents" and column == "text":
                continue  # the text lives in document_texts
            assert meta["columns"][column] == field.description, f"{table}.{column}"


def test_column_descriptions_are_the_schema_descriptions(db, name):
    """Written once: Datasette and schemas/ show the same words."""
    tables = get(db, "/-/metadata.json").json()["databases"][name]["tables"]
    for table in ("actions", "statistics", "resolutions"):
        schema = json.loads((ROOT / "schemas" / f"{table}.schema.json").read_text(encoding="utf-8"))
        for column, prop in schema["properties"].items():
            assert tables[table]["columns"][column] == prop["description"], f"{table}.{column}"


def test_the_table_page_shows_title_and_column_descriptions(db, name):
    page = html_lib.unescape(get(db, f"/{name}/actions").text)
    assert records.Action.model_fields["description"].description in page
    assert records.Action.model_fields["owner"].description in page
    assert re.search(r"<h1[^>]*>\s*Actions\s*</h1>", page), "the table title is not the page heading"


def test_metadata_leaves_other_databases_alone(tmp_path, db, name):
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("create table documents (id text primary key, title text)")
    conn.commit()
    conn.close()
    (response,) = fetch([db, other], "/-/metadata.json")
    databases = response.json()["databases"]
    assert name in databases and "other" not in databases


# --- facets -----------------------------------------------------------------------------


@pytest.mark.parametrize("table", sorted(FACETS_REQUIRED))
def test_facets_are_configured_and_computed(db, name, table):
    data = get(db, f"/{name}/{table}.json?_size=1&_extra=facet_results").json()
    facets = data["facet_results"]
    if "results" in facets:  # Datasette 1.0 nests them
        facets = facets["results"]
    missing = FACETS_REQUIRED[table] - set(facets)
    assert not missing, f"{table} lacks facets {sorted(missing)}"
    for column in FACETS_REQUIRED[table]:
        counted = sum(r["count"] for r in facets[column]["results"])
        assert counted > 0, f"facet {table}.{column} counted nothing"


def test_the_status_facet_counts_agree_with_the_table(db, name):
    facets = get(db, f"/{name}/documents.json?_size=0&_extra=facet_results").json()["facet_results"]
    facets = facets.get("results", facets)
    got = {r["value"]: r["count"] for r in facets["status"]["results"]}
    assert got == dict(query(db, "select status, count(*) from documents group by status"))


# --- canned queries ---------------------------------------------------------------------


def test_canned_queries_are_listed(db, name):
    listed = {q["name"] for q in get(db, f"/{name}.json").json()["queries"]}
    assert set(CANNED) <= listed


def test_outstanding_actions_by_owner_returns_rows(db, name):
    rows = get(db, f"/{name}/outstanding_actions_by_owner.json?_shape=array").json()
    assert rows, "the sample corpus has open actions, the query returned none"
    assert {"owner", "actions"} <= set(rows[0])
    open_actions = query(db, "select count(*) from actions where status != 'done'")[0][0]
    assert sum(r["actions"] for r in rows) == open_actions
    counts = [r["actions"] for r in rows]
    assert counts == sorted(counts, reverse=True), "owners with most actions first"


def test_resolutions_by_body_filters_on_the_body(db, name):
    body = query(
        db,
        "select documents.body from resolutions join documents on documents.id = resolutions.document_id "
        "where body is not null group by body order by count(*) desc limit 1",
    )[0][0]
    rows = get(db, f"/{name}/resolutions_by_body_and_date.json?_shape=array&body={body}").json()
    assert rows and all(body.lower() in (r["body"] or "").lower() for r in rows)
    every = get(db, f"/{name}/resolutions_by_body_and_date.json?_shape=array&body=&_size=max").json()
    assert len(every) == query(db, "select count(*) from resolutions")[0][0]
    dates = [r["meeting_date"] or "" for r in every]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.parametrize("words", ["children", "children's", "£"])
def test_statistics_search_runs_with_any_words(db, name, words):
    rows = get(db, f"/{name}/statistics_search.json?_shape=array&q={words}").json()
    assert isinstance(rows, list)
    for row in rows:
        assert {"value", "unit", "subject"} <= set(row)


def test_statistics_search_finds_by_word(db, name):
    rows = get(db, f"/{name}/statistics_search.json?_shape=array&q=children&_size=max").json()
    expected = query(db, "select count(*) from statistics where rowid in (select rowid from statistics_fts where statistics_fts match 'children')")[0][0]
    assert expected > 0 and len(rows) == expected


def test_statistics_search_opens_without_words(db, name):
    """The database page links to the query with no parameters: that must not be an error page."""
    get(db, f"/{name}/statistics_search")


# --- links from records to their source -------------------------------------------------


def _links(page: str, table: str) -> list[str]:
    return re.findall(rf'href="(/[^"/]+/{table}/[^"]+)"', page)


@pytest.mark.parametrize("table", ["actions", "resolutions", "statistics"])
def test_document_id_cells_link_to_the_document_row(db, name, table):
    page = get(db, f"/{name}/{table}?_size=5").text
    links = _links(page, "documents")
    assert links, f"no link to documents on the {table} page"
    ids = {row[0] for row in query(db, "select id from documents")}
    for link in links:
        assert link.rsplit("/", 1)[-1] in ids, f"{link} does not point at a stored document"
    target = get(db, links[0])
    doc_id = links[0].rsplit("/", 1)[-1]
    file_name = query(db, "select file_name from documents where id = ?", (doc_id,))[0][0]
    assert file_name in html_lib.unescape(target.text)


def test_agenda_item_cells_link_to_the_agenda_item(db, name):
    page = get(db, f"/{name}/resolutions?agenda_item_id__notblank=1&_size=5").text
    links = _links(page, "agenda_items")
    assert links, "no link to agenda_items on the resolutions page"
    ids = {row[0] for row in query(db, "select id from agenda_items")}
    assert all(link.rsplit("/", 1)[-1] in ids for link in links)


def test_links_also_in_views_and_canned_queries(db, name):
    for path in (f"/{name}/outstanding_actions?_size=3", f"/{name}/outstanding_actions_by_age?_size=3"):
        assert _links(get(db, path).text, "documents"), f"no document links on {path}"


def test_a_record_row_page_links_back_to_its_document(db, name):
    action_id, doc_id = query(db, "select id, document_id from actions limit 1")[0]
    page = get(db, f"/{name}/actions/{action_id}").text
    assert f"/{name}/documents/{doc_id}" in page


def test_other_databases_keep_their_own_cells(tmp_path, db):
    """A document_id column in someone else's database is not turned into a minutes link."""
    other = other_database(
        tmp_path,
        "create table notes (id integer primary key, document_id text, clauses text)",
        "insert into notes (document_id, clauses) values ('abc123', '[\"x\", \"y\"]')",
    )
    (page, ours) = fetch([db, other], "/other/notes", "/" + db.stem + "/actions?_size=1")
    assert page.status_code == 200 and "abc123" in page.text
    assert "/other/documents/" not in page.text and "<ol>" not in page.text
    assert f"/{db.stem}/documents/" in ours.text  # while the minutes database still links


def test_resolution_clauses_show_as_a_numbered_list(db, name):
    rows = query(db, "select id, clauses from resolutions where clauses not in ('', '[]') limit 1")
    assert rows, "no resolution with clauses in the sample corpus"
    resolution_id, clauses = rows[0]
    page = html_lib.unescape(get(db, f"/{name}/resolutions/{resolution_id}").text)
    first = json.loads(clauses)[0]
    assert re.search(r"<ol><li>" + re.escape(first), page), "clauses are not rendered as a list"
