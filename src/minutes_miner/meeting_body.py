"""The meeting body a document records: from the title ("Minutes of the meeting of the X
Committee held ..."), a ModernGov heading or "Meeting:" line, "To:"/"Decision Maker:", the
body acting in the text, else the collector's hint; normalised so one body has one name
(a parish council's own meeting is the council; a principal council's full meeting is
"Council"). Vocabulary: models/patterns/meeting.json.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from .worded_dates import with_worded_dates
from .dates import _DATE_LINE_RE, _MONTH_RE, _WEEKDAY, DATE_RE, WORDED_DATE_WITH_YEAR, parse_date
from .meeting_council import LETTERHEAD_RE, board_that_met, is_authority_name, school_board_name, title_case, without_designation, without_own_initials
from .models import meeting_vocabulary as vocabulary
from .models import vocab_re as _vocab_re
from .page_chrome import without_page_chrome
from .text_utils import squash


# --- body ---------------------------------------------------------------------------

_BODY_PHRASE = (  # 'Ōtaki Community Board' too; a bracketed part inside the name or after it: 'Planning (Major Applications) Sub-Committee', 'Area Committee (North)'
    r"(?-i:[A-ZĀĒĪŌŪŴŶÀ-ÖØ-Þ])[\w,&'’ -]{2,90}?"
    + r"(?:\s?\((?-i:[A-Z])[\w&'’ -]{1,40}\)(?:\s[\w,&'’ -]{0,60}?)?\s(?:"
    + vocabulary()["body_nouns"]
    + r")|\s?\((?-i:"
    + vocabulary()["body_area_suffixes"]
    + r")\))?"
)
# a comma inside a committee's name that lists its remit ('the Finance, Audit and Risk Committee', 'EDUCATION, CHILDREN AND
# FAMILIES COMMITTEE', 'Housing, Building & Community Strategic Policy Committee'): what follows it is more capitalised words,
# an 'and' or '&', and a body noun, with no word of a title sentence ('held', 'on', 'at') between; such a comma ends no name
# (at most six more commas: a bounded repeat, so the scan stays linear; tests/test_regex_audit.py)
_LISTED_REMIT = (
    r"(?!\s*(?-i:[A-Z])(?:(?!\b(?:held|on|at|in|which|was|commencing|to)\b)[\w&'’ -]){0,60}?"
    r"(?:,\s{0,3}(?-i:[A-Z])(?:(?!\b(?:held|on|at|in|which|was|commencing|to)\b)[\w&'’ -]){0,60}?){0,6}"
    r"\s(?:and|&)\s(?:(?!\b(?:held|on|at|in|which|was|commencing|to)\b)[\w&'’ -]){0,60}?\b(?:" + vocabulary()["body_nouns"] + r")"
    r"(?=\s*(?:$|[\n,(]|\s(?:held|on|at|in|was|which|commencing|meeting)\b|\s[-–—]|\d)))"
)
# an authority's number after its name ends the body's phrase ('Minutes of the regular meeting of Council of the Rural
# Municipality of Prairie Gull No.' / '388 held ...'), as a date or a line break does; the authority's name is then taken off
_DESIGNATION_AFTER = r"\s+No\.?\s*\d"
_MINUTES_OF_RE = re.compile(
    r"(?:(?:minutes|proceedings|meeting|session|sitting)(?:\s*+:)?\s++of|agenda\s++(?:for|of))\s+(?:the\s+|a\s+|an\s+)?(?P<body>" + _BODY_PHRASE + r")"
    r"\s*(?:,"
    + _LISTED_REMIT
    + r"|(?="
    + _DESIGNATION_AFTER
    + r")|\s(?:held|was|which|on|at|in(?!\s+committee\b)|commencing|to be|will|following|to consider|present)\b|\s[-–—]\s|[–—]|\s?\(|\d|\n|$)",
    re.I | re.M,
)  # 'present' too: a page run into one line goes on from its title into the attendance list ('ORDINARY MEETING OF COUNCIL PRESENT Her Worship the Mayor')
_MINUTES_TITLE_RE = re.compile(rf"^(?:minutes|agenda)(?:\s*+[-–:])?\s++(?P<body>(?-i:[A-Z])[\w&'’ -]{{2,80}}?)\s+(?:{_WEEKDAY}|\d)", re.I)
_TITLE_MINUTES_RE = re.compile(  # also capitals: 'PLANNING COMMITTEE MINUTES'; under a label: 'Draft: Annual Town Meeting Minutes'
    r"^\W{0,3}(?:(?i:" + vocabulary()["title_prefixes"] + r")[ \t]*[-–—:][ \t]*)?(?P<body>[A-Z][\w,&'’ -]{2,80}?)\s+(?:Minutes|MINUTES)\b", re.M
)
# a web page's title in sentence case, the paper's name after the body at the line's end ('Planning Committee minutes',
# 'Licensing sub-committee minutes'): only a name that ends in a body noun, so a paragraph's line ending '... the minutes' is none
_SENTENCE_CASE_TITLE_RE = re.compile(
    r"^\W{0,3}(?=(?-i:[A-Z]))(?P<body>[\w,&'’ -]{0,80}?\b(?:" + vocabulary()["body_nouns"] + r"))[ \t]+(?-i:minutes)[ \t]*$", re.I | re.M
)
_ROLE_START_RE = re.compile(
    r"^\s*(?:Leader|Deputy|Chair|Chairman|Chairwoman|Vice|Mayor|Director|Chief|Head|Members?|Officer|Clerk|Secretary|Councillors?|Portfolio(?!\s+Committees?\b)|Corporate Director|Executive Director|Cabinet Member)\b"
)
# a post after a person's name and a comma: 'Nigel Aurelius, Assistant Chief Executive (Resources)', an attendance line
_POST_AFTER_NAME_RE = re.compile(r"^\s*(?:Assistant|Acting|Interim|Senior|Principal|Strategic|Monitoring|Democratic|Committee)\s+[A-Z]")
_PROCEDURAL_BODY_RE = re.compile(
    r"^(?:minutes|meeting|agenda|item|items|apologies|declarations?|matters arising|present|public(?!\s+(?:protection|health|safety|realm|transport|accounts|rights)\b)|chair|clerk|signing|the following)\b",
    re.I,
)
_VERBISH_RE = re.compile(r"\b(?:was|were|is|are|be|been|has|had|held|will|would|to|approve|confirm|received|considered|noted|agreed)\b", re.I)


_NUMERIC_DATE = r"(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})\b"  # '14/03/2023', '2023-03-14'
_BODY_THEN_DATE_RE = re.compile(  # 'Cabinet - 4 March 2025', 'Planning Committee | 5 March 2024'
    rf"^(?P<body>[A-Z][^\n|]{{2,90}}?)(?:\s*[–—|]\s*|\s+-\s+)(?:{_WEEKDAY},?\s*)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+\w+,?\s+\d{{4}}|{_NUMERIC_DATE})",  # 'Licensing Committee - 04/03/2025' too
    re.I,
)


_BODY_MEETING_DATE_RE = (
    re.compile(  # 'Regular Town Council Meeting March 11, 2024', '1 Elk Regional District Board Minutes March 6, 2024' (a page number first)
        rf"^(?:\d{{1,3}}[ \t]+)?(?P<body>[A-Z][^\n|]{{2,90}}?[ \t](?:Meeting|Minutes|MEETING|MINUTES))[ \t,:]+(?:{_WEEKDAY},?[ \t]*)?"
        rf"(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_MONTH_RE}|{_MONTH_RE}\.?[ \t]+\d{{1,2}}\b|{_NUMERIC_DATE})",
        re.I,
    )
)


_ADDRESSEES_RE = re.compile(  # 'To: Chair and Members, Planning Committee', 'To: The Chairman and Members of the Licensing Committee'
    r"^(?:the\s+)?(?:Chair(?:man|woman|person)?|Mayor|Warden|Reeve|President|Convener)\s+and\s+(?:the\s+)?(?:Members|Councillors|Trustees|Directors|Commissioners)"
    r"(?:\s*,\s*|\s+of\s+(?:the\s+)?)(?=[A-Z])",
    re.I,
)


# 'Decision maker: Councillor Ann Hale, Cabinet Member for Housing': the office decides, not the person who holds it
_DECISION_MAKER_NAME_RE = re.compile(r"^(?:Councillor|Cllr\.?|Mayor|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+\s*,\s*(?=[A-Z])")


# an officer's report titled with the meeting it goes to (ANNOTATION.md: a report's meeting is the one it goes to)
_REPORT_TO_RE = re.compile(
    r"^\W{0,3}(?i:(?:officer|staff|committee)[ \t]+)?(?i:report)[ \t]+(?i:to)[ \t]+(?:(?i:the)[ \t]+)?(?P<body>[A-Z][\w,&'’ -]{2,80}?)[ \t]*$"
)


_CAPS_NAME_PAGE_RE = re.compile(r"^(?P<name>[A-Z][A-Z&'’ -]{2,80}[A-Z])[ \t]+\d{1,3}$")  # 'MAYORAL COMMITTEE 3': a running header, its gap squeezed


def _without_page_number(line: str) -> str:
    """A heading line without the page number a running header prints in its own column: after a
    wide gap ('Planning Committee      12'), or after one space where the reader squeezed the gap
    and the line is a body's name in capitals ('MAYORAL COMMITTEE 3' over 'MINUTES: 22 JANUARY
    2025'). Only a body's name in capitals ending in a body noun loses its last number, so 'Ward 12 Ward
    Committee' and 'Licensing Act 2003 Sub-Committee' keep theirs."""
    line = _PAGE_COLUMN_RE.sub("", line).strip()
    squeezed = _CAPS_NAME_PAGE_RE.match(line)
    return squeezed.group("name") if squeezed and _ends_in_body_noun(squeezed.group("name")) else line


_LABELLED_WHEN_RE = re.compile(rf",[ \t]+(?=(?:{_WEEKDAY},?[ \t]+)?\d)", re.I)  # 'Cabinet, 8 October 2024, ...': the date and room after the body
_PAGE_COLUMN_RE = re.compile(r"[ \t]{3,}(?:Page[ \t]+)?\d{1,4}(?:[ \t]+of[ \t]+\d{1,4})?[ \t]*$", re.I)  # a running header's page number in its own column


# a running header's second line: the meeting's date then the page ('Oakridge City Council   Regular Meeting' over 'May 6, 2025
# Page 1 of 3', its columns squeezed): the header repeats on every page above the title, which names the body itself
_PAGE_MARK_END_RE = re.compile(r"[ \t](?:Page[ \t]+\d{1,4}(?:[ \t]+of[ \t]+\d{1,4})?|\d{1,4}[ \t]+of[ \t]+\d{1,4})[ \t]*$", re.I)


# a news digest's title sentence naming who met and when ('Village of Elm Board of Trustees met April 10.', 'Elm Housing
# Authority Board of Commissioners met July 19.', a government's 'Executive Council met today, Tuesday 11 February 2014, to
# consider ...'): the authority's name, then its body's, which normalise_body parts
_MET_TITLE_RE = re.compile(
    r"^(?P<body>[A-Z][\w'’&.-]*(?:[ \t]+(?:of|and|the|&|[A-Z][\w'’&.-]*)){1,10}?)[ \t]+met[ \t]+(?:on[ \t]+|today,?[ \t]+)?"
    rf"(?=(?:{_WEEKDAY}|{_MONTH_RE})\b)"
)


def _body_candidates(head: str, council: str | None = None, fragment: bool = False) -> list[tuple[str, bool]]:
    """(phrase, weak): phrases that may name the meeting body, best sources first; 'weak' for a
    short heading line that merely ends like a body (it may be an item's title)."""
    candidates: list[str] = []
    moderngov = moderngov_meeting(head)
    if moderngov and moderngov[1]:
        candidates.append(moderngov[1])
    candidates += [
        _ADDRESSEES_RE.sub("", _LABELLED_WHEN_RE.split(m.group("body"), maxsplit=1)[0])
        for m in _vocab_re("labelled_body", flags=re.I | re.M).finditer(head[:1500])
    ]  # 'To: Cabinet', 'Decision Maker: Cabinet', 'Meeting: Cabinet, 8 October 2024, Council Chamber'
    lines = _unwrapped_titles([_without_page_number(ln) for ln in head.split("\n") if ln.strip()][:12])
    candidates += [m.group("body") for line in lines[:6] for m in [_REPORT_TO_RE.match(line)] if m]  # 'Report to the Licensing Board'
    candidates += _field_table_body(lines)
    candidates += _header_row_body(lines)
    for line, following in zip(lines, lines[1:] + [""]):  # a page run into one line has a title too
        dash = _BODY_THEN_DATE_RE.match(line) or _BODY_MEETING_DATE_RE.match(line)
        if dash:
            candidates.append(dash.group("body"))
        elif len(line) <= 90 and _DATE_LINE_RE.match(following) and not _is_title_sentence(line) and not _PAGE_MARK_END_RE.search(following):
            candidates.append(line)  # a ModernGov heading: the body over the date (not a running header over its date and page)
    title = re.sub(r"(?i)(\b(?:of|the|of the|meeting|and)|&)\n(?=\S)|\n(?=(?:of|OF)\b)", r"\1 ", "\n".join(line[:300] for line in lines[:6]))
    candidates += [_after_named_authority(m.group("body")) for m in _MINUTES_OF_RE.finditer(title) if _opens_title(title, m.start())]
    candidates += [m.group("body") for m in _vocab_re("summons_body", flags=re.I).finditer(head[:1500])]  # 'a meeting of X will be held'
    own_titles = _vocab_re("own_meeting_titles", r"\b(?-i:{})\s+(?:(?-i:Council|COUNCIL)\s+)?(?-i:Meeting|MEETING)\b", 0)  # 'Ordinary Council Meeting'
    candidates += [m.group(0) for m in own_titles.finditer("\n".join(lines[:3]))]
    opening = "\n".join(lines[:4])
    candidates += [m.group("body") for m in _TITLE_MINUTES_RE.finditer(opening) if not _letterhead_over_body(opening, m)]
    candidates += [title_case(m.group("body")) for m in _SENTENCE_CASE_TITLE_RE.finditer(opening)]  # 'Licensing Sub-Committee', as the name is
    candidates += [m.group("body") for line in lines[:2] for m in [_MINUTES_TITLE_RE.match(line)] if m]
    candidates += [m.group("body") for m in [_MET_TITLE_RE.match(lines[0])] if m] if lines else []  # 'Village of Elm Board of Trustees met April 10.'
    candidates += _running_header_bodies(head)  # 'Tuiroa Community Board   3 March 2025   Page 2' over a later page, after every title
    heading_lines = [
        line
        for line in (_heading_name(_bare_heading(_title_line(line) if index < 3 else line)) for index, line in enumerate(lines[:8]))
        if len(line) <= 90
        and not line.islower()
        and not re.match(r"(?i)that\b", line)  # 'That Council:' opens a motion, not a heading
        and (
            _ends_in_body_noun(line)
            and (not line.endswith("s") or _ends_in_plural_body(line))
            or _board_of_heading(line)
            or _ends_in_area_body(line)  # 'Area Planning Committee (North)'
            or _remit_after_body(line)  # 'PORTFOLIO COMMITTEE: WATER AND SANITATION' over the municipality's name
        )
    ]
    block = _title_block(lines)
    if (
        len(heading_lines) > 1
        and block
        and heading_lines[0] == block[0]
        and LETTERHEAD_RE.match(block[0])
        and _under_letterhead(
            heading_lines[1], [_heading_name(_bare_heading(_noted_heading(line, index))) for index, line in enumerate(block[:5])]
        )  # more when the letterhead is printed again in another language
    ):
        heading_lines = heading_lines[1:]  # 'Merton Council' over 'Audit Committee': the letterhead, then the body
    elif heading_lines and len(lines) > 1 and heading_lines[0] == lines[0] and _unread_body_heading(lines[0], lines[1]):
        heading_lines = heading_lines[1:]  # 'ELMSHIRE COUNCIL' over 'HOUSING REVIEW GROUP': a body not read is no reason to say 'Council'
    elif heading_lines and len(lines) > 1 and heading_lines[0] == lines[0] and _AGENDA_PAGE_TAB_RE.match(lines[1]):
        heading_lines = heading_lines[1:]  # the site's name over 'Agenda and draft minutes', the meeting's own heading lost: any of its bodies
    return [(squash(c), False) for c in candidates] + [(squash(c), True) for c in heading_lines + ([] if fragment else _heading_cells(lines[:3], council))]


