"""Resolutions: forms of web11's, web12's and web13's pages (issue 16, session 36), web13 being the set kept untouched
through session 35.

Seen on real pages of bodies new to every set: US boards electing their officers by a seconded nomination ('Peter
nominated Donna to serve as Chair. John S seconded and all voted in favor.', a Vermont cemetery's sextons; 'Bruce
nominated Charlie Ryan for Chairman ... Val second the nomination.', a New Hampshire planning board); a Minnesota soil
and water district's items closed by their movers after the matter ('Official Publication: Morrison County Record MSC
by Faber/Brutscher.'); and an Irish town council's adoptions of minutes, the matter then its proposer, seconder and
outcome on lines of their own ('Minutes of January Monthly 2008' / 'Proposed: Councillor Daly' / 'Seconded: Councillor
Breslin.' / 'And agreed'); New Zealand societies' 'Moved that ... (A/B) carried.'; a Caribbean cabinet's numbered
conclusions ('1. Noted the ...', '2. Approved ...'); a Guernsey parish assembly's 'Have named ...', 'Have decided that
...'; and the guards two reviewers asked for (headings, contested nominations, notices of motion). Invented bodies and
people, the same forms; read with the rules alone."""

from __future__ import annotations

import pytest

from tests.helpers import actions_in, resolution_texts

BOARD = "Elmdale Cemetery Commission\nMinutes of the meeting held on March 20, 2024\n\nPresent: Ann Hale, Bob Noor, Carl Ames\n\n"


@pytest.fixture(autouse=True)
def rules_only(monkeypatch):
    monkeypatch.setenv("MINUTES_MINER_LAYER", "rules")


def test_a_seconded_nomination_for_a_post_is_the_election() -> None:
    texts = resolution_texts(
        BOARD + "1. Election of Officers\nAnn nominated Carl to serve as Chair. Bob seconded and all voted in favor. "
        "Carl nominated Ann to serve as Vice Chair. Bob seconded and all voted in favor. "
        "Carl nominated Dee S to serve as Clerk. Ann seconded and all voted in favor.\n\n"
        "2. Planning\nDee nominated Eve Hale for Chairman. Fay second the nomination. The nomination passed by all.\n"
    )
    assert any(t.startswith("Ann nominated Carl to serve as Chair") for t in texts), texts
    assert any(t.startswith("Carl nominated Ann to serve as Vice Chair") for t in texts), texts
    assert any(t.startswith("Dee nominated Eve Hale for Chairman") for t in texts), texts
    assert any(t.startswith("Carl nominated Dee S to serve as Clerk") for t in texts), texts  # a surname's initial


@pytest.mark.parametrize(
    "item",
    [
        "Ann nominated Carl for Chair.\n",  # nobody seconded
        "Ann nominated Carl for Chair. Bob seconded. Dee nominated Eve for Chair. Fay seconded.\nEve was elected Chair by 2 votes to 1.\n",
        "Carl, who was nominated by Ann for Chair in 2019 and seconded by Bob, spoke of the work.\n",  # a history
    ],
)
def test_an_unseconded_or_contested_nomination_is_no_election(item: str) -> None:
    texts = resolution_texts(BOARD + "1. Election of Officers\n" + item)
    assert not any("nominated" in t for t in texts), texts


def test_movers_after_the_matter_close_it() -> None:
    texts = resolution_texts(
        BOARD + "RE-ORGANIZATIONAL MEETING: 1. Official Date, Time, Location: Fourth Thursday of Each Month, 9:00 a.m. at the County Office. "
        "MSC to remain the same by Hale/Noor. 2. Official Bank of Deposit: Bank of the West Checking MSC by Noor/Ames. "
        "3. Minimum Fund Balance Approval: The minimum Fund Balance will be 3 months of Operating Expenditures. MSC by Ames/Hale.\n"
    )
    assert any("Bank of the West Checking" in t for t in texts), texts
    assert any(t.endswith("3 months of Operating Expenditures.") for t in texts), texts
    assert any("Fourth Thursday of Each Month" in t for t in texts), texts


