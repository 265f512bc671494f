"""Decision forms seen on real minutes pages of councils no rule was written on (issue 16, session 28).

Each family was found among the misses on a development set of real web pages (web3, kept beside the
project); the snippets here are invented, in the same styles: a party named with 'for' after 'it was
resolved', a select board or town council written as its initials, the movers' bracket closing the
marker's line above a quoted motion, and a flattened PDF page whose headings, attendance and motion run
into one unpunctuated line. What a clerk would record (../shared/ANNOTATION.md) was written first.
"""

from __future__ import annotations

import pytest

from helpers import actions_in, check_resolution_texts, resolution_texts

PARISH = "Minutes of the meeting of Ashcombe Town Council held on 13 June 2019\n\nPresent: Cllr A Hale (Mayor), Cllr B Noor\n\n"
SELECT_BOARD = "Select Board\nThursday, March 7, 2024\nMeeting Minutes\n\nSelect Board:   Ann Pike, Tom Reyes, Lou Grant\n\n"
IRISH_MD = "Minutes of the Meeting of the Elmford Municipal District held on 16 May 2023\n\nPresent: Councillors Cahill, Moran and Keane\n\n"
NZ_CITY = "Minutes of the meeting of Tawa Hills City Council held on 21 May 2019\n\nPresent: Mayor Rika, Deputy Mayor Vance, Cr Lowe\n\n"


