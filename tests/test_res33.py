"""Decisions the res33 rules read, with near misses they must leave alone (real sentences from the invented set).

Schedules whose rows are named by applicant or scheme, not by a reference (extract/decision_rows.py _named_rows):
each row under a header row naming the decision column, ending in an outcome word, is one decision.
"""

from __future__ import annotations

from minutes_miner.extract.decision_rows import find_decision_rows

# westerfold_ca_1.txt, as the reader leaves it (column gaps squashed)
LOAN_SCHEDULE = (
    "Decisions were taken as follows:\n\n"
    "Scheme Units Loan Decision\n"
    "Canal Basin, Millby 148 £9.8m Approved\n"
    "Old Gasworks, Northcote 96 £6.1m Approved\n"
    "Ferry Road, Kestonford 60 £4.4m Deferred – viability review\n"
)

# nqabarha_lm_za_1.txt
HALL_SCHEDULE = (
    "ITEM 5.5 APPLICATIONS FOR USE OF COMMUNITY HALLS - FEE EXEMPTION\n\n"
    "Applicant Hall Outcome\n"
    "Masakhane Burial Society Centane Hall Approved (50% of fee)\n"
    "Nqabarha Youth Choir Ngqamakhwe Hall Approved (full exemption)\n"
    "Khwezi Tavern Owners' Association Centane Hall Not approved\n"
)


def _texts(text: str, above: str = "") -> list[str]:
    return [row.text for row in find_decision_rows(text, [], above)]


def test_named_rows_under_a_decision_header_are_decisions() -> None:
    assert _texts(LOAN_SCHEDULE) == [
        "Canal Basin, Millby 148 £9.8m Approved",
        "Old Gasworks, Northcote 96 £6.1m Approved",
        "Ferry Road, Kestonford 60 £4.4m Deferred – viability review",
    ]


def test_a_row_not_approved_is_a_decision() -> None:
    assert _texts(HALL_SCHEDULE)[-1] == "Khwezi Tavern Owners' Association Centane Hall Not approved"
    assert len(_texts(HALL_SCHEDULE)) == 3


def test_rows_without_a_header_row_give_nothing() -> None:
    # the same rows under a sentence, not under a header naming the decision column
    assert _texts("Members considered the schemes below.\nCanal Basin, Millby 148 £9.8m Approved\n") == []


def test_a_sentence_ending_in_response_is_no_header_row() -> None:
    text = "Members agreed the wording of the response\nThe Village Hall roof repair scheme Approved\n"
    assert _texts(text) == []


def test_rows_after_a_blank_line_are_not_the_tables() -> None:
    text = "Scheme Units Loan Decision\nCanal Basin, Millby 148 £9.8m Approved\n\nThe Clerk reported on the Old Mill scheme Approved\n"
    assert _texts(text) == ["Canal Basin, Millby 148 £9.8m Approved"]


def test_a_table_of_decisions_made_elsewhere_gives_nothing() -> None:
    text = "Grant decisions notified by the County Council\nApplicant Hall Outcome\nNqabarha Youth Choir Ngqamakhwe Hall Approved (full exemption)\n"
    assert _texts(text) == []


# The certificate at the foot of the minutes is no decision (resolutions.signs_off_these_minutes)
from minutes_miner.extract.resolutions import signs_off_these_minutes  # noqa: E402


def _signs_off(text: str, record: str) -> bool:
    start = text.index(record)
    return signs_off_these_minutes(text, start, start + len(record))


def test_these_minutes_confirmed_at_a_blank_meeting_is_a_certificate() -> None:
    # merrindup_shire_wa_1.txt
    text = "7.  CLOSURE - The Presiding Member closed the meeting at 4.26pm.\n\nThese minutes were confirmed at the meeting held ______________________\nPresiding Member ______________________\n"
    assert _signs_off(text, "These minutes were confirmed at the meeting held ______________________\nPresiding Member ______________________")


