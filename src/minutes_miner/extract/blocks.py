"""Where a passage of minutes ends: sentences, clause lists and section labels.

Council minutes break text three ways at once - punctuation, line layout (PDF lines,
ModernGov blank lines) and list labels "(a)", "1)", "(iii)", "-". Resolutions, actions and
comments all need the same answer to "how far does this run?", so it lives here once.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from ..sentences import CLAUSE_LABEL_RE  # noqa: F401 (imported from here by the finders)
from ..sentences import SENTENCE_END_RE as _SENTENCE_END_RE
from ..sentences import is_abbreviation as _is_abbreviation
from ..text_utils import iter_lines, split_lines, trim_span
from ..vocabulary import entry_verbs

# Lines that open the next part of an item, after which a decision cannot run on.
# A label line that ends a decision's wording (ModernGov 'Minutes:', 'Supporting documents:', 'Reason for decision', a decision
# notice's 'Reason' alone on its line above the reason's paragraph);
# never a line opening in lower case, which carries on a wrapped sentence ('... moved, seconded by Commissioner
# Brandvold, to approve the' / 'minutes of the July 21, 2026 regular meeting.')
STOP_LINE_RE = re.compile(
    r"^[ \t]*(?-i:(?![a-z]))(?:Minutes|Supporting documents|Reasons? for (?:the )?(?:decisions?|recommendations?)|Reasons? for [^\n:.]{1,60}(?=:)|Alternative options?(?: considered)?(?: and rejected)?|"
    r"Other options considered|Details of any alternative options|Conflicts? of interest|Dispensations? granted|Background papers|Report author|"
    r"Publication date|Date of decision|Effective from|Decision Maker|Decision status|Wards? affected|Lead officer|Declarations? of interest|"
    r"Reason for urgency|Record of the Decision|Reason:|Reasons?(?=[ \t]*$)|Note:|Attachments|Links to|Documents?:|Contact officer|Call-in|Is Key decision|"
    r"\(?Item \d+[a-z]?\)?$|Agenda item$|URL:|COUNCIL:)\b",
    re.I,
)


# the heading of the next part of the minutes: 'Item 9.1.2 Rates', '8. Car Park Review', '14/25 PLANNING', a line in capitals
_NEXT_PART_RE = re.compile(
    r"(?:(?:Agenda[ \t]+)?(?:Item|ITEM)[ \t]+\d|(?:[A-Z]{1,6}[ \t/]?)?\d{1,4}(?:[./]\d{1,4})*[.):]?[ \t]+[A-Z][^\n.;]{2,80}$|(?!THAT\b|BE IT\b|WHEREAS\b|NOW\b)(?=[^a-z]*$)[^\n]*[A-Z]{3}[^\n]*(?<![.;:,])$)"
)
# a line in capitals that records the decision's outcome or vote, not a heading: 'CARRIED 6/0', 'MOTION CARRIED', 'FOR: 5'
_OUTCOME_CAPS_RE = re.compile(
    r"[ \t(]*(?:THE[ \t]+)?(?:MOTION[ \t]+|RESOLUTION[ \t]+)?(?:CARRIED|LOST|DEFEATED|AGREED|APPROVED|ADOPTED|RESOLVED|PASSED|FAILED|UNANIMOUS|NOTED|RECEIVED|"
    r"FOR\b|AGAINST\b|ABSTAIN|MOVED|SECONDED|YEAS?\b|NAYS?\b|AYES?\b|NOES\b|DECLARED)"
)


def opens_next_part(line: str) -> bool:
    """A line after a blank line that heads the next item or section ('ROAD AND BRIDGE', 'RESOLUTION NO. 25-08',
    'Item 9.1.2 Rates debtors report', '8. Car Park Review'), not the decision's outcome line ('CARRIED 6/0')."""
    if _OUTCOME_CAPS_RE.match(line) is not None or _MOTION_WORDS_RE.search(line) is not None:
        return False  # 'OCM 2509/104 Moved: Cr Ames Seconded: Cr Boyd': the motion's own reference line
    return _NEXT_PART_RE.match(line) is not None


