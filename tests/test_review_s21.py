"""Session 21's review of the round's rules: each near form the review found a new rule mishandled, read as a clerk
would (the rules' own cases stay in tests/test_res34.py, test_ac32.py, test_act31.py and test_meet29.py)."""

import pytest

from minutes_miner.extraction import extract_document
from minutes_miner.readers.base import Document

HEAD = "Minutes of the meeting of Ashcombe Town Council held on 3 March 2026\n\nPresent: Cllrs Hale, Noor, Moss, Reid.\n\n"


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    """The rules must read these themselves, not leave them to the trained layer's long tail."""
    monkeypatch.setenv("MINUTES_MINER_LAYER", "rules")


def _extract(body: str, head: str = HEAD):
    return extract_document(Document(path="ashcombe.txt", format="txt", text=head + body), "test")


def _actions(body: str, head: str = HEAD) -> list[tuple[str, str]]:
    return [(a.owner, a.description) for a in _extract(body, head).actions]


def test_the_owner_after_a_having_heard_phrase_still_owns_the_task():
    found = _actions("6. Licence\nThe Committee, having heard from the applicant, asked the Clerk to write to the Police about the conditions.\n\n7. Close\n")
    assert ("Clerk", "write to the Police about the conditions") in found


def test_an_action_label_with_a_task_of_its_own_is_a_second_task():
    body = "6. Highways\nThe Clerk to write to the police about speeding in Mill Lane.\nACTION: Clerk — order two grit bins by 30 November.\n\n7. Close\n"
    extraction = _extract(body)
    tasks = {a.description: a for a in extraction.actions}
    assert "order two grit bins by 30 November" in tasks
    assert tasks["write to the police about speeding in Mill Lane"].due_text is None  # the other task's deadline is not lent


def test_a_wrapped_line_opening_with_failed_is_the_motions_wording_not_its_outcome():
    body = (
        "6. Pumps\nMotion by Trustee Elton, second by Trustee Barnes, to replace the two lift-station pumps that\n"
        "failed, at a cost not to exceed $4,000. Motion carried 5-0.\n\n7. Close\n"
    )
    texts = [r.text for r in _extract(body).resolutions]
    assert any(t.startswith("to replace the two lift-station pumps") and t.endswith("Motion carried 5-0.") for t in texts), texts


def test_the_colon_of_a_time_does_not_cut_a_forwarded_remark():
    body = (
        "4. Planning\n25/0132/HOU - replacement garage, 7 Maes Glas. The Council has no objection but asks that deliveries be limited "
        "to 8:00 to 18:00 and that the 2 parking spaces be retained. These comments to be sent to the case officer.\n\n5. Finance\nNone.\n"
    )
    comments = [c.text for c in _extract(body).agreed_comments]
    assert comments and all(c.startswith("The Council has no objection") for c in comments), comments
