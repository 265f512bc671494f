"""Document type: minutes, agenda, report, decision notice or other, as a clerk tells them apart."""

from __future__ import annotations

import re
from pathlib import Path

from .models import meeting_vocabulary
from .models import vocab_re as _vocab_re
from .page_chrome import without_page_chrome
from .vocabulary import MONTH_RE, MOVERS_AND_CARRIED, WEEKDAY, capitalised_markers, decision_verbs


_AGENDA_RE = re.compile(r"\bagenda\b", re.I)
# A first line that opens with 'Agenda' as the paper's title ('AGENDA', 'Agenda - Planning Committee - 14 March 2023'), not
# 'Agenda and minutes', 'Agenda, decisions and minutes' (ModernGov pages of minutes) nor 'Agenda item 5' (an item's page).
# nor a council website's 'Agenda Center' (the site's section above the paper)
_AGENDA_TITLE_RE = re.compile(r"^\W*agenda\b(?![ \t]*(?:item|and\b|,|&|cent(?:er|re)\b))", re.I)
_COLLECTOR_LINE_RE = re.compile(r"^(?:URL|COUNCIL|TITLE)\s*:")  # the collector's lines above the paper: not its title
_MINUTES_SIGNS = re.compile(
    r"^\s*Minutes:|^\s*Decisions?:|\bDecision:\s|\b(?:" + capitalised_markers(capitals_only=False) + r")\b|\b(?:" + decision_verbs("title") + r")\s*[:–-]|"
    r"\b[Ii]t was (?:unanimously )?(?:" + decision_verbs("lower") + r")\b|"
    r"\bcorrect record\b|^\s*(?:MEMBERS )?PRESENT\b|^Present\b|^Agenda item\s*$|^Meeting:\s*\d{1,2}/\d{1,2}/\d{4}|\b(?:Cabinet|Committee|Panel|Board|Council) (?:resolved|agreed|approved|noted)\b|"
    r"\bproposed by\b.*\bseconded\b|^MINUTES\b|\bcalled the (?:[\w-]+ ){0,3}?meeting to order\b|\bmeeting (?:was )?(?:called to order|adjourned|closed)\b|"
    r"^[ \t]*(?:The[ \t]+)?[Mm]eeting (?:was )?opened at\b|"
    + MOVERS_AND_CARRIED
    + r"|"  # 'Meeting opened at 8pm ...', '..., moved V Fisher, 2nd B Schaef, carried'
    r"\b[Mm]oved by\b|\b[Mm]otion by\b[^.\n]{0,40}\bsecond(?:ed)? by\b|\b[Ss]econded by\b|\bCARRIED\b|\b[Mm]otion (?:was )?(?:carried|passed|approved)\b|\bapologies (?:for absence )?(?:were |was )?received\b|"
    r"\bdeclared an? (?:\w+ )?interest\b|\bvoted to\b|\bwas called to order\b|^\s*ROLL CALL\s*:|^\s*(?:Members |Councillors |Officers )?[Ii]n [Aa]ttendance\b|\bmeeting closed at\b|"
    # a board's narrative record: 'Chair Gould called the Board of Selectmen to order', 'The Zoning Hearing Board met on Tuesday,
    # April 19, 2022 ... Present were ...'
    r"\bcalled (?:the )?[A-Z][\w&'’-]* (?:(?:[A-Z][\w&'’-]*|of|and|&) ){0,5}to order\b|\b(?:Board|Commission|Council|Committee|Trustees|Selectmen|Supervisors|Commissioners) (?:met|convened) (?:in (?:regular|special|an? \w+) (?:session|meeting) )?on (?:\w+day,? )?\w+ \d|\bPresent (?:were|was)\b",
    re.M,
)
_REPORT_SIGNS = re.compile(
    r"^\s*REPORT FOR\b|^\s*Report (?:of|by|to) (?:the )?[A-Z]|^\s*Recommendations?\s*:|\bPurpose of (?:the )?report\b|^\s*Executive Summary\b|"
    r"^\s*Key Decision\s*:|\bEquality (?:Impact )?Analysis\b|\bEqIA\b|^\s*(?:Summary|Background)\s*$|\bThe (?:Cabinet|Committee|Panel) is (?:asked|recommended) to\b",
    re.M | re.I,
)
# 'Kaiwhenua City Council' over 'AGENDA' over the body: the paper's title on a line of its own under the letterhead
# (with its gloss in another language after a bar or slash: 'AGENDA | RĀRANGI TAKE')
_AGENDA_LINE_RE = re.compile(r"^[ \t]*(?:AGENDA|Agenda)(?:[ \t]*[|/][ \t]*[^\W\d_][^\n|/]{0,40})?[ \t]*$", re.M)
_BODY_MINUTES_HEADER_RE = re.compile(  # a header line: the body's name, 'Minutes', then the date
    r"^[ \t]*(?-i:[A-Z])[\w&,'’ -]{2,80}?\b(?:Committee|Council|Board|Commission|Panel|Cabinet|Meeting|Session)[ \t]+Minutes[ \t]*(?:[-–—|,][ \t]*)?"
    rf"(?:{WEEKDAY},?[ \t]+)?(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]{{2,8}}|[A-Z][a-z]{{2,8}}\.?[ \t]+\d{{1,2}})\b",
    re.I | re.M,
)
_DASHED_MINUTES_TITLE_RE = re.compile(  # a title line that ends in the paper's kind after a dash or bar
    r"^(?![ \t]*\d)(?![^\n]*\b(?:previous|last)\b)[^\n]{3,100}?[ \t][-–—|][ \t]+(?:(?:draft|confirmed|approved|unconfirmed)[ \t]+)?minutes[ \t.]*$",
    re.I | re.M,
)
# a title line 'Minutes of the Scheduled Council Meeting' under the letterhead, among the opening lines: the paper says what it
# is ('Minutes of the previous meeting', or any minutes under an 'AGENDA' title, is an agenda's item, not a title)
_MINUTES_OF_TITLE_LINE_RE = re.compile(
    r"^\W*minutes[ \t]+of[ \t]+(?!(?:the[ \t]+|an?[ \t]+)?(?:previous|last|prior)\b)[^\n]{0,60}?\b(?:meeting|session)\b", re.I | re.M
)
# the mirror of _BODY_MINUTES_HEADER_RE on the first line: the meeting's name, 'Agenda' (a summons's 'Notice & Agenda' too), then
# the date ('COUNCIL MEETING NOTICE & AGENDA 17 April 2018', 'Planning Committee Agenda - 5 March 2024'): a paper that says what it is.
# The date's month by name, so 'Finance Committee Agenda Item 7' (a minutes page's header) is no agenda's title
_BODY_AGENDA_HEADER_RE = re.compile(
    r"^[ \t]*(?-i:[A-Z])[\w&,'’ -]{2,80}?\b(?:Committee|Council|Board|Commission|Panel|Cabinet|Meeting|Session)(?:[ \t]+Notice[ \t]*(?:&|and))?[ \t]+Agenda[ \t]*(?:[-–—|,][ \t]*)?"
    rf"(?:{WEEKDAY},?[ \t]+)?(?-i:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+" + MONTH_RE + r"|" + MONTH_RE + r"\.?[ \t]+\d{1,2})\b",
    re.I,
)
_MINUTES_LINE_RE = re.compile(r"^\W*minutes\b", re.I | re.M)  # a page whose tabs read 'Agenda' and 'Minutes' carries its minutes
# not an agenda's numbered item ('... BOARD MEETING 26th April 2017 AGENDA – OPEN SESSION 1. Welcome 2. Minutes for Adoption'): the business
# to come, run on into the title's line, is no title
_TITLE_MINUTES_WORD_RE = re.compile(r"(?<!\d\.\s)(?<!\d\)\s)\bminutes\b(?!\s+of\s+(?:the\s+)?(?:previous|last)\b)", re.I)