def test_the_moved_seconded_carried_label_owns_no_task(tmp_path) -> None:
    actions = actions_in(tmp_path, "1. Official Date: Fourth Thursday. MSC to remain the same by Hale/Noor.\n")
    assert not any(owner == "MSC" for owner, _ in actions), actions


def test_a_matter_then_its_labelled_movers_and_outcome_is_a_decision() -> None:
    texts = resolution_texts(
        "MINUTES OF THE FEBRUARY MONTHLY MEETING OF ELMTOWN TOWN COUNCIL HELD ON 20 FEBRUARY 2008\n\n1. ADOPTION OF MINUTES.\n\n"
        "Minutes of January Monthly 2008\n\nProposed: Councillor Hale\n\nSeconded: Councillor Noor.\n\nAnd agreed\n\n"
        "Minutes of Special Meeting Re: Water Supply\n\nProposed: Councillor Ames\n\nSeconded: Councillor O’ Neill\n\nAnd Agreed\n\n"
        "2. MATTERS ARISING\n\nCouncillor Hale asked for an update on the wall.\n"
    )
    assert any(t.startswith("Minutes of January Monthly 2008") and t.endswith("And agreed") for t in texts), texts
    assert any(t.startswith("Minutes of Special Meeting Re: Water Supply") for t in texts), texts
    assert not any(t.startswith("1. ADOPTION") for t in texts), texts


def test_labelled_movers_with_no_outcome_decide_nothing() -> None:
    texts = resolution_texts(
        "ELMTOWN TOWN COUNCIL\nAgenda for the meeting on 20 February 2008\n\n3. Estimates\n\nAdoption of the Annual Budget 2008\n\n"
        "Proposed: Councillor Hale\n\nSeconded: Councillor Noor\n\n4. Correspondence\n"
    )
    assert not any("Annual Budget 2008" in t for t in texts), texts


def test_a_motion_put_as_moved_that_with_its_outcome_after_the_movers() -> None:
    """'Moved that these were a true and correct record ... (Arlun/Fleur) carried.', 'Move that PVI supports Andrews
    application ... Paula Glenn Agreed 3. Unitary Plan: ...' (New Zealand incorporated societies, one line of items):
    the motion is read from its own 'Moved', and closes at its outcome before the next item's number."""
    texts = resolution_texts(
        "Elmvale Hall Society Inc.\nMinutes of Meeting 19 November 2012, 6pm, Elmvale Hall\nPresent\nAnn Hale, Bob Noor\n"
        "Minutes of Meeting held 30 July 2012\nMoved that these were a true and correct record and that they be taken as read (Hale/Noor) carried.\n"
        "Correspondence\n\n1. General Business 2. Grants: This needs oversight. Move that EHS supports Bob's application to the fund "
        "Ann Carl Agreed 3. Plan: Ann will put the submission together. Move that EHS will reimburse Ann up to $500 Bob Dee All agreed 4. Signs.\n"
    )
    assert any(t.startswith("Moved that these were a true and correct record") and t.endswith("carried.") for t in texts), texts
    assert "Move that EHS supports Bob's application to the fund Ann Carl Agreed" in texts, texts
    assert "Move that EHS will reimburse Ann up to $500 Bob Dee All agreed" in texts, texts


def test_a_title_case_verb_after_the_body_decides_as_lower_case_would() -> None:
    texts = resolution_texts(BOARD + "4. Finance\nCouncil Approved the reconciliation ending 31st October 2024.\n\nFinance Committee Approved Minutes\n")
    assert "Council Approved the reconciliation ending 31st October 2024." in texts, texts
    assert not any(t.startswith("Finance Committee Approved Minutes") for t in texts), texts


