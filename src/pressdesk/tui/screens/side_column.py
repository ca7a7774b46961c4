"""The editor's side column: the live preview and the findings panel, shown as the width suits."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from textual import work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.timer import Timer
from textual.widget import Widget

from pressdesk.tui.widgets.preview import Preview

if TYPE_CHECKING:
    from pressdesk.model import Release

PREVIEW_DELAY = 0.15
WIDE = 110  # columns from which the preview and findings show beside the step without asking


class SideColumnMixin:
    """For the editor screen: `show_preview` / `show_findings` reactives drive the side column."""

    release: Release
    step: str
    show_preview: bool | None
    show_findings: bool | None
    _preview_timer: Timer | None
    _before_findings: Widget | None
    side_built = False

    def compose_side(self) -> ComposeResult:
        """The side column, empty and hidden until `build_side` fills it."""
        side = Vertical(id="side")
        side.display = False
        yield side

    async def build_side(self) -> None:
        """Mount the preview, the findings panel and the checker (after the first frame: the
        first screen comes up without them, and on a narrow terminal they are hidden anyway)."""
        preview = Preview(id="preview")
        await self.query_one("#side").mount_all([preview, *self.compose_desk()])
        if not preview.is_mounted:
            return  # the app is closing
        self.side_built = True
        self._apply_side()

    def watch_show_preview(self) -> None:
        self._apply_side()
        self.schedule_preview()

    def watch_show_findings(self) -> None:
        self._apply_side()

    def _preview_visible(self) -> bool:
        if self.step == "review":
            return False
        if self.show_preview is None:
            return self.size.width >= WIDE
        return self.show_preview

    def _findings_visible(self) -> bool:
        if self.show_findings is None:
            return self.size.width >= WIDE
        return self.show_findings

    def _apply_side(self) -> None:
        """Show the preview and the findings as asked (or as the width suits); the side column
        holds them, so it shows when either does."""
        if not self.side_built:
            return  # `build_side` applies it once the column has its widgets
        preview = self.query_one("#preview")
        preview_visible = self._preview_visible()
        if preview_visible and not (preview.display and self.query_one("#side").display):
            self.schedule_preview()
        preview.display = preview_visible
        self.query_one("FindingsPanel").display = self._findings_visible()
        visible = preview_visible or self._findings_visible()
        self.query_one("#side").display = visible
        # On a narrow terminal the side column takes the step list's room (F2–F6 still work).
        self.set_class(visible and self.size.width < WIDE, "-cramped")

    def action_toggle_preview(self) -> None:
        self.show_preview = not self._preview_visible()

    def action_toggle_findings(self) -> None:
        self.show_findings = not self._findings_visible()

    def action_findings(self) -> None:
        """F7: to the findings (showing them if hidden); from the findings, back to the step."""
        panel = self.query_one("FindingsPanel")
        if panel.has_focus_within:
            back, self._before_findings = self._before_findings, None
            if self.show_findings and self.size.width < WIDE:
                self.show_findings = None  # a narrow terminal gives the room back to the step
            if back is not None and back.is_attached and back.focusable:
                back.focus()
            else:
                self._focus_step()
            return
        self._before_findings = self.focused
        self.show_findings = True
        super().action_findings()

    def schedule_preview(self, *, typing: bool = False) -> None:
        """Render the preview now, or (while typing) once typing pauses for PREVIEW_DELAY."""
        if self._preview_timer is not None:
            self._preview_timer.stop()
            self._preview_timer = None
        if not self.side_built or not self._preview_visible():
            return
        if typing:
            self._preview_timer = self.set_timer(
                PREVIEW_DELAY, self._render_preview, name="preview"
            )
        else:
            self._render_preview()

    @work(exclusive=True, group="preview", exit_on_error=False)
    async def _render_preview(self) -> None:
        from pressdesk.tui.rendering import preview_text

        release, step = self.release, self.step
        try:
            text = await asyncio.to_thread(preview_text, release, step)
        except Exception as exc:  # a renderer bug must not take the editor down
            text = f"(no preview: {exc})"
        self.query_one(Preview).show(text)
