"""The minutes-miner command line: extract, eval, schemas, ingest --workers, serve, --help."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from minutes_miner import records
from minutes_miner.cli import cli
from minutes_miner.ingest import iter_files

from helpers import ROOT, SAMPLES
from store_helpers import excerpts, snapshot

SAMPLES_GOLD = ROOT / "corpus" / "gold" / "samples"
RECORD_LISTS = ["agenda_items", "people", "resolutions", "votes", "agreed_comments", "actions", "statistics", "acronyms"]
SCORED_TYPES = ["resolutions", "agreed_comments", "actions", "statistics"]


def run(*args: str):
    return CliRunner().invoke(cli, [str(a) for a in args])


# --- extract ----------------------------------------------------------------------------


@pytest.fixture
def minutes_file(tmp_path: Path) -> Path:
    name, data = excerpts()[1]
    target = tmp_path / name
    target.write_bytes(data)
    return target


def test_extract_prints_json_with_every_record_list(minutes_file):
    result = run("extract", minutes_file)
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    doc = out["document"]
    assert doc["id"] == hashlib.sha256(minutes_file.read_bytes()).hexdigest()
    assert doc["status"] == "ok" and doc["file_name"] == minutes_file.name
    assert "text" not in doc, "the full text is only printed with --text"
    for name in RECORD_LISTS:
        assert isinstance(out[name], list), name
    assert sum(len(out[name]) for name in RECORD_LISTS) > 0, "no records at all from real minutes"
    for name in RECORD_LISTS:
        for record in out[name]:
            if "document_id" in record:
                assert record["document_id"] == doc["id"]
            records.RECORD_MODELS[name].model_validate(record)  # each record is a valid model


def test_extract_with_text_gives_offsets_into_that_text(minutes_file):
    result = run("extract", "--text", minutes_file)
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    text = out["document"]["text"]
    assert text
    assert minutes_file.read_text(encoding="utf-8").split()[-1] in text, "the stored text lost the end of the file"
    found = 0
    for name in ("resolutions", "actions", "agreed_comments"):
        for record in out[name]:
            assert " ".join(text[record["char_start"] : record["char_end"]].split()) == " ".join(record["sentence"].split())
            found += 1
    assert found, "real minutes gave no resolution, action or agreed comment to check"


def test_extract_of_a_bad_file_prints_the_error_and_exits_1(tmp_path):
    bad = tmp_path / "empty.pdf"
    bad.write_bytes(b"")
    result = run("extract", bad)
    assert result.exit_code == 1
    doc = json.loads(result.stdout)["document"]
    assert doc["status"] == "error" and doc["error"]
    assert result.stderr == f"error: {bad}: {doc['error']}\n"  # one line, the file and its reason


def test_an_error_that_runs_over_several_lines_is_told_in_one(minutes_file, monkeypatch):
    """An exception's message (a validation error, a library's report) can hold line breaks; a failed file is one line."""
    from minutes_miner import extraction

    def breaks(*args, **kwargs):
        raise ValueError("2 validation errors for Statistic\nvalue\n  Input should be a finite number")

    monkeypatch.setattr(extraction, "extract_path", breaks)
    result = run("extract", minutes_file)
    assert result.exit_code == 1
    assert json.loads(result.stdout)["document"]["error"] == (
        "extraction failed (ValueError): 2 validation errors for Statistic value Input should be a finite number"
    )
    assert result.stderr.count("\n") == 1 and result.stderr.startswith(f"error: {minutes_file}: extraction failed")


# --- eval -------------------------------------------------------------------------------


def _gold_dir(tmp_path: Path, gold: dict, document_text: str = "minutes") -> tuple[Path, Path]:
    gold_dir, docs_dir = tmp_path / "gold", tmp_path / "docs"
    gold_dir.mkdir()
    docs_dir.mkdir()
    (docs_dir / gold["document"]).write_text(document_text, encoding="utf-8")
    (gold_dir / f"{gold['document']}.json").write_text(json.dumps(gold), encoding="utf-8")
    return gold_dir, docs_dir


def _table_scores(output: str) -> dict[str, tuple[float, float, float]]:
    lines = output.strip().splitlines()
    assert re.search(r"\bP\b.*\bR\b.*\bF1\b", lines[0]), f"no P/R/F1 header: {lines[0]!r}"
    scores = {}
    for line in lines[1:]:
        m = re.match(r"(\w+)\s+(\d\.\d+)\s+(\d\.\d+)\s+(\d\.\d+)", line)
        if m:
            scores[m.group(1)] = tuple(float(x) for x in m.groups()[1:])
    return scores


GOLD = {
    "document": "hartwell_2024-05-14.txt",
    "resolutions": [
        {"text": "that the minutes of the meeting held on 9 April 2024 be approved as a correct record", "optional": False},
        {"text": "that the grant of £1,250 to the Village Hall be approved", "optional": False},
        {"text": "that the quotation from Acme Ltd be accepted", "optional": True},
    ],
    "agreed_comments": [],
    "actions": [
        {"owner": "the Clerk", "text": "write to the highways authority about the Mill Lane potholes", "due": None},
        {"owner": "Cllr Patel", "text": "obtain three quotes for the bus shelter", "due": "by the next meeting"},
    ],
    "statistics": [
        {"value": 1250, "unit": "GBP", "text": "£1,250"},
        {"value": 42, "unit": "percent", "text": "42% of households"},
    ],
}


def _predicted(doc_id: str):
    """What a made-up extractor found, chosen so every scoring rule of ANNOTATION.md is hit."""
    from minutes_miner.extraction import Extraction

    where = {"document_id": doc_id, "char_start": 0, "char_end": 1, "sentence": "x"}
    extraction = Extraction(records.Document(id=doc_id, path="x", file_name="x"))
    extraction.resolutions = [
        records.Resolution(id="r1", text="the minutes of the meeting held on 9 April 2024 be approved as a correct record", **where),
        records.Resolution(id="r2", text="that the Clerk's report be noted", **where),
    ]
    extraction.actions = [
        records.Action(id="a1", owner="Clerk", description="write to the highways authority about the Mill Lane potholes", **where),
        records.Action(id="a2", owner="Cllr Wood", description="obtain three quotes for the bus shelter", due_text="by the next meeting", **where),
    ]
    extraction.statistics = [
        records.Statistic(id="s1", value=1250.0, unit="GBP", text="£1,250", **where),
        records.Statistic(id="s2", value=42.0, unit="count", text="42 households", **where),
        records.Statistic(id="s3", value=17.0, unit="count", text="17 members", **where),
    ]
    return extraction


def test_eval_scores_each_record_type_by_the_annotation_rules(tmp_path, monkeypatch):
    import minutes_miner.evaluate as evaluate

    gold_dir, docs_dir = _gold_dir(tmp_path, GOLD)
    seen = []
    monkeypatch.setattr(evaluate, "extract_path", lambda path, *a, **k: seen.append(Path(path)) or _predicted("d1"))

    result = run("eval", gold_dir, "--docs", docs_dir, "--json")
    assert result.exit_code == 0, result.output
    assert seen == [docs_dir / GOLD["document"]]
    scores = json.loads(result.stdout)
    # resolutions: 1 matched, 1 spurious, 1 missed (the optional miss costs nothing)
    assert (scores["resolutions"]["tp"], scores["resolutions"]["fp"], scores["resolutions"]["fn"]) == (1, 1, 1)
    assert scores["resolutions"]["precision"] == pytest.approx(0.5)
    assert scores["resolutions"]["recall"] == pytest.approx(0.5)
    assert scores["resolutions"]["f1"] == pytest.approx(0.5)
    # actions: both tasks match; one owner right ("the Clerk" ~ "Clerk"), one wrong
    assert (scores["actions"]["tp"], scores["actions"]["fp"], scores["actions"]["fn"]) == (2, 0, 0)
    assert scores["owner_accuracy"] == pytest.approx(0.5)
    # statistics: same unit and value within 1% only: 1 tp, 2 fp, 1 fn
    assert (scores["statistics"]["tp"], scores["statistics"]["fp"], scores["statistics"]["fn"]) == (1, 2, 1)
    assert scores["statistics"]["precision"] == pytest.approx(1 / 3, abs=1e-3)
    assert scores["statistics"]["recall"] == pytest.approx(0.5)
    assert scores["statistics"]["f1"] == pytest.approx(0.4, abs=1e-3)
    assert scores["documents"] == 1


def test_eval_prints_a_p_r_f1_table_per_record_type(tmp_path, monkeypatch):
    import minutes_miner.evaluate as evaluate

    gold_dir, docs_dir = _gold_dir(tmp_path, GOLD)
    monkeypatch.setattr(evaluate, "extract_path", lambda path, *a, **k: _predicted("d1"))
    result = run("eval", gold_dir, "--docs", docs_dir)
    assert result.exit_code == 0, result.output
    scores = _table_scores(result.stdout)
    assert set(SCORED_TYPES) <= set(scores), result.stdout
    assert scores["resolutions"] == pytest.approx((0.5, 0.5, 0.5), abs=1e-3)
    assert scores["actions"] == pytest.approx((1.0, 1.0, 1.0), abs=1e-3)
    assert scores["statistics"] == pytest.approx((1 / 3, 0.5, 0.4), abs=1e-3)
    assert re.search(r"owner accuracy\s+0\.500", result.stdout), result.stdout


def test_eval_end_to_end_on_a_small_real_document(tmp_path):
    text = (
        "MINUTES of the meeting of Hartwell Parish Council held on 14 May 2024.\n\n"
        "1. Minutes\n\nRESOLVED that the minutes of the meeting held on 9 April 2024 be approved as a correct record.\n"
    )
    gold = {
        "document": "hartwell.txt",
        "resolutions": [{"text": "that the minutes of the meeting held on 9 April 2024 be approved as a correct record"}],
        "agreed_comments": [],
        "actions": [],
        "statistics": [],
    }
    gold_dir, docs_dir = _gold_dir(tmp_path, gold, text)
    result = run("eval", gold_dir, "--docs", docs_dir, "--json")
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["documents"] == 1
    assert scores["resolutions"]["tp"] == 1 and scores["resolutions"]["fn"] == 0
    for record_type in SCORED_TYPES:
        for key in ("precision", "recall", "f1"):
            assert 0.0 <= scores[record_type][key] <= 1.0


def test_eval_fails_loudly_when_a_gold_document_is_missing(tmp_path):
    gold_dir, docs_dir = _gold_dir(tmp_path, GOLD)
    (docs_dir / GOLD["document"]).unlink()
    result = run("eval", gold_dir, "--docs", docs_dir)
    assert result.exit_code == 1
    assert GOLD["document"] in result.stderr and "not found" in result.stderr


def test_eval_of_the_sample_gold_finds_every_document(monkeypatch):
    gold_dir = ROOT / "corpus" / "gold" / "samples"
    monkeypatch.chdir(ROOT)  # gold 'source' paths are relative to the project root
    result = run("eval", gold_dir, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["documents"] == len(list(gold_dir.rglob("*.json")))


# --- schemas ----------------------------------------------------------------------------

SCHEMAS = ROOT / "schemas"


def test_committed_schemas_match_the_models():
    assert sorted(p.name for p in SCHEMAS.glob("*.schema.json")) == sorted(f"{t}.schema.json" for t in records.RECORD_MODELS)
    result = run("schemas", "--check", "--out", SCHEMAS)
    assert result.exit_code == 0, f"schemas/ is stale: run `minutes-miner schemas`\n{result.output}"


def test_committed_schemas_carry_the_model_descriptions():
    for table, model in records.RECORD_MODELS.items():
        schema = json.loads((SCHEMAS / f"{table}.schema.json").read_text(encoding="utf-8"))
        for name, field in model.model_fields.items():
            assert schema["properties"][name].get("description") == field.description, f"{table}.{name}"


def test_schemas_check_fails_when_a_model_changes(tmp_path, monkeypatch):
    out = tmp_path / "schemas"
    shutil.copytree(SCHEMAS, out)

    class ActionWithPriority(records.Action):
        priority: int | None = None

    monkeypatch.setitem(records.RECORD_MODELS, "actions", ActionWithPriority)
    result = run("schemas", "--check", "--out", out)
    assert result.exit_code == 1
    assert "actions.schema.json" in result.stderr
    assert "resolutions.schema.json" not in result.stderr

    assert run("schemas", "--out", out).exit_code == 0  # regenerating fixes it
    assert run("schemas", "--check", "--out", out).exit_code == 0


def test_schemas_check_fails_on_a_changed_description_and_on_a_leftover_file(tmp_path):
    out = tmp_path / "schemas"
    shutil.copytree(SCHEMAS, out)
    target = out / "statistics.schema.json"
    target.write_text(target.read_text(encoding="utf-8").replace("count, percent, other, or money", "count or percent, or money"), encoding="utf-8")
    assert run("schemas", "--check", "--out", out).exit_code == 1
    shutil.copytree(SCHEMAS, out, dirs_exist_ok=True)
    assert run("schemas", "--check", "--out", out).exit_code == 0
    (out / "motions.schema.json").write_text("{}", encoding="utf-8")
    result = run("schemas", "--check", "--out", out)
    assert result.exit_code == 1 and "motions.schema.json" in result.stderr
    assert run("schemas", "--out", out).exit_code == 0  # regenerating removes it
    assert not (out / "motions.schema.json").exists()
    assert run("schemas", "--check", "--out", out).exit_code == 0


# --- ingest -----------------------------------------------------------------------------


def test_ingest_with_two_workers_stores_the_same_rows_as_one(tmp_path):
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    first = run("ingest", SAMPLES, "--db", one, "--workers", "1")
    second = run("ingest", SAMPLES, "--db", two, "--workers", "2")
    assert first.exit_code == 0 and second.exit_code == 0, first.output + second.output
    expected_files = len(list(iter_files([str(SAMPLES)])))
    assert re.search(rf"\b{expected_files} files\b", second.stdout), second.stdout
    a, b = snapshot(one, drop=("ingested_at",)), snapshot(two, drop=("ingested_at",))
    assert a.keys() == b.keys()
    for table in a:
        assert a[table] == b[table], f"{table} differs between --workers 1 and --workers 2"
    assert len(a["documents"]) == expected_files


@pytest.mark.parametrize("quiet", [False, True])
def test_the_progress_line_is_drawn_on_a_terminal_unless_quiet(quiet, minutes_file, tmp_path, monkeypatch):
    from minutes_miner import cli as cli_module

    monkeypatch.setattr(cli_module, "_on_terminal", lambda: True)
    result = run("ingest", minutes_file, "--db", tmp_path / "m.db", "--workers", "1", *(["--quiet"] if quiet else []))
    assert result.exit_code == 0, result.output
    assert ("\r1/1 files" in result.stderr) is not quiet
    assert "1 ingested" in result.stdout


def test_help_explains_the_commands():
    result = run("--help")
    assert result.exit_code == 0
    for command in ("ingest", "extract", "serve", "eval", "train", "schemas"):
        assert re.search(rf"^\s+{command}\s+\S", result.output, re.M), f"{command} missing from --help"
    ingest_help = run("ingest", "--help").output
    assert "--db" in ingest_help and "--workers" in ingest_help


def test_every_option_of_every_command_says_what_it_does():
    import click

    undocumented = [
        f"{name} {option.opts[0]}"
        for name, command in cli.commands.items()
        for option in command.params
        if isinstance(option, click.Option) and not option.help and "--help" not in option.opts
    ]
    assert not undocumented, f"options without help text: {undocumented}"
    for name in cli.commands:
        result = run(name, "-h")
        assert result.exit_code == 0 and f" {name} [OPTIONS]" in result.output.splitlines()[0]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["eval", SAMPLES_GOLD, "--errors", "-1"], "Invalid value for '--errors': -1 is not in the range x>=0"),
        (["eval", SAMPLES_GOLD, "--min-f1", "5"], "Invalid value for '--min-f1': 5.0 is not in the range 0<=x<=1"),
        (["train", SAMPLES_GOLD, "--folds", "1"], "Invalid value for '--folds': 1 is not in the range x>=2"),
        (["train", SAMPLES_GOLD, "--epochs", "0"], "Invalid value for '--epochs': 0 is not in the range x>=1"),
        (["serve", ROOT / "pyproject.toml", "--port", "99999"], "Invalid value for '-p' / '--port': 99999 is not in the range 0<=x<=65535"),
    ],
)
def test_numbers_out_of_range_are_usage_errors_before_any_work(args, message, tmp_path):
    """--errors -1 listed all errors but the last, --folds 0 trained a model with its thresholds at 1.01 (never used)."""
    out = ["--out", tmp_path / "model"] if args[0] == "train" else []  # were it to train after all, never over models/trained
    result = run(*args, *out)
    assert result.exit_code == 2 and message in result.output and "Traceback" not in result.output


def test_serve_starts_datasette_on_the_database(tmp_path, monkeypatch):
    import os

    db_path = tmp_path / "m.db"
    source = tmp_path / "minutes.txt"
    source.write_bytes(excerpts()[0][1])
    run("ingest", source, "--db", db_path, "--workers", "1")
    calls = []
    monkeypatch.setattr(os, "execv", lambda exe, cmd: calls.append(cmd))
    result = run("serve", db_path, "--port", "8123")
    assert result.exit_code == 0, result.output
    (cmd,) = calls
    assert "datasette" in " ".join(cmd) and str(db_path) in cmd
    assert cmd[cmd.index("--port") + 1] == "8123" and cmd[cmd.index("--host") + 1] == "127.0.0.1"
    settings = {cmd[i + 1]: cmd[i + 2] for i, part in enumerate(cmd) if part == "--setting"}
    # Suggested facets cost more than the page on a large table; the facet time is capped.
    assert settings["suggest_facets"] == "off" and settings["facet_time_limit_ms"] == "200"
