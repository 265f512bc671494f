"""Plain text and Markdown reader.

Text files here are mostly ModernGov pages saved as text (a "URL:"/"COUNCIL:" header,
then the page) and Markdown copies of parish minutes from village websites (YAML
front matter, **bold** labels, HTML tables pasted in). Both should come out as the
minutes' own words: paragraphs split on blank lines, list items, Markdown headings
without their "#"s, and embedded HTML tables as table cells.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from pathlib import Path

from .base import Document, DocumentBuilder
from .cleanup import SYMBOL_FONT_CHARS
from .html import add_html, parse_html, strip_file_size_labels

__all__ = ["read_text", "decode_text", "LIST_MARKER_RE"]

# "- item", "* item", "• item", "1. item", "1) item", "(a) item", "a) item", "(iv) item".
LIST_MARKER_RE = re.compile(r"^(?:[-*+•·▪◦‣]\s+|\(?\d{1,3}[.)]\s+|\(?[A-Za-z][.)]\s+|\([ivxlcdm]{1,6}\)\s+|[ivxlcdm]{1,6}[.)]\s+|\(\d{1,3}\)\s+)")
_BLANK_LINE_RE = re.compile(r"\n[^\S\n]*\n")  # blank or whitespace-only (incl. no-break spaces)
_SPACES_RE = re.compile(r"[^\S\n]{2,}")
_SAVED_PAGE_HEADER_RE = re.compile(r"^(URL|COUNCIL|TITLE|DATE|SOURCE):\s*(.*)$")
_SYMBOL_FONT_TABLE = str.maketrans(SYMBOL_FONT_CHARS)
_ATX_OPEN_RE = re.compile(r"(#{1,6})\s+")
_SETEXT_UNDERLINE_RE = re.compile(r"^(=+|-+)\s*$")
_THEMATIC_BREAK_RE = re.compile(r"^(?:-{3,}|\*{3,}|_{3,})\s*$")
_HTML_BLOCK_START_RE = re.compile(r"^<(table|div|p|ul|ol|h[1-6]|blockquote|section|article)\b", re.IGNORECASE)
_PIPE_SEPARATOR_RE = re.compile(r"^\|?\s*+:?-{3,}+:?\s*+(\|\s*+:?-{3,}+:?\s*+)*+\|?$")


def _atx_heading(line: str) -> tuple[str, str] | None:
    """The marker and title of an ATX heading line ('## Title ##'), else None.

    What `^(#{1,6})\\s+(.*?)\\s*#*\\s*$` matches on a line with no newline, without its cost: on a
    run of spaces that regex backtracks cubically ('# a', 800 spaces, 'b' took a second). The
    title is the rest of the line less its longest closing run of spaces, '#'s and spaces.
    """
    opened = _ATX_OPEN_RE.match(line)
    if not opened:
        return None
    return opened.group(1), line[opened.end() :].rstrip().rstrip("#").rstrip()


def read_text(path: Path, data: bytes) -> Document:
    """Read .txt or .md bytes; Markdown syntax is interpreted only for .md/.markdown files."""
    text, encoding = decode_text(data)
    markdown = path.suffix.lower() in (".md", ".markdown")
    builder = DocumentBuilder(str(path), "md" if markdown else "txt")
    builder.metadata["encoding"] = encoding
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_SYMBOL_FONT_TABLE)  # text copied from a PDF keeps its Symbol bullets
    text = undo_double_spacing(text)
    if markdown:
        text = _take_front_matter(text, builder)
        _add_markdown(builder, text)
    else:
        text = _take_saved_page_header(without_literal_markup(text), builder)
        _add_plain_text(builder, text)
    return builder.build()


# a line break a document site printed as its markup ('KANGAROO ISLAND COUNCIL<br />', 'seconded <br />and unanimously
# approved'): at a line's end it is that line's end already, elsewhere it breaks the line
_LITERAL_BREAK_AT_END_RE = re.compile(r"[ \t]*<br[ \t]*/?>[ \t]*(?=\n|$)", re.I)
_LITERAL_BREAK_RE = re.compile(r"[ \t]*<br[ \t]*/?>[ \t]*", re.I)
# its inline emphasis printed the same way ('WEDNESDAY 13 OCTOBER <strong>2004</strong>', '<strong>Kangaroo</strong>')
_LITERAL_EMPHASIS_RE = re.compile(r"</?(?:strong|b|em|i|u)>", re.I)


def without_literal_markup(text: str) -> str:
    """Plain text copied from an e-paper or document site keeps the page's '<br />' tags as letters: read as the
    line breaks they stand for, so a heading ('KANGAROO ISLAND COUNCIL<br />') is a name alone on its line; its
    emphasis tags ('13 OCTOBER <strong>2004</strong>') go, so the date reads whole."""
    if "<br" not in text and "<BR" not in text:
        return text
    return _LITERAL_EMPHASIS_RE.sub("", _LITERAL_BREAK_RE.sub("\n", _LITERAL_BREAK_AT_END_RE.sub("", text)))


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode UTF-8 (with or without BOM), UTF-16 with a BOM, else cp1252.

    cp1252 is the right guess for the rest: text saved by Windows Notepad or Word
    in Britain, where the bytes that are not UTF-8 are curly quotes, dashes and £.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def undo_double_spacing(text: str) -> str:
    """Rejoin lines of a PDF converted with a blank line after every wrapped line.

    Such files (Limerick's Markdown minutes) otherwise break every sentence at its
    line wrap. Only when most paragraphs are single lines and many stop mid-sentence
    is a blank line after an unfinished, full-width line read as a wrap. In any document
    a blank line between an unfinished prose line and a lower-case word is one.
    """
    if _is_double_spaced(text):
        text = _drop_page_breaks_inside_sentences(text)
        text = _WRAPPED_BLANK_RE.sub(lambda m: m.group(1) + "\n", text)
        text = _DANGLING_BLANK_RE.sub(lambda m: m.group(1) + "\n", text)
        text = _rejoin_blank_wraps(text, _wraps_into)
    return _rejoin_blank_wraps(text, _breaks_mid_sentence)


def _drop_page_breaks_inside_sentences(text: str) -> str:
    """Drop a converter's page break ("---", the page number, a blank line) that cuts a sentence.

    "... for the next JPC Sub-", "---", "3", "", "Committee Meeting. He further requested ..."
    is one sentence; a page break between finished lines is kept.
    """
    lines = text.split("\n")
    kept: list[str] = []
    index = 0
    while index < len(lines):
        kept.append(lines[index])
        if _is_page_break_at(lines, index + 1) and index + 4 < len(lines):
            line, following = lines[index], lines[index + 4]
            if _breaks_mid_sentence(line, following) or _wraps_into(line, following):
                index += 4
                continue
        index += 1
    return "\n".join(kept)


def _is_page_break_at(lines: list[str], index: int) -> bool:
    """Lines `index`.. are "---", a page number and a blank line."""
    if index + 2 >= len(lines) or lines[index].strip() != "---" or lines[index + 2].strip():
        return False
    number = lines[index + 1].strip()
    return number.isdigit() and len(number) <= 3


def _is_double_spaced(text: str) -> bool:
    """Most paragraphs are single lines and many of them stop mid-sentence."""
    paragraphs = [p for p in _BLANK_LINE_RE.split(text) if p.strip()]
    if len(paragraphs) < 30:
        return False
    single = [p.strip() for p in paragraphs if "\n" not in p.strip()]
    unfinished = [p for p in single if len(p) > 50 and not p.rstrip("*_ ").endswith((".", ":", ";", "?", "!", "|"))]
    return len(single) >= 0.8 * len(paragraphs) and len(unfinished) >= 0.3 * len(single)


# A line wrapped on a PDF page is at most this wide; a longer one (a link, a paragraph kept on
# one line) was never wrapped.
_MAX_WRAPPED_WIDTH = 130
_FINISHED_LINE_ENDS = (".", ":", ";", "?", "!", "|", "*", "_")
_HEADING_WORD_RE = re.compile(r"[A-Za-z][\w’'-]*")
_NEW_BLOCK_START_RE = re.compile(r"^\s*(?:[#>|*_<]|\\_|-{3}|[-+•·▪◦‣\uf0b7]\s|\(?\d{1,3}[.)]|\(?[A-Za-z][.)]\s|\([ivxlcdm]{1,6}\)|[ivxlcdm]{1,6}[.)]\s)")


def _rejoin_blank_wraps(text: str, wraps: Callable[[str, str], bool]) -> str:
    """Drop the blank line between two lines wherever `wraps(line, next line)` says it is an artefact."""
    lines = text.split("\n")
    kept: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        kept.append(line)
        if index + 2 < len(lines) and not lines[index + 1].strip() and wraps(line, lines[index + 2]):
            index += 2
            continue
        index += 1
    return "\n".join(kept)


def _breaks_mid_sentence(line: str, following: str) -> bool:
    """In any document, a blank line inside a sentence: an unfinished prose line, then a lower-case word.

    "... has called in the following", blank, "item for the meeting on ..." is one sentence
    whatever the rest of the document looks like; a lettered or numbered item, or the line
    after a list item ("c) any matters", blank, "and if appropriate, withdraw") is left alone.
    """
    stripped, after = line.strip(), following.strip()
    if not _is_unfinished_prose_line(stripped) or not after[:1].islower():
        return False
    return not (_NEW_BLOCK_START_RE.match(after) or _NEW_BLOCK_START_RE.match(stripped))


def _is_unfinished_prose_line(stripped: str) -> bool:
    """A line as wide as a wrapped page line, not a link or figure, with no sentence end."""
    if not 50 <= len(stripped) <= _MAX_WRAPPED_WIDTH or "](" in stripped or stripped.endswith(_FINISHED_LINE_ENDS):
        return False
    return not stripped[0].isdigit()


def _wraps_into(line: str, following: str) -> bool:
    """In a double-spaced document, whether the blank line before a capitalised line is a wrap.

    "... would attend the June District", blank, "Meeting to be held ..." is one sentence:
    the wrap fell before a proper noun or a name, which the lower-case rule cannot see. The
    line before must be full width (but no wider than a page), unfinished and neither a
    heading (Markdown, bold, all capitals or Title Case) nor a list item or figure ("1,856
    Notices served"): an agenda list's unpunctuated items are followed by paragraphs. The
    line after must not be a heading or start a list item, numbered item or table row, each
    of which begins a new block even after an unfinished line. After a comma (a list of
    officers and their titles) Title Case is no sign of a heading.
    """
    stripped, after = line.strip(), following.strip()
    if not _is_unfinished_prose_line(stripped) or _NEW_BLOCK_START_RE.match(stripped):
        return False
    if not (after[:1].isupper() or after.startswith("& ")) or _NEW_BLOCK_START_RE.match(after):
        return False
    return stripped.endswith(",") or not (_looks_like_heading(stripped) or _looks_like_heading(after))


def _looks_like_heading(line: str) -> bool:
    """All capitals, or Title Case: every word longer than three letters starts with a capital."""
    if line.upper() == line:
        return True
    words = [word for word in _HEADING_WORD_RE.findall(line) if len(word) > 3]
    return bool(words) and all(word[0].isupper() for word in words)


# A full-width line that stops mid-sentence, a blank line, then a line going on in lower
# case; Markdown emphasis ("***") may wrap each line of such conversions.
# Never before a numbered or lettered item ("1. ...", "(a) ...", "ii) ...").
_WRAPPED_BLANK_RE = re.compile(
    r"([^\n]{50,}[^.:;?!|\s*_][*_]{0,3})[ \t]*\n[^\S\n]*\n"
    r"(?=[^\S\n]*[*_]{0,3}[a-z0-9(£€$\"“‘'])(?![^\S\n]*[*_]{0,3}(?:\(?\d{1,3}[.)]\s|\(?[a-z][.)]\s|\(?[ivx]{1,5}[.)]\s))"
)

# A full-width line ending on a word no sentence ends with ("... seconded by Councillor",
# "... to the", "... and"), a blank line, then the sentence's next line, whatever its case
# ("O'Donoghue, and agreed."). Anchored at the line start so a long line is read once.
_DANGLING_BLANK_RE = re.compile(
    r"(?m)^([^\n]{44,}[ \t](?:the|of|and|to|by|for|a|an|in|on|with|at|from|that|Councillor|Councillors|Cllr|Cllrs|Mr|Mrs|Ms|Dr))[ \t]*\n[^\S\n]*\n"
    r"(?=[^\S\n]*[A-Za-z])"
)


# --- plain text ------------------------------------------------------------------------


def _take_saved_page_header(text: str, builder: DocumentBuilder) -> str:
    """Move a saved page's leading "URL: ..." / "COUNCIL: ..." lines into metadata.

    They were written by whatever saved the page, not by the council, so they are
    facts about the document rather than its text.
    """
    lines = text.split("\n")
    if not lines or not lines[0].startswith("URL:"):
        return text
    taken = 0
    for line in lines:
        match = _SAVED_PAGE_HEADER_RE.match(line.strip())
        if not match:
            break
        builder.metadata[match.group(1).lower()] = match.group(2).strip()
        taken += 1
    return "\n".join(lines[taken:])


def _add_plain_text(builder: DocumentBuilder, text: str) -> None:
    for paragraph in split_paragraphs(text):
        _add_paragraph(builder, paragraph.split("\n"))


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs separated by blank (or whitespace-only) lines, each line tidied.

    Lines lose leading/trailing whitespace and runs of spaces (tabs and no-break
    spaces used to line text up) become one space.
    """
    paragraphs = []
    for chunk in _BLANK_LINE_RE.split("\n" + text + "\n"):
        lines = [_SPACES_RE.sub(" ", strip_file_size_labels(line)).strip() for line in chunk.split("\n")]
        lines = [line for line in lines if line]
        if lines:
            paragraphs.append("\n".join(lines))
    return paragraphs


def _add_paragraph(builder: DocumentBuilder, lines: list[str]) -> None:
    """A paragraph, or list items if it starts with a list marker.

    In a list, each marker line starts an item and unmarked lines continue it
    (wrapped text), so "1. Apologies were received\\nfrom Cllr X" stays one item.
    """
    if not LIST_MARKER_RE.match(lines[0]):
        builder.add("\n".join(lines), "paragraph")
        return
    items: list[list[str]] = []
    for line in lines:
        if LIST_MARKER_RE.match(line) or not items:
            items.append([line])
        else:
            items[-1].append(line)
    for index, item in enumerate(items):
        builder.add("\n".join(item), "list_item", separator="\n\n" if index == 0 else "\n")


# --- Markdown --------------------------------------------------------------------------


def _take_front_matter(text: str, builder: DocumentBuilder) -> str:
    """Strip a YAML front-matter block, keeping its title and simple fields."""
    if not text.startswith("---\n"):
        return text
    end = text.find("\n---", 4)
    if end < 0:
        return text
    for line in text[4:end].split("\n"):
        match = re.match(r"^([A-Za-z_][\w-]*):\s*(.+?)\s*$", line)
        if match:
            key, value = match.group(1).lower(), match.group(2).strip().strip("\"'")
            if key == "title":
                builder.title = _strip_inline_markdown(value) or None
            elif value:
                builder.metadata[f"front_matter_{key}"] = value
    return text[end + 4 :].lstrip("-")


def _add_markdown(builder: DocumentBuilder, text: str) -> None:
    """Add Markdown blocks: headings, paragraphs, list items, pipe tables, HTML blocks."""
    for chunk in _markdown_chunks(text):
        if _HTML_BLOCK_START_RE.match(chunk):
            add_html(builder, parse_html(chunk), whole_page=False)
            continue
        lines = chunk.split("\n")
        if _is_pipe_table(lines):
            _add_pipe_table(builder, lines)
            continue
        _add_markdown_lines(builder, lines)


def _markdown_chunks(text: str) -> list[str]:
    """Blank-line separated chunks; an HTML block runs to its closing tag even across blank lines."""
    chunks: list[str] = []
    open_html: str | None = None
    for paragraph in split_paragraphs(text):
        if open_html:
            chunks[-1] += "\n" + paragraph
        else:
            chunks.append(paragraph)
            match = _HTML_BLOCK_START_RE.match(paragraph)
            open_html = match.group(1).lower() if match else None
        if open_html and _closes(chunks[-1], open_html):
            open_html = None
    return chunks


def _closes(html: str, tag: str) -> bool:
    opened = len(re.findall(rf"<{tag}\b", html, re.IGNORECASE))
    closed = len(re.findall(rf"</{tag}\s*>", html, re.IGNORECASE))
    return closed >= opened


def _add_markdown_lines(builder: DocumentBuilder, lines: list[str]) -> None:
    """One chunk of Markdown: ATX/setext headings split it, the rest are paragraphs or lists."""
    pending: list[str] = []

    def flush() -> None:
        if pending:
            _add_paragraph(builder, [_strip_inline_markdown(line) for line in pending])
            pending.clear()

    for line in lines:
        if _THEMATIC_BREAK_RE.match(line) and not pending:
            continue
        heading = _atx_heading(line)
        if heading:
            flush()
            builder.add(_strip_inline_markdown(heading[1]), "heading", level=len(heading[0]), style="md")
            continue
        underline = _SETEXT_UNDERLINE_RE.match(line)
        if underline and len(pending) == 1 and len(line) >= 3:
            builder.add(_strip_inline_markdown(pending.pop()), "heading", level=1 if line[0] == "=" else 2, style="md")
            continue
        if _THEMATIC_BREAK_RE.match(line):
            flush()
            continue
        pending.append(re.sub(r"^>\s?", "", line))
    flush()


def _strip_inline_markdown(text: str) -> str:
    """Markdown markup off, words kept: **bold**, _em_, [text](url), ![img](url), \\-, <br>."""
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(\*\*|__)(.*?)\1", r"\2", text)
    text = text.replace("****", "").replace("** **", " ")
    text = re.sub(r"(?<![\w*])\*(?=\S)([^*\n]*?\S)\*(?![\w*])", r"\1", text)
    text = re.sub(r"(?<!\w)_(?=\S)([^_\n]*?\S)_(?!\w)", r"\1", text)
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|>~])", r"\1", text)
    text = re.sub(r"<br\s*/?>", "\n", text, flags=re.IGNORECASE)
    text = re.sub(r"</?(?:strong|b|em|i|u|span|font|sup|sub)\b[^>]*>", "", text, flags=re.IGNORECASE)
    return _SPACES_RE.sub(" ", text).strip()


def _is_pipe_table(lines: list[str]) -> bool:
    return len(lines) >= 2 and lines[0].count("|") >= 1 and bool(_PIPE_SEPARATOR_RE.match(lines[1].strip()))


def _add_pipe_table(builder: DocumentBuilder, lines: list[str]) -> None:
    table = 1 + max((b.table for b in builder.blocks if b.table is not None), default=-1)
    rows = [line for index, line in enumerate(lines) if index != 1]
    for row_index, line in enumerate(rows):
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        builder.add_table_row([(col, _strip_inline_markdown(cell)) for col, cell in enumerate(cells)], table=table, row=row_index)
