"""A web page's chrome above its title: "Skip to content", a cookie banner, the menu and a
breadcrumb trail ("Home > Council and democracy > Meetings > Planning Committee").

Saved pages and text mirrors of council websites open with these lines, which push the title
and the meeting's date out of the opening lines where a clerk (and meeting.py) reads them.
The chrome is dropped from the opening before the title block is read; a line that might be a
title is kept. A saved page's list of the council's files, each with its own date and size,
and the page's own review or posting stamp go too: their dates are not the meeting's.
Vocabulary: models/patterns/meeting.json (page_chrome_lines, breadcrumb_line, cookie_banner,
document_list_entry, page_stamp_label, menu_bar_line, post_taxonomy_line, document_site_line).
"""

from __future__ import annotations

import re

from .dates import DATE_RE
from .models import vocab_re as _vocab_re

_OPENING_LINES = 40  # chrome sits above the title: only the opening is read


def is_page_chrome(line: str) -> bool:
    """A navigation, accessibility, cookie or breadcrumb line of a web page, or a printed page's
    furniture (its page number, the date it was printed or published), not part of a title."""
    bare = line.strip()
    if not bare or len(bare) > 400:
        return False
    if _vocab_re("page_chrome_lines", r"^(?:{})[ \t.:]*$").match(bare) or _vocab_re("breadcrumb_line").match(bare):
        return True
    if _vocab_re("page_furniture_line").match(bare):
        return True  # 'Page 1 of 12', 'Printed on 12 March 2024', 'Published: 8 March 2024' above a PDF's title
    if _vocab_re("document_site_line").match(bare):
        return True  # a document-sharing site's viewer: 'Start display at page:', 'Download "<title>"', 'Transcription'
    if _vocab_re("menu_bar_line").match(bare) or _vocab_re("post_taxonomy_line").match(bare):
        return True
    if is_document_list_entry(bare) or is_page_stamp_line(bare):
        return True
    return bool(_vocab_re("cookie_banner").search(bare))


_LIST_ENTRY_CHARS = 160  # a listed file's name, date and size; a longer line is a paragraph that mentions a file


def is_document_list_entry(line: str) -> bool:
    """An entry of a web page's list of the council's files: a file name or link with its format
    or size ('General Meeting Agenda 26 November 2025 (PDF 8.9MB)', '2026-02-19 Board Meeting
    Agenda.pdf (212 KB)'). Each carries its own file's date, which is not the meeting's."""
    return len(line) <= _LIST_ENTRY_CHARS and bool(_vocab_re("document_list_entry").search(line))


def is_page_stamp_line(line: str) -> bool:
    """A line whose every date is a stamp of the page itself ('Last updated: 21 November 2025',
    'Posted on 3 November 2025 by Clerk', 'Tags: minutes   Last reviewed: 3 Oct 2025'): when it was
    posted or reviewed, never when the meeting was held. A title that also names a publication
    date ('Minutes of 3 March 2025, published 10 March 2025') keeps its own date and stays."""
    if not _vocab_re("page_stamp_words", r"\b(?:{})\b").search(line):
        return False  # every stamp label holds one of these words: most lines are let go before the dates are read
    label = _vocab_re("page_stamp_label")
    dates = list(DATE_RE.finditer(line))
    return bool(dates) and all(label.search(line, max(0, m.start() - 30), m.start()) for m in dates)


# a document site's file name ('1985-02-04 Regular Minutes', '2012-09-06 Council (Regular) Minutes') glued to the paper's first
# line ('... MinutesELMVILLE CITY COUNCIL', '... MinutesCOUNTY OF ELM'): the name ends in the paper's kind, the first line opens
# with a capital; split there, within the file name's length, on the first line
_FILE_NAME_GLUED_RE = re.compile(r"(?:(?<=\bMinutes)|(?<=\bAgenda))(?=[A-Z])")
_FILE_NAME_CHARS = 120


def without_document_site_prefix(text: str) -> str:
    """The text without a document site's trail glued to its first line ('HomeMy WebLinkAbout', or a mirror's
    metadata stamp 'date 2019-10-30' before the paper's title: the date it was filed, not the meeting's), and
    the file's name it prints parted from the paper's own first line ('1985-02-04 Regular
    Minutes' / 'ELMVILLE CITY COUNCIL'); other text unchanged."""
    site = _vocab_re("document_site_prefix").match(text, 0, 400)
    if not site:
        return text
    text = text[site.end() :]
    glued = _FILE_NAME_GLUED_RE.search(text, 0, _FILE_NAME_CHARS)
    return text[: glued.start()] + "\n" + text[glued.start() :] if glued else text


def without_page_chrome(text: str) -> str:
    """The text with the chrome lines of its opening removed (the rest untouched, and not copied
    when there is no chrome: a long document costs no more than its opening). A document site's
    trail glued to the first line ('HomeMy WebLinkAboutM5698 TOWN OF ENFIELD TOWN BOARD ...', as
    Laserfiche and similar public portals print it, with the file's own name) goes too."""
    text = without_document_site_prefix(text)
    end = -1
    for _ in range(_OPENING_LINES):
        end = text.find("\n", end + 1)
        if end < 0:
            end = len(text)
            break
    opening = text[:end].split("\n")
    kept = [line for line in opening if not is_page_chrome(line)]
    if len(kept) == len(opening):
        return text
    return "\n".join(kept) + text[end:]
