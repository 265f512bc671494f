"""Datasette metadata built from the table declarations (tables.py) and the Pydantic models, so descriptions are written once."""

from __future__ import annotations

from ..tables import MEETING_FACETS as _MEETING_FACETS
from ..tables import RECORD_MODELS, SPECS, TABLES

# Titles, facets and label columns are declared with each table (tables.py).
TABLE_TITLES = {spec.name: (spec.title, spec.description) for spec in TABLES}
# Facets. Plain names facet on the table's own column; {"meeting": column} facets on the
# council, body or meeting date of the document a record comes from (facets.MeetingFacet),
# so every record table can be narrowed to one council, body or meeting without a join.
MEETING_FACETS = list(_MEETING_FACETS)
FACETS = {spec.name: list(spec.facets) for spec in TABLES if spec.facets}
OUTSTANDING_FACETS = ["council", "body", "owner_role", "owner", "status", "later_meetings", "meeting_date"]
LABELS = {spec.name: spec.label for spec in TABLES if spec.label}
SEARCH_PER_KIND = 100  # search-everything matches per record type, best first
# Searched by "Search everything": every table with a full-text index and a source view, by its noun.
_SEARCHED = [(SPECS[t].source.noun.lower(), t) for t in SPECS if SPECS[t].fts and SPECS[t].source]
# A query's `source` column holds "<table>/<id>"; the plugin renders it as a link to the
# record's source view (the evidence highlighted in the document). `snippet` columns hold
# FTS snippets whose matches are wrapped in <mark> ... </mark>.
CANNED_QUERIES = {
    "outstanding_actions_by_owner": {
        "title": "Outstanding actions by owner",
        "description": "Who has open actions in each council and body, how many, their statuses and since when "
        "('the Clerk' of one parish is not the Clerk of another). Follow an owner to the actions themselves in the outstanding_actions view.",
        "sql": "select council, body, coalesce(owner_name, owner) as owner, count(*) as actions, "
        "sum(status = 'pending') as pending, sum(status = 'no update') as no_update, sum(status in ('in progress', 'outstanding')) as reported_open, "
        "min(meeting_date) as oldest, max(age_days) as oldest_age_days, group_concat(distinct owner_role) as roles "
        "from outstanding_actions group by council, body, coalesce(owner_name, owner) order by actions desc, oldest",
    },
    "outstanding_actions_by_age": {
        "title": "Outstanding actions, oldest first",
        "description": "Every open action with its owner, body, meeting and status (pending, no update in N later meetings, "
        "reported in progress or outstanding), the oldest first; each links to where it was agreed.",
        "sql": "select *, 'actions/' || id as source from outstanding_actions order by age_days desc",
    },
    "resolutions_by_body_and_date": {
        "title": "Resolutions by body and date",
        "description": "Every decision, newest meeting first; type part of a body's name to narrow it.",
        "sql": "select coalesce(meetings.council, documents.council) as council, coalesce(meetings.body, documents.body) as body, "
        "coalesce(meetings.date, documents.meeting_date) as meeting_date, resolutions.decision_type, resolutions.text, resolutions.id, "
        "'resolutions/' || resolutions.id as source "
        "from resolutions join documents on documents.id = resolutions.document_id left join meetings on meetings.id = resolutions.meeting_id "
        "where (:body = '' or coalesce(meetings.body, documents.body) like '%' || :body || '%') "
        "order by coalesce(meetings.date, documents.meeting_date) desc, coalesce(meetings.body, documents.body), resolutions.char_start",
    },
    "votes_that_do_not_add_up": {
        "title": "Votes that do not add up",
        "description": "Resolutions whose recorded vote fails a check: a count that differs from the named roll, "
        "'unanimous' with votes against, more votes than members present, or a majority that contradicts the outcome. "
        "Type a flag (e.g. unanimous_with_dissent) to narrow it.",
        "sql": "select coalesce(meetings.council, documents.council) as council, coalesce(meetings.body, documents.body) as body, "
        "coalesce(meetings.date, documents.meeting_date) as meeting_date, resolutions.vote_checks, resolutions.outcome, resolutions.unanimous, "
        "resolutions.votes_for, resolutions.votes_against, resolutions.abstentions, "
        "(select count(*) from votes where votes.resolution_id = resolutions.id) as named_votes, resolutions.text, "
        "'resolutions/' || resolutions.id as source "
        "from resolutions join documents on documents.id = resolutions.document_id left join meetings on meetings.id = resolutions.meeting_id "
        "where resolutions.vote_checks not in ('', '[]') and resolutions.vote_checks like '%' || :flag || '%' "
        "order by coalesce(meetings.date, documents.meeting_date) desc, resolutions.char_start",
    },
    "decisions_of_one_meeting": {
        "title": "Decisions of one meeting",
        "description": "Resolutions, agreed comments and actions of a meeting in the order they were minuted. "
        "Give the meeting date (YYYY-MM-DD) and part of the body's or council's name.",
        "sql": "select coalesce(meetings.date, documents.meeting_date) as meeting_date, coalesce(meetings.council, documents.council) as council, "
        "coalesce(meetings.body, documents.body) as body, agenda_items.number as item, agenda_items.title as item_title, "
        "decisions.kind, decisions.text, decisions.detail, decisions.source from ("
        "select 'resolution' as kind, document_id, meeting_id, agenda_item_id, char_start, text, decision_type as detail, 'resolutions/' || id as source from resolutions "
        "union all select 'agreed comment', document_id, meeting_id, agenda_item_id, char_start, text, recipient, 'agreed_comments/' || id from agreed_comments "
        "union all select 'action', document_id, meeting_id, agenda_item_id, char_start, description, "
        "coalesce(owner_name, owner, '') || ' (' || status || ')', 'actions/' || id from actions"
        ") as decisions join documents on documents.id = decisions.document_id "
        "left join meetings on meetings.id = decisions.meeting_id "
        "left join agenda_items on agenda_items.id = decisions.agenda_item_id "
        "where (:meeting_date = '' or coalesce(meetings.date, documents.meeting_date) = :meeting_date) "
        "and (:body = '' or coalesce(meetings.body, documents.body) like '%' || :body || '%') "
        "and (:council = '' or coalesce(meetings.council, documents.council) like '%' || :council || '%') "
        "order by 1 desc, 2, 3, decisions.document_id, decisions.char_start",
    },
    "statistics_by_subject": {
        "title": "Statistics by subject",
        "description": "Every number with what it measures, grouped by subject; type part of a subject to narrow it.",
        "sql": "select statistics.subject, statistics.qualifier, statistics.value, statistics.unit, statistics.period, statistics.comparison, "
        "statistics.text, documents.council, documents.body, documents.meeting_date, 'statistics/' || statistics.id as source "
        "from statistics join documents on documents.id = statistics.document_id "
        "where (:subject = '' or statistics.subject like '%' || :subject || '%') "
        "order by statistics.subject is null, lower(statistics.subject), documents.meeting_date",
    },
    "statistics_search": {
        "title": "Statistics search",
        "description": "Full-text search in the statistics (subject, phrase and sentence).",
        "sql": "select statistics.value, statistics.unit, statistics.subject, statistics.text, documents.council, documents.meeting_date, statistics.id, "
        "'statistics/' || statistics.id as source "
        "from statistics join documents on documents.id = statistics.document_id "
        # An empty search lists every statistic (the form opens without an error); the words
        # are searched as one quoted phrase, so "children's" or "£3m" is not an FTS syntax error.
        "where (:q = '' or statistics.rowid in (select rowid from statistics_fts where statistics_fts match "
        "'\"' || replace(:q, '\"', '\"\"') || '\"')) order by documents.meeting_date desc",
    },
    "people_and_their_actions": {
        "title": "People and their actions",
        "description": "Every action under the person, role or body that owns it, with the meeting and its status; type part of a name or role to narrow it.",
        "sql": "select coalesce(people.name, actions.owner_name, actions.owner) as person, coalesce(people.role, actions.owner_role) as role, "
        "people.attendance, documents.council, documents.body, documents.meeting_date, actions.description, actions.due_date, actions.status, "
        "'actions/' || actions.id as source "
        "from actions join documents on documents.id = actions.document_id left join people on people.id = actions.person_id "
        "where (:person = '' or coalesce(people.name, actions.owner_name, actions.owner) like '%' || :person || '%' "
        "or coalesce(people.role, actions.owner_role) like '%' || :person || '%') "
        "order by lower(person), documents.meeting_date",
    },
    "search_everything": {
        "title": "Search everything",
        "description": "Full-text search across agenda items, resolutions, actions, agreed comments and statistics at once; every word must match.",
        "hide_sql": True,
        # Not datasette-search-all: 1.1.4 does run on Datasette 0.65, but it fetches each
        # table's JSON in the browser and shows raw columns (sha256 document ids, no meeting,
        # no link to the source view, no snippet). One query over the *_fts tables gives one
        # ranked list with snippets, meeting and source link, and JSON/CSV for free.
        # minutes_fts_query() (registered by the plugin) turns the words into a safe FTS5
        # query: each word quoted, all required. No words: no rows, not an error.
        # Each kind's best SEARCH_PER_KIND matches by rank (bm25), then all of them by score:
        # FTS5 ranks inside its index and builds snippets for those rows only (0.5 s -> 0.08 s
        # for "budget" on ../shared, where the snippets of every match were made first).
        "sql": "with hits as ("
        + " union all ".join(
            f"select * from (select '{kind}' as kind, '{table}/' || t.id as source, t.document_id, "
            f"snippet({table}_fts, -1, '<mark>', '</mark>', '…', 24) as snippet, {table}_fts.rank as score "
            f"from {table}_fts join {table} as t on t.rowid = {table}_fts.rowid where {table}_fts match minutes_fts_query(:q) "
            f"order by {table}_fts.rank limit {SEARCH_PER_KIND})"
            for kind, table in _SEARCHED
        )
        + ") select hits.kind, hits.snippet, hits.document_id, hits.source "
        "from hits join documents on documents.id = hits.document_id order by hits.score, documents.meeting_date desc",
    },
}


