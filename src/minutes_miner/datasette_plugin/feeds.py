"""Feeds people can subscribe to: new decisions and new actions (Atom), meetings (iCalendar).

They are canned queries whose columns follow the conventions of the Datasette ecosystem's
own feed plugins, which render them: datasette-atom (`.atom`: atom_id, atom_title,
atom_updated, atom_content, atom_link) and datasette-ics (`.ics`: event_name,
event_dtstart, event_dtend, event_description, event_uid). Each takes :council and :body
(part of the name; empty means all), so one body's decisions are
`/<db>/new_decisions.atom?council=Kent&body=Cabinet`.

An Atom feed must have an updated time and datasette-atom takes the newest of its entries,
so a feed that matches nothing says so in one entry instead of failing.
"""

from __future__ import annotations

import urllib.parse

from datasette.utils import tilde_encode

FEED_LIMIT = 200  # entries per feed, newest meetings first
FEED_TITLES = {"new_decisions": "New decisions", "new_actions": "New actions", "meetings_calendar": "Meetings calendar"}
# The parameter each feed plugin names its feed by: datasette-atom's feed title, datasette-ics's calendar name.
TITLE_PARAMETERS = {"atom": "_feed_title", "ics": "_ics_title"}

# Rows of the meeting each record comes from: the meetings table when the database has one
# (same council, body and date recorded by several files counts once), else the documents.
_WHERE_BODY = "(:council = '' or documents.council like '%' || :council || '%') and (:body = '' or documents.body like '%' || :body || '%')"
_UPDATED = "coalesce(documents.meeting_date || 'T00:00:00Z', documents.ingested_at)"


def _record_link(table: str) -> str:
    # Relative to the site root: feed readers resolve it against the feed's own URL.
    return f"'/-/minutes/' || :mm_database || '/record/{table}/' || {table}.id"


def _feed(kind: str, inner: str, columns: int) -> str:
    """The rows of `inner` (`columns` wide), or one entry saying there are none yet."""
    nulls = ", null" * (columns - 5)
    return (
        f"with entries as ({inner}) select * from entries union all "
        f"select 'minutes-miner:none:' || :council || '|' || :body, 'No {kind} found yet', '1970-01-01T00:00:00Z', "
        f"'No {kind} of this council and body are in the database yet.', '/' || :mm_database{nulls} "
        "where not exists (select 1 from entries)"
    )


DECISIONS_SQL = _feed(
    "decisions",
    "select 'minutes-miner:resolutions/' || resolutions.id as atom_id, "
    "coalesce(documents.body, documents.council, documents.file_name) || ', ' || coalesce(documents.meeting_date, 'undated') || ': ' "
    "|| substr(replace(resolutions.text, char(10), ' '), 1, 120) as atom_title, "
    f"{_UPDATED} as atom_updated, resolutions.text as atom_content, {_record_link('resolutions')} as atom_link, "
    "documents.council, documents.body, documents.meeting_date, resolutions.decision_type, resolutions.text, 'resolutions/' || resolutions.id as source "
    f"from resolutions join documents on documents.id = resolutions.document_id where {_WHERE_BODY} "
    f"order by documents.meeting_date desc, resolutions.char_start limit {FEED_LIMIT}",
    11,
)

ACTIONS_SQL = _feed(
    "actions",
    "select 'minutes-miner:actions/' || actions.id as atom_id, "
    "coalesce(actions.owner_name, actions.owner_role, actions.owner, 'Action') || ': ' || substr(replace(actions.description, char(10), ' '), 1, 120) as atom_title, "
    f"{_UPDATED} as atom_updated, "
    "actions.description || char(10) || 'Owner: ' || coalesce(actions.owner, '') || coalesce(' (' || actions.owner_role || ')', '') "
    "|| coalesce(char(10) || 'Due: ' || coalesce(actions.due_date, actions.due_text), '') || char(10) || 'Status: ' || coalesce(actions.status, '') "
    "|| char(10) || 'Meeting: ' || coalesce(documents.body, '') || ', ' || coalesce(documents.council, '') || ', ' || coalesce(documents.meeting_date, '') as atom_content, "
    f"{_record_link('actions')} as atom_link, documents.council, documents.body, documents.meeting_date, actions.description, "
    "coalesce(actions.owner_name, actions.owner) as owner, actions.owner_role, actions.status, 'actions/' || actions.id as source "
    f"from actions join documents on documents.id = actions.document_id where {_WHERE_BODY} "
    f"order by documents.meeting_date desc, actions.char_start limit {FEED_LIMIT}",
    13,
)