def test_confirmed_as_a_true_record_above_the_signature_lines_is_a_certificate() -> None:
    # waitapu_rc_1.txt, ruakiri_dc_1.txt
    text = "The meeting closed at 11.48am with a karakia.\n\nConfirmed as a true and correct record\n\n\n______________________ Chair          ______________ Date\n"
    assert _signs_off(text, "Confirmed as a true and correct record")
    text = (
        "The minutes of this meeting were confirmed at the Infrastructure and Services Committee\nmeeting held on 23 September 2026.\n"
        "                                                            ...................\n"
    )
    assert _signs_off(text, text.split("\n   ")[0].rstrip())


def test_the_previous_minutes_approved_above_a_signature_are_kept() -> None:
    text = "RESOLVED that the minutes of the meeting held on 4 June 2025 be approved as a correct record.\n\nSigned ........................ Chairman\n"
    assert not _signs_off(text, "that the minutes of the meeting held on 4 June 2025 be approved as a correct record.")


def test_a_certificate_wording_with_no_signature_blank_is_kept() -> None:
    text = "Confirmed as a true and correct record.\n\n5. Planning\nThe Committee considered the applications below.\n"
    assert not _signs_off(text, "Confirmed as a true and correct record.")


# The model's veto reads a block's subject wrapped above its verb (model_veto.refused_decision)
from minutes_miner.extract.model_veto import _veto, refused_decision  # noqa: E402


def _refused(text: str, first: str, last: str) -> bool:
    return refused_decision(None, text, text.index(first), text.index(last) + len(last))


def test_an_officers_undertaking_wrapped_over_two_lines_is_refused() -> None:
    # merrindup_shire_wa_1.txt
    text = "5.  GENERAL BUSINESS\n    Mr Lindqvist suggested an annual fraud awareness session for staff. The CEO\n    agreed to include this in the 2026 training calendar.\n"
    assert _refused(text, "The CEO", "calendar.")


def test_the_bodys_decision_wrapped_over_two_lines_passes() -> None:
    text = "5. GRANTS\n    The Committee\n    agreed to award £500 to the youth club.\n"
    assert not _refused(text, "The Committee", "club.")


# A wrapped line opening in lower case is no label line (blocks.STOP_LINE_RE)
from minutes_miner.extract.blocks import is_stop_line, sentence_end  # noqa: E402


def test_a_motion_wrapped_before_minutes_reads_to_its_full_stop() -> None:
    # greystone_falls_city_1.txt
    text = (
        "MINUTES: Commissioner Kowalski moved, seconded by Commissioner Brandvold, to approve the\n"
        "minutes of the July 21, 2026 regular meeting. Motion carried 5-0.\n"
    )
    start = text.index("to approve")
    assert text[start : sentence_end(text, start, len(text))] == "to approve the\nminutes of the July 21, 2026 regular meeting."


def test_label_lines_still_stop_a_decision() -> None:
    assert is_stop_line("Minutes:")
    assert is_stop_line("Reasons for decision: to keep Members informed.")
    assert not is_stop_line("minutes of the July 21, 2026 regular meeting.")


# A bare noting that closes one sentence of an item's figures on its line is the decision alone
# (resolutions._closes_a_sentence_of_figures); a letter's line keeps its matter
from helpers import resolution_texts  # noqa: E402

CREMATORIUM = (
    "Minutes of the meeting of the Harnby and Westlow Joint Crematorium Committee held on 3 October 2025\n\nPresent: Cllr A Hale (Chair), Cllr B Noor\n\n"
)


def test_a_sentence_of_figures_noted_gives_the_noting_alone() -> None:
    # harnby_westlow_crem_1.txt
    texts = resolution_texts(
        CREMATORIUM + "7 Revenue monitoring – Q1\nSurplus of £148,000 forecast, to be shared 60/40 between the constituent councils. Noted.\n\n"
    )
    assert "Noted." in texts
    assert not any("148,000" in text for text in texts)


def test_an_items_reference_is_no_figure_and_a_letter_keeps_its_matter() -> None:
    # thrupston_pc_1.txt, knockgarvan_coco_1.txt
    texts = resolution_texts(CREMATORIUM + "25/009 Correspondence – CPRE newsletter; NALC consultation on councillor allowances. Received.\n\n")
    assert any("CPRE newsletter" in text for text in texts), texts
    texts = resolution_texts(CREMATORIUM + "08.01.26  CORRESPONDENCE\nReply from Transport Infrastructure Ireland re N63 safety scheme. Noted.\n\n")
    assert any("N63 safety scheme" in text for text in texts), texts


