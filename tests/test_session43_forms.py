"""Forms of web20's pages (issues 11 and 16, session 43), web20 being the set kept untouched through session 42.

Seen on real pages of bodies new to every set: a Scottish unitary council's minute headed 'At a Meeting of <Place> Council'
(no tier word in its name), a New York town board's 'A regular meeting of the <Place> Town Board', a South Dakota county's
'<PLACE> COUNTY COMMISSIONERS' heading, a Tennessee county's '<Place> County Tennessee' letterhead, a Saskatchewan RM's news
headline with its month after the name, a Philippine municipality's letterhead run into the next heading, an Illinois
village's labelled vote blocks closed by 'Action Taken: ...', and a colonial newspaper's scanned amounts ('£4O', '£IOO').
Also forms of older colonial newspapers' reports of county, borough and harbour boards (web20's and the
newspapers of earlier sets): motions closed by a dash and 'Carried', letters with their outcome after a dash, 'Resolved,—That',
'was approved of', a rate 'in the £1'; Ghanaian assemblies' write-ups over the agenda they followed; a Scottish community
council's 'We agreed ...'; a North Dakota airport authority's 'PROCEEDINGS OF THE ...'; a Victorian progress group; a Welsh
community council's glued bilingual letterhead. Invented bodies, people and places, the same forms; read with the rules alone."""

from __future__ import annotations

import pytest

from minutes_miner.meeting_council import authority_before_board, bare_place_council
from minutes_miner.extract.money import Currencies
from tests.helpers import analysed_page, resolution_texts, statistics_found


@pytest.fixture(autouse=True)
def rules_only(monkeypatch):
    monkeypatch.setenv("MINUTES_MINER_LAYER", "rules")


PRESENT = "\nPresent: Cllr A Hale, Cllr B Ross and Cllr C Kerr.\n\nThe minutes of the previous meeting were approved.\n"


@pytest.mark.parametrize(
    "opening, council, body",
    [
        (  # a unitary authority named by its place alone, over the title sentence of its meeting
            "Agenda Item 2(a) Kelburn Council 9 September 2009\n\nLARGS, 9 September 2009 - At a Meeting of Kelburn Council at 2.00 p.m.\n",
            "Kelburn Council",
            "Council",
        ),
        ("Agenda Item 3\nMORVERN COUNCIL MINUTES 4 MARCH 2025\n", "Morvern Council", "Council"),  # a minutes title on the second line
        (  # a US town's board named after the town: the town, and its board
            "ELMHURST TOWN BOARD MINUTES\nJuly 13, 1976\nA regular meeting of the Elmhurst Town Board was held on Tuesday, July 13, 1976 at "
            "the town board meeting room.\n",
            "Town of Elmhurst",
            "Town Board",
        ),
        (  # a county's commissioners heading its minutes: the county, and its board
            "ELMWOOD COUNTY COMMISSIONERS\n\nSPECIAL MEETING MINUTES\n\nOCTOBER 8TH, 2019 7:30 A.M.\n\nA special meeting was called to order "
            "by Chairman Frost.\n",
            "Elmwood County",
            "Board of Commissioners",
        ),
        (  # the state after the county on its letterhead, no comma between
            "Minutes from 2020 Cedar County Commissioners Meetings\n\nCedar County Tennessee\nBoard of Commissioners\nLegislative Minutes\n\n"
            "August 6, 2020\n\nCall to Order - The meeting was called to order at 5:30 p.m.\n",
            "Cedar County",
            "Board of Commissioners",
        ),
        (  # the kind of the board that met is no word of the village's name
            "Village of Elmwood Village Board met July 24, 2018.\nHere is the minutes provided by the Board:\n1. Meeting called to order\n",
            "Village of Elmwood",
            "Village Board",
        ),
    ],
)
def test_an_authority_named_with_its_board_or_alone(tmp_path, opening: str, council: str, body: str) -> None:
    page = analysed_page(tmp_path, opening + PRESENT)
    assert (page.council, page.body) == (council, body)


