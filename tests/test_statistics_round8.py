"""Statistics families of issue 16, round 8: invented minutes in UK, Irish, US, Canadian,
Australian and New Zealand styles, each family with near misses that must not match.
"""

from __future__ import annotations

from minutes_miner.extract.money import Currencies
from minutes_miner.extract.statistics import find_statistics

GB = Currencies()
IE = Currencies(home="EUR", dollar="USD")
US = Currencies(home="USD", dollar="USD")
CA = Currencies(home="CAD", dollar="CAD")
AU = Currencies(home="AUD", dollar="AUD")
NZ = Currencies(home="NZD", dollar="NZD")


def found(text: str, currencies: Currencies = GB) -> list[tuple[float, str]]:
    return [(s.value, s.unit) for s in find_statistics(text, currencies=currencies)]


def test_volumes_energy_and_lengths_of_works_are_measures():
    """Water in megalitres and kilolitres (Australia, NZ), power in megawatts, pipe and kerb in linear
    feet (US bids), road in lane miles: each a measure, unit other, not a count of things."""
    assert found("Water consumption was 1.2 megalitres per day; the new tank holds 250 kL.", AU) == [(1.2, "other"), (250, "other")]
    assert found("The treatment plant processes 14 ML a day at peak.", NZ) == [(14, "other")]
    assert found("The solar farm will generate 4.5 megawatts, enough for 1,200 homes.") == [(4.5, "other"), (1200, "count")]
    assert found("Bid for 1,200 LF of water main was accepted.", US) == [(1200, "other")]
    assert found("Staff resurfaced 12.6 lane miles this season.", US) == [(12.6, "other")]
    assert found("The contractor removed 340 cubic metres of silt from the pond.", CA) == [(340, "other")]


def test_counts_beside_the_new_units_stay_counts():
    """A plural noun counted by the number is still a count; a lot's number is still its name."""
    assert found("The council owns 12 vehicles and 3 buses.", NZ) == [(12, "count"), (3, "count")]
    assert found("Lot 3 was sold to the adjoining owner.", US) == []
    assert found("Members noted 14 complaints about water pressure.", AU) == [(14, "count")]


def test_a_rate_in_the_dollar_is_a_rate():
    """'a rate in the dollar of 0.0912' (Australia), 'the mill levy of 4.5' (US), 'the rate in the
    pound' (UK historical): the decimal is a rate, unit other, never a count."""
    assert found("Council adopted a rate in the dollar of 0.0912 for residential land.", AU) == [(0.0912, "other")]
    assert found("The Board set the mill levy of 4.25 for general purposes.", US) == [(4.25, "other")]
    # a count after the rate's words is no rate: whole numbers keep counting
    assert found("The rate in the dollar applies to 3,450 properties.", AU) == [(3450, "count")]


def test_things_counted_by_a_hyphened_number():
    """'a 3-lot subdivision', 'a 12-vehicle fleet', 'a 30-pupil classroom': the number counts the noun."""
    assert found("The Commission recommended approval of a 3-lot subdivision on Elm Road.", US) == [(3, "count")]
    assert found("The depot will house a 12-vehicle fleet.", NZ) == [(12, "count")]
    assert found("A new 30-pupil classroom was opened at the school.") == [(30, "count")]
    assert found("The Parish Council received a 40-car petition.") == [(40, "count")]


def test_hyphened_labels_are_not_counts():
    """'Lot 3-4 boundary', 'Route 9-car' are not things counted; a number after the noun names it."""
    assert found("The boundary of Lot 3 was surveyed.", CA) == []
    assert found("Bus 12 will be retired.", NZ) == []


def test_billions_glued_as_b():
    """'$2.5b', '£1.2b': Australian and New Zealand press style for billions, glued to the figure;
    a 'b' apart from it is no multiplier ('$5 B Street'), nor a flat's letter ('Flat 5b')."""
    assert found("The Council's share of the $2.5b package is $14.2 million.", NZ) == [(2.5e9, "NZD"), (14.2e6, "NZD")]
    assert found("The national programme is worth £1.2b over ten years.")[0] == (1.2e9, "GBP")
    assert found("The quote of $5 B Street Plumbing was accepted.", AU) == [(5, "AUD")]
    assert found("Flat 5b was let to a new tenant.") == []


def test_a_figure_to_three_or_more_decimals_is_a_rate():
    """'The 2025 tax rate for residential properties is 0.01234567' (Ontario), 'a differential of 0.875':
    a fine decimal below ten measures a rate or a ratio, never a number of things."""
    assert found("The 2025 tax rate for residential properties is 0.01234567, an increase of 2.9%.", CA) == [(0.01234567, "other"), (2.9, "percent")]
    assert found("Council adopted a farmland differential of 0.875 of the residential rate.", AU) == [(0.875, "other")]
    # two decimals stay what they were: an average count, money in a payments list
    assert found("Class sizes average 27.5 pupils.") == [(27.5, "count")]


