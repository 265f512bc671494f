"""Structure: what a clerk sees first - what the document is, which meeting, who was
there, and where each agenda item starts and ends.

Everything here is layout and wording rules over the normalised text; no model is
needed, so it runs at the speed of a regular expression.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from .page_break import page_break_header
from .meeting import (  # noqa: F401  (DATE_RE, parse_date, _MONTHS: used by extraction)
    _MONTHS,
    DATE_RE,
    authority_before_board,
    authority_named_as_body,
    classify_document,
    council_named_in_report,
    find_body,
    find_council,
    find_date_in_name,
    find_meeting_date,
    is_fragment_page,
    parse_date,
    parse_date_match,
)
from .readers import Document
from .text_utils import Line, split_lines, squash
from .vocabulary import decision_verbs, person_titles


@dataclass
class PersonMention:
    name: str
    role: str | None
    attendance: str
    start: int
    end: int
    virtual: bool = False


@dataclass
class ItemSpan:
    number: str | None
    title: str | None
    start: int
    end: int


@dataclass
class Structure:
    doc_type: str = "other"
    council: str | None = None
    body: str | None = None
    meeting_date: date | None = None
    venue: str | None = None
    title: str | None = None
    people: list[PersonMention] = field(default_factory=list)
    items: list[ItemSpan] = field(default_factory=list)
    details: dict[str, str] = field(default_factory=dict)


def analyse(document: Document) -> Structure:
    """Find type, meeting, attendance and agenda items of a read document."""
    text = document.text
    head = text[:3000]
    structure = Structure()
    titled = _with_title(document)
    structure.doc_type = classify_document(text, document.path, document.metadata.get("url"), document.title)
    header = page_break_header(titled)
    titled = f"{header}\n\n{titled}" if header else titled  # an excerpt with no front page: its running header is its title
    titled = rejoined_authority_names(unglued_title_words(titled))
    structure.council, body_hint = find_council(document.metadata, titled, structure.doc_type)
    fragment = is_fragment_page(document.text, document.metadata.get("url"))
    structure.body = find_body(
        titled[:3000], structure.council, body_hint, fragment, minutes=structure.doc_type in ("minutes", "other")
    )  # not a report, agenda or notice
    structure.council = structure.council or authority_named_as_body(structure.body)
    if structure.council is None:  # 'Minnehaha Conservation District Supervisors': the authority, then its board
        structure.council, structure.body = authority_before_board(structure.body) or (None, structure.body)
    elif (pair := authority_before_board(structure.body)) and pair[0].lower() == structure.council.lower():
        structure.body = pair[1]  # 'Elm Transport Partnership Board' of the Elm Transport Partnership: its board
    elif pair and pair[1].startswith("Board of") and structure.council.lower() == (structure.body or "").lower():
        structure.council, structure.body = pair  # 'POTTER COUNTY COMMISSIONERS' read as both: the county, and its board of commissioners
    if structure.council is None and structure.doc_type == "other":  # 'The Hurunui District Council has always opted ...'
        structure.council = council_named_in_report(head)
    # the collector's line keeps its locator ('(Oregon)'), which says in what order '12/03/2024' is written, as money reads it
    country_cue = document.metadata.get("council") or structure.council
    structure.meeting_date = find_meeting_date(titled, document.metadata.get("url"), country_cue, structure.doc_type) or find_date_in_name(document.path)
    structure.venue = find_venue(head)
    structure.title = find_title(document, structure)
    structure.people = find_attendance(text)
    structure.items = find_agenda_items(document)
    if structure.doc_type in {"report", "decision_notice"}:
        structure.details = find_report_details(text)
    if document.metadata.get("url"):
        structure.details["url"] = document.metadata["url"]
    return structure


@lru_cache(maxsize=1)
def _name_broken_before_council_re() -> re.Pattern[str]:
    """models/patterns/meeting.json name_broken_before_council, compiled once."""
    return re.compile(pattern_rules("meeting.json")["name_broken_before_council"])


def rejoined_authority_names(text: str) -> str:
    """The opening of `text` with a capitals title's authority name put back on one line where the page wrapped it
    before 'COUNCIL' ('... MEETING OF THE MASTERTON DISTRICT' / 'COUNCIL HELD IN ...') or after its kind's 'OF' ('... OF
    THE COUNCIL OF THE SUMMER VILLAGE OF' / 'GHOST LAKE HELD ON ...'; models/patterns/meeting.json,
    name_broken_before_council): the line break becomes a space, so every offset stays where it was."""
    head = text[:_REJOIN_REACH]
    joined = _name_broken_before_council_re().sub(lambda m: m.group(0).replace("\n", " "), head)
    return text if joined == head else joined + text[_REJOIN_REACH:]


_REJOIN_REACH = 3000  # the front page the council and body are read from


@lru_cache(maxsize=1)
def _glued_title_word_re() -> re.Pattern[str]:
    """models/patterns/meeting.json glued_title_word, compiled once (case-sensitive)."""
    return re.compile(pattern_rules("meeting.json")["glued_title_word"])


def unglued_title_words(text: str) -> str:
    """The front page with a space put back between title words a PDF's text layer ran together ('Kirkliston Community
    CouncilMinutes', 'AUTHORITYMEETING'; meeting.json glued_title_word). Offsets after the front page move by the
    spaces added: the text is read for the meeting's council, body and date only, never for a record's place."""
    head = text[:_REJOIN_REACH]
    spaced = _glued_title_word_re().sub(" ", head)
    return text if spaced == head else spaced + text[_REJOIN_REACH:]


def _with_title(document: Document) -> str:
    """The text under its title (a Markdown front matter's, an HTML page's or a saved page's
    'TITLE:'), which often names the council, body and date that the text itself leaves out.
    Not a PDF's or Word file's stored title: that is often a file name ('Minutes')."""
    title = document.metadata.get("title") or (document.title if document.format in {"md", "html"} else None)
    return f"{squash(title)}\n\n{document.text}" if title and squash(title) not in document.text[:500] else document.text


# --- venue and title ----------------------------------------------------------------

_VENUE_RE = re.compile(r"\bheld (?:in|at) (?:the )?(?P<venue>[A-Z][^.\n]*(?:\n[^.\n]*)?)\s+on\b")


def find_venue(head: str) -> str | None:
    m = _VENUE_RE.search(head)
    return squash(m.group("venue")).rstrip(",") if m else None


def find_title(document: Document, structure: Structure) -> str | None:
    if document.title and len(document.title) > 3:
        return squash(document.title)[:200]
    m = re.search(r"^Agenda item\s*\n+\s*(?P<title>\S[^\n]+)", document.text, re.M)
    if m:
        return squash(m.group("title"))
    parts = [structure.body or structure.council, structure.meeting_date.isoformat() if structure.meeting_date else None]
    if any(parts):
        return " ".join(p for p in parts if p)
    first = next((ln.text.strip() for ln in split_lines(document.text[:500]) if ln.text.strip() and not ln.text.startswith("URL:")), None)
    return first[:200] if first else None


# --- attendance (attendance.py) ---------------------------------------------------

from .attendance import _match_attendance_label, find_attendance, person_name  # noqa: E402,F401  (structure.find_attendance is public)
from .resources import pattern_rules

# --- agenda items -------------------------------------------------------------------


@lru_cache(maxsize=1)
def _item_patterns() -> list[tuple[str, re.Pattern]]:
    data = pattern_rules("agenda_items.json")
    return [(p["style"], re.compile(p["regex"], re.I if "i" in p.get("flags", "") else 0)) for p in data["patterns"]]


TITLE_BELOW_WORDS = 24  # a title on a line of its own under its number may run long ('Draft ... Policy - 1 May 2020 to 30 April 2025')


@lru_cache(maxsize=1)
def _title_below_styles() -> frozenset[str]:
    """Styles whose line holds only the number: '2.' over a blank line over 'Disposal of Land'."""
    return frozenset(p["style"] for p in pattern_rules("agenda_items.json")["patterns"] if p.get("title_below"))


def _title_below(lines: list[Line], idx: int) -> str | None:
    """The next non-blank line under a number alone on its line, at most one blank line down,
    when the number's line stands apart from the text above (a blank line or the start):
    a wrapped sentence that ends '... in paragraph\n2.' is no heading."""
    if idx > 0 and not lines[idx - 1].blank:
        return None
    for ln in lines[idx + 1 : idx + 3]:
        if not ln.blank:
            return ln.text.strip()
    return None


# A motion record is no heading: "No.\n239) Moved by Hensley to adopt." is a wrapped line whose number ends the line above.
_NOT_TITLE_START_RE = re.compile(
    r"^(?:" + decision_verbs("upper", "title") + r"|That\b|The\b.*\b(?:was|were|had|said|noted|asked)\b|(?:Moved|MOVED|Seconded|SECONDED)\b)"
)


def find_agenda_items(document: Document) -> list[ItemSpan]:
    """Agenda items as spans of the text: numbered minute headings, ModernGov pages, headings."""
    text = document.text
    m = re.search(r"^Agenda item\s*\n+\s*(?P<title>\S[^\n]*)", text[:3000], re.M)
    if m and not re.search(r"^Agenda item\s*$", text[m.end() :], re.M):
        return [ItemSpan(None, squash(m.group("title")), m.start(), len(text))]
    starts: list[tuple[int, str | None, str]] = []
    last_num: tuple | None = None
    style_used: str | None = None
    lines = split_lines(text)
    for idx, line in enumerate(lines):
        found = _match_item_heading(line, lines, idx)
        if not found:
            continue
        style, num, title = found
        key = _number_key(num)
        if _in_list_a_decision_opens(lines, idx) and not _next_number(last_num, key):
            continue  # '... subject to the following conditions:' / '1. Standard Time': the decision's list ('8. Planning' after '7. Finance' is the next item)
        if style_used and style != style_used and style != "item-word":
            continue
        if last_num is not None and key is not None and key <= last_num:
            continue
        starts.append((line.start, num, title))
        style_used = style_used or style
        last_num = key if key is not None else last_num
    labelled = _items_labelled_below(lines)
    if len(labelled) >= 2 and not any(_strong_heading(text, start) for start, _, _ in starts):
        starts = labelled  # "Title" over "(Item 3)" beats numbered paragraphs that only look like headings
    if len(starts) < 2:
        if style_used in {"numbered", "dotted", "letters-digits"} and starts and not _strong_heading(text, starts[0][0]):
            return []  # one numbered line is a list item, not the start of the agenda
        return [ItemSpan(num, title, start, len(text)) for start, num, title in starts]
    return [ItemSpan(num, title, start, starts[k + 1][0] if k + 1 < len(starts) else len(text)) for k, (start, num, title) in enumerate(starts)]


def _match_item_heading(line: Line, lines: list[Line], idx: int) -> tuple[str, str, str] | None:
    raw = line.text.strip()
    if not raw or len(raw) > 170 or _continues_line_above(lines, idx):
        return None
    for style, regex in _item_patterns():
        m = regex.match(raw)
        if not m:
            continue
        if style in _title_below_styles():
            below = _title_below(lines, idx)
            if below is None or not _reads_like_title(squash(below), max_words=TITLE_BELOW_WORDS):
                continue
            return style, m.group("num"), squash(below)
        title = squash(m.group("title"))
        following = [ln.text.strip() for ln in lines[idx + 1 : idx + 4] if ln.text.strip()]
        strong = style == "item-word"
        for f in following:  # "(Item 5)" under a title wrapped over a line or two
            if re.match(r"^\(?(?:Item|Minute)\s+\d+[a-z]?\)?$", f, re.I):
                strong = True
                break
            if re.match(r"^\d{1,4}[.)]\s", f):
                break
        if strong or _reads_like_title(title):
            title = re.sub(r"\s*\((?:Item|Minute)\s+\d+[a-z]?\)\s*$", "", title, flags=re.I)
            return style, m.group("num"), title
    return None


# A decision's line that opens a numbered list on the lines under it ('RESOLVED – That the application be APPROVED subject to the
# following conditions:' / '1. Standard Time' / '2. Approved Plans'): a clause that says so and ends on the colon
_LIST_OPENER_RE = re.compile(
    r"\b(?:[Tt]hat|THAT|be|[Rr]esolved|RESOLVED|[Aa]greed|AGREED|[Aa]pproved|APPROVED)\b.*\b(?:following|as follows)\b[^:\n]{0,80}:[ \t]*$"
)
_LIST_LINE_RE = re.compile(r"[ \t]*\(?(?:\d{1,2}|[a-z])[.)][ \t]+\S")
_LIST_LINES_UP = 30  # the lines of one decision's list, at most (a planning permission's conditions)
_LIST_OPENER_TAIL = 400  # the clause that opens the list is read in a line's last characters: a page flattened onto one line stays linear
_SENTENCE_STOP_RE = re.compile(r"[.:;!?][\"'’”)]?[ \t]*$")


def _in_list_a_decision_opens(lines: list[Line], idx: int) -> bool:
    """A numbered line under a decision that opens a list ('... subject to the following conditions:'), with only labelled
    lines between them ('1.', '(b)') and the lines they wrap onto: one of the decision's list, not the next agenda item."""
    for k in range(idx - 1, max(-1, idx - 1 - _LIST_LINES_UP), -1):
        above = lines[k].text
        if above.rstrip().endswith(":") and _LIST_OPENER_RE.search(above[-_LIST_OPENER_TAIL:]):
            return True
        wrapped = k > 0 and above.strip() and lines[k - 1].text.strip() and not _SENTENCE_STOP_RE.search(lines[k - 1].text)
        if not (_LIST_LINE_RE.match(above) or wrapped):
            return False
    return False