# 'BE IT REMEMBERED, that on this 20th day of August A.D., 2019, there was begun and held a SPECIAL MEETING of the Honorable
# Commissioners' Court of ...': the formula a US county court's clerk opens the record of its proceedings with
_REMEMBERED_RECORD_RE = re.compile(r"^\W*be it remembered\b[^\n]{0,300}?\b(?:begun and held|held|convened|met)\b", re.I | re.M)


def _name_words(path: str, url: str | None) -> set[str]:
    """Words of the file name and of the page address (its path, not the host)."""
    words = set(re.split(r"[^a-z]+", Path(path).name.lower()))
    if url:
        address = re.sub(r"^[a-z]+://[^/]+", "", url.lower())
        words |= set(re.split(r"[^a-z]+", address))
    return words


def classify_document(text: str, path: str = "", url: str | None = None, title: str | None = None) -> str:
    """minutes, report, agenda, decision_notice or other, from the names and the opening text.

    The file name, the page's address or its title line decides when it says so plainly;
    otherwise decision markers (RESOLVED, "Minutes:", an attendance list, motions moved and
    carried) are weighed against report signs (recommendations, "Report of ...").
    """
    words = _name_words(path, url)
    site = _vocab_re("document_site_prefix").match(text, 0, 400)
    if site:  # 'HomeMy WebLinkAbout1980-12-15-AC-min': the portal's trail ends in the file's name
        words |= set(re.split(r"[^a-z]+", site.group(0).lower()))
    text = without_page_chrome(text)  # 'Skip to content', a menu, a breadcrumb: the title is below them
    head = text[:6000]
    opening = "\n".join(opening_lines(head))  # the paper's first lines, read for its title and, last, for a meeting told as held
    first_lines = opening[:400]
    titled_minutes = bool(
        re.search(r"\bmeeting minutes\b|^\W*(?:draft |confirmed |approved )?minutes\b(?! of (?:the )?(?:previous|last)\b)", first_lines, re.I)
        or _MINUTES_OF_TITLE_LINE_RE.search(first_lines)
        and not _AGENDA_RE.search(first_lines)  # 'Kinnabar Shire Council' over 'Minutes of the Scheduled Council Meeting
        or _BODY_MINUTES_HEADER_RE.search(first_lines)  # 'Planning Delegated Committee Minutes    9 February 2026'
        or _DASHED_MINUTES_TITLE_RE.search(first_lines)  # 'Ordinary Council Meeting - 22 October 2025 - Minutes', 'Strategic Planning Committee – Minutes'
        or re.search(r"^\W*action minutes\b", first_lines + "\n" + "\n".join(head.split("\n")[:8]), re.I | re.M)
        or re.search(r"^\W*minute of (?:the )?(?:\w+ )?meeting\b", first_lines, re.I | re.M)  # a Scottish council's 'MINUTE of MEETING of ... held'
        or re.search(r"\b(?:journal|record) of (?:the )?proceedings\b|^\W*(?:official )?proceedings\b", first_lines, re.I | re.M)  # a US county board's minutes
        or _vocab_re("notes_titles", flags=re.I | re.M).search(first_lines)  # 'Notes of the meeting held on ...': a working group's minutes
        or _item_minutes_page(head)  # a ModernGov agenda item's page: 'Agenda item' ... 'Minutes:' ('Decision Maker: Cabinet' too)
        or _REMEMBERED_RECORD_RE.search(head, 0, 1500)  # a Texas commissioners court's record, whatever notice it copies below
    )
    address = re.sub(r"^[a-z]+://[^/]+", "", (url or "").lower())
    if (
        (_vocab_re("decision_notice", flags=re.I | re.M).search(text[:1500]) and not titled_minutes)
        or (_decision_notice_title(head) and not titled_minutes)
        or (_disclaims_minutes(head) and not titled_minutes and _DECISIONS_WORD_RE.search(first_lines))
        or "prod" in words
        or _vocab_re("decision_notice_addresses").search(address)
    ):
        return "decision_notice"
    if not titled_minutes and _ACTION_REGISTER_TITLE_RE.search(first_lines):
        return "other"  # 'COUNCIL MEETING - ACTION ITEM REGISTER': a tracker of tasks across meetings, no meeting's record
    first_line_words = set(re.split(r"[^a-z]+", first_lines.split("\n")[0][:120].lower()))
    if words & {"minutes", "minute", "min"} or "minute" in address or first_line_words & {"minutes", "min"}:
        return "minutes"
    if not titled_minutes and (
        _MEETING_WRITE_UP_TITLE_RE.search(first_lines) or _MEETING_TOLD_AFTER_RE.search(" ".join(opening_lines(head, 2))) or _HEADLINE_RE.search(first_lines)
    ):
        return "other"  # 'Report of the Parish Council Meeting 8th July 2024', 'The Council met on Wednesday.': a write-up of one meeting
    if words & {"agenda", "frontsheet", "agendas"}:
        return "agenda"
    if words & {"report", "appendix", "eqia", "dpia", "annex", "strategy", "plan", "policy"}:
        return "report"
    if not titled_minutes and all(re.search(rf"^\s*{label}\s*:", head[:1500], re.M | re.I) for label in ("(?:Report )?To", "Subject")):
        return "report"  # a report's memo front page: 'From: ... To: Cabinet ... Subject: ...', 'REPORT TO: ... SUBJECT: ...'
    if not titled_minutes and (
        _AGENDA_TITLE_RE.match(first_lines)
        or _BODY_AGENDA_HEADER_RE.match(first_lines)
        or _AGENDA_LINE_RE.search(first_lines)
        and not _MINUTES_LINE_RE.search(head[:1500])
    ):
        return "decision_notice" if _records_outcomes(head) else "agenda"  # 'Agenda – Committee of the Whole – 2023-03-14': a paper that says what it is
    minutes_score = len(_MINUTES_SIGNS.findall(head)) + len(_vocab_re("minutes_signs_past").findall(head))  # 'No declarations of interest were made'
    report_score = len(_REPORT_SIGNS.findall(head))
    if (
        titled_minutes
        or _TITLE_MINUTES_WORD_RE.search(first_lines)
        or (title and _TITLE_MINUTES_WORD_RE.search(title))
        or _minutes_title_below_letterhead(head)
    ):
        return "minutes" if minutes_score or not report_score else "report"
    if _summons_over_agenda(head):
        return (
            "agenda"  # a notice calling the meeting over its agenda: its officers' recommendations ('be confirmed as a true and correct record') are no minutes
        )
    if minutes_score and minutes_score >= report_score:
        return "minutes"
    if report_score:
        return "report"
    if _MEETING_HELD_OPENING_RE.search(opening[:600]) and not _MEETING_TO_COME_RE.search(opening[:600]):
        return "other"  # 'The meeting was held on Thursday 27th ...' over the agenda it followed: a write-up of the meeting held
    if (
        _AGENDA_RE.search(head[:600])
        or _vocab_re("summons_sentence").search(head[:1500])
        or _vocab_re("agenda_headings", flags=re.I | re.M).search(head[:1500])
    ):
        return "decision_notice" if _records_outcomes(head) else "agenda"
    return "other"


