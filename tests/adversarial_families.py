"""Hostile inputs, generated: each family is one pattern of minutes-like text repeated k times.

An unlucky archive (a scanned ledger of initials, a table of money, a page of "Carried"
lines) or a hostile one is made of long runs of the same thing. Every finder must cost
time in proportion to the text it reads, so each family here is extracted at k and 4k
repetitions by tests/test_adversarial.py, and bench/adversarial.py writes the timings to
docs/adversarial.md. A family is a function of k giving (file name, bytes).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

Family = Callable[[int], tuple[str, bytes]]


def _text(body: str) -> tuple[str, bytes]:
    return "adversarial.txt", body.encode("utf-8")


def _lines(line: str) -> Family:
    """One line (or paragraph) of minutes repeated k times."""
    return lambda k: _text(line * k)


def _run(head: str, unit: str, tail: str = "") -> Family:
    """One sentence whose middle is a run of k units: 'Cllr John ' + 'A ' * k."""
    return lambda k: _text(head + unit * k + tail)


def _html_cell(k: int) -> tuple[str, bytes]:
    """A table cell of '1', k ideographic spaces and 'x': a number that never ends."""
    cell = "1" + "\u3000" * k + "x"
    html = f"<html><body><h1>Minutes</h1><table><tr><td>Budget</td><td>{cell}</td></tr></table></body></html>"
    return "adversarial.html", html.encode("utf-8")


def _html_rows(k: int) -> tuple[str, bytes]:
    """A table of k rows of money and percentages: a budget appendix."""
    rows = "".join(f"<tr><td>Line {i}</td><td>£{i},250</td><td>{i % 97}.5%</td></tr>" for i in range(k))
    return "adversarial.html", f"<html><body><h1>Minutes</h1><table>{rows}</table></body></html>".encode()


def _run_on_notes(k: int) -> tuple[str, bytes]:
    """A line of k action notes with no full stop: one sentence of k owners, each with its own task."""
    names = ["Smith", "Jones", "Brown", "Patel", "Nguyen", "Murphy"]
    return _text("Actions: " + "".join(f"; {names[i % 6]} to write to the owner of plot {i} " for i in range(k)) + ".\n")


# name -> (family, n: repetitions that take roughly 0.2 s on one core of a shared machine)
FAMILIES: dict[str, tuple[Family, int]] = {
    "RESOLVED paragraphs": (_lines("RESOLVED that the report be noted.\n\n"), 150),
    "AGREED paragraphs": (_lines("AGREED that the Clerk writes to the owner.\n\n"), 150),
    "CARRIED lines": (_lines("Proposal to approve the grant. Carried.\n"), 150),
    "proposed lines": (_lines("Proposed by Cllr Smith, seconded by Cllr Jones.\n"), 200),
    "title-case words": (_run("The report on ", "Planning ", "was noted."), 400),
    "initials": (_run("Present: ", "A ", "Smith."), 1000),
    "dotted initials": (_run("Present: ", "A. ", "Smith."), 700),
    "honorific name": (_run("Cllr John ", "A ", "agreed."), 1000),
    "head of": (_run("The Head of ", "Planning ", "would report back."), 300),
    "head of lower": (_run("The Head of ", "planning ", "would report back."), 1000),
    "name (role)": (_lines("John Smith (Chair) "), 150),
    "name, role": (_lines("John Smith, Clerk, "), 110),
    "names list": (_lines("Cllr A Smith, Cllr B Jones, "), 150),
    # n 500, not 250: at 250 a run took under a tenth of a second, and one CI run on a busy machine timed 7.1x for 4x with the
    # same code that gives 4.5-4.9x on a quiet one (a1c8a5c and 9510583 alike); at 500 it is 3.8x, the same 6x bound
    "clerk to": (_lines("Clerk to "), 500),
    "clerk would": (_lines("The Clerk would write. "), 200),
    "clerk to would lines": (_lines("Clerk to the Council would\n"), 150),
    "long number": (_run("The total was ", "1", " pounds."), 20000),
    "comma groups": (_run("The total was 1", ",234", " pounds."), 2000),
    "percentages": (_lines("up 10% "), 300),
    "money": (_lines("£1,000 "), 250),
    "money lines": (_lines("Grant to the hall: £1,500.00\n"), 150),
    "vote lines": (_lines("For: 5 Against: 2 Abstain: 1\n"), 200),
    "roll call": (_run("Ayes: ", "Smith, ", "Jones. Nays: Brown."), 700),
    "page labels": (_lines("Page 1 of 10\n"), 400),
    "comments passed": (_lines("The comments were passed to the Planning Authority.\n"), 150),
    "numbered items": (_lines("1. Apologies\n"), 300),
    "that be": (_run("That ", "the report ", "be noted."), 700),
    "minutes sentence": (_run("The minutes ", "of the meeting ", "were approved."), 500),
    "moved by": (_run("Moved by ", "Cllr Smith ", "seconded."), 200),
    "dates": (_lines("12 March 2024 "), 400),
    "blank lines": (_run("RESOLVED", "\n", "that the report be noted."), 200000),
    "html cell of ideographic spaces": (_html_cell, 4000),
    "html table rows": (_html_rows, 150),
    # the round-8 resolution, action and date families (res8, resw8, act8, meet8)
    "nominations": (_lines("Cllr Amos proposed Cllr Brook, seconded by Cllr Cole.\n"), 120),
    "considered then agreed": (_lines("The Committee considered the report and agreed to note it.\n"), 120),
    "having aside": (_run("The Committee, having heard ", "from the Clerk ", ", agreed to note it."), 300),
    "decision in a row": (_lines("23/0451 4 Elm Road Decision: Approved\n"), 150),
    "passed on reading": (_lines("The by-law was passed on third reading.\n"), 150),
    "chair declared carried": (_lines("The Chair declared the motion carried.\n"), 150),
    "worded dates": (_lines("the fourteenth day of March two thousand and twenty-three "), 100),
    "asked if": (_lines("Cllr Noor asked if the Clerk could write. "), 150),
    # the round-10 families (act10, res10, meet10); a run of notes by a short name was quadratic (Span.ents per note)
    "short-name notes": (_lines("Director Sheila Otte reported. Otte will apply for it. "), 400),
    # a page of unpunctuated outcome lines: each line's sentence was read back to the page's start.
    # Now read back at most 4,000 characters: n is past that window (~14 KB), so n and 4n both time
    # the steady state rather than the window filling up
    "approved lines": (_lines("Minutes - approved (proposed MR, seconded TT)\n"), 300),
    # the round-12 families (res12, act12, stat12, meet12): South African figures were quadratic (every comma of a
    # long run of thousands groups with no decimal after it began a scan to the run's end)
    "rand thousands run": (_run("Overstrand Local Municipality, Western Cape, South Africa.\nThe budget was R 1", " 234", " rand.\n"), 1000),
    "terse movers": (_lines("25-113  Financial report. Moved Amadi / 2nd Lisowski. 6 yes.\n"), 150),
    "heading dates": (_lines("Audit Committee - 29 October 2026   5\n"), 200),
    # the round-14 families (speed14): a run of post titles made every pair of tokens of each owner-ruler window a
    # match (43 CPU s and 470 MB at 100 KB); each owner of a run-on line of notes searched the rest of the line
    "post titles": (_lines("Director "), 400),
    "run-on notes": (_run_on_notes, 150),
    # session 24: a page flattened onto one line of 'that ... be ...' clauses above numbered lines; each line above a numbered
    # heading was searched for a list-opening decision from every 'that' and 'be' on it to the line's end (quadratic)
    "flattened clauses over a list": (_run("", "that the matter be noted and be considered ", "\n1. Standard time\n2. Approved plans\n3. Landscaping\n"), 600),
}


def build(name: str, k: int) -> tuple[str, bytes]:
    family, _ = FAMILIES[name]
    return family(k)


def at_most_bytes(name: str, limit: int = 100_000) -> tuple[str, bytes]:
    """The family's largest input of at most `limit` bytes (within 1/8 of it): what "100 KB of X" means."""
    _, n = FAMILIES[name]
    k = n
    while len(build(name, k * 2)[1]) <= limit:
        k *= 2
    while len(build(name, k + max(1, k // 8))[1]) <= limit:
        k += max(1, k // 8)
    return build(name, k)


def extract_cpu_seconds(file_name: str, data: bytes) -> float:
    """CPU seconds of this process to read and extract one file: unlike wall time, not inflated by other work."""
    started = time.process_time()
    extract_seconds(file_name, data)
    return time.process_time() - started


# Run by measure_in_fresh_process: loads the pipeline, then extracts one file and reports its
# CPU seconds, the peak resident memory of the whole process and what the file added to it.
_MEASURE = """
import json, resource, sys
sys.path.insert(0, {tests!r})
from adversarial_families import build, extract_cpu_seconds
extract_cpu_seconds(*build("RESOLVED paragraphs", 5))
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
data = open({path!r}, "rb").read()
seconds = extract_cpu_seconds({name!r}, data)
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({{"cpu_seconds": seconds, "peak_mb": after / 1024, "grown_mb": (after - before) / 1024}}))
"""


def measure_in_fresh_process(file_name: str, data: bytes, scratch: Path, timeout: float = 600) -> dict:
    """CPU seconds and memory of extracting one file in a new Python, so the memory is this file's alone."""
    import json
    import subprocess
    import sys

    path = scratch / file_name
    path.write_bytes(data)
    script = _MEASURE.format(tests=str(Path(__file__).parent), path=str(path), name=file_name)
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=timeout)
    if run.returncode != 0:
        raise RuntimeError(run.stderr[-2000:])
    return json.loads(run.stdout.strip().splitlines()[-1])


def extract_seconds(file_name: str, data: bytes) -> float:
    """Seconds to read and extract one generated file, as ingest would (everything but storage)."""
    from minutes_miner.extraction import extract_document
    from minutes_miner.readers import read_document

    started = time.perf_counter()
    document = read_document(Path(file_name), data)
    extract_document(document, "adversarial")
    return time.perf_counter() - started


def best_of(runs: int, file_name: str, data: bytes) -> float:
    """The fastest of a few timings, in CPU seconds: wall time on a shared machine (load 10+ on 2 cores)
    counts waiting for a CPU, which made a linear family look 12x for 4x the input."""
    return min(extract_cpu_seconds(file_name, data) for _ in range(runs))
