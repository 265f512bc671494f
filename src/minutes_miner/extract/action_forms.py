"""Actions in forms without an owner entity before a trigger: a pronoun after a named
member ("She would write"), "Name to V" notes, an owner after the task, and "ACTION: X" labels.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..resources import pattern_rules
from ..text_utils import squash
from ..vocabulary import person_titles
from .action_context import LINKING_ADVERBS, under_item_heading
from .action_due import due_phrase
from .action_filters import not_a_commitment
from .action_next_note import INITIALS, next_note_after_and, task_start
from .action_found import _MOVER_BEFORE_RE, FoundAction, Owner, _entities_by_sentence, _make_action, _triggers, causative_have, without_the
from .introduced_names import post_and_surname


# "She undertook to circulate ...", and after a lead naming the questioner: "In response to a question from Councillor Munro,
# she undertook to circulate a breakdown" ('she' is still the officer of the sentence before, not the questioner).
_PRONOUN_COMMITMENT_RE = re.compile(
    r"^[\s•●▪*–-]*(?:(?:In\s+(?:response|reply|answer)\s+to|(?:Responding|Replying)\s+to)\s+[^,.;]{1,120},\s*(?:he|she)|He|She|It\s+was\s+(?:agreed|resolved|decided|confirmed)\s+that\s+(?:he|she))\s+(?:(?:also|further|then)\s+)?(?:(?:said|confirmed|stated|advised|added|explained|indicated|assured Members)\s+(?:that\s+)?(?:s?he\s+)?)?"
    r"(?:would|will|agreed to|undertook to|offered to|promised to|volunteered to|(?:mentioned|stated|expressed|confirmed|outlined|announced|explained|indicated)\s+(?:his|her)\s+(?:intention|plan)\s+to)\s+(?:(?:also|personally)\s+)?+(?!be\b|have\b|like\b|need\b|not\b|suggest\b|hope\b|expect\b|welcome\b|prefer\b|recommend\b|support\b)(?P<task>[a-z].*)",
    re.S,
)


# A commitment with its subject left out, as terse minutes write the next sentence of the person just named: "Superintendent
# Ames discussed updates for the school year. Will return for monthly updates during the year." Not a question ('Will the
# Board ...?'), nor 'will be' or 'will have' (a state), nor what a thing will need ('... the bench is broken. Will need replacing').
_SUBJECTLESS_COMMITMENT_RE = re.compile(
    r"^[\s•●▪*–-]*(?:Will|Would)\s+(?:also\s+)?(?!be\b|have\b|not\b|the\b|a\b|an\b|this\b|that\b|it\b|there\b|you\b|we\b|they\b|he\b|she\b|any\b"
    r"|need\b|needs\b|require\b|requires\b|cost\b|take\b|continue\b|remain\b|depend\b|happen\b|follow\b)(?P<task>[a-z][^?]*)$",
    re.S,
)


# 'he' or 'she' after a comma splice, with a commitment: "Officers reported to Cllr Moyes that the work had been done, he is to seek
# clarification as to what was done". Not 'will be' or 'would like' (a state or a wish).
_COMMA_PRONOUN_RE = re.compile(
    r",[ \t\n]+s?he[ \t\n]+(?:is[ \t\n]+to|will|would|(?:has[ \t\n]+)?(?:agreed|offered|undertaken|undertook|promised)[ \t\n]+to)[ \t\n]+"
    r"(?!be\b|have\b|not\b|like\b|need\b|hope\b|wish\b)(?P<task>[a-z])"
)


def _comma_pronoun_action(text: str, sent: Span, ents: list[Span]) -> FoundAction | None:
    """The task of 'he' or 'she' after a comma splice, owned by the one person or post of the sentence before it who can be 'he'
    or 'she' (a team such as 'Officers' cannot); with two or more, the pronoun names nobody in particular."""
    m = _COMMA_PRONOUN_RE.search(text, sent.start_char, sent.end_char)
    if m is None:
        return None
    singles = [e for e in ents if e.end_char <= m.start() and _may_be_he_or_she(e)]
    if len(singles) != 1 or _CONDITION_RE.search(text, singles[0].end_char, m.start()):
        return None  # "commented that if masks are required, she would attend": a condition, not a commitment
    return _make_action(text, sent, squash(singles[0].text), singles[0].label_, "said would", m.start("task"), sent.end_char)


_CONDITION_RE = re.compile(r"\b(?i:if|unless|whether|when|once|provided|should)\b")


def _may_be_he_or_she(ent: Span) -> bool:
    """A person, or a post held by one person ('the Clerk'), not a team or a plural ('Officers', 'Members', 'staff')."""
    if ent.label_ == "PERSON":
        return True
    return ent.label_ == "ROLE" and ent.text not in _NOT_HE_OR_SHE and not ent.text.endswith("s")


# Posts that stand for a team, never the 'He' or 'She' of a later sentence ("Administration read ...; he believed"),
# unless a holder's name follows ("Staff Khan replied ... He would report").
_NOT_HE_OR_SHE = {"Administration", "Staff", "staff", "Officers", "officers"}
# A sentence with 'he' or 'she' as a subject keeps the person of the sentences before in view
# ("For that reason, he believed ...": the speaker's points go on).
_PRONOUN_SUBJECT_RE = re.compile(r"\b(?:[Hh]e|[Ss]he)\s+[a-z]")


# A post's holder named after it, as the subject of its sentence: "Staff Khan replied", "Chair Knox White noted"
# (a verb next: "under Administration (Key Administration Goals, page 9)" names no one).
_HOLDER_RE = re.compile(r"[ \t]+(?P<name>[A-Z][a-z'’-]{1,20}(?:[ \t]+[A-Z][a-z'’-]{1,20}){0,2})(?=[ \t]+(?:[a-z]+ed|said|would|will)\b)")


def _holder_of(text: str, post: Span | Owner) -> str | None:
    """The name after a post ('Staff Khan', 'Chair Knox White'), for the 'He' or 'She' of the sentences after it."""
    m = _HOLDER_RE.match(text, post.end_char, min(len(text), post.end_char + 70))
    return m.group("name") if m else None


def _antecedent_too_far(text: str, owner_end: int, sent_start: int) -> bool:
    """A pronoun's person must be in the same paragraph, at most two sentences back (from its name or a sentence it opened as 'He')."""
    between = text[owner_end:sent_start]
    return bool(re.search(r"\n[ \t]*\n", between)) or len(re.findall(r"[.!?](?:\s|$)", between)) > 2


