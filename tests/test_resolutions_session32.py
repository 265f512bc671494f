"""Resolutions: a list announced as the decisions passed, and a New Zealand mover pair alone on its line (issue 16,
session 32).

Seen on a real page of a council no rule was written on (web9, a New Zealand district council's summary of a
meeting): 'The resolutions that were passed at the meeting were:' then the 'That ...' bullets, each read with the
lead-in as 'Resolved:' is; and 'Cr Dalgety/Cr Lambert. Carried' under them, the movers of the decision above, which
is no decision of its own. Invented council and people, the same forms."""

from __future__ import annotations

import pytest

from tests.helpers import resolution_texts

HEAD = "Minutes of the Ordinary Meeting of the Rivermouth District Council held on 23 April 2020\n\n5. Funding\n\n"


@pytest.mark.parametrize(
    "lead",
    ["The resolutions that were passed at the meeting were:", "The following resolutions were passed:", "The decisions made by the Council were:"],
)
def test_a_lead_in_announcing_the_decisions_reads_the_list(lead: str) -> None:
    texts = resolution_texts(HEAD + lead + "\n\n  • That the memorandum on borrowing be received.\n  • That the Council approve the amended programme.\n")
    assert any("memorandum on borrowing be received" in t for t in texts), texts


def test_the_following_comments_are_no_decisions() -> None:
    texts = resolution_texts(HEAD + "The following comments were made:\n\n  • The programme is late.\n  • The costs are high.\n")
    assert texts == [], texts


@pytest.mark.parametrize("movers", ["Cr Dalgety/Cr Lambert. Carried", "Mayor Watson/Cr Ash. Carried"])
def test_a_mover_pair_on_its_line_is_no_decision(movers: str) -> None:
    texts = resolution_texts(HEAD + "That the memorandum on borrowing be received.\n\n" + movers + "\n\n6. Roads\nThe report was discussed.\n")
    assert texts and all("borrowing" in t for t in texts), texts
