"""What a decision says about itself: its type, mover and seconder, tally, and the comments
it passes on to others ('AGREED that the comments below be passed to the Clerk').

Read after the resolution finder has fixed where each decision runs; kept apart from
resolutions.py so finding a decision and describing it are each one module.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..resources import pattern_rules
from ..text_utils import last_match, squash, trim_span
from ..vocabulary import person_titles
from .blocks import CLAUSE_LABEL_RE, gather_clauses, sentence_start
from .found import FoundResolution
from .vote_scope import VoteScope


@lru_cache(maxsize=1)
def _decision_types() -> list[tuple[str, re.Pattern]]:
    data = pattern_rules("decision_types.json")
    return [(t, re.compile(rx, re.I)) for t, rx in data["types"]]


_MOVER_RES = [
    re.compile(
        rf"(?:moved|proposed) by (?P<mover>(?:(?:{person_titles()})\.?)?\s*[A-Z][\w.' -]{{1,40}}?),? (?:and )?seconded by (?P<seconder>(?:(?:{person_titles()})\.?)?\s*[A-Z][\w.' -]{{1,40}}?)(?=[,.;:]|\s+(?:and|that|it|to)\b|\s*$)"
    ),
    re.compile(
        r"(?:PROPOSED|Proposed):?\s*(?:by\s+)?(?P<mover>[A-Z][\w.' -]{1,40}?),?\s+(?:SECONDED|[Ss]econded):?\s*(?:by\s+)?(?P<seconder>[A-Z][\w.' -]{1,40}?)(?=[,.;:\n]|\s+(?:and|that)\b)"
    ),
    re.compile(
        rf"(?P<mover>(?:(?:{person_titles()})\.?)\s*[A-Z][\w.'-]*(?: [A-Z][\w'-]+)?) (?:proposed|moved),? (?:and )?(?P<seconder>(?:(?:{person_titles()})\.?)\s*[A-Z][\w.'-]*(?: [A-Z][\w'-]+)?) seconded"
    ),
    re.compile(
        r"[Pp]roposed(?: by)?:?\s+(?P<mover>[A-Z][\w.' -]{1,40}?)\s*(?:&|and|,)\s*seconded(?: by)?:?\s+(?P<seconder>[A-Z][\w.' -]{1,40}?)(?=[,.;:\n]|\s+(?:and|that)\b|$)"
    ),
    re.compile(r"(?:^|\n)\s*[A-Z]?\d{4}-\d{1,4}\s+(?P<mover>[A-Z][\w.' -]{1,30}?),\s*(?P<seconder>[A-Z][\w.' -]{1,30}?)\s*:"),
]
_TALLY_RE = re.compile(
    r"(?P<for>\d{1,3})\s+(?:votes?\s+)?(?:for|in favour)(?:\s+(?:and|,))?,?\s+(?P<against>\d{1,3})\s+against(?:,?\s+(?:and\s+|with\s+)?(?P<abst>\d{1,3})\s+abstentions?)?"
    r"|For\s*[:\-–]?\s*(?P<for2>\d{1,3})\W+Against\s*[:\-–]?\s*(?P<against2>\d{1,3})(?:\W+Abstain(?:ed|tions?)?\s*[:\-–]?\s*(?P<abst2>\d{1,3}))?",
    re.I,
)
_COMMENTS_RE = re.compile(
    r"(?:comments?|observations?|views?|recommendations?|following|concerns?|points?|feedback)\b[^.:]{0,80}?\b(?:be|are to be|were to be|should be|would be|to be)\s+(?:passed|forwarded|sent|referred|reported|submitted|made|fed|conveyed|relayed|provided)\s+(?:back\s+|on\s+)?to\s+(?P<recipient>(?:the\s+)?[A-Z][\w&,'’ -]{1,80}?)(?=\s+(?:as|for|in|on|at|with|and|when|before|by)\b|[.:;,(]|$)"
    r"|\b(?:make|submit|send|pass|forward|refer|put)\s+the\s+following\s+(?:comments?|observations?|views?|recommendations?|points?)\s+to\s+(?P<recipient2>(?:the\s+)?[A-Z][\w&,'’ -]{1,80}?)(?=\s+(?:as|for|in|on|at|with|and|when|before|by)\b|[.:;,(]|$)",
    re.I,
)

# 'the following comments be included in the submission to the State Planning Office', 'Approves the following
# comments as its submission to the Committee', 'submit the following comments to MassDOT', 'the following points go
# to District Council staff', 'the Panel's report to the Commissioner include the following comments', 'refer the
# decision back to Cabinet ... with the following recommendations', 'the submission to the Department ... with the
# following additions', 'Recommends to the District Council that the following views be considered when the plan is
# adopted': the list after the colon is what the meeting passes on, and the "to X" of the same clause says to whom.
# Only up to the clause's colon: the list itself may say "to" anything.
_PASSED_LIST_NOUNS = r"(?:comments?|points?|observations?|views?|recommendations?|additions?|concerns?)"
_LIST_RECIPIENT = r"(?:the\s+)?[A-Z][\w&'’ \t\n-]{1,80}?(?=\s+(?:as|for|in|on|at|with|when|before|by|include|includes|that)\b|[.:;,(]|$)"
_FOLLOWING_LIST_RE = re.compile(
    rf"\bthe\s+following\s+{_PASSED_LIST_NOUNS}\b[^:;]{{0,120}}?\bto\s+(?P<recipient>{_LIST_RECIPIENT})[^:;]{{0,120}}:"
    rf"|\bto\s+(?P<recipient2>{_LIST_RECIPIENT})[^:;]{{0,160}}?\b(?:with|include|includes|including|that)\s+the\s+following\s+{_PASSED_LIST_NOUNS}\b[^:;]{{0,60}}:"
)


def describe_decision(text: str, res: FoundResolution, scope: VoteScope | None = None) -> None:
    """Fill decision type, outcome, unanimity, mover/seconder, tallies and agreed comments.

    The words read after (and the tally before) the decision stop at its neighbours (`scope`).
    """
    lo, hi = scope.reach(res) if scope else (0, len(text))
    whole = f"{res.marker} {res.text}"
    for decision_type, regex in _decision_types() if res.decision_type == "other" else ():
        if regex.search(whole):
            res.decision_type = decision_type
            break
    if res.unanimous is None and re.search(
        r"\bunanim|nem\.?\s*con\b|\ball agreed\b|\bagreed by all\b", f"{res.marker} {text[res.evidence_start : min(hi, res.end + 60)]}", re.I
    ):
        res.unanimous = True
    tail = _own_tail(text, res.end)
    if res.outcome is None:
        m = re.search(r"\b(carried|lost|defeated|fell|withdrawn)\b", tail[:80] + " " + res.marker, re.I)
        if m and not re.search(r"amendment", tail[: m.start()], re.I):
            word = m.group(1).lower()
            res.outcome = {"carried": "carried", "lost": "lost", "defeated": "lost", "fell": "lost", "withdrawn": "withdrawn"}[word]
    own = text[max(0, res.evidence_start - 150) : res.end + 100]
    for regex in _MOVER_RES:
        movers = list(regex.finditer(own))
        if movers:
            m = min(movers, key=lambda mm: abs(max(0, res.evidence_start - 150) + mm.start() - res.evidence_start))
            res.mover, res.seconder = squash(m.group("mover")), squash(m.group("seconder"))
            break
    if res.mover is None:
        res.mover, res.seconder = _motion_mover(text, res.evidence_start)
    tally = next(
        (
            m
            for m in _TALLY_RE.finditer(text, max(lo, res.evidence_start - 200), max(lo, min(hi, res.end + 200)))
            if scope is None or scope.owns(res, m.start(), m.end())
        ),
        None,
    )
    if tally:
        res.votes_for = int(tally.group("for") or tally.group("for2"))
        res.votes_against = int(tally.group("against") or tally.group("against2"))
        abst = tally.group("abst") or tally.group("abst2")
        res.abstentions = int(abst) if abst else None
    _find_comments(text, res)


# the next item's heading line ('MC 06/2025    REQUEST FOR DONATION', '12. Close', 'Item 9.3.1 Bush fire brigades'; a
# vote such as 'CARRIED 5/0' is none): what follows it ('Item withdrawn by the Office of the Executive Mayor.') is that item's outcome
_NEXT_ITEM_RE = re.compile(
    r"(?m)\n[ \t]*(?:(?:Item|ITEM|Minute|MINUTE)[ \t]+)?(?!(?:CARRIED|AGREED|RESOLVED|LOST|APPROVED|WITHDRAWN|Carried|Agreed|Lost|Withdrawn)\b)"
    r"(?:[A-Z]{1,6}(?:[ \t]+|/))?\d{1,4}(?:[./]\d{1,4})*[.):]?[ \t]+[A-Z][^\n.]{2,80}$"
)


# after a blank line, a numbered line is the next item even when a sentence runs on in it ('6. CIVIC LICENSING - not a
# Board item, withdrawn from the agenda.'): its 'withdrawn' is that item's outcome; a count of votes is none ('3 For, 2 Against')
_NEXT_NUMBERED_PARAGRAPH_RE = re.compile(
    r"\n[ \t]*\n[ \t]*(?:(?:Item|ITEM)[ \t]+)?(?:[A-Z]{1,6}(?:[ \t]+|/))?\d{1,4}(?:[./]\d{1,4})*[.):]?[ \t]+"
    r"(?!(?:For|FOR|Against|AGAINST|In|IN|Votes?|VOTES?|Ayes?|AYES?|Yes|YES|Nays?|NAYS?|No|NO)\b)[A-Z][A-Za-z]"
)


def _own_tail(text: str, end: int) -> str:
    """The words just after a decision that may say how it ended ('... be noted. CARRIED'), up to the next item."""
    tail = text[end : end + 200]
    stops = [m.start() for m in (_NEXT_ITEM_RE.search(tail), _NEXT_NUMBERED_PARAGRAPH_RE.search(tail)) if m is not None]
    return tail[: min(stops)] if stops else tail


_INLINE_COMMENT_RE = re.compile(
    r"\b(?i:view|views|comments?|concerns?|observations?|recommendations?|request)\s+(?:that\s+)?(?!from\b|by\b|received\b|made\b|of\b)(?P<comment>[^.;]{20,400})\s+(?:be|are to be|should be)\s+"
    r"(?:passed|forwarded|sent|referred|reported|submitted|conveyed|relayed)\s+(?:back\s+|on\s+)?to\s+(?P<recipient>(?:the\s+)?[A-Z][\w&'’ -]{1,80}?)(?=\s+(?:as|for|in|on|at|with|and|when|before|by)\b|[.:;,(]|$)",
)


def _motion_mover(text: str, before: int) -> tuple[str | None, str | None]:
    """Who moved the motion this decision settles: the last mover earlier in the item, not an amendment's."""
    window_start = max(0, before - 4000)
    best = None
    for regex in _MOVER_RES:
        for m in regex.finditer(text, window_start, before):
            if re.search(r"amendment", text[m.end() : m.end() + 60], re.I):
                continue
            if best is None or m.start() > best.start():
                best = m
    if best is None:
        return None, None
    return squash(best.group("mover")), squash(best.group("seconder"))


