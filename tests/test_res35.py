"""Decision forms found in the development minutes (res35): the present-tense impersonal record of Quebec municipal
minutes ('IT IS RESOLVED'), a school board's shorthand motion whose vote is printed by its sides ('Vote: Ayes 5, Noes 0').

The excerpts are quoted from the invented development documents named in each test, under a short heading of their style.
"""

from __future__ import annotations

from helpers import resolution_texts

QUEBEC_HEAD = (
    "PROVINCE OF QUEBEC\nMUNICIPALITY OF SAINT-ANSELME-DES-CÈDRES\n\n"
    "Minutes of the regular sitting of the municipal council of the Municipality of\n"
    "Saint-Anselme-des-Cèdres, held on Monday, February 2, 2026 at 7:30 p.m.\n\n"
    "Councillors present: Seat No. 1 - Marc-André Pelletier; Seat No. 2 - Sylvie Gagnon\n\n"
)
SCHOOL_HEAD = (
    "PIEDRAS ALTAS UNIFIED SCHOOL DISTRICT\nBoard of Education - Minutes of Regular Meeting\n\n"
    "Date: Tuesday, March 10, 2026\n\nMembers Present: Dr. Lorena Villaseñor (President), Mark Ebersole (Clerk), Anita Rao\n\n"
)


def test_it_is_resolved_opens_the_decision():
    # st_anselme_cedres_qc_1.txt
    found = resolution_texts(
        QUEBEC_HEAD + "2026-02-021   ADOPTION OF THE AGENDA\n"
        "ON MOTION of councillor Sylvie Gagnon, seconded by councillor Denis Ouellet, IT IS\n"
        'RESOLVED unanimously by the councillors present to adopt the agenda as read, item 15\n"Varia" remaining open.'
        "                                                   ADOPTED\n\n"
        "2026-02-026   FINANCIAL ASSISTANCE - CLUB DE L'ÂGE D'OR\n"
        "ON MOTION of councillor Sylvie Gagnon, seconded by councillor Marc-André Pelletier, IT\n"
        "IS RESOLVED unanimously to grant $750 to the Club de l'Âge d'Or for its 40th\n"
        "anniversary.                                                             ADOPTED\n",
        "quebec.txt",
    )
    assert any("to adopt the agenda as read" in text for text in found)
    assert any("to grant $750 to the Club de l'Âge d'Or" in text for text in found)


def test_it_is_recommended_is_no_marked_decision():
    from minutes_miner.extraction import extract_document
    from minutes_miner.readers.base import Document

    text = QUEBEC_HEAD + "7. Fire hall roof\nIT IS RECOMMENDED that the contract be awarded to the lowest tenderer.\n"
    markers = [r.marker for r in extract_document(Document(path="quebec.txt", format="txt", text=text), "test").resolutions]
    assert "RECOMMENDED" not in markers  # asked for, not decided (only the trained model's long tail may still read it)


def test_shorthand_motion_carried_by_named_sides():
    # piedras_altas_usd_ca_1.txt
    found = resolution_texts(
        SCHOOL_HEAD + "3.0  CONSENT CALENDAR (items 3.1 - 3.9)\n"
        "Item 3.6 (field trip - FFA state convention) was pulled by Member Rao for questions.\n"
        "ACTION: Moved Quiroga, seconded Lindahl, to approve consent items 3.1-3.5 and 3.7-3.9.\n"
        "Vote: Ayes 5, Noes 0. Student preferential vote: Aye.\n"
        "ACTION: Moved Rao, seconded Ebersole, to approve item 3.6, FFA State Convention trip\n"
        "for 22 students, cost not to exceed $9,640. Vote: Ayes 5, Noes 0.\n",
        "school.txt",
    )
    assert any("to approve consent items 3.1-3.5 and 3.7-3.9" in text for text in found)
    assert any("to approve item 3.6" in text for text in found)


def test_shorthand_motion_lost_by_named_sides_is_no_decision():
    found = resolution_texts(
        SCHOOL_HEAD + "4.0  ACTION ITEMS\nACTION: Moved Rao, seconded Ebersole, to approve a later start time at the high school.\nVote: Ayes 2, Noes 3.\n",
        "school.txt",
    )
    assert not any("later start time" in text for text in found)


PARISH_HEAD = "Minutes of the meeting of Ashcombe Parish Council held on 3 March 2021\n\nPresent: Cllr A Hale (Chair), Cllr B Noor, Cllr C Dale\n\n"


