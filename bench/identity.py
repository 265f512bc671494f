"""Output identity: every record of every benchmark file, compared with a reference revision's.

A speed change must not change what is extracted. This extracts each file (as `minutes-miner
extract` does), serialises every record table, the document's meeting fields and its details
as deterministic JSON (one line per file), and either writes that as a reference or compares
it with one, reporting each file and table that differs.

    # the reference, from the revision before the change (its own checkout, this script):
    git worktree add /tmp/ref-e893b24 e893b24
    PYTHONPATH=/tmp/ref-e893b24/src .venv/bin/python bench/identity.py --write /tmp/ref-e893b24.jsonl
    # the check, on this checkout:
    .venv/bin/python bench/identity.py --check /tmp/ref-e893b24.jsonl

PYTHONPATH comes before the editable install, so the reference run imports the reference's
code and models (models/ is found beside the package). With no folders given it reads the
benchmark's files: ../shared/corpus (kent, pages, formats, devpool), ../shared/seeds and
corpus/samples. The extractor version (a hash of the code) and the ingest time are left out:
they change with every commit by design. OCR is off unless --ocr (its output is Tesseract's).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEFAULT_FOLDERS = [
    SHARED / "corpus" / "kent",
    SHARED / "corpus" / "pages",
    SHARED / "corpus" / "formats",
    SHARED / "corpus" / "devpool",
    SHARED / "seeds",
    ROOT / "corpus" / "samples",
]
# Fields that change with every commit or run, not with what was extracted.
VOLATILE = {"extractor_version", "ingested_at"}


def serialise(path: Path, ocr: bool) -> dict:
    """One file's extraction as a JSON-ready dict: document fields, details, every table."""
    from minutes_miner.ingest import extract_file
    from minutes_miner.readers.ocr import ocr_disabled

    with ocr_disabled(not ocr):
        result = extract_file(str(path))
    out = {"document": {k: v for k, v in result.document.model_dump().items() if k not in VOLATILE}, "details": result.details}
    for table, records in result.tables().items():
        out[table] = [r.model_dump() for r in records]
    return json.loads(json.dumps(out, sort_keys=True, default=str))


def files_of(folders: list[Path]) -> list[Path]:
    from minutes_miner.ingest import collect_files

    return collect_files([f for f in folders if f.exists()])[0]


def file_key(path: Path) -> str:
    """A file's name in the reference: relative to the checkout for the project's own samples, so a
    reference written in one checkout (or git worktree) checks another; absolute for ../shared."""
    resolved = path.resolve()
    return str(resolved.relative_to(ROOT)) if resolved.is_relative_to(ROOT) else str(resolved)


def _line(args: tuple[str, bool]) -> str:
    path, ocr = args
    extraction = serialise(Path(path), ocr)
    key = file_key(Path(path))
    if "path" in extraction["document"]:
        extraction["document"]["path"] = key  # where the checkout is is not what was extracted
    return json.dumps({"file": key, "extraction": extraction}, sort_keys=True, ensure_ascii=False)


def extract_all(files: list[Path], ocr: bool, workers: int) -> dict[str, dict]:
    jobs = [(str(p), ocr) for p in files]
    if workers > 1:
        with ProcessPoolExecutor(workers) as pool:
            lines = list(pool.map(_line, jobs, chunksize=4))
    else:
        lines = [_line(job) for job in jobs]
    rows = [json.loads(line) for line in lines]
    return {row["file"]: row["extraction"] for row in rows}


def differences(reference: dict[str, dict], current: dict[str, dict]) -> list[str]:
    """One line per file that differs: which tables (or fields) and how many records."""
    problems = []
    for name in sorted(set(reference) | set(current)):
        old, new = reference.get(name), current.get(name)
        if old is None or new is None:
            problems.append(f"{name}: only in the {'current run' if old is None else 'reference'}")
            continue
        for key in sorted(set(old) | set(new)):
            a, b = old.get(key), new.get(key)
            if a == b:
                continue
            if key == "document" and isinstance(a, dict) and isinstance(b, dict):
                fields = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))
                problems.append(f"{name}: document fields differ: {', '.join(fields)}")
            elif isinstance(a, list) and isinstance(b, list):
                gone = sum(1 for r in a if r not in b)
                added = sum(1 for r in b if r not in a)
                problems.append(f"{name}: {key}: {len(a)} -> {len(b)} records ({gone} not reproduced, {added} new)")
            else:
                problems.append(f"{name}: {key} differs")
    return problems


def digest(extractions: dict[str, dict]) -> str:
    return hashlib.sha256(json.dumps(extractions, sort_keys=True).encode()).hexdigest()[:16]


def _as_the_command_runs() -> None:
    """Extract as `minutes-miner` does: with the regex compile cache and after the warm-up (fastload.py)."""
    try:
        from minutes_miner.fastload import install
    except ImportError:  # a reference revision from before fastload
        return
    try:
        from minutes_miner.warm_up import warm_up_extraction
    except ImportError:  # a reference revision that kept the warm-up in fastload
        from minutes_miner.fastload import warm_up_extraction
    install()
    warm_up_extraction()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", type=Path, nargs="*", help="files or folders [default: the benchmark's corpora]")
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", type=Path, help="write the reference JSONL here")
    mode.add_argument("--check", type=Path, help="compare with this reference JSONL; exit 1 on any difference")
    parser.add_argument("--files-from", type=Path, help="also the files listed in this file, one path a line")
    parser.add_argument("--workers", type=int, default=1, help="extract in this many processes")
    parser.add_argument("--ocr", action="store_true", help="OCR pages with no text layer (slow; off by default)")
    args = parser.parse_args(argv)
    if args.files_from:
        args.folders += [Path(line) for line in args.files_from.read_text().splitlines() if line.strip()]
    _as_the_command_runs()
    files = files_of(args.folders or DEFAULT_FOLDERS)
    start = time.process_time()
    current = extract_all(files, args.ocr, args.workers)
    print(f"{len(current)} files extracted ({time.process_time() - start:.1f} CPU s in this process), digest {digest(current)}", flush=True)
    if args.write:
        args.write.write_text("".join(json.dumps({"file": k, "extraction": v}, sort_keys=True, ensure_ascii=False) + "\n" for k, v in current.items()))
        print(f"reference written to {args.write}")
        return 0
    reference = {}
    for line in args.check.read_text().splitlines():
        row = json.loads(line)
        reference[row["file"]] = row["extraction"]
    if args.folders:  # a subset: compare only the files given
        reference = {k: v for k, v in reference.items() if k in current}
    problems = differences(reference, current)
    for problem in problems:
        print("DIFFERENT", problem)
    print(
        f"identity: {len(current) - len({p.split(':')[0] for p in problems})} of {len(current)} files identical to {args.check}"
        + (" - OK" if not problems else "")
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
