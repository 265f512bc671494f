"""The document text of a source view as HTML: every character escaped, highlight layers
(the agenda item, the evidence sentence, the evidence) nested, page starts marked, pages read
by OCR said so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from markupsafe import Markup, escape


# --- the text with its highlights ---------------------------------------------------------


@dataclass
class Layer:
    """A range of the text wrapped in one element; layers nest, outermost first."""

    start: int
    end: int
    open: str
    close: str


def render_text(text: str, layers: list[Layer], page_starts: list[int], ocr_pages: frozenset[int] = frozenset()) -> Markup:
    """The text, escaped, with nested highlight layers and an empty marker at each page start.

    The marker of a page whose text was read by OCR says so (class mm-ocr), because its
    words are Tesseract's reading of a picture, not the publisher's text.

    Layers must be given outermost first; each is widened to contain the next, so the
    elements always nest. Page markers are empty elements (their label is CSS), so a <mark>
    crossing a page break still holds exactly the evidence text.
    """
    n = len(text)
    layers = [Layer(max(0, min(l.start, n)), max(0, min(l.end, n)), l.open, l.close) for l in layers]
    for layer in layers:
        layer.end = max(layer.start, layer.end)
    for outer, inner in zip(reversed(layers[:-1]), reversed(layers[1:])):
        outer.start, outer.end = min(outer.start, inner.start), max(outer.end, inner.end)
    points: dict[int, list[str]] = {}
    if len(page_starts) > 1:
        for number, offset in enumerate(page_starts, start=1):
            if 0 <= offset <= n:
                ocr = " mm-ocr" if number in ocr_pages else ""
                points.setdefault(offset, []).append(f'<span class="mm-page{ocr}" id="page-{number}" data-page="{number}"></span>')
    cuts = sorted({0, n, *points, *(l.start for l in layers), *(l.end for l in layers)})
    out: list[str] = []
    for i, cut in enumerate(cuts):
        # At one offset: close what ends here (innermost first), then page markers, then
        # open what starts here (outermost first; an empty range opens and closes at once).
        out.extend(l.close for l in reversed(layers) if l.end == cut and l.start < cut)
        out.extend(points.get(cut, []))
        for layer in layers:
            if layer.start == cut:
                out.append(layer.open)
                if layer.end == cut:
                    out.append(layer.close)
        if i + 1 < len(cuts):
            out.append(str(escape(text[cut : cuts[i + 1]])))
    return Markup("".join(out))


def locate_sentence(text: str, sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """Where `sentence` (whitespace normalised) sits in the text around start..end, if found."""
    words = sentence.split()
    if not words:
        return None
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    lo = max(0, start - len(sentence) - 200)
    hi = min(len(text), end + len(sentence) + 200)
    for match in pattern.finditer(text, lo, hi):
        if match.start() <= start and match.end() >= end:
            return match.start(), match.end()
    return None


def ocr_page_numbers(details: dict) -> list[int]:
    """The pages whose text was read by OCR, from the document's details ("1,2,5")."""
    listed = details.get("pages_ocr")
    if not isinstance(listed, str):
        return []
    return sorted({int(part) for part in listed.split(",") if part.strip().isdigit()})


def page_ranges(pages: list[int]) -> str:
    """[1, 2, 3, 5] -> "1-3, 5": a short way to name many pages."""
    runs: list[list[int]] = []
    for number in pages:
        if runs and number == runs[-1][1] + 1:
            runs[-1][1] = number
        else:
            runs.append([number, number])
    return ", ".join(f"{a}" if a == b else f"{a}\u2013{b}" for a, b in runs)