def _pronoun_actions(doc: Doc, text: str, known_name_re: re.Pattern | None = None) -> list[FoundAction]:
    """'He confirmed that he would seek further clarification': the owner is the officer just named.

    A person of the document's people list named with no honorific ('Leemya McKeown thanked the
    team. She mentioned her intention to report ...') is an antecedent too (`known_name_re`).
    """
    ents_in = _entities_by_sentence(doc)
    results = []
    previous_owner: Span | Owner | None = None
    last_mention = 0  # where the person was last named, or the end of the last sentence with 'he' or 'she' in it
    previous_start = 0  # where the sentence before this one starts
    for sent in doc.sents:
        m = _PRONOUN_COMMITMENT_RE.match(text[sent.start_char : sent.end_char])  # sent.text makes a Token of each word
        if m is None and previous_owner is not None and previous_owner.end_char >= previous_start:
            m = _SUBJECTLESS_COMMITMENT_RE.match(text[sent.start_char : sent.end_char])  # only the sentence just before names who
        if previous_owner is not None and _antecedent_too_far(text, last_mention, sent.start_char):
            previous_owner = None  # "He" two paragraphs on is someone else
        if previous_owner is not None and _PRONOUN_SUBJECT_RE.search(text, sent.start_char, sent.end_char):
            last_mention = sent.end_char  # "Chair White noted that • ... • He was surprised ... • He said that he would email": one speaker's points
        if m and previous_owner is not None:
            owner = squash(previous_owner.text)
            named = _holder_of(text, previous_owner) if previous_owner.label_ == "ROLE" else None
            owner = f"{owner} {named}" if named else owner  # "Chair Knox White noted that ... He said that he would email"
            action = _make_action(text, sent, owner, previous_owner.label_, "said would", sent.start_char + m.start("task"), sent.end_char)
            if action:
                results.append(action)
        spliced = _comma_pronoun_action(text, sent, ents_in(sent))
        if spliced:
            results.append(spliced)
        people = [e for e in ents_in(sent) if e.label_ in {"PERSON", "ROLE"} and (e.text not in _NOT_HE_OR_SHE or _holder_of(text, e))]
        people = [e for e in people if not _POSSESSIVE_RE.match(text, e.end_char)] or people  # "District Councillor's report / Cllr Ferris reported ..."
        named = known_name_re.search(text, sent.start_char, sent.end_char) if known_name_re is not None else None
        if named and (not people or named.start() < people[0].start_char):
            previous_owner = Owner(named.start(), named.end(), "PERSON", named.group(0))
            last_mention = previous_owner.end_char
        elif people:
            previous_owner = people[0]  # the subject of a minute sentence comes first
            last_mention = previous_owner.end_char
        previous_start = sent.start_char
    return results


# A post named in the possessive, as a report's heading names it ("District Councillor's report", "County Councillor’s report"): it
# is not the sentence's subject, so not who a later 'he' or 'she' is when someone else is named with it.
_POSSESSIVE_RE = re.compile(r"['’]s?(?!\w)")


# "I will circulate ...", "I will be meeting with ...": a commitment in the first person, inside a quoted report.
# Not moving or voting on a motion ("I will move at the next meeting that ..."), nor a feeling ("I would be happy to").
_FIRST_PERSON_RE = re.compile(
    r"(?:(?<=[.!?]\s)|(?<=[“\"]))I\s+(?:will|shall|would|intend\s+to|plan\s+to)\s+(?:also\s+|personally\s+)?(?:be\s+(?=[a-z]+ing\b))?"
    r"(?!(?:move|propose|second|vote|support|oppose|abstain|not|never|like|love|hope|be|have|say|ask|remind|thank|recommend|urge|encourage)\b)(?P<task>[a-z])"
)
# Between the speaker and the opening mark: a colon or dash, maybe a verb of speaking ("Cllr Wills:- “", "Cllr Hale said: “").
_SPEAKER_GAP_RE = re.compile(r"\s*,?\s*(?:(?:said|stated|reported|added|replied|responded|commented|explained|presented)\s*)?(?:that\s*)?[:\-–\s]*")
_TITLED_SPEAKER_RE = re.compile(rf"(?P<name>(?:{person_titles()})\.?\s+(?:[A-Z]\.?\s+)?[A-Z][\w'’-]+)" + _SPEAKER_GAP_RE.pattern + "$")
_SPEAKER_REACH = 160  # the most characters between the speaker's name and the quotation's opening mark
_QUOTE_REACH = 4000  # the most characters of one quoted report


def _quote_speaker(doc: Doc, text: str, pos: int) -> Span | Owner | None:
    """The person or post who opens the quotation `pos` is in ("... was presented by Cllr Wills:- “Since my last report, ...").

    The quotation must still be open at `pos` (no closing mark since its opening one); the speaker
    is the last person or post named just before the opening mark.
    """
    lo = max(0, pos - _QUOTE_REACH)
    curly, straight = text.rfind("“", lo, pos), text.rfind('"', lo, pos)
    opening = max(curly, straight)
    if opening < 0 or "”" in text[opening:pos] or (opening == straight and text.count('"', lo, opening) % 2):
        return None  # no quotation open here (a straight mark after an odd count closes one)
    window = doc.char_span(max(0, opening - _SPEAKER_REACH), opening, alignment_mode="expand")
    near: list[Span | Owner] = [e for e in (window.ents if window is not None else ()) if e.label_ in {"PERSON", "ROLE"}]
    titled = _TITLED_SPEAKER_RE.search(text, max(0, opening - _SPEAKER_REACH), opening)  # "Cllr Wills:-", a name the tokens split oddly
    if titled:
        near.append(Owner(titled.start(), titled.end("name"), "PERSON", titled.group("name")))
    near = [e for e in near if _SPEAKER_GAP_RE.fullmatch(text, e.end_char, opening)]
    return max(near, key=lambda e: e.end_char) if near else None  # "The Chair read a letter from a resident: “I will ...": no one's


