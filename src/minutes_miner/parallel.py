"""Run extraction in parallel: a process pool on one machine, dask.distributed beyond it.

Workers only extract. Every Extraction comes back to the caller, the single writer to
SQLite, and comes back in the order the files were given: results are collected as they
complete and released to the writer through a reorder buffer. So a parallel ingest stores
exactly what `--workers 1` stores, even where order matters (two byte-identical files under
two names: the later path is kept, as in a sequential run).

At most `window` files are in flight (submitted, running, or done and waiting for the
writer), so memory stays flat however many files there are: the caller passes paths, and
each file's bytes are read by the worker that extracts it. With dask that means every
worker must see the files at the same path (a shared or replicated filesystem).

    for extraction in extract_files(extract_one, paths, workers=4, executor="dask", scheduler="tcp://host:8786"):
        save(extraction)

`extract_one(path)` must be a module-level function (it is pickled by reference), or a
functools.partial of one. A dask worker's temporary files are not the writer's: what runs there
must return its records in the result itself (ingest gives it `extract_file` with spill=False),
decided by the argument given, not by any state of this module or of the worker.
"""

from __future__ import annotations

from typing import Callable, Iterable, Iterator, TypeVar

R = TypeVar("R")

EXECUTORS = ("process", "dask")


class ExecutorUnavailable(RuntimeError):
    """The chosen executor cannot run here (dask not installed, scheduler unreachable)."""


def extract_files(
    task: Callable[[str], R],
    paths: Iterable[str],
    workers: int = 1,
    executor: str = "process",
    scheduler: str | None = None,
    on_error: Callable[[str, BaseException], R] | None = None,
    budget=None,
    warm_up: Callable[[], None] | None = None,
) -> Iterator[R]:
    """task(path) for every path, in the order given, run by the chosen executor.

    executor "process": supervised worker processes (minutes_miner.supervise) that hold each
    file to `budget` (time and memory) and survive a worker's death; `warm_up` runs once
    before they fork. With no budget and one worker, tasks run in this process.
    executor "dask": the dask.distributed cluster at `scheduler`, or a LocalCluster of
    `workers` single-threaded processes when no address is given. `on_error(path, error)`
    turns a dask task that failed (its worker died, or the task raised) into a result
    instead of raising, so one file cannot stop a long distributed run.
    Raises ExecutorUnavailable at once (before any work) when dask is not installed.
    """
    paths = list(paths)
    if executor == "process":
        if budget is None and (workers <= 1 or len(paths) <= 1):
            return (task(path) for path in paths)
        from .supervise import supervised

        return supervised(task, paths, workers, budget, on_error, warm_up)
    check_executor(executor)
    import distributed

    return _dask(distributed, task, paths, workers, scheduler, on_error)


def check_executor(executor: str) -> None:
    """Raise ExecutorUnavailable (or ValueError for an unknown name) if it cannot run here."""
    if executor not in EXECUTORS:
        raise ValueError(f"unknown executor {executor!r}; expected one of {', '.join(EXECUTORS)}")
    if executor == "dask":
        try:
            import distributed  # noqa: F401
        except ImportError:
            raise ExecutorUnavailable("--executor dask needs dask.distributed: pip install 'minutes-miner[dask]'") from None


def _dask(distributed, task, paths: list[str], workers: int, scheduler: str | None, on_error) -> Iterator:
    if not paths:
        return
    import logging

    cluster = None
    try:
        if scheduler:
            try:
                client = distributed.Client(scheduler, timeout="30s")
            except (OSError, TimeoutError) as error:
                raise ExecutorUnavailable(f"cannot reach the dask scheduler at {scheduler}: {error}") from None
        else:
            cluster = distributed.LocalCluster(
                n_workers=max(1, workers),
                threads_per_worker=1,
                processes=True,
                dashboard_address=":0",
                silence_logs=logging.ERROR,
            )
            client = distributed.Client(cluster)
        with client:
            yield from _stream(client, distributed.as_completed, task, paths, on_error)
    finally:
        if cluster is not None:
            cluster.close()


def _stream(client, as_completed, task, paths: list[str], on_error) -> Iterator:
    """Submit at most `window` files ahead of the writer; collect as completed; release in order."""
    window = 3 * (sum(client.nthreads().values()) or 1)
    done: dict[int, object] = {}
    index_of: dict[str, int] = {}
    running = as_completed()
    submitted = written = 0
    while written < len(paths):
        while submitted < len(paths) and submitted < written + window:
            future = client.submit(task, paths[submitted], pure=False)
            index_of[future.key] = submitted
            running.add(future)
            submitted += 1
        while written not in done:  # the writer's next file is still running
            future = next(running)
            index = index_of.pop(future.key)
            try:
                done[index] = future.result()
            except Exception as error:  # noqa: BLE001 - one lost task becomes an error result
                if on_error is None:
                    raise
                done[index] = on_error(paths[index], error)
            del future  # drop our reference so the cluster can forget the result
        while written in done:
            yield done.pop(written)
            written += 1
