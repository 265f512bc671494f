"""Is a decision a repeat of one already kept? ModernGov prints "Decision:" and the same words
again under "Minutes:"; a page may print one decision in two places. Compared by the names
and content words of each, through an index by names, so a page of decisions is not read
once per decision.
"""

from __future__ import annotations

import bisect
import re

from ..text_utils import word_set
from .found import FoundResolution


_GIST_STOP = {"resolved", "that", "the", "a", "an", "of", "to", "and", "be", "is", "as", "in", "on", "for", "by", "it", "was"}


def _gist(text: str) -> set[str]:
    """Content words without plural or third-person 's' ('endorses' ~ 'endorse')."""
    return {w.rstrip("s") if len(w) > 4 else w for w in word_set(text) if w not in _GIST_STOP and not w.isdigit()}


# how a decision is framed rather than what it decides: the list's preamble ('That the Strategy and Finance Committee:')
# and the outcome closing it ('Carried 9-3', 'CARRIED 6/0'), printed under one heading of a page and not the other
_PREAMBLE_RE = re.compile(r"\A\W*(?:That|THAT)\b[^.:;\n]{1,60}:\s*")
_OUTCOME_TAIL_RE = re.compile(
    r"[\s.;]*\(?\b(?:Carried|CARRIED|Adopted|ADOPTED)\b(?:[ \t]+(?:unanimously|UNANIMOUSLY))?[ \t]*(?:\d{1,2}[ \t]*[-–/][ \t]*\d{1,2})?\)?\W*\Z"
)


def _wording(text: str) -> str:
    """The decision's own words, less the preamble of its list and the outcome closing it, so that the same
    decision printed under 'Decision:' with its 'Carried 9-3' and again under 'Minutes:' without it is one."""
    return _OUTCOME_TAIL_RE.sub("", _PREAMBLE_RE.sub("", text, count=1), count=1) or text


def _starting_in(by_start: list[FoundResolution], lo: int, hi: int) -> list[FoundResolution]:
    """The blocks of `by_start` (sorted by start) that start in lo..hi-1, in that order."""
    first = bisect.bisect_left(by_start, lo, key=lambda r: r.start)
    last = bisect.bisect_left(by_start, hi, lo=first, key=lambda r: r.start)
    return by_start[first:last]


def _repeats(res: FoundResolution, kept: dict[frozenset, set]) -> bool:
    """The same decision printed twice on one page: once under a Decision heading, once in the minutes.

    Identical short decisions in different items ("The report was noted") are not repeats.
    Only earlier results with the same names are read, each distinct wording once (`_remember`),
    so a page of the same short decision again and again stays linear.
    """
    wording = _wording(res.text)
    long_enough = len(wording.split()) >= 12  # a long decision word for word twice in one item is one decision
    # "re-appoint Cllr Stephenson as Chairman" / "re-appoint Cllr Maw as Vice-Chairman": different names, two decisions
    words = frozenset(word_set(wording))
    names, years = _names_and_years(wording)
    return any(
        (decision_heading or long_enough) and (years <= earlier_years or earlier_years <= years) and _set_f1(words, earlier) >= 0.85
        for earlier, decision_heading, earlier_years in kept.get(names, ())
    )


def _remember(res: FoundResolution, kept: dict[frozenset, set]) -> None:
    """File a result under its names, as its word set, whether it was under a Decision heading and its years."""
    decision_heading = res.kind == "section" or res.marker.lower().startswith("decision")
    wording = _wording(res.text)
    names, years = _names_and_years(wording)
    kept.setdefault(names, set()).add((frozenset(word_set(wording)), decision_heading, years))


_YEAR_RE = re.compile(r"(?:19|20)\d\d")


def _names_and_years(wording: str) -> tuple[frozenset, frozenset]:
    """The names of a wording less its bare years, and those years. A year one printing leaves out is the same decision (the
    minutes restate 'the meeting held on 22 August 2019' of the Decision as 'held on 22 August', ModernGov pages); two
    different years are two decisions ('the fees for 2021' / 'the fees for 2022')."""
    names = _names(wording)
    years = frozenset(name for name in names if _YEAR_RE.fullmatch(name))
    return frozenset(names - years), years


def _set_f1(a: frozenset, b: frozenset) -> float:
    """text_utils.word_f1 of two texts, from their word sets."""
    common = len(a & b)
    if not common:
        return 0.0
    p, r = common / len(b), common / len(a)
    return 2 * p * r / (p + r)


def _names(text: str) -> set[str]:
    """Capitalised words and numbers after the first word: who and which, where wordings are alike. A hyphened reference
    is one name ('Order of Conditions SE 19-301' and 'SE 19-1188' are two applications, 'the 2019-20 budget' not 2019's)."""
    return set(re.findall(r"(?<=\s)(?:[A-Z][a-z'’-]+|\d[\d,./]*(?:-\d[\d,./]*)*)", text))
