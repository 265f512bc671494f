"""The trained layer combined with the rules: the model's records only where no rule record is.

The sentence scores come from the `minutes_trained` spaCy component (nlp/trained.py); here
they become records. `layered_resolutions` adds a resolution (its decision wording) for a
DECISION sentence no rule resolution covers; `layered_actions` an action for an ACTION
sentence that names an owner (owner ruler) and no rule action covers, the task from the verb
after the owner. `MINUTES_MINER_LAYER` (rules | model | both) chooses the layers.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc

from ..nlp.doc_text import doc_text
from ..nlp.trained import SentenceScore, decision_wording, layer, needs_scores, scored
from ..text_utils import squash, word_f1
from .action_found import _NOT_OWNERS, without_the
from .actions import FoundAction
from .model_veto import may_decide, refused_action, refused_decision
from .resolutions import FoundResolution

REPEAT_F1 = 0.7  # a model decision this close in words to one already found repeats it


# --- combining the model with the rules -----------------------------------------------------


def _candidates(doc: Doc | None, label: str, rules_found: bool = False) -> list[SentenceScore]:
    """The sentences the model gives `label`; those it gives only to items the rules found nothing in, only then."""
    if doc is None or not needs_scores(doc, label, rules_found):
        return []
    if label == "DECISION" and not scored(doc) and not may_decide(doc_text(doc)):
        return []  # no word of deciding anywhere in the item: the veto would refuse every block, so it is not scored
    scores = doc._.sentence_scores
    return [s for s in scores or [] if label in s.labels and not (rules_found and label in s.item_only)]


def _covered(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < b and a < end for a, b in spans)


def layered_resolutions(doc: Doc | None, rule_found: list[FoundResolution], model_allowed: bool = True) -> list[FoundResolution]:
    """The rules' resolutions, the model's, or both (the model's only where no rule record is).

    `model_allowed` False (a page typed agenda: extraction._extract_records) keeps the rules' records alone: an agenda's lines
    ('Approve minutes of March 11, 2025', 'Award of RFP 2026-03 ... Recommended Action: Award ...', '8. Market Hall roof
    - to consider the three quotations') read to a bag of words like the decisions they ask for, and the rules, which
    know an agenda's wording ('To RESOLVE', 'to be approved'), still read a page typed agenda that records decisions.
    """
    which = layer()
    if which == "rules" or not model_allowed and which == "both":
        return rule_found
    kept = rule_found if which == "both" else []
    spans = [(min(r.evidence_start, r.start), r.end) for r in kept]
    added: list[FoundResolution] = []
    for found in model_resolutions(doc, spans, rules_found=bool(kept), ruled=rule_found):
        if not any(word_f1(found.text, other.text) >= REPEAT_F1 for other in kept + added):
            added.append(found)  # a decision printed twice (ModernGov "Decision:" then "Minutes:") is one record
    return sorted(kept + added, key=lambda r: r.start)


def model_resolutions(
    doc: Doc | None, covered: list[tuple[int, int]], rules_found: bool = False, ruled: list[FoundResolution] | None = None
) -> list[FoundResolution]:
    """One record per run of DECISION sentences (a paragraph), where no rule record is; none the
    rules' negative checks refuse (model_veto; `ruled`: the rules' records, whose markers were not refused)."""
    found: list[FoundResolution] = []
    text = doc_text(doc) if doc is not None else ""
    candidates = [s for s in _candidates(doc, "DECISION", rules_found) if not _covered(s.start, s.end, covered) and not _continues(text, s, covered)]
    for start, end in _runs(text, candidates):
        if refused_decision(doc, text, start, end, ruled or []):
            continue  # a form the rules refuse (a lost motion, a recommendation, the agenda's line): not the model's to add
        wording = decision_wording(text[start:end])
        if len(wording.split()) >= 1 and re.search(r"[A-Za-z]", wording):
            found.append(FoundResolution(start=start, end=end, text=wording, marker="model", kind="model", evidence_start=start))
    return found


def _continues(text: str, s: SentenceScore, spans: list[tuple[int, int]]) -> bool:
    """A lower-case sentence right after a rule record is its tail cut off by the splitter ('as a correct record.')."""
    return text[s.start : s.start + 1].islower() and any(0 <= s.start - b <= 3 for _, b in spans)


def _runs(text: str, sentences: list[SentenceScore]) -> list[tuple[int, int]]:
    """Adjacent sentences with no blank line between them make one decision block."""
    runs: list[list[int]] = []
    for s in sorted(sentences, key=lambda s: s.start):
        gap = text[runs[-1][1] : s.start] if runs else "x"
        if not gap.strip() and "\n\n" not in re.sub(r"[ \t\r]", "", gap):
            runs[-1][1] = s.end
        else:
            runs.append([s.start, s.end])
    return [(a, b) for a, b in runs]


def layered_actions(doc: Doc | None, rule_actions: list[FoundAction]) -> list[FoundAction]:
    """The rules' actions, the model's, or both (the model's only in sentences no rule action is in)."""
    which = layer()
    if which == "rules":
        return rule_actions
    kept = rule_actions if which == "both" else []
    spans = [(a.start, a.end) for a in kept]
    return sorted(kept + model_actions(doc, spans, rules_found=bool(kept)), key=lambda a: a.task_start)


# Between an owner and the verb of its task: "would", "agreed to", "be asked to", "is to" ...
_TASK_LEAD_RE = re.compile(
    r"(?:[\s,]|['’]s\b){0,4}(?:(?:to|would|will|shall|should|agreed|agrees|offered|undertook|promised|volunteered|is|was|were|are|be|been|asked|requested|"
    r"instructed|authorised|authorized|also|then|further|kindly|duly|has|have|had|needs?|needed|please|and|said|confirmed|that|s?he|they)\b[\s,]{0,3}){0,6}"
)


_TASK_READ = 4000  # characters; a sentence of a thousand owners would otherwise be read once per owner


def model_actions(doc: Doc | None, covered: list[tuple[int, int]], rules_found: bool = False) -> list[FoundAction]:
    """An action per ACTION sentence that names an owner (owner ruler) and no rule action covers."""
    found: list[FoundAction] = []
    if doc is None:
        return found
    text = doc_text(doc)
    ents = list(doc.ents)
    ent_starts = [e.start_char for e in ents]
    for s in _candidates(doc, "ACTION", rules_found):
        if _covered(s.start, s.end, covered):
            continue
        inside = ents[bisect.bisect_left(ent_starts, s.start) : bisect.bisect_right(ent_starts, s.end)]  # by bisection, not a walk over all
        action = _sentence_action(text, s, [e for e in inside if e.end_char <= s.end])
        if action is not None:
            found.append(action)
    return found


def _sentence_action(text: str, s: SentenceScore, owners: list) -> FoundAction | None:
    """The owner a task follows ("X would ...", "X to ...": first such, else the first owner); the task from its verb."""
    candidates = []
    for ent in owners:
        owner = squash(ent.text)
        if owner.lower() in _NOT_OWNERS:
            continue
        lead = _TASK_LEAD_RE.match(text, ent.end_char, s.end)
        task_start = lead.end() if lead else ent.end_char
        # the task's first clause, read from at most _TASK_READ characters: its first 40 words are all that is kept
        words = squash(re.split(r"(?<![A-Z])\.(?:\s|$)|;\s", text[task_start : min(s.end, task_start + _TASK_READ)], maxsplit=1)[0]).split()
        if (
            len(words) >= 2
            and words[0][:1].islower()
            and not refused_action(text, s.start, s.end, ent.start_char, task_start, " ".join(words), text[ent.end_char : task_start], owner, ent.label_)
        ):
            candidates.append((not re.search(r"[a-z]", text[ent.end_char : task_start]), ent, owner, task_start, words[:40]))
    if candidates:
        _, ent, owner, task_start, words = min(candidates, key=lambda c: c[0])  # a trigger word after the owner first
        return FoundAction(
            owner=without_the(owner) if ent.label_ == "ROLE" else owner,
            owner_label=ent.label_,
            description=" ".join(words[:40]).rstrip(".,"),
            trigger="model",
            start=s.start,
            end=s.end,
            task_start=task_start,
        )
    return None
