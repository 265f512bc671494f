"""Which country a council's papers come from: the URL's domain, a locator, a region, a postcode,
the country's own words. Money reads it (a bare '$' takes the council's dollar) and so do dates
('03/04/2024' is month first in a US council's papers), so it lives before both."""

from __future__ import annotations

import json
import re
from functools import lru_cache

from .resources import models_dir


@lru_cache(maxsize=1)
def gazetteer() -> dict:
    """models/gazetteers/currencies.json: countries, their names, regions, domains, postcodes and cues."""
    return json.loads((models_dir() / "gazetteers" / "currencies.json").read_text(encoding="utf-8"))


_HOST_RE = re.compile(r"^\s*(?:https?://|www\.)([^/\s:?#]+)", re.I)
_BRACKET_RE = re.compile(r"\(([^()]{2,80})\)")


@lru_cache(maxsize=1)
def _country_patterns() -> dict[str, dict[str, re.Pattern]]:
    """Per country: its names, its regions (full names) and its abbreviations as word patterns."""

    def words(items: list[str], flags: int = re.I) -> re.Pattern | None:
        if not items:
            return None
        return re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(i) for i in sorted(items, key=len, reverse=True)) + r")(?![\w'’-])", flags)

    patterns = {}
    for country, spec in gazetteer()["countries"].items():
        patterns[country] = {
            "names": words(spec.get("names", []), 0),
            "regions": words(spec.get("regions", []), 0),
            "abbreviations": words(spec.get("abbreviations", []), 0),
        }
    return patterns


def _country_in(text: str, kinds: tuple[str, ...]) -> str | None:
    """The country whose name, region or abbreviation appears first in `text` (kinds in order).

    A name inside another country's longer name or region does not count: 'New South Wales' is
    Australia's, not Wales's; 'New England' would not be England's."""
    for kind in kinds:
        best: tuple[int, str] | None = None
        for country, pats in _country_patterns().items():
            pat = pats[kind]
            m = next((m for m in pat.finditer(text) if not _inside_longer(text, m, country)), None) if pat else None
            if m and (best is None or m.start() < best[0]):
                best = (m.start(), country)
        if best:
            return best[1]
    return None


def _inside_longer(text: str, m: re.Match, country: str) -> bool:
    """`m` (a match of `country`) lies inside a longer name, region or abbreviation of another country."""
    for other, pats in _country_patterns().items():
        if other == country:
            continue
        for pat in pats.values():
            for o in pat.finditer(text, max(0, m.start() - 40), min(len(text), m.end() + 40)) if pat else ():
                if o.start() <= m.start() and o.end() >= m.end() and o.end() - o.start() > m.end() - m.start():
                    return True
    return False


def _country_from_url(url: str | None) -> str | None:
    m = _HOST_RE.match(url or "")
    if not m:
        return None
    tld = m.group(1).lower().rstrip(".").rsplit(".", 1)[-1]
    return next((c for c, spec in gazetteer()["countries"].items() if tld in spec.get("tlds", [])), None)


_HEAD_LOCATOR_RE = re.compile(r"(?:,[ \t]{0,3}(?:\n[ \t]{0,3})?|\([ \t]{0,3}|\b(?:State|Province|Commonwealth) of[ \t]{1,3})([A-Z][\w'’ .-]{1,40})")


def strong_country(url: str | None, council: str, head: str) -> str | None:
    """A country stated outright: a locator in brackets, the URL's domain, a country's name."""
    for bracket in _BRACKET_RE.findall(council):
        found = _country_in(bracket, ("names", "regions", "abbreviations"))
        if found:
            return found
    return _country_from_url(url) or _country_in(council, ("names",))


def weak_country(council: str, head: str, text: str = "") -> str | None:
    """A region or council name in the council's name, or after ', ' / '(' in the document head.

    The head's locator outweighs a region word in the council's name ('City of Ontario, California'
    is American); a kind of council one country's law creates ('Local Municipality') comes next."""
    in_council = _country_in(council, ("regions",))
    located = _head_locator_country(head)
    if located and (in_council is None or _region_word_is_a_town(council)):
        return located  # (where both name one country, either answer is that country)
    if in_council:
        return in_council
    return _country_by_council_type(council) or _country_by_postcode(text) or _country_by_amount_form(text) or _country_by_cues(text)