def _recipient(text: str, m: re.Match) -> str:
    """'the Cabinet Member' + ' for Adult Social Care': a post keeps its portfolio."""
    group = "recipient" if m.group("recipient") else "recipient2"
    recipient = squash(m.group(group)).removeprefix("the ").removeprefix("The ")
    if re.search(r"\b(?:Member|Holder|Director|Head|Lead|Officer)$", recipient):
        portfolio = re.match(r"\s+(?:for|of)\s+(?:[A-Z][\w&'’-]*(?:\s+(?:and|&|of|the))?\s*)+", text[m.end(group) :])
        if portfolio:
            recipient = squash(recipient + portfolio.group(0))
    return recipient


def _label_kind(label: str) -> str:
    """'1.' / '(2)' -> digit, '(b)' -> letter, '(iv)' -> roman, '•' / '-' -> bullet: which list a clause belongs to."""
    core = label.strip("()[]. \t")
    if core.isdigit():
        return "digit"
    if re.fullmatch(r"[ivxlc]+", core, re.I) and len(core) > 1 or core in {"i", "v", "x"}:
        return "roman"
    return "letter" if core.isalpha() else "bullet"


def _comment_clauses(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, str]] | None:
    """The comments of a decision list where one clause, not the list's opening words, passes them on.

    '1. That the report be noted. 2. That the following comments be referred to the Cabinet Member:
    • ... • ... 3. That the Director attend ...': the decision is every clause; the comments are the
    bullets under clause 2 (a list of another kind, up to the next label of clause 2's kind), or clause
    2 itself when nothing hangs under it ('(b) the Committee's concern ... be reported to Cabinet').
    None when no clause but the first holds the comments wording, or when every clause is a comment
    of the opening words ('RESOLVED that the following comments be passed to Cabinet: (1) ... (2) ...')."""
    labels = [CLAUSE_LABEL_RE.match(text[a : a + 24]) for a, _ in spans]
    if any(label is None for label in labels):
        return None
    kinds = [_label_kind(label.group("label")) for label in labels]
    hit = next((i for i, (a, b) in enumerate(spans) if _COMMENTS_RE.search(squash(text[a:b]))), None)
    if hit is None or kinds.count(kinds[hit]) < 2:
        return None
    chosen = _clauses_under(text, spans[hit + 1 :], 0, kinds[hit]) or [spans[hit]]
    return _clause_comments(text, chosen)


