"""Resolution families of round 7 (issue 16): decision forms missed on councils never seen.

Snippets are invented minutes in the style of UK and Irish parish councils, US city councils
and boards, Canadian townships and Australian/New Zealand councils; each runs through the whole
extraction. Near misses that must stay out sit beside each family.
"""

from __future__ import annotations

import pytest

from helpers import resolution_texts

HEAD = "Minutes of the meeting of Ashcombe Parish Council held on 3 March 2021\n\nPresent: Cllr A Hale (Chair), Cllr B Noor, Cllr C Dale\n\n"
US_HEAD = "CITY OF MAPLE GROVE\nMINUTES OF THE REGULAR CITY COUNCIL MEETING\nMarch 3, 2021\n\nPresent: Mayor Chen, Councilmembers Diaz, Wong and Park\n\n"


def decisions(body: str, head: str = HEAD) -> list[str]:
    return resolution_texts(head + body)


# --- a proposal closed by a title-case outcome word: 'Resolved.', 'Agreed.', 'Carried.' ---------------


@pytest.mark.parametrize(
    "body, words",
    [
        ("7. Membership\nProposed Cllr Hale, seconded Cllr Noor, that the Council join the CPRE. Resolved.\n", "join the CPRE"),
        ("7. Grants\nCllr Hale proposed a grant of £300 to the Scouts, seconded by Cllr Noor. Agreed.\n", "grant of £300"),
        ("7. Lighting\nIt was proposed by Cr Tane that the lighting upgrade proceed; seconded by Cr Hubbard. Carried.\n", "lighting upgrade proceed"),
        ("7. Budget\nProposed by Councillor Walsh that the draft budget be adopted. Passed.\n", "draft budget be adopted"),
    ],
)
def test_a_proposal_closed_by_a_title_case_outcome_is_a_decision(body, words):
    found = decisions(body)
    assert any(words in text for text in found), found


@pytest.mark.parametrize(
    "body",
    [
        "7. Membership\nProposed Cllr Hale, seconded Cllr Noor, that the Council join the CPRE.\n\nOn being put to the vote the motion was lost.\n",
        "7. Grants\nCllr Hale proposed a grant of £300 to the Scouts. Approved grants are listed on the website.\n",
    ],
)
def test_a_proposal_that_fell_or_has_no_outcome_is_no_decision(body):
    assert decisions(body) == []


def test_a_proposal_closed_by_agreed_with_its_tally():
    body = "4.1 Budget. Proposal: that the Council adopts the budget for 2024/25. Proposed by Cllr Moss, seconded by Cllr Dhillon. Agreed (9 for, 2 against).\n"
    assert any("adopts the budget for 2024/25" in text for text in decisions(body))
