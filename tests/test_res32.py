"""Resolution families of session res32, with sentences quoted from the real development documents in other formats.

Minutes converted to Markdown with every line double-spaced put a blank line inside a sentence. A long line that stops
mid-sentence carries on over the blank even when the next line opens on a proper name of a few words ('... invite a
member of Transport' / blank / 'Infrastructure Ireland to our District ...'); a heading after the blank still ends it."""

from __future__ import annotations

from helpers import resolution_texts

from minutes_miner.extract.blocks import sentence_end

HEAD = "Minutes of the Monthly Meeting of the Municipal District held on 16 May 2023\nPresent: Councillor Teskey, Councillor Collins\n\n"

# quoted from limerick_md_adare_rathkeale_minutes_2023-05-16.md (extra formats), its line layout kept
NOTICE_OF_MOTION = (
    "15.\n\n"
    "Notice of Motion submitted by Councillor A. Teskey\n\n"
    "I will move at the next Meeting that this District invite a member of Transport\n\n"
    "Infrastructure Ireland to our District to view and inspect the absolute appalling state of\n\n"
    "our national roads.\n\n"
    "The Notice of Motion was proposed by Councillor Teskey, seconded by Councillor O’Donoghue and agreed.\n"
)


def test_motion_wording_runs_over_a_blank_line_before_a_proper_name():
    found = resolution_texts(HEAD + NOTICE_OF_MOTION, "adare.md")
    motion = [text for text in found if "invite a member of Transport" in text]
    assert motion and "our national roads" in motion[0]


def test_sentence_runs_on_over_a_blank_line_into_a_name_then_running_words():
    text = "I will move at the next Meeting that this District invite a member of Transport\n\nInfrastructure Ireland to our District to view."
    assert text[: sentence_end(text, 0, len(text))].endswith("to view.")


def test_heading_after_the_blank_line_still_ends_the_sentence():
    text = "The clerk reported that the grass cutting contract had been renewed with the contractor\n\nPlanning Applications\n\nNone received."
    assert text[: sentence_end(text, 0, len(text))].endswith("with the contractor")
    short = "The Council agreed to contact\n\nTransport Infrastructure Ireland to our District."
    assert short[: sentence_end(short, 0, len(short))] == "The Council agreed to contact"  # a short line is no page-wrapped one


# quoted from nipissing_township_council_minutes_July-11-2023.pdf (extra formats): numbered motions, each closed by 'Carried.'
NUMBERED_MOTIONS = (
    "R2023-151 D. Yemm, T. Butler\n"
    "That we pass By-Law Number 2023-35, being a By-Law to deem part of Registered Plan 42M592 in\n"
    "the Township of Nipissing not to be a part of a Registered Plan of Subdivision for the purposes of\n"
    "Section 50(4) of the Planning Act.\n"
    "Read a first, second and third time and passed this 11th day of July, 2023. Carried.\n"
    "R2023-152 T. Butler, S. Kirkey:\n"
    "That we accept the correspondence as presented. Carried.\n"
    "R2023-155 S. Foote, S. Kirkey:\n"
    "That we resume to an open public meeting. Time: 7:45 p.m. Carried.\n"
    "R2023-156 T. Butler, D. Yemm:\n"
    "That we pass By-Law No. 2023-36, being a by-law to confirm the proceedings of Council at its\n"
    "meeting held on July 11, 2023.\n"
    "Read a first, second and third time and passed this 11th day of July, 2023. Carried.\n"
    "R2023-157 D. Yemm, S. Kirkey:\n"
    "That the meeting be adjourned. Time: 7:47 p.m. Next regular meeting to be held August 15, 2023.\n"
    "Carried.\n"
)


def test_that_motion_reads_through_a_time_stamp_to_its_carried():
    found = resolution_texts(HEAD + NUMBERED_MOTIONS, "nipissing.txt")
    adjourned = [text for text in found if "meeting be adjourned" in text]
    assert adjourned and adjourned[0].endswith("August 15, 2023. Carried.")
    assert any(text.endswith("open public meeting. Time: 7:45 p.m. Carried.") for text in found)


def test_two_bylaw_motions_read_alike_are_both_kept():
    found = resolution_texts(HEAD + NUMBERED_MOTIONS, "nipissing.txt")
    assert any("By-Law Number 2023-35" in text for text in found)
    assert any("By-Law No. 2023-36" in text for text in found)


def test_carried_after_another_motion_is_not_read_on():
    body = "That the report be received.\nMoved by Cllr Ames that the item be deferred. Carried.\n"
    found = resolution_texts(HEAD + body, "moved.txt")
    assert not any("report be received" in text and "deferred" in text for text in found)