@pytest.mark.parametrize(
    "head, body, found, absent, count",
    [
        # a party named with 'for' carries out what was resolved (Welsh and English town councils)
        pytest.param(
            PARISH,
            "27. MATTERS ARISING\n\nThe reply from Highways was discussed. Following the discussion it was resolved for the Clerk to write to the Police about speeding on Mill Road.\n\n28. CORRESPONDENCE\n\nThe County's cabinet also resolved to review its grants scheme.\n",
            ["for the Clerk to write to the Police"],
            [],
            None,
            id="resolved-for-party-to",
        ),
        pytest.param(
            PARISH,
            "5. Play area\nIt was agreed for the Chair and Cllr Noor to meet the contractor on site.\n",
            ["Chair and Cllr Noor to meet the contractor"],
            [],
            1,
            id="agreed-for-two-to",
        ),
        pytest.param(
            PARISH,
            "5. Play area\nIt was agreed for the time being that the swings stay closed.\n",
            ["swings stay closed"],
            [],
            1,
            id="agreed-for-the-time-being",
        ),
        # a select board as its minutes abbreviate it throughout
        pytest.param(
            SELECT_BOARD,
            "Agenda, minutes – the board approved the agenda. The SB also approved the minutes of 2/29.\n\nCorrespondence\n-The SB agreed on the Volunteer of the Year, to be announced at Town Meeting.\n-The SB agreed this should go to the Planning Board for discussion.\n",
            ["SB also approved the minutes of 2/29", "Volunteer of the Year", "go to the Planning Board"],
            [],
            None,
            id="select-board-initials",
        ),
        pytest.param(
            "Minutes of the Board of Selectmen of the Town of Elmfield, April 2, 2024\n\nPresent: Selectmen Hart, Oduya and Byrne\n\n",
            "3. Transfer station\nThe BOS voted to extend the Saturday hours through October.\n",
            ["extend the Saturday hours"],
            [],
            1,
            id="bos-voted-to",
        ),
        # how a body voted on a matter is its vote, not the decision
        pytest.param(
            "Minutes of the Police and Crime Panel held on 4 February 2022\n\nPresent: Cllr Hale (Chair), Cllr Noor\n\n",
            "6. Proposed precept\nThe Panel voted on the proposed precept: For 5 Against 1 Abstain 1\n",
            [],
            ["voted on the proposed precept"],
            None,
            id="neg-voted-on-the",
        ),
        # the movers' bracket closing the marker's line, a minute number after it, the motion a paragraph below
        pytest.param(
            NZ_CITY,
            "1.       APOLOGIES\n\nResolved (Mayor Rika/Deputy Mayor Vance)              Minute No. C 19301(2)\n\n“That the apology received from Cr J Moana be accepted and leave of absence be granted.”\n\n2.       PUBLIC COMMENT\n\nThere was none.\n",
            ["apology received from Cr J Moana be accepted"],
            ["Minute No"],
            1,
            id="movers-bracket-minute-number-quoted-motion",
        ),
        pytest.param(
            NZ_CITY,
            "1.       APOLOGIES\n\nResolved (Cr Lowe/Cr Vance)   Minute No. C 19302\n\nThat the apology from the Mayor be accepted.\n",
            ["apology from the Mayor be accepted"],
            [],
            1,
            id="movers-bracket-minute-number-motion",
        ),
        # a flattened PDF page: heading, attendance and motion on one unpunctuated line
        pytest.param(
            "",
            "TAMAR ISLAND COUNCIL ORDINARY MEETING UNCONFIRMED MINUTES\n\nPRESENT Mayor Jo Quill Deputy Mayor Ray Fenwick Cr Ada Lund Cr Peter Okoro Cr Will Tan APOLOGIES Cr Ken Marsh Cr Dee Park STAFF IN ATTENDANCE Ann Boyle - General Manager (1.00pm – 3.10pm) Kim Dale - Executive Assistant (1.00pm – 3.10pm) Joy Vine - Planning Officer (1.00pm - 1.30pm) CONFIRMATION OF MINUTES 120.10.2018 Moved: Cr P Okoro Seconded: Deputy Mayor R Fenwick That the Minutes from the Ordinary Council Meeting held on the 20th September 2018 be confirmed.\n\nCARRIED UNANIMOUSLY (5-0)\n",
            ["That the Minutes from the Ordinary Council Meeting"],
            ["STAFF IN ATTENDANCE", "Cr Ada Lund"],
            1,
            id="flattened-line-motion-confirms-minutes",
        ),
        # a resolution whose next sentence says it continues ('Be it further resolved'): one record (Manitoba rural municipalities)
        pytest.param(
            "Minutes of the Regular Meeting of the Council of the Rural Municipality of Elmvale, September 8, 2016\n\nPresent: Reeve Dale, Councillors Ives and Marsh\n\n",
            "Board of Revision\nResolved that the 2016 Board of Revision be held on Friday, October 14th, 2016 at\n10:00 a.m.\nBe it further resolved that the Council of the Rural Municipality of Elmvale be\nappointed as the Board of Revision Committee.\nCARRIED\n\nSeminar\nResolved that the CAO attend the Planning Act seminar in Brandon.\nBe it further resolved that mileage be reimbursed.\nCARRIED\n",
            [
                "Board of Revision be held on Friday, October 14th, 2016 at 10:00 a.m. Be it further resolved",
                "seminar in Brandon. Be it further resolved that mileage",
            ],
            [],
            2,
            id="be-it-further-resolved-after-full-stop",
        ),
        pytest.param(
            "Minutes of the Regular Meeting of the Council of the Rural Municipality of Elmvale, September 8, 2016\n\nPresent: Reeve Dale, Councillors Ives and Marsh\n\n",
            "Roads\nResolved that the grader be serviced in May.\nCARRIED\nBe it resolved that the gravel tender be awarded to Marsh Haulage.\nCARRIED\n",
            ["grader be serviced in May", "gravel tender be awarded"],
            [],
            2,
            id="neg-next-resolution-after-vote",
        ),
        # a planning response voted in quotes
        pytest.param(
            PARISH,
            "4. Planning\nP18/V0347/FUL Dene Farm, Chilton. Change of use of stables.\n\nThe council voted ‘No Objections’ to this application.\n",
            ["voted ‘No Objections’"],
            [],
            1,
            id="voted-quoted-response",
        ),
        # one motion to a line, no blank lines: an outcome that ends its line ends the motion (a New Brunswick village)
        pytest.param(
            "Minutes of the Regular Meeting of the Village of Elmvale Council, August 4, 2022\n\nPresent: Mayor Ross, Councillors Dunn and Hale\n\n",
            "APPROVAL OF MINUTES\nIt was moved by Councillor Dunn, seconded by Councillor Hale to adopt the minutes, as circulated, of the Regular Council meeting June 2, 2022. MOTION CARRIED\nAPPROVAL OF MINUTES\nIt was moved by Councillor Dunn, seconded by Councillor Ross to adopt the minutes, as circulated, of the Special Council meeting June 6, 2022. MOTION CARRIED\nAPPROVAL OF MINUTES\nIt was moved by Councillor Hale, seconded by Councillor Ross to adopt the minutes, as circulated, of the Special Council meeting July 22, 2022. MOTION CARRIED\n",
            ["meeting June 2, 2022. MOTION CARRIED", "meeting June 6, 2022. MOTION CARRIED", "meeting July 22, 2022. MOTION CARRIED"],
            ["APPROVAL OF MINUTES"],
            3,
            id="motion-carried-ends-its-line",
        ),
        # ... but 'it was agreed' ending a line leads into its wording on the next
        pytest.param(
            IRISH_MD,
            "3. Grants\nOn the proposal of Councillor Cahill, seconded by Councillor Moran, it was agreed\nto approve the community grants as listed.\n",
            ["to approve the community grants as listed"],
            [],
            1,
            id="agreed-at-line-end-leads-into-wording",
        ),
        # 'M/S/C' with an initial before each name (a Yukon village)
        pytest.param(
            "Minutes of the Regular Meeting of the Village of Elmbrook Council, June 23, 2009\n\nPresent: Mayor Hale, Councillors Bodie and Hansen\n\n",
            "AGENDA: Council reviewed the agenda.\n\n103/09 M/S/C L. Bodie/ D. Hansen that the agenda be adopted as amended.\n\n104/09 M/S/C D. Hansen / L. Bodie to adopt the minutes for the regular meeting of June 9, 2009.\n",
            ["agenda be adopted as amended", "adopt the minutes for the regular meeting of June 9, 2009"],
            [],
            2,
            id="msc-initials",
        ),
        # a flattened page: 'MOTION: A/B that the ...' is the decision; the heading's 'MINUTES' before it is not its subject
        pytest.param(
            "",
            "BOARD OF EDUCATION SCHOOL DISTRICT NO. 91 (ELM VALLEY) MINUTES OF THE REGULAR BOARD OF EDUCATION MEETING HELD ON MONDAY, FEBRUARY 8, 2010, AT 6:30 P.M. AT THE SCHOOL BOARD OFFICE MINUTES IN ATTENDANCE Jo Mann, Chair Lee Vance, Vice Chair Ann Clark, Trustee 1.0 CALL TO ORDER Chair Mann welcomed everyone to the meeting. 2.0 ADOPTION OF AGENDA MOTION: Little/Perry that the agenda be adopted. CARRIED 3.0 PRESENTATIONS The Board heard from two schools.\n",
            ["that the agenda be adopted"],
            ["IN ATTENDANCE"],
            1,
            id="motion-label-slash-pair-lower-that",
        ),
    ],
)
def test_decision_forms_of_unseen_councils(head: str, body: str, found: list[str], absent: list[str], count: int | None) -> None:
    check_resolution_texts(head + body, found, absent, count)