# a line of the opening tells this meeting in the past ('The meeting was held on Thursday 27th and Friday 28th April, 2023 at the
# Municipal Assembly Hall', 'On 17th September, 2021 the Finance and Administration Sub-committee held a meeting at ...': Ghanaian
# assemblies' write-ups that list the agenda they followed); only a line that opens so, 'The meeting' itself, never an earlier or
# another one ('The last Parish Council meeting was held on 3 March', 'A public meeting was held ...')
_MEETING_HELD_OPENING_RE = re.compile(
    r"^[ \t]*(?:The[ \t]+meeting[ \t]+(?:was|were)[ \t]+(?:duly[ \t]+)?(?:held|convened)\b"
    r"|On[ \t][^.\n]{3,40}?(?:[A-Z][\w&'’-]*[ \t]+){1,6}held[ \t]+(?:a|its|their)[ \t]+(?:[\w'’-]+[ \t]+){0,2}?meeting[ \t]+(?:at|in|on)\b)",
    re.M,
)
# an opening that announces a meeting to come: an agenda, whatever it says of one held
_MEETING_TO_COME_RE = re.compile(r"\b(?:to be held|will be held)\b|^\W*agenda[ \t]+for\b", re.I | re.M)


def is_summoned_agenda_of_reports(text: str) -> bool:
    """An agenda pack calling its meeting above officer reports (_summons_over_agenda, with report signs): its
    reports' recommendations are proposals to that meeting, so like a report's they are no decisions and no
    tasks of it (extraction.extraction_scope)."""
    head = without_page_chrome(text)[:6000]
    return bool(_REPORT_SIGNS.search(head)) and _summons_over_agenda(head)


