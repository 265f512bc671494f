"""What an action finder returns, the trigger vocabulary it reads, and how one owner and the
words after a trigger become a task (cut at the clause's end, dated if a deadline follows).

Shared by the owner-trigger finder (actions.py) and the other forms (action_forms.py).
"""

from __future__ import annotations

import bisect
import copy
import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..resources import pattern_rules
from ..text_utils import squash
from .action_context import is_done_at_meeting
from .action_due import DUE_RE
from .action_filters import not_a_commitment
from .action_lists import list_tasks
from .action_next_note import next_line_note, next_note_after_and
from .forward_search import search_forward


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


HAVE_DONE = "HAVE_DONE"  # the place in a trigger's task test where the causative 'have' is written (action_triggers.json: have_done)


def _fill_have_done(data: dict) -> None:
    """Write the causative 'have' ('have the pumps serviced') into every trigger that refuses a task opening with 'have'.

    'have' alone is a state or a wish ('would have liked'); one regex in the data says when it is work handed on,
    so the triggers that test for it stay one pattern each.
    """
    regex = data["have_done"]["regex"]
    for group in ("after_owner", "before_owner"):
        for t in data[group]:
            for key in ("regex", "then"):
                if key in t:
                    t[key] = t[key].replace(HAVE_DONE, regex)
    data["name_to"]["regex"] = data["name_to"]["regex"].replace(HAVE_DONE, regex)


@lru_cache(maxsize=1)
def _triggers() -> dict:
    data = copy.deepcopy(pattern_rules("action_triggers.json"))
    _fill_have_done(data)
    for group in ("after_owner", "before_owner"):
        for t in data[group]:
            t["compiled"] = re.compile(t["regex"], re.S)
            if "then" in t:
                t["then_compiled"] = re.compile(t["then"], re.S)
            if "unless" in t:
                t["unless_compiled"] = re.compile(t["unless"], re.S)
            if "lost_after" in t:
                t["lost_after_compiled"] = re.compile(t["lost_after"])
    data["labels_compiled"] = re.compile(data["labels"], re.M)
    data["label_notes_compiled"] = re.compile(data["label_notes"]["regex"], re.M)
    data["bracket_owner_compiled"] = re.compile(data["bracket_owner"]["regex"], re.M)
    data["bare_label_compiled"] = re.compile(data["bare_label"]["regex"])
    data["bare_label_before_compiled"] = re.compile(data["bare_label"]["before_regex"])
    data["not_tasks_compiled"] = re.compile(data["not_tasks"]["regex"])
    data["in_meeting"]["compiled"] = re.compile(data["in_meeting"]["regex"])
    advisory = data["advisory"]
    for key in ("modal", "decided", "opinion"):
        advisory[f"{key}_compiled"] = re.compile(advisory[key])
    plea = data["plea"]
    plea["verbs_compiled"] = re.compile(plea["verbs"] + r"\s+(?:that\s+)?(?:the\s+|this\s+)?$")
    plea["own_body_compiled"] = re.compile(plea["own_body"])
    plea["nested_compiled"] = re.compile(plea["nested"])
    # "requested Council direct staff to ...", and with its 'to': "urged Council to direct the City Manager to hire ..."
    plea["plea_object_compiled"] = re.compile(plea["verbs"] + r"\s+(?:that\s+)?(?P<body>(?:the\s+|this\s+)?(?:[A-Za-z]+\s+){0,2}?[A-Za-z]+)\s+(?:to\s+)?$")
    return data


@lru_cache(maxsize=1)
def _have_done_re() -> re.Pattern:
    return re.compile(r"have\b" + pattern_rules("action_triggers.json")["have_done"]["regex"])


def causative_have(task: str) -> bool:
    """Whether a task opens with work handed on ('have the portable pumps serviced before the crest'), which is a task verb too."""
    return bool(_have_done_re().match(task))


def opens_as_no_task(task: str) -> bool:
    """Whether a task opens as an act at the meeting or a term of office (action_triggers.json not_tasks: 'leave the
    room', 'continue serving'), past a linking adverb ('then sign the minutes'). The rules and the trained layer's veto
    (model_veto.refused_action) both ask it."""
    return _triggers()["not_tasks_compiled"].match(re.sub(r"^(?:therefore|then|also|now|duly|kindly)\s+", "", task)) is not None


def action_rules() -> dict:
    """The trigger, label and table patterns of models/patterns/action_triggers.json, compiled once."""
    return _triggers()


def without_the(owner: str) -> str:
    """A post as its owner is written without the article the sentence gave it ('the Deputy Town Clerk' -> 'Deputy Town Clerk')."""
    return _LEADING_THE_RE.sub("", owner)