def test_minutes_shorthand_read_before_outcome_and_capital_outcome():
    # ballakilleen_iom_1.txt, sellerby_pc_1.txt, wrenfield_tc_1.txt, cefnrhosan_cc_1.txt, kilbracken_cc_1.md
    found = resolution_texts(
        PARISH_HEAD + "26/016  Minutes of the Ordinary Meeting of 14th January 2026 - taken as read, approved and\n        signed.  (Kneale/Corlett)\n\n"
        "002/26  Mins of 9/12/25 - read and confirmed, signed by Chair.\n\n"
        "FC/25/112  Minutes of 8 July 2025 — AGREED and signed by the Mayor.\n\n"
        "2  Minutes 6/10/25 - correct, signed. (IJ/MO)\n\n"
        "1. Minutes of January meeting\nMinutes of 12 January 2026 accepted - prop. R Kerr, sec. L Tait.\n"
    )
    assert any("taken as read, approved and signed" in text for text in found)
    assert any("read and confirmed, signed by Chair" in text for text in found)
    assert any("AGREED and signed by the Mayor" in text for text in found)
    assert "Minutes 6/10/25 - correct, signed. (IJ/MO)" in found
    assert any(text.startswith("Minutes of 12 January 2026 accepted") for text in found)


def test_minutes_read_but_not_yet_approved_is_no_decision():
    found = resolution_texts(PARISH_HEAD + "2  Minutes of 6/10/25 - read, to be signed at the next meeting.\n\n3  Minutes of the Planning Committee - read.\n")
    assert found == []


def test_original_motion_carried_after_a_failed_amendment():
    # penrhydd_tc_1.txt, greatsallowby_pc_1.txt
    found = resolution_texts(
        PARISH_HEAD + "Min 12.6  ALLOTMENT RENTS 2025\n"
        "Cllr Ellis proposed, Cllr James seconded, that rents rise from GBP 38 to GBP 45 per full plot.\n"
        "Cllr Probert proposed an amendment that rents be held at GBP 38 for plot holders over 70; seconded Cllr Lewis. "
        "The amendment was LOST (4 for, 7 against). The original motion was then put and CARRIED.\n\n"
        "Min 12.7  PLANNING\n"
        "Mr Roe proposed that the Council object in the strongest terms, seconded Mrs Varley.\n"
        "Mrs Illingworth proposed an amendment that the Council object unless the scheme is\n"
        "reduced to no more than 25 homes with 40% affordable; no seconder, amendment fell.\n"
        "Substantive motion put: For 4, Against 0, Abstain 1 (Mrs Illingworth). CARRIED.\n"
    )
    assert "Cllr Ellis proposed, Cllr James seconded, that rents rise from GBP 38 to GBP 45 per full plot." in found
    assert "Mr Roe proposed that the Council object in the strongest terms, seconded Mrs Varley." in found
    assert not any("plot holders over 70" in text or "25 homes" in text for text in found)  # the amendments fell


def test_amendment_carried_is_not_skipped():
    found = resolution_texts(
        PARISH_HEAD + "Min 12.6  ALLOTMENT RENTS 2025\n"
        "Cllr Ellis proposed, Cllr James seconded, that rents rise from GBP 38 to GBP 45 per full plot.\n"
        "Cllr Probert proposed an amendment that rents be held at GBP 38 for plot holders over 70; seconded Cllr Lewis. "
        "The amendment was CARRIED (7 for, 4 against). The substantive motion was then put and CARRIED.\n"
    )
    assert "Cllr Ellis proposed, Cllr James seconded, that rents rise from GBP 38 to GBP 45 per full plot." not in found


def test_council_objection_is_no_action(tmp_path):
    from helpers import actions_in

    found = actions_in(tmp_path, "7. Planning\nMr Roe proposed that the Council object in the strongest terms, seconded Mrs Varley. CARRIED.\n")
    assert not any(task.startswith("object") for _, task in found)


US_HEAD = "VILLAGE OF TAMSETT\nBOARD OF TRUSTEES - REGULAR MEETING MINUTES\nApril 14, 2026\n\nPresent: Mayor Ruth Harrigan, Trustees Pruitt, Okafor, Lund\n\n"
NZ_HEAD = "PŪKEKO FLAT COMMUNITY BOARD\nMinutes of the meeting held on 12 March 2025\n\nPresent: Member Pask (Chair), Cr Blakeley, Member Kingi\n\n"


def test_motion_told_from_mover_to_failure_is_no_decision():
    # tamsett_village_ny_1.txt, olcott_county_ne_1.txt
    found = resolution_texts(
        US_HEAD + "RESOLUTION 2026-20 - LEAK DETECTION\n"
        "A motion by Trustee Harrigan to hire a leak detection firm without quotes, up to\n$12,000, was not seconded.\n\n"
        "ROADS\nMotion by Wiebe to increase the mileage reimbursement rate above the IRS rate. Died\nfor lack of second.\n",
        "tamsett.txt",
    )
    assert not any("leak detection" in text or "mileage" in text for text in found)


