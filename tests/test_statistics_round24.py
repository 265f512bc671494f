"""Counts written in words that earlier rounds left out, each seen in several councils' minutes:
a part taken out of things of the business ('nine of the deviations', 'Six of the existing fleet'),
a count before 'in' and the period or whole it is counted in ('eleven in March', 'seventeen in 2024',
'thirty-three in support'), and a count that ends its clause after a verb giving a level ('Waiting list
stands at thirty-one.', 'Missed collections down to six'). The near misses stay out: the meeting's own
members, labels ('week fifteen of the diversion'), 'one', votes and people 'in all'."""

from __future__ import annotations

import pytest

from minutes_miner.extract.money import Currencies
from minutes_miner.extract.statistics import find_statistics

from helpers import statistics_found as found


def counts(text: str) -> list[float]:
    return [s.value for s in find_statistics(text) if s.unit == "count"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The Municipal Manager explained why a single supplier received nine of the deviations.", 9),  # South Africa
        ("Reason: Six of the existing fleet exceed 8 years of age.", 6),  # England, a collective noun
        ("Condition 31 amended to require five of the apartments to be adaptable.", 5),  # New South Wales panel
        ("Ms Nestor advised that eleven of the fourteen units had been returned to stock.", 11),  # Ireland, the whole counted too
        ("The grading program is complete and eleven of\nthe fourteen flood damage sites are closed.", 11),  # Queensland, a line break
        ("Twenty-three of the district's boreholes were repaired within 48 hours.", 23),  # a possessive before the whole
    ],
)
def test_a_part_of_things_is_a_count(text: str, value: float) -> None:
    assert value in counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Two of the members left early.",  # the meeting's own members
        "Three of the councillors declared an interest in the item.",
        "Members agreed two of the following.",  # a list's lead, no whole
        "The detour is in week fifteen of the diversion works.",  # a label before the number
        "One of the residents asked about the bins.",  # 'one of' is a determiner
    ],
)
def test_parts_that_count_no_things_of_the_business(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Grinder pump repairs: eleven in March.", 11),  # Pennsylvania authority
        ("Cruise calls are expected to reach twenty-three in the 2025 season.", 23),  # Scottish harbour
        ("Calls fell against seventeen in 2024 and the target was met.", 17),
        ("Forty-one submissions were received, thirty-three in support.", 33),  # New Zealand community board
        ("The appendices were signed and affixed to the documents listed (eleven in total).", 11),  # Northern Ireland
    ],
)
def test_a_count_before_in_and_its_period_or_whole(text: str, value: float) -> None:
    assert value in counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Chair thanked everyone (five in all were thanked by name).",  # people 'in all' stay out
        "Work on phase two in 2026 was deferred.",  # a phase's label
        "One in March and another in May were postponed.",  # 'one' picks a thing out
        "The members met two in the afternoon.",  # no period or whole after 'in'
    ],
)
def test_near_misses_before_in(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Allotments: waiting list stands at thirty-one. Deputy Clerk to report.", 31),  # English town council
        ("Missed collections down to six in the month.", 6),  # Isle of Man commissioners
        ("The caseload stood at twelve. Officers reported no change.", 12),
        ("Vacancies have fallen to four.", 4),
    ],
)
def test_a_level_in_words_ending_its_clause(text: str, value: float) -> None:
    assert value in counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The item was deferred to two.",  # no verb of a level
        "The meeting stood at ease.",  # no number
        "The balance fell to one.",  # 'one' ending a clause is no count
    ],
)
def test_near_misses_ending_a_clause(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The register now has 14,226 approved households (up from\n12,950), about 31% of accounts.", 12950),  # Irish county council
        ("Calls for service totalled 140 (up from\n  112).", 112),  # British Columbia regional district, indented
        ("Visits rose to 1,930 (up from\n1,512) over the year.", 1512),
    ],
)
def test_the_earlier_value_of_a_change_on_the_next_line(text: str, value: float) -> None:
    """'(up from\\n12,950)': a PDF's line break after 'up from' leaves the earlier value at a line's start, before a bracket,
    where a list's number would stand; it is still the change's earlier value."""
    assert (value, "count") in found(text)


def test_a_number_at_a_line_start_after_from_is_still_a_list_number() -> None:
    assert found("Applications rose from\n3. Approve the accounts.") == []
    assert found("The items were:\n12) Planning\n13) Finance") == []