def _first_person_actions(doc: Doc, text: str) -> list[FoundAction]:
    """'I will be meeting with the Committee shortly' in a mayor's or member's quoted report: the speaker's task."""
    results = []
    for m in _FIRST_PERSON_RE.finditer(text):
        speaker = _quote_speaker(doc, text, m.start())
        span = doc.char_span(m.start(), m.start() + 1, alignment_mode="expand") if speaker is not None else None
        if span is None:
            continue
        sent = span.sent
        closings = [i for i in (text.find("”", m.start(), sent.end_char), text.find('"', m.start(), sent.end_char)) if i >= 0]
        end = min(closings, default=sent.end_char)  # the quotation may end before the sentence does
        action = _make_action(text, sent, squash(speaker.text), speaker.label_, "said would", m.start("task"), end)
        if action:
            results.append(action)
    return results


_COLLECTIVE_OWNERS = {"Councillors", "Members", "Trustees", "Officers"}
# What members 'will' do that is no task: remembering, wishing, deciding at a meeting, voting.
_COLLECTIVE_NOT_TASK_RE = re.compile(
    r"(?:again\s+|also\s+|then\s+)?(?:recall|know|remember|note|notice|need|wish|want|like|welcome|appreciate|see|find|hear|understand|recogni[sz]e|agree|support|vote|decide|receive|consider|approve|discuss|debate|continue|remain|have|be|not|no|all|each|already|now|still|probably)\b"
)


def _collective_commitment(owner_words: list[str], verb: str, task: str) -> bool:
    """'Councillors will again fill these in', 'The Councillors will hopefully get a working party together':
    members as a group taking on work. Not what members will know, wish or decide ('Members will recall ...')."""
    if verb not in {"will", "would"} or len(owner_words) > 2 or owner_words[-1] not in _COLLECTIVE_OWNERS:
        return False
    if len(owner_words) == 2 and owner_words[0] not in {"The", "All"}:
        return False
    return not _COLLECTIVE_NOT_TASK_RE.match(re.sub(r"^(?:hopefully|shortly|soon)\s+", "", task))


# Members as a group opening a clause after a comma or semicolon: "there are plenty of road planings to fill these,
# Councillors will again fill these in", "the hall is free that evening; the Trustees will open it up" (the same
# commitment as at a sentence's start, _collective_commitment; "Officers" are owner entities already).
_COLLECTIVE_AFTER_COMMA_RE = re.compile(
    r"[,;][ \t]+(?P<owner>(?:(?:The|the|All|all)[ \t]+)?(?:Councillors|Members|Trustees))[ \t]+(?P<verb>will|would)[ \t]+(?P<task>[a-z]+\b.*)", re.S
)


# The meeting's decision before a note's owner: "Agreed – that CSW should write to the Police Commissioner", "It was resolved that".
_DECIDED_THAT_RE = re.compile(r"\b(?i:agreed|resolved|decided)\b[\s–:-]*that\s+$")


def _name_to_actions(doc: Doc, text: str) -> list[FoundAction]:
    """'Claire to send quote details to clerk': a bare name opening an action note."""
    rule = _triggers()["name_to"]
    regex = rule.setdefault("compiled", re.compile(rule["regex"], re.S))
    stop = set(rule["stop"])
    ents_in = _entities_by_sentence(doc)  # not sent.ents, which walks the whole Doc's entities: quadratic over many notes
    results = []
    for sent, start in _clause_starts(doc, text):
        m = regex.match(text[start : sent.end_char])  # the text, whose task verbs find_actions lower-cased (sent.text makes a Token of each word)
        if not m and start != sent.start_char:
            continue
        owner_at = start + m.start("owner") if m else start  # the dash may end the clause's lead: 'Elm House – Various Works to trees'
        after_dash = m is not None and (text[start - 2 : start - 1] in _DASHES or (_after_heading_dash(text, owner_at) and m.group("verb") == "to"))
        if after_dash and not _dash_note(m, rule):
            continue  # "Manor House – Various Works to trees": a planning description after a dash, not a note
        if not m:
            m = _COLLECTIVE_AFTER_COMMA_RE.search(text, sent.start_char, sent.end_char)
            if m and _collective_commitment([w.title() if w in {"the", "all"} else w for w in m.group("owner").split()], m.group("verb"), m.group("task")):
                action = _make_action(text, sent, m.group("owner").split()[-1], "PERSON", "would", m.start("task"), sent.end_char)
                if action:
                    results.append(action)
            continue
        if m.group("verb") == "should" and not _DECIDED_THAT_RE.search(m.group(0), 0, m.start("owner")):
            continue  # "JB should contact the insurers": a view, unless the meeting decided it ("Agreed – that CSW should write to ...")
        owner_words = m.group("owner").split()
        pair = _PAIR_SPLIT_RE.split(m.group("owner"))
        if len(pair) == 2 and m.group("verb") == "to" and _NAME_PAIR_RE.fullmatch(m.group("owner")):
            titled = len(pair[0].split()) > 1  # "Cllrs Griffiths & Vaughan": surnames, which may end in s
            owner_start, owner_end = start + m.start("owner"), start + m.end("owner")
            person = titled or any(e.label_ == "PERSON" and e.start_char < owner_end and e.end_char > owner_start for e in ents_in(sent))
            if not person or not all(_may_be_name(name.split()[-1], rule, titled) for name in pair) or not task_verbs_re().match(m.group("task")):
                continue  # "Planning & Highways to ...", "Health and Safety to review ...": nouns, not two people
            action = _make_action(text, sent, m.group("owner"), "PERSON", "to-note", start + m.start("task"), sent.end_char)
            if action:
                results.append(action)
            continue  # "Jess and Mark to bring ...": two people share the note (a given name of the gazetteer is an entity, which owns no pair)
        collective = _collective_commitment(owner_words, m.group("verb"), m.group("task"))
        if collective:
            owner_words = owner_words[-1:]  # "The Councillors will ...": the group, past its article
        if post_and_surname(owner_words) and task_verbs_re().match(m.group("task")):  # not "Mayor Kibbey would like to ..."
            trigger = "to-note" if m.group("verb") == "to" else "would"
            action = _make_action(text, sent, m.group("owner"), "PERSON", trigger, start + m.start("task"), sent.end_char)
            if action:
                results.append(action)
            continue  # "Chief Coble to call two appraisers", "Warden Perrault agreed to write": the post and the surname, not the post alone
        if len(owner_words) == 1 and not collective and not _may_be_name(owner_words[0], rule):
            continue  # "Referring to devolution", "Failure to comply", "Changes to wellbeing services": a participle or a noun, not a person
        if (
            not m
            or owner_words[0] in stop
            or (len(owner_words) == 2 and owner_words[0][1:] == "." and owner_words[1] in stop)
            or any(e.start_char <= start + m.start("owner") < e.end_char for e in ents_in(sent))
        ):
            continue
        if _MOVER_BEFORE_RE.search(text, max(0, start + m.start("owner") - 50), start + m.start("owner")):
            continue  # "seconded by Tr. Baggett to approve": a sentence split after the title
        if (
            len(owner_words) == 1
            and not collective
            and not owner_words[0].isupper()
            and not task_verbs_re().match(m.group("task"))
            and not causative_have(m.group("task"))
        ):
            continue  # "Listen to residents", "Pleased to see": a lone word that is no given name needs a task verb after it
        if (
            m.group("verb") != "to"
            and not _SCOTTISH_MC_RE.sub("MC", re.sub(r"\s+and\s+", " ", m.group("owner"))).isupper()
            and not collective
            and not _INITIAL_NAMES_RE.fullmatch(m.group("owner"))
        ):
            continue  # "Works will start": only initials ("JB will contact", "KD and PL will arrange", "EMcA instructed to") own a bare 'will'
        trigger = "would" if collective else "to-note"
        action = _make_action(text, sent, " ".join(owner_words), "PERSON", trigger, start + m.start("task"), sent.end_char)
        if action:
            results.append(action)
    return results


