"""A child process that ends when the process that started it ends (Linux; elsewhere nothing).

Two kinds of worker need it: `ingest`'s extraction workers (supervise.py), so none outlives a
killed ingest, and `serve --workers`' server processes (serve_workers.py), so none holds the
port after `serve` is stopped. Both ask the kernel for a signal when their parent dies
(PR_SET_PDEATHSIG), and both must mind the same race, so it is handled here once.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys

_PR_SET_PDEATHSIG = 1


def die_with_parent(expected_parent: int | None, signum: int = signal.SIGTERM) -> None:
    """Ask Linux to send this process `signum` when its parent dies (elsewhere: nothing).

    The parent can die before the request is made, and then no signal ever comes: this process
    already has another parent (init, or a subreaper such as a container's init or systemd
    --user, whose pid is not 1). So once it is made, the parent is checked against
    `expected_parent` (the pid of the process that started this one, given by that process),
    and a process orphaned before it asked ends itself at once, by `signum` as the kernel would
    have ended it.
    """
    if not sys.platform.startswith("linux"):
        return
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signum, 0, 0, 0)
    except (OSError, AttributeError):
        return
    if expected_parent is not None and os.getppid() != expected_parent:
        _end_by(signum)


def _end_by(signum: int) -> None:
    """End this process by `signum`, ignoring any handler installed for it (nothing has started)."""
    if signum != signal.SIGKILL:  # SIGKILL cannot be handled, so it has no handler to reset
        signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)
    os._exit(128 + signum)  # not reached: the signal ends the process
