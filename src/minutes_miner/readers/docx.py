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

import zipfile
import zlib
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Iterator

from .base import Document, DocumentBuilder, ReadError
from .cleanup import SYMBOL_FONT_CHARS, format_list_number, is_explicit_page_label, plausible_title

__all__ = ["read_docx", "ListNumbering"]

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
_SKIP_TAGS = {
    w("pPr"), w("rPr"), w("del"), w("moveFrom"), w("instrText"), w("delInstrText"),
    w("footnoteReference"), w("endnoteReference"), w("commentReference"), f"{{{MC_NS}}}Fallback",
}  # fmt: skip
# Elements that only wrap body content (content controls, custom XML, tracked insertions).
_WRAPPER_TAGS = {w("sdt"), w("sdtContent"), w("customXml"), w("ins"), w("moveTo"), w("smartTag")}

_BULLET_TEXT = {"o": "◦", "§": "▪", "": "•"}


def read_docx(path: Path, data: bytes) -> Document:
    """Read a .docx into a `Document`, or raise `ReadError` for a damaged file."""
    word = _open_docx(data)
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
    document.title = plausible_title(_core_title(word), document.text)
    return document


# A Word file of minutes unpacks to a few MB; a "zip bomb" of 3.6 MB asked for ~20 GB.
MAX_UNPACKED_BYTES = 256 * 1024 * 1024


def _check_unpacked_size(data: bytes) -> None:
    """Refuse a package whose members would unpack past MAX_UNPACKED_BYTES, before unpacking any."""
    try:
        declared = sum(info.file_size for info in zipfile.ZipFile(BytesIO(data)).infolist())
    except (zipfile.BadZipFile, ValueError, EOFError):
        return  # python-docx reports the damage in its own words
    if declared > MAX_UNPACKED_BYTES:
        raise ReadError(f"Word document would unpack to {declared // 2**20} MB (more than {MAX_UNPACKED_BYTES // 2**20} MB): refused as a zip bomb")


def _open_docx(data: bytes):
    """python-docx Document from bytes; every way a damaged package fails becomes ReadError."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    _check_unpacked_size(data)
    try:
        return docx.Document(BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError):
        raise ReadError("corrupt Word document: not a readable zip package") from None
    except zlib.error:
        raise ReadError("corrupt Word document: damaged compressed data") from None
    except (KeyError, XMLSyntaxError, EOFError) as error:
        raise ReadError(f"corrupt Word document: damaged part ({type(error).__name__})") from None
    except ValueError as error:  # e.g. a .docm/.dotx content type, or an .xlsx renamed
        raise ReadError(f"not a Word document: {error}") from None


def _core_title(word) -> str | None:
    try:
        title = (word.core_properties.title or "").strip()
    except (KeyError, ValueError, AttributeError):  # a damaged docProps/core.xml must not lose the text
        return None
    return title or None


@dataclass
class _Level:
    """One level of a Word list definition."""

    fmt: str  # decimal, lowerLetter, upperRoman, bullet, none, ...
    text: str  # "%1.", "(%2)", "%1.%2", or the bullet character
    start: int


class ListNumbering:
    """Renders Word list labels ("1.", "(a)", "2.3", "•") in document order.

    Word stores only the list definition (numbering.xml) and each paragraph's list id and
    level; the visible number is a running count. We keep that count per list so the
    minute numbers that clerks type as automatic numbering are not lost.
    """

    def __init__(self, numbering_element) -> None:
        self._abstract: dict[str, dict[int, _Level]] = {}
        self._nums: dict[str, tuple[str, dict[int, int]]] = {}
        self._counts: dict[str, list[int | None]] = {}
        if numbering_element is not None:
            self._parse(numbering_element)

    def _parse(self, numbering) -> None:
        for abstract in numbering.iter(w("abstractNum")):
            levels = {}
            for lvl in abstract.iter(w("lvl")):
                levels[as_int(lvl.get(w("ilvl")), 0)] = _Level(
                    fmt=w_val(lvl, "numFmt") or "decimal",
                    text=w_val(lvl, "lvlText") or "",
                    start=as_int(w_val(lvl, "start"), 1),
                )
            self._abstract[abstract.get(w("abstractNumId"))] = levels
        for num in numbering.iter(w("num")):
            overrides = {}
            for override in num.iter(w("lvlOverride")):
                start = w_val(override, "startOverride")
                if start is not None:
                    overrides[as_int(override.get(w("ilvl")), 0)] = as_int(start, 1)
            self._nums[num.get(w("numId"))] = (w_val(num, "abstractNumId") or "", overrides)

    def label(self, num_id: str, level: int) -> str | None:
        """The label of the next item of list `num_id` at `level`, advancing the count."""
        if num_id not in self._nums:
            return None
        abstract_id, overrides = self._nums[num_id]
        levels = self._abstract.get(abstract_id, {})
        if level not in levels or not 0 <= level <= 9:
            return None
        # Lists that share a definition continue each other's numbering unless restarted.
        key = f"num:{num_id}" if overrides else f"abstract:{abstract_id}"
        counts = self._counts.setdefault(key, [None] * 10)
        current = counts[level]
        counts[level] = (overrides.get(level, levels[level].start) if current is None else current + 1)
        for deeper in range(level + 1, len(counts)):
            counts[deeper] = None
        return self._render(levels, level, counts, overrides)

    def _render(self, levels: dict[int, _Level], level: int, counts: list[int | None], overrides: dict[int, int]) -> str | None:
        spec = levels[level]
        if spec.fmt == "none":
            return None
        if spec.fmt == "bullet":
            return SYMBOL_FONT_CHARS.get(spec.text, _BULLET_TEXT.get(spec.text, spec.text or "•"))
        text = spec.text
        for index in range(9, -1, -1):
            placeholder = f"%{index + 1}"
            if placeholder in text:
                other = levels.get(index, spec)
                value = counts[index] if counts[index] is not None else overrides.get(index, other.start)
                text = text.replace(placeholder, format_list_number(value, other.fmt))
        return text.strip() or None


@dataclass
class _ParagraphText:
    """A paragraph's visible text, where its page-break marks fall, and any text boxes."""

    text: str
    breaks_before: int
    breaks_after: int
    text_boxes: list


