"""Statistics session 27: Australian dollars told by New South Wales council words, measures in micrograms, decibels,
acres and linear feet, one-day licences, grid streets and lone street names, abbreviated divisions and stations, the
outer years of a medium-term budget, votes by a show of hands or a board's majority, and 'one' counting a thing whose
singular ends in 's' (sentences quoted from the development documents)."""

from __future__ import annotations

from minutes_miner.extract.money import document_currencies
from minutes_miner.extract.statistics import Currencies, find_statistics

from helpers import statistics_found as _found


def test_new_south_wales_council_words_tell_the_australian_dollar() -> None:
    head = (
        "CITY OF BANKSMOOR                        MINUTES OF THE ORDINARY MEETING OF COUNCIL\n"
        "PRESENT: The Mayor (Councillor Rosa Delmenico) in the Chair and Councillors Aziz, Bannerman.\n"
        "MAYORAL MINUTE 10/2025 - Christmas Hampers for Banksmoor Community Pantry\n"
        "216/25  RESOLVED (The Mayor) that Council donate $5,000 from the Mayoral discretionary\nfund.\n"
        "QUESTIONS WITH NOTICE - Cr Muir asked about the cost of graffiti removal. Response: $312,450\n"
    )
    assert document_currencies(None, None, head).home == "AUD"
    # one cue alone ('Cr', which New Zealand councils write too) still decides nothing
    assert document_currencies(None, None, "Cr Muir asked about the cost of graffiti removal: $312,450. The colour of the centre.").home != "AUD"


def test_measures_in_micrograms_decibels_acres_and_linear_feet() -> None:
    assert _found("phosphorus averaged 9.2 micrograms per litre at 14 sampling sites.") == [(9.2, "other"), (14.0, "count")]
    assert _found("with readings up to 68dB at the nearest dwelling") == [(68.0, "other")]
    assert _found("Sidewalk program: 1,450 lin. ft. to be replaced this summer.") == [(1450.0, "other")]
    assert _found("Ozark Solar, community solar, 31 ac  Recommend approval") == [(31.0, "other")]
    # a count stays a count
    assert _found("Sidewalk program: 14 panels to be replaced this summer.") == [(14.0, "count")]


def test_a_one_day_licence_is_a_kind_of_licence() -> None:
    assert _found("Medeiros moved to approve a one-day wine and malt license for the Tamsin Bay Historical\nSociety") == []
    assert _found("5. One-day license applications") == []
    # a one-day closure still measures the business
    assert _found("The road will need a one-day closure in June.") == [(1.0, "other")]


def test_grid_streets_and_lone_street_names_are_addresses() -> None:
    assert _found("Gail Ipson, 412 E Cedar Ln, asked about the dust on 300 West. Mr. Kimball said the") == []
    assert _found("held at the Municipal\nChambers, 3 Esplanade, Swansport on Monday") == []
    # hundreds before a lower-case word or a capitalised noun are counted
    assert _found("The district now serves 300 households and 400 more next year.") == [(300.0, "count"), (400.0, "count")]
    assert _found("Residents saw 3 Broadway shows") == [(3.0, "count")]


def test_abbreviated_divisions_and_stations_are_labels() -> None:
    assert _found("Councillors' reports - Div. 5 reported 11 abandoned bales on road allowance.") == [(11.0, "count")]
    assert _found("Grange to use Sta. 71 training room monthly - tabled to Dec.") == []


def test_the_outer_years_of_a_budget_are_a_period() -> None:
    text = "the indicative allocations for the two projected outer years be approved as set out in Annexure A."
    assert _found(text) == []
    assert _found("the allocations for two projects be approved") == [(2.0, "count")]


def test_votes_by_a_show_of_hands_or_a_boards_majority_are_tallies() -> None:
    assert _found("On a show of hands 19 councillors\nsupported the ANC proposal and 14 the IFP proposal.") == []
    assert _found("A majority of the Board (2 to 1) was satisfied that the reduced design addresses shadowing.") == []
    # the sentence after the vote is read again
    assert _found("On a show of hands 19 councillors supported it. The programme has 45 projects.") == [(45.0, "count")]
    assert _found("A show of hands on a possible 20mph limit through the village.") == [(20.0, "other")]


def test_a_999_answer_time_is_a_service_number() -> None:
    assert _found("- Cllr Yeo asked about 999 answer times: 87% within 10 seconds in December") == [(87.0, "percent"), (10.0, "other")]


