"""Round 27: resolution precision and span boundaries on councils not seen before.

Three families, each seen in several councils of the invented set:

- an officer's recommendation printed as 'Officer Recommendation' / 'That Council:' / '1. Award ...'
  (Queensland, New South Wales, Victorian and South Australian shires) was read as a decision, because
  the 'That Council:' header took the label line above it into its own marker;
- 'Moved: Cr A  Seconded: Cr B' / 'That Council:' / '1. Award ...' read 'B That Council' as the
  seconder's name, and the motion's wording was then looked for inside the clauses ('to execute the
  contract; and');
- ModernGov prints the decision under 'Decision:' with its 'Carried 9-3' and again under 'Minutes:'
  without it (New Zealand, Victorian pages): the outcome and the list's preamble kept the two apart.
"""

from __future__ import annotations

import pytest

from helpers import resolution_texts

QLD_HEAD = "Gundabri Shire Council\nMinutes of the Ordinary Meeting held 18 June 2025\n\n"
SA_HEAD = "District Council of Mallowbank\nMinutes of the Special Council Meeting held 24 June 2025\n\n"


@pytest.mark.parametrize(
    "head, label",
    [
        (QLD_HEAD, "Officer's Recommendation"),
        (SA_HEAD, "RECOMMENDATION"),
        ("Nandaroo Shire Council\nMinutes of the Extraordinary Meeting held 2 April 2025\n\n", "RECOMMENDATION (Officer's)"),
    ],
)
def test_recommendation_above_that_council_list_is_no_decision(head, label):
    body = (
        "11.3 BLUFF ROAD PAVEMENT REHABILITATION\n"
        "Four tenders were received. The evaluation panel recommends Bonner Civil Pty Ltd.\n\n"
        f"{label}\n"
        "That Council:\n"
        "1. Award Tender T25/06 to Bonner Civil Pty Ltd for $2,316,480 (ex GST); and\n"
        "2. Authorise the Chief Executive Officer to execute the contract.\n\n"
        "Council Resolution\n"
        "Moved Cr Pattison, seconded Cr Dimitriou\n"
        "That Council:\n"
        "1. Award Tender T25/06 to Bonner Civil Pty Ltd for $2,316,480 (ex GST);\n"
        "2. Authorise the Chief Executive Officer to execute the contract; and\n"
        "3. Request the CEO to report to the July meeting on traffic management.\n"
        "CARRIED 6/1\n"
    )
    texts = resolution_texts(head + body)
    assert any("Request the CEO to report" in t for t in texts), texts
    assert not any("Award Tender" in t and "Request the CEO" not in t for t in texts), texts  # the recommendation is not a second record


def test_that_council_list_under_a_plain_heading_is_still_read():
    """Near miss: a 'That Council:' list under a heading that is no recommendation label is the decision."""
    text = (
        QLD_HEAD + "11.4 DRAFT DOG AND CAT MANAGEMENT PLAN\n\n"
        "Council Decision\n"
        "That Council:\n"
        "1. Adopt the Draft Dog and Cat Management Plan for public consultation;\n"
        "2. Authorise the Chief Executive Officer to make minor editorial changes.\n"
        "CARRIED 7/0\n"
    )
    texts = resolution_texts(text)
    assert any("Adopt the Draft Dog and Cat Management Plan" in t for t in texts), texts


@pytest.mark.parametrize(
    "movers",
    [
        "Moved: Cr Pattison                Seconded: Cr Dimitriou",  # Queensland: the labels on one line
        "Moved: Cr Fanning  Seconded: Cr Birri",
        "Mover: Cr Tognolini  Seconder: Cr Lowe-Hardy",
    ],
)
def test_seconder_line_above_that_council_list_keeps_the_list(movers):
    text = (
        QLD_HEAD + "11.3 BLUFF ROAD PAVEMENT REHABILITATION - TENDER T25/06\n\n"
        "Council Resolution\n"
        f"{movers}\n"
        "That Council:\n"
        "1. Award Tender T25/06 to Bonner Civil Pty Ltd for $2,316,480 (ex GST);\n"
        "2. Authorise the Chief Executive Officer to execute the contract; and\n"
        "3. Request the CEO to report to the July meeting on traffic management.\n"
        "CARRIED 6/1\n"
    )
    texts = resolution_texts(text)
    whole = [t for t in texts if "Award Tender T25/06" in t and "Request the CEO" in t]
    assert whole, texts
    assert not any(t.startswith("to execute") for t in texts), texts


