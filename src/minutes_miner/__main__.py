"""`minutes-miner` (and `python -m minutes_miner`): the command line, started with the garbage
collector paused.

The pause has to begin before the command line's imports (spaCy, thinc, numpy, pydantic), so
it lives here, in the entry point, rather than as a side effect of importing `cli`: a program
or a test that imports the command line keeps its collector. fastload.resume_gc ends it.
"""

from __future__ import annotations

from .fastload import pause_gc


def main() -> None:
    """Run the command line: no garbage collections while its imports and pipeline are built."""
    pause_gc()
    from .cli import cli

    cli()


if __name__ == "__main__":
    main()
