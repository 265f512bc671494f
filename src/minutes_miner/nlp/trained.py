"""The trained layer: a sentence classifier (DECISION / ACTION) for what the rules miss.

Hand rules are precise on the wording they were written for, but a new council words its
decisions and commitments in ways no rule has seen. `minutes_trained` is a registered spaCy
component that scores every sentence of a Doc with a small bag-of-words text classifier
(spaCy's `textcat_multilabel`, trained by `minutes-miner train` on gold annotations; see
minutes_miner.train). The rules stay in charge where they fire; `layered_resolutions` and
`layered_actions` (extract/layered.py) add a record only for a sentence the model scores above its threshold and
that no rule record already covers (resolutions: the decision wording; actions: an owner
from the owner ruler in that sentence, the task from the verb after it; no owner, no action).

Which layers run is a setting (`MINUTES_MINER_LAYER` = rules | model | both, default both),
so an ablation can be reproduced with `minutes-miner eval --layer ...`. The model lives in
models/trained/ with the thresholds chosen by cross-validation (thresholds.json); without
it the component is a no-op and extraction is the rules alone.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry

from ..resources import models_dir
from ..sentences import CLAUSE_LABEL_RE
from ..text_utils import squash

LABELS = ("DECISION", "ACTION")
LAYERS = ("rules", "model", "both")
ENCODER_HEAD = "minutes_miner_encoder_head"  # classifier meta: label -> logistic weights over a pretrained sentence encoder (nlp/encoder.py)
MAX_TOKENS = 120  # a sentence longer than this is a table or a run-on page: its head decides
DEFAULT_THRESHOLDS = {"DECISION": 0.5, "ACTION": 0.5}

_SCORES = "minutes_trained_scores"  # doc.user_data: the scores, once computed
_SCORER = "minutes_trained_scorer"  # doc.user_data: the component that will compute them when first asked


def _get_scores(doc: Doc) -> list[SentenceScore] | None:
    """The sentences' scores, computed on first use: an agenda item whose decisions the rules
    already found never needs them when the model adds only to items the rules found nothing in."""
    if _SCORES not in doc.user_data and _SCORER in doc.user_data:
        doc.user_data[_SCORES] = doc.user_data.pop(_SCORER).score_sentences(doc)
    return doc.user_data.get(_SCORES)


def _set_scores(doc: Doc, value: list[SentenceScore] | None) -> None:
    doc.user_data.pop(_SCORER, None)
    doc.user_data[_SCORES] = value


if not Doc.has_extension("sentence_scores"):
    Doc.set_extension("sentence_scores", getter=_get_scores, setter=_set_scores)


def scored(doc: Doc) -> bool:
    """Whether this Doc's sentence scores exist already (computed, or set by hand): asking for
    them then costs nothing, so no cheaper test need stand in front of them."""
    return _SCORES in doc.user_data


def needs_scores(doc: Doc, label: str, rules_found: bool) -> bool:
    """Whether the model could add a `label` record to this Doc: not when the label is switched
    off, nor in an item the rules found a record in when the label is used only in items the
    rules found nothing in. Asked before the scores, so that they are never computed in vain."""
    scorer = doc.user_data.get(_SCORER)
    if scorer is None:
        return True  # scored already (or by hand): the scores themselves say
    return scorer.thresholds.get(label, 0.5) <= 1.0 and not (rules_found and scorer.scopes.get(label) == "item")


def layer() -> str:
    """Which layers extraction uses: rules, model or both (env MINUTES_MINER_LAYER)."""
    value = os.environ.get("MINUTES_MINER_LAYER", "both").strip().lower()
    if value not in LAYERS:
        raise ValueError(f"MINUTES_MINER_LAYER must be one of {', '.join(LAYERS)}, not {value!r}")
    return value


def trained_dir() -> Path:
    """Where the shipped model is: models/trained (MINUTES_MINER_TRAINED points elsewhere)."""
    configured = os.environ.get("MINUTES_MINER_TRAINED")
    return Path(configured) if configured else models_dir() / "trained"


@dataclass(frozen=True)
class SentenceScore:
    start: int  # character offsets in the Doc
    end: int
    scores: dict[str, float]
    labels: frozenset[str]  # the labels scored at or above the component's thresholds
    item_only: frozenset[str] = frozenset()  # of those, the labels used only in an agenda item where the rules found none


@Language.factory(
    "minutes_trained",
    assigns=["doc._.sentence_scores"],
    requires=["token.is_sent_start"],
    default_config={"model_dir": None},
)
def make_trained(nlp: Language, name: str, model_dir: str | None):
    """Scores every sentence DECISION / ACTION with the classifier in models/trained/."""
    return TrainedSentences(Path(model_dir) if model_dir else trained_dir())


class TrainedSentences:
    """A wrapper around a small textcat pipeline, run over the sentences of a Doc in one batch."""

    def __init__(self, model_dir: Path | None = None, classifier: Language | None = None) -> None:
        self._classifier = classifier
        self._classifier_dir: Path | None = None  # a model left on disk until read (see from_disk)
        self._strings_dir: Path | None = None  # where the loaded classifier's unread string store is (see to_disk)
        self.thresholds = dict(DEFAULT_THRESHOLDS)
        self.context = False  # context tokens before each sentence (features.json says; older models have none)
        self.scopes: dict[str, str] = {}  # label -> "sentence" (default) or "item" (cross-validation chooses; features.json)
        if classifier is None and model_dir is not None and (model_dir / "sentences").is_dir():
            self.from_disk(model_dir)

    @property
    def classifier(self) -> Language | None:
        """The classifier pipeline; one that from_disk left on disk is loaded here on first use."""
        if self._classifier is None and self._classifier_dir is not None:
            self._classifier, self._strings_dir = _load_classifier(self._classifier_dir), self._classifier_dir
            self._classifier_dir = None
        return self._classifier

    @classifier.setter
    def classifier(self, value: Language | None) -> None:
        self._classifier, self._classifier_dir, self._strings_dir = value, None, None

    @property
    def has_model(self) -> bool:
        """Whether there is a classifier, loaded or still on disk (asking does not load it)."""
        return self._classifier is not None or self._classifier_dir is not None

    @property
    def switched_off(self) -> bool:
        """Every label's threshold above any score (cross-validation found no gain): nothing to run."""
        return all(self.thresholds.get(name, 0.5) > 1.0 for name in LABELS)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc) or self.switched_off or not self.has_model:  # switched off: the model is never loaded
            doc._.sentence_scores = []
            return doc
        doc.user_data.pop(_SCORES, None)
        doc.user_data[_SCORER] = self  # scored when doc._.sentence_scores is first read (needs_scores)
        return doc

    def score_sentences(self, doc: Doc) -> list[SentenceScore]:
        """Every sentence of the Doc scored, in one `pipe` call."""
        strings = doc.vocab.strings  # each token's text from the array of its ORTH ids: no Python Token per token
        words, is_space = [strings[orth] for orth in doc.to_array("ORTH").tolist()], doc.to_array("IS_SPACE").tolist()
        sents, kept_words = [], []
        for sent in doc.sents:
            kept = [words[i] for i in range(sent.start, min(sent.end, sent.start + MAX_TOKENS)) if not is_space[i]]
            if kept:  # the sentence's tokens as a Doc of the classifier's vocabulary (no re-tokenising)
                sents.append(sent)
                kept_words.append(kept)
        contexts = [context_tokens(kept_words, i) if self.context else [] for i in range(len(kept_words))]
        clusters = self.classifier.meta.get("minutes_miner_clusters")
        inputs = [Doc(self.classifier.vocab, words=c + k + (cluster_tokens(k, clusters) if clusters else [])) for c, k in zip(contexts, kept_words)]
        cats = [d.cats for d in self.classifier.pipe(inputs, batch_size=256)]
        head = self.classifier.meta.get(ENCODER_HEAD)
        if head:  # trained with --architecture bowminilm (nlp/encoder.py; not what ships)
            from .encoder import blend_encoder, encoder_text

            cats = blend_encoder(cats, head, [encoder_text(k) for k in kept_words])
        return [self._score(s, c) for s, c in zip(sents, cats)]

    def _score(self, sent, cats: dict[str, float]) -> SentenceScore:
        labels = frozenset(k for k, v in cats.items() if v >= self.thresholds.get(k, 0.5))
        item_only = frozenset(k for k in labels if self.scopes.get(k) == "item")
        return SentenceScore(sent.start_char, sent.end_char, {k: float(v) for k, v in cats.items()}, labels, item_only)

    def to_disk(self, path, exclude=()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        if self.classifier is not None:
            stored = self._strings_dir / "vocab" / "strings.json" if self._strings_dir is not None else None
            if stored is not None and stored.is_file():  # loaded without its string store: saved with it, as it was read
                for string in json.loads(stored.read_text(encoding="utf-8")):
                    self.classifier.vocab.strings.add(string)
            self._strings_dir = None
            self.classifier.to_disk(path / "sentences")
        (path / "thresholds.json").write_text(json.dumps(self.thresholds, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        (path / "features.json").write_text(json.dumps({"context": self.context, "scopes": self.scopes}, indent=2, sort_keys=True) + "\n", encoding="utf-8")

    def from_disk(self, path, exclude=()) -> TrainedSentences:
        path = Path(path)
        if (path / "thresholds.json").is_file():
            self.thresholds.update(json.loads((path / "thresholds.json").read_text(encoding="utf-8")))
        if (path / "features.json").is_file():
            features = json.loads((path / "features.json").read_text(encoding="utf-8"))
            self.context, self.scopes = bool(features.get("context")), dict(features.get("scopes") or {})
        if (path / "sentences").is_dir():
            if _blends_encoder(path / "sentences"):
                from .encoder import require

                require()
            # Loaded when first asked for (`classifier`): by the first Doc whose sentences are scored,
            # by to_disk. Most items never need scores (the rules found their decision, or no word
            # of deciding is in them), so a command whose files need none never loads it (issue 12).
            self._classifier, self._classifier_dir = None, path / "sentences"
        return self


def _blends_encoder(classifier_dir: Path) -> bool:
    """Whether the classifier saved there has a sentence-encoder head (its meta says; read without loading the model)."""
    meta = classifier_dir / "meta.json"
    return meta.is_file() and ENCODER_HEAD in json.loads(meta.read_text(encoding="utf-8"))


WORDS_ONLY = "minutes_miner.words_only_tokenizer.v1"


def _load_classifier(path: Path) -> Language:
    """The classifier pipeline saved at `path`.

    Its Docs are made from the main pipeline's words, never by its tokenizer: it is loaded with
    a rule-less one (building English's exceptions again cost 0.3 CPU s per command). Nor is
    its vocabulary's string store read (45,000 strings, about 0.05 CPU s): the scores do not
    depend on it, since a word's features are hashes of its text and its lexeme's attributes
    come from the language's getters and the lookups, which are still read; a Doc built from
    words adds the strings it uses.
    """
    import spacy

    return spacy.load(path, config={"nlp": {"tokenizer": {"@tokenizers": WORDS_ONLY}}}, exclude=["tokenizer", "strings"])


@registry.tokenizers(WORDS_ONLY)
def _words_only_tokenizer():
    """A tokenizer with no rules, for a classifier that is only ever given Docs built from words."""
    from spacy.tokenizer import Tokenizer

    return lambda nlp: Tokenizer(nlp.vocab)


# --- word vectors under the bag of words (docs/trained.md, session 25) -----------------------
# `minutes-miner train --architecture bowvec`: the bag of words's logits plus a linear layer over
# the mean word vector of the sentence and the mean of its previous sentence's (the p: context
# tokens), from a table learnt from unlabelled minutes (models/vectors, models/make_vectors.py)
# and held in the classifier's vocabulary (saved with it, loaded offline). The vectors are fixed:
# only the linear layer over them is trained. Words are looked up lower-cased; a word without a
# vector adds nothing to the mean, the other context tokens (h:, n:, s:) none at all.
BOWVEC = "minutes_miner.TextCatBOWVectors.v1"
_PREVIOUS = "p:"
_CONTEXT_PREFIXES = ("h:", "p:", "n:", "s:")


def _mean_vectors_forward(model, docs, is_train: bool):
    import numpy

    from spacy.strings import hash_string

    width = model.get_dim("nO") // 2
    out = numpy.zeros((len(docs), 2 * width), dtype="float32")
    for row, doc in enumerate(docs):
        vectors = doc.vocab.vectors
        if not vectors.shape[0]:
            continue
        own, previous = [], []
        for token in doc:
            text = token.text
            if text[:2] == _PREVIOUS:
                previous.append(hash_string(text[2:]))
            elif text[:2] not in _CONTEXT_PREFIXES:
                own.append(token.lower)
        for column, keys in ((0, own), (width, previous)):
            if keys:
                rows = vectors.find(keys=keys)
                rows = rows[rows >= 0]
                if len(rows):
                    out[row, column : column + width] = vectors.data[rows].mean(axis=0)
    return model.ops.asarray2f(out), lambda d_out: []


def mean_vectors(width: int):
    """Docs -> (mean vector of the sentence's own words, mean vector of the previous sentence's words); not trained."""
    from thinc.api import Model

    return Model("mean_vectors", _mean_vectors_forward, dims={"nO": 2 * width})


def _bow_vectors_forward(model, docs, is_train: bool):
    bow, linear, vectors = model.layers
    scores, bow_back = bow(docs, is_train)
    features, _ = vectors(docs, is_train)
    more, linear_back = linear(features, is_train)

    def backprop(d_scores):
        bow_back(d_scores)
        linear_back(d_scores)
        return []

    return scores + more, backprop


def _bow_vectors_init(model, X=None, Y=None):
    bow, linear, vectors = model.layers
    bow.initialize(X=X, Y=Y)
    features = vectors.predict(X) if X is not None else None
    linear.initialize(X=features, Y=Y)
    if bow.has_dim("nO"):
        model.set_dim("nO", bow.get_dim("nO"))


@registry.architectures(BOWVEC)
def build_bow_vectors_classifier(ngram_size: int, length: int, width: int, nO: int | None = None):
    """Multi-label classifier: sigmoid(bag of words (spacy.TextCatBOW.v3 without its output layer) + linear(mean vectors))."""
    from spacy.ml.models.textcat import build_bow_text_classifier_v3
    from thinc.api import Linear, Logistic, Model, chain

    bow = build_bow_text_classifier_v3(exclusive_classes=False, ngram_size=ngram_size, no_output_layer=True, length=length, nO=nO)
    vectors = mean_vectors(width)
    linear = Linear(nO=nO, nI=2 * width, init_W=_zeros)
    combined = Model("bow_vectors", _bow_vectors_forward, init=_bow_vectors_init, layers=[bow, linear, vectors], dims={"nO": nO})
    model = chain(combined, Logistic())
    model.attrs["multi_label"] = True
    return model


def _zeros(ops, shape):
    return ops.alloc2f(*shape)


def cluster_tokens(words: list[str], clusters: dict[str, list[int]]) -> list[str]:
    """'c0:19', 'c1:731' ... for each word (lower-cased) of the sentence that has clusters (grain 0, 1 ...)."""
    out = []
    for word in words:
        for grain, cluster in enumerate(clusters.get(word.lower(), ())):
            out.append(f"c{grain}:{cluster}")
    return out


def set_vectors(vocab, words: list[str], table, cased: bool = False) -> None:
    """The vector table (models/vectors) into a classifier's vocabulary, keyed by the words' hashes;
    `cased`: the Title-case and UPPER-case forms too (spaCy's StaticVectors looks words up as written)."""
    import numpy
    from spacy.vectors import Vectors

    for word in words:
        vocab.strings.add(word)
    vectors = Vectors(strings=vocab.strings, data=numpy.asarray(table, dtype="float32"), keys=[vocab.strings[w] for w in words])
    if cased:
        for row, word in enumerate(words):
            for form in dict.fromkeys((word.title(), word.upper())):
                if form != word:
                    vectors.add(vocab.strings.add(form), row=row)
    vocab.vectors = vectors


# --- context: what a clerk sees around a sentence ---------------------------------------------
# A bag of words over one sentence cannot tell "That the report be noted." under "RESOLVED:" or
# after "Moved ... seconded ... carried" from the same words in an officer's recommendation.
# The sentence is prefixed with tokens for its neighbourhood, which the bag of words weighs like
# any word: the previous sentence's words (p:), the next sentence's first words (n:), the agenda
# item's heading (h:, its first sentence) and the sentence's shape. No word list: the model learns
# which neighbours matter (moved, seconded, carried, resolved, reason ...).
CONTEXT_PREV = 24  # words of the previous sentence (a motion line, a "RESOLVED:" label)
CONTEXT_NEXT = 3  # first words of the next sentence ("Reason for decision", "Carried")
CONTEXT_HEAD = 12  # words of the item's heading


def _context_words(prefix: str, words: list[str], limit: int) -> list[str]:
    return [prefix + w.lower() for w in words[:limit] if w[:1].isalpha()]


def _shape(words: list[str], i: int) -> list[str]:
    """Shape tokens: position in the item, length, how the sentence starts."""
    first = next((w for w in words if w[:1].isalnum()), "")
    shape = ["s:first" if i == 0 else "s:second" if i == 1 else "s:later"]
    shape.append("s:short" if len(words) <= 6 else "s:mid" if len(words) <= 25 else "s:long")
    if first.isupper() and len(first) > 1:
        shape.append("s:upper")
    if first.lower() == "that":
        shape.append("s:that")
    if first[:1].isdigit() or not words[0][:1].isalnum():
        shape.append("s:listed")
    return shape


def context_tokens(sentences: list[list[str]], i: int) -> list[str]:
    """The context tokens of sentence i of an agenda item (lists of its sentences' words)."""
    tokens = _shape(sentences[i], i)
    if i > 0:
        tokens += _context_words("h:", sentences[0], CONTEXT_HEAD)
        tokens += _context_words("p:", sentences[i - 1][-CONTEXT_PREV:], CONTEXT_PREV)
    if i + 1 < len(sentences):
        tokens += _context_words("n:", sentences[i + 1], CONTEXT_NEXT)
    return tokens


_LEAD_MARKER_RE = re.compile(
    r"^\s*(?:(?:it\s+was\s+)?(?:(?:unanimously|duly|further)\s+)?(?:resolved|agreed|decided|decision|noted|approved|carried)\b[\s:,.\-–]{0,4})",
    re.I,
)


def decision_wording(text: str) -> str:
    """'RESOLVED: That the report be noted.' -> 'That the report be noted.' (labels and markers off)."""
    text = CLAUSE_LABEL_RE.sub("", text, count=1)
    stripped = _LEAD_MARKER_RE.sub("", text, count=1)
    return squash(stripped if len(stripped.split()) >= 2 else text)
