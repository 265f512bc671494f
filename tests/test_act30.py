"""Action registers kept as tables (session act30).

A register row whose status cell reports the task finished ("Done — installed Oct 3", "Sent Sept 30") gives no task for
after the meeting; a status cell that gives the row's own owner what is left to do ("Outstanding — CAO to obtain second
quote by Nov 12") is the task, read from its verb. Excerpts from a Manitoba rural municipality's minutes (Markdown).
"""

from __future__ import annotations

from helpers import PARISH_HEAD, actions_in

REGISTER = (
    "### 3. Business arising / action list\n"
    "| # | Item | Who | Status |\n"
    "|---|---|---|---|\n"
    "| 18-04 | Order 40 new stop signs | Hildebrand | Done — installed Oct 3 |\n"
    "| 18-07 | Letter to MB Infrastructure re PR 391 | CAO | Sent Sept 30 |\n"
    "| 18-09 | Quote for office roof | CAO | Outstanding — CAO to obtain second quote by Nov 12 |\n"
    "\n"
)


def _md_actions(tmp_path, body: str) -> list[tuple[str, str]]:
    from minutes_miner.extraction import extract_path

    path = tmp_path / "minutes.md"
    path.write_text(PARISH_HEAD + body, encoding="utf-8")
    return [(a.owner, a.description) for a in extract_path(path).actions]


def test_register_rows_reported_done_give_no_task_as_plain_text(tmp_path):
    found = actions_in(tmp_path, REGISTER)
    assert ("CAO", "obtain second quote by Nov 12") in found
    assert not any("stop signs" in task or "PR 391" in task for _owner, task in found)


def test_register_rows_reported_done_give_no_task_as_markdown(tmp_path):
    found = _md_actions(tmp_path, REGISTER)
    assert ("CAO", "obtain second quote by Nov 12") in found
    assert not any("stop signs" in task or "PR 391" in task for _owner, task in found)


def test_open_register_row_keeps_its_item_when_the_status_names_no_task(tmp_path):
    body = "| # | Item | Who | Status |\n|---|---|---|---|\n| 18-11 | Quote for office roof | CAO | Outstanding |\n\n"
    assert ("CAO", "Quote for office roof") in _md_actions(tmp_path, body)


def test_status_naming_another_owner_does_not_replace_the_task(tmp_path):
    body = "| # | Item | Who | Status |\n|---|---|---|---|\n| 18-12 | Quote for office roof | CAO | In progress — Reeve to sign |\n\n"
    found = _md_actions(tmp_path, body)
    assert ("CAO", "Quote for office roof") in found
    assert ("CAO", "sign") not in found


AGENDA_HEAD = (
    "CITY OF ARROYO VERDE\nCITY COUNCIL\nREGULAR MEETING AGENDA\nTuesday, April 7, 2026 - 6:00 PM\n"
    "Council Chambers, Arroyo Verde Municipal Complex, 301 Calle Encino\n"
    "1. CALL TO ORDER / ROLL CALL\n2. APPROVAL OF AGENDA\n"
)
MINUTES_HEAD = "CITY OF ARROYO VERDE\nCITY COUNCIL\nMINUTES OF THE REGULAR MEETING\nTuesday, April 7, 2026 - 6:00 PM\n\n"


def _typed(tmp_path, head: str, body: str) -> tuple[str | None, list[tuple[str, str]]]:
    from minutes_miner.extraction import extract_path

    path = tmp_path / "doc.txt"
    path.write_text(head + body, encoding="utf-8")
    ex = extract_path(path)
    return ex.document.doc_type, [(a.owner, a.description) for a in ex.actions]


RECOMMENDED = (
    "7. BUSINESS ITEMS\n"
    "a. Award of RFP 2026-03 - Senior Center Kitchen Renovation to Sangre Builders LLC in\n"
    "the amount of $287,950, plus applicable gross receipts tax\n"
    "Recommended Action: Award and authorize the City Manager to execute the contract.\n"
)
RECOMMENDATION_BLOCK = (
    "4.3 Tender - Mallowbank Aquatic Centre Management\n"
    "    RECOMMENDATION\n"
    "    That Council awards the aquatic centre management contract to Leisure Pacific Pty Ltd for\n"
    "    three years with a two-year extension option at $648,000 per annum (ex GST), and authorises\n"
    "    the Chief Executive Officer to execute the contract.\n"
)


