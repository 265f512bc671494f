"""Families of statistics misses and false records (../shared/challenges/generalisation.md, S1-S10).

Each test is one family: invented snippets in the style of minutes, and real text from the
tune part of ../shared/corpus/devpool where the family was seen.
"""

from __future__ import annotations

import pytest

from minutes_miner.extract.money import Currencies
from minutes_miner.extract.statistics import find_statistics

from helpers import SHARED, extracted, needs_shared, statistics_found as found

DEVPOOL = SHARED / "corpus" / "devpool"


def test_counts_before_a_capitalised_noun():
    """S1: '2 Shed Break-ins', '6 Green', 'Also attending: 10 Parishioners' are counts."""
    assert found("PCSO update – 2 Shed Break-ins, 1 Vehicle Theft, 3 Nuisance reports.") == [(2, "count"), (1, "count"), (3, "count")]
    assert found("Of the indicators, 6 Green and 2 Red were flagged.") == [(6, "count"), (2, "count")]
    assert found("Absent: Mr Paul Wright. Also attending: 10 Parishioners.") == [(10, "count")]
    assert found("an application for 5 “Shepherds Huts” and 10 camping pitches") == [(5, "count"), (10, "count")]


def test_capitalised_labels_and_headings_are_still_not_counts():
    assert found("97 Audit Recommendation Tracker") == []
    assert found("Larry Whelan, Ger Murphy, 1 Confirmation of Minutes 1.1 Confirmation of minutes") == []
    assert found("MINUTES OF THE TOWN COUNCIL HELD ON 4 MAY 2019 2214 MINUTES RESOLVED: approved 2215 FINANCE REPORT noted.") == []
    assert found("\n\n15125 and 15126 OPEN FORUMS It was proposed") == []
    assert found("the application of 2741943 Ontario Inc. relating to the property") == []


def test_word_numbers_in_more_forms():
    """S3: 'two of them', 'only one', 'one quarter is ...'; 'one sign' (S10) stays a determiner."""
    text = "Three applicants were interviewed and the council co-opted two of them. Only one tender was received. The grant of £600 (of which one quarter is VAT) was accepted."
    assert found(text) == [(3, "count"), (2, "count"), (1, "count"), (600, "GBP"), (25, "percent")]
    assert found("The text on one sign was faded and will be repainted.") == []
    assert found("replace with three four pane side opening windows") == [(3, "count")]
    assert found("via Three Ashes cut through road") == []


def test_attendance_counts_of_the_public():
    assert found("One member of the public was also present.") == [(1, "count")]
    assert found("There was one member of the public.") == [(1, "count")]
    assert found("Mr Masters and members of the public (3) arrived.") == [(3, "count")]
    assert found("Members of the Public: 3 1. CONFIRMATION OF MINUTES") == [(3, "count")]
    assert found("there were only three (3) members present") == [(3, "count")]


def test_glued_units_and_speed_limit_labels():
    """S4 '5years'; S5 'the 30 limit' is a road label."""
    assert found("offered a 5years lease on the depot") == [(5, "other")]
    assert found("Residents asked for the 30 limit to be extended past the school gates.") == []
    assert found("The dock shall not exceed 12 feet in width.") == [(12, "other")]
    assert found("within one working day") == [(1, "other")]


def test_minute_and_section_numbers_in_unusual_layouts():
    """S6 and S8: '12 (b) Allotments', 'reserve 3310', 'question 7', 'Sections 12(3) and 15(2)'."""
    assert found("5. Matters arising:\n12 (b) Allotments\nThe water trough has been repaired.") == []
    text = "It was agreed to move £500 from earmarked reserve 3310 to the play area fund. Under question 7 Councillor Page asked about parking. The amounts were set under Sections 12(3) and 15(2) of the Act."
    assert found(text) == [(500, "GBP")]
    assert found("consented under the provisions of Section 100(B) 4(b) of the Local Government Act 1972") == []
    assert found("Councillors agreed that options 2, 3 and 4 should be dismissed; local member vote for items 5.1, 5.2, 5.3 and 6.1") == []
    assert found("Check numbers from 8108 to 8119 totaling $88,786.61 were paid", Currencies("USD", "USD")) == [(88786.61, "USD")]


