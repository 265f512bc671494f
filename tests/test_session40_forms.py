"""Forms of web17's pages (issues 16 and 11, session 40), web17 being the set kept untouched through session 39.

Seen on real pages of bodies new to every set: a Wisconsin town board's run-on paragraph of '... approved on a
Crosby/Dahlstrom motion. Motion carried.' sentences; a Vermont select board's and a Manx board's 'The Board agreed for
Jim Clark to see if ...'; an Alberta town's 'Council approved entering into a new operating agreement'; an English town
council's 'Cllr J Hinnis was elected by 5 votes to 4.' under '44. To elect a Chairman', and its 'The Town Clerk be
instructed to write to SDC ...' with the 'That' left off; Victorian and Queensland community groups' '$' amounts with
their correspondence dated '27/04/17' or their 'ABN' and 'ATO' letters; flattened New Zealand and South Australian
letterheads ('ROTORUA LAKES COUNCIL Minutes Council meeting held ...'). Invented bodies, people and places, the same forms;
read with the rules alone."""

from __future__ import annotations

import re

import pytest

from datetime import date

from minutes_miner.extract.money import document_currencies
from minutes_miner.meeting import find_meeting_date
from minutes_miner.meeting_body import find_body
from minutes_miner.meeting_council import flattened_caps_council
from tests.helpers import actions_in, resolution_texts, statistics_found

PARISH = "Elmsworth Parish Council\nMinutes of the meeting held on 4 May 2021\n\nPresent: Ann Kerr, Tom Bell, Ian Ross\n\n"


@pytest.fixture(autouse=True)
def rules_only(monkeypatch):
    monkeypatch.setenv("MINUTES_MINER_LAYER", "rules")


def test_each_motion_of_a_run_on_paragraph_is_its_own_decision_without_the_outcome_before_it():
    text = PARISH + (
        "4. Business\nThe minutes were read and approved on a Hale/Marsh motion. Motion carried. The clerk's report was read and "
        "approved on a Marsh/Hale motion. Motion carried. Hale/Ross made a motion to borrow $12,000 for the plough. Motion carried. "
        "Picnic permits for the Elm Park and the Dam were approved on a Ross/Marsh motion. Motion carried. Public comments followed.\n"
    )
    found = resolution_texts(text)
    assert "The clerk's report was read and approved on a Marsh/Hale motion." in found
    assert "Picnic permits for the Elm Park and the Dam were approved on a Ross/Marsh motion." in found
    assert not [r for r in found if r.startswith("Motion carried")]


def test_a_body_agreeing_for_a_named_person_to_act_decides_and_tasks_that_person(tmp_path):
    note = "5. Grants\nThe Board agreed for Ann Kerr to see if we are eligible for the grant and if it meets our needs.\n"
    assert resolution_texts(PARISH + note) == ["The Board agreed for Ann Kerr to see if we are eligible for the grant and if it meets our needs."]
    assert ("Ann Kerr", "see if we are eligible for the grant and if it meets our needs") in actions_in(tmp_path, note)


def test_agreeing_for_a_person_to_continue_in_office_decides_but_tasks_nobody(tmp_path):
    note = "5. Officers\nThe board unanimously agreed for Mr Ross to continue as chair for the next year.\n"
    assert resolution_texts(PARISH + note) == ["The board unanimously agreed for Mr Ross to continue as chair for the next year."]
    assert actions_in(tmp_path, note) == []


def test_a_body_approving_a_gerund_with_its_preposition_decides():
    text = PARISH + "6. Hall\nCouncil approved entering into a new lease with the scouts ending 31 March 2026.\n"
    assert resolution_texts(text) == ["Council approved entering into a new lease with the scouts ending 31 March 2026."]


def test_a_terse_election_under_the_posts_heading_is_its_own_line():
    text = PARISH + (
        "44. To elect a Chairman\nNominations: Cllr T Bell (prop Cllr Kerr, sec Cllr Ross)\nCllr I Ross (prop Cllr Hale, sec Cllr Marsh)\n"
        "Cllr I Ross was elected by 5 votes to 4.\nCllr Ross in the Chair\n"
    )
    assert "Cllr I Ross was elected by 5 votes to 4." in resolution_texts(text)


