"""The desk's behaviour for the screen (or app) that holds the release, as one mixin.

`DeskMixin` answers the findings panel's messages, runs the live checker, and provides the actions
the command palette and the desk's keys call (export, library pickers, save to library, profile,
undo fix). The host supplies four things; see docs/desk-integration.md:

- `release`: the one `Release` it holds (the mixin replaces it, never edits it in place);
- `desk_reload()`: show `self.release` in the fields (after a fix, an undo, an insert); it may
  return an awaitable, which is run;
- `desk_changed()`: the release changed (mark unsaved, save, preview, and call `desk_check()`);
- `desk_go(step)`: show a step (`release`, `contacts`, `story`, `boilerplate`, `review`).
It may also have `path` (the release file), `draft` (an untitled draft in the data folder), `step`
(the step in view) and `desk_show_counts(counts)` (findings per step, for the step list).
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from textual.app import ComposeResult
from textual.binding import Binding, BindingType

from pressdesk.model import Release
from pressdesk.tui.desk_library import DeskLibraryMixin

# The panel, the checker and the fixes are imported where used: the first frame needs none.
if TYPE_CHECKING:
    from textual.app import App
    from textual.widget import Widget

    from pressdesk.findings import Finding
    from pressdesk.library import Library
    from pressdesk.tui.checking import FindingsReady, LiveChecker
    from pressdesk.tui.fixing import FixHistory
    from pressdesk.tui.widgets.findings_panel import FindingsPanel

DESK_BINDINGS: list[BindingType] = [
    # Priority, as the editor's other function keys: a text area binds F7 itself.
    Binding(
        "f7",
        "findings",
        "Findings",
        priority=True,
        id="desk.findings",
        tooltip="Show the findings and move the cursor to them",
    ),
    Binding(
        "f9",
        "export",
        "Export",
        id="desk.export",
        tooltip="Export the release: text, Markdown, HTML email, .eml",
    ),
    Binding(
        "ctrl+l",
        "pick_from_library",
        "Library",
        id="desk.library",
        tooltip="Pick from the library: contacts, a quote's speaker or a boilerplate",
    ),
    Binding(
        "alt+z",
        "undo_fix",
        "Undo fix",
        show=False,
        id="desk.undo-fix",
        tooltip="Take back the last fix made from the findings",
    ),
]
"""Add to the host's BINDINGS (Textual merges bindings only from widget classes, not mixins)."""


async def _wait(awaitable: Awaitable[object]) -> None:
    await awaitable