ZAR = Currencies(home="ZAR", dollar="USD")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Cash on hand was sufficient for 1,4 months of fixed operating expenditure.", 1.4, "other"),  # South African municipality
        ("The register has 14 226 households (up from\n              12 950), about 31%.", 12950, "count"),
        ("The collection rate improved to 87,5 per cent.", 87.5, "percent"),
    ],
)
def test_a_decimal_comma_before_a_word_or_a_line_end(text: str, value: float, unit: str) -> None:
    """A comma followed by one or two digits is no thousands group: where the home currency writes decimal commas it marks
    decimals before a word as well as before a share or a multiplier."""
    assert (value, unit) in found(text, ZAR)


def test_a_list_of_small_numbers_with_commas_is_not_a_decimal() -> None:
    """'Items 4,5 and 6': two numbers of a list joined by a comma, before 'and', are labels, never 4.5."""
    assert not [v for v, _ in found("Items 4,5 and 6 were noted by the committee.", ZAR) if v == 4.5]


@pytest.mark.parametrize(
    "text",
    [
        "Premises licence - ancillary bar; on-sales 11.00 to 24.00; capacity 86.",  # Scottish licensing board
        "Mini Market, 2 Station Brae - off-sales 10.00 to 22.00.",
        "(a) the sale of alcohol shall cease at 00.30 on Friday and Saturday and 23.30 on all other days;",  # English licensing
        "Door supervisors shall be on duty from 21.00 until closing.",
        "Opening hours 09.00 - 17.30 on weekdays.",
    ],
)
def test_times_on_the_24_hour_clock_with_a_point_are_no_statistics(text: str) -> None:
    assert [v for v, _ in found(text) if v != 86] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The site covers 14.30 hectares of open land.", 14.3),  # measured
        ("The index was 11.00 last year and 9.50 this year.", 11.0),  # a morning hour joined to no time
        ("The average wait was 13.45 days.", 13.45),
    ],
)
def test_decimals_that_only_look_like_times(text: str, value: float) -> None:
    assert value in [v for v, _ in found(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Notice of Decisions - Hearing of Tuesday, April twenty-second, 2025",  # Vermont board
        "held on the evening of Thursday the twenty-second of January",  # Isle of Man commissioners
    ],
)
def test_a_tens_word_and_second_in_a_date_is_an_ordinal(text: str) -> None:
    assert found(text) == []


def test_a_tens_word_and_second_before_a_noun_is_a_measure() -> None:
    assert (30, "other") in found("Members watched a thirty-second clip on the scheme.")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The Manager advised that the ice plant is 41 years old and the club has raised $86,000.", 41),  # Ontario
        ("The Superintendent reported that cremator No. 2 is now twenty-two years old.", 22),  # English crematorium committee
        ("Half of the refuse vehicles were more than ten years old.", 10),  # Isle of Man commissioners
        ("Stairlift beyond economic repair (31 years old). Replacement c. £58,000.", 31),  # Welsh town council
    ],
)
def test_the_age_of_an_asset_is_a_measure(text: str, value: float) -> None:
    assert (value, "other") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Young people not in employment or training (19-21 years old) was a concern.",  # a group's label
        "Members had to be voters, over 16 years old and resident in the area.",  # eligibility
        "Members paid respect following the tragic death of 6 year old Jake Brennan.",  # a person's age
        "The scheme is open to children aged 5 years old and over.",
    ],
)
def test_ages_that_label_people_stay_out(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Turbidity exceeded the maximum acceptable value on six occasions in the last two years.", 6),  # New Zealand
        ("Cremator No. 2 failed on four occasions last winter.", 4),
        ("Two procurement thresholds were not followed on two occasions.", 2),  # Western Australia audit
    ],
)
def test_occasions_counted_in_words(text: str, value: float) -> None:
    assert (value, "count") in found(text)


def test_one_occasion_is_no_count() -> None:
    assert found("On one occasion the Chair intervened.") == []