def titled_group_actions(doc: Doc, text: str) -> list[FoundAction]:
    """'Cllrs Hale and Noor will meet the contractor': the surnames after a plural title share one task.

    One search of the text (action_triggers.json: titled_group); the task runs to the end of the
    sentence the group opens. The title makes them people, so 'will' and 'agreed to' commit them;
    a bare 'to' needs a task verb, and movers of a motion ('Motion by Trustees A and B to approve')
    own nothing."""
    rule = _triggers()["titled_group"]
    regex = rule.setdefault("compiled", re.compile(rule["regex"]))
    name_rule = _triggers()["name_to"]
    found = []
    for m in regex.finditer(text):
        if _MOVER_BEFORE_RE.search(text, max(0, m.start("owner") - 50), m.start("owner")):
            continue  # "seconded by Cllrs ...": movers, not owners
        surnames = re.split(r",?[ \t]+(?:and|&)[ \t]+|,[ \t]+", m.group("owner").split(None, 1)[1])
        if not all(_may_be_name(name, name_rule, True) for name in surnames):
            continue
        if m.group("verb") == "to" and not task_verbs_re().match(m.group("task")):
            continue  # "Trustees Elton and Barnes to approve the bills": a motion, not a note
        span = doc.char_span(m.start("owner"), m.end("owner"), alignment_mode="expand")
        if span is None:
            continue
        sent = span.sent
        trigger = "to-note" if m.group("verb") == "to" else "would"
        action = _make_action(text, sent, m.group("owner"), "PERSON", trigger, m.start("task"), max(sent.end_char, m.start("task")))
        if action:
            found.append(action)
    return found


# Scottish initials keep the small c of Mc ('EMcA', 'RMcC'): still initials, in capitals but for it
_SCOTTISH_MC_RE = re.compile(r"(?<=[A-Z])Mc(?=[A-Z])|^Mc(?=[A-Z])")
# Two people owning one note: "Ally & Gordon to organise", "Cllrs Griffiths & Vaughan to co-ordinate stalls".
_PAIR_SPLIT_RE = re.compile(r"[ \t]+(?:and|&)[ \t]+")
_NAME_PAIR_RE = re.compile(r"(?:[A-Z][a-z]+\.?[ \t]+)?[A-Z][a-z'’-]+[ \t]+(?:and|&)[ \t]+[A-Z][a-z'’-]+")
# Given names ending in s that are no plural nouns: Luis, Chris, Jess, Ross, Doris, Marcus, Dennis, Lewis; not the
# Greek nouns in -sis ('Analysis to follow', 'Basis to change'), which no given name ends in.
_NAME_IN_S_RE = re.compile(r"[a-z](?:ss|(?<!s)is|us)$")


def _may_be_name(word: str, rule: dict, surname: bool = False) -> bool:
    """A lone capitalised word that may be a person's name: no stop word, no noun ending ('Failure', 'Referring'),
    no plural ('Changes', 'Repairs'); a name in -ss, -is or -us ('Luis', 'Jess') is no plural, nor a surname after a
    title ('Cllrs Griffiths & Vaughan')."""
    if word in rule["stop"] or word.lower().endswith(tuple(rule["stop_suffixes"])):
        return False
    return surname or not word.endswith("s") or word in _COLLECTIVE_OWNERS or bool(_NAME_IN_S_RE.search(word))


# People written as an initial and a surname ("C. Vance and L. Beamish will visit the farmhouses"): a person, so 'will' is a commitment.
_INITIAL_NAMES_RE = re.compile(r"[A-Z]\.[ \t]?[A-Z][a-z'’-]+(?:[ \t]+(?:and|&)[ \t]+[A-Z]\.[ \t]?[A-Z][a-z'’-]+)?")


# A clause after a semicolon opens a note too: "HIA to circulate the action plan; CFO to attend the next meeting".
# A clause after a semicolon or a spaced dash: "No action taken; Sheriff to get a quote", "CC will object - Rhona to draft
# the letter", "a survey would be done before summer – Dana to confirm dates" (notes run on in one line).
_DASHES = frozenset("-–—")
_TITLES = frozenset({"Cllr", "Cllrs", "Councillor", "Councillors", "Cr", "Crs", "Mr", "Mrs", "Ms", "Dr", "Messrs"})


def _dash_note(m: re.Match, rule: dict) -> bool:
    """A note after a spaced dash opens with 'to' (or an instruction: '– EMcA instructed to write ...') and a task verb, under
    an owner of name-shaped words only ('- Rhona to draft the letter'), not a heading's noun phrase ('– Various Works to trees',
    '- Highways to be told')."""
    words = [w for w in m.group("owner").split() if w not in {"and", "&"}]
    titled = words[0].rstrip(".") in _TITLES  # "- Cllrs Evans & Hughes to ...": surnames may end in s
    names = words[1:] if titled else words
    instructed = _INSTRUCTED_RE.fullmatch(m.group("verb")) is not None
    return (m.group("verb") == "to" or instructed) and bool(task_verbs_re().match(m.group("task"))) and all(_may_be_name(w, rule, titled) for w in names)


