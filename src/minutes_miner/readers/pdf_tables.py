"""Tables of a PDF, by pdfplumber's ruling-line table finder (statistics tables read cells)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .base import ReadError


@dataclass
class PdfTable:
    """One table found by pdfplumber: its 1-based page and rows of cell strings."""

    page: int
    rows: list[list[str]]


def extract_pdf_tables(path: str | Path, pages: list[int] | None = None) -> list[PdfTable]:
    """Tables on the given 1-based pages (all pages if None), via pdfplumber.

    Slow (pdfplumber parses every glyph) so it is for report tables a later stage asks
    for, not for every page `read_pdf` reads. Empty cells come back as "".
    """
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    tables: list[PdfTable] = []
    try:
        with pdfplumber.open(str(path), pages=pages) as pdf:
            for page in pdf.pages:
                for table in page.extract_tables():
                    rows = [[" ".join((cell or "").split()) for cell in row] for row in table]
                    if any(any(cell for cell in row) for row in rows):
                        tables.append(PdfTable(page=page.page_number, rows=rows))
                page.close()
    except PDFPasswordIncorrect:
        raise ReadError("encrypted PDF (password required)") from None
    except PDFSyntaxError as error:
        raise ReadError(f"corrupt PDF: {error}") from None
    return tables
