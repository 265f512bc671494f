"""The pooled selection of the trained layer's thresholds (train22): out-of-fold scores by council over
the training gold itself (`train --pool-folds`), ties within one standard error to the higher threshold."""

from __future__ import annotations

import json
import math

import pytest
from click.testing import CliRunner

from minutes_miner import evaluate as evaluation
from minutes_miner import train as training
from minutes_miner.cli import cli
from minutes_miner.evaluate import Report

from helpers import TRAINING_DECISIONS, TRAINING_NARRATIVE, write_item_minutes

EVALUATE_FILE = evaluation.evaluate_file

DECISIONS = TRAINING_DECISIONS
NARRATIVE = TRAINING_NARRATIVE


def _report(tp: int, fp: int, fn: int) -> Report:
    """A Report whose resolutions and actions both scored tp/fp/fn."""
    r = Report()
    for record_type in ("resolutions", "actions"):
        r.scores[record_type].tp, r.scores[record_type].fp, r.scores[record_type].fn = tp, fp, fn
    return r


def _totals(rules: tuple[int, int, int], **at: tuple[int, int, int]) -> dict:
    """Pooled totals: the rules alone everywhere, 'both-item' as the rules except at the thresholds given (t0_3=...)."""
    totals = {lay: {t: _report(*rules) for t in training.GRID} for lay in ("rules", "both-item")}
    for key, counts in at.items():
        totals["both-item"][float(key[1:].replace("_", "."))] = _report(*counts)
    return totals


def test_the_standard_error_of_f1_is_that_of_the_share_of_records_in_play_found_right():
    # a = 90 / 100, F1 = 2a / (1 + a) = 0.947; SE = 2 / 1.9^2 * sqrt(0.9 * 0.1 / 100) = 0.0166
    assert training.f1_standard_error(90, 5, 5) == pytest.approx(2 / 1.9**2 * math.sqrt(0.09 / 100))
    assert training.f1_standard_error(900, 50, 50) == pytest.approx(training.f1_standard_error(90, 5, 5) / math.sqrt(10))  # ten times the records
    assert training.f1_standard_error(0, 0, 0) == 0.0
    assert training.f1_standard_error(10, 0, 0) == 0.0  # all right: no spread to estimate


def test_within_one_standard_error_the_higher_threshold_is_chosen():
    # session 20's case in pooled form: 0.3 beats 0.4 by 0.005 of F1, its standard error 0.008
    totals = _totals((800, 80, 200), t0_3=(860, 90, 140), t0_4=(850, 88, 150))
    f1 = {t: totals["both-item"][t].scores["resolutions"].f1 for t in (0.3, 0.4)}
    assert 0 < f1[0.3] - f1[0.4] < training.f1_standard_error(860, 90, 140)
    assert training.choose(totals, tie="one_se")[0] == {"DECISION": 0.4, "ACTION": 0.4}
    assert training.choose(totals)[0] == {"DECISION": 0.3, "ACTION": 0.3}  # the old margin (0.002) takes the best


def test_a_gain_larger_than_one_standard_error_keeps_the_best_threshold():
    totals = _totals((800, 80, 200), t0_3=(900, 95, 100), t0_4=(840, 85, 160))  # F1 0.901 against 0.870
    assert training.choose(totals, tie="one_se") == ({"DECISION": 0.3, "ACTION": 0.3}, {"DECISION": "item", "ACTION": "item"})


def test_the_highest_threshold_within_the_band_must_still_add_something_over_the_rules():
    # 0.9 is within the band of the best but no better than the rules: not a candidate; 0.5 is
    totals = _totals((800, 80, 200), t0_3=(830, 84, 170), t0_5=(826, 83, 174), t0_9=(801, 80, 199))
    assert training.choose(totals, tie="one_se")[0] == {"DECISION": 0.5, "ACTION": 0.5}


def test_a_model_that_adds_nothing_measurable_or_costs_precision_is_switched_off():
    assert training.choose(_totals((800, 80, 200), t0_3=(801, 80, 199)), tie="one_se")[0] == {"DECISION": training.OFF, "ACTION": training.OFF}
    costly = _totals((800, 80, 200), t0_2=(900, 120, 100))  # F1 0.858 -> 0.891 at P 0.909 -> 0.882
    assert training.choose(costly, tie="one_se")[0] == {"DECISION": training.OFF, "ACTION": training.OFF}


def test_an_unknown_tie_rule_is_refused():
    with pytest.raises(ValueError, match="tie must be one of"):
        training.choose(_totals((8, 1, 2)), tie="best")


def _gold(tmp_path):
    """Three real councils and two invented ones, in two gold folders (the invented as `--invented`)."""
    docs, real, invented = tmp_path / "docs", tmp_path / "gold", tmp_path / "invented"
    for folder in (docs, real, invented):
        folder.mkdir()
    for i, council in enumerate(("ashcombe_pc", "coldwell_pc", "dunmore_tc")):
        write_item_minutes(docs, real, council, DECISIONS[i : i + 3], NARRATIVE[i : i + 3])
    for i, council in enumerate(("inv_harrow_pc", "inv_kilby_cc")):
        write_item_minutes(docs, invented, council, DECISIONS[i + 3 :] + DECISIONS[:i], NARRATIVE[i + 2 : i + 5])
    return docs, real, invented