def _after_heading_dash(text: str, pos: int) -> bool:
    """Whether a spaced dash with words before it on its line stands right before `pos` ('Elm House – Various Works'),
    not a list's bullet opening the line ('- JB to resend the map')."""
    if text[pos - 2 : pos - 1] not in _DASHES or text[pos - 3 : pos - 2] not in {" ", "\t"}:
        return False
    return bool(text[text.rfind("\n", 0, pos - 2) + 1 : pos - 3].strip())


_INSTRUCTED_RE = re.compile(r"(?:(?:was|were)\s+(?:asked|requested|instructed)|instructed|tasked)\s+to")  # the name_to rule's instruction verbs


# A clause of its own after a semicolon, a spaced dash, or a linking adverb set off by commas ("The verges were cut last week,
# however, GC to find out how often they are cut").
# also a flattened table's cell boundary after a full stop, '. / ' ('SW to follow up. / SW to email the Deed ...': the minute,
# then its action cell; 'D. Hansen / L. Bodie to adopt' is a mover and a seconder)
_CLAUSE_SEMICOLON_RE = re.compile(r"(?:;|[ \t](?:--?|–|—)|(?<=[.!?])[ \t]+/|,[ \t]*" + LINKING_ADVERBS + r",)[ \t]+(?=[A-Z])")


# an item's heading line, which the sentence runs on from when no full stop ends it ('12. Play Area' / 'KP to arrange
# the inspection.'): a number or minute reference and a short title, a short line in capitals, a title in title case, or
# a short title in sentence case ('Play area', 'Bus shelter repairs': the sentence splitter leaves the number '7.' apart)
_HEADING_THEN_LINE_RE = re.compile(
    r"[ \t]*(?:\d{1,4}(?:[./]\d{1,4})*[.):]?[ \t]+[^\n.;:]{1,60}|[^a-z\n.;:]{3,60}"
    r"|[A-Z][\w'’/-]*(?:[ \t]+(?:[A-Z][\w'’/-]*|of|and|the|for|to|in|on|&|[-–]))*|[A-Z][a-z'’/-]+(?:[ \t]+[a-z][a-z'’/-]*){1,3})[ \t]*\n(?=[ \t]*[A-Z])"
)


def _clause_starts(doc: Doc, text: str):
    """(sentence, start) of each sentence, of each clause after a semicolon or a spaced dash in it, and of the line
    under a heading the sentence opens with."""
    for sent in doc.sents:
        yield sent, sent.start_char
        heading = _HEADING_THEN_LINE_RE.match(text, sent.start_char, sent.end_char)
        if heading:
            yield sent, heading.end()
        for m in _CLAUSE_SEMICOLON_RE.finditer(text, sent.start_char, sent.end_char):
            yield sent, m.end()


_INITIALS_ONLY_RE = re.compile(INITIALS)
_NOT_NEXT_TASK_RE = re.compile(r"(?!be\b|the\b|a\b|note\b|receive\b|consider\b|have\b|not\b)[a-z]{2,}\b")


def next_note_actions(doc: Doc, text: str, notes: list[FoundAction]) -> list[FoundAction]:
    """Initials that open a second note after 'and' in the sentence of a note ("NC to chase and KN to provide ...").

    The first note's task stops before them (action_next_note, used by _make_action)."""
    found = []
    for note in notes:
        if note.trigger != "to-note":
            continue
        sent = None
        nxt = next_note_after_and(text, note.task_start, note.end)
        while nxt is not None:
            start = task_start(text, nxt)
            if _INITIALS_ONLY_RE.fullmatch(nxt.group("owner")) and _NOT_NEXT_TASK_RE.match(text, start):
                sent = sent or doc.char_span(note.start, note.end, alignment_mode="expand")  # the note's sentence, once per note
                action = _make_action(text, sent, nxt.group("owner"), "PERSON", "to-note", start, note.end) if sent is not None else None
                if action:
                    found.append(action)
            nxt = next_note_after_and(text, nxt.end("owner"), note.end)
    return found


NOTE_REACH = 600  # the most characters one duties note is read over
_INITIALS_RE = re.compile(r"[A-Z]{2,3}(?:\s*(?:/|&|and|,)\s*[A-Z]{2,3}){0,3}")


@lru_cache(maxsize=1)
def _labels_not_initials() -> frozenset[str]:
    """'IN: Email from SCC ...', 'NB: ...': capitals that label a line, never a member's initials (action_false.json)."""
    return frozenset(pattern_rules("action_false.json")["labels_not_initials"]["words"])


_COLON_NOTE_RE = re.compile(r"(?P<owner>[^\s:][^:\n]{0,59}?)[ \t]*:[ \t]+(?=[A-Za-z])")
_NOTE_LEAD_RE = re.compile(r"[\s\-•*–(→►➢▪●◦]{0,8}(?:\(?[a-z0-9]{1,3}[.)]\s*)?")  # the bullet may be an arrow: "  → Clerk: submit scheme to DoI"


# The department that follows a post in its title, in capitals: "Group Manager Finance", "Director Infrastructure Services".
_POST_DEPARTMENT_RE = re.compile(r"(?:[ \t]+[A-Z][\w&'’-]+){1,2}")
_NEXT_BULLET_RE = re.compile(r"\n[ \t]*[-•*–→►➢▪●◦][ \t]")


