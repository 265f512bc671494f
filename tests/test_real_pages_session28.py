"""This session's forms on real council text in ../shared (tune-part devpool councils, the formats corpus and the Kent
papers): the rules were written on real pages kept beside the project (third-party text, not committed), and these are
the same families where ../shared holds them."""

from __future__ import annotations

import re

from helpers import SHARED, devpool, needs_shared
from helpers import extracted_in_memory as _whole


@needs_shared
def test_a_minutes_approval_motion_is_read_from_its_that() -> None:
    """'CONSIDERATION OF MINUTES ... RESOLUTION: That the Minutes ... be confirmed.' (a Queensland shire) and
    'Resolution No: (01-07-12) Moved by: ... Seconded by: ... That the minutes ...' (another): the decision opens at 'That',
    not at the heading or the movers run into it on a flattened line."""
    for name in ("etheridge_qld_1.txt", "quilpie_qld_1.txt"):
        texts = [r.text for r in devpool(name).resolutions]
        approvals = [t for t in texts if "minutes" in t.lower() and "confirmed" in t.lower()]
        assert approvals and all(t.startswith("That the") for t in approvals), (name, texts)


@needs_shared
def test_be_it_further_resolved_after_a_full_stop_continues_the_resolution() -> None:
    """Winnipeg City Council's expropriation by-laws: '... is hereby confirmed. BE IT FURTHER RESOLVED that Council's
    reasons ...' is one decision block."""
    path = SHARED / "corpus" / "formats" / "docx" / "winnipeg_council_hansard_2015-03-25.docx"
    texts = [r.text for r in _whole(str(path)).resolutions]
    assert any("is hereby confirmed. BE IT FURTHER RESOLVED that" in t for t in texts), texts
    assert not any(t.startswith("that Council’s reasons for proceeding with the partial expropriation") for t in texts), texts


@needs_shared
def test_a_statistics_sentence_opens_on_a_word() -> None:
    """A Kent appendix's bulleted list with no full stop for hundreds of characters: the sentence a figure is quoted in
    opens on a word of the text, never on the last letters of one ('e* • Family Fun Time ...')."""
    path = next((SHARED / "corpus" / "kent").rglob("Appendix 5 - Service Offer Comparison.pdf"))
    extraction = _whole(str(path))
    text = extraction.document.text
    assert extraction.statistics
    for stat in extraction.statistics:
        words = stat.sentence.split()[:6]  # the sentence is quoted with its whitespace squashed
        found = re.search(r"\s+".join(map(re.escape, words)), text)
        assert found, words
        at = found.start()
        assert at == 0 or not (text[at - 1].isalnum() and text[at].isalnum()), text[max(0, at - 10) : at + 30]
