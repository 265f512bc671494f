"""meeting_body._without_council reads the council's name with fixed patterns, not a pattern compiled
from each document's name (a regex compile per document): the same bodies as the per-name regexes."""

from __future__ import annotations

import itertools
import re

from minutes_miner.meeting_body import _after_leading_name, _name_after_of, _without_council


def _regex_leading(body: str, name: str) -> str:
    """The per-name pattern that _after_leading_name replaces."""
    escaped = re.escape(name).replace(r"\ ", r"[\s-]+")
    return re.sub(rf"^(?:the\s+)?(?:(?:meeting|minutes)\s+of\s+(?:the\s+)?)?{escaped}(?:['’]s)?(?:\s*[-–—:|])?\s+(?=\S)", "", body, flags=re.I)


def _regex_after_of(text: str, name: str) -> tuple[int, str] | None:
    escaped = re.escape(name).replace(r"\ ", r"[\s-]+")
    m = re.search(rf"\s+(?:of|for)\s+(?:the\s+)?{escaped}\b(?!['’]s\b)(?P<rest>.*)$", text, flags=re.I)
    return (m.start(), m.group("rest")) if m else None


NAMES = [
    "Elm County Council",
    "Elm County",
    "The Highland Council",
    "Stoke on Trent City Council",
    "Town of Enfield",
    "Enfield",
    "Cedarbrook ISD",
    "Ōtaki Community Council",
    "Elm - Water District",
    "Des Moines City Council",
    "Meeting of Elm",
    "Kent",
]
BODIES = [
    "{n} Cabinet",
    "the {n} Cabinet",
    "The {n}'s Planning Committee",
    "Minutes of the {n} - Audit Committee",
    "the meeting of {n}: Licensing Board",
    "MEETING OF THE {N} | Board of Directors",
    "Town Board of the {n}",
    "Regular Meeting of the {n} Board of County Commissioners",
    "Summary of {n} Meeting",
    "Planning Committee for {n}'s parishes",
    "Committee of of the {n} Board",
    "Committee  of   the\t{n}",
    "{n}Cabinet",
    "{n}",
    "{n} ",
    "Audit Committee of {n}\nsecond line",
    "Audit Committee of {n}\n",
    "{h} Cabinet",
    "Board of the the {n} trustees",
]


def _variants(name: str) -> list[str]:
    hyphenated = name.replace(" ", "-")
    return [body.format(n=n, N=n.upper(), h=hyphenated) for body in BODIES for n in (name, name.lower(), "The " + name)]


def test_the_fixed_patterns_read_the_name_as_the_per_name_regexes_did():
    for name, body in itertools.chain.from_iterable(((name, body) for body in _variants(name)) for name in NAMES):
        assert _after_leading_name(body, name) == _regex_leading(body, name), (name, body)
        assert _name_after_of(body, name) == _regex_after_of(body, name), (name, body)


def test_a_body_loses_the_council_before_it_and_after_of():
    assert _without_council("Elm County Council Cabinet", "Elm County Council") == "Cabinet"
    assert _without_council("Minutes of the Harbourton Town Council – Finance Committee", "Harbourton Town Council") == "Finance Committee"
    assert _without_council("Town Board of the Town of Enfield", "Town of Enfield") == "Town Board"
    assert _without_council("Planning Committee", "Elm County Council") == "Planning Committee"
