"""Check the sample corpus: gold files are well formed and quote their documents.

    .venv/bin/python corpus/check_samples.py

For every corpus/gold/samples/*.json: the JSON loads; it has the ANNOTATION.md keys; its
"document" names the file and "source" (relative to the project root) exists; units are
percent/count/other or a currency code; and every record `text` is found in the document's text (after
normalising quotes, dashes and white space). A quote that is not found verbatim is
reported with the share of its words that the document contains, so that texts which
cross table cells in a PDF can be told apart from typing mistakes. Exit 1 on any error.

Also checks that corpus/build_samples.py output is up to date (--check) and that every
sample has a gold file. Uses its own small text extraction, not the project's readers,
so that the corpus can be checked before (and independently of) the readers.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
GOLD = HERE / "gold" / "samples"
SAMPLES = HERE / "samples"
UNITS = {"percent", "GBP", "EUR", "USD", "CAD", "AUD", "NZD", "count", "other"}
KEYS = {"resolutions", "agreed_comments", "actions", "statistics"}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in ("p", "li", "br", "tr", "h1", "h2", "h3", "h4", "div"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def document_text(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if suffix == ".html":
        parser = _Text()
        parser.feed(path.read_text(encoding="utf-8"))
        return "".join(parser.parts)
    if suffix == ".pdf":
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(str(path))
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    if suffix == ".docx":
        import docx

        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for table in d.tables:
            for row in table.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    raise ValueError(f"unsupported sample {path}")


_FIX = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
        "\u00a0": " ", "\ufffe": "", "\u00ad": ""}


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    for a, b in _FIX.items():
        text = text.replace(a, b)
    text = text.replace('"', "")
    return re.sub(r"\s+", " ", text).strip().lower()


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9£%.,/-]+", norm(text))


def check_file(gold_path: Path) -> tuple[list[str], list[str], dict[str, int]]:
    errors: list[str] = []
    notes: list[str] = []
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        return [f"{gold_path.name}: invalid JSON: {e}"], notes, {}
    name = gold_path.name[: -len(".json")]
    if gold.get("document") != name:
        errors.append(f"{gold_path.name}: document is {gold.get('document')!r}, expected {name!r}")
    source = ROOT / gold.get("source", "")
    if not gold.get("source") or not source.is_file():
        errors.append(f"{gold_path.name}: source {gold.get('source')!r} does not exist")
        return errors, notes, {}
    if source.name != name:
        errors.append(f"{gold_path.name}: source file name differs from document")
    missing = KEYS - gold.keys()
    if missing:
        errors.append(f"{gold_path.name}: missing keys {sorted(missing)}")
    text = norm(document_text(source))
    doc_words = set(words(text))
    counts = {k: len(gold.get(k, [])) for k in sorted(KEYS)}
    for key in sorted(KEYS):
        for i, rec in enumerate(gold.get(key, [])):
            where = f"{gold_path.name}: {key}[{i}]"
            if not isinstance(rec.get("text"), str) or not rec["text"].strip():
                errors.append(f"{where}: no text")
                continue
            if "optional" in rec and not isinstance(rec["optional"], bool):
                errors.append(f"{where}: optional must be true/false")
            if key == "actions":
                for field in ("owner", "due"):
                    if field not in rec:
                        errors.append(f"{where}: missing {field}")
                if not rec.get("owner"):
                    errors.append(f"{where}: empty owner")
                if rec.get("owner") and norm(rec["owner"]) not in text:
                    notes.append(f"{where}: owner {rec['owner']!r} not found verbatim")
                if rec.get("due") and norm(rec["due"]) not in text:
                    errors.append(f"{where}: due {rec['due']!r} not found in document")
            if key == "agreed_comments" and not rec.get("recipient"):
                errors.append(f"{where}: no recipient")
            if key == "statistics":
                if rec.get("unit") not in UNITS:
                    errors.append(f"{where}: unit {rec.get('unit')!r} not in {sorted(UNITS)}")
                if not isinstance(rec.get("value"), (int, float)) or isinstance(rec.get("value"), bool):
                    errors.append(f"{where}: value must be a number")
            quote = norm(rec["text"])
            if quote not in text:
                w = words(rec["text"])
                share = sum(1 for x in w if x in doc_words) / max(1, len(w))
                message = f"{where}: text not verbatim in document ({share:.0%} of words found): {rec['text'][:70]!r}"
                (notes if share == 1.0 else errors).append(message)
    return errors, notes, counts


def check_pdf_text() -> list[str]:
    """Every paragraph of every PDF source must read back from the PDF (pypdfium2)."""
    sys.path.insert(0, str(HERE))
    sys.dont_write_bytecode = True
    import build_samples as bs

    errors: list[str] = []
    for src_path in sorted((SAMPLES / "src").glob("*.txt")):
        src = bs.parse(src_path)
        if src.meta["format"] != "pdf":
            continue
        pdf_path = SAMPLES / "pdf" / src.meta["output"]
        header = bs.latin1(src.meta.get("header", src.meta["council"]))
        lines = [ln for ln in document_text(pdf_path).splitlines()
                 if ln.strip() != header and not re.fullmatch(r"\s*Page \d+ of \d+\s*", ln)]
        text = norm("\n".join(lines))
        found = missing = 0
        for block in src.blocks:
            if block.kind == "table":
                cells = [c for row in block.rows for cell in row for c in cell.split("<br>")]
                pieces = [w for c in cells for w in words(bs.plain(c))]
                ok = all(w in text for w in pieces)
                found, missing = found + ok, missing + (not ok)
                if not ok:
                    errors.append(f"{pdf_path.name}: table words missing from PDF text")
                continue
            if not block.text:
                continue
            para = norm(bs.latin1(bs.plain(block.text)))
            if para in text:
                found += 1
            else:
                missing += 1
                errors.append(f"{pdf_path.name}: paragraph not read back: {para[:70]!r}")
        print(f"pdf text check {pdf_path.name}: {found} blocks read back, {missing} missing")
    return errors


def main() -> int:
    errors: list[str] = []
    notes: list[str] = []
    errors += check_pdf_text()
    gold_files = sorted(GOLD.glob("*.json"))
    samples = [p for fmt in ("txt", "md", "docx", "pdf", "html") for p in sorted((SAMPLES / fmt).glob("*.*"))]
    gold_names = {p.name[: -len(".json")] for p in gold_files}
    for sample in samples:
        if sample.name not in gold_names:
            errors.append(f"no gold file for samples/{sample.parent.name}/{sample.name}")
    print(f"{'gold file':58} res  com  act  stat")
    for gold_path in gold_files:
        e, n, counts = check_file(gold_path)
        errors += e
        notes += n
        if counts:
            print(f"{gold_path.name:58} {counts['resolutions']:3}  {counts['agreed_comments']:3}  "
                  f"{counts['actions']:3}  {counts['statistics']:4}")
    build = subprocess.run([sys.executable, str(HERE / "build_samples.py"), "--check"], capture_output=True, text=True)
    print(build.stdout.strip())
    if build.returncode:
        errors.append("generated samples are stale: run corpus/build_samples.py")
    for n in notes:
        print("note:", n)
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
