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

from spacy.tokens import Doc, Span

# Tokens the token Matcher reads at once, and how many of them the next window reads again:
# every match of up to OVERLAP tokens lies whole in some window. A small overlap reads each
# token about WINDOW / (WINDOW - OVERLAP) times (1.33 here; half-overlapping windows read it twice).
WINDOW = 256
OVERLAP = 64


def ruler_matches(ruler, doc: Doc) -> list[tuple[int, int, int]]:
    """(match_id, start, end) of the ruler's token and phrase patterns, longest first, then earliest."""
    ruler._require_patterns()
    found = set(_token_matches(ruler.matcher, doc))
    found.update((m, s, e) for m, s, e in ruler.phrase_matcher(doc) if s != e)  # phrases match in linear time
    return sorted(found, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)


def _token_matches(matcher, doc: Doc):
    """The Matcher's matches in windows of WINDOW tokens overlapping by OVERLAP (offsets into the doc)."""
    if len(doc) <= WINDOW:
        yield from ((m, s, e) for m, s, e in matcher(doc) if s != e)
        return
    step = WINDOW - OVERLAP
    for first in range(0, len(doc) - OVERLAP, step):
        window = doc[first : first + WINDOW]
        yield from ((m, first + s, first + e) for m, s, e in matcher(window) if s != e)  # a Span's matches are window offsets


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
