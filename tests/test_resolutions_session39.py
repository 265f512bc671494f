"""Resolutions: forms of web16's pages (issue 16, session 39), web16 being the set kept untouched through session 38.

Seen on real pages of bodies new to every set: an English parish's 'Agreed by all that ...' opening its own decision, and
its 'X proposed ..., Y seconded the proposal, agreed by all.' in one sentence; a Californian water district's 'On motion
of Director X, duly seconded by Director Y, and carried unanimously, Ordinance No. 5 ... was passed'; a Welsh community
council's 'it was agreed they be co-opted' with its 'that' left out; a Victorian hall committee's minutes confirmed by a
pronoun in a flattened table row ('3 / Minutes of Previous Meeting / The minutes ... were tabled. They were confirmed as an
accurate record. / Moved: ...'); a Scottish and an Irish council's minutes 'proposed and seconded'; a port commission's
'The agenda was approved, as amended, with ...'; a New Zealand fish and game council's 'It was moved: That ... A/B
CARRIED.'. Invented bodies and people, the same forms; read with the rules alone."""

from __future__ import annotations

import pytest

from tests.helpers import resolution_texts

PARISH = "Elmsworth Parish Council\nMinutes of the meeting held on 4 May 2021\n\nPresent: Ann Kerr, Tom Bell, Ian Ross\n\n"


@pytest.fixture(autouse=True)
def rules_only(monkeypatch):
    monkeypatch.setenv("MINUTES_MINER_LAYER", "rules")


def test_agreed_by_all_that_opens_its_own_decision_and_closes_no_sentence_before_it():
    text = PARISH + (
        "5. Playground\nThe Clerk circulated a new quote for the swings. Agreed by all that the swings could be fitted by the handyman. "
        "Agreed by everyone that the old frame be taken to the tip.\n"
    )
    assert resolution_texts(text) == [
        "by all that the swings could be fitted by the handyman.",
        "by everyone that the old frame be taken to the tip.",
    ]


def test_a_proposal_seconded_and_agreed_by_all_in_one_sentence_is_a_decision():
    text = PARISH + "5. Fence\nAK proposed accepting the cheaper quote, TB seconded the proposal, agreed by all. The Clerk reported on the bins.\n"
    assert "AK proposed accepting the cheaper quote, TB seconded the proposal, agreed by all." in resolution_texts(text)


def test_a_motion_carried_before_its_wording_reads_the_clause_after_the_outcome():
    text = (
        "Minutes of the Board of Directors of the Elm Valley Water District\nRegular meeting held on 3 March 1955\n\n"
        "On motion of Director Hale, duly seconded by Director Moss, and carried unanimously, Ordinance No. 5 amending "
        "Ordinance No. 2 was passed on roll call.\n\n"
        "On motion of Director Moss, seconded by Director Hale and carried, President Lowe was authorized to attend the hearing.\n"
    )
    found = resolution_texts(text)
    assert "Ordinance No. 5 amending Ordinance No. 2 was passed on roll call." in found
    assert "President Lowe was authorized to attend the hearing." in found


def test_it_was_agreed_with_its_that_left_out_before_a_pronoun():
    text = PARISH + "5. Co-option\nBoth applications were considered and it was agreed they be co-opted as members of the Council.\n"
    assert any(t.endswith("they be co-opted as members of the Council.") for t in resolution_texts(text))


def test_minutes_confirmed_by_a_pronoun_inside_a_flattened_table_row_read_their_own_cell():
    text = (
        "Elm Shire Hall Committee of Management\nMinutes of the meeting held on 1 September 2015\n\n"
        "1 / In Attendance / Ann Kerr, Tom Bell, Ian Ross\n"
        "2 / Apologies / Sue Day, Bob Lane\n"
        "3 / Minutes of Previous Meeting / The minutes of the previous meeting were tabled after distribution to the meeting. "
        "They were confirmed as an accurate record. / Moved: Ann\nSec: Tom\n"
        "4 / Treasurer / The balance is healthy.\n"
    )
    assert "The minutes of the previous meeting were tabled after distribution to the meeting. They were confirmed as an accurate record." in resolution_texts(
        text
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The Minutes of the last meeting were proposed and seconded by A Kerr and T Bell respectively.",
        "The minutes of the previous meeting were read, proposed and seconded.",
    ],
)
def test_minutes_proposed_and_seconded_are_approved(sentence):
    text = PARISH + "The meeting was opened by the Chairman. " + sentence + "\n\n5. Roads\nThe Clerk reported on potholes.\n"
    assert sentence in resolution_texts(text)