@pytest.mark.parametrize(
    "text",
    [
        "ELECTRIFICATION OF INFILL STANDS: WARDS 7, 11 AND 19",  # South African heading in capitals
        "That the tender be awarded to Polybin Solutions Ltd (Lots 1\nto 3).",  # Northern Ireland, a line broken before 'to'
        "Pump failed; the district is running on wells 2, 3 and 5.",  # Arizona water district, a list after a plural
        "Tanks 1 and 2 can carry summer demand.",
    ],
)
def test_numbered_things_listed_after_their_label_or_plural(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Officers reported 12 complaints\nand 4 compliments.", [12, 4]),  # counts across a line, no label before
        ("The ward had 7 and 11 incidents.", [7, 11]),
    ],
)
def test_counts_joined_in_a_list_still_count(text: str, values: list[float]) -> None:
    assert [v for v, _ in found(text)] == values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The precept be £16,200, an increase of £900 or 5.9\nper cent.", 5.9),  # English parish precept
        ("Interest on delinquent taxes at 8% on the first $1,500 and 18% on any amount over $1,500.", 18),  # New Jersey township
    ],
)
def test_a_share_after_an_amount_of_money_joined_to_it(text: str, value: float) -> None:
    """'£900 or 5.9 per cent': the money is read first, so the share is read on its own, not as the end of a range."""
    assert (value, "percent") in found(text)


def test_a_range_of_shares_keeps_both_ends() -> None:
    assert [v for v, u in found("Costs rose by 5 or 6 per cent.") if u == "percent"] == [5, 6]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The Chair noted the number of objectors present (about 30).", 30),  # London borough licensing
        ("Christmas lights switch-on Sat 30 Nov; volunteers needed (about ten). EF will coordinate.", 10),  # Scottish community council
        ("Attendance at the drop-in sessions was good (approx. 150).", 150),
    ],
)
def test_an_estimate_in_brackets_is_a_count(text: str, value: float) -> None:
    assert (value, "count") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The motion was carried (17) and the item closed.",  # a tally in brackets, no estimate
        "Councillors noted the report (ten) at the end.",  # a bracketed word number with no qualifier
    ],
)
def test_a_bare_number_in_brackets_stays_out(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The club has forty-two registered players, up twelve from last year.", 12),  # New Brunswick rural community
        ("Fourteen road sections are listed, an increase of six on 2025.", 6),  # Irish municipal district
        ("Vacant units fell to nine, down three from the spring.", 3),
    ],
)
def test_the_size_of_a_change_in_words(text: str, value: float) -> None:
    assert (value, "count") in found(text)


def test_a_number_word_before_from_without_a_change_stays_out() -> None:
    assert found("The committee heard two from the residents' group.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Demolition and erection of 9-storey building (86 homes, 35% affordable).", 9),  # London borough planning
        ("Construction of a six-storey shop top housing development.", 6),  # New South Wales local planning panel
        ("DA 2025/044 - 6-storey mixed use building.", 6),
    ],
)
def test_the_storeys_of_a_tall_building_measure_it(text: str, value: float) -> None:
    assert (value, "other") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "25/00901/B Two-storey extension, 7 Glen Vine Close. No objection.",  # a house's extension: its type
        "26/0112/FUL 3 Coopers Row Two storey side extension No objection",
        "To permit a one-storey addition with attached garage.",
        "PA24/0611 - 4 storey rear extension.",
    ],
)
def test_the_storeys_of_a_house_or_an_extension_name_its_type(text: str) -> None:
    assert [v for v, u in found(text) if u == "other"] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A. Water meter replacement. The Administrator said 4,100 of the\nvillage's 5,300 meters are old.", 5300),  # Illinois village
        ("Replacement AMI Meters (Phase 2). Phase 1 installed 1,450 meters in 2025.", 1450),  # Colorado water district
    ],
)
def test_water_meters_are_counted_devices(text: str, value: float) -> None:
    assert (value, "count") in found(text)


def test_meters_without_water_meters_named_are_a_length() -> None:
    assert (300, "other") in found("The new water main runs 300 meters along Elm Street.")


@pytest.mark.parametrize(
    "text",
    [
        "Road Stopping - Part Unformed Road adjoining 212 Kākāriki Road, Ōhinekura",  # New Zealand, a Māori street name
        "The applicant at 14 Tŷ Gwyn Road spoke against the scheme.",  # Wales
        "Objection from the owner of 7 Ōtaki Street.",
    ],
)
def test_addresses_with_macrons_and_circumflexes_are_no_counts(text: str) -> None:
    assert found(text) == []
