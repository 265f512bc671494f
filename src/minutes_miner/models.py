"""Where the models/ folder of patterns and gazetteers is."""

from __future__ import annotations

import os
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