_MOTION_WORDS_RE = re.compile(r"\b(?:Moved|MOVED|Seconded|SECONDED|Carried|CARRIED|Resolved|RESOLVED)\b")

_BLANK_LINE_RE = re.compile(r"\n[ \t]*\n[ \t\n]*")


def crosses_next_part(text: str, start: int, end: int) -> bool:
    """Whether a blank line between start and end is followed by the heading of the next item or section:
    what a decision's wording is looked for in never lies beyond it ('... Moved: Cr A Seconded: Cr B Received. CARRIED'
    / blank / 'Item 9.2.1 Purchase of grader' / 'Officer Recommendation' / 'That Council accept ...')."""
    for blank in _BLANK_LINE_RE.finditer(text, start, end):
        line_end = text.find("\n", blank.end())
        if opens_next_part(text[blank.end() : line_end if line_end != -1 else len(text)].strip()):
            return True
    return False


@dataclass
class Passage:
    start: int
    end: int
    clauses: list[tuple[int, int]]


def is_stop_line(line: str) -> bool:
    return bool(STOP_LINE_RE.match(line))


# No clerk writes a longer sentence (characters); without this bound a text with no full stop
# or blank line would be read to its end from every marker in it.
_MAX_SENTENCE = 4000


def sentence_end(text: str, pos: int, limit: int) -> int:
    """End of the sentence starting at `pos`: punctuation, a blank line, a list label or a stop line.

    The search stops at the last line break within _MAX_SENTENCE characters: a list of clauses
    that each end in ';' and each carry their own marker, with no full stop for 100 KB, would
    otherwise be read to its end once per marker (time growing with the square of its length)."""
    if limit - pos > _MAX_SENTENCE:
        line_break = text.rfind("\n", pos, pos + _MAX_SENTENCE)
        limit = line_break if line_break > pos else pos + _MAX_SENTENCE
    for m in _SENTENCE_END_RE.finditer(text, pos, limit):
        if m.group(0)[0] == "." and _is_abbreviation(text, m.start()):
            continue
        if m.group(0)[0] == "\n" and _wrapped_across_blank(text, m.start(), m.end()):
            continue
        end = m.start() + 1 if m.group(0)[0] in ".!?" else m.start()
        return _stop_at_line_break(text, pos, end)
    return _stop_at_line_break(text, pos, limit)


_WRAP_MIN = 60  # a line this long that stops mid-sentence was wrapped by the page, not ended by the writer
_HEADING_MAX = 30  # a line this short standing alone with no stop is a heading, whatever its case
# the next line carries on in running words, which may open on a proper name of up to three words
# ('a member of Transport' / blank / 'Infrastructure Ireland to our District to view ...')
_WRAPPED_ON_RE = re.compile(r"[ \t]*[A-Za-z][a-z'’]*(?:[ \t]+[A-Z][a-z'’]+){0,2}[ \t,]+[a-z(]")


def _wrapped_across_blank(text: str, blank_start: int, blank_end: int) -> bool:
    """'the Council agreed that the Playground' / blank / 'Committee will be regarded as ...': text
    converted from PDF with every line double-spaced puts a blank line inside a sentence. A long
    line that ends on a lower-case letter or a comma, followed by a line that carries on in
    running words, is one sentence; a heading, a list label or a short line still ends at the blank."""
    line_start = text.rfind("\n", 0, blank_start) + 1
    line = text[line_start:blank_start].rstrip(" \t\u00a0")
    if len(line) < _WRAP_MIN or not (line[-1:].islower() or line.endswith(",")):
        return False
    next_end = text.find("\n", blank_end)
    next_line = text[blank_end : len(text) if next_end == -1 else next_end].strip()
    if len(next_line) < _HEADING_MAX and not next_line.endswith((".", ";", ":", "!", "?")):
        return False  # '... in regard to Darryl and Kirsty's address' / blank / 'Previous minutes': the next item's heading
    return _WRAPPED_ON_RE.match(text, blank_end) is not None and CLAUSE_LABEL_RE.match(text, blank_end) is None


