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

from datetime import date

from .countries import strong_country, weak_country
from .dates import (  # noqa: F401  (re-exported: structure and extraction read dates from here)
    _DATE_LINE_RE,
    _MONTHS,
    _WEEKDAY,
    _header_region,
    DATE_RE,
    agenda_adoption_date,
    find_date_in_name,
    numeric_order_month_first,
    parse_date,
    parse_date_match,
    title_block_date,
)
from .doc_type import classify_document  # noqa: F401
from .meeting_body import find_body, is_fragment_page, moderngov_meeting, normalise_body, strip_meeting_words  # noqa: F401 (re-exported)
from .meeting_council import (  # noqa: F401 (re-exported)
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


def find_meeting_date(text: str, url: str | None = None, council: str | None = None) -> date | None:
    """The meeting's own date: a ModernGov 'Meeting:' line, else the title block's date; a page
    that prints no date of its own in its opening lines gets none. '03/04/2024' is read in the
    document's own order (month first in a US council's papers)."""
    moderngov = moderngov_meeting(text)
    if moderngov:
        return moderngov[0]
    month_first = numeric_order_month_first(text, document_country(url, council, text))
    return title_block_date(text, month_first) or agenda_adoption_date(text, month_first)


def document_country(url: str | None, council: str | None, text: str) -> str | None:
    """The council's country, as money reads it: the URL's domain, a locator, a region, a postcode."""
    head = text[:3000]
    return strong_country(url, council or "", head) or weak_country(council or "", head, text)
