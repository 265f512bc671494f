"""Readers for decision forms that carry no RESOLVED label: minutes approvals in any word
order, elections and appointments recorded as outcomes, motion records, and the checks that
tell a minuted decision from the agenda's or a report's wording around it.

Each reader gets the text and a marker found by models/patterns/resolution_markers.jsonl and
returns a FoundResolution, or None where the words are no decision.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from itertools import islice

from ..resources import pattern_rules
from ..text_utils import iter_lines, squash, trim_span
from ..vocabulary import MONTH_NAME_RE, MOVERS_AND_CARRIED, person_titles
from .blocks import CLAUSE_LABEL_RE, gather_clauses, sentence_end, sentence_start
from .found import FoundResolution
from .motions import bare_motion_subject, motion_failed, motion_outcome_follows, motion_wording, outcome_tail_end, voted_matter_start


AGENDA_MINUTES_RE = re.compile(r"\bif in order\b|\bto\s+be\s+(?:\w+\s+){0,2}(?:approved|confirmed|signed|agreed)\b|\bfor approval\b", re.I)


_OUTCOME_AFTER_RE = re.compile(r"[ \t]*[.,;:–-]?[ \t]*(?:Approved|APPROVED|Agreed|AGREED|Carried|CARRIED|Unanimous|UNANIMOUS|All agreed|Resolved|RESOLVED)\b")


_OUTCOME_CLOSES_RE = re.compile(r"\s(?:Approved|APPROVED|Agreed|AGREED|Carried|CARRIED|Resolved|RESOLVED)\.?$")
_AGENDA_TO_RE = re.compile(r"(?:^|\n|:)[ \t]*(?:(?:Min(?:ute)?\.?[ \t]*)?[\d/.]+[.)]?[ \t]*)?To[ \t]+[a-z]{3,}\b")
# a number of minutes after a word that counts time ('After 20 minutes of discussion', 'for 10 minutes'), not an item's number
# opening its line ('5 Minutes of ...') nor a date's day ('the reading of the January 30 minutes')
_DURATION_BEFORE_RE = re.compile(
    r"\b(?:[Aa]fter|[Ff]or|[Ii]n|[Oo]f|[Aa]bout|[Ss]ome|[Oo]ver|[Ww]ithin|[Aa]round|[Aa]pproximately|[Ll]ast|[Ff]irst|[Nn]ext)[ \t]+\d{1,3}[ \t]+$"
)
_APPROVAL_RE = re.compile(
    r"\b(?:approved|agreed|confirmed|signed|adopted|accepted|ratified|noted|received|(?:true|correct|accurate|fair)\s+(?:record|account|reflection)"
    r"|proposed\s+(?:for\s+(?:approval|adoption)\s+)?by\s+[^\n]{1,40}?\sseconded"  # '... these were proposed (for approval) by B. Walker and seconded by L. Mitchell': moved for approval
    r"|(?<!not )(?:proposed|moved)\s+(?:and|&)\s+seconded"  # '... were proposed and seconded by I Matheson and M Jones respectively', '... were read, proposed and seconded.'
    r"|" + MOVERS_AND_CARRIED + r")\b",
    re.I,
)


@lru_cache(maxsize=1)
def _minutes_request_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The request and the outcome regexes of models/patterns/resolution_forms.json, compiled once."""
    forms = pattern_rules("resolution_forms.json")
    return re.compile(forms["minutes_request"]), re.compile(forms["minutes_outcome"])


def minutes_only_requested(sentence: str) -> bool:
    """'The Chair requested Council to approve the Minutes of ...', 'The Mayor ... recommends that they be
    taken as read and signed as a correct record': the question put to the meeting, not its answer; the
    vote or 'The minutes were signed' after it is the decision. A sentence that records its own outcome
    ('... and they were approved as a correct record') is still an approval."""
    request, outcome = _minutes_request_res()
    return request.search(sentence) is not None and outcome.search(sentence) is None


# a numbered part of the minutes cited before the word ('paragraph 4 of the Minute of 27 May', 'item 6 of the minutes of 3 June'):
# the minutes are where something was said, and the verb later in the sentence is another subject's
_PART_OF_MINUTES_RE = re.compile(
    r"\b(?:[Pp]aragraphs?|[Pp]ara\.?|[Ii]tems?|[Ss]ections?|[Mm]inute[ \t]+(?:[Nn]o\.?|[Nn]umber)|[Pp]age)[ \t]+[\dA-Za-z]{1,4}(?:\.\d{1,3})?[ \t]+of[ \t]+(?:the[ \t]+)?$"
)


