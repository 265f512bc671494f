"""One declaration per stored table (tables.py): every record model has exactly one, and the
store, the Datasette plugin and the evaluation agree with them.

Adding a record type is its model, its declaration and its extractor (docs/adding.md); these
tests fail when one of the readers keeps a list of its own that drifts from the declarations.
"""

from __future__ import annotations

import inspect
import re

import pytest
from sqlite_utils.db import ForeignKey

from minutes_miner import evaluate, records, store, tables
from minutes_miner.datasette_plugin import metadata, source, source_records
from minutes_miner.datasette_plugin.home import COUNTED
from minutes_miner.extraction import extract_document
from minutes_miner.readers import read_document
from minutes_miner.records import Record

from helpers import SAMPLES


def _stored_models() -> list[type[Record]]:
    """Every concrete record model in records.py (Provenance is a base, never a table)."""
    return [
        cls
        for _, cls in inspect.getmembers(records, inspect.isclass)
        if issubclass(cls, Record) and cls.__module__ == records.__name__ and cls not in (Record, records.Provenance)
    ]


def test_every_record_model_has_exactly_one_declaration():
    models = _stored_models()
    assert models, "no record models found in records.py"
    for model in models:
        declared = [spec.name for spec in tables.TABLES if spec.model is model]
        assert len(declared) == 1, f"{model.__name__} is declared {len(declared)} times: {declared}"
    assert len({spec.name for spec in tables.TABLES}) == len(tables.TABLES), "a table is declared twice"
    assert records.RECORD_MODELS is tables.RECORD_MODELS


def test_declared_columns_exist_in_the_models():
    """Facets, labels, full-text columns, source fields and scored fields name real columns."""
    for spec in tables.TABLES:
        if spec.model is None:
            continue
        columns = set(spec.model.model_fields)
        named = {f for f in spec.facets if isinstance(f, str)} | set(spec.fts) | {c for c, _ in spec.links}
        named |= {spec.label} if spec.label else set()
        if spec.source:
            named |= {spec.source.main} | {c for c, _ in spec.source.fields}
        if spec.evaluated:
            named |= {attribute for _, attribute, _ in spec.evaluated.fields}
        assert named <= columns, f"{spec.name} declares columns its model lacks: {named - columns}"
        for _, other in spec.links:
            assert other in tables.SPECS, f"{spec.name} links to undeclared table {other}"


def test_the_store_creates_what_is_declared(tmp_path):
    db = store.open_db(tmp_path / "minutes.db")
    names = set(db.table_names())
    for spec in tables.TABLES:
        assert spec.name in names, f"{spec.name} is declared but not created"
        if spec.model is not None and spec.stored in ("extraction", "followup"):
            assert set(db[spec.name].columns_dict) == set(spec.model.model_fields), spec.name
            expected = {ForeignKey(spec.name, col, other, "id") for col, other, _ in spec.foreign_keys}
            assert set(db[spec.name].foreign_keys) == expected, spec.name
        if spec.fts:
            assert f"{spec.name}_fts" in names
            assert [c for c in db[f"{spec.name}_fts"].columns_dict if c != spec.name] == list(spec.fts)
    assert set(store.RECORD_TABLES) == {s.name for s in tables.TABLES if s.stored in ("extraction", "followup")}
    # children before parents: nothing is deleted while a row of a later table still points to it
    for i, name in enumerate(store.RECORD_TABLES):
        parents = {other for _, other, _ in tables.SPECS[name].foreign_keys}
        assert not parents & set(store.RECORD_TABLES[:i]), f"{name} is deleted after a table it points to"


def test_the_plugin_metadata_is_the_declarations():
    built = metadata.build_metadata(set(tables.SPECS) | {"outstanding_actions"})["tables"]
    for spec in tables.TABLES:
        meta = built[spec.name]
        assert (meta["title"], meta["description"]) == (spec.title, spec.description), spec.name
        assert meta.get("facets", []) == list(spec.facets), spec.name
        assert meta.get("label_column") == spec.label, spec.name
    assert set(source.RECORD_TABLES) == {s.name for s in tables.TABLES if s.source}
    assert list(source_records.ITEM_RECORDS) == [s.name for s in tables.TABLES if s.source and s.source.item_label_sql]
    assert COUNTED == [s.name for s in tables.TABLES if s.counted]
    search_sql = metadata.CANNED_QUERIES["search_everything"]["sql"]
    for spec in tables.TABLES:
        assert (f"from {spec.name}_fts" in search_sql) == bool(spec.fts and spec.source), spec.name


def test_the_evaluation_scores_the_declared_types():
    assert evaluate.RECORD_TYPES == tuple(s.name for s in tables.TABLES if s.evaluated)
    assert set(evaluate.MATCHERS) == set(evaluate.RECORD_TYPES)
    assert evaluate.RECORD_TYPES == ("resolutions", "agreed_comments", "actions", "statistics")


@pytest.fixture
def minutes_text():
    return SAMPLES / "txt" / "westbrook_cpp_2024-06-11.txt"


def find_dated_lines(document, structure, doc_id):
    """A stand-in extractor for a new record type: one record per year the text names."""
    return [records.Acronym(document_id=doc_id, acronym=m.group(), expansion="year") for m in re.finditer(r"\b20\d\d\b", document.text)]


def test_a_declared_extractor_runs_without_touching_extraction(monkeypatch, minutes_text):
    """A record type declared with an extractor gets its records in Extraction.tables()."""
    spec = tables.TableSpec("years", records.Acronym, "Years", "Years named.", stored="extraction", extractor=f"{__name__}:find_dated_lines")
    monkeypatch.setattr(tables, "TABLES", tables.TABLES + (spec,))
    document = read_document(minutes_text, minutes_text.read_bytes())
    result = extract_document(document, "doc")
    years = result.tables()["years"]
    assert years and all(r.expansion == "year" and r.acronym in document.text for r in years)
    assert list(result.tables())[-1] == "years"