def _summons_over_agenda(head: str) -> bool:
    """A notice calling the meeting ('You are summoned to attend a meeting of the CABINET to be held ...',
    'NOTICE is hereby given that an Ordinary Meeting of the ... District Council will be held') above its
    business headed 'AGENDA' or 'ORDER PAPER' on a line of its own: the paper is the agenda of the meeting
    it calls, whatever officer reports it carries (models/patterns/meeting.json, summons_sentence, agenda_headings)."""
    opening = head[:3000]
    return bool(
        _vocab_re("summons_sentence").search(head[:1500])
        and (_AGENDA_LINE_RE.search(opening) or _vocab_re("agenda_headings", flags=re.I | re.M).search(opening))
    )


# a committee system's page for one agenda item ('Agenda item' / 'Award of contract - Grounds Maintenance' / 'Meeting: 14/01/2026 -
# Cabinet (Item 86)' / 'Decision Maker: Cabinet' / ... / 'Minutes:'): the item's minutes, its 'Decision Maker:' field notwithstanding
_AGENDA_ITEM_LINE_RE = re.compile(r"^[ \t]*Agenda item[ \t]*$", re.I)
_MINUTES_LABEL_RE = re.compile(r"^[ \t]*Minutes[ \t]*:", re.M)


def _item_minutes_page(head: str) -> bool:
    """An agenda item's page (the line 'Agenda item' among its first lines) that records the item under a 'Minutes:' label."""
    first = [line for line in head[:1500].split("\n") if line.strip()][:6]
    return any(_AGENDA_ITEM_LINE_RE.match(line) for line in first) and bool(_MINUTES_LABEL_RE.search(head[:4000]))