def test_an_agendas_recommended_motion_gives_no_task(tmp_path):
    for body in (RECOMMENDED, RECOMMENDATION_BLOCK):
        doc_type, found = _typed(tmp_path, AGENDA_HEAD, body)
        assert doc_type == "agenda"
        assert not any("execute the contract" in task for _owner, task in found)


def test_a_task_after_the_recommendations_paragraph_in_an_agenda_is_still_read(tmp_path):
    body = RECOMMENDATION_BLOCK + "\n    The Clerk to circulate the tender evaluation to members before the meeting.\n"
    doc_type, found = _typed(tmp_path, AGENDA_HEAD, body)
    assert doc_type == "agenda"
    assert any("circulate the tender evaluation" in task for _owner, task in found)


def test_minutes_that_print_the_recommendation_keep_the_task(tmp_path):
    doc_type, found = _typed(tmp_path, MINUTES_HEAD, RECOMMENDATION_BLOCK + "    Moved Cr Smith, seconded Cr Jones. CARRIED\n")
    assert doc_type == "minutes"
    assert any("execute the contract" in task for _owner, task in found)


def test_a_labelled_passive_sentence_is_the_task_whole(tmp_path):
    """'(Action: RD)' after a sentence whose verb is passive: RD acts on the sentence's subject (an English parish's minutes)."""
    body = "4 Updates:\nb. Nancy Bowles Wood – The ditches leading up to NBW will be cleared next week. (Action: RD)\n"
    found = actions_in(tmp_path, body)
    assert ("RD", "The ditches leading up to NBW will be cleared next week") in found
    assert ("RD", "be cleared next week") not in found


def test_a_labelled_active_sentence_keeps_its_task_from_the_verb(tmp_path):
    body = "5. Playground – It was agreed that the Clerk would obtain two quotes for the gate repair. (Action: Clerk)\n"
    found = actions_in(tmp_path, body)
    assert any(task.startswith("obtain two quotes") for _owner, task in found)


def test_a_task_the_end_of_the_text_cuts_off_is_no_task(tmp_path):
    body = (
        "5. FINANCE\nSales tax receipts for February were up 4.2% over February 2024. Finance Director Ebbers said she would\n"
        "circulate the draft CIP to councilmembers before the\n"
    )
    assert not any("draft CIP" in task for _owner, task in actions_in(tmp_path, body))


def test_a_cut_off_second_task_leaves_the_first_whole(tmp_path):
    body = (
        "5. CITY MANAGER'S REPORT\nThe paving list has been sent to the state. Staff was directed to\n"
        "get quotes for the sidewalk on Clover Street and to contact the property owners on\n"
    )
    found = actions_in(tmp_path, body)
    assert any(task == "get quotes for the sidewalk on Clover Street" for _owner, task in found)


def test_a_whole_task_at_the_end_of_the_text_is_kept(tmp_path):
    body = (
        "5. FINANCE\nSales tax receipts for February were up 4.2% over February 2024. Finance Director Ebbers said she would\n"
        "circulate the draft CIP to councilmembers before the April meeting.\n"
    )
    assert any("draft CIP" in task for _owner, task in actions_in(tmp_path, body))


def test_an_agendas_programme_for_the_meeting_gives_no_task(tmp_path):
    body = "8. Discussion - Dust Mitigation on County Road 9\n   Staff to present options; no action anticipated.\n\n"
    doc_type, found = _typed(tmp_path, AGENDA_HEAD, body)
    assert doc_type == "agenda"
    assert not any(task.startswith("present options") for _owner, task in found)


