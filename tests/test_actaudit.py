"""An audit of the common action forms' grammatical variants (session actaudit).

Rules fixed one page's wording at a time do not carry over to councils nobody has seen; the grammatical variants of
the common forms do. The cases here are GENERATED from parts (an owner, the link between owner and task, a task, a
deadline, the framing a clerk puts round it), each set in a short invented parish minutes item, and assert the owner,
where the task starts and the deadline. Near misses (work done already, exhortations, a passive with no owner, a
question, a report of someone else's plan, a negation) must give no action.

What the audit found and fixed:
- initials after a titled name in the attendance list ('Present: Cllr John Smith (JS)') stood for 'CS', the title's
  letter taken for a given name's, so 'Cllr Hale asked JS to ...', 'RESOLVED that JS write ...', 'JS kindly offered
  to ...' were lost (action_filters.member_initials);
- 'X has been asked / instructed to', 'X is to be asked to', 'X was asked by the Chair to', 'X agreed he would',
  'X is going to' (action_triggers.json);
- 'before 1 May', 'before the end of the month', 'in time for the budget' as the deadline (action_due.py);
- a post and a named member joined by 'and' or '/', two members joined by '&', before the commitment own the task together ('The Clerk and
  Cllr Smith to meet ...'); before, the second alone did (actions._joined_posts);
- a linking adverb or a short aside between 'will' and the verb ('will therefore write', 'will, if possible, write'),
  and a relative clause's task cut at the comma closing it ('Cllr Smith, who agreed to write ..., will report back');
- a label's task read from the first sentence under an item's heading leaves the heading out ('5. Highways\\nThe verges
  need cutting. ACTION: Clerk' is not 'Highways The verges ...'; action_forms._action_for_label);
- a note after a statement closed by a comma ('Hedge at Burnside Farm is overgrown, Clerk to write to owner';
  action_context.opens_a_clause);
- a person thanked or welcomed is not the subject of the commitment coordinated after ('Members thanked Tom for his
  work and will now look for ...'; actions._coordinated_action).
What is still wrong is marked xfail(strict=True) with the reason.
"""

from __future__ import annotations

import itertools
import re

import pytest

from helpers import actions_in

# Attendance that introduces the member whose initials own tasks below.
HEAD = "Minutes of the meeting of Ashcombe Parish Council held on 3 March 2021\nPresent: Cllr John Smith (JS), Cllr Ann Noor\n\n"
TASK = "write to the highways authority about the pothole in Mill Lane"
_TITLES = {"the", "cllr", "councillor", "mr", "mrs"}


@pytest.fixture(autouse=True)
def rules_only(monkeypatch):
    """The audit is of the rules alone: the trained layer's long tail would hide what they miss (and vary with the model)."""
    monkeypatch.setenv("MINUTES_MINER_LAYER", "rules")


def _item(sentence: str) -> str:
    return f"5. Highways\nThe pothole in Mill Lane was discussed. {sentence}\n\n6. Finance\nThe accounts were noted.\n"


def _owner_matches(expected: str, found: str) -> bool:
    """The scorer's owner test: the expected owner's words, less 'the' and titles, inside the found owner's or the reverse."""
    want = {w for w in expected.lower().split() if w not in _TITLES}
    got = {w for w in found.lower().split() if w not in _TITLES}
    return bool(got) and (want <= got or got <= want)


def _actions(tmp_path, body: str) -> list[tuple[str, str, str | None]]:
    """(owner, task, due) of every action found in `body` under HEAD; actions_in gives no due, so it is read here."""
    from minutes_miner.extraction import extract_path

    path = tmp_path / "minutes.txt"
    path.write_text(HEAD + body, encoding="utf-8")
    return [(a.owner, a.description, a.due_text) for a in extract_path(path).actions]


# --- owner x link: 'Owner link write to ...' -------------------------------------------------------------------------

