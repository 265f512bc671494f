"""Numbers that are no statistics by ANNOTATION.md, in forms seen in several councils' minutes: the sides of a
vote written as the outcome each side chose ('7 for refusal, 3 against'), 'opposed' in the bracket after a
motion's outcome, spoilt ballot papers and a roll call's side before its voters' names; a section of a code
cited by its sign ('§4.3', '§551.074'); a highway's number ('Hwy 96'); the span that names a plan ('the
5-year capital plan', 'the Six-Year Road Plan'); equipment numbered in its set ('cremator 2', 'lagoon cell 2');
references whose noun carries an optional plural ('paragraph(s) 2.1 ... and 4', 'section(s) 1.0, 2.0 and
3.0'); and the period a share is measured over ('grown by 61% in four years'). The near misses stay statistics:
counts of views in a consultation, a span of its own ('a two-year contract'), a programme whose span is a
service's, counts of the same equipment and measures after it, a sum's term ('£187,400 over five years')."""

from __future__ import annotations

import pytest


from helpers import statistics_found as values


@pytest.mark.parametrize(
    "text",
    [
        "(Voting on 25/01187/FUL: 7 for refusal, 3 against, 1 abstention.)",  # Northern Ireland planning committee
        "Proposed Cllr Marsh; seconded Cllr Thwaite.\nRefused. 5 for refusal, 3 against.",  # English district
        "On a vote, 6 for approval and 2 against, the application was granted.",
        "MOTION DEFEATED. (3 in favour, 4 opposed)",  # Nova Scotia municipality
        "Carried (3 in favour, 1 opposed).",  # a First Nation's council
        "Following a secret ballot (33 votes in favour, 9 against, 2 spoilt), it was RESOLVED that Mr T. Mokoena be appointed.",
        "Roll call: Ayes 5 (Alvarez, Bednarz, Grimaldi, Hoang, O'Keefe), Nays\n1 (Pruitt). Motion carried.",  # Illinois village
    ],
)
def test_the_sides_of_a_vote_are_no_statistics(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Consultation responses: 23 in favour, 19 opposed to the scheme.", 19),  # views counted, no vote
        ("Of the 40 responses, 28 were in favour of the crossing and 12 opposed.", 12),
        ("Officers recommended 5 for approval; objections were received against two.", 5),  # no vote's other side
    ],
)
def test_views_and_recommendations_stay_counts(text: str, value: float) -> None:
    assert (value, "count") in values(text)


@pytest.mark.parametrize(
    "text",
    [
        "2025-31 Hadley & Joan Voss, 14 Cutter Rd. Variance, Art. IV §4.3 side setback GRANTED w/ conditions",  # New Hampshire
        "ITEM 12: Executive session under Texas Government Code §551.074 (personnel).",  # Texas county
        "The Board found the application did not meet § 5.4 of the bylaw.",
        "Special Permit (G.L. c. 40A §6) granted.",  # Massachusetts
    ],
)
def test_a_section_cited_by_its_sign_is_a_reference(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "c. Cereal malt beverage license - Dusty's Corner Stop, 1205 E. Hwy 96\nd. Pay Estimate No. 4",  # Kansas city
        "c. Cereal Malt Beverage license renewal - Casey's #2214, 1100 S. Hwy 81\nd. Set public hearing",  # another Kansas city
        "TB to look at the moss in the ditch below the Hwy 30 crossing.",  # a water district
    ],
)
def test_a_highway_number_is_a_label(text: str) -> None:
    assert values(text) == []


def test_a_count_near_a_highway_stays() -> None:
    assert (4000, "count") in values("The bridge on Hwy 30 carries 4,000 vehicles a day.")


