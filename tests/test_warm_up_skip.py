"""ingest extracts the warm-up text only when it saves something (issue 12: the fixed cost of a command).

With a single worker and a warm regex cache, that worker builds what its files need once, so the
parent's warm-up extraction was pure cost (0.3-0.5 CPU s of a one-page ingest at load 15). With two
workers they share what the warm-up built; with a cold cache the warm-up teaches it the rule set.
"""

from __future__ import annotations

import pytest

from minutes_miner import ingest, warm_up

MINUTES = "MINUTES of the meeting of Ashby Parish Council held on 3 May 2024.\nRESOLVED that the accounts be approved.\n"


@pytest.mark.parametrize(
    ("files", "workers", "warm_cache", "warmed_up"),
    [(1, 1, True, False), (2, 1, True, False), (2, 2, True, True), (1, 2, True, False), (1, 1, False, True)],
)
def test_the_warm_up_extraction_runs_only_when_workers_share_it_or_the_cache_learns_from_it(tmp_path, monkeypatch, files, workers, warm_cache, warmed_up):
    calls = []
    monkeypatch.setattr(warm_up, "warm_up_extraction", lambda: calls.append(1))
    monkeypatch.setattr(ingest, "regex_cache_is_warm", lambda: warm_cache)
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(files):
        (folder / f"minutes_{i}.txt").write_text(MINUTES.replace("3 May", f"{i + 3} May"))
    summary = ingest.ingest_files(
        tmp_path / "m.db", sorted(folder.iterdir()), workers=workers, budget=ingest.Budget()
    )  # as the command line: supervised workers
    assert summary.ok == files
    assert bool(calls) == warmed_up
