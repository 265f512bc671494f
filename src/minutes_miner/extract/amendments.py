"""Amendments as records (issue 15, item 3): what was proposed against a motion, by whom, and how it ended.

resolutions.py drops a lost amendment and keeps its vote apart from the substantive motion's;
this module reads the amendment itself, in the forms minutes write it:

- 'Mr Brady proposed, and Ms Meade seconded the following amendment: “...”' ... 'Amendment lost.'
- 'An amendment was moved by Councillor X and seconded by Councillor Y, proposing that ...'
  ... 'The amendment was put to the vote and was carried unanimously.'
- 'Councillor X moved an amendment that ...'; 'the amendment was withdrawn'.

Names follow Popolo's Motion and VoteEvent where one fits (mover, seconder, result, counts).
Every regex is linear: bounded repeats, no nested unbounded quantifiers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..nlp.regex_literals import holds_any, required_literals
from ..text_utils import last_match, squash
from .blocks import CLAUSE_LABEL_RE

_NAME = r"(?:(?:Cllr\.?|Councillor|Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|the)\s+)?[A-Z][\w.'’-]{0,30}(?:\s+[A-Z][\w.'’-]{0,30}){0,5}(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]{0,30}){0,2}"
_START_RES = [
    # 'Mr Brady proposed, and Ms Meade seconded the following amendment:'
    re.compile(rf"(?P<mover>{_NAME})\s+(?:proposed|moved),?\s+(?:and\s+)?(?P<seconder>{_NAME})\s+seconded,?\s+(?:the\s+following\s+|an\s+)?amendment\b"),
    # 'An amendment was moved by X (and) seconded by Y'
    re.compile(
        rf"\b(?:An|an|The|the|A|a)\s+(?:further\s+)?amendment\s+was\s+(?:moved|proposed)\s+by\s+(?P<mover>{_NAME})(?:,?\s+(?:and\s+)?seconded\s+by\s+(?P<seconder>{_NAME}))?"
    ),
    # 'Councillor X moved an amendment' / 'X proposed an amendment, seconded by Y'
    re.compile(
        rf"(?P<mover>(?:Cllr\.?|Councillor|Mr|Mrs|Ms|Miss|Mx|Dr)\s+[A-Z][\w.'’-]{{0,30}}(?:\s+[A-Z][\w.'’-]{{0,30}}){{0,3}})\s+(?:proposed|moved)\s+(?:an|the\s+following)\s+amendment(?:,?\s+(?:which\s+was\s+)?seconded\s+by\s+(?P<seconder>{_NAME}))?"
    ),
]
_RESULT_RE = re.compile(
    r"\b(?:the\s+)?amendment\s+(?:was\s+)?(?:(?:put|then\s+put)\s+to\s+the\s+vote\s+and\s+(?:was\s+)?)?(?:duly\s+)?(?P<result>lost|carried|defeated|fell|withdrawn|not\s+carried|agreed|approved|accepted|rejected)"
    r"|\b(?P<withdrew>withdrew\s+(?:the|their|his|her)\s+amendment)"
    r"|\b(?P<accepted>(?:agreed\s+to|accepted)\s+the\s+amendment)",  # the mover of the motion takes it in
    re.I,
)
_RESULTS = {
    "lost": "lost",
    "defeated": "lost",
    "fell": "lost",
    "not carried": "lost",
    "rejected": "lost",
    "carried": "carried",
    "agreed": "carried",
    "approved": "carried",
    "accepted": "carried",
    "withdrawn": "withdrawn",
}
_QUOTED_RE = re.compile(r"\s{0,20}[“\"‘'](?P<body>[^”\"]{1,4000}?)[”\"]")
_TALLY_RES = [
    re.compile(r"For\s*\((?P<for>\d{1,3})\).{0,3000}?Against\s*\((?P<against>\d{1,3})\)(?:.{0,3000}?Abstain\w{0,4}\s*\((?P<abst>\d{1,3})\))?", re.S),
    re.compile(
        r"\bFor\s*[:\-–]?\s*(?P<for>\d{1,3})\W{1,5}Against\s*[:\-–]?\s*(?P<against>\d{1,3})(?:\W{1,5}Abstain\w{0,4}\s*[:\-–]?\s*(?P<abst>\d{1,3}))?", re.I
    ),
    re.compile(
        r"(?P<for>\d{1,3})\s+(?:votes?\s+)?(?:for|in\s+favour)\W{1,5}(?:and\s+)?(?P<against>\d{1,3})\s+against(?:\W{1,5}(?:and\s+|with\s+)?(?P<abst>\d{1,3})\s+abstentions?)?",
        re.I,
    ),
    re.compile(r"\bby\s+(?P<for>\d{1,3})\s+votes?\s+to\s+(?P<against>\d{1,3})(?:\s*,?\s*(?:with|and)\s+(?P<abst>\d{1,3})\s+abstentions?)?", re.I),
]


_PARAGRAPH_END_RE = re.compile(
    r"\n[ \t]{0,20}\n|\n\s{0,4}\(?\d{1,3}\)\s|\n(?=[^\n]{0,80}\bamendment\s+(?:was\s+)?(?:put|lost|carried|withdrawn|fell)|[^\n]{0,40}\bput\s+to\s+the\s+vote|[^\n]{0,80}\bwithdrew\b)",
    re.I,
)


@dataclass
class FoundAmendment:
    start: int  # offsets in the text given to find_amendments
    end: int
    text: str
    mover: str | None
    seconder: str | None
    result: str | None = None
    unanimous: bool | None = None
    votes_for: int | None = None
    votes_against: int | None = None
    abstentions: int | None = None


def find_amendments(text: str) -> list[FoundAmendment]:
    """Every amendment moved in this text, in order, each with its result and count when recorded."""
    starts = sorted(_starts(text), key=lambda m: m.start())
    found: list[FoundAmendment] = []
    for i, m in enumerate(starts):
        if found and m.start() < found[-1].end:
            continue
        limit = starts[i + 1].start() if i + 1 < len(starts) else min(len(text), m.end() + 6000)
        found.append(_read_amendment(text, m, limit))
    return found


def _starts_possible(text: str) -> list[re.Pattern]:
    """The opening forms whose required words (read from each pattern: "amendment") the text holds:
    each opens with a name, so a scan tries every capital letter of the item; most items have no amendment."""
    return [regex for regex, literals in zip(_START_RES, _start_literals()) if holds_any(text, literals)]


@lru_cache(maxsize=1)
def _start_literals() -> list[frozenset[str] | None]:
    return [required_literals(regex.pattern, regex.flags) for regex in _START_RES]


def _starts(text: str) -> list[re.Match]:
    """The openings of every form, overlapping ones reduced to the earliest."""
    candidates = sorted((m for regex in _starts_possible(text) for m in regex.finditer(text)), key=lambda m: (m.start(), -m.end()))
    matches: list[re.Match] = []
    for m in candidates:  # sorted once: linear, not every pair compared
        if not matches or m.start() >= matches[-1].end():
            matches.append(m)
    return matches


def _read_amendment(text: str, m: re.Match, limit: int) -> FoundAmendment:
    body_start, body_end, body = _amendment_text(text, m.end(), limit)
    amendment = FoundAmendment(m.start(), body_end, body, _person(m.group("mover")), _person(m.groupdict().get("seconder")))
    result = _RESULT_RE.search(text, body_end, min(limit, body_end + 4000))
    window_end = result.end() if result else min(limit, body_end + 600)
    if result:
        word = "withdrawn" if result.group("withdrew") else "carried" if result.group("accepted") else squash(result.group("result").lower())
        amendment.result = _RESULTS.get(word)
        amendment.unanimous = True if re.match(r"\s{0,3}(?:unanimously|nem\.?\s*con)", text[result.end() : result.end() + 20], re.I) else None
        if re.search(r"unanimously", result.group(0), re.I):
            amendment.unanimous = True
    tally_window = text[body_end:window_end]
    for regex in _TALLY_RES:
        t = _nearest_count(regex, tally_window, before_result=result is not None)
        if t:
            amendment.votes_for, amendment.votes_against = int(t.group("for")), int(t.group("against"))
            amendment.abstentions = int(t.group("abst")) if t.group("abst") else None
            break
    amendment.end = max(amendment.end, window_end)
    return amendment


def _nearest_count(regex: re.Pattern, window: str, before_result: bool) -> re.Match | None:
    """The count the result closes: the last one before 'Amendment carried', not the vote on a
    motion put in between ('extend the meeting'); without a result, the first after the amendment."""
    if not before_result:
        return regex.search(window)
    return last_match(regex, window)


def _amendment_text(text: str, pos: int, limit: int) -> tuple[int, int, str]:
    """The words of the amendment: a quotation after the colon, else the rest of its paragraph."""
    quoted = _QUOTED_RE.match(text, pos + (1 if text[pos : pos + 1] == ":" else 0), min(limit, pos + 4200))
    if quoted:
        return quoted.start("body"), quoted.end(), squash(quoted.group("body"))
    end = min(limit, pos + 600, len(text))
    for para in _PARAGRAPH_END_RE.finditer(text, pos, min(limit, pos + 2000)):
        so_far = squash(text[pos : para.start()])
        if para.group(0).strip() or (len(so_far) >= 40 and not so_far.endswith(":")):
            if not para.group(0).strip() and CLAUSE_LABEL_RE.match(text[para.end() : para.end() + 40]):
                continue  # a blank line between its clauses (a) and (b)
            end = para.start()  # a blank line under 'Proposed Purpose:' is not the end of the amendment
            break
    opened, closed = text.count("“", pos, end), text.count("”", pos, end)
    if opened > closed:  # a blank line inside the quoted amendment: run on to its closing quote
        close = text.find("”", end, min(limit, pos + 4000))
        end = close + 1 if close != -1 else end
    body = squash(text[pos:end]).lstrip(" :,;-–")
    body = re.sub(r"^(?:,?\s*(?:proposing|that|to|as follows)\b\s*:?\s*)", "", body)
    return pos, end, body


def _person(name: str | None) -> str | None:
    if not name:
        return None
    name = squash(name).rstrip(",.")
    return None if name.lower() in {"the", "it", "this"} else name
