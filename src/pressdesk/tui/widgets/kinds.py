"""Whether a widget is a text area or a prose field, asked without importing either.

The editor's first screen has no multi-line field, and importing Textual's TextArea (with its
document and undo modules) and `ProseField` costs that screen about 8 ms (bench/bench_tui.py).
No widget can be an instance of a class whose module is not imported yet, so the modules that
only need to ask look the class up in `sys.modules` instead of importing it.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, TypeGuard

from textual.widgets import Input

if TYPE_CHECKING:
    from textual.widgets import TextArea

    from pressdesk.tui.widgets.prose_field import ProseField


def _instance(widget: object, module: str, name: str) -> bool:
    loaded = sys.modules.get(module)
    return loaded is not None and isinstance(widget, getattr(loaded, name))


def is_text_area(widget: object) -> TypeGuard[TextArea]:
    """Whether `widget` is a Textual `TextArea` (a `ProseField` is one)."""
    return _instance(widget, "textual.widgets._text_area", "TextArea")


def is_prose_field(widget: object) -> TypeGuard[ProseField]:
    """Whether `widget` is the editor's multi-line field."""
    return _instance(widget, "pressdesk.tui.widgets.prose_field", "ProseField")


def takes_text(widget: object) -> TypeGuard[Input | TextArea]:
    """Whether `widget` is a field text is typed into (an `Input` or a `TextArea`)."""
    return isinstance(widget, Input) or is_text_area(widget)
