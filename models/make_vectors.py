"""Writes models/vectors/ (words.txt, vectors.npy): word vectors learnt from unlabelled minutes.

`python models/make_vectors.py [SHARED]` from the project root (`make vectors`); SHARED is ../shared by default.
PPMI + truncated SVD in numpy (Levy, Goldberg and Dagan 2015): co-occurrence counts within a
window of WINDOW words each side (weighted 1/distance, never across documents), positive
pointwise mutual information with the context distribution smoothed by ALPHA, and the rank-DIMS
factor of that matrix from the eigenvectors of its Gram matrix (CONTEXTS x CONTEXTS, exact, no
random start), each word's row scaled by the singular values to the power 0.5 and L2-normalised,
stored as float16. Deterministic: files in sorted order, ties broken by the word, signs fixed,
one BLAS thread; two runs write the same bytes (tests/test_vectors.py builds a small table twice).

Unlabelled text only, and only what the project may train on: ../shared/corpus/kent (PDFs, read
with the project's reader), ../shared/corpus/pages and formats, ../shared/seeds, the TUNE part of
the devpool (corpus/splits/devpool.tsv; its test part's text is never read), and the project's own
corpus/invented, corpus/samples, corpus/sources and corpus/train_negatives. Never corpus/blind,
corpus/fresh or anything a held-out gold names. The gold's labels are not read: words only.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import re  # noqa: E402
import sys  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUTPUT = HERE / "vectors"
MIN_COUNT = 5  # a word seen fewer times has no vector
MAX_WORDS = 12000  # the most frequent words kept (about 2.4 MB at 100 dims of float16)
CONTEXTS = 3000  # the most frequent words as contexts (columns of the PPMI matrix)
WINDOW = 4
ALPHA = 0.75
DIMS = 100
CLUSTERS = (200, 1000)  # k-means clusterings of the table (cosine), two grains: clusters.txt, one word a line with its cluster per grain
KMEANS_ROUNDS = 25
SUFFIXES = {".pdf", ".txt", ".md", ".html", ".htm", ".docx"}
WORD_RE = re.compile(r"[a-z]+(?:'[a-z]+)?")


def sources(root: Path = ROOT, shared: Path | None = None) -> list[Path]:
    """The unlabelled documents, in a fixed order (see the module's docstring for what may be read)."""
    shared = shared or root.parent / "shared"
    files: list[Path] = []
    for folder in (shared / "corpus" / "kent", shared / "corpus" / "pages", shared / "corpus" / "formats", shared / "seeds"):
        files += sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
    tune = {
        line.split("\t")[0]
        for line in (root / "corpus" / "splits" / "devpool.tsv").read_text(encoding="utf-8").splitlines()[1:]
        if line.split("\t")[2] == "tune"
    }
    files += sorted(p for p in (shared / "corpus" / "devpool").rglob("*") if p.is_file() and p.name in tune)
    for name in ("invented", "samples", "sources", "train_negatives"):
        files += sorted(p for p in (root / "corpus" / name).rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES and p.name != "README.md")
    return files


def read_text(path: Path) -> str:
    from minutes_miner.readers import read_document

    try:
        return read_document(path).text
    except Exception as error:  # noqa: BLE001 - an unreadable file is left out, as extraction would
        print(f"skipped {path}: {type(error).__name__}", file=sys.stderr)
        return ""


def tokens(text: str) -> list[str]:
    return WORD_RE.findall(text.lower())


def build(documents: list[list[str]], min_count: int = MIN_COUNT, max_words: int = MAX_WORDS, contexts: int = CONTEXTS, dims: int = DIMS):
    """(words, float16 array len(words) x dims) from tokenised documents."""
    counts = Counter(w for doc in documents for w in doc)
    ranked = sorted((w for w, c in counts.items() if c >= min_count and len(w) >= 2), key=lambda w: (-counts[w], w))
    words = ranked[:max_words]
    index = {w: i for i, w in enumerate(words)}
    n_ctx = min(contexts, len(words))
    dims = min(dims, n_ctx - 1)
    keys, weights = [], []
    for doc in documents:
        ids = np.array([index.get(w, -1) for w in doc], dtype=np.int64)
        for d in range(1, WINDOW + 1):
            a, b = ids[:-d], ids[d:]
            for w, c in ((a, b), (b, a)):
                keep = (w >= 0) & (c >= 0) & (c < n_ctx)
                keys.append(w[keep] * n_ctx + c[keep])
                weights.append(np.full(int(keep.sum()), 1.0 / d))
    flat, inverse = np.unique(np.concatenate(keys), return_inverse=True)
    summed = np.bincount(inverse, weights=np.concatenate(weights))
    matrix = np.zeros((len(words), n_ctx), dtype=np.float32)
    matrix[flat // n_ctx, flat % n_ctx] = summed
    total = float(summed.sum())
    row = np.maximum(matrix.sum(axis=1, dtype=np.float64), 1e-30)  # a word or context never seen beside another: no NaN
    col = np.maximum(matrix.sum(axis=0, dtype=np.float64), 1e-30) ** ALPHA
    col = col / col.sum()
    with np.errstate(divide="ignore"):  # in place: PPMI = max(0, log(p(w,c) / (p(w) p_alpha(c))))
        np.log(matrix, out=matrix)
    matrix += np.float32(np.log(total))
    matrix -= np.log(row).astype(np.float32)[:, None]
    matrix -= np.log(col * total).astype(np.float32)[None, :]
    np.maximum(matrix, 0, out=matrix)
    ppmi = matrix
    gram = (ppmi.T @ ppmi).astype(np.float64)
    values, vectors = np.linalg.eigh(gram)  # ascending: the top `dims` right singular vectors are the last columns
    order = np.argsort(-values, kind="stable")[:dims]
    singular = np.sqrt(np.maximum(values[order], 1e-12))
    right = vectors[:, order]
    right *= np.where(right[np.abs(right).argmax(axis=0), np.arange(dims)] < 0, -1.0, 1.0)  # a fixed sign per dimension
    embedded = (ppmi @ right.astype(np.float32)).astype(np.float64) / np.sqrt(singular)  # U S^0.5 = M V S^-0.5
    norms = np.linalg.norm(embedded, axis=1)
    kept = norms > 0
    table = (embedded[kept] / norms[kept, None]).astype(np.float16)
    return [w for w, k in zip(words, kept) if k], table


def write(words: list[str], table: np.ndarray, out: Path = OUTPUT) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "words.txt").write_text("".join(w + "\n" for w in words), encoding="utf-8")
    with open(out / "vectors.npy", "wb") as handle:
        np.save(handle, table, allow_pickle=False)


def kmeans(table: np.ndarray, k: int, rounds: int = KMEANS_ROUNDS) -> np.ndarray:
    """Each row's cluster: spherical k-means started from the k most frequent words' vectors (the table's
    first rows), a fixed number of rounds; an empty cluster keeps its centre. Deterministic, no random start."""
    unit = table.astype(np.float32)
    centres = unit[:k].copy()
    for _ in range(rounds):
        assigned = np.argmax(unit @ centres.T, axis=1)
        for c in range(k):
            members = unit[assigned == c]
            if len(members):
                centre = members.sum(axis=0)
                centres[c] = centre / max(float(np.linalg.norm(centre)), 1e-12)
    return np.argmax(unit @ centres.T, axis=1)


def write_clusters(words: list[str], table: np.ndarray, out: Path = OUTPUT, grains=CLUSTERS) -> None:
    columns = [kmeans(table, min(k, len(words))) for k in grains]
    (out / "clusters.txt").write_text("".join("\t".join([w, *(str(int(c[i])) for c in columns)]) + "\n" for i, w in enumerate(words)), encoding="utf-8")


def load(folder: Path = OUTPUT) -> tuple[list[str], np.ndarray]:
    """The table as written: (words, float16 array)."""
    words = (folder / "words.txt").read_text(encoding="utf-8").split("\n")[:-1]
    return words, np.load(folder / "vectors.npy", allow_pickle=False)


def neighbours(words: list[str], table: np.ndarray, word: str, n: int = 8) -> list[str]:
    if word not in words:
        return []
    m = table.astype(np.float32)
    sims = m @ m[words.index(word)]
    return [words[i] for i in np.argsort(-sims, kind="stable")[1 : n + 1]]


def main() -> None:
    sys.path.insert(0, str(ROOT / "src"))
    files = sources(shared=Path(sys.argv[1]) if len(sys.argv) > 1 else None)
    documents = [tokens(read_text(p)) for p in files]
    print(f"{len(files)} files, {sum(map(len, documents))} words", file=sys.stderr)
    words, table = build(documents)
    write(words, table)
    write_clusters(words, table)
    print(f"wrote {OUTPUT}: {len(words)} words x {table.shape[1]} dims", file=sys.stderr)
    for word in ("resolved", "ratified", "endorsed", "motioned", "concurred", "agreed", "clerk"):
        print(word, neighbours(words, table, word), file=sys.stderr)


if __name__ == "__main__":
    main()
