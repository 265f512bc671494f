"""A minutes book (one file, many meetings) is split into its meetings; a single meeting's
minutes that mention an earlier meeting's minutes are not."""

from __future__ import annotations

import sqlite3

from minutes_miner.ingest import ingest_files
from minutes_miner.minutes_book import book_sections

SECTION = """Minutes of Board Meeting: {date}, President's Board Room

Present: Liz Kearns, Jerry Owens, Jan Brucker, Wanda Fullner

The President, Liz Kearns, called the meeting to order at 7:00 pm.
Minutes of the {previous} meeting were approved as presented.
Park clean-up: Jan will contact the Parks Department about the {item} before the next meeting.
Minutes submitted by Liz Kearns

"""
DATES = [
    ("January 20, 1999", "December 16, 1998", "litter bins"),
    ("February 17, 1999", "January 20, 1999", "benches"),
    ("March 17, 1999", "February 17, 1999", "signs"),
    ("April 21, 1999", "March 17, 1999", "trail"),
]
BOOK = "Licton Springs Community Council\n\n" + "".join(SECTION.format(date=d, previous=p, item=i) for d, p, i in DATES)

# Kent's Corporate Parenting Panel minutes (../shared/corpus/kent): one meeting, whose item 3 is
# headed by the earlier meeting's minutes.
PANEL = """CORPORATE PARENTING PANEL – 10th December 2024
MINUTES of the meeting held in the Darent Room, Sessions House, County Hall, Maidstone.
PRESENT: Mrs S Prendergast (Chair), Mr P Bartlett (Vice-Chair), Mr D Brazier
Minutes of the meeting held on 29 October 2024
(Item 3)
RESOLVED that the minutes of the meeting held on 29 October 2024 were a correct record.
Participation Team Update
(Item 4)
1. Jo Carpenter, Participation and Engagement Manager, presented the report.
"""


def test_each_meeting_of_a_book_is_a_section_of_its_own():
    sections = book_sections(BOOK, "1999-01-20")
    assert [when for _, _, when in sections] == ["1999-02-17", "1999-03-17", "1999-04-21"]
    assert "benches" in BOOK[sections[0][0] : sections[0][1]] and "signs" not in BOOK[sections[0][0] : sections[0][1]]


def test_one_meetings_minutes_are_not_a_book():
    assert book_sections(PANEL, "2024-12-10") == []


def test_a_books_actions_carry_their_own_meetings_date(tmp_path):
    path = tmp_path / "lsc_minutes_book.txt"
    path.write_text(BOOK, encoding="utf-8")
    db_path = tmp_path / "m.db"
    ingest_files(str(db_path), [path], workers=1)
    conn = sqlite3.connect(db_path)
    try:
        dates = [r[0] for r in conn.execute("select date from meetings order by date")]
        actions = dict(conn.execute("select a.description, m.date from actions a join meetings m on m.id = a.meeting_id"))
    finally:
        conn.close()
    assert dates == ["1999-01-20", "1999-02-17", "1999-03-17", "1999-04-21"]
    assert {when for task, when in actions.items() if "benches" in task} == {"1999-02-17"}
