"""A local council named only by its kind, read from the hall it met in (issue 11, session 31).

Seen on real parish and community council minutes of councils no rule was written on (web8): 'Minutes of an
Extraordinary Meeting of the Parish Council held on / Thursday 22nd March 2018 at 7.00 pm in Llangarron Village Hall',
'Minutes of the Community Council meeting held on Wednesday 5th June 2019 at 7.30pm in the Craignish Village Hall',
'MINUTES of ANNUAL MEETING OF THE PARISH COUNCIL held at 5 Russell Square, High Street, Broadway on Thursday, ...'.
The page never prints the council's name, but a local council meets in its own parish. An Irish Education and Training
Board is an authority that is its own meeting body. Invented councils, the same forms."""

from __future__ import annotations

import pytest

from tests.helpers import analysed_page

ATTENDANCE = "\n\nPresent: Cllrs Hale (Chairman), Noor, Dale, Park.\n\n1. Apologies\nNone.\n\n2. Minutes\nThe minutes of the last meeting were approved.\n"


@pytest.mark.parametrize(
    ("title", "council"),
    [
        (
            "Minutes of an Extraordinary Meeting of the Parish Council held on\nThursday 6th March 2025 at 7.00 pm in Elmbridge Village Hall",
            "Elmbridge Parish Council",
        ),
        ("Minutes of the Community Council meeting held on Wednesday 5th March 2025 at 7.30pm in the Glenarra Village Hall", "Glenarra Community Council"),
        (
            "MINUTES of ANNUAL MEETING OF THE PARISH COUNCIL held at 4 Mill Lane, High Street, Oakhurst on Thursday, 15th May 2025, at 7.00 pm",
            "Oakhurst Parish Council",
        ),
        ("Minutes of the meeting of the Town Council held on 3 March 2025 in Hartwell Memorial Hall", "Hartwell Town Council"),
        ("MINUTES FOR THE PARISH COUNCIL MEETING HELD IN THE VILLAGE HALL OAKHURST ON TUESDAY 10th JUNE 2025", "Oakhurst Parish Council"),
    ],
)
def test_the_hall_names_the_local_council_and_its_meeting(tmp_path, title: str, council: str) -> None:
    structure = analysed_page(tmp_path, title + ATTENDANCE)
    assert structure.council == council
    assert structure.body == council  # a parish council's meeting as a whole is the council's own


@pytest.mark.parametrize(
    "title",
    [
        "Minutes of the meeting of the Parish Council held on 3 March 2025 in the Village Hall",  # no place before the hall
        "Minutes of the meeting of the Parish Council held on 3 March 2025 in the Council Chamber, Town Hall",
    ],
)
def test_a_hall_without_its_place_names_no_council(tmp_path, title: str) -> None:
    assert analysed_page(tmp_path, title + ATTENDANCE).council is None


def test_a_named_council_is_not_replaced_by_its_hall(tmp_path) -> None:
    structure = analysed_page(
        tmp_path, "Ashdown Parish Council\nMinutes of the meeting of the Parish Council held on 3 March 2025 in Elmbridge Village Hall" + ATTENDANCE
    )
    assert structure.council == "Ashdown Parish Council"


def test_an_education_and_training_board_is_its_own_body(tmp_path) -> None:
    structure = analysed_page(tmp_path, "Kilbrae Education and Training Board\n\nMinutes of the meeting held on 17th November 2025" + ATTENDANCE)
    assert structure.council == "Kilbrae Education and Training Board"
    assert structure.body == "Kilbrae Education and Training Board"
