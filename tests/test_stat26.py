"""Statistics session 26: times of day, running headers' page numbers, runs of numbered papers, abbreviated
years and weights in pounds (sentences quoted from the development documents)."""

from __future__ import annotations

from minutes_miner.extract.statistics import Currencies, find_statistics

from helpers import statistics_found as _found


def test_the_hour_a_meeting_closed_is_no_statistic() -> None:
    assert _found("on the grounds in section 10A(2)(g) of the Local Government Act 1993.\n\nThe meeting closed at 4.") == []
    # a length of time is still measured
    assert _found("The contractor repaired the main within 24 hours.") == [(24.0, "other")]


def test_a_time_on_the_24_hour_clock_with_hours_is_no_statistic() -> None:
    assert _found("moved that the application be granted subject to the beer garden closing at 2200 hours.") == []
    assert _found("The lengthsman had worked 96 hours since April.") == [(96.0, "other")]


def test_a_running_headers_page_number_after_the_date_is_no_statistic() -> None:
    header = "TOLLERMOUTH HARBOUR BOARD - MINUTES - 5 FEBRUARY 2026                                    3\nand it was noted that the dredging"
    assert _found(header) == []
    assert _found("Tollermouth Harbour Board Chairman's initials .........\nHARBOUR BOARD 05.02.26  4\nconcessions for residents") == []
    assert _found("Audit and Governance Committee 25 November 2024\n54\n\nweekly reconciliation.") == []
    # a count ending its line after a date is kept when something it counts follows on the same line
    assert (2.0, "count") in _found("Since 5 February 2026 2 complaints\nhad been received.")


def test_a_run_of_numbered_papers_is_no_count() -> None:
    found = _found("That cheques numbered 19402 to 19468 totalling\n$402,117.90 and online payments be approved")
    assert (19402.0, "count") not in found and (19468.0, "count") not in found
    assert (402117.9, "USD") in found
    # what a number of things 'numbered' is stays a count
    assert _found("Cremations in 2025 numbered 1,742.") == [(1742.0, "count")]


def test_an_abbreviated_year_is_a_measure() -> None:
    found = _found("Festive Lighting Co. £14,980 (3 yr hire incl. install) / Brightwell Events £12,450\n(3 yr) / current supplier renewal £16,200.")
    assert found.count((3.0, "other")) == 2 and (3.0, "count") not in found
    assert (3.0, "other") in _found("b. Snowplow contract - Hartline Excavating, $92/hr grader, $78/hr truck, 3 yr. Hess/Gatling.")


def test_pounds_of_a_material_are_a_weight() -> None:
    assert _found("The pollutant reduction plan requires removing 11,400 pounds of sediment by 2028;") == [(11400.0, "other")]
    # a sum in pounds written as a word stays money
    assert _found("a grant of 2,000 pounds for the hall") == [(2000.0, "GBP")]
    assert _found("a cheque for just over two thousand pounds of the grant") == [(2000.0, "GBP")]


def test_a_singular_unit_before_its_noun_measures_that_thing() -> None:
    assert (28.0, "other") in _found("41 objections had been received during the 28 day objection period, mainly about travel distance.")
    assert (30.0, "other") in _found("major applications averaged 41.2 weeks against the 30 week target, and local applications 14.6 weeks")
    assert (5.0, "other") in _found("The contract value over the five year term was estimated at £4.38m, an increase of 6.2%")
    # the period a sentence is about stays no statistic
    assert _found("Crime had fallen over the last five years.") == []
    assert _found("Savings will be made over the next 3 months.") == []
    assert _found("a session for 5 year olds") == []


def test_the_sides_of_views_given_at_a_hearing_or_in_a_consultation_are_counts() -> None:
    assert (29.0, "count") in _found("presented the consultation report. 41\n   responses were received, 29 in favour. The school has 47 pupils on roll")
    assert (19.0, "count") in _found("23 submissions were\nreceived, 19 in favour. On the proposal of Cllr. Culliton, seconded by Cllr. Nagle")
    found = _found("Five residents spoke regarding the proposed RV park on FM 521; three\nopposed and two in favor. One resident spoke")
    assert (3.0, "count") in found and (2.0, "count") in found
    assert (3.0, "count") in _found("read the title. Sixteen residents attended; 11 spoke in favor and 3 against. Holmquist\nmoved")
    assert (9.0, "count") in _found("Discussion on PZ-25-06: eleven neighbors spoke, nine against. Concerns were glare, drainage")
    # the sides of a vote belong to the resolution, whoever spoke before it
    assert _found("The motion was put to the vote: 7 in favour, 3 against.") == []
    assert _found("Following comments from residents, Members voted 5 in favour and 2 against.") == []


