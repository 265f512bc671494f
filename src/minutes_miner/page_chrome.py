"""A web page's chrome above its title: "Skip to content", a cookie banner, the menu and a
breadcrumb trail ("Home > Council and democracy > Meetings > Planning Committee").

Saved pages and text mirrors of council websites open with these lines, which push the title
and the meeting's date out of the opening lines where a clerk (and meeting.py) reads them.
The chrome is dropped from the opening before the title block is read; a line that might be a
title is kept. Vocabulary: models/patterns/meeting.json (page_chrome_lines, breadcrumb_line,
cookie_banner).
"""

from __future__ import annotations


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
    return bool(_vocab_re("cookie_banner").search(bare))


def without_page_chrome(text: str) -> str:
    """The text with the chrome lines of its opening removed (the rest untouched, and not copied
    when there is no chrome: a long document costs no more than its opening). A document site's
    trail glued to the first line ('HomeMy WebLinkAboutM5698 TOWN OF ENFIELD TOWN BOARD ...', as
    Laserfiche and similar public portals print it, with the file's own name) goes too."""
    site = _vocab_re("document_site_prefix").match(text, 0, 400)
    if site:
        text = text[site.end() :]
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
