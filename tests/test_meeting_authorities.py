"""Authorities that are not councils, heading their own papers (no collector's 'COUNCIL:' line):
licensing boards, fire and rescue, national park and combined authorities, integration joint
boards, town and district commissioners, joint committees of two councils, police and crime
panels, US counties, townships, public libraries and special districts (fire, water, park,
sanitary, school), Canadian rural municipalities and school boards. The council is the authority
as it names itself; a single-body authority meets as itself; a US district's board is the body
it names ('Board of Directors'), never 'Council'. Near misses: a body with no place ('PLANNING
BOARD'), a partner named in the attendance list, a council's letterhead above a partner's name.
Every page here is invented; the expected values were decided by ANNOTATION.md (section Meeting)
before the extractor was run."""

from __future__ import annotations

import pytest

from minutes_miner.evaluate import meeting_right
from helpers import analysed_page

PRESENT = "Present: Mr A Hale (Chair), Mrs B Noor, Mr C Lee\n1. Apologies for absence were received from Mrs Page.\n"
US_PRESENT = "Present: President Ann Hale, Vice President Bo Noor, Directors Cal Lee, Dee Page\nThe meeting was called to order at 6:30 p.m.\n"


def _read(tmp_path, text: str):
    return analysed_page(tmp_path, text, "minutes.txt")