def test_a_year_or_phase_number_before_a_share_is_its_label():
    """'12.9% in year 1 and 8.6% in year 2' (NZ long-term plans), 'phase 1 and 40% in phase 2': the
    number after 'year'/'phase' names it; 'between 10 and 15 per cent' is still a range of two shares."""
    assert found("Average rates increases of 12.9% in year 1 and 8.6% in year 2.", NZ) == [(12.9, "percent"), (8.6, "percent")]
    assert found("Affordable housing will be 30% in phase 1 and 40% in phase 2.") == [(30, "percent"), (40, "percent")]
    assert found("Between 10 and 15 per cent of the road network is in poor condition.") == [(10, "percent"), (15, "percent")]


def test_a_role_as_object_then_a_measure_is_a_measure():
    """'pay the Clerk 4 additional hours', 'give the Mayor 2 weeks': a count after a role named as the
    object, not a label such as 'Tender 1'; a heading's 'Head Teacher 6 monthly update' is no measure."""
    assert found("It was agreed to pay the Clerk 4 additional hours at SCP 23.") == [(4, "other")]
    assert found("Council agreed to give the Treasurer 2 weeks to prepare the figures.", CA) == [(2, "other")]
    assert found("Tender 1 was the lowest price.") == []
    assert found("Virtual School Kent Head Teacher 6 monthly update (Item 7)") == []


def test_the_second_part_of_a_compound_measure():
    """'2 minutes 45 seconds', '1 year 6 months', '6 feet 6 inches', '2 hours and 30 minutes': one measure
    in its larger unit (independent annotators record '8 minutes 42 seconds' as 8.7, round 10); 'minutes 45'
    after another measure is no minute number ('Minutes 45 refers' is)."""
    assert found("Average call waiting time was 2 minutes 45 seconds against a target of 3 minutes.") == [(2.75, "other"), (3, "other")]
    assert found("The lease runs for 1 year 6 months.", IE) == [(1.5, "other")]
    assert found("The fence may be 6 feet 6 inches high.", US) == [(6.5, "other")]
    assert found("The hearing lasted 2 hours and 30 minutes.", NZ) == [(2.5, "other")]
    assert found("Minutes 45 refers.") == []
    assert found("Apologies were received. Minutes 4 and 5 were approved.") == []


def test_an_acronym_before_the_plural_it_qualifies():
    """'Fire Department: 32 EMS calls', 'Licensing: 12 HMO licences', 'Police: 32 ASB incidents': a
    count after a heading's colon, its noun qualified by an acronym; not a label ('Item 4 CIL Report')."""
    assert found("Fire Department: 32 EMS calls, 6 fire calls.", US) == [(32, "count"), (6, "count")]
    assert found("Licensing: 12 HMO licences were issued.") == [(12, "count")]
    assert found("Police: 32 ASB incidents were reported.", IE) == [(32, "count")]
    assert found("Highways: 6 CCTV cameras were installed.", AU) == [(6, "count")]
    assert found("Item 4 CIL Report") == []
    assert found("Minute 12 RFO report") == []


def test_a_part_of_a_count_after_of_which_or_of_whom():
    """'forty-two homes, of which twelve would be affordable', '9 councillors, of whom three are new':
    the word number stands for the things counted; 'one of which would be' is still no count."""
    assert found("The applicant proposes forty-two homes, of which twelve would be affordable.") == [(42, "count"), (12, "count")]
    assert found("The Council has 9 councillors, of whom three are new.", NZ) == [(9, "count"), (3, "count")]
    assert found("Twenty objections were received; of these five had been withdrawn.", CA) == [(20, "count"), (5, "count")]
    assert found("The report set out options, one of which would be preferred.") == []
    assert found("Staff said two would be needed for the project.", US) == []


def test_house_numbers_before_the_and_a_street_name():
    """'the bench by 21 The Ridings', 'land at 4 The Green', '9 The Paddocks': a house number, no count."""
    assert found("The lamp post and the bench by 21 The Ridings had been repaired.") == []
    assert found("The Clerk wrote to the owner of 9 The Paddocks about the hedge.", IE) == []
    assert found("Residents of 14 homes in The Ridings were consulted.") == [(14, "count")]


def test_attachments_exhibits_and_enclosures_are_labels():
    """'Attachment 1 shows 38 submissions', 'Exhibit 4', 'Enclosure 2': the paper's label, not a count."""
    assert found("Attachment 1 shows 38 submissions.", AU) == [(38, "count")]
    assert found("The plan is at Exhibit 4 and the budget at Enclosure 2.", US) == []


def test_the_money_denominator_of_a_rate_is_no_amount():
    """'$0.6843 per $100 of assessed valuation' (US property tax), '£1.20 per £1,000 insured': the
    rate is money, its denominator no amount of the meeting's business."""
    assert found("The tax rate proposed is $0.6843 per $100 of assessed valuation.", US) == [(0.6843, "USD")]
    assert found("The premium is £1.20 per £1,000 of sum insured.") == [(1.2, "GBP")]
    assert found("The grant is $100 per household and $1,000 per business.", CA) == [(100, "CAD"), (1000, "CAD")]


