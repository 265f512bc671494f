"""False-action families that every action form shares: a candidate owner + task that reads like
a commitment but is a standing duty, a past habit, a third party's reported schedule or a
member's stance on a motion (ANNOTATION.md, Actions: 'Not actions').

The vocabulary lives in models/patterns/action_false.json; these tests run on every candidate,
whatever trigger found it, so a new action form cannot bring the families back.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..resources import pattern_rules
from ..text_utils import PARAGRAPH_BREAK_RE, last_match
from ..vocabulary import person_title_words

# How far back in the sentence a habit marker ('In previous years') or a reporting clause
# ('reported that the') is looked for: a clause or two, not the whole of a long sentence.
HABIT_REACH = 200
LEAD_REACH = 120
# How far before a task the line of an ordinance's numbered section is looked for.
SECTION_REACH = 300
# How far after a task's start its sentence is read for a motion that failed.
FAILED_REACH = 400
FAILED_AFTER_REACH = 120  # characters after the sentence: a column gap of spaces, then the outcome word
FAILED_NEXT_REACH = 320  # characters after the sentence: one vote line or one short sentence, then the outcome


@lru_cache(maxsize=1)
def _rules() -> dict[str, re.Pattern]:
    data = pattern_rules("action_false.json")
    return {
        "standing_duty": re.compile(data["standing_duty"]["regex"]),
        "habitual": re.compile(data["habitual"]["regex"]),
        "schedule_lead": re.compile(data["reported_schedule"]["lead"]),
        "schedule_verbs": re.compile(data["reported_schedule"]["verbs"]),
        "stance": re.compile(data["stance"]["regex"]),
        "speech": re.compile(data["speech"]["regex"]),
        "habit_adverb": re.compile(data["habit_adverb"]["regex"]),
        "failed_motion": re.compile(data["failed_motion"]["regex"]),
        "failed_after": re.compile(data["failed_after"]["regex"]),
        "failed_next": re.compile(data["failed_next"]["regex"]),
        "wish_lead": re.compile(data["wish_lead"]["regex"]),
        "notice_to_reader": re.compile(data["notice_to_reader"]["regex"]),
        "meeting_conduct": re.compile(data["meeting_conduct"]["regex"]),
        "timed_schedule": re.compile(data["timed_schedule"]["regex"]),
        "done_after": re.compile(data["done_after"]["regex"]),
        "habit_lead": re.compile(data["habit_lead"]["regex"]),
        "whereas": re.compile(data["recital"]["whereas"]),
        "resolving": re.compile(data["recital"]["resolving"]),
        "legislation_section": re.compile(data["legislation_section"]["regex"]),
    }


@lru_cache(maxsize=1)
def _initials_not_people() -> frozenset[str]:
    data = pattern_rules("action_false.json")
    return frozenset(data["initials_not_people"]["initials"])


def member_initials(names: list[str]) -> list[str]:
    """The initials ('HD') of full names ('Heidi Dennison'), first and last word, that stand for one member only.

    Initials two members share, or that usually mean a body or a post ('PC', 'MP'), are no one's.
    """
    counts: dict[str, int] = {}
    titles = person_title_words()
    for name in names:
        words = [w for w in name.split() if w[:1].isalpha()]
        while words and words[0].rstrip(".") in titles:  # "Cllr Mary Noor" is MN, "Cllr Noor" has no initials: a title is no initial
            words = words[1:]
        if len(words) >= 2:
            key = (words[0][0] + words[-1][0]).upper()
            counts[key] = counts.get(key, 0) + 1
    return sorted(k for k, n in counts.items() if n == 1 and k not in _initials_not_people())


# The end of a sentence that is a direct question: its question mark, then closing quotes or brackets.
_QUESTION_END_RE = re.compile(r"\?[\s\"'’”)\]]*$")
# What sets off a question the task quotes rather than asks: "place the following question on the ballot: Do you support ...?"
_QUOTED_QUESTION_LEAD_RE = re.compile(r"[:\"“]")
# A question the minutes report, a request put as one ("Cllr Noor asked whether the Clerk could write to the police?"): the
# request stands, whatever mark ends it.
_REPORTED_QUESTION_RE = re.compile(r"\b(?i:asked|enquired|inquired|queried|wondered)\s+(?:if|whether)\b")
QUESTION_TAIL = 6  # characters at a sentence's end read for its question mark and the quotes or brackets after it


def asks_a_question(text: str, task_start: int, sent_end: int) -> bool:
    """Whether the task stands in a direct question: its sentence ends with a question mark, and no colon or opening quote
    between the task and the mark sets the question off as quoted matter.

    Verbatim minutes and question-and-answer records put questions to officers and members ("Could I just ask the City
    Clerk to clarify again that we are following process?", "would there be an opportunity perhaps to lobby the
    government?"): asked, not agreed, so no one is given a task (ANNOTATION.md, Actions). A task that quotes a question
    ("place the following question on the ballot: Do you support ...?") is still a task. Only the task's own sentence,
    within FAILED_REACH characters of its start, is read.
    """
    if sent_end - task_start > FAILED_REACH or not _QUESTION_END_RE.search(text, max(task_start, sent_end - QUESTION_TAIL), sent_end):
        return False
    return not _QUOTED_QUESTION_LEAD_RE.search(text, task_start, sent_end)


def not_a_commitment(text: str, sent_start: int, task_start: int, task: str, trigger: str, sent_end: int | None = None) -> bool:
    """Whether a candidate task is one of the shared false families, not work for after the meeting.

    The habit and schedule tests read the words of the sentence before the task (its owner and
    trigger); a failed motion is read from the task to `sent_end`, when it is given.
    """
    rules = _rules()
    task = task.lstrip()
    if rules["standing_duty"].search(task) or rules["stance"].match(task) or rules["habit_adverb"].match(task):
        return True  # "record, without note or comment, all resolutions"; "support the motion"; "would typically issue"
    if rules["speech"].match(task):
        return True  # "Councillor Allard will correct me if I'm wrong": words spoken at the meeting
    if (
        sent_end is not None
        and asks_a_question(text, task_start, sent_end)
        and not _REPORTED_QUESTION_RE.search(text, max(sent_start, task_start - LEAD_REACH), task_start)
    ):
        return True  # "Could I just ask the City Clerk to clarify again that we are following process?"
    line_start = text.rfind("\n", max(0, task_start - SECTION_REACH), task_start) + 1  # "Section 3." is a sentence of its own to the parser
    if rules["legislation_section"].fullmatch(text, min(sent_start, line_start), task_start):
        return True  # "Section 3. The City Manager shall establish procedures ...": an ordinance's standing duty
    if rules["notice_to_reader"].match(task) or rules["meeting_conduct"].match(task):
        return True  # "send you a link to join the meeting"; "make a decision on or after 12 May"; "take questions from the public"
    if rules["timed_schedule"].match(task):
        return True  # "The contractor will start on 5 May": a timetable, not a task
    if sent_end is not None and rules["failed_motion"].search(text, task_start, min(sent_end, task_start + FAILED_REACH)):
        return True  # "moved that Council write to the Minister; the motion lapsed"
    if sent_end is not None and rules["failed_after"].match(text, sent_end, min(len(text), sent_end + FAILED_AFTER_REACH)):
        return True  # "THAT Council direct staff to prepare a report ...          DEFEATED": the outcome after the motion's text
    if sent_end is not None and rules["failed_next"].match(text, sent_end, min(len(text), sent_end + FAILED_NEXT_REACH)):
        return True  # "... to introduce 20mph limits. On being put to the vote the motion was LOST": the outcome in the next sentence
    if sent_end is not None and rules["done_after"].search(text, task_start, min(sent_end, task_start + FAILED_REACH)):
        return True  # "agreed to write to Highways and has now done so": already done
    before = text[max(sent_start, task_start - HABIT_REACH) : task_start]
    if trigger in {"would", "said would", "agreed to"} and (rules["habitual"].search(before) or rules["habit_lead"].search(before)):
        return True  # "In previous years the Clerk would write to all residents"
    lead_from = max(sent_start, task_start - LEAD_REACH)
    if rules["schedule_verbs"].match(task) and rules["schedule_lead"].search(text, lead_from, task_start):
        return True
    if rules["wish_lead"].search(text, lead_from, task_start):
        return True  # "he would hope that the Department would fund the scheme"  # "reported that the contractor would start work on 5 May"
    return False


# How far before an owner a recital's WHEREAS is looked for, and how far after it its end
# ('NOW THEREFORE BE IT RESOLVED'): a recital or two, not the whole of a long resolution.
RECITAL_REACH = 600
RESOLVING_REACH = 2000
_LEAD_MARKS_RE = re.compile(r"\W{0,6}")  # the bullet or quote before a sentence's first word


def in_recital(text: str, sent_start: int, owner_start: int) -> bool:
    """Whether an owner stands in a resolution's recitals ('WHEREAS ... the mayor shall determine').

    The owner is in a recital when a WHEREAS comes before it in its sentence with no 'NOW
    THEREFORE BE IT RESOLVED' between them; after that, the owner is in what was decided.
    """
    rules = _rules()
    last = last_match(rules["whereas"], text, max(sent_start, owner_start - RECITAL_REACH), owner_start)
    if last is None:  # a long recital: its WHEREAS opens the sentence
        lead = _LEAD_MARKS_RE.match(text, sent_start, owner_start)
        last = rules["whereas"].match(text, lead.end(), owner_start)
    if last is None:
        return False
    return not rules["resolving"].search(text, max(last.end(), owner_start - RESOLVING_REACH), owner_start)


# How far before a task an agenda's recommendation label is looked for: the label and the motion under it, one paragraph.
RECOMMENDATION_REACH = 1500
# An agenda's recommendation label opening a line: "Recommended Action: Award and authorize the City Manager to execute the
# contract." (US council agendas), "RECOMMENDATION / That Council awards ... and authorises the Chief Executive Officer to
# execute the contract." (Australian), "Recommendation / That Council: ... c) Directs the Chief Executive to apply ..." (NZ).
_AGENDA_RECOMMENDATION_LINE_RE = re.compile(
    r"^[ \t]*(?:(?:Officers?['’]?s?|Staff|Executive)[ \t]+)?(?i:recommend(?:ations?|ed[ \t]+(?:action|motion|resolution)s?))\b[ \t]*:?", re.M
)


def in_agenda_recommendation(text: str, task_start: int) -> bool:
    """Whether a task stands in the motion an agenda recommends to the meeting, under its recommendation label and in the
    same paragraph: a motion not yet put, so no one has been given the task (ANNOTATION.md, Actions). Only for a document
    that is an agenda; minutes that print a recommendation and then resolve it give the task."""
    lo = max(0, task_start - RECOMMENDATION_REACH)
    last = last_match(_AGENDA_RECOMMENDATION_LINE_RE, text, lo, task_start)
    return last is not None and not PARAGRAPH_BREAK_RE.search(text, last.end(), task_start)


# The word a task cut off in mid-phrase ends on: an article or a preposition waiting for its noun ("... before the", "... on").
_DANGLING_END_RE = re.compile(r"\b(?:the|a|an|to|of|on|in|for|before|after|at|by|with|from|and|or|their|its|our)\s*$", re.I)
# The last joint between two tasks of one owner: "get quotes for the sidewalk on Clover Street and to contact the property owners on".
_LAST_JOINT_RE = re.compile(r"(?:\s+and\s+(?:to\s+)?|\s*;\s*)(?!.*(?:\s+and\s+|;))", re.S)
_SENTENCE_CLOSERS = frozenset(".!?;:)\"'’”")
# How far past a task's start the end of a document that cuts it off may be: the task's own words and a line break or two.
CUT_OFF_SLACK = 40


def written_part(text: str, text_end: int, task_start: int, task: str) -> str:
    """A task less the clause the end of the text cut off, "" when that was its only clause.

    "She said she would circulate the draft CIP to councilmembers before the" as the last words of a document (a page or an
    excerpt that stops mid-sentence): what the owner is to do is not written, so there is no task. "Staff was directed to get
    quotes for the sidewalk on Clover Street and to contact the property owners on": the first task is whole. `text_end` is
    the end of the document's text less trailing blanks; a text that ends its last sentence ("Councillors will again fill
    these in.") cut nothing off."""
    if task_start + len(task) + CUT_OFF_SLACK < text_end or not text_end or text[text_end - 1] in _SENTENCE_CLOSERS or not _DANGLING_END_RE.search(task):
        return task
    joint = _LAST_JOINT_RE.search(task)
    return task[: joint.start()].rstrip(" ,") if joint else ""


# The verbs of an agenda's programme for the meeting itself: "Staff to present options; no action anticipated.", "Defibrillator -
# Cllr Hext to report on the training session". In an agenda they say what will happen at the meeting, not after it.
_PROGRAMME_VERB_RE = re.compile(r"(?:present|report|update|give|introduce|brief|outline|explain|speak|attend)\b", re.I)


def agenda_programme(task: str) -> bool:
    """Whether a task found in an agenda is a part the meeting itself will hear (a report, a presentation, an update), which
    the agenda announces for the meeting; no one is given work to do after it (ANNOTATION.md, Actions). Only for a document
    that is an agenda."""
    return bool(_PROGRAMME_VERB_RE.match(task))


def task_given(text: str, text_end: int, task_start: int, task: str, in_agenda: bool) -> str:
    """The task as the document gives it, "" when it gives none: less a clause the end of the text cut off (written_part),
    and in an agenda neither a task inside the motion it recommends, not yet put (in_agenda_recommendation), nor a part
    of the meeting's own programme (agenda_programme)."""
    task = written_part(text, text_end, task_start, task)
    if task and in_agenda and (in_agenda_recommendation(text, task_start) or agenda_programme(task)):
        return ""
    return task
