"""Agreed comments a body asks to be passed on as a list, with no RESOLVED over the request.

'The Committee asked that the following be conveyed to Council:', 'The Commission asked that the following comments
be conveyed to the City Council with the draft:', 'Agreed the following points go to ... staff for the Council's
submission:' (New Zealand community boards and committees, US planning commissions): the request is the decision
and each item under its colon an agreed comment (ANNOTATION.md "Agreed comments"). Where a formal resolution just
after it forwards the comments ('That the Committee receives the ... update and forwards its comments to Council.'),
that resolution is the decision and the request its preamble. Excerpts quoted from corpus/invented.

Near misses: a request for information ('asked that officers circulate the figures') is no list passed on, and a
request naming no recipient gives no comments.
"""

from __future__ import annotations

import pytest

HEAD = "Minutes of the meeting of the Audit Committee of Tallowmere Council held on 3 March 2025\n\nPresent: Cr A Hale (Chair), Cr B Noor, Cr C Dale\n\n"


def _extract(body: str):
    from minutes_miner.extraction import extract_document
    from minutes_miner.readers.base import Document

    return extract_document(Document(path="tallowmere.txt", format="txt", text=HEAD + body), "test")


@pytest.mark.parametrize(
    "body, recipient, comments",
    [
        (
            "6 FRESHWATER MANAGEMENT - SUBMISSION\nMembers discussed the draft Regional Council plan change. Agreed the\n"
            "following points go to Waikerepu District Council staff for the Council's\nsubmission:\n"
            "- the Board supports stock exclusion from the Awatuna Stream;\n"
            "- the Board asks for a longer consultation period (at least 6 weeks) for\n  coastal communities.\nPita Walsh to forward.\n",
            "Waikerepu District Council staff",
            ["stock exclusion", "longer consultation period"],
        ),
        (
            "5. WORK SESSION: DRAFT ACCESSORY DWELLING UNIT ORDINANCE\nCommissioners discussed maximum size and parking. No action was taken.\n"
            "The Commission asked that the following comments be conveyed to the City Council with the\ndraft:\n"
            "  - owner occupancy should not be required;\n"
            "  - one parking space per ADU should be required where on-street parking is restricted.\n\n6. STAFF UPDATES\nNone.\n",
            "City Council",
            ["owner occupancy", "one parking space"],
        ),
    ],
)
def test_request_passing_a_list_on_is_a_decision_with_comments(body, recipient, comments):
    result = _extract(body)
    assert [c.recipient for c in result.agreed_comments] == [recipient] * len(comments)
    for found, words in zip(result.agreed_comments, comments):
        assert words in found.text
    assert any("the following" in r.text for r in result.resolutions)


def test_formal_resolution_forwarding_the_comments_takes_them():
    body = (
        "4   Strategic Risk Register - quarterly update\nMs Fong reported that the register holds 18 strategic risks.\n\n"
        "The Committee asked that the following be conveyed to Council:\n"
        "(a) the wastewater compliance risk should be reported to every Council meeting until the\n    abatement notice is lifted;\n"
        "(b) the cyber security risk assessment should be independently reviewed in 2026.\n\n"
        "Committee resolution ARC26/03\nMoved Cr McAllum, seconded Cr Galbraith\n"
        "That the Committee receives the Strategic Risk Register update and forwards its comments to\nCouncil.\nCarried\n"
    )
    result = _extract(body)
    assert [c.recipient for c in result.agreed_comments] == ["Council", "Council"]
    assert not any("asked that the following" in r.text for r in result.resolutions)
    forwarding = [r for r in result.resolutions if "forwards its comments" in r.text]
    assert len(forwarding) == 1
    assert {c.resolution_id for c in result.agreed_comments} == {forwarding[0].id}


def test_request_for_information_is_no_comment_list():
    body = (
        "7. Budget monitoring\nThe Committee asked that officers circulate the following figures to members before the next meeting:\n"
        "- the overspend by service;\n- the reserves position.\n"
    )
    result = _extract(body)
    assert result.agreed_comments == []


def test_recommendation_that_the_following_views_be_considered_lists_comments():
    body = (
        "5. DRAFT SPEED MANAGEMENT PLAN\nThe Board considered the draft plan.\nResolution number PBCB/2025/43\n"
        "MOVED: Member Ngata   SECONDED: Member O'Rourke\nThat the Pohutu Bay Community Board:\na) Receives the report.\n"
        "b) Recommends to the Mataroa District Council that the following views be\n   considered when the plan is adopted:\n"
        "   i.  that the speed limit on Marine Parade be 30 km/h year round, not only in\n       summer;\n"
        "   ii. that a raised crossing be installed outside Pohutu Bay School;\n"
        "   iii. that the 80 km/h limit on Kaiwhenua Road is supported.\nCARRIED\n"
    )
    result = _extract(body)
    assert [c.recipient for c in result.agreed_comments] == ["Mataroa District Council"] * 3
    assert "raised crossing" in result.agreed_comments[1].text
    assert any("Receives the report" in r.text for r in result.resolutions)


