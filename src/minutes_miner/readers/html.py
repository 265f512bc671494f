"""HTML reader (stdlib html.parser only): the minutes, not the website around them.

Council pages are mostly site chrome: menus, breadcrumbs, cookie banners, footers,
"PDF 129 KB" link labels. We build a small element tree, pick the content element if
the page has one (ModernGov's #mgContent, WordPress's .entry-content, <article>,
<main>, #content), drop navigation-like elements, and turn what is left into heading,
paragraph, list item and table cell blocks.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterator

from .base import Document, DocumentBuilder
from .cleanup import format_list_number, plausible_title

__all__ = ["read_html", "decode_html", "parse_html", "add_html", "strip_file_size_labels"]

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

# Content containers, most specific first: the first kind found is what we read.
CONTENT_SELECTORS: list[tuple[str, str]] = [
    ("id", "mgcontent"),
    ("class", "mgcontent"),
    ("class", "entry-content"),
    ("tag", "article"),
    ("tag", "main"),
    ("role", "main"),
    ("id", "content"),
]

# class/id words that mark navigation and page furniture.
_NOISE_PART_RE = re.compile(r"^(?:nav|navbar|navigation|menu|menus|menubar|breadcrumbs?|cookies?|footer|sidebar|skip|skiplinks?)$")
_NOISE_ANYWHERE_RE = re.compile(r"breadcrumb|cookie|sidebar|footer|skiplink|skip-link|skip-to|navbar|navigation|mainmenu|megamenu")
# ModernGov and CMS link labels: "pdf icon PDF 129 KB", "PDF 116 KB", "Word 2 MB".
_FILE_SIZE_RE = re.compile(
    r"(?:\b(?:pdf|word|doc|docx|excel|xls|xlsx)\s+icon\s+)?\b(?:PDF|DOC|DOCX|XLS|XLSX|RTF|PPT|PPTX|ODT|CSV|HTML?|Word|Excel)"
    r"\s+\d+(?:[.,]\d+)?\s*(?:KB|MB|kB|Kb|kb|mb|bytes)\b",
    re.IGNORECASE,
)
_PAGE_DIV_RE = re.compile(r"^page[_-]?\d+$", re.IGNORECASE)
_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE)
_WHITESPACE_RE = re.compile(r"[ \t\r\n\f\v]+")


def read_html(path: Path, data: bytes) -> Document:
    """Read an HTML page into a `Document`: its content element, or its body without chrome."""
    text, encoding = decode_html(data)
    text = text.replace("\x00", "")
    builder = DocumentBuilder(str(path), "html")
    builder.metadata["encoding"] = encoding
    root = parse_html(text)
    add_html(builder, root)
    document = builder.build()
    document.title = page_title(root, document.text)
    return document


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


# --- choosing what to read -----------------------------------------------------------


def page_title(root: Element, text: str) -> str | None:
    """The <title> if it describes this page's text, else the first <h1> of the content.

    <title> often carries the site name or a converter's name ("Created by BCL
    easyConverter SDK 3"), so it has to pass the same check as PDF metadata titles.
    """
    title = _first_text(root, "title")
    if plausible_title(title, text):
        return plausible_title(title, text)
    for scope in content_roots(root) + [root]:
        heading = _first_text(scope, "h1")
        if heading:
            return heading
    return None


def _first_text(root: Element, tag: str) -> str | None:
    for element in root.iter():
        if element.tag == tag:
            text = " ".join(element.text().split())
            if text:
                return text
    return None


def content_roots(root: Element) -> list[Element]:
    """The page's content elements (outermost matches of the first selector that matches)."""
    for kind, value in CONTENT_SELECTORS:
        found = _outermost(root, lambda e: _matches(e, kind, value))
        if found:
            return found
    return []


def _matches(element: Element, kind: str, value: str) -> bool:
    if kind == "tag":
        return element.tag == value
    if kind == "class":
        return value in element.classes
    return element.attrs.get(kind, "").lower() == value


def _outermost(root: Element, predicate) -> list[Element]:
    found: list[Element] = []

    def walk(element: Element) -> None:
        if predicate(element):
            found.append(element)
            return
        for child in element.children:
            if isinstance(child, Element):
                walk(child)

    walk(root)
    return found