OWNERS = [
    "the Clerk",
    "Clerk",
    "The Town Clerk",
    "Cllr Smith",
    "Councillor A Smith",
    "Mr Jones",
    "Mrs Patel",
    "JS",
    "the Chair",
    "the Chairman",
    "officers",
    "the Head of Planning",
    "the Parish Council",
    "Jane",
    "the contractor",
    "Highways",
    "the Clerk and Cllr Smith",
]
LINKS = [
    "agreed to",
    "has agreed to",
    "offered to",
    "kindly offered to",
    "undertook to",
    "will",
    "would",
    "is to",
    "to",
    "was asked to",
    "was requested to",
    "was instructed to",
    "be asked to",
    "has been asked to",
    "was asked by the Chair to",
    "said he would",
    "confirmed she would",
    "agreed he would",
    "would be asked to",
    "volunteered to",
    "is going to",
    "needs to",
    "will look into",
]

# Variants the rules still miss, and why (measured: none of them appears on the development pages, so no rule was written).
_STILL_MISSED = {
    "needs to": "an obligation stated ('the Clerk needs to write ...') is read as no commitment: 'needs to' is no trigger",
    "Highways": "a bare outside body owns no commitment of its own (action_triggers.json outside_parties: measured to cost precision)",
}


def _owner_link_sentence(owner: str, link: str) -> tuple[str, str]:
    """The sentence a clerk writes for this owner and link, and the words the task starts with."""
    subject = owner[0].upper() + owner[1:]
    if link == "will look into":
        return f"{subject} will look into the pothole in Mill Lane and report back.", "look into the pothole"
    if link == "be asked to":
        return f"It was agreed that {owner} be asked to {TASK}.", "write to the highways"
    return f"{subject} {link} {TASK}.", "write to the highways"


def _owner_link_cases():
    for owner, link in itertools.product(OWNERS, LINKS):
        reason = _STILL_MISSED.get(link) or _STILL_MISSED.get(owner) or _STILL_MISSED.get((owner, link))
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        yield pytest.param(owner, link, marks=marks, id=f"{owner}|{link}")


@pytest.mark.parametrize("owner, link", list(_owner_link_cases()))
def test_owner_and_link(tmp_path, owner, link):
    sentence, task = _owner_link_sentence(owner, link)
    found = _actions(tmp_path, _item(sentence))
    assert len(found) == 1, found
    assert _owner_matches(owner, found[0][0]) and found[0][1].startswith(task), found


# --- framing x owner x due --------------------------------------------------------------------------------------------

FRAMES = {
    "label after": "5. Highways\nThe pothole in Mill Lane was discussed. {O} will {T}{D}. ACTION: {O}\n\n6. Finance\nThe accounts were noted.\n",
    "bracketed label": "5. Highways\nThe pothole was discussed and it was agreed to {T}{D} (Action: {O})\n\n6. Finance\nThe accounts were noted.\n",
    "right column": "5. Highways\nIt was agreed to {T}{D}.    Action - {O}\n\n6. Finance\nThe accounts were noted.\n",
    "bullet": "5. Highways\n• {O} to {T}{D}.\n• The verges were noted.\n\n6. Finance\nThe accounts were noted.\n",
    "numbered line": "5. Highways\n5.1 {O} agreed to {T}{D}.\n5.2 The verges were noted.\n\n6. Finance\nThe accounts were noted.\n",
    "resolution directs": "5. Highways\nRESOLVED that {o} {T}{D}.\n\n6. Finance\nThe accounts were noted.\n",
    "resolution asks": "5. Highways\nRESOLVED that {o} be asked to {T}{D}.\n\n6. Finance\nThe accounts were noted.\n",
    "agreed that would": "5. Highways\nIt was agreed that {o} would {T}{D}.\n\n6. Finance\nThe accounts were noted.\n",
    "agreed that should": "5. Highways\nIt was agreed that {o} should {T}{D}.\n\n6. Finance\nThe accounts were noted.\n",
    "agreed that bare": "5. Highways\nIt was agreed that {o} {T}{D}.\n\n6. Finance\nThe accounts were noted.\n",
    "look into": "5. Highways\n{O} will look into this and report back{D}.\n\n6. Finance\nThe accounts were noted.\n",
    "requested that": "5. Highways\nMembers requested that {o} {T}{D}.\n\n6. Finance\nThe accounts were noted.\n",
    "asked X to": "5. Highways\nCllr Noor asked {o} to {T}{D}.\n\n6. Finance\nThe accounts were noted.\n",
}
FRAME_OWNERS = ["the Clerk", "Cllr Smith", "JS", "the Chair", "officers", "Mrs Patel"]
DUES = ["", " by the next meeting", " before 1 May", " in time for the budget"]


