"""Session res34: resolutions on councils studied least (the inv27 batch of the invented set).

- A motion that failed is no decision, whatever form records the failure: a bare capitalised outcome closing the
  motion's last line after its full stop ('... to 22 m.   DEFEATED', its blanks squashed), a motion 'put and lost',
  a motion 'moved by X but not seconded' (the failure read from the mover clause, where 'A motion' stands), a motion
  'MOVED by Councillor X that ...' whose outcome stands at its line's end ('... to 60 km/h. DEFEATED').
- A New England board's bare vote ('Art. 4 Operating budget ... - VOTED to recommend 3-0.', '- Sign FY26 warrant ... - VOTED (JT/PD) 5-0
  to sign.', 'VOTED to approve all three.' closing a wrapped list entry) decides the matter its list entry names.

- A bare 'AGREED' alone on its line, or with a note in brackets after it, under a proposal put in words in its paragraph
  ('It was proposed by Councillor Q, seconded by Councillor M, that ...' / 'AGREED (Councillor F did not take part in the
  vote.)', 'PR/144 - On the proposal of ..., the recommendation to set ... was put to a recorded vote:' / 'AGREED.'):
  the proposal's record holds the decision, the outcome is no record of its own.

- A bare number before a lower-case word opening a sentence of figures is a count, not the item's reference ('31 open
  cases at end November (41 a year ago). Noted.'): the noting alone is the decision.

- A motion, its amendment and the vote, then the decision printed under its label ('The motion was carried.' /
  'Decision: The Committee approved ...', Scottish committee style): the Decision is the record, the vote how it came about.

- An outcome followed on its line by an officer's task ('Seconded by Cllr. Horkan. Agreed. The Administrative Officer to
  forward the motion to TII.') still closes the motion above it; under an item's heading alone ('5 Work programme' /
  'Noted. Scrutiny Officer to add ...') the noting alone is the decision.

- An outcome word with its tally after the seconder ('Commissioner Pryor moved approval; Commissioner Yoder seconded.
  Approved 6-0.') reads with the motion it closes.

- A minutes approval line reads without the item's number or minute reference before it ('PH/103 Minutes 19 January -
  agreed, signed.') and through a bracket an abbreviation's full stop would cut ('adopted (prop. GF, sec. PM).').

- 'The report was received for information.' is the item's outcome in the passive, as 'The report was noted.' is.

- A vote shorthand after the dash that ends an item's matter ('resolution 2026-02 surplus property (1998 Ford tender) --
  Ybarra/Strand 3-0.') decides that matter.

Near misses: a motion carried next to a failed one keeps its record; a vote with its own wording reads only its wording;
a bare 'AGREED' under movers who put no wording stays a record of its own; a slashed reference before a lower-case word
is still a reference; a motion carried with no Decision label after it keeps its record.
"""

from __future__ import annotations

import pytest

from helpers import resolution_texts

HEAD = "Minutes of the meeting of Ashcombe Town Council held on 3 March 2026\n\nPresent: Cllrs Hale, Noor, Moss, Reid.\n\n"
ONTARIO_HEAD = "Township of Ashcombe\nMinutes of the Regular Meeting of Council\nMarch 3, 2026\n\nPresent: Mayor Hale, Councillors Noor, Moss, Reid.\n\n"


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    """The rules must refuse (or find) these, not only the trained layer's long tail."""
    monkeypatch.setenv("MINUTES_MINER_LAYER", "rules")


@pytest.mark.parametrize(
    "head, item, failed",
    [
        (  # coulee_lake_county_ab_1: a numbered motion, its outcome set right of its last line, then the named vote
            ONTARIO_HEAD,
            "E.2 Range Road 153 Speed Limit\nRES 25-215  MOVED by Councillor Oddie that Council reduce the speed limit on\n"
            "            Range Road 153 to 60 km/h. DEFEATED\n            In favour: Oddie, Schultz     Opposed: Fehr, Lemay, Nakonechny,\n            Tkachuk\n\n",
            "speed limit",
        ),
        (  # bramble_narrows_twp_on_1: the outcome printed at the right of the motion's last line (as its reader squashes the blanks)
            ONTARIO_HEAD,
            "8.2 Minor Variance A-07-25, 1144 Heron Bay Road\nResolution No. 2025-201\n"
            "Moved by: Councillor Kowalski      Seconded by: Councillor McTavish\n"
            "BE IT RESOLVED THAT Council, acting as Committee of Adjustment, approve Minor Variance\n"
            "A-07-25 to reduce the water setback from 30 m to 22 m. DEFEATED\n"
            "Councillor Lafrance returned.\n\n",
            "approve Minor Variance",
        ),
        (  # scarrowby_tc_1
            HEAD,
            "7. Precept options\nA motion by Cllr Brannigan, seconded by Cllr Moss, to recommend Option C was put and lost (2 for, 3 against).\n\n",
            "Option C",
        ),
        (  # hollinford_dc_1
            HEAD,
            "5. 25/0412/FUL Land at Mill Lane\nA motion to defer for a site visit was moved by Councillor Bellamy but was not seconded.\n\n",
            "site visit",
        ),
    ],
)
def test_a_failed_motion_is_no_decision(head, item, failed):
    texts = resolution_texts(head + item)
    assert not any(failed in t for t in texts), texts


