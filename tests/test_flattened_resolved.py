"""A flattened page's run-on 'Resolved:' labels and minute references (issue 16, session 31).

Seen on a real town council's annual meeting (web8) whose PDF a document site flattened to one line: 'AM/17/27 To receive
apologies for absence: Cllrs Atkin, Forster Resolved: Apologies are accepted AM/17/28 To receive declarations ...'. The
label ran on after the item's last word, so titlecase-resolved (a line's or sentence's start) never saw it, and the
decision's sentence ran into the next item. Invented council and people, the same form."""

from __future__ import annotations

from tests.helpers import resolution_texts

FLAT = (
    "Annual Meeting held Monday 12th May 2025 Elmwood Town Council Held 7 p.m., Town Hall "
    "AM/25/01 To elect the Mayor for 2025/26: Councillor Hale proposed Councillor Noor and this was seconded by Councillor Dale. "
    "The vote was 6:2 Resolved: Councillor Noor is Mayor for 2025/26. "
    "AM/25/02 To receive apologies for absence: Cllrs Park, Reyes Resolved: Apologies are accepted "
    "AM/25/03 To consider the footpath at Mill Lane Resolved: Forward to the County Council. All in favour "
    "AM/25/04 To note the date of the next meeting: 9th June 2025.\n"
)


def test_a_run_on_resolved_label_is_a_decision() -> None:
    texts = resolution_texts(FLAT)
    assert any(t.startswith("Councillor Noor is Mayor for 2025/26") for t in texts), texts
    assert any(t.startswith("Forward to the County Council") for t in texts), texts


def test_the_next_items_minute_reference_ends_the_decision() -> None:
    texts = resolution_texts(FLAT)
    accepted = [t for t in texts if t.startswith("Apologies are accepted")]
    assert accepted and not any("AM/25/03" in t for t in accepted), texts


def test_a_run_on_agreed_with_a_name_is_no_decision() -> None:
    """'Agree November minutes Agreed: Maria Smeaton' (a community council's proposer label) names who agreed."""
    texts = resolution_texts("Kilbrae Community Council\nMinutes\n3. Agree October minutes Agreed: Ada Hale 4. Planning\n")
    assert not any(t.startswith("Ada Hale") for t in texts), texts


def test_a_planning_reference_inside_a_decision_does_not_end_it() -> None:
    """Only a minute reference before 'To <verb>' opens the next item: 'DC/25/0123 Erection of a porch' is the decision's."""
    texts = resolution_texts("4. Planning\nRESOLVED: That no objection be raised to DC/25/0123 Erection of a porch at 4 Mill Lane.\n")
    assert any("Erection of a porch" in t for t in texts), texts
