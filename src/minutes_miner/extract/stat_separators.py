"""Digit separators of councils that group thousands with spaces and mark decimals with a comma
(South Africa: 'R 3 480 000', '14 870 visits', '4,9%', 'R 412,7 million', 'R 38 612 440,00').

The text is rewritten to the comma-thousands, point-decimal form the finders read, one character
for one, so every offset stays the same; `restore` puts the document's own figures back into a
statistic's short phrase.
"""

from __future__ import annotations

import re

# '14 870', '684 213 000': one to three digits, then groups of three after a space (never a date's or a time's)
# ('R1 184 300.00': grouped thousands may end in a point and two decimals, cents as an accountant writes them)
_SPACE_GROUPED_RE = re.compile(r"(?<![\d.,:/])\d{1,3}(?:[ \u00a0]\d{3})+(?![\d:/]|\.\d(?!\d(?![\d.,]))|,\d{3})")
# '4,9%', '412,7 million', '440,00' after a grouped amount: a decimal comma before a share, a multiplier or as cents; '1,4 months
# of expenditure', a score '91,2' closing a table's row: one or two digits after a comma are never a thousands group, so before a
# word (not a list's 'and', 'or', 'to'), a line's end or a ratio's ':1' ('from 0,9:1 to 1,3:1') the comma marks decimals.
# At most seven thousands groups (10^24): unbounded, every comma of a long run of groups that ends in no decimal began a
# scan to the run's end (100 KB of '1 234 234 ...' took a minute)
_DECIMAL_COMMA_RE = re.compile(
    r"(?<![\d.])(?P<whole>\d{1,3}(?:,\d{3}){0,7}),(?P<dec>\d{1,2})(?![\d,])(?=[ \t]?(?:%|per[ \t]?cent|million|billion|bn\b|m\b)|(?<=\d{3},\d\d)|[ \t]*(?:\n|$)|[ \t]{1,2}(?!(?:and|or|to)\b)[a-z]{3,}|[ \t]?:[ \t]?1(?![\d.,]?\d))"
)


def comma_decimal_text(text: str) -> tuple[str, dict[str, str]]:
    """The text with space-grouped thousands written with commas and decimal commas as points, and
    what each rewritten figure was."""
    originals: dict[str, str] = {}

    def grouped(m: re.Match) -> str:
        new = m.group(0).replace(" ", ",").replace("\u00a0", ",")
        originals[new] = m.group(0)
        return new

    text = _SPACE_GROUPED_RE.sub(grouped, text)

    def decimal(m: re.Match) -> str:
        new = m.group("whole") + "." + m.group("dec")
        originals[new] = originals.get(m.group("whole"), m.group("whole")) + "," + m.group("dec")
        return new

    return _DECIMAL_COMMA_RE.sub(decimal, text), originals


def restore(phrase: str, originals: dict[str, str]) -> str:
    """A statistic's phrase with the document's own figures ('14,870' back to '14 870')."""
    for new in sorted(originals, key=len, reverse=True):
        if new in phrase:
            phrase = phrase.replace(new, originals[new])
    return phrase