# "Calc Subscription notice - resolved to pay £102.48": a parish list entry, one per line
_LABEL_DASH_ENTRY_RE = re.compile(r"^[ \t]*[A-Z][\w&'’., ]{2,45}?\s[-–]\s+\S")


_AMOUNT_LINE_END_RE = re.compile(r"[£$€]\s?[\d,]+(?:\.\d\d)?\s*$")


# a line longer than any a printed page holds: a web page's paragraph (or a page's run of paragraphs a crawler flattened),
# whose line break ends it, not the page's margin, unless the line carries on into the next ('...; and' / 'BE IT FURTHER RESOLVED ...')
_PARAGRAPH_LINE = 200
_CARRIES_ON_RE = re.compile(r"(?:[,;:–—-]|\b(?:and|or|but|nor|to|of|the|a|an|with|for|on|in|by|from|at|as|that|AND|OR))[ \t]*$")


def _stop_at_line_break(text: str, pos: int, end: int) -> int:
    """Cut a sentence short where a following line starts a list item or a new section, or where a paragraph line ends
    with no stop and the next line opens on a capital or a figure ('... were unanimously confirmed as being a True Record'
    / 'Environment/Planning Panel Meeting held on 18.06.12 ...')."""
    nl = text.find("\n", pos, end)
    line_start = text.rfind("\n", 0, pos) + 1
    while nl != -1:
        line_end = text.find("\n", nl + 1, end)
        full_end = text.find("\n", nl + 1)
        line = text[nl + 1 : full_end if full_end != -1 else len(text)]
        if CLAUSE_LABEL_RE.match(line) or is_stop_line(line) or _LABEL_DASH_ENTRY_RE.match(line):
            return trim_span(text, pos, nl)[1]
        if _AMOUNT_LINE_END_RE.search(text, max(pos, nl - 20), nl) and line[:1].isupper():
            return trim_span(text, pos, nl)[1]  # "... resolved to pay £102.48" then the next entry
        if nl - line_start >= _PARAGRAPH_LINE and (line[:1].isupper() or line[:1].isdigit()) and not _CARRIES_ON_RE.search(text, nl - 8, nl):
            return trim_span(text, pos, nl)[1]
        line_start = nl + 1
        nl = line_end
    return end


def gather_clauses(text: str, pos: int, limit: int) -> tuple[int, list[tuple[int, int]]]:
    """Read the labelled clauses that follow `pos`; return the end and each clause span.

    A clause runs over wrapped lines until the next label; the list ends at a stop line,
    or at an unlabelled paragraph after a blank line or after a clause that closed with
    a full stop.
    """
    clauses: list[tuple[int, int]] = []
    end = pos
    blank = False
    for line in iter_lines(text, pos, limit):
        stripped = line.text.strip()
        if not stripped:
            blank = True
            continue
        if is_stop_line(stripped):
            break
        if CLAUSE_LABEL_RE.match(line.text):
            clauses.append((line.start, line.end))
            end = line.end
            blank = False
            continue
        if not clauses:
            break
        if _subheading_inside_list(text, clauses[-1][0], line.end, stripped):
            continue  # '2025-26 Council Tax' between (d) and (e): the list goes on
        previous = text[clauses[-1][0] : clauses[-1][1]].rstrip()
        if _heading_in_capitals(text, stripped, previous, line.end):
            break  # '- ... be transacted as item 12 of the agenda' / '4 / TO CONFIRM AND SIGN AS A TRUE RECORD THE MINUTES ...'
        if blank or (previous.endswith((".", ";", ":")) and (stripped[:1].isupper() or stripped[:1].isdigit()) and not previous.endswith(("and", "or"))):
            break
        clauses[-1] = (clauses[-1][0], line.end)
        end = line.end
    return end, [trim_span(text, a, b) for a, b in clauses]


