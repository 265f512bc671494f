"""Resolutions and agreed comments, from the decision markers the pipeline found.

A marker ("RESOLVED that", "It was agreed to", "Decision:", "Proposal: ... agreed",
"... Carried") says a decision is here; `blocks.read_passage` says how far it runs.
One record per marker block, its lettered clauses inside it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from ..nlp.doc_text import doc_text
from ..resources import pattern_rules
from ..sentences import DASHED_RUN_ON
from ..text_utils import PARAGRAPH_BREAK_RE, iter_lines, last_match, squash, trim_span
from ..vocabulary import decision_verbs, person_titles, task_after_outcome, word_alternation
from .blocks import (
    CLAUSE_LABEL_RE,
    Passage,
    bounded_back,
    list_after_colon,
    clause_list_preamble,
    gather_clauses,
    is_stop_line,
    opens_next_part,
    paragraph_bounds,
    read_passage,
    sentence_end,
    sentence_start,
)
from .decision_forms import (
    _AGENDA_TO_RE,
    AGENDA_MINUTES_RE,
    after_heading_subject,
    is_outcome_list_head,
    list_head_above,
    read_election,
    read_imperative_list,
    read_outcome_bullet,
    minutes_only_requested,
    read_minutes_sentence,
    read_motion,
    reports_earlier_decision,
    PROPOSED_AND_SECONDED_RE,
    completes_proposed_minutes,
    restates_minutes_motion,
    under_recommendation,
)
from .chained import join_chained
from .correspondence import letter_before_outcome, letter_outcome_end, signed_off
from .enactments import enacted_sections_end
from .found import FoundResolution
from .merging import _EndIndex, _merge_overlapping
from .repeats import _gist, _remember, _repeats, _starting_in
from .motions import failed_in_its_paragraph, is_vote_record, labelled_vote_block, motion_failed, noun_led_outcome, restates_motion_outcome
from .votes import attach_recorded_vote, recorded_votes
from .tallies import complete_vote
from .decision_details import describe_decision
from .dispositions import find_dispositions
from ..disposition_labels import is_disposition_label
from .decision_rows import TEXT_ABOVE_KEY, find_decision_rows
from .matter_outcomes import is_attendance_matter, read_matter_outcome
from .vote_shorthand import find_vote_shorthand
from .vote_scope import VoteScope


# the spans of the decisions find_resolutions left out as repeats of one kept ('Decision:' then the same words under 'Minutes:'),
# in the Doc's user_data: no action is read from a decision's words however often the page prints them
REPEATED_SPANS_KEY = "repeated_resolution_spans"


def find_resolutions(doc: Doc) -> list[FoundResolution]:
    """Every decision block in one agenda item's Doc, duplicates removed."""
    text = doc_text(doc)
    found: list[FoundResolution] = []
    ends = _EndIndex()
    for span in doc.spans.get("markers", []):
        start = _past_dashed_sentence_end(text, span.start_char, span.end_char)
        end = _before_glued_dash(text, start, span.end_char)
        candidate = _read_marker(text, start, end, span.label_, text[start:end])
        if candidate is None or not candidate.text.strip():
            continue
        _take_list_after_colon(text, candidate)
        merged = _merge_overlapping(found, candidate, ends)
        if not merged:
            found.append(candidate)
            ends.added(found)
    found.extend(find_dispositions(text, [(res.start, res.end) for res in found]))  # 'ADOPTED' closing an item
    found.extend(find_decision_rows(text, found, doc.user_data.get(TEXT_ABOVE_KEY, "")))  # '24-031 | Ruiz | 14 Quarry Ln | ... | GRANTED (5-0)'
    found.extend(find_vote_shorthand(text, [(res.start, res.end) for res in found]))  # 'Claims list, $29,877.41 - Plum/Vickery, approved 4-0.'
    found = join_chained(found, text)  # 'BE IT RESOLVED THAT ...; AND FURTHER BE IT RESOLVED THAT ...': one resolution
    results = []
    blocks = recorded_votes(text)
    by_start = sorted(found, key=lambda r: r.start)  # stable: equal starts keep their order in found
    found = [res for res in found if not _settled_by_later_resolution(res, by_start, text)]
    scope = VoteScope(text, found)  # a vote belongs to one decision, never to its neighbour's
    kept: dict[frozenset, set] = {}  # the results so far, for _repeats, by their names
    repeated = doc.user_data.setdefault(REPEATED_SPANS_KEY, [])
    for res in sorted(found, key=lambda r: r.start):
        _cut_trailing_task(res)  # "Members agreed in principle; Mrs Kneale to liaise with MNH on the wording.": read without the task
        describe_decision(text, res, scope)
        attach_recorded_vote(text, res, blocks, scope)
        complete_vote(text, res, blocks, scope)  # tallies.py: the tally and roll-call forms read there
        if res.outcome == "lost" or res.outcome == "withdrawn":
            continue
        if res.kind in _MARKED_KINDS and failed_in_its_paragraph(text, res.start, res.end, _next_decision_start(res, by_start)):
            continue  # 'BE IT RESOLVED THAT Council approve the grader purchase.' / 'DEFEATED': the motion as put, no decision
        if _superseded_by_amendment(text, res.end):
            continue  # 'Proposal' / 'That ...' / 'Amendment' / 'That ...' / '... The amendment was put as the substantive motion and passed.'
        if res.kind != "disposition" and _repeats(res, kept):
            repeated.append((res.start, res.end))  # still a decision's words, which the action finder reads as such
            continue  # ModernGov prints "Decision:" and the same words again under "Minutes:" (two items granted alike are two decisions)
        if _NOTHING_RE.match(res.text):
            continue  # "Decision: There were none."
        if signs_off_these_minutes(text, res.start, res.end):
            continue  # "These minutes were confirmed at the meeting held ______": the certificate a later meeting completes
        if procedure_only(res.text):
            continue  # "For: Crs Hale, Ng Against: Cr Bray", "2025/SF/071 Moved: Cr Ferris Seconded: Cr Ngata": the vote or movers of a decision beside it
        if _is_bare_closer(res.text):
            if results and _joined_to_the_record_above(text, results[-1], res):
                continue  # 'The Committee RESOLVED to approve ...' / 'Proposed by Cllr Linton, seconded by Cllr Fleetwood and approved unanimously.'
            _read_closer_from_its_line(text, res, results[-1].end if results else 0)
        if results and completes_proposed_minutes(text, results[-1], res):
            continue  # '... were proposed for approval by Christine and seconded by Kirsty. The minutes were approved.': one record
        if results and restates_minutes_motion(text, results[-1], res):
            continue  # "Motion to approve the minutes ... Motion passes. The minutes stand approved as written."
        if results and restates_motion_outcome(text, results[-1].end, results[-1].kind, res.start, res.text):
            continue  # "... to adopt Resolution 24-09. Roll call: all yes. Resolution adopted.": the motion's outcome again
        results.append(res)
        _remember(res, kept)
    return _comments_to_forwarding_decision(results)


def _next_decision_start(res: FoundResolution, by_start: list[FoundResolution]) -> int | None:
    """Where the next decision read after `res` starts: a failure recorded after it ('... Councillors also voted against a
    proposal to close the library.', a newspaper's run-on report) is that decision's, not this one's."""
    return next((other.start for other in by_start if other.start >= res.end), None)


# the body's request to pass its comments on ('The Committee asked that the following be conveyed to Council:' then a
# list) before the formal resolution that sends them ('That the Committee receives the update and forwards its comments to
# Council.'): the resolution is the decision, the request its preamble (New Zealand committees print both)
_ASKED_THAT_FOLLOWING_RE = re.compile(r"\b(?:asked|requested)\s+that\s+the\s+following\b")
_FORWARDS_ITS_COMMENTS_RE = re.compile(
    r"\b(?:forwards?|conveys?|passes|refers?|sends?)\s+(?:its|these|the\s+above)\s+(?:comments|views|points|observations)\s+to\b", re.I
)
_FORWARDING_REACH = 600  # characters from the request's end to the resolution that sends its comments


def _comments_to_forwarding_decision(results: list[FoundResolution]) -> list[FoundResolution]:
    """A request's comments belong to the resolution just after it that forwards them; the request is then no decision
    of its own. Each request looks at the one resolution after it only (linear)."""
    kept: list[FoundResolution] = []
    for i, res in enumerate(results):
        after = results[i + 1] if i + 1 < len(results) else None
        if (
            res.comments
            and after is not None
            and not after.comments
            and _ASKED_THAT_FOLLOWING_RE.search(res.text)
            and after.start - res.end <= _FORWARDING_REACH
            and _FORWARDS_ITS_COMMENTS_RE.search(after.text)
        ):
            after.comments, after.recipient = res.comments, res.recipient
            continue
        kept.append(res)
    return kept


# decisions read from a marker over the wording as it was put (the motion kind checks its own outcome in read_motion)
_MARKED_KINDS = frozenset({"marker", "section", "proposal", "sentence"})


def _take_list_after_colon(text: str, res: FoundResolution) -> None:
    """'... agreed that the minutes of the following committees be adopted:' / '- Planning Committee, 3 June':
    a decision that ends on a colon holds the bulleted or indented list printed under it (blocks.list_after_colon);
    so does one that announces its schedule of payments and ends on a full stop ('The following payments were
    approved.' / 'Clerks Expenses | £89.50 |'), though only rows of amounts follow it."""
    if res.kind == "outcome-bullet":
        return  # an outcome bullet has taken its own sub-items; the bullets after them are decisions of their own
    announced = _rows_announced_re().search(res.text.rstrip()) is not None
    if not (res.text.rstrip().endswith(":") or announced):
        return
    end = list_after_colon(text, res.end, len(text), rows_announced=announced)
    if end > res.end:
        res.text, res.end = squash(res.text + " " + text[res.end : end]), end


@lru_cache(maxsize=1)
def _rows_announced_re() -> re.Pattern[str]:
    """models/patterns/resolution_forms.json rows_announced, compiled once."""
    return re.compile(pattern_rules("resolution_forms.json")["rows_announced"])


def _settled_by_later_resolution(res: FoundResolution, found: list[FoundResolution], text: str) -> bool:
    """'Mr X proposed ... the motion that Council endorse the report' followed by 'RESOLVED that
    Council endorses the report': the motion is how the decision came about, not a second one.

    `found` is sorted by start: only the blocks starting just after `res` are read, so a page of
    a thousand 'Carried' lines costs a thousand short looks, not a million.
    """
    if res.kind not in {"proposal", "close", "motion", "received"}:
        return False
    if res.kind == "motion" and _resolved_after_motion(res, found):
        return True
    if res.kind == "received":  # "The Committee received the report of ..." beside a RESOLVED: its preamble
        # its line up to a few characters on: a record that starts at its own label ('(b) The bank reconciliation ... was
        # noted.') shows the whole label, not its opening bracket alone
        own_line = text[text.rfind("\n", 0, res.evidence_start) + 1 : res.evidence_start + 6]
        if "noted" in res.marker.lower():  # "Correspondence was noted and taken as read.": the item's outcome unless its RESOLVED sits beside it
            found = [o for o in _starting_in(found, res.start - _NOTED_REACH, res.end + _NOTED_REACH) if not _item_heading_between(text, res, o)]
        return not CLAUSE_LABEL_RE.match(own_line) and any(o.kind in {"marker", "section"} for o in found)
    words = _content_gist(res.text)
    for other in _starting_in(found, res.start, max(res.end + 60, res.start + 3000)):
        if res.kind == "close" and other.kind == "marker" and other.marker.upper().startswith("RESOLVED") and 0 <= other.start - res.end < 60:
            return True  # "... Motion carried." then "RESOLVED that ...": the decision is the RESOLVED
        if _DECISION_LABEL_RE.fullmatch(other.marker) and other.kind in {"marker", "section"} and 0 <= other.start - res.end < _DECISION_LABEL_GAP:
            return True  # '... moved that ... As an amendment, ... The motion was carried.' / 'Decision: The Committee approved ...': the Decision records it
        if other.kind == "marker" and 0 < other.start - res.start < 3000:
            decided = _content_gist(other.text)  # two motions by the same members share only how they were put
            if decided and len(decided & words) >= 0.6 * len(decided):
                return True
        if other.start >= res.end and other.end > other.start:
            return False  # a decision of its own came between: what follows records later motions, not this one again
    return False


# the label of the decision a Scottish committee prints under its motion, amendment and vote ('Decision', 'Decision:', 'DECISION')
_DECISION_LABEL_RE = re.compile(r"Decisions?|DECISIONS?")
_DECISION_LABEL_GAP = 80  # the label follows the vote at once: its own line, at most


_NOTED_REACH = 400  # how far from 'The report was noted.' a RESOLVED recording the same item may sit

# 'PCP 25/06 WORK PROGRAMME', '25/008  Allotments', '7. Planning': a numbered heading line with no full stop opens another item;
# so do minute references that join letters to the number ('MD/104/26 Taking in Charge', 'PH/105 Planning', 'OCM 2509/104 Payments')
# and the word Item or Minute before it ('Item 9.3.1 Bush fire brigades'); a vote ('AGREED 4/0 Unanimous') is no heading
_ITEM_HEADING_LINE_RE = re.compile(
    r"(?m)^[ \t]*(?:(?:Item|ITEM|Minute|MINUTE)[ \t]+)?(?!(?:CARRIED|AGREED|RESOLVED|LOST|APPROVED|Carried|Agreed|Lost)\b)(?:[A-Z]{1,6}(?:[ \t]+|/))?"
    r"\d{1,4}(?:[./]\d{1,4})*[.):]?[ \t]+[A-Z][^\n.]{2,80}$"
)


def _item_heading_between(text: str, one: FoundResolution, other: FoundResolution) -> bool:
    """A numbered item heading between two decisions: they record different items, so a noted report
    in one item is not the preamble of the other item's decision (items not split on such headings)."""
    lo, hi = (one.end, other.start) if one.start < other.start else (other.end, one.start)
    return lo < hi and _ITEM_HEADING_LINE_RE.search(text, lo, hi) is not None


def _resolved_after_motion(res: FoundResolution, found: list[FoundResolution]) -> bool:
    """'moved by Mr Rees and seconded by Mrs Obi: "This Council notes ..."' then 'RESOLVED that ...'
    before the next motion: the RESOLVED records the decision, the motion how it came about."""
    later = [o for o in _starting_in(found, res.end + 1, res.end + 4000) if o.kind in {"marker", "motion"}]
    first = later[0] if later else None  # found is sorted by start
    return first is not None and first.kind == "marker" and first.marker.upper().startswith(("RESOLVED", "AGREED", "DECIDED"))


_NOTHING_RE = re.compile(r"\s*(?:there (?:were|was) )?(?:none|nil|n/a|no (?:apologies|declarations|decisions?))\b", re.I)


# one person's task after a semicolon closing a decision's sentence: 'Members agreed in principle; Mrs Kneale to liaise with MNH
# on the wording.', 'Agreed to instruct a surveyor; RFO to obtain two fee quotes.' (parish, town and trust minutes): the task is an
# action given at the decision, not its wording
_TRAILING_TASK_RE = re.compile(
    r";[ \t]+(?:the[ \t]+)?(?:(?:Mrs?|Ms|Miss|Dr|Cllr|Councillor)\.?[ \t]+)?[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}[ \t]+to[ \t]+[a-z]{3,}[^;\n]*$"
)


def _cut_trailing_task(res: FoundResolution) -> None:
    """End a decision's wording, read from its marker, before an officer's or member's task that closes its sentence
    after a semicolon (_TRAILING_TASK_RE). Only the wording is cut: the span stays, so the actions read as before.
    Only a decision of one sentence with its marker in it."""
    if res.kind != "marker" or res.clause_spans:
        return
    task = _TRAILING_TASK_RE.search(res.text)
    if task is None or task.start() < len(res.marker) or "." in res.text[: task.start()].rstrip("."):
        return
    res.text = res.text[: task.start()]


# a signature blank at the foot of the minutes: a run of underscores, dots or ellipses ('Presiding Member ______', '...............')
_SIGNATURE_BLANK_RE = re.compile(r"_{5,}|\.{8,}|…{3,}")
_SIGN_OFF_REACH = 200  # how far below a record its signature blank may stand (blank lines, a role word such as 'Chairperson')
_SIGN_OFF_GAP_WORDS = 3  # words that may stand between the record and the blank: a role, never a sentence


@lru_cache(maxsize=1)
def _sign_off_re() -> re.Pattern[str]:
    """The certificate at the foot of the minutes (models/patterns/resolution_forms.json, minutes_sign_off), compiled once."""
    return re.compile(pattern_rules("resolution_forms.json")["minutes_sign_off"])


def signs_off_these_minutes(text: str, start: int, end: int) -> bool:
    """The record is the minutes' own certificate, left for the meeting that confirms them to complete: it holds or is
    followed by a signature blank ('These minutes were confirmed at the meeting held ______', 'Confirmed as a true and
    correct record' / '______ Chair'), and its words before the blank are the certificate's (minutes_sign_off). The
    approval of the previous meeting's minutes names that meeting and is kept. (Also the model's veto: model_veto.py.)"""
    blank = _SIGNATURE_BLANK_RE.search(text, start, min(len(text), end + _SIGN_OFF_REACH))
    if blank is None:
        return False
    if blank.start() >= end and len(text[end : blank.start()].split()) > _SIGN_OFF_GAP_WORDS:
        return False  # a sentence stands between the record and the blank
    head = squash(text[start : min(end, blank.start())])
    return _sign_off_re().search(head) is not None


# 'It was RESOLVED' and, in Quebec municipal minutes translated from 'IL EST RÉSOLU', 'ON MOTION of A, seconded by B,
# IT IS RESOLVED unanimously to adopt the agenda': the impersonal record of the decision, in the past or the present
_IT_WAS_RE = re.compile(r"\bit\s+was\s*$", re.I)
_IT_IS_RE = re.compile(r"\bit\s+is\s*$", re.I)


def _it_was_decided(before: str, marker: str) -> bool:
    """'it was AGREED', 'IT IS RESOLVED': the impersonal subject of a decision verb, so the marker opens the decision.
    In the present only a decision verb counts: 'it is RECOMMENDED' (or APPROVED, ENDORSED) asks for a decision."""
    if _IT_WAS_RE.search(before):
        return True
    return _IT_IS_RE.search(before) is not None and re.fullmatch(decision_verbs("upper", "title", "lower"), marker) is not None


# a resolution's reference number after its marker, closing the marker's line ('Resolved 15/02/08.01', 'RESOLVED 21/03/9.01'):
# the wording starts on the next line
_RESOLUTION_REFERENCE_RE = re.compile(r"[ \t]+(?:No\.?[ \t]*)?\d{1,4}(?:[/.-]+\d{1,4}){1,4}[ \t]*(?=\n[ \t]*\S)")


# a body's approving verb whose object is the motion just moved and nothing more: it closes that motion as 'Motion carried'
# does (a refusal, deferral or tabling of it is no approval and stays its own record)
_APPROVED_THE_MOTION_RE = re.compile(r"[ \t]+(?:the|this|that)[ \t]+motion[ \t]*\.")
_APPROVING_VERB_RE = re.compile(r"\b(?:approved|adopted|carried|passed|agreed|accepted|endorsed|ratified)$", re.I)
_MOTION_MOVED_RE = re.compile(r"\b(?:moved|proposed|motion)\b", re.I)


def _closes_the_motion_before(text: str, m_start: int, m_end: int, marker: str) -> bool:
    """'Councillor Kerr moved to include ... . The Council unanimously approved the motion.': the body's approval names
    only the motion, and a motion was moved in the same paragraph just before it."""
    if not (_APPROVED_THE_MOTION_RE.match(text, m_end) and _APPROVING_VERB_RE.search(marker)):
        return False
    paragraph = text.rfind("\n\n", 0, m_start)
    return _MOTION_MOVED_RE.search(text, max(paragraph, m_start - 400, 0), m_start) is not None


# the end of the sentence before, glued to the marker by an old newspaper's dash ('... be cleared.--It was resolved that ...'):
# one token to spaCy, so the marker's span opens on the word before
_DASHED_SENTENCE_END_RE = re.compile(r"\S*?" + DASHED_RUN_ON + r"(?:--|—)[ \t]?")


# the next words glued to the marker's last by an old newspaper's dash ('seconded by Cr Kerr,—That the footpaths ...'): one
# token to spaCy, so the marker's span runs on into the wording it introduces
_GLUED_DASH_TAIL_RE = re.compile(r"[,;:]?(?:--|—|–)[A-Za-z][^\s—–-]*$")  # a word after the dash, not a tally's '5–0'


def _before_glued_dash(text: str, start: int, end: int) -> int:
    """Where the marker's own words end in its span start..end: before a dash glued to the word it ends on and what follows it."""
    m = _GLUED_DASH_TAIL_RE.search(text, start, end)
    return m.start() if m and m.start() > start else end


def _past_dashed_sentence_end(text: str, start: int, end: int) -> int:
    """Where the marker's own words open in its span start..end: past the last sentence's end glued to it by a dash."""
    m = _DASHED_SENTENCE_END_RE.match(text, start, end)
    return m.end() if m else start


# an item's own outcome closing the sentence or the line before ('– noted.', 'Noted.' on its line, 'Received.')
_ITEMS_OUTCOME_BEFORE_RE = re.compile(r"\b(?i:noted|received|agreed|accepted|approved)\.[ \t]*(?:\n[ \t]*)?$")


def _after_an_items_outcome(text: str, start: int) -> bool:
    """Whether the sentence at `start` follows its item's outcome ('... re tree felling – noted. The Clerk was instructed
    to ...'): an instruction after the decision is the decision's task, not a second decision."""
    return _ITEMS_OUTCOME_BEFORE_RE.search(text, max(0, start - 40), start) is not None