def test_minutes_keep_a_report_promised_for_later(tmp_path):
    body = "8. Discussion - Dust Mitigation on County Road 9\n   Staff to present options at the next meeting.\n\n"
    doc_type, found = _typed(tmp_path, MINUTES_HEAD, body)
    assert doc_type == "minutes"
    assert any(task.startswith("present options") for _owner, task in found)


def test_he_after_a_report_heading_is_the_member_named_not_the_post_of_the_heading(tmp_path):
    body = (
        "26/122 District Councillor's report\n"
        "Cllr Ferris reported that the District had agreed its draft budget, with 12m savings still to find over the next three "
        "years. He would circulate the link to the revised consultation to all councillors.\n"
    )
    found = actions_in(tmp_path, body)
    assert ("Cllr Ferris", "circulate the link to the revised consultation to all councillors") in found
    assert not any(owner == "District Councillor" for owner, _task in found)


def test_he_after_a_post_named_as_subject_is_still_the_post(tmp_path):
    body = "7. Highways\nThe Clerk reported that the culvert had been cleared. He would write to the landowner about the hedge.\n"
    found = actions_in(tmp_path, body)
    assert any(owner.endswith("Clerk") and task.startswith("write to the landowner") for owner, task in found)


def test_the_general_manager_by_initials_owns_a_task(tmp_path):
    body = "6. MANAGER'S REPORT\n    Customer accounts: 11,406. The GM will present the draft\n    Urban Water Management Plan amendment in August.\n"
    found = actions_in(tmp_path, body)
    assert any(owner.endswith("GM") and task.startswith("present the draft") for owner, task in found)


def test_gm_in_a_noun_phrase_is_no_owner(tmp_path):
    body = "9. Correspondence\nA letter on GM crops was noted; no action was taken.\n"
    assert not any(owner.endswith("GM") for owner, _task in actions_in(tmp_path, body))


def test_a_posts_initials_the_document_defines_own_a_task(tmp_path):
    body = (
        "Officers: Head of Development Management (HDM), Senior Planner (ET).\n\n"
        "5. Enforcement\nThe HDM reported 97 live cases.\n"
        "The HDM to write to the parish council about spending the play area sum\n(£8,500) before it lapses in September.\n"
    )
    found = actions_in(tmp_path, body)
    assert any(owner.endswith("HDM") and task.startswith("write to the parish council") for owner, task in found)


def test_initials_defined_for_a_plan_own_nothing(tmp_path):
    body = "5. Planning\nThe Local Development Framework (LDF) was discussed. The LDF to go out to consultation in the spring.\n"
    assert not any(owner.endswith("LDF") for owner, _task in actions_in(tmp_path, body))


def test_the_chief_officer_of_a_partnership_owns_the_task_given_to_them(tmp_path):
    body = (
        "4.    Budget 2026/27\n      The Board:\n      b) approved the savings plan of £8.8m;\n"
        "      c) instructed the Chief Officer to bring a recovery plan for the\n         remaining gap to the May Board.\n"
    )
    found = actions_in(tmp_path, body)
    assert ("Chief Officer", "bring a recovery plan for the remaining gap to the May Board") in found
    assert not any(owner == "Chief" for owner, _task in found)


def test_an_executive_officer_and_a_coordinator_own_their_tasks(tmp_path):
    body = (
        "5. Regional procurement\nThat the Board:\n3. Request the Executive Officer to coordinate the four council reports for the\n"
        "   April ordinary meetings.\n\n6. Grants\nThe Co-ordinator to engage with the community groups in January.\n"
    )
    found = actions_in(tmp_path, body)
    assert any(owner.endswith("Executive Officer") and task.startswith("coordinate the four council reports") for owner, task in found)
    assert any(owner.endswith("Co-ordinator") and task.startswith("engage with the community groups") for owner, task in found)


def test_a_director_with_a_portfolio_keeps_it(tmp_path):
    body = "4. Boreholes\nThat the Director Technical appoint a service provider to repair the two boreholes within 30 days.\n"
    found = actions_in(tmp_path, body)
    assert any(owner.endswith("Director Technical") for owner, _task in found)
