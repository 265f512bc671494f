"""Resolutions in UK and Irish styles on councils never seen (issue 16, res8).

Invented minutes excerpts: English parish, town, district and county councils, ModernGov pages,
Welsh community councils, Scottish committees, Northern Irish borough councils, Manx
commissioners, Irish municipal districts. What a clerk would record (../shared/ANNOTATION.md)
was written down before the extractor ran on them. Each case gives the words one record must
hold (`found`), words no record may hold (`absent`: discussion, officers' explanations,
recommendations not yet decided, motions lost, news of earlier decisions) and, where the
excerpt leaves no doubt, how many records there are.
"""

from __future__ import annotations

import pytest

from helpers import check_resolution_texts, resolution_texts

PARISH = "Minutes of the meeting of Ashcombe Parish Council held on 3 March 2021\n\nPresent: Cllr A Hale (Chair), Cllr B Noor, Cllr C Dale\n\n"
MODERNGOV = "Minutes of the Planning Committee, Thursday 4 May 2023 7.00 pm\n\nPresent: Councillors Moss (Chair), Dhillon and Patel\n\n"
SCOTTISH = "MINUTES of MEETING of the EDUCATION COMMITTEE held in the Council Chambers, Kilbride on 12 June 2022\n\nPresent: Councillor J Kerr (Convener), Councillor M Ross\n\n"
IRISH = (
    "Minutes of the Monthly Meeting of Ballyclare Municipal District held on 17 April 2023\n\nMembers present: Cllr S Byrne (Cathaoirleach), Cllr P Doyle\n\n"
)
NORTHERN_IRISH = (
    "Minutes of the Environment Committee of Loughbridge Borough Council held on 9 November 2021\n\nPresent: Alderman R Gault (Chair), Councillor K Quinn\n\n"
)


def _check(head: str, body: str, found: list[str], absent: list[str], count: int | None) -> None:
    check_resolution_texts(head + body, found, absent, count)


# --- the forms most minutes use (held before this round; kept so they stay held) ----------------------


