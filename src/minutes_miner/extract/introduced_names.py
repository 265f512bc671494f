"""People introduced by their full name, then called by surname or given name alone.

US, Canadian, Australian and NZ minutes introduce a person once with a post ("Director
Sheila Otte reported ...", "Staff: District Manager Cole Whitacre", "Library Director:
Beatriz Manning") or a post in brackets ("Kay Lundquist (Chair)"), then write "Otte will
apply for the grant", "Whitacre to set the hearing date", "Beatriz will ask the county".
The short name owns a task only through the action triggers; this module only says which
short names stand for one introduced person of the document.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..resources import gazetteer_lines

_NAME = r"(?P<name>[A-Z][a-z'’-]{1,20}(?:[ \t]+[A-Z]\.)?[ \t]+(?:Mc|Mac|O['’]|De|Van[ \t]|Le)?[A-Z][a-z'’-]{1,25})(?![\w'’-]|[ \t]+[A-Z][a-z])"

# a full name from its first word: not the tail of a longer word or of a capitalised run ('Council Tom Kuester')
_NAME_AT_ITS_START = r"(?<![\w'’-])(?<![A-Z][a-z][ \t])" + _NAME


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    posts = "|".join(sorted({re.escape(w) for w in gazetteer_lines("post_words.txt")}, key=len, reverse=True))
    after_post = re.compile(r"\b(?:" + posts + r")\.?(?:[ \t]*:)?[ \t]+" + _NAME)
    before_bracket = re.compile(
        r"(?<![\w'’-])(?<![A-Z][a-z][ \t])" + _NAME.replace("(?![\\w'’-]|[ \\t]+[A-Z][a-z])", "") + r"[ \t]*\((?:[A-Z][\w.'’-]*(?:[ \t]+[\w.'’&-]+){0,5})\)"
    )
    # "Tom Kuester, Road Superintendent met with the board", "Robert M. Hutchinson, Town Manager": the post set off by a
    # comma after the name, up to three capitalised words before its post word
    before_comma_post = re.compile(_NAME_AT_ITS_START + r",[ \t]+(?:[A-Z][\w'’&-]*[ \t]+){0,3}(?:" + posts + r")\b")
    # "Bruce Loomis called the meeting to order at 8:09" (a US commission's first line): the chair, named in full once, then
    # "Bruce will add a discussion of this amendment to the agenda"
    called_to_order = re.compile(_NAME_AT_ITS_START + r"[ \t]+(?:called|brought)[ \t]+the[ \t]+(?:\w+[ \t]+)?meeting[ \t]+to[ \t]+order\b")
    return after_post, before_bracket, before_comma_post, called_to_order


# Words that make a capitalised pair a post, a unit or a place, not a person's name ("Chief Executive Officer", "Director Public Works").
_NOT_NAME_WORDS = frozenset(
    "Executive Services Service Council Committee Board Department Works Public Finance Planning General Corporate Officer Team Fire Police "
    "County City Town Village District Parish Road Roads Street Health Housing Operations Development Community Resources Education "
    "Administration Administrative Financial Legal Technical Engineering Emergency Building Parks Recreation Library Water Utilities "
    "The This That".split()
)


@lru_cache(maxsize=1)
def post_words() -> frozenset[str]:
    """The words of a post written right before a person's name ('Director', 'Treasurer', 'Chief', 'Sheriff')."""
    return frozenset(gazetteer_lines("post_words.txt"))


def post_and_surname(words: list[str]) -> bool:
    """'Chief Coble', 'Treasurer Yoo': a post word and one capitalised surname, no second post or place word ('Chief Executive')."""
    return len(words) == 2 and words[0] in post_words() and words[1] not in _not_name_words() and not _NOUN_ENDING_RE.search(words[1])


@lru_cache(maxsize=1)
def _not_name_words() -> frozenset[str]:
    return _NOT_NAME_WORDS | set(gazetteer_lines("post_words.txt")) | set(gazetteer_lines("place_words.txt"))


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Given names that are words too ('Mark', 'Will', 'Grace'): never a short name alone."""
    return frozenset(gazetteer_lines("given_names_with_surname.txt"))


# Endings of a noun, not a name ("Legislative Conference", "Watershed Partnership").
_NOUN_ENDING_RE = re.compile(r"^\w{3,}(?:ship|tion|tions|sion|ment|ments|ness|ference|ity|ism)$")


def introduced_names(text: str) -> list[str]:
    """The full names a document introduces with a post before them, a post in brackets or after a comma after them, or
    as the one who called the meeting to order."""
    found = {m.group("name") for pattern in _patterns() for m in pattern.finditer(text)}
    stop = _not_name_words()
    names = {re.sub(r"[ \t]+", " ", n) for n in found}
    return sorted(n for n in names if not any(w.rstrip(".") in stop or _NOUN_ENDING_RE.search(w) for w in n.split()))


_TITLES = frozenset("Mr Mrs Ms Miss Mx Dr Prof Rev Sir Dame".split())


def listed_names(names: list[str]) -> list[str]:
    """The people of an attendance list as given name and surname, without the post or title before them.

    'Present: ... Robbie Clegg' and 'Road Foreman Bill Tuttle' introduce people as surely as 'Director Sheila Otte'
    does, and the minutes then write 'Robbie offered to contact the Lions Club', 'Bill will get a price'. The post is
    cut so 'Inspector Ross Gunn' and the 'Ross Gunn' introduced_names reads count as one person; a listed 'name' with a
    post, unit or place word left in it ('Police Scotland', 'Community Learning') is no person.
    """
    stop = _not_name_words()
    found = set()
    for name in names:
        words = name.split()
        while words and ({words[0].rstrip("."), words[0].rstrip(".s")} & (_TITLES | post_words())):  # 'Cllrs G Parri' too
            words = words[1:]
        if len(words) >= 2 and not any(w.rstrip(".") in stop or _NOUN_ENDING_RE.search(w) for w in words):
            found.add(" ".join(words))
    return sorted(found)


def _short_name_counts(full_names: list[str]) -> dict[str, int]:
    """How many introduced people each surname and given name may stand for."""
    counts: dict[str, int] = {}
    for name in set(full_names):
        words = [w for w in name.split() if len(w) > 2 and not w.endswith(".")]
        for w in {words[0], words[-1]} if len(words) >= 2 else set():
            counts[w] = counts.get(w, 0) + 1
    return counts


def short_names(full_names: list[str]) -> list[str]:
    """The surnames and given names that stand for one introduced person each ('Otte' for 'Sheila Otte')."""
    stop = _not_name_words() | _common_words()
    return sorted(w for w, n in _short_name_counts(full_names).items() if n == 1 and w not in stop)


def shared_short_names(full_names: list[str]) -> frozenset[str]:
    """The names two or more introduced people share that only the census list makes given names ('Robbie' for
    'Robbie Clegg' and 'Robbie Tane'): alone, such a name says nobody in particular, as it did before the census list
    (models/gazetteers/given_names_census.txt) made it a person. The hand list's names ('Liz', 'Dave') own their
    tasks as they always have."""
    hand_listed = frozenset(gazetteer_lines("first_names.txt"))
    return frozenset(w for w, n in _short_name_counts(full_names).items() if n > 1 and w not in hand_listed)