def _read_marker(text: str, m_start: int, m_end: int, kind: str, marker: str) -> FoundResolution | None:
    limit = len(text)
    if kind == "section":
        return _read_section(text, m_start, m_end, marker)
    if kind == "minutes":
        if AGENDA_MINUTES_RE.search(marker):
            return None  # the agenda's "Minutes ... , if in order, to be approved as a correct record"
        start = after_heading_subject(text, m_start, m_end)
        if under_recommendation(text, text.rfind("\n", 0, start) + 1):
            return None  # an agenda's 'Recommendation' / 'That the minutes of the Ordinary Meeting ... be confirmed as a true and correct record.'
        end = sentence_end(text, start, limit)
        if minutes_only_requested(text[sentence_start(text, start, max(0, start - 300)) : end]):
            return None  # "The Chair requested Council to approve the Minutes of ...": the question, not the decision
        return FoundResolution(start, end, squash(text[start:end]), squash(marker), kind, evidence_start=start, decision_type="minutes approved")
    if kind == "minutes-sentence":
        return read_minutes_sentence(text, m_start)
    if kind == "imperative-list":
        return read_imperative_list(text, m_start)
    if kind == "outcome-bullet":
        return read_outcome_bullet(text, m_start, m_end, marker)
    if kind == "election":
        return read_election(text, m_start, m_end, marker)
    if kind == "proposal":
        return _read_proposal(text, m_start, m_end, marker)
    if kind == "motion":
        return read_motion(text, m_start, m_end, marker)
    if kind == "terse-motion":  # 'Motion Pelkey, 2nd Szabo, to approve with conditions 1-2. 5-0.'
        return _read_terse_motion(text, m_start, m_end, marker)
    if kind == "sentence":
        return _read_sentence(text, m_start, m_end, marker)
    if kind == "letter-outcome":  # 'From Mr Bell, asking that the drain be cleared.—Referred to the engineer.'
        start = letter_before_outcome(text, m_start)
        if start is None:
            return None
        end = sentence_end(text, m_start, len(text))
        return FoundResolution(start, end, squash(text[start:end]), squash(marker), "letter", evidence_start=start)
    if kind == "instruction":  # 'The secretary was instructed to supply the required information.'
        if _after_an_items_outcome(text, m_start):
            return None  # 'Letter from NRW – noted. The Clerk was instructed to ask ...': the task that follows the decision
        return _read_sentence(text, m_start, m_end, marker)
    if kind == "passive-outcome":  # "The Budget Summary was noted.": an outcome, unless a RESOLVED records the item
        res = _read_sentence(text, m_start, m_end, marker)
        if res is None or re.search(r"\b(?:No|no|None|none|Nil|nil)\b[^.|:–-]{0,80}$", text[res.start : m_start]):
            return None  # "- no Declarations of Pecuniary Interests were received"
        res.kind = "received"
        return res
    if kind == "close":
        return _read_closing(text, m_start, m_end, marker)
    if kind == "tally-close":  # 'Motion Ortiz, 2nd Bell, to accept. Passed.' / 'Novak/Reyes. 5 yes.'
        if not re.search(r"\d", marker) and not _terse_mover_before(text, m_start):
            return None  # 'Chief's report -- the pump test was repeated. Passed.': no motion was put
        if _tally_then_failed(text, m_start, m_end):
            return None  # 'to approve the July payments. Roll call 2 yes, 4 no. Motion 25-51 failed.': the motion fell
        res = _read_closing(text, m_start, m_end, marker)
        return _with_terse_matter(text, res, m_start, marker) if res is not None else None
    if kind == "outcome-line":
        return _read_outcome_line(text, m_start, marker)
    if kind == "lead-outcome":
        return _read_lead_outcome(text, m_start, m_end, marker)
    if kind == "qualified-outcome":  # 'Approved with conditions', 'Deferred for a site visit on 25 November.', 'REFUSED (8-1) - Policy CTY 1'
        return _read_qualified_outcome(text, m_start, marker)
    if kind == "short-outcome":  # 'Report received.', 'Received for information.': the noting is its own sentence and record
        return FoundResolution(m_start, m_end, squash(text[m_start:m_end]), squash(marker), "short", evidence_start=m_start)
    if kind == "pronoun-outcome":  # 'Selectman Hale presented his resignation ... It was accepted with regret.'
        return _read_pronoun_outcome(text, m_start, m_end, marker)
    if kind == "lost-label-clause":
        return _read_lost_label_clauses(text, m_start, marker)
    if kind == "planning-response":
        return _read_planning_response(text, m_start, marker)
    if kind == "enactment-passed":
        return _read_enactment_passed(text, m_start, marker)
    if kind == "named-resolution":
        return _read_named_resolution(text, m_start, marker)
    if kind == "order-over-motion":  # 'Approved, as amended, the Memorandum ...' / 'Motion: Cm. Hardin  Second: Cm. Pak  Vote: Ayes – 5 ...'
        return _read_order_over_motion(text, m_start, marker)
    if kind == "matter-outcome":  # 'wreath £25 to RBL approved.', 'Payments list October £8,915.33 approved.'
        return read_matter_outcome(text, m_start, m_end, marker)
    if kind == "verb-first-entry":  # '1. Noted the Sister Islands Matrix ...' under 'Cabinet Meeting – 26th June, 2024'
        head = _list_head(text, m_start)
        if head is not None and _BODY_PREAMBLE_RE.fullmatch(text[head[0] : head[1]]):
            return None  # 'The Environment Committee –' / '1. Noted ...' / '2. Agreed ...': one decision, the preamble's reader takes it whole
        if head is not None and _REPORT_LEAD_RE.fullmatch(text[head[0] : head[1]]):
            return None  # 'Since the last meeting the Clerk has:' / '- Hired a skip ...': what an officer did, no decision
        end = sentence_end(text, m_start, len(text))  # the entry with its verb: 'Rejected the application ...' is no approval
        return FoundResolution(m_start, end, squash(text[m_start:end]), squash(marker), "marker", evidence_start=m_start)
    if kind == "marker" and _closes_the_motion_before(text, m_start, m_end, marker):
        return _read_closing(text, m_start, m_end, marker)  # '... moved to include Mrs Hale. The Council unanimously approved the motion.'
    before = text[max(0, m_start - 20) : m_start]
    if re.search(r"(?:^|\n|\.\s)[ \t]*To\s*$", before):
        return None  # the agenda's "To RESOLVE that ...", printed above the minuted decision
    if re.search(r"\b(?:be|was|were|had been|is|are)\s*$", before, re.I) and not _it_was_decided(before, marker):
        return None  # "the minutes were AGREED", "it is RECOMMENDED": the sentence marker handles it
    reference = _RESOLUTION_REFERENCE_RE.match(text, m_end)
    passage = read_passage(text, reference.end() if reference else m_end, limit)  # 'RESOLVED 21/03/9.01' / 'To accept ...': not the number
    passage = _past_movers_paragraph(text, passage, limit)
    row = _schedule_row(text, m_start, marker)
    if row is not None:  # '23/0451 4 Elm Road Extension Decision: Approved subject to conditions': one row of a flattened schedule
        return FoundResolution(row[0], row[1], squash(text[row[0] : row[1]]), marker, kind, evidence_start=row[0])
    if kind == "marker" and re.match(r"[Ii]t was (?:\w+ )?agreed", marker) and _is_officer_commitment(text[passage.start : passage.end]):
        return None  # "It was agreed that the Head of Service would provide ...": an officer's task, not a decision
    line_start = text.rfind("\n", 0, m_start) + 1
    if marker in {"That", "THAT"} and under_recommendation(text, line_start):
        return None  # "Officer Recommendation: / That the report be noted": proposed, not decided
    if marker == "That" and CLAUSE_LABEL_RE.match(text[line_start : m_start + 1]):
        end, clauses = gather_clauses(text, line_start, limit)  # "1. That Cabinet notes ... 2. That Cabinet approves ..."
        if len(clauses) > 1:
            passage = Passage(line_start, end, clauses)
            return _from_passage(text, passage, marker, kind, line_start)
    if (
        marker in {"AGREED", "APPROVED", "CARRIED"}
        and _BARE_WITH_NOTE_RE.match(text, m_end)
        and re.match(r"\s*$", text[text.rfind("\n", 0, m_start) + 1 : m_start])
        and _closes_proposal_above(text, m_start)
    ):
        return None  # 'It was proposed by Cllr Q, seconded by Cllr M, that ...' / 'AGREED (Councillor F did not take part in the vote.)': the proposal's
    if (
        marker in {"RECEIVED", "NOTED", "AGREED", "APPROVED"}
        and re.match(r"\s*\.?\s*(?:\n|$)", text[m_end : m_end + 3])
        and not passage.clauses
        and re.match(r"\s*$", text[text.rfind("\n", 0, m_start) + 1 : m_start])
    ):
        if text[passage.start : passage.start + 1].islower():  # "NOTED" / blank line / "the progress report on ..."
            return _from_passage(text, passage, marker, kind, m_start)
        if marker in {"AGREED", "APPROVED"} and _closes_that_clause_above(text, m_start):
            return None  # 'RECOMMENDATION TO EXCO:' / 'That the report be noted.' / 'AGREED.': the closer reads the wording it agreed
        return FoundResolution(m_start, m_end, marker + ".", marker, kind, evidence_start=m_start)  # "RECEIVED." alone
    if _is_marker_narrative(text, m_start, m_end, marker, passage):
        return None
    if marker in {"RECEIVED", "NOTED", "ACCEPTED"} and is_attendance_matter(text, _after_bullet(text, line_start), m_start):
        return None  # "- APOLOGIES RECEIVED – ACCEPTANCE AND RECORDING OF APOLOGIES": the heading of the attendance item, no decision
    ev_start = sentence_start(text, m_start, max(0, m_start - 400)) if kind == "marker" and not marker.isupper() else m_start
    res = _from_passage(text, passage, squash(marker), kind, ev_start)
    opens_sentence = re.search(r"[.!?][ \t]+$", text[max(0, m_start - 4) : m_start]) is not None  # "... pick up times. RESOLVED and noted."
    if not passage.clauses and len(res.text.split()) < 6 and marker.isupper() and ev_start == m_start and not opens_sentence:
        ev_start = sentence_start(text, m_start, max(0, m_start - 200))  # "The Panel NOTED the report."
    label = " " not in marker and re.match(r"[ \t]*:", text[m_end : m_end + 3]) is not None  # "... agenda. Decision: No interests were declared."
    if not passage.clauses and (len(res.text.split()) < 6 or procedure_only(res.text)) and ev_start < m_start and not label:
        # "..., the Councillors resolved to increase to £2700": keep what it is about, from its own line
        # (not after a 'Decision:' label, whose words are the decision however short)
        # a marker that opens its own sentence ('F&GP 58/25 EXCLUSION OF PRESS AND PUBLIC - staffing matter. Resolved to exclude.')
        # is read from itself: the heading and the sentence before it on the line are the item, not the decision
        res.text = squash(text[m_start if opens_sentence else max(ev_start, _line_and_wrapped_start(text, m_start)) : passage.end])
    first_act = _FIRST_ACT_RE.search(marker) is not None  # "the committee noted Part A of the report and agreed to ...": what it did first belongs to it
    if (first_act or marker[:1].isupper() and not marker.isupper() and len(marker.split()) > 1) and text[
        m_end : m_end + 1
    ] != ":":  # not 'Council Decision: ...'
        res.text = squash(text[m_start : passage.end])  # "The Board AGREED unanimously that ..." reads whole
    sections_end = enacted_sections_end(text, res.end)
    if sections_end:  # "Be it resolved by the Council of the City of X: Section 1.": the sections are the decision
        res.text, res.end = squash(res.text + " " + text[res.end : sections_end]), sections_end
    if marker in {"That", "THAT"} and not text[line_start:m_start].strip():
        carried_end = _carried_closer_end(text, res.end)
        if carried_end:  # 'That we resume to an open public meeting. Time: 7:45 p.m. Carried.': the motion reads to its closer
            res.text, res.end = squash(res.text + " " + text[res.end : carried_end]), carried_end
    return res


# the wording a movers-only paragraph leaves to the next one: blank lines (of spaces too), then 'That' or a quoted 'That'
_WORDING_BELOW_RE = re.compile(r"[ \t\xa0]*\n\s*(?=[\"“‘']?(?:That|THAT)\b)")


def _past_movers_paragraph(text: str, passage: Passage, limit: int) -> Passage:
    """The decision a marker governs when its own paragraph names only the movers: 'RESOLVED: (Hoban/Ainsworth)' or
    'Resolved (Mayor Wallace/Deputy Mayor Bassett)  Minute No. C 19201(2)', then a blank line, then 'That Council write to
    ...' (Australian and New Zealand minutes put the movers beside the marker and the motion below). Read as it stands
    the record would be the movers' names alone; the motion under them is what was resolved."""
    if passage.clauses or not procedure_only(text[passage.start : passage.end]):
        return passage
    below = _WORDING_BELOW_RE.match(text, passage.end)
    return read_passage(text, below.end(), limit) if below else passage


# A 'Carried.' that closes a numbered motion printed 'R2023-157 D. Yemm, S. Kirkey:' / 'That the meeting be adjourned.
# Time: 7:47 p.m. Next regular meeting to be held August 15, 2023.' / 'Carried.' (Ontario township and county minutes):
# the sentences between (a time stamp, the reading of a by-law) belong to the motion. Bounded to two short lines.
_CARRIED_CLOSER_RE = re.compile(r"[^\n]{0,160}?(?:\n[^\n]{0,160}?)?(?<![\w-])(?P<closer>Carried|CARRIED)(?=[ \t]*(?:\.|\n|$))\.?")
# what opens another motion or decision inside the gap: the closer would then be that one's
_GAP_OPENS_ANOTHER_RE = re.compile(
    r"\b(?:That|THAT|RESOLVED|Resolved|[Mm]oved|MOVED|[Ss]econded|[Mm]otion|MOTION|[Aa]mendment)\b|\n[ \t]*\n|\n[ \t]*[A-Z]{0,3}\d"
)


def _carried_closer_end(text: str, end: int) -> int | None:
    """Where the 'Carried.' closing the that-clause motion ending at `end` ends, when at most two short lines of
    anything but another motion come between; None when it follows at once (the outcome tail reads it) or not at all."""
    m = _CARRIED_CLOSER_RE.match(text, end)
    if m is None:
        return None
    gap = text[end : m.start("closer")]
    if not re.search(r"[^\W_]", gap) or _GAP_OPENS_ANOTHER_RE.search(gap):
        return None
    return m.end()


# '1. Receives', '(b) Approves': a clause of a decision list, not an item heading ('1. Apologies')
_VERB_CLAUSE_RE = re.compile(
    r"[ \t|]*(?:\d{1,2}\.|\([a-z]\)|[a-z]\))[ \t]+(?:Receives|Notes|Approves|Adopts|Endorses|Confirms|Accepts|Agrees|Authori[sz]es|Delegates|Appoints|Declines|Resolves)\b"
)


_THAT_CLAUSE_LINE_RE = re.compile(r"[ \t]*(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)][ \t]+)?(?:That|THAT)\b")
_CLAUSE_LINES_UP = 12  # a recommended list and its wrapped lines, at most


# a bare outcome alone on its line, or with a bracketed note after it ('AGREED (Councillor Fegan did not take part in the vote.)')
_BARE_WITH_NOTE_RE = re.compile(r"[ \t]*\.?[ \t]*(?:\([^()\n]{1,160}\)\.?[ \t]*)?(?:\n|\Z)")
_PROPOSAL_REACH = 1500  # how far above a bare outcome, within its paragraph, the proposal it closes may start
# a proposal's mover clause anywhere in its line ('PR/144 - On the proposal of Alderman A, seconded by ...', 'It was proposed by ...')
_PROPOSAL_WORDS_RE = re.compile(
    r"\b(?:[Pp]roposed|PROPOSED|[Mm]oved|MOVED)[ \t\n]+(?:by|BY)\b|\b[Oo]n[ \t\n]+the[ \t\n]+proposal[ \t\n]+of\b|\b[Ii]t[ \t\n]+was[ \t\n]+(?:proposed|moved)\b"
)


def _closes_proposal_above(text: str, m_start: int) -> bool:
    """A bare 'AGREED' on its own line under a proposal put in words in the same paragraph ('It was proposed by Councillor
    Quinn, seconded by Councillor McCurdy, that the 20 eligible applications be funded ...' / 'AGREED (Councillor Fegan did
    not take part in the vote.)', Northern Ireland council style): the proposal's reader records the decision with its
    outcome; a note in brackets after the outcome is no wording of its own. Read back at most _PROPOSAL_REACH characters."""
    line_start = text.rfind("\n", 0, m_start) + 1
    lo = max(0, line_start - _PROPOSAL_REACH)
    blank = text.rfind("\n\n", lo, line_start)
    lo = blank + 2 if blank != -1 else lo
    last = last_match(_PROPOSAL_WORDS_RE, text, lo, line_start)
    return last is not None and _PUT_IN_WORDS_RE.search(text, last.end(), line_start) is not None


def _closes_that_clause_above(text: str, m_start: int) -> bool:
    """A bare 'AGREED.' on its own line right under a 'That ...' wording of the same paragraph, whose last line ends a
    sentence or clause ('RECOMMENDATION TO EXCO:' / '(i) That the report be noted;' / '(ii) That R 850 000 be
    reprioritised ...' / 'AGREED.'): the agreement closes that wording, read with it by the closer, not a record alone."""
    line_start = text.rfind("\n", 0, m_start) + 1
    above_end = line_start - 1
    if above_end <= 0 or not re.search(r"[.;][ \t]*$", text[text.rfind("\n", 0, above_end) + 1 : above_end]):
        return False
    for _ in range(_CLAUSE_LINES_UP):
        above_start = text.rfind("\n", 0, above_end) + 1
        line = text[above_start:above_end]
        if not line.strip():
            return False
        if _THAT_CLAUSE_LINE_RE.match(line):
            return True
        if above_start == 0:
            return False
        above_end = above_start - 1
    return False


def _tally_then_failed(text: str, m_start: int, m_end: int) -> bool:
    """A roll call or tally followed in its own paragraph by the motion's failure ('Roll call 2 yes, 4 no. Motion 25-51
    failed.', US library and township boards): the tally closes a motion that fell, not a decision. The paragraph
    bounds the look, so a later item's 'Motion failed' is never read as this one's."""
    para_end = text.find("\n\n", m_end)
    return motion_failed(text if para_end == -1 else text[:para_end], m_start, m_end)


def _read_lost_label_clauses(text: str, m_start: int, marker: str) -> FoundResolution | None:
    """'1. Receives the report ...; and / 2. Adopts the initial proposal ...' whose 'That the
    Council:' was lost in publishing: one decision, read from the list's first clause, unless a
    recommendation label stands above it ('Officer Recommendation' / '1. Receives ...')."""
    line_start = text.rfind("\n", 0, m_start) + 1
    prev_end = len(text[:line_start].rstrip())
    prev_start = text.rfind("\n", 0, prev_end) + 1
    if prev_end > 0 and _VERB_CLAUSE_RE.match(text, prev_start, prev_end):
        return None  # a later clause of a list ('2. Adopts ...' under '1. Receives ...'): its first clause reads the whole list
    if text[prev_start:prev_end].rstrip().endswith(":") or under_recommendation(text, line_start):
        return None  # 'That the Council:' kept: its own block decides (or a recommendation label above says it is none)
    end, clauses = gather_clauses(text, line_start, len(text))
    if not clauses:
        return None
    return _from_passage(text, Passage(m_start + len(marker), end, clauses), marker, "marker", line_start)


_ROW_OUTCOME_RE = re.compile(
    r"[ \t]*:[ \t]*(?:Approved|APPROVED|Refused|REFUSED|Granted|GRANTED|Agreed|AGREED|Approve|Refuse|Grant|Permit(?:ted)?|Deferred|DEFERRED|Noted|NOTED|Accepted|Rejected|REJECTED)\b"
)


def _schedule_row(text: str, m_start: int, marker: str) -> tuple[int, int] | None:
    """The line holding a mid-line 'Decision:' label (a planning or licensing schedule flattened to
    text, one application per line), or None for a label opening its line: each row is its own
    decision, and a row's decision never runs into the next row."""
    if marker not in {"Decision", "DECISION"}:
        return None
    line_start = text.rfind("\n", 0, m_start) + 1
    if not text[line_start:m_start].strip() or re.search(r"[.!?:]\s*$", text[line_start:m_start]) or not _ROW_OUTCOME_RE.match(text, m_start + len(marker)):
        return None
    line_end = text.find("\n", m_start)
    return trim_span(text, line_start, len(text) if line_end == -1 else line_end)


# the next row of a consultee's planning list: a label or an application reference opens it ('(b) P/FUL/...', '26/00954/B, ...')
_NEXT_APPLICATION_RE = re.compile(r"\n(?=[ \t]*(?:[-•*][ \t]+)?(?:\(?[a-z0-9]{1,3}[.)][ \t]|[*_]{0,2}[A-Z]{0,4}/?\d{2,4}/\d))")


# the movers and vote closing a consultee's response on its line ('Objection – traffic on an unadopted lane. Mr Teare /
# Mrs Faragher 4-1.', 'Object: overdevelopment, flood risk. JD/SG, unanimous.'): two movers joined by a slash, then a tally or 'unanimous'
_RESPONSE_VOTE_RE = re.compile(
    r"[ \t]*(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllrs?\.?)?[ \t]*[A-Z][\w'’.-]{0,20}(?:[ \t]+[A-Z][\w'’.-]{0,20})?[ \t]*/[ \t]*"
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllrs?\.?)?[ \t]*[A-Z][\w'’.-]{0,20}(?:[ \t]+[A-Z][\w'’.-]{0,20})?)[ \t]*[,;]?[ \t]*)"
    r"(?:\d{1,2}[ \t]*[-–][ \t]*\d{1,2}|[Uu]nanimous(?:ly)?|all[ \t]+in[ \t]+favou?r)[^\n\w]{0,3}(?=\n|$)"
)


