"""Action registers kept as text, wider headers (session act27).

A register typed in columns of spaces reaches the extractor with single spaces between its cells. Besides the headers
session 19 read, a register may be headed by its task column alone ("Action Who When", "Action Responsible Officer
Target Date Status"), by a status column and no due column ("Ref Action Owner Status", "Action Responsible Status"),
by a reference and the meeting that set the task ("No. Meeting Action Responsible Due Status"), by a reference and no
due or status ("Minute Action Responsible"), or name its task column 'Finding' or 'Resolution / Direction'. A rule
line under the header is passed over, a status may say more than one word ('Carried forward - June', 'Not started'),
a status letter 'C' (a status key's complete) or a status starting 'Complete' closes the row, and a line with no full
stop between two rows carries on the task above it.
"""

from __future__ import annotations

import pytest

from helpers import actions_in


def _owners(tmp_path, body: str) -> dict[str, str]:
    return {task: owner for owner, task in actions_in(tmp_path, body)}


def _row(found: dict[str, str], start: str) -> str | None:
    return next((owner for task, owner in found.items() if task.startswith(start)), None)


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        (
            "ACTION ITEMS\nAction                                 Who          When\n"
            "Send 10-day shutoff notices            Deb          4/15\n"
            "Get DEQ loan status in writing         Marty        next mtg\n",
            "Marty",
            "Get DEQ loan status",
        ),  # US water district: a header led by its task column
        (
            "Action                                                    Who                  When\n"
            "Provide breakdown of backlog by trade and by ward         Head of Housing      Next meeting\n"
            "Circulate tenant satisfaction survey results (TSM)        Performance Team     30 Oct 2025\n",
            "Performance Team",
            "Circulate tenant satisfaction",
        ),  # English borough: 'Next meeting' in capitals is a due cell
        (
            "Action                                                 Responsible Officer        Target Date     Status\n"
            "Report on asset rationalisation (15 May 2025)          Depute Chief Executive     Mar 2026        In progress\n"
            "Review of fees and charges                             Head of Finance            Jan 2026        On track\n",
            "Depute Chief Executive",
            "Report on asset rationalisation",
        ),  # Scottish council: 'Responsible Officer', a post ending 'Executive'
        (
            "Ref    Finding                                   Responsible           Due          Status\n"
            "R17-04 Update Business Continuity Plan           Mgr Corporate Svcs    30/04/2025   In progress\n"
            "R17-07 Fraud and corruption control training     CEO                   30/06/2025   Not started\n",
            "Mgr Corporate Svcs",
            "Update Business Continuity Plan",
        ),  # Australian audit register: a 'Finding' column, a task in title case
        (
            "IS26/13  ACTIONS REGISTER\nAction                                                   Responsible   Status\n"
            "Investigate streetlight outage, Rewa Street               J Reeves      Complete\n"
            "Price footpath extension to Otaheke School                J Reeves      Due April\n",
            "J Reeves",
            "Price footpath extension",
        ),  # NZ register: a status column holding the due date
        (
            "No.  Meeting     Action                                             Responsible         Due            Status\n"
            "6    19/02/25    Provide cost of CCTV at Kaiparoa transfer station  Solid Waste Mgr     14 May 2025    Carried forward - June\n"
            "9    02/04/25    Meet NZTA re SH4 speed review                      Mayor / CE          30 June 2025   In progress\n",
            "Solid Waste Mgr",
            "Provide cost of CCTV",
        ),  # NZ register: the meeting that set the task after its number, a status of several words
        (
            "ACTION SHEET\nMinute        Action                                                   Responsible\n"
            "LCD 121/26    Publish new prices on website by 1 January               Head of Leisure\n"
            "LCD 122/26    Issue letters of offer                                   Community Development Manager\n",
            "Community Development Manager",
            "Issue letters of offer",
        ),  # Northern Irish action sheet: a reference, the task and the owner, no due column
    ],
)
def test_register_headers_read(tmp_path, body, owner, task_start):
    assert _row(_owners(tmp_path, body), task_start) == owner