_LEADING_THE_RE = re.compile(r"^(?:the|The)\s+")
# Words that open a clause as its subject, never a task's verb: right after a trigger's modal they are a question's
# inversion ("Councillor Browaty: Again, in regards to cyclists, would there be an opportunity perhaps to lobby").
_SUBJECT_WORDS = frozenset({"there", "we", "you", "i", "it", "they", "he", "she"})
# Mentions that name no one who can own a task: the whole meeting, or a demonstrative the owner ruler took for a name ("That
# will happen so the idea of moving to Sterling Lyon, terrible.", "That will build these projects all quite quickly.").
# The triggers whose task is a whole clause, its subject included ("It was agreed that the letter should be sent by the
# Clerk", a label's sentence), not the words from a verb on.
_WHOLE_CLAUSE_TRIGGERS = frozenset({"label", "passive agent", "said done"})
_NOT_OWNERS = frozenset({"members", "member", "councillors", "the meeting", "meeting", "everyone", "all", "that", "this", "these", "those", "it", "there"})
# "the Clerk had already ...", "had been ...": done; "to have the Manager obtain quotes" is a direction, not a perfect tense
_PAST_OR_DONE_RE = re.compile(r"(?<!\bto )\b(?:had|has|have) (?:already )?(?:been )?$")
_TASK_CUT_RE = re.compile(
    r"(?<!\bSt)(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bNo)(?<!\bCo)(?<!Mrs)(?<!Cllr)(?<!\b[A-Z])\.(?:\s|$)|:(?:\s|$)|;(?![ \t]+will[ \t]+(?!be\b)[a-z]{2,}\b)(?:\s|$)|(?<!including)\s+(?:but|whilst|while|although|however)\s|,\s+(?:and |but |which |who |as |although |whilst |(?:had|has|have|was|were|is|are)\s+(?:been|not|[a-z]+ed)\b)|\s\((?:Action|Owner)|\s–\s|\s-\s"
    # (a semicolon before the owner's 'will' and a verb, no subject, goes on with the task: 'Chief to schedule pump repair;
    # will get 2nd quote if shop can't start in 30 days'; not a passive 'will be installed in May')
    r"|\.(?=\((?:Actions?|Act|Owner)\b)|\s\(Act\b"  # "Clerk to contact highways.(Act Clerk)", "... on estate walk (Act GR)": the owner's note after the task
    r"|\n[ \t]*(?=(?:ACTIONS?|Actions?)[ \t]*:)"  # "ACTION: JS to book hall for drop-in, Sat 9 or 16 Nov\nACTION: IB – ask ...": the next label's line
    # a remark in brackets after the task, a clause of its own: "obtain 2 quotes (States grant covers 50% of costs up to £3,000)"
    r"|\s\((?=[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}\s+(?:covers|is|are|was|were|has|have|had|will|would)\s)"
    r"|\s+and\s+(?=(?:wants|wanted|wishes|wished|hopes|hoped|believes|believed|feels|felt|thinks|thought)\b)"  # "volunteered to help and wants ...": a view, not the task
    r"|,\s+(?=(?:proposed|moved|seconded)\s+by\b)"  # "asked to send the following resolution, proposed by Mr A, seconded by Mr B ...": who moved what is sent
    r"|\s+and\s+(?=(?:that\s+)?(?:the|this|it|these|they|he|she)\s+(?:[\w'’-]+\s+){0,4}?(?:would|will|was|were|is|are|had|has|could|should|can|may)\b)"
)


@dataclass(frozen=True)
class Owner:
    """An owner mention: an entity of the pipeline or a name the document's people list knows."""

    start_char: int
    end_char: int
    label_: str
    text: str
    heading_start: int | None = None  # where a heading run into the owner began (actions._past_heading): the note opens there