def _with_response_vote(text: str, end: int) -> int:
    """The end of a consultee's response with the movers and vote that close its line ('... unadopted lane. Mr Teare /
    Mrs Faragher 4-1.'): the vote is the response's own, so the record reads to it; any other words after the sentence stay out."""
    m = _RESPONSE_VOTE_RE.match(text, end)
    return m.end() if m is not None else end


def _read_planning_response(text: str, m_start: int, marker: str) -> FoundResolution:
    """'26/00954/B, 4 houses, Loughan Road - Commissioners object: outside settlement boundary in /
    Area Plan; drainage. Chair & Clerk to attend ...': a consultee council's response to one planning
    application, read from the application's reference (its line's start) to the end of the
    response's sentence; a response printed without a full stop ends where the next application's
    row begins, so each application is its own record. A response opening the line under the
    reference ('(b) 26/2231/FUL  Land r/o Station Approach' / '    Object – overdevelopment.') reads
    from the reference's line, which the marker's pattern matched just above it."""
    start = text.rfind("\n", 0, m_start) + 1
    if start > 0 and not text[start:m_start].strip():
        start = text.rfind("\n", 0, start - 1) + 1  # the response opens its own line: the reference is on the line above
    end = sentence_end(text, m_start, len(text))
    next_row = _NEXT_APPLICATION_RE.search(text, m_start, end)
    if next_row is not None:
        end = next_row.start()
    else:
        end = _with_response_vote(text, end)
    start, end = trim_span(text, start, end)
    return FoundResolution(start, end, squash(text[start:end]), squash(marker), "sentence", evidence_start=start)


# the line that names an enactment: 'Bill No. 2025-42, "An Ordinance ...', 'By-law 2025-14, being a by-law ...', 'Local Law No. 3 of 2025'
_ENACTMENT_LINE_RE = re.compile(r"(?m)^[ \t]*(?:\(?[a-z0-9]{1,3}[.)][ \t]+)?(?:Bill|BILL|By-?law|BY-?LAW|Bylaw|BYLAW|Ordinance|ORDINANCE|Local[ \t]+Law)\b")


def _read_enactment_passed(text: str, m_start: int, marker: str) -> FoundResolution:
    """'By-law 2025-14, being a by-law to ... - / read a first, second and third time and finally passed.' or
    'Bill No. 41, "An Ordinance ...," read by title. ... Passed 5-0, Ordinance No. 3319.': the passage decides the
    enactment, so the record reads from the line naming it (within the paragraph, at most 600 characters back)
    to the end of the passage's sentence; with no such line, from the passage's own sentence."""
    end = sentence_end(text, m_start, len(text))
    lo = max(0, m_start - 600)
    blank = text.rfind("\n\n", lo, m_start)
    lines = list(_ENACTMENT_LINE_RE.finditer(text, blank + 2 if blank != -1 else lo, m_start))
    start = lines[-1].start() if lines else sentence_start(text, min(len(text), m_start + 1), lo)
    start, end = trim_span(text, start, end)
    return FoundResolution(start, end, squash(text[start:end]), squash(marker), "sentence", evidence_start=start)


_NAMED_PASSED_RE = re.compile(
    r"\b(?:adopted|ADOPTED|Adopted|carried|CARRIED|Carried|passed|PASSED|Passed|approved|APPROVED|Approved|[Uu]nanimous(?:ly)?)\b"
    r"|\b[Aa]ll[ \t]+(?:voted[ \t]+)?(?:ayes?|yes|in[ \t]+favou?r)\b"
    r"|\b(?:Ayes|AYES|Yeas|YEAS)[ \t]*[:–-]?[ \t]*(?:All|ALL)\b"  # a board's vote column: 'MOTION: Bryce  SECOND: Halloran  AYES: All'
)
_NAMED_FAILED_RE = re.compile(
    r"\b(?:failed|FAILED|Failed|died|lost|LOST|Lost|tabled|TABLED|Tabled|defeated|DEFEATED|Defeated|withdrawn|WITHDRAWN|Withdrawn|no[ \t]+second(?:er)?)\b"
)
# a tally: 'For: 4  Against: 0', 'Ayes 4, Nays 0', 'Yeas: 4. Nays: 0.', 'Vote: 4-0', 'Vote: 2–3'
# (or with a dash: 'Vote: Ayes – 5   Nays – 1 (Cm. Stoll)')
_TALLY_FOR_RE = re.compile(r"\b(?:For|FOR|Ayes?|AYES?|Yeas?|YEAS?)\b[ \t]*[:–-]?[ \t]*(\d{1,2})\b")
_TALLY_AGAINST_RE = re.compile(r"\b(?:Against|AGAINST|Nays?|NAYS?|Noes|NOES|Opposed|OPPOSED)\b[ \t]*[:–-]?[ \t]*(\d{1,2})\b")
_TALLY_SCORE_RE = re.compile(r"\b(?:Vote|VOTE)\b[ \t]*:?[ \t]*(\d{1,2})[ \t]*[-–][ \t]*(\d{1,2})\b")


def _tally_passed(paragraph: str) -> bool | None:
    """Whether the paragraph's tally has more votes for than against (None: no tally). A band council's or a
    board's record may carry no outcome word at all ('Moved: A  Seconded: B  For: 4  Against: 0'): the tally decides."""
    score = _TALLY_SCORE_RE.search(paragraph)
    if score:
        return int(score.group(1)) > int(score.group(2))
    votes_for = _TALLY_FOR_RE.search(paragraph)
    if votes_for is None:
        return None
    against = _TALLY_AGAINST_RE.search(paragraph)
    return int(votes_for.group(1)) > (int(against.group(1)) if against else 0)


# where the motion record under a named resolution's wording begins: 'Motion Vega, second Salinas.', 'Moved: A', 'M Oyelaran / S Hatch.'
# or the board's action recorded under a label ('Board Action: Approved as presented. (Supervisor Lund / Supervisor Bragg; 5-0)')
_MOVER_RECORD_RE = re.compile(
    r"\b(?:Motion|MOTION|Moved|MOVED)\b|\b(?:moved|seconded)[ \t]+by\b|(?m:^)[ \t]*M(?:/S(?:/C)?)?[ \t]*[:.]?[ \t]+[A-Z]"
    r"|(?m:^)[ \t]*(?:Board|BOARD|Council|COUNCIL|Commission|COMMISSION|Committee|COMMITTEE)[ \t]+(?:Action|ACTION)[ \t]*:"
)
_NAMED_WORDING_MAX = 500  # a mover further on than this follows a discussion, not the wording


def _records_passed(paragraph: str) -> bool:
    """The paragraph records its motion passed (an outcome word, or a tally with more for than against) and not failed,
    tabled, withdrawn or unseconded."""
    tally = _tally_passed(paragraph)
    return not _NAMED_FAILED_RE.search(paragraph) and tally is not False and bool(tally or _NAMED_PASSED_RE.search(paragraph))


def _named_record_end(text: str, wording_start: int, para_end: int) -> int:
    """The end of a named resolution's record: its wording and the motion record that passed it ('... eff. April 1,
    2026. Motion Vega, second Salinas. Passed 4-0.': an abbreviation's full stop ends nothing, and the record's
    shorthand is this decision's vote, not another's matter), read to the passing words on the mover's line or the
    line after; with no motion record, the first sentence, read from after the label, whose own full stop
    ('Res. 2025-31') ends nothing either."""
    mover = _MOVER_RECORD_RE.search(text, wording_start, min(para_end, wording_start + _NAMED_WORDING_MAX))
    if mover is None or not re.search(r"[a-z]{3}", text[wording_start : mover.start()]):
        return sentence_end(text, wording_start, len(text))
    first_nl = text.find("\n", mover.end(), para_end)
    second_nl = text.find("\n", first_nl + 1, para_end) if first_nl != -1 else -1
    reach = para_end if first_nl == -1 or second_nl == -1 else second_nl
    passing = [m.end() for rx in (_NAMED_PASSED_RE, _TALLY_SCORE_RE, _TALLY_FOR_RE, _TALLY_AGAINST_RE) for m in rx.finditer(text, mover.start(), reach)]
    if not passing:
        return mover.start()
    return sentence_end(text, max(passing), reach)


def _read_named_resolution(text: str, m_start: int, marker: str) -> FoundResolution | None:
    """'Resolution No. 2025-01, approving ..., was offered by A and seconded by B. Yeas: 4. The resolution was
    declared adopted.', 'BCR #2025-26/014' / 'Chief and Council approve ...' / 'Moved: A  Seconded: B  For: 4
    Against: 0': the named resolution's first sentence is the decision when its paragraph (to the next blank
    line, at most 600 characters) records it passed (an outcome word, or a tally with more for than against)
    and not failed, tabled, withdrawn or unseconded."""
    blank = text.find("\n\n", m_start)
    para_end = min(len(text), m_start + 600, blank if blank != -1 else len(text))
    paragraph = text[m_start:para_end]
    if not _records_passed(paragraph):
        return None
    if not re.search(r"\d", marker) and not _MOVER_RECORD_RE.search(paragraph, len(marker)):
        return None  # an order with no number ('Accept bid of ...') is a decision only with the motion that passed it
    start, end = trim_span(text, m_start, _named_record_end(text, m_start + len(marker), para_end))
    return FoundResolution(start, end, squash(text[start:end]), squash(marker), "sentence", evidence_start=start)


_ORDER_LINES = 3  # an order's wording wraps over a few lines at most
# the motion record opening the line under the wording, with no wording of its own: 'Motion: Director Kemp  Second: Director Osei',
# 'MOTION: Bryce  SECOND: Halloran', 'M/S/C Holbrook/Tan 4-0', 'Moved Cr Ames, seconded Cr Boyd'
_MOTION_LINE_RE = re.compile(r"[ \t]*(?:(?:Motion|MOTION|Moved|MOVED)\b[ \t]*(?:by\b|BY\b)?[ \t]*:?[ \t]*[A-Z]|M/S(?:/C)?\b)")


def _order_sentence_end(text: str, m_start: int) -> int | None:
    """Where an order's wording ends when it is a sentence closing its line ('Approve the out-of-state travel request ...
    in Indianapolis.'), wrapped over a few lines at most; None when no line of it ends with a full stop (a title case
    heading such as '2. Authorize Purchase - Replacement AMI Meters' ends with none)."""
    pos = m_start
    for _ in range(_ORDER_LINES):
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end == -1 else line_end
        if text[pos:line_end].rstrip().endswith("."):
            return line_end
        if line_end >= len(text) or not text[line_end + 1 : line_end + 2].strip():
            return None  # the paragraph ended with no sentence
        pos = line_end + 1
    return None


def _read_order_over_motion(text: str, m_start: int, marker: str) -> FoundResolution | None:
    """'Approved, as amended, the Memorandum of Understanding with the Little League ...' / 'Motion: Cm. Hardin  Second: Cm. Pak
    Vote: Ayes – 5  Nays – 1', 'Approval of the minutes of the regular meeting of February 21, 2023, as corrected.' / 'MOTION: Bryce
    SECOND: Halloran  AYES: All' (US city councils and school boards): an order or an approval opening its line, under an item's
    heading with no blank line between, is the decision when its sentence closes its line and the line under it is the motion
    record that passed it (read as a named resolution is: passed, not failed, tabled or withdrawn)."""
    end = _order_sentence_end(text, m_start)
    if end is None or end >= len(text) or not _MOTION_LINE_RE.match(text, end + 1):
        return None
    blank = text.find("\n\n", end)
    if not _records_passed(text[end : min(len(text), end + _NAMED_WORDING_MAX, blank if blank != -1 else len(text))]):
        return None  # the vote is read from the motion record alone: the wording's own 'Approved' is no outcome
    return _read_named_resolution(text, m_start, marker)


# the vote after a shorthand motion: a bare tally ('5-0.', 'Vote 5-0', 'VOTED 3-0', '4-1 (Pelkey)') or its words
# (a sentence of its own or after 'Vote': 'conditions 1-2' in the wording is no vote)
_TERSE_TALLY_RE = re.compile(r"(?:\b(?:Vote|VOTE|Voted|VOTED)[ \t:]*|(?<=[.;,][ \t])|(?<=\n))(\d{1,2})[ \t]*[-–][ \t]*(\d{1,2})(?:[-–]\d{1,2})?\b")
# the tally by its sides' names, for first ('Moved Rao, seconded Ebersole, to approve item 3.6 ... Vote: Ayes 5, Noes 0.',
# 'Vote: Yeas 4; Nays 1', California school boards and US councils)
_TERSE_SIDES_RE = re.compile(
    r"\b(?:Ayes|AYES|Yeas|YEAS|Yes|YES|For|FOR)[ \t]*:?[ \t]*(\d{1,2})[ \t]*[,;][ \t]*(?:Noes|NOES|Nays|NAYS|No|NO|Against|AGAINST)[ \t]*:?[ \t]*(\d{1,2})\b"
)
_TERSE_CARRIED_RE = re.compile(r"\b(?:[Aa]ll[ \t]+(?:voted[ \t]+)?(?:ayes?|yes|in[ \t]+favou?r)|[Uu]nanimous(?:ly)?|[Cc]arried|CARRIED|[Pp]assed|PASSED)\b")
_TERSE_FAILED_RE = re.compile(r"\b(?:[Ff]ailed|FAILED|[Ll]ost|LOST|[Dd]efeated|DEFEATED|[Ww]ithdrawn|no[ \t]+second)\b")
_TERSE_VOTE_REACH = 160  # the vote follows the wording at once
_MOVES_THE_MATTER_RE = re.compile(r"to[ \t]+(?:accept|approve|adopt|receive|file|pay)\.?")  # no object: the matter above is the object


def _read_terse_motion(text: str, m_start: int, m_end: int, marker: str) -> FoundResolution | None:
    """'Motion Ouellette, 2nd Kinsey, to deny. 4-1 (Pelkey).', 'Motion Penrose/Kilgore to continue to February 24. Vote 5-0.':
    a board's shorthand motion is its decision when the vote printed after the wording carried it (a tally with more
    for than against, 'All aye', 'carried'); a motion whose vote went the other way, or with no vote at all, decides nothing."""
    res = read_motion(text, m_start, m_end, marker, own_line=False)
    if res is None or _MOVES_THE_MATTER_RE.fullmatch(res.text):
        return None  # 'Motion Haney, 2nd Marsh, to accept. Passed.': it moves the matter before it (the tally-close reads it)
    blank = text.find("\n\n", res.start)
    reach = min(len(text), res.end + _TERSE_VOTE_REACH, blank if blank != -1 else len(text))
    after = text[res.start : max(reach, res.end)]
    if _TERSE_FAILED_RE.search(after):
        return None
    vote = _TERSE_TALLY_RE.search(after) or _TERSE_SIDES_RE.search(after)
    if vote is not None and int(vote.group(1)) <= int(vote.group(2)):
        return None
    vote = vote or _TERSE_CARRIED_RE.search(after)
    if vote is None:
        return None
    # the record is the motion as printed, movers to vote ('Motion Penrose/Kilgore to continue to February 24. Vote 5-0.')
    start, end = trim_span(text, m_start, max(res.end, sentence_end(text, res.start + vote.end() - 1, reach)))
    res.start, res.end, res.text, res.evidence_start = start, end, squash(text[start:end]), start
    return res


def _read_outcome_line(text: str, m_start: int, marker: str) -> FoundResolution:
    """'Granted' / 'All special one day licenses are approved' / 'Old and New Business': a line that is a
    decision on its own. Lists of this kind are printed without full stops, so the sentence around the
    marker would run into the outcome above and the heading below; the line is the record."""
    line_end = text.find("\n", m_start)
    start, end = trim_span(text, m_start, len(text) if line_end == -1 else line_end)
    return FoundResolution(start, end, squash(text[start:end]), squash(marker), "sentence", evidence_start=start)


# the planning authority's or an officer's decisions reported to the meeting ('Decisions notified by SDC', 'Delegated decisions')
_REPORTED_DECISIONS_RE = re.compile(
    r"\b(?:[Dd]ecisions?|[Dd]eterminations?)[ \t]+(?:notified|received|issued|reported|made[ \t]+under)\b|\b(?:notified|determined|decided)[ \t]+by[ \t]+(?:the[ \t]+)?[A-Z]"
    r"|\b[Dd]elegated[ \t]+(?:decisions|powers)\b|\b[Aa]ppeals?[ \t]+(?:decided|received|determined)\b"
)
# a line wrapped onto the next: it ends on a word that cannot end a sentence ('... at the' / 'request of the applicant.')
_WRAPS_ON_RE = re.compile(r"(?:\b(?:to|of|and|the|a|an|with|for|on|in|by|from|at|or|as)|,)[ \t]*$")
# a vote recorded as its own short sentence after the outcome ('Refused. 5 for refusal, 3 against.')
_TALLY_SENTENCE_RE = re.compile(r"[ \t]+\d{1,2}[ \t]+(?:for|votes?|in[ \t]+favou?r)\b[^.\n]{0,60}\.")
_WRAPPED_LINES = 4  # an outcome's reasons wrap over a few lines at most
# a decision that lists what it decides below it ('RESOLVED that the applications listed below be determined as follows:',
# 'The following resolutions were adopted by a single motion ...:', 'decided as follows:-'): its rows are part of it
_DECIDED_AS_LISTED_RE = re.compile(
    r"(?im)^[^\n]*\b(?:resolved|agreed|decided|determined|adopted|approved)\b[^\n]{0,200}?\b(?:as[ \t]+follows|below|following)\b[^\n]{0,80}?:-?[ \t]*$"
)
_LISTED_REACH = 1500  # how far above a row its table's decision may stand
# a decision under a table that takes the rows as they stand: 'Resolved (Walker / Hollings): That the grants be made as set out in
# the table above.', 'Lusk/Pettigrew - that the grants be made as in the table above. Carried.' (community boards' grant tables)
_DECIDED_AS_TABLED_ABOVE_RE = re.compile(
    r"(?im)^(?=[^\n]*\b(?:that|resolved|agreed|moved|approved?)\b)[^\n]*?"
    r"\b(?:(?:in|on)[ \t]+the[ \t]+(?:table|schedule|list)[ \t]+above|(?:listed|set[ \t]+out|shown|tabled)[ \t]+above)\b"
)


def _decided_as_tabled_above(text: str, line_end: int) -> bool:
    """Whether a decision below the row, before the next item's heading and within _LISTED_REACH, decides the table's
    rows as they stand: the rows are that decision's schedule, not decisions of their own."""
    window_end = min(len(text), line_end + _LISTED_REACH)
    below = _DECIDED_AS_TABLED_ABOVE_RE.search(text, line_end, window_end)
    if below is None:
        return False
    newline = text.find("\n", line_end, below.start())
    while newline != -1:
        if _NEXT_ITEM_LINE_RE.match(text, newline + 1):
            return False  # the next item's table
        newline = text.find("\n", newline + 1, below.start())
    return True


def _read_qualified_outcome(text: str, m_start: int, marker: str) -> FoundResolution | None:
    """'Approved with conditions', 'Deferred to next meeting at the request of the Cathaoirleach', 'Approved $3,500.',
    'REFUSED (3-2) - harm to residential amenity / from noise ...': an outcome word with its qualifier, under an
    application, a grant request or the minutes' heading, records the meeting's decision on that item. Planning and
    licensing committees, grant panels and terse parish minutes print it with no marker and no subject; the record is
    the outcome's own sentence (over the lines it wraps onto, never into the next row), with a vote printed as the next
    short sentence. A line that alone is a disposition label is left to dispositions.py (it reads the item above),
    and decisions reported to the meeting ('Decisions notified by the District Council') are no decisions of it."""
    line_start = text.rfind("\n", 0, m_start) + 1
    line_end = text.find("\n", m_start)
    line_end = len(text) if line_end == -1 else line_end
    if is_disposition_label(text[line_start:line_end]):
        return None
    para = text.rfind("\n\n", 0, m_start)
    if _REPORTED_DECISIONS_RE.search(text, max(0 if para == -1 else para, m_start - 400), m_start):
        return None
    if _DECIDED_AS_LISTED_RE.search(text, max(0, m_start - _LISTED_REACH), line_start):
        return None  # 'RESOLVED that the applications listed below be determined as follows:' / the table: one decision, read by its marker
    if _decided_as_tabled_above(text, line_end):
        return None  # the table / 'That the grants be made as set out in the table above.': one decision, read by its marker
    start = m_start
    if text[line_start:m_start].strip() and not re.search(r"[.!?][ \t]+$", text[line_start:m_start]):
        start = line_start  # a decision column at the end of its row ('2026-02 St. Anselm's Parish ... GRANTED (5-0)'): the row is the record
    elif _AMOUNT_AFTER_RE.match(text, m_start + len(marker)):
        start = _request_start(text, line_start, m_start)
    block_end = line_end
    for _ in range(_WRAPPED_LINES - 1):
        next_end = text.find("\n", block_end + 1)
        next_end = len(text) if next_end == -1 else next_end
        following = text[block_end + 1 : next_end].strip()
        if block_end >= len(text) or not following or re.search(r"[.;:!?][ \t]*$", text[line_start:block_end]):
            break
        if not (following[:1].islower() or _WRAPS_ON_RE.search(text, line_start, block_end)):
            break
        block_end = next_end
    end = min(sentence_end(text, m_start, len(text)), block_end)
    tally = _TALLY_SENTENCE_RE.match(text, end)
    if tally is not None:
        end = tally.end()
    start, end = trim_span(text, start, end)
    return FoundResolution(start, end, squash(text[start:end]), squash(marker), "sentence", evidence_start=start)


