"""Speed changes that must not change output: each fast path against the slow one it replaced."""

from __future__ import annotations

import json
import unicodedata

from spacy.pipeline import EntityRuler

from minutes_miner.nlp.owner_prefix import split_modifiers
from minutes_miner.nlp.pipeline import get_pipeline
from minutes_miner.readers.ocr import MIN_JUDGED_CHARS, MIN_LETTER_SHARE, needs_ocr
from minutes_miner.readers.pdf_text import GARBAGE_SHARE
from minutes_miner.readers.pdf_text import is_garbled, page_lines
from minutes_miner.resources import models_dir

MINUTES = (
    "RESOLVED that the Senior Acting Head of Planning Services and the relevant Head of the Legal Team report back.\n"
    "The Interim Director of Adult Social Care, Ms Carrie Landman, agreed to circulate the figures. "
    "The Council Officers and the Clerk would write to Highways England; the Corporate Director, Growth would reply. "
    "Cllr. O. Williams asked the Deputy Cabinet Member for Education to meet Stanley Parish Council."
)


def test_owner_patterns_without_modifiers_give_the_entity_rulers_entities():
    """The ruler matching patterns with their leading modifier taken off finds what spaCy's EntityRuler finds with them."""
    nlp = get_pipeline()
    owners = nlp.get_pipe("minutes_owners")
    assert owners.modifiers  # the head-of, director-of ... families are stripped
    patterns = [json.loads(line) for line in (models_dir() / "patterns" / "owners.jsonl").read_text().splitlines() if line.strip()]
    plain = EntityRuler(nlp, phrase_matcher_attr="LOWER", overwrite_ents=True)
    plain.add_patterns(patterns)
    stripped = EntityRuler(nlp, phrase_matcher_attr="LOWER", overwrite_ents=True)
    stripped.add_patterns(split_modifiers(patterns, owners._match_key)[0])
    doc = nlp.make_doc(MINUTES)
    expected = [(e.start, e.end, e.label_) for e in plain(nlp.make_doc(MINUTES)).ents]
    assert any(doc[s].lower_ in {"senior", "relevant", "interim", "the"} for s, _, _ in expected)  # modifiers are in the entities
    owners(doc)
    ruler_ents = {(e.start, e.end, e.label_) for e in doc.ents}
    for entity in expected:
        if not any(s <= entity[0] < e for s, e, label in ruler_ents if label == "PERSON" and (s, e, label) != entity):
            assert entity in ruler_ents  # every ruler entity that no honorific or given name replaced


def _needs_ocr_by_walk(text: str) -> bool:
    """needs_ocr as it was written before, character by character: the reference."""
    visible = [ch for ch in text if not ch.isspace()]
    if not visible:
        return True
    if sum(1 for ch in visible if ch == "\ufffd" or unicodedata.category(ch) == "Cc") / len(visible) > GARBAGE_SHARE:
        return True
    judged = [ch for ch in visible if not ch.isdigit() and not unicodedata.category(ch).startswith("P") and ch != "\ufffe"]
    if len(judged) < MIN_JUDGED_CHARS:
        return False
    return sum(1 for ch in judged if ch.isalpha()) / len(judged) < MIN_LETTER_SHARE


PAGES = [
    "",
    " \n\t",
    "Minutes of the meeting held on 9 January 2025. RESOLVED that the report be noted.",
    "\x01\x02\x03\x04 \x05\x06\x07 \ufffd\ufffd abc",
    "1234 5678 .,;: !!?? ---- 9999 (()) 1111 2222 3333 4444 5555 6666 abc",
    "£ 1,234 ## ** ++ == ~~ ^^ %% $$ ¬¬ ¦¦ §§ °° ±± ×× ÷÷ ¤¤ €€ ¥¥ ©© ®® ab" * 3,
    "Item 5 \ufffe\nmanage\ufffement of the Council’s budget² ½ ①",
]


def test_page_checks_count_as_before():
    """needs_ocr and is_garbled, now counted over distinct characters, decide as the character walk did."""
    assert [needs_ocr(page) for page in PAGES] == [_needs_ocr_by_walk(page) for page in PAGES]
    assert [needs_ocr(page) for page in PAGES][:4] == [True, True, False, True]
    assert is_garbled("\x01\x02\x03 ab") and not is_garbled("The Council agreed.") and not is_garbled("   ")


def test_page_lines_still_fix_control_and_symbol_font_characters():
    assert page_lines("  Minutes \n\n\uf0b7 Item one\x07\n\tTabbed\tline ") == ["Minutes", "• Item one", "Tabbed\tline"]
