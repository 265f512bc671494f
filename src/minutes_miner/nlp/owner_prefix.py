"""Owner patterns without their leading optional modifier, the modifier put back after matching.

Most owner patterns open with an optional run of modifiers ("senior", "acting", "the": a
LOWER token with OP "*" or "?"). spaCy's Matcher starts such a pattern at every token of
every Doc and carries the state forward, although almost no token is a modifier. Matching
the pattern without its first token and then extending each match to the left over the
modifier words just before it gives the same matches: a pattern M* + core matches (s, e)
exactly when the core matches (c, e) and the tokens s..c-1 are all modifiers (at most one
for "?"). The Matcher returns every match, not the longest, so every such start is added.
A modifier is only taken off when every pattern sharing its match key has the same one.
"""

from __future__ import annotations

from spacy.tokens import Doc

_UNBOUNDED = 1_000_000


def _modifier(pattern: list[dict]) -> tuple[frozenset[str], int] | None:
    """(the modifier words, how many at most) when the pattern opens with a LOWER modifier and has a required token after it."""
    if len(pattern) < 2:
        return None
    first = pattern[0]
    if set(first) != {"LOWER", "OP"} or first["OP"] not in ("*", "?"):
        return None
    lower = first["LOWER"]
    if isinstance(lower, str):
        words = frozenset([lower])
    elif isinstance(lower, dict) and set(lower) == {"IN"}:
        words = frozenset(lower["IN"])
    else:
        return None
    if all(token.get("OP") in ("*", "?") for token in pattern[1:]):
        return None  # the rest can match nothing: not a core of its own
    return words, (_UNBOUNDED if first["OP"] == "*" else 1)


def split_modifiers(patterns: list[dict], key_of) -> tuple[list[dict], dict[str, tuple[frozenset[str], int]]]:
    """The patterns with their leading modifiers taken off, and each stripped match key's modifier.

    `key_of(entry)` is the match key the EntityRuler gives a pattern entry (label, or label and id).
    """
    by_key: dict[str, set] = {}
    for entry in patterns:
        if isinstance(entry["pattern"], list):
            by_key.setdefault(key_of(entry), set()).add(_modifier(entry["pattern"]))
    strip = {key: next(iter(mods)) for key, mods in by_key.items() if len(mods) == 1 and None not in mods}
    out = []
    for entry in patterns:
        if isinstance(entry["pattern"], list) and key_of(entry) in strip:
            entry = {**entry, "pattern": entry["pattern"][1:]}
        out.append(entry)
    return out, strip


def with_modifiers(doc: Doc, matches: list[tuple[int, int, int]], modifiers: dict[int, tuple[frozenset[str], int]]) -> list[tuple[int, int, int]]:
    """Every match again with each start the modifier words before it allow, longest first then earliest (as ruler_matches)."""
    if not modifiers:
        return matches
    found = set(matches)
    for match_id, start, end in matches:
        if match_id not in modifiers:
            continue
        words, most = modifiers[match_id]
        s = start
        while s > 0 and start - s < most and doc[s - 1].lower_ in words:
            s -= 1
            found.add((match_id, s, end))
    return sorted(found, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)