# an outcome that grants an amount ('Approved $4,000', 'Granted £750'), and a request that ends on the sum asked for
# ('Area E: Nordby Community Hall Society, furnace - $6,000.', '• Ōtaupiri Rugby Club - new goal post pads, $1,450')
_AMOUNT_AFTER_RE = re.compile(r"[ \t]+(?:[£$€][ \t]?|R[ \t]?)\d")
_REQUEST_LINE_RE = re.compile(r"[ \t]*(?:[-•*][ \t]+)?(?P<request>[^\W\d_][^\n]{4,200}?(?:[£$€][ \t]?|R[ \t]?)\d[\d,. ]*\d\)?\.?)[ \t]*")


def _request_start(text: str, line_start: int, m_start: int) -> int:
    """Where the grant request an amount-granting outcome answers begins: the same line before it when that is the request
    ('Area E: Nordby Community Hall Society, furnace - $6,000. Approved $4,000.'), or the line right above when the outcome
    opens its line ('• Ōtaupiri Rugby Club - new goal post pads, $1,450' / 'Approved $1,000'); else the outcome itself. What
    was asked for is part of the decision that grants part of it (grant-in-aid lists, community boards' discretionary funds)."""
    if text[line_start:m_start].strip():
        request = _REQUEST_LINE_RE.fullmatch(text, line_start, m_start)
        return request.start("request") if request else m_start
    if line_start == 0:
        return m_start
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    request = _REQUEST_LINE_RE.fullmatch(text, above_start, line_start - 1)
    return request.start("request") if request else m_start


# an item heading: a short line with no closing full stop ('CAB/52 Quarter 2 Performance', '7. Work programme')
_HEADING_LINE_RE = re.compile(r"[ \t]*\S[^\n]{0,100}?[^.;,\s][ \t]*")


def _read_lead_outcome(text: str, m_start: int, m_end: int, marker: str) -> FoundResolution | None:
    """'7. Work programme' / 'Noted. The item on ... was moved to March.': the outcome opens the item's first
    line, right under its heading; the sentences after it are the discussion, not the decision."""
    line_start = text.rfind("\n", 0, m_start) + 1
    prev_end = line_start - 1
    if prev_end <= 0:
        return None
    prev_start = text.rfind("\n", 0, prev_end) + 1
    if not _HEADING_LINE_RE.fullmatch(text, prev_start, prev_end):
        return None  # under a sentence of the minute, not under a heading: the closers read it
    return FoundResolution(m_start, m_end + 1, squash(text[m_start : m_end + 1]), squash(marker), "sentence", evidence_start=m_start)


@lru_cache(maxsize=1)
def _counted_subject_re() -> re.Pattern[str]:
    """A count of papers or cases as a passive outcome's subject (resolution_forms.json counted_subject), compiled once."""
    return re.compile(pattern_rules("resolution_forms.json")["counted_subject"])


def _counted_subject(subject: str, marker: str) -> bool:
    """'Three bids were received.', 'Two representations were received.', 'Following an open procedure, 5 compliant
    tenders were received.', '94% of applications were approved.': how many came in or were decided elsewhere, told
    in the report; the meeting decided nothing by it ('The minutes of 27 November were approved' names no count)."""
    return re.match(r"(?:was|were|had|have|has)\b", marker, re.I) is not None and _counted_subject_re().search(subject) is not None


def _is_heading_paragraph(paragraph: str) -> bool:
    """A paragraph that is one line with no closing stop: an item's heading ('### TC/24/71 Apologies'), not a
    list of attendance ('APOLOGY: Cllr P. Baloyi - leave' under 'OFFICIALS: ...') or a sentence."""
    line = paragraph.strip()
    return bool(line) and "\n" not in line and re.search(r"[.!?;:]$", line) is None


def _apologies_accepted(text: str, m_start: int) -> bool:
    """'Apologies from Cllrs Hale and Ng were accepted': the passive outcome is attendance when the apologies are named
    in its own paragraph, with no sentence ended between. An 'Apologies were received ...' item above, ended by a blank
    line, is another item: 'ES/117 APOLOGIES / Apologies were received ... / ES/119 ACTION SHEET / The action sheet was
    noted.' (Northern Irish and Irish minutes) notes the sheet."""
    before = text[max(0, m_start - 200) : m_start]
    breaks = list(PARAGRAPH_BREAK_RE.finditer(before))
    if breaks:
        start = breaks[-1].end()
        if len(breaks) > 1 and _is_heading_paragraph(before[breaks[-2].end() : breaks[-1].start()]):
            start = breaks[-2].end()  # '### TC/24/71 Apologies' set apart from its own line by a page's blank line
        before = before[start:]
    return re.search(r"\bapolog", before, re.I) is not None and not re.search(r"[.!?]\s", before[-60:])


_FOR_PAYMENT_RE = re.compile(r"[ \t]+for[ \t]+payment\b")
_ACCOUNTS_RE = re.compile(r"\baccounts?\b", re.I)


def _accounts_for_payment(text: str, start: int, m_start: int, m_end: int) -> bool:
    """'Three accounts were passed for payment.': the meeting's own decision on its accounts, however they are counted
    (a report's '312 invoices were passed for payment by the bank' counts what others did)."""
    return _FOR_PAYMENT_RE.match(text, m_end) is not None and _ACCOUNTS_RE.search(text, start, m_start) is not None


def _read_sentence(text: str, m_start: int, m_end: int, marker: str) -> FoundResolution | None:
    """'The report, as circulated, was noted by Members.': the whole sentence is the decision."""
    if _apologies_accepted(text, m_start):
        return None  # "apologies ... were accepted": attendance, not a decision
    if re.match(
        r"\s+(?:in(?! full\b| principle\b)|on(?! (?:the|a) (?:proposal|motion)\b| (?:its )?(?:first|second|third|final) reading\b| an? [\w-]+ vote\b)|at(?! \d)|last|previously|earlier)\b",
        text[m_end : m_end + 30],
    ) or re.search(r"\b(?:to|will|would|should|must|may|can)\s*$", text[max(0, m_start - 10) : m_start]):
        return None  # "approved by Council in March 2012": history; "to be approved": the future
    start = sentence_start(text, min(len(text), m_start + 1), max(0, m_start - 400))  # + 1: a marker opening its sentence keeps it
    if _counted_subject(text[start:m_start], marker) and not _accounts_for_payment(text, start, m_start, m_end):
        return None  # "Three bids were received.", "94% of applications were approved.": a count the report gives, no decision
    hearsay = _HEARSAY_RE.search(text, start, m_start)
    if hearsay and not _CLAUSE_JOIN_RE.search(text, hearsay.end(), m_start):
        return None  # "The Clerk reminded members that last year the precept was set at £30,000.": news, not a decision
    end = sentence_end(text, start, len(text))
    if end <= m_start:
        end = sentence_end(text, m_start, len(text))
    end = _colon_line_end(text, m_end, end)
    start, end = _cell_bounds(text, start, m_start, m_end, end)
    if _ANAPHORIC_SUBJECT_RE.match(text, start):
        start = _proposals_before(text, start)  # "It was proposed that ... Both proposals were unanimously agreed."
    if text[start:end].rstrip().endswith(":"):  # "The Council's response was agreed as follows:" / "(a) ...;" / "(b) ...": the list is what was agreed
        line_end = text.find("\n", end)  # not '"\n" in text[end:]', which copies the rest of the item for every such sentence
        list_end, clauses = gather_clauses(text, line_end + 1 if line_end != -1 else len(text), len(text))
        if clauses:
            clause_texts = [squash(text[a:b]) for a, b in clauses]
            return FoundResolution(
                start, list_end, squash(text[start:list_end]), squash(marker), "sentence", clause_texts, evidence_start=start, clause_spans=clauses
            )
    return FoundResolution(start, end, squash(text[start:end]), squash(marker), "sentence", evidence_start=start)


# a line that ends on a colon, the next line opening on a capital or a figure: what the colon announces (a schedule of
# payments, a table, a list) follows, and the sentence read across it would hold every row ('The following accounts were
# approved for payment:' / 'Paid by standing order' / 'Payee Detail Total £s VAT' / ...)
_COLON_LINE_END_RE = re.compile(r":[ \t]*\n[ \t\n]*(?=[A-Z0-9£$€])")


def _colon_line_end(text: str, m_end: int, end: int) -> int:
    """The end of a decision sentence that stops at a colon ending the line after its marker, else `end` (the list or
    table it announces is read as clauses, or by list_after_colon, never as words of the sentence)."""
    colon = _COLON_LINE_END_RE.search(text, m_end, end)
    return colon.start() + 1 if colon is not None else end


# "The Chair asked whether members were content, and the accounts were approved": the decision is a clause of its own
_CLAUSE_JOIN_RE = re.compile(r"[,;][ \t\n]+(?:and|but|so)\b|;")
_HEARSAY_RE = re.compile(r"\b(?:reminded|asked\s+(?:if|about)|queried|wondered|enquired|inquired|why|whether|last year)\b", re.I)
_ANAPHORIC_SUBJECT_RE = re.compile(r"(?:Both|The|This|These|That|Those|All)[ \t]+(?:(?:above|two|three|said)[ \t]+)?(?:proposals?|motions?|suggestions?)\b")
_PROPOSED_RE = re.compile(r"\b(?:proposed|moved|suggested)\b")


def _proposals_before(text: str, start: int) -> int:
    """Where the proposals that 'Both proposals were agreed' refers to begin: up to two sentences
    back (each may be its own paragraph), from the first that proposes; else `start`."""
    lo = max(0, start - 1500)
    best = start
    pos = start
    for _ in range(2):
        end = len(text[lo:pos].rstrip()) + lo
        if end <= lo:
            break
        prev = sentence_start(text, end - 1, lo)
        if prev >= pos or not _PROPOSED_RE.search(text, prev, end):
            break
        best = pos = prev
    return best


_COMMITMENT_RE = re.compile(
    r"^(?:that\s+)?(?P<subject>(?:[\w'’.-]+\s+){1,9}?)(?:would|will|should)\s+(?:also\s+)?(?!be\b|have\b|need\b|not\b)(?P<verb>[a-z]+)",
)


@lru_cache(maxsize=1)
def _information_verbs() -> frozenset[str]:
    """Verbs of an officer's undertaking to inform (models/patterns/resolution_forms.json)."""
    return frozenset(pattern_rules("resolution_forms.json")["information_verbs"])


_TITLED_NAME_RE = re.compile(rf"\b(?:{person_titles()})\.?[ \t\n]+(?:[A-Z]\.?[ \t]+){{0,2}}[A-Z][\w'’-]*")


def _content_gist(text: str) -> set[str]:
    """What a decision decides: its gist less the movers' titled names and the words of how it was put."""
    return _gist(_TITLED_NAME_RE.sub(" ", text)) - _procedural_words()


@lru_cache(maxsize=1)
def _procedure_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A motion's reference number and its parts of procedure (movers, division lists): resolution_forms.json procedure_only."""
    forms = pattern_rules("resolution_forms.json")["procedure_only"]
    return re.compile(forms["reference"]), re.compile(forms["part"])


def procedure_only(text: str) -> bool:
    """Whether a record says only who moved a motion and how members voted, not what was decided.

    A marker read after the wording ('CARRIED' under a division list, 'Resolution: 2025/SF/071'
    above the movers) can leave a block of these alone while the decision is the record beside it.
    Any word left over (an outcome, 'That ...', 'and confirmed') keeps the record.
    """
    reference, part = _procedure_res()
    rest = reference.sub(" ", text, count=1)
    rest, parts = part.subn(" ", rest)
    return parts > 0 and re.search(r"[^\W\d_]", rest) is None


# what a closer adds to the words of procedure: how the motion was put and that it passed ('Motioned, seconded and
# unanimously approved.', 'Seconded and passed on a voice vote.')
# 'signed' too: '3. To approve minutes of the meeting held 14th September 2021. RESOLVED and signed.' closes its line's matter
_PASSED_WORDS = frozenset({"motioned", "approved", "passed", "adopted", "unanimous", "vote", "voice", "accordingly", "signed"})
# a line's list label or bullet, before the matter a closer on that line closes ('4. Approve Minutes of May 23rd Meeting: ...')
_LINE_LABEL_RE = re.compile(r"[ \t]*+(?:(?:\(?[0-9]{1,3}[.)]|\(?[a-z][.)]|[•·▪●*-])[ \t]++)?")
_MIN_CLOSED_WORDS = 3


def _is_bare_closer(text: str) -> bool:
    """A record whose words only close a motion ('Motioned, seconded and unanimously approved.', 'Seconded and
    unanimously approved.', 'Proposed by Cllr Linton, seconded by Cllr Fleetwood and approved unanimously.'): the
    decision is the matter before it, which its marker did not read."""
    words = _gist(text)
    return bool(words) and not _content_gist(text) - _PASSED_WORDS


def _joined_to_the_record_above(text: str, above: FoundResolution, closer: FoundResolution) -> bool:
    """Join a bare closer to the decision above it when nothing but a line break stands between (its movers and vote,
    which the decision's record takes in); whether it was joined."""
    if text[above.end : closer.start].strip() or text.count("\n", above.end, closer.start) > 1:
        return False
    above.text, above.end = squash(above.text + " " + closer.text), closer.end
    return True


def _read_closer_from_its_line(text: str, res: FoundResolution, bound: int) -> None:
    """Read a bare closer from the start of its line, after the line's list label ('4. Approve Minutes of May 23rd
    Meeting: Approved with amendments that ... Motioned, seconded and unanimously approved.', a US library board's
    minutes): the matter on the line is what was moved and approved. A closer alone on its line, or one whose line
    holds a decision already read, stays as it is."""
    line_start = max(bound, text.rfind("\n", 0, res.start) + 1)
    start = _LINE_LABEL_RE.match(text, line_start).end()
    if start < res.start and len(text[start : res.start].split()) >= _MIN_CLOSED_WORDS:
        res.start, res.text = start, squash(text[start : res.end])


@lru_cache(maxsize=1)
def _procedural_words() -> frozenset[str]:
    """Words of how a motion was put ('proposed', 'seconded', 'Councillor'), in _gist's form (resolution_forms.json)."""
    words = pattern_rules("resolution_forms.json")["procedural_words"]
    return frozenset(_gist(" ".join(words)))


_OWNER_WORD_RE = re.compile(
    r"\b(?:officers?|manager|director|head|chair(?:man)?|clerk|leader|lead|member\s+for|holder|executive|(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\b)", re.I
)


def _is_officer_commitment(wording: str) -> bool:
    """'that the head of strategic housing would provide ...': an officer's task, worded as agreed.

    'It was agreed that Cllr Noor would act as Chair for item 5' is the meeting's decision
    about a member, so a member's name does not make the wording a task; nor is 'that the
    Clerk would report the theft to the Police', which decides what is done: only an
    undertaking to inform (provide, circulate, find out ...) is an officer's task alone.
    """
    m = _COMMITMENT_RE.match(wording.strip())
    return bool(m and _OWNER_WORD_RE.search(m.group("subject")) and not _MEMBER_RE.search(m.group("subject")) and m.group("verb") in _information_verbs())


_MEMBER_RE = re.compile(rf"\b(?:{person_titles()}|Member)\b")


_BULLET_RE = re.compile(r"[ \t]*[-–•·*▪●][ \t]+")


def _after_bullet(text: str, line_start: int) -> int:
    """Where a line's words start after the bullet or dash a flattened list puts before them ('- APOLOGIES RECEIVED')."""
    bullet = _BULLET_RE.match(text, line_start)
    return bullet.end() if bullet else line_start


def _line_and_wrapped_start(text: str, pos: int) -> int:
    """Start of the line holding `pos`, or of the line before when that one wraps into it."""
    start = text.rfind("\n", 0, pos) + 1
    prev_start = text.rfind("\n", 0, max(0, start - 1)) + 1
    prev = text[prev_start : max(prev_start, start - 1)]
    if start and len(prev) > 50 and not prev.rstrip().endswith((".", ":", ";", "?", "!")):
        return prev_start
    return start


# how the meeting decided, after a capital marker and before its wording ('AGREED unanimously to ...', 'AGREED (6 for, 1 against): ...')
_CAPS_TALLY = r"[ \t]*\(\d{1,2}[ \t]*(?:[-–][ \t]*\d{1,2}|(?:votes?[ \t]+)?(?:for|in[ \t]+favou?r)\b[^()\n]{0,40})\)"
_CAPS_MANNER = rf"(?:[ \t]+(?:unanimously|UNANIMOUSLY)|{_CAPS_TALLY})?"


def _is_marker_narrative(text: str, m_start: int, m_end: int, marker: str, passage: Passage) -> bool:
    """'Members agreed areas for action' or 'as agreed at the last meeting' are not decisions."""
    before = text[max(0, m_start - 40) : m_start].lower()
    if re.search(r"(?:\bas|previously|had|has|have|already|was|were|been|not|if|whether|which|when|once|being)\s*$", before) and not re.search(
        r"\bit\s+was\s*$", before
    ):
        return True
    if not marker.isupper() and reports_earlier_decision(text, m_start, m_end):
        return True  # "The Chair reported that the Panel approved the contract last year": news of a decision, not one
    wording = text[passage.start : passage.end].strip()
    if not wording or len(wording) < 3:
        return not passage.clauses
    if marker.upper() in {"APPROVED", "RECOMMENDED", "ENDORSED", "RECEIVED", "NOTED", "AGREED", "DECIDED"} and marker.isupper():
        line_before = text[text.rfind("\n", 0, m_start) + 1 : m_start]
        if line_before.strip() and not re.search(
            r"(?:that|It was|it was|IT WAS|and|Board|Committee|Panel|Cabinet|Council|Members|unanimously|UNANIMOUSLY|THAT|AND|BOARD|COMMITTEE|PANEL|CABINET|COUNCIL|COMMISSION|MEMBERS)\s*$",
            line_before,  # 'UPON MOTION BY ..., THE BOARD APPROVED THE PAYROLL ...': minutes printed in capitals
        ):
            if re.search(r"[a-z0-9)][.!?][ \t]+$", line_before) and re.match(
                _CAPS_MANNER + r",?[ \t]+(?:that|THAT|to|not[ \t]+to)\b", text[m_end : m_end + 60]
            ):
                # '... tenders had been received from 4 contractors. AGREED that the contract ...' (or 'AGREED not to renew',
                # 'AGREED, that', 'AGREED unanimously to'): it opens its own sentence
                return False
            # 'AGREED.' / 'AGREED:' / 'APPROVED (4 for, 1 abstain).' open or close their own line; 'AGREED unanimously.' closes
            # the motion before it (read as a close)
            return not re.match(rf"(?:{_CAPS_TALLY})?\s*[:.–—-]|" + _CAPS_MANNER + r"(?:\s*[:–—-]|,[ \t]+(?:that|THAT)\b)", text[m_end : m_end + 60])
    return False


def _from_passage(text: str, passage: Passage, marker: str, kind: str, ev_start: int) -> FoundResolution:
    body = squash(text[passage.start : passage.end])
    clauses = [squash(text[a:b]) for a, b in passage.clauses]
    return FoundResolution(passage.start, passage.end, body, marker, kind, clauses, evidence_start=ev_start, clause_spans=passage.clauses)


def _read_section(text: str, m_start: int, m_end: int, marker: str) -> FoundResolution | None:
    """'Decision:' / 'Decisions made:' headers: everything up to the next section label."""
    pos = text.find("\n", m_end)
    if pos == -1:
        return None
    if under_recommendation(text, text.rfind("\n", 0, m_end) + 1):
        return None  # 'Officer Recommendation' / 'That Council:' / '1. Award ...': the report's proposal, not the decision
    if _is_column_header(text, m_start, pos):
        return None  # 'Applicant' / 'Purpose' / 'Requested' / 'Decision': a table's header row, one cell a line
    if is_outcome_list_head(text, text.rfind("\n", 0, m_start) + 1, pos):
        return None  # 'Council:' over a page's bullets of outcomes ('• Confirmed ...', '• Determined ...'): each is read on its own
    end = pos
    clauses: list[tuple[int, int]] = []
    blank = False
    tail_seen = False  # a line of the motion's procedural tail has followed its wording
    for row in iter_lines(text, pos + 1):
        line_start, line = row.start, row.text
        stripped = line.strip()
        if not stripped:
            blank = True
            continue
        if is_stop_line(stripped) or re.match(r"^(?:Decisions?|Resolved|RESOLVED)\s*:?\s*$", stripped):
            break
        if blank and clauses and (not CLAUSE_LABEL_RE.match(line) or _heads_next_item(stripped, text[clauses[0][0] : clauses[0][1]])):
            break  # 'The Committee:' / '- noted ...' / '- approved ...' / blank / the next item's heading: the list has ended
        if blank and end > pos and not clauses and not text[pos:end].rstrip().endswith(":") and opens_next_part(stripped):
            break  # 'RESOLUTION 2025-09' / the motion / blank / 'ROAD AND BRIDGE' or 'Item 9.1.2 ...': the next part of the minutes
        if tail_seen and not _closes_the_motion(stripped):
            break  # 'That the apology ... be accepted.' / 'Ames/Boyd' / 'CARRIED' / '2. Conflict of Interest Declarations': the motion is closed
        blank = False
        if re.match(r"^\s*(?:RESOLVED|Resolved|AGREED|It was|Moved|MOVED|Motion|MOTION|Proposed|PROPOSED)\b", line) and not clauses and end == pos:
            return None  # the marker inside the section is read on its own
        tail_seen = end > pos and _closes_the_motion(stripped)
        end = line_start + len(line)
        if CLAUSE_LABEL_RE.match(line):
            clauses.append((line_start, end))
        elif clauses:
            clauses[-1] = (clauses[-1][0], end)
    start, end = trim_span(text, pos + 1, end)
    if re.search(r"\b(?:RESOLVED|Resolved|RESOVLED|AGREED|(?<=[Bb]e it )resolved)\s*(?:[:–—-]|that\b|That\b|to\b)", text[start:end]):
        return None  # a marker inside the section records the decision itself ('RESOLUTION' / 'Be it resolved that the Board ...')
    if _NAVIGATION_RE.search(text, start, end) and not clauses:
        return None  # "Decisions" / "This page lists recent decisions; select a committee ...": a web page, no decision
    if _CONSIDERED_ONLY_RE.fullmatch(text, start, _first_paragraph_end(text, start, end)):
        return None  # "Decision:" / "24.1 The Lead Member considered a report by the Director.": the preamble; the RESOLVED below is read on its own
    if start >= end or re.match(r"(?:there (?:were|was) )?(?:none|nil|no\b|n/a)", text[start:end].strip(), re.I):
        return None  # "Decision: There were none."
    if is_attendance_matter(text, start, end):
        return None  # "APOLOGIES FOR ABSENCE" / "Decision:" / "Apologies for absence were received from ...": attendance, as the closers read it
    clause_texts = [squash(text[a:b]) for a, b in clauses]
    wording = _after_movers_line(text, start, end)  # 'OCM 2509/105  Moved: Cr Whyte  Seconded: Cr Bertola' / 'Received.': the decision is what they moved
    return FoundResolution(wording, end, squash(text[wording:end]), squash(marker), "section", clause_texts, evidence_start=m_start, clause_spans=clauses)


