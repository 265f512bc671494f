"""A Doc's text, joined once.

`Doc.text` is not stored: every read makes a Python Token of each token and joins their
texts. The pipeline components and the finders read it six or seven times per Doc, which
was about a sixth of extracting the Kent minutes (issue 12). The first read is kept in the
Doc's `user_data`, under the Doc's id so that a copy of user_data on another Doc (Span.as_doc
with copy_user_data) is never taken for that Doc's text.

A Doc made from a string holds that string exactly (spaCy's tokenizer drops and changes no
character), so `tokenized` keeps the string it was given and no join is needed at all.
"""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = ("minutes_miner", "text")


def doc_text(doc: Doc) -> str:
    """doc.text, computed on the first call for this Doc and kept for the next."""
    cached = doc.user_data.get(_KEY)
    if cached is not None and cached[0] == id(doc) and cached[1] == len(doc):
        return cached[2]
    text = doc.text
    doc.user_data[_KEY] = (id(doc), len(doc), text)
    return text


def tokenized(nlp, text: str) -> Doc:
    """`nlp.make_doc(text)`, with `text` kept as its doc_text (it is the Doc's text: nothing to join)."""
    doc = nlp.make_doc(text)
    if len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) == len(text):  # the tokens cover the text, as they always do
        doc.user_data[_KEY] = (id(doc), len(doc), text)
    return doc
