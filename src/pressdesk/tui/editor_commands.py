"""The editor's own command-palette entries (ctrl+p): go, add, move, edit, view, file, and the
desk's (`tui/desk_commands.py`). They follow the step the editor is on."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import TYPE_CHECKING

from pressdesk.tui.commands import Command
from pressdesk.tui.keymap import key_for
from pressdesk.tui.steps import LIST_STEPS, STEPS, step_info

if TYPE_CHECKING:
    from pressdesk.tui.screens.editor import EditorScreen


def editor_commands(screen: EditorScreen) -> Iterator[Command]:
    """Every action by a namespaced name, for the command palette (ctrl+p)."""
    yield from _go(screen)
    yield from _add(screen)
    yield from _list_item(screen)
    yield from _edit(screen)
    yield from _view_and_file(screen)
    from pressdesk.tui.desk_commands import desk_commands

    yield from desk_commands(screen, screen.desk, screen.findings_panel())


def _go(screen: EditorScreen) -> Iterator[Command]:
    for s in STEPS:
        yield Command(
            f"go: {s.title}",
            f"{step_info(s.id).blurb} ({s.key.upper()})",
            partial(screen.action_go, s.id),
        )
    yield Command("go: next step", f"The next step ({key_for('go.next')})", screen.action_next)
    yield Command(
        "go: previous step", f"The previous step ({key_for('go.back')})", screen.action_back
    )


def _add(screen: EditorScreen) -> Iterator[Command]:
    yield Command(
        "add: contact",
        f"Add a media contact ({key_for('add.contact')})",
        lambda: screen.action_add("contacts"),
    )
    for kind in ("paragraph", "quote", "heading", "list"):
        yield Command(
            f"add: {kind}",
            f"Add a {kind} to the story",
            partial(screen.action_add, kind),
        )
    yield Command(
        "add: boilerplate", "Add an About block", lambda: screen.action_add("boilerplate")
    )


def _list_item(screen: EditorScreen) -> Iterator[Command]:
    """Moving and removing the card or item the cursor is in, on the steps that list them."""
    if (info := LIST_STEPS.get(screen.step)) is not None:
        yield Command(
            "move: up",
            f"Move this {info.item} up ({key_for('move.up')})",
            lambda: screen.action_move(-1),
        )
        yield Command(
            "move: down",
            f"Move this {info.item} down ({key_for('move.down')})",
            lambda: screen.action_move(1),
        )
        yield Command(
            "remove: this item",
            f"Remove this {info.item} ({key_for('move.remove')})",
            screen.action_remove,
        )


def _edit(screen: EditorScreen) -> Iterator[Command]:
    yield Command(
        "edit: undo", f"Undo the last change ({key_for('edit.undo')})", screen.action_undo
    )
    yield Command(
        "edit: redo", f"Redo what undo took back ({key_for('edit.redo')})", screen.action_redo
    )
    yield Command(
        "edit: paste the next paste as is",
        f"No quote marks taken off, no paragraphs split ({key_for('edit.paste_as_is')})",
        screen.action_paste_as_is,
    )


def _view_and_file(screen: EditorScreen) -> Iterator[Command]:
    shown = screen.side.preview_visible
    yield Command(
        f"view: {'hide' if shown else 'show'} preview",
        "The text export of this step (F8)",
        screen.action_toggle_preview,
    )
    shown = screen.side.findings_visible
    yield Command(
        f"view: {'hide' if shown else 'show'} findings",
        "The checks' findings for this release (F7 goes to them)",
        screen.action_toggle_findings,
    )
    yield Command(
        "file: save now", f"Save to {screen.path} ({key_for('file.save')})", screen.action_save
    )
    yield Command("file: save as…", "Keep this release in a file of its own", screen.action_save_as)