def test_lost_motion_after_a_carried_one_leaves_it_standing():
    # pukekoflat_cb_nz_1.html
    found = resolution_texts(
        NZ_HEAD + "6. Discretionary Fund\n"
        "Resolution PFCB/25/09 – Moved Member Pask / Seconded Cr Blakeley\n"
        "That the Board grants $2,500 to Pūkeko Flat Playcentre and $2,000 to Kōwhai Anglers Club from its Discretionary Fund. Carried\n\n"
        "A motion by Member Kingi to grant the Anglers Club the full $4,000 was lost.\n",
        "pukeko.txt",
    )
    assert any(text.startswith("That the Board grants $2,500 to Pūkeko Flat Playcentre") for text in found)
    assert not any("full $4,000" in text for text in found)


def test_noting_after_a_motion_that_was_not_supported():
    # boitumelo_lm_za_1.md
    found = resolution_texts(
        PARISH_HEAD + "MPAC 07/2026 — Fruitless and Wasteful Expenditure register\n\n"
        "Ms Nel reported that R3 440 218 of fruitless and wasteful expenditure relates to interest on late payments to Eskom and the water board. "
        "A motion by Cllr du Plessis that officials be suspended pending investigation was not supported (2 for, 3 against).\nNoted.\n"
    )
    assert found == ["Noted."]


def test_proposal_turned_down_or_withdrawn_is_no_decision():
    # dunaree_coco_1.html, carrowmena_dc_1.txt
    found = resolution_texts(
        PARISH_HEAD + "4. Draft Age Friendly Housing Policy\n"
        "Mr. Tully proposed that the policy set a target of 20% of new social homes as age-friendly units. "
        "This was not agreed; the Chair said the target was a matter for the full Council.\n\n"
        "It was agreed to recommend the draft policy to the April meeting of the County Council for adoption.\n\n"
        "5. Leisure charges\n"
        "Councillor McGuigan proposed that concessionary swim remain free for over-65s;\n"
        "Councillor Nugent seconded. The Chairperson ruled this would be considered as part of\n"
        "the concessions review in March, and the proposer agreed to withdraw.\n"
    )
    assert not any("20% of new social homes" in text or "concessionary swim" in text for text in found)
    assert any("to recommend the draft policy to the April meeting" in text for text in found)


def test_a_later_item_proposal_not_carried_leaves_the_resolution():
    # bokamoso_lm_za_1.txt: the next item, printed with no blank line, records its own failed proposal
    found = resolution_texts(
        PARISH_HEAD + "RESOLVED\n1. That Council approves the MIG implementation plan for 2025/26.\n2. That progress be reported to Council quarterly.\n"
        "A.C. 112/2025  AMENDMENT OF THE TARIFF POLICY\nCllr Khoza proposed that the increase for domestic\n"
        "indigent consumers be limited to 6%; seconded by Cllr Mashaba. On a vote, 14\ncouncillors voted for the proposal and 29 against; the proposal was not carried.\n"
    )
    assert any("MIG implementation plan" in text for text in found)


AU_HEAD = (
    "COOLABAH PLAINS SHIRE COUNCIL\nMinutes of the Ordinary Meeting held on 18 March 2026\n\nPresent: Cr Hourigan (Mayor), Cr McIver, Cr Rowe, Cr Scholz\n\n"
)


def test_motion_lost_by_a_slashed_tally_after_a_dash():
    # coolabah_plains_shire_qld_1.txt (and copperbasin_wd_az_1.txt: 'Pump failed 3/29' is a date, not a tally)
    found = resolution_texts(
        AU_HEAD + "8.2 STOCK ROUTE WATER FACILITY - TAMBO ROAD BORE\n"
        "Officer's recommendation: that Council decommission the Tambo Road bore (cost $42,500).\n"
        "Cr Rowe spoke against - the bore serves travelling stock and 3 neighbouring properties.\n"
        "Motion to adopt the recommendation (Hourigan/McIver) - Lost 2/3.\n"
        "RESOLUTION OM-26-033                       Moved Cr Rowe        Seconded Cr Scholz\n"
        "That Council defer the item and seek a State contribution toward re-equipping the bore.\n"
        "                                                                       Carried 3/2\n",
        "coolabah.txt",
    )
    assert not any("decommission" in text for text in found)
    assert any(text.startswith("That Council defer the item") for text in found)


def test_a_date_after_failed_is_no_tally():
    found = resolution_texts(
        US_HEAD + "CONSENT: Minutes 3/20/25; financial rpt; disbursements $87,442.61. M/S/C Hamby/Greer 4-0.\n\n"
        "1. Well No. 4 pump & motor. Pump failed 3/29; district running on wells 2, 3 and 5.\n",
        "copperbasin.txt",
    )
    assert any("disbursements $87,442.61" in text for text in found)


