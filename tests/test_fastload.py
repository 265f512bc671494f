"""Start-up savings (fastload.py, nlp/doc_text.py) must not change what anything computes."""

from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys

import pytest

from minutes_miner.fastload import _entry, _from_entry, fresh_compile
from minutes_miner.warm_up import WARM_UP_MINUTES, warm_up_extraction
from minutes_miner.nlp.doc_text import doc_text
from minutes_miner.nlp.pipeline import get_pipeline

# Patterns in the styles the rules use: named groups, lookbehinds, flags, classes, bytes.
PATTERNS = [
    (r"(?<![\w-])(?P<marker>(?:unanimously |duly )?RESOLVED(?: unanimously)?)(?=[ :,-])", re.M),
    (r"^\s*(?:[0-9]{1,3}[.)]|\([a-z]\))\s+(?P<label>[A-Z][^\n]{0,200})$", re.M),
    (r"(?i)\bCllrs?\.?\s+(?P<name>[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+){0,2})", 0),
    (r"£\s?(?P<amount>\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?)\s*(?P<unit>k|m|bn)?\b", re.I),
    (r"[^\W\d_]{2,}(?:['’][a-z]+)?", 0),
    (r"(?x) (?P<year> \d{4} ) / (?P<next> \d{2} )  # a financial year", 0),
    (rb"%PDF-(\d)\.(\d)", 0),
]


@pytest.mark.parametrize("pattern,flags", PATTERNS)
def test_a_pattern_from_the_cache_is_the_pattern_re_compiles(pattern, flags):
    """Pattern equality compares flags, groups and the opcodes: the cache stores exactly what re would build."""
    entry = marshal.loads(marshal.dumps(_entry(pattern, int(flags))))  # through the file format too
    cached, fresh = _from_entry(pattern, entry), fresh_compile(pattern, int(flags))
    assert cached == fresh
    assert cached.groupindex == fresh.groupindex and cached.groups == fresh.groups and cached.flags == fresh.flags


def test_the_marker_patterns_match_the_same_text_from_the_cache():
    """Every decision-marker regex of the pipeline, rebuilt from a cache entry, equals the one re compiles and finds the same markers."""
    markers = get_pipeline().get_pipe("minutes_markers").patterns
    text = "RESOLVED that the minutes be approved.\nIt was AGREED that the Clerk writes.\nThe motion was CARRIED.\nDecision: noted."
    for _id, _kind, regex in markers:
        cached = _from_entry(regex.pattern, _entry(regex.pattern, regex.flags))
        assert cached == fresh_compile(regex.pattern, regex.flags)
        assert [m.span() for m in cached.finditer(text)] == [m.span() for m in regex.finditer(text)]


_CHILD = """
import json, re, sys
from minutes_miner import fastload
fastload.install()
import spacy
patterns = [re.compile(r"(?P<who>Cllr|Councillor)\\s+(?P<name>[A-Z][a-z]+)", re.M), re.compile(r"£\\d{1,3}(?:,\\d{3})*")]
print(json.dumps({
    "cli_loaded": [m for m in ("spacy.cli.download", "weasel", "typer", "requests") if m in sys.modules],
    "blank": [t.text for t in spacy.blank("en")("Cllr Smith's £12,500.")],
    "match": patterns[0].search("said Councillor Evans").groupdict(),
}))
"""


def _run_child(cache_dir, code: str = _CHILD) -> dict:
    env = {**os.environ, "MINUTES_MINER_CACHE": str(cache_dir)}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_second_command_reads_the_cache_and_gets_the_same_results(tmp_path):
    """The first process writes the cache, the second reads it; spaCy tokenizes and patterns match alike in both."""
    first = _run_child(tmp_path)
    written = list(tmp_path.glob("regex-*.marshal"))
    assert len(written) == 1
    entries = marshal.loads(written[0].read_bytes())
    assert (r"(?P<who>Cllr|Councillor)\s+(?P<name>[A-Z][a-z]+)", re.M) in entries
    second = _run_child(tmp_path)
    assert first == second
    assert first["blank"] == ["Cllr", "Smith", "'s", "£", "12,500", "."]
    assert first["match"] == {"who": "Councillor", "name": "Evans"}


