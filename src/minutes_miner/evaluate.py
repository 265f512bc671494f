"""Scoring extraction against gold annotations, by the rules of ANNOTATION.md.

Per document and record type, predictions and gold records are paired one to one (best
pairs first); an optional gold record counts when found and costs nothing when missed.
Precision, recall and F1 are micro-averaged over all documents.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from .extraction import Extraction, extract_path
from .tables import EVALUATED_TYPES, SPECS
from .text_utils import word_f1, word_set

# The record types scored against gold, and the fields they are scored on (tables.py).
RECORD_TYPES = EVALUATED_TYPES
MEETING_FIELDS = ("council", "body", "date", "doc_type")
# Words ANNOTATION.md drops before comparing council and body names as word sets.
_NAME_DROP = {"the", "of", "and", "&", "meeting"}
_OWNER_DROP = {"the", "mr", "mrs", "ms", "miss", "dr", "cllr", "councillor", "cllr.", "mr.", "mrs.", "ms.", "dr."}


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    scores: dict[str, Score] = field(default_factory=lambda: {t: Score() for t in RECORD_TYPES})
    owners_right: int = 0
    owners_matched: int = 0
    # per meeting field: [right, scored]; only gold files with a `meeting` block count
    meeting: dict[str, list[int]] = field(default_factory=lambda: {f: [0, 0] for f in MEETING_FIELDS})
    documents: int = 0
    errors: list[dict] = field(default_factory=list)

    @property
    def owner_accuracy(self) -> float:
        return self.owners_right / self.owners_matched if self.owners_matched else 1.0

    def meeting_accuracy(self, name: str) -> float | None:
        right, scored = self.meeting[name]
        return right / scored if scored else None

    def as_dict(self) -> dict:
        out = {
            t: {"precision": round(s.precision, 3), "recall": round(s.recall, 3), "f1": round(s.f1, 3), "tp": s.tp, "fp": s.fp, "fn": s.fn}
            for t, s in self.scores.items()
        }
        out["owner_accuracy"] = round(self.owner_accuracy, 3)
        out["meeting"] = {
            name: {"accuracy": None if acc is None else round(acc, 3), "right": right, "scored": scored}
            for name, (right, scored) in self.meeting.items()
            for acc in [self.meeting_accuracy(name)]
        }
        out["documents"] = self.documents
        return out

    def table(self) -> str:
        lines = [f"{'record type':<17} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
        for t, s in self.scores.items():
            lines.append(f"{t:<17} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:5d} {s.fp:5d} {s.fn:5d}")
        lines.append(f"{'owner accuracy':<17} {self.owner_accuracy:6.3f}   ({self.owners_right}/{self.owners_matched} matched actions)")
        for name, (right, scored) in self.meeting.items():
            if scored:
                lines.append(f"{'meeting ' + name:<17} {right / scored:6.3f}   ({right}/{scored} gold files)")
        lines.append(f"documents: {self.documents}")
        return "\n".join(lines)


def load_gold(gold_dir: Path, only: set[str] | None = None) -> list[tuple[Path, dict]]:
    """The gold files under `gold_dir`; with `only`, just those whose document is named in it."""
    golds = [(p, json.loads(p.read_text(encoding="utf-8"))) for p in sorted(Path(gold_dir).rglob("*.json"))]
    return [(p, g) for p, g in golds if only is None or g["document"] in only]


# --- council-disjoint splits ----------------------------------------------------------------


def council_key(file_name: str) -> str:
    """The council a development file belongs to: its name less the '_<n>' and extension.

    devpool names files `<council>_<n>.<ext>` (`alameda_ca_2.pdf`), so every document of one
    council (any of its bodies) shares a key and lands in the same part of a split.
    """
    stem = file_name.split(".", 1)[0]
    return re.sub(r"_\d+$", "", stem)


def split_part(key: str, test_share: int = 3) -> str:
    """'test' for about one council in `test_share`, else 'tune': fixed by a hash of the key.

    A hash rather than a list keeps the rule reproducible and stable as councils are added;
    corpus/splits/ writes the resulting list down.
    """
    return "test" if int(hashlib.sha256(key.encode()).hexdigest(), 16) % test_share == 0 else "tune"


def read_split(path: Path, part: str) -> set[str]:
    """The file names of one part of a split file (TSV: file, council, part)."""
    names = set()
    for line in Path(path).read_text(encoding="utf-8").splitlines()[1:]:
        name, _council, file_part = line.split("\t")
        if file_part == part:
            names.add(name)
    if not names:
        raise ValueError(f"{path}: no files in part {part!r}")
    return names


def find_source(gold_path: Path, gold: dict, docs_dirs: list[Path], root: Path) -> Path | None:
    """Where the annotated document is: --docs folders by file name, else the gold's 'source'."""
    name = gold["document"]
    for docs in docs_dirs:
        hits = sorted(docs.rglob(name))
        if hits:
            return hits[0]
    source = gold.get("source")
    if source:
        # 'source' is relative to the project root; find it from any working directory
        for base in (root, *gold_path.resolve().parents):
            candidate = (base / source).resolve()
            if candidate.exists():
                return candidate
    return None


