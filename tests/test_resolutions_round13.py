"""Resolution families of round 13 (issue 16): planning-consultation responses on councils never seen.

A town, parish, community or commissioners' council is a consultee on planning applications: its
minute lists each application by its reference and records the council's response on the same
line ('No objection', 'Object: ...', 'Support', 'The Commissioners have no objection', 'Council
supports, but asks ...'). That response is the meeting's decision on the application (ANNOTATION.md:
the outcome of an item), one record per application. Snippets are invented, in UK, Welsh, Manx,
Irish and Cornish styles. Near misses: objections or support by members of the public, letters of
objection counted, a consultee's objection reported, a line with a reference and no response.
"""

from __future__ import annotations

import pytest

from helpers import resolution_texts

HEAD = "Minutes of the meeting of Ashcombe Parish Council held on 3 March 2025\n\nPresent: Cllr A Hale (Chair), Cllr B Noor, Cllr C Dale\n\n"


def decisions(body: str, head: str = HEAD) -> list[str]:
    return resolution_texts(head + body)


@pytest.mark.parametrize(
    "body, expected",
    [
        ("7. Planning\n25/01123/FUL - single-storey rear extension, 4 Mill Lane - No objection.\n\n8. Close\n", ["25/01123/FUL", "No objection"]),
        (
            "7. Planning\nPA25/02214 - replacement dwelling, Trevean Farm - *Object*: overbearing and out of character.\n\n8. Close\n",
            ["PA25/02214", "out of character"],
        ),
        (
            "12. PLANNING APPLICATIONS\n25/00412/B - Erection of 6 dwellings, Ballacross Road. The Commissioners object: the access is inadequate.\n\n13. AOB\n",
            ["25/00412/B", "Commissioners object", "access is inadequate"],
        ),
        (
            "5. Planning\nFPL/2025/044 Bryn Teg - new agricultural shed. Council supports, but asks for native hedging on the boundary.\n\n6.\n",
            ["FPL/2025/044", "Council supports"],
        ),
        ("Planning\nP/HOU/2025/00318 The Old Forge, High Street: support.\n\nFinance\n", ["P/HOU/2025/00318", "support"]),
        ("9. Planning\n25/0712/HOU, 3 Kiln Close - Members raised no objections.\n\n10.\n", ["25/0712/HOU", "no objections"]),
        (
            "9. Planning\n2025/0417/P, 18 Quay Street: the Town Council has no objection subject to the Conservation Officer's agreement.\n\n10.\n",
            ["2025/0417/P", "no objection"],
        ),
    ],
)
def test_a_response_on_an_application_line_is_a_decision(body: str, expected: list[str]) -> None:
    found = decisions(body)
    hits = [t for t in found if all(e in t for e in expected)]
    assert hits, found
    assert all(len(t) < 240 for t in hits), hits


def test_each_application_is_its_own_record() -> None:
    body = (
        "107. Planning\n"
        "26/00911/B, extension, Ballavitchell Farm - no objection.\n"
        "26/00954/B, 4 houses, Loughan Road - Commissioners object: outside settlement boundary in\n"
        "Area Plan; drainage. Chair & Clerk to attend the planning committee if called.\n\n108. AOB\n"
    )
    found = decisions(body)
    first = [t for t in found if "26/00911/B" in t]
    second = [t for t in found if "26/00954/B" in t]
    assert first and second, found
    assert "26/00954/B" not in first[0] and "26/00911/B" not in second[0], found
    assert "drainage" in second[0] and "Chair & Clerk" not in second[0], found


@pytest.mark.parametrize(
    "body",
    [
        # the public, consultees and letters: not the council's response
        "7. Planning\n25/01123/FUL - rear extension, 4 Mill Lane. Two residents spoke in objection to the scheme.\n\n8. Close\n",
        "7. Planning\n25/01123/FUL - rear extension, 4 Mill Lane. 126 letters of objection had been lodged with the planning authority.\n\n8.\n",
        "7. Planning\n25/01123/FUL Land at Beck Lane - the Lead Local Flood Authority has withdrawn its objection.\n\n8.\n",
        "7. Planning\n25/01123/FUL Land at Beck Lane - the applicant spoke in support of the application.\n\n8.\n",
        # the council's earlier view, history
        "7. Planning\n25/01123/FUL - rear extension, 4 Mill Lane. The Council supported a similar scheme in 2019.\n\n8.\n",
        "7. Planning\n25/01123/FUL - rear extension, 4 Mill Lane; the Parish Council objected at the last meeting.\n\n8.\n",
        # a reference listed with no response yet
        "7. Planning\n25/01123/FUL - rear extension, 4 Mill Lane - response due by 14 March.\n\n8.\n",
    ],
)
def test_objections_by_others_are_no_decision(body: str) -> None:
    found = decisions(body)
    assert not [t for t in found if "25/01123/FUL" in t], found


def test_a_response_pointing_to_a_later_minute_is_recorded_there() -> None:
    body = (
        "7. Planning\n(d) P/OUT/2025/00555 Land south of Mill Lane, outline for up to 38 dwellings - Objection - see below\n\n"
        "(d) The Chair reported 40 letters from residents. The Committee resolved to object strongly to the application.\n\n8.\n"
    )
    found = decisions(body)
    assert not [t for t in found if "P/OUT/2025/00555" in t], found
    assert [t for t in found if "object strongly" in t], found


