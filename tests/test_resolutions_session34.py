"""Resolutions: the forms of web11's pages no rule had been written on (issue 16, session 34).

Seen on real pages of bodies new to every set (web11): a Michigan township board whose seconder 'supported' the motion
('Carpenter moved to approve the agenda as presented. Leach supported. All Ayes. Motion Carried.'); a California cemetery
district's 'Bill moved they all be approved and accepted, Lisa made the second and the motion passed.'; a Montana
commission's 'Blain moved Order 2023-01 to Amend Herd District No. 1; Miller seconded; ... motion carried.'; a Wisconsin
village board's 'Motion made (Dvorak, Giese) to approve these Restrictive Covenants. Voice vote (6-0), motion carried.';
terse elections ('Ron McKilligan elected by acclamation.' under 'Election of Trustees:', 'Bridget was nominated unopposed as
Chair.'); and a government's post-Cabinet statement, 'At this meeting Cabinet:' over bullets each opening with what it did
in lower case ('• advised His Excellency the Governor to ...', '• approved a public consultation ...'). Invented bodies and
people, the same forms; read with the rules alone, so a trained layer's rescue cannot pass them."""

from __future__ import annotations

import pytest

from tests.helpers import resolution_texts

TOWNSHIP = "MINUTES OF THE HARLOW TOWNSHIP BOARD\nRegular Meeting, March 11, 2024\n\n"


@pytest.fixture(autouse=True)
def rules_only(monkeypatch):
    monkeypatch.setenv("MINUTES_MINER_LAYER", "rules")


def test_a_seconder_who_supported_the_motion_makes_it_a_motion() -> None:
    texts = resolution_texts(
        TOWNSHIP + "Kowalski moved to approve the agenda as presented. Brandt supported. All Ayes. Motion Carried.\n\n"
        "Osei moved that the Township Board apply for a grant to dredge the harbor. Brandt supported. Motion Carried.\n"
    )
    assert any(t.startswith("to approve the agenda as presented") for t in texts), texts
    assert any("apply for a grant to dredge the harbor" in t for t in texts), texts


def test_a_bare_surname_that_moved_still_needs_a_seconder() -> None:
    texts = resolution_texts(TOWNSHIP + "Discussion followed. Kowalski moved to approve the agenda as presented and everyone supported it.\n")
    assert not any("approve the agenda" in t for t in texts), texts


@pytest.mark.parametrize(
    "motion, words",
    [
        ("Hallam moved they all be approved and accepted, Price made the second and the motion passed.", "they all be approved and accepted"),
        ("Hallam moved Order 2024-03 to Amend Grazing District No. 2; Price seconded; motion carried.", "Order 2024-03 to Amend Grazing District No. 2"),
        ("Motion made (Hallam, Price) to approve these Restrictive Covenants. Voice vote (5-0), motion carried.", "to approve these Restrictive Covenants"),
    ],
)
def test_a_motion_moved_in_other_words_is_read_with_its_wording(motion: str, words: str) -> None:
    texts = resolution_texts(TOWNSHIP + "MINUTES – The minutes of the last meeting had been emailed.\n\n" + motion + "\n")
    assert any(words in t for t in texts), texts


def test_moved_is_no_motion_before_an_ordinary_noun() -> None:
    texts = resolution_texts(TOWNSHIP + "Hallam moved Orders of business around so the auditor could speak first; Price seconded the idea.\n")
    assert not any("Orders of business" in t for t in texts), texts


@pytest.mark.parametrize(
    "outcome",
    ["Dana Whitlock elected by acclamation.", "Dana Whitlock was nominated unopposed as Chair.", "Mr Dana Whitlock was nominated by a majority vote."],
)
def test_a_terse_election_is_its_own_sentence(outcome: str) -> None:
    texts = resolution_texts(TOWNSHIP + "Election of Trustees: two vacancies on the Board this year, one nomination received. " + outcome + "\n\nNext item.\n")
    assert outcome in texts, texts


def test_a_nomination_with_no_outcome_is_no_decision() -> None:
    texts = resolution_texts(TOWNSHIP + "Election of Chair: Dana Whitlock was nominated by Ms Price and seconded by Mr Hallam.\n")
    assert not any("nominated" in t for t in texts), texts


CABINET = (
    "Post Cabinet Meeting Statement\n\nThe Governor chaired the 9th meeting of the Cabinet on Tuesday, 4 March 2025.\n\n"
    "At this meeting Cabinet:\n\n"
    "  • advised the Governor to approve funding for the coastal flood survey\n\n"
    "  • approved a public consultation on a marine reserve around the northern cays\n\n"
    "  • reviewed the third quarter financial report and approved its publication\n\n"
    "  • requested the Attorney General's Chambers to draft a Libraries Ordinance\n"
)


