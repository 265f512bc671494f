"""Text copied from a PDF with a blank line after every line: a wrap before a capitalised word
(a name, a proper noun, "Meeting") is rejoined, while headings, list items, numbered items and
table rows stay their own blocks, and a normal document's one-line paragraphs are left alone."""

from __future__ import annotations

from pathlib import Path

from minutes_miner.readers.text import read_text, undo_double_spacing


def _double_spaced(lines: list[str]) -> str:
    """Lines of a converted PDF, a blank line after each, after enough wrapped filler to look converted."""
    filler = [f"Members discussed the condition of the footpaths in estate number {i} and asked that" for i in range(30)]
    return "\n\n".join(filler + ["repairs be made.", *lines]) + "\n"


def test_irish_wrap_before_a_capitalised_word_is_rejoined():
    text = _double_spaced(["Deputy Chief Executive, Finance Department would attend the June District", "Meeting to discuss the funding of road improvements."])
    assert "attend the June District\nMeeting to discuss" in undo_double_spacing(text)


def test_wrap_after_a_comma_in_a_list_of_officers_is_rejoined():
    text = _double_spaced(
        ["In attendance: Director of Service (Mr. S. Duclot), Meetings Administrator (Mr. M. Curran),", "Senior Executive Engineer (Ms. G. McMahon)."]
    )
    assert "(Mr. M. Curran),\nSenior Executive Engineer" in undo_double_spacing(text)


def test_us_city_council_wrap_before_a_name_is_rejoined():
    text = _double_spaced(
        ["A motion to approve the contract with Acme Paving was made by Council Member", "Rodriguez and seconded by Council Member Chen. Motion carried 5-0."]
    )
    assert "Council Member\nRodriguez and seconded" in undo_double_spacing(text)


def test_headings_and_numbered_items_stay_apart_after_an_unfinished_line():
    lines = [
        "The Clerk reported that the grant application to the Lottery fund had been submitted in time",
        "Planning Applications and Consultations From The County Council",
        "The following applications were considered by the members present at the meeting",
        "1. Planning application 23/0456 for a rear extension at Mill House, Church Lane",
        "Councillor Jones asked that the Clerk write to the Highways Authority about the verges",
        "| Item | Owner |",
        "## Finance",
        "Australian councils report the following matters for the information of Council",
        "(a) Report of the Director of Planning be received.",
        "1,856 Notices served under the Derelict Sites Act, 1990 in the years to February 2023",
        "While some properties do end up being vested in the council, many are refurbished.",
    ]
    rejoined = undo_double_spacing(_double_spaced(lines))
    for line in lines[1:]:
        assert f"\n\n{line}\n" in rejoined


def test_a_bold_heading_is_not_joined_to_its_paragraph():
    lines = ["**Request to receive Deputation from Community First Responders Group**", "On the proposal of Councillor Collins it was agreed."]
    assert "Group**\n\nOn the proposal" in undo_double_spacing(_double_spaced(lines))


def test_a_normal_document_with_one_line_paragraphs_is_left_alone():
    text = (
        "Minutes of Ashby Parish Council held on 4 March 2024\n\n"
        "Present: Cllrs Hale, Noor and Dale\n\n"
        "The Chairman welcomed members and the public to the meeting of the Council\n\n"
        "Apologies were received from Cllr Smith and accepted by the members present\n\n"
        "Minutes of the previous meeting were approved and signed as a correct record.\n"
    )
    assert undo_double_spacing(text) == text


def test_scottish_community_council_markdown_reads_the_rejoined_sentence():
    lines = ["The secretary will write to Highland Council Roads Department about the potholes on the B9006 at", "Croy and report back at the next meeting."]
    document = read_text(Path("croy_cc.md"), _double_spaced(lines).encode())
    assert "the B9006 at Croy and report back" in document.text.replace("\n", " ")


def test_a_markdown_link_line_is_not_joined_to_the_motion_after_it():
    lines = [
        "[2025-02-13 Submission - Briefing Note](<https://pub-london.escribemeetings.com/filestream.ashx?DocumentId=114383>)",
        "That the communication BE RECEIVED.",
    ]
    assert "114383>)\n\nThat the communication" in undo_double_spacing(_double_spaced(lines))


NORMAL_HEAD = "Minutes of the Cabinet held on 12 October 2023\n\nPresent: Councillors Hale (Chair), Noor and Dale\n\n"


def test_a_blank_line_inside_a_resolution_of_a_normal_document_is_rejoined():
    text = NORMAL_HEAD + "Resolved – That the minutes of the meeting held on 14 September 2021 be\n\nagreed as a correct record.\n"
    assert "2021 be\nagreed as a correct record." in undo_double_spacing(text)


def test_a_blank_line_inside_a_canadian_motion_is_rejoined():
    text = NORMAL_HEAD + "That Tree Protection Fencing shall be installed around the northeast oak tree\n\nprior to demolition of the existing building.\n"
    assert "oak tree\nprior to demolition" in undo_double_spacing(text)


def test_a_list_item_and_a_lettered_item_keep_their_blank_lines_in_a_normal_document():
    text = NORMAL_HEAD + (
        "c) any matters arising out of those items which they have an interest in\n\n"
        "and if appropriate, withdraw from the meeting.\n\n"
        "The Council noted that the following conditions would apply to the permit\n\n"
        "a) the hours of work be limited to 8am to 6pm.\n"
    )
    assert undo_double_spacing(text) == text


def test_a_page_break_inside_a_sentence_of_a_double_spaced_document_is_dropped():
    lines = [
        "Councillor Sheahan asked that this be included on the Agenda for the next JPC Sub-\n---\n3",
        "Committee Meeting. He asked that the District write to the Gardaí.",
    ]
    assert "next JPC Sub-\nCommittee Meeting." in undo_double_spacing(_double_spaced(lines))


def test_a_page_break_after_a_finished_sentence_is_kept():
    lines = ["The Meeting of the Municipal District of Adare-Rathkeale will be held in June.\n---\n4", "Councillor Keary thanked the members."]
    assert "held in June.\n---\n4\n\nCouncillor Keary" in undo_double_spacing(_double_spaced(lines))
