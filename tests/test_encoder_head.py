"""The optional sentence-encoder head of the trained layer (nlp/encoder.py; `train --architecture bowminilm`).

What ships has no head; these tests hold the blend and the component's use of it to what the
docstrings say, with embeddings put in the encoder's cache by hand (the encoder itself is an
optional extra that CI does not install)."""

from __future__ import annotations

import numpy
import pytest
import spacy
from click.testing import CliRunner

from minutes_miner import train as training
from minutes_miner.cli import cli
from minutes_miner.nlp import encoder, trained
from minutes_miner.nlp import pipeline as _registers_minutes_sentences  # noqa: F401 - the sentence splitter's factory

from helpers import ROOT, TRAINING_DECISIONS, TRAINING_NARRATIVE


def _head(direction: numpy.ndarray, scale: float = 8.0, intercept: float = -4.0) -> dict:
    return {"coef": (direction * scale).tolist(), "intercept": intercept}


def _unit(i: int) -> numpy.ndarray:
    v = numpy.zeros(encoder.WIDTH)
    v[i] = 1.0
    return v


def test_the_blend_averages_each_headed_label_and_leaves_the_others():
    cats = [{"DECISION": 0.2, "ACTION": 0.9}, {"DECISION": 0.8, "ACTION": 0.1}]
    head = {"DECISION": _head(_unit(0))}
    embedded = {"a": _unit(0), "b": _unit(1)}  # 'a' points where the head's weights do: probability sigmoid(8 - 4)
    blended = encoder.blend_encoder(cats, head, ["a", "b"], embed=lambda texts: numpy.array([embedded[t] for t in texts]))
    high, low = 1 / (1 + numpy.exp(-4.0)), 1 / (1 + numpy.exp(4.0))
    assert blended[0]["DECISION"] == pytest.approx((0.2 + high) / 2)
    assert blended[1]["DECISION"] == pytest.approx((0.8 + low) / 2)
    assert [b["ACTION"] for b in blended] == [0.9, 0.1]
    assert cats[0]["DECISION"] == 0.2  # the bag of words' scores are not changed in place
    assert encoder.blend_encoder([], head, []) == []


def test_a_model_with_a_head_scores_sentences_by_the_blend(monkeypatch):
    _, model = _tiny_model()
    nlp = spacy.blank("en")
    nlp.add_pipe("minutes_sentences")
    text = "The Chairman opened the meeting. RESOLVED that the annual accounts be approved."
    component = trained.TrainedSentences(classifier=model)
    plain = component.score_sentences(nlp(text))
    # the encoder 'embeds' the opening sentence where the head points and the decision away from it
    opening, decision = (encoder.encoder_text([t.text for t in s if not t.is_space]) for s in nlp(text).sents)
    monkeypatch.setattr(encoder, "_EMBEDDINGS", {opening: _unit(0), decision: _unit(1)})
    model.meta[trained.ENCODER_HEAD] = {"DECISION": _head(_unit(0))}
    blended = component.score_sentences(nlp(text))
    high, low = 1 / (1 + numpy.exp(-4.0)), 1 / (1 + numpy.exp(4.0))
    assert blended[0].scores["DECISION"] == pytest.approx((plain[0].scores["DECISION"] + high) / 2)
    assert blended[1].scores["DECISION"] == pytest.approx((plain[1].scores["DECISION"] + low) / 2)
    assert blended[1].scores["ACTION"] == pytest.approx(plain[1].scores["ACTION"])


def test_the_shipped_model_has_no_encoder_head():
    component = trained.TrainedSentences(ROOT / "models" / "trained")
    assert trained.ENCODER_HEAD not in component.classifier.meta


def test_training_with_the_encoder_architecture_without_the_extra_is_a_clear_usage_error(monkeypatch, tmp_path):
    monkeypatch.setattr(encoder, "installed", lambda: False)
    result = CliRunner().invoke(cli, ["train", str(ROOT / "corpus" / "gold" / "samples"), "--out", str(tmp_path / "m"), "--architecture", "bowminilm"])
    assert result.exit_code == 2
    assert 'pip install -e ".[encoder]"' in result.output
    assert not (tmp_path / "m").exists()


def _tiny_model():
    sentences = []
    for texts, label in ((TRAINING_DECISIONS, "DECISION"), (TRAINING_NARRATIVE, None)):
        for text in texts:
            words = text.split()
            cats = {name: 1.0 if name == label else 0.0 for name in trained.LABELS}
            sentences.append(training.Sentence("tiny.txt", "tiny", words, [True] * (len(words) - 1) + [False], cats))
    return sentences, training.train_classifier(sentences * 2, seed=0, epochs=5)


def test_a_model_that_blends_the_encoder_fails_once_at_load_without_the_extra(monkeypatch, tmp_path):
    _, model = _tiny_model()
    model.meta[trained.ENCODER_HEAD] = {"DECISION": _head(_unit(0))}
    training.save(model, {"DECISION": 0.5, "ACTION": 0.5}, tmp_path)
    monkeypatch.setattr(encoder, "installed", lambda: False)
    with pytest.raises(encoder.EncoderMissing, match=r"pip install -e \"\.\[encoder\]\""):
        trained.TrainedSentences(tmp_path)
    del model.meta[trained.ENCODER_HEAD]
    training.save(model, {"DECISION": 0.5, "ACTION": 0.5}, tmp_path)
    assert trained.TrainedSentences(tmp_path).has_model  # without a head the extra is not needed


@pytest.mark.skipif(not encoder.installed(), reason='the optional extra "encoder" (scikit-learn) is not installed')
def test_the_head_learns_each_label_the_sentences_show_both_ways(monkeypatch):
    sentences, _ = _tiny_model()
    # embeddings by hand: a decision points along axis 0, anything else along axis 1
    cache = {encoder.encoder_text(s.words): _unit(0 if s.cats["DECISION"] else 1) for s in sentences}
    monkeypatch.setattr(encoder, "_EMBEDDINGS", cache)
    head = training.encoder_head(sentences)
    assert set(head) == {"DECISION"}  # no sentence is an action: that label has no head, the bag of words alone scores it
    decision, other = encoder.head_probabilities(numpy.array([_unit(0), _unit(1)]), head["DECISION"])
    assert decision > 0.5 > other