def test_one_counts_a_thing_whose_singular_ends_in_s() -> None:
    found = _found("Ms Milne reported 118 premises visits, 7 test purchases (2 failures) and one premises licence\nreview request pending.")
    assert (1.0, "count") in found
    assert (1.0, "count") not in _found("Ms Milne reported 118 premises visits and one visits later.")
    assert _found("Vacancy seat 5: one letter of interest received (Lorna Beech).") == [(1.0, "count")]
    assert _found("We had one meeting of interest.") == []


def test_people_named_by_an_age_and_the_ages_beyond_it() -> None:
    assert _found("(c) That children 12 and under continue to ride free") == []
    # children counted stay a count
    assert _found("The 12 children and 4 adults rode free.") == [(12.0, "count"), (4.0, "count")]


def test_a_fire_districts_tender_is_named_by_its_number() -> None:
    assert _found("Tender 71 back from shop; repair $11,860 (ins. pays all but $1,000 deductible).") == [(11860.0, "USD"), (1000.0, "USD")]
    assert _found("The Board received 3 tenders.") == [(3.0, "count")]


def test_a_south_african_regional_route_is_no_sum_of_rand() -> None:
    rand = Currencies(home="ZAR", dollar="USD")
    found = [
        (s.value, s.unit) for s in find_statistics("(c) A request will be sent to the Department of Transport regarding the R614 bridge.", currencies=rand)
    ]
    assert found == []
    found = [(s.value, s.unit) for s in find_statistics("It cost R614 for the bridge and R 500 for the road levy.", currencies=rand)]
    assert found == [(614.0, "ZAR"), (500.0, "ZAR")]


def test_a_count_in_words_before_a_model_year_or_a_size_joined_to_its_noun() -> None:
    assert (2.0, "count") in _found("C. Purchase of two (2) 77-passenger buses through BuyBoard - $298,760\n")
    assert _found("c. Surplus declaration - two 2011 Ford F-250 trucks\n") == [(2.0, "count")]
    # a year before a lower-case noun is no model year: no count is read through it
    assert _found("the two 2024 budgets") == []


def test_capitalised_words_naming_the_kind_of_a_plural_counted() -> None:
    text = "Mrs Whitbread summarised the year: 11 Parish Council meetings held, 46 planning\n   applications considered"
    assert _found(text) == [(11.0, "count"), (46.0, "count")]
    # an agenda's paper after a label stays a label
    assert _found("Items: 4 Finance Committee minutes") == []


def test_a_breakdown_by_kind_may_label_with_acronyms() -> None:
    found = _found("  Responses Oct: 64 (EMS 47, fire 6, MVA 8, other 3). Avg response")
    assert found == [(64.0, "count"), (47.0, "count"), (6.0, "count"), (8.0, "count"), (3.0, "count")]
    # routes or codes all in capitals are no breakdown
    assert _found("(SR 47, US 8, CR 3)") == []


def test_the_previous_quarters_figure_and_a_roster_are_counts() -> None:
    assert _found("Lost-time injuries: 2 (previous quarter 5). Near misses reported: 47.") == [(2.0, "count"), (5.0, "count"), (47.0, "count")]
    assert (23.0, "count") in _found("  Volunteer roster 23, down 2. Recruit academy starts")


def test_a_length_below_a_level_and_a_baselines_span() -> None:
    assert _found("GM Langley reported groundwater levels in the Upper Basin 12 feet below the five-year average.") == [(12.0, "other")]
    assert _found("had risen to 47%, against a ten-year target of 58%.") == [(47.0, "percent"), (58.0, "percent")]
    # a label before a length that lies nowhere stays a label; a contract's term is still measured
    assert _found("See Tender 12 feet of pipe") == []
    assert _found("a five-year contract was agreed") == [(5.0, "other")]


def test_a_share_in_words_broken_across_a_line_or_placed_in_an_area() -> None:
    found = _found("Call volume was 1,247 in 2024, an increase of nearly a\nfifth over five years, and")
    assert (20.0, "percent") in found
    assert (50.0, "percent") in _found("that 64 dog attacks were reported in 2024-25, nearly half in the Dennes Bay area.")
    # a part of a period is no share
    assert _found("We will meet in the second half of the year") == []


