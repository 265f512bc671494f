"""The veto on the trained layer: a record the model proposes passes the rules' negative checks.

A bag of words scores "The motion to approve the contract was lost." much as it scores the
decision the motion would have been, and "Officer Recommendation: That the report be received."
much as "RESOLVED: That the report be received." The rules were written to refuse these forms
(ANNOTATION.md: failed and withdrawn motions, recommendations the meeting has not decided, the
agenda's own lines, news of earlier decisions, questions); the model must not bring them back
in items where the rules found nothing. So each model record is checked with the rules' own
tests, imported from the modules that own them (no second copy); models/patterns/model_veto.json
holds only what the rules say by having no marker at all (a motion left on the table, a report
of what someone said), and which marker kinds the rules refuse for good reason.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from ..resources import pattern_rules
from ..vocabulary import decision_words
from .action_filters import _rules as _action_false
from .action_context import BODY_OWN_BUSINESS_RE, body_takes_task, is_meeting_body, is_plea_to_own_body, names_own_body
from .action_found import action_rules, opens_as_no_task
from .action_filters import in_recital, not_a_commitment
from .actions import asked_about, is_pro_form
from .blocks import CLAUSE_LABEL_RE
from .decision_details import describe_decision
from .decision_forms import _AGENDA_TO_RE, _RECOMMENDATION_LABEL_RE, AGENDA_MINUTES_RE, reports_earlier_decision, under_recommendation
from .found import FoundResolution
from .motions import motion_failed, restates_motion_outcome
from .resolutions import _is_officer_commitment, signs_off_these_minutes


@lru_cache(maxsize=1)
def _veto() -> dict:
    data = pattern_rules("model_veto.json")
    return {
        "kinds": frozenset(data["refused_marker_kinds"]),
        "put_off": re.compile(data["put_off"]),
        "minutes_pending": re.compile(data["minutes_pending"]),
        "negated_outcome": re.compile(data["negated_outcome"]),
        "reported_lead": re.compile(data["reported_lead"]),
        "lead_words": int(data["lead_words"]),
        "past_decision": re.compile(data["past_decision"]),
        "decision_words": re.compile(data["decision_words"]),
        "modal_outcome": re.compile(data["modal_outcome"]),
        "attendance": re.compile(data["attendance"]),
        "individual_lead": re.compile(data["individual_lead"].replace("{BODY_ACRONYM}", decision_words()["body_acronym"])),
        "reported_tail": re.compile(data["reported_tail"]),
        "officer_agent": re.compile(data["officer_agent"]),
        "mover_only": re.compile(data["mover_only"]),
        "roll_call": re.compile(data["roll_call"]),
        "heading_only": re.compile(data["heading_only"]),
        "agenda_minutes": re.compile(data["agenda_minutes"]),
        "accordingly_only": re.compile(data["accordingly_only"]),
        "lead_in_only": re.compile(data["lead_in_only"]),
        "answer_label": re.compile(data["answer_label"]),
        "handed_round": re.compile(data["handed_round"]),
        "asked_to_decide": re.compile(data["asked_to_decide"]),
        "enactment_reading": re.compile(data["enactment_reading"]),
        "enactment_passed": re.compile(data["enactment_passed"]),
        "corrected_minute": re.compile(data["corrected_minute"]),
        "noted_fact": re.compile(data["noted_fact"]),
        "counted_outcome": re.compile(data["counted_outcome"]),
        "earlier_outcome": re.compile(data["earlier_outcome"]),
        "bare_closer": re.compile(data["bare_closer"]),
        "motion_words": re.compile(data["motion_words"]),
        "attributive_outcome": re.compile(data["attributive_outcome"]),
        "action_commitment": re.compile(data["action_commitment"]),
        "action_exhorted": re.compile(data["action_exhorted"]),
        "action_object": re.compile(data["action_object"]),
    }


_THAT_RE = re.compile(r"\bthat[ \t\n]+", re.I)
_THAT_LINE_RE = re.compile(r"[ \t]*(?:That|THAT)\b")


def _lines(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """The lines of a block: (where the line starts, where the block's part of it starts, end).
    A list label '1.' is a sentence of its own to the splitter, so the first line may start
    before the block; the model's sentence often begins with the item heading's line."""
    out, pos = [], start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl == -1 else nl
        if text[pos:stop].strip():
            out.append((text.rfind("\n", 0, pos) + 1, pos, stop))
        pos = stop + 1
    return out


def may_decide(text: str) -> bool:
    """Whether a text holds any word of deciding: an agenda item without one cannot give a model
    decision the veto lets through, so its sentences need not be scored (the classifier's cost)."""
    return _veto()["decision_words"].search(text) is not None


_WRAPPED_LEAD_WORDS = 12  # the block's opening words read as one line, its subject and verb on two lines of the page


def refused_decision(doc: Doc | None, text: str, start: int, end: int, ruled: list[FoundResolution] = ()) -> bool:
    """Whether a decision block the model proposes is a form the rules refuse.

    - the outcome of the rules' record just above, said again ('VOTE: Motion passed 5-0.': the
      rules' restates_motion_outcome);
    - a rule marker of a refused kind inside it that is in none of the rules' records (`ruled`):
      the reader of that form said no (a failed or unseconded motion, mover lines with no
      outcome, the agenda's 'Minutes ... to be approved');
    - a motion that failed, lapsed or was withdrawn (motions.json 'failed', read to the next
      motion) or an outcome word after it that says so ('lost', 'defeated', 'withdrawn': the
      same reading the rules give their own records);
    - a recommendation not yet decided: a label line above it or on its own first line;
    - the agenda's line ('To approve the minutes ...', 'if in order, to be approved', 'Minutes - to
      approve the minutes of ...');
    - only a motion's movers, only a roll-call vote, only a heading, or only 'agreed accordingly'
      ('Motion Tillman, second Whitcomb.', 'Roll: Hollis Y, Vang Y. Passed.', 'Consent Agenda');
    - a motion or item put off ('left to lie on the table', 'carried over to April'), or an outcome
      denied ('Proposal to close the toilets - not agreed', 'The minutes were not approved');
    - a report of what someone said, or of a decision taken before the meeting;
    - one person's or officer's act, not the body's ('The CFO noted the position', '..., Member
      Ruiz noted.'), or a decision an officer made ('approved by the licensing officer');
    - a paper handed round or presented ('Notes of the site visit were circulated by the Clerk'), an
      enactment read but not passed ('given first and second reading'), or a block in a paragraph
      correcting an earlier minute ('Minute 64/17c should read: ... These were unanimously agreed.');
    - a question, or the answer to one: a 'Reply:' / 'Response:' line above it in its item
      (an Irish or English council's questions on notice; the officer's reply decides nothing);
    - an officer's undertaking to inform worded as agreed ('It was agreed that the Head
      of Finance would circulate the costs': the rules' _is_officer_commitment);
    - no word of deciding at all, or only under a modal or a condition ('will be authorised',
      'must be approved by the Board before ...', 'once approved, will be published'): a ledger row,
      a letter read out, a citation cut short, a standing rule; or the apologies (attendance, as
      the rules read them);
    - the certificate at the foot of the minutes, with its signature blank (resolutions.signs_off_these_minutes), or the
      draft's note that the minutes are subject to confirmation.
    """
    block = text[start:end]
    if not block.strip() or block.rstrip().endswith("?"):
        return True
    if signs_off_these_minutes(text, start, end):
        return True  # 'Confirmed as a true and correct record' / '______ Chair': the certificate at the minutes' foot
    vocab = _veto()
    if not vocab["decision_words"].search(_without_reported_outcomes(block)) or vocab["attendance"].search(block):
        return True  # no word of deciding (or only under a modal, in a paper handed round, a fact noted, a count or an earlier outcome)
    if _closer_without_motion(text, start, end) or len(vocab["counted_outcome"].findall(block)) >= 2:
        return True  # "... the pump test was repeated in July. Passed." (no motion); "40 received, 31 approved, 9 pending" (a tally)
    if vocab["enactment_reading"].search(block) and not vocab["enactment_passed"].search(block):
        return True  # "By-law 2025-15 ... was given first and second reading": read, not yet passed
    if vocab["corrected_minute"].search(text, _paragraph_start(text, start), end):
        return True  # "Minute 64/17c should read: ... These were unanimously agreed.": an earlier minute restated
    if vocab["answer_label"].search(text, 0, start):
        return True  # "Reply:\n\nThe funding ... will be allocated to ...": an answer to a question on notice
    spans = [(min(r.evidence_start, r.start), r.end) for r in ruled]
    if (
        _restates_rule_record(text, start, block, ruled)
        or _refused_marker(doc, start, end, spans)
        or motion_failed(text, start, end)
        or _fails_after(text, start, end)
        or _proposal_fell(block)
    ):
        return True
    if vocab["minutes_pending"].search(block):
        return True  # 'These minutes are subject to confirmation at the next meeting ...': the draft's own note
    if AGENDA_MINUTES_RE.search(block) or vocab["put_off"].search(block) or vocab["past_decision"].search(block) or vocab["negated_outcome"].search(block):
        return True  # the agenda's line; put off; decided before the meeting; an outcome denied ('- not agreed', 'was not approved')
    bare = block.strip()
    if any(vocab[k].search(bare) for k in ("mover_only", "roll_call", "heading_only", "agenda_minutes", "accordingly_only", "lead_in_only")):
        return True  # "Motion Tillman, second Whitcomb."; "Roll: Hollis Y, Vang Y. Passed."; "Consent Agenda"; "Minutes - to approve the minutes of ..."
    if vocab["reported_tail"].search(block.rstrip()) or vocab["officer_agent"].search(block):
        return True  # "..., Member Ruiz noted.", "approved by the licensing officer": said by one, or decided by an officer
    if vocab["individual_lead"].search(" ".join(bare.split()[:_WRAPPED_LEAD_WORDS])):
        return True  # "The CEO" / "agreed to include this in the 2026 training calendar.": one officer's act, its subject wrapped above its verb
    for line_start, a, b in _lines(text, start, end):
        label = CLAUSE_LABEL_RE.match(text[line_start:b] + " ")
        body = text[a:b]
        if label and a < line_start + label.end():
            body = text[line_start + label.end() : b]
        if _AGENDA_TO_RE.match(body):
            return True  # "To approve the minutes of the meeting held on 6 June"
        if (label or _THAT_LINE_RE.match(body)) and _recommended(text, line_start, bool(label)):
            return True  # "Officer Recommendation" / "That the report be received.": proposed, not decided (the rules' own test)
        head, colon, _ = body.partition(":")
        if colon and len(head) < 80 and _RECOMMENDATION_LABEL_RE.search(head) and not re.search(r"\b(?:RESOLVED|[Rr]esolved|AGREED|[Dd]ecision)\b", head):
            return True  # "Officer Recommendation: That the report be received."
        lead = " ".join(body.split()[: vocab["lead_words"] + 2])
        if vocab["reported_lead"].search(lead) or vocab["individual_lead"].search(body):
            return True  # "The Treasurer reported that ...", "Members recalled that ...", "The CFO noted the position"
    return any(reports_earlier_decision(text, m.end(), m.end()) or _is_officer_commitment(text[m.end() : end]) for m in _THAT_RE.finditer(text, start, end))


# Phrases whose outcome word is not the meeting's decision, taken out before a block is searched for one:
# an outcome under a modal or a condition, a paper handed round, a fact noted ('noted the register was out
# of date'), what the meeting was asked to decide ('The report requested the Committee to decide ...'), a
# count of cases decided elsewhere ('40 received, 31 approved') and an outcome dated before the meeting ('the
# Parish Council objected at the last meeting'), and an outcome word used as an adjective ('Approved grants
# are listed on the website': the sentence is taken out).
_REPORTED_OUTCOMES = ("attributive_outcome", "noted_fact", "counted_outcome", "earlier_outcome", "modal_outcome", "handed_round", "asked_to_decide")


def _without_reported_outcomes(block: str) -> str:
    vocab = _veto()
    for name in _REPORTED_OUTCOMES:
        block = vocab[name].sub(" ", block)
    return block


def _closer_without_motion(text: str, start: int, end: int) -> bool:
    """A bare 'Passed.' or 'Carried.' closing the block's line ('... was repeated in July. Passed.') with
    no motion, mover, proposal, vote or deciding clause before it in its paragraph: the rules' terse vote
    reader closes a motion with it, and with none it is the result of a test or an inspection."""
    line_end = text.find("\n", end)
    first = _paragraph_start(text, start)
    paragraph = text[first : len(text) if line_end == -1 else line_end]
    closer = _veto()["bare_closer"].search(paragraph, start - first)
    return closer is not None and not _veto()["motion_words"].search(paragraph, 0, closer.start())


def _restates_rule_record(text: str, start: int, block: str, ruled: list[FoundResolution]) -> bool:
    before = [r for r in ruled if r.end <= start]
    previous = max(before, key=lambda r: r.end) if before else None
    return previous is not None and restates_motion_outcome(text, previous.end, previous.kind, start, block)


def _recommended(text: str, line_start: int, labelled: bool) -> bool:
    """Whether a labelled clause or a 'That ...' line stands under a recommendation: a label line
    above its list (the rules' under_recommendation), or the list's own preamble asking or
    recommending ('The Cabinet is recommended to:' / '1) Approve the fees;' / '2) Note the responses.')."""
    if not labelled:
        return under_recommendation(text, line_start)
    first = _list_start(text, line_start)
    if under_recommendation(text, first):
        return True
    after_preamble = text.find("\n", first, line_start) + 1
    return 0 < after_preamble <= line_start and text[first:after_preamble].rstrip().endswith(":") and under_recommendation(text, after_preamble)


def _paragraph_start(text: str, start: int) -> int:
    """Where the paragraph holding `start` begins (after a blank line), at most _PARAGRAPH_REACH back."""
    floor = max(0, start - _PARAGRAPH_REACH)
    blank = text.rfind("\n\n", floor, start)
    return floor if blank == -1 else blank + 2


_PARAGRAPH_REACH = 300  # characters walked back to find the paragraph of a corrected minute


def _list_start(text: str, line_start: int) -> int:
    """The first line of the clause list a labelled line belongs to, or of its preamble ('That the
    Council:'): where a recommendation's label sits above ('Officer Recommendation' / '1. Receives ...')."""
    start = line_start
    for _ in range(_LIST_REACH):
        if start < 2 or text[start - 1] != "\n":
            break
        prev_start = text.rfind("\n", 0, start - 1) + 1
        prev = text[prev_start : start - 1].strip()
        if not prev:
            break  # a blank line: the list starts here
        if CLAUSE_LABEL_RE.match(prev + " "):
            start = prev_start
            continue
        if prev.endswith(":"):
            start = prev_start  # the list's preamble: its label is above it
        break
    return start


_LIST_REACH = 12  # clauses walked back over to find a list's first line


def _refused_marker(doc: Doc | None, start: int, end: int, ruled: list[tuple[int, int]]) -> bool:
    if doc is None:
        return False
    kinds = _veto()["kinds"]
    return any(
        span.label_ in kinds and start <= span.start_char < end and not any(a <= span.start_char < b for a, b in ruled) for span in doc.spans.get("markers", [])
    )


def _proposal_fell(block: str) -> bool:
    """'The proposal fell', 'the recommendation was not carried' (action_false.json's failed motion,
    the actions' own test): an amendment that fell leaves the motion standing, so it does not count."""
    return any(not m.group(0).lower().startswith("amendment") for m in _action_false()["failed_motion"].finditer(block))


def _fails_after(text: str, start: int, end: int) -> bool:
    """The outcome the rules read after a decision ('... Lost.', 'Motion withdrawn.') says nothing passed."""
    probe = FoundResolution(start, end, text[start:end], "", "model", evidence_start=start)
    describe_decision(text, probe)
    return probe.outcome in {"lost", "withdrawn"}


def refused_action(
    text: str, sent_start: int, sent_end: int, owner_start: int, task_start: int, task: str, lead: str, owner: str = "", owner_label: str = ""
) -> bool:
    """Whether a task the model proposes is one of the false families every rule action passes
    (action_filters: a standing duty, a law's section, a habit, a reported schedule, a failed
    motion, already done), or stands in a resolution's recitals (WHEREAS ...); or has no word of
    commitment between its owner and its task (a possessive, an action table's run of cells,
    narrative, the one who reported it); or its owner is only advised or urged, or is the object of
    a preposition ('outside the department and to make ...'); or it is asked
    (a question) or only recommended (under a recommendation label); or it is only a pro-form
    ('agreed to do so', 'would action this': no task of its own); or opens as the rules' not_tasks do (an act at the
    meeting, a term of office); or is the meeting body's own
    decision ('The Board agreed to take it up at the budget workshop': the rules' body_takes_task)."""
    vocab = _veto()
    before = max(sent_start, owner_start - 40)
    if (
        not vocab["action_commitment"].search(lead)
        or vocab["action_exhorted"].search(text, before, owner_start)
        or vocab["action_object"].search(text, before, owner_start)
    ):
        return True  # "the Council's response MG", "Town Manager, joined the meeting"; "advised Mr Ward to send"; "outside the department and to make"
    if text[sent_start:sent_end].rstrip().endswith("?") or under_recommendation(text, text.rfind("\n", 0, sent_start) + 1):
        return True  # "Would the Clerk write to Highways?"; "Officer Recommendation:" above "That the Clerk write ..."
    if asked_about(text, sent_start, owner_start):
        return True  # "In terms of whether KCC would look to recreate the overall grade rating": asked about, as the rules read it
    if is_pro_form(task):
        return True  # "The Clerk agreed to do so.": a pro-form names no task (the rules' own test gives it to the request before, or drops it)
    if opens_as_no_task(task):
        return True  # "The Clerk offered to work until 31 October", "leave the room": done at the meeting or a term of office, as the rules read it
    trigger = "agreed to" if re.search(r"\bagreed\b", lead) else "would" if re.search(r"\bwould\b", lead) else "model"
    if is_plea_to_own_body(owner, text[sent_start:owner_start], False, action_rules()["plea"]):
        return True  # "I would really like this Council to refer this document back": a plea to the body, as the rules read it
    if is_meeting_body(owner, owner_label) and (
        BODY_OWN_BUSINESS_RE.match(task)
        or not body_takes_task(trigger, text[sent_start:owner_start], lead + task, task, False, names_own_body(owner, action_rules()["plea"]))
    ):
        return True  # the body deciding for itself ('requests the Council to include the skate park in its Long Term Plan'), not a task for after the meeting
    return not_a_commitment(text, sent_start, task_start, task, trigger, sent_end) or in_recital(text, sent_start, owner_start)
