"""The actions one agenda item has found so far, indexed by position (issue 12: find_actions linear).

find_actions keeps every action found so far in a dict keyed by the task's offset, and each later
finder asks of each new action whether one found already covers it: 'is its task inside the
evidence of one found?', 'inside the task of one?', 'does one start within 5 characters?'. Asked
as `any(... for a in found.values())`, every new action read every action before it, so an item of
2n notes took about four times as long as one of n. Here each action is filed under the fixed-width
buckets of the character ranges those questions ask about, and a question reads only the actions of
the bucket its position falls in: an action's ranges are a sentence or a task (bounded), so a
bucket holds the few actions near it and every question costs about the same whatever the item's
length. The answers are those of the scans they replace; `FoundActions` is still the dict itself,
in the same insertion order, so everything that reads `found.values()` is unchanged.
"""

from __future__ import annotations

from collections.abc import Callable

from .action_found import FoundAction

BUCKET = 256  # characters a bucket spans: about a short sentence


def _evidence(a: FoundAction) -> tuple[int, int]:
    return a.start, a.end


def _task(a: FoundAction) -> tuple[int, int]:
    return a.task_start, a.task_start + len(a.description) + 2


def _evidence_and_after(a: FoundAction) -> tuple[int, int]:
    return a.start, a.end + 80


def _near_start(a: FoundAction) -> tuple[int, int]:
    return a.start - 4, a.start + 5


def _task_start(a: FoundAction) -> tuple[int, int]:
    return a.task_start, a.task_start + 1


# Each kind of question: the half-open range [lo, hi) of an action a position must fall in.
RANGES: dict[str, Callable[[FoundAction], tuple[int, int]]] = {
    "evidence": _evidence,  # a.start <= pos < a.end
    "task": _task,  # a.task_start <= pos < a.task_start + len(a.description) + 2
    "evidence+80": _evidence_and_after,  # a.start <= pos < a.end + 80
    "start": _near_start,  # abs(a.start - pos) < 5
    "task_start": _task_start,  # a.task_start == pos
}


class FoundActions(dict):
    """dict task_start -> FoundAction that also answers 'which found action's range holds this position?' in constant time."""

    def __init__(self) -> None:
        super().__init__()
        self._buckets: dict[str, dict[int, list[FoundAction]]] = {kind: {} for kind in RANGES}
        # How many found actions this index has read to answer questions: the work, counted (never a clock), which
        # tests/test_found_index.py checks grows linearly with the item. Per index, so no state is shared between items.
        self.examined = 0

    def __setitem__(self, key: int, action: FoundAction) -> None:
        old = self.get(key)
        if old is not None:
            self._file(old, remove=True)
        super().__setitem__(key, action)
        self._file(action)

    def _file(self, action: FoundAction, remove: bool = False) -> None:
        for kind, bounds in RANGES.items():
            lo, hi = bounds(action)
            buckets = self._buckets[kind]
            for b in range(lo // BUCKET, (hi - 1) // BUCKET + 1) if hi > lo else ():
                if remove:
                    buckets[b] = [a for a in buckets[b] if a is not action]
                else:
                    buckets.setdefault(b, []).append(action)

    def holding(self, kind: str, pos: int) -> list[FoundAction]:
        """The found actions whose `kind` range holds `pos`."""
        candidates = self._buckets[kind].get(pos // BUCKET, ())
        self.examined += len(candidates)
        bounds = RANGES[kind]
        return [a for a in candidates if bounds(a)[0] <= pos < bounds(a)[1]]

    def holds(self, kind: str, pos: int) -> bool:
        """Whether some found action's `kind` range holds `pos`."""
        return bool(self.holding(kind, pos))

    def starting_within(self, lo: int, hi: int) -> bool:
        """Whether some found action's task starts in [lo, hi) (a range as long as one action's evidence)."""
        buckets = self._buckets["task_start"]
        for b in range(lo // BUCKET, (hi - 1) // BUCKET + 1) if hi > lo else ():
            candidates = buckets.get(b, ())
            self.examined += len(candidates)
            if any(lo <= a.task_start < hi for a in candidates):
                return True
        return False
