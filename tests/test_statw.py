"""Statistics families of round statw (real minutes pages of unseen councils), each with invented sentences in the form
of those pages, and the near misses that must stay found or stay out.
"""

from __future__ import annotations

import pytest

from minutes_miner.extract.money import Currencies

from helpers import statistics_found as found

USD = Currencies(home="USD", dollar="USD")
CAD = Currencies(home="CAD", dollar="CAD")


# --- a place in the webcast of the meeting: "Audio Recording – Session 1 – 19 Seconds" ---


@pytest.mark.parametrize(
    "text",
    [
        "Minutes:\n\nAudio Recording – Session 1 – 24 Seconds\n\nApologies for absence were received from Councillor Pike.\n",
        "Minutes:\n\nAudio Recording – Start of Item – Session 2 – 3 Minutes 41 Seconds\n\nRESOLVED: That the Minutes be approved.\n",
        "Video recording: 1 hour 12 minutes\nThe Chair opened the item.\n",
    ],
)
def test_a_place_in_the_recording_is_no_statistic(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a length of time that is the business, not a place in the recording
        ("The audio recording of the meeting will be kept for 6 months.", [(6, "other")]),
        ("Residents waited 45 minutes for the bus.", [(45, "other")]),
        # a webcast's count, then 'minutes' with no number before it: no place in the recording
        ("Webcast: 45 residents watched the live stream and the minutes will link to the recording.", [(45, "count")]),
    ],
)
def test_near_misses_of_a_place_in_the_recording(text, expected):
    assert found(text) == expected


# --- the last day of a span of days after its month: "November 14 to 15, 2018" ---


@pytest.mark.parametrize(
    "text",
    [
        "Motion 18/072: Changing the “….October 9 to 11, 2018… TO “…April 3 to 5, 2019….” Carried\n",
        "The convention runs from June 3 - 7 in Regina.",
    ],
)
def test_the_last_day_of_a_span_of_days_is_a_date(text):
    assert found(text, CAD) == []


def test_near_miss_of_a_span_of_days():
    # a count after a month's day and 'to' that names what it counts
    assert found("Attendance rose from May 3 to 14 visitors.") == [(14, "count")]


# --- both sides of a vote with 'with' after the comma: "voted 2 in favor, with 4 opposed" ---


@pytest.mark.parametrize(
    "text",
    [
        "Seconded by Ortega, voted 3 in favor, with 2 opposed, Motion failed.",
        "The motion was put to the vote: 5 in favour, and 1 opposed.",
    ],
)
def test_the_sides_of_a_vote_after_a_comma_and_with(text):
    assert found(text, USD) == []


def test_near_miss_of_the_sides_of_a_vote():
    # a consultation's views, no vote named before them
    assert found("Of the 60 responses received, 41 were in favour, with 19 opposed.") == [(60, "count"), (41, "count"), (19, "count")]


# --- a side of a vote in words above twelve: "sixteen Members voted for the amendment and two against" ---


@pytest.mark.parametrize(
    "text",
    [
        "On a vote, seventeen Members voted for the amendment and three against and it was declared carried.",
        "On a vote, twenty-three Members voted for the motion and nine against.",
    ],
)
def test_a_large_side_of_a_vote_in_words(text):
    assert found(text) == []


def test_near_miss_of_a_large_side_of_a_vote_in_words():
    assert found("Seventeen residents attended the drop-in session.") == [(17, "count")]


# --- a paragraph of the report cited after a verb of citing: "the investigations mentioned in 2.2 and 2.3" ---


@pytest.mark.parametrize(
    "text",
    [
        "gave approval for officers to apply for grant funding towards the surveys mentioned in 3.2 and 3.4 and recognise the need",
        "The costs are as set out in 4.1, 4.2 and 4.5 of the report.",
        "The Chair referred to 6.3 and asked for comments.",
        "See 3.1 above for the costs.",
        "as discussed under 8 above.",
        "in line with 7.2 of the Code of Conduct for Members",
    ],
)
def test_a_paragraph_cited_by_its_number(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The concerns set out in 3 letters were considered.", [(3, "count")]),
        ("The saving described in 2.2 was 14 percent.", [(14, "percent")]),
        # a comparison with a figure, not a place on the page; a decimal before a whole that is no document
        ("Inflation ran 4.5 above target.", [(4.5, "other")]),
        ("Staffing was cut by 1.5 of the posts funded.", [(1.5, "other")]),
        # a part of a whole counted after the verb of citing: 'of (the) <number>' follows
        ("Concerns were raised at 2 of the 3 public meetings held in May.", [(2, "count"), (3, "count")]),
        ("Problems were identified in 4 of the 9 bus shelters.", [(4, "count"), (9, "count")]),
    ],
)
def test_near_misses_of_a_paragraph_cited_by_its_number(text, expected):
    assert found(text) == expected


# --- a house number and a street word whose name was lost: "Council Chamber, 50 Road, Magherafelt" ---


def test_a_nameless_street_between_the_commas_of_an_address():
    assert found("held in the Council Chamber, 72 Road, Ballykeel on Tuesday, 9 October 2007.") == []


def test_near_miss_of_a_nameless_street():
    # a count of things, no comma before the number
    assert found("The survey found 72 Road signs damaged, Ballykeel worst.") == [(72, "count")]


