"""Load test of `minutes-miner serve`: 20 concurrent clients on loopback, p50/p95 per page kind.

Usage (from the project root; `make bench` runs it on a database of ../shared):

    .venv/bin/python bench/load_test.py minutes.db [--clients 20] [--requests 25] [--mix both] [--workers 2] [--out docs/load_latest.md]

Starts the real server (`minutes-miner serve`, on 127.0.0.1 and a free port), waits for it,
then runs `clients` threads that each make `requests` GETs, cycling through the kinds of page
people open: the database page, the record tables, the outstanding-actions view, source views
of real records, a bad URL (404). Bounded in count, loopback only, and it stops the server
itself. Never run from the tests: timings are not assertions.

Two mixes (`--mix both`, the default, runs each against the same server):
- repeated: the same few URLs of each kind again and again, as many readers opening the same
  pages (the server's response cache answers most of them);
- uncached: the same pages, each request's URL made unique by a `_load=<n>` argument that
  Datasette ignores, so every request is rendered from scratch: the server's raw capacity.
"""

from __future__ import annotations

import argparse
import os
import socket
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections import defaultdict
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def page_kinds(db_path: Path) -> dict[str, list[str]]:
    """The URLs of each kind of page, from what the database holds."""
    name = db_path.stem
    conn = sqlite3.connect(db_path)
    resolution_ids = [r[0] for r in conn.execute("select id from resolutions order by rowid limit 20")]
    action_ids = [r[0] for r in conn.execute("select id from actions order by rowid limit 20")]
    conn.close()
    return {
        "database page": [f"/{name}"],
        "resolutions table": [f"/{name}/resolutions"],
        "actions table": [f"/{name}/actions"],
        "outstanding actions": [f"/{name}/outstanding_actions"],
        "source view": [f"/-/minutes/{name}/record/resolutions/{i}" for i in resolution_ids] + [f"/-/minutes/{name}/record/actions/{i}" for i in action_ids],
        "bad URL (404)": [f"/-/minutes/{name}/record/resolutions/{'x' * 2000}", "/no_such_database/x/y"],
    }


def start_server(db_path: Path, port: int, workers: int = 1) -> subprocess.Popen:
    """The server, once every one of its workers has started (each warms its caches first)."""
    cli = [sys.executable, "-c", "from minutes_miner.cli import cli; cli()", "serve", str(db_path), "--port", str(port)]
    cli += ["--workers", str(workers)] if workers != 1 else []
    server = subprocess.Popen(cli, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    log: list[str] = []
    threading.Thread(target=lambda: log.extend(server.stderr), daemon=True).start()  # uvicorn's log, read as it comes
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and server.poll() is None:
        started = sum("Application startup complete" in line for line in log)
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/-/versions.json", timeout=2).read()
            if started >= workers:
                return server
        except (urllib.error.URLError, ConnectionError, OSError):
            pass
        time.sleep(0.25)
    server.kill()
    raise SystemExit(f"the server did not start: {''.join(log)[-2000:]}")


MIXES = ("repeated", "uncached")


def _stat(pid: str) -> list[str] | None:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None


def cpu_seconds(pid: int) -> float:
    """CPU (user + system) used so far by a process and its live children (its workers), from /proc."""
    pids, total = {str(pid)}, 0.0
    stats = {entry.name: _stat(entry.name) for entry in Path("/proc").iterdir() if entry.name.isdigit()}
    for _ in range(3):  # children, grandchildren (uvicorn's workers are spawned by its manager)
        pids |= {child for child, fields in stats.items() if fields and fields[1] in pids}
    for one in pids:
        fields = stats.get(one)
        if fields:
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def unique(url: str, number: int) -> str:
    """The same page under a URL no earlier request used (an argument Datasette ignores)."""
    return f"{url}{'&' if '?' in url else '?'}_load={number}"


def run_clients(port: int, kinds: dict[str, list[str]], clients: int, requests: int, mix: str = "repeated") -> dict[str, list[float]]:
    jobs = [(kind, url) for kind, urls in kinds.items() for url in urls[:5]]
    times: dict[str, list[float]] = defaultdict(list)
    lock = threading.Lock()

    def client(number: int) -> None:
        for k in range(requests):
            kind, url = jobs[(number * 7 + k) % len(jobs)]
            if mix == "uncached" and kind != "bad URL (404)":
                url = unique(url, number * requests + k)
            started = time.perf_counter()
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}{url}", timeout=60).read()
            except urllib.error.HTTPError as error:
                error.read()
            elapsed = time.perf_counter() - started
            with lock:
                times[kind].append(elapsed)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return times


