"""Titles before a name come from one list (models/gazetteers/person_titles.txt): a mover, a seconder
or a speaker written with any of them is read the same way, whichever finder reads it."""

from helpers import extracted_text, the_resolution

from minutes_miner.resources import gazetteer_lines
from minutes_miner.vocabulary import person_titles


def test_the_titles_are_the_gazetteer_s():
    assert person_titles().split("|") == list(gazetteer_lines("person_titles.txt"))
    assert {"Cllr", "Cr", "Mx", "Miss"} <= set(gazetteer_lines("person_titles.txt"))


def test_an_australian_mover_and_seconder_are_read_with_their_title(tmp_path):
    text = (
        "Yarrabool Shire Council\nOrdinary Meeting of Council\nMinutes of 12 March 2025\n\n"
        "7.1 Footpath renewal program\n"
        "Cr Ellery moved and Cr Mahoney seconded that Council adopt the footpath renewal program for 2025/26.\n"
        "CARRIED\n"
    )
    found = the_resolution(extracted_text(tmp_path, "yarrabool_sc.txt", text), "footpath renewal program")
    assert (found.mover, found.seconder) == ("Cr Ellery", "Cr Mahoney")


def test_a_mover_titled_mx_is_read_like_one_titled_mrs(tmp_path):
    text = (
        "Wendlebury Town Council\nFull Council\nMinutes of the meeting held on 3 June 2025\n\n"
        "41/25 Allotment rents\n"
        "It was moved by Mx Dale, seconded by Mrs Okafor, that allotment rents be held at the current level.\n"
        "RESOLVED that allotment rents be held at the current level.\n"
    )
    found = the_resolution(extracted_text(tmp_path, "wendlebury_tc.txt", text), "allotment rents be held")
    assert found.mover == "Mx Dale"
    assert found.seconder == "Mrs Okafor"
