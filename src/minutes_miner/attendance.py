"""Attendance: who was present, sent apologies, was absent or in attendance (virtually too),
with their roles, as minutes print it in lists or sentences.

Labels, sentence forms and the words that are never names are data in
models/patterns/attendance.json. Every list is bounded (a label line, wrapped lines under
400 characters, 4,000 characters in all), so hostile input stays linear.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .numbers import parse_number_words
from .resources import gazetteer_lines, pattern_rules
from .text_utils import split_lines, squash

if TYPE_CHECKING:
    from .structure import PersonMention


def _mention(*args) -> "PersonMention":
    from .structure import PersonMention  # structure imports this module: read at call time

    return PersonMention(*args)


@lru_cache(maxsize=1)
def _attendance_labels() -> list[tuple[re.Pattern, str]]:
    data = _attendance_data()
    return [(re.compile(rf"^[\s\-•*#]*(?:{regex})\s*(?::|-|–|\n|$)", re.I), value) for regex, value in data["labels"]]


@lru_cache(maxsize=1)
def _attendance_data() -> dict:
    data = dict(pattern_rules("attendance.json"))
    data["sentence_res"] = [(re.compile(regex, re.I), value) for regex, value in data["sentences"]]
    data["trailing_res"] = [(re.compile(regex, re.I), value) for regex, value in data["trailing"]]
    data["virtual_re"] = re.compile(data["virtual"], re.I)
    data["not_name"] = set(data["not_name_words"])
    data["lower_ok"] = set(data["name_particles"])
    data["plural_re"] = re.compile(rf"^(?:{data['plural_honorifics']})\s+", re.I)
    data["title"] = set(data["title_words"]) | data["not_name"]
    return data


_PAREN_RE = re.compile(r"\(([^()]*)\)")
_HONORIFIC_RE = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Cllr|Councillor|Councilor|Sir|Dame|Lord|Lady|Rev|Revd)\b\.?", re.I)
_POSTNOMINAL_RE = re.compile(r"^(?:OBE|MBE|CBE|JP|KC|QC|DL|MP|FRSA)$")
# Between two names: a comma, semicolon or 'and'; a line break after a full stop or a
# bracket; a full stop before the next titled name ('Ms L Okwu. Mr R Kettering ...').
_LIST_SEPARATOR_RE = re.compile(r"[,;]|\s+(?:and|&)\s+|(?<=[.)])[ \t]*\n|(?<=\.)\s+(?=(?:Mr|Mrs|Ms|Miss|Dr|Cllrs?|Councillors?)\b)")
_NAME_THEN_CLAUSE_RE = re.compile(r"((?:[A-Z][\w'’.-]*\s+){1,5}[A-Z][\w'’-]*)\s+(?:who|was|were|substitut\w*|representing|on behalf)\b")
# A sentence-form list ends with its sentence: a full stop that ends a word (not an initial
# or a title) before a space or line break.
_LIST_END_RE = re.compile(r"(?<![A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!Mrs)(?<!Cllr)\.(?=\s|$)")


def find_attendance(text: str) -> list[PersonMention]:
    """People in the attendance lists of minutes, each with role and status.

    Lists open with a label ("PRESENT:", "IN ATTENDANCE VIRTUALLY:"), a sentence that leads
    into them ("Apologies were received from ...") or a sentence they lead into ("Ms L Game
    and Ms T Scott were in attendance virtually."). A role in brackets may wrap onto the
    next line even when that line starts with a word that could be a label ("Officer –").
    """
    people: list[PersonMention] = []
    lines = split_lines(text[: min(len(text), 12000)])
    i = 0
    while i < len(lines):
        line = lines[i]
        trailing = _match_trailing_list(line.text)
        if trailing:
            attendance, list_end, virtual = trailing
            people.extend(_parse_people(text, line.start, line.start + list_end, attendance, virtual))
            i += 1
            continue
        label = _match_attendance_label(line.text)
        if not label:
            for attendance, start, end in _inline_lists(line.text):
                people.extend(_parse_people(text, line.start + start, line.start + end, attendance))
            i += 1
            continue
        attendance, content_start = label
        sentence_form = _is_sentence_label(line.text)
        virtual = bool(_attendance_data()["virtual_re"].search(line.text[:content_start]))
        start = line.start + content_start
        end = line.end
        j = i + 1
        while j < len(lines) and _list_goes_on(text, start, end, lines[j]):
            end = lines[j].end
            j += 1
        if start >= end and j < len(lines):  # label alone on its line: the list is on the next lines
            k = j + 1 if j < len(lines) and lines[j].blank else j
            start = lines[k].start if k < len(lines) else end
            end = start
            while k < len(lines) and (start == end or _list_goes_on(text, start, end, lines[k])):
                end = lines[k].end
                k += 1
            j = k
        if sentence_form:  # the list is the rest of the sentence, however its lines wrap
            stop = _LIST_END_RE.search(text, start, min(len(text), start + 600))
            end = stop.start() if stop else end
            j = next((n for n in range(i + 1, len(lines)) if lines[n].start > end), len(lines))
        people.extend(_parse_people(text, start, end, attendance, virtual))
        i = max(j, i + 1)
    return people


@lru_cache(maxsize=1)
def _inline_label_res() -> tuple[re.Pattern, re.Pattern]:
    """An attendance label inside a paragraph ('... commenced at 7:30pm. PRESENT: Joan Bannon, Steph Ball & Aaron Nash.
    APOLOGIES: Jess Reppin.'), as pages print minutes whose text layer or copy lost the line breaks: the first after a
    sentence, a bracket or an item number; a further one anywhere after it, since a list may run on without a stop ('...
    Scott Nisbet (SN) Apologies: None', 'Matt Doran Also Present: ...'). Only with a colon and a capital letter, as a
    label is printed, never a word of the sentence ('were present: ...')."""
    labels = "|".join(f"(?P<l{n}>{regex})" for n, (regex, _value) in enumerate(_attendance_data()["labels"]))
    label = rf"(?=[A-Z])(?i:{labels})[ \t]*:[ \t]*"
    first = re.compile(rf"(?:(?<=[.;)][ \t])|(?<=[.;)][ \t]{{2}})|(?<=\b\d\.[ \t])){label}")
    further = re.compile(rf"(?<![\w'’-]){label}")
    return first, further


def _inline_lists(line: str) -> list[tuple[str, int, int]]:
    """The attendance lists a paragraph carries after inline labels: (status, start, end) in the line, each list up to its
    full stop, the next label or 600 characters."""
    first, further = _inline_label_res()
    m = first.search(line) if ":" in line and len(line) <= 20000 else None  # every label ends in a colon
    lists = []
    while m:
        nxt = further.search(line, m.end(), m.end() + 600)
        limit = nxt.start() if nxt else min(len(line), m.end() + 600)
        stop = _LIST_END_RE.search(line, m.end(), limit)
        value = _attendance_data()["labels"][int(m.lastgroup[1:])][1]  # the label matched is group l<n> of the data's list
        lists.append((value, m.end(), stop.start() if stop else limit))
        m = nxt if nxt and not stop else first.search(line, stop.end() if stop else limit)
    return lists


def _list_goes_on(text: str, start: int, end: int, line) -> bool:
    """The next line continues the list: a bracket is still open, or it reads as more names."""
    if line.blank or len(line.text) > 400:
        return False
    if text.count("(", start, end) > text.count(")", start, end) and line.start - text.rfind("(", start, end) < 160:
        return True  # a bracket opened on the line before is still open: its role wraps
    if re.search(r"(?:,|\band|&)\s*$", text[max(start, end - 10) : end]) and not _match_attendance_label(line.text):
        return True  # '..., Peter Southgate and' / 'Martin Whelton.': the list goes on
    return not _match_attendance_label(line.text) and not _match_trailing_list(line.text) and _continues_list(line.text)


def _is_sentence_label(line: str) -> bool:
    return any(regex.match(line) for regex, _ in _attendance_data()["sentence_res"])


def _match_trailing_list(line: str) -> tuple[str, int, bool] | None:
    """'Ms L Game, Ms S Chandler and Ms T Scott were in attendance virtually.': (status, end of the names, virtual)."""
    if len(line) > 400:
        return None
    for regex, value in _attendance_data()["trailing_res"]:
        m = regex.search(line)
        if m and m.start() > 0:
            return value, m.start(), bool(_attendance_data()["virtual_re"].search(m.group(0)))
    return None


def _match_attendance_label(line: str) -> tuple[str, int] | None:
    if len(line) > 400:
        return None
    for regex, value in _attendance_data()["sentence_res"]:
        m = regex.match(line)
        if m:
            return value, m.end()
    for regex, value in _attendance_labels():
        m = regex.match(line)
        if m:
            if value == "apologies" and re.match(r"\s*apologies\s+(?:for absence\s+)?(?:were|had been)\s+received", line, re.I):
                after = re.search(r"received\s+from\s+", line, re.I)
                return (value, after.end()) if after else None
            return value, m.end()
    return None


def _continues_list(line: str) -> bool:
    """A following line still belongs to a name list (wrapped), not a new paragraph."""
    stripped = line.strip()
    if re.match(r"^\d+\.?\s+[A-Z]", stripped) or stripped.isupper() and len(stripped.split()) > 1 and "," not in stripped:
        return False
    return bool(re.search(r"(?:,|\band\b|\(|\)|^(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\b)", stripped)) and len(stripped) < 200


def _split_list(chunk: str) -> list[tuple[int, int]]:
    """Where the names of a list are: split at commas, semicolons and 'and' outside brackets,
    and at a line break after a full stop or a closing bracket ('... Whelton.' / '(Democratic Services)')."""
    pieces: list[tuple[int, int]] = []
    depth = 0
    piece_start = 0
    i = 0
    while i < len(chunk):
        c = chunk[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            m = _LIST_SEPARATOR_RE.match(chunk, i)
            if m and m.end() > i:
                pieces.append((piece_start, i))
                piece_start = i = m.end()
                continue
        i += 1
    pieces.append((piece_start, len(chunk)))
    return pieces


def _parse_people(text: str, start: int, end: int, attendance: str, virtual: bool = False) -> list[PersonMention]:
    """Split a list like 'Mr R W Gough (Chairman), Mr N Baker and Mrs S Chandler'."""
    chunk = text[start : min(end, start + 4000)]  # no attendance list is longer; keeps splitting linear in practice
    if re.match(r"^\s*(?:none|nil|n/a|no (?:apologies|one))\b", chunk, re.I):
        return []
    mentions: list[PersonMention] = []
    for a, b in _split_list(chunk):
        raw = chunk[a:b]
        name_text = squash(raw).strip(" .:-–*_")  # markdown emphasis around a label: "**Present:** Mayor ..."
        if not name_text:
            continue
        if _POSTNOMINAL_RE.match(name_text) and mentions:
            continue
        role = None
        m = _PAREN_RE.search(name_text)
        if m:
            role = squash(m.group(1)) or None
            name_text = squash(name_text[: m.start()] + name_text[m.end() :])
        if ", " in name_text and not _HONORIFIC_RE.match(name_text.split(", ", 1)[1]):
            name_text, role = name_text.split(", ", 1)[0], role or name_text.split(", ", 1)[1]
        name_text = _attendance_data()["plural_re"].sub("", name_text)
        lead = _NAME_THEN_CLAUSE_RE.match(name_text)  # 'Nancy Sayer who was substituted by ...'
        name_text = lead.group(1) if lead else name_text
        if not _looks_like_name(name_text):
            name_text, role = _peel_title(name_text, role)
        bare_post = role is None and _only_a_post(name_text)  # 'Harbour Master (Mr I. Nicolson)' names its holder: kept as it was
        if not _looks_like_name(name_text) or bare_post:
            if mentions and not mentions[-1].role and (_reads_like_role(name_text) or bare_post):
                mentions[-1].role = name_text  # 'Sue Chandler, Cabinet Member for ...', 'S.LARSON, ENGINEER; J.HARVEY, ATTORNEY'
            continue
        offset = start + a + (len(raw) - len(raw.lstrip()))
        mentions.append(_mention(name_text, role, attendance, offset, offset + len(raw.strip()), virtual))
    return mentions


# words that rank or place a post before its noun ('Senior Executive Engineer', 'Assistant Staff Officer')
_POST_QUALIFIERS = frozenset("senior assistant principal junior general staff technical district county city town executive".split())


@lru_cache(maxsize=1)
def _posts() -> tuple[frozenset[str], frozenset[str]]:
    """The words of a post and the posts of the gazetteers, in lower case (post_words.txt, roles.txt)."""
    words = frozenset(w.lower() for w in gazetteer_lines("post_words.txt")) | frozenset(_attendance_data()["title_words"])
    return words, frozenset(r.lower() for r in gazetteer_lines("roles.txt"))


def _only_a_post(text: str) -> bool:
    """'ENGINEER', 'Senior Executive Engineer', 'Leas-Chathaoirleach', 'Cllrs': a post or a plural title with no name, which a
    list prints after the name it belongs to ('S.LARSON, ENGINEER; J.HARVEY, ATTORNEY') or before the names it covers."""
    words, roles = _posts()
    lowered = text.lower().strip(" .,")
    bare = [w.strip(".,’'") for w in lowered.split()]
    if _attendance_data()["plural_re"].match(text + " ") and len(bare) == 1:
        return True
    if lowered in roles or all(w.removeprefix("leas-") in roles for w in bare):
        return True
    return bool(bare) and bare[-1] in words and all(w in words or w in _POST_QUALIFIERS for w in bare[:-1])


def _peel_title(text: str, role: str | None) -> tuple[str, str | None]:
    """'Council President Arne Nyberg' -> ('Arne Nyberg', 'Council President'): the words of a
    post printed before a name become the role, when what follows them is a name of two words or more."""
    words = text.split()
    titles = _attendance_data()["title"]
    i = 0
    while i < len(words) - 2 and words[i].lower().strip(".,") in titles:
        i += 1
    rest = " ".join(words[i:])
    if i and _looks_like_name(rest):
        return rest, role or " ".join(words[:i])
    return text, role


def person_name(text: str) -> str | None:
    """A name as mentioned in running text, or None when it is not a person's name.

    'Services Tony Cain' (the tail of 'Director of Leisure Services Tony Cain') is Tony
    Cain; 'Town Clerk' and 'Council Standing Orders' are nobody.
    """
    words = text.split()
    not_name = _attendance_data()["not_name"] | {"from", "apologies", "skills", "health", "education", "resources"}
    while len(words) > 2 and words[0].lower().strip(".,") in not_name:
        words = words[1:]
    name = " ".join(words)
    return name if _looks_like_name(name) else None


def _reads_like_role(text: str) -> bool:
    return bool(re.match(r"(?:[A-Z][\w’'-]*\s+){0,3}(?:Member|Director|Manager|Officer|Chair\w*|Leader|Head|Clerk|Lead|Cabinet Member)\b", text))


def _looks_like_name(text: str) -> bool:
    """A person's name, not a role, heading or piece of a sentence ('West Kent)', 'Council Standing Orders')."""
    words = text.split()
    if not 1 <= len(words) <= 7 or len(text) > 60:
        return False
    if not words[0][:1].isupper() or re.search(r"[()\[\]:;!?/\d]", text):
        return False
    if parse_number_words(text) is not None:
        return False  # 'PUBLIC PRESENT: One', 'Press: Two': a roll's count in words names nobody
    data = _attendance_data()
    lowered = text.lower()
    if any(w in lowered for w in ("apolog", "received", "meeting", "present", "none", "declar", "minutes", "members of the public")):
        return False
    bare = [w.strip(".,’'") for w in words]
    if any(w.lower() in data["not_name"] for w in bare):
        return False
    # every word is capitalised (or an initial, or a particle such as 'van' or 'de')
    return all(w[:1].isupper() or w.lower() in data["lower_ok"] or not w for w in bare)
