"""The owner EntityRuler's matches in linear time: its token Matcher run on overlapping windows
of the stretches of text around the patterns' anchor words.

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

Every pattern needs one of a few words (its anchor: "head", "clerk", "council" ...), and a
match lies within the pattern's reach of it (how many tokens the pattern can hold before and
after that token, at most OVERLAP). So the Matcher reads only those stretches around anchor
words: most of a minutes' text holds none, and the Matcher's cost is per token read, for every
pattern. A match of up to OVERLAP tokens lies whole in the stretch of its anchor, so the
entities are the same.
"""

from __future__ import annotations

import bisect
import re
import weakref
from dataclasses import dataclass

import numpy
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

# Tokens the token Matcher reads at once, and how many of them the next window reads again:
# every match of up to OVERLAP tokens lies whole in some window. A small overlap reads each
# token about WINDOW / (WINDOW - OVERLAP) times (1.33 here; half-overlapping windows read it twice).
WINDOW = 256
OVERLAP = 64


def ruler_matches(ruler, doc: Doc) -> list[tuple[int, int, int]]:
    """(match_id, start, end) of the ruler's token and phrase patterns, longest first, then earliest."""
    ruler._require_patterns()
    groups = _anchor_groups(ruler)
    if groups is None:  # a pattern without an anchor word: every token may start a match
        found = set(_token_matches(ruler.matcher, doc))
    else:
        found = {match for matcher, spans in _anchored_stretches(groups, doc) for match in _token_matches(matcher, doc, spans)}
    found.update((m, s, e) for m, s, e in ruler.phrase_matcher(doc) if s != e)  # phrases match in linear time
    return sorted(found, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)


def _token_matches(matcher, doc: Doc, spans: list[tuple[int, int]] | None = None):
    """The Matcher's matches in windows of WINDOW tokens overlapping by OVERLAP (offsets into the doc).

    `spans` (see _anchored_stretches) are the only stretches of the doc a match can lie in; None: the whole doc.
    Each stretch is read in windows, so a run of title-case words or initials still costs n·WINDOW.
    Matches longer than OVERLAP are left out: a window finds them or not by where it happens to
    start, no owner is that long, and in a run of post titles ("Director Director ...") every
    (start, end) pair of a window is a match, 32,000 a window, each sorted and walked after.
    Such a window is dense (see _dense): from it to the end of its stretch the Matcher reads small
    windows (_small_window_matches), so that a run costs a small constant per token.
    """
    for a, b in [(0, len(doc))] if spans is None else spans:
        if b - a <= WINDOW:
            window = doc[a:b] if (a, b) != (0, len(doc)) else doc
            found = matcher(window)
            if _dense(found, b - a):
                yield from _small_window_matches(matcher, doc, a, b)
                continue
            yield from ((m, a + s, a + e) for m, s, e in found if 0 < e - s <= OVERLAP)  # a Span's matches are window offsets
            continue
        for first in range(a, b - OVERLAP, WINDOW - OVERLAP):
            found = matcher(doc[first : min(b, first + WINDOW)])
            if _dense(found, min(b, first + WINDOW) - first):
                yield from _small_window_matches(matcher, doc, first, b)
                break
            yield from ((m, first + s, first + e) for m, s, e in found if 0 < e - s <= OVERLAP)


# A window whose Matcher returns more than DENSE matches per token is no prose: a run of post titles
# ("Director Director ..."), where every (start, end) pair is a match. On the development documents
# (569 files) no 256-token window returned more than 21 matches, a tenth of one per token.
DENSE = 2
# The windows a dense stretch is read in, and their overlap: a run of n tokens then costs about
# n·SMALL_WINDOW states and matches instead of n·WINDOW, and a dense small window's matches are left out.
SMALL_WINDOW = 32
SMALL_OVERLAP = 16


def _dense(found: list, tokens: int) -> bool:
    """Whether a window's matches are too many for prose (more than DENSE a token)."""
    return len(found) > DENSE * max(tokens, 1)


def _small_window_matches(matcher, doc: Doc, a: int, b: int):
    """The matches of up to SMALL_OVERLAP tokens in doc[a:b], read in windows of SMALL_WINDOW tokens; dense windows give none.

    Only a stretch with a dense window is read so (never one of the development documents): its
    owners are found if they are at most SMALL_OVERLAP tokens long and not inside a run that
    matches everywhere, and the cost of the run is linear with a small constant, memory flat.
    The window after a dense one starts where it ends: the overlap would only find matches that
    reach into the dense window.
    """
    first = a
    while True:
        end = min(b, first + SMALL_WINDOW)
        found = matcher(doc[first:end])
        if _dense(found, end - first):
            first = end  # no overlap with a window whose matches are left out anyway
        else:
            yield from ((m, first + s, first + e) for m, s, e in found if 0 < e - s <= SMALL_OVERLAP)
            first += SMALL_WINDOW - SMALL_OVERLAP
        if end >= b or first >= b - SMALL_OVERLAP:
            return


@dataclass
class AnchorGroup:
    """The token patterns anchored on one set of words, in a Matcher of their own, and how far their matches reach around an anchor."""

    words: frozenset[str]
    before: int
    after: int
    matcher: Matcher


# The anchor groups of each ruler, worked out once: its patterns do not change after it is built.
_GROUPS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

