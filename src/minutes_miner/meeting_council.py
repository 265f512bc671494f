"""The council a document belongs to: the collector's "COUNCIL:" line (locator in brackets
and " - Body" parsed off), else the letterhead or the most named council in the text; names
tidied ("KENT COUNTY COUNCIL" -> "Kent County Council"). Vocabulary: models/patterns/meeting.json.
"""

from __future__ import annotations

import functools
import re

from .countries import gazetteer, strong_country, weak_country
from .dates import _MONTH_RE, _WEEKDAY, WORDED_DATE_WITH_YEAR, _header_region
from .models import meeting_vocabulary
from .models import vocab_re as _vocab_re
from .page_chrome import without_document_site_prefix, without_page_chrome
from .text_utils import last_match, squash
from .vocabulary import MONTH_NAMES


# --- council ------------------------------------------------------------------------

_LOCATOR_SPLIT_RE = re.compile(r"\s+\(|\s+[-–—/]\s+")
_TRAILING_NOTE_RE = re.compile(r"\s*\([^()]*\)\s*$")
# a US village's council names its village first ('Minutes of QUARRY HOLLOW VILLAGE COUNCIL Meeting', an Ohio record book's heading)
# a place named with 'of' inside ('Bay of Plenty', 'Isle of Anglesey', 'Vale of Glamorgan', 'Forest of Dean', 'Lake of the Woods'):
# only after a word of geography, so 'Members of Elm Town Council' stays 'Elm Town Council'
_GEOGRAPHY_WORDS = r"Isles?|Vale|Bay|Forest|Mount|Lakes?|Valley|Islands?"
# Scottish places named after their muir, bridge, kirkton or boat ('Muir of Ord', 'Bridge of Allan', 'Kirkton of Largo', 'Boat of
# Garten', 'Kyle of Lochalsh'): only opening a line or after 'the' or 'of', as a title names them ('Minutes of the Bridge of Allan
# Community Council'), for these are surnames too ('Cllr Hill of Elm Town Council')
_SCOTTISH_WORDS = "Muir|Bridge|Kirkton|Milton|Boat|Kyle|Mull|Braes|Rhins|Howe|Hill"
_SCOTTISH_AT = r"(?:(?<![^\n])|(?<=\bthe )|(?<=\bThe )|(?<=\bTHE )|(?<=\bof )|(?<=\bOF ))"
_SCOTTISH_OF = rf"{_SCOTTISH_AT}(?:{_SCOTTISH_WORDS})[ \t]+of[ \t]+"
_GEOGRAPHY_OF = rf"(?:{_GEOGRAPHY_WORDS})[ \t]+of[ \t]+(?:the[ \t]+)?|{_SCOTTISH_OF}"
# the same words in a title set in capitals
_GEOGRAPHY_OF_CAPS = rf"(?:{_GEOGRAPHY_WORDS.upper()})[ \t]+OF[ \t]+(?:THE[ \t]+)?|{_SCOTTISH_AT}(?:{_SCOTTISH_WORDS.upper()})[ \t]+OF[ \t]+"
# a place's word may be a saint's or a fort's, its title cut short ('Town of Glen St. Mary', 'City of St. Augustine Beach')
_SAINTED = r"(?:(?:St|Ste|Mt|Ft)\.[ \t]+)?"
# a word after a place's first that is no more of its name: a word in capitals after a name in small letters ('Municipality of
# Elm OFFICE OF THE SANGGUNIANG BAYAN'), the next heading run on, or the kind of the board that met ('Village of Elm Village Board
# met July 24'); a month after it is cut where a heading is read (_TITLE_TAIL_RE: 'RM of Elm October - Long day')
_MONTH_WORD = r"(?:January|February|April|June|July|August|September|October|November|December)\b"  # not 'Cape May', 'March' (Cambs)
_NOT_A_PLACE_WORD = r"[A-Z]{2,}\b|(?:Village|Town|City|Township|County|Borough)[ \t]+(?:Board|Council)\b"
_COUNCIL_NAME_RE = re.compile(
    r"\b((?:(?:Royal|City|London|The)[ \t]+)?(?:" + _GEOGRAPHY_OF + r"|[A-ZĀĒĪŌŪŴŶÀ-ÖØ-Þ][\w'’&.-]+,?[ \t]+(?:(?:and|&)[ \t]+)?){1,5}?"
    r"(?:(?:County|County Borough|Borough|District|City|Metropolitan Borough|Parish|Town|Community|Township|Village|Municipal District|City and County|Shire|Regional|Municipal|Urban|Provincial)[ \t]+Council"
    r"|(?:District|Municipal|Metropolitan)[ \t]+Assembly"  # a Ghanaian local authority: 'Ahafo Ano South West District Assembly'
    r"|Municipal[ \t]+Corporation)"  # Jamaica's: 'Westmoreland Municipal Corporation' (a 'Regional Corporation' may be an Alaska Native one)
    # ('Mapusa Municipal Council', 'Nawalapitiya Urban Council', 'Tailevu Provincial Council': India's, Sri Lanka's, Fiji's)
    r"(?:\s+of\s+[A-Z][\w'-]+)?|(?:London|Royal)[ \t]+Borough of [A-Z][\w'-]+(?:[ \t]+(?:and[ \t]+)?[A-Z][\w'-]+)?"
    r"|Rural Municipality of [A-Z][\w'-]+(?:[ \t]+(?!No\.|" + _NOT_A_PLACE_WORD + r")[A-Z][\w'-]+)?(?:[ \t]+No\.[ \t]*\d{1,4})?"
    r"|(?:City|(?:Charter[ \t]+)?Township|Borough|Municipality|Town|(?:Summer[ \t]+)?Village|Shire|Region|Regional Municipality) of "
    + _SAINTED
    + r"[A-Z][\w'-]+"
    r"(?:[ \t]+(?!(?:Board|Council|Committee|Commission|Trustees|Selectmen|Supervisors|Commissioners|(?i:draft|minutes|agenda|regular|special))\b|"
    + _NOT_A_PLACE_WORD
    + r")"
    + _SAINTED
    + r"[A-Z][\w'-]+)?)\b",
)  # a Michigan 'Charter Township of Loon Harbor' keeps its kind; 'London Borough of Barking and Dagenham', 'Shire of Esperance', 'Region of Peel'; not 'District of': an Irish 'Municipal District of X' is a body
# a Saskatchewan or Manitoba 'Rural Municipality of Elm Coulee No. 318' is named with its kind and its number ('Meeting of the Council of
# the Rural Municipality of Elm Coulee No. 318 held ...'): not 'Municipality of Elm Coulee', nor the number's 'No' taken as the place's word
# a place's name in capitals takes accented capitals too, inside a hyphened name as at its start ('MUNICIPALITY OF SAINT-ANSELME-DES-CÈDRES')
_PLACE_CAPS = r"[A-ZĀĒĪŌŪŴŶÀ-ÖØ-Þ][A-ZĀĒĪŌŪŴŶÀ-ÖØ-Þ'-]+"
# a body's name or a title's word after the place's ('TOWN OF BROOKFIELD SELECTBOARD', 'CITY OF ELM REGULAR MEETING'): no
# later word of the place, which may have three ('CITY OF RANCHO PALOS VERDES')
_BODY_CAPS = (
    r"(?:SELECTBOARD|SELECT[ \t]+BOARD|BOARD|COUNCIL|COMMISSION|COMMITTEE|TRUSTEES|SELECTMEN|SUPERVISORS|ALDERMEN|MINUTES|MEETING|AGENDA"
    r"|REGULAR|SPECIAL|ORDINARY|EXTRAORDINARY|ANNUAL|ADJOURNED|PLANNING|ZONING|PUBLIC|WORK|STUDY|JOINT|HELD|ON|AT|IN|FOR|AND|THE|OF)"
)
# glued to a file name's last word too ('05 07 2008 COW MinutesTOWNSHIP OF ELMVALE', a document site's title run into the letterhead)
_PLACE_OF_CAPS_RE = re.compile(
    rf"(?:\b|(?<=[a-z]))((?:(?:LONDON|ROYAL)[ \t]+BOROUGH OF {_PLACE_CAPS}(?:[ \t]+(?:AND[ \t]+)?{_PLACE_CAPS})?)"
    rf"|RURAL MUNICIPALITY OF {_PLACE_CAPS}(?:[ \t]+(?!NO\.){_PLACE_CAPS})?(?:[ \t]+NO\.[ \t]*\d{{1,4}})?"
    rf"|(?:CITY|(?:CHARTER[ \t]+)?TOWNSHIP|BOROUGH|MUNICIPALITY|TOWN|(?:SUMMER[ \t]+)?VILLAGE|COUNTY|SHIRE|REGION|REGIONAL MUNICIPALITY) OF (?:THE )?{_PLACE_CAPS}(?:[ \t]+(?!{_BODY_CAPS}\b){_PLACE_CAPS}){{0,2}})(?![\w'-])"
)
# capitals with a macron, circumflex or accent open names too: 'Ōpōtiki District Council', 'ŴYRE', 'ÉLMWOOD'
# 'Argyll and Bute Council', 'Bournemouth, Christchurch and Poole Council': places joined by 'and' or a comma too
LETTERHEAD_RE = re.compile(r"^[ \t]*((?:[A-ZĀĒĪŌŪŴŶÀ-ÖØ-Þ][\w'’&.-]+,?[ \t]+(?:(?:and|AND|&)[ \t]+)?){1,4}(?:Council|COUNCIL))[ \t]*$", re.M)
_COUNCIL_CAPS_RE = re.compile(
    r"\b((?:"
    + _GEOGRAPHY_OF_CAPS
    + r"|(?!OF\b|THE\b|MEETING\b|MINUTES\b|ANNUAL\b|DRAFT\b|AND\b|EXTRAORDINARY\b|ORDINARY\b|SPECIAL\b|TO\b|ALL\b|MEMBERS\b|BUDGET\b|FULL\b)[A-ZĀĒĪŌŪŴŶÀ-ÖØ-Þ][A-ZĀĒĪŌŪŴŶÀ-ÖØ-Þ'’&.-]+[ \t]+(?:(?:&|AND)[ \t]+)?){1,4}"
    r"(?:COUNTY|BOROUGH|DISTRICT|CITY|PARISH|TOWN|COMMUNITY|VILLAGE|SHIRE|REGIONAL|CITY AND COUNTY|ISLAND) COUNCIL)\b"
)
_NOT_A_NAME_START = {
    "the",
    "this",
    "that",
    "each",
    "every",
    "county",
    "borough",
    "district",
    "city",
    "parish",
    "town",
    "full",
    "budget",
    "minutes",
    "meeting",
    "agenda",
    "our",
    "your",
    "any",
    "all",
    "a",
    "an",
    "to",
    "and",
    "of",
    "with",
    "by",
    "for",
    *(name.lower() for name in MONTH_NAMES),
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "report",
    "consultation",
    "draft",
    "regular",
    "common",  # 'the Common Council' of a Canadian or US city: the body that met, not the city's name
    "ordinary",
    "special",
    "extraordinary",
    "annual",
    "monthly",
    "adjourned",
    "summary",
    "official",
}


# a district's number ('No. 2291', 'RE-4', 'C-11', 'R-1J'); a school district's bare number after its kind ('Unified School District 418')
_DESIGNATION_RE = re.compile(r"(?<=[a-z])[ \t]+(?:No\.?[ \t]*\d{1,4}|(?-i:[A-Z]{1,3})-\d{1,3}J?)$|(?<=District)[ \t]+\d{1,4}$")


def without_designation(name: str) -> str:
    """'Mesquite Draw Municipal Utility District No. 2' -> '... Municipal Utility District': the kind of
    authority ends the name once its number is set aside."""
    return _DESIGNATION_RE.sub("", name)


_MEETING_OF_RE = re.compile(r"\b(?:meeting|minutes|agenda|session|proceedings)\s+of\b", re.I)