# a later page's running header that names the body, the meeting's date and the page ('Tuiroa Community Board      3 March
# 2025      Page 2'; a reader may squeeze its columns to one space): where the front page's title names no body ('Minutes
# of a meeting held at the Tuiroa Memorial Hall' under the council's letterhead) the header still does
_RUNNING_HEADER_BODY_RE = re.compile(
    rf"^(?P<body>(?-i:[A-Z])[\w&'’ -]{{2,80}}?)[ \t]+(?:{_WEEKDAY},?[ \t]+)?(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_MONTH_RE}[ \t]+\d{{4}}|{_NUMERIC_DATE})"
    rf"[ \t]+page[ \t]+\d{{1,3}}(?:[ \t]+of[ \t]+\d{{1,3}})?[ \t]*$",
    re.I | re.M,
)


def _running_header_bodies(head: str) -> list[str]:
    """The bodies later pages' running headers name, where the name ends in a body noun."""
    return [m.group("body") for m in _RUNNING_HEADER_BODY_RE.finditer(head) if _ends_in_body_noun(m.group("body"))][:1]


# a paper's reference printed above its letterhead: 'Item 3.1' at a report's top right, a page number ('6'), 'Appendix 2'
_REFERENCE_LINE_RE = re.compile(r"^(?:(?:agenda[ \t]+)?item|page|appendix|annex|enclosure)?[ \t]*(?:no\.?[ \t]*)?\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?$", re.I)


def _title_block(lines: list[str]) -> list[str]:
    """The title block's lines from the letterhead down: a reference printed above it ('Item 3.1'
    over 'BALMARNOCK COUNCIL' over 'COMMUNITIES AND HOUSING COMMITTEE'), or the letterhead in another
    language first ('CYNGOR SIR NANT-Y-RHOS' over 'NANT-Y-RHOS COUNTY COUNCIL'), is no part of it,
    so the letterhead over a body's heading is still read as one. At most two such lines."""
    start = 0
    other_language = _vocab_re("other_language_lines", r"^(?:{})\b")
    while start < min(2, len(lines) - 1) and (_REFERENCE_LINE_RE.match(lines[start]) or other_language.match(lines[start])):
        start += 1
    return lines[start:]


def _title_line(line: str) -> str:
    """A title block's heading without the paper's name after the body: the kind of paper after a
    dash ('Cabinet – Minutes', 'Executive - Record of Decisions'), or a decision paper's name
    after the body's ('Planning Committee decisions', a decisions page's heading); a named meeting
    without the place it is named after ('Thornwick Annual Parish Meeting - 2025')."""
    line = _HEADING_TAIL_RE.sub("", line)
    decisions = _DECISION_PAPER_TAIL_RE.match(line)
    if decisions and _ends_in_body_noun(decisions.group(1)):
        return decisions.group(1)
    placed = _PLACED_NAMED_MEETING_RE.match(line)
    return placed.group("meeting") if placed else line


# a named meeting under its place's name, with its year: 'Thornwick Annual Parish Meeting - 2025' is the Annual Parish Meeting
_PLACED_NAMED_MEETING_RE = re.compile(
    r"^(?:(?!(?:"
    + vocabulary()["meeting_qualifiers"]
    + r")\b)(?-i:[A-Z])[\w'’.-]+[ \t]+){1,3}?(?P<meeting>"
    + vocabulary()["named_meetings"]
    + r")(?:[ \t]*[-–—,][ \t]*(?:19|20)\d{2})?$",
    re.I,
)


_WRAPPED_TITLE_END_RE = re.compile(r"(?:\b(?:and|of|for)|&|,)$", re.I)  # 'Parks, Recreation and' / 'Community Services Commission'
_MINUTES_OF_START_RE = re.compile(r"^(?:minutes|proceedings|meeting)\s+of\b", re.I)  # 'Minutes of the Catchment Operations' / 'Committee'


def _unwrapped_titles(lines: list[str]) -> list[str]:
    """A body's name wrapped over two heading lines read as one line: the first ends in a joining word
    ('... Joint Health Overview and' / 'Scrutiny Committee'), a joint body's places head its name
    ('HARROWFOLD AND DENBY VALE' / 'CREMATORIUM JOINT COMMITTEE'), or a 'Minutes of the ...' title leaves
    its body noun alone on the next line ('Minutes of the Catchment Operations' / 'Committee'). Read apart,
    the second line alone looked like the body ('Scrutiny Committee') or none was read and the
    letterhead's 'Council' won. The continuation must be a short line ending in a body noun."""
    unwrapped: list[str] = []
    for line in lines:
        previous = unwrapped[-1] if unwrapped else ""
        if previous and _continues_title(previous, line):
            unwrapped[-1] = f"{previous} {line}"
        else:
            unwrapped.append(line)
    return unwrapped


def _continues_title(previous: str, line: str) -> bool:
    if not line[:1].isupper() or len(line.split()) > 6 or len(previous) + len(line) > 110 or not _ends_in_body_noun(line):
        return False
    if _WRAPPED_TITLE_END_RE.search(previous):
        return True
    if _JOINED_PLACES_RE.match(previous) and _JOINT_BODY_RE.search(line) and not is_authority_name(previous):
        return True  # 'HARROWFOLD AND DENBY VALE' / 'CREMATORIUM JOINT COMMITTEE': a joint body named after its places
    return bool(_MINUTES_OF_START_RE.match(previous)) and len(line.split()) <= 2 and not _ends_in_body_noun(previous)


_JOINED_PLACES_RE = re.compile(r"^(?:[A-Z][\w'’.-]+[ \t]+){1,3}(?:and|AND|&)[ \t]+[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){0,2}$")  # 'Harrowfold and Denby Vale'
_JOINT_BODY_RE = re.compile(r"\b(?:Joint|JOINT)\b")


_FIELD_MEETING_RE = re.compile(r"^(?:Meeting|Meeting of|Body|Committee)[ \t]+(?P<body>(?-i:[A-Z])[^\n]{2,80})$", re.I)
# the field labels under 'Meeting' (meeting.json field_table_labels)
_FIELD_LABEL_RE = _vocab_re("field_table_labels", r"^(?:{})\b")


def _field_table_body(lines: list[str]) -> list[str]:
    """'Meeting   Electoral Area Services Committee' over 'Date / Time   Thursday, ...' and
    'Location   Board Room': a front page laid out as a table of fields without colons (its columns
    squeezed to one space by the reader); the value beside 'Meeting' names the body when the next
    lines are the table's date, time or place fields."""
    found = []
    for index, line in enumerate(lines[:10]):
        m = _FIELD_MEETING_RE.match(line)
        if m and any(_FIELD_LABEL_RE.match(following) for following in lines[index + 1 : index + 3]):
            found.append(m.group("body"))
    return found


# a front page's table printed as a row of labels over a row of values ('Meeting Type   Body   Date   Location' over
# 'Regular   Board of Commissioners   May 21, 2025 5:30 PM   Cypress Court Community Room'); a reader may squeeze its columns to one space
_HEADER_LABEL = r"(?:meeting[ \t]+type|type|body|committee|meeting|date(?:[ \t]*(?:/|and|&)[ \t]*time)?|time|location|venue|place)"
_HEADER_LABELS_RE = re.compile(rf"^{_HEADER_LABEL}(?:[ \t]+{_HEADER_LABEL}){{2,5}}$", re.I)
_BODY_LABEL_RE = re.compile(r"(?<!\S)(?:body|committee|meeting)(?![ \t]+type)(?!\S)", re.I)
_ROW_BODY_RE = re.compile(
    rf"^(?:(?i:{vocabulary()['meeting_qualifiers']})[ \t]+)?(?P<body>[A-Z][\w,&'’ -]{{2,80}}?)[ \t]+(?:{_WEEKDAY},?[ \t]+)?"
    rf"(?:{_MONTH_RE}\.?[ \t]+\d{{1,2}}\b|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_MONTH_RE}|{_NUMERIC_DATE})",
    re.I,
)


def _header_row_body(lines: list[str]) -> list[str]:
    """The body in a front page's table of a label row over a value row: the value in the column
    labelled 'Body' (or 'Committee', 'Meeting') where the columns stand apart, else, the columns
    squeezed, what stands between the kind of sitting and the date ('Regular Board of Commissioners
    May 21, 2025'). Only the first lines, only a row of labels and nothing else above it."""
    for index, line in enumerate(lines[:6]):
        if index + 1 >= len(lines) or not _HEADER_LABELS_RE.match(line) or not _BODY_LABEL_RE.search(line):
            continue
        labels, values = _CELL_SPLIT_RE.split(line), _CELL_SPLIT_RE.split(lines[index + 1])
        if len(labels) > 1 and len(labels) == len(values):
            return [value for label, value in zip(labels, values) if _BODY_LABEL_RE.fullmatch(label.strip())][:1]
        m = _ROW_BODY_RE.match(lines[index + 1])
        return [m.group("body")] if m and _BODY_LABEL_RE.search(line).start() < line.lower().find("date") else []
    return []


def _after_named_authority(body: str) -> str:
    """'Elmshire Council, Planning and Transport Committee' -> 'Planning and Transport Committee':
    a comma after the authority's name parts it from its committee; a comma inside a remit
    ('Planning, Licensing and Regulatory Committee') follows no authority's name and stays."""
    m = re.match(r"^(?P<authority>[^,]{3,80}),\s+(?P<body>(?-i:[A-Z]).{2,})$", body)
    return m.group("body") if m and is_authority_name(m.group("authority")) and _ends_in_body_noun(m.group("body")) else body


def _noted_heading(line: str, index: int) -> str:
    """'ANNUAL PARISH MEETING - notes', 'Annual Town Meeting – Minutes' under a parish or town
    council's letterhead: the electors' meeting, a body of its own (ANNOTATION.md), read without its
    note so that the letterhead yields to it. Only a named meeting: read so, a committee's heading with
    a note ('PLANNING COMMITTEE - Minutes') lowered a held-out set's body accuracy, so it is left as it was.
    A heading that names a decision paper ('Cabinet – Record of Decisions', 'Licensing Sub-Committee -
    Notice of Decision') is read without it too: such a paper is one body's, never the letterhead's."""
    if index == 0:
        return line
    bare = _HEADING_TAIL_RE.sub("", line)
    return bare if _vocab_re("named_meetings", r"^(?:{})$").match(squash(bare)) or _DECISION_TAIL_RE.match(line[len(bare) :]) else line


_DECISION_TAIL_RE = re.compile(r"[ \t]+(?:-{1,2}|[–—|])[ \t]+(?:" + vocabulary()["decision_paper_tails"] + r")\b", re.I)


_CELL_SPLIT_RE = re.compile(r"[ \t]*\t[ \t]*| {3,}|[ \t]+[-–—|·•][ \t]+")  # columns of a running header, or cells joined by a spaced dash, bar or dot
_CELL_TRIM = " .,:;-–—|*#_"  # a cell's separators and a Markdown heading's or bold's marks ('# Board of Education —', '**Board of Trustees**')


def _places_the_body(cell: str) -> bool:
    """A cell that says whose or what meeting it is, not which body: the authority ('GRAYSON
    COUNTY', 'TOWN OF EASTBRIDGE'), the kind of sitting ('REGULAR MEETING') or the paper ('Minutes')."""
    bare = strip_meeting_words(cell)
    return (
        is_authority_name(cell)
        or bool(re.match(r"(?i)(?:town|city|village|county|borough|township|municipality|shire) of ", cell))
        or not bare
        or _only_meeting_words(bare)
        or bool(_PAPER_NAME_LINE_RE.match(cell))
        or bool(re.fullmatch(r"(?i)(?:notice of )?decisions?|decision notice|notes", cell))
    )


