"""The JSON Schema files of the record types (`schemas/*.schema.json`), generated from the models.

They describe each table's rows for people who use the data without Python. They are written
from the Pydantic models (records.py) and never by hand, so `minutes-miner schemas --check`
(and a test) fails when the committed files drift from the models, and writing them removes the
file of a record type that no longer exists.
"""

from __future__ import annotations

import json
from pathlib import Path

from .tables import RECORD_MODELS


def schema_texts() -> dict[str, str]:
    """File name -> content of every record type's schema, exactly as written to disk."""
    return {f"{table}.schema.json": json.dumps(model.model_json_schema(), indent=2, ensure_ascii=False) + "\n" for table, model in RECORD_MODELS.items()}


def stale_schemas(out_dir: Path) -> list[str]:
    """The schema files in `out_dir` that are missing, differ from the models, or belong to no record type."""
    expected = schema_texts()
    stale = [str(out_dir / name) for name, content in expected.items() if not _holds(out_dir / name, content)]
    return stale + [str(path) for path in _leftovers(out_dir, expected)]


def write_schemas(out_dir: Path) -> int:
    """Write every record type's schema into `out_dir`, remove those of record types gone; how many were written."""
    expected = schema_texts()
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, content in expected.items():
        (out_dir / name).write_text(content, encoding="utf-8")
    for leftover in _leftovers(out_dir, expected):
        leftover.unlink()
    return len(expected)


def _holds(path: Path, content: str) -> bool:
    return path.exists() and path.read_text(encoding="utf-8") == content


def _leftovers(out_dir: Path, expected: dict[str, str]) -> list[Path]:
    """Schema files of record types that no longer exist."""
    if not out_dir.is_dir():
        return []
    return sorted(path for path in out_dir.glob("*.schema.json") if path.name not in expected)
