"""Compare pdfplumber `extract_text` with pypdfium2 `get_text_range` on a folder of PDFs.

Usage (from the project root):

    .venv/bin/python bench/compare_pdf_text.py ../shared/corpus/kent [--json out.json]

Both extractors read every page of every PDF in the same process, file by file in
turn, so machine noise hits both alike. Timing covers opening the file, loading each
page, extracting its text and closing everything: what a reader pays per page.

Quality measures, per page, comparing each extractor against the other:
- split words: adjacent words "A pologies" that the other extractor writes as one
  word "Apologies" (and never as the split pair); drop-cap splits are the subset
  whose first part is one capital letter.
- merged words: the reverse, one word that the other writes as two.
- page-number lines: first or last non-blank line is only a page label.
- characters: non-space characters per page.
- disagreement: 1 - similarity of the two word sequences (difflib); pages with the
  same words (bag overlap >= 0.9) but low sequence similarity differ in reading order.
It also times the project's own `read_pdf` (pdfium + header/footer removal) and
counts page-number lines left in its output.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pdfplumber

import bench_support  # noqa: E402, F401  (first: it makes the package importable from this checkout)
from minutes_miner.readers.cleanup import is_page_number_line  # noqa: E402
from minutes_miner.readers import pdf as pdf_reader  # noqa: E402
from minutes_miner.readers.pdf import read_pdf  # noqa: E402
from minutes_miner.readers.pdf_text import raw_page_texts  # noqa: E402

WORD_RE = re.compile(r"\w+")
PUNCTUATION = "()[]{}.,;:!?\"'“”‘’*•-–—"


@dataclass
class Tally:
    """Totals for one extractor over the whole run."""

    seconds: float = 0.0
    pages: int = 0
    chars: int = 0
    split_words: int = 0
    drop_cap_splits: int = 0
    merged_words: int = 0
    page_number_edge_lines: int = 0
    examples: Counter = field(default_factory=Counter)


def pdfium_pages(path: Path) -> list[str]:
    """Text of every page via pypdfium2 (the reader's own raw page text), closing each object as we go."""
    return [text.replace("\r\n", "\n") for text in raw_page_texts(str(path))]


def pdfplumber_pages(path: Path) -> list[str]:
    """Text of every page via pdfplumber's default `extract_text`."""
    with pdfplumber.open(str(path)) as pdf:
        texts = []
        for page in pdf.pages:
            texts.append(page.extract_text() or "")
            page.close()
        return texts


def timed(function, path: Path) -> tuple[list[str], float]:
    start = time.perf_counter()
    result = function(path)
    return result, time.perf_counter() - start


def words(text: str) -> list[str]:
    return WORD_RE.findall(text.replace("\ufffe", " "))


def letter_tokens(text: str) -> list[tuple[str, str]]:
    """(raw, trimmed) whitespace-separated tokens; trimmed drops edge punctuation."""
    return [(token, token.strip(PUNCTUATION)) for token in text.replace("\ufffe", "-").split()]


def split_words(text: str, other: str) -> list[str]:
    """Adjacent alphabetic tokens in `text` that `other` writes as one token and never split.

    A token ending in a hyphen is a line-break hyphen, not a split, and is skipped.
    """
    mine = letter_tokens(text)
    other_tokens = {trimmed for _, trimmed in letter_tokens(other)}
    found = []
    for (raw_left, left), (_, right) in zip(mine, mine[1:]):
        if raw_left.endswith(("-", "‐")) or not (left.isalpha() and right.isalpha()):
            continue
        if left + right in other_tokens and not re.search(rf"(?<!\w){re.escape(left)}\s+{re.escape(right)}(?!\w)", other):
            found.append(f"{left} {right}")
    return found


def page_number_edges(text: str) -> int:
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return 0
    edges = {lines[0], lines[-1]}
    return sum(1 for line in edges if is_page_number_line(line))


def removed_edge_lines(pdfium_texts: list[str]) -> tuple[int, int, Counter]:
    """(page labels, running header/footer lines) that read_pdf's cleaning drops, and what they were."""
    pages = [pdf_reader._page_lines(text) for text in pdfium_texts]
    cleaned = pdf_reader.remove_headers_and_footers(pages)
    labels = running = 0
    what: Counter = Counter()
    for before, after in zip(pages, cleaned):
        kept = Counter(after)
        for line in before:
            if kept[line]:
                kept[line] -= 1
            elif is_page_number_line(line):
                labels += 1
            else:
                running += 1
                what[re.sub(r"\d+", "#", line)[:60]] += 1
    return labels, running, what


def disagreement(a: str, b: str) -> tuple[float, float]:
    """(1 - sequence similarity, bag-of-words overlap) of two page texts."""
    wa, wb = words(a), words(b)
    if not wa and not wb:
        return 0.0, 1.0
    ca, cb = Counter(wa), Counter(wb)
    overlap = sum((ca & cb).values()) / max(1, max(len(wa), len(wb)))
    matcher = difflib.SequenceMatcher(None, wa, wb, autojunk=False)
    return 1 - matcher.ratio(), overlap


def compare(folder: Path, limit: int | None) -> dict:
    files = sorted(folder.rglob("*.pdf"))[:limit]
    tallies = {"pdfplumber": Tally(), "pypdfium2": Tally()}
    reader = Tally()
    reader_left_labels = 0
    removed_labels = removed_running = 0
    removed_what: Counter = Counter()
    disagreeing: list[tuple[float, float, str, int]] = []
    for path in files:
        pdfium_texts, pdfium_seconds = timed(pdfium_pages, path)
        plumber_texts, plumber_seconds = timed(pdfplumber_pages, path)
        start = time.perf_counter()
        document = read_pdf(path, path.read_bytes())
        reader.seconds += time.perf_counter() - start
        reader.pages += len(pdfium_texts)
        reader_left_labels += sum(page_number_edges(page) for page in _document_pages(document))
        labels, running, what = removed_edge_lines(pdfium_texts)
        removed_labels += labels
        removed_running += running
        removed_what.update(what)
        tallies["pypdfium2"].seconds += pdfium_seconds
        tallies["pdfplumber"].seconds += plumber_seconds
        for number, (a, b) in enumerate(zip(pdfium_texts, plumber_texts), start=1):
            for name, mine, other in (("pypdfium2", a, b), ("pdfplumber", b, a)):
                tally = tallies[name]
                tally.pages += 1
                tally.chars += sum(1 for ch in mine if not ch.isspace())
                splits = split_words(mine, other)
                tally.split_words += len(splits)
                drop_caps = [s for s in splits if len(s.split()[0]) == 1]
                tally.drop_cap_splits += len(drop_caps)
                tally.examples.update(splits)
                tally.merged_words += len(split_words(other, mine))
                tally.page_number_edge_lines += page_number_edges(mine)
            distance, overlap = disagreement(a, b)
            disagreeing.append((distance, overlap, str(path.relative_to(folder)), number))
    disagreeing.sort(reverse=True)
    return {
        "files": len(files),
        "extractors": {
            name: {
                "pages": t.pages,
                "seconds": round(t.seconds, 2),
                "pages_per_second": round(t.pages / t.seconds, 1) if t.seconds else None,
                "chars_per_page": round(t.chars / max(1, t.pages)),
                "split_words": t.split_words,
                "drop_cap_splits": t.drop_cap_splits,
                "merged_words": t.merged_words,
                "page_number_edge_lines": t.page_number_edge_lines,
                "top_splits": t.examples.most_common(15),
            }
            for name, t in tallies.items()
        },
        "read_pdf": {
            "pages": reader.pages,
            "seconds": round(reader.seconds, 2),
            "pages_per_second": round(reader.pages / reader.seconds, 1) if reader.seconds else None,
            "page_number_edge_lines_left": reader_left_labels,
            "page_labels_removed": removed_labels,
            "running_lines_removed": removed_running,
            "top_running_lines_removed": removed_what.most_common(12),
        },
        "pages_disagreeing_over_0.5": sum(1 for d in disagreeing if d[0] > 0.5),
        "pages_disagreeing_over_0.2": sum(1 for d in disagreeing if d[0] > 0.2),
        "reading_order_differs": [
            {"file": f, "page": p, "distance": round(d, 2), "word_overlap": round(o, 2)} for d, o, f, p in disagreeing if d > 0.5 and o >= 0.9
        ][:20],
        "most_disagreeing": [{"file": f, "page": p, "distance": round(d, 2), "word_overlap": round(o, 2)} for d, o, f, p in disagreeing[:15]],
    }


def _document_pages(document) -> list[str]:
    starts = document.page_starts + [len(document.text)]
    return [document.text[a:b] for a, b in zip(starts, starts[1:])]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--limit", type=int, default=None, help="only the first N files")
    parser.add_argument("--json", type=Path, default=None, help="also write the results here")
    args = parser.parse_args(argv)
    results = compare(args.folder, args.limit)
    text = json.dumps(results, indent=2, ensure_ascii=False)
    print(text)
    if args.json:
        args.json.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
