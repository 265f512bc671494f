"""The pipeline is built with `English()`, not `spacy.blank("en")` (issue 12: the fixed cost of a
command): both must give the same tokenizer, vocabulary and component outputs, so the cheaper
construction cannot change a record.
"""

from __future__ import annotations

import spacy

from minutes_miner.nlp.pipeline import get_pipeline

# Invented snippets in several councils' styles: abbreviations, money, times, initials, hyphens,
# URLs and e-mail addresses are where the tokenizer's special cases and affix rules act.
SNIPPETS = [
    "RESOLVED: that Cllr J. Smith's motion (seconded by Mrs. A-M O'Neill) be carried 7-2, e.g. by 5 p.m. on 3rd Jan.",
    "Moved by Councillor Tremblay, seconded by Councillor Roy, that the Township of Elm Creek approve $12,500.00 for Ward 3.",
    "The Shire's CEO will write to the Dept. of Transport re: the Main St./High St. junction (see www.example.gov.au/roads).",
    "ACTION: Clerk to e-mail clerk@example-pc.gov.uk by 31/12/2023; 45% of residents ('don't know': 12) replied.",
    "Ms. Ní Bhriain, A/Senior Engineer, undertook to report back at 7.30pm - it wasn't agreed... U.S.A. vs. N.Z.",
]


def test_english_builds_the_same_tokenizer_and_vocab_as_blank():
    blank = spacy.blank("en")
    built = get_pipeline()
    assert built.lang == blank.lang == "en"
    assert built.tokenizer.to_bytes(exclude=["vocab"]) == blank.tokenizer.to_bytes(exclude=["vocab"])  # the vocab holds the components' strings too
    assert built.tokenizer.rules == blank.tokenizer.rules
    assert built.max_length == blank.max_length and built.batch_size == blank.batch_size
    assert sorted(built.vocab.lex_attr_getters) == sorted(blank.vocab.lex_attr_getters)
    for text in SNIPPETS:
        ours, theirs = built.make_doc(text), blank.make_doc(text)
        assert [(t.text, t.whitespace_, t.norm_, t.shape_, t.like_num, t.is_stop) for t in ours] == [
            (t.text, t.whitespace_, t.norm_, t.shape_, t.like_num, t.is_stop) for t in theirs
        ]


def test_components_read_the_same_on_a_blank_built_pipeline():
    blank = spacy.blank("en")
    built = get_pipeline()
    for name in built.pipe_names:
        blank.add_pipe(name)
    assert blank.pipe_names == built.pipe_names
    for text in SNIPPETS:
        ours, theirs = built(text), blank(text)
        assert [(e.text, e.label_, e.start_char) for e in ours.ents] == [(e.text, e.label_, e.start_char) for e in theirs.ents]
        assert [s.text for s in ours.sents] == [s.text for s in theirs.sents]
        assert [(s.text, s.label_) for s in ours.spans.get("markers", [])] == [(s.text, s.label_) for s in theirs.spans.get("markers", [])]


def test_the_tokenizer_is_spacys_with_every_exception_passing_spacys_own_check():
    """The pipeline's tokenizer skips spaCy's check of English's exceptions while it loads them
    (nlp/english_tokenizer.py): every one of them passes that check, and one added later is checked."""
    from spacy.tokenizer import Tokenizer

    built = get_pipeline()
    plain = Tokenizer(built.vocab)
    assert built.tokenizer.rules and isinstance(built.tokenizer, Tokenizer)
    for chunk, substrings in built.tokenizer.rules.items():
        plain._validate_special_case(chunk, substrings)  # raises on a bad exception
    try:
        built.tokenizer.add_special_case("Cllrs.", [{"ORTH": "Cllr"}])  # pieces that do not spell the string
    except ValueError:
        pass
    else:
        raise AssertionError("a special case added after the build was not checked")
