"""Actions: forms of web11's and web13's pages (issue 16, session 36).

Seen on real pages of bodies new to every set: a Saskatchewan town directing its acting mayor ('Council directed the
Acting Mayor and CAO to enter an agreement with ...'), an English parish's note with no colon after 'Action' ('Action TD
to find out more about Data results.'), a Welsh community council's initials inside its resolution ('RESOLVED: AE will
liaise with Cllr Williams ...'), a 1930 parish meeting's secretary asked to send a resolution 'proposed by Mr Priestley,
seconded by Mr Noah Smith and carried unanimously to Mr HE Kingston', and Caribbean cabinets directing a ministry or the
Attorney General's Chambers. Invented bodies and people, the same forms; read with the rules alone."""

from __future__ import annotations

import pytest

from tests.helpers import actions_in


@pytest.fixture(autouse=True)
def rules_only(monkeypatch):
    monkeypatch.setenv("MINUTES_MINER_LAYER", "rules")


TOWN = "Minutes of the meeting of Elmford Town Council held on 5 May 2024\nPresent: Mayor Hale, Cllr Noor\n\n"
CABINET = "Cabinet Notes\nCabinet Meeting – 26th June, 2024\n\n"


@pytest.mark.parametrize(
    "sentence, owner, task",
    [
        ("Council directed the Acting Mayor and CAO to enter an agreement with the owners.", "Acting Mayor and CAO", "enter an agreement with the owners"),
        ("Council directed the Acting Mayor to sign the lease for the rink.", "Acting Mayor", "sign the lease for the rink"),
        ("The Acting Chair to sign the cheques for the hall.", "Acting Chair", "sign the cheques for the hall"),
    ],
)
def test_a_post_held_for_the_time_being_owns_its_task(tmp_path, sentence: str, owner: str, task: str) -> None:
    assert (owner, task) in actions_in(tmp_path, "4. Item\n" + sentence + "\n", TOWN)


def test_initials_after_the_word_action_own_the_note(tmp_path) -> None:
    actions = actions_in(tmp_path, "4. Highways\nTD mentioned the signs. Action TD to find out more about the speed data.\n")
    assert ("TD", "find out more about the speed data") in actions, actions


@pytest.mark.parametrize(
    "sentence",
    [
        "The minibus scheme is run by Community Action MK to provide trips for the elderly.",  # an organisation's name
        "The grant to Age Action NI to support the lunch club was approved.",
    ],
)
def test_initials_after_action_inside_a_name_own_nothing(tmp_path, sentence: str) -> None:
    assert not any(owner in {"MK", "NI"} for owner, _ in actions_in(tmp_path, "4. Grants\n" + sentence + "\n"))


def test_initials_inside_a_resolution_own_what_they_will_do(tmp_path) -> None:
    actions = actions_in(tmp_path, "5. Police\nRESOLVED: AE will liaise with Cllr Noor following the meeting regarding marshals for the parade.\n")
    assert ("AE", "liaise with Cllr Noor following the meeting regarding marshals for the parade") in actions, actions


def test_the_movers_of_what_is_sent_are_no_part_of_the_task(tmp_path) -> None:
    actions = actions_in(
        tmp_path,
        "6. Dumping\nAfter a discussion the Secretary was asked to send the following resolution, proposed by Mr Hale, "
        "seconded by Mr Noor and carried unanimously to Mr A Ames, Clerk to the RDC – that the dumping cease.\n",
    )
    assert ("Secretary", "send the following resolution") in actions, actions


@pytest.mark.parametrize(
    "sentence, owner, task",
    [
        ("Cabinet requested that the Ministry of Health provide a report on the clinic.", "the Ministry of Health", "provide a report on the clinic"),
        ("Cabinet agreed that the Attorney General’s Chambers draft the relevant order.", "Attorney General’s Chambers", "draft the relevant order"),
        ("Council requested that the Department of Transport repair the road to the quay.", "the Department of Transport", "repair the road to the quay"),
    ],
)
def test_a_government_department_directed_by_name_owns_the_task(tmp_path, sentence: str, owner: str, task: str) -> None:
    assert (owner, task) in actions_in(tmp_path, "4. Item\n" + sentence + "\n", CABINET)


@pytest.mark.parametrize(
    "sentence",
    [
        "Deputy Noor asked that the Department of Justice be requested to increase Garda numbers in the Division.",
        "Director Hale requested that the Ministry of Transportation be asked to review the speed limit on Highway 19A.",
    ],
)
def test_a_members_plea_that_an_outside_body_be_asked_directs_no_one(tmp_path, sentence: str) -> None:
    assert actions_in(tmp_path, "4. Item\n" + sentence + "\n", TOWN) == []


def test_the_meeting_asking_an_outside_body_directs_it(tmp_path) -> None:
    actions = actions_in(tmp_path, "4. Item\nCouncil requested that the Ministry of Transportation be asked to review the speed limit.\n", TOWN)
    assert ("the Ministry of Transportation", "review the speed limit") in actions, actions


def test_a_member_asking_that_an_officer_be_asked_still_gives_the_officer_the_task(tmp_path) -> None:
    actions = actions_in(tmp_path, "4. Speeding\nCllr Noor asked that the Clerk be asked to write to the police about speeding.\n", TOWN)
    assert ("Clerk", "write to the police about speeding") in actions, actions


@pytest.mark.parametrize(
    "sentence, not_owner",
    [
        ("Cabinet requested that the Ministry of Finance and Mr Hale report back on the loan.", "Mr Hale"),  # a person, not a unit's name
        ("It was agreed that the Mayor’s Chambers will host the exhibition in June.", "Mayor’s Chambers"),
    ],
)
def test_a_department_swallows_no_person_and_a_room_is_no_owner(tmp_path, sentence: str, not_owner: str) -> None:
    from minutes_miner.nlp.pipeline import get_pipeline

    entities = [ent.text for ent in get_pipeline()(sentence).ents]
    assert not any(not_owner in ent and ent != not_owner for ent in entities), entities  # not swallowed into a longer name
    assert not any(owner.endswith("Chambers") for owner, _ in actions_in(tmp_path, "4. Item\n" + sentence + "\n", CABINET))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Mr Bowen suggested that the Ministry of Transportation be asked to review the speed limit.", []),
        ("A resident proposed that the Clerk be asked to write to the police.", []),  # a suggestion, whoever would act
    ],
)
def test_a_suggestion_that_someone_be_asked_directs_no_one(tmp_path, sentence: str, expected: list) -> None:
    assert actions_in(tmp_path, "4. Item\n" + sentence + "\n", TOWN) == expected


@pytest.mark.parametrize("lead", ["- ", "4.2 ", "Speeding: "])
def test_action_initials_after_a_bullet_a_number_or_a_heading(tmp_path, lead: str) -> None:
    actions = actions_in(tmp_path, "4. Highways\nThe signs were discussed.\n" + lead + "Action TD to find out more about the speed data.\n")
    assert ("TD", "find out more about the speed data") in actions, actions
