"""Plain text that keeps a page's '<br />' tags as letters (issue 11, session 31).

Seen on real minutes copied from e-paper and document sites (web5, web7, web8: a South Australian council, a Colorado
library board, a Minnesota planning commission): 'KANGAROO ISLAND COUNCIL<br />' heads the page, so the name was never
alone on its line; 'Planning Commission Page 8 <br /> February 26,2019 <br /> ...' ran the body into the page mark; 'The
nomination was seconded <br />and unanimously approved by the Board.' The tags stand for line breaks. Invented councils,
the same forms."""

from __future__ import annotations

from minutes_miner.readers.text import without_literal_markup
from tests.helpers import analysed_page, extracted_text


def test_a_tag_at_a_lines_end_is_that_lines_end() -> None:
    assert without_literal_markup("ELMWOOD ISLAND COUNCIL<br />\n\nMINUTES<BR>\n") == "ELMWOOD ISLAND COUNCIL\n\nMINUTES\n"


def test_a_tag_inside_a_line_breaks_it() -> None:
    assert without_literal_markup("seconded <br />and unanimously approved") == "seconded\nand unanimously approved"


def test_text_without_tags_is_untouched() -> None:
    text = "The <b>bold</b> plan and a 3 < 4 comparison.\n"
    assert without_literal_markup(text) is text


def test_the_letterhead_before_its_tag_names_the_council(tmp_path) -> None:
    page = (
        "ELMWOOD ISLAND COUNCIL<br />\n\nMINUTES OF A COUNCIL MEETING HELD IN THE<br />\n\nCOUNCIL CHAMBERS, DREW STREET<br />\n\n"
        "PRESENT: Mayor A Hale (Chair), Crs B Noor, C Dale<br />\n\n1. The minutes of the last meeting were confirmed.<br />\n"
    )
    assert analysed_page(tmp_path, page).council == "Elmwood Island Council"


def test_a_decision_broken_by_a_tag_reads_whole(tmp_path) -> None:
    page = "Elmwood Library Board\nMinutes of 3 March 2025\n\n4. Officers\nRESOLVED: That Member Hale be elected <br />Vice-President of the Board for 2025.\n"
    texts = [r.text for r in extracted_text(tmp_path, "elmwood.txt", page).resolutions]
    assert any("be elected Vice-President of the Board for 2025" in t for t in texts), texts


def test_emphasis_tags_go_so_the_date_reads_whole(tmp_path) -> None:
    page = (
        "ELMWOOD ISLAND COUNCIL<br />\n\nMINUTES OF A COUNCIL MEETING HELD IN THE<br />\n\n"
        "COUNCIL CHAMBERS, KINGSWAY ON WEDNESDAY 13 OCTOBER <strong>2004</strong>,<br />\n\nCOMMENCING AT 1.01 PM<br />\n\n"
        "1.0 PRESENT<br />\n\nMayor A Hale, Crs B Noor, C Dale<br />\n"
    )
    assert str(analysed_page(tmp_path, page).meeting_date) == "2004-10-13"
