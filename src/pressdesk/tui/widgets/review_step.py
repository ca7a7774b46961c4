"""The Review step: the whole release as the text export and as rendered Markdown."""

from __future__ import annotations

import asyncio

from textual import work
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static, TabbedContent, TabPane

from pressdesk.model import Release
from pressdesk.tui.widgets.step import Step


class ReviewStep(Step):
    """Read the whole release before it goes out. Rendering runs off the UI loop."""

    STEP_ID = "review"

    class Changed(Step.Changed):
        """Never posted: the Review step edits nothing (kept so every step has one)."""

    def compose(self) -> ComposeResult:
        yield from self.compose_intro()
        with TabbedContent(id="review-tabs"):
            with TabPane("Text export", id="review-text-tab"), VerticalScroll():
                yield Static("", id="review-text", markup=False)
            with TabPane("Markdown", id="review-markdown-tab"):
                yield VerticalScroll(id="review-markdown-scroll")

    def load(self, release: Release) -> None:
        self.render_release(release)

    @work(exclusive=True, group="review")
    async def render_release(self, release: Release) -> None:
        from pressdesk.tui.rendering import export_markdown, export_text

        try:
            text, markdown = await asyncio.to_thread(
                lambda: (export_text(release), export_markdown(release))
            )
        except Exception as exc:  # a renderer bug must not take the editor down
            text = markdown = f"(the export failed: {exc})"
        self.query_one("#review-text", Static).update(text)
        from textual.widgets import Markdown

        holder = self.query_one("#review-markdown-scroll", VerticalScroll)
        existing = holder.query(Markdown)
        if existing:
            await existing.first().update(markdown)
        else:
            await holder.mount(Markdown(markdown, id="review-markdown"))