# A line above that ends mid-phrase: "... Store #10," / "submitted 1-11-" / "(Council Communication No."
_WRAPPED_LINE_END_RE = re.compile(r"(?:[,(&–-]|\bNo\.)$")


def _continues_line_above(lines: list[Line], idx: int) -> bool:
    """A number at the start of a wrapped line ('816 East Euclid; Renewal ...', '99. Moved by X')
    carries on the line directly above it, which broke off mid-phrase; it numbers no item."""
    above = lines[idx - 1].text.rstrip() if idx > 0 else ""
    if not any(ch.isalnum() for ch in above):
        return False  # a rule line ('-----', '---') above a heading ends in a dash but breaks off nothing
    return _WRAPPED_LINE_END_RE.search(above) is not None


_ITEM_LABEL_LINE_RE = re.compile(r"^\s*\((?:Agenda\s+)?Item\s+(?P<num>\d{1,3}[a-z]?)\)\s*$", re.I)


def _items_labelled_below(lines: list[Line]) -> list[tuple[int, str | None, str]]:
    """'Matters Arising and Action Log' over '(Item 3)': the title is the line above the label."""
    starts = []
    for idx, line in enumerate(lines):
        m = _ITEM_LABEL_LINE_RE.match(line.text)
        if not m:
            continue
        title_line = next((ln for ln in reversed(lines[max(0, idx - 3) : idx]) if ln.text.strip()), None)
        if title_line is not None and len(title_line.text.strip()) < 150:
            title = re.sub(r"^\s*\d{1,4}[.)]?\s+", "", title_line.text.strip())
            starts.append((title_line.start, m.group("num"), squash(title)))
    return starts