def test_an_election_reported_under_an_item_that_elects_no_post_is_no_decision():
    for report in ("A letter said Mr Dale was elected by 50 votes to 40.", "A letter said Mr Dale was elected."):
        assert resolution_texts(PARISH + "7. Correspondence\n" + report + "\n") == []


def test_an_officer_be_instructed_with_its_that_left_off_is_a_decision_and_a_task(tmp_path):
    note = (
        "6. Dog fouling\nAfter discussion it was agreed that a notice be put on the gate. The Town Clerk be instructed to write to the "
        "District Council asking what its policy is.\n"
    )
    assert "The Town Clerk be instructed to write to the District Council asking what its policy is." in resolution_texts(PARISH + note)
    assert any(owner == "Town Clerk" for owner, _ in actions_in(tmp_path, note))


@pytest.mark.parametrize(
    "sentence",
    [
        "It was moved and carried that\nthe Clerk be authorised to pay the invoice.",  # a line wrapped inside the motion
        "Recommendation: The Clerk be authorised to order matting up to £900. Members deferred the item.",  # a label's recommendation
        "Cllr Bell asked whether, if the supplier is late; the Clerk be asked to chase the supplier.",  # inside a sentence
    ],
)
def test_an_officer_instructed_inside_a_sentence_or_after_a_label_is_not_a_sentence_of_its_own(sentence):
    instruction = re.search(r"[Tt]he Clerk be \w+ to \w+", sentence).group(0)
    assert not [r for r in resolution_texts(PARISH + "6. Items\n" + sentence + "\n") if r.lower().startswith(instruction.lower())]
    assert not [r for r in resolution_texts(PARISH + "6. Items\n" + sentence + "\n") if instruction in r and "Recommendation" in r]


@pytest.mark.parametrize(
    ("text", "dollar"),
    [
        (
            "Committee Meeting Minutes: Held 8/5/17\nCorrespondence In:\n12/04/17 Letter from the Shire\n27/04/17 Email about the hall\n"
            "Ian will be at the hall on 10th May.\nTreasurer: $220.25 was banked.\n",
            "AUD",
        ),
        ("Inward correspondence\nATO annual return\nLetter about the ABN\nMade $822.11 on the barbecue.\n", "AUD"),
        ("MINUTES OF MEETING OF ELM CREEK RECOVERY COMMITTEE\nBushfire Recovery Coordinator present.\nThe Shire grant: $536.\n", "AUD"),
        ("Minutes\nCorrespondence: 04/27/17 letter from the county; 05/15/17 email from the state.\nReceived $500 for the park.\n", "USD"),
    ],
)
def test_a_dollar_page_with_no_place_named_takes_its_country_from_its_dates_or_its_tax_letters(text, dollar):
    assert document_currencies(None, None, text).dollar == dollar


@pytest.mark.parametrize(
    ("text", "council"),
    [
        ("1/1 Doc No. 72 ELMVALE LAKES COUNCIL Minutes Council meeting held 6-7 June 2017 in the Council Chamber", "Elmvale Lakes Council"),
        ("Page 18624. MID WATTLE COUNCIL =================== MINUTES OF THE MEETING OF COUNCIL HELD ON 13 SEPTEMBER 2016", "Mid Wattle Council"),
        ("ELMVALE COUNCIL MINUTES – DRAFT MINUTES OF THE ORDINARY MEETING", "Elmvale Council"),
        ("THE ORDINARY COUNCIL Minutes of 3 May", None),  # meeting words, no place
        ("Report to the meeting. " * 20 + "ELMVALE COUNCIL MINUTES", None),  # past the opening lines
    ],
)
def test_a_flattened_letterhead_names_its_council_before_the_word_minutes(text, council):
    assert flattened_caps_council(text) == council


def test_a_member_told_to_act_owns_the_task(tmp_path):
    note = "5. Landfill office\nTodd Hale asked about the office. Lyn James told Todd Hale to get quotes for the office and bring them back.\n"
    assert ("Todd Hale", "get quotes for the office and bring them back") in actions_in(tmp_path, note)


@pytest.mark.parametrize(
    "note",
    [
        "5. Officers\nLaura Kerr will continue as Information Officer.\n",
        "5. Officers\nCaitlin Ross has been co-opted and will take on the role of Secretary.\n",
    ],
)
def test_staying_in_or_taking_up_a_post_is_no_task(tmp_path, note):
    assert actions_in(tmp_path, note) == []


