"""The minutes-miner command line: a thin layer over the library functions."""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

import click

from . import EXTRACTOR_VERSION, __version__


@click.group()
@click.version_option(__version__, prog_name="minutes-miner")
def cli() -> None:
    """Turn published council minutes into data.

    Point `ingest` at a folder of minutes (PDF, DOCX, HTML, text); browse the result with
    `serve`; check quality with `eval`.
    """


# --- ingest -------------------------------------------------------------------------------

_SKIP_NAMES = {"thumbs.db", ".ds_store", "desktop.ini"}


def iter_files(paths: Iterable[str]) -> Iterator[Path]:
    """Every file under the given paths, recursively, in a stable order; hidden files skipped."""
    for given in paths:
        path = Path(given)
        if path.is_file():
            yield path
            continue
        for child in sorted(path.rglob("*")):
            if child.is_file() and not any(part.startswith(".") for part in child.relative_to(path).parts) and child.name.lower() not in _SKIP_NAMES:
                yield child


@dataclass
class IngestSummary:
    files: int = 0
    ok: int = 0
    errors: int = 0
    unchanged: int = 0
    pages: int = 0
    seconds: float = 0.0
    links: int = 0

    def line(self) -> str:
        rate = self.pages / self.seconds if self.seconds else 0.0
        return (
            f"{self.files} files: {self.ok} ingested, {self.unchanged} unchanged, {self.errors} failed; "
            f"{self.pages} pages in {self.seconds:.1f}s ({rate:.0f} pages/s); {self.links} action follow-ups linked"
        )


def _extract_safely(path: str, data: bytes):
    """extract_path, except that an unexpected failure on one file becomes an 'error' document.

    Readers turn what they know is wrong with a file into ReadError; anything else is a bug
    met on this file, and one such file must not stop a batch of thousands.
    """
    from .extraction import extract_path, file_id

    try:
        return extract_path(path, data)
    except Exception as error:  # noqa: BLE001 - recorded per file, see docstring
        return _failed(file_id(data), path, f"extraction failed ({type(error).__name__}): {error}")


def _failed(doc_id: str, path: str, reason: str):
    """An 'error' document for a failure met outside the readers, its reason on one short line."""
    from .extraction import failed_extraction

    return failed_extraction(doc_id, path, " ".join(reason.split())[:300])


