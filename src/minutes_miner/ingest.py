"""Batch ingest as a library: find the files, extract each in a supervised worker, store them.

The command line is a thin layer over `ingest_files`. Everything here serves one promise:
no single file or fault ends the batch. A file that cannot be read, that is not a regular
file, whose name is not valid UTF-8, that runs past its time or memory budget, or whose
worker dies, becomes an 'error' document with its reason, and the next file goes on. A fault
that makes storing impossible (a full disk) stops the batch with one line, keeping every
document stored before it whole.
"""

from __future__ import annotations

import fcntl
import functools
import hashlib
import os
import sqlite3
import stat
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from .fastload import regex_cache_is_warm, resume_gc  # the collector on again if the command line paused it (a no-op for the library)
from .resources import content_id

# Names that are never minutes: operating-system litter and the notes archives carry.
_JUNK_NAMES = {"thumbs.db", ".ds_store", "desktop.ini"}
_NOT_DOCUMENT_STEMS = {"readme", "license", "licence", "changelog", "copying", "provenance", "manifest"}
_NOT_DOCUMENT_SUFFIXES = {
    ".csv",
    ".tsv",
    ".json",
    ".jsonl",
    ".xml",
    ".yaml",
    ".yml",
    ".png",
    ".jpg",
    ".jpeg",
    ".gif",
    ".tif",
    ".tiff",
    ".bmp",
    ".webp",
    ".svg",
    ".ico",
    ".zip",
    ".gz",
    ".tgz",
    ".bz2",
    ".xz",
    ".7z",
    ".rar",
    ".tar",
    ".mp3",
    ".mp4",
    ".wav",
    ".mov",
    ".avi",
    ".exe",
    ".dll",
    ".so",
    ".py",
    ".js",
    ".css",
    ".db",
    ".sqlite",
}


class IngestAborted(RuntimeError):
    """Storing cannot go on (the disk is full, the database is not SQLite): say why in one line.

    `summary` holds what was done before it stopped, when anything was.
    """

    summary: "IngestSummary | None" = None


@dataclass
class Budget:
    """What one file may cost before it is stored as an error instead (None: no limit)."""

    seconds: float | None = 900.0  # room for OCR of a long scan (about 1.5-4 CPU s a page)
    memory_mb: int | None = 2048


@dataclass
class IngestSummary:
    files: int = 0
    ok: int = 0
    errors: int = 0
    unchanged: int = 0
    skipped: int = 0
    pages: int = 0
    seconds: float = 0.0
    links: int = 0
    still_failing: list[str] = field(default_factory=list)  # unchanged files stored as errors by an earlier run

    def line(self) -> str:
        rate = self.pages / self.seconds if self.seconds else 0.0
        unchanged = f"{self.unchanged} unchanged"
        if self.still_failing:
            unchanged += f" ({len(self.still_failing)} of them still in error)"
        skipped = f", {self.skipped} skipped (not documents)" if self.skipped else ""
        return (
            f"{self.files} files: {self.ok} ingested, {unchanged}, {self.errors} failed{skipped}; "
            f"{self.pages} pages in {self.seconds:.1f}s ({rate:.0f} pages/s); {self.links} action follow-ups linked"
        )


# --- finding the files ------------------------------------------------------------------------


def display_name(path: Path | str) -> str:
    """The path as text that can be stored and printed, even when its bytes are not UTF-8."""
    return os.fsencode(str(path)).decode("utf-8", "backslashreplace")


def skip_reason(path: Path) -> str | None:
    """Why a file found in a folder is not ingested at all, or None to ingest it."""
    name = path.name.lower()
    if name in _JUNK_NAMES:
        return "operating-system file"
    if path.suffix.lower() in _NOT_DOCUMENT_SUFFIXES:
        return f"'{path.suffix.lower()}' files are not minutes"
    if path.stem.lower() in _NOT_DOCUMENT_STEMS:
        return "a notes file, not minutes"
    try:
        mode = path.stat().st_mode  # follows a link to its target
    except OSError as error:
        return f"cannot be opened ({error.strerror or error})"
    if not stat.S_ISREG(mode):
        return "not a regular file (a pipe, socket or device)"
    return None