def test_resolved_for_the_clerk_is_also_the_clerks_task(tmp_path) -> None:
    """The decision that names its doer still gives that doer the task (action_triggers.json's 'resolved for X to V')."""
    body = "27. MATTERS ARISING\n\nFollowing the discussion it was resolved for the Clerk to write to the Police about speeding on Mill Road.\n"
    assert ("Clerk", "write to the Police about speeding on Mill Road") in actions_in(tmp_path, body)


def test_a_record_never_opens_inside_a_word() -> None:
    """A sentence read back to the read-back limit starts at a word, not on the last letters of a name."""
    from minutes_miner.extract.blocks import sentence_start

    names = " ".join(f"Cr Name{i} Surname{i}" for i in range(40))  # 700 characters, no full stop
    for shift in range(12):  # the limit falls on every position of a word and its space
        text = f"PRESENT {names} Cr Ann Lowe{'e' * shift} CONFIRMATION OF MINUTES were confirmed."
        pos = text.index("CONFIRMATION")
        start = sentence_start(text, pos, max(0, pos - 300))
        assert text[start - 1].isspace(), (shift, text[start - 5 : start + 20])


def test_the_drafts_note_that_minutes_await_confirmation_is_no_decision() -> None:
    """The trained layer reads 'These minutes are subject to confirmation' like an approval; the veto refuses it."""
    from minutes_miner.extract.model_veto import refused_decision

    note = "These minutes are subject to confirmation as to their accuracy at the next meeting to be held on 6 October 2011 and therefore subject to change."
    assert refused_decision(None, note, 0, len(note))
    decided = "That the grant of $5,000 be approved, subject to confirmation of the club's insurance."
    assert not refused_decision(None, decided, 0, len(decided))