def _find_comments(text: str, res: FoundResolution) -> None:
    inline = _INLINE_COMMENT_RE.search(res.text)
    if inline and not res.clause_spans:
        # "... and that the Committee's view that X be forwarded to Cabinet": one comment in the decision
        start = text.find(inline.group("comment"), res.start)
        if start != -1:
            res.recipient = _recipient(res.text, inline)
            res.comments = [(start, start + len(inline.group("comment")), squash(inline.group("comment")))]
            return
    m = _COMMENTS_RE.search(res.text)
    if not m:
        _find_listed_comments(text, res)
        if not res.comments and not _find_pointed_back_remark(text, res) and not _find_table_row_comment(text, res):
            _find_forwarded_remarks(text, res)
        return
    res.recipient = _recipient(res.text, m)
    inline = _inline_numbered_comments(text, res)
    if inline:  # '... submit the following comments to MassDOT on the 25% design: (1) ...; (2) ...; (3) ... Ms. Frain seconded.'
        res.comments = inline
        return
    if res.clause_spans:
        intro_passes_on = _COMMENTS_RE.search(squash(text[min(res.start, res.evidence_start) : res.clause_spans[0][0]])) is not None
        inside = None if intro_passes_on else _comment_clauses(text, res.clause_spans)
        if inside is not None:  # '(a) the report be noted; (b) the Committee's concern be reported to Cabinet; (c) ...'
            res.comments = inside  # the decision is the whole list; only what it passes on is a comment
            return
        intro_start = res.start if res.kind != "marker" or not res.text.startswith(res.marker) else res.evidence_start
        res.text = CLAUSE_LABEL_RE.sub("", squash(text[min(intro_start, res.start) : res.clause_spans[0][0]]).rstrip(" :-–"), count=1)
        res.comments = _clause_comments(text, res.clause_spans)
        return
    # bullets after the resolution sentence
    end, clauses = gather_clauses(text, res.end, len(text))
    if clauses:
        res.comments = _clause_comments(text, clauses)
        if end > res.end and text[res.end : clauses[0][0]].strip(" \t\n:") == "":  # the comments it governs are its clauses too
            res.text = squash(res.text.rstrip() + (":" if not res.text.rstrip().endswith(":") else "") + " " + text[clauses[0][0] : end])
        res.end = max(res.end, end)


