"""Time every adversarial family at n and 4n and print the rows of docs/adversarial.md's table.

    .venv/bin/python bench/adversarial.py [--scale 1.0] [FAMILY ...]

The families and their n are in tests/adversarial_families.py; tests/test_adversarial.py
asserts the ratio. Best of two runs each, on a warm pipeline.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from adversarial_families import FAMILIES, best_of, build, extract_seconds  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("families", nargs="*", help="family names (default: all)")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply each family's n")
    args = parser.parse_args()
    extract_seconds(*build("RESOLVED paragraphs", 5))  # load spaCy and the models first
    print("| family | bytes at n | t(n) s | t(4n) s | ratio |\n|---|---:|---:|---:|---:|")
    for name in args.families or list(FAMILIES):
        n = max(1, int(FAMILIES[name][1] * args.scale))
        small, large = build(name, n), build(name, 4 * n)
        t1, t4 = best_of(2, *small), best_of(2, *large)
        print(f"| {name} | {len(small[1])} | {t1:.2f} | {t4:.2f} | {t4 / t1:.1f} |", flush=True)


if __name__ == "__main__":
    main()