def test_a_sentence_opening_label_before_of():
    """'Block 12 of the Smith Addition', 'Tract 2 of the subdivision', 'Title 9 of the Village Code',
    'Scenario 2 of the plan': a part's label; 'For 3 of the items' and '14 of the 20 sites' count."""
    assert found("Block 12 of the Smith Addition was replatted.", US) == []
    assert found("Tract 2 of the subdivision was approved.", US) == []
    assert found("Scenario 2 of the plan was preferred.") == []
    assert found("For 3 of the items no quote was received.") == [(3, "count")]
    assert found("Members noted that 14 of the 20 sites were complete.", AU) == [(14, "count"), (20, "count")]


def test_an_accountants_negative_with_the_sign_outside_its_brackets():
    """'$(450)', '£(1,250.00)': a credit or a loss written as accountants do; a bracketed tally is not money."""
    assert found("A budget variance of $(450) was reported.", US) == [(450, "USD")]
    assert found("The net position was £(1,250.00) after transfers.") == [(1250, "GBP")]
    assert found("The motion was carried (7).") == []


def test_a_share_as_the_subject_of_a_verb_or_after_by():
    """'while a quarter opposed it', 'Nearly a third said no', 'More than half voted', 'rose by a fifth
    since March': shares in words; 'half full', 'a quarter past seven', 'the first half saw' are not."""
    assert found("Around half of respondents supported it, while a quarter opposed it.") == [(50, "percent"), (25, "percent")]
    assert found("Nearly a third said no to the proposal.", NZ) == [(33.3, "percent")]
    assert found("Costs rose by a fifth since March.", IE) == [(20, "percent")]
    assert found("The hall was half full and the work is half finished.") == []
    assert found("The meeting started at a quarter past seven.", US) == []
    assert found("In the first half saw a rise in complaints.", CA) == []


def test_a_paragraph_opening_with_a_count_of_people():
    """'12 Members attended the training.', '7 Residents spoke about parking.': a count of people,
    capitalised as roles are, then a verb; a minute number before its heading ('5 Apologies were
    received', '3 Planning Applications were considered') counts nothing."""
    assert found("Training\n\n12 Members attended the training.") == [(12, "count")]
    assert found("The meeting opened. 7 Residents spoke about parking.", CA) == [(7, "count")]
    assert found("Agenda\n\n5 Apologies were received from Cllr Hall.") == []
    assert found("Agenda\n\n3 Planning Applications were considered.") == []


def test_the_title_number_of_a_statute_citation():
    """'65 ILCS 5/11-74.4-4', '42 U.S.C. § 1983', '24 CFR 570.201': a US statute's title, no count;
    a count before an acronym and a plural ('14 HGV movements') still counts."""
    assert found("WHEREAS, pursuant to 65 ILCS 5/11-74.4-4, the City may designate a project area.", US) == []
    assert found("The claim was brought under 42 U.S.C. § 1983 in federal court.", US) == []
    assert found("Activities eligible under 24 CFR 570.201 were funded.", US) == []
    assert found("The officer reported 14 HGV movements a day.") == [(14, "count")]


def test_counts_beside_school_years_and_wards():
    """'120 pupils in Year 7 and 95 in Year 11', '40 in Ward 3 and 25 in Ward 4': the second count
    names its own label after it, so it is no label in a list ('options 2, 3 and 4' still are);
    '30 Year 11 students' counts students ('Year 11' measures nothing)."""
    assert found("The school has 120 pupils in Year 7 and 95 in Year 11.") == [(120, "count"), (95, "count")]
    assert found("There were 40 in Ward 3 and 25 in Ward 4.", NZ) == [(40, "count"), (25, "count")]
    assert found("There are 30 Year 11 students on the course.") == [(30, "count")]
    assert found("Options 2, 3 and 4 were considered.") == []
    assert found("Paragraphs 7 and 8 were amended.", CA) == []
    assert found("The contract runs for 3 Years.") == [(3, "other")]


def test_a_qualified_share_that_ends_its_clause():
    """'Staff estimated about a third.', 'Turnout was nearly half;': a qualified share in words at the
    end of its clause; 'two and a half.' and 'cut in half.' are no shares."""
    assert found("Staff estimated about a third.", NZ) == [(33.3, "percent")]
    assert found("Turnout was nearly half; most stayed away.") == [(50, "percent")]
    assert found("The walk took two and a half.", US) == []
    assert found("The budget was cut in half.") == []


def test_and_a_half_is_a_mixed_number_not_a_share():
    """'Another hour and a half will go by': 'and a half' completes a number, it is no share."""
    assert found("Another hour and a half will go by before I am done.", CA) == []
    assert found("A year and a half passed before the works began.", NZ) == []
