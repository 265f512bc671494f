"""Tallies and roll calls in the forms the recorded-vote reader does not read (issue 15, item 2).

resolutions.py reads 'For (15)' blocks of names on their own lines and 'For 41, Against 10,
Abstain 7' / '12 in favour, 3 against'. This module completes a decision's vote after that:

- 'carried by 12 votes to 3 with 2 abstentions', 'approved (5-0)', 'Motion carried 4-1';
- inline roll calls: 'Ayes: Smith, Jones, Brown. Nays: Green.' / 'AYES: ... NOES: ...' /
  'Yeas: Messrs. Denk, Gallagher. Nays: None. Absent: Mr. Maschke.';
- a named vote on the substantive motion whose lead-in mentions the amendments already
  settled ('As all the amendments had been determined ... the substantive motion'), which
  resolutions.py sets aside as an amendment's vote;
- 'Motion carried.' / 'Motion carried unanimously.' just before 'RESOLVED ...'.

Every regex is linear: bounded repeats, no nested unbounded quantifiers.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..text_utils import squash

from .vote_scope import VoteScope, sole_scope

if TYPE_CHECKING:  # resolutions.py imports this module; keep the import one way at run time
    from .found import FoundResolution
    from .votes import RecordedVote

_BY_VOTES_RE = re.compile(
    r"\bby\s+(?P<for>\d{1,3})\s+votes?\s+to\s+(?P<against>\d{1,3})(?:\s*,?\s*(?:with|and)\s+(?P<abst>\d{1,3})\s+abstentions?)?",
    re.I,
)
# '(5-0)', '(4-1-1)', 'carried 4-1', 'passed by a vote of 5 - 2', 'vote 3-2': the numbers need a vote word or brackets
_DASH_TALLY_RE = re.compile(
    r"(?:\b(?:carried|passed|approved|adopted|failed|lost|defeated|vote[ds]?)\s{0,2}:?\s{1,3}(?:(?:by\s{1,3})?(?:an?\s{1,3})?(?:vote\s{1,3}of\s{1,3})?)"
    r"(?P<for>\d{1,2})\s{0,2}[-–/]\s{0,2}(?P<against>\d{1,2})(?:\s{0,2}[-–/]\s{0,2}(?P<abst>\d{1,2}))?\b(?![-–/]\d)"
    # '(5-0)', not a reference: 'Resolution No: (01-07-12)'
    r"|(?<!No:\s)(?<!No\.\s)(?<!No\s)\((?P<for2>[1-9]?\d)\s{0,2}[-–]\s{0,2}(?P<against2>[1-9]?\d)(?:\s{0,2}[-–]\s{0,2}(?P<abst2>[1-9]?\d))?\))",
    re.I,
)
_ROLL_LABEL_RE = re.compile(
    r"\b(?P<label>Ayes|AYES|Aye|AYE|Yeas|YEAS|Yes|Noes|NOES|Nays|NAYS|No|NO|Abstain(?:ed|ing|tions?)?|ABSTAIN(?:ED|ING|TIONS?)?|Absent|ABSENT|Recused?|RECUSED?)\s{0,3}(?:\((?P<count>\d{1,3})\))?\s{0,3}[:;]\s{0,3}"
)
_ROLL_SIDES = {"ayes": "for", "aye": "for", "yeas": "for", "yea": "for", "yes": "for", "noes": "against", "nays": "against", "nay": "against", "no": "against"}
_GROUP_PREFIX_RE = re.compile(
    r"^(?:(?:Acting|Vice|Deputy)\s+)?(?:Messrs\.?|Mmes\.?|Council\s+Members?|Councilmembers?|Councillors?|Cllrs\.?|Directors?|Commissioners?|Trustees?|Aldermen|Alderpersons?|Supervisors?|Board\s+Members?|Members?)\s+",
    re.I,
)
# the full stop that ends a roll call's last side: not the one of 'Mr.', 'Messrs.' or an initial
_ROLL_END_RE = re.compile(r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bMessrs)(?<!\bSt)(?<!\b[A-Z])\.(?=\s|$)|\n\s*\n")
# 'deVries', 'van Dyke': a lower-case particle may come before the capital; 'Tr. Baggett': a trustee
_NAME_RE = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|Sir|Dame|Lord|Lady|Mayor|Deputy Mayor|Vice Mayor|Chair|Tr|Trustee)\.?\s+)?(?:[A-Z]\.\s?){0,3}(?:(?:de|van|von|der|den|di|da|du|la|le)\s?)?[A-Z][a-zA-Z'’-]{1,30}(?:\s+(?:(?:de|van|von|der|den|di|da|du|la|le)\s)?[A-Z][a-zA-Z'’-]{1,30}){0,2}"
)


def complete_vote(text: str, res: FoundResolution, blocks: list[RecordedVote], scope: VoteScope | None = None) -> None:
    """Fill what the resolution's vote still lacks from the forms this module reads.

    Each form is taken only where `scope` says it belongs to this decision and not to a
    neighbouring one (vote_scope.py); without a scope the decision is read on its own.
    """
    scope = scope or sole_scope(text, res)
    if not res.votes:
        _attach_substantive_block(text, res, blocks, scope)
    if not res.votes:
        _attach_roll_call(text, res, scope)
    if not res.votes:
        _attach_bracketed_roll(text, res, scope)
    if res.votes_for is None:
        _attach_tally(text, res, scope)
    _read_result_before(text, res, scope)


def _attach_substantive_block(text: str, res: FoundResolution, blocks: list[RecordedVote], scope: VoteScope) -> None:
    """A named vote set aside as an amendment's whose lead-in puts the substantive motion to the vote."""
    for block in blocks:
        if not block.on_amendment or not block.votes:
            continue
        lead = text[max(0, block.start - 300) : block.start]
        result = text[block.end : block.end + 80]
        if not re.search(r"substantive\s+motion", lead, re.I) or re.search(r"amendment\s+(?:was\s+)?(?:lost|carried|defeated|fell)", result, re.I):
            continue
        near = 0 <= res.evidence_start - block.end <= 400 or 0 <= block.start - res.end <= 200
        if near and scope.owns(res, block.start, block.end):
            res.votes = block.votes
            res.votes_for = block.counts.get("for")
            res.votes_against = block.counts.get("against")
            res.abstentions = block.counts.get("abstain")
            return


