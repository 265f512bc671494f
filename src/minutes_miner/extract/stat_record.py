"""The statistic a finder returns, shared by the text finder (statistics.py) and the table finder (stat_tables.py)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class FoundStatistic:
    value: float
    unit: str
    start: int  # the number's span in the text given
    end: int
    text: str
    qualifier: str | None = None
    subject: str | None = None
    period: str | None = None
    comparison: str | None = None
    direction: str | None = None
    change_from: float | None = None
