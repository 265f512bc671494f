"""Resolutions: forms of web15's pages (issue 16, session 38), web15 being the set kept untouched through session 37.

Seen on real pages of bodies new to every set: a Welsh fire authority whose list of agenda changes ran on into the next
item's heading in capitals ('- ... be transacted as item 12 of the agenda' / '4 / TO CONFIRM AND SIGN AS A TRUE RECORD
THE MINUTES ...'); a Scottish community council approving two sets of minutes in two sentences on two lines, the second
opening on its own 'Minutes of a special meeting ...'; an English parish's 'X proposed and Y seconded that ...' and 'It was
decided we would ...'; an Ohio village's 'X MOVED, SECONDED BY Y and motion carried to accept ...'; an Ontario conservation
authority's 'A motion was passed approving ...' and 'The Board designated X as ...'; a Mississippi town board's 'Board
gave Mayor X authorization to apply for ...'; minutes approved by their movers and outcome ('Confirmation of minutes of
20th September, moved V Fisher, 2nd B Schaef, carried.', New South Wales), by movers labelled on the title's line ('Minute
of Meeting of 28th February 2017 Approved: Mrs D Kelly Seconded: Mrs M Evans', Scotland), or under an agenda heading run
into the same line ('1518 Minutes of the Meeting from 16th July 2019 for approval Minutes from the meeting ... were signed
by GC and approved.', Wales). Invented bodies and people, the same forms; read with the rules alone."""

from __future__ import annotations

import pytest

from tests.helpers import SHARED, actions_in, needs_shared, resolution_texts

CC = "Glenbervie Community Council\nMinutes of the meeting held on 4 May 2021\n\nPresent: Ann Kerr, Tom Bell, Ian Ross\n\n"


@pytest.fixture(autouse=True)
def rules_only(monkeypatch):
    monkeypatch.setenv("MINUTES_MINER_LAYER", "rules")


def test_a_list_of_clauses_ends_at_the_next_items_heading_in_capitals():
    text = (
        "Fire Authority\nMinutes of the meeting held on 4 May 2021\n\n"
        "3 / CHAIR'S ANNOUNCEMENTS\nFollowing the agreement of Members it was resolved that the order of the agenda be amended as follows:\n"
        "- A report on crewing at Tenby Fire Station be transacted as item 11 of the agenda\n"
        "- A project update on Penally Fire Station be transacted as item 12 of the agenda\n"
        "4 / TO CONFIRM AND SIGN AS A TRUE RECORD THE MINUTES OF THE MEETING HELD ON 6 APRIL 2021\n"
        "The minutes of the meeting held on 6 April 2021 were confirmed and approved as a true record of the proceedings.\n"
    )
    found = resolution_texts(text)
    agenda = next(t for t in found if t.startswith("that the order of the agenda"))
    assert agenda.endswith("transacted as item 12 of the agenda")
    assert "The minutes of the meeting held on 6 April 2021 were confirmed and approved as a true record of the proceedings." in found


def test_a_second_minutes_approval_opening_its_own_line_is_its_own_record():
    text = CC + (
        "2:00 Approval of the minutes of Meeting held on Tuesday 6 April, 2021: The minutes were approved by Cllr Kerr and seconded by Cllr Bell.\n"
        "Minutes of a special meeting held on Tuesday 20 April 2021 were also approved by Cllr Ross and seconded by Cllr Bell.\n"
    )
    found = resolution_texts(text)
    assert "Minutes of a special meeting held on Tuesday 20 April 2021 were also approved by Cllr Ross and seconded by Cllr Bell." in found
    assert any(t.endswith("The minutes were approved by Cllr Kerr and seconded by Cllr Bell.") for t in found)


US_HEAD = "Village of Elmwood\nMinutes of the Board meeting held on May 4, 2021\n\n"


@pytest.mark.parametrize(
    ("item", "record"),
    [
        (
            "Election of officers: Councillor Hale proposed and Councillor Noor seconded that Councillor Reid should remain as Chairman.\n",
            "Councillor Hale proposed and Councillor Noor seconded that Councillor Reid should remain as Chairman.",
        ),
        (
            "Some meetings are close together. It was decided we would try and manage without the October meeting and see how it goes.\n",
            "It was decided we would try and manage without the October meeting and see how it goes.",
        ),
    ],
)
def test_parish_decisions_with_their_movers_first_or_their_that_left_out(item: str, record: str) -> None:
    found = resolution_texts(CC + "5. Business\n" + item)
    assert any(t.endswith(record) for t in found), found


