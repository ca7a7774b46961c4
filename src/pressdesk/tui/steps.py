"""The editor's five steps: their names, keys, and what each still lacks. No Textual here."""

from __future__ import annotations

from dataclasses import dataclass

from pressdesk.model import Release


@dataclass(frozen=True)
class StepInfo:
    """One step of the guided flow."""

    id: str
    title: str
    key: str  # the function key that jumps straight to it
    blurb: str  # one line under the step's title, for a newcomer


STEPS: tuple[StepInfo, ...] = (
    StepInfo("release", "Release", "f2", "Release line, date, headline and dateline."),
    StepInfo("contacts", "Contacts", "f3", "The media contacts reporters call or write to."),
    StepInfo("story", "Story", "f4", "The lede, then quotes, headings, lists and paragraphs."),
    StepInfo("boilerplate", "Boilerplate", "f5", "The 'About …' blocks after the end mark."),
    StepInfo("review", "Review", "f6", "The whole release as it will go out."),
)
STEP_IDS: tuple[str, ...] = tuple(s.id for s in STEPS)


def step_info(step_id: str) -> StepInfo:
    return STEPS[STEP_IDS.index(step_id)]


def missing_parts(release: Release) -> dict[str, list[str]]:
    """The required parts each step still lacks (headline, a contact, a lede)."""
    problems: dict[str, list[str]] = {s.id: [] for s in STEPS}
    if not release.headline.strip():
        problems["release"].append("The release needs a headline.")
    if release.line == "embargoed" and release.embargo is None:
        problems["release"].append("An embargoed release needs an embargo date and time.")
    if not any(c.name.strip() for c in release.contacts):
        problems["contacts"].append("Add at least one media contact.")
    lede = release.lede
    if lede is None or not lede.text.strip():
        problems["story"].append("The story needs a lede: a first paragraph.")
    return problems
