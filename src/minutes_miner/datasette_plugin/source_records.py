"""What a source view shows, read from the database: the record's document and text, its
agenda item, the other records of that item, the records it reports on or that report on
it, and its fields as declared (tables.py); and the URLs of source views.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field

from datasette.utils import tilde_encode
from datasette.utils.asgi import NotFound
from jinja2.filters import do_truncate
from markupsafe import Markup, escape

from ..tables import SOURCE_TABLES, SPECS


# The record tables that have a source view, what one row is called, and its main text;
# the fields shown for each, in order: (column, label); the records of an agenda item listed
# on the page: table -> (heading, label SQL). All declared with the table (tables.py).
RECORD_TABLES = {name: (SPECS[name].source.noun, SPECS[name].source.main) for name in SOURCE_TABLES}
FIELDS = {name: list(SPECS[name].source.fields) for name in SOURCE_TABLES}
ITEM_RECORDS = {name: (SPECS[name].title, SPECS[name].source.item_label_sql) for name in SOURCE_TABLES if SPECS[name].source.item_label_sql}


# Characters tilde encoding leaves as they are (Datasette's _TILDE_ENCODING_SAFE).
_TILDE_SAFE = re.compile(r"[A-Za-z0-9_-]*")


def quick_tilde_encode(text: str) -> str:
    """Datasette's tilde_encode, without its per-character work for the usual id (hex, words).

    tilde_encode runs a generator over every byte: ~20 us an id, and a page links hundreds of
    records (a source view lists its agenda item's, a table page each row's meeting).
    """
    return text if _TILDE_SAFE.fullmatch(text) else tilde_encode(text)


def record_path(datasette, database: str, table: str, record_id: str) -> str:
    """URL of a record's source view (with the fragment that scrolls to the evidence)."""
    route = datasette.get_database(database).route
    anchor = "item" if table == "agenda_items" else "evidence"
    return datasette.urls.path(f"-/minutes/{quick_tilde_encode(route)}/record/{table}/{quick_tilde_encode(str(record_id))}") + f"#{anchor}"


def document_path(datasette, database: str, document_id: str, start: int | None = None, end: int | None = None) -> str:
    route = datasette.get_database(database).route
    path = datasette.urls.path(f"-/minutes/{quick_tilde_encode(route)}/source/{quick_tilde_encode(str(document_id))}")
    if start is not None:
        path += f"?start={int(start)}&end={int(end if end is not None else start)}#evidence"
    return path


# --- data ----------------------------------------------------------------------------------


@dataclass
class SourcePage:
    database: str
    document: dict
    text: str | None = None
    page_starts: list[int] = field(default_factory=lambda: [0])
    record_table: str | None = None
    record: dict | None = None
    start: int | None = None
    end: int | None = None
    item: dict | None = None


async def one_row(db, sql: str, params) -> dict | None:
    rows = (await db.execute(sql, params)).rows
    return dict(rows[0]) if rows else None


async def all_rows(db, sql: str, params) -> list[dict]:
    return [dict(r) for r in (await db.execute(sql, params)).rows]


async def load_page(db, document_id: str) -> SourcePage:
    document = await one_row(db, "select * from documents where id = ?", [document_id])
    if document is None:
        raise NotFound(f"No document with id {document_id}")
    page = SourcePage(database=db.name, document=document)
    texts = await one_row(db, "select text, page_starts from document_texts where document_id = ?", [document_id])
    if texts:
        page.text = texts["text"]
        try:
            page.page_starts = [int(x) for x in json.loads(texts["page_starts"] or "[0]")] or [0]
        except (ValueError, TypeError):
            page.page_starts = [0]
    return page


async def item_at(db, document_id: str, offset: int) -> dict | None:
    return await one_row(
        db,
        "select * from agenda_items where document_id = ? and char_start <= ? and ? < char_end order by char_end - char_start limit 1",
        [document_id, offset, offset],
    )


def page_of(page: SourcePage, offset: int | None) -> int | None:
    if offset is None:
        return None
    return bisect.bisect_right(page.page_starts, offset)


