"""A worker asks Linux for a signal when its parent dies, and the parent can die first (issue 13).

Then no signal ever comes: the worker already has another parent, init or a subreaper (a
container's init, systemd --user) whose pid is not 1. Each worker therefore compares its parent
with the pid of the process that started it, once it has asked. These tests orphan a worker
for certain: they run in a process that is the subreaper of its descendants (so the orphan is
its child, to wait for), and the orphan waits until its parent has gone before it asks, so no
timing decides the outcome.
"""

from __future__ import annotations

import importlib
import signal
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux's")

# argv: the signal's name. The "manager" starts the worker with its own pid and exits at once;
# the worker waits to be orphaned, asks for the death signal naming the manager, and exits 3
# if it is still running after that. Prints how the orphan ended (a negative number: by that signal).
_ORPHAN_RACE = """
import ctypes, os, subprocess, sys
ctypes.CDLL(None, use_errno=True).prctl(36, 1)  # PR_SET_CHILD_SUBREAPER
signal_name = sys.argv[1]
worker = f'''
import os, signal, sys, time
manager = int(sys.argv[1])
end = time.monotonic() + 30
while os.getppid() == manager and time.monotonic() < end:
    time.sleep(0.01)
from minutes_miner.lifeline import die_with_parent
die_with_parent(manager, signal.{signal_name})
sys.exit(3)
'''
starter = "import os, subprocess, sys; subprocess.Popen([sys.executable, '-c', sys.argv[1], str(os.getpid())])"
subprocess.run([sys.executable, "-c", starter, worker], check=True)
pid, status = os.waitpid(-1, 0)  # the orphaned worker, now this process's child
print(os.waitstatus_to_exitcode(status))
"""


def _orphan_ends(signum: signal.Signals) -> int:
    done = subprocess.run([sys.executable, "-c", _ORPHAN_RACE, signum.name], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return int(done.stdout.split()[-1])


def test_a_server_worker_whose_manager_died_before_it_asked_ends_by_sigterm():
    """As the death signal would have ended it: uvicorn's graceful handler is not waited for, nothing has started."""
    assert _orphan_ends(signal.SIGTERM) == -signal.SIGTERM


def test_an_extraction_worker_whose_supervisor_died_before_it_asked_ends_by_sigkill():
    """The signal supervise.py's workers ask for, which no handler can delay."""
    assert _orphan_ends(signal.SIGKILL) == -signal.SIGKILL


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGKILL])
def test_a_worker_whose_parent_lives_carries_on(signum):
    code = f"import os, signal; from minutes_miner.lifeline import die_with_parent; die_with_parent(os.getppid(), signal.{signum.name}); print('working')"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stdout.strip()) == (0, "working"), done.stderr


@pytest.mark.parametrize("module", ["minutes_miner.serve_workers", "minutes_miner.supervise"])
def test_both_kinds_of_worker_use_the_one_die_with_parent(module):
    from minutes_miner import lifeline

    assert importlib.import_module(module).die_with_parent is lifeline.die_with_parent
