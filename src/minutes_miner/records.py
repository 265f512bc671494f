"""The records minutes-miner produces: one Pydantic model per table.

Field descriptions are written once here. They feed the JSON Schemas in schemas/
(`minutes-miner schemas`) and the column descriptions Datasette shows, so a user reading
either sees the same words.
"""

from __future__ import annotations

import hashlib
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Unit = Literal["count", "percent", "GBP", "EUR", "USD", "CAD", "AUD", "NZD", "ZAR", "other"]
Attendance = Literal["present", "apologies", "absent", "in_attendance", "mentioned"]
ActionStatus = Literal["pending", "no update", "in progress", "outstanding", "done", "open"]
DocType = Literal["minutes", "report", "agenda", "decision_notice", "other"]
DecisionType = Literal[
    "noted",
    "approved",
    "agreed",
    "adopted",
    "recommended",
    "endorsed",
    "deferred",
    "refused",
    "delegated",
    "elected/appointed",
    "exclusion of press and public",
    "minutes approved",
    "other",
]


def make_id(*parts: object) -> str:
    """A short stable id from the parts that identify a record.

    Stable ids mean re-extracting the same bytes with the same extractor gives the
    same rows, which keeps links into Datasette valid between ingests.
    """
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return digest[:16]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)


class Provenance(Record):
    """Where a record came from: enough to check any row against its source."""

    document_id: str = Field(description="sha256 of the source file's bytes (documents.id)")
    meeting_id: str | None = Field(
        None, description="The meeting the record belongs to (meetings.id): the document's, or the earlier meeting whose minutes an agenda pack reprints"
    )
    agenda_item_id: str | None = Field(None, description="The agenda item the record sits in (agenda_items.id), if any")
    page: int | None = Field(None, description="1-based page of the source where the evidence starts")
    char_start: int = Field(description="Offset of the evidence's first character in the document's stored text")
    char_end: int = Field(description="Offset just past the evidence's last character in the document's stored text")
    sentence: str = Field(description="The evidence: the sentence or passage of the source the record was read from")


class Document(Record):
    id: str = Field(description="sha256 of the file's bytes; the same bytes are the same document")
    path: str = Field(description="Path of the file as given to ingest")
    file_name: str = Field(description="The file's name")
    format: str | None = Field(None, description="Format read from the bytes: pdf, docx, html, txt or md")
    doc_type: DocType | None = Field(None, description="minutes, report, agenda, decision_notice or other")
    title: str | None = Field(None, description="Title of the document or meeting")
    council: str | None = Field(None, description="The council that published it, e.g. 'Kent County Council'")
    body: str | None = Field(None, description="The meeting body: Cabinet, a committee, panel or the full council")
    meeting_date: str | None = Field(None, description="Date of the meeting (ISO 8601)")
    venue: str | None = Field(None, description="Where the meeting was held, as written")
    pages: int | None = Field(None, description="Number of pages (1 for formats without pages)")
    status: Literal["ok", "error"] = Field("ok", description="'ok', or 'error' when the file could not be read")
    error: str | None = Field(None, description="Why the file could not be read (one line), when status is 'error'")
    ingested_at: str | None = Field(None, description="When the document was last ingested (UTC, ISO 8601)")
    extractor_version: str | None = Field(None, description="minutes-miner extractor version that produced the records")
    meeting_id: str | None = Field(None, description="The meeting the document records or was published for (meetings.id)")
    copy_of: str | None = Field(
        None, description="When the same content was already stored from another file (documents.id): this file is a copy and holds no records of its own"
    )
    text: str | None = Field(None, description="The normalised text every char_start/char_end indexes into")


class AgendaItem(Record):
    id: str = Field(description="Stable id of the agenda item")
    document_id: str = Field(description="The document it belongs to (documents.id)")
    meeting_id: str | None = Field(None, description="The meeting whose business it is (meetings.id)")
    number: str | None = Field(None, description="Item or minute number as printed: '292', '77/21', 'C2624', '8.1'")
    title: str | None = Field(None, description="Item title as printed")
    text: str = Field(description="The item's full text")
    page: int | None = Field(None, description="Page where the item starts")
    char_start: int = Field(description="Offset of the item's start in the document text")
    char_end: int = Field(description="Offset just past the item's end in the document text")


