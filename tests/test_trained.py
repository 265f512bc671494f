"""The trained layer: the minutes_trained component, its training from gold, and how it joins the rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from click.testing import CliRunner

from minutes_miner import train as training
from minutes_miner.cli import cli
from minutes_miner.nlp import trained
from minutes_miner.nlp.pipeline import get_pipeline

from helpers import ROOT, SHARED, TRAINING_DECISIONS, TRAINING_NARRATIVE, needs_shared, write_item_minutes

SHIPPED = ROOT / "models" / "trained"

DECISIONS = TRAINING_DECISIONS
NARRATIVE = [*TRAINING_NARRATIVE[:4], "Apologies", TRAINING_NARRATIVE[4]]  # a one-word heading among the narrative


def _sentences(texts: list[str], label: str | None) -> list[training.Sentence]:
    out = []
    for text in texts:
        words = text.split()
        cats = {name: 1.0 if name == label else 0.0 for name in trained.LABELS}
        out.append(training.Sentence("tiny.txt", "tiny", words, [True] * (len(words) - 1) + [False], cats))
    return out


def _scores(classifier, text: str) -> dict[str, float]:
    return classifier(spacy.tokens.Doc(classifier.vocab, words=text.split())).cats


@pytest.fixture(scope="module")
def tiny_model():
    return training.train_classifier(_sentences(DECISIONS, "DECISION") * 3 + _sentences(NARRATIVE, None) * 3, seed=0, epochs=20)


def test_training_on_a_tiny_gold_set_learns_an_obvious_decision(tiny_model):
    decision = _scores(tiny_model, "RESOLVED that the annual accounts be approved.")
    narrative = _scores(tiny_model, "Members discussed the condition of the play area.")
    assert decision["DECISION"] > 0.5 > narrative["DECISION"]


def test_same_seed_same_model(tiny_model):
    again = training.train_classifier(_sentences(DECISIONS, "DECISION") * 3 + _sentences(NARRATIVE, None) * 3, seed=0, epochs=20)
    text = "It was agreed that the clerk would order a new noticeboard."
    assert _scores(again, text) == _scores(tiny_model, text)


def test_component_is_registered_with_what_it_assigns_and_needs():
    meta = spacy.language.Language.get_factory_meta("minutes_trained")
    assert meta.assigns == ["doc._.sentence_scores"] and meta.requires == ["token.is_sent_start"]
    assert "minutes_trained" in get_pipeline().pipe_names


def test_component_round_trips_through_to_disk_and_from_disk(tiny_model, tmp_path):
    nlp = spacy.blank("en")
    nlp.add_pipe("minutes_sentences")
    component = nlp.add_pipe("minutes_trained", config={"model_dir": str(tmp_path / "none")})
    component.classifier, component.thresholds = tiny_model, {"DECISION": 0.45, "ACTION": 0.6}
    text = "The Chairman opened the meeting. RESOLVED that the annual accounts be approved."
    before = nlp(text)._.sentence_scores
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    after = loaded(text)._.sentence_scores
    assert loaded.get_pipe("minutes_trained").thresholds == {"DECISION": 0.45, "ACTION": 0.6}
    assert [(s.start, s.end, s.labels) for s in after] == [(s.start, s.end, s.labels) for s in before]
    for a, b in zip(after, before):
        assert a.scores == pytest.approx(b.scores)
    assert before[1].scores["DECISION"] > before[0].scores["DECISION"]


def test_without_a_model_the_component_scores_nothing(tmp_path):
    component = trained.TrainedSentences(tmp_path)
    nlp = spacy.blank("en")
    nlp.add_pipe("minutes_sentences")
    assert component(nlp("RESOLVED that the report be noted."))._.sentence_scores == []


def test_decision_wording_drops_the_label_and_marker():
    assert trained.decision_wording("(a) RESOLVED: That the report be noted.") == "That the report be noted."
    assert trained.decision_wording("It was agreed that the hedge be cut.") == "that the hedge be cut."
    assert trained.decision_wording("Noted.") == "Noted."


def test_a_gold_record_is_placed_where_it_matches_best_not_on_a_heading():
    texts = [
        "Minutes of the meeting held on 11 June 2024",
        "RESOLVED that the minutes of the meeting held on 11 June 2024 be approved as a correct record.",
        "Members discussed the play area.",
        "The Clerk would obtain three quotes for the fence repairs.",
    ]
    gold = {
        "resolutions": [{"text": "that the minutes of the meeting held on 11 June 2024 be approved as a correct record.", "optional": False}],
        "actions": [{"owner": "Clerk", "text": "obtain three quotes for the fence repairs", "optional": False}],
    }
    cats = training.label_document(texts, gold)
    assert [c["DECISION"] for c in cats] == [0.0, 1.0, 0.0, 0.0]
    assert [c["ACTION"] for c in cats] == [0.0, 0.0, 0.0, 1.0]


def test_the_split_keeps_the_test_part_out_of_training():
    split = {"a_1.txt": "tune", "b_1.txt": "test"}
    assert training.in_split("a_1.txt", split, "tune") and not training.in_split("b_1.txt", split, "tune")
    assert training.in_split("samples.docx", split, "tune"), "gold the split does not name is always used"
    assert CliRunner().invoke(cli, ["train", str(ROOT / "corpus" / "gold" / "samples"), "--part", "test"]).exit_code != 0


def test_train_command_retrains_from_a_gold_folder(tmp_path):
    docs, gold_dir = tmp_path / "docs", tmp_path / "gold"
    docs.mkdir()
    gold_dir.mkdir()
    lines = ["Minutes of the Parish Council meeting held on 4 March 2024", ""]
    for i, (decision, narrative) in enumerate(zip(DECISIONS * 3, NARRATIVE * 3)):
        lines += [f"{i + 1}. Item {i + 1}", "", narrative, decision, ""]
    (docs / "parish.txt").write_text("\n".join(lines), encoding="utf-8")
    gold = {"document": "parish.txt", "resolutions": [{"text": d, "optional": False} for d in DECISIONS], "actions": []}
    (gold_dir / "parish.txt.json").write_text(json.dumps(gold), encoding="utf-8")
    result = CliRunner().invoke(cli, ["train", str(gold_dir), "--docs", str(docs), "--out", str(tmp_path / "model"), "--epochs", "6"])
    assert result.exit_code == 0, result.output
    component = trained.TrainedSentences(tmp_path / "model")
    assert component.classifier is not None
    assert _scores(component.classifier, "It was agreed that the Parish Council would fund the new bench.")["DECISION"] > 0.5


# --- the shipped model with the rules ---------------------------------------------------------


def test_shipped_model_is_small_and_loads_from_models():
    size = sum(p.stat().st_size for p in SHIPPED.rglob("*") if p.is_file())
    assert size < 5_000_000, f"models/trained is {size} bytes"
    component = get_pipeline().get_pipe("minutes_trained")
    assert component.classifier is not None and set(component.thresholds) == set(trained.LABELS)


def _records(path: Path, which: str, monkeypatch):
    from minutes_miner.extraction import extract_path

    monkeypatch.setenv("MINUTES_MINER_LAYER", which)
    return extract_path(path)


def test_shipped_model_adds_a_decision_the_rules_miss(monkeypatch):
    # corpus/invented (an English borough's officer decision notice): '1. DECISION / I have decided:
    # (a) to award the contract for parks ...', a decision in the first person under a heading,
    # which no rule reads. The shipped thresholds (DECISION 0.4, in items the rules found nothing
    # in, chosen on the selection set; docs/trained.md) are set here so the test holds whatever a
    # retraining chooses. (Until session 10 this was a Scots 'Minute ... was approved', which the
    # rules now read.)
    path = ROOT / "corpus" / "invented" / "stonebury_bc_1.txt"
    wording = "to award the contract for parks and open spaces grounds maintenance"
    rules = _records(path, "rules", monkeypatch)
    component = get_pipeline().get_pipe("minutes_trained")
    monkeypatch.setattr(component, "thresholds", {"DECISION": 0.4, "ACTION": training.OFF})
    monkeypatch.setattr(component, "scopes", {"DECISION": "item", "ACTION": "item"})
    both = _records(path, "both", monkeypatch)
    assert not any(wording in r.text for r in rules.resolutions)
    added = [r for r in both.resolutions if r.marker == "model"]
    assert any(wording in r.text for r in added)
    assert {r.text for r in rules.resolutions} <= {r.text for r in both.resolutions}  # the rules' records stay


@needs_shared
def test_layer_switch_gives_rules_only_model_only_or_both(monkeypatch):
    path = SHARED / "corpus" / "devpool" / "uk_local" / "allington_pc_1.txt"
    rules = _records(path, "rules", monkeypatch)
    monkeypatch.setattr(get_pipeline().get_pipe("minutes_trained"), "thresholds", {"DECISION": 0.5, "ACTION": 0.5})  # shipped: off
    model = _records(path, "model", monkeypatch)
    assert all(r.marker != "model" for r in rules.resolutions)
    assert model.resolutions and all(r.marker == "model" for r in model.resolutions)
    monkeypatch.setenv("MINUTES_MINER_LAYER", "neither")
    with pytest.raises(ValueError):
        trained.layer()


# --- context: the sentence's neighbours and heading as tokens ---------------------------------


def test_context_tokens_hold_the_heading_the_previous_sentence_and_the_shape():
    item = [["5.", "Play", "Area"], ["RESOLVED", ":"], ["That", "the", "report", "be", "noted", "."], ["Reason", "for", "decision", ":"]]
    tokens = trained.context_tokens(item, 2)
    assert {"h:play", "h:area", "p:resolved", "n:reason", "s:that", "s:later"} <= set(tokens)
    assert not any(t.startswith(("h:", "p:")) for t in trained.context_tokens(item, 0))  # the heading has no heading above it
    assert "s:first" in trained.context_tokens(item, 0) and "s:upper" in trained.context_tokens(item, 1)


def _in_context(previous: str, text: str, label: str | None) -> training.Sentence:
    sentence = _sentences([text], label)[0]
    sentence.context = trained.context_tokens([previous.split(), text.split()], 1)
    return sentence


def test_a_context_model_tells_the_same_words_apart_by_the_sentence_before():
    # the same clause is a decision under "RESOLVED:" and an officer's recommendation under "Recommendation:"
    clauses = ["That the report be noted.", "That the budget be approved.", "That the grant be paid.", "That the policy be adopted."]
    sentences = [_in_context("RESOLVED:", c, "DECISION") for c in clauses] + [_in_context("Officers recommended:", c, None) for c in clauses]
    model = training.train_classifier(sentences * 4, seed=0, epochs=20, context=True)
    component = trained.TrainedSentences(classifier=model)
    component.context = True
    nlp = spacy.blank("en")
    nlp.add_pipe("minutes_sentences")
    resolved = component(nlp("RESOLVED:\n\nThat the lease be renewed."))._.sentence_scores
    recommended = component(nlp("Officers recommended:\n\nThat the lease be renewed."))._.sentence_scores
    assert resolved[-1].scores["DECISION"] > 0.5 > recommended[-1].scores["DECISION"]


def test_context_setting_round_trips_with_the_model(tiny_model, tmp_path):
    training.save(tiny_model, {"DECISION": 0.6, "ACTION": 0.7}, tmp_path)
    loaded = trained.TrainedSentences(tmp_path)
    assert loaded.context is True and loaded.thresholds == {"DECISION": 0.6, "ACTION": 0.7}
    old = training.train_classifier(_sentences(DECISIONS, "DECISION") + _sentences(NARRATIVE, None), seed=0, epochs=2, context=False)
    training.save(old, {}, tmp_path / "old")
    assert trained.TrainedSentences(tmp_path / "old").context is False


def test_a_fold_leaves_out_every_gold_set_s_documents_of_its_councils():
    sentences = [
        training.Sentence(name, council, ["x"], [False], {})
        for name, council in (("alameda_ca_1.txt", "alameda_ca"), ("alameda_ca_3.pdf", "alameda_ca"), ("kent_1.txt", "kent"), ("sample.md", "sample"))
    ]
    kept = training.outside_fold(sentences, {"alameda_ca_1.txt"})
    assert [s.document for s in kept] == ["kent_1.txt", "sample.md"]


def _report(tp: int, fp: int, fn: int):
    """A Report whose resolutions and actions both scored tp/fp/fn."""
    from minutes_miner.evaluate import Report

    r = Report()
    for record_type in ("resolutions", "actions"):
        r.scores[record_type].tp, r.scores[record_type].fp, r.scores[record_type].fn = tp, fp, fn
    return r


def test_a_label_the_model_does_not_improve_under_cross_validation_is_switched_off():
    totals = {"rules": {t: _report(80, 10, 20) for t in training.GRID}, "both": {t: _report(80, 15, 20) for t in training.GRID}}
    totals["both"][0.9] = _report(84, 11, 16)  # resolutions and actions both gain at 0.9 only
    assert training.best_thresholds(totals) == {"DECISION": 0.9, "ACTION": 0.9}
    totals["both"][0.9] = _report(80, 12, 20)
    assert training.best_thresholds(totals) == {"DECISION": training.OFF, "ACTION": training.OFF}


def test_an_item_scoped_label_adds_nothing_in_an_item_where_the_rules_found_a_record():
    from minutes_miner.extract.layered import model_resolutions

    doc = spacy.blank("en")("The Board resolves to adopt the Plan as presented.")
    scored = trained.SentenceScore(0, len(doc.text), {"DECISION": 0.99, "ACTION": 0.0}, frozenset({"DECISION"}), frozenset({"DECISION"}))
    doc._.sentence_scores = [scored]
    assert [r.text for r in model_resolutions(doc, [], rules_found=False)] == ["The Board resolves to adopt the Plan as presented."]
    assert model_resolutions(doc, [], rules_found=True) == []
    doc._.sentence_scores = [trained.SentenceScore(0, len(doc.text), scored.scores, scored.labels)]  # sentence scope
    assert len(model_resolutions(doc, [], rules_found=True)) == 1


def test_a_setting_that_buys_recall_with_the_rules_precision_is_not_chosen():
    totals = {lay: {t: _report(80, 10, 20) for t in training.GRID} for lay in ("rules", "both", "both-item")}  # rules: P 0.889
    totals["both"][0.5] = _report(95, 20, 5)  # F1 0.864 -> 0.864 at P 0.826: more found, more wrong
    totals["both-item"][0.4] = _report(86, 10, 14)  # P 0.896, F1 0.878
    assert training.choose(totals) == ({"DECISION": 0.4, "ACTION": 0.4}, {"DECISION": "item", "ACTION": "item"})
    totals["both-item"][0.4] = _report(80, 10, 20)
    assert training.choose(totals)[0] == {"DECISION": training.OFF, "ACTION": training.OFF}


def test_cross_validation_chooses_the_item_scope_when_it_scores_better():
    totals = {lay: {t: _report(80, 10, 20) for t in training.GRID} for lay in ("rules", "both", "both-item")}
    totals["both"][0.8] = _report(84, 14, 16)
    totals["both-item"][0.5] = _report(84, 11, 16)
    assert training.choose(totals) == ({"DECISION": 0.5, "ACTION": 0.5}, {"DECISION": "item", "ACTION": "item"})


def test_train_command_cross_validates_by_council_and_writes_thresholds_scopes_and_folds(tmp_path):
    docs, gold_dir = tmp_path / "docs", tmp_path / "gold"
    docs.mkdir()
    gold_dir.mkdir()
    for council, (decisions, narrative) in {"ashcombe_pc": (DECISIONS[:3], NARRATIVE[:3]), "coldwell_pc": (DECISIONS[3:], NARRATIVE[3:])}.items():
        write_item_minutes(docs, gold_dir, council, decisions, narrative)
    args = ["train", str(gold_dir), "--docs", str(docs), "--cv-gold", str(gold_dir), "--folds", "2", "--epochs", "4", "--out", str(tmp_path / "model")]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "thresholds and scopes chosen by 2-fold cross-validation by council" in result.output
    assert "rules F1" in result.output and "resolutions" in result.output
    features = json.loads((tmp_path / "model" / "features.json").read_text(encoding="utf-8"))
    assert features["context"] is True and set(features["scopes"]) == set(trained.LABELS)


def test_a_model_whose_labels_are_all_switched_off_is_not_run(tiny_model):
    nlp = spacy.blank("en")
    nlp.add_pipe("minutes_sentences")
    component = trained.TrainedSentences(classifier=tiny_model)
    component.thresholds = {"DECISION": training.OFF, "ACTION": training.OFF}
    assert component(nlp("RESOLVED that the annual accounts be approved."))._.sentence_scores == []
    component.thresholds = {"DECISION": training.OFF, "ACTION": 0.5}
    assert len(component(nlp("RESOLVED that the annual accounts be approved."))._.sentence_scores) == 1


def test_a_switched_off_model_on_disk_is_loaded_only_when_asked_for(tiny_model, tmp_path):
    # extraction never runs it, so building it would only add to every command's start-up (issue 12)
    nlp = spacy.blank("en")
    nlp.add_pipe("minutes_sentences")
    training.save(tiny_model, {"DECISION": training.OFF, "ACTION": training.OFF}, tmp_path)
    component = trained.TrainedSentences(tmp_path)
    assert component._classifier is None
    assert component(nlp("RESOLVED that the annual accounts be approved."))._.sentence_scores == []
    assert component._classifier is None
    assert component.classifier is not None  # asked for: loaded from disk, the same model
    assert _scores(component.classifier, "RESOLVED that the annual accounts be approved.") == _scores(
        tiny_model, "RESOLVED that the annual accounts be approved."
    )
    on = trained.TrainedSentences(tmp_path)
    on.thresholds = {"DECISION": 0.5, "ACTION": training.OFF}  # switched on after loading: the model is read on first use
    assert len(on(nlp("RESOLVED that the annual accounts be approved."))._.sentence_scores) == 1


SCORED_SENTENCES = [  # invented minutes sentences of several councils' styles, and words the tiny model never saw
    "RESOLVED that the annual accounts be approved.",
    "Moved Cr Nguyen, seconded Cr Walsh, that Council adopt the draft Shire budget. CARRIED",
    "It was agreed that the Town Clerk write to the County Engineer about the culvert.",
    "The Reeve welcomed everyone; Councillor Tremblay declared a pecuniary interest.",
    "Members discussed the Cathaoirleach's report on the Municipal District works programme.",
    "Zyxwv qqq 12,345 £7.50 — per cent (a) [b] 31/12/2025",
]


def test_a_model_on_disk_is_loaded_only_when_a_sentence_is_scored(tiny_model, tmp_path):
    # most agenda items never need the scores (the rules found their decision): a command whose files need none never loads it (issue 12)
    nlp = spacy.blank("en")
    nlp.add_pipe("minutes_sentences")
    training.save(tiny_model, {"DECISION": 0.5, "ACTION": training.OFF}, tmp_path)
    component = trained.TrainedSentences(tmp_path)
    assert component._classifier is None and component.has_model
    doc = component(nlp("RESOLVED that the annual accounts be approved."))
    assert component._classifier is None and not trained.scored(doc)
    assert len(doc._.sentence_scores) == 1 and component._classifier is not None


def test_the_classifier_scores_the_same_without_its_string_store(tiny_model, tmp_path):
    # _load_classifier does not read the vocabulary's strings (features are hashes of the words): the scores must not move
    training.save(tiny_model, {"DECISION": 0.5, "ACTION": 0.5}, tmp_path)
    full = spacy.load(tmp_path / "sentences", config={"nlp": {"tokenizer": {"@tokenizers": trained.WORDS_ONLY}}}, exclude=["tokenizer"])
    lean = trained._load_classifier(tmp_path / "sentences")
    assert len(lean.vocab.strings) < len(full.vocab.strings)
    for text in SCORED_SENTENCES + DECISIONS + NARRATIVE:
        assert _scores(lean, text) == _scores(full, text), text


def test_a_lazily_loaded_classifier_is_saved_with_its_whole_string_store(tiny_model, tmp_path):
    training.save(tiny_model, {"DECISION": 0.5, "ACTION": 0.5}, tmp_path / "a")
    component = trained.TrainedSentences(tmp_path / "a")
    assert component.classifier is not None  # loaded for scoring, without the strings
    component.to_disk(tmp_path / "b")
    strings = [json.loads((tmp_path / d / "sentences" / "vocab" / "strings.json").read_text(encoding="utf-8")) for d in ("a", "b")]
    assert set(strings[0]) <= set(strings[1])
    again = trained.TrainedSentences(tmp_path / "b")
    for text in SCORED_SENTENCES:
        assert _scores(again.classifier, text) == _scores(tiny_model, text), text


def _two_council_gold(tmp_path, prefix: str):
    """Two invented councils' minutes (decisions among narrative) and their gold."""
    docs, gold_dir = tmp_path / f"{prefix}docs", tmp_path / f"{prefix}gold"
    docs.mkdir()
    gold_dir.mkdir()
    for council, (decisions, narrative) in {
        f"{prefix}ashcombe_pc": (DECISIONS[:3], NARRATIVE[:3]),
        f"{prefix}coldwell_pc": (DECISIONS[3:], NARRATIVE[3:]),
    }.items():
        write_item_minutes(docs, gold_dir, council, decisions, narrative)
    return docs, gold_dir


