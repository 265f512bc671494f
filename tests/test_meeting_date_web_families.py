"""The meeting's own date on pages whose title block the rules used to miss, forms seen on real pages of councils no
rule was written on (issue 11/16, session 29): a document site's preview of the page's first words above the title,
a date that opens its title line over a slip in the opening sentence, a title a PDF's text layer broke into many short
lines, and an e-paper host's upload date and buttons above the paper. Invented councils, same forms; each fails on the
code before the session."""

from __future__ import annotations

from datetime import date

import pytest

from minutes_miner.dates import broken_title_date
from minutes_miner.meeting import find_meeting_date


@pytest.mark.parametrize(
    "text, expected",
    [
        # a site's preview of the first words does not end the title block ('ROLL CALL Mayor ... called the' over 'MINUTES OF MARCH 9, 2020')
        pytest.param(
            (
                "ROLL CALL Mayor Ada Finch called the\n\nTranscription\n\nROLL CALL Mayor Ada Finch called the\n"
                "ELMBROOK CITY COUNCIL – REGULAR MEETING\nMINUTES OF MARCH 9, 2020\nROLL CALL\n"
                "Mayor Ada Finch called the meeting to order at 7:00 p.m. and City Clerk Jo Dunn called the roll.\n"
                "APPROVAL OF AGENDA\nAlderperson Ray moved to approve the agenda. Motion carried 6 - 0.\n"
                "CONSENT AGENDA\nA. Approval of the Minutes for the Regular City Council Meeting of February 24, 2020\n"
            ),
            date(2020, 3, 9),
            id="site-preview-over-title",
        ),
        # a date opening its title line beats a slip in the opening sentence ('... on Tuesday January 15th, 2007')
        pytest.param(
            (
                "Minutes\n\nELMBROOK TOWNSHIP TRUSTEES\n\nJANUARY 15TH,  2008 RE-ORGANIZATIONAL MEETING\n\n\n\n"
                "The Elmbrook Township Trustees met in special session at the Town Hall on Tuesday January 15th,  2007 at 7:30 p.m. "
                "Following the Pledge of Allegiance the Chair swore in newly elected Trustees.\n"
            ),
            date(2008, 1, 15),
            id="date-opens-title-line",
        ),
        # a date opening a line of prose is no title
        pytest.param(
            (
                "ELMBROOK TOWNSHIP TRUSTEES\n\nThe Trustees met on Tuesday January 15, 2008 at 7:30 p.m.\n"
                "March 3, 2008 was set for the hearing on the new zoning code.\n"
            ),
            date(2008, 1, 15),
            id="date-opening-prose-is-no-title",
        ),
        # a title a PDF's text layer broke into many short lines still gives its date
        pytest.param(
            (
                "Elmbrook Springs Water District\nBoard of Directors Meeting\nMINUTES*\n(*In order\ndiscussed)\nBoard of\n"
                "Directors Meeting\nRegular\nMeeting\nOctober 2,\n2008\n6:30 p.m.\nBoard Members Present: Ann Lee\nVictoria\nKeach\n"
                "The meeting was called to\nOrder by President Ann Lee at 6:30 p.m.\n"
            ),
            date(2008, 10, 2),
            id="title-broken-into-short-lines",
        ),
        # an e-paper host's upload date ('14.07.2015 Views') and buttons are no part of the paper
        pytest.param(
            (
                "14.07.2015 Views\n\nThe Board of Supervisors of Elm County, Arizona, convened at ...\n\n"
                "The Board of Supervisors of Elm County, Arizona, convened at ...\n\nSHOW MORE\nSHOW LESS\n\n"
                "Create successful ePaper yourself\n\nTurn your PDF publications into a flip-book with our unique Google optimized "
                "e-Paper software.\n\nELM COUNTY BOARD OF SUPERVISORS MINUTE BOOK\n\n- 1 -\n\nSPECIAL SESSION\n\nMarch 12, 2008\n\n"
                "The Board of Supervisors of Elm County, Arizona convened in Special Session at 9:00 a.m., March 12, 2008, in the "
                "Board Room, with the following members present: Ann Lee, Chairman.\n"
            ),
            date(2008, 3, 12),
            id="epaper-upload-date",
        ),
        # a numbered meeting's heading ('Meeting 04/20, Tuesday 25th February 2020') beats the earlier minutes' title below it (web6)
        pytest.param(
            (
                "Meeting 04/20, Tuesday 25th February 2020\n\nPresent: Cllrs Hale, Noor & Vance Apologies: Cllr Reed Visitors: Mr. Ames\n"
                "  • Present: Cllrs Hale, Noor & Vance\n  • Apologies: Cllr Reed\n  • Visitors: Mr. Ames\n\nPublic Speaking\n\n"
                "046 Mr. Ames spoke in support of planning application PA20/00711.\n\n Minutes of the Meeting held on 11th February 2020\n\n"
                "047 The Minutes having been circulated previously were deemed to be a true and correct record.\n"
            ),
            date(2020, 2, 25),
            id="numbered-meeting-heading",
        ),
        # a blog post's weekday date ('Monday, August 14th, 2017') is no heading
        pytest.param(
            ("Posts Tagged ‘Minutes’\n\nMinutes 12 June 2017\n\nMonday, August 14th, 2017\n\nMinutes of meeting held on Monday, 12th June 2017 in Elm Hall\n"),
            date(2017, 6, 12),
            id="blog-post-weekday-date",
        ),
        # an ordinal spaced from its day and its stop ('26 th . SEPTEMBER')
        pytest.param(
            (
                "MINUTES OF A MEETING OF THE FULL COUNCIL HELD ON WEDNESDAY THE 26 th . SEPTEMBER 2018 at 6.30pm AT THE CENTRE\n\nPRESENT:- Councillors Hale and Noor\n"
            ),
            date(2018, 9, 26),
            id="ordinal-spaced",
        ),
        # a site's title line with a 120-character caption over the page run into one line, dated some 300 characters in (a Quebec municipality's translated minutes)
        pytest.param(
            (
                "Municipality of Elm-Heights. MINUTES In case of discrepancy, the French version prevails over the English translation.\n\n"
                "1 PROVINCE OF QUEBEC ARGENTEUIL COUNTY MRC DES PAYS D EN-HAUT MINUTES In case of discrepancy, the French version prevails "
                "over the English translation. Minutes of the regular session of the Municipal council of Elm-Heights, held at the "
                "Community Room, 567, Village, on Wednesday, August 13th, 2014 at which were present: Councillor Ann Wood Councillor "
                "Leigh MacLeod forming quorum under the chairmanship of Mayor Tim Watts.\n"
            ),
            date(2014, 8, 13),
            id="long-caption-site-title",
        ),
    ],
)
def test_the_meetings_own_date_on_pages_of_unseen_councils(text: str, expected: date) -> None:
    assert find_meeting_date(text) == expected


def test_business_above_a_title_dated_for_earlier_minutes_still_ends_it() -> None:
    """Only the paper's own title moves the title block down: minutes of an earlier meeting approved below the
    business are that meeting's date, not this one's."""
    earlier = "ROLL CALL\nMayor Ada Finch called the meeting to order.\nMinutes of February 24, 2020 approved\n"
    assert find_meeting_date(earlier) != date(2020, 2, 24)


def test_a_date_below_a_long_line_is_not_taken_as_a_broken_titles() -> None:
    """Many short lines then a paragraph: the date under the paragraph is no title's (nothing else reads it here)."""
    long_lines = (
        "Elmbrook Springs Water District\n"
        + "Regular\n" * 7
        + (
            "The board heard from residents about the water main works on the high street and the repairs.\n"
            "The contractor's letter of\nOctober 2,\n2008\nwas read.\n"
        )
    )
    assert broken_title_date(long_lines) is None
    assert broken_title_date(long_lines.replace("The board heard", "Board")[:40] + "\nOctober 2,\n2008\n") == date(2008, 10, 2)
