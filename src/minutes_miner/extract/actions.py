"""Actions: who must do what after the meeting, read from owner spans and trigger phrases.

Owners are the PERSON / ROLE / BODY entities of the pipeline's owner ruler. A task is an
owner followed (or preceded) by a trigger from models/patterns/action_triggers.json:
"X agreed to V", "X would V", "Clerk to V", "X be asked to V", "requested that X V",
"ACTION: X". Passives with no owner never match, because every trigger needs an owner.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..structure import models_dir
from ..text_utils import squash
from ..vocabulary import decision_verbs
from .action_context import (
    DECISION_VERB_RE,
    MARKER_THAT_RE,
    OUTWARD_TASK_RE,
    VIEW_THAT_RE,
    body_takes_task,
    direction_not_given,
    is_advice,
    is_done_at_meeting,
    is_meeting_body,
    is_plea_to_own_body,
    is_recital,
    opens_a_clause,
    unidentified_owner,
)
from .action_due import DUE_RE, due_phrase, resolve_due_date  # noqa: F401 - resolve_due_date is used through this module
from .action_lists import list_tasks
from .action_tables import table_actions
from .blocks import sentence_end, sentence_start


@dataclass
class FoundAction:
    owner: str
    owner_label: str  # PERSON, ROLE, BODY or LABEL
    description: str
    trigger: str
    start: int  # evidence sentence, relative to the Doc
    end: int
    task_start: int
    due_text: str | None = None
    clause_tasks: list[tuple[int, int, str]] | None = None  # "be asked to: (a) write ...; (b) report ..."


@lru_cache(maxsize=1)
def _triggers() -> dict:
    data = json.loads((models_dir() / "patterns" / "action_triggers.json").read_text())
    for group in ("after_owner", "before_owner"):
        for t in data[group]:
            t["compiled"] = re.compile(t["regex"], re.S)
            if "then" in t:
                t["then_compiled"] = re.compile(t["then"], re.S)
            if "unless" in t:
                t["unless_compiled"] = re.compile(t["unless"], re.S)
    data["labels_compiled"] = re.compile(data["labels"], re.M)
    data["label_notes_compiled"] = re.compile(data["label_notes"]["regex"], re.M)
    data["not_tasks_compiled"] = re.compile(data["not_tasks"]["regex"])
    data["in_meeting"]["compiled"] = re.compile(data["in_meeting"]["regex"])
    advisory = data["advisory"]
    for key in ("modal", "decided", "opinion"):
        advisory[f"{key}_compiled"] = re.compile(advisory[key])
    plea = data["plea"]
    plea["verbs_compiled"] = re.compile(plea["verbs"] + r"\s+(?:that\s+)?(?:the\s+|this\s+)?$")
    plea["own_body_compiled"] = re.compile(plea["own_body"])
    plea["nested_compiled"] = re.compile(plea["nested"])
    plea["plea_object_compiled"] = re.compile(plea["verbs"] + r"\s+(?:that\s+)?(?P<body>(?:the\s+|this\s+)?(?:[A-Za-z]+\s+){0,2}?[A-Za-z]+)\s+$")
    return data


def action_rules() -> dict:
    """The trigger, label and table patterns of models/patterns/action_triggers.json, compiled once."""
    return _triggers()


_NOT_OWNERS = {"members", "member", "councillors", "the meeting", "meeting", "everyone", "all"}
_PAST_OR_DONE_RE = re.compile(r"\b(?:had|has|have) (?:already )?(?:been )?$")
_TASK_CUT_RE = re.compile(r"(?<!\bSt)(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bNo)(?<!\bCo)(?<!Mrs)(?<!Cllr)(?<!\b[A-Z])\.(?:\s|$)|[;:](?:\s|$)|(?<!including)\s+(?:but|whilst|while|although|however)\s|,\s+(?:and |but |which |who |as |although |whilst )|\s\(Action|\s–\s|\s-\s"
    r"|\s+and\s+(?=(?:the|this|it|these|they|he|she)\s+(?:[\w'’-]+\s+){0,4}?(?:would|will|was|were|is|are|had|has|could|should|can|may)\b)")

@dataclass(frozen=True)
class Owner:
    """An owner mention: an entity of the pipeline or a name the document's people list knows."""

    start_char: int
    end_char: int
    label_: str
    text: str


