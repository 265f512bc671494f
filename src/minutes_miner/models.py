"""The meeting vocabulary of models/patterns/meeting.json, loaded once and compiled on demand.

`models_dir` itself lives in resources.py (one definition); it is re-exported here for the
modules that import it from the meeting-reading side.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from .resources import models_dir  # noqa: F401 - re-exported


@lru_cache(maxsize=1)
def meeting_vocabulary() -> dict[str, str]:
    """models/patterns/meeting.json: the words and cues for reading a meeting's front page."""
    return json.loads((models_dir() / "patterns" / "meeting.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def vocab_re(key: str, template: str = "(?:{})", flags: int = re.I) -> re.Pattern:
    """One entry of the meeting vocabulary compiled, optionally inside a template."""
    return re.compile(template.format(meeting_vocabulary()[key]), flags)