@pytest.mark.parametrize(
    "opening, council",
    [
        (  # a news headline's month after the RM's name
            "RM of Elmdale October - Long day, slow connection, resignation\n\nCouncillors actively contributed to every discussion before "
            "coming to a decision.\n",
            "Rural Municipality of Elmdale",
        ),
        (  # the letterhead run into the next heading, in capitals
            "Republic of the Philippines Province of Aklan Municipality of Elmar OFFICE OF THE SANGGUNIANG BAYAN EXCERPT FROM THE MINUTES "
            "OF THE 12TH REGULAR SESSION HELD ON SEPTEMBER 26, 2013\n",
            "Municipality of Elmar",
        ),
    ],
)
def test_a_word_after_the_place_that_is_no_part_of_its_name(tmp_path, opening: str, council: str) -> None:
    assert analysed_page(tmp_path, opening + PRESENT).council == council


@pytest.mark.parametrize(
    "heading",
    [
        "Youth Council Minutes 5 May 2020",
        "Parochial Church Council of St Mary\nMinutes 5 May 2020",
        "Minutes of the meeting of the Finance Committee held at Elsworth Council offices on 4 March 2025",
        "Elm Valley Fish and Game Council\nMinutes 5 May 2020",
        "Dear Council members,",
        "Minutes of the Planning Committee held in Elsworth Council Chambers on 4 March 2025",
        "Minutes of the Finance Committee held at Elm Valley Council on 4 March 2025",
        "Knights of Columbus Council 4521 Minutes",
        "Parent Council Minutes 4 March 2025",
        "Matters arising from the previous meeting\nThe Finance Committee of Argmore Council met on 2 December",
    ],
)
def test_a_kind_of_council_a_venue_or_part_of_a_longer_name_is_no_unitary_council(heading: str) -> None:
    assert bare_place_council(heading + "\nPresent: Cllr A Hale, Cllr B Ross\n") is None


def test_a_unitary_councils_name_must_be_borne_out_by_the_page() -> None:
    assert bare_place_council("Minutes of Kelburn Council\nPresent: Ann Hale (chair), Bo Ross\n") is None  # named once, no councillor
    assert bare_place_council("Minutes of Kelburn Council\nPresent: Cllr Ann Hale, Cllr Bo Ross\n") == "Kelburn Council"


@pytest.mark.parametrize(
    "body, expected",
    [
        ("Southwick Town Board", ("Town of Southwick", "Town Board")),
        ("Ramsay County Board", ("Ramsay County", "County Board")),
        ("Town Board", None),
        ("The Town Board", None),
        ("Regular Town Board", None),
        ("Workshop Town Board", None),  # the kind of meeting, no town
        ("Elm town Board", None),
    ],
)
def test_a_town_or_county_board_named_after_its_place(body: str, expected) -> None:
    assert authority_before_board(body) == expected


VOTE_BLOCKS = (
    "Village of Elmwood Village Board met July 24, 2018.\n"
    "4. Motion To Nominate Dana Hale as Interim Mayor To Chair Meeting\nMoved:Ann Ross\nSeconded:Bo Kerr\n"
    "Ayes:Ann Ross, Bo Kerr, Cy Lane\nNays:None\nAbstained: None\nAction Taken: Motion Carried as stated above.\n"
    "5. Approval of Minutes - May 1, 2018 Special Meeting\nMoved:Cy Lane\nSeconded:Ann Ross\nAyes:Ann Ross, Bo Kerr, Cy Lane\n"
    "Nays:None\nAbstained: Bo Kerr\nAction Taken: Minutes approved with no additions or corrections\n"
    "6. Department Reports\nA) Streets - Trustee Ross reported the water main project was underway.\n"
)


def test_a_labelled_vote_block_closed_by_its_action_taken_is_the_headings_decision() -> None:
    found = resolution_texts(VOTE_BLOCKS, "elmwood.txt")
    nominate = [text for text in found if text.startswith("Motion To Nominate Dana Hale as Interim Mayor")]
    minutes = [text for text in found if text.startswith("Approval of Minutes - May 1, 2018 Special Meeting")]
    assert len(nominate) == 1 and nominate[0].endswith("Motion Carried as stated above.")
    assert len(minutes) == 1 and "Minutes approved with no additions or corrections" in minutes[0]
    assert not any("Department Reports" in text for text in found)


