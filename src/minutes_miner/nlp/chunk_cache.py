"""spaCy's tokenizer cache filled one word at a time, so that long minutes use it.

The tokenizer splits a text at whitespace and tokenizes each chunk ("Council,", "(b)",
"£1,316.50") with its prefix, suffix and infix rules, keeping the result in a cache by the
chunk's hash. But a chunk is only cached while its Doc has not yet met a special case
(spaCy issue #1250: `has_special` is one flag for the whole Doc), and nearly every agenda item
meets one early ("Mr.", "a.m.", "e.g."). So most of the words of a minutes Doc were tokenized
again by the rules every time they appeared: on the Kent minutes, 41,000 of 52,000 chunks.

`with_chunks_cached` tokenizes each chunk not seen before on its own, as a Doc of one chunk,
which the tokenizer caches unless the chunk is itself a special case. The tokens are the same:
the cache holds what the rules give for that chunk, and a chunk is tokenized without regard to
its neighbours (the special cases that span chunks are applied after, on the whole Doc).
"""

from __future__ import annotations

from functools import lru_cache

# The most distinct chunks handed to the tokenizer one by one in a process: past this, a
# document is tokenized as spaCy does by itself (same tokens), and memory stops growing here.
MAX_CHUNKS = 200_000


@lru_cache(maxsize=4)
def _seen(tokenizer) -> set[str]:
    """The chunks already given to this tokenizer on their own (one set per tokenizer; the pipeline lives as long as the process)."""
    return set()


def with_chunks_cached(tokenizer, text: str) -> str:
    """`text`, after each of its whitespace-separated chunks not met before has been tokenized on its own (into the tokenizer's cache)."""
    seen = _seen(tokenizer)
    if len(seen) >= MAX_CHUNKS:
        return text
    new = set(text.split()).difference(seen)
    seen.update(new)
    for chunk in new:
        tokenizer(chunk)
    return text