def test_a_cabinets_numbered_conclusions_open_on_their_verb() -> None:
    """'Cabinet Meeting – 26th June, 2024' over '1. Noted the Sister Islands Matrix ...', '2. Approved Peter Island Hotel
    (2000) Limited's application ...', '3. Considered and approved the Statutory Boards Policy ...' (a Caribbean
    cabinet's published conclusions): each entry is a decision."""
    texts = resolution_texts(
        "Cabinet Office\nRelease Date: Thursday, 22 August 2024\n\nCabinet Meeting – 26th June, 2024\n\n"
        "The Governor chaired the meeting held on 26th June, 2024 at the Conference Room.\n\n"
        "  1. Noted the Elm Islands Matrix detailing issues to be addressed across the Elm Islands.\n"
        "  2. Approved Elm Hotel (2000) Limited’s application for an amendment to its Hotel Aid Licence.\n"
        "  3. Considered and approved the Statutory Boards Policy - June 2024 designed to promote a standard approach.\n"
    )
    assert any(t.startswith("Noted the Elm Islands Matrix") for t in texts), texts
    assert any(t.startswith("Approved Elm Hotel (2000) Limited’s application") for t in texts), texts
    assert any(t.startswith("Considered and approved the Statutory Boards Policy") for t in texts), texts


def test_a_list_under_its_bodys_dash_is_one_decision() -> None:
    """'The Environment Committee –' over '1. Noted ...', '2. Noted ...', '3. Agreed ...' (a Scottish council's committee):
    the body and its list are one decision, not one per entry."""
    texts = resolution_texts(
        "Elmdale Council\nMinutes of the Environment Committee held on March 20, 2024\n\n4. Consultation\n"
        "The Committee gave consideration to a report on the consultation.\nThe Environment Committee –\n"
        "1. Noted the content of the submitted report.\n2. Noted the officer draft response as outlined at Appendix 1.\n"
        "3. Agreed to homologate the officer response.\n"
    )
    assert any(t.startswith("1. Noted the content") and t.endswith("homologate the officer response.") for t in texts), texts
    assert not any(t.startswith("Noted the content") for t in texts), texts


@pytest.mark.parametrize(
    "sentence",
    [
        "The secretary was authorised to sue for various accounts due to the Board.",  # a New Zealand hospital board, 1900
        "The agenda was confirmed without addition or alteration.",  # a New Zealand committee
        "The Board decided after discussion that the request could not be entertained.",
        "The Commission unanimously approved for payment those Payroll Vouchers issued October 20, 2018.",  # a Washington port
    ],
)
def test_decisions_worded_as_web11_and_web12_pages_word_them(sentence: str) -> None:
    texts = resolution_texts(BOARD + "4. Business\nThe report was discussed.\n" + sentence + "\n")
    assert any(sentence[12:50] in t for t in texts), texts


def test_a_confirmed_date_is_no_decision() -> None:
    texts = resolution_texts(BOARD + "4. Fete\nThe date of the fete was confirmed.\n")
    assert not any("date of the fete" in t for t in texts), texts


def test_a_parish_assemblys_entries_that_name_or_decide_are_decisions_and_what_it_heard_is_not() -> None:
    """A Guernsey parish meeting: 'The Ratepayers and Electors of the above parish, assembled this day ...' over entries
    that are the predicate of that one subject."""
    texts = resolution_texts(
        "Parish Meeting 6th November\n\nWednesday 6th November 2019\n\n"
        "The Ratepayers and Electors of the above parish, assembled this day by virtue of the publication dated 31st October 2019\n\n"
        "  1. Have named Mr A Hale and Mr B Noor to audit the Accounts of the Constables for the year 2019.\n"
        "  2. Have received and accepted the Reports of the Parish Elected Members.\n\n"
        "Have decided that, during 2020, Parish Meetings shall be held at 7.30 pm.\n\n"
        "Have heard from Douzenier C Ames about a Community Plan.\n"
    )
    assert any(t.startswith("Have named Mr A Hale and Mr B Noor") for t in texts), texts
    assert any(t.startswith("Have received and accepted the Reports") for t in texts), texts
    assert any(t.startswith("Have decided that, during 2020") for t in texts), texts
    assert not any("Have heard" in t for t in texts), texts


