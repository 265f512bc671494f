"""Actions on real minutes (session act29).

A request to the county, as US city councils move it ('Moved by Hensley to adopt, and to request that the County apply
the tax abatement ...'): 'the County' is a body that can own a task. An offer told as the reason for another request
('because the County has offered to help with engineering costs') is background on record, not a task.
"""

from __future__ import annotations

from helpers import actions_in

CITY_HEAD = "MINUTES OF THE CITY COUNCIL\n\n"


def test_request_that_the_county_apply_is_the_countys_task(tmp_path):
    body = (
        "05-1138 22. Approving Tax Abatement Application for additional value added by improvements made during 2004 for 4525 SE 16th "
        "Street. (Council Communication No. 05-248) Moved by Hensley to adopt, and to request that the County apply the tax abatement "
        "to the value existing on January 1, 2005, as if the application had been timely filed and processed. Motion Carried 6-1.\n"
    )  # desmoines_ia_1.pdf
    found = actions_in(tmp_path, body, head=CITY_HEAD)
    assert [owner for owner, _task in found] == ["the County"]
    assert found[0][1].startswith("apply the tax abatement to the value existing on January 1, 2005")


def test_county_in_running_text_owns_nothing(tmp_path):
    body = "The Mayor noted that the county fair would be held in August and thanked the County for its support.\n"
    assert actions_in(tmp_path, body, head=CITY_HEAD) == []


def test_offer_given_as_a_reason_is_not_a_task(tmp_path):
    body = (
        "Councilor Bahrman requested the price of permanent radar signs on Childs Road because the County has offered to help with "
        "engineering costs. The County reported that two signs would be $50,000 and three would be $70,000.\n"
    )  # rivergrove_or_3.txt (devpool tune)
    assert actions_in(tmp_path, body, head=CITY_HEAD) == []


def test_offer_at_the_meeting_is_still_a_task(tmp_path):
    body = "Following discussion, the County offered to help with engineering costs for the radar signs on Childs Road.\n"
    found = actions_in(tmp_path, body, head=CITY_HEAD)
    assert [owner for owner, _task in found] == ["the County"]
    assert found[0][1].startswith("help with engineering costs")


def test_labelled_passive_task_keeps_its_subject(tmp_path):
    body = (
        "4 Updates:\n"
        "b. Nancy Bowles Wood – The ditches leading up to NBW will be cleared next week. (Action: RD)\n"
        "c. Noticeboard – The Village Hall Management Committee is to be invited to share the notice board and its cost. (Action: AM)\n"
    )  # souldern_pc_1.pdf: the action column beside the items
    found = actions_in(tmp_path, body)
    assert ("RD", "The ditches leading up to NBW will be cleared next week") in found
    assert ("AM", "The Village Hall Management Committee is to be invited to share the notice board and its cost") in found


def test_labelled_infinitive_describing_a_thing_is_not_made_a_whole_sentence(tmp_path):
    body = (
        "e. Noticeboard – AM has found 3 possible suppliers for a double sided noticeboard to be sited outside the village hall, "
        "all in the region of £1,500.00. (Action: BM)\n"
    )  # souldern_pc_1.pdf: 'to be sited' describes the noticeboard, no passive task with a subject
    assert all(not task.startswith("AM has found") for _owner, task in actions_in(tmp_path, body))


def test_labelled_active_task_still_reads_from_its_verb(tmp_path):
    body = "b. Vacancies – It was resolved to advertise the other vacancy in the next issue of the 3 Parishes. (Action: BM)\n"
    assert ("BM", "advertise the other vacancy in the next issue of the 3 Parishes") in actions_in(tmp_path, body)


def test_a_series_of_three_tasks_is_three_actions(tmp_path):
    body = (
        "99-537 (A) Requesting Council approval for acquisition by negotiation or condemnation of a 166 acre parcel.\n"
        "(Council Communication No. 99-072). Moved by Coleman to adopt. Staff\n"
        "to provide progress reports at each Council Meeting, schedule a public hearing before any\n"
        "final action is taken and keep Neighborhood Associations informed. Motion Carried 5-2.\n"
    )  # desmoines_ia_2.pdf
    assert actions_in(tmp_path, body, head=CITY_HEAD) == [
        ("Staff", "provide progress reports at each Council Meeting"),
        ("Staff", "schedule a public hearing before any final action is taken"),
        ("Staff", "keep Neighborhood Associations informed"),
    ]


def test_two_tasks_or_a_list_of_things_stay_one_action(tmp_path):
    body = (
        "Clerk to write to the landowner and ask for a reply by the next meeting.\n\nCllr Hale to circulate the reports, minutes and agendas to all members.\n"
    )
    found = actions_in(tmp_path, body)
    assert ("Clerk", "write to the landowner and ask for a reply by the next meeting") in found
    assert len(found) == 2


def test_log_status_line_with_owner_initials_marks_the_task_done(tmp_path):
    body = (
        "Nov23.01 Insurance - . NS to enquire additional cost for\n"
        "including insurance of the new playground surfaces.\n"
        "NS Completed and in place until\n"
        "June\n"
        "Nov23.02 Planning - Clerk to write to Sanctuary and CDC Enforcement\n"
        "regarding 4 Bovewell\n"
    )  # souldern_pc_3.pdf: the actions table, its owner and update columns flattened
    tasks = [task for _owner, task in actions_in(tmp_path, body)]
    assert not any("insurance" in task for task in tasks)
    assert any(task.startswith("write to Sanctuary") for task in tasks)


def test_a_sentence_opening_with_completed_does_not_close_the_task_before(tmp_path):
    body = "Clerk to obtain quotes for the bus shelter glass.\nCompleted works at the pavilion were noted.\n"
    assert ("Clerk", "obtain quotes for the bus shelter glass") in actions_in(tmp_path, body)
