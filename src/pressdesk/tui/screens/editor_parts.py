"""The editor screen's parts that its first frame does not need: each is made, and its module
imported, when first used — the desk after the first frame, the rest on the first edit or key
that needs them (docs/editor.md, "Start-up")."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from pressdesk.library import Library
    from pressdesk.tui.desk import Desk
    from pressdesk.tui.finding_actions import FindingActions
    from pressdesk.tui.history import History
    from pressdesk.tui.saving import Saving
    from pressdesk.tui.screens.editor import EditorScreen
    from pressdesk.tui.take_back import TakeBack
    from pressdesk.tui.toasts import Toasts


class LazyParts:
    """Mixed into `EditorScreen`: its desk, history, take-back, findings, saving and toasts."""

    _desk_at: tuple[Path, Library | None]  # the folder and library the desk starts with

    @property
    def _editor(self) -> EditorScreen:
        return cast("EditorScreen", self)

    @cached_property
    def desk(self) -> Desk:
        """The checks, the library and export; mounted (its checker with it) after the first frame."""
        from pressdesk.tui.desk import Desk

        return Desk(*self._desk_at)

    @cached_property
    def history(self) -> History:
        """The release's adds, removals, moves and fixes, to take back (`open` starts a new one)."""
        from pressdesk.tui.history import History

        return History()

    @cached_property
    def take_back(self) -> TakeBack:
        from pressdesk.tui.take_back import TakeBack

        return TakeBack(self._editor)

    @cached_property
    def findings(self) -> FindingActions:
        from pressdesk.tui.finding_actions import FindingActions

        return FindingActions(self._editor)

    @cached_property
    def saving(self) -> Saving:
        from pressdesk.tui.saving import Saving

        return Saving(self._editor)

    @cached_property
    def toasts(self) -> Toasts:
        """Saved, undo and removal toasts, each replacing the last of its kind."""
        from pressdesk.tui.toasts import Toasts

        return Toasts(self._editor.app)
