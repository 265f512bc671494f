"""Letters read into the minutes. US and Canadian councils print a mayor's or officer's letter
in full, signed off ("Sincerely, / Jane Doe / Mayor"), then the clerk's outcome on its own line
("Received." / "Referred to Committee on ..."). That outcome decides on the letter: the
closing sentences before it are the letter's courtesy and signature, never the decision.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..resources import pattern_rules
from .blocks import sentence_end


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    data = pattern_rules("correspondence.json")
    vals = "|".join(re.escape(v) for v in sorted(data["valedictions"], key=len, reverse=True))
    refs = "|".join(re.escape(r) for r in sorted(data["referrals"], key=len, reverse=True))
    # the sign-off opens its line (or follows a sentence) and ends it or is followed by a comma ('With regards to the swings'
    # is no sign-off), then the signature: at most 4 short lines
    signed = re.compile(r"(?:^|\n|(?<=[.!?])[ \t])[ \t]*(?i:" + vals + r")[ \t]*(?:,[^\n]{0,60})?(?:\n[^\n]{0,60}){0,4}\s*$")
    # the blanks around the line break each read by one possessive run: a long run of blanks costs its length, not its square
    referral = re.compile(r"[ \t]*+\n?[ \t]*+(?:" + refs + r")\b")
    return signed, referral


def signed_off(before: str) -> bool:
    """The text just before an outcome ends with a letter's sign-off and signature lines."""
    return _patterns()[0].search(before[-400:]) is not None


def letter_outcome_end(text: str, m_end: int) -> int:
    """Where the clerk's outcome on a letter ends: its own word, and a referral that follows at once
    ('Received.' / 'Referred to Committee on Mayor's Appointments.')."""
    end = m_end + 1 if text[m_end : m_end + 1] == "." else m_end
    referral = _patterns()[1].match(text, end)
    return sentence_end(text, referral.end(), len(text)) if referral else end
