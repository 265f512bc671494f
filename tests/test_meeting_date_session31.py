"""Meeting dates: an adjourned sitting's own date, and an e-paper host's promotion lines (issue 11, session 31).

Seen on real pages of councils no rule was written on (web8): 'MINUTES OF THE ADJOURNED MEETING OF 29 MAY 2015 OF THE
COUNCIL OF THE CITY OF CAPE TOWN HELD IN THE COUNCIL CHAMBER, ... ON TUESDAY, 02 JUNE 2015' (the date after 'adjourned
meeting of' is the meeting it continues; the sitting is the later one), and an e-paper copy whose host's lines ('You
also want an ePaper? Increase the reach of your titles', 'YUMPU automatically turns print PDFs into web optimized
ePapers ...') stood above the title and ended its opening lines before the date. Invented councils, the same forms."""

from __future__ import annotations

from tests.helpers import analysed_page

ATTENDANCE = "\n\nPRESENT: Mayor A Hale, Councillors B Noor, C Dale.\n\n1. APOLOGIES\nNone.\n"


def test_an_adjourned_sittings_date_is_its_own(tmp_path) -> None:
    page = (
        "MINUTES\nOF THE ADJOURNED MEETING OF 29 MAY 2025 OF THE COUNCIL OF THE CITY\nOF ELMWOOD HELD IN THE COUNCIL CHAMBER, "
        "CIVIC CENTRE, ELMWOOD, ON TUESDAY,\n02 JUNE 2025 AT 10:00." + ATTENDANCE
    )
    assert str(analysed_page(tmp_path, page).meeting_date) == "2025-06-02"


def test_an_epaper_hosts_lines_are_no_part_of_the_title(tmp_path) -> None:
    page = (
        "24.12.2014 Views\n\n" + "Council Minutes 2025/03 - Elmwood Council\n\n" * 3 + "SHOW MORE\nSHOW LESS\n\n"
        "You also want an ePaper? Increase the reach of your titles\n"
        "YUMPU automatically turns print PDFs into web optimized ePapers that Google loves.\n\n"
        "ELMWOOD COUNCIL\n\nMINUTES OF A COUNCIL MEETING HELD IN THE\n\nCOUNCIL CHAMBERS, HIGH STREET,\n\n"
        "ELMWOOD ON WEDNESDAY 12 MARCH 2025,\n\nCOMMENCING AT 1.00 PM" + ATTENDANCE
    )
    assert str(analysed_page(tmp_path, page).meeting_date) == "2025-03-12"
