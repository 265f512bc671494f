"""A bare '$' takes the council's country; where no name, region, domain or postcode says it,
the country's own words in the first pages do ('Cr White', 'excl GST', 'plus HST')."""

from __future__ import annotations

from minutes_miner.extract.money import document_currencies
from minutes_miner.extraction import extract_document
from minutes_miner.readers.base import Document

AU = (
    "MINUTES OF THE ORDINARY MEETING OF WATTLE SHIRE COUNCIL HELD ON 3 MARCH 2021\n"
    "PRESENT: Cr J Brown (Mayor), Cr K White, Cr L Green\n\n"
    "8.1 DRAINAGE WORKS TENDER\nMoved: Cr White\nSeconded: Cr Green\n"
    "That Council accept the tender from Reef Civil Pty Ltd for $230,000 (excl GST).\nCARRIED 5/0\n"
)
CA = (
    "THE CORPORATION OF THE TOWN OF PINE RIDGE\nCOUNCIL MINUTES\nMarch 3, 2021\n\n"
    "Present: Reeve J. Hill, Deputy Reeve A. Roy, Councillor B. Tan\n\n"
    "Moved by Deputy Reeve Roy\nSeconded by Councillor Tan\n"
    "THAT Council award the road resurfacing tender in the amount of $412,000 plus HST.\nCARRIED\n"
)


def money_units(text: str) -> list[str]:
    result = extract_document(Document(path="minutes.txt", format="txt", text=text), "test")
    return [s.unit for s in result.statistics if s.value >= 1000]


def test_australian_words_make_the_dollar_aud():
    assert money_units(AU) == ["AUD"]


def test_canadian_words_make_the_dollar_cad():
    assert money_units(CA) == ["CAD"]


def test_one_cue_alone_or_a_tie_keeps_the_default():
    assert document_currencies(None, None, "Present: Cr Brown.\nA grant of $500 was agreed.").home == "USD"
    assert document_currencies(None, None, "Cr Brown, His Worship the Mayor, Pty Ltd, Chief Executive Officer, Long Term Plan, Karakia").home in {"AUD", "NZD"}
