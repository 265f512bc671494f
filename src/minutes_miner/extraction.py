"""From a read Document to every record: structure, then NLP per agenda item, then records.

`extract_document` is the one function the CLI, the store and eval call; it holds no state
between documents, so documents can be extracted in parallel processes.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from . import EXTRACTOR_VERSION, tables
from .resources import content_id as file_id
from .extract.acronyms import find_acronyms, post_acronyms
from .extract.action_filters import task_given
from .extract.action_tables import FoundTask, cell_table_actions, found_task, restates_found_task, text_table_actions
from .extract.decision_rows import TEXT_ABOVE_CHARS, TEXT_ABOVE_KEY
from .extract.money import Currencies, document_currencies
from .extract.building import action_record, amendment_records, comment_record, resolution_record, statistic_record, vote_records
from .extract.people import PeopleIndex, read_people
from .extract.statistics import TableCell, find_statistics, table_statistics
from .readers import Document, ReadError, read_document, reader_notes
from .records import (
    Acronym,
    Action,
    AgendaItem,
    AgreedComment,
    Amendment,
    Person,
    Resolution,
    Statistic,
    Vote,
    make_id,
)
from .records import Document as DocumentRecord
from .checks import VoteRecord, vote_checks
from .doc_type import is_summoned_agenda_of_reports
from .spill import RecordSpill
from .structure import ItemSpan, Structure, analyse

if TYPE_CHECKING:
    pass

# extract.actions, extract.resolutions and nlp.pipeline import spaCy (about half a second):
# they are imported where records are extracted, so that a re-ingest of unchanged files,
# which only hashes and looks up, never loads spaCy. Keep them out of the imports above.


@dataclass
class Extraction:
    """Everything minutes-miner knows about one file."""

    document: DocumentRecord
    agenda_items: list[AgendaItem] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    resolutions: list[Resolution] = field(default_factory=list)
    votes: list[Vote] = field(default_factory=list)
    amendments: list[Amendment] = field(default_factory=list)
    agreed_comments: list[AgreedComment] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    statistics: list[Statistic] = field(default_factory=list)
    acronyms: list[Acronym] = field(default_factory=list)
    details: dict[str, str] = field(default_factory=dict)
    page_starts: list[int] = field(default_factory=lambda: [0])

    # Records of declared types that have no field above (tables.TableSpec.extractor).
    declared: dict[str, list] = field(default_factory=dict)

    # A long document's records of the tables in SPILLED_TABLES, kept in a file (spill.py), not in the lists above.
    spill: RecordSpill | None = None

    def tables(self) -> dict[str, list]:
        """Every extracted table's records, by table name, in the order declared (tables.py)."""
        return {name: [record for batch in batches for record in batch] for name, batches in self.table_batches()}

    def table_batches(self) -> list[tuple[str, Iterable[list]]]:
        """Each extracted table's records in batches (one batch unless spilled), in the order declared."""
        return [(spec.name, self._batches(spec.name)) for spec in tables.TABLES if spec.stored == "extraction"]

    def _batches(self, name: str) -> Iterable[list]:
        if self.spill is not None and name in SPILLED_TABLES:
            return self.spill.read(name)
        return [getattr(self, name) if hasattr(self, name) else self.declared.get(name, [])]


def extract_path(path: str | Path, data: bytes | None = None, spill: bool | None = None) -> Extraction:
    """Read and extract one file; a file that cannot be read gives an 'error' document. spill: as extract_document."""
    path = Path(path)
    data = path.read_bytes() if data is None else data
    doc_id = file_id(data)
    try:
        document = read_document(path, data)
    except ReadError as e:
        return failed_extraction(doc_id, path, str(e))
    return extract_document(document, doc_id, ingested_at=_now(), spill=spill)