def test_a_cabinet_statement_lists_each_thing_it_did_as_its_own_decision() -> None:
    texts = resolution_texts(CABINET)
    for words in ("advised the Governor", "approved a public consultation", "approved its publication", "draft a Libraries Ordinance"):
        assert sum(words in t for t in texts) == 1, (words, texts)
    assert not any("advised" in t and "approved a public" in t for t in texts), texts


def test_an_items_own_list_of_what_the_committee_did_is_one_decision() -> None:
    texts = resolution_texts(
        "AUDIT COMMITTEE\n12 November 2024\n\nAC/24/40 External Audit Findings Report\nThe auditor reported that the audit was complete.\n"
        "The Committee:\n- noted the Audit Findings Report;\n- approved the Letter of Representation;\n- approved the Statement of Accounts 2023/24.\n"
    )
    assert sum("Statement of Accounts" in t for t in texts) == 1, texts
    assert any("noted the Audit Findings Report" in t and "Statement of Accounts" in t for t in texts), texts


@pytest.mark.parametrize(
    "line, words",
    [
        ("  • Ms Hale’s request to use the store on 28 May was granted.", "request to use the store on 28 May was granted"),
        ("- The application to site a 100-pitch campground at Elm Ridge was deferred pending a public hearing.", "was deferred pending a public hearing"),
    ],
)
def test_a_request_granted_or_deferred_is_decided(line: str, words: str) -> None:
    """A Scottish harbour trust's 'Roy Muller’s request to use the Store on 28 May was granted.' and a Saskatchewan rural
    municipality's 'The application ... was deferred pending notification to neighbouring property owners'."""
    texts = resolution_texts(TOWNSHIP + "Stores and Planning\n\n" + line + "\n")
    assert any(words in t for t in texts), texts


def test_a_grant_deferred_long_ago_is_history() -> None:
    texts = resolution_texts(TOWNSHIP + "Stores\n\nThe Clerk recalled that the application had been deferred in 2019 and was granted by the County in 2020.\n")
    assert texts == [], texts


PARISH = "MINUTES OF THE ELMWOOD PARISH COUNCIL MEETING HELD 17th November 2021\n\nPresent: Cllr Hale (Chair), Cllr Noor.\n\n"


def test_resolved_and_signed_closes_its_lines_matter() -> None:
    """'3. To approve minutes of the meeting held 14th September 2021. RESOLVED and signed.' (a Lincolnshire parish)."""
    texts = resolution_texts(
        PARISH + "2. Declarations of Interest NONE\n3. To approve minutes of the meeting held 14th October 2021. RESOLVED and signed.\n4. Chairman's updates.\n"
    )
    assert "To approve minutes of the meeting held 14th October 2021. RESOLVED and signed." in texts, texts


def test_the_next_items_number_ends_a_decision_under_a_lettered_sub_item() -> None:
    """'6. Finance' / 'b) On-line banking ...' / 'Budget: It was RESOLVED to set the precept at the existing figure of £4000' /
    '7. Review standing orders – it was RESOLVED to adopt the updated standing orders': item 7 is no clause of the precept."""
    texts = resolution_texts(
        PARISH + "6. Finance\na) Accounts were presented.\nb) On-line banking. Cllr Noor was still looking into this.\n"
        "Budget: It was RESOLVED to set the precept at the existing figure of £4200\n"
        "7. Review standing orders – it was RESOLVED to adopt the updated standing orders\n8. Planning applications: none.\n"
    )
    assert "to set the precept at the existing figure of £4200" in texts, texts
    assert "to adopt the updated standing orders" in texts, texts


def test_a_decision_that_announces_its_list_still_reads_its_clauses() -> None:
    texts = resolution_texts(PARISH + "6. Finance\nIt was RESOLVED to approve the following payments:\n7. Elmwood Hall hire £40\n8. Clerk's salary £620\n")
    assert any("Elmwood Hall hire" in t and "Clerk's salary" in t for t in texts), texts


def test_a_unanimous_vote_after_the_movers_closes_the_lines_matter() -> None:
    """'Approval of Past Minutes: Motion by Brian, 2nd by Howard, vote was unanimous.' (a Utah fire district's board)."""
    texts = resolution_texts(TOWNSHIP + "Approval of Past Minutes: Motion by Dale, 2nd by Corinne, vote was unanimous.\n\nPublic comment: none.\n")
    assert any(t.startswith("Approval of Past Minutes: Motion by Dale, 2nd by Corinne") for t in texts), texts


def test_a_vote_said_to_be_unanimous_in_a_sentence_is_no_close() -> None:
    texts = resolution_texts(TOWNSHIP + "Public comment: Ms Dale recalled that the vote was unanimous in 2019 and asked why it changed.\n")
    assert texts == [], texts
