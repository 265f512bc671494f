"""Resolution families of round 10 (issue 16): decision forms missed on councils never seen.

Snippets are invented minutes in the styles of English district and parish councils, Scottish
joint boards, Irish and Northern Irish councils, Welsh community councils, Australian and New
Zealand councils and US boards; each runs through the whole extraction. Near misses that must
stay out sit beside each family.
"""

from __future__ import annotations

import pytest

from helpers import resolution_texts

HEAD = "Minutes of the meeting of Ashcombe District Council held on 3 March 2021\n\nPresent: Cllr A Hale (Chair), Cllr B Noor, Cllr C Dale\n\n"


def decisions(body: str, head: str = HEAD) -> list[str]:
    return resolution_texts(head + body)


# --- a labelled decision list ('The Committee:' / '- noted ...' / '- approved ...') ends with its list -------------
# Headings such as 'AG/24/41 Internal Audit' or 'Item 6 FINANCE' are not always read as new agenda items: a
# list read on across its blank line swallowed every later decision of the page.


@pytest.mark.parametrize(
    "body, inside, later",
    [
        (
            "AG/24/40 Audit Findings\nMs Frost presented the report.\nThe Committee:\n- noted the Audit Findings Report;\n- approved the Statement of Accounts.\n\n"
            "AG/24/41 Internal Audit Progress\nHIA reported progress on the plan.\nThe Committee NOTED the report.\n",
            "Statement of Accounts",
            "NOTED the report",
        ),
        (
            "Item 6 FINANCIAL MONITORING\nThe Chief Finance Officer presented the report.\nThe Board:\ni. noted the projected overspend;\nii. approved the recovery plan.\n\n"
            "Item 7 PERFORMANCE\nThe Head of Planning reported on delayed discharges.\nIt was agreed that a workshop be held in October.\n",
            "recovery plan",
            "workshop be held in October",
        ),
        (
            "C/25/12 Play Areas\nThe Council:\n(a) accepted the quotation from Greenway Play for £8,400;\n(b) agreed that the works start in April.\n\n"
            "C/25/13 Christmas Lights\nMembers discussed the display. Resolved that the lights contract be renewed for one year.\n",
            "works start in April",
            "lights contract be renewed",
        ),
        (
            "Agenda Item 9 - Leisure Review\nThe Cabinet:\n1. endorsed the review;\n2. delegated the procurement to the Director of Communities.\n\n"
            "Agenda Item 10 - Fees\nThe report on fees and charges was noted.\n",
            "delegated the procurement",
            "fees and charges was noted",
        ),
    ],
)
def test_a_labelled_decision_list_ends_with_its_list(body, inside, later):
    found = decisions(body)
    assert any(inside in text for text in found), found
    assert not any(inside in text and later in text for text in found), found
    assert any(later in text for text in found), found


@pytest.mark.parametrize(
    "body, part",
    [
        # a 'Decision:' section whose wording follows a blank line still reads its wording
        ("7. Budget\nDecision:\n\nThat the revenue budget for 2025/26 be approved.\n", "revenue budget for 2025/26"),
        # one list whose clauses are spaced by blank lines is still one list
        ("7. Grants\nThe Committee:\n(a) approved a grant of £500 to the Scouts;\n\n(b) approved a grant of £250 to the Guides.\n", "£250 to the Guides"),
    ],
)
def test_a_decision_section_still_reads_across_blank_lines_inside_it(body, part):
    found = decisions(body)
    assert any(part in text for text in found), found