def read_minutes_sentence(text: str, m_start: int) -> FoundResolution | None:
    """'The minutes from the meeting held on 18th July 2016 were signed and adopted.', 'These
    minutes were Approved', 'The Chair was authorised to sign the minutes ... as a correct
    record', a heading as the subject ('MINUTES OF THE MEETING HELD ON 2 FEBRUARY 2021 / were
    confirmed'): the sentence that approves minutes, whatever its word order.

    The agenda's own line ('To approve the minutes ... as a correct record', 'if in order, to
    be approved') is no decision unless an outcome follows it on its line ('... Approved').
    """
    if _PART_OF_MINUTES_RE.search(text, max(0, m_start - 40), m_start):
        return None  # 'With reference to paragraph 4 of the Minute of 27 May, copies of responses had been received ...': cited, not approved
    if _DURATION_BEFORE_RE.search(text, max(0, m_start - 20), m_start):
        return None  # 'After 20 minutes of discussion a motion to buy the bench was proposed and seconded': time, not the minutes
    start = sentence_start(text, m_start, max(0, m_start - 300))
    # read from the marker's second letter, the sentence reader sees the capital that makes the full stop before it an end:
    # '... seconded by Cllr Hanvidge.' / 'Minutes of a special meeting ... were also approved' is a sentence of its own; an item's
    # number before it stays ('2. MINUTES of the last meeting were taken as read')
    if sentence_start(text, m_start + 1, max(0, m_start - 300)) == m_start and not _ITEM_NUMBER_ONLY_RE.fullmatch(text, start, m_start):
        start = m_start
    motion = _last_that_clause(text, start, m_start)
    if motion is not None:
        start = motion  # '... Seconded: Deputy Mayor M Cobham That the Minutes ... be confirmed.': the motion opens the decision
    line_start = text.rfind("\n", start, m_start) + 1
    if line_start > start and _AGENDA_TO_RE.search(text, start, line_start):
        start = line_start  # '01.24.03 To receive the minutes of the last meeting' / 'The minutes ... were agreed': the heading asked, the line records
    end = sentence_end(text, start, len(text))
    if end <= m_start:
        end = sentence_end(text, m_start, len(text))
    start = max(start, text.rfind("|", start, m_start) + 1)  # a table cell of a flattened page is its own sentence
    cell_end = text.find("|", m_start, end)
    end = cell_end if cell_end != -1 else end
    start, end = trim_span(text, start, end)
    if AGENDA_MINUTES_RE.search(text, start, m_start) and _APPROVAL_RE.search(text, m_start, end) and not AGENDA_MINUTES_RE.search(text, m_start, end):
        start = m_start  # '1518 Minutes of the Meeting from 16th July 2019 for approval Minutes from the meeting ... were signed and approved.'
        determiner = _DETERMINER_BEFORE_RE.search(text, max(0, m_start - 8), m_start)
        start = determiner.start() if determiner else start  # '... (to be approved): These minutes were signed and approved.'
    below = _OUTCOME_LINE_BELOW_RE.match(text, end)
    if below is not None and not _APPROVAL_RE.search(text, start, end):
        end = trim_span(text, start, sentence_end(text, below.end(), len(text)))[1]  # '## 1. Minutes of 3rd December 2025' / 'Approved – proposed ...'
    movers = _MOVERS_SENTENCE_RE.match(text, end)
    if movers is not None and not _APPROVAL_RE.search(text, start, end):
        end = trim_span(text, start, sentence_end(text, movers.end(), len(text)))[1]  # 'Minutes taken as read. Proposed by VF, seconded by EFM.'
    sentence = text[start:end]
    if not _APPROVAL_RE.search(sentence):
        return None  # a 'MINUTES' heading whose approval lies in another sentence
    future = re.search(r"\b(?:(?:will|would|should|shall|can|may)\s+(?:\w+\s+)?|(?:is|are)\s+to\s+)be\b", sentence) and not re.search(
        r"\b(?:were|was)\b", sentence
    )
    pending = re.search(r"\b(?:until|unless|once|before)\s+(?:\w+\s+){0,3}?(?:agreed|approved|confirmed|signed)\b", sentence)
    if (
        AGENDA_MINUTES_RE.search(_PROPOSED_FOR_APPROVAL_RE.sub(" ", sentence)) or future or pending or sentence.strip().endswith("?")
    ):  # "All minutes are draft until agreed ..."
        return None
    if minutes_only_requested(sentence):
        return None
    if _REFUSED_APPROVAL_RE.search(sentence):
        return None  # "The Minute of the meeting of 5 November was not approved; it is to be corrected": no approval
    if _AGENDA_TO_RE.search(sentence) and not _OUTCOME_AFTER_RE.match(text, end) and not _OUTCOME_CLOSES_RE.search(sentence):
        return None
    if _OUTCOME_AFTER_RE.match(text, end):
        end = _OUTCOME_AFTER_RE.match(text, end).end()
    start = _outcome_under_minutes_heading(text, start, end)
    reference = _MINUTES_REFERENCE_RE.match(text, start, end)
    if reference is not None:  # 'PH/103 Minutes 19 January - agreed, signed.': the item's number is no word of the decision
        start = reference.end()
    end = _through_open_bracket(text, start, end)
    movers = _MOVERS_IN_BRACKETS_RE.match(text, end) or _MOVERS_SENTENCE_RE.match(text, end)
    if movers is not None:  # 'Minutes 6/10/25 - correct, signed. (IJ/MO)': who proposed and seconded the approval belongs to it
        end = movers.end()
    return FoundResolution(start, end, squash(text[start:end]), "minutes", "minutes", evidence_start=start, decision_type="minutes approved")


# '... were proposed for approval by Christine and seconded by Kirsty' (Scottish community councils): moved, not the agenda's 'for approval'
_PROPOSED_FOR_APPROVAL_RE = re.compile(r"\b(?:proposed|moved)\s+for\s+(?:approval|adoption)\s+by\b", re.I)
_DETERMINER_BEFORE_RE = re.compile(r"(?:The|the|These|these|Those|those)[ \t]+\Z")
_ITEM_NUMBER_ONLY_RE = re.compile(r"[ \t]*(?:\(?\d{1,3}[.)]|\(?[a-zA-Z][.)])[ \t]*")  # '2. ', '(b) '
_THAT_CLAUSE_RE = re.compile(r"(?<![\w-])(?:That|THAT)[ \t]+(?:the|these|those|all)\b")


def _last_that_clause(text: str, start: int, m_start: int) -> int | None:
    """Where the last motion's 'That the ...' before the minutes' word opens, within its sentence; None when there is
    none. A flattened page runs the movers and the motion into one unpunctuated line with the heading and attendance."""
    last = None
    for m in _THAT_CLAUSE_RE.finditer(text, start, m_start):
        last = m.start()
    return last


# the proposer and seconder in brackets after the approval, on its line, by initials or surnames ('(IJ/MO)', '(Kneale/Corlett)')
_MOVERS_IN_BRACKETS_RE = re.compile(r"[ \t]*\([A-Z][\w'’.-]{0,20}(?:[ \t]*/[ \t]*[A-Z][\w'’.-]{0,20})+\)\.?")
# or as the next sentence on its line ('Item 1 - Minutes of previous meeting (18 September 2025)' / 'Agreed. Proposed Cllr Gahan,
# seconded Ms Kinsella.'): names only, bounded to the line
_MOVERS_SENTENCE_RE = re.compile(
    r"[ \t]+(?:Proposed|Moved)[ \t]+(?:by[ \t]+)?[A-Z][\w'’ .-]{0,40}?,?[ \t]+(?:and[ \t]+)?seconded[ \t]+(?:by[ \t]+)?[A-Z][\w'’ .-]{0,40}?\.(?=[ \t]*(?:\n|$))"
)