@pytest.mark.parametrize(
    ("item", "record"),
    [
        (
            "BILLS:\nCOUNCIL MEMBER ROSS MOVED, SECONDED BY COUNCIL MEMBER BELL and motion carried to accept the bills for the amount of $ 9,092.76.\n",
            "to accept the bills for the amount of $ 9,092.76.",
        ),
        ("Grants\nThe grant was discussed at length. Motion carried to pay the grant of $50.\n", "Motion carried to pay the grant of $50."),
        (
            "Permits\nA motion was passed approving a new permit fee of $90 for a permit resubmission.\n",
            "approving a new permit fee of $90 for a permit resubmission.",
        ),
        (
            "Staff\nThe Board designated Ann Kerr as a Regulations Officer for the Authority.\n",
            "The Board designated Ann Kerr as a Regulations Officer for the Authority.",
        ),
        (
            "Grants\nBoard gave Mayor Tom Bell authorization to apply for a River Basin Development Grant.\n",
            "Board gave Mayor Tom Bell authorization to apply for a River Basin Development Grant.",
        ),
    ],
)
def test_us_boards_outcomes_that_open_what_they_carried(item: str, record: str) -> None:
    found = resolution_texts(US_HEAD + item)
    assert any(t.endswith(record) for t in found), found
    assert not any("Minutes of the Board meeting" in t for t in found), found  # 'Motion carried to ...' closes no heading above it


def test_authority_given_to_someone_named_is_their_task(tmp_path) -> None:
    actions = actions_in(tmp_path, "Grants\nBoard gave Mayor Tom Bell authorization to apply for a River Basin Development Grant.\n", US_HEAD)
    assert ("Mayor Tom Bell", "apply for a River Basin Development Grant") in actions, actions


@pytest.mark.parametrize(
    ("item", "record"),
    [
        (
            "Attendance as per register.\nConfirmation of minutes of 20th September, moved A Kerr, 2nd T Bell, carried.\nPresident's Report.\n",
            "Confirmation of minutes of 20th September, moved A Kerr, 2nd T Bell, carried.",
        ),
        (
            "Minute of Meeting of 28th March 2021 Approved: Mrs A Kerr Seconded: Mrs T Bell\n\n1.0 BUSINESS ARISING\n",
            "Minute of Meeting of 28th March 2021 Approved: Mrs A Kerr Seconded: Mrs T Bell",
        ),
        (
            "1518 Minutes of the Meeting from 6th April 2021 for approval Minutes from the meeting held on 6th April 2021 were signed by AK and approved. Proposed by TB, seconded by IR\n\n1519 Declarations of Interest\n",
            "Minutes from the meeting held on 6th April 2021 were signed by AK and approved.",
        ),
    ],
)
def test_minutes_approved_by_their_movers_or_after_their_agenda_heading(item: str, record: str) -> None:
    found = resolution_texts(CC + item)
    assert any(t.startswith(record) for t in found), found


@pytest.mark.parametrize(
    "item",
    [
        # a formal motion whose loss is told two paragraphs on
        "5. Precept\nCouncillor Hale proposed and Councillor Noor seconded that the precept be increased by 10 percent.\n\n"
        "Members debated the level of reserves at length.\n\nOn being put to the vote the motion was LOST.\n",
        "5. Speakers\nThe Committee gave Mr Brown permission to speak on the item.\n",  # leave to speak, no decision
        "5. Bills\nThe Treasurer said no motion was passed to approve the bills at the last meeting.\n",
        "5. Green\nIn 2015 the Council designated the green a Local Green Space, and this is now under threat from parking.\n",
    ],
)
def test_what_the_new_forms_do_not_take_for_a_decision(item: str) -> None:
    assert resolution_texts(CC + item) == []


def test_a_clause_wrapping_onto_a_name_in_capitals_carries_on() -> None:
    found = resolution_texts(
        CC
        + "5. Grants\nIt was resolved:\n(a) that a grant of £500 be awarded to the\nELM VILLAGE HALL TRUST\nfor the new boiler;\n(b) that the Clerk writes to the Trust.\n"
    )
    assert len(found) == 1 and found[0].endswith("(b) that the Clerk writes to the Trust."), found


def test_an_outcome_in_capitals_opens_what_it_carried() -> None:
    found = resolution_texts(US_HEAD + "MINUTES\nMOTION CARRIED TO ACCEPT THE MINUTES.\n")
    assert found == ["TO ACCEPT THE MINUTES."]


