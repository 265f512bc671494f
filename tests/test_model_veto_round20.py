"""Veto families found when `make train` rebuilt the model from the committed gold (issue 16, item 3; round 20).

The model `make train` builds (real gold x2 + invented, thresholds chosen on blind tune: DECISION 0.3) proposed
nine near-misses that older tests refuse (resolutions rounds 7, 12, 13, 14, 16, 18, generalise). The rules refuse them
by having no marker for them; the model reads their outcome words. Each family is refused here with the classifier
made to propose every sentence (threshold 0.0, as in test_model_veto.py: the tests do not depend on the weights), and
a decision of the same shape still passes. Invented minutes in UK, Irish, US, Canadian, Australian and NZ styles.
"""

from __future__ import annotations

import pytest
from test_model_veto import HEAD, model_decisions

from minutes_miner.extract.model_veto import refused_decision


@pytest.mark.parametrize(
    "body",
    [
        # a fact noted in debate, not a document received (ANNOTATION.md: 'Members noted that turnover was high')
        "5. Footpaths\nMembers noted the footpath by the school was still closed.\n\n6. Close\n",
        "POOL REPORT\nThe Board noted attendance had fallen at the pool this summer.\n\nADJOURNMENT\n",
        "9.2 Funding\nCouncil noted the grant funding from the State was lower than expected.\n\n9.3 Close\n",
        # a tally of cases decided elsewhere, not the meeting's decision
        "6. Planning\nApplications determined this quarter: 22 approved, 3 refused, 1 withdrawn.\n\n7. Close\n",
        "BUILDING PERMITS\nPermits (Q3): 48 issued, 46 approved, 2 refused.\n\nNEW BUSINESS\n",
        "4. Community grants\nOf 14 grant requests, 11 were approved and 3 declined by the Trust.\n\n5. Close\n",
        # an outcome dated before the meeting, in the active voice, or told by one who recalls it
        "7. Planning\n25/02210/FUL - garage, 9 Kiln Lane; the Parish Council supported the scheme at its last meeting.\n\n8. Close\n",
        "7. Skate park\nThe Community Board endorsed the concept plan in 2022, the Parks Manager reported.\n\n8. Close\n",
        "7. Hall\nThe hall committee had agreed a fee of £20 an hour in 2021, the Clerk recalled.\n\n8. Close\n",
        # objections by others: the noun after 'of' or 'in' is no word of deciding
        "7. Planning\n25/01190/FUL - two dwellings, Glebe Field. Fourteen households wrote in objection to the scheme.\n\n8. Close\n",
        "7. Planning\nP/25/0113 - Three residents spoke in objection to the proposal.\n\n8. Close\n",
        # a decision still to be made
        "10. Lease\nDecision to be taken at the next meeting once the valuation is in.\n",
        "10. Play area\nThe matter is to be considered at a future meeting of the Council.\n",
        # a bare 'Passed.' with no motion: a test or an inspection passed
        "5. Fire Chief\nThe annual pump test of Engine 3 was carried out on 4 May. Passed.\n\n6. Adjourned\n",
        "5. Play equipment\nThe annual RoSPA inspection of the play area was completed. Passed.\n\n6. Close\n",
        # an outcome word used as an adjective ('Approved grants are ...')
        "8. Community Fund\nApproved grants are listed on the Council's website.\n\n9. Close\n",
        "8. Contractors\nApproved contractors must hold public liability insurance of £5m.\n\n9. Close\n",
        "8. Policies\nAdopted policies are published in the members' handbook.\n\n9. Close\n",
    ],
)
def test_the_model_adds_none_of_the_round20_near_misses(monkeypatch, body):
    assert model_decisions(monkeypatch, body) == []


@pytest.mark.parametrize(
    "body, lead_in",
    [
        # a lead-in line ending in a colon: the decisions are the list under it
        ("6. Grants\nThe following was unanimously agreed:\n\n- £200 to the Scouts\n- £150 to the Guides\n", "The following was unanimously agreed:"),
        (
            "7. Budget\nMembers resolved as follows:\n\n(a) the precept be set at £24,000;\n(b) the reserves be held at £10,000.\n",
            "Members resolved as follows:",
        ),
        (
            "RESOLUTIONS\nOn motion duly made and seconded, the Board adopted the following:\n\nResolution 25-14 authorizing the audit contract.\n",
            "the following:",
        ),
    ],
)
def test_a_lead_in_alone_is_refused(body, lead_in):
    text = HEAD + body
    start = text.index(lead_in)
    line_start = text.rfind("\n", 0, start) + 1
    assert refused_decision(None, text, line_start, text.index("\n", start))


@pytest.mark.parametrize(
    "sentence",
    [
        "The Committee noted the Corporate Risk Register.",
        "The Council noted the accounts were in order and agreed to sign them.",
        "The Council noted with concern the closure of the branch library.",
        "Planning application 24/0031 approved.",
        "Motion: to adopt the plan. Vote 4 agreed, 1 against. Carried.",
        "The Committee approved 3 of the 4 grant applications.",
        "The Council agreed to proceed with the scheme agreed at the last meeting.",
        "The Council approved the scheme in principle in 2019 and today agreed to fund it.",
        "26/00911/B, extension, Ballavitchell Farm - no objection.",
        "The Council raised an objection to the application on highway grounds.",
        "The Council objected to the application.",
        "Decision to accept the quotation from Moss Ltd and proceed with the works.",
        "Treasurer's report -- checking $41,220.10. Motion Bell / Ortiz to accept. Passed.",
        "Proposed by Councillor Walsh that the draft budget be adopted. Passed.",
        "Moved Cr Hale, seconded Cr Ng, that the fees rise by 3%. Carried.",
        "The revised budget of $1.2m - approved.",
        "Agreed the minutes were a true record.",
        "Agreed grants be paid to the Scouts and the Guides.",
        "Approved the schedule of payments.",
        "Approved grants are listed below. The Council agreed to fund the Scouts' new tent.",
    ],
)
def test_a_decision_of_the_same_shape_passes_the_veto(sentence):
    text = HEAD + "5. Business\n" + sentence + "\n"
    assert not refused_decision(None, text, text.index(sentence), len(text) - 1)