# a list numbered inline in the motion's own paragraph after the colon of 'the following comments ... :' (US boards
# and commissions: 'moved that the Board submit the following comments to MassDOT on the 25% design: (1) the Board
# requests a raised crosswalk; (2) the 5-foot bike lane should continue ...; (3) the Town asks that no work take place
# ... Labor Day. Ms. Frain seconded.'): one comment per number, the last ending with its sentence
_FOLLOWING_COLON_RE = re.compile(rf"\bthe\s+following\s+{_PASSED_LIST_NOUNS}\b[^:;.]{{0,120}}:[ \t\n]*(?=\(1\)[ \t])")
_INLINE_NUMBER_RE = re.compile(r"(?<![^\s;,:])\((\d{1,2})\)[ \t]")
_INLINE_LIST_REACH = 1500  # characters after the colon a numbered list in a paragraph may run
_SENTENCE_STOP_RE = re.compile(r"\.(?=\s+[A-Z])")  # a full stop before a capital: a sentence ends
_LAST_ITEM_END_RE = re.compile(_SENTENCE_STOP_RE.pattern + r"|\n[ \t]*\n")  # or a blank line


def _inline_numbered_comments(text: str, res: FoundResolution) -> list[tuple[int, int, str]]:
    """The items of a '(1) ... (2) ...' list run on in the paragraph after 'the following comments ... :', numbered
    from 1 without a gap; none unless there are two."""
    colon = _FOLLOWING_COLON_RE.search(text, min(res.start, res.evidence_start), res.end)
    if colon is None:
        return []
    limit = min(len(text), colon.end() + _INLINE_LIST_REACH)
    paragraph = text.find("\n\n", colon.end(), limit)
    limit = paragraph if paragraph != -1 else limit
    starts = []
    for m in _INLINE_NUMBER_RE.finditer(text, colon.end(), limit):
        if int(m.group(1)) != len(starts) + 1:
            break
        starts.append((m.start(), m.end()))
    if len(starts) < 2:
        return []
    last_end = _LAST_ITEM_END_RE.search(text, starts[-1][1], limit)
    ends = [a for a, _ in starts[1:]] + [last_end.end() if last_end else limit]
    comments = []
    for (_, body), end in zip(starts, ends):
        a, b = trim_span(text, body, end, " \t\n;")
        comments.append((a, b, squash(text[a:b])))
    return comments