@pytest.mark.parametrize(
    "text",
    [
        "Mazur said his township wants to see the 5-year capital plan first.",  # Pennsylvania authority
        "The estimated cost is $168,000, and the project is not in the 10-year capital works program.",  # Victoria shire
        "to adopt Resolution 2026-04 approving the Six-Year Road Plan after public hearing.",  # Nebraska county
        "the FY2025 Capital Fund Program Annual Statement and the Five-Year Action Plan.",  # Arkansas housing authority
        "Ms. Ashdown said she would ask the dispatch board for its five-year cost projection.",  # Oregon city
        "Members noted the current 5 year plan does not have sufficient sites.",  # Norfolk parish, spaced
        "the 3-year medium term financial strategy was noted",
        "as set out in appendices D (high level county 3 year\nplan) and E",  # Kent, a printed line broken inside the name
        "(a) The 10-year Capital programme and investment proposals were agreed.",  # a capital programme is a plan
    ],
)
def test_the_span_that_names_a_plan_is_a_label(text: str) -> None:
    assert [v for v in values(text) if v[1] == "other"] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("(a) a rolling ten-year replacement programme be funded at £120,000 per annum;", 10),  # a programme's span is a service's
        ("The Clerk was instructed to negotiate a two-year contract with the supplier.", 2),
        ("Officers to bring a plan within 12 months; the plan was agreed.", 12),
        ("extended for 5 years. The plan was agreed", 5),
    ],
)
def test_a_span_of_its_own_stays_a_measure(text: str, value: float) -> None:
    assert (value, "other") in values(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Bereavement Services Manager said cremator 2 had been repaired.",  # English crematorium
        "BSM reported cremator 2 out of use; the other cremator was working.",  # another joint committee
        "Delegation - Wes Koroluk presented a quote for the lagoon cell 2 clean-out.",  # Saskatchewan village
        "Lagoon cell 2 sludge: Keller Assoc. to report.",  # Idaho water district
        "Average response 9 minutes. Engine 2 pump test failed.",  # Tennessee fire district
        "Wes Tolley - absent. Seat 5 vacant.",  # Idaho water district
        "Award of Construction Contract - Tank 3 Recoating Project",  # Colorado water district
    ],
)
def test_equipment_numbered_in_its_set_is_a_label(text: str) -> None:
    assert [v for v in values(text) if v[1] == "count"] == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The crematorium now has 2 cremators and 3 cells.", 2, "count"),
        ("A 5,000 litre tank 2 metres high will be installed.", 2, "other"),  # a measure after the noun
    ],
)
def test_counts_and_measures_of_equipment_stay(text: str, value: float, unit: str) -> None:
    assert (value, unit) in values(text)


@pytest.mark.parametrize(
    "text",
    [
        "(as set out at paragraph(s) 2.1, Table 1, 2.2(a) and 4 of the report and section(s) 1.0, 2.0 and 3.0 of the appendix)",  # Leicestershire
        "Members noted paragraph(s) 4 and 5 of the report.",
        "as set out in paragraphs 3(b) and 7 of the report",
    ],
)
def test_references_with_an_optional_plural_or_a_subparagraph(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("The number of pupils with an EHCP had grown by 61% in four years to 3,214.", 61),  # English metropolitan borough
        ("The number receiving transport had grown by 31% in three years to 1,408.", 31),  # English unitary
        ("The energy bill in 2022 was €2.9 million, having risen by 64% in one year.", 64),  # Irish county council
        ("Investment. Fund value £1.47m at 30 Sept (up 3.2% in six months).", 3.2),  # a charity's trustees
        ("Apply to IPART for a permanent special rate variation of 28.5% over two years.", 28.5),  # New South Wales
        ("In nominal terms this represented a reduction of 12.6% over seven years.", 12.6),  # Windsor and Maidenhead page
    ],
)
def test_the_period_a_share_is_measured_over_is_no_statistic(text: str, share: float) -> None:
    found = values(text)
    assert (share, "percent") in found
    assert [v for v in found if v[1] == "other"] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Award the contract to Ulster Office Systems at £187,400 over five years.", 5),  # a sum's term stays
        ("Rents rise by 5% in April and the review follows in two years.", 2),  # not the share's period
    ],
)
def test_a_term_that_is_not_a_shares_period_stays(text: str, value: float) -> None:
    assert (value, "other") in values(text)


def test_a_financial_year_before_a_share_is_no_share() -> None:
    found = values("a special rate variation of 28.5% over two years (14.9% in\n2026/27 and 11.8% in 2027/28)")
    assert sorted(v for v, unit in found if unit == "percent") == [11.8, 14.9, 28.5]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The only water course is over 20m away down a steep slope.", 20),  # Welsh community council
        ("The meeting was held in the school, enabling the Councillors to adhere to the\n2m distancing rule.", 2),  # Cumbrian parish
        ("Wind farm scoping (Carn Dearg, 14 turbines up to 200m tip height).", 200),  # Scottish community council
    ],
)
def test_metres_glued_to_a_distance_or_a_height(text: str, value: float) -> None:
    assert (value, "other") in values(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The Council has 12m savings still to find.", 12_000_000),  # millions, told by the money word after them
        ("Members agreed the transfer of funding of 5m away from the reserves.", 5_000_000),
    ],
)
def test_millions_stay_money(text: str, value: float) -> None:
    assert (value, "GBP") in values(text)