def _heading_in_capitals(text: str, stripped: str, previous: str, line_end: int) -> bool:
    """A line of two words or more in capitals after a clause heads the next item, whether or not a blank line comes
    first: numbered ('4 / TO CONFIRM AND SIGN AS A TRUE RECORD THE MINUTES ...', 'PC/21/06 PLANNING APPLICATIONS'), or
    unnumbered where the clause before it ended on a word of its own and a capital opens the line after it ('(b) that the
    Clerk writes to the Trust' / 'PLANNING APPLICATIONS' / 'No applications had been received'). A name in capitals that
    a clause wraps onto carries on ('... be awarded to the' / 'ELM VILLAGE HALL TRUST' / 'for the new boiler;'); 'CARRIED'
    and the vote lines are the decision's own (opens_next_part)."""
    if " " not in stripped or any(c.islower() for c in stripped) or not opens_next_part(stripped):
        return False
    if _NUMBERED_LINE_RE.match(stripped):
        return True
    following = re.match(r"\s*(\S)", text[line_end : line_end + 200])
    return not _ENDS_ON_A_JOINING_WORD_RE.search(previous) and (following is None or following.group(1).isupper())


# an item's number, with its letters ('CAB/51', 'PC/21/06'), then a separator: '4 / ', '12. ', '7.3 '
_ITEM_NUMBER = r"(?:[A-Z]{1,5}[ /]?)?\d{1,4}(?:[./]\d{1,4})*"
_NUMBERED_LINE_RE = re.compile(_ITEM_NUMBER + r"[ \t]*[./:)]?[ \t]")
_ENDS_ON_A_JOINING_WORD_RE = re.compile(r"\b(?i:the|a|an|of|to|and|or|for|with|by|from|at|in|on|its|their)[ \t]*$")


def _subheading_inside_list(text: str, last_clause: int, line_end: int, stripped: str) -> bool:
    """A short heading line whose next line carries the next label of the same list ((f) then (g))."""
    if len(stripped) > 60 or stripped.endswith((".", ";", ",")):
        return False
    following = CLAUSE_LABEL_RE.match(text[line_end : line_end + 40].lstrip("\n \t"))
    current = CLAUSE_LABEL_RE.match(text[last_clause : last_clause + 40])
    return bool(following and current) and following.group("label") == _next_label(current.group("label"))


def _next_label(label: str) -> str | None:
    """'(f)' -> '(g)', 'c.' -> 'd.', '4)' -> '5)', '11.1' -> '11.2' (a parish minute's sub-items); None for bullets and roman numerals."""
    dotted = re.fullmatch(r"(?P<item>\d{1,2}\.)(?P<sub>\d{1,2})(?P<close>\.?)", label)
    if dotted is not None:
        return f"{dotted.group('item')}{int(dotted.group('sub')) + 1}{dotted.group('close')}"
    m = re.fullmatch(r"(?P<open>\(?)(?P<core>[a-zA-Z]|\d{1,2})(?P<close>[).])", label)
    if m is None or m.group("core") in {"i", "v", "x"}:
        return None
    core = m.group("core")
    following = str(int(core) + 1) if core.isdigit() else chr(ord(core) + 1)
    return f"{m.group('open')}{following}{m.group('close')}"


