"""Score the extractor on a battery of one-item snippets (corpus/batteries/).

    .venv/bin/python bench/battery.py corpus/batteries/records-uk.txt [--quiet]
    .venv/bin/python bench/battery.py corpus/batteries/meeting-intl.txt

A battery is many short cases, one form of writing each, separated by a line holding only '===='.
Annotators who never saw the extractor wrote them (corpus/batteries/README.md): a battery finds
forms the extractor misses across many councils faster than whole documents do, each case being
a different way of writing. Two kinds:

- records: above each case's text, 'R: <resolution text>', 'A: <owner> | <task>' and 'N: <near miss
  text>' lines (optionally 'COUNCIL=<name>'); the case is read as one agenda item of minutes under
  a header naming the council. A resolution is found when a predicted one matches its words as the
  scorer matches them (word-set F1 >= 0.5), an action as the scorer's task match (F1 >= 0.4) with
  its owner's words inside the predicted owner or the reverse; a near miss is false when a
  resolution or an action matches its words.
- meeting: an 'M: council=...; body=...; date=...; doc_type=...' line (optionally 'FILE=<name>')
  over the opening lines of a document; each field is scored as `minutes-miner eval` scores it.

Prints each miss, then the totals by kind. The matching is looser than gold scoring (a case's near
miss may share words with its right resolution), so a battery finds forms; gold measures quality.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from minutes_miner.evaluate import meeting_right, predicted_meeting  # noqa: E402
from minutes_miner.extraction import Extraction, extract_path  # noqa: E402
from minutes_miner.text_utils import word_f1, word_set  # noqa: E402

CASE_SEPARATOR = "\n====\n"
HEADER = "{council}\nMinutes of the meeting of {council} held on Monday 6 March 2023 at 7.00 pm\n\nPresent: Cllr A Brown (Chair), Cllr C Dane, Cllr E Fox\nIn attendance: J Smith (Clerk)\n\n"
RECORD_LINE_RE = re.compile(r"^(?:[RAN]: |COUNCIL=)")
MEETING_FIELDS = ("council", "body", "date", "doc_type")


def cases(path: Path) -> list[list[str]]:
    return [block.strip("\n").split("\n") for block in path.read_text(encoding="utf-8").split(CASE_SEPARATOR) if block.strip()]


def extract_text(text: str, name: str) -> Extraction:
    """The extraction of `text` saved as a file called `name` (the file name is evidence too: 'agenda.txt')."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_text(text, encoding="utf-8")
        return extract_path(path)


def score_records_case(n: int, lines: list[str], tally: Counter, report: Callable[[str], None]) -> None:
    council = next((line[8:] for line in lines if line.startswith("COUNCIL=")), "Ashby Parish Council")
    body = "\n".join(line for line in lines if not RECORD_LINE_RE.match(line))
    extraction = extract_text(HEADER.format(council=council) + body + "\n", f"case{n}.txt")
    resolutions = [r.text for r in extraction.resolutions]
    actions = [(a.owner or "", a.description) for a in extraction.actions]
    for line in lines:
        kind, value = line[:1], line[3:]
        if not RECORD_LINE_RE.match(line) or line.startswith("COUNCIL="):
            continue
        tally[f"{kind} cases"] += 1
        if kind == "R" and not any(word_f1(value, text) >= 0.5 for text in resolutions):
            tally["R missed"] += 1
            report(f"[{n}] missed resolution {value!r}; found {resolutions}")
        elif kind == "A":
            owner, _, task = (part.strip() for part in value.partition("|"))
            matched = [a for a in actions if word_f1(task, a[1]) >= 0.4]
            if not matched:
                tally["A missed"] += 1
                report(f"[{n}] missed action {owner} | {task}; found {actions}")
            elif not any(word_set(owner) <= word_set(a[0]) or word_set(a[0]) <= word_set(owner) for a in matched):
                tally["A wrong owner"] += 1
                report(f"[{n}] wrong owner {owner!r}: found {matched}")
        elif kind == "N" and (any(word_f1(value, t) >= 0.5 for t in resolutions) or any(word_f1(value, a[1]) >= 0.4 for a in actions)):
            tally["N found"] += 1
            report(f"[{n}] near miss found {value!r}: resolutions {resolutions}, actions {actions}")


def score_meeting_case(n: int, lines: list[str], tally: Counter, report: Callable[[str], None]) -> None:
    expected = {}
    for part in next(line for line in lines if line.startswith("M: "))[3:].split(";"):
        key, _, value = (p.strip() for p in part.partition("="))
        if key in MEETING_FIELDS:
            expected[key] = None if value in ("null", "None", "") else value
    name = next((line[5:].strip() for line in lines if line.startswith("FILE=")), f"case{n}.txt")
    text = "\n".join(line for line in lines if not line.startswith(("M: ", "FILE=")))
    predicted = predicted_meeting(extract_text(text + "\n", Path(name).name))
    for key, value in expected.items():
        tally[f"{key} cases"] += 1
        if meeting_right(key, value, predicted.get(key)):
            tally[f"{key} right"] += 1
        else:
            report(f"[{n}] {key}: want {value!r}, found {predicted.get(key)!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("battery", type=Path)
    parser.add_argument("--quiet", action="store_true", help="print the totals only")
    args = parser.parse_args(argv)
    report = (lambda line: None) if args.quiet else print
    tally: Counter = Counter()
    for n, lines in enumerate(cases(args.battery)):
        if any(line.startswith("M: ") for line in lines):
            score_meeting_case(n, lines, tally, report)
        elif any(RECORD_LINE_RE.match(line) for line in lines):
            score_records_case(n, lines, tally, report)
    print("; ".join(f"{key} {count}" for key, count in sorted(tally.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
