"""OCR speed and accuracy for `make bench`: generated scanned pages with known text, and real scans.

Generated pages: every page of the text PDFs given (by default the project's own
corpus/samples/pdf) is rendered to a picture and saved as a PDF with no text layer
(minutes_miner.readers.scanned), twice: a clean 300 dpi render, and an office-like scan
(200 dpi, skew, speckle, JPEG). Each is read by the real reader (`read_pdf`: render,
Tesseract, page map) and every page scored by character error rate against the text PDF
as `read_pdf` reads it (so headers, footers and page labels are cleaned alike). Tables count against OCR where Tesseract reads cells in another order than
the text layer; that is reported as it is.

Real scans (optional): files with no usable text layer, timed only (no known text).

Run alone, and write only its section of docs/benchmarks.md:

    .venv/bin/python bench/benchmark.py --only-ocr --out docs/benchmarks.md \\
        --ocr-real ../shared/corpus/devpool/intl/greenville_sc_1.pdf --ocr-real ../shared/corpus/formats/pdf/horsley_pc_agenda_363.pdf
"""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

SECTION_TITLE = "## OCR of scanned pages"
MAX_CER = 0.02  # the bar for generated scans


def ocr_benchmark(text_pdfs: list[Path], real_scans: list[Path]) -> dict:
    """Pages/s and character error rates of OCR through `read_pdf`, or why it could not run."""
    from minutes_miner.readers.ocr import engine_version, ocr_unavailable_reason

    missing = ocr_unavailable_reason()
    if missing:
        return {"status": "unavailable", "reason": missing}
    results = {"engine": engine_version(), "load_start": round(os.getloadavg()[0], 2), "generated": {}, "real": []}
    for kind, scan_like in (("clean 300 dpi render", False), ("office-like scan (200 dpi, skew, speckle, JPEG)", True)):
        print(f"  OCR, generated pages: {kind}", flush=True)
        results["generated"][kind] = _generated(text_pdfs, scan_like)
    for path in real_scans:
        if path.is_file():
            print(f"  OCR, real scan: {path.name}", flush=True)
            results["real"].append(_real(path))
    results["load_end"] = round(os.getloadavg()[0], 2)
    return results


def _generated(text_pdfs: list[Path], scan_like: bool) -> dict:
    from minutes_miner.readers.ocr import character_error_rate
    from minutes_miner.readers.pdf import read_pdf
    from minutes_miner.readers.scanned import image_only_pdf

    pages, seconds, cpu, cers = 0, 0.0, 0.0, []
    for path in text_pdfs:
        data = path.read_bytes()
        reference = _page_slices(read_pdf(path, data))  # the same cleaning (headers, page labels) as the scan gets
        scan = image_only_pdf(data, scan_like=scan_like)
        start, start_cpu = time.perf_counter(), time.process_time()
        document = read_pdf(path.with_suffix(".scan.pdf"), scan)
        seconds += time.perf_counter() - start
        cpu += time.process_time() - start_cpu
        pages += document.pages
        cers += [round(character_error_rate(ref, got), 4) for ref, got in zip(reference, _page_slices(document))]
    return {"files": len(text_pdfs), "pages": pages, "seconds": round(seconds, 2), "cpu_s": round(cpu, 2), "cers": cers}


def _page_slices(document) -> list[str]:
    ends = document.page_starts[1:] + [len(document.text)]
    return [document.text[a:b] for a, b in zip(document.page_starts, ends)]


def _real(path: Path) -> dict:
    from minutes_miner.readers import read_document

    start, start_cpu = time.perf_counter(), time.process_time()
    document = read_document(path)
    return {
        "file": path.name,
        "pages": document.pages,
        "pages_ocr": document.metadata.get("pages_ocr", ""),
        "seconds": round(time.perf_counter() - start, 2),
        "cpu_s": round(time.process_time() - start_cpu, 2),
        "chars": len(document.text),
    }


def ocr_section(r: dict) -> list[str]:
    """The Markdown section of docs/benchmarks.md for these results."""
    lines = [SECTION_TITLE, ""]
    add = lines.append
    if r.get("status") == "unavailable":
        add(f"Not measured: {r['reason']}.")
        add("")
        return lines
    add(
        f"{r['engine']} through tesserocr, as `read_pdf` runs it (render at 300 dpi with pypdfium2, Tesseract, a second despeckled "
        "reading of pages it is unsure of), one process. Character error rate (CER) = edit distance / length of the known text "
        "(the text PDF's own text as `read_pdf` reads it, page by page), "
        f"whitespace runs counted as one space. Load average (1 min) {r['load_start']} at the start, {r['load_end']} at the end: "
        "OCR is CPU-bound, so pages per CPU second is the steadier figure."
    )
    add("")
    add("| pages | kind | pages/s | pages per CPU s | median CER | mean CER | worst page | pages with CER <= 2% |")
    add("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for kind, g in r["generated"].items():
        cers = g["cers"]
        within = sum(1 for c in cers if c <= MAX_CER)
        add(
            f"| {g['pages']} | generated from {g['files']} text PDFs: {kind} | {_rate(g['pages'], g['seconds']):.2f} | "
            f"{_rate(g['pages'], g['cpu_s']):.2f} | {100 * statistics.median(cers):.2f}% | {100 * statistics.mean(cers):.2f}% | "
            f"{100 * max(cers):.1f}% | {within} of {len(cers)} |"
        )
    for real in r["real"]:
        add(
            f"| {real['pages']} | real scan `{real['file']}` (OCR'd pages {real['pages_ocr'] or 'none'}; no known text) | "
            f"{_rate(real['pages'], real['seconds']):.2f} | {_rate(real['pages'], real['cpu_s']):.2f} | | | | |"
        )
    add("")
    add(
        "CER per generated page: "
        + "; ".join(f"{kind.split(' (')[0]}: " + ", ".join(f"{100 * c:.1f}%" for c in g["cers"]) for kind, g in r["generated"].items())
        + "."
    )
    add("")
    return lines


def _rate(pages: int, seconds: float) -> float:
    return pages / seconds if seconds else 0.0
