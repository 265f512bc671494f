"""Supervised worker processes: each file held to a time and memory budget, each death survived.

A process pool (concurrent.futures) cannot do either: a task cannot be stopped once it runs,
and one worker killed by the OOM killer breaks the whole pool (BrokenProcessPool) and with it
the batch. Here every worker is a forked process with a pipe of its own, given one path at a
time. The supervisor waits on the pipes and on the processes themselves, so it sees at once
when a file runs past its budget (it kills that worker) or a worker dies (it is gone); the file
becomes an error result from `on_error`, a fresh worker takes the dead one's place, and the
batch goes on. Results are released in the order of the paths, through a reorder buffer that
holds at most a few files per worker, so memory stays flat.

Workers are forked after `warm_up` (building the spaCy pipeline) so none builds it again; they
ask the kernel to kill them when the supervisor dies, so none outlives a killed ingest.
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import signal
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Callable, Iterator

from .lifeline import die_with_parent


class FileBudgetExceeded(RuntimeError):
    """A file ran past its time budget and its worker was stopped."""


class WorkerDied(RuntimeError):
    """A worker process ended while extracting a file (killed, out of memory, crashed)."""


@dataclass
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: Connection
    index: int | None = None  # the path it is working on
    started: float = 0.0


def supervised(task: Callable[[str], object], paths: list[str], workers: int, budget, on_error, warm_up=None) -> Iterator:
    """task(path) for every path, in order, in `workers` supervised processes (see the module)."""
    if not paths:
        return
    if warm_up is not None:
        warm_up()
    seconds = getattr(budget, "seconds", None)
    memory_mb = getattr(budget, "memory_mb", None)
    context = multiprocessing.get_context("fork")
    pool = [_start(context, task, memory_mb) for _ in range(max(1, min(workers, len(paths))))]
    window = 3 * len(pool)
    done: dict[int, object] = {}
    submitted = written = 0
    try:
        while written < len(paths):
            for worker in pool:
                if worker.index is None and submitted < len(paths) and submitted < written + window:
                    worker.index, worker.started = submitted, time.monotonic()
                    worker.conn.send(paths[submitted])
                    submitted += 1
            _collect(pool, paths, done, seconds, on_error, lambda: _start(context, task, memory_mb))
            while written in done:
                yield done.pop(written)
                written += 1
    finally:
        for worker in pool:
            _stop(worker)


def _collect(pool: list[_Worker], paths: list[str], done: dict, seconds: float | None, on_error, start_new) -> None:
    """Wait for the next result, death or timeout among the busy workers, and record it."""
    busy = [w for w in pool if w.index is not None]
    if not busy:
        return
    timeout = None
    if seconds is not None:
        timeout = max(0.0, min(w.started + seconds for w in busy) - time.monotonic())
    ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy], timeout)
    now = time.monotonic()
    for position, worker in enumerate(pool):
        if worker.index is None:
            continue
        index, path = worker.index, paths[worker.index]
        if worker.conn in ready:
            try:
                done[index] = worker.conn.recv()
                worker.index = None
                continue
            except (EOFError, OSError):
                pass  # the worker died while sending: it is handled as dead below
        if worker.process.sentinel in ready or not worker.process.is_alive():
            worker.process.join()
            done[index] = _lost(on_error, path, WorkerDied(_death_reason(worker.process.exitcode)))
        elif seconds is not None and now - worker.started >= seconds:
            done[index] = _lost(on_error, path, FileBudgetExceeded(f"extraction stopped after its time budget of {seconds:.0f} s (--time-budget)"))
        else:
            continue
        _stop(worker)
        pool[position] = start_new()


def _lost(on_error, path: str, error: BaseException):
    if on_error is None:
        raise error
    return on_error(path, error)


def _death_reason(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        name = signal.Signals(-exitcode).name
        hint = " (out of memory?)" if name == "SIGKILL" else ""
        return f"its worker process was killed by {name}{hint} while extracting it"
    return f"its worker process ended (exit code {exitcode}) while extracting it"


def _start(context, task, memory_mb: int | None) -> _Worker:
    parent_end, child_end = context.Pipe()
    process = context.Process(target=_serve, args=(child_end, task, memory_mb, os.getpid()), daemon=True)
    process.start()
    child_end.close()
    return _Worker(process, parent_end)


def _stop(worker: _Worker) -> None:
    if worker.process.is_alive():
        worker.process.kill()
    worker.process.join()
    worker.conn.close()


def _serve(conn: Connection, task, memory_mb: int | None, supervisor: int | None = None) -> None:
    """The worker's loop: a path in, its result out, until the pipe closes. supervisor: its pid."""
    die_with_parent(supervisor, signal.SIGKILL)  # killed outright: an extraction has nothing to close
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the supervisor's to handle
    if memory_mb:
        _limit_memory(memory_mb)
    while True:
        try:
            path = conn.recv()
        except (EOFError, OSError):
            return
        result = task(path)
        try:
            conn.send(result)
        except MemoryError:
            os._exit(70)  # the supervisor records the file as lost with its worker


def _limit_memory(memory_mb: int) -> None:
    """Cap the worker's address space at what it has now plus the budget: past it, MemoryError."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            current = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        return
    limit = current + memory_mb * 1024 * 1024
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ValueError, OSError):
        pass