def is_noise(element: Element, inside_content: bool) -> bool:
    """True for elements that are site furniture, not document text.

    Inside a chosen content element a <header> is the article's own header (its
    title), so only a page-level <header> is dropped.
    """
    if element.tag in DROP_TAGS or (element.tag == "header" and not inside_content):
        return True
    if "hidden" in element.attrs or element.attrs.get("aria-hidden") == "true":
        return True
    if re.search(r"display\s*:\s*none", element.attrs.get("style", ""), re.IGNORECASE):
        return True
    if element.tag in ("html", "body"):
        return False
    names = element.classes + element.attrs.get("id", "").lower().split() + [element.attrs.get("role", "").lower()]
    for name in names:
        if _NOISE_ANYWHERE_RE.search(name) or any(_NOISE_PART_RE.match(part) for part in re.split(r"[-_]", name)):
            return True
    return False


def strip_file_size_labels(text: str) -> str:
    """Remove "pdf icon PDF 129 KB"-style link labels, keeping the words around them."""
    if not _FILE_SIZE_RE.search(text):
        return text
    text = _FILE_SIZE_RE.sub("", text)
    return re.sub(r"[ \t]{2,}", " ", re.sub(r"[ \t]+(\n|$)", r"\1", text))


def add_html(builder: DocumentBuilder, root: Element, whole_page: bool = True) -> None:
    """Add the blocks of a parsed page (or fragment) to `builder`.

    With `whole_page`, read only the content element(s) if the page has any; if the
    noise filter leaves nothing (a site whose wrapper div is called "has-sidebar"),
    read again without it rather than lose the page.
    """
    roots = content_roots(root) if whole_page else []
    inside = bool(roots)
    targets = roots or [root]
    blocks_before = len(builder.blocks)
    _Renderer(builder, filter_noise=True, inside_content=inside).render_all(targets)
    if len(builder.blocks) == blocks_before:
        _Renderer(builder, filter_noise=False, inside_content=inside).render_all(targets)


# --- rendering -------------------------------------------------------------------------


@dataclass
class _Table:
    """Where we are in a table: rows with text so far, and grid slots taken by rowspans."""

    index: int
    rows_with_text: int = 0
    grid_row: int = -1
    taken: set[tuple[int, int]] = field(default_factory=set)


