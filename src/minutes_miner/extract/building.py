"""A finder's result as a stored record: ids, the exact place in the source (page, offsets,
the sentence), and the links to people. The finders say what and where; this says how it is stored.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..readers import Document
from ..records import Action, AgreedComment, Amendment, Resolution, Statistic, Vote, make_id
from ..structure import Structure
from ..text_utils import squash, squash_prefix, trim_span
from .blocks import sentence_end, sentence_start
from .people import PeopleIndex

if TYPE_CHECKING:
    from .actions import FoundAction


def evidence(document: Document, start: int, end: int) -> tuple[int, int, str]:
    start, end = trim_span(document.text, start, end)
    return start, end, squash(document.text[start:end])


def provenance(document: Document, doc_id: str, item_id: str | None, start: int, end: int, sentence: str) -> dict:
    """The fields every record shares: where in which document, and the evidence."""
    return dict(document_id=doc_id, agenda_item_id=item_id, page=document.page_at(start), char_start=start, char_end=end, sentence=sentence)


def resolution_record(document: Document, doc_id: str, item_id: str | None, base: int, found) -> Resolution:
    start, end, sentence = evidence(document, base + min(found.evidence_start, found.start), base + found.end)
    return Resolution(
        id=make_id(doc_id, "resolution", start, end),
        **provenance(document, doc_id, item_id, start, end, sentence),
        text=found.text,
        clauses=found.clauses,
        decision_type=found.decision_type,
        marker=found.marker,
        outcome=found.outcome,
        unanimous=found.unanimous,
        votes_for=found.votes_for,
        votes_against=found.votes_against,
        abstentions=found.abstentions,
        mover=found.mover,
        seconder=found.seconder,
    )


def amendment_records(document: Document, doc_id: str, item_id: str | None, base: int, text: str, resolutions: list[Resolution]) -> list[Amendment]:
    """The item's amendments, each linked to the substantive resolution it amends: the first decided after it, else the last before."""
    from .amendments import find_amendments

    amendments = []
    for found in find_amendments(text):
        start, end, sentence = evidence(document, base + found.start, base + found.end)
        after = [r for r in resolutions if r.char_start >= start]
        motion = after[0] if after else (resolutions[-1] if resolutions else None)
        amendments.append(
            Amendment(
                id=make_id(doc_id, "amendment", start, end),
                **provenance(document, doc_id, item_id, start, end, sentence),
                resolution_id=motion.id if motion else None,
                text=found.text,
                mover=found.mover,
                seconder=found.seconder,
                result=found.result,
                unanimous=found.unanimous,
                votes_for=found.votes_for,
                votes_against=found.votes_against,
                abstentions=found.abstentions,
            )
        )
    return amendments


def vote_records(resolution: Resolution, roll: list[tuple[str, str]], people: PeopleIndex) -> list[Vote]:
    """The named vote, each member linked to the one person of the document the name matches."""
    votes = []
    for name, side in roll:
        person = people.resolve(name)
        votes.append(Vote(resolution_id=resolution.id, person=name, vote=side, person_id=person.id if person else None))
    return votes


def comment_record(document, doc_id, item_id, base, a, b, comment, recipient, resolution_id) -> AgreedComment:
    start, end, sentence = evidence(document, base + a, base + b)
    return AgreedComment(
        id=make_id(doc_id, "comment", start, end),
        **provenance(document, doc_id, item_id, start, end, sentence),
        text=comment,
        recipient=recipient,
        resolution_id=resolution_id,
    )


# The most characters of an action's sentence kept as its evidence, around its task. An action's
# evidence is its sentence; the longest on the development documents is 1,641 characters. A line of
# notes with no full stop ('; Smith to write ... ; Jones to call ...') is one sentence of thousands
# of notes, and each note keeping all of it made the records' size quadratic (400 MB at 100 KB).
ACTION_EVIDENCE_MOST = 4000


def _action_evidence_span(base: int, action: FoundAction) -> tuple[int, int]:
    """The action's sentence (start, end), or ACTION_EVIDENCE_MOST characters of it from a quarter of that before its task."""
    start, end = base + action.start, base + action.end
    if end - start <= ACTION_EVIDENCE_MOST:
        return start, end
    start = max(start, min(base + action.task_start, end) - ACTION_EVIDENCE_MOST // 4)
    return start, min(end, start + ACTION_EVIDENCE_MOST)


def action_record(document, doc_id, item_id, base, action: FoundAction, structure: Structure, people: PeopleIndex) -> Action:
    from .actions import resolve_due_date

    start, end, sentence = evidence(document, *_action_evidence_span(base, action))
    person = people.resolve(action.owner)
    due = resolve_due_date(action.due_text, structure.meeting_date)
    return Action(
        id=make_id(doc_id, "action", base + action.task_start),
        **provenance(document, doc_id, item_id, start, end, sentence),
        owner=action.owner,
        owner_name=person.name if person else (action.owner if action.owner_label == "PERSON" else None),
        owner_role=(person.role if person and person.role else (action.owner if action.owner_label in {"ROLE", "BODY"} else None)),
        person_id=person.id if person else None,
        description=action.description,
        due_text=action.due_text,
        due_date=due.isoformat() if due else None,
        trigger=action.trigger,
    )


def statistic_record(document: Document, doc_id: str, item_id: str | None, stat) -> Statistic:
    sentence_start, sentence_end = sentence_bounds(document.text, stat.start)
    sentence = squash_prefix(document.text, sentence_start, sentence_end, 1000)
    return Statistic(
        id=make_id(doc_id, "statistic", stat.start, stat.end),
        **provenance(document, doc_id, item_id, stat.start, stat.end, sentence),
        value=stat.value,
        unit=stat.unit,
        qualifier=stat.qualifier,
        subject=stat.subject,
        period=stat.period,
        comparison=stat.comparison,
        direction=stat.direction,
        change_from=stat.change_from,
        text=stat.text,
    )


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    start = sentence_start(text, pos, max(0, pos - 600))
    end = sentence_end(text, start, min(len(text), pos + 800))
    if end <= pos:
        end = min(len(text), pos + 200)
    return start, end
