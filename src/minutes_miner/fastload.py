"""Start-up cost of a command: regexes compiled once per machine, spaCy without its CLI.

Every `minutes-miner` command pays for what it loads before the first page (issue 12: the
fixed cost should stay under one CPU second). Two costs there are pure waste:

- **Compiling regexes.** The project's rules, spaCy's tokenizer and the libraries compile
  about 700 patterns at start-up, and Python's `re` compiler is written in Python: about
  0.4 CPU s of every command. The result of compiling a pattern (its opcode list) depends
  only on the pattern, the flags and the Python version, so it is kept in a small cache file
  (`~/.cache/minutes-miner/`, or `$MINUTES_MINER_CACHE`) and handed straight to the C regex
  engine next time. A pattern made from the cache compares equal to one compiled afresh
  (`Pattern.__eq__` compares the opcodes); any doubt (another Python, a damaged file, an
  unknown pattern) falls back to the ordinary compiler. `MINUTES_MINER_REGEX_CACHE=0` turns
  it off.
- **spaCy's command-line interface.** `import spacy` imports `spacy.cli` (for `spacy.info`),
  and with it typer, weasel, requests and httpx: about 0.3 CPU s for code no minutes-miner
  command runs. `spacy.cli` is left as a placeholder that imports the real package the first
  time anything asks for one of its names.

`install()` is called by the command line before anything imports spaCy; the library itself
does not patch anything when imported.
"""

from __future__ import annotations

import atexit
import gc
import importlib
import importlib.util
import marshal
import os
import sys
import types
from pathlib import Path

# At most this many patterns are kept, and none longer than MAX_PATTERN: the cache is for the
# fixed rule set, not for patterns built from a document's words.
MAX_ENTRIES = 4000
MAX_PATTERN = 200_000
_state: dict = {"installed": False, "learning": True}


def stop_learning() -> None:
    """Add no more patterns to the cache: from here on patterns may be built from a document's words.

    The cache is for the fixed rule set (compiled at import and by ingest's warm-up); a
    pattern made of a councillor's name must never be written to disk.
    """
    _state["learning"] = False


def fresh_compile(pattern: str | bytes, flags: int = 0):
    """A pattern compiled by re's own compiler, never from the cache (for checks)."""
    from re import _compiler

    compile_ = getattr(_compiler.compile, "_original", _compiler.compile)
    return compile_(pattern, flags)


def install() -> None:
    """Install both start-up savings (once per process; harmless when spaCy is already imported)."""
    if _state["installed"]:
        return
    _state["installed"] = True
    if os.environ.get("MINUTES_MINER_REGEX_CACHE", "1") != "0":
        _install_regex_cache()
    if "spacy" not in sys.modules:
        _defer_spacy_cli()


# --- the cyclic garbage collector during start-up -------------------------------------------


def pause_gc() -> None:
    """Switch the cyclic garbage collector off until `resume_gc` (the command line, before its imports).

    Importing spaCy, thinc, numpy and pydantic and building the pipeline allocate hundreds of
    thousands of objects that live as long as the process, and the collector walked them again
    and again while they were made: about 0.1 CPU s of every command, for no garbage found
    (almost nothing made at start-up is a cycle to free). What the program does is unchanged:
    the collector only frees unreachable cycles, and it is back on before the first document.
    """
    if gc.isenabled():
        gc.disable()
        _state["gc_paused"] = True


def resume_gc() -> None:
    """The collector on again, with everything made so far frozen (`gc.freeze`): the start-up's
    objects are never walked again, and a worker forked from here does not touch (copy) their
    pages to look at them. Does nothing unless `pause_gc` switched it off."""
    if _state.pop("gc_paused", False):
        gc.freeze()
        gc.enable()


# --- compiled regexes, cached on disk ---------------------------------------------------------


def regex_cache_path() -> Path | None:
    """The cache file for this Python (its opcodes are version-specific) and this rule set, or None off CPython.

    The rule set's version (the extractor version, a hash of the code and models/) is in the name:
    whether the file holds the rule set's patterns (`regex_cache_is_warm`) is a question about one
    rule set, and two checkouts or releases on one machine each keep theirs instead of writing
    over each other's (each command then found the other's patterns and compiled its own again).
    """
    if sys.implementation.name != "cpython":
        return None
    from re import _constants

    from . import EXTRACTOR_VERSION

    base = os.environ.get("MINUTES_MINER_CACHE") or os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "minutes-miner")
    rules = EXTRACTOR_VERSION.rpartition("+")[2] or EXTRACTOR_VERSION
    return Path(base) / f"regex-{sys.implementation.cache_tag}-{sys.version_info.micro}-{_constants.MAGIC}-{rules}.marshal"


