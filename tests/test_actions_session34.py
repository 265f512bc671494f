"""Actions: an 'ACTION' label with no colon in a page flattened from a table, and a note's initial with no point after
its topic's colon (issue 16, session 34).

Seen on a real Lincolnshire parish council's page (web11) whose minutes table lost its cells, so each owner's label runs
on in the text: '... a response to request for car park improvements ACTION CLERK. 18/1044 ... ACTION NM/RW (see also
18/1059 below) ... – next meeting ACTION RW It was RESOLVED that ...'. The post in capitals, a label before a bracket, and a
label the next sentence follows on its line name the owner as 'ACTION: X' does. Invented parish and people."""

from __future__ import annotations

import pytest

from tests.helpers import SHARED, actions_in, extracted, needs_shared


@pytest.fixture(autouse=True)
def rules_only(monkeypatch):
    monkeypatch.setenv("MINUTES_MINER_LAYER", "rules")


MATTERS = (
    "Matters Arising\n\n"
    "22/101 outstanding – Ask the Co-op for a reply on the car park lighting ACTION CLERK. "
    "22/104 JT and PB have drafted a play area report to be circulated before the next meeting ACTION JT/PB (see also 22/109 below) "
    "22/106 Defibrillator pads replaced. 22/107 Awaiting the tree survey from PB (not present) – next meeting ACTION PB It was "
    "RESOLVED that the minutes be signed as a true record.\n"
)


def test_a_label_with_no_colon_names_its_owner(tmp_path) -> None:
    found = actions_in(tmp_path, MATTERS)
    owners = [owner for owner, _ in found]
    assert owners.count("CLERK") == 1 and owners.count("JT/PB") == 1 and owners.count("PB") == 1, found
    assert any(owner == "CLERK" and "car park lighting" in task for owner, task in found), found


@pytest.mark.parametrize("line", ["The ACTION PLAN was adopted.", "Members reviewed the ACTION LOG It was long.", "ACTION TAKEN (see report)."])
def test_a_capital_word_after_action_is_no_owner(tmp_path, line: str) -> None:
    assert actions_in(tmp_path, "Matters Arising\n\nThe play area fence is broken. " + line + "\n") == []


@pytest.mark.parametrize(
    "note, owner, task",
    [
        ("J Hale to order two new litter bins.", "J Hale", "order two new litter bins"),
        ("R Noor to take over the turbidity testing from the Clerk.", "R Noor", "take over the turbidity testing from the Clerk"),
    ],
)
def test_an_initial_without_its_point_is_still_a_name(tmp_path, note: str, owner: str, task: str) -> None:
    """'R Cunliffe to take over turbidity testing': a British Columbia district's trustees write the initial with no point."""
    assert (owner, task) in actions_in(tmp_path, "Water\n\n" + note + "\n")


@pytest.mark.parametrize("line", ["A Working Group to be formed next year.", "I Think to discuss later."])
def test_a_lone_capital_is_no_initial(tmp_path, line: str) -> None:
    assert actions_in(tmp_path, "Water\n\n" + line + "\n") == []


@pytest.mark.parametrize(
    "line",
    [
        "Water testing: R. Noor to take over the turbidity testing.",
        "a. Water testing: R Noor to take over the turbidity testing.",
        "Testing: RN agreed to take over the turbidity testing.",
    ],
)
def test_a_note_after_its_topics_colon_names_its_owner(tmp_path, line: str) -> None:
    """'a. Water testing: R Cunliffe to take over turbidity testing from G Gilbert': a lettered topic, its colon, then the note."""
    found = actions_in(tmp_path, "Water\n\n" + line + "\n")
    assert [task for _, task in found] == ["take over the turbidity testing"], found


def test_a_time_is_no_topic(tmp_path) -> None:
    assert actions_in(tmp_path, "Water\n\nAt 7:30 Residents to the fore with questions.\n") == []


@pytest.mark.parametrize("owner", ["engineers", "surveyors", "solicitors"])
def test_the_professionals_a_council_asks_own_the_task(tmp_path, owner: str) -> None:
    """'Council discussed the Neis Road Project Public Meeting and asked that the engineers bring options for a narrower
    ditch ...' (a Saskatchewan rural municipality): hired professionals, named by their trade, as 'the contractor' is."""
    found = actions_in(tmp_path, f"Roads\n\nCouncil discussed the road project and asked that the {owner} bring options for a narrower ditch.\n")
    assert (f"the {owner}", "bring options for a narrower ditch") in found, found


def test_the_professionals_reporting_have_no_task(tmp_path) -> None:
    assert actions_in(tmp_path, "Roads\n\nThe engineers reported that the bridge was sound.\n") == []


@pytest.mark.parametrize("sentence, owner, task", [("Tim will chase.", "Tim", "chase"), ("The Clerk will investigate.", "Clerk", "investigate")])
def test_a_promise_of_one_task_verb_is_a_whole_action(tmp_path, sentence: str, owner: str, task: str) -> None:
    """'A reply has not been received from Northfield Willowbrae CC. Tim will chase.' (an Edinburgh community council)."""
    found = actions_in(tmp_path, "Roads\n\nA reply has not been received from the county. " + sentence + "\n")
    assert (owner, task) in found, found


@pytest.mark.parametrize("sentence", ["Members will abstain.", "Tim will see."])
def test_one_word_that_is_no_task_verb_is_no_action(tmp_path, sentence: str) -> None:
    assert actions_in(tmp_path, "Roads\n\nThe vote follows. " + sentence + "\n") == []


def test_a_speakers_name_before_a_colon_is_no_topic(tmp_path) -> None:
    """'Mayor Bowman: Allow Council to speak please.' (a Winnipeg hansard): a speaker's turn, no note after a topic."""
    assert actions_in(tmp_path, "Item 7\n\nMadam Speaker: Mr. Mayor?\n\nMayor Hale: Allow Council to speak please.\n") == []


@needs_shared
def test_a_charters_lone_verb_over_its_list_is_no_promise() -> None:
    """'... the Mayor is obligated to' / 'appoint members of the Executive Policy Committee ...' (a Winnipeg hansard quoting
    the City's charter): the word before the list is no task of its own, as a full stop ending 'Tim will chase.' makes one."""
    found = extracted(str(SHARED / "corpus" / "formats" / "pdf" / "winnipeg_council_hansard_2014-04-30_regular.pdf"))
    assert not [a.description for a in found.actions if len(a.description.split()) == 1], found.actions