def _colon_note_actions(doc: Doc, text: str) -> list[FoundAction]:
    """'Carrie: create a Q1 enewsletter, create a posting ...', 'Clerk: write to the police': a duties note.

    The owner before the colon must be an owner entity filling it (a name, a post, a body) or
    initials, and what follows must start with a task verb, so 'Present: Cllr Hale' and
    'Purpose: to report ...' are no tasks. Each ', <task verb> ...' after the first is a task too.
    """
    verb_re = task_verbs_re()
    ents_in = _entities_by_sentence(doc)
    results = []
    for sent, line_start in _line_starts(doc, text):
        lead = _NOTE_LEAD_RE.match(text, line_start, sent.end_char)
        m = _COLON_NOTE_RE.match(text, lead.end(), sent.end_char)
        if not m or not verb_re.match(text, m.end(), sent.end_char):
            continue
        owner = m.group("owner").strip()
        owner_end = m.start("owner") + len(owner)
        label = next(
            (
                e.label_
                for e in ents_in(sent)
                if e.start_char == m.start("owner")
                and (e.end_char == owner_end or e.label_ == "ROLE" and e.end_char < owner_end and _POST_DEPARTMENT_RE.fullmatch(text, e.end_char, owner_end))
            ),
            None,
        )  # "Group Manager Finance: circulate ...": a post and its department
        initials = not label and _INITIALS_RE.fullmatch(owner) and owner not in _labels_not_initials()
        if not (label or initials) or owner.split()[-1].lower() in {"action", "actions", "by", "owner"}:
            continue  # "Action: Clerk" is a label, read by _labelled_actions
        end = min(sent.end_char, m.end() + NOTE_REACH)  # a note is a line or two; a long 'sentence' of notes is not re-read per note
        bullet = _NEXT_BULLET_RE.search(text, m.end(), end)
        end = bullet.start() if bullet else end  # "→ Clerk: submit scheme to DoI\n  → Chair: meet with ...": the next bullet is the next note
        starts = [m.end()] + [m.end() + a.end() for a in re.finditer(r"[,;]\s+(?:and\s+)?", text[m.end() : end]) if verb_re.match(text, m.end() + a.end())]
        bounds = starts[1:] + [end]
        for a, b in zip(starts, bounds):
            task = re.sub(r"[\s,;.]+$", "", squash(text[a:b]))
            task = task[:1].lower() + task[1:]
            if len(task.split()) >= 2:
                results.append(
                    FoundAction(
                        without_the(owner),
                        label or "PERSON",
                        task[:300],
                        "colon-note",
                        line_start if a == m.end() else a,
                        b,
                        a,
                        due_phrase(task),
                    )
                )
    return results


def _line_starts(doc: Doc, text: str):
    """(sentence, start) of each sentence and of each line inside it: a note under a heading line shares its sentence."""
    for sent in doc.sents:
        yield sent, sent.start_char
        at = text.find("\n", sent.start_char, sent.end_char)
        while at != -1:
            yield sent, at + 1
            at = text.find("\n", at + 1, sent.end_char)


# A task verb written with a capital after its modal, in sentence-case text: "ACTION: Clerk to Complete the
# grant application", "Cllr Hale to Contact the school". Title-case headings ("Amendment to Plan Review")
# have a capital after the verb too and are left as they are.
# One or two capitalised words may stand between the verb and two lower-case words ("Clerk to Contact Highways about the
# footpath"); one lower-case word is no sign of a sentence ("Offer to Purchase Real Estate and Acceptance").
_CAPITALISED_VERB_RE = re.compile(
    r"\b(?:to|will|would|shall)[ \t]+(?P<verb>[A-Z][a-z]{1,14})(?=[ \t]+[a-z]|[ \t]+(?:[A-Z][\w'’&-]{0,30}[ \t]+){1,2}[a-z][\w'’-]{0,30}[ \t]+[a-z])"
)


def lower_task_verbs(text: str) -> str:
    """The text with a capitalised task verb after 'to' / 'will' lower-cased (same length, so every offset holds).

    Action notes typed in title case ("Clerk to Complete the form") then read as "Clerk to complete
    the form" by every action form; a capitalised word that is no task verb ("to Highways") stays.
    """
    verbs = set(_triggers()["task_verbs"]["verbs"])

    def lower(m: re.Match) -> str:
        verb = m.group("verb")
        if verb.lower() not in verbs:
            return m.group(0)
        return m.group(0)[: m.start("verb") - m.start()] + verb.lower()

    return _CAPITALISED_VERB_RE.sub(lower, text)


def task_verbs_re() -> re.Pattern:
    """A task verb at a position, either case ('create', 'Write')."""
    rule = _triggers()["task_verbs"]
    if "compiled" not in rule:
        rule["compiled"] = re.compile(r"(?i:" + "|".join(sorted(rule["verbs"], key=len, reverse=True)) + r")\b")
    return rule["compiled"]


def _trailing_owner_actions(doc: Doc, text: str, member_initials: set[str] | frozenset[str] = frozenset()) -> list[FoundAction]:
    """'... The Clerk to look for local suppliers. Clerk': the owner column of an action table, flattened.

    Initials at the end of a task's line with no full stop ('... on the green RD') are an owner
    only when they are a present member's (`member_initials`): a line can also end in a time
    ('11:00 PM'), a firm ('Mazars LLP') or a body ('next week's CDC').
    """
    rule = _triggers()["trailing_owner"]
    regex = rule.setdefault("compiled", re.compile(rule["regex"], re.M))
    found = [_action_for_label(doc, text, squash(m.group("owner")), m.start("owner"), needs_verb=_is_name(m.group("owner"))) for m in regex.finditer(text)]
    wide = _triggers()["trailing_owner_wide"]
    next_line = wide.setdefault("compiled", re.compile(wide["regex"], re.M))
    found += [_action_for_label(doc, text, squash(m.group("owner")), m.start("owner"), needs_verb=True) for m in next_line.finditer(text)]
    if member_initials:  # one scan from each run of spaces (a lookbehind at every character cost 20 times the other rules)
        line_end = wide.setdefault("initials_compiled", re.compile(wide["initials_regex"]))
        not_after = wide.setdefault("not_after_compiled", re.compile(r"(?:^|[\s(])" + wide["initials_not_after"] + r"$|[^a-z0-9)]$"))
        for m in line_end.finditer(text):
            if set(re.findall(r"[A-Z]{2,3}", m.group("initials"))) <= member_initials and not not_after.search(text, max(0, m.start() - 12), m.start()):
                found.append(_action_for_label(doc, text, squash(m.group("initials")), m.start("initials"), needs_verb=True))
    return [action for action in found if action and re.search(r"[A-Za-z]{2}", action.description)]  # "6. AOB": a heading's number is no task


def _is_name(owner: str) -> bool:
    """A member's name in an action column ('Cllr. Alun Davies'): the sentence before must hold a task verb.

    A name after a full stop is also how attendance lists end ('Members present: Cllr. Simon Lucas;
    Cllr. Sylvia Wiggins'); a post or initials alone on a line are the action column's own words.
    """
    return bool(re.match(rf"(?:{person_titles()})\b", owner))


