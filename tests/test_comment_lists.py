"""Agreed comments passed on as a list 'of the following': the clause names the list and, in the same clause, to whom.

'(b) requests that the following comments be included in the submission to the State Planning Office:
(i) ... (ii) ...', 'Approves the following comments as its submission to the Committee: a. ... b. ...',
'refer the decision back to Cabinet ... with the following recommendations: (i) ...', 'the Panel's report to the
Commissioner include the following comments: (a) ...': each item after the colon is an agreed comment
(ANNOTATION.md: "one record per comment"), the "to X" of the clause is its recipient, and the decision keeps its
whole text. Before, only 'comments be passed/forwarded/referred ... to X' wording was read, and these lists, common
in submissions of Australian and New Zealand committees and in English call-in and police panel minutes, gave none
(corpus/gold/invented: 67 of 111 agreed comments found, 85 after).

Snippets are invented, in Australian, New Zealand, English and US styles. Near misses: a list of amendments to the
council's own policy, a list of recommendations approved with no one to pass them to, and a list noted, give no
comments.
"""

from __future__ import annotations

import pytest

HEAD = (
    "Minutes of the meeting of the Planning Committee of Tallowmere Council held on 3 March 2025\n\nPresent: Cllr A Hale (Chair), Cllr B Noor, Cllr C Dale\n\n"
)


def _extract(body: str):
    from minutes_miner.extraction import extract_document
    from minutes_miner.readers.base import Document

    return extract_document(Document(path="tallowmere.txt", format="txt", text=HEAD + body), "test")


@pytest.mark.parametrize(
    "body, recipient, comments",
    [
        (
            "6. Draft Regional Land Use Strategy - Submission\nThe Manager Planning presented the draft.\n"
            "RESOLVED that the Committee:\n(a) endorses the draft submission at Attachment 1; and\n"
            "(b) requests that the following comments be included in the submission to the State Planning Office:\n"
            "(i) the density targets are not achievable without investment in the bus corridor;\n"
            "(ii) the council seeks to be consulted on the infrastructure schedule.\n\n7. Close\n",
            "State Planning Office",
            [
                "the density targets are not achievable without investment in the bus corridor;",
                "the council seeks to be consulted on the infrastructure schedule.",
            ],
        ),
        (
            "8. Coastal Pathway Design\nThat the Community Board:\n"
            "1.  Approves the following comments as its submission to the Infrastructure Committee on the draft design:\n"
            "    a.  The Board supports the seaward boardwalk option.\n"
            "    b.  Lighting should be provided at no more than 500-metre intervals.\n"
            "2.  Notes that the design will be consulted on in May.\nCARRIED\n",
            "Infrastructure Committee",
            ["The Board supports the seaward boardwalk option.", "Lighting should be provided at no more than 500-metre intervals."],
        ),
        (
            "5. Call-in: Temporary Accommodation Contract\nFollowing debate, on the motion of Councillor Brandt, seconded by Councillor Rowe, the\n"
            "Committee RESOLVED to refer the decision back to Cabinet for reconsideration with the\nfollowing recommendations:\n"
            "(i)   that Cabinet satisfy itself that the break clause is adequate;\n"
            "(ii)  that families with young children are not placed in the studio units.\n\n6. Any Other Business\n",
            "Cabinet",
            ["that Cabinet satisfy itself that the break clause is adequate;", "that families with young children are not placed in the studio units."],
        ),
        (
            "4. Proposed Precept 2025/26\nRESOLVED that:\n(1) the Panel supports the proposed precept;\n"
            "(2) the Panel's report to the Commissioner include the following comments:\n"
            "    (a) the Panel asks for a trajectory for improvement in call handling;\n"
            "    (b) future precept reports should show every council tax band.\n\n5. Date of Next Meeting\n",
            "Commissioner",
            ["the Panel asks for a trajectory for improvement in call handling;", "future precept reports should show every council tax band."],
        ),
    ],
)
def test_a_list_passed_on_gives_one_comment_per_item(body: str, recipient: str, comments: list[str]) -> None:
    result = _extract(body)
    assert sorted(c.text for c in result.agreed_comments) == sorted(comments), [r.text for r in result.resolutions]
    assert {c.recipient for c in result.agreed_comments} == {recipient}
    deciding = [r for r in result.resolutions if comments[0] in r.text]
    assert deciding, [r.text for r in result.resolutions]  # the decision keeps its list


@pytest.mark.parametrize(
    "body",
    [
        "6. Allotments Policy\nRESOLVED that the policy be adopted with the following amendments:\n"
        "(a) the waiting list be reviewed each April;\n(b) the rent be payable quarterly.\n\n7. Close\n",
        "6. Play Strategy\nRESOLVED that the following recommendations of the working group be approved:\n"
        "(a) the Elm Park play area be resurfaced;\n(b) a new swing be installed at Mill Lane.\n\n7. Close\n",
        "6. Correspondence\nRESOLVED that the following items of correspondence be noted:\n"
        "(a) a letter from the Police;\n(b) an email from a resident about parking.\n\n7. Close\n",
    ],
)
def test_a_list_kept_at_home_gives_no_comments(body: str) -> None:
    result = _extract(body)
    assert result.resolutions, "the decision itself is still found"
    assert result.agreed_comments == []