class _Renderer:
    """Walks elements, gathering inline text and emitting a block at each block boundary."""

    def __init__(self, builder: DocumentBuilder, filter_noise: bool, inside_content: bool) -> None:
        self.builder = builder
        self.filter_noise = filter_noise
        self.inside_content = inside_content
        self.buffer: list[str] = []
        self.kinds: list[tuple[str, dict]] = [("paragraph", {})]
        self.pending_label: str | None = None
        self.cell: list[str] | None = None  # text of the table cell being read
        self.preformatted = 0
        self.next_table = 1 + max((b.table for b in builder.blocks if b.table is not None), default=-1)

    def render_all(self, roots: list[Element]) -> None:
        for root in roots:
            self.visit(root)
            self.flush()

    def visit(self, element: Element) -> None:
        for child in element.children:
            if isinstance(child, str):
                self.add_text(child)
            else:
                self.element(child)

    def add_text(self, text: str) -> None:
        if not self.preformatted:
            text = _WHITESPACE_RE.sub(" ", text)
        (self.cell if self.cell is not None else self.buffer).append(text)

    def element(self, element: Element) -> None:
        tag = element.tag
        if self.filter_noise and is_noise(element, self.inside_content):
            return
        if tag == "br":
            self.add_text_raw("\n")
        elif _PAGE_DIV_RE.match(element.attrs.get("id", "")) and tag == "div":
            self.flush()
            if self.builder.blocks:
                self.builder.new_page()
            self.visit(element)
            self.flush()
        elif tag == "table" and self.cell is None and not _is_layout_table(element):
            self.table(element)
        elif self.cell is not None and tag in BLOCK_TAGS | set(HEADING_TAGS):
            self.add_text_raw("\n")  # inside a cell, blocks are just lines of the cell
            self.visit(element)
            self.add_text_raw("\n")
        elif tag in HEADING_TAGS:
            self.block(element, "heading", level=HEADING_TAGS[tag], style=tag)
        elif tag == "li":
            self.list_item(element)
        elif tag in ("ol", "ul"):
            self.flush()
            self.visit(element)
            self.flush()
        elif tag == "pre":
            self.preformatted += 1
            self.block(element, "paragraph", style="pre")
            self.preformatted -= 1
        elif tag in BLOCK_TAGS:
            self.block(element, None)
        else:
            self.visit(element)

    def add_text_raw(self, text: str) -> None:
        (self.cell if self.cell is not None else self.buffer).append(text)

    def block(self, element: Element, kind: str | None, **attrs) -> None:
        """Emit what came before, read the element as its own block, emit it."""
        self.flush()
        if kind is not None:
            self.kinds.append((kind, attrs))
        elif self.kinds[-1][0] == "list_item":
            self.kinds.append(("paragraph", {"style": element.tag}))
        else:
            self.kinds.append((self.kinds[-1][0], {**self.kinds[-1][1], "style": element.tag}))
        self.visit(element)
        self.flush()
        self.kinds.pop()

    def list_item(self, element: Element) -> None:
        """An <li>: its first block gets the item's label ("4.", "•")."""
        self.flush()
        self.pending_label = _list_label(element)
        self.kinds.append(("list_item", {"style": element.attrs.get("data-list", "li")}))
        self.visit(element)
        self.flush()
        self.kinds.pop()
        self.pending_label = None

    def flush(self) -> None:
        """Add the inline text gathered so far as one block of the current kind."""
        text = _clean_block_text("".join(self.buffer))
        self.buffer = []
        if not text:
            return
        if self.pending_label:
            text = f"{self.pending_label} {text}"
            self.pending_label = None
        kind, attrs = self.kinds[-1]
        self.builder.add(text, kind, **attrs)

    def table(self, element: Element) -> None:
        """A data table: one `table_cell` block per cell, numbered after any earlier tables."""
        self.flush()
        table = _Table(index=self.next_table)
        self.next_table += 1
        for row in _table_rows(element):
            self.table_row(table, row)

    def table_row(self, table: _Table, row: Element) -> None:
        """Emit one <tr>: each cell at its grid column, so rowspans/colspans keep columns true."""
        table.grid_row += 1
        col = 0
        cells: list[tuple[int, str]] = []
        for cell in row.children:
            if not isinstance(cell, Element) or cell.tag not in ("td", "th"):
                continue
            if self.filter_noise and is_noise(cell, self.inside_content):
                continue
            while (table.grid_row, col) in table.taken:
                col += 1
            span = _int_attr(cell, "colspan")
            for extra_row in range(1, _int_attr(cell, "rowspan")):
                table.taken.update((table.grid_row + extra_row, col + extra_col) for extra_col in range(span))
            self.cell = []
            self.visit(cell)
            cells.append((col, _clean_block_text("".join(self.cell))))
            self.cell = None
            col += span
        if any(text for _, text in cells):
            self.builder.add_table_row(cells, table=table.index, row=table.rows_with_text)
            table.rows_with_text += 1


def _table_rows(table: Element) -> Iterator[Element]:
    """<tr> elements of a table, through thead/tbody/tfoot, not of nested tables."""
    for child in table.children:
        if not isinstance(child, Element):
            continue
        if child.tag == "tr":
            yield child
        elif child.tag in ("thead", "tbody", "tfoot"):
            yield from _table_rows(child)


def _is_layout_table(table: Element) -> bool:
    """Tables used for page layout are read as ordinary flow, not as cells.

    Layout: role="presentation", a single column (or cell), or headings inside cells.
    A nested table alone does not make one: minutes tables nest finance tables in a cell.
    """
    if table.attrs.get("role") == "presentation":
        return True
    rows = list(_table_rows(table))
    widths = [sum(1 for cell in row.children if isinstance(cell, Element) and cell.tag in ("td", "th")) for row in rows]
    if max(widths, default=0) <= 1:
        return True
    cells = [cell for row in rows for cell in row.children if isinstance(cell, Element) and cell.tag in ("td", "th")]
    return any(e.tag in HEADING_TAGS for cell in cells for e in cell.iter())


def _list_label(item: Element) -> str | None:
    """"3." for the third item of an <ol> (respecting start/value), "•" for <ul> items."""
    parent_tag = item.attrs.get("data-list")
    if parent_tag == "ol":
        return f"{item.attrs.get('data-number', '')}." if item.attrs.get("data-number") else None
    if parent_tag == "ul":
        return "•"
    return None


def _int_attr(element: Element, name: str) -> int:
    value = element.attrs.get(name, "1").strip()
    return max(1, min(int(value), 100)) if value.isdecimal() else 1


def _clean_block_text(text: str) -> str:
    text = strip_file_size_labels(text)
    text = re.sub(r"[ \t]*\n[ \t]*", "\n", text)
    return re.sub(r"\n{2,}", "\n", text).strip()  # a block has lines, never blank lines


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