def test_a_motion_carried_beside_a_failed_one_stays():
    item = (
        "6. Discretionary Fund\nResolution PFCB/25/09 - Moved Member Pask / Seconded Cr Blakeley\n"
        "That the Board grants $2,500 to the Playcentre and $2,000 to the Anglers Club from its Discretionary Fund. Carried\n"
        "A motion by Member Kingi to grant the Anglers Club the full $4,000 was lost.\n\n"
    )
    texts = resolution_texts(HEAD + item)
    assert any(t.startswith("That the Board grants $2,500") for t in texts), texts


def test_a_carried_motion_ending_its_line_in_capitals_stays():
    item = (
        "8.3 Gravel haul\nResolution No. 2025-202\nMoved by: Councillor Noor      Seconded by: Councillor Reid\n"
        "BE IT RESOLVED THAT Council award the 2025 gravel haul contract to Prairie Hoe Ltd. CARRIED\n\n"
    )
    texts = resolution_texts(ONTARIO_HEAD + item)
    assert any("gravel haul contract" in t for t in texts), texts


NEW_ENGLAND_HEAD = "Town of Ashcombe\nSelect Board - Minutes\nMay 19, 2025\n\nPresent: PD, JT, RF, NO, MC.\n\n"


@pytest.mark.parametrize(
    "item, record",
    [
        (  # gilmanford_nh_1: a bare vote after the dash that ends its list line's matter
            "Warrant articles - Board reviewed draft warrant for March 11 Town Meeting.\n"
            "  Art. 4 Operating budget $5,918,440 (up 4.8%) - VOTED to recommend 3-0.\n"
            "  Art. 6 Fire truck capital reserve, $150,000 - VOTED to recommend 2-1 (Osgood).\n\n",
            "Art. 6 Fire truck capital reserve, $150,000 - VOTED to recommend 2-1 (Osgood).",
        ),
        (  # easthaddock_ma_1: the movers' initials and the tally before the wording
            "NEW BUSINESS\n- Sign FY26 warrant for State Primary - VOTED (JT/PD) 5-0 to sign.\n\n",
            "Sign FY26 warrant for State Primary - VOTED (JT/PD) 5-0 to sign.",
        ),
        (  # easthaddock_ma_1: a bare vote closing an entry wrapped over two lines reads from the entry's bullet
            "NEW BUSINESS\n- One-day liquor licenses (3): Haddock Historical Soc. 6/14, St. Brendan's 6/21,\n"
            "  Friends of the Library 7/12. VOTED to approve all three. (RF/NO) 5-0.\n\n",
            "One-day liquor licenses (3): Haddock Historical Soc. 6/14, St. Brendan's 6/21, Friends of the Library 7/12. VOTED to approve all three.",
        ),
    ],
)
def test_a_bare_vote_decides_the_matter_its_line_names(item, record):
    texts = resolution_texts(NEW_ENGLAND_HEAD + item)
    assert any(t.startswith(record) for t in texts), texts


def test_a_vote_with_its_own_wording_reads_only_its_wording():
    item = "APPOINTMENTS\n6:35 Fire Chief Dan Quigley - request to accept FY26 Fire Safety Equipment grant,\n$14,850. VOTED: to accept the grant as presented. (PD/JT) 5-0.\n\n"
    texts = resolution_texts(NEW_ENGLAND_HEAD + item)
    assert any(t.startswith("to accept the grant as presented.") for t in texts), texts
    assert not any("Quigley" in t for t in texts), texts


NI_HEAD = "Minutes of the meeting of the Leisure Committee of Drumkeel District Council held on 3 February 2026\n\nPresent: Alderman Orr (Chair); Councillors Quinn, McCurdy, Fegan.\n\n"


def test_a_bare_agreed_with_a_note_closes_the_proposal_above():
    # drumcaw_dc_1: the proposal put in words, then 'AGREED' with a note in brackets
    item = (
        "LC/005/2026  COMMUNITY GRANTS - SMALL GRANTS ROUND 2\n"
        "Members considered 24 applications with a total request of £31,760; £22,500 is available.\n"
        "It was proposed by Councillor Quinn, seconded by Councillor McCurdy, that the 20 eligible applications be funded as recommended in Appendix 2, totalling £22,380.\n"
        "AGREED (Councillor Fegan did not take part in the vote.)\n\n"
    )
    texts = resolution_texts(NI_HEAD + item)
    assert any(t.startswith("the 20 eligible applications be funded") for t in texts), texts
    assert not any(t.startswith("(Councillor Fegan") for t in texts), texts