# --- an ordinance or by-law read and passed -------------------------------------------------------------------------
# US, Canadian and Australian minutes record an enactment by its readings: 'By-law 2025-14, being a by-law to ... - read a
# first, second and third time and finally passed.', 'Bill No. 41, "An Ordinance ...," read by title. Passed 5-0, Ordinance
# No. 3319.'. The passage is the decision; the record reads from the bill's own line. A reading with no passage ('read by
# title a first time. No action.', 'given first and second reading') decides nothing yet.


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "5. BY-LAWS\nBy-law 2025-14, being a by-law to appoint a Chief Building Official -\nread a first, second and third time and finally passed.\n\n6.\n",
            ["By-law 2025-14", "finally passed"],
        ),
        (
            "BY-LAWS\nBylaw No. 1877, being a bylaw to amend the fire service area, was read a third time and adopted.\n\nNEW BUSINESS\n",
            ["Bylaw No. 1877", "adopted"],
        ),
        (
            'ORDINANCES\nBill No. 2025-42, "An Ordinance setting the tax levy for 2025," read by\ntitle. General fund levy $0.6712 per $100 assessed\nvaluation. Passed 5-0, Ordinance No. 3319.\n\nREPORTS\n',
            ["Bill No. 2025-42", "Ordinance No. 3319"],
        ),
        (
            'ORDINANCES - SECOND READING\nBill No. 77, "An Ordinance approving the budget," read by title a second time. Roll call: all aye.\nPassed and approved as Ordinance No. 1204.\n\nREPORTS\n',
            ["Bill No. 77", "Ordinance No. 1204"],
        ),
        ("9. LOCAL LAWS\nLocal Law No. 3 of 2025 (Animal Management) given a second and third reading and passed.\n\n10.\n", ["Local Law No. 3", "passed"]),
    ],
)
def test_an_enactment_read_and_passed_is_a_decision(body: str, expected: list[str]) -> None:
    found = decisions(body)
    assert [t for t in found if all(e in t for e in expected)], found


@pytest.mark.parametrize(
    "body",
    [
        'ORDINANCES - FIRST READING\nBill No. 2025-43, "An Ordinance amending Chapter 405," read by title a first time. No action.\n\nREPORTS\n',
        "BY-LAWS\nBy-law 2025-15, being a by-law to regulate signs, was given first and second reading.\n\n6.\n",
        "ORDINANCES\nMr Hale reported that Ordinance No. 3301 was passed on June 2 and is now in force.\n\nREPORTS\n",
    ],
)
def test_a_reading_without_passage_is_no_decision(body: str) -> None:
    found = decisions(body)
    assert not [t for t in found if "Bill No." in t or "By-law 2025-15" in t or "3301" in t], found


# --- a numbered resolution named with its subject, then moved and adopted ------------------------------------------------
# US boards and commissions list a resolution by its number and what it does ('Resolution No. 2025-01, approving the
# Capital Fund budget revision ..., was offered by Commissioner A and seconded by Commissioner B. Yeas: 4. The resolution
# was declared adopted.', 'Item 10. Resolution 2025-07 declaring surplus a motor grader ... Motion carried.'). The named
# resolution is the decision when its paragraph records it passed; tabled, failed or only introduced, it is none.


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "RESOLUTIONS\nResolution No. 2025-01, approving the Capital Fund budget revision in the amount of $1,932,614, was offered by\n"
            "Commissioner Thibodeaux and seconded by Commissioner Lemoine. Yeas: 4. Nays: 0. The resolution was declared adopted.\n\nREPORTS\n",
            "approving the Capital Fund budget revision",
        ),
        (
            "NEW BUSINESS\nItem 10. Resolution 2025-07 declaring surplus a 2009 motor grader to be sold at auction. Motion Tillman, second Ruiz. Aye: all. Motion carried.\n\nItem 11.\n",
            "declaring surplus",
        ),
        (
            "Resolution #24-118, authorizing the Mayor to sign the paving contract with Ace Paving, moved by Alderman Kowalski, seconded by Alderman Dunn. Carried 6-0.\n\n9.\n",
            "paving contract",
        ),
        (
            "RESOLUTIONS\nResolution No. 12-2025 to accept the donation of a bench from the Garden Club: motion Lee, second Ortiz, passed unanimously.\n\nOLD BUSINESS\n",
            "donation of a bench",
        ),
    ],
)
def test_a_named_resolution_then_adopted_is_a_decision(body: str, expected: str) -> None:
    found = decisions(body)
    assert [t for t in found if expected in t], found


@pytest.mark.parametrize(
    "body",
    [
        "RESOLUTIONS\nResolution No. 2025-03, authorizing the sale of the old depot, was offered by Commissioner Pruitt. There was no second and the resolution died.\n\nREPORTS\n",
        "RESOLUTIONS\nResolution No. 2025-04, amending the personnel policy, was tabled to the March meeting.\n\nREPORTS\n",
        "RESOLUTIONS\nResolution No. 2025-05, adopting the hazard mitigation plan, was introduced for review; action at the next meeting.\n\nREPORTS\n",
    ],
)
def test_a_named_resolution_not_passed_is_no_decision(body: str) -> None:
    found = decisions(body)
    assert not [t for t in found if "Resolution No. 2025-0" in t or "hazard mitigation" in t or "old depot" in t or "personnel policy" in t], found