def read_passage(text: str, pos: int, limit: int) -> Passage:
    """The decision wording from `pos`: its sentence, and the clause list it opens, if any."""
    start, _ = trim_span(text, pos, limit, " \t\n:,;–—-")
    line_start = text.rfind("\n", 0, start) + 1
    first_label = CLAUSE_LABEL_RE.match(text[start : start + 24])
    inline_label = first_label is not None and first_label.group("label")[0] in "(" and _label_recurs(text, start, limit)
    if first_label and (not text[line_start:start].strip() or inline_label):  # "RESOLVED: (A) That ... / (B) That ..." too
        end, clauses = gather_clauses(text, start, limit)  # the wording opens straight onto its list
        if clauses:
            return Passage(start, end, clauses)
    first_end = sentence_end(text, start, limit)
    intro = text[start:first_end].rstrip()
    next_line_is_clause = _next_line_is_clause(text, first_end, limit)
    announces_list = intro.endswith((":", ":-", "-", "–", ";", "that", "that:", "to", "following")) or not intro
    opens_list = announces_list or (next_line_is_clause and not intro.endswith("."))
    if opens_list and next_line_is_clause and not _continues_enclosing_list(text, start, first_end, limit, same_bullet=not announces_list):
        end, clauses = gather_clauses(text, _next_line_start(text, first_end, limit), limit)
        if clauses:
            return Passage(start, max(end, first_end), clauses)
    return Passage(start, first_end, [])


def _label_recurs(text: str, start: int, limit: int) -> bool:
    """'RESOLVED: (A) That ...' opens a list only where its next label '(B)' starts a later line."""
    label = CLAUSE_LABEL_RE.match(text[start : start + 24])
    following = _next_label(label.group("label")) if label else None
    if following is None:
        return False
    return re.search(r"(?m)^[ \t]*" + re.escape(following), text[start : min(limit, start + 3000)]) is not None


def _continues_enclosing_list(text: str, start: int, first_end: int, limit: int, same_bullet: bool = False) -> bool:
    """'d. Grass Cutting: ... It was resolved to renew the contract' then 'e. Grit Storage: ...':
    the next label follows the label of the item the decision sits in, so it opens the next
    item of the same list, not a clause of this decision.

    With `same_bullet` (a wording that does not announce a list: no colon, no 'the following'), a bullet is followed by
    the same bullet: '- 24/0113/FUL 4 Mill Lane' / 'Rear extension' / 'AGREED to recommend approval' / '- 24/0120/FUL ...'
    is the next entry of the list of applications, not a clause of the decision on the first; and past a blank line the
    label after the item's own opens the next item, a bullet between or not ('2. Election of Vice Chairman' / '· Resolved
    that Cllr Blogg is elected Vice Chairman' / '3. The minutes ...'). A wording that announces its list ('That parts f)
    and g) BE APPROVED:' / 'f) an extension ...') reads it whatever label came before."""
    enclosing = item = None
    lo = max(0, start - 1500)
    numbered = set()  # the next number after each item number above: '6. Finance' / 'a) ...' / 'b) ...' then '7. Review ...'
    for line in split_lines(text, lo, start):
        label = CLAUSE_LABEL_RE.match(line.text)
        if label:
            enclosing = label.group("label")
            item = enclosing if enclosing[0].isalnum() else item
            if re.fullmatch(r"\d{1,2}\.", enclosing):
                numbered.add(_next_label(enclosing))
        elif not line.text.strip():
            enclosing = None  # a blank line closes the item whose label was above it
    following = _first_label_after(text, first_end, limit)
    if same_bullet and following in numbered:
        return True  # '6. Finance' / 'b) On-line banking ...' / 'It was RESOLVED to set the precept at £4000' / '7. Review standing orders'
    if same_bullet and item is not None and following == _next_label(item) and _blank_line_before_next_label(text, first_end, limit):
        return True  # '2. Election of Vice Chairman' / blank / '· Resolved that Cllr Blogg is elected Vice Chairman' / blank / '3. The minutes ...'
    if enclosing is None:
        return False
    if same_bullet and following is not None and following == enclosing and not enclosing[0].isalnum() and enclosing[0] != "(":
        return True
    return following is not None and following == _next_label(enclosing)