def test_register_with_rule_line_status_key_and_wrapped_tasks(tmp_path):
    body = (
        "Status key: O = open, C = complete, D = deferred\n\n"
        "No.      Meeting      Resolution / Direction                         Assigned to        Due          Status\n"
        "-------  -----------  ---------------------------------------------  -----------------  -----------  ------\n"
        "2026-17  Mar 4        Obtain two quotes for replacing the             Facilities Mgr     Apr 1        C\n"
        "                      Bellcairn Arena dehumidifier\n"
        "2026-26  May 6        Write to MTO requesting a traffic signal        CAO                May 20       O\n"
        "                      warrant study at Hwy 7 / Bell Line\n"
        "2026-27  May 6        Arrange public information centre on the        Treasurer          Jun 17       O\n"
        "                      2026 water and wastewater rate study\n"
    )
    found = _owners(tmp_path, body)
    assert _row(found, "Write to MTO requesting a traffic signal warrant study") == "CAO"  # the wrapped line carries on the task
    assert _row(found, "Arrange public information centre") == "Treasurer"  # read past the wrapped line above it
    assert _row(found, "Obtain two quotes") is None  # status 'C': complete, no task left


def test_rows_reported_done_are_not_tasks(tmp_path):
    body = (
        "Ref Action Owner Status\n"
        "AG.31 Treasury mgmt training for members CFO Complete\n"
        "AG.39(2) Revised anti-fraud policy to committee Audit Mgr Feb 2025\n"
        "AG.43 Confirm insurance renewal premium (+11.5%) CFO Complete\n"
        "The tracker was noted.\n"
    )
    found = _owners(tmp_path, body)
    assert _row(found, "Revised anti-fraud policy") == "Audit Mgr"
    assert _row(found, "Treasury mgmt training") is None
    assert _row(found, "Confirm insurance renewal") is None
    assert not any("tracker was noted" in task for task in found)  # a remark under the table carries on no task


def test_owner_cell_of_one_capitalised_word_under_a_header_with_no_due(tmp_path):
    # A parish council's flattened action list: "Emailed" is a note in the owner column, not an owner.
    body = "ACTION LIST SUMMARY\nNO ACTION OWNER\nJan24.01 Clerk to chase Sanctuary Housing re 4 Bovewell CF Emailed\n26.1.24\n"
    assert "Emailed" not in _owners(tmp_path, body).values()


def test_header_of_task_and_owner_alone_reads_no_prose(tmp_path):
    body = "Action Owner\nThe Clerk reported that the hedge on Mill Lane had been cut back by Greenway\n"
    assert _row(_owners(tmp_path, body), "The Clerk reported") is None


@pytest.mark.parametrize(
    "body, owner, task_start",
    [
        ("The Board asked the Sheriff to obtain a state bid price and return on February 17.\n", "Sheriff", "obtain a state bid price"),  # US county
        ("Medical costs ran $31,200 for the month. No action taken;\nSheriff to get a quote from a second provider.\n", "Sheriff", "get a quote"),
        ("Council asked the Foreman to post signs at the four bridge approaches on Road 64W.\n", "Foreman", "post signs"),  # Manitoba RM
    ],
)
def test_county_and_rural_posts_own_tasks(tmp_path, body, owner, task_start):
    assert _row(_owners(tmp_path, body), task_start) == owner


def test_post_introducing_a_report_is_no_task(tmp_path):
    body = "Sheriff Wade Dorsey reported 47 calls for service in January and requested a replacement cruiser.\n"
    assert _owners(tmp_path, body) == {}


@pytest.mark.parametrize(
    "body",
    [
        "Called to order 7:00 p.m. by Chair Brandt. Prayer and pledge.\n",  # US fire district: the meeting opening
        "Consensus to hold the line on hours and trim the materials budget by $3,000 instead of closing Saturdays.\n",  # US library board
        "B. Request to rezone parcel 47-11-200-013 from AG to R-1.\n",  # US township: a lettered agenda item
    ],
)
def test_words_opening_a_line_before_to_are_no_owners(tmp_path, body):
    assert _owners(tmp_path, body) == {}


def test_heading_number_before_initials_is_no_task(tmp_path):
    body = "5. AOB\n\nCllr. Kehoe proposed that the Council write to the Minister; seconded by Cllr. Dwan and agreed.\n"
    assert "AOB" not in _owners(tmp_path, body).values()
    assert _row(_owners(tmp_path, "It was agreed that quotes be obtained for the tree work on the green. Clerk\n\n"), "") == "Clerk"


