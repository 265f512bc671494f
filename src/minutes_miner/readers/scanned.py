"""Make a "scanned" PDF from a text PDF: its pages as pictures, with no text layer.

What the OCR tests and `make bench` read: the known text is the text PDF's own text
layer, so OCR accuracy (character error rate) can be measured page by page against it.
`scan_like=True` makes the pictures look like an office scanner's: 200 dpi, a slight
skew, speckle and JPEG compression. Deterministic (a fixed seed), so runs compare.
"""

from __future__ import annotations

import io
import random

import pypdfium2 as pdfium

from .pdf_text import LINE_BREAK_HYPHEN, raw_page_texts

__all__ = ["image_only_pdf", "page_texts"]


def page_texts(pdf_bytes: bytes) -> list[str]:
    """Each page's text layer as pdfium gives it, a line-break hyphen written as "-": the reference OCR is scored against."""
    return [text.replace(LINE_BREAK_HYPHEN, "-") for text in raw_page_texts(pdf_bytes)]


def image_only_pdf(pdf_bytes: bytes, dpi: int = 300, scan_like: bool = False, seed: int = 1) -> bytes:
    """The PDF's pages rendered to greyscale pictures and saved as a PDF with no text layer."""
    dpi = 200 if scan_like else dpi
    rng = random.Random(seed)
    pictures = []
    pdf = pdfium.PdfDocument(pdf_bytes)
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            picture = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            page.close()
            pictures.append(_like_a_scan(picture, rng) if scan_like else picture)
    finally:
        pdf.close()
    out = io.BytesIO()
    pictures[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pictures[1:])
    return out.getvalue()


def _like_a_scan(picture, rng: random.Random):
    """Skew (up to 1 degree), speckle (0.2% of pixels) and JPEG at quality 60."""
    from PIL import Image

    picture = picture.rotate(rng.uniform(-1.0, 1.0), resample=Image.BILINEAR, expand=False, fillcolor=255)
    pixels = picture.load()
    width, height = picture.size
    for _ in range(width * height // 500):
        x, y = rng.randrange(width), rng.randrange(height)
        pixels[x, y] = 0 if rng.random() < 0.5 else 255
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=60)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("L")