def test_seconder_line_above_a_that_sentence_still_reads_it():
    """Near miss: 'Seconded: Cr Birri' / 'That Council award ...' (one sentence, no list) keeps its wording from 'That'."""
    text = (
        QLD_HEAD + "12.1 TENDER T2026-03 BORE REPLACEMENT\n\n"
        "Moved: Cr Fanning  Seconded: Cr Birri\n"
        "That Council award Tender T2026-03 to Outback Pump & Drill Pty Ltd for $486,200.\n"
        "CARRIED 5/0\n"
    )
    texts = resolution_texts(text)
    assert any(t.startswith("That Council award Tender T2026-03") for t in texts), texts


MODERNGOV = (
    "Issue - items at meetings - Kerbside food scraps\n\n"
    "Meeting: 14/08/2025 - Strategy and Finance Committee (Item 9)\n\n"
    "Decision:\n"
    "That the Strategy and Finance Committee:\n"
    "a) receives the report;\n"
    "b) approves Option 2, a weekly food scraps collection using 23-litre kerbside bins for all urban properties;\n"
    "c) agrees to consult on a targeted rate of $118 per rating unit as part of the 2026/27 Annual Plan.\n"
    "{outcome}\n\n"
    "Minutes:\n"
    "Cr Tawhiri spoke against Option 2, preferring the fortnightly option.\n\n"
    "Decision:\n"
    "That the Strategy and Finance Committee:\n"
    "a) receives the report;\n"
    "b) approves Option 2, a weekly food scraps collection using 23-litre kerbside bins for all urban properties;\n"
    "c) agrees to consult on a targeted rate of $118 per rating unit as part of the 2026/27 Annual Plan.\n\n"
    "Supporting documents:\n"
)


@pytest.mark.parametrize("outcome", ["Carried 9-3", "CARRIED 6/0", "Carried unanimously"])
def test_decision_printed_twice_with_and_without_its_outcome_is_one(outcome):
    texts = resolution_texts(MODERNGOV.format(outcome=outcome), name="maruwhenua.txt")
    assert len([t for t in texts if "food scraps" in t]) == 1, texts


def test_two_decisions_alike_but_for_their_names_stay_two():
    """Near miss: the outcome is set aside, the names are not: two grants to two clubs are two decisions."""
    text = (
        "Decision:\n"
        "That the Board grants $4,200 to the Maungatea Playcentre for a shade sail. Carried\n\n"
        "Decision:\n"
        "That the Board grants $4,200 to the Puhi Valley Rugby Club for a shade sail. Carried\n"
    )
    texts = resolution_texts(text, name="maungatea.txt")
    assert len([t for t in texts if "grants $4,200" in t]) == 2, texts


IE_HEAD = "Ardvally Municipal District\nMinutes of the Meeting held 9 February 2026\n\n"
US_HEAD = "CITY OF CASSEL BEND\nRegular Council Meeting, September 8, 2025\n\n"