def test_train_command_chooses_thresholds_on_a_separate_selection_set(tmp_path):
    docs, gold_dir = _two_council_gold(tmp_path, "")
    select_docs, select_gold = _two_council_gold(tmp_path, "sel_")
    split = tmp_path / "select.tsv"
    split.write_text("file\tcouncil\tpart\nsel_ashcombe_pc_1.txt\tsel_ashcombe_pc\ttune\nsel_coldwell_pc_1.txt\tsel_coldwell_pc\ttest\n", encoding="utf-8")
    args = ["train", str(gold_dir), "--docs", str(docs), "--docs", str(select_docs), "--epochs", "4", "--out", str(tmp_path / "model")]
    result = CliRunner().invoke(cli, [*args, "--select-gold", str(select_gold), "--select-split", str(split)])
    assert result.exit_code == 0, result.output
    assert f"thresholds and scopes chosen on 1 files of {select_gold}" in result.output  # the tune part only, never the test part
    thresholds = json.loads((tmp_path / "model" / "thresholds.json").read_text(encoding="utf-8"))
    assert set(thresholds) == set(trained.LABELS)
    assert all(t in training.GRID or t == training.OFF for t in thresholds.values())


def test_train_command_refuses_to_choose_on_a_test_part_or_on_its_own_training_documents(tmp_path):
    docs, gold_dir = _two_council_gold(tmp_path, "")
    args = ["train", str(gold_dir), "--docs", str(docs), "--epochs", "2", "--out", str(tmp_path / "model")]
    refused = CliRunner().invoke(cli, [*args, "--select-gold", str(gold_dir), "--select-part", "test"])
    assert refused.exit_code == 2 and "never used to choose thresholds" in refused.output
    same = CliRunner().invoke(cli, [*args, "--select-gold", str(gold_dir)])
    assert same.exit_code == 2 and "also in the training gold (ashcombe_pc, coldwell_pc)" in same.output
    assert not (tmp_path / "model").exists()  # refused before anything was trained or written
    both = CliRunner().invoke(cli, [*args, "--select-gold", str(gold_dir), "--cv-gold", str(gold_dir)])
    assert both.exit_code == 2 and "give one" in both.output


