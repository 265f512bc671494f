"""The finders' lazily built rules, built before worker processes fork.

Extracting one short built-in minutes text once makes every finder compile what it compiles
on first use: workers forked afterwards share those rules instead of each building them again,
and while the command is still learning (fastload.py) their regexes go into the compile cache.
"""

from __future__ import annotations

from .extraction import extract_path
from .fastload import learned_rule_set, stop_learning

WARM_UP_MINUTES = """MINUTES of the meeting of the Parish Council held on Tuesday 14 November 2023 at 7.30pm.

Present: Cllr J Smith (Chairman), Cllr A Jones, Mrs P Brown (Clerk).

1. Apologies for absence
Apologies were received from Councillor Evans.

2. Planning
RESOLVED that the Council supports application 23/01234/FUL. Votes: 5 for, 1 against, 1 abstention.
It was agreed that the Clerk will write to the Highways Department about the footpath.
ACTION: Cllr Jones to obtain three quotes for the bench by 31 December 2023.

3. Finance
The precept for 2024/25 was set at £12,500, an increase of 3.5% on last year; 45 residents replied to the survey.
"""


def warm_up_extraction() -> None:
    """Extract a short minutes text once, so rules the finders compile on first use exist before fork.

    Workers forked afterwards share them instead of each compiling them again, and their
    regexes go into the compile cache. Nothing extracted here is kept.
    """
    try:
        extract_path("warm-up.txt", WARM_UP_MINUTES.encode())
        learned_rule_set()  # the compile cache written at exit is warm for this rule set
    except Exception:  # noqa: BLE001 - only a saving: a rule that fails here fails (and is recorded) on the real file instead
        pass
    finally:
        stop_learning()  # what follows are the user's documents