def _find_listed_comments(text: str, res: FoundResolution) -> None:
    """The list a decision passes on to someone ('(b) requests that the following comments be included in the
    submission to the State Planning Office: (i) ... (ii) ...'): each item after the clause's colon is a comment,
    up to the next clause of the passing clause's own list. The decision's text stays whole: it is what was
    decided, the list included."""
    start = min(res.start, res.evidence_start)
    m = _FOLLOWING_LIST_RE.search(text, start, res.end)
    if not m:
        return
    listed = _listed_after(text, res.clause_spans, m.end())
    if not listed:
        _, listed = gather_clauses(text, m.end(), len(text))
    if listed:
        res.recipient = _recipient(text, m)
        res.comments = _clause_comments(text, listed)


# a remark on a consultation sent on by a short note after it or at its end (parish, town and community council
# planning minutes): '... The Council has no objection but asks that the Planning Authority note the narrow access.
# These comments to be sent to the case officer.', '... the Commissioners object: access is onto a single-track road;
# foul drainage details are absent. The Clerk to forward these comments to Planning and Building Control by 15 January.',
# 'Support, but ask for 2 parking spaces per house not 1.5 - to go to county planning.': the decision's remark is the
# comment; so is a motion sent on after its vote ('"That this meeting asks the Parish Council to object to any housing on
# the Stow Road site." Put to the vote: for 15, against 6. Carried — the Clerk to pass the motion to the Parish Council'),
# and a view announced with its recipient before its colon ('The CC's view, to go to the fund panel: priority to be
# given to ...'). Only 'these / the above' comments or 'the motion' (what was just said), a dash's 'to go to' closing
# the decision, or 'view ..., to go to X:' opening its remark.
_REMARK_RECIPIENT = (
    r"(?P<recipient>(?:the\s+)?[A-Za-z][\w&'’ \t-]{0,30}?(?:\n[ \t]*[\w&'’ \t-]{1,30}?)?)(?=\s+(?:by|for|as|on|at|with|when|before|in)\b|[.;,:(]|$)"
)
_FORWARDED_AFTER_RE = re.compile(
    r"[ \t]*\n?[ \t]*(?:(?:The\s+|the\s+)?[A-Z][\w]*(?:\s+[A-Z][\w]*){0,3}\s+to\s+(?:forward|send|pass\s+on|pass|submit)\s+(?:these|the\s+above)\s+"
    r"(?:comments?|observations?|objections?|views?)"
    r"|(?:These|The\s+above|This|Those)\s+(?:comments?|observations?|objections?|views?)\s+(?:to\s+be|are\s+to\s+be|be|were\s+to\s+be)\s+"
    r"(?:sent|forwarded|passed(?:\s+on)?|submitted|conveyed)"
    r"|[\"”]?[ \t]*(?:Put\s+to\s+the\s+vote[^.]{0,60}\.\s*)?(?:Carried|CARRIED)\.?[ \t]*[—–-]?[ \t]*(?:the\s+|The\s+)?[A-Z]\w*\s+to\s+(?:pass|forward|send)\s+"
    r"(?:the|this)\s+motion)\s+to\s+" + _REMARK_RECIPIENT
)
_VIEW_TO_GO_RE = re.compile(r"\b(?:view|views|comments?|response|observations?|position),?\s+to\s+go\s+to\s+" + _REMARK_RECIPIENT + r"\s*:")
_TO_GO_TO_END_RE = re.compile(r"(?<!\s)\s+[-–]\s+to\s+go\s+to\s+" + _REMARK_RECIPIENT + r"\.?\s*$")
_REMARK_CLAUSE_RE = re.compile(r"[^;]+")