@pytest.mark.parametrize(
    ("item", "record"),
    [
        (
            "Ballfield\nCouncil next voted to go to tender for concrete pads for the ballfield bleachers.\n",
            "Council next voted to go to tender for concrete pads",
        ),
        (
            "Training\nBoard approved for Ann Kerr and Tom Bell to attend a Water School in Biloxi for certification.\n",
            "Board approved for Ann Kerr and Tom Bell to attend a Water School",
        ),
    ],
)
def test_a_boards_vote_after_an_adverb_and_its_approval_for_named_people(item: str, record: str) -> None:
    assert any(t.startswith(record) for t in resolution_texts(US_HEAD + item))


def test_that_motion_was_also_approved_closes_the_motion_before_it() -> None:
    found = resolution_texts(
        US_HEAD + "Lights\nCouncillor Tom Bell asked that a wire be installed for the Christmas tree on Upper Pond.\n\nThat motion was also approved.\n"
    )
    assert len(found) == 1 and found[0].endswith("asked that a wire be installed for the Christmas tree on Upper Pond.")


def test_an_assemblys_officer_selected_as_its_whip() -> None:
    """A Ghanaian district assembly's news item: 'Hon. Amparbeng was selected as the chief whip for the assembly.' (web15)."""
    head = "Elm District Assembly\nMinutes of the General Assembly meeting held on 21 February 2024\n\n"
    found = resolution_texts(
        head + "Officers\nHon. Ann Kerr was selected as the chief whip for the assembly. The village hall was chosen as the venue for the "
        "Christmas event. Dr Tom Bell was selected as guest speaker for the annual meeting.\n"
    )
    assert found == ["Hon. Ann Kerr was selected as the chief whip for the assembly."]


@pytest.mark.parametrize(
    "item",
    [
        "5. Finance\nThe Treasurer referred to the minutes of the Finance Committee; Cllr Kerr proposed the budget, seconded by Cllr Bell, carried.\n",
        "5. Arising\nArising from the minutes, Cllr Kerr moved to write to the police, 2nd Cllr Bell, carried.\n",
        "3. Minutes\nMinute of Meeting of 28th March 2021 Approved: ____________ Seconded: ____________\n",
    ],
)
def test_movers_in_a_sentence_that_names_minutes_are_no_approval_of_them(item: str) -> None:
    from minutes_miner.extraction import extract_document
    from minutes_miner.readers.base import Document

    found = extract_document(Document(path="elm.txt", format="txt", text=CC + item), "test").resolutions
    assert not any(r.decision_type == "minutes approved" for r in found), [(r.text, r.decision_type) for r in found]


def test_a_minutes_sentence_after_another_sentence_on_its_line_is_its_own() -> None:
    assert resolution_texts(CC + "3. Correspondence\nThe Clerk read the correspondence. Minutes of 3 May were approved.\n") == [
        "Minutes of 3 May were approved."
    ]


def test_a_motion_carried_whose_next_paragraph_mentions_a_vote_stands() -> None:
    item = (
        "5. Buses\nCouncillor Hale proposed and Councillor Noor seconded that the Council writes to the MP about the last bus.\n\n"
        "The Clerk will also share the residents' survey, in which most people voted for a later last bus.\n"
    )
    assert resolution_texts(CC + item) == ["Councillor Hale proposed and Councillor Noor seconded that the Council writes to the MP about the last bus."]


def test_a_history_told_with_subsequently_is_no_decision() -> None:
    assert resolution_texts(CC + "5. Pitch\nThe Council subsequently approved the plans in 2015 and the ballfield opened in 2016.\n") == []


def test_an_unnumbered_heading_in_capitals_ends_a_clause_list() -> None:
    found = resolution_texts(
        CC
        + "5. Grants\nIt was resolved:\n(a) that a grant of £500 be awarded to the Hall\n(b) that the Clerk writes to the Trust\nPLANNING APPLICATIONS\nNo applications had been received.\n"
    )
    assert len(found) == 1 and found[0].endswith("(b) that the Clerk writes to the Trust"), found


@needs_shared
def test_a_real_minutes_approval_is_read_from_its_own_sentence() -> None:
    """Boughton Parish Council's draft minutes (../shared/corpus/formats/md) head the item 'Minutes of AGM 2nd May 2014.'
    and approve them in the next sentence: the record is the approval, not the heading run into it."""
    from minutes_miner.extraction import extract_path

    found = [r.text for r in extract_path(SHARED / "corpus/formats/md/boughton_pc_draft_minutes_2014-07-24.md").resolutions]
    assert "Minutes of this meeting were presented and agreed by all councillors, and signed by the Chairman." in found, found
    assert not any(t.startswith("Minutes of AGM 2nd May 2014.") for t in found), found