class DeskMixin(DeskLibraryMixin):
    """Mix into the screen (or app) that holds the release, before the Textual base class."""

    release: Release
    _desk_fixes: FixHistory | None = None
    _desk_library: Library | None = None
    _desk_checker: LiveChecker | None = None

    # --- what the host provides (overridden there) --------------------------------------------

    def desk_reload(self) -> object:
        raise NotImplementedError

    def desk_changed(self) -> None:
        raise NotImplementedError

    def desk_go(self, step: str) -> None:
        return None

    # --- mounting --------------------------------------------------------------------------------

    def compose_desk(self) -> ComposeResult:
        """The findings panel and the (invisible) checker; yield from this in `compose`."""
        from pressdesk.tui.checking import CheckSetup, LiveChecker
        from pressdesk.tui.widgets.findings_panel import FindingsPanel

        path = getattr(self, "path", None)
        folder = path.parent if isinstance(path, Path) else None
        yield FindingsPanel(profile=self.release.profile)
        # The library is opened for the first check (`desk_start`), after the first frame.
        yield LiveChecker(CheckSetup(folder=folder), id="checker")

    def desk_start(self) -> None:
        """Check the release as opened (call once the first frame is up and `compose_desk`'s
        widgets are mounted; before that there is nothing to check with yet)."""
        checker = self._checker
        if checker is None:
            return
        if checker.setup.library is None:
            checker.refresh_setup(library=self.desk_library)
        checker.check_now(self.release)

    def desk_moved(self, folder: Path) -> None:
        """The release now lives in `folder`: the checks follow that folder's pressdesk.toml."""
        if (checker := self._checker) is not None:
            checker.refresh_setup(folder=folder)

    def desk_check(self) -> None:
        """Check again once typing pauses (call from the host's change handler)."""
        if (checker := self._checker) is not None:
            checker.check(self.release)

    @property
    def _checker(self) -> LiveChecker | None:
        """The checker, once mounted (looked up once: a change asks for it on every keystroke)."""
        if self._desk_checker is None:
            found = self._node.query("LiveChecker")
            self._desk_checker = cast("LiveChecker", found.first()) if found else None
        return self._desk_checker

    @property
    def desk_library(self) -> Library | None:
        """The app's `library` if it has one, else the library folder in use, opened once."""
        app_library = getattr(self._node.app, "library", None)
        if app_library is not None:
            return cast("Library", app_library)
        if self._desk_library is None:
            from pressdesk.library import Library, library_path

            self._desk_library = Library.open(library_path(None))
        return self._desk_library

    @property
    def desk_fixes(self) -> FixHistory:
        if self._desk_fixes is None:
            from pressdesk.tui.fixing import FixHistory

            self._desk_fixes = FixHistory()
        return self._desk_fixes

    @property
    def _node(self) -> Widget | App[Any]:
        return cast("Widget", self)

    def _replace_release(self, release: Release) -> None:
        self.release = release
        reloading = self.desk_reload()
        if inspect.isawaitable(reloading):
            # An async reload (steps that remount their cards) runs on its own; saving,
            # the preview and the checks read `self.release`, so they need not wait for it.
            self._node.run_worker(_wait(reloading), group="desk-reload")
        self.desk_changed()

    # --- the findings panel ------------------------------------------------------------------------

    def _panel(self) -> FindingsPanel:
        from pressdesk.tui.widgets.findings_panel import FindingsPanel

        return self._node.query_one(FindingsPanel)

    def on_findings_ready(self, message: FindingsReady) -> None:
        panel = self._panel()
        panel.show(message.findings, message.generation)
        show_counts = getattr(self, "desk_show_counts", None)
        if callable(show_counts):  # the host's step list, if it shows findings per step
            show_counts(panel.counts_by_step())

    def on_findings_panel_selected(self, message: FindingsPanel.Selected) -> None:
        from pressdesk.tui.finding_steps import step_of

        self.desk_go(step_of(message.finding.field))
        self._node.call_after_refresh(self._select_when_shown, message.finding, 50)

    def _select_when_shown(self, finding: Finding, tries: int) -> None:
        # A step may mount its fields only when first shown: try again after each refresh
        # until the field is there (or give up quietly: the step is shown either way).
        from pressdesk.tui.spans import select_finding

        node = self._node
        if not select_finding(node, finding) and tries > 0:
            node.call_after_refresh(self._select_when_shown, finding, tries - 1)

    def on_findings_panel_fix_requested(self, message: FindingsPanel.FixRequested) -> None:
        from pressdesk.tui.fixing import FixError

        try:
            fixed = self.desk_fixes.apply(self.release, message.finding)
        except FixError as exc:
            self._node.notify(str(exc), title="Not fixed", severity="warning")
            return
        self._replace_release(fixed)

    def on_findings_panel_profile_changed(self, message: FindingsPanel.ProfileChanged) -> None:
        self._replace_release(self.release.replace(profile=message.profile))

    def action_undo_fix(self) -> None:
        """Take back the last fix made from the findings panel."""
        from pressdesk.tui.fixing import FixError

        try:
            release, undone = self.desk_fixes.undo(self.release)
        except FixError as exc:
            self._node.notify(str(exc), title="Nothing undone", severity="warning")
            return
        self._replace_release(release)
        self._node.notify(f"Undid the {undone.finding.rule} fix", timeout=3)

    def action_check_profile(self, profile: str) -> None:
        """Check against another house style (`coalition`, `ap`, `wire`)."""
        self._panel().profile = profile
        self._replace_release(self.release.replace(profile=profile))

    def desk_follow_profile(self) -> None:
        """Show the release's profile in the panel (after the host's own profile field changed)."""
        self._panel().profile = self.release.profile

    def action_findings(self) -> None:
        """Show the findings panel and put the cursor in it."""
        from textual.screen import Screen
        from textual.widget import Widget

        panels = self._node.query("FindingsPanel")
        if not panels:
            return  # a dialog is open over the editor
        panel = panels.first()
        for node in (panel, *panel.ancestors):
            if isinstance(node, Screen) or not isinstance(node, Widget):
                break
            node.display = True  # a narrow terminal hides the side column until asked
        panel.query_one("#findings-list").focus()

    # --- export ------------------------------------------------------------------------------------

    def action_export(self, fmt: str = "") -> None:
        """Open the export screen with `fmt` chosen ("" for every format)."""
        from pressdesk.tui.screens.export_screen import ExportScreen

        path = getattr(self, "path", None)
        release_path = path if isinstance(path, Path) else None
        folder = Path.cwd() if getattr(self, "draft", False) or release_path is None else None
        checker = self._checker
        self._node.app.push_screen(
            ExportScreen(
                self.release,
                release_path,
                formats=[fmt] if fmt else None,
                folder=folder,
                setup=checker.setup if checker is not None else None,
            )
        )