def failed_extraction(doc_id: str, path: str | Path, reason: str) -> Extraction:
    """An Extraction holding only an 'error' document, with the reason the user will read."""
    record = DocumentRecord(
        id=doc_id,
        path=str(path),
        file_name=Path(path).name,
        status="error",
        error=reason,
        ingested_at=_now(),
        extractor_version=EXTRACTOR_VERSION,
    )
    return Extraction(record)


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def extract_document(document: Document, doc_id: str, ingested_at: str | None = None, spill: bool | None = None) -> Extraction:
    """Every record of one read document. spill: keep the records in a temporary file (spill.py);
    None decides by length, so that a long document's extraction holds a bounded number of records;
    False never (a dask worker, whose temporary files the writer cannot read)."""
    structure = analyse(document)
    record = DocumentRecord(
        id=doc_id,
        path=document.path,
        file_name=Path(document.path).name,
        format=document.format,
        doc_type=structure.doc_type,
        title=structure.title,
        council=structure.council,
        body=structure.body,
        meeting_date=structure.meeting_date.isoformat() if structure.meeting_date else None,
        venue=structure.venue,
        pages=document.pages,
        status="ok",
        ingested_at=ingested_at,
        extractor_version=EXTRACTOR_VERSION,
        text=document.text,
    )
    result = Extraction(record, details=structure.details, page_starts=list(document.page_starts))
    if spill or (spill is None and SPILL_CHARS is not None and len(document.text) > SPILL_CHARS):
        result.spill = RecordSpill()
    result.details.update(reader_notes(document))  # pages OCR'd, pages unreadable
    agenda_items = (_agenda_item(document, doc_id, item) for item in structure.items)
    if result.spill is not None:
        result.spill.add("agenda_items", agenda_items)
    else:
        result.agenda_items = list(agenda_items)
    result.people = read_people(document, doc_id, structure)
    result.acronyms = find_acronyms(document.text, doc_id)
    _extract_records(document, structure, result)
    result.actions = _without_repeats(result.actions)
    _expand_subjects(result.statistics, result.acronyms)
    _declared_records(document, structure, doc_id, result)
    return result


def _declared_records(document: Document, structure: Structure, doc_id: str, result: Extraction) -> None:
    """Run the extractor each table declaration names (tables.TableSpec.extractor)."""
    for spec in tables.TABLES:
        if spec.extractor:
            module, _, function = spec.extractor.partition(":")
            result.declared[spec.name] = list(getattr(importlib.import_module(module), function)(document, structure, doc_id))


def _without_repeats(actions: list[Action]) -> list[Action]:
    """A motion quoted in full and then resolved gives each task twice: keep the last, the decision's.

    A commitment reported again in the debate with more words after it is the same task too: "Councillor Reed had agreed to
    apologise at the next meeting." then "... had agreed to apologise at the next meeting and therefore it was a matter for
    him": the shorter (four words or more) is the longer's opening words, for the same owner in the same agenda item, so only
    the longer is kept. Another item's like request ('requests that the Licensee keep the Board apprised ...' for each licence)
    is a task of its own."""
    last = {(a.owner, a.description): a.id for a in actions}
    kept = [a for a in actions if last[(a.owner, a.description)] == a.id]
    openings: dict[tuple, list[Action]] = {}
    for a in kept:
        openings.setdefault((a.agenda_item_id, a.owner, a.description.lower()), []).append(a)
    repeated: set[str] = set()
    for a in kept:
        words = a.description.lower().split()
        for n in range(_REPEAT_MIN_WORDS, len(words)):
            shorter = openings.get((a.agenda_item_id, a.owner, " ".join(words[:n])), ())
            repeated.update(b.id for b in shorter if abs(b.char_start - a.char_start) <= _REPEAT_REACH)
    return [a for a in kept if a.id not in repeated]


_REPEAT_REACH = 2000  # the most characters between a commitment and its repeat in the same debate
_REPEAT_MIN_WORDS = 4  # a task's opening words that make a longer task of the same owner its repeat ('apologise at the next meeting')


def _expand_subjects(statistics: list[Statistic], acronyms: list[Acronym]) -> None:
    """'dental checks for CLA' -> 'dental checks for CLA (Children Looked After)', from the document's own definitions."""
    if not acronyms:
        return
    table = {a.acronym: a.expansion for a in acronyms}
    pattern = re.compile(r"\b(" + "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True)) + r")\b")
    for stat in statistics:
        if stat.subject:
            stat.subject = pattern.sub(
                lambda m: f"{m.group(1)} ({table[m.group(1)]})" if table[m.group(1)] not in stat.subject else m.group(1), stat.subject, count=1
            )


def _agenda_item(document: Document, doc_id: str, item: ItemSpan) -> AgendaItem:
    return AgendaItem(
        id=make_id(doc_id, "item", item.start),
        document_id=doc_id,
        number=item.number,
        title=item.title,
        text=document.text[item.start : item.end],
        page=document.page_at(item.start),
        char_start=item.start,
        char_end=item.end,
    )


# A document longer than this (about 130 pages of minutes) keeps its records in a temporary file,
# window by window (spill.py), so that memory does not grow with its length. None: never.
SPILL_CHARS: int | None = 200_000
# The tables whose records are spilled: those that grow with the document's length. Actions stay in
# memory without repeats (their number is bounded by the distinct tasks), people and acronyms are few.
SPILLED_TABLES = ("agenda_items", "resolutions", "votes", "amendments", "agreed_comments", "statistics")

