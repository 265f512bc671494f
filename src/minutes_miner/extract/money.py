"""Money: the currency a sign, a word or the council's own country means, and the amounts councils write.

ANNOTATION.md gives money its ISO 4217 code: "£" is GBP, "€" EUR, "81p" 0.81 GBP, and a bare
"$" the council's own dollar (USD, CAD, AUD or NZD) as its country shows: the saved page's URL
domain, the COUNCIL line's locator ("(Ontario)"), a region or council name. A South African
council's "R 3 480 000" is ZAR, its 'R' read only where the rand is the home currency (an Irish
"R445" is a road). The vocabulary is
data in models/gazetteers/currencies.json; the money nouns that make "77m" money in
models/patterns/statistics.json.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..dates import figure_date_orders, writes_month_first
from ..countries import country_by_cues, cue_counts, gazetteer, multiword_region_country, strong_country, weak_country
from .literal_prefilter import fold, may_match
from ..numbers import MULTIPLIERS, apply_multiplier, parse_digits, parse_number_words
from ..vocabulary import MONTH_NAME_RE

# "$1.700,000": a point typed for the first thousands comma is still a thousands separator (numbers.parse_digits)
NUM = r"\d{1,3}\.\d{3}(?:,\d{3})+(?![.,]?\d)|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


# the rand's sign, read only where the home currency is the rand (statistics.py has grouped its thousands with commas first);
# 'million' may wrap onto the next printed line ('R212,5\nmillion'), an abbreviation never does (as for the other signs)
_RAND_RE = re.compile(rf"(?<![\w.,/-])R[ \t]?(?P<num>{NUM})(?:\s?(?P<mult>billion|million|(?<!\n)(?:bn|mn|m|k))\b)?(?![\w/-])")
# "regarding the R614 bridge", "the R102 road": a South African regional route, 'the' before an 'R' glued to two or three digits
# and a road's word after it ('a R500 road levy' is money)
_THE_BEFORE_RE = re.compile(r"\bthe[ \t]{1,2}$", re.I)
_ROAD_WORD_AFTER_RE = re.compile(
    r"[ \t]{1,2}(?:road|route|bridge|intersection|junction|interchange|turn-?off|off-ramp|on-ramp|highway|freeway|corridor|overpass)\b", re.I
)


def _regional_route(text: str, m: re.Match) -> bool:
    """'regarding the R614 bridge': an 'R' glued to two or three digits between 'the' and a road's word is a route."""
    return bool(
        re.fullmatch(r"R\d{2,3}", m.group(0)) and _THE_BEFORE_RE.search(text, max(0, m.start() - 6), m.start()) and _ROAD_WORD_AFTER_RE.match(text, m.end())
    )


@dataclass(frozen=True)
class Currencies:
    """What an unmarked amount means in one document: `home` for '12m savings', `dollar` for '$'."""

    home: str = "GBP"
    dollar: str = "USD"

    def of(self, marker: str) -> str:
        """The ISO code of a sign or word ('£', 'CA$', 'dollars', 'EUR'); 'other' when unknown."""
        gaz = gazetteer()
        code = gaz["signs"].get(marker) or gaz["words"].get(marker.lower()) or (marker.upper() if marker.upper() in gaz["codes"] else None)
        if code == "$":
            return self.dollar
        return code or "other"


MONEY_UNITS = frozenset(["GBP", "EUR", "USD", "CAD", "AUD", "NZD", "ZAR"])


def is_money(unit: str) -> bool:
    return unit in MONEY_UNITS


class Claimed:
    """Which characters already belong to a number or an exclusion (a byte mask: fast to test)."""

    def __init__(self, length: int) -> None:
        self.mask = bytearray(length + 1)

    def add(self, a: int, b: int) -> None:
        a, b = max(0, a), min(len(self.mask) - 1, b)
        if b > a:
            self.mask[a:b] = b"\x01" * (b - a)

    def free(self, a: int, b: int) -> bool:
        return self.mask.find(1, max(0, a), max(a, b)) == -1


_DOLLAR_WORD_RE = re.compile(r"\bdollars?\b", re.I)


def _sign_currency(text: str) -> str | None:
    """The currency the text's own signs point to, when one kind dominates ('£' 12 times, '$' never)."""
    # "2.3 million dollars" says '$' as plainly as the sign does
    counts = {"GBP": text.count("£"), "EUR": text.count("€"), "$": text.count("$") + len(_DOLLAR_WORD_RE.findall(text))}
    best = max(counts, key=counts.get)
    return best if counts[best] else None


