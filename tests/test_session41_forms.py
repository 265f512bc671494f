"""Forms of web18's pages (issues 16 and 11, session 41), web18 being the set kept untouched through session 40.

Seen on real pages of bodies new to every set: a Nebraska county's 'Meeting of the Lincoln County Board of Commissioners.'
over its roll call, a Wisconsin library board's flattened 'MEETING OF THE ... PUBLIC LIBRARY BOARD OF TRUSTEES <venue>
<date>', an Alabama airport board's 'At a special meeting held by the Airport Board October 3, 1991'. Invented bodies,
people and places, the same forms; read with the rules alone."""

from __future__ import annotations

import pytest

from minutes_miner.meeting_body import _meeting_of_named_body, find_body
from minutes_miner.sentences import is_abbreviation
from datetime import date

from minutes_miner.meeting import find_meeting_date
from minutes_miner.meeting_council import authority_named_as_body
from tests.helpers import actions_in, analysed_page, resolution_texts


@pytest.fixture(autouse=True)
def rules_only(monkeypatch):
    monkeypatch.setenv("MINUTES_MINER_LAYER", "rules")


@pytest.mark.parametrize(
    ("text", "council", "body"),
    [
        (
            "May 29, 2012\n\nElm Falls, Nebraska\n\nMeeting of the Elmore County Board of Commissioners. Present were Commissioners "
            "Joe Hale, Dan Ross and Will Marsh, County Clerk, Rita Bell. Hale offered prayer.\n",
            "Elmore County",
            "Board of Commissioners",
        ),
        (
            "MEETING OF THE ELMWOOD PUBLIC LIBRARY BOARD OF TRUSTEES Elmwood Community Center 165 E. Dodge St. June 16, 2015 5:15 P.M. "
            "Minutes A. Call to Order. B. Roll Call: Present were: Ann Kerr, Tom Bell.\n",
            "Elmwood Public Library",
            "Board of Trustees",
        ),
        (
            "At a special meeting held by the Airport Board October 3, 1991 at 2:00 p.m. at the City Administration Building attended "
            "by: Chairman Sue Hale, members Mike Ross and Ann Kerr.\n",
            None,
            "Airport Board",
        ),
    ],
)
def test_the_opening_meeting_of_a_named_body_is_the_body_that_met(tmp_path, text, council, body):
    page = analysed_page(tmp_path, text)
    assert (page.council, page.body) == (council, body)


@pytest.mark.parametrize(
    "head",
    [
        "Present: Ann Kerr, Tom Bell\n\n1. To receive the minutes of the meeting of the Planning Committee held on 4 May.\n",
        "Present: Ann Kerr, Tom Bell\n\nThe next meeting of the Finance Committee will be on 5 June at 7pm.\n",
    ],
)
def test_an_earlier_or_next_meeting_of_a_committee_is_not_the_meeting_of_a_named_body(head):
    assert _meeting_of_named_body(head, None) is None
    assert _meeting_of_named_body(head.replace("Present", "Meeting of the Elm Town Board. Present"), None) == "Elm Town Board"


PARISH = "Elmsworth Parish Council\nMinutes of the meeting held on 4 May 2021\n\nPresent: Ann Kerr, Tom Bell, Ian Ross\n\n"


def test_a_bulleted_motion_with_its_movers_after_the_wording_is_a_decision():
    text = PARISH + (
        "Selectmen Action\n•Motion to accept the request from the power company for a pole license on Elm Point Road by Selectman "
        "Hale, seconded by Selectman Ross. 3 in favor 1 abstained.\nChairman Report\nNothing to report.\n"
    )
    assert resolution_texts(text) == [
        "to accept the request from the power company for a pole license on Elm Point Road by Selectman Hale, seconded by Selectman Ross."
    ]


