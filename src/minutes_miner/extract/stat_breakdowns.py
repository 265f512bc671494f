"""Breakdowns: a total broken down as 'label N, label N, label N' ('fishing 884, cargo 61, ferry 312').

Each figure after its own lower-case label counts what the label names (ANNOTATION.md: each number
is its own record). One label before one number is most often a name ('the flat 7', 'ward 12'), so
a figure is read this way only in a run of three or more joined in one clause, with labels that all
differ and none of which numbers papers, places or routes (models/patterns/statistics.json
not_before, labels_unless_measured) or leads a count in prose (count_lead_words: 'totalled 94').
One regex over the text finds the runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# a whole number as a breakdown writes it: '884', '1,214', '0' (a nil category keeps the run going but is no statistic)
_NUM = r"(?:0|[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d{0,3})(?![\w%/]|[.,:]\d)"
# a label in lower case, or an acronym in capitals ('(EMS 47, fire 6, MVA 8, other 3)': a fire district's calls by kind)
_LABEL = r"(?:[a-z][\w'’-]*|(?-i:[A-Z]{2,5})(?![\w'’-]))"
# items join with ', ', '; ' or ' and ', perhaps with words of the next label before its last word ('and vacant property grants 49')
# (a flattened page may break that line between two of them: 'vacant property\ngrants 49')
_JOIN = r"(?:[ \t]?[,;][ \t]{1,2}|[ \t]{1,2}and[ \t]{1,2})(?:[^\W\d_][\w'’-]*(?:[ \t]{1,2}|[ \t]?\n[ \t]{0,8})){0,5}?"
_RUN_RE = re.compile(rf"(?<![\w'’-]){_LABEL}[ \t]{{1,2}}{_NUM}(?:{_JOIN}{_LABEL}[ \t]{{1,2}}{_NUM}){{2,}}")
_ITEM_RE = re.compile(rf"(?P<label>{_LABEL})[ \t]{{1,2}}(?P<num>{_NUM})")


# "188 calls in the quarter (Brackenvale 121, Lisgar 67)": a total, then in brackets the parts of it each after a capitalised
# name (a place, a station, a ward); the parts must add up to the total, or the names may be labels ('(Ward 3, Ward 5)')
_TOTAL_THEN_PARTS_RE = re.compile(
    r"(?<![\w.,])(?P<total>[1-9]\d{0,2}(?:,\d{3})*|[1-9]\d{0,3})[ \t]{1,2}[a-z][^()\n.;]{0,40}?\([ \t]?"
    r"(?P<parts>[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*){0,2}[ \t]{1,2}\d[\d,]*(?:[ \t]?[,;][ \t]?[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*){0,2}[ \t]{1,2}\d[\d,]*){1,7})[ \t]?\)"
)
_NAMED_PART_RE = re.compile(r"[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*){0,2}[ \t]{1,2}(?P<num>\d[\d,]*)")


def parts_of_a_total(text: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, value) of each part of a total broken down in brackets by name, when the parts add up to the total."""
    for m in _TOTAL_THEN_PARTS_RE.finditer(text) if "(" in text else ():
        total = float(m.group("total").replace(",", ""))
        parts = list(_NAMED_PART_RE.finditer(text, m.start("parts"), m.end("parts")))
        values = [float(p.group("num").replace(",", "")) for p in parts]
        if len(values) >= 2 and abs(sum(values) - total) < 0.5:
            for p, value in zip(parts, values):
                yield p.start("num"), p.end("num"), value


def breakdown_figures(text: str, rules: dict) -> Iterator[tuple[int, int, float]]:
    """(start, end, value) of each non-zero figure of each breakdown run in `text`."""
    not_labels = rules["not_before_set"] | set(rules["labels_unless_measured"]) | set(rules["count_lead_words"])
    for run in _RUN_RE.finditer(text):
        items = _items(text, run)
        labels = [item.group("label") for item in items]
        if len(items) < 3 or len(set(labels)) < len(labels):
            continue  # 'ward 3, ward 5 and ward 7': one label numbering several things
        if all(label.isupper() for label in labels):
            continue  # 'SR 47, US 8 and CR 12': routes or codes; a breakdown by kind has some label in words
        if any(label.lower() in not_labels or label.lower().rstrip("s") in not_labels for label in labels):
            continue  # 'paragraph 4, clause 7 and appendix 2', 'bus 42, route 12 and service 9'
        for item in items:
            raw = item.group("num")
            value = float(raw.replace(",", ""))
            if value and ("," in raw or not 1800 <= value <= 2100):
                yield item.start("num"), item.end("num"), value


def _items(text: str, run: re.Match) -> list[re.Match]:
    """The label-and-number items of one run, each label the last word before its number."""
    items: list[re.Match] = []
    pos = run.start()
    while pos < run.end():
        item = _ITEM_RE.search(text, pos, run.end())
        if not item:
            break
        items.append(item)
        pos = item.end()
    return items