# an item's number or minute reference before the minutes it approves ('PH/103 ', 'AGC/26/02 ', '3 ', '2. ')
_MINUTES_REFERENCE_RE = re.compile(r"[ \t]*(?:[A-Z]{1,6}[ \t]?/?)?\d{1,4}(?:[./]\d{1,4})*[.):]?[ \t]+(?=(?:The[ \t]+)?[Mm]inutes?\b)")
_BRACKET_CLOSE_REACH = 80  # how far along its line a bracket cut by an abbreviation's full stop may close


def _through_open_bracket(text: str, start: int, end: int) -> int:
    """The end of a record whose sentence stopped at an abbreviation inside brackets ('Minutes of November meeting — adopted
    (prop. GF, sec. PM).' stops at 'prop.'): read on to the bracket's close on the same line, else keep `end`."""
    if text.count("(", start, end) <= text.count(")", start, end):
        return end
    line_end = text.find("\n", end, end + _BRACKET_CLOSE_REACH)
    close = text.find(")", end, line_end if line_end != -1 else min(len(text), end + _BRACKET_CLOSE_REACH))
    if close == -1:
        return end
    return close + 2 if text[close + 1 : close + 2] == "." else close + 1


# an item's heading naming the minutes, its own line with no full stop ('AGENDA ITEM 1 – Minutes of the meeting of 9th October
# 2025', 'T2/25 Minutes of the Trustees meeting 18th March 2025'), then the outcome alone on the next line ('Approved.', 'Confirmed.')
_MINUTES_HEADING_THEN_OUTCOME_RE = re.compile(
    r"(?:[^\n.]|\.(?=\d))*\b(?:Minutes|MINUTES|minutes)\b[^\n.]*\n[ \t]*(?P<outcome>(?:Approved|Confirmed|Agreed|Adopted|Accepted|APPROVED|CONFIRMED|AGREED|ADOPTED|ACCEPTED)\.?)[ \t]*"
)


def _outcome_under_minutes_heading(text: str, start: int, end: int) -> int:
    """Where the record of minutes approved starts: at the outcome when it stands alone under the item's heading that names the
    minutes ('T2/25 Minutes of the Trustees meeting 18th March 2025' / 'Confirmed.'): the heading names the item, the outcome
    line is the decision; else `start`."""
    m = _MINUTES_HEADING_THEN_OUTCOME_RE.fullmatch(text, start, end)
    if m is not None:
        return m.start("outcome")
    heading = _MINUTES_HEADING_LINES_RE.match(text, start, end)
    if heading is not None and _OUTCOME_OPENS_LINE_RE.match(text, heading.end(), end):
        return heading.end() + len(text[heading.end() : end]) - len(text[heading.end() : end].lstrip())
    return start


# a heading naming the minutes over one or two lines with no full stop ('SC 14/2026     CONFIRMATION OF MINUTES OF THE ORDINARY
# COUNCIL MEETING HELD ON' / '26 FEBRUARY 2026'), then the outcome opening the next line with its qualifier ('Read and signed, on
# the proposal of Councillor Boyle, seconded by Alderman Quinn.', 'Confirmed with the correction that Cllr K.M. Maake was present.'), in capitals:
# a lower-case word carries on a wrapped sentence ('That the minutes of the Regular Meeting held January 14, 2026 be' / 'adopted as presented.')
# (a full stop before a digit is the item's dotted number, no sentence's end: 'M.25/143  MINUTES OF 11 NOVEMBER 2025' / 'Confirmed and signed.')
_MINUTES_HEADING_LINES_RE = re.compile(r"(?:[ \t#]*\d{1,3}\.[ \t]+)?(?:[^\n.]|\.(?=\d))*\b(?:Minutes|MINUTES|minutes)\b[^\n.]*(?:\n[^\n.]*)?\n")
# the heading read as a sentence of its own, with the outcome opening the next line ('## 1. Minutes of 3rd December 2025' /
# 'Approved – proposed Priti Nair, seconded Gordon Shaw.', or a blank line between: '2. Minutes of last meeting' / blank /
# 'Approved by A Masson and N Margiotta'): the approval is read on from the heading into that line
# or a label with the proposer after it ('Acceptance: proposed by Ann Kerr, seconded by Tom Bell.', Scottish community councils)
_OUTCOME_LINE_BELOW_RE = re.compile(
    r"[ \t]*\n(?:[ \t]*\n)?[ \t]*(?=(?:Approved|Confirmed|Adopted|Accepted|Agreed)\b|(?:Acceptance|Approval|Adoption|Proposed)[ \t]*[:–—-])"
)
_OUTCOME_OPENS_LINE_RE = re.compile(
    r"[ \t]*(?:(?:Taken[ \t]+as[ \t]+read|Read),?[ \t]+(?:and|&)[ \t]+(?:approved|confirmed|adopted|signed)|Approved|Confirmed|Adopted|Accepted|Agreed|Signed)\b"
)


_REFUSED_APPROVAL_RE = re.compile(
    r"\b(?:not|never)[ \t\n]+(?:yet[ \t\n]+|been[ \t\n]+)?(?:approved|agreed|confirmed|signed|adopted|accepted)\b"
    # moved and seconded to be put off, not approved: '... proposed by AH and seconded by BN that they be held over to the next meeting'
    r"|\b(?:be|were|was|are)[ \t\n]+(?:held[ \t\n]+over|deferred|postponed|carried[ \t\n]+forward|left[ \t\n]+to[ \t\n]+lie)\b",
    re.I,
)


