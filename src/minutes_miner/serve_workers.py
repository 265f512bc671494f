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

import json
import os
import secrets

from .lifeline import die_with_parent

CONFIG_ENV = "MINUTES_MINER_SERVE"
SECRET_ENV = "DATASETTE_SECRET"


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
