"""Where models/ is, and the extractor version derived from what produces the records.

Kept apart from the pipeline stages (and free of heavy imports) because every stage, the
store and the CLI need one or the other, and the package's `__init__` computes the version.
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
# Modules whose code cannot change a stored record: the browser plugin, the command line,
# the scoring. Editing them must not force every user to re-extract their archive.
_NOT_EXTRACTION = ("datasette_plugin", "cli.py", "evaluate.py", "train.py")


def models_dir() -> Path:
    """The models/ folder of patterns, gazetteers and trained components.

    It lives at the top of the checkout (the package is installed editable, as `make setup`
    does); MINUTES_MINER_MODELS points elsewhere, for example on a cluster's workers.
    """
    configured = os.environ.get("MINUTES_MINER_MODELS")
    candidate = Path(configured) if configured else PACKAGE_DIR.parents[1] / "models"
    if not candidate.is_dir():
        raise FileNotFoundError(f"minutes-miner models/ folder not found at {candidate} (set MINUTES_MINER_MODELS)")
    return candidate


@lru_cache(maxsize=None)
def pattern_rules(name: str) -> dict:
    """One file of models/patterns (e.g. 'resolution_chains.json'), parsed once per process.

    Several readers take their own keys from one file (the chain link and the enacted sections;
    an action filter's regexes and its initials): they share this parse instead of each opening
    the file. Callers read it and never change it: a reader that adds compiled keys copies it
    first (dict(...), or copy.deepcopy when it adds them inside the file's entries)."""
    return json.loads((models_dir() / "patterns" / name).read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def gazetteer_lines(name: str) -> tuple[str, ...]:
    """One word list of models/gazetteers (e.g. 'post_words.txt'), one entry a line, '#' lines
    being the file's own notes; read once per process."""
    return word_list_lines(models_dir() / "gazetteers" / name)


def word_list_lines(path: Path) -> tuple[str, ...]:
    """The entries of a word list file (one a line, blanks trimmed, '#' lines being the file's own notes).

    The one reading of the format, for the extractor (gazetteer_lines) and for the scripts in models/ that
    build a list from others (make_given_names.py), which name their files by path in their own checkout."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#"))


def content_id(data: bytes) -> str:
    """A document's id: the SHA-256 of its bytes. Here, free of heavy imports, so that checking
    an unchanged corpus (ingest) and building a document (extraction) share one definition."""
    return hashlib.sha256(data).hexdigest()


def _extraction_files() -> list[Path]:
    """The package's extraction code and every file in models/, in a stable order."""
    code = [p for p in sorted(PACKAGE_DIR.rglob("*.py")) if not any(part in _NOT_EXTRACTION for part in p.relative_to(PACKAGE_DIR).parts)]
    try:
        models = sorted(p for p in models_dir().rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    except FileNotFoundError:
        models = []
    return code + models


def extractor_version(release: str) -> str:
    """`<release>+<hash>`: the hash of the extraction code and models/.

    A hand-bumped version went stale (some 60 extraction commits under one number), so a user
    who upgraded kept old records unless they knew `--force`. Hashing what produces the
    records means any changed rule, gazetteer or trained model re-extracts on the next ingest.
    """
    digest = hashlib.sha256()
    for path in _extraction_files():
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return f"{release}+{digest.hexdigest()[:12]}"