def test_a_conclusion_keeps_its_verb_and_a_list_under_no_body_is_read_entry_by_entry() -> None:
    texts = resolution_texts(
        BOARD + "4. Decisions\nThe following decisions were made:\n1. Approved the grant to the Elm Youth Club.\n"
        "2. Rejected the application from Elm Quarry Limited.\n"
    )
    assert any(t.startswith("Approved the grant to the Elm Youth Club") for t in texts), texts
    assert any(t.startswith("Rejected the application from Elm Quarry Limited") for t in texts), texts  # not 'the application ...'


@pytest.mark.parametrize(
    "entry",
    [
        "- Appointed Representatives: Cllr Hale reported on the Village Hall committee.",  # a heading with its colon
        "- Approved Contractors: the Clerk has updated the list.",
        "1. Approved Premises licence renewal",  # a heading, no sentence
        "- Approved Premises licence renewal for No. 5 High St",  # an abbreviation's full stop
    ],
)
def test_a_heading_that_opens_on_a_participle_is_no_conclusion(entry: str) -> None:
    texts = resolution_texts(BOARD + "5. Reports\n" + entry + "\n")
    heading = entry.lstrip("-1. ").split(":")[0].split()[1]  # 'Representatives', 'Contractors', 'Premises'
    assert not any(heading in t for t in texts), texts


@pytest.mark.parametrize(
    "item",
    [
        "Ann nominated Carl to serve as Chair. Bob seconded. Dee nominated Eve to serve as Chair. Fay seconded.",  # one post, two nominees
        "Ann nominated Carl for Chair but Carl declined. The minutes were then seconded by Bob.",  # no seconder of the nomination
    ],
)
def test_a_nomination_contested_or_unseconded_is_no_election(item: str) -> None:
    texts = resolution_texts(BOARD + "1. Election of Officers\n" + item + "\n")
    assert not any("nominated" in t for t in texts), texts


def test_a_notice_of_motion_and_an_adjective_agreed_decide_nothing() -> None:
    texts = resolution_texts(
        BOARD
        + "6. Notices of motion\nCllr Hale gave notice of the following motion for the April meeting: Moved that the Board adopts the agreed climate plan.\n\n"
        "7. Parking\nIt was proposed by Cllr Noor that the Board adopts the agreed parking plan.\n"
    )
    assert not any("climate plan" in t or "parking plan" in t for t in texts), texts


def test_conclusions_with_a_colon_inside_or_wrapped_are_read_and_a_list_under_a_sentence_too() -> None:
    texts = resolution_texts(
        BOARD + "4. Decisions\nThe following decisions were made by the Board:\n1. Approved the following grants: £500 to the Scouts.\n"
        "2. Approved the start time of 7:30pm.\n3. Noted the Elm Islands Matrix detailing issues to be addressed across the Elm Islands and\n"
        "   the plan for them.\n"
    )
    assert any(t.startswith("Approved the following grants: £500") for t in texts), texts
    assert any(t.startswith("Approved the start time of 7:30pm") for t in texts), texts
    assert any(t.startswith("Noted the Elm Islands Matrix") for t in texts), texts


@pytest.mark.parametrize(
    "item, kept",
    [
        ("Ann nominated Carl for Chair. Bob seconded. Dee nominated Eve for Chairman. Fay seconded.", False),  # one post, written two ways
        ("Ann nominated Carl for the position of Chair. Bob seconded. Dee proposed Eve for Chair. Fay seconded.", False),
        ("Ann nominated Carl for Chair, but the nomination was not seconded and failed.", False),
        ("Ann nominated Carl for Chair. The nomination was seconded by Bob.", True),
    ],
)
def test_how_a_nomination_is_seconded_or_contested(item: str, kept: bool) -> None:
    texts = resolution_texts(BOARD + "1. Election of Officers\n" + item + "\n")
    assert any("Ann nominated Carl" in t for t in texts) == kept, texts


def test_a_moved_motion_under_a_notice_of_motion_heading_is_read_whole() -> None:
    texts = resolution_texts(BOARD + "5. Notice of Motion\nMoved that the Board adopts the climate plan. Seconded Cllr Noor. Carried.\n")
    assert any(t.startswith("Moved that the Board adopts the climate plan") and t.endswith("Carried.") for t in texts), texts
