"""The trained layer: a sentence classifier (DECISION / ACTION) for what the rules miss.

Hand rules are precise on the wording they were written for, but a new council words its
decisions and commitments in ways no rule has seen. `minutes_trained` is a registered spaCy
component that scores every sentence of a Doc with a small bag-of-words text classifier
(spaCy's `textcat_multilabel`, trained by `minutes-miner train` on gold annotations; see
minutes_miner.train). The rules stay in charge where they fire; `layered_resolutions` and
`layered_actions` add a record only for a sentence the model scores above its threshold and
that no rule record already covers (resolutions: the decision wording; actions: an owner
from the owner ruler in that sentence, the task from the verb after it; no owner, no action).

Which layers run is a setting (`MINUTES_MINER_LAYER` = rules | model | both, default both),
so an ablation can be reproduced with `minutes-miner eval --layer ...`. The model lives in
models/trained/ with the thresholds chosen by cross-validation (thresholds.json); without
it the component is a no-op and extraction is the rules alone.
"""

from __future__ import annotations

import bisect
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ..extract.actions import FoundAction
from ..extract.blocks import CLAUSE_LABEL_RE
from ..extract.resolutions import FoundResolution
from ..structure import models_dir
from ..text_utils import squash, word_f1

LABELS = ("DECISION", "ACTION")
LAYERS = ("rules", "model", "both")
MAX_TOKENS = 120  # a sentence longer than this is a table or a run-on page: its head decides
DEFAULT_THRESHOLDS = {"DECISION": 0.5, "ACTION": 0.5}
REPEAT_F1 = 0.7  # a model decision this close in words to one already found repeats it

if not Doc.has_extension("sentence_scores"):
    Doc.set_extension("sentence_scores", default=None)


def layer() -> str:
    """Which layers extraction uses: rules, model or both (env MINUTES_MINER_LAYER)."""
    value = os.environ.get("MINUTES_MINER_LAYER", "both").strip().lower()
    if value not in LAYERS:
        raise ValueError(f"MINUTES_MINER_LAYER must be one of {', '.join(LAYERS)}, not {value!r}")
    return value


def trained_dir() -> Path:
    """Where the shipped model is: models/trained (MINUTES_MINER_TRAINED points elsewhere)."""
    configured = os.environ.get("MINUTES_MINER_TRAINED")
    return Path(configured) if configured else models_dir() / "trained"


@dataclass(frozen=True)
class SentenceScore:
    start: int  # character offsets in the Doc
    end: int
    scores: dict[str, float]
    labels: frozenset[str]  # the labels scored at or above the component's thresholds


@Language.factory(
    "minutes_trained",
    assigns=["doc._.sentence_scores"],
    requires=["token.is_sent_start"],
    default_config={"model_dir": None},
)
def make_trained(nlp: Language, name: str, model_dir: str | None):
    """Scores every sentence DECISION / ACTION with the classifier in models/trained/."""
    return TrainedSentences(Path(model_dir) if model_dir else trained_dir())


