"""Parallel ingest: the process pool and dask.distributed store what --workers 1 stores.

dask is an optional extra (`pip install -e '.[dask]'`); its tests skip without it. The
project's `make test` installs it (the test extra lists it) so CI runs them.
"""

from __future__ import annotations

import os
import sys

import pytest
from click.testing import CliRunner

from minutes_miner import parallel
from minutes_miner.cli import cli

from helpers import SAMPLES
from store_helpers import snapshot


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_results_come_back_in_the_order_given_with_a_small_window():
    paths = [f"/nowhere/file_{i:02d}.pdf" for i in range(20)]  # os.path.basename is picklable
    got = list(parallel.extract_files(os.path.basename, paths, workers=2))
    assert got == [os.path.basename(p) for p in paths]


def test_dask_executor_without_dask_installed_says_how_to_get_it(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed -> ImportError
    result = run("ingest", SAMPLES, "--db", tmp_path / "m.db", "--executor", "dask")
    assert result.exit_code == 1 and "minutes-miner[dask]" in result.output, result.output
    assert not (tmp_path / "m.db").exists(), "nothing may be written when the executor cannot run"


def test_scheduler_needs_the_dask_executor(tmp_path):
    result = run("ingest", SAMPLES, "--db", tmp_path / "m.db", "--scheduler", "tcp://127.0.0.1:1")
    assert result.exit_code == 2 and "--executor dask" in result.output


@pytest.fixture(scope="module")
def local_cluster():
    distributed = pytest.importorskip("distributed", reason="dask is an optional extra: pip install -e '.[dask]'")
    import logging

    # Two single-threaded worker processes: results cross a process boundary as on a
    # real cluster, and the test reaches it through --scheduler like a user would.
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=logging.ERROR) as cluster:
        yield cluster


def test_dask_executor_stores_the_same_rows_as_one_worker(tmp_path, local_cluster):
    one, dask_db = tmp_path / "one.db", tmp_path / "dask.db"
    first = run("ingest", SAMPLES, "--db", one, "--workers", "1")
    second = run("ingest", SAMPLES, "--db", dask_db, "--executor", "dask", "--scheduler", local_cluster.scheduler_address)
    assert first.exit_code == 0 and second.exit_code == 0, first.output + second.output
    a, b = snapshot(one, drop=("ingested_at",)), snapshot(dask_db, drop=("ingested_at",))
    assert a.keys() == b.keys()
    for table in a:
        assert a[table] == b[table], f"{table} differs between --workers 1 and --executor dask"
    assert len(a["documents"]) == len([p for p in SAMPLES.rglob("*") if p.is_file()])


def test_dask_keeps_file_order_for_identical_copies(tmp_path, local_cluster):
    """Two names for the same bytes: the later path is kept, as in a sequential run."""
    folder = tmp_path / "in"
    folder.mkdir()
    sources = sorted(p for p in SAMPLES.rglob("*.txt"))[:3]
    for index, source in enumerate(sources):
        (folder / f"{index}_{source.name}").write_bytes(source.read_bytes())
    (folder / "9_copy.txt").write_bytes(sources[0].read_bytes())
    one, dask_db = tmp_path / "one.db", tmp_path / "dask.db"
    assert run("ingest", folder, "--db", one, "--workers", "1").exit_code == 0
    result = run("ingest", folder, "--db", dask_db, "--executor", "dask", "--scheduler", local_cluster.scheduler_address)
    assert result.exit_code == 0, result.output
    assert snapshot(one, drop=("ingested_at",)) == snapshot(dask_db, drop=("ingested_at",))


def test_a_task_lost_with_its_worker_becomes_an_error_result(tmp_path):
    distributed = pytest.importorskip("distributed", reason="dask is an optional extra")
    import logging

    paths = [str(tmp_path / "a.txt"), str(tmp_path / "LOST.txt"), str(tmp_path / "c.txt")]
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0", silence_logs=logging.ERROR) as cluster:
        got = list(
            parallel.extract_files(
                _lose_some,
                paths,
                executor="dask",
                scheduler=cluster.scheduler_address,
                on_error=lambda path, error: ("error", path, str(error)),
            )
        )
    assert got == [("ok", paths[0]), ("error", paths[1], "worker lost"), ("ok", paths[2])]


def _lose_some(path: str):
    if "LOST" in path:
        raise RuntimeError("worker lost")
    return ("ok", path)


def _long_minutes(path):
    """Text minutes of 60 numbered items, each with a resolution: over 7,000 characters."""
    item = "{n}. ITEM {n}\nRESOLVED that the report on footpath {n} be noted and £{n},000 approved.\nThe Clerk to write to the owner.\n\n"
    items = "".join(item.format(n=n) for n in range(1, 61))
    path.write_text("WESTBROOK TOWN COUNCIL\n\nMINUTES of the meeting of the Full Council held on Tuesday 4 March 2025 at 7.00 pm\n\n" + items)
    return path


def test_a_dask_ingest_leaves_spilling_as_it_was_for_the_next_ingest_in_the_process(tmp_path, monkeypatch):
    """The library API runs two ingests in one process: a dask one (here its worker runs in
    this process) must not switch spilling off for the next one."""
    distributed = pytest.importorskip("distributed", reason="dask is an optional extra")
    import logging

    from minutes_miner import extraction
    from minutes_miner.ingest import ingest_files

    monkeypatch.setattr(extraction, "SPILL_CHARS", 5_000)
    path = _long_minutes(tmp_path / "long.txt")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0", silence_logs=logging.ERROR) as cluster:
        summary = ingest_files(tmp_path / "dask.db", [path], executor="dask", scheduler=cluster.scheduler_address)
    assert summary.errors == 0
    assert extraction.SPILL_CHARS == 5_000
    later = extraction.extract_path(path)
    assert later.spill is not None, "a later extraction in the same process spills a long document as before"
    later.spill.close()


def test_a_dask_task_returns_its_records_and_a_local_one_spills(tmp_path, monkeypatch):
    """A dask worker's temporary files are not the writer's: its task is told not to spill."""
    from minutes_miner import extraction
    from minutes_miner.ingest import worker_task

    monkeypatch.setattr(extraction, "SPILL_CHARS", 5_000)
    path = str(_long_minutes(tmp_path / "long.txt"))
    remote, local = worker_task("dask")(path), worker_task("process")(path)
    assert remote.spill is None and len(remote.resolutions) >= 60
    assert local.spill is not None and local.resolutions == []
    local.spill.close()
