"""Rendering an HTML element tree into Document blocks: headings, paragraphs, list items
(with their numbers) and table cells, with inline text gathered between block boundaries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator

from .base import DocumentBuilder
from .html_content import is_noise, strip_file_size_labels
from .html_tree import BLOCK_TAGS, HEADING_TAGS, Element


_PAGE_DIV_RE = re.compile(r"^page[_-]?\d+$", re.IGNORECASE)


_WHITESPACE_RE = re.compile(r"[ \t\r\n\f\v]+")


# --- rendering -------------------------------------------------------------------------


@dataclass
class _Table:
    """Where we are in a table: rows with text so far, and grid slots taken by rowspans."""

    index: int
    rows_with_text: int = 0
    grid_row: int = -1
    taken: set[tuple[int, int]] = field(default_factory=set)


class BlockRenderer:
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
    """ "3." for the third item of an <ol> (respecting start/value), "•" for <ul> items."""
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
