"""Forms of web18's pages (issues 16 and 11, session 41), web18 being the set kept untouched through session 40.

Seen on real pages of bodies new to every set: a Nebraska county's 'Meeting of the Lincoln County Board of Commissioners.'
over its roll call, a Wisconsin library board's flattened 'MEETING OF THE ... PUBLIC LIBRARY BOARD OF TRUSTEES <venue>
<date>', an Alabama airport board's 'At a special meeting held by the Airport Board October 3, 1991'. Invented bodies,
people and places, the same forms; read with the rules alone."""

from __future__ import annotations

import pytest

from minutes_miner.meeting_body import _meeting_of_named_body
from tests.helpers import analysed_page


@pytest.fixture(autouse=True)
def rules_only(monkeypatch):
    monkeypatch.setenv("MINUTES_MINER_LAYER", "rules")


@pytest.mark.parametrize(
    ("text", "council", "body"),
    [
        (
            "May 29, 2012\n\nElm Falls, Nebraska\n\nMeeting of the Elmore County Board of Commissioners. Present were Commissioners "
            "Joe Hale, Dan Ross and Will Marsh, County Clerk, Rita Bell. Hale offered prayer.\n",
            "Elmore County",
            "Board of Commissioners",
        ),
        (
            "MEETING OF THE ELMWOOD PUBLIC LIBRARY BOARD OF TRUSTEES Elmwood Community Center 165 E. Dodge St. June 16, 2015 5:15 P.M. "
            "Minutes A. Call to Order. B. Roll Call: Present were: Ann Kerr, Tom Bell.\n",
            "Elmwood Public Library",
            "Board of Trustees",
        ),
        (
            "At a special meeting held by the Airport Board October 3, 1991 at 2:00 p.m. at the City Administration Building attended "
            "by: Chairman Sue Hale, members Mike Ross and Ann Kerr.\n",
            None,
            "Airport Board",
        ),
    ],
)
def test_the_opening_meeting_of_a_named_body_is_the_body_that_met(tmp_path, text, council, body):
    page = analysed_page(tmp_path, text)
    assert (page.council, page.body) == (council, body)


@pytest.mark.parametrize(
    "head",
    [
        "Present: Ann Kerr, Tom Bell\n\n1. To receive the minutes of the meeting of the Planning Committee held on 4 May.\n",
        "Present: Ann Kerr, Tom Bell\n\nThe next meeting of the Finance Committee will be on 5 June at 7pm.\n",
    ],
)
def test_an_earlier_or_next_meeting_of_a_committee_is_not_the_meeting_of_a_named_body(head):
    assert _meeting_of_named_body(head, None) is None
    assert _meeting_of_named_body(head.replace("Present", "Meeting of the Elm Town Board. Present"), None) == "Elm Town Board"
