"""When an owner and a trigger make a task: the context rules of actions.py.

Where an action note may start (a sentence, a bullet, a heading line, a list of names), when a
meeting body's own words are a task rather than its decision, and the markers and views that
decide a 'that X V' clause. Split from actions.py so that module stays about finding owners.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..resources import pattern_rules
from ..vocabulary import decision_verbs, word_alternation
from .action_next_note import opens_line_note, opens_next_note
from .tail_gate import end_gaps, ends_in

# A body's "would" is a task when it answers to the meeting: it reports, writes, shares ...
BODY_COMMITMENT_RE = re.compile(
    r"^(?:write|circulate|report|share|send|update|inform|respond|reply|consult|brief|bring|present|publish)\b"
    r"|\b(?:with|to|for)\s+(?:the\s+)?(?:Members|members|Councillors|councillors|the Panel|Panel|the Committee|Committee|the Board|Board|Cabinet)\b"
    # work in hand rather than a standing way of working: "The board will double check the revenue numbers", "the Council
    # would facilitate the setting up of a Residents Association", "Members would find out who was responsible"
    r"|^(?:(?:double[- ]?)?check|investigate|find\s+out|look\s+(?:into|at)|follow\s+up|facilitate|chase|pursue|explore)\b"
)
# A matter a body will take up again at a later meeting: "The Board will review the guidelines and discuss the program at a
# future meeting", "The Selectboard will consider the contract options on the next agenda". Even a decision's verb is then
# work carried forward, not the decision itself.
LATER_MEETING_RE = re.compile(r"\b(?:at|on|to|for)\s+(?:a|the|its|their)\s+(?:future|next|following|later|subsequent)\s+(?:\w+\s+)?(?:meeting|agenda)\b")


# What a body is told to do beyond its own decision: write, send, lobby, promote ...
OUTWARD_TASK_RE = re.compile(
    r"^\s*(?:writes?|sends?|promotes?|lobb(?:y|ies)|contacts?|invites?|requests?|asks?|seeks?|(?:makes?|making) representations|publish(?:es)?)\b"
)


# "RESOLUTION: 2008.11.2 That the Chief Executive Officer obtain ...": a marker just before (a dotted
# reference number between them), even if the resolution finder missed the block
MARKER_THAT_RE = re.compile(
    r"\b(?:RESOLUTION|Resolution|DECISION|Decision|" + decision_verbs("upper", "title") + r")\b(?:[^.;\n]|\.(?=\d)){0,30}?\b(?i:that)\s*[:,]?\s*$"
)


VIEW_THAT_RE = re.compile(r"\b(?:noted|felt|considered|suggested|thought|believed|view|opinion)\s+that\s+(?:the\s+)?$", re.I)


# Where a sentence opens a numbered item ("13.", "Item 6.", "8.2", "(b)") or a paragraph: the
# sentence splitter cuts "13. Website\nClerk to update the website" after "13.", so the heading line
# "Website" is all that stands before the note in its sentence.
_ITEM_LABEL_BEFORE_RE = re.compile(r"(?:^|\n)[ \t]*(?:(?i:item|minute)[ \t]*)?(?:\d{1,3}(?:[./]\d{1,3})*[.)]?|\(?[a-z]{1,3}\)|[a-z][.)])[ \t]*$")
_PARAGRAPH_BEFORE_RE = re.compile(r"(?:^|\n[ \t]*\n)[ \t]*$")
# A short heading line ("Website", "Bus shelter", "Grass Cutting & Verges"): a few words, no sentence
# punctuation, not ending in a word that carries the sentence on ("the", "with", "and").
_HEADING_LINE_RE = re.compile(r"^[ \t]*[A-Z][\w'’&/-]*(?:[ \t]+[\w'’&/()-]+){0,7}[ \t]*:?[ \t]*\n\s*(?:the\s+)?$")
_CARRIES_ON_RE = re.compile(r"\b(?i:the|a|an|and|or|of|to|with|for|by|from|that|which|who|new|our|their|his|her|its)\s*:?\s*\n\s*(?:the\s+)?$")


def under_item_heading(text: str, sent_start: int, before: str) -> bool:
    """Whether all before an owner in its sentence is an item's heading line, the item's number (or a blank line) just before.

    "13. Website\nClerk to update the website", "Item 6. Sidewalks\nStaff to obtain quotes",
    "\n\nBus Shelter\nCllr Noor to chase the glazier": the note opens the item. A wrapped line of
    prose ("... discussed with the\nClerk") ends in a word that carries it on, so it never counts.
    """
    if "\n" not in before or not _HEADING_LINE_RE.match(before) or _CARRIES_ON_RE.search(before):
        return False
    lead = text[max(0, sent_start - 24) : sent_start]
    return bool(_ITEM_LABEL_BEFORE_RE.search(lead) or _PARAGRAPH_BEFORE_RE.search(lead) and (sent_start < 24 or lead.count("\n") >= 2))


# An outcome closed by a comma, the note of who acts on it next: "The quote was accepted, the Clerk to place
# the order", "(d) Playgroup - refused, as the application did not meet the criteria, the Area Manager to
# signpost the group" (an outcome's reason may come between, set off by commas); "Agreed, Cllr Everitt-Cole to order."
# opens a sentence with the outcome.
_OUTCOME_COMMA_RE = re.compile(
    r"\b(?i:approved|agreed|accepted|refused|declined|deferred|granted|awarded|adopted|endorsed|rejected|confirmed)"
    r"(?:,\s*(?:as|because|since|subject\s+to|pending|until)\b[^.;,]{1,160})?,\s*(?:the\s+)?$"
)


def _linking_adverbs() -> str:
    """The linking adverbs of models/patterns/action_triggers.json as one case-blind group, for the patterns built at import."""
    return "(?i:" + word_alternation(pattern_rules("action_triggers.json")["linking_adverbs"]["words"]) + ")"


# A linking adverb set off by commas before a note's owner: "The verges were cut last week, however, GC to find out how often
# they are cut", "The quote has not arrived; therefore, the Clerk to chase the supplier". The note carries on the report.
LINKING_ADVERBS = _linking_adverbs()
_LINKING_ADVERB_COMMA_RE = re.compile(r"[,;]\s*" + LINKING_ADVERBS + r",\s*(?:the\s+)?$")
# A statement of how things stand closed by a comma, then the note of who acts on it: "Hedge at Burnside Farm is overgrown,
# Clerk to write to owner", "The bench by the pond is broken, the Clerk to obtain quotes". The clause has its own
# verb of being ('is', 'are', 'was', 'were', 'has been', 'have been') and no other comma, so a list of names or a post in
# apposition ("Jo Bell, Clerk to the Trust") is not read as one. Read on the last STATEMENT_REACH characters.
_STATEMENT_COMMA_RE = re.compile(r"(?:^|[.;:\n]\s*)[A-Z][^,.;:\n]{0,120}?\b(?:is|are|was|were|has\s+been|have\s+been)\b[^,.;:\n]{2,120},\s*(?:the\s+)?$")
STATEMENT_REACH = 260
# a telegraphic note under its topic, the topic set off by a dash and the note without a verb ('Defibrillators – protocol
# partly written, Jayne to sort out the broken one', 'Garden Project – requesting support with benches, Cllr Cowley to
# discuss with trustees': a community council's matters arising run on one line); the topic may follow the last note's comma
# or its dash ('Wild flowers – Ordered JE Garden Project – requesting support ..., Cllr Cowley to discuss ...')
_DASHED_NOTE_COMMA_RE = re.compile(r"(?:^|[.;:,\n–—]\s*)[A-Z][^,.;:\n–—]{0,60}?[ \t][–—-][ \t]+[^,.;:\n–—]{2,120},\s*$")


# A verb of working together before 'with': who comes after it is the partner in the task of the subject before it. A meeting
# arranged or held with someone ('a meeting of the Sub-Committee needs to be arranged on site with the Chair to replace ...')
# names the partner too, maybe with its place between.
_PARTNER_WITH_RE = re.compile(
    r"\b(?:meet|meeting|liaise|liaising|consult|consulting|work|working|engage|engaging|discuss|discussing|speak|speaking|talk|talking|negotiate|negotiating"
    r"|arranged|organi[sz]ed|held)\s+(?:(?:on|at)\s+(?:the\s+)?[a-z]+\s+)?with\s*(?:the\s+)?$"
)


# What may stand before a note's owner at the start of its sentence: a bullet, a clause label ("(b)", "3."), or a paragraph
# number with no closing stop ("3.9 Clerk to organise a site visit", "3.9\n\n(10.5.1) Clerk to ...": a minute paragraph that
# carries on an earlier minute's number), and the article the owner entity may leave out.
_NOTE_LEAD_RE = re.compile(r"^[\s\-•*–(]*(?:(?:\(?\d{1,3}(?:\.\d{1,3}){1,3}[.)]?|\(?[a-z0-9]{1,3}[.)])\s*){0,2}(?:The[ \t]+)?")


def opens_a_clause(before: str, in_resolution: bool, rest: str = "") -> bool:
    """Whether an owner stands where an action note starts: a sentence, list bullet or heading line.

    "Tom Hale and Ann Rees to draft": only after a list of names ("the Application of Sally and
    Rodney Stewart to purchase" is no note); "with the clerk to compile" only inside a decision
    ("a walkabout with the Chair to inspect" is not a task). `rest` is the owner and the rest of
    its sentence: after 'and' that ends a note, the owner opens the next one (action_next_note).
    """
    if not _NOTE_LEAD_RE.sub("", before).strip():
        return True  # "The Head of Waste Management to report back on the trial": the owner entity may leave out its article
    line_break = any("\n" in gap for gap in end_gaps(before))  # tail_gate: the `$`-searches below need what they check
    if ends_in(before, (";", ":", "•", "–", "-", "/")) and re.search(r"(?:[;:•]|\s[–-]|[.!?][ \t]+/)\s*(?:the\s+)?$", before):
        return True  # '. / ' too: a flattened table's boundary between a minute and its action cell ('... in Newtown. / Clerk to report')
    if ends_in(before, (",",)) and _OUTCOME_COMMA_RE.search(before[-300:]):
        return True  # "The grant was approved, the Clerk to notify the club": the outcome, then its note
    if ends_in(before, (",",)) and _LINKING_ADVERB_COMMA_RE.search(before[-40:]):
        return True  # "The verges were cut last week, however, GC to find out how often they are cut": a note after a linking adverb
    if ends_in(before, (",",)) and _STATEMENT_COMMA_RE.search(before[-STATEMENT_REACH:]):
        return True  # "Hedge at Burnside Farm is overgrown, Clerk to write to owner": a statement, then its note
    if ends_in(before, (",",)) and _DASHED_NOTE_COMMA_RE.search(before[-STATEMENT_REACH:]):
        return True  # "Defibrillators – protocol partly written, Jayne to sort out ...": a topic's note, then its owner's
    if ends_in(before, ("(",)) and re.search(r"\(\s*(?:the\s+)?$", before):
        return True  # "... closure of the counter on Thursdays (the Clerk to write expressing concern)": a note in brackets too
    if line_break and re.search(r"\n[ \t]*\n\s*(?:the\s+)?$", before):
        return True
    if line_break and re.search(
        r"(?:^|\n)[ \t]*(?:\d{1,3}(?:\.\d{1,3})*\s*(?:\(\w{1,3}\))?[^\n.]{0,80}|#{1,6}[^\n]{0,80}|[A-Z0-9][A-Z0-9 &/,'’()-]{2,80})\n\s*(?:the\s+)?$", before
    ):
        return True  # a heading line (numbered, '## ', or in capitals) with no full stop, then the note
    if line_break and ends_in(before, (")",), ()) and re.search(r"\)[ \t]*\n[ \t]*$", before):
        return True  # "OBJECT. (DP/AR 4-0, MT not voting)\nClerk to submit comments.": a bracket closes the line before the note
    if line_break and opens_line_note(before):
        return True  # "Clerk to chase the contractor\nClerk to obtain details": notes one a line
    if in_resolution and ends_in(before, ("with",)) and re.search(r"\bwith\s*(?:the\s+)?$", before):
        return not _PARTNER_WITH_RE.search(before[-60:])  # "requests the CEO to meet with the Bowling Club to explore": the CEO's partner, not a second owner
    if _may_end_in_and(before) and opens_next_note(before, rest):
        return True  # "Clerk to order the bins and Cllr Noor to collect them": a second note in one sentence
    return _may_end_in_and(before) and bool(_NAME_LIST_AND_RE.search(before))


def inside_quotation(before: str) -> bool:
    """Whether the text before an owner is inside an open quotation (earlier minutes quoted to be corrected, a motion's words)."""
    tail = before[-400:]
    return tail.count('"') % 2 == 1 or tail.count("“") > tail.count("”")


_NAME = r"[A-Z][\w'’.-]{0,30}(?:[ \t]+[A-Z][\w'’.-]{0,30}){0,2}"
_NAME_LIST_AND_RE = re.compile(r"(?:^[\s\-•*–(]*|[,;:•]\s*)" + _NAME + r"(?:\s*,\s*" + _NAME + r"){0,3}\s+and\s+(?:the\s+)?$")


def _ends_in_word(text: str, word: str) -> bool:
    """Whether `text` ends in `word` with whitespace (\\s: str.isspace) before it."""
    return text.endswith(word) and len(text) > len(word) and text[-len(word) - 1].isspace()


def _may_end_in_and(before: str) -> bool:
    """Whether `before` ends as _NAME_LIST_AND_RE must, in "and", whitespace, and maybe "the" and whitespace.

    A check of the end alone, so an owner in a long sentence of names does not search the whole
    of its `before` from every position (the `$`-anchored search). Exact: it only rules out
    strings the pattern cannot match.
    """
    if not before[-1:].isspace():
        return False
    word_end = before.rstrip()
    return _ends_in_word(word_end, "and") or _ends_in_word(word_end, "the") and _ends_in_word(word_end[:-3].rstrip(), "and")


def is_meeting_body(owner: str, label: str) -> bool:
    """A council, board or committee (which decides), not an outside firm (which is told to act)."""
    return label == "BODY" and bool(_MEETING_BODY_RE.search(owner))


# An invitation's verb, and the visit or attendance it invites to: "I invite Council to come on a tour", "all of Council will be
# invited to tour the building", "Members of the Panel were invited to attend an information evening".
_INVITED_RE = re.compile(r"\b(?i:invit(?:e|es|ed|ing))\b")
_VISIT_TASK_RE = re.compile(r"(?:come|attend|join|tour|visit|go)\b")


def invites_own_body(owner: str, label: str, trigger_words: str, task: str) -> bool:
    """Whether the meeting's own council, board or committee is invited to come, attend or tour (an exhortation to its
    members, ANNOTATION.md, Actions), not given a task: `trigger_words` are the trigger's words around the owner
    ('invite', 'will be invited to'). An officer invited to attend a later meeting ('the Director be invited to attend the
    April meeting with an improvement plan') is no body, and keeps the task."""
    return is_meeting_body(owner, label) and bool(_INVITED_RE.search(trigger_words)) and bool(_VISIT_TASK_RE.match(task))


_MEETING_BODY_RE = re.compile(
    r"(?i:\b(?:council|cabinet|board|selectboard|committee|panel|commission|forum|executive|authority|group|partnership|meeting|district)\b)"
)


def body_takes_task(trigger: str, before: str, after: str, task: str, in_resolution: bool, own_body: bool = False) -> bool:
    """Whether a body's 'would / will / agreed to V' is a task for after the meeting.

    A body's own wording is mostly how things work or its decision ("the Council would provide
    a choice", "this Full Council will make their decisions", "the Commission agreed to keep
    the meetings on Saturdays", "The Committee shall prepare ..." in a by-law): a task only when
    it answers to the meeting or goes outward ("would write to", "will report back") or the
    meeting agreed that the body would do it ("It was agreed that the Town Council would seek quotes").
    What the meeting's own body (`own_body`: its generic name, 'The Board', 'the Council') 'agreed to' do is its decision, a resolution with no one named to carry
    it out ("The Board agreed to go out to bid instead", "The Panel agreed to hold the precept
    scrutiny meeting on 30th January", "Council agreed to give a grant of £1,000"), unless it goes
    outward ("The Council agreed to write to the Minister") or takes up a member's request
    ("asked that the submission be shared ... The Council agreed to do so").
    """
    if trigger == "resolved-directs" and BODY_OWN_BUSINESS_RE.match(task):
        return False  # "(iii) that Cabinet ask for a report on the cost": the body's own business, put to it as advice
    if trigger == "agreed to" and own_body:  # "The Board agreed to hold a workshop in March": its decision
        return bool(OUTWARD_TASK_RE.match(task)) or _takes_up_a_request(task)
    if trigger == "be asked to" and own_body and not in_resolution:
        # "the work programme, which the Committee was asked to amend as appropriate and agree": a report's question to the
        # meeting itself, which its decision answers; asked to go outward ("to write to the Minister"), it still acts
        return bool(OUTWARD_TASK_RE.match(task))
    if trigger not in {"would", "agreed to"}:
        return True
    if re.match(r",?\s*who\b", after):
        return False  # "in conjunction with Bradford Council who will match-fund": how another body works
    if trigger == "would" and _said_will(after) and LATER_MEETING_RE.search(_first_clause(task)):
        return True  # "The Selectboard will consider the contract options on the next agenda": carried forward
    if DECISION_VERB_RE.match(task):
        return False  # "the Commission agreed to keep the meetings on Saturdays": its decision
    if re.match(r"\W*(?:\w+\s+)?shall\b", after):
        return in_resolution  # "The Committee shall ..." in a by-law: a standing rule; in a decision's conditions, a task
    if trigger == "would" and _said_will(after) and not re.search(r"(?i:\b(?:agreed|resolved|decided)\s+that)\s*(?:the\s+)?$", before):
        return bool(BODY_COMMITMENT_RE.search(task) or OUTWARD_TASK_RE.match(task))
    return True


def _said_will(after: str) -> bool:
    """The body's verb is 'will' or 'would' ('The Board will ...'), not 'is to' or 'shall'."""
    return bool(re.match(r"\W*(?:\w+\s+)?(?:would|will)\b", after))


def _first_clause(task: str) -> str:
    """The task up to its sentence's end, so a later meeting named in the next sentence does not count."""
    return re.split(r"[.;\n]", task, maxsplit=1)[0]


def _takes_up_a_request(task: str) -> bool:
    """'do so', 'action this': a pro-form that takes up the request before it (actions.is_pro_form, its one home)."""
    from .actions import is_pro_form  # here, not at the top: actions.py imports this module

    return is_pro_form(re.split(r"[.;\n]", task, maxsplit=1)[0])


# What a body decides for its own plans and business, asked of it or agreed by it: "Asks Council to include the footpath
# in the 2026/27 Annual Plan", "that Cabinet ask for a report on the cost", "The Committee agreed to set up a Budget Task Group".
_OWN_BUSINESS = (
    r"(?:include\b[^.;]{0,160}?\bin\s+(?:the|its|their)\s+(?:[\w/-]+\s+){0,3}?(?i:plan|budget|programme|estimates)\b"
    r"|(?:ask|call)\s+for\s+(?:a|an|the)\s+(?:further\s+|full\s+|detailed\s+)?(?:report|briefing|review)\b"
    r"|(?:set\s+up|establish|form)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?i:task(?:\s+and\s+finish)?\s+group|working\s+(?:group|party)|sub-?committee)\b"
    r")"
)


DECISION_VERB_RE = re.compile(
    r"(?:approve|note|adopt|accept|agree|support|endorse|consider|continue|receive|defer|delegate|keep|remain|appoint|elect|recommend|refer|reject|refuse|grant|ratify|confirm|co-opt|make (?:their|its) (?:comments|decisions?))\b"
    # a licensing or purchasing choice, and the body's own programme: "The Board agreed to suspend the premises licence",
    # "The board agreed to go with Brightline", "agreed to take it up at the budget workshop", "agreed to add a session on rural crime to its June meeting"
    r"|(?:suspend|revoke|go\s+with|opt\s+for|take\s+(?:it|this|that|these|them|the\s+(?:matter|item|issue|request|proposal))\s+up)\b"
    r"|add\b[^.;]{0,80}?\bto\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:work\s*programme|work\s*plan|agenda|meeting)\b"
    r"|" + _OWN_BUSINESS
)
BODY_OWN_BUSINESS_RE = re.compile(_OWN_BUSINESS)


# --- what is not a commitment: advice, pleas to the meeting, the meeting's own business, recitals ---

_INDEFINITE_BEFORE_RE = re.compile(r"(?i:\b(?:a|an|any|no|every|each|another)\s+)$")
_RECITAL_RE = re.compile(r"^\W{0,6}(?i:whereas)\b")


def unidentified_owner(before: str) -> bool:
    """'stated that a mayor was not needed', 'any officer would ...': no one in particular owns it."""
    return bool(_INDEFINITE_BEFORE_RE.search(before))


def is_recital(sentence: str) -> bool:
    """'Whereas, the Gas Company has requested the Director to convey ...': background to a measure, not a task."""
    return bool(_RECITAL_RE.match(sentence))


def is_advice(lead: str, before: str, in_resolution: bool, rules: dict) -> bool:
    """Whether 'X should V' is advice or opinion rather than something the meeting asked for.

    `lead` is the text between the owner and the task ('should', 'ought to'); `before` the
    sentence before the owner. A decision or request word before the owner makes it a task
    ('It was agreed that the Clerk should write'); so does a decision block with no opinion word.
    """
    if not rules["modal_compiled"].search(lead):
        return False
    if rules["decided_compiled"].search(before):
        return False
    return not in_resolution or bool(rules["opinion_compiled"].search(before))


def names_own_body(owner: str, rules: dict) -> bool:
    """Whether the owner is the meeting's own body by its generic name ('The Board', 'the Council', 'The Panel'):
    what that body asks, pleads or agrees to is the meeting's own business. `rules` is action_triggers.json's plea."""
    return bool(rules["own_body_compiled"].match(owner.strip()))


def is_plea_to_own_body(owner: str, before: str, in_resolution: bool, rules: dict) -> bool:
    """'Marie Tanner asked Council to pause the process': a request put to the meeting's own body.

    The body has not taken it up, so it is no task, unless the request stands in a decision
    ('RESOLVED that ... asks the Panel to review'). A named outside body can still be asked.
    """
    if in_resolution or MARKER_THAT_RE.search(before):
        return False
    return names_own_body(owner, rules) and bool(rules["verbs_compiled"].search(before))


def is_done_at_meeting(task: str, rules: dict) -> bool:
    """'discuss it further under Part B', 'carry on as Chair for the rest of the meeting': the meeting's own business."""
    return bool(rules["compiled"].search(task))


# A suggestion or recommendation right before 'X be directed / authorised to V': "The Public Works Director stated ...;
# suggested staff be authorized to proceed", "The Right to Housing Coalition ... recommends that the Public Service be
# directed to take action on the plan".
_SUGGESTS_THAT_RE = re.compile(r"\b(?:suggested|suggests|recommended|recommends|proposed|proposes|urged|urges)\s+(?:that\s+)?(?:the\s+)?$")
_ASKS_THAT_RE = re.compile(r"\b(?:asked|asks|requested|requests)\s+that\s+(?:the\s+)?$")
# Who may suggest on the meeting's behalf: the meeting ('It was suggested'), its members or its own body ('The Committee
# considered the report and recommended that officers be asked to ...'), named at the sentence's start.
_MEETING_SUGGESTS_RE = re.compile(
    r"\W*(?:(?:It|it)\s+(?:was|is|were)\b|(?:The\s+|the\s+)?(?:Members|Councillors|Trustees|Commissioners)\b"
    r"|(?:The\s+|the\s+)?(?:[A-Z][\w&-]*\s+){0,3}(?:Committee|Council|Board|Panel|Cabinet|Commission|Sub-Committee|Subcommittee)\b)"
)


def direction_suggested(before: str, in_resolution: bool, asks: bool = False) -> bool:
    """'The Coalition recommends that the Public Service be directed to ...': a speaker's or a delegation's
    suggestion that someone be directed, which the body has not given. The meeting's own suggestion, a
    decision and a resolution still direct ('It was suggested that the Clerk be asked to write').

    asks: a member's plea counts too ('Deputy Brosnan asked that the Department of Justice be requested to ...'), which the
    callers weigh only for an outside body, not for the meeting's own officers ('Cllr Noor asked that the Clerk be asked to
    write' gives the Clerk the task)."""
    if in_resolution or MARKER_THAT_RE.search(before):
        return False
    if not (_SUGGESTS_THAT_RE.search(before) or asks and _ASKS_THAT_RE.search(before)):
        return False
    return not _MEETING_SUGGESTS_RE.match(before)


def direction_not_given(before_verb: str, rules: dict) -> bool:
    """'Council should direct staff to review', 'He requested Council direct staff to research':
    the direction sits inside advice or a plea to the meeting's own body, so it is not given yet."""
    if rules["nested_compiled"].search(before_verb):
        return True
    m = rules["plea_object_compiled"].search(before_verb[-120:])
    return bool(m and rules["own_body_compiled"].match(m.group("body")))


@lru_cache(maxsize=1)
def _consultation_re() -> re.Pattern:
    """The partner phrase between an owner and its task, to the comma or task verb after it (see skip_partners)."""
    from .action_found import action_rules  # action_found imports this module

    task_verbs = action_rules()["task_verbs"]  # and what is delegated to an officer ('finalise', 'award'): models/patterns/action_triggers.json
    verbs = "|".join(sorted({*task_verbs["verbs"], *task_verbs["delegated_verbs"]}, key=len, reverse=True))
    lead = r"(?:in\s+(?:consultation|conjunction|collaboration|liaison|discussion|partnership)\s+with|following\s+consultation\s+with|after\s+consult(?:ing|ation\s+with)|together\s+with|jointly\s+with|working\s+with|along\s+with|alongside)"
    # never past a 'to V' of its own: "delegates authority to the Director, in consultation with the Member, to acquire ..." keeps its 'to'
    task_ahead = r"(?=(?:(?:should|would|will|shall|to)\s+)?(?:" + verbs + r")\b|(?:would|will)\s+be\s+[a-z]{2,}ing\b)"
    partner = r",?\s*" + lead + r"\s(?:(?!\bto\s)[^.;:]){1,200}?(?:,\s*|\s+)" + task_ahead
    # the capacity the owner acts in, which may name a thing with 'to the': "Cllr Cheryl Green as a signatory to the bank
    # account would attend the bank", "Cllr Hale, as the ward member, will raise it with Highways"; not a seat on the meeting's
    # own body ("Cllr Gregory as a District Councillor on this Full Council will make their comments later": a view)
    capacity = r",?\s*as\s+(?:a|an|the|our|its)\s(?:(?!\bthis\b)[^.;:,\n]){1,80}?(?:,\s*|\s+)(?=(?:would|will|shall|agreed\s+to)\s+(?:" + verbs + r")\b)"
    return re.compile(r"(?:" + partner + r"|" + capacity + r")")


def skip_partners(text: str, start: int, end: int) -> int:
    """Where an owner's task wording goes on past a partner phrase: 'RESOLVED that the Director, in
    consultation with the Leader, finalise the scheme', 'the Homeless Council in collaboration with city
    staff and partners review ...', or past the capacity the owner acts in ('Cllr Green as a signatory to the
    bank account would attend the bank'). `start` itself when there is none."""
    m = _consultation_re().match(text, start, end)
    return m.end() if m else start