def document_currencies(url: str | None, council: str | None, text: str) -> Currencies:
    """The home currency and the dollar of one document (see the module docstring)."""
    gaz = gazetteer()
    council = council or ""
    head = text[:3000]
    country = strong_country(url, council, head)
    if country is None:
        signs = _sign_currency(text[:200_000])
        weak = weak_country(council, head, text)
        weak_currency = gaz["countries"][weak]["currency"] if weak else None
        if signs in {"GBP", "EUR"}:
            return Currencies(home=signs, dollar=weak_currency if weak_currency in gaz["dollar_codes"] else "USD")
        if signs == "$":
            dollar = weak_currency if weak_currency in gaz["dollar_codes"] else _dollar_in_head(head, text, gaz) or _dollar_by_words(text, gaz) or "USD"
            return Currencies(home=dollar, dollar=dollar)
        # 'Tuesday, July 19, 2022' twice or more: a North American page, whose amounts with no sign are its dollars
        home = weak_currency or (_dollar_by_words(text, gaz) or "USD" if writes_month_first(text) else gaz["default"])
        return Currencies(home=home, dollar=weak_currency if weak_currency in gaz["dollar_codes"] else home if home in gaz["dollar_codes"] else "USD")
    home = gaz["countries"][country]["currency"]
    return Currencies(home=home, dollar=home if home in gaz["dollar_codes"] else "USD")


def _dollar_in_head(head: str, text: str, gaz: dict) -> str | None:
    """A document that prices in dollars but whose council's name holds a region of a country
    without them ('Regional Municipality of Durham', Durham being an English county too): the
    locator in its head (', Ontario'), its postcodes or its cues name the dollar's country."""
    country = weak_country("", head, text)
    currency = gaz["countries"][country]["currency"] if country else None
    return currency if currency in gaz["dollar_codes"] else None


