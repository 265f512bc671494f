"""Benchmark minutes-miner end to end and per stage, against the tools a user might reach for.

Usage (from the project root; `make bench` runs it on ../shared):

    .venv/bin/python bench/benchmark.py ../shared/corpus/kent \\
        --text ../shared/corpus/pages --text ../shared/seeds [--out docs/benchmarks.md] [--json out.json]

In one run:
- end to end: `minutes-miner ingest` into a fresh SQLite database, run as a subprocess
  (so its peak memory is its own), with --workers 1 and --workers 2; wall-clock time
  includes starting Python and loading the pipeline. Then the same command again on the
  unchanged corpus (re-ingest).
- memory as the corpus grows: the PDF corpus copied N times (default 5) into a temporary
  folder and ingested; each copy has a PDF comment line ("%minutes-miner benchmark copy k")
  appended after %%EOF, which keeps it a valid PDF but changes its bytes, so the copies are
  new documents rather than duplicates of one sha256.
- per stage, in this process, by calling the library's stage functions directly: read
  (read_document), structure (structure.analyse), NLP (the spaCy Docs extraction asks for),
  records (the rest of extract_document: finders and Pydantic records), store
  (save_extraction) and follow-up linking. No timing code lives in the library.
- alternatives over the same PDFs, file by file in turn: pdfplumber extract_text(), pypdfium2
  get_text_range(); a stock spaCy statistical pipeline (en_core_web_sm) over the same text if
  it is installed ("not installed" otherwise), beside our own pipeline over the same text.
- the printed minutes alone (the PDFs whose file names say "minutes": 11 of Kent's 129), whose
  pages are what extraction exists for; the agenda packs' reports skip the spaCy stages.
- output identity (--identity REF.jsonl): bench/identity.py --check, every record of every
  shared and sample file against a reference revision's (see that script for making one).
- OCR (bench/ocr_bench.py): pages/s and character error rate on generated scans of text PDFs
  (corpus/samples/pdf unless --ocr-text), and pages/s on real scans (--ocr-real). `--only-ocr`
  runs just that and rewrites only its section of --out.

Never run from the tests: timings are not assertions.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path

from bench_support import NOTES_MARKER, ROOT, run_cli, write_section
from compare_pdf_text import pdfium_pages, pdfplumber_pages  # noqa: E402
from ocr_bench import SECTION_TITLE as OCR_SECTION_TITLE, ocr_benchmark, ocr_section  # noqa: E402
from minutes_ab import paired_runs, section as minutes_ab_section  # noqa: E402
from startup import measure as startup_steps, section as startup_section  # noqa: E402

GIB = 1024**3
STAGES = ["read", "structure", "nlp", "records", "store", "links"]

SUMMARY_RE = re.compile(r"(\d+) files: (\d+) ingested, (\d+) unchanged(?: \([^)]*\))?, (\d+) failed(?:, \d+ skipped[^;]*)?; (\d+) pages in ([\d.]+)s")


# --- helpers ------------------------------------------------------------------------------


def machine() -> dict:
    cpuinfo = Path("/proc/cpuinfo").read_text() if Path("/proc/cpuinfo").exists() else ""
    models = re.findall(r"^model name\s*:\s*(.+)$", cpuinfo, re.M)
    meminfo = Path("/proc/meminfo").read_text() if Path("/proc/meminfo").exists() else ""
    mem = re.search(r"^MemTotal:\s+(\d+) kB", meminfo, re.M)
    versions = {}
    for name in ("minutes-miner", "spacy", "pypdfium2", "pdfplumber", "pdfminer.six", "pydantic", "sqlite-utils", "numpy", "dask", "distributed"):
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return {
        "cpu": models[0] if models else platform.processor() or "unknown",
        "cores": os.cpu_count(),
        "ram_gib": round(int(mem.group(1)) / 1024**2, 1) if mem else None,
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "versions": versions,
    }


def load() -> float:
    return round(os.getloadavg()[0], 2)


def ingest(paths: list[Path], db: Path, workers: int, label: str) -> dict:
    """`minutes-miner ingest` in a subprocess: wall time, its own summary, peak RSS."""
    args = ["ingest", *map(str, paths), "--db", str(db), "--workers", str(workers), "--quiet"]
    load_before = load()
    start = time.perf_counter()
    proc, child = run_cli(args)
    wall = time.perf_counter() - start
    m = SUMMARY_RE.search(proc.stdout)
    if not m:
        raise SystemExit(f"{label}: no summary from ingest (exit {proc.returncode}):\n{proc.stdout}\n{proc.stderr[-3000:]}")
    files, ok, unchanged, failed, pages, seconds = m.groups()
    result = {
        "label": label,
        "workers": workers,
        "wall_s": round(wall, 2),
        "ingest_s": float(seconds),
        "files": int(files),
        "ok": int(ok),
        "unchanged": int(unchanged),
        "failed": int(failed),
        "pages": int(pages),
        "maxrss_bytes": child.get("maxrss_self"),
        "maxrss_children_bytes": child.get("maxrss_children"),
        "cpu_s": round(child.get("cpu_s", 0.0), 2),
        "load_before": load_before,
        "load_after": load(),
        "exit": child.get("exit"),
    }
    print(
        f"  {label}: {result['pages']} pages, {wall:.1f}s wall, {result['cpu_s']:.1f}s CPU, peak {mib(result['maxrss_bytes'])} MiB"
        + (f" (largest worker {mib(result['maxrss_children_bytes'])} MiB)" if workers > 1 else ""),
        flush=True,
    )
    return result


def mib(n: int | None) -> str:
    return "?" if n is None else f"{n / 1024**2:.0f}"


def rate(pages: int, seconds: float) -> float:
    return pages / seconds if seconds else 0.0


def fresh(folder: Path, name: str) -> Path:
    db = folder / name
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    return db


def make_copies(pdfs: list[Path], root: Path, target: Path, copies: int) -> int:
    """The corpus `copies` times, each file with a trailing PDF comment that makes its bytes differ."""
    total = 0
    for k in range(1, copies + 1):
        for path in pdfs:
            out = target / f"copy{k}" / path.relative_to(root)
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(path.read_bytes() + f"\n%minutes-miner benchmark copy {k}\n".encode())
            total += 1
    return total


# --- per stage ----------------------------------------------------------------------------


def stage_times(files: list[Path], db_path: Path) -> dict:
    """Each stage's seconds over `files`, by wrapping the stage functions extraction calls."""
    import minutes_miner.extraction as ex
    from minutes_miner.followup import link_action_updates
    from minutes_miner.nlp.pipeline import get_pipeline
    from minutes_miner.readers import ReadError, read_document
    from minutes_miner.store import open_db, save_extraction

    start = time.perf_counter()
    get_pipeline()
    pipeline_load = time.perf_counter() - start

    t: Counter = Counter()
    counts: Counter = Counter()
    real_analyse, real_docs = ex.analyse, ex._segment_docs

    def timed_analyse(document):
        start = time.perf_counter()
        result = real_analyse(document)
        t["structure"] += time.perf_counter() - start
        return result

    def timed_docs(*args, **kwargs):
        start = time.perf_counter()
        docs = list(real_docs(*args, **kwargs))  # extraction zips over them: same work, done here
        t["nlp"] += time.perf_counter() - start
        counts["segments"] += len(docs)
        counts["segments_with_doc"] += sum(1 for d in docs if d is not None)
        counts["tokens"] += sum(len(d) for d in docs if d is not None)
        return docs

    ex.analyse, ex._segment_docs = timed_analyse, timed_docs
    db = open_db(db_path)
    texts: list[tuple[str, int]] = []
    try:
        now = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
        for path in files:
            start = time.perf_counter()
            data = path.read_bytes()
            doc_id = ex.file_id(data)
            try:
                document = read_document(path)
            except ReadError:
                counts["unreadable"] += 1
                continue
            t["read"] += time.perf_counter() - start
            start = time.perf_counter()
            extraction = ex.extract_document(document, doc_id, ingested_at=now)
            t["extract"] += time.perf_counter() - start
            start = time.perf_counter()
            save_extraction(db, extraction)
            t["store"] += time.perf_counter() - start
            counts["pages"] += document.pages or 0
            counts["documents"] += 1
            counts["chars"] += len(document.text)
            texts.append((document.text, document.pages or 0))
        start = time.perf_counter()
        link_action_updates(db)
        t["links"] += time.perf_counter() - start
    finally:
        ex.analyse, ex._segment_docs = real_analyse, real_docs
        db.close()
    t["records"] = t["extract"] - t["structure"] - t["nlp"]
    return {"seconds": {k: round(t[k], 3) for k in STAGES}, "pipeline_load_s": round(pipeline_load, 3), "counts": dict(counts), "texts": texts}