def _region_word_is_a_town(council: str) -> bool:
    """'City of Ontario' located in California, 'Isle of Wight County' located in Virginia: the region
    word names the town or the county itself (a '<place> County' with no 'Council' after it is a
    North American county's form), and the locator says where it lies."""
    return bool(re.match(r"^\s*(?:the\s+)?(?:City|Town|Village|Township|Borough|County)\s+of\s", council, re.I) or re.search(r"\S\s+County$", council))


# 'ON', 'MB' alone at the end of the line or before a postcode (a dotted 'P.E.' is an engineer's letters)
_ABBREVIATION_LOCATOR_RE = re.compile(r"([A-Z]{2,3})[ \t]*(?=$|\n|\d|[A-Z]\d[A-Z])")


def _head_locator_country(head: str) -> str | None:
    """The country a locator after ', ' or '(' in the head names: a region's or a country's name,
    or a region's abbreviation alone at the end of its line or before a postcode ('Kingsville, ON',
    'Elm Creek, MB  R0G 0N0'), when only one country uses that abbreviation ('WA', 'NT' are shared)
    and it is one whose abbreviations the data lists as locators (a US state's two letters are too
    often a person's: 'Dr Jones, MD', 'Ann Roy, CA'; the US dollar is the default anyway)."""
    for m in _HEAD_LOCATOR_RE.finditer(head):
        locator = m.group(1)[:40]
        found = _country_in(locator, ("names", "regions"))
        if not found and locator.isupper():  # 'CITY OF LAKEWOOD, COLORADO'
            found = _country_in(locator.title(), ("names", "regions"))
        if not found:
            found = _abbreviation_country(head, m.start(1))
        place = (
            None
            if found or not _VENUE_BEFORE_RE.search(head, head.rfind("\n", 0, m.start()) + 1, m.start())
            else _PLACE_BEFORE_ABBREVIATION_RE.match(head, m.start(1))
        )
        if place:
            found = _abbreviation_country(head, place.end())  # 'Seniors Hall, Kaslo BC': the town, then its province's letters
        if found:
            return found
    return None


# a town's name before a region's letters closing the line, with no comma between, after the hall the meeting was held in
# ('Seniors Hall, Kaslo BC'); a person's letters after a name are no place ('Guest speaker: Mr Rob Hale QC', 'Carl Ames NB')
_VENUE_BEFORE_RE = re.compile(r"\b(?:Hall|Centre|Center|Office|Offices|Room|Library|Chambers?|Building|School|Church|Arena|Complex|Pavilion)[ \t]*$")
_PLACE_BEFORE_ABBREVIATION_RE = re.compile(r"(?:[A-Z][a-z'’.-]+[ \t]+){1,3}(?=[A-Z]{2,3}[ \t]*(?:$|\n))", re.M)


@lru_cache(maxsize=1)
def _abbreviation_owners() -> dict[str, set[str]]:
    owners: dict[str, set[str]] = {}
    for country, spec in gazetteer()["countries"].items():
        for abbreviation in spec.get("abbreviations", []):
            owners.setdefault(abbreviation, set()).add(country)
    return owners


def _abbreviation_country(head: str, at: int) -> str | None:
    m = _ABBREVIATION_LOCATOR_RE.match(head, at)
    if not m or m.group(1) in gazetteer().get("not_locators", []):
        return None
    owners = _abbreviation_owners().get(m.group(1), set())
    country = next(iter(owners)) if len(owners) == 1 else None
    return country if country in gazetteer().get("locator_abbreviation_countries", []) else None