def test_the_pooled_folds_score_every_training_folder_once_out_of_fold_and_deterministically(tmp_path):
    docs, real, invented = _gold(tmp_path)
    sentences = training.collect([real], [docs]) + training.collect([invented], [docs])
    sets = training.training_sets([real, invented], None, None, {s.document for s in sentences})
    assert [len(names) for _, names in sets] == [3, 2]
    runs, per_sets = [], []
    for _ in range(2):
        per_fold: list = []
        per_set: dict = {}
        totals = training.cross_validate(
            sentences, sets, [docs], folds=2, epochs=3, layers=training.pooled_layers("item"), log=lambda _: None, per_fold=per_fold, per_set=per_set
        )
        runs.append(_counts(totals))
        per_sets.append({gold: _counts(own) for gold, own in per_set.items()})
    assert runs[0] == runs[1]  # the same gold and seed: the same pooled totals
    assert set(runs[0]) == {"rules", "both-item"}  # the model alone is never read by the choice, so never extracted
    assert {documents for documents, _, _ in runs[0]["rules"].values()} == {5}  # every training file scored once, by the fold without its council
    # each gold folder's own out-of-fold totals (what `train --pool-folds` prints per folder) add up to the pooled ones
    own = per_sets[0]
    assert set(own) == {str(real), str(invented)}
    assert {documents for documents, _, _ in own[str(real)]["rules"].values()} == {3}
    assert {documents for documents, _, _ in own[str(invented)]["rules"].values()} == {2}
    for lay, grid in runs[0].items():
        for t, pooled in grid.items():
            assert tuple(map(sum, zip(own[str(real)][lay][t], own[str(invented)][lay][t]))) == pooled


def _counts(totals: dict) -> dict:
    """{layer: {threshold: (documents, resolutions tp, resolutions fp)}} of a {layer: {threshold: Report}} grid."""
    return {lay: {t: (r.documents, r.scores["resolutions"].tp, r.scores["resolutions"].fp) for t, r in grid.items()} for lay, grid in totals.items()}


def test_train_command_chooses_on_pooled_folds_and_writes_the_same_model_twice(tmp_path):
    docs, real, invented = _gold(tmp_path)
    outputs = []
    for run in ("a", "b"):
        args = ["train", str(real), "--invented", str(invented), "--docs", str(docs), "--pool-folds", "2", "--pool-epochs", "2", "--epochs", "3"]
        result = CliRunner().invoke(cli, [*args, "--scope", "item", "--out", str(tmp_path / run)])
        assert result.exit_code == 0, result.output
        assert "pooled selection: 2 folds by council over 5 training files" in result.output
        assert "chosen on out-of-fold scores pooled over 2 folds (ties within one standard error)" in result.output
        outputs.append(tmp_path / run)
    files = sorted(p.relative_to(outputs[0]) for p in outputs[0].rglob("*") if p.is_file())
    assert files and files == sorted(p.relative_to(outputs[1]) for p in outputs[1].rglob("*") if p.is_file())
    assert all((outputs[0] / f).read_bytes() == (outputs[1] / f).read_bytes() for f in files)  # diff -r: empty
    thresholds = json.loads((outputs[0] / "thresholds.json").read_text(encoding="utf-8"))
    assert all(t in training.GRID or t == training.OFF for t in thresholds.values())


def test_train_command_takes_one_way_of_choosing_thresholds(tmp_path):
    docs, real, _ = _gold(tmp_path)
    args = ["train", str(real), "--docs", str(docs), "--epochs", "2", "--out", str(tmp_path / "model")]
    both = CliRunner().invoke(cli, [*args, "--pool-folds", "2", "--cv-gold", str(real)])
    assert both.exit_code == 2 and "give one" in both.output
    alone = CliRunner().invoke(cli, [*args, "--pool-epochs", "2"])
    assert alone.exit_code == 2 and "--pool-epochs goes with --pool-folds" in alone.output
    assert not (tmp_path / "model").exists()


def test_the_grid_extracts_a_file_again_only_while_its_scores_reach_the_threshold_and_totals_as_every_threshold_would(tmp_path, monkeypatch):
    import os

    from minutes_miner.nlp import pipeline

    docs, real, invented = _gold(tmp_path)
    model = tmp_path / "model"
    training.save(training.train_classifier(training.collect([invented], [docs]) + training.collect([real], [docs])[::2], epochs=4), {}, model)
    names = {g["document"] for _, g in training.load_gold(real)}
    layers = ("rules", "both-item", "model")
    calls: list[str] = []
    monkeypatch.setattr(evaluation, "evaluate_file", lambda *a: calls.append(a[2]["document"]) or EVALUATE_FILE(*a))
    fast = training.score_grid(model, real, names, [docs], layers)
    monkeypatch.undo()
    assert len(calls) < len(names) * (1 + 2 * len(training.GRID))  # not every file at every threshold
    assert max(calls.count(n) for n in names) > 3  # but some again and again: the test compares more than the rules
    monkeypatch.setenv("MINUTES_MINER_TRAINED", str(model))
    for lay in layers:
        monkeypatch.setenv("MINUTES_MINER_LAYER", lay.split("-")[0])
        pipeline.get_pipeline.cache_clear()
        component = pipeline.get_pipeline().get_pipe("minutes_trained")
        component.scopes = {name: "item" if lay.endswith("-item") else "sentence" for name in ("DECISION", "ACTION")}
        for t in training.GRID:
            component.thresholds = {"DECISION": t, "ACTION": t}
            slow = evaluation.evaluate([real], [docs], only=names)  # every file at every threshold, as before
            got = fast[lay][t]
            assert {k: (s.tp, s.fp, s.fn) for k, s in got.scores.items()} == {k: (s.tp, s.fp, s.fn) for k, s in slow.scores.items()}, (lay, t)
            assert got.documents == slow.documents == len(names)
    pipeline.get_pipeline.cache_clear()
    assert os.environ.get("MINUTES_MINER_TRAINED") == str(model)
