"""Which meeting a document records: council, body, date and document type.

Read the way a clerk reads a front page: the collector's "COUNCIL:" line (the authority,
a locator in brackets, sometimes " - Body"), the title line ("Minutes of the meeting of
the Planning Committee held on ..."), a ModernGov heading ("Cabinet - Tuesday, 4th July,
2024 10.00 am"). Names are normalised so one body has one name: "Cabinet meeting",
"CABINET" and "Kent County Council Cabinet" are all "Cabinet" of Kent County Council; a
parish council's own meeting is the council itself; a principal council's full meeting is
"Council". No body or council is better than a wrong one, and the date is the meeting's
own, never that of earlier minutes being approved. Vocabulary: models/patterns/meeting.json.
"""

from __future__ import annotations

import re
from datetime import date

from .countries import strong_country, weak_country
from .dates import (  # noqa: F401  (re-exported: structure and extraction read dates from here)
    _DATE_LINE_RE,
    _MONTHS,
    _WEEKDAY,
    _YEAR_RE,
    _header_region,
    DATE_RE,
    FIELD_WEEKDAY_RE,
    agenda_adoption_date,
    broken_title_date,
    closing_title_date,
    digest_title_date,
    digest_held_date,
    find_date_in_name,
    foot_held_date,
    column_label_date,
    form_held_date,
    news_report_day,
    numeric_order_month_first,
    opening_sentence_date,
    parse_date,
    parse_date_match,
    running_line_date,
    summons_date,
    title_block_date,
)
from .doc_type import classify_document, is_action_register, opening_lines  # noqa: F401
from .minutes_book import earlier_minutes_starts
from .page_chrome import without_page_chrome
from .worded_dates import with_english_months, with_worded_dates
from .models import vocab_re as _vocab_re
from .meeting_body import (  # noqa: F401 (re-exported)
    find_body,
    is_fragment_page,
    is_individual_decisions_register,
    moderngov_meeting,
    normalise_body,
    strip_meeting_words,
)
from .meeting_council import (  # noqa: F401 (re-exported)
    authority_before_board,
    authority_named_as_body,
    council_named_in_report,
    find_council,
    find_council_in_text,
    is_authority_name,
    letterhead_council,
    most_named_council,
    parse_council_line,
    tidy_council,
    title_case,
)


# --- date -------------------------------------------------------------------------


def find_meeting_date(text: str, url: str | None = None, council: str | None = None, doc_type: str | None = None) -> date | None:
    """The meeting's own date: a ModernGov 'Meeting:' line, else the title block's date; a page
    that prints no date of its own in its opening lines gets none. '03/04/2024' is read in the
    document's own order (month first in a US council's papers). Minutes sent out under a
    summons or a covering letter are those of the meeting they record (carried_minutes_date). Dates in
    words ('the fourteenth day of March, two thousand and twenty-three') are read in figures. Last, a news digest's title
    sentence with no year ('X Board of Trustees met April 10.') takes the year of the first full date below it."""
    text = with_worded_dates(with_english_months(without_page_chrome(text)))
    if is_individual_decisions_register(text):
        return None  # each decision its own day: no one meeting's date
    moderngov = moderngov_meeting(text)
    if moderngov:
        return moderngov[0]
    month_first = numeric_order_month_first(text, document_country(url, council, text))
    own = hearing_field_date(text, month_first) or decision_field_date(text, month_first)
    own = own or title_block_date(text, month_first) or form_held_date(text) or column_label_date(text, month_first) or agenda_adoption_date(text, month_first)
    if doc_type != "minutes":  # minutes under a summons are not the summoned meeting's
        own = summons_over_letter_date(own, summons_date(text, month_first))
    own = own or running_line_date(text, month_first) or opening_sentence_date(text[:3000], month_first) or foot_held_date(text, month_first)
    own = own or (closing_title_date(text, month_first) if doc_type in (None, "minutes") else None)
    own = own or broken_title_date(text, month_first) or digest_title_date(text)
    own = own or (register_meeting_date(text, month_first) if doc_type == "other" else None)
    if own and doc_type == "decision_notice":
        own = digest_held_date(text, own, month_first) or own  # a meeting's highlights page, dated when it was published
    own = news_report_day(text, own)  # 'Fiji Times - Thursday, December 13, 2007' / 'THE Tailevu Provincial Council yesterday agreed ...'
    if own and own.year < 1900 and _YEAR_RE.search(text, 0, _MODERN_YEAR_REACH):
        return None  # 'The church, consecrated on 12 June 1868, ...' in minutes that date themselves in the 20th or 21st century
    return (carried_minutes_date(text, own) if own and doc_type == "minutes" else None) or own


_MODERN_YEAR_REACH = 20_000  # a year of the last two centuries in the opening pages makes a 19th-century date history


_REGISTER_MEETING_LINE_RE = re.compile(r"\bmeeting\b", re.I)


