"""Resolution families of round 14 (issue 16): short outcome closers on councils never seen.

A minute often records a one-sentence report or fact and closes it with a bare 'Noted.' or
'Received.' on the same line ('The Assistant Clerk reported that 9 void properties were
outstanding. Noted.'). The sentence before is narrative (someone reported, asked, confirmed;
a figure stood at ...), not the wording of a motion: the decision is the noting itself
(ANNOTATION.md: "Noted." is the outcome of an item). A matter line ('Letter from the Fire
Service re hydrants. Noted.', 'Rural Housing Trust - open day on 4 May. Noted.') names what was
noted and keeps its matter. Snippets are invented, in Manx, South African, NZ, Australian,
Irish, US and UK styles.
"""

from __future__ import annotations

import pytest

from helpers import resolution_texts

HEAD = "Minutes of the meeting of Kilrenny Commissioners held on 3 March 2025\n\nPresent: Mr A Hale (Chair), Mrs B Noor, Mr C Dale\n\n"


def decisions(body: str, head: str = HEAD) -> list[str]:
    return resolution_texts(head + body)


def _bare(found: list[str]) -> bool:
    return any(t.rstrip(".").strip().lower() in {"noted", "received"} for t in found)


@pytest.mark.parametrize(
    "body, narrative",
    [
        (
            "1148. HOUSING - ESTATE MAINTENANCE\nThe Assistant Clerk reported that 9 void properties were outstanding, the average re-let time being 41 days. Noted.\n\n"
            "1149. CLOSE\n",
            "void properties",
        ),
        ("  9.  GENERAL\n      Cllr Mkhize requested the sports field lights at the stadium be repaired\n      before the games. Noted.\n\n  The meeting closed at 12:15.\n", "Mkhize"),
        ("24/219  Housing\n(a) Rent arrears stood at £18,426 across 19 tenancies, 0.9 per cent of the annual rent roll. Noted.\n\n24/220 Close\n", "Rent arrears"),
        ("  6   MEMBERS' REPORTS\n      Members reported on their activities in the ward. Received.\n\n  7   MEETING SCHEDULE\n", "Members reported"),
        ("Item 7 Library Services\nThe Library Manager advised that visits had risen by 12% on last year. Noted.\n\nItem 8 Close\n", "Library Manager"),
        ("T/13/26  Charity Commission annual return - the Town Clerk confirmed it was filed on 2 October. Noted.\n\nClosed 7.05pm.\n", "Charity Commission"),
        ("6. FIRE DEPARTMENT\nChief Lindqvist stated that the new pumper was in service. Received.\n\n7. ADJOURNMENT\n", "pumper"),
    ],
)
def test_one_narrative_sentence_then_noted_is_the_bare_noting(body: str, narrative: str) -> None:
    found = decisions(body)
    assert _bare(found), found
    assert not [t for t in found if narrative in t], found


@pytest.mark.parametrize(
    "body, matter",
    [
        ("1149. CORRESPONDENCE\n(b) Manx Utilities - street lighting replacement programme (LED), 120 columns in Phase 2. Noted.\n\n1150. CLOSE\n", "Manx Utilities"),
        ("8. Correspondence\nLetter from the Fire Service re hydrant testing in Mill Lane. Noted.\n\n9.\n", "hydrant testing"),
        ("8. CORRESPONDENCE\n(a) Invitation to the Mayor's civic service on 12 May. Noted.\n\n9.\n", "civic service"),
        ("5. Correspondence\nEmail from a resident, who reported fly-tipping in Back Lane. Noted.\n\n6.\n", "fly-tipping"),
        ("10. Grants\nThe Clerk reported a request from the Scouts for £150. Cllr Ray proposed a grant of £100, seconded Cllr Lee. Agreed.\n\n11.\n", "grant of £100"),
    ],
)
def test_a_matter_or_a_proposal_before_the_closer_keeps_its_words(body: str, matter: str) -> None:
    found = decisions(body)
    assert any(matter in t for t in found), found


def test_noted_inside_a_sentence_is_no_closer() -> None:
    body = "5. Finance\nThe Clerk reported that the precept had been received. Members noted that the bank balance was healthy.\n\n6. Close\n"
    assert not _bare(decisions(body)), decisions(body)