@pytest.mark.parametrize(
    ("text", "dollar"),
    [
        (
            "Town of Pine Ridge Minutes – March 5, 2013\nMayor Kerr presiding and Councillors Bell and Ross present.\n"
            "RESOLVED that the Manitoba Water Office report be received.\nRESOLVED that the offer of $5,000.00 be accepted.\n",
            "CAD",
        ),
        (
            "Library Board Minutes, March 5, 2013\nPresent: Chair Ann Kerr, Councillor Tom Bell. Regrets: Ian Ross.\nA grant of $1,200 was received.\n",
            "CAD",
        ),
        (  # a company's 'Ltd.' is no Canadian council's word
            "Library Board Minutes, March 5, 2013\nPresent: Councillor Tom Bell.\nA grant of $1,200 was received from Elm Books Ltd.\n",
            "USD",
        ),
        (  # a Massachusetts city writes 'Councillor' and dates month first, but names nothing Canadian
            "City Council Minutes, March 5, 2013\nPresent: Councillor Bell, Councillor Ross.\nA grant of $1,200 was received.\n",
            "USD",
        ),
        (  # a Canadian word and the spelling, but no month-first date
            "Library Board Minutes\nPresent: Councillor Tom Bell. Regrets: Ian Ross.\nA grant of $1,200 was received.\n",
            "USD",
        ),
        (
            "Council Meeting Summary\nReports on the traffic bylaw, mana whakahono a rohe and road stopping.\nThe grant of $12,000 was approved.\n",
            "NZD",
        ),
    ],
)
def test_a_dollar_page_with_one_canadian_sign_of_each_kind_or_two_new_zealand_words_takes_that_dollar(text, dollar):
    assert document_currencies(None, None, text).dollar == dollar


def test_minutes_proposed_for_approval_by_name_then_approved_are_one_decision():
    text = PARISH + (
        "1.0 Minutes of 24 November 2015\n\nThe minutes of the meeting held on 24 November 2015 were proposed for approval by Christine "
        "and seconded by Kirsty. The minutes were approved.\n\n2.0 Harbour\nThe harbour master reported.\n"
    )
    assert resolution_texts(text) == [
        "The minutes of the meeting held on 24 November 2015 were proposed for approval by Christine and seconded by Kirsty. The minutes were approved."
    ]


def test_minutes_proposed_for_approval_by_their_pronoun_are_a_decision_of_their_own():
    text = PARISH + (
        "3. Minutes of Meeting from previous meeting\n\nThe Minutes from the previous meeting were reviewed. The agreed revisions will be "
        "made accordingly. They were then proposed for approval by S.Wilkinson and seconded by A.Smith.\n\n4. Roads\nPotholes were reported.\n"
    )
    assert "They were then proposed for approval by S.Wilkinson and seconded by A.Smith." in resolution_texts(text)


def test_a_motion_moved_by_name_that_the_minutes_be_approved_is_no_pronoun_outcome():
    text = PARISH + (
        "2. Minutes\nIt was moved by Trustee Kerr and seconded by Trustee Lewis that the minutes\nof the regular meeting of November 5, "
        "1964 be approved as submitted. The motion was voted upon by acclamation; whereupon the President declared the motion carried.\n"
    )
    assert not [r for r in resolution_texts(text) if r.endswith("that the minutes")]


def test_the_agendas_minutes_for_approval_stay_the_agendas():
    assert resolution_texts(PARISH + "2. Minutes of the meeting held on 3 March 2021 for approval.\n3. Planning applications\n") == []


@pytest.mark.parametrize(
    ("lines", "record"),
    [
        (
            "Treasurer's Report\nGeneral Acc. $5,311.00.\nMoved L. Boyle, 2nd. B Roberts. Carried.\nGeneral Business :\n",
            "Moved L. Boyle, 2nd. B Roberts. Carried.",
        ),
        (
            "Minutes of Previous Meeting\nMoved – Fiona Kerr. Seconded – Tony Bell. Accepted.\nCorrespondence In:\n",
            "Minutes of Previous Meeting Moved – Fiona Kerr. Seconded – Tony Bell. Accepted.",
        ),
    ],
)
def test_a_line_of_mover_seconder_and_outcome_is_the_record_with_its_heading_not_the_prose_above(lines, record):
    assert resolution_texts(PARISH + lines) == [record]


