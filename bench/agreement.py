"""Inter-annotator agreement: a second annotation of some gold documents scored against the first.

Usage (from the project root):

    .venv/bin/python bench/agreement.py corpus/gold/blind corpus/gold/blind_second

Each document the second folder annotates is scored as `minutes-miner eval` scores extraction:
the first annotation is the gold (its optional records may be missed), the second's required
records are the predictions (its optional ones are left out: the annotator said either way is
right). Then the other way round. The F1 two careful annotators reach is the ceiling an
extractor can be held to on the same documents.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from minutes_miner.evaluate import RECORD_TYPES, Report, load_gold, score_document, score_meeting


def required_records(annotation: dict) -> dict[str, list[dict]]:
    """An annotation's records as predictions: those it does not mark optional."""
    return {t: [r for r in annotation.get(t, []) if not r.get("optional")] for t in RECORD_TYPES}


def scored(golds: dict[str, dict], others: dict[str, dict]) -> Report:
    """Each document's `others` annotation scored against its `golds` one."""
    report = Report()
    for name, other in sorted(others.items()):
        gold = golds[name]
        score_document(report, gold, required_records(other), name)
        if gold.get("meeting") and other.get("meeting"):
            score_meeting(report, gold["meeting"], other["meeting"], name)
    return report


def annotations(reference_dir: Path, second_dir: Path) -> tuple[dict[str, dict], dict[str, dict]]:
    """Both annotations of the documents the second folder annotates, by document name."""
    second = {gold["document"]: gold for _, gold in load_gold(second_dir)}
    first = {gold["document"]: gold for _, gold in load_gold(reference_dir) if gold["document"] in second}
    missing = sorted(set(second) - set(first))
    if missing:
        raise SystemExit(f"{second_dir}: {missing[0]} has no annotation in {reference_dir}")
    return first, second


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("reference", type=Path, help="the first annotation's gold folder")
    parser.add_argument("second", type=Path, help="the second annotation's gold folder (a subset of the documents)")
    parser.add_argument("--json", action="store_true", help="print both directions as JSON")
    args = parser.parse_args()
    first, second = annotations(args.reference, args.second)
    one_way, other_way = scored(first, second), scored(second, first)
    if args.json:
        print(json.dumps({"second_against_first": one_way.as_dict(), "first_against_second": other_way.as_dict()}, indent=2))
        return
    print(f"== the second annotation ({args.second}) scored against the first ({args.reference}), {len(second)} documents")
    print(one_way.table())
    print("\n== the first scored against the second")
    print(other_way.table())


if __name__ == "__main__":
    main()