def test_the_agenda_approved_with_its_amendment_between_commas():
    text = (
        "Elm Port Commission\nMinutes of the regular meeting of 10 September 2024\n\n"
        "3. APPROVAL OF THE AGENDA\nThe agenda was approved, as amended, with Item 8g removed from the consent agenda.\n"
    )
    assert "The agenda was approved, as amended, with Item 8g removed from the consent agenda." in resolution_texts(text)


def test_it_was_moved_colon_that_carried_by_its_movers_is_a_decision_and_one_lost_is_not():
    text = (
        "ELM FISH & GAME COUNCIL\nMINUTES OF THE MEETING HELD ON 31 JANUARY 2014\n\n"
        "APOLOGIES: Mason Kerr. It was moved: That those apologies are accepted. Mike Bell/Cameron Ross CARRIED.\n\n"
        "It was moved: That the licence fee be doubled. Mike Bell/Cameron Ross LOST.\n"
    )
    found = resolution_texts(text)
    assert "That those apologies are accepted." in found
    assert not any("licence fee" in t for t in found)


@pytest.mark.parametrize(
    ("line", "decision"),
    [
        (
            "1 APPROVAL OF AGENDA AND OTHER BUSINESS Agenda approved with addition of Poppy Collection (Ann Kerr), Elm in Bloom (Tom Bell).",
            "Agenda approved with addition of Poppy Collection (Ann Kerr), Elm in Bloom (Tom Bell)",
        ),
        ("Previous minutes accepted / Moved: AK / Financial report (TB) / Moved: TB 2nd: IR", "Previous minutes accepted"),
    ],
)
def test_the_agenda_or_the_minutes_approved_in_a_line_or_cell_of_their_own(line, decision):
    assert decision in resolution_texts(PARISH + line + "\n")


def test_a_council_approving_the_motion_closes_the_motion_before_it():
    text = PARISH + "4. Roads\nCouncillor Kerr moved that the lane be resurfaced before the winter. The Council unanimously approved the motion.\n"
    assert resolution_texts(text) == ["that the lane be resurfaced before the winter."]


def test_a_council_refusing_the_motion_does_not_close_it_as_carried():
    text = PARISH + "4. Precept\nCouncillor Kerr moved that the precept be doubled. Members refused the motion.\n"
    assert "Members refused the motion." in resolution_texts(text)


@pytest.mark.parametrize(
    "line",
    [
        "The Clerk / RFO's report was accepted.",
        "The quotes from Smith / Jones were accepted as presented.",
        "The 2024 | 2025 accounts were approved.",
    ],
)
def test_a_slash_or_bar_in_a_sentence_that_is_no_table_row_does_not_cut_it(line):
    assert line in resolution_texts(PARISH + "5. Business\n" + line + "\n")


def test_a_slash_in_a_heading_above_does_not_cut_the_sentence_below():
    text = (
        "Elm County Council\nMinutes of the Ordinary Meeting held on 9 February 2026\n\n"
        "ECC 20/26 CHIEF EXECUTIVE'S MANAGEMENT REPORT - DECEMBER 2025 / JANUARY 2026\n"
        "The report was noted. In response to Members, the Chief Executive advised that 1,143 potholes had been repaired.\n"
    )
    assert "The report was noted." in resolution_texts(text)


def test_minutes_after_a_dates_day_are_the_minutes_not_a_duration():
    text = PARISH + "2. Agenda\nThe agenda was adopted and the reading of the January 30 minutes were waived, and approved as distributed.\n"
    assert any("January 30 minutes were waived, and approved" in t for t in resolution_texts(text))


def test_an_agenda_adopted_with_its_movers_and_outcome_on_the_line_is_one_record():
    text = PARISH + "1. Agenda adopted as amended (add 6c - winter road). Moved Kerr / 2nd Bell. Carried.\n\n2. Roads\nThe Clerk reported.\n"
    assert [t for t in resolution_texts(text) if "Agenda adopted" in t] == ["Agenda adopted as amended (add 6c - winter road). Moved Kerr / 2nd Bell."]


def test_a_motion_seconded_in_a_paragraph_of_its_own_is_closed_whole_by_its_outcome():
    text = PARISH + (
        "2. Approve Board Minutes\n\nJoyce Kerr made a motion to approve the Board minutes with corrections.\n\n"
        "Vince Bell seconded the motion\n\nMotion passed 3/0\n\n\n3. Roads\n\nThe Clerk reported on potholes.\n"
    )
    assert resolution_texts(text) == ["to approve the Board minutes with corrections."]