@pytest.mark.parametrize(
    "head, body, found, absent, count",
    [
        pytest.param(
            PARISH,
            "23/045 Bus shelter\nThe Clerk reported that two quotes had been received.\nMembers agreed to accept the quote from Smith Joinery for £1,250.\n\n23/046 Correspondence\nA letter from the Police was read.\n",
            ["quote from Smith Joinery"],
            ["letter from the Police"],
            1,
            id="num-ref-agreed",
        ),
        pytest.param(
            PARISH,
            "Min. 12.3 Grass cutting contract\nFollowing discussion it was proposed by Cllr Hale and seconded by Cllr Noor that the contract be renewed for a further year. All in favour.\n",
            ["contract be renewed"],
            [],
            1,
            id="min-12.3",
        ),
        pytest.param(
            MODERNGOV,
            "5. Annual Governance Statement\n\nThe Committee agreed:\n\n1. to note the draft Annual Governance Statement;\n2. to refer the Statement to Council for adoption.\n",
            ["draft Annual Governance Statement", "refer the Statement"],
            [],
            1,
            id="committee-agreed-list",
        ),
        pytest.param(
            MODERNGOV,
            "6. Fees and Charges 2024/25\n\nThe Head of Finance introduced the report.\n\nDecision: That the fees and charges set out at Appendix A be approved.\n",
            ["fees and charges set out"],
            [],
            1,
            id="decision-label",
        ),
        pytest.param(
            PARISH,
            "9. Christmas lights\nQuotes were considered for the lights on the green.\nAgreed: to accept the quote of £860 from Bright Sparks Ltd.\n",
            ["quote of £860"],
            [],
            1,
            id="agreed-label",
        ),
        pytest.param(
            PARISH,
            "10. Precept\nAfter a review of the budget Members RESOLVED to set the precept at £24,500 for 2024/25.\n",
            ["precept at £24,500"],
            [],
            1,
            id="members-resolved-to",
        ),
        pytest.param(
            IRISH,
            "4. Road Works Programme\nOn the proposal of Cllr Byrne, seconded by Cllr Doyle, it was agreed to adopt the Schedule of Municipal District Works for 2023.\n",
            ["Schedule of Municipal District Works"],
            [],
            1,
            id="moved-and-agreed",
        ),
        pytest.param(
            PARISH,
            "11. Planning\nApplication 23/0112 – rear extension, 4 Mill Lane. Council approved the application with no comments.\n",
            ["approved the application"],
            [],
            1,
            id="council-approved",
        ),
        pytest.param(
            SCOTTISH,
            "4. SCHOOL ESTATE STRATEGY\n\nThere was submitted a report by the Executive Director.\n\nThe Committee agreed:-\n\n(a) to approve the strategy; and\n(b) to instruct the Executive Director to report progress in six months.\n",
            ["approve the strategy", "report progress"],
            [],
            1,
            id="scottish-agreed-abc",
        ),
        pytest.param(MODERNGOV, "7. Appeals update\nThe Planning Manager gave an update on outstanding appeals.\nNoted.\n", [], [], 1, id="noted-alone"),
        pytest.param(
            PARISH,
            "12. Speed watch\nCouncillors voted to join the Community Speed Watch scheme, with 5 in favour and 1 against.\n",
            ["Community Speed Watch"],
            [],
            1,
            id="councillors-voted",
        ),
        pytest.param(
            NORTHERN_IRISH,
            "5. Dog Control Orders\nRecommendation: That the Council consults on new Dog Control Orders.\nThe recommendation was accepted.\n",
            ["Dog Control Orders"],
            [],
            1,
            id="recommendation-accepted",
        ),
        pytest.param(
            NORTHERN_IRISH,
            "6. Waste Strategy\nThe Head of Environment presented the draft strategy.\nMembers endorsed the draft Waste Strategy for public consultation.\n",
            ["draft Waste Strategy"],
            [],
            1,
            id="members-endorsed",
        ),
        pytest.param(
            MODERNGOV,
            "9. Tree Preservation Order\n\nRecommendation:\nThat the Committee confirm the Tree Preservation Order without modification.\n\nThe item was deferred to the next meeting to allow a site visit.\n",
            [],
            ["confirm the Tree Preservation Order"],
            0,
            id="recommendation-not-decided",
        ),
        pytest.param(
            PARISH,
            "14. Village hall\nThe Chair noted that the hall roof was leaking again and that the trustees were seeking quotes.\n",
            [],
            ["roof"],
            0,
            id="chair-noted-that",
        ),
        pytest.param(
            MODERNGOV,
            "10. Housing delivery\nThe Head of Housing explained that 120 homes had been completed and that the Council had agreed the allocations policy last year.\n",
            [],
            ["allocations policy"],
            0,
            id="officer-explained",
        ),
        pytest.param(
            PARISH,
            "15. Footpaths\nFollowing a discussion about the state of footpath FP12 it was\nresolved that the Clerk report the overgrown section to the County\nCouncil Rights of Way team.\n",
            ["Rights of Way"],
            [],
            1,
            id="wrapped-pdf",
        ),
        pytest.param(PARISH, "16. Payments\nPayee Amount Decision\nHMRC £120.40 Approved\nClerk salary £650.00 Approved\n", [], [], None, id="table-flattened"),
        pytest.param(
            IRISH,
            '5. Notice of Motion – Cllr Doyle\n"That this Municipal District calls on the Department to fund traffic calming at Ballyclare N.S."\nThe motion was proposed by Cllr Doyle, seconded by Cllr Byrne and agreed by all members.\n',
            ["traffic calming"],
            [],
            1,
            id="irish-proposed-seconded-agreed",
        ),
        pytest.param(
            "Minutes of Llanfair Community Council / Cofnodion Cyngor Cymuned Llanfair held 6 June 2022\n\nPresent: Cllr G Hughes (Chair), Cllr E Jones\n\n",
            "7. Correspondence / Gohebiaeth\nA request for a donation from the Eisteddfod was received. PENDERFYNWYD / RESOLVED to donate £100.\n",
            ["donate £100"],
            [],
            1,
            id="welsh-resolved-bilingual",
        ),
        pytest.param(
            "Minutes of the meeting of Port Erin Commissioners held on 14 March 2022\n\nPresent: Mr A Quayle (Chairman), Mrs B Kinvig\n\n",
            "4. Beach cleaning\nThe Board considered the tender for beach cleaning. It was proposed by Mr Quayle, seconded by Mrs Kinvig, that the tender of Mann Clean Ltd be accepted. This was carried unanimously.\n",
            ["Mann Clean"],
            [],
            1,
            id="manx-commissioners",
        ),
        pytest.param(
            NORTHERN_IRISH,
            "7. Christmas Market\nIt was moved by Councillor Quinn, seconded by Alderman Gault and agreed that the Council hold a Christmas Market on 2 December.\n",
            ["Christmas Market on 2 December"],
            [],
            1,
            id="it-was-moved-agreed",
        ),
        pytest.param(
            PARISH,
            "17. Defibrillator\nMembers agreed that the defibrillator should be moved to the outside wall of the village hall.\n",
            ["defibrillator"],
            [],
            1,
            id="members-agreed-that",
        ),
        pytest.param(
            PARISH,
            "18. Website\nIt was AGREED: that the Clerk update the website accessibility statement.\n",
            ["accessibility statement"],
            [],
            1,
            id="it-was-agreed-colon",
        ),
        pytest.param(PARISH, "19. Playing field\n• RESOLVED: to accept the quote for new goalposts (£740).\n", ["goalposts"], [], 1, id="resolved-bullet"),
        pytest.param(
            PARISH,
            "20. Neighbourhood Plan\nThis item was deferred to the next meeting as the consultant was unable to attend.\n",
            [],
            [],
            None,
            id="deferred-item",
        ),
        pytest.param(
            PARISH,
            "21. Parking\nCllr Noor said parking near the school remained a problem. Members discussed possible solutions including a one-way system.\n",
            [],
            ["one-way"],
            0,
            id="discussion-only",
        ),
        pytest.param(
            "Minutes:\nPresent: Councillors Adams, Baker\n\n",
            "32. Minutes\nRESOLVED: That the minutes of the meeting held on 2 March 2023 be approved as a correct record.\n\n33. Budget Monitoring Q3\nDecision:\n(1) That the forecast outturn be noted.\n(2) That the virements at paragraph 4.2 be approved.\n",
            ["minutes of the meeting held on 2 March", "forecast outturn"],
            [],
            2,
            id="modgov-resolved-minutes",
        ),
        pytest.param(
            SCOTTISH,
            "5. REVENUE MONITORING\n\nThere was submitted a report by the Head of Finance.\n\nThe Committee noted the report.\n",
            ["noted the report"],
            [],
            1,
            id="noted-the-report",
        ),
        pytest.param(
            PARISH,
            "22. Litter bins\nAfter some debate the decision was taken to purchase two additional bins for the recreation ground.\n",
            ["two additional bins"],
            [],
            1,
            id="decision-after-debate-sentence",
        ),
        pytest.param(
            PARISH,
            "23. Village show\nA donation to the village show was discussed. Agreed, a donation of £150 to be made.\n",
            ["£150"],
            [],
            1,
            id="agreed-comma",
        ),
        pytest.param(
            PARISH,
            "24. Finance\nThe payments listed below were approved for payment:\nSSE £84.20\nClerk expenses £21.30\n",
            ["approved for payment"],
            [],
            1,
            id="passive-approved-payments",
        ),
        pytest.param(
            IRISH,
            "6. Estimates\nFollowing a lengthy discussion the members agreed the General Municipal Allocation for 2023 as presented.\n",
            ["General Municipal Allocation"],
            [],
            1,
            id="council-agreed-to-bare",
        ),
        pytest.param(
            PARISH,
            "25. Flood warden\nUnanimously agreed to appoint Mr Tom Reed as the village flood warden.\n",
            ["flood warden"],
            [],
            1,
            id="unanimously-agreed-to-sentence",
        ),
        pytest.param(
            NORTHERN_IRISH,
            "8. Notice of Motion\nCouncillor Quinn proposed, and Alderman Gault seconded, that the Council write to the Department for Infrastructure seeking a review of the A6 speed limit. On being put to the meeting the motion was carried.\n",
            ["A6 speed limit"],
            [],
            1,
            id="the-motion-was-carried",
        ),
        pytest.param(
            NORTHERN_IRISH,
            "9. Notice of Motion\nCouncillor Quinn proposed, and Councillor Reid seconded, that the Council withdraw from the regional arts partnership. On being put to the meeting the motion was lost, 4 voting for and 11 against.\n",
            [],
            ["arts partnership"],
            0,
            id="lost-motion",
        ),
        pytest.param(
            PARISH,
            "26. Minutes of the last meeting\nThe minutes of the meeting held on 3 February were agreed and signed.\n",
            ["3 February"],
            [],
            1,
            id="members-confirmed-minutes-short",
        ),
        pytest.param(
            MODERNGOV,
            "11. Appointments to Outside Bodies – RESOLVED that Councillor Patel be appointed to the Canal Trust.\n",
            ["Canal Trust"],
            [],
            1,
            id="dash-label-resolved",
        ),
        pytest.param(
            SCOTTISH,
            "6. INTERNAL AUDIT PROGRESS\n\nThe Committee heard from the Chief Internal Auditor.\n\nDecision\n\nThe Committee noted progress against the 2022/23 internal audit plan.\n",
            ["internal audit plan"],
            [],
            1,
            id="report-received-and-noted",
        ),
        pytest.param(
            PARISH,
            "28. Open spaces\nThe Council agreed the following:\n- to renew the grass cutting contract with GreenCo;\n- to plant six trees on the green.\n",
            ["GreenCo", "six trees"],
            [],
            1,
            id="agreed-as-list-without-colon",
        ),
        pytest.param(PARISH, "29. Remembrance\nIt was decided that a wreath be purchased and laid by the Chair.\n", ["wreath"], [], 1, id="it-was-decided"),
        pytest.param(
            PARISH,
            "30. Finance report\nCllr Hale proposed and Cllr Dale seconded that the bank reconciliation be accepted. Councillors were content with the proposal.\n",
            ["bank reconciliation"],
            [],
            1,
            id="councillors-were-content",
        ),
        pytest.param(
            IRISH,
            "7. Casual vacancy\nMembers accepted the nomination of Cllr Mary Walsh to the Joint Policing Committee.\n",
            ["Joint Policing Committee"],
            [],
            1,
            id="members-accepted",
        ),
        pytest.param(
            NORTHERN_IRISH,
            "10. Consultation Response\nThe Committee AGREED to adopt the recommendation that the Council respond to the consultation as set out in Appendix 2.\n",
            ["Appendix 2"],
            [],
            1,
            id="ni-agreed-recommendation",
        ),
        pytest.param(
            PARISH,
            "34. Bus service\nAfter discussion agreement was reached to write to the bus operator about the Sunday timetable.\n",
            ["Sunday timetable"],
            [],
            1,
            id="agreement-reached",
        ),
        pytest.param(
            MODERNGOV,
            "14. 23/00211/HOU – 5 Oak Road\n\nDecision: Approve subject to conditions.\n",
            ["Approve subject to conditions"],
            [],
            1,
            id="planning-decision-label-verb",
        ),
        pytest.param(
            MODERNGOV,
            "15. Motion on Climate Emergency\nRESOLVED (by 7 votes to 2) that the Council declares a climate emergency.\n",
            ["climate emergency"],
            [],
            1,
            id="resolved-by-votes",
        ),
        pytest.param(
            MODERNGOV,
            "16. Member Development\n\nResolved:\n\nThat the Member Development Programme for 2023/24 be approved.\n",
            ["Member Development Programme"],
            [],
            1,
            id="resolved-own-line",
        ),
        pytest.param(
            IRISH,
            "10. Annual Report\nOn the proposal of Cllr Doyle, seconded by Cllr Byrne, the Annual Report 2022 was adopted by the Members.\n",
            ["Annual Report 2022"],
            [],
            1,
            id="irish-members-adopted",
        ),
        pytest.param(
            PARISH,
            "36. Minutes\nThe minutes of the meeting held on 5 January 2023, having been circulated, were taken as read and signed as a correct record.\n",
            ["5 January 2023"],
            [],
            1,
            id="minutes-taken-as-read",
        ),
        pytest.param(
            PARISH,
            "37. Minutes\nThe Chair signed the minutes of the meeting of 9 February as a true record.\n",
            ["9 February"],
            [],
            1,
            id="chair-signed-minutes",
        ),
        pytest.param(
            PARISH,
            "38. Grants\nThe application from the Bowls Club was considered.\nResolution: To award a grant of £300 to the Bowls Club.\n",
            ["£300"],
            [],
            1,
            id="resolution-label",
        ),
        pytest.param(
            PARISH,
            "39. Noticeboard\nProposal: to replace the noticeboard at the church gate\nProposed: Cllr Hale  Seconded: Cllr Noor\nVote: unanimous\n",
            ["noticeboard"],
            [],
            1,
            id="label-value-vote",
        ),
        pytest.param(
            PARISH,
            "40. To receive and approve the minutes of the meeting held on 4 April 2023. Approved.\n",
            ["4 April 2023"],
            [],
            1,
            id="agenda-to-approve-approved",
        ),
        pytest.param(PARISH, "41. To note the Clerk's report on correspondence.\nNoted.\n", [], [], 1, id="to-note-ag-then-noted"),
        pytest.param(
            PARISH,
            "42. Tennis court\nDecision – Agreed to resurface the tennis court at a cost of £4,200.\n",
            ["resurface the tennis court"],
            [],
            1,
            id="decision-dash-agreed",
        ),
        pytest.param(
            PARISH,
            "43. Co-option\nMrs Jane Price was co-opted onto the Council and signed her declaration of acceptance of office.\n",
            ["co-opted"],
            [],
            1,
            id="co-opted",
        ),
        pytest.param(
            MODERNGOV,
            "17. Treasury Management Strategy\nThe Committee RECOMMENDED to Council that the Treasury Management Strategy 2024/25 be adopted.\n",
            ["Treasury Management Strategy"],
            [],
            1,
            id="committee-recommend-to-council",
        ),
        pytest.param(
            MODERNGOV,
            "18. Leisure Review\nThe report recommended that the Council consider outsourcing the leisure centres. Members asked a number of questions.\n",
            [],
            ["outsourcing"],
            0,
            id="neg-report-recommends",
        ),
        pytest.param(
            PARISH,
            "45. Budget\nThe Clerk will present the draft budget in November when Members will be asked to agree the precept.\n",
            [],
            ["precept"],
            0,
            id="neg-will-be-asked",
        ),
        pytest.param(
            PARISH, "46. Footpath\nA route for the new footpath is still to be agreed with the landowner.\n", [], ["footpath"], 0, id="neg-to-be-agreed"
        ),
        pytest.param(
            PARISH,
            "47. Matters arising\nThe Clerk confirmed that the grant agreed at the last meeting had been paid.\n",
            [],
            ["grant"],
            0,
            id="neg-agreed-last-meeting",
        ),
        pytest.param(
            PARISH,
            "48. Trees\nCllr Dale agreed with Cllr Noor that the trees needed attention but felt it was a matter for the landowner.\n",
            [],
            ["trees"],
            0,
            id="neg-councillor-agreed-with",
        ),
    ],
)
def test_uk_and_irish_decision_forms(head, body, found, absent, count):
    _check(head, body, found, absent, count)