# a summary of decisions published before the minutes says so: 'This summary is published the day after the meeting. It is not the
# official minutes; the confirmed minutes will be available after the next Scheduled Council Meeting.'
_NOT_MINUTES_RE = re.compile(
    r"\b(?:is|are)[ \t]+not[ \t]+(?:the[ \t]+|an?[ \t]+)?(?:(?:official|formal|confirmed|full)[ \t]+)?minutes\b"
    r"|\bdoes[ \t]+not[ \t]+form[ \t]+part[ \t]+of[ \t]+the[ \t]+(?:(?:official|formal)[ \t]+)?minutes\b",
    re.I,
)
_DECISIONS_WORD_RE = re.compile(r"\bdecisions?\b", re.I)


def _disclaims_minutes(head: str) -> bool:
    """The paper says near its top that it is not the minutes: with 'decisions' in its title, it is a decision notice."""
    return bool(_NOT_MINUTES_RE.search(head[:1500]))


# a write-up of one meeting for the village magazine or newsletter, titled as a report of that meeting ('Report for Village
# Magazine – 8th July 2024' / 'Report of the Parish Council Meeting 8th July 2024'): what the meeting decided, told in prose,
# not a report put to a meeting ('Report of the Director of Finance', 'Report to Cabinet') nor on meeting a target ('Report on
# the Council's progress in meeting its climate targets'); a council's or a paper's wrap of it ('Council Meeting Wrap Up –
# October 2023', 'Council wrap - 15 December', 'Highlights from City Council chambers', 'Council clips - Sept 18, 2015')
_MEETING_WRITE_UP_TITLE_RE = re.compile(
    r"^\W*report[ \t]+(?:of|on|from)[ \t]+(?:the[ \t]+)?(?:[a-z]+[ \t]+)?(?:parish|town|community|village|district|city|county|council|board|committee)"
    r"(?:[ \t]+(?:council|board|committee))?[ \t]+meeting\b(?![ \t]+(?:its|the|their|our|a|an|rooms?|spaces?|places?|halls?|venues?)\b)"
    r"|^\W*report[ \t]+for[ \t]+(?:the[ \t]+)?(?:(?:village|parish|community|town)[ \t]+)?(?:magazine|newsletter|news)\b"
    r"|^\W*(?:[\w'’-]+[ \t]+){0,3}?(?:council|board|meeting)[ \t]+(?:meeting[ \t]+)?(?:wrap(?:[ \t-]*up)?|highlights|clips|round-?up)\b"
    r"|^\W*(?:[\w'’-]+[ \t]+){0,3}?(?:wrap(?:[ \t-]*up)?|highlights|round-?up)[ \t]+(?:from|of)[ \t]+(?:the[ \t]+)?[^\n]{0,40}?\b(?:council|board|meeting)\b",
    re.I | re.M,
)
# a newspaper's headline over its report: the body, then what it did in the present tense, no full stop ('Portmore Council
# votes for extension to consult residents', 'Town government report: Board approves 9 resolutions', 'Witless Bay council
# plays catch up'); minutes and agendas name themselves
_HEADLINE_RE = re.compile(
    r"^(?![^\n]*\b(?i:minutes|agenda)\b)[^\n]{0,100}\b(?:Council|council|COUNCIL|Board|board|BOARD|Commission|Councillors|councillors|"
    r"Assembly|Trustees|Supervisors|Selectmen|Commissioners|Cabinet|Committee|committee)[ \t]+(?:(?:also|again|finally)[ \t]+)?"
    r"(?:votes|approves|agrees|plays|suspends|rejects|backs|seeks|adopts|passes|elects|names|hires|opts|sets|defers|extends|awards|"
    r"endorses|debates|grants|refuses|appoints|VOTES|APPROVES|SUSPENDS|REJECTS|ADOPTS|PASSES|ELECTS)\b[^\n.]*$",
    re.M,
)
# a newspaper's (or a newsletter's) account of a meeting, dated by the day it appeared: its opening lines say the meeting,
# council or board 'was held yesterday', 'met on Wednesday.' (no date after the weekday), 'held a special meeting last
# Friday' ('The ordinary meeting of the above Board was held yesterday morning', 'The Council met on Wednesday. Present— Crs
# ...': colonial newspapers' reports of road boards and county councils; 'was held on the 6th inst.', 'met on Friday last',
# 'was held to-day', 'on Tuesday night': the same papers' days, 'hold' their scans' reading of 'held'; 'Prior to the start of
# the recent meeting of Manorbier Community Council, ...': a local paper's); minutes date their meeting, and a clerk meeting
# the contractor last week further down is no account of this meeting
_NO_DATE_AFTER = rf"(?![ \t]*(?:,[ \t]*)?(?:the[ \t]+)?(?:\d|{MONTH_RE}))"  # 'on Tuesday evening, 5th March 2024': the minutes' own date
_MEETING_TOLD_AFTER_RE = re.compile(
    r"\b(?:meeting|council|board|committee|commission|trustees)\b[^.\n]{0,60}?\b(?:met|held|(?<!will )(?<!to )(?<!shall )hold|took[ \t]+place)\b[^.\n]{0,40}?"
    rf"\b(?:yesterday|(?:to-?day|this[ \t]+(?:morning|afternoon|evening)|on[ \t]+{WEEKDAY}[ \t]+(?:morning|afternoon|evening|night))\b{_NO_DATE_AFTER}"
    rf"|last[ \t]+(?:night|evening|week|{WEEKDAY})|{WEEKDAY}[ \t]+last|on[ \t]+{WEEKDAY}(?=[ \t]*[.;])|the[ \t]+\d{{1,2}}(?:st|nd|rd|th)?[ \t]+inst)\b"
    r"|\b(?:at|of|during)[ \t]+the[ \t]+(?:most[ \t]+)?recent[ \t]+(?:[\w'’-]+[ \t]+){0,3}?meeting\b",  # 'At the recent annual meeting it was ...'
    re.I,
)
# a title line naming a register of actions alone ('COUNCIL MEETING - ACTION ITEM REGISTER', 'Action Log', 'Outstanding Actions
# Tracker'), or with the meeting it was brought up to after a spaced dash ('ACTION LOG — following Board meeting of 8 January
# 2026'): the tasks of many meetings and their status; a sheet of one meeting's decisions and actions is a decision notice
_ACTION_REGISTER_TITLE_RE = re.compile(
    r"^[^\n]{0,80}?(?<![\w&])(?<!& )(?<!and )(?<!decisions )(?<!decision )actions?[ \t]+(?:items?[ \t]+)?(?:register|log|tracker)"
    r"(?:[ \t]+[-–—:|][ \t]+[^\n]{0,80}?\bmeeting\b[^\n]{0,40})?[ \t]*$",
    re.I | re.M,
)


