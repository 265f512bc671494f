"""Meeting body: title forms seen on real pages of councils no rule was written on (issue 11, session 32, web9: an
English parish council, a Vermont library's trustees, a Wisconsin town board).

'MINUTE OF' / 'BRENT PELHAM & MEESDEN PARISH COUNCIL' (the singular 'Minute of', as 'Minutes of' already was); 'ROXBURY
FREE LIBRARY, Board of Trustees, Meeting Minutes, August 12, 2014' (the authority set off by a comma before its body);
'6-24-2021 Special Meeting Town Board' (a title led by its date, the meeting's kind before the body's name). Invented
councils, the same forms."""

from __future__ import annotations

import pytest

from tests.helpers import analysed_page

from minutes_miner.meeting_body import strip_meeting_words


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Minute of Elmwood & Ashby Parish Council", "Elmwood & Ashby Parish Council"),
        ("6-24-2021 Special Meeting Town Board", "Town Board"),
        ("2021-06-24 Planning Commission Minutes", "Planning Commission"),
        ("Meeting Room Committee", "Meeting Room Committee"),
        ("Minute Book Committee", "Minute Book Committee"),
    ],
)
def test_title_words_around_the_body_are_cut(title: str, body: str) -> None:
    assert strip_meeting_words(title) == body


def test_a_singular_minute_of_names_the_parish_council(tmp_path) -> None:
    page = analysed_page(
        tmp_path,
        "MINUTE OF\nELMWOOD & ASHBY PARISH COUNCIL\nTHURSDAY 17 January 2013\nVENUE: ASHBY PARISH ROOMS\nPRESENT:\nMr Tom Hale Chairman\n\n"
        "13.01.01 Apologies for Absence\nCouncillor Dimsdale.\n",
    )
    assert page.body and page.body.lower() == "elmwood & ashby parish council", page.body


def test_the_authority_before_a_comma_is_not_the_body(tmp_path) -> None:
    page = analysed_page(
        tmp_path,
        "Trustees Meeting Minutes - Aug 12, 2014\n\nELMWOOD FREE LIBRARY, Board of Trustees, Meeting Minutes, August 12, 2014\n\n"
        "Present: Carl Ellis, Jane Pincus.\n\nMeeting convened at 5:25 pm.\n\nThe Treasurer's Report was approved.\n",
    )
    assert page.body == "Board of Trustees", page.body


def test_a_dated_title_names_the_town_board(tmp_path) -> None:
    page = analysed_page(
        tmp_path,
        "6-24-2021 Minutes Special Board Meeting\n\n\n6-24-2021 Special Meeting Town Board\n\nLowell Hale called the meeting to order at 9:30 AM\n\n"
        "In attendance: Lowell Hale, Norm Price, Bob Stand\n\nThe motion carried by a voice vote.\n",
    )
    assert page.body == "Town Board", page.body