def test_home_types_after_a_count_cameras_slips_and_a_plurals_possessive() -> None:
    assert _found("24 units (16 one-bed, 8 two-bed) on the former creamery site") == [(24.0, "count"), (16.0, "count"), (8.0, "count")]
    assert _found("a 24-bed ward") == [(24.0, "count")]
    assert _found("Mr. Leahy confirmed the 12-camera system at Balrathmore Square") == [(12.0, "count")]
    assert _found("foreshore for a 24-slip marina.") == [(24.0, "count")]
    assert (42.0, "count") in _found("The Assistant Clerk reported: 42 Commissioners' dwellings, 1 void (undergoing rewiring)")
    # a heading's capitalised possessive is still no count
    assert _found("Item: 4 Members' Allowances") == []


def test_hours_of_work_and_a_fraction_of_a_post() -> None:
    assert _found("6.5 hrs/day for the paraprofessionals") == [(6.5, "other")]
    assert _found("a part-time officer (0.5 FTE) be appointed") == [(0.5, "other")]
    # the hour of the day stays no statistic; whole posts counted in words stay counts
    assert _found("the bar closing at 2200 hrs.") == []
    assert _found("at 18.30 hrs") == []
    assert _found("two FTE advisers") == [(2.0, "count")]


def test_after_a_comma_a_plural_counted_ends_a_list_of_labels() -> None:
    assert _found("(c) Approval of the Local Lettings Policy for the Pellow Estate regeneration (Phase 2, 96 homes).") == [(96.0, "count")]
    assert _found("options 2, 3 and 4 were considered") == []


def test_calls_for_service_are_counted_whatever_the_figure() -> None:
    found = _found("Chief Whitcomb reported 311 calls for service in February, down from 348 last year.")
    assert (311.0, "count") in found
    assert _found("residents can make 311 calls to report potholes") == []


def test_a_design_stage_and_an_abbreviated_year_are_labels() -> None:
    assert _found("MASSDOT ROUTE 6A RESURFACING - 25% DESIGN COMMENTS\nMassDOT presented the 25% design. The project") == []
    assert _found("a 25% design fee increase") == [(25.0, "percent")]
    assert _found("Option B = 6.5% increase to base rate yr 1 then 3% yrs 2-5.") == [(6.5, "percent"), (3.0, "percent")]


def test_all_of_the_things_named_before_ending_a_clause() -> None:
    assert _found("Nehls to grant all 9. Carried.") == [(9.0, "count")]
    assert _found("VOTED to approve all three. (RF/NO) 5-0.") == [(3.0, "count")]
    assert _found("We agreed in all.") == []


def test_a_number_chosen_or_required_of_things_counted_shortly_before() -> None:
    assert (60.0, "count") in _found("a 2,400 sq ft dry-stack building, and 44 parking spaces where the ordinance calls for 60. Public hearing opened")
    assert (14.0, "count") in _found("Proposed 12 spaces; code requires 14. Staff recommends a")
    text = "Eighteen providers bid across six zones; it is proposed to award\n   to twelve. Annual value approximately £21m."
    assert (12.0, "count") in _found(text)
    # with no count of things before it, a bare number after the verb names nothing
    assert _found("The Act requires 3.") == []


def test_a_count_of_a_capitalised_plural_opening_a_bracket() -> None:
    assert (6.0, "count") in _found("Total €72,000 = €12,000 per Member (6 Members).\n")
    assert _found("(4 Finance Report)") == []


def test_one_after_a_finding_verb_or_in_a_list_broken_across_lines() -> None:
    assert _found("The value for money work identified one significant weakness\n     (housing capital") == [(1.0, "count")]
    text = "PC Rattray: 6 calls in the area in Feb, two thefts from sheds at\nGlenlossit, one drink-drive arrest on the A941. Community"
    assert (1.0, "count") in _found(text)
    # 'one of' and a sentence opening 'One resident' stay no counts
    assert _found("The audit found one of the controls weak.") == []
    assert _found("One resident asked about the bins.") == []


def test_an_inch_mark_after_a_figure_is_a_size() -> None:
    assert _found('Bids opened: Red River Supply 24" CMP $48.10/ft $11,544.00') == [(48.1, "USD"), (11544.0, "USD")]
    # a figure closing a quotation keeps its meaning
    assert _found('he said "we have 12" then left') == [(12.0, "count")]