def test_a_mover_with_the_seconder_named_before_made_a_motion_decides(tmp_path):
    text = (
        "Elm River Watershed District\nBoard of Managers Meeting\nDecember 13, 2006\n\nManager Hale called the regular meeting to order.\n\n"
        "Motion #06-12-2: Kerr, seconded by Bell, made a motion to approve the Consent Agenda. All Managers voted aye.\n\n"
        "Motion #06-12-4: Ross, seconded by Kerr, made a motion to authorize Administrator Hale to develop a fish removal contract. All Managers voted aye.\n"
    )
    assert resolution_texts(text) == ["to approve the Consent Agenda.", "to authorize Administrator Hale to develop a fish removal contract."]


def test_resolved_with_the_owner_and_to_but_no_that_decides_and_tasks_the_owner(tmp_path):
    note = "6.2 Banking\nMandates have been signed to add the Clerk to the bank.\nResolved the Clerk to apply for online banking.\n6.3 Accounts\nNone.\n"
    assert resolution_texts(PARISH + note) == ["the Clerk to apply for online banking."]
    assert actions_in(tmp_path, note) == [("Clerk", "apply for online banking")]


def test_a_member_who_will_have_a_look_at_something_has_a_task(tmp_path):
    note = "6. Bridge\nWorks have started on the bridge. JD will have a look at the bridge crossing the burn.\n\n7. Accounts\nNone.\n"
    assert actions_in(tmp_path, note) == [("JD", "have a look at the bridge crossing the burn")]
    assert actions_in(tmp_path, "6. Hall\nJD would have a good time at the fair.\n") == []


@pytest.mark.parametrize(
    ("item", "decision"),
    [
        (
            "3. Minutes\n\nMinutes taken as read. Proposed by VF, seconded by EFM.\n\n4. Planning\nNone.\n",
            "Minutes taken as read. Proposed by VF, seconded by EFM.",
        ),
        (
            "2. Minutes of 24th February meeting\nAmend to include Cllr Ross apologies. Minutes agreed on that basis; proposed by AK and seconded by TB.\n",
            "Minutes agreed on that basis; proposed by AK and seconded by TB.",
        ),
    ],
)
def test_minutes_followed_by_their_proposer_and_seconder_are_approved(item, decision):
    assert resolution_texts(PARISH + item) == [decision]


@pytest.mark.parametrize(
    "item",
    [
        "2. Minutes of 24th February meeting\nThe minutes were discussed at length. Proposed by AK and seconded by TB that the council write to the police.\n",
        "2. Minutes\nThe minutes of the Finance Committee were circulated. Proposed by AK, seconded by TB, to buy a new bench.\n",
    ],
)
def test_minutes_before_another_motions_movers_are_not_approved_with_that_motion(item):
    assert not [r for r in resolution_texts(PARISH + item) if "minutes" in r.lower()]


def test_a_briefing_of_decisions_keeps_each_bullet_after_a_list_closed_by_its_full_stop():
    text = (
        "Briefing of Decisions taken at the Council Meeting held on 19 February 2018\n"
        "- Authorised Council Officers under Section 137 – unpaid rates and charges, to:\n"
        "- List four (4) properties for sale by way of public auction; and\n"
        "- Sell six (6) properties at market value to adjoining land owners.\n"
        "- Received and noted the Financial Report for the period ended 31 December 2017.\n"
        "- Approved funding through the 2017/18 Small Grants to the Elm Cricket Club ($650) to purchase new equipment.\n"
    )
    found = resolution_texts(text)
    assert found[0].startswith("Authorised Council Officers") and found[0].endswith("adjoining land owners.")
    assert found[1:] == [
        "Received and noted the Financial Report for the period ended 31 December 2017.",
        "Approved funding through the 2017/18 Small Grants to the Elm Cricket Club ($650) to purchase new equipment.",
    ]


def test_a_list_under_a_colon_without_semicolons_keeps_every_item():
    text = PARISH + "5. Grants\nRESOLVED to award the following grants:\n- Elm Scouts, £200.\n- Elm Bowls Club, £150.\n- Elm Church, £100.\n\n6. Close\n"
    (found,) = resolution_texts(text)
    assert found.endswith("Elm Church, £100.")


