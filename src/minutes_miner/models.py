"""Where the models/ folder of patterns and gazetteers is."""

from __future__ import annotations

import json
import os
import re
from functools import lru_cache
from pathlib import Path


def models_dir() -> Path:
    """The models/ folder of patterns and gazetteers.

    It lives at the top of the checkout (the package is installed editable, as `make setup`
    does); MINUTES_MINER_MODELS points elsewhere, for example on a cluster's workers.
    """
    configured = os.environ.get("MINUTES_MINER_MODELS")
    candidate = Path(configured) if configured else Path(__file__).resolve().parents[2] / "models"
    if not candidate.is_dir():
        raise FileNotFoundError(f"minutes-miner models/ folder not found at {candidate} (set MINUTES_MINER_MODELS)")
    return candidate


@lru_cache(maxsize=1)
def meeting_vocabulary() -> dict[str, str]:
    """models/patterns/meeting.json: the words and cues for reading a meeting's front page."""
    return json.loads((models_dir() / "patterns" / "meeting.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def vocab_re(key: str, template: str = "(?:{})", flags: int = re.I) -> re.Pattern:
    """One entry of the meeting vocabulary compiled, optionally inside a template."""
    return re.compile(template.format(meeting_vocabulary()[key]), flags)
