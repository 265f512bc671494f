"""Readers: any supported file -> one normalised `Document`.

The format is decided from the file's bytes, not its name, because real archives hold
PDFs saved as .doc, HTML saved as .txt and Word files with no extension at all.
"""

from __future__ import annotations

import zipfile
from io import BytesIO
from pathlib import Path

from .base import Block, Document, DocumentBuilder, ReadError, normalise_text

__all__ = ["Block", "Document", "DocumentBuilder", "ReadError", "normalise_text", "read_document", "reader_notes", "sniff_format", "SUPPORTED_SUFFIXES"]

SUPPORTED_SUFFIXES = {".pdf", ".docx", ".html", ".htm", ".php", ".txt", ".md", ".markdown", ".text"}
_HTML_HINTS = (b"<!doctype html", b"<html", b"<body", b"<div", b"<p>", b"<p ", b"<table", b"<h1", b"<h2", b"<ol", b"<ul")


def sniff_format(data: bytes, suffix: str) -> str:
    """Say what a file really is from its first bytes; raise ReadError if unsupported."""
    if not data.strip():
        raise ReadError("empty file (no content)")
    if data.startswith(b"%PDF") or data[:1024].lstrip().startswith(b"%PDF"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return _sniff_zip(data)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ReadError("legacy binary Word/Excel file (.doc/.xls); save it as .docx or PDF")
    if data.startswith(b"{\\rtf"):
        raise ReadError("RTF file is not supported; save it as .docx or PDF")
    head = data[:4096].lower()
    if b"\x00" in head and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        if _looks_like_html(head.replace(b"\x00", b""), suffix) and (head.count(b"\x00") <= 8 or head.count(b"\x00") * 100 <= len(head)):
            return "html"  # a stray NUL in a page is damage, not a binary file; the reader drops it
        raise ReadError(f"unsupported binary file (suffix {suffix or 'none'})")
    if _looks_like_html(head, suffix):
        return "html"
    if suffix in {".md", ".markdown"}:
        return "md"
    return "txt"


def _looks_like_html(head: bytes, suffix: str) -> bool:
    return suffix in {".html", ".htm", ".php"} or any(h in head for h in _HTML_HINTS[:3])


def _sniff_zip(data: bytes) -> str:
    try:
        names = set(zipfile.ZipFile(BytesIO(data)).namelist())
    except (zipfile.BadZipFile, ValueError, EOFError):  # ValueError: undecodable member names
        raise ReadError("corrupt zip container (damaged .docx?)") from None
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        raise ReadError("Excel workbook (.xlsx) is not supported")
    raise ReadError("zip archive that is not a Word document")


def read_document(path: str | Path, data: bytes | None = None) -> Document:
    """Read any supported file into a `Document`, or raise `ReadError` with a reason.

    `data`: the file's bytes when the caller has read them already (and hashed them for the
    document's id), so the text always comes from the very bytes the id names.
    """
    path = Path(path)
    if data is None:
        try:
            data = path.read_bytes()
        except OSError as e:
            raise ReadError(f"cannot open file: {e.strerror or e}") from None
    fmt = sniff_format(data, path.suffix.lower())
    suffix = path.suffix.lower()
    if fmt in {"txt", "md"} and suffix and suffix not in SUPPORTED_SUFFIXES:
        raise ReadError(f"unsupported file type '{suffix}': minutes are read from .pdf, .docx, .html, .txt and .md files")
    reader = _reader_for(fmt)
    document = reader(path, data)
    if fmt != path.suffix.lower().lstrip(".") and path.suffix.lower() not in {".htm", ".php", ".markdown", ".text"}:
        document.metadata.setdefault("note", f"read as {fmt} although named {path.suffix or 'without suffix'}")
    if not document.text.strip():
        raise ReadError(_empty_reason(fmt))
    return document


# What a reader says about how it read a file that users should see: which pages were
# OCR'd (and by what), which were over the OCR budget, which could not be read at all.
# Stored in documents.details and shown in the source view.
READER_NOTES = ("pages_ocr", "ocr_engine", "ocr_skipped_pages", "unreadable_pages")


def reader_notes(document: Document) -> dict[str, str]:
    """The reader's notes on a document, for `documents.details`."""
    return {key: document.metadata[key] for key in READER_NOTES if document.metadata.get(key)}


def _empty_reason(fmt: str) -> str:
    if fmt == "pdf":
        return "PDF has no text layer (scanned image?); run OCR first"
    return f"{fmt} file contains no text"


def _reader_for(fmt: str):
    if fmt == "pdf":
        from .pdf import read_pdf

        return read_pdf
    if fmt == "docx":
        from .docx import read_docx

        return read_docx
    if fmt == "html":
        from .html import read_html

        return read_html
    from .text import read_text

    return read_text
