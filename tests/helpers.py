"""Paths shared by the tests: the project root, its samples, and ../shared when present."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "corpus" / "samples"
SHARED = ROOT.parent / "shared"
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared (the real council documents) is not beside the project")


@lru_cache(maxsize=None)
def extracted(path: str):
    """Extract a file once per test session."""
    from minutes_miner.extraction import extract_path

    return extract_path(path)