def find_actions(doc: Doc, resolution_spans: list[tuple[int, int]], known_names: list[str] | None = None) -> list[FoundAction]:
    """Every owner + task in one agenda item's Doc.

    `known_names` are people of this document (attendance, 'Name (Role)' mentions), so
    'Joanne Carpenter offered to ...' is read even without an honorific.
    """
    text = doc.text
    found: dict[int, FoundAction] = {}
    name_re = _known_names_re(known_names or [])
    ents_in = _entities_by_sentence(doc)
    overlaps_resolution = _overlap_test(resolution_spans)
    token_starts = doc.to_array("IDX").tolist() if len(doc) else []
    for sent in doc.sents:
        in_resolution = overlaps_resolution(sent.start_char, sent.end_char)
        owners = [Owner(e.start_char, e.end_char, e.label_, e.text) for e in ents_in(sent)]
        if name_re is not None:
            ent_owners = owners[:]  # sorted, none overlapping; the names found below never overlap each other
            ent_starts = [o.start_char for o in ent_owners]
            for m in name_re.finditer(text, sent.start_char, sent.end_char):
                before = bisect.bisect_left(ent_starts, m.end())  # the owners starting before this name ends
                if not (before and ent_owners[before - 1].end_char > m.start()):
                    owners.append(Owner(m.start(), m.end(), "PERSON", m.group(0)))
        owners.sort(key=lambda o: o.start_char)
        owner_starts = [o.start_char for o in owners]
        for owner in owners:
            view = _around(doc, token_starts, sent, owner)
            if view is sent:
                action = _action_for_owner(text, sent, owner, in_resolution, owners)
            else:  # a sentence of hundreds of words: the owner's task is read from the words around it
                near = owners[bisect.bisect_left(owner_starts, view.start_char): bisect.bisect_left(owner_starts, view.end_char)]
                action = _action_for_owner(text, view, owner, in_resolution, near, limit=view.end_char)
            if action and action.clause_tasks:
                for a, b, task in action.clause_tasks:  # one action per lettered request
                    found[a] = FoundAction(action.owner, action.owner_label, task, action.trigger, action.start, b, a, due_phrase(task))
            elif action and action.task_start not in found:
                found[action.task_start] = action
    for action in _pronoun_actions(doc, text):
        if not any(a.start <= action.task_start < a.end for a in found.values()):
            found[action.task_start] = action
    for action in _name_to_actions(doc, text):
        if not any(a.start <= action.task_start < a.end for a in found.values()):
            found[action.task_start] = action
    for action in _trailing_owner_actions(doc, text):
        if not any(a.start <= action.task_start < a.end for a in found.values()):
            found[action.task_start] = action
    for row in table_actions(text, _triggers()["tables"]):  # "| Write to Highways | Clerk | March |"
        if not any(row.row_start <= a.task_start < row.row_end for a in found.values()):
            found[row.task_start] = FoundAction(row.owner, "LABEL", row.task, "table", row.row_start, row.row_end, row.task_start, row.due)
    for action in _labelled_actions(doc, text):
        if not any(abs(a.start - action.start) < 5 or a.start <= action.task_start < a.end for a in found.values()):
            found[action.task_start] = action
        else:
            for existing in found.values():
                if existing.start <= action.task_start < existing.end + 80 and existing.owner_label != "PERSON":
                    existing.owner, existing.owner_label, existing.trigger = action.owner, "LABEL", "label"
    return sorted(_without_relayed_requests(list(found.values())), key=lambda a: a.task_start)


_RELAY_RE = re.compile(r"(?:ask|request|instruct|direct|invite|authori[sz]e|remind|tell)\b")


