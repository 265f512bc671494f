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
from collections import deque
from typing import Iterator

import numpy as np

SHINGLE = 5
PERMUTATIONS = 128
BANDS = 32  # 4 rows a band: texts with Jaccard >= 0.5 share a band with probability > 0.87
ROWS = PERMUTATIONS // BANDS
SAME_CONTENT = 0.9  # estimated Jaccard at which two texts are one publication (a draft and the final report are ~0.88)
MIN_SHINGLES = 40  # shorter texts (a cover sheet, an empty page) are never called copies
_SLICE = 1024  # shingles hashed at once: numpy's PERMUTATIONS x _SLICE temporaries stay about 1 MB each

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
    """The MinHash signature of a text, or None when it is too short to compare safely.

    The shingles are hashed as they come, _SLICE distinct ones at a time, never held together:
    a minimum does not change with repeats, so this is the signature of `shingles(text)` in
    memory that does not grow with the text (the words and shingles of a 1,000-page pack were
    tens of MB). A text with fewer than MIN_SHINGLES distinct shingles never fills a slice.
    """
    mins = np.full(PERMUTATIONS, _PRIME, dtype=np.uint64)
    pending: set[str] = set()
    folded = False
    for gram in _grams(text):
        pending.add(gram)
        if len(pending) == _SLICE:
            mins, pending, folded = _fold(mins, pending), set(), True
    if not folded and len(pending) < MIN_SHINGLES:
        return None
    return [int(v) for v in (_fold(mins, pending) if pending else mins)]


def _grams(text: str) -> Iterator[str]:
    """Every run of SHINGLE consecutive `words` of the text, repeats included, one at a time."""
    window: deque[str] = deque(maxlen=SHINGLE)
    for match in _WORD.finditer(text.lower()):
        word = match.group()
        if word.isdigit() and len(word) <= 3:
            continue
        window.append(word)
        if len(window) == SHINGLE:
            yield " ".join(window)


def _fold(mins: np.ndarray, grams: set[str]) -> np.ndarray:
    """The running minima of every permutation, after these shingles."""
    block = np.fromiter((zlib.crc32(g.encode()) for g in grams), dtype=np.uint64, count=len(grams))
    return np.minimum(mins, ((_A[:, None] * block[None, :] + _B[:, None]) % _PRIME).min(axis=1))


def similarity(a: list[int], b: list[int]) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    return sum(1 for x, y in zip(a, b) if x == y) / len(a)


def band_keys(sig: list[int]) -> list[str]:
    """One short key per band: texts that share any key are candidates for a comparison."""
    return [hashlib.blake2b(f"{band}:{sig[band * ROWS : (band + 1) * ROWS]}".encode(), digest_size=8).hexdigest() for band in range(BANDS)]
