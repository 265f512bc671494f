"""A body's name wrapped over two heading lines is one name.

PDF title blocks and HTML headings with a <br> wrap long committee names: 'Parks, Recreation and' /
'Community Services Commission' (US city commission), 'Eastmere and Saltmarsh Joint Health Overview and' /
'Scrutiny Committee' (English joint scrutiny committee, ModernGov heading over its date), 'Minutes of the
Catchment Operations' / 'Committee' (New Zealand regional council), 'Minutes of the meeting of the Licensing and' /
'Regulatory Committee held on ...' (the title read across 'and' as it was across 'of the'). Read line by line, the second line alone
looked like the body ('Community Services Commission', 'Scrutiny Committee') or no body was read and the
letterhead's 'Council' won (three councils of corpus/gold/invented's session-18 batch; no real gold file
changes). Near misses: a letterhead over a one-word body ('Kent County Council' / 'Cabinet') and a heading
whose next line ends in no body noun stay apart. Invented snippets.
"""

from __future__ import annotations

import pytest

from minutes_miner.meeting import classify_document, find_body, find_council


def _council_and_body(text: str) -> tuple[str | None, str | None]:
    doc_type = classify_document(text)
    council, hint = find_council({}, text, doc_type)
    return council, find_body(text[:3000], council, hint)


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "City of Fernvale\nParks, Recreation and\nCommunity Services Commission\nMinutes of the Regular Meeting\nNovember 12, 2026\n"
            "CALL TO ORDER: Chair Pierce called the meeting to order at 6:00 p.m.\n",
            "Parks, Recreation and Community Services Commission",
        ),
        (
            "Minutes:\nHolmwick and Saltby Joint Health Overview and\nScrutiny Committee\nFriday 14 November 2025 10.00 am\n\n"
            "Venue: The Long Room, Shire Hall\n\nPresent: Councillors Dowsett (Chair), Brackley, Spurgeon.\n",
            "Holmwick and Saltby Joint Health Overview and Scrutiny Committee",
        ),
        (
            "Kereru Regional Council\nMinutes of the Catchment Operations\nCommittee\nMeeting held Tuesday 15 September 2026 at 9.30am\n"
            "Council Chamber, Regional House\nMembers: Cr Hapeta (Chair), Cr Somerfield\n",
            "Catchment Operations Committee",
        ),
        (
            "Elmshire Borough Council\nMinutes of the meeting of the Licensing and\nRegulatory Committee held on 3 March 2025\n"
            "Present: Councillor Hale (Chair), Councillor Noor\n",
            "Licensing and Regulatory Committee",
        ),
    ],
)
def test_a_wrapped_body_name_is_read_whole(text: str, body: str) -> None:
    assert _council_and_body(text)[1] == body


@pytest.mark.parametrize(
    "text, body",
    [
        ("Elmshire County Council\nCabinet\nThursday 6 March 2025\n\nPresent: Mr R Gough (Chair)\n", "Cabinet"),
        (
            "Elmshire County Council\nMinutes of the Planning Committee held on 3 March 2025 at\nCouncil Chamber\nPresent: Councillor Hale (Chair)\n",
            "Planning Committee",
        ),
    ],
)
def test_lines_that_are_not_one_name_stay_apart(text: str, body: str) -> None:
    assert _council_and_body(text)[1] == body