def _walk(folder: Path) -> Iterable[Path]:
    """Files below a folder, sorted, hidden ones left out; linked folders are not followed (no loops)."""
    for root, dirs, names in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if not name.startswith("."):
                yield Path(root) / name


def collect_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[tuple[Path, str]]]:
    """(files to ingest, [(file, why it is skipped)]) for the given files and folders, in a stable order."""
    files: list[Path] = []
    skipped: list[tuple[Path, str]] = []
    for given in paths:
        path = Path(given)
        for candidate in [path] if not path.is_dir() else _walk(path):
            reason = skip_reason(candidate)
            if reason:
                skipped.append((candidate, reason))
            else:
                files.append(candidate)
    return files, skipped


def iter_files(paths: Iterable[str | Path]) -> list[Path]:
    """The files `collect_files` would ingest."""
    return collect_files(paths)[0]


# --- extracting one file (runs in a worker) ---------------------------------------------------


def unreadable_id(path: str) -> str:
    """An id for a file with no bytes to hash: from its path, so it never takes another file's id."""
    return hashlib.sha256(b"unreadable\0" + os.fsencode(path)).hexdigest()


def failed(doc_id: str, path: str, reason: str):
    """An 'error' document for a failure met outside the readers, its reason on one short line."""
    from .extraction import failed_extraction

    return failed_extraction(doc_id, display_name(path), " ".join(reason.split())[:300])


def extract_file(path: str, spill: bool | None = None):
    """What a worker runs: read the file where it runs (memory stays flat), then extract it.

    The id is the hash of the bytes read here, and the reader is given those same bytes, so a
    file changed or deleted during the run can never be stored under another content's id.
    Readers turn what they know is wrong with a file into ReadError; anything else is a bug
    met on this file, and one such file must not stop a batch of thousands.
    spill: as extraction.extract_document (None: a long document's records go to a temporary file).
    """
    from .extraction import extract_path

    try:
        data = Path(path).read_bytes()
    except OSError as error:
        return failed(unreadable_id(path), path, f"cannot open file: {error.strerror or error}")
    try:
        extraction = extract_path(path, data, spill=spill)
    except MemoryError:
        return failed(content_id(data), path, "extraction ran out of its memory budget (--memory-budget)")
    except Exception as error:  # noqa: BLE001 - recorded per file, see docstring
        return failed(content_id(data), path, f"extraction failed ({type(error).__name__}): {error}")
    extraction.document.path = display_name(path)
    extraction.document.file_name = display_name(Path(path).name)
    return extraction


def worker_task(executor: str):
    """What each worker of `executor` runs for one path: on dask, whose workers' temporary
    files the writer may not see, extraction never spills its records (spill.py)."""
    return functools.partial(extract_file, spill=False) if executor == "dask" else extract_file


def lost_in_worker(path: str, error: BaseException):
    """The error document for a file whose worker timed out, died or could not return it."""
    try:
        doc_id = content_id(Path(path).read_bytes())
    except OSError:
        doc_id = unreadable_id(path)
    return failed(doc_id, path, str(error) if str(error) else type(error).__name__)


# --- the batch ----------------------------------------------------------------------------------


