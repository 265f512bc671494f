"""Word vectors learnt from unlabelled minutes (models/make_vectors.py) and the classifier over them (`train --architecture bowvec`)."""

from __future__ import annotations

import hashlib
import importlib.util
from pathlib import Path

import numpy
import pytest
import spacy

from minutes_miner import train as training
from minutes_miner.nlp import trained

MODELS = Path(__file__).resolve().parents[1] / "models"


def _builder():
    spec = importlib.util.spec_from_file_location("make_vectors", MODELS / "make_vectors.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# A tiny unlabelled corpus: 'ratified' and 'approved' share their neighbours, 'weather' does not.
CORPUS = [
    "the council approved the budget and the minutes were approved as a true record",
    "the council ratified the budget and the minutes were ratified as a true record",
    "members discussed the weather and the clerk reported the weather at the park",
    "the committee approved the plan the committee ratified the plan",
    "the clerk reported on the footpath and members discussed the footpath",
] * 6


def _build(module, folder: Path):
    words, table = module.build([module.tokens(text) for text in CORPUS], min_count=5, contexts=20, dims=8)
    module.write(words, table, folder)
    module.write_clusters(words, table, folder, grains=(3, 6))
    return words, table


def test_a_vector_table_builds_byte_for_byte_the_same(tmp_path):
    module = _builder()
    first, second = tmp_path / "a", tmp_path / "b"
    words, table = _build(module, first)
    _build(module, second)
    for name in ("words.txt", "vectors.npy", "clusters.txt"):
        assert hashlib.sha256((first / name).read_bytes()).digest() == hashlib.sha256((second / name).read_bytes()).digest()
    assert table.dtype == numpy.float16 and table.shape == (len(words), 8)
    loaded_words, loaded = module.load(first)
    assert loaded_words == words and numpy.array_equal(loaded, table)
    assert module.neighbours(words, table, "ratified", 1) == ["approved"]
    clusters = training.load_clusters(first)
    assert set(clusters) == set(words) and all(len(c) == 2 for c in clusters.values())
    assert clusters["ratified"][1] == clusters["approved"][1]


def test_the_builder_reads_no_held_out_text():
    names = {str(p) for p in _builder().sources()}
    for forbidden in ("corpus/blind", "corpus/fresh", "corpus/gold", "notes/"):
        assert not any(forbidden in name for name in names)
    split = training.read_split_parts(MODELS.parent / "corpus" / "splits" / "devpool.tsv")
    assert not any(split.get(Path(name).name) == "test" for name in names if "/devpool/" in name)


def test_the_shipped_table_has_the_width_the_architecture_expects():
    words, table = training.load_vectors()
    assert table.shape == (len(words), training.VECTOR_WIDTH) and len(words) > 5000
    assert "resolved" in words and "agreed" in words


def _sentences() -> list[training.Sentence]:
    out = []
    for i in range(60):
        decision = i % 3 == 0
        text = "It was resolved that the budget be approved ." if decision else "The clerk reported on the footpath today ."
        words = text.split()
        cats = {"DECISION": 1.0 if decision else 0.0, "ACTION": 0.0}
        out.append(training.Sentence(f"d{i}.txt", f"c{i % 4}", words, [True] * len(words), cats, ["s:first", "p:members"]))
    return out


def test_the_vector_classifier_trains_saves_and_loads_offline(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    classifier = training.train_classifier(_sentences(), seed=0, epochs=4, architecture="bowvec")
    assert classifier.vocab.vectors.shape == (len(training.load_vectors()[0]), training.VECTOR_WIDTH)
    training.save(classifier, {"DECISION": 0.4, "ACTION": 0.5}, tmp_path)
    component = trained.TrainedSentences(tmp_path)
    loaded = component.classifier
    assert loaded.vocab.vectors.shape == classifier.vocab.vectors.shape
    words = "s:first p:members The council ratified the budget .".split()
    here = classifier(spacy.tokens.Doc(classifier.vocab, words=words)).cats
    there = loaded(spacy.tokens.Doc(loaded.vocab, words=words)).cats
    assert here == there
    decision = loaded(spacy.tokens.Doc(loaded.vocab, words="It was resolved that the budget be approved .".split())).cats["DECISION"]
    other = loaded(spacy.tokens.Doc(loaded.vocab, words="The clerk reported on the footpath today .".split())).cats["DECISION"]
    assert decision > 0.5 > other
    # the layer over the vectors is trained: the mean vectors move the scores
    linear = loaded.get_pipe("textcat_multilabel").model.layers[0].layers[1]
    assert numpy.abs(linear.get_param("W")).sum() > 0


def test_the_vector_classifier_trains_the_same_twice():
    first = training.train_classifier(_sentences(), seed=0, epochs=2, architecture="bowvec")
    second = training.train_classifier(_sentences(), seed=0, epochs=2, architecture="bowvec")
    assert first.get_pipe("textcat_multilabel").model.to_bytes() == second.get_pipe("textcat_multilabel").model.to_bytes()


def test_the_cluster_classifier_adds_the_same_cluster_tokens_when_loaded(tmp_path):
    classifier = training.train_classifier(_sentences(), seed=0, epochs=4, architecture="bowclusters")
    clusters = classifier.meta["minutes_miner_clusters"]
    assert clusters == training.load_clusters()
    assert trained.cluster_tokens(["Resolved", "zzzz"], clusters) == [f"c{g}:{c}" for g, c in enumerate(clusters["resolved"])]
    training.save(classifier, {"DECISION": 0.4, "ACTION": 0.5}, tmp_path)
    component = trained.TrainedSentences(tmp_path)
    assert component.classifier.meta["minutes_miner_clusters"] == clusters
    doc = spacy.blank("en")("It was resolved that the budget be approved. The clerk reported on the footpath today.")
    doc[0].is_sent_start = True
    for token in doc[1:]:
        token.is_sent_start = token.i == 9
    scores = component.score_sentences(doc)
    words = [t.text for t in doc[:9]]
    expected = classifier(
        spacy.tokens.Doc(
            classifier.vocab, words=trained.context_tokens([words, [t.text for t in doc[9:]]], 0) + words + trained.cluster_tokens(words, clusters)
        )
    )
    assert scores[0].scores["DECISION"] == pytest.approx(expected.cats["DECISION"])
    assert scores[0].scores["DECISION"] > 0.5 > scores[1].scores["DECISION"]