def test_a_bare_agreed_under_a_proposal_put_to_a_recorded_vote():
    # drumlasky_dc_1: 'On the proposal of ..., the recommendation ... was put to a recorded vote:' / tally / 'AGREED.'
    item = (
        "C/204/2025  REPORT OF POLICY AND RESOURCES COMMITTEE\n"
        "PR/144 - On the proposal of Alderman Orr, seconded by Councillor Quinn, the\n"
        "recommendation to set an indicative district rate increase of 4.5% for 2026/27 was\nput to a recorded vote:\n"
        "    For (11)      Against (6)      Abstain (2)\nAGREED.\n\n"
    )
    texts = resolution_texts(NI_HEAD + item)
    assert any("indicative district rate increase of 4.5%" in t for t in texts), texts
    assert "AGREED." not in texts, texts


def test_a_bare_agreed_under_movers_only_stays_its_own_record():
    # near miss: the movers put no wording of their own, so the bare outcome is not handed to them
    item = "7. Grass cutting tender\nThe Director reported on the three tenders received.\nProposed by Councillor Quinn, seconded by Councillor McCurdy.\nAGREED (Councillor Fegan abstained.)\n\n"
    assert resolution_texts(NI_HEAD + item) == ["AGREED (Councillor Fegan abstained."]


def test_a_count_opening_a_sentence_of_figures_is_a_figure():
    # harrowfell_npa_1: '31 open cases' is a count the report states, not the item's number; the noting alone is the decision
    item = "DC 65/25  Enforcement update\n31 open cases at end November (41 a year ago). Noted.\n\n"
    assert "Noted." in resolution_texts(HEAD + item)


def test_a_reference_before_a_lower_case_matter_is_no_count():
    # near miss: a slashed reference ('25/009 ') opens the line, whatever word follows it; no figure, so the matter noted stays
    item = "7. Village hall\n25/009 hall roof survey by Marsh & Co. Noted.\n\n"
    texts = resolution_texts(HEAD + item)
    assert any("hall roof survey" in t for t in texts), texts


SCOTTISH_HEAD = "Minutes of the meeting of the Roads Committee of Inverstrae Council held on 4 December 2025\n\nPresent: Councillor Morrison (Chair); Councillors Beaton, Campbell, Matheson.\n\n"
# inverstrae_1: the motion, the amendment and the division, then the decision the committee took under its label
MOTION_AMENDMENT_DIVISION = (
    "4. Roads Capital Programme 2026/27\n"
    "     Councillor Morrison, seconded by Councillor Beaton, moved that the Committee approve the\n"
    "     programme as set out. As an amendment, Councillor Campbell, seconded by Councillor\n"
    "     Matheson, moved that £150,000 be moved from surfacing to the Glen Cuil passing places.\n"
    "     On a division:\n       Motion (4): Beaton, MacLeod, Morrison, Nicolson\n       Amendment (2): Campbell, Matheson\n"
    "     The motion was carried.\n"
)


def test_a_motion_and_amendment_voted_then_a_decision_label_is_one_decision():
    item = (
        MOTION_AMENDMENT_DIVISION
        + "     Decision: The Committee approved the Roads Capital Programme 2026/27 for the North and\n     Islands area as set out in Appendix 1.\n\n"
    )
    assert resolution_texts(SCOTTISH_HEAD + item) == [
        "The Committee approved the Roads Capital Programme 2026/27 for the North and Islands area as set out in Appendix 1."
    ]


def test_a_motion_carried_with_no_decision_label_after_it_stays():
    # near miss: no 'Decision' follows the vote, so the motion's closer keeps its record
    texts = resolution_texts(SCOTTISH_HEAD + MOTION_AMENDMENT_DIVISION + "\n")
    assert len(texts) == 1, texts


IE_HEAD = "Minutes of the meeting of Knockanree Municipal District held on 9 December 2025\n\nPresent: Cllrs. Egan, Garvin, Horkan, Larkin.\n\n"


def test_an_outcome_followed_by_an_officers_task_closes_the_motion_above():
    # carrowduff_2: 'Seconded by Cllr. Horkan. Agreed. The Administrative Officer to forward the motion to TII.'
    item = (
        "KMD 96/25   Notice of Motion - Cllr. Tommy Garvin\n"
        '            "That this Municipal District requests Transport Infrastructure Ireland to install a\n'
        '            pedestrian crossing at Ballinclare N.S. on the N59."\n'
        "            Seconded by Cllr. Horkan. Agreed. The Administrative Officer to forward the motion to TII.\n\n"
    )
    texts = resolution_texts(IE_HEAD + item)
    assert any("install a pedestrian crossing at Ballinclare" in t for t in texts), texts