def test_recommended_action_label_names_a_motion_not_an_owner(tmp_path):
    body = (
        "d. Acceptance of NM Department of Transportation Local Government Road Fund\nGrant, $412,000, 25% City Match ($103,000)\n"
        "Recommended Action: Approve Consent Agenda as presented.\n\n"
    )
    assert not any("Approve" in owner for owner in _owners(tmp_path, body).values())
    labelled = "The contractor will be asked to cut the verges before the show.\nAction: Clerk\n\n"
    assert "Clerk" in _owners(tmp_path, labelled).values()


def test_pipe_table_headed_item_who_when(tmp_path):
    # US school board (Markdown): the 'Item' column is the task when no column is headed 'Action'.
    body = "| Item | Who | When |\n|---|---|---|\n| Late bus cost for 2025-26 | Trobaugh | April 14 |\n| Survey parents on start times | Hollis / Voss | before May |\n"
    path = tmp_path / "minutes.md"
    path.write_text("# Minutes of the meeting of Pinecastle School Board held on 3 March 2026\n\n" + body, encoding="utf-8")
    from minutes_miner.extraction import extract_path

    found = {a.description: a.owner for a in extract_path(path).actions}
    assert _row(found, "Survey parents on start times") == "Hollis / Voss"
    assert _row(found, "Trobaugh") is None  # the owner column is not read as a task


def test_due_cell_by_end_of_month(tmp_path):
    body = "ACTIONS FROM THIS MEETING\nAction                                   Who        When\nSend accounts to examiner                IB         by end April\n"
    assert _row(_owners(tmp_path, body), "Send accounts to examiner") == "IB"


def test_note_of_a_post_whose_entity_leaves_out_the_article(tmp_path):
    body = "The Head of Waste Management to report back on the trial in July 2026.\n"
    assert _row(_owners(tmp_path, body), "report back on the trial") == "Head of Waste Management"
    assert _owners(tmp_path, "The Application of Sally and Rodney Stewart to purchase the field was noted.\n") == {}


def test_an_office_that_will_act_for_the_speaker(tmp_path):
    body = "Councillor Crowther asked about rural crime. The Commissioner said that his office would\nprovide the Panel with rural crime figures by county at the January meeting.\n"
    assert _row(_owners(tmp_path, body), "provide the Panel with rural crime figures") == "his office"
    assert _owners(tmp_path, "The Clerk said that her office would be closed over Christmas.\n") == {}  # a state, no task


def test_take_up_with_a_time_is_still_a_take_up(tmp_path):
    body = (
        "Councillor Chen\nasked that the Chief Administrative Officer write to the Minister of\nTransportation supporting the GO extension; "
        "the CAO\nagreed to do so this week.\n"
    )
    found = _owners(tmp_path, body)
    assert _row(found, "write to the Minister") in {"CAO", "Chief Administrative Officer"}
    assert _row(found, "do so") is None  # 'do so this week' names no task of its own


def test_member_of_the_mayoral_committee_by_portfolio(tmp_path):
    # South African metro: 'MMC' and the portfolio name the member who answers for it.
    body = "Cllr P. Mokoena asked why overtime in Electricity had reached R41 million in five months. The MMC Finance undertook to provide a written breakdown of overtime per\ndepot to all councillors within ten working days.\n"
    assert _row(_owners(tmp_path, body), "provide a written breakdown") == "MMC Finance"
    assert _owners(tmp_path, "The MMC reported on the water outages in Ward 6.\n") == {}


def test_owner_cell_of_plural_initials(tmp_path):
    # NSW joint organisation register: 'GMs' (the general managers) own a row.
    body = (
        "Item  Action                                            Responsible   Due        Status\n"
        "24/21 Road safety officer cost share options            GMs           Apr 2025   In progress\n"
        "25/01 Engage auditor for 2024/25 financial statements   EO            Jun 2025   New\n"
    )
    found = _owners(tmp_path, body)
    assert _row(found, "Road safety officer cost share options") == "GMs"
    assert _row(found, "Engage auditor") == "EO"


def test_post_with_its_department_after_a_colon_joined_by_and(tmp_path):
    # South African municipality: 'the Manager: Water and Sanitation' is one post.
    body = "The Committee RESOLVED that:\n(i) the report be noted;\n(ii) the Manager: Water and Sanitation compile a borehole refurbishment programme with costs\n     by 31 March 2026.\n"
    assert _row(_owners(tmp_path, body), "compile a borehole refurbishment programme") == "Manager: Water and Sanitation"