# The key under which a cache file records that a warm-up extraction taught it the rule set
# (a pattern is never the empty string with flags -1). Only such a file is "warm".
_LEARNED_KEY = ("", -1)
# Cache files of other rule sets kept beside this one's (the most recently written first).
OTHER_RULE_SETS_KEPT = 3


def _install_regex_cache() -> None:
    import re
    from re import _compiler

    path = regex_cache_path()
    if path is None or not hasattr(_compiler, "compile") or getattr(_compiler.compile, "_minutes_miner", False):
        return
    known = _load(path)
    _state["rule_set_learned"] = known.pop(_LEARNED_KEY, None) is True
    _state["cached_patterns"] = len(known)
    added: dict = {}
    used: set = set()
    original = _compiler.compile

    def compile_cached(p, flags=0):
        """re's internal compile, with the opcodes of a known pattern read from the cache."""
        if not isinstance(p, (str, bytes)) or flags & re.DEBUG or len(p) > MAX_PATTERN:
            return original(p, flags)
        key = (p, int(flags))
        entry = known.get(key) or added.get(key)
        if entry is not None:
            try:
                pattern = _from_entry(p, entry)
                used.add(key)
                return pattern
            except Exception:  # noqa: BLE001 - a damaged entry: compile it as usual
                known.pop(key, None)
        entry = _entry(p, int(flags))
        if _state["learning"] and len(added) < MAX_ENTRIES:
            added[key] = entry
        return _from_entry(p, entry)

    compile_cached._minutes_miner = True  # type: ignore[attr-defined]
    compile_cached._original = original  # type: ignore[attr-defined]
    _compiler.compile = compile_cached
    pid = os.getpid()
    # Saved only by the process that installed it (forked workers leave with os._exit) and only
    # when it compiled something new. A process that learned the rule set (the warm-up extraction)
    # keeps what it used, then what it added, up to MAX_ENTRIES; any other keeps every entry it
    # found and adds its own: one that never ran the finders (`eval`'s imports, a single-worker
    # ingest whose extraction is in its worker) used none of their patterns, and dropping them
    # left a file that looked warm and made every later command compile them afresh.
    atexit.register(lambda: _save_at_exit(path, known, used, added) if os.getpid() == pid and added else None)


def _save_at_exit(path: Path, known: dict, used: set, added: dict) -> None:
    if _state.get("rule_set_learned_here"):
        kept = {_LEARNED_KEY: True, **{k: known[k] for k in used if k in known}}
    else:
        kept = {**({_LEARNED_KEY: True} if _state.get("rule_set_learned") else {}), **known}
    _save(path, kept, added)
    _forget_other_rule_sets(path)


def learned_rule_set() -> None:
    """Record that this process has compiled the rule set (ingest's warm-up extraction, while learning):
    the cache it writes is then warm for this rule set."""
    if _state["learning"]:
        _state["rule_set_learned_here"] = True


def _forget_other_rule_sets(path: Path) -> None:
    """Delete the cache files of other rule sets but the OTHER_RULE_SETS_KEPT most recently written."""
    try:
        stem = path.name[: path.name.rindex("-") + 1]
        others = sorted((p for p in path.parent.glob(f"{stem}*.marshal") if p != path), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in others[OTHER_RULE_SETS_KEPT:]:
            old.unlink(missing_ok=True)
        (path.parent / f"{stem[:-1]}.marshal").unlink(missing_ok=True)  # the one file of releases before the rule set was in the name
    except (OSError, ValueError):
        pass


def _entry(pattern: str | bytes, flags: int) -> tuple:
    """What `re._compiler.compile` hands to `_sre.compile`, worked out by the same steps."""
    from re import _compiler, _parser

    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # opcodes are int subclasses marshal refuses
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))


def _from_entry(pattern: str | bytes, entry: tuple):
    import _sre

    flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)


def _load(path: Path) -> dict:
    """The cache, if it is the user's own and nobody else could have written it (else start afresh)."""
    try:
        info = path.stat()
        if info.st_uid != os.getuid() or info.st_mode & 0o022:
            return {}
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return data if isinstance(data, dict) else {}


def _save(path: Path, used: dict, added: dict) -> None:
    """Write the cache whole (a temporary file renamed over it), or not at all.

    Patterns this run neither used nor added are dropped, so patterns made from one
    document's words do not pile up; the rule set every run compiles stays.
    """
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        merged = dict(list({**used, **added}.items())[:MAX_ENTRIES])
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # the user's own cache: nobody else reads or writes it
        with os.fdopen(fd, "wb") as out:
            out.write(marshal.dumps(merged))
        os.replace(tmp, path)
    except Exception:  # noqa: BLE001 - at exit, a read-only home, a full disk ...: the next command compiles again
        pass
    finally:
        tmp.unlink(missing_ok=True)