def test_labels_outside_the_allowed_ones_are_switched_off():
    assert training.only_labels({"DECISION": 0.4, "ACTION": 0.5}, {"DECISION"}) == {"DECISION": 0.4, "ACTION": training.OFF}
    assert training.only_labels({"DECISION": 0.4, "ACTION": 0.5}, {"DECISION", "ACTION"}) == {"DECISION": 0.4, "ACTION": 0.5}
    assert training.only_labels({"DECISION": 0.4, "ACTION": 0.5}, set()) == {"DECISION": training.OFF, "ACTION": training.OFF}


def test_train_command_writes_an_unallowed_label_switched_off(tmp_path):
    docs, gold_dir = _two_council_gold(tmp_path, "")
    args = ["train", str(gold_dir), "--docs", str(docs), "--epochs", "2", "--out", str(tmp_path / "model"), "--labels", "DECISION"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    thresholds = json.loads((tmp_path / "model" / "thresholds.json").read_text(encoding="utf-8"))
    assert thresholds["ACTION"] == training.OFF and thresholds["DECISION"] != training.OFF


def test_an_item_the_rules_found_a_decision_in_is_never_scored_for_an_item_scoped_label(tiny_model):
    from minutes_miner.extract.layered import model_resolutions

    nlp = spacy.blank("en")
    nlp.add_pipe("minutes_sentences")
    component = trained.TrainedSentences(classifier=tiny_model)
    component.thresholds, component.scopes = {"DECISION": 0.0, "ACTION": training.OFF}, {"DECISION": "item"}
    calls = []
    real = component.score_sentences
    component.score_sentences = lambda doc: calls.append(doc.text) or real(doc)
    found = component(nlp("RESOLVED that the annual accounts be approved."))
    assert model_resolutions(found, [], rules_found=True) == [] and calls == []  # the rules read this item: no scoring
    assert len(model_resolutions(found, [], rules_found=False)) == 1 and len(calls) == 1  # scored on first need, once
    assert found._.sentence_scores and len(calls) == 1


def test_a_tie_within_the_margin_goes_to_the_narrower_scope():
    totals = {lay: {t: _report(80, 10, 20) for t in training.GRID} for lay in ("rules", "both", "both-item")}  # rules: F1 0.842
    totals["both"][0.6] = _report(86, 11, 14)  # F1 0.8731 in sentence scope
    totals["both-item"][0.4] = _report(85, 11, 15)  # F1 0.8673: 0.006 lower, no tie
    assert training.choose(totals) == ({"DECISION": 0.6, "ACTION": 0.6}, {"DECISION": "sentence", "ACTION": "sentence"})
    totals["both-item"][0.4] = _report(85, 10, 15)  # F1 0.8718: 0.0013 lower, a tie, and the narrower scope takes it
    assert training.choose(totals) == ({"DECISION": 0.4, "ACTION": 0.4}, {"DECISION": "item", "ACTION": "item"})


def test_scope_item_leaves_sentence_scope_out_of_the_choice():
    assert training.scored_layers("item") == ("rules", "both-item", "model")
    assert training.scored_layers("sentence") == ("rules", "both", "model")
    assert training.scored_layers() == training.SCORED_LAYERS
    totals = {lay: {t: _report(80, 10, 20) for t in training.GRID} for lay in ("rules", "both", "both-item")}
    totals["both"][0.4] = _report(90, 10, 10)  # sentence scope far better on the selection set
    totals["both-item"][0.4] = _report(84, 10, 16)
    assert training.choose(totals)[1]["DECISION"] == "sentence"
    item_only = {lay: totals[lay] for lay in training.scored_layers("item") if lay in totals}
    assert training.choose(item_only) == ({"DECISION": 0.4, "ACTION": 0.4}, {"DECISION": "item", "ACTION": "item"})


def test_a_threshold_that_buys_recall_with_a_few_false_records_is_not_chosen():
    # the grown gold's model on the selection set (session 14): the rules 148 right / 22 false; at
    # 0.3 eight more right and three more false (P 0.871 -> 0.862), at 0.4 four and one (0.869)
    totals = {lay: {t: _report(148, 22, 31) for t in training.GRID} for lay in ("rules", "both-item")}
    totals["both-item"][0.3] = _report(156, 25, 23)  # F1 0.867, the best, at 0.009 less precision
    totals["both-item"][0.4] = _report(152, 23, 27)  # F1 0.859, at 0.002 less precision
    assert training.choose(totals)[0] == {"DECISION": 0.4, "ACTION": 0.4}
    totals["both-item"][0.4] = _report(148, 22, 31)
    assert training.choose(totals)[0] == {"DECISION": training.OFF, "ACTION": training.OFF}


@pytest.mark.parametrize("architecture", ["bow2", "ensemble"])
def test_every_architecture_learns_is_deterministic_and_is_read_back_from_disk(architecture, tmp_path):
    # what `train --architecture` writes, extraction loads: spacy.load reads the architecture from the saved config
    examples = _sentences(DECISIONS, "DECISION") * 3 + _sentences(NARRATIVE, None) * 3
    model = training.train_classifier(examples, seed=0, epochs=20, context=False, architecture=architecture)
    again = training.train_classifier(examples, seed=0, epochs=20, context=False, architecture=architecture)
    decision, narrative = "RESOLVED that the annual accounts be approved.", "Members discussed the condition of the play area."
    assert _scores(model, decision)["DECISION"] > 0.5 > _scores(model, narrative)["DECISION"]
    assert _scores(again, decision) == _scores(model, decision)
    training.save(model, {"DECISION": 0.5, "ACTION": 0.5}, tmp_path)
    loaded = trained.TrainedSentences(tmp_path).classifier
    assert _scores(loaded, decision) == pytest.approx(_scores(model, decision))
