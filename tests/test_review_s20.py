"""Session 20's review of the round's rules: each form a rule's comment names is matched, and the near forms the review
found the first versions matched or missed against their comments."""

import pytest

from minutes_miner.doc_type import _ACTION_REGISTER_TITLE_RE
from minutes_miner.extract.acronyms import _POST_RE
from minutes_miner.extract.action_forms import _PASSIVE_TASK_RE, _POSSESSIVE_RE
from minutes_miner.extract.model_veto import _veto
from minutes_miner.extract.motions import _NUMBERED_CAPS_HEADING_RE
from minutes_miner.extract.resolutions import _REPORT_FIGURE_RE, signs_off_these_minutes


@pytest.mark.parametrize(
    "line, individual",
    [
        ("SAT to replace, up to £95.", True),
        ("JB to write to Highways about the verge.", True),  # a person's initials ending in B are still a person
        ("MP to contact the school about parking.", True),
        ("PC to buy 2 snow shovels.", False),  # a parish council's two letters: the body
        ("CC to write to the police.", False),
    ],
)
def test_task_lines_of_a_person_not_of_the_council(line: str, individual: bool) -> None:
    assert (_veto()["individual_lead"].search(line) is not None) is individual


@pytest.mark.parametrize(
    "line, heading",
    [
        ("SC 15/2026 RESIGNATION OF CLLR L. MOKGOSI", True),
        ("7. GRANTS", True),
        ("VOTE 5-0 CARRIED", False),  # a tally looks like a reference: an outcome line all the same
        ("4-1 MOTION CARRIED", False),
    ],
)
def test_next_item_heading_is_not_an_outcome_line(line: str, heading: bool) -> None:
    assert (_NUMBERED_CAPS_HEADING_RE.search(line) is not None) is heading


@pytest.mark.parametrize(
    "title, register",
    [
        ("COUNCIL MEETING - ACTION ITEM REGISTER", True),
        ("Action Log", True),
        ("COUNCIL DECISIONS AND ACTIONS LOG", False),
        ("COUNCIL DECISIONS & ACTIONS LOG", False),  # one meeting's decisions and actions: a decision notice
    ],
)
def test_action_register_titles(title: str, register: bool) -> None:
    assert (_ACTION_REGISTER_TITLE_RE.search(title) is not None) is register


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("Surplus of £148,000 shared 60/40 between the constituent councils.", True),
        ("1,836 dogs registered this year.", True),
        ("Open day at the Old School on 4 May and a quiz.", False),
        ("Open day on 4 May 2025 and a quiz.", False),  # a year is no count of what follows it
    ],
)
def test_figures_of_a_report_are_not_dates(sentence: str, figure: bool) -> None:
    assert (_REPORT_FIGURE_RE.search(sentence) is not None) is figure


@pytest.mark.parametrize("certificate", ["Confirmed as a true and correct record", "Confirmed as a true and correct record."])
def test_minutes_certificate_with_or_without_its_full_stop(certificate: str) -> None:
    text = f"{certificate}\n\n________________ Chair\n"
    assert signs_off_these_minutes(text, 0, len(certificate))


def test_approval_of_earlier_minutes_is_no_certificate() -> None:
    text = "The minutes of the meeting held on 12 March 2026 were approved as a true record.\n\n______ Chair\n"
    assert not signs_off_these_minutes(text, 0, text.index("\n"))


@pytest.mark.parametrize(
    "text, at, possessive",
    [
        ("District Councillor's report", len("District Councillor"), True),
        ("Councillors' report", len("Councillors"), True),  # a plural possessive
        ("Cllr Ferris reported", len("Cllr Ferris"), False),
    ],
)
def test_possessive_after_a_post(text: str, at: int, possessive: bool) -> None:
    assert (_POSSESSIVE_RE.match(text, at) is not None) is possessive


@pytest.mark.parametrize(
    "description, passive",
    [
        ("be cleared next week", True),
        ("be published in the spring newsletter", True),
        ("be done before the fete", True),
        ("be present at the fete", False),  # an adjective with a participle's ending
        ("be open to the public on Saturday", False),
    ],
)
def test_passive_future_task_not_adjectives(description: str, passive: bool) -> None:
    assert (_PASSIVE_TASK_RE.match(description) is not None) is passive


@pytest.mark.parametrize(
    "expansion, post",
    [("Head of Development Management", True), ("Chief Executive", True), ("Group Chief Executive", True), ("Health and Safety Executive", False)],
)
def test_posts_spelt_out_by_an_acronym(expansion: str, post: bool) -> None:
    assert (_POST_RE.fullmatch(expansion) is not None) is post
