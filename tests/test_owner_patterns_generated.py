"""models/patterns/owners.jsonl is written by models/make_owner_patterns.py, never by hand.

A pattern added to the JSONL alone is lost the next time anyone runs the generator (it happened:
seven post words and a line-break pattern went missing in session 11 until the merge caught it),
so the committed JSONL must be exactly what the generator writes.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

MODELS = Path(__file__).resolve().parents[1] / "models"


def test_the_committed_owner_patterns_are_what_the_generator_writes(tmp_path):
    (tmp_path / "patterns").mkdir()
    subprocess.run([sys.executable, str(MODELS / "make_owner_patterns.py")], cwd=tmp_path, check=True, capture_output=True)
    written = (tmp_path / "patterns" / "owners.jsonl").read_text()
    assert written == (MODELS / "patterns" / "owners.jsonl").read_text(), "edit models/make_owner_patterns.py and run it in models/"