def _attach_tally(text: str, res: FoundResolution, scope: VoteScope) -> None:
    """'carried by 12 votes to 3 with 2 abstentions', 'Motion Carried 7-0' or '(5-0)' in or just
    around the decision (its own, not a neighbour's), never a date."""
    lo, hi = scope.reach(res)
    window_start, window_end = max(lo, res.evidence_start - 200), min(hi, res.end + 200)
    for regex in (_BY_VOTES_RE, _DASH_TALLY_RE):
        found = [(m, counts) for m in regex.finditer(text, window_start, max(window_start, window_end)) if (counts := _tally_counts(m))]
        found.sort(key=lambda mc: _preference(mc[0], res.evidence_start))
        for m, counts in found:
            if scope.owns(res, m.start(), m.end()):
                res.votes_for, res.votes_against, res.abstentions = counts
                return


def _preference(m: re.Match, evidence_start: int) -> tuple[bool, bool, int]:
    """Sort key: a count in or after the decision first, in reading order, then the nearest one
    before it; 'Motion Carried 7-0' before a bare '(5-0)'."""
    before = m.start() < evidence_start
    return before, m.groupdict().get("for2") is not None, evidence_start - m.start() if before else m.start()


def _tally_counts(m: re.Match) -> tuple[int, int, int | None] | None:
    """(for, against, abstentions) of a tally match, None when it reads as a date ('(3-15-99)')."""
    groups = m.groupdict()
    votes_for = groups.get("for") or groups.get("for2")
    against = groups.get("against") or groups.get("against2")
    abst = groups.get("abst") or groups.get("abst2")
    if votes_for is None or against is None:
        return None
    counts = int(votes_for), int(against), int(abst) if abst else None
    if _reads_as_date(*counts):
        return None
    return counts


def _reads_as_date(first: int, second: int, third: int | None) -> bool:
    """'(3-9-99)': month, day and a year outnumbering every vote cast is a date, not a tally."""
    return third is not None and 1 <= first <= 12 and 1 <= second <= 31 and third >= 13 and third > first + second


def roll_calls(text: str, start: int, end: int) -> list[tuple[int, int, list[tuple[str, str]], dict[str, int]]]:
    """Inline roll calls between start and end: (start, end, [(member, side)], {side: count})."""
    found = []
    pos = start
    while pos < end:
        m = _ROLL_LABEL_RE.search(text, pos, end)
        if m is None:
            break
        if _ROLL_SIDES.get(m.group("label").lower()) != "for":
            pos = m.end()
            continue
        call = _read_roll_call(text, m, end)
        if call[2] or call[3].get("against"):
            found.append(call)
        pos = max(call[1], m.end())  # never read the same sides twice: linear in the text
    return found


def _read_roll_call(text: str, first: re.Match, limit: int):
    """From 'Ayes:' on, each side's names up to the next label, the last side up to its full stop."""
    votes: list[tuple[str, str]] = []
    counts: dict[str, int] = {}
    m = first
    call_end = first.end()
    for _ in range(6):  # ayes, noes, abstain, absent, recused: a handful of sides at most
        nxt = _ROLL_LABEL_RE.search(text, m.end(), min(limit, m.end() + 600))
        stop = _ROLL_END_RE.search(text, m.end(), nxt.start() + 1 if nxt else min(limit, m.end() + 600))
        # 'Ayes: A, B. Nays: C.': the next side may follow its own full stop
        goes_on = nxt is not None and (stop is None or stop.start() >= nxt.start() or not text[stop.end() : nxt.start()].strip())
        if stop is not None and (nxt is None or stop.start() < nxt.start()):
            seg_end = stop.start()
        else:
            seg_end = nxt.start() if nxt else min(limit, m.end() + 300)
        side = _side(m.group("label"))
        names = _member_names(text[m.end() : seg_end])
        if side:
            votes += [(n, side) for n in names]
            counts[side] = int(m.group("count")) if m.group("count") else len(names)
        call_end = seg_end
        if not goes_on:
            break
        m = nxt
    return first.start(), call_end, votes, counts


