"""The editor's side column: the live preview above the findings panel, each shown or hidden.

On a terminal `WIDE` columns or more both show beside the step unless hidden; on a narrower one
they show only when asked for (F8, F7), and then take the step list's room. The column is empty
until `build` fills it after the first frame: the first screen comes up without them.
"""

from __future__ import annotations

import asyncio

from textual import work
from textual.containers import Vertical
from textual.reactive import reactive
from textual.timer import Timer

from pressdesk.model import Release
from pressdesk.tui.widgets.preview import Preview

PREVIEW_DELAY = 0.15  # seconds of quiet before the preview follows the typing
WIDE = 110  # columns from which the preview and findings show beside the step without asking


class SideColumn(Vertical):
    """Preview and findings. The screen sets `step` and calls `show_release`; the column decides
    what to show by its toggles and the terminal's width."""

    show_preview: reactive[bool | None] = reactive(None, init=False)  # None: by the width
    show_findings: reactive[bool | None] = reactive(None, init=False)  # None: by the width
    step: reactive[str] = reactive("release", init=False)

    def __init__(self) -> None:
        super().__init__(id="side")
        self.display = False
        self.built = False
        self._release: Release | None = None
        self._timer: Timer | None = None
        self._card = -1  # the card the cursor is in (its index in the step's list), -1 for none

    async def build(self, *parts: object) -> None:
        """Mount the preview and `parts` (the findings panel) under it."""
        from textual.widget import Widget

        preview = Preview(id="preview")
        await self.mount_all([preview, *(p for p in parts if isinstance(p, Widget))])
        if not preview.is_mounted:
            return  # the app is closing
        self.built = True
        self.rearrange()

    # --- what shows ------------------------------------------------------------------------------

    @property
    def wide(self) -> bool:
        return self.screen.size.width >= WIDE

    @property
    def preview_visible(self) -> bool:
        if self.step == "review":
            return False  # the Review step is the preview, of all of it
        return self.wide if self.show_preview is None else self.show_preview

    @property
    def findings_visible(self) -> bool:
        return self.wide if self.show_findings is None else self.show_findings

    def watch_show_preview(self) -> None:
        self.rearrange()

    def watch_show_findings(self) -> None:
        self.rearrange()

    def watch_step(self) -> None:
        self._card = -1  # the new step's cursor says which of its cards, once it lands
        self.rearrange()
        self._render_now()

    def rearrange(self) -> None:
        """Show the preview and the findings as asked (or as the width suits)."""
        if not self.built:
            return  # `build` does it once the column has its widgets
        from pressdesk.tui.widgets.findings_panel import FindingsPanel  # imported by `build`

        preview = self.query_one(Preview)
        visible = self.preview_visible
        if visible and not (preview.display and self.display):
            self._render_now()
        preview.display = visible
        findings = self.query_one(FindingsPanel)
        findings.display = self.findings_visible
        self.display = visible or self.findings_visible
        findings.catch_up()
        # On a narrow terminal the side column takes the step list's room (F2–F6 still work).
        self.screen.set_class(self.display and not self.wide, "-cramped")

    def toggle_preview(self) -> None:
        self.show_preview = not self.preview_visible

    def toggle_findings(self) -> None:
        self.show_findings = not self.findings_visible

    # --- the preview -----------------------------------------------------------------------------

    def show_release(self, release: Release, *, typing: bool = False) -> None:
        """Preview `release`: now, or (while typing) once typing pauses for PREVIEW_DELAY."""
        self._release = release
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if typing:
            if self.built and self.preview_visible:
                self._timer = self.set_timer(PREVIEW_DELAY, self._render_now, name="preview")
        else:
            self._render_now()

    def follow(self, card: int) -> None:
        """The cursor is in card `card` of the step (-1: in no card): the preview shows it."""
        if card != self._card:
            self._card = card
            self._render_now()

    def _render_now(self) -> None:
        if self.built and self.preview_visible and self._release is not None:
            self._render_preview(self._release, self.step, self._card)

    @work(exclusive=True, group="preview", exit_on_error=False)
    async def _render_preview(self, release: Release, step: str, card: int) -> None:
        from pressdesk.tui.rendering import preview_at

        try:
            text, line = await asyncio.to_thread(preview_at, release, step, card)
        except Exception as exc:  # a renderer bug must not take the editor down
            text, line = f"(no preview: {exc})", 0
        self.query_one(Preview).show(text, line)
