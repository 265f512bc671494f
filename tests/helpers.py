"""Paths shared by the tests: the project root, its samples, and ../shared when present."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "corpus" / "samples"
SHARED = ROOT.parent / "shared"
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared (the real council documents) is not beside the project")


@lru_cache(maxsize=None)
def extracted(path: str):
    """Extract a file once per test session."""
    from minutes_miner.extraction import extract_path

    return extract_path(path)


@lru_cache(maxsize=None)
def extracted_in_memory(path: str):
    """A long paper extracted once per test session with its records in memory (a large document spills them otherwise)."""
    from minutes_miner.extraction import extract_path

    return extract_path(path, spill=False)


DEVPOOL = SHARED / "corpus" / "devpool"
# An invented parish minutes header: what the action tests' snippets are read under.
PARISH_HEAD = "Minutes of the meeting of Ashcombe Parish Council held on 3 March 2021\nPresent: Cllr Hale, Cllr Noor\n\n"


def actions_in(tmp_path, body: str, head: str = PARISH_HEAD) -> list[tuple[str, str]]:
    """(owner, task) of every action found in `body` read as council minutes under `head`."""
    from minutes_miner.extraction import extract_path

    path = tmp_path / "minutes.txt"
    path.write_text(head + body, encoding="utf-8")
    return [(a.owner, a.description) for a in extract_path(path).actions]


def devpool(name: str):
    """A devpool file (tune part only, by the tests' own choice) extracted once per session."""
    return extracted(str(next(DEVPOOL.glob(f"*/{name}"))))


def resolution_texts(text: str, name: str = "ashcombe.txt") -> list[str]:
    """The text of every resolution found in `text`, read as a plain-text file called `name`."""
    from minutes_miner.extraction import extract_document
    from minutes_miner.readers.base import Document

    return [r.text for r in extract_document(Document(path=name, format="txt", text=text), "test").resolutions]


def check_resolution_texts(text: str, found: list[str], absent: list[str], count: int | None) -> None:
    """The resolutions of `text` hold each of `found`'s words in one record, none of `absent`'s, and number `count` (when given)."""
    texts = resolution_texts(text)
    for words in found:
        assert any(words in t for t in texts), (words, texts)
    for words in absent:
        assert not any(words in t for t in texts), (words, texts)
    if count is not None:
        assert len(texts) == count, texts


def statistics_found(text: str, currencies=None) -> list[tuple[float, str]]:
    """(value, unit) of every statistic found in `text`, read with `currencies` (the default Currencies when None)."""
    from minutes_miner.extract.statistics import Currencies, find_statistics

    return [(s.value, s.unit) for s in find_statistics(text, currencies=Currencies() if currencies is None else currencies)]


def table_cells(text: str):
    """TableCells of a '|'-separated table written as lines (row, column and offsets as the readers give them)."""
    from minutes_miner.extract.statistics import TableCell

    cells, pos = [], 0
    for row, line in enumerate(text.split("\n")):
        for col, cell in enumerate(line.split("|")):
            start = text.index(cell, pos)
            cells.append(TableCell(start, start + len(cell), 0, row, col, cell))
            pos = start + len(cell)
    return cells


def analysed_page(folder: Path, text: str, name: str = "page.txt"):
    """The structure (council, body, date, type) of `text` saved as folder/name and read as that file would be."""
    from minutes_miner.readers import read_document
    from minutes_miner.structure import analyse

    path = folder / name
    path.write_text(text, encoding="utf-8")
    return analyse(read_document(path))


def extracted_text(folder: Path, name: str, text: str):
    """The extraction of `text` saved as folder/name: a name like 'ashford_pc_2025-03-04.txt' is read as the file's would be."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return extracted(str(path))


def the_resolution(extraction, words: str):
    """The one resolution whose text holds `words` (the test fails when none or several do)."""
    (found,) = [r for r in extraction.resolutions if words in r.text]
    return found


# Six decisions and narrative sentences of a parish's minutes, for the tests that train a small model on them
# (test_trained, test_train_pooled): each test slices or extends them as it needs.
TRAINING_DECISIONS = [
    "RESOLVED that the report be noted.",
    "It was agreed that the Parish Council would fund the new bench.",
    "The minutes of the meeting held on 3 May were approved as a correct record.",
    "That the budget for 2024/25 be approved.",
    "Councillors resolved to accept the quotation from Smith Landscapes.",
    "The Committee approved the revised terms of reference.",
]
TRAINING_NARRATIVE = [
    "Members discussed the condition of the footpath near the school.",
    "The Chairman welcomed everyone to the meeting.",
    "Councillor Jones asked about the timetable for the works.",
    "There were no declarations of interest.",
    "The officer explained the background to the report.",
    "The Clerk read the correspondence received.",
]


def write_item_minutes(docs: Path, gold_dir: Path, name: str, decisions: list[str], narrative: list[str], narrative_repeat: int = 2) -> None:
    """An invented parish minutes file of numbered items (a line of narrative, then a decision) and its
    resolutions gold, as the training tests build their councils: `<name>_1.txt` in docs, its gold in gold_dir."""
    lines = ["Minutes of the Parish Council meeting held on 4 March 2024", ""]
    for i, (decision, other) in enumerate(zip(decisions * 2, narrative * narrative_repeat)):
        lines += [f"{i + 1}. Item {i + 1}", "", other, decision, ""]
    (docs / f"{name}_1.txt").write_text("\n".join(lines), encoding="utf-8")
    gold = {"document": f"{name}_1.txt", "resolutions": [{"text": d, "optional": False} for d in decisions], "actions": []}
    (gold_dir / f"{name}_1.txt.json").write_text(json.dumps(gold), encoding="utf-8")
