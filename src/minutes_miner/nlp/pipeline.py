"""The spaCy pipeline: a blank English tokenizer plus the project's rule components.

No statistical model is needed: owners, decision markers and sentence boundaries come from
patterns in models/, so the pipeline works offline and runs at tokenizer speed. Each
component is registered with `@Language.factory`, so a config (or a stock model) can swap
or extend them.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import numpy
from spacy.attrs import SENT_START
from spacy.lang.en import English
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..resources import models_dir
from ..sentences import CLAUSE_LABEL_RE, SENTENCE_END_RE, is_abbreviation
from ..vocabulary import decision_verbs, expand_markers
from . import trained  # noqa: F401 - registers the minutes_trained factory
from .doc_text import doc_text
from .english_tokenizer import english_tokenizer
from .owner_prefix import split_modifiers, with_modifiers
from .regex_guard import guarded
from .regex_literals import gate_keys, holds_any, required_literals
from .windowed_ruler import overlaps_any, ruler_matches, set_entities


def _read_lines(path: Path) -> list[str]:
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


@Language.factory("minutes_sentences")
def make_sentences(nlp: Language, name: str):
    """Sentence boundaries that know minutes layout: full stops, blank lines and list labels."""
    return MinutesSentencizer()


class MinutesSentencizer:
    def __call__(self, doc: Doc) -> Doc:
        """Set every token's SENT_START in one array write (per-token setters are quadratic)."""
        if not len(doc):
            return doc
        starts = sentence_starts(doc_text(doc))
        idx = doc.to_array("IDX")
        values = numpy.where(numpy.isin(idx, numpy.fromiter(starts, dtype=idx.dtype, count=len(starts))), 1, -1)
        values[0] = 1
        doc.from_array([SENT_START], values.astype("int64").astype("uint64").reshape(-1, 1))
        return doc


def sentence_starts(text: str) -> set[int]:
    """Character offsets where a new sentence begins."""
    starts: set[int] = set()
    for m in SENTENCE_END_RE.finditer(text):
        if m.group(0)[0] == "." and is_abbreviation(text, m.start()):
            continue
        nxt = m.end()
        while nxt < len(text) and text[nxt].isspace():
            nxt += 1
        starts.add(nxt)
    pos = 0
    for line in text.split("\n"):
        if CLAUSE_LABEL_RE.match(line) or _decision_line_re().match(line):
            starts.add(pos + len(line) - len(line.lstrip()))
        pos += len(line) + 1
    return starts


@lru_cache(maxsize=1)
def _decision_line_re() -> re.Pattern:
    """A line opening with a decision word: compiled once, not looked up in re's cache per line."""
    return re.compile(r"^\s*(?:" + decision_verbs("upper", "title") + r"|Decision|Minutes:)")


@Language.factory("minutes_owners", default_config={"patterns_file": None})
def make_owner_ruler(nlp: Language, name: str, patterns_file: str | None):
    """Owners as entities: PERSON (honorific names), ROLE (posts), BODY (councils, panels)."""
    return OwnerRuler(nlp, Path(patterns_file) if patterns_file else models_dir())


# a surname after an honorific: 'Hale', 'Smith-Jones', 'McKay', 'O’Neill', 'AMES', and one with a capital inside after a short
# particle ('LaRocque', 'DeLousia', 'DiMaggio', 'VanDyke', 'MacLeod', as North American and Scottish minutes spell them)
_NAME_TOKEN_RE = re.compile(r"^(?:[A-Z][a-z'’-]+(?:-[A-Z][a-z'-]+)?|[A-Z][a-z]{1,3}[A-Z][a-z'’]+|O['’][A-Z][a-z]+|[A-Z]{2,}[a-z]*)$")
_INITIAL_RE = re.compile(r"^[A-Z]\.?$|^[A-Z]\.[A-Z]\.?$")
# a motion's verbs in capitals after a name ('Mr. Hoerle MOVED and Mr. Collins SECONDED the Motion'), as New England
# boards print them: the name ends before them (a surname in capitals, 'Mr SMITH', is still one)
_MOTION_VERBS_IN_CAPITALS = frozenset({"MOVED", "SECONDED", "MOTIONED", "PROPOSED", "VOTED", "ABSTAINED", "OPPOSED", "AGREED"})


