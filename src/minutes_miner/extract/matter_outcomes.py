"""Decisions written as a matter followed by its outcome participle ('wreath £25 to RBL approved.').

Parish, town, trust, library-board and township minutes often drop the subject and the
auxiliary: 'Payments list October £8,915.33 approved.', 'Treasurer's report and bills ...
approved on motion Kreider / Gruber, 3-0.', 'Quote ... £2,650 - approved, from EMR.'. The marker
(resolution_markers.jsonl: matter-participle-outcome) finds the participle closing its clause;
this reads the matter from the start of its sentence to the end of the sentence. A sentence
that tells what someone did or what was so ('The Clerk reported ...', 'which had been ...':
resolution_forms.json closer_narrative) or holds a relative clause is narrative, not a minute.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..resources import pattern_rules
from ..text_utils import squash
from .blocks import sentence_end, sentence_start
from .found import FoundResolution

_MIN_MATTER_WORDS = 2  # 'Approved.' alone is another marker's (outcome-alone)
_MAX_MATTER_WORDS = 40  # past this it is a paragraph of narrative, not a terse matter
_RELATIVE_RE = re.compile(r"\b(?:which|who|whom|whose|that|whether|if|when|once|until|unless|because|why|how)\b", re.I)
_MODAL_RE = re.compile(r"\b(?:will|would|shall|should|can|could|may|might|must|did|does|do|is|are|be|being)\b")
_MAX_LINE_BREAKS = 2  # a matter wraps over a line or two ('Quote to survey land at' / 'rear of Section F £2,650 - approved')
_COUNT_BEFORE_RE = re.compile(r"(?:^|(?<!\d)[,;:(][ \t]*)\d[\d,]*[ \t\n]*(?:[-–—][ \t]*)?$")  # ', 58 approved': how many, no matter named
_ITEM_LABEL_RE = re.compile(r"[ \t]*(?:[A-Z]{0,4}/?\d{1,4}(?:[./]\d{1,4})*[.)]?|\(?[a-z0-9]{1,3}[.)])[ \t]+")


# a decision page's metadata field naming the state of a decision ('Decision status: Recommendations approved (subject to
# ratification by Council)', ModernGov 'Decision details' pages): the page's label, not the decision, which the page prints below
_STATUS_FIELD_RE = re.compile(r"[ \t]*(?:[A-Z][a-z]+[ \t]+)?[Ss]tatus[ \t]*:")


@lru_cache(maxsize=1)
def _forms() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Narrative words (closer_narrative) and attendance matters (matter_not_decision), compiled once."""
    forms = pattern_rules("resolution_forms.json")
    return re.compile(forms["closer_narrative"]), re.compile(forms["matter_not_decision"], re.I)


# a minute's number or label, with a letter prefix joined by a dot or slash ('F.101', 'EA/25/12', '25/141', '1.', '(a)')
_MINUTE_REF_RE = re.compile(r"[ \t*_]*(?:[A-Z]{0,4}[./]?\d{1,4}(?:[./]\d{1,4})*[.):]?|\(?[a-z0-9]{1,3}[.)])[ \t]+")


def is_attendance_matter(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], after its minute number or label, opens with an attendance matter (matter_not_decision:
    'EA/25/12 Apologies: Cllr M. Stannard (holiday).', '**1. Apologies** - Cllr Angove', '25/141 Apols - J Sallis (ill).')."""
    label = _MINUTE_REF_RE.match(text, start, end)
    pos = label.end() if label else start
    while pos < end and text[pos] in "*_ \t":
        pos += 1
    return _forms()[1].match(text, pos, end) is not None


def read_matter_outcome(text: str, m_start: int, m_end: int, marker: str) -> FoundResolution | None:
    """The matter and its outcome as one decision, or None when the sentence is narrative."""
    start = sentence_start(text, m_start, max(0, m_start - 400))
    label = _ITEM_LABEL_RE.match(text, start, m_start)
    if label:
        start = label.end()  # '7. Remembrance - wreath ...', 'AO/33 Mins ...': the item's number is not its words
    matter = text[start:m_start]
    words = matter.split()
    if not _MIN_MATTER_WORDS <= len(words) <= _MAX_MATTER_WORDS:
        return None
    if _STATUS_FIELD_RE.match(text, max(start, text.rfind("\n", start, m_start) + 1), m_start):
        return None  # 'Decision status: Recommendations approved (subject to ratification by Council)': a decision page's field
    narrative, attendance = _forms()
    if narrative.search(matter) or _RELATIVE_RE.search(matter) or _MODAL_RE.search(matter):
        return None  # 'The Clerk said the application had been approved.', 'the works, which Council approved, ...'
    if attendance.search(text, _heading_above(text, start), m_start):
        return None  # 'Apols: Cllr D Royle (work) - accepted.', '2. Apologies' / 'Cllr Delph (holiday) - accepted.': attendance
    if matter.count("\n") > _MAX_LINE_BREAKS:
        return None  # 'DECISIONS REGISTER' / 'Ref Decision Proposer' / rows ...: a table read back across its rows
    if _COUNT_BEFORE_RE.search(matter):
        return None  # '97 applications to end of February, 58 approved, grant paid out ...': a count, not an outcome
    if not re.search(r"[a-z]{2}", matter):
        return None  # 'PLANNING APPLICATIONS approved': a heading in capitals
    end = sentence_end(text, m_end, len(text))
    return FoundResolution(start, end, squash(text[start:end]), squash(marker), "matter-outcome", evidence_start=start)


def _heading_above(text: str, start: int) -> int:
    """The start of the item heading on the line above `start`'s line ('2. Apologies' / 'Cllr Delph (holiday) -
    accepted.'), or the start of `start`'s own line when the line above is not a short heading."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0:
        return 0
    above = text.rfind("\n", 0, line_start - 1) + 1
    across_blank = not text[above : line_start - 1].strip() and above > 0
    if across_blank:
        above = text.rfind("\n", 0, above - 1) + 1  # 'TC/24/71 Apologies' / blank / 'Cllr Delph (holiday) - accepted.'
    heading = text[above : line_start - 1].strip()
    if across_blank and re.search(r"\s[-–—:]\s+\S", heading):
        return line_start  # 'Apologies - Neil Ferrier' / blank / 'Minute of 5 Oct approved, ...': a line with its own content, not a heading
    if heading and len(heading.split()) <= 6 and not re.search(r"[.;:,]$", heading):
        return above
    return line_start