def _heading_cells(lines: list[str], council: str | None) -> list[str]:
    """The body's cell of a title-block line printed in cells: a running header in columns
    ('BOARD OF COUNTY COMMISSIONERS      OXBOW COUNTY      REGULAR MEETING') or cells joined by a
    spaced dash ('Elm Council - Licensing Sub-Committee (Taxis)'), where another cell names the
    authority or the kind of sitting. A page that starts mid-document has no other title. A cell
    that is the council's own meeting adds nothing here: other rules read that. Not on an agenda
    item's page (the caller skips those): its heading is the item's title."""
    found = []
    for line in lines:
        if re.match(r"(?:URL|COUNCIL|TITLE)\s*:", line):
            continue  # the collector's lines: the COUNCIL line's body is read as its hint
        if council and len(council) >= 4:  # a reader squeezes a header's columns to single spaces: the council's name still parts them
            line = re.sub(rf"(?i)(?<!\w){re.escape(council)}(?!\w)", lambda m: f"\t{m.group(0)}\t", line)
        cells = _when_and_where_cut([cell.strip(_CELL_TRIM) for cell in _CELL_SPLIT_RE.split(line) if cell.strip(_CELL_TRIM)])
        if len(cells) < 2 or not any(_places_the_body(cell) for cell in cells):
            continue
        bodies = [cell for cell in cells if _body_cell(cell, council)]
        if bodies and all(cell in bodies or _places_the_body(cell) or _DATE_OR_PAGE_CELL_RE.match(cell) for cell in cells):
            found += bodies  # every other cell says whose meeting, what sitting, when or which page: not 'Labour Group – Alternative Budget'
    return found


def _when_and_where_cut(cells: list[str]) -> list[str]:
    """'Board of Trustees · regular meeting · Thursday 8/21/2025, 5:15 pm · Prairie Room': the
    cells after the body and the sitting, from the first that holds a date on, say when and where
    it met (a time, a room); they keep the date's cell and lose the rest."""
    for index, cell in enumerate(cells[1:], 1):
        if DATE_RE.search(cell) or re.search(_NUMERIC_DATE, cell):
            return cells[:index] + ([cell] if _DATE_OR_PAGE_CELL_RE.match(cell) else [])
    return cells


_DATE_OR_PAGE_CELL_RE = re.compile(rf"(?i)^(?:page\s+\d+(?:\s+of\s+\d+)?|(?:{_WEEKDAY},?\s+)?\S+\s+\S+,?\s+\d{{4}}|{_NUMERIC_DATE})$")


def _body_cell(cell: str, council: str | None) -> bool:
    """A cell that names a body other than the council's own meeting."""
    if len(cell) > 90 or not (_ends_in_body_noun(cell) or _ends_in_area_body(cell) or _remit_after_body(cell) or _board_of_heading(cell)):
        return False
    body = normalise_body(cell, council)
    return bool(body) and body != council and not is_full_meeting(body, council)


_HEADING_NOTE_RE = re.compile(
    r"\s*\((?!(?i:" + vocabulary()["body_area_suffixes"] + r")\))(?:[A-Z&]{2,8}|[^()]*\d[^()]*)\)$"  # '(BFAC)', '(Licensing Act 2003)'; not '(NORTH)'
    r"|\s+[A-Z&]{2,8}\s+\d{1,2}[./]\d{1,2}[./]\d{2,4}$"  # 'F&GP 19.03.24'
    r"|\s+(?i:of|for)\s+(?i:the)\s+(?i:City|Town|Village|Township|County|Borough|Municipality)\s+(?i:of)\s+[A-Z][\w'’ -]{1,40}$",  # 'for the City of Harbourton'
)


_HEADING_TAIL_RE = re.compile(  # the kind of paper after a dash: 'Cabinet – Minutes', 'Executive - Record of Decisions'
    r"[ \t]+(?:-{1,2}|[–—|])[ \t]+(?i:(?:regular|special|ordinary|extraordinary|monthly|annual|business|minutes?|meeting|agenda|draft|notes?|"
    + vocabulary()["decision_paper_tails"]
    + r")\b).*$"
)
_DECISION_PAPER_TAIL_RE = re.compile(r"^(.{3,80}?)\s*(?:[-–—|:]\s*)?\b(?:" + vocabulary()["decision_paper_tails"] + r")$", re.I)


def _heading_name(line: str) -> str:
    """A heading line without the note printed after the body's name: an acronym or a statute in
    brackets ('LICENSING SUB-COMMITTEE (LICENSING ACT 2003)', 'BUSH FIRE ADVISORY COMMITTEE (BFAC)'),
    a reference and date ('F&GP 19.03.24'), the meeting's date ('Planning Committee 23 April 2024'),
    or the authority it serves ('LICENSING BOARD FOR THE CITY OF HARBOURTON'). In the title block
    (its first three lines) the kind of meeting and paper after a dash goes too ('Chief and Council
    - Regular Meeting', 'Board of Commissioners -- Regular Monthly Meeting', 'Amenities Cttee -
    MINUTES - 7 Oct'): further down such a line is more often an item's than the body's."""
    for _ in range(2):
        line = _without_trailing_date(_HEADING_NOTE_RE.sub("", line).strip())
    return line


def _letterhead_over_body(opening: str, m: re.Match) -> bool:
    """'Westmere District Council' / 'Minutes' / 'Licensing Committee': the letterhead over the
    paper's name is not a title 'Westmere District Council Minutes' when a body's heading follows."""
    if "\n" not in m.group(0):
        return False
    following = opening[m.end() :].lstrip("\n").split("\n", 1)[0].strip()
    if 0 < len(following) <= 70 and opening[m.end() : m.end() + 1] in ("\n", "") and _ends_in_body_noun(following) and following != m.group("body"):
        return True
    return _body_over_letterhead(opening[: m.start()], m.group("body"))


def _body_over_letterhead(before: str, letterhead: str) -> bool:
    """'Planning and Development Committee' / 'Kilmory Town Council' / 'Minutes of meeting held ...',
    'LICENSING COMMITTEE' / 'ELMFORD DISTRICT COUNCIL' / 'MINUTES': the body's heading printed above
    the letterhead, as many committees head their papers; the letterhead over 'Minutes' is then no title."""
    above = before.rstrip().rsplit("\n", 1)[-1].strip()
    return (
        LETTERHEAD_RE.fullmatch(letterhead.strip()) is not None
        and 0 < len(above) <= 70
        and _ends_in_body_noun(above)
        and not re.search(r"(?i)\bcouncil$", above)  # two letterheads, or the authority in two languages
        and not _NOT_A_BODY_HEADING_RE.search(above)
    )


_PAPER_NAME_LINE_RE = re.compile(
    r"^(?:(?:draft|unconfirmed|open|public)\s+)?(?:minutes|agenda|notice of meeting(?:\s+and\s+agenda)?|summons|notice of (?:determination|decision)|decision notice)$"
    r"|^(?-i:[A-Z])[\w'’ -]{2,60}?[ \t]Act(?:[ \t]+(?:19|20)\d{2})?$",  # the statute a hearing is held under ('Licensing Act 2003'), printed under the letterhead
    re.I,
)


def _under_letterhead(heading: str, lines: list[str]) -> bool:
    """'Merton Council' over 'Audit Committee', or over 'Notice of meeting and agenda' (or 'Minutes')
    over 'Cabinet': the body's heading is the line under the letterhead, or under the lines (two at
    most) that say what the paper is and the statute it is under ('Licensing Act 2003' over 'NOTICE OF
    DETERMINATION' over 'Licensing Sub-Committee (Panel B)')."""
    if len(lines) > 2 and _vocab_re("other_language_lines", r"^(?:{})\b").match(lines[1]):
        lines = lines[:1] + lines[2:]  # 'Te Kaunihera o Pōrowhenua', 'Comhairle Contae ...': the letterhead again in another language
    for index, line in enumerate(lines[1:4], 1):  # the heading, under no more than two lines of what the paper is
        if heading == line:
            return True
        if not _PAPER_NAME_LINE_RE.match(line):
            return False
    return False


_WRAPPED_BEFORE_DATE_RE = re.compile(r"\b(?:held|on|at|of|the|in|commencing|dated|for)$", re.I)


_NOT_A_BODY_HEADING_RE = re.compile(
    r"^(?:minutes?|agenda|meeting|notice|summons|present|held|date|time|venue|draft|public|the|to|a|an|at|in|held|record|decisions?|report|"
    r"town hall|civic|county hall|council (?:chambers?|offices)|municipal)\b|\d|[,:;.@]",
    re.I,
)


def _unread_body_heading(letterhead: str, following: str) -> bool:
    """'ELMSHIRE COUNCIL' over 'HOUSING REVIEW GROUP': a letterhead in capitals over a short
    heading in capitals that is neither a title word, a date, a place nor an address. That heading
    names the meeting body (one whose name we cannot read), so the letterhead over it does not
    make the meeting the council's own."""
    return (
        LETTERHEAD_RE.match(letterhead) is not None
        and letterhead.isupper()
        and following.isupper()
        and 2 <= len(following.split()) <= 8
        and not _NOT_A_BODY_HEADING_RE.search(following)
    )


def _is_title_sentence(line: str) -> bool:
    """'Minutes of the meeting of the Planning Committee held on' wrapped over its date, or 'Minutes
    of the previous meeting': a title sentence (read by the title rule) or an item, not a heading
    that is the body's name."""
    return bool(_WRAPPED_BEFORE_DATE_RE.search(line.rstrip(" ,:")) or _vocab_re("previous_minutes_line").search(line))


def _bare_heading(line: str) -> str:
    """'*** DES MOINES CITY COUNCIL MEETING REPORT ***' -> 'DES MOINES CITY COUNCIL MEETING': a
    heading without its decoration and the word saying what kind of paper it heads."""
    bare = re.sub(r"^[*#_=~\s]{2,12}|[*#_=~\s]{2,12}$", "", line)
    return re.sub(r"\s+(?:report|summary)$", "", bare, flags=re.I) if bare != line else line


def _opens_title(title: str, start: int) -> bool:
    """'Minutes of the meeting of X' opening a title line, not 'to approve the minutes of ...' in prose."""
    line_start = title.rfind("\n", 0, start) + 1
    before = title[line_start:start]
    line_end = title.find("\n", start)
    line = title[line_start : line_end if line_end >= 0 else len(title)]
    return len(before) <= 100 and not _VERBISH_RE.search(before) and not _vocab_re("previous_minutes_line").search(line)


def _board_of_heading(line: str) -> bool:
    """'Board of Education', 'Zoning Board of Appeals', 'Committee of the Whole' (after a spaced dash
    too): a body named 'Board/Committee/Court of' a remit that is no body noun (models/patterns/meeting.json, board_headings)."""
    return bool(_vocab_re("board_headings", r"(?:^|\s[-–—|]\s)(?:[A-Za-z]+\s+)?(?:Board|Committee|Court) of (?:{})$").search(line))


def _ends_in_plural_body(phrase: str) -> bool:
    """'Board of Supervisors', 'Board of Selectmen': a body whose name ends in a plural (not an item title like 'Accounts')."""
    return bool(_vocab_re("body_nouns", r"\b(?:{})$").search(phrase.strip(" .,:;"))) and phrase.rstrip(" .,:;").endswith("s")


def _ends_in_body_noun(phrase: str) -> bool:
    return bool(_vocab_re("body_nouns", r"\b(?:{})s?$").search(phrase.strip(" .,:;")))


def _ends_in_area_body(phrase: str) -> bool:
    """'Area Planning Sub-Committee East', 'Licensing Sub-Committee A', 'Planning Committee (North)':
    a body noun then the area or panel letter that tells one of several like bodies apart
    (models/patterns/meeting.json, body_area_suffixes; case-sensitive, so not 'Committee at')."""
    m = _vocab_re("body_area_suffixes", r"^(.{{3,80}}?)\s+(?:{0}|\((?:{0})\))$", 0).match(phrase.strip(" .,:;"))  # 'Area Committee (North)' too
    return bool(m) and _ends_in_body_noun(m.group(1))


_AGENDA_PAGE_TITLE_RE = re.compile(
    r"^agenda(?:(?:,|[ \t]{1,3}and)[ \t]{1,3}(?:draft[ \t]{1,3})?(?:decisions|minutes)){1,3}[ \t]{1,3}", re.I
)  # 'Agenda and draft minutes Council Meeting'


# a committee system's meeting page's tab title alone on its line ('Agenda and minutes', 'Agenda, decisions and draft minutes')
_AGENDA_PAGE_TAB_RE = re.compile(r"^agenda(?:(?:,|[ \t]{1,3}and)[ \t]{1,3}(?:draft[ \t]{1,3})?(?:decisions|minutes)){1,3}[ \t]*$", re.I)


# the decision paper named before the body that made the decisions: 'DECISION NOTICE - CABINET', 'Record of Decisions: Licensing Sub-Committee'
_LEADING_DECISION_PAPER_RE = re.compile(r"^(?:" + vocabulary()["decision_paper_tails"] + r")[ \t]*[-–—:|][ \t]*(?=(?-i:[A-Z]))", re.I)


# the statute a body sits under, printed before its name with a dash: 'Licensing Act 2003 - Licensing Sub-Committee'
# is the Licensing Sub-Committee (an Act named inside the name stays: 'Licensing Act 2003 Sub-Committee')
_LEADING_STATUTE_RE = re.compile(r"^(?:[A-Z][\w'’]*[ \t]+){1,5}(?:Act|ACT)[ \t]+\d{4}[ \t]*(?:-{1,2}|[–—:|])[ \t]*(?=[A-Z])")


def _without_leading_statute(body: str) -> str:
    """'Licensing Act 2003 - Licensing Sub-Committee' -> 'Licensing Sub-Committee': only where a body's name follows."""
    m = _LEADING_STATUTE_RE.match(body)
    return body[m.end() :] if m and _ends_in_body_noun(body[m.end() :]) else body


# an Illinois village's 'Regular Meeting of the President and Board of Trustees': the village president presides over
# the board, and the body that meets is the Board of Trustees (a 'Mayor and Council' is one body's name and stays)
_PRESIDENT_AND_BOARD_RE = re.compile(r"^(?:village[ \t]+)?president[ \t]+and[ \t]+(?:the[ \t]+)?(?=board[ \t]+of[ \t]+\w)", re.I)


