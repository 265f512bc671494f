"""Resolution family of round 19: a bare 'That ...' decision list in which one clause passes comments on.

A decision printed as a list of 'That ...' clauses (its RESOLVED label kept, or lost in publishing
and printed as 'Resolved -' alone) is ONE resolution whose text holds every clause (ANNOTATION.md).
When one clause of the list, not its opening words, passes comments to someone ('(b) the
Committee's concern ... be reported to Cabinet', '2. That the following comments be referred to the
Cabinet Member: • ... • ...'), only that clause, or the bullets under it, are agreed comments; the
decision keeps all its clauses (before, its text was cut to the opening words, often to 'That' or
nothing, and the 'report be noted' clause was taken for a comment). A decision whose opening words
pass comments on ('RESOLVED that the following comments be submitted to Cabinet: (1) ... (2) ...')
keeps its opening words as its text and every clause as a comment (as before: the gold of the seeds
and corpus/gold reads it so).

Snippets are invented, in English, Welsh, South African and Australian styles. Near misses: a list of
plain decisions with no comment clause gives no comments; a later clause of an officer's recommended
numbered list ('Officer Recommendation:' / '1. That ...' / '2. That ...') is no decision, as its first clause is not.
"""

from __future__ import annotations

import pytest

HEAD = (
    "Minutes of the meeting of the Scrutiny Committee of Tallowmere Council held on 3 March 2025\n\nPresent: Cllr A Hale (Chair), Cllr B Noor, Cllr C Dale\n\n"
)


def _extract(body: str):
    from minutes_miner.extraction import extract_document
    from minutes_miner.readers.base import Document

    return extract_document(Document(path="tallowmere.txt", format="txt", text=HEAD + body), "test")


@pytest.mark.parametrize(
    "body, clauses, comments",
    [
        (
            "6. Home to School Transport\nThe Head of Transport presented the report.\n\nRESOLVED: That\n\n(a) the report be noted;\n\n"
            "(b) the Committee's concern at the rising cost of taxis be reported to Cabinet;\n\n(c) the item return in November.\n",
            ["the report be noted", "rising cost of taxis", "return in November"],
            ["the Committee's concern at the rising cost of taxis be reported to Cabinet;"],
        ),
        (
            "7. Repairs Contract Performance\nMembers discussed the contractor's figures.\n\nResolved –\n\n1. That the report be noted.\n\n"
            "2. That the following comments be referred to the Cabinet Member for Housing:\n\n• the target for emergency repairs is not being met;\n\n"
            "• tenants should have a named contact for each open case.\n\n3. That the Director attend the April meeting with an improvement plan.\n",
            ["the report be noted", "following comments be referred", "Director attend the April meeting"],
            ["the target for emergency repairs is not being met;", "tenants should have a named contact for each open case."],
        ),
        (
            "MC 04/2025  LIBRARY HOURS\nThe Director reported on staffing.\nRESOLVED\n(1) That the report be noted.\n"
            "(2) That the Portfolio Committee's views on weekend opening be conveyed to the Executive Mayor.\n(3) That the matter be reviewed in six months.\n",
            ["the report be noted", "weekend opening", "reviewed in six months"],
            ["That the Portfolio Committee's views on weekend opening be conveyed to the Executive Mayor."],
        ),
        (
            "8. Budget Consultation\nFollowing discussion, it was\n\nRESOLVED that the following comments be submitted to Cabinet:\n\n"
            "(1) that the Committee does not support closing the toilets at Elm Park;\n\n(2) that the grant to the museum be kept at its present level.\n\nThe meeting closed at 8.10 pm.\n",
            ["following comments be submitted to Cabinet"],
            ["that the Committee does not support closing the toilets at Elm Park;", "that the grant to the museum be kept at its present level."],
        ),
    ],
)
def test_comment_clause_inside_a_decision_list(body: str, clauses: list[str], comments: list[str]) -> None:
    result = _extract(body)
    holding = [r.text for r in result.resolutions if all(c in r.text for c in clauses)]
    assert holding, [r.text for r in result.resolutions]
    assert sorted(c.text for c in result.agreed_comments) == sorted(comments)


@pytest.mark.parametrize(
    "body, clauses",
    [
        (
            "7.1 Open Space Strategy\nThe Director presented the draft.\n1. That Council adopts the Open Space Strategy for exhibition.\n"
            "2. That the applicant be advised accordingly.\nCARRIED\n",
            ["adopts the Open Space Strategy", "applicant be advised"],
        ),
        (
            "5. Audit Plan\nRESOLVED: That\n\n(a) the audit plan be approved;\n\n(b) the Head of Audit report progress in June.\n",
            ["audit plan be approved", "report progress in June"],
        ),
    ],
)
def test_plain_decision_list_has_no_comments(body: str, clauses: list[str]) -> None:
    result = _extract(body)
    assert any(all(c in r.text for c in clauses) for r in result.resolutions), [r.text for r in result.resolutions]
    assert result.agreed_comments == []


@pytest.mark.parametrize(
    "body",
    [
        "9. Parking Review\nOfficer Recommendation:\n1. That the report be noted.\n"
        "2. That the Committee's comments be referred to the Cabinet Member for Transport.\n\nThe item was deferred to the next meeting.\n",
        "9. Parking Review\nRECOMMENDATION\n(a) That the report be received.\n(b) That Council adopts the parking strategy.\n\nThe matter was deferred.\n",
    ],
)
def test_later_clause_of_a_recommended_list_is_no_decision(body: str) -> None:
    result = _extract(body)
    assert not any("Cabinet Member for Transport" in r.text or "parking strategy" in r.text for r in result.resolutions), [r.text for r in result.resolutions]
    assert result.agreed_comments == []