# --- alternatives -------------------------------------------------------------------------


def pdf_text_alternatives(pdfs: list[Path]) -> dict:
    """pdfplumber extract_text and pypdfium2 get_text_range over every page, file by file in turn."""
    seconds, cpu, pages = Counter(), Counter(), Counter()
    for path in pdfs:
        for name, function in (("pypdfium2", pdfium_pages), ("pdfplumber", pdfplumber_pages)):
            start, start_cpu = time.perf_counter(), time.process_time()
            texts = function(path)
            seconds[name] += time.perf_counter() - start
            cpu[name] += time.process_time() - start_cpu
            pages[name] += len(texts)
    return {name: {"pages": pages[name], "seconds": round(seconds[name], 2), "cpu_s": round(cpu[name], 2)} for name in seconds}


def spacy_alternatives(texts: list[tuple[str, int]]) -> dict:
    """Our pipeline (every component, on all text) and a stock statistical one, over the same text."""
    import spacy

    from minutes_miner.nlp.pipeline import get_pipeline

    pages = sum(p for _, p in texts)
    chars = sum(len(t) for t, _ in texts)
    out = {}
    ours = get_pipeline()
    start = time.perf_counter()
    for _ in ours.pipe((t for t, _ in texts), batch_size=32):
        pass
    out["minutes-miner pipeline, every component on all text"] = {"pages": pages, "chars": chars, "seconds": round(time.perf_counter() - start, 2)}
    try:
        stock = spacy.load("en_core_web_sm")
    except (OSError, ImportError) as error:
        out["en_core_web_sm"] = {"status": "not installed", "reason": str(error).splitlines()[0][:160]}
        return out
    stock.max_length = max(stock.max_length, max((len(t) for t, _ in texts), default=0) + 1)
    start = time.perf_counter()
    for _ in stock.pipe((t for t, _ in texts), batch_size=32):
        pass
    out["en_core_web_sm"] = {"pages": pages, "chars": chars, "seconds": round(time.perf_counter() - start, 2), "version": stock.meta.get("version")}
    return out