_ELECTION_ROLE_RE = re.compile(
    r"\b(?:[Cc]hair\w*|[Vv]ice|[Mm]ayor|[Cc]athaoirleach|[Cc]athoirleach|[Ll]eader|[Ss]ecretary|[Tt]reasurer|[Pp]resident|[Gg]overnor|[Rr]epresentative|[Mm]ember|[Cc]ommittee|[Bb]oard|[Cc]ouncil|[Pp]anel|[Cc]lerk|[Cc]onvenor|[Tt]rustee|[Dd]elegate|nominat\w+"
    # an outside body a member is put on, or the member replaced ('appointed to the Penrhydd Regeneration Partnership in place of Cllr Bowen')
    r"|Partnership|Forum|Working[ \t]+(?:Party|Group)|Association|Commission|Authority|in[ \t]+place[ \t]+of"
    # an officer's post the council fills ('Mr J. van Wyk was appointed as Acting Municipal Manager for three months', 'was appointed
    # internal auditor for 2023/24', 'Ms Dube was appointed Chief Financial Officer': South African, UK parish and US councils)
    r"|[Mm]anager|[Oo]fficer|[Dd]irector|[Aa]uditor|[Aa]ttorney|[Ss]olicitor|[Ee]ngineer|[Aa]dministrator|[Ss]uperintendent|[Aa]ssessor|[Rr]egistrar|[Ww]arden"
    # an assembly's own officers ('Hon. Amparbeng was selected as the chief whip for the assembly', a Ghanaian district assembly)
    r"|[Cc]hief[ \t]+[Ww]hip|[Pp]residing[ \t]+[Mm]ember)"
)


_ROLE_ABOVE = 200  # how far above a terse 'X elected, 5 votes to 3' the post it fills may be named


def read_election(text: str, m_start: int, m_end: int, marker: str) -> FoundResolution | None:
    """'Cllr Ames was elected Chair', 'M Delahunty declared Cllr Cavanagh elected as Cathaoirleach',
    '... - June accepted the nomination': an election or appointment recorded as the outcome.

    Not a history ('who was appointed in 2019', 'was elected last May') and only where a post
    or body is named in the sentence.
    """
    if re.search(r"(?:\bwho|\bwhich|\bhad|\bhas|\bhave|\bbeen)\s*$", text[max(0, m_start - 12) : m_start]):
        return None
    if marker.startswith("proposed") and _contested(text) or marker.startswith("nominated") and _post_contested(text):
        return None  # two nominations, or an 'elected' outcome: a nomination is not the decision, the result is
    if re.match(
        r",?\s+(?:(?:unopposed|unanimously|by\s+acclamation)\s+)?(?:in|on|at|last|previously|since|until|earlier|recently"
        r"|by\s+(?:the\s+)?(?:electorate|residents|voters|county|state|government|minister|department))\b",  # another's appointment
        text[m_end : m_end + 50],
    ):
        return None
    start = sentence_start(text, m_start, max(0, m_start - 400))
    end = sentence_end(text, start, len(text))
    if end <= m_start:
        end = sentence_end(text, m_start, len(text))
    bare_participle = " " not in marker and marker.endswith("elected")  # 'Ron McKilligan elected by acclamation.': a terse outcome
    # 'Cllr J Hinnis was elected by 5 votes to 4.' under '44. To elect a Chairman' and its nominations: terse too
    elected_under_item = marker.endswith("elected") and _TERSE_ELECTION_END_RE.match(text, m_end) is not None and _under_election_item(text, start)
    terse = bare_participle or elected_under_item
    if not _ELECTION_ROLE_RE.search(text, start, end) and not (marker.startswith("proposed") and _ELECTION_HEADING_RE.search(text, max(0, start - 300), start)):
        if not (terse and _ELECTION_ROLE_RE.search(text, max(0, start - _ROLE_ABOVE), start)):
            return None  # 'Cllr Ryves proposed Cllr Nicholas-Letch, seconded by ...' names no post, but the item's heading does
        # '2. Election of Deputy Mayor. Cllr Medwyn Jones elected, 5 votes to 3': a terse outcome under the post's heading or nomination;
        # its own line only when the line above ends a nomination ('Cllr J Hinnis (prop Cllr Rhind-Tutt, sec Cllr Seviour)')
        line_start = text.rfind("\n", 0, m_start) + 1
        if line_start > start and _NOMINATION_LINE_END_RE.search(text, start, line_start):
            start = line_start
    if len(text[start:end].split()) < 6 and not terse:  # "Simon accepted the nomination." closes the sentence that proposed him; a bare
        # participle's short sentence is the whole outcome and needs none before it
        start = sentence_start(text, max(0, start - 1), max(0, start - 400))
    return FoundResolution(start, end, squash(text[start:end]), squash(marker), "sentence", evidence_start=start, decision_type="elected/appointed")


# 'Cllr J Hinnis was elected by 5 votes to 4.', 'Mrs Dale was duly elected.': an election's result with nothing after it but
# its count, under the item that elects the post ('44. To elect a Chairman', 'Election of Vice-Chair')
_ELECTION_ITEM_ABOVE_RE = re.compile(
    r"(?im)^[^\n]{0,20}\b(?:to[ \t]+elect|election[ \t]+of|elect(?:ion)?)[ \t]+(?:an?[ \t]+|the[ \t]+)?(?:new[ \t]+)?(?:vice[ -]?|deputy[ \t]+)?"
    r"(?:chair\w*|mayor|convenor|convener|president|secretary|treasurer|cathaoirleach|provost)\b"
)
_ITEM_HEADING_LINE_RE = re.compile(r"(?m)^[ \t]*\(?\d{1,3}[.)][ \t]")


def _under_election_item(text: str, start: int) -> bool:
    """The item heading just above `start` (no other numbered item between) elects a post."""
    above = None
    for above in _ELECTION_ITEM_ABOVE_RE.finditer(text, max(0, start - _ROLE_ABOVE), start):
        pass  # the last one
    return above is not None and _ITEM_HEADING_LINE_RE.search(text, above.end(), start) is None