def test_committee_recommendation_to_council_is_no_comment():
    body = "4. Water treatment tender\nThat the Committee recommends to Council that the tender be awarded to Aquafilt NZ Ltd.\nCARRIED\n"
    result = _extract(body)
    assert result.agreed_comments == []
    assert any("tender be awarded" in r.text for r in result.resolutions)


@pytest.mark.parametrize(
    "line, recipient, comments",
    [
        (
            "25/0132/HOU - replacement garage, 7 Maes Glas. The Council has no objection but asks that the Planning Authority note the narrow "
            "access and the need for the 2 parking spaces to be retained. These comments to be sent to the case officer.",
            "the case officer",
            ["The Council has no objection but asks that the Planning Authority note the narrow access and the need for the 2 parking spaces to be retained."],
        ),
        (
            "24/01560/B - 3 holiday chalets, Glen Road - the Commissioners object: access is onto a single-track road with no passing places; "
            "foul drainage details are absent. The Clerk to forward these comments to Planning and Building Control by 15 January.",
            "Planning and Building Control",
            ["access is onto a single-track road with no passing places", "foul drainage details are absent."],
        ),
        (
            "C25/0917 - Tir ger Pen-y-bryn, 6 affordable homes: Support, but ask for 2 parking spaces per house not 1.5 - to go to county planning.",
            "county planning",
            ["Support, but ask for 2 parking spaces per house not 1.5"],
        ),
    ],
)
def test_planning_remark_sent_on_by_a_note_is_a_comment(line, recipient, comments):
    result = _extract("4. Planning\n" + line + "\n\n5. Finance\nNone.\n")
    assert [c.text for c in result.agreed_comments] == comments
    assert {c.recipient for c in result.agreed_comments} == {recipient}


def test_planning_remark_with_no_note_sending_it_is_no_comment():
    result = _extract("4. Planning\n24/01522/B - erection of garage and workshop, Ballacurn Farm - the Commissioners have no objection.\n\n5. Finance\nNone.\n")
    assert result.agreed_comments == []
    assert any("no objection" in r.text for r in result.resolutions)


def test_inline_numbered_comments_after_the_following_comments_colon():
    body = (
        "MASSDOT ROUTE 6A RESURFACING - 25% DESIGN COMMENTS\nMassDOT project manager Kyle Barrow presented the 25% design.\n"
        "After discussion, Mr. Souza moved that the Board submit the following comments to MassDOT\n"
        "on the 25% design: (1) the Board requests a raised crosswalk at the Tamsin Bay Library;\n"
        "(2) the 5-foot bike lane should continue through the village center rather than end at\n"
        "Pond Street; (3) the Town asks that no work take place in the village between June 15 and\n"
        "Labor Day. Ms. Frain seconded. VOTE: 5-0-0.\n\nOTHER BUSINESS\nNone.\n"
    )
    result = _extract(body)
    assert [c.text for c in result.agreed_comments] == [
        "the Board requests a raised crosswalk at the Tamsin Bay Library",
        "the 5-foot bike lane should continue through the village center rather than end at Pond Street",
        "the Town asks that no work take place in the village between June 15 and Labor Day.",
    ]
    assert {c.recipient for c in result.agreed_comments} == {"MassDOT"}


def test_inline_numbered_items_approved_are_no_comments():
    body = (
        "CONSENT AGENDA\nMr. Souza moved to approve the following items: (1) the warrant of $84,207.19; (2) the minutes of\n"
        "September 21, 2026. Ms. Frain seconded. VOTE: 5-0-0.\n"
    )
    result = _extract(body)
    assert result.agreed_comments == []


def test_motion_passed_on_after_its_vote_is_a_comment():
    body = (
        "6. Electors' questions and motions\n"
        '   (b) Motion from Mrs E. Carver, seconded by Mr D. Okafor: "That this meeting asks the Parish\n'
        '       Council to object to any housing on the Stow Road site." Put to the vote: for 15,\n'
        "       against 6. Carried — the Clerk to pass the motion to the Parish Council for its May\n       meeting.\n\n7. Close\n"
    )
    result = _extract(body)
    assert [c.recipient for c in result.agreed_comments] == ["the Parish Council"]
    assert "Stow Road site" in result.agreed_comments[0].text


def test_view_announced_with_its_recipient_before_the_colon():
    body = (
        "Windfarm community benefit fund (Carnmore Wind) - AG reported 14 applications to the\n"
        "October panel, £62,300 requested against £48,000 available. The CC's view, to go to the\n"
        "fund panel: priority to be given to the Kilbride Hall roof and the youth transport scheme,\n"
        "and no award to be made to groups outwith the benefit area. Agreed.\n\nPlanning - Members had no comment.\n"
    )
    result = _extract(body)
    assert [c.recipient for c in result.agreed_comments] == ["the fund panel"]
    assert result.agreed_comments[0].text.endswith("outwith the benefit area.")