AUTHORITIES = [
    # (front page, council, body)
    (
        "HALLORAN LICENSING BOARD\nMinute of Meeting of the Halloran Licensing Board held in the Council Chambers on Tuesday, 4 March 2025 at 10.00 am\n"
        + PRESENT,
        "Halloran Licensing Board",
        "Halloran Licensing Board",
    ),
    (
        "Brenmoor Fire and Rescue Authority\nMinutes of the meeting of the Authority held at Service Headquarters on 12 March 2025 at 10.30 am\n" + PRESENT,
        "Brenmoor Fire and Rescue Authority",
        "Brenmoor Fire and Rescue Authority",
    ),
    (
        "Farnley Vale National Park Authority\nMinutes of the National Park Authority meeting\nFriday 7 March 2025, 10.00am, Park Offices\n" + PRESENT,
        "Farnley Vale National Park Authority",
        "Farnley Vale National Park Authority",
    ),
    (
        "EASTMARCH COMBINED AUTHORITY\nCOMBINED AUTHORITY BOARD\nMINUTES: 14 March 2025, 11.00 - 12.30, Eastmarch House\n" + PRESENT,
        "Eastmarch Combined Authority",
        "Combined Authority Board",
    ),
    (
        "LOCHVANE HEALTH AND SOCIAL CARE PARTNERSHIP\nLochvane Integration Joint Board\nMINUTE of Meeting of the Integration Joint Board held on Wednesday 5 March 2025 at 1.30pm\n"
        + PRESENT,
        "Lochvane Integration Joint Board",
        "Lochvane Integration Joint Board",
    ),
    (
        "TARROW BAY TOWN COMMISSIONERS\nMinutes of the monthly Public Meeting held in the Town Hall, Tarrow Bay, on Tuesday 8 April 2025 at 7.00 p.m.\n"
        + PRESENT,
        "Tarrow Bay Town Commissioners",
        "Tarrow Bay Town Commissioners",
    ),
    (
        "Kirk Braddan District Commissioners\nMinutes of the Ordinary Meeting - Wednesday 9 April 2025 - Parish Hall - 7.00pm\n" + PRESENT,
        "Kirk Braddan District Commissioners",
        "Kirk Braddan District Commissioners",
    ),
    (
        "HALTON AND MERE JOINT BURIAL COMMITTEE\nMinutes of the meeting held at Mere Cemetery Lodge on 3 March 2025 at 2pm.\nHalton Borough Council: Cllrs P Nuttall (Chair), S Haigh\nMere District Council: Cllrs D Ellwood, R Fairclough\n",
        "Halton and Mere Joint Burial Committee",
        "Halton and Mere Joint Burial Committee",
    ),
    (
        "NORLAND POLICE AND CRIME PANEL\nMinutes of a meeting of the Norland Police and Crime Panel held at Shire Hall on Wednesday 5 March 2025 at 10.30 am\nMembers: Cllr A Hale (Chair, Norland CC), Cllr B Noor (Vale DC)\n",
        "Norland Police and Crime Panel",
        "Norland Police and Crime Panel",
    ),
    (
        "KESTON VALLEY WATER DISTRICT\nBoard of Directors – Regular Meeting\nMarch 4, 2025 · District Office, 12 Canal Road\n" + US_PRESENT,
        "Keston Valley Water District",
        "Board of Directors",
    ),
    (
        "Alder Creek Fire Protection District – Board of Directors\nMINUTES, Regular Meeting, March 12, 2025\n" + US_PRESENT,
        "Alder Creek Fire Protection District",
        "Board of Directors",
    ),
    (
        "BOARD OF FIRE COMMISSIONERS\nNORTH HOLLIS FIRE DISTRICT\nRegular Monthly Meeting – April 8, 2025 – 7:30 PM – Main Street Firehouse\n" + US_PRESENT,
        "North Hollis Fire District",
        "Board of Fire Commissioners",
    ),
    (
        "MAPLE RUN PARK DISTRICT\nBOARD OF PARK COMMISSIONERS – REGULAR MEETING\nWednesday, May 14, 2025 | 6:30 p.m. | Recreation Center\n" + US_PRESENT,
        "Maple Run Park District",
        "Board of Park Commissioners",
    ),
    (
        "BOARD OF COUNTY COMMISSIONERS\nELMSTEAD COUNTY, NEBRASKA\nMay 6, 2025 – Regular Session\nThe Board of County Commissioners met in regular session at 9:00 a.m.\n",
        "Elmstead County",
        "Board of County Commissioners",
    ),
    (
        "Dunmere Township Board of Trustees\nRegular Meeting Minutes – March 11, 2025\nTownship Hall, 12 Pike Road\n" + US_PRESENT,
        "Dunmere Township",
        "Board of Trustees",
    ),
    (
        "Ridgefield Public Library Board of Trustees\nMinutes of the May 13, 2025 Meeting\nHeld in the Community Room\n" + US_PRESENT,
        "Ridgefield Public Library",
        "Board of Trustees",
    ),
    (
        "CALDER COUNTY PLANNING COMMISSION\nMINUTES – MARCH 13, 2025 – 6:00 PM\nHistoric Courthouse\n" + US_PRESENT,
        "Calder County",
        "Planning Commission",
    ),
    (
        "R.M. of Willowdale No. 214\nMinutes of the Regular Meeting of Council\nheld in the Council Chambers\nWednesday, June 11, 2025\n" + PRESENT,
        "Rural Municipality of Willowdale No. 214",
        "Council",
    ),
    (
        "KILDARE VALE DISTRICT SCHOOL BOARD\nMINUTES OF THE REGULAR MEETING OF THE BOARD      Tuesday, January 27, 2026\nEducation Centre – Boardroom\n"
        + US_PRESENT,
        "Kildare Vale District School Board",
        "Board",
    ),
    (
        "Agenda and minutes - Corran and Vale Fire and Rescue Authority, Thursday, 20th March, 2025 10.30 am\n\nCorran and Vale Fire and Rescue Authority | Committees | Meetings\n\n"
        "Corran and Vale Fire and Rescue Authority - Thursday, 20th March, 2025 10.30 am\n\nVenue: Training Centre\n",
        "Corran and Vale Fire and Rescue Authority",
        "Corran and Vale Fire and Rescue Authority",
    ),
]


@pytest.mark.parametrize("text,council,body", AUTHORITIES, ids=[a[1] for a in AUTHORITIES])
def test_authority_heading_its_papers(tmp_path, text, council, body):
    structure = _read(tmp_path, text)
    assert meeting_right("council", council, structure.council), structure.council
    assert meeting_right("body", body, structure.body), structure.body