_NOMINATION_LINE_END_RE = re.compile(r"(?:\)|\bseconded\b[^\n]*)[ \t]*\n$|\bNominat", re.I)
_TERSE_ELECTION_END_RE = re.compile(
    r"(?:[ \t]+(?:by[ \t]+\d{1,2}[ \t]+votes?[ \t]+to[ \t]+\d{1,2}|unopposed|unanimously|by[ \t]+acclamation))?[ \t]*(?:[.;]|\n|$)"
)
_ELECTION_HEADING_RE = re.compile(
    r"(?m)^[^\n]{0,20}\b(?:Election|ELECTION|Appointment|APPOINTMENT)[ \t]+(?:of|OF)[ \t]+(?:the[ \t]+|THE[ \t]+)?(?:[Vv]ice[ -])?(?:Chair\w*|CHAIR\w*|Cathaoirleach|CATHAOIRLEACH|Mayor|MAYOR|Convenor|Convener|CONVENER)[^\n]{0,60}$"
)
_NOMINATION_RE = re.compile(rf"\bproposed[ \t]+(?:(?:{person_titles()})\.?[ \t]+)?(?:[A-Z][\w'’.-]*[ \t]+){{0,3}}?[A-Z][\w'’-]+[ \t]+(?:for|as)\b")
# a nomination and the post it is for ('Ann nominated Carl to serve as Vice Chair'): US boards elect several officers in one item
_POST_NOMINATION_RE = re.compile(
    r"\b(?:nominated|proposed)[ \t]+(?:(?:Cllr|Councillor|Cr|Mr|Mrs|Ms|Dr)\.?[ \t]+)?(?:[A-Z][\w'’.-]*[ \t]+){0,3}?[A-Z][\w'’-]*[ \t]+"
    r"(?:for|as|to[ \t]+serve[ \t]+as)[ \t]+(?:the[ \t]+)?(?:(?:position|post|role|office)[ \t]+of[ \t]+(?:the[ \t]+)?)?(?P<post>(?:Vice[ -]?)?[A-Z][\w-]*)"
)
_POST_SUFFIX_RE = re.compile(r"(?<=chair)(?:man|woman|person)$")
_ELECTED_RE = re.compile(r"\b(?:was|were)[ \t]+(?:(?:duly|declared|unanimously)[ \t]+){0,2}(?:elected|re-elected|appointed)\b")


@lru_cache(maxsize=4)
def _post_contested(text: str) -> bool:
    """An item where one post has two nominations, or with an 'elected' outcome: the election's result is the decision, not
    a nomination ('Ann nominated Carl for Chair. ... Dee nominated Eve for Chair.'); nominations to different posts
    ('... Carl to serve as Chair. ... Ann to serve as Vice Chair.') are each uncontested. Cached as _contested is."""
    posts = [
        _POST_SUFFIX_RE.sub("", re.sub(r"[ -]", "", m.group("post").lower())) for m in _POST_NOMINATION_RE.finditer(text, 0, 20000)
    ]  # 'Vice-Chairman' = 'Vice Chair'
    return len(posts) != len(set(posts)) or _ELECTED_RE.search(text, 0, 20000) is not None


@lru_cache(maxsize=4)
def _contested(text: str) -> bool:
    """An item with more than one nomination or an 'elected' outcome: the nominations are how
    the election went, not decisions ('X proposed Cllr A as Cathaoirleach. Y proposed Cllr B ...').

    Cached per item text: it is asked once per nomination, and an item of thousands of
    nominations (a hostile file, or one un-sectioned document) would otherwise read its first
    20,000 characters thousands of times.
    """
    return len(_NOMINATION_RE.findall(text, 0, 20000)) > 1 or _ELECTED_RE.search(text, 0, 20000) is not None


def read_motion(text: str, m_start: int, m_end: int, marker: str, own_line: bool = True) -> FoundResolution | None:
    """'Motion by X, second by Y to approve the minutes.': the words after the mover clause.

    own_line: whether a bare wording ('to approve') may read its unnumbered entry's own line; a board's shorthand
    ('Minutes of June 9 read. Motion Ortiz, 2nd Bell, to accept. Passed.') leaves that to its tally's closer."""
    m_end -= _swallowed_wording_start(marker)
    wording = motion_wording(text, m_end)
    if wording is None:
        return None
    start, end, clauses = wording
    if motion_failed(text, m_start, end):
        return None  # read from the mover clause: 'A motion by Cllr B, seconded by Cllr M, to recommend Option C was put and lost.'
    if "\n" in text[m_end:start] and not motion_outcome_follows(text, m_start, start, end):
        return None  # 'Moved by: X / Seconded by: Y / That ...' with no CARRIED: an agenda's or report's recommended motion, not a decision
    clause_texts = [squash(text[a:b]) for a, b in clauses]
    subject = bare_motion_subject(text, m_start, start, end, own_line)
    if subject is None:  # 'Art. 4 Operating budget $5,918,440 (up 4.8%) - VOTED to recommend 3-0.': the vote decides its line's matter
        subject = voted_matter_start(text, m_start, marker, start, end)
    end = outcome_tail_end(text, end)  # "... to approve the minutes. Motion carried 5-0." reads with its outcome
    if subject is not None:  # "<item> Moved by X to adopt.": the item is what was decided
        return FoundResolution(subject, end, squash(text[subject:end]), squash(marker), "motion", clause_texts, evidence_start=subject, clause_spans=clauses)
    return FoundResolution(start, end, squash(text[start:end]), squash(marker), "motion", clause_texts, evidence_start=m_start, clause_spans=clauses)


_SWALLOWED_THAT_RE = re.compile(r"\n[ \t]*((?:That|THAT)(?:[ \t]+[A-Z][\w'’-]*){0,2})$")


