"""Minutes of one body's meetings, generated: actions with owners, and later meetings reporting on them.

Each meeting sets a few actions ('ACTION: Mr Fox to circulate the survey of the Ashford bridge
parapets to Members.') and, under Matters arising, reports on some actions of the last few
meetings with a status cue ('... had been completed. Action complete.', '... was still
outstanding.'). Used by the follow-up tests and by bench/followup_bench.py.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

PEOPLE = ["Mr A Baker", "Mrs C Dunn", "Mr E Fox", "Ms H Iqbal", "Mr J Kerr", "Mrs L Moss", "Dr N Odell", "Ms P Quinn"]
ROLES = ["the Clerk", "the Democratic Services Officer", "the Head of Highways", "the Finance Manager"]
VERBS = ["circulate", "publish", "prepare", "review", "obtain", "arrange"]
THINGS = [
    "survey",
    "schedule",
    "timetable",
    "costings",
    "inventory",
    "assessment",
    "quotation",
    "audit",
    "plan",
    "register",
    "specification",
    "inspection",
    "estimate",
    "programme",
    "proposal",
    "feasibility study",
    "tender",
    "valuation",
]
# Assets and places are made from parts, as a real archive's vocabulary grows with it: two
# actions share a pair of content words about as often as two real ones of a body do.
AREAS = [
    "northern",
    "southern",
    "village",
    "riverside",
    "harbour",
    "market",
    "station",
    "school",
    "chapel",
    "orchard",
    "quarry",
    "meadow",
    "castle",
    "forest",
    "abbey",
    "granary",
    "tannery",
    "foundry",
    "brewery",
    "windmill",
]
ASSETS = [
    "parapets",
    "gullies",
    "verges",
    "lighting",
    "shelters",
    "racks",
    "playground",
    "drainage",
    "planting",
    "footway",
    "parking",
    "bins",
    "noticeboards",
    "railings",
    "memorial",
    "pond",
    "hedges",
    "signs",
    "culvert",
    "steps",
]
STEMS = ["Ash", "Bram", "Col", "Dun", "Elm", "Far", "Glen", "Hather", "Ivy", "King", "Lang", "Mar", "New", "Oak", "Pens", "Rad", "Ship", "Thorn", "Up", "West"]
ENDS = ["ford", "ley", "worth", "more", "stead", "leigh", "field", "bridge", "bury", "ton", "wick", "combe", "hurst", "wood", "dale"]
STREET_TYPES = ["Lane", "Road", "Street", "Walk", "Avenue", "Close"]
DONE = ["{owner} reported that the {task} had been completed. Action complete.", "The {task} had been circulated to Members."]
OPEN = ["The {task} was still outstanding.", "Work on the {task} was ongoing."]


def _place(rng: random.Random) -> str:
    return rng.choice(STEMS) + rng.choice(ENDS)


def _task(rng: random.Random) -> str:
    street = f"{_place(rng)} {rng.choice(STREET_TYPES)}"
    return f"{rng.choice(THINGS)} of the {rng.choice(AREAS)} {rng.choice(ASSETS)} at {_place(rng)} {street}"


def _owner_name(owner: str) -> str:
    """The owner as a sentence starts with it: 'The Clerk', 'Mrs C Dunn'."""
    return owner[0].upper() + owner[1:]


def meeting_text(day: date, actions: list[tuple[str, str, str]], reports: list[tuple[str, str, int]]) -> str:
    """The minutes of one meeting: its actions (owner, verb, task) and reports on earlier ones (owner, task, wording)."""
    when = f"{day.strftime('%A')} {day.day} {day.strftime('%B %Y')}"
    lines = [
        "WESTBROOK COUNTY COUNCIL",
        "",
        f"MINUTES of a meeting of the Highways Committee held on {when} at 2.00 pm",
        "",
        "PRESENT: Mr A Baker (Chair), Mrs C Dunn, Mr E Fox, Ms H Iqbal",
        "",
        "1. Apologies",
        "",
        "Apologies were received from Mr J Kerr.",
        "",
        "2. Matters arising",
        "",
    ]
    for owner, task, wording in reports:
        lines.append((DONE + OPEN)[wording].format(owner=_owner_name(owner), task=task))
    if not reports:
        lines.append("There were no matters arising.")
    lines += ["", "3. Highways maintenance", "", "Members discussed the programme of works."]
    for owner, verb, task in actions:
        lines.append(f"ACTION: {_owner_name(owner).removeprefix('The ')} to {verb} the {task} to Members.")
    lines += ["", "The meeting closed at 3.30 pm.", ""]
    return "\n".join(lines)


def write_meetings(folder: Path, count: int, seed: int = 7, actions_per_meeting: int = 4) -> list[Path]:
    """`count` weekly meetings of one body as text files, in date order; their paths."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    earlier: list[list[tuple[str, str, str]]] = []
    paths = []
    for index in range(count):
        day = date(2001, 1, 2) + timedelta(days=7 * index)
        actions = [(rng.choice(PEOPLE + ROLES), rng.choice(VERBS), _task(rng)) for _ in range(actions_per_meeting)]
        recent = [a for meeting in earlier[-3:] for a in meeting]
        reports = [(owner, task, rng.randrange(len(DONE + OPEN))) for owner, _, task in rng.sample(recent, min(3, len(recent)))]
        path = folder / f"highways_{day.isoformat()}.txt"
        path.write_text(meeting_text(day, actions, reports))
        paths.append(path)
        earlier.append(actions)
    return paths
