"""The pressdesk editor app, and `make_app`, which the command line and the tests both use."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Input, TextArea

from pressdesk.model import Release
from pressdesk.tui.screens.editor import EditorScreen

if TYPE_CHECKING:
    from textual.command import Provider

GENERAL_HELP = """\
### pressdesk
Write the release step by step: **Release**, **Contacts**, **Story**, **Boilerplate**, then
**Review**. Type plain text; pressdesk sets curly quotes, dashes and the layout when it exports.
Put the cursor in a field and press F1 for help about it."""


def _editor_commands() -> type[Provider]:
    from pressdesk.tui.commands import EditorCommands

    return EditorCommands


def _desk_commands() -> type[Provider]:
    from pressdesk.tui.desk_commands import DeskCommands

    return DeskCommands


class PressdeskApp(App[None]):
    """A guided editor for one release file."""

    CSS_PATH = "pressdesk.tcss"
    TITLE = "pressdesk"
    COMMANDS = App.COMMANDS | {_editor_commands, _desk_commands}  # imported when first opened
    HELP = GENERAL_HELP
    BINDINGS = [
        Binding("f1", "field_help", "Help", id="app.help", tooltip="Help for the field you are in"),
        Binding("ctrl+q", "quit", "Quit", id="app.quit", tooltip="Save and quit", priority=True),
    ]

    def __init__(
        self,
        path: Path,
        release: Release,
        *,
        draft: bool = False,
        on_disk: bool = True,
        recover: Path | None = None,
        cursor_blink: bool = True,
    ) -> None:
        super().__init__()
        self.path = path
        self.release = release
        self.draft = draft
        self.on_disk = on_disk
        self.recover = recover
        self.cursor_blink = cursor_blink

    def get_default_screen(self) -> Screen[None]:
        return EditorScreen(self.path, self.release, draft=self.draft, on_disk=self.on_disk)

    @property
    def editor(self) -> EditorScreen:
        screen = self.get_default_screen() if not self.screen_stack else self.screen_stack[0]
        assert isinstance(screen, EditorScreen)
        return screen

    def on_mount(self) -> None:
        if self.recover is not None:
            from pressdesk.tui.screens.recover import RecoverScreen

            self.push_screen(RecoverScreen(_describe(self.recover)), self._recovered)

    async def _recovered(self, recover: bool | None) -> None:
        if recover and self.recover is not None:
            from pressdesk.store import load

            await self.editor.open(self.recover, load(self.recover), draft=True)
            self.notify(f"Recovered the draft from {self.recover}", timeout=4)

    def on_descendant_mount(self, event: object) -> None:
        # Snapshots and tests turn the blinking cursor off so every frame is the same.
        if not self.cursor_blink:
            widget = getattr(event, "widget", None)
            if isinstance(widget, Input | TextArea):
                widget.cursor_blink = False

    def action_field_help(self) -> None:
        from pressdesk.tui.screens.help import HelpScreen

        node = self.focused
        text = None
        while node is not None and text is None:
            text = getattr(node, "HELP", None)
            node = node.parent  # type: ignore[assignment]
        self.push_screen(HelpScreen(text or GENERAL_HELP))

    async def action_quit(self) -> None:
        """Save, then quit (a draft nobody typed into leaves nothing behind)."""
        self.editor.save_now()
        self.exit()

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Textual's own commands, renamed into the palette's namespaces."""
        names = {
            "Theme": "view: theme",
            "Keys": "help: keys",
            "Maximize": "view: maximize this field",
            "Minimize": "view: restore size",
            "Screenshot": "app: screenshot",
        }
        for command in super().get_system_commands(screen):
            if command.title == "Quit":
                yield SystemCommand("app: quit", "Save and quit (ctrl+q)", self.action_quit)
            else:
                yield command._replace(title=names.get(command.title, command.title))
        yield SystemCommand(
            "help: this field", "Help for the field you are in (F1)", self.action_field_help
        )


def _describe(path: Path) -> str:
    from pressdesk.store import load

    when = datetime.fromtimestamp(path.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    try:
        headline = load(path).headline or "(no headline yet)"
    except Exception:
        headline = "(it cannot be read)"
    return f"{headline}\nlast saved {when}, kept in {path}"


def make_app(
    path: Path | None = None, *, cursor_blink: bool = True, recover: bool = True
) -> PressdeskApp:
    """The editor on `path` (created from the statement starter if missing), or on a new untitled
    draft that offers to recover the last one."""
    from pressdesk.store import load
    from pressdesk.tui.drafts import last_draft, new_draft_path, starter_release

    if path is None:
        previous = last_draft() if recover else None
        return PressdeskApp(
            new_draft_path(),
            starter_release(),
            draft=True,
            on_disk=True,
            recover=previous,
            cursor_blink=cursor_blink,
        )
    path = Path(path)
    if path.exists():
        return PressdeskApp(path, load(path), cursor_blink=cursor_blink)
    from pressdesk.store import save

    release = starter_release()
    save(path, release)  # create it now, so the file exists the moment the editor opens
    return PressdeskApp(path, release, cursor_blink=cursor_blink)