def _swallowed_wording_start(marker: str) -> int:
    """How many characters of the wording a mover clause took as the seconder's surname:
    'MOVED by Cr Williams, seconded by Cr Tane' / 'That the Committee: 1. Receives ...'
    reads 'Tane That' as a name, and 'Moved: Cr Pattison  Seconded: Cr Dimitriou' / 'That Council:' /
    '1. Award ...' reads 'Dimitriou That Council' (Queensland, Victorian, New Zealand council resolutions);
    the wording must start at 'That' again, or it is looked for inside the clauses ('... to execute the contract')."""
    m = _SWALLOWED_THAT_RE.search(marker)
    return len(m.group(1)) if m else 0


_RECOMMENDATION_LABEL_RE = re.compile(
    r"\brecommendations?\b|\bRECOMMENDATIONS?\b|\bis (?:asked|recommended) to\b|\b(?:proposed|recommended|suggested|draft) (?:motion|resolution)\b", re.I
)


_MOVER_LINE_RE = re.compile(r"[ \t>]*(?:Moved|MOVED|Seconded|SECONDED|Mover|MOVER|Seconder|SECONDER)\b")


# '1. That the report be noted.' above '2. That ...': an earlier clause of the same numbered list, under the same label
_SIBLING_THAT_CLAUSE_RE = re.compile(r"[ \t]*(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|\([ivx]{1,4}\))[ \t]+(?:That|THAT)\b")


_OUTCOME_LINE_RE = re.compile(r"[ \t]*(?:AGREED|CARRIED|ADOPTED|APPROVED|Agreed|Carried|Adopted|Approved)(?:[ \t]+(?:UNANIMOUSLY|[Uu]nanimously))?\.?[ \t]*$")


def _closed_by_outcome(text: str, line_start: int) -> bool:
    """'RECOMMENDATION TO EXCO:' / '(i) That ...' / '(ii) That ...' / 'AGREED.': the meeting agreed the recommended
    list, so it is its decision; the first line after the list's clauses and their indented wrapped lines (up to 12) decides."""
    pos = line_start
    for _ in range(12):
        nl = text.find("\n", pos)
        if nl == -1:
            return False
        pos = nl + 1
        line_end = text.find("\n", pos)
        line = text[pos : line_end if line_end != -1 else len(text)]
        if not line.strip():
            return False
        if _OUTCOME_LINE_RE.match(line):
            return True
        if not (_SIBLING_THAT_CLAUSE_RE.match(line) or line[:1] in " \t" or line[:1].islower()):  # (a clause wrapped in lower case)
            return False  # 'Resolution 042/26 (Fitzroy/Kaur)': another motion, whose outcome the 'Carried' below is
    return False


def under_recommendation(text: str, line_start: int) -> bool:
    """A 'That ...' paragraph whose label line ('Officer Recommendation:', 'RECOMMENDATION'), above
    any mover lines between ('Recommended Motion:' / 'Moved by X, Seconded by Y' / 'That ...'),
    or own line start says it is a recommendation, not the decision."""
    prev_end = line_start - 1
    for _ in range(8):  # 'Recommended Motion:' / 'Moved by X, Seconded by Y' / 'That ...': the label sits above the mover lines
        while prev_end > 0 and text[prev_end - 1] in " \t\n":
            prev_end -= 1
        prev_start = text.rfind("\n", 0, prev_end) + 1
        label = text[prev_start:prev_end]
        if not (_MOVER_LINE_RE.match(label) or _SIBLING_THAT_CLAUSE_RE.match(label)):
            break
        prev_end = prev_start - 1
    return (
        len(label) < 80
        and bool(_RECOMMENDATION_LABEL_RE.search(label))
        and not _closed_by_outcome(text, line_start)
        and not re.search(r"\b(?:RESOLVED|[Rr]esolved|[Rr]esolution|AGREED|[Dd]ecision)\b", label)
    )


def after_heading_subject(text: str, m_start: int, m_end: int) -> int:
    """'2. Minutes of the meeting held 4 June, 2021' / 'Minutes were approved as a true record.':
    the approval sentence on the next line, not the heading above it."""
    nl = text.rfind("\n", m_start, m_end)
    if nl != -1 and re.match(r"[ \t]*(?:The |These |Those |Such )?[Mm]inutes\b", text[nl + 1 : m_end]):
        return nl + 1 + len(text[nl + 1 : m_end]) - len(text[nl + 1 : m_end].lstrip())
    return m_start


# a motion's wording with no object of its own ('to approve and Mark seconded.', 'to accept as written'): the minutes above are its object
_OBJECTLESS_MOTION_RE = re.compile(r"to[ \t]+(?:approve|accept|adopt|confirm)(?=[ \t]*(?:[.,;]|$)|[ \t]+(?:and|as|them|it)\b)", re.I)


# a mover and a seconder named ('were proposed for approval by Christine and seconded by Kirsty', 'Moved D.Gregory, 2nd B.Miles')
PROPOSED_AND_SECONDED_RE = re.compile(r"\b(?:proposed|moved)\b[^\n]{0,80}?\b(?:seconded|2nd)\b", re.I)
_APPROVING_WORD_RE = re.compile(r"\b(?:approved|agreed|confirmed|adopted|accepted|ratified|signed)\b", re.I)
# 'The minutes were approved.', 'These minutes were duly signed.': the outcome of minutes named just before, naming no meeting
_BARE_MINUTES_OUTCOME_RE = re.compile(
    r"(?:The|These|Those|the)[ \t]+(?:[Mm]inutes|MINUTES)[ \t]+(?:were|was)[ \t]+(?:then[ \t]+|duly[ \t]+|unanimously[ \t]+)?"
    r"(?:approved|agreed|confirmed|adopted|accepted|signed)(?:[ \t]+(?:and|&)[ \t]+signed)?(?:[ \t]+unanimously)?[ \t]*\.?"
)


