"""Records of a long document kept in a temporary file, batch by batch, instead of in memory.

A 5,000-page minutes book gives tens of thousands of records. Held as Python objects until
the document is stored, they made the extracting worker (and then the writer, which received
them all at once) grow by about 55 KB a page. Extraction of a long document therefore hands
each window's records to a RecordSpill: they are pickled to a temporary file in batches of
BATCH, and the writer reads them back a batch at a time inside the document's one transaction
(store.save_extraction), so neither process holds more than a batch of each table.

The file belongs to one process at a time: the one that made it, until the spill is pickled
(sent from a worker to the writer), then the one that unpickled it. The owner deletes it on
`close()` or when the spill is garbage collected. Spilling needs the writer to see the
worker's temporary folder, so it is used on one machine only (not by the dask executor).
"""

from __future__ import annotations

import contextlib
import os
import pickle
import tempfile
from contextvars import ContextVar
from typing import Iterable, Iterator

BATCH = 500  # records per pickled batch: what either process holds of one table at a time
# The folder of this batch's spill files (set by `batch_folder` before workers fork, so they
# inherit it): a worker killed by its budget cannot remove its own file, the folder's end does.
# A context variable, not a module global: two ingests in one process (threads of a program
# using the library) each keep their own folder, and one's end cannot take the other's files.
_FOLDER: ContextVar[str | None] = ContextVar("spill_folder", default=None)


@contextlib.contextmanager
def batch_folder() -> Iterator[str]:
    """A private temporary folder for the spill files of one ingest, removed with all it holds."""
    with tempfile.TemporaryDirectory(prefix="minutes-miner-spill-") as folder:
        token = _FOLDER.set(folder)
        try:
            yield folder
        finally:
            _FOLDER.reset(token)


class RecordSpill:
    """Append-only record batches per table in a temporary file, read back in the order written."""

    def __init__(self, directory: str | None = None) -> None:
        fd, self.path = tempfile.mkstemp(prefix="minutes-miner-", suffix=".spill", dir=directory or _FOLDER.get())
        self._file = os.fdopen(fd, "wb")
        self.batches: dict[str, list[tuple[int, int]]] = {}  # table -> (offset, length) of each pickled batch
        self.pending: dict[str, list] = {}  # the last, unfilled batch of each table
        self._owner = True

    def add(self, table: str, records: Iterable) -> None:
        """Keep these records of `table` after the ones added before."""
        pending = self.pending.setdefault(table, [])
        for record in records:
            pending.append(record)
            if len(pending) >= BATCH:
                self._write(table, pending)
                pending = self.pending[table] = []

    def _write(self, table: str, records: list) -> None:
        data = pickle.dumps(records, protocol=pickle.HIGHEST_PROTOCOL)
        offset = self._file.tell()
        self._file.write(data)
        self.batches.setdefault(table, []).append((offset, len(data)))

    def tables(self) -> set[str]:
        """The tables that have records here."""
        return {table for table in self.batches} | {table for table, pending in self.pending.items() if pending}

    def read(self, table: str) -> Iterator[list]:
        """The records of `table` in batches, in the order they were added."""
        if self._file is not None:
            self._file.flush()
        with open(self.path, "rb") as file:
            for offset, length in self.batches.get(table, []):
                file.seek(offset)
                yield pickle.loads(file.read(length))
        if self.pending.get(table):
            yield list(self.pending[table])

    def close(self) -> None:
        """Delete the file (only the owner does)."""
        if self._file is not None:
            self._file.close()
            self._file = None
        if self._owner:
            self._owner = False
            try:
                os.unlink(self.path)
            except OSError:
                pass

    def __getstate__(self) -> dict:
        """Pickled to go to another process: that copy owns the file from now on, this one stops writing."""
        if self._file is not None:
            self._file.close()
            self._file = None
        state = {"path": self.path, "batches": self.batches, "pending": self.pending, "_owner": self._owner, "_file": None}
        self._owner = False
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)

    def __del__(self) -> None:
        if getattr(self, "path", None) is not None:
            self.close()
