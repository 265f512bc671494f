"""Structure: what a clerk sees first - what the document is, which meeting, who was
there, and where each agenda item starts and ends.

Everything here is layout and wording rules over the normalised text; no model is
needed, so it runs at the speed of a regular expression.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from .readers import Document
from .text_utils import Line, split_lines, squash

def models_dir() -> Path:
    """The models/ folder of patterns and gazetteers.

    It lives at the top of the checkout (the package is installed editable, as `make setup`
    does); MINUTES_MINER_MODELS points elsewhere, for example on a cluster's workers.
    """
    configured = os.environ.get("MINUTES_MINER_MODELS")
    candidate = Path(configured) if configured else Path(__file__).resolve().parents[2] / "models"
    if not candidate.is_dir():
        raise FileNotFoundError(f"minutes-miner models/ folder not found at {candidate} (set MINUTES_MINER_MODELS)")
    return candidate


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
    structure.council = document.metadata.get("council") or find_council(head)
    structure.body = find_body(head, structure.council)
    if structure.body:
        structure.body = _tidy_body(structure.body, structure.council)
    structure.meeting_date = find_meeting_date(head) or find_date_in_name(document.path)
    structure.venue = find_venue(head)
    structure.doc_type = classify_document(text, document.path)
    structure.title = find_title(document, structure)
    structure.people = find_attendance(text)
    structure.items = find_agenda_items(document)
    if structure.doc_type in {"report", "decision_notice"}:
        structure.details = find_report_details(text)
    if document.metadata.get("url"):
        structure.details["url"] = document.metadata["url"]
    return structure


# --- document type ------------------------------------------------------------------

_MINUTES_RE = re.compile(r"\bminutes\b|\bRESOLVED\b|\bResolved\s*[:–-]|^Minutes:", re.I | re.M)
_DECISION_NOTICE_RE = re.compile(r"record of (?:executive |key )?decision|decision notice|notice of decision|disposition of items", re.I)
_AGENDA_RE = re.compile(r"\bagenda\b", re.I)
_REPORT_RE = re.compile(r"\b(?:report (?:of|by|to)|recommendations?\s*:|key decision|summary:|purpose of (?:the )?report|executive summary|equality impact|EqIA|appendix)\b", re.I)


_MINUTES_SIGNS = re.compile(
    r"^\s*Minutes:|^\s*Decisions?:|\bRESOLVED\b|\bRESOVLED\b|\bResolved\s*[:–-]|\b[Ii]t was (?:unanimously )?(?:resolved|agreed)\b|"
    r"\bcorrect record\b|^\s*(?:MEMBERS )?PRESENT\b|^Present:|^Agenda item\s*$|^Meeting:\s*\d{1,2}/\d{1,2}/\d{4}|\b(?:Cabinet|Committee|Panel|Board) (?:resolved|agreed|approved|noted)\b|"
    r"\bproposed by\b.*\bseconded\b|^MINUTES\b",
    re.M,
)
_REPORT_SIGNS = re.compile(
    r"^\s*REPORT FOR\b|^\s*Report (?:of|by|to) (?:the )?[A-Z]|^\s*Recommendations?\s*:|\bPurpose of (?:the )?report\b|^\s*Executive Summary\b|"
    r"^\s*Key Decision\s*:|\bEquality (?:Impact )?Analysis\b|\bEqIA\b|^\s*(?:Summary|Background)\s*$|\bThe (?:Cabinet|Committee|Panel) is (?:asked|recommended) to\b",
    re.M | re.I,
)


def classify_document(text: str, path: str = "") -> str:
    """minutes, report, agenda, decision_notice or other, from the file name and opening text.

    The name decides when it says so plainly; otherwise decision markers (RESOLVED,
    "Minutes:", an attendance list) are weighed against report signs (recommendations,
    "Report of ...") in the opening pages.
    """
    name = Path(path).name.lower()
    words = set(re.split(r"[^a-z]+", name))
    head = text[:6000]
    if _DECISION_NOTICE_RE.search(text[:1500]) or "prod" in words:
        return "decision_notice"
    if "minutes" in words or "minute" in words:
        return "minutes"
    if words & {"agenda", "frontsheet", "agendas"}:
        return "agenda"
    if words & {"report", "appendix", "eqia", "dpia", "annex", "strategy", "plan", "policy"}:
        return "report"
    minutes_score = len(_MINUTES_SIGNS.findall(head))
    report_score = len(_REPORT_SIGNS.findall(head))
    if minutes_score and minutes_score >= report_score:
        return "minutes"
    if report_score:
        return "report"
    if _AGENDA_RE.search(head[:600]):
        return "agenda"
    return "other"


# --- meeting header -----------------------------------------------------------------

_COUNCIL_LINE_RE = re.compile(r"^COUNCIL:\s*(?P<name>.+)$", re.M)
_COUNCIL_NAME_RE = re.compile(
    r"\b((?:(?:Royal|City|London|The)\s+)?(?:[A-Z][\w'’&.-]+\s+){1,5}?"
    r"(?:County|County Borough|Borough|District|City|Metropolitan Borough|Parish|Town|Community|Township|Municipal District|City and County)\s+Council"
    r"(?:\s+of\s+[A-Z][\w'-]+)?|(?:City|Township|Borough|Municipality) of [A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?|[A-Z][\w'-]+ Corporation)\b",
)
_COUNCIL_CAPS_RE = re.compile(
    r"^\s*([A-Z][A-Z'&. -]{2,60}(?:COUNTY|BOROUGH|DISTRICT|CITY|PARISH|TOWN|COMMUNITY) COUNCIL)\s*$", re.M
)


_COUNCIL_CAPS_INLINE_RE = re.compile(
    r"\b((?:(?!OF\b|THE\b|MEETING\b|MINUTES\b|ANNUAL\b|DRAFT\b|AND\b|EXTRAORDINARY\b|ORDINARY\b|SPECIAL\b)[A-Z][A-Z'’&.-]+\s+){1,4}"
    r"(?:COUNTY|BOROUGH|DISTRICT|CITY|PARISH|TOWN|COMMUNITY) COUNCIL)\b"
)


def find_council(head: str) -> str | None:
    m = _COUNCIL_LINE_RE.search(head)
    if m:
        return squash(m.group("name"))
    m = _COUNCIL_CAPS_RE.search(head) or _COUNCIL_CAPS_INLINE_RE.search(head)
    if m:
        return _title_case(squash(m.group(1)))
    m = _COUNCIL_NAME_RE.search(head)
    if m:
        return squash(m.group(1))
    return None


def _title_case(text: str) -> str:
    small = {"and", "of", "the"}
    words = [w if w.lower() in small and i else w.capitalize() for i, w in enumerate(text.lower().split())]
    return " ".join(words)


_BODY_KEYWORDS = (
    "Corporate Parenting Panel|Cabinet|County Council|Full Council|Scrutiny Committee|Overview and Scrutiny[\\w &-]*Committee|"
    "Health and Wellbeing Board|Audit(?: and \\w+)? Committee|Planning Committee|Parish Council|Town Council|Community Council|"
    "Executive|[A-Z][\\w,&' -]{2,60} (?:Committee|Sub-Committee|Panel|Board|Forum|Commission|Working Group)"
)
_MODERNGOV_MEETING_RE = re.compile(
    r"^Meeting:\s*(?P<date>\d{1,2}/\d{1,2}/\d{4})\s*-\s*(?P<body>.+?)\s*(?:\(Item [^)]*\))?\s*$"
    r"|^(?P<body2>[A-Z][^\n]{3,90}?)\s*[-–—]\s*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s*)?(?P<date2>\d{1,2}(?:st|nd|rd|th)?[^\n]{3,30}?\d{4}|[A-Z][a-z]+ \d{1,2}(?:st|nd|rd|th)?,? \d{4})",
    re.M,
)
_BODY_OF_RE = re.compile(
    r"(?:MINUTES|Minutes|[Mm]eeting|MEETING)\s+(?:of|OF)\s+(?:a|an|the|A|AN|THE)?\s*(?:(?:annual|ANNUAL|ordinary|ORDINARY|extraordinary|EXTRAORDINARY|special|SPECIAL|remote|virtual|monthly|MONTHLY)\s+)?"
    r"(?:(?:meeting|MEETING)\s+(?:of|OF)\s+)?(?:the\s+|THE\s+)?(?P<body>[A-Z][\w,&'’ -]{2,80}?)\s+(?:held|on|at|which|HELD|ON|AT)\b"
)
_BODY_CAPS_RE = re.compile(rf"^\s*(?P<body>{_BODY_KEYWORDS}|[A-Z][A-Z ,&'-]{{3,60}}(?:COMMITTEE|PANEL|BOARD|CABINET|FORUM|COMMISSION))\s*$", re.M | re.I)


def find_body(head: str, council: str | None) -> str | None:
    """The meeting body as printed; `_tidy_body` turns it into the name stored."""
    m = _MODERNGOV_MEETING_RE.search(head)
    if m:
        return squash(m.group("body") or m.group("body2"))
    m = _BODY_OF_RE.search(head)
    if m:
        return squash(m.group("body"))
    for m in _BODY_CAPS_RE.finditer(head):
        body = squash(m.group("body"))
        if not (council and body.lower() == council.lower()):  # the council's own name heads the page
            return body
    return None


_COUNCIL_WORDS_RE = re.compile(r"\b(?:County|Borough|District|City|Parish|Town|Community)\s+Council\b", re.I)


def _tidy_body(body: str, council: str | None = None) -> str:
    """'Westbrook County Council - Corporate Parenting Panel' -> 'Corporate Parenting Panel'."""
    body = re.sub(r"^(?:the\s+)?(?:(?:annual|ordinary|extraordinary|special)\s+)?meeting of (?:the\s+)?", "", body, flags=re.I)
    body = re.sub(r"\s+(?:to be|which will be|will be)$", "", body, flags=re.I)
    parts = [p.strip() for p in re.split(r"\s+[-–—]\s+", body) if p.strip()]
    if len(parts) > 1:
        rest = [p for p in parts if not _COUNCIL_WORDS_RE.search(p)]
        body = rest[-1] if rest else parts[-1]
    body = _title_case(body) if body.isupper() else body
    if council and body.lower() == council.lower():
        return "Full Council"
    return body


_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"], 1)}
_MONTHS.update({k[:3]: v for k, v in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MONTH_RE = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
DATE_RE = re.compile(
    rf"(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?[\s-]+(?P<m1>{_MONTH_RE})\.?,?[\s-]+(?P<y1>(?:19|20)\d{{2}})"
    rf"|(?P<m2>{_MONTH_RE})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d{{2}})"
    rf"|(?P<d3>\d{{1,2}})[/.](?P<m3>\d{{1,2}})[/.](?P<y3>(?:19|20)?\d{{2}})\b"
    rf"|\b(?P<y4>(?:19|20)\d{{2}})-(?P<m4>\d{{2}})-(?P<d4>\d{{2}})\b",
    re.I,
)


def parse_date_match(m: re.Match) -> date | None:
    """Turn a DATE_RE match into a date (UK day-first order for numeric dates)."""
    try:
        if m.group("d1"):
            return date(int(m.group("y1")), _MONTHS[m.group("m1").lower()[:4].rstrip("t") if m.group("m1").lower().startswith("sept") else m.group("m1").lower()[:3]], int(m.group("d1")))
        if m.group("m2"):
            return date(int(m.group("y2")), _MONTHS[m.group("m2").lower()[:3]], int(m.group("d2")))
        if m.group("d3"):
            year = int(m.group("y3"))
            year += 2000 if year < 100 else 0
            return date(year, int(m.group("m3")), int(m.group("d3")))
        if m.group("y4"):
            return date(int(m.group("y4")), int(m.group("m4")), int(m.group("d4")))
    except (ValueError, KeyError):
        return None
    return None


def parse_date(text: str) -> date | None:
    m = DATE_RE.search(text)
    return parse_date_match(m) if m else None


_HELD_ON_RE = re.compile(r"\bheld\b|\bmeeting\s+(?:on|at)\b|\bdate\s*:|^minutes\b", re.I | re.M)


def find_meeting_date(head: str) -> date | None:
    """The meeting date: the first date after 'held on'/'Date:', else the first in the header."""
    m = _MODERNGOV_MEETING_RE.search(head)
    if m:
        return parse_date(m.group("date") or m.group("date2"))
    m = _HELD_ON_RE.search(head)
    if m:
        found = parse_date(head[m.start(): m.start() + 250])
        if found:
            return found
    return parse_date(head[:800])


def find_date_in_name(path: str) -> date | None:
    name = Path(path).stem.replace("_", " ")
    return parse_date(name)


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


# --- agenda items -------------------------------------------------------------------


@lru_cache(maxsize=1)
def _item_patterns() -> list[tuple[str, re.Pattern]]:
    data = json.loads((models_dir() / "patterns" / "agenda_items.json").read_text())
    return [(p["style"], re.compile(p["regex"], re.I if "i" in p.get("flags", "") else 0)) for p in data["patterns"]]


_NOT_TITLE_START_RE = re.compile(r"^(?:RESOLVED|Resolved|AGREED|That\b|The\b.*\b(?:was|were|had|said|noted|asked)\b)")


def find_agenda_items(document: Document) -> list[ItemSpan]:
    """Agenda items as spans of the text: numbered minute headings, ModernGov pages, headings."""
    text = document.text
    m = re.search(r"^Agenda item\s*\n+\s*(?P<title>\S[^\n]*)", text[:3000], re.M)
    if m and not re.search(r"^Agenda item\s*$", text[m.end():], re.M):
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
    return [
        ItemSpan(num, title, start, starts[k + 1][0] if k + 1 < len(starts) else len(text))
        for k, (start, num, title) in enumerate(starts)
    ]


def _match_item_heading(line: Line, lines: list[Line], idx: int) -> tuple[str, str, str] | None:
    raw = line.text.strip()
    if not raw or len(raw) > 170:
        return None
    for style, regex in _item_patterns():
        m = regex.match(raw)
        if not m:
            continue
        title = squash(m.group("title"))
        following = [ln.text.strip() for ln in lines[idx + 1: idx + 4] if ln.text.strip()]
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


_ITEM_LABEL_LINE_RE = re.compile(r"^\s*\((?:Agenda\s+)?Item\s+(?P<num>\d{1,3}[a-z]?)\)\s*$", re.I)


def _items_labelled_below(lines: list[Line]) -> list[tuple[int, str | None, str]]:
    """'Matters Arising and Action Log' over '(Item 3)': the title is the line above the label."""
    starts = []
    for idx, line in enumerate(lines):
        m = _ITEM_LABEL_LINE_RE.match(line.text)
        if not m:
            continue
        title_line = next((ln for ln in reversed(lines[max(0, idx - 3): idx]) if ln.text.strip()), None)
        if title_line is not None and len(title_line.text.strip()) < 150:
            title = re.sub(r"^\s*\d{1,4}[.)]?\s+", "", title_line.text.strip())
            starts.append((title_line.start, m.group("num"), squash(title)))
    return starts


def _strong_heading(text: str, start: int) -> bool:
    """A heading confirmed by '(Item 3)' on the next line, or set apart by blank lines."""
    after = text[start: start + 300]
    return bool(re.match(r"[^\n]*\n\s*\(?(?:Item|Minute)\s+\d", after, re.I)) or text[max(0, start - 2): start] == "\n\n" and "\n\n" in after[:200]


def _reads_like_title(title: str) -> bool:
    words = title.split()
    if not words or len(words) > 14 or _NOT_TITLE_START_RE.match(title):
        return False
    if title.endswith((",", ";", " and", " or", " of", " the", " for", " to")) or re.search(r"\b(?:was|were|had|has|is|said|reported|asked)\b", title):
        return False
    if "£" in title or "%" in title:
        return False
    if sum(1 for w in words if re.fullmatch(r"[-–]?[\d.,/]+", w) or w in {"-", "–"}) * 2 >= len(words):
        return False  # "2.70 0.40 - -0.40": a table row, not a title
    if title.endswith(".") and len(words) > 8:
        return False
    if re.match(r"^(?:Mr|Mrs|Ms|Dr|Cllr|Councillor)\b", title):
        return False
    return True


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
        body = re.split(r"\n\s*(?:Reasons?\b|Section\b|\d{1,2}\.\s+(?:Introduction|Background|Purpose)|Background\b|Introduction\b)", m.group("body"), maxsplit=1, flags=re.I)[0]
        details["recommendations"] = squash(body).lstrip(": ")[:2000]
    return details