def completes_proposed_minutes(text: str, previous: FoundResolution, res: FoundResolution) -> bool:
    """'The minutes of the meeting held on 24 November were proposed for approval by Christine and seconded by Kirsty.
    The minutes were approved.': the short outcome right after (same paragraph) completes the proposal of the minutes,
    one decision; it joins the record before it. Whether it was joined."""
    if not (previous.kind == res.kind == "minutes") or text[previous.end : res.start].strip() or "\n\n" in text[previous.end : res.start]:
        return False
    if (
        not PROPOSED_AND_SECONDED_RE.search(previous.text)
        or _APPROVING_WORD_RE.search(previous.text)
        or not _BARE_MINUTES_OUTCOME_RE.fullmatch(res.text.strip())
    ):
        return False  # 'The minutes of the AGM were approved.' names minutes of its own
    previous.text, previous.end = squash(previous.text + " " + res.text), res.end
    return True


def restates_minutes_motion(text: str, previous: FoundResolution, res: FoundResolution) -> bool:
    """A minutes approval sentence just after a motion that approved the minutes (same paragraph,
    within a line or two) says again what the motion decided: one decision, not two. So does a motion
    with no object just after the minutes sentence ('The December minutes were received by the Supervisors.
    Jim motioned to approve and Mark seconded.', US township minutes): the motion that approved them."""
    gap = text[previous.end : res.start]
    if len(gap) >= 120 or "\n\n" in gap:
        return False
    if previous.kind == "minutes" and res.kind == "motion":
        return _OBJECTLESS_MOTION_RE.match(res.text) is not None
    return res.kind == "minutes" and previous.kind in {"motion", "close", "proposal"} and re.search(r"\bminutes\b", previous.text, re.I) is not None


# the reporting verb, then 'that' and the start of the body's name the marker leaves out ('reported that the Downtown' /
# 'Development Authority approved ...', 'that the Regional' / 'Transit Board approved ...')
_REPORTED_RE = re.compile(
    r"\b(?:reported|explained|said|stated|advised|informed|reminded|recalled|mentioned|told|understood|heard|learned|learnt)\b[^.;:\n]{0,50}?\bthat[ \t\n]+"
    r"(?-i:(?:the[ \t\n]+)?(?:[A-Z][\w&'’-]*[ \t\n]+){0,3})$",
    re.I,
)

# 'last year', 'in March', 'at its last meeting', 'at its February meeting', 'at their 3 March meeting' (wrapped over lines or not)
_PAST_TIME_RE = re.compile(
    rf"\b(?:last|previously|earlier|in\s+(?:19|20)\d\d|in\s+{MONTH_NAME_RE}|at\s+(?:its|their|the)\s+(?:last\s+|previous\s+|(?:\d{{1,2}}\s+)?{MONTH_NAME_RE}(?:\s+\d{{1,2}})?\s+)?meeting)\b"
)


def reports_earlier_decision(text: str, m_start: int, m_end: int) -> bool:
    """'The Chair reported that the Panel approved the contract last year': news of a decision,
    told in reported speech and dated before the meeting, not the meeting's decision."""
    return bool(_REPORTED_RE.search(text, max(0, m_start - 80), m_start) and _PAST_TIME_RE.search(text, m_end, sentence_end(text, m_end, len(text))))


_IMPERATIVE_RE = re.compile(
    r"(?:Approve|Agree|Note|Authori[sz]e|Delegate|Endorse|Adopt|Accept|Ratify|Request|Instruct|Confirm|Grant|Refuse|Appoint|Allocate|Award|Defer|Reject)[ \t]"
)
# What asks for a decision rather than records one: 'The Cabinet is recommended to:', 'Members were asked to:', 'Options:'
_ASKED_RE = re.compile(
    r"\b(?:recommend\w*|asked|invited|requested|proposed|options?|suggested|to consider|will be|would be|is to|are to|may wish)\b|:[ \t]*$", re.I
)
_ANNOUNCED_RE = re.compile(r"\b(?:introduced|presented|submitted|outlined|summari[sz]ed|considered|set out|gave)\b")


# the line a meeting's list of outcomes hangs under: the body's name alone ('Council:', 'The Cabinet:', 'COUNCIL RESOLVED:');
# 'At this meeting Cabinet:', 'At its July meeting, Council': a head that speaks for the whole meeting (_MEETING_HEAD_RE), its
# colon optional; 'OTHER ACTION', 'ACTIONS TAKEN': a newsletter's heading over what the council did (a bare 'ACTIONS:' heads
# an action log's status notes: '- Requested update from KCC')
_MEETING_LEAD = r"At[ \t]+(?:this|the|its|their)[ \t]+(?:[\w'’,-]+[ \t]+){0,4}?[Mm]eeting"
_OUTCOME_BODY = (
    r"(?:The[ \t]+|THE[ \t]+)?(?:Executive[ \t]+Council[ \t]*|Council|COUNCIL|Cabinet|CABINET|Committee|COMMITTEE|Board|BOARD|Executive|EXECUTIVE|Panel|PANEL)"
)
_OUTCOME_LIST_HEAD_RE = re.compile(
    r"[ \t]*(?:"
    + _MEETING_LEAD
    + r",?[ \t]+(?:the[ \t]+)?"
    + _OUTCOME_BODY
    + r"(?:[ \t]+also)?[ \t]*:?|"
    + _OUTCOME_BODY
    + r"(?:[ \t]+(?:resolved|RESOLVED|decided|DECIDED))?[ \t]*:|(?:KEY|OTHER)[ \t]+ACTIONS?[ \t]*:?|ACTIONS[ \t]+TAKEN[ \t]*:?)[ \t]*"
)
_BULLET_LINE_RE = re.compile(r"[ \t]*[•·▪●*-][ \t]")
_OUTCOME_LIST_REACH = 60  # lines read up from a bullet to its list's head: a list of outcomes is a page long at most
_OUTCOME_BULLET_RE = re.compile(r"[ \t]*[•·▪●*-][ \t]+[A-Z][a-z]{2,}ed\b")
# under a head that speaks for the whole meeting ('At this meeting Cabinet:' / '• advised His Excellency ...' / '• approved ...':
# a government's post-Cabinet statement) bullets in lower case are outcomes too; under an item's 'The Committee:' they are the
# clauses of its one decision ('- noted the Audit Findings Report;' / '- approved the Statement of Accounts.')
_MEETING_HEAD_RE = re.compile(r"[ \t]*" + _MEETING_LEAD + r"\b")
_LOWER_OUTCOME_BULLET_RE = re.compile(r"[ \t]*[•·▪●*-][ \t]+[a-z]{3,}ed\b")
_OUTCOME_LIST_MIN = 3  # bullets of outcomes under the body's name: fewer are one item's decision in clauses ('The Committee:' / '- noted' / '- approved')
_SPACES_RE = re.compile(r"[ \t]*")
# a bullet that stops before its object, which the bullets under it list ('• Received the' / '• Corporate Strategic Risk
# Report', '• Awarded' / '• Contract 2025011: ...'): their indentation may be lost in reading, their verb is the bullet's;
# a bullet with a task of its own ('- Chairman to write to ...') is no object of it
_UNFINISHED_BULLET_RE = re.compile(r"[A-Z][a-z]{2,}ed(?:[ \t]+(?:[^\n]*?[ \t])?(?:the|a|an|to|of|for|and))?[ \t]*")
_TASK_BULLET_RE = re.compile(r"[ \t]*[•·▪●*-][ \t]+(?:[A-Z][\w'’.-]*[ \t]+){1,4}(?:to|will)[ \t]+[a-z]")