# --- a body that first weighs the matter, then decides: 'The Members considered the report and approved ...', 'The Committee, having heard from ..., agreed to ...' ----


@pytest.mark.parametrize(
    "head, body, found, absent, count",
    [
        pytest.param(
            IRISH,
            "8. Disposal of Property\nThe Members considered the report and approved the disposal of the property at 4 Main Street in accordance with Section 183 of the Local Government Act 2001.\n",
            ["disposal of the property"],
            [],
            1,
            id="body-coord-verb",
        ),
        pytest.param(
            PARISH,
            "31. Hedge cutting\nMembers discussed the quotations and agreed to appoint Hedgerow Services.\n",
            ["Hedgerow Services"],
            [],
            1,
            id="body-discussed-and-agreed",
        ),
        pytest.param(
            SCOTTISH,
            "7. PUPIL EQUITY FUNDING\n\nThe Committee, having heard from the Head of Education, agreed to note the report and request a further update in January.\n",
            ["further update in January"],
            [],
            1,
            id="body-comma-having",
        ),
    ],
)
def test_a_body_that_weighs_the_matter_then_decides(head, body, found, absent, count):
    _check(head, body, found, absent, count)


# --- a body's approval of a name, a number, a sum or a gerund: 'approved Option 2', 'approved spending up to £500', 'supported the proposal to ...' ----


