"""Statistics families of issue 16, round 7: invented minutes in UK, Irish, US, Canadian,
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


def test_one_before_a_singular_noun_is_a_determiner():
    """'one morning', 'one document', 'one suggestion': 'one' picks a thing out; it counts nothing."""
    assert found("The hall was flooded one morning in March and the caretaker was called.") == []
    assert found("Council agreed to merge the policies into one document.", US) == []
    assert found("Members made one suggestion about the wording of the survey.") == []
    assert found("The Board appointed one community board member to the working party.", NZ) == []
    assert found("Staff combined the bylaw into one section for clarity.", CA) == []


def test_one_that_counts_is_still_a_count():
    """Stressed ('Only one tender'), restated ('one (1) room'), a measure ('for one week'), attendance,
    or one of a run of counts of the same thing ('two windows and one window', 'two recommendations ... one recommendation')."""
    assert found("Only one tender was received for the grass cutting contract.") == [(1, "count")]
    assert found("The premises has one (1) room on the ground floor.", US) == [(1, "count")]
    assert found("The record will be left open for one week.", US) == [(1, "other")]
    assert found("There was one member of the public present.", IE) == [(1, "count")]
    assert found("Removal of two ground floor windows and one first floor window at the rear.") == [(2, "count"), (1, "count")]
    assert found("Staff installed 3 benches, one bin and a noticeboard.", AU) == [(3, "count"), (1, "count")]
    text = "Table A listed ten open actions.\n· Table B showed two actions completed.\n· Table C showed one action overdue."
    assert found(text) == [(10, "count"), (2, "count"), (1, "count")]


def test_one_is_not_a_count_for_an_unrelated_earlier_count():
    """A count of another thing earlier does not make 'one' a count."""
    assert found("Five residents spoke. The Chair said one view was clear.") == [(5, "count")]


def test_per_cent_written_pc():
    """'4.99pc', '3 pc' (UK and Irish press style) are per cent; 'PC 4521' (a constable) and '2 PCs' are not."""
    assert found("Council tax will rise by 4.99pc in April.") == [(4.99, "percent")]
    assert found("Rents are up 3 pc on last year.", IE) == [(3, "percent")]
    assert found("PC 4521 Jones gave the police report.") == []
    assert found("The library bought 2 PCs for public use.") == [(2, "count")]


def test_one_out_of_every_n():
    assert found("One out of every four residents is a carer.", US) == [(25, "percent")]
    assert found("Around one in every five households recycle food waste.", AU) == [(20, "percent")]
    assert found("Residents were consulted one in a series of sessions.") == []


def test_millions_written_with_a_hyphen():
    """'$3.5-million', 'a $1.2-million grant' (North American press style); '$5-10' stays a range."""
    assert found("The arena will cost $3.5-million to renovate.", CA) == [(3_500_000, "CAD")]
    assert found("A $1.2-million grant was received from the state.", US) == [(1_200_000, "USD")]
    assert found("Tickets will cost $5-10 each.", US) == [(5, "USD"), (10, "USD")]


def test_a_range_of_money_at_the_end_of_a_sentence():
    assert found("The scheme would cost £10-15m.") == [(10_000_000, "GBP"), (15_000_000, "GBP")]
    assert found("Fees rise to $130-140.", CA) == [(130, "CAD"), (140, "CAD")]
    assert found("The fee was €20-25, paid on the night.", IE) == [(20, "EUR"), (25, "EUR")]


def test_money_without_a_sign_after_a_money_noun_and_a_verb():
    """S4: '77m in reserves', 'the overspend is 2.1m', 'reserves stand at 5m'; a length is not money."""
    assert found("The town has 77m in reserves.", US) == [(77_000_000, "USD")]
    assert found("The overspend is 2.1m on housing.", IE) == [(2_100_000, "EUR")]
    assert found("General reserves stand at 5m after the transfer.") == [(5_000_000, "GBP")]
    assert found("The funding gap was around 3.5m this year.", NZ) == [(3_500_000, "NZD")]
    assert found("The gap is 2m wide at the gate.") == [(2, "other")]
    assert found("The council is 2m from the boundary.") == []


def test_a_time_told_by_its_distance_is_a_date():
    """'three weeks ago', 'six months earlier', 'two meetings prior' say when, not how much; a notice
    period ('48 hours prior to the event') and a total ('96 hours since April') are measures."""
    assert found("The roof was repaired three weeks ago by the contractor.") == []
    assert found("Six months earlier the Board had approved the plan.", US) == []
    assert found("The item had been deferred two meetings prior.", CA) == []
    assert found("The bridge reopened 2 years later after repairs.", AU) == []
    assert found("Roads must be cleared 48 hours prior to the event.", US) == [(48, "other")]
    assert found("The lengthsman had worked 96 hours since April.") == [(96, "other")]


def test_within_a_standard_in_digits_is_a_measure_a_promise_in_words_a_deadline():
    assert found("Potholes reported would be repaired within 28 days.") == [(28, "other")]
    assert found("Complaints must be answered within 10 working days.", NZ) == [(10, "other")]
    assert found("The Director undertook to share the analysis within two weeks.") == []
    assert found("The report is due within the next 3 months.", IE) == []


def test_a_part_of_a_counted_whole():
    """'four of the county’s six districts', 'three of its 12 depots': both numbers count; 'two of the members' names no whole."""
    assert found("Homes are exempt in four of the county’s six districts.") == [(4, "count"), (6, "count")]
    assert found("Council will close three of its 12 depots.", AU) == [(3, "count"), (12, "count")]
    assert found("Two of the members left early.", CA) == []


def test_weights_are_measures():
    assert found("The volunteers spread one tonne of compost.") == [(1, "other")]
    assert found("Crews used 3 tonnes of grit and 40 kilograms of salt.", IE) == [(3, "other"), (40, "other")]


def test_a_capitalised_word_opening_a_sentence_before_a_number_and_a_verb_is_a_label():
    """'Scenario 2 was preferred', 'Flat 2 and Plot 7 were let'; a count opens with a qualifier or a determiner."""
    assert found("Scenario 2 was preferred by the working group.", US) == []
    assert found("Members agreed. Flat 2 and Plot 7 were let in May.") == []
    assert found("Pathway 3 would be funded from reserves.", NZ) == []
    assert found("About 40 were present at the drop-in.") == [(40, "count")]
    assert found("Nearly 30 were sold at the fair.", CA) == [(30, "count")]
    assert found("Some 250 were returned by post.", IE) == [(250, "count")]


def test_a_label_word_used_as_a_verb_counts_what_follows():
    """'Clerk to order 4 benches', 'will post 6 notices', 'resolved to table 3 reports'; 'Standing Order 4' is a label."""
    assert found("The Clerk was asked to order 4 new bins for the play area.") == [(4, "count")]
    assert found("Clerk to order 2 benches and 3 planters.") == [(2, "count"), (3, "count")]
    assert found("It was agreed to post 6 notices around the village.", IE) == [(6, "count")]
    assert found("Staff will order 12 trees for Arbor Day.", US) == [(12, "count")]
    assert found("Council resolved to table 3 reports at the next meeting.", AU) == [(3, "count")]
    assert found("Standing Order 4 was suspended to allow the debate.") == []
    assert found("Under order 12 the Chair ruled the motion out of order.", CA) == []


def test_a_count_before_a_title_case_noun_phrase_ending_in_a_plural():
    """S1 again: '3 Vacant Plots', '2 Missed Bin Collections', '4 Resource Consents'; a heading
    ('97 Audit Recommendation Tracker') or a house name ('1 The Old Stores') is not a count."""
    assert found("Allotments – 3 Vacant Plots remain.") == [(3, "count")]
    assert found("Waste – 2 Missed Bin Collections this month.") == [(2, "count")]
    assert found("Updates: 4 Resource Consents issued, 2 Building Consents pending.", NZ) == [(4, "count"), (2, "count")]
    assert found("Agenda: 97 Audit Recommendation Tracker") == []
    assert found("Item 5 – 3 Oaks Close was discussed.") == []
    assert found("b. 15/01795/F – 1 The Old Stores, High Street; single storey garden office.") == []


def test_reference_numbers_after_plan_nouns_and_words_that_only_look_plural():
    """S8: 'objective 3', 'priority 2', 'step 4' are labels; 'Budget line 12 was overspent': 'was' is no plural that 12 counts."""
    assert found("Under objective 3 and priority 2 the plan was approved.") == []
    assert found("Step 4 of the plan was completed.", AU) == []
    assert found("Budget line 12 was overspent.") == []
    assert found("The youth service 45 young people use was praised.") == [(45, "count")]


def test_registration_numbers_are_references():
    """'ABN 12 345 678 901' (Australia), 'NZBN 94290...', 'Charity No. 1234567', 'VAT Reg No: 123 4567 89'; a tax amount is money."""
    assert found("Contractor ABN 12 345 678 901 was engaged for the works.", AU) == []
    assert found("Supplier NZBN 9429041234567 was added to the register.", NZ) == []
    assert found("The Trust (Registered Charity No. 1234567) wrote to the council.") == []
    assert found("Invoice shows VAT Reg No: 123 4567 89 and a total of £240.", GB) == [(240, "GBP")]
    assert found("GST of $1,500 applies to the contract.", AU) == [(1500, "AUD")]
    assert found("The VAT of £200 was reclaimed.") == [(200, "GBP")]


def test_each_side_of_a_vote_is_a_tally():
    """Vote tallies belong to the resolution (ANNOTATION.md): '... voted in favour and 2 against', '4 ayes and 1 nay'."""
    assert found("3 members voted in favour and 2 against.") == []
    assert found("Six councillors voted for the amendment and three against.") == []
    assert found("On a vote of 4 ayes and 1 nay the motion passed.", US) == []
    assert found("Roll call: 5 ayes, 0 nays.", US) == []
    assert found("Residents lodged 12 objections against the scheme.") == [(12, "count")]


def test_a_count_joined_to_its_noun_by_a_hyphen():
    """'a five-member panel', 'a 40-space car park', 'a 200-home development'; a type ('a 3-bedroom
    house', 'a two-storey extension') is no count."""
    assert found("A seven-member panel was appointed to the review.") == [(7, "count")]
    assert found("The 5-member board met in closed session.", US) == [(5, "count")]
    assert found("Plans for a 200-home development and a 50-space car park were noted.") == [(200, "count"), (50, "count")]
    assert found("A 3-person working group will report back.", AU) == [(3, "count")]
    assert found("The applicant proposes a 3-bedroom house with a two-storey extension.") == []


def test_a_currency_code_glued_to_its_amount():
    assert found("The council secured EUR1.2m for the scheme.", IE) == [(1_200_000, "EUR")]
    assert found("A grant of GBP5,000 was awarded.") == [(5000, "GBP")]
    assert found("The EURO 2028 bid was discussed.", IE) == []


def test_a_decimal_is_not_read_as_a_share_from_its_last_digit():
    """'4.5 out of 5' is a score, never '5 out of 5' = 100 percent."""
    assert (100, "percent") not in found("A score of 4.5 out of 5 was achieved.")
    assert found("Three out of four residents supported it.") == [(75, "percent")]
