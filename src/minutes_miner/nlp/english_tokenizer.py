"""spaCy's English tokenizer, built without checking spaCy's own exceptions once more (issue 12).

`English()` adds its 1,347 tokenizer exceptions one by one, and `Tokenizer.add_special_case`
first checks each (that its pieces' ORTH spell the string, that it sets nothing but ORTH and
NORM): about a quarter of building the tokenizer, a few hundredths of a CPU second of every
command, to check data that is a constant of the installed spaCy. The tokenizer here is the
same class, with the same rules, affixes and matchers (tests/test_pipeline_build.py compares it
with `spacy.blank("en")`'s byte for byte); it skips that check only while it loads the rules it
was built with, and tests/test_pipeline_build.py runs spaCy's check on every one of them.
Special cases added later are checked as usual.
"""

from __future__ import annotations

from spacy import util
from spacy.language import Language
from spacy.tokenizer import Tokenizer


class PrecheckedTokenizer(Tokenizer):
    """A Tokenizer that trusts the rules given to its constructor (spaCy's English exceptions)."""

    def __init__(self, *args, **kwargs) -> None:
        self._loading_given_rules = True
        try:
            super().__init__(*args, **kwargs)
        finally:
            self._loading_given_rules = False

    def _validate_special_case(self, chunk, substrings) -> None:
        if not self._loading_given_rules:
            super()._validate_special_case(chunk, substrings)


def english_tokenizer(nlp: Language) -> Tokenizer:
    """What spaCy's `spacy.Tokenizer.v1` factory builds for `nlp` (spacy/language.py), as a PrecheckedTokenizer."""
    defaults = nlp.Defaults
    return PrecheckedTokenizer(
        nlp.vocab,
        rules=defaults.tokenizer_exceptions,
        prefix_search=util.compile_prefix_regex(defaults.prefixes).search if defaults.prefixes else None,
        suffix_search=util.compile_suffix_regex(defaults.suffixes).search if defaults.suffixes else None,
        infix_finditer=util.compile_infix_regex(defaults.infixes).finditer if defaults.infixes else None,
        token_match=defaults.token_match,
        url_match=defaults.url_match,
    )