@pytest.mark.parametrize(
    "head, body, found, absent, count",
    [
        pytest.param(
            PARISH,
            "32. War memorial\nMembers approved spending up to £500 on cleaning the war memorial.\n",
            ["cleaning the war memorial"],
            [],
            1,
            id="members-approved-gerund",
        ),
        pytest.param(
            MODERNGOV, "12. Car Park Charges\nThe Committee approved Option 2 as set out in the report.\n", ["Option 2"], [], 1, id="council-approved-option"
        ),
        pytest.param(
            PARISH,
            "33. Community Orchard\nMembers unanimously supported the proposal to plant a community orchard on the glebe land.\n",
            ["community orchard"],
            [],
            1,
            id="members-supported",
        ),
    ],
)
def test_a_body_approves_a_named_or_counted_object(head, body, found, absent, count):
    _check(head, body, found, absent, count)


# --- licensing and planning outcomes, and the chair declaring the result: 'The licence was granted ...', 'The application was REFUSED ...', 'The Cathaoirleach declared the proposal carried' ----


@pytest.mark.parametrize(
    "head, body, found, absent, count",
    [
        pytest.param(
            "Minutes of the Licensing Sub-Committee held on 2 August 2022\n\nPresent: Councillors Ward (Chair), Lee, Fox\n\n",
            "3. Application for a Premises Licence – The Corner Shop, 2 High Street\n\nThe Sub-Committee heard from the applicant and from a local resident.\n\nThe licence was granted subject to the conditions agreed with the Police.\n",
            ["licence was granted"],
            [],
            1,
            id="licensing-granted",
        ),
        pytest.param(
            MODERNGOV,
            "13. 22/01456/FUL – Land at Mill Farm – Erection of 9 dwellings\n\nThe Planning Officer introduced the report. Two objectors spoke.\n\nThe application was REFUSED for the reasons set out in the report.\n",
            ["REFUSED"],
            [],
            1,
            id="planning-refused",
        ),
        pytest.param(
            IRISH,
            "9. Vote on Part 8\nA vote was taken on the Part 8 proposal for the Greenway. The Cathaoirleach declared the proposal carried, 6 votes for and 2 against.\n",
            ["Part 8"],
            [],
            1,
            id="cathaoirleach-declared-carried",
        ),
    ],
)
def test_an_application_outcome_or_declared_result(head, body, found, absent, count):
    _check(head, body, found, absent, count)


# --- surface variants: 'Outcome:', 'Approved - unanimous.', 'It was noted formally that', 'approved by a show of hands', ', all members were in favour of', a closing sentence with nothing put before it ----


@pytest.mark.parametrize(
    "head, body, found, absent, count",
    [
        pytest.param(
            PARISH,
            "8. Allotments\nCllr Dale raised the issue of overgrown plots.\nOutcome: The Clerk to write to plot holders 14 and 22.\n",
            ["write to plot holders"],
            [],
            1,
            id="outcome-label",
        ),
        pytest.param(
            PARISH,
            "13. Grant application – Youth Club\nThe youth club requested £400 towards equipment.\nApproved - unanimous.\n",
            [],
            [],
            1,
            id="approved-unanimous",
        ),
        pytest.param(
            "Minutes of Llanddewi Community Council held 2 May 2022\n\nPresent: Cllr D Evans\n\n",
            "5. Accounts\nThe internal auditor's report was presented. It was noted formally that the accounts for 2021/22 were correct.\n",
            ["accounts for 2021/22 were correct"],
            [],
            1,
            id="it-was-noted-formally",
        ),
        pytest.param(
            PARISH, "27. Annual Parish Meeting date\nThe date of 12 May was approved by a show of hands.\n", ["12 May"], [], 1, id="approved-by-show-of-hands"
        ),
        pytest.param(PARISH, "35. Annual Parish Meeting\nThe date of 12 May was approved by a show of hands.\n", ["12 May"], [], 1, id="approved-show-hands"),
        pytest.param(
            PARISH,
            "44. Solar panels\nAfter a vote, all members were in favour of installing solar panels on the pavilion roof.\n",
            ["solar panels"],
            [],
            1,
            id="members-were-in-favour",
        ),
        pytest.param(
            MODERNGOV,
            "8. Local Plan Review\nThe Committee considered the report of the Head of Planning.\nThe recommendations were agreed.\n",
            ["recommendations were agreed"],
            [],
            1,
            id="recommendations-agreed",
        ),
    ],
)
def test_surface_variants_of_outcomes(head, body, found, absent, count):
    _check(head, body, found, absent, count)