def predictions(extraction: Extraction) -> dict[str, list[dict]]:
    """Each scored record type's records as gold-shaped dicts (the declared evaluation fields)."""
    tables = extraction.tables()
    return {record_type: [_gold_shaped(record, SPECS[record_type].evaluated.fields) for record in tables[record_type]] for record_type in RECORD_TYPES}


def _gold_shaped(record, fields: tuple[tuple[str, str, object], ...]) -> dict:
    shaped = {}
    for key, attribute, empty in fields:
        value = getattr(record, attribute)
        shaped[key] = empty if value is None and empty is not None else value
    return shaped


def text_match(gold: dict, pred: dict) -> float:
    score = word_f1(gold["text"], pred["text"])
    return score if score >= 0.5 else 0.0


def action_match(gold: dict, pred: dict) -> float:
    score = word_f1(gold["text"], pred["text"])
    if score >= 0.4:
        return score
    g, p = word_set(gold["text"]), word_set(pred["text"])
    if g and len(g & p) >= 0.8 * len(g) and len(pred["text"].split()) <= 3 * len(gold["text"].split()):
        return 0.4
    return 0.0


def statistic_match(gold: dict, pred: dict) -> float:
    if gold.get("unit") != pred.get("unit"):
        return 0.0
    g, p = float(gold["value"]), float(pred["value"])
    if abs(g - p) <= 0.01 * max(abs(g), 1e-9) or g == p:
        return 1.0 + 0.01 * word_f1(gold.get("text", ""), pred.get("text", ""))
    return 0.0


_MATCHER_FUNCTIONS = {"text": text_match, "action": action_match, "statistic": statistic_match}
MATCHERS = {record_type: _MATCHER_FUNCTIONS[SPECS[record_type].evaluated.matcher] for record_type in RECORD_TYPES}


def pair(gold: list[dict], pred: list[dict], matcher, agrees=None) -> list[tuple[int, int]]:
    """One-to-one pairs, best scores first.

    `agrees(gold, pred)` breaks ties between equal scores: two gold actions with the same
    text but different owners pair each with the prediction of its own owner, not by order.
    """
    candidates = sorted(
        ((matcher(g, p), bool(agrees and agrees(g, p)), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred)),
        key=lambda c: (-c[0], not c[1]),
    )
    used_g, used_p, pairs = set(), set(), []
    for score, _, gi, pi in candidates:
        if score <= 0:
            break
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return pairs


def _owners_agree(gold: dict, pred: dict) -> bool:
    return owner_right(gold.get("owner") or "", pred.get("owner") or "")


def owner_right(gold_owner: str, pred_owner: str) -> bool:
    g = {w for w in re.findall(r"[a-z0-9'-]+", gold_owner.lower().replace("’", "'")) if w not in _OWNER_DROP}
    p = {w for w in re.findall(r"[a-z0-9'-]+", pred_owner.lower().replace("’", "'")) if w not in _OWNER_DROP}
    return bool(g and p) and (g <= p or p <= g)


