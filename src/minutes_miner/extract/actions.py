"""Actions: who must do what after the meeting, read from owner spans and trigger phrases.

Owners are the PERSON / ROLE / BODY entities of the pipeline's owner ruler. A task is an
owner followed (or preceded) by a trigger from models/patterns/action_triggers.json:
"X agreed to V", "X would V", "Clerk to V", "X be asked to V", "requested that X V",
"ACTION: X". Passives with no owner never match, because every trigger needs an owner.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..nlp.doc_text import doc_text

from ..resources import pattern_rules
from ..sentences import is_abbreviation
from ..text_utils import last_match, squash
from ..vocabulary import decision_verbs, word_alternation
from .action_context import (
    DECISION_VERB_RE,
    MARKER_THAT_RE,
    OUTWARD_TASK_RE,
    VIEW_THAT_RE,
    body_takes_task,
    direction_not_given,
    direction_suggested,
    inside_quotation,
    invites_own_body,
    is_advice,
    is_meeting_body,
    is_plea_to_own_body,
    names_own_body,
    opens_a_clause,
    skip_partners,
    under_item_heading,
    unidentified_owner,
)
from .action_due import DUE_RE, due_phrase, resolve_due_date  # noqa: F401 - resolve_due_date is used through this module
from .action_filters import in_recital, member_initials
from .action_forms import (
    NOTE_REACH,
    _colon_note_actions,
    _labelled_actions,
    _name_to_actions,
    _first_person_actions,
    _pronoun_actions,
    _trailing_owner_actions,
    lower_task_verbs,
    task_verbs_re,
    next_note_actions,
    titled_group_actions,
)
from .found_index import FoundActions
from .action_found import (
    _MOVER_BEFORE_RE,
    _NOT_OWNERS,
    _PAST_OR_DONE_RE,
    FoundAction,
    Owner,
    _entities_by_sentence,
    _make_action,
    _triggers,
    action_rules,  # noqa: F401 - action_rules is imported from here
    without_the,
)
from .action_body_clauses import body_clause_actions
from .action_label_lines import dash_note_line_actions, label_line_actions, responsible_row_actions
from .action_parties import party_actions
from .action_tables import table_actions
from .blocks import sentence_end, sentence_start
from .literal_prefilter import fold, may_match
from .tail_gate import ends_in


def _same_line(text: str, a: int, b: int) -> bool:
    """Whether two offsets are on one line: a note line ('→ Clerk: submit scheme to DoI') is its own evidence in a run of notes with no full stop.

    Offsets farther apart than one note (NOTE_REACH) count as different lines, so each test reads a bounded slice."""
    lo, hi = min(a, b), max(a, b)
    return hi - lo <= NOTE_REACH and text.find("\n", lo, hi) < 0


def _one_of_pair(owner: str, pair: str) -> bool:
    """'Tom' of 'Priya and Tom': the owner is one of the two people a note names together."""
    names = re.split(r"\s+(?:and|&)\s+", pair)
    return len(names) == 2 and owner in names


def find_actions(
    doc: Doc, resolution_spans: list[tuple[int, int]], known_names: list[str] | None = None, short_names: list[str] | None = None
) -> list[FoundAction]:
    """Every owner + task in one agenda item's Doc.

    `known_names` are people of this document (attendance, 'Name (Role)' mentions), so
    'Joanne Carpenter offered to ...' is read even without an honorific. `short_names` are the
    surnames and given names that stand for one person the document introduced by full name
    (introduced_names.py), so 'Otte will apply for the grant' is read too.
    """
    text = lower_task_verbs(doc_text(doc))  # "Clerk to Complete the form": the task verb as the triggers read it
    _sentence_end.cache_clear()  # it holds only this Doc's text, never an earlier document's
    found = FoundActions()  # indexed by position: each finder's 'is it covered already?' reads only nearby actions (found_index.py)
    name_re = _known_names_re(known_names or [], tuple(short_names or ()))
    ents_in = _entities_by_sentence(doc)
    overlaps_resolution = _overlap_test(resolution_spans)
    token_starts = doc.to_array("IDX").tolist() if len(doc) else []
    for sent in doc.sents:
        in_resolution = overlaps_resolution(sent.start_char, sent.end_char)
        owners = _joined_posts(text, _with_body_of(text, [_entity_owner(text, e) for e in ents_in(sent) if not _speakers_own_staff(text, e)]))
        if name_re is not None:
            ent_owners = owners[:]  # sorted, none overlapping; the names found below never overlap each other
            ent_starts = [o.start_char for o in ent_owners]
            for m in name_re.finditer(text, sent.start_char, sent.end_char):
                before = bisect.bisect_left(ent_starts, m.end())  # the owners starting before this name ends
                if not (before and ent_owners[before - 1].end_char > m.start()):
                    owners.append(Owner(m.start(), m.end(), "PERSON", m.group(0)))
        owners.sort(key=lambda o: o.start_char)
        owner_starts = [o.start_char for o in owners]
        reach = owner_reach(len(sent), len(owners))
        for owner in owners:
            view = _around(doc, token_starts, sent, owner, reach)
            if view is sent:
                action = _action_for_owner(text, sent, owner, in_resolution, owners)
            else:  # a sentence of hundreds of words: the owner's task is read from the words around it
                near = owners[bisect.bisect_left(owner_starts, view.start_char) : bisect.bisect_left(owner_starts, view.end_char)]
                action = _action_for_owner(text, view, owner, in_resolution, near, limit=view.end_char)
            if action and not action.clause_tasks:
                action.clause_tasks = infinitive_series(text, action, sent.end_char)
            if action and action.clause_tasks:
                for a, b, task in action.clause_tasks:  # one action per lettered request
                    found[a] = FoundAction(action.owner, action.owner_label, task, action.trigger, action.start, b, a, due_phrase(task))
            elif action and action.task_start not in found:
                found[action.task_start] = action
    for action in _pronoun_actions(doc, text, name_re):
        if not found.holds("evidence", action.task_start):
            found[action.task_start] = action
    for action in titled_group_actions(doc, text):  # "Cllrs Hale and Noor will meet the contractor": the pair, not the entity inside it
        same = found.get(action.task_start)
        if same is not None and same.owner in action.owner:
            found[action.task_start] = action
        elif not found.holds("evidence", action.task_start):
            found[action.task_start] = action
    for action in _first_person_actions(doc, text):  # "… presented by Cllr Wills:- “… I will be meeting with the Committee …"
        if not found.holds("evidence", action.task_start):
            found[action.task_start] = action
    for action in _name_to_actions(doc, text):  # "HIA to circulate the plan; CFO to attend": a second note in the first one's sentence, past its task
        same = found.get(action.task_start)
        if same is not None and _one_of_pair(same.owner, action.owner):
            found[action.task_start] = action  # "Priya and Tom to bring ...": both own it, not the given name the gazetteer knew
        elif not found.holds("task", action.task_start):
            found[action.task_start] = action
    for action in next_note_actions(doc, text, list(found.values())):  # "NC to chase and KN to provide ...": KN's note
        if not found.holds("task_start", action.task_start):
            found[action.task_start] = action
    for action in _trailing_owner_actions(doc, text, _initials_of(known_names or [])):
        covering = found.holding("evidence", action.task_start)
        if not covering:
            found[action.task_start] = action
        for existing in covering:  # "The contractor will be asked to cut the verges. Clerk": the column names who acts, as a label does
            if existing.owner_label not in {"PERSON", "LABEL"}:
                existing.owner, existing.owner_label, existing.trigger = action.owner, "LABEL", "label"
    for action in _colon_note_actions(doc, text):
        if not found.holds("task", action.task_start) and not any(
            _same_line(text, a.task_start, action.task_start) for a in found.holding("evidence", action.task_start)
        ):
            found[action.task_start] = action
    for row in table_actions(text, _triggers()["tables"]):  # "| Write to Highways | Clerk | March |"
        if not found.starting_within(row.row_start, row.row_end):
            found[row.task_start] = FoundAction(row.owner, "LABEL", row.task, "table", row.row_start, row.row_end, row.task_start, row.due)
    for action in party_actions(text):  # "The Panel directed the applicant to provide ...", "a) That the owner enter into ..."
        if not (found.holds("task", action.task_start) or found.holds("evidence", action.task_start)):
            found[action.task_start] = action
    for action in body_clause_actions(text):  # "That Council: ... 3. Write to the Chief Executive of the Health District"
        if not found.holds("evidence", action.task_start):
            found[action.task_start] = action
    for action in label_line_actions(text):  # "ACTION: Map the lots – Ranger Luff", "ACTION: MO - update register"
        if not (found.starting_within(action.start, action.end) or found.holds("evidence", action.task_start) or _restates_task_above(found, action)):
            found[action.task_start] = action
    # "Item 8 | Repair the inlet valve | Responsible: Director: Technical Services | Due date: ...", then "Clerk – order
    # replacement bulbs" (a note line with no 'ACTION:' label): a line of its own, unless a record already holds it
    for action in responsible_row_actions(text) + dash_note_line_actions(text):
        if not (found.starting_within(action.start, action.end) or found.holds("evidence", action.task_start)):
            found[action.task_start] = action
    for action in _labelled_actions(doc, text):
        if not (found.holds("start", action.start) or found.holds("evidence", action.task_start)):
            found[action.task_start] = action
        else:
            for existing in found.holding("evidence+80", action.task_start):
                if existing.owner_label != "PERSON":
                    existing.owner, existing.owner_label, existing.trigger = action.owner, "LABEL", "label"
    kept = [
        a
        for a in _without_answered_requests(text, _with_taken_up_requests(text, _without_relayed_requests(_without_passive_repeats(list(found.values())))))
        if not _logged_as_done(text, a)
    ]
    return sorted(kept, key=lambda a: a.task_start)


# the next task of a series after a semicolon, for the same owner ('directed Administration to complete a review ...; to take
# immediate steps ...; and to prepare a by-law ...')
_SERIES_NEXT_RE = re.compile(r";[ \t\n]*(?:and[ \t]+)?(?:(?:lastly|finally|also|further)[ \t,]+)?to[ \t]+(?=[a-z])")


def infinitive_series(text: str, action: FoundAction, limit: int) -> list[tuple[int, int, str]] | None:
    """The tasks of a direction that lists them as infinitives parted by semicolons ('directed Administration to complete a
    review and study of ...; to take immediate steps to improve flow rates ...; to bring forward funding recommendations ...'):
    (start, end, task) for each, the first the action's own, or None when its task is not followed by another."""
    first_end = text.find(";", action.task_start, limit)
    if first_end == -1 or squash(text[action.task_start : first_end]).rstrip(" ,") != action.description:
        return None
    tasks = [(action.task_start, first_end, action.description)]
    verb_re = task_verbs_re()
    end = first_end
    while (m := _SERIES_NEXT_RE.match(text, end, limit)) and verb_re.match(text, m.end(), limit):
        nxt = text.find(";", m.end(), limit)
        end = limit if nxt == -1 else nxt
        task = squash(text[m.end() : end]).rstrip(" .,")
        tasks.append((m.end(), end, task))
    return tasks if len(tasks) > 1 else None


def _restates_task_above(found: FoundActions, label: FoundAction) -> bool:
    """Whether an 'ACTION: Owner — summary' line right after a paragraph restates the task that paragraph gave the same owner.

    "3. the Deputy Town Clerk write to all 87 tenants giving the statutory 12 months' notice. / ACTION: Deputy Town Clerk —
    letters out by 30 November.": one task, its label's deadline added to it, not a second one. Only an action whose
    sentence ends within 80 characters before the label line (the 'evidence+80' range) and has the label's owner.
    A summary that opens with a task verb ('ACTION: Clerk — order two grit bins') is a task of its own, kept as one.
    """
    if task_verbs_re().match(label.description):
        return False  # 'ACTION: Clerk — order two grit bins by 30 November': a task of its own, not a restatement
    owner = without_the(label.owner).lower()
    same = [a for a in found.holding("evidence+80", label.start) if without_the(a.owner).lower() == owner and a.end <= label.start]
    for earlier in same:
        earlier.due_text = earlier.due_text or label.due_text
    return bool(same)


# The rest of a hyphenated surname the tokens split off: "Cllr Nicholas" + "-Letch", "Mr O'Brien" + "-Walsh".
_HYPHENATED_REST_RE = re.compile(r"(?:-[A-Z][\w'’]+)+")


# "we're telling our administration to do everything they can" (a council's verbatim hansard): a speaker's own people in
# general, not a post given a task; "Council authorizes administration to proceed" keeps its owner
_POSSESSIVE_BEFORE_RE = re.compile(r"\b(?:our|their|your|my)[ \t]+$", re.I)


def _speakers_own_staff(text: str, ent: Span) -> bool:
    """A lower-case 'administration' or 'staff' right after a possessive ('our administration', 'their staff')."""
    return ent.text in ("administration", "staff") and _POSSESSIVE_BEFORE_RE.search(text, max(0, ent.start_char - 8), ent.start_char) is not None


def _entity_owner(text: str, ent: Span) -> Owner:
    """An owner entity as the task's owner: past a heading run into it, with the whole surname and the post's portfolio."""
    owner = _with_qualifier(text, _past_heading(text, _whole_name(text, Owner(ent.start_char, ent.end_char, ent.label_, ent.text))))
    return _with_abbreviation_stop(text, owner)


# after a full stop, a word in lower case: the stop ended no sentence ('Highways Dept. to look at the issue')
_LOWER_CASE_AFTER_STOP_RE = re.compile(r"\.[ \t]+[a-z]")


def _with_abbreviation_stop(text: str, owner: Owner) -> Owner:
    """The owner with the full stop of the short word it ends on ('Highways Dept.', 'Hale Ltd.'), so the trigger read after
    it ('to look at the issue') follows the owner at once: a stop the sentence list knows (sentences.is_abbreviation), or
    one a word in lower case follows, which no sentence opens with."""
    if text[owner.end_char : owner.end_char + 1] != "." or not (is_abbreviation(text, owner.end_char) or _LOWER_CASE_AFTER_STOP_RE.match(text, owner.end_char)):
        return owner
    return Owner(owner.start_char, owner.end_char + 1, owner.label_, text[owner.start_char : owner.end_char + 1], owner.heading_start)


def _whole_name(text: str, owner: Owner) -> Owner:
    """A person's owner with the whole of a double-barrelled surname ("Cllr Nicholas-Letch agreed to ...")."""
    rest = _HYPHENATED_REST_RE.match(text, owner.end_char) if owner.label_ == "PERSON" else None
    return Owner(owner.start_char, rest.end(), owner.label_, text[owner.start_char : rest.end()]) if rest else owner


@lru_cache(maxsize=1)
def _heading_lead_re() -> re.Pattern:
    return re.compile(_triggers()["owner_heading_lead"]["regex"])


def _past_heading(text: str, owner: Owner) -> Owner:
    """A post's owner from after the agenda verb or heading the owner ruler took in before it.

    The ruler reads a run of capitalised words before a post as part of it, so a consent agenda's
    'Authorizing Finance Director to draw checks' or a heading with no full stop, 'Community Groups
    Governance Training The Chief Executive Officer to investigate funding', gave the whole run as
    the owner (action_triggers.json: owner_heading_lead).
    """
    if owner.label_ != "ROLE":
        return owner
    m = _heading_lead_re().match(owner.text)
    if not m or not m.end() or m.end() >= len(owner.text):
        return owner
    start = owner.start_char + m.end()
    heading = owner.start_char if owner.text[:1].isupper() and "The" in owner.text[m.end() : m.end() + 3] else None
    return Owner(start, owner.end_char, owner.label_, text[start : owner.end_char], heading)


# A post's portfolio in brackets right after it: "the Strategic Director (Place)", "the Executive Director (Finance and Resources)".
_QUALIFIER_RE = re.compile(r"[ \t]*\((?:[A-Z][\w'’&,.-]*(?:[ \t]+(?:[A-Z][\w'’&,.-]*|and|of|for|&)){0,6})\)")


def _dashed_portfolio_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The dashed portfolio and the head of service's word it follows, from action_triggers.json's dashed_portfolio lists."""
    words = pattern_rules("action_triggers.json")["dashed_portfolio"]
    portfolio = re.compile(
        r"[ \t]+[–—-][ \t]+(?!(?:" + word_alternation(words["not_portfolios"]) + r")\b)[A-Z][\w'’&]*(?:[ \t]+(?:[A-Z][\w'’&]*|and|&)){0,3}"
        r"(?=,?[ \t]+(?:" + word_alternation(words["verbs_after"]) + r")[ \t])"
    )
    return portfolio, re.compile("(?:" + word_alternation(words["heads"]) + ")$")


# A chief officer's portfolio after a spaced dash, as Scottish councils title their posts: "to instruct the Chief Officer –
# Operations to bring back a report", "the Chief Officer - Finance be instructed to ...". Only after a head of service's
# word, and only before the verb or the trigger, so "the Clerk – Cllr Hale will ..." and a heading's dash stay apart.
_DASHED_PORTFOLIO_RE, _PORTFOLIO_HEAD_RE = _dashed_portfolio_res()


def _with_qualifier(text: str, owner: Owner) -> Owner:
    """A post's owner with its bracketed portfolio, a person's with the post in brackets after the name, so the words after it
    are the trigger's ('the Director (Place) be authorised to', 'Mr Kinvig (Housing Officer) would inspect', 'Ann Lee (RFO) will prepare')."""
    if owner.label_ not in {"ROLE", "PERSON"}:
        return owner
    m = _QUALIFIER_RE.match(text, owner.end_char)
    if m is None and owner.label_ == "ROLE" and _PORTFOLIO_HEAD_RE.search(owner.text):
        m = _DASHED_PORTFOLIO_RE.match(text, owner.end_char)  # "the Chief Officer – Operations to bring back"
    return Owner(owner.start_char, m.end(), owner.label_, text[owner.start_char : m.end()]) if m else owner


# Between a post and the body whose office it is: "the Chair| of the |Finance Committee", "the chairman| of the Building and |Zoning Subcommittee".
_OFFICE_OF_RE = re.compile(r"[ \t\n]+of[ \t\n]+(?:the[ \t\n]+)?(?:[A-Z][\w'’&-]*[ \t\n]+(?:(?:and|&|of)[ \t\n]+)?){0,4}")


def _with_body_of(text: str, owners: list[Owner]) -> list[Owner]:
    """Each post followed by 'of (the) <body>' read as one owner: the office-holder of that body.

    'The Chair of the Finance Committee will circulate the budget', 'the chairman of the Building
    and Zoning Subcommittee have a meeting', 'the Secretary of the Residents' Association agreed to':
    the post and the body are two entities, and neither alone stands before the task's verb, so
    the task was lost. Only a ROLE directly followed by 'of' and a BODY whose name ends the phrase.
    """

    def office_of(owner: Owner, nxt: Owner) -> bool:
        if owner.label_ != "ROLE" or nxt.label_ != "BODY":
            return False
        return _OFFICE_OF_RE.fullmatch(text, owner.end_char, nxt.start_char) is not None or bool(
            re.fullmatch(r"[ \t\n]+of[ \t\n]+", text[owner.end_char : nxt.start_char])
        )

    return _merged_pairs(text, owners, office_of)


# Between two posts that own one task together: "Chair + Clerk", "Clerk & Chair", "Mayor / Town Clerk", "the Clerk and the RFO".
_POST_JOIN_RE = re.compile(r"[ \t]*(?:\+|&|/|and)[ \t]*(?:the[ \t]+)?", re.I)
# The owners two of whom can share one task: posts and named people (not bodies: "the Council and
# the Trust will" is two).
_JOINABLE_OWNERS = frozenset({"ROLE", "PERSON"})
# The note's own sign between two members ('&', '+', '/'): "Mr Dorey & Mrs Tostevin to continue the survey" is one joint
# note; two members joined by a plain 'and' stay apart (the second owns the task, as the name finders have read it).
_NOTE_JOIN_RE = re.compile(r"[&+/]")
# A comma just before the first of a post and a person: they close a longer list ("Cllr Hale, the Clerk and Mrs Patel to
# meet ..."), which is not joined, so the last two are not read as the whole.
_LIST_BEFORE_RE = re.compile(r",[ \t]*$")
# What a joint owner must stand before to be one: the note's "to", or a commitment ("will", "would", "agreed to").
_JOINT_COMMITMENT_RE = re.compile(r"[ \t\n]+(?:to|will|would|shall|(?:have[ \t]+)?(?:agreed|offered|undertook|volunteered)[ \t]+to)[ \t]+[a-z]")


def _joined_posts(text: str, owners: list[Owner]) -> list[Owner]:
    """Two posts joined by '+', '&', '/' or 'and' right before a task's verb read as one joint owner.

    Action notes in parish, town and community council minutes give a task to two office-holders
    at once ("Chair + Clerk to draft & circulate", "Clerk & Chair to meet the contractor", "Mayor /
    Town Clerk to attend", "The Clerk and the RFO will prepare the schedule"); the ruler finds each
    post alone, and only the second stands before the verb, so the task went to half its owners or
    (after '+') to none. Only two ROLE entities, the connector alone between them, and a commitment
    right after: posts named in a task's object ("write to the Chair and the Treasurer") stay apart.
    A post and a named member are joined the same way ("The Clerk and Cllr Smith to meet the contractor", "Ann/Clerk
    to write to ..."): before, the task went to the second alone (or, after '/', to no one). Not a pair that ends a longer
    list ("Cllr Hale, the Clerk and Mrs Patel to meet ..."). Two named members are joined only by a note's sign ("Mr Dorey &
    Mrs Tostevin to continue the survey"); after a plain 'and' the second owns the task, as before.
    """

    def joint(owner: Owner, nxt: Owner) -> bool:
        return (
            {owner.label_, nxt.label_} <= _JOINABLE_OWNERS
            and ("ROLE" in {owner.label_, nxt.label_} or _NOTE_JOIN_RE.search(text, owner.end_char, nxt.start_char) is not None)
            and (owner.label_ == nxt.label_ == "ROLE" or not _LIST_BEFORE_RE.search(text, max(0, owner.start_char - 3), owner.start_char))
            and _POST_JOIN_RE.fullmatch(text, owner.end_char, nxt.start_char) is not None
            and _JOINT_COMMITMENT_RE.match(text, nxt.end_char) is not None
        )

    return _merged_pairs(text, owners, joint)


def _merged_pairs(text: str, owners: list[Owner], belong_together: Callable[[Owner, Owner], bool]) -> list[Owner]:
    """The owners with each adjacent pair that belongs together read as one ROLE owner spanning both
    (a post and its body, two joined posts, a post and a member, two members); a merged owner is not paired again with the next."""
    out: list[Owner] = []
    i = 0
    while i < len(owners):
        owner = owners[i]
        nxt = owners[i + 1] if i + 1 < len(owners) else None
        if nxt is not None and belong_together(owner, nxt):
            out.append(Owner(owner.start_char, nxt.end_char, "ROLE", text[owner.start_char : nxt.end_char]))
            i += 2
            continue
        out.append(owner)
        i += 1
    return out


def _initials_of(names: list[str]) -> frozenset[str]:
    """The initials that stand for one present member each ('Heidi Dennison' -> 'HD'), as _known_names_re reads them."""
    return frozenset(member_initials(sorted({n for n in names if len(n.split()) >= 2 and all(w[:1].isupper() for w in n.split())})))


# A status written beside a task in an action log ("NS to enquire about the cost. NS Completed and in
# place", "Clerk to submit responses to CDC | CF | Completed"): the task was done before this meeting.
_DONE_STATUS_RE = re.compile(
    r"(?:^|[\s|–-])(?:[A-Z]{2,3}(?:\s*[&/]\s*[A-Z]{2,3})?\s+)?(?:Completed|Complete|COMPLETED|Done|DONE|Closed|CLOSED|Actioned)\b(?!\s+(?:by|on|in)\s+(?:the\s+)?(?:next|end|[A-Z0-9]))"
)


# Inside the task's own words a status must be set off as a log writes it (a column bar, a dash or
# the owner's initials before it): "Clerk to Complete the grant application" or "the Closed
# footpath" are tasks, not statuses.
_DONE_IN_TASK_RE = re.compile(
    r"(?:[|–-]\s{0,3}|\b[A-Z]{2,3}(?:\s{0,3}[&/]\s{0,3}[A-Z]{2,3})?\s{1,3})(?:Completed|Complete|COMPLETED|Done|DONE|Closed|CLOSED|Actioned)\b"
    r"(?!\s+(?:by|on|in)\s+(?:the\s+)?(?:next|end|[A-Z0-9]))"
)


def _logged_as_done(text: str, action: FoundAction) -> bool:
    """Whether an action log marks the task done: the status set off in the task, or just after its sentence."""
    after = action.end + len(re.match(r"[.;:|]{0,3}", text[action.end : action.end + 3]).group(0))
    return bool(_DONE_IN_TASK_RE.search(action.description) or _DONE_STATUS_RE.match(text, after, min(len(text), after + 16)))


# A commitment that names no task of its own and points back at the request before it: "Ms Pettit to arrange.",
# "the Director of Public Works will follow up", "the Chief Executive agreed to do so", "the Clerk undertook to action this".
# When or how a take-up says it will be done: "the CAO agreed to do so this week", "Ms Pettit to arrange by Friday"; the
# patterns are case-insensitive, so "by/before <word>" is any such phrase ("agreed to arrange by email" takes up the request too).
_TAKE_UP_WHEN = r"(?:\s+(?:(?:this|next)\s+(?:week|month)|shortly|today|tomorrow|immediately|(?:by|before)\s+(?:the\s+)?(?:next\s+meeting|end\s+of\s+\w+|[A-Z]\w+(?:\s+\d{1,2})?)))?"
_TAKE_UP_RE = re.compile(
    r"(?:(?:do|doing)\s+so|(?:action|actioning|pursue|progress|follow\s+up(?:\s+on)?|arrange|see\s+to|deal\s+with|take\s+forward)(?:\s+(?:this|that|it))?"
    r"|take\s+(?:this|that|it)\s+forward)" + _TAKE_UP_WHEN + r"\W{0,3}",
    re.I,
)
# The pro-forms of that family ('do so', 'action this', 'follow up on it'): they never stand alone as a task.
_DO_SO_RE = re.compile(
    r"(?:do|doing|action|actioning|pursue|progress|follow)\s+(?:so|this|that|it|up\s+(?:on\s+)?(?:this|that|it))" + _TAKE_UP_WHEN + r"\W{0,3}$", re.I
)
_DO_SO_REACH = 400  # characters from the request's task to the 'do so' that takes it up


def is_pro_form(task: str) -> bool:
    """True when a task is only a pro-form ('do so', 'action this', 'follow up on it'): it names no task of its own.

    Public so that other checks (the trained layer's veto, model_veto.py) ask the one owner of the pattern.
    """
    return bool(_DO_SO_RE.fullmatch(task.strip()))


# A request with no owner of its own, in the sentence before the take-up: "Ms Mulready asked that the figures be broken down by district."
_OWNERLESS_REQUEST_RE = re.compile(r"\b(?:asked|requested)\s+that\s+(?P<task>[^.;!?]{8,300}?)\s*(?=[.;!?]|$)")
_TAKE_UP_BACK = 300  # characters read back from the take-up for the sentence before it


def _with_taken_up_requests(text: str, actions: list[FoundAction]) -> list[FoundAction]:
    """One task where an owner takes up a request made just before: the request's task, the take-up's owner.

    Clerks record the request and who will see to it in two steps, in every country's style: "Cllr
    d'Entremont asked staff to look into the cost of a crosswalk; the Director of Public Works will
    follow up" (Canada), "Ms Mulready asked that the figures be broken down by district. Ms Pettit to
    arrange." (Ireland), "Cr Paewai asked that the submission be shared with the Community Board. The
    Chief Executive agreed to do so." (NZ). The request is an action found in the take-up's own
    sentence or the one before, else an ownerless "asked that ..." there; a pro-form ('do so') reaches
    further back for an action (a "...; the Chief Executive agreed to do so" after a long request) and,
    with none, names no task and is dropped. Any other take-up with no request is left as it is (a bare
    "Clerk to arrange" in an action column is a whole note).
    """
    ordered = sorted(actions, key=lambda a: a.task_start)
    starts = [a.task_start for a in ordered]
    dropped: set[int] = set()
    for i, action in enumerate(ordered):
        note = action.description.strip()
        if _TAKE_UP_RE.fullmatch(note):
            back = sentence_start(text, max(0, action.start - 2), max(0, action.start - _TAKE_UP_BACK)) if action.start > 1 else 0
            near = [a for a in ordered[bisect.bisect_left(starts, back) : i] if id(a) not in dropped and not _TAKE_UP_RE.fullmatch(a.description.strip())]
            if near:
                _give_owner(near[-1], action)
                dropped.add(id(action))
                continue
            asked = last_match(_OWNERLESS_REQUEST_RE, text, back, action.task_start)
            if asked is not None:
                action.description = squash(asked.group("task"))
                action.due_text = due_phrase(action.description)
                continue
        if is_pro_form(note):
            dropped.add(id(action))
            reach = bisect.bisect_left(starts, action.task_start - _DO_SO_REACH)  # only the tasks within reach before it: linear in the item
            earlier = [a for a in ordered[reach:i] if id(a) not in dropped and 0 < action.task_start - a.task_start <= _DO_SO_REACH]
            if earlier:
                _give_owner(earlier[-1], action)
    return [a for a in actions if id(a) not in dropped]


# A commitment that answers the request before it names the request's matter by a pronoun or a demonstrative right
# after its verb: "agreed to circulate it before the next meeting", "said staff would include that scenario".
_ANSWER_RE = re.compile(r"[a-z-]+(?:\s+(?:up|out|on|into|at|over|back))?\s+(?:it|this|that|these|those|them)\b(?!\s+(?:is|was|are|were|has|have|would|will)\b)")
_COMMITMENT_TRIGGERS = frozenset({"agreed to", "would", "said would"})
_REQUEST_TRIGGERS = frozenset({"asked to", "requested that"})


def _without_answered_requests(text: str, actions: list[FoundAction]) -> list[FoundAction]:
    """One task where a member's request is answered by someone's commitment to it: the commitment.

    "Cr Parata asked that staff provide a breakdown of Bee Card concession use by age group; the Public
    Transport Manager, Sione Latu, agreed to circulate it before the next meeting" (NZ); "Cr Beitz requested
    that officers investigate shade over the playground. Mr Fahey undertook to include it in the September
    budget review" (Australia): the request is what was asked, the commitment what will be done, by whom.
    The commitment refers back ('it', 'that scenario') and the request is in its sentence or the one before.
    """
    ordered = sorted(actions, key=lambda a: a.task_start)
    starts = [a.task_start for a in ordered]
    dropped: set[int] = set()
    for i, answer in enumerate(ordered):
        if answer.trigger not in _COMMITMENT_TRIGGERS or not _ANSWER_RE.match(answer.description):
            continue
        back = sentence_start(text, max(0, answer.start - 2), max(0, answer.start - _TAKE_UP_BACK)) if answer.start > 1 else 0
        near = [a for a in ordered[bisect.bisect_left(starts, back) : i] if id(a) not in dropped]
        if near and near[-1].trigger in _REQUEST_TRIGGERS:
            dropped.add(id(near[-1]))
    return [a for a in actions if id(a) not in dropped]


PASSIVE_INNER_REACH = 600  # characters past a passive clause's start where a task inside it is looked for: the clause and a little
INNER_TASK_OPENING = 60  # characters of an inner task that must stand in the passive clause's words (a description is cut at 40 words)


def _without_passive_repeats(actions: list[FoundAction]) -> list[FoundAction]:
    """Without a passive clause read as a task of its agent when the clause holds another owner's task, read already.

    "That the Public Works Department be directed to fund the Pathway ..., in an amount to be determined by the Director of
    Public Works" (Canada), "(c) to recommend that Councillor Cullis attend training on the Code of Conduct, to be arranged by
    the Monitoring Officer before 31 May 2024" (England): the passive after the comma qualifies the task before it (its
    amount, its arranging); the whole clause as the agent's task repeats the task found at its verb. Only a task whose
    opening words lie inside the passive clause's words; the tasks are found by bisection from the clause's start, so the
    test reads only the tasks that start within PASSIVE_INNER_REACH characters of it.
    """
    ordered = sorted(actions, key=lambda a: a.task_start)
    starts = [a.task_start for a in ordered]
    dropped: set[int] = set()
    for passive in ordered:
        if passive.trigger != "passive agent":
            continue
        inner = ordered[bisect.bisect_right(starts, passive.task_start) : bisect.bisect_left(starts, passive.task_start + PASSIVE_INNER_REACH)]
        if any(a.trigger != "passive agent" and a.owner != passive.owner and a.description[:INNER_TASK_OPENING] in passive.description for a in inner):
            dropped.add(id(passive))
    return [a for a in actions if id(a) not in dropped]


def _give_owner(request: FoundAction, take_up: FoundAction) -> None:
    """The request becomes the task of whoever took it up."""
    request.owner, request.owner_label = take_up.owner, take_up.owner_label


_RELAY_RE = re.compile(r"(?:ask|request|instruct|direct|invite|authori[sz]e|remind|tell)\b")


def _without_relayed_requests(actions: list[FoundAction]) -> list[FoundAction]:
    """One task where one owner asks another: 'X to ask / instruct Y to V'.

    A meeting body relaying a request leaves the task to whom it asked ('The Council agreed to
    ask the Clerk to write'); a person or officer told to pass a request on keeps it ('Clerk to
    instruct David George to proceed with the works': the Clerk's task, not a second one).
    """
    ordered = sorted(actions, key=lambda a: a.task_start)  # the inner tasks of one outer, found by bisection: linear in the item
    starts = [a.task_start for a in ordered]
    dropped: set[int] = set()
    for outer in actions:
        if not _RELAY_RE.match(outer.description):
            continue
        for inner in ordered[bisect.bisect_right(starts, outer.task_start) : bisect.bisect_left(starts, outer.end)]:
            if inner is outer or not outer.task_start < inner.task_start < outer.end or inner.owner.lower() not in outer.description.lower():
                continue
            dropped.add(id(outer) if is_meeting_body(outer.owner, outer.owner_label) else id(inner))
    return [a for a in actions if id(a) not in dropped]


# The most of one sentence an owner's task is read from: tokens on each side of the owner. Real
# sentences are shorter; a "sentence" of a thousand names with no full stop would otherwise make
# every owner read all of it (quadratic).
OWNER_REACH = 200
# In a long sentence crowded with owners ("Clerk to Clerk to ...", a names list with no full stop)
# the reach shrinks so that all its owners together read at most OWNER_READS_PER_TOKEN times the
# sentence's tokens (linear, with a small constant), but never below MIN_OWNER_REACH tokens.
OWNER_READS_PER_TOKEN = 8
MIN_OWNER_REACH = 24


def owner_reach(sentence_tokens: int, owner_count: int) -> int:
    """Tokens each side of an owner that its task is read from, in a sentence longer than 2 x OWNER_REACH tokens."""
    if owner_count <= 1:
        return OWNER_REACH
    return max(MIN_OWNER_REACH, min(OWNER_REACH, OWNER_READS_PER_TOKEN * sentence_tokens // (2 * owner_count)))


def _around(doc: Doc, token_starts: list[int], sent: Span, owner: Owner, reach: int = OWNER_REACH) -> Span:
    """The sentence, or when it is longer than 2 x OWNER_REACH tokens, the `reach` tokens each side of the owner."""
    if len(sent) <= 2 * OWNER_REACH:
        return sent
    at = bisect.bisect_right(token_starts, owner.start_char) - 1
    return doc[max(sent.start, at - reach) : min(sent.end, at + reach)]


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


def _known_names_re(names: list[str], short: tuple[str, ...] = ()) -> re.Pattern | None:
    """Full names ('Joanne Carpenter') of the document's people, longest first, and their initials ('HD').

    Minutes that list 'Heidi Dennison (HD)' among those present go on with 'HD will draft a
    letter' mid-sentence; initials shared by two members, or usually meaning a body or a post
    ('PC'), are left out.
    """
    full = sorted({n for n in names if len(n.split()) >= 2 and all(w[:1].isupper() for w in n.split())}, key=len, reverse=True)
    alternatives = [re.escape(n) for n in full]
    initials = member_initials(full)
    if initials:  # alone, not inside a run of capitals ('SUCH AS WE'), a dotted abbreviation or a word
        alternatives.append(r"(?<![A-Z][ \t])(?<![\w.&/])(?:" + "|".join(initials) + r")(?![\w.])(?![ \t]+[A-Z]{2})")
    alternatives.append(_title_abbreviation_pattern())  # "CA Gabriel will prepare an ordinance"
    if short:  # "Otte will apply": alone, not inside a longer capitalised name ("Otte Farms", "Sheila Otte" is read whole)
        alternatives.append(r"(?<![\w'’.-])(?:" + "|".join(re.escape(w) for w in short) + r")(?![\w'’-])(?![ \t]+[A-Z][a-z])")
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b")


@lru_cache(maxsize=1)
def _title_abbreviation_pattern() -> str:
    """A post in capitals and a surname ('CA Gabriel', 'CM Corbin'), from action_triggers.json's title_abbreviations."""
    abbreviations = sorted(_triggers()["title_abbreviations"]["abbreviations"], key=len, reverse=True)
    return r"(?<![\w.&/-])(?:" + "|".join(abbreviations) + r")[ \t]+[A-Z][a-z'’-]{1,20}(?![\w'’-]*[ \t]+[A-Z][a-z])"


_COORDINATED_RE = re.compile(
    r"^(?P<between>[^.;]{0,200}?)(?:\b(?:and|but|,)|;(?=\s+(?:(?:s?he|they)\s|(?:will|would)\s+[a-z]))|\b(?P<rel>which)(?=\s+s?he\s))\s+(?:(?:(?:s?he|they)\s+)?(?:also\s+|then\s+|now\s+)?(?:have\s+|has\s+)?(?:now\s+)?(?:offered|agreed|undertook|promised|volunteered|committed|pledged)\s+to|(?:his|her|their)\s+(?:intention|plan)\s+to"
    r"|(?:(?:said|confirmed|advised|stated|indicated|explained|replied|added)\s+(?:that\s+)?(?=s?he\b|they\b))?(?:that\s+(?=s?he\b|they\b))?(?:(?:s?he|they)\s+)?(?:would|will)(?:\s+(?:also|personally))?+(?:\s+be\s+(?:glad|happy|pleased|willing)\s+to|\s+be(?=\s+[a-z]{2,}ing\b))?(?!\s+(?:be|have|like|need|not|no|welcome|wish|want|prefer|hope|expect|suggest|appreciate)\b))\s+(?P<task>[a-z].*)",
    re.S,
)


# A name printed right after a post, then a commitment: "City Recorder Leanne Moll will call ..."
# A surname alone after a post is common in US minutes ("City Engineer Walsh will meet ...", "Public Works Director Smith said
# he would get a price", "Public Works Director Kaur said he'd get a quote", "Roadmaster Kline is to have the potholes patched",
# a note "Town Attorney Marsh to draft a lease", whose bare 'to' the note trigger reads only at a clause's start); a word that
# names a body or a group is never taken for one ("Town Clerk Council will ...").
# the name's own report of the commitment ('said he would'), its verbs of saying from action_triggers.json's said_would
_SAID_SHE_WOULD = (
    "(?:" + word_alternation(pattern_rules("action_triggers.json")["said_would"]["verbs"]) + r")\s+(?:that\s+)?(?:s?he|they)(?:\s+(?:would|will)|['’](?:d|ll))"
)
_POST_THEN_NAME_RE = re.compile(
    r"[ \t]+(?P<name>[A-Z][a-z'’-]{1,20}(?:[ \t]+[A-Z][a-z'’-]{1,20}){1,2}(?=,?\s+(?:would|will|agreed|offered|undertook|promised|is\s+to|to|"
    + _SAID_SHE_WOULD
    + r")\s)"
    r"|(?!(?:Council|Committee|Board|Commission|Staff|Department|Members?|Office|Officers?|Reports?|Updates?|Comments?|The|This|That|And|Also)\b)"
    r"[A-Z][a-z'’-]{1,20}(?=,?\s+(?:would|will|agreed|offered|undertook|promised|(?:is|are)\s+to|to|" + _SAID_SHE_WOULD + r")\s))"
)


# A name in apposition before a post: "Harriet Lomas, Democratic Services Officer, confirmed that she would ..."
# Irish minutes mark an acting post "A/" ("Mr. Tom Ryan, A/Senior Engineer, undertook to ..."): the post still follows the name.
_NAME_THEN_POST_RE = re.compile(r"(?<![\w’'])(?P<name>[A-Z][a-z'’-]{1,20}(?:[ \t]+[A-Z][a-z'’-]{1,20}){1,2}),[ \t]+(?:the[ \t]+)?(?:A/)?$")


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
    if holder and re.match(r",", text[ent.end_char : ent.end_char + 1]):  # "Harriet Lomas, Democratic Services Officer, confirmed ..."
        owner = f"{holder.group('name')}, {owner}"
    poss = re.match(r"['’]s?(?=\s)", text[after_start : after_start + 3])
    if poss:
        after_start += len(poss.group(0))
    else:
        after_start = skip_partners(text, after_start, sent.end_char)  # "the Director, in consultation with the Leader, finalise ..."
    sent_end = max(sent.end_char, _sentence_end(text, sent.start_char, len(text) if limit is None else limit))
    context = _OwnerContext(text, sent, ent, owner, after_start, sent_end, in_resolution, bool(poss))
    return _after_owner_action(context) or _before_owner_action(context) or _coordinated_action(context, owners)


@lru_cache(maxsize=64)
def _sentence_end(text: str, start: int, limit: int) -> int:
    """sentence_end, worked out once per sentence rather than once per owner in it (a str caches its hash)."""
    return sentence_end(text, start, limit)


# A possessive right after a mention makes it whose thing, not who acts ("the Clerk's report on correspondence"); the
# mention's own office, team or department still acts as its unit ("The Treasurer's office to confirm the levy dates").
_POSSESSIVE_RE = re.compile(r"['’]s[ \t]+(?!(?:office|team|department|staff|crew|section|unit|directorate)\b)[a-z]")


def _not_a_task_owner(text: str, sent: Span, ent: Owner) -> bool:
    """Mentions that cannot own a task: done things, notices of question, suggestions."""
    owner = squash(ent.text)
    if _POSSESSIVE_RE.match(text, ent.end_char):
        return True  # "(e) the Clerk's report on correspondence": whose report, not who reports
    if owner.lower() in _NOT_OWNERS or _PAST_OR_DONE_RE.search(text[max(sent.start_char, ent.start_char - 30) : ent.start_char]):
        return True
    if unidentified_owner(text[max(sent.start_char, ent.start_char - 12) : ent.start_char]) or in_recital(text, sent.start_char, ent.start_char):
        return True  # "a mayor was not needed": no one in particular; "Whereas, ... requested the Director to": background
    if text.find(" ask", sent.start_char, ent.start_char) >= 0 and re.search(r"\bI (?:will|would|wish to|shall) ask\b", text[sent.start_char : ent.start_char]):
        return True  # "I will ask the Council to provide ...": a notice of question, not a task
    # "perhaps the Parish Council should ...": a suggestion, not a task
    if _MOVER_BEFORE_RE.search(text[max(sent.start_char, ent.start_char - 40) : ent.start_char]):
        return True  # "seconded by Tr. Baggett to approve ...": the mover of a motion, not its owner
    if _HEARD_FROM_RE.search(text, max(sent.start_char, ent.start_char - 200), ent.start_char):
        return True  # "The Board, having heard from the applicant's agent, Sergeant Mair and one objector, agreed to grant": the Board's
    if _CAUSATIVE_HAVE_BEFORE_RE.search(text, max(sent.start_char, ent.start_char - 70), ent.start_char):
        return True  # "asked the City Manager to have Public Works review ...": the one who has it done owns it, not who does it
    if (
        ent.label_ != "BODY"
        and _ASKED_IF_RE.search(text, max(sent.start_char, ent.start_char - 40), ent.start_char)
        and _ASKED_IF_MODAL_RE.match(text, ent.end_char)
    ):
        return False  # "Cllr Noor asked if the Clerk could request a grit bin": a request put as a question (_ASKED_IF trigger)
    if _THING_THAT_RE.search(text, max(sent.start_char, ent.start_char - 40), ent.start_char):
        return True  # "that's something that Transit would look at at that time": what the owner might do, said of a thing
    return asked_about(text, sent.start_char, ent.start_char)


# A question or a conjecture word right before an owner: "how the council will pay", "whether the Board would ...".
_QUESTION_LEAD_RE = re.compile(r"\b(?:perhaps|possibly|might|could|whether|if|how|why|what|when|where)\s+(?:the\s+)?$", re.I)


def asked_about(text: str, sent_start: int, owner_start: int) -> bool:
    """Whether the owner stands in a question or a conjecture inside another clause ("how the council will pay", "In terms of
    whether KCC would look to recreate the overall grade rating", "questioned whether neighbourhood officers would stay"):
    asked about, given no task. Public so that the trained layer's veto (model_veto.py) asks the one owner of the pattern."""
    return bool(
        _QUESTION_LEAD_RE.search(text, max(sent_start, owner_start - 20), owner_start)
        or _WHETHER_QUALIFIED_RE.search(text, max(sent_start, owner_start - 40), owner_start)
    )


# An indefinite or general thing the owner's clause describes: "that's something that Transit would look at at that time",
# "This report outlines the steps that the Auditor will be taking to comply". The owner is the subject of a relative clause
# about the thing, which tells what may be done or what a report sets out, not a task given at the meeting.
_THING_THAT_RE = re.compile(r"\b(?i:something|anything|nothing|everything|whatever|the\s+(?:steps|things|measures))\s+(?:that\s+|which\s+)?(?:the\s+)?$")


# 'whether' before an owner with the owner's qualifier between: "Members questioned whether neighbourhood officers would
# stay in neighbourhoods" asks about officers, it gives them no task. Only 'whether': after 'if' or 'when' a condition
# ("if required the Clerk will ...") may still hold a task.
_WHETHER_QUALIFIED_RE = re.compile(r"\b[Ww]hether\s+(?:the\s+)?[a-z][\w-]*\s+(?:[a-z][\w-]*\s+)?$")


# A participle phrase set off after the subject, naming whom the meeting heard: "The Board, having heard from the
# applicant's agent, Sergeant Mair and one objector, agreed to grant ...". A mention inside it is never the subject of the
# verb after it. Only after a comma: a sentence that opens with it ("Having heard from the Clerk, the Council agreed") has
# its subject after the phrase, and a mention there is read as usual; nor past a 'that' ("that the Committee, having
# heard the objectors, approves the application, and that the Head of Planning agree the conditions").
# The phrase ends at the comma before the subject's own verb ("The Committee, having heard from the applicant, asked the
# Clerk to write ..."): a mention after that verb is read as usual.
_HEARD_FROM_END = r",\s+(?:then\s+|also\s+|unanimously\s+)?(?:agreed|asked|requested|resolved|decided|instructed|directed|authori[sz]ed)\b"
_HEARD_FROM_RE = re.compile(r",[ \t\n]*having[ \t\n]+(?:heard|listened[ \t\n]+to)\b(?:(?!\bthat\b|" + _HEARD_FROM_END + r")[^.;:]){0,200}$")


# The causative 'have' right before a mention: its object does the work for the one who owns the task.
# Only after someone's own commitment or a request to someone ('would have', 'undertook to have', 'asked the City
# Manager to have'): a motion 'to have Carrie sign up for the classes' names no one else, and Carrie owns it.
_CAUSATIVE_HAVE_BEFORE_RE = re.compile(
    r"\b(?:will|would|shall|(?:undertook|agreed|offered|promised)\s+to|asked\s+(?:the\s+)?[A-Z][\w.'’ \t\n-]{0,40}?\s+to)\s+have\s+(?:the\s+)?$"
)

# A request put as a question to a person or post: "asked if the Clerk could ...", "enquired whether the Secretary would ..."
_ASKED_IF_RE = re.compile(r"\b(?i:asked|enquired|inquired|queried)\s+(?:if|whether)\s+(?:the\s+)?$")
# ... and the modal that makes it a request: "could / can / might", "would please", "would be able to" (a plain "would" asks about an intention)
_ASKED_IF_MODAL_RE = re.compile(r",?\s+(?:could|can|might|(?:would|will)\s+(?:please|be\s+(?:able|willing|prepared)\s+to))\b")


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
        return self.text[self.after_start : self.sent_end]

    @property
    def before(self) -> str:
        return self.text[self.sent.start_char : self.ent.start_char]

    def action(self, trigger: str, task_start: int) -> FoundAction | None:
        return _make_action(self.text, self.sent, self.owner, self.ent.label_, trigger, task_start, self.sent_end)


# The words the `$`-anchored searches below look for at the end of the text before an owner (tail_gate.ends_in checks first).
_OBJECT_PREPOSITIONS = ("of", "on", "in", "at", "for", "from", "about", "into", "than", "under", "by")
_LINKING_WORDS = ("to", "with", "and", "of", "on", "in", "at", "for", "from", "about", "by")

_CLAUSE_LEAD_RE = re.compile(r"^\s*\(?[a-z0-9ivx]{1,4}[.)]\s*")  # "(b) the Head of Service report back": a clause label


def _after_owner_action(c: _OwnerContext) -> FoundAction | None:
    """'X agreed to V', 'X would V', 'Clerk to V', 'X be asked to V', 'RESOLVED that X V'."""
    after, before, label = c.after, c.before, c.ent.label_
    at_sentence_start = opens_a_clause(before, c.in_resolution, c.text[c.ent.start_char : c.sent_end]) or under_item_heading(c.text, c.sent.start_char, before)
    if c.ent.heading_start is not None and not at_sentence_start:
        # "Community Groups Governance Training The Chief Executive Officer to investigate": the note opens where its heading does
        at_sentence_start = opens_a_clause(c.text[c.sent.start_char : c.ent.heading_start], c.in_resolution)
    if at_sentence_start and re.search(r"\(\s*(?:the\s+)?$", before) and inside_quotation(c.text[max(0, c.ent.start_char - 400) : c.ent.start_char]):
        at_sentence_start = False  # '"... Legal bills to be paid (Steve Teale to pay costs)."': earlier minutes quoted, not a note of this meeting
    object_of_preposition = ends_in(before, _OBJECT_PREPOSITIONS, ("the", "this")) and bool(
        re.search(r"\b(?:of|on|in|at|for|from|about|into|than|under|by)\s+(?:the\s+|this\s+)?$", before)
    )
    for t in _triggers()["after_owner"]:
        if t.get("owner_first") and not at_sentence_start:
            continue
        if "owner_labels" in t and label not in t["owner_labels"]:
            continue  # "Cllr. Muir is working with the Clerk": a person's or post's work in hand, not a body's
        if object_of_preposition and t["trigger"] in {"would", "agreed to", "said would"} and not re.match(r",?\s*who\b", after):
            continue  # "Councillors on this Full Council will make ...", "prepared by the Director of Law and shall contain": not the subject
        if t.get("needs_resolution") and label == "BODY" and not OUTWARD_TASK_RE.match(after):
            continue  # "RESOLVED that Cabinet approve ...": the decision itself; "that the Council write to ..." is a task
        if t.get("needs_resolution") and not (
            c.in_resolution
            and re.search(r"(?i:that)\s*[:,]?\s*(?:the\s+)?$|^\s*(?:the\s+)?$|\b(?:and|;)\s*(?:the\s+)?$", _CLAUSE_LEAD_RE.sub("", before))
            or MARKER_THAT_RE.search(before)
        ):
            continue
        m = t["compiled"].match(after)
        if not m:
            continue
        if t["trigger"] == "said would" and label != "BODY" and re.search(r"\bit\s+(?:would|will)\b", after[: m.start("task")]):
            continue  # "Mr Read shared that it would take a full year": 'it' is no person or post
        if t["trigger"] == "said would" and re.search(r"\bofficers\s+(?:would|will)\s+$", after[: m.start("task")]):
            officers = c.after_start + after.rindex(
                "officers", 0, m.start("task")
            )  # "Councillor Brightwell said that officers will report back": the officers' task
            return _make_action(c.text, c.sent, "officers", "ROLE", "said would", c.after_start + m.start("task"), c.sent_end) if officers else None
        office = (
            re.search(r"\b(?:his|her|their)\s+(?:office|team|department|organisation|organization)(?=\s+(?:would|will)\s+$)", after[: m.start("task")])
            if t["trigger"] == "said would"
            else None
        )
        if office:  # "The Commissioner said that his office would provide the Panel with ...": the office's task, as the minutes name it
            return _make_action(c.text, c.sent, squash(office.group()), "ROLE", "said would", c.after_start + m.start("task"), c.sent_end)
        if t["trigger"] == "would" and re.match(r"\W*should\b", after) and VIEW_THAT_RE.search(before):
            continue  # "It was felt that officers should ...": a view, not a commitment
        if t["trigger"] == "would" and is_advice(after[: m.start("task")], before, c.in_resolution, _triggers()["advisory"]):
            continue  # "Mayor Johnson stated Mr. Bowen should conduct further analysis": advice, not a task
        if t["trigger"] == "be asked to" and direction_suggested(before, c.in_resolution, asks=label == "BODY"):
            continue  # "suggested staff be authorized to proceed": a direction suggested to the body, not given by it
        if re.search(r"\bbe\s+$", after[: m.start("task")]) and not _progressive_task(after[m.start("task") :]):
            continue  # "will be learning about the job": a state; "will be calling all organizations" is a task
        if invites_own_body(c.owner, label, after[: m.start("task")], after[m.start("task") :]):
            continue  # "all of Council will be invited to tour the building": an invitation to its members, no task
        if label == "BODY" and t["trigger"] == "be asked to" and re.search(r"\b(?i:members|councillors)\s+of\s+(?:the\s+)?$", before):
            continue  # "Members of the Panel were invited to attend an information evening": an invitation to the members, no task of the body
        own_body = names_own_body(c.owner, _triggers()["plea"])
        if is_meeting_body(c.owner, label) and not body_takes_task(t["trigger"], before, after, after[m.start("task") :], c.in_resolution, own_body):
            continue  # "The Council would provide a choice of placements": how things work, not a task
        task_start = c.after_start + m.start("task")
        if _RELATIVE_LEAD_RE.match(after):  # "Cllr Smith, who agreed to write to the school, will report back": the clause's task
            close = _RELATIVE_CLOSE_RE.search(c.text, task_start, c.sent_end)
            if close:
                return _make_action(c.text, c.sent, c.owner, label, t["trigger"], task_start, close.start())
        return c.action(t["trigger"], task_start)
    return None


# A commitment told in a relative clause after its owner ("Cllr Smith, who agreed to write to the school, will report back"):
# the task ends at the comma that closes the clause before the sentence's own verb
_RELATIVE_LEAD_RE = re.compile(r",?\s*who\b")
# (a modal or a verb in the past: "..., thanked members").
_RELATIVE_CLOSE_RE = re.compile(r",[ \t]+(?=(?:will|would|is|was|has|had|said|also|then|[a-z]{3,}ed)\b)")


def _progressive_task(task: str) -> bool:
    """Whether a task in the progressive ('calling all organizations') starts with a task verb."""
    word = re.match(r"[a-z]*", task).group(0)
    stem = word[:-3] if word.endswith("ing") else word
    verbs = set(_triggers()["task_verbs"]["verbs"])
    return bool({stem, stem + "e", stem[:-1]} & verbs) if stem else False


_BE_ASKED_RE = re.compile(r"\s*be\s+(?:requested|asked)\s+to\b")


def _before_owner_action(c: _OwnerContext) -> FoundAction | None:
    """'requested that X V', 'asked X to V', 'delegate authority to X to V', 'be drafted by X'."""
    text, after, before, label = c.text, c.after, c.before, c.ent.label_
    folded = fold(before[max(0, len(before) - BEFORE_REACH) :])  # where a trigger's match lies: its words must be there
    for t in _triggers()["before_owner"]:
        trigger = _trigger_before(t["compiled"], before) if may_match(t["compiled"], folded) else None
        if c.possessive or not trigger or "unless_compiled" in t and t["unless_compiled"].search(before):
            continue  # "RESOLVED that the Leader's report be noted": the owner is not the subject
        if "owner_labels" in t and label not in t["owner_labels"]:
            continue  # "asked whether the County Council could fill the potholes": a question about a body, not a request to an officer
        if "lost_after_compiled" in t and t["lost_after_compiled"].match(text, c.sent_end):
            continue  # "Moved by A, seconded by B, that the Clerk write ... Defeated.": a lost motion directs no one
        if t["trigger"] == "requested that" and _BE_ASKED_RE.match(after) and direction_suggested(before, c.in_resolution, asks=label == "BODY"):
            continue  # "Deputy Brosnan asked that the Department of Justice be requested to ...": a member's plea, not the meeting's direction
        if is_plea_to_own_body(c.owner, before, c.in_resolution, _triggers()["plea"]) and not _members_ask_outward(before, after):
            continue  # "Marie Tanner asked Council to pause the process": a plea the body has not taken up
        if is_meeting_body(c.owner, label) and re.search(r"\b(?:" + decision_verbs("lower", "upper", "title") + r")\b", before):
            continue  # "RESOLVED that Cabinet approve": the decision, not a task
        if is_meeting_body(c.owner, label) and not t.get("whole_clause") and DECISION_VERB_RE.match(re.sub(r"^\W*(?:to\s+)?", "", after)):
            continue  # "suggested that the Board consider ...", "invited the Board to appoint": its own business
        if t.get("whole_clause"):
            # "That, a policy for subsidised lettings be drafted by officers": the clause is the task
            if (
                label == "BODY"
                or c.in_resolution
                and re.search(r"\bminutes\b.*\bsigned\b|\bsigned\b.*\bminutes\b", text[c.sent.start_char : c.sent_end], re.I | re.S)
            ):
                continue  # approval by the body itself, or signing the minutes: formalities, not tasks
            if is_advice(before[max(0, trigger.start() - MODAL_REACH) : trigger.start()], before[: trigger.start()], c.in_resolution, _triggers()["advisory"]):
                continue  # "Mr Aldridge commented that the cyber risk rating should be reviewed by the auditor": a view, not a task
            clause_start = _coordinate_clause_start(text, sentence_start(text, c.ent.start_char, c.sent.start_char), c.sent.start_char + trigger.start())
            clause_start = _after_unstopped_lines(text, clause_start, c.ent.start_char)
            if re.search(r"\b(?:why|whether|how|not)\b", text[clause_start : c.ent.start_char], re.I):
                continue  # "asked why claims were not being checked by the Finance Officer": a question, not a task
            # a label before a dash leads too: "Minute 32 – concerns would be passed on to officers by Councillor Finch"
            lead = re.match(r"\s*(?:[^.–—\n]{1,200}?\s[–—]\s+)?(?:\(?\w{1,3}[.)]\s*|(?:That|that),?\s*)?", text[clause_start : c.sent_end])
            if len(text[clause_start + lead.end() : c.sent_end].split()) >= 4:
                return c.action(t["trigger"], clause_start + lead.end())
            continue
        if direction_not_given(before[: trigger.start()], _triggers()["plea"]):
            continue  # "Council should direct staff to review ...": advice, not a direction given
        if "then_compiled" in t:
            m = t["then_compiled"].match(after)
            if m and invites_own_body(c.owner, label, trigger.group(0), after[m.start("task") :]):
                continue  # "I'm going to invite Council to come on a tour of Centreport": an invitation, no task
            if m:
                return c.action(t["trigger"], c.after_start + m.start("task"))
            continue
        m = re.match(r"^\s*(?:should |would |will |to |be asked to |be requested to )?(?P<task>[a-z][a-z-]+\b.*)", after, re.S)
        if m and is_advice(after[: m.start("task")], before, c.in_resolution, _triggers()["advisory"]):
            continue  # "It was recommended that the Forum should take over ...": advice, not a task
        if m and (_NOUN_THEN_VERB_RE.match(m.group("task")) or _PAPER_NOTED_RE.match(m.group("task"))):
            continue  # "RESOLVED that the Participation Team update be noted": 'update' is a noun, the verb is 'be noted'
        if m and _narrated_past(m.group("task")):
            continue  # "Cllr Coate proposed that Cllr MacDonagh took this position": what was done, not a task given
        if m and _opens_with_participle(m.group("task")):
            continue  # "We were lucky to have Mr. Clark acting as our Acting Chief": what the owner was doing, not a task given
        if m and not re.match(r"(?:be|is|was|were|are|has|had|have|and|of|in|on|for|remain|continue|note|could|might|may|can)\b", m.group("task")):
            return c.action(t["trigger"], c.after_start + m.start("task"))
    return None


def _narrated_past(task: str) -> bool:
    """Whether the words after an owner open with a verb in the past ('took this position', 'attended the event'): a request
    or direction puts its owner before a bare verb, so a past form tells what was done (models/patterns/action_triggers.json
    narrated_past, and regular forms in -ed other than -eed: 'proceed', 'need' are bare verbs)."""
    word = re.match(r"[a-z]*", task).group(0)
    return word in _triggers()["narrated_past"]["verbs"] or (len(word) > 4 and word.endswith("ed") and not word.endswith("eed"))


def _opens_with_participle(task: str) -> bool:
    """Whether the words after an owner open with an '-ing' participle that is no task verb ('acting as', 'working on').

    A request or direction puts its owner before a bare verb ('requested that the Clerk write', 'to have the Manager
    obtain quotes'); a participle there describes the owner ('to have Mr. Clark acting as our Acting Chief'). Task verbs
    that end so ('bring') are verbs still.
    """
    word = re.match(r"[a-z]*", task).group(0)
    return len(word) > 5 and word.endswith("ing") and word not in _triggers()["task_verbs"]["verbs"]


# The meeting's own members asking, in a sentence of its own: "Members requested that the Council write to DfI Roads".
_MEMBERS_ASK_RE = re.compile(
    r"\W{0,3}(?:(?:The\s+)?(?:Members|Councillors|Elected\s+Members|Commissioners|Trustees)|It\s+was)\s+(?:(?:also|further|then)\s+)?(?:requested|asked|agreed)\b"
)


def _members_ask_outward(before: str, after: str) -> bool:
    """Whether the meeting's members ask their body to act outward ('write to', 'lobby', 'seek'): the meeting's request, not a plea."""
    return bool(_MEMBERS_ASK_RE.match(before) and OUTWARD_TASK_RE.match(re.sub(r"^\s*(?:should\s+|to\s+)?", "", after)))


# A word after the owner, then the clause's own verb: the word is a noun of the owner's ("the Team update be noted").
_NOUN_THEN_VERB_RE = re.compile(r"[a-z-]+\s+(?:be|is|are|was|were|has|have|had)\b")
# A paper of the owner's that the decision notes: "RESOLVED that the Head of Service report on the budget be noted".
_PAPER_NOTED_RE = re.compile(
    r"(?:report|update|paper|review|plan|strategy|proposal|presentation)s?\s+(?:on|of|for|about|regarding)\b[^.;]{0,120}?\bbe\s+(?:noted|received|approved|agreed|accepted|adopted|endorsed|welcomed)\b"
)


# A line that opens a new sentence with a capitalised article: mid-sentence, a wrapped line starts "the", never "The".
_ARTICLE_LINE_RE = re.compile(r"\n[ \t]*(?=(?:The|A|An|These|This|Those|Any|All)[ \t])")


def _after_unstopped_lines(text: str, clause_start: int, owner_at: int) -> int:
    """Where a passive clause starts when lines without a full stop run into it: at its own capitalised article.

    "4/10/24 PLANNING APPLICATIONS / 24/00944/A Field 421187 ... Object / The Commissioners'
    comments to be forwarded to the Planning Directorate by the Clerk.": a heading, a table of
    applications or payments, or a list of correspondence ends with no full stop, so the passive
    note's sentence began at the heading and all of it became the Clerk's task. A line that opens
    with "The", "A", "These", "All" ... starts a sentence of its own (wrapped prose continues with
    a lower-case "the"), so the clause starts at the last such line before the owner.
    """
    last = last_match(_ARTICLE_LINE_RE, text, clause_start, owner_at)
    return last.end() if last is not None else clause_start


_COORDINATE_RE = re.compile(r"(?:[,;]\s+|\s+and\s+)(?=(?:the|a|an|this|these|that|any)\s)")


def _coordinate_clause_start(text: str, clause_start: int, passive_at: int) -> int:
    """Where the passive clause of the owner starts: after the last ', the ...' / 'and the ...' before its verb.

    "The PC will send a letter, HD will draft it and the letter will be sent by the Clerk": the
    Clerk's task is "the letter will be sent", not the whole sentence.
    """
    last = last_match(_COORDINATE_RE, text, clause_start, passive_at)
    if last is None or not 2 <= len(text[last.end() : passive_at].split()) <= 6:
        return clause_start
    return last.end()


MODAL_REACH = 12  # characters before a passive's 'be' where its modal stands ("should be reviewed by", "ought to be sent by")


# The before-owner triggers end at the owner ("requested that the", "be drafted by"): a few words,
# so they are looked for in the last BEFORE_REACH characters, not from the start of every
# sentence for every owner in it. `pos` (not a slice) keeps \b and lookbehinds at its edge exact.
BEFORE_REACH = 300


def _trigger_before(regex: re.Pattern, before: str) -> re.Match | None:
    return regex.search(before, max(0, len(before) - BEFORE_REACH))


def _coordinated_action(c: _OwnerContext, owners: list[Owner]) -> FoundAction | None:
    """'Mr Read shared that ... and offered to come back to the panel with the data'."""
    if is_meeting_body(c.owner, c.ent.label_) or (
        ends_in(c.before, ("seconded", "proposed", "moved", " by"), (), folded=True) and re.search(r"\b(?:seconded|proposed|moved)(?: by)?\s*$", c.before, re.I)
    ):
        return None
    if ends_in(c.before, _LINKING_WORDS) and re.search(r"\b(?:to|with|and|of|on|in|at|for|from|about|by)\s+(?:the\s+)?$", c.before):
        return None  # "PN to speak to Derek Lockwood and Chris Ward ... and will send": not the subject
    if _object_of_earlier_subject(c, owners):
        return None  # "Cllr Muir would approach the Club Chairman and that she would discuss": Muir's, not the Chairman's
    if _THANKED_BEFORE_RE.search(c.before[-THANKED_REACH:]):
        return None  # "Members thanked Tom for his work and will now look for a new governor": the members', not Tom's
    m = _COORDINATED_RE.match(c.after)
    if not m or any(
        c.after_start <= o.start_char < c.after_start + m.end("between") and not _PREPOSITION_BEFORE_RE.search(c.text, max(0, o.start_char - 12), o.start_char)
        for o in owners
        if o is not c.ent and o.label_ != "BODY"
    ):
        return None  # another person between them is the subject of 'would' ("from Jane Scarrott, and he will" stays the first one's)
    if re.search(r"\bthey\s+(?:would|will)\s*$", c.after[m.end("between") : m.start("task")]) and any(
        o.label_ == "BODY" and c.after_start <= o.start_char < c.after_start + m.end("between") for o in owners
    ):
        return None  # "Mr Jones had contacted the Highways department and they would repair the road": the body's task
    if re.search(r"\s[–—-]\s", _REPORT_DASH_RE.sub("", m.group("between"), count=1)):
        return None  # "Community Center - Trustee Frank Elton / Flags Committee – the committee ... will keep us posted": another item's subject
    if re.search(r"\b(?:if|unless|whether|when)\b", m.group("between")):
        return None  # "commented that if masks are required, she would attend": a condition, not a commitment
    if re.search(r"\bbe\s+$", c.after[: m.start("task")]) and not _progressive_task(c.after[m.start("task") :]):
        return None  # "and will be learning about the job": a state; "and will be moving the new toys" is a task
    if m.group("rel") and (
        c.before.strip(" \t\n-•*–(") or any(c.after_start <= o.start_char < c.after_start + m.end("between") for o in owners if o is not c.ent)
    ):
        return None  # "Cllr A thanked Mr B for the report which he will circulate": 'he' may be either; only the sentence's subject
    if (
        not re.search(r"\b(?:s?he|they|offered|agreed|undertook|promised|volunteered|committed|pledged)\b", c.after[m.end("between") : m.start("task")])
        and re.search(r"\b(?:that|who|which)\b", _OWN_REPORT_RE.sub("", m.group("between"), count=1))
        and not _PAPER_RECEIVED_RE.match(m.group("between"))
    ):
        return None  # "said that the contractor ... and would start": the subject of 'would' is someone else
    return c.action("agreed to", c.after_start + m.start("task"))


# A verb of thanks or welcome right before the owner: the owner is its object, and the commitment coordinated after it
# ("Members thanked Tom for his years as governor and will now look for another", "the Chair welcomed Mrs Patel to the
# meeting and would write to her") is the sentence's subject's. Read on the last THANKED_REACH characters before the owner.
_THANKED_BEFORE_RE = re.compile(r"\b(?:thanked|thanks|congratulated|welcomed|praised|commended)[ \t]+(?:the[ \t]+)?$", re.I)
THANKED_REACH = 40
# The dash of a member's report line right after the name ("Cr Dwyer – attended the Roads Group meeting; will follow up with
# the Department"): the report is the owner's own, so a later 'will V' is theirs; a dash further on brings in another subject.
_REPORT_DASH_RE = re.compile(r"^(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*[–—-][ \t]")
# "said that she had spoken to the police": the owner reporting on themself, so a following 'and would V' is still theirs
_OWN_REPORT_RE = re.compile(
    r"^\s*(?:(?:also|then|further)\s+)?(?:said|stated|confirmed|advised|explained|indicated|reported|noted|added|replied)\s+that\s+(?=(?:s?he|they)\s)"
)


def _paper_received_re() -> re.Pattern[str]:
    """The owner's report of a paper come or gone, its verbs, papers and adverbs read from action_triggers.json."""
    words = pattern_rules("action_triggers.json")["paper_received"]
    return re.compile(
        r"\s*(?:(?:also|then|further)\s+)?(?:" + word_alternation(words["report_verbs"]) + r")\s+that\s+(?:the|a|an|this|their|its)\s+"
        r"(?:" + word_alternation(words["papers"]) + r")"
        r"\s+(?:had|has|have|was|were|is|are)\s+(?:(?:"
        + word_alternation(words["adverbs"])
        + r")\s+){0,2}(?:been\s+)?(?:"
        + word_alternation(words["arrived"])
        + r")\s*$"
    )


# The owner reporting that a paper has come or gone ("The Chair advised that the response had only just been received and would
# forward it on to the Committee Members"): a letter or a reply does no task, so the 'and would V' after it is the speaker's.
# Only papers (a contractor or a body in the clause may be the subject of the 'would').
# The words are action_triggers.json's paper_received lists; the grammar words (articles, auxiliaries) stay here.
_PAPER_RECEIVED_RE = _paper_received_re()
_PREPOSITION_BEFORE_RE = re.compile(r"\b(?:from|to|with|by|for|of)\s+(?:the\s+)?$")
_SUBJECT_TRIGGER_RE = re.compile(r",?\s+(?:would|will|should|(?:is|are)\s+to|to|(?:also\s+)?(?:agreed|offered|undertook|promised|volunteered)\s+to)\s+[a-z]")


def _object_of_earlier_subject(c: _OwnerContext, owners: list[Owner]) -> bool:
    """Whether this owner stands in the task of an earlier owner of the sentence ('X would approach the Chairman').

    A coordinated 'and would V' / 'and that she would V' after it goes back to that subject,
    not to the object of its verb.
    """
    for o in owners:
        if o.end_char > c.ent.start_char:
            break
        if o.start_char >= max(c.sent.start_char, c.ent.start_char - 300) and _SUBJECT_TRIGGER_RE.match(c.text, o.end_char, c.ent.start_char):
            return True
    return False
