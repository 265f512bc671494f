"""The counts an action's 'within ...' deadline is written with: found in the task and read as a date from one list."""

from __future__ import annotations

from datetime import date

import pytest

from minutes_miner.extract.action_due import due_phrase, resolve_due_date

MEETING = date(2025, 3, 3)


@pytest.mark.parametrize(
    "task, phrase, due",
    [
        ("circulate the draft within two weeks", "within two weeks", date(2025, 3, 17)),
        ("report back within nine days", "within nine days", date(2025, 3, 12)),
        ("complete the survey within eleven months", "within eleven months", date(2026, 1, 27)),
        ("arrange a site visit within a couple of weeks", "within a couple of weeks", date(2025, 3, 17)),
        ("reply within a month", "within a month", date(2025, 4, 2)),
        ("finish the audit within the next 10 days", "within the next 10 days", date(2025, 3, 13)),
        ("Agree A Couple Of dates within A Couple Of weeks", "within A Couple Of weeks", date(2025, 3, 17)),
    ],
)
def test_a_within_deadline_is_found_and_counted_from_the_meeting(task, phrase, due):
    assert due_phrase(task) == phrase
    assert resolve_due_date(due_phrase(task), MEETING) == due