def _without_relayed_requests(actions: list[FoundAction]) -> list[FoundAction]:
    """One task where one owner asks another: 'X to ask / instruct Y to V'.

    A meeting body relaying a request leaves the task to whom it asked ('The Council agreed to
    ask the Clerk to write'); a person or officer told to pass a request on keeps it ('Clerk to
    instruct David George to proceed with the works': the Clerk's task, not a second one).
    """
    dropped: set[int] = set()
    for outer in actions:
        if not _RELAY_RE.match(outer.description):
            continue
        for inner in actions:
            if inner is outer or not outer.task_start < inner.task_start < outer.end or inner.owner.lower() not in outer.description.lower():
                continue
            dropped.add(id(outer) if is_meeting_body(outer.owner, outer.owner_label) else id(inner))
    return [a for a in actions if id(a) not in dropped]


# The most of one sentence an owner's task is read from: tokens on each side of the owner. Real
# sentences are shorter; a "sentence" of a thousand names with no full stop would otherwise make
# every owner read all of it (quadratic).
OWNER_REACH = 200


def _around(doc: Doc, token_starts: list[int], sent: Span, owner: Owner) -> Span:
    """The sentence, or when it is longer than 2 x OWNER_REACH tokens, the OWNER_REACH tokens each side of the owner."""
    if len(sent) <= 2 * OWNER_REACH:
        return sent
    at = bisect.bisect_right(token_starts, owner.start_char) - 1
    return doc[max(sent.start, at - OWNER_REACH): min(sent.end, at + OWNER_REACH)]


def _overlap_test(spans: list[tuple[int, int]]):
    """A test of whether start..end overlaps any of `spans`, by bisection (not a walk over all spans per sentence)."""
    ordered = sorted(spans)
    starts = [a for a, _ in ordered]
    furthest: list[int] = []  # the furthest end among the spans up to each one
    for _, b in ordered:
        furthest.append(max(b, furthest[-1]) if furthest else b)

    def overlaps(start: int, end: int) -> bool:
        opened = bisect.bisect_left(starts, end)  # spans starting before `end`
        return opened > 0 and furthest[opened - 1] > start

    return overlaps


def _entities_by_sentence(doc: Doc):
    """A lookup of each sentence's entities (Span.ents walks all of the Doc's entities each time)."""
    ents = list(doc.ents)
    starts = [e.start for e in ents]

    def ents_in(sent: Span) -> list[Span]:
        lo = bisect.bisect_left(starts, sent.start)
        hi = bisect.bisect_left(starts, sent.end)
        return [e for e in ents[lo:hi] if e.end <= sent.end]

    return ents_in


def _known_names_re(names: list[str]) -> re.Pattern | None:
    """Full names ('Joanne Carpenter') of the document's people, longest first."""
    full = sorted({n for n in names if len(n.split()) >= 2 and all(w[:1].isupper() for w in n.split())}, key=len, reverse=True)
    if not full:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in full) + r")\b")


_COORDINATED_RE = re.compile(
    r"^(?P<between>[^.;]{0,200}?)\b(?:and|but|,)\s+(?:(?:(?:s?he|they)\s+)?(?:also\s+|then\s+|now\s+)?(?:have\s+|has\s+)?(?:now\s+)?(?:offered|agreed|undertook|promised|volunteered)\s+to|(?:his|her|their)\s+(?:intention|plan)\s+to"
    r"|(?:(?:said|confirmed|advised|stated|indicated|explained|replied|added)\s+(?:that\s+)?(?=s?he\b|they\b))?(?:that\s+(?=s?he\b|they\b))?(?:(?:s?he|they)\s+)?(?:would|will)(?:\s+(?:also|personally))?+(?:\s+be\s+(?:glad|happy|pleased|willing)\s+to)?(?!\s+(?:be|have|like|need|not|no)\b))\s+(?P<task>[a-z].*)",
    re.S,
)


# A name printed right after a post, then a commitment: "City Recorder Leanne Moll will call ..."
_POST_THEN_NAME_RE = re.compile(
    r"[ \t]+(?P<name>[A-Z][a-z'’-]{1,20}(?:[ \t]+[A-Z][a-z'’-]{1,20}){1,2})(?=,?\s+(?:would|will|agreed|offered|undertook|promised|is\s+to|to)\s)"
)


