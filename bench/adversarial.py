"""Time every adversarial family at n and 4n, or at 100 KB, and print the rows of docs/adversarial.md's tables.

    .venv/bin/python bench/adversarial.py [--scale 1.0] [FAMILY ...]     # growth: t(n), t(4n), ratio
    .venv/bin/python bench/adversarial.py --at-100kb [FAMILY ...]        # CPU s and MB at 100 KB

The families and their n are in tests/adversarial_families.py; tests/test_adversarial.py
asserts the ratio and the 100 KB bounds. Growth: best of two runs each, on a warm pipeline.
At 100 KB: each family in a fresh process (CPU seconds of the extraction alone, the peak
resident memory of the process and what the file added to the loaded pipeline).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from adversarial_families import FAMILIES, at_most_bytes, best_of, build, extract_seconds, measure_in_fresh_process  # noqa: E402


def growth(names: list[str], scale: float) -> None:
    """t(n) and t(4n) of each family, warm pipeline, best of two."""
    extract_seconds(*build("RESOLVED paragraphs", 5))  # load spaCy and the models first
    print("| family | bytes at n | t(n) s | t(4n) s | ratio |\n|---|---:|---:|---:|---:|")
    for name in names:
        n = max(1, int(FAMILIES[name][1] * scale))
        small, large = build(name, n), build(name, 4 * n)
        t1, t4 = best_of(2, *small), best_of(2, *large)
        print(f"| {name} | {len(small[1])} | {t1:.2f} | {t4:.2f} | {t4 / t1:.1f} |", flush=True)


def at_100kb(names: list[str]) -> None:
    """CPU seconds and memory of each family's largest input of at most 100 KB, each in a fresh process."""
    print("| family | bytes | CPU s | peak MB | added MB |\n|---|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as scratch:
        for name in names:
            file_name, data = at_most_bytes(name)
            m = measure_in_fresh_process(file_name, data, Path(scratch))
            print(f"| {name} | {len(data)} | {m['cpu_seconds']:.2f} | {m['peak_mb']:.0f} | {m['grown_mb']:.0f} |", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("families", nargs="*", help="family names (default: all)")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply each family's n")
    parser.add_argument("--at-100kb", action="store_true", help="CPU seconds and memory at 100 KB, each family in a fresh process")
    args = parser.parse_args()
    names = args.families or list(FAMILIES)
    if args.at_100kb:
        at_100kb(names)
    else:
        growth(names, args.scale)


if __name__ == "__main__":
    main()