@pytest.mark.parametrize(
    "text",
    [
        "4. Approval of Bills\nAyes:Ann Ross, Bo Kerr\nNays:None\nAction Taken: Motion Carried.\n",  # no mover, no seconder
        "Trustee Ross said the bids were high.\nMoved: A Hale\nSeconded: B Ross\nAction Taken: Motion carried\n",  # a sentence above
        "5. Bills\nThe board reviewed the monthly bills.\nACTION TAKEN: Motion approved\n",  # no block at all
    ],
)
def test_a_noun_led_outcome_closes_only_a_labelled_vote_block_under_a_heading(text: str) -> None:
    found = resolution_texts(text, "elmwood.txt")
    assert not any(record.endswith(("Motion", "Action Taken:")) or "bids were high" in record for record in found), found
    assert not any(record.startswith("Approval of Bills") for record in found)


def test_a_wrapped_motion_above_a_vote_block_is_no_heading() -> None:
    text = "7. Purchase of a mower\nThat the Council purchase a new\nride-on mower for the depot.\nMoved: Cr Hale\nSeconded: Cr Ross\nCarried\n"
    found = resolution_texts(text, "elmwood.txt")
    assert not any(record.startswith("ride-on mower") for record in found)
    assert any(record.startswith("That the Council purchase a new ride-on mower") for record in found)


def test_a_scanned_newspapers_figures_misread_as_letters_are_still_the_sum() -> None:
    text = (
        "The chairman said the bridges had cost £6OO. Cr Hale moved that Mr Ross be asked to contribute £6o.—Carried. Mr Bell "
        "would contribute £4O towards the bridges. The Association wrote forwarding £IOO for investment. They had asked for £SO.\n"
    )
    found = statistics_found(text)
    for value in (600, 60, 40, 100, 50):
        assert (value, "GBP") in found, (value, found)
    assert (6, "GBP") not in found and (4, "GBP") not in found


def test_a_sign_before_a_word_is_no_scanned_sum() -> None:
    found = statistics_found("The clerk paid £40 for the kit, £SOS for nothing and $Solo for Oil; then £6OO,000 and £4O.50.\n")
    assert (40, "GBP") in found and (600000, "GBP") in found and (40.5, "GBP") in found
    assert not [value for value, unit in found if value in (5, 50, 500)]


COUNTY_COUNCILS = (
    "COUNTY COUNCILS.\n\nELMDALE. The monthly meeting of the Elmdale County Council was held, when there were present: Crs. A. B. "
    "Hale (chairman), C. Ross and D. Kerr. The engineer reported on work done during the month. Or. J. O. Kerr moved that it be "
    "left to the chairman and engineer to have the road line altered on the Valley road. —Carried. The clerk said he hoped to "
    "have the balance-sheet ready. Cr. 1. O. Ross moved that Mr Bell be asked to contribute £60.—Carried. Or. Ross moved the clerk "
    "be authorised to issue licenses to motorists on behalf of the Council.—Carried.\n"
)


def test_a_newspapers_motion_closed_by_a_dash_and_carried_whoever_the_scanner_made_of_its_mover():
    found = resolution_texts(COUNTY_COUNCILS, "elmdale.txt")
    assert any(text.startswith("that it be left to the chairman and engineer to have the road line altered") for text in found)
    assert any(text.startswith("that Mr Bell be asked to contribute £60.") for text in found)
    assert any("issue licenses to motorists on behalf of the Council" in text for text in found)
    assert not any("balance-sheet" in text for text in found)


def test_a_motion_not_carried_by_a_dash_is_not_read_without_its_mover():
    text = "COUNTY COUNCILS.\n\nThe monthly meeting was held. Or. J. O. Kerr moved that the road be altered. The chairman said it was late.\n"
    assert not any("road be altered" in found for found in resolution_texts(text, "elmdale.txt"))


CORRESPONDENCE = (
    "HARBOUR BOARD.\nThe Board met yesterday. CORRESPONDENCE. The following correspondence was read and dealt with:—From the Town "
    "Clerk, asking permission for the Borough Council to lay a drain through the western quay. —Permission granted. From Mr J. Hale, "
    "asking to be allowed to moor a yacht under the breakwater. —Referred to the engineer to report upon. The chairman said the "
    "weather had been severe.—Received with thanks.\n"
)


