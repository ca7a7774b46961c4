"""The command palette (ctrl+p): every editor action by a namespaced name (`go: Contacts`,
`add: quote`, `view: show preview`…), offered from the screen the palette was opened on."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider

from pressdesk.tui.steps import STEPS, step_info

if TYPE_CHECKING:
    from pressdesk.tui.screens.editor import EditorScreen

LIST_STEPS = {
    "contacts": "contact",
    "story": "block",
    "boilerplate": "boilerplate block",
}  # noun per step


class EditorCommands(Provider):
    """Commands of the editor screen. The screen lists them, so they follow the current step."""

    def _commands(self) -> Iterator[tuple[str, str, Callable[[], object]]]:
        commands = getattr(self.screen, "palette_commands", None)
        if commands is not None:
            yield from commands()

    async def discover(self) -> Hits:
        for title, help_text, callback in self._commands():
            yield DiscoveryHit(title, partial(callback), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, callback in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(
                    score, matcher.highlight(title), partial(callback), text=title, help=help_text
                )


Command = tuple[str, str, Callable[[], object]]


def editor_commands(self: EditorScreen) -> Iterator[Command]:
    """(title, help, callback) for every action, namespaced for the command palette."""
    yield from _go_commands(self)
    yield from _add_commands(self)
    yield from _list_commands(self)
    yield from _view_and_file_commands(self)


def _go_commands(self: EditorScreen) -> Iterator[Command]:
    for s in STEPS:
        yield (
            f"go: {s.title}",
            f"{step_info(s.id).blurb} ({s.key.upper()})",
            lambda s=s: self.action_go(s.id),
        )
    yield "go: next step", "The next step (alt+→)", self.action_next
    yield "go: previous step", "The previous step (alt+←)", self.action_back


def _add_commands(self: EditorScreen) -> Iterator[Command]:
    yield (
        "add: contact",
        "Add a media contact",
        lambda: (self.action_go("contacts"), self.action_add_contact()),
    )
    for kind in ("paragraph", "quote", "heading", "list"):
        yield (
            f"add: {kind}",
            f"Add a {kind} to the story",
            lambda kind=kind: (self.action_go("story"), self.add_block_at_end(kind)),
        )
    yield (
        "add: boilerplate",
        "Add an About block",
        lambda: (self.action_go("boilerplate"), self.action_add_boilerplate()),
    )


def _list_commands(self: EditorScreen) -> Iterator[Command]:
    """Moving and removing, on the steps that hold a list."""
    if self.step in LIST_STEPS:
        yield (
            "move: up",
            f"Move this {LIST_STEPS[self.step]} up (alt+↑)",
            lambda: self.action_move(-1),
        )
        yield (
            "move: down",
            f"Move this {LIST_STEPS[self.step]} down (alt+↓)",
            lambda: self.action_move(1),
        )
        yield (
            "remove: this item",
            f"Remove this {LIST_STEPS[self.step]} (alt+d)",
            self.action_remove,
        )


def _view_and_file_commands(self: EditorScreen) -> Iterator[Command]:
    shown = self._preview_visible()
    yield (
        f"view: {'hide' if shown else 'show'} preview",
        "The text export of this step (F8)",
        self.action_toggle_preview,
    )
    shown = self._findings_visible()
    yield (
        f"view: {'hide' if shown else 'show'} findings",
        "The checks' findings for this release (F7 goes to them)",
        self.action_toggle_findings,
    )
    # `export: …` entries come from the desk (DeskCommands): its export screen asks before
    # writing over a file; `export_beside` stays for scripts and tests.
    yield "file: save now", f"Save to {self.path} (ctrl+s)", self.action_save
    yield "file: save as…", "Keep this release in a file of its own", self.action_save_as


def export_beside(self: EditorScreen, fmt: str) -> None:
    """Write one export beside the release file (never over an existing file)."""
    from pressdesk.errors import PressdeskError
    from pressdesk.fileio import atomic_write
    from pressdesk.render import output_name, render

    target = self.path.parent / output_name(self.release, fmt)
    try:
        atomic_write(target, render(self.release, fmt), overwrite=False)
    except PressdeskError as exc:
        self.notify(
            f"{exc}; use `pressdesk export --force` to replace it",
            title="Not exported",
            severity="warning",
        )
        return
    self.notify(f"Wrote {target}", title="Exported")