# --- near misses of the new families: debate, news of another body's decision, history, an amendment ---


@pytest.mark.parametrize(
    "head, body, absent, count",
    [
        (
            IRISH,
            "11. Hospice\nThe motion was proposed by Cllr Doyle, seconded by Cllr Byrne and agreed.\nMembers supported the motion stating that the hospice is urgently needed.\n",
            "stating",
            1,
        ),
        (PARISH, "49. Planning\nThe Clerk reported that the application for 2 Mill Lane was refused by the District Council.\n", "refused", 0),
        (PARISH, "50. Planning\nThe application at Manor Farm was refused in 2019 and a new one is expected.\n", "refused", 0),
        (MODERNGOV, "19. Leisure\nMembers considered the report and asked whether the pool could reopen sooner.\n", "reopen", 0),
        (NORTHERN_IRISH, "11. Amendment\nThe Chair declared the amendment carried and the debate on the substantive motion continued.\n", "amendment", 0),
        (PARISH, "51. Village fete\nMembers supported the work of the volunteers who organised the fete.\n", "volunteers", 0),
    ],
)
def test_near_misses_of_the_new_families_are_no_decisions(head, body, absent, count):
    _check(head, body, [], [absent], count)


# --- a numbered decision list whose RESOLVED label was lost in publishing (ModernGov pages) ---------------


@pytest.mark.parametrize(
    "head, body, found",
    [
        (
            MODERNGOV,
            "20. Recruitment of Independent Person\n\nThe Monitoring Officer introduced a report, which had been circulated before the meeting.\n\n"
            "1)   Authorise the Monitoring Officer to commence recruitment to the role of Independent Person;\n\n"
            "2)   Agree that suitable candidates could be considered for the reserve role; and\n\n"
            "3)   Delegate authority to the Monitoring Officer to appoint alternative panel members.\n\nCode of Conduct\n",
            ["Authorise the Monitoring Officer", "Delegate authority"],
        ),
        (
            "Minutes of the Cabinet of Ashcombe District Council, 9 January 2024\n\nPresent: Councillors Reed (Leader), Khan\n\n",
            "7. Revenue Outturn 2022/23\nThe Portfolio Holder for Finance presented the report.\n(a) Note the outturn position for 2022/23;\n"
            "(b) Approve the carry forward of £120,000 to 2023/24.\n\nReason for decision: to close the accounts.\n",
            ["outturn position", "carry forward of £120,000"],
        ),
        (
            SCOTTISH,
            "8. ROADS CAPITAL PROGRAMME\n\nThe Head of Roads presented the report on the capital programme.\n\n"
            "(i) Approve the roads capital programme for 2022/23; and\n(ii) Instruct the Head of Roads to report progress in six months.\n",
            ["roads capital programme for 2022/23", "report progress in six months"],
        ),
    ],
)
def test_a_numbered_decision_list_that_lost_its_label(head, body, found):
    _check(head, body, found, [], 1)


@pytest.mark.parametrize(
    "head, body",
    [
        (MODERNGOV, "21. Fees Review\nThe Cabinet is recommended to:\n1) Approve the fees for 2024/25;\n2) Note the consultation responses.\n"),
        (
            MODERNGOV,
            "22. Fees Review\nThe Head of Finance presented the report, which recommended the following.\n1) Approve the fees;\n2) Note the responses.\n",
        ),
        (MODERNGOV, "23. Fees Review\nThe Head of Finance presented the report.\n1) Approve the fees for 2024/25.\n\nMembers discussed the fees.\n"),
        (PARISH, "52. Projects\nThe Clerk presented a list of possible projects.\n1. Replace the bench on the green;\n2. Repaint the bus shelter.\n"),
    ],
)
def test_lists_asked_for_single_or_not_of_decision_verbs_are_no_decisions(head, body):
    _check(head, body, [], ["Approve the fees", "bench"], 0)


# --- third round: forms held already, and the present tense, the mood of assent, a bracketed outcome, a majority ---


