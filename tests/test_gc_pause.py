"""fastload.pause_gc / resume_gc: no collections through start-up, then the collector on with the start-up frozen."""

from __future__ import annotations

import gc
import subprocess
import sys

from minutes_miner import fastload


def test_resume_switches_the_collector_back_on_and_freezes_what_exists(monkeypatch):
    monkeypatch.setitem(fastload._state, "gc_paused", False)
    was_enabled = gc.isenabled()
    try:
        gc.enable()
        fastload.pause_gc()
        assert not gc.isenabled()
        frozen = gc.get_freeze_count()
        fastload.resume_gc()
        assert gc.isenabled() and gc.get_freeze_count() > frozen
        fastload.resume_gc()  # a second call does nothing
        assert gc.isenabled()
    finally:
        gc.unfreeze()
        gc.enable() if was_enabled else gc.disable()


def test_resume_does_nothing_unless_paused(monkeypatch):
    monkeypatch.setitem(fastload._state, "gc_paused", False)
    was_enabled = gc.isenabled()
    try:
        gc.disable()  # switched off by someone else: not ours to switch on
        fastload.resume_gc()
        assert not gc.isenabled()
    finally:
        gc.enable() if was_enabled else gc.disable()


def test_importing_the_command_line_leaves_the_collector_alone():
    code = "import gc\nfrom minutes_miner.cli import cli\nprint(gc.isenabled())\n"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "True"


def test_a_command_other_than_ingest_runs_with_the_collector_on(tmp_path):
    """The entry point pauses the collector before the imports; every command gets it back before its work."""
    code = (
        "import gc, sys\n"
        "import minutes_miner.cli as cli_module\n"
        "seen = []\n"
        "real = cli_module.cli.main\n"
        "cli_module.cli.main = lambda *a, **k: seen.append(gc.isenabled()) or real(*a, **k)\n"
        "from minutes_miner.__main__ import main\n"
        "sys.argv = ['minutes-miner', 'schemas', '--help']\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(seen, gc.isenabled())\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[False] True"  # paused when the command started, on again by its end


def test_ingest_switches_the_collector_back_on_after_its_warm_up(tmp_path):
    """ingest keeps it paused through the pipeline and warm-up only: the files are extracted and stored with it on."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "minutes.txt").write_text(
        "MINUTES of the meeting of Ashby Parish Council held on 3 May 2024.\nRESOLVED that the accounts be approved.\n"
    )
    code = (
        "import gc, sys\n"
        "import minutes_miner.store as store\n"
        "from minutes_miner.__main__ import main\n"
        "seen = []\n"
        "real = store.save_extraction\n"
        "store.save_extraction = lambda db, e: seen.append(gc.isenabled()) or real(db, e)\n"
        f"sys.argv = ['minutes-miner', 'ingest', {str(tmp_path / 'in')!r}, '--db', {str(tmp_path / 'm.db')!r}, '--workers', '1', '--quiet']\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(seen, gc.isenabled())\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[True] True"