# --- values worked out from the fixed rule set, kept on disk --------------------------------------

_memos: dict[str, dict] = {}


def memo(name: str, salt: str) -> dict:
    """A dict of values derived from the rules, kept between commands (empty if the cache is off or another `salt`).

    For work done on every start-up that depends only on its key and on the code that does it
    (e.g. the literal strings a marker pattern needs, nlp/regex_literals.py): the caller's `salt`
    names that code (a hash of its source and the Python version), so a changed reader never
    takes an old value. Only the process that installed the cache writes the file, at exit,
    and only while it is learning (the fixed rule set, before any document) and has added an
    entry; the dict is returned all the same when nothing is installed, as a per-process memo.
    """
    if name in _memos:
        return _memos[name]
    path = regex_cache_path()
    values: dict = {}
    if _state["installed"] and path is not None and os.environ.get("MINUTES_MINER_REGEX_CACHE", "1") != "0":
        path = path.with_name(f"memo-{name}-{sys.implementation.cache_tag}.marshal")
        stored = _load(path)
        if stored.get("salt") == salt and isinstance(stored.get("values"), dict):
            values = stored["values"]
        known = len(values)
        pid = os.getpid()
        atexit.register(lambda: _save_memo(path, salt, values) if os.getpid() == pid and len(values) > known else None)
    _memos[name] = values
    return values


def regex_cache_is_warm() -> bool:
    """Whether the regex compile cache came with the rule set's patterns (an earlier command learned them).

    A command that forks a single worker then skips its warm-up extraction (ingest._warm_up): the
    worker reads the patterns its file needs from the cache. With a cold cache it warms up as
    before, so that the cache learns the rule set.
    """
    return _state.get("rule_set_learned", False) and _state.get("cached_patterns", 0) >= WARM_CACHE_PATTERNS


# The rule set compiles about a thousand patterns; a cache with fewer than this has not learned it.
WARM_CACHE_PATTERNS = 500


def learning() -> bool:
    """Whether what is compiled or derived now may be kept on disk (the rule set, before any document's words)."""
    return _state["learning"]


def _save_memo(path: Path, salt: str, values: dict) -> None:
    if len(values) <= MAX_ENTRIES:
        _save(path, {"salt": salt, "values": values}, {})


# --- spaCy without spacy.cli --------------------------------------------------------------------


class _DeferredSpacyCli:
    """A meta path finder and loader that stands in for `spacy.cli` until a name of it is used.

    Placeholders are made through the import system (not put in sys.modules by hand), so
    `spacy.cli` is set on the package as a real import would; the first attribute asked of
    them imports the real package and everything is handed over to it.
    """

    NAMES = ("spacy.cli", "spacy.cli.info")

    def __init__(self, cli_dir: str) -> None:
        self.cli_dir = cli_dir
        self.active = True

    def find_spec(self, name, path=None, target=None):
        if not self.active or name not in self.NAMES:
            return None
        spec = importlib.util.spec_from_loader(name, self, is_package=name == "spacy.cli")
        if spec is not None and name == "spacy.cli":
            spec.submodule_search_locations = [self.cli_dir]
        return spec

    def create_module(self, spec):
        return None  # the default module object

    def exec_module(self, module: types.ModuleType) -> None:
        module.__getattr__ = lambda attr: self._deferred(module.__name__, attr)  # PEP 562: names not set here
        if module.__name__ == "spacy.cli.info":
            module.info = lambda *args, **kwargs: self.real("spacy.cli").info(*args, **kwargs)

    def _deferred(self, module: str, attr: str):
        if attr.startswith("__"):  # the import system asks for __file__, __cached__ ...: not a use
            raise AttributeError(attr)
        return getattr(self.real(module), attr)

    def real(self, name: str) -> types.ModuleType:
        """Import the real spacy.cli (once) and put it where the placeholders were."""
        if self.active:
            self.active = False
            for placeholder in self.NAMES:
                sys.modules.pop(placeholder, None)
            cli = importlib.import_module("spacy.cli")
            spacy = sys.modules["spacy"]
            spacy.cli = cli
            spacy.info = cli.info
        return importlib.import_module(name)


def _defer_spacy_cli() -> None:
    """Make `spacy.cli` (and `spacy.cli.info`, which `spacy/__init__` imports) load on first use."""
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        return
    sys.meta_path.insert(0, _DeferredSpacyCli(os.path.join(list(spec.submodule_search_locations)[0], "cli")))
