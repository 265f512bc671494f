"""No import goes against the flow read -> structure -> nlp -> extract -> store -> serve.

Every module of the package is given its stage; a module may import from its own stage,
from an earlier one and from the shared base (models, declarations, resources, text
helpers), never from a later stage. Imports are read by parsing the source (ast), so lazy
imports inside functions count too. A new module must be placed in a stage here.
"""

from __future__ import annotations

import ast
from pathlib import Path

from helpers import ROOT

PACKAGE = ROOT / "src" / "minutes_miner"
STAGES = ["base", "read", "structure", "nlp", "extract", "store", "serve", "around"]
# Packages whose modules all belong to one stage.
PACKAGE_STAGES = {"readers": "read", "nlp": "nlp", "extract": "extract", "datasette_plugin": "serve"}
MODULE_STAGES = {
    # shared by every stage: the records and their declarations, models/ and its vocabularies, text helpers
    "__init__": "base", "records": "base", "tables": "base", "resources": "base", "models": "base",
    "vocabulary": "base", "text_utils": "base", "sentences": "base",
    "numbers": "base",  # number words and digits read: statistics and worded meeting dates both parse them
    "disposition_labels": "base",  # the label vocabulary the PDF reader and the extractor both ask about
    "lifeline": "base",  # a worker process that dies with its parent: ingest's and serve's workers
    "structure": "structure", "meeting": "structure", "meeting_council": "structure", "meeting_body": "structure",
    "dates": "structure", "worded_dates": "structure", "doc_type": "structure", "attendance": "structure", "minutes_book": "structure", "countries": "structure",
    "page_chrome": "structure",
    "page_break": "structure",  # the running header of an excerpt without its front page, read as its title  # a web page's menus and breadcrumbs, dropped before the title block is read
    "extraction": "extract", "checks": "extract", "spill": "extract",
    "store": "store", "meetings": "store", "fingerprint": "store", "views": "store", "followup": "store",
    "followup_index": "store", "ingest": "store", "supervise": "store", "parallel": "store", "council_names": "store", "meeting_parts": "store",
    "fastload": "base",  # start-up savings every stage reads through: the regex compile cache and derived values kept on disk
    "warm_up": "extract",  # the finders' rules built once before ingest's workers fork
    # around the flow: the command line, scoring and training use every stage
    "cli": "around", "__main__": "around", "evaluate": "around", "train": "around", "schemas": "around",
    # `serve --workers`: the server's processes (it starts the plugin's Datasette)
    "serve_workers": "serve",
}  # fmt: skip


def stage_of(module: str) -> str | None:
    """The stage of a dotted module name inside the package (minutes_miner.x.y)."""
    parts = module.split(".")[1:] or ["__init__"]
    if parts[0] in PACKAGE_STAGES:
        return PACKAGE_STAGES[parts[0]]
    return MODULE_STAGES.get(parts[0])


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path, module: str | None = None) -> list[tuple[str, int]]:
    """(module, line) of every import of the package's own modules in a source file
    (read as the module `module`, by default the one its path names)."""
    module = module or module_name(path)
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names if alias.name.startswith("minutes_miner")]
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1] if node.level else []
            target = ".".join(base + ([node.module] if node.module else []))
            if not target.startswith("minutes_miner"):
                continue
            for alias in node.names:  # "from . import tables": a module; "from . import EXTRACTOR_VERSION": a name
                sub = f"{target}.{alias.name}"
                is_module = (PACKAGE.parent / sub.replace(".", "/")).with_suffix(".py").exists() or (PACKAGE.parent / sub.replace(".", "/")).is_dir()
                found.append((sub if is_module else target, node.lineno))
    return found


def test_every_module_has_a_stage():
    unplaced = [module_name(p) for p in PACKAGE.rglob("*.py") if stage_of(module_name(p)) is None]
    assert not unplaced, f"place these modules in a stage in tests/test_layers.py: {unplaced}"


def imports_against_the_flow(path: Path, module: str | None = None) -> list[str]:
    importer = module or module_name(path)
    return [
        f"{importer} ({stage_of(importer)}) imports {imported} ({stage_of(imported)}), line {line}"
        for imported, line in imported_modules(path, module)
        if STAGES.index(stage_of(imported)) > STAGES.index(stage_of(importer))
    ]


def test_no_import_goes_against_the_flow():
    against = [found for path in sorted(PACKAGE.rglob("*.py")) for found in imports_against_the_flow(path)]
    assert not against, "imports against read -> structure -> nlp -> extract -> store -> serve:\n" + "\n".join(against)


def test_the_check_sees_a_lazy_import_against_the_flow(tmp_path):
    """A reader that imports the store inside a function, or the nlp stage importing a finder, is caught."""
    reader = tmp_path / "fake.py"
    reader.write_text("from .base import Document\n\n\ndef read(path):\n    from ..store import open_db\n    return open_db(path)\n")
    assert imports_against_the_flow(reader, "minutes_miner.readers.fake") == ["minutes_miner.readers.fake (read) imports minutes_miner.store (store), line 5"]
    component = tmp_path / "component.py"
    component.write_text("from .. import tables\nfrom ..extract import blocks\n")
    assert imports_against_the_flow(component, "minutes_miner.nlp.component") == [
        "minutes_miner.nlp.component (nlp) imports minutes_miner.extract.blocks (extract), line 2"
    ]