def test_an_officers_task_line_is_refused_and_the_bodys_passes() -> None:
    # pentreglas_cc_1.txt ('SAT to replace, up to £95.'), glenarrish_1.txt ('CC to buy ...', the community council)
    assert _refused("Bus shelter glass broken. SAT to replace, up to £95.\n", "SAT to", "£95.")
    lead = _veto()["individual_lead"]
    assert lead.search("SAT to replace, up to £95.")
    assert not lead.search("CC to buy 2 snow shovels per volunteer (approx £20 each) from the resilience fund.")


# A consultee's response on a planning application's line: a Welsh authority's reference with a short serial,
# a body in lower case or a community council's initials (resolution_markers.jsonl planning-response)
COMMUNITY_COUNCIL = "Minutes of the meeting of Llanfeiriog Community Council held on 3 March 2026\n\nPresent: Cllr A Pritchard (Chair), Cllr B Wyn Jones\n\n"


def test_the_council_objects_on_an_applications_line() -> None:
    # llanfeiriog_cc_1.html
    body = "4. Planning\nFPL/2026/35 - Caeau Uchaf - 12 static caravans. The council objects: the lane is unsuitable and the site is within the AONB.\n\n"
    assert any("The council objects: the lane is unsuitable" in text for text in resolution_texts(COMMUNITY_COUNCIL + body))


def test_a_minute_number_with_a_short_serial_is_no_application() -> None:
    body = "5. Correspondence\n2026/22 Letter from a resident: the council objects were discussed at length.\n\n"
    assert not any("objects were discussed" in text for text in resolution_texts(COMMUNITY_COUNCIL + body))


# An agreement that names the sum it grants is the decision, whatever request stood before it (resolutions._read_closing)


def test_agreed_with_its_sum_after_a_request_is_the_decision() -> None:
    # cwmtyrwen_cc_1.txt, ballavarry_iom_1.txt
    texts = resolution_texts(COMMUNITY_COUNCIL + "005/26 Grants\nYsgol Gynradd Cwmtyrwen PTA requested £500 for the Eisteddfod. Agreed £400.\n\n")
    assert "Agreed £400." in texts
    assert not any("requested £500" in text for text in texts)


def test_a_bare_agreed_still_reads_the_proposal_before_it() -> None:
    texts = resolution_texts(COMMUNITY_COUNCIL + "6. Bins\nCllr Ray proposed a grant of £100 to the youth club, seconded Cllr Lee. Agreed.\n\n")
    assert any("grant of £100" in text for text in texts), texts


# An outcome under the next item's numbered heading in capitals is that item's decision, not the motion above said again
# (motions.restates_motion_outcome)
from minutes_miner.extract.motions import restates_motion_outcome  # noqa: E402


def test_noted_under_the_next_items_heading_is_its_own_decision() -> None:
    # ditlhare_dm_za_1.txt
    text = (
        "That the Municipal Manager be mandated to apply to National Treasury.\n"
        "SC 15/2026 RESIGNATION OF CLLR L. MOKGOSI FROM THE AUDIT AND PERFORMANCE COMMITTEE\n"
        "Noted. The Speaker will table a nomination at the next sitting.\n"
    )
    end = text.index("\n")
    assert not restates_motion_outcome(text, end, "marker", text.index("Noted."), "Noted.")


def test_an_outcome_line_in_capitals_still_restates_the_motion() -> None:
    text = "Motion by Dunn, second by Hale to adopt Resolution 24-09.\nMOTION CARRIED\nResolution adopted.\n"
    end = text.index("\n")
    assert restates_motion_outcome(text, end, "motion", text.index("Resolution adopted"), "Resolution adopted.")