@lru_cache(maxsize=1)
def _spelling_patterns() -> dict[str, re.Pattern]:
    return {
        kind: re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?![\w'’-])")
        for kind, words in gazetteer()["spellings"].items()
        if not kind.startswith("_")
    }


def _spelling_counts(text: str) -> dict[str, int]:
    """How many different Commonwealth and American spellings the first pages use."""
    window = text[:20_000]
    return {kind: len(set(p.findall(window))) for kind, p in _spelling_patterns().items()}


def writes_commonwealth_english(text: str) -> bool:
    """Two or more different Commonwealth spellings ('Councillor', 'centre', 'licence'), and more
    than American ones ('Councilor', 'center'): the page is not from the United States."""
    counts = _spelling_counts(text)
    return counts["commonwealth"] >= 2 and counts["commonwealth"] > counts["american"]


def _dollar_by_words(text: str, gaz: dict) -> str | None:
    """The dollar of a page that prices in '$' (or names no currency at all but dates North American style) and names no
    place in its head: the country whose own words it uses.
    Commonwealth spelling rules the US dollar out, and then a state or province named in full ('the Northern
    Territory Government') or one cue of one country decides ('By-law' in a page that writes 'Councillor' is
    Canadian); otherwise two cues must agree (a US page naming 'the City of New Brunswick' stays American)."""
    dollar_countries = frozenset(c for c, spec in gaz["countries"].items() if spec["currency"] in gaz["dollar_codes"])
    if writes_commonwealth_english(text):
        country = (
            multiword_region_country(text, dollar_countries - {"US"})  # '... the Northern Territory Government constructing infrastructure ...'
            or country_by_cues(text, dollar_countries - {"US"}, least=1)
            or _canada_by_dates(text)
        )
    else:
        country = country_by_cues(text, dollar_countries)
    country = country or _canada_by_dates_and_tax(text) or _canada_by_one_of_each(text) or _antipodean_country(text)
    return gaz["countries"][country]["currency"] if country else None


def _antipodean_by_dates(window: str, counts: dict[str, int]) -> str | None:
    """'Thursday 29th November 2018', 'on 2nd November': a '$' page with no word of the United States' or Canada's councils
    (the caller's check, on `counts`) that dates day first, twice or more, is Australian or New Zealand (North America
    dates 'November 29, 2018', and '04/27/17' in figures where it writes a day past twelve); New Zealand where its own
    words outnumber Australia's, else Australia, much the larger."""
    numeric_day_first, numeric_month_first = figure_date_orders(window)
    day_first = len(_DAY_FIRST_DATED_RE.findall(window)) + numeric_day_first
    if day_first < 2 or day_first <= len(_MONTH_FIRST_RE.findall(window)) + numeric_month_first:
        return None
    return "NZ" if counts.get("NZ", 0) > counts.get("AU", 0) else "AU"


def _canada_by_dates(text: str) -> str | None:
    """A page in Commonwealth spelling that dates 'January 1, 2026' the North American way is
    Canadian: Australian and New Zealand councils date '1 January 2026'."""
    window = text[:20_000]
    return "CA" if len(_MONTH_FIRST_RE.findall(window)) > len(_DAY_FIRST_RE.findall(window)) else None


_MONTH = MONTH_NAME_RE
_MONTH_FIRST_RE = re.compile(rf"\b{_MONTH}[ \t]{{1,2}}\d{{1,2}},[ \t]{{0,2}}(?:19|20)\d{{2}}\b")
_DAY_FIRST_RE = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?[ \t]{{1,2}}{_MONTH}[ \t,]{{1,3}}(?:19|20)\d{{2}}\b")
# '29th November 2018', '2nd November', '14 March 2025': a day before its month, with its ordinal or its year
_DAY_FIRST_DATED_RE = re.compile(rf"\b\d{{1,2}}(?:(?:st|nd|rd|th)[ \t]{{1,2}}{_MONTH}\b|[ \t]{{1,2}}{_MONTH}[ \t,]{{1,3}}(?:19|20)\d{{2}}\b)")
_SALES_TAX_RE = re.compile(r"(?<![\w-])(?:GST|HST|PST)(?![\w-])")
# a word of te reo Māori written with its macrons ('Ruatā', 'Ōnui', 'Kōura'); Hawaiian, which has macrons too, writes its ʻokina
_MACRON_WORD_RE = re.compile(r"\b[A-Za-z]*[āēīōūĀĒĪŌŪ][a-zāēīōū]*\b")


def _canada_by_dates_and_tax(text: str) -> str | None:
    """'February 12, 2025' is how North America dates a page, 'GST' or 'HST' a tax the United
    States does not levy: together they are Canada's (Australia and New Zealand date '12 February')."""
    window = text[:20_000]
    if not _SALES_TAX_RE.search(window):
        return None
    return "CA" if len(_MONTH_FIRST_RE.findall(window)) > len(_DAY_FIRST_RE.findall(window)) else None


def _canada_by_one_of_each(text: str) -> str | None:
    """A page with one sign of each kind, all Canadian: one Commonwealth spelling and no American one ('Councillors'), one
    word of Canada's councils ('Regrets', 'CAO', 'By-law', 'Manitoba') and none of the United States', and the North American
    month-first date ('March 5, 2013'). Any one alone is not enough: a Massachusetts city writes 'Councillor', a US page
    names 'Ontario'."""
    spellings = _spelling_counts(text)
    if spellings["commonwealth"] < 1 or spellings["american"]:
        return None
    counts = cue_counts(text)
    if counts.get("US") or not counts.get("CA"):
        return None
    return _canada_by_dates(text)


def _antipodean_country(text: str) -> str | None:
    """Two different words that only Australian and New Zealand councils write ('Cr', 'Crs', 'excl
    GST') and none of the United States' or Canada's rule the US dollar out even where they do not
    tell the two countries apart: a Māori word written with its macrons tells New Zealand, else
    Australia, much the larger of the two, is the likelier. Fewer such words: its dates may tell
    (_antipodean_by_dates), with the same counts."""
    counts = cue_counts(text)
    if counts.get("US") or counts.get("CA"):
        return None
    window = text[:20_000]
    au = counts.get("AU", 0)
    nz = counts.get("NZ", 0) + (1 if "ʻ" not in window and _MACRON_WORD_RE.search(window) else 0)
    if nz > au and nz >= 2:
        return "NZ"
    return "AU" if au >= 2 else _antipodean_by_dates(window, counts)


# --- amounts -------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _sign_re() -> re.Pattern:
    gaz = gazetteer()
    signs = "|".join(re.escape(s) for s in sorted(gaz["signs"], key=len, reverse=True))
    codes = "|".join(gaz["codes"])
    words = "|".join(sorted(gaz["words"], key=len, reverse=True))
    return re.compile(
        rf"(?P<cur>{signs}|\b(?:{codes})(?![A-Za-z]))\s{{0,3}}(?P<num>{NUM})"  # "EUR 300", "EUR1.2m"
        # a multiplier abbreviation never starts the next line ("£301.92\nK&M Lighting": a payee's name); "$3.5-million" (North American press style);
        # "$2.5b" (Australian and New Zealand press style) only glued to its figure
        r"(?:\s?(?P<mult>billion|million|thousand|(?<!\n)(?:bn|mn|mil|m|k)(?![&'’])|(?<=\d)b)\b|(?P<glued>bn|mn|mil|m|k)(?![a-z]{0,2}\b)|-(?P<hyphened>billion|million)\b)?"
        rf"|(?<![\w.,])(?P<num2>{NUM})\s?(?P<mult2>bn|billion|million|thousand|mn|m|k)?\s?(?P<cur2>{words}|\b(?:{codes})\b)\b",
        re.I,
    )


@lru_cache(maxsize=1)
def _bracketed_sign_re() -> re.Pattern:
    signs = "|".join(re.escape(s) for s in sorted(gazetteer()["signs"], key=len, reverse=True))
    return re.compile(rf"(?P<cur>{signs})\([ \t]?(?P<num>{NUM})[ \t]?\)")


# "removing 11,400 pounds of sediment", "500 pounds of food", "2,000 pounds of salt": 'pounds of' a material is its weight;
# a sum in pounds is written 'pounds' alone or with its sign ('2,000 pounds', '£2,000 of funding')
_MATERIAL_AFTER_POUNDS_RE = re.compile(r"[ \t]{1,2}of[ \t]{1,2}(?!(?:the|a|an|which|it|this|that|those|these|his|her|their|our|its)\b)[a-z]{3,}")


def _pounds_of_a_material(text: str, m: re.Match) -> bool:
    """A figure read as money by the word 'pounds' after it that is the weight of a material named after 'of'."""
    word = m.group("cur2")
    return bool(word) and word.lower() in {"pounds", "pound"} and bool(_MATERIAL_AFTER_POUNDS_RE.match(text, m.end()))


_PENCE_RE = re.compile(r"(?<![\w.,£$€])(?P<num>\d{1,3}(?:\.\d{1,2})?)(?:p|\s?pence)\b(?!\.?\s?m\b)", re.I)
_CENTS_RE = re.compile(r"(?<![\w.,£$€])(?P<num>\d{1,3}(?:\.\d{1,2})?)(?:\s?cents?\b|¢)", re.I)
_SIGNLESS_RE = re.compile(rf"(?<![\w.,£$€/-])(?P<num>{NUM})\s?(?P<mult>bn|billion|million|mn|m|k)\b", re.I)
_LEADER_AMOUNT_RE = re.compile(r"(?:[.…]{3,40}|…)[ \t]{0,3}(?P<num>\d{1,3}(?:,\d{3})*\.\d{2}|\d{1,7}\.\d{2})(?![\d.,%])")
_COMMA_DECIMAL_RE = re.compile(r"(?<![\w.,£$€/-])(?P<num>\d{1,3}(?:,\d{3})+\.\d{2})(?![\d%]|[.,]\d)")


@lru_cache(maxsize=1)
def _word_money_re() -> re.Pattern:
    """'two thousand pounds', 'Seven Hundred Fifty Dollars': number words before a currency word. Not a multiplier after
    a figure, on its line or wrapped to the next ('around 1.2' ending a line, 'billion pounds a year' opening the next, is
    1.2 billion pounds, read by _sign_re)."""
    from ..numbers import number_words

    word = "|".join(sorted((w for w in number_words() if w != "zero"), key=len, reverse=True))
    currency_words = "|".join(sorted(gazetteer()["words"], key=len, reverse=True))
    return re.compile(
        rf"(?<![\d.,][ \t])(?<![\d.,]\n)\b(?P<w>(?:a|{word})(?:[ \t-]{{1,3}}(?:and[ \t]{{1,3}})?(?:{word})){{0,6}})[ \t]{{1,3}}(?P<cur>{currency_words})\b",
        re.I,
    )


_PER_BEFORE_RE = re.compile(r"\bper[ \t]{1,2}$", re.I)
# a rate struck on property, so much 'in the £1' (or 'on the $1') of its value: the pound or dollar is the rate's unit, no sum
_IN_THE_POUND_RE = re.compile(
    r"\b(?i:in|on)[ \t](?i:the|tbe|thu|tho)[ \t][£$]1(?!\d|[,.]\d|[ \t]*(?i:m|bn|k|million|billion|thousand|grant|scheme|fund|budget)\b)"
)


_CENT_AFTER_A_WORD_RE = re.compile(r"(?<![Pp]er)(?<!PER)[ \t-]cents?\b", re.I)


@lru_cache(maxsize=1)
def _word_cents_re() -> re.Pattern:
    """'a one-cent change', 'a two cent increase', 'five cents a litre': cents counted in words (under
    a hundred), the home dollar's coin. Not the idiom 'my two cents' worth'."""
    from ..numbers import number_words

    small = "|".join(sorted((w for w, v in number_words().items() if 0 < v < 100), key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?P<w>(?:{small})(?:-(?:{small}))?)[ \t-]cents?\b(?![ \t]?(?:'|’)?[ \t]?worth)", re.I)


# a pre-decimal sum, pounds then shillings and perhaps pence ('£3 15s', 'J. Master, £1 3s 2d', 'subsidy of £587 6s 9d'; a
# newspaper's OCR sets its pound sign as 'L': 'James Blair, L 9 11s'): the historic reports of boards in Britain, Ireland,
# Australia and New Zealand (whose colonial pound annotators code GBP, as the real sets' gold does); 'L' counts only with
# its shillings after it
_POUNDS_SHILLINGS_RE = re.compile(
    r"(?:£[ \t]?|(?<![\w'’])L[ \t]?)(?P<l>\d{1,3}(?:,\d{3})*|\d+)[ \t]+(?P<s>\d{1,2})[ \t]?s\.?(?:[ \t]+(?P<d>\d{1,2})[ \t]?d\.?)?(?![\w])"
)
_SHILLINGS_IN_A_POUND = 20
_PENCE_IN_A_SHILLING = 12
_PENCE_IN_A_POUND = _SHILLINGS_IN_A_POUND * _PENCE_IN_A_SHILLING


def pounds_shillings_pence(m: re.Match) -> float | None:
    """The sum of '£179 6s 2d' in decimal pounds (179.308); None where the shillings or pence are out of range."""
    pounds, shillings, pence = parse_digits(m.group("l")), int(m.group("s")), int(m.group("d") or 0)
    if pounds is None or shillings >= _SHILLINGS_IN_A_POUND or pence >= _PENCE_IN_A_SHILLING:
        return None
    return round(pounds + shillings / _SHILLINGS_IN_A_POUND + pence / _PENCE_IN_A_POUND, 4)


# a payee and its amount joined by a dash in a run-on list of bills ('St of NE Dept. of Revenue-317.05;  J. Barnes-1187.42;
# Windstream-332.99; Cass Co. RWD#2-2587.50', a Nebraska village board): dollars and cents after the dash, the entry closed by
# its separator; a name's letter before the dash (or a numbered '#2'), never a figure ('Mon 9-12.30': opening hours)
_PAYEE_DASH_AMOUNT_RE = re.compile(
    r"(?:(?<=[A-Za-z.)&])|(?<=#\d)|(?<=#\d\d))[ \t]?[-–][ \t]?(?P<num>\d{1,3}(?:,\d{3})+\.\d{2}|\d{1,7}\.\d{2})(?=[ \t]*(?:[;,]|\.(?!\d)|$))", re.M
)
_PAYEE_LIST_LEAST = 3  # entries on one line that make it a list of bills, not a date range or a reference with a dash


def _payee_list_amounts(text: str) -> list[re.Match]:
    """The amounts of the lines that list three bills or more as '<payee>-<amount>' (linear: one pass, grouped by line)."""
    by_line: dict[int, list[re.Match]] = {}
    for m in _PAYEE_DASH_AMOUNT_RE.finditer(text):
        by_line.setdefault(text.rfind("\n", 0, m.start()), []).append(m)
    return [m for found in by_line.values() if len(found) >= _PAYEE_LIST_LEAST for m in found]


# an amount whose figures a scanner misread as letters ('contribute £4O towards the bridges', 'the bridges had cost £6OO',
# 'forwarding £IOO for investment', 'asked Mr Whitter to contribute £SO', old newspapers' OCR): O or o for 0, I or l for 1,
# mixed with figures and their separators ('£6OO,000', '£4O.50'), or an I or S (5) leading a run of Os; at least one O among
# them; a letter right after is another word ('£SOS', '$Solo')
_OCR_AMOUNT_RE = re.compile(r"(?P<cur>[£$])(?P<num>(?=[\dOoIlS,.]{0,8}[Oo])(?:\d[\dOoIl,.]{0,9}[\dOoIl]|[IlS][Oo]{1,6}))(?![\w£$])")
_OCR_DIGITS = str.maketrans("OoIlS", "00115")


@dataclass
class Amount:
    start: int
    end: int
    value: float
    unit: str


def find_money(text: str, currencies: Currencies, claimed: Claimed, rules: dict, folded: str | None = None) -> list[Amount]:
    """Every amount of money in `text` not already claimed, claiming each one found.

    `rules` are the statistics rules (stat_vocabulary.statistics_rules): money_after / money_before
    (the nouns and phrases that make a signless '77m' money), other_units_re (a measure that
    follows a number), the payment headings. `folded` is literal_prefilter.fold(text) when the
    caller has it already.
    """
    found: list[Amount] = []

    def keep(start: int, end: int, value: float | None, unit: str) -> None:
        if value is not None and claimed.free(start, end):
            found.append(Amount(start, end, value, unit))
            claimed.add(start, end)

    if currencies.home == "ZAR":
        for m in _RAND_RE.finditer(text):  # "R 3 480 000", "R4.5m", "R 412,7 million": a South African council's own sign
            if _regional_route(text, m):
                continue  # "the R614 bridge": a road's number
            value = parse_digits(m.group("num"))
            keep(m.start(), m.end(), apply_multiplier(value, m.group("mult")) if value is not None else None, "ZAR")
    word_money = _word_money_re()
    for m in word_money.finditer(text) if may_match(word_money, fold(text) if folded is None else folded) else ():  # most texts name no currency in words
        keep(m.start(), m.end(), parse_number_words(m.group("w")), currencies.of(m.group("cur")))
    for m in _POUNDS_SHILLINGS_RE.finditer(text):  # "£3 15s", "£1 3s 2d", "L 179 6s 2d": a pre-decimal sum, in pounds
        keep(m.start(), m.end(), pounds_shillings_pence(m), "GBP")
    for m in _OCR_AMOUNT_RE.finditer(text) if "£" in text or "$" in text else ():  # "£4O", "£6OO", "£IOO": a scanned newspaper's 0s and 1s
        keep(m.start(), m.end(), parse_digits(m.group("num").translate(_OCR_DIGITS)), currencies.of(m.group("cur")))
    for m in _bracketed_sign_re().finditer(text):  # "$(450)", "£(1,250.00)": an accountant's negative, sign outside the brackets
        keep(m.start(), m.end(), parse_digits(m.group("num")), currencies.of(m.group("cur")))
    for m in _sign_re().finditer(text):
        if _PER_BEFORE_RE.search(text, max(0, m.start() - 6), m.start()) or _IN_THE_POUND_RE.match(text, max(0, m.start() - 7), m.end()):
            claimed.add(m.start(), m.end())  # "$0.6843 per $100 of assessed valuation", "a rate of a halfpenny in the £1": a rate's denominator
            continue
        if _pounds_of_a_material(text, m):
            continue  # "removing 11,400 pounds of sediment": a weight (models/patterns/statistics.json other_units 'pounds of')
        value = parse_digits(m.group("num") or m.group("num2"))
        if value is not None:
            value = apply_multiplier(value, m.group("glued") or m.group("mult") or m.group("hyphened") or m.group("mult2"))
        keep(m.start(), m.end(), value, currencies.of(m.group("cur") or m.group("cur2")))
    for m in _PENCE_RE.finditer(text):
        value = parse_digits(m.group("num"))
        keep(m.start(), m.end(), round(value / 100, 4) if value else None, "GBP")
    for m in _payee_list_amounts(text):  # 'The following bills were approved for payment; J. Barnes-1187.42; Windstream-332.99; ...'
        keep(m.start("num"), m.end("num"), parse_digits(m.group("num")), currencies.home)
    cents_unit = currencies.home if currencies.home != "GBP" else currencies.dollar
    for m in _CENTS_RE.finditer(text):
        value = parse_digits(m.group("num"))
        keep(m.start(), m.end(), round(value / 100, 4) if value else None, cents_unit)
    if _CENT_AFTER_A_WORD_RE.search(text):  # most pages write 'per cent' only: no scan for number words then
        for m in _word_cents_re().finditer(text):
            if not re.search(r"\b(?:per|my|his|her|their|our)[ \t]$", text[max(0, m.start() - 6) : m.start()], re.I):
                value = parse_number_words(m.group("w"))
                keep(m.start(), m.end(), round(value / 100, 4) if value else None, cents_unit)
    for m in _SIGNLESS_RE.finditer(text):
        if _money_context(text, m.start(), m.end(), rules):
            value = parse_digits(m.group("num"))
            keep(m.start(), m.end(), apply_multiplier(value, m.group("mult")) if value else None, currencies.home)
    for m in _LEADER_AMOUNT_RE.finditer(text):  # "SALC for training ………… 9.00"
        value = parse_digits(m.group("num"))
        keep(m.start("num"), m.end("num"), value or None, currencies.home)
    for m in _COMMA_DECIMAL_RE.finditer(text):  # "Water Fund 4,671.81": pounds and pence, dollars and cents
        if not rules["other_units_re"].match(text, m.end()):
            keep(m.start(), m.end(), parse_digits(m.group("num")), currencies.home)
    for m in _BARE_DECIMAL_RE.finditer(text):  # "a payment of 45.00 to the Clerk", "totalling 1234.50"
        if rules["decimal_money_before_re"].search(text, max(0, m.start() - 40), m.start()) and not rules["other_units_re"].match(text, m.end()):
            keep(m.start(), m.end(), parse_digits(m.group("num")), currencies.home)
    for a, b, strict in payment_zones(text, rules):
        for m in _PAYMENT_AMOUNT_RE.finditer(text, a, b):  # "487.50 97.5 585.00" under "Net VAT Gross"
            if re.match(r"[\d,/%A-Za-z-]|\.\d", text[m.end() : m.end() + 2]) or re.search(r"[\w.,/-]$", text[max(0, m.start() - 1) : m.start()]):
                continue  # part of a longer number, a date, a time ('7.30pm') or a reference
            if strict and not _listed_amount(text, m, rules):
                continue
            value = parse_digits(m.group(0))
            if value and (_alone_on_its_line(text, m) or not re.search(r"(?:^|\n)[ \t]*$|\bat\s*$", text[max(0, m.start() - 12) : m.start()])):
                keep(m.start(), m.end(), value, currencies.home)
            claimed.add(m.start(), m.end())  # a line's first number there is its reference, not an amount
    return found


_BARE_DECIMAL_RE = re.compile(r"(?<![\w.,£$€/-])(?P<num>\d{1,7}\.\d{2})(?![\d%A-Za-z]|[.,/]\d)")
_SECTION_BEFORE_RE = re.compile(r"[.!?][ \t]{1,3}$|(?:^|\n)[ \t]*$")


def _listed_amount(text: str, m: re.Match, rules: dict) -> bool:
    """Under a heading such as 'Payments to be approved:' only pounds and pence ('456.23') are
    amounts, and not a paragraph number ('paragraph 8.12', '... noted. 8.12 The Clerk') or a measure."""
    if not re.fullmatch(r"[\d,]+\.\d{2}", m.group(0)):
        return False
    before = text[max(0, m.start() - 30) : m.start()]
    word = re.search(r"([A-Za-z][A-Za-z.]*)[ \t]{1,3}$", before)
    if word and word.group(1).lower().rstrip(".") in rules["not_before_set"]:
        return False
    if _SECTION_BEFORE_RE.search(before) and re.match(r"[ \t]{1,3}[A-Z][a-z]", text[m.end() : m.end() + 4]):
        return False
    if rules["time_before_re"].search(before) and re.fullmatch(r"(?:[01]?\d|2[0-3])\.[0-5]\d", m.group(0)):
        return False  # "The meeting closed 21.15": a time of day
    return not rules["other_units_re"].match(text, m.end())


def _alone_on_its_line(text: str, m: re.Match) -> bool:
    """'\n22814.21 \n': a table cell of pounds and pence that a PDF's text layer put on a line of its
    own (three figures before the point at least: never a paragraph number such as '8.12')."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    line = text[line_start : len(text) if line_end == -1 else line_end]
    return line.strip() == m.group(0) and bool(re.fullmatch(r"(?:\d{3,}|\d{1,3}(?:,\d{3})+)\.\d{2}", m.group(0)))


def _money_context(text: str, start: int, end: int, rules: dict) -> bool:
    """'77m savings', '77m in reserves', 'a budget of 2.5 million', 'the overspend is 2.1m': a money
    noun after (or after 'of'/'in'), a money phrase before, or a money noun and a linking verb
    before; never a length ('the gap is 2m wide')."""
    after = re.match(r"\s{0,3}(?:(?:of|in)\s{1,3})?([A-Za-z]+)", text[end : end + 30])
    if _DIMENSION_AFTER_RE.match(text, end):
        return False
    if after and after.group(1).lower() in rules["money_after_set"]:
        return True
    window = text[max(0, start - 40) : start]
    return bool(rules["money_before_re"].search(window) or rules["money_noun_link_re"].search(window))


_DIMENSION_AFTER_RE = re.compile(r"\s{0,2}(?:long|wide|high|deep|tall|in (?:length|width|height|depth)|x\s?\d|×)", re.I)


_PAYMENT_HEADER_RE = re.compile(r"\b(?:Payee|Cheque No|Chq\.? No|Net\s+VAT\s+Gross|Net\s+VAT|VAT\s+Gross)\b")
_PAYMENT_AMOUNT_RE = re.compile(r"(?<![\d,])(?:\d{1,3}(?:,\d{3})*\.\d{1,2}|\d+\.\d{1,2})")
# "Motion ... to approve claims as presented.\nGENERAL FUND: Ashby Sentinel, pub, 318.40; ...": a motion approving the claims,
# bills or warrants opens the list of them that follows, its amounts written without a sign (a US county's or township's style)
_PAYMENTS_APPROVED_RE = re.compile(
    r"\b(?:approve|approved|approving|approval[ \t]{1,2}of|pay|paid)[ \t]{1,2}(?:the[ \t]{1,2}|all[ \t]{1,2})?(?:claims|bills|warrants|disbursements|vouchers)\b",
    re.I,
)
# a column header naming its currency by a sign of its own: "Payee Detail Total £s VAT", "Amount (£)", "€"
_SIGN_COLUMN_RE = re.compile(r"(?m)^[^\n£€$]{0,80}(?<![\w£€$])\(?[£€$]s?\)?(?![\w£€$.,])[^\n£€$\d]{0,60}$")


def payment_zones(text: str, rules: dict) -> list[tuple[int, int, bool]]:
    """A payments list flattened into text ('Payee Cheque No Net VAT Gross ... 487.50 97.5 585.00'):
    the header's paragraph and the next one (its total), where bare decimals are money. A zone
    opened by a heading line, a currency column ('Payments to be approved:', 'Total £s') or a
    motion to pay the bills or approve the claims (_PAYMENTS_APPROVED_RE, in prose too) is
    strict: only pounds and pence count there (see _listed_amount)."""
    zones = []
    starts = [(m.start(), m.end(), False) for m in _PAYMENT_HEADER_RE.finditer(text)]
    starts += [(m.start(), m.end(), True) for m in rules["payment_heading_re"].finditer(text)]
    starts += [(m.start(), m.end(), True) for m in _SIGN_COLUMN_RE.finditer(text)]
    starts += [(m.start(), m.end(), True) for m in _PAYMENTS_APPROVED_RE.finditer(text)]
    for start, end, strict in sorted(starts):
        for _ in range(2):
            nxt = text.find("\n\n", end + 2)
            end = len(text) if nxt == -1 else nxt
        end = min(end, start + 3000)
        if zones and zones[-1][2] == strict and start <= zones[-1][1]:
            zones[-1] = (zones[-1][0], max(end, zones[-1][1]), strict)  # a '$' cell on every line: one zone, read once
        else:
            zones.append((start, end, strict))
    return zones


def half_a_million(text: str, claimed: Claimed) -> list[Amount]:
    """'half a million nationally': a count of a fraction of a multiplier."""
    found = []
    for m in re.finditer(r"\b(?:half a|a quarter of a|quarter of a)\s+(million|billion)\b", text, re.I):
        if claimed.free(m.start(), m.end()):
            fraction = 0.5 if m.group(0).lower().startswith("half") else 0.25
            found.append(Amount(m.start(), m.end(), fraction * MULTIPLIERS[m.group(1).lower()], "count"))
            claimed.add(m.start(), m.end())
    return found
