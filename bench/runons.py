"""Run-ons: decisions and actions whose text ran past (or began before) its end, from `minutes-miner eval --errors`.

A record scored by the word-set F1 of its text counts twice when its text runs on into the next item, the movers and
the vote, a table or the page's header: a missed gold record and a false one. This pairs each missed gold record of a
document with the false record of the same document and type that holds most of its words (at least `--inside` of
them) and is longer, and prints the pairs, so they can be read and grouped by what should have ended the text.

    PYTHONPATH=src .venv/bin/minutes-miner eval GOLD --docs DOCS --errors 1000 > /tmp/errors.txt
    .venv/bin/python bench/runons.py /tmp/errors.txt

`--flatten SRC DST` writes a copy of every .txt and .md page of SRC with its lines joined into one, as a crawler
flattens a page: scored against the same gold, it shows which ends hold only where a line break marks them.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

_WORD_RE = re.compile(r"\w+")
_TEXT_TYPES = ("resolutions", "actions", "agreed_comments")


def _words(text: str | None) -> set[str]:
    return set(_WORD_RE.findall((text or "").lower()))


def run_ons(lines: list[str], inside: float = 0.6) -> list[tuple[str, str, str, str, float]]:
    """(document, type, gold text, predicted text, share of the gold's words inside the prediction) for each missed
    gold record whose words lie mostly in a longer false record of the same document and type."""
    missed: dict[tuple[str, str], list[str]] = defaultdict(list)
    spurious: dict[tuple[str, str], list[str]] = defaultdict(list)
    for line in lines:
        if not line.startswith("{"):
            continue
        error = json.loads(line)
        if error.get("type") not in _TEXT_TYPES:
            continue
        key = (error["document"], error["type"])
        if error["error"] == "missed":
            missed[key].append(error["gold"]["text"])
        elif error["error"] == "spurious":
            spurious[key].append(error["predicted"]["text"])
    pairs = []
    for key, golds in missed.items():
        for gold in golds:
            gold_words = _words(gold)
            best = None
            for predicted in spurious.get(key, []):
                predicted_words = _words(predicted)
                share = len(gold_words & predicted_words) / len(gold_words) if gold_words else 0.0
                if share >= inside and len(predicted_words) > len(gold_words) and (best is None or share > best[1]):
                    best = (predicted, share)
            if best is not None:
                pairs.append((key[0], key[1], gold, best[0], best[1]))
    return pairs


def flatten(source: Path, target: Path) -> int:
    """Copy each .txt and .md page of `source` into `target` with its lines joined by single spaces; the number written."""
    target.mkdir(parents=True, exist_ok=True)
    written = 0
    for page in sorted(source.iterdir()):
        if page.suffix in {".txt", ".md"}:
            text = page.read_text(encoding="utf-8", errors="replace")
            (target / page.name).write_text(re.sub(r"\s+", " ", text).strip() + "\n", encoding="utf-8")
            written += 1
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("errors", nargs="?", type=Path, help="the output of minutes-miner eval --errors N")
    parser.add_argument("--inside", type=float, default=0.6, help="share of the gold's words the false record must hold")
    parser.add_argument("--flatten", nargs=2, type=Path, metavar=("SRC", "DST"), help="write SRC's pages flattened onto one line into DST")
    args = parser.parse_args(argv)
    if args.flatten:
        print(f"{flatten(*args.flatten)} pages flattened into {args.flatten[1]}")
        return 0
    if args.errors is None:
        parser.error("give an errors file or --flatten SRC DST")
    pairs = run_ons(args.errors.read_text(encoding="utf-8").splitlines(), args.inside)
    for document, kind, gold, predicted, share in pairs:
        print(f"{document} {kind} (gold words inside: {share:.2f})\n  gold: {gold}\n  read: {predicted}\n")
    print(f"{len(pairs)} run-ons", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
