"""Arbitrarily long documents and items: a generated minutes PDF of 500 to 5,000 pages and one 2 MB agenda item.

Each file is ingested by a fresh `minutes-miner ingest` process (the whole command, start-up
included); its CPU seconds and peak resident memory are read from the kernel (os.wait4), so
each size is measured on its own. The PDF is written with fpdf2 (the library corpus/build_samples.py
renders the sample PDFs with): numbered items, each with a resolution and an action, as council
minutes are. Memory should stay flat as the document grows: text is read page by page and each
agenda item is handed to spaCy in windows of at most extraction.WINDOW_CHARS characters.

    python bench/long_bench.py --pages 100 1000 5000 --item-mb 2 --out docs/long.md

Generating a 5,000-page PDF takes a few CPU minutes, so generated PDFs are kept in --cache
(a folder under /tmp by default; never commit them) and reused by the next run.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

CACHE = Path(tempfile.gettempdir()) / "minutes-miner-long-bench"

PLACES = ["Ashford Road", "Bramley Lane", "Colwick Street", "Dunmore Walk", "Elmfield Avenue", "Farleigh Close"]
WORKS = ["resurfacing", "drainage survey", "street lighting", "tree works", "verge cutting", "signage review"]
OWNERS = ["The Clerk", "Mrs C Dunn", "Mr E Fox", "The Head of Highways"]


def item_text(number: int) -> str:
    """One agenda item of minutes: a report, a decision and an action, as a town council writes them."""
    place, work, owner = PLACES[number % len(PLACES)], WORKS[number % len(WORKS)], OWNERS[number % len(OWNERS)]
    return (
        f"{number}. {work.capitalize()} at {place}\n\n"
        f"Members considered the report of the Head of Highways on the {work} at {place}, which set out the options, "
        f"the estimated cost of {1000 + 37 * number:,} pounds and the timetable for the work. Members noted that residents "
        f"had raised the matter at the last meeting and that the budget for the year allowed for it.\n\n"
        f"RESOLVED: that the {work} at {place} be approved at a cost not exceeding {1000 + 37 * number:,} pounds.\n\n"
        f"ACTION: {owner} to write to the contractor about the {work} at {place} by the next meeting.\n\n"
    )


def write_minutes_pdf(path: Path, pages: int) -> int:
    """Minutes of one long meeting, item after item until `pages` pages are filled; returns the page count."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "WESTBROOK TOWN COUNCIL\n\nMINUTES of the meeting of the Full Council held on Tuesday 4 March 2025 at 7.00 pm\n\n")
    pdf.multi_cell(0, 6, "PRESENT: Councillors A Baker (Chair), C Dunn, E Fox, H Iqbal\n\n")
    number = 1
    while pdf.page_no() < pages:
        pdf.multi_cell(0, 6, item_text(number))
        number += 1
    pdf.output(str(path))
    return pdf.page_no()


def write_long_item(path: Path, megabytes: float) -> int:
    """Minutes whose second item runs to `megabytes` of text (an archive pasted into one item); returns its characters."""
    head = "WESTBROOK TOWN COUNCIL\n\nMINUTES of the meeting of the Full Council held on Tuesday 4 March 2025 at 7.00 pm\n\n" + item_text(1)
    body = ["2. Correspondence received\n\n"]
    size, n = 0, 0
    while size < megabytes * 1_000_000:
        paragraph = item_text(n + 2).split("\n\n", 1)[1]  # the item's paragraphs without a heading: all one item
        body.append(paragraph)
        size += len(paragraph)
        n += 1
    text = head + "".join(body) + item_text(3)
    path.write_text(text)
    return size


def ingest_measured(path: Path, db: Path) -> tuple[float, float, int]:
    """(CPU seconds, peak RSS in MB, exit code) of `minutes-miner ingest path` in its own process."""
    # A budget of hours: on a busy machine the 5,000-page file runs past the default 900 s of wall time.
    command = [str(Path(sys.executable).parent / "minutes-miner"), "ingest", str(path), "--db", str(db), "--quiet", "--time-budget", "14400"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    process.stderr.close()
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, process.returncode


def records(db: Path) -> tuple[int, int, str]:
    import sqlite3

    conn = sqlite3.connect(db)
    resolutions = conn.execute("select count(*) from resolutions").fetchone()[0]
    actions = conn.execute("select count(*) from actions").fetchone()[0]
    status = ",".join(r[0] for r in conn.execute("select distinct status from documents"))
    return resolutions, actions, status


def cached_minutes_pdf(cache: Path, pages: int) -> Path:
    """The generated minutes PDF of `pages` pages, made once and kept in `cache`."""
    cache.mkdir(parents=True, exist_ok=True)
    path = cache / f"minutes_{pages}.pdf"
    if not path.exists():
        partial = cache / f"minutes_{pages}.partial.pdf"
        write_minutes_pdf(partial, pages)
        partial.rename(path)
    return path


def run(page_counts: list[int], item_mb: float, cache: Path = CACHE) -> str:
    lines = [
        "## A long minutes PDF (generated, one meeting, numbered items with a resolution and an action each)",
        "",
        "| pages | CPU s (whole command) | pages per CPU s | CPU ms per page | peak RSS, MB | resolutions | actions | document status |",
        "|---|---|---|---|---|---|---|---|",
    ]
    peaks = []
    with tempfile.TemporaryDirectory() as tmp:
        for pages in page_counts:
            pdf = cached_minutes_pdf(cache, pages)
            cpu, rss, code = ingest_measured(pdf, Path(tmp) / f"pdf_{pages}.db")
            res, act, status = records(Path(tmp) / f"pdf_{pages}.db")
            lines.append(f"| {pages} | {cpu:.1f} | {pages / cpu:.1f} | {1000 * cpu / pages:.1f} | {rss:.0f} | {res} | {act} | {status} (exit {code}) |")
            peaks.append((pages, rss))
        if len(peaks) > 1:
            (first, low), (last, high) = peaks[0], peaks[-1]
            lines += ["", f"Peak RSS grows by {1024 * (high - low) / (last - first):.1f} KB per page from {first} to {last} pages."]
        lines += [
            "",
            f"## One agenda item of {item_mb:g} MB (text minutes; its item is read in windows of extraction.WINDOW_CHARS)",
            "",
            "| item characters | CPU s (whole command) | peak RSS, MB | resolutions | actions | document status |",
            "|---|---|---|---|---|---|",
        ]
        text = Path(tmp) / "long_item.txt"
        size = write_long_item(text, item_mb)
        cpu, rss, code = ingest_measured(text, Path(tmp) / "item.db")
        res, act, status = records(Path(tmp) / "item.db")
        lines.append(f"| {size:,} | {cpu:.1f} | {rss:.0f} | {res} | {act} | {status} (exit {code}) |")
    return "\n".join(lines) + "\n"


HEADER = """# Long documents and long items

Made by `bench/long_bench.py` (`make bench`); CPU seconds and peak memory of one `minutes-miner ingest`
process per file, on the machine that ran it (shared by other work, so CPU figures carry noise).

"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, nargs="+", default=[100, 1000, 5000])
    parser.add_argument("--cache", type=Path, default=CACHE, help="folder keeping the generated PDFs between runs")
    parser.add_argument("--item-mb", type=float, default=2.0)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    text = run(args.pages, args.item_mb, args.cache)
    print(text)
    if args.out:
        args.out.write_text(HEADER + text)


if __name__ == "__main__":
    main()