def test_a_damaged_cache_file_is_ignored(tmp_path):
    (tmp_path / "regex-x.marshal").write_bytes(b"not marshal")
    for name in [p.name for p in _cache_names(tmp_path)]:
        (tmp_path / name).write_bytes(b"\x00garbage")
    assert _run_child(tmp_path)["match"] == {"who": "Councillor", "name": "Evans"}


def _cache_names(tmp_path):
    code = "from minutes_miner.fastload import regex_cache_path; print(regex_cache_path().name)"
    env = {**os.environ, "MINUTES_MINER_CACHE": str(tmp_path)}
    name = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout.strip()
    return [tmp_path / name]


def test_spacy_cli_is_imported_only_when_used(tmp_path):
    """`import spacy` no longer loads its CLI (typer, weasel, requests); asking for a CLI name still works."""
    assert _run_child(tmp_path)["cli_loaded"] == []
    code = (
        "import sys, json\nfrom minutes_miner import fastload\nfastload.install()\nimport spacy\nimport spacy.cli\n"
        "from spacy.cli import download\n"
        "print(json.dumps({'download': callable(download), 'info': spacy.info()['spacy_version'] == spacy.__version__,"
        " 'real': 'weasel' in sys.modules and spacy.cli.__file__.endswith('__init__.py')}))"
    )
    assert _run_child(tmp_path, code) == {"download": True, "info": True, "real": True}


def test_doc_text_is_the_docs_text_and_not_a_copys():
    nlp = get_pipeline()
    doc = nlp("RESOLVED that the Clerk writes to the Highways Department.\nCllr Jones to obtain quotes.")
    assert doc_text(doc) == doc.text
    assert doc_text(doc) is doc_text(doc)  # joined once
    part = doc[5:9].as_doc(copy_user_data=True)  # user_data copied to another Doc: not its text
    assert doc_text(part) == part.text == "to the Highways Department"


def test_the_warm_up_text_runs_every_finder():
    """The warm-up sample reaches the resolution, action and statistics finders, so their lazily built rules exist before fork."""
    from minutes_miner.extraction import extract_path

    result = extract_path("warm-up.txt", WARM_UP_MINUTES.encode())
    assert result.document.doc_type == "minutes"
    assert result.resolutions and result.actions and result.statistics and result.people
    warm_up_extraction()  # and it keeps nothing: no error, no state to check


_CHILD_WITH_A_NAME = """
import json, re
from minutes_miner import fastload
fastload.install()
re.compile(r"\\bstart-up rule\\b")
fastload.stop_learning()  # as after ingest's warm-up: what follows may be built from a document
re.compile(r"\\b(?:Cllr\\ Q\\ Xylophant)\\b")
print(json.dumps({}))
"""


def test_patterns_built_after_start_up_never_reach_the_cache_file(tmp_path):
    """A pattern made of a councillor's name stays in memory; the cache file is the user's own (0600)."""
    _run_child(tmp_path, _CHILD_WITH_A_NAME)
    [written] = tmp_path.glob("regex-*.marshal")
    entries = marshal.loads(written.read_bytes())
    assert (r"\bstart-up rule\b", 0) in entries
    assert not [p for p, _ in entries if "Xylophant" in str(p)]
    assert written.stat().st_mode & 0o077 == 0
    assert not list(tmp_path.glob("*.tmp"))


def test_a_cache_file_others_could_write_is_not_read(tmp_path):
    _run_child(tmp_path)
    [written] = tmp_path.glob("regex-*.marshal")
    written.chmod(0o666)
    from minutes_miner.fastload import _load

    assert _load(written) == {}


_CHILD_LITERALS = """
import json
from minutes_miner import fastload
fastload.install()
from minutes_miner.nlp import regex_literals
from minutes_miner.nlp.pipeline import MarkerFinder
from minutes_miner.resources import models_dir
finder = MarkerFinder(models_dir())
fresh = [regex_literals._required_literals(regex.pattern, regex.flags) for _, _, regex in finder.patterns]
print(json.dumps({"same": finder.literals == fresh, "from_memo": len(regex_literals._memo())}))
"""


