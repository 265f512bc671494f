"""The extractor version follows what produces the records, so upgrades re-extract."""

from __future__ import annotations

import shutil

from minutes_miner import EXTRACTOR_VERSION, __version__
from minutes_miner.resources import extractor_version, models_dir


def test_the_version_is_the_release_and_a_hash_of_code_and_models():
    release, _, digest = EXTRACTOR_VERSION.partition("+")
    assert release == __version__
    assert len(digest) == 12 and int(digest, 16) >= 0
    assert extractor_version(__version__) == EXTRACTOR_VERSION


def test_changing_a_file_in_models_changes_the_version(tmp_path, monkeypatch):
    copy = tmp_path / "models"
    shutil.copytree(models_dir(), copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setenv("MINUTES_MINER_MODELS", str(copy))
    before = extractor_version(__version__)
    assert before == EXTRACTOR_VERSION
    markers = copy / "patterns" / "resolution_markers.jsonl"
    markers.write_text(markers.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert extractor_version(__version__) != before