class _BodyReader:
    """Walks the body XML in order and adds blocks to the builder."""

    def __init__(self, word, builder: DocumentBuilder) -> None:
        self.word = word
        self.builder = builder
        self.numbering = ListNumbering(_numbering_element(word))
        self.table_count = 0
        self.saw_page_marks = False
        self._blocks_at_page_start = 0
        self._style_cache: dict[str | None, tuple[str | None, int | None, tuple[str, int] | None]] = {}

    def read(self, body) -> None:
        for element in _body_items(body):
            if element.tag == w("p"):
                self._add_paragraph(element)
            else:
                self._add_table(element)

    # Paragraphs -------------------------------------------------------------

    def _add_paragraph(self, p) -> None:
        content = _paragraph_text(p)
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
            for inner in _body_items(box):
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
        for tr in _children(tbl, "tr"):
            if _has_page_mark(tr):
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
        for tc in _children(tr, "tc"):
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
        for element in _body_items(container):
            if element.tag == w("p"):
                content = _paragraph_text(element)
                _, _, style_numbering = self._style_info(element)
                label = self._list_label(element, style_numbering)
                text = content.text.strip()
                if label and text:
                    text = f"{label} {text}"
                lines.append(text)
            elif element.tag == w("tbl"):
                for tr in _children(element, "tr"):
                    lines.append(" | ".join(self._cell_text(tc).replace("\n", " ") for tc in _children(tr, "tc")))
        return "\n".join(line for line in lines if line.strip())


def _numbering_element(word):
    """numbering.xml's root, or None for documents without lists."""
    try:
        return word.part.numbering_part.element
    except (NotImplementedError, KeyError, AttributeError):
        return None


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


def _body_items(container) -> Iterator:
    """w:p and w:tbl elements of a body, cell or text box, in order, through wrappers."""
    for child in container:
        if child.tag in (w("p"), w("tbl")):
            yield child
        elif child.tag in _WRAPPER_TAGS:
            yield from _body_items(child)


def _children(element, tag: str) -> Iterator:
    """Children named w:`tag`, looking through content-control and custom-XML wrappers."""
    for child in element:
        if child.tag == w(tag):
            yield child
        elif child.tag in _WRAPPER_TAGS:
            yield from _children(child, tag)


def _has_page_mark(element) -> bool:
    """True if Word broke a page inside `element` (a table row, here)."""
    return any(True for _ in element.iter(w("lastRenderedPageBreak"))) or any(
        br.get(w("type")) == "page" for br in element.iter(w("br"))
    )


def _symbol_char(code: str | None) -> str:
    """The character a w:sym draws ("F0B7" in Symbol is a bullet)."""
    try:
        char = chr(int(code or "", 16))
    except (ValueError, OverflowError):
        return ""
    return SYMBOL_FONT_CHARS.get(char, char)


def _paragraph_text(p) -> _ParagraphText:
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
            if tag in _SKIP_TAGS or not isinstance(tag, str):
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
                parts.append(_symbol_char(child.get(w("char"))))
            elif tag == w("txbxContent"):
                text_boxes.append(child)
            else:
                visit(child)

    visit(p)
    text = "".join(parts)
    # A break mark before any text means the paragraph starts a page; after it, the
    # next paragraph does. Either way only one new page per mark.
    return _ParagraphText(text, breaks["before"], breaks["after"], text_boxes)