def warm_up(port: int, kinds: dict[str, list[str]]) -> None:
    """Each URL of the repeated mix once, one at a time: what a server that has been up a while holds."""
    for urls in kinds.values():
        for url in urls[:5]:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}{url}", timeout=60).read()
            except urllib.error.HTTPError as error:
                error.read()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def table(times: dict[str, list[float]], seconds: float) -> list[str]:
    every = [t for values in times.values() for t in values]
    lines = [f"{len(every)} requests in {seconds:.1f} s: {len(every) / seconds:.0f} requests/s.", ""]
    lines += ["| page | requests | p50 ms | p95 ms | p99 ms | max ms |", "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for kind, values in list(times.items()) + [("all pages", every)]:
        ms = [f"{1000 * v:.0f}" for v in (statistics.median(values), percentile(values, 0.95), percentile(values, 0.99), max(values))]
        lines.append(f"| {kind} | {len(values)} | {' | '.join(ms)} |")
    return lines


def report(db_path: Path, runs: dict[str, tuple[dict[str, list[float]], float, float, float]], clients: int, workers: int = 1) -> str:
    count = sum(len(values) for times, *_ in runs.values() for values in times.values())
    lines = [
        "# Load test",
        "",
        f"Written by `bench/load_test.py` (`make bench`) on {datetime.now(timezone.utc):%Y-%m-%d}: `minutes-miner serve` on "
        f"`{db_path.name}` ({db_path.stat().st_size / 2**20:.0f} MB) with {workers} server process{'es' if workers > 1 else ''} (`--workers`), "
        f"{clients} concurrent clients on loopback, "
        f"{count} requests in all.",
    ]
    for mix, (times, seconds, server_cpu, client_cpu) in runs.items():
        requests = max(1, sum(len(values) for values in times.values()))
        lines += ["", f"### {mix}", ""] + table(times, seconds)
        lines += [
            "",
            f"CPU a request: the server {1000 * server_cpu / requests:.1f} ms, the clients (this script, on the same cores) {1000 * client_cpu / requests:.1f} ms.",
        ]
    lines += ["", f"Load average after the runs: {' / '.join(f'{v:.1f}' for v in os.getloadavg())} (1 / 5 / 15 min) on {os.cpu_count()} cores."]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=25, help="requests per client")
    parser.add_argument("--mix", choices=MIXES + ("both",), default="both", help="repeated URLs, unique URLs, or both in turn")
    parser.add_argument("--workers", type=int, default=1, help="server processes (`serve --workers`)")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    port = free_port()
    server = start_server(args.db, port, args.workers)
    runs = {}
    try:
        warm_up(port, page_kinds(args.db))
        for mix in MIXES if args.mix == "both" else (args.mix,):
            started, cpu, own = time.perf_counter(), cpu_seconds(server.pid), time.process_time()
            times = run_clients(port, page_kinds(args.db), args.clients, args.requests, mix)
            runs[mix] = (times, time.perf_counter() - started, cpu_seconds(server.pid) - cpu, time.process_time() - own)
    finally:
        server.terminate()
        server.wait(timeout=30)
    text = report(args.db, runs, args.clients, args.workers)
    print(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