async def related_records(datasette, db, page: SourcePage) -> tuple[str, list[dict]]:
    """A heading and the records of the agenda item (or of the document, when there is none)."""
    groups = []
    doc_id = page.document["id"]
    if page.item:
        number = page.item.get("number")
        heading = f"Records of item {number}" if number else "Records of this agenda item"
        where, params = "agenda_item_id = ?", [page.item["id"]]
    elif page.record:
        heading = "Records of this document outside any agenda item"
        where, params = "document_id = ? and agenda_item_id is null", [doc_id]
    else:
        heading = "Records of this document"
        where, params = "document_id = ?", [doc_id]
    for table, (title, label_sql) in ITEM_RECORDS.items():
        rows = await all_rows(db, f"select id, page, {label_sql} as label from [{table}] where {where} order by char_start", params)
        groups.append({"table": table, "heading": title, "rows": rows})
    if page.item or not page.record:
        lo, hi = (page.item["char_start"], page.item["char_end"]) if page.item else (0, len(page.text or "") + 1)
        updates = await all_rows(
            db,
            "select id, page, status || ': ' || sentence as label from action_updates "
            "where document_id = ? and char_start >= ? and char_start < ? order by char_start",
            [doc_id, lo, hi],
        )
        groups.append({"table": "action_updates", "heading": "Updates on earlier actions", "rows": updates})
    for group in groups:
        for row in group["rows"]:
            row["url"] = record_path(datasette, db.name, group["table"], row["id"])
            row["current"] = page.record_table == group["table"] and page.record is not None and page.record["id"] == row["id"]
        group["html"] = related_items_html(datasette, group["rows"])
    return heading, [g for g in groups if g["rows"]]


def related_items_html(datasette, rows: list[dict]) -> Markup:
    """The <li> of each related record, as the template wrote them, made in one go.

    An agenda item lists up to hundreds of records; Jinja in async mode awaits every
    expression of every item, which was a third of a source view's rendering.
    """
    env = datasette.jinja_env
    items = []
    for row in rows:
        label = do_truncate(env, "" if row["label"] is None else str(row["label"]), 160)
        opening = '<li class="mm-current">' if row["current"] else "<li>"
        page = f' <span class="mm-muted">p.&nbsp;{escape(row["page"])}</span>' if row["page"] else ""
        current = " <em>(this record)</em>" if row["current"] else ""
        items.append(f'{opening}<a href="{escape(row["url"])}">{escape(label)}</a>{page}{current}</li>')
    return Markup("\n    ".join(items))


async def record_links(datasette, db, page: SourcePage) -> list[dict]:
    """Links from this record to the records it reports on or that report on it."""
    links = []
    record, table = page.record, page.record_table
    if not record:
        return links
    if table == "actions":
        for row in await all_rows(db, "select id, status, sentence, document_id from action_updates where action_id = ? order by rowid", [record["id"]]):
            later = await one_row(db, "select title, meeting_date from documents where id = ?", [row["document_id"]]) or {}
            links.append(
                {
                    "label": f"Later reported {row['status']}",
                    "text": f"{row['sentence']} ({later.get('title') or ''}, {later.get('meeting_date') or 'undated'})",
                    "url": record_path(datasette, db.name, "action_updates", row["id"]),
                }
            )
    if table == "action_updates" and record.get("action_id"):
        action = await one_row(db, "select id, description, document_id from actions where id = ?", [record["action_id"]])
        if action:
            links.append({"label": "Reports on the action", "text": action["description"], "url": record_path(datasette, db.name, "actions", action["id"])})
    if table == "agreed_comments" and record.get("resolution_id"):
        links.append(
            {"label": "Sent by the resolution", "text": record["resolution_id"], "url": record_path(datasette, db.name, "resolutions", record["resolution_id"])}
        )
    return links


def record_fields(page: SourcePage) -> list[tuple[str, str]]:
    record, table = page.record, page.record_table
    if not record:
        return []
    out = []
    for column, label in FIELDS.get(table, []):
        value = record.get(column)
        if value in (None, ""):
            continue
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if column == "unanimous":
            value = "yes" if value else "no"
        out.append((label, str(value)))
    return out


def resolution_clauses(page: SourcePage) -> list[str]:
    if page.record_table != "resolutions" or not page.record:
        return []
    try:
        clauses = json.loads(page.record.get("clauses") or "[]")
    except ValueError:
        return []
    return [str(c) for c in clauses] if isinstance(clauses, list) else []


def document_details(document: dict) -> dict:
    try:
        details = json.loads(document.get("details") or "{}")
    except ValueError:
        return {}
    return details if isinstance(details, dict) else {}