def register_meeting_date(text: str, month_first: bool = False) -> date | None:
    """The meeting an action register was brought up to, on a line of its opening that names the
    meeting ('COUNCIL MEETING - ACTION ITEM REGISTER' over 'Updated following the Regular Council
    Meeting of Wednesday, May 6, 2026'): a register records no meeting of its own, and the date that
    elsewhere marks an earlier meeting ('following the ... meeting') is here the one it reports to."""
    if not is_action_register(text):
        return None
    for line in opening_lines(text, 6):
        found = DATE_RE.search(line) if _REGISTER_MEETING_LINE_RE.search(line) else None
        parsed = parse_date_match(found, month_first) if found else None
        if parsed:
            return parsed
    return None


_SUMMONS_NOTICE_DAYS = 60  # a summons goes out days or weeks before the meeting it calls, never months


def summons_over_letter_date(own: date | None, summons: date | None) -> date | None:
    """The date of the meeting a summons calls ('You are summoned to attend a meeting of the Cabinet
    to be held ... on Wednesday, 9 April 2025') over a title block's earlier date: a summons letter
    prints its own 'Date: 2 April 2025' beside 'To:' and 'Contact:', and that is the letter's date,
    not the meeting's (ANNOTATION.md: never a covering letter's date). A title date that is the
    same or later, or far earlier, is the title's own and stays."""
    if own is None or summons is None:
        return own or summons
    return summons if own < summons and (summons - own).days <= _SUMMONS_NOTICE_DAYS else own


def hearing_field_date(text: str, month_first: bool = False) -> date | None:
    """A notice's 'Hearing date: Thursday, May 22, 2025, 6:00 p.m.' field: the hearing is the meeting
    the notice records (ANNOTATION.md: the date of the meeting itself), and an appeal board or a
    licensing sub-committee often signs its 'Date of Decision' days later, so the hearing's date comes
    before the decision's. Only a field line that opens with the label (hearing_date_field). A hearing
    continued to a later session on the same line ('Hearing held: December 11, 2025, continued to
    January 8, 2026') is recorded at the session that closed it: that later date."""
    opened = _field_line_date(text, "hearing_date_field", month_first)
    if opened is None:
        return None
    found, end = opened
    continued = _vocab_re("hearing_continued_to").match(text, end)
    later = DATE_RE.match(text, continued.end()) if continued else None
    parsed = parse_date_match(later, month_first) if later else None
    return parsed if parsed and parsed > found else found


def decision_field_date(text: str, month_first: bool = False) -> date | None:
    """A decision notice's 'Date of decision: 18/02/2026' field: the date of the decision the notice
    records, wherever the page prints it (at a ModernGov decision page's foot, under a planning
    board's application fields), not its publication, mailing or appeal dates. Only a field line
    that opens with the label (models/patterns/meeting.json, decision_date_field)."""
    found = _field_line_date(text, "decision_date_field", month_first)
    return found[0] if found else None


def _field_line_date(text: str, field: str, month_first: bool) -> tuple[date, int] | None:
    """The date that follows the first line in the opening 6,000 characters to open with the
    labelled field `field` (a vocabulary regex ending in the label's colon), after the weekday a
    field often prints first ('Hearing Date: Thursday, May 22, 2025'), and where that date ends
    (what follows it on the field's line may say more)."""
    m = _vocab_re(field, flags=re.I | re.M).search(text[:6000])
    if not m:
        return None
    weekday = FIELD_WEEKDAY_RE.match(text, m.end())
    found = DATE_RE.match(text, weekday.end() if weekday else m.end())
    parsed = parse_date_match(found, month_first) if found else None
    return (parsed, found.end()) if parsed else None


def carried_minutes_date(text: str, own: date) -> date | None:
    """The date of the one earlier meeting whose minutes a paper carries under a summons or a
    covering letter ('A meeting of the Audit Committee will be held: Date: 22 October 2009', then
    the minutes of 24 September with their 'PRESENT:' list), when the paper opens as one
    (models/patterns/meeting.json, covering_paper) and no attendance list of its own meeting
    comes before them: its records are that meeting's (corpus/gold/README.md,
    agenda packs)."""
    from .attendance import _match_attendance_label  # imported here: attendance reads structure, which reads this module

    if not _vocab_re("covering_paper", flags=re.I | re.M).search(text[:1500]):
        return None
    starts = earlier_minutes_starts(text, own)
    if len(starts) != 1:
        return None
    for line in text[: starts[0][0]].split("\n")[:400]:
        found = _match_attendance_label(line)
        if found and found[0] == "present":
            return None
    return date.fromisoformat(starts[0][1])


def document_country(url: str | None, council: str | None, text: str) -> str | None:
    """The council's country, as money reads it: the URL's domain, a locator, a region, a postcode."""
    head = text[:3000]
    return strong_country(url, council or "", head) or weak_country(council or "", head, text)