def test_a_council_receiving_a_report_with_a_long_name_decides():
    text = PARISH + "Bylaw Enforcement\n\nCouncil received the May 2023 Bylaw Enforcement Summary Report. It outlined one violation.\n"
    assert resolution_texts(text) == ["Council received the May 2023 Bylaw Enforcement Summary Report."]


def test_accounts_passed_for_payment_across_a_line_keep_every_payee_with_old_given_names_cut_short():
    text = (
        "ELM ROAD BOARD.\nThe ordinary monthly meeting of the above Board was held on Wednesday. Present: Messrs Hale (chairman), "
        "J. H. Kerr and W. Bell.\nThe following accounts were passed for\npayment:—A. Bremner, £11 15s 0d; Jas. S. Master, £1 3s 2d; "
        "Wm. Jacobs, £2; Thos. Ross, £9 11s.\nThe contract was re-let to Mr D. Bell at £10 10s.\n"
    )
    found = resolution_texts(text)
    assert found[0] == ("The following accounts were passed for payment:—A. Bremner, £11 15s 0d; Jas. S. Master, £1 3s 2d; Wm. Jacobs, £2; Thos. Ross, £9 11s.")


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("Thos. Ross, £9 11s. The", False),
        ("paid to Jas. Master", True),
        ("on Tuesday at 10am. Democratic", False),
        ("closed 7.42pm. Signed", False),
        ("A. Bremner, £11 15s. 0d.; Jas.", True),
    ],
)
def test_a_figures_letter_before_a_full_stop_is_no_initial_but_an_old_given_name_or_shillings_before_pence_are_cut_short(text, inside):
    dot = text.index(". ", 8) if text.startswith(("Thos", "A. ")) else text.index(". ")
    assert is_abbreviation(text, dot) is inside


def test_the_owners_will_after_a_semicolon_goes_on_with_the_task_but_another_owner_starts_a_task(tmp_path):
    note = (
        "4. CHIEF REPORT\n   - ISO review scheduled; current rating 5/5X.\n"
        "   Chief to schedule pump repair; will get 2nd quote if shop can't start in 30 days.\n"
        "5. OLD BUSINESS\nClerk to write to the county; Chair will phone the mayor.\n"
    )
    assert actions_in(tmp_path, note) == [
        ("Chief", "schedule pump repair; will get 2nd quote if shop can't start in 30 days"),
        ("Clerk", "write to the county"),
        ("Chair", "phone the mayor"),
    ]


def test_a_committees_minutes_title_under_the_councils_letterhead_and_address_is_the_body():
    head = (
        "Elmvale District Council\n\n\nCivic Administration Building\n\nLyndon Road East, Elmvale 4156\n\nPhone:  (06) 871 5000\n\n\n\n"
        "Rural Halls Subcommittee\n\n\n\nMeeting Date:\n\nMonday, 11 September 2017\n\n"
        "Minutes of a Meeting of the Rural Halls Subcommittee held on\n\nMonday, 11 September 2017 at 1.00pm\n"
    )
    assert find_body(head, "Elmvale District Council") == "Rural Halls Subcommittee"