@pytest.mark.parametrize("frame", list(FRAMES))
@pytest.mark.parametrize("owner", FRAME_OWNERS)
@pytest.mark.parametrize("due", DUES)
def test_framing_owner_and_due(tmp_path, frame, owner, due):
    body = FRAMES[frame].format(O=owner[0].upper() + owner[1:], o=owner, T=TASK, D=due)
    task = "look into this" if frame == "look into" else "write to the highways"
    found = _actions(tmp_path, body)
    assert len(found) == 1, found
    got_owner, got_task, got_due = found[0]
    assert _owner_matches(owner, got_owner) and got_task.startswith(task), found
    assert (got_due or "") == due.strip(), found


# --- initials of a titled member --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Cllr Noor asked JS to write to the school.",
        "RESOLVED that JS write to the school.",
        "JS kindly offered to write to the school.",
        "JS said he would write to the school.",
        "It was agreed that JS be asked to write to the school.",
    ],
)
def test_initials_of_a_titled_member_own_tasks(tmp_path, sentence):
    assert ("JS", "write to the school") in actions_in(tmp_path, _item(sentence), HEAD)


def test_a_title_is_no_initial():
    # near miss: 'Cllr Noor' has no given name, so no initials; 'Cllr Ann Noor' is AN, not CN
    from minutes_miner.extract.action_filters import member_initials

    assert member_initials(["Cllr Ann Noor", "Cllr Hale", "Mr. Tom Bell"]) == ["AN", "TB"]


# --- between the link and the task's verb; a relative clause ---------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, owner, task",
    [
        ("The Clerk will therefore write to the school.", "Clerk", "write to the school"),
        ("The Clerk would accordingly arrange a site meeting.", "Clerk", "arrange a site meeting"),
        ("The Clerk will, if possible, write to the school.", "Clerk", "write to the school"),
        ("The Clerk would, as agreed, arrange a site meeting.", "Clerk", "arrange a site meeting"),
        ("Cllr Smith, who agreed to write to the school, will report back.", "Cllr Smith", "write to the school"),
        ("Cllr Smith, who would write to the school, thanked members.", "Cllr Smith", "write to the school"),
    ],
)
def test_words_between_link_and_task(tmp_path, sentence, owner, task):
    found = actions_in(tmp_path, _item(sentence), HEAD)
    assert (owner, task) in found, found


# --- a label after the first sentence under an item's heading ---------------------------------------------------------


@pytest.mark.parametrize("label", ["ACTION: Clerk", "Action by: Clerk", "(Action: Clerk)", "    Action – Clerk"])
def test_a_label_task_leaves_the_heading_out(tmp_path, label):
    found = actions_in(tmp_path, f"5. Highways\nThe verges on Mill Lane need cutting. {label}\n\n6. Finance\nThe accounts were noted.\n", HEAD)
    assert found == [("Clerk", "The verges on Mill Lane need cutting")], found


def test_a_wrapped_line_is_no_heading(tmp_path):
    # near miss: a numbered item's sentence wrapped after a few words keeps its first line
    found = actions_in(tmp_path, "5. The verges on Mill\nLane need cutting. ACTION: Clerk\n\n6. Finance\nThe accounts were noted.\n", HEAD)
    assert found == [("Clerk", "The verges on Mill Lane need cutting")], found


# --- a note after a statement and its comma ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, owner, task",
    [
        ("Hedge at Burnside Farm is overgrown, Clerk to write to owner.", "Clerk", "write to owner"),
        ("The bench by the pond has been damaged, the Clerk to obtain quotes.", "Clerk", "obtain quotes"),
        ("The gate is broken, JS to repair it.", "JS", "repair it"),
    ],
)
def test_a_note_after_a_statement_and_its_comma(tmp_path, sentence, owner, task):
    assert (owner, task) in actions_in(tmp_path, _item(sentence), HEAD)