def _fixed_word(token: dict) -> bool:
    """A token spec that names its word ('director', 'member', 'of', ','), required once: the fixed part of a post's name."""
    return "OP" not in token and not token.get("IS_SPACE") and any(k in token for k in ("LOWER", "ORTH", "TEXT"))


def across_line_breaks(entry: dict) -> dict:
    """The entry with a line break allowed after each fixed word of its post's name.

    PDF text breaks lines wherever the column ends, so a post is often cut by a hard line
    break: 'The Cabinet\\nMember for Housing replied that she would ...', 'Director,\\nService
    Operations, agreed to ...', 'the Head of\\nPlanning will ...'. The break is one whitespace
    token between the words. Only after the fixed words of a pattern (never after a run of
    capitalised words), so a title-case heading over a line that opens with a post
    ('Playing Field\\nClerk to obtain quotes') does not become part of the owner.
    """
    tokens = entry["pattern"]
    if not isinstance(tokens, list) or len(tokens) < 2:
        return entry
    out: list[dict] = []
    for i, token in enumerate(tokens):
        out.append(token)
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if following is not None and _fixed_word(token) and not following.get("IS_SPACE"):
            out.append({"IS_SPACE": True, "OP": "?"})
    return {**entry, "pattern": out}


def broken_phrases(phrase: str, most_words: int = 6) -> list[str]:
    """A post's name with a hard line break at each gap between its words, with and without 'the'.

    'refer to the City\\nManager to implement', 'the Town\\nClerk agreed to': the PDF's column ends
    inside the post. The phrase matcher reads the break as a token of its own, so each break is
    its own variant (one break at a time; a post of more than `most_words` words is a title, not
    a post that wraps like this).
    """
    words = phrase.split()
    if not 1 < len(words) <= most_words:
        return []
    broken = [" ".join(words[:i]) + "\n" + " ".join(words[i:]) for i in range(1, len(words))]
    return broken + [f"the {b}" for b in broken]