def ingest_files(
    db_path: str | Path,
    files: list[Path],
    workers: int = 1,
    force: bool = False,
    progress: Callable | None = None,
    executor: str = "process",
    scheduler: str | None = None,
    budget: Budget | None = None,
) -> IngestSummary:
    """Extract and store each file; a bad file is recorded as an error and the batch goes on.

    executor/scheduler: see minutes_miner.parallel ("process" pool, or "dask" at an address).
    budget: per-file limits, enforced in supervised worker processes; None runs a single
    worker in this process with no limits (what tests and the library default want).
    Raises IngestAborted when the database cannot be written at all.
    """
    from .store import open_db

    with exclusive_ingest(db_path):
        try:
            db = open_db(db_path)
        except sqlite3.DatabaseError as error:
            raise IngestAborted(f"{display_name(db_path)} is not a minutes-miner SQLite database ({error})") from None
        try:
            return _ingest_into(db, files, workers, force, progress, executor, scheduler, budget)
        finally:
            db.close()


class exclusive_ingest:
    """Hold an exclusive lock on the database file while ingesting: a second ingest refuses at once.

    flock, not SQLite's own (fcntl) locks, which it never sees; so readers (Datasette) are
    unaffected, and two writers fail with a sentence instead of "database is locked" mid-run.
    """

    def __init__(self, db_path: str | Path) -> None:
        self.db_path = Path(db_path)
        self.fd: int | None = None

    def __enter__(self) -> "exclusive_ingest":
        if not self.db_path.parent.is_dir():
            raise IngestAborted(f"cannot create {display_name(self.db_path)}: folder {display_name(self.db_path.parent)} does not exist")
        try:
            self.fd = os.open(self.db_path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as error:
            raise IngestAborted(f"cannot write {display_name(self.db_path)}: {error.strerror or error}") from None
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self.fd)
            raise IngestAborted(f"another minutes-miner ingest is writing to {display_name(self.db_path)}; run this one when it has finished") from None
        return self

    def __exit__(self, *exc) -> None:
        if self.fd is not None:
            fcntl.flock(self.fd, fcntl.LOCK_UN)
            os.close(self.fd)


def _ingest_into(
    db, files: list[Path], workers: int, force: bool, progress, executor: str = "process", scheduler: str | None = None, budget: Budget | None = None
) -> IngestSummary:
    from .store import get_state, set_state

    summary = IngestSummary(files=len(files))
    started = time.perf_counter()
    todo = _files_to_extract(db, files, force, summary, progress)
    # A stale flag left by an earlier run (a crash) means that run's changes are unknown: link all.
    changed: list[dict] | None = None if get_state(db, "followup") == "stale" else []
    if todo:
        # Linking is part of the durable state: flagged stale before the first document is
        # written and cleared only after it ran, so a crash in between is mended next time.
        set_state(db, "followup", "stale")

    # Copies whose primary was replaced hold no records until extracted again: (path, when).
    # One stored again later in this run (its own turn came after) needs nothing more.
    orphans: list[tuple[str, int]] = []
    stored_at: dict[str, int] = {}

    def store(extraction, count: bool = True) -> None:
        if changed is not None:
            changed.extend(_meetings_of(db, extraction.document.id, extraction.document.path))
        orphans.extend((path, len(stored_at)) for path in _store_one(db, extraction, summary, count))
        stored_at[extraction.document.path] = len(stored_at)
        if changed is not None:
            changed.extend(_meetings_of(db, extraction.document.id))
        summary.seconds = time.perf_counter() - started
        if progress:
            progress(Path(extraction.document.path), extraction, summary)

    from .parallel import extract_files
    from .spill import batch_folder

    if executor != "process":
        resume_gc()  # no warm-up runs here: the writer collects garbage as usual
    try:
        with batch_folder():  # long documents' records until stored; the folder goes when the batch ends, whatever happened
            for extraction in extract_files(
                worker_task(executor),
                [str(p) for p in todo],
                workers,
                executor,
                scheduler,
                on_error=lost_in_worker,
                budget=budget,
                warm_up=functools.partial(_warm_up, extraction=min(workers, len(todo)) > 1 or not regex_cache_is_warm()),
            ):
                store(extraction)  # in file order whatever the executor, so the same rows as --workers 1
            for path, orphaned in orphans:
                if stored_at.get(path, -1) < orphaned and Path(path).is_file():
                    store(extract_file(path), count=False)  # the file is counted once, on its own turn
    except IngestAborted as error:
        summary.seconds = time.perf_counter() - started
        error.summary = summary
        raise
    resume_gc()  # nothing was extracted (no warm-up ran): on before linking
    if get_state(db, "followup") == "stale":
        from .followup import link_action_updates

        # A new meeting can report on any earlier one of its body, and an earlier one ingested
        # late changes what later ones report on: only the bodies touched are linked again.
        summary.links = link_action_updates(db) if changed is None else link_action_updates(db, changed)
        set_state(db, "followup", "current")
    summary.seconds = time.perf_counter() - started
    return summary


