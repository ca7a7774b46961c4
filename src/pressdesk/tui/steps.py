"""The editor's five steps: their names, keys, the list each holds, which step edits a field, and
what each still lacks. The one definition the step list, the keys, the palette, the findings panel
and the export screen read. No Textual here."""

from __future__ import annotations

from dataclasses import dataclass

from pressdesk.model import Release, text_fields
from pressdesk.placeholders import has_placeholder


@dataclass(frozen=True)
class StepInfo:
    """One step of the guided flow."""

    id: str
    title: str
    key: str  # the function key that jumps straight to it
    blurb: str  # one line under the step's title, for a newcomer
    collection: str = (
        ""  # the release's list this step edits as cards (contacts, body, boilerplate)
    )
    item: str = ""  # what one of its cards is called, for hints and messages


STEPS: tuple[StepInfo, ...] = (
    StepInfo("release", "Release", "f2", "Release line, date, headline and dateline."),
    StepInfo(
        "contacts",
        "Contacts",
        "f3",
        "The media contacts reporters call or write to.",
        "contacts",
        "contact",
    ),
    StepInfo(
        "story",
        "Story",
        "f4",
        "The lede, then quotes, headings, lists and paragraphs.",
        "body",
        "block",
    ),
    StepInfo(
        "boilerplate",
        "Boilerplate",
        "f5",
        "The 'About …' blocks after the end mark.",
        "boilerplate",
        "boilerplate block",
    ),
    StepInfo("review", "Review", "f6", "The whole release as it will go out."),
)
STEP_IDS: tuple[str, ...] = tuple(s.id for s in STEPS)
STEP_LABELS: dict[str, str] = {s.id: s.title for s in STEPS}
LIST_STEPS: dict[str, StepInfo] = {s.id: s for s in STEPS if s.collection}
"""The steps that hold a list of cards (to add to, move and remove from), by id."""

_STEP_OF_COLLECTION = {s.collection: s.id for s in STEPS if s.collection}


def step_info(step_id: str) -> StepInfo:
    return STEPS[STEP_IDS.index(step_id)]


def step_of(field: str) -> str:
    """The step that shows `field` (a field path such as `body[3].paragraphs[1]`).

    `contacts…`, `body…` and `boilerplate…` belong to the step that edits that list; `release`
    (a finding about the whole document, such as its length) to Review, which shows all of it;
    any other top-level field (headline, date, dateline, embargo, zone, end mark, profile…) to
    Release."""
    head = field.split(".", 1)[0].split("[", 1)[0]
    if head == "release" or not head:
        return "review"
    return _STEP_OF_COLLECTION.get(head, "release")


def missing_parts(release: Release) -> dict[str, list[str]]:
    """What each step still lacks: a headline, a contact, a lede, and any starter placeholder
    (`[FULL NAME]`, `[ADD …]`) not yet replaced."""
    problems: dict[str, list[str]] = {s.id: [] for s in STEPS}
    left: dict[str, int] = {}
    for path, text in text_fields(release):
        if has_placeholder(text):
            step = step_of(path)
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
