"""Action forms of real minutes pages from councils nobody had tuned on (session actw).

Snippets written for the test, with invented names and places, in the forms the web pages use: a note after a minute
paragraph's own number ('3.9 Clerk to ...'), a note after a linking adverb ('..., however, GC to find out'), a one-word
note closing its line ('– TD & AV to inspect'), the capacity an owner acts in ('Cllr X as a signatory ... would attend'),
an 'ACTION XY' label with no colon, a board's members listed after a first sentence ('... quorum present. Selectmen
present: ...') whose surnames then own tasks, an approval given for officers to act, and a commitment reported twice.
Each family has a near miss that must stay no action (or one action).
"""

from __future__ import annotations

import pytest

from helpers import PARISH_HEAD, actions_in


def _tasks(tmp_path, body: str) -> list[tuple[str, str]]:
    return actions_in(tmp_path, body, PARISH_HEAD)


@pytest.mark.parametrize(
    "body, owner, task",
    [
        # a minute paragraph's number with no closing stop, or a bracketed earlier minute's number, before the note
        ("3. Matters arising\n\n3.9 Clerk to organise a visit to Brookside Farm with Mrs Pell.\n\n4. Reports\n", "Clerk", "organise a visit to Brookside Farm"),
        ("3. Matters arising\n\n3.9\n\n(10.5.1) Clerk to organise a visit to Brookside Farm.\n\n4. Reports\n", "Clerk", "organise a visit to Brookside Farm"),
        # a note after a linking adverb set off by commas
        (
            "3. Matters arising\n\n3.8 Overgrown verges – The verges were cut last week, however, KT to find out how often they are cut.\n\n4. Reports\n",
            "KT",
            "find out how often they are cut",
        ),
        # a note of one word that closes its line, more minutes after it
        ("8) Reports\n 8.1 The bench by the pond is broken – RD & PN to inspect\n 8.2 The hedge was noted.\n", "RD & PN", "inspect"),
        # the capacity the owner acts in, between the owner and 'would'
        (
            "5. Bank\nCllr Mary Fenwick as a signatory to the bank account would attend the bank and update the mandate.\n",
            "Cllr Mary Fenwick",
            "attend the bank and update the mandate",
        ),
        # 'ACTION' and initials with no colon, after the paragraph they belong to
        (
            "6. Footpath\nA grant is open until May. Validation probably requires a constitution and bank details. ACTION FMcK.\n",
            "FMcK",
            "Validation probably requires a constitution and bank details",
        ),
        # ... after a one-word assent, the request before it; the label's sentence run on by the splitter
        (
            "6. Footpath\nThe route floods. ACTION FMcK. -\nJB asked TW if he could draft a cost estimate for the path. Agreed. ACTION\nTW.\n",
            "TW",
            "draft a cost estimate for the path",
        ),
        # an approval given for officers to act
        (
            "4. Flood study\n(4) Considered and gave approval for officers to apply for grant funding towards the survey of the culverts.\n",
            "officers",
            "apply for grant funding towards the survey of the culverts",
        ),
    ],
)
def test_action_forms_of_unseen_councils(tmp_path, body, owner, task):
    found = _tasks(tmp_path, body)
    assert any(o == owner and t.startswith(task) for o, t in found), found


def test_a_board_listed_after_a_first_sentence_owns_tasks_by_surname(tmp_path):
    body = (
        "Opened the meeting and declared a quorum present. Selectmen present: Ann Hollis, Peter Garrow, Ruth Ellery. Also present: Clerk Jo Bane.\n\n"
        "OLD BUSINESS: Garrow will fix the gutter over the side door.\nGate repair – Hollis will take care of it soon.\n"
    )
    found = _tasks(tmp_path, body)
    assert ("Garrow", "fix the gutter over the side door") in found, found
    assert ("Hollis", "take care of it soon") in found, found


def test_a_bare_surname_nobody_introduced_owns_nothing(tmp_path):
    # near miss: with no list of the board's members, a capitalised word before 'will' is no one in particular
    body = "Opened the meeting and declared a quorum present.\n\nOLD BUSINESS: Garrow will fix the gutter over the side door.\n"
    assert not any(o == "Garrow" for o, _ in _tasks(tmp_path, body))


