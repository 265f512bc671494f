"""Numbers that count nothing, seen on real minutes pages of councils no rule was written on (issue 16, session 28):
a time written '12 noon' and a meeting's ordinal in words with a hyphen ('FORTY-SECOND MEETING'). Invented snippets in
the same styles; ANNOTATION.md: times of day and ordinals are no statistics."""

from __future__ import annotations


from helpers import statistics_found as found


def test_twelve_noon_midday_and_midnight_are_times() -> None:
    text = "Comments on the application are due by 12 noon on 5 March. The hall opens at 12 midday and closes at 12 MIDNIGHT. The 12 volunteers were thanked."
    assert found(text) == [(12.0, "count")]


def test_a_meetings_ordinal_in_words_is_no_measure_in_seconds() -> None:
    assert found("FORTY-SECOND MEETING\n\nOF THE ELMWOOD COUNTY BOARD OF SUPERVISORS") == []
    assert found("The twenty-second annual show was held in the park.") == []
    assert found("A thirty-second clip of the flood was shown.") == [(30.0, "other")]