def test_minutes_approved_and_signed_under_their_heading_are_the_outcome_line():
    text = PARISH + "4. MINUTES OF THE LAST MEETING HELD 30th January 2014\n\nApproved and signed.\n\n5. CHAIRPERSONS ANNOUNCEMENTS\n\nNone.\n"
    assert resolution_texts(text) == ["Approved and signed."]


@pytest.mark.parametrize(
    "sentence",
    [
        "Meeting agreed no rubbish bins required as people are to take their rubbish with them.",
        "Members agreed no further action was needed on the fence.",
    ],
)
def test_a_body_agreeing_no_is_a_decision_not_to(sentence):
    assert sentence in resolution_texts(PARISH + "6. Bins\n" + sentence + "\n")


@pytest.mark.parametrize(
    ("sentence", "decision"),
    [
        ("SW moved to accept the design. 2nd: MS", "to accept the design."),
        ("AK moved that the hall be repainted in May. Seconded TB. Carried.", "that the hall be repainted in May."),
    ],
)
def test_a_mover_written_as_initials_before_a_verb_of_deciding(sentence, decision):
    assert decision in resolution_texts(PARISH + "5. Business\n" + sentence + "\n")


@pytest.mark.parametrize(
    "sentences",
    [
        "The fence is rotten, agreed by all.",
        "The proposed closure of the post office would harm the village, agreed by all.",
        "The bench has been moved to the green and looks much better, approved by all.",
        "The minutes of the last meeting were not proposed and seconded as there was no quorum.",
        "After 20 minutes of discussion a motion to buy the bench was proposed and seconded but was lost on a vote.",
        "Cllr Bell asked whether the playground is covered by the policy. This was confirmed.",
        "The Clerk received the new lease from the landlord. It was signed.",
        "The Clerk reported that the extension was approved, as amended, by the Planning Authority last year.",
        "The agenda agreed with the Chair was published on the noticeboard on 1 May.",
        "Minutes agreed with the Chairman will be posted on the website.",
        "Minutes approved as drafts are not published until signed.",
        "The Clerk circulated the PCC minutes approved with amendments at their AGM.",
        "Bob Hale moved to the village in 2010.",
        "Bob Hale moved to approve the fees. The motion failed 2-3.",
        "Staff moved to defer the paving until spring.",
        "The Township moved to purchase the Miller property in 2019, the Clerk reported.",
        "Then Bob moved to approve the bills.",
        "Members agreed no progress had been made on the footpath since March.",
        "The Council accepted no liability for damage to the verge.",
        "- Cllr Bell agreed with the Chair about the state of the verges.",
        "- Residents approved with the comments made by the police.",
        "- Grants approved with the County last year remain unpaid.",
        "The Clerk circulated the PCC Minutes approved with amendments at their AGM.",
        "Minutes agreed with the Chairman appear on the website within a month.",
        "Approximately 20 minutes of discussion followed and a motion to buy the bench was proposed and seconded but was lost.",
    ],
)
def test_sentences_that_tell_describe_or_fail_decide_nothing(sentences):
    """Each near one of this session's forms: debate closed by a comma, minutes not moved or minutes of time, an answer or a
    signature told by a pronoun, another body's approval last year, an agenda or minutes described, a move of house, a
    motion that failed."""
    assert resolution_texts(PARISH + "5. Business\n" + sentences + "\n") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Council gave 3rd reading and passed By-Law No. 19-001 for the cancellation of taxes.",
        "Council gave first reading to By-law 2019-04 to close the road allowance.",
    ],
)
def test_a_councils_reading_given_to_a_bylaw_is_its_decision(sentence):
    assert sentence in resolution_texts("Municipality of Elm\nMinutes of the regular meeting held on 13 February 2019\n\n5. By-laws\n" + sentence + "\n")


@pytest.mark.parametrize(
    "paragraphs",
    [
        "The Clerk reported on potholes in Mill Lane and the cost of repairs.\n\nCllr Bell seconded the motion\n\nMotion carried",
        "Cllr Ross proposed an amendment that the precept rise by 2%.\n\nCllr Bell seconded.\n\nCarried.",
    ],
)
def test_a_seconding_paragraph_reaches_back_only_to_a_motion_not_to_a_report_or_an_amendment(paragraphs):
    found = resolution_texts(PARISH + "2. Business\n\n" + paragraphs + "\n")
    assert not any("potholes" in t or "precept rise" in t for t in found)