def test_a_motion_approving_the_claims_opens_the_list_of_them() -> None:
    text = (
        "Motion by Danek, second by Fairchild, to approve claims as presented. Roll call: all ayes.\nMotion carried.\n"
        "GENERAL FUND: Ashby Sentinel, pub, 318.40; Black Hills Energy, util, 2,114.77; Koester, J,\nmileage, 86.10; Plains Office Supply, su, 441.25."
    )
    usd = Currencies(home="USD", dollar="USD")
    found = [(s.value, s.unit) for s in find_statistics(text, currencies=usd)]
    assert {(318.4, "USD"), (86.1, "USD"), (441.25, "USD"), (2114.77, "USD")} <= set(found)
    # with no such motion a bare decimal stays a measure or nothing
    assert (318.4, "USD") not in [(s.value, s.unit) for s in find_statistics("The gauge read 318.40 at noon.", currencies=usd)]


def test_an_items_number_is_no_statistic() -> None:
    page = "Gidgee Shire Council - Minutes Ordinary Meeting 24 February 2026       Page 6 of 19\n9.5 MONTHLY FINANCIAL REPORT - JANUARY 2026\nThe Director"
    assert _found(page) == []
    assert _found("Cr Ferraro declared a declarable conflict of interest in 4.3 (his business holds a sundry debtor account) and elected") == []
    # a count after 'interest in' and a measure in a heading of capitals stay statistics
    assert _found("The Council has an interest in 40 properties.") == [(40.0, "count")]
    assert _found("90 DAY EXTENSION REQUEST\n") == [(90.0, "other")]


def test_addresses_in_capitals_spanish_street_words_and_a_house_before_its_town() -> None:
    heading = "HELD IN THE\nCOUNCIL CHAMBER, 80 TE KORAHA STREET, MATAIRANGI ON WEDNESDAY, 26 AUGUST 2026 AT 10.00AM"
    assert _found(heading) == []
    assert _found("Tuesday, May 13, 2025 6:00 PM Council Chambers, 200 Plaza de Oro\n\nI. CALL TO ORDER") == []
    assert _found("(b) dwelling at 11 Abbeyview, Ballycarra, to the tenant under the Tenant Purchase Scheme for €88,500") == [(88500.0, "EUR")]
    # a measure in capitals and a plural after 'at' stay statistics
    assert _found("A 5 MW SOLAR PARK\n") == [(5.0, "other")]
    assert _found("at 12 Members, Officers and the public attended") == [(12.0, "count")]


def test_the_size_a_quorum_must_reach_is_a_rule_not_a_count() -> None:
    assert _found("Members Daniel Osei, Ruth Falaniko, Cr Hamish Lowry\n\nQuorum: 3 members\n\nContact Telephone") == []
    assert _found("Theresa Sakanee, Bertha Meekis (quorum is 3 of 5)\nBand Manager") == []
    # who came and the seats they fill are counted
    assert _found("I. CALL TO ORDER / ROLL CALL - quorum present (4 of 5).") == [(4.0, "count"), (5.0, "count")]
    assert _found("Item 1. Call to order 12:04. Quorum (4 of 5).") == [(4.0, "count"), (5.0, "count")]


def test_numbered_wells_districts_and_quintiles_are_names() -> None:
    assert _found("3) Ops report. Well 3 pump pulled, bearing failure. Repair $18,750 from") == [(18750.0, "USD")]
    quintiles = "the gap in literacy between pupils living in\nSIMD quintile 1 and quintile 5 had narrowed from 21.4 to 17.9 percentage points"
    assert _found(quintiles) == [(21.4, "percent"), (17.9, "percent")]
    # a roll line's district does not count the members of the public in the paragraph after it
    assert _found("Commissioner Russ Whitaker - District 2\nCommissioner Helen Tsosie - District 3\n\nMembers of the public may comment") == []
    assert _found("as well 3 new homes were built") == [(3.0, "count")]
    assert _found("There were 3 members of the public present.") == [(3.0, "count")]


def test_a_span_of_years_with_an_en_dash_is_no_count() -> None:
    assert _found("3. The lower field flooded on at least three occasions in 2024–26 and the applicant's drainage strategy") == [(3.0, "count")]
    assert _found("The budget for 2025–26 was agreed.") == []
    assert _found("spend in 2024—25 rose") == []


def test_a_risk_registers_likelihood_and_impact_are_two_scores() -> None:
    found = _found("The committee noted the addition of risk SR14 (cyber resilience),\nscored 16 (likelihood 4 x impact 4). Noted.")
    assert found.count((4.0, "other")) == 2 and (4.0, "count") not in found


def test_a_year_in_words_an_articles_number_and_a_weighted_vote_are_no_counts() -> None:
    assert _found("Minutes - Regular Meeting\nThursday, April seventeenth, two thousand twenty-five, 7:00 PM\nWapsie County Courthouse") == []
    assert (9.0, "count") not in _found("Board went through the 14 articles. Changes: art. 9\n(fire dept reserve) amount changed from $30,000 to")
    assert _found("be read a first, second and third time.\nCARRIED (weighted vote, 14 of 17)\n26-019 SANDHU/KOSTIUK") == []