def _meetings_of(db, doc_id: str, path: str | None = None) -> list[dict]:
    """The meetings a document (and any older file stored at its path) is a source of."""
    return list(
        db.query(
            "select distinct m.id, m.council_key, m.body_key, m.date from meeting_documents md join meetings m on m.id = md.meeting_id "
            "where md.document_id in (select id from documents where id = ? or path = ?)",
            [doc_id, path if path is not None else doc_id],
        )
    )


def _files_to_extract(db, files: list[Path], force: bool, summary: IngestSummary, progress) -> list[Path]:
    """The files whose bytes are not stored by this extractor version (all of them with force).

    Ids come from resources.content_id (the hash extraction uses too), so that a re-run over an
    unchanged corpus does not import the extractor at all.
    """
    from .store import stored_status

    todo = []
    for path in files:
        try:
            data = path.read_bytes()
        except OSError:
            todo.append(path)  # the worker records why it cannot be read; tried again next run
            continue
        status = None if force else stored_status(db, content_id(data))
        if status is None:
            todo.append(path)
            continue
        summary.unchanged += 1
        if status == "error":
            summary.still_failing.append(display_name(path))
        if progress:
            progress(path, None, summary)
    return todo


def _store_one(db, extraction, summary: IngestSummary, count: bool = True) -> list[str]:
    """Store one extraction and count it (unless told not to); return the paths of copies left without records."""
    from .store import save_extraction

    orphans: list[str] = []
    spill = getattr(extraction, "spill", None)  # a long document's records, in a temporary file until stored
    try:
        orphans = save_extraction(db, extraction)
    except sqlite3.IntegrityError as error:
        # Records that break the store's constraints (say two with one id): a bug met on
        # this file. Its transaction was rolled back; keep it as an error and go on.
        doc = extraction.document
        extraction = failed(doc.id, doc.path, f"could not store the extracted records: {error}")
        save_extraction(db, extraction)
    except sqlite3.OperationalError as error:
        if "full" in str(error):  # "database or disk is full"
            raise IngestAborted(
                f"the disk is full: stopped before storing {extraction.document.path}; the {summary.ok + summary.errors} "
                "documents stored before it are whole (free some space and run again to go on)"
            ) from None
        raise
    finally:
        if spill is not None:
            spill.close()
    if not count:
        return orphans
    if extraction.document.status == "ok":
        summary.ok += 1
        summary.pages += extraction.document.pages or 0
    else:
        summary.errors += 1
    return orphans


def _warm_up(extraction: bool = True) -> None:
    """Build the spaCy pipeline once, before worker processes fork, so none has to build it again.

    `extraction`: also extract the warm-up text, so that the finders' lazily built rules are shared by
    the workers and learned by the regex cache. With a single worker and a warm cache it only costs
    (0.3-0.5 CPU s of a one-page ingest at load 15): that worker builds what its files need, once.
    """
    from .fastload import stop_learning
    from .nlp.pipeline import get_pipeline
    from .warm_up import warm_up_extraction

    get_pipeline()
    if extraction:
        warm_up_extraction()  # the finders' lazily built rules too
    else:
        stop_learning()  # what follows are the user's documents
    resume_gc()  # the garbage collector, paused by the command line through start-up, on again before workers fork
