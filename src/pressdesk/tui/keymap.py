"""The editor's keys, in one table: the bindings, the footer, F1's key list, the palette's hints
and docs/editor.md's key table all come from here (a test holds the docs to it).

Only keys a terminal delivers unambiguously: function keys, ctrl+letter that no text field uses,
and alt+arrows (an escape sequence of their own). alt+letter is not one of them: a terminal sends
it as escape then the letter, and a text field types the letter. Every binding is a priority
binding, so it works whatever has the cursor (a text box, a checkbox, a list, a choice) and never
reaches a field as text.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding

from pressdesk.tui.steps import STEPS


@dataclass(frozen=True)
class Key:
    """One binding: its stable id (for `App.set_keymap`), key, action and words for people."""

    id: str
    key: str  # Textual's key name
    action: str
    label: str  # in the footer
    does: str  # in F1's list and docs/editor.md
    show: bool = False  # in the footer (where `check_action` allows)
    display: str = ""  # how to write the key, if not as Textual names it

    @property
    def shown_as(self) -> str:
        return self.display or self.key

    def binding(self, *, priority: bool = True) -> Binding:
        return Binding(
            self.key,
            self.action,
            self.label,
            show=self.show,
            key_display=self.display or None,
            priority=priority,
            id=self.id,
            tooltip=self.does,
        )


APP_KEYS: tuple[Key, ...] = (
    Key(
        "app.help",
        "f1",
        "field_help",
        "Help",
        "help for the field you are in, then the keys",
        True,
        "F1",
    ),
    Key("app.quit", "ctrl+q", "quit", "Quit", "save and quit", True),
)

STEP_KEYS: tuple[Key, ...] = tuple(
    Key(
        f"go.{s.id}",
        s.key,
        f"go('{s.id}')",
        s.title,
        f"go to the {s.title} step",
        False,
        s.key.upper(),
    )
    for s in STEPS
)

EDITOR_KEYS: tuple[Key, ...] = (
    *STEP_KEYS,
    Key("go.back", "alt+left", "back", "Back", "the previous step", True, "alt+←"),
    Key("go.next", "alt+right", "next", "Next", "the next step", True, "alt+→"),
    Key(
        "add.contact",
        "ctrl+n",
        "add('contacts')",
        "Add contact",
        "add a media contact (Contacts)",
        True,
    ),
    Key(
        "add.paragraph",
        "ctrl+n",
        "add('paragraph')",
        "Paragraph",
        "add a paragraph after the block you are in (Story)",
        True,
    ),
    Key(
        "add.boilerplate",
        "ctrl+n",
        "add('boilerplate')",
        "Add block",
        "add an About block (Boilerplate)",
        True,
    ),
    Key(
        "add.quote",
        "ctrl+t",
        "add('quote')",
        "Quote",
        "add a quote after the block you are in (Story)",
        True,
    ),
    Key("move.up", "alt+up", "move(-1)", "Move up", "move the card you are in up", False, "alt+↑"),
    Key(
        "move.down",
        "alt+down",
        "move(1)",
        "Move down",
        "move the card you are in down",
        False,
        "alt+↓",
    ),
    Key(
        "move.remove",
        "ctrl+r",
        "remove",
        "Remove",
        "remove the card you are in (ctrl+z brings it back)",
    ),
    Key(
        "edit.undo",
        "ctrl+z",
        "undo",
        "Undo",
        "undo: the last add, removal, move or fix, else typing in the field",
    ),
    Key("edit.redo", "ctrl+y", "redo", "Redo", "redo what undo took back"),
    Key(
        "edit.paste_as_is",
        "ctrl+o",
        "paste_as_is",
        "Paste as is",
        "the next paste goes in exactly as copied (no quote marks taken off, no paragraphs split)",
    ),
    Key(
        "desk.fix_all",
        "ctrl+f",
        "fix_all",
        "Fix all",
        "apply every safe fix in the release (one ctrl+z takes them all back)",
    ),
    Key("file.save", "ctrl+s", "save", "Save", "save now (it also saves by itself)"),
    Key("view.preview", "f8", "toggle_preview", "Preview", "show or hide the preview", True, "F8"),
    Key("desk.findings", "f7", "findings", "Findings", "go to the findings, and back", True, "F7"),
    Key(
        "desk.export",
        "f9",
        "export",
        "Export",
        "export: text, Markdown, HTML email, .eml",
        True,
        "F9",
    ),
    Key(
        "desk.library",
        "ctrl+l",
        "pick_from_library",
        "Library",
        "pick from the library: contacts, a quote's speaker or a boilerplate",
        True,
    ),
)

# Keys of the text fields (one-line and text boxes), bound on the fields themselves (not priority:
# only the field with the cursor hears them). Each is a control character every terminal sends.
FIELD_KEYS: tuple[Key, ...] = (
    Key(
        "field.select_all", "ctrl+a", "select_all", "Select all", "in a field: select all its text"
    ),
    Key(
        "field.clear",
        "ctrl+u",
        "clear_field",
        "Clear",
        "in a field: clear it (ctrl+z brings it back)",
    ),
    Key(
        "field.delete_to_end",
        "ctrl+k",
        "delete_to_line_end",
        "Delete to end",
        "in a field: delete to the end of the line",
    ),
    Key(
        "field.text_start",
        "ctrl+home",
        "text_start",
        "Start",
        "in a field: to the start of its text",
    ),
    Key("field.text_end", "ctrl+end", "text_end", "End", "in a field: to the end of its text"),
)

# Keys that are not bindings of the editor's own, for F1's list and the docs.
OTHER_KEYS: tuple[tuple[str, str], ...] = (
    ("Tab / shift+Tab", "next / previous field"),
    ("← / → or space", "pick another value in a choice (release line, house style, quote style)"),
    ("Enter / f", "in the findings: go to the finding / apply its safe fix"),
    ("ctrl+p", "every command, by name (`file: save as…` keeps a draft in a file of its own)"),
)


def every_key() -> tuple[Key, ...]:
    return (*APP_KEYS, *EDITOR_KEYS)


def key_for(binding_id: str) -> str:
    """How to write the key of the binding `binding_id` (for hints: "Remove (ctrl+r)")."""
    for key in every_key():
        if key.id == binding_id:
            return key.shown_as
    raise KeyError(binding_id)


def rows() -> list[tuple[str, str, str]]:
    """(key, what it does, binding id) for each binding (the fields' too), the same key once:
    docs/editor.md's table."""
    merged: dict[str, tuple[str, list[str], list[str]]] = {}
    for key in (*every_key(), *FIELD_KEYS):
        shown, does, ids = merged.setdefault(key.shown_as, (key.shown_as, [], []))
        if key.does not in does:
            does.append(key.does)
        ids.append(key.id)
    return [
        (shown, "; ".join(does), ", ".join(f"`{i}`" for i in ids))
        for shown, does, ids in merged.values()
    ]


def help_table() -> str:
    """The keys as a Markdown table, for F1."""
    lines = ["| Key | Does |", "|---|---|"]
    lines += [f"| {shown} | {does} |" for shown, does, _ in rows()]
    lines += [f"| {shown} | {does} |" for shown, does in OTHER_KEYS]
    return "\n".join(lines)