# the sitting before the body's name: 'Meeting of', '2024 Session of', and a kind of session before it ('Study Session meeting of
# the TOWN BOARD of the Town of Elm', 'Work Session of the City Council'), as _MEETING_KIND_RE names those kinds
_SITTING_OF_RE = re.compile(
    r"^(?:\d{4}\s+)?(?:(?:work|study|executive|closed|joint)\s+(?=session\b))?(?:session\s+(?=meeting\b))?(?:meeting|session|AGM)\s+(?:\d{4}\s+)?of\s+", re.I
)


# the kind of sitting before a lower-case 'meeting of' ('Ordinary meeting of the Council'), taken off with it by _SITTING_OF_RE
_QUALIFIED_SITTING_RE = re.compile(r"^(?:(?:" + vocabulary()["meeting_qualifiers"] + r")\s+){1,3}(?=(?-i:meeting)\s+of\s)", re.I)


# a page's title led by its date, in figures or in words ('6-24-2021 Special Meeting Town Board', 'September 17th, 2015
# Planning Commission Minutes'): the date is the meeting's, not part of the body's name
_LEADING_DATE_RE = re.compile(rf"^(?:\d{{1,4}}[-/.]\d{{1,2}}[-/.]\d{{1,4}}|{WORDED_DATE_WITH_YEAR},?)\s+(?=[A-Za-z])")


def strip_meeting_words(body: str) -> str:
    """'Regular Meeting of the Board of Trustees' -> 'Board of Trustees'; 'Council Meeting Minutes' -> 'Council'."""
    body = re.sub(r"\s+[-–—]$", "", squash(body).strip(" .,:;*#_|"))  # 'Council Meeting -' over its date
    if _vocab_re("named_meetings", r"^(?:the\s+)?(?:{})$").match(body):
        return re.sub(r"^the\s+", "", body, flags=re.I)
    prefixes = _vocab_re("title_prefixes", r"^(?:{})(?:\s*[-–—:]\s*|\s+)")  # 'Draft ', 'Draft - ', 'Draft: '
    qualifiers = _vocab_re("meeting_qualifiers", r"^(?:{})\s+")
    for _ in range(6):
        before = body
        body = prefixes.sub("", body)
        body = re.sub(r"^[-–—:]\s*", "", body)
        named = _vocab_re("named_meetings", r"^(?:the\s+)?(?:{})(?:\s+(?:minutes|agenda))?$").match(body)
        if named:
            return re.sub(r"^the\s+|\s+(?:minutes|agenda)$", "", body, flags=re.I)  # 'Draft - Annual Parish Meeting Minutes'

        body = re.sub(r"^open portion of\s+|^[A-Z]{2,6}\s+(?=(?:ordinary|special|extraordinary|annual|meeting)\b)", "", body, flags=re.I)
        body = re.sub(r"^(?:the|a|an|of)\s+", "", body, flags=re.I)  # 'of' left by a title prefix: 'Summary of ...'
        body = _AGENDA_PAGE_TITLE_RE.sub("", body)
        body = _LEADING_DECISION_PAPER_RE.sub("", body)  # 'DECISION NOTICE - CABINET'
        body = _without_leading_statute(body)  # 'Licensing Act 2003 - Licensing Sub-Committee'
        body = _PRESIDENT_AND_BOARD_RE.sub("", body)  # 'President and Board of Trustees'
        body = re.sub(
            r"^(?:(?:journal|record)\s+of\s+(?:the\s+)?)?(?:minutes|proceedings|notes|summary|synopsis)\s*:?\s*(?:of\s+)?|^minute\s+of\s+(?!(?:the\s+)?meetings?\b)|^agenda(?!\s*items?\b)\s*[:–—-]?\s*(?:of\s+|for\s+)?(?=\S)",
            "",
            body,
            flags=re.I,
        )
        body = re.sub(r"^(?:all\s+)?members\s+of\s+", "", body, flags=re.I)
        body = _LEADING_DATE_RE.sub("", body)  # '6-24-2021 Special Meeting Town Board', a page's title led by its date
        body = _without_leading_qualifier(body, qualifiers)
        body = _SITTING_OF_RE.sub("", body)
        meeting_then_body = re.match(r"^(?:meeting|minutes)\s+(?=\S)", body, re.I)
        if meeting_then_body and not re.match(r"(?:meeting|minutes)\b", before, re.I) and _ends_in_body_noun(body[meeting_then_body.end() :]):
            body = body[meeting_then_body.end() :]  # 'Special Meeting Town Board' (a Wisconsin town's title) -> 'Town Board', not 'Meeting Room Committee'
        if body == before:
            break
    body = re.sub(r"\s+[-–—]\s+(?=[^-–—]{0,40}\d)[^-–—]{0,40}$", "", body)  # 'Cabinet - 4 March 2025'
    body = _without_trailing_date(body)  # 'To: County Council 13th March 2025'
    kind_of_sitting = re.match(r"^(.{3,80}?)\s+[-–—]\s+(?:[\w-]+\s+){0,3}(?:meeting|session|sitting|minutes|hearing)$", body, re.I)
    if kind_of_sitting and (_ends_in_body_noun(kind_of_sitting.group(1)) or _acceptable_body(kind_of_sitting.group(1))):
        body = kind_of_sitting.group(1)  # 'Board of Directors – Regular Meeting', 'Township Committee – Annual Reorganization Meeting'
    before_meeting = re.match(r"^(.{3,80}?)\s+(?:meeting|minutes)\s+(?:of|for)\s+\S.*$", body, re.I)
    if before_meeting and _ends_in_body_noun(before_meeting.group(1)):
        body = before_meeting.group(1)  # 'Planning Committee Meeting of the Parish Council' -> 'Planning Committee'
    of_council = _OF_COUNCIL_RE.match(body)
    if of_council and _ends_in_body_noun(of_council.group(1)):
        body = of_council.group(1)  # 'Policy and Resources Committee of the Town Council' -> 'Policy and Resources Committee'
    body = _without_title_tail(body)  # 'Council Meeting No 906', 'Council Tuesday', 'Council Meeting For' over the rest of the title
    of_authority = _OF_AUTHORITY_KIND_RE.match(body)
    if of_authority and _ends_in_body_noun(of_authority.group(1)):
        body = of_authority.group(1)  # 'Council of the Rural Municipality of' (its name on the next line) -> 'Council'
    body = re.sub(r"(?:\s+(?:meeting|minutes|agenda)|(?<!\bwork)(?<!\bstudy)\s+session){1,3}$", "", body, flags=re.I)  # 'Work Session' names a meeting
    bracketed = _vocab_re("meeting_qualifiers", r"^(.{{3,80}}?)\s*\((?:{})(?:\s+(?:meeting|session))?\)$").match(body)
    if bracketed and _ends_in_body_noun(bracketed.group(1)):
        body = bracketed.group(1)  # 'Planning Committee (Extraordinary)', 'Council (Budget)': how this meeting sat, not the body's name
    trailing = _vocab_re("meeting_qualifiers", r"^(.{{3,80}}?)(?:\s+(?:{})){{1,2}}$").match(body)
    if trailing and (_ends_in_body_noun(trailing.group(1)) or _acceptable_body(trailing.group(1))):
        body = trailing.group(1)  # 'Board of Trustees Regular (Meeting)' -> 'Board of Trustees'
    decisions = _DECISION_PAPER_TAIL_RE.match(body)
    if decisions and _ends_in_body_noun(decisions.group(1)):
        body = decisions.group(1)  # 'Cabinet – Record of Decisions', 'Planning Committee Schedule of Decisions', 'Cabinet Decisions': the paper, not the body
    possessive = re.match(r"^(.{3,80}?)(?:['’][sS]|(?<=[sS])['’])$", body)
    if possessive and _ends_in_body_noun(possessive.group(1)):
        body = possessive.group(1)  # "Board of Selectmen's Meeting", "Trustees' Meeting": the body, not its possessive

    return body.strip(" .,:;-–")


# What a title line carries after the body's name that is no part of it: the meeting's serial number ('Council Meeting
# No 906'), the weekday whose date is on the next line ('Malew Parish Commissioners Thursday'), a 'notes' paper ('City
# Council Meeting Notes'), or a word the title goes on from on its next line ('Quarterly Council Meeting For 2007/08').
_BODY_TITLE_TAIL_RE = re.compile(
    rf"(?:\s+(?:(?:No\.?|Number|#)\s*\d{{1,5}}|{_WEEKDAY})|(?<=meeting)\s+notes|(?<=meeting|minutes|session)\s+(?:for|of|held|on|in|at))$", re.I
)


def _without_title_tail(body: str) -> str:
    """'Council Meeting No 906' -> 'Council Meeting': the tail cut where a body's name or a meeting word is left before it."""
    m = _BODY_TITLE_TAIL_RE.search(body)
    if not m:
        return body
    head = body[: m.start()]
    return head if re.search(r"\b(?:meeting|minutes|session)$", head, re.I) or _ends_in_body_noun(head) else body


# 'Council of the Rural Municipality of', 'Board of Directors of the Regional District of': the body, then the kind of
# authority it governs, whose name the title gives after it (models/patterns/meeting.json of_authority_kinds)
_OF_AUTHORITY_KIND_RE = re.compile(r"^(.{3,60}?)\s+of\s+(?:the\s+)?(?:" + vocabulary()["of_authority_kinds"] + r")\s+of$", re.I)


# '... Committee of the Town Council', and of a council named in full where the papers do not say
# which council they are ('Corrieglen and Lochside Area Committee of Argmore Council', a committee's
# own heading over its title sentence): the body, then whose it is. At most four capitalised words
# name the council, so the scan stays linear.
_OF_COUNCIL_RE = re.compile(r"^(.{3,80}?)\s+of\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’&.-]+\s+){0,4}?(?:(?:" + vocabulary()["council_types"] + r")\s+)?Council$", re.I)


def _without_leading_qualifier(body: str, qualifiers: re.Pattern) -> str:
    """'Special Meeting of ...' -> 'Meeting of ...', but a qualifier that forms a body's name stays:
    'Joint Committee', 'General Purposes Committee', 'Budget Committee' (not 'Budget Meeting')."""
    m = qualifiers.match(body)
    if not m:
        return body
    rest = body[m.end() :]
    forms_name = _vocab_re("name_forming_qualifiers", r"^(?:{})\s+$").match(m.group(0))
    if forms_name and not re.match(r"(?:meeting|session|minutes|agenda|council\s+meeting|council$)\b", rest, re.I) and not qualifiers.match(rest):
        return body
    return rest


def _without_trailing_date(body: str) -> str:
    """'County Council 13th March 2025' -> 'County Council': a date printed after the body's name."""
    for m in DATE_RE.finditer(body):
        if not body[m.end() :].strip(" .,;:)") and m.start() > 2:
            head = re.sub(rf"[\s,(–—-]*(?:{_WEEKDAY},?\s*)?(?:the\s+)?$", "", body[: m.start()], flags=re.I)
            return head if re.search(r"[A-Za-z]{3}", head) else body
    return body


def _only_meeting_words(body: str) -> bool:
    """'Ordinary Meeting', 'Inaugural Meeting': the council's own meeting, no body named."""
    words = re.findall(r"[\w-]+", body.lower())
    qualifiers = set(vocabulary()["meeting_qualifiers"].split("|")) | {"meeting", "minutes", "session", "of", "the", "agm"}
    return bool(words) and all(w in qualifiers or w.isdigit() for w in words)


_KEY_DROP = {"the", "of", "and", "annual", "ordinary", "extraordinary", "special", "monthly"}