def _blank_line_before_next_label(text: str, pos: int, limit: int) -> bool:
    """Whether the line after `pos`'s is blank: a paragraph ends there, before whatever label comes next."""
    following = next(iter(split_lines(text, _next_line_start(text, pos, limit), min(limit, pos + 2000))), None)
    return following is not None and not following.text.strip()


def _first_label_after(text: str, pos: int, limit: int) -> str | None:
    for line in split_lines(text, _next_line_start(text, pos, limit), min(limit, pos + 2000)):
        if line.text.strip():
            label = CLAUSE_LABEL_RE.match(line.text)
            return label.group("label") if label else None
    return None


def _next_line_start(text: str, pos: int, limit: int) -> int:
    nl = text.find("\n", pos, limit)
    return limit if nl == -1 else nl + 1


def _next_line_is_clause(text: str, pos: int, limit: int) -> bool:
    for line in iter_lines(text, _next_line_start(text, pos, limit), limit):
        if line.text.strip():
            return bool(CLAUSE_LABEL_RE.match(line.text))
    return False


def paragraph_bounds(text: str, pos: int, lo: int, hi: int) -> tuple[int, int]:
    """The blank-line paragraph around `pos`, within lo..hi."""
    start = text.rfind("\n\n", lo, pos)
    start = lo if start == -1 else start + 2
    end = text.find("\n\n", pos, hi)
    end = hi if end == -1 else end
    return trim_span(text, start, end)


def sentence_start(text: str, pos: int, lo: int) -> int:
    """Start of the sentence that holds `pos` (after the previous full stop or blank line).

    A sentence is read back at most _MAX_SENTENCE characters, to the first line break there:
    a page of unpunctuated lines ("Minutes - approved (proposed MR, seconded TT)") would
    otherwise be scanned back to its start from every line, which is quadratic.
    """
    lo = bounded_back(text, pos, lo)
    best = _last_sentence_end(text, lo, pos)
    line_start = text.rfind("\n", lo, pos)
    if line_start != -1 and CLAUSE_LABEL_RE.match(text[line_start + 1 : pos + 1] + " "):
        best = max(best, line_start + 1)
    best = max(best, _after_heading_line(text, best, pos))
    best = _past_cut_word(text, best, pos)
    return trim_span(text, best, pos)[0] if best < pos else pos


def _past_cut_word(text: str, start: int, pos: int) -> int:
    """`start`, or the next word's start when the read-back limit fell inside a word: a flattened page with no full
    stop for hundreds of characters ('PRESENT Mayor Carol Cox Deputy Mayor Marc Cobham Cr Chris Rhodes ...') would
    otherwise give a record opening on the last letters of a name ('m Cr Chris Rhodes')."""
    if 0 < start < pos and text[start - 1].isalnum() and text[start].isalnum():
        space = re.search(r"\s", text[start:pos])
        return start + space.start() if space else pos
    return start


def bounded_back(text: str, pos: int, lo: int, most: int = _MAX_SENTENCE) -> int:
    """`lo`, or the first line start within `most` characters before `pos` when `lo` is further: how far
    back a finder reads from one marker, so that a page with no full stop costs each marker a bounded read."""
    if pos - lo <= most:
        return lo
    line_break = text.find("\n", pos - most, pos)
    return line_break + 1 if line_break != -1 else pos - most


_BACK_CHUNK = 64


def _last_sentence_end(text: str, lo: int, pos: int) -> int:
    """Where the last sentence end in lo..pos ends, as a scan forward from `lo` finds it (else `lo`).

    The text just before `pos` is read first, then twice as much, and so on: a sentence costs
    about its own length, not the paragraph before it (a page of "... Carried." lines was
    quadratic, and a paragraph of n short closers cost each closer the 512 characters before it,
    n of them, when it was read in one fixed chunk). Each step reads only what the step before
    did not, up to where that one started. A chunk starts at a letter or digit, which no
    sentence-end match contains, so a scan from there is in step with one from `lo`.
    """
    hi = pos
    size = _BACK_CHUNK
    while True:
        start = max(lo, pos - size)
        while start > lo and not text[start].isalnum():
            start -= 1
        best = _last_end_starting_before(text, start, pos, hi)
        if best is not None:
            return best
        if start <= lo:
            return lo
        hi = start
        size = 2 * (pos - start)