def _make_action(text: str, sent: Span, owner: str, label: str, trigger: str, task_start: int, sent_end: int) -> FoundAction | None:
    task = text[task_start:sent_end]
    owner = re.sub(r"\s+(?:and|&)$", "", owner)  # "prepared by the Director of Law and shall contain": the post, not 'and'
    if re.fullmatch(r"\s*(?:to\s*)?[:\-–]*\s*", task) or re.fullmatch(r"[^.]{0,40}(?:the following|as follows)\s*[:\-–]*\s*", task):
        tasks = list_tasks(text, task_start, _triggers()["task_verbs"]["verbs"])
        if tasks:
            return FoundAction(
                owner=without_the(owner) if label == "ROLE" else owner,
                owner_label=label,
                description=tasks[0][2],
                trigger=trigger,
                start=sent.start_char,
                end=sent_end,
                task_start=task_start,
                clause_tasks=tasks,
            )
        return None
    if _done_at_meeting(text, task_start, sent_end, task):
        return None  # "invite Members to disclose at the commencement of item 3": done at the meeting itself
    cut = _TASK_CUT_RE.search(task)
    if cut and cut.group(0).startswith("\n") and not cut.group(0).strip():
        sent_end = task_start + cut.start()  # the next label's line is its own action's evidence, not this one's
        task = task[: cut.start()]
    next_note = next_note_after_and(text, task_start, sent_end)  # "Clerk to order the bins and Cllr Noor to collect them"
    ends = [cut.start()] if cut else []
    if next_note:
        ends.append(next_note.start("and") - task_start)
    line_note = next_line_note(text, task_start, sent_end)  # "...about the drains\nClerk to obtain details"
    if line_note is not None:
        ends.append(line_note - task_start)
    task = task[: min(ends)] if ends else task
    task = _before_unopened_bracket(task)  # "(Sue to pay) Remaining work": the note ends at its bracket
    words = squash(task).split()
    # the note's one word closes it, with a full stop, or at its line's end with more minutes after it ("8.1 The wood is in a
    # poor state – TD & AV to inspect\n 8.2 ..."); at the end of the text the note may be cut off
    stopped = re.fullmatch(r"\s*\w+\s*[.!]\s*", text[task_start:sent_end]) is not None  # 'Tim will chase.': the word ends its sentence
    whole_note = (
        stopped or (re.fullmatch(r"\s*\w+[ \t]*\n\s*", text[task_start:sent_end]) and text[sent_end : sent_end + 200].strip()) or len(owner.split()) == 1
    )
    if len(words) < 2 and not (trigger == "label" or trigger == "to-note" and whole_note or _lone_directed_verb(trigger, words, stopped)):
        return None  # "Clerk to write." is a whole action note; a lone word elsewhere is not
    if re.match(r"\w+ly\s+(?:need|be|have)\b", " ".join(words[:3])):
        return None  # "will lawfully need to enrol": an obligation, not a task
    if (
        words[0].lower() in {"the", "a", "an", "this", "these", "that", "those", "its", "their", "his", "her", "our", "any", "all"}
        and trigger not in _WHOLE_CLAUSE_TRIGGERS
    ):
        return None  # "agreed to the A25 as a pilot area": consent to a thing, not a task
    if words[0].lower() in _SUBJECT_WORDS and trigger not in _WHOLE_CLAUSE_TRIGGERS:
        return None  # "Councillor Browaty: Again, ..., would there be an opportunity to lobby": a clause's subject, no verb to do
    if opens_as_no_task(" ".join(words)):
        return None  # "authorise the Chair to sign the minutes", "leave the room": done at the meeting
    if not_a_commitment(text, sent.start_char, task_start, " ".join(words), trigger, sent_end):
        return None  # a standing duty, a past habit, a third party's reported schedule, a stance on a motion
    description = " ".join(words[:40])
    due = search_forward(DUE_RE, text, task_start, sent_end)  # DUE_RE.search(text, task_start, sent_end), linear over a run-on line of notes
    return FoundAction(
        owner=without_the(owner) if label == "ROLE" else owner,
        owner_label=label,
        description=description,
        trigger=trigger,
        start=sent.start_char,
        end=sent_end,
        task_start=task_start,
        due_text=squash(due.group("due")) if due else None,
    )


def _done_at_meeting(text: str, task_start: int, sent_end: int, task: str) -> bool:
    """is_done_at_meeting(task) for task = text[task_start:sent_end], by a forward search of the text (see forward_search.py).

    The same answer: a pattern whose only look at the text before the slice is a word boundary sees the
    slice's start as one exactly when a non-word character (or nothing) is before it in the text, so
    otherwise (or with a lookbehind or '^') the slice itself is searched."""
    rules = _triggers()["in_meeting"]
    pattern = rules["compiled"]
    if "(?<" in pattern.pattern or "^" in pattern.pattern or task_start and _WORD_CHAR_RE.match(text, task_start - 1):
        return is_done_at_meeting(task, rules)  # a lookbehind or '^' would read the text before the slice differently
    return search_forward(pattern, text, task_start, sent_end) is not None


_WORD_CHAR_RE = re.compile(r"\w")


def _before_unopened_bracket(task: str) -> str:
    """The task up to a closing bracket it never opened: the end of a note written in brackets."""
    depth = 0
    for i, ch in enumerate(task):
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                return task[:i]
            depth -= 1
    return task


def _lone_directed_verb(trigger: str, words: list[str], stopped: bool = False) -> bool:
    """'refer to the City Manager to implement', 'the Clerk be asked to respond': one task verb, directed at its owner; or
    promised in a sentence its full stop ends ('A reply has not been received from Northfield CC. Tim will chase.'; not
    'the mayor must appoint' over the list of whom)."""
    directed = trigger in {"referred to", "asked to", "be asked to"} or trigger == "would" and stopped
    return directed and len(words) == 1 and words[0].lower().rstrip(".") in _triggers()["task_verbs"]["verbs"]


_MOVER_BEFORE_RE = re.compile(r"\b(?i:moved|seconded|second|motion|proposed|made)\s+(?i:by)\s*(?:the\s+|[A-Z][a-z]{0,3}\.?\s+)?$")


def _entities_by_sentence(doc: Doc):
    """A lookup of each sentence's entities (Span.ents walks all of the Doc's entities each time)."""
    ents = list(doc.ents)
    starts = [e.start for e in ents]

    def ents_in(sent: Span) -> list[Span]:
        lo = bisect.bisect_left(starts, sent.start)
        hi = bisect.bisect_left(starts, sent.end)
        return [e for e in ents[lo:hi] if e.end <= sent.end]

    return ents_in
