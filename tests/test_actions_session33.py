"""Actions: a motion's verbs in capitals after a name, and a correspondence list's 'IN:' (issue 16, session 33).

Seen on real pages of bodies no rule was written on (web10: a Massachusetts conservation commission, 'Mr. Collins MOVED
to grant a three-year Extension ...', where 'Mr. Collins MOVED' read as a name owning 'grant ...'; a New South Wales
progress association, 'IN: Email from SCC advising ...', where 'IN' read as a member's initials). Neither is a task; a
member's initials before a colon still own theirs. Invented bodies and people, the same forms."""

from __future__ import annotations

from tests.helpers import actions_in

COMMISSION = "WESTBROOK CONSERVATION COMMISSION\n13 October 2009\n\nPRESENT: Glenn Pratt, Ada Okoye.\n\n"


def test_a_mover_in_capitals_owns_no_task(tmp_path) -> None:
    found = actions_in(
        tmp_path,
        "Request for Extension Permit, Lowe.\n\nThere was no discussion.  Mr. Pratt MOVED to grant a three-year Extension for "
        "Order of Conditions SE 19-1188.  Ms. Okoye SECONDED the Motion.\n\nSO VOTED UNANIMOUSLY.\n",
        head="WESTBROOK CONSERVATION COMMISSION\n13 October 2009\n\n",
    )
    assert found == [], found


def test_a_surname_in_capitals_is_still_a_name(tmp_path) -> None:
    found = actions_in(tmp_path, "5. Hedges\nMr PRATT will write to the landowner about the hedge.\n", head=COMMISSION)
    assert ("Mr PRATT", "write to the landowner about the hedge") in found, found


def test_correspondence_directions_are_no_initials(tmp_path) -> None:
    found = actions_in(
        tmp_path,
        "CORRESPONDENCE\nIN: Email from the shire advising of the grants round.\nOUT: Letter to the shire about the footpath.\n"
        "GP: email the shire about the footpath.\n",
        head=COMMISSION,
    )
    assert [owner for owner, _ in found] == ["GP"], found


def test_things_a_member_will_have_ready_are_a_task(tmp_path) -> None:
    found = actions_in(tmp_path, "4. Devices\n- Barb will have device agreements ready for Members to sign at the July Meeting.\n")
    assert ("Barb", "have device agreements ready for Members to sign at the July Meeting") in found, found


def test_a_task_stops_before_the_next_heading_across_a_blank_line(tmp_path) -> None:
    found = actions_in(
        tmp_path,
        "4. Devices\n- Barb to follow up with the supplier in regard to the two trustees' new email addresses\n\n"
        "Previous minutes\n\nMoved as a correct record.\n",
    )
    assert ("Barb", "follow up with the supplier in regard to the two trustees' new email addresses") in found, found


def test_the_chair_who_called_the_meeting_to_order_is_known_by_given_name(tmp_path) -> None:
    found = actions_in(
        tmp_path,
        "Bruce Ferrand called the meeting to order at 8:09. Correspondence included the latest issue of the newsletter. "
        "Bruce will add a discussion of the sign regulation to the agenda.\n",
        head="Friday, December 16, 2016\n\n",
    )
    assert ("Bruce", "add a discussion of the sign regulation to the agenda") in found, found


def test_a_direction_listing_its_tasks_as_infinitives_gives_one_action_each(tmp_path) -> None:
    found = actions_in(
        tmp_path,
        "Item II - Sewer Capacity\nIn the open session that followed, Council heard a Staff Report on the same matter and directed "
        "Administration to complete a review of the Town's land use policies for lands reliant on the Elm Sanitary System; to take "
        "immediate steps to improve flow rates; to bring forward funding recommendations for those actions; and lastly, Council "
        "adopted an Interim Control By-law for certain lands in Elm.\n",
    )
    tasks = [task for owner, task in found if owner == "Administration"]
    assert tasks == [
        "complete a review of the Town's land use policies for lands reliant on the Elm Sanitary System",
        "take immediate steps to improve flow rates",
        "bring forward funding recommendations for those actions",
    ], found


def test_the_speaker_who_called_the_meeting_to_order_gives_no_short_name(tmp_path) -> None:
    found = actions_in(
        tmp_path,
        "The Speaker called the meeting to order at 9:30. The entire Elm Park Community Centre Board are very excited to share "
        "our vision for a new arena. The addition of the two indoor rinks, along with much needed programming space, will "
        "complement the existing amenities at Elm Park, which include our club house.\n",
        head="Friday, December 16, 2016\n\n",
    )
    assert not any(owner in {"The", "Speaker"} for owner, _ in found), found
