"""The meeting vocabulary of models/patterns/meeting.json, loaded once and compiled on demand."""

from __future__ import annotations

import re
from functools import lru_cache

from .resources import pattern_rules


@lru_cache(maxsize=1)
def meeting_vocabulary() -> dict[str, str]:
    """models/patterns/meeting.json: the words and cues for reading a meeting's front page."""
    return pattern_rules("meeting.json")


@lru_cache(maxsize=None)
def vocab_re(key: str, template: str = "(?:{})", flags: int = re.I) -> re.Pattern:
    """One entry of the meeting vocabulary compiled, optionally inside a template."""
    return re.compile(template.format(meeting_vocabulary()[key]), flags)