def is_authority_name(name: str | None) -> bool:
    """Reads as the name of an authority ('Arun District Council', 'Town of Aurora'), not a place or a note."""
    if not name or len(name) > 90:
        return False
    name = without_designation(name)  # 'Mossback Valley School District No. 14', 'Cottonwood Pass School District RE-4': the kind before the number
    if "," in name and not _vocab_re("authority_words", r"\b(?:{})$").search(name):
        return False  # 'School governing body, Shrivenham Road, Highworth'; not 'Bournemouth, Christchurch and Poole Council'

    if _MEETING_OF_RE.search(name):
        return False  # 'Formal Meeting of City Council': a title, not the authority's name
    words = name.split()
    if words[0].lower() == "the" and len(words) > 2:
        words = words[1:]  # 'The Highland Council', but not 'The County Council'
    named_of = re.match(r"(?:Town|City|Village|County|Borough|District|Township|Municipality|Region|Province|Shire) of [A-Z]", " ".join(words))
    if not named_of and words[0].lower() in _NOT_A_NAME_START:
        return False
    if _vocab_re("council_types", r"^(?:(?:{}|Metropolitan|Local|Full)[ \t]+){{1,3}}Council$").match(" ".join(words)):
        return False  # 'Regional Council', 'Village Council' over a page's number: the kind of council, no authority's name
    if not place_words(name):
        return False  # 'Council and County Council' of 'members of Council and County Council would have ...': kinds, no place
    return bool(_vocab_re("authority_words", r"\b(?:{})\b").search(name))


@functools.lru_cache(maxsize=1)
def _generic_authority_words() -> frozenset[str]:
    """The words that name kinds of authority and meeting, not a place (meeting.json authority_generic_words)."""
    return frozenset(meeting_vocabulary()["authority_generic_words"].split("|"))


def place_words(phrase: str) -> list[str]:
    """The words of a name that are its own, not a kind of authority or meeting ('Elm' of 'Elm Parish Council'; none in
    'Regional Council' or 'Council and County Council'): what tells an authority's name from its kind."""
    return [word for word in re.findall(r"[\w'’-]+", phrase) if word.lower() not in _generic_authority_words()]


def authority_named_as_body(body: str | None) -> str | None:
    """The body that met when it is itself the authority, named with its place ('Ramsey Town Commissioners', 'Elm Parish
    Police Jury', 'Kelso Harbour Board'): an authority of one body has no council above it, so where no page furniture
    named a council the body's name is the council's. Not a kind alone ('Parish Commissioners', 'Licensing Authority'):
    a place's word must stand before it; nor a board that sits within a council's area ('Braeforth Licensing Board',
    meeting.json boards_within_councils), whose council is another authority."""
    if not body or _vocab_re("boards_within_councils").search(body):
        return None
    kind = _vocab_re("single_body_authority").search(body)
    if kind is None or not is_authority_name(body):
        kind = _vocab_re("standalone_body_names").search(body)  # 'Merseyside Community Safety Partnership': its own organisation
        first = re.match(r"[\w'’-]+", body)
        if kind is None or first is None or _vocab_re("standalone_generic_openers").match(first.group(0)):
            return None  # 'Schools Forum', 'Community Safety Partnership': a kind of body any council has, no place named
    own = place_words(body[: kind.start()])
    return body if own and own[0][:1].isupper() else None


def authority_before_board(body: str | None) -> tuple[str, str] | None:
    """(authority, board) when a body's name opens with the authority it belongs to ('Minnehaha Conservation District
    Supervisors', 'Laurel Public Library Board of Trustees', 'Harrison Township Trustees'), else None.

    US special districts, townships and library boards head their minutes with both at once; the authority is the
    council and its board the body that met, its members' plural named as the board ('Supervisors': 'Board of
    Supervisors'), as annotators and the authority's own meeting rule (meeting_body.normalise_body) write it."""
    if not body:
        return None
    board_of_body = _board_of_body_authority(body)
    if board_of_body:
        return board_of_body, "Board"
    tier_board = _tier_board_authority(body)
    if tier_board:
        return tier_board
    m = _BOARD_AFTER_AUTHORITY_RE.search(body)
    if m is None or m.start() == 0:
        return None
    authority = body[: m.start()].strip()
    if not _authority_patterns()[2].match(authority) or not is_authority_name(authority):
        return None
    board = m.group("board")
    return authority, (f"Board of {board}" if _vocab_re("board_member_plurals", r"^(?:{})$").match(board) else board)


# a public body that is no local government, named before its board ('Northern Ireland Fire & Rescue Service Board', 'North East
# Scotland Transport Partnership Board', 'Border Regional Library Board'): the body governs itself through the board
_BODY_BEFORE_BOARD_RE = re.compile(r"^(?P<authority>.+?[ \t](?:Service|Services|Partnership|Corporation|Library|Agency|Authority|Commission))[ \t]+Board$")


def _board_of_body_authority(body: str) -> str | None:
    """The authority of '<public body> Board' (the annotators' council, its board the body), when the words before 'Board'
    name a public service, partnership, corporation, library, agency, authority or commission with a place or a name
    before its kind; a US county's or town's 'County Board' or 'Town Board' is that government's own body, and a
    'Licensing Board' or 'Road Board' is itself the authority (meeting.json authority_kinds)."""
    m = _BODY_BEFORE_BOARD_RE.match(body)
    return m.group("authority") if m and place_words(m.group("authority")) else None


# a US town's, village's, township's or county's own board named after it ('Southold Town Board', 'Elm Village Board'):
# the place's government is the council and its board the body, as annotators write a town's ('Town of Enfield', 'Town Board')
_TIER_BOARD_RE = re.compile(r"(?<=\w)[ \t]+(?P<tier>Town|Village|Township|County)(?=[ \t]+Board$)")


def _tier_board_authority(body: str) -> tuple[str, str] | None:
    """('Town of Southold', 'Town Board') of 'Southold Town Board', ('Ramsey County', 'County Board') of 'Ramsey County
    Board': a US town, village, township or county names its governing board after itself; the place before the tier
    must be a name (capitalised words that are no kind of authority or meeting)."""
    m = _TIER_BOARD_RE.search(body)
    if m is None:
        return None
    place, tier = body[: m.start()].strip(), m.group("tier")
    own = place_words(place)
    if not own or len(own) != len(place.split()) or not all(word[:1].isupper() for word in own):
        return None  # 'Finance Committee Town Board', 'the Town Board': no place's name before the tier
    if any(_MEETING_KIND_WORD_RE.match(word) for word in own):
        return None  # 'WORKSHOP TOWN BOARD MEETING', 'Adjourned Town Board': the kind of meeting, no town
    authority = f"{tier} of {place}" if tier in ("Town", "Village") else f"{place} {tier}"
    return authority, f"{tier} Board"


# the kind of a meeting, read before a tier's board ('Workshop Town Board', 'Budget Town Board', 'Regular Village Board')
_MEETING_KIND_WORD_RE = re.compile(
    r"(?i:workshop|budget|organi[sz]ational|reorgani[sz]ation|adjourned|regular|special|annual|joint|emergency|monthly|public|work|study)$"
)
_BOARD_AFTER_AUTHORITY_RE = re.compile(
    r"[ \t]+(?P<board>(?:Board[ \t]+of[ \t]+)?(?:Selectmen|Trustees|Supervisors|Aldermen|Commissioners|Directors|Governors))$"
)


def parse_council_line(value: str) -> tuple[str | None, str | None]:
    """The collector's 'COUNCIL:' value split into (council, body hint).

    'Town of Aurora (Ontario) Council' -> ('Town of Aurora', 'Council');
    'Arun District Council - Full Council (agenda item minutes)' -> ('Arun District Council', 'Full Council').
    """
    value = squash(value)
    m = _LOCATOR_SPLIT_RE.search(value)
    council = value[: m.start()] if m else value
    rest = value[m.start() :] if m else ""
    rest = re.sub(r"^\s*\([^()]*\)", "", rest)  # the locator
    rest = re.sub(r"^\s*[-–—/]\s*", "", rest)
    if not _vocab_re("body_area_suffixes", r"\((?:{})\)\s*$", 0).search(rest):
        rest = _TRAILING_NOTE_RE.sub("", rest)  # '(agenda item minutes)', but not 'Area Committee (North)'
    hint = re.split(r"\s+[-–—/]\s+", rest)[0].strip() if rest else ""
    return (council if is_authority_name(council) else None), (hint or None)


def tidy_council(name: str) -> str:
    """'THE CORPORATION OF THE CITY OF KAWARTHA LAKES' -> 'City of Kawartha Lakes'."""
    name = squash(name).strip(" ,.;:")
    name = re.sub(r"^the corporation of (?:the )?", "", name, flags=re.I)
    name = _vocab_re("other_language_prefixes", r"^(?:{})\s+(?=\S+\s+\S)").sub("", name)  # 'Cyngor Cymuned Elmwood Community Council'
    name = re.sub(r"\s+(?:annual|ordinary|extraordinary|special|monthly)\s+(?=(?:parish|town|community|village)\s+council$)", " ", name, flags=re.I)
    name = without_own_initials(name)
    if name.isupper():
        name = title_case(name)
    return name


def without_own_initials(name: str) -> str:
    """'LPC LAZONBY PARISH COUNCIL' -> 'LAZONBY PARISH COUNCIL': a logo's initials of the name printed before it."""
    words = name.split()
    initials = "".join(word[0] for word in words[1:] if word[:1].isalpha()).upper()
    return " ".join(words[1:]) if len(words) >= 3 and 2 <= len(words[0]) <= 5 and words[0].upper() == initials else name


# 'City of Cleveland Bids 29', 'Public Hearings35': a contents line's heading and page (PDF text glues the page to the word)
_CONTENTS_ENTRY_RE = re.compile(r"(?:[A-Za-z][ \t.]{1,40}|[a-z])(?<![\d/.-])\d{1,3}[ \t]*$")


_COLUMN_GAP_RE = re.compile(r"[ \t]{3,}|\t")  # a gap this wide parts two columns of a printed line: no name runs across it
# Title words the reader joined to the council's name ("Minutes Extraordinary Meeting Tolworth Borough Council"); at most six,
# so the repeat is bounded (tests/test_regex_audit: no nested unbounded repeats); 'MINUTES OF Ruawhenua District Council' too
_LEADING_TITLE_WORDS_RE = re.compile(
    r"^(?:(?i:Minutes|Agenda|Draft|Extraordinary|Ordinary|Special|Monthly|Regular|Meeting)[ \t]+){1,6}(?:(?i:of)[ \t]+(?:(?i:the)[ \t]+)?)?(?=[A-ZĀĒĪŌŪŴŶÀ-ÖØ-Þ])"
)

# a title word the reader ran on after a 'City of X' letterhead, its column gap squeezed ('CITY OF BANKSMOOR MINUTES OF THE
# ORDINARY MEETING OF COUNCIL', '... FOR THE VILLAGE OF CARMACKS HELD AT 7:30 PM'): the place's name is one or two words, and
# the title's first word is not one of them
_TRAILING_TITLE_WORD_RE = re.compile(
    r"[ \t]+(?:Minutes|Agenda|Meeting|Ordinary|Extraordinary|Special|Regular|Held|Location|Venue|Administration)$", re.I
)  # a title run into its field label: 'TOWN OF ELM LOCATION: 100 MAIN ST'


def find_council_in_text(head: str) -> str | None:
    """The first authority's name in the title block (letterhead, title line), or on a line of
    its own further down (a page header); names inside sentences further down are those of
    other authorities (a county councillor's report, a grant)."""
    regions = [_header_region(head)] + [line for line in head[:3000].split("\n") if len(line.strip()) <= 80]
    if sum(1 for line in head[:3000].split("\n") if _CONTENTS_ENTRY_RE.search(line)) >= 3:  # a table of contents
        regions = ["\n".join(line for line in region.split("\n") if not _CONTENTS_ENTRY_RE.search(line)) for region in regions]
    for index, region in enumerate(regions):
        found = []
        for regex in (_COUNCIL_CAPS_RE, _COUNCIL_NAME_RE, _PLACE_OF_CAPS_RE):
            for m in regex.finditer(region):
                # 'Minutes – Extraordinary Meeting      Nant-y-Garth Community Council': the title's column (its gap squashed or not) is no part of the name
                name = tidy_council(_TRAILING_TITLE_WORD_RE.sub("", _LEADING_TITLE_WORDS_RE.sub("", _COLUMN_GAP_RE.split(m.group(1))[-1])))
                if is_authority_name(name) and (index == 0 or len(m.group(1)) >= 0.8 * len(region.strip()) or _titled_by_name(region, m.start(1), m.end(1))):
                    found.append((m.start(), _shortest_named_form(name, head)))
                    break
        if found:
            return min(found)[1]
    return None