@lru_cache(maxsize=1)
def _council_type_patterns() -> dict[str, re.Pattern]:
    types = {country: words for country, words in gazetteer().get("council_types", {}).items() if not country.startswith("_")}
    return {country: re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w'’-])") for country, words in types.items()}


def _country_by_council_type(council: str) -> str | None:
    """A kind of council only one country has, in the council's own name ('Kgorong District Municipality')."""
    return next((country for country, pattern in _council_type_patterns().items() if pattern.search(council)), None)


@lru_cache(maxsize=1)
def _amount_form_patterns() -> dict[str, re.Pattern]:
    return {country: re.compile(pattern) for country, pattern in gazetteer().get("amount_forms", {}).items() if not country.startswith("_")}


def _country_by_amount_form(text: str) -> str | None:
    """An amount in one country's own sign and grouping ('R287 400') in the first pages."""
    window = text[:20_000]
    return next((country for country, pattern in _amount_form_patterns().items() if pattern.search(window)), None)


@lru_cache(maxsize=1)
def _postcode_patterns() -> dict[str, re.Pattern]:
    return {country: re.compile(pattern) for country, pattern in gazetteer().get("postcodes", {}).items()}


def _country_by_postcode(text: str) -> str | None:
    """A postal code of one country's form ('K0H 2N0', ', IA 50309', 'QLD 4480') in the first pages."""
    window = text[:20_000]
    return next((country for country, pattern in _postcode_patterns().items() if pattern.search(window)), None)


@lru_cache(maxsize=1)
def _cue_patterns() -> dict[str, re.Pattern]:
    cues = gazetteer().get("cues", {})
    return {
        country: re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(c) for c in sorted(words, key=len, reverse=True)) + r")(?![\w'’-])")
        for country, words in cues.items()
    }


def cue_counts(text: str) -> dict[str, int]:
    """Per country, how many different cues of it the first pages use. A cue inside a longer cue
    of another country at the same place counts for the longer one only ('Chief Executive' in
    'Chief Executive Officer' is not New Zealand's 'Chief Executive')."""
    window = text[:20_000]
    found = sorted(
        ((m.start(), m.end(), country, m.group(0)) for country, pattern in _cue_patterns().items() for m in pattern.finditer(window)),
        key=lambda f: (f[0], f[0] - f[1]),
    )
    seen: dict[str, set[str]] = {country: set() for country in _cue_patterns()}
    reach = (-1, -1, "")  # the earlier cue that reaches furthest: its start, end and country
    for a, b, country, cue in found:
        if not (reach[0] <= a and b <= reach[1] and reach[1] - reach[0] > b - a and reach[2] != country):
            seen[country].add(cue)
        if b > reach[1]:
            reach = (a, b, country)
    return {country: len(cues) for country, cues in seen.items()}


def country_by_cues(text: str, among: frozenset[str] | None = None, least: int = 2) -> str | None:
    """The one country (of `among`, default all) with the most different cues, at least `least`."""
    counts = {country: n for country, n in cue_counts(text).items() if among is None or country in among}
    ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
    if not ranked or ranked[0][1] < least or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


# a region named by its compass point alone ('West Coast', 'Far North'): any country's coast or north
_COMPASS_PHRASE_RE = re.compile(r"(?:North|South|East|West|Far|Upper|Lower|Central|Mid)[ \t]+(?:Coast|North|South|East|West|Country)$")


def multiword_region_country(text: str, among: frozenset[str]) -> str | None:
    """The one country (of `among`) whose region the text names in two words or more ('the Northern Territory
    Government', 'Prince Edward Island', 'New South Wales'): a page that names no place of its own in its head
    still says where it is when it names its state or province in full. A one-word region ('Victoria', 'Ontario')
    also names streets, parks and towns elsewhere, so only the longer names count; two countries named, none."""
    window = text[:20_000]
    found = set()
    for country in among:
        pattern = _country_patterns()[country]["regions"]
        if pattern and any(
            " " in m.group(0) and not _COMPASS_PHRASE_RE.match(m.group(0)) and not _inside_longer(window, m, country) for m in pattern.finditer(window)
        ):
            found.add(country)
    return next(iter(found)) if len(found) == 1 else None


def _country_by_cues(text: str) -> str | None:
    """The one country whose own words ('Cr Smith', 'excl GST', 'HST', 'Deputy Reeve') the first
    pages use: at least two different cues of it, and more than of any other country."""
    return country_by_cues(text)