def _name_key(name: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", name.lower().replace("&", " and ")) if w not in _KEY_DROP]


_TITLE_WORDS_ONLY_RE = re.compile(r"^(?:(?:draft|summary|minutes|proceedings|notes|report|record|meeting|the|a|an)\b[ \t]{0,3}){1,8}$", re.I)


# _without_council reads the council's name at a place in the body with these fixed patterns and a
# word-by-word comparison: a pattern built from each document's council name cost a regex compile
# per document (docs/benchmarks.md). _name_patterns is that pattern, for names the comparison cannot
# read exactly as re.I would (letters beyond ASCII, a word opening with a space or a hyphen).
_NAME_LEADS = tuple(
    re.compile(lead, re.I)
    for lead in (  # the order re tries '(?:the\s+)?(?:(?:meeting|minutes)\s+of\s+(?:the\s+)?)?' in
        r"the\s+(?:meeting|minutes)\s+of\s+the\s+",
        r"the\s+(?:meeting|minutes)\s+of\s+",
        r"the\s+",
        r"(?:meeting|minutes)\s+of\s+the\s+",
        r"(?:meeting|minutes)\s+of\s+",
        r"",
    )
)
_NAME_GAP_RE = re.compile(r"[\s-]+")  # a space of the name matches spaces or hyphens ('Stoke on Trent', 'Stoke-on-Trent')
_AFTER_LEADING_NAME_RE = re.compile(r"(?:['’]s)?(?:\s*[-–—:|,])?\s+(?=\S)", re.I)  # 'Elm Free Library, Board of Trustees' too
_OF_BEFORE_NAME_RE = re.compile(r"\s+(?:of|for)\s+", re.I)
_OF_BEFORE_NAME_AT_RE = re.compile(r"(?=\s+(?:of|for)\s)", re.I)
_THE_RE = re.compile(r"the\s+", re.I)
_AFTER_TAIL_NAME_RE = re.compile(r"\b(?!['’]s\b)(?P<rest>.*)$", re.I)


@lru_cache(maxsize=256)
def _name_parts(name: str) -> tuple[str, ...] | None:
    """The lower-cased words of a council's name, or None where a word-by-word comparison would not be re.I's."""
    parts = tuple(name.split(" "))
    if not name.isascii() or any(not part or part[0].isspace() or part[0] == "-" for part in parts):
        return None
    return tuple(part.lower() for part in parts)


@lru_cache(maxsize=64)
def _name_patterns(name: str) -> tuple[re.Pattern, re.Pattern]:
    escaped = re.escape(name).replace(r"\ ", r"[\s-]+")
    return (
        re.compile(rf"^(?:the\s+)?(?:(?:meeting|minutes)\s+of\s+(?:the\s+)?)?{escaped}(?:['’]s)?(?:\s*[-–—:|,])?\s+(?=\S)", re.I),
        re.compile(rf"\s+(?:of|for)\s+(?:the\s+)?{escaped}\b(?!['’]s\b)(?P<rest>.*)$", re.I),
    )


def _name_end(text: str, pos: int, parts: tuple[str, ...]) -> int | None:
    """Where the council's name ends if it stands at `pos` (any case, its spaces as spaces or hyphens)."""
    for i, part in enumerate(parts):
        if i:
            gap = _NAME_GAP_RE.match(text, pos)
            if not gap:
                return None
            pos = gap.end()
        word = text[pos : pos + len(part)]
        if not word.isascii() or word.lower() != part:
            return None
        pos += len(part)
    return pos


def _after_leading_name(body: str, name: str) -> str:
    """The body without the council's name before it ('Kent County Council Cabinet', 'Minutes of the Elm Council - Audit Committee')."""
    parts = _name_parts(name)
    if parts is None:
        return _name_patterns(name)[0].sub("", body)
    for lead in _NAME_LEADS:
        led = lead.match(body)
        end = _name_end(body, led.end(), parts) if led else None
        after = _AFTER_LEADING_NAME_RE.match(body, end) if end is not None else None
        if after:
            return body[after.end() :]
    return body


def _name_after_of(text: str, name: str) -> tuple[int, str] | None:
    """(where ' of the <council>' starts, what follows it) at the first such place: 'Town Board of the Town of Enfield'."""
    parts = _name_parts(name)
    if parts is None:
        m = _name_patterns(name)[1].search(text)
        return (m.start(), m.group("rest")) if m else None
    for at in _OF_BEFORE_NAME_AT_RE.finditer(text):
        of = _OF_BEFORE_NAME_RE.match(text, at.start())
        the = _THE_RE.match(text, of.end())
        for start in (the.end(), of.end()) if the else (of.end(),):
            end = _name_end(text, start, parts)
            rest = _AFTER_TAIL_NAME_RE.match(text, end) if end is not None else None
            if rest:
                return at.start(), rest.group("rest")
    return None


# a designation inside the authority's name, its place after it ('Public Utility District No. 3 of Skookum Flats County'): a title's
# body phrase stops at 'No.' ('the Board of Commissioners of Public Utility District No. 3 ...'), so the name before it is the authority's too
_MID_DESIGNATION_RE = re.compile(r"[ \t]+No\.[ \t]*\d{1,4}[ \t]+of[ \t].*$")


def _without_council(body: str, council: str | None) -> str:
    """'Kent County Council Cabinet' -> 'Cabinet'; 'Town Board of the Town of Enfield' -> 'Town Board'."""
    if not council:
        return body
    core = re.sub(r"^(?:the\s+)?(?:Town|City|Village|County|Borough|District|Township|Municipality|Region|Province|Shire) of (?:the\s+)?", "", council)
    names = {council, re.sub(r"\s+Council$", "", council), core}
    names.add(without_designation(council))  # 'Rural Municipality of Prairie Gull' of 'Rural Municipality of Prairie Gull No. 388'
    names.add(
        _MID_DESIGNATION_RE.sub("", council)
    )  # 'Public Utility District' of 'Public Utility District No. 3 of Skookum Flats County', a title cut at 'No.'
    for acronym, kind in vocabulary()["authority_acronyms"].items():
        if council.endswith(" " + kind):
            names.add(council[: -len(kind)] + acronym)  # 'Cedarbrook ISD — Board of Trustees' of the Cedarbrook Independent School District
    place_kind = re.match(r"^(.+?)\s+(Township|County|City|Town|Village)$", council)
    if place_kind:
        names.add(f"{place_kind.group(2)} of {place_kind.group(1)}")  # 'Nipissing Township' printed 'Township of Nipissing Council'
    for name in sorted(names, key=len, reverse=True):
        if len(name) < 4:
            continue
        before = _before_trailing_name(body, name) or _meeting_before_name(body, name)
        if before:
            return before  # 'Board of Trustees — Elm Public Library District': the body, then whose it is
        stripped = _after_leading_name(body, name)  # 'Elm Water District – Board of Directors' too
        tail = _name_after_of(stripped, name)
        named_after = tail and _ends_in_body_noun(strip_meeting_words(tail[1]))
        if named_after:
            stripped = tail[1]  # 'Regular Meeting of the Elm County Board of County Commissioners' -> 'Board of County Commissioners'
        elif tail and not _TITLE_WORDS_ONLY_RE.match(stripped[: tail[0]]):  # not 'Summary of Des Moines City Council Meeting' -> 'Summary'
            stripped = _without_trailing_kind(stripped[: tail[0]], council)
        if stripped != body and stripped.strip():
            return stripped.strip(" ,")
    return body


def _without_trailing_kind(body: str, council: str) -> str:
    """'ZONING BOARD OF APPEALS VILLAGE' of the Village of Buffalo Grove: the kind of place its name was cut from."""
    kind = re.match(r"(Town|City|Village|County|Borough|Township|Municipality)\s+of\s", council)
    return re.sub(rf"\s+{kind.group(1)}$", "", body, flags=re.I) if kind else body


def _meeting_before_name(body: str, name: str) -> str | None:
    """'General Assembly Meeting Asunafo South District Assembly' -> 'General Assembly': the meeting's title, then the
    authority's name run on after it on one line (a Ghanaian district assembly's heading)."""
    m = re.match(rf"^(.{{3,80}}?)\s+(?:meeting|minutes)\s+(?:of\s+(?:the\s+)?)?{re.escape(name)}$", body, re.I)
    return m.group(1) if m and _ends_in_body_noun(m.group(1)) else None


def _before_trailing_name(body: str, name: str) -> str | None:
    """'Board of Education — Elm Valley Area Public Schools', 'Board of Directors - Cinder Gap Water
    District': a title that names the body first and the authority after a spaced dash or bar, the
    mirror of 'Elm Water District – Board of Directors'; the body is the part before the dash."""
    m = re.match(rf"^(?P<body>.{{3,80}}?)[ \t]+(?:-{{1,2}}|[–—|·•])[ \t]+(?:the[ \t]+)?{re.escape(name)}$", body, re.I)
    return m.group("body").strip(" ,") if m and _acceptable_body(m.group("body").strip(" ,")) else None


def is_full_meeting(body: str, council: str | None) -> bool:
    """The council's own meeting: 'Parish Council', 'Barcoo Shire Council', 'Council', 'Meeting of Council'."""
    key = _name_key(body)
    if _vocab_re("named_meetings", r"^(?:{})$").match(body):
        return False
    if not key or _only_meeting_words(body):
        return True
    for name in {council, without_designation(council)} if council else ():  # 'Elm Unified School District' of '... District 418' too
        council_key = _name_key(name)
        if key == council_key or (key[-1] == council_key[-1] and set(key) <= set(council_key) and "full" not in key):
            return True
    return key == ["council"]


# a letterhead whose place is missing from the text (printed as an image, or lost with the logo): 'TOWN OF PROVINCE OF
# REGULAR COUNCIL MEETING MINUTES', 'SUMMER VILLAGE OF REGULAR COUNCIL MEETING' (Alberta municipalities' templates): the
# kinds before the meeting's own words are no part of the body
_PLACELESS_LETTERHEAD_RE = re.compile(
    r"^(?:(?:Summer[ \t]+)?(?:Town|City|Village|County|Municipality|Province|District|Township)[ \t]+of[ \t]+){1,3}"
    r"(?=(?:Regular|Special|Ordinary|Organi[sz]ational|Annual|Committee)\b|Council[ \t]+(?:(?:Regular|Special|Ordinary)[ \t]+)?(?:Meeting|Minutes)\b)",  # not 'City of Council Bluffs'
    re.I,
)


def normalise_body(raw: str | None, council: str | None) -> str | None:
    """The body as one name: qualifiers and the council's name removed, the full meeting named by convention.

    A parish, town or community council's (or an authority's) own meeting is the council's
    name (ANNOTATION.md); a principal council's full meeting is 'Council'.
    """
    if not raw or not re.search(r"[A-Za-z]{2}", raw):
        return None
    raw = _AGENDA_PAGE_TITLE_RE.sub(
        "", re.sub(r"^\d{1,3}\s+(?=[A-Z])", "", squash(raw))
    )  # '1 TOWN OF VALE Regular Town Council Meeting': a page number run into the title
    raw = without_own_initials(raw)  # 'LPC LAZONBY PARISH COUNCIL': the logo's initials before the name
    raw = _PLACELESS_LETTERHEAD_RE.sub("", raw)
    raw = title_case(raw) if raw.isupper() and len(raw) > 3 else raw  # 'BOARD OF DIRECTORS - REGULAR MEETING': the body nouns are read in title case
    raw = _SITTING_OF_RE.sub(
        "", _QUALIFIED_SITTING_RE.sub("", raw)
    )  # 'Study Session meeting of the Town Board', 'Ordinary meeting of the Council': the sitting's lower-case 'meeting' is no prose to cut at
    digest_lead = _vocab_re("digest_title_leads", r"^(?:{})\s+(?-i:(?=[A-Z]))")
    raw = digest_lead.sub("", raw)  # 'Decisions made at Full Council meeting': the lead is prose
    body = strip_meeting_words(digest_lead.sub("", _without_council(_cut_at_prose(_one_language(raw)), council)))  # '<Assembly> Holds ...'
    body = strip_meeting_words(_without_council(body, council))
    if body.isupper() and len(body) > 3:
        body = title_case(body)
    if council and _vocab_re("single_body_authority").search(council) and council.lower().endswith(" " + body.lower()):
        return council  # 'Minutes of the Parish Meeting' of 'Ashmoor Parish Meeting': the authority's own meeting
    if council and council.endswith(" Commissioners") and body == "Board":
        return council  # Manx commissioners' 'Ordinary Meeting of the Board': the authority meets as itself
    if is_full_meeting(body, council):
        if council and _vocab_re("single_body_authority").search(council):
            return council
        if council and _vocab_re("authority_kinds", r"(?-i:{})$", 0).search(without_designation(council)):
            # a school board, a special district, a US county: its whole meeting is the body it names ('the Board'), never 'Council'
            own_name = _name_key(body) in (_name_key(council), _name_key(without_designation(council)))  # 'Elm Unified School District' of '... District 418'
            return None if _only_meeting_words(body) or own_name or not _acceptable_body(body) else body
        if _vocab_re("typed_full_meeting", r"^(?:{})$").match(body):
            return body  # 'meeting of the County Council': the full meeting as the authority names it
        return "Council" if council or _name_key(body) == ["council"] else None
    if _MEETING_KIND_RE.match(body) or _MEETING_KIND_RE.match(re.sub(r"\s+(?:minutes|agenda)$", "", squash(raw).strip(), flags=re.I)):
        return None  # 'Work Session' under 'Board of Trustees': a kind of meeting; the body is named elsewhere
    if not _acceptable_body(body) and not _named_as_a_meeting(raw, body):
        return None
    if _vocab_re("board_member_plurals", r"^(?:{})$").match(body) and not (council and _vocab_re("single_body_authority").search(council)):
        return f"Board of {body}"  # "SELECTMEN'S MEETING": the meeting of the Board of Selectmen
    if _name_key(body) == ["full", "council"] and council and not _vocab_re("local_council").search(council):
        return "Council"  # a principal council's full meeting is 'Council'; a town council's 'Full Council' stays, as it does where no council is named
    return body


def _named_as_a_meeting(raw: str, body: str) -> bool:
    """'Minutes of the Finance and General Purposes meeting', 'the Planning Meeting', 'Licensing
    meeting': a committee that a clerk names without the word 'Committee' is still named, by the
    word 'meeting' after it; a name in capitals (connectors aside) of a few words, no verb, no
    number, not a procedural heading."""
    core = re.sub(r"^(?:(?:draft|unconfirmed)\s+)?(?:minutes|notes)\s+of\s+(?:the\s+|an?\s+)?|^the\s+", "", squash(raw), flags=re.I)
    if not re.fullmatch(rf"{re.escape(body)}[ \t]+meeting", core, re.I) or not 1 <= len(body.split()) <= 6:
        return False
    if _vocab_re("named_meetings", r"(?:{})$").search(core) or _vocab_re("council_types", r"\b(?:{})$").search(body):
        return False  # 'Elmwood Parish Meeting' is an authority's own name; 'the Parish Meeting' a named meeting
    words = body.replace(",", " ").split()
    return (
        all(w[:1].isupper() or w.lower() in _NAME_CONNECTORS for w in words)
        and words[0].lower() not in _NAME_CONNECTORS
        and words[-1].lower() not in _NAME_CONNECTORS  # 'Date of meeting', 'MINUTE OF MEETING': no name before 'meeting'
        and not _PROCEDURAL_BODY_RE.match(body)
        and not _VERBISH_RE.search(body)
        and not re.search(r"\d|[:;•\\$£()]", body)
        and not _OTHER_MEETING_RE.match(body)  # 'Minutes of Previous Meeting', 'the Next Meeting'
    )


_OTHER_MEETING_RE = re.compile(  # another meeting, or how this one sat ('Zoom Meeting'): not a body's name
    r"(?:previous|last|next|prior|preceding|this|that|same|said|above|following|future|earlier|later|zoom|teams|online|video|telephone|in-person)\b", re.I
)


_LANGUAGE_SPLIT_RE = re.compile(r"\s+[|/]\s+")


def _one_language(phrase: str) -> str:
    """'Te Komiti Rautaki | Strategy and Policy Committee', 'Cyngor Cymuned Elmwood Community
    Council', 'Cruinniú Míosúil / Monthly Meeting': the body's name in one language, as gold gives
    it: of a title printed in two, the last part that ends like a body or names a meeting; a Welsh
    or Irish authority prefix dropped (models/patterns/meeting.json, other_language_prefixes)."""
    parts = _LANGUAGE_SPLIT_RE.split(phrase)
    if len(parts) > 1:
        phrase = next((part for part in reversed(parts) if _ends_in_body_noun(part) or _only_meeting_words(part)), phrase)
    phrase = _english_of_dashed_pair(phrase)
    return _vocab_re("other_language_prefixes", r"^(?:{})\s+(?=\S+\s+\S)").sub("", phrase)


_DASHED_PAIR_RE = re.compile(r"^(?P<first>[^–—]{3,60}?)[ \t]+[–—][ \t]+(?P<second>[^–—]{3,60})$")


def _english_of_dashed_pair(phrase: str) -> str:
    """'ASSEMBLÉE PAROISSIALE — PARISH ASSEMBLY', 'Te Poari ā-Hapori — Community Board': a title printed
    in two languages joined by a spaced dash; the part in English letters that ends like a body is the
    name, where the other part has letters beyond them and does not end like a body itself (so
    'Ōtaki Community Board — Annual Meeting' and 'Board of Trustees — Elm Library District' stay whole)."""
    m = _DASHED_PAIR_RE.match(phrase.strip())
    if not m:
        return phrase
    for english, other in ((m.group("second"), m.group("first")), (m.group("first"), m.group("second"))):
        if (
            english.isascii()
            and not other.isascii()
            and _ends_in_body_noun(english)
            and not _only_meeting_words(english)
            and not _ends_in_body_noun(other)
            and len(other.split()) <= 5
        ):
            return english
    return phrase


_NAME_CONNECTORS = {"and", "of", "the", "for", "in", "on", "upon", "under", "with", "de", "la", "le", "du", "des", "y", "&"}


def _cut_at_prose(phrase: str) -> str:
    """'Eketahuna Community Board following the election' -> 'Eketahuna Community Board'."""
    words = phrase.split()
    for i, word in enumerate(words):
        if i and word[:1].islower() and word.lower() not in _NAME_CONNECTORS and not word[:1].isdigit():
            return " ".join(words[:i])
    return phrase


_MEETING_KIND_RE = re.compile(r"^(?:work|study|executive|closed|joint)\s+session$", re.I)


# 'Mayor and Cabinet', 'Leader and Executive', 'Mayor in Cabinet': an executive named with the role that leads it is a body, not a person
_EXECUTIVE_WITH_ROLE_RE = re.compile(r"^(?:Mayor|Leader|Chief)\s+(?:and|&|in)\s+(?:Cabinet|Executive|Council)$", re.I)  # a US borough's 'Mayor and Council' too


_DECISION_MAKER_LINE_RE = re.compile(r"^\s*Decision[ \t]+(?:maker|taker|made[ \t]+by|taken[ \t]+by)\s*:\s*(?P<office>[^\n]{3,120}?)\s*$", re.I | re.M)


def _decision_maker_office(head: str) -> str | None:
    """'Decision maker: Councillor Ann Hale, Cabinet Member for Environment and Climate': a record
    of an individual member's decision, whose body is the office that decided (ANNOTATION.md: a
    decision notice takes its decision-maker), not the person who holds it nor 'Council'. Only on
    that label: elsewhere an office names a role, not a body."""
    m = _DECISION_MAKER_LINE_RE.search(head[:1500])
    office = squash(_DECISION_MAKER_NAME_RE.sub("", m.group("office"))) if m else None
    return office if office and _is_executive_office(office) else None


_CHARITY_LINES = 8  # the letterhead, 'acting as sole Trustee of', the charity's name, its number, the title
_ACTING_BY_RE = re.compile(r"\bacting[ \t]+by[ \t]+its[ \t]+(?P<body>(?-i:[A-Z])[\w&'’ -]{2,60}?(?:Committee|Board|Panel))\b")
_NAMED_TRUSTEES_RE = re.compile(r"\bmeeting[ \t]+of[ \t]+the[ \t]+(?P<body>(?-i:[A-Z])[\w&'’-]+(?:[ \t]+(?-i:[A-Z])[\w&'’-]+){0,3}[ \t]+Trustees)\b")
_CHARITY_NUMBER_RE = re.compile(r"[ \t]*\((?:Registered|Reg\.?)[ \t]+Charity[ \t]+No\.?[^)\n]{0,20}\)", re.I)
_AS_TRUSTEE_RE = re.compile(r"\bacting[ \t]+as[ \t]+(?:(?:the|sole|corporate)[ \t]+){0,3}trustees?(?:[ \t]+of)?[ \t]*(?:\n[ \t]*)?", re.I)


def council_as_trustee_body(head: str) -> str | None:
    """A town or borough council meeting as the sole trustee of a charity it holds ('KINGSBARROW TOWN COUNCIL
    acting as Sole Trustee of the KINGSBARROW RECREATION GROUND AND PAVILION TRUST (Registered Charity No.
    1045117)', a charity's letterhead over 'Pendlebrook Town Council acting as sole corporate Trustee'): the
    meeting is the charity's, so the body is the charity, named as it heads the paper; or the committee the
    council acts by ('acting by its Charity Trustees Committee'). Only in the opening lines, only a name that
    ends as a charity's does (models/patterns/meeting.json, charity_name_ends)."""
    lines = [line.strip() for line in head[:2000].split("\n") if line.strip()][:_CHARITY_LINES]
    opening = "\n".join(lines)
    if not _AS_TRUSTEE_RE.search(opening) and not re.search(r"\bacting[ \t]+by[ \t]+its\b", opening):
        return None
    acting_by = _ACTING_BY_RE.search(opening) or _NAMED_TRUSTEES_RE.search(opening)
    if acting_by:
        return acting_by.group("body")  # 'meeting of the Charity Trustees': the trustees as the minutes name them
    ends = _vocab_re("charity_name_ends", r"(?:{})$")
    after = _AS_TRUSTEE_RE.search(opening)
    candidates = [opening[after.end() :].split("\n", 1)[0]] if after else []
    candidates += [line[: m.start()] for line in lines for m in [_CHARITY_NUMBER_RE.search(line)] if m]
    for candidate in candidates:
        name = re.sub(r"^(?:the|THE)[ \t]+", "", _CHARITY_NUMBER_RE.sub("", candidate).strip(" ,.;:"))
        name = title_case(name) if name.isupper() else name
        if 2 <= len(name.split()) <= 12 and ends.search(name) and name[:1].isupper():
            return name
    return None


def _is_executive_office(body: str) -> bool:
    """'Cabinet Member for Environment and Climate', 'Portfolio Holder for Housing', 'Leader of the
    Council': an executive office that takes decisions alone (models/patterns/meeting.json, executive_offices)."""
    return bool(_vocab_re("executive_offices", r"^(?:{})(?:\s+for\s+(?-i:[A-Z])[\w,&'’ -]{{2,70}})?$").match(body)) and not _VERBISH_RE.search(body)


# the remit in brackets ('Licensing Sub-Committee (Taxis)'), or after a colon or a spaced dash ('Portfolio Committee: Community
# Services', 'Strategic Policy Committee – Climate Action, Transportation & Water Services')
_REMIT_RE = re.compile(r"^(?P<body>[^():]{3,80}?)(?:\s*\((?P<bracket>[^()]{3,60})\)|(?::|[ \t]+[–—])[ \t]+(?P<colon>[^():]{3,60}))$")


def _remit_after_body(phrase: str) -> bool:
    """'Licensing Sub-Committee (Hackney Carriage and Private Hire)', 'Portfolio Committee:
    Community Services': a body's name with the remit that tells it from its like bodies, in
    brackets after any body noun, or after a colon or a spaced dash where the committee is one of a set named so
    (models/patterns/meeting.json, colon_remit_bodies). The remit is words in capitals, no number."""
    m = _REMIT_RE.match(phrase.strip())
    if not m or not _ends_in_body_noun(m.group("body")):
        return False
    if m.group("colon") and not _vocab_re("colon_remit_bodies", r"(?:^|\s)(?:{})$").search(m.group("body")):
        return False
    words = (m.group("bracket") or m.group("colon")).replace(",", " ").split()
    return (
        len(words) <= 6
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w.lower() in _NAME_CONNECTORS for w in words)
        and not _vocab_re("meeting_qualifiers", r"^(?:{})$").match(words[0])
        and not re.search(r"\d", phrase)
        and not _VERBISH_RE.search(phrase)
    )


