"""The one shape every reader produces: normalised text, typed blocks and a page map.

Every later stage indexes into `Document.text`, and the store keeps that text, so a
record's `char_start:char_end` can always be highlighted in its source.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Iterable, Literal

BlockKind = Literal["heading", "paragraph", "list_item", "table_cell", "line"]


class ReadError(Exception):
    """A file that cannot be turned into text, with a one-line reason for the user.

    The reason is stored in `documents.error`, so it must say what is wrong with the
    file ("encrypted PDF", "no text layer (scanned?)"), not where the code failed.
    """


@dataclass(slots=True)  # slots: a long PDF has about 25 blocks a page, held while it is extracted
class Block:
    """A run of the document text with a layout role.

    `start`/`end` are offsets into `Document.text`. Table cells carry their table,
    row and column so that statistics can take row and column headers as subject;
    all three count from 0 (table in document order, col is the grid column, so a
    cell after a merged cell keeps its true column).
    """

    kind: BlockKind
    start: int
    end: int
    page: int = 1
    level: int | None = None  # heading level (1 = top) where the format says
    style: str | None = None  # e.g. Word paragraph style, HTML tag
    table: int | None = None
    row: int | None = None
    col: int | None = None


@dataclass
class Document:
    """A read document: what every later stage works from."""

    path: str
    format: str  # pdf, docx, html, txt, md
    text: str
    blocks: list[Block] = field(default_factory=list)
    page_starts: list[int] = field(default_factory=lambda: [0])
    title: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)

    @property
    def pages(self) -> int:
        return len(self.page_starts)

    def page_at(self, offset: int) -> int:
        """The 1-based page that holds character `offset`."""
        return max(1, bisect.bisect_right(self.page_starts, offset))


# Characters that text layers and word processors leave in place of ordinary ones.
_CHAR_FIXES = {
    "\u00a0": " ",  # no-break space
    "\u2002": " ",
    "\u2003": " ",
    "\u2009": " ",
    "\u202f": " ",
    "\u200b": "",  # zero-width space
    "\ufeff": "",  # BOM / zero-width no-break space
    "\u00ad": "",  # soft hyphen
    "\ufffe": "",  # pdfium's marker for a hyphen at a line break
    "\t": " ",
    "\f": "\n",
    "\r\n": "\n",
    "\r": "\n",
}
_CHAR_FIX_RE = re.compile("|".join(re.escape(k) for k in sorted(_CHAR_FIXES, key=len, reverse=True)))
_ASCII_FIX_KEYS = tuple(k for k in _CHAR_FIXES if k.isascii())  # an ASCII text can hold only these
_TRAILING_SPACE_RE = re.compile(r"[ ]+\n")
_SPACE_RUN_RE = re.compile(r"[ ]{2,}")
_MANY_BLANK_LINES_RE = re.compile(r"\n{3,}")


def normalise_text(text: str) -> str:
    """Normalise one piece of text the same way for every format.

    NFC, ordinary spaces, Unix line ends, no trailing spaces, at most one blank line,
    and no runs of spaces: spaces and tabs that lined text up in Word or a text file
    are layout, not words, and PDF and HTML text never has them.
    Readers call this per block *before* computing offsets, so offsets stay exact.
    """
    text = unicodedata.normalize("NFC", text)
    if not text.isascii() or any(key in text for key in _ASCII_FIX_KEYS):  # else nothing to fix (most blocks): the substitutions only when they can match
        text = _CHAR_FIX_RE.sub(lambda m: _CHAR_FIXES[m.group(0)], text)
    if "  " in text:
        text = _SPACE_RUN_RE.sub(" ", text)
    if " \n" in text:
        text = _TRAILING_SPACE_RE.sub("\n", text)
    return _MANY_BLANK_LINES_RE.sub("\n\n", text) if "\n\n\n" in text else text


class DocumentBuilder:
    """Append blocks of text page by page and get a `Document` with exact offsets.

    Readers only decide what the blocks are; the builder owns normalisation,
    separators and offsets, so every format produces text the same way.
    """

    def __init__(self, path: str, format: str) -> None:
        self.path = path
        self.format = format
        self._parts: list[str] = []
        self._length = 0
        self._page = 1
        self.page_starts = [0]
        self.blocks: list[Block] = []
        self.title: str | None = None
        self.metadata: dict[str, str] = {}

    def new_page(self) -> None:
        """Start the next page at the current end of text."""
        self._ensure_break("\n\n")
        self._page += 1
        self.page_starts.append(self._length)

    def add(self, text: str, kind: BlockKind = "paragraph", separator: str = "\n\n", **attrs) -> Block | None:
        """Add one block; blank text adds nothing. `separator` goes before it."""
        text = normalise_text(text).strip()
        if not text:
            return None
        if self._length:
            self._ensure_break(separator)
        start = self._length
        self._append(text)
        block = Block(kind=kind, start=start, end=self._length, page=self._page, **attrs)
        self.blocks.append(block)
        return block

    def add_table_row(self, cells: Iterable[tuple[int, str]], table: int, row: int) -> list[Block]:
        """Add one table row: a "table_cell" block per non-blank (column, text) cell.

        A row starts after a blank line and its cells follow one per line, so a row
        reads like a short paragraph and no cell's text runs into its neighbour's.
        """
        blocks: list[Block] = []
        for col, text in cells:
            separator = "\n" if blocks else "\n\n"
            block = self.add(text, "table_cell", separator=separator, table=table, row=row, col=col)
            if block is not None:
                blocks.append(block)
        return blocks

    def _ensure_break(self, separator: str) -> None:
        if not self._parts:
            return
        tail = "".join(self._parts[-2:])[-len(separator) :]
        if tail != separator and not tail.endswith("\n\n"):
            needed = separator if not tail.endswith("\n") else separator[1:]
            self._append(needed)

    def _append(self, text: str) -> None:
        self._parts.append(text)
        self._length += len(text)

    def build(self) -> Document:
        """The finished `Document`.

        Trailing page breaks (empty last pages) are not kept as text: their pages
        start at the end of the text, so `pages` still counts them.
        """
        text = "".join(self._parts).rstrip("\n")
        return Document(
            path=self.path,
            format=self.format,
            text=text,
            blocks=self.blocks,
            page_starts=[min(start, len(text)) for start in self.page_starts],
            title=self.title,
            metadata=self.metadata,
        )