# a paragraph that only names a motion's mover and seconder, printed between the motion and its 'CARRIED' (New Zealand
# committees: 'That the report be received.' / blank / 'Cr Whaanga / Cr Parata' / 'CARRIED'): the closer closes the motion above
_MOVERS_PAIR_RE = re.compile(
    rf"(?:(?:{person_titles()}|Mayor|Deputy[ \t]+Mayor|Chair(?:person)?)\.?[ \t]+)?[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){{0,2}}[ \t]*/[ \t]*"
    rf"(?:(?:{person_titles()}|Mayor|Deputy[ \t]+Mayor|Chair(?:person)?)\.?[ \t]+)?[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){{0,2}}"
)
# a paragraph that only seconds the motion of the paragraph above ('Dave Garner made a motion to approve the agenda' / blank
# line / 'Vince Cockriel seconded the motion' / blank line / 'Motion passed 3/0', a Minnesota township board)
_SECONDER_ONLY_RE = re.compile(
    rf"(?:(?:{person_titles()})\.?[ \t]+)?(?!(?:Amendment|Duly)\b)[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’.-]+){{0,2}}[ \t]+seconded(?:[ \t]+the[ \t]+motion)?[ \t]*\.?"
)
_AMENDMENT_RE = re.compile(r"\bamendment\b", re.I)


# a line of a motion's procedural tail, after its wording: the movers in shorthand ('Ames/Boyd'), its outcome ('CARRIED',
# 'Carried unanimously 6/0', 'MOTION CARRIED'), its vote ('Vote: AIF', 'Vote: 5-0'); with the mover and seconder lines
# (procedure_only: 'Moved: Cr Ames', 'Seconded: Cr Boyd') they close the decision, and a line of other words after them opens
# the next part of the minutes, whether or not a blank line or a heading's form marks it ('2. Conflict of Interest', '3.2Matters arising')
_MOTION_TAIL_LINE_RE = re.compile(
    rf"(?:{_MOVERS_PAIR_RE.pattern})?[ \t]*(?:(?:The[ \t]+|THE[ \t]+)?(?:Motion|MOTION)[ \t]+)?"
    r"(?:Carried|CARRIED|Lost|LOST|Defeated|DEFEATED|Agreed|AGREED|Passed|PASSED)?(?:[ \t]+(?:[Uu]nanimously|UNANIMOUSLY))?[ \t.]*"
    r"(?:\(?\d{1,2}[ \t]*[-/–][ \t]*\d{1,2}\)?[ \t.]*)?"
    r"|(?:Vote|VOTE)[ \t]*:[ \t]*[^\n]{1,30}"
)


def _closes_the_motion(line: str) -> bool:
    """A line that records only how the motion above was put and how it went, not what was decided: movers, outcome, vote."""
    return bool(line) and (_MOTION_TAIL_LINE_RE.fullmatch(line) is not None or procedure_only(line))


# a cell of a table's header row on its own line ('Applicant', 'Amount requested'): one to three words, the first capitalised, no stop
_HEADER_CELL_RE = re.compile(r"[ \t]*[A-Z][\w/&'’-]*(?:[ \t]+[\w/&'’-]+){0,2}[ \t]*")
_HEADER_CELLS = 2  # cells above 'Decision' that make its line the last cell of a header row


def _first_paragraph_end(text: str, start: int, end: int) -> int:
    """The end of the first paragraph of text[start:end] (its blank line, blanks and non-breaking spaces only), or `end`."""
    m = PARAGRAPH_BREAK_RE.search(text, start, end)
    return trim_span(text, start, m.start())[1] if m else end


def _is_column_header(text: str, m_start: int, line_end: int) -> bool:
    """A bare 'Decision' line that is the last cell of a table's header row, the table flattened one cell a line (Markdown
    and HTML grids of grant or planning applications: 'Applicant' / 'Purpose' / 'Requested' / 'Decision', then a row's cells
    'Otaheke Pony Club' / 'Arena drainage' / '$2,000' / 'Granted $1,500'). Each row's own cell holds its outcome; read as a
    'Decision' section it would run over every row into the motion below the table."""
    line_start = text.rfind("\n", 0, m_start) + 1
    if text[line_start:line_end].strip() not in {"Decision", "Decisions", "DECISION", "DECISIONS"}:
        return False
    cells = 0
    above_end = line_start - 1
    while cells < _HEADER_CELLS and above_end > 0:
        above_start = text.rfind("\n", 0, above_end) + 1
        if _HEADER_CELL_RE.fullmatch(text, above_start, above_end) is None:
            return False
        cells += 1
        above_end = above_start - 1
    return cells == _HEADER_CELLS


def _heads_next_item(line: str, first_clause: str) -> bool:
    """After a blank line, a numbered heading whose label is of another kind than the list's ('a) noted the projected
    overspend;' ... / blank / '10.   CLINICAL AND CARE GOVERNANCE'): the next item, not a further clause of the list."""
    first = first_clause.lstrip().lstrip("(")[:1]
    return opens_next_part(line) and line.lstrip("(")[:1].isdigit() != first.isdigit()


def _after_movers_line(text: str, start: int, end: int) -> int:
    """Where a decision's wording starts under its header: after a first line that only names the motion's
    reference and movers ('OCM 2509/105 Moved: Cr Whyte Seconded: Cr Bertola', 'Moved Cr Ames / Seconded Cr Boyd'),
    when wording follows on the next line; else `start`."""
    nl = text.find("\n", start, end)
    if nl == -1 or not procedure_only(text[start:nl]) or not text[nl:end].strip():
        return start
    return trim_span(text, nl, end)[0]


_NAVIGATION_RE = re.compile(r"\b(?:this page|select an? |click|menu|browse|search (?:for|options)|use the search|view (?:all|more)|see more|subscribe)\b", re.I)


def _considered_only_re() -> re.Pattern[str]:
    """The section of what was considered, its verbs of deciding and its papers from resolution_forms.json (considered_only_*)."""
    forms = pattern_rules("resolution_forms.json")
    return re.compile(
        r"(?:\d{1,3}(?:\.\d{1,3})?[ \t]+)?(?:Consideration[ \t]+was[ \t]+given[ \t]+to|(?:The[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w'’-]*){0,6}[ \t]+considered)"
        # 'considered the report of the Director and chose Option 2': a second verb makes it the decision, not its preamble
        r"(?![^.\n]*\b(?:and|then)[ \t]+(?:" + word_alternation(forms["considered_only_verbs"]) + r")\b)"
        r"[ \t]+(?:a|an|the)[ \t]+[^.\n]{0,200}?\b(?:" + word_alternation(forms["considered_only_papers"]) + r")s?\b[^.\n]{0,200}\.[ \t]*"
    )


# a decision section holding only what was considered ('18.1 The Leader and Lead Member considered a report by the Assistant
# Chief Executive.', 'Consideration was given to the minutes of the meeting held on 1 July.'): a decision page's preamble,
# the decision follows it under its own label ('DECISIONS' / '18.2 The Lead Member RESOLVED to ...') or not at all
_CONSIDERED_ONLY_RE = _considered_only_re()


_RUN_ON_ITEM = r"[ \t]+\d{1,2}\.[ \t]+[A-Z]"  # the next item's number run on the line: '... Agreed 3. Unitary Plan: ...'
_AGREEMENT_RE = re.compile(
    r"\b(?:agreed|carried|approved|resolved|(?i:all in favou?r)|unanimous(?:ly)?|nem\.? con|AGREED|CARRIED|RESOLVED|accepted|passed|(?<=\band )adopted)\b"
    # '... that the Council join the CPRE. Resolved.', 'Carried unanimously.': the outcome word as its own sentence, not 'Approved grants are ...'
    r"|(?<=[.;] )(?:Agreed|Carried|Approved|Resolved|Unanimous|Passed)(?=[ \t]*(?:[.,;:!(\n]|$)|[ \t]+(?:unanimously|by|nem|with|on|\d))"
    r"|(?:Agreed|Carried)(?=" + _RUN_ON_ITEM + ")"  # '... Paula Glenn Agreed 3. Unitary Plan:': closing its item, the next one's number run on
)


# A proposal that fell, whatever its case ('not carried', 'Not carried', 'NOT CARRIED', 'Lost'), unless it was carried after
# all (an amendment lost, then the motion carried); 'not carried' is taken out before 'carried' is looked for, in the same case.
# ('... - not seconded, falls.', '...; no seconder': a proposal nobody seconded fell)
_FELL_RE = re.compile(r"\b(?:not carried|lost|defeated|fell|not seconded|no seconder|falls(?=[ \t]*[.;]))\b", re.I)
_NOT_CARRIED_RE = re.compile("not carried", re.I)
_CARRIED_RE = re.compile(r"\bcarried\b")
_OUTCOME_NEXT_RE = re.compile(r"\s*(?:All agreed|Agreed|AGREED|Carried|CARRIED|Unanimously agreed|All in favour)")


# the next motion put by its mover ('... Motion died for lack of support. / C. Planning Commission Appointment - Moved by Lutz,
# supported by Rusch, to reappoint ... Motion carried.'): the outcome after it is that motion's, not this one's
_NEXT_MOVER_RE = re.compile(r"\b(?:Moved|MOVED|Proposed|PROPOSED)[ \t]+(?:by|BY)[ \t]|\b(?:Moved|Move)[ \t]+that\b")


_QUOTES = "\"'“”‘’"


