"""What the bench scripts share: the package importable from this checkout, the CLI run in a
clean process with its cost measured, and a section of a Markdown report rewritten in place.

`python bench/x.py` puts bench/ on the path (so the scripts import this and each other) but not
src/: a checkout that is not pip-installed is found here, on import, through ROOT/src.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
try:
    import minutes_miner  # noqa: F401
except ImportError:  # a checkout that is not pip-installed
    sys.path.insert(0, str(ROOT / "src"))

# Everything from this line on in docs/benchmarks.md is written by hand and kept by new runs.
NOTES_MARKER = "<!-- Notes below are written by hand; bench/benchmark.py keeps them. -->"

# Runs the real CLI in a clean process and reports its exit code, peak memory (ru_maxrss, KiB
# on Linux) and CPU seconds, its worker processes included.
_CLI_CHILD = r"""
import json, resource, sys
out, args = sys.argv[1], sys.argv[2:]
sys.argv = ["minutes-miner", *args]
try:  # the installed command's own entry point, with its start-up (the collector paused through the imports)
    from minutes_miner.__main__ import main
except ImportError:  # a revision from before the entry point had a main()
    from minutes_miner.cli import cli
    main = lambda: cli.main(args, prog_name="minutes-miner")
code = 0
try:
    main()
except SystemExit as e:
    code = e.code or 0
me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
json.dump({
    "exit": code,
    "maxrss_self": me.ru_maxrss * 1024,
    "maxrss_children": kids.ru_maxrss * 1024,
    "cpu_s": me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime,
}, open(out, "w"))
"""


def run_cli(args: list[str], env: dict[str, str] | None = None) -> tuple[subprocess.CompletedProcess, dict]:
    """`minutes-miner ARGS` in a fresh process (with `env`, e.g. another revision's PYTHONPATH).

    Returns the finished process (its output) and what it measured of itself: exit, maxrss_self,
    maxrss_children, cpu_s ({"exit": code} alone when it died before it could say).
    """
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as handle:
        out = Path(handle.name)
    try:
        proc = subprocess.run([sys.executable, "-c", _CLI_CHILD, str(out), *args], env=env, capture_output=True, text=True, check=False)
        measured = json.loads(out.read_text()) if out.stat().st_size else {"exit": proc.returncode}
    finally:
        out.unlink(missing_ok=True)
    return proc, measured


def splice_section(document: str, title: str, section: str, before: str) -> str:
    """`document` with its section headed `title` replaced by `section`, which ends at the next
    `## ` heading or the `before` line; without one, `section` goes in before the `before` line
    (or at the end)."""
    if title in document:
        start = document.index(title)
        rest = document[start + len(title) :]
        ends = [i for i in (rest.find("\n## "), rest.find("\n" + before)) if i >= 0]
        end = start + len(title) + (min(ends) + 1 if ends else len(rest))
        return document[:start] + section + document[end:]
    if before in document:
        at = document.index(before)
        return document[:at] + section + document[at:]
    return document.rstrip("\n") + "\n\n" + section


def write_section(out: Path, title: str, section: str, before: str = NOTES_MARKER) -> None:
    """Put `section` (one report's Markdown) into the file `out` in place of its old one, the rest of the file kept."""
    kept = out.read_text(encoding="utf-8") if out.exists() else ""
    out.write_text(splice_section(kept, title, section + "\n", before), encoding="utf-8")