def test_two_lines_each_with_its_matter_movers_and_outcome_are_two_decisions():
    text = PARISH + (
        "2. Approval of the minutes\nof February 12 Trustee Meeting Moved B.Miles, 2nd D.Gregory. Carried.\n"
        "of February 12 In Camera Meeting Moved D.Gregory, 2nd B.Miles. Carried.\n"
    )
    assert resolution_texts(text) == [
        "of February 12 Trustee Meeting Moved B.Miles, 2nd D.Gregory. Carried.",
        "of February 12 In Camera Meeting Moved D.Gregory, 2nd B.Miles. Carried.",
    ]


def test_movers_and_outcome_under_a_resolution_close_that_resolution():
    text = PARISH + "5. Grants\nRESOLVED that the grant of £500 be paid to the scouts.\nMoved Cllr Bell, seconded Cllr Kerr. Carried.\n"
    assert resolution_texts(text) == ["that the grant of £500 be paid to the scouts."]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "The following are highlights from the October 13, 2020 Regular Meeting of Council.\nUrban Hens – Report\n"
            "At the August 10, 2020 Regular Meeting of Council, Administration was directed to report on backyard hens.\n",
            date(2020, 10, 13),
        ),
        (
            "In accordance with the Act the Elm Islands Council is required to review its representation arrangements.\n\n"
            "At its ordinary monthly meeting held 23 March 2023, the Council agreed to stay with the status quo.\n",
            date(2023, 3, 23),
        ),
        (
            "Summary of the\n\nMARCH 2ND, 2010\n\nSelectmen’s Meeting Minutes\n\nPRESENT: Rick Moore\n\n"
            "The summary of the February 16th, 2010 meeting was accepted as typed.\n",
            date(2010, 3, 2),
        ),
    ],
)
def test_a_digest_or_notice_dates_the_meeting_it_reports_and_an_approved_summary_dates_none(text, when):
    assert find_meeting_date(text) == when


def test_movers_and_outcome_under_a_motion_in_words_close_that_motion():
    for motion in ("The hall committee recommends that the hire fee rise to $40 per session", "That the committee purchase a new mower for $5,000."):
        found = resolution_texts(PARISH + "5. Hall\n" + motion + "\nMoved Ann Kerr, 2nd Tom Bell. Carried.\n")
        assert len(found) == 1 and motion[:30] in found[0]


def test_minutes_to_be_proposed_later_and_minutes_of_another_meeting_stay_apart():
    assert (
        resolution_texts(
            PARISH + "2. AGM\nThe minutes of the meeting of 3 March are to be proposed for approval by Ann Kerr and seconded by Tom Bell at the AGM.\n"
        )
        == []
    )
    found = resolution_texts(
        PARISH + "2. Minutes\nThe minutes of the meeting of 3 March were proposed by Ann Kerr and seconded by Tom Bell. The minutes of the AGM were approved.\n"
    )
    assert "The minutes of the AGM were approved." in found


def test_a_pronoun_proposed_and_seconded_with_no_minutes_before_it_is_no_record():
    text = PARISH + "6. Co-option\nTwo residents asked to be co-opted to the council. They were proposed by Cllr Bell and seconded by Cllr Ross.\n"
    assert not [r for r in resolution_texts(text) if r.startswith("They were proposed")]


def test_an_instruction_told_in_reported_speech_is_no_task_and_a_role_in_lower_case_is_work(tmp_path):
    assert actions_in(tmp_path, "5. Police\nPC Dawson said he had told Mrs Jenkins to report any further incidents to 101.\n") == []
    assert ("Cllr Noor", "take on the role of organising the litter pick in April") in actions_in(
        tmp_path, "5. Litter\nCllr Noor will take on the role of organising the litter pick in April.\n"
    )