@pytest.mark.parametrize(
    "head, body, found, absent, count",
    [
        pytest.param(
            PARISH, "53. Grit bins\nRESOLVED unanimously: purchase of two grit bins at £180 each.\n", ["two grit bins"], [], 1, id="resolved-no-that-gerund"
        ),
        pytest.param(
            PARISH,
            "54. Bank mandate\nThe Council resolves to add Cllr Noor as a signatory to the bank mandate.\n",
            ["signatory"],
            [],
            1,
            id="council-resolves-present",
        ),
        pytest.param(
            PARISH,
            "55. Hall hire\nMembers were happy to approve the hall hire charges for 2024 as circulated.\n",
            ["hall hire charges"],
            [],
            1,
            id="members-were-happy",
        ),
        pytest.param(
            MODERNGOV,
            "24. Article 4 Direction\nThe Committee decided not to make an Article 4 Direction at this time.\n",
            ["Article 4 Direction"],
            [],
            1,
            id="committee-decided-not",
        ),
        pytest.param(
            "Minutes of Llanfair Community Council held 6 June 2022\n\nPresent: Cllr G Hughes\n\n",
            "8. Grant\nPENDERFYNWYD rhoi £50 i'r Urdd. / RESOLVED to give £50 to the Urdd.\n",
            ["£50"],
            [],
            1,
            id="welsh-penderfynwyd-only",
        ),
        pytest.param(
            NORTHERN_IRISH,
            "12. Street naming\nAGREED – that the Committee approves the street name 'Mill Brae' for the new development.\n",
            ["Mill Brae"],
            [],
            1,
            id="ni-agreed-dash",
        ),
        pytest.param(
            SCOTTISH,
            "9. SCHOOL TRANSPORT\n\nDecision\n\nThe Committee:-\n\n(a) noted the report; and\n(b) agreed to review the policy in 2023.\n",
            ["review the policy"],
            [],
            1,
            id="scottish-decision-header-para",
        ),
        pytest.param(
            IRISH,
            "1. Confirmation of Minutes\nThe minutes of the March meeting were confirmed on the proposal of Cllr Byrne, seconded by Cllr Doyle.\n",
            ["March meeting"],
            [],
            1,
            id="minutes-were-agreed-as-correct",
        ),
        pytest.param(
            "Minutes of Onchan District Commissioners, 5 April 2022\n\nPresent: Mr P Karran (Chairman)\n\n",
            "22/041 Dog fouling\nThe Board resolved to install four additional dog bins on the promenade.\n",
            ["dog bins"],
            [],
            1,
            id="manx-board-resolved",
        ),
        pytest.param(
            PARISH,
            "56. Website hosting\nThe Clerk reported that the hosting contract was due for renewal (Agreed to renew for 3 years at £90 p.a.).\n",
            ["renew for 3 years"],
            [],
            1,
            id="agreed-in-brackets",
        ),
        pytest.param(
            MODERNGOV,
            "25. Applications\n| Ref | Site | Decision |\n| 23/0451 | 4 Elm Road | Approved subject to conditions |\n| 23/0470 | Land at Hill Farm | Refused |\n",
            [],
            [],
            None,
            id="decision-table-pipes",
        ),
        pytest.param(
            PARISH,
            "57. Tree works\nresolved that the Clerk obtain quotes for the oak on the green.\n",
            ["oak on the green"],
            [],
            1,
            id="parish-resolved-lowercase-line",
        ),
        pytest.param(IRISH, "11. Housing Report\nThe report was noted by the Members.\n", ["report was noted"], [], 1, id="irish-agreed-noted-members"),
        pytest.param(
            NORTHERN_IRISH,
            "13. Committee Minutes\nThe minutes of the Planning Committee of 4 October were adopted, on the proposal of Councillor Quinn.\n",
            ["4 October"],
            [],
            1,
            id="ni-recommendation-adopted",
        ),
        pytest.param(
            PARISH,
            "58. Allotment rents\nCouncil agreed to defer the decision on allotment rents until the January meeting.\n",
            ["allotment rents"],
            [],
            1,
            id="council-agreed-defer",
        ),
        pytest.param(
            PARISH,
            "59. Speed limit\nA vote was taken and the majority were in favour of requesting a 20mph limit through the village.\n",
            ["20mph"],
            [],
            1,
            id="vote-taken-majority",
        ),
        pytest.param(
            PARISH,
            "59a. Defibrillator\nThe proposal was put to the vote. The majority were in favour of buying a defibrillator for the hall.\n",
            ["defibrillator"],
            [],
            1,
            id="majority-opens-its-sentence",
        ),
        pytest.param(
            PARISH,
            "59b. Verges\nFollowing a show of hands, the majority of Members voted in favour of cutting the verges twice a year.\n",
            ["verges twice"],
            [],
            1,
            id="majority-of-members-after-a-clause",
        ),
        pytest.param(PARISH, "60. Drainage\nThe Clerk will report the blocked drain to Highways.\n", [], ["drain"], 0, id="neg-clerk-will-report"),
        pytest.param(
            PARISH,
            "61. Playground\nMembers were happy with the progress made on the playground refurbishment.\n",
            [],
            ["playground"],
            0,
            id="neg-members-were-happy-with-progress",
        ),
        pytest.param(
            SCOTTISH,
            "10. PRESENTATION\n\nThe Committee heard a presentation from the Young Scot team on their work in schools.\n",
            [],
            ["Young Scot"],
            0,
            id="neg-scottish-heard",
        ),
    ],
)
def test_third_round_forms(head, body, found, absent, count):
    _check(head, body, found, absent, count)


def test_present_tense_resolves_with_its_statutory_power():
    body = "62. Grants\nThe Committee resolves in accordance with its powers under section 137 of the LGA 1972, to incur the expenditure set out above.\n"
    _check(PARISH, body, ["to incur the expenditure"], [], 1)


@pytest.mark.parametrize(
    "body",
    [
        "63. Roads\nThe Council agrees that the state of the roads is poor and the Clerk will write to Highways.\n",
        "64. Amendment\nThe majority were in favour of the amendment, which was then put as the substantive motion.\n",
        "65. Survey\nMembers were happy with the response to the survey.\n",
        # a consultation's result, not a vote of the meeting: 'the majority' not opening its sentence
        "66. Speed limit\nOf the 120 responses to the survey, the majority were in favour of a 20mph limit.\n",
        "67. Bus shelter\nThe Clerk said the survey showed the majority were in favour of a new shelter.\n",
    ],
)
def test_third_round_near_misses(body):
    _check(PARISH, body, [], ["roads", "amendment", "survey"], 0)


# --- parish agenda lines with their outcome, and assent closing a proposal put in words -------------------


@pytest.mark.parametrize(
    "head, body, found, absent, count",
    [
        pytest.param(
            PARISH,
            "3. To receive and approve the minutes of the previous meeting held 20.11.2019 Approved\n4. Matters arising\n",
            ["20.11.2019"],
            [],
            1,
            id="agenda-line-approved-nostop",
        ),
        pytest.param(PARISH, "5. To consider the grant request from the Playgroup. Agreed £200.\n", ["Playgroup"], [], 1, id="agenda-to-consider-agreed"),
        pytest.param(PARISH, "6. To approve the accounts for payment – approved\n", ["accounts for payment"], [], 1, id="agenda-to-approve-dash"),
        pytest.param(
            PARISH,
            "7. Finance\nCllr Dale proposed and Cllr Noor seconded that the financial information be presented at the July meeting. Councillors present were content with the proposal.\n",
            ["July meeting"],
            [],
            1,
            id="content-with-proposal",
        ),
        pytest.param(
            PARISH,
            "8. Bench\nTo purchase a memorial bench for the green at £650. Prop AH, Sec BN. All agreed.\n",
            ["memorial bench"],
            [],
            1,
            id="initials-prop-sec",
        ),
        pytest.param(
            PARISH,
            "9. Planning 23/0456 – 12 Church Lane. It was RESOLVED to support the application.\n",
            ["support the application"],
            [],
            1,
            id="resolved-after-item-number-ref",
        ),
        pytest.param(
            PARISH,
            "10. To approve the minutes of the meeting held on 5 May 2023.\n11. Correspondence\n",
            [],
            ["5 May 2023"],
            0,
            id="neg-agenda-to-approve-only",
        ),
        pytest.param(
            PARISH,
            "12. Survey\nCllr Dale proposed that a survey be sent to residents. Members were content with the progress so far.\n",
            [],
            ["survey"],
            0,
            id="neg-content-with-progress",
        ),
    ],
)
def test_agenda_outcomes_and_assent_to_a_proposal(head, body, found, absent, count):
    _check(head, body, found, absent, count)


