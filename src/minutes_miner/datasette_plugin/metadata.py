"""Datasette metadata built from the Pydantic models, so descriptions are written once."""

from __future__ import annotations

from ..records import RECORD_MODELS

TABLE_TITLES = {
    "documents": ("Documents", "One row per file ingested: what it is, which meeting, and whether it could be read."),
    "agenda_items": ("Agenda items", "Items and minutes as numbered in each document, with their text."),
    "people": ("People", "Attendance lists and people named with a role, per document."),
    "resolutions": ("Resolutions", "Formal decisions of the meeting body, as recorded, with their clauses and votes."),
    "votes": ("Recorded votes", "How each member voted in a recorded vote."),
    "agreed_comments": ("Agreed comments", "Comments the meeting agreed to pass to another person or body."),
    "actions": ("Actions", "Tasks to be done after the meeting by an identifiable owner."),
    "action_updates": ("Action updates", "What later minutes say about earlier actions."),
    "statistics": ("Statistics", "Numbers that quantify the business of the meeting: counts, percentages, money."),
    "acronyms": ("Acronyms", "Short forms defined in each document."),
    "document_texts": ("Document texts", "The normalised text every char_start/char_end offset indexes into."),
}
FACETS = {
    "documents": ["council", "body", "doc_type", "status", "format"],
    "resolutions": ["decision_type", "outcome"],
    "actions": ["status", "owner_role", "owner", "trigger"],
    "statistics": ["unit", "direction"],
    "people": ["attendance", "role"],
}
LABELS = {"documents": "title", "agenda_items": "title", "people": "name", "resolutions": "text", "actions": "description"}
CANNED_QUERIES = {
    "outstanding_actions_by_owner": {
        "title": "Outstanding actions by owner",
        "sql": "select coalesce(owner_name, owner) as owner, count(*) as actions, min(meeting_date) as oldest, max(age_days) as oldest_age_days "
        "from outstanding_actions group by coalesce(owner_name, owner) order by actions desc",
    },
    "outstanding_actions_by_age": {
        "title": "Outstanding actions, oldest first",
        "sql": "select * from outstanding_actions order by age_days desc",
    },
    "resolutions_by_body_and_date": {
        "title": "Resolutions by body and date",
        "sql": "select documents.council, documents.body, documents.meeting_date, resolutions.decision_type, resolutions.text, resolutions.id "
        "from resolutions join documents on documents.id = resolutions.document_id "
        "where (:body = '' or documents.body like '%' || :body || '%') order by documents.meeting_date desc, documents.body",
    },
    "statistics_search": {
        "title": "Statistics search",
        "sql": "select statistics.value, statistics.unit, statistics.subject, statistics.text, documents.council, documents.meeting_date, statistics.id "
        "from statistics join documents on documents.id = statistics.document_id "
        # An empty search lists every statistic (the form opens without an error); the words
        # are searched as one quoted phrase, so "children's" or "£3m" is not an FTS syntax error.
        "where (:q = '' or statistics.rowid in (select rowid from statistics_fts where statistics_fts match "
        "'\"' || replace(:q, '\"', '\"\"') || '\"')) order by documents.meeting_date desc",
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
            "description": "Actions not yet reported done, with owner, body, meeting date and age in days.",
            "facets": ["body", "owner"],
        }
    if "document_texts" in tables:
        out["tables"]["document_texts"] = {"title": TABLE_TITLES["document_texts"][0], "description": TABLE_TITLES["document_texts"][1]}
    return out
