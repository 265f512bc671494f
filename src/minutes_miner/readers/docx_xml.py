"""The WordprocessingML a .docx body is made of: element names, attributes read forgivingly,
the body's items in order (through content controls and tracked insertions), page marks,
and a paragraph's text with its symbol-font characters mapped to Unicode.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from .cleanup import SYMBOL_FONT_CHARS


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def w(tag: str) -> str:
    """Clark name for a WordprocessingML tag: w("p") -> "{...main}p"."""
    return f"{{{W_NS}}}{tag}"


def w_val(element, tag: str, attribute: str = "val") -> str | None:
    """The w:val (or other attribute) of child `tag`, or None when absent."""
    if element is None:
        return None
    child = element.find(w(tag))
    return None if child is None else child.get(w(attribute))


def as_int(value: str | None, default: int) -> int:
    """An integer attribute, or `default` when it is missing or not a number.

    One malformed attribute in a hand-edited or machine-made file should cost a list
    label or a column number, not the whole document.
    """
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


# Elements whose content is not document text: properties, deleted or moved-away
# text, field instructions, and the fallback copy of anything with an mc:Choice.
SKIP_TAGS = {
    w("pPr"), w("rPr"), w("del"), w("moveFrom"), w("instrText"), w("delInstrText"),
    w("footnoteReference"), w("endnoteReference"), w("commentReference"), f"{{{MC_NS}}}Fallback",
}  # fmt: skip
# Elements that only wrap body content (content controls, custom XML, tracked insertions).
WRAPPER_TAGS = {w("sdt"), w("sdtContent"), w("customXml"), w("ins"), w("moveTo"), w("smartTag")}


@dataclass
class ParagraphText:
    """A paragraph's visible text, where its page-break marks fall, and any text boxes."""

    text: str
    breaks_before: int
    breaks_after: int
    text_boxes: list


def body_items(container) -> Iterator:
    """w:p and w:tbl elements of a body, cell or text box, in order, through wrappers."""
    for child in container:
        if child.tag in (w("p"), w("tbl")):
            yield child
        elif child.tag in WRAPPER_TAGS:
            yield from body_items(child)


def children(element, tag: str) -> Iterator:
    """Children named w:`tag`, looking through content-control and custom-XML wrappers."""
    for child in element:
        if child.tag == w(tag):
            yield child
        elif child.tag in WRAPPER_TAGS:
            yield from children(child, tag)


def has_page_mark(element) -> bool:
    """True if Word broke a page inside `element` (a table row, here)."""
    return any(True for _ in element.iter(w("lastRenderedPageBreak"))) or any(br.get(w("type")) == "page" for br in element.iter(w("br")))


def symbol_char(code: str | None) -> str:
    """The character a w:sym draws ("F0B7" in Symbol is a bullet)."""
    try:
        char = chr(int(code or "", 16))
    except (ValueError, OverflowError):
        return ""
    return SYMBOL_FONT_CHARS.get(char, char)


def paragraph_text(p) -> ParagraphText:
    """The visible text of one paragraph, as Word would show it.

    Deleted revisions, field instructions and fallback copies are skipped; tabs and
    line breaks are kept; text boxes are returned separately so their paragraphs
    become blocks of their own rather than being glued into this one.
    """
    parts: list[str] = []
    text_boxes: list = []
    breaks = {"before": 0, "after": 0}

    def page_mark() -> None:
        breaks["after" if "".join(parts).strip() else "before"] += 1

    def visit(element) -> None:
        for child in element:
            tag = child.tag
            if tag in SKIP_TAGS or not isinstance(tag, str):
                continue
            if tag == w("t"):
                parts.append(child.text or "")
            elif tag in (w("tab"), w("ptab")):
                parts.append("\t")
            elif tag == w("br"):
                if child.get(w("type")) == "page":
                    page_mark()
                else:
                    parts.append("\n")
            elif tag == w("cr"):
                parts.append("\n")
            elif tag == w("lastRenderedPageBreak"):
                page_mark()
            elif tag == w("noBreakHyphen"):
                parts.append("-")
            elif tag == w("sym"):
                parts.append(symbol_char(child.get(w("char"))))
            elif tag == w("txbxContent"):
                text_boxes.append(child)
            else:
                visit(child)

    visit(p)
    text = "".join(parts)
    # A break mark before any text means the paragraph starts a page; after it, the
    # next paragraph does. Either way only one new page per mark.
    return ParagraphText(text, breaks["before"], breaks["after"], text_boxes)
