"""The owner EntityRuler's matches in linear time: its token Matcher run on overlapping windows.

Owner patterns such as "Head of" + title-case words ("+") match every (start, end) pair of a
run, so a run of n title-case words or initials gives n²/2 matches and spaCy's
`EntityRuler.set_annotations` then walks each of them: a 9 KB "the Head of Planning Planning
..." took minutes and gigabytes. Here the token Matcher reads windows of `WINDOW` tokens
that overlap by `OVERLAP`, so a run costs n·WINDOW, and the longest-first selection of
`EntityRuler.set_annotations` is done once with an array of taken tokens.

The entities are exactly the EntityRuler's whenever no chosen entity is longer than
`OVERLAP` tokens (every match that short lies whole in some window; a longer match that
a window misses was going to be rejected anyway, and a rejected match changes nothing):
real owners are a few words long.
"""

from __future__ import annotations

import bisect
import weakref

import numpy
from spacy.tokens import Doc, Span

# Tokens the token Matcher reads at once, and how many of them the next window reads again:
# every match of up to OVERLAP tokens lies whole in some window. A small overlap reads each
# token about WINDOW / (WINDOW - OVERLAP) times (1.33 here; half-overlapping windows read it twice).
WINDOW = 256
OVERLAP = 64


def ruler_matches(ruler, doc: Doc) -> list[tuple[int, int, int]]:
    """(match_id, start, end) of the ruler's token and phrase patterns, longest first, then earliest."""
    ruler._require_patterns()
    anchored = _anchor_mask(ruler, doc) if len(doc) > WINDOW else None  # a short doc is one window: nothing to skip
    found = set(_token_matches(ruler.matcher, doc, anchored))
    found.update((m, s, e) for m, s, e in ruler.phrase_matcher(doc) if s != e)  # phrases match in linear time
    return sorted(found, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)


def _token_matches(matcher, doc: Doc, anchored: list[int] | None = None):
    """The Matcher's matches in windows of WINDOW tokens overlapping by OVERLAP (offsets into the doc).

    `anchored` (counts of anchor tokens up to each token, see _anchor_mask) lets a window with
    no anchor be skipped: no match can lie in it, and the Matcher's cost on a run of title-case
    words or initials is in the states it keeps, not in the matches it finds.
    """
    if len(doc) <= WINDOW:
        yield from ((m, s, e) for m, s, e in matcher(doc) if s != e)
        return
    step = WINDOW - OVERLAP
    for first in range(0, len(doc) - OVERLAP, step):
        if anchored is not None and anchored[min(len(doc), first + WINDOW)] == anchored[first]:
            continue
        window = doc[first : first + WINDOW]
        yield from ((m, first + s, first + e) for m, s, e in matcher(window) if s != e)  # a Span's matches are window offsets


# The anchor words of each ruler, worked out once: its patterns do not change after it is built.
_ANCHORS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _anchors(ruler) -> set[str] | None:
    """The ruler's anchor words (see _find_anchors), cached per ruler: every Doc asked for them again."""
    key = sum(len(patterns) for patterns in ruler.token_patterns.values())
    cached = _ANCHORS.get(ruler)
    if cached is None or cached[0] != key:  # patterns added since: work them out again
        cached = (key, _find_anchors(ruler))
        _ANCHORS[ruler] = cached
    return cached[1]


def _find_anchors(ruler) -> set[str] | None:
    """Lower-case words of which every token pattern needs at least one (a required LOWER, ORTH or TEXT), or None if some pattern needs none."""
    anchors: set[str] = set()
    for patterns in ruler.token_patterns.values():
        for pattern in patterns:
            words = [_required_words(token) for token in pattern]
            words = [w for w in words if w]
            if not words:
                return None
            anchors.update(words[0])
    return anchors


def _required_words(token: dict) -> set[str]:
    """The lower-case words a pattern token accepts, if it must match once or more and names its words."""
    if token.get("OP", "1") not in ("1", "+"):
        return set()
    for key in ("LOWER", "ORTH", "TEXT"):
        value = token.get(key)
        if isinstance(value, str):
            return {value.lower()}
        if isinstance(value, dict) and set(value) == {"IN"}:
            return {str(v).lower() for v in value["IN"]}
    return set()


def _anchor_mask(ruler, doc: Doc) -> list[int] | None:
    """Running counts of the doc's anchor tokens (count before token i at index i), or None when patterns have no anchors.

    Counted over the doc's LOWER array (one pass in numpy), not by making a Python Token of every token.
    """
    anchors = _anchors(ruler)
    if anchors is None:
        return None
    counts = numpy.zeros(len(doc) + 1, dtype=numpy.int64)
    if len(doc):
        lowers = doc.to_array("LOWER")
        strings = doc.vocab.strings
        wanted = [h for h in numpy.unique(lowers).tolist() if strings[h] in anchors]
        if wanted:
            numpy.cumsum(numpy.isin(lowers, wanted), out=counts[1:])
    return counts.tolist()


def set_entities(ruler, doc: Doc, matches: list[tuple[int, int, int]]) -> None:
    """EntityRuler.set_annotations (overwrite_ents=True, no earlier entities) with one pass over the matches."""
    taken = bytearray(len(doc))
    entities = []
    for match_id, start, end in matches:
        if taken[start] or taken[end - 1]:
            continue
        if match_id in ruler._ent_ids:
            label, ent_id = ruler._ent_ids[match_id]
            entities.append(Span(doc, start, end, label=label, span_id=ent_id))
        else:
            entities.append(Span(doc, start, end, label=match_id))
        taken[start:end] = b"\x01" * (end - start)
    doc.ents = entities


def overlaps_any(spans: list[Span], start: int, end: int) -> bool:
    """Whether start..end (tokens) overlaps one of `spans`, sorted and not overlapping each other, by bisection."""
    before = bisect.bisect_left(spans, end, key=lambda span: span.start)  # the spans starting before `end`
    return before > 0 and spans[before - 1].end > start
