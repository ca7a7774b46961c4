"""The editor's keys: every one has a stable id (for `App.set_keymap`) and a tooltip.

F-keys for the steps (they work in tmux and at 80×24); alt+letter for adding and moving items,
which no text field uses. Which ones show in the footer depends on the step (`check_action`).
"""

from __future__ import annotations

from textual.binding import Binding

from pressdesk.tui.steps import STEPS


def _step_binding(index: int) -> Binding:
    s = STEPS[index]
    return Binding(
        s.key,
        f"go('{s.id}')",
        s.title,
        show=False,
        priority=True,
        id=f"go.{s.id}",
        tooltip=f"Go to the {s.title} step",
    )


EDITOR_BINDINGS: list[Binding] = [
    *[_step_binding(i) for i in range(len(STEPS))],
    Binding(
        "alt+left",
        "back",
        "Back",
        key_display="alt+←",
        id="go.back",
        tooltip="The previous step",
    ),
    Binding(
        "alt+right", "next", "Next", key_display="alt+→", id="go.next", tooltip="The next step"
    ),
    Binding("alt+n", "add_contact", "Add contact", id="add.contact", tooltip="Add a media contact"),
    Binding(
        "alt+n,alt+p",
        "add_block('paragraph')",
        "Paragraph",
        key_display="alt+p",
        id="add.paragraph",
        tooltip="Add a paragraph after this block",
    ),
    Binding(
        "alt+q",
        "add_block('quote')",
        "Quote",
        id="add.quote",
        tooltip="Add a quote block after this block",
    ),
    Binding(
        "alt+h",
        "add_block('heading')",
        "Heading",
        show=False,
        id="add.heading",
        tooltip="Add a subheading after this block",
    ),
    Binding(
        "alt+l",
        "add_block('list')",
        "List",
        show=False,
        id="add.list",
        tooltip="Add a bulleted list after this block",
    ),
    Binding(
        "alt+n",
        "add_boilerplate",
        "Add block",
        id="add.boilerplate",
        tooltip="Add an About block",
    ),
    Binding("alt+up", "move(-1)", "Move up", show=False, id="move.up", tooltip="Move this item up"),
    Binding(
        "alt+down",
        "move(1)",
        "Move down",
        show=False,
        id="move.down",
        tooltip="Move this item down",
    ),
    Binding("alt+d", "remove", "Remove", show=False, id="move.remove", tooltip="Remove this item"),
    Binding(
        "f8", "toggle_preview", "Preview", id="view.preview", tooltip="Show or hide the preview"
    ),
    Binding(
        "ctrl+s",
        "save",
        "Save",
        show=False,
        id="file.save",
        tooltip="Save now (it also saves by itself)",
    ),
]
