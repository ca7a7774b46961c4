"""Command-palette entries for the desk: fixes, the library, export and the house style.

Entries are namespaced (`fix: …`, `insert: boilerplate — Org`, `add: quote from …`, `export: HTML
email`, `check: profile ap`) and context-aware: a fix is offered per fixable finding on screen, the
library entries per saved organisation and person, and only for actions the app has.

The provider calls actions by name on the screen that holds the release (or else the app), so
keys can be bound to the same actions; `DeskMixin` (tui/desk_wiring.py) provides them all:

- `action_export(fmt: str = "")` opens the export screen with `fmt` chosen ("" = every format);
- `action_check_profile(profile: str)` switches the house style;
- `action_pick_contacts()`, `action_pick_speaker()`, `action_pick_boilerplate()` open the pickers;
- `action_insert_boilerplate(slug: str)` inserts that organisation's current boilerplate;
- `action_add_quote_from(slug: str, name: str)` starts a quote block from a saved spokesperson;
- `action_save_to_library()` saves the speaker, contact or boilerplate being edited.
It reads the library from `desk_library` (screen) or `library` (app), and the `FindingsPanel` on
the current screen; a fix is asked for through the panel's own `FixRequested` message.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider

from pressdesk.findings import Finding
from pressdesk.model import PROFILES
from pressdesk.tui.finding_steps import STEP_LABELS, step_of
from pressdesk.tui.widgets.findings_panel import FindingsPanel

if TYPE_CHECKING:
    from textual.dom import DOMNode

    from pressdesk.library import Library

EXPORTS: tuple[tuple[str, str], ...] = (
    ("text", "plain text"),
    ("markdown", "Markdown"),
    ("html", "HTML email"),
    ("eml", "email draft (.eml)"),
    ("", "all formats"),
)

Command = tuple[str, Callable[[], object], str]  # (title, callback, help)


class DeskCommands(Provider):
    """The desk's palette entries (add to `App.COMMANDS` or `Screen.COMMANDS`)."""

    def _owner(self, action: str) -> DOMNode | None:
        # The desk's actions live on the screen that holds the release, or on the app.
        for node in (self.screen, self.app):
            if callable(getattr(node, f"action_{action}", None)):
                return node
        return None

    def _has(self, action: str) -> bool:
        return self._owner(action.split("(", 1)[0]) is not None

    def _run(self, action: str) -> Callable[[], object]:
        return partial(self.app.run_action, action, self._owner(action.split("(", 1)[0]))

    def _library(self) -> Library | None:
        for node in (self.screen, self.app):
            library = getattr(node, "desk_library", None) or getattr(node, "library", None)
            if library is not None:
                return cast("Library", library)
        return None

    def _panel(self) -> FindingsPanel | None:
        panels = self.screen.query(FindingsPanel)
        return panels.first() if panels else None

    def commands(self) -> Iterator[Command]:
        """Every entry that applies right now, in the order discovery shows them."""
        yield from self._fixes()
        yield from self._library_entries()
        if self._has("export"):
            for fmt, label in EXPORTS:
                yield (
                    f"export: {label}",
                    self._run(f"export({fmt!r})"),
                    "Choose where the files go, then write them",
                )
        if self._has("check_profile"):
            panel = self._panel()
            current = panel.profile if panel is not None else ""
            for profile in PROFILES:
                if profile != current:
                    yield (
                        f"check: profile {profile}",
                        self._run(f"check_profile({profile!r})"),
                        f"Check against the {profile} house style",
                    )

    def _fixes(self) -> Iterator[Command]:
        panel = self._panel()
        if panel is None:
            return
        for finding in panel.findings:
            if finding.fix is not None:
                yield (
                    f"fix: {finding.message} ({finding.rule})",
                    partial(_ask_fix, panel, finding),
                    f"Safe fix in the {STEP_LABELS[step_of(finding.field)]} step; undo takes it back",
                )

    def _library_entries(self) -> Iterator[Command]:
        from pressdesk.tui.library_actions import coalition_of, organisations_in_order

        library = self._library()
        if library is None:
            return
        for action, title, help_text in (
            (
                "pick_contacts",
                "add: media contacts from the library",
                "Pick the coalition's people",
            ),
            ("pick_speaker", "add: quote from the library…", "Pick an organisation, then a person"),
            ("pick_boilerplate", "insert: boilerplate from the library…", "Pick an organisation"),
            ("save_to_library", "save: to the library", "Save the person or boilerplate edited"),
        ):
            if self._has(action):
                yield title, self._run(action), help_text
        coalition = coalition_of(library)
        orgs = organisations_in_order(library, coalition)
        if self._has("insert_boilerplate"):
            for org in orgs:
                if org.boilerplate:
                    yield (
                        f"insert: boilerplate — {org.name}",
                        self._run(f"insert_boilerplate({org.slug!r})"),
                        "The library's current text",
                    )
        if self._has("add_quote_from"):
            # Members first: they are who a coalition statement quotes.
            for org in [*orgs[1:], *orgs[:1]] if coalition is not None else orgs:
                for person in org.people:
                    yield (
                        f"add: quote from {person.name} ({org.name})",
                        self._run(f"add_quote_from({org.slug!r}, {person.name!r})"),
                        person.title or "Name, title and organisation filled in",
                    )

    async def discover(self) -> Hits:
        for title, callback, help_text in self.commands():
            yield DiscoveryHit(title, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, callback, help_text in self.commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), callback, text=title, help=help_text)


def _ask_fix(panel: FindingsPanel, finding: Finding) -> None:
    panel.post_message(FindingsPanel.FixRequested(panel, finding))