def is_minutes_database(tables: set[str]) -> bool:
    return {"documents", "resolutions", "actions", "statistics"} <= tables


def build_metadata(tables: set[str]) -> dict:
    out: dict = {"tables": {}, "queries": CANNED_QUERIES}
    for table, model in RECORD_MODELS.items():
        if table not in tables:
            continue
        title, description = TABLE_TITLES.get(table, (table, ""))
        meta: dict = {
            "title": title,
            "description": description,
            "columns": {name: (f.description or "") for name, f in model.model_fields.items() if name != "text" or table != "documents"},
        }
        if table in FACETS:
            meta["facets"] = FACETS[table]
        if table in LABELS:
            meta["label_column"] = LABELS[table]
        out["tables"][table] = meta
    if "outstanding_actions" in tables:
        out["tables"]["outstanding_actions"] = {
            "title": "Outstanding actions",
            "description": "Actions not yet reported done, with owner, body, meeting date and age in days. status: pending (no later "
            "meeting of the body ingested yet), no update (later_meetings of the body ingested, none reports on it), in progress or "
            "outstanding (a later meeting reported it not yet done). Each description links to the place in the minutes where the action was agreed.",
            "facets": OUTSTANDING_FACETS,
        }
    if "document_texts" in tables:
        out["tables"]["document_texts"] = {"title": TABLE_TITLES["document_texts"][0], "description": TABLE_TITLES["document_texts"][1]}
    return out