def test_the_sides_of_a_resolution_after_speakers_stay_a_tally() -> None:
    assert _found("Two residents spoke. Resolved, 7 in favour and 2 against, that the scheme proceed.") == [(2.0, "count")]


def test_a_measure_broken_across_an_indented_line_and_abbreviated_minutes_and_seconds() -> None:
    assert _found("collection was missed for three\n             consecutive weeks in August.") == [(3.0, "other")]
    fire = "the average response time to dwelling fires was 7 minutes\n             41 seconds, against a standard of 8 minutes"
    assert _found(fire) == [(7.68, "other"), (8.0, "other")]
    assert _found("Average turnout time for Station 2 was 7 min 40 s, above the target.") == [(7.67, "other")]
    # a paragraph after a blank line is no part of the measure
    assert (3.0, "count") in _found("The panel interviewed three\n\nconsecutive applicants")


def test_a_ratio_to_one_is_a_measure() -> None:
    assert _found("Statement of reasons - 5.2: The proposal exceeds the maximum FSR of 2.5:1 by 18 per cent, fails") == [(2.5, "other"), (18.0, "percent")]
    zar = Currencies(home="ZAR", dollar="USD")
    found = [(s.value, s.unit) for s in find_statistics("The current ratio improved from 0,9:1 to 1,3:1, and unauthorised expenditure fell", currencies=zar)]
    assert found == [(0.9, "other"), (1.3, "other")]
    # a panel's vote written as a ratio, a time and a rule's number are none
    assert (3.0, "other") not in _found("48 units, 2 levels of basement   (3:1, Mr Tuckwell dissenting)")
    assert _found("The meeting closed at 9:10 pm.") == []
    assert _found("Rule 3:1 applies") == []


def test_circa_and_a_multiplier_in_brackets() -> None:
    assert _found("Christmas lights - switched on 29/11, c.150 attended, thanks to volunteers.") == [(150.0, "count")]
    assert _found("a walk of c. 5 miles") == [(5.0, "other")]
    assert (6.0, "count") in _found("the Bridge\nSt bins (x6) replaced with dual recycling units")
    # a year or a small label after 'c.' is none
    assert _found("built c. 1868, the hall") == []
    assert _found("see Fig. c.2") == []
    assert _found("as authorized by the Municipal Act, 2001, S.O. 2001, c. 25 as amended") == []


def test_a_mill_lane_kilometres_and_a_density_are_measures() -> None:
    assert _found("Millage renewal. The current 0.8 mill expires in 2026. Discussion only.") == [(0.8, "other")]
    assert (96.0, "other") in _found("sweeping will take about 3 weeks, covering 96\nlane-kilometres. Councillor Greer asked")
    assert (3.0, "other") in _found("to allow 112 single-family lots, a density of 3.0 dwelling units per acre.\nStaff recommended")
    # a street named after a mill stays an address
    assert _found("the bench outside 10 Mill Road") == []


def test_a_measure_after_a_label_word_or_a_list_of_labels_is_kept() -> None:
    floor = "increasing gross floor area from 1,460 sq. ft. to 2,210 sq. ft. The lot contains"
    assert _found(floor) == [(1460.0, "other"), (2210.0, "other")]
    assert _found("PUBLIC HEARING - REZONING CASE RZ-26-12 (Parcel 0817-44-2093, 26.8 acres, RA to RB)\nPlanning Director") == [(26.8, "other")]
    assert _found("25/04411/FUL Wind turbine (24.9m to tip), Mains of Tullich - CC agreed to object") == [(24.9, "other")]
    # runs of numbered papers and labels stay references
    assert _found("Check numbers from 8108 to 8119 were approved") == []
    assert _found("paragraphs 7 to 20 apply") == []


def test_a_fraction_of_one_to_three_or_more_places_is_a_rate() -> None:
    assert _found("and determines the Annual Rate on Valuation to be 0.2598.\n\n2. VOTES OF THANKS") == [(0.2598, "other")]
    assert _found("determines the Annual Rate on Valuation for 2027 at 0.2875, and that the vacancy refund") == [(0.2875, "other")]
    # an item's number stays a label, and a time after a year stays a time
    assert _found("see item 0.125 below") == []
    assert _found("on March 11, 2021 at 10 the Board met") == []


def test_the_named_parts_of_a_total_in_brackets_are_counts() -> None:
    found = _found("Chief Haig reported 188 calls in the quarter (Brackenvale 121, Lisgar 67), including\n14 structure fires.")
    assert (121.0, "count") in found and (67.0, "count") in found
    # parts that do not add up to the total may be labels
    assert _found("Visits were made to 12 sites (Ward 3, Ward 5)") == [(12.0, "count")]


def test_bidders_scores_named_after_scored() -> None:
    text = "the tender evaluation scored Fulton Roading 82.4\nand Ngawhare Civil 76.1. Council's annual maintenance spend"
    assert _found(text) == [(82.4, "other"), (76.1, "other")]
    assert _found("Smith scored Ward 3 highly") == []