# --- an ordinal in two words: "MINUTES OF THE EIGHTY FOURTH (84TH) SPECIAL COUNCIL MEETING" ---


@pytest.mark.parametrize(
    "text",
    [
        "MINUTES OF THE SEVENTY SECOND (72ND) ORDINARY COUNCIL MEETING OF THE MUNICIPALITY",
        "The plan looks ahead to the twenty first century.",
    ],
)
def test_an_ordinal_in_two_words(text):
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The depot bought twenty second-hand bins.",
        # the ordinal opens a compound written apart: 'first class', 'second hand'
        "The Clerk bought twenty first class stamps for the newsletter.",
        "The depot bought twenty second hand bins.",
    ],
)
def test_near_miss_of_an_ordinal_in_two_words(text):
    assert found(text) == [(20, "count")]


# --- a page's number before a bracketed note opening the line: "1 (These minutes are published subject to approval ...)" ---


def test_a_page_number_before_a_bracketed_note():
    text = "Transcription\n\n1 (These minutes are published subject to approval by the Council) Minutes of a Meeting held at 7.00pm"
    assert found(text) == []


def test_near_miss_of_a_page_number_before_a_bracketed_note():
    assert found("Attendance\n\n14 (fourteen) residents attended the meeting.") == [(14, "count")]


# --- the public's count set off by a full stop on its own line: "Members of the public. 4" ---


@pytest.mark.parametrize(
    "text",
    [
        "Apologies: K. Marsh\n\nMembers of the public. 3\n\n2011       The Chairman welcomed the members of the public",
        "Present: Cllrs Hale, Rowe and Tait\nParishioners. 3\n",
        "Present: Cllrs Hale, Rowe and Tait\nPublic attendance: 3\n",
    ],
)
def test_the_count_of_the_public_after_a_full_stop(text):
    assert found(text) == [(3, "count")]


def test_near_miss_of_the_count_of_the_public_after_a_full_stop():
    # the number goes on to a heading: an item's number, not the public's count
    assert found("The Chair thanked the members of the public. 4. Minutes of the last meeting") == []


# --- an agenda item cited by its number and its title-case heading: "under 12. Public Question Time" ---


def test_an_item_cited_under_its_number_and_heading():
    text = "on page 4 of the minutes, under 9. Public Question Time – line 2: “recieved” to be changed to “received”."
    assert found(text) == []


def test_near_miss_of_an_item_cited_under_its_number():
    assert found("Attendance was under 30 Members, the lowest this year.") == [(30, "count")]


# --- more sides of a vote: no separator between the sides, the absent closing a roll call, both sides of a majority ---


@pytest.mark.parametrize(
    "text",
    [
        "Seconded by Ortega, voted 3 in favor 2 opposed. Motion failed.",
        "The vote was 5 yes, 1 no, 1 absent.",
        "It was agreed by a majority of 7 to 3 to approve the application.",
    ],
)
def test_more_sides_of_a_vote(text):
    assert found(text, USD) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a consultation's views with no vote named before them stay counts
        ("Of 40 responses, 28 were in favour 12 opposed.", [(40, "count"), (28, "count"), (12, "count")]),
        # a majority of people, not of votes
        ("The majority of 60 residents wanted change.", [(60, "count")]),
    ],
)
def test_near_misses_of_more_sides_of_a_vote(text, expected):
    assert found(text) == expected


# --- the sides of a vote in the council's other language, and a side named by the motion it supported ---


@pytest.mark.parametrize(
    "text",
    [
        "Proposed Cllr Morgan, seconded Cllr Rees. 5 o blaid/for, 2 yn erbyn/against.",
        "Pleidlais / Vote: O blaid: 7, Yn erbyn: 1, Ymatal: 1",
        "The proposition was adopted: Pour: 31 Contre: 9",
        "Upon voting, 12 councillors supported the motion and 19 opposed. The motion was DEFEATED.",
    ],
)
def test_the_sides_of_a_vote_in_other_words(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count in Welsh ('5 of the residents'), no side of a vote
        ("5 o'r trigolion attended and 2 residents spoke.", [(5, "count"), (2, "count")]),
        # a consultation's support, no vote named before it
        ("Of the replies, 40 residents supported the proposal and 12 opposed it.", [(40, "count"), (12, "count")]),
    ],
)
def test_near_misses_of_the_sides_of_a_vote_in_other_words(text, expected):
    assert found(text) == expected


# --- the readings a bylaw or an ordinance is given: a procedure, not a count ---


@pytest.mark.parametrize(
    "text",
    [
        "Administration's recommendation: that Council give Bylaw 2207-26 three readings.",
        "Mr. Hale moved to suspend the rule requiring three readings, 2nd Mrs. Ortiz.",
        "Councillor Fenn asked that the animal control bylaw come forward for three readings.",
    ],
)
def test_the_readings_of_a_law(text):
    assert found(text, CAD) == []


def test_near_miss_of_the_readings_of_a_law():
    # a sentence of its own, no law given readings in it: the readings of a meter are counted
    assert found("Bylaw 2207-26 was given three readings. Staff took three readings of the meter.", CAD) == [(3, "count")]


def test_near_miss_of_the_readings_given_by_a_meter():
    # a bare 'given' before readings of a level: a meter's readings, no law's
    assert found("The diffusion tube at the school has given 3 readings above the legal limit.") == [(3, "count")]
    assert found("That the proposed amendment be given three readings.", CAD) == []
