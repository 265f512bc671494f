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

from datasette.utils import tilde_decode
from datasette.utils.asgi import NotFound, Response

# RECORD_TABLES, document_path and record_path are imported from here by the rest of the plugin.
from .source_records import (  # noqa: F401
    RECORD_TABLES,
    SourcePage,
    all_rows,
    document_details,
    document_path,
    item_at,
    load_page,
    one_row,
    page_of,
    quick_tilde_encode,
    record_fields,
    record_links,
    record_path,
    related_records,
    resolution_clauses,
)
from .source_text import Layer, locate_sentence, ocr_page_numbers, page_ranges, render_text  # noqa: F401 (Layer, render_text: re-exported)


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
    record = await one_row(db, f"select * from [{table}] where id = ?", [record_id])
    if record is None:
        raise NotFound(f"No {RECORD_TABLES[table][0].lower()} with id {record_id}")
    page = await load_page(db, record["document_id"])
    page.record_table, page.record = table, record
    page.start, page.end = record.get("char_start"), record.get("char_end")
    if table == "agenda_items":
        page.item = record
    elif record.get("agenda_item_id"):
        page.item = await one_row(db, "select * from agenda_items where id = ?", [record["agenda_item_id"]])
    elif page.start is not None:
        page.item = await item_at(db, page.document["id"], page.start)
    return await _render(datasette, request, db, page)


async def document_view(datasette, request):
    db = _database(datasette, request)
    document_id = tilde_decode(request.url_vars["document_id"])
    await _check(datasette, request, db.name, ["documents", "document_texts"])
    page = await load_page(db, document_id)
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
        page.item = await item_at(db, document_id, start)
    return await _render(datasette, request, db, page)


async def _render(datasette, request, db, page: SourcePage):
    from .layout import document_heading  # layout imports this module

    details = document_details(page.document)
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
    evidence_page = (record or {}).get("page") or page_of(page, page.start)
    related_heading, related = await related_records(datasette, db, page)
    context = {
        "database": db.name,
        "document": document,
        "record": record,
        "record_table": page.record_table,
        "record_kind": singular,
        "heading": heading,
        "fields": record_fields(page),
        "clauses": resolution_clauses(page),
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
        "links": await record_links(datasette, db, page),
        "items": await all_rows(db, "select id, number, title, page from agenda_items where document_id = ? order by char_start", [document["id"]])
        if not page.record
        else [],
        "text_html": text_html,
        "row_url": datasette.urls.row(db.name, page.record_table, quick_tilde_encode(str(record["id"]))) if record else None,
        "document_url": datasette.urls.row(db.name, "documents", quick_tilde_encode(str(document["id"]))),
        "document_source_url": document_path(datasette, db.name, document["id"]),
        "record_url": lambda table, rid: record_path(datasette, db.name, table, rid),
        "details": details,
        "ocr_pages": page_ranges(ocr_pages),
        "evidence_ocr": evidence_page in ocr_pages,
        "document_heading": document_heading(document),
    }
    html = await datasette.render_template("minutes_source.html", context, request=request, view_name="minutes_source")
    return Response.html(html)
