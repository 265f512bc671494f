"""bench/battery.py: a battery's cases are read, extracted and scored as its header says."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _battery():
    spec = importlib.util.spec_from_file_location("battery", ROOT / "bench" / "battery.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_example_battery_is_found_whole(capsys):
    _battery().main([str(ROOT / "corpus" / "batteries" / "example.txt"), "--quiet"])
    totals = capsys.readouterr().out.strip()
    assert "R cases 2" in totals and "A cases 1" in totals and "council right 2" in totals and "date right 2" in totals
    assert "missed" not in totals and "found" not in totals and "wrong" not in totals


def test_a_miss_a_near_miss_and_a_wrong_field_are_reported(tmp_path, capsys):
    battery = tmp_path / "b.txt"
    battery.write_text(
        "R: the council bought a new mower\nA: Clerk | write to the school\n5. Mower\nThe mower was discussed at length.\n"
        "====\nN: The schedule of payments was approved\n7. Finance\nThe schedule of payments was approved.\n"
        "====\nM: council=Ashcombe Parish Council; body=Ashcombe Parish Council; date=2023-03-07; doc_type=minutes\n"
        "ASHCOMBE PARISH COUNCIL\nMinutes of the meeting held on Monday 6 March 2023\n\nPresent: Cllr A Hale\n",
        encoding="utf-8",
    )
    _battery().main([str(battery)])
    out = capsys.readouterr().out
    assert "missed resolution 'the council bought a new mower'" in out and "missed action Clerk | write to the school" in out
    assert "near miss found 'The schedule of payments was approved'" in out
    assert "date: want '2023-03-07', found '2023-03-06'" in out
    totals = out.strip().splitlines()[-1]
    assert "R missed 1" in totals and "A missed 1" in totals and "N found 1" in totals and "council right 1" in totals
    assert "date cases 1" in totals and "date right" not in totals