@pytest.mark.parametrize(
    "text",
    [
        "UNCONFIRMED COUNCIL MINUTES",
        "NOTICE OF MOTION TO COUNCIL Minutes",
        "ST MARY'S PARISH PASTORAL COUNCIL MINUTES",
        "YOUTH COUNCIL MINUTES",
        "CENTRAL HAWKE'S BAY DISTRICT COUNCIL MINUTES",  # four words: the letterhead rules read it whole, this one cuts nothing
    ],
)
def test_a_papers_words_a_churchs_council_or_a_longer_name_is_no_flattened_letterhead(text):
    assert flattened_caps_council(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Selectmen Minutes\nPresent: Rick Moore\nThe summary of the February 16th, 2010 meeting approved as typed.\n",
        "Planning Minutes\nPresent: Ann Kerr\n5. Item\nAt its meeting on 12 January 2023, the Committee deferred this application.\n",
        "Board minutes\nPresent: Ann Kerr\nThe Clerk reported the outcomes of the March 3, 2021 Planning Board meeting.\n",
    ],
)
def test_an_earlier_meetings_summary_or_outcomes_date_no_minutes(text):
    assert find_meeting_date(text) is None


@pytest.mark.parametrize(
    ("head", "body"),
    [
        (
            "Republic of the Philippines\nProvince of Elmwood\nMunicipality of Santa Elena\nOFFICE OF THE SANGGUNIANG BAYAN\n"
            "Minutes of the 13th regular session of the 8th Sangguniang Bayan of Santa Elena held on the 21st day of October, 2013.\n"
            "Present: Hon. Ana Cruz - Vice-Mayor, Presiding Officer\nHon. Jose Reyes - SB Member\n",
            "Sangguniang Bayan",
        ),
        (
            "EXCERPTS FROM THE MINUTES OF THE REGULAR SESSION OF THE SANGGUNIANG PANLUNGSOD OF SAN ROQUE, HELD ON OCTOBER 24, 2007\n"
            "Present:\nHon. Ana Cruz - City Vice-Mayor & Presiding Officer\nHon. Jose Reyes - City Councilor\n",
            "Sangguniang Panlungsod",
        ),
        (
            "A special Elmdale council meeting was held at the Council Chambers on Monday June 15 with emphasis on the budget.\n\n"
            "Talk of the Town asked a councillor for a summary.\n",
            "Council",
        ),
        ("Council Meeting Summary\n\nAugust 29 2018\n\nA short summary of the meeting on 29th August with reports from the finance team.\n", "Council"),
        ("February 27 Council Update\n\nOn February 27 the Village of Elm Flats council met for a regular council meeting.\n", "Council"),
    ],
)
def test_a_local_legislature_in_its_own_language_or_a_council_that_met_is_the_body(head, body):
    assert find_body(head, None) == body


def test_an_earlier_council_meetings_minutes_on_an_agenda_item_name_no_body():
    head = "Agenda item\n\nTo receive the minutes of the meeting of County Council held on 26 January 2016 (copy attached).\n\nMatters Arising\n"
    assert find_body(head, "Elmshire County Council", fragment=True) is None


def test_pre_decimal_pounds_shillings_and_pence_are_one_sum_each():
    text = (
        "The following accounts were passed for payment: A. Bremner, £11 15s 0d; Jas. S. Master, £1 3s 2d; F. Pavitt, £3 15s; "
        "P. Grady, £25; James Blair, L 9 11s. The contract was re-let to Mr D. Bell at £10 10s. He paid £2 for 3s worth of nails."
    )
    assert statistics_found(text) == [(11.75, "GBP"), (1.1583, "GBP"), (3.75, "GBP"), (25.0, "GBP"), (9.55, "GBP"), (10.5, "GBP"), (2.0, "GBP")]


def test_shillings_past_a_pound_are_no_pre_decimal_sum():
    assert statistics_found("Tickets £1 25s each.") == [(1.0, "GBP")]  # twenty-five shillings is no shillings part: the pound sign alone


def test_a_run_on_list_of_bills_with_dashed_amounts_gives_each_amount():
    text = "The following bills were approved for payment; Elm Dept. of Revenue-317.05;  J. Barnes-1187.42; Windstream-332.99;  Cass Co. RWD#2-2587.50."
    assert statistics_found(text) == [(317.05, "GBP"), (1187.42, "GBP"), (332.99, "GBP"), (2587.5, "GBP")]