@pytest.mark.parametrize(
    "head, body, wording, not_in",
    [
        (  # an Irish municipal district: an officer's task, then the proposal put in words
            IE_HEAD,
            "4. Schedule of Municipal District Works 2026\nThe Senior Executive Engineer to arrange a site meeting with Cllr. Delaney and the landowner.\n"
            "Proposed by Cllr. Nic Giolla Phádraig, seconded by Cllr. Kiely, that the Schedule of Municipal District Works 2026 be adopted. Agreed.\n",
            "Schedule of Municipal District Works 2026 be adopted",
            "site meeting",
        ),
        (  # an Irish joint policing committee: a report and the item's matter, then the proposal after a colon
            "Balrathmore Joint Policing Committee\nMinutes of the Meeting held 20 October 2025\n\n",
            "3. Community CCTV\nMr. Leahy confirmed the 12-camera system at Balrathmore Square went live in August. "
            "Application for Castlebeg (8 cameras, est. €64,000): Cllr. Spillane proposed, Mr. Cotter seconded, that the JPC supports the application.\n"
            "   Agreed.\n",
            "the JPC supports the application",
            "went live",
        ),
        (  # a US city: the consent agenda's lettered list, then the motion moved in words
            US_HEAD,
            "CONSENT AGENDA: (a) minutes 8/25/25 (b) bills list $214,866.09 (c) street closure request, Oktoberfest. "
            "Kuhn moved, Asante seconded to approve the consent agenda. Roll call: all ayes. Motion passed.\n",
            "to approve the consent agenda",
            "bills list",
        ),
    ],
)
def test_closer_starts_at_the_proposal_put_in_words(head, body, wording, not_in):
    texts = resolution_texts(head + body)
    found = [t for t in texts if wording in t]
    assert found, texts
    assert not any(not_in in t for t in found), texts


@pytest.mark.parametrize(
    "head, body, matter",
    [
        (  # a Welsh community council: the grant, then movers with no wording of their own
            "Pentreglas Community Council\nMinutes of the meeting held 12 March 2025\n\n",
            "7. Grants\nYsgol Pentreglas PTA asked for £250 towards the summer trip. Cllr Amos proposed, Cllr Bevan seconded. Agreed.\n",
            "£250 towards the summer trip",
        ),
        (  # a US board: the matter, then a motion 'to approve.' with no object
            "HOLLISFIELD PUBLIC LIBRARY\nBoard of Trustees, July 15, 2025\n\n",
            "Consent agenda (minutes of June 17; June financial reports; donations of $850). Mr. Dehner moved, Mrs. Amberger seconded, to approve. "
            "Roll call 6 yes. Motion 25-51 passed.\n",
            "donations of $850",
        ),
    ],
)
def test_closer_keeps_the_matter_when_the_proposal_has_no_wording(head, body, matter):
    texts = resolution_texts(head + body)
    assert any(matter in t for t in texts), texts


@pytest.mark.parametrize("name", ["quailrun_city_ks_2.txt", "arroyoverde_nm_1.txt", "brockwellregis_tc_1.txt"])
def test_the_trained_layer_adds_no_decision_to_an_agenda(name, monkeypatch):
    """A Kansas city's, a New Mexico city's and an English town council's agendas (corpus/invented): 'a. Approve minutes
    of March 11, 2025', 'Award of RFP 2026-03 ... Recommended Action: Award and authorize ...', '8. Market Hall roof - to
    consider the three quotations received ...' read to the model like the decisions they ask for; on a page typed agenda
    only the rules' records stand."""
    from minutes_miner.extraction import extract_path

    from helpers import ROOT

    monkeypatch.setenv("MINUTES_MINER_LAYER", "both")
    extraction = extract_path(ROOT / "corpus" / "invented" / name)
    assert extraction.document.doc_type == "agenda"
    assert not [r.text for r in extraction.resolutions if r.marker == "model"]


def test_model_not_allowed_keeps_the_rules_records_alone(monkeypatch):
    """Near miss: with the model not allowed the rules' own records are kept as they are."""
    from minutes_miner.extract.found import FoundResolution
    from minutes_miner.extract.layered import layered_resolutions

    monkeypatch.setenv("MINUTES_MINER_LAYER", "both")
    ruled = [FoundResolution(0, 30, "That the minutes be approved.", "RESOLVED", "marker")]
    assert layered_resolutions(None, ruled, model_allowed=False) == ruled