# --- report -------------------------------------------------------------------------------


def run(args) -> dict:
    pdf_root = args.pdfs.resolve()
    pdfs = sorted(pdf_root.rglob("*.pdf"))[: args.limit]
    if not pdfs:
        raise SystemExit(f"no PDFs under {pdf_root}")
    text_files = sorted(p for d in args.text if d.is_dir() for p in d.rglob("*") if p.is_file() and not p.name.startswith("."))
    work = Path(tempfile.mkdtemp(prefix="mm-bench-"))
    results: dict = {"machine": machine(), "started": datetime.now().isoformat(timespec="seconds"), "load_start": load()}
    results["corpus"] = {"pdf_folder": str(args.pdfs), "pdf_files": len(pdfs), "text_folders": [str(d) for d in args.text], "text_files": len(text_files)}
    pdf_input = [pdf_root] if args.limit is None else _linked(pdfs, pdf_root, work / "subset")
    try:
        print("end to end (subprocess, fresh database):", flush=True)
        e2e = results["end_to_end"] = {}
        e2e["pdf_w1"] = ingest(pdf_input, fresh(work, "w1.db"), 1, "PDFs, --workers 1")
        e2e["pdf_reingest"] = ingest(pdf_input, work / "w1.db", 1, "PDFs, re-ingest unchanged")
        e2e["pdf_w2"] = ingest(pdf_input, fresh(work, "w2.db"), 2, "PDFs, --workers 2")
        minutes = [p for p in pdfs if "minutes" in p.name.lower()]  # the printed minutes among the agenda packs
        if minutes and len(minutes) < len(pdfs):
            e2e["minutes_w1"] = ingest(_linked(minutes, pdf_root, work / "minutes"), fresh(work, "m1.db"), 1, "PDF minutes only, --workers 1")
        if text_files:
            e2e["text_w1"] = ingest(args.text, fresh(work, "t1.db"), 1, "text, --workers 1")
            e2e["text_w2"] = ingest(args.text, fresh(work, "t2.db"), 2, "text, --workers 2")
        if args.copies > 1:
            n = make_copies(pdfs, pdf_root, work / "copies", args.copies)
            print(f"  ({n} files in {args.copies} copies)", flush=True)
            e2e["pdf_copies_w1"] = ingest([work / "copies"], fresh(work, "c1.db"), 1, f"PDFs x{args.copies}, --workers 1")
            e2e["pdf_copies_w2"] = ingest([work / "copies"], fresh(work, "c2.db"), 2, f"PDFs x{args.copies}, --workers 2")
            shutil.rmtree(work / "copies")

        print("per stage (in process):", flush=True)
        stages = stage_times(pdfs, fresh(work, "stages.db"))
        texts = stages.pop("texts")
        results["stages_pdf"] = stages
        print(f"  PDFs: {stages['seconds']}", flush=True)
        if text_files:
            text_stages = stage_times(text_files, fresh(work, "stages_text.db"))
            text_stages.pop("texts")
            results["stages_text"] = text_stages
            print(f"  text: {text_stages['seconds']}", flush=True)

        print("alternatives over the same PDFs (file by file in turn):", flush=True)
        results["pdf_text"] = pdf_text_alternatives(pdfs)
        print(f"  {results['pdf_text']}", flush=True)
        results["spacy"] = spacy_alternatives(texts)
        print(f"  {results['spacy']}", flush=True)
        if args.before:
            print(f"minutes per CPU second, this revision against {args.before} (paired runs):", flush=True)
            results["minutes_ab"] = paired_runs(args.before, pdf_root, args.text)
        print("start-up of one command, step by step:", flush=True)
        results["startup"] = startup_steps(5)
        print("OCR (in process):", flush=True)
        results["ocr"] = ocr_benchmark(ocr_texts(args), args.ocr_real)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if args.identity:
        results["identity"] = identity_check(args.identity)
    results["load_end"] = load()
    results["finished"] = datetime.now().isoformat(timespec="seconds")
    return results