# a decision that sends on what the sentence before it said, by a word pointing back ('The Board supports a 50 km/h
# limit from the bridge to the school. The Board agreed that its support be passed on to NZTA Waka Kotahi, ...'): that
# sentence, in the same paragraph, is the comment
_POINTS_BACK_PASSED_RE = re.compile(
    r"\b(?:its|their|this|these|the\s+above)\s+(?:support|view|views|comments?|concerns?|objections?|observations?|position)\s+"
    r"(?:be|to\s+be|should\s+be|would\s+be)\s+(?:passed(?:\s+on)?|forwarded|sent|conveyed|relayed|reported)\s+to\s+" + _REMARK_RECIPIENT
)
_BACK_REACH = 400  # characters before a decision that the sentence it points back to may start


def _find_pointed_back_remark(text: str, res: FoundResolution) -> bool:
    """The sentence just before the decision as its comment when the decision passes on 'its support / these comments';
    False when there is no such sentence in the decision's paragraph."""
    passed = _POINTS_BACK_PASSED_RE.search(text, min(res.start, res.evidence_start), res.end)
    if passed is None:
        return False
    opening = sentence_start(text, passed.start(), max(0, passed.start() - _BACK_REACH))  # 'The Board agreed that its support ...'
    end = opening
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    if end == 0 or text[end - 1] != ".":
        return False
    begin = sentence_start(text, end - 1, max(0, opening - _BACK_REACH))
    if "\n\n" in text[begin:end] or len(text[begin:end].split()) < 3:
        return False
    res.recipient = squash(passed.group("recipient"))
    res.comments = [(begin, end, squash(text[begin:end]))]
    return True


# a table of planning applications under an item whose heading names who gets the comments ('PH/104 Applications
# (consultee comments to Sowerthorpe District Council)' / 'Ref App no. Site Proposal Comment agreed' / '(1) 26/0112/FUL
# 3 Coopers Row Two storey side extension No objection'): each row decided is a comment to that body, except a row that
# makes none ('Refer to Tree Officer, no comment'). The heading is looked for a bounded way back, over rows only.
_COMMENTS_TO_HEADING_RE = re.compile(
    r"\(\s*(?:consultee\s+|planning\s+)?(?:comments?|observations?|responses?)\s+to\s+(?P<recipient>(?:the\s+)?[A-Z][\w&'’ -]{1,60}?)\s*\)[ \t]*\n"
)
_APPLICATION_ROW_RE = re.compile(r"(?:\(\d{1,2}\)|\d{1,2}[.)])?[ \t]*[A-Z]{0,4}\d{2}/\d{3,6}\b")
_NO_COMMENT_RE = re.compile(r"\bno\s+comments?\b", re.I)
_ROW_HEADING_REACH = 1500  # characters back from a row to its item's heading
_ROW_HEADING_LINES = 16  # lines of rows (and their wrapped lines) between the heading and a row


