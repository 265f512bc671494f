"""Cheap looks at the end of the text before an owner, made before a `$`-anchored regex search of it.

The action rules ask of the text before each owner (the sentence up to it, often hundreds of
characters) whether it ends in a word such as "of the" or "seconded by", a mark such as ';'
or a line break. A `$`-anchored `re.search` tries the pattern at every position of the text
to find out. These checks read only its end (str.rstrip and endswith run in C) and say False
only when the pattern cannot match, so the search that follows a True finds what it found
before (issue 12: the same output, faster).

Whitespace is what re's `\\s` matches: str.isspace and str.rstrip use the same Unicode test.
"""

from __future__ import annotations

from .literal_prefilter import fold


def end_gaps(before: str) -> list[str]:
    """The whitespace a pattern ending '\\s*(?:the\\s+)?$' can end with: the trailing run, and the run before a last 'the'."""
    core = before.rstrip()
    gaps = [before[len(core) :]]
    if core.endswith("the"):
        head = core[:-3]
        gaps.append(head[len(head.rstrip()) :])
    return gaps


def ends_in(before: str, endings: tuple[str, ...], optional: tuple[str, ...] = ("the",), folded: bool = False) -> bool:
    """Whether `before`, less its trailing whitespace and maybe one `optional` word and the whitespace
    before that, ends in one of `endings` (compared in lower case, as re.I does, when `folded`).

    A necessary condition for a match of '(?:ENDINGS)\\s*(?:(?:OPTIONAL)\\s+)?$' (or with '\\s+').
    """
    core = fold(before.rstrip()) if folded else before.rstrip()
    if core.endswith(endings):
        return True
    return any(core.endswith(word) and core[: -len(word)].rstrip().endswith(endings) for word in optional)
