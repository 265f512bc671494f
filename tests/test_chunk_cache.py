"""spaCy's tokenizer cache filled a chunk at a time (nlp/chunk_cache.py): the same tokens, fewer passes of the rules."""

from __future__ import annotations

import spacy

from minutes_miner.nlp import chunk_cache
from minutes_miner.nlp.chunk_cache import with_chunks_cached

# Minutes of several countries, each opening with special cases ("Mr.", "a.m.", "e.g.", "U.S.")
# that stop spaCy caching the rest of the Doc, then words with prefixes, suffixes and infixes.
SNIPPETS = [
    "Present: Mr. R. Green (Chair), Cllr. S. Patel. 4. Finance: RESOLVED that payments of £1,316.50 (inc. VAT) be approved.",
    "The meeting opened at 7:00 p.m. Motion by Council Member Alvarez to approve the U.S. Route 9 contract ($4.5M); carried 5-0.",
    "THAT Council receive the report e.g. the by-law amendments (No. 2024-17) and direct staff to report back by Q3/2025.",
    "Cr. O'Brien moved, Cr. Ngata seconded: that the Shire's 2024–25 budget of $12.3m be adopted. Carried (6/1).",
    "Proposed by Cllr Ó Súilleabháin, seconded by Cllr Nic Giolla: the Chief Executive's report don't/won't be noted.",
]


def _tokens(doc) -> list[tuple[str, str, int]]:
    return [(t.text, t.whitespace_, t.idx) for t in doc]


def test_the_tokens_are_those_of_the_tokenizer_alone():
    """A fresh tokenizer given each snippet plainly, and another given it after its chunks were cached one by one: the same tokens."""
    plain, cached = spacy.blank("en").tokenizer, spacy.blank("en").tokenizer
    for text in SNIPPETS + ["\n\n".join(SNIPPETS)]:
        assert _tokens(cached(with_chunks_cached(cached, text))) == _tokens(plain(text))


def test_each_chunk_is_tokenized_on_its_own_once():
    tokenizer = spacy.blank("en").tokenizer
    text = SNIPPETS[0]
    with_chunks_cached(tokenizer, text)
    seen = chunk_cache._seen(tokenizer)
    assert seen == set(text.split())
    with_chunks_cached(tokenizer, text + " Mr. Green thanked Cr. Ngata")
    assert seen == set(text.split()) | {"thanked", "Cr.", "Ngata"}  # 'Mr.' and 'Green' were met already


def test_no_more_chunks_are_kept_past_the_limit(monkeypatch):
    """Memory stays bounded: past MAX_CHUNKS the text is left to spaCy alone (same tokens)."""
    monkeypatch.setattr(chunk_cache, "MAX_CHUNKS", 5)
    tokenizer = spacy.blank("en").tokenizer
    with_chunks_cached(tokenizer, SNIPPETS[1])
    kept = set(chunk_cache._seen(tokenizer))
    assert with_chunks_cached(tokenizer, SNIPPETS[2]) == SNIPPETS[2]
    assert chunk_cache._seen(tokenizer) == kept
