"""The editor's five steps: their names, keys, and what each still lacks. No Textual here."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pressdesk.model import Release, text_fields


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


_BRACKETED = re.compile(r"\[[^\[\]\n]+\]")
_STEP_OF_FIELD = {"contacts": "contacts", "body": "story", "boilerplate": "boilerplate"}


def step_of_field(path: str) -> str:
    """The step that edits the field at `path` (`contacts[0].email` -> `contacts`)."""
    return _STEP_OF_FIELD.get(path.split("[", 1)[0].split(".", 1)[0], "release")


def missing_parts(release: Release) -> dict[str, list[str]]:
    """What each step still lacks: a headline, a contact, a lede, and any starter text in
    [BRACKETS] not yet replaced."""
    problems: dict[str, list[str]] = {s.id: [] for s in STEPS}
    left: dict[str, int] = {}
    for path, text in text_fields(release):
        if _BRACKETED.search(text):
            step = step_of_field(path)
            left[step] = left.get(step, 0) + 1
    if not release.headline.strip():
        problems["release"].append("The release needs a headline.")
    if release.line == "embargoed" and release.embargo is None:
        problems["release"].append("An embargoed release needs an embargo date and time.")
    if not any(c.name.strip() for c in release.contacts):
        problems["contacts"].append("Add at least one media contact.")
    lede = release.lede
    if lede is None or not lede.text.strip():
        problems["story"].append("The story needs a lede: a first paragraph.")
    for step, count in left.items():
        problems[step].append(f"{count} [bracketed] left")
    return problems