def list_head_above(text: str, line_start: int, is_entry: Callable[[str], bool], reach: int) -> tuple[int, int] | None:
    """(start, end) of the line a list hangs under: the first line above the entry opening at line_start that is neither
    blank nor another entry (is_entry), at most `reach` lines up; None at the text's start or past the reach. The readers
    of bullets under 'Council:' and of numbered conclusions under 'The Environment Committee –' both walk up so."""
    pos = line_start
    for _ in range(reach):
        if pos == 0:
            return None
        above_start = text.rfind("\n", 0, pos - 1) + 1
        above = text[above_start : pos - 1]
        if above.strip() and not is_entry(above):
            return above_start, pos - 1
        pos = above_start
    return None


def read_outcome_bullet(text: str, m_start: int, m_end: int, marker: str) -> FoundResolution | None:
    """'Council:' / '• Confirmed the meeting minutes ...' / '• Admitted the following items into urgent business:' / '    • An
    item relating to ...': one bullet of a meeting's outcomes, with the sub-items indented under it. Only a bullet whose list
    hangs under a line that names the body alone (blank lines and other bullets may come between); a bulleted list of what
    an officer reported ('The Clerk reported:' / '• Received a letter from ...') is none."""
    line_start = text.rfind("\n", 0, m_start) + 1
    indent = m_start - line_start
    head = list_head_above(text, line_start, lambda line: bool(_BULLET_LINE_RE.match(line)) or line[:1].isspace(), _OUTCOME_LIST_REACH)
    if head is None or not is_outcome_list_head(text, *head):
        return None
    start = _SPACES_RE.match(text, m_end).end()
    lines = iter_lines(text, m_end)
    end = next(lines).end
    unfinished = _UNFINISHED_BULLET_RE.fullmatch(text, start, end) is not None
    for following in lines:  # the sub-items indented under the bullet, or after its colon those with no verb of their own
        indented = len(following.text) - len(following.text.lstrip()) > indent
        opens_a_list = unfinished and not _TASK_BULLET_RE.match(following.text) or text[start:end].rstrip().endswith((":", ";", "; and"))
        listed = opens_a_list and _BULLET_LINE_RE.match(following.text) and not _OUTCOME_BULLET_RE.match(following.text)
        if not following.text.strip() or not (indented or listed):
            break
        end = following.end
    return FoundResolution(start, end, squash(text[start:end]), squash(marker), "outcome-bullet", evidence_start=start)


def is_outcome_list_head(text: str, start: int, end: int) -> bool:
    """Whether the line start..end names the body alone over a page's list of outcomes, three bullets or more each opening
    with a past-tense verb ('Council:' / '• Confirmed ...' / '• Admitted ...' / '• Determined ...'): each bullet is then a
    decision of its own, not a clause of one."""
    if not _OUTCOME_LIST_HEAD_RE.fullmatch(text, start, end):
        return False
    meeting_head = _MEETING_HEAD_RE.match(text, start) is not None
    bullets = 0
    for line in islice(iter_lines(text, end + 1), _OUTCOME_LIST_REACH):
        if line.text.strip() and not line.text[:1].isspace() and not _BULLET_LINE_RE.match(line.text):
            break  # the list has ended
        bullets += bool(_OUTCOME_BULLET_RE.match(line.text) or meeting_head and _LOWER_OUTCOME_BULLET_RE.match(line.text))
    return bullets >= _OUTCOME_LIST_MIN


def read_imperative_list(text: str, m_start: int) -> FoundResolution | None:
    """'The Monitoring Officer introduced a report ... / 1) Authorise the Monitoring Officer to ...;
    / 2) Agree that ...': a numbered decision list whose 'RESOLVED to:' label was lost in publishing
    (ModernGov pages print the label as an image or a styled cell that scraping drops).

    Only where the line before the list is a full sentence that presents the report (so the
    list is no recommendation the meeting is 'asked to' make), the list has two or more clauses,
    and every clause opens with a verb of decision.
    """
    line_start = text.rfind("\n", 0, m_start) + 1
    before = text[max(0, line_start - 600) : line_start].rstrip()
    prev = before[before.rfind("\n") + 1 :].strip()
    if not prev.endswith(".") or CLAUSE_LABEL_RE.match(prev + " ") or _ASKED_RE.search(prev) or not _ANNOUNCED_RE.search(prev):
        return None
    end, clauses = gather_clauses(text, line_start, len(text))
    if len(clauses) < 2 or not all(_IMPERATIVE_RE.match(text, a + CLAUSE_LABEL_RE.match(text[a:b]).end()) for a, b in clauses):
        return None
    start = clauses[0][0]
    clause_texts = [squash(text[a:b]) for a, b in clauses]
    return FoundResolution(start, end, squash(text[start:end]), "list", "imperative-list", clause_texts, evidence_start=start, clause_spans=clauses)