def test_a_letter_is_read_only_where_no_other_sentence_or_outcome_comes_between():
    from minutes_miner.extract.correspondence import letter_before_outcome

    text = "From Mr Bell, asking for a drain. The chairman said the weather had been severe.—Received with thanks."
    assert letter_before_outcome(text, text.index("Received")) is None
    text = "From 1 April the hall fees will rise by 3%.—Noted."
    assert letter_before_outcome(text, text.index("Noted")) is None  # a date, no letter
    text = "From Mr J. Hale, asking to be allowed to moor a yacht.—Referred to the engineer."
    assert letter_before_outcome(text, text.index("Referred")) == 0


def test_a_letter_and_its_outcome_after_a_dash_are_one_decision():
    found = resolution_texts(CORRESPONDENCE, "harbour.txt")
    assert any(text.startswith("From the Town Clerk, asking permission") and text.endswith("—Permission granted.") for text in found)
    assert any(text.startswith("From Mr J. Hale, asking to be allowed") and text.endswith("Referred to the engineer to report upon.") for text in found)
    assert not any("weather had been severe" in text for text in found)  # no letter before that outcome


def test_an_old_newspapers_dash_after_a_stop_and_a_space_parts_its_sentences():
    text = (
        "HARBOUR BOARD.\nThe usual meeting of the Board was held yesterday. Present: Captain Hale (in the chair), Messrs. Ross and "
        "Kerr.—The minutes of the last meeting were read, and confirmed. —The letters written since the last meeting by the "
        "Chairman were then read.\n"
    )
    found = resolution_texts(text, "harbour.txt")
    assert "The minutes of the last meeting were read, and confirmed." in found


def test_a_meeting_minuted_in_the_first_person_plural_decides_so():
    text = (
        "ELMVALE COMMUNITY COUNCIL\nMinutes of the meeting held on 4 March 2025\n\n5. Speeding\nWe agreed to wait and see if these measures had any effect.\n"
    )
    assert "We agreed to wait and see if these measures had any effect." in resolution_texts(text, "elmvale.txt")


def test_a_sum_in_the_pound_of_a_million_or_a_limit_is_still_a_sum():
    for text, value in [
        ("Work on the £1 million scheme starts in May.\n", 1000000),
        ("Savings in the £1bn budget were found.\n", 1000000000),
        ("Within the £1 grant limit.\n", 1),
    ]:
        assert (value, "GBP") in statistics_found(text), text


def test_a_rate_struck_in_the_pound_is_no_sum():
    text = "The formal striking of a rate of a halfpenny in the £1 on property within the borough, and a farthing in the £1 in the county, was agreed to.\n"
    assert not [value for value, unit in statistics_found(text) if unit == "GBP"]
    assert (5000, "GBP") in statistics_found("The sum was spent in the £5,000 budget.\n")
    assert (15000000, "CAD") in statistics_found("Cyclists should be on the $15 million bridge.\n", Currencies(home="CAD", dollar="CAD"))


@pytest.mark.parametrize(
    "opening, council, body",
    [
        (  # a US airport authority's proceedings, its board after it
            "PROCEEDINGS OF THE ELMFORD REGIONAL AIRPORT AUTHORITY BOARD OF COMMISSIONERS MEETING. January 23, 2014\n\nThe Board met in "
            "regular session on Thursday, January 23, 2014.\n",
            "Elmford Regional Airport Authority",
            "Board of Commissioners",
        ),
        (  # a community group's meeting as a whole: its own name is the council's
            "Public Meeting 19/06/13: Minutes\n\nElmcote Progress Group Meeting\n\n19th June 2013\n\nApologies: Ann Hale, Bo Ross\n",
            "Elmcote Progress Group",
            "Elmcote Progress Group",
        ),
        (  # a Welsh community council's bilingual letterhead run together
            "Cyngor CymunedLlanelmCommunity Council\n\nMinutes of the meeting held on Monday 24 February 2014, in the Memorial Hall.\n",
            "Llanelm Community Council",
            "Llanelm Community Council",
        ),
    ],
)
def test_an_authority_a_group_or_a_glued_letterhead_named_in_the_heading(tmp_path, opening: str, council: str, body: str) -> None:
    page = analysed_page(tmp_path, opening + PRESENT)
    assert (page.council, page.body) == (council, body)


