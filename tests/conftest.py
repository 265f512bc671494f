"""Fixtures shared by the ingest, CLI and Datasette tests.

Paths and the `needs_shared` skip marker live in helpers.py (also used by the reader and
extraction tests); database helpers in store_helpers.py; this file holds the fixtures.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import SAMPLES


@pytest.fixture(scope="session")
def samples_db(tmp_path_factory) -> Path:
    """corpus/samples ingested once per session into a database that tests only read."""
    from minutes_miner.ingest import ingest_files, iter_files

    db_path = tmp_path_factory.mktemp("samples") / "samples.db"
    files = list(iter_files([str(SAMPLES)]))
    assert files, f"no sample documents under {SAMPLES}"
    summary = ingest_files(str(db_path), files, workers=1)
    assert summary.errors == 0, f"the sample corpus did not ingest cleanly: {summary.line()}"
    return db_path


@pytest.fixture(scope="module")
def db(samples_db) -> Path:
    """The samples database, under the name the Datasette tests use."""
    return samples_db


@pytest.fixture(scope="module")
def name(samples_db) -> str:
    """The samples database's name in Datasette's URLs."""
    return samples_db.stem


@pytest.fixture
def cached_extraction(monkeypatch):
    """Each file is extracted once however many databases a test ingests it into (extraction is not under test)."""
    import copy

    import minutes_miner.ingest as ingest

    cache: dict[str, object] = {}
    real = ingest.extract_file

    def extract(path: str):
        if path not in cache:
            cache[path] = real(path)
        return copy.deepcopy(cache[path])

    monkeypatch.setattr(ingest, "extract_file", extract)