# numbers that are part of a body's name: an Act's year ('Licensing Act 2003 Sub-Committee'), a ward's number (a South
# African municipality's 'Ward 12 Ward Committee', one committee for each numbered ward)
_NUMBER_IN_NAME_RE = re.compile(r"(?<=\bAct )\d{4}\b|(?<=\bWard )\d{1,3}\b(?= Ward Committee$)", re.I)


def _acceptable_body(body: str) -> bool:
    """A name, not a sentence or an item title: few words, capitalised, no verbs, ends like a body."""
    if _remit_after_body(body):
        return _acceptable_body(_REMIT_RE.match(body.strip()).group("body").strip())
    words = body.split()
    if not 1 <= len(words) <= 9 or not body[:1].isupper() or _PROCEDURAL_BODY_RE.match(body) or _VERBISH_RE.search(body):
        return False
    if (
        re.search(r"\d|[:;•\\$£]", _NUMBER_IN_NAME_RE.sub("", body))
        or any(_ROLE_START_RE.match(part) for part in body.split(","))
        and not _EXECUTIVE_WITH_ROLE_RE.match(body)
        or any(_POST_AFTER_NAME_RE.match(part) for part in body.split(",")[1:])
    ):
        return False  # a number is not in a body's name, but an Act's year is ('Licensing Act 2003 Sub-Committee')
    if _vocab_re("joined_body_nouns", r"\b(?:{})s?\s+(?:and|&)\s+(?:the\s+)?[A-Z]").search(body):
        return False  # 'Planning Committee and the Licensing Committee': two bodies meeting jointly, not one name
    if _vocab_re("named_meetings", r"^(?:{})$").match(body):
        return True
    if _vocab_re("nameless_bodies", r"^(?:{})$").match(body):
        return False  # 'the Committee', 'the Panel': this meeting's body, but not its name
    return (
        _ends_in_body_noun(body)
        or _ends_in_area_body(body)
        or bool(
            _vocab_re(
                "body_nouns", r"^(?:[A-Z][\w'-]+\s+){{0,3}}(?:{})\s+of\s+(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+|[ \t]+[-–][ \t]+[A-Z][\w'-]+)?$", 0
            ).match(body)
        )
    )


def find_body(head: str, council: str | None, hint: str | None = None, fragment: bool = False, minutes: bool = True) -> str | None:
    """The meeting body: the first printed candidate that normalises to a name, else the collector's hint.

    A printed title that only says it was the council's own meeting ('Ordinary Meeting',
    'Cairngorms National Park Authority Minutes') yields to a body the collector names
    ('Board'). Failing a title, the body that acts in the text ('The Council gave
    consideration', 'That Cabinet notes'); a local council's minutes that name no body are the
    council's own meeting, unless they are a fragment of a committee system's pages (an agenda
    item, a decision), which could be any of its committees.
    """
    head = with_worded_dates(_relined(without_page_chrome(head)))  # 'Tuesday, the fourth day of March, 2025' under the body reads as a date line
    office = _decision_maker_office(head) or council_as_trustee_body(head) or _local_legislature(head)
    if office:
        return office
    hint_body = _hint_body(hint, council)
    below = _body_below_minutes_of_council(head, council) if not hint_body else None
    if below:
        return below  # 'MINUTES OF Elm District Council' / 'Katikati Community Board Meeting No. KKC23-5': the board that met
    if is_individual_decisions_register(head):
        return hint_body  # a register of many members' own decisions: no one body met, and the letterhead is not 'Council'
    board = board_that_met(head) if not hint_body else None
    opening = normalise_body(board, council) if board else None
    if opening and _board_noun_end(opening):
        return opening  # 'The Pine Township Board of Supervisors held their regular meeting': the board that met
    own_meeting = None
    candidates = _body_candidates(head, council, fragment)
    for index, (candidate, weak) in enumerate(candidates):
        body = normalise_body(candidate, council)
        if not body:
            continue
        body = _fuller_name(body, candidates[index + 1 :], council)
        if weak and hint_body:
            return hint_body  # the collector's body beats a heading line that may be an item's title
        if weak and fragment and is_full_meeting(body, council):
            continue  # an agenda item's page under the council's letterhead: any of its committees
        bare = strip_meeting_words(candidate)
        if not bare or _only_meeting_words(bare) or body == "Council" and not _mentions_council(candidate):  # 'MINUTES – 5 March 2025': no body named
            if body != "Council" or _meets_as_council(head, council):
                own_meeting = own_meeting or body  # 'Ordinary Meeting': the council's own, unless a body is named too
            continue
        if hint_body and (body in {council, "Council"} or _names_more_fully(hint_body, body)):
            return hint_body  # 'Commission' printed, 'City Commission' named by the collector
        headed = _authority_as_headed(body, head, council) if body == council else _full_meeting_as_headed(body, head)
        if headed != body and hint_body and _name_key(hint_body) == _name_key(body):
            return hint_body  # 'BOROUGH COUNCIL MEETING MINUTES' and the collector's 'Borough Council': the council names its meeting so
        if not hint_body and is_full_meeting(headed, council):
            return _committee_of_minutes_title(head, council) or headed  # the letterhead's council yields to the title's committee
        return headed
    acting_body = _acting_body(head, council, fragment)
    local_own = council if council and not fragment and _vocab_re("local_council").search(council) else None
    if council and not fragment and council.endswith(" " + school_board_name()):
        local_own = school_board_name()  # 'Pequanset Township Board of Education': the authority is one board, and its papers are its meetings
    if hint and not hint_body and own_meeting == "Council" and not _mentions_council(hint):
        own_meeting = None  # a bare 'Minutes' title where the collector names something else ('Cabinet Member decision'): not the full Council
    own_meeting = _municipal_council_as_lettered(own_meeting, head, council)
    return (
        hint_body
        or own_meeting
        or acting_body
        or local_own
        or _titled_name_over_date(head)
        or (_called_to_order_body(head, council) if minutes and not fragment else None)
        or (_members_present_body(head, council) if minutes and not fragment else None)
        or (_meeting_of_named_body(head, council) if minutes and not fragment else None)
        or (_board_meeting_title(head) if minutes and not fragment else None)
        or (principal_council_meeting(head, council) if minutes and not (fragment or hint) else None)  # a report or an agenda names where it goes
        or _cabinet_that_met(head)
        or (_council_that_met(head, council) if not fragment else None)
        or (deciding_body(head) if minutes and not fragment else None)  # no title: 'Council has decided to send ...'
    )