def _strong_heading(text: str, start: int) -> bool:
    """A heading confirmed by '(Item 3)' on the next line, or set apart by blank lines."""
    after = text[start : start + 300]
    return bool(re.match(r"[^\n]*\n\s*\(?(?:Item|Minute)\s+\d", after, re.I)) or text[max(0, start - 2) : start] == "\n\n" and "\n\n" in after[:200]


def _reads_like_title(title: str, max_words: int = 14) -> bool:
    words = title.split()
    if not words or len(words) > max_words or _NOT_TITLE_START_RE.match(title):
        return False
    if title.endswith((",", ";", " and", " or", " of", " the", " for", " to")) or re.search(r"\b(?:was|were|had|has|is|said|reported|asked)\b", title):
        return False
    if "£" in title or "%" in title:
        return False
    if sum(1 for w in words if re.fullmatch(r"[-–]?[\d.,/]+", w) or w in {"-", "–"}) * 2 >= len(words):
        return False  # "2.70 0.40 - -0.40": a table row, not a title
    if title.endswith(".") and len(words) > 8:
        return False
    if re.match(rf"^(?:{person_titles()})\b", title):
        return False
    return True


def _next_number(last: tuple | None, key: tuple | None) -> bool:
    """Whether `key` numbers the item after `last` ('8' after '7', '7.3' after '7.2', '8' after '7.2')."""
    if last is None or key is None:
        return False
    return key == last[:-1] + (last[-1] + 1,) or key == (last[0] + 1,)


