"""The amendment openings are searched only in items that hold the words they require (issue 12: speed).

Each opening form starts with a name, so its scan tries every capital letter of an item; the
gate reads the words from the patterns themselves, so it can never hide a match.
"""

from __future__ import annotations

from minutes_miner.extract import amendments
from minutes_miner.extract.amendments import _START_RES, _starts_possible, find_amendments

WITH_AMENDMENTS = [  # invented items in several councils' styles
    "Mr Brady proposed, and Ms Meade seconded the following amendment: that the grant be reduced. The amendment was lost.",
    "An amendment was moved by Councillor Okafor and seconded by Councillor Lindqvist that the item be deferred. The amendment was carried.",
    "Councillor Ruiz moved an amendment, seconded by Councillor Tamaki, that the word 'annual' be deleted. The amendment was withdrawn.",
    "Councillor Hughes proposed an amendment, which was seconded by Councillor Price. The amendment was defeated.",
]
WITHOUT = [
    "Mr Brady proposed, and Ms Meade seconded, that the grant be approved. Carried.",
    "The Committee AMENDED the draft plan and approved it.",  # 'amended', not an amendment moved
    "",
]


def test_every_opening_needs_the_word_it_is_gated_on() -> None:
    for regex in _START_RES:
        for text in WITH_AMENDMENTS:
            for m in regex.finditer(text):
                assert "amendment" in m.group(0)


def test_the_gate_keeps_every_amendment() -> None:
    for text in WITH_AMENDMENTS:
        assert _starts_possible(text) == _START_RES
        expected = sorted((m for regex in _START_RES for m in regex.finditer(text)), key=lambda m: (m.start(), -m.end()))
        assert [m.span() for m in amendments._starts(text)][:1] == [m.span() for m in expected][:1]
        assert find_amendments(text)
    for text in WITHOUT:
        assert _starts_possible(text) == []
        assert find_amendments(text) == []