def opening_lines(text: str, count: int = 3) -> list[str]:
    """The paper's first non-blank lines, the collector's lines above it left out."""
    return [ln for ln in text[:6000].split("\n") if ln.strip() and not _COLLECTOR_LINE_RE.match(ln)][:count]


def is_action_register(text: str) -> bool:
    """A register of actions by its title in the first three lines ('COUNCIL MEETING - ACTION ITEM REGISTER')."""
    return bool(_ACTION_REGISTER_TITLE_RE.search("\n".join(opening_lines(text))[:400]))


_TITLE_LINES = 5  # a letterhead, a site's name, the body, then the paper's title


def _decision_notice_title(head: str) -> bool:
    """'DETERMINATIONS AND STATEMENT OF REASONS' (an Australian planning panel), 'REGISTER OF DECISIONS TAKEN
    BY CABINET' (a Welsh council): a paper titled as the record of what was decided, in its opening lines
    only; lower down the same words head a section of minutes ('REGISTER OF DECISIONS' after a reconvened
    meeting's title). Not a 'Summary of Decisions': one that records resolutions as minutes do is minutes
    (tests/test_meeting_dates_unseen.py). models/patterns/meeting.json, decision_notice_titles."""
    opening = "\n".join([line for line in head.split("\n") if line.strip()][:_TITLE_LINES])
    return bool(
        _vocab_re("decision_notice_titles", flags=re.I | re.M).search(opening) or _vocab_re("decision_digest_titles", flags=re.I | re.M).search(opening)
    )