def _number_key(num: str | None) -> tuple | None:
    if not num:
        return None
    digits = [int(d) for d in re.findall(r"\d+", num)]
    if "/" in num and len(digits) >= 2:  # 77/21: year second
        return (digits[1], digits[0]) + tuple(digits[2:])
    return tuple(digits) or None


# --- report details -----------------------------------------------------------------

_REPORT_LABELS = {
    "key_decision": r"key decision\??",
    "responsible_officer": r"(?:responsible|lead|contact|report author)(?: officer)?s?",
    "portfolio_holder": r"(?:portfolio holder|cabinet member|relevant cabinet member)s?",
    "wards": r"(?:electoral )?(?:wards?|divisions?)(?: affected)?",
    "exempt": r"(?:exempt(?: information)?|is the report exempt\?|confidential)",
    "decision_maker": r"decision maker",
    "decision_number": r"decision (?:no|number|reference)\.?",
    "from": r"from",
    "subject": r"subject",
    "classification": r"classification",
    "report_to": r"to",
}


def find_report_details(text: str) -> dict[str, str]:
    """Labelled facts from a report's cover: key decision, officer, portfolio holder ..."""
    details: dict[str, str] = {}
    head = text[:6000]
    for key, label in _REPORT_LABELS.items():
        m = re.search(rf"^\s*{label}\s*[:\-–]\s*(?P<value>[^\n]{{1,200}})", head, re.I | re.M)
        if m:
            details[key] = squash(m.group("value"))
    m = re.search(r"^\s*Recommendations?(?:\(s\))?\s*:?[ \t]*(?P<body>(?:.*\S.*\n){1,25})", text, re.I | re.M)
    if m:
        body = re.split(
            r"\n\s*(?:Reasons?\b|Section\b|\d{1,2}\.\s+(?:Introduction|Background|Purpose)|Background\b|Introduction\b)",
            m.group("body"),
            maxsplit=1,
            flags=re.I,
        )[0]
        details["recommendations"] = squash(body).lstrip(": ")[:2000]
    return details
