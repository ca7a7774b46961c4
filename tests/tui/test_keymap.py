"""One keymap: docs/editor.md's key table, F1's list and the bindings all say the same, and no
binding is a key a terminal delivers as typing."""

from __future__ import annotations

import re
from pathlib import Path

from pressdesk.tui.app import PressdeskApp
from pressdesk.tui.keymap import EDITOR_KEYS, every_key, help_table, rows
from pressdesk.tui.screens.editor import EditorScreen

DOCS = Path(__file__).resolve().parents[2] / "docs" / "editor.md"


def docs_key_table() -> list[tuple[str, str, str]]:
    """The rows of the table under `## Keys` in docs/editor.md, as written."""
    text = DOCS.read_text(encoding="utf-8")
    section = text.split("\n## Keys\n", 1)[1].split("\n## ", 1)[0]
    table = [line for line in section.splitlines() if line.startswith("|")][2:]
    return [
        tuple(cell.strip() for cell in line.strip("|").split("|"))  # type: ignore[misc]
        for line in table
    ]


def test_the_docs_key_table_is_the_keymap() -> None:
    assert docs_key_table() == rows()


def test_f1_lists_every_binding() -> None:
    table = help_table()
    for key in every_key():
        assert f"| {key.shown_as} |" in table


def test_the_app_and_the_editor_bind_exactly_the_keymap_as_priority_bindings() -> None:
    bound = [*PressdeskApp.BINDINGS, *EditorScreen.BINDINGS]
    assert [(b.key, b.action, b.id) for b in bound] == [  # type: ignore[union-attr]
        (k.key, k.action, k.id) for k in every_key()
    ]
    assert all(b.priority for b in bound)  # type: ignore[union-attr]


def test_no_binding_is_a_key_a_text_field_would_type() -> None:
    # alt+letter arrives as escape + letter; a plain letter or shifted letter is typing.
    for key in EDITOR_KEYS:
        assert not re.fullmatch(r"(alt\+|shift\+)?.", key.key), key
        assert key.key.split("+")[0] in {
            "ctrl",
            "alt",
            "f2",
            "f3",
            "f4",
            "f5",
            "f6",
            "f7",
            "f8",
            "f9",
        }
        if key.key.startswith("alt+"):
            assert key.key in {"alt+left", "alt+right", "alt+up", "alt+down"}, key
