"""Where a sentence ends and what a list label is: one definition for every stage.

The spaCy sentence component (nlp/pipeline.py), the finders' sentence and clause reading
(extract/blocks.py) and the trained layer all read sentences and clause labels ("(a)",
"iv.", "2.1", "•") through these, so they agree; kept below the stages that use them.
"""

from __future__ import annotations

import re

from .resources import pattern_rules
from .vocabulary import MONTH_ABBREVIATIONS

CLAUSE_LABEL_RE = re.compile(
    r"^[ \t]*(?P<label>\(?[a-z]\)|\(?[ivx]{1,5}\)|\(?[A-Z]\)|\(\d{1,2}\)|\d{1,2}\)|\d{1,2}\.(?!\d)|[A-Z]\.(?=\s)|[a-z]\.(?=\s)|[ivx]{1,5}\.(?=\s)|[-•·*–▪●o](?=\s)|\d{1,2}\.\d{1,2}\.?(?=\s)|[A-Z]:(?=[ \t]))(?:[ \t]+|(?<=\))(?=[A-Za-z]))"
)
_SENTENCE_ENDS = pattern_rules("sentence_ends.json")
# the words a full stop may follow inside a sentence ('Cllr. Hale', 'e.g.', 'Atty. Gerald Nwosu'): models/patterns/sentence_ends.json
ABBREVIATIONS = frozenset(_SENTENCE_ENDS["abbreviations"])
# a month cut short is an abbreviation before its day ('beginning Feb. 2 at a cost of ...'), a sentence's end otherwise
_MONTHS = MONTH_ABBREVIATIONS
_DAY_NEXT_RE = re.compile(r"[ \t]\d{1,2}\b")
# the stop of a sentence an old newspaper runs on into the next with a dash ('... be cleared.--It was resolved that ...', a space
# before the dash too: '... were read, and confirmed. —The letters written ...'); after a word's small letter or a figure, so an
# abbreviation's capital keeps its dash ('the U.S.—Canada border')
DASHED_RUN_ON = r"(?<=[a-z\d£$%)])[.!?](?=[ \t]?(?:--|—)[ \t]?[A-Z])"
SENTENCE_END_RE = re.compile(
    r"[.!?](?=[\"'’”)]?\s+(?:[\"'‘“(\[]|\*{1,2})?[A-Z0-9£#])|[.!?][\"'’”)]?\s*\n\s*\n|\n[ \t]*\n"
    r"|[.!?;](?=\s+\(?(?:[a-z]|[ivx]{1,4})(?:[.)]\s+|\))[A-Z])"  # "... complete. b. The next point", "... Crichton. (a)Minute of Meeting": a page flattened by its crawler
    r"|(?<![:\s])[ \t]+(?=[•▪●][ \t]+\S)"  # "... was appointed • Clerk: FH was appointed": a bullet inside a line parts the entries a crawler ran together (after a colon it opens them)
    r"|[.!?](?=[ \t]*\|[ \t]*(?:\n|$))"  # "... had been received. |" then the next item: a flattened table's cell ends the sentence
    r"|\n[ \t]*[-–—•·*][ \t]*(?=\n)"  # "Introductions and Welcome" / "-" / "The Chair welcomed ...": a list's bullet alone on its line parts its entries
    r"|(?<=\S)[ \t]+(?=[A-Z]{1,4}/\d{2}/\d{1,4}[ \t]+To[ \t]+[a-z])"  # "Resolved: received AM/17/29 To receive requests ...": a flattened page's next item, by its minute reference
    r"|\n(?=[ \t]*\d{1,4}\.\d{1,4}\.(?:\d{1,3}\.)?[A-Z][a-z])"  # "... onto the committee" / "23.006.It was resolved ...": a line opening on its minute number glued to its words
    # "CARRIED" / "MINUTES" / "LYKE/HILL that ...": an outcome alone on its line closes its motion (not 'Balance' / 'Carried' / 'forward');
    # the one-letter lookbehind first, the last letter of every outcome word, so most positions fail at once (speed only)
    r"|(?<=[DdYy])(?:(?<=\nCARRIED)|(?<=\nCarried)|(?<=\nDEFEATED)|(?<=\nDefeated)|(?<=\nCARRIED UNANIMOUSLY)|(?<=\nCarried unanimously)|(?<=\nCarried Unanimously))\.?[ \t]*\n(?![ \t]*[a-z])"
    r"|[.!?](?=[ \t]*\n[ \t]*\|[ \t|]*(?:\n|$))"  # "... be appointed Chair of the Joint Committee." / "|": a flattened table's empty row after the cell's sentence
    r"|" + DASHED_RUN_ON  # "... not to exceed £5.--It was resolved that ...": an old newspaper's report runs its sentences on with a dash
)


# abbreviations that close a name or a list and so may close a sentence too ('flooding on Oak St. The Superintendent is to
# ...'): before a word that opens a sentence and names nothing the full stop ends the sentence as well; before a name it
# stays the abbreviation's ('St. Mary's Church'). Both lists are models/patterns/sentence_ends.json.
CLOSING_ABBREVIATIONS = frozenset(_SENTENCE_ENDS["closing_abbreviations"])
_SENTENCE_OPENER_NEXT_RE = re.compile(r"[ \t]+(?:" + "|".join(map(re.escape, _SENTENCE_ENDS["sentence_openers"])) + r")\b")


def is_abbreviation(text: str, dot: int) -> bool:
    """Is the full stop at `dot` the end of an abbreviation ("Cllr.", "e.g.", an initial), not of a sentence?"""
    word = re.search(r"(?<![0-9A-Za-z.])([A-Za-z.]+)$", text[max(0, dot - 8) : dot])  # not a figure's letter: '£9 11s.', '10d.', 'Item 4a.'
    if not word:
        return bool(_SUM_PART_RE.search(text, max(0, dot - 4), dot) and _SUM_PART_NEXT_RE.match(text, dot + 1))  # '£1 3s. 2d.'
    w = word.group(1).lower()
    if w in CLOSING_ABBREVIATIONS and _SENTENCE_OPENER_NEXT_RE.match(text, dot + 1):
        return False  # 'on Oak St. The Superintendent is to ...': the street's name and the sentence end together
    if _INITIALS_RE.search(text, max(0, dot - 24), dot) and _NAME_NEXT_RE.match(text, dot + 1):
        return True  # 'Mr T.L. Mabotja', 'Ms Z.T. Mabuza': a titled person's initials before the surname
    return w in ABBREVIATIONS or (len(w) == 1 and w.isalpha()) or (w in _MONTHS and _DAY_NEXT_RE.match(text, dot + 1) is not None)


# the shillings of a pre-decimal sum printed with its full stops, the pence after it: '£1 3s. 2d.', '£11 15s. 0d.'
_SUM_PART_RE = re.compile(r"\d[sd]$")
_SUM_PART_NEXT_RE = re.compile(r"[ \t]+\d{1,2}d\b")
# a title, then initials up to the full stop: 'Mr T.L', 'Ms Z.T' (not 'p.m', nor a body's letters 'report to C.C.C. It was')
_INITIALS_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Clr|Cr|Adv|Prof|Rev)\.?[ \t]+[A-Z](?:\.[A-Z])+$")
_NAME_NEXT_RE = re.compile(r"[ \t]+[A-Z][a-z'’-]+")  # the surname after initials