@pytest.mark.parametrize(
    "body",
    [
        # a linking adverb before a passive: no one to act
        "3. Matters arising\n3.8 The verges were cut last week, however, Highways to be told of the damage.\n",
        # a one-word note that the end of the text cuts off
        "CC 76/25 Correspondence\nLetter from the Department re: Grant – the Meetings\nAdministrator to circulate\n",
        # a capacity phrase with no task after it
        "5. Public\nCllr Noor as a member of the public would be welcome at the fete.\n",
        # 'ACTION' with a word, not initials, and 'ACTIONS from ...'
        "2. Plans\nThe village plan was discussed. ACTION PLAN.\nACTIONS from April meeting all covered in following minutes.\n",
        # a label whose 'owner' is an infinitive with no one named
        "4. Notices\n- Posters about the litter pick were handed out. Action: To be put on the village website.\n",
        # the partner of a meeting arranged on site, not an owner
        "5. Cemetery\nAgreed that a meeting of the Cemetery Sub-Committee needs to be arranged on site with the Chair to inspect the wall.\n",
        # a report's request to the meeting itself
        "3. Options\n(2) The work will require spending on consultants which officers are seeking Cabinet approval to progress.\n",
    ],
)
def test_near_misses_are_no_actions(tmp_path, body):
    assert _tasks(tmp_path, body) == []


def test_a_commitment_reported_twice_is_one_task(tmp_path):
    body = (
        "3. Minutes\nCllr Dunmore said he was pleased that Cllr Pryce had agreed to apologise at the next meeting. "
        "He stated that Cllr Pryce had agreed to apologise at the next meeting and so it was for him to do so.\n"
    )
    found = [t for o, t in _tasks(tmp_path, body) if o == "Cllr Pryce"]
    assert len(found) == 1 and found[0].startswith("apologise at the next meeting"), found


def test_two_tasks_that_share_three_opening_words_stay_two(tmp_path):
    # near miss of the repeat: a shorter task of three words is no repeat of a longer one
    body = "4. Bins\nClerk to order new bins.\nClerk to order new bins for the play park by March.\n"
    found = [t for o, t in _tasks(tmp_path, body) if o == "Clerk"]
    assert len(found) == 2, found


def test_work_in_hand_is_still_read(tmp_path):
    found = _tasks(tmp_path, "6. Repairs\nThe Clerk is seeking quotes for the roof repairs.\n")
    assert any(o == "Clerk" and t.startswith("seeking quotes") for o, t in found), found


@pytest.mark.parametrize(
    "body, owner, task",
    [
        # a police officer's rank before the surname ('Constable Ritchie'), as a community council's police report names them
        (
            "3. Police Scotland\nA concern was raised about speeding. Constable Birnie will request the mobile speed camera on our behalf.\n",
            "Constable Birnie",
            "request the mobile speed camera",
        ),
        # initials after the meeting's decision, with 'should'
        ("13) Speed Watch Report\nAgreed – that CSW should write to the Police Commissioner\n14) Clerks Report\n", "CSW", "write to the Police Commissioner"),
        # 'he' after a comma splice: the one person of the sentence who can be 'he' (not 'Officers')
        (
            "4. Matters arising\na. The wall is in need of repair. Officers reported to Cllr Moyes that the work had been done, he is to seek "
            "clarification as to what was done.\n",
            "Cllr Moyes",
            "seek clarification as to what was done",
        ),
        # the owner reports that a paper has come in, and 'would' forward it: a reply does no task, the speaker does
        (
            "5. Stroke service\nThe Chair advised that the response had only just been received and would forward it on to the Committee Members.\n",
            "Chair",
            "forward it on to the Committee Members",
        ),
        # a commitment with its subject left out, the person named in the sentence just before
        (
            "NEW BUSINESS: Superintendent Ames discussed updates for the school year. Will return for monthly updates during the year.\n",
            "Superintendent Ames",
            "return for monthly updates during the year",
        ),
    ],
)
def test_reported_and_terse_commitments(tmp_path, body, owner, task):
    found = _tasks(tmp_path, body)
    assert any(o == owner and t.startswith(task) for o, t in found), found


@pytest.mark.parametrize(
    "body",
    [
        # near miss: initials with 'should' and no decision: a view
        "7. Insurance\nMembers felt that JB should contact the insurers.\nJB should contact the insurers.\n",
        # near miss: only teams before 'he' after a comma splice: nobody in particular
        "8. Hall\nThe works were discussed by Officers and Members at length, he would report back in May.\n",
        # near miss: a party in the reported clause may be the subject of the 'would'
        "5. Works\nThe Clerk said that the contractor had been delayed and would start in May.\n",
        # near miss: a question that opens with 'Will', and 'Will be' (a state)
        "6. Hall\nThe Clerk read the letter from the hall trustees. Will the Board reply to them?\n",
        "6. Hall\nThe Clerk read the letter from the hall trustees. Will be closed over Easter.\n",
    ],
)
def test_reported_and_terse_near_misses(tmp_path, body):
    assert _tasks(tmp_path, body) == []