class OwnerRuler:
    def __init__(self, nlp: Language, root: Path) -> None:
        from spacy.pipeline import EntityRuler

        self.ruler = EntityRuler(nlp, phrase_matcher_attr="LOWER", overwrite_ents=True)
        patterns = _read_jsonl(root / "patterns" / "owners.jsonl")
        roles = _read_lines(root / "gazetteers" / "roles.txt")
        # "the Cabinet Member" must outrank the body "the Cabinet": give each role its article too
        patterns += [{"label": "ROLE", "pattern": phrase, "id": "gazetteer"} for phrase in roles]
        patterns += [{"label": "ROLE", "pattern": f"the {phrase}", "id": "gazetteer"} for phrase in roles]
        patterns += [{"label": "ROLE", "pattern": variant, "id": "gazetteer"} for phrase in roles for variant in broken_phrases(phrase)]
        patterns += [{"label": "BODY", "pattern": f"the {phrase}", "id": "gazetteer"} for phrase in _read_lines(root / "gazetteers" / "bodies.txt")]
        patterns, modifiers = split_modifiers(patterns, self._match_key)  # matched faster, same entities (owner_prefix.py)
        self.ruler.add_patterns([across_line_breaks(entry) for entry in patterns])
        self.modifiers = {nlp.vocab.strings.add(key): modifier for key, modifier in modifiers.items()}
        self.honorifics = {h.lower() for h in _read_lines(root / "gazetteers" / "honorifics.txt") if " " not in h}
        self.first_names = set()
        for listed in ("first_names.txt", "given_names_census.txt"):  # the hand list, then the census's (its header says how)
            path = root / "gazetteers" / listed
            self.first_names |= set(_read_lines(path)) if path.exists() else set()
        self.given_with_surname = set(_read_lines(root / "gazetteers" / "given_names_with_surname.txt"))
        self.place_words = set(_read_lines(root / "gazetteers" / "place_words.txt"))
        self.clause_openers = set(_read_lines(root / "gazetteers" / "clause_openers.txt"))

    def _match_key(self, entry: dict) -> str:
        """The key the EntityRuler matches a pattern entry under: its label, joined with its id if it has one."""
        return f"{entry['label']}{self.ruler.ent_id_sep}{entry['id']}" if isinstance(entry.get("id"), str) else entry["label"]

    def __call__(self, doc: Doc) -> Doc:
        set_entities(self.ruler, doc, with_modifiers(doc, ruler_matches(self.ruler, doc), self.modifiers))  # self.ruler(doc), in linear time
        doc.ents = [_within_its_sentence(doc, ent) for ent in doc.ents]
        people = list(self._honorific_names(doc))
        ents = filter_spans(people + [e for e in doc.ents if not overlaps_any(people, e.start, e.end)])
        # a bare given name ranks below the ruler's posts and bodies: "Stanley Parish Council" stays a body
        given = [g for g in self._given_names(doc) if not overlaps_any(ents, g.start, g.end)]
        doc.ents = sorted(ents + given, key=lambda e: e.start)
        return doc

    def _given_names(self, doc: Doc):
        """'Carrie Landman', 'Andy', 'Bonita Ryan': a given name from the gazetteer and up to two surnames.

        A given name right after another capitalised word is part of a longer name or a place
        ('Denbigh Dale', 'St Andrew'), unless that word opens a clause ('That Ashley contact ...',
        models/gazetteers/clause_openers.txt), and one alone right after a post's short form is a surname ('CA Gabriel',
        the City Attorney; 'PC Laura Hughes' is a person), so neither opens a person. One pass, bounded lookahead.
        """
        i = 0
        for i_given in _tokens_where(doc, "ORTH", lambda word: word in self.first_names or word in self.given_with_surname):
            if i_given < i:
                continue  # inside the name just read
            i = i_given
            prev = doc[i - 1] if i else None
            after_word = prev is not None and (prev.is_title and prev.text not in self.clause_openers or prev.text in {"St", "St."}) and not prev.is_sent_start
            if not after_word:
                k = i + 1
                while k < len(doc) and k - i <= 2 and _NAME_TOKEN_RE.match(doc[k].text) and not doc[k].is_upper and doc[k].lower_ not in self.honorifics:
                    k += 1
                if doc[i].text in self.given_with_surname and (k == i + 1 or doc[i + 1].text in self.place_words):
                    continue  # "Frank" alone is a word; "Mark Lane" a place; "Frank Reid" a person
                if k == i + 1 and prev is not None and _POST_SHORT_RE.fullmatch(prev.text):
                    continue  # "CA Gabriel will ...": the surname after a post's short form ("PC Laura Hughes" is a person)
                yield Span(doc, i, k, label="PERSON")
                i = k

    def _honorific_names(self, doc: Doc):
        """'Mr R W Gough', 'Cllr. O. Williams', 'Councillor Eckles', 'Mrs Chandler'."""
        i = 0
        for i_title in _tokens_where(doc, "LOWER", lambda word: word.rstrip(".") in self.honorifics):
            if i_title < i:
                continue  # inside the name just read
            i = i_title
            tok = doc[i]
            if tok.text[:1].isupper():
                j = i + 1
                if j < len(doc) and doc[j].text == ".":
                    j += 1
                while j < len(doc) and doc[j].is_space:  # "Ms\nCoombs": a name wrapped at the line end
                    j += 1
                k = j
                while k < len(doc) and _INITIAL_RE.match(doc[k].text) and k - j < 4:
                    k += 1
                names = 0
                while (
                    k < len(doc)
                    and names < 3
                    and _NAME_TOKEN_RE.match(doc[k].text)
                    and doc[k].text not in _MOTION_VERBS_IN_CAPITALS
                    and (doc[k].lower_ not in self.honorifics or names == 0)
                ):
                    k += 1  # an honorific word can still be a surname: "Cllr Lord"
                    names += 1
                if names:
                    yield Span(doc, i, k, label="PERSON")
                    i = k


# a post's short form in capitals before a surname ('CA Gabriel', 'CC Bartle', 'PWD Amos')
_POST_SHORT_RE = re.compile(r"[A-Z]{2,3}")


