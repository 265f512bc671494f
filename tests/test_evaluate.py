"""The evaluation's council-disjoint split and its meeting-field scoring (ANNOTATION.md)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from minutes_miner.cli import cli
from minutes_miner.evaluate import Report, council_key, meeting_right, read_split, score_document, split_part

from helpers import ROOT, SHARED, needs_shared

SPLIT = ROOT / "corpus" / "splits" / "devpool.tsv"


def test_a_councils_documents_share_one_key_whatever_their_body_or_format():
    assert council_key("alameda_ca_1.pdf") == council_key("alameda_ca_3.pdf") == "alameda_ca"
    assert council_key("angus_2.txt.json") == "angus"
    assert council_key("lictonsprings_wa_3.docx") == "lictonsprings_wa"


def test_the_split_puts_about_a_third_of_councils_in_test():
    keys = [f"council_{n}" for n in range(600)]
    share = sum(split_part(k) == "test" for k in keys) / len(keys)
    assert 0.28 < share < 0.39


def test_the_committed_split_is_the_rule_and_never_splits_a_council():
    rows = [line.split("\t") for line in SPLIT.read_text(encoding="utf-8").splitlines()[1:]]
    assert len(rows) > 200
    parts_by_council: dict[str, set[str]] = {}
    for name, council, part in rows:
        assert council == council_key(name)
        assert part == split_part(council)
        parts_by_council.setdefault(council, set()).add(part)
    assert all(len(parts) == 1 for parts in parts_by_council.values())
    assert {"test", "tune"} == {p for parts in parts_by_council.values() for p in parts}


def test_the_blind_split_is_the_rule_at_one_council_in_two_and_lists_every_blind_file():
    blind = ROOT / "corpus" / "splits" / "blind.tsv"
    rows = [line.split("\t") for line in blind.read_text(encoding="utf-8").splitlines()[1:]]
    assert all(council == council_key(name) and part == split_part(council, 2) for name, council, part in rows)
    files = {p.name for p in (ROOT / "corpus" / "blind").iterdir()}
    assert files == {name for name, _, _ in rows} == {p.name[: -len(".json")] for p in (ROOT / "corpus" / "gold" / "blind").iterdir()}
    assert read_split(blind, "test") and read_split(blind, "tune")


def test_the_web_split_is_the_rule_at_one_council_in_two_keyed_by_the_council_its_source_names():
    """corpus/splits/web.tsv: one part per council (two local boards of one council stay together), from the council
    name of web_sources.tsv before any bracket; every listed file has its source row."""
    splits = ROOT / "corpus" / "splits"
    rows = [line.split("\t") for line in (splits / "web.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    sources = {row[0]: row for row in (line.split("\t") for line in (splits / "web_sources.tsv").read_text(encoding="utf-8").splitlines()[1:])}
    assert {name for name, _, _ in rows} == set(sources)
    for name, council, part in rows:
        assert council == re.sub(r"\s*\(.*", "", sources[name][2]).strip().lower()
        assert part == split_part(council, 2), name
    assert {part for _, _, part in rows} == {"test", "tune"}


def test_the_web_sets_share_no_council():
    """web (split tune/test) and web2 to web22 are held out from one another by council: a council of one set in
    another would let rules written on one be scored on their own council's pages. Each set is checked against every
    set collected before it."""
    splits = ROOT / "corpus" / "splits"

    def councils(name: str) -> set[str]:
        rows = [line.split("\t") for line in (splits / name).read_text(encoding="utf-8").splitlines()[1:]]
        return {re.sub(r"\s*\(.*", "", row[2]).strip().lower() for row in rows}

    smallest = {
        "": 101,
        "2": 101,
        "3": 101,
        "4": 81,
        "5": 81,
        "6": 81,
        "7": 60,
        "8": 55,
        "9": 55,
        "10": 60,
        "11": 60,
        "12": 60,
        "13": 60,
        "14": 60,
        "15": 60,
        "16": 60,
        "17": 59,
        "18": 60,
        "19": 58,
        "20": 57,
        "21": 60,
        "22": 60,
    }
    earlier: set[str] = set()
    for n, fewest in smallest.items():
        this = councils(f"web{n}_sources.tsv")
        assert len(this) >= fewest, f"web{n}"
        assert not this & earlier, f"web{n} shares {sorted(this & earlier)}"
        earlier |= this


@needs_shared
def test_the_committed_split_lists_every_devpool_file():
    files = {p.name for p in (SHARED / "corpus" / "devpool").rglob("*") if p.is_file()} - {"PROVENANCE.tsv", "README.md"}
    assert files == read_split(SPLIT, "test") | read_split(SPLIT, "tune")


def test_meeting_names_compare_as_annotation_md_says():
    assert meeting_right("body", "Cabinet", "Cabinet meeting")
    assert meeting_right("council", "Durham County Council", "Durham County")
    assert meeting_right("council", "Louth Town Council (Lincolnshire)", "Louth Town Council")
    assert not meeting_right("council", "Kent County Council", "County Council")
    assert meeting_right("body", None, None)
    assert not meeting_right("body", None, "Cabinet")
    assert meeting_right("date", "2021-03-17", "2021-03-17")
    assert not meeting_right("date", "2021-03-17", "2021-03-18")


def _gold(tmp_path: Path, name: str, meeting: dict) -> Path:
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir(exist_ok=True)
    (gold_dir / f"{name}.json").write_text(json.dumps({"document": name, "meeting": meeting, "resolutions": [], "actions": [], "statistics": []}))
    return gold_dir


def test_eval_scores_meeting_fields_and_only_the_chosen_part(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    text = "URL: https://example.org/minutes\nCOUNCIL: Ashby Parish Council\n\nMinutes of the meeting of Ashby Parish Council held on 4 March 2024\n\n1. Apologies\nNone.\n"
    (docs / "ashby_1.txt").write_text(text)
    (docs / "other_1.txt").write_text(text)
    gold_dir = _gold(tmp_path, "ashby_1.txt", {"council": "Ashby Parish Council", "date": "2024-03-04", "doc_type": "minutes"})
    _gold(tmp_path, "other_1.txt", {"council": "Nowhere Council"})
    split = tmp_path / "split.tsv"
    split.write_text("file\tcouncil\tpart\nashby_1.txt\tashby\ttest\nother_1.txt\tother\ttune\n")
    result = CliRunner().invoke(cli, ["eval", str(gold_dir), "--docs", str(docs), "--split", str(split), "--part", "test", "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["documents"] == 1
    assert scores["meeting"]["council"] == {"accuracy": 1.0, "right": 1, "scored": 1}
    assert scores["meeting"]["date"]["right"] == 1
    assert scores["meeting"]["body"]["scored"] == 0


def test_eval_refuses_a_part_without_a_split(tmp_path):
    gold_dir = _gold(tmp_path, "x.txt", {})
    result = CliRunner().invoke(cli, ["eval", str(gold_dir), "--part", "test"])
    assert result.exit_code == 2
    assert "--split and --part go together" in result.output


def test_actions_with_the_same_text_pair_with_the_prediction_of_their_own_owner():
    """Two promises worded alike ("will keep us posted") by two people: order must not cross the owners."""
    gold = {"actions": [{"owner": "Supervisor Lee", "text": "will keep us posted"}, {"owner": "Clerk Ortiz", "text": "will keep us posted"}]}
    empty = {"resolutions": [], "agreed_comments": [], "statistics": [], "people": []}
    predicted = {**empty, "actions": [{"owner": "Clerk Ortiz", "text": "will keep us posted"}, {"owner": "Supervisor Lee", "text": "will keep us posted"}]}
    report = Report()
    score_document(report, gold, predicted, "crete.txt")
    assert report.scores["actions"].tp == 2
    assert (report.owners_right, report.owners_matched) == (2, 2)
