"""The source view: a record's evidence highlighted in its document's text.

Two pages, registered by the plugin under /-/minutes/<database>/:

- record/<table>/<id>: one resolution, action, statistic, agreed comment, action update or
  agenda item; its fields, its meeting, the other records of its agenda item, and the whole
  document text with the item shaded and the evidence (char_start..char_end) in <mark>.
- source/<document_id>?start=..&end=..: the document text with an optional highlighted range,
  and the document's agenda items.

Every piece of stored text is escaped; the only markup is the plugin's own.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field

from datasette.utils import tilde_decode, tilde_encode
from datasette.utils.asgi import NotFound, Response
from markupsafe import Markup, escape

from ..tables import SOURCE_TABLES, SPECS

# The record tables that have a source view, what one row is called, and its main text;
# the fields shown for each, in order: (column, label); the records of an agenda item listed
# on the page: table -> (heading, label SQL). All declared with the table (tables.py).
RECORD_TABLES = {name: (SPECS[name].source.noun, SPECS[name].source.main) for name in SOURCE_TABLES}
FIELDS = {name: list(SPECS[name].source.fields) for name in SOURCE_TABLES}
ITEM_RECORDS = {name: (SPECS[name].title, SPECS[name].source.item_label_sql) for name in SOURCE_TABLES if SPECS[name].source.item_label_sql}


def record_path(datasette, database: str, table: str, record_id: str) -> str:
    """URL of a record's source view (with the fragment that scrolls to the evidence)."""
    route = datasette.get_database(database).route
    anchor = "item" if table == "agenda_items" else "evidence"
    return datasette.urls.path(f"-/minutes/{tilde_encode(route)}/record/{table}/{tilde_encode(str(record_id))}") + f"#{anchor}"


def document_path(datasette, database: str, document_id: str, start: int | None = None, end: int | None = None) -> str:
    route = datasette.get_database(database).route
    path = datasette.urls.path(f"-/minutes/{tilde_encode(route)}/source/{tilde_encode(str(document_id))}")
    if start is not None:
        path += f"?start={int(start)}&end={int(end if end is not None else start)}#evidence"
    return path


# --- the text with its highlights ---------------------------------------------------------


@dataclass
class Layer:
    """A range of the text wrapped in one element; layers nest, outermost first."""

    start: int
    end: int
    open: str
    close: str


def render_text(text: str, layers: list[Layer], page_starts: list[int], ocr_pages: frozenset[int] = frozenset()) -> Markup:
    """The text, escaped, with nested highlight layers and an empty marker at each page start.

    The marker of a page whose text was read by OCR says so (class mm-ocr), because its
    words are Tesseract's reading of a picture, not the publisher's text.

    Layers must be given outermost first; each is widened to contain the next, so the
    elements always nest. Page markers are empty elements (their label is CSS), so a <mark>
    crossing a page break still holds exactly the evidence text.
    """
    n = len(text)
    layers = [Layer(max(0, min(l.start, n)), max(0, min(l.end, n)), l.open, l.close) for l in layers]
    for layer in layers:
        layer.end = max(layer.start, layer.end)
    for outer, inner in zip(reversed(layers[:-1]), reversed(layers[1:])):
        outer.start, outer.end = min(outer.start, inner.start), max(outer.end, inner.end)
    points: dict[int, list[str]] = {}
    if len(page_starts) > 1:
        for number, offset in enumerate(page_starts, start=1):
            if 0 <= offset <= n:
                ocr = " mm-ocr" if number in ocr_pages else ""
                points.setdefault(offset, []).append(f'<span class="mm-page{ocr}" id="page-{number}" data-page="{number}"></span>')
    cuts = sorted({0, n, *points, *(l.start for l in layers), *(l.end for l in layers)})
    out: list[str] = []
    for i, cut in enumerate(cuts):
        # At one offset: close what ends here (innermost first), then page markers, then
        # open what starts here (outermost first; an empty range opens and closes at once).
        out.extend(l.close for l in reversed(layers) if l.end == cut and l.start < cut)
        out.extend(points.get(cut, []))
        for layer in layers:
            if layer.start == cut:
                out.append(layer.open)
                if layer.end == cut:
                    out.append(layer.close)
        if i + 1 < len(cuts):
            out.append(str(escape(text[cut : cuts[i + 1]])))
    return Markup("".join(out))


