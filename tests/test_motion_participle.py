"""Resolutions: a motion whose wording opens with a participle, and 'Rollcall' in one word (issue 16, session 32).

Seen on real minutes of a council no rule was written on (web9, a Minnesota city council): 'Motion made by Member
Johnson and seconded by Member Faust approving the Council Consent Agenda as presented. Rollcall: Ayes: Faust, Johnson,
Kelly, Maetzold Motion carried.' The participle ('approving', 'adopting', 'granting') stands where 'to approve' would; a
participle that is no motion's wording ('Motion made by Member Lee regarding the park') gives no record. Invented
council and people, the same forms."""

from __future__ import annotations

import pytest

from tests.helpers import resolution_texts

HEAD = "MINUTES OF THE REGULAR MEETING OF THE ELMWOOD CITY COUNCIL HELD AT CITY HALL MARCH 3, 2015\n\n"


@pytest.mark.parametrize(
    ("motion", "wording"),
    [
        (
            "Motion made by Member Lee and seconded by Member Ortiz approving the Consent Agenda as presented. Rollcall: Ayes: Lee, Ortiz, Park Motion carried.",
            "approving the Consent Agenda as presented. Rollcall: Ayes: Lee, Ortiz, Park Motion carried.",
        ),
        (
            "Motion by Member Park, seconded by Member Lee, granting the variance for 12 Oak Street. Motion carried on rollcall vote - three ayes.",
            "granting the variance for 12 Oak Street.",
        ),
    ],
)
def test_a_participle_opens_the_motions_wording(motion: str, wording: str) -> None:
    texts = resolution_texts(HEAD + "PUBLIC HEARINGS " + motion + "\n")
    assert any(t.startswith(wording) for t in texts), texts


def test_a_participle_that_is_no_wording_gives_no_record() -> None:
    texts = resolution_texts(HEAD + "PARKS Discussion was held regarding the approving authority for park permits. Member Lee asked about fees.\n")
    assert texts == [], texts