class Person(Record):
    id: str = Field(description="Stable id of the person within the document")
    document_id: str = Field(description="The document they appear in (documents.id)")
    meeting_id: str | None = Field(None, description="The meeting they attended or were named at (meetings.id)")
    name: str = Field(description="Name as written, e.g. 'Mr R W Gough', 'Joanne Carpenter'")
    name_key: str | None = Field(None, description="Surname and first initial, lower case ('gough|r'): joins one person across documents of a council")
    role: str | None = Field(None, description="Role as written, e.g. 'Chairman', 'Participation and Engagement Manager'")
    attendance: Attendance = Field("mentioned", description="present, apologies, absent, in_attendance or mentioned")
    virtual: bool = Field(False, description="True when the minutes say they took part virtually (remotely, online)")
    page: int | None = Field(None, description="Page of the first mention")
    char_start: int | None = Field(None, description="Offset of the first mention")
    char_end: int | None = Field(None, description="Offset just past the first mention")


class Resolution(Provenance):
    id: str = Field(description="Stable id of the resolution")
    text: str = Field(description="The decision as recorded, after its marker, with all its clauses")
    clauses: list[str] = Field(default_factory=list, description="The lettered or numbered clauses, in order (JSON list)")
    decision_type: DecisionType = Field("other", description="What kind of decision: noted, approved, agreed, ...")
    marker: str | None = Field(None, description="The word that marks the decision as written: RESOLVED, AGREED, Decision: ...")
    outcome: Literal["carried", "lost", "withdrawn"] | None = Field(None, description="Outcome of the vote where recorded")
    unanimous: bool | None = Field(None, description="True when recorded as unanimous")
    votes_for: int | None = Field(None, description="Votes for, where recorded")
    votes_against: int | None = Field(None, description="Votes against, where recorded")
    abstentions: int | None = Field(None, description="Abstentions, where recorded")
    mover: str | None = Field(None, description="Who moved or proposed it, as written")
    seconder: str | None = Field(None, description="Who seconded it, as written")
    vote_checks: list[str] = Field(
        default_factory=list,
        description="Flags where the recorded vote does not add up (JSON list): tally_differs_from_roll, unanimous_with_dissent, more_votes_than_present, majority_contradicts_outcome",
    )


class Vote(Record):
    resolution_id: str = Field(description="The resolution voted on (resolutions.id)")
    person: str = Field(description="The member, as written in the recorded vote")
    vote: Literal["for", "against", "abstain"] = Field(description="for, against or abstain")
    person_id: str | None = Field(None, description="The member in people (people.id), when the name matches one person of the document")


class Amendment(Provenance):
    """A proposed amendment to a motion (Popolo Motion), with its result and count (Popolo VoteEvent)."""

    id: str = Field(description="Stable id of the amendment")
    resolution_id: str | None = Field(
        None, description="The motion it amends: the substantive resolution of the same agenda item (resolutions.id), when one was recorded"
    )
    text: str = Field(description="The amendment as proposed, as written")
    mover: str | None = Field(None, description="Who moved or proposed it, as written (Popolo Motion.creator)")
    seconder: str | None = Field(None, description="Who seconded it, as written")
    result: Literal["carried", "lost", "withdrawn"] | None = Field(
        None, description="How it ended: carried, lost (also defeated, fell) or withdrawn (Popolo VoteEvent.result)"
    )
    unanimous: bool | None = Field(None, description="True when recorded as carried unanimously")
    votes_for: int | None = Field(None, description="Votes for, where recorded (Popolo count 'yes')")
    votes_against: int | None = Field(None, description="Votes against, where recorded (Popolo count 'no')")
    abstentions: int | None = Field(None, description="Abstentions, where recorded (Popolo count 'abstain')")


class AgreedComment(Provenance):
    id: str = Field(description="Stable id of the comment")
    text: str = Field(description="The comment, observation or recommendation agreed to be passed on")
    recipient: str | None = Field(None, description="To whom it is passed, as written")
    resolution_id: str | None = Field(None, description="The resolution that sent it (resolutions.id)")


