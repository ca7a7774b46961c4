"""The pressdesk editor app, and `make_app`, which the command line and the tests both use."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events
from textual.app import App, SystemCommand
from textual.screen import Screen

from pressdesk.model import Release
from pressdesk.tui.clean_text import clean_paste, clean_typed
from pressdesk.tui.key_order import ORDERED, KeyOrder, typed_character
from pressdesk.tui.keymap import APP_KEYS, help_table, key_for
from pressdesk.tui.messages import Flush
from pressdesk.tui.screens.editor import EditorScreen
from pressdesk.tui.widgets.kinds import takes_text

if TYPE_CHECKING:
    from textual.command import Provider
    from textual.dom import DOMNode
    from textual.widget import Widget

    from pressdesk.library import Library

GENERAL_HELP = """\
### pressdesk
Write the release step by step: **Release**, **Contacts**, **Story**, **Boilerplate**, then
**Review**. Type plain text; pressdesk sets curly quotes, dashes and the layout when it exports.
Put the cursor in a field and press F1 for help about it."""


def _editor_commands() -> type[Provider]:
    from pressdesk.tui.commands import EditorCommands

    return EditorCommands


class PressdeskApp(App[None]):
    """A guided editor for one release file."""

    CSS_PATH = Path(__file__).with_name("pressdesk.tcss")  # the same for subclasses elsewhere
    TITLE = "pressdesk"
    COMMANDS = App.COMMANDS | {_editor_commands}  # imported when first opened
    HELP = GENERAL_HELP
    BINDINGS = [key.binding() for key in APP_KEYS]

    def __init__(
        self,
        path: Path,
        release: Release,
        *,
        draft: bool = False,
        on_disk: bool = True,
        recover: Path | None = None,
        cursor_blink: bool = True,
        library: Library | None = None,
    ) -> None:
        super().__init__()
        self.key_order = KeyOrder(self)
        self.library = library
        self.path = path
        self.opening = release  # the release the editor opens with
        self.draft = draft
        self.on_disk = on_disk
        self.recover = recover
        self.cursor_blink = cursor_blink

    def get_default_screen(self) -> EditorScreen:
        self._editor = EditorScreen(
            self.path, self.opening, draft=self.draft, on_disk=self.on_disk, library=self.library
        )
        return self._editor

    @property
    def editor(self) -> EditorScreen:
        """The editor screen (under any dialog open over it)."""
        return self._editor

    async def on_event(self, event: events.Event) -> None:
        """Keys, pastes and clicks one at a time, in order (see `KeyOrder`); pastes cleaned."""
        if isinstance(event, ORDERED) and not event.is_forwarded:
            if not self.screen_stack:
                return  # a key that waited its turn while the app closed: nothing takes it now
            if isinstance(event, events.Paste):
                event.text = clean_paste(event.text)
            elif isinstance(event, events.Key) and not clean_typed(event):
                return  # a character no file can hold (half of a broken pair)
            if self.key_order.defer(event):
                return
            target: Widget | None = self.focused
            if isinstance(event, events.MouseEvent):
                target = self._widget_at(event)
            await super().on_event(event)
            if not typed_character(event):  # typed text needs no round of its own
                self.key_order.follow(target)
            return
        if isinstance(event, events.Key) and event.is_forwarded:
            self.key_order.bubbled()  # back up at the app, where its binding is looked up
        await super().on_event(event)

    def update_styles(self, node: DOMNode, animate: bool = True) -> None:
        """Restyle `node` and what it holds, unless it is not on a screen yet.

        Textual restyles a widget each time a class is set on it, also in its constructor (Input's
        and OptionList's `compact`, Button's variant), before it is mounted; mounting styles it
        again from scratch (`App._register`), so that first styling is thrown away: about 0.6 ms
        for each field on the first screen.
        """
        if node is self or node.is_attached:
            super().update_styles(node, animate)

    def _widget_at(self, event: events.MouseEvent) -> Widget | None:
        try:
            return self.get_widget_at(event.screen_x, event.screen_y)[0]
        except Exception:  # off every widget: the screen itself takes it
            return None

    def on_flush(self, message: Flush) -> None:
        self.key_order.landed(message)

    def on_mount(self) -> None:
        self.set_interval(0.25, self.key_order.watch, name="key order")
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
            if takes_text(widget):
                widget.cursor_blink = False

    def action_field_help(self) -> None:
        from pressdesk.tui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            self.screen.dismiss()  # F1 again closes it
            return
        node = self.focused
        text = None
        while node is not None and text is None:
            text = getattr(node, "field_help", None) or getattr(node, "HELP", None)
            node = node.parent  # type: ignore[assignment]
        self.push_screen(HelpScreen(f"{text or GENERAL_HELP}\n\n### Keys\n{help_table()}"))

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
                yield SystemCommand(
                    "app: quit", f"Save and quit ({key_for('app.quit')})", self.action_quit
                )
            else:
                yield command._replace(title=names.get(command.title, command.title))
        yield SystemCommand(
            "help: this field",
            f"Help for the field you are in ({key_for('app.help')})",
            self.action_field_help,
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
    path: Path | None = None,
    *,
    cursor_blink: bool = True,
    recover: bool = True,
    library: Library | None = None,
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
            library=library,
        )
    path = Path(path)
    if path.exists():
        return PressdeskApp(path, load(path), cursor_blink=cursor_blink, library=library)
    from pressdesk.store import save

    release = starter_release()
    save(path, release)  # create it now, so the file exists the moment the editor opens
    return PressdeskApp(path, release, cursor_blink=cursor_blink, library=library)