@pytest.mark.parametrize(
    "head",
    [
        "Elm District Council\n\nMinutes of the meeting of the Council held on 4 May 2021\n",
        "Elm District Council\n\nORDINARY COUNCIL MEETING\n4 May 2021\n\nMinutes of the Meeting of the Audit and Risk Committee held on "
        "12 April 2021\nRESOLVED: That the minutes be received.\n",
        "Elm District Council\n\nORDINARY COUNCIL MEETING\n4 May 2021\n\nAudit and Risk\n\n"
        "MINUTES OF THE MEETING OF THE AUDIT AND RISK COMMITTEE HELD ON 12 APRIL 2021\nWERE RECEIVED.\n",
    ],
)
def test_the_councils_own_minutes_title_or_an_earlier_committees_minutes_keep_the_council(head):
    assert find_body(head, "Elm District Council") == "Council"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Thursday, December 13, 2007\n\nElmdale Districts Differ on Charter\n\nElm Times - Thursday, December 13, 2007\n\n"
            "THE Elmdale Provincial Council yesterday agreed to submit the submissions to the Prime Minister's Office.\n",
            date(2007, 12, 12),
        ),
        (
            "December Council meeting update\n9 December 2015\n\nA quick overview of the decisions made at Council's December meeting held yesterday.\n",
            date(2015, 12, 8),
        ),
        ("20 March 2023\n\nELMTON COUNCIL SUSPENDS MAYOR\n\nElmton Municipal Council this morning held a Special Council Meeting.\n", date(2023, 3, 20)),
        (
            "Council Meeting Summary: 28 September 2021\n\nA monthly Council Meeting was held virtually last night, Tuesday 28 September, with all "
            "Councillors in attendance.\n",
            date(2021, 9, 28),
        ),
        (
            "Minutes 12 November 2013\n\nPresent: Cllr Hale\n\nCounty officers had gone round the streets yesterday looking at the obstructions.\n",
            date(2013, 11, 12),
        ),
        (
            "Minutes of the meeting of Elm Parish Council held on 4 May 2021\n\nPresent: Cllr Hale\n\n"
            "The Chairman reported that he had met the highways engineer yesterday on site.\n",
            date(2021, 5, 4),
        ),
        (
            "Minutes of the meeting of Elm Parish Council held on 4 May 2021\n\nApologies: Cllr Ross, who was at a meeting of the County Council last night.\n",
            date(2021, 5, 4),
        ),
        (
            "Minutes of the meeting held on Tuesday 12 November 2013\n\nCllr Kerr reported that the Planning Committee met yesterday and approved it.\n",
            date(2013, 11, 12),
        ),
        (
            "Council Meeting Summary: 28 September 2021\n\nA monthly Council Meeting was held last night, TUESDAY 28 SEPTEMBER, with all Councillors.\n",
            date(2021, 9, 28),
        ),
        ("Council Meeting Summary: 28 September 2021\n\nA monthly Council Meeting was held last night, 28/09/2021, with all Councillors.\n", date(2021, 9, 28)),
    ],
)
def test_a_reports_yesterday_counts_back_from_its_dateline_unless_its_sentence_dates_itself(text, day):
    assert find_meeting_date(text) == day


def test_a_joint_meeting_of_two_bodies_names_no_one_body_that_met():
    head = "Meeting of the Elm Planning Committee and the Elm Licensing Committee. Present were Ann Kerr and Tom Bell.\n"
    assert _meeting_of_named_body(head, None) is None
    assert _meeting_of_named_body("Joint Meeting of the Elm Town Board. Present were Ann Kerr.\n", None) is None


def test_a_failure_later_in_a_run_on_report_belongs_to_the_decision_before_it_not_to_earlier_ones():
    text = (
        "Elmton Borough Council\n\nThe Elmton Borough Council met on Thursday evening. Present—the Mayor and Crs Hale, Ross and Kerr.\n"
        "On the motion of Cr Hale, seconded by Cr Ross, it was decided to call tenders for the drain. It was resolved that the clerk "
        "write to the Railway Department. Members endorsed the mayor's plan for a new footpath. A motion by Cr Kerr to close the "
        "library on Sundays was lost.\n"
    )
    found = resolution_texts(text)
    assert "It was resolved that the clerk write to the Railway Department." in found
    assert not [r for r in found if "library" in r]


@pytest.mark.parametrize(
    "head",
    [
        "Present: Ann Kerr\n\nApologies: Cllr Bell (attending a meeting of the Police Liaison Committee)\n",
        "Present: Ann Kerr\n\nCllr Hale reported on the meeting of the Elm Valley Flood Forum.\n",
        "Present: Ann Kerr\n\nThe minutes of the meeting of the Planning Committee held on 4 May were approved.\n",
        "Present: Ann Kerr\n\nMinutes of the meeting of the Planning Commission of April 7 were reviewed and approved.\n",
        "Present: Ann Kerr\n\n1. To receive the minutes of the\nmeeting of the Planning Committee held on 4 May.\n",
        "Joint Special Meeting of the Elm Township Board of Supervisors and the Elm Borough Council.\n",
        "Joint Session of the Elm Town Board.\n",
    ],
)
def test_a_mention_of_another_or_a_joint_meeting_is_no_named_body_that_met(head):
    assert _meeting_of_named_body(head, None) is None