def test_addresses_and_age_groups():
    """S7 and S9."""
    assert found("The lamp outside 17 Mill Cres is faulty and land at 8 Orchard Rise is overgrown.") == []
    assert found("Erection of an extension to dwelling, 58 Broogh Wyllin, Shore Road, Kirk Michael") == []
    assert found("The youth service bid covers young carers and 18 and 19 year olds not in work.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Motion Passed (5 to 0)",
        "MOTION: Voted not to change Article 13. Defeated 4 to 3 .",
        "Fay, yes; Lamb, yes; 6 yes, 0 no. Motion carried.",
        "Ayes: 5 Nays: 0",
        "The amendment was carried by 6 votes to 3.",
        "There was a majority agreement for the recommendations with nine abstentions.",
    ],
)
def test_vote_tallies_are_not_statistics(text):
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Contact: Democratic Services: telephone (01524) 582074 or email",
        "the Cross, Camborne, TR14 8HA on Tuesday",
        "Council Meeting No. 03-34 Page 2 of 13\nTuesday, December 16, 2003",
        "TIME: 7 : 45 P .M. PLACE: Town Office Building",
        "On 9 and 10 June 2021, the storm closed roads",
        "letter dated March 8, 1007 announcing the monitoring season",
        "paragraphs 8(1) or 9(2) of the Code of Conduct",
        "They have a dispatch team that scans all 999 calls; the department will tour the 911 station.",
        "Ordinance 1234 and Bill 23 were debated.",
    ],
)
def test_references_phones_postcodes_pages_and_times_are_not_statistics(text):
    assert found(text) == []


# --- real minutes from the tune part of devpool ------------------------------------------------


@needs_shared
def test_moderngov_style_tallies_in_markdown_minutes_are_not_counts():
    stats = extracted(str(DEVPOOL / "intl" / "london_ontario_3.txt")).statistics
    assert not [s for s in stats if s.text in {"4", "5"}]  # "Motion Passed (5 to 0)"
    assert [(s.value, s.text) for s in stats if s.value == 5] == [(5, "five")]  # "five (5) storeys" once


@needs_shared
def test_members_of_the_public_after_a_name_line_are_counted():
    """The line before ends in a name ('Joe Reilly'): the count is not a label 'Reilly 15'."""
    stats = extracted(str(DEVPOOL / "uk_local" / "copythorne_pc_1.txt")).statistics
    assert any(s.value == 15 and s.unit == "count" and "members" in s.text for s in stats)


@needs_shared
def test_cheque_list_amounts_after_dot_leaders_are_pounds():
    stats = extracted(str(DEVPOOL / "uk_local" / "peasenhall_pc_1.txt")).statistics
    found_money = {(s.value, s.unit) for s in stats}
    assert {(9, "GBP"), (15, "GBP"), (300, "GBP")} <= found_money
    assert not any(s.unit == "count" and s.value in {9, 15} for s in stats)


def test_a_count_that_ends_the_sentence_times_after_dates_and_headings_after_numbers():
    assert found("there is currently a waiting list of four.") == [(4, "count")]
    assert found("at the age of four.") == []
    assert found("Board of Adjustment meeting -- March 11, 2021 at 10 for the variance") == []
    assert found("HomeMy WebLinkAbout1967-03-13-BOS-min 529\nSELECTMEN'S MEETING\nMarch 13") == []


def test_counts_after_a_name_or_a_full_stop_and_age_group_names():
    assert found("Mr M Storey – County Councillor 9 members of the public") == [(9, "count")]
    assert found("received for children. 53 Children and Young People’s Council Members were presented with awards") == [(53, "count")]
    assert found("apologies were noted. 2.0 Matters arising 3.0 Expressions of Sympathy") == []
    assert found("the 18+ Care Leaver Service") == []


def test_planning_descriptions_name_a_building_type_not_a_count():
    """'two storey side extension', 'a 3 bedroom dwelling' are labels; 'five (5) storeys' is a measure."""
    assert found("Erection of two storey side extension and a 3 bedroom dwelling; a 4-bed house") == []
    assert found("apartments with a maximum height of five (5) storeys") == [(5, "count")]


def test_a_share_that_ends_its_clause():
    assert found("They are priced at about $5,300 and the grant will pay for half.") == [(5300, "USD"), (50, "percent")]
    assert found("Costs were cut by a third, and the hall was booked on behalf.") == [(33.3, "percent")]


@pytest.mark.parametrize(
    "text",
    ["1" * 20_000, "1%" * 4_000, "£1" * 4_000 + "$1," * 2_000, "carried 5 to " * 1_500, "1 A" * 6_000, "…" * 20_000 + "x"],
    ids=["long number", "percentages", "money", "tally words", "capitalised counts", "dot leaders"],
)
def test_hostile_runs_of_numbers_stay_linear(text):
    """Long numbers, percentages and money once took seconds per few thousand characters
    (an unanchored digit run before a required sign, a sentence read whole per number)."""
    import time

    started = time.perf_counter()
    find_statistics(text, currencies=Currencies("USD", "USD"))
    assert time.perf_counter() - started < 6


def test_items_ordered_by_number_off():
    assert found("The Clerk ordered 2 No. benches and 3no. litter bins; see minute no. 4 above.") == [(2, "count"), (3, "count")]