# --- assent given as a noun, resolutions passed as quoted, 'content to note', 'agreed as follows:' and its list ---


@pytest.mark.parametrize(
    "head, body, found, absent, count",
    [
        pytest.param(
            IRISH,
            '12. Resolution\nThe Members passed the following resolution:\n"That Ballyclare Municipal District supports the retention of the Garda station in Ballyclare."\n',
            ["Garda station"],
            [],
            1,
            id="irish-passed-following-resolution",
        ),
        pytest.param(
            IRISH,
            '13. Section 183\nProposed by: Cllr S Byrne\nSeconded by: Cllr P Doyle\nAnd resolved: "That the disposal of 0.2 hectares at Mill Road be approved."\n',
            ["0.2 hectares"],
            [],
            1,
            id="irish-and-resolved",
        ),
        pytest.param(
            NORTHERN_IRISH, "14. Quarterly Report\nThe Committee was content to note the report.\n", ["note the report"], [], 1, id="ni-content-to-note"
        ),
        pytest.param(
            PARISH, "66. Mower\nThe Council gave its approval to the purchase of a new mower at £2,300.\n", ["new mower"], [], 1, id="council-gave-approval"
        ),
        pytest.param(PARISH, "67. Poppy Appeal\nAll agreed to donate £100 to the Poppy Appeal.\n", ["Poppy Appeal"], [], 1, id="all-agreed-to-donate"),
        pytest.param(
            MODERNGOV,
            "26. Consultation\nThe Council's response to the consultation was agreed as follows:\n(a) support for the new route;\n(b) concern about parking.\n",
            ["support for the new route"],
            [],
            1,
            id="agreed-as-follows",
        ),
        pytest.param(
            PARISH,
            "68. Website\nIt was agreed by all present that the Clerk renew the domain name for two years.\n",
            ["domain name"],
            [],
            1,
            id="agreed-by-all-present",
        ),
        pytest.param(PARISH, "69. Fete\nCllr Hale proposed a donation of £75 towards the fete. Agreed by all.\n", ["£75"], [], 1, id="agreed-by-all-closer"),
        pytest.param(
            PARISH, "70. Minutes\nThe minutes of the meeting of 2 May were read and the Chairman signed them.\n", ["2 May"], [], 1, id="chairman-signed-minutes"
        ),
        pytest.param(
            PARISH,
            "71. Planning 23/0099\nMembers RESOLVED by a majority vote (5 for, 2 against) to object to the application.\n",
            ["object to the application"],
            [],
            1,
            id="resolved-majority-brackets",
        ),
        pytest.param(
            IRISH,
            "14. Greenway\nThe Members gave their full support to the Greenway extension to Kilmore.\n",
            ["Greenway extension"],
            [],
            1,
            id="members-gave-support",
        ),
        pytest.param(
            SCOTTISH, "11. RISK REGISTER\n\nThe Committee noted the terms of the report.\n", ["terms of the report"], [], 1, id="scot-board-noted-terms"
        ),
        pytest.param(PARISH, "72. Police\nPC Jones gave an update on crime in the parish.\n", [], ["crime"], 0, id="neg-gave-update"),
        pytest.param(PARISH, "73. Fun day\nAll agreed it had been a very successful day.\n", [], ["successful"], 0, id="neg-all-agreed-it-was-good"),
    ],
)
def test_assent_given_passed_or_listed(head, body, found, absent, count):
    _check(head, body, found, absent, count)


LICENSING = "Minutes of the Licensing Sub-Committee held on 2 August 2022\n\nPresent: Councillors Ward (Chair), Lee, Fox\n\n"


# --- noting correspondence, licensing determinations, a tally between commas ------------------------------


@pytest.mark.parametrize(
    "head, body, found, absent, count",
    [
        pytest.param(
            PARISH,
            "74. Correspondence\nCouncil noted the correspondence from the Boundary Commission.\n",
            ["Boundary Commission"],
            [],
            1,
            id="council-noted-correspondence",
        ),
        pytest.param(PARISH, "75. Police\nMembers noted the letter from the Police about rural crime.\n", ["rural crime"], [], 1, id="members-noted-letter"),
        pytest.param(PARISH, "76. Clerk's report\nThe Clerk's report was circulated.\nNoted and agreed.\n", [], [], 1, id="noted-and-agreed"),
        pytest.param(
            LICENSING,
            "4. Review of Premises Licence – The Crown, Mill Street\n\nThe Sub-Committee determined to suspend the licence for four weeks.\n",
            ["suspend the licence"],
            [],
            1,
            id="determined-to-grant",
        ),
        pytest.param(
            LICENSING,
            "5. Hackney Carriage Driver – Mr X\n\nThe Panel determined that the driver's licence be revoked.\n",
            ["revoked"],
            [],
            1,
            id="determined-that",
        ),
        pytest.param(
            PARISH, "77. Precept\nMembers resolved, by 6 votes to 1, to increase the precept by 3%.\n", ["precept by 3%"], [], 1, id="resolved-commas-votes"
        ),
        pytest.param(
            IRISH,
            "15. Chief Executive's Report\nThe Chief Executive's Report was considered and adopted.\n",
            ["Chief Executive's Report"],
            [],
            1,
            id="irish-considered-adopted",
        ),
        pytest.param(
            PARISH,
            "78. Urgent works\nThe Council ratified the decision taken by the Clerk under delegated powers to repair the gate.\n",
            ["repair the gate"],
            [],
            1,
            id="council-ratified-delegated",
        ),
        pytest.param(
            PARISH,
            "79. Bus shelter\nAfter discussion it was RESOLVED\nthat the Council replace the roof of the bus shelter.\n",
            ["roof of the bus shelter"],
            [],
            1,
            id="wrapped-resolved-eol",
        ),
        pytest.param(
            LICENSING,
            "6. Procedure\nThe Chair explained how the Sub-Committee determined applications.\n",
            [],
            ["applications"],
            0,
            id="neg-determined-narrative",
        ),
    ],
)
def test_noting_determining_and_tallies(head, body, found, absent, count):
    _check(head, body, found, absent, count)


