"""Checks that a recorded vote adds up.

The commonest complaint about vote data in open civic datasets is a count that disagrees
with the named roll, or a "unanimous" decision with recorded dissent. minutes-miner does not
correct the minutes: it stores what they say and flags each resolution whose vote does not
add up, so a reader can filter on the flags (``resolutions.vote_checks``) and look.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

# The flags, as stored in resolutions.vote_checks (a JSON list); one sentence each for the docs.
FLAG_MEANINGS: dict[str, str] = {
    "tally_differs_from_roll": "a stated count (for, against or abstain) differs from the number of members named for that side",
    "unanimous_with_dissent": "recorded as unanimous, yet with votes against",
    "more_votes_than_present": "more votes cast than members recorded as present",
    "majority_contradicts_outcome": "carried with no more votes for than against, or lost with more votes for than against",
}


@dataclass
class VoteRecord:
    """What the minutes say about one decision's vote (the fields the checks need)."""

    votes_for: int | None = None
    votes_against: int | None = None
    abstentions: int | None = None
    outcome: str | None = None
    unanimous: bool | None = None


def vote_checks(vote: VoteRecord, roll: Iterable[tuple[str, str]] = (), present: int | None = None) -> list[str]:
    """Every flag this vote raises, in the order of FLAG_MEANINGS (empty when it adds up or says nothing).

    ``roll`` is the named vote as (member, 'for'|'against'|'abstain'); ``present`` the number of
    members recorded as present at the meeting (None or 0 when the attendance is unknown).
    """
    named = Counter(side for _, side in roll)
    flags = []
    if _tally_differs(vote, named):
        flags.append("tally_differs_from_roll")
    if vote.unanimous and ((vote.votes_against or 0) > 0 or named["against"] > 0):
        flags.append("unanimous_with_dissent")
    cast = _votes_cast(vote, named)
    if present and cast > present:
        flags.append("more_votes_than_present")
    if _majority_contradicts(vote):
        flags.append("majority_contradicts_outcome")
    return flags


def _tally_differs(vote: VoteRecord, named: Counter) -> bool:
    """Only where there is a roll to compare with: a count alone cannot disagree with itself."""
    if not sum(named.values()):
        return False
    stated = {"for": vote.votes_for, "against": vote.votes_against, "abstain": vote.abstentions}
    return any(count is not None and count != named[side] for side, count in stated.items())


def _votes_cast(vote: VoteRecord, named: Counter) -> int:
    """The larger of the stated counts and the named roll, side by side (either may be missing)."""
    stated = {"for": vote.votes_for, "against": vote.votes_against, "abstain": vote.abstentions}
    return sum(max(stated[side] or 0, named[side]) for side in stated)


def _majority_contradicts(vote: VoteRecord) -> bool:
    if vote.votes_for is None or vote.votes_against is None:
        return False
    if vote.outcome == "carried":
        return vote.votes_for <= vote.votes_against
    if vote.outcome == "lost":
        return vote.votes_for > vote.votes_against
    return False