def test_an_outcome_under_its_heading_followed_by_a_task_stays_alone():
    # near miss (brackenmoor_ua_1, mardlow_tc_1): under the item's heading only, the noting alone is the decision
    item = "5   Work programme\n    Noted. Scrutiny Officer to add hospital discharge to the April agenda.\n\n"
    texts = resolution_texts(HEAD + item)
    assert "Noted." in texts and not any(t.startswith("5 Work programme") for t in texts), texts


US_HEAD = (
    "Planning Commission - Minutes\nMarch 19, 2026, 6:00 PM, City Hall, Alder Gulch, Oregon\n\nCommissioners present: Pryor, Yoder, Fenn, Ruiz, Dahl, Moss.\n\n"
)


def test_an_outcome_word_with_its_tally_closes_the_motion():
    # alder_gulch_pc_or_1: 'Approved 6-0.' after the seconder reads with the motion
    item = "II. Approval of Minutes - March 5, 2026. Commissioner Pryor moved approval; Commissioner\nYoder seconded. Approved 6-0.\n\n"
    texts = resolution_texts(US_HEAD + item)
    assert any(t.endswith("Yoder seconded. Approved 6-0.") for t in texts), texts


def test_an_outcome_word_without_a_tally_is_no_motion_tail():
    # near miss: 'Approved minutes are published ...' opens a sentence of its own
    item = "II. Approval of Minutes - March 5, 2026. Commissioner Pryor moved approval; Commissioner\nYoder seconded. Approved minutes are posted online.\n\n"
    texts = resolution_texts(US_HEAD + item)
    assert not any("posted online" in t for t in texts), texts


@pytest.mark.parametrize(
    "item, record",
    [
        ("PH/103 Minutes 19 January - agreed, signed.\n\n", "Minutes 19 January - agreed, signed."),  # brayfield_tc_1
        ("AGC/26/02 Minutes of 17 October 2025 - agreed and signed.\n\n", "Minutes of 17 October 2025 - agreed and signed."),  # calderwold_fra_1
        ("2. Minutes of November meeting — adopted (prop. GF, sec. PM).\n\n", "Minutes of November meeting — adopted (prop. GF, sec. PM)."),  # kilbrannock_cc_1
    ],
)
def test_a_minutes_approval_line_reads_without_its_number_and_through_its_brackets(item, record):
    assert record in resolution_texts(HEAD + item)


def test_a_minutes_approval_sentence_keeps_its_words():
    # near miss: no number opens the line, nothing is cut
    item = "The minutes of the meeting held on 6 October 2025 were approved as a correct record (proposed Cllr Hale).\n\n"
    assert "The minutes of the meeting held on 6 October 2025 were approved as a correct record (proposed Cllr Hale)." in resolution_texts(HEAD + item)


def test_a_report_received_for_information_is_the_items_outcome():
    # tuarangi_dc_1
    item = "7.2  Three Waters - Water Services Delivery Plan Update\nThe Group Manager Assets reported that the joint council-controlled organisation\nwould take on $182m of debt. The report was received for information.\n\n"
    assert "The report was received for information." in resolution_texts(HEAD + item)


def test_a_report_to_be_received_for_information_is_no_outcome():
    # near miss: what will be received later is no decision of this meeting
    item = "7.2  Three Waters update\nThe Group Manager Assets said a further report had been received for information last month.\n\n"
    assert not any("received for information" in t for t in resolution_texts(HEAD + item))


FIRE_DISTRICT_HEAD = "Sawtooth Bend Fire Protection District\nBoard of Commissioners - regular mtg minutes\nFeb. 10, 2026, 7 pm, Station 1\n\nPresent: Ybarra, Strand, Harlan.\n\n"


def test_a_vote_shorthand_after_the_dash_that_ends_the_matter():
    # sawtooth_bend_fpd_id_1
    item = "6. new business\n   a. resolution 2026-02 surplus property (1998 Ford tender) -- Ybarra/Strand 3-0.\n      Chief to list on GovDeals.\n\n"
    texts = resolution_texts(FIRE_DISTRICT_HEAD + item)
    assert any(t.startswith("resolution 2026-02 surplus property") for t in texts), texts


def test_a_dashed_date_range_is_no_vote_shorthand():
    # near miss: 'June/July 3-4' names days, no movers; no decision
    item = "6. new business\n   a. summer open house - June/July 3-4 at Station 2.\n\n"
    assert not resolution_texts(FIRE_DISTRICT_HEAD + item)