@pytest.mark.parametrize(
    "sentence",
    [
        "The letter from Jo Bell, Clerk to the Burnside Trust, was noted.",  # a post in apposition
        "The hedge is overgrown, Cllr Smith to the contrary said it was fine.",
    ],
)
def test_a_post_in_apposition_is_no_note(tmp_path, sentence):
    assert actions_in(tmp_path, _item(sentence), HEAD) == []


# --- near misses: no action -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Clerk had written to the school about parking.",  # done already
        "The Clerk has written to the school about parking.",
        "The Clerk wrote to the school about parking.",
        "The Clerk reported that she had written to the school.",  # a report
        "The Clerk reported that the school would write to parents.",  # someone else's plan, reported
        "Members were encouraged to attend the fun day.",  # exhortation
        "Members should attend the training if possible.",
        "A report would be brought back to the next meeting.",  # passive, no owner
        "Quotes would be obtained for a new bench.",
        "Could the Clerk write to the school?",  # a question
        "The Clerk is not to write to the school until the survey is done.",  # negation
        "The Clerk will not write to the school.",
        "It was agreed not to write to the school.",
        "The Clerk had been asked to write to the school.",  # an earlier request, told as past
        "The Clerk was thanked for writing to the school.",
        "The Clerk is going to be away in May.",  # 'going to be': a state, no task
        "The cost is going to rise.",
        "Cllr Smith agreed that the report was accurate.",
        "Members thanked Mrs Patel for her years of service and will now look for a new school governor.",  # she is thanked, not the owner
        "The Chair welcomed Mr Jones to the meeting and would write to him with the minutes.",
        "The Clerk will, however, not write to the school.",
    ],
)
def test_near_misses_are_no_actions(tmp_path, sentence):
    assert actions_in(tmp_path, _item(sentence), HEAD) == []


# --- joint owners of two kinds ----------------------------------------------------------------------------------------


def _words(owner: str) -> set[str]:
    return {w for w in re.split(r"[\s,/&]+", owner.lower()) if w and w not in _TITLES and w != "and"}


@pytest.mark.parametrize(
    "sentence, owner",
    [
        ("The Clerk and Cllr Smith to meet the contractor on site.", "the Clerk and Cllr Smith"),
        ("Cllr Smith & Mrs Patel to meet the contractor on site.", "Cllr Smith & Mrs Patel"),
        ("Action – Jane/Clerk to meet the contractor on site.", "Jane/Clerk"),
        pytest.param(
            "Cllr Smith and Mrs Patel agreed to meet the contractor on site.",
            "Cllr Smith and Mrs Patel",
            marks=pytest.mark.xfail(
                strict=True, reason="two named members joined by a plain 'and': the second alone owns it (tests/test_actions.py keeps that)"
            ),
        ),
        ("It was agreed that Cllr Smith and the Clerk would meet the contractor on site.", "Cllr Smith and the Clerk"),
        pytest.param(
            "The Clerk, Cllr Smith and Mrs Patel will meet the contractor on site.",
            "the Clerk, Cllr Smith and Mrs Patel",
            marks=pytest.mark.xfail(strict=True, reason="a list of three owners: the last alone owns the task"),
        ),
    ],
)
def test_joint_owners_of_two_kinds(tmp_path, sentence, owner):
    found = actions_in(tmp_path, _item(sentence), HEAD)
    assert [_words(o) for o, t in found if t == "meet the contractor on site"] == [_words(owner)], found


def test_members_named_in_the_task_are_no_owners(tmp_path):
    # near miss: the two members are whom the Clerk writes to, not who writes
    found = actions_in(tmp_path, _item("The Clerk will write to Cllr Smith and Mrs Patel to confirm the date."), HEAD)
    assert found == [("Clerk", "write to Cllr Smith and Mrs Patel to confirm the date")], found
