"""Motion records: the mover clause says a decision follows, the words after it are the decision.

North American, Australian and many parish minutes record decisions as motions rather than
under a RESOLVED label: "Motion by Janet Keough, second by Gary Mantay to approve the
November board minutes. Motion carried.", "MOVED BY COUNCILLOR A. EASTMAN that the agenda be
adopted as presented. MOTION CARRIED", "> Moved by P. Cuddy / > Seconded by S. Lewis / That
the report BE RECEIVED.", "Councillor Simpson moved adoption of the Agenda as presented.".
The mover clause is found by the `motion` markers in models/patterns/resolution_markers.jsonl;
where the wording starts, what says a motion failed and what a recorded vote looks like are
in models/patterns/motions.json.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..resources import pattern_rules
from ..text_utils import PARAGRAPH_BREAK_RE, squash, trim_span
from .blocks import crosses_next_part, read_passage


@lru_cache(maxsize=1)
def _vocabulary() -> dict:
    data = pattern_rules("motions.json")
    return {
        "window": int(data["window"]),
        "carried_before_wording": re.compile(data["carried_before_wording"]),
        "wording_start": re.compile(data["wording_start"]),
        "failed": re.compile(data["failed"], re.I),
        "failed_line": re.compile(data["failed_line"], re.I | re.M),
        "vote_words": frozenset(data["vote_words"]),
        "bare_wording": re.compile(data["bare_wording"], re.I),
        "bare_vote_wording": re.compile(data["bare_vote_wording"]),
        "item_label": re.compile(data["item_label"], re.M),
        "subject_window": int(data["subject_window"]),
        "outcome_tail": re.compile(data["outcome_tail"]),
        "tail_sentences": int(data["tail_sentences"]),
        "outcome_reach": int(data["outcome_reach"]),
        "outcome_stop": re.compile(data["outcome_stop"]),
        "outcome_words": re.compile(data["outcome_words"], re.I),
        "put_reach": int(data["put_reach"]),
        "motion_put": re.compile(data["motion_put"], re.I),
        "outcome_only_words": frozenset(data["outcome_only_words"]),
        "outcome_reach_back": int(data["outcome_reach_back"]),
        "roll_call_opener": re.compile(data["roll_call_opener"]),
        "roll_call_outcome": re.compile(data["roll_call_outcome"]),
        "roll_call_reach": int(data["roll_call_reach"]),
    }


_QUOTED_MOTION_RE = re.compile(r"[ \t]*[:,]?[ \t]*[\"“‘'](?=[A-Z])")
_NEXT_MOTION_RE = re.compile(r"\b(?:[Mm]otion|MOTION|[Mm]oved|MOVED)\b")
_THIS_MOTION_RE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|THE|THIS)[ \t]+$")  # before 'motion': the motion just put, told of again


def motion_wording(text: str, m_end: int) -> tuple[int, int, list[tuple[int, int]]] | None:
    """Start, end and clauses of the decision wording after a mover clause, or None.

    The wording starts at the first 'that' / 'to <verb>' / 'adoption of' within a short
    window (a roll call can sit between: "Dick motion, Gary second, Gary aye, Jan aye to
    approve the financial reports") and runs as a resolution's passage does.
    """
    vocab = _vocabulary()
    quoted = _QUOTED_MOTION_RE.match(text, m_end)
    if quoted:  # 'moved by Mr Rees: "This Council notes ..."': the motion as moved, quoted
        passage = read_passage(text, quoted.end(), len(text))
        return (passage.start, passage.end, passage.clauses) if passage.end > passage.start else None
    carried = vocab["carried_before_wording"].match(text, m_end)
    if carried:  # 'On motion of X, duly seconded by Y, and carried unanimously, Ordinance No. 5 ... was passed': the clause after it
        passage = read_passage(text, carried.end(), len(text))
        return (passage.start, passage.end, passage.clauses) if passage.end > passage.start else None
    window_end = min(len(text), m_end + vocab["window"])
    m = vocab["wording_start"].search(text, m_end, window_end)
    if m is None or _wording_is_elsewhere(text[m_end : m.start("word")], text[m.start("word") : m.start("word") + 4]):
        return None
    if crosses_next_part(text, m_end, m.start("word")):
        return None  # the first 'That ...' after the movers is under the next item's heading: not this motion's wording
    passage = read_passage(text, m.start("word"), len(text))
    if passage.end <= passage.start:
        return None
    return passage.start, passage.end, passage.clauses


_ITEM_BOUNDARY_RE = re.compile(r"\n[ \t]*\n|\b(?:[Mm]otion|MOTION)[ \t\n]+(?:[Cc]arried|CARRIED|[Pp]assed|PASSED|[Ff]ailed|FAILED)\b[^\n.]{0,40}[.\n]?")


def bare_motion_subject(text: str, m_start: int, start: int, end: int, own_line: bool = True) -> int | None:
    """Where the agenda item begins when the motion's wording names no object, else None.

    'Fister Investments, Inc. dba Murphy's; Renewal ... Moved by McPherson to adopt. Motion
    Carried 7-0.': "to adopt" decides the item it is moved on, so the record must carry the
    item's words, read back from the mover clause to the item's numbered first line when
    one begins after the last blank line or the previous motion's outcome, else (own_line) to the start of the
    motion's own unnumbered line when that line opens an entry.
    """
    vocab = _vocabulary()
    if not vocab["bare_wording"].match(squash(text[start:end])):
        return None
    lo = max(0, m_start - vocab["subject_window"])
    boundaries = list(_ITEM_BOUNDARY_RE.finditer(text, lo, m_start))
    for _ in range(3):  # a page break inside the item ('... Fleur Dr' / blank line / 'Intersection Bridges ...') is no boundary
        floor = boundaries.pop().end() if boundaries else lo
        labels = [m.start() for m in vocab["item_label"].finditer(text, floor, m_start)]
        for label in reversed(labels):  # the nearest label, unless it is a wrapped line's number ('... No.\n239) Moved by X')
            subject = trim_span(text, label, m_start)[0]
            if len(text[subject:m_start].split()) >= 4:
                return subject
        if not _breaks_mid_sentence(text, floor):
            break
    return _own_line_subject(text, m_start) if own_line else None


_OWN_LINE_MAX_WORDS = 80  # a long paragraph before the mover is discussion of many things, not one item's name


def _own_line_subject(text: str, m_start: int) -> int | None:
    """Where an unnumbered item begins when its motion closes the item's own line, else None.

    'Guest Comments:' / 'All Board members had reviewed minutes from the October 9, 2023 meeting. There were no
    corrections or changes. Bunch made a motion to approve, seconded by Brown. Motion passed by voice vote.',
    'Treasurer's report; Lloyd made motion to accept, Lyn seconded.' (US township and borough minutes): the line
    names what "to approve" decides. It counts only when the line opens an entry (the text's start, or a line above
    that is blank or ends a sentence or a heading), from after any earlier motion's outcome on it, with no other
    mover between; otherwise the wording stands alone rather than take a stranger's words.
    """
    line_start = text.rfind("\n", 0, m_start) + 1
    if line_start > 0:
        above = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].rstrip()
        if above and above[-1] not in ".:;!?":
            return None  # a wrapped line: the entry began higher up, where no label marks it
    boundaries = list(_ITEM_BOUNDARY_RE.finditer(text, line_start, m_start))
    floor = boundaries[-1].end() if boundaries else line_start
    subject = trim_span(text, floor, m_start)[0]
    lead = text[subject:m_start]
    if _NEXT_MOTION_RE.search(lead) or not 2 <= len(lead.split()) <= _OWN_LINE_MAX_WORDS:
        return None
    return subject


# a list entry's first line: a bullet or a label opens it ('- One-day liquor licenses (3): ...', '(b) ', '4. ')
_ENTRY_OPENER_RE = re.compile(r"[ \t]*(?:[-•*][ \t]+|\(?[a-z0-9]{1,3}[.)][ \t]+)")
_VOTE_MARKER_RE = re.compile(r"VOTED|Voted")
_ENTRY_LINES_UP = 3  # an entry wrapped over a few lines at most


def voted_matter_start(text: str, m_start: int, marker: str, start: int, end: int) -> int | None:
    """Where the matter a bare vote decides begins ('Art. 4 Operating budget $5,918,440 (up 4.8%) - VOTED to recommend 3-0.',
    '- One-day liquor licenses (3): Haddock Historical Soc. 6/14, ... / Friends of the Library 7/12. VOTED to approve all
    three.'), else None. A New England board minutes a list of matters, each closed by its vote; a vote whose wording names
    nothing but its verb (bare_vote_wording) decides the matter its entry names: the entry's first line (its bullet or label),
    or the vote's own line when the line above ends a sentence or the paragraph. At most _ENTRY_LINES_UP lines are read."""
    if not _VOTE_MARKER_RE.fullmatch(marker) or not _vocabulary()["bare_vote_wording"].match(squash(text[start:end])):
        return None
    line_start = text.rfind("\n", 0, m_start) + 1
    for _ in range(_ENTRY_LINES_UP):
        opener = _ENTRY_OPENER_RE.match(text, line_start, m_start)
        if opener is not None:
            line_start = opener.end()
            break
        above_end = line_start - 1
        if above_end <= 0:
            break
        above = text[text.rfind("\n", 0, above_end) + 1 : above_end]
        if not above.strip() or re.search(r"[.:;!?][ \t]*$", above):
            break
        line_start = above_end - len(above)
    subject = trim_span(text, line_start, m_start)[0]
    return subject if len(text[subject:m_start].split()) >= 3 else None


def _breaks_mid_sentence(text: str, floor: int) -> bool:
    """A blank line whose line above ends mid-sentence (a word or a comma): a page break, not the item's end."""
    before = text[max(0, floor - 80) : floor].rstrip()
    return text[floor - 1 : floor] == "\n" and bool(before) and (before[-1].isalnum() or before[-1] == ",") and not before[-1].isdigit()


def outcome_tail_end(text: str, end: int) -> int:
    """Where the sentences closing a motion end ('Commissioner Krueger seconded the motion.
    Motion passed (4-0).', 'All were in favor.', 'CARRIED'), or `end` when none follows.

    Annotators copy a motion with its outcome, and the outcome words tell the reader the
    motion passed; a roll call or anything else stops the tail.
    """
    vocab = _vocabulary()
    for _ in range(vocab["tail_sentences"]):
        m = vocab["outcome_tail"].match(text, end)
        if m is None or m.end() <= end:
            break
        end = m.end()
    return _roll_call_outcome_end(text, end)


def _roll_call_outcome_end(text: str, end: int) -> int:
    """Where 'Roll call: Ortega - no; Pruitt - yes; ... Motion carried 3-2.' ends when it follows the motion at `end`,
    or `end`. US minutes print the named roll call between a motion and its outcome; annotators copy the motion through
    its outcome, so the tail takes the roll call only when an outcome that passed closes it in the same paragraph,
    before any new motion ('Motion by Mbeki-Lund ... Roll call: ... Motion failed 3-2' is another motion's)."""
    vocab = _vocabulary()
    opener = vocab["roll_call_opener"].match(text, end)
    if opener is None:
        return end
    limit = min(len(text), opener.end() + vocab["roll_call_reach"])
    blank = text.find("\n\n", opener.end(), limit)
    limit = limit if blank == -1 else blank
    outcome = vocab["roll_call_outcome"].search(text, opener.end(), limit)
    if outcome is None or _NEXT_MOTION_RE.search(text, opener.end(), outcome.start()):
        return end
    return outcome.end()


_OUTCOME_RE = re.compile(r"\b(?:carried|passed|lost|defeated|agreed|voted[ \t]+unanimous(?:ly)?)\b", re.I)
# what opens another sentence after the outcome ('... seconded by Armstrong, voted unanimous, The sub-division includes ...')
_NEXT_SENTENCE_RE = re.compile(r"[.,;][ \t\n]+(?:The|This|These|It|There|A|An)\b")


def _wording_is_elsewhere(gap: str, first: str) -> bool:
    """'Moved: Cr Hubbard Seconded: Cr Groves CARRIED: 5/0' (end of line) closes the resolution
    above it; 'Proposed : Cllr Hale; seconded : Cllr Noor; CARRIED : 5 for, 1 against. Minute
    Ref: AP/22/14 : THAT ...' on one line still leads to its wording. Only a 'That' paragraph may follow the mover
    lines ('> Moved by P. Cuddy' / '> Seconded by S. Lewis' / 'That ...')."""
    outcome = _OUTCOME_RE.search(gap)
    if outcome and "\n" in gap[outcome.end() :]:
        return True  # the outcome closes the mover line; what follows is another matter
    if outcome and _NEXT_SENTENCE_RE.search(gap, outcome.end()):
        return True  # '-Approved as presented on a motion by A, seconded by B, voted unanimous, The sub-division includes ...': closed
    return bool(re.search(r"\n[ \t>]*\n", gap)) and not first.lower().startswith("that")


def failed_in_its_paragraph(text: str, start: int, end: int, before: int | None = None) -> bool:
    """A decision marker's wording ('BE IT RESOLVED THAT ...' / 'DEFEATED', a proposal '... For 2, Against 3. Not
    carried.', 'Outcome: Lost (3 for, 4 against).') whose own paragraph records that the motion failed: the motion as
    put, no decision. The outcome is read to the next blank line; a success recorded first ('... Agreed.'), another
    motion or proposal put before the failure, or an amendment that failed leave the decision standing. A failure after
    the next decision read (`before`) is that decision's."""
    vocab = _vocabulary()
    blank = PARAGRAPH_BREAK_RE.search(text, end, min(len(text), end + 300))
    limit = blank.start() if blank else min(len(text), end + 300)
    limit = min(limit, before) if before is not None and before >= end else limit
    failed = vocab["failed"].search(text, start, limit) or vocab["failed_line"].search(text, start, limit)
    if failed is None or _SUCCESS_RE.search(text, start, failed.start()) is not None:
        return False
    later = _NEXT_PUT_RE.search(text, end, failed.start())
    if later is not None and not vocab["failed"].match(text, later.start(), limit):
        return False  # 'RESOLVED that ...' / 'Cllr A proposed that ... Lost.': the next motion failed
    sentence_start = max(text.rfind(". ", start, failed.start()), text.rfind("\n", start, failed.start()), start)
    return _AMENDMENT_RE.search(text, sentence_start, failed.end()) is None


_SUCCESS_RE = re.compile(r"\b(?:carried|passed|agreed|CARRIED|PASSED|AGREED|Carried|Passed|Agreed)\b")
_NEXT_PUT_RE = re.compile(r"\b(?:[Mm]otion|MOTION|[Mm]oved|MOVED|[Pp]roposed|PROPOSED)\b")


def motion_failed(text: str, start: int, end: int) -> bool:
    """'Motion failed 2-3' / 'MOTION DEFEATED' in the motion or before the next one: no decision was made."""
    tail_end = min(len(text), end + 300)
    nxt = _NEXT_MOTION_RE.search(text, end + 1, tail_end)
    while nxt is not None and (
        not text[end : nxt.start()].strip(" \t\n.")
        and _movers_only_line(text, nxt.start())
        or _THIS_MOTION_RE.search(text, max(0, nxt.start() - 8), nxt.start())
    ):
        # 'Moved: B. Meekis Seconded: T. Sakanee For: 2 ...': this motion's movers, printed after it; 'The motion was seconded by
        # Councillor Legrys.' / 'Upon being put to the vote, the motion was declared LOST.': this motion again, not the next one
        nxt = _NEXT_MOTION_RE.search(text, nxt.end(), tail_end)
    outcome = text[start : nxt.start() if nxt and not _vocabulary()["failed"].match(text, nxt.start(), tail_end) else tail_end]
    failed = _vocabulary()["failed"].search(outcome) or _failure_alone_on_its_line(outcome)  # '... to 60 km/h.   DEFEATED'
    if not failed:
        return False
    sentence = outcome[max(outcome.rfind(". ", 0, failed.start()), outcome.rfind("\n", 0, failed.start()), 0) : failed.end()]
    # "... CARRIED / An amendment to add ... was lost": the motion stands; "An amendment ... passed 3-2. The motion failed 2-3": it fell
    return not (_AMENDMENT_RE.search(sentence) and _CARRIED_RE.search(outcome, 0, failed.start()))


def _failure_alone_on_its_line(outcome: str) -> re.Match | None:
    """A failed_line outcome with nothing after it on its line but a full stop.

    A wrapped motion can start a line with the word ('... replace the two pumps that / failed, at a cost not to exceed
    $4,000. Motion carried 5-0.'): that is the motion's wording, not its outcome.
    """
    for m in _vocabulary()["failed_line"].finditer(outcome):
        if _LINE_END_RE.match(outcome, m.end()):
            return m
    return None


_LINE_END_RE = re.compile(r"[ \t.]*(?:\n|$)")
_MOVERS_LINE_RE = re.compile(r"(?:Moved|MOVED)[ \t]*:?[ \t]+(?:by[ \t]*:?[ \t]+)?[^\n]{0,60}?\b(?:Seconded|SECONDED)\b")


def _movers_only_line(text: str, pos: int) -> bool:
    """A 'Moved: X  Seconded: Y' line (and its vote) that puts no wording of its own ('that ...', 'to ...'): the
    movers of the motion above it, not the next motion."""
    line_end = text.find("\n", pos)
    line = text[pos : len(text) if line_end == -1 else line_end]
    if _MOVERS_LINE_RE.match(line) is None or re.search(r"\b(?:that|THAT|That|to)\b", line) is not None:
        return False
    return (
        line_end == -1 or re.match(r"[ \t]*(?:That|THAT|BE IT|Be it)\b", text[line_end + 1 : line_end + 12]) is None
    )  # not an amendment's movers over its wording


def motion_outcome_follows(text: str, m_start: int, start: int, end: int) -> bool:
    """'That Council receive the report.' / 'CARRIED' (or 'Motion Passed', 'ADOPTED', a vote then
    'Carried 5/2'), or the mover line's own 'Moved Cr Bailey, seconded Cr Duffy and resolved':
    the motion printed under its mover lines (`m_start`, wording `start`-`end`) was decided.

    Canadian, Australian and New Zealand minutes print every motion as mover lines over a 'That'
    paragraph, and so do agendas and reports for the motion they recommend ('Recommended Motion:
    Moved by: ____ Seconded by: ____ / That ...'): only the outcome under it, before the next
    motion, tells the minuted decision from the proposed one.
    """
    vocab = _vocabulary()
    if vocab["outcome_words"].search(text, m_start, start):
        return True
    limit = min(len(text), end + vocab["outcome_reach"])
    stop = vocab["outcome_stop"].search(text, end, limit)
    if vocab["outcome_words"].search(text, end, stop.start() if stop else limit):
        return True
    block = text.find("\n\n", end, end + vocab["put_reach"])  # an amendment moved in between: 'The motion was put and CARRIED.' after it
    return vocab["motion_put"].search(text, end, block if block != -1 else min(len(text), end + vocab["put_reach"])) is not None


_CARRIED_RE = re.compile(r"\b(?:carried|passed|CARRIED|PASSED|Carried|Passed)\b")
_AMENDMENT_RE = re.compile(r"\bamendments?\b", re.I)


def is_vote_record(gap: str) -> bool:
    """True when `gap` holds only a recorded vote (names, 'Yeas:', 'Absent:', table rules).

    A closer such as "Motion Passed (4 to 0)" printed under a vote table closes the motion
    above the table, not the table itself.
    """
    words = re.findall(r"\b[a-z][a-z'’-]{2,}", gap)
    prose = [w for w in words if w not in _vocabulary()["vote_words"]]
    return len(prose) <= 2 and bool(_VOTE_SIGN_RE.search(gap))


_VOTE_SIGN_RE = re.compile(r"\b(?:yeas?|yeahs?|nays?|ayes?|yes|absent|abstain\w*|votes?|voting|roll call)\b|\|", re.I)


# the next item's heading: its minute reference or number, then its title in capitals ('SC 15/2026 RESIGNATION OF CLLR L. MOKGOSI ...',
# '7. GRANTS'); a line of outcome words in capitals ('MOTION CARRIED', 'VOTE 5-0 CARRIED', whose tally looks like a reference) is none
_NUMBERED_CAPS_HEADING_RE = re.compile(
    r"(?m)^(?![^\n]*\b(?:CARRIED|PASSED|ADOPTED|FAILED|LOST|DEFEATED)\b)[ \t]*[A-Z]{0,4}[ \t]?\d{1,4}(?:[./-]\d{1,4})*[.)]?[ \t]+[A-Z][A-Z&'’,. -]{4,}[ \t]*$"
)


def restates_motion_outcome(text: str, previous_end: int, previous_kind: str, res_start: int, res_text: str) -> bool:
    """'Motion by Dunn, second by Hale to adopt Resolution 24-09 ...' then 'Roll call: all yes.
    Resolution adopted.' (or 'Mayor Okafor declared the resolution adopted.', 'All in favor. None
    opposed. Motion carried.'): the outcome of the motion just above, said again after its vote,
    is not a second decision.

    Only words of an outcome or a vote ('declared', 'resolution', 'adopted', 'none', 'opposed'
    and the presiding officer's title; at most one other word, a title-case name) and only
    within outcome_reach_back characters of the motion, not across a blank line or an item heading.
    """
    if previous_kind not in {"motion", "close", "proposal", "marker"} or not 0 <= res_start - previous_end <= _vocabulary()["outcome_reach_back"]:
        return False
    if re.search(r"\n[ \t]*\n", text[previous_end:res_start]) or _vocabulary()["item_label"].search(text, previous_end, res_start):
        return False  # a blank line or the next numbered item between: the outcome is another item's
    if _NUMBERED_CAPS_HEADING_RE.search(text, previous_end, res_start):
        return False  # 'SC 15/2026 RESIGNATION OF CLLR L. MOKGOSI FROM THE AUDIT AND PERFORMANCE COMMITTEE' / 'Noted. ...': the next item's
    vocab = _vocabulary()
    words = re.findall(r"[A-Za-z]+", res_text)
    other = [w for w in words if w.lower() not in vocab["outcome_only_words"] and w.lower() not in vocab["vote_words"]]
    names = [w for w in other if re.fullmatch(r"[A-Z][a-z]+", w)]  # 'Mayor Okafor declared ...'; not 'and noted.' or 'NOTED'
    return bool(words) and len(words) <= 12 and len(other) == len(names) <= 1


# a line of a labelled vote block: 'Moved:Nancy Falk', 'Motion: A Hale', 'Seconded: Mandy Huff', 'Ayes:Sherry Mears, Mandy Huff',
# 'Nays:None', 'Abstained: None' (US village and township boards print each motion so, under the item's heading)
_VOTE_LABEL_LINE_RE = re.compile(
    r"[ \t]*(?:Moved|Motion(?:[ \t]+(?:made[ \t]+)?by)?|Seconded|Second|Ayes|Yeas|Yes|Nays|Noes|No|Abstain(?:ed|ing|s|ions)?|Absent|Excused"
    r"|Roll[ \t]+Call|Vote)(?:[ \t]+by)?[ \t]*:[^\n]{0,200}",
    re.I,
)
# what may stand before the outcome on its line: an 'Action Taken:' label and the matter's noun ('Action Taken: Motion Carried',
# resolution_markers.jsonl action-label-outcome reads one capitalised word there)
_OUTCOME_LEAD_RE = re.compile(
    r"[ \t]*(?P<label>(?:Action|ACTION|Disposition|DISPOSITION)(?:[ \t]+(?:Taken|TAKEN))?[ \t]*:[ \t]*)?(?P<noun>(?:The[ \t]+)?[A-Z][A-Za-z]{2,15}[ \t]+)?"
)
_ITEM_NUMBER_RE = re.compile(r"[ \t]*(?:\d{1,3}(?:\.\d{1,3}){0,2}[.)]?|[IVXivx]{1,4}[.)]|[A-Za-z][.)])[ \t]+")
_HEADING_WORDS = 20


def labelled_vote_block(text: str, m_start: int) -> int | None:
    """Where the decision an outcome closes begins when the outcome ends a labelled vote block under the item's heading:
    '4. Motion To Nominate Bryan Atwood as Interim Mayor' / 'Moved:Nancy Falk' / 'Seconded:Mandy Huff' / 'Ayes: ...' /
    'Nays:None' / 'Action Taken: Motion Carried as stated above.' The heading is the matter moved (its number left out),
    the labelled lines its mover, seconder and vote: a mover and a seconder at least, and a heading of a short line with no
    stop of a sentence in it or at its end, numbered or opening its paragraph (a motion's wording wrapped onto the line
    above is no heading). None when the outcome does not end such a block."""
    line_start = text.rfind("\n", 0, m_start) + 1
    if not _OUTCOME_LEAD_RE.fullmatch(text, line_start, m_start):
        return None
    labels, end = [], line_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        if not _VOTE_LABEL_LINE_RE.fullmatch(text, start, end):
            break
        labels.append(text[start:end].strip().split(":", 1)[0].lower())
        end = start - 1
    if not any(label.startswith(("moved", "motion")) for label in labels) or not any(label.startswith("second") for label in labels):
        return None
    heading_start = text.rfind("\n", 0, max(0, end)) + 1
    heading = text[heading_start : max(heading_start, end)]
    number = _ITEM_NUMBER_RE.match(heading)
    matter = heading[number.end() if number else 0 :].strip()
    opens_paragraph = heading_start == 0 or text[max(0, heading_start - 2) : heading_start] == "\n\n"
    if not matter or len(matter.split()) > _HEADING_WORDS or re.search(r"[.!?:;][ \t]+[A-Z]|[.!?:;,]$", matter):
        return None
    if not (number or opens_paragraph):
        return None  # 'That the Council purchase a new' / 'ride-on mower for the depot.': a wrapped line, no heading
    return heading_start + (number.end() if number else 0)


def noun_led_outcome(text: str, m_start: int) -> bool:
    """Whether the outcome's line names the matter before it ('Action Taken: Motion Carried', 'Action: Request approved'):
    such an outcome is read only as the close of a labelled vote block (labelled_vote_block), never as a closer reading back."""
    lead = _OUTCOME_LEAD_RE.fullmatch(text, text.rfind("\n", 0, m_start) + 1, m_start)
    return bool(lead and lead.group("label") and lead.group("noun"))