# A name in apposition before a post: "Harriet Lomas, Democratic Services Officer, confirmed that she would ..."
_NAME_THEN_POST_RE = re.compile(r"(?<![\w’'])(?P<name>[A-Z][a-z'’-]{1,20}(?:[ \t]+[A-Z][a-z'’-]{1,20}){1,2}),[ \t]+(?:the[ \t]+)?$")


def _action_for_owner(text: str, sent: Span, ent: Owner, in_resolution: bool, owners: list[Owner] = (), limit: int | None = None) -> FoundAction | None:
    """The task this owner takes on in this sentence, if a trigger says so (the task ends by `limit`, if given)."""
    if _not_a_task_owner(text, sent, ent):
        return None
    owner = squash(ent.text)
    after_start = ent.end_char
    named = _POST_THEN_NAME_RE.match(text, after_start, min(len(text), after_start + 80)) if ent.label_ == "ROLE" else None
    if named:  # "City Recorder Leanne Moll will call for a quote": the post and the person who holds it
        owner, after_start = f"{owner} {named.group('name')}", named.end("name")
    holder = _NAME_THEN_POST_RE.search(text, max(sent.start_char, ent.start_char - 60), ent.start_char) if ent.label_ == "ROLE" else None
    if holder and re.match(r",", text[ent.end_char: ent.end_char + 1]):  # "Harriet Lomas, Democratic Services Officer, confirmed ..."
        owner = f"{holder.group('name')}, {owner}"
    poss = re.match(r"['’]s?(?=\s)", text[after_start: after_start + 3])
    if poss:
        after_start += len(poss.group(0))
    sent_end = max(sent.end_char, sentence_end(text, sent.start_char, len(text) if limit is None else limit))
    context = _OwnerContext(text, sent, ent, owner, after_start, sent_end, in_resolution, bool(poss))
    return _after_owner_action(context) or _before_owner_action(context) or _coordinated_action(context, owners)


_MOVER_BEFORE_RE = re.compile(r"\b(?i:moved|seconded|second|motion|proposed|made)\s+(?i:by)\s*(?:the\s+|[A-Z][a-z]{0,3}\.?\s+)?$")


def _not_a_task_owner(text: str, sent: Span, ent: Owner) -> bool:
    """Mentions that cannot own a task: done things, notices of question, suggestions."""
    owner = squash(ent.text)
    if owner.lower() in _NOT_OWNERS or _PAST_OR_DONE_RE.search(text[max(sent.start_char, ent.start_char - 30): ent.start_char]):
        return True
    if unidentified_owner(text[max(sent.start_char, ent.start_char - 12): ent.start_char]) or is_recital(text[sent.start_char: sent.start_char + 12]):
        return True  # "a mayor was not needed": no one in particular; "Whereas, ... requested the Director to": background
    if re.search(r"\bI (?:will|would|wish to|shall) ask\b", text[sent.start_char: ent.start_char]):
        return True  # "I will ask the Council to provide ...": a notice of question, not a task
    # "perhaps the Parish Council should ...": a suggestion, not a task
    if _MOVER_BEFORE_RE.search(text[max(sent.start_char, ent.start_char - 40): ent.start_char]):
        return True  # "seconded by Tr. Baggett to approve ...": the mover of a motion, not its owner
    # "how the council will pay", "whether the Board would ...": a question inside another clause
    return bool(re.search(r"\b(?:perhaps|possibly|might|could|whether|if|how|why|what|when|where)\s+(?:the\s+)?$", text[max(sent.start_char, ent.start_char - 20): ent.start_char], re.I))


@dataclass
class _OwnerContext:
    text: str
    sent: Span
    ent: Owner
    owner: str
    after_start: int
    sent_end: int
    in_resolution: bool
    possessive: bool

    @property
    def after(self) -> str:
        return self.text[self.after_start: self.sent_end]

    @property
    def before(self) -> str:
        return self.text[self.sent.start_char: self.ent.start_char]

    def action(self, trigger: str, task_start: int) -> FoundAction | None:
        return _make_action(self.text, self.sent, self.owner, self.ent.label_, trigger, task_start, self.sent_end)


_CLAUSE_LEAD_RE = re.compile(r"^\s*\(?[a-z0-9ivx]{1,4}[.)]\s*")  # "(b) the Head of Service report back": a clause label