class Action(Provenance):
    id: str = Field(description="Stable id of the action")
    owner: str | None = Field(None, description="Who must do it, as written: a name, a role or a body")
    owner_name: str | None = Field(None, description="The owner's name, resolved from attendance or earlier mentions")
    owner_role: str | None = Field(None, description="The owner's role, resolved where known")
    person_id: str | None = Field(None, description="The owner in people (people.id), when linked")
    description: str = Field(description="The task itself, from its verb")
    due_text: str | None = Field(None, description="The deadline as written: 'by the next meeting'")
    due_date: str | None = Field(None, description="The deadline as a date (ISO 8601), resolved against the meeting date")
    status: ActionStatus = Field(
        "pending",
        description="pending (no later meeting of the body ingested yet), no update (later meetings ingested, none reports on it), "
        "in progress or outstanding (a later meeting reported it not yet done), done (reported done)",
    )
    trigger: str | None = Field(None, description="The form that matched: 'agreed to', 'to-note', 'be asked to', 'label' ...")


class ActionUpdate(Record):
    id: str = Field(description="Stable id of the update")
    action_id: str = Field(description="The earlier action it reports on (actions.id)")
    document_id: str = Field(description="The later document that reports it (documents.id)")
    sentence: str = Field(description="What the later minutes say about the action")
    status: Literal["done", "in progress", "outstanding"] = Field(description="done, in progress or outstanding")
    page: int | None = Field(None, description="Page of the update in the later document")
    char_start: int | None = Field(None, description="Offset of the update in the later document")
    char_end: int | None = Field(None, description="Offset just past the update")


class Meeting(Record):
    """One meeting of a body: every document that records it or was published for it."""

    id: str = Field(description="Stable id of the meeting, from its council, body and date")
    council: str | None = Field(None, description="The council, as named by the first document of the meeting")
    body: str | None = Field(None, description="The meeting body, as named by the first document of the meeting")
    date: str | None = Field(None, description="Date of the meeting (ISO 8601)")
    documents: int = Field(0, description="How many stored files record or accompany it (copies included; see meeting_documents)")
    minutes: int = Field(0, description="How many of them are its minutes (the printed minutes and any copy reprinted in a later pack)")


class MeetingDocument(Record):
    meeting_id: str = Field(description="The meeting (meetings.id)")
    document_id: str = Field(description="A file that records it or was published for it (documents.id)")
    role: str = Field(description="minutes, agenda, report ... (the document type), or 'previous minutes' for minutes reprinted in a later pack")
    char_start: int = Field(description="Where the part of the document about this meeting starts in its text")
    char_end: int = Field(description="Where that part ends")
    copy_of: str | None = Field(None, description="The document already holding the records of this part (documents.id), when this part is a copy")


class Statistic(Provenance):
    id: str = Field(description="Stable id of the statistic")
    value: float = Field(description="The number in the unit's terms: 42 for 42%, 1611000 for £1.611m, 0.81 for 81p")
    unit: Unit = Field(
        description="count, percent, other, or money's ISO 4217 code (GBP, EUR, USD, CAD, AUD, NZD, ZAR); a bare '$' is the council's own dollar"
    )
    qualifier: str | None = Field(None, description="more than, in excess of, around, up to, at least ... as written")
    subject: str | None = Field(None, description="What it counts or measures, as a noun phrase")
    period: str | None = Field(None, description="The period it refers to, when stated: 'Q3 2021-22', 'the last 3 months'")
    comparison: str | None = Field(None, description="What it is compared with, when stated: 'national average', target")
    direction: Literal["increase", "decrease"] | None = Field(None, description="increase or decrease, for a change")
    change_from: float | None = Field(None, description="The paired earlier value of a change ('from 15% to 26%': 15)")
    text: str = Field(description="The short phrase around the number")


class Acronym(Record):
    document_id: str = Field(description="The document that defines it (documents.id)")
    acronym: str = Field(description="The short form: LAC, CLA, UASC")
    expansion: str = Field(description="The long form: Looked After Children")


def __getattr__(name: str):
    """`records.RECORD_MODELS`: the models by table, as declared once in tables.py.

    Looked up lazily because tables.py imports the models above (an import at the top
    would be circular).
    """
    if name == "RECORD_MODELS":
        from .tables import RECORD_MODELS

        return RECORD_MODELS
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
