"""Content fingerprints: recognise the same minutes published twice, whatever the file.

Kent republishes a meeting's printed minutes as "Minutes of Previous Meeting.pdf" in the
next agenda pack; a ModernGov page is saved twice; a report is attached to two meetings.
The bytes differ (another PDF producer, a page number, a signature line), so identity is
read from the words: a MinHash signature over five-word shingles of the normalised text
estimates the Jaccard similarity of two texts, and locality-sensitive hashing of its bands
finds the candidates in SQLite through an index instead of comparing with every document.
"""

from __future__ import annotations

import hashlib
import re
import zlib

import numpy as np

SHINGLE = 5
PERMUTATIONS = 128
BANDS = 32  # 4 rows a band: texts with Jaccard >= 0.5 share a band with probability > 0.87
ROWS = PERMUTATIONS // BANDS
SAME_CONTENT = 0.9  # estimated Jaccard at which two texts are one publication (a draft and the final report are ~0.88)
MIN_SHINGLES = 40  # shorter texts (a cover sheet, an empty page) are never called copies

_PRIME = (1 << 31) - 1
_rng = np.random.default_rng(20241130)
_A = _rng.integers(1, _PRIME, PERMUTATIONS, dtype=np.uint64)
_B = _rng.integers(0, _PRIME, PERMUTATIONS, dtype=np.uint64)
_WORD = re.compile(r"[a-z]+|\d+")


def words(text: str) -> list[str]:
    """Lower-case words and numbers; page and item numbers (1-3 digits) are left out,
    because the same minutes carry other page numbers inside an agenda pack."""
    return [w for w in _WORD.findall(text.lower()) if not (w.isdigit() and len(w) <= 3)]


def shingles(text: str) -> np.ndarray:
    """32-bit hashes (CRC-32: stable across processes, unlike hash()) of every run of SHINGLE consecutive words, without repeats."""
    ws = words(text)
    grams = {" ".join(ws[i : i + SHINGLE]) for i in range(max(0, len(ws) - SHINGLE + 1))}
    return np.fromiter((zlib.crc32(g.encode()) for g in grams), dtype=np.uint64, count=len(grams))


def signature(text: str) -> list[int] | None:
    """The MinHash signature of a text, or None when it is too short to compare safely."""
    hashes = shingles(text)
    if len(hashes) < MIN_SHINGLES:
        return None
    mins = np.full(PERMUTATIONS, _PRIME, dtype=np.uint64)
    for i in range(0, len(hashes), 8192):  # in slices: a 1,000-page pack stays in a few MB
        block = hashes[i : i + 8192]
        mins = np.minimum(mins, ((_A[:, None] * block[None, :] + _B[:, None]) % _PRIME).min(axis=1))
    return [int(v) for v in mins]


def similarity(a: list[int], b: list[int]) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    return sum(1 for x, y in zip(a, b) if x == y) / len(a)


def band_keys(sig: list[int]) -> list[str]:
    """One short key per band: texts that share any key are candidates for a comparison."""
    return [hashlib.blake2b(f"{band}:{sig[band * ROWS : (band + 1) * ROWS]}".encode(), digest_size=8).hexdigest() for band in range(BANDS)]