@pytest.mark.parametrize(
    "body, words",
    [
        ("80. Defibrillator\nThe Clerk obtained a quote of £900 for a new cabinet. Unanimously agree to purchase.\n", "agree to purchase"),
        ("81. Hall\nUnanimously agree that the hall hire charge stays at £12 an hour.\n", "£12 an hour"),
        ("82. Litter pick\nUnanimously agree to hold a litter pick on 4 April.\n", "litter pick on 4 April"),
    ],
)
def test_a_clerks_present_tense_shorthand_unanimously_agree(body, words):
    _check(PARISH, body, [words], [], 1)


# --- the agenda's 'To receive the minutes' heading above the line that records their approval ----------------


@pytest.mark.parametrize(
    "body, words",
    [
        (
            "01.24.03 To receive the minutes of the last parish council meeting\nThe minutes of the meeting held on 25th November 2023 were\n"
            "checked for accuracy and content, agreed as a true record and\nsigned by the chair.\n01.24.04 Public participation\n",
            "25th November 2023",
        ),
        ("4. To approve the minutes of the meeting held on 6 June\nThe minutes of 6 June were read, approved and signed.\n5. Finance\n", "minutes of 6 June"),
        ("Min 23/12 To confirm the minutes of 14 March\nThe minutes of 14 March, having been circulated, were confirmed.\n", "minutes of 14 March"),
    ],
)
def test_the_record_line_under_an_agenda_minutes_heading(body, words):
    _check(PARISH, body, [words], ["To receive", "To approve", "To confirm"], 1)


def test_an_agenda_minutes_heading_alone_is_no_decision():
    _check(PARISH, "4. To approve the minutes of the meeting held on 6 June\n5. Finance\nThe Clerk circulated the accounts.\n", [], ["6 June"], 0)


# --- Manx, Welsh bilingual, Scottish, Northern Irish and town council forms; a flattened schedule row ---------


@pytest.mark.parametrize(
    "head, body, found, absent, count",
    [
        pytest.param(
            "Minutes of Braddan Parish Commissioners, 7 June 2022\n\nPresent: Mrs A Corlett (Chairman)\n\n",
            "22/077 Playground\nIt was moved by Mr Kelly and seconded by Mrs Corlett that the tender from Island Play Ltd be accepted. Carried.\n",
            ["Island Play"],
            [],
            1,
            id="manx-it-was-moved-carried",
        ),
        pytest.param(
            "Minutes of Llanfair Community Council held 6 June 2022\n\nPresent: Cllr G Hughes\n\n",
            "9. Bus stop\nCYTUNWYD / AGREED: to ask the County Council to move the bus stop.\n",
            ["move the bus stop"],
            [],
            1,
            id="welsh-cytunwyd",
        ),
        pytest.param(
            SCOTTISH,
            "13. ANNUAL REPORT\n\nThe Committee noted the report and agreed:-\n\n(a) to publish the annual report; and\n(b) to thank the staff.\n",
            ["publish the annual report", "thank the staff"],
            [],
            1,
            id="scot-noted-and-agreed-colon",
        ),
        pytest.param(
            NORTHERN_IRISH,
            "15. Grant Aid\nProposed by Councillor Quinn,\nSeconded by Alderman Gault and\nAGREED: that grant aid of £5,000 be awarded to the Loughbridge Festival.\n",
            ["£5,000"],
            [],
            1,
            id="ni-proposed-seconded-agreed-colon",
        ),
        pytest.param(
            "Minutes of Ashcombe Town Council held 3 May 2023\n\nPresent: Cllrs Hale, Noor\n\n",
            "TC23/104 CIVIC AWARDS\nRESOLVED: That Mrs Edna Hart receive the Civic Award for 2023.\n",
            ["Edna Hart"],
            [],
            1,
            id="town-council-min-ref-resolved",
        ),
        pytest.param(
            IRISH,
            "16. Taking in charge\nFollowing discussion the Members agreed to defer the taking in charge of Oak Park until the September meeting.\n",
            ["Oak Park"],
            [],
            1,
            id="irish-members-agreed-defer",
        ),
        pytest.param(
            MODERNGOV,
            "27. Planning applications\n23/0451 4 Elm Road Extension Decision: Approved subject to conditions\n",
            ["Approved subject to conditions"],
            [],
            1,
            id="decision-flattened-table-row",
        ),
        pytest.param(
            PARISH, "83. Drains\nIt was noted that the drains in Church Lane had been cleared by Highways.\n", [], ["drains"], 0, id="neg-it-was-noted-that"
        ),
    ],
)
def test_more_uk_and_irish_forms(head, body, found, absent, count):
    _check(head, body, found, absent, count)


def test_each_row_of_a_flattened_schedule_is_its_own_decision():
    body = (
        "28. Applications\n23/0451 4 Elm Road Extension Decision: Approved subject to conditions\n"
        "23/0470 Land at Hill Farm 9 dwellings Decision: Refused\n23/0480 2 Oak Lane Decision: Officers to determine\n"
    )
    texts = resolution_texts(MODERNGOV + body)
    assert len(texts) == 2 and "Elm Road" in texts[0] and "Hill Farm" not in texts[0] and "Refused" in texts[1], texts


# --- an uncontested nomination under an 'Election of Chairman' heading that names no post itself -------------


@pytest.mark.parametrize(
    "body, words",
    [
        ("1. Election of Chairman\nCllr Ryves proposed Cllr Nicholas-Letch seconded by Cllr Leamon. He thanked members for their support.\n", "Nicholas-Letch"),
        ("2. Election of Vice-Chair\nCllr Hale proposed Cllr Noor, seconded by Cllr Dale.\n", "proposed Cllr Noor"),
        ("3. ELECTION OF THE CATHAOIRLEACH\nCllr Byrne proposed Cllr Mary Walsh and was seconded by Cllr Doyle.\n", "Mary Walsh"),
    ],
)
def test_a_nomination_under_an_election_heading_is_the_election(body, words):
    _check(PARISH, body, [words], [], 1)


def test_contested_nominations_under_an_election_heading_keep_only_the_result():
    body = (
        "4. Election of Chairman\nCllr Hale proposed Cllr Noor, seconded by Cllr Dale. Cllr Dale proposed Cllr Reed for Chairman, seconded by Cllr Moss. "
        "Following a vote Cllr Reed was elected Chairman.\n"
    )
    _check(PARISH, body, ["Cllr Reed was elected"], ["proposed Cllr Noor"], 1)
