"""What the trained layer costs at extraction: CPU seconds per page, rules only vs rules + model.

Usage (from the project root):

    .venv/bin/python bench/trained_cost.py ../shared/corpus/kent --match minutes --rounds 5
    .venv/bin/python bench/trained_cost.py ../shared/corpus/pages --rounds 5

Every file is read once (reading does not depend on the layer); then extraction alone
(`extract_document`) runs over all of them, alternating MINUTES_MINER_LAYER=rules and both
in one process, pass after pass, so both see the same machine load. CPU time
(time.process_time), not wall time: the machine is shared. The best pass of each layer is
reported, with CPU milliseconds per page. Never run from the tests: timings are not assertions.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path


import bench_support  # noqa: E402, F401  (first: it makes the package importable from this checkout)
from minutes_miner.extraction import extract_document  # noqa: E402
from minutes_miner.nlp.pipeline import get_pipeline  # noqa: E402
from minutes_miner.readers import read_document  # noqa: E402

SUFFIXES = {".pdf", ".docx", ".html", ".htm", ".txt", ".md"}


def read_all(folders: list[Path], match: str | None) -> list:
    """Every readable file under the folders whose name holds `match` (case-insensitive)."""
    documents = []
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.suffix.lower() not in SUFFIXES or (match and match.lower() not in path.name.lower()):
                continue
            try:
                documents.append(read_document(path))
            except Exception as error:  # noqa: BLE001 - a file that cannot be read is left out of the timing
                print(f"skipped {path.name}: {error}", file=sys.stderr)
    return documents


def one_pass(documents: list, layer: str) -> float:
    os.environ["MINUTES_MINER_LAYER"] = layer
    started = time.process_time()
    for document in documents:
        extract_document(document, "bench")
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--match", default=None, help="only files whose name holds this")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    documents = read_all(args.folders, args.match)
    pages = sum(d.pages for d in documents)
    get_pipeline()
    one_pass(documents, "both")  # warm caches once, untimed
    times: dict[str, list[float]] = {"rules": [], "both": []}
    for _ in range(args.rounds):
        for layer in ("rules", "both"):
            times[layer].append(one_pass(documents, layer))
    print(f"{len(documents)} files, {pages} pages; CPU s per pass (best of {args.rounds}), CPU ms per page")
    for layer, values in times.items():
        best = min(values)
        print(f"{layer:<6} {best:7.3f} s  {1000 * best / max(pages, 1):7.2f} ms/page  (all: {', '.join(f'{v:.3f}' for v in values)})")
    extra = min(times["both"]) - min(times["rules"])
    print(f"trained layer: {extra:+.3f} s per pass, {1000 * extra / max(pages, 1):+.2f} ms per page ({100 * extra / min(times['rules']):+.1f}%)")


if __name__ == "__main__":
    main()