def _unquoted_agreement(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The first outcome word between lo and hi that is not a word quoted in the wording: an amendment 'to delete "approved"
    and insert "deferred ..."' quotes the words it changes, and its outcome ('the amendment was LOST') comes after them."""
    for agreement in _AGREEMENT_RE.finditer(text, lo, hi):
        a, b = agreement.start(), agreement.end()
        if _DETERMINER_BEFORE_RE.search(text, max(0, a - 8), a):
            continue  # 'that the Council adopts the agreed climate plan': the wording's adjective, no outcome
        if not (0 < a and b < len(text) and text[a - 1] in _QUOTES and text[b] in _QUOTES):
            return agreement
    return None


_DETERMINER_BEFORE_RE = re.compile(r"\b(?:the|an?|this|its|their|our)[ \t]+$", re.I)
_NOTICE_OF_MOTION_RE = re.compile(r"\bnotice[ \t]+of[ \t]+(?:the[ \t]+following[ \t]+|a[ \t]+)?motion\b", re.I)
_NOTICE_REACH = 300  # characters back from a 'Moved that' to a notice of the motion it words, on its own line (not an item's heading)


# a flattened table's row: the matter put in its first cell, an order of deciding or the minutes, and its proposer and seconder
# alone in the next ('|Approve minutes |Proposed by Sheena, seconded by Suzie | |', community councils' tabled minutes)
_MATTER_CELL_RE = re.compile(
    r"[ \t]*\|[ \t]*(?P<matter>(?:Approve|Adopt|Accept|Confirm|Approval|Adoption)[ \t]+(?:of[ \t]+)?(?:the[ \t]+)?[\w'’ -]{2,40}?)[ \t]*\|?[ \t]*$"
)
_MATTER_CELL_REACH = 80  # characters back from the proposer to the cell's bar: the matter is a few words
_MOVERS_CELL_RE = re.compile(r"[ \t]*(?:and[ \t]+|,[ \t]*)?[Ss]econded[ \t]+by[ \t]+[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)?[ \t]*(?:\||$)")


def _read_movers_cell(text: str, m_start: int, m_end: int, marker: str) -> FoundResolution | None:
    """'|Approve minutes |Proposed by Sheena, seconded by Suzie |': the row's matter, proposed and seconded with no vote against."""
    line_start = max(text.rfind("\n", 0, m_start) + 1, m_start - _MATTER_CELL_REACH)  # bounded: a table flattened onto one long line
    matter = _MATTER_CELL_RE.search(text[line_start:m_start])
    name = re.match(r"[ \t]+[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)?,?", text[m_end : m_end + 40])
    if matter is None or name is None or _MOVERS_CELL_RE.match(text, m_end + name.end()) is None:
        return None
    start = line_start + matter.start("matter")
    line_end = text.find("\n", m_end)
    line_end = len(text) if line_end == -1 else line_end
    cell_end = text.find("|", m_end, line_end)
    end = trim_span(text, start, line_end if cell_end == -1 else cell_end)[1]
    return FoundResolution(start, end, squash(text[start:end]), squash(marker), "proposal", evidence_start=start)


_PROPOSES_ITS_WORDING_RE = re.compile(r"[^.!?\n]{0,80}?\b(?:proposed|moved|Moved|MOVED|Move)\b[^.!?\n]{0,80}?\b(?:that|THAT)\b")  # 'Move that PVI supports ...'


def _read_proposal(text: str, m_start: int, m_end: int, marker: str) -> FoundResolution | None:
    """'Proposal: X proposed and Y seconded ... and the meeting unanimously agreed.'"""
    cell = _read_movers_cell(text, m_start, m_end, marker) if "|" in text[max(0, m_start - _MATTER_CELL_REACH) : m_start + 1] else None
    if cell is not None:
        return cell
    lo = text.rfind("\n", 0, m_start) + 1
    if marker in {"Moved", "MOVED", "Move"} and _NOTICE_OF_MOTION_RE.search(text, max(0, m_start - _NOTICE_REACH, text.rfind("\n", 0, m_start) + 1), m_start):
        return None  # 'Cllr Hale gave notice of the following motion for the April meeting: Moved that ...': a motion to come
    # 'Cllr Hale proposed that the hall be repainted, seconded by Cllr Noor. All agreed.': the proposal that opens its sentence
    # and puts its wording is read from there, not from the sentence before; 'The budget is approved. Proposed Cllr Okonjo,
    # seconded Cllr Rowe, all agreed.' names only the movers, and the wording is the sentence before
    own_wording = _PROPOSES_ITS_WORDING_RE.match(text, m_start) is not None
    start = sentence_start(text, min(len(text), m_start + 1) if own_wording else m_start, lo)
    _, p_end = paragraph_bounds(text, m_start, 0, len(text))
    next_mover = _NEXT_MOVER_RE.search(text, m_end, min(p_end, start + 700))
    agreement = _unquoted_agreement(text, m_end, next_mover.start() if next_mover else min(p_end, start + 700))
    if agreement:
        line_closer = _CLOSES_ITS_LINE_RE.match(text, agreement.end()) if agreement.group(0).lower() in _CLOSER_WORDS else None
        # '... June 2, 2022. MOTION CARRIED' / 'APPROVAL OF MINUTES' / 'It was moved by ...': an outcome that ends its line ends the
        # motion, though no full stop follows it (a New Brunswick village's minutes, one motion to a line, no blank lines)
        end = agreement.end() + len(line_closer.group(1)) if line_closer else sentence_end(text, agreement.start(), len(text))
        if _NEXT_ITEM_RUN_ON_RE.match(text, agreement.end()):
            end = agreement.end()  # '... to the fund Paula Glenn Agreed 3. Unitary Plan: ...': the next item's number, run on the line, ends it
    elif _OUTCOME_NEXT_RE.match(text, p_end):  # the motion, then "All agreed." as the next paragraph
        end = p_end
    elif _seconded_unopposed(text, start, p_end):
        end = sentence_end(text, start, len(text))  # "Frank Reid proposed that Carole be co-opted, and was seconded by Peter Agate."
    else:
        return None
    motion_text = text[start:end]
    if _FELL_RE.search(motion_text) and not _CARRIED_RE.search(_NOT_CARRIED_RE.sub("", motion_text)):
        return None  # a motion that fell is no decision ('Not carried.' as much as 'not carried'), unless carried after all
    wording = _proposal_wording(squash(text[start:end]))
    if re.search(r"\bmotion\b", wording, re.I) and len(wording.split()) < 25:
        motion = _motion_wording(text, start)  # "The motion was proposed by X, seconded by Y and agreed."
        if motion:
            return FoundResolution(motion[0], end, squash(text[motion[0] : motion[1]]), squash(marker), "proposal", evidence_start=motion[0])
    return FoundResolution(start, end, wording, squash(marker), "proposal", evidence_start=start)


_CLOSES_ITS_LINE_RE = re.compile(r"([ \t]*\.?)[ \t]*(?:\n|\Z)")
_NEXT_ITEM_RUN_ON_RE = re.compile(_RUN_ON_ITEM)
_CLOSER_WORDS = frozenset({"carried", "passed", "unanimous", "unanimously"})  # 'it was agreed' ending a line leads into its wording
_SECONDED_RE = re.compile(r"\b(?:seconded|SECONDED)\b")
_CONTESTED_RE = re.compile(
    r"\b(?:against|vote[ds]?|voting|(?<!to this )(?<!to the )(?<!to an )amendment|lost|defeated|fell|withdrawn|abstain\w*|not seconded|no seconder|objected|opposed)\b",
    re.I,
)


def _seconded_unopposed(text: str, start: int, p_end: int) -> bool:
    """'X proposed that ..., and was seconded by Y.' with no vote, amendment or objection in its
    paragraph: parish minutes record a motion carried without opposition this way."""
    end = sentence_end(text, start, p_end)
    seconded = _SECONDED_RE.search(text, start, end)
    if seconded is None:
        return False  # "The motion was seconded by Cllr X." holds no wording; "X proposed Cllr Y as Chair" is a nomination
    if _PROPOSED_WORDING_RE.search(text[start : seconded.start()]):
        return _CONTESTED_RE.search(text, start, p_end) is None
    if _PROPOSED_AND_RE.search(text[start : seconded.start()]) and _SECONDED_THAT_RE.match(text, seconded.end()):
        # both movers first, a formal motion's form: its fate may be told in the paragraphs after it ('... the motion was LOST.')
        return _CONTESTED_RE.search(text, start, p_end) is None and _FELL_RE.search(text, p_end, min(len(text), p_end + _FATE_REACH)) is None
    return False


# 'proposed that ...' / 'proposed acceptance': the wording, then its seconder. Not 'proposed, and
# Y seconded the motion that ...', a council's formal motion whose vote is recorded further on.
_PROPOSED_WORDING_RE = re.compile(r"\bproposed[ \t\n]+(?!and\b|by\b)(?:that\b|[a-z])")
# 'Councillor Watkins proposed and Councillor Lundberg seconded that Councillor Stones remain as Chairman.': both movers
# first, the wording after the seconder (not '... seconded the motion that ...')
_PROPOSED_AND_RE = re.compile(r"\bproposed[ \t\n]+and\b")
_FATE_REACH = 400  # characters after the motion's paragraph in which its loss ("the motion was LOST") is still its own
_SECONDED_THAT_RE = re.compile(r"[ \t\n]+that\b")


# What leads a motion's wording printed in full: 'I wish to move ...', a 'Notice of Motion - Cllr X' or
# 'MOTION ON NOTICE' heading line, 'X moved and Y seconded:' / 'X, seconded by Y, moved:' on a line of its own.
# The wording is a that-clause, a quoted 'This Council ...', or an infinitive ('I will move at the next
# meeting to require the contractor ...').
_MOTION_WORDING_RE = re.compile(
    r"(?:I (?:will|wish to|would like to) (?:move|call)(?: at the next (?:\w+ )?[Mm]eeting)?|(?i:notice[ \t]+of[ \t]+motion|motion[ \t]+on[ \t]+notice)[^\n]*\n+"
    r"|(?<![^\n])[ \t]*(?:Motion|MOTION)[ \t]+(?:No\.?[ \t]*)?\d{1,3}[ \t]*[-–—:][^\n]*\n+"  # 'Motion 2 – Cllr. Madigan' heading its quoted wording
    r"|moved the following motion:?|motion:|\b(?:moved|seconded)[ \t]*:[ \t]*\n+)\s*(?P<quote>[“\"'‘]?)"
    r"(?P<wording>(?:that|That|THAT)\b|(?<=[“\"'‘])(?:This|THIS)\b|to[ \t\n]+[a-z]{3,}\b)"
)
_CLOSING_QUOTE = {"“": "”", '"': '"', "'": "'", "‘": "’"}


def _motion_wording(text: str, before: int) -> tuple[int, int] | None:
    """The wording of a notice of motion printed just before 'The motion was ... agreed': up to its
    closing quote when it is quoted (a motion of several sentences), else its sentence."""
    matches = list(_MOTION_WORDING_RE.finditer(text, max(0, before - 1500), before))
    if not matches:
        return None
    m = matches[-1]
    start = m.start("wording")
    quote = m.group("quote")
    close = text.find(_CLOSING_QUOTE[quote], start, before) if quote else -1
    end = close if close != -1 else sentence_end(text, start, before)
    return (start, end) if end > start else None


_PROPOSER_PREFIX_RE = re.compile(
    rf"^.*?\b(?:seconded|SECONDED)(?: by)?:?\s+(?:(?:{person_titles()})\.?\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,2}}"
    r"(?:\s*,\s*|\s+and\s+|\s+)(?:(?:it\s+)?was\s+|the\s+meeting\s+)?(?:unanimously\s+|duly\s+)?(?:(?:agreed|resolved|carried|RESOLVED|AGREED)\s+)?(?:unanimously\s+)?(?:that\s+|to\s+)?",
)


def _proposal_wording(text: str) -> str:
    """'It was proposed by Cllr A, seconded by Cllr B and agreed to defer ...' -> 'defer ...'."""
    m = re.match(r"^.*?\bPROPOSED:?\s+(?:that\s+)?(?P<body>.+?)[;,]?\s*SECONDED\b", text)
    if m and len(m.group("body").split()) >= 3:
        return m.group("body")
    m = _PROPOSER_PREFIX_RE.match(text)
    if m and re.search(r"[a-z]{2}\.\s", text[text.rfind("econded", 0, m.end()) : m.end()]):
        m = None  # "... seconded by Cllr Ryves. Mrs Clements agreed to be a member": the next sentence is no wording of the motion
    rest = text[m.end() :] if m else ""
    if len(rest.split()) >= 5 and not re.match(r"(?:by|the meeting|the vote)\b", rest, re.I):
        return rest
    return text


_VOTE_SENTENCE_RE = re.compile(
    r"[ \t\n]*(?:All (?:were |members |present |voted )?(?:in favou?r|aye)|Roll[ \t]+[Cc]all|ROLL CALL|(?:Ayes?|Yeas?|Nays?|Vote|Voting)[ \t]*:)"
)


def _before_vote_sentences(text: str, pos: int, lo: int) -> int:
    """Where the sentences of a recorded vote just before `pos` begin ('All were in favor.
    Roll Call was taken as follows: Trustee Elton – yes, ...'), or `pos` when there are none:
    a closer after a roll call closes the motion above the roll call."""
    for _ in range(4):
        start = sentence_start(text, max(lo, pos - 1), lo)
        if start >= pos or not _VOTE_SENTENCE_RE.match(text, start):
            return pos
        pos = start
    return pos


# the wording of a moved motion; 'to accept.' / 'to adopt. Passed.' with no object moves the matter before it
_MOVED_WORDING_RE = re.compile(r"\b(?:that|THAT|[Tt]o[ \t\n]+[a-z]{3,}\b(?![.;]|,?[ \t]*(?:\n|$))|adoption|approval|acceptance|the)\b")


_FIRST_ACT_RE = re.compile(
    r"\w[ \t\n]+and[ \t\n]+(?:then |therefore |also |further |subsequently )?(?:unanimously |duly )?\w+$|^[^,]+,[ \t\n]+(?:having|after|following|on|upon)\b"
)
# what follows an agreement that opens its own wording rather than closing the motion before it: 'that ...', 'to <verb>',
# 'not to <verb>' ('It was unanimously agreed to allow ...', 'All agreed not to renew the lease'); after 'All' a that-clause
# pointing back closes the proposal before it ('All agreed that this was acceptable')
_OPENS_ITS_WORDING_RE = re.compile(
    r"[ \t]{1,3}(?:that\b|(?:not[ \t]{1,3})?to[ \t]{1,3}(?!this\b|that\b|it\b|the[ \t]{1,3}(?:proposal|motion|recommendation|above)\b)[a-z]{2,})"
)
_OPENS_ITS_WORDING_CAPS_RE = re.compile(r"[ \t]{1,3}(?:THAT|TO)[ \t]{1,3}[A-Z]{2,}")  # 'MOTION CARRIED TO ACCEPT THE MINUTES.'
_POINTS_BACK_RE = re.compile(r"[ \t]{1,3}that[ \t]{1,3}(?:this|these|it|they|the[ \t]{1,3}(?:proposals?|motions?|recommendations?))\b")
_OPINION_AFTER_RE = re.compile(r"[ \t]+(?:that[ \t]+)?(?:it|this|they|there|he|she|we)[ \t]+(?:had|has|have)\b")
_PROPOSED_THAT_RE = re.compile(r"\b(?:proposed|moved)\b[^.!?\n]{0,80}?\bthat\b")
_DECLARED_RE = re.compile(r"\b(?:declared|announced)\b")  # the chair's declaration of the result reads with the motion it closes
_SENTENCE_CLOSER_RE = re.compile(r"(?:[Tt]he|[Tt]his|[Tt]hat)[ \t]+(?:above[ \t]+)?(?:proposal|recommendation)s?[ \t]")


# What a closing sentence ('The recommendations were agreed.') can point back to: a proposal, motion or recommendation
# put in words. 'The Committee considered the report of the Head of Planning.' puts nothing: the closer stands alone.
_PUT_WORDING_RE = re.compile(r"\b(?:propos\w*|moved|second\w*|motion|recommend\w*|that|suggest\w*)\b", re.I)


# a shorthand mover and seconder: 'Motion Haney, 2nd Marsh', 'Moved Amadi / 2nd Lisowski', 'Lisowski/Reyes', 'Kuhn moved'
_TERSE_MOVER_RE = re.compile(r"\b(?:Motion|MOTION|Moved|moved|2nd|[Ss]econd(?:ed)?)\b|\b[A-Z][a-z'’-]+[ \t]?/[ \t]?(?:2nd[ \t]+)?[A-Z][a-z'’-]+\b")


_TERSE_MOVER_WORDS_RE = re.compile(r"\b(?:Motion|MOTION|Moved|moved|by|2nd|[Ss]econd(?:ed)?|Roll(?:[ \t]+call)?|[A-Z][a-z'’-]+|[A-Z])\b|[/.,:;\s]+|\d+")


def _with_terse_matter(text: str, res: FoundResolution, m_start: int, marker: str) -> FoundResolution:
    """'Financial report & bills. Oct expenditures $162,904.33. Moved Amadi / 2nd Lisowski. 6 yes.': a closed
    motion that is only its mover and seconder (names, '2nd', a roll call) moved the item's matter before it;
    the record reaches back over the item's line to its number or label."""
    if _TERSE_MOVER_WORDS_RE.sub("", text[res.start : m_start]).strip():
        return res  # the motion has wording of its own ('Motion Pyle, 2nd Tuck, to buy 6 sets of turnout gear')
    line_start = text.rfind("\n", 0, res.start) + 1
    para = text.rfind("\n\n", 0, res.start)
    lo = 0 if para == -1 else para + 2
    start = line_start
    while start > lo and not _ITEM_LINE_START_RE.match(text, start):
        start = text.rfind("\n", 0, start - 1) + 1  # up the wrapped lines to the item's own line
    if not _ITEM_LINE_START_RE.match(text, start):
        start = max(lo, sentence_start(text, max(lo, res.start - 1), lo))
    start = trim_span(text, start, m_start)[0]
    if start >= res.start:
        return res
    res.start = res.evidence_start = start
    res.text = squash(text[start:m_start] + marker)
    return res


# the line of an item: a number or label opening it ('25-113  Financial report', '3) Financials', '(b) Claims')
_ITEM_LINE_START_RE = re.compile(r"[ \t]*(?:\d{1,4}[-/.]\d{1,4}|\(?[a-z0-9]{1,3}[.)])[ \t]")


def _terse_mover_before(text: str, m_start: int) -> bool:
    """A shorthand motion in the two sentences before a bare 'Passed.' (within its paragraph)."""
    para = text.rfind("\n\n", 0, m_start)
    lo = max(0 if para == -1 else para + 2, m_start - 300)
    two_back = sentence_start(text, max(lo, sentence_start(text, max(lo, m_start - 1), lo) - 2), lo)
    return _TERSE_MOVER_RE.search(text, two_back, m_start) is not None


_NOTING_CLOSER_RE = re.compile(r"(?:Noted|Received|NOTED|RECEIVED)$")
# an agreement that names the sum it grants, right after its word ('Agreed £400.', 'Approved £1,000.'): a decision of its own,
# whatever request or letter stood before it
_AGREEMENT_MARKER_RE = re.compile(r"Agreed|Approved|AGREED|APPROVED")
_AMOUNT_AFTER_CLOSER_RE = re.compile(r"[ \t]+(?:at[ \t]+)?[£€$][ \t]?\d")


def _grants_a_named_sum(text: str, m_start: int, m_end: int, marker: str) -> bool:
    """'... PTA requested £500 for the Eisteddfod. Agreed £400.': the agreement names the sum it grants, so it is the
    decision, whatever request stood before it; an agenda line before it ('5. To consider the grant request from the
    Playgroup. Agreed £200.') names the matter, and the decision reads with it."""
    return bool(
        _AGREEMENT_MARKER_RE.fullmatch(marker)
        and _AMOUNT_AFTER_CLOSER_RE.match(text, m_end)
        and not _AGENDA_TO_RE.match(text, max(0, text.rfind("\n", 0, m_start)))
    )


@lru_cache(maxsize=1)
def _report_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A report heard and the words that put a motion (models/patterns/resolution_forms.json), compiled once."""
    forms = pattern_rules("resolution_forms.json")
    return re.compile(forms["report_heard"], re.I), re.compile(forms["report_put"], re.I)


def _notes_a_report(text: str, para_start: int, m_start: int, marker: str) -> bool:
    """A bare 'Noted.' / 'Received.' that is its own sentence, closing a paragraph in which someone reported
    ('The Clerk reported ...', 'The Manager took members through ...') and nothing was put as a motion: the
    meeting noted the report, whose narrative is not the wording of a decision. A matter line ('Letter from
    the Fire Service re hydrants. Noted.') reports nothing and keeps its matter."""
    if not _NOTING_CLOSER_RE.match(marker):
        return False
    heard, put = _report_res()
    before = text[para_start:m_start]
    motion = put.search(before)
    if motion is not None and not motion_failed(text[:m_start], sentence_start(text, para_start + motion.start(), para_start), m_start):
        return False  # the closer closes the motion put ('A motion by Cllr X that ... was not supported (2 for, 3 against). / Noted.' notes the report)
    line_start = text.rfind("\n", 0, m_start) + 1  # (an indented closer: '... per month.' / '              Noted.')
    if not text[line_start:m_start].strip() and re.search(r"[.!?;:][ \t]*\n$", text[max(para_start, line_start - 8) : line_start]):
        # a report heard ('The Clerk reported ...'), or an item's paragraph of two or more sentences of narrative
        # that the bare line closes ('180/25 Refuse and recycling / Tonnage up ... . Missed collections down. / Received.')
        if heard.search(before) is not None:
            return True
        if not _ends_its_item(text, m_start + len(marker)):
            return False
        return (
            _narrative_sentences(text, para_start, m_start) >= 2
            or _closes_one_narrative_sentence(text, para_start, m_start)
            or _closes_a_line_of_figures(text, line_start)
        )
    # on the report's own line the closer may take a one-line matter ('Rent arrears stood at £18,426. Noted.');
    # after a paragraph of several sentences of narrative ('41 cases open ... Members thanked the team. ... Noted.') it notes the paragraph
    own_line = text[text.rfind("\n", 0, m_start) + 1 : m_start]
    if not re.search(r"[.!?][ \t]+$", own_line):
        return False  # 'Sincerely, / Jane Doe / Mayor / Received.': a line of its own under no sentence of narrative
    if text[m_start + len(marker) : m_start + len(marker) + 1] != ".":
        return False
    return (
        _narrative_sentences(text, para_start, m_start) >= 2
        or _closes_one_narrative_sentence(text, para_start, m_start)
        or _closes_a_sentence_of_figures(text, para_start, m_start)
    )


# the next item opening the line after a closer: 'PC 146/25  PERFORMANCE', '12. Close', 'ITEM 9  ...', '## 5. ...', 'C25/036 ...'
# ('EA/25/16 Allotments', 'AO/38 Motion': a town council's minute reference with a slash after its letters)
_NEXT_ITEM_LINE_RE = re.compile(r"[ \t]*(?:#{1,4}[ \t]*)?(?:(?:ITEM|Item)[ \t]+|[A-Z]{1,5}[ \t/]?)?\d{1,4}(?:[/.]\d{1,4})*[.):]?[ \t]+[A-Z]")


_ITEM_HEADING_REACH = 4000  # how far above its closer an item's heading is looked for


def _item_start(text: str, lo: int, m_start: int) -> int:
    """Where the item that a closer ends begins: its numbered heading line when the items follow one another
    with no blank line between them ('... For 6, Against 4.' / 'PC 145/25  APPEALS' / '...' / 'Noted.'), else `lo`.

    The heading is looked for from the closer upwards, at most _ITEM_HEADING_REACH characters: a page of closers
    with no blank line and no heading (a PDF's text, a hostile file) would otherwise have every closer read every
    line above it, quadratic in the page (tests/test_adversarial.py, 'approved lines')."""
    floor = max(lo, m_start - _ITEM_HEADING_REACH)
    line_start = text.rfind("\n", floor, m_start)
    while line_start != -1:
        if line_start + 1 > lo and _NEXT_ITEM_LINE_RE.match(text, line_start + 1):
            return line_start + 1
        line_start = text.rfind("\n", floor, line_start)
    return lo


def _ends_its_item(text: str, m_end: int) -> bool:
    """The closer ends its line and its item ('Received.' then a blank line, the end, or the next item's numbered
    heading): it closes the item, not a sentence that runs on into more of the same matter."""
    tail = re.match(r"\.?[ \t]*(?:\n[ \t]*\n|\n?\Z|\n)", text[m_end : m_end + 40])
    if tail is None:
        return False
    if tail.group().count("\n") != 1 or re.match(r"\s*\Z", text[m_end + tail.end() : m_end + tail.end() + 40]) and m_end + tail.end() + 40 >= len(text):
        return True  # a blank line or the end of the text
    return _NEXT_ITEM_LINE_RE.match(text, m_end + tail.end()) is not None


@lru_cache(maxsize=1)
def _closer_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Narrative and matter-line words before a bare closer (models/patterns/resolution_forms.json), compiled once."""
    forms = pattern_rules("resolution_forms.json")
    return re.compile(forms["closer_narrative"]), re.compile(forms["closer_matter"], re.I | re.M)


def _closes_one_narrative_sentence(text: str, para_start: int, m_start: int) -> bool:
    """'The Assistant Clerk reported that 9 voids were outstanding. Noted.', 'Rent arrears stood at £18,426. Noted.':
    one sentence telling what someone did or what stood so, closed on its line by a bare noting, is narrative
    (closer_narrative) and the decision is the noting alone; a matter line ('Letter from ... . Noted.',
    'Invitation to ... . Noted.': closer_matter) or a noun phrase with no such verb ('Rural Housing Trust - open
    day on 4 May. Noted.') names what was noted and keeps it."""
    narrative, matter = _closer_res()
    start = sentence_start(text, max(para_start, m_start - 2), para_start)
    first_nl = text.find("\n", start, m_start)
    if first_nl != -1 and _HEADING_LINE_RE.fullmatch(text, start, first_nl):
        start = first_nl + 1  # '9.  GENERAL' / 'Cllr X requested ...': the item's heading is not its sentence
    # (a sentence wrapped over lines is then judged by its last lines: a report that long is read as the matter noted,
    # where annotators differ; taking the first line as well changed one record each way on the two held-out sets)
    sentence = text[start:m_start]
    return narrative.search(sentence) is not None and matter.search(sentence) is None


def _closes_a_sentence_of_figures(text: str, para_start: int, m_start: int) -> bool:
    """'7 Revenue monitoring – Q1' / 'Surplus of £148,000 forecast, to be shared 60/40 between the constituent councils. Noted.',
    '13.1 Works Report – 4 graders operating; 1,120 service requests closed YTD (94% within target). Received.': one sentence
    of an item's figures, closed on its line by a bare noting, is the report noted, and the noting alone is the decision,
    as under a sentence of narrative; a matter line ('Letter from ... dated 3 May. Noted.': closer_matter) keeps its matter."""
    _, matter = _closer_res()
    start = sentence_start(text, max(para_start, m_start - 2), para_start)
    if matter.search(text, start, m_start):
        return False  # 'Letter from DAERA re ... statistics' / '(Q2 recycling rate 51.2%). NOTED.': a letter's line, however it wraps
    first_nl = text.find("\n", start, m_start)
    if first_nl != -1 and _HEADING_LINE_RE.fullmatch(text, start, first_nl):
        start = first_nl + 1  # the item's heading is not its sentence
    if _LETTERED_ENTRY_RE.match(text, start):
        return False  # '(b) Manx Utilities - street lighting replacement programme (LED), 120 columns in Phase 2. Noted.': a list's matter
    sentence = _LEADING_REFERENCE_RE.sub("", text[start:m_start], count=1)
    return _REPORT_FIGURE_RE.search(sentence) is not None


# a figure a report states: an amount ('£148,000', '$1.27m'), a share ('94%', '60/40'), a number in thousands ('1,120') or a
# count of something ('4 graders', '1,836 dogs registered') or a count after its plural noun, as a report's tables print it
# ('Open enforcement cases 212 (Q1: 236).'); a date ('open day at the Old School on 4 May 2025 and a quiz') or a reference
# ('applications 25/00947') is none
_REPORT_FIGURE_RE = re.compile(
    r"[£$€]\s?\d|\d\s?%|\b\d{1,3}/\d{1,3}\b(?!/)|\b\d{1,3}(?:,\d{3})+\b|\b(?!(?:19|20)\d\d\b)\d+[ \t]+[a-z]{3,}"
    r"|\b[a-z]{3,}s[ \t]+(?!(?:19|20)\d\d\b)\d{1,6}\b(?![/.,:-]?\d)"
)
# a lettered entry of a list under an item ('(a) ', 'b) '): each names a matter, a letter or a notice, that was noted
_LETTERED_ENTRY_RE = re.compile(r"[ \t]*\(?[a-z]\)[ \t]")
# an item's reference or number opening its line ('25/009 ', '13.1 ', 'AO/37 ', '(a) '): not a figure of its report; a bare
# number before a lower-case word counts what follows ('31 open cases at end November (41 a year ago). Noted.'): a figure
_LEADING_REFERENCE_RE = re.compile(
    r"^[ \t]*(?:#{1,4}[ \t]*)?(?:\(?[a-z0-9]{1,3}\)|(?:[A-Z]{1,6}[ \t/]?)?\d{1,4}(?:[./]\d{1,4})*[.):]|[A-Z]{1,6}[ \t/]?\d{1,4}(?:[./]\d{1,4})*|\d{1,4}(?:[./]\d{1,4})+|\d{1,4}(?=[ \t]+[^a-z\s]))[ \t]+"
)


# a line that states figures and nothing done: a number, and no '-ed' word and no is/are/was/has/had/will/would ('Expenditure to 31 July: R38,2 million of the
# R211,5 million allocation (18%).', an action register's row '25/01 Engage auditor ... EO  Jun 2025  New'); a matter line with a
# participle ('Appeal dismissed: NP/24/0871/FUL ...', 'Acknowledgement ... dated 17th October') names what was noted
_FIGURES_LINE_RE = re.compile(r"(?=[^\n]*\d)(?![^\n]*(?:\b[A-Za-z]+ed\b|\b(?:is|are|was|were|has|have|had|will|would)\b))[^\n]*\S[^\n]*")


# a treasurer's statement: a bank balance given in money ('Balance at 31/12/25: £4,318.62 (of which £2,500 ring-fenced ...)',
# 'Treasurer: balance £3,412.08 (incl. £1,250 ring-fenced windfarm grant).'), or an account named with its sum straight after
# ('Admin account £1,874.22', 'Windfarm Community Fund account £46,310.90')
_BALANCE_RE = re.compile(r"\b[Bb]alances?\b[^.\n]{0,40}?[£$€][ \t]?\d|\b[Aa]ccount[ \t]*:?[ \t]*[£$€][ \t]?\d")
_BARE_ACCEPTANCE_RE = re.compile(r"Accepted|Adopted|Approved|Noted|Received|ACCEPTED|ADOPTED|APPROVED|NOTED|RECEIVED")
_STATEMENT_REACH = 400  # characters above the closer: the statement's few lines


def _accepts_a_statement_of_balances(text: str, para_start: int, m_start: int, m_end: int, marker: str) -> bool:
    """A bare 'Accepted.' / 'Adopted.' alone on its line under a treasurer's statement of balances and receipts, with no
    motion put in its paragraph ('4. Treasurer's Report' / 'Balance at 31/12/25: £4,318.62 ... Highland Council admin grant
    of £812 received.' / 'Accepted.'): the meeting accepted the statement; its figures are no wording of a decision (and
    '£812 received' no decision of its own)."""
    if not _BARE_ACCEPTANCE_RE.fullmatch(marker) or not _alone_on_its_line(text, m_start, m_end):
        return False
    lo = max(para_start, m_start - _STATEMENT_REACH)
    _, put = _report_res()
    return _BALANCE_RE.search(text, lo, m_start) is not None and put.search(text, lo, m_start) is None


def _closes_a_line_of_figures(text: str, line_start: int) -> bool:
    """A bare 'Received.' / 'Noted.' on its own line under a line of figures with no verb ('3.  MONTHLY EXPENDITURE - MIG
    PROJECTS' / 'Expenditure to 31 July: R38,2 million of the R211,5 million allocation (18%).' / 'Received.'): the item's report,
    summed up in figures, was noted; the noting alone is the decision, as it is under a sentence of narrative."""
    if line_start == 0:
        return False
    above = text.rfind("\n", 0, line_start - 1) + 1
    line = text[above : line_start - 1]
    _, matter = _closer_res()
    return _FIGURES_LINE_RE.fullmatch(line) is not None and matter.match(line) is None


def _narrative_sentences(text: str, para_start: int, m_start: int) -> int:
    """Full sentences between the item's heading line (if any) and `m_start`."""
    first_nl = text.find("\n", para_start, m_start)
    body_start = first_nl + 1 if first_nl != -1 and _HEADING_LINE_RE.fullmatch(text, para_start, first_nl) else para_start
    return len(re.findall(r"[a-z0-9%)][.!?](?=[ \t\n])", text[body_start:m_start]))


def _only_a_heading(before: str) -> bool:
    """Nothing but an item heading ('8. Recommendations', 'Item 4 - Budget') before a closer that is
    itself a sentence: it closes no motion, it records the decision on the item."""
    lines = [line.strip() for line in before.strip().splitlines() if line.strip()]
    return len(lines) <= 2 and all(len(line.split()) <= 8 and not re.search(r"[.!?;]$", line) for line in lines)


@lru_cache(maxsize=1)
def _task_after_outcome_re() -> re.Pattern:
    """An officer's task after the outcome's full stop on its line ('Noted. Scrutiny Officer to add "hospital discharge" to the April
    agenda.', 'Received. Deputy Clerk to file by 31 January as usual.'): an action of its own, the outcome still stands alone under
    its heading. The same tail as the outcome-alone marker's (decision_words.json 'task_after_outcome')."""
    return re.compile(r"\." + task_after_outcome())


_SIGNED_AFTER_RE = re.compile(r"[ \t]+(?:and|&)[ \t]+signed\b[^\n]{0,40}")  # '4. MINUTES OF THE LAST MEETING' / 'Approved and signed.'


def _alone_under_heading(text: str, start: int, m_start: int, m_end: int) -> bool:
    """A bare 'Noted.' / 'Received.' on a line of its own with nothing above it in its item but the
    item's heading and a page label ('4. Chair's report' / 'Received.', '79. Enforcement performance' /
    'Minutes:' / 'Received.', '4. MINUTES OF THE LAST MEETING' / 'Approved and signed.'): no motion or matter was put, so the noting alone is the decision (the
    heading is the item's name, not the wording of a decision)."""
    line_start = text.rfind("\n", 0, m_start) + 1
    line_end = text.find("\n", m_end)
    rest = text[m_end : len(text) if line_end == -1 else line_end]
    if (
        text[line_start:m_start].strip()
        or rest.strip() not in {"", "."}
        and not _task_after_outcome_re().fullmatch(rest)
        and not _SIGNED_AFTER_RE.fullmatch(rest)
    ):
        return False
    lines = [line.strip() for line in text[start:m_start].strip().splitlines() if line.strip()]
    # a heading may be long ('Agenda item 9.1  Correspondence and Assembly of Councillors records') but ends in no stop
    return 0 < len(lines) <= 2 and all(len(line.split()) <= 14 and not re.search(r"[.!?;,]$", line) for line in lines)


def _alone_on_its_line(text: str, m_start: int, m_end: int) -> bool:
    """Nothing but the closer (and its full stop) on its line. Only blanks may stand between the closer and the line's
    ends, so each side is matched as blanks from the closer outwards, never the whole line read (on a page with no line
    breaks every closer would read the page)."""
    return bool(_BLANKS_TO_LINE_START_RE.search(text, max(0, m_start - _LINE_BLANKS), m_start)) and bool(_STOP_TO_LINE_END_RE.match(text, m_end))


_LINE_BLANKS = 200  # indentation before a closer alone on its line, at most
_BLANKS_TO_LINE_START_RE = re.compile(r"(?:^|\n)[^\S\n]*\Z")  # searched in text[..m_start]: \Z is the window's end
_STOP_TO_LINE_END_RE = re.compile(r"[^\S\n]*\.?[^\S\n]*(?:\n|\Z)")


# a row of a table flattened to text: three cells or more set apart by pipes ('| ITS 07/02/26 | Fix street lights ... | Mr Dube |
# 28 Feb 2026 | Completed |'), or a line with a figure and no verb (_FIGURES_LINE_RE: '24/17 Regional FOGO tender - evaluation report
# EO Mar 2025 Complete')
_PIPE_ROW_RE = re.compile(r"[ \t]*\|?(?:[^|\n]*\|){2,}[^|\n]*")
_TABLE_ROWS = 2  # rows right above the closer that make what it closes a table


def _under_a_table(text: str, start: int, m_start: int) -> bool:
    """A bare 'Noted.' / 'Received.' on its own line right under the rows of a table (an action register, a status list:
    '24/19 Letter to Minister re water security funding Chair Dec 2024 Complete' / '25/01 Engage auditor ... EO Jun 2025 New' /
    'Noted.'): the meeting noted the table, whose rows are no wording of a decision; the noting alone is the record, as it
    is under a line of figures. The last _TABLE_ROWS lines with words above the closer (one blank line may stand
    between) must be rows."""
    rows = 0
    line_end = text.rfind("\n", start, m_start)
    blank_seen = False
    while rows < _TABLE_ROWS and line_end > start:
        line_start = text.rfind("\n", start, line_end) + 1
        line = text[line_start:line_end]
        if not line.strip():
            if blank_seen or rows:
                return False
            blank_seen = True
        elif _PIPE_ROW_RE.fullmatch(line) or _FIGURES_LINE_RE.fullmatch(line) and _closer_res()[1].match(line) is None:
            rows += 1
        else:
            return False
        line_end = line_start - 1
    return rows == _TABLE_ROWS


_BARE_OUTCOME_RE = re.compile(r"Agreed|Approved|Adopted|Accepted|Confirmed|Carried|AGREED|APPROVED|ADOPTED|ACCEPTED|CONFIRMED|CARRIED")
# an item's heading line: its number or minute reference, or capitals ('58/24 WORK PROGRAMME', '7. Standing Orders review')
_ITEM_HEADING_ONLY_RE = re.compile(r"(?:(?:ITEM|Item)[ \t]+|[A-Z]{1,5}[ \t/]?)?\d{1,4}(?:[/.]\d{1,4})*[.):]?[ \t]+\S|(?=[^a-z]*$)")
# what no heading holds: an amount, or the words of a proposal or motion
_MATTER_WORDS_RE = re.compile(r"[£$€]|\d[\d,]*\.\d\d\b|\b(?:to|that|proposed|moved|seconded|prop|sec|grant|quote|quotation)\b", re.I)


def _only_the_items_heading(before: str) -> bool:
    """One line above a bare 'Agreed.' / 'Approved.' in its item, and it is the item's heading, not a matter or a
    motion: '58/24 WORK PROGRAMME' / 'Agreed.' decides the item, '5. Bus shelter - replace the glass at £1,140' /
    'Agreed.' agrees its matter."""
    lines = [line.strip() for line in before.strip().splitlines() if line.strip()]
    if len(lines) != 1 or _MATTER_WORDS_RE.search(lines[0]) is not None or len(lines[0].split()) > 10:
        return False
    return _ITEM_HEADING_ONLY_RE.match(lines[0]) is not None


_LINE_OUTCOME_TAIL_RE = re.compile(
    r"[ \t]+and[ \t]+signed\b|[ \t]*\((?:proposed|prop\.?|moved|seconded)\b"
    # a dashed refusal's reason, a deferral's meeting, a noting's 'no comment' (outcome-alone): '- REFUSED (not within policy)',
    # '– deferred to next meeting', '– noted, no comment'
    r"|(?<=[a-zA-Z])(?:\*{1,2}|_)?(?:[ \t]*\([^()\n]{2,100}\)|[ \t]+(?:to|until)[ \t]+(?:the[ \t]+)?(?:next[ \t]+meeting|[A-Z][a-z]+)\b|,[ \t]+no[ \t]+[a-z])"
)


def _is_line_closer(marker: str, text: str, m_end: int) -> bool:
    """An outcome word whose line goes on with 'and signed' or the proposer in brackets (outcome-alone)."""
    return len(marker.split()) == 1 and _LINE_OUTCOME_TAIL_RE.match(text, m_end) is not None


# a list label opening a line: '(a) ', '2. ', 'iv) '
_LABEL_LINE_RE = re.compile(r"(?m)^[ \t]*\(?(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)][ \t]")


# a sentence that puts a motion in words: 'Proposed by Cllr. X, seconded by ..., that', 'It was moved by ... that', 'A motion was
# made by ...', 'Cllr. Spillane proposed, Mr. Cotter seconded, that', 'Kuhn moved, Asante seconded to approve'; it opens a line or
# follows a sentence's end or a label's colon
_PROPOSAL_OPENER_RE = re.compile(
    r"(?:(?<=^)|(?<=\n)|(?<=[.!?:;)][ \t])|(?<=[.!?:;)][ \t]{2}))[ \t]*"
    r"(?:(?:Proposed|PROPOSED|Moved|MOVED)[ \t]+(?:by|BY)\b|It[ \t]+was[ \t]+(?:proposed|moved)\b|A[ \t]+motion[ \t]+was[ \t]+(?:made|moved)\b"
    rf"|(?:(?:{person_titles()}|Commissioner|Alderman|Trustee|Deputy[ \t]+Mayor|Mayor)\.?[ \t]+)?[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?[ \t]+(?:then[ \t]+)?(?:proposed|moved)\b)"
)
# the motion's own wording after its opener ('to approve.' with no object moves the matter before it: not this)
_PUT_IN_WORDS_RE = re.compile(r"\b(?:that|THAT)\b|\b[Tt]o[ \t\n]+[a-z]{3,}\b(?![.;]|,?[ \t]*(?:\n|$))")


# an amendment that fell before the motion it would have changed was put ('... 40% affordable; no seconder, amendment fell.',
# 'The amendment was LOST (4 for, 7 against).', 'Amendment (KB) that leisure berth dues be held ... - fell, 2 votes to 3.')
_FAILED_AMENDMENT_RE = re.compile(
    r"\b[Aa]mendment\b[^\n]{0,200}?\b(?:LOST|[Ll]ost|FELL|fell|[Dd]efeated|DEFEATED|[Ff]ailed|FAILED|not[ \t]+seconded|[Ww]ithdrawn)\b"
    r"|\bno[ \t]+seconder\b[^.\n]{0,20}\bamendment\b"
)
# the closer carries the motion as first put ('The original motion was then put and CARRIED.', 'Substantive motion put: For 4,
# Against 0. CARRIED.'): not the amendment read just before it
_FIRST_MOTION_RE = re.compile(r"\b(?:[Oo]riginal|ORIGINAL|[Ss]ubstantive|SUBSTANTIVE|[Mm]ain|MAIN)[ \t]+(?:motion|MOTION|proposal)\b")
_AMENDED_MOTION_REACH = 800  # characters back from the closer: the motion, the amendment and its vote in one paragraph


# an amendment carried and then put as the substantive motion ('The amendment was thereupon put to the Committee as the substantive
# motion and passed.', Northern Irish and UK councils): the motion first proposed fell, the amendment is the decision
_AMENDMENT_MADE_SUBSTANTIVE_RE = re.compile(
    r"\b[Aa]mendment[ \t\n]+(?:was[ \t\n]+)?(?:then[ \t\n]+|thereupon[ \t\n]+|subsequently[ \t\n]+)?(?:put[ \t\n]+(?:to[ \t\n]+the[ \t\n]+\w+[ \t\n]+)?as|became)[ \t\n]+the[ \t\n]+substantive[ \t\n]+motion\b"
)
# the amendment put after the motion: its label on a line of its own, or moved or proposed in words
_AMENDMENT_PUT_RE = re.compile(r"(?m)^[ \t]*(?:Amendment|AMENDMENT)\b|\b(?:moved|proposed)[ \t\n]+(?:the[ \t\n]+following[ \t\n]+|an[ \t\n]+)amendment\b")
_SUPERSEDED_REACH = 1500  # characters after a motion: its amendment, the vote on it and the substantive motion put


def _another_motion_re() -> re.Pattern[str]:
    """Another motion's label (each word in title case, then in capitals) or verb before 'that', from resolution_forms.json."""
    forms = pattern_rules("resolution_forms.json")
    labels = word_alternation(form for label in forms["another_motion_labels"] for form in (label, label.upper()))
    return re.compile(r"\b(?:" + labels + r")\b|\b(?:" + word_alternation(forms["another_motion_verbs"]) + r")[ \t\n]+that\b")


# another motion put between: its label, or moved or proposed in words ('Cllr Hale moved that the hall fees rise by 5%'); a bare
# lower-case 'moved' / 'proposed by' is the mover of the motion itself, so only 'moved that' / 'proposed that' counts
_ANOTHER_MOTION_RE = _another_motion_re()


def _superseded_by_amendment(text: str, end: int) -> bool:
    """A motion after which an amendment was put, carried and made the substantive motion: the motion as first put fell.
    Only the motion just before the amendment: a decision with another motion put between it and the amendment stands."""
    made = _AMENDMENT_MADE_SUBSTANTIVE_RE.search(text, end, min(len(text), end + _SUPERSEDED_REACH))
    if made is None:
        return False
    amendment = _AMENDMENT_PUT_RE.search(text, end, made.start())
    return amendment is not None and _ANOTHER_MOTION_RE.search(text, end, amendment.start()) is None


def _motion_before_failed_amendment(text: str, start: int, m_start: int, m_end: int) -> tuple[int, int] | None:
    """(start, end) of the motion a closer carried when an amendment to it fell between them and the closer names the
    original or substantive motion ('Mr Roe proposed that the Council object in the strongest terms, seconded Mrs Varley.
    / Mrs Illingworth proposed an amendment that ...; no seconder, amendment fell. / Substantive motion put: ... CARRIED.'):
    the motion's own sentences, up to the amendment's proposer; None when no such amendment and motion are in the closer's
    paragraph. The proposers are read over one bounded window (linear)."""
    lo = max(text.rfind("\n\n", 0, m_start) + 2, m_start - _AMENDED_MOTION_REACH, 0)
    fail = _FAILED_AMENDMENT_RE.search(text, max(lo, start - _AMENDED_MOTION_REACH), m_start)
    if fail is None or not _FIRST_MOTION_RE.search(text, fail.end(), m_end):
        return None
    openers = [m.start() for m in _PROPOSAL_OPENER_RE.finditer(text, lo, fail.start() + 1)]
    if len(openers) < 2 or "mendment" not in text[openers[-1] : fail.end()]:
        return None  # no motion put before the amendment's proposer
    motion_start, motion_end = trim_span(text, openers[-2], openers[-1])
    if not _PUT_IN_WORDS_RE.search(text, motion_start, motion_end) or "mendment" in text[motion_start:motion_end]:
        return None
    return motion_start, motion_end


def _last_proposal_start(text: str, start: int, m_start: int) -> int:
    """Where a closed motion begins when the sentences a closer reads back over hold one put in words: at that
    proposal, not at the narrative, action line or item title before it ('The Engineer to arrange a site meeting.
    Proposed by Cllr. A, seconded by Cllr. B, that the Schedule be adopted. Agreed.', 'Application for Castlebeg
    (...): Cllr. Spillane proposed, Mr. Cotter seconded, that the JPC supports the application. Agreed.', 'CONSENT
    AGENDA: (a) ... (d) ... Kuhn moved, Asante seconded to approve the consent agenda. Roll call: all ayes.'). A
    proposal with no wording of its own ('Proposed Cllr Price, seconded Cllr Ellis, all approved.') keeps the
    matter read before it; so does one the record already starts with."""
    last = last_match(_PROPOSAL_OPENER_RE, text, start + 1, m_start)
    if last is None or not text[start : last.start()].strip() or _PUT_IN_WORDS_RE.search(text, last.end(), m_start) is None:
        return start
    return last.start()


# a motion's wording opening on a capitalised 'That' with its subject after it ('That the signing authorities be ...', 'That Ronald
# J. Hilton is appointed ...'), on its own line or, on a page flattened onto one line, after whatever stood before it ('... called
# the meeting to order at 10:30 am That Ronald J. Hilton is appointed Administrator ... Carried'); never a 'That' a conjunction,
# a comma or a clause's label joins to the wording before it ('be received, and That ...', '2. That ...'); or a line that puts the
# motion in words with its verb first ('Moved that the treasurers Report as presented be accepted', 'It was then moved that ...')
_THAT_MOTION_RE = re.compile(
    r"(?<![,;:&][ \t])(?<!\band[ \t])(?<!\bor[ \t])(?<![\d(][.)][ \t])(?<!\b[a-z][.)][ \t])\b(?:That|THAT)[ \t]+(?=(?:the|a|an|this|these)\b|[A-Z])"
    r"|(?m:^)(?=[ \t]*(?:Moved|MOVED|It[ \t]+was[ \t]+(?:then[ \t]+|further[ \t]+)?moved)[ \t]+that[ \t])"
)


def _last_that_motion_start(text: str, start: int, m_start: int) -> int:
    """Where a closed motion begins when the sentences a closer reads back over end in one that opens on 'That': at that
    word, not at the heading, attendance list or narrative the reading back ran over where no full stop parts them
    (a page's header lines, a page flattened by its crawler: 'Apologies: Cr Thompson ... A karakia was provided by Cr White.
    That the Regional Council: 1 Accepts the apology ... CARRIED'); a record that starts with it keeps its start, and so does
    one whose last 'That' was an amendment that fell before the closer ('That the period be 42 days.' / 'The amendment was
    LOST.' / 'The motion was put and CARRIED.': the closer closes the motion above the amendment)."""
    last = last_match(_THAT_MOTION_RE, text, start + 1, m_start)
    return start if last is None or _FELL_RE.search(text, last.end(), m_start) else last.start()


# a row of a list that names its own matter before the dash of its outcome: not a wrapped line (lower case), two words or more
# ('St Mary's Bellringers - £400 - APPROVED', '(a) Llanwyddan Youth Football – £500 approved', '25/004 County Cllr report - received.')
_OWN_MATTER_ROW_RE = re.compile(r"[ \t]*(?:[-•*][ \t]+|\([a-z0-9]{1,3}\)[ \t]+)?[^\sa-z(][^\n]*?\w[ \t]+\w[^\n]*[–—:-][ \t]*(?:\*{1,2}|_)?$")
# the row above holds its own dashed outcome ('Rugby Club (minibus) £3,000 – deferred to next meeting; Clerk to ask for accounts')
_ROW_OUTCOME_ABOVE_RE = re.compile(
    r"[–—-][ \t]+(?:[£$€][\d,.]+[ \t]+)?(?:approved|refused|deferred|declined|agreed|noted|received|APPROVED|REFUSED|DEFERRED)\b"
)
# the line above ends its own row or sentence, or is a short heading: the row below is not its wrapped continuation
_ENDS_ITS_LINE_RE = re.compile(r"(?:[.:;!?)]|\b(?:APPROVED|REFUSED|DEFERRED|approved|refused|deferred|agreed|noted|received|Agreed|Noted|Received)\.?)[ \t]*$")


def _own_row_start(text: str, start: int, m_start: int) -> int:
    """Where a dash-closed outcome's record starts: its own line when that line names its matter ('Hatchcombe
    Carnival Cttee - £1,500 - APPROVED' / 'St Mary's Bellringers - £400 - APPROVED'), so that each row of a list of
    grants, reports or letters is its own decision and the row above (or the item's heading) is not read into it;
    else `start`, the closer's two sentences back."""
    line_start = text.rfind("\n", 0, m_start) + 1
    if start >= line_start or not _OWN_MATTER_ROW_RE.fullmatch(text, line_start, m_start):
        return start
    above = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1 : max(0, line_start - 1)]
    if len(above.split()) > 8 and not _ENDS_ITS_LINE_RE.search(above) and not _ROW_OUTCOME_ABOVE_RE.search(above):
        return start  # 'Letter from the Minister of Municipal Affairs re: 2026 equalization payment' / '($1,214,000 ...) - received': one wrapped matter
    return line_start


# an election's outcome as a closer ('was duly elected', resolution_markers.jsonl duly-elected)
_ELECTED_CLOSER_RE = re.compile(r"(?:was|were)[ \t]+duly[ \t]+(?:elected|appointed|re-elected)")


# How far back a closer reads for the motion it closes (characters, to a line start): the longest motion a closer
# closed in every gold set is 1,196 characters; without a bound a page of unpunctuated lines, each with its own
# closer ('Minutes - approved (proposed MR, seconded TT)'), cost every closer the two 4,000-character "sentences"
# before it.
_MAX_CLOSED_MOTION = 2000


_ANTECEDENT_REACH = 400  # the sentence or heading a pronoun outcome refers to stands just before it
# the sentence before tells of news, not of the matter put to the meeting ('The Clerk reported that the county had applied for
# the grant. It was approved.', '... was submitted last year. It was accepted.'), or quotes an earlier minute's corrected
# wording ('Minute 64/17c should read: Cemetery fees – suggested fee increases were displayed. These were unanimously agreed.')
_REPORTED_ANTECEDENT_RE = re.compile(r"\b(?:" + word_alternation(pattern_rules("resolution_forms.json")["reported_antecedent"]) + r")\b", re.I)


# ... but a quote, tender or offer received is the matter put to the meeting ('The Clerk reported that a quote of £450 had been
# received from Hale Ltd for cutting the hedge. It was accepted.'): the council accepting it is its decision
_RECEIVED_OFFER_RE = re.compile(
    r"\b(?:quote|quotation|tender|offer|estimate|bid)s?\b[^.\n]{0,200}?\b(?:had|has|have|was|were)[ \t\n]+(?:been[ \t\n]+)?received\b"
    r"|\breceived[ \t\n]+(?:a|an|the|two|three|\d+)[ \t\n]+(?:[\w£$€.,-]+[ \t\n]+){0,3}?(?:quotes?|quotations?|tenders?|offers?|estimates?|bids?)\b",
    re.I,
)
# the sentence before tells of another body's decision ('The District Council considered the application in June. It was
# approved.'): not this meeting's
_ANOTHER_BODY_SUBJECT_RE = re.compile(
    r"[ \t\n]*(?:[Tt]he[ \t]+)?(?:(?:[A-Z][\w'’-]*[ \t]+){0,3}(?:District|County|Borough|Unitary)[ \t]+Council|Planning[ \t]+Inspector(?:ate)?"
    r"|Secretary[ \t]+of[ \t]+State|Highways?[ \t]+Authority|Environment[ \t]+Agency|Government)\b"
)


_CELL_SEPARATOR_RE = re.compile(r"\||[ \t]/[ \t]")


_ROW_CELLS = 3  # separators on one line that make it a flattened table row: 'The Clerk / RFO's report was accepted.' is a sentence


def _flattened_row(text: str, pos: int) -> tuple[int, int] | None:
    """The line around `pos` when it is a flattened table row (three or more ' / ' or '|' cell separators), else None."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end == -1 else line_end
    separators = _CELL_SEPARATOR_RE.findall(text, line_start, line_end)
    return (line_start, line_end) if len(separators) >= _ROW_CELLS else None


def _cell_start(text: str, start: int, end: int) -> int:
    """Where the table cell holding text[end] begins when a flattened table row ('3 / Minutes of Previous Meeting / The
    minutes ... were tabled.', '| 4 | Hall | ...') puts its cells on one line: the sentence reader does not stop at them."""
    row = _flattened_row(text, end)
    last = None
    for last in _CELL_SEPARATOR_RE.finditer(text, max(start, row[0]), end) if row else ():
        pass
    return last.end() if last else start


def _cell_bounds(text: str, start: int, m_start: int, m_end: int, end: int) -> tuple[int, int]:
    """The sentence around a marker cut to the table cell that holds the marker, when a flattened row runs cells into one
    line ('Previous minutes accepted / Moved: JW / Financial report (SW) / ...')."""
    row = _flattened_row(text, m_end)
    next_cell = _CELL_SEPARATOR_RE.search(text, m_end, min(end, row[1])) if row else None
    return _cell_start(text, start, m_start), next_cell.start() if next_cell else end


_MINUTES_ANTECEDENT_RE = re.compile(r"\b(?:[Mm]inutes?|MINUTES?)\b")


def _read_pronoun_outcome(text: str, m_start: int, m_end: int, marker: str) -> FoundResolution | None:
    """'It was accepted with regret.', 'These were approved.': the pronoun's matter is the sentence just before, or the item's
    heading on the line above (a heading has no full stop); the record is that sentence or heading with the outcome."""
    end = sentence_end(text, m_start, len(text))
    if PROPOSED_AND_SECONDED_RE.search(marker):  # 'They were then proposed for approval by S.Wilkinson and seconded by A.Smith.': a record of its own
        paragraph = max(text.rfind("\n\n", 0, m_start), m_start - _ANTECEDENT_REACH, 0)
        if not _MINUTES_ANTECEDENT_RE.search(text, paragraph, m_start):
            return None  # 'They were proposed by Cllr Bell and seconded by Cllr Ross.' after a co-option request: what, it does not say
        start, end = trim_span(text, m_start, end)
        return FoundResolution(start, end, squash(text[start:end]), squash(marker), "sentence", evidence_start=start)
    window_start = max(0, m_start - _ANTECEDENT_REACH)
    before = text[window_start:m_start].rstrip()
    if not before:
        return None
    prev_end = window_start + len(before)  # where the sentence or heading before ends, its trailing space left out
    if before[-1] in ".!?":
        start = sentence_start(text, prev_end - 1, window_start)
    else:
        start = text.rfind("\n", 0, prev_end) + 1  # the heading line above: '1 Previous Minutes'
        if len(text[start:prev_end].split()) > 12:
            return None  # a long line with no full stop is a wrapped sentence, not a heading
    start, end = _cell_bounds(text, start, prev_end, m_end, end)
    if _REPORTED_ANTECEDENT_RE.search(text, start, prev_end) and not _RECEIVED_OFFER_RE.search(text, start, prev_end):
        return None
    if _ANOTHER_BODY_SUBJECT_RE.match(text, start, prev_end):
        return None
    start, end = trim_span(text, start, end)
    return FoundResolution(start, end, squash(text[start:end]), squash(marker), "close", evidence_start=start)


# the line a list of one decision's clauses hangs under: the body that decided, then a dash or colon ('The Environment,
# Development and Infrastructure Committee –', 'Cabinet:'); 'The following decisions were made:' names no body
_BODY_PREAMBLE_RE = re.compile(
    r"[ \t]*(?:The[ \t]+)?(?:(?:[A-Z][\w'’-]*,?|and|&|of|for|the)[ \t]+){0,10}"
    r"(?:Committee|Council|Cabinet|Board|Panel|Executive|Commission|Sub-Committee|Forum|Authority)[ \t]*[–—:-][ \t]*"
)  # the line is the body's name alone: 'The following decisions were made by the Board:' is no preamble
_PREAMBLE_REACH = 30  # list lines read back to the line that opens the list


# the line over a list of what someone did or was told ('Since the last meeting the Clerk has:', 'Decisions notified by Elm
# District Council:', 'The Clerk reported:'): its entries' verbs are no decisions of this meeting
_REPORT_LEAD_RE = re.compile(r"[^\n]*(?:\b(?:has|have|had)[ \t]*:|\b(?i:reported|reports|notified|informed|advised)\b[^\n]*)[ \t]*")


def _list_head(text: str, m_start: int) -> tuple[int, int] | None:
    """(start, end) of the line the labelled list holding the entry at m_start hangs under: a line naming the body that
    decided, ended by a dash or colon (_BODY_PREAMBLE_RE: the body and its list are one decision, which the readers of that
    line take whole), or one reporting what someone did or was told (_REPORT_LEAD_RE); read once for both."""
    return list_head_above(text, text.rfind("\n", 0, m_start) + 1, lambda line: CLAUSE_LABEL_RE.match(line) is not None, _PREAMBLE_REACH)


# the outcome that closed the motion before, read back into from the next one's closer in a run-on paragraph
# ('... approved on a Dahlstrom/Crosby motion. Motion carried. The Treasurer's report was read and approved on a Crosby/Dahlstrom
# motion. Motion carried.')
_EARLIER_OUTCOME_RE = re.compile(
    r"\s*(?:(?:The[ \t]+)?(?:[Mm]otion|MOTION)[ \t]+)?(?:carried|passed|Carried|Passed|CARRIED|PASSED|Agreed|AGREED|Accepted|ACCEPTED)"
    r"(?:[ \t]+(?:unanimously|Unanimously|UNANIMOUSLY))?[.!][ \t]+(?=[A-Z])"
)


def _past_an_earlier_outcome(text: str, start: int, m_start: int) -> int:
    """Where the motion a closer closes begins, past the outcome of the motion before it that opens the sentences read back."""
    m = _EARLIER_OUTCOME_RE.match(text, start, m_start)
    return m.end() if m else start


# a line of a mover, a seconder and the outcome, with the matter (if any) before them on the same line: 'Moved L. Boyton, 2nd.
# B Roberts. Carried.', 'Moved – Fiona Steel. Seconded – Tony Murphy. Accepted.', 'of February 12 In Camera Meeting Moved D.Gregory,
# 2nd B.Miles. Carried.' (Australian community associations, a British Columbia island's trustees)
_NAME_ON_LINE = r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}"
_MOVERS_CLOSING_LINE_RE = re.compile(
    rf"(?P<matter>[^\n]*?)(?:(?<=^)|(?<=[ \t]))(?:Moved|MOVED|Proposed|PROPOSED)(?:[ \t]+by)?[ \t]*[–—:-]?[ \t]*{_NAME_ON_LINE}[.,]?[ \t]+"
    rf"(?:2nd|Seconded|SECONDED|Second)(?:[ \t]+by)?\.?[ \t]*[–—:-]?[ \t]*{_NAME_ON_LINE}[.,]?[ \t]*",
    re.M,
)
# a line that puts a motion in words ('That the committee purchase a new mower.', '... recommends that the fee rise', 'Motion: ...'),
# not prose that happens to hold 'that' or 'second' ('The Treasurer reported that the account stands at ...')
_MOTION_IN_WORDS_RE = re.compile(
    r"^(?:That|THAT|Motion|MOTION|Moved|MOVED|Proposed|PROPOSED|Resolved|RESOLVED)\b|\b(?:recommends?|recommended|proposes?|moved|proposed)[ \t]+that\b"
)
_LINE_OUTCOME_RE = re.compile(r"(?:Carried|CARRIED|Accepted|ACCEPTED|Agreed|AGREED|Approved|APPROVED|Adopted|ADOPTED)(?:[ \t]+(?:unanimously|Unanimously))?")
_HEADING_ABOVE_WORDS = 8


def _movers_line_closed(text: str, m_start: int, m_end: int, marker: str) -> FoundResolution | None:
    """The record of a line that ends on its mover, seconder and outcome: the line itself (its matter, when it has one,
    stands before the movers), with the item's heading on the line above when the line names no matter. Prose above
    is reported, not moved: 'General Acc. $5,311.00.' / 'Moved L. Boyton, 2nd. B Roberts. Carried.' is the line alone.
    A motion put in words above ('That the committee purchase a new mower.', '... recommends that the fee rise') is what
    the line closes (the mover-line-outcome marker's reading), left to the closer's reading back."""
    if not _LINE_OUTCOME_RE.fullmatch(marker) or not re.match(r"[ \t]*\.?[ \t]*(?:\n|$)", text[m_end : m_end + 8]):
        return None
    line_start = text.rfind("\n", 0, m_start) + 1
    movers = _MOVERS_CLOSING_LINE_RE.fullmatch(text, line_start, m_start)
    if movers is None:
        return None
    start = line_start
    if not movers.group("matter").strip():
        above_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
        above = text[above_start : max(above_start, line_start - 1)].strip()
        if _MOTION_IN_WORDS_RE.search(above):
            return None  # the motion above, in words: the line is its movers and outcome
        if above and len(above.split()) <= _HEADING_ABOVE_WORDS and not re.search(r"[.!?;:,]$", above):
            start = above_start  # 'Minutes of Previous Meeting' / 'Moved – Fiona Steel. Seconded – Tony Murphy. Accepted.'
    end = m_end + (1 if text[m_end : m_end + 1] == "." else 0)
    start, end = trim_span(text, start, end)
    return FoundResolution(start, end, squash(text[start:end]), squash(marker), "close", evidence_start=start)


def _read_closing(text: str, m_start: int, m_end: int, marker: str) -> FoundResolution | None:
    """'All agreed.' / 'Carried' / 'Agreed unanimously.' closing the motion before it.

    The motion is looked for in the same paragraph, at most two sentences back and not
    across a list label; a RESOLVED that follows at once records the decision itself.
    """
    election = read_election(text, m_start, m_end, marker) if _ELECTED_CLOSER_RE.fullmatch(marker) else None
    if election is not None:  # '... seconded by Mrs Vibert.' / 'Mrs Le Feuvre was duly elected to the Roads Committee ...': its own sentence
        return FoundResolution(election.start, election.end, election.text, squash(marker), "close", evidence_start=election.start)
    if re.match(
        r"[\s.]*(?:\(?\w{1,3}[.)]\s*)?(?:" + decision_verbs("upper", "title") + r"|[Ii]t was (?:" + decision_verbs("upper") + r"))\b", text[m_end : m_end + 24]
    ):
        return None
    movers_line = _movers_line_closed(text, m_start, m_end, marker)
    if movers_line is not None:
        return movers_line
    block_start = labelled_vote_block(text, m_start)
    if block_start is not None:  # '4. Motion To Nominate ...' / 'Moved:A' / 'Seconded:B' / 'Ayes: ...' / 'Action Taken: Motion Carried'
        start, end = trim_span(text, block_start, sentence_end(text, m_start, len(text)))
        return FoundResolution(start, end, squash(text[start:end]), squash(marker), "close", evidence_start=start)
    if noun_led_outcome(text, m_start):
        return None  # 'The board reviewed the bills.' / 'ACTION TAKEN: Motion approved': no block closed, its matter unknown
    if (
        marker.startswith(("It was", "All", "Motion", "motion", "The motion", "The Motion"))
        and _OPENS_ITS_WORDING_RE.match(text, m_end, m_end + 40)
        and not (marker.startswith("All") and _POINTS_BACK_RE.match(text, m_end, m_end + 40))
    ) or (marker.startswith("MOTION") and _OPENS_ITS_WORDING_CAPS_RE.match(text, m_end, m_end + 40)):
        return None  # 'It was unanimously agreed to allow ...', 'All agreed to repaint the hall', 'Motion carried to approve the bills' open their own decision, they close no motion
    if marker.startswith("All") and _OPINION_AFTER_RE.match(text, m_end):
        return None  # "All agreed it had been a very successful day.": an opinion shared, no motion closed
    if marker.startswith("All") and re.match(r"[ \t]+(?:that[ \t]+)?(?:these|this|the|it|they)[ \t]+(?:should|would|be|is|are)\b", text[m_end : m_end + 30]):
        return None  # "All agreed these should be adopted.": the agreement opens its own wording (all-agreed-clause)
    if marker.lower().startswith("unanimously") and re.match(r",?\s+that\b|\s+(?:not\s+)?to\s+(?!the\b|a\b|an\b|this\b)[a-z]{3,}", text[m_end : m_end + 30]):
        return None  # "Unanimously agreed to renew the insurance": it opens its wording, it closes nothing
    lo = text.rfind("\n\n", 0, m_start)
    lo = 0 if lo == -1 else lo + 2
    if (
        _notes_a_report(text, _item_start(text, lo, m_start), m_start, marker)
        or _grants_a_named_sum(text, m_start, m_end, marker)
        or _accepts_a_statement_of_balances(text, lo, m_start, m_end, marker)
    ):
        # "The Town Clerk reported that 14 plots were vacant. Noted.", "... PTA requested £500 for the Eisteddfod. Agreed £400.":
        # the noting, or the agreement naming what it grants, is the decision
        end = sentence_end(text, m_start, len(text))
        return FoundResolution(m_start, end, squash(text[m_start:end]), squash(marker), "close", evidence_start=m_start)
    if "motion" in marker.lower():  # 'NOTICE OF MOTION - Cllr X' / '"That this Council ..."' / 'The motion was put and carried.'
        wording = _motion_wording(text, m_start)
        if wording is not None and wording[0] >= text.rfind("\n\n", 0, wording[0]) >= text.rfind("\n\n", 0, m_start):
            end = sentence_end(text, m_start, len(text))  # the notice, its wording and its closer in one paragraph
            return FoundResolution(wording[0], end, squash(text[wording[0] : wording[1]]), squash(marker), "close", evidence_start=wording[0])
    near = bounded_back(text, m_start, lo, _MAX_CLOSED_MOTION)
    anchor = _before_vote_sentences(text, m_start, near)  # "... seconded by B. All were in favor. Roll Call ...: A – yes. Motion passes."
    two_back = sentence_start(text, max(near, sentence_start(text, max(near, anchor - 1), near) - 2), near)
    lo = max(lo, two_back)
    # the last list label from there on: only these two sentences are read, never the paragraph back to its start (linear in a run of closers)
    label_line = max((m.start() for m in _LABEL_LINE_RE.finditer(text, lo, m_start)), default=None)
    labelled = label_line is not None
    lo = label_line if labelled else lo
    if labelled:  # "That the Council / 1. Receives ... / 2. Agrees ... / Carried": the whole list
        lo = clause_list_preamble(text, lo, text.rfind("\n\n", 0, m_start) + 1)
    start = lo
    before = text[lo:m_start].strip()
    if len(before) < 12 or _MOVERS_PAIR_RE.fullmatch(before):
        prev = text.rfind("\n\n", 0, max(0, lo - 2))
        prev = 0 if prev == -1 else prev + 2
        start = prev
        before = text[prev:m_start].strip()
    if start > 0 and _SECONDER_ONLY_RE.fullmatch(before):  # '... made a motion to approve the agenda' / 'Y seconded the motion' / 'Motion passed'
        prev = text.rfind("\n\n", 0, max(0, start - 2))
        prev = 0 if prev == -1 else prev + 2
        motion = text[prev:start]
        if _MOTION_MOVED_RE.search(motion) and not _AMENDMENT_RE.search(motion):  # not a report, nor an amendment seconded
            start = prev
            before = text[start:m_start].strip()
    if (_NOTING_CLOSER_RE.match(marker) or _BARE_OUTCOME_RE.fullmatch(marker) and _only_the_items_heading(text[start:m_start])) and _alone_under_heading(
        text, start, m_start, m_end
    ):
        end = sentence_end(text, m_start, len(text))  # '4. Chair's report' / 'Received.': the item's outcome, under its heading only
        return FoundResolution(m_start, end, squash(text[m_start:end]), squash(marker), "close", evidence_start=m_start)
    if _NOTING_CLOSER_RE.match(marker) and _alone_on_its_line(text, m_start, m_end) and _under_a_table(text, start, m_start):
        end = sentence_end(text, m_start, len(text))  # an action register's rows / 'Noted.': the register was noted, its rows are no decision
        return FoundResolution(m_start, end, squash(text[m_start:end]), squash(marker), "close", evidence_start=m_start)
    if _SENTENCE_CLOSER_RE.match(marker) and (_only_a_heading(text[start:m_start]) or not _PUT_WORDING_RE.search(text, start, m_start)):
        end = sentence_end(text, m_start, len(text))  # "8. Recommendations / The recommendations were approved unanimously.": the sentence is the decision
        return FoundResolution(m_start, end, squash(text[m_start:end]), squash(marker), "close", evidence_start=m_start)
    if len(before) < 12 or (is_stop_line(before) and not _TERSE_MOVER_RE.search(before)) or is_vote_record(before):
        return None  # 'Minutes:' is a label, 'Minutes of June 9 read. Motion Ortiz, 2nd Bell, to accept.' a motion; "Vote by roll call. Racich, yes; Dement, yes ... Motion carried": the vote, not the motion
    if signed_off(text[start:m_start]):  # "Thank you. / Sincerely, / Jane Doe / Mayor / Received.": the outcome on the letter
        end = letter_outcome_end(text, m_end)
        return FoundResolution(m_start, end, squash(text[m_start:end]), squash(marker), "close", evidence_start=m_start)
    mover_line = re.search(
        r"(?:^|\n|(?<=[a-z]\. ))\s*(?:[A-Z]{0,3}\d{2,4}[-/]\d{1,4}|Resolution\s+No\.?\s*\S+|Moved by|MOVED BY|Motion|A motion)\b", text[start:m_start]
    )
    if mover_line and _MOVED_WORDING_RE.search(text, start + mover_line.end(), m_start):
        start = start + mover_line.start() + (1 if text[start + mover_line.start()] == "\n" else 0)
    # else 'The consent agenda was presented. Moved by Director Lee. Motion Passed.': a mover with no wording moves the item
    elif not mover_line:
        put = None
        for put in _PROPOSED_THAT_RE.finditer(text, start, m_start):
            pass  # the last proposal put in words before the closer
        if put is not None:  # "The Clerk reported ... CC proposed and LH seconded that ... Councillors were content with the proposal."
            start = max(start, sentence_start(text, put.start(), start))
    start = _last_proposal_start(text, start, m_start)
    start = _past_an_earlier_outcome(text, start, m_start)
    start, end = trim_span(text, start, m_end)
    if " " not in marker.strip() and is_attendance_matter(text, start, m_start) and not _PUT_WORDING_RE.search(text, start, m_start):
        # 'EA/25/12 Apologies: Cllr M. Stannard (holiday). Accepted.': attendance, not a decision (as _read_sentence reads it);
        # 'Apologies: L Brosnan. Moved Tipene / Walker that the apology be accepted. Carried.' is a motion put and carried
        return None
    wording_end = m_start
    original = _motion_before_failed_amendment(text, start, m_start, m_end)
    if original is not None:  # 'Cllr Ellis proposed ... that rents rise ... / ... an amendment ... LOST ... / The original motion was then put and CARRIED.'
        start, wording_end = original
    elif not labelled and not mover_line:
        start = _last_that_motion_start(text, start, m_start)
    if re.search(r"[–—:-][ \t]*(?:\*{1,2}|_)?$", text[start:m_start]):  # "Clerks Report & Items for Information – noted.", "Action: Approved (5-0)."
        wording_end = m_end
        start = _own_row_start(text, start, m_start)
        if _is_line_closer(marker, text, m_end):  # "... - *Approved and signed.*", "- approved (proposed MR, seconded TT)": the rest of its line is its outcome
            line_end = text.find("\n", m_end)
            wording_end = end = trim_span(text, m_end, len(text) if line_end == -1 else line_end)[1]
    if _DECLARED_RE.search(marker):  # "A vote was taken on the Part 8 proposal. The Cathaoirleach declared the proposal carried, 6 votes to 2."
        wording_end = end = sentence_end(text, m_end, len(text))
    if re.match(r", [a-z]", text[m_end : m_end + 3]):  # "... summer fete. Agreed, funds to come from the community budget."
        wording_end = end = sentence_end(text, m_end, len(text))
    return FoundResolution(start, end, squash(text[start:wording_end]), squash(marker), "close", evidence_start=start)
