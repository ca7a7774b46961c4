"""The desk's command-palette entries: fixes, the library, export and the house style.

Context-aware: a fix per fixable finding on screen, the library entries per saved organisation and
person, the house styles not in use. A fix is asked for through the panel's own `FixRequested`.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import Protocol

from pressdesk.findings import Finding
from pressdesk.model import PROFILES, Release
from pressdesk.tui.commands import Command
from pressdesk.tui.desk import Desk
from pressdesk.tui.keymap import key_for
from pressdesk.tui.steps import STEP_LABELS, step_of
from pressdesk.tui.widgets.findings_panel import FindingsPanel


def export_entries() -> list[tuple[str, str]]:
    """(format, label) for each export the registry has, then every format at once ("")."""
    from pressdesk.render.formats import EXPORTS

    return [*((name, f.label) for name, f in EXPORTS.items()), ("", "all formats")]


class DeskHost(Protocol):
    """What the entries ask of the screen that holds the release."""

    release: Release
    step: str

    def action_export(self, fmt: str = "") -> None: ...
    def action_fix_all(self) -> None: ...
    def action_check_profile(self, profile: str) -> None: ...
    def action_save_to_library(self) -> None: ...


def desk_commands(host: DeskHost, desk: Desk, panel: FindingsPanel | None) -> Iterator[Command]:
    """Every desk entry that applies right now, in the order discovery shows them."""
    if panel is not None:
        yield from _fixes(panel, host)
        yield from _spellings(panel)
    yield from _library_entries(host, desk)
    for fmt, label in export_entries():
        yield Command(
            f"export: {label}",
            "Choose where the files go, then write them",
            partial(host.action_export, fmt),
        )
    current = panel.profile if panel is not None else host.release.profile
    for profile in PROFILES:
        if profile != current:
            yield Command(
                f"check: profile {profile}",
                f"Check against the {profile} house style",
                partial(host.action_check_profile, profile),
            )


def _fixes(panel: FindingsPanel, host: DeskHost) -> Iterator[Command]:
    """`fix: closing mark — quote 3, Marisol Vega` for each safe fix, and one for all of them."""
    from pressdesk.tui.fixing import place_of, what_it_fixes

    fixable = [f for f in panel.findings if f.fix is not None]
    if fixable:
        yield Command(
            f"fix: all {len(fixable)} safe fixes" if len(fixable) > 1 else "fix: all safe fixes",
            f"Every safe fix in the release at once ({key_for('desk.fix_all')}); "
            f"one {key_for('edit.undo')} takes them all back",
            host.action_fix_all,
        )
    for finding in fixable:
        yield Command(
            f"fix: {what_it_fixes(finding)} — {place_of(host.release, finding.field)}",
            f"{finding.rule}: safe fix in the {STEP_LABELS[step_of(finding.field)]} step; "
            "undo takes it back",
            partial(_ask_fix, panel, finding),
        )


def _spellings(panel: FindingsPanel) -> Iterator[Command]:
    """Each misspelling's suggestions, and its word for the library, as the panel offers them."""
    from pressdesk.tui.spelling_choices import SPELLING, choices, named_word

    for finding in panel.findings:
        step = STEP_LABELS[step_of(finding.field)]
        word = named_word(finding)
        for choice in choices(finding):
            yield Command(
                f"spell: “{word}” → “{choice}” ({step})",
                "Replace the word; undo takes it back",
                partial(panel.post_message, panel.SuggestionChosen(panel, finding, choice)),
            )
        if finding.rule == SPELLING and word:
            yield Command(
                f"spell: add “{word}” to the coalition's words",
                "The library's word list: the spell check takes it as right from now on",
                partial(panel.post_message, panel.AddWordRequested(panel, finding, word)),
            )


def _library_entries(host: DeskHost, desk: Desk) -> Iterator[Command]:
    from pressdesk.tui.library_actions import coalition_of, organisations_in_order

    release = host.release
    yield Command(
        "add: media contacts from the library",
        "Pick the coalition's people",
        partial(desk.pick, "contacts", release),
    )
    yield Command(
        "add: quote from the library…",
        "Pick an organisation, then a person",
        partial(desk.pick, "story", release),
    )
    yield Command(
        "insert: boilerplate from the library…",
        "Pick an organisation",
        partial(desk.pick, "boilerplate", release),
    )
    yield Command(
        "save: to the library", "Save the person or boilerplate edited", host.action_save_to_library
    )
    library = desk.library
    coalition = coalition_of(library)
    orgs = organisations_in_order(library, coalition)
    for org in orgs:
        if org.boilerplate:
            yield Command(
                f"insert: boilerplate — {org.name}",
                "The library's current text",
                partial(desk.insert_boilerplate, org.slug),
            )
    # Members first: they are who a coalition statement quotes.
    for org in [*orgs[1:], *orgs[:1]] if coalition is not None else orgs:
        for person in org.people:
            yield Command(
                f"add: quote from {person.name} ({org.name})",
                person.title or "Name, title and organisation filled in",
                partial(desk.add_quote_from, org.slug, person.name),
            )


def _ask_fix(panel: FindingsPanel, finding: Finding) -> None:
    panel.post_message(FindingsPanel.FixRequested(panel, finding))
