"""Resolution families of session res31, with sentences quoted from the invented development documents.

A table flattened one cell a line whose header row ends in a 'Decision' cell ('Applicant' / 'Purpose' /
'Requested' / 'Decision') is no 'Decision' section: each row's cell holds its outcome and the motion under
the table is its own record; with the near-misses that must stay as they were."""

from __future__ import annotations

from helpers import resolution_texts

from minutes_miner.extraction import extract_path

HEAD = "Minutes of the meeting of Ashcombe Parish Council held on 3 March 2026\nPresent: Cllr Hale, Cllr Noor\n\n"


def decisions(body: str, name: str = "ashcombe.txt") -> list[str]:
    return resolution_texts(HEAD + body, name)


GRANT_TABLE = (
    "## 6. Discretionary fund applications\n\n"
    "| Applicant | Purpose | Requested | Decision |\n"
    "|---|---|---|---|\n"
    "| Raupō Flat Playcentre | fence repairs | $2,400 | granted $2,400 |\n"
    "| Domain Tennis Club | net & posts | $1,850 | granted $1,200 |\n\n"
    "Lusk/Pettigrew - *that the grants be made as in the table above.* Carried. Balance remaining in the fund is $4,115 (of $9,000).\n"
)


def test_decision_column_header_opens_no_section(tmp_path):
    path = tmp_path / "board.md"
    path.write_text(HEAD + GRANT_TABLE, encoding="utf-8")
    found = [res.text for res in extract_path(path).resolutions]
    motion = [text for text in found if "grants be made as in the table above" in text]
    assert motion and not any("Playcentre" in text or "Tennis" in text for text in motion)


def test_decision_heading_under_an_item_heading_still_opens_a_section():
    body = "7. Waste collection review\nDecision\nThat the three-weekly collection trial be extended to March 2027.\n\n8. Close\n"
    assert any("three-weekly collection trial be extended" in text for text in decisions(body))
