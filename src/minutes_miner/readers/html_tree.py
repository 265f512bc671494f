"""The HTML element tree: bytes decoded with their declared charset, parsed (stdlib
html.parser) into a small, forgiving tree that closes tags the way browsers do, with list
items numbered as a browser shows them. What to read from it is html_content.py; turning it
into blocks is html_render.py.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Iterator

from .cleanup import format_list_number


VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
# Never text: code, styling, page chrome and controls.
DROP_TAGS = {
    "script", "style", "noscript", "template", "head", "nav", "footer", "aside", "form", "select",
    "button", "iframe", "svg", "canvas", "object", "audio", "video", "map", "dialog", "textarea",
}  # fmt: skip
HEADING_TAGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "header", "blockquote", "pre", "address", "center",
    "figure", "figcaption", "dl", "dt", "dd", "ul", "ol", "li", "table", "caption", "tr", "td", "th",
    "hr", "body", "html", "fieldset", "legend", "details", "summary",
}  # fmt: skip
_CLOSES_P = BLOCK_TAGS | set(HEADING_TAGS)


_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*+=\s*+["']?\s*+([A-Za-z0-9_:.-]+)""", re.IGNORECASE)


def decode_html(data: bytes) -> tuple[str, str]:
    """Decode with the BOM, else the <meta charset>, else UTF-8, else cp1252.

    Pages that declare iso-8859-1 are read as cp1252, as browsers do, because
    that is what Windows-made pages with curly quotes really are.
    """
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding.replace("-sig", "")
    declared = _declared_charset(data[:4096])
    if declared:
        try:
            return data.decode(declared), declared
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def _declared_charset(head: bytes) -> str | None:
    match = _META_CHARSET_RE.search(head)
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore").lower()
    try:
        name = codecs.lookup(name).name
    except LookupError:
        return None
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name


# --- a small, forgiving element tree -------------------------------------------------


@dataclass
class Element:
    """An HTML element; children are Elements and text strings, in order."""

    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list = field(default_factory=list)

    def iter(self) -> Iterator["Element"]:
        yield self
        for child in self.children:
            if isinstance(child, Element):
                yield from child.iter()

    def text(self) -> str:
        return "".join(child if isinstance(child, str) else child.text() for child in self.children)

    @property
    def classes(self) -> list[str]:
        return self.attrs.get("class", "").lower().split()


# Deeper than any real page; past it elements are added flat, so that walking the tree (which
# recurses) cannot overflow the stack on hostile HTML nested thousands of levels deep.
MAX_DEPTH = 120


class _TreeParser(HTMLParser):
    """Builds an `Element` tree, closing tags the way browsers do when authors don't."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document")
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._close_implied(tag)
        element = Element(tag, {name.lower(): value or "" for name, value in attrs})
        self.stack[-1].children.append(element)
        if tag not in VOID_TAGS and len(self.stack) < MAX_DEPTH:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return
            if tag in ("p", "li", "td", "th", "tr") and self.stack[depth].tag in ("table", "ul", "ol"):
                return  # a stray </p> or </td> must not close the enclosing list or table

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)

    def _close_implied(self, tag: str) -> None:
        if tag in _CLOSES_P:
            self._close_open("p", stop_at=("table", "td", "th", "li", "div", "blockquote", "section", "article"))
        if tag == "li":
            self._close_open("li", stop_at=("ul", "ol"))
        elif tag in ("td", "th"):
            self._close_open("td", stop_at=("tr", "table"))
            self._close_open("th", stop_at=("tr", "table"))
        elif tag == "tr":
            self._close_open("tr", stop_at=("table",))
        elif tag in ("dt", "dd"):
            self._close_open("dt", stop_at=("dl",))
            self._close_open("dd", stop_at=("dl",))
        elif tag == "option":
            self._close_open("option", stop_at=("select",))

    def _close_open(self, tag: str, stop_at: tuple[str, ...]) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            current = self.stack[depth].tag
            if current == tag:
                del self.stack[depth:]
                return
            if current in stop_at:
                return


def parse_html(text: str) -> Element:
    """Parse HTML text (a whole page or a fragment) into an `Element` tree."""
    parser = _TreeParser()
    parser.feed(text)
    parser.close()
    number_list_items(parser.root)
    return parser.root


def number_list_items(root: Element) -> None:
    """Mark each <li> with its list kind and, in an <ol>, its number (start/value aware)."""
    for element in root.iter():
        if element.tag not in ("ol", "ul"):
            continue
        start = element.attrs.get("start", "").strip()
        number = int(start) if re.fullmatch(r"-?\d{1,6}", start) else 1
        for item in _list_items(element):
            item.attrs["data-list"] = element.tag
            if element.tag == "ol":
                value = item.attrs.get("value", "").strip()
                if re.fullmatch(r"\d{1,6}", value):
                    number = int(value)
                item.attrs["data-number"] = _ol_number(number, element.attrs.get("type", "1"))
                number += 1


def _list_items(list_element: Element) -> Iterator[Element]:
    for child in list_element.children:
        if isinstance(child, Element):
            if child.tag == "li":
                yield child
            elif child.tag not in ("ol", "ul"):
                yield from _list_items(child)


def _ol_number(number: int, kind: str) -> str:
    """An <ol type="a|A|i|I|1"> counter as the browser shows it."""
    style = {"a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}.get(kind, "decimal")
    return format_list_number(number, style)