# a title line around an authority's name: 'MINUTES OF LODDON SHIRE COUNCIL ORDINARY COUNCIL MEETING', 'Elm Town Council
# Minutes 3 March 2025' (the words before it and after it say only which meeting and when)
_TITLE_BEFORE_NAME_RE = re.compile(r"\W{0,3}(?:(?:unconfirmed|confirmed|draft|approved)[ \t]+)?(?:minutes[ \t]+of[ \t]+(?:the[ \t]+|an?[ \t]+)?)?", re.I)
_TITLE_AFTER_NAME_RE = re.compile(
    r"(?:[ \t]+(?:ordinary|special|extraordinary|monthly|annual|regular|council|meeting|minutes|unconfirmed|confirmed|draft)\b){1,5}"
    r"(?:[ \t,–—-]+[\w ,]{0,30}?\d[\w ,]{0,30})?[ \t.]*",
    re.I,
)


def _titled_by_name(line: str, start: int, end: int) -> bool:
    """Whether a line further down is a minutes title that names the authority ('MINUTES OF LODDON SHIRE COUNCIL ORDINARY
    COUNCIL MEETING', under a document site's furniture): only meeting words and a date around the name, no sentence."""
    return bool(_TITLE_BEFORE_NAME_RE.fullmatch(line, 0, start) and _TITLE_AFTER_NAME_RE.fullmatch(line, end, len(line.rstrip())))


def _shortest_named_form(name: str, text: str) -> str:
    """'City of Winnipeg Charter' -> 'City of Winnipeg' when the text also names it without the last word."""
    m = re.match(r"^((?:City|Township|Borough|Municipality|Town|Village|County) of [A-Z][\w'-]+) [A-Z][\w'-]+$", name, re.I)
    if m and re.search(re.escape(m.group(1)) + r"(?!\s+[A-Z])", text, re.I):  # not 'City of Cassel' wrapped over 'Bend'
        return title_case(m.group(1)) if m.group(1).isupper() else m.group(1)
    return name