def _last_end_starting_before(text: str, start: int, pos: int, hi: int) -> int | None:
    """The end of the last sentence-end match of start..pos that starts before `hi` (abbreviations skipped)."""
    best = None
    for m in _SENTENCE_END_RE.finditer(text, start, pos):
        if m.start() >= hi:
            break
        if m.group(0)[0] == "." and _is_abbreviation(text, m.start()):
            continue
        best = m.end()
    return best


# an item heading led by its number ('8.2 Ngarrin Creek Flood Study - Community Reference Group', 'CAB/51 Leisure Centre
# Decarbonisation'): however long, a title with no verb of a sentence or a decision in it ('3. Members agreed to ...' is no title)
_NUMBERED_HEADING_RE = re.compile(
    _ITEM_NUMBER + r"[.)]?[ \t]+(?!(?:That|THAT|Resolved|RESOLVED|Agreed|AGREED)\b)[A-Z]"
    r"(?![^\n]*\b(?i:that|be|is|was|were|are|has|have|had|will|would|resolved|agreed|approved|noted|decided|moved|seconded)\b)[^\n.;:]*$"
)


def _after_heading_line(text: str, lo: int, pos: int) -> int:
    """Skip a short heading line with no full stop ('20.07.08 Finance') at the start of a sentence; a
    numbered item heading may be longer."""
    start = lo
    while True:
        nl = text.find("\n", start, pos)
        if nl == -1:
            return start
        line = text[start:nl].strip()
        short = len(line) < 45 or (len(line) < 100 and _NUMBERED_HEADING_RE.match(line) is not None)  # '8.2 Flood Study - Reference Group'
        if line and short and not line.endswith((".", ",", ";", ":", "-", "–")) and text[nl + 1 : nl + 2].isupper():
            start = nl + 1
            continue
        return start


_PREAMBLE_RE = re.compile(r"[ \t]*(?:That|THAT)\b[^\n]{0,200}$")


def clause_list_preamble(text: str, pos: int, floor: int, max_lines: int = 30) -> int:
    """Where the clause list holding `pos` begins when a 'That ...' line opens it, else `pos`.

    'That the Council' / '1. Receives the report ...; and' / '2. Agrees to ...' / 'Carried'
    (New Zealand, Australian and Canadian minutes): a closer read back to its nearest clause
    label would keep the last clause only. The walk goes up line by line within the
    paragraph (never across a blank line or `floor`), at most `max_lines`.
    """
    cur = text.rfind("\n", 0, pos) + 1
    for _ in range(max_lines):
        if cur <= floor:
            return pos
        prev_start = max(floor, text.rfind("\n", 0, cur - 1) + 1)
        line = text[prev_start : cur - 1]
        if not line.strip():
            return pos
        if _PREAMBLE_RE.match(line) and not re.search(r"[.;]\s*$", line):
            return prev_start + len(line) - len(line.lstrip())
        cur = prev_start
    return pos


_INDENTED_ROW_RE = re.compile(r"[ \t]{2,}\S")
_LIST_AFTER_COLON_LINES = 60  # a payment schedule longer than this is a table, read by the table readers


# a payment schedule's row with its indentation lost in reading: unlabelled, its amount ending the line ('J Ashworth - salary
# (Dec)   £612.40', 'Clerk salary Apr £412.50', 'TOTAL £478.00')
_AMOUNT_ROW_RE = re.compile(r"[ \t]*[A-Z][^\n]{0,120}?(?:[£$€][ \t]?|\b)\d[\d,]*\.\d\d[ \t]*(?:\|[ \t]*)?$")  # a flattened table's row may keep its cell's pipe


