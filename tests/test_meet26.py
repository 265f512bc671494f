"""Meeting body (and council where it fails with it), round meet26: excerpts quoted from the
invented development documents (corpus/invented) as they are written, with the records found
and the near misses that must stay as they were. Expected values follow ANNOTATION.md
(section Meeting)."""

from __future__ import annotations

import pytest

from helpers import analysed_page
from minutes_miner.evaluate import meeting_right
from minutes_miner.meeting_council import is_authority_name


def _meeting(tmp_path, text: str):
    return analysed_page(tmp_path, text)


# --- a committee's title sentence names the council after it ---------------------------------

ARGMORE = (
    "CORRIEGLEN AND LOCHSIDE AREA COMMITTEE\n"
    "Minute of Meeting of the Corrieglen and Lochside Area Committee of Argmore Council held in the\n"
    "Victoria Halls, Corrieglen on Tuesday 2 December 2025\n"
    "Present: Councillor Mhairi Strachan (Chair); Councillors Duncan Imrie, Elspeth Nairn and\n"
    "Gordon Yuill\n"
)


def test_committee_of_a_named_council_in_the_title_sentence(tmp_path):
    found = _meeting(tmp_path, ARGMORE)
    assert meeting_right("council", "Argmore Council", found.council)
    assert meeting_right("body", "Corrieglen and Lochside Area Committee", found.body)


def test_title_sentence_under_an_item_title_names_no_council(tmp_path):
    """The sentence must open the paper or stand under the committee's own heading: under an
    item's title ('Matters Arising') the council named is not read from it."""
    text = ARGMORE.replace("CORRIEGLEN AND LOCHSIDE AREA COMMITTEE\n", "MATTERS ARISING FROM THE PREVIOUS MEETING\n")
    assert _meeting(tmp_path, text).council != "Argmore Council"


# --- a running header that says only what kind of council ---------------------------------------

HALDANE = (
    "                                                                    Regional Council\n"
    "                                                                    October 23, 2025\n"
    "                                                                    Page 4\n"
    "and that the Regional Clerk forward a copy of this resolution to the local\n"
    "municipalities and to the Haldane Federation of Agriculture.\n"
    "                                                                           Carried\n"
)


def test_kind_of_council_is_the_body_not_the_authority(tmp_path):
    found = _meeting(tmp_path, HALDANE)
    assert found.council is None
    assert meeting_right("body", "Regional Council", found.body)


@pytest.mark.parametrize("name", ["Regional Council", "Village Council", "Metropolitan Borough Council", "Local Council"])
def test_kind_words_alone_name_no_authority(name):
    assert not is_authority_name(name)


@pytest.mark.parametrize("name", ["Regional Municipality of Durham", "Shire of Karalup", "Haldane Regional Council", "Kilbrackan County Council"])
def test_named_authorities_stay_authorities(name):
    assert is_authority_name(name)
