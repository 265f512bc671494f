"""The index of actions found so far (extract/found_index.py): the same answers as reading every
found action, and work that grows linearly with an item's notes (issue 12). Operations are
counted, never timed."""

from __future__ import annotations

import random

from helpers import PARISH_HEAD

from minutes_miner.extract import actions as actions_module
from minutes_miner.extract.action_found import FoundAction
from minutes_miner.extract.found_index import FoundActions

# Notes of several councils' styles, each read by a different finder of find_actions.
NOTE_FORMS = [
    "ACTION: Clerk to write to the owner of plot {k} about the hedge.",
    "Cllr Hale will contact resident {k} regarding the bench.",
    "The Town Clerk agreed to order {k} new bins for the park.",
    "ACTION: Map the lots of area {k} – Ranger Luff",
    "RFO to circulate budget line {k}; Chair to attend site visit {k}.",
    "| Repair street lamp {k} | Clerk | March |",
    "The Council asked the Clerk to obtain quote {k} for the shelter.",
]


def _random_action(rng: random.Random) -> FoundAction:
    start = rng.randrange(0, 5000)
    end = start + rng.randrange(0, 700)
    task_start = rng.randrange(start, end + 1)
    description = "x" * rng.randrange(0, 300)
    return FoundAction("Clerk", "ROLE", description, "to", start, end, task_start)


def test_answers_are_those_of_a_scan_of_every_found_action():
    rng = random.Random(12)
    found = FoundActions()
    plain: dict[int, FoundAction] = {}
    for _ in range(400):
        action = _random_action(rng)
        found[action.task_start] = action  # a later action at the same task replaces the earlier one, as in find_actions
        plain[action.task_start] = action
        pos = rng.randrange(-10, 5800)
        lo = rng.randrange(0, 5500)
        hi = lo + rng.randrange(0, 800)
        assert found.holds("evidence", pos) == any(a.start <= pos < a.end for a in plain.values())
        assert found.holds("task", pos) == any(a.task_start <= pos < a.task_start + len(a.description) + 2 for a in plain.values())
        assert found.holds("start", pos) == any(abs(a.start - pos) < 5 for a in plain.values())
        assert found.holds("task_start", pos) == any(a.task_start == pos for a in plain.values())
        assert {id(a) for a in found.holding("evidence+80", pos)} == {id(a) for a in plain.values() if a.start <= pos < a.end + 80}
        assert found.starting_within(lo, hi) == any(lo <= a.task_start < hi for a in plain.values())
    assert list(found.values()) == list(plain.values())  # still the dict find_actions reads, in the same order


def _examined_for(tmp_path, monkeypatch, notes: int) -> tuple[int, int]:
    """(actions the indexes examined, actions found) for one agenda item of `notes` action notes: every index
    find_actions makes is kept, and their own counts summed."""
    from minutes_miner.extraction import extract_path

    made: list[FoundActions] = []

    class Kept(FoundActions):
        def __init__(self) -> None:
            super().__init__()
            made.append(self)

    monkeypatch.setattr(actions_module, "FoundActions", Kept)
    body = "1. Matters arising\n\n" + "\n".join(NOTE_FORMS[i % len(NOTE_FORMS)].format(k=i) for i in range(notes)) + "\n"
    path = tmp_path / f"minutes-{notes}.txt"
    path.write_text(PARISH_HEAD + body, encoding="utf-8")
    actions = extract_path(path).actions
    assert made, "find_actions made no index"
    return sum(index.examined for index in made), len(actions)


def test_find_actions_work_grows_linearly_with_the_notes_of_an_item(tmp_path, monkeypatch):
    """Twice the notes in one item: about twice the found actions examined, not four times (the scan over
    every action found so far examined n^2/2)."""
    small, found_small = _examined_for(tmp_path, monkeypatch, 140)
    large, found_large = _examined_for(tmp_path, monkeypatch, 280)
    assert found_small >= 80 and found_large >= 2 * found_small - 5  # the notes are read as actions
    assert small > 0
    assert large <= 2.3 * small
    assert large <= 4 * found_large  # a few neighbours per action, not every action found before it
