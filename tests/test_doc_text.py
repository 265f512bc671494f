"""doc_text: a Doc's text joined once, or kept from the string the Doc was made from (issue 12)."""

from __future__ import annotations

import pytest

from minutes_miner.nlp.doc_text import doc_text, tokenized
from minutes_miner.nlp.pipeline import get_pipeline

TEXTS = [
    "RESOLVED: That the report be noted.",
    "  Mr. Smith, Cllr.\u00a0Jones and Dr O'Neill (e.g. the Clerk) met at 7.30 p.m.\n\n\tItem 4 —  £1,316.50  ",
    "Moved by Council Member Ortiz, seconded by Mayor Pro Tem Lee; carried 5-0.\r\n",
    "The Shire's CEO to report back to Council by 30/06/2024 re: the $12.5m works.  ",
    "Comhairle Contae: Cathaoirleach’s “report” — noted…\n",
    "\n\n",
]


@pytest.mark.parametrize("text", TEXTS)
def test_a_doc_made_by_tokenized_keeps_its_text_which_is_the_doc_s_own(text):
    nlp = get_pipeline()
    doc = tokenized(nlp, text)
    assert doc_text(doc) == text == doc.text
    assert [t.text for t in doc] == [t.text for t in nlp.make_doc(text)]


def test_a_doc_from_tokenized_goes_through_the_pipeline_like_one_from_a_string():
    nlp = get_pipeline()
    for from_doc, from_text in zip(nlp.pipe(tokenized(nlp, t) for t in TEXTS), nlp.pipe(TEXTS)):
        assert doc_text(from_doc) == from_text.text
        assert [(e.start, e.end, e.label_) for e in from_doc.ents] == [(e.start, e.end, e.label_) for e in from_text.ents]
        assert [(s.start, s.end) for s in from_doc.sents] == [(s.start, s.end) for s in from_text.sents]
        assert [(s.start, s.end, s.label_) for s in from_doc.spans["markers"]] == [(s.start, s.end, s.label_) for s in from_text.spans["markers"]]


def test_an_empty_text_is_joined_as_before():
    doc = tokenized(get_pipeline(), "")
    assert doc_text(doc) == ""
