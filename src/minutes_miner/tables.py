"""One declaration per stored table: the unit every stage reads instead of its own list.

A record type is its Pydantic model (records.py), its declaration here and its extractor.
The store (columns, keys, full-text indexes, which rows go with a document), the Datasette
plugin (titles, facets, label columns, the source view, what the home page counts) and the
evaluation (which types are scored against gold, and on which fields) all derive from
`TABLES`, so adding a table or a column is not a hunt through nine modules; a test checks
that they agree. See docs/adding.md.

Kept free of heavy imports (only the models): every stage imports it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .records import (
    Acronym,
    Action,
    ActionUpdate,
    AgendaItem,
    AgreedComment,
    Amendment,
    Document,
    Meeting,
    MeetingDocument,
    Person,
    Record,
    Resolution,
    Statistic,
    Vote,
)

Stored = Literal["document", "meetings", "text", "extraction", "followup"]

# Facets on the council, body and date of a record's meeting (datasette_plugin/facets.py):
# every record table can be narrowed to one council, body or meeting without a join.
MEETING_FACETS: tuple = ({"meeting": "council"}, {"meeting": "body"}, {"meeting": "meeting_date"})


@dataclass(frozen=True)
class SourceView:
    """How a record reads on its source view (/-/minutes/<db>/record/<table>/<id>)."""

    noun: str  # what one row is called: "Resolution"
    main: str  # the column that says what it is (the page's heading)
    fields: tuple[tuple[str, str], ...] = ()  # (column, label) shown beside the evidence, in order
    item_label_sql: str | None = None  # listed among its agenda item's records with this label (SQL over its columns)


@dataclass(frozen=True)
class Evaluation:
    """How a record type is scored against gold (evaluate.py, ../shared/ANNOTATION.md)."""

    matcher: Literal["text", "action", "statistic"]
    fields: tuple[tuple[str, str, object], ...]  # (gold key, record field, value when the field is empty)


@dataclass(frozen=True)
class TableSpec:
    """Everything minutes-miner says about one stored table, in one place."""

    name: str
    model: type[Record] | None  # None: a table of the store's own (document_texts)
    title: str
    description: str
    stored: Stored  # who writes its rows: "extraction" records are replaced with their document
    links: tuple[tuple[str, str], ...] = ()  # foreign keys beyond document_id/agenda_item_id: (column, table)
    fts: tuple[str, ...] = ()  # full-text indexed columns (<table>_fts)
    facets: tuple = ()  # Datasette facets: a column, or {"meeting": column}
    label: str | None = None  # Datasette's label column
    source: SourceView | None = None  # has a source view
    evaluated: Evaluation | None = None  # scored against gold
    counted: bool = False  # counted on the database's home page
    # "module:function" of a document-level finder, for a record type that extraction.py does
    # not build itself: called as function(document, structure, doc_id) -> list of records.
    extractor: str | None = None

    @property
    def foreign_keys(self) -> list[tuple[str, str, str]]:
        """sqlite-utils foreign keys: the provenance columns the model has, then the declared links."""
        fields = self.model.model_fields if self.model else {}
        keys = [(col, table, "id") for col, table in (("document_id", "documents"), ("agenda_item_id", "agenda_items")) if col in fields]
        return keys + [(col, table, "id") for col, table in self.links]


TABLES: tuple[TableSpec, ...] = (
    TableSpec(
        "documents",
        Document,
        "Documents",
        "One row per file ingested: what it is, which meeting, and whether it could be read.",
        stored="document",
        facets=("council", "body", "meeting_date", "doc_type", "status", "format"),
        label="title",
    ),
    TableSpec(
        "meetings",
        Meeting,
        "Meetings",
        "One row per meeting of a body: council, body, date and how many files record it (the same minutes published twice count once as a meeting).",
        stored="meetings",
        facets=("council", "body", "date"),
        label="body",
        counted=True,
    ),
    TableSpec(
        "meeting_documents",
        MeetingDocument,
        "Meeting sources",
        "Every file (or part of a file) that records a meeting; a copy points to the file that holds its records.",
        stored="meetings",
        facets=("role",),
    ),
    TableSpec(
        "document_texts",
        None,
        "Document texts",
        "The normalised text every char_start/char_end offset indexes into.",
        stored="text",
    ),
    TableSpec(
        "agenda_items",
        AgendaItem,
        "Agenda items",
        "Items and minutes as numbered in each document, with their text.",
        stored="extraction",
        fts=("title", "text"),
        facets=MEETING_FACETS,
        label="title",
        counted=True,
        source=SourceView("Agenda item", "title", (("number", "Number"),)),
    ),
    TableSpec(
        "people",
        Person,
        "People",
        "Attendance lists and people named with a role, per document.",
        stored="extraction",
        facets=({"meeting": "council"}, {"meeting": "body"}, "attendance", "role"),
        label="name",
        counted=True,
    ),
    TableSpec(
        "resolutions",
        Resolution,
        "Resolutions",
        "Formal decisions of the meeting body, as recorded, with their clauses and votes.",
        stored="extraction",
        fts=("text", "marker", "mover", "seconder"),
        facets=MEETING_FACETS + ("decision_type", "outcome"),
        label="text",
        counted=True,
        source=SourceView(
            "Resolution",
            "text",
            (
                ("decision_type", "Decision type"),
                ("marker", "Marked by"),
                ("outcome", "Outcome"),
                ("unanimous", "Unanimous"),
                ("votes_for", "Votes for"),
                ("votes_against", "Votes against"),
                ("abstentions", "Abstentions"),
                ("mover", "Moved by"),
                ("seconder", "Seconded by"),
            ),
            item_label_sql="coalesce(decision_type, '') || ': ' || text",
        ),
        evaluated=Evaluation("text", (("text", "text", None),)),
    ),
    TableSpec(
        "votes",
        Vote,
        "Recorded votes",
        "How each member voted in a recorded vote.",
        stored="extraction",
        links=(("resolution_id", "resolutions"), ("person_id", "people")),
    ),
    TableSpec(
        "amendments",
        Amendment,
        "Amendments",
        "Amendments proposed to a motion: mover, seconder, result and count, linked to the resolution they amend.",
        stored="extraction",
        links=(("resolution_id", "resolutions"),),
    ),
    TableSpec(
        "agreed_comments",
        AgreedComment,
        "Agreed comments",
        "Comments the meeting agreed to pass to another person or body.",
        stored="extraction",
        links=(("resolution_id", "resolutions"),),
        fts=("text", "recipient"),
        facets=MEETING_FACETS + ("recipient",),
        label="text",
        counted=True,
        source=SourceView("Agreed comment", "text", (("recipient", "Passed to"),), item_label_sql="coalesce('to ' || recipient || ': ', '') || text"),
        evaluated=Evaluation("text", (("text", "text", None), ("recipient", "recipient", None))),
    ),
    TableSpec(
        "actions",
        Action,
        "Actions",
        "Tasks to be done after the meeting by an identifiable owner.",
        stored="extraction",
        links=(("person_id", "people"),),
        fts=("owner", "owner_name", "owner_role", "description", "sentence"),
        facets=MEETING_FACETS + ("status", "owner_role", "owner", "trigger"),
        label="description",
        counted=True,
        source=SourceView(
            "Action",
            "description",
            (
                ("owner", "Owner, as written"),
                ("owner_name", "Owner's name"),
                ("owner_role", "Owner's role"),
                ("due_text", "Due, as written"),
                ("due_date", "Due date"),
                ("status", "Status"),
            ),
            item_label_sql="coalesce(owner_name, owner, '?') || ' (' || status || '): ' || description",
        ),
        evaluated=Evaluation("action", (("owner", "owner", ""), ("text", "description", None), ("due", "due_text", None))),
    ),
    TableSpec(
        "action_updates",
        ActionUpdate,
        "Action updates",
        "What later minutes say about earlier actions.",
        stored="followup",
        links=(("action_id", "actions"),),
        facets=({"meeting": "body"}, {"meeting": "meeting_date"}, "status"),
        counted=True,
        source=SourceView("Action update", "sentence", (("status", "Status reported"),)),
    ),
    TableSpec(
        "statistics",
        Statistic,
        "Statistics",
        "Numbers that quantify the business of the meeting: counts, percentages, money.",
        stored="extraction",
        fts=("subject", "text", "sentence"),
        facets=MEETING_FACETS + ("unit", "direction"),
        label="text",
        counted=True,
        source=SourceView(
            "Statistic",
            "text",
            (
                ("value", "Value"),
                ("unit", "Unit"),
                ("qualifier", "Qualifier"),
                ("subject", "Subject"),
                ("period", "Period"),
                ("comparison", "Compared with"),
                ("direction", "Direction"),
                ("change_from", "Changed from"),
            ),
            item_label_sql="text || coalesce(' (' || subject || ')', '')",
        ),
        evaluated=Evaluation("statistic", (("value", "value", None), ("unit", "unit", None), ("text", "text", None))),
    ),
    TableSpec(
        "acronyms",
        Acronym,
        "Acronyms",
        "Short forms defined in each document.",
        stored="extraction",
    ),
)

SPECS: dict[str, TableSpec] = {spec.name: spec for spec in TABLES}
# The models by table, one dict shared by every reader (tests swap a model in it).
RECORD_MODELS: dict[str, type[Record]] = {spec.name: spec.model for spec in TABLES if spec.model is not None}


def _parents_first(specs: list[TableSpec]) -> list[TableSpec]:
    """The specs ordered so that every table comes after the tables its foreign keys point to."""
    names = {s.name for s in specs}
    done: list[TableSpec] = []
    waiting = list(specs)
    while waiting:
        ready = [s for s in waiting if all(t not in names or t in {d.name for d in done} or t == s.name for _, t, _ in s.foreign_keys)]
        if not ready:
            raise ValueError(f"foreign keys form a cycle among {[s.name for s in waiting]}")
        done.append(ready[0])
        waiting.remove(ready[0])
    return done


# A document's records (replaced whenever it is stored again), children first: the order they are deleted in.
DOCUMENT_RECORD_TABLES: tuple[str, ...] = tuple(s.name for s in reversed(_parents_first([s for s in TABLES if s.stored in ("extraction", "followup")])))
EXTRACTED_TABLES: tuple[str, ...] = tuple(s.name for s in TABLES if s.stored == "extraction")
FTS_COLUMNS: dict[str, list[str]] = {s.name: list(s.fts) for s in TABLES if s.fts}
EVALUATED_TYPES: tuple[str, ...] = tuple(s.name for s in TABLES if s.evaluated)
SOURCE_TABLES: tuple[str, ...] = tuple(s.name for s in TABLES if s.source)
