"""The decision marker words live in one data file (models/patterns/decision_words.json).

Adding a word there is all it takes for the marker patterns and the code that reads
document types, titles, sentence starts and actions to know it (docs/adding.md).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys

from minutes_miner import vocabulary
from minutes_miner.resources import models_dir


def test_the_marker_patterns_are_built_from_the_word_list():
    caps = re.compile(r"(?P<marker>" + vocabulary.capitalised_markers() + r")\b")
    assert caps.match("RESOLVED that").group("marker") == "RESOLVED"
    assert caps.match("RESOVLED that").group("marker") == "RESOVLED"  # a misspelling printed in real minutes
    assert caps.match("R E S O L V E D that").group("marker") == "R E S O L V E D"
    assert caps.match("ENDORSED")
    assert not re.match(r"(?:" + vocabulary.capitalised_markers(capitals_only=False) + r")\b", "ENDORSED")
    assert vocabulary.decision_verbs("upper", "title") == "RESOLVED|AGREED|DECIDED|Resolved|Agreed|Decided"
    markers = (models_dir() / "patterns" / "resolution_markers.jsonl").read_text(encoding="utf-8")
    assert "{DECISION_CAPS}" in markers and "{DECISION_TITLE}" in markers and "{DECISION_LOWER}" in markers
    assert "{DECISION" not in vocabulary.expand_markers(markers)


def test_a_new_marker_word_is_one_line_in_one_data_file(tmp_path):
    """'DETERMINED that ...' is not a decision until the word is added to decision_words.json."""
    minutes = tmp_path / "minutes.txt"
    minutes.write_text(
        "PARKHILL TOWN COUNCIL\nMinutes of the meeting of the Amenities Committee held on 3 March 2025\n\n"
        "Present: Cllr A Jones (Chair), Cllr B Patel\n\n"
        "4. ALLOTMENT RENTS\n\nMembers considered the rents for 2025/26.\n\n"
        "DETERMINED that allotment rents remain at £40 a plot for 2025/26.\n",
        encoding="utf-8",
    )
    models = tmp_path / "models"
    shutil.copytree(models_dir(), models, ignore=shutil.ignore_patterns("__pycache__"))

    def markers() -> list[str]:
        env = {**os.environ, "MINUTES_MINER_MODELS": str(models)}
        out = subprocess.run(
            [sys.executable, "-c", "from minutes_miner.cli import cli; cli()", "extract", str(minutes)], capture_output=True, text=True, env=env, check=True
        ).stdout
        return [r["marker"] for r in json.loads(out)["resolutions"]]

    assert "DETERMINED" not in markers()
    words_file = models / "patterns" / "decision_words.json"
    words = json.loads(words_file.read_text(encoding="utf-8"))
    words["verbs"].append("determined")
    words_file.write_text(json.dumps(words), encoding="utf-8")
    assert "DETERMINED" in markers()
