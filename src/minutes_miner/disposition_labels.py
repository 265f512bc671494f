"""The disposition label: a line that alone records what became of the item above it.

'Granted', 'ADOPTED', 'REFUSED - ...', 'Violation - Written Warning': the label vocabulary is
models/patterns/dispositions.json. Two stages ask about it: the PDF reader, before it takes a
line repeated at the foot of most pages for a running footer (a licensing board's voting
agenda closes item after item with 'Granted'), and the extractor, which reads each label as
the decision on its item (extract/dispositions.py). So the label lives here, below both.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .resources import pattern_rules

_MAX_LABEL = 160  # a label line is short


@lru_cache(maxsize=1)
def label_re() -> re.Pattern[str]:
    """The label line, built from the vocabulary: whole line, capitals only."""
    rules = pattern_rules("dispositions.json")
    starts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(rules["starts"], key=len, reverse=True))
    ends = "|".join(re.escape(w) for w in rules["ends"])
    go_on = "|".join(rules["continues"])  # 'REFERRED TO ...', never 'APPROVED CONTRACTORS LIST'
    titled = "|".join(sorted({re.escape(form) for w in rules["titled"] for form in (w.capitalize(), w.title())}, key=len, reverse=True))
    return re.compile(
        rf"^[ \t]*(?:(?:{starts})(?:[ \t]+(?:{go_on})\b|[ \t]*[(,;:–-])[^a-z\n]{{0,{_MAX_LABEL}}}|(?:{starts})|[^a-z\n]{{0,{_MAX_LABEL}}}\b(?:{ends})"
        rf"|(?:{titled})(?:(?:,|[ \t]+[–-])[ \t]+[^\n]{{1,{_MAX_LABEL}}})?)[ \t.]*$",
        re.M,
    )


def is_disposition_label(line: str) -> bool:
    """True when `line` alone is a disposition label ('Granted', 'ADOPTED', 'REFUSED - ...').

    The PDF reader asks this before it takes a line repeated at the foot of most pages for a
    running footer: a voting agenda closes item after item with 'Granted', often at a page's
    foot, and each is a decision, not page furniture."""
    return label_re().fullmatch(line.strip()) is not None
