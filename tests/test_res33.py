"""Decisions the res33 rules read, with near misses they must leave alone (real sentences from the invented set).

Schedules whose rows are named by applicant or scheme, not by a reference (extract/decision_rows.py _named_rows):
each row under a header row naming the decision column, ending in an outcome word, is one decision.
"""

from __future__ import annotations

from minutes_miner.extract.decision_rows import find_decision_rows

# westerfold_ca_1.txt, as the reader leaves it (column gaps squashed)
LOAN_SCHEDULE = (
    "Decisions were taken as follows:\n\n"
    "Scheme Units Loan Decision\n"
    "Canal Basin, Millby 148 £9.8m Approved\n"
    "Old Gasworks, Northcote 96 £6.1m Approved\n"
    "Ferry Road, Kestonford 60 £4.4m Deferred – viability review\n"
)

# nqabarha_lm_za_1.txt
HALL_SCHEDULE = (
    "ITEM 5.5 APPLICATIONS FOR USE OF COMMUNITY HALLS - FEE EXEMPTION\n\n"
    "Applicant Hall Outcome\n"
    "Masakhane Burial Society Centane Hall Approved (50% of fee)\n"
    "Nqabarha Youth Choir Ngqamakhwe Hall Approved (full exemption)\n"
    "Khwezi Tavern Owners' Association Centane Hall Not approved\n"
)


def _texts(text: str, above: str = "") -> list[str]:
    return [row.text for row in find_decision_rows(text, [], above)]


def test_named_rows_under_a_decision_header_are_decisions() -> None:
    assert _texts(LOAN_SCHEDULE) == [
        "Canal Basin, Millby 148 £9.8m Approved",
        "Old Gasworks, Northcote 96 £6.1m Approved",
        "Ferry Road, Kestonford 60 £4.4m Deferred – viability review",
    ]


def test_a_row_not_approved_is_a_decision() -> None:
    assert _texts(HALL_SCHEDULE)[-1] == "Khwezi Tavern Owners' Association Centane Hall Not approved"
    assert len(_texts(HALL_SCHEDULE)) == 3


def test_rows_without_a_header_row_give_nothing() -> None:
    # the same rows under a sentence, not under a header naming the decision column
    assert _texts("Members considered the schemes below.\nCanal Basin, Millby 148 £9.8m Approved\n") == []


def test_a_sentence_ending_in_response_is_no_header_row() -> None:
    text = "Members agreed the wording of the response\nThe Village Hall roof repair scheme Approved\n"
    assert _texts(text) == []


def test_rows_after_a_blank_line_are_not_the_tables() -> None:
    text = "Scheme Units Loan Decision\nCanal Basin, Millby 148 £9.8m Approved\n\nThe Clerk reported on the Old Mill scheme Approved\n"
    assert _texts(text) == ["Canal Basin, Millby 148 £9.8m Approved"]


def test_a_table_of_decisions_made_elsewhere_gives_nothing() -> None:
    text = "Grant decisions notified by the County Council\nApplicant Hall Outcome\nNqabarha Youth Choir Ngqamakhwe Hall Approved (full exemption)\n"
    assert _texts(text) == []
