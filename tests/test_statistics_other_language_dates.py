"""A day before a month of another language is a date, not a count (ANNOTATION.md: dates are no statistics).

Bilingual councils write dates in their other language too: French in New Brunswick, Ontario and Quebec minutes
('la séance du 26 janvier', 'le 3 mars'), Welsh ('14 Hydref'), Irish ('3 Eanáir'), Afrikaans ('12 Maart'). A
lower-case French month after a day read as the counted noun ('26 janvier' gave a count of 26). The month names
are models/patterns/meeting.json's other_language_months, the list the meeting date reader already uses. Near
misses: a count in French ('12 résidents') and in English stay statistics.
"""

from __future__ import annotations

import pytest


from helpers import statistics_found as values


@pytest.mark.parametrize(
    "text",
    [
        "Prochaine réunion / Next meeting: le 26 janvier 2026.",
        "La séance du 3 mars est reportée au 14 avril.",
        "Cyfarfod nesaf / Next meeting: 14 Hydref.",
        "An chéad chruinniú eile: 3 Eanáir.",
        "Volgende vergadering: 12 Maart.",
    ],
)
def test_a_day_before_another_languages_month_is_a_date(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La séance du 3 mars: 12 résidents présents.", [(12, "count")]),
        ("At the meeting of 3 March, 12 residents attended.", [(12, "count")]),
    ],
)
def test_counts_beside_such_dates_stay(text: str, expected: list[tuple[float, str]]) -> None:
    assert values(text) == expected
