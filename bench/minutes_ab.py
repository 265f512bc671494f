"""Minutes per CPU second: this revision against an earlier one, in paired runs (issue 12).

    .venv/bin/python bench/minutes_ab.py --before /tmp/before ../shared/corpus/kent \\
        --text ../shared/corpus/pages --text ../shared/seeds [--rounds 3] [--out docs/benchmarks.md]

`--before` is a checkout of the earlier revision (for example `git archive REV | tar -x -C DIR`);
its `src` is put first on PYTHONPATH, so the same interpreter and packages run its code and its
models. Three inputs, each ingested into a fresh database by `minutes-miner ingest --workers 1`
(the whole command: Python start, imports, pipeline, read, extract, store, linking):

- the Kent printed minutes: the PDFs under the PDF folder whose names say "minutes";
- the text minutes pages: every file of the --text folders (one page each);
- fixed cost: one short one-page minutes text.

Before and now alternate run by run, `--rounds` times, and the CPU seconds (user + system of
the command and its worker processes) are compared: on a machine shared with other work, wall
time moves with the load, CPU time much less, and pairing keeps both sides under the same load.
Both trees are byte-compiled first, so neither pays for compiling its sources. Each side has a
regex compile cache of its own (fastload.py; `MINUTES_MINER_CACHE`), filled by one unmeasured
run before the rounds, as a user's is after their first command: with the one shared cache, a
run paid for whatever another revision's last run (or another program on the machine) had
written there, 0.1-0.6 CPU s of patterns to compile again, which is larger than most changes
measured here. The table gives the fastest run of each side beside the medians.
`--out` replaces this section of the Markdown report (or adds it before the hand-written notes).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_support import ROOT, run_cli, write_section

SECTION_TITLE = "## Minutes per CPU second: this revision against the one before (paired runs)"

ONE_PAGE = """MINUTES of the meeting of Hartwell Parish Council held on 9 January 2024 at 7pm in the Village Hall.

Present: Cllr R Green (Chair), Cllr S Patel, Cllr T Okafor. In attendance: Mrs L Hunt (Clerk).

1. Apologies. Apologies were received and accepted from Cllr D Moss.
2. Minutes. RESOLVED that the minutes of the meeting held on 12 December 2023 be signed as a true record.
3. Finance. The Council noted a balance of £18,240 and approved payments of £1,316.50.
ACTION: Clerk to renew the insurance policy before 31 January 2024.
"""


def ingest_cpu(src: Path | None, paths: list[Path], db: Path, cache: Path | None = None) -> float:
    """CPU seconds of `minutes-miner ingest PATHS --workers 1` into a fresh db, with `src` first on the path
    and `cache` (if given) as its regex compile cache."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    env = dict(os.environ)
    if cache is not None:
        env["MINUTES_MINER_CACHE"] = str(cache)
    if src is not None:
        env["PYTHONPATH"] = str(src) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    _, measured = run_cli(["ingest", *map(str, paths), "--db", str(db), "--workers", "1", "--quiet"], env=env)
    return round(measured["cpu_s"], 2)


def inputs(pdf_folder: Path, text_folders: list[Path], work: Path) -> dict[str, tuple[list[Path], int]]:
    """name -> (paths to ingest, pages): Kent minutes (linked into one folder), text pages, one page."""
    minutes = sorted(p for p in pdf_folder.rglob("*.pdf") if "minutes" in p.name.lower())
    linked = work / "minutes"
    linked.mkdir(parents=True, exist_ok=True)
    for i, path in enumerate(minutes):
        (linked / f"{i:03d}-{path.name}").symlink_to(path.resolve())
    texts = [p for d in text_folders if d.is_dir() for p in sorted(d.rglob("*")) if p.is_file() and not p.name.startswith(".")]
    one = work / "one" / "one-page.txt"
    one.parent.mkdir(parents=True, exist_ok=True)
    one.write_text(ONE_PAGE, encoding="utf-8")
    found = {}
    if minutes:
        from pypdfium2 import PdfDocument

        pages = 0
        for path in minutes:
            pdf = PdfDocument(str(path))
            pages += len(pdf)
            pdf.close()
        found["Kent printed minutes (PDF)"] = ([linked], pages)
    if texts:
        found["text minutes pages"] = (list(text_folders), len(texts))
    found["fixed cost: one one-page text file"] = ([one.parent], 1)
    return found