def test_bare_acceptance_of_a_statement_of_balances():
    # inverculden_cc_1.txt, strathdorran_cc_1.txt
    found = resolution_texts(
        PARISH_HEAD + "4. Treasurer's Report\n"
        "Balance at 31/12/25: £4,318.62 (of which £2,500 ring-fenced Ward Discretionary\n"
        "Grant for the defibrillator cabinet). Highland Council admin grant of £812 received.\nAccepted.\n\n"
        "5. Finance\nTreasurer: balance £3,412.08 (incl. £1,250 ring-fenced windfarm grant). Admin grant £420 received.\nAdopted.\n"
    )
    assert found == ["Accepted.", "Adopted."]


def test_acceptance_of_a_motion_on_the_balances_keeps_the_motion():
    found = resolution_texts(
        PARISH_HEAD
        + "5. Finance\nBalance at 31/12/25: £4,318.62.\nCllr Hale proposed that £500 be moved to the playground reserve, seconded Cllr Noor.\nAccepted.\n"
    )
    assert any("£500 be moved to the playground reserve" in text for text in found)


def test_agenda_recommendation_to_confirm_minutes_is_no_decision():
    # totara_downs_dc_1.txt (an agenda)
    found = resolution_texts(
        PARISH_HEAD + "5   Confirmation of minutes - Ordinary Meeting 25 February 2026\n    Recommendation\n"
        "    That the minutes of the Ordinary Meeting held on 25 February 2026 be confirmed as\n    a true and correct record.\n6   Reports\n"
    )
    assert found == []


def test_recommendation_to_confirm_minutes_then_carried_is_a_decision():
    found = resolution_texts(
        PARISH_HEAD + "5   Confirmation of minutes\nRecommendation\n"
        "That the minutes of the Ordinary Meeting held on 25 February 2026 be confirmed as a true and correct record.\nCARRIED\n"
    )
    assert any("be confirmed as a true and correct record" in text for text in found)


def test_resolved_with_its_reference_number_alone_on_its_line():
    # corpus/formats/md/northwold_pc_minutes_2015-02.md (real Norfolk parish minutes, no gold)
    found = resolution_texts(
        PARISH_HEAD + "Cemetery:\nFees Revision\nCllr. Collins presented the Council with the revised Cemetery Fees.\n\n"
        "Resolved 15/02/08.01\n"
        "Cllr. Collins proposed approving the new fees, Cllr. Crisp seconded and the majority vote was for increasing the fees by 10% "
        "and adding the additional £1,000.00 fee for non-residents with no ties to Northwold.\n\n"
        "Planning\nResolved 15/02/11.01\n15/00002/F – No objections/comments submitted on 26th January 2015.\n"
    )
    assert any(text.startswith("Cllr. Collins proposed approving the new fees") for text in found)
    assert any(text.startswith("15/00002/F – No objections") for text in found)


def test_resolved_reference_over_a_payments_table_reads_no_table_cell():
    # corpus/formats/md/northwold_pc_minutes_2014-10-07.md: the table is printed one cell a line
    found = resolution_texts(
        PARISH_HEAD + "Cheques for signing and approval\nResolved 14/10/12.02\nPayee\nNet\nVAT\nCheque No\nGross\nMazars (Audit)\n£200.00\n£40.00\n"
        "001899\n£240.00\n"
    )
    assert not any(text.startswith("Payee") for text in found)


def test_minutes_outcome_opening_the_line_under_their_heading():
    # drumlasky_dc_1.txt, mokgalaka_lm_za_1.txt (generalisation R1: the heading as the subject of the next line)
    found = resolution_texts(
        PARISH_HEAD + "C/203/2025  MINUTES OF COUNCIL - 3 NOVEMBER 2025\n"
        "            Read and signed, on the proposal of Councillor Boyle, seconded by Alderman Quinn.\n\n"
        "SC 14/2026     CONFIRMATION OF MINUTES OF THE ORDINARY COUNCIL MEETING HELD ON\n               26 FEBRUARY 2026\n"
        "               Confirmed with the correction that Cllr K.M. Maake was present.\n"
    )
    assert "Read and signed, on the proposal of Councillor Boyle, seconded by Alderman Quinn." in found
    assert any(text.startswith("Confirmed with the correction that Cllr K.M. Maake") for text in found)


def test_wrapped_minutes_sentence_keeps_its_subject():
    # coldspring_coulee_rm_sk_1.txt: the outcome on the next line carries on the sentence, in lower case
    found = resolution_texts(
        PARISH_HEAD + "41/26 KOWALCHUK: That the minutes of the Regular Meeting held January 14, 2026 be\n"
        "adopted as presented.                                                          CARRIED\n"
    )
    assert any("That the minutes of the Regular Meeting held January 14, 2026 be adopted as presented." in text for text in found)
