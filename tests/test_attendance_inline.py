"""Attendance labels inside a paragraph: pages whose text lost its line breaks ('... commenced at 7:30pm. PRESENT:
Joan Bannon, ... APOLOGIES: ...'), as document-sharing sites and PDF text dumps print minutes. The people they list
are the document's people: their given names and initials then own tasks as on a page with the list on its own line."""

from __future__ import annotations

from minutes_miner.attendance import find_attendance
from helpers import actions_in

GLUED = (
    "MINUTES OF COMMITTEE MEETING 14th March 2019 Meeting held in the Memorial Hall, Tarlee: commenced at 7:30pm. "
    "PRESENT: Marta Quayle, Dominic Ferris, Steph Ockenden & Tilly Brannagh. APOLOGIES: Noel Garrity, Fen Aldous. "
    "WELCOME: Marta opened the meeting. BUSINESS ARISING: 1. Hall lights: still not repaired. Steph will ring the "
    "electrician and let Marta know. 2. Website: Tilly to update the events page before the fete.\n"
)


def _people(text: str) -> list[tuple[str, str]]:
    return [(p.attendance, p.name) for p in find_attendance(text)]


def test_inline_labels_give_their_lists_each_up_to_its_full_stop():
    people = _people(GLUED)
    assert [name for status, name in people if status == "present"] == ["Marta Quayle", "Dominic Ferris", "Steph Ockenden", "Tilly Brannagh"]
    assert [name for status, name in people if status == "apologies"] == ["Noel Garrity", "Fen Aldous"]
    assert not any("WELCOME" in name or "opened" in name for _, name in people)


def test_the_next_inline_label_ends_a_list_without_a_full_stop():
    text = "Meeting of the Board held on 2 May 2018 at 6pm. Present: Cr A Lim, Cr B Hoad Apologies: Cr C Venn. 1. Minutes.\n"
    assert _people(text) == [("present", "Cr A Lim"), ("present", "Cr B Hoad"), ("apologies", "Cr C Venn")]


def test_a_label_word_inside_a_sentence_is_no_list():
    text = "The Chair asked who was present: nobody answered. The public in attendance: a few residents spoke.\n"
    assert _people(text) == []


def test_given_names_of_an_inline_list_own_their_tasks(tmp_path):
    found = actions_in(tmp_path, "", head=GLUED)
    assert ("Steph", "ring the electrician") in [(owner, task[: len("ring the electrician")]) for owner, task in found]


def test_a_post_after_a_name_is_its_role_never_a_person():
    text = (
        "The meeting was called to order at 7 p.m. ALSO PRESENT: S.LARSON, ENGINEER; J.HARVEY, ATTORNEY; C.MINICK, ADMINISTRATOR; "
        "Mr. Neville Shaw, Senior Executive Engineer. 1. Minutes were approved.\n"
    )
    people = [(p.name, p.role) for p in find_attendance(text)]
    assert people == [("S.LARSON", "ENGINEER"), ("J.HARVEY", "ATTORNEY"), ("C.MINICK", "ADMINISTRATOR"), ("Mr. Neville Shaw", "Senior Executive Engineer")]


def test_a_plural_title_alone_is_nobody():
    assert [p.name for p in find_attendance("Present: Cllr A Lim\nApologies: Cllrs\n")] == ["Cllr A Lim"]
