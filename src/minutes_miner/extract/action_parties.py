"""Outside parties the meeting tells what to do: an applicant, a consultant, a contractor, an owner.

"The Panel directed the applicant to provide, within 15 working days, an updated traffic
assessment" (a NZ hearing), "Mayor Oyelaran asked the consultant to model a tiered rate" (a
US council). The party is a common noun, so it owns a task only after a direction verb, never
in 'the applicant will ...' (a statement of what is applied for). A planning consent's
conditions ("a) That the owner obtain a permit") are left out: measured on unseen councils
they cost precision. A named body that has promised the council something owns it too
("Ergon has promised to install the pole by the end of August"), and so does a firm named after its
part ("the engineering consultant, R.J. Burnside & Associates, will complete the survey"): the NLP pipeline knows posts,
not companies and agencies, so the name is read from the words before the promise.
Patterns: models/patterns/action_triggers.json ("outside_parties").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .action_due import due_phrase
from .action_found import _TASK_CUT_RE, FoundAction, _triggers
from .stat_vocabulary import statistics_rules


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    rules = _triggers()["outside_parties"]
    parties = rules["parties"]
    return re.compile(rules["directed"].replace("PARTY", parties)), re.compile(r"\b" + parties + r"\b")


@lru_cache(maxsize=1)
def _promised_re() -> re.Pattern:
    return re.compile(_triggers()["outside_parties"]["promised"])


@lru_cache(maxsize=1)
def _named_re() -> re.Pattern:
    return re.compile(_triggers()["outside_parties"]["named"])


_PRONOUNS = frozenset("He She They It We I This That There".split())


@lru_cache(maxsize=1)
def _people_nouns() -> frozenset[str]:
    """Plurals of people ('residents', 'members', 'parishioners'; models/patterns/statistics.json people_nouns)."""
    return frozenset(statistics_rules()["people_nouns"])


def promised_actions(text: str) -> list[FoundAction]:
    """'SEPA has promised to install a second gauge at Milton Bridge by spring', 'Openreach have advised that they will replace
    the pole': the named body owns its promise."""
    if "promised" not in text and "undertaken" not in text and " will" not in text:
        return []
    return _named_owner_actions(_promised_re(), text)


def named_party_actions(text: str) -> list[FoundAction]:
    """'The engineering consultant, R.J. Burnside & Associates, will complete the survey': the firm named after its part owns
    the task of its 'will'."""
    if " will" not in text:
        return []
    return _named_owner_actions(_named_re(), text)


# The price of a firm's or body's promised work is a remark on it, not the task: 'will complete the topographic survey by the end
# of March at a cost of $7,400 already within the approved budget'.
_PRICE_REMARK_RE = re.compile(r"\s+at\s+a\s+(?:total\s+|further\s+|estimated\s+)?cost\s+of\b")


def _task_before_cut(task: str, *cuts: re.Pattern) -> str:
    """The task up to the first place one of `cuts` ends it (a clause of its own, a price remark), never in its first
    ten characters; trailing punctuation off."""
    starts = [c.start() for c in (regex.search(task) for regex in cuts) if c and c.start() > 10]
    return (task[: min(starts)] if starts else task).rstrip(" .;,")


def _named_owner_actions(regex: re.Pattern, text: str) -> list[FoundAction]:
    """One action per match of `regex` whose 'owner' is a name (no pronoun) and whose 'task' opens with a task verb."""
    found = []
    for m in regex.finditer(text):
        owner = re.sub(r"\s+", " ", m.group("owner"))
        if owner.split()[-1] in _PRONOUNS or owner.split()[-1].lower() in _people_nouns() or not _verb_ok(m.group("task")):
            continue  # 'Residents have said that they will attend ...': people speaking for themselves, not a body's promise
        task = _task_before_cut(m.group("task"), _TASK_CUT_RE, _PRICE_REMARK_RE)
        end = m.start("task") + len(task)
        found.append(FoundAction(owner, "BODY", task, "agreed to", m.start(), end, m.start("task"), due_phrase(task)))
    return found


def _verb_ok(task: str) -> bool:
    """A base-form task verb ('provide', 'enter', 'obtain'), not a participle or a noun."""
    word = re.match(r"[a-z-]+", task).group(0)
    verbs = _triggers()["task_verbs"]
    return word in set(verbs["verbs"]) | set(verbs["delegated_verbs"]) | set(_triggers()["outside_parties"]["task_verbs"])


def party_actions(text: str) -> list[FoundAction]:
    """One action per outside party the meeting directs to do something."""
    directed, any_party = _patterns()
    if not any_party.search(text):
        return promised_actions(text) + named_party_actions(text)
    found = []
    for m in directed.finditer(text):
        task = m.group("task")
        if not _verb_ok(task):
            continue
        task = _task_before_cut(task, _TASK_CUT_RE)
        found.append(FoundAction(re.sub(r"\s+", " ", m.group("owner")), "ROLE", task, "asked to", m.start(), m.end(), m.start("task"), due_phrase(task)))
    return found + promised_actions(text) + named_party_actions(text)
