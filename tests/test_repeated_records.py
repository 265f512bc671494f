"""Issue 11, 'no resolution text twice for one meeting': the families behind repeated texts that
were not decisions read twice but records cut wrongly. Invented snippets in several styles.

- A letter read into the minutes and signed off, then the clerk's outcome ("Received." /
  "Referred to ..."): the outcome decides on the letter; the sign-off ("Thank you. Sincerely,
  Jane Doe Mayor") is no decision, and it repeated once per letter.
- An enacting clause ("Be it resolved by the Council of the City of X:") governs the numbered
  sections after it: one record holding them, not "...: Section 1." (the same words in every
  resolution of the meeting) plus a record per later section.
"""

from __future__ import annotations

from helpers import resolution_texts

HEAD = "Minutes of the meeting of Ashcombe City Council held on 3 March 2021\nPresent: Council Members Hale, Noor\n\n"


def decisions(body: str) -> list[str]:
    return resolution_texts(HEAD + body)


def test_us_mayor_letters_give_the_clerks_outcome_not_the_sign_off():
    letter = (
        "File No. {n}-04.\nDear Council President:\nPlease place the appointment of {who} to the Parks Board on the committee agenda.\n"
        "Thank you.\nSincerely,\nJane Doe\nMayor\nReceived.\nReferred to Committee on Appointments.\n\n"
    )
    found = decisions(letter.format(n=12, who="Ann Moore") + letter.format(n=13, who="Tom Hill"))
    assert found == ["Received. Referred to Committee on Appointments."] * 2
    assert not any("Sincerely" in text for text in found)


def test_canadian_and_uk_sign_offs_with_the_name_on_the_same_line():
    body = (
        "Correspondence\nLetter from the Friends of Mill Park asking for a bench near the pond.\nYours truly, R. Dubois, Secretary\nReceived.\nFiled.\n\n"
        "Letter from Ashcombe Cricket Club about the pavilion lease.\nKind regards\nS. Patel\nChair\nNoted.\n"
    )
    found = decisions(body)
    assert "Received. Filed." in found and "Noted." in found
    assert not any("Yours truly" in text or "regards" in text for text in found)


def test_a_motion_that_only_mentions_regards_still_closes_normally():
    body = "7. Play area\nWith regards to the swings, Cllr Hale proposed that they be repaired before Easter.\nAgreed.\n"
    found = decisions(body)
    assert any("swings" in text and "repaired before Easter" in text for text in found)
    assert "Agreed." not in found


def test_enacting_clause_reads_through_its_numbered_sections():
    body = (
        "Res. No. 1099-04.\nBy Council Member Sweeney.\nAn emergency resolution authorizing the Mayor to sign a plat.\n"
        "Whereas, the City owns the land; now, therefore,\nBe it resolved by the Council of\nthe City of Ashcombe:\n"
        "Section 1. That the Mayor be and\nis hereby authorized to sign a plat dedicating the land to public use.\n"
        "Section 2. That this resolution is declared to be an emergency measure and shall take effect immediately.\n"
        "Motion to suspend rules.\nThe rules were suspended. Adopted. Yeas 9. Nays 0.\n"
    )
    found = [text for text in decisions(body) if "Section" in text]
    assert len(found) == 1
    assert "authorized to sign a plat" in found[0] and "emergency measure" in found[0] and "suspend" not in found[0]


def test_county_board_enacting_clause_with_sec_labels():
    body = (
        "Item 14. Road resurfacing\nWhereas the County wishes to resurface Mill Road; now, therefore,\nBe it resolved by the Board of Supervisors of the County of Ashcombe:\n"
        "Sec. 1. That the Public Works Director is authorized to sign a contract with Road Co. for $84,000.\n"
        "Sec. 2. That the Clerk of the Board is directed to publish notice of the award.\nAYES: Supervisors Hale, Noor. NOES: None.\n"
    )
    found = [text for text in decisions(body) if "Sec." in text]
    assert len(found) == 1 and "Road Co" in found[0] and "publish notice" in found[0] and "AYES" not in found[0]


def test_a_resolution_that_names_a_section_is_not_extended():
    body = "9. Standing orders\nRESOLVED that the amendment to Standing Order 12 be adopted.\n\nSection 1. Membership of the Panel is unchanged.\n"
    found = decisions(body)
    assert any(text.endswith("be adopted.") for text in found)
    assert not any("Membership" in text for text in found)


def test_canadian_chain_of_therefore_be_it_resolved_is_one_resolution():
    body = (
        "R2023-88 A. Hale, B. Noor:\nWHEREAS the Province has announced a review of rural transit funding;\n"
        "THEREFORE BE IT RESOLVED THAT the Town of Ashcombe supports the provincial review of rural transit funding;\n\n"
        "AND THEREFORE, BE IT RESOLVED THAT the Town of Ashcombe asks that the review include on-demand services;\n"
        "AND FURTHER BE IT RESOLVED THAT a copy of this resolution be sent to the local MPP.\nCarried.\n"
    )
    found = decisions(body)
    assert len(found) == 1
    assert "supports the provincial review" in found[0] and "on-demand services" in found[0] and "local MPP" in found[0]


def test_us_be_it_further_resolved_joins_the_resolution_before_it():
    body = (
        "Item 6. Resolution 21-14\nNOW, THEREFORE, BE IT RESOLVED that the Village Board approves the purchase of a salt spreader for $12,400; and\n"
        "BE IT FURTHER RESOLVED that the Village Administrator is authorized to sign the purchase order.\nMotion carried 5-0.\n"
    )
    found = decisions(body)
    assert len(found) == 1 and "salt spreader" in found[0] and "sign the purchase order" in found[0]


def test_separate_motions_each_with_their_own_vote_stay_separate():
    body = (
        "R2023-90 A. Hale, B. Noor:\nBE IT RESOLVED THAT the Town of Ashcombe approves the winter maintenance plan;\nCarried.\n"
        "R2023-91 B. Noor, A. Hale:\nAND BE IT RESOLVED THAT the Town of Ashcombe appoints Ms Lee to the library board.\nCarried.\n\n"
        "R2023-92 A. Hale, B. Noor:\nBE IT RESOLVED THAT the council accepts the treasurer's report.\n"
        "BE IT RESOLVED THAT the council adjourns to closed session.\nCarried.\n"
    )
    found = decisions(body)
    assert any("winter maintenance" in t and "library board" not in t for t in found)
    assert any("library board" in t and "winter" not in t for t in found)
    assert any("treasurer's report" in t and "closed session" not in t for t in found)
