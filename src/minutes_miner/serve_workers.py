"""`minutes-miner serve --workers N`: N server processes on one port, for N cores.

Datasette renders every page in Python on one event loop, so one server process uses one
core whatever the machine has: under 20 readers each asking for a page not seen before, the
requests queue behind each other's ~10-20 ms of CPU (docs/load.md). Datasette's own `serve`
runs one uvicorn worker; this runs uvicorn's process manager over `N` workers, each a
`Datasette` of the same database with `serve`'s settings, sharing the listening socket.

What the workers must agree on is passed in the environment (the child processes are spawned,
not forked): the database, the settings, and one signing secret, so that a cookie or CSRF
token made by one worker is accepted by the other (`DATASETTE_SECRET`, as Datasette's own
`serve` reads it). Each worker dies with the process manager (PR_SET_PDEATHSIG on Linux):
stopping `serve`'s PID, even with SIGKILL, leaves no worker holding the port or its memory,
not even one whose manager died as it was starting (it checks its parent is still the manager).
Each worker fills its caches as it starts (the plugin's warm-up, datasette_plugin/warmup.py).
"""

from __future__ import annotations

import ctypes
import json
import os
import secrets
import signal
import sys

CONFIG_ENV = "MINUTES_MINER_SERVE"
SECRET_ENV = "DATASETTE_SECRET"
_PR_SET_PDEATHSIG = 1


def die_with_parent(expected_parent: int | None = None) -> None:
    """Ask Linux to send this process SIGTERM when its parent dies (elsewhere: nothing).

    The parent can die before the request is made, and then no signal ever comes: this process
    already has another parent (init or a subreaper). So once it is made, the parent is checked
    against `expected_parent` (the pid of the process that started this one), and a process
    orphaned before it asked ends itself at once, by SIGTERM as the signal would have.
    """
    if not sys.platform.startswith("linux"):
        return
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        return
    if expected_parent is not None and os.getppid() != expected_parent:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not a server's graceful handler: nothing has started
        os.kill(os.getpid(), signal.SIGTERM)
        os._exit(128 + signal.SIGTERM)  # not reached: the signal ends the process


def create_app():
    """The ASGI app of one worker (uvicorn calls this in each worker process)."""
    from datasette.app import Datasette

    config = json.loads(os.environ[CONFIG_ENV])
    if config.get("manager") != os.getpid():  # a spawned worker (with --workers 1 uvicorn serves in the manager itself)
        die_with_parent(config.get("manager"))
    ds = Datasette([config["db"]], settings=config["settings"], secret=os.environ.get(SECRET_ENV))
    return ds.app()


def run(db_path: str, host: str, port: int, workers: int, settings: dict[str, str]) -> None:
    """Serve `db_path` on host:port with `workers` processes until stopped (does not return)."""
    import uvicorn

    # The manager's pid: each worker it spawns checks it is still its parent (die_with_parent).
    os.environ[CONFIG_ENV] = json.dumps({"db": db_path, "settings": typed_settings(settings), "manager": os.getpid()})
    os.environ.setdefault(SECRET_ENV, secrets.token_hex(32))
    uvicorn.run("minutes_miner.serve_workers:create_app", factory=True, host=host, port=port, workers=workers, log_level="info", lifespan="on")


def typed_settings(settings: dict[str, str]) -> dict:
    """Settings as `datasette serve --setting NAME VALUE` reads them: each of the type of its default."""
    from datasette.app import SETTINGS

    defaults = {s.name: s.default for s in SETTINGS}
    return {name: type(defaults[name])(_setting_value(value)) if name in defaults else value for name, value in settings.items()}


def _setting_value(value: str):
    """A setting as given on the command line ("off", "200") as Datasette's types read it."""
    if value in ("off", "false"):
        return False
    if value in ("on", "true"):
        return True
    return int(value) if value.isdigit() else value


def main(argv: list[str] | None = None) -> None:
    """`python -m minutes_miner.serve_workers DB --host H --port P --workers N [--setting NAME VALUE]...` (what `serve` execs)."""
    import argparse

    parser = argparse.ArgumentParser(prog="minutes-miner serve")
    parser.add_argument("db")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8001)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--setting", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"))
    args = parser.parse_args(argv)
    run(args.db, args.host, args.port, args.workers, dict(args.setting))


if __name__ == "__main__":
    main()
