"""Action forms clerks use that the extractor missed (session 23, act35).

Snippets written for the test in the forms two annotators found in minutes nobody here had read (US township and school
board minutes, English parish minutes): reported speech with an adverb before the speech verb ('also stated he would'),
an outside body's or firm's reported promise, an action register row 'task - owner - due', a post named by its service's initials ('the IDP Manager'), an '(Owner: X)' label, and an 'Action by:'
label whose owner is set off from the task by a dash. Each family has a near miss that must stay no
action.
"""

from __future__ import annotations

import pytest

from helpers import PARISH_HEAD, actions_in


def _tasks(tmp_path, body: str) -> list[tuple[str, str]]:
    return actions_in(tmp_path, body, PARISH_HEAD)


@pytest.mark.parametrize(
    "body, owner, task",
    [
        # an adverb before the verb of reported speech, then the speaker's own 'he would'
        (
            "5. Drains\nCllr Kettering also stated he would speak with the Highways Authority about the culvert.\n",
            "Cllr Kettering",
            "speak with the Highways Authority",
        ),
        # a named outside body's reported word that it will do a thing: its promise to the council
        ("9. Water\nScottish Water have advised that they will repair the burst main in Kirk Street next week.\n", "Scottish Water", "repair the burst main"),
        (
            "11. Correspondence\n(ii) Network Rail: Network Rail has confirmed it will replace the footbridge handrail.\n",
            "Network Rail",
            "replace the footbridge handrail",
        ),
        # a firm named right after its part, with its 'will'; the price after the task is a remark on it
        (
            "4. Flooding\nThe drainage consultant, Hadley & Morrow, will survey the culvert by the end of April at a cost of £2,300.\n",
            "Hadley & Morrow",
            "survey the culvert by the end of April",
        ),
        (
            "7. Sea wall\nEngineers Tonkin Partners have been engaged and will inspect the sea wall before the winter.\n",
            "Tonkin Partners",
            "inspect the sea wall",
        ),
        # a post named by its service's initials (South African 'the PMU Manager', 'the IDP Manager'; English 'the HR Officer')
        ("3. Chamber\nThe ICT Manager will replace the chamber microphones before the budget meeting.\n", "ICT Manager", "replace the chamber microphones"),
        ("12. Payroll\nThe Senior HR Officer will circulate the revised leave policy to staff.\n", "HR Officer", "circulate the revised leave policy"),
        # a register row with the owner between the task and its due date, under an 'OUTSTANDING ACTIONS REPORT' heading
        # whose first line says the list was reviewed; a post's initials after its rank ('Deputy CEO')
        (
            "OUTSTANDING ACTIONS REPORT\nThe list of actions was reviewed.\n- Grade the Pine Ridge Road verges - Deputy CEO - by 30 April.\n"
            "- Order new pool chemicals - Cr Lane.\n",
            "Deputy CEO",
            "Grade the Pine Ridge Road verges",
        ),
        (
            "Outstanding Actions\n- Grade the Pine Ridge Road verges - Works Manager - ongoing.\n- Order new pool chemicals - Cr Lane.\n",
            "Cr Lane",
            "Order new pool chemicals",
        ),
        # an '(Owner: X)' label after an action point names who owns the task the sentence gives to staff
        (
            "4.1 Footpaths\nAction point: Staff to price a footpath on the east side of Kea Street. (Owner: Transport Planning Manager)\n",
            "Transport Planning Manager",
            "price a footpath",
        ),
        # a school's head by post and surname (US school committee minutes)
        (
            "7. Field trip\nPrincipal Ruth Okafor presented the request. Principal Okafor said the PTO had raised $2,000 and that she would make sure "
            "every pupil can go.\n",
            "Okafor",
            "make sure every pupil can go",
        ),
        # a dash note whose task verb is 'lock'
        ("9. Pavilion\nCllr Ames – lock the pavilion after the Saturday matches until the alarm is fixed.\n", "Cllr Ames", "lock the pavilion"),
        # an 'Action by:' / 'Action for:' label, the owner then a dash and the task on the same line
        ("14. Car park\nThe final payment is withheld.\nAction by: Clerk – arrange a site meeting with the contractor.\n", "Clerk", "arrange a site meeting"),
        ("6. Shelter\nAction for: RW - obtain a quote for the bus shelter glass\n", "RW", "obtain a quote for the bus shelter glass"),
        ("8. Trees\nThe Tree Warden further said that she would ask the owner to cut back the hedge.\n", "Tree Warden", "ask the owner to cut back the hedge"),
    ],
)
def test_found(tmp_path, body, owner, task):
    found = _tasks(tmp_path, body)
    assert any(owner in o and t.startswith(task) for o, t in found), found
    if "cost of" in body:
        assert not any("cost" in t for _, t in found), found


@pytest.mark.parametrize(
    "body",
    [
        # what someone else would do, reported by a member: no commitment of the speaker's own
        "5. Drains\nCllr Kettering also stated the culvert would flood again next spring.\n",
        "8. Trees\nThe Tree Warden further said that the hedge had been cut back in March.\n",
        # the body's word that it will not act, or an answer in the passive with no body
        "9. Water\nScottish Water has indicated it will not replace the main this year.\n",
        "9. Water\nIt has been confirmed that they will replace the main.\n",
        # a firm's name with no part word before it, or a firm that will not act
        "4. Flooding\nHadley & Morrow will survey the culvert by the end of April.\n",
        "4. Flooding\nThe contractor, Hadley & Morrow, will not survey the culvert until May.\n",
        # an all-capitals heading word before a post is no initials of a service
        "12. Payroll\nNOTE Clerk - completed.\n",
        # a register's done row, and two lines that are no rows before any row (the register has ended)
        "Outstanding Actions\nCompleted - Clerk wrote to the bank about the branch closure.\n",
        "Outstanding Actions\nThe list was reviewed.\nMembers discussed the hall.\n- Order new pool chemicals - Cr Lane.\n",
        # the post before a surname, reporting what was done
        "7. Field trip\nPrincipal Ruth Okafor presented the request. Principal Okafor said the trip had gone well.\n",
        # 'lock' as a noun after the dash: a report of a fault
        "9. Pavilion\nCllr Ames – lock on the pavilion door is broken.\n",
        # the label's dash followed by a status, not a task
        "14. Car park\nAction by: Clerk – completed in March.\n",
    ],
)
def test_not_found(tmp_path, body):
    assert _tasks(tmp_path, body) == []


def test_owner_label_takes_the_task_from_staff(tmp_path):
    found = _tasks(tmp_path, "4.1 Footpaths\nAction point: Staff to price a footpath on Kea Street. (Owner: Transport Planning Manager)\n")
    assert [o for o, _ in found] == ["Transport Planning Manager"], found


def test_owner_of_land_in_brackets_is_no_task(tmp_path):
    """A planning notice's '(Owner: X)' after an applicant names who owns the land: no verb before it, no task."""
    found = _tasks(tmp_path, "6. Notice of decision\nFile No.: CUP 26-02\nApplicant: Kestrel Brewing LLC (Owner: Marsh Family Trust)\n")
    assert not any("Marsh" in o for o, _ in found), found


def test_body_reporting_another_party_owns_nothing(tmp_path):
    """'have confirmed that the contractor will ...': the pronoun is not the body's own, so the body owns nothing."""
    found = _tasks(tmp_path, "6. Roads\nThe County Council have confirmed that the contractor will resurface the lane.\n")
    assert not any("County Council" in o for o, _ in found), found