# The most text one spaCy Doc is given. A segment longer than this (an item of a compiled
# archive, a minutes book with no numbering) is read in windows cut at paragraph breaks, so
# that memory stays flat and no segment reaches spaCy's own limit (E088, 1,000,000 characters).
WINDOW_CHARS = 100_000


def _segments(document: Document, items: list[tuple[int, int, str]]) -> list[tuple[int, int, str | None]]:
    """The text cut at agenda items (start, end, id): (start, end, agenda_item_id); text before item 1 too.

    Each is at most WINDOW_CHARS long: longer ones come as consecutive windows of one item.
    """
    if not items:
        segments = [(0, len(document.text), None)]
    else:
        segments = [(0, items[0][0], None)] if items[0][0] > 0 else []
        segments += items
    return [window for segment in segments for window in _windows(document.text, *segment)]


def _windows(text: str, start: int, end: int, item_id: str | None) -> list[tuple[int, int, str | None]]:
    """start..end in pieces of at most WINDOW_CHARS, each cut at the last blank line (else line end) before the limit."""
    windows = []
    while end - start > WINDOW_CHARS:
        limit = start + WINDOW_CHARS
        cut = text.rfind("\n\n", start + WINDOW_CHARS // 2, limit - 1)
        cut = cut + 2 if cut != -1 else text.rfind("\n", start + WINDOW_CHARS // 2, limit) + 1
        cut = cut or limit  # no line break at all in the second half: cut at the limit
        windows.append((start, cut, item_id))
        start = cut
    windows.append((start, end, item_id))
    return windows


def _extract_records(document: Document, structure: Structure, result: Extraction) -> None:
    text = document.text
    doc_id = result.document.id
    segments = _segments(document, [(item.start, item.end, make_id(doc_id, "item", item.start)) for item in structure.items])
    from .extract.actions import find_actions
    from .extract.resolutions import REPEATED_SPANS_KEY, find_resolutions
    from .nlp.pipeline import get_pipeline
    from .nlp.doc_text import doc_text
    from .extract.introduced_names import introduced_names, listed_names, shared_short_names, short_names
    from .extract.layered import layered_actions, layered_resolutions

    nlp = get_pipeline()
    scope = extraction_scope(structure.doc_type, text)
    decisions_allowed, actions_allowed = scope.decisions, scope.actions
    people_index = PeopleIndex(result.people)
    currencies = document_currencies(document.metadata.get("url"), document.metadata.get("council") or structure.council, text)
    members_present = sum(p.attendance == "present" for p in result.people)
    table_stats = _table_statistics(document, currencies)
    table_spans = [(s.start, s.end) for s in table_stats]
    for stat in table_stats:
        item_id = next((i for a, b, i in segments if a <= stat.start < b), None)
        result.statistics.append(statistic_record(document, doc_id, item_id, stat))
    docs = _segment_docs(nlp, text, segments, decisions_allowed, actions_allowed)
    text_end = len(text.rstrip())  # a task the end of the text cuts off is no task (action_filters.task_given)
    action_starts: list[int] = []  # every action found, for the table actions (offsets only: the actions may be spilled)
    found_tasks: dict[str, list[FoundTask]] = {}  # each owner's tasks, so a summary table's repeat of one is known
    dedup_at = 64  # spilling: how many actions are held before repeats are dropped again (doubling, so linear)
    full_names = introduced_names(text) + listed_names([p.name for p in result.people]) if actions_allowed else []
    short = short_names(full_names) + post_acronyms(result.acronyms) if actions_allowed else []
    # "Director Sheila Otte ..." then "Otte will apply"; "Head of Development Management (HDM)" then "The HDM to write"
    shared = shared_short_names(full_names)  # "Robbie will contact ..." with two Robbies present: nobody in particular
    for (base, end, item_id), doc in zip(segments, docs):
        resolution_spans: list[tuple[int, int]] = []
        comment_spans: list[tuple[int, int]] = []
        if decisions_allowed:
            doc.user_data[TEXT_ABOVE_KEY] = text[max(0, base - TEXT_ABOVE_CHARS) : base]  # the item's heading, cut off above its text
            for found in layered_resolutions(doc, find_resolutions(doc), model_allowed=structure.doc_type != "agenda"):  # rules, plus the model's long tail
                if scope.labelled_decisions_only and not _labelled_decision(found):
                    continue
                resolution = resolution_record(document, doc_id, item_id, base, found)
                result.resolutions.append(resolution)
                resolution_spans.append((found.start, found.end))
                result.votes += vote_records(resolution, found.votes, people_index)
                resolution.vote_checks = vote_checks(
                    VoteRecord(found.votes_for, found.votes_against, found.abstentions, found.outcome, found.unanimous), found.votes, members_present
                )
                for a, b, comment in found.comments:
                    comment_spans.append((a, b))
                    result.agreed_comments.append(comment_record(document, doc_id, item_id, base, a, b, comment, found.recipient, resolution.id))
            result.amendments += amendment_records(
                document, doc_id, item_id, base, doc_text(doc), [r for r in result.resolutions if r.agenda_item_id == item_id and r.char_start >= base]
            )
        if actions_allowed:
            resolution_spans += doc.user_data.get(REPEATED_SPANS_KEY, [])  # a decision printed twice: its second printing is no task either
            for action in layered_actions(doc, find_actions(doc, resolution_spans, known_names=[p.name for p in result.people], short_names=short)):
                if _inside_comment(action.task_start, comment_spans) or action.owner in shared:
                    continue
                action.description = task_given(text, text_end, base + action.task_start, action.description, structure.doc_type == "agenda")
                if not action.description:
                    continue  # cut off by the end of the text, or an agenda's motion not yet put or its programme (action_filters.task_given)
                result.actions.append(action_record(document, doc_id, item_id, base, action, structure, people_index))
                action_starts.append(result.actions[-1].char_start)
                found_tasks.setdefault((action.owner or "").lower(), []).append(found_task(base + action.task_start, action.description))
        excluded = [(s - base, e - base) for s, e in _attendance_spans(result.people, text) + table_spans if base <= s < end]
        for stat in find_statistics(text[base:end], base=base, excluded=excluded, currencies=currencies):
            result.statistics.append(statistic_record(document, doc_id, item_id, stat))
        if result.spill is not None:
            dedup_at = _spill_window(result, dedup_at)
    if actions_allowed:
        result.actions += _table_actions(document, doc_id, segments, structure, people_index, action_starts, found_tasks)


def _inside_comment(task_start: int, comment_spans: list[tuple[int, int]]) -> bool:
    """Whether a task lies in a comment the meeting agreed to pass on ('the following comments be sent to the Cabinet
    Member: ... (c) the Cabinet Member should report to the Committee in six months'): a view handed to someone who
    may act on it, an agreed comment and not a task given to an owner (ANNOTATION.md, Agreed comments)."""
    return any(a <= task_start < b for a, b in comment_spans)


def _spill_window(result: Extraction, dedup_at: int) -> int:
    """Hand one window's records to the spill and forget them; actions stay, without repeats
    once there are dedup_at of them. Returns the next dedup_at.

    The same records as without a spill: subjects are expanded per statistic, and keeping the
    last of repeated actions now and then keeps the same ones, in the same order, as at the end.
    """
    _expand_subjects(result.statistics, result.acronyms)
    for name in SPILLED_TABLES[1:]:
        result.spill.add(name, getattr(result, name))
        setattr(result, name, [])
    if len(result.actions) < dedup_at:
        return dedup_at
    result.actions = _without_repeats(result.actions)
    return max(dedup_at, 2 * len(result.actions))


def _table_actions(
    document: Document, doc_id: str, segments: list, structure: Structure, people: PeopleIndex, found: list[int], found_tasks: dict[str, list[FoundTask]]
) -> list[Action]:
    """One action per row of an action table the reader kept as cells, where no rule read that row (found: the char_start of every action)
    and the row does not repeat a task the minutes gave its owner above it (found_tasks; action_tables.restates_found_task)."""
    from .extract.action_label_lines import register_actions
    from .extract.actions import FoundAction, action_rules

    cells = [
        TableCell(b.start, b.end, b.table, b.row, b.col, document.text[b.start : b.end])
        for b in document.blocks
        if b.kind == "table_cell" and b.table is not None and b.row is not None and b.col is not None
    ]
    actions = []
    rows = cell_table_actions(cells, action_rules()["tables"]) if cells else []
    rows += text_table_actions(document.text, action_rules()["tables"])  # "Item Action Who By" over rows: its rows may fall under several items
    for row in rows:
        if any(row.row_start <= start < row.row_end for start in found) or restates_found_task(row.owner, row.task, row.row_start, found_tasks):
            continue
        item_id = next((i for a, b, i in segments if a <= row.task_start < b), None)
        action = FoundAction(row.owner, "LABEL", row.task, "table", row.row_start, row.row_end, row.task_start, row.due)
        actions.append(action_record(document, doc_id, item_id, 0, action, structure, people))
    for action in register_actions(document.text):  # "ACTIONS\nClerk – quotes for the shelter glass – March mtg": its rows may fall under several items
        if any(action.start <= start < action.end for start in found):
            continue
        item_id = next((i for a, b, i in segments if a <= action.task_start < b), None)
        actions.append(action_record(document, doc_id, item_id, 0, action, structure, people))
    return actions


@dataclass(frozen=True)
class Scope:
    """What is looked for in one document. The document type informs this but no longer
    switches minutes off: ModernGov 'Agenda and minutes' pages and decision pages typed
    wrongly hold real decisions and tasks."""

    decisions: bool
    actions: bool
    labelled_decisions_only: bool = False  # a report: only its 'Decision:' labels, never its recommendations


_PROPOSED_DECISION_RE = re.compile(r"PROPOSED RECORD OF DECISION|proposed decision", re.I)
# A report-typed page that records decisions: a ModernGov 'Decision:' label opening a line or a sentence.
_DECISION_LABEL_RE = re.compile(r"(?:^|(?<=[.!?] ))[ \t]*Decisions?(?: made)?[ \t]*:", re.M)


def extraction_scope(doc_type: str, text: str) -> Scope:
    """Minutes, 'other' pages, decision notices and agendas are searched for decisions and tasks
    (an agenda's own wording, 'To RESOLVE', 'to be approved', is left out by the finders);
    a report only for decisions under a 'Decision:' label, because its recommendations and
    narrative of past decisions are not this meeting's; a proposed decision for nothing."""
    if _PROPOSED_DECISION_RE.search(text[:3000]):
        return Scope(False, False)
    if doc_type == "report" or doc_type == "agenda" and is_summoned_agenda_of_reports(text):
        return Scope(True, False, True) if _DECISION_LABEL_RE.search(text) else Scope(False, False)
    return Scope(True, True)


def _labelled_decision(found) -> bool:
    return found.kind in {"section", "label"} or found.marker.lower().startswith("decision")


def _segment_docs(nlp, text: str, segments: list, decisions_allowed: bool, actions_allowed: bool):
    """One spaCy Doc per segment, running only the components a finder of this document reads.

    Speed only, the records are the same: find_resolutions reads the markers (and the
    tokens), find_actions the sentences and the owner entities; statistics read plain text.
    A report (most pages of an agenda pack) needs no Doc at all, and the owner ruler, the
    costliest component, runs only where actions are looked for. Change this together with
    the finders if one starts reading another component's output.
    """
    if not (decisions_allowed or actions_allowed):
        return [None] * len(segments)
    disable = [] if actions_allowed else ["minutes_owners"]
    if not decisions_allowed:
        disable.append("minutes_markers")
    from .nlp.trained import layer

    if layer() == "rules":
        disable.append("minutes_trained")  # rules only: the classifier's scores would go unread
    from .nlp.chunk_cache import with_chunks_cached
    from .nlp.doc_text import tokenized

    # each new word tokenized once into spaCy's cache, which a long Doc otherwise stops filling (nlp/chunk_cache.py);
    # each Doc keeps the text it was made from, so Doc.text is never joined from its tokens (nlp/doc_text.py)
    return nlp.pipe((tokenized(nlp, with_chunks_cached(nlp.tokenizer, text[a:b])) for a, b, _ in segments), batch_size=32, disable=disable)


def _table_statistics(document: Document, currencies: Currencies):
    cells = [
        TableCell(b.start, b.end, b.table, b.row, b.col, document.text[b.start : b.end])
        for b in document.blocks
        if b.kind == "table_cell" and b.table is not None and b.row is not None and b.col is not None
    ]
    return table_statistics(cells, currencies) if cells else []


_SENTENCE_END_RE = re.compile(r"\b[a-z]{3,}\.[ \t]{1,3}(?=[A-Z][a-z])")


def _attendance_spans(people: list[Person], text: str) -> list[tuple[int, int]]:
    """The attendance records' characters, where no number is a statistic; a span ends at its
    sentence ("... Jem Charles were present. One member of the public was also present": a count)."""
    spans = []
    for p in people:
        if p.char_start is None or p.attendance == "mentioned":
            continue
        stop = _SENTENCE_END_RE.search(text, p.char_start, p.char_end)
        spans.append((p.char_start, stop.end() if stop else p.char_end))
    return spans