# A wrapped line opening with a lower-case 'item' carries on the sentence above; it heads no agenda item
# (agenda_items.json item-word)
from minutes_miner.readers.base import Document  # noqa: E402
from minutes_miner.structure import find_agenda_items  # noqa: E402


def _item_titles(text: str) -> list[str | None]:
    return [item.title for item in find_agenda_items(Document(path="x.txt", format="txt", text=text))]


def test_a_wrapped_lower_case_item_heads_no_item() -> None:
    # pinebrook_township_mi_1.txt
    text = (
        "Approval of Agenda: Motion Benoit, support Fiedler, to approve the agenda with the addition of\n"
        "item 9D, Fireworks Permit. Motion carried.\n\nConsent Agenda: Motion Haskell, support Saleh, to approve.\n"
    )
    assert _item_titles(text) == []


def test_item_headings_in_title_case_and_capitals_still_head_items() -> None:
    text = "Item 4 - Budget\nThe budget was noted.\n\nITEM 5 - GRANTS\nNone.\n"
    assert len(_item_titles(text)) == 2


# An item sent back to its committee, recorded as the outcome (resolution_markers.jsonl referred-back)
MUNICIPALITY = "Minutes of the Ordinary Council Meeting of Moduwane Local Municipality held on 26 February 2026\n\nPresent: Cllr T Mokoena (Speaker)\n\n"


def test_the_item_was_referred_back_is_a_decision() -> None:
    # moduwane_lm_za_1.txt
    body = "7. WATER TANKER CONTRACTS\nThe item was REFERRED BACK to the Infrastructure Portfolio Committee for a full\nreport on the tanker contracts.\n\n"
    assert any("REFERRED BACK to the Infrastructure Portfolio Committee" in text for text in resolution_texts(MUNICIPALITY + body))


def test_a_referral_dated_to_an_earlier_year_is_history() -> None:
    body = "7. WATER TANKER CONTRACTS\nThe matter was referred back to the Infrastructure Portfolio Committee in 2024 and is still open.\n\n"
    assert not any("referred back" in text for text in resolution_texts(MUNICIPALITY + body))


# A member's task after a semicolon is no part of the decision's wording (resolutions._cut_trailing_task)
COMMISSIONERS = "Minutes of the meeting of Kirk Arrasey Parish Commissioners held on 9 November 2026\n\nPresent: Mr Crellin (Chairman), Mrs Kneale\n\n"


def test_a_task_after_a_semicolon_is_cut_from_the_decision() -> None:
    # kirkarrasey_iom_1.txt
    body = "5. CORRESPONDENCE\n2. Manx National Heritage – request to site an interpretation panel at Keeill Arrasey. Members agreed in principle; Mrs Kneale to liaise with MNH on the wording.\n\n"
    texts = resolution_texts(COMMISSIONERS + body)
    assert any(text.startswith("Members agreed in principle") for text in texts), texts
    assert not any("to liaise" in text for text in texts), texts


def test_a_decision_that_goes_on_after_a_semicolon_keeps_its_words() -> None:
    body = "6. GRANTS\nRESOLVED that £200 be paid to the youth club; and that the Clerk write to thank the volunteers.\n\n"
    assert any("the Clerk write to thank" in text for text in resolution_texts(COMMISSIONERS + body))


# An outcome denied in a report's paragraph puts no motion: the bare noting under it is the decision (report_put)
BOARD = "Minutes of the meeting of the Strathlornie Integration Joint Board held on 18 March 2026\n\nPresent: Cllr A Hale (Chair), Ms B Noor\n\n"


def test_not_agreed_in_the_narrative_leaves_the_noting_alone() -> None:
    # strathlornie_ijb_1.txt
    body = (
        "6.    Delayed Discharge\n      CO reported 52 people delayed at census point, 19 of them for more than\n"
        "      2 weeks; bed days lost in February: 1,634. The Associate Medical\n      Director suggested a whole-system event; members supported this in\n"
        "      principle. It was not agreed who would lead.\n      Noted.\n\n7.    AOCB - None.\n"
    )
    texts = resolution_texts(BOARD + body)
    assert "Noted." in texts
    assert not any("whole-system event" in text for text in texts), texts