def paired_runs(before: Path, pdf_folder: Path, text_folders: list[Path], rounds: int = 3) -> dict:
    """CPU s of each input, before and now alternated `rounds` times."""
    for tree in (before / "src", ROOT / "src"):
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(tree)], capture_output=True, check=False)
    work = Path(tempfile.mkdtemp(prefix="mm-minutes-ab-"))
    results: dict = {"before": str(before), "rounds": rounds, "load_start": round(os.getloadavg()[0], 2), "inputs": {}}
    sides = {"before": before / "src", "now": None}
    caches = {side: work / f"cache-{side}" for side in sides}
    try:
        found = inputs(pdf_folder, text_folders, work)
        one_page = found["fixed cost: one one-page text file"][0]
        for side, src in sides.items():  # each side's own compile cache, filled as a user's is by their first command
            ingest_cpu(src, one_page, work / f"{side}.db", caches[side])
        for name, (paths, pages) in found.items():
            runs: dict[str, list[float]] = {"before": [], "now": []}
            for _ in range(rounds):
                for side, src in sides.items():
                    runs[side].append(ingest_cpu(src, paths, work / f"{side}.db", caches[side]))
            print(f"  {name}: {pages} pages, before {runs['before']}, now {runs['now']} CPU s", flush=True)
            results["inputs"][name] = {"pages": pages, **runs}
    finally:
        shutil.rmtree(work, ignore_errors=True)
    results["load_end"] = round(os.getloadavg()[0], 2)
    return results


def section(results: dict) -> list[str]:
    """The Markdown section: CPU s of every run, medians, pages per CPU s and the ratio."""
    lines = [SECTION_TITLE, ""]
    lines.append(
        f"`minutes-miner ingest DIR --workers 1` into a fresh database, CPU seconds of the whole command (user + system, with its worker), "
        f"the revision in `{results['before']}` (before) and this one (now) alternated run by run, {results['rounds']} rounds, "
        f"each side with its own regex compile cache filled by one unmeasured run; "
        f"load average {results['load_start']} at the start, {results['load_end']} at the end (`bench/minutes_ab.py`)."
    )
    lines += [
        "",
        "| input | pages | before: CPU s | now: CPU s | pages per CPU s, before -> now (medians) | now / before CPU (medians) | now / before CPU (fastest runs) |",
        "| --- | ---: | --- | --- | --- | ---: | ---: |",
    ]
    for name, run in results["inputs"].items():
        before, now = statistics.median(run["before"]), statistics.median(run["now"])
        pages = run["pages"]
        lines.append(
            f"| {name} | {pages} | {', '.join(f'{s:.2f}' for s in run['before'])} | {', '.join(f'{s:.2f}' for s in run['now'])} | "
            f"{pages / before:.1f} -> {pages / now:.1f} | {now / before:.2f} | {min(run['now']) / min(run['before']):.2f} |"
        )
    return lines + [""]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdfs", type=Path, help="folder of PDFs; those whose names say 'minutes' are used (../shared/corpus/kent)")
    parser.add_argument("--text", type=Path, action="append", default=[], help="folder of text minutes pages (repeatable)")
    parser.add_argument("--before", type=Path, required=True, help="checkout of the earlier revision (its src/ and models/)")
    parser.add_argument("--rounds", type=int, default=3, help="paired runs per input")
    parser.add_argument("--out", type=Path, default=None, help="Markdown report to put the section in (docs/benchmarks.md)")
    args = parser.parse_args(argv)
    text = "\n".join(section(paired_runs(args.before, args.pdfs, args.text, args.rounds)))
    print(text)
    if args.out:
        write_section(args.out, SECTION_TITLE, text)


if __name__ == "__main__":
    main()
