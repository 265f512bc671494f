"""Actions on real minutes pages of councils no rule was written on (issue 16, session 29): an owner whose surname
has a capital inside after a short particle ('Mr. LaRocque', 'Mr. DeLousia', as North American minutes spell
them) is still a person after an honorific. Invented council, same form; fails on the code before the session."""

from __future__ import annotations

from helpers import actions_in

SELECTBOARD = "TOWN OF ELMBROOK\nSELECTBOARD MEETING MINUTES\nMarch 4, 2014\n\nTHOSE PRESENT: Jo Benson, Chair; Jeff Kimmel, Dennis LaRocque, Members\n\n"


def test_a_surname_with_a_capital_inside_owns_its_task(tmp_path) -> None:
    body = (
        "1. Roads: Mr. LaRocque reported that the work on Pond Road has begun. Mr. LaRocque will talk with the regional "
        "commission to see if the grant can be increased.\n\n"
        "2. Time Clock: After some discussion, Mr. DeLousia said he would install the time clock at the garage.\n"
    )
    found = actions_in(tmp_path, body, SELECTBOARD)
    assert ("Mr. LaRocque", "talk with the regional commission to see if the grant can be increased") in found
    assert ("Mr. DeLousia", "install the time clock at the garage") in found


def test_a_camel_case_product_name_is_no_owner(tmp_path) -> None:
    """Only after an honorific: a product's name with a capital inside ('PowerPoint') owns nothing."""
    body = "3. Website: PowerPoint will be used for the presentation at the next meeting.\n"
    assert actions_in(tmp_path, body, SELECTBOARD) == []


COMMITTEE = "Elmbury City Council\nResources and Governance Scrutiny Committee\nMinutes of the meeting held on 5 March 2019\n\n"


def test_the_meeting_asked_by_a_report_to_amend_its_work_programme_has_no_task(tmp_path) -> None:
    """'which the Committee was asked to amend as appropriate and agree': a report's question to the meeting itself, which
    its decision answers; asked to go outward, a body still acts."""
    body = (
        "RGSC/19/21 Work Programme\n\nThe report also included the Committee’s work programme, which the Committee was asked "
        "to amend as appropriate and agree.\n\nThe Board was asked to write to the Minister about the grant.\n"
    )
    found = actions_in(tmp_path, body, COMMITTEE)
    assert not any("amend as appropriate" in task for _, task in found)
    assert any("write to the Minister" in task for _, task in found)


def test_an_invitation_to_attend_this_meeting_is_no_task(tmp_path) -> None:
    body = (
        "5. Co-option\n\nMr Hale was invited to attend this meeting to be co-opted, but he is away tonight. "
        "The Clerk will write to Mr Hale with the dates of the next meetings.\n"
    )
    found = actions_in(tmp_path, body, COMMITTEE)
    assert not any("attend this meeting" in task for _, task in found)
    assert ("Clerk", "write to Mr Hale with the dates of the next meetings") in found