def identity_check(reference: Path) -> dict:
    """bench/identity.py --check: every benchmark file's records against a reference revision's."""
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "identity.py"), "--check", str(reference)], capture_output=True, text=True)
    lines = proc.stdout.strip().splitlines()
    print("\n".join(lines[-5:]), flush=True)
    return {
        "reference": str(reference),
        "identical": proc.returncode == 0,
        "summary": lines[-1] if lines else proc.stderr[-300:],
        "differences": lines[1:-1][:50],
    }


def _linked(pdfs: list[Path], root: Path, target: Path) -> list[Path]:
    for path in pdfs:
        out = target / path.relative_to(root)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.symlink_to(path)
    return [target]


def report(r: dict) -> str:
    m = r["machine"]
    e = r["end_to_end"]
    plumber = r["pdf_text"]["pdfplumber"]
    pdfium = r["pdf_text"]["pypdfium2"]
    plumber_rate = rate(plumber["pages"], plumber["seconds"])
    w1, w2, again = e["pdf_w1"], e["pdf_w2"], e["pdf_reingest"]
    lines = []
    add = lines.append
    add("# Benchmarks")
    add("")
    add(f"Written by `bench/benchmark.py` (`make bench`) on {r['started'][:10]}; every figure below comes from that one run.")
    add("")
    add("## Machine")
    add("")
    add(f"- CPU: {m['cpu']}, {m['cores']} cores; RAM {m['ram_gib']} GiB; {m['os']}")
    add(f"- Python {m['python']}, SQLite {m['sqlite']}; " + ", ".join(f"{k} {v}" for k, v in m["versions"].items()))
    add(
        f"- Load average (1 min) at start {r['load_start']}, at end {r['load_end']}: other work shares this machine, so absolute rates vary from run to run; the ratios, measured side by side, move less."
    )
    add("")
    add(
        f"Corpus: `{r['corpus']['pdf_folder']}` ({r['corpus']['pdf_files']} PDFs, {w1['pages']:,} pages) and "
        f"{', '.join('`' + t + '`' for t in r['corpus']['text_folders'])} ({r['corpus']['text_files']} text files, one page each)."
    )
    add("")
    add("## End to end: `minutes-miner ingest` into a fresh SQLite database")
    add("")
    add(
        "Wall clock of the whole command (Python start, pipeline load, read, extract, store, follow-up linking), run as a subprocess. "
        "Ratios are against pdfplumber's `extract_text()` alone over the same PDFs in the same run. "
        "CPU s is user + system time of the command and its worker processes: unlike wall time it hardly moves when other work "
        "shares the machine, so pages per CPU second is the steadier measure of the work done per page."
    )
    add("")
    add("| run | pages | wall s | pages/s | x pdfplumber | CPU s | pages per CPU s | x pdfplumber (CPU) | peak RSS MiB |")
    add("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    plumber_cpu_rate = rate(plumber["pages"], plumber["cpu_s"])

    def row(run: dict, compare: bool = True) -> None:
        pages_per_s = rate(run["pages"], run["wall_s"])
        per_cpu = rate(run["pages"], run["cpu_s"])
        ratio = f"{pages_per_s / plumber_rate:.1f}x" if compare and plumber_rate else ""
        cpu_ratio = f"{per_cpu / plumber_cpu_rate:.1f}x" if compare and plumber_cpu_rate else ""
        rss = mib(run["maxrss_bytes"]) + (f" (+ worker {mib(run['maxrss_children_bytes'])})" if run["workers"] > 1 else "")
        add(
            f"| {run['label']} | {run['pages']:,} | {run['wall_s']:.1f} | {pages_per_s:.0f} | {ratio} | {run['cpu_s']:.1f} | {per_cpu:.0f} | {cpu_ratio} | {rss} |"
        )

    row(w1)
    row(w2)
    for key in ("minutes_w1", "text_w1", "text_w2"):
        if key in e:
            row(e[key], compare=False)
    add(
        f"| pdfplumber `extract_text()` only | {plumber['pages']:,} | {plumber['seconds']:.1f} | {plumber_rate:.1f} | 1.0x | {plumber['cpu_s']:.1f} | {plumber_cpu_rate:.1f} | 1.0x | |"
    )
    pdfium_rate, pdfium_cpu = rate(pdfium["pages"], pdfium["seconds"]), rate(pdfium["pages"], pdfium["cpu_s"])
    add(
        f"| pypdfium2 `get_text_range()` only | {pdfium['pages']:,} | {pdfium['seconds']:.1f} | {pdfium_rate:.0f} | {pdfium_rate / plumber_rate:.0f}x | {pdfium['cpu_s']:.1f} | {pdfium_cpu:.0f} | {pdfium_cpu / plumber_cpu_rate:.0f}x | |"
    )
    add("")
    if "minutes_ab" in r:
        lines += minutes_ab_section(r["minutes_ab"])
    add(
        f"Re-ingest of the unchanged corpus (`--workers 1` again on the same database): {again['wall_s']:.2f} s wall, "
        f"**{100 * again['wall_s'] / w1['wall_s']:.1f}%** of the first run ({again['unchanged']} files unchanged; "
        f"{again['ingest_s']:.1f} s inside the command, the rest is starting Python and importing)."
    )
    add("")
    if "pdf_copies_w1" in e:
        c1, c2 = e["pdf_copies_w1"], e["pdf_copies_w2"]
        add("## Memory as the corpus grows")
        add("")
        add(
            f"The PDF corpus copied {c1['files'] // max(1, r['corpus']['pdf_files'])} times into a temporary folder; each copy has a PDF comment line "
            "(`%minutes-miner benchmark copy k`) appended after `%%EOF`, which keeps the file valid and makes its sha256 differ, "
            "so every copy is ingested as a new document. Peak RSS is `ru_maxrss` of the ingest process (and of its largest worker process)."
        )
        add("")
        add("| run | files | pages | wall s | pages/s | peak RSS MiB | largest worker MiB |")
        add("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
        for run in (w1, c1, w2, c2):
            worker = mib(run["maxrss_children_bytes"]) if run["workers"] > 1 else ""
            add(
                f"| {run['label']} | {run['files']:,} | {run['pages']:,} | {run['wall_s']:.1f} | {rate(run['pages'], run['wall_s']):.0f} | {mib(run['maxrss_bytes'])} | {worker} |"
            )
        add("")
        add(
            f"Peak RSS x{c1['files'] // max(1, r['corpus']['pdf_files'])} / x1: **{c1['maxrss_bytes'] / w1['maxrss_bytes']:.2f}** (--workers 1), "
            f"{max(c2['maxrss_bytes'], c2['maxrss_children_bytes']) / max(w2['maxrss_bytes'], w2['maxrss_children_bytes']):.2f} (--workers 2, largest process)."
        )
        add("")
    add("## Per stage")
    add("")
    add(
        "In one process, calling the stage functions directly (the library has no timing code): read = `read_document` (plus sha256), "
        "structure = `structure.analyse`, NLP = the spaCy Docs extraction asks for, records = the rest of `extract_document` "
        "(resolution, action and statistics finders, Pydantic records), store = `save_extraction`, links = `link_action_updates` once at the end."
    )
    add("")
    for key, title in (("stages_pdf", "PDFs"), ("stages_text", "text")):
        if key not in r:
            continue
        s = r[key]
        total = sum(s["seconds"].values())
        pages = s["counts"].get("pages", 0)
        c = s["counts"]
        add(
            f"**{title}** ({c.get('documents', 0)} documents, {pages:,} pages, {c.get('chars', 0):,} characters; "
            f"spaCy Docs for {c.get('segments_with_doc', 0)} of {c.get('segments', 0)} segments, {c.get('tokens', 0):,} tokens; pipeline load {s['pipeline_load_s']:.2f} s once)"
        )
        add("")
        add("| stage | seconds | share | pages/s of the stage alone |")
        add("| --- | ---: | ---: | ---: |")
        for stage in STAGES:
            sec = s["seconds"][stage]
            add(f"| {stage} | {sec:.2f} | {100 * sec / total:.0f}% | {f'{rate(pages, sec):,.0f}' if sec >= 0.005 else '-'} |")
        add(f"| **total** | {total:.2f} | 100% | {rate(pages, total):,.0f} |")
        add("")
    add("## NLP alternatives over the same text")
    add("")
    add("| pipeline | pages | seconds | pages/s |")
    add("| --- | ---: | ---: | ---: |")
    nlp_stage = r["stages_pdf"]["seconds"]["nlp"]
    add(
        f"| minutes-miner NLP stage as run by ingest (only the components each document needs) | {r['stages_pdf']['counts'].get('pages', 0):,} | {nlp_stage:.2f} | {rate(r['stages_pdf']['counts'].get('pages', 0), nlp_stage):,.0f} |"
    )
    for name, v in r["spacy"].items():
        if v.get("status") == "not installed":
            add(f"| {name} (stock spaCy statistical pipeline) | | not installed | |")
        else:
            add(f"| {name} | {v['pages']:,} | {v['seconds']:.2f} | {rate(v['pages'], v['seconds']):,.0f} |")
    add("")
    if "identity" in r:
        i = r["identity"]
        add("## Output identity")
        add("")
        add(f"`bench/identity.py --check {i['reference']}`: {i['summary']}")
        for line in i["differences"]:
            add(f"- {line}")
        add("")
    if "ocr" in r:
        lines += ocr_section(r["ocr"])
    add("## Targets (issue 6)")
    add("")
    r1, r2 = rate(w1["pages"], w1["wall_s"]) / plumber_rate, rate(w2["pages"], w2["wall_s"]) / plumber_rate
    c1_ratio = rate(w1["pages"], w1["cpu_s"]) / plumber_cpu_rate
    best = max(r1, r2)
    add("| target | measured | met |")
    add("| --- | --- | --- |")
    add(
        f"| end to end >= 10x pdfplumber's pages/s | {r2:.1f}x with --workers 2 (all cores here), {r1:.1f}x with one process, wall clock | {'yes' if best >= 10 else 'no'} |"
    )
    add(f"| single process >= 5x | {r1:.1f}x wall clock, {c1_ratio:.1f}x per CPU second | {'yes' if r1 >= 5 else 'no'} |")
    if "pdf_copies_w1" in e:
        c1 = e["pdf_copies_w1"]
        peak = max(run[k] or 0 for run in e.values() for k in ("maxrss_bytes", "maxrss_children_bytes"))
        growth = c1["maxrss_bytes"] / w1["maxrss_bytes"]
        add(f"| peak memory < 1 GiB | largest process {mib(peak)} MiB | {'yes' if peak < GIB else 'no'} |")
        add(
            f"| memory flat as the corpus grows | x{c1['files'] // max(1, r['corpus']['pdf_files'])} corpus / x1, --workers 1: {growth:.2f} | {'yes' if growth < 1.25 else 'no'} |"
        )
    share = again["wall_s"] / w1["wall_s"]
    add(f"| re-ingest of an unchanged corpus < 10% of the first run | {100 * share:.1f}% | {'yes' if share < 0.10 else 'no'} |")
    add("")
    if "startup" in r:
        lines += startup_section(r["startup"])
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdfs", type=Path, nargs="?", help="folder of PDFs (e.g. ../shared/corpus/kent)")
    parser.add_argument("--text", type=Path, action="append", default=[], help="folder of text documents (repeatable)")
    parser.add_argument("--copies", type=int, default=5, help="copies of the PDF corpus for the memory run (0: skip)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N PDFs (a quick check of this script)")
    parser.add_argument("--out", type=Path, default=None, help="write the Markdown report here (docs/benchmarks.md)")
    parser.add_argument("--json", type=Path, default=None, help="also write the raw results here")
    parser.add_argument(
        "--ocr-text", type=Path, action="append", default=[], help="text PDF to make generated scans of (repeatable) [default: corpus/samples/pdf]"
    )
    parser.add_argument("--ocr-real", type=Path, action="append", default=[], help="a real scanned PDF to time OCR on (repeatable)")
    parser.add_argument("--identity", type=Path, default=None, help="reference JSONL of bench/identity.py --write: check every record is unchanged")
    parser.add_argument("--before", type=Path, default=None, help="checkout of an earlier revision: minutes CPU s against it, paired (bench/minutes_ab.py)")
    parser.add_argument("--only-ocr", action="store_true", help="run only the OCR benchmark and rewrite only its section of --out")
    args = parser.parse_args(argv)
    if args.only_ocr:
        return only_ocr(args)
    if args.pdfs is None:
        parser.error("the PDF folder is required (unless --only-ocr)")
    results = run(args)
    text = report(results)
    print()
    print(text)
    if args.out:
        kept = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        notes = kept[kept.index(NOTES_MARKER) :] if NOTES_MARKER in kept else NOTES_MARKER + "\n"
        args.out.write_text(text + "\n" + notes, encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")


def ocr_texts(args) -> list[Path]:
    return args.ocr_text or sorted((ROOT / "corpus" / "samples" / "pdf").glob("*.pdf"))


def only_ocr(args) -> None:
    """The OCR benchmark alone; its section replaces the old one in --out, the rest is kept."""
    section = "\n".join(ocr_section(ocr_benchmark(ocr_texts(args), args.ocr_real)))
    print(section)
    if args.out:
        write_section(args.out, OCR_SECTION_TITLE, section, "## Targets")


if __name__ == "__main__":
    main()