def _calendar_sql(tables: frozenset[str] | set[str]) -> str:
    if "meetings" in tables:
        meetings = (
            "select meetings.id as id, meetings.council, meetings.body, meetings.date as meeting_date, meetings.documents as files "
            "from meetings where meetings.date is not null "
            "and (:council = '' or meetings.council like '%' || :council || '%') and (:body = '' or meetings.body like '%' || :body || '%')"
        )
    else:
        meetings = (
            "select min(documents.id) as id, documents.council, documents.body, documents.meeting_date, count(*) as files "
            f"from documents where documents.meeting_date is not null and documents.status = 'ok' and {_WHERE_BODY} "
            "group by documents.council, documents.body, documents.meeting_date"
        )
    return (
        f"with m as ({meetings}) select "
        "coalesce(m.body, 'Meeting') || coalesce(' (' || m.council || ')', '') as event_name, "
        "m.meeting_date || 'T00:00:00' as event_dtstart, date(m.meeting_date, '+1 day') || 'T00:00:00' as event_dtend, "
        "'Meeting of ' || coalesce(m.body, 'a body') || coalesce(' of ' || m.council, '') || ' on ' || m.meeting_date "
        "|| ' (' || m.files || ' file' || case when m.files = 1 then '' else 's' end || ' ingested)' as event_description, "
        "'minutes-miner-' || m.id || '@' || :mm_database as event_uid, m.council, m.body, m.meeting_date "
        f"from m order by m.meeting_date desc limit {FEED_LIMIT}"
    )


def feed_queries(tables: frozenset[str] | set[str], route: str) -> dict:
    """The canned queries of the feeds, for a database with these tables served at /<route>."""
    literal = "'" + tilde_encode(route).replace("'", "''") + "'"
    hint = " Subscribe with the Atom link; add ?council= and ?body= (part of a name) for one council or body."
    return {
        "new_decisions": {
            "title": FEED_TITLES["new_decisions"],
            "description": "The latest resolutions, newest meeting first, as an Atom feed." + hint,
            "sql": DECISIONS_SQL.replace(":mm_database", literal),
            "params": ["council", "body"],
        },
        "new_actions": {
            "title": FEED_TITLES["new_actions"],
            "description": "The latest actions with their owners, newest meeting first, as an Atom feed." + hint,
            "sql": ACTIONS_SQL.replace(":mm_database", literal),
            "params": ["council", "body"],
        },
        "meetings_calendar": {
            "title": FEED_TITLES["meetings_calendar"],
            "description": "Every dated meeting as an iCalendar (.ics) to add to a calendar; add ?council= and ?body= for one council or body.",
            "sql": _calendar_sql(tables).replace(":mm_database", literal),
            "params": ["council", "body"],
        },
    }


def feed_link(datasette, database: str, query: str, ext: str, query_title: str, council: str = "", body: str = "") -> dict:
    """One feed of one council and body (or of everything): its URL, the title a reader shows, and the scope.

    The home page, the table pages and the canned query pages all build their feed links here,
    so a body's feed is one URL wherever it is offered, and its title names what it covers
    ("New decisions: Cabinet, Kent County Council") in the subscriber's feed reader.
    """
    scope = ", ".join(part for part in (body, council) if part)
    title = query_title + (f": {scope}" if scope else "")
    params = {name: value for name, value in (("council", council), ("body", body)) if value}
    params[TITLE_PARAMETERS[ext]] = title
    url = datasette.urls.query(database, query, format=ext)
    return {"url": f"{url}?{urllib.parse.urlencode(params)}", "title": title, "scope": scope}
