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