def _after_owner_action(c: _OwnerContext) -> FoundAction | None:
    """'X agreed to V', 'X would V', 'Clerk to V', 'X be asked to V', 'RESOLVED that X V'."""
    after, before, label = c.after, c.before, c.ent.label_
    at_sentence_start = opens_a_clause(before, c.in_resolution)
    object_of_preposition = bool(re.search(r"\b(?:of|on|in|at|for|from|about|into|than|under)\s+(?:the\s+|this\s+)?$", before))
    for t in _triggers()["after_owner"]:
        if t.get("owner_first") and not at_sentence_start:
            continue
        if object_of_preposition and t["trigger"] in {"would", "agreed to", "said would"} and not re.match(r",?\s*who\b", after):
            continue  # "Councillors on this Full Council will make ...": the owner is not the subject
        if t.get("needs_resolution") and label == "BODY" and not OUTWARD_TASK_RE.match(after):
            continue  # "RESOLVED that Cabinet approve ...": the decision itself; "that the Council write to ..." is a task
        if t.get("needs_resolution") and not (c.in_resolution and re.search(r"(?i:that)\s*[:,]?\s*(?:the\s+)?$|^\s*(?:the\s+)?$|\b(?:and|;)\s*(?:the\s+)?$", _CLAUSE_LEAD_RE.sub("", before)) or MARKER_THAT_RE.search(before)):
            continue
        m = t["compiled"].match(after)
        if not m:
            continue
        if t["trigger"] == "would" and re.match(r"\W*should\b", after) and VIEW_THAT_RE.search(before):
            continue  # "It was felt that officers should ...": a view, not a commitment
        if t["trigger"] == "would" and is_advice(after[: m.start("task")], before, c.in_resolution, _triggers()["advisory"]):
            continue  # "Mayor Johnson stated Mr. Bowen should conduct further analysis": advice, not a task
        if re.search(r"\bbe\s+$", after[: m.start("task")]) and not _progressive_task(after[m.start("task"):]):
            continue  # "will be learning about the job": a state; "will be calling all organizations" is a task
        if is_meeting_body(c.owner, label) and not body_takes_task(t["trigger"], before, after, after[m.start("task"):], c.in_resolution):
            continue  # "The Council would provide a choice of placements": how things work, not a task
        return c.action(t["trigger"], c.after_start + m.start("task"))
    return None


def _progressive_task(task: str) -> bool:
    """Whether a task in the progressive ('calling all organizations') starts with a task verb."""
    word = re.match(r"[a-z]*", task).group(0)
    stem = word[:-3] if word.endswith("ing") else word
    verbs = set(_triggers()["task_verbs"]["verbs"])
    return bool({stem, stem + "e", stem[:-1]} & verbs) if stem else False


