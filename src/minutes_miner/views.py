"""The views users start from: outstanding actions and people by council.

Both read the meeting of each record (meetings), falling back to the document's own
council, body and date for records stored before meetings existed.
"""

from __future__ import annotations

import sqlite_utils

from .followup_index import ensure_rank_tables, later_meetings_sql

OUTSTANDING_ACTIONS_SQL = """
select
  actions.id,
  actions.owner,
  actions.owner_name,
  actions.owner_role,
  actions.description,
  actions.due_text,
  actions.due_date,
  actions.status,
  {later} as later_meetings,
  case actions.status
    when 'pending' then 'no later meeting of this body ingested yet'
    when 'no update' then 'no update in ' || {later} || ' later meeting' || case when {later} = 1 then '' else 's' end
    when 'in progress' then 'reported in progress'
    when 'outstanding' then 'reported still outstanding'
    else actions.status
  end as status_detail,
  coalesce(meetings.council, documents.council) as council,
  coalesce(meetings.body, documents.body) as body,
  coalesce(meetings.date, documents.meeting_date) as meeting_date,
  cast(julianday('now') - julianday(coalesce(meetings.date, documents.meeting_date)) as integer) as age_days,
  agenda_items.number as item_number,
  agenda_items.title as item_title,
  actions.page,
  actions.sentence,
  actions.document_id,
  actions.agenda_item_id,
  actions.meeting_id
from actions
join documents on documents.id = actions.document_id
left join meetings on meetings.id = actions.meeting_id
left join agenda_items on agenda_items.id = actions.agenda_item_id
where actions.status != 'done'
order by coalesce(meetings.date, documents.meeting_date), actions.owner
""".replace("{later}", later_meetings_sql("actions.meeting_id"))

# One row per surname per council. The surname is the part of name_key before '|'; the
# action counts are grouped once and joined (a correlated subquery per person took 47 s on
# ../shared); people.name_key and actions.person_id are indexed.
PEOPLE_BY_COUNCIL_SQL = """
with p as materialized (
  select people.id, people.name, people.role, people.document_id,
    coalesce(meetings.council, documents.council) as council,
    substr(people.name_key, 1, instr(people.name_key || '|', '|') - 1) as surname,
    coalesce(meetings.date, documents.meeting_date) as meeting_date
  from people
  join documents on documents.id = people.document_id
  left join meetings on meetings.id = people.meeting_id
  where people.name_key is not null
),
owned as (
  select p.council, p.surname, count(*) as actions
  from actions join p on p.id = actions.person_id
  group by p.council, p.surname
)
select
  p.council,
  p.surname,
  max(p.name) as name,
  group_concat(distinct p.role) as roles,
  count(distinct p.document_id) as documents,
  min(p.meeting_date) as first_seen,
  max(p.meeting_date) as last_seen,
  coalesce(owned.actions, 0) as actions
from p
left join owned on owned.council is p.council and owned.surname = p.surname
group by p.council, p.surname
"""


# The columns the Datasette pages facet on (datasette_plugin/metadata.py FACETS) and sort
# by: with an index each count is read from it (the unit facet of statistics on ../shared:
# 7 ms -> 2 ms; the gap grows with the table).
PAGE_INDEXES = {
    "documents": ["council", "body", "meeting_date", "doc_type", "status", "format"],
    "meetings": ["council", "body", "date"],
    "meeting_documents": ["role"],
    "resolutions": ["decision_type", "outcome"],
    "actions": ["owner_role", "owner", "trigger"],
    "statistics": ["unit", "direction"],
    "agreed_comments": ["recipient"],
    "people": ["attendance", "role"],
    "action_updates": ["status"],
}


def create_views(db: sqlite_utils.Database) -> None:
    """(Re)create the views and the indexes they and the pages rely on."""
    db.execute("create index if not exists idx_people_name_key on people(name_key)")
    db.execute("create index if not exists idx_actions_person_id on actions(person_id)")
    db.execute("create index if not exists idx_actions_status on actions(status)")
    create_page_indexes(db)
    ensure_rank_tables(db)  # later_meetings is computed from them
    db.create_view("outstanding_actions", OUTSTANDING_ACTIONS_SQL, replace=True)
    db.create_view("people_by_council", PEOPLE_BY_COUNCIL_SQL, replace=True)


def create_page_indexes(db: sqlite_utils.Database) -> None:
    """An index on each column of PAGE_INDEXES that its table has (older databases get them too)."""
    tables = set(db.table_names())
    for table, columns in PAGE_INDEXES.items():
        if table not in tables:
            continue
        have = set(db[table].columns_dict)
        for column in columns:
            if column in have:
                db.execute(f"create index if not exists [idx_{table}_{column}] on [{table}]([{column}])")
