"""A capitals title that wraps the authority's name before 'COUNCIL' (issue 11, session 31).

Seen on a real New Zealand district council's minutes (web8, an official-information copy): 'MINUTES OF THE ORDINARY
MEETING OF THE MASTERTON DISTRICT' / 'COUNCIL HELD IN THE FRANK CODY LOUNGE, ...': the name was read as a body
('Masterton District') and no council was found. Invented councils, the same form."""

from __future__ import annotations

import pytest

from minutes_miner import structure as structure_module
from tests.helpers import analysed_page

REST = "\nWEDNESDAY 23RD MARCH 2025 AT 3.00PM\n\nPRESENT\nMayor A Hale (Chair), Councillors B Noor, C Dale.\n\n1. Apologies\nNone.\n"


@pytest.mark.parametrize(
    ("title", "council"),
    [
        (
            "101 \n039/16 \nMINUTES OF THE ORDINARY MEETING OF THE ELMWOOD DISTRICT \nCOUNCIL HELD IN THE HALE LOUNGE, ELMWOOD DISTRICT \n\n"
            "COUNCIL BUILDING, 64 CHAPEL STREET, ELMWOOD ON  ",
            "Elmwood District Council",
        ),
        (
            "This is an HTML version of an attachment to an information request.\n12 \nMINUTES OF THE MEETING OF THE HARTWELL CITY\n"
            "COUNCIL HELD IN THE HALE ROOM, HARTWELL CITY\n\nCOUNCIL OFFICES, 2 HIGH STREET, HARTWELL ON",
            "Hartwell City Council",
        ),
    ],
)
def test_the_wrapped_name_is_the_council_and_its_full_meeting(tmp_path, title: str, council: str) -> None:
    structure = analysed_page(tmp_path, title + REST)
    assert structure.council == council
    assert structure.body == "Council"


def test_the_rejoin_keeps_every_offset_and_only_joins_before_council() -> None:
    text = "MEETING OF THE ELMWOOD DISTRICT\nCOUNCIL HELD ON\nTHE DISTRICT\nPLAN WAS NOTED\n"
    joined = structure_module.rejoined_authority_names(text)
    assert len(joined) == len(text)
    assert joined.startswith("MEETING OF THE ELMWOOD DISTRICT COUNCIL HELD ON\n")
    assert "THE DISTRICT\nPLAN" in joined  # 'DISTRICT' before another word stays where the page broke it