@pytest.mark.parametrize(
    ("head", "body"),
    [
        ("Meeting of the Policy and Resources Committee\n\nPresent: Ann Kerr\n", "Policy and Resources Committee"),
        ("MEETING OF THE FINANCE AND AUDIT COMMITTEE\n\nPresent: Ann Kerr\n", "Finance and Audit Committee"),
        ("Meeting of the Elm Town Board. Present: Chair Hale and Planning Board member Ross.\n", "Elm Town Board"),
    ],
)
def test_a_committee_named_with_and_is_one_body(head, body):
    assert _meeting_of_named_body(head, None) == body


def test_a_clerks_report_of_things_approved_or_an_agenda_heading_is_no_verb_first_decision():
    text = PARISH + (
        "5. Clerk's report\nThe Clerk reported on the following:\n- Approved toilet refurbishment works were completed in March.\n"
        "- Agreed actions from the last meeting are shown in the action log.\n- Adopted areas of verge will be cut by the county in June.\n"
        "- Approved budgets for the year were circulated.\n\n6. Deferred items from the previous meeting.\n"
    )
    assert resolution_texts(text) == []


@pytest.mark.parametrize(
    "line",
    [
        "Agreed Actions to date\nThe Clerk has written to the county.",
        "Agreed Budget to follow at the next meeting.",
        "Agreed Next Steps to date are listed below.",
    ],
)
def test_a_headings_words_after_agreed_are_no_owner_to_act(line):
    assert resolution_texts(PARISH + "6. Item\n" + line + "\n\n7. Close\n") == []


def test_a_council_receiving_no_response_or_complaints_about_a_report_decides_nothing():
    text = (
        PARISH
        + "5. Reports\nThe Council received no response to its report on the potholes.\nThe Committee received complaints from residents about the audit of the hall.\n\n6. Close\n"
    )
    assert resolution_texts(text) == []


def test_a_list_under_a_colon_with_uneven_punctuation_keeps_every_item_that_is_no_decision():
    text = (
        PARISH
        + "5. Grants\nRESOLVED to award the following grants:\n- Elm Scouts, £200;\n- Elm Bowls Club, £150.\n- Elm Church, £100.\n- Elm Youth Club, £50.\n\n6. Close\n"
    )
    (found,) = resolution_texts(text)
    assert found.endswith("Elm Youth Club, £50.")


def test_a_passive_will_be_after_a_semicolon_is_no_part_of_the_task(tmp_path):
    assert actions_in(tmp_path, "5. Bench\nClerk to order the new bench; will be installed by the contractor in May.\n") == [("Clerk", "order the new bench")]


@pytest.mark.parametrize("name", ["Lincoln County Board of Commissioners", "Lincoln Board of County Commissioners"])
def test_a_us_board_of_commissioners_is_no_authority_of_one_body(name):
    assert authority_named_as_body(name) is None


@pytest.mark.parametrize(
    ("head", "body"),
    [
        (
            "Minute of Meeting\n\n        Summary Minute of Meeting of the Board of Directors of Elmco Ltd\n\n   On Saturday, 27 June 2009\n",
            "Board of Directors",
        ),
        (
            "Minutes of the meeting on Tuesday, 13th April 2021\n\nAgenda item Discussion Action\n1. Welcome Chair welcomed all to the meeting of the Community Council.\n",
            "Community Council",
        ),
    ],
)
def test_a_summary_minutes_title_or_the_chairs_welcome_names_the_body_that_met(head, body):
    assert _meeting_of_named_body(head, None) == body


def test_agreed_with_a_members_given_name_and_to_decides_and_tasks_the_member(tmp_path):
    assert resolution_texts(PARISH + "6. Item\nAgreed Pam to order in August.\n\n7. Close\n") == ["Pam to order in August."]
    assert actions_in(tmp_path, "6. Item\nAgreed Pam to order in August.\n\n7. Close\n") == [("Pam", "order in August")]