def test_an_old_newspapers_approved_of_closes_its_decision():
    text = (
        "ELMVALE BOROUGH COUNCIL.\nA meeting of the Council was held. On the motion of Cr Hale the action of the Mayor in "
        "telegraphing to Mr Ross was approved of. The Clerk read the correspondence.\n"
    )
    assert "On the motion of Cr Hale the action of the Mayor in telegraphing to Mr Ross was approved of." in resolution_texts(text, "elmvale.txt")


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "General Assembly meeting 1st Ordinary Meeting of the 4th session Date: 28th April, 2023\n\nThe meeting was held on Thursday "
            "27th April, 2023 at the Municipal Assembly Hall at 10am prompt.\n\nBelow are listed the agenda for the meeting:\n\n1. Opening "
            "prayer\n\n2. Reading of previous minutes\n\n3. Adjournment\n",
            "other",
        ),
        (
            "On 17th September, 2021 the Finance Sub-committee held a meeting at the Assembly's Conference Room. The Budget Analyst took "
            "the committee through the following agenda:\n\n1. Financial performance\n2. Any other business\n",
            "other",
        ),
        (  # an agenda that names the meeting before it is still an agenda
            "Elm Assembly\nAgenda for the meeting to be held on 4 May 2023\n\nThe previous meeting was held on 3 March.\n\n1. Opening prayer\n2. Adjournment\n",
            "agenda",
        ),
    ],
)
def test_a_write_up_of_a_meeting_held_is_no_agenda(text: str, expected: str) -> None:
    from minutes_miner.doc_type import classify_document

    assert classify_document(text) == expected


BOROUGH_REPORT = (
    "ELMVALE BOROUGH COUNCIL.\nThe ordinary meeting of the Elmvale Borough Council was held last evening, when there were present:—The "
    "Mayor (Mr Hale), Crs Ross, Kerr, Bell and Lane.\nResolved,—That the Clerk write to the Government asking for a subsidy.\n"
    "Moved by Cr Ross, seconded by Cr Kerr,—That the footpaths in Main street be gravelled.—Carried. Cr Bell moved, and Cr Lane "
    "seconded, that the tender of Mr Smith for £45 be accepted. Carried.\nThe Council then went into committee.\n"
)


def test_an_old_newspapers_dashed_wording_and_its_two_motions_in_one_paragraph():
    found = resolution_texts(BOROUGH_REPORT, "elmvale.txt")
    assert "That the Clerk write to the Government asking for a subsidy." in found
    assert "That the footpaths in Main street be gravelled." in found  # its own motion, not run on into the next
    assert any(text.startswith("that the tender of Mr Smith for £45 be accepted") for text in found)
    assert not any("gravelled" in text and "tender" in text for text in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ms Bell addressed the meeting about the hedge. We agreed to the extension in 2019 and we regret it, she said.",
        "Mr Ross spoke for the bus company. We agreed to withdraw the 42 service, they said.",
    ],
)
def test_someone_elses_we_is_no_decision_of_the_meeting(sentence: str) -> None:
    text = "ELMVALE COMMUNITY COUNCIL\nMinutes of the meeting held on 4 March 2025\n\n5. Hedges\n" + sentence + "\n"
    assert not any(record.startswith("We agreed") for record in resolution_texts(text, "elmvale.txt"))


def test_a_newspapers_moved_that_runs_no_further_than_its_own_sentence():
    text = (
        "COUNTY COUNCILS.\n\nThe engineer reported that the gravel had been moved to Main street. Cr Hale said the work was good "
        "and that the men deserved a bonus of £5.—Carried.\n"
    )
    assert not any(record.startswith("to Main street") for record in resolution_texts(text, "elmdale.txt"))


@pytest.mark.parametrize("name", ["City of Cape May", "Town of Cape May Point"])
def test_a_months_name_inside_a_place_stays(tmp_path, name: str) -> None:
    assert analysed_page(tmp_path, name.upper() + "\nCITY COUNCIL MINUTES\nMarch 4, 2025\n" + PRESENT).council == name
