"""Misfires a review of session 24's rules found by running them, each kept as a case that fails on the rule as first
written: a minutes page's header with its item number is no agenda, an authority's kind inside another thing's name
names no council, an empty or undecided ACTION label and a thing's need name no owner. Invented text."""

from __future__ import annotations

import pytest

from helpers import actions_in
from minutes_miner.doc_type import classify_document
from minutes_miner.meeting_council import met_authority_council


def test_a_minutes_page_headed_with_its_agenda_item_is_minutes():
    text = (
        "Finance Committee Agenda Item 7\nPresent: Councillors Hale (Chair), Noor and Page\nApologies: Councillor Bell\n"
        "RESOLVED that the budget monitoring report be noted.\n"
    )
    assert classify_document(text) == "minutes"


def test_a_committee_agenda_with_its_date_is_still_an_agenda():
    text = "Planning Committee Agenda - 5 March 2024\n1. Apologies\n2. Declarations of interest\n3. Applications\n"
    assert classify_document(text) == "agenda"


@pytest.mark.parametrize(
    "text,council",
    [
        ("Minutes of the meeting of the Trustees of Elm County Museum held on 4 May 2024 at the Hall.", None),
        ("Minutes of the meeting of the Friends of Ashcombe County Park held on 4 May 2024.", None),
        ("REGULAR MEETING OF THE ELM COUNTY BOARD OF SUPERVISORS HELD MAY 4, 2024", "Elm County"),
        ("The regular meeting of the Wexley County Fiscal Court was held on the 4th day of May, 2021", "Wexley County"),
    ],
)
def test_an_authority_is_named_where_its_kind_ends_the_name_or_the_body_that_met_follows(text, council):
    assert met_authority_council(text) == council


@pytest.mark.parametrize(
    "body",
    [
        "Cllr Hale reported that the bench by the pond is broken. Will need replacing next year.\n",
        "4. Actions from the last meeting\nACTIONS\nNIL.\n",
        "The bench by the pond is still broken. ACTION TBC.\n",
    ],
)
def test_no_owner_for_a_things_need_or_an_empty_action_label(tmp_path, body):
    assert actions_in(tmp_path, body) == []


def test_a_subjectless_commitment_after_the_person_named_is_still_theirs(tmp_path):
    body = "Superintendent Ames discussed updates for the school year. Will return for monthly updates during the year.\n"
    assert actions_in(tmp_path, body) == [("Superintendent Ames", "return for monthly updates during the year")]