# Anchor words that many sentences hold ("the Council", "Head of"): a pattern is anchored on
# another of its required tokens when it has one, so that fewer stretches of text are read.
_COMMON_WORDS = frozenset({"the", "this", "a", "an", "and", "&", "of", "for", "to", ","})


def _anchor_groups(ruler) -> list[AnchorGroup] | None:
    """The ruler's anchor groups (see _find_groups), cached per ruler: every Doc asked for them again."""
    key = sum(len(patterns) for patterns in ruler.token_patterns.values())
    cached = _GROUPS.get(ruler)
    if cached is None or cached[0] != key:  # patterns added since: work them out again
        cached = (key, _find_groups(ruler))
        _GROUPS[ruler] = cached
    return cached[1]


def _find_groups(ruler) -> list[AnchorGroup] | None:
    """The token patterns grouped by their anchor words, or None if some pattern needs no word.

    Every token pattern needs at least one token that is one of a few words (a required LOWER,
    ORTH or TEXT): its anchor, the rarest such token of the pattern. A match of the pattern
    holds an anchor word and lies within the pattern's reach of it, so each group's Matcher
    need only read the stretches around its own words. A pattern keeps its match key (label
    and id), so the matches are those of the ruler's own Matcher.
    """
    grouped: dict[frozenset[str], list[tuple[str, list[dict], tuple[int, int]]]] = {}
    for key, patterns in ruler.token_patterns.items():
        for pattern in patterns:
            required = [(i, _required_words(token)) for i, token in enumerate(pattern)]
            required = [(i, words) for i, words in required if words]
            if not required:
                return None
            i, words = min(required, key=lambda found: (len(found[1] & _COMMON_WORDS), len(found[1]), sum(_reach(pattern, found[0]))))
            grouped.setdefault(frozenset(words), []).append((key, pattern, _reach(pattern, i)))
    groups = []
    for words, members in grouped.items():
        matcher = Matcher(ruler.nlp.vocab, validate=ruler._validate)
        for key, pattern, _ in members:
            matcher.add(key, [pattern])
        groups.append(AnchorGroup(words, max(r[0] for _, _, r in members), max(r[1] for _, _, r in members), matcher))
    return groups


def _reach(pattern: list[dict], i: int) -> tuple[int, int]:
    """How many tokens a match of `pattern` may hold before the first token matching its token i, and after it (at most OVERLAP)."""
    before = sum(_most(token) for token in pattern[:i])
    after = sum(_most(token) for token in pattern[i + 1 :]) + _most(pattern[i]) - 1
    return min(before, OVERLAP), min(after, OVERLAP)


def _most(token: dict) -> int:
    """The most tokens one pattern token matches: 1 for '1' and '?', n for '{m,n}', 0 for '!', unbounded (OVERLAP) for '*' and '+'."""
    op = token.get("OP", "1")
    if op in ("1", "?"):
        return 1
    if op == "!":
        return 0
    bounds = re.fullmatch(r"\{(\d{0,4}),?(\d{0,4})\}", op)  # {n}, {n,m}, {n,}, {,m}
    if bounds and (bounds.group(2) or "," not in op):
        return int(bounds.group(2) or bounds.group(1))
    return OVERLAP


def _required_words(token: dict) -> set[str]:
    """The lower-case words a pattern token accepts, if it must match once or more and names its words."""
    if token.get("OP", "1") not in ("1", "+") and not re.fullmatch(r"\{[1-9]\d{0,3}(?:,\d{0,4})?\}", token.get("OP", "1")):
        return set()
    for key in ("LOWER", "ORTH", "TEXT"):
        value = token.get(key)
        if isinstance(value, str):
            return {value.lower()}
        if isinstance(value, dict) and set(value) == {"IN"}:
            return {str(v).lower() for v in value["IN"]}
    return set()


def _anchored_stretches(groups: list[AnchorGroup], doc: Doc) -> list[tuple[Matcher, list[tuple[int, int]]]]:
    """Each group's Matcher with the stretches (start, end) of the doc its matches can lie in; groups whose words are absent are left out.

    Each anchor word opens a stretch from as far before it to as far after it as the group's
    matches reach; overlapping stretches are merged. Anchor tokens are found over the doc's
    LOWER array (numpy), not by making a Python Token of every token.
    """
    if not len(doc):
        return []
    positions = _positions_by_word(doc)
    out = []
    for group in groups:
        found = [positions[word] for word in group.words if word in positions]
        if not found:
            continue
        spans: list[tuple[int, int]] = []
        for i in sorted(found[0] if len(found) == 1 else [i for where in found for i in where]):
            a, b = max(0, i - group.before), min(len(doc), i + group.after + 1)
            if spans and a <= spans[-1][1]:
                spans[-1] = (spans[-1][0], b)
            else:
                spans.append((a, b))
        out.append((group.matcher, spans))
    return out


def _positions_by_word(doc: Doc) -> dict[str, list[int]]:
    """Each lower-case word of the doc -> the indices of its tokens, ascending: one sort of the LOWER array for all groups."""
    lowers = doc.to_array("LOWER")
    unique, inverse = numpy.unique(lowers, return_inverse=True)
    order = numpy.argsort(inverse, kind="stable").tolist()  # token indices grouped by word, ascending within a word
    ends = numpy.cumsum(numpy.bincount(inverse.ravel(), minlength=len(unique))).tolist()
    strings = doc.vocab.strings
    return {strings[h]: order[(ends[k - 1] if k else 0) : ends[k]] for k, h in enumerate(unique.tolist())}


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
