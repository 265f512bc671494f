"""bench/agreement.py: a second annotation scored against the first, both ways."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _annotation(folder: Path, resolutions: list[dict], statistics: list[dict], body: str) -> None:
    folder.mkdir(exist_ok=True)
    gold = {
        "document": "ashby_pc_1.txt",
        "source": "x/ashby_pc_1.txt",
        "meeting": {"council": "Ashby Parish Council", "body": body, "date": "2024-03-04", "doc_type": "minutes"},
        "resolutions": resolutions,
        "agreed_comments": [],
        "actions": [{"owner": "The Clerk", "text": "write to the contractor", "due": None, "optional": False}],
        "statistics": statistics,
    }
    (folder / "ashby_pc_1.txt.json").write_text(json.dumps(gold), encoding="utf-8")


def _agreement(first: Path, second: Path) -> dict:
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "agreement.py"), str(first), str(second), "--json"], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def test_two_annotations_that_differ_by_one_record_disagree_on_that_record_only(tmp_path):
    decision = {"text": "that the grass cutting contract be renewed", "optional": False}
    money = {"value": 4500, "unit": "GBP", "text": "£4,500", "optional": False}
    _annotation(tmp_path / "first", [decision], [money], "Ashby Parish Council")
    _annotation(tmp_path / "second", [decision], [], "Full Council")
    result = _agreement(tmp_path / "first", tmp_path / "second")
    one_way = result["second_against_first"]
    assert one_way["resolutions"]["f1"] == 1.0 and one_way["actions"]["f1"] == 1.0
    assert (one_way["statistics"]["tp"], one_way["statistics"]["fn"]) == (0, 1)
    assert one_way["meeting"]["body"]["right"] == 0 and one_way["meeting"]["date"]["right"] == 1
    assert result["first_against_second"]["statistics"]["fp"] == 1


def test_a_record_one_annotator_marks_optional_is_no_disagreement(tmp_path):
    decision = {"text": "that the grass cutting contract be renewed", "optional": False}
    _annotation(tmp_path / "first", [decision], [], "Ashby Parish Council")
    _annotation(tmp_path / "second", [dict(decision, optional=True)], [], "Ashby Parish Council")
    result = _agreement(tmp_path / "first", tmp_path / "second")
    assert result["first_against_second"]["resolutions"]["fp"] == 0  # optional in the gold: found or not, no error
    assert result["second_against_first"]["resolutions"]["fn"] == 1  # the second did not commit to it