def _is_amount_row(line: str) -> bool:
    """A row of a schedule of payments printed under 'RESOLVED to approve the following payments:' (UK and Welsh parish
    minutes), not a labelled clause (those are read as clauses)."""
    return CLAUSE_LABEL_RE.match(line) is None and _AMOUNT_ROW_RE.fullmatch(line) is not None


@lru_cache(maxsize=1)
def _verb_first_entry_re() -> re.Pattern[str]:
    """A briefing's next decision after a list: a bullet or number, then a past-tense verb of deciding ('- Received and
    noted the Financial Report ...', '- Approved funding through ...'; decision_words.json entry_verbs, the verbs
    resolution_markers.jsonl numbered-verb-first reads such entries by)."""
    return re.compile(rf"[ \t]*(?:\(?\d{{1,2}}[.)]|\(?[a-z]{{1,3}}\)|[•·▪●*–-])[ \t]+(?:{entry_verbs()}|(?:Considered|Received) and [a-z]+)\b")


def list_after_colon(text: str, end: int, limit: int, rows_announced: bool = False) -> int:
    """Where the list under a decision that ends on a colon ends ('RESOLVED to approve the following
    payments:' / indented rows; '... the following committees be adopted:' / '- Planning Committee, ...'),
    or `end` when no list follows at once. The list is its labelled or bulleted lines and its indented
    rows, up to a blank line, a stop line or the next unindented, unlabelled line (the next item).

    rows_announced: the decision announced its payments and ended on a full stop ('The following payments were
    approved.'); only rows of amounts follow it then ('C. Campos May Salary | £195.50 |': an initial, no label)."""
    if rows_announced:
        return _list_end(text, end, limit, lambda line: _AMOUNT_ROW_RE.fullmatch(line) is not None)
    if not text[max(0, end - 3) : end].rstrip().endswith(":"):
        return end
    amount_rows = None  # set by the list's first line: rows of amounts, or labelled and indented lines
    semicolon_items = False  # an item ended on ';' ('- List four properties for sale by public auction;')
    closed = False  # the item after such items ended on a full stop: the list's last ('- Sell six properties ... valuer.'),
    # unless more items follow that are no decisions of their own (a clerk's punctuation is not always even)

    def in_list(line: str) -> bool:
        nonlocal amount_rows, semicolon_items, closed
        if amount_rows is None:
            amount_rows = _is_amount_row(line)
        if amount_rows:  # rows (indented as printed or not) up to a labelled line: '(b) The bank reconciliation ... was noted.'
            return _is_amount_row(line) or bool(_INDENTED_ROW_RE.match(line) and not CLAUSE_LABEL_RE.match(line))
        if (closed and _verb_first_entry_re().match(line)) or not (CLAUSE_LABEL_RE.match(line) or _INDENTED_ROW_RE.match(line)):
            return False  # after a list closed by its full stop, a bullet that opens on its verb is the briefing's next decision
        tail = line.rstrip()
        closed = semicolon_items and tail.endswith(".")
        semicolon_items = semicolon_items or tail.endswith((";", "; and", "; or"))
        return True

    return _list_end(text, end, limit, in_list)


def _list_end(text: str, end: int, limit: int, in_list: Callable[[str], bool]) -> int:
    """Where the lines printed at once under `end` that `in_list` keeps stop: at a blank line, a stop line, the
    list's length limit or the first line it does not keep (the next item's number, '24/53.3 Planning'); `end` when
    none follows."""
    new_end = end
    for count, line in enumerate(iter_lines(text, end, limit)):
        if count == 0 and not line.text.strip():
            continue  # the rest of the decision's own line
        stripped = line.text.strip()
        if count > _LIST_AFTER_COLON_LINES or not stripped or is_stop_line(stripped) or not in_list(line.text):
            break
        new_end = line.end
    return trim_span(text, end, new_end)[1] if new_end > end else end
