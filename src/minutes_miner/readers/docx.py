"""Word (.docx) reader: paragraphs and tables in body order, with headings and list labels.

python-docx gives separate lists of paragraphs and tables, which loses where a table
sits; council decision records (Winnipeg's "Disposition of Items") are nothing but
tables between headings, so we walk the body XML ourselves and use python-docx only to
open the package, resolve styles and read the core properties.

Pages: Word does not store pages, but it leaves a mark where it last broke a page when
saving (w:lastRenderedPageBreak) and writes explicit page breaks (w:br type="page").
Those marks start new pages here, so page numbers match what Word showed, roughly.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from .base import Document, DocumentBuilder, ReadError
from .cleanup import is_explicit_page_label, plausible_title
from .docx_numbering import ListNumbering, numbering_element
from .docx_package import core_title, open_docx
from .docx_xml import as_int, body_items, children, has_page_mark, paragraph_text, w, w_val

__all__ = ["read_docx", "ListNumbering"]


def read_docx(path: Path, data: bytes) -> Document:
    """Read a .docx into a `Document`, or raise `ReadError` for a damaged file."""
    word = open_docx(data)
    builder = DocumentBuilder(str(path), "docx")
    body = word.element.body
    if body is None:
        raise ReadError("corrupt Word document: it has no body")
    try:
        reader = _BodyReader(word, builder)
        reader.read(body)
    except (KeyError, ValueError) as error:  # e.g. a numbering attribute that is not a number
        raise ReadError(f"corrupt Word document: {type(error).__name__} while reading the body") from None
    if reader.saw_page_marks:
        builder.metadata["pages_from"] = "Word page-break marks (approximate)"
    document = builder.build()
    document.title = plausible_title(core_title(word), document.text)
    return document


class _BodyReader:
    """Walks the body XML in order and adds blocks to the builder."""

    def __init__(self, word, builder: DocumentBuilder) -> None:
        self.word = word
        self.builder = builder
        self.numbering = ListNumbering(numbering_element(word))
        self.table_count = 0
        self.saw_page_marks = False
        self._blocks_at_page_start = 0
        self._style_cache: dict[str | None, tuple[str | None, int | None, tuple[str, int] | None]] = {}

    def read(self, body) -> None:
        for element in body_items(body):
            if element.tag == w("p"):
                self._add_paragraph(element)
            else:
                self._add_table(element)

    # Paragraphs -------------------------------------------------------------

    def _add_paragraph(self, p) -> None:
        content = paragraph_text(p)
        self._new_pages(content.breaks_before)
        style_name, level, style_numbering = self._style_info(p)
        label = self._list_label(p, style_numbering)
        kind, heading_level = _paragraph_kind(style_name, level, label is not None or style_numbering is not None)
        text = content.text
        if label and text.strip():
            text = f"{label} {text.strip()}"
        if not is_explicit_page_label(text):  # "Page 1 of 3" typed into the body of a converted PDF
            self.builder.add(text, kind, level=heading_level, style=style_name)
        for box in content.text_boxes:
            for inner in body_items(box):
                if inner.tag == w("p"):
                    self._add_paragraph(inner)
        self._new_pages(content.breaks_after)

    def _new_pages(self, count: int) -> None:
        """Start `count` new pages, but never two with nothing between them.

        Word often marks one break twice (an explicit page break and, in the next
        paragraph, the rendered-break mark), which would otherwise make empty pages.
        """
        for _ in range(count):
            self.saw_page_marks = True
            if len(self.builder.blocks) == self._blocks_at_page_start:
                continue
            self.builder.new_page()
            self._blocks_at_page_start = len(self.builder.blocks)

    def _style_info(self, p) -> tuple[str | None, int | None, tuple[str, int] | None]:
        """(style name, outline level, list numbering) for a paragraph, from it and its style chain."""
        style_id = w_val(p.find(w("pPr")), "pStyle")
        if style_id not in self._style_cache:
            self._style_cache[style_id] = self._resolve_style(style_id)
        name, outline, numbering = self._style_cache[style_id]
        direct_outline = w_val(p.find(w("pPr")), "outlineLvl")
        if direct_outline is not None and direct_outline.isdecimal():
            outline = int(direct_outline)
        return name, outline, numbering

    def _resolve_style(self, style_id: str | None) -> tuple[str | None, int | None, tuple[str, int] | None]:
        from docx.enum.style import WD_STYLE_TYPE

        try:
            style = self.word.styles.get_by_id(style_id, WD_STYLE_TYPE.PARAGRAPH)
        except (KeyError, ValueError, AttributeError):  # a damaged styles.xml: keep the id
            return style_id, None, None
        name = style.name if style is not None else style_id
        outline: int | None = None
        numbering: tuple[str, int] | None = None
        seen = 0
        while style is not None and seen < 20:  # follow basedOn; Word allows cycles in broken files
            ppr = style.element.find(w("pPr"))
            if outline is None:
                value = w_val(ppr, "outlineLvl")
                outline = int(value) if value and value.isdecimal() else None
            if numbering is None and ppr is not None and ppr.find(w("numPr")) is not None:
                num_pr = ppr.find(w("numPr"))
                numbering = (w_val(num_pr, "numId") or "0", as_int(w_val(num_pr, "ilvl"), 0))
            style = style.base_style
            seen += 1
        if numbering and numbering[0] == "0":
            numbering = None
        return name, outline, numbering

    def _list_label(self, p, style_numbering: tuple[str, int] | None) -> str | None:
        num_pr = p.find(w("pPr"))
        num_pr = None if num_pr is None else num_pr.find(w("numPr"))
        if num_pr is not None:
            num_id = w_val(num_pr, "numId")
            level = as_int(w_val(num_pr, "ilvl"), style_numbering[1] if style_numbering else 0)
            if num_id is None and style_numbering:
                num_id = style_numbering[0]
        elif style_numbering:
            num_id, level = style_numbering
        else:
            return None
        if not num_id or num_id == "0":
            return None
        return self.numbering.label(num_id, level)

    # Tables -----------------------------------------------------------------

    def _add_table(self, tbl) -> None:
        table = self.table_count
        self.table_count += 1
        row_index = 0
        for tr in children(tbl, "tr"):
            if has_page_mark(tr):
                self._new_pages(1)
            cells = list(self._row_cells(tr))
            if any(text.strip() for _, text in cells):
                self.builder.add_table_row(cells, table=table, row=row_index)
                row_index += 1

    def _row_cells(self, tr) -> Iterator[tuple[int, str]]:
        """(grid column, text) of each cell that starts in this row.

        A horizontally merged cell (gridSpan) is one cell; a vertically merged one
        (vMerge continue) belongs to the row above and is skipped, so no text repeats.
        """
        column = as_int(w_val(tr.find(w("trPr")), "gridBefore"), 0)
        for tc in children(tr, "tc"):
            tc_pr = tc.find(w("tcPr"))
            span = max(1, as_int(w_val(tc_pr, "gridSpan"), 1))
            v_merge = None if tc_pr is None else tc_pr.find(w("vMerge"))
            continues_above = v_merge is not None and v_merge.get(w("val")) in (None, "continue")
            if not continues_above:
                yield column, self._cell_text(tc)
            column += span

    def _cell_text(self, container) -> str:
        """A cell's paragraphs (with list labels) and nested tables, one per line."""
        lines = []
        for element in body_items(container):
            if element.tag == w("p"):
                content = paragraph_text(element)
                _, _, style_numbering = self._style_info(element)
                label = self._list_label(element, style_numbering)
                text = content.text.strip()
                if label and text:
                    text = f"{label} {text}"
                lines.append(text)
            elif element.tag == w("tbl"):
                for tr in children(element, "tr"):
                    lines.append(" | ".join(self._cell_text(tc).replace("\n", " ") for tc in children(tr, "tc")))
        return "\n".join(line for line in lines if line.strip())


def _paragraph_kind(style_name: str | None, outline_level: int | None, numbered: bool) -> tuple[str, int | None]:
    """("heading", level) for Title/Heading n/outline-level styles, else list_item or paragraph."""
    name = (style_name or "").strip().lower()
    if name == "title":
        return "heading", 1
    if name.startswith("heading") and name[7:].strip().isdecimal():
        return "heading", int(name[7:].strip())
    if outline_level is not None and outline_level < 9:
        return "heading", outline_level + 1
    if numbered or name.startswith("list"):
        return "list_item", None
    return "paragraph", None