class TrainedSentences:
    """A wrapper around a small textcat pipeline, run over the sentences of a Doc in one batch."""

    def __init__(self, model_dir: Path | None = None, classifier: Language | None = None) -> None:
        self.classifier = classifier
        self.thresholds = dict(DEFAULT_THRESHOLDS)
        if classifier is None and model_dir is not None and (model_dir / "sentences").is_dir():
            self.from_disk(model_dir)

    def __call__(self, doc: Doc) -> Doc:
        if self.classifier is None or not len(doc):
            doc._.sentence_scores = []
            return doc
        words, is_space = [t.text for t in doc], doc.to_array("IS_SPACE").tolist()
        sents, inputs = [], []
        for sent in doc.sents:
            kept = [words[i] for i in range(sent.start, min(sent.end, sent.start + MAX_TOKENS)) if not is_space[i]]
            if kept:  # the sentence's tokens as a Doc of the classifier's vocabulary (no re-tokenising)
                sents.append(sent)
                inputs.append(Doc(self.classifier.vocab, words=kept))
        scored = self.classifier.pipe(inputs, batch_size=256)
        doc._.sentence_scores = [self._score(s, d.cats) for s, d in zip(sents, scored)]
        return doc

    def _score(self, sent, cats: dict[str, float]) -> SentenceScore:
        labels = frozenset(k for k, v in cats.items() if v >= self.thresholds.get(k, 0.5))
        return SentenceScore(sent.start_char, sent.end_char, {k: float(v) for k, v in cats.items()}, labels)

    def to_disk(self, path, exclude=()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        if self.classifier is not None:
            self.classifier.to_disk(path / "sentences")
        (path / "thresholds.json").write_text(json.dumps(self.thresholds, indent=2, sort_keys=True) + "\n", encoding="utf-8")

    def from_disk(self, path, exclude=()) -> TrainedSentences:
        import spacy

        path = Path(path)
        if (path / "sentences").is_dir():
            self.classifier = spacy.load(path / "sentences")
        if (path / "thresholds.json").is_file():
            self.thresholds.update(json.loads((path / "thresholds.json").read_text(encoding="utf-8")))
        return self


# --- combining the model with the rules -----------------------------------------------------

def _candidates(doc: Doc | None, label: str) -> list[SentenceScore]:
    scores = doc._.sentence_scores if doc is not None else None
    return [s for s in scores or [] if label in s.labels]


def _covered(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < b and a < end for a, b in spans)


def layered_resolutions(doc: Doc | None, rule_found: list[FoundResolution]) -> list[FoundResolution]:
    """The rules' resolutions, the model's, or both (the model's only where no rule record is)."""
    which = layer()
    if which == "rules":
        return rule_found
    kept = rule_found if which == "both" else []
    spans = [(min(r.evidence_start, r.start), r.end) for r in kept]
    added: list[FoundResolution] = []
    for found in model_resolutions(doc, spans):
        if not any(word_f1(found.text, other.text) >= REPEAT_F1 for other in kept + added):
            added.append(found)  # a decision printed twice (ModernGov "Decision:" then "Minutes:") is one record
    return sorted(kept + added, key=lambda r: r.start)


_LEAD_MARKER_RE = re.compile(
    r"^\s*(?:(?:it\s+was\s+)?(?:(?:unanimously|duly|further)\s+)?(?:resolved|agreed|decided|decision|noted|approved|carried)\b[\s:,.\-–]{0,4})",
    re.I,
)


def decision_wording(text: str) -> str:
    """'RESOLVED: That the report be noted.' -> 'That the report be noted.' (labels and markers off)."""
    text = CLAUSE_LABEL_RE.sub("", text, count=1)
    stripped = _LEAD_MARKER_RE.sub("", text, count=1)
    return squash(stripped if len(stripped.split()) >= 2 else text)


def model_resolutions(doc: Doc | None, covered: list[tuple[int, int]]) -> list[FoundResolution]:
    """One record per run of DECISION sentences (a paragraph), where no rule record is."""
    found: list[FoundResolution] = []
    text = doc.text if doc is not None else ""
    for start, end in _runs(text, [s for s in _candidates(doc, "DECISION") if not _covered(s.start, s.end, covered) and not _continues(text, s, covered)]):
        wording = decision_wording(text[start:end])
        if len(wording.split()) >= 1 and re.search(r"[A-Za-z]", wording):
            found.append(FoundResolution(start=start, end=end, text=wording, marker="model", kind="model", evidence_start=start))
    return found


def _continues(text: str, s: SentenceScore, spans: list[tuple[int, int]]) -> bool:
    """A lower-case sentence right after a rule record is its tail cut off by the splitter ('as a correct record.')."""
    return text[s.start: s.start + 1].islower() and any(0 <= s.start - b <= 3 for _, b in spans)


def _runs(text: str, sentences: list[SentenceScore]) -> list[tuple[int, int]]:
    """Adjacent sentences with no blank line between them make one decision block."""
    runs: list[list[int]] = []
    for s in sorted(sentences, key=lambda s: s.start):
        gap = text[runs[-1][1]: s.start] if runs else "x"
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
    return sorted(kept + model_actions(doc, spans), key=lambda a: a.task_start)


_NOT_OWNERS = {"members", "member", "councillors", "the meeting", "meeting", "everyone", "all"}
# Between an owner and the verb of its task: "would", "agreed to", "be asked to", "is to" ...
_TASK_LEAD_RE = re.compile(
    r"^[\s,'’s]{0,4}(?:(?:to|would|will|shall|should|agreed|agrees|offered|undertook|promised|volunteered|is|was|were|are|be|been|asked|requested|"
    r"instructed|authorised|authorized|also|then|further|kindly|duly|has|have|had|needs?|needed|please|and|said|confirmed|that|s?he|they)\b[\s,]{0,3}){0,6}"
)


_TASK_READ = 4000  # characters; a sentence of a thousand owners would otherwise be read once per owner


def model_actions(doc: Doc | None, covered: list[tuple[int, int]]) -> list[FoundAction]:
    """An action per ACTION sentence that names an owner (owner ruler) and no rule action covers."""
    found: list[FoundAction] = []
    if doc is None:
        return found
    text = doc.text
    ents = list(doc.ents)
    ent_starts = [e.start_char for e in ents]
    for s in _candidates(doc, "ACTION"):
        if _covered(s.start, s.end, covered):
            continue
        inside = ents[bisect.bisect_left(ent_starts, s.start): bisect.bisect_right(ent_starts, s.end)]  # by bisection, not a walk over all
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
        words = squash(re.split(r"(?<![A-Z])\.(?:\s|$)|;\s", text[task_start: min(s.end, task_start + _TASK_READ)], maxsplit=1)[0]).split()
        if len(words) >= 2 and words[0][:1].islower():
            candidates.append((not re.search(r"[a-z]", text[ent.end_char: task_start]), ent, owner, task_start, words[:40]))  # all that is kept
    if candidates:
        _, ent, owner, task_start, words = min(candidates, key=lambda c: c[0])  # a trigger word after the owner first
        return FoundAction(
            owner=re.sub(r"^(?:the|The)\s+", "", owner) if ent.label_ == "ROLE" else owner, owner_label=ent.label_,
            description=" ".join(words[:40]).rstrip(".,"), trigger="model", start=s.start, end=s.end, task_start=task_start,
        )
    return None