def locate_sentence(text: str, sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """Where `sentence` (whitespace normalised) sits in the text around start..end, if found."""
    words = sentence.split()
    if not words:
        return None
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    lo = max(0, start - len(sentence) - 200)
    hi = min(len(text), end + len(sentence) + 200)
    for match in pattern.finditer(text, lo, hi):
        if match.start() <= start and match.end() >= end:
            return match.start(), match.end()
    return None


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


async def _one(db, sql: str, params) -> dict | None:
    rows = (await db.execute(sql, params)).rows
    return dict(rows[0]) if rows else None


async def _all(db, sql: str, params) -> list[dict]:
    return [dict(r) for r in (await db.execute(sql, params)).rows]


async def _check(datasette, request, database: str, tables: list[str]) -> None:
    await datasette.ensure_permissions(
        request.actor,
        [*[("view-table", (database, t)) for t in tables], ("view-database", database), "view-instance"],
    )


def _database(datasette, request):
    route = tilde_decode(request.url_vars["database"])
    try:
        return datasette.get_database(route=route)
    except KeyError:
        raise NotFound(f"Database not found: {route}")


async def record_view(datasette, request):
    db = _database(datasette, request)
    table = request.url_vars["table"]
    if table not in RECORD_TABLES:
        raise NotFound(f"No source view for table {table}")
    record_id = tilde_decode(request.url_vars["id"])
    await _check(datasette, request, db.name, [table, "documents", "document_texts"])
    record = await _one(db, f"select * from [{table}] where id = ?", [record_id])
    if record is None:
        raise NotFound(f"No {RECORD_TABLES[table][0].lower()} with id {record_id}")
    page = await _load(db, record["document_id"])
    page.record_table, page.record = table, record
    page.start, page.end = record.get("char_start"), record.get("char_end")
    if table == "agenda_items":
        page.item = record
    elif record.get("agenda_item_id"):
        page.item = await _one(db, "select * from agenda_items where id = ?", [record["agenda_item_id"]])
    elif page.start is not None:
        page.item = await _item_at(db, page.document["id"], page.start)
    return await _render(datasette, request, db, page)


async def document_view(datasette, request):
    db = _database(datasette, request)
    document_id = tilde_decode(request.url_vars["document_id"])
    await _check(datasette, request, db.name, ["documents", "document_texts"])
    page = await _load(db, document_id)
    try:
        start = int(request.args["start"]) if request.args.get("start") else None
        end = int(request.args["end"]) if request.args.get("end") else start
    except ValueError:
        return Response.text("start and end must be character offsets (integers)", status=400)
    length = len(page.text or "")
    if any(offset is not None and not 0 <= offset <= length for offset in (start, end)):
        return Response.text(f"start and end must be character offsets within the document (0 to {length})", status=400)
    if start is not None:
        page.start, page.end = start, max(start, end)
        page.item = await _item_at(db, document_id, start)
    return await _render(datasette, request, db, page)


async def _load(db, document_id: str) -> SourcePage:
    document = await _one(db, "select * from documents where id = ?", [document_id])
    if document is None:
        raise NotFound(f"No document with id {document_id}")
    page = SourcePage(database=db.name, document=document)
    texts = await _one(db, "select text, page_starts from document_texts where document_id = ?", [document_id])
    if texts:
        page.text = texts["text"]
        try:
            page.page_starts = [int(x) for x in json.loads(texts["page_starts"] or "[0]")] or [0]
        except (ValueError, TypeError):
            page.page_starts = [0]
    return page


async def _item_at(db, document_id: str, offset: int) -> dict | None:
    return await _one(
        db,
        "select * from agenda_items where document_id = ? and char_start <= ? and ? < char_end order by char_end - char_start limit 1",
        [document_id, offset, offset],
    )


def _page_of(page: SourcePage, offset: int | None) -> int | None:
    if offset is None:
        return None
    return bisect.bisect_right(page.page_starts, offset)


async def _related(datasette, db, page: SourcePage) -> tuple[str, list[dict]]:
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
        rows = await _all(db, f"select id, page, {label_sql} as label from [{table}] where {where} order by char_start", params)
        groups.append({"table": table, "heading": title, "rows": rows})
    if page.item or not page.record:
        lo, hi = (page.item["char_start"], page.item["char_end"]) if page.item else (0, len(page.text or "") + 1)
        updates = await _all(
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
    return heading, [g for g in groups if g["rows"]]


async def _links(datasette, db, page: SourcePage) -> list[dict]:
    """Links from this record to the records it reports on or that report on it."""
    links = []
    record, table = page.record, page.record_table
    if not record:
        return links
    if table == "actions":
        for row in await _all(db, "select id, status, sentence, document_id from action_updates where action_id = ? order by rowid", [record["id"]]):
            later = await _one(db, "select title, meeting_date from documents where id = ?", [row["document_id"]]) or {}
            links.append(
                {
                    "label": f"Later reported {row['status']}",
                    "text": f"{row['sentence']} ({later.get('title') or ''}, {later.get('meeting_date') or 'undated'})",
                    "url": record_path(datasette, db.name, "action_updates", row["id"]),
                }
            )
    if table == "action_updates" and record.get("action_id"):
        action = await _one(db, "select id, description, document_id from actions where id = ?", [record["action_id"]])
        if action:
            links.append({"label": "Reports on the action", "text": action["description"], "url": record_path(datasette, db.name, "actions", action["id"])})
    if table == "agreed_comments" and record.get("resolution_id"):
        links.append({"label": "Sent by the resolution", "text": record["resolution_id"], "url": record_path(datasette, db.name, "resolutions", record["resolution_id"])})
    return links


def _fields(page: SourcePage) -> list[tuple[str, str]]:
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


def _clauses(page: SourcePage) -> list[str]:
    if page.record_table != "resolutions" or not page.record:
        return []
    try:
        clauses = json.loads(page.record.get("clauses") or "[]")
    except ValueError:
        return []
    return [str(c) for c in clauses] if isinstance(clauses, list) else []


async def _render(datasette, request, db, page: SourcePage):
    from .layout import document_heading  # layout imports this module
    details = _details(page.document)
    ocr_pages = ocr_page_numbers(details)
    text_html = None
    evidence_text = None
    if page.text is not None:
        layers = []
        if page.item:
            layers.append(Layer(page.item["char_start"], page.item["char_end"], '<span class="mm-item" id="item">', "</span>"))
        if page.start is not None and page.record_table != "agenda_items":
            start, end = page.start, page.end if page.end is not None else page.start
            sentence = (page.record or {}).get("sentence")
            if sentence and " ".join(page.text[start:end].split()) != " ".join(sentence.split()):
                # The offsets point at less than the evidence sentence (a statistic's number):
                # shade the sentence around it too.
                found = locate_sentence(page.text, sentence, start, end)
                if found:
                    layers.append(Layer(found[0], found[1], '<span class="mm-context" id="context">', "</span>"))
            layers.append(Layer(start, end, '<mark id="evidence" class="mm-evidence">', "</mark>"))
            evidence_text = page.text[max(0, start) : max(0, end)]
        text_html = render_text(page.text, layers, page.page_starts, frozenset(ocr_pages))
    document = page.document
    record = page.record
    singular, main_column = RECORD_TABLES.get(page.record_table, ("Document", None))
    heading = str(record.get(main_column) or "") if record and main_column else (document.get("title") or document.get("file_name"))
    if page.record_table == "statistics" and record:
        heading = f"{record.get('text')}"
    evidence_page = (record or {}).get("page") or _page_of(page, page.start)
    related_heading, related = await _related(datasette, db, page)
    context = {
        "database": db.name,
        "document": document,
        "record": record,
        "record_table": page.record_table,
        "record_kind": singular,
        "heading": heading,
        "fields": _fields(page),
        "clauses": _clauses(page),
        "sentence": (record or {}).get("sentence") if page.record_table != "agenda_items" else None,
        "evidence_text": evidence_text,
        "evidence_page": evidence_page,
        "pages": document.get("pages") or len(page.page_starts),
        "start": page.start,
        "end": page.end,
        "item": page.item,
        "item_url": record_path(datasette, db.name, "agenda_items", page.item["id"]) if page.item else None,
        "related_heading": related_heading,
        "related": related,
        "links": await _links(datasette, db, page),
        "items": await _all(db, "select id, number, title, page from agenda_items where document_id = ? order by char_start", [document["id"]])
        if not page.record
        else [],
        "text_html": text_html,
        "row_url": datasette.urls.row(db.name, page.record_table, tilde_encode(str(record["id"]))) if record else None,
        "document_url": datasette.urls.row(db.name, "documents", tilde_encode(str(document["id"]))),
        "document_source_url": document_path(datasette, db.name, document["id"]),
        "record_url": lambda table, rid: record_path(datasette, db.name, table, rid),
        "details": details,
        "ocr_pages": page_ranges(ocr_pages),
        "evidence_ocr": evidence_page in ocr_pages,
        "document_heading": document_heading(document),
    }
    html = await datasette.render_template("minutes_source.html", context, request=request, view_name="minutes_source")
    return Response.html(html)


def _details(document: dict) -> dict:
    try:
        details = json.loads(document.get("details") or "{}")
    except ValueError:
        return {}
    return details if isinstance(details, dict) else {}


def ocr_page_numbers(details: dict) -> list[int]:
    """The pages whose text was read by OCR, from the document's details ("1,2,5")."""
    listed = details.get("pages_ocr")
    if not isinstance(listed, str):
        return []
    return sorted({int(part) for part in listed.split(",") if part.strip().isdigit()})


def page_ranges(pages: list[int]) -> str:
    """[1, 2, 3, 5] -> "1-3, 5": a short way to name many pages."""
    runs: list[list[int]] = []
    for number in pages:
        if runs and number == runs[-1][1] + 1:
            runs[-1][1] = number
        else:
            runs.append([number, number])
    return ", ".join(f"{a}" if a == b else f"{a}\u2013{b}" for a, b in runs)