def most_named_council(text: str) -> str | None:
    """The authority a council paper names again and again (3 times, and 3 times as often as
    any other): minutes without a letterhead ('Disposition of items') still name their council
    throughout. A town council's minutes naming the city council twice do not qualify."""
    counts: dict[str, int] = {}
    for regex in (_COUNCIL_CAPS_RE, _COUNCIL_NAME_RE, _PLACE_OF_CAPS_RE):
        for m in regex.finditer(text[:20000]):
            name = tidy_council(m.group(1))
            if is_authority_name(name):
                counts[name] = counts.get(name, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or ranked[0] < 3 or len(ranked) > 1 and ranked[0] < 3 * ranked[1]:
        return None
    return max(counts, key=counts.get)


def find_council(document_metadata: dict, text: str, doc_type: str = "minutes") -> tuple[str | None, str | None]:
    """(council, body hint): the 'COUNCIL:' line when it names an authority, else the letterhead,
    else the authority a council paper names far more than any other (not for other papers: a
    consultation response names the council it is addressed to)."""
    line = document_metadata.get("council")
    if line:
        council, hint = parse_council_line(line)
        if council:
            return council, hint
    named = most_named_council(text) if doc_type != "other" else None
    marked = text  # the page marks, which tell a running footer ('Aldbrook Council      page 12') from a name alone
    text = _without_page_marks(without_document_site_prefix(text))  # a document site's file name glued to the first line
    council = (
        authority_letterhead(text)
        or split_letterhead(text)
        or annual_meeting_council(text)
        or local_initials_header(text)
        or find_council_in_text(text[:3000])
        or flattened_caps_council(text)
        or letterhead_council(text)
        or title_sentence_council(text)
        or council_over_minutes_title(text)
        or met_authority_council(text)
        or site_title_council(text)
        or page_title_council(document_metadata.get("page_title"))
        or breadcrumb_council(text)
        or board_authority(text)
        or named
        or letterhead_over_paper_title(text)
        or acronym_council(text)
    )
    council = council or municipal_body_letterhead(text)
    council = council or (place_named_throughout(text) if doc_type == "minutes" else None)
    council = council or (running_header_council(text) if doc_type == "minutes" else None)
    council = council or footer_council(marked)
    council = council or (sign_off_council(text) if doc_type == "minutes" else None)
    council = council or (meeting_hall_council(text) if doc_type == "minutes" else None)
    council = council or (bare_place_council(text) if doc_type in ("minutes", "agenda") else None)
    council = bilingual_letterhead(council, text) if council else None
    return (municipal_form(most_named_form(council, text), text) if council else None), None


# '<Place> Council' with no tier word: a run of capitalised words before 'Council' in a heading line (not a venue, 'held at
# Elsworth Council offices'; a run the line's words before it would lengthen is read from its true start, never its tail)
_BARE_COUNCIL_RE = re.compile(
    r"(?<![\w'’&.-])((?:[A-Z][\w'’-]{1,30}[ \t]+){1,6}Council)\b"
    r"(?![ \t]*['’]|[ \t]+(?i:offices?|chambers?|buildings?|hall|headquarters|depot|house|premises)\b)"
)
# what stands before a name that makes it part of a longer one or a place of meeting: 'Elm Valley Fish and Game Council', 'held at
# Elsworth Council', 'Knights of Columbus Council 4521', 'Federation of Small Businesses Council'
_NOT_A_NAME_START_RE = re.compile(
    r"(?:\band|&|\bat|\bat[ \t]+the|(?<![\w'’-])(?!(?i:minutes|meeting|agenda|notes|record|proceedings|session)\b)[A-Z][\w'’-]*[ \t]+of(?:[ \t]+the)?)[ \t]+$"
)
_BARE_COUNCIL_WORDS = 3  # 'North East Lincolnshire Council' at most
# what says a page is a council's own: its members by their title ('Councillor Hale', 'Cllr Ross', 'Provost')
_COUNCILLORS_RE = re.compile(r"\b(?:Councill?ors?|Cllrs?\.?|Provost|Convener)\b")


def bare_place_council(text: str) -> str | None:
    """'North Ayrshire Council', 'Fife Council', 'Cornwall Council': a unitary authority is named by its place alone, with
    no tier word ('County', 'District', 'Town') for the other readings to know it by. Read last, on minutes and agendas only
    (a letter or a consultation response names the council it is addressed to), only on the first heading line ('Agenda
    Item 2(a) North Ayrshire Council 9 September 2009') or a minutes title further down that names it with the meeting's
    words ('KELBURN COUNCIL MINUTES 4 March 2025'); every word before 'Council' must be a place's, not a kind of council
    ('Youth Council', 'Parochial Church Council', meeting.json bare_council_not_places) nor a title's word; and the page
    must bear it out, naming it twice or its members as councillors ('Parent Council Minutes' has neither)."""
    not_places = _vocab_re("bare_council_not_places", r"^(?:{})$", re.I)
    for index, line in enumerate(_heading_lines(text, 6)):
        for m in _BARE_COUNCIL_RE.finditer(line):
            if _NOT_A_NAME_START_RE.search(line, 0, m.start(1)):
                continue  # the tail of a longer name, or a place of meeting
            if index and not _titled_by_name(line, m.start(1), m.end(1)):
                continue  # further down only a minutes title that names it: under an item's title a sentence may name another
            name = re.sub(r"^The[ \t]+", "", _LEADING_TITLE_WORDS_RE.sub("", m.group(1)))
            words = name.split()[:-1]
            if not words or len(words) > _BARE_COUNCIL_WORDS or any(not_places.match(word) for word in words):
                continue
            if len(place_words(name)) != len(words) or not is_authority_name(name):
                continue
            if len(re.findall(re.escape(name), text[:5000], re.I)) >= 2 or _COUNCILLORS_RE.search(text, 0, 5000):
                return name
    return None


def site_title_council(text: str) -> str | None:
    """'Agenda and minutes - Cabinet, Tuesday 2 September 2025 | Glenmorrow Council': a web page's
    title ends in the site's name after a bar, and a council's site is named after the council.
    Only the first line, and only a last cell that reads as an authority's name (not 'Page 3',
    a date or a body)."""
    first = next((line.strip() for line in text[:600].split("\n") if line.strip()), "")
    cells = re.split(r"[ \t]+\|[ \t]+", first)
    if len(cells) < 2:
        return None
    name = cells[-1].strip()
    return name if is_authority_name(name) and not _TRAILING_BODY_RE.search(name) else None


_TITLE_CELL_SPLIT_RE = re.compile(r"[ \t]+[|–—-][ \t]+")


def page_title_council(title: str | None) -> str | None:
    """'Maungatea Community Board - 14 August 2025 - Minutes | Rangiwhetu District Council',
    'Agenda item - Housing Repairs - London Borough of Aldersmead': a web page's <title> (which the
    HTML reader keeps aside, not in the text) ends in the site's name, and a council's site is named
    after the council. Only a last cell that reads as an authority's name, not a body's."""
    if not title:
        return None
    name = _TITLE_CELL_SPLIT_RE.split(squash(title))[-1].strip()
    return name if name != squash(title) and is_authority_name(name) and not _TRAILING_BODY_RE.search(name) else None


_BREADCRUMB_SPLIT_RE = re.compile(r"[ \t]*(?:>|»|›|→)[ \t]*")


_MENU_LINE_CHARS = 40  # 'Menu   Search   Sign in', 'Skip to main content': a site's menu line above its trail


def breadcrumb_council(text: str) -> str | None:
    """'Kgorong District Municipality > Council > Committees > Municipal Public Accounts Committee >
    Meeting 22/08/2025': a saved page's breadcrumb trail starts at the site's home, named after the
    authority whose site it is. Only a first line of three cells or more whose first cell reads as
    an authority's name, or the second line under a short menu line of no figures ('Skip to main content')."""
    lines = [line.strip() for line in text[:600].split("\n") if line.strip()][:2]
    first = lines[0] if lines else ""
    if len(lines) == 2 and len(_BREADCRUMB_SPLIT_RE.split(first)) < 3 and len(first) <= _MENU_LINE_CHARS and not re.search(r"\d", first):
        first = lines[1]
    cells = _BREADCRUMB_SPLIT_RE.split(first)
    if len(cells) < 3:
        return None
    name = cells[0].strip()
    return name if is_authority_name(name) and not _TRAILING_BODY_RE.search(name) else None


_TRAILING_BODY_RE = re.compile(r"\b(?:Committee|Sub-Committee|Panel|Cabinet|Commission|Board)$", re.I)


_FOOTER_SPLIT_RE = re.compile(r"[ \t]+(?:[|–—·•-]|--)[ \t]+|[ \t]*[|–—·•][ \t]*|,[ \t]+|[ \t]{3,}")
_FOOTER_LINES = 3  # the document's last lines: a page's footer or a web page's site footer
_HEAD_LINES = 4


def _page_edge_lines(text: str) -> list[str]:
    """The lines at the foot of the text and on either side of each page break, where a running
    footer or header (and a web page's site footer) is printed."""
    all_lines = [line.strip() for line in text.split("\n") if line.strip()]
    lines = all_lines[max(_HEAD_LINES, len(all_lines) - _FOOTER_LINES) :]  # not the head of a short page, which the heading rules read
    for number, page in enumerate(text.split("\f")[:60]):
        kept = [line.strip() for line in page.split("\n") if line.strip()]
        lines += (kept[:1] if number else []) + kept[-1:]  # the first page's first line is its letterhead, which the heading rules read
    return [line for line in lines if len(line) <= 160]


# a signature blank at the foot of minutes ('Chairperson ______________', 'Signed: ________'): the chair signs beside the
# authority's name and the meeting's particulars, which a footer block prints under it
_SIGNATURE_BLANK_RE = re.compile(r"^[ \t]*(?:Chair(?:man|person|woman)?|Cathaoirleach|Mayor|Signed)\b[ \t.:]*_{3,}[ \t]*(?=\S)", re.I)


def footer_council(text: str) -> str | None:
    """The authority named at the foot of the pages ('Wexcombe District Council      Page 55',
    'Thabamoya Local Municipality - Mayoral Committee 22.01.2025', 'Grindstone County, Wyoming
    Commissioners' Proceedings') or in a web site's footer ('Easterholme District Council | Contact
    us | Accessibility'; a library's with its street address): a running footer opens with the
    authority's name, as a letterhead does, and the rest of the line is page chrome
    (models/patterns/meeting.json, footer_chrome: a page number, a date, the paper's title, the
    site's links, an address with or without its number ('Town Hall, Victoria Square', a postcode),
    the chairman's initials blank). An excerpt or a saved page whose front page is not in the text names
    its authority nowhere else. Not a last item naming another authority ('Westmere County Council –
    consultation on the Local Plan'), a signature, or a name alone on its line."""
    chrome = _vocab_re("footer_chrome", flags=0)
    for line in _page_edge_lines(text):
        signed = _SIGNATURE_BLANK_RE.match(line)
        if signed:  # 'Chairperson ______________   Carrowmena and Slievebawn District Council': a signature block beside the authority
            name = _footer_authority(line[signed.end() :].strip())
            if name:
                return name
            continue
        mark = _PAGE_MARK_RE.search(line)  # 'Wexcombe District Council Page 55', its gap squashed by the reader
        cells = [cell.strip() for cell in _FOOTER_SPLIT_RE.split(line[: mark.start()] if mark else line) if cell.strip()] + (
            [mark.group(0).strip()] if mark else []
        )
        if len(cells) < 2 or not any(chrome.search(cell) for cell in cells[1:]):
            continue
        name = _footer_authority(cells[0])
        if name:
            return name
    return None


# a municipality written as its kind of a place ('City of Fairhaven Mills', 'Township of Millbrook Station'), not a generic body
_KIND_OF_PLACE_RE = re.compile(r"(?:[A-Z][a-z]+[ \t]+){1,2}of[ \t]+(?:the[ \t]+)?[A-Z]")


# the sign-off under minutes: the clerk's signature block ('Respectfully submitted,' / 'Donna Fry' / 'Clerk-Treasurer' /
# 'Village of North Ashby Board of Trustees') or the certificate of their adoption ('These minutes were adopted by the
# Council of the Township of Carrick Lake on 2024-03-18.')
_SIGN_OFF_RE = re.compile(
    r"^[ \t]*(?:Respectfully[ \t]+submitted|Submitted[ \t]+by|Attest(?:ed)?|ATTEST|Recorded[ \t]+by|Minutes[ \t]+(?:taken|recorded)[ \t]+by)\b", re.M
)
_SIGN_OFF_LINES = 5  # the signature block: name, post, authority
_SIGN_OFF_REACH = 1500  # the sign-off closes the text
_ADOPTED_BY_RE = re.compile(
    r"\b(?:minutes|Minutes)[ \t]+(?:were|was)[ \t]+(?:adopted|approved|confirmed)[ \t]+by[ \t]+the[ \t]+(?:Council|Board|Commission)[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"(?P<name>(?:Township|Town|City|Village|County|Municipality|Borough|District)[ \t]+of[ \t]+(?:[A-Z][\w'’.-]*[ \t]?){1,4})"
)


def sign_off_council(text: str) -> str | None:
    """The authority named in the sign-off at the end of minutes whose heading names none (a US
    village's 'Respectfully submitted' block, a township's certificate of adoption): the clerk signs
    for the authority, and the name opens its own line there."""
    tail_start = max(0, len(text) - _SIGN_OFF_REACH)
    adopted = last_match(_ADOPTED_BY_RE, text, tail_start, len(text))
    if adopted:
        return squash(adopted.group("name"))
    sign_off = last_match(_SIGN_OFF_RE, text, tail_start, len(text))
    if sign_off is None:
        return None
    block = text[sign_off.end() :].lstrip(" \t,:\n").split("\n\n", 1)[0]  # the signature block, to its first blank line
    for line in [line.strip() for line in block.split("\n") if line.strip()][:_SIGN_OFF_LINES]:
        name = find_council_in_text(line)
        if name and line.startswith(name) and _only_a_body_after(line[len(name) :]):
            return name  # the authority alone, or with its body ('Village of North Ashby Board of Trustees')
    return None


def _only_a_body_after(rest: str) -> bool:
    """Nothing, or a body's name in title case ('Board of Trustees'), after an authority's name; not 'planning team'."""
    return all(word[:1].isupper() or word in {"of", "and", "the", "&"} for word in rest.strip(" \t.").split())


def _footer_authority(cell: str) -> str | None:
    """The cell as an authority's whole name: a council ('Wexcombe District Council', 'Brackenford
    Council'), or an authority that is no council ('Grindstone County', 'Hollisfield District Library')."""
    cell = title_case(cell) if cell.isupper() else cell
    if LETTERHEAD_RE.fullmatch(cell) or _COUNCIL_NAME_RE.fullmatch(cell):
        name = tidy_council(cell)
        generic = name.split()[0].lower() in _NOT_A_NAME_START or _vocab_re("council_types", r"^(?:{})\b").match(name)
        generic = generic and not _KIND_OF_PLACE_RE.match(name)  # 'City of Fairhaven Mills | 300 Canal Street | Page 1 of 4' names its place
        return name if is_authority_name(name) and not generic else None  # 'Regional Council - Minutes ...': a body's generic name
    other = authority_letterhead(cell)
    return other if other == cell else None


_RUNNING_HEADER_RE = re.compile(
    r"^[ \t]*(?:Page[ \t]+\d{1,3}(?:[ \t]+of[ \t]+\d{1,3})?[ \t]+)?"
    r"(?P<name>(?:[A-Z][\w'’&.-]+[ \t]+(?:(?:and|&)[ \t]+)?){1,4}?(?:(?:County|Borough|District|City|Shire|Regional|Town|Parish|Community|Municipal)[ \t]+)?Council)"
    r"[ \t]*(?:[-–—|][ \t]*)?(?:Ordinary|Regular|Special|Extraordinary|Monthly)[ \t]+(?:Council[ \t]+)?(?:Meeting|Minutes)\b[^\n]{0,80}$",
    re.M,
)


def running_header_council(text: str) -> str | None:
    """The council named by a later page's running header ('Page 9 of 14  Dunmore City Council –
    Ordinary Council Meeting – 18 February 2025', 'Gundabri Shire Council   Ordinary Meeting of
    Council') in minutes whose first page, and so its letterhead, is not in the text: the header
    names the authority and the kind of sitting, as no sentence of the minutes does."""
    for m in _RUNNING_HEADER_RE.finditer(text[:30000]):
        name = tidy_council(m.group("name"))
        if is_authority_name(name) and name.split()[0].lower() not in _NOT_A_NAME_START:
            return name
    return None


def _after_first_lines(text: str, count: int) -> int:
    """Where the text goes on after its first `count` heading lines (those _heading_lines reads)."""
    pos, seen = 0, 0
    while seen < count:
        end = text.find("\n", pos)
        if end == -1:
            return len(text)
        seen += bool(_PAGE_MARK_RE.sub("", text[pos:end]).strip(" \t#*=_"))
        pos = end + 1
    return pos


def bilingual_letterhead(council: str, text: str) -> str:
    """A letterhead printed in two languages, one line each ('Cnoc Uaine County Council' over
    'Knockowen County Council', 'Cyngor Dinas Aberwen' over 'Aberwen City Council'): of two
    council names of one kind on the first two lines, the one whose place the text names again
    below them, where the other's is not named as often."""
    lines = _heading_lines(text, 2)
    if len(lines) < 2 or squash(lines[0]).lower() != council.lower() or not LETTERHEAD_RE.match(lines[1]):
        return council
    other = tidy_council(lines[1])
    kind = " ".join(council.split()[-2:])
    if other == council or not other.endswith(" " + kind) or not is_authority_name(other):
        return council
    below = text[_after_first_lines(text, 2) : 20000]  # the second line's own name is no naming again

    def named(name: str) -> int:
        return len(re.findall(rf"\b{re.escape(name[: -len(kind)].strip())}\b", below))

    return other if named(other) > named(council) else council


_PAGE_MARK_RE = re.compile(r"[ \t]+(?:(?i:Page)[ \t]+\d{1,4}(?:[ \t]+of[ \t]+\d{1,4})?|[A-Z&]{2,8}[ \t]+\d{1,2}[./]\d{1,2}[./]\d{2,4})[ \t]*$")
# a page's number printed before a letterhead in capitals, a PDF's first line ('1 KWAMBONI LOCAL MUNICIPALITY'): no part of the name
_LEADING_PAGE_NUMBER_RE = re.compile(r"^\d{1,3}[ \t]+(?=[A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){1,6}[ \t]*$)")
# a dash spaced on one side only before capitals parts a file name's cells too ('2023-01-26 - Minutes -ELMVALE HOUSING AUTHORITY')
_SEGMENT_SPLIT_RE = re.compile(r"[ \t]+(?:[|–—-]|--)[ \t]+|[ \t]*[|–—][ \t]*|,[ \t]+|[ \t]{3,}|[ \t]+-(?=[A-Z]{2})")
_LABEL_LINE_RE = re.compile(r"^[^:]{0,40}:[ \t]*\S")  # 'Present: ...', 'Attending: ... Licensing Board': a list, not a heading


def _without_page_marks(text: str) -> str:
    """The first lines without a running page mark ('CARNBRAE COUNCIL      Page 2 of 7'): a later
    page's header reads as the letterhead it repeats; nor a Texas legal caption's jurisdictions."""
    head = "\n".join(_PAGE_MARK_RE.sub("", line) for line in text[:1500].split("\n") if not _CAPTION_LINE_RE.match(line))
    return head + text[1500:]


# 'THE STATE OF TEXAS   §' over 'COUNTY OF HALVERSON   §': a Texas paper's caption names where the board sits, not
# the board's authority ('The Board of Directors of Mesquite Draw Municipal Utility District No. 2 met ...' follows it)
_CAPTION_LINE_RE = re.compile(
    r"^[ \t]*(?:(?:THE[ \t]+|The[ \t]+)?(?:STATE|State|COUNTY|County|CITY|City)[ \t]+(?:OF|of)[ \t]+[A-Z][\w.'-]*(?:[ \t]+[A-Z][\w.'-]*){0,4}[ \t]*)?§[ \t]*$"
)


_PLACE_LINE_RE = re.compile(r"^(?:[A-Z][\w'’.-]+(?:[ \t]+(?:(?:and|&|upon|on|in|under)[ \t]+)?|$)){1,3}$")
_LOCAL_TYPE_LINE_RE = re.compile(r"^(Parish|Town|Community|Village)[ \t]+Council$")
_PARISH_MEETING_LINE_RE = re.compile(r"^(?:Annual[ \t]+)?(Parish|Town|Village|Community)[ \t]+Meeting$")


def split_letterhead(text: str) -> str | None:
    """A local council's letterhead broken over two lines: the place ('ELMSTEAD') over 'PARISH
    COUNCIL'; or the place over its Annual Parish Meeting, in papers that name the Parish Council
    ('HOLLINSFORD' / 'ANNUAL PARISH MEETING' ... 'Chairman of the Parish Council'): that council's.
    The place line is one to three capitalised words, none a title or body word."""
    lines = _heading_lines(text, 2)
    if len(lines) < 2 or not _PLACE_LINE_RE.match(lines[0]) or _title_words(lines[0]):
        return None
    if any(word.lower() in _authority_patterns()[1] for word in lines[0].split()):
        return None  # 'Planning', 'Board', 'Minutes': not a place
    kind = _LOCAL_TYPE_LINE_RE.match(lines[1])
    if kind:
        return f"{lines[0]} {kind.group(1)} Council"
    meeting = _PARISH_MEETING_LINE_RE.match(lines[1])
    if meeting and re.search(rf"\b{meeting.group(1)} Council\b", text[:5000]):
        return f"{lines[0]} {meeting.group(1)} Council"
    return None


# a council's name alone in capitals, run into the minutes' title by a text layer that flattened the letterhead
# ('ROTORUA LAKES COUNCIL Minutes Council meeting held 6-7 June 2017', 'MID MURRAY COUNCIL ===== MINUTES OF THE MEETING')
# (not a name cut from a longer run of capitals: 'CENTRAL HAWKE'S BAY DISTRICT COUNCIL' is another rule's; not a paper's words,
# 'UNCONFIRMED COUNCIL MINUTES', 'NOTICE OF MOTION TO COUNCIL', nor a church's or a school's council)
_FLATTENED_CAPS_COUNCIL_RE = re.compile(
    r"(?<![\w'’&.-])(?P<name>(?:(?!(?:OF|THE|TO|MEETING|MINUTES|ANNUAL|DRAFT|ORDINARY|SPECIAL|EXTRAORDINARY|FULL|GENERAL|REGULAR"
    r"|UNCONFIRMED|CONFIRMED|APPROVED|NOTICE|MOTION|YOUTH|PASTORAL|CHURCH|STUDENT|STUDENTS|SCHOOL|PARENT|ADVISORY|STAFF)\b)"
    r"[A-Z][A-Z'’.-]+[ \t]+){1,3}COUNCIL)[ \t]*(?:[=_–—-]+[ \t]*)?(?:MINUTES|Minutes)\b"
)
_FLATTENED_REACH = 400  # characters of the text's opening where a flattened letterhead stands
_CAPITAL_WORD_BEFORE_RE = re.compile(r"(?<![\w'’&.-])([A-Z][A-Z'’&.-]+)[ \t]+$")
_PAPER_WORDS_BEFORE = frozenset({"DRAFT", "UNCONFIRMED", "CONFIRMED", "APPROVED", "ADOPTED", "FINAL", "AMENDED", "PAGE"})


def flattened_caps_council(text: str) -> str | None:
    """'Page 18624. MID MURRAY COUNCIL ===== MINUTES OF THE MEETING OF COUNCIL HELD ...': a council that names itself
    in capitals with no kind word ('Mid Murray Council', 'Rotorua Lakes Council', Australian and New Zealand councils),
    just before the word 'Minutes', in the first lines a text layer ran into one. The kinds the other rules read
    ('ELM PARISH COUNCIL') are theirs."""
    m = _FLATTENED_CAPS_COUNCIL_RE.search(text, 0, _FLATTENED_REACH)
    if m is None:
        return None
    before = _CAPITAL_WORD_BEFORE_RE.search(text, 0, m.start())
    if before and before.group(1) not in _PAPER_WORDS_BEFORE:
        return None  # 'CENTRAL HAWKE'S BAY DISTRICT COUNCIL': the name runs on before; 'DRAFT ROTORUA LAKES COUNCIL' is the paper's word
    name = tidy_council(m.group("name"))
    return name if is_authority_name(name) else None


_PLACE_ANNUAL_MEETING_RE = re.compile(
    r"^(?P<place>(?:[A-Z][\w'’.-]+[ \t]+(?:(?:and|&|upon|on|in|under)[ \t]+)?){1,3}?)Annual[ \t]+(?P<kind>Parish|Town|Village|Community)[ \t]+Meeting\b"
)


def annual_meeting_council(text: str) -> str | None:
    """'Thornwick Annual Parish Meeting - 2025' heading papers that name the Parish Council ('before
    the annual meeting of the Parish Council'): the electors' annual meeting of a parish that has a
    council, and the council is that parish's, as split_letterhead reads the place over its Annual
    Parish Meeting on two lines. Only the first heading line; a 'Cotterhay Parish Meeting' without
    'Annual' is an authority of its own (authority_letterhead)."""
    lines = _heading_lines(text, 1)
    m = _PLACE_ANNUAL_MEETING_RE.match(lines[0]) if lines else None
    if not m or _title_words(m.group("place")) or any(word.lower() in _authority_patterns()[1] for word in m.group("place").split()):
        return None
    return f"{m.group('place').strip()} {m.group('kind')} Council" if re.search(rf"\b{m.group('kind')} Council\b", text[:5000]) else None


_MEETING_HALL_REACH = 800  # the title sentence, after a page's furniture


def meeting_hall_council(text: str) -> str | None:
    """'Minutes of an Extraordinary Meeting of the Parish Council held on Thursday 22nd March 2018 at 7.00 pm in
    Llangarron Village Hall': a local council's minutes that name it only by its kind, where it met in its own parish's
    hall (or at an address whose last part, before the day, is its town). Last resort: the place is read from where the
    meeting was held, not from a name the page prints (meeting.json local_meeting_hall)."""
    m = _vocab_re("local_meeting_hall", flags=0).search(text, 0, _MEETING_HALL_REACH)
    if m is None:
        return None
    place = (m.group("place") or m.group("town") or title_case(m.group("after"))).strip()
    if _title_words(place) or any(word.lower() in _authority_patterns()[1] for word in place.split()):
        return None  # 'in the Council Chamber', 'at the Town Hall': no place
    return f"{place} {(m.group('kind') or m.group('kind2')).title()} Council"


# a local council's initials after its place in a running header: 'Ormesby Fen PC  - minutes 14/01/2026 - DRAFT   page 2'
_LOCAL_INITIALS_RE = re.compile(r"^(?P<place>(?:[A-Z][\w'’.-]+[ \t]+){1,3}?)(?P<kind>PC|TC)[ \t]*(?:[-–—|:][ \t]*\S|$)")
_LOCAL_INITIALS = {"PC": "Parish Council", "TC": "Town Council"}


def local_initials_header(text: str) -> str | None:
    """'Ormesby Fen PC - minutes 14/01/2026' heading a later page of a parish council's minutes: the
    council under its initials, as clerks print it in a running header, written out. Only the first
    line, the place one to three capitalised words that are no title's or body's."""
    lines = _heading_lines(text, 1)
    m = _LOCAL_INITIALS_RE.match(lines[0]) if lines else None
    if not m or _title_words(m.group("place")) or any(word.lower() in _authority_patterns()[1] for word in m.group("place").split()):
        return None
    return f"{m.group('place').strip()} {_LOCAL_INITIALS[m.group('kind')]}"


def _heading_lines(text: str, count: int = 4) -> list[str]:
    """The first lines of a paper as headings read: squashed, a running page mark ('Page 2 of 7',
    'F&GP 19.03.24') cut off, capitals read in title case."""
    lines = []
    for line in text[:1500].split("\n"):
        line = _LEADING_PAGE_NUMBER_RE.sub("", _PAGE_MARK_RE.sub("", line).strip(" \t#*=_"))  # a Markdown heading's '#' too
        line = line[:-1] if line.endswith(".") and not line.endswith("..") else line  # a newspaper's heading: 'OTEPOPO ROAD BOARD.'
        if line:
            lines.append(title_case(line) if line.isupper() else line)
        if len(lines) == count:
            break
    return lines


@functools.lru_cache(maxsize=1)
def _authority_patterns() -> tuple[dict[str, str], frozenset[str], re.Pattern, re.Pattern]:
    """The vocabulary of authority_letterhead compiled once: acronyms, generic words, '<place> <kind>' and '<kind> of <place>'."""
    acronyms = meeting_vocabulary()["authority_acronyms"]
    kinds = meeting_vocabulary()["authority_kinds"] + "".join(f"|(?-i:{acronym})" for acronym in acronyms)
    generic = _generic_authority_words()
    word = r"[A-ZĀĒĪŌŪŴŶÀ-ÖØ-Þ][\w'’.-]*"
    school_board = r"[ \t]+".join(re.escape(w) for w in school_board_name().split())  # 'Board[ \t]+of[ \t]+Education'
    named = re.compile(
        rf"^(?:The[ \t]+)?(?P<name>(?P<place>(?:{word}[ \t]+(?:(?:and|&)[ \t]+)?){{1,5}}?)(?:{kinds})(?P<number>[ \t]+No\.?[ \t]*\d{{1,4}}|[ \t]+[A-Z]{{1,3}}-\d{{1,3}}J?|(?<=District)[ \t]+\d{{1,4}})?)"
        rf"(?:[ \t]+(?P<school_board>{school_board}$)|[ \t]+(?:{meeting_vocabulary()['authority_body_suffix']}))?$"
    )
    of_form = re.compile(
        rf"^(?:The[ \t]+)?(?P<kind>{meeting_vocabulary()['of_authority_kinds']})[ \t]+of[ \t]+(?P<place>{word}(?:[ \t]?(?!{_MONTH_WORD}){word}){{0,3}}?)(?P<number>[ \t]*No\.?[ \t]*\d{{1,4}})?$"
    )
    return acronyms, generic, named, of_form


# a joint body's heading naming its partners, a bare place then another place's authority ('Brackenvale - Lisgar Township'): the
# line names two authorities, and the second alone is not the paper's; the council rules read on (the first partner named in full)
_PARTNERS_LINE_RE = re.compile(
    r"^[ \t]*(?:[A-Z][\w'’.]+[ \t]+){0,2}[A-Z][\w'’.]+[ \t]+[-–—][ \t]+(?:[A-Z][\w'’.]+[ \t]+){1,3}(?:Township|County|Town|Village|City)[ \t]*$"
)


def _numbered_district(m: re.Match) -> bool:
    """'Independent School District No. 2291': a Minnesota (Nebraska, Washington) school district is named by
    its number alone, so a name of the kind's own words ('Independent') and a number is a place's name."""
    return bool(m.group("number")) and m.group("name").split()[-3 if "No" in m.group("number") else -2] == "District"


_TITLE_TAIL_RE = re.compile(  # also the place's own name in a second column: 'ST ANDRELLE DOUZAINE   Parish of St Andrelle, Guernsey'
    r"[ \t]+(?=(?:Minutes?|Agenda|Regular|Special|Ordinary|Extraordinary|Annual|Monthly|Meeting|Page|Draft|Notice|Record|Decisions?|Proceedings|Summary|Posted|Published|Updated|Issued)\b"
    # in capitals too: 'KELLAGH COMMISSIONERS ORDINARY BOARD MEETING 26th April 2017 AGENDA', a heading run on into the items
    r"|(?:MINUTES?|AGENDA|REGULAR|SPECIAL|ORDINARY|EXTRAORDINARY|ANNUAL|MONTHLY|MEETING|DRAFT|NOTICE|PROCEEDINGS)\b"
    r"|(?:Parish|PARISH)[ \t]+(?:of|OF)[ \t]+[A-Z]"
    r"|" + _MONTH_WORD + r")"  # 'RM of Dufferin October - Long day': a report's month after the name
)


_CAPTION_RE = re.compile(r"^(?:State|Commonwealth|Province) of [A-Z]")
# the board that met, or the title's 'Meeting of the', before the authority's name ('Meeting of the Elm Hollow Memorial Library')
_BOARD_LEAD_RE = re.compile(
    r"^Board of (?:County )?(?:Commissioners|Supervisors|Trustees|Directors|Education)[ \t]+(?=[A-Z])|^(?:(?:Regular|Special|Annual|Monthly)[ \t]+)?Meeting of the[ \t]+(?=[A-Z])"
)


# the meeting's title before the authority's name on one line: 'GENERAL ASSEMBLY MEETING ASUNAFO SOUTH DISTRICT ASSEMBLY'
_MEETING_LEAD_RE = re.compile(
    r"^(?:\d{1,2}[.:]\d{2}[ \t]*(?i:[ap]\.?m\.?)[ \t]+)?"  # '7.30 pm Meeting of Maughold Parish Commissioners'
    r"(?i:(?:general|ordinary|special|extraordinary|annual|regular|monthly|full|council|assembly|board)[ \t]+){0,3}"
    r"(?i:meeting|minutes|(?:official[ \t]+)?proceedings)[ \t]+(?:(?i:of)[ \t]+(?:(?i:the)[ \t]+)?)?(?=[A-Z])"
)  # 'PROCEEDINGS OF THE GRAND FORKS REGIONAL AIRPORT AUTHORITY BOARD OF COMMISSIONERS MEETING' (a US authority's minutes)


def _title_cut(segment: str) -> list[str]:
    """The segment, then what stands before a title word in it: a running header flattened into
    one line ('Strathlour Licensing Board Minute', 'Ntabazwe Local Municipality Special Council',
    'Board of County Commissioners Oxbow County Regular Meeting') names its authority before the
    title of the paper, sometimes after the board that met."""
    lead = _BOARD_LEAD_RE.match(segment) or _MEETING_LEAD_RE.match(segment)
    segment = segment[lead.end() :] if lead else segment
    cuts = [m.start() for m in (_TITLE_TAIL_RE.search(segment), _building_tail_re().search(segment), _county_state_re().search(segment)) if m]
    return [segment] + [segment[:cut] for cut in cuts]


@functools.lru_cache(maxsize=1)
def _county_state_re() -> re.Pattern:
    """'Cannon County Tennessee' over 'Board of Commissioners': a US county's letterhead names its state after it, no comma
    between (models/gazetteers/currencies.json, the US regions); the county is what stands before the state."""
    states = "|".join(re.escape(state) for state in gazetteer()["countries"]["US"]["regions"])
    return re.compile(rf"(?<=\bCounty)[ \t]+(?:{states})$")


@functools.lru_cache(maxsize=1)
def _building_tail_re() -> re.Pattern:
    """'Hallam County   County Courthouse' read with its gap closed ('Hallam County County
    Courthouse'): a US letterhead prints the building the board meets in beside the authority's
    name (models/patterns/meeting.json, letterhead_buildings); the name is what stands before it."""
    return re.compile(r"[ \t]+(?:" + meeting_vocabulary()["letterhead_buildings"] + r")[ \t]*$", re.I)


# a parish council named as the parish's own; not 'a parish meeting without a parish council', 'no parish council' (a parish too small to have one)
_PARISH_COUNCIL_NAMED_RE = re.compile(r"(?<!\ba[ \t])(?<!\bno[ \t])(?<!\bwithout[ \t])\bParish[ \t]+Council\b", re.I)


def school_board_name() -> str:
    """'Board of Education' (models/patterns/meeting.json, school_board): the board a US school district's papers are headed by."""
    return meeting_vocabulary()["school_board"]["name"]


@functools.lru_cache(maxsize=1)
def _school_board_places() -> tuple[str, ...]:
    """' Township': a New Jersey school district's board heads its papers with the township it serves ('PEQUANSET TOWNSHIP BOARD
    OF EDUCATION'); the board is the authority, not the township, which has no board of education of its own (a county's is left
    as it was: no development document shows one). models/patterns/meeting.json, school_board 'places'."""
    return tuple(" " + place for place in meeting_vocabulary()["school_board"]["places"])


def authority_letterhead(text: str) -> str | None:
    """An authority that is not a council heading its own papers: a licensing board, a fire and
    rescue or national park authority, a combined authority, an integration joint board, town or
    district commissioners, a joint committee of two councils, a police and crime panel, a US
    county, township, public library or special district (fire, water, park, sanitary, school), a
    Canadian rural municipality or school board ('GLEN ROSS DISTRICT COMMISSIONERS', 'Baxter County,
    Kansas', 'Alder Creek Fire Protection District – Board of Directors', 'R.M. of Elm No. 317').
    Read from the first lines, as a whole line or one part of a line cut at '|', a dash, a comma or a
    wide gap (a ModernGov heading 'X - Thursday, ...', a page title '... | X'), the body it names
    after it left to the body rules ('Elm Township Board of Trustees'). The name must open with a
    place ('Planning Board' names none). A council's letterhead above it wins (models/patterns/meeting.json,
    authority_kinds); a partner named in an attendance list ('Attending: ...') is not read."""
    acronyms, generic, named, of_form = _authority_patterns()
    previous = ""
    for line in _heading_lines(text):
        if _LABEL_LINE_RE.match(line) or _CAPTION_RE.match(previous) and line.startswith("County of"):
            previous = line
            continue  # 'State of Elmshire' / 'County of Oakdale': a US legal caption's jurisdictions, the authority follows
        previous = line
        if _PARTNERS_LINE_RE.match(line) and line.split()[0].lower() not in generic:
            continue  # 'Brackenvale - Lisgar Township' over 'JOINT FIRE SERVICES COMMITTEE': two partners, neither the letterhead
        line = re.sub(rf"\b(?i:{'|'.join(acronyms)})\b", lambda a: a.group(0).upper(), line)  # 'CEDARBROOK ISD' read in title case
        for segment in (part.strip() for part in _SEGMENT_SPLIT_RE.split(line)):
            for head in _title_cut(segment):
                head = title_case(head) if head.isupper() else head  # 'BEAR HOLLOW TOWNSHIP   Posted 12/04/2025': the name's part in capitals
                m = of_form.match(head)
                if m and m.group("place").split()[0].lower() not in generic:
                    kind = "Rural Municipality" if m.group("kind").upper().replace(".", "") == "RM" else m.group("kind")
                    number = " No. " + re.sub(r"\D", "", m.group("number")) if m.group("number") else ""
                    return squash(f"{kind} of {m.group('place')}{number}")
                m = named.match(head)
                if m and (m.group("place").split()[0].lower() not in generic or _numbered_district(m)):
                    name = squash(m.group("name"))
                    if name.endswith("Parish Meeting") and _PARISH_COUNCIL_NAMED_RE.search(text[:5000]):
                        continue  # 'ELMSTEAD PARISH MEETING' of a parish with a council: its electors' meeting, not an authority
                    municipality = _municipality_before_county(" ".join(_heading_lines(text)), name)
                    if municipality:
                        return municipality
                    if m.group("school_board") and name.endswith(_school_board_places()):
                        return f"{name} {school_board_name()}"  # 'PEQUANSET TOWNSHIP BOARD OF EDUCATION': a school board, an authority of its own
                    last = name.rsplit(" ", 1)[-1]
                    return name[: -len(last)] + acronyms[last] if last in acronyms else name  # 'Cedarbrook ISD': the Independent School District
        if any(regex.search(line) for regex in (_COUNCIL_CAPS_RE, _COUNCIL_NAME_RE, _PLACE_OF_CAPS_RE)):
            return None  # a council's letterhead (or a 'Town of X') first: the council rules read it
    return None


_MUNICIPALITY_BEFORE_RE = re.compile(
    r"(?<![\w'’.-])(?P<name>(?:[A-Z][\w'’.-]+[ \t]+){1,4}(?:Township|Borough|Village|City|Town)|(?:Township|Borough|Village|City|Town)[ \t]+of[ \t]+(?:[A-Z][\w'’.-]+[ \t]?){1,4}?)[ \t]*,[ \t]*$"
)


def _municipality_before_county(opening: str, county: str) -> str | None:
    """'the Board of Supervisors of Elm Creek Township, Berks Valley County, was held', 'Township of
    Belmar, Morris County': a US county named after a township, borough, village or city and a
    comma is where that municipality lies, not the authority that met; the municipality is."""
    if not county.endswith(" County"):
        return None
    at = opening.find(county)
    m = _MUNICIPALITY_BEFORE_RE.search(opening[:at]) if at > 0 else None
    if not m or _title_words(m.group("name").rsplit(" ", 1)[0]) and not m.group("name").startswith(("Township", "Borough", "Village", "City", "Town")):
        return None
    return squash(m.group("name"))


_MUNICIPAL_OF_RE = re.compile(r"\b(?:City|Town|Village|Township|Borough|Municipality) of ([A-Z][a-z][\w'’-]+)(?:[ \t]+([A-Z][a-z][\w'’-]+))?")
_PLACE_MENTIONS = 8


def place_named_throughout(text: str) -> str | None:
    """'City of Alameda' named once in a commission's minutes that say 'Alameda' again and
    again (8 times and more) and name no other city, town or village 'of' anywhere: the
    municipality whose body met, where no letterhead or council line names it."""
    head = text[:20000]
    forms = {(m.group(0).split(" of ")[0], m.group(1), m.group(2)) for m in _MUNICIPAL_OF_RE.finditer(head)}
    places = {first for _, first, _ in forms}
    if len(places) != 1:
        return None
    kind, first, _ = sorted(forms)[0]
    for place in sorted({f"{first} {second}" for _, _, second in forms if second}, key=len, reverse=True) + [first]:
        if len(re.findall(rf"\b{re.escape(place)}\b", head)) >= _PLACE_MENTIONS:
            return f"{kind} of {place}"
    return None


_LEAD_SEGMENT_RE = re.compile(r"[ \t]+[-–—|][ \t]+")
_TITLE_SENTENCE_COUNCIL_RE = re.compile(
    r"^\W*(?:MINUTES?|Minutes?|NOTES?|Notes?)[ \t]+(?:of|OF)[ \t]+(?:(?:the|THE|an?|AN?)[ \t]+)?(?:[A-Za-z]+[ \t]+){0,2}(?:MEETING|Meeting|meeting)[ \t]+(?:of|OF)[ \t]+(?:the[ \t]+|THE[ \t]+)?"
    # the council's committee that met, then the council: 'of the Corrieglen and Lochside Area Committee of Argmore Council held'
    r"(?:(?:[A-Z][\w'’&-]+[ \t]+(?:(?:and|AND|&)[ \t]+)?){1,6}(?:Committee|COMMITTEE|Sub-Committee|SUB-COMMITTEE|Board|BOARD|Panel|PANEL)[ \t]+(?:of|OF)[ \t]+(?:the[ \t]+|THE[ \t]+)?)?"
    r"(?P<name>(?:[A-ZĀĒĪŌŪŴŶÀ-ÖØ-Þ][\w'’&.-]+[ \t]+(?:(?:and|AND|&)[ \t]+)?){1,4}"
    r"(?:Council|COUNCIL|(?:Local|District|Metropolitan)[ \t]+Municipality|(?:LOCAL|DISTRICT|METROPOLITAN)[ \t]+MUNICIPALITY))[ \t]+(?:held|HELD)\b"
)


def _before_body_dash(line: str) -> str:
    """'Brackwater Council' of 'Brackwater Council - Licensing Sub-Committee': the part before a dash
    that names the body, or the meeting's date ('THE INVERCLYDE COUNCIL - 22 FEBRUARY 2007', a Scottish council's full
    meeting); not before a ModernGov page title's 'Agenda for ...', 'Minutes of ...', which follow a site's name."""
    parts = _LEAD_SEGMENT_RE.split(line, 1)
    return parts[0] if len(parts) == 2 and (_ends_like_body(parts[1]) or _DATE_ONLY_RE.fullmatch(parts[1].strip())) else line


# a date alone after a letterhead's dash: '22 FEBRUARY 2007', 'Thursday, 3rd March 2025', 'March 3, 2025'
_DATE_ONLY_RE = re.compile(rf"(?i:{WORDED_DATE_WITH_YEAR})")


# a letterhead and the paper's title printed in two columns of one line, the reader's squeezed gap between them
# ('QUOINVILLE COUNCIL      ORDINARY COUNCIL MEETING MINUTES'): the title is the kind of meeting and the paper's name
_RUN_ON_TITLE_RE = re.compile(
    r"^(?P<letterhead>.{3,80}?(?:Council|COUNCIL))[ \t]+"
    r"(?:(?i:ordinary|special|extraordinary|regular|monthly|annual|general|council|meeting)[ \t]+){1,4}(?i:minutes|agenda)[ \t]*$"
)


def _before_run_on_title(line: str) -> str:
    """'QUOINVILLE COUNCIL' of 'QUOINVILLE COUNCIL ORDINARY COUNCIL MEETING MINUTES': the letterhead before a title on its line."""
    m = _RUN_ON_TITLE_RE.match(line)
    return m.group("letterhead") if m else line


def _ends_like_body(phrase: str) -> bool:
    """'Licensing Sub-Committee', 'Planning Committee (North)': a body's name, not a page title ('Agenda for ...')."""
    phrase = re.sub(r"[ \t]*\([^()]*\)$", "", phrase.strip())
    return bool(re.search(r"\b(?:Committee|Sub-Committee|Panel|Board|Cabinet|Commission|Forum|Executive)$", phrase)) and not re.match(
        r"(?i)(?:agenda|minutes|decisions?|notice|report|issue|meeting)\b", phrase
    )


def title_sentence_council(text: str) -> str | None:
    """'MINUTE of MEETING of LOCHMORE COUNCIL held in ...' opening the paper with no letterhead
    above it: a council named as the one that met, in the title sentence itself ('Ardmorven
    Council', 'Herefordshire Council' have no type word before 'Council'), or as the council whose
    committee met ('Minute of Meeting of the Corrieglen and Lochside Area Committee of Argmore
    Council held ...'), the sentence opening the paper or standing under that committee's heading."""
    lines = [ln.strip() for ln in text[:1500].split("\n") if ln.strip()]
    for first in range(min(2, len(lines))):  # under the committee's own heading too ('CORRIEGLEN AND LOCHSIDE AREA COMMITTEE')
        m = _TITLE_SENTENCE_COUNCIL_RE.match(" ".join(lines[first:])[:400])
        name = tidy_council(m.group("name")) if m else None
        if name and is_authority_name(name) and (not first or _ends_like_body(title_case(lines[0]) if lines[0].isupper() else lines[0])):
            return name
    return None


# a title line that opens on a council named with no kind before 'Council' ('Llanbadoc Council Meeting Minutes Wednesday 5th June
# 2019', a Welsh community council; 'Elm Valley Council Minutes - 3 March 2025'): the paper is that council's minutes. Not a
# council of the authority's people or services ('Youth Council Minutes', 'Tenants Council Meeting Minutes')
_COUNCIL_MINUTES_TITLE_RE = re.compile(
    r"^\W*(?P<name>(?:[A-Z][\w'’.-]+[ \t]+){1,3}Council)[ \t]+(?:(?:Ordinary|Regular|Monthly|Special|Annual)[ \t]+)?(?:Meeting[ \t]+)?Minutes\b"
)
_NOT_AN_AUTHORITY_COUNCIL_RE = re.compile(
    r"\b(?:Youth|Advisory|Student|Students|Pupils?|Parent|Parents|Consumer|Consumers|Sports?|Arts|Heritage|Tenants?|Residents?|Staff|Executive"
    r"|Governing|Joint|Legislative|Pastoral|Church|Parochial|Faculty|School|Business|Chamber|Unconfirmed|Confirmed|Draft|Approved|Full|Special|Ordinary)\b",
    re.I,
)  # a council of people or services, or a minutes' status ('Unconfirmed Council Minutes')


def council_over_minutes_title(text: str) -> str | None:
    """The council that a title line opening the paper names as its minutes' ('Llanbadoc Council Meeting Minutes Wednesday
    5th June 2019'), when the name has no kind before 'Council' for the name rules to read it by."""
    lines = [line for line in text[:600].split("\n") if line.strip()][:2]
    for line in lines:
        m = _COUNCIL_MINUTES_TITLE_RE.match(line)
        name = m.group("name") if m else None
        if name and not _NOT_AN_AUTHORITY_COUNCIL_RE.search(name) and is_authority_name(name):
            return name
    return None


# The sentence that opens minutes names the authority that met, before 'held' ('Minutes of a Meeting of the Elmford Parish
# Commissioners held in their Boardroom', 'REGULAR MEETING OF THE DISTRICT OF ELMFORD COUNCIL HELD', 'The regular meeting of
# the Elm County Fiscal Court was held', 'MINUTES OF THE REGULAR COUNCIL MEETING OF ELM COUNTY, HELD') or before 'meeting held'
# ('The minutes of Elmford Parish Commissioners meeting held on'): the phrase is capitalised words and connectors, bounded.
_NAME_PHRASE = r"(?P<phrase>[A-ZĀĒĪŌŪŴŶÀ-ÖØ-Þ][\w'’.&-]{0,30}(?:[ \t]+(?:(?i:of|and|the|&)[ \t]+){0,2}[A-ZĀĒĪŌŪŴŶÀ-ÖØ-Þ][\w'’.&-]{0,30}){0,8})"
_MET_AUTHORITY_RE = re.compile(
    rf"\b(?i:meeting|session)[ \t]+(?i:of)[ \t]+(?:(?i:the)[ \t]+)?{_NAME_PHRASE}(?:[ \t]*,)?[ \t]+(?:(?:(?i:was)[ \t]+)?(?i:held)|(?i:was[ \t]+(?:called[ \t]+to[ \t]+order|convened)))\b"
    rf"|\b(?i:minutes)[ \t]+(?i:of)[ \t]+(?:(?i:the)[ \t]+)?{_NAME_PHRASE.replace('phrase', 'phrase2')}[ \t]+(?i:meeting)[ \t]+(?i:held)\b"
    # a news digest's title sentence: 'Houston Housing Authority Board of Commissioners met July 19.'
    rf"|^{_NAME_PHRASE.replace('phrase', 'phrase3')}[ \t]+met[ \t]+(?:on[ \t]+)?(?=(?:{_WEEKDAY}|{_MONTH_RE})\b)"
    # a board's minutes opening on the board that met: 'The Pine Township Board of Supervisors held their regular meeting',
    # 'The Board of Supervisors of the Elm Soil and Water Conservation District held its monthly meeting', 'The Board of
    # Supervisors of the County of Black Hawk, in the State of Iowa, met in regular adjourned meeting'
    rf"|^(?:The[ \t]+)?{_NAME_PHRASE.replace('phrase', 'phrase4')}(?:,[ \t]+in[ \t]+the[ \t]+State[ \t]+of[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?,)?"
    rf"[ \t]+(?:met[ \t]+in|held[ \t]+(?:its|their|a|the)[ \t]+(?:[a-z]+[ \t]+)?meeting)\b"
)
_MET_BODY_KIND_RE = re.compile(r"\b(?:Board|Panel|Committee)$")
_MET_AUTHORITY_REACH = 600  # the title sentence opens the text, after a page's furniture
# what may stand over that sentence on the line above: the paper's own title ('Fiscal Court Approved Minutes – June 18, 2020',
# 'MUNICIPAL COUNCIL') or a page number, not an item's heading ('MATTERS ARISING FROM THE PREVIOUS MEETING')
_OVER_THE_SENTENCE_RE = re.compile(
    r"(?i)\b(?:minutes|agenda|proceedings|council|court|board|commission|committee)\b|^\W*\d{1,4}\W*$"
    # the meeting's date alone, or after its place: 'September 24, 2019', 'MAY18, 2017', 'Waterloo, Iowa April 30, 2019'
    rf"|^\W*(?:[A-Z][a-z.]+,?[ \t]+){{0,3}}(?:(?:{_WEEKDAY}),?[ \t]+)?(?:{_MONTH_RE})[ \t]*\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+\d{{4}}\W*$"
)
_PLACE_KIND_END_RE = re.compile(
    r"\b(?:Town|City|Village|County|Borough|District|Township|Municipality|Region|Province|Shire)$"
)  # 'District of Elm Council': a place's kind
_OF_SPLIT_RE = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?(?=[A-Z])")


@functools.lru_cache(maxsize=1)
def _body_noun_at_end() -> re.Pattern:
    """A body's noun or its members' plural ending a phrase ('Board of Directors', 'Fiscal Court', 'Board of Supervisors'):
    where a body's name ends, for the two readers that part an authority from the body that met."""
    vocabulary = meeting_vocabulary()
    return re.compile(rf"\b(?:{vocabulary['body_nouns']}|{vocabulary['board_member_plurals']})$")


def _authority_after_body(phrase: str) -> str | None:
    """'Municipality of the County of Elm' of 'Municipal Council of the Municipality of the County of
    Elm', 'Elm Water District' of 'Board of Directors of the Elm Water District': the authority
    after the last 'of' that follows a body's noun (not 'County of Elm' after 'Municipality')."""
    found = None
    for split in _OF_SPLIT_RE.finditer(phrase):
        body, authority = phrase[: split.start()], phrase[split.end() :]
        if _body_noun_at_end().search(body) and not _PLACE_KIND_END_RE.search(body) and is_authority_name(authority):
            found = authority
    return found


def _opening_sentence_match(text: str) -> re.Match | None:
    """The opening sentence's 'meeting of X held' / 'X met' / 'X held its meeting', on the first line or under the paper's title."""
    lines = [line for line in without_page_chrome(text[:3000]).split("\n") if line.strip()][:2]
    m = _MET_AUTHORITY_RE.search(lines[0][:_MET_AUTHORITY_REACH]) if lines else None
    if not m and len(lines) > 1 and _OVER_THE_SENTENCE_RE.search(lines[0]):
        m = _MET_AUTHORITY_RE.search(lines[1][:_MET_AUTHORITY_REACH])
    return m


def board_that_met(text: str) -> str | None:
    """'Pine Township Board of Supervisors' of 'The Pine Township Board of Supervisors held their regular meeting': the
    board a board's minutes open on, with its authority's name still in it (meeting_body reads the body from it)."""
    m = _opening_sentence_match(text)
    return squash(m.group("phrase4")) if m and m.group("phrase4") else None


def met_authority_council(text: str) -> str | None:
    """The authority named in the opening sentence as the one that met ('Meeting of the Elmford
    Parish Commissioners held'), its body's words after it set aside ('Elm County Board of
    Supervisors' -> 'Elm County'), or the authority whose council met ('the Municipal Council of
    the Municipality of the County of Elm was held'). A name ending in 'Council' is read whole
    ('Elm County Council Cabinet' -> 'Elm County Council'); else the first kind of authority."""
    m = _opening_sentence_match(text)
    if not m:
        return None
    phrase = squash(m.group("phrase") or m.group("phrase2") or m.group("phrase3") or m.group("phrase4"))
    phrase = title_case(phrase) if phrase.isupper() else phrase
    whose = _authority_after_body(phrase)
    if whose:
        return whose
    kinds = meeting_vocabulary()["authority_kinds"]
    for ending in (r"\bCouncil\b", rf"\b(?:{kinds})\b"):
        for end in re.finditer(ending, phrase):
            name = phrase[: end.end()]
            # a name, not the bare 'Council' of 'meeting of Council held'; a board, panel or committee that met is the body, which
            # other readers tell from its council ('MINUTE of MEETING of the ELM LICENSING BOARD held')
            if len(name.split()) > 1 and not _MET_BODY_KIND_RE.search(name) and is_authority_name(name) and _ends_the_authority(name, phrase):
                return name
    return municipality_of_body(phrase, kinds="Village")  # 'A Regular Meeting of the Elm Creek Village Board of Trustees was convened ...'


_MEMBERS_OF_RE = re.compile(r"^[A-Z][a-z]+s[ \t]+of\b")  # 'Trustees of ...', 'Friends of ...': a group of people, not an authority


def _ends_the_authority(name: str, phrase: str) -> bool:
    """A kind of authority ends its name only at the phrase's end or before the body that met, whose name ends in a body's
    noun ('Elm County' of 'Elm County Board of Supervisors', 'Corbin County Fiscal Court'), never inside another thing's name
    ('Elm County' of 'Trustees of Elm County Museum', of 'Friends of Elm County Park'); a name ending in 'Council' is read whole."""
    if name.endswith("Council"):
        return True
    if _MEMBERS_OF_RE.match(name):
        return False
    rest = phrase[len(name) :].strip()
    return not rest or _body_noun_at_end().search(rest) is not None


def letterhead_council(text: str) -> str | None:
    """'Merton Council' (or a US 'Crete Township') alone on one of the first lines, or before a
    dash or bar that names the body ('Brackwater Council - Licensing Sub-Committee'): the authority
    heading its own papers."""
    lines = [_before_run_on_title(_before_body_dash(ln)) for ln in text[:1500].split("\n") if ln.strip()][:4]
    first_lines = "\n".join(lines)
    cased_lines = "\n".join(title_case(ln) if ln.isupper() else ln for ln in lines)  # 'ELMWOOD COUNTY' read as 'Elmwood County'
    place_authority = _vocab_re("letterhead_place_authority", r"^[ \t]*((?:[A-Z][\w'’.-]+[ \t]+){{1,3}}(?:{}))[ \t]*$", re.M)
    for regex, lines_read in ((LETTERHEAD_RE, first_lines), (place_authority, cased_lines)):
        for m in regex.finditer(lines_read):
            name = tidy_council(m.group(1))
            if is_authority_name(name):
                return name
    return None


_PAPER_TITLE_START_RE = re.compile(r"^[ \t]*(?:MINUTES|AGENDA|Minutes|Agenda)\b")


def letterhead_over_paper_title(text: str) -> str | None:
    """'MALLOWBANK COUNCIL' over 'AGENDA FOR SPECIAL MEETING OF COUNCIL' below a notice of meeting
    ('NOTICE OF SPECIAL MEETING', 'To: Mayor ...', the chief executive's signature): the council's
    letterhead opens the paper proper under the notice, directly above its title line. Only within
    the first 1,500 characters, only a letterhead line with the title on the next line."""
    lines = [ln for ln in text[:1500].split("\n") if ln.strip()]
    for line, following in zip(lines, lines[1:]):
        m = LETTERHEAD_RE.match(line)
        if m and _PAPER_TITLE_START_RE.match(following):
            name = tidy_council(m.group(1))
            if is_authority_name(name):
                return name
    return None


def municipal_body_letterhead(text: str) -> str | None:
    """'ELMWOOD CITY COMMISSION', 'Elmwood Village Board' heading the papers: the body of a North
    American municipality named after it, whose authority is the City (Village, Town) of Elmwood
    (models/patterns/meeting.json, letterhead_municipal_body). A 'Town Council' is left to the
    letterhead: in Britain it is the authority itself."""
    lines = [title_case(ln) if ln.isupper() else ln for ln in (ln.strip() for ln in text[:1500].split("\n")) if ln][:4]
    for line in lines:
        municipality = municipality_of_body(line) if len(line) <= 80 else None
        if municipality:
            return municipality
        selectboard = _SELECTBOARD_HEADING_RE.match(line) if len(line) <= 80 else None
        if selectboard and not _title_words(selectboard.group(1)):
            return f"Town of {selectboard.group(1).strip()}"
    return None


def municipality_of_body(name: str, kinds: str = "City|Village|Town") -> str | None:
    """'Elmwood Village Board of Trustees' -> 'Village of Elmwood': the body of a North American municipality named after
    it, as a heading or as the body that met (models/patterns/meeting.json, letterhead_municipal_body). In a sentence only
    a village's board is read so ('Dodge City Commission', 'Bay City Commission' name cities whose names end in 'City')."""
    m = _vocab_re("letterhead_municipal_body", rf"^((?:[A-Z][\w'’.-]+[ \t]+){{{{1,3}}}}?)({kinds})[ \t]+(?:{{}})$", 0).match(name)
    return f"{m.group(2)} of {m.group(1).strip()}" if m and not _title_words(m.group(1)) else None


# a New England town's selectboard heading its papers under the town's bare name ('EAST DUNMORE SELECTBOARD', 'Elmridge
# Board of Selectmen'): only a town has a selectboard, so the authority is the Town of East Dunmore
_SELECTBOARD_HEADING_RE = re.compile(r"^((?:[A-Z][\w'’.-]+[ \t]+){1,3}?)(?:Selectboard|Select[ \t]+Board|Board[ \t]+of[ \t]+Select(?:men|persons))$")


def _title_words(phrase: str) -> bool:
    """'The', 'Regular', 'Minutes': words of a title, not of a place's name."""
    words = set(meeting_vocabulary()["meeting_qualifiers"].split("|")) | {"the", "minutes", "agenda", "draft", "of", "and"}
    return any(word.lower() in words for word in phrase.split())


# the verb of a minutes' opening sentence right after the board it names: that board's meeting is the one recorded
_MET_AFTER_BOARD_RE = re.compile(
    r"[ \t](?:met|convened|assembled|held)\b"
)  # looked for across the match's end: the board pattern may take the verb as its last word


def board_authority(text: str) -> str | None:
    """The authority a US board heads its papers with: 'ELMWOOD COUNTY BOARD OF SUPERVISORS',
    'Board of Trustees of Elmwood Independent School District' (a county, a school district), or the county whose
    court the opening sentence names ('... a SPECIAL MEETING of the Honorable Commissioners’ Court of Elmwood County')."""
    lines = [ln for ln in text[:1500].split("\n") if ln.strip()][:8]
    for line in lines:
        m = _vocab_re("board_of_authority", flags=re.I).search(line[:160])
        if m and len(line) > 160 and not _MET_AFTER_BOARD_RE.search(line, m.end() - 10, m.end() + 12):
            m = None  # a long line is prose: only its opening sentence's board ('The Sheridan County Board of Commissioners met in ...')
        if m:
            name = tidy_council(m.group("council") or m.group("council2"))
            if is_authority_name(name):
                return name
    court = _vocab_re("county_court_of", flags=0).search(text, 0, 1500)
    county = tidy_council(court.group("council")) if court else None
    return county if county and is_authority_name(county) else None


_CAPITALISED_WORD_RE = re.compile(r"\b[A-Z][a-z]{2,20}\b")


def acronym_council(text: str) -> str | None:
    """'KCC' in papers that say 'Kent' again and again: Kent County Council, written out as a
    clerk would (corpus/gold/README.md). The place is the capitalised word with the acronym's
    initial that the text names most, at least 3 times and twice as often as any other."""
    expansions = meeting_vocabulary()["council_acronyms"]
    window = text[:20000]
    if _vocab_re("local_council_named").search(window):
        return None  # a town or parish council's papers: 'BCC' is the principal council, another authority
    pattern = r"\b([A-Z])(" + "|".join(sorted(expansions, key=len, reverse=True)) + r")\b"
    acronyms: dict[tuple[str, str], int] = {}
    for m in re.finditer(pattern, window):
        if not re.match(r"\s*\)", window[m.end() : m.end() + 3]):  # 'Integrated Care Board (IBC)': defined, not a council
            acronyms[(m.group(1), m.group(2))] = acronyms.get((m.group(1), m.group(2)), 0) + 1
    for initial, kind in sorted(acronyms, key=acronyms.get, reverse=True)[:3]:
        place = _dominant_word(window, initial)
        if place:
            return f"{place} {expansions[kind]}"
    return None


def _dominant_word(text: str, initial: str) -> str | None:
    """The capitalised word with that initial named at least 3 times and twice as often as any
    other, never numbered ('Item 2') or bracketed, and never written in lower case ('key',
    'kings'): a place, not a heading word. A word once numbered is out, but it still counts against
    the others: in a budget appendix where 'Kent' heads a numbered row and is named eleven times
    more, 'Key' ('Key Service Statement', three times) is not the place, and 'Kings' ('Kings Hill
    Solar Park') is not where 'Kent PFI Company' and KCC are."""
    counts: dict[str, int] = {}
    named: dict[str, int] = {}
    for m in _CAPITALISED_WORD_RE.finditer(text):
        word = m.group(0)
        if word[0] == initial:
            counts[word] = counts.get(word, 0) + (-1000 if re.match(r"\s*[\d(]", text[m.end() : m.end() + 2]) else 1)
            named[word] = named.get(word, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
    if not ranked or ranked[0][1] < 3 or any(times * 2 > ranked[0][1] for word, times in named.items() if word != ranked[0][0]):
        return None
    in_lower_case = re.search(rf"(?<![\w.@/-]){ranked[0][0].lower()}(?![\w@/-]|\.\w)", text)  # not 'kent.gov.uk'
    return None if in_lower_case else ranked[0][0]


_PLACE_TYPES = "City|Town|Village|Township|Borough"
_TYPE_OF_PLACE_RE = re.compile(rf"^(?:The\s+)?({_PLACE_TYPES}) of ((?:[A-Z][\w'’.-]+[ \t]?){{1,3}})$")
_PLACE_TYPE_RE = re.compile(rf"^((?:[A-Z][\w'’.-]+[ \t]){{1,3}}?)({_PLACE_TYPES})(?:[ \t]+Council)?$")


def _place_and_type(council: str) -> tuple[str, str] | None:
    """('Crete', 'Town') of 'Town of Crete'; ('Des Moines', 'City') of 'Des Moines City Council'."""
    m = _TYPE_OF_PLACE_RE.match(council)
    if m:
        return m.group(2).strip(), m.group(1)
    m = _PLACE_TYPE_RE.match(council)
    return (m.group(1).strip(), m.group(2)) if m else None


def most_named_form(council: str, text: str) -> str:
    """The form the papers name their authority by: a letterhead's 'Town of Crete' over a
    title and text that say 'Crete Township' again and again (the same place, another type);
    the letterhead's form stays unless another form is named at least twice as often."""
    found = _place_and_type(council)
    if not found:
        return council
    place, kind = found
    place_re = re.escape(place).replace(r"\ ", r"\s+")
    counts = {}
    for other in _PLACE_TYPES.split("|"):
        kind_word = f"(?-i:{other}|{other.upper()})"  # the authority's kind is capitalised: 'Fernhollow village' is the settlement
        pattern = rf"\b(?:{kind_word}\s+of\s+{place_re}|{place_re}\s+{kind_word})\b"
        counts[other] = len(re.findall(pattern, text[:20000], re.I))
    best = max(counts, key=counts.get)
    if best != kind and counts[best] >= 2 * max(1, counts[kind]):
        return f"{place} {best}" if best == "Township" else f"{best} of {place}"
    return council


def municipal_form(council: str, text: str) -> str:
    """'Des Moines City Council' -> 'City of Des Moines' in North America, where the city (town,
    village, township) is the authority and its council one of its bodies ('City Council'),
    unlike a British, Irish or Antipodean 'Nelson City Council', which is the authority itself."""
    m = _PLACE_TYPE_RE.match(council)
    if not m or not council.endswith("Council") or m.group(2) == "Borough":
        return council
    head = text[:3000]
    country = strong_country(None, council, head) or weak_country(council, head, text)
    if country and _vocab_re("municipal_countries", r"^(?:{})$").match(country):
        return f"{m.group(2)} of {m.group(1).strip()}"
    return council


def _capitalised(word: str) -> str:
    """'(alcohol' -> '(Alcohol': a word opening a bracket keeps its capital."""
    return word[:1] + word[1:].capitalize() if word[:1] in "(\"'‘“" else word.capitalize()


def title_case(text: str) -> str:
    small = {"and", "of", "the", "on", "upon", "in", "under"}
    words = [w if w.lower() in small and i else "-".join(_capitalised(p) for p in w.split("-")) for i, w in enumerate(text.lower().split())]
    return " ".join(words)


# what a report says its council did: met, decided, voted ('The Hurunui District Council has always opted to use ...', 'Mongu
# Municipal Council this morning held a Special Council meeting'), or the meeting it held ('at its meeting', "the council's meeting")
_REPORTED_ACTOR_RE = re.compile(
    r"(?:[ \t]{1,3}(?:has|have|had|also|always|then|unanimously|formally|finally|this[ \t]\w+|on[ \t]\w+|last[ \t]\w+|yesterday|today)){0,3}[ \t]{1,3}"
    r"(?:voted|votes|decided|approved|agreed|adopted|elected|met|meets|held|holds|resolved|passed|endorsed|opted|suspended|appointed|rejected|amended)\b"
    r"|(?:['’]s)?[ \t](?:[A-Z][a-z]+[ \t])?[Mm]eeting\b"
)
_MEETING_OF_BEFORE_RE = re.compile(r"\bmeeting[ \t]+of[ \t]+(?:the[ \t]+)?$", re.I)


def council_named_in_report(text: str) -> str | None:
    """The one council a news report or a newsletter names in its running text as meeting or deciding ('The Hurunui District
    Council has always opted to use the FPP system ...'), or None where it names none so or two different ones. For a page
    read as 'other' whose title names no council (find_council_in_text leaves names inside sentences to other authorities:
    'residents heard that Kent County Council will resurface Mill Lane' names no council of the page)."""
    names = set()
    for regex in (_COUNCIL_CAPS_RE, _COUNCIL_NAME_RE):
        for m in regex.finditer(text):
            if _REPORTED_ACTOR_RE.match(text, m.end(1)) or _MEETING_OF_BEFORE_RE.search(text, max(0, m.start(1) - 30), m.start(1)):
                names.add(re.sub(r"^The[ \t]+", "", tidy_council(m.group(1))))  # 'The Hurunui District Council has ...': the sentence's article
    names = {name for name in names if is_authority_name(name)}
    return names.pop() if len(names) == 1 else None
