"""Statistics round 2 (issue 16): numbers that name a place or a thing, and amounts typed with
mixed separators. Invented snippets in the style of US and UK minutes of the devpool tune part
(licensing boards, transit committees, village trustees)."""

from __future__ import annotations

from minutes_miner.extract.money import Currencies
from minutes_miner.numbers import parse_digits

from helpers import statistics_found as found

USD = Currencies(home="USD", dollar="USD")


def test_a_house_number_before_a_long_street_name_is_an_address():
    """The street's name may be long ('Massachusetts Avenue') or broken over a PDF line ('Clarendon\\nSt')."""
    assert found("4. Teriyaki & Sushi Inc, 705 Massachusetts Avenue, Boston, MA.", USD) == []
    assert found("Flik International Corp. located at 200 Clarendon\nSt, Boston, MA. It seats 120 people.", USD) == [(120, "count")]
    assert found("Works completed at the green, 11 Desmond Drive, Adare, and 3 benches were fitted.") == [(3, "count")]


def test_a_number_before_a_capitalised_singular_word_after_the_names_it():
    assert found("in a space known as the 200 Club with various meeting rooms", USD) == []
    assert found("The 12 new homes and the 40 Members present.") == [(12, "count"), (40, "count")]


def test_a_number_after_a_possessive_before_a_singular_word_is_a_name():
    assert found("He said the programme should not take credit for AC Transit’s 19 bus line.", USD) == []
    assert found("The council’s 40 staff were thanked.") == [(40, "count")]


def test_a_point_typed_for_the_first_thousands_comma_is_a_separator():
    assert found("The fund will approximately have $1.700,000 at the end of the year.", USD) == [(1700000, "USD")]
    assert parse_digits("1.700,000") == 1700000
    assert parse_digits("1.700") == 1.7
    assert found("A fee of £1.75 was paid and £2,500.50 in total.") == [(1.75, "GBP"), (2500.5, "GBP")]


def test_a_multiplier_letter_never_starts_the_next_line():
    """A payments list cell by cell: '£301.92' then the next payee 'K&M Lighting', not £301,920."""
    assert found("CGM (Sept 2014)\n£251.60\n£301.92\nK&M Lighting (Oct 2014)\n£24.27") == [(251.6, "GBP"), (301.92, "GBP"), (24.27, "GBP")]
    assert found("Savings of £2.5 m and £4\nmillion were found.") == [(2500000, "GBP"), (4000000, "GBP")]


def test_number_words_that_count_people_options_groups_and_quoted_things():
    assert found("The panel was unsure what happens if one of those three people is promoted.", USD) == [(3, "count")]
    assert found("It was noted that three options are proposed, in summary these are listed.") == [(3, "count")]
    assert found("The volunteers would work in two teams of three to operate a speed check.") == [(2, "count"), (3, "count")]
    assert found("Funding for two ‘Maney in Bloom’ events was approved.") == [(2, "count")]


def test_those_before_a_number_word_without_a_plural_noun_is_still_no_count():
    assert found("Those three were thanked, and each one of those was asked to reply; one option was chosen.") == []


def test_a_large_count_with_a_thousands_comma_at_a_line_start_before_a_capitalised_plural():
    text = "Since 2019 the following Stats apply:\n\n6\n\n4,721 Site Inspections carried out\n\n1,856 Notices served under the Act\n"
    assert found(text) == [(4721, "count"), (1856, "count")]
    assert found("location- 2,170 A multi-use building") == []
    assert found("97 Audit Recommendation Tracker") == []


def test_an_area_of_four_figures_before_its_unit_is_no_reference():
    assert found("Has applied for a licence to be exercised on the above - 1684 SF restaurant on 1 floor.", USD) == [(1684, "other"), (1, "count")]
    assert found("2741943 Ontario Inc was granted a licence.") == []


def test_a_number_word_repeated_in_brackets_on_the_next_line_and_an_address_after_a_blank_line():
    assert found("From: 80 Causeway Street. Four\n(4) entrances and four (4) exits.", USD) == [(4, "count"), (4, "count")]
    assert found("a dwelling house situate at 11\n\nDesmond Drive, Adare, Co. Limerick, and 3 sheds") == [(3, "count")]


def test_a_count_after_the_attendance_sentence_is_kept(tmp_path):
    """The attendance record's span ends at its sentence: the public present after it are counted."""
    from minutes_miner.extraction import extract_path

    page = tmp_path / "minutes.txt"
    page.write_text(
        "Hutton Parish Council\nMinutes of the meeting held on 4 April 2023\n\n1. Present & Apologies\n"
        "Richard Green (Chairman) and Cllrs. Andy Dorman, David Banks and Simon Lealman, and Clerk, Jem Charles were present. "
        "One member of the public was also present.\n2. Minutes of the March meeting were approved.\n"
    )
    stats = [(s.value, s.unit) for s in extract_path(str(page)).statistics]
    assert stats == [(1, "count")]


def test_the_denominator_of_a_rate_after_per_is_no_statistic():
    assert found("Looked after children were at a rate of 63 per 10,000 children.") == [(63, "other")]
    assert found("He suggested warning at 1500 MPN per 100 mL, according to experts.", USD) == []
    assert found("The charge is £5 per 1,000 litres; 3 per cent.") == [(5, "GBP"), (3, "percent")]


def test_a_number_word_standing_for_the_things_counted_in_a_second_clause():
    text = "The County reported that two signs would be $50,000 and three would be $70,000."
    assert found(text, USD) == [(2, "count"), (50000, "USD"), (3, "count"), (70000, "USD")]
    assert found("Of the bidders, two had withdrawn and three had been shortlisted.") == [(2, "count"), (3, "count")]
    assert found("It is hoped that two will attend, and one would hope so.") == []


def test_a_page_or_item_number_alone_on_its_line_or_ending_a_contents_line():
    assert found("Other attributes are not represented and are requested\n\n3\n\nto be included in the plan.") == []
    assert found("further savings in County Services.\nRD\n5\na\nFinance:") == []
    assert found("6. Managing the risk of fraud 53\n7. Final Accounts Memorandum 155\n8. Work programme 169\nIt is anticipated") == []
    assert found("The number of visitors was\n250\nand rising.") == [(250, "count")]


def test_a_length_of_time_after_first_is_a_measure_but_the_past_years_are_a_period():
    assert found("Staff proposed a lower percentage goal for the first five years.", USD) == [(5, "other")]
    assert found("Complaints have risen over the past three years.") == []