OUTCOMES_PAGE = (
    "Council Meeting Outcomes – 15 March 2021\n\nCouncil:\n\n"
    "  • Confirmed the minutes of the Council Meeting held on 16 February 2021\n"
    "  • Admitted the following items into urgent business:\n"
    "    • An item relating to the Elm Street footpath; and\n"
    "    • An item on the library roof.\n"
    "  • Approved the Draft Budget 2021/2022 for public exhibition\n"
    "  • Received and noted the Councillor and Mayor Reports\n"
    "  • Determined to refuse a planning permit for the 6 lot subdivision at 14 Hill Road\n"
)


def test_a_pages_bullets_of_outcomes_under_the_body_are_decisions_each() -> None:
    """An Australian shire's 'Council Meeting Outcomes' page: one decision a bullet, sub-items kept with theirs."""
    texts = resolution_texts(OUTCOMES_PAGE, "elmshire.txt")
    assert len(texts) == 5, texts
    assert any(t.startswith("Admitted the following items") and "library roof" in t for t in texts), texts
    assert any(t.startswith("Determined to refuse a planning permit") for t in texts), texts
    assert not any(t.startswith("An item") for t in texts), texts


def test_one_items_clauses_under_the_body_stay_one_decision() -> None:
    body = "5. Annual report\nThe Clerk presented the annual report.\n\nThe Committee:\n- Noted the annual report;\n- Approved its publication on the website.\n\n6. Close\n"
    texts = resolution_texts("Minutes of the Finance Committee of Elmford Town Council held on 2 March 2021\n\nPresent: Cllr Hale\n\n" + body)
    assert len([t for t in texts if "annual report" in t or "publication" in t]) == 1, texts


def test_an_officers_bulleted_report_is_no_list_of_outcomes() -> None:
    body = "4. Clerk's report\nThe Clerk reported:\n\n  • Received a letter from Highways about the verges\n  • Requested quotes for the hedge\n  • Attended the training day\n"
    texts = resolution_texts("Minutes of the meeting of Ashcombe Parish Council held on 3 March 2021\n\nPresent: Cllr Hale\n\n" + body)
    assert not any("letter from Highways" in t or "training day" in t for t in texts), texts


def test_a_michigan_boards_supported_by_seconder() -> None:
    head = "Minutes of the Regular Meeting of the Elm Lake Community Fire Board, January 7, 2015\n\nPresent: Members Giles, Long, Sagle\n\n"
    body = "4. Station construction\n\nMoved by member Giles, supported by member Long, to approve the base construction contract with Oak Builders, Inc. in the amount of $1,099,553.\n\nAyes: Giles, Long, Sagle\n"
    texts = resolution_texts(head + body)
    assert any(t.startswith("to approve the base construction contract") for t in texts), texts


def test_be_it_resolved_under_a_resolution_label_is_its_own_record() -> None:
    """'RESOLUTION' / 'Be it resolved that the Board ... approves the agenda.' / a second motion / its tally (a New York school
    board): the resolution is one record, the next motion another, and the tallies alone are none."""
    head = "Minutes of the Board of Education of the Elmwood Central School District, May 26, 2005\n\nPresent: K. Whiteman, J. Gordinier, T. Lowell\n\n"
    body = (
        "5. Agenda\n\nRESOLUTION\nBe it resolved that the Board of Education, upon the recommendation of the Superintendent, approves the agenda of May 26, 2005.\n \n"
        "Moved by J. Gordinier, second by T. Lowell to add an Executive Session as agenda item 8.e.\n \n   Motion carried: 6 Ayes 0 Nays 0 Abstentions\n \n6.  Reports\n"
    )
    texts = resolution_texts(head + body)
    assert any(t.startswith("Be it resolved that the Board of Education") and t.endswith("May 26, 2005.") for t in texts), texts
    assert any("Executive Session" in t for t in texts), texts
    assert not any(t.startswith("6 Ayes") for t in texts), texts


def test_a_tally_alone_is_procedure() -> None:
    from minutes_miner.extract.resolutions import procedure_only

    assert procedure_only("6 Ayes 0 Nays 0 Abstentions")
    assert procedure_only("Ayes 5, Nays 0")
    assert procedure_only("Ayes: Kruse, Pfaff; Nays: none")
    assert not procedure_only("the budget be approved 6 Ayes 0 Nays")