def name_words(name: str | None, *, council: bool = False) -> frozenset[str]:
    """A council or body name as ANNOTATION.md compares it: lowercase words less filler."""
    text = (name or "").lower()
    if council:
        text = re.sub(r"\s*\([^)]*\)\s*$", "", text)  # a trailing locator: "(Lincolnshire)"
    drop = _NAME_DROP | ({"council"} if council else set())
    return frozenset(w for w in re.findall(r"[a-z0-9&'’-]+", text) if w not in drop)


def meeting_right(name: str, gold_value: str | None, predicted: str | None) -> bool:
    """One meeting field scored by ANNOTATION.md: word sets for names, equality otherwise."""
    if name in ("council", "body"):
        return name_words(gold_value, council=name == "council") == name_words(predicted, council=name == "council")
    return (gold_value or None) == (predicted or None)


def predicted_meeting(extraction: Extraction) -> dict[str, str | None]:
    document = extraction.document
    return {"council": document.council, "body": document.body, "date": document.meeting_date, "doc_type": document.doc_type}


def score_meeting(report: Report, gold_meeting: dict, predicted: dict[str, str | None], name: str) -> None:
    for field_name in MEETING_FIELDS:
        if field_name not in gold_meeting:
            continue
        tally = report.meeting[field_name]
        tally[1] += 1
        if meeting_right(field_name, gold_meeting[field_name], predicted.get(field_name)):
            tally[0] += 1
        else:
            report.errors.append(
                {"document": name, "type": f"meeting {field_name}", "error": "wrong", "gold": gold_meeting[field_name], "predicted": predicted.get(field_name)}
            )


def score_document(report: Report, gold: dict, predicted: dict[str, list[dict]], name: str) -> None:
    report.documents += 1
    for record_type in RECORD_TYPES:
        golds = gold.get(record_type, [])
        preds = predicted[record_type]
        pairs = pair(golds, preds, MATCHERS[record_type], _owners_agree if record_type == "actions" else None)
        matched_g = {gi for gi, _ in pairs}
        matched_p = {pi for _, pi in pairs}
        score = report.scores[record_type]
        score.tp += len(pairs)
        score.fp += len(preds) - len(matched_p)
        missed = [g for gi, g in enumerate(golds) if gi not in matched_g and not g.get("optional")]
        score.fn += len(missed)
        for g in missed:
            report.errors.append({"document": name, "type": record_type, "error": "missed", "gold": g})
        for pi, p in enumerate(preds):
            if pi not in matched_p:
                report.errors.append({"document": name, "type": record_type, "error": "spurious", "predicted": p})
        if record_type == "actions":
            for gi, pi in pairs:
                report.owners_matched += 1
                if owner_right(golds[gi].get("owner") or "", preds[pi].get("owner") or ""):
                    report.owners_right += 1
                else:
                    report.errors.append({"document": name, "type": "owner", "error": "wrong owner", "gold": golds[gi], "predicted": preds[pi]})


def evaluate(gold_dirs: list[Path], docs_dirs: list[Path] | None = None, root: Path | None = None, only: set[str] | None = None) -> Report:
    """Extract every document a gold file names (all, or those named in `only`) and score it."""
    report = Report()
    root = root or Path.cwd()
    for gold_dir in gold_dirs:
        for gold_path, gold in load_gold(gold_dir, only):
            evaluate_file(report, gold_path, gold, docs_dirs, root)
    return report


def evaluate_file(report: Report, gold_path: Path, gold: dict, docs_dirs: list[Path] | None, root: Path) -> None:
    """Extract the document one gold file names and add its scores to `report` (one file of `evaluate`)."""
    source = find_source(gold_path, gold, list(docs_dirs or []), root)
    if source is None:
        report.errors.append({"document": gold["document"], "type": "document", "error": "source not found"})
        return
    extraction = extract_path(source)
    score_document(report, gold, predictions(extraction), gold["document"])
    if gold.get("meeting"):
        score_meeting(report, gold["meeting"], predicted_meeting(extraction), gold["document"])
