"""Meeting dates of boards and of excerpts. A board's attendance line ('Commissioners: ...',
'Directors present: ...', 'Trustees:') ends the title block as 'Present:' does, so a date in an
item below it ('testified that on April 18, 2025 ...') is not the meeting's. An excerpt that
prints one running footer with its page mark ('Page 9 of 14   Elm City Council – Ordinary Council
Meeting – 18 February 2025') is dated by it. Near misses: a running line without a page mark
printed once is no running line; two page-marked lines with different dates decide nothing.
Invented pages; expected values decided by ANNOTATION.md first."""

from __future__ import annotations

from datetime import date

import pytest

from minutes_miner.readers import read_document
from minutes_miner.structure import analyse

# an excerpt that opens mid-page: items of a council meeting, no title block
PROSE = "".join(
    f"{n}. Item {n}\nCr Lee asked whether the works on item {n} could be carried forward; the Director advised that they could.\nMOVED Cr Noor SECONDED Cr Page\nCARRIED\n\n"
    for n in range(1, 12)
)

PAGES = [
    (
        "LICENSING BOARD FOR THE CITY OF PORT ALDEN\nRoom 4, City Hall\nMinutes of Hearing – Thursday, June 5, 2025, 10:00 a.m.\n\n"
        "Commissioners: Chair Ann Hale, Commissioner Bo Noor, Commissioner Cal Lee\n\n1. Hearing on alleged violation – The Anchor, 4 Wharf Street.\n"
        "Officer Page testified that on April 18, 2025 at 1:55 a.m. officers observed 160 patrons inside the premises.\n",
        date(2025, 6, 5),
    ),
    (
        "ELMBROOK IRRIGATION DISTRICT\nBoard of Directors – Regular Meeting – March 4, 2025\nDirectors present: Ann Hale, Bo Noor, Cal Lee\n"
        "1. GM report. The canal was inspected on February 12, 2025 and found sound.\n",
        date(2025, 3, 4),
    ),
    (
        PROSE
        + "Page 9 of 14          Elmvale City Council – Ordinary Council Meeting – 18 February 2025\n\nThe Director reported that the works began on 3 February 2025.\n",
        date(2025, 2, 18),
    ),
    # near misses: no page mark, printed once; two page marks that disagree
    (PROSE + "Elmvale City Council – Ordinary Council Meeting – 18 February 2025\n\nThe Director reported that the works began on 3 February 2025.\n", None),
    (
        PROSE
        + "Page 9 of 14    Elmvale City Council – Ordinary Council Meeting – 18 February 2025\n\n"
        + PROSE
        + "Page 3 of 6    Elmvale City Council – Audit Committee – 4 March 2025\n",
        None,
    ),
]


@pytest.mark.parametrize("text,when", PAGES, ids=[p[0][:30] for p in PAGES])
def test_board_and_excerpt_dates(tmp_path, text, when):
    path = tmp_path / "minutes.txt"
    path.write_text(text, encoding="utf-8")
    assert analyse(read_document(path)).meeting_date == when
