"""The people a document names: the attendance list as Person records, and an index that
links an action's owner or a named vote to one of them (by name, surname with honorific, or post).

Kept apart from extraction.py's orchestration: people are read once per document from the
structure (attendance) and then looked up by every finder's records.
"""

from __future__ import annotations

import re

from ..attendance import person_name
from ..readers import Document
from ..records import Person, make_id
from ..structure import Structure
from ..text_utils import squash
from ..vocabulary import person_titles

_NAME_ROLE_RE = re.compile(
    rf"(?P<name>(?:(?:{person_titles()})\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z]\.?)*(?:\s+(?:Mc|Mac|O['’])?[A-Z][a-z'’-]+){{1,2}})"
    r"(?:\s*\((?P<role1>[A-Z][^()\n]{0,60}?\b(?:Officer|Manager|Director|Head|Lead|Chair(?:man|woman|person)?|Clerk|Councillor|Member|Leader|Executive|Adviser|Advisor|Co-?ordinator|Worker|Commissioner|Teacher|Headteacher|Nurse|Solicitor|Counsel|Accountant|Auditor|Engineer|Planner|Assistant|Apprentice|Champion|Representative|Mayor|Inspector|Consultant|Analyst|Partner|Trustee|Governor|Secretary|Treasurer|Vice-Chair(?:man)?)\b[^()\n]{0,40})\)|,\s+(?:the\s+)?(?P<role2>(?:[A-Z][\w'’&-]*\s+){0,6}(?:Officer|Manager|Director|Head|Lead|Adviser|Advisor|Coordinator|Co-ordinator|Clerk|Chair(?:man)?|Leader|Member for [A-Z][\w ,&'-]{2,60}?|Executive|Counsel)(?: of [A-Z][\w&' -]{2,60}?)?)(?=[,.;:)]|\s+(?:said|stated|explained|reported|confirmed|advised|agreed|noted|presented|introduced|informed|added|responded|gave|provided|highlighted|asked|would|will)\b))"
)


def read_people(document: Document, doc_id: str, structure: Structure) -> list[Person]:
    """Attendance lists plus 'Name (Role)' / 'Name, Role' mentions, merged by name."""
    people: dict[str, Person] = {}
    for mention in structure.people:
        key = _name_key(mention.name)
        if key and key not in people:
            people[key] = Person(
                id=make_id(doc_id, "person", key),
                document_id=doc_id,
                name=mention.name,
                name_key=key,
                role=mention.role,
                attendance=mention.attendance,
                page=document.page_at(mention.start),
                char_start=mention.start,
                char_end=mention.end,
                virtual=mention.virtual,
            )
        elif key and mention.virtual:  # 'Tracy Scott' present, then 'Ms T Scott ... in attendance virtually'
            people[key].virtual = True
    for m in _NAME_ROLE_RE.finditer(document.text):
        name = person_name(squash(m.group("name")))
        role = squash(m.group("role1") or m.group("role2") or "")
        if name is None:
            continue  # 'Town Clerk (Director of Building)': a role, not a person
        start = m.start() + max(0, m.group("name").find(name.split()[0]))
        if not role or re.search(r"\b(?:Item|Minute|Appendix|Report|Council$)\b", role) or re.match(r"(?:The|This|That|These|Members|Agenda)\b", name):
            continue
        key = _name_key(name)
        if "|" not in key:  # 'Mrs Grady' after 'Mrs F Grady': the one Grady already known
            same = [k for k in people if k.split("|")[0] == key]
            key = same[0] if len(same) == 1 else key
        if key in people:
            if not people[key].role:
                people[key].role = role
            continue
        people[key] = Person(
            id=make_id(doc_id, "person", key),
            document_id=doc_id,
            name=name,
            name_key=key,
            role=role,
            attendance="mentioned",
            page=document.page_at(m.start()),
            char_start=start,
            char_end=m.start() + len(m.group("name")),
        )
    return list(people.values())


_HONORIFIC_PREFIX_RE = re.compile(r"^(?:mr|mrs|ms|miss|mx|dr|prof|cllr|councillor|sir|dame|rev|revd)\.?\s+", re.I)


def _name_key(name: str) -> str:
    """'Mr R W Gough' and 'Roger Gough' both key on 'gough' plus the first initial where known."""
    bare = _HONORIFIC_PREFIX_RE.sub("", squash(name)).replace(".", " ")
    parts = bare.split()
    if not parts:
        return ""
    return parts[-1].lower() + ("|" + parts[0][0].lower() if len(parts) > 1 else "")


class PeopleIndex:
    """Resolve an owner as written ('Ms Carpenter', 'the Participation and Engagement Manager') to a person."""

    def __init__(self, people: list[Person]) -> None:
        self.people = people
        self._keys: list[str] = []

    def _name_keys(self) -> list[str]:
        """Each person's _name_key, worked out once (resolve runs for every vote and action)."""
        if len(self._keys) != len(self.people):
            self._keys = [_name_key(p.name) for p in self.people]
        return self._keys

    def resolve(self, owner: str) -> Person | None:
        bare = _HONORIFIC_PREFIX_RE.sub("", squash(owner)).replace(".", " ").strip()
        low = re.sub(r"^the\s+", "", bare.lower())
        if not low:
            return None
        parts = bare.split()
        surname = parts[-1].lower() if parts else ""
        initial = parts[0][0].lower() if len(parts) > 1 else None
        keys = self._name_keys()
        by_name = [(p, k) for p, k in zip(self.people, keys) if k.split("|")[0] == surname]
        if initial:
            narrowed = [(p, k) for p, k in by_name if "|" not in k or k.split("|")[1] == initial]
            by_name = narrowed or by_name
        if len(by_name) == 1 and (owner[:1].isupper() and not looks_like_role(low)):
            return by_name[0][0]
        if looks_like_role(low):
            wanted = role_key(low)
            by_role = [p for p in self.people if p.role and (role_key(p.role) == wanted or len(wanted) > 8 and wanted in role_key(p.role))]
            if len(by_role) == 1:
                return by_role[0]
        return None


def role_key(role: str) -> str:
    """'the Chairman' and 'Chair' are one role; case, 'the' and punctuation do not matter."""
    key = re.sub(r"^the\s+", "", squash(role).lower().replace("’", "'"))
    key = re.sub(r"\bchair(?:man|woman|person)\b", "chair", key)
    return re.sub(r"[^a-z0-9' ]+", " ", key).strip()


def looks_like_role(owner: str) -> bool:
    return bool(
        re.search(
            r"\b(?:officer|manager|director|head|chair|chairman|clerk|leader|member|lead|executive|holder|council|panel|committee|cabinet|board)s?\b", owner
        )
    )
