"""Action forms seen on real minutes pages of councils no rule was written on (issue 16, session 28).

Found among the misses and false actions of a development set of real web pages (web3, kept beside the
project); the snippets are invented in the same styles: a Scottish community council's owner label after
the sentence it belongs to ('MT Action.', 'Action Councillors.'), an agenda's note of who presents an item,
and who stays in the chair. What a clerk would record (../shared/ANNOTATION.md) was written first.
"""

from __future__ import annotations

from helpers import actions_in

COMMUNITY = "Minutes of Glenmore Community Council held on 12 June 2017\n\nPresent: Lorna Muir (LM), Mike Tait (MT), Ann Ross\n\n"


def test_initials_before_the_word_action_own_the_sentence_before(tmp_path) -> None:
    body = (
        "Item 4. Matters arising. (2) The path has been completed. The Jewsons invoice passed to MT for payment. MT Action. (3) The defibrillator is working.\n"
    )
    assert ("MT", "The Jewsons invoice passed to MT for payment") in actions_in(tmp_path, body, COMMUNITY)


def test_a_commitment_and_its_own_label_are_one_action(tmp_path) -> None:
    body = "Item 4. Matters arising. (1) Dropped kerb. The contractors might do the work. LM will follow this up. LM Action. (2) Path done.\n"
    assert [owner for owner, _ in actions_in(tmp_path, body, COMMUNITY)] == ["LM"]


def test_title_case_action_then_a_post_or_the_councillors(tmp_path) -> None:
    body = "  8. Harbour issues. Lots of buses. However a lack of bin signs on the pier directing people to the bins. Action Councillors.\n  9. Grit bins. The grit bin at the school is empty. Action Clerk.\n"
    found = actions_in(tmp_path, body, COMMUNITY)
    assert ("Councillors", "However a lack of bin signs on the pier directing people to the bins") in found
    assert any(owner == "Clerk" and "grit bin" in task for owner, task in found), found


def test_action_plan_and_action_with_no_owner_are_no_labels(tmp_path) -> None:
    body = "  9. Community plan. The draft was discussed at length. Action Plan.\n  10. Paths. The path was discussed. Action.\n"
    assert actions_in(tmp_path, body, COMMUNITY) == []


def test_an_agendas_presenter_is_no_task(tmp_path) -> None:
    head = "Minutes of the Schools Forum held on 4 March 2020\n\nPresent: Cllr Hale (Chair), Ms J Try\n\n"
    body = "3. Apologies for Absence\n\nTo be presented by Ms J Try, Finance Business Partner (Schools).\n\n4. Budget\n\nThe report will be presented by the Treasurer to the March meeting.\n"
    found = actions_in(tmp_path, body, head)
    assert not any(owner == "Ms J Try" for owner, _ in found), found


def test_who_stays_in_the_chair_is_settled_at_the_meeting(tmp_path) -> None:
    body = "1. Election of Chair\n\nCllr Hale proposed that Cllr Noor stayed in the chair. This was seconded by Cllr Dale and agreed by all.\n\n2. Grass\n\nCllr Noor agreed to ask the contractor for a second cut.\n"
    found = actions_in(tmp_path, body)
    assert not any("chair" in task for _, task in found), found
    assert any(owner == "Cllr Noor" and "second cut" in task for owner, task in found), found


def test_an_outcome_verb_opening_a_bullet_owns_no_task(tmp_path) -> None:
    """'• Determined to issue a planning permit ...' on a page of outcomes: the verb is the council's, not a name."""
    head = "Council Meeting Outcomes – 15 March 2021\n\n"
    body = "Council:\n\n  • Confirmed the minutes of the last meeting\n  • Determined to issue a planning permit for 4 Hill Road\n  • Approved to publish the draft budget\n"
    assert actions_in(tmp_path, body, head) == []


def test_a_label_of_a_unanimous_outcome_names_no_owner(tmp_path) -> None:
    head = "Town of Elmford Zoning Board of Appeals\nMinutes of July 28, 2021\n\nPresent: Jo Sacks, Sam Marsh\n\n"
    body = "Motion: To close the Public Hearing\nMoved by Jo Sacks, seconded by Sam Marsh\nAction: Unanimously approved\n"
    assert actions_in(tmp_path, body, head) == []


def test_who_continues_as_vice_chair_and_who_runs_the_election_are_settled_at_the_meeting(tmp_path) -> None:
    body = (
        "1. Election of Vice-Chairman\nCllr Hale proposed that Cllr Noor continues as the Vice-Chairman, this was seconded by Cllr Dale.\n\n"
        "2. Election of Chair\nThe Clerk will conduct the election process for the Chair.\n\n3. Bins\nCllr Dale will ask the council for a new bin.\n"
    )
    found = actions_in(tmp_path, body)
    assert not any("Vice-Chairman" in task or "election" in task for _, task in found), found
    assert any(owner == "Cllr Dale" and "new bin" in task for owner, task in found), found