def _read_or_empty(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError:
        return b""  # extract_path then records why the file cannot be opened


def _extract_file(path: str):
    """What a worker runs: read the file where it runs (memory stays flat), then extract it."""
    return _extract_safely(path, _read_or_empty(path))


def _lost_in_worker(path: str, error: BaseException):
    from .extraction import file_id

    return _failed(file_id(_read_or_empty(path)), path, f"extraction lost with its worker ({type(error).__name__}): {error}")


def ingest_files(
    db_path: str, files: list[Path], workers: int = 1, force: bool = False, progress=None,
    executor: str = "process", scheduler: str | None = None,
) -> IngestSummary:
    """Extract and store each file; a bad file is recorded as an error and the batch goes on.

    executor/scheduler: see minutes_miner.parallel ("process" pool, or "dask" at an address).
    """
    from .store import open_db

    db = open_db(db_path)
    try:
        return _ingest_into(db, files, workers, force, progress, executor, scheduler)
    finally:
        db.close()


def _ingest_into(db, files: list[Path], workers: int, force: bool, progress, executor: str = "process", scheduler: str | None = None) -> IngestSummary:
    from .extraction import file_id
    from .store import is_current, save_extraction

    summary = IngestSummary()
    started = time.perf_counter()
    todo: list[str] = []  # paths only: each file's bytes are read again where it is extracted
    for path in files:
        summary.files += 1
        readable = True
        try:
            data = path.read_bytes()
        except OSError as e:
            data, readable = b"", False
            click.echo(f"cannot read {path}: {e}", err=True)
        # An empty file is bytes like any other: stored once, then unchanged. Only a file
        # that could not be read at all is tried again every time.
        if not force and readable and is_current(db, file_id(data)):
            summary.unchanged += 1
            if progress:
                progress(path, None, summary)
            continue
        todo.append(str(path))

    def handle(extraction) -> None:
        try:
            save_extraction(db, extraction)
        except sqlite3.IntegrityError as error:
            # Records that break the store's constraints (say two with one id): a bug met on
            # this file. Its transaction was rolled back; keep it as an error and go on.
            doc = extraction.document
            extraction = _failed(doc.id, doc.path, f"could not store the extracted records: {error}")
            save_extraction(db, extraction)
        if extraction.document.status == "ok":
            summary.ok += 1
            summary.pages += extraction.document.pages or 0
        else:
            summary.errors += 1
        summary.seconds = time.perf_counter() - started
        if progress:
            progress(Path(extraction.document.path), extraction, summary)

    from .parallel import extract_files

    for extraction in extract_files(_extract_file, todo, workers, executor, scheduler, on_error=_lost_in_worker):
        handle(extraction)  # in file order whatever the executor, so the same rows as --workers 1
    if summary.ok:
        from .followup import link_action_updates

        summary.links = link_action_updates(db)  # a new meeting can report on any earlier one
    summary.seconds = time.perf_counter() - started
    return summary


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--db", "db_path", default="minutes.db", show_default=True, help="SQLite database to write (created if missing)")
@click.option("--workers", type=int, default=None, help="Processes extracting in parallel [default: all cores]")
@click.option("--force", is_flag=True, help="Re-extract files even when their bytes are already stored")
@click.option("--quiet", is_flag=True, help="Print only the final summary")
@click.option("--executor", type=click.Choice(["process", "dask"]), default="process", show_default=True, help="Local process pool, or dask.distributed (needs minutes-miner[dask])")
@click.option("--scheduler", default=None, metavar="ADDRESS", help="With --executor dask: the scheduler (tcp://host:8786) [default: a local cluster of --workers processes]")
def ingest(paths: tuple[str, ...], db_path: str, workers: int | None, force: bool, quiet: bool, executor: str, scheduler: str | None) -> None:
    """Read every file under PATHS into the database.

    Files already stored with the same bytes are skipped; a changed file replaces its own
    records. Files that cannot be read are stored with status 'error' and a reason, and
    the exit code is 1 when any failed.
    """
    files = list(iter_files(paths))
    workers = workers or os.cpu_count() or 1
    show_bar = not quiet and sys.stderr.isatty()
    errors: list[str] = []

    def report(path: Path, extraction, summary: IngestSummary) -> None:
        if extraction is not None and extraction.document.status == "error":
            errors.append(f"{path}: {extraction.document.error}")
        if show_bar:
            rate = summary.pages / summary.seconds if summary.seconds else 0
            done = summary.ok + summary.errors + summary.unchanged
            click.echo(f"\r{done}/{summary.files} files  {rate:.0f} pages/s  {summary.errors} errors ", nl=False, err=True)

    from .parallel import ExecutorUnavailable, check_executor

    if scheduler and executor != "dask":
        raise click.UsageError("--scheduler needs --executor dask")
    try:
        check_executor(executor)
        summary = ingest_files(db_path, files, workers=workers, force=force, progress=report, executor=executor, scheduler=scheduler)
    except ExecutorUnavailable as error:
        raise click.ClickException(str(error)) from None
    if show_bar:
        click.echo("", err=True)
    for line in errors:
        click.echo(f"error: {line}", err=True)
    click.echo(summary.line())
    if summary.errors:
        sys.exit(1)


# --- extract ------------------------------------------------------------------------------

@cli.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--text/--no-text", default=False, help="Include the document's full text")
def extract(path: str, text: bool) -> None:
    """Print every record extracted from one file as JSON."""
    from .extraction import extract_path

    result = extract_path(path)
    out = {"document": result.document.model_dump(exclude=None if text else {"text"})}
    out["details"] = result.details
    for table, records in result.tables().items():
        out[table] = [r.model_dump() for r in records]
    click.echo(json.dumps(out, indent=2, ensure_ascii=False))
    if result.document.status == "error":
        sys.exit(1)


# --- serve --------------------------------------------------------------------------------

@cli.command()
@click.argument("db_path", type=click.Path(exists=True, dir_okay=False))
@click.option("-h", "--host", default="127.0.0.1", show_default=True)
@click.option("-p", "--port", default=8001, show_default=True, type=int)
@click.option("--open", "open_browser", is_flag=True, help="Open a browser")
def serve(db_path: str, host: str, port: int, open_browser: bool) -> None:
    """Browse a minutes database in Datasette (with minutes-miner's metadata and views)."""
    import subprocess

    cmd = [sys.executable, "-m", "datasette", "serve", db_path, "--host", host, "--port", str(port), "--setting", "truncate_cells_html", "300"]
    if open_browser:
        cmd.append("--open")
    sys.exit(subprocess.call(cmd))


# --- eval ---------------------------------------------------------------------------------

@cli.command(name="eval")
@click.argument("gold_dirs", nargs=-1, required=True, type=click.Path(exists=True, file_okay=False))
@click.option("--docs", "docs_dirs", multiple=True, type=click.Path(exists=True, file_okay=False), help="Folder holding the annotated documents (else each gold file's 'source')")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON")
@click.option("--errors", "show_errors", type=int, default=0, help="List up to N misses and spurious records")
@click.option("--min-f1", type=float, default=None, help="Exit 1 if resolutions, actions or statistics F1 is below this")
@click.option("--split", "split_file", type=click.Path(exists=True, dir_okay=False), default=None, help="A split file (TSV: file, council, part), e.g. corpus/splits/devpool.tsv")
@click.option("--part", default=None, help="With --split: score only the files of this part (test or tune)")
@click.option("--layer", type=click.Choice(["rules", "model", "both"]), default=None, help="Extract with the rules, the trained model or both [default: both, or MINUTES_MINER_LAYER]")
def eval_command(gold_dirs, docs_dirs, as_json: bool, show_errors: int, min_f1: float | None, split_file: str | None, part: str | None, layer: str | None) -> None:
    """Score extraction against gold annotations (precision, recall, F1 per record type,
    and accuracy per meeting field where the gold has a `meeting` block).

    GOLD_DIRS hold one JSON file per document in the format of ANNOTATION.md.
    """
    from .evaluate import evaluate, read_split

    if (split_file is None) != (part is None):
        raise click.UsageError("--split and --part go together")
    if layer:
        os.environ["MINUTES_MINER_LAYER"] = layer  # read by extraction (nlp/trained.py), here and in any worker
    only = None
    if split_file:
        try:
            only = read_split(Path(split_file), part)
        except ValueError as error:
            raise click.UsageError(str(error)) from None
    report = evaluate([Path(g) for g in gold_dirs], [Path(d) for d in docs_dirs], root=Path.cwd(), only=only)
    if as_json:
        click.echo(json.dumps(report.as_dict(), indent=2))
    else:
        click.echo(report.table())
    for error in report.errors[:show_errors]:
        click.echo(json.dumps(error, ensure_ascii=False))
    # A gold file whose document cannot be found would otherwise just vanish from the
    # scores (and an empty evaluation scores a perfect 1.0): say so and fail.
    missing = [e["document"] for e in report.errors if e.get("type") == "document"]
    for name in missing:
        click.echo(f"error: source document not found for gold file of {name!r} (use --docs, or run from the project root)", err=True)
    if missing:
        sys.exit(1)
    if min_f1 is not None and any(report.scores[t].f1 < min_f1 for t in ("resolutions", "actions", "statistics")):
        sys.exit(1)


# --- train --------------------------------------------------------------------------------

@cli.command()
@click.argument("gold_dirs", nargs=-1, required=True, type=click.Path(exists=True, file_okay=False))
@click.option("--docs", "docs_dirs", multiple=True, type=click.Path(exists=True, file_okay=False), help="Folder holding the annotated documents (else each gold file's 'source')")
@click.option("--out", default=None, type=click.Path(file_okay=False), help="Where to write the model [default: models/trained]")
@click.option("--split", "split_file", type=click.Path(exists=True, dir_okay=False), default=None, help="A split file (TSV: file, council, part): files it names are used only from --part")
@click.option("--part", default="tune", show_default=True, help="With --split: the part to train on (never the test part)")
@click.option("--cv-gold", type=click.Path(exists=True, file_okay=False), default=None, help="Choose the thresholds by cross-validation by council over this gold folder's files")
@click.option("--folds", type=int, default=4, show_default=True)
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--epochs", type=int, default=12, show_default=True)
def train(gold_dirs, docs_dirs, out: str | None, split_file: str | None, part: str, cv_gold: str | None, folds: int, seed: int, epochs: int) -> None:
    """Train the sentence classifier of the trained layer (DECISION / ACTION) from gold annotations.

    GOLD_DIRS hold one JSON file per document (ANNOTATION.md). The model and its thresholds
    are written to --out (models/trained, which extraction loads); the same gold and seed
    give the same model.
    """
    from . import train as training
    from .nlp.trained import trained_dir

    if part == "test":
        raise click.UsageError("the test part is never trained on")
    split = training.read_split_parts(Path(split_file)) if split_file else None
    started = time.perf_counter()
    docs = [Path(d) for d in docs_dirs]
    sentences = training.collect([Path(g) for g in gold_dirs], docs, split, part, root=Path.cwd(), log=click.echo)
    click.echo(training.summary(sentences))
    thresholds = {"DECISION": 0.5, "ACTION": 0.5}
    if cv_gold:
        names = {g["document"] for _, g in training.load_gold(Path(cv_gold)) if training.in_split(g["document"], split, part)}
        totals = training.cross_validate(sentences, Path(cv_gold), names, docs, folds=folds, seed=seed, epochs=epochs, layers=("both", "model"), log=click.echo)
        click.echo(training.cv_table(totals))
        thresholds = training.best_thresholds(totals)
        click.echo(f"thresholds chosen by {folds}-fold cross-validation by council: {thresholds}")
    target = Path(out) if out else trained_dir()
    training.save(training.train_classifier(sentences, seed, epochs), thresholds, target)
    click.echo(f"wrote {target} in {time.perf_counter() - started:.0f}s")


# --- schemas ------------------------------------------------------------------------------

@cli.command()
@click.option("--out", default="schemas", show_default=True, type=click.Path(file_okay=False))
@click.option("--check", is_flag=True, help="Exit 1 if the files differ from the models instead of writing")
def schemas(out: str, check: bool) -> None:
    """Write the JSON Schema of every record type (generated from the Pydantic models)."""
    from .records import RECORD_MODELS

    out_dir = Path(out)
    stale = []
    for table, model in RECORD_MODELS.items():
        target = out_dir / f"{table}.schema.json"
        content = json.dumps(model.model_json_schema(), indent=2, ensure_ascii=False) + "\n"
        if check:
            if not target.exists() or target.read_text(encoding="utf-8") != content:
                stale.append(str(target))
            continue
        out_dir.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    if out_dir.is_dir():
        # A schema file left behind by a model that no longer exists is out of date too:
        # --check reports it, writing removes it.
        expected = {f"{table}.schema.json" for table in RECORD_MODELS}
        leftovers = sorted(p for p in out_dir.glob("*.schema.json") if p.name not in expected)
        if check:
            stale += [str(p) for p in leftovers]
        else:
            for leftover in leftovers:
                leftover.unlink()
    if stale:
        click.echo("schemas out of date (run `minutes-miner schemas`): " + ", ".join(stale), err=True)
        sys.exit(1)
    if not check:
        click.echo(f"wrote {len(RECORD_MODELS)} schemas to {out_dir}/ (extractor {EXTRACTOR_VERSION})")