def _before_owner_action(c: _OwnerContext) -> FoundAction | None:
    """'requested that X V', 'asked X to V', 'delegate authority to X to V', 'be drafted by X'."""
    text, after, before, label = c.text, c.after, c.before, c.ent.label_
    for t in _triggers()["before_owner"]:
        if c.possessive or not t["compiled"].search(before) or "unless_compiled" in t and t["unless_compiled"].search(before):
            continue  # "RESOLVED that the Leader's report be noted": the owner is not the subject
        if is_plea_to_own_body(c.owner, before, c.in_resolution, _triggers()["plea"]):
            continue  # "Marie Tanner asked Council to pause the process": a plea the body has not taken up
        if is_meeting_body(c.owner, label) and re.search(r"\b(?:" + decision_verbs("lower", "upper", "title") + r")\b", before):
            continue  # "RESOLVED that Cabinet approve": the decision, not a task
        if is_meeting_body(c.owner, label) and not t.get("whole_clause") and DECISION_VERB_RE.match(re.sub(r"^\W*(?:to\s+)?", "", after)):
            continue  # "suggested that the Board consider ...", "invited the Board to appoint": its own business
        if t.get("whole_clause"):
            # "That, a policy for subsidised lettings be drafted by officers": the clause is the task
            if label == "BODY" or c.in_resolution and re.search(r"\bminutes\b.*\bsigned\b|\bsigned\b.*\bminutes\b", text[c.sent.start_char: c.sent_end], re.I | re.S):
                continue  # approval by the body itself, or signing the minutes: formalities, not tasks
            clause_start = sentence_start(text, c.ent.start_char, c.sent.start_char)
            if re.search(r"\b(?:why|whether|how|not)\b", text[clause_start: c.ent.start_char], re.I):
                continue  # "asked why claims were not being checked by the Finance Officer": a question, not a task
            lead = re.match(r"\s*(?:\(?\w{1,3}[.)]\s*|(?:That|that),?\s*)?", text[clause_start: c.sent_end])
            if len(text[clause_start + lead.end(): c.sent_end].split()) >= 4:
                return c.action(t["trigger"], clause_start + lead.end())
            continue
        if direction_not_given(before[: t["compiled"].search(before).start()], _triggers()["plea"]):
            continue  # "Council should direct staff to review ...": advice, not a direction given
        if "then_compiled" in t:
            m = t["then_compiled"].match(after)
            if m:
                return c.action(t["trigger"], c.after_start + m.start("task"))
            continue
        m = re.match(r"^\s*(?:should |would |will |to |be asked to |be requested to )?(?P<task>[a-z][a-z-]+\b.*)", after, re.S)
        if m and is_advice(after[: m.start("task")], before, c.in_resolution, _triggers()["advisory"]):
            continue  # "It was recommended that the Forum should take over ...": advice, not a task
        if m and not re.match(r"(?:be|is|was|were|are|has|had|have|and|of|in|on|for|remain|continue|note)\b", m.group("task")):
            return c.action(t["trigger"], c.after_start + m.start("task"))
    return None


def _coordinated_action(c: _OwnerContext, owners: list[Owner]) -> FoundAction | None:
    """'Mr Read shared that ... and offered to come back to the panel with the data'."""
    if is_meeting_body(c.owner, c.ent.label_) or re.search(r"\b(?:seconded|proposed|moved)(?: by)?\s*$", c.before, re.I):
        return None
    if re.search(r"\b(?:to|with|and|of|on|in|at|for|from|about|by)\s+(?:the\s+)?$", c.before):
        return None  # "PN to speak to Derek Lockwood and Chris Ward ... and will send": not the subject
    m = _COORDINATED_RE.match(c.after)
    if not m or any(c.after_start <= o.start_char < c.after_start + m.end("between") for o in owners if o is not c.ent and o.label_ != "BODY"):
        return None
    if re.search(r"\b(?:if|unless|whether|when)\b", m.group("between")):
        return None  # "commented that if masks are required, she would attend": a condition, not a commitment
    if not re.search(r"\b(?:s?he|they|offered|agreed|undertook|promised|volunteered)\b", c.after[m.end("between"): m.start("task")]) and re.search(r"\b(?:that|who|which)\b", m.group("between")):
        return None  # "said that the contractor ... and would start": the subject of 'would' is someone else
    return c.action("agreed to", c.after_start + m.start("task"))