# A label word after which 'Action:' heads the motion an agenda puts to the meeting, not who acts: "Recommended Action: Adopt
# Ordinance 2026-04" (US council agendas and minutes that copy them).
_RECOMMENDED_LABEL_RE = re.compile(r"\b(?:Recommended|Requested|Proposed|Suggested|Staff|Council|Board)[ \t]+$", re.I)


# A label's 'owner' that is an infinitive: "Action: To be put on village notice board.", "ACTION: To discuss at the next meeting."
_INFINITIVE_LABEL_RE = re.compile(r"(?i:to)\s+[a-z]")


def _labelled_actions(doc: Doc, text: str) -> list[FoundAction]:
    """'ACTION: Clerk', '(Action: Joanne Carpenter)', 'Action by: Head of Service'."""
    results = []
    rules = _triggers()
    matches = list(rules["labels_compiled"].finditer(text)) + list(rules["label_notes_compiled"].finditer(text))
    matches += list(rules["bracket_owner_compiled"].finditer(text))  # "Quotes to be obtained (Clerk)."
    for bare in (rules["bare_label_compiled"], rules["bare_label_before_compiled"]):  # "... details. ACTION MMacA.", "... for payment. MT Action."
        matches += [m for m in bare.finditer(text) if m.group("owner") not in rules["bare_label"]["stop"]]
    for m in sorted(matches, key=lambda m: m.start()):
        owner = squash(m.group("owner")).rstrip(".,")
        if _RECOMMENDED_LABEL_RE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "Recommended Action: Approve Consent Agenda as presented": an agenda's motion, not an owner
        if re.search(r"\s(?:to|will|would|is\s+to)\s+[a-z]|\s[–—-]\s+[a-z]", owner):
            continue  # "Action: Clerk to circulate the budget", "ACTION: MO - update register": the line holds the task too
        if _INFINITIVE_LABEL_RE.match(owner):
            continue  # "Action: To be put on village notice board.": the label holds a task with no one named, not an owner
        if _is_outcome(owner):
            continue  # "ACTION: Approved as written.", "ACTION: Denied.": US minutes record the board's disposition under 'ACTION', no owner
        if owner and owner.lower() not in {"none", "n/a", "noted", "no action"}:
            bracket = "open" in m.re.groupindex
            start = m.start("open") if bracket else m.start() - (text[m.start() - 1 : m.start()] == "(")  # "(Owner: X)": from its bracket
            # "Applicant: Gulch Creek Brewing LLC (Owner: Halvorsen Family Trust)": an owner of land, not of a task, unless a verb is before it
            needs_verb = bracket or m.group(0).upper().startswith("OWNER")
            action = _action_for_label(doc, text, owner, start, needs_verb=needs_verb, command_ok=bracket)
            if action:
                results.append(action)
    return results


@lru_cache(maxsize=1)
def _outcome_re() -> re.Pattern:
    """A disposition word opening a label's 'owner' ('Approved as written', 'Denied', 'Tabled to June'), any case.

    The words: dispositions.json 'starts' and the motion closers of action_triggers.json 'label_outcomes'.
    """
    words = set(pattern_rules("dispositions.json")["starts"]) | set(_triggers()["label_outcomes"]["words"])
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?i:{alternation})\b")


def _is_outcome(owner: str) -> bool:
    """Whether an 'ACTION:' label's owner is the meeting's disposition of the item, not who acts.

    County and township boards in the US write each item as 'MOTION: Hicks SECOND: Tolbert VOTE: 4-0
    ACTION: Approved as written.': the label holds what the board did, so no one is given a task by it.
    """
    return _outcome_re().match(owner) is not None


# The verb of a labelled sentence: after 'to', 'would', 'will', or a progressive ('was looking into'). Adjectives with a
# participle's ending are no progressive: "Other requirements of the General Data Protection Regulations were ongoing.",
# "the invoice is outstanding" say how a thing stands, so the task is the whole sentence, not "ongoing".
_ING_ADJECTIVES = r"(?:ongoing|outstanding|pending|missing|forthcoming|continuing|existing|interesting|encouraging|disappointing|concerning|worrying|promising|exciting|challenging)\b"
_LABELLED_TASK_RE = re.compile(
    r"\b(?:(?:to|would|will|agreed to|asked to|if\s+(?:s?he|they)\s+could)\s+|(?:was|were|is|are)\s+(?=[a-z]+ing\b)(?!"
    + _ING_ADJECTIVES
    + r"))(?!(?:the|a|an|this|that|his|her|their|its|our|date)\b)(?P<v>[a-z]+\b.*)"
)


# A labelled sentence whose verb is a passive future ("The ditches leading up to NBW will be cleared next week. (Action: RD)", "A
# joint newsletter with the PCC will be published. (Action: BM)"): the owner acts on the sentence's subject, so the task is the
# whole sentence, not "be cleared next week". A note with no subject ("Christmas Toybox Appeal; to be posted on the website")
# keeps its task from the verb. Adjectives with a participle's ending ("will be present", "will be open") are no passive.
_PASSIVE_TASK_RE = re.compile(
    r"be\s+(?!(?:present|absent|open|urgent|sufficient|frequent|relevant|important|evident|even|green)\b)[a-z]+(?:ed|en|wn|ne|lt|nt|id|ght)\b"
)
# The topic that opens a minute's paragraph before its first sentence: "b. Nancy Bowles Wood – ", "Noticeboard: ".
_TOPIC_LEAD_RE = re.compile(r"^\W{0,3}(?:[a-z0-9]{1,3}[.)]\s+)?[A-Z][^–—:.\n]{0,60}?\s*(?:[–—:]|\s-)\s+(?=[A-Z])")


# A labelled sentence whose verb is 'be' with a noun after it ("There will be a concert in the church on Saturday 6th", "there
# would be a public meeting in May"): what is to take place, announced beside the initials of the member who reported it; no
# one is given a task by it. A passive ("will be cleared next week") has a participle after 'be' and is read above.
_EVENT_TO_BE_RE = re.compile(r"be\s+(?:a|an|no|some|another|one|two|three|several)\s")


# A numbered agenda heading and its title ("Item 7: Grass cutting", "5.2 Village Hall"), or its number alone when the
# title is read as the owner ("Item 5. AOB"): no task in it.
_HEADING_RE = re.compile(r"\W{0,3}(?:(?i:agenda\s+item|item|minute)\s+)?\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?(?:\s*[.:)–-]?\s*[A-Z][\w'’&/,() -]{0,60})?")


