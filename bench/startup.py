"""The fixed cost of a command, step by step (issue 12: under one CPU second per command).

    .venv/bin/python bench/startup.py [--runs 5] [--out docs/benchmarks.md]

A one-page `minutes-miner ingest` spends nearly all its CPU before the first page: importing the
command line, numpy, pydantic and the record models, sqlite-utils and the store, thinc and spaCy,
building the pipeline, the warm-up extraction, a fresh database's schema. Each run here is a fresh
interpreter that takes those steps in that order, as the entry point does (the collector paused,
the regex cache installed), with `time.process_time` between them; the table gives each step's
fastest of `--runs` runs (the machine is shared: the fastest is the least disturbed), so the
steps' sum is a little below one run's total. The runs share a regex compile cache of their own,
filled by one uncounted run first, as a user's is after their first command (the one in
~/.cache is rewritten by every checkout and test run on a shared machine). `--out` replaces this
section of the Markdown report (or adds it before the notes).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_support import ROOT, write_section

SECTION_TITLE = "## Start-up of one command, step by step"

# (step, what it is): the child below reports the CPU seconds of each, in this order.
STEPS = [
    ("command line", "click, the package (its extractor version hash), the regex cache installed"),
    ("numpy", "imported by thinc and spaCy"),
    ("pydantic and the record models", "pydantic and records.py's 15 models (each built when first used since the eleventh pass)"),
    ("sqlite-utils and the store", ""),
    ("thinc", "`thinc.api`: every layer and backend"),
    ("spaCy", "`import spacy` (every pipe class, its schemas, training and scorer)"),
    ("pipeline", "spaCy's English (its tokenizer's special cases) and the four rule components"),
    ("extraction code", "the finders' modules"),
    (
        "warm-up",
        "one short minutes text extracted, so the finders' rules exist before workers fork; skipped when one worker forks and the regex cache is warm, as here",
    ),
    ("fresh database", "the schema of a new SQLite database in one transaction"),
]

_CHILD = r"""
import json, sys, time
marks = [time.process_time()]
def mark():
    marks.append(time.process_time())
from minutes_miner.fastload import pause_gc
pause_gc()
import minutes_miner.cli
mark()
import numpy
mark()
import minutes_miner.records
mark()
import sqlite_utils, minutes_miner.store
mark()
import thinc.api
mark()
import spacy
mark()
from minutes_miner.nlp.pipeline import get_pipeline
get_pipeline()
mark()
import minutes_miner.extraction
mark()
from minutes_miner.fastload import regex_cache_is_warm, stop_learning
if regex_cache_is_warm():
    stop_learning()  # what ingest does for one file (ingest._warm_up)
else:
    from minutes_miner.warm_up import warm_up_extraction
    warm_up_extraction()
mark()
from minutes_miner.store import open_db
open_db(sys.argv[2]).close()
mark()
json.dump([b - a for a, b in zip(marks, marks[1:])], open(sys.argv[1], "w"))
"""


def one_run(env: dict[str, str]) -> list[float]:
    """CPU seconds of each step in a fresh interpreter."""
    with tempfile.TemporaryDirectory(prefix="mm-startup-") as work:
        out, db = Path(work) / "steps.json", Path(work) / "fresh.db"
        subprocess.run([sys.executable, "-c", _CHILD, str(out), str(db)], env=env, check=True, capture_output=True)
        return json.loads(out.read_text())


def measure(runs: int) -> dict:
    """Each step's CPU s in every run, and the load average around them."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src") + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "src")], capture_output=True, check=False)
    load_start = round(os.getloadavg()[0], 2)
    with tempfile.TemporaryDirectory(prefix="mm-startup-cache-") as cache:
        env["MINUTES_MINER_CACHE"] = cache
        one_run(env)  # fills the cache with this revision's patterns; not counted
        results = [one_run(env) for _ in range(runs)]
    return {"runs": results, "load_start": load_start, "load_end": round(os.getloadavg()[0], 2)}


def section(measured: dict) -> list[str]:
    runs = measured["runs"]
    fastest = [min(run[i] for run in runs) for i in range(len(STEPS))]
    totals = sorted(sum(run) for run in runs)
    lines = [
        SECTION_TITLE,
        "",
        f"A fresh interpreter takes the steps of `minutes-miner ingest` before its first page, in order, {len(runs)} times (`bench/startup.py`); "
        f"fastest CPU s of each step; load average {measured['load_start']} at the start, {measured['load_end']} at the end. A whole one-page "
        "command also starts Python (~0.02 CPU s), reads its file in a forked worker (~0.05) and stores it.",
        "",
        "| step | CPU s (fastest) | share | what it is |",
        "| --- | ---: | ---: | --- |",
    ]
    whole = sum(fastest)
    for (name, what), cpu in zip(STEPS, fastest):
        lines.append(f"| {name} | {cpu:.3f} | {100 * cpu / whole:.0f}% | {what} |")
    lines += [f"| **sum of the fastest** | {whole:.3f} | 100% | runs' totals {', '.join(f'{t:.2f}' for t in totals)} CPU s |", ""]
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="fresh interpreters to time")
    parser.add_argument("--out", type=Path, default=None, help="Markdown report to put the section in (docs/benchmarks.md)")
    args = parser.parse_args(argv)
    text = "\n".join(section(measure(args.runs)))
    print(text)
    if args.out:
        write_section(args.out, SECTION_TITLE, text)


if __name__ == "__main__":
    main()
