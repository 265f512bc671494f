"""The owner ruler's patterns matched per anchor group (nlp/windowed_ruler.py): the entities of spaCy's own EntityRuler, read faster."""

from __future__ import annotations

import pytest

from minutes_miner.nlp.pipeline import get_pipeline
from minutes_miner.nlp.windowed_ruler import OVERLAP, _anchor_groups, _anchored_stretches, _most, _reach, _token_matches, ruler_matches, set_entities

# Minutes in the styles of several countries and kinds of council, each with owners of several pattern families.
SNIPPETS = [
    # ModernGov, English county
    "RESOLVED that the Corporate Director of Growth, Environment and Transport be asked to report back. "
    "The Cabinet Member for Highways and the Head of Planning Services would meet Kent County Council officers.",
    # English parish
    "9. Footpaths. The Clerk to write to the Highways Agency and to Openreach Ltd about the fallen cable. "
    "Cllr Moss and the Chairman agreed to inspect the play area. The contractor will be asked to quote.",
    # US city council
    "Motion by Council Member Alvarez, seconded by Mayor Pro Tem Chen, directing the City Manager and the "
    "Director of Public Works to return with options. The Public Works Department will schedule the repairs.",
    # Canadian municipal
    "THAT Council direct the Chief Administrative Officer (CAO) and the Director of Finance and Treasurer "
    "to prepare a report; and that the Township of Wellesley Planning Advisory Committee be consulted.",
    # Australian shire, Irish and Scottish councils
    "The Chief Executive Officer to write to the Shire of Esperance. The Senior Executive Officer, Roads, "
    "will liaise with Dublin City Council and the Highland Council Area Manager. Action: Executive Manager Engineering.",
]


@pytest.fixture(scope="module")
def owners():
    return get_pipeline().get_pipe("minutes_owners")


def _entities(doc) -> list[tuple[int, int, str]]:
    return [(e.start, e.end, e.label_) for e in doc.ents]


@pytest.mark.parametrize("text", SNIPPETS)
def test_anchor_groups_give_the_entity_rulers_own_entities(owners, text):
    """Each group's Matcher reads only the stretches around its anchor words; the entities are EntityRuler's on the whole doc."""
    nlp = get_pipeline()
    doc = nlp.make_doc(text)
    plain = owners.ruler(nlp.make_doc(text))
    set_entities(owners.ruler, doc, ruler_matches(owners.ruler, doc))
    assert _entities(doc) == _entities(plain) and doc.ents


def test_grouped_matches_equal_the_whole_matchers_on_every_snippet(owners):
    """Every (key, start, end) the ruler's one Matcher finds, and no other, over all the snippets joined (several windows)."""
    nlp = get_pipeline()
    doc = nlp.make_doc("\n\n".join(SNIPPETS * 3))
    stretches = _anchored_stretches(_anchor_groups(owners.ruler), doc)
    assert {m for matcher, spans in stretches for m in _token_matches(matcher, doc, spans)} == set(_token_matches(owners.ruler.matcher, doc))


def test_text_without_anchor_words_reads_nothing(owners):
    nlp = get_pipeline()
    doc = nlp.make_doc("The minutes of the last meeting were approved as a correct record and signed.")
    assert _anchored_stretches(_anchor_groups(owners.ruler), doc) == []
    assert ruler_matches(owners.ruler, doc) == []


def test_reach_counts_bounded_and_unbounded_operators():
    """'{1,3}' reaches 3 tokens, '?' one, '!' none, '*' and '+' as far as OVERLAP; the anchor's own repeats count after it."""
    assert _most({"OP": "{1,3}"}) == 3 and _most({"OP": "{2}"}) == 2 and _most({"OP": "{2,}"}) == OVERLAP
    assert _most({"OP": "?"}) == 1 and _most({"OP": "!"}) == 0 and _most({"OP": "*"}) == OVERLAP
    pattern = [{"IS_TITLE": True, "OP": "{1,2}"}, {"LOWER": "and", "OP": "?"}, {"LOWER": "council", "OP": "+"}, {"IS_TITLE": True, "OP": "?"}]
    assert _reach(pattern, 2) == (3, OVERLAP)
    assert _reach(pattern[:2] + [{"LOWER": "council"}, {"IS_TITLE": True}], 0) == (0, 1 + 1 + 1 + 1)


def test_positions_by_word_are_every_token_of_each_lower_case_word_in_order():
    import numpy
    import spacy

    from minutes_miner.nlp.windowed_ruler import _positions_by_word

    nlp = spacy.blank("en")
    doc = nlp("The Clerk to write to the Council. the CLERK, the clerk and The Town Clerk; Head of Planning to report to the council.")
    positions = _positions_by_word(doc)
    lowers = doc.to_array("LOWER")
    assert set(positions) == {t.lower_ for t in doc}
    for word, where in positions.items():
        assert where == numpy.flatnonzero(lowers == nlp.vocab.strings[word]).tolist()
    assert positions["clerk"] == [1, 9, 12, 16]
    assert _positions_by_word(nlp("")) == {}