# A sentence of one word of assent between a request and its label: "MMacA asked RB if he could do an estimate. Agreed. ACTION RB."
_ASSENT_RE = re.compile(r"\W*(?i:agreed|approved|accepted|yes|ok|okay)\W*")


def _action_for_label(doc: Doc, text: str, owner: str, label_start: int, needs_verb: bool = False, command_ok: bool = False) -> FoundAction | None:
    """An owner given by a label: the task is the sentence before it, from its verb (`needs_verb`: only when it has one;
    `command_ok`: a line that opens with a command, 'Write to the landowner (Clerk)', has one)."""
    sent = _sentence_before(doc, label_start)
    if sent is not None and _ASSENT_RE.fullmatch(text, *sent):
        sent = _sentence_before(doc, sent[0])  # "... asked RB if he could do an estimate. Agreed. ACTION RB.": the request agreed to
    if sent is None:
        return None
    s_start, s_end = _past_item_heading(text, *sent)
    task = squash(text[s_start:s_end])
    own = re.search(r"\b" + re.escape(owner) + r"\s+(?:to|will|would)\s+(?P<v>[a-z]+\b.*)", task)
    verb = own or _LABELLED_TASK_RE.search(task)  # "... and RT to print copies. Action: RT": the owner's own clause
    if verb is None and command_ok:
        verb = _command_line(text, s_start, min(s_end, label_start))
    if verb is None and needs_verb:
        return None  # "Jane Smith (Clerk)": a post in brackets, no task
    if verb is None and _HEADING_RE.fullmatch(task.rstrip(" .;")):
        return None  # "Item 7: Grass cutting. Clerk to action": a heading, no task written
    description = re.sub(r"^(?:agreed|asked|resolved|decided)\s+to\s+", "", verb.group("v")) if verb else task
    if verb is not None and verb is not own and verb.group(0).startswith(("will", "would")) and _PASSIVE_TASK_RE.match(description):
        description = _TOPIC_LEAD_RE.sub("", task, count=1)  # "The ditches leading up to NBW will be cleared next week. (Action: RD)"
    description = description.rstrip(" .;")
    if _EVENT_TO_BE_RE.match(description):
        return None  # "There will be a concert in the church on Saturday 6th" beside a member's initials: an event, no task
    if not_a_commitment(text, s_start, s_start, description, "label"):
        return None  # a standing duty or a stance, with its owner in a label
    return FoundAction(owner, "LABEL", description[:300], "label", s_start, s_end, s_start, due_phrase(task))


# A heading's title is short and opens with no article: "Highways", "Grass cutting"; a wrapped line of prose ("The verges on
# Mill\nLane need cutting") opens with one or runs long.
_SHORT_TITLE_RE = re.compile(r"[ \t]*(?!(?i:the|a|an|this|these|it|we)\b)[^\n]{1,40}$")


def _past_item_heading(text: str, s_start: int, s_end: int) -> tuple[int, int]:
    """A labelled sentence from past the item's heading line the sentence splitter ran into it ("5. Highways\nThe verges need
    cutting. ACTION: Clerk": the task is not "Highways The verges need cutting"), when there is a sentence after the heading."""
    nl = text.find("\n", s_start, s_end)
    if nl == -1 or not text[nl + 1 : s_end].strip() or not _SHORT_TITLE_RE.match(text, s_start, nl):
        return s_start, s_end
    if not under_item_heading(text, s_start, text[s_start : nl + 1]):
        return s_start, s_end
    return nl + 1 + len(text[nl + 1 : s_end]) - len(text[nl + 1 : s_end].lstrip()), s_end


# A line that opens with a command, past a bullet or a clause label: "Write to the landowner", "- Arrange the inspection".
# Not a heading's noun: "Report of the Clerk", "Update from the group", "Review of rents".
_COMMAND_LINE_RE = re.compile(
    r"[ \t]*(?:[-•*–][ \t]*|\(?[a-z0-9]{1,3}[.)][ \t]+)?(?P<v>[A-Z][a-z]+(?:-[a-z]+)?\b(?![ \t]+(?:of|from|by|on|at|for|and|in|with|to[ \t]+(?:the[ \t]+)?(?:meeting|council|committee))\b)[^\n]*)"
)


def _command_line(text: str, start: int, end: int) -> re.Match | None:
    """The command that opens one of the last three lines of text[start:end], if its first word is a task verb."""
    line_start = end
    for _ in range(3):
        line_start = text.rfind("\n", start, line_start - 1) + 1 if line_start > start else start
        line_start = max(line_start, start)
        m = _COMMAND_LINE_RE.match(text, line_start, end)
        if m and re.match(r"[A-Za-z-]+", m.group("v")).group(0).lower() in _task_verb_set():
            return re.match(r"(?P<v>.*)", squash(m.group("v")))
        if line_start <= start:
            break
    return None


@lru_cache(maxsize=1)
def _task_verb_set() -> frozenset[str]:
    return frozenset(_triggers()["task_verbs"]["verbs"])


def _sentence_before(doc: Doc, pos: int) -> tuple[int, int] | None:
    best = None
    for sent in doc.sents:
        if sent.start_char >= pos:
            break
        if not sent.text.strip():
            continue
        if not re.match(r"^\s*\(?\s*ACTIONS?\b", sent.text, re.I):
            best = (sent.start_char, min(sent.end_char, pos))
            continue
        rest = _LABEL_THEN_SENTENCE_RE.match(sent.text)  # "ACTION MMacA. -\nMMacA asked RB if he could ...": the label closes, a sentence goes on
        if rest and sent.start_char + rest.end() < pos:
            best = (sent.start_char + rest.end(), min(sent.end_char, pos))
    return best


# A label that closes before its sentence ends, the splitter having kept the next sentence with it: "ACTION MMacA. -\nMMacA asked
# RB if he could do a ballpark estimate.". Only after the label's own stop and a line break, where the next line opens a sentence.
_LABEL_THEN_SENTENCE_RE = re.compile(r"\s*ACTIONS?[ \t]+[A-Z][A-Za-z]{1,5}[ \t]*\.[ \t\-–]*\n\s*(?=[A-Z])")