def _make_action(text: str, sent: Span, owner: str, label: str, trigger: str, task_start: int, sent_end: int) -> FoundAction | None:
    task = text[task_start:sent_end]
    owner = re.sub(r"\s+(?:and|&)$", "", owner)  # "prepared by the Director of Law and shall contain": the post, not 'and'
    if re.fullmatch(r"\s*(?:to\s*)?[:\-–]*\s*", task) or re.fullmatch(r"[^.]{0,40}(?:the following|as follows)\s*[:\-–]*\s*", task):
        tasks = list_tasks(text, task_start, _triggers()["task_verbs"]["verbs"])
        if tasks:
            return FoundAction(owner=re.sub(r"^(?:the|The)\s+", "", owner) if label == "ROLE" else owner, owner_label=label,
                               description=tasks[0][2], trigger=trigger, start=sent.start_char, end=sent_end, task_start=task_start,
                               clause_tasks=tasks)
        return None
    if is_done_at_meeting(task, _triggers()["in_meeting"]):
        return None  # "invite Members to disclose at the commencement of item 3": done at the meeting itself
    cut = _TASK_CUT_RE.search(task)
    if cut:
        task = task[: cut.start()]
    words = squash(task).split()
    whole_note = re.fullmatch(r"\s*\w+\s*[.!]\s*", text[task_start:sent_end]) or len(owner.split()) == 1
    if len(words) < 2 and not (trigger == "label" or trigger == "to-note" and whole_note):
        return None  # "Clerk to write." is a whole action note; a lone word elsewhere is not
    if re.match(r"\w+ly\s+(?:need|be|have)\b", " ".join(words[:3])):
        return None  # "will lawfully need to enrol": an obligation, not a task
    if words[0].lower() in {"the", "a", "an", "this", "these", "that", "those", "its", "their", "his", "her", "our", "any", "all"} and trigger not in {"label", "passive agent"}:
        return None  # "agreed to the A25 as a pilot area": consent to a thing, not a task
    if _triggers()["not_tasks_compiled"].match(re.sub(r"^(?:therefore|then|also|now|duly|kindly)\s+", "", " ".join(words))):
        return None  # "authorise the Chair to sign the minutes", "leave the room": done at the meeting
    description = " ".join(words[:40])
    due = DUE_RE.search(text, task_start, sent_end)
    return FoundAction(
        owner=re.sub(r"^(?:the|The)\s+", "", owner) if label == "ROLE" else owner,
        owner_label=label,
        description=description,
        trigger=trigger,
        start=sent.start_char,
        end=sent_end,
        task_start=task_start,
        due_text=squash(due.group("due")) if due else None,
    )


_PRONOUN_COMMITMENT_RE = re.compile(
    r"^\s*(?:He|She|It\s+was\s+(?:agreed|resolved|decided|confirmed)\s+that\s+(?:he|she))\s+(?:(?:also|further|then)\s+)?(?:(?:said|confirmed|stated|advised|added|explained|indicated|assured Members)\s+(?:that\s+)?(?:s?he\s+)?)?"
    r"(?:would|will|agreed to|undertook to|offered to|promised to|volunteered to|(?:mentioned|stated|expressed|confirmed|outlined|announced|explained|indicated)\s+(?:his|her)\s+(?:intention|plan)\s+to)\s+(?:(?:also|personally)\s+)?+(?!be\b|have\b|like\b|need\b|not\b|suggest\b|hope\b|expect\b|welcome\b|prefer\b|recommend\b|support\b)(?P<task>[a-z].*)",
    re.S,
)


def _antecedent_too_far(text: str, owner_end: int, sent_start: int) -> bool:
    """A pronoun's person must be in the same paragraph, at most two sentences back."""
    between = text[owner_end:sent_start]
    return bool(re.search(r"\n[ \t]*\n", between)) or len(re.findall(r"[.!?](?:\s|$)", between)) > 2


def _pronoun_actions(doc: Doc, text: str) -> list[FoundAction]:
    """'He confirmed that he would seek further clarification': the owner is the officer just named."""
    ents_in = _entities_by_sentence(doc)
    results = []
    previous_owner: Span | None = None
    for sent in doc.sents:
        m = _PRONOUN_COMMITMENT_RE.match(sent.text)
        if previous_owner is not None and _antecedent_too_far(text, previous_owner.end_char, sent.start_char):
            previous_owner = None  # "He" two paragraphs on is someone else
        if m and previous_owner is not None:
            owner = squash(previous_owner.text)
            action = _make_action(text, sent, owner, previous_owner.label_, "said would", sent.start_char + m.start("task"), sent.end_char)
            if action:
                results.append(action)
        people = [e for e in ents_in(sent) if e.label_ in {"PERSON", "ROLE"}]
        if people:
            previous_owner = people[0]  # the subject of a minute sentence comes first
    return results