NEAR_MISSES = [
    # (front page, council or None): no authority, or the council rather than a partner
    ("PLANNING BOARD\nMinutes of the meeting of March 3, 2025\n" + US_PRESENT, None),
    ("HEALTH AND WELLBEING BOARD\nMinutes of the meeting held on 4 March 2025\n" + PRESENT, None),
    (
        "Minutes of the Corporate Parenting Panel held on 5 March 2025\nAttending: Westshire Fire and Rescue Authority, Westshire Police and Crime Panel\n"
        + PRESENT,
        None,
    ),
    (
        "ASHBY DISTRICT COUNCIL\nHalton Fire and Rescue Authority - partnership update\nMinutes of the Cabinet held on 5 March 2025\n" + PRESENT,
        "Ashby District Council",
    ),
    ("TOWNSHIP OF BELMAR\nMORRIS COUNTY, NEW JERSEY\nTOWNSHIP COMMITTEE – REGULAR MEETING\nJanuary 7, 2025\n" + US_PRESENT, "Township of Belmar"),
    (
        "Elmwood Town Council\nMinutes of the meeting held on 3 March 2025\n" + PRESENT + "2. The Elmwood Fire District chief reported 40 calls.\n",
        "Elmwood Town Council",
    ),
]


@pytest.mark.parametrize("text,council", NEAR_MISSES, ids=[n[0][:30] for n in NEAR_MISSES])
def test_no_partner_or_placeless_body_as_the_authority(tmp_path, text, council):
    assert meeting_right("council", council, _read(tmp_path, text).council)


def test_running_page_mark_is_not_part_of_the_letterhead(tmp_path):
    """A later page's header ('CARNBRAE COUNCIL   Page 2 of 7') names the council it repeats."""
    text = "LOCHAIRD COUNCIL                                     Page 3 of 9\nAudit Committee - 19 September 2024\nCouncillor A Hale (Convener) in the Chair.\n"
    assert meeting_right("council", "Lochaird Council", _read(tmp_path, text).council)


def test_township_named_both_ways_meets_as_council(tmp_path):
    """'Elmvale Township' in the page title, 'Township of Elmvale Council' in the text: one
    authority, and its council's meeting is 'Council', not the authority's name again."""
    text = (
        "Minutes – April 15, 2025 – Elmvale Township\n\nMINUTES\nTOWNSHIP OF ELMVALE\nTuesday, April 15, 2025\n"
        "A regular meeting of the Township of Elmvale Council was held on Tuesday, April 15, 2025.\nPresent: Mayor Ann Hale, Councillors Bo Noor and Cal Lee.\n"
    )
    structure = _read(tmp_path, text)
    assert meeting_right("council", "Township of Elmvale", structure.council), structure.council
    assert meeting_right("body", "Council", structure.body), structure.body


@pytest.mark.parametrize(
    "text,council,body",
    [
        (
            "# Mesquite Flats ISD — Board of Trustees\n## Regular Meeting Minutes — August 18, 2025\n" + US_PRESENT,
            "Mesquite Flats Independent School District",
            "Board of Trustees",
        ),
        (
            "PALO VERDE USD\nBOARD OF EDUCATION\nREGULAR MEETING MINUTES – MARCH 3, 2025\n" + US_PRESENT,
            "Palo Verde Unified School District",
            "Board of Education",
        ),
        ("Board of Trustees\nRegular Meeting – March 3, 2025\nThe ISD's auditor presented the annual report.\n" + US_PRESENT, None, "Board of Trustees"),
    ],
    ids=["ISD", "USD", "ISD in the text only"],
)
def test_school_district_named_by_its_initials(tmp_path, text, council, body):
    """'Mesquite Flats ISD' heads a Texas school board's papers: the Independent School District,
    written out as the authority names itself; its board the body."""
    structure = _read(tmp_path, text)
    assert meeting_right("council", council, structure.council), structure.council
    assert meeting_right("body", body, structure.body), structure.body


@pytest.mark.parametrize(
    "text,council,body",
    [
        (
            "Westvale Harbour Board\nMinutes of the meeting of the Board held on 6 March 2025 at 2pm at the Harbour Office\n" + PRESENT,
            "Westvale Harbour Board",
            "Board",
        ),
        (
            "West Alden Fire Protection District\nMinutes – Board of Directors Regular Meeting\nMarch 19, 2025\n" + US_PRESENT,
            "West Alden Fire Protection District",
            "Board of Directors",
        ),
        (
            "Elm Creek Water Board\nMinutes of the Regular Meeting of the Board of Directors, March 5, 2025\n" + US_PRESENT,
            "Elm Creek Water Board",
            "Board of Directors",
        ),
    ],
    ids=["harbour board", "board of directors regular meeting", "water board"],
)
def test_more_single_purpose_boards(tmp_path, text, council, body):
    """A harbour, port or water board heads its papers as an authority; 'Board of Directors Regular
    Meeting' is the Board of Directors sitting as usual."""
    structure = _read(tmp_path, text)
    assert meeting_right("council", council, structure.council), structure.council
    assert meeting_right("body", body, structure.body), structure.body