# the title line of a committee's minutes under its council's letterhead: 'Minutes of a Meeting of the Rural Halls Subcommittee
# held on' (a New Zealand district council's pages, the letterhead and address lines above), the committee's name printed on a
# line of its own above it as well
_MINUTES_TITLE_COMMITTEE_RE = re.compile(
    r"^[ \t]*(?i:minutes)[ \t]+(?i:of)[ \t]+(?i:an?|the)[ \t]+(?:[\w-]+[ \t]+)?(?i:meeting)[ \t]+(?i:of)[ \t]+(?:(?i:the)[ \t]+)?"
    r"(?P<name>[A-Z][^\n]{2,80}?)[ \t]+(?i:held)\b",
    re.M,
)
_MINUTES_TITLE_REACH = 1200  # the letterhead, its address lines and the title


def _committee_of_minutes_title(head: str, council: str | None) -> str | None:
    """The committee a 'Minutes of a Meeting of the <committee> held on' title names below a letterhead that names only the
    council ('Hastings District Council' / address lines / 'Rural Halls Subcommittee' / 'Minutes of a Meeting of the Rural
    Halls Subcommittee held on'): that committee met, not the full council. Only where the committee's name also stands on a
    line of its own above the title: a council's own minutes may open on an item receiving a committee's minutes
    ('Minutes of the Meeting of the Audit and Risk Committee held on 12 April 2021' / 'RESOLVED: That the minutes be received.')."""
    m = _MINUTES_TITLE_COMMITTEE_RE.search(head, 0, _MINUTES_TITLE_REACH)
    if m is None or _REPORTED_AFTER_RE.match(head, m.end()):
        return None
    name = squash(m.group("name"))
    if not any(squash(line).lower() == name.lower() for line in head[: m.start()].split("\n")):
        return None
    body = normalise_body(name, council)
    return body if body and not is_full_meeting(body, council) and _ends_in_body_noun(body) else None


def _local_legislature(head: str) -> str | None:
    """'Sangguniang Bayan' where the opening names a local legislature in its own language (models/patterns/meeting.json,
    local_legislature): that is the body that sat, whatever English words ('Council', 'Councilor') surround it."""
    m = _vocab_re("local_legislature", flags=0).search(head, 0, _LEGISLATURE_OPENING)
    if m is None or _COMMITTEE_ON_RE.search(head, 0, _LEGISLATURE_OPENING):
        return None  # 'Committee on Appropriations of the Sangguniang Panlalawigan': the committee sat, the other readings name it
    return title_case(squash(m.group(0)))


_LEGISLATURE_OPENING = 500  # the letterhead and title lines
_COMMITTEE_ON_RE = re.compile(r"\b(?:Committee|COMMITTEE)[ \t]+(?:on|ON)\b")


def _council_that_met(head: str, council: str | None) -> str | None:
    """The council's own meeting where a news page, digest or report opens on a council's meeting as what sat
    (models/patterns/meeting.json, council_that_met): 'Council', or a local council's own name (normalise_body)."""
    for m in _vocab_re("council_that_met", flags=re.M).finditer(head, 0, _CABINET_OPENING):
        if not _MINUTES_OF_BEFORE_RE.search(head, max(0, m.start() - 24), m.start()):
            return normalise_body("Council", council)
    return None  # 'To receive the minutes of the meeting of County Council held on 26 January': an earlier meeting's


_MINUTES_OF_BEFORE_RE = re.compile(r"\b(?:minutes|notes)[ \t]+of[ \t]+(?:the[ \t]+)?$", re.I)


def _cabinet_that_met(head: str) -> str | None:
    """'Cabinet' where a national cabinet's brief or a report of its meeting opens on it as what met or decided
    (models/patterns/meeting.json, cabinet_that_met): the last reading, after every title and letterhead."""
    return "Cabinet" if _vocab_re("cabinet_that_met", flags=re.M).search(head, 0, _CABINET_OPENING) else None


_CABINET_OPENING = 800  # the title and the opening sentences, where a brief names the cabinet that met


_MEETING_AFTER_BODY_RE = re.compile(r"[ \t]+(?i:meeting)\b.*$")
_TITLE_LINES_READ = 4  # the title block's first lines, where 'MINUTES OF <council>' stands over the body's line


def _body_below_minutes_of_council(head: str, council: str | None) -> str | None:
    """The body on the line under a title that names only the council ('MINUTES OF Western Bay of Plenty District Council' /
    'Katikati Community Board Meeting No. KKC23-5', a New Zealand district council's community board): the title is whose
    minutes they are, the line below which of its bodies met."""
    if not council:
        return None
    lines = [line.strip() for line in head[:800].split("\n") if line.strip()][:_TITLE_LINES_READ]
    for index, line in enumerate(lines[:-1]):
        if re.fullmatch(rf"\W*(?i:minutes[ \t]+of)[ \t]+(?:(?i:the)[ \t]+)?{re.escape(council)}[ \t]*", line, re.I):
            body = normalise_body(_MEETING_AFTER_BODY_RE.sub("", lines[index + 1]), council)
            return body if body and _ends_in_body_noun(body) and not is_full_meeting(body, council) else None
    return None