def _find_table_row_comment(text: str, res: FoundResolution) -> bool:
    """The row of an applications table as a comment to the body its item's heading names; False when it is none."""
    row = text[res.start : res.end]
    if not _APPLICATION_ROW_RE.match(row) or _NO_COMMENT_RE.search(row):
        return False
    lo = max(0, res.start - _ROW_HEADING_REACH)
    heading = last_match(_COMMENTS_TO_HEADING_RE, text, lo, res.start)
    if heading is None:
        return False
    between = text[heading.end() : res.start]
    if "\n\n" in between or between.count("\n") > _ROW_HEADING_LINES:
        return False
    a, b = trim_span(text, res.start, res.end)
    label = CLAUSE_LABEL_RE.match(text[a : a + 24])
    a = a + label.end() if label else a
    res.recipient = squash(heading.group("recipient"))
    res.comments = [(a, b, squash(text[a:b]))]
    return True


def _find_forwarded_remarks(text: str, res: FoundResolution) -> None:
    """The decision's own remark as its comment(s) when a note right after it, or a dash closing it, sends it on.

    The remark is the decision's last sentence (after its colon when it has one, '... object: X; Y'), one comment per
    clause between semicolons."""
    closing = _TO_GO_TO_END_RE.search(text, res.start, res.end)
    forwarded = closing or _VIEW_TO_GO_RE.search(text, res.start, res.end) or _FORWARDED_AFTER_RE.match(text, res.end, min(len(text), res.end + 200))
    if forwarded is None:
        return
    end = closing.start() if closing else res.end
    remark = text[res.start : end]
    colon = max(remark.rfind(": "), remark.rfind(":\n"))  # not the colon of a time ("8:00 to 18:00")
    stop = max(remark.rfind(". ", 0, len(remark) - 2), remark.rfind(".\n", 0, len(remark) - 2))
    begin = res.start + (colon + 1 if colon != -1 else stop + 2 if stop != -1 else 0)
    full_stop = _SENTENCE_STOP_RE.search(text, begin, end)
    end = full_stop.start() + 1 if full_stop else end  # '... outwith the benefit area. Agreed.': the remark, not its outcome
    comments = []
    for clause in _REMARK_CLAUSE_RE.finditer(text, begin, end):
        a, b = trim_span(text, clause.start(), clause.end())
        if len(text[a:b].split()) >= 3:
            comments.append((a, b, squash(text[a:b])))
    if comments:
        res.recipient = squash(forwarded.group("recipient"))
        res.comments = comments


def _listed_after(text: str, spans: list[tuple[int, int]], colon: int) -> list[tuple[int, int]]:
    """The clauses after `colon`, up to the next clause of the kind of the clause holding it ('1. Approves the
    following comments ...: a. ... b. ... 2. Notes ...' gives a. and b.)."""
    holder = next((a for a, b in spans if a <= colon <= b), None)
    return _clauses_under(text, spans, colon, _clause_kind(text, holder) if holder is not None else None)


def _clause_kind(text: str, start: int) -> str | None:
    """The kind of list (`_label_kind`) the clause starting at `start` belongs to, None when it has no label."""
    label = CLAUSE_LABEL_RE.match(text[start : start + 24])
    return _label_kind(label.group("label")) if label else None


def _clauses_under(text: str, spans: list[tuple[int, int]], after: int, kind: str | None) -> list[tuple[int, int]]:
    """The clauses starting at or after `after`, up to the next clause of `kind` (the list of the clause they hang
    under); with no kind, every one of them."""
    under = []
    for a, b in spans:
        if a < after:
            continue
        if kind is not None and _clause_kind(text, a) == kind:
            break
        under.append((a, b))
    return under


# a second comment joined to the first by 'together with' the body's own view ('(b) the Committee's concern at the
# scale of the projected overspend be reported to Cabinet, together with its support for the expansion of independent
# travel training;'): two comments, the second from 'together with'
_TOGETHER_WITH_RE = re.compile(r",\s+(?=together\s+with\s+(?:its|their|the\s+[A-Z]\w*['’]s?)\s)")


def _clause_comments(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """One comment per clause (two when 'together with its ...' joins a second): its span and its words without the
    clause's label."""
    comments = []
    for a, b in spans:
        joined = _TOGETHER_WITH_RE.search(text, a, b)
        parts = [(a, joined.start()), (joined.end(), b)] if joined else [(a, b)]
        comments += [(x, y, squash(CLAUSE_LABEL_RE.sub("", text[x:y], count=1))) for x, y in parts]
    return comments