@pytest.mark.parametrize(
    "head, body, fact",
    [
        (US_HEAD, "7. Street sweeper purchase\nThree bids were received. Public Works Director Ames recommended the low bid.\n", "Three bids were received"),
        (
            "Wyralee Council\nMinutes of the Ordinary Meeting held 17 November 2025\n\n",
            "9.2 PLN-25-0077 Dwelling and outbuilding, 14 Sorell Hill Road\nThe application was advertised for 14 days. Two representations were received.\n",
            "Two representations were received",
        ),
        (
            "Stonebury Borough Council\nOfficer Decision Notice\n\n",
            "Background\nFollowing an open procedure, 5 compliant tenders were received.\n",
            "5 compliant tenders were received",
        ),
        (
            "Lisnagarvan Borough Council\nMinutes of the Planning Committee held 3 March 2025\n\n",
            "12. Planning performance\nIn the quarter 212 applications were decided; 94% of applications were approved.\n",
            "94% of applications were approved",
        ),
    ],
)
def test_a_count_received_or_approved_is_no_decision(head, body, fact, monkeypatch):
    monkeypatch.setenv("MINUTES_MINER_LAYER", "rules")  # the rules' reading (an item with no decision at all is the model's to score)
    assert not any(fact in t for t in resolution_texts(head + body))


@pytest.mark.parametrize(
    "body, decision",
    [
        ("3. Minutes\nThe minutes of 27 November 2024 were approved as a correct record.\n", "minutes of 27 November 2024 were approved"),
        ("8. Item 5 recommendations\nItem 5 recommendations were approved.\n", "Item 5 recommendations were approved"),
    ],
)
def test_a_dated_or_numbered_subject_is_no_count(body, decision):
    """Near miss: a date or a label's number before the outcome is not a count of cases."""
    texts = resolution_texts("Calderholme Council\nMinutes of the Cabinet held 11 December 2024\n\n" + body)
    assert any(decision in t for t in texts), texts


TC_HEAD = "Harlbury Town Council\nMinutes of the Environment and Allotments Committee held 6 May 2025\n\n"


@pytest.mark.parametrize(
    "line",
    [
        "EA/25/12 Apologies: Cllr M. Stannard (holiday). Accepted.",  # an English town council's minute reference
        "F.101 APOLOGIES - Cllr A Pinnegar (holiday). Accepted.",
        "**1. Apologies** - Cllr Angove (family commitment). Accepted.",  # a Cornish parish, in markdown
        "25/141 Apols – J Sallis (ill). Accepted.",
        "26/01 Apologies – Cllrs M Harries (work), P Lloyd (ill health). Accepted.",  # a Welsh town council
    ],
)
def test_apologies_accepted_is_attendance_not_a_decision(line):
    text = TC_HEAD + line + "\nEA/25/14 Minutes of 1 April 2025 - approved (prop. AG, sec. TM), Chair signed.\n"
    texts = resolution_texts(text)
    assert not any("polog" in t or "Apols" in t for t in texts), texts
    assert any("Minutes of 1 April 2025" in t for t in texts), texts  # the next minute's decision stays


def test_a_formal_apology_resolution_is_still_a_decision():
    """Near miss: a New Zealand board's 'That the apology ... be accepted. CARRIED' is a resolution (ANNOTATION.md)."""
    text = "Whetukura District Council\nMinutes of the Community Board held 4 March 2025\n\n2. Apologies\nThat the apology from Cr Pohatu for absence be accepted.\nCARRIED\n"
    assert any("apology from Cr Pohatu" in t for t in resolution_texts(text))


def test_an_apology_moved_in_words_and_carried_is_still_a_decision():
    """Near miss: 'Apologies: X. Moved A / B that the apology be accepted. Carried.' (a New Zealand community board) puts a motion."""
    text = (
        "Maungatea Community Board\nMinutes of an ordinary meeting held on Thursday 14 August 2025\n\n"
        "Apologies: Leanne Brosnan. Moved Tipene / Walker that the apology be accepted. Carried.\n"
    )
    assert any("the apology be accepted" in t for t in resolution_texts(text))