def _within_its_sentence(doc: Doc, ent: Span) -> Span:
    """The entity from the last sentence start inside it: an owner never runs on from the sentence before.

    'flooding on Oak St. The Clerk will write ...': 'St.' stays one token (an abbreviation to the
    tokenizer) and the post's capitalised modifiers read back over it ('Oak St. The Clerk'), though
    the sentence component ends the sentence there."""
    for k in range(ent.end - 1, ent.start, -1):
        if doc[k].is_sent_start:
            return Span(doc, k, ent.end, label=ent.label, kb_id=ent.kb_id, span_id=ent.id)
    return ent


def _tokens_where(doc: Doc, attr: str, test) -> list[int]:
    """Indices of the tokens whose `attr` string (ORTH, LOWER) passes `test`, in order.

    The test runs once per distinct word and the tokens are found in one array pass, so a
    Doc's thousands of tokens are not each made into a Python Token to be looked at.
    """
    if not len(doc):
        return []
    values = doc.to_array(attr)
    strings = doc.vocab.strings
    unique, inverse = numpy.unique(values, return_inverse=True)  # one sort; isin would sort again
    wanted = numpy.fromiter((test(strings[h]) for h in unique.tolist()), dtype=bool, count=len(unique))
    return numpy.flatnonzero(wanted[inverse.ravel()]).tolist() if wanted.any() else []


@Language.factory("minutes_markers")
def make_markers(nlp: Language, name: str):
    """Decision markers (RESOLVED, It was agreed that, Decision:, Carried ...) as doc.spans."""
    return MarkerFinder(models_dir())


class MarkerFinder:
    def __init__(self, root: Path) -> None:
        sources = [(p["id"], p["kind"], expand_markers(p["regex"])) for p in _read_jsonl(root / "patterns" / "resolution_markers.jsonl")]
        # the literal strings each pattern cannot match without (nlp/regex_literals.py): most agenda items lack most keywords
        self.literals = [required_literals(source, re.M) for _, _, source in sources]
        self.keys = [gate_keys(literals) for literals in self.literals]  # a few words every literal holds one of: looked for first
        # each pattern led by a lookahead for its first character where it opens with lookbehinds (nlp/regex_guard.py): the same matches
        self.patterns = [(pattern_id, kind, re.compile(guarded(source, re.M), re.M)) for pattern_id, kind, source in sources]

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        token_starts = doc.to_array("IDX").tolist() if len(doc) else []
        text = doc_text(doc)  # Doc.text joins every token: read it once per Doc (nlp/doc_text.py)
        for (pattern_id, kind, regex), literals, keys in zip(self.patterns, self.literals, self.keys):
            if not holds_any(text, literals, keys):
                continue  # no keyword of the pattern: it cannot match here
            for m in regex.finditer(text):
                span = _expand_to_tokens(doc, token_starts, m.start("marker"), m.end("marker"), kind)
                if span is not None:
                    spans.append(span)
        doc.spans["markers"] = sorted(spans, key=lambda s: (s.start_char, -len(s.text)))
        return doc


def _expand_to_tokens(doc: Doc, token_starts: list[int], start: int, end: int, label: str) -> Span | None:
    """The tokens covering start..end, found by bisection (Doc.char_span 'expand' walks every token)."""
    import bisect

    first = bisect.bisect_right(token_starts, start) - 1
    last = bisect.bisect_left(token_starts, end)
    if first < 0 or last <= first:
        return None
    return Span(doc, first, last, label=label)


@lru_cache(maxsize=1)
def get_pipeline() -> Language:
    """The default pipeline, built once per process from models/.

    `English()` rather than `spacy.blank("en")`: the same tokenizer, vocabulary and components,
    without `from_config` filling and validating a whole training config that nothing here reads
    (about 0.02 CPU s of every command; tests/test_pipeline_build.py checks the two agree).
    """
    nlp = English(create_tokenizer=english_tokenizer)  # spaCy's tokenizer, its own exceptions not checked again (english_tokenizer.py)
    nlp.add_pipe("minutes_sentences")
    nlp.add_pipe("minutes_owners")
    nlp.add_pipe("minutes_markers")
    nlp.add_pipe("minutes_trained")  # the trained sentence classifier of models/trained (see nlp/trained.py)
    return nlp