def test_motion_carried_with_no_one_passing_it_on_is_no_comment():
    body = (
        "6. Motions\n"
        '   (b) Motion from Mrs E. Carver, seconded by Mr D. Okafor: "That this meeting asks the Parish\n'
        '       Council to object to any housing on the Stow Road site." Put to the vote: for 15,\n'
        "       against 6. Carried.\n\n7. Close\n"
    )
    assert _extract(body).agreed_comments == []


def test_support_pointed_back_to_is_the_sentence_before():
    body = (
        "## 7. Speed review - State Highway 4 through the township\n\n"
        "The Board supports a 50 km/h limit from the bridge to the school. The Board agreed that its support be passed on to NZTA Waka Kotahi, "
        "with the request that the 70 km/h buffer zone be extended 300 m north.\n\n## 8. Board members' updates\nNone.\n"
    )
    result = _extract(body)
    assert [(c.recipient, c.text) for c in result.agreed_comments] == [
        ("NZTA Waka Kotahi", "The Board supports a 50 km/h limit from the bridge to the school.")
    ]


def test_support_pointed_back_across_a_blank_line_is_no_comment():
    body = (
        "## 7. Speed review\n\nThe Board supports a 50 km/h limit from the bridge to the school.\n\n"
        "## 8. Other\n\nThe Board agreed that its support be passed on to NZTA Waka Kotahi.\n"
    )
    assert _extract(body).agreed_comments == []


def test_motion_moved_by_initials_passes_its_points_on():
    body = (
        "5. School reorganisation consultation\nNine residents spoke, all against closure.\n\n"
        "After debate it was proposed HP / sec ML that the Council formally objects to the proposal and\n"
        "that the following points be included in the response to the Cabinet Member for Education:\n"
        " - the Council does not accept the projected fall to 29 pupils by 2029; house building at Maes\n"
        "   Teg (18 units, approved) has not been counted;\n"
        " - transport costs of around £38,000 a year have been understated;\n"
        " - the Council asks that federation with Llanfrothen be looked at before closure.\n"
        "For 5   Against 0   Abstain 1.  Carried.\n\n6. Close\n"
    )
    result = _extract(body)
    assert [c.recipient for c in result.agreed_comments] == ["Cabinet Member for Education"] * 3
    assert "transport costs" in result.agreed_comments[1].text
    assert any(r.text.startswith("After debate it was proposed HP / sec ML that the Council formally objects") for r in result.resolutions)


def test_motion_moved_by_initials_with_nothing_passed_on_has_no_comments():
    body = "5. Grants\nIt was proposed HP / sec ML that the grant of £250 to the PTA be paid.\nCarried.\n\n6. Close\n"
    result = _extract(body)
    assert result.agreed_comments == []
    assert any("grant of £250" in r.text for r in result.resolutions)


TABLE = (
    "PH/104 Applications (consultee comments to Sowerthorpe District Council)\n"
    "Ref App no. Site Proposal Comment agreed\n"
    "(1) 26/0112/FUL 3 Coopers Row Two storey side extension No objection\n"
    "(2) 26/0129/HOU 18 Orchard Way Rear dormer No objection subject to neighbour's light being\nconsidered\n"
    "(3) 26/0140/TPO 2 The Paddocks Fell 1 oak (T4) Refer to Tree Officer, no comment\n\n"
    "PH/105 Highways\nNone.\n"
)


def test_applications_table_under_a_comments_to_heading():
    result = _extract(TABLE)
    comments = [c for c in result.agreed_comments]
    assert {c.recipient for c in comments} == {"Sowerthorpe District Council"}
    assert any(c.text.startswith("26/0112/FUL 3 Coopers Row") for c in comments)
    assert not any("Tree Officer" in c.text for c in comments)


def test_applications_table_with_no_recipient_heading_gives_no_comments():
    result = _extract(TABLE.replace(" (consultee comments to Sowerthorpe District Council)", ""))
    assert result.agreed_comments == []


def test_second_comment_joined_by_together_with_its():
    body = (
        "Home to School Transport\n\nRESOLVED: That\n\n(a) the report be noted;\n\n"
        "(b) the Committee's concern at the scale of the projected overspend be reported to Cabinet, together with its support for the "
        "expansion of independent travel training;\n\n(c) the item be added to the work programme for the November meeting.\n"
    )
    texts = [c.text for c in _extract(body).agreed_comments]
    assert len(texts) == 2
    assert texts[0].startswith("the Committee's concern") and texts[0].endswith("reported to Cabinet")
    assert texts[1].startswith("together with its support")


def test_together_with_a_noun_is_no_second_comment():
    body = (
        "Home to School Transport\n\nRESOLVED: That\n\n(a) the report be noted;\n\n"
        "(b) the Committee's concern at the overspend be reported to Cabinet, together with the figures for 2024/25;\n\n"
        "(c) the item be added to the work programme.\n"
    )
    assert len(_extract(body).agreed_comments) == 1