def test_two_dashed_bills_or_opening_hours_are_no_list_of_bills():
    assert statistics_found("Bills approved: J. Barnes-1187.42; Windstream-332.99.") == []
    assert statistics_found("Library opening hours: Mon 9-12.30, Wed 2-5.30, Sat 10-12.00.") == []


@pytest.mark.parametrize(
    ("line", "count"), [("Public Gallery: 40", 40.0), ("Public at Large: 3", 3.0), ("Member of Public Present: 2", 2.0), ("Member of the public: 1", 1.0)]
)
def test_the_public_counted_under_a_label_is_a_count(line, count):
    assert statistics_found("Present: Cllr Ann Kerr, Cllr Tom Bell\n" + line + "\n") == [(count, "count")]


def test_a_mover_line_under_reported_prose_is_its_own_record_and_capital_minutes_join_their_proposal():
    found = resolution_texts(PARISH + "4. Treasurer\nThe Treasurer reported that the account stands at $5,311.00.\nMoved L. Boyle, 2nd. B Roberts. Carried.\n")
    assert "Moved L. Boyle, 2nd. B Roberts. Carried." in found
    text = PARISH + "1.0 Minutes\n\nThe minutes of 24 November were proposed for approval by Christine and seconded by Kirsty. The Minutes were approved.\n"
    assert resolution_texts(text) == ["The minutes of 24 November were proposed for approval by Christine and seconded by Kirsty. The Minutes were approved."]


def test_an_election_reported_under_a_later_item_is_no_decision():
    text = PARISH + "5. Election of Chairman - held over\n6. Correspondence\nThe club wrote that Mr Dale was elected by 50 votes to 40.\n"
    assert resolution_texts(text) == []


def test_a_youth_council_member_or_a_committee_of_the_legislature_is_not_the_legislature():
    assert (
        find_body("Republic of the Philippines\nBarangay Council of San Jose\nPresent: Hon. Jose Reyes, Sangguniang Kabataan Chairman\n", None)
        != "Sangguniang Kabataan"
    )
    head = "Province of Elm\nMinutes of the meeting of the Committee on Appropriations of the Sangguniang Panlalawigan\n"
    assert find_body(head, None) != "Sangguniang Panlalawigan"


def test_a_drafts_letterhead_names_its_council():
    assert flattened_caps_council("DRAFT ROTORUA LAKES COUNCIL MINUTES OF THE ORDINARY MEETING") == "Rotorua Lakes Council"


def test_a_post_taken_on_is_no_task_but_an_instruction_in_the_present_perfect_is(tmp_path):
    assert actions_in(tmp_path, "5. Officers\nCllr Noor will take on the role of treasurer.\n") == []
    assert ("the contractor", "cut the verges") in actions_in(tmp_path, "5. Verges\nThe Council have told the contractor to cut the verges.\n")


def test_a_company_ltd_or_a_dotted_section_number_names_no_country():
    assert document_currencies(None, None, "Present: Councillor Bell. The centre was repainted by Elm Builders Ltd. for $1,200.").dollar == "USD"
    assert document_currencies(None, None, "Present: Councillor Bell. The centre roof (Chapter 13.12.10, 14.03.20) costs $1,200.").dollar == "USD"


def test_the_minutes_of_an_earlier_council_meeting_are_no_council_that_met():
    from minutes_miner.meeting_body import _council_that_met

    assert _council_that_met("To receive the minutes of the meeting of County Council held on 26 January 2016.", None) is None
    assert _council_that_met("The following are highlights from the October 13, 2020 Regular Meeting of Council.", None) == "Council"


def test_a_movers_surname_a_dash_and_the_motion_is_a_decision():
    text = (
        "Town of Elmwood\n\nTown Council Minutes – SEPTEMBER 19, 2017\n\n#670/17 Minutes:\n\n"
        "Kerr – that we adopt the minutes of the previous regular meeting of September 5, 2017 as circulated.\n\n"
        "#675/17 Impounded Van:\n\nRoss – that we place for sale by tender a 2005 Dodge Grand Caravan which was impounded.\n\n"
        "#676/17 Finance – the report was discussed at length.\n"
    )
    found = resolution_texts(text)
    assert any("we adopt the minutes of the previous regular meeting" in r for r in found)
    assert any("we place for sale by tender a 2005 Dodge Grand Caravan" in r for r in found)
    assert not any("report was discussed" in r for r in found)