def _side(label: str) -> str | None:
    low = label.lower()
    if low in _ROLL_SIDES:
        return _ROLL_SIDES[low]
    return "abstain" if low.startswith("abstain") else None  # absent and recused members did not vote


def _member_names(segment: str) -> list[str]:
    """'Messrs. Denk, Gallagher, Saab, Bradley' -> four names; 'None' -> none."""
    segment = squash(segment).strip(" .;,")
    if re.fullmatch(r"(?:None|Nil|0|-|–)?", segment, re.I):
        return []
    segment = _GROUP_PREFIX_RE.sub("", segment)
    names = []
    for part in re.split(r",|;|\band\b|&", segment):
        part = _GROUP_PREFIX_RE.sub("", squash(part).strip(" ."))
        if _NAME_RE.fullmatch(part):
            names.append(part)
    return names


def _attach_roll_call(text: str, res: FoundResolution, scope: VoteScope) -> None:
    """A roll call just after the decision (or just before it) is its vote."""
    lo, hi = scope.reach(res)
    calls = roll_calls(text, max(lo, res.evidence_start - 400), min(hi, res.end + 300))
    for start, end, votes, counts in calls:
        near = 0 <= start - res.end <= 250 or 0 <= res.evidence_start - end <= 300 or res.evidence_start <= start < res.end
        if near and scope.owns(res, start, end):
            res.votes = votes
            res.votes_for = counts.get("for")
            res.votes_against = counts.get("against", 0 if counts.get("for") is not None else None)
            res.abstentions = counts.get("abstain")
            return


# '(Donovan, May, Wilson, Houk, Wood – yea)', '(Smith, Jones – aye; Brown – nay)': names, then their side
_BRACKET_ROLL_RE = re.compile(r"\((?P<body>[A-Z][^()\n]{0,300}?[ \t][-–—][ \t]{0,3}(?:yeas?|ayes?|yes|nays?|noes|no)[ \t]{0,3})\)", re.I)
_BRACKET_SIDE_RE = re.compile(r"(?P<names>[^;–—-]{1,200}?)[ \t]?[-–—][ \t]{0,3}(?P<side>yeas?|ayes?|yes|nays?|noes|no)\b[ \t]{0,3}(?:;|,|$)", re.I)


def _attach_bracketed_roll(text: str, res: FoundResolution, scope: VoteScope) -> None:
    """'the Board voted unanimously ... on a roll call vote (Donovan, May, Wilson, Houk, Wood – yea)'."""
    lo, hi = scope.reach(res)
    for m in _BRACKET_ROLL_RE.finditer(text, max(lo, res.evidence_start - 300), min(hi, res.end + 200)):
        if not scope.owns(res, m.start(), m.end()):
            continue
        votes = []
        for side in _BRACKET_SIDE_RE.finditer(m.group("body")):
            vote = _ROLL_SIDES.get(side.group("side").lower())
            votes += [(name, vote) for name in _member_names(side.group("names"))] if vote else []
        if not votes:
            continue
        res.votes = votes
        res.votes_for = sum(v == "for" for _, v in votes)
        res.votes_against = sum(v == "against" for _, v in votes)
        return


_RESULT_BEFORE_RE = re.compile(
    r"\b(?P<what>(?:substantive\s+)?motion|proposal|recommendation)\s+(?:was\s+)?(?P<outcome>carried|lost|defeated|fell)(?P<unan>\s+unanimously|\s+nem\.?\s*con\.?)?\W{0,3}$",
    re.I,
)


def _read_result_before(text: str, res: FoundResolution, scope: VoteScope) -> None:
    """'Motion carried.' / 'Motion carried unanimously.' closing the line just before 'RESOLVED'."""
    lo = max(scope.reach(res)[0], res.evidence_start - 120)
    before = text[lo : res.evidence_start]
    before = re.sub(r"\s*\(?\d{1,3}\)?\s*$", "", before.rstrip())  # the paragraph number '(27)' before RESOLVED
    m = _RESULT_BEFORE_RE.search(before)
    if m is None or not scope.owns(res, lo + m.start(), lo + m.end()):
        return
    if m.group("outcome").lower() != "carried":
        return  # 'Motion lost.' then 'RESOLVED': the decision is another one, leave it as it reads
    if res.outcome is None:
        res.outcome = "carried"
    if m.group("unan") and res.unanimous is None:
        res.unanimous = True