# the opening sentence naming the meeting its chair called to order: 'President Richard Greenhill called the Regular Board
# Meeting of the Woodrow-Osceola Water Supply Corporation to order at 6:30 p.m.', 'The Chair called the regular meeting of
# the Parks Commission to order' (US boards and commissions whose page prints no title)
_CALLED_TO_ORDER_RE = re.compile(
    r"\bcalled[ \t]+the[ \t]+(?P<meeting>(?:[A-Za-z][\w'’-]*[ \t]+){0,4}?(?:[Mm]eeting|MEETING)(?:[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"(?:[A-Z][\w'’&-]*[ \t]+){0,5}?(?:" + vocabulary()["body_nouns"] + r"))?)(?:[ \t]+of[ \t]+[^\n]{0,80}?)?[ \t]+to[ \t]+order\b"
)


def _called_to_order_body(head: str, council: str | None) -> str | None:
    """The body of the meeting called to order in the opening lines, when nothing else named it ('called the Regular Board
    Meeting of the Woodrow-Osceola Water Supply Corporation to order' -> 'Board'); 'called the meeting to order' names none."""
    m = _CALLED_TO_ORDER_RE.search(head, 0, 1500)
    if m is None:
        return None
    bare = strip_meeting_words(m.group("meeting"))
    if bare and not _only_meeting_words(bare):
        return normalise_body(m.group("meeting"), council)
    # 'Regular Board Meeting' (the title rules read 'Board' there as a short word, _board_meeting_title); 'called the
    # regular meeting to order' names no body, nor the council's own meeting
    return "Board" if re.search(_BOARD_MEETING, m.group("meeting")) else None


# a title that names only a board's meeting ('BOARD MEETING MINUTES', 'Regular Board Meeting, July 2, 2008', 'September 17th,
# 2015 Board Meeting Minutes'): the title rules read 'Board' there as a short word before the kind of meeting, as they read
# 'KCC' or 'Zoom', so the board is the body only when nothing else on the page names one
_BOARD_MEETING = r"\b(?i:board)[ \t]+(?i:meeting)\b"
_BOARD_MEETING_TITLE_RE = re.compile(r"^[^\n.]{0,40}?" + _BOARD_MEETING + r"[^\n.]{0,40}$")


def _board_meeting_title(head: str) -> str | None:
    """'Board' for a page whose first lines title it a board's meeting and name no other body; a sentence that mentions a
    board meeting ('The next Board meeting will be on 5 May.') is no title."""
    return "Board" if any(_BOARD_MEETING_TITLE_RE.match(line.strip()) for line in head.split("\n", 6)[:6]) else None


# the roll call's sentence naming the body whose members answered: 'Selectboard Members present were ...', 'Supervisors
# present were'
_MEMBERS_PRESENT_RE = re.compile(
    r"(?:^|[.:;]\s+)(?P<body>Selectboard|Select Board|Town Board|Township Board|Village Board|Supervisors|Commissioners|Trustees|Selectmen|Aldermen)"
    r"[ \t]+(?:[Mm]embers[ \t]+)?(?:present|in attendance)[ \t]+were\b",  # a sentence: 'Commissioners present:' lists people, names no body
    re.M,
)


def _members_present_body(head: str, council: str | None) -> str | None:
    """The body whose members the roll call names, when nothing else named it: 'Selectboard Members present were Tristan
    Roberts, ...' -> 'Selectboard'; 'Supervisors present were ...' -> 'Board of Supervisors'."""
    m = _MEMBERS_PRESENT_RE.search(head, 0, 1500)
    return normalise_body(m.group("body"), council) if m else None


# the opening's title or lead naming the body whose meeting this is, where no title or sentence named the body another way:
# 'Meeting of the Lincoln County Board of Commissioners.' on a line of its own, 'MEETING OF THE WYOCENA PUBLIC LIBRARY BOARD OF
# TRUSTEES Wyocena Community Center ...' (a flattened page), a report's 'At a special meeting held by the Airport Board October
# 3, 1991', a chair's 'welcomed all to the meeting of the Community Council'. The title opens its line ('Regular Meeting of
# ...', 'Minutes of the Special Meeting of ...', 'Summary Minute of Meeting of the ...'), so an apology's
# '(attending a meeting of the Police Liaison Committee)' or 'Cllr Hale reported on the meeting of ...' is no title; every
# word of the name capitalised, the last a body's noun (meeting.json body_nouns and board_member_plurals)
_NOT_BODY_END_NOUNS = frozenset({"Meeting", "Session", "Workshop", "Planning", "Scrutiny", "Conference", "Party"})


@lru_cache(maxsize=1)
def _meeting_of_named_body_re() -> re.Pattern:
    """The title or lead of `_meeting_of_named_body`, its name's last word from the vocabulary's body nouns."""
    nouns = [n for n in f"{vocabulary()['body_nouns']}|{vocabulary()['board_member_plurals']}".split("|") if n not in _NOT_BODY_END_NOUNS]
    return re.compile(
        r"(?:^[ \t]*(?:[A-Za-z-]+[ \t]+)?(?:(?i:minutes?)[ \t]+(?i:of)[ \t]+)?(?:(?i:the|an?)[ \t]+)?(?:[A-Za-z-]+[ \t]+){0,2}?(?i:meeting|session)[ \t]+(?i:of)"
        # the chair welcoming all to this meeting: 'Chair welcomed all to the meeting of the Community Council.'
        r"|\bwelcomed[ \t]+(?:[\w'’-]+[ \t]+){0,4}?to[ \t]+the[ \t]+(?:[a-z]+[ \t]+)?(?i:meeting)[ \t]+(?i:of)"
        r"|At[ \t]+an?[ \t]+(?:[a-z-]+[ \t]+){0,2}?meeting[ \t]+held[ \t]+by)"  # 'Special MeetingAt a special meeting held by': glued
        r"[ \t]+(?i:the)[ \t]+(?P<name>(?:(?:[A-Z][\w'’&-]*|&|of|OF|and|AND)[ \t]+){0,7}(?:"
        + "|".join(f"{noun}|{noun.upper()}" for noun in nouns)
        + r"))(?![\w'’-])",
        re.M,
    )


_MEETING_OF_OPENING = 600  # the title and the first sentence
# what makes such a line no title: a joint meeting ('Joint Meeting of the ...', '... Board of Supervisors and the Elm Borough
# Council'), an earlier meeting's minutes reported ('... held on 4 May were approved.', the line may wrap before the verb),
# or a line that goes on from the one above ('1. To receive the minutes of the' / 'meeting of the Planning Committee ...')
_JOINT_PREFIX_RE = re.compile(r"\b(?i:joint)\b")
_SECOND_BODY_AFTER_RE = re.compile(r"[ \t]+(?:and|AND|&)[ \t]+(?:(?:the|THE)[ \t]+)?[A-Z]")
_REPORTED_AFTER_RE = re.compile(
    r"[^\n]{0,120}?\n?[^\n]{0,60}?\b(?:were|was|be|is|are)[ \t]+(?:[a-z]+[ \t]+)?(?:received|approved|adopted|confirmed|noted|signed|reviewed|read)\b",
    re.I,
)
_LINE_GOES_ON_RE = re.compile(r"\b(?:of|the|a|an|to|and|at|on|for|in|by|with)[ \t]*\n[ \t]*$", re.I)


def _meeting_of_named_body(head: str, council: str | None) -> str | None:
    """The body the opening's title or lead names as the one meeting ('Meeting of the Lincoln County Board of Commissioners.'
    -> 'Board of Commissioners'), when no other reading named one; not a joint meeting of two bodies, an earlier meeting
    whose minutes the line reports as received or approved, another meeting ('The next meeting of the Finance Committee
    will be ...'), nor a line that goes on from the one above."""
    for m in _meeting_of_named_body_re().finditer(head, 0, _MEETING_OF_OPENING):
        line_start = head.rfind("\n", 0, m.start()) + 1
        if (
            _JOINT_PREFIX_RE.search(head, line_start, m.start("name"))
            or any(_OTHER_MEETING_RE.match(word) for word in head[line_start : m.start("name")].split())  # 'The next meeting of ...'
            or _SECOND_BODY_AFTER_RE.match(head, m.end())
            or _REPORTED_AFTER_RE.match(head, m.end())
            or _LINE_GOES_ON_RE.search(head, max(0, line_start - 40), line_start)
        ):
            continue
        body = normalise_body(m.group("name"), council)
        if body:
            return body
    return None


def principal_council_meeting(head: str, council: str | None) -> str | None:
    """'Council' for minutes that name no body but open on a principal council's full meeting: its mayor, provost,
    convener or chief executive present, or its chamber ('Minute of Meeting held in the Council Chamber, Council Offices,
    Stornoway'), with no word of a parish, town or community council (whose own meeting is its name, ANNOTATION.md) and no
    other body's noun in the opening lines (models/patterns/meeting.json full_council_presence)."""
    if council and _vocab_re("local_council").search(council):
        return None
    opening = head[:1500]
    if not _vocab_re("full_council_presence", r"\b(?:{})\b").search(opening) or _vocab_re("local_council_presence", r"\b(?:{})\b").search(opening):
        return None
    return None if _vocab_re("other_body_words", r"\b(?:{})\b", 0).search(head[:400]) else "Council"


def _board_noun_end(body: str) -> bool:
    """A board's name: 'Board of Supervisors', 'Town Board', 'Board of Commissioners' (not 'Board' alone, which names no board)."""
    return body != "Board" and bool(re.search(r"\bBoard\b", body))


def _municipal_council_as_lettered(own_meeting: str | None, head: str, council: str | None) -> str | None:
    """'JUNIPER WELLS CITY COUNCIL' over 'REGULAR SESSION MINUTES': a North American city's (town's,
    village's) council is one of its bodies, and a title that names only the kind of sitting is that
    body's meeting as the letterhead names it, 'City Council', not the bare 'Council' a principal
    council's full meeting takes. Only where the authority is 'City of Juniper Wells' and the
    letterhead, one of the first lines, is the same place's '<kind> Council'."""
    kind = re.match(r"^(City|Town|Village) of (.+)$", council or "")
    if own_meeting != "Council" or not kind:
        return own_meeting
    letterhead = re.compile(rf"^[ \t]*{re.escape(kind.group(2))}[ \t]+{kind.group(1)}[ \t]+Council[ \t]*$", re.I)
    lines = [line for line in head.split("\n") if line.strip()][:3]
    return f"{kind.group(1)} Council" if any(letterhead.match(line) for line in lines) else own_meeting


# 'Register of Individual Cabinet Member Decisions – November 2025': decisions each taken by one office holder, listed together
_INDIVIDUAL_DECISIONS_RE = re.compile(
    r"^[ \t]*(?:register|schedule|record|list|log)[ \t]+of[ \t]+individual[ \t]+(?:(?:cabinet|executive|portfolio|lead)[ \t]+)?(?:(?:members?|holders?|councillors?)[ \t]+)?decisions\b",
    re.I | re.M,
)


def is_individual_decisions_register(head: str) -> bool:
    """A register of many members' own decisions ('Register of Individual Cabinet Member Decisions –
    November 2025'), in its opening lines: each decision has its own maker and date, and no one body met
    on one day, so the paper names neither a meeting body nor a meeting date."""
    return bool(_INDIVIDUAL_DECISIONS_RE.search(head[:400]))


_FLAT_LINE = 400  # a first line this long is a page whose line breaks were lost
_TITLE_BREAK_RE = re.compile(  # where a front page's lines break: before its title words and its date
    rf"[ \t]+(?=(?:MINUTES|Minutes|AGENDA|Agenda|PRESENT|Present|ATTENDANCE|Attendance)\b)"
    rf"|(?<![Dd][Aa][Yy],)(?<![Dd][Aa][Yy])[ \t]+(?=(?i:(?:{_WEEKDAY},?[ \t]+)?(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?{_MONTH_RE}\b|{_MONTH_RE}[ \t]+\d{{1,2}}\b)))"
)


def _relined(head: str) -> str:
    """A front page flattened into one long line ('12-5-22 Commission Workshop Adopted Minutes ...
    MINUTES Commission Workshop Meeting Monday, December 5, 2022 - 6:00 PM ...', as a PDF's text
    layer or a document site gives it) broken again before its title words and its date, so its
    title and heading lines read as the printed page's do; a page with its line breaks is left alone."""
    first = next((line for line in head.split("\n") if line.strip()), "")
    if len(first) < _FLAT_LINE:
        return head
    start = head.index(first)
    return head[:start] + _TITLE_BREAK_RE.sub("\n", first[:800]) + first[800:] + head[start + len(first) :]


def _titled_name_over_date(head: str) -> str | None:
    """'Amenities, Leisure and Community Services Minutes | Tuesday 13th March 2018' over the same
    name on a line of its own above the date: the paper names its body twice, as a committee
    names itself, even where the name ends in no body noun."""
    lines = [squash(ln) for ln in head.split("\n")[:12] if ln.strip()]
    for line, following in zip(lines[1:6], lines[2:7]):
        if not (3 <= len(line) <= 90 and _DATE_LINE_RE.match(following)):
            continue
        title = re.match(rf"^{re.escape(line)}\s+(?:Minutes|Agenda)\b", lines[0])
        words = line.replace(",", " ").split()
        if title and all(w[:1].isupper() or w.lower() in _NAME_CONNECTORS for w in words) and not _VERBISH_RE.search(line):
            return line
    return None


def _full_meeting_as_headed(body: str, head: str) -> str:
    """A principal council's full meeting is 'Council' ('Minutes of the Meeting of the District
    Council'), unless the papers head it with that name on a line of its own, as a committee
    system names the meeting ('COUNTY COUNCIL' over 'MINUTES of a meeting of the County Council')."""
    if not _vocab_re("heading_only_full_meeting", r"^(?:{})$").match(body):
        return body
    heading = re.compile(  # 'COUNTY COUNCIL', 'County Council - 13 March 2025', a front page's field 'Meeting:   County Council (Budget Meeting)'
        rf"^\W{{0,3}}(?:meeting[ \t]*:[ \t]*)?{re.escape(body)}\s*(?:$|[-–—|]\s*\S|\((?:[\w-]+[ \t]+)?meeting\)$)", re.I
    )
    return body if any(heading.match(squash(line)) for line in head.split("\n")[:10]) else "Council"


def _authority_as_headed(body: str, head: str, council: str) -> str:
    """'National Park Authority' on a line of its own over the date, the meeting of the Brecon Beacons
    National Park Authority: an authority that is no council (a national park, fire or combined
    authority) heading its own meeting with its kind's name is that meeting's body as printed, as a
    principal council's 'County Council' heading is (_full_meeting_as_headed); a parish or town
    council's own meeting keeps its name (ANNOTATION.md)."""
    words = council.split()
    if words[-1] != "Authority":
        return body
    lines = {squash(line).strip(_CELL_TRIM).lower() for line in head.split("\n")[:10]}
    kinds = (" ".join(words[-count:]) for count in range(len(words) - 1, 1, -1))  # 'Beacons National Park Authority', ..., 'Park Authority'
    return next((kind for kind in kinds if kind.lower() in lines), body)


def _acting_body(head: str, council: str | None, fragment: bool) -> str | None:
    """The body acting in the text ('The Council gave consideration', 'RESOLVED that Cabinet
    approve'), or on a meeting's whole page the body whose previous minutes it approves; an
    agenda item's page may approve another body's minutes, so not there."""
    regexes = [_vocab_re("acting_body", flags=re.M | re.I)] + ([] if fragment else [_vocab_re("own_previous_minutes", flags=re.M | re.I)])
    for regex in regexes:
        m = regex.search(head[:3000])
        body = normalise_body(next(g for g in m.groups() if g), council) if m else None
        if body:
            return body
    return None


def is_fragment_page(text: str, url: str | None) -> bool:
    """A ModernGov-style page about one item or decision, not a meeting's whole record."""
    opening = without_page_chrome(text[:3000])[:200]  # 'Skip to content', a breadcrumb above 'Agenda item'
    return bool(_vocab_re("fragment_pages", flags=re.I | re.M).search((url or "").lower() + "\n" + opening.lower()))


_HINT_PAPER_WORDS_RE = re.compile(r"(?:[ \t]{1,3}(?:agenda|and|minutes|draft|hearings?|meetings?|papers|record|\d{4})){1,6}$", re.I)


def _hint_body(hint: str | None, council: str | None) -> str | None:
    """The collector's body, when it reads as one ('Cabinet', 'Town Board', 'Annual Meeting',
    'Board of Education', 'Committee of the Whole'), once the words saying what kind of paper or
    sitting it was are off its end ('Licensing Committee hearing', 'Planning Committee agenda and
    minutes', 'Cabinet meeting 2025', 'Development Management Committee, 4 March 2025')."""
    if hint:
        hint = _without_trailing_date(re.sub(r",[^,]*\d[^,]*$", "", squash(hint)))  # ', 4 March 2025', not 'Adults, Health and Care
        trimmed = strip_meeting_words(_HINT_PAPER_WORDS_RE.sub("", hint))
        if trimmed != hint and (_ends_in_body_noun(trimmed) or _ends_in_area_body(trimmed)) and not _vocab_re("named_meetings", r"^(?:{})$").match(hint):
            hint = trimmed
    if not hint or not (
        _ends_in_body_noun(hint)
        or _ends_in_area_body(hint)
        or _only_meeting_words(hint)
        or _vocab_re("named_meetings", r"^(?:{})$").match(hint)
        or _acceptable_body(squash(hint))
    ):
        return None
    return normalise_body(hint, council)


_COUNCIL_AS_BODY_RE = re.compile(
    r"\b(?:the|of|City|Town|Village|Township|Municipal|County|Regional|Shire|District|Borough)[ \t]+Council\b(?![ \t]+(?:Chambers?|Room|Offices?)\b)"
    r"|\bCouncil[ \t]+(?:Meeting|Minutes|Session)\b|\bCouncil(?:lor|member|man|woman|or)s?\b|\bCllrs?\b|\bCr[ \t]",
    re.I,
)


def _meets_as_council(head: str, council: str | None) -> bool:
    """'Regular Meeting' or 'November' titles the authority's own meeting, which is 'Council'
    where the authority's members are a council: its name says so ('Arun District Council') or
    its papers do ('Members of Council', 'Councillor Smith', 'Cr Jones'); a US village or town
    whose own meeting is that of its Board of Trustees or Selectmen gets no body rather than a
    wrong one."""
    return bool(council and _mentions_council(council)) or bool(_COUNCIL_AS_BODY_RE.search(head))


_BARE_BODY_NOUNS = {"Board", "Commission", "Committee", "Panel"}


def _fuller_name(body: str, later: list[tuple[str, bool]], council: str | None) -> str:
    """'Board of Education' for a page title's bare 'Board' ('Board Minutes 10-14-2025 | ...') when
    a heading below names the same body in full: a bare noun is a short form, not another body;
    so are a body's initials (_spelt_out)."""
    if body not in _BARE_BODY_NOUNS:
        return _dashed_place_added(body, later, council) or _spelt_out(body, later, council)
    for candidate, _ in later:
        fuller = normalise_body(candidate, council)
        if fuller and fuller != body and fuller.split()[0] == body and _acceptable_body(fuller):
            return fuller
    return body


_DASHED_PLACE_RE = re.compile(r"[ \t]+[-–][ \t]+(?-i:[A-Z])[\w'’-]+$")


def _dashed_place_added(body: str, later: list[tuple[str, bool]], council: str | None) -> str | None:
    """'Municipal District of Inchmore - Rathcoole' for a title's 'MUNICIPAL DISTRICT OF INCHMORE - RATHCOOLE' cut
    at its dash: an Irish municipal district is often named after two towns joined by a dash, which the title rules
    read as the break before a date or the paper's name. Only a heading below that is the same name and one more
    capitalised word after a spaced dash."""
    for candidate, _ in later:
        fuller = normalise_body(candidate, council)
        if fuller and fuller.lower().startswith(body.lower()) and _DASHED_PLACE_RE.fullmatch(fuller[len(body) :]):
            return fuller
    return None


_INITIALISM_RE = re.compile(
    r"^(?P<initials>[A-Z](?:&?[A-Z]){1,5})[ \t]+(?P<rest>(?-i:[A-Z])[\w-]+(?:[ \t]+[\w-]+){0,2})$"
)  # 'F&GP Committee', 'HR Sub-Committee'


def _spelt_out(body: str, later: list[tuple[str, bool]], council: str | None) -> str:
    """'Finance and General Purposes Committee' for a running header's 'F&GP Committee' when the
    title below spells the same body out: the initials of its capitalised words, then the same
    body noun. An initialism is the clerk's shorthand, not another body."""
    m = _INITIALISM_RE.match(body)
    if not m:
        return body
    initials = m.group("initials").replace("&", "")
    for candidate, _ in later:
        fuller = normalise_body(candidate, council)
        if not fuller or not fuller.endswith(" " + m.group("rest")):
            continue
        words = [w for w in fuller[: -len(m.group("rest"))].split() if w.lower() not in _NAME_CONNECTORS]
        if "".join(w[0] for w in words) == initials:
            return fuller
    return body


def _names_more_fully(fuller: str, bare: str) -> bool:
    """'City Commission' for a printed 'Commission', 'Village Board' for 'Board': the same body, one word printed."""
    return " " not in bare and fuller.lower().endswith(" " + bare.lower())


def _mentions_council(phrase: str) -> bool:
    """'meeting of the Council', not 'meeting held in Council Chamber': a venue named after the council is not its meeting."""
    return bool(re.search(r"\bcouncil\b(?![ \t]+(?:chambers?|offices?|buildings?|hall|house|room|headquarters)\b)", phrase, re.I))


def moderngov_meeting(text: str) -> tuple[date | None, str | None] | None:
    """(date, body) of a ModernGov 'Meeting: 11/01/2007 - Cabinet (Item 4)' or 'Decided at meeting:'
    line; of several (an issue's history), the first whose body reads as one ('Weekly Bulletin' does not)."""
    opening = text[:8000]
    lines = list(_vocab_re("moderngov_meeting_line", flags=re.I | re.M).finditer(opening))
    lines += _vocab_re("moderngov_item_meeting_line", flags=re.I | re.M).finditer(opening)  # 'Meeting of Cabinet, Tuesday 3 March 2020 7.00 pm (Item 45.)'
    for m in lines:
        if _acceptable_body(squash(m.group("body"))) or normalise_body(m.group("body"), None):
            return parse_date(m.group("date")), squash(m.group("body"))
    return (parse_date(lines[0].group("date")), None) if lines else None


def deciding_body(text: str) -> str | None:
    """'Council', 'Board' or 'Commission' where a page names its body only in its running text ('Council has decided to
    send ...', 'Kris Lozinsky addressed Council to ...', 'Board Meeting called to order by ...': a news report or a small
    board's minutes with no title); the noun named so most often (meeting.json deciding_body), in title case. The last
    resort of find_body, for minutes and accounts of a meeting, not an item's page."""
    counts: dict[str, int] = {}
    for m in _vocab_re("deciding_body", "{}", 0).finditer(text):
        noun = m.group(m.lastindex).capitalize()  # each alternative names its noun in its own group
        counts[noun] = counts.get(noun, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None