_MINUTES_OF_START_RE = re.compile(
    r"\W*minutes\s+of\s+(?:the\s+|an?\s+)?(?:\w+\s+)?meeting\b", re.I
)  # a title sentence runs long: '... held in ... on ... at ...'


def _minutes_title_below_letterhead(head: str) -> bool:
    """A title line 'REGULAR CITY COUNCIL MEETING MINUTES' under a letterhead that lists the
    council's members and officers: within the first lines, before any agenda item, and in
    papers that do not call themselves an agenda."""
    lines = [line.strip() for line in head.split("\n") if line.strip()][:15]
    if any(_AGENDA_RE.search(line) for line in lines):
        return False
    for line in lines:
        if _vocab_re("item_line_start").match(line):
            return False
        if (len(line) <= 80 or len(line) <= 200 and _MINUTES_OF_START_RE.match(line)) and _vocab_re("minutes_title_line").search(line):
            return True
    return False


def _records_outcomes(head: str) -> bool:
    """An agenda whose items each end in their outcome on a line of its own ('GRANTED', 'No
    Violation', 'Deferred ...'): a board's record of what it decided (a licensing board's
    'Voting Agenda'), not a notice of business to come."""
    found = _vocab_re("outcome_lines", flags=re.M).findall(head)
    return len(found) >= int(meeting_vocabulary()["outcome_lines_min"])
