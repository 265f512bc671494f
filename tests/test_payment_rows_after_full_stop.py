"""A decision that announces its schedule of payments and ends on a full stop holds the rows under it (session 31).

Seen on a real parish council's minutes (web8): '24/53.2 The following payments were approved.' then rows
'C. Campos May Salary | £195.50 |', 'Clerks Expenses | £89.50 |' ...; annotators copy the schedule with the decision,
as they do under the colon that most clerks print there. Invented parish and people, the same form."""

from __future__ import annotations

import pytest

from tests.helpers import resolution_texts

HEAD = "Elmwood Parish Council\nMinutes of the meeting held on 3 March 2025\n\n"


@pytest.mark.parametrize(
    ("decision", "rows"),
    [
        ("24/53.2 The following payments were approved.", "C. Hale May Salary | £195.50 |\nClerks Expenses | £89.50 |\nHall hire | £160.89 |\n"),
        ("RESOLVED: That the following payments be approved.", "J Fenwick – salary April £612.40\nHMRC – PAYE £153.00\n"),
        ("The following accounts were authorised for payment.", "Clerk's salary (Feb) 245.00\nGreenEdge Grounds – grass cutting 420.00\n"),
    ],
)
def test_the_rows_of_amounts_under_the_decision_are_its_own(decision: str, rows: str) -> None:
    texts = resolution_texts(HEAD + "5. Finance\n" + decision + "\n" + rows + "6. Planning\nNo applications were received.\n")
    payments = [t for t in texts if "following" in t]
    last_row_words = rows.strip().splitlines()[-1].split("|")[0].strip()
    assert payments and last_row_words in payments[0], texts
    assert "Planning" not in payments[0], texts


def test_a_full_stop_after_other_words_takes_no_rows() -> None:
    """'The payments were approved.' announces nothing: the amounts below are the next item's, not its schedule."""
    texts = resolution_texts(HEAD + "5. Finance\nThe payments were approved.\nBank balance at 28 February £4,210.55\n")
    assert not any("4,210.55" in t for t in texts), texts