@pytest.mark.parametrize(
    "text,council,body",
    [
        (
            "Ardvale and Bute Council\nMinute of Meeting of the Policy and Resources Committee\nKilmory, Lochgilphead on Thursday, 13 March 2025\n" + PRESENT,
            "Ardvale and Bute Council",
            "Policy and Resources Committee",
        ),
        (
            "DUNMORE, CARRICK AND POOLE COUNCIL\nCABINET\nMinutes of the meeting held on 4 March 2025\n" + PRESENT,
            "Dunmore, Carrick and Poole Council",
            "Cabinet",
        ),
        (
            "ELM VALLEY SCHOOL DISTRICT NO. 12\nBOARD OF EDUCATION\nREGULAR MEETING MINUTES\nMarch 18, 2025\n" + US_PRESENT,
            "Elm Valley School District No. 12",
            "Board of Education",
        ),
        (
            "BOROUGH OF NEW ALDEN\nMAYOR AND COUNCIL\nREGULAR MEETING MINUTES\nMarch 12, 2025\nPresent: Mayor Hale; Council Members Noor, Lee\n",
            "Borough of New Alden",
            "Mayor and Council",
        ),
    ],
    ids=["X and Y Council", "X, Y and Z Council", "numbered school district", "Mayor and Council"],
)
def test_joined_names_numbered_districts_and_mayor_and_council(tmp_path, text, council, body):
    """A council named after two or three places ('Argyll and Bute Council'), a numbered school
    district, a US borough's governing body 'Mayor and Council'."""
    structure = _read(tmp_path, text)
    assert meeting_right("council", council, structure.council), structure.council
    assert meeting_right("body", body, structure.body), structure.body


@pytest.mark.parametrize(
    "text,council,body",
    [
        (
            "ELMSTEAD\nPARISH COUNCIL\nMinutes of the meeting held on Tuesday 4 March 2025 at 7.30pm in the Village Hall\n" + PRESENT,
            "Elmstead Parish Council",
            "Elmstead Parish Council",
        ),
        ("Stoke Alder\nTown Council\nMinutes of the Planning Committee held on 5 March 2025\n" + PRESENT, "Stoke Alder Town Council", "Planning Committee"),
        (
            "HOLLY BANK\nANNUAL PARISH MEETING\nMinutes of the Annual Meeting of the Parish held on Tuesday 22nd April 2025 at 7.00pm\n"
            "Chairman: Cllr A Hale (Chairman of the Parish Council)\nPresent: 5 Parish Councillors, the Clerk and 23 electors.\n",
            "Holly Bank Parish Council",
            "Annual Parish Meeting",
        ),
        # near misses: a title or body word over the type line; an Annual Parish Meeting whose papers name no Parish Council
        ("PLANNING\nPARISH COUNCIL\nMinutes of the meeting held on 4 March 2025\n" + PRESENT, None, None),
        (
            "HOLLY BANK\nANNUAL PARISH MEETING\nMinutes of the meeting of electors held on 22nd April 2025\nPresent: 23 electors\n",
            None,
            "Annual Parish Meeting",
        ),
    ],
    ids=["place over PARISH COUNCIL", "place over Town Council", "place over ANNUAL PARISH MEETING", "title word", "no Parish Council named"],
)
def test_local_council_letterhead_over_two_lines(tmp_path, text, council, body):
    """A parish or town council's letterhead printed over two lines: the place, then 'PARISH COUNCIL'."""
    structure = _read(tmp_path, text)
    assert meeting_right("council", council, structure.council), structure.council
    if body is not None:
        assert meeting_right("body", body, structure.body), structure.body