def test_the_marker_literals_kept_on_disk_are_the_ones_worked_out_afresh(tmp_path):
    """The first command works the literal sets out and keeps them; the next reads them, equal to fresh ones."""
    first = _run_child(tmp_path, _CHILD_LITERALS)
    [written] = tmp_path.glob("memo-regex-literals-*.marshal")
    stored = marshal.loads(written.read_bytes())
    assert first["same"] and first["from_memo"] == len(stored["values"]) > 40
    assert written.stat().st_mode & 0o077 == 0
    second = _run_child(tmp_path, _CHILD_LITERALS)
    assert second == first
    # a memo written by another version of the reader (another salt) is not used
    stored["values"] = {key: frozenset({"never in any text"}) for key in stored["values"]}
    stored["salt"] = "another reader"
    written.write_bytes(marshal.dumps(stored))
    assert _run_child(tmp_path, _CHILD_LITERALS)["same"]


_CHILD_TEACH = """
import json, re, sys
from minutes_miner import fastload
fastload.install()
for i in range(int(sys.argv[1])):
    re.compile(sys.argv[2] + str(i))
if sys.argv[3] == "warm-up":
    fastload.learned_rule_set()  # what a warm-up extraction does once it has run the finders
print(json.dumps({"warm": fastload.regex_cache_is_warm()}))
"""


def _teach(cache_dir, count: int, prefix: str, warm_up: bool) -> dict:
    env = {**os.environ, "MINUTES_MINER_CACHE": str(cache_dir)}
    args = [sys.executable, "-c", _CHILD_TEACH, str(count), prefix, "warm-up" if warm_up else "imports only"]
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _entries(cache_dir) -> dict:
    [written] = cache_dir.glob("regex-*.marshal")
    return marshal.loads(written.read_bytes())


def test_a_command_that_never_ran_the_finders_keeps_the_patterns_a_warm_up_taught(tmp_path):
    """`eval` or a one-worker ingest compiles a few patterns of its own at import and none of the finders':
    what it writes keeps the warm-up's patterns (it used to keep only its own, and the next commands
    compiled the finders' patterns afresh, every time, from a file that still looked warm)."""
    _teach(tmp_path, 600, r"\bfinder rule ", warm_up=True)
    assert _teach(tmp_path, 0, "", warm_up=False)["warm"] is True
    _teach(tmp_path, 3, r"\bimport-time rule ", warm_up=False)
    entries = _entries(tmp_path)
    assert (r"\bfinder rule 599", 0) in entries and (r"\bimport-time rule 2", 0) in entries
    assert _teach(tmp_path, 0, "", warm_up=False)["warm"] is True


def test_a_cache_is_warm_only_once_a_warm_up_taught_it(tmp_path):
    """Many patterns from imports alone (about 500 here) are not the rule set: the next ingest still warms up and teaches it."""
    _teach(tmp_path, 600, r"\bimport-time rule ", warm_up=False)
    assert _teach(tmp_path, 0, "", warm_up=False)["warm"] is False
    _teach(tmp_path, 600, r"\bfinder rule ", warm_up=True)
    assert _teach(tmp_path, 0, "", warm_up=False)["warm"] is True


def test_each_rule_set_keeps_a_cache_file_of_its_own(tmp_path, monkeypatch):
    """The file's name holds the extractor version's hash (the code and models/): another checkout or release writes its own."""
    import minutes_miner
    from minutes_miner import fastload

    monkeypatch.setenv("MINUTES_MINER_CACHE", str(tmp_path))
    monkeypatch.setattr(minutes_miner, "EXTRACTOR_VERSION", "0.1.0+aaaaaaaaaaaa")
    first = fastload.regex_cache_path()
    monkeypatch.setattr(minutes_miner, "EXTRACTOR_VERSION", "0.1.0+bbbbbbbbbbbb")
    assert first != fastload.regex_cache_path() and first.name.endswith("-aaaaaaaaaaaa.marshal")


def test_the_files_of_other_rule_sets_are_not_kept_for_ever(tmp_path):
    from minutes_miner import fastload

    current = tmp_path / "regex-cpython-311-7-20220615-cccccccccccc.marshal"
    others = [tmp_path / f"regex-cpython-311-7-20220615-{c * 12}.marshal" for c in "defgh"]
    for age, other in enumerate(others):
        other.write_bytes(b"")
        os.utime(other, (1_000_000 - age, 1_000_000 - age))  # 'd' the most recent
    (tmp_path / "regex-cpython-311-7-20220615.marshal").write_bytes(b"")  # before the rule set was in the name
    fastload._forget_other_rule_sets(current)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in others[: fastload.OTHER_RULE_SETS_KEPT])
