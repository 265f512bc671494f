"""The training mix (train18): real minutes' sentences weigh more than invented documents' (train.weighted_mix, `train --invented`)."""

from __future__ import annotations

import spacy
from click.testing import CliRunner

from minutes_miner import train as training
from minutes_miner.cli import cli
from minutes_miner.nlp import trained

from helpers import write_item_minutes


def _sentences(texts: list[str], label: str | None, document: str = "real.txt") -> list[training.Sentence]:
    out = []
    for text in texts:
        words = text.split()
        cats = {name: 1.0 if name == label else 0.0 for name in trained.LABELS}
        out.append(training.Sentence(document, document.split(".")[0], words, [True] * (len(words) - 1) + [False], cats))
    return out


def _decision(classifier, text: str) -> float:
    return classifier(spacy.tokens.Doc(classifier.vocab, words=text.split())).cats["DECISION"]


# The same wording read two ways: in real minutes a bare "Item approved as presented" is the
# decision; in the invented documents the same words head a recommendation that is not one.
REAL = ["Item approved as presented.", "Contract approved as presented.", "Budget approved as presented."]
REAL_NARRATIVE = ["The Clerk read the correspondence.", "Members discussed the footpath."]
INVENTED = ["Item approved as presented by officers to the panel.", "Grant approved as presented by officers to the panel."]
INVENTED_NARRATIVE = ["The Chair welcomed the public.", "Apologies were received."]


def test_real_sentences_count_real_weight_times_and_invented_ones_once():
    real, invented = _sentences(REAL, "DECISION"), _sentences(INVENTED, None, "inv.txt")
    mixed = training.weighted_mix(real, invented, 3)
    assert len(mixed) == 3 * len(real) + len(invented)
    assert [s.text for s in mixed].count(REAL[0]) == 3 and [s.text for s in mixed].count(INVENTED[0]) == 1


def test_without_invented_gold_or_with_weight_one_the_mix_is_the_gold_as_it_is():
    real, invented = _sentences(REAL, "DECISION"), _sentences(INVENTED, None, "inv.txt")
    assert training.weighted_mix(real, []) == real  # a user's own real gold alone: nothing to weigh against
    assert training.weighted_mix(real, invented, 1) == real + invented
    assert training.REAL_WEIGHT >= 2


def test_weighting_the_real_gold_moves_the_model_toward_how_real_minutes_read():
    real = _sentences(REAL, "DECISION") + _sentences(REAL_NARRATIVE, None)
    invented = (_sentences(INVENTED, None, "inv.txt") + _sentences(INVENTED_NARRATIVE, None, "inv.txt")) * 3
    even = training.train_classifier(training.weighted_mix(real, invented, 1), seed=0, epochs=10, context=False)
    weighted = training.train_classifier(training.weighted_mix(real, invented, 3), seed=0, epochs=10, context=False)
    text = "Scheme approved as presented."
    assert _decision(weighted, text) > _decision(even, text)


def test_a_weighted_mix_trains_the_same_model_twice():
    real = _sentences(REAL, "DECISION") + _sentences(REAL_NARRATIVE, None)
    invented = _sentences(INVENTED, None, "inv.txt") + _sentences(INVENTED_NARRATIVE, None, "inv.txt")
    first = training.train_classifier(training.weighted_mix(real, invented), seed=0, epochs=6, context=False)
    second = training.train_classifier(training.weighted_mix(real, invented), seed=0, epochs=6, context=False)
    for text in ("Scheme approved as presented.", "The Clerk read the minutes."):
        assert _decision(first, text) == _decision(second, text)


def _gold(tmp_path, name: str, decisions: list[str], narrative: list[str]):
    docs, gold_dir = tmp_path / f"{name}_docs", tmp_path / f"{name}_gold"
    docs.mkdir()
    gold_dir.mkdir()
    write_item_minutes(docs, gold_dir, name, decisions, narrative, narrative_repeat=3)
    return docs, gold_dir


def test_train_command_weighs_invented_gold_against_the_real(tmp_path):
    docs, gold_dir = _gold(tmp_path, "ashcombe_pc", ["RESOLVED that the report be noted.", "That the budget be approved."], REAL_NARRATIVE)
    inv_docs, inv_gold = _gold(tmp_path, "brackwater_tc", ["It was agreed to fund the new bench."], INVENTED_NARRATIVE)
    args = ["train", str(gold_dir), "--docs", str(docs), "--docs", str(inv_docs), "--epochs", "3"]
    result = CliRunner().invoke(cli, [*args, "--invented", str(inv_gold), "--real-weight", "3", "--out", str(tmp_path / "model")])
    assert result.exit_code == 0, result.output
    assert "a real sentence counts 3 times" in result.output
    again = CliRunner().invoke(cli, [*args, "--invented", str(inv_gold), "--real-weight", "3", "--out", str(tmp_path / "again")])
    assert again.exit_code == 0, again.output
    for part in ("sentences/textcat_multilabel/model", "thresholds.json"):
        assert (tmp_path / "model" / part).read_bytes() == (tmp_path / "again" / part).read_bytes()
