"""What a minutes database holds: the summary shown at the top of its Datasette page."""

from __future__ import annotations

import urllib.parse

from datasette.utils import tilde_encode

from ..tables import TABLES
from .feeds import FEED_TITLES, feed_link
from .metadata import CANNED_QUERIES, TABLE_TITLES
from .source import document_path

# Record tables counted on the home page, in the order shown.
COUNTED = [spec.name for spec in TABLES if spec.counted]
# The home page lists at most this many bodies and documents (newest first); the tables hold all.
MAX_BODIES = 200
MAX_DOCUMENTS = 100
# The canned queries offered as starting points, in order.
START_HERE = [
    "outstanding_actions_by_owner",
    "outstanding_actions_by_age",
    "resolutions_by_body_and_date",
    "decisions_of_one_meeting",
    "statistics_by_subject",
    "people_and_their_actions",
    "statistics_search",
    "search_everything",
]


FEEDS = [
    ("new_decisions", "atom", "decisions", "application/atom+xml"),
    ("new_actions", "atom", "actions", "application/atom+xml"),
    ("meetings_calendar", "ics", "meetings", "text/calendar"),
]


def _qs(**params) -> str:
    return urllib.parse.urlencode({k: v for k, v in params.items() if v is not None})


async def summary(datasette, database: str) -> dict:
    db = datasette.get_database(database)
    urls = datasette.urls

    async def rows(sql, params=()):
        return [dict(r) for r in (await db.execute(sql, list(params))).rows]

    bases: dict[str, str] = {}  # each table's URL built once: 200 bodies ask for ~1,000 links

    def table_url(table, **params):
        url = bases.get(table) or bases.setdefault(table, urls.table(database, table))
        return f"{url}?{_qs(**params)}" if params else url

    def query_url(name, **params):
        url = urls.query(database, name)
        return f"{url}?{_qs(**params)}" if params else url

    totals = (
        await rows(
            "select count(*) as documents, sum(status = 'ok') as ok, sum(status = 'error') as errors, "
            "count(distinct council) as councils, count(distinct coalesce(council, '') || '|' || body) as bodies, "
            "min(meeting_date) as first_date, max(meeting_date) as last_date, sum(pages) as pages from documents"
        )
    )[0]
    existing = set(await db.table_names()) | set(await db.view_names())
    counts = []
    for table in COUNTED:
        if table not in existing:
            continue
        n = (await rows(f"select count(*) as n from [{table}]"))[0]["n"]
        counts.append({"table": table, "title": TABLE_TITLES.get(table, (table,))[0], "count": n, "url": table_url(table)})
    open_actions = (await rows("select count(*) as n from outstanding_actions"))[0]["n"] if "outstanding_actions" in existing else 0

    # A body's meetings are counted once however many files record them (meetings.py); a
    # database made before meetings existed counts documents.
    if "meetings" in existing:
        per_meeting = (
            "b as (select coalesce(m.council, d.council) as council, coalesce(m.body, d.body) as body, "
            "      count(distinct coalesce(m.id, d.id)) as meetings, min(coalesce(m.date, d.meeting_date)) as first_date, "
            "      max(coalesce(m.date, d.meeting_date)) as last_date from documents d left join meetings m on m.id = d.meeting_id "
            "      where d.status = 'ok' and coalesce(m.body, d.body) is not null group by 1, 2), "
            "r as (select coalesce(m.council, d.council) as council, coalesce(m.body, d.body) as body, count(*) as n from resolutions "
            "      join documents d on d.id = resolutions.document_id left join meetings m on m.id = resolutions.meeting_id group by 1, 2) "
        )
    else:
        per_meeting = (
            "b as (select council, body, count(*) as meetings, min(meeting_date) as first_date, max(meeting_date) as last_date "
            "      from documents where status = 'ok' and body is not null group by 1, 2), "
            "r as (select d.council, d.body, count(*) as n from resolutions join documents d on d.id = resolutions.document_id group by 1, 2) "
        )
    bodies = await rows(
        "with o as (select council, body, count(*) as n from outstanding_actions group by 1, 2), "
        + per_meeting
        + "select b.*, coalesce(r.n, 0) as resolutions, coalesce(o.n, 0) as open_actions from b "
        "left join r on r.council is b.council and r.body = b.body "
        "left join o on o.council is b.council and o.body = b.body "
        "order by b.council is null, b.council, b.body limit ?",
        [MAX_BODIES],
    )
    for body in bodies:
        where = {"body": body["body"]}
        if body["council"]:
            where["council"] = body["council"]
        else:
            where["council__isnull"] = "1"
        body["open_actions_url"] = table_url("outstanding_actions", **where)
        meeting_filter = {"_body": body["body"]}
        if body["council"]:
            meeting_filter["_council"] = body["council"]
        body["resolutions_url"] = table_url("resolutions", **meeting_filter)
        body["feeds"] = feed_links(datasette, database, body["council"] or "", body["body"] or "")

    documents = await rows(
        "select id, title, file_name, format, doc_type, council, body, meeting_date, pages, status, error, "
        "(select count(*) from resolutions where document_id = documents.id) as resolutions, "
        "(select count(*) from actions where document_id = documents.id) as actions, "
        "(select count(*) from agreed_comments where document_id = documents.id) as agreed_comments, "
        "(select count(*) from statistics where document_id = documents.id) as statistics "
        "from documents order by meeting_date desc, council, body, file_name limit ?",
        [MAX_DOCUMENTS],
    )
    for doc in documents:
        doc["source_url"] = document_path(datasette, database, doc["id"])
        doc["row_url"] = urls.row(database, "documents", tilde_encode(doc["id"]))
        doc["record_urls"] = {t: table_url(t, document_id=doc["id"]) for t in ("resolutions", "actions", "agreed_comments", "statistics")}
        doc["decisions_url"] = query_url(
            "decisions_of_one_meeting", meeting_date=doc["meeting_date"] or "", body=doc["body"] or "", council=doc["council"] or ""
        )

    queries = [
        {"name": name, "title": CANNED_QUERIES[name]["title"], "description": CANNED_QUERIES[name].get("description", ""), "url": query_url(name)}
        for name in START_HERE
    ]
    return {
        "feeds": feed_links(datasette, database),
        "totals": totals,
        "counts": counts,
        "open_actions": open_actions,
        "open_actions_url": table_url("outstanding_actions"),
        "bodies": bodies,
        "documents": documents,
        "queries": queries,
        "search_url": query_url("search_everything"),
        "errors_url": table_url("documents", status="error"),
        "documents_url": table_url("documents", _sort_desc="meeting_date"),
        "more_documents": max(0, (totals["documents"] or 0) - len(documents)),
        "more_bodies": len(bodies) >= MAX_BODIES,
    }


def feed_links(datasette, database: str, council: str = "", body: str = "") -> list[dict]:
    """Atom feeds of new decisions and actions, and the meetings calendar, of one body (or all)."""
    return [
        {**feed_link(datasette, database, query, ext, FEED_TITLES[query], council, body), "label": label, "type": kind} for query, ext, label, kind in FEEDS
    ]


async def index_entry(datasette, database: str) -> dict:
    """One line for the instance's front page."""
    db = datasette.get_database(database)
    row = dict(
        (
            await db.execute(
                "select count(*) as documents, count(distinct council) as councils, min(meeting_date) as first_date, "
                "max(meeting_date) as last_date, (select count(*) from outstanding_actions) as open_actions from documents"
            )
        ).rows[0]
    )
    row["name"] = database
    row["url"] = datasette.urls.database(database)
    return row