def _name_to_actions(doc: Doc, text: str) -> list[FoundAction]:
    """'Claire to send quote details to clerk': a bare name opening an action note."""
    rule = _triggers()["name_to"]
    regex = rule.setdefault("compiled", re.compile(rule["regex"], re.S))
    stop = set(rule["stop"])
    results = []
    for sent in doc.sents:
        m = regex.match(sent.text)
        if not m:
            continue
        owner_words = m.group("owner").split()
        if len(owner_words) == 1 and owner_words[0].lower().endswith(tuple(rule["stop_suffixes"])):
            continue  # "Referring to devolution", "Failure to comply": a participle or a noun, not a person
        if len(owner_words) == 1 and owner_words[0].endswith("s") and owner_words[0] not in {"Councillors", "Members", "Officers", "Trustees"}:
            continue  # "Changes to wellbeing services": a plural noun, not a person
        if not m or owner_words[0] in stop or any(e.start_char <= sent.start_char + m.start("owner") < e.end_char for e in sent.ents):
            continue
        if _MOVER_BEFORE_RE.search(text, max(0, sent.start_char + m.start("owner") - 50), sent.start_char + m.start("owner")):
            continue  # "seconded by Tr. Baggett to approve": a sentence split after the title
        if m.group("verb") != "to" and not m.group("owner").isupper():
            continue  # "Works will start": only initials ("JB will contact") own a bare 'will'
        action = _make_action(text, sent, m.group("owner"), "PERSON", "to-note", sent.start_char + m.start("task"), sent.end_char)
        if action:
            results.append(action)
    return results


def _trailing_owner_actions(doc: Doc, text: str) -> list[FoundAction]:
    """'... The Clerk to look for local suppliers. Clerk': the owner column of an action table, flattened."""
    rule = _triggers()["trailing_owner"]
    regex = rule.setdefault("compiled", re.compile(rule["regex"], re.M))
    found = (_action_for_label(doc, text, squash(m.group("owner")), m.start("owner")) for m in regex.finditer(text))
    return [action for action in found if action]


def _labelled_actions(doc: Doc, text: str) -> list[FoundAction]:
    """'ACTION: Clerk', '(Action: Joanne Carpenter)', 'Action by: Head of Service'."""
    results = []
    matches = list(_triggers()["labels_compiled"].finditer(text)) + list(_triggers()["label_notes_compiled"].finditer(text))
    for m in sorted(matches, key=lambda m: m.start()):
        owner = squash(m.group("owner")).rstrip(".,")
        if re.search(r"\s(?:to|will|would|is\s+to)\s+[a-z]", owner):
            continue  # "Action: Clerk to circulate the budget": an action note, read by the owner rules
        if owner and owner.lower() not in {"none", "n/a", "noted", "no action"}:
            action = _action_for_label(doc, text, owner, m.start())
            if action:
                results.append(action)
    return results


_LABELLED_TASK_RE = re.compile(r"\b(?:(?:to|would|will|agreed to|asked to)\s+|(?:was|were|is|are)\s+(?=[a-z]+ing\b))(?!(?:the|a|an|this|that|his|her|their|its|our|date)\b)(?P<v>[a-z]+\b.*)")


def _action_for_label(doc: Doc, text: str, owner: str, label_start: int) -> FoundAction | None:
    """An owner given by a label: the task is the sentence before it, from its verb."""
    sent = _sentence_before(doc, label_start)
    if sent is None:
        return None
    s_start, s_end = sent
    task = squash(text[s_start:s_end])
    own = re.search(r"\b" + re.escape(owner) + r"\s+(?:to|will|would)\s+(?P<v>[a-z]+\b.*)", task)
    verb = own or _LABELLED_TASK_RE.search(task)  # "... and RT to print copies. Action: RT": the owner's own clause
    description = re.sub(r"^(?:agreed|asked|resolved|decided)\s+to\s+", "", verb.group("v")) if verb else task
    description = description.rstrip(" .;")
    return FoundAction(owner, "LABEL", description[:300], "label", s_start, s_end, s_start, due_phrase(task))


def _sentence_before(doc: Doc, pos: int) -> tuple[int, int] | None:
    best = None
    for sent in doc.sents:
        if sent.start_char >= pos:
            break
        if sent.text.strip() and not re.match(r"^\s*\(?\s*ACTIONS?\b", sent.text, re.I):
            best = (sent.start_char, min(sent.end_char, pos))
    return best
